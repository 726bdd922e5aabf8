import { figuresBetween, figuresByVersion, histogramQuantile, parseExposition, type Exposition, type LatencyHistogram, type VersionFigures } from '../core/metrics/exposition.js';

/**
 * What a shadow deployment measured of its mirror: the candidate's answers to mirrored requests against
 * stable's answers to the requests users sent, both counted by `modelship serve` (GET /metrics, read at the
 * start and at the end of the observation; the figures are the difference). See docs/deploy.md, "Shadow".
 */

/** The bound a shadow is judged by (strategy.maxErrorRateIncrease and strategy.minRequests). */
export interface MirrorBound {
  /** The shadow fails when its error rate exceeds stable's by more than this (absolute: 0.01 = one point). */
  maxErrorRateIncrease: number;
  /** Mirrored requests (answered or failed) needed for a judgement; fewer is "not enough traffic". */
  minRequests: number;
}

export const DEFAULT_MIRROR_BOUND: MirrorBound = { maxErrorRateIncrease: 0.01, minRequests: 100 };

/**
 * - `passed`: measured, enough mirrored requests, error rate within the bound;
 * - `failed`: measured, the shadow's error rate exceeds stable's by more than the bound;
 * - `not-enough-traffic`: measured, but fewer than `minRequests` requests were mirrored;
 * - `not-measured`: no figures (no modelship serve /metrics to read, or it could not be read).
 */
export type MirrorState = 'passed' | 'failed' | 'not-enough-traffic' | 'not-measured';

export interface MirrorSide {
  version: string;
  /** Shadow: mirrored runs that answered or failed (dropped ones are not judged). Stable: answers to users. */
  requests: number;
  /** Shadow: failed mirrored runs. Stable: answers with status ≥ 500 (4xx are the client's, never mirrored). */
  errors: number;
  /** errors / requests; null without requests. */
  errorRate: number | null;
  /** From the latency histogram, as Prometheus' histogram_quantile; null without observations. */
  p50Ms: number | null;
  p99Ms: number | null;
}

export interface MirrorReport {
  state: MirrorState;
  /** One sentence: the figures and the verdict, or why nothing was measured. */
  reason: string;
  /** The /metrics read, or null when there was none to read. */
  source: string | null;
  bound: MirrorBound;
  /** The candidate on the mirror; `dropped`: mirrors skipped because the shadow was saturated. */
  shadow: (MirrorSide & { dropped: number }) | null;
  stable: MirrorSide | null;
}

/** One scrape of the server: stable's figures and the shadow counters, for one model. */
export interface MirrorScrape {
  versions: Map<string, VersionFigures>;
  shadow: Map<string, { ok: number; error: number; dropped: number; latency: LatencyHistogram }>;
}

const SHADOW_REQUESTS = 'modelship_shadow_requests_total';
const SHADOW_DURATION = 'modelship_shadow_duration_seconds';
const SCRAPE_TIMEOUT_MS = 10_000;

export function mirrorScrapeOf(exposition: Exposition, model: string): MirrorScrape {
  const shadow: MirrorScrape['shadow'] = new Map();
  const of = (version: string) => {
    let s = shadow.get(version);
    if (!s) shadow.set(version, (s = { ok: 0, error: 0, dropped: 0, latency: { buckets: [], count: 0, sum: 0 } }));
    return s;
  };
  for (const sample of exposition.samples) {
    if (sample.labels.model !== model) continue;
    const version = sample.labels.version ?? '';
    if (sample.name === SHADOW_REQUESTS) {
      const result = sample.labels.result;
      if (result === 'ok' || result === 'error' || result === 'dropped') of(version)[result] += sample.value;
    } else if (sample.name === `${SHADOW_DURATION}_bucket`) {
      const le = sample.labels.le === '+Inf' ? Infinity : Number(sample.labels.le);
      if (!Number.isNaN(le)) of(version).latency.buckets.push({ le, count: sample.value });
    } else if (sample.name === `${SHADOW_DURATION}_count`) of(version).latency.count = sample.value;
    else if (sample.name === `${SHADOW_DURATION}_sum`) of(version).latency.sum = sample.value;
  }
  for (const s of shadow.values()) s.latency.buckets.sort((a, b) => a.le - b.le);
  return { versions: figuresByVersion(exposition, model), shadow };
}

/** Reads `url` (a modelship serve /metrics); throws an Error saying why it could not. */
export async function scrapeMirror(url: string, model: string): Promise<MirrorScrape> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(SCRAPE_TIMEOUT_MS) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`${url} could not be read (${cause?.code ?? cause?.message ?? (err as Error).message})`);
  }
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  const exposition = parseExposition(text, url);
  if (!exposition.types.has('modelship_requests_total')) throw new Error(`${url} is not the /metrics of modelship serve (no modelship_requests_total)`);
  return mirrorScrapeOf(exposition, model);
}

const ms = (h: LatencyHistogram, q: number): number | null => {
  const v = histogramQuantile(q, h);
  return Number.isFinite(v) ? Number((v * 1000).toFixed(3)) : null;
};
const rate = (errors: number, requests: number): number | null => (requests > 0 ? errors / requests : null);
const pct = (r: number | null): string => (r === null ? 'n/a' : `${Number((r * 100).toFixed(2))}%`);
const lat = (s: MirrorSide): string => (s.p50Ms === null ? 'no latency observed' : `p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms`);

/** The window between two scrapes, judged against the bound. Throws when the server restarted in between. */
export function judgeMirror(before: MirrorScrape, after: MirrorScrape, stable: string, candidate: string, bound: MirrorBound, source: string): MirrorReport {
  const versions = figuresBetween(before.versions, after.versions);
  const s = versions.get(stable);
  const stableSide: MirrorSide = {
    version: stable,
    requests: s?.requests ?? 0,
    errors: s?.serverErrors ?? 0,
    errorRate: rate(s?.serverErrors ?? 0, s?.requests ?? 0),
    p50Ms: s ? ms(s.latency, 0.5) : null,
    p99Ms: s ? ms(s.latency, 0.99) : null,
  };
  const a = after.shadow.get(candidate) ?? { ok: 0, error: 0, dropped: 0, latency: { buckets: [], count: 0, sum: 0 } };
  const b = before.shadow.get(candidate) ?? { ok: 0, error: 0, dropped: 0, latency: { buckets: [], count: 0, sum: 0 } };
  const minus = (x: number, y: number, what: string) => {
    if (x < y) throw new Error(`${what} of ${candidate} went down from ${y} to ${x} between the two reads of ${source}: the server restarted, so this window cannot be measured`);
    return x - y;
  };
  const ok = minus(a.ok, b.ok, `${SHADOW_REQUESTS}{result="ok"}`);
  const error = minus(a.error, b.error, `${SHADOW_REQUESTS}{result="error"}`);
  const dropped = minus(a.dropped, b.dropped, `${SHADOW_REQUESTS}{result="dropped"}`);
  const latency: LatencyHistogram = {
    buckets: a.latency.buckets.map(({ le, count }) => ({ le, count: minus(count, b.latency.buckets.find((x) => x.le === le)?.count ?? 0, `${SHADOW_DURATION}_bucket`) })),
    count: minus(a.latency.count, b.latency.count, `${SHADOW_DURATION}_count`),
    sum: a.latency.sum - b.latency.sum,
  };
  const shadowSide = { version: candidate, requests: ok + error, errors: error, errorRate: rate(error, ok + error), p50Ms: ms(latency, 0.5), p99Ms: ms(latency, 0.99), dropped };
  const figures = `shadow ${candidate}: ${shadowSide.requests} mirrored, ${error} failed (${pct(shadowSide.errorRate)})${dropped ? `, ${dropped} dropped` : ''}, ${lat(shadowSide)} (inference only); stable ${stable}: ${stableSide.requests} answered, ${stableSide.errors} with 5xx (${pct(stableSide.errorRate)}), ${lat(stableSide)} (whole request)`;
  let state: MirrorState;
  let verdict: string;
  if (shadowSide.requests < bound.minRequests) {
    state = 'not-enough-traffic';
    verdict = `not enough traffic: ${shadowSide.requests} mirrored request(s), ${bound.minRequests} needed (minRequests)`;
  } else {
    const limit = (stableSide.errorRate ?? 0) + bound.maxErrorRateIncrease;
    const shadowRate = shadowSide.errorRate ?? 0;
    // A tolerance for floating point only: 1/3 against 0.3333... is not an excess.
    if (shadowRate > limit + 1e-12) {
      state = 'failed';
      verdict = `the shadow's error rate ${pct(shadowRate)} exceeds stable's ${pct(stableSide.errorRate ?? 0)} by more than ${pct(bound.maxErrorRateIncrease)} (maxErrorRateIncrease)`;
    } else {
      state = 'passed';
      verdict = shadowSide.requests === 0 ? 'nothing was mirrored, and minRequests is 0' : `the shadow's error rate ${pct(shadowRate)} is within stable's ${pct(stableSide.errorRate ?? 0)} + ${pct(bound.maxErrorRateIncrease)}`;
    }
  }
  return { state, reason: `${verdict}; ${figures}`, source, bound, shadow: shadowSide, stable: stableSide };
}

/** A report of a mirror nothing measured. */
export function notMeasured(reason: string, source: string | null, bound: MirrorBound): MirrorReport {
  return { state: 'not-measured', reason, source, bound, shadow: null, stable: null };
}
