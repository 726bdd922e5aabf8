import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createRandom } from '../../src/core/stats/random.js';
import { kllRankError } from '../../src/monitor/drift.js';
import { FrequentValues } from '../../src/monitor/frequent.js';
import { KllSketch } from '../../src/monitor/kll.js';
import { addCell, FeatureProfile, Profile } from '../../src/monitor/profile.js';

function sketchOf(values: number[], k = 200): KllSketch {
  const s = new KllSketch(k);
  for (const v of values) s.update(v);
  return s;
}

/** The largest gap between a sketch's CDF and the exact CDF of `values`, over every value. */
function maxRankError(sketch: KllSketch, values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const { values: items, weights } = sketch.weightedItems();
  let worst = 0;
  let j = 0;
  let below = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i + 1 < sorted.length && sorted[i + 1] === sorted[i]) continue;
    while (j < items.length && items[j] <= sorted[i]) below += weights[j++];
    worst = Math.max(worst, Math.abs(below / sketch.count - (i + 1) / sorted.length));
  }
  return worst;
}

function normals(n: number, seed: string, shift = 0): number[] {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => r.normal() + shift);
}

describe('KLL sketch', () => {
  it('is exact (every value, weight 1) until it first compacts', () => {
    const values = normals(150, 'exact');
    const s = sketchOf(values);
    expect(s.exact).toBe(true);
    expect(maxRankError(s, values)).toBe(0);
    expect([...s.weightedItems().values]).toEqual([...values].sort((a, b) => a - b));
  });

  it('keeps its memory bounded and its rank error within the stated bound on 200k values', () => {
    const values = normals(200_000, 'bound');
    const s = sketchOf(values);
    expect(s.exact).toBe(false);
    expect(s.count).toBe(200_000);
    expect(s.weightedItems().values.length).toBeLessThan(4 * 200 + 64);
    const error = maxRankError(s, values);
    expect(error).toBeLessThanOrEqual(kllRankError(200));
    expect(error).toBeGreaterThan(0);
  });

  it('answers quantiles near the truth', () => {
    const values = normals(50_000, 'quantile');
    const s = sketchOf(values);
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.01, 0.25, 0.5, 0.75, 0.99]) {
      const v = s.quantile(q);
      const rank = sorted.findIndex((x) => x >= v) / sorted.length;
      expect(Math.abs(rank - q)).toBeLessThanOrEqual(kllRankError(200));
    }
  });

  it('merges shards: commutative and associative within the rank-error bound, counts exact (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 0, maxLength: 3000, size: 'max' }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 0, maxLength: 3000, size: 'max' }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 0, maxLength: 3000, size: 'max' }),
        (a, b, c) => {
          const k = 32;
          const all = [...a, ...b, ...c];
          const ab_c = sketchOf(a, k);
          ab_c.merge(sketchOf(b, k));
          ab_c.merge(sketchOf(c, k));
          const a_bc = sketchOf(a, k);
          const bc = sketchOf(b, k);
          bc.merge(sketchOf(c, k));
          a_bc.merge(bc);
          const cba = sketchOf(c, k);
          cba.merge(sketchOf(b, k));
          cba.merge(sketchOf(a, k));
          for (const s of [ab_c, a_bc, cba]) {
            expect(s.count).toBe(all.length);
            if (all.length > 0) expect(maxRankError(s, all)).toBeLessThanOrEqual(kllRankError(k));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('round-trips through JSON and rejects a state whose weights do not add up', () => {
    const s = sketchOf(normals(5000, 'json'));
    const back = KllSketch.fromJSON(JSON.parse(JSON.stringify(s.toJSON())));
    expect(back.weightedItems()).toEqual(s.weightedItems());
    expect(() => KllSketch.fromJSON({ ...s.toJSON(), n: s.count + 1 })).toThrow(/weigh/);
    expect(() => new KllSketch(3)).toThrow(/k must be/);
    expect(() => sketchOf([1], 16).merge(sketchOf([1], 32))).toThrow(/cannot merge/);
  });
});

describe('frequent values', () => {
  it('counts exactly while the distinct values fit, and merges exactly', () => {
    const a = new FrequentValues(4);
    const b = new FrequentValues(4);
    for (const v of ['x', 'y', 'x', 'z']) a.update(v);
    for (const v of ['y', 'w', 'y']) b.update(v);
    a.merge(b);
    expect(a.exact).toBe(true);
    expect(a.entries()).toEqual([['y', 3], ['x', 2], ['w', 1], ['z', 1]]);
  });

  it('past capacity under-counts by at most n/(capacity+1) and keeps every value above that (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 2000 }), fc.integer({ min: 1, max: 12 }), (stream, capacity) => {
        const f = new FrequentValues(capacity);
        const half = Math.floor(stream.length / 2);
        const g = new FrequentValues(capacity);
        stream.slice(0, half).forEach((v) => f.update(String(v)));
        stream.slice(half).forEach((v) => g.update(String(v)));
        f.merge(g);
        const truth = new Map<string, number>();
        for (const v of stream) truth.set(String(v), (truth.get(String(v)) ?? 0) + 1);
        const estimates = new Map(f.entries());
        expect(estimates.size).toBeLessThanOrEqual(capacity);
        expect(f.maxError).toBeLessThanOrEqual(stream.length / (capacity + 1));
        for (const [v, c] of truth) {
          const e = estimates.get(v) ?? 0;
          expect(e).toBeLessThanOrEqual(c);
          expect(c - e).toBeLessThanOrEqual(f.maxError);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('feature profiles', () => {
  it('merge shards to the same count, missing, min, max, mean and variance as one pass', () => {
    const values = normals(10_001, 'shards', 3);
    const whole = new FeatureProfile();
    values.forEach((v) => whole.addNumber(v));
    whole.addMissing();
    const shards = [0, 1, 2].map(() => new FeatureProfile());
    values.forEach((v, i) => shards[i % 3].addNumber(v));
    shards[1].addMissing();
    const merged = shards[0];
    merged.merge(shards[1]);
    merged.merge(shards[2]);
    const w = whole.numeric()!;
    const m = merged.numeric()!;
    expect([merged.count, merged.missing, m.count, m.min, m.max]).toEqual([whole.count, whole.missing, w.count, w.min, w.max]);
    expect(m.mean).toBeCloseTo(w.mean, 12);
    expect(m.variance).toBeCloseTo(w.variance, 10);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(w.variance).toBeCloseTo(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length, 9);
  });

  it('reads cells: numbers, numeric text only in text formats, missing spellings, booleans as categories', () => {
    const csv = new FeatureProfile();
    for (const cell of ['1.5', ' 2 ', '', 'NA', 'nan', '-3e2']) addCell(csv, cell, true);
    expect(csv.type).toBe('numeric');
    expect([csv.count, csv.missing, csv.numeric()!.min, csv.numeric()!.max]).toEqual([6, 3, -300, 2]);
    const typed = new FeatureProfile();
    for (const cell of ['1', true, null, undefined, Number.NaN, Infinity]) addCell(typed, cell, false);
    expect(typed.type).toBe('categorical');
    expect(typed.missing).toBe(4);
    expect(typed.categories()!.entries()).toEqual([['1', 1], ['true', 1]]);
    const mixed = new FeatureProfile();
    addCell(mixed, 1, false);
    addCell(mixed, 'a', false);
    expect(mixed.type).toBe('mixed');
  });

  it('round-trips a dataset profile through JSON and names the field at fault in a bad one', () => {
    const p = new Profile();
    p.rows = 3;
    ['a', 'b', 'b'].forEach((v) => p.feature('inputs', 'color').addText(v));
    [1, 2, 3].forEach((v) => p.feature('outputs', 'score').addNumber(v));
    const json = JSON.parse(JSON.stringify(p.toJSON()));
    expect(Profile.fromJSON(json, 'p.json').toJSON()).toEqual(p.toJSON());
    expect(() => Profile.fromJSON({ format: 'x' }, 'p.json')).toThrow(/p.json: not a Modelship profile/);
    expect(() => Profile.fromJSON({ ...json, version: 2 }, 'p.json')).toThrow(/version 2/);
    const broken = structuredClone(json);
    broken.outputs.score.numeric.mean = 'x';
    expect(() => Profile.fromJSON(broken, 'p.json')).toThrow(/p.json: outputs.score.numeric.mean: expected a finite number/);
    const lying = structuredClone(json);
    lying.inputs.color.count = 7;
    expect(() => Profile.fromJSON(lying, 'p.json')).toThrow(/inputs.color: expected count \(7\)/);
    const badSketch = structuredClone(json);
    badSketch.outputs.score.numeric.sketch.levels = [[1, 2]];
    expect(() => Profile.fromJSON(badSketch, 'p.json')).toThrow(/outputs.score.numeric.sketch: the sketch's items weigh 2/);
  });
});
