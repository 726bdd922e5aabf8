import { median } from './descriptive.js';
import { normalCdf, normalSf } from './normal.js';

/**
 * Mann-Whitney U test (Wilcoxon rank-sum) for two independent samples. Rank-based, so it needs no
 * normality and shrugs off the outliers CI machines produce. Conventions follow scipy.stats.mannwhitneyu:
 * `u` is the statistic of `x`; alternative `greater` asks whether x tends to be larger than y.
 */
export type Alternative = 'two-sided' | 'greater' | 'less';

export interface MannWhitneyOptions {
  alternative?: Alternative;
  /** `auto` (default): exact distribution when there are no ties and it is cheap; else the normal approximation. */
  method?: 'auto' | 'exact' | 'normal';
  /** Continuity correction of the normal approximation (default true, as scipy). */
  continuity?: boolean;
}

export interface MannWhitneyResult {
  /** U of x: the number of pairs (x_i, y_j) with x_i > y_j, ties counting one half. */
  u: number;
  /** U of y = n1*n2 - u. */
  uOther: number;
  n1: number;
  n2: number;
  pValue: number;
  method: 'exact' | 'normal';
  alternative: Alternative;
  /** The z score of the normal approximation (after tie and continuity corrections); undefined when exact. */
  z?: number;
  /** Whether tied values were present (the exact method is then unavailable). */
  ties: boolean;
  /** Common-language effect size: P(x > y) + P(x = y)/2 = u / (n1*n2). 0.5 means no tendency. */
  commonLanguageEffect: number;
  /** Rank-biserial correlation 2*CLES - 1, in [-1, 1]. */
  rankBiserial: number;
}

/** Largest C(n1+n2, n1) for which the exact counts stay exact in doubles (< 2^53). */
const EXACT_LIMIT = 2 ** 53;

function checkSample(values: readonly number[], what: string): void {
  if (values.length === 0) throw new RangeError(`mannWhitneyU: ${what} is empty`);
  for (const v of values) if (Number.isNaN(v)) throw new RangeError(`mannWhitneyU: ${what} holds NaN`);
}

/** Midranks of the pooled sample, plus the tie term sum(t^3 - t) for the variance correction. */
function rank(x: readonly number[], y: readonly number[]): { rankSumX: number; tieTerm: number } {
  const pooled = x.map((v) => ({ v, fromX: true })).concat(y.map((v) => ({ v, fromX: false })));
  pooled.sort((a, b) => a.v - b.v);
  let rankSumX = 0;
  let tieTerm = 0;
  let i = 0;
  while (i < pooled.length) {
    let j = i;
    while (j + 1 < pooled.length && pooled[j + 1].v === pooled[i].v) j++;
    const midrank = (i + j + 2) / 2;
    const t = j - i + 1;
    if (t > 1) tieTerm += t ** 3 - t;
    for (let k = i; k <= j; k++) if (pooled[k].fromX) rankSumX += midrank;
    i = j + 1;
  }
  return { rankSumX, tieTerm };
}

function logBinomial(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
  return s;
}

/**
 * Counts of each U value (0..n1*n2) under the null, as the coefficients of the Gaussian binomial
 * [n1+n2 choose n1]_q = prod_{i=1..n1} (1 - q^(n2+i)) / (1 - q^i). Integer-valued and exact below EXACT_LIMIT.
 */
export function exactUCounts(n1: number, n2: number): Float64Array {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const size = m * n + 1;
  const poly = new Float64Array(size);
  poly[0] = 1;
  for (let i = 1; i <= m; i++) {
    const up = n + i;
    for (let k = size - 1; k >= up; k--) poly[k] -= poly[k - up];
    for (let k = i; k < size; k++) poly[k] += poly[k - i];
  }
  return poly;
}

function exactPValue(u: number, n1: number, n2: number, alternative: Alternative): number {
  const counts = exactUCounts(n1, n2);
  let total = 0;
  for (const c of counts) total += c;
  // u is an integer when there are no ties.
  let atLeast = 0;
  for (let k = u; k < counts.length; k++) atLeast += counts[k];
  let atMost = 0;
  for (let k = 0; k <= u; k++) atMost += counts[k];
  const pGreater = atLeast / total;
  const pLess = atMost / total;
  if (alternative === 'greater') return pGreater;
  if (alternative === 'less') return pLess;
  return Math.min(1, 2 * Math.min(pGreater, pLess));
}

export function mannWhitneyU(x: readonly number[], y: readonly number[], options: MannWhitneyOptions = {}): MannWhitneyResult {
  checkSample(x, 'x');
  checkSample(y, 'y');
  const alternative = options.alternative ?? 'two-sided';
  const continuity = options.continuity ?? true;
  const n1 = x.length;
  const n2 = y.length;
  const { rankSumX, tieTerm } = rank(x, y);
  const u = rankSumX - (n1 * (n1 + 1)) / 2;
  const uOther = n1 * n2 - u;
  const ties = tieTerm > 0;
  const exactAffordable = !ties && logBinomial(n1 + n2, Math.min(n1, n2)) < Math.log(EXACT_LIMIT) && n1 * n2 <= 10_000;
  const requested = options.method ?? 'auto';
  if (requested === 'exact' && !exactAffordable) {
    throw new RangeError(ties ? 'mannWhitneyU: the exact method needs samples without ties' : 'mannWhitneyU: samples too large for the exact method');
  }
  const method: 'exact' | 'normal' = requested === 'normal' ? 'normal' : exactAffordable ? 'exact' : 'normal';
  const cles = u / (n1 * n2);
  const base = { u, uOther, n1, n2, method, alternative, ties, commonLanguageEffect: cles, rankBiserial: 2 * cles - 1 };
  if (method === 'exact') return { ...base, pValue: exactPValue(u, n1, n2, alternative) };

  const n = n1 + n2;
  const mu = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  // Every value equal: no evidence either way.
  if (!(variance > 0)) return { ...base, pValue: 1, z: 0 };
  const sigma = Math.sqrt(variance);
  const cc = continuity ? 0.5 : 0;
  let z: number;
  let pValue: number;
  if (alternative === 'greater') {
    z = (u - mu - cc) / sigma;
    pValue = normalSf(z);
  } else if (alternative === 'less') {
    z = (u - mu + cc) / sigma;
    pValue = normalCdf(z);
  } else {
    z = (Math.max(u, uOther) - mu - cc) / sigma;
    pValue = Math.min(1, 2 * normalSf(z));
  }
  return { ...base, z, pValue: Math.min(1, Math.max(0, pValue)) };
}

/** Hodges-Lehmann estimate of the shift x - y: the median of all pairwise differences. */
export function hodgesLehmannShift(x: readonly number[], y: readonly number[]): number {
  checkSample(x, 'x');
  checkSample(y, 'y');
  const diffs: number[] = [];
  for (const a of x) for (const b of y) diffs.push(a - b);
  return median(diffs);
}

/**
 * One-sided Mann-Whitney test of a shift against a margin: `greater` tests H1 "x − y is shifted by more than
 * `margin`", `less` tests H1 "by less than `margin`", by testing (x − margin) against y (the test inverted
 * to give the Hodges-Lehmann confidence bounds). With margin 0 it is the ordinary one-sided test.
 */
export function mannWhitneyShiftTest(x: readonly number[], y: readonly number[], margin: number, alternative: 'greater' | 'less', options: Omit<MannWhitneyOptions, 'alternative'> = {}): MannWhitneyResult {
  if (!Number.isFinite(margin)) throw new RangeError(`mannWhitneyShiftTest: the margin must be finite, got ${margin}`);
  return mannWhitneyU(margin === 0 ? x : x.map((v) => v - margin), y, { ...options, alternative });
}

/**
 * The smallest one-sided p-value samples of these sizes can give (complete separation, no ties): 1 / C(n1+n2, n1).
 * When it is not below α the test cannot reject whatever the data: 3 against 3 gives 1/20 = 0.05.
 */
export function mannWhitneyMinimumPValue(n1: number, n2: number): number {
  if (!(Number.isInteger(n1) && Number.isInteger(n2) && n1 > 0 && n2 > 0)) throw new RangeError(`mannWhitneyMinimumPValue: sizes must be positive integers, got ${n1} and ${n2}`);
  const k = Math.min(n1, n2);
  // Exact integer arithmetic while C(n1+n2, k) stays below 2^53 (each partial product is itself a binomial).
  let c = 1;
  for (let i = 1; i <= k; i++) {
    c = (c * (n1 + n2 - k + i)) / i;
    if (c > Number.MAX_SAFE_INTEGER) return Math.exp(-logBinomial(n1 + n2, k));
  }
  return 1 / c;
}
