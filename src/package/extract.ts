import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { ModelshipError } from '../core/errors.js';
import type { OciLayout } from './layout.js';
import { ANNOTATION, MEDIA } from './media-types.js';
import type { Descriptor, ImageManifest } from './oci-types.js';

/** The model's weight layer of a ModelPack manifest (Modelship packages one per model). */
export function weightLayer(manifest: ImageManifest, what: string): Descriptor {
  const weights = manifest.layers.filter((l) => l.mediaType.startsWith('application/vnd.cncf.model.weight.v1.') || l.mediaType.startsWith('application/vnd.cnai.model.weight.v1.'));
  if (weights.length !== 1) throw new ModelshipError(`${what} has ${weights.length} weight layers; Modelship deploys a ModelPack artifact with exactly one`, { exitCode: 1 });
  return weights[0];
}

/**
 * Writes the raw layers of a pulled manifest as files under `dir`, at their `org.cncf.model.filepath`
 * (checked to stay inside `dir`). Blobs come from the layout, where they were verified when they landed.
 */
export async function extractRawLayers(layout: OciLayout, manifest: ImageManifest, dir: string): Promise<Array<{ path: string; digest: string; size: number }>> {
  const written: Array<{ path: string; digest: string; size: number }> = [];
  for (const layer of manifest.layers) {
    const filepath = layer.annotations?.[ANNOTATION.filepath];
    if (!filepath) continue;
    if (layer.mediaType === MEDIA.weightTar) throw new ModelshipError(`layer ${filepath} is a tar of a folder: extracting folder models is not supported yet; use the OCI layout (pull --output) or a single-file model`, { exitCode: 1 });
    if (!layer.mediaType.endsWith('.raw')) continue;
    const target = path.resolve(dir, filepath);
    if (!target.startsWith(path.resolve(dir) + path.sep) || filepath.includes('\0')) throw new ModelshipError(`layer file path "${filepath}" leaves the output folder: refused`, { exitCode: 1 });
    await mkdir(path.dirname(target), { recursive: true });
    await pipeline(layout.readBlobStream(layer), createWriteStream(target, { flags: 'wx' }));
    written.push({ path: filepath, digest: layer.digest, size: layer.size });
  }
  return written;
}
