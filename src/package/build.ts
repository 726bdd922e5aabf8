import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import { OciLayout } from './layout.js';
import { ANNOTATION, MEDIA } from './media-types.js';
import type { Descriptor, ImageManifest } from './oci-types.js';
import { listTarEntries, tarStream } from './tar.js';

/** Everything one ModelPack artifact is made of; paths absolute. */
export interface PackageSource {
  model: string;
  version: string;
  /** The model file (a raw weight layer) or folder (a tar weight layer). */
  artifact: string;
  format?: string;
  card?: string;
  metrics?: string;
  /** The model's input/output signature (from the ONNX file or modelship.yml). */
  signature?: unknown;
  /** Modelship's validation report of the artifact. */
  validation?: unknown;
  /** RFC 3339; fixed (the commit time) so the same inputs give the same digest. */
  created: string;
  revision?: string;
  source?: string;
  description?: string;
}

export interface PackageResult {
  layout: string;
  tag: string;
  manifest: Descriptor;
  artifactType: string;
  config: Descriptor;
  layers: Descriptor[];
}

/** Modelship's own documents, as doc layers under this folder of the package. */
export const MODELSHIP_DIR = '.modelship';

/**
 * Builds a CNCF ModelPack artifact (model-spec docs/spec.md) into an OCI image layout and tags it with the
 * version. The ModelPack config schema allows no extra keys, so the signature and the validation report
 * travel as doc layers (`.modelship/signature.json`, `.modelship/validation.json`) and the manifest's
 * annotations name their verdict; the config stays valid for modctl, KitOps and KServe.
 */
export async function buildPackage(source: PackageSource, output: string): Promise<PackageResult> {
  if (Number.isNaN(Date.parse(source.created))) throw new ModelshipError(`created "${source.created}" is not an RFC 3339 time`);
  const layout = await OciLayout.create(output);
  const mtime = Math.floor(Date.parse(source.created) / 1000);
  const info = await stat(source.artifact).catch(() => {
    throw new ModelshipError(`${source.artifact} does not exist: nothing to package`);
  });
  const layers: Descriptor[] = [];
  const name = path.basename(source.artifact);
  if (info.isFile()) {
    layers.push(await layout.writeStream(MEDIA.weightRaw, createReadStream(source.artifact), undefined, fileAnnotations(name, info.size, '0', source.created)));
  } else if (info.isDirectory()) {
    const entries = await listTarEntries(source.artifact);
    if (entries.length === 0) throw new ModelshipError(`${source.artifact} is an empty folder: nothing to package`);
    const size = entries.reduce((sum, e) => sum + e.size, 0);
    layers.push(await layout.writeStream(MEDIA.weightTar, tarStream(entries, mtime), undefined, fileAnnotations(name, size, '5', source.created)));
  } else {
    throw new ModelshipError(`${source.artifact} is neither a file nor a folder`);
  }
  for (const doc of [source.card, source.metrics]) {
    if (!doc) continue;
    const docInfo = await stat(doc).catch(() => undefined);
    if (!docInfo?.isFile()) throw new ModelshipError(`${doc} does not exist or is not a file (configured as the model's card or metrics)`);
    layers.push(await layout.writeStream(MEDIA.docRaw, createReadStream(doc), undefined, fileAnnotations(path.basename(doc), docInfo.size, '0', source.created)));
  }
  for (const [file, value] of [['signature.json', source.signature], ['validation.json', source.validation]] as const) {
    if (value === undefined) continue;
    const text = `${JSON.stringify(value, null, 2)}\n`;
    layers.push(await layout.writeBytes(MEDIA.docRaw, text, fileAnnotations(`${MODELSHIP_DIR}/${file}`, Buffer.byteLength(text), '0', source.created)));
  }
  const title = `${source.model} ${source.version}`;
  const config = {
    descriptor: {
      createdAt: source.created,
      name: source.model,
      version: source.version,
      title,
      ...(source.description ? { description: source.description } : {}),
      ...(source.source ? { sourceURL: source.source } : {}),
      ...(source.revision ? { revision: source.revision } : {}),
    },
    config: { ...(source.format ? { format: source.format } : {}) },
    // Raw and uncompressed tar layers: the diffID is the layer digest.
    modelfs: { type: 'layers', diffIds: layers.filter((l) => l.mediaType.startsWith('application/vnd.cncf.model.weight')).map((l) => l.digest) },
  };
  const configDesc = await layout.writeBytes(MEDIA.modelConfig, JSON.stringify(config));
  const validation = source.validation as { verdict?: unknown } | undefined;
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    artifactType: MEDIA.modelArtifact,
    config: configDesc,
    layers,
    annotations: {
      'org.opencontainers.image.created': source.created,
      'org.opencontainers.image.title': title,
      'org.opencontainers.image.version': source.version,
      ...(source.description ? { 'org.opencontainers.image.description': source.description } : {}),
      ...(source.revision ? { 'org.opencontainers.image.revision': source.revision } : {}),
      ...(source.source ? { 'org.opencontainers.image.source': source.source } : {}),
      ...(typeof validation?.verdict === 'string' ? { 'dev.modelship.validation.verdict': validation.verdict } : {}),
    },
  };
  const manifestDesc = { ...(await layout.writeBytes(MEDIA.manifest, JSON.stringify(manifest))), artifactType: MEDIA.modelArtifact };
  await layout.tag(manifestDesc, source.version);
  return { layout: output, tag: source.version, manifest: manifestDesc, artifactType: MEDIA.modelArtifact, config: configDesc, layers };
}

function fileAnnotations(filepath: string, size: number, typeflag: '0' | '5', mtime: string): Record<string, string> {
  const metadata = { name: path.posix.basename(filepath), mode: typeflag === '5' ? 0o755 : 0o644, uid: 0, gid: 0, size, mtime, typeflag: typeflag.charCodeAt(0) };
  return { [ANNOTATION.filepath]: filepath, [ANNOTATION.fileMetadata]: JSON.stringify(metadata), [ANNOTATION.untested]: 'false' };
}
