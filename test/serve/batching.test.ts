import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { batchAxis, batchKey, concatInputs, probeRows, sameTensor, splitOutputs } from '../../src/serve/batching.js';
import { encodeInferResponse, type DecodedTensor, type OutputTensor, type TensorMeta } from '../../src/serve/protocol.js';
import { loadVersion, type LoadedVersion, type SessionOptions } from '../../src/serve/sessions.js';
import { encodeMlp } from '../bench/support/mlp-model.js';
import { centeredModel, gatherModel, rowSumModel } from './support/onnx-models.js';
import { IRIS_V2 } from './support/repository.js';

const meta = (name: string, dtype: string, shape: Array<number | null>, dim0?: string): TensorMeta => (dim0 === undefined ? { name, dtype, shape } : { name, dtype, shape, dim0 });

describe('batchAxis', () => {
  it('batches a signature whose tensors all share a free first dimension', () => {
    expect(batchAxis([meta('features', 'float32', [null, 4], 'batch')], [meta('p', 'float32', [null, 3], 'batch'), meta('label', 'int64', [null], 'batch')])).toEqual({ enabled: true });
    // Unnamed free dims (-1) are accepted; the probe decides.
    expect(batchAxis([meta('x', 'float32', [null, 4], '')], [meta('y', 'float32', [null], 'N')])).toEqual({ enabled: true });
  });

  it.each([
    ['a fixed first dimension', [meta('features', 'float32', [1, 4])], [meta('p', 'float32', [null, 3], 'batch')], /input "features" has a fixed first dimension \(1\)/],
    ['a scalar output', [meta('x', 'float32', [null, 4], 'batch')], [meta('total', 'float32', [])], /output "total" has no declared first dimension/],
    ['two different batch names', [meta('a', 'float32', [null], 'batch'), meta('b', 'float32', [null], 'N')], [meta('y', 'float32', [null], 'batch')], /different names \(batch, N\)/],
    ['a non-tensor output', [meta('x', 'float32', [null], 'batch')], [meta('seq', 'unsupported', [])], /output "seq" is not a tensor/],
    ['no outputs', [meta('x', 'float32', [null], 'batch')], [], /no inputs or no outputs/],
  ])('refuses %s, saying why', (_n, inputs, outputs, reason) => {
    const b = batchAxis(inputs, outputs);
    expect(b.enabled).toBe(false);
    expect(b.enabled ? '' : b.reason).toMatch(reason);
  });
});

const t = (name: string, dtype: string, dims: number[], data: DecodedTensor['data']): DecodedTensor => ({ name, dtype, dims, data });

describe('batchKey', () => {
  it('keys a request by its non-batch dims and counts its rows', () => {
    expect(batchKey([t('x', 'float32', [3, 4], new Float32Array(12)), t('ids', 'int64', [3], new BigInt64Array(3))])).toEqual({ rows: 3, key: '4|' });
    expect(batchKey([t('x', 'float32', [2, 5, 7], new Float32Array(70))])).toEqual({ rows: 2, key: '5x7' });
    expect(batchKey([t('x', 'float32', [2, 4], new Float32Array(8))])?.key).not.toBe(batchKey([t('x', 'float32', [2, 5], new Float32Array(10))])?.key);
  });

  it('leaves alone a request with no rows or with inputs of different row counts', () => {
    expect(batchKey([t('x', 'float32', [0, 4], new Float32Array(0))])).toBeUndefined();
    expect(batchKey([t('x', 'float32', [2, 4], new Float32Array(8)), t('ids', 'int64', [3], new BigInt64Array(3))])).toBeUndefined();
    expect(batchKey([t('x', 'float32', [], new Float32Array(1))])).toBeUndefined();
  });
});

describe('concatInputs and splitOutputs', () => {
  it('round-trips any requests: joined along the batch axis and split back, every value in place (property)', () => {
    const request = fc.integer({ min: 1, max: 5 }).chain((rows) =>
      fc.record({
        rows: fc.constant(rows),
        x: fc.array(fc.float({ noNaN: false }), { minLength: rows * 3, maxLength: rows * 3 }),
        ids: fc.array(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), { minLength: rows, maxLength: rows }),
        flags: fc.array(fc.boolean(), { minLength: rows, maxLength: rows }),
        words: fc.array(fc.string(), { minLength: rows, maxLength: rows }),
      }),
    );
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 6 }), (reqs) => {
        const inputs = reqs.map((r) => [
          t('x', 'float32', [r.rows, 3], Float32Array.from(r.x)),
          t('ids', 'int64', [r.rows], BigInt64Array.from(r.ids)),
          t('flags', 'bool', [r.rows], r.flags),
          t('words', 'string', [r.rows], r.words),
        ]);
        const rows = reqs.reduce((n, r) => n + r.rows, 0);
        const joined = concatInputs(inputs, rows);
        expect(joined.map((j) => j.dims[0])).toEqual([rows, rows, rows, rows]);
        // An identity model: the outputs are the joined inputs; each request asks for its own subset.
        const names = ['x', 'ids', 'flags', 'words'];
        const parts = splitOutputs(joined, reqs.map((r, i) => ({ rows: r.rows, names: i % 2 ? names : ['words', 'x'] })), rows);
        expect(parts).toBeDefined();
        parts?.forEach((outs, i) => {
          for (const o of outs) {
            const original = inputs[i].find((x) => x.name === o.name) as DecodedTensor;
            expect(o.dims).toEqual(original.dims);
            if (o.name === 'flags') expect(Array.from(o.data as Uint8Array, Boolean)).toEqual(original.data);
            else if (o.name === 'x') expect(sameTensor(o, { ...original, data: original.data })).toBe(true);
            else expect(Array.from(o.data)).toEqual(Array.from(original.data as ArrayLike<unknown>));
          }
          expect(outs.map((o) => o.name)).toEqual(i % 2 ? names : ['words', 'x']);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses to split an output that does not follow the batch axis', () => {
    const out: OutputTensor[] = [{ name: 'total', dtype: 'float32', dims: [1], data: new Float32Array(1) }];
    expect(splitOutputs(out, [{ rows: 1, names: ['total'] }, { rows: 2, names: ['total'] }], 3)).toBeUndefined();
    expect(splitOutputs([{ name: 's', dtype: 'float32', dims: [], data: new Float32Array(1) }], [{ rows: 1, names: ['s'] }], 1)).toBeUndefined();
  });
});

describe('probe rows and bitwise comparison', () => {
  it('gives two different one-row requests, free non-batch dims as 1', () => {
    const [a, b] = probeRows([meta('x', 'float32', [null, null, 3], 'batch'), meta('ids', 'int64', [null], 'batch'), meta('w', 'string', [null], 'batch'), meta('h', 'float16', [null], 'batch')]);
    expect(a.map((x) => x.dims)).toEqual([[1, 1, 3], [1], [1], [1]]);
    expect(Array.from(a[0].data as Float32Array)).toEqual([0, 0, 0]);
    expect(Array.from(b[0].data as Float32Array)).toEqual([1, 1, 1]);
    expect(Array.from(b[1].data as BigInt64Array)).toEqual([1n]);
    expect([a[2].data, b[2].data]).toEqual([['a'], ['b']]);
    expect(Array.from(b[3].data as Uint16Array)).toEqual([0x3c00]);
  });

  it('compares bits: NaN equals itself, 0 and -0 differ', () => {
    const f = (v: number): OutputTensor => ({ name: 'y', dtype: 'float32', dims: [1], data: Float32Array.of(v) });
    expect(sameTensor(f(NaN), f(NaN))).toBe(true);
    expect(sameTensor(f(0), f(-0))).toBe(false);
    expect(sameTensor(f(1), { ...f(1), dims: [1, 1] })).toBe(false);
  });
});

/** Loads a real version (worker + session) straight from bytes, recording its batches. */
async function version(bytes: Buffer, options: Partial<SessionOptions> = {}): Promise<{ v: LoadedVersion; batches: Array<[number, number]>; events: Array<Record<string, unknown>> }> {
  const batches: Array<[number, number]> = [];
  const events: Array<Record<string, unknown>> = [];
  const v = await loadVersion('m', '1.0.0', 'sha', Buffer.from(bytes), { intraOpThreads: 1, interOpThreads: 1, workers: 1, batch: { maxRows: 64, maxDelayMs: 0 }, ...options }, { batch: (n, rows) => void batches.push([n, rows]), event: (r) => void events.push(r) });
  return { v, batches, events };
}

const rowOf = (i: number) => Float32Array.from({ length: 4 }, (_, k) => Math.sin(i * 7.3 + k) * 4);
const features = (rows: number, from = 0): DecodedTensor[] => {
  const data = new Float32Array(rows * 4);
  for (let r = 0; r < rows; r++) data.set(rowOf(from + r), r * 4);
  return [{ name: 'features', dtype: 'float32', dims: [rows, 4], data }];
};

describe('dynamic batching on real models', () => {
  it.each([
    ['an MLP', encodeMlp({ hidden: 64, layers: 2 })],
    ['the iris example', undefined],
  ])('gives %s the same answers batched as alone, bit for bit', async (_n, given) => {
    const bytes = given ?? (await readFile(IRIS_V2));
    const { v, batches } = await version(bytes);
    try {
      expect(v.batching).toEqual({ enabled: true });
      // Queued in one turn: they share runs (requests of 1 to 3 rows each).
      const sizes = Array.from({ length: 24 }, (_, i) => 1 + (i % 3));
      let at = 0;
      const requests = sizes.map((rows) => {
        const r = features(rows, at);
        at += rows;
        return r;
      });
      const together = await Promise.all(requests.map((r) => v.run(r)));
      expect(batches.some(([n]) => n > 1)).toBe(true);
      expect(batches.reduce((s, [n]) => s + n, 0)).toBe(24);
      expect(Math.max(...batches.map(([, rows]) => rows))).toBeLessThanOrEqual(64);
      batches.length = 0;
      for (let i = 0; i < requests.length; i++) {
        const alone = await v.run(features(sizes[i], requests.slice(0, i).reduce((s, r) => s + r[0].dims[0], 0)));
        expect(batches.at(-1)?.[0]).toBe(1);
        expect(together[i].map((o) => o.name)).toEqual(alone.map((o) => o.name));
        together[i].forEach((o, k) => expect(sameTensor(o, alone[k])).toBe(true));
        // And so the answers a client reads are the same text.
        expect(encodeInferResponse('m', '1', undefined, together[i])).toBe(encodeInferResponse('m', '1', undefined, alone));
      }
    } finally {
      await v.retire();
    }
  });

  it('never merges requests of different non-batch dims, and answers each correctly', async () => {
    const { v, batches } = await version(rowSumModel());
    try {
      expect(v.batching).toEqual({ enabled: true });
      const req = (rows: number, n: number, base: number): DecodedTensor[] => [{ name: 'x', dtype: 'float32', dims: [rows, n], data: Float32Array.from({ length: rows * n }, (_, i) => base + i) }];
      const shapes = [[1, 3], [2, 5], [1, 3], [3, 5], [2, 3], [1, 5]];
      const answers = await Promise.all(shapes.map(([rows, n], i) => v.run(req(rows, n, i * 10))));
      shapes.forEach(([rows, n], i) => {
        const expected = Array.from({ length: rows }, (_, r) => Array.from({ length: n }, (_, k) => i * 10 + r * n + k).reduce((a, b) => a + b, 0));
        expect(answers[i][0].dims).toEqual([rows]);
        expect(Array.from(answers[i][0].data as Float32Array)).toEqual(expected);
      });
      // Two kinds (n = 3 and n = 5): one run each at most per turn, never a mix: rows per run match one kind.
      const rowsN3 = 1 + 1 + 2;
      const rowsN5 = 2 + 3 + 1;
      expect(batches.map(([, rows]) => rows).sort()).toEqual([rowsN3, rowsN5].sort());
    } finally {
      await v.retire();
    }
  });

  it('does not batch a model whose rows interact (found by the probe at load)', async () => {
    const { v, batches } = await version(centeredModel());
    try {
      expect(v.batching.enabled).toBe(false);
      expect(v.batching.enabled ? '' : v.batching.reason).toMatch(/rows are not independent: output "y"/);
      const a = v.run([{ name: 'x', dtype: 'float32', dims: [1, 2], data: Float32Array.of(1, 2) }]);
      const b = v.run([{ name: 'x', dtype: 'float32', dims: [1, 2], data: Float32Array.of(5, 9) }]);
      // Alone, a one-row request is centred on itself.
      expect(Array.from((await a)[0].data as Float32Array)).toEqual([0, 0]);
      expect(Array.from((await b)[0].data as Float32Array)).toEqual([0, 0]);
      expect(batches.every(([n]) => n === 1)).toBe(true);
    } finally {
      await v.retire();
    }
  });

  it('does not batch a model with a fixed batch dimension, nor when the maximum batch is 1', async () => {
    const fixed = await version(encodeMlp({ hidden: 8, batchDim: 1 }));
    const off = await version(encodeMlp({ hidden: 8 }), { batch: { maxRows: 1, maxDelayMs: 0 } });
    try {
      expect(fixed.v.batching).toEqual({ enabled: false, reason: 'input "features" has a fixed first dimension (1)' });
      expect(off.v.batching).toEqual({ enabled: false, reason: 'the maximum batch is 1 row' });
      await Promise.all(Array.from({ length: 6 }, (_, i) => off.v.run(features(1, i))));
      expect(off.batches).toEqual(Array(6).fill([1, 1]));
    } finally {
      await fixed.v.retire();
      await off.v.retire();
    }
  });

  it('fails only the request at fault when a merged run fails at run time', async () => {
    const { v, batches, events } = await version(gatherModel());
    try {
      const ids = (...xs: bigint[]): DecodedTensor[] => [{ name: 'ids', dtype: 'int64', dims: [xs.length], data: BigInt64Array.from(xs) }];
      const results = await Promise.allSettled([v.run(ids(1n)), v.run(ids(2n, 3n)), v.run(ids(12n)), v.run(ids(9n))]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect((results[2] as PromiseRejectedResult).reason.message).toMatch(/idx=12 must be within the inclusive range/);
      const value = (i: number) => Array.from(((results[i] as PromiseFulfilledResult<OutputTensor[]>).value[0].data as Float32Array));
      expect(value(0)).toEqual([0.5, 0.75]);
      expect(value(1)).toEqual([1, 1.25, 1.5, 1.75]);
      expect(value(3)).toEqual([4.5, 4.75]);
      // The four were merged into one run, which failed; then each ran alone.
      expect(events).toEqual([{ event: 'batch-retry', model: 'm', version: '1.0.0', requests: 4, error: expect.stringMatching(/idx=12/) }]);
      expect(batches).toEqual([[1, 1], [1, 2], [1, 1], [1, 1]]);
    } finally {
      await v.retire();
    }
  });

  it('waits up to maxDelayMs for more requests when asked to', async () => {
    const { v, batches } = await version(encodeMlp({ hidden: 8 }), { batch: { maxRows: 64, maxDelayMs: 1000 } });
    try {
      const first = v.run(features(1));
      await new Promise((r) => setTimeout(r, 30));
      const second = v.run(features(1, 1));
      await Promise.all([first, second]);
      expect(batches).toEqual([[2, 2]]);
    } finally {
      await v.retire();
    }
  });

  it('drops a queued request whose deadline has passed instead of running it', async () => {
    const { v, batches } = await version(encodeMlp({ hidden: 8 }));
    try {
      await expect(v.run(features(1), undefined, Date.now() - 1)).rejects.toThrow(/waited past its timeout and was not run/);
      expect(batches).toEqual([]);
      expect((await v.run(features(1)))[0].dims).toEqual([1, 3]);
    } finally {
      await v.retire();
    }
  });
});
