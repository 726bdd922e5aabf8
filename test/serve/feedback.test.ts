import { describe, expect, it } from '@jest/globals';
import { FeedbackStore, type JoinedFeedback } from '../../src/serve/feedback.js';
import { rowPredictions } from '../../src/serve/monitoring.js';

describe('feedback store', () => {
  it('joins values to logged predictions: MAE and RMSE over the window, the oldest outcomes dropped', () => {
    const store = new FeedbackStore({ window: 3 });
    const joined: JoinedFeedback[] = [];
    store.onJoined((j) => joined.push(j));
    store.logPrediction('house', '1', 'a', [10, 20]);
    store.logPrediction('house', '1', 'b', [5]);
    expect(store.record('house', { id: 'a', value: [12, 20] })).toEqual({ result: 'joined', version: '1' });
    expect(store.figures('house', '1')).toMatchObject({ values: 2, mae: 1, rmse: Math.sqrt(2), accuracy: null });
    store.record('house', { id: 'b', value: 1 });
    // Window of 3: errors 2, 0, 4 → MAE 2, RMSE sqrt(20/3).
    expect(store.figures('house', '1').mae).toBeCloseTo(2, 12);
    store.logPrediction('house', '1', 'c', [0]);
    store.record('house', { id: 'c', value: 0 });
    // 2 drops out: 0, 4, 0.
    expect(store.figures('house', '1')).toMatchObject({ values: 3, mae: 4 / 3 });
    expect(joined.map((j) => [j.id, j.kind, j.predictions, j.truth])).toEqual([['a', 'value', [10, 20], [12, 20]], ['b', 'value', [5], [1]], ['c', 'value', [0], [0]]]);
  });

  it('labels compare as text; a value for a label answer is invalid; memory stays at capacity', () => {
    const store = new FeedbackStore({ capacity: 2 });
    store.logPrediction('iris', '2', 'x', [2]);
    store.logPrediction('iris', '2', 'y', ['setosa']);
    expect(store.record('iris', { id: 'x', label: '2' }).result).toBe('joined');
    expect(store.record('iris', { id: 'y', value: 1 })).toMatchObject({ result: 'invalid', reason: expect.stringMatching(/a value was given but the model answered labels/) });
    for (let i = 0; i < 100; i++) store.logPrediction('iris', '2', `z${i}`, [0]);
    expect(store.logged('iris')).toBe(2);
    expect(store.record('iris', { id: 'z0', label: 0 }).result).toBe('unknown');
    expect(store.figures('iris', '2')).toMatchObject({ labels: 1, accuracy: 1 });
    expect([...store.counts]).toEqual([[JSON.stringify(['iris', '2', 'joined']), 1], [JSON.stringify(['iris', '2', 'invalid']), 1], [JSON.stringify(['iris', '', 'unknown']), 1]]);
    expect(() => new FeedbackStore({ window: 0 })).toThrow(/window must be a positive integer/);
  });
});

describe('row predictions', () => {
  it('takes the first one-value-per-row output, else the argmax of the first output', () => {
    expect(rowPredictions([{ name: 'probabilities', dims: [2, 3], data: new Float32Array([0.1, 0.7, 0.2, 0.5, 0.2, 0.3]) }, { name: 'label', dims: [2], data: new BigInt64Array([1n, 0n]) }])).toEqual([1, 0]);
    expect(rowPredictions([{ name: 'probabilities', dims: [2, 3], data: new Float32Array([0.1, 0.7, 0.2, 0.5, 0.2, 0.3]) }])).toEqual([1, 0]);
    expect(rowPredictions([{ name: 'y', dims: [2, 1], data: new Float32Array([1.5, 2.5]) }])).toEqual([1.5, 2.5]);
    expect(rowPredictions([])).toEqual([]);
  });
});
