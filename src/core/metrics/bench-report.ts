import { parseLenientJson } from './json.js';
import { MetricTree, isRecord } from './tree.js';
import { MetricSourceError, type MetricSet, type MetricSource, type SampleSet } from './source.js';
import { readTextFile } from './text-file.js';

/**
 * The JSON report of `modelship bench` (`{"results":[{"model","runner","batch","latency_ms":{...},
 * "throughput_per_s","rss_mb","trials":[...]}]}`). One result is selected (by model, runner, batch and
 * role; default the candidate side) and read as `latency_ms.p95`, `throughput_per_s`, `rss_mb`, `errors`;
 * its trials are the samples (for Mann-Whitney), and the other batch sizes of the same model are slices
 * `batch:<n>`.
 */
export interface BenchSelection {
  model?: string;
  runner?: string;
  batch?: number;
  role?: 'candidate' | 'baseline';
}

const TRIAL_KEYS = ['p50', 'p90', 'p95', 'p99', 'mean', 'min', 'max'];

export function isBenchReport(data: unknown): boolean {
  return isRecord(data) && Array.isArray(data.results) && data.results.some((r) => isRecord(r) && isRecord(r.latency_ms));
}

export function parseBenchReport(text: string, origin: string, select: BenchSelection = {}): MetricSet {
  return benchMetrics(parseLenientJson(text, origin), origin, select);
}

export function benchMetrics(data: unknown, origin: string, select: BenchSelection = {}): MetricSet {
  if (!isBenchReport(data)) throw new MetricSourceError(`${origin} is not a benchmark report (expected "results" with "latency_ms", as \`modelship bench --format json\` writes)`);
  const results = ((data as { results: unknown[] }).results.filter(isRecord)) as Array<Record<string, unknown>>;
  const role = select.role ?? 'candidate';
  const sameModel = results.filter(
    (r) => (select.model === undefined || r.model === select.model) && (select.runner === undefined || r.runner === select.runner) && (r.role === undefined || r.role === role),
  );
  const chosen = sameModel.filter((r) => select.batch === undefined || r.batch === select.batch);
  const describe = (r: Record<string, unknown>) => `${String(r.model)}/${String(r.runner)}/batch ${String(r.batch)}`;
  if (chosen.length !== 1) {
    throw new MetricSourceError(
      `${origin}: ${chosen.length === 0 ? 'no benchmark result matches' : `${chosen.length} benchmark results match`} (model ${select.model ?? 'any'}, runner ${select.runner ?? 'any'}, batch ${select.batch ?? 'any'}, role ${role}); results: ${results.map(describe).join(', ')}`,
      { hint: 'set model, runner and batch on the bench source to pick one result' },
    );
  }
  const pick = (r: Record<string, unknown>) => ({ latency_ms: r.latency_ms, throughput_per_s: r.throughput_per_s, rss_mb: r.rss_mb, errors: r.errors, samples: r.samples });
  const root: Record<string, unknown> = pick(chosen[0]);
  const batches = sameModel.filter((r) => chosen[0].model === r.model && typeof r.batch === 'number');
  if (batches.length > 1) root.slices = { batch: Object.fromEntries(batches.map((r) => [String(r.batch), pick(r)])) };
  const samples = new Map<string, SampleSet>();
  const trials = Array.isArray(chosen[0].trials) ? chosen[0].trials.filter(isRecord) : [];
  if (trials.length > 0) {
    for (const k of TRIAL_KEYS) {
      const values = trials.map((t) => (isRecord(t.latency_ms) ? Number(t.latency_ms[k]) : NaN));
      if (values.every(Number.isFinite)) samples.set(`latency_ms.${k}`, { values });
    }
    const tp = trials.map((t) => Number(t.throughput_per_s));
    if (tp.every(Number.isFinite)) samples.set('throughput_per_s', { values: tp });
  }
  return new MetricTree(`${origin} (${describe(chosen[0])})`, root, new Map(), samples);
}

export class BenchReportSource implements MetricSource {
  constructor(private readonly file: string, private readonly select: BenchSelection = {}, private readonly label = file) {}
  describe(): string {
    return `benchmark report ${this.label}`;
  }
  async read(): Promise<MetricSet> {
    return parseBenchReport(await readTextFile(this.file, 'benchmark report'), this.label, this.select);
  }
}
