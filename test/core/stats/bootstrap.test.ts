import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { bootstrapCI, bootstrapRatioCI, bootstrapTwoSampleCI, pairedBootstrapCI } from '../../../src/core/stats/bootstrap.js';
import { mean, median } from '../../../src/core/stats/descriptive.js';
import { createRandom } from '../../../src/core/stats/random.js';

describe('bootstrap', () => {
  it('is reproducible for a seed and changes with the seed', () => {
    const data = [1, 4, 2, 8, 5, 7, 3, 9, 6, 10];
    const a = bootstrapCI(data, mean, { seed: 42 });
    const b = bootstrapCI(data, mean, { seed: 42 });
    const c = bootstrapCI(data, mean, { seed: 43 });
    expect(a).toEqual(b);
    expect(c.lower === a.lower && c.upper === a.upper).toBe(false);
    expect(a.estimate).toBe(5.5);
    expect(a.lower).toBeLessThan(5.5);
    expect(a.upper).toBeGreaterThan(5.5);
  });

  it('covers the true mean about as often as promised', () => {
    const rnd = createRandom('coverage');
    let covered = 0;
    const runs = 200;
    for (let r = 0; r < runs; r++) {
      const sample = Array.from({ length: 40 }, () => 10 + rnd.normal());
      const ci = bootstrapCI(sample, mean, { iterations: 400, confidence: 0.9, random: rnd });
      if (ci.lower <= 10 && 10 <= ci.upper) covered++;
    }
    // Nominal 90%; percentile bootstrap runs slightly narrow at n = 40. 200 runs: sd of rate ~2%.
    expect(covered / runs).toBeGreaterThan(0.8);
    expect(covered / runs).toBeLessThan(0.97);
  });

  it('ratio interval excludes 1 for a 20% shift and includes 1 for none', () => {
    const rnd = createRandom(7);
    const base = Array.from({ length: 10 }, () => 10 * (1 + 0.02 * rnd.normal()));
    const slow = Array.from({ length: 10 }, () => 12 * (1 + 0.02 * rnd.normal()));
    const same = Array.from({ length: 10 }, () => 10 * (1 + 0.02 * rnd.normal()));
    const r = bootstrapRatioCI(slow, base);
    expect(r.estimate).toBeCloseTo(median(slow) / median(base), 12);
    expect(r.lower).toBeGreaterThan(1.1);
    expect(r.upper).toBeLessThan(1.3);
    const s = bootstrapRatioCI(same, base, { center: 'mean' });
    expect(s.lower).toBeLessThan(1);
    expect(s.upper).toBeGreaterThan(1);
  });

  it('paired resampling keeps pairs together', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    const y = x.map((v) => v + 1);
    // Every pair differs by exactly 1: any paired resample gives exactly 1.
    const r = pairedBootstrapCI(x, y, (a, b) => mean(b) - mean(a));
    expect(r.lower).toBeCloseTo(1, 12);
    expect(r.upper).toBeCloseTo(1, 12);
    const u = bootstrapTwoSampleCI(x, y, (a, b) => mean(b) - mean(a));
    expect(u.upper - u.lower).toBeGreaterThan(1);
  });

  it('drops non-finite resampled statistics and reports them', () => {
    const r = bootstrapRatioCI([1, 2, 3], [0, 0, 1], { center: 'mean', iterations: 200 });
    expect(r.discarded).toBeGreaterThan(0);
    expect(Number.isFinite(r.lower)).toBe(true);
  });

  it('refuses bad input with a clear message', () => {
    expect(() => bootstrapCI([], mean)).toThrow(/empty/);
    expect(() => bootstrapCI([1, Infinity], mean)).toThrow(/non-finite/);
    expect(() => bootstrapCI([1], mean, { iterations: 3 })).toThrow(/iterations/);
    expect(() => bootstrapCI([1], mean, { confidence: 1 })).toThrow(/confidence/);
    expect(() => pairedBootstrapCI([1], [1, 2], mean)).toThrow(/length/);
    expect(() => bootstrapRatioCI([1], [0], { iterations: 10 })).toThrow(/not finite/);
  });

  it('property: lower <= upper and both within the range of the statistic', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.integer(), (data, seed) => {
        const r = bootstrapCI(data, median, { seed, iterations: 50 });
        expect(r.lower).toBeLessThanOrEqual(r.upper);
        expect(r.lower).toBeGreaterThanOrEqual(Math.min(...data));
        expect(r.upper).toBeLessThanOrEqual(Math.max(...data));
      }),
      { numRuns: 100 },
    );
  });
});
