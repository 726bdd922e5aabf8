import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { exactUCounts, hodgesLehmannShift, mannWhitneyU } from '../../../src/core/stats/mann-whitney.js';

// Reference values computed with scipy.stats.mannwhitneyu 1.17.1.
const males = [19, 22, 16, 29, 24];
const females = [20, 11, 17, 12];
const p = [10.3456, 10.8216, 10.3304, 8.6968, 10.9054, 10.4464, 9.463, 10.5811, 10.3646, 10.2941, 10.0284, 10.5467, 9.2635, 9.8371, 9.5179, 10.5988, 10.0397, 9.7075, 9.2181, 9.7428, 10.0081, 9.7244, 11.2941, 11.0067, 7.2888, 8.111, 9.8252, 9.5778, 10.2136, 10.2173];
const q = [12.9178, 9.688, 10.4224, 12.8428, 11.4467, 11.4631, 10.286, 9.1519, 10.9675, 10.909, 9.5726, 10.1168, 10.728, 9.8552, 10.7017, 10.8955, 10.8356, 10.2937, 11.3937, 11.6912, 11.1208, 9.9818, 11.5317, 10.2986, 11.6792];

describe('mannWhitneyU', () => {
  it('matches scipy exact p-values for small samples without ties', () => {
    expect(mannWhitneyU(males, females).u).toBe(17);
    expect(mannWhitneyU(males, females).method).toBe('exact');
    expect(mannWhitneyU(males, females).pValue).toBeCloseTo(0.1111111111111111, 10);
    expect(mannWhitneyU(males, females, { alternative: 'greater' }).pValue).toBeCloseTo(0.05555555555555555, 10);
    expect(mannWhitneyU(males, females, { alternative: 'less' }).pValue).toBeCloseTo(0.9682539682539683, 10);
  });

  it('matches scipy asymptotic p-values with continuity correction', () => {
    expect(mannWhitneyU(males, females, { method: 'normal' }).pValue).toBeCloseTo(0.11134688653314041, 6);
    expect(mannWhitneyU(males, females, { method: 'normal', alternative: 'greater' }).pValue).toBeCloseTo(0.055673443266570206, 6);
    expect(mannWhitneyU(males, females, { method: 'normal', alternative: 'less' }).pValue).toBeCloseTo(0.9669037101389033, 6);
  });

  it('applies the tie correction (scipy asymptotic with ties)', () => {
    const a = [1, 2, 2, 3, 3, 3, 4, 5];
    const b = [2, 3, 4, 4, 5, 5, 6, 7, 7];
    const two = mannWhitneyU(a, b);
    expect(two.ties).toBe(true);
    expect(two.method).toBe('normal');
    expect(two.u).toBe(13.5);
    expect(two.pValue).toBeCloseTo(0.03175895714806371, 6);
    expect(mannWhitneyU(a, b, { alternative: 'greater' }).pValue).toBeCloseTo(0.9876172774448116, 6);
    expect(mannWhitneyU(a, b, { alternative: 'less' }).pValue).toBeCloseTo(0.015879478574031856, 6);
  });

  it('matches scipy on medium samples, exact and asymptotic', () => {
    const r = mannWhitneyU(p, q, { alternative: 'less' });
    expect(r.u).toBe(182);
    expect(r.method).toBe('exact');
    expect(r.pValue).toBeCloseTo(0.00043220120539418186, 9);
    expect(mannWhitneyU(p, q).pValue).toBeCloseTo(0.0008644024107883637, 9);
    expect(mannWhitneyU(p, q, { alternative: 'greater' }).pValue).toBeCloseTo(0.9995957261622386, 9);
    expect(mannWhitneyU(p, q, { method: 'normal', alternative: 'less' }).pValue).toBeCloseTo(0.000569274158060707, 6);
  });

  it('gives the exact minimum p-value for completely separated samples', () => {
    const r = mannWhitneyU([6, 7, 8, 9, 10], [1, 2, 3, 4, 5], { alternative: 'greater' });
    expect(r.u).toBe(25);
    expect(r.pValue).toBeCloseTo(1 / 252, 12);
    expect(r.commonLanguageEffect).toBe(1);
    expect(r.rankBiserial).toBe(1);
  });

  it('returns p = 1 when every value is equal', () => {
    const r = mannWhitneyU([3, 3, 3], [3, 3]);
    expect(r.pValue).toBe(1);
    expect(r.commonLanguageEffect).toBe(0.5);
  });

  it('refuses empty samples, NaN and an impossible exact request', () => {
    expect(() => mannWhitneyU([], [1])).toThrow(/x is empty/);
    expect(() => mannWhitneyU([1], [NaN])).toThrow(/NaN/);
    expect(() => mannWhitneyU([1, 2], [2, 3], { method: 'exact' })).toThrow(/ties/);
  });

  it('exact counts sum to C(n1+n2, n1) and are symmetric', () => {
    const counts = exactUCounts(4, 6);
    expect(Array.from(counts).reduce((s, c) => s + c, 0)).toBe(210);
    for (let k = 0; k < counts.length; k++) expect(counts[k]).toBe(counts[counts.length - 1 - k]);
    expect(Array.from(exactUCounts(6, 4))).toEqual(Array.from(counts));
  });

  it('properties: p in [0,1], U + U\' = n1 n2, swap symmetry, one-sided p-values complement', () => {
    const sample = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(sample, sample, (x, y) => {
        const r = mannWhitneyU(x, y);
        expect(r.pValue).toBeGreaterThanOrEqual(0);
        expect(r.pValue).toBeLessThanOrEqual(1);
        expect(r.u + r.uOther).toBeCloseTo(x.length * y.length, 9);
        const s = mannWhitneyU(y, x);
        expect(s.pValue).toBeCloseTo(r.pValue, 9);
        const g = mannWhitneyU(x, y, { alternative: 'greater' });
        const l = mannWhitneyU(y, x, { alternative: 'less' });
        expect(g.pValue).toBeCloseTo(l.pValue, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('exact and normal methods agree closely on moderate samples without ties', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 30, maxLength: 30 }), (vals) => {
        const x = vals.slice(0, 15);
        const y = vals.slice(15);
        const e = mannWhitneyU(x, y, { alternative: 'greater' });
        const n = mannWhitneyU(x, y, { alternative: 'greater', method: 'normal' });
        expect(e.method).toBe('exact');
        expect(Math.abs(e.pValue - n.pValue)).toBeLessThan(0.02);
      }),
      { numRuns: 50 },
    );
  });
});

describe('hodgesLehmannShift', () => {
  it('is the median of pairwise differences', () => {
    expect(hodgesLehmannShift([11, 12, 13], [1, 2, 3])).toBe(10);
    expect(hodgesLehmannShift([1, 2], [1])).toBe(0.5);
  });
  it('refuses empty input', () => {
    expect(() => hodgesLehmannShift([], [1])).toThrow(/empty/);
  });
});
