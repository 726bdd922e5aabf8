import { parseNumber } from './numbers.js';
import { reduceValues, REDUCERS, type Reducer } from './reduce.js';
import { MetricTree } from './tree.js';
import { MetricSourceError, type MetricSet, type MetricSource, type SampleSet } from './source.js';

/**
 * Prometheus over its HTTP API: each named query runs as an instant query (`/api/v1/query`) or, with a
 * range, as a range query (`/api/v1/query_range`), and its result is reduced to one number.
 * - instant vector / scalar: one value per series; range matrix: every point of every series, in time order;
 * - `last`/`first` need a single series (otherwise the answer depends on series order): aggregate in PromQL
 *   or pick mean/max/p95...; with `sliceBy: <label>` each label value becomes a slice, reduced on its own;
 * - no data is a missing metric (the gate's policy decides; never a pass); NaN is kept for the non-finite
 *   policy; unreachable, HTTP 5xx and timeouts make the source unavailable (the gate is inconclusive);
 *   a query Prometheus rejects (`bad_data`) is a configuration error.
 */
export interface PrometheusQuery {
  query: string;
  reduce?: Reducer;
  /** Range query over the last `windowSeconds` ending at `end`, one point every `stepSeconds`. */
  range?: { windowSeconds: number; stepSeconds: number };
  sliceBy?: string;
}

export interface PrometheusOptions {
  url: string;
  queries: Record<string, PrometheusQuery>;
  /**
   * Evaluation time (unix seconds) of instant queries and end of range queries; default the moment `read()`
   * starts, one instant for every query of the read, so that the metrics of one judgement (an error ratio
   * and a p99, say) describe the same window and their `sliceBy` slices the same series.
   */
  time?: number;
  timeoutMs?: number;
  headers?: Record<string, string>;
  /** Injectable for tests; default the global fetch (undici). */
  fetch?: typeof fetch;
  now?: () => number;
}

interface Series {
  labels: Record<string, string>;
  points: Array<[number, number]>;
}

export class PrometheusSource implements MetricSource {
  constructor(private readonly options: PrometheusOptions) {
    for (const [name, q] of Object.entries(options.queries)) {
      if (q.reduce !== undefined && !REDUCERS.includes(q.reduce)) throw new MetricSourceError(`prometheus query "${name}": unknown reduce "${q.reduce}" (expected ${REDUCERS.join(', ')})`);
    }
  }

  describe(): string {
    return `Prometheus ${redact(this.options.url)} (${Object.keys(this.options.queries).join(', ')})`;
  }

  async read(): Promise<MetricSet> {
    const root: Record<string, unknown> = {};
    const slices: Record<string, Record<string, Record<string, number>>> = {};
    const missing = new Map<string, string | { kind: 'missing' | 'invalid'; reason: string }>();
    const samples = new Map<string, SampleSet>();
    const at = this.options.time ?? (this.options.now ?? (() => Date.now() / 1000))();
    for (const [name, q] of Object.entries(this.options.queries)) {
      const series = await this.run(name, q, at);
      const label = `query "${name}" (${q.query})`;
      if (series.length === 0 || series.every((s) => s.points.length === 0)) {
        missing.set(name, `Prometheus ${label} returned no data${q.range ? ` in the last ${q.range.windowSeconds}s` : ''}`);
        continue;
      }
      const reduce = q.reduce ?? 'last';
      if (q.sliceBy !== undefined) {
        const groups = new Map<string, Series[]>();
        for (const s of series) {
          const v = s.labels[q.sliceBy];
          if (v === undefined) throw new MetricSourceError(`Prometheus ${label}: a series has no label "${q.sliceBy}" to slice by (labels: ${Object.keys(s.labels).join(', ') || 'none'})`);
          groups.set(v, [...(groups.get(v) ?? []), s]);
        }
        for (const [v, group] of groups) {
          const r = reduceSeries(group, reduce, `${label} slice ${q.sliceBy}:${v}`);
          if (typeof r === 'string') missing.set(`${q.sliceBy}:${v}/${name}`, { kind: 'invalid', reason: r });
          else ((slices[q.sliceBy] ??= {})[v] ??= {})[name] = r;
        }
      }
      const overall = reduceSeries(series, reduce, label);
      // Several series and an order-dependent reducer: an error, not a guess. With sliceBy the slices still work.
      if (typeof overall === 'string') missing.set(name, { kind: 'invalid', reason: overall });
      else root[name] = overall;
      samples.set(name, { values: series.flatMap((s) => s.points).sort((a, b) => a[0] - b[0]).map((p) => p[1]) });
    }
    if (Object.keys(slices).length > 0) root.slices = slices;
    return new MetricTree(this.describe(), root, missing, samples);
  }

  private async run(name: string, q: PrometheusQuery, now: number): Promise<Series[]> {
    const base = this.options.url.endsWith('/') ? this.options.url : `${this.options.url}/`;
    let url: URL;
    try {
      url = new URL(q.range ? 'api/v1/query_range' : 'api/v1/query', base);
    } catch {
      throw new MetricSourceError(`Prometheus URL "${redact(this.options.url)}" is not a valid URL`);
    }
    // fetch refuses URLs with credentials (and would echo them in its error): send them as Basic auth instead.
    const auth: Record<string, string> = {};
    if (url.username || url.password) {
      auth.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
      url.username = '';
      url.password = '';
    }
    const params = new URLSearchParams({ query: q.query });
    if (q.range) {
      params.set('start', String(now - q.range.windowSeconds));
      params.set('end', String(now));
      params.set('step', String(q.range.stepSeconds));
    } else {
      params.set('time', String(now));
    }
    const doFetch = this.options.fetch ?? fetch;
    let response: Response;
    const where = `Prometheus ${redact(this.options.url)}, query "${name}"`;
    try {
      // POST with a form body: long PromQL never hits URL length limits, and queries stay out of access logs.
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...auth, ...this.options.headers },
        body: params.toString(),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const why = (err as Error).name === 'TimeoutError' ? `no answer within ${(this.options.timeoutMs ?? 10_000) / 1000}s` : cause?.code ?? cause?.message ?? (err as Error).message;
      throw new MetricSourceError(`${where}: Prometheus did not answer (${redact(String(why))})`, { kind: 'unavailable', hint: 'check the url and that Prometheus is reachable from the runner' });
    }
    const text = await response.text();
    let body: { status?: string; errorType?: string; error?: string; data?: { resultType?: string; result?: unknown } };
    try {
      body = JSON.parse(text);
    } catch {
      throw new MetricSourceError(`${where}: HTTP ${response.status}, not a Prometheus API answer: ${JSON.stringify(text.slice(0, 120))}`, { kind: 'unavailable' });
    }
    if (body.status !== 'success') {
      const badQuery = body.errorType === 'bad_data';
      throw new MetricSourceError(`${where}: HTTP ${response.status}, Prometheus says ${body.errorType ?? 'error'}: ${body.error ?? 'no detail'}`, {
        kind: badQuery ? 'invalid' : 'unavailable',
        hint: badQuery ? 'fix the PromQL; try it in the Prometheus UI first' : undefined,
      });
    }
    return parseResult(body.data, where);
  }
}

function parseResult(data: { resultType?: string; result?: unknown } | undefined, where: string): Series[] {
  const type = data?.resultType;
  const result = data?.result;
  const value = (pair: unknown): [number, number] => {
    if (!Array.isArray(pair) || pair.length !== 2) throw new MetricSourceError(`${where}: malformed sample ${JSON.stringify(pair)?.slice(0, 60)}`, { kind: 'unavailable' });
    const v = parseNumber(String(pair[1]));
    if (v === undefined) throw new MetricSourceError(`${where}: sample value ${JSON.stringify(pair[1])} is not a number`, { kind: 'unavailable' });
    return [Number(pair[0]), v];
  };
  if (type === 'scalar') return [{ labels: {}, points: [value(result)] }];
  if (type === 'vector' || type === 'matrix') {
    if (!Array.isArray(result)) throw new MetricSourceError(`${where}: malformed ${type} result`, { kind: 'unavailable' });
    return result.map((s: { metric?: Record<string, string>; value?: unknown; values?: unknown[] }) => ({
      labels: s.metric ?? {},
      points: type === 'vector' ? [value(s.value)] : (s.values ?? []).map(value),
    }));
  }
  throw new MetricSourceError(`${where}: result type "${type}" cannot be a metric (expected vector, matrix or scalar)`);
}

/** One number from several series, or the reason it cannot be one. */
function reduceSeries(series: Series[], how: Reducer, label: string): number | string {
  const nonEmpty = series.filter((s) => s.points.length > 0);
  if ((how === 'last' || how === 'first') && nonEmpty.length > 1) {
    return `Prometheus ${label} returned ${nonEmpty.length} series; "${how}" needs one: aggregate in PromQL (sum, avg, max by ...) or set reduce to mean/max/p95, or sliceBy a label`;
  }
  const points = nonEmpty.flatMap((s) => s.points).sort((a, b) => a[0] - b[0]);
  return reduceValues(points.map((p) => p[1]), how);
}

/** Credentials in a URL (`https://user:pass@host`) never reach a report. */
export function redact(url: string): string {
  return url.replace(/\/\/[^/@\s]*@/g, '//***@');
}
