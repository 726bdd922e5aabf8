import { median } from './descriptive.js';
import type { Alternative } from './mann-whitney.js';
import { normalCdf, normalSf } from './normal.js';

/**
 * Wilcoxon signed-rank test for paired samples (or one sample of differences against a shift). Rank-based:
 * a trial disturbed by a noisy neighbour counts as one rank, however far off it is. Conventions follow
 * scipy.stats.wilcoxon: `d = x - y - shift`; `statistic` is R+ (the rank sum of positive differences) for a
 * one-sided test and min(R+, R-) for a two-sided one; alternative `greater` asks whether d tends to be
 * positive (x larger than y + shift).
 *
 * `method: 'auto'` uses the exact null distribution of R+ when there are at most 50 non-zero differences,
 * no zero and no tie, and the normal approximation otherwise, with the tie correction of the variance and,
 * for zeros, either dropping them (`wilcox`, the default) or ranking them and then dropping their ranks
 * (`pratt`, with Cureton's correction of the mean and variance). Unlike scipy 1.10, ties always switch to
 * the normal approximation: the exact table only holds for integer ranks.
 */
export interface WilcoxonOptions {
  alternative?: Alternative;
  method?: 'auto' | 'exact' | 'normal';
  zeroMethod?: 'wilcox' | 'pratt';
  /** Continuity correction of the normal approximation (default false, as scipy.stats.wilcoxon). */
  continuity?: boolean;
  /** Subtracted from every difference before ranking: tests H0 "the median difference is `shift`". */
  shift?: number;
}

export interface WilcoxonResult {
  /** R+ for one-sided alternatives, min(R+, R-) for two-sided (as scipy). */
  statistic: number;
  rPlus: number;
  rMinus: number;
  /** Differences ranked (zeros excluded under `wilcox`, included under `pratt`). */
  n: number;
  zeros: number;
  ties: boolean;
  pValue: number;
  method: 'exact' | 'normal';
  alternative: Alternative;
  /** The z score of the normal approximation; undefined when exact. */
  z?: number;
}

/** Largest n of the exact distribution (scipy's limit; the counts stay exact in doubles well beyond it). */
export const WILCOXON_EXACT_MAX_N = 50;

/** Counts of each R+ value 0..n(n+1)/2 under the null: the coefficients of prod_{k=1..n} (1 + q^k). */
export function exactSignedRankCounts(n: number): Float64Array {
  const size = (n * (n + 1)) / 2 + 1;
  const counts = new Float64Array(size);
  counts[0] = 1;
  for (let k = 1; k <= n; k++) for (let s = (k * (k + 1)) / 2; s >= k; s--) counts[s] += counts[s - k];
  return counts;
}

/** Midranks of |d| (1-based) and the tie groups' sizes. */
function absRanks(d: readonly number[]): { ranks: number[]; tieSizes: number[] } {
  const order = d.map((v, i) => ({ a: Math.abs(v), i })).sort((p, q) => p.a - q.a);
  const ranks = new Array<number>(d.length);
  const tieSizes: number[] = [];
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1].a === order[i].a) j++;
    const midrank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k].i] = midrank;
    if (j > i) tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}

export function wilcoxonSignedRank(x: readonly number[], y?: readonly number[], options: WilcoxonOptions = {}): WilcoxonResult {
  if (x.length === 0) throw new RangeError('wilcoxonSignedRank: the sample is empty');
  if (y && y.length !== x.length) throw new RangeError(`wilcoxonSignedRank: paired samples differ in length (${x.length} vs ${y.length})`);
  const shift = options.shift ?? 0;
  const all = x.map((v, i) => v - (y ? y[i] : 0) - shift);
  for (const v of all) if (!Number.isFinite(v)) throw new RangeError(`wilcoxonSignedRank: a difference is not finite (${v})`);
  const alternative = options.alternative ?? 'two-sided';
  const zeroMethod = options.zeroMethod ?? 'wilcox';
  const zeros = all.filter((v) => v === 0).length;
  if (zeros === all.length) throw new RangeError('wilcoxonSignedRank: every difference is zero; there is nothing to rank');
  const d = zeroMethod === 'wilcox' ? all.filter((v) => v !== 0) : all;
  const { ranks, tieSizes } = absRanks(d);
  let rPlus = 0;
  let rMinus = 0;
  d.forEach((v, i) => {
    if (v > 0) rPlus += ranks[i];
    else if (v < 0) rMinus += ranks[i];
  });
  const n = d.length;
  const ties = tieSizes.length > 0;
  const statistic = alternative === 'two-sided' ? Math.min(rPlus, rMinus) : rPlus;
  const exactPossible = !ties && zeros === 0 && n <= WILCOXON_EXACT_MAX_N;
  const requested = options.method ?? 'auto';
  if (requested === 'exact' && !exactPossible) {
    throw new RangeError(`wilcoxonSignedRank: the exact method needs at most ${WILCOXON_EXACT_MAX_N} differences with no zero and no tie`);
  }
  const method: 'exact' | 'normal' = requested === 'normal' || !exactPossible ? 'normal' : 'exact';
  const base = { statistic, rPlus, rMinus, n, zeros, ties, method, alternative };
  if (method === 'exact') {
    const counts = exactSignedRankCounts(n);
    const total = 2 ** n;
    let atLeast = 0;
    for (let s = rPlus; s < counts.length; s++) atLeast += counts[s];
    let atMost = 0;
    for (let s = 0; s <= rPlus; s++) atMost += counts[s];
    const pGreater = atLeast / total;
    const pLess = atMost / total;
    const center = (counts.length - 1) / 2;
    const pValue = alternative === 'greater' ? pGreater : alternative === 'less' ? pLess : rPlus === center ? 1 : Math.min(1, 2 * Math.min(pGreater, pLess));
    return { ...base, pValue };
  }
  // Normal approximation with the tie correction; under `pratt` the zeros' ranks are left out (Cureton 1967).
  const z0 = zeroMethod === 'pratt' ? zeros : 0;
  const mean = (n * (n + 1)) / 4 - (z0 * (z0 + 1)) / 4;
  let variance = n * (n + 1) * (2 * n + 1) - z0 * (z0 + 1) * (2 * z0 + 1);
  // Tie groups among the non-zero differences only (zeros are not part of R+ or R-).
  for (const t of tieGroupsOfRanks(d, ranks)) variance -= 0.5 * t * (t * t - 1);
  variance /= 24;
  if (!(variance > 0)) return { ...base, z: 0, pValue: 1 };
  const se = Math.sqrt(variance);
  const cc = options.continuity ? (alternative === 'two-sided' ? 0.5 * Math.sign(statistic - mean) : alternative === 'less' ? -0.5 : 0.5) : 0;
  const z = (statistic - mean - cc) / se;
  const pValue = alternative === 'greater' ? normalSf(z) : alternative === 'less' ? normalCdf(z) : 2 * normalSf(Math.abs(z));
  return { ...base, z, pValue: Math.min(1, Math.max(0, pValue)) };
}

/** Sizes of groups of equal ranks among the non-zero differences (what scipy's find_repeats sees under pratt). */
function tieGroupsOfRanks(d: readonly number[], ranks: readonly number[]): number[] {
  const byRank = new Map<number, number>();
  d.forEach((v, i) => {
    if (v !== 0) byRank.set(ranks[i], (byRank.get(ranks[i]) ?? 0) + 1);
  });
  return [...byRank.values()].filter((t) => t > 1);
}

/**
 * Hodges-Lehmann estimate of the centre of one sample of differences: the median of its Walsh averages
 * (d_i + d_j) / 2, i <= j. The estimate that goes with the signed-rank test, robust to a stray value.
 */
export function hodgesLehmannCenter(d: readonly number[]): number {
  if (d.length === 0) throw new RangeError('hodgesLehmannCenter: the sample is empty');
  const walsh: number[] = [];
  for (let i = 0; i < d.length; i++) for (let j = i; j < d.length; j++) walsh.push((d[i] + d[j]) / 2);
  return median(walsh);
}

/** The smallest one-sided p-value the exact test can give with n differences (2^-n): below alpha, or blind. */
export function smallestSignedRankP(n: number): number {
  return 2 ** -n;
}
