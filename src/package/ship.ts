import path from 'node:path';
import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { buildPackage, type PackageResult } from './build.js';
import { OciLayout } from './layout.js';
import { REFERRER_TYPE } from './media-types.js';
import { parseDigestReference, parseReference } from './reference.js';
import { connectRegistry, type ConnectOptions } from './registry/connect.js';
import { packageSourceOf } from './source.js';
import { attachReferrer, pushLayout, type TransferResult } from './transfer.js';

export interface Shipped {
  package: PackageResult;
  push: TransferResult;
  referrers: Array<{ artifactType: string; digest: string; via: 'api' | 'tag' }>;
}

/**
 * Packages a configured model at a version (refused when the artifact fails validation), pushes it to
 * `repository` (registry/repository, tagged with the version) and attaches the validation report as a
 * referrer. What `release --oci` and the package action run.
 */
export async function shipPackage(loaded: LoadedConfig, model: string, version: string, repository: string, env: NodeJS.ProcessEnv, options: ConnectOptions & { outputRoot: string }): Promise<Shipped> {
  const ref = parseReference(repository, 'OCI repository');
  if (ref.digest) throw new ModelshipError(`OCI repository "${repository}" names a digest: give registry/repository[:tag]`);
  const source = await packageSourceOf(loaded, model, version, env);
  if (source.verdict !== 'pass') throw new ModelshipError(`${source.artifact} fails validation: it is not packaged (run modelship validate for the findings)`, { exitCode: 1 });
  const built = await buildPackage(source, path.join(options.outputRoot, `${model}-${version}`));
  const layout = await OciLayout.open(built.layout);
  const client = await connectRegistry(ref.registry, env, options);
  try {
    const push = await pushLayout(client, layout, built.manifest.digest, { ...ref, tag: ref.tag ?? version });
    const report = built.layers.find((l) => l.annotations?.['org.cncf.model.filepath'] === '.modelship/validation.json');
    const referrers = [];
    if (report) {
      const attached = await attachReferrer(client, ref.repository, { mediaType: push.mediaType, digest: push.digest, size: built.manifest.size }, REFERRER_TYPE.validation, { bytes: await layout.readBlob(report), mediaType: 'application/json', title: 'validation.json' });
      referrers.push({ artifactType: REFERRER_TYPE.validation, ...attached });
    }
    return { package: built, push, referrers };
  } finally {
    await client.close();
  }
}

/**
 * Attaches a document (release notes, a score report) to the manifest `uri` (oci://...@sha256:) names, as a
 * referrer of `artifactType`.
 */
export async function attachDocument(uri: string, artifactType: string, document: { bytes: Buffer; mediaType: string; title: string }, env: NodeJS.ProcessEnv, options: ConnectOptions = {}): Promise<{ digest: string; via: 'api' | 'tag' }> {
  const ref = parseDigestReference(uri, 'OCI artifact');
  const client = await connectRegistry(ref.registry, env, options);
  try {
    const got = await client.getManifest(ref.repository, ref.digest);
    if (!got) throw new ModelshipError(`${uri} is not in the registry: nothing to attach ${document.title} to`, { exitCode: 1 });
    return await attachReferrer(client, ref.repository, { mediaType: got.mediaType, digest: got.digest, size: got.bytes.length }, artifactType, document);
  } finally {
    await client.close();
  }
}
