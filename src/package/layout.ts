import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { ModelshipError } from '../core/errors.js';
import { MEDIA } from './media-types.js';
import type { Descriptor, ImageIndex } from './oci-types.js';
import { isDigest } from './reference.js';

const REF_NAME = 'org.opencontainers.image.ref.name';

export function sha256Digest(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * An OCI image layout folder (image-spec image-layout.md): `oci-layout`, `index.json`, `blobs/sha256/<hex>`.
 * Blobs are written under a temp name while hashed and renamed into place only when the digest is the one
 * expected: a reader never sees a partial or wrong blob.
 */
export class OciLayout {
  constructor(readonly dir: string) {}

  static async create(dir: string): Promise<OciLayout> {
    await mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true });
    const marker = path.join(dir, 'oci-layout');
    if (!(await exists(marker))) await writeFileAtomic(marker, '{"imageLayoutVersion":"1.0.0"}');
    if (!(await exists(path.join(dir, 'index.json')))) await writeFileAtomic(path.join(dir, 'index.json'), `${JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.index, manifests: [] })}`);
    return new OciLayout(dir);
  }

  static async open(dir: string): Promise<OciLayout> {
    const text = await readFile(path.join(dir, 'oci-layout'), 'utf8').catch(() => undefined);
    if (text === undefined) throw new ModelshipError(`${dir} is not an OCI image layout (no oci-layout file)`, { hint: 'make one with `modelship package MODEL --output DIR`' });
    return new OciLayout(dir);
  }

  blobPath(digest: string): string {
    if (!isDigest(digest)) throw new ModelshipError(`"${digest}" is not a sha256 digest`);
    return path.join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
  }

  async hasBlob(desc: { digest: string; size: number }): Promise<boolean> {
    const info = await stat(this.blobPath(desc.digest)).catch(() => undefined);
    return info?.isFile() === true && info.size === desc.size;
  }

  async writeBytes(mediaType: string, bytes: Buffer | string, annotations?: Record<string, string>): Promise<Descriptor> {
    const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
    const digest = sha256Digest(data);
    if (!(await this.hasBlob({ digest, size: data.length }))) await writeFileAtomic(this.blobPath(digest), data);
    return { mediaType, digest, size: data.length, ...(annotations ? { annotations } : {}) };
  }

  /** Streams chunks into a blob; when `expected` is given, a different digest or size is refused and nothing lands. */
  async writeStream(mediaType: string, chunks: AsyncIterable<Buffer> | Readable, expected?: { digest: string; size: number }, annotations?: Record<string, string>): Promise<Descriptor> {
    const temp = path.join(this.dir, 'blobs', 'sha256', `.tmp-${randomBytes(6).toString('hex')}`);
    const hash = createHash('sha256');
    let size = 0;
    try {
      await pipeline(
        chunks,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            hash.update(chunk);
            size += chunk.length;
            if (expected && size > expected.size) throw new ModelshipError(`blob ${expected.digest} is larger than its descriptor's ${expected.size} bytes: refused`, { exitCode: 1 });
            yield chunk;
          }
        },
        createWriteStream(temp, { highWaterMark: 1024 * 1024 }),
      );
      const digest = `sha256:${hash.digest('hex')}`;
      if (expected && (digest !== expected.digest || size !== expected.size)) {
        throw new ModelshipError(`blob content has digest ${digest} (${size} bytes), expected ${expected.digest} (${expected.size} bytes): refused, nothing written`, { exitCode: 1 });
      }
      await rename(temp, this.blobPath(digest));
      return { mediaType, digest, size, ...(annotations ? { annotations } : {}) };
    } finally {
      await rm(temp, { force: true });
    }
  }

  readBlobStream(desc: { digest: string }, start = 0, end?: number): Readable {
    // 1 MiB reads: fewer syscalls and socket writes on multi-GB blobs.
    return createReadStream(this.blobPath(desc.digest), { start, end, highWaterMark: 1024 * 1024 });
  }

  /** Reads a small blob (manifest, config) and checks its digest. */
  async readBlob(desc: { digest: string }): Promise<Buffer> {
    const data = await readFile(this.blobPath(desc.digest)).catch((err: NodeJS.ErrnoException) => {
      throw new ModelshipError(`${this.dir}: blob ${desc.digest} is missing (${err.code ?? err.message})`);
    });
    if (sha256Digest(data) !== desc.digest) throw new ModelshipError(`${this.blobPath(desc.digest)} does not match its digest: the layout is corrupt`, { exitCode: 1 });
    return data;
  }

  async index(): Promise<ImageIndex> {
    const file = path.join(this.dir, 'index.json');
    try {
      return JSON.parse(await readFile(file, 'utf8')) as ImageIndex;
    } catch (err) {
      throw new ModelshipError(`${file}: ${(err as Error).message}`, { location: { file } });
    }
  }

  /** Records a manifest in index.json under `tag` (replacing the previous holder of that tag). */
  async tag(desc: Descriptor, tag: string): Promise<void> {
    const index = await this.index();
    const manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tag);
    manifests.push({ mediaType: desc.mediaType, digest: desc.digest, size: desc.size, ...(desc.artifactType ? { artifactType: desc.artifactType } : {}), annotations: { [REF_NAME]: tag } });
    await writeFileAtomic(path.join(this.dir, 'index.json'), `${JSON.stringify({ ...index, manifests })}`);
  }

  /** The manifest descriptor a tag or digest names (the only one when `ref` is omitted and there is one). */
  async resolve(ref?: string): Promise<Descriptor> {
    const { manifests } = await this.index();
    const found = ref === undefined ? (manifests.length === 1 ? manifests[0] : undefined) : manifests.find((m) => m.digest === ref || m.annotations?.[REF_NAME] === ref);
    if (!found) {
      const names = manifests.map((m) => m.annotations?.[REF_NAME] ?? m.digest).join(', ') || 'none';
      throw new ModelshipError(`${this.dir}: ${ref === undefined ? 'holds several manifests, name one' : `no manifest tagged or with digest "${ref}"`} (it has: ${names})`);
    }
    return found;
  }
}

/** Temp file then rename: index.json and blobs are never seen half-written. */
async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}
