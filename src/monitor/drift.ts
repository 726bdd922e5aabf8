import { ModelshipError } from '../core/errors.js';
import type { KllSketch } from './kll.js';
import type { FeatureProfile, Profile } from './profile.js';
import { binShares, chiSquare, fillZeroes, jensenShannon, ksPValue, ksStatistic, proportionZTest, psi, sturgesEdges, wasserstein } from './statistics.js';

/**
 * Drift between a reference profile and a current one, feature by feature, with Evidently's default
 * method per feature type and size (docs/monitor.md has the table), thresholds per feature, a
 * multiple-testing correction over the p-value tests, and dataset drift when the share of drifted
 * features reaches a bound.
 */
export const METHODS = ['ks', 'wasserstein', 'psi', 'jensenshannon', 'chisquare', 'z'] as const;
export type DriftMethod = (typeof METHODS)[number];
export const CORRECTIONS = ['none', 'bonferroni', 'bh'] as const;
export type Correction = (typeof CORRECTIONS)[number];

const P_VALUE_METHODS = new Set<DriftMethod>(['ks', 'chisquare', 'z']);
/** Evidently's default thresholds: p-value tests at 0.05, distances at 0.1. */
export const DEFAULT_THRESHOLDS: Record<DriftMethod, number> = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, psi: 0.1, jensenshannon: 0.1 };
/** Evidently: "small" data is at most this many reference values. */
const SMALL_REFERENCE = 1000;

export interface FeatureRule {
  method?: DriftMethod;
  threshold?: number;
}

export interface DriftOptions {
  /** Dataset drift when the share of drifted input features is at least this (Evidently's default 0.5). */
  driftShare?: number;
  /** Over the p-value tests of one side (inputs, outputs): Benjamini-Hochberg by default. */
  correction?: Correction;
  /** A method (and threshold) for every feature without its own rule. */
  method?: DriftMethod;
  threshold?: number;
  features?: Record<string, FeatureRule>;
}

export interface FeatureDrift {
  name: string;
  side: 'input' | 'output';
  type: string;
  method: DriftMethod | null;
  score: number | null;
  pvalue: number | null;
  /** The p-value after the multiple-testing correction (p-value tests only). */
  pvalue_adjusted: number | null;
  threshold: number | null;
  drifted: boolean;
  /** True when every number came from exact counts (no sketch had compacted). */
  exact: boolean;
  /** The most the score can be off because the sketches are approximate (KS and Wasserstein), or null. */
  error_bound: number | null;
  reference: { count: number; missing: number };
  current: { count: number; missing: number };
  skipped?: string;
}

export interface DriftReport {
  drift: boolean;
  share: number;
  drifted: number;
  tested: number;
  drift_share: number;
  correction: Correction;
  prediction: { drift: boolean; share: number; drifted: number; tested: number };
  features: FeatureDrift[];
}

/** The normalised rank error of a KLL sketch of this k (DataSketches' double-sided figure, 99% confidence). */
export function kllRankError(k: number): number {
  return 2.446 / k ** 0.9433;
}

export function computeDrift(reference: Profile, current: Profile, options: DriftOptions = {}): DriftReport {
  const driftShare = options.driftShare ?? 0.5;
  if (!(driftShare > 0 && driftShare <= 1)) throw new ModelshipError(`drift share must be in (0, 1], got ${driftShare}`);
  const correction = options.correction ?? 'bh';
  for (const [name, rule] of Object.entries(options.features ?? {})) {
    if (!reference.inputs.has(name) && !reference.outputs.has(name)) {
      throw new ModelshipError(`drift rule for feature "${name}": the reference has no such feature`, { hint: `features: ${[...reference.inputs.keys(), ...reference.outputs.keys()].join(', ')}` });
    }
    checkRule(rule, `feature "${name}"`);
  }
  checkRule({ method: options.method, threshold: options.threshold }, 'the default rule');
  const features: FeatureDrift[] = [];
  const summaries = { input: { drifted: 0, tested: 0 }, output: { drifted: 0, tested: 0 } };
  for (const [side, key] of [['input', 'inputs'], ['output', 'outputs']] as const) {
    const results: FeatureDrift[] = [];
    for (const [name, ref] of reference[key]) {
      const cur = current[key].get(name);
      const rule = { method: options.method, threshold: options.threshold, ...options.features?.[name] };
      results.push(featureDrift(name, side, ref, cur, rule));
    }
    adjust(results, correction);
    for (const r of results) {
      if (r.method === null) continue;
      summaries[side].tested++;
      if (r.drifted) summaries[side].drifted++;
    }
    features.push(...results);
  }
  const share = (s: { drifted: number; tested: number }) => (s.tested === 0 ? 0 : s.drifted / s.tested);
  return {
    drift: summaries.input.tested > 0 && share(summaries.input) >= driftShare,
    share: share(summaries.input),
    drifted: summaries.input.drifted,
    tested: summaries.input.tested,
    drift_share: driftShare,
    correction,
    prediction: { drift: summaries.output.tested > 0 && share(summaries.output) >= driftShare, share: share(summaries.output), ...summaries.output },
    features,
  };
}

function checkRule(rule: FeatureRule, where: string): void {
  if (rule.method !== undefined && !METHODS.includes(rule.method)) throw new ModelshipError(`${where}: unknown drift method "${rule.method}"`, { hint: `methods: ${METHODS.join(', ')}` });
  if (rule.threshold !== undefined && !(Number.isFinite(rule.threshold) && rule.threshold > 0)) throw new ModelshipError(`${where}: threshold must be a positive number, got ${rule.threshold}`);
}

function skipped(name: string, side: FeatureDrift['side'], ref: FeatureProfile, cur: FeatureProfile | undefined, reason: string): FeatureDrift {
  return { name, side, type: ref.type, method: null, score: null, pvalue: null, pvalue_adjusted: null, threshold: null, drifted: false, exact: true, error_bound: null, reference: counts(ref), current: counts(cur), skipped: reason };
}

function counts(f: FeatureProfile | undefined): { count: number; missing: number } {
  return { count: f?.count ?? 0, missing: f?.missing ?? 0 };
}

function featureDrift(name: string, side: FeatureDrift['side'], ref: FeatureProfile, cur: FeatureProfile | undefined, rule: FeatureRule): FeatureDrift {
  if (!cur) return skipped(name, side, ref, cur, 'absent from the current data');
  if (ref.type === 'mixed' || cur.type === 'mixed') return skipped(name, side, ref, cur, 'holds both numbers and text');
  if (ref.type === 'empty' || cur.type === 'empty') return skipped(name, side, ref, cur, `no value in the ${ref.type === 'empty' ? 'reference' : 'current data'}`);
  if (ref.type !== cur.type) return skipped(name, side, ref, cur, `${ref.type} in the reference, ${cur.type} in the current data`);
  const categories = categoryCounts(ref, cur);
  const uniques = categories ? categories.keys.length : Infinity;
  const method = rule.method ?? defaultMethod(ref.type, ref.present, uniques);
  const threshold = rule.threshold ?? DEFAULT_THRESHOLDS[method];
  const base = { name, side, type: ref.type, method, threshold, pvalue_adjusted: null, reference: counts(ref), current: counts(cur) };
  const rn = ref.numeric();
  const cn = cur.numeric();
  if (method === 'ks' || method === 'wasserstein') {
    if (!rn || !cn) return skipped(name, side, ref, cur, `${method} needs numbers`);
    const a = rn.sketch.weightedItems();
    const b = cn.sketch.weightedItems();
    const bound = rankBound(rn.sketch) + rankBound(cn.sketch);
    const exact = rn.sketch.exact && cn.sketch.exact;
    if (method === 'ks') {
      const d = ksStatistic(a, b);
      const p = ksPValue(d, rn.count, cn.count);
      return { ...base, score: d, pvalue: p, drifted: p <= threshold, exact, error_bound: exact ? 0 : bound };
    }
    // Evidently divides by the reference's population std, floored at 0.001.
    const norm = Math.max(Math.sqrt(rn.variance), 0.001);
    const w = wasserstein(a, b) / norm;
    const span = Math.max(rn.max, cn.max) - Math.min(rn.min, cn.min);
    return { ...base, score: w, pvalue: null, drifted: w >= threshold, exact, error_bound: exact ? 0 : (bound * span) / norm };
  }
  // Shares per bin (numbers with more than 20 distinct values) or per category.
  let refCounts: number[];
  let curCounts: number[];
  let exact: boolean;
  if (categories && (ref.type === 'categorical' || categories.keys.length <= 20 || method !== 'psi')) {
    if (!categories.exact && method !== 'psi' && method !== 'jensenshannon') return skipped(name, side, ref, cur, `${method} needs exact category counts; the frequent-values sketch is past its capacity`);
    ({ ref: refCounts, cur: curCounts, exact } = categories);
  } else if (rn && cn && (method === 'psi' || method === 'jensenshannon')) {
    const edges = sturgesEdges(Math.min(rn.min, cn.min), Math.max(rn.max, cn.max), rn.count + cn.count);
    refCounts = binShares(rn.sketch.weightedItems(), edges);
    curCounts = binShares(cn.sketch.weightedItems(), edges);
    exact = rn.sketch.exact && cn.sketch.exact;
  } else {
    return skipped(name, side, ref, cur, `${method} needs category counts: the feature has more than 21 distinct numbers`);
  }
  if (method === 'psi') {
    const score = psi(fillZeroes(shares(refCounts)), fillZeroes(shares(curCounts)));
    return { ...base, score, pvalue: null, drifted: score >= threshold, exact, error_bound: null };
  }
  if (method === 'jensenshannon') {
    const score = jensenShannon(refCounts, curCounts);
    return { ...base, score, pvalue: null, drifted: score >= threshold, exact, error_bound: null };
  }
  if (method === 'z') {
    if (refCounts.length > 2) return skipped(name, side, ref, cur, 'the z-test needs at most two values');
    const nr = refCounts.reduce((s, c) => s + c, 0);
    const nc = curCounts.reduce((s, c) => s + c, 0);
    const p = proportionZTest(refCounts[0], nr, curCounts[0], nc);
    return { ...base, score: p, pvalue: p, drifted: p < threshold, exact, error_bound: null };
  }
  if (method === 'chisquare') {
    const { statistic, pvalue } = chiSquare(refCounts, curCounts);
    return { ...base, score: statistic, pvalue, drifted: pvalue < threshold, exact, error_bound: null };
  }
  return skipped(name, side, ref, cur, `${method} does not apply to a ${ref.type} feature`);
}

function shares(countsPerBin: number[]): number[] {
  const t = countsPerBin.reduce((s, c) => s + c, 0);
  return countsPerBin.map((c) => c / t);
}

function rankBound(sketch: KllSketch): number {
  return sketch.exact ? 0 : kllRankError(sketch.k);
}

/** Evidently's choice (evidently legacy/calculations/stattests/registry.py), by reference size and distinct values. */
export function defaultMethod(type: FeatureProfile['type'], referenceValues: number, uniques: number): DriftMethod {
  const small = referenceValues <= SMALL_REFERENCE;
  if (type === 'numeric' && uniques > 5) return small ? 'ks' : 'wasserstein';
  if (small) return uniques > 2 ? 'chisquare' : 'z';
  return 'jensenshannon';
}

/**
 * The union of both samples' categories with their counts (sorted keys): text values from the frequent-values
 * sketches, numbers from the exact distinct counts; undefined for numbers with more than 21 distinct values.
 */
function categoryCounts(ref: FeatureProfile, cur: FeatureProfile): { keys: string[]; ref: number[]; cur: number[]; exact: boolean } | undefined {
  let a: Map<string, number>;
  let b: Map<string, number>;
  let exact = true;
  if (ref.type === 'numeric') {
    const da = ref.numeric()?.distinct;
    const db = cur.numeric()?.distinct;
    if (!da || !db) return undefined;
    a = new Map([...da].map(([v, c]) => [String(v), c]));
    b = new Map([...db].map(([v, c]) => [String(v), c]));
  } else {
    const fa = ref.categories();
    const fb = cur.categories();
    if (!fa || !fb) return undefined;
    a = new Map(fa.entries());
    b = new Map(fb.entries());
    exact = fa.exact && fb.exact;
  }
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort(ref.type === 'numeric' ? (x, y) => Number(x) - Number(y) : undefined);
  return { keys, ref: keys.map((k) => a.get(k) ?? 0), cur: keys.map((k) => b.get(k) ?? 0), exact };
}

/** Multiple-testing correction over the p-value tests: adjusted p-values, and the drift verdicts redone on them. */
function adjust(results: FeatureDrift[], correction: Correction): void {
  const tested = results.filter((r) => r.method !== null && P_VALUE_METHODS.has(r.method) && r.pvalue !== null);
  const m = tested.length;
  if (correction === 'none' || m === 0) {
    for (const r of tested) r.pvalue_adjusted = r.pvalue;
  } else if (correction === 'bonferroni') {
    for (const r of tested) r.pvalue_adjusted = Math.min(1, (r.pvalue as number) * m);
  } else {
    // Benjamini-Hochberg step-up: adjusted p(i) = min over j >= i of p(j) m / j.
    const sorted = [...tested].sort((x, y) => (x.pvalue as number) - (y.pvalue as number));
    let running = 1;
    for (let i = m - 1; i >= 0; i--) {
      running = Math.min(running, ((sorted[i].pvalue as number) * m) / (i + 1));
      sorted[i].pvalue_adjusted = running;
    }
  }
  for (const r of tested) {
    const p = r.pvalue_adjusted as number;
    r.drifted = r.method === 'ks' ? p <= (r.threshold as number) : p < (r.threshold as number);
  }
}
