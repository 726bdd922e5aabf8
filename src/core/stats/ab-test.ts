import { normalCdf, normalSf } from './normal.js';

/**
 * A/B winner tests on an outcome: the two-proportion z-test for 0/1 outcomes, Welch's t-test for continuous
 * ones, their confidence intervals of the difference (candidate - baseline), and the minimum sample size per
 * arm for a minimum detectable effect, significance and power (the textbook normal-approximation formulas
 * statsmodels and G*Power use). Cross-checked against SciPy in test/core/stats/ab-test.test.ts.
 */

/**
 * The standard normal quantile: Acklam's rational approximation, polished by one Newton step on normalCdf
 * (whose erfc is good to ~1e-7 relative: quantiles to ~1e-7, ample for sample sizes and intervals).
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`a normal quantile needs p in (0, 1), got ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const e = normalCdf(x) - p;
  return x - e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
}

/** ln Γ(x), Lanczos (g = 7, n = 9), x > 0. */
function logGamma(x: number): number {
  const g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let s = g[0];
  for (let i = 1; i < 9; i++) s += g[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** The regularized incomplete beta I_x(a, b), by its continued fraction (modified Lentz). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)) / a;
  const tiny = 1e-300;
  let f = 1;
  let c = 1;
  let d = 0;
  for (let i = 0; i <= 400; i++) {
    const m = i >> 1;
    const num = i === 0 ? 1 : i % 2 === 0 ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) : -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    d = 1 / d;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    const cd = c * d;
    f *= cd;
    if (Math.abs(1 - cd) < 1e-15) break;
  }
  return front * (f - 1);
}

/** P(T > t) for Student's t with `df` degrees of freedom. */
export function studentTSf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

/** The Student t quantile, by bisection on studentTSf (monotone; 200 halvings reach double precision). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`a t quantile needs p in (0, 1), got ${p}`);
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (1 - studentTSf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface WinnerTest {
  /** candidate - baseline. */
  difference: number;
  /** Two-sided confidence interval of the difference at `confidence`. */
  lower: number;
  upper: number;
  statistic: number;
  /** One-sided p-values: the candidate is greater / smaller. */
  pGreater: number;
  pLess: number;
  /** Welch: Welch-Satterthwaite degrees of freedom. */
  df?: number;
}

/**
 * Two-proportion z-test (pooled standard error under H0, as statsmodels' `proportions_ztest`), with the
 * Wald interval of the difference (unpooled standard error).
 */
export function twoProportionTest(successesCandidate: number, nCandidate: number, successesBaseline: number, nBaseline: number, confidence: number): WinnerTest {
  const p1 = successesCandidate / nCandidate;
  const p0 = successesBaseline / nBaseline;
  const pooled = (successesCandidate + successesBaseline) / (nCandidate + nBaseline);
  const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / nCandidate + 1 / nBaseline));
  const difference = p1 - p0;
  const z = se0 === 0 ? 0 : difference / se0;
  const se = Math.sqrt((p1 * (1 - p1)) / nCandidate + (p0 * (1 - p0)) / nBaseline);
  const half = normalQuantile(1 - (1 - confidence) / 2) * se;
  return { difference, lower: difference - half, upper: difference + half, statistic: z, pGreater: se0 === 0 ? 0.5 : normalSf(z), pLess: se0 === 0 ? 0.5 : normalCdf(z) };
}

export interface Moments {
  n: number;
  mean: number;
  /** Sample variance (n - 1 in the denominator). */
  variance: number;
}

/** Welch's unequal-variances t-test (SciPy `ttest_ind(equal_var=False)`) and its interval of the difference. */
export function welchTest(candidate: Moments, baseline: Moments, confidence: number): WinnerTest {
  const v1 = candidate.variance / candidate.n;
  const v0 = baseline.variance / baseline.n;
  const se = Math.sqrt(v1 + v0);
  const difference = candidate.mean - baseline.mean;
  const df = (v1 + v0) ** 2 / (v1 ** 2 / (candidate.n - 1) + v0 ** 2 / (baseline.n - 1));
  if (se === 0) return { difference, lower: difference, upper: difference, statistic: 0, pGreater: 0.5, pLess: 0.5, df: Infinity };
  const t = difference / se;
  const half = studentTQuantile(1 - (1 - confidence) / 2, df) * se;
  return { difference, lower: difference - half, upper: difference + half, statistic: t, pGreater: studentTSf(t, df), pLess: studentTSf(-t, df), df };
}

/**
 * Per-arm sample size to detect a change of `effect` from a baseline rate `p0` with a two-sided test at
 * `alpha` and `power`: n = [z(1-α/2) √(2 p̄(1-p̄)) + z(power) √(p0(1-p0) + p1(1-p1))]² / effect², p̄ the mean
 * of p0 and p1 = p0 + effect, rounded up (10% -> 12%, α 0.05, power 0.8: 3 841 per arm).
 */
export function sampleSizeTwoProportions(p0: number, effect: number, alpha: number, power: number): number {
  const p1 = p0 + effect;
  if (!(p0 > 0 && p0 < 1 && p1 > 0 && p1 < 1 && effect !== 0)) throw new RangeError(`the baseline rate ${p0} and rate with the effect ${p1} must both be strictly between 0 and 1, and differ`);
  const bar = (p0 + p1) / 2;
  const za = normalQuantile(1 - alpha / 2);
  const zb = normalQuantile(power);
  return Math.ceil((za * Math.sqrt(2 * bar * (1 - bar)) + zb * Math.sqrt(p0 * (1 - p0) + p1 * (1 - p1))) ** 2 / effect ** 2);
}

/** Per-arm sample size to detect a difference of means `effect` with standard deviation `sd`: 2 (z(1-α/2) + z(power))² sd² / effect², rounded up. */
export function sampleSizeMeans(sd: number, effect: number, alpha: number, power: number): number {
  if (!(sd > 0 && effect !== 0 && Number.isFinite(sd) && Number.isFinite(effect))) throw new RangeError(`sample size needs a positive standard deviation and a non-zero effect, got sd ${sd}, effect ${effect}`);
  return Math.ceil((2 * (normalQuantile(1 - alpha / 2) + normalQuantile(power)) ** 2 * sd * sd) / (effect * effect));
}
