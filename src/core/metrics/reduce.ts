import { quantile } from '../stats/descriptive.js';

/** How a series of values becomes one number (Prometheus range results, repeated measurements). */
export const REDUCERS = ['last', 'first', 'mean', 'median', 'min', 'max', 'sum', 'count', 'p50', 'p90', 'p95', 'p99'] as const;
export type Reducer = (typeof REDUCERS)[number];

/**
 * Reduces values in time order. NaN propagates (a NaN among the points makes mean/sum/min/max NaN) so the
 * gate's non-finite policy sees it: a NaN from a division by zero traffic must never read as "fine".
 */
export function reduceValues(values: readonly number[], how: Reducer): number {
  if (values.length === 0) throw new RangeError('reduce: no values');
  const hasNaN = values.some(Number.isNaN);
  switch (how) {
    case 'last':
      return values[values.length - 1];
    case 'first':
      return values[0];
    case 'count':
      return values.length;
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'mean':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'min':
      return hasNaN ? NaN : Math.min(...values);
    case 'max':
      return hasNaN ? NaN : Math.max(...values);
    default: {
      if (hasNaN) return NaN;
      const finite = values.filter(Number.isFinite);
      // quantile() refuses infinities; an infinite point is the extreme of its side, so it wins max-like quantiles.
      if (finite.length !== values.length) return how === 'median' || how === 'p50' ? quantileWithInf(values, 0.5) : quantileWithInf(values, Number(how.slice(1)) / 100);
      return quantile(finite, how === 'median' ? 0.5 : Number(how.slice(1)) / 100);
    }
  }
}

function quantileWithInf(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = sorted[Math.floor(pos)];
  const hi = sorted[Math.ceil(pos)];
  if (lo === hi) return lo;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return pos - Math.floor(pos) < 0.5 ? lo : hi;
  return lo + (hi - lo) * (pos - Math.floor(pos));
}
