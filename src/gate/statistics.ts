import type { SampleSet } from '../core/metrics/index.js';
import { sampleSizeMeans, sampleSizeTwoProportions, twoProportionTest, welchTest } from '../core/stats/ab-test.js';
import { bootstrapTwoSampleCI, pairedBootstrapCI } from '../core/stats/bootstrap.js';
import { mean, median } from '../core/stats/descriptive.js';
import { hodgesLehmannShift, mannWhitneyMinimumPValue, mannWhitneyShiftTest, mannWhitneyU } from '../core/stats/mann-whitney.js';
import { significanceLevel } from '../core/stats/significance.js';
import type { Direction, StatisticsSpec } from './config.js';

/**
 * The uncertainty of a change, from per-example samples. Every figure is oriented like Δ: positive means
 * the candidate is better (s = +1 when higher is better, −1 when lower is better).
 * - pairedBootstrap: the same examples scored by both models (paired by `id` when both sides have ids,
 *   else by position); resamples example indices; CI of s·(mean(c) − mean(b));
 * - bootstrap: independent samples, each resampled on its own; same CI;
 * - mannWhitney: independent samples (latencies, live measurements); Hodges-Lehmann shift s·HL(c − b) and
 *   one-sided p-values for "candidate worse" and "candidate better", and `pShift` for the same tests against a
 *   margin (a required improvement needs evidence of a shift beyond it, not only a shift that is not worse).
 * Fewer samples than `minSamples` on a side, or (Mann-Whitney) too few for the test to reach significance at
 * all, is an InconclusiveStatisticsError: the check cannot evaluate, and never passes silently.
 */
export const DEFAULT_MIN_SAMPLES = 5;

export interface ChangeStatistics {
  method: StatisticsSpec['method'];
  confidence: number;
  /** α = 1 − confidence, rounded so that a p-value of exactly α is not significant. */
  alpha: number;
  /** Point estimate of Δ from the samples. */
  estimate: number;
  /** Confidence bounds of Δ (bootstrap methods). */
  lower?: number;
  upper?: number;
  resamples?: number;
  seed?: number;
  /** One-sided p-value that the candidate is worse / better (Mann-Whitney). */
  pWorse?: number;
  pBetter?: number;
  /**
   * Mann-Whitney against a margin on Δ (oriented like Δ): `above` is the p-value of "Δ > margin", `below` of
   * "Δ < margin" (one-sided tests of the shifted sample).
   */
  pShift?: (margin: number, tail: 'above' | 'below') => number;
  /** Mean (bootstrap) or median (Mann-Whitney) of the baseline samples: the divisor of relative bounds. */
  baselineCenter: number;
  n: { candidate: number; baseline: number; paired?: number };
  /** twoProportion/welch: the test statistic (z or t), Welch's degrees of freedom, the sample size per arm computed up front. */
  statistic?: number;
  df?: number;
  requiredPerArm?: number;
}

export class StatisticsError extends Error {}
/** Too little data for the test to decide: the check is inconclusive. */
export class InconclusiveStatisticsError extends StatisticsError {}

export function changeStatistics(spec: StatisticsSpec, direction: Direction, candidate: SampleSet, baseline: SampleSet, defaultSeed: number): ChangeStatistics {
  const s = direction === 'higher' ? 1 : -1;
  const confidence = spec.confidence ?? 0.95;
  const seed = spec.seed ?? defaultSeed;
  const resamples = spec.resamples ?? 2000;
  const minSamples = spec.minSamples ?? DEFAULT_MIN_SAMPLES;
  const alpha = significanceLevel(confidence);
  for (const [side, set] of [['candidate', candidate], ['baseline', baseline]] as const) {
    const bad = set.values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new StatisticsError(`${side} sample #${bad + 1} is ${set.values[bad]}: statistics need finite samples`);
  }
  const fewest = Math.min(candidate.values.length, baseline.values.length);
  if (fewest < Math.max(2, minSamples)) {
    throw new InconclusiveStatisticsError(
      `inconclusive: ${candidate.values.length} candidate and ${baseline.values.length} baseline sample(s), fewer than the ${Math.max(2, minSamples)} per side statistics.minSamples requires${spec.minSamples === undefined ? ` (default ${DEFAULT_MIN_SAMPLES})` : ''}`,
    );
  }
  if (spec.method === 'mannWhitney') {
    const floor = mannWhitneyMinimumPValue(candidate.values.length, baseline.values.length);
    if (!(floor < alpha)) {
      throw new InconclusiveStatisticsError(
        `inconclusive: with ${candidate.values.length} and ${baseline.values.length} samples the smallest one-sided Mann-Whitney p-value is ${floor.toPrecision(3)}, not below α = ${alpha}: the test cannot detect any change at confidence ${confidence}`,
      );
    }
  }
  const n = { candidate: candidate.values.length, baseline: baseline.values.length };
  if (spec.method === 'twoProportion' || spec.method === 'welch') return winnerTest(spec, s, candidate.values, baseline.values, confidence, alpha, n);
  const diff = (x: readonly number[], y: readonly number[]) => s * (mean(x) - mean(y));
  try {
    if (spec.method === 'pairedBootstrap') {
      const [x, y] = pair(candidate, baseline);
      const ci = pairedBootstrapCI(x, y, diff, { iterations: resamples, confidence, seed });
      return { method: spec.method, confidence, alpha, estimate: ci.estimate, lower: ci.lower, upper: ci.upper, resamples, seed, baselineCenter: mean(y), n: { ...n, paired: x.length } };
    }
    if (spec.method === 'bootstrap') {
      const ci = bootstrapTwoSampleCI(candidate.values, baseline.values, diff, { iterations: resamples, confidence, seed });
      return { method: spec.method, confidence, alpha, estimate: ci.estimate, lower: ci.lower, upper: ci.upper, resamples, seed, baselineCenter: mean(baseline.values), n };
    }
    // Worse for the candidate = lower values when higher is better.
    const lowerTail = mannWhitneyU(candidate.values, baseline.values, { alternative: 'less' }).pValue;
    const upperTail = mannWhitneyU(candidate.values, baseline.values, { alternative: 'greater' }).pValue;
    // Oriented samples (s·value): "better" is always "greater", so a margin on Δ is a margin on the shift.
    const c = candidate.values.map((v) => s * v);
    const b = baseline.values.map((v) => s * v);
    const pShift = (margin: number, tail: 'above' | 'below') => mannWhitneyShiftTest(c, b, margin, tail === 'above' ? 'greater' : 'less').pValue;
    return {
      method: spec.method,
      confidence,
      alpha,
      pShift,
      estimate: s * hodgesLehmannShift(candidate.values, baseline.values),
      pWorse: s > 0 ? lowerTail : upperTail,
      pBetter: s > 0 ? upperTail : lowerTail,
      baselineCenter: median(baseline.values),
      n,
    };
  } catch (err) {
    if (err instanceof RangeError) throw new StatisticsError(err.message);
    throw err;
  }
}

/**
 * The A/B winner test on an outcome (src/core/stats/ab-test.ts): two-proportion z-test for 0/1 outcomes,
 * Welch's t-test for continuous ones; the interval of Δ decides the change bounds like a bootstrap's. With a
 * `minimumDetectableEffect`, the sample size per arm for it (at α and `power`) is computed first, and a
 * shorter sample is inconclusive: peeking at a short sample never crowns a winner.
 */
function winnerTest(spec: StatisticsSpec, s: number, c: readonly number[], b: readonly number[], confidence: number, alpha: number, n: ChangeStatistics['n']): ChangeStatistics {
  const power = spec.power ?? 0.8;
  const mde = spec.minimumDetectableEffect;
  let requiredPerArm: number | undefined;
  let test;
  if (spec.method === 'twoProportion') {
    for (const [side, xs] of [['candidate', c], ['baseline', b]] as const) {
      const bad = xs.findIndex((x) => x !== 0 && x !== 1);
      if (bad >= 0) throw new StatisticsError(`twoProportion needs 0/1 outcomes; ${side} sample #${bad + 1} is ${xs[bad]} (use welch for continuous outcomes)`);
    }
    const x1 = c.reduce((t, x) => t + x, 0);
    const x0 = b.reduce((t, x) => t + x, 0);
    if (mde !== undefined) requiredPerArm = sized(() => sampleSizeTwoProportions(spec.baselineRate ?? x0 / b.length, Math.abs(mde), alpha, power));
    test = twoProportionTest(x1, c.length, x0, b.length, confidence);
  } else {
    const m1 = moments(c);
    const m0 = moments(b);
    if (mde !== undefined) requiredPerArm = sized(() => sampleSizeMeans(spec.standardDeviation ?? Math.sqrt(((m1.n - 1) * m1.variance + (m0.n - 1) * m0.variance) / (m1.n + m0.n - 2)), Math.abs(mde), alpha, power));
    test = welchTest(m1, m0, confidence);
  }
  if (requiredPerArm !== undefined && Math.min(c.length, b.length) < requiredPerArm) {
    throw new InconclusiveStatisticsError(
      `inconclusive: ${c.length} candidate and ${b.length} baseline outcome(s); detecting a difference of ${mde} at α = ${alpha} with power ${power} needs ${requiredPerArm} per arm (computed up front; the sample is still short)`,
    );
  }
  const [lower, upper] = s > 0 ? [test.lower, test.upper] : [-test.upper, -test.lower];
  return {
    method: spec.method,
    confidence,
    alpha,
    estimate: s * test.difference,
    lower,
    upper,
    pWorse: s > 0 ? test.pLess : test.pGreater,
    pBetter: s > 0 ? test.pGreater : test.pLess,
    statistic: test.statistic,
    ...(test.df !== undefined ? { df: test.df } : {}),
    ...(requiredPerArm !== undefined ? { requiredPerArm } : {}),
    baselineCenter: mean(b),
    n,
  };
}

function sized(size: () => number): number {
  try {
    return size();
  } catch (err) {
    throw new StatisticsError(`cannot size the test: ${(err as Error).message}`);
  }
}

function moments(xs: readonly number[]): { n: number; mean: number; variance: number } {
  const m = mean(xs);
  return { n: xs.length, mean: m, variance: xs.reduce((t, x) => t + (x - m) ** 2, 0) / (xs.length - 1) };
}

/** Pairs two models' per-example values: by id when both sides carry ids, else by position. */
export function pair(candidate: SampleSet, baseline: SampleSet): [number[], number[]] {
  if (candidate.ids && baseline.ids) {
    const byId = new Map(baseline.ids.map((id, i) => [id, baseline.values[i]]));
    const x: number[] = [];
    const y: number[] = [];
    const unmatched: string[] = [];
    candidate.ids.forEach((id, i) => {
      const b = byId.get(id);
      if (b === undefined) unmatched.push(id);
      else {
        x.push(candidate.values[i]);
        y.push(b);
      }
    });
    if (unmatched.length > 0 || x.length !== baseline.values.length) {
      throw new StatisticsError(
        `paired samples need the same examples on both sides: ${unmatched.length} candidate id(s) not in the baseline (e.g. ${unmatched.slice(0, 3).join(', ') || '—'}), ${baseline.values.length - x.length} baseline id(s) not in the candidate`,
      );
    }
    return [x, y];
  }
  if (candidate.values.length !== baseline.values.length) {
    throw new StatisticsError(`paired samples differ in length (${candidate.values.length} vs ${baseline.values.length}) and carry no ids to pair them by`);
  }
  return [[...candidate.values], [...baseline.values]];
}
