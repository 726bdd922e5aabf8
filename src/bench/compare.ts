import { bootstrapRatioCI } from '../core/stats/bootstrap.js';
import { median } from '../core/stats/descriptive.js';
import { mannWhitneyU } from '../core/stats/mann-whitney.js';
import type { BenchSettings } from './config.js';
import type { BenchResult, ComparisonRow, RegressionMetric, TrialResult } from './types.js';

/** The per-trial figure the regression rule judges. */
export function metricOf(trial: TrialResult, metric: RegressionMetric): number {
  return metric === 'throughput' ? trial.throughput_per_s : trial.latency_ms[metric];
}

/**
 * Judges a candidate against a baseline on their trials. A regression needs both:
 *  - evidence: a one-sided Mann-Whitney U test on the per-trial figures at `alpha` (or a seeded bootstrap
 *    interval on the ratio of medians that excludes 1), so run-to-run noise does not fail builds; and
 *  - size: the ratio of trial medians is worse by at least `minEffect`, so a tiny but consistent change
 *    (significant with enough trials) does not fail builds either.
 * Latency is worse when higher; throughput when lower.
 */
export function compareTrials(
  candidate: BenchResult,
  baseline: Pick<BenchResult, 'trials'>,
  rule: BenchSettings['regression'],
  baselineSource: string,
): ComparisonRow {
  const metric = rule.metric;
  const higherIsWorse = metric !== 'throughput';
  const c = candidate.trials.map((t) => metricOf(t, metric));
  const b = baseline.trials.map((t) => metricOf(t, metric));
  const base = { model: candidate.model, batch: candidate.batch, metric, baselineSource, test: rule.test };
  if (c.length < 3 || b.length < 3 || ![...c, ...b].every(Number.isFinite)) {
    return incomparable(candidate, rule, baselineSource, `needs at least 3 finite trials on each side (candidate ${c.length}, baseline ${b.length})`);
  }
  // With few trials the exact test cannot reach alpha at all (3 vs 3: p >= 0.05): say so, never stay silently blind.
  const minP = 1 / binomial(c.length + b.length, c.length);
  const blind = rule.test === 'mann-whitney' && minP >= rule.alpha;
  const mc = median(c);
  const mb = median(b);
  const ratio = mb === 0 ? Number.POSITIVE_INFINITY : mc / mb;
  // Change in the bad direction, as a time ratio: +0.2 means 20% slower (or 1/1.2 of the throughput).
  const change = higherIsWorse ? ratio - 1 : mc === 0 ? Number.POSITIVE_INFINITY : mb / mc - 1;
  let worseEvidence: boolean;
  let betterEvidence: boolean;
  let pValue: number | undefined;
  let ci: ComparisonRow['ci'];
  if (rule.test === 'mann-whitney') {
    const worse = mannWhitneyU(c, b, { alternative: higherIsWorse ? 'greater' : 'less' });
    const better = mannWhitneyU(c, b, { alternative: higherIsWorse ? 'less' : 'greater' });
    pValue = worse.pValue;
    worseEvidence = worse.pValue < rule.alpha;
    betterEvidence = better.pValue < rule.alpha;
  } else {
    const interval = bootstrapRatioCI(c, b, { confidence: rule.confidence, seed: `${candidate.model}:${candidate.batch}` });
    ci = { lower: interval.lower, upper: interval.upper, confidence: rule.confidence };
    worseEvidence = higherIsWorse ? interval.lower > 1 : interval.upper < 1;
    betterEvidence = higherIsWorse ? interval.upper < 1 : interval.lower > 1;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const evidence = rule.test === 'mann-whitney' ? `p = ${pValue!.toPrecision(3)} (alpha ${rule.alpha})` : `${Math.round(rule.confidence * 100)}% CI of the ratio [${ci!.lower.toFixed(3)}, ${ci!.upper.toFixed(3)}]`;
  let verdict: ComparisonRow['verdict'];
  let reason: string;
  if (worseEvidence && change >= rule.minEffect) {
    verdict = 'regressed';
    reason = `${metric} ${pct(change)} worse, beyond the minimum effect ${pct(rule.minEffect)}; ${evidence}`;
  } else if (betterEvidence && -change >= rule.minEffect / (1 + rule.minEffect)) {
    verdict = 'improved';
    reason = `${metric} ${pct(-change)} better; ${evidence}`;
  } else if (worseEvidence) {
    verdict = 'unchanged';
    reason = `${metric} ${pct(change)} worse with evidence, but under the minimum effect ${pct(rule.minEffect)}`;
  } else if (blind) {
    verdict = 'incomparable';
    reason = `${c.length} vs ${b.length} trials cannot reach alpha ${rule.alpha} (smallest possible p = ${minP.toPrecision(2)}); raise bench.trials (${metric} ${change >= 0 ? '+' : ''}${pct(change)})`;
  } else {
    verdict = 'unchanged';
    reason = `no evidence of a change (${metric} ${change >= 0 ? '+' : ''}${pct(change)}; ${evidence})`;
  }
  return { ...base, candidate: mc, baseline: mb, ratio, change, pValue, ci, verdict, regressed: verdict === 'regressed', reason };
}

/** A comparison that cannot be made (other machine, no trials): explicit, never a figure that looks valid. */
export function incomparable(candidate: BenchResult, rule: BenchSettings['regression'], baselineSource: string, reason: string, baselineValue = Number.NaN): ComparisonRow {
  const c = candidate.trials.map((t) => metricOf(t, rule.metric)).filter(Number.isFinite);
  return {
    model: candidate.model,
    batch: candidate.batch,
    metric: rule.metric,
    baselineSource,
    candidate: c.length ? median(c) : Number.NaN,
    baseline: baselineValue,
    ratio: Number.NaN,
    change: Number.NaN,
    test: rule.test,
    verdict: 'incomparable',
    regressed: false,
    reason,
  };
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
