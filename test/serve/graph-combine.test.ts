/**
 * How an ensemble combines its members' outputs and how a switch reads a condition (src/serve/graph.ts), on
 * hand-made outputs: averages against the arithmetic written out here, votes with ties and weights, and
 * every dtype the vote keeps.
 */
import { describe, expect, it } from '@jest/globals';
import { combine, conditionHolds, GraphFailed } from '../../src/serve/graph.js';
import type { OutputTensor } from '../../src/serve/protocol.js';

const t = (name: string, dtype: string, dims: number[], data: ArrayLike<unknown>): OutputTensor => ({ name, dtype, dims, data });

describe('combine', () => {
  it('averages float32 element by element in float64, rounded once to float32', () => {
    const a = Float32Array.from([0.1, 0.7, 0.2]);
    const b = Float32Array.from([0.3, 0.3, 0.4]);
    const c = Float32Array.from([0.2, 0.2, 0.6]);
    const [out] = combine([[t('p', 'float32', [1, 3], a)], [t('p', 'float32', [1, 3], b)], [t('p', 'float32', [1, 3], c)]], [1, 1, 1], 'average');
    expect(out.data).toBeInstanceOf(Float32Array);
    expect(Array.from(out.data as Float32Array)).toEqual([0, 1, 2].map((i) => Math.fround((a[i] + b[i] + c[i]) / 3)));
    expect(out.dims).toEqual([1, 3]);
  });

  it('weighted-average of float64 keeps float64', () => {
    const [out] = combine([[t('y', 'float64', [2], Float64Array.from([1, 10]))], [t('y', 'float64', [2], Float64Array.from([4, 20]))]], [1, 2], 'weighted-average');
    expect(out.data).toBeInstanceOf(Float64Array);
    expect(Array.from(out.data as Float64Array)).toEqual([(1 + 2 * 4) / 3, (10 + 2 * 20) / 3]);
  });

  const votes: Array<{ title: string; dtype: string; parts: Array<ArrayLike<unknown>>; weights: number[]; expected: unknown[] }> = [
    { title: 'int64 labels: the majority wins', dtype: 'int64', parts: [BigInt64Array.from([0n, 1n]), BigInt64Array.from([2n, 1n]), BigInt64Array.from([2n, 0n])], weights: [1, 1, 1], expected: [2n, 1n] },
    { title: 'a tie goes to the earliest member\'s value', dtype: 'int64', parts: [BigInt64Array.from([5n]), BigInt64Array.from([7n])], weights: [1, 1], expected: [5n] },
    { title: 'a heavier member outvotes two lighter ones', dtype: 'int32', parts: [Int32Array.from([1]), Int32Array.from([2]), Int32Array.from([2])], weights: [3, 1, 1], expected: [1] },
    { title: 'strings are voted', dtype: 'string', parts: [['cat', 'dog'], ['dog', 'dog'], ['cat', 'bird']], weights: [1, 1, 1], expected: ['cat', 'dog'] },
    { title: 'bool (as onnxruntime hands it over) is voted', dtype: 'bool', parts: [Uint8Array.from([1, 0]), Uint8Array.from([1, 1]), Uint8Array.from([0, 1])], weights: [1, 1, 1], expected: [1, 1] },
  ];
  for (const v of votes) {
    it(v.title, () => {
      const [out] = combine(v.parts.map((p) => [t('l', v.dtype, [p.length], p)]), v.weights, 'average');
      expect(Array.from(out.data)).toEqual(v.expected);
      expect((out.data as object).constructor).toBe((v.parts[0] as object).constructor);
    });
  }

  it('majority-vote votes float outputs too (exact values)', () => {
    const [out] = combine([[t('p', 'float32', [2], Float32Array.from([0.5, 0.25]))], [t('p', 'float32', [2], Float32Array.from([0.5, 0.75]))], [t('p', 'float32', [2], Float32Array.from([0.125, 0.75]))]], [1, 1, 1], 'majority-vote');
    expect(Array.from(out.data as Float32Array)).toEqual([0.5, 0.75]);
  });

  it('members answering different shapes cannot be combined: GraphFailed naming the output', () => {
    expect(() => combine([[t('p', 'float32', [1, 3], new Float32Array(3))], [t('p', 'float32', [1, 2], new Float32Array(2))]], [1, 1], 'average')).toThrow(GraphFailed);
    expect(() => combine([[t('p', 'float32', [1, 3], new Float32Array(3))], [t('q', 'float32', [1, 3], new Float32Array(3))]], [1, 1], 'average')).toThrow('ensemble member 1 answered "p" as nothing');
  });
});

describe('conditionHolds', () => {
  const features = { name: 'features', dtype: 'float32', dims: [1, 4], data: Float32Array.from([5.1, 3.5, 4.8, 0.2]) };
  const ids = { name: 'ids', dtype: 'int64', dims: [2], data: BigInt64Array.from([3n, 9n]) };
  const flags = { name: 'flags', dtype: 'bool', dims: [1], data: [true] };
  const table: Array<[string, Parameters<typeof conditionHolds>[0], boolean]> = [
    ['a float32 element equals the configured decimal', { input: 'features', index: 2, equals: 4.8 }, true],
    ['above is strict', { input: 'features', index: 2, above: 4.8 }, false],
    ['atLeast includes the bound', { input: 'features', index: 2, atLeast: 4.8 }, true],
    ['below', { input: 'features', index: 3, below: 0.5 }, true],
    ['atMost', { input: 'features', atMost: 5 }, false],
    ['int64 elements compare as numbers', { input: 'ids', index: 1, above: 8 }, true],
    ['bool elements equal true', { input: 'flags', equals: true }, true],
    ['an index past the end never matches', { input: 'ids', index: 2, atLeast: 0 }, false],
    ['an input the request lacks never matches', { input: 'other', atLeast: 0 }, false],
    ['a header, case-insensitive name, exact value', { header: 'X-Tier', equals: 'gold' }, true],
    ['a header with another value', { header: 'x-tier', equals: 'Gold' }, false],
  ];
  for (const [title, when, expected] of table) {
    it(title, () => expect(conditionHolds(when, [features, ids, flags], { 'x-tier': 'gold' })).toBe(expected));
  }
});
