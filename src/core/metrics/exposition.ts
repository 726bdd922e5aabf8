import { ModelshipError } from '../errors.js';

/**
 * Reads the server's own Prometheus text exposition (`GET /metrics`) into per-version figures: requests by
 * status, errors and the latency histogram, for one model. This is what canary analysis needs on a machine
 * with no Prometheus server: scrape twice, subtract, judge the window. Quantiles follow Prometheus'
 * `histogram_quantile` (linear interpolation inside the bucket; the highest finite bound when the rank
 * falls in `+Inf`), so a figure computed here matches the one a real Prometheus would show.
 */

/** The metric names `ServeMetrics` exposes (src/serve/metrics.ts). */
export const REQUESTS_METRIC = 'modelship_requests_total';
export const DURATION_METRIC = 'modelship_request_duration_seconds';

export interface ExpositionSample {
  name: string;
  labels: Record<string, string>;
  value: number;
  /** 1-based line in the exposition. */
  line: number;
}

export interface Exposition {
  samples: ExpositionSample[];
  /** `# TYPE` of each family (counter, gauge, histogram, summary, untyped). */
  types: Map<string, string>;
}

/** A latency histogram as Prometheus keeps it: cumulative bucket counts by upper bound `le` (seconds). */
export interface LatencyHistogram {
  /** Sorted by `le`; the last is `+Inf` when the exposition had it. */
  buckets: Array<{ le: number; count: number }>;
  count: number;
  sum: number;
}

/** What the server saw for one version of one model (answers it wrote, by HTTP status). */
export interface VersionFigures {
  version: string;
  requests: number;
  /** Answers with a status of 400 or more (the server's own `modelship_request_errors_total`). */
  errors: number;
  /** Answers with a status of 500 or more. */
  serverErrors: number;
  byCode: Record<string, number>;
  latency: LatencyHistogram;
}

export class ExpositionError extends ModelshipError {
  constructor(message: string) {
    super(message, { hint: 'expected the Prometheus text format (version 0.0.4), as GET /metrics of modelship serve answers' });
    this.name = 'ExpositionError';
  }
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;

/** Parses the Prometheus text format; every malformed line is an error naming the line. */
export function parseExposition(text: string, origin = 'the exposition'): Exposition {
  const samples: ExpositionSample[] = [];
  const types = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
    const line = raw.trim();
    if (line === '') continue;
    const at = `${origin}, line ${i + 1}`;
    if (line.startsWith('#')) {
      const m = /^#\s+TYPE\s+(\S+)\s+(\S+)\s*$/.exec(line);
      if (m) {
        if (!/^(counter|gauge|histogram|summary|untyped|gaugehistogram|info|stateset|unknown)$/.test(m[2])) throw new ExpositionError(`${at}: unknown metric type "${m[2]}" for ${m[1]}`);
        types.set(m[1], m[2]);
      }
      continue; // HELP and other comments carry no samples
    }
    samples.push(parseSample(line, i + 1, at));
  }
  return { samples, types };
}

function parseSample(line: string, lineNo: number, at: string): ExpositionSample {
  const name = NAME.exec(line)?.[0];
  if (!name) throw new ExpositionError(`${at}: expected a metric name, got ${JSON.stringify(line.slice(0, 40))}`);
  let pos = name.length;
  const labels: Record<string, string> = {};
  if (line[pos] === '{') {
    pos++;
    for (;;) {
      while (line[pos] === ' ') pos++;
      if (line[pos] === '}') {
        pos++;
        break;
      }
      const label = LABEL_NAME.exec(line.slice(pos))?.[0];
      if (!label) throw new ExpositionError(`${at}: expected a label name or "}" at column ${pos + 1}`);
      pos += label.length;
      while (line[pos] === ' ') pos++;
      if (line[pos] !== '=' || line[pos + 1] !== '"') throw new ExpositionError(`${at}: expected ="value" after label ${label}`);
      pos += 2;
      let value = '';
      for (;;) {
        const c = line[pos];
        if (c === undefined) throw new ExpositionError(`${at}: the value of label ${label} is not closed by a quote`);
        if (c === '"') break;
        if (c === '\\') {
          const next = line[pos + 1];
          if (next === 'n') value += '\n';
          else if (next === '\\' || next === '"') value += next;
          else throw new ExpositionError(`${at}: bad escape "\\${next ?? ''}" in the value of label ${label} (expected \\\\, \\" or \\n)`);
          pos += 2;
          continue;
        }
        value += c;
        pos++;
      }
      pos++;
      if (Object.hasOwn(labels, label)) throw new ExpositionError(`${at}: label ${label} appears twice`);
      labels[label] = value;
      while (line[pos] === ' ') pos++;
      if (line[pos] === ',') pos++;
      else if (line[pos] !== '}') throw new ExpositionError(`${at}: expected "," or "}" after the value of label ${label}`);
    }
  }
  const rest = line.slice(pos).trim().split(/\s+/);
  if (rest.length < 1 || rest.length > 2 || rest[0] === '') throw new ExpositionError(`${at}: expected one value (and an optional timestamp) after ${name}`);
  const value = parseValue(rest[0]);
  if (value === undefined) throw new ExpositionError(`${at}: "${rest[0]}" is not a sample value (a float, +Inf, -Inf or NaN)`);
  if (rest[1] !== undefined && !/^-?\d+$/.test(rest[1])) throw new ExpositionError(`${at}: "${rest[1]}" is not a timestamp (integer milliseconds)`);
  return { name, labels, value, line: lineNo };
}

function parseValue(text: string): number | undefined {
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/**
 * Per-version figures of `model` from an exposition (text or parsed). Requests answered before a version was
 * chosen (e.g. 503 when the queue is full) carry the version `""` and are kept under it.
 */
export function figuresByVersion(exposition: string | Exposition, model: string): Map<string, VersionFigures> {
  const parsed = typeof exposition === 'string' ? parseExposition(exposition) : exposition;
  const out = new Map<string, VersionFigures>();
  const of = (version: string): VersionFigures => {
    let f = out.get(version);
    if (!f) out.set(version, (f = { version, requests: 0, errors: 0, serverErrors: 0, byCode: {}, latency: { buckets: [], count: 0, sum: 0 } }));
    return f;
  };
  for (const s of parsed.samples) {
    if (s.labels.model !== model) continue;
    const version = s.labels.version ?? '';
    if (s.name === REQUESTS_METRIC) {
      const code = s.labels.code ?? '';
      const f = of(version);
      f.byCode[code] = (f.byCode[code] ?? 0) + s.value;
      f.requests += s.value;
      const status = Number(code);
      if (status >= 400) f.errors += s.value;
      if (status >= 500) f.serverErrors += s.value;
    } else if (s.name === `${DURATION_METRIC}_bucket`) {
      const le = parseValue(s.labels.le ?? '');
      if (le === undefined || Number.isNaN(le)) throw new ExpositionError(`line ${s.line}: ${s.name} has le="${s.labels.le ?? ''}", not a bucket bound`);
      of(version).latency.buckets.push({ le, count: s.value });
    } else if (s.name === `${DURATION_METRIC}_count`) {
      of(version).latency.count = s.value;
    } else if (s.name === `${DURATION_METRIC}_sum`) {
      of(version).latency.sum = s.value;
    }
  }
  for (const f of out.values()) f.latency.buckets.sort((a, b) => a.le - b.le);
  return out;
}

/**
 * What happened between two scrapes of the same server: counter deltas per version. A counter that went
 * down means the server restarted in between, and the window cannot be measured: an error, not a guess.
 */
export function figuresBetween(before: Map<string, VersionFigures>, after: Map<string, VersionFigures>): Map<string, VersionFigures> {
  const out = new Map<string, VersionFigures>();
  for (const [version, a] of after) {
    const b = before.get(version);
    const minus = (x: number, y: number, what: string): number => {
      if (x < y) throw new ExpositionError(`${what} of version "${version}" went down from ${y} to ${x} between two scrapes: the server restarted, so this window cannot be measured`);
      return x - y;
    };
    if (!b) {
      out.set(version, structuredClone(a));
      continue;
    }
    const byCode: Record<string, number> = {};
    for (const [code, n] of Object.entries(a.byCode)) byCode[code] = minus(n, b.byCode[code] ?? 0, `${REQUESTS_METRIC}{code="${code}"}`);
    for (const code of Object.keys(b.byCode)) if (!(code in a.byCode) && b.byCode[code] > 0) minus(0, b.byCode[code], `${REQUESTS_METRIC}{code="${code}"}`);
    const buckets = a.latency.buckets.map(({ le, count }) => ({ le, count: minus(count, b.latency.buckets.find((x) => x.le === le)?.count ?? 0, `${DURATION_METRIC}_bucket{le="${le}"}`) }));
    out.set(version, {
      version,
      requests: minus(a.requests, b.requests, REQUESTS_METRIC),
      errors: minus(a.errors, b.errors, `${REQUESTS_METRIC} (status >= 400)`),
      serverErrors: minus(a.serverErrors, b.serverErrors, `${REQUESTS_METRIC} (status >= 500)`),
      byCode,
      latency: { buckets, count: minus(a.latency.count, b.latency.count, `${DURATION_METRIC}_count`), sum: a.latency.sum - b.latency.sum },
    });
  }
  return out;
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of a cumulative histogram, in its unit, as Prometheus' `histogram_quantile`:
 * NaN without observations; the bucket holding rank q·count is interpolated linearly from its lower bound
 * (the previous `le`, or 0) to its `le`; a rank in `+Inf` gives the highest finite bound.
 */
export function histogramQuantile(q: number, histogram: LatencyHistogram): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} is outside [0, 1]`);
  const buckets = histogram.buckets;
  if (buckets.length === 0) return NaN;
  const total = buckets[buckets.length - 1].count;
  if (!(total > 0)) return NaN;
  if (buckets[buckets.length - 1].le !== Infinity) throw new ExpositionError('a histogram without its +Inf bucket has no total: the quantile cannot be computed');
  const rank = q * total;
  let i = buckets.findIndex((b) => b.count >= rank);
  if (i < 0) i = buckets.length - 1;
  if (buckets[i].le === Infinity) return buckets.length >= 2 ? buckets[buckets.length - 2].le : NaN;
  const upper = buckets[i].le;
  const lower = i === 0 ? 0 : buckets[i - 1].le;
  const below = i === 0 ? 0 : buckets[i - 1].count;
  if (i === 0 && upper <= 0) return upper;
  const inBucket = buckets[i].count - below;
  if (inBucket <= 0) return upper;
  return lower + (upper - lower) * ((rank - below) / inBucket);
}

/**
 * One value per observation of a histogram, each at the middle of its bucket (the highest finite bound for
 * `+Inf`): what rank statistics (Mann-Whitney) can compare when only the histogram was kept. Observations in
 * one bucket tie, which the rank test accounts for.
 */
export function histogramSamples(histogram: LatencyHistogram): number[] {
  const out: number[] = [];
  let previous = 0;
  let lower = 0;
  const finite = histogram.buckets.filter((b) => b.le !== Infinity);
  const top = finite.length ? finite[finite.length - 1].le : 0;
  for (const { le, count } of histogram.buckets) {
    const n = count - previous;
    if (n < 0) throw new ExpositionError(`histogram bucket le="${le}" holds ${count}, fewer than the bucket below it (${previous}): buckets must be cumulative`);
    const value = le === Infinity ? top : (lower + le) / 2;
    for (let i = 0; i < n; i++) out.push(value);
    previous = count;
    if (le !== Infinity) lower = le;
  }
  return out;
}
