import { MetricTree, isRecord, leafKeys } from './tree.js';
import { MetricSourceError, type MetricSet } from './source.js';

/**
 * The JSON report of `modelship bench` (`{"results":[{"model","runner","batch","latency_ms":{...},
 * "throughput_per_s","rss_mb","trials":[...]}]}`). One result is selected (by model, runner, batch and
 * role; default the candidate side) and read as `latency_ms.p95`, `throughput_per_s`, `rss_mb`, `errors`;
 * its trials are the samples (for Mann-Whitney), and the batch sizes of the same model and runner are slices
 * `batch:<n>`. When several batch sizes match and none is selected, the report is read as those slices only:
 * an overall lookup says to pick a slice rather than guessing one.
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

export function benchMetrics(data: unknown, origin: string, select: BenchSelection = {}): MetricSet {
  if (!isBenchReport(data)) throw new MetricSourceError(`${origin} is not a benchmark report (expected "results" with "latency_ms", as \`modelship bench --format json\` writes)`);
  const results = ((data as { results: unknown[] }).results.filter(isRecord)) as Array<Record<string, unknown>>;
  const role = select.role ?? 'candidate';
  const sameModel = results.filter(
    (r) => (select.model === undefined || r.model === select.model) && (select.runner === undefined || r.runner === select.runner) && (r.role === undefined || r.role === role),
  );
  const chosen = sameModel.filter((r) => select.batch === undefined || r.batch === select.batch);
  const describe = (r: Record<string, unknown>) => `${String(r.model)}/${String(r.runner)}/batch ${String(r.batch)}`;
  const noMatch = (what: string) =>
    new MetricSourceError(
      `${origin}: ${what} (model ${select.model ?? 'any'}, runner ${select.runner ?? 'any'}, batch ${select.batch ?? 'any'}, role ${role}); results: ${results.map(describe).join(', ')}`,
      { hint: 'set model and runner on the bench source to pick one result (batch sizes are slices batch:<n>)' },
    );
  if (chosen.length === 0) throw noMatch('no benchmark result matches');
  // Several batch sizes of one model and runner, none selected: the report is read as slices `batch:<n>`.
  const onlyBatchesDiffer = select.batch === undefined && chosen.every((r) => r.model === chosen[0].model && r.runner === chosen[0].runner && typeof r.batch === 'number');
  const distinctBatches = new Set(chosen.map((r) => r.batch)).size === chosen.length;
  if (chosen.length > 1 && !(onlyBatchesDiffer && distinctBatches)) throw noMatch(`${chosen.length} benchmark results match`);
  const one = chosen.length === 1 ? chosen[0] : undefined;
  const batches = sameModel.filter((r) => r.model === chosen[0].model && r.runner === chosen[0].runner && typeof r.batch === 'number');
  const root: Record<string, unknown> = one ? node(one) : {};
  if (batches.length > 1 || !one) root.slices = { batch: Object.fromEntries(batches.map((r) => [String(r.batch), node(r)])) };
  const missing = new Map<string, string>();
  if (!one) {
    const sizes = batches.map((r) => String(r.batch)).join(', ');
    const why = `${origin} holds batch sizes ${sizes} of ${String(chosen[0].model)}/${String(chosen[0].runner)}: read one as a slice (slices: [batch] or batch:${String(batches[0].batch)} on the check) or set batch on the bench source`;
    for (const key of leafKeys(node(chosen[0]))) missing.set(key, why);
  }
  const label = one ? `${origin} (${describe(one)})` : `${origin} (${String(chosen[0].model)}/${String(chosen[0].runner)}, batch sizes as slices)`;
  return new MetricTree(label, root, missing);
}

/** One result as a tree: its figures, with the trials' figures as samples (for Mann-Whitney and bootstrap). */
function node(r: Record<string, unknown>): Record<string, unknown> {
  const trials = Array.isArray(r.trials) ? r.trials.filter(isRecord) : [];
  const withSamples = (value: unknown, samples: number[] | undefined) => (samples && samples.every(Number.isFinite) && trials.length > 0 ? { value, samples } : value);
  const latency = isRecord(r.latency_ms) ? { ...r.latency_ms } : r.latency_ms;
  if (isRecord(latency)) {
    for (const k of TRIAL_KEYS) {
      if (!Object.hasOwn(latency, k)) continue;
      latency[k] = withSamples(latency[k], trials.map((t) => (isRecord(t.latency_ms) ? Number(t.latency_ms[k]) : NaN)));
    }
  }
  const out: Record<string, unknown> = {
    latency_ms: latency,
    throughput_per_s: withSamples(r.throughput_per_s, trials.map((t) => Number(t.throughput_per_s))),
    rss_mb: r.rss_mb,
    errors: r.errors,
    samples: r.samples,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}
