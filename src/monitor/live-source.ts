import { ModelshipError } from '../core/errors.js';
import type { DriftReport } from './drift.js';
import { Profile } from './profile.js';

/**
 * The live profile of a version as `modelship serve` exports it
 * (`GET /v2/models/{m}/versions/{v}/profile`): the profile, and serve's own drift report against the
 * reference beside the model when it has one. Only http(s) URLs; the answer is checked, never trusted.
 */
export async function fetchLiveProfile(url: string, options: { timeoutMs?: number } = {}): Promise<{ profile?: Profile; drift?: DriftReport; rows: number }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ModelshipError(`"${url}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ModelshipError(`${url}: only http and https profile URLs are read`);
  if (!/\/v2\/models\/[^/]+\/versions\/[^/]+\/profile$/.test(parsed.pathname)) {
    throw new ModelshipError(`${url}: expected a serve profile URL, .../v2/models/MODEL/versions/VERSION/profile`);
  }
  let res: Response;
  try {
    res = await fetch(parsed, { signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
  } catch (err) {
    throw new ModelshipError(`${url}: no answer: ${(err as Error).message}`, { exitCode: 3 });
  }
  if (res.status !== 200) throw new ModelshipError(`${url}: HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`, { exitCode: res.status >= 500 ? 3 : 2 });
  let body: { rows?: unknown; profile?: unknown; drift?: unknown };
  try {
    body = (await res.json()) as typeof body;
  } catch (err) {
    throw new ModelshipError(`${url}: the answer is not JSON: ${(err as Error).message}`);
  }
  const rows = typeof body.rows === 'number' ? body.rows : 0;
  const profile = body.profile ? Profile.fromJSON(body.profile, url) : undefined;
  const drift = body.drift && typeof body.drift === 'object' && Array.isArray((body.drift as DriftReport).features) ? (body.drift as DriftReport) : undefined;
  return { profile, drift, rows };
}
