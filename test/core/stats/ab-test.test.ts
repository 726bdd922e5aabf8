/**
 * A/B winner tests against SciPy (fixtures/make_ab_test.py): two-proportion z-test and Wald interval,
 * Welch's t-test (scipy.stats.ttest_ind equal_var=False) and its interval, the per-arm sample sizes (the
 * normal-approximation formulas from scipy.stats.norm.ppf, 3 841 per arm for 10% -> 12%), and the normal and
 * Student t functions under them.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalQuantile, sampleSizeMeans, sampleSizeTwoProportions, studentTSf, twoProportionTest, welchTest } from '../../../src/core/stats/ab-test.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const f = JSON.parse(readFileSync(path.join(here, 'fixtures', 'ab-test-scipy.json'), 'utf8'));
const moments = (xs: number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return { n: xs.length, mean, variance: xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1) };
};
/** Relative tolerance on p-values: erfc is good to ~1.2e-7 relative. */
const closeP = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(b, 1e-12) + 1e-9);

describe('against scipy', () => {
  it.each(f.normalQuantile as Array<{ p: number; x: number }>)('normal quantile at $p', ({ p, x }) => expect(normalQuantile(p)).toBeCloseTo(x, 6));
  it.each(f.tSf as Array<{ t: number; df: number; sf: number }>)('Student t survival at t=$t, df=$df', ({ t, df, sf }) => expect(studentTSf(t, df)).toBeCloseTo(sf, 10));

  it.each(f.proportions as Array<Record<string, number>>)('two-proportion z-test %#', (c) => {
    const r = twoProportionTest(c.x1, c.n1, c.x0, c.n0, c.confidence);
    expect(r.statistic).toBeCloseTo(c.z, 10);
    closeP(r.pGreater, c.pGreater);
    closeP(r.pLess, c.pLess);
    expect(r.lower).toBeCloseTo(c.lower, 7);
    expect(r.upper).toBeCloseTo(c.upper, 7);
  });

  it.each(f.welch as Array<{ candidate: number[]; baseline: number[]; confidence: number; t: number; df: number; pGreater: number; pLess: number; lower: number; upper: number }>)('Welch t-test %#', (c) => {
    const r = welchTest(moments(c.candidate), moments(c.baseline), c.confidence);
    expect(r.statistic).toBeCloseTo(c.t, 9);
    expect(r.df).toBeCloseTo(c.df, 8);
    expect(r.pGreater).toBeCloseTo(c.pGreater, 9);
    expect(r.pLess).toBeCloseTo(c.pLess, 9);
    expect(r.lower).toBeCloseTo(c.lower, 8);
    expect(r.upper).toBeCloseTo(c.upper, 8);
  });

  it.each(f.sampleSizeProportions as Array<Record<string, number>>)('sample size, proportions %#', (c) => expect(sampleSizeTwoProportions(c.p0, c.effect, c.alpha, c.power)).toBe(c.n));
  it.each(f.sampleSizeMeans as Array<Record<string, number>>)('sample size, means %#', (c) => expect(sampleSizeMeans(c.sd, c.effect, c.alpha, c.power)).toBe(c.n));
});

describe('refusals', () => {
  it('names what cannot be sized', () => {
    expect(() => sampleSizeTwoProportions(0.99, 0.02, 0.05, 0.8)).toThrow(/strictly between 0 and 1/);
    expect(() => sampleSizeMeans(0, 0.1, 0.05, 0.8)).toThrow(/positive standard deviation/);
    expect(() => normalQuantile(1)).toThrow(/p in \(0, 1\)/);
  });
});
