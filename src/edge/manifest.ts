import { createHash } from 'node:crypto';
import { ModelshipError } from '../core/errors.js';

/** One published model file. `url` is relative to the channel (or absolute https); `digest` names it in an OCI registry. */
export interface EdgeArtifact {
  version: string;
  url: string;
  sha256: string;
  size: number;
  format: string;
  digest?: string;
}

/**
 * What a device reads: the release being rolled out to `share` percent of device ids, and the one the
 * other devices keep (absent once the rollout is complete). `sequence` only grows: a device never accepts
 * a manifest whose sequence is below the last it applied, so an old manifest cannot be replayed, and a
 * rollback is a new manifest (higher sequence) naming the previous release.
 */
export interface EdgeManifest {
  schema: 'modelship.edge/v1';
  channel: string;
  model: string;
  sequence: number;
  publishedAt: string;
  /** Lowest onnxruntime version the model needs (semver range), checked by the device. */
  minRuntime?: string;
  /** Hash salt of the rollout: changing it reshuffles which devices are in the share. */
  rolloutSalt: string;
  current: EdgeArtifact & { share: number };
  fallback?: EdgeArtifact;
}

const SHA256 = /^[0-9a-f]{64}$/;

function artifact(value: unknown, where: string): EdgeArtifact {
  const a = value as Record<string, unknown> | null;
  if (!a || typeof a !== 'object') throw invalid(`${where} is missing`);
  if (typeof a.version !== 'string' || !a.version) throw invalid(`${where}.version must be a non-empty string`);
  if (typeof a.url !== 'string' || !a.url) throw invalid(`${where}.url must be a non-empty string`);
  if (typeof a.sha256 !== 'string' || !SHA256.test(a.sha256)) throw invalid(`${where}.sha256 must be 64 lowercase hex digits`);
  if (!Number.isSafeInteger(a.size) || (a.size as number) < 0) throw invalid(`${where}.size must be a whole number of bytes`);
  if (typeof a.format !== 'string') throw invalid(`${where}.format must be a string`);
  return a as unknown as EdgeArtifact;
}

const invalid = (message: string) => new ModelshipError(`invalid edge manifest: ${message}`, { exitCode: 1 });

/** Parses and checks a manifest's payload (after its signature verified). */
export function parseManifest(payload: Buffer): EdgeManifest {
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(payload.toString('utf8'));
  } catch (err) {
    throw invalid(`not JSON (${(err as Error).message})`);
  }
  if (m?.schema !== 'modelship.edge/v1') throw invalid(`schema is ${JSON.stringify(m?.schema)}, expected "modelship.edge/v1"`);
  for (const key of ['channel', 'model', 'publishedAt', 'rolloutSalt']) if (typeof m[key] !== 'string') throw invalid(`${key} must be a string`);
  if (!Number.isSafeInteger(m.sequence) || (m.sequence as number) < 1) throw invalid('sequence must be a whole number from 1');
  const current = artifact(m.current, 'current');
  const share = (m.current as { share?: unknown }).share;
  if (typeof share !== 'number' || !(share >= 0 && share <= 100)) throw invalid('current.share must be a percentage (0-100)');
  if (m.fallback !== undefined) artifact(m.fallback, 'fallback');
  if (m.minRuntime !== undefined && typeof m.minRuntime !== 'string') throw invalid('minRuntime must be a semver range');
  void current;
  return m as unknown as EdgeManifest;
}

/**
 * The device's bucket in [0, 100): the first 32 bits of sha256(salt ":" deviceId), scaled. Stable across
 * runs and machines, uniform, and independent between rollouts with different salts.
 */
export function deviceBucket(deviceId: string, salt: string): number {
  const digest = createHash('sha256').update(`${salt}:${deviceId}`).digest();
  return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}

/** The release a device runs under a manifest: the current one inside the share, else the fallback. */
export function releaseFor(manifest: EdgeManifest, deviceId: string): EdgeArtifact {
  if (!manifest.fallback || manifest.current.share >= 100) return manifest.current;
  return deviceBucket(deviceId, manifest.rolloutSalt) < manifest.current.share ? manifest.current : manifest.fallback;
}
