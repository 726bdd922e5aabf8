/** Descriptive statistics over plain number arrays. Inputs are never mutated. */

function requireValues(values: readonly number[], what: string): void {
  if (values.length === 0) throw new RangeError(`${what}: no values`);
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`${what}: non-finite value ${v}`);
}

export function mean(values: readonly number[]): number {
  requireValues(values, 'mean');
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/** Sample standard deviation (n - 1); 0 for a single value. */
export function stddev(values: readonly number[]): number {
  requireValues(values, 'stddev');
  if (values.length < 2) return 0;
  const m = mean(values);
  let s = 0;
  for (const v of values) s += (v - m) ** 2;
  return Math.sqrt(s / (values.length - 1));
}

/** Quantile q in [0, 1] with linear interpolation between order statistics (numpy's default, type 7). */
export function quantile(values: readonly number[], q: number): number {
  requireValues(values, 'quantile');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Coefficient of variation (stddev / mean): the spread of repeated trials, unitless. */
export function coefficientOfVariation(values: readonly number[]): number {
  const m = mean(values);
  return m === 0 ? 0 : stddev(values) / Math.abs(m);
}
