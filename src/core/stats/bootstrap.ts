import { significanceLevel } from './significance.js';
import { mean, median, quantile } from './descriptive.js';
import { createRandom, type Random } from './random.js';

/**
 * Seeded percentile bootstrap. The same data and seed always give the same interval, so a CI verdict is
 * reproducible. Samples are resampled with replacement; the interval is the (1-c)/2 and (1+c)/2 quantiles
 * of the resampled statistic.
 */
export interface BootstrapOptions {
  /** Number of resamples (default 2000). */
  iterations?: number;
  /** Two-sided confidence level in (0, 1) (default 0.95). */
  confidence?: number;
  /** PRNG seed (default fixed) or a generator. */
  seed?: number | string;
  random?: Random;
}

export interface BootstrapInterval {
  /** The statistic on the original data. */
  estimate: number;
  lower: number;
  upper: number;
  confidence: number;
  iterations: number;
  /** Resamples whose statistic was not finite (e.g. a ratio over zero) and were left out. */
  discarded: number;
}

function settings(options: BootstrapOptions): { iterations: number; confidence: number; random: Random } {
  const iterations = options.iterations ?? 2000;
  const confidence = options.confidence ?? 0.95;
  if (!Number.isInteger(iterations) || iterations < 10) throw new RangeError(`bootstrap: iterations must be an integer >= 10, got ${iterations}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`bootstrap: confidence must be in (0, 1), got ${confidence}`);
  return { iterations, confidence, random: options.random ?? createRandom(options.seed) };
}

function resample(values: readonly number[], random: Random, out: number[]): number[] {
  for (let i = 0; i < values.length; i++) out[i] = values[random.int(values.length)];
  return out;
}

function checkSample(values: readonly number[], what: string): void {
  if (values.length === 0) throw new RangeError(`bootstrap: ${what} is empty`);
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`bootstrap: ${what} holds a non-finite value (${v})`);
}

function interval(estimate: number, stats: number[], confidence: number, iterations: number): BootstrapInterval {
  const finite = stats.filter(Number.isFinite);
  if (finite.length === 0) throw new RangeError('bootstrap: the statistic was not finite on any resample');
  const alpha = significanceLevel(confidence) / 2;
  return {
    estimate,
    lower: quantile(finite, alpha),
    upper: quantile(finite, 1 - alpha),
    confidence,
    iterations,
    discarded: stats.length - finite.length,
  };
}

/** Interval for a statistic of one sample. */
export function bootstrapCI(sample: readonly number[], statistic: (s: readonly number[]) => number, options: BootstrapOptions = {}): BootstrapInterval {
  checkSample(sample, 'sample');
  const { iterations, confidence, random } = settings(options);
  const buf = new Array<number>(sample.length);
  const stats: number[] = [];
  for (let i = 0; i < iterations; i++) stats.push(statistic(resample(sample, random, buf)));
  return interval(statistic(sample), stats, confidence, iterations);
}

/** Interval for a statistic of two independent samples, each resampled on its own (e.g. trials of A and B). */
export function bootstrapTwoSampleCI(
  x: readonly number[],
  y: readonly number[],
  statistic: (x: readonly number[], y: readonly number[]) => number,
  options: BootstrapOptions = {},
): BootstrapInterval {
  checkSample(x, 'x');
  checkSample(y, 'y');
  const { iterations, confidence, random } = settings(options);
  const bx = new Array<number>(x.length);
  const by = new Array<number>(y.length);
  const stats: number[] = [];
  for (let i = 0; i < iterations; i++) stats.push(statistic(resample(x, random, bx), resample(y, random, by)));
  return interval(statistic(x, y), stats, confidence, iterations);
}

/**
 * Interval for a statistic of paired samples (x[i] and y[i] measured on the same unit, e.g. per-example
 * losses of two models on one evaluation set): indices are resampled together, keeping the pairing.
 */
export function pairedBootstrapCI(
  x: readonly number[],
  y: readonly number[],
  statistic: (x: readonly number[], y: readonly number[]) => number,
  options: BootstrapOptions = {},
): BootstrapInterval {
  checkSample(x, 'x');
  checkSample(y, 'y');
  if (x.length !== y.length) throw new RangeError(`pairedBootstrapCI: samples differ in length (${x.length} vs ${y.length})`);
  const { iterations, confidence, random } = settings(options);
  const bx = new Array<number>(x.length);
  const by = new Array<number>(y.length);
  const stats: number[] = [];
  for (let i = 0; i < iterations; i++) {
    for (let k = 0; k < x.length; k++) {
      const j = random.int(x.length);
      bx[k] = x[j];
      by[k] = y[j];
    }
    stats.push(statistic(bx, by));
  }
  return interval(statistic(x, y), stats, confidence, iterations);
}

/**
 * Interval for the ratio statistic(candidate) / statistic(baseline) of two independent samples: 1.10 means
 * the candidate is 10% higher. `center` is the per-sample statistic (default median: robust to a stray trial).
 */
export function bootstrapRatioCI(
  candidate: readonly number[],
  baseline: readonly number[],
  options: BootstrapOptions & { center?: 'median' | 'mean' } = {},
): BootstrapInterval {
  const center = options.center === 'mean' ? mean : median;
  return bootstrapTwoSampleCI(candidate, baseline, (c, b) => center(c) / center(b), options);
}
