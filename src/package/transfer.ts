import { ModelshipError } from '../core/errors.js';
import { OciLayout, sha256Digest } from './layout.js';
import { EMPTY_CONFIG, MEDIA } from './media-types.js';
import type { Descriptor, ImageIndex, ImageManifest } from './oci-types.js';
import { formatDigestReference, type DigestReference, type ImageReference } from './reference.js';
import { referrersTag, type BlobPushOutcome, type RegistryClient } from './registry/client.js';

export interface BlobReport {
  digest: string;
  mediaType: string;
  size: number;
  outcome: BlobPushOutcome | 'exists' | 'pulled';
}

export interface TransferResult {
  reference: string;
  /** `oci://registry/repository@sha256:...`: what to deploy. */
  digestReference: string;
  digest: string;
  mediaType: string;
  artifactType?: string;
  tag?: string;
  blobs: BlobReport[];
}

/** Pushes one manifest of a layout (by tag or digest) and its blobs; tags it with `ref.tag` when given. */
export async function pushLayout(client: RegistryClient, layout: OciLayout, from: string | undefined, ref: ImageReference, mountFrom?: string): Promise<TransferResult> {
  const desc = await layout.resolve(from);
  const bytes = await layout.readBlob(desc);
  const manifest = parseManifest(bytes, `${layout.dir} manifest ${desc.digest}`);
  const blobs: BlobReport[] = [];
  for (const blob of [manifest.config, ...manifest.layers]) {
    if (!(await layout.hasBlob(blob))) throw new ModelshipError(`${layout.dir}: blob ${blob.digest} (${blob.mediaType}) is missing or has the wrong size`);
    const outcome = await client.pushBlob(ref.repository, blob, (start, end) => layout.readBlobStream(blob, start, end), mountFrom);
    blobs.push({ digest: blob.digest, mediaType: blob.mediaType, size: blob.size, outcome });
  }
  const { digest } = await client.putManifest(ref.repository, ref.tag ?? desc.digest, bytes, manifest.mediaType);
  if (digest !== desc.digest) throw new ModelshipError(`pushed manifest digest ${digest} differs from the layout's ${desc.digest}`, { exitCode: 1 });
  const pinned: DigestReference = { registry: client.registry, repository: ref.repository, digest };
  return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${digest}`, digestReference: formatDigestReference(pinned), digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs };
}

/**
 * Pulls a manifest (by tag or digest) and its blobs into a layout. Every byte is checked against its digest
 * before it lands; a digest reference is checked against the manifest itself.
 */
export async function pullToLayout(client: RegistryClient, ref: ImageReference, layout: OciLayout): Promise<TransferResult & { manifest: ImageManifest }> {
  const reference = ref.digest ?? ref.tag;
  if (!reference) throw new ModelshipError(`${ref.registry}/${ref.repository}: name a tag or a digest to pull`);
  const got = await client.getManifest(ref.repository, reference);
  if (!got) throw new ModelshipError(`${ref.registry}/${ref.repository}: no manifest "${reference}"`, { exitCode: 1 });
  if (ref.digest && got.digest !== ref.digest) throw new ModelshipError(`${ref.registry}/${ref.repository}: manifest hashes to ${got.digest}, expected ${ref.digest}: refused`, { exitCode: 1 });
  const manifest = parseManifest(got.bytes, `${ref.registry}/${ref.repository}@${got.digest}`);
  const blobs: BlobReport[] = [];
  for (const blob of [manifest.config, ...manifest.layers]) {
    const outcome = await client.pullBlob(ref.repository, blob, layout);
    blobs.push({ digest: blob.digest, mediaType: blob.mediaType, size: blob.size, outcome });
  }
  const desc = await layout.writeBytes(manifest.mediaType, got.bytes);
  await layout.tag({ ...desc, ...(manifest.artifactType ? { artifactType: manifest.artifactType } : {}) }, ref.tag ?? got.digest);
  const pinned: DigestReference = { registry: client.registry, repository: ref.repository, digest: got.digest };
  return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${got.digest}`, digestReference: formatDigestReference(pinned), digest: got.digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs, manifest };
}

/**
 * Attaches a document (validation report, release notes, score) to a manifest as an OCI referrer: an
 * artifact manifest with the empty config, the document as its one layer and `subject` = the model. When
 * the registry does not process the subject (no OCI-Subject header), the `sha256-<hex>` tag index is kept.
 */
export async function attachReferrer(client: RegistryClient, repository: string, subject: Descriptor, artifactType: string, document: { bytes: Buffer; mediaType: string; title: string }): Promise<{ digest: string; via: 'api' | 'tag' }> {
  const open = (bytes: Buffer) => (start: number, end: number) => bytes.subarray(start, end + 1);
  const empty = Buffer.from('{}');
  await client.pushBlob(repository, { ...EMPTY_CONFIG }, open(empty));
  const layer: Descriptor = { mediaType: document.mediaType, digest: sha256Digest(document.bytes), size: document.bytes.length, annotations: { 'org.opencontainers.image.title': document.title } };
  await client.pushBlob(repository, layer, open(document.bytes));
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    artifactType,
    config: { ...EMPTY_CONFIG },
    layers: [layer],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: { 'org.opencontainers.image.title': document.title },
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const { digest, subjectProcessed } = await client.putManifest(repository, sha256Digest(bytes), bytes, MEDIA.manifest);
  // ECR answers OCI-Subject without serving the referrers API: believe the header only when the API answers.
  if (subjectProcessed && (await client.referrers(repository, subject.digest)).via === 'api') return { digest, via: 'api' };
  // Tag schema fallback: read-modify-write of the subject's referrers index.
  const tag = referrersTag(subject.digest);
  const current = await client.getManifest(repository, tag);
  // Some registries (GitLab) resolve the `sha256-<hex>` tag to the subject itself: only an index is one.
  const index: ImageIndex = current?.mediaType === MEDIA.index ? (JSON.parse(current.bytes.toString('utf8')) as ImageIndex) : { schemaVersion: 2, mediaType: MEDIA.index, manifests: [] };
  if (!index.manifests.some((m) => m.digest === digest)) {
    index.manifests.push({ mediaType: MEDIA.manifest, digest, size: bytes.length, artifactType, annotations: manifest.annotations });
    const indexBytes = Buffer.from(JSON.stringify(index));
    await client.putManifest(repository, tag, indexBytes, MEDIA.index);
  }
  return { digest, via: 'tag' };
}

function parseManifest(bytes: Buffer, what: string): ImageManifest {
  let manifest: ImageManifest;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest;
  } catch (err) {
    throw new ModelshipError(`${what} is not JSON: ${(err as Error).message}`, { exitCode: 1 });
  }
  if (manifest.mediaType !== MEDIA.manifest || !manifest.config || !Array.isArray(manifest.layers)) {
    throw new ModelshipError(`${what} is not an OCI image manifest (mediaType "${String(manifest.mediaType)}"): Modelship moves single-manifest artifacts`, { exitCode: 1 });
  }
  return manifest;
}
