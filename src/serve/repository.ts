import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The local model repository, as the local deploy provider lays it out:
 * `<root>/<model>/<version>/{model.onnx, metadata.json, SHA256SUMS}` and `<root>/<model>/routing.json`.
 * Version folders appear complete (renamed into place); routing.json is replaced by rename.
 */

const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;

export interface VersionMetadata {
  model: string;
  version: string;
  sha256: string;
  format: string;
  deployedAt?: string;
}

/** Why a version was refused, for the metric label and the log. */
export type RefusalReason = 'metadata' | 'missing' | 'checksum' | 'load';

export class VersionRefused extends Error {
  constructor(readonly reason: RefusalReason, message: string) {
    super(message);
    this.name = 'VersionRefused';
  }
}

export async function listModels(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  return entries.filter((e) => e.isDirectory() && NAME.test(e.name) && !e.name.startsWith('.')).map((e) => e.name).sort();
}

/** Version folders of a model with a fingerprint that changes if the folder is replaced. */
export async function listVersions(modelDir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const entries = await readdir(modelDir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    // Dot-prefixed folders are the provider's staging area, not yet renamed into place.
    if (!e.isDirectory() || e.name.startsWith('.') || !NAME.test(e.name)) continue;
    const meta = await stat(path.join(modelDir, e.name, 'metadata.json')).catch(() => undefined);
    if (!meta) continue;
    const model = await stat(path.join(modelDir, e.name, 'model.onnx')).catch(() => undefined);
    out.set(e.name, `${meta.ino}:${meta.mtimeMs}:${model?.ino ?? 0}:${model?.size ?? -1}:${model?.mtimeMs ?? 0}`);
  }
  return out;
}

/** Parses a sha256sum-format manifest; returns the digest listed for `file`. */
export function digestInSums(text: string, file: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const m = /^([0-9a-fA-F]{64}) [ *]?(.+)$/.exec(line.trim());
    if (m && (m[2] === file || m[2] === `./${file}`)) return m[1].toLowerCase();
  }
  return undefined;
}

/**
 * Reads a version folder and verifies it: metadata.json well formed and naming this model and version, the
 * model's sha256 equal to metadata.sha256 and to the SHA256SUMS entry. Returns the verified bytes so what was
 * hashed is exactly what gets loaded.
 */
export async function readVerifiedVersion(root: string, model: string, version: string): Promise<{ metadata: VersionMetadata; bytes: Buffer }> {
  const dir = path.join(root, model, version);
  let metadata: VersionMetadata;
  try {
    const raw = JSON.parse(await readFile(path.join(dir, 'metadata.json'), 'utf8')) as Partial<VersionMetadata>;
    if (typeof raw !== 'object' || raw === null) throw new Error('not an object');
    if (raw.model !== model) throw new Error(`"model" is ${JSON.stringify(raw.model)}, expected "${model}"`);
    if (raw.version !== version) throw new Error(`"version" is ${JSON.stringify(raw.version)}, expected "${version}"`);
    if (typeof raw.sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(raw.sha256)) throw new Error('"sha256" must be 64 hex digits');
    if (raw.format !== undefined && raw.format !== 'onnx') throw new Error(`"format" is ${JSON.stringify(raw.format)}; this server runs onnx`);
    metadata = { model, version, sha256: raw.sha256.toLowerCase(), format: raw.format ?? 'onnx', deployedAt: raw.deployedAt };
  } catch (err) {
    throw new VersionRefused('metadata', `${path.join(dir, 'metadata.json')}: ${(err as Error).message}`);
  }
  let bytes: Buffer;
  let sums: string;
  try {
    bytes = await readFile(path.join(dir, 'model.onnx'));
    sums = await readFile(path.join(dir, 'SHA256SUMS'), 'utf8');
  } catch (err) {
    throw new VersionRefused('missing', `${dir}: ${(err as Error).message}`);
  }
  const listed = digestInSums(sums, 'model.onnx');
  if (!listed) throw new VersionRefused('checksum', `${path.join(dir, 'SHA256SUMS')} has no entry for model.onnx`);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== listed || actual !== metadata.sha256) {
    throw new VersionRefused('checksum', `${path.join(dir, 'model.onnx')}: sha256 ${actual} does not match ${actual !== listed ? `SHA256SUMS (${listed})` : `metadata.json (${metadata.sha256})`}`);
  }
  return { metadata, bytes };
}

/** A fingerprint of routing.json that changes with any rewrite (rename gives a new inode; in-place writes change size or mtime). */
export async function routingFingerprint(file: string): Promise<string | undefined> {
  const s = await stat(file).catch(() => undefined);
  return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : undefined;
}
