import type { SampleSet } from '../core/metrics/index.js';
import { bootstrapTwoSampleCI, pairedBootstrapCI } from '../core/stats/bootstrap.js';
import { mean, median } from '../core/stats/descriptive.js';
import { hodgesLehmannShift, mannWhitneyU } from '../core/stats/mann-whitney.js';
import type { Direction, StatisticsSpec } from './config.js';

/**
 * The uncertainty of a change, from per-example samples. Every figure is oriented like Δ: positive means
 * the candidate is better (s = +1 when higher is better, −1 when lower is better).
 * - pairedBootstrap: the same examples scored by both models (paired by `id` when both sides have ids,
 *   else by position); resamples example indices; CI of s·(mean(c) − mean(b));
 * - bootstrap: independent samples, each resampled on its own; same CI;
 * - mannWhitney: independent samples (latencies, live measurements); Hodges-Lehmann shift s·HL(c − b) and
 *   one-sided p-values for "candidate worse" and "candidate better".
 */
export interface ChangeStatistics {
  method: StatisticsSpec['method'];
  confidence: number;
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
  /** Mean (bootstrap) or median (Mann-Whitney) of the baseline samples: the divisor of relative bounds. */
  baselineCenter: number;
  n: { candidate: number; baseline: number; paired?: number };
}

export class StatisticsError extends Error {}

export function changeStatistics(spec: StatisticsSpec, direction: Direction, candidate: SampleSet, baseline: SampleSet, defaultSeed: number): ChangeStatistics {
  const s = direction === 'higher' ? 1 : -1;
  const confidence = spec.confidence ?? 0.95;
  const seed = spec.seed ?? defaultSeed;
  const resamples = spec.resamples ?? 2000;
  for (const [side, set] of [['candidate', candidate], ['baseline', baseline]] as const) {
    if (set.values.length < 2) throw new StatisticsError(`the ${side} has ${set.values.length} sample(s); statistics need at least 2`);
    const bad = set.values.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new StatisticsError(`${side} sample #${bad + 1} is ${set.values[bad]}: statistics need finite samples`);
  }
  const n = { candidate: candidate.values.length, baseline: baseline.values.length };
  const diff = (x: readonly number[], y: readonly number[]) => s * (mean(x) - mean(y));
  try {
    if (spec.method === 'pairedBootstrap') {
      const [x, y] = pair(candidate, baseline);
      const ci = pairedBootstrapCI(x, y, diff, { iterations: resamples, confidence, seed });
      return { method: spec.method, confidence, estimate: ci.estimate, lower: ci.lower, upper: ci.upper, resamples, seed, baselineCenter: mean(y), n: { ...n, paired: x.length } };
    }
    if (spec.method === 'bootstrap') {
      const ci = bootstrapTwoSampleCI(candidate.values, baseline.values, diff, { iterations: resamples, confidence, seed });
      return { method: spec.method, confidence, estimate: ci.estimate, lower: ci.lower, upper: ci.upper, resamples, seed, baselineCenter: mean(baseline.values), n };
    }
    // Worse for the candidate = lower values when higher is better.
    const lowerTail = mannWhitneyU(candidate.values, baseline.values, { alternative: 'less' }).pValue;
    const upperTail = mannWhitneyU(candidate.values, baseline.values, { alternative: 'greater' }).pValue;
    return {
      method: spec.method,
      confidence,
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
