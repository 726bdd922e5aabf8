import { bootstrapCI, bootstrapRatioCI } from '../core/stats/bootstrap.js';
import { median } from '../core/stats/descriptive.js';
import { mannWhitneyU } from '../core/stats/mann-whitney.js';
import { hodgesLehmannCenter, smallestSignedRankP, wilcoxonSignedRank } from '../core/stats/wilcoxon.js';
import type { BenchSettings } from './config.js';
import type { BenchResult, ComparisonRow, RegressionMetric, TrialResult } from './types.js';

/** The per-trial figure the regression rule judges. */
export function metricOf(trial: TrialResult, metric: RegressionMetric): number {
  return metric === 'throughput' ? trial.throughput_per_s : trial.latency_ms[metric];
}

type Rule = BenchSettings['regression'];

/** What a test found, in the "worse" direction: d > 0 means the candidate is worse (slower or fewer items/s). */
interface Evidence {
  test: ComparisonRow['test'];
  /** Estimated worse-direction ratio (1.2 = 20% slower, or 1/1.2 of the throughput). */
  worseRatio: number;
  /** Evidence that the candidate is worse at all / better at all / worse by less than minEffect. */
  worse: boolean;
  better: boolean;
  withinMinEffect: boolean;
  /** One-sided p-values (rank tests only). */
  pWorse?: number;
  pWithin?: number;
  ci?: ComparisonRow['ci'];
  /** The test cannot reach its level with this many trials: nothing it says can be evidence. */
  blind?: string;
  text: string;
}

/**
 * Judges a candidate against a baseline on their trials. Four outcomes:
 *  - `regressed`: evidence at `alpha` that the candidate is worse, and an estimated change of at least
 *    `minEffect` (a tiny consistent change never fails a build);
 *  - `improved`: the same, the other way;
 *  - `unchanged`: evidence that any slowdown is smaller than `minEffect` (the trials exclude a regression);
 *  - `inconclusive`: neither: the trials vary too much to tell, or are too few to ever reach `alpha`.
 * `paired`: trial i of each side ran adjacent in time (the run measured both), so the test is on the
 * per-pair ratios (Wilcoxon signed-rank, or a bootstrap of the paired ratios): what both trials of a pair
 * share (a noisy neighbour, a thermal state) cancels. Otherwise (a stored baseline) the trials are two
 * independent samples (Mann-Whitney, or a bootstrap of the ratio of medians).
 */
export function compareTrials(candidate: BenchResult, baseline: Pick<BenchResult, 'trials'>, rule: Rule, baselineSource: string, options: { paired?: boolean } = {}): ComparisonRow {
  const metric = rule.metric;
  const c = candidate.trials.map((t) => metricOf(t, metric));
  const b = baseline.trials.map((t) => metricOf(t, metric));
  const paired = options.paired === true;
  if (c.length < 3 || b.length < 3 || ![...c, ...b].every((v) => Number.isFinite(v) && v > 0)) {
    return incomparable(candidate, rule, baselineSource, `needs at least 3 positive, finite trials on each side (candidate ${c.length}, baseline ${b.length})`);
  }
  if (paired && c.length !== b.length) throw new Error(`paired comparison of ${c.length} candidate and ${b.length} baseline trials`);
  const e = paired ? pairedEvidence(c, b, rule, `${candidate.model}:${candidate.batch}`) : unpairedEvidence(c, b, rule, `${candidate.model}:${candidate.batch}`);
  const higherIsWorse = metric !== 'throughput';
  const change = e.worseRatio - 1;
  const ratio = higherIsWorse ? e.worseRatio : 1 / e.worseRatio;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${pct(x)}`;
  const threshold = Math.log1p(rule.minEffect);
  let verdict: ComparisonRow['verdict'];
  let reason: string;
  if (e.worse && change >= rule.minEffect) {
    verdict = 'regressed';
    reason = `${metric} ${pct(change)} worse, beyond the minimum effect ${pct(rule.minEffect)}; ${e.text}`;
  } else if (e.better && -Math.log(e.worseRatio) >= threshold) {
    verdict = 'improved';
    reason = `${metric} ${pct(1 - 1 / e.worseRatio)} better; ${e.text}`;
  } else if (e.withinMinEffect) {
    verdict = 'unchanged';
    reason = e.worse
      ? `${metric} ${pct(change)} worse with evidence, but the trials exclude a change of the minimum effect ${pct(rule.minEffect)}; ${e.text}`
      : `no change of the minimum effect ${pct(rule.minEffect)} (${metric} ${signed(change)}); ${e.text}`;
  } else if (e.blind) {
    verdict = 'inconclusive';
    reason = `${e.blind}; raise bench.trials (${metric} ${signed(change)})`;
  } else {
    verdict = 'inconclusive';
    reason = `the trials vary too much to tell whether ${metric} changed by the minimum effect ${pct(rule.minEffect)} (${signed(change)}; ${e.text})`;
  }
  return {
    model: candidate.model,
    batch: candidate.batch,
    metric,
    baselineSource,
    candidate: median(c),
    baseline: median(b),
    ratio,
    change,
    test: e.test,
    paired,
    ...(paired ? { pairs: c.length } : {}),
    pValue: e.pWorse,
    ...(e.pWorse !== undefined ? { pValueFor: 'worse' as const, pValueWithinMinEffect: e.pWithin } : {}),
    ci: e.ci,
    verdict,
    regressed: verdict === 'regressed',
    reason,
  };
}

/** Per-pair log ratios in the worse direction: log(c/b) for latency, log(b/c) for throughput. */
function worseLogRatios(c: readonly number[], b: readonly number[], metric: RegressionMetric): number[] {
  return c.map((v, i) => (metric === 'throughput' ? Math.log(b[i] / v) : Math.log(v / b[i])));
}

function pairedEvidence(c: number[], b: number[], rule: Rule, seed: string): Evidence {
  const d = worseLogRatios(c, b, rule.metric);
  const threshold = Math.log1p(rule.minEffect);
  if (rule.test === 'bootstrap') {
    const interval = bootstrapCI(d, median, { confidence: rule.confidence, seed });
    const toRatio = (x: number) => (rule.metric === 'throughput' ? Math.exp(-x) : Math.exp(x));
    const [lo, hi] = rule.metric === 'throughput' ? [toRatio(interval.upper), toRatio(interval.lower)] : [toRatio(interval.lower), toRatio(interval.upper)];
    return {
      test: 'bootstrap',
      worseRatio: Math.exp(interval.estimate),
      worse: interval.lower > 0,
      better: interval.upper < 0,
      withinMinEffect: interval.upper < threshold,
      ci: { lower: lo, upper: hi, confidence: rule.confidence },
      text: `${Math.round(rule.confidence * 100)}% bootstrap CI of the median per-pair ratio [${lo.toFixed(3)}, ${hi.toFixed(3)}] over ${d.length} pairs`,
    };
  }
  // A pair whose figures are equal carries no sign: dropped (zero method `wilcox`); all equal means no change.
  if (d.every((x) => x === 0)) return { test: 'wilcoxon', worseRatio: 1, worse: false, better: false, withinMinEffect: true, pWorse: 1, pWithin: 0, text: `all ${d.length} pairs equal` };
  const worse = wilcoxonSignedRank(d, undefined, { alternative: 'greater' });
  const better = wilcoxonSignedRank(d, undefined, { alternative: 'less' });
  const shifted = d.map((x) => x - threshold);
  const within = shifted.every((x) => x === 0) ? { pValue: 1 } : wilcoxonSignedRank(shifted, undefined, { alternative: 'less' });
  const minP = smallestSignedRankP(d.length);
  return {
    test: 'wilcoxon',
    worseRatio: Math.exp(hodgesLehmannCenter(d)),
    worse: worse.pValue < rule.alpha,
    better: better.pValue < rule.alpha,
    withinMinEffect: within.pValue < rule.alpha,
    pWorse: worse.pValue,
    pWithin: within.pValue,
    blind: minP >= rule.alpha ? `${d.length} pairs cannot reach alpha ${rule.alpha} (smallest possible p = ${minP.toPrecision(2)})` : undefined,
    text: `Wilcoxon signed-rank on ${d.length} paired trials: p(worse) = ${worse.pValue.toPrecision(3)}, p(within ${(rule.minEffect * 100).toFixed(1)}%) = ${within.pValue.toPrecision(3)} (alpha ${rule.alpha})`,
  };
}

function unpairedEvidence(c: number[], b: number[], rule: Rule, seed: string): Evidence {
  const higherIsWorse = rule.metric !== 'throughput';
  const worseRatio = higherIsWorse ? median(c) / median(b) : median(b) / median(c);
  if (rule.test === 'bootstrap') {
    const interval = bootstrapRatioCI(c, b, { confidence: rule.confidence, seed });
    const worseBound = higherIsWorse ? interval.upper : 1 / interval.lower;
    return {
      test: 'bootstrap',
      worseRatio,
      worse: higherIsWorse ? interval.lower > 1 : interval.upper < 1,
      better: higherIsWorse ? interval.upper < 1 : interval.lower > 1,
      withinMinEffect: worseBound < 1 + rule.minEffect,
      ci: { lower: interval.lower, upper: interval.upper, confidence: rule.confidence },
      text: `${Math.round(rule.confidence * 100)}% CI of the ratio of medians [${interval.lower.toFixed(3)}, ${interval.upper.toFixed(3)}]`,
    };
  }
  const worse = mannWhitneyU(c, b, { alternative: higherIsWorse ? 'greater' : 'less' });
  const better = mannWhitneyU(c, b, { alternative: higherIsWorse ? 'less' : 'greater' });
  // "Worse by less than minEffect": the candidate against the baseline moved by minEffect (a ratio, so scaled).
  const within = higherIsWorse ? mannWhitneyU(c, b.map((v) => v * (1 + rule.minEffect)), { alternative: 'less' }) : mannWhitneyU(c, b.map((v) => v / (1 + rule.minEffect)), { alternative: 'greater' });
  const minP = 1 / binomial(c.length + b.length, c.length);
  return {
    test: 'mann-whitney',
    worseRatio,
    worse: worse.pValue < rule.alpha,
    better: better.pValue < rule.alpha,
    withinMinEffect: within.pValue < rule.alpha,
    pWorse: worse.pValue,
    pWithin: within.pValue,
    blind: minP >= rule.alpha ? `${c.length} vs ${b.length} trials cannot reach alpha ${rule.alpha} (smallest possible p = ${minP.toPrecision(2)})` : undefined,
    text: `Mann-Whitney on ${c.length} vs ${b.length} independent trials: p(worse) = ${worse.pValue.toPrecision(3)}, p(within ${(rule.minEffect * 100).toFixed(1)}%) = ${within.pValue.toPrecision(3)} (alpha ${rule.alpha})`,
  };
}

/** A comparison that cannot be made (other machine, no trials): explicit, never a figure that looks valid. */
export function incomparable(candidate: BenchResult, rule: Rule, baselineSource: string, reason: string, baselineValue = Number.NaN): ComparisonRow {
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
    paired: false,
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
