import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import { extractRawLayers, weightLayer } from './extract.js';
import { OciLayout } from './layout.js';
import type { ImageManifest } from './oci-types.js';
import { formatDigestReference, parseDigestReference } from './reference.js';
import { connectRegistry } from './registry/connect.js';
import { pullToLayout } from './transfer.js';
import { ANNOTATION } from './media-types.js';

/** A model pulled by digest and extracted: the file every environment deploys, and where it came from. */
export interface FetchedModel {
  /** The extracted weight file (absolute). */
  file: string;
  /** Hex sha256 of the weight file: the weight layer's digest. */
  sha256: string;
  /** `oci://registry/repository@sha256:...` of the manifest. */
  reference: string;
  /** The ModelPack config's model name, version and format, when it names them. */
  name?: string;
  version?: string;
  format?: string;
}

/** Registry settings from the environment: MODELSHIP_REGISTRY_PLAIN_HTTP=1 (loopback only), MODELSHIP_REGISTRY_CA. */
function connectOptions(env: NodeJS.ProcessEnv, log?: (line: string) => void) {
  return { plainHttp: env.MODELSHIP_REGISTRY_PLAIN_HTTP === '1' || env.MODELSHIP_REGISTRY_PLAIN_HTTP === 'true', log };
}

/**
 * Pulls `oci://registry/repository@sha256:...` into a content-addressed cache under `cacheRoot`
 * (`<cacheRoot>/<manifest hex>/`): every blob verified against its digest as it lands, then the raw layers
 * written as files and the weight file hashed again. A second call for the same digest reuses the cache
 * after re-hashing the weight file.
 */
export async function fetchModelByDigest(uri: string, cacheRoot: string, env: NodeJS.ProcessEnv, log?: (line: string) => void): Promise<FetchedModel> {
  const ref = parseDigestReference(uri, 'artifact');
  const hex = ref.digest.slice('sha256:'.length);
  const filesDir = path.join(cacheRoot, hex, 'files');
  const layout = await OciLayout.create(path.join(cacheRoot, hex, 'layout'));
  const client = await connectRegistry(ref.registry, env, connectOptions(env, log));
  let manifest: ImageManifest;
  try {
    manifest = (await pullToLayout(client, { registry: ref.registry, repository: ref.repository, digest: ref.digest }, layout)).manifest;
  } finally {
    await client.close();
  }
  const weight = weightLayer(manifest, uri);
  const name = weight.annotations?.[ANNOTATION.filepath];
  if (!name) throw new ModelshipError(`${uri}: the weight layer has no ${ANNOTATION.filepath} annotation`, { exitCode: 1 });
  if (!(await stat(filesDir).then(() => true, () => false))) {
    const temp = `${filesDir}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await extractRawLayers(layout, manifest, temp);
      await rename(temp, filesDir);
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }
  const file = path.join(filesDir, name);
  const actual = await hashFile(file).catch(() => undefined);
  if (`sha256:${actual}` !== weight.digest) throw new ModelshipError(`${file} has sha256 ${actual?.slice(0, 12) ?? 'unreadable'}, but ${uri} names weights ${weight.digest.slice(7, 19)}: the cache was changed; delete ${path.join(cacheRoot, hex)}`, { exitCode: 1 });
  const config = JSON.parse((await layout.readBlob(manifest.config)).toString('utf8')) as { descriptor?: { name?: unknown; version?: unknown }; config?: { format?: unknown } };
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return { file, sha256: weight.digest.slice('sha256:'.length), reference: formatDigestReference(ref), name: text(config.descriptor?.name), version: text(config.descriptor?.version), format: text(config.config?.format) };
}

/**
 * The hop check of a promotion: the registry still serves the manifest `uri` names (its bytes hash to the
 * digest) and its weight layer is the bytes the previous environment verified.
 */
export async function checkDigestReference(uri: string, sha256: string, env: NodeJS.ProcessEnv): Promise<void> {
  const ref = parseDigestReference(uri, 'deployed artifact');
  const client = await connectRegistry(ref.registry, env, connectOptions(env));
  try {
    const got = await client.getManifest(ref.repository, ref.digest);
    if (!got) throw new ModelshipError(`${uri} is gone from the registry: cannot promote bytes that no longer exist there`, { exitCode: 1 });
    const weight = weightLayer(JSON.parse(got.bytes.toString('utf8')) as ImageManifest, uri);
    if (weight.digest !== `sha256:${sha256}`) throw new ModelshipError(`${uri} has weights ${weight.digest.slice(7, 19)}, but the previous environment verified ${sha256.slice(0, 12)}`, { exitCode: 1 });
  } finally {
    await client.close();
  }
}

async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
