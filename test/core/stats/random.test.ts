import { describe, it, expect } from '@jest/globals';
import { createRandom } from '../../../src/core/stats/random.js';
import { coefficientOfVariation, mean, median, quantile, stddev } from '../../../src/core/stats/descriptive.js';
import { normalCdf, normalSf } from '../../../src/core/stats/normal.js';

describe('createRandom', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    const c = createRandom('1x');
    const sa = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(sa);
  });

  it('is roughly uniform and its normals have mean 0, sd 1', () => {
    const r = createRandom('u');
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 20000; i++) {
      const v = r.next();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
      buckets[Math.floor(v * 10)]++;
    }
    for (const b of buckets) expect(Math.abs(b - 2000)).toBeLessThan(200);
    const normals = Array.from({ length: 20000 }, () => r.normal());
    expect(Math.abs(mean(normals))).toBeLessThan(0.05);
    expect(Math.abs(stddev(normals) - 1)).toBeLessThan(0.05);
  });

  it('int(n) stays in range and refuses bad n', () => {
    const r = createRandom();
    for (let i = 0; i < 1000; i++) {
      const v = r.int(7);
      expect(Number.isInteger(v) && v >= 0 && v < 7).toBe(true);
    }
    expect(() => r.int(0)).toThrow(/positive integer/);
    expect(() => r.int(1.5)).toThrow(/positive integer/);
  });
});

describe('descriptive', () => {
  it('computes mean, sd, quantiles (type 7) and CV', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(stddev([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138089935, 8);
    expect(stddev([5])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([10], 0.99)).toBe(10);
    expect(coefficientOfVariation([10, 10])).toBe(0);
  });
  it('refuses empty and non-finite input and q out of range', () => {
    expect(() => mean([])).toThrow(/no values/);
    expect(() => median([NaN])).toThrow(/non-finite/);
    expect(() => quantile([1], 1.5)).toThrow(/\[0, 1\]/);
  });
});

describe('normal', () => {
  it('matches known values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 6);
    expect(normalSf(3)).toBeCloseTo(0.0013498980316301, 8);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 8);
  });
});
