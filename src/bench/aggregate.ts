import { coefficientOfVariation, median } from '../core/stats/descriptive.js';
import { metricOf } from './compare.js';
import type { RegressionMetric, TrialResult, LatencySummary } from './types.js';

/**
 * Headline figures of a series of trials: each percentile is the median over trials (a stray trial hit
 * by a noisy neighbour does not move it), the mean is weighted by samples, and RSS is the peak.
 */
export function aggregateTrials(trials: readonly TrialResult[], metric: RegressionMetric) {
  const pick = (k: keyof LatencySummary) => median(trials.map((t) => t.latency_ms[k]));
  const samples = trials.reduce((s, t) => s + t.samples, 0);
  const latency: LatencySummary = {
    p50: pick('p50'),
    p90: pick('p90'),
    p95: pick('p95'),
    p99: pick('p99'),
    mean: trials.reduce((s, t) => s + t.latency_ms.mean * t.samples, 0) / Math.max(1, samples),
    min: Math.min(...trials.map((t) => t.latency_ms.min)),
    max: Math.max(...trials.map((t) => t.latency_ms.max)),
    stddev: pick('stddev'),
  };
  const status: Record<string, number> = {};
  for (const t of trials) for (const [k, v] of Object.entries(t.status ?? {})) status[k] = (status[k] ?? 0) + v;
  return {
    samples,
    latency_ms: latency,
    throughput_per_s: median(trials.map((t) => t.throughput_per_s)),
    rss_mb: Math.max(...trials.map((t) => t.rss_mb)),
    errors: trials.reduce((s, t) => s + t.errors, 0),
    status: Object.keys(status).length ? status : undefined,
    trialCv: coefficientOfVariation(trials.map((t) => metricOf(t, metric))),
  };
}
