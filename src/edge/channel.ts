import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { KeyObject } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { ModelshipError } from '../core/errors.js';
import { sha256File, writeFileAtomic } from '../deploy/atomic.js';
import { parseManifest, type EdgeArtifact, type EdgeManifest } from './manifest.js';
import { signPayload, verifyEnvelope, type SignedEnvelope } from './signing.js';

const NAME = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;

function safeName(value: string, what: string): string {
  if (!NAME.test(value)) throw new ModelshipError(`${what} "${value}" is not a safe name (letters, digits, . _ + -; no path separators)`);
  return value;
}

/**
 * A channel in a folder (served as static files, synced to a bucket, or committed to a branch):
 * `<root>/<model>/manifest.json` (the signed manifest devices poll), `manifests/<sequence>.json` (every
 * manifest ever published, so a rollback can name what was live), `models/<sha256>.onnx` (content-addressed
 * model files) and `versions.json` (the publisher's index of versions to artifacts).
 */
export class DirectoryChannel {
  constructor(readonly root: string) {}

  modelDir(model: string): string {
    return path.join(this.root, safeName(model, 'model'));
  }

  manifestFile(model: string): string {
    return path.join(this.modelDir(model), 'manifest.json');
  }

  /** Copies a model file in under its sha256 (once) and records the version; a version never changes its bytes. */
  async publishArtifact(model: string, file: string, version: string, sha256: string, format: string, baseUrl?: string): Promise<EdgeArtifact> {
    safeName(version, 'version');
    const versions = await this.versions(model);
    const known = versions[version];
    if (known && known.sha256 !== sha256) throw new ModelshipError(`channel ${this.root}: version ${version} of ${model} was published with sha256 ${known.sha256.slice(0, 12)}, not ${sha256.slice(0, 12)}`, { hint: 'a version is immutable: publish the change as a new version' });
    const relative = `models/${sha256}.onnx`;
    const target = path.join(this.modelDir(model), relative);
    if ((await sha256File(target).catch(() => undefined)) !== sha256) {
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await copyFile(file, temp);
        const copied = await sha256File(temp);
        if (copied !== sha256) throw new ModelshipError(`the copy of ${file} has sha256 ${copied.slice(0, 12)}, expected ${sha256.slice(0, 12)}: the artifact changed during the deploy`);
        await writeFileAtomic(target, await readFile(temp));
      } finally {
        await rm(temp, { force: true });
      }
    }
    const size = (await readFile(target)).length;
    const entry: EdgeArtifact = { version, url: baseUrl ? `${baseUrl.replace(/\/+$/, '')}/${model}/${relative}` : relative, sha256, size, format };
    await writeFileAtomic(path.join(this.modelDir(model), 'versions.json'), `${JSON.stringify({ ...versions, [version]: entry }, null, 2)}\n`);
    return entry;
  }

  async versions(model: string): Promise<Record<string, EdgeArtifact>> {
    try {
      return JSON.parse(await readFile(path.join(this.modelDir(model), 'versions.json'), 'utf8')) as Record<string, EdgeArtifact>;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new ModelshipError(`channel ${this.root}: ${model}/versions.json is unreadable: ${(err as Error).message}`);
    }
  }

  /** The manifest devices see now, verified with the publisher's own key (a channel edited by hand is refused). */
  async latest(model: string, publicKey: KeyObject): Promise<EdgeManifest | undefined> {
    let text: string;
    try {
      text = await readFile(this.manifestFile(model), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    return parseManifest(verifyEnvelope(JSON.parse(text), publicKey));
  }

  /**
   * Signs and publishes the next manifest (sequence = the latest + 1): its history entry first, then the
   * manifest devices read, each written atomically.
   */
  async publish(model: string, manifest: Omit<EdgeManifest, 'sequence' | 'publishedAt' | 'schema' | 'model'>, privateKey: KeyObject, publicKey: KeyObject, now = new Date()): Promise<EdgeManifest> {
    const previous = await this.latest(model, publicKey);
    const next: EdgeManifest = { schema: 'modelship.edge/v1', model, ...manifest, sequence: (previous?.sequence ?? 0) + 1, publishedAt: now.toISOString() };
    const envelope: SignedEnvelope = signPayload(Buffer.from(JSON.stringify(next)), privateKey);
    const text = `${JSON.stringify(envelope, null, 2)}\n`;
    await mkdir(path.join(this.modelDir(model), 'manifests'), { recursive: true });
    await writeFileAtomic(path.join(this.modelDir(model), 'manifests', `${next.sequence}.json`), text);
    await writeFileAtomic(this.manifestFile(model), text);
    return next;
  }
}
