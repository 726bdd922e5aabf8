import { normalSf } from '../core/stats/normal.js';

/**
 * Drift statistics over weighted samples (a KLL sketch's items with their weights, or raw values with weight
 * 1), defined as SciPy and Evidently define them. Sorted input: `values` ascending.
 */
export interface WeightedSample {
  values: ArrayLike<number>;
  weights: ArrayLike<number>;
}

function total(s: WeightedSample): number {
  let t = 0;
  for (let i = 0; i < s.weights.length; i++) t += s.weights[i];
  return t;
}

/** Walks both samples' empirical CDFs at every distinct value: f(x, Fa(x), Fb(x), next x). */
function walkCdfs(a: WeightedSample, b: WeightedSample, visit: (x: number, fa: number, fb: number, next: number) => void): void {
  const ta = total(a);
  const tb = total(b);
  let i = 0;
  let j = 0;
  let ca = 0;
  let cb = 0;
  while (i < a.values.length || j < b.values.length) {
    const x = Math.min(i < a.values.length ? a.values[i] : Infinity, j < b.values.length ? b.values[j] : Infinity);
    while (i < a.values.length && a.values[i] === x) ca += a.weights[i++];
    while (j < b.values.length && b.values[j] === x) cb += b.weights[j++];
    const next = Math.min(i < a.values.length ? a.values[i] : Infinity, j < b.values.length ? b.values[j] : Infinity);
    visit(x, ca / ta, cb / tb, next);
  }
}

/** The two-sample Kolmogorov-Smirnov statistic: sup |Fa - Fb| (scipy.stats.ks_2samp's `statistic`). */
export function ksStatistic(a: WeightedSample, b: WeightedSample): number {
  let d = 0;
  walkCdfs(a, b, (_x, fa, fb) => {
    d = Math.max(d, Math.abs(fa - fb));
  });
  return d;
}

/**
 * The two-sided p-value of a KS statistic for samples of n and m values, as SciPy's ks_2samp(method='asymp')
 * defines it: the one-sample Kolmogorov distribution at N = round(nm/(n+m)), P(D_N >= d). Computed exactly
 * (Marsaglia, Tsang and Wang 2003) while the matrix it needs is small (N d < MTW_LIMIT, which covers every
 * p-value above about 0.002 for N <= 1000, Evidently's KS range) and N <= 100000; past that, Kolmogorov's limit
 * with Stephens' correction Q((sqrt(N) + 0.12 + 0.11/sqrt(N)) d), within 1e-4 of SciPy there (measured on a
 * grid, test/monitor/statistics.test.ts).
 */
export function ksPValue(d: number, n: number, m: number): number {
  if (n === 0 || m === 0) return Number.NaN;
  if (d <= 0) return 1;
  const en = Math.round((n * m) / (n + m));
  if (en >= 1 && en <= MTW_MAX_N && en * d < MTW_LIMIT) return Math.min(1, Math.max(0, 1 - kolmogorovCdfExact(en, d)));
  const s = Math.sqrt(en);
  return kolmogorovSf((s + 0.12 + 0.11 / s) * d);
}

const MTW_LIMIT = 60;
/** Past this N the exact method's O(N) scaling loop costs more than it brings: Stephens is within 1e-4 there. */
const MTW_MAX_N = 100_000;

/** P(D_n < d), Marsaglia, Tsang and Wang, "Evaluating Kolmogorov's distribution" (J. Stat. Softw. 8(18), 2003). */
function kolmogorovCdfExact(n: number, d: number): number {
  const k = Math.floor(n * d) + 1;
  const size = 2 * k - 1;
  const h = k - n * d;
  const H = new Float64Array(size * size);
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) H[i * size + j] = i - j + 1 < 0 ? 0 : 1;
  for (let i = 0; i < size; i++) {
    H[i * size] -= h ** (i + 1);
    H[(size - 1) * size + i] -= h ** (size - i);
  }
  H[(size - 1) * size] += 2 * h - 1 > 0 ? (2 * h - 1) ** size : 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      if (i - j + 1 > 0) for (let g = 1; g <= i - j + 1; g++) H[i * size + j] /= g;
    }
  }
  const { matrix, exponent } = matrixPower(H, 0, size, n);
  let s = matrix[(k - 1) * size + k - 1];
  let e = exponent;
  for (let i = 1; i <= n; i++) {
    s = (s * i) / n;
    if (s < 1e-140) {
      s *= 1e140;
      e -= 140;
    }
  }
  return s * 10 ** e;
}

/** A^p with a decimal exponent carried beside the matrix so the entries never overflow. */
function matrixPower(a: Float64Array, ea: number, size: number, p: number): { matrix: Float64Array; exponent: number } {
  if (p === 1) return { matrix: a, exponent: ea };
  const half = matrixPower(a, ea, size, Math.floor(p / 2));
  let v = multiply(half.matrix, half.matrix, size);
  let ev = 2 * half.exponent;
  if (p % 2 === 1) {
    v = multiply(a, v, size);
    ev += ea;
  }
  if (v[Math.floor(size / 2) * size + Math.floor(size / 2)] > 1e140) {
    for (let i = 0; i < v.length; i++) v[i] *= 1e-140;
    ev += 140;
  }
  return { matrix: v, exponent: ev };
}

function multiply(a: Float64Array, b: Float64Array, size: number): Float64Array {
  const c = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let k = 0; k < size; k++) {
      const aik = a[i * size + k];
      if (aik === 0) continue;
      for (let j = 0; j < size; j++) c[i * size + j] += aik * b[k * size + j];
    }
  }
  return c;
}

/** Q_KS(λ) = 2 Σ (-1)^(j-1) exp(-2 j² λ²), the survival function of Kolmogorov's distribution. */
function kolmogorovSf(lambda: number): number {
  if (lambda < 0.2) return 1;
  let sum = 0;
  let sign = 1;
  for (let j = 1; j <= 100; j++) {
    const term = sign * Math.exp(-2 * j * j * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-16 * Math.abs(sum)) break;
    sign = -sign;
  }
  return Math.min(1, Math.max(0, 2 * sum));
}

/** The first Wasserstein distance: ∫ |Fa - Fb| dx (scipy.stats.wasserstein_distance with weights). */
export function wasserstein(a: WeightedSample, b: WeightedSample): number {
  let w = 0;
  walkCdfs(a, b, (x, fa, fb, next) => {
    if (next !== Infinity) w += Math.abs(fa - fb) * (next - x);
  });
  return w;
}

/** The bin edges numpy's histogram_bin_edges(bins='sturges') gives for n values spanning [lo, hi]. */
export function sturgesEdges(lo: number, hi: number, n: number): number[] {
  if (!(hi > lo)) return [lo - 0.5, hi + 0.5];
  const width = (hi - lo) / (Math.log2(n) + 1);
  const bins = Math.max(1, Math.ceil((hi - lo) / width));
  const edges: number[] = [];
  // numpy.linspace: lo + i * step, last edge exactly hi.
  for (let i = 0; i <= bins; i++) edges.push(i === bins ? hi : lo + (i * (hi - lo)) / bins);
  return edges;
}

/** Counts per bin as numpy.histogram does (bins half-open [e_i, e_i+1), the last closed), divided by the total. */
export function binShares(s: WeightedSample, edges: number[]): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  const t = total(s);
  const last = edges.length - 2;
  let bin = 0;
  for (let i = 0; i < s.values.length; i++) {
    const x = s.values[i];
    if (x < edges[0] || x > edges[last + 1]) continue;
    while (bin < last && x >= edges[bin + 1]) bin++;
    counts[bin] += s.weights[i];
  }
  return counts.map((c) => c / t);
}

/**
 * Evidently's treatment of empty bins before PSI and Jensen-Shannon: zero shares become 0.0001, or a
 * millionth of the smallest share when that is already at most 0.0001.
 */
export function fillZeroes(shares: number[]): number[] {
  const positive = shares.filter((p) => p > 0);
  if (positive.length === 0) return shares;
  const smallest = Math.min(...positive);
  const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
  return shares.map((p) => (p === 0 ? fill : p));
}

/** Population stability index: Σ (ref - cur) ln(ref / cur), on shares with no zero. */
export function psi(reference: number[], current: number[]): number {
  let s = 0;
  for (let i = 0; i < reference.length; i++) s += (reference[i] - current[i]) * Math.log(reference[i] / current[i]);
  return s;
}

/** Jensen-Shannon distance, natural log (scipy.spatial.distance.jensenshannon): both vectors normalised first. */
export function jensenShannon(p: number[], q: number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / sp;
    const qi = q[i] / sq;
    const mi = (pi + qi) / 2;
    if (pi > 0) js += pi * Math.log(pi / mi);
    if (qi > 0) js += qi * Math.log(qi / mi);
  }
  return Math.sqrt(Math.max(0, js / 2));
}

/**
 * Pearson's chi-square test of independence on the 2 x K table of reference and current counts
 * (scipy.stats.chi2_contingency with its default Yates correction, which applies when K = 2).
 * Categories empty in both samples must be left out by the caller.
 */
export function chiSquare(reference: number[], current: number[]): { statistic: number; pvalue: number; dof: number } {
  const k = reference.length;
  const nr = reference.reduce((a, b) => a + b, 0);
  const nc = current.reduce((a, b) => a + b, 0);
  const n = nr + nc;
  const dof = k - 1;
  if (dof < 1) return { statistic: 0, pvalue: 1, dof: 0 };
  let statistic = 0;
  for (let i = 0; i < k; i++) {
    const col = reference[i] + current[i];
    for (const [observed, rowTotal] of [[reference[i], nr], [current[i], nc]] as const) {
      const expected = (rowTotal * col) / n;
      let diff = Math.abs(observed - expected);
      if (dof === 1) diff = Math.max(0, diff - Math.min(0.5, diff));
      statistic += (diff * diff) / expected;
    }
  }
  return { statistic, pvalue: chiSquareSf(statistic, dof), dof };
}

/** P(X > x) for X ~ chi-square with `dof` degrees of freedom: the regularised upper incomplete gamma Q(dof/2, x/2). */
export function chiSquareSf(x: number, dof: number): number {
  if (x <= 0) return 1;
  return gammaQ(dof / 2, x / 2);
}

/**
 * Evidently's Z-test for a feature with two values: the pooled two-proportion z statistic on the share of
 * one value (the first in sort order), two-sided p-value.
 */
export function proportionZTest(refHits: number, refTotal: number, curHits: number, curTotal: number): number {
  const p1 = refHits / refTotal;
  const p2 = curHits / curTotal;
  const pooled = (refHits + curHits) / (refTotal + curTotal);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / refTotal + 1 / curTotal));
  if (se === 0) return p1 === p2 ? 1 : 0;
  return 2 * normalSf(Math.abs((p1 - p2) / se));
}

/** ln Γ(x), Lanczos (g = 7, n = 9), relative error ~1e-15. */
function lnGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised upper incomplete gamma Q(a, x): series below a+1, Lentz's continued fraction above (Numerical Recipes 6.2). */
function gammaQ(a: number, x: number): number {
  const gln = lnGamma(a);
  if (x < a + 1) {
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let i = 0; i < 1000; i++) {
      ap++;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-16) break;
    }
    return Math.max(0, 1 - sum * Math.exp(-x + a * Math.log(x) - gln));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(-x + a * Math.log(x) - gln) * h;
}
