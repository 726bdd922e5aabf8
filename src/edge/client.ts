import { createHash, randomBytes, type KeyObject } from 'node:crypto';
import { open, readFile, rename, rm, mkdir } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { ModelshipError } from '../core/errors.js';
import { fsyncDir, sha256File, writeFileAtomic } from '../deploy/atomic.js';
import { parseManifest, releaseFor, type EdgeArtifact, type EdgeManifest } from './manifest.js';
import { verifyEnvelope } from './signing.js';

/** What a device remembers between polls (`<state>/state.json`); `<state>/model.onnx` is the model it serves. */
export interface DeviceState {
  model: string;
  version: string;
  sha256: string;
  size: number;
  /** The sequence of the last manifest applied: anything lower is a replay. */
  sequence: number;
  updatedAt: string;
}

export interface FetchRequest {
  /** The channel root: a folder, or an http(s) URL where it is served. */
  channel: string;
  model: string;
  deviceId: string;
  publicKey: KeyObject;
  stateDir: string;
  /** The device's onnxruntime version, checked against the manifest's minRuntime. */
  runtimeVersion?: string;
  timeoutMs?: number;
  now?: () => Date;
}

export interface FetchResult {
  /** updated: a new model is live; unchanged: already on the right one; kept: refused or unreachable, the last good model still serves. */
  status: 'updated' | 'unchanged' | 'kept';
  model: string;
  deviceId: string;
  version: string | null;
  previousVersion: string | null;
  sequence: number | null;
  /** The manifest's share and whether this device is in it. */
  rollout?: { share: number; inShare: boolean };
  reason?: string;
  modelFile: string;
}

const isUrl = (channel: string) => /^https?:\/\//i.test(channel);

/**
 * The device-side reference client: reads the channel's manifest, verifies its Ed25519 signature with the
 * trusted key, refuses a sequence below the last applied (replay), picks the release for this device id,
 * downloads it within its declared size, checks sha256, and only then renames it over the live model (an
 * atomic swap). Any failure leaves the last good model and state untouched and says why.
 */
export async function fetchModel(request: FetchRequest): Promise<FetchResult> {
  const stateFile = path.join(request.stateDir, 'state.json');
  const modelFile = path.join(request.stateDir, 'model.onnx');
  const state = await readState(stateFile);
  const base: FetchResult = { status: 'kept', model: request.model, deviceId: request.deviceId, version: state?.version ?? null, previousVersion: state?.version ?? null, sequence: state?.sequence ?? null, modelFile };
  const kept = (reason: string, extra: Partial<FetchResult> = {}): FetchResult => ({ ...base, ...extra, status: 'kept', reason });

  let manifest: EdgeManifest;
  try {
    const raw = await readChannelFile(request, 'manifest.json', 1 << 20);
    manifest = parseManifest(verifyEnvelope(JSON.parse(raw.toString('utf8')), request.publicKey));
  } catch (err) {
    return kept((err as Error).message);
  }
  if (manifest.model !== request.model) return kept(`the manifest is for model "${manifest.model}", not "${request.model}"`);
  if (state && manifest.sequence < state.sequence) return kept(`manifest sequence ${manifest.sequence} is older than the applied ${state.sequence}: a replayed manifest is refused`);
  if (manifest.minRuntime && request.runtimeVersion && !semver.satisfies(request.runtimeVersion, manifest.minRuntime)) {
    return kept(`the model needs onnxruntime ${manifest.minRuntime}; this device has ${request.runtimeVersion}`);
  }
  const release = releaseFor(manifest, request.deviceId);
  const rollout = { share: manifest.current.share, inShare: release === manifest.current };
  const live = state ? await sha256File(modelFile).catch(() => undefined) : undefined;
  if (state && live === release.sha256) {
    if (manifest.sequence > state.sequence) await writeState(stateFile, { ...state, version: release.version, sequence: manifest.sequence, updatedAt: (request.now?.() ?? new Date()).toISOString() });
    return { ...base, status: 'unchanged', version: release.version, sequence: manifest.sequence, rollout };
  }
  try {
    await download(request, release, modelFile);
  } catch (err) {
    return kept((err as Error).message, { rollout });
  }
  await writeState(stateFile, { model: request.model, version: release.version, sha256: release.sha256, size: release.size, sequence: manifest.sequence, updatedAt: (request.now?.() ?? new Date()).toISOString() });
  return { ...base, status: 'updated', version: release.version, sequence: manifest.sequence, rollout };
}

async function readState(file: string): Promise<DeviceState | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DeviceState;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ModelshipError(`${file} is unreadable: ${(err as Error).message}`, { hint: 'remove it to start over (the next fetch downloads the current release)' });
  }
}

async function writeState(file: string, state: DeviceState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** Where a relative URL of the channel points: inside the channel's model folder, never outside it. */
function locate(request: FetchRequest, relative: string): string {
  if (isUrl(relative)) return relative;
  if (isUrl(request.channel)) return new URL(relative, `${request.channel.replace(/\/+$/, '')}/${encodeURIComponent(request.model)}/`).href;
  const dir = path.resolve(request.channel, request.model);
  const file = path.resolve(dir, relative);
  if (path.relative(dir, file).startsWith('..') || path.isAbsolute(path.relative(dir, file))) throw new ModelshipError(`the manifest points outside the channel: ${relative}`, { exitCode: 1 });
  return file;
}

/** Reads a channel file, at most `limit` bytes (a larger one is refused, not truncated). */
async function readChannelFile(request: FetchRequest, relative: string, limit: number): Promise<Buffer> {
  const where = locate(request, relative);
  const chunks: Buffer[] = [];
  let total = 0;
  const add = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > limit) throw new ModelshipError(`${where} is larger than ${limit} bytes`, { exitCode: 1 });
    chunks.push(Buffer.from(chunk));
  };
  if (isUrl(where)) {
    const response = await fetch(where, { signal: AbortSignal.timeout(request.timeoutMs ?? 30_000), redirect: 'follow' }).catch((err: Error) => {
      throw new ModelshipError(`channel unreachable: ${where}: ${(err.cause as Error | undefined)?.message ?? err.message}`);
    });
    if (!response.ok || !response.body) throw new ModelshipError(`channel unreachable: ${where} answered HTTP ${response.status}`);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) add(chunk);
  } else {
    let handle;
    try {
      handle = await open(where, 'r');
    } catch (err) {
      throw new ModelshipError(`channel unreachable: ${where}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    try {
      for await (const chunk of handle.createReadStream({ highWaterMark: 1 << 16 })) add(chunk as Buffer);
    } finally {
      await handle.close();
    }
  }
  return Buffer.concat(chunks);
}

async function download(request: FetchRequest, release: EdgeArtifact, modelFile: string): Promise<void> {
  const bytes = await readChannelFile(request, release.url, release.size);
  if (bytes.length !== release.size) throw new ModelshipError(`the model file of ${release.version} is ${bytes.length} bytes, the manifest says ${release.size}`, { exitCode: 1 });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== release.sha256) throw new ModelshipError(`the model file of ${release.version} has sha256 ${sha256.slice(0, 12)}, the manifest says ${release.sha256.slice(0, 12)}: refused`, { exitCode: 1 });
  await mkdir(path.dirname(modelFile), { recursive: true });
  const temp = path.join(path.dirname(modelFile), `.incoming.${randomBytes(4).toString('hex')}.onnx`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, modelFile);
    await fsyncDir(path.dirname(modelFile));
  } finally {
    await rm(temp, { force: true });
  }
}
