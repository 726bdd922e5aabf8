import { describe, it, expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { exactSignedRankCounts, hodgesLehmannCenter, wilcoxonSignedRank } from '../../../src/core/stats/wilcoxon.js';

// Reference values made by scipy.stats.wilcoxon (fixtures/wilcoxon-scipy.py, output committed).
interface Case {
  name: string;
  d: number[];
  method: 'exact' | 'normal';
  zeroMethod: 'wilcox' | 'pratt';
  continuity: boolean;
  shift: number;
  'two-sided': { statistic: number; pValue: number };
  greater: { statistic: number; pValue: number };
  less: { statistic: number; pValue: number };
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/wilcoxon-scipy.json', import.meta.url), 'utf8')) as { scipy: string; cases: Case[] };

describe('wilcoxonSignedRank against scipy.stats.wilcoxon', () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const alternative of ['two-sided', 'greater', 'less'] as const) {
      // scipy was given d - shift; the shift option must do the same subtraction.
      const r = wilcoxonSignedRank(c.d, undefined, { alternative, method: c.method, zeroMethod: c.zeroMethod, continuity: c.continuity, shift: c.shift });
      expect(r.method).toBe(c.method);
      expect(r.statistic).toBeCloseTo(c[alternative].statistic, 9);
      const expected = c[alternative].pValue;
      // Exact p-values are ratios of integers; the normal tail is erfc to ~1e-7 relative.
      if (c.method === 'exact') expect(r.pValue).toBeCloseTo(expected, 12);
      else expect(Math.abs(r.pValue - expected)).toBeLessThanOrEqual(1e-6 * Math.max(expected, 1e-3));
    }
  });

  it('chooses exact for small samples without zeros or ties, the normal approximation otherwise', () => {
    expect(wilcoxonSignedRank([1, -2, 3, 4.5]).method).toBe('exact');
    expect(wilcoxonSignedRank([1, -1, 3, 4.5]).method).toBe('normal');
    expect(wilcoxonSignedRank([0, -2, 3, 4.5]).method).toBe('normal');
    expect(wilcoxonSignedRank(Array.from({ length: 51 }, (_, i) => i + 1)).method).toBe('normal');
    expect(() => wilcoxonSignedRank([1, 1, 2], undefined, { method: 'exact' })).toThrow(/no zero and no tie/);
  });

  it('pairs x with y', () => {
    const x = [10.2, 11.5, 9.8, 12.4, 10.9, 11.1];
    const y = [10.0, 10.9, 9.9, 11.6, 10.1, 10.4];
    const paired = wilcoxonSignedRank(x, y, { alternative: 'greater' });
    const diffs = wilcoxonSignedRank(x.map((v, i) => v - y[i]), undefined, { alternative: 'greater' });
    expect(paired.pValue).toBe(diffs.pValue);
    expect(paired.rPlus).toBe(20);
    expect(() => wilcoxonSignedRank([1, 2], [1])).toThrow(/differ in length/);
  });

  it('refuses what it cannot rank, with a clear error', () => {
    expect(() => wilcoxonSignedRank([])).toThrow(/empty/);
    expect(() => wilcoxonSignedRank([0, 0, 0])).toThrow(/every difference is zero/);
    expect(() => wilcoxonSignedRank([1, Number.NaN])).toThrow(/not finite/);
  });

  it('exact counts sum to 2^n and are symmetric', () => {
    for (const n of [1, 5, 12, 30, 50]) {
      const counts = exactSignedRankCounts(n);
      expect(counts.reduce((s, c) => s + c, 0)).toBe(2 ** n);
      expect([...counts]).toEqual([...counts].reverse());
    }
    expect([...exactSignedRankCounts(3)]).toEqual([1, 1, 1, 2, 1, 1, 1]);
  });

  it('one-sided p-values of the two directions add up to 1 + P(R+ = observed) when exact', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 25 }), fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }), (mags, signs) => {
        const d = mags.map((m, i) => (signs[i] ? m : -m));
        const g = wilcoxonSignedRank(d, undefined, { alternative: 'greater' });
        const l = wilcoxonSignedRank(d, undefined, { alternative: 'less' });
        const pAt = exactSignedRankCounts(d.length)[g.rPlus] / 2 ** d.length;
        expect(g.pValue + l.pValue).toBeCloseTo(1 + pAt, 12);
        expect(g.rPlus + g.rMinus).toBe((d.length * (d.length + 1)) / 2);
      }),
    );
  });

  it('Hodges-Lehmann centre: median of the Walsh averages, robust to one wild value', () => {
    expect(hodgesLehmannCenter([1, 2, 3])).toBe(2);
    // Walsh averages of [0, 1, 10]: 0, 0.5, 5, 1, 5.5, 10 -> median (1 + 5) / 2.
    expect(hodgesLehmannCenter([0, 1, 10])).toBe(3);
    expect(hodgesLehmannCenter([0.1, 0.12, 0.09, 0.11, 0.1, 5])).toBeLessThan(0.2);
    expect(() => hodgesLehmannCenter([])).toThrow(/empty/);
  });
});
