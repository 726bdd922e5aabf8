import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { createRandom, type Random } from '../../src/core/stats/random.js';
import { computeDrift, defaultMethod, kllRankError, type DriftReport } from '../../src/monitor/drift.js';
import { Profile } from '../../src/monitor/profile.js';

interface NumericCase {
  name: string;
  reference: number[];
  current: number[];
  ks_statistic: number;
  ks_pvalue_asymp: number;
  wasserstein_normed: number;
  psi: number;
}
const fixtures = JSON.parse(readFileSync(new URL('../fixtures/monitor/drift-fixtures.json', import.meta.url), 'utf8')) as { numeric: NumericCase[] };

function profileOf(columns: Record<string, Array<number | string>>, options: { k?: number; outputs?: string[] } = {}): Profile {
  const p = new Profile({ k: options.k });
  const lengths = Object.values(columns).map((c) => c.length);
  p.rows = Math.max(0, ...lengths);
  for (const [name, values] of Object.entries(columns)) {
    const f = p.feature(options.outputs?.includes(name) ? 'outputs' : 'inputs', name);
    for (const v of values) {
      if (typeof v === 'number') f.addNumber(v);
      else f.addText(v);
    }
  }
  return p;
}

const normals = (r: Random, n: number, mean = 0, sd = 1) => Array.from({ length: n }, () => mean + sd * r.normal());
const feature = (report: DriftReport, name: string) => report.features.find((f) => f.name === name)!;

describe('default method per feature (Evidently registry)', () => {
  it.each([
    ['numeric', 1000, 6, 'ks'],
    ['numeric', 1001, 6, 'wasserstein'],
    ['numeric', 500, 5, 'chisquare'],
    ['numeric', 500, 2, 'z'],
    ['numeric', 5000, 5, 'jensenshannon'],
    ['categorical', 1000, 3, 'chisquare'],
    ['categorical', 1000, 2, 'z'],
    ['categorical', 1001, 40, 'jensenshannon'],
  ] as const)('%s, %i reference values, %i distinct -> %s', (type, n, uniques, method) => {
    expect(defaultMethod(type, n, uniques)).toBe(method);
  });

  it('picks them from the profiles: small numeric KS, large numeric Wasserstein, few values chi-square / JS, two values z', () => {
    const r = createRandom('methods');
    const small = computeDrift(
      profileOf({ x: normals(r, 300), level: Array.from({ length: 300 }, (_, i) => i % 4), flag: Array.from({ length: 300 }, (_, i) => (i % 3 ? 'y' : 'n')) }),
      profileOf({ x: normals(r, 200), level: Array.from({ length: 200 }, (_, i) => i % 4), flag: Array.from({ length: 200 }, (_, i) => (i % 3 ? 'y' : 'n')) }),
    );
    expect(small.features.map((f) => [f.name, f.method])).toEqual([['x', 'ks'], ['level', 'chisquare'], ['flag', 'z']]);
    const large = computeDrift(profileOf({ x: normals(r, 3000), level: Array.from({ length: 3000 }, (_, i) => i % 4) }), profileOf({ x: normals(r, 3000), level: Array.from({ length: 3000 }, (_, i) => i % 4) }));
    expect(large.features.map((f) => [f.name, f.method])).toEqual([['x', 'wasserstein'], ['level', 'jensenshannon']]);
  });
});

describe('drift from profiles matches SciPy', () => {
  it.each(fixtures.numeric.filter((c) => c.reference.length <= 200))('$name: exact sketches give the SciPy KS and Wasserstein', (c) => {
    const ref = profileOf({ x: c.reference });
    const cur = profileOf({ x: c.current });
    const ks = feature(computeDrift(ref, cur, { method: 'ks', correction: 'none' }), 'x');
    expect(ks.exact).toBe(true);
    expect(ks.score).toBeCloseTo(c.ks_statistic, 12);
    expect(Math.abs(ks.pvalue! - c.ks_pvalue_asymp)).toBeLessThan(1e-6);
    expect(ks.drifted).toBe(c.ks_pvalue_asymp <= 0.05);
    const w = feature(computeDrift(ref, cur, { method: 'wasserstein' }), 'x');
    expect(w.score).toBeCloseTo(c.wasserstein_normed, 12);
    const p = feature(computeDrift(ref, cur, { method: 'psi' }), 'x');
    expect(p.score).toBeCloseTo(c.psi, 12);
  });

  it.each(fixtures.numeric.filter((c) => c.reference.length > 200))('$name: compacted sketches stay within their stated error bound', (c) => {
    const ref = profileOf({ x: c.reference });
    const cur = profileOf({ x: c.current });
    const ks = feature(computeDrift(ref, cur, { method: 'ks' }), 'x');
    expect(ks.exact).toBe(false);
    expect(ks.error_bound).toBeCloseTo(2 * kllRankError(200), 12);
    expect(Math.abs(ks.score! - c.ks_statistic)).toBeLessThanOrEqual(ks.error_bound!);
    const w = feature(computeDrift(ref, cur, { method: 'wasserstein' }), 'x');
    expect(Math.abs(w.score! - c.wasserstein_normed)).toBeLessThanOrEqual(w.error_bound!);
    // A sketch large enough never compacts: exact again.
    const exact = feature(computeDrift(profileOf({ x: c.reference }, { k: 8192 }), profileOf({ x: c.current }, { k: 8192 }), { method: 'ks' }), 'x');
    expect(exact.exact).toBe(true);
    expect(exact.score).toBeCloseTo(c.ks_statistic, 12);
  });
});

describe('rules, correction and dataset drift', () => {
  const r = createRandom('rules');
  const ref = profileOf({ a: normals(r, 400), b: normals(r, 400), c: normals(r, 400), d: normals(r, 400) });
  const cur = profileOf({ a: normals(r, 400, 0.6), b: normals(r, 400), c: normals(r, 400), d: normals(r, 400) });

  it('a shifted feature drifts, stable ones do not, and the share decides dataset drift', () => {
    const report = computeDrift(ref, cur);
    expect(report.features.map((f) => f.drifted)).toEqual([true, false, false, false]);
    expect([report.share, report.drifted, report.tested, report.drift]).toEqual([0.25, 1, 4, false]);
    expect(computeDrift(ref, cur, { driftShare: 0.25 }).drift).toBe(true);
  });

  it('per-feature rules override the method and threshold', () => {
    const report = computeDrift(ref, cur, { features: { b: { method: 'psi', threshold: 0.0001 }, c: { threshold: 1e-9 } } });
    expect(feature(report, 'b')).toMatchObject({ method: 'psi', threshold: 0.0001, drifted: true });
    expect(feature(report, 'c')).toMatchObject({ method: 'ks', threshold: 1e-9 });
    expect(feature(report, 'a').threshold).toBe(0.05);
  });

  it('Bonferroni multiplies p-values by the number of tests; Benjamini-Hochberg adjusts step-up; none keeps them', () => {
    const none = computeDrift(ref, cur, { correction: 'none' });
    const bonferroni = computeDrift(ref, cur, { correction: 'bonferroni' });
    const bh = computeDrift(ref, cur, { correction: 'bh' });
    const raw = none.features.map((f) => f.pvalue!);
    expect(none.features.map((f) => f.pvalue_adjusted)).toEqual(raw);
    expect(bonferroni.features.map((f) => f.pvalue_adjusted)).toEqual(raw.map((p) => Math.min(1, 4 * p)));
    // BH by hand: sorted p(i) * m / i, then the running minimum from the largest down.
    const order = raw.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
    const expected = new Array<number>(4);
    let running = 1;
    for (let i = 3; i >= 0; i--) {
      running = Math.min(running, (order[i][0] * 4) / (i + 1));
      expected[order[i][1]] = running;
    }
    expect(bh.features.map((f) => f.pvalue_adjusted)).toEqual(expected);
  });

  it('outputs are prediction drift, kept apart from the dataset share', () => {
    const r2 = createRandom('outputs');
    const report = computeDrift(profileOf({ x: normals(r2, 300), score: normals(r2, 300) }, { outputs: ['score'] }), profileOf({ x: normals(r2, 300), score: normals(r2, 300, 1) }, { outputs: ['score'] }));
    expect(feature(report, 'score')).toMatchObject({ side: 'output', drifted: true });
    expect(report.prediction).toEqual({ drift: true, share: 1, drifted: 1, tested: 1 });
    expect([report.drift, report.tested]).toEqual([false, 1]);
  });

  it('skips, with the reason, what cannot be compared; rejects rules that name no feature or no method', () => {
    const report = computeDrift(profileOf({ gone: [1, 2], kind: ['a', 'b'], mixed: [1, 'a'] }), profileOf({ kind: [1, 2], mixed: [1, 2] }));
    expect(report.features.map((f) => [f.name, f.method, f.skipped])).toEqual([
      ['gone', null, 'absent from the current data'],
      ['kind', null, 'categorical in the reference, numeric in the current data'],
      ['mixed', null, 'holds both numbers and text'],
    ]);
    expect(report.tested).toBe(0);
    expect(report.drift).toBe(false);
    expect(() => computeDrift(ref, cur, { features: { nope: { threshold: 0.1 } } })).toThrow(/feature "nope": the reference has no such feature/);
    expect(() => computeDrift(ref, cur, { features: { a: { method: 'magic' as never } } })).toThrow(/unknown drift method "magic"/);
    expect(() => computeDrift(ref, cur, { features: { a: { threshold: -1 } } })).toThrow(/threshold must be a positive number/);
    expect(() => computeDrift(ref, cur, { driftShare: 2 })).toThrow(/drift share/);
    const chi = computeDrift(profileOf({ x: normals(createRandom('chi'), 300) }), profileOf({ x: normals(createRandom('chi2'), 300) }), { method: 'chisquare' });
    expect(feature(chi, 'x').skipped).toMatch(/more than 21 distinct numbers/);
  });
});

describe('simulation (fixed seed)', () => {
  const TRIALS = 120;
  it('identical distributions: per-feature false alarms at the nominal 5% (within 3 sigma), no dataset drift with BH', () => {
    const r = createRandom('null-simulation');
    let alarms = 0;
    let datasetAlarms = 0;
    const features = 5;
    for (let t = 0; t < TRIALS; t++) {
      const columns = (n: number) => Object.fromEntries(Array.from({ length: features }, (_, i) => [`f${i}`, normals(r, n, i, 1 + i)]));
      const report = computeDrift(profileOf(columns(300)), profileOf(columns(250)), { correction: 'none' });
      alarms += report.drifted;
      if (computeDrift(profileOf(columns(300)), profileOf(columns(250))).drift) datasetAlarms++;
    }
    const rate = alarms / (TRIALS * features);
    const sigma = Math.sqrt((0.05 * 0.95) / (TRIALS * features));
    expect(rate).toBeLessThanOrEqual(0.05 + 3 * sigma);
    expect(rate).toBeGreaterThan(0);
    expect(datasetAlarms / TRIALS).toBeLessThanOrEqual(0.01);
  });

  it('a shift of half a standard deviation on one feature is found in every trial, large data included; the stable one stays near the nominal rate', () => {
    const r = createRandom('shift-simulation');
    let stableAlarms = 0;
    const trials = 40;
    for (let t = 0; t < trials; t++) {
      const n = t % 2 === 0 ? 400 : 4000;
      const report = computeDrift(profileOf({ shifted: normals(r, n), stable: normals(r, n) }), profileOf({ shifted: normals(r, n, 0.5), stable: normals(r, n) }));
      expect(feature(report, 'shifted').drifted).toBe(true);
      if (feature(report, 'stable').drifted) stableAlarms++;
    }
    // KS at 0.05 on the small half (20 trials); Wasserstein >= 0.1 on 4000 values almost never fires.
    expect(stableAlarms).toBeLessThanOrEqual(Math.ceil(20 * 0.05 + 3 * Math.sqrt(20 * 0.05 * 0.95)));
  });
});
