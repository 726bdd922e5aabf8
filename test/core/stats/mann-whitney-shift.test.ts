import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mannWhitneyMinimumPValue, mannWhitneyShiftTest, mannWhitneyU } from '../../../src/core/stats/mann-whitney.js';
import { isSignificant, significanceLevel } from '../../../src/core/stats/significance.js';

/** Reference values from scipy.stats.mannwhitneyu, made by fixtures/make_mann_whitney_shift.py (committed). */
interface ShiftCase {
  name: string;
  x: number[];
  y: number[];
  margin: number;
  alternative: 'greater' | 'less';
  method: 'exact' | 'normal';
  u: number;
  pValue: number;
}
const fixture = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'mann-whitney-shift.json'), 'utf8')) as {
  shift: ShiftCase[];
  minimum: Array<{ n1: number; n2: number; pValue: number }>;
};

describe('mannWhitneyShiftTest: the one-sided test of x − y against a margin', () => {
  it.each(fixture.shift.map((c) => [c.name, c] as const))('%s matches scipy on the shifted sample', (_name, c) => {
    const r = mannWhitneyShiftTest(c.x, c.y, c.margin, c.alternative);
    expect(r.method).toBe(c.method);
    expect(r.u).toBe(c.u);
    // The normal tail uses erfc with relative error < 1.2e-7; the exact distribution is exact.
    if (c.method === 'exact') expect(r.pValue).toBeCloseTo(c.pValue, 12);
    else expect(Math.abs(r.pValue - c.pValue)).toBeLessThan(1e-6);
  });
  it('identical arms give no evidence of a required improvement, a 20% better arm does', () => {
    const identical = fixture.shift.find((c) => c.name === 'identical arms, required +0.015')!;
    expect(mannWhitneyShiftTest(identical.x, identical.y, 0.015, 'greater').pValue).toBeGreaterThan(0.9);
    // The unshifted test says only "not worse" (p ≈ 0.5): what a required improvement must not be judged on.
    expect(mannWhitneyU(identical.x, identical.y, { alternative: 'less' }).pValue).toBeGreaterThan(0.4);
    const better = fixture.shift.find((c) => c.name === '20% better, required +0.015')!;
    expect(mannWhitneyShiftTest(better.x, better.y, 0.015, 'greater').pValue).toBeLessThan(0.001);
  });
  it('margin 0 is the ordinary one-sided test; a non-finite margin is refused', () => {
    const c = fixture.shift[4];
    expect(mannWhitneyShiftTest(c.x, c.y, 0, 'less')).toEqual(mannWhitneyU(c.x, c.y, { alternative: 'less' }));
    expect(() => mannWhitneyShiftTest(c.x, c.y, NaN, 'less')).toThrow(/margin must be finite/);
  });
});

describe('mannWhitneyMinimumPValue', () => {
  it.each(fixture.minimum.map((m) => [m.n1, m.n2, m.pValue] as const))('%i vs %i: scipy exact p of complete separation', (n1, n2, p) => {
    expect(mannWhitneyMinimumPValue(n1, n2)).toBeCloseTo(p, 15);
  });
  it('3 against 3 is exactly 1/20: a test at confidence 0.95 can never reject', () => {
    expect(mannWhitneyMinimumPValue(3, 3)).toBe(0.05);
    expect(isSignificant(mannWhitneyMinimumPValue(3, 3), 0.95)).toBe(false);
  });
  it('refuses sizes that are not positive integers', () => {
    expect(() => mannWhitneyMinimumPValue(0, 3)).toThrow(/positive integers/);
  });
});

describe('significance: p < α = 1 − confidence, strictly', () => {
  it('α is the decimal level, not 1 − 0.95 = 0.050000000000000044', () => {
    expect(1 - 0.95).not.toBe(0.05);
    expect(significanceLevel(0.95)).toBe(0.05);
    expect(significanceLevel(0.99)).toBe(0.01);
    expect(significanceLevel(0.9)).toBe(0.1);
  });
  it('p = α is not significant; just below is', () => {
    expect(isSignificant(0.05, 0.95)).toBe(false);
    expect(isSignificant(0.01, 0.99)).toBe(false);
    expect(isSignificant(0.049999999, 0.95)).toBe(true);
  });
  it('refuses a confidence outside (0, 1)', () => {
    expect(() => significanceLevel(1)).toThrow(/confidence must be in/);
  });
});
