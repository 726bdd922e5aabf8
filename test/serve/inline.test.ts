import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { sameTensor } from '../../src/serve/batching.js';
import type { DecodedTensor } from '../../src/serve/protocol.js';
import { resolveInline, startServer, type RunningServer } from '../../src/serve/server.js';
import { DEFAULT_INLINE, inlineCapacity, loadVersion, type InlinePolicy, type LoadedVersion, type SessionOptions } from '../../src/serve/sessions.js';
import { encodeMlp } from '../bench/support/mlp-model.js';
import { fixedBatchModel, gatherModel, rowSumModel } from './support/onnx-models.js';
import { addVersion, IRIS_V2, tempRepository, writeRouting } from './support/repository.js';

const rowOf = (i: number) => Float32Array.from({ length: 4 }, (_, k) => Math.sin(i * 7.3 + k) * 4);
const features = (rows: number, from = 0): DecodedTensor[] => {
  const data = new Float32Array(rows * 4);
  for (let r = 0; r < rows; r++) data.set(rowOf(from + r), r * 4);
  return [{ name: 'features', dtype: 'float32', dims: [rows, 4], data }];
};

const loaded: LoadedVersion[] = [];
async function version(bytes: Buffer, inline: InlinePolicy | undefined, options: Partial<SessionOptions> = {}) {
  const events: Array<Record<string, unknown>> = [];
  const batches: Array<[number, number]> = [];
  const v = await loadVersion('m', '1.0.0', 'sha', Buffer.from(bytes), { intraOpThreads: 1, interOpThreads: 1, workers: 1, batch: { maxRows: 64, maxDelayMs: 0 }, inline, ...options }, { batch: (n, rows) => void batches.push([n, rows]), event: (r) => void events.push(r) });
  loaded.push(v);
  return { v, events, batches };
}
afterEach(async () => {
  await Promise.all(loaded.splice(0).map((v) => v.retire()));
});

describe('inlineCapacity', () => {
  it('is the largest measured batch that fits in the budget, in input elements', () => {
    const runs = [
      { elements: 4, ms: 0.01 },
      { elements: 8, ms: 0.02 },
      { elements: 16, ms: 0.9 },
      { elements: 32, ms: 1.7 },
    ];
    expect(inlineCapacity(runs, 1)).toBe(16);
    expect(inlineCapacity(runs, 2)).toBe(32);
    expect(inlineCapacity(runs, 0.015)).toBe(4);
  });

  it('is 0 (run on a worker) when not even one row fits, or nothing was measured', () => {
    expect(inlineCapacity([{ elements: 4, ms: 1.5 }], 1)).toBe(0);
    expect(inlineCapacity([], 1)).toBe(0);
    expect(inlineCapacity([{ elements: 4, ms: 0.001 }], 0)).toBe(0);
  });
});

describe('resolveInline', () => {
  it('defaults to the documented limits, takes partial overrides, and false turns it off', () => {
    expect(resolveInline()).toEqual(DEFAULT_INLINE);
    expect(resolveInline({ maxRunMs: 3 })).toEqual({ ...DEFAULT_INLINE, maxRunMs: 3 });
    expect(resolveInline(false)).toBeUndefined();
  });

  it('refuses bad limits, naming the field and what was expected', () => {
    expect(() => resolveInline({ maxRunMs: -1 })).toThrow(/inline maxRunMs must be a number of milliseconds from 0 to 1000.*-1/);
    expect(() => resolveInline({ maxRunMs: Number.NaN })).toThrow(/maxRunMs/);
    expect(() => resolveInline({ maxModelBytes: 1.5 })).toThrow(/inline maxModelBytes must be a non-negative integer, got 1.5/);
  });
});

describe('inline or worker, decided at load', () => {
  it('runs the tiny example model inline, batches capped at the largest measured run', async () => {
    // 50 ms rather than the default 1 ms: a run of a few µs cannot miss either, but this test must not
    // depend on how busy the machine is.
    const { v } = await version(await readFile(IRIS_V2), { ...DEFAULT_INLINE, maxRunMs: 50 });
    expect(v.execution.mode).toBe('inline');
    // Measured up to the batch limit (64 rows of 4 features) unless a run went over the budget first.
    if (v.execution.mode === 'inline') expect([4, 8, 16, 32, 64, 128, 256]).toContain(v.execution.maxElements);
  });

  it('keeps a model on a worker when a one-row run is over the budget, saying why', async () => {
    const { v } = await version(await readFile(IRIS_V2), { ...DEFAULT_INLINE, maxRunMs: 0 });
    expect(v.execution).toEqual({ mode: 'worker', reason: expect.stringMatching(/a one-row run takes [\d.]+ ms, over the 0 ms an inline run may hold the event loop/) });
  });

  it('keeps a model file over the size limit on a worker without creating a session on the main thread', async () => {
    const bytes = await readFile(IRIS_V2);
    const { v } = await version(bytes, { ...DEFAULT_INLINE, maxModelBytes: 100 });
    expect(v.execution).toEqual({ mode: 'worker', reason: `the model file (${bytes.length} bytes) is over 100 bytes` });
  });

  it('measures a model with a fixed first dimension at that dimension, and runs it inline', async () => {
    const { v } = await version(fixedBatchModel(), { ...DEFAULT_INLINE, maxRunMs: 1000 });
    expect(v.execution).toEqual({ mode: 'inline', maxElements: 6, rowMs: expect.any(Number) });
    const out = await v.run([{ name: 'x', dtype: 'float32', dims: [3, 2], data: Float32Array.from([1, 2, 3, 4, 5, 6]) }]);
    expect(Array.from(out[0].data as Float32Array)).toEqual([2, 4, 6, 8, 10, 12]);
  });

  it('keeps a model on workers when more than one worker per version is asked for', async () => {
    const { v } = await version(await readFile(IRIS_V2), { ...DEFAULT_INLINE, maxRunMs: 1000 }, { workers: 2 });
    expect(v.execution).toEqual({ mode: 'worker', reason: '2 worker threads were asked for' });
  });

  it('never runs inline when the caller does not ask for it (batch scoring keeps its worker threads)', async () => {
    const { v } = await version(await readFile(IRIS_V2), undefined);
    expect(v.execution).toEqual({ mode: 'worker', reason: 'inline execution is off' });
  });

  it('refuses a model onnxruntime cannot load on the inline path too', async () => {
    await expect(version(Buffer.from('not an onnx model'), DEFAULT_INLINE)).rejects.toThrow();
  });
});

describe('inline and worker runs give the same answers', () => {
  it.each([
    ['the iris example', IRIS_V2],
    ['an MLP', undefined],
  ])('%s: same metadata and, bit for bit, the same outputs alone and batched', async (_n, file) => {
    const bytes = file ? await readFile(file) : encodeMlp({ hidden: 64, layers: 2 });
    const inline = await version(bytes, { ...DEFAULT_INLINE, maxRunMs: 1000 });
    const worker = await version(bytes, undefined);
    expect(inline.v.execution.mode).toBe('inline');
    expect(worker.v.execution.mode).toBe('worker');
    expect(inline.v.inputs).toEqual(worker.v.inputs);
    expect(inline.v.outputs).toEqual(worker.v.outputs);
    expect(inline.v.batching).toEqual(worker.v.batching);
    // Concurrent one-row requests (merged into batches) and a multi-row request, on both paths.
    const requests = [...Array.from({ length: 12 }, (_, i) => features(1, i)), features(5, 40)];
    const [a, b] = await Promise.all([Promise.all(requests.map((r) => inline.v.run(r))), Promise.all(requests.map((r) => worker.v.run(r)))]);
    for (let i = 0; i < requests.length; i++) {
      expect(a[i].map((t) => t.name)).toEqual(b[i].map((t) => t.name));
      for (let o = 0; o < a[i].length; o++) expect(sameTensor(a[i][o], b[i][o])).toBe(true);
    }
    // The one-row requests really shared runs on the inline path.
    expect(inline.batches.some(([n]) => n > 1)).toBe(true);
  });
});

describe('run-time failures and free dimensions inline', () => {
  it('fails only the request at fault, with the message a worker gives, and reruns its batch one by one', async () => {
    const ids = (...xs: bigint[]): DecodedTensor[] => [{ name: 'ids', dtype: 'int64', dims: [xs.length], data: BigInt64Array.from(xs) }];
    const outcomes = [];
    for (const inline of [{ ...DEFAULT_INLINE, maxRunMs: 1000 }, undefined]) {
      const { v, events } = await version(gatherModel(), inline);
      expect(v.execution.mode).toBe(inline ? 'inline' : 'worker');
      const results = await Promise.allSettled([v.run(ids(1n)), v.run(ids(2n, 3n)), v.run(ids(12n)), v.run(ids(9n))]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect(events.map((e) => e.event)).toEqual(['batch-retry']);
      outcomes.push(results.map((r) => (r.status === 'fulfilled' ? Array.from(r.value[0].data as Float32Array) : (r.reason as Error).message)));
    }
    expect(outcomes[0]).toEqual(outcomes[1]);
    expect(outcomes[0][2]).toMatch(/idx=12 must be within the inclusive range/);
  });

  it('caps inline runs by input elements, so long free dimensions do not share a run beyond the cap', async () => {
    // y[b] = sum of x[b, 0..n): the measurement runs rows of n = 1, so the cap is in those elements.
    const { v, events } = await version(rowSumModel(), { ...DEFAULT_INLINE, maxRunMs: 1000 }, { batch: { maxRows: 8, maxDelayMs: 0 } });
    expect(v.execution).toEqual({ mode: 'inline', maxElements: 8, rowMs: expect.any(Number) });
    const x = (rows: number, n: number): DecodedTensor[] => [{ name: 'x', dtype: 'float32', dims: [rows, n], data: new Float32Array(rows * n).fill(1) }];
    const [small, wide] = await Promise.all([v.run(x(2, 3)), v.run(x(1, 9))]);
    expect(Array.from(small[0].data as Float32Array)).toEqual([3, 3]);
    expect(Array.from(wide[0].data as Float32Array)).toEqual([9]);
    expect(events.filter((e) => e.event === 'spill-worker')).toHaveLength(1);
  });
});

describe('a request too big to run inline', () => {
  it('runs on a worker started for it, with the same answer, and inline runs go on', async () => {
    // Batches of at most 4 rows: the inline measurement stops there, so 16 input elements is the cap.
    const { v, events } = await version(await readFile(IRIS_V2), { ...DEFAULT_INLINE, maxRunMs: 1000 }, { batch: { maxRows: 4, maxDelayMs: 0 } });
    expect(v.execution).toEqual({ mode: 'inline', maxElements: 16, rowMs: expect.any(Number) });
    const reference = await version(await readFile(IRIS_V2), undefined);
    const big = features(10, 3);
    const [spilled, small] = await Promise.all([v.run(big), v.run(features(2))]);
    const expected = await reference.v.run(big);
    for (let o = 0; o < expected.length; o++) expect(sameTensor(spilled[o], expected[o])).toBe(true);
    expect(small[0].dims[0]).toBe(2);
    expect(events.filter((e) => e.event === 'spill-worker')).toEqual([expect.objectContaining({ reason: 'a request of 40 input elements is over the 16 an inline run may hold' })]);
    // The worker is started once and reused.
    await v.run(features(9));
    expect(events.filter((e) => e.event === 'spill-worker')).toHaveLength(1);
  });

  it('goes to the worker even when it becomes the head of the queue after an expired request is dropped', async () => {
    const { v, events } = await version(await readFile(IRIS_V2), { ...DEFAULT_INLINE, maxRunMs: 1000 }, { batch: { maxRows: 4, maxDelayMs: 0 } });
    const [expired, big] = await Promise.allSettled([v.run(features(1), undefined, Date.now() - 1), v.run(features(10))]);
    expect(expired.status).toBe('rejected');
    expect((expired as PromiseRejectedResult).reason.message).toMatch(/waited past its timeout/);
    expect(big.status).toBe('fulfilled');
    expect(events.filter((e) => e.event === 'spill-worker')).toHaveLength(1);
  });

  it('is refused with the reason when its worker cannot start, and the version keeps serving inline', async () => {
    const bytes = await readFile(IRIS_V2);
    const { v } = await version(bytes, { ...DEFAULT_INLINE, maxRunMs: 1000 }, { batch: { maxRows: 4, maxDelayMs: 0 } });
    // A worker that cannot start (no thread left, say): replaced at the one place the version starts it.
    Object.assign(v as unknown as { startSpill: () => Promise<never> }, { startSpill: () => Promise.reject(new Error('no thread')) });
    await expect(v.run(features(10))).rejects.toThrow('the worker for requests too big to run inline could not start: no thread');
    await expect(v.run(features(10))).rejects.toThrow(/could not start/);
    expect((await v.run(features(1)))[0].dims[0]).toBe(1);
  });
});

describe('the server on both paths', () => {
  let repo: Awaited<ReturnType<typeof tempRepository>>;
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    repo = await tempRepository();
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V2);
    await writeRouting(repo.root, 'iris', { generation: 1, stable: '1.0.0' });
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await repo.cleanup();
    await rm(path.join(repo.root, 'iris'), { recursive: true, force: true });
  });

  it('answers the same bytes inline and on workers, JSON and binary, and logs where each version runs', async () => {
    const logs: Array<Record<string, unknown>> = [];
    const log = { write: (r: Record<string, unknown>) => void logs.push(r), close: async () => undefined };
    const inline = await startServer({ repository: repo.root, port: 0, log, monitoring: false });
    servers.push(inline);
    const worker = await startServer({ repository: repo.root, port: 0, inline: false, log, monitoring: false });
    servers.push(worker);
    const loadedLogs = logs.filter((r) => r.event === 'loaded');
    expect(loadedLogs.map((r) => (r.execution as { mode: string }).mode).sort()).toEqual(['inline', 'worker']);
    const json = JSON.stringify({ id: 'x', inputs: [{ name: 'features', shape: [3, 4], datatype: 'FP32', data: Array.from(features(3)[0].data as Float32Array) }] });
    const header = JSON.stringify({ inputs: [{ name: 'features', shape: [2, 4], datatype: 'FP32', parameters: { binary_data_size: 32 } }], outputs: [{ name: 'label', parameters: { binary_data: true } }, { name: 'probabilities' }] });
    const binary = Buffer.concat([Buffer.from(header), Buffer.from((features(2, 5)[0].data as Float32Array).buffer)]);
    const answers = await Promise.all(
      [inline, worker].map(async (s) => {
        const a = await fetch(`${s.url}/v2/models/iris/infer`, { method: 'POST', body: json, headers: { 'content-type': 'application/json' } });
        const b = await fetch(`${s.url}/v2/models/iris/infer`, { method: 'POST', body: binary, headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(Buffer.byteLength(header)) } });
        expect([a.status, b.status]).toEqual([200, 200]);
        return [await a.text(), Buffer.from(await b.arrayBuffer()).toString('base64'), b.headers.get('inference-header-content-length')];
      }),
    );
    expect(answers[0]).toEqual(answers[1]);
    expect(JSON.parse(answers[0][0] as string).outputs[1]).toEqual({ name: 'label', datatype: 'INT64', shape: [3], data: expect.any(Array) });
  });
});
