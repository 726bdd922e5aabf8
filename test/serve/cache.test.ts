import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Registry } from 'prom-client';
import { CacheMetrics, LocalAnswerStore, PredictionCache, resolveCacheSettings } from '../../src/serve/cache.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { addVersion, eventually, IRIS_V1, IRIS_V2, irisBody, metricSum, parseMetrics, tempRepository, writeRouting } from './support/repository.js';

interface Answer {
  status: number;
  cache: string | null;
  contentType: string | null;
  headerLength: string | null;
  bytes: Buffer;
}

async function infer(url: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: res.status, cache: res.headers.get('x-modelship-cache'), contentType: res.headers.get('content-type'), headerLength: res.headers.get('inference-header-content-length'), bytes: Buffer.from(await res.arrayBuffer()) };
}

/** An iris request as binary tensor data, all outputs asked back as binary. */
function binaryIris(rows: number[][]): { body: Buffer; headers: Record<string, string> } {
  const header = Buffer.from(JSON.stringify({ inputs: [{ name: 'features', shape: [rows.length, 4], datatype: 'FP32', parameters: { binary_data_size: rows.length * 16 } }], parameters: { binary_data_output: true } }));
  const data = Buffer.from(new Float32Array(rows.flat()).buffer);
  return { body: Buffer.concat([header, data]), headers: { 'inference-header-content-length': String(header.length), 'content-type': 'application/octet-stream' } };
}

describe('in-process answer store (LRU, byte budget, TTL)', () => {
  const answer = (n: number) => ({ headerLength: 0, body: Buffer.alloc(n, 1) });
  const key = (c: string) => c.repeat(64);
  function store(maxBytes: number, ttlMs = 60_000) {
    let now = 1000;
    const registry = new Registry();
    const metrics = new CacheMetrics(registry);
    const s = new LocalAnswerStore('m', maxBytes, ttlMs, metrics, () => now);
    return { s, registry, advance: (ms: number) => (now += ms) };
  }
  const series = async (registry: Registry) => parseMetrics(await registry.metrics());

  it('evicts the least recently used entries first when the byte budget is exceeded', async () => {
    // Each entry: 500 body + 64 key + 200 overhead = 764 bytes; two fit in 1600, three do not.
    const { s, registry } = store(1600);
    s.set('1', key('a'), answer(500));
    s.set('1', key('b'), answer(500));
    expect(s.get('1', key('a'))).toBeDefined(); // a is now the most recently used
    s.set('1', key('c'), answer(500));
    expect(s.get('1', key('b'))).toBeUndefined();
    expect(s.get('1', key('a'))).toBeDefined();
    expect(s.get('1', key('c'))).toBeDefined();
    const m = await series(registry);
    expect(metricSum(m, 'modelship_cache_evictions_total', { reason: 'lru' })).toBe(1);
    expect(metricSum(m, 'modelship_cache_bytes')).toBe(2 * 764);
    expect(metricSum(m, 'modelship_cache_entries')).toBe(2);
  });

  it('never stores an answer larger than the budget, and replaces an entry under the same key', async () => {
    const { s, registry } = store(2000);
    s.set('1', key('a'), answer(5000));
    expect(s.get('1', key('a'))).toBeUndefined();
    s.set('1', key('b'), answer(100));
    s.set('1', key('b'), answer(300));
    expect(s.get('1', key('b'))?.body.length).toBe(300);
    expect(metricSum(await series(registry), 'modelship_cache_bytes')).toBe(300 + 64 + 200);
  });

  it('expires entries after the TTL', async () => {
    const { s, registry, advance } = store(100_000, 5000);
    s.set('1', key('a'), answer(10));
    advance(4999);
    expect(s.get('1', key('a'))).toBeDefined();
    advance(1);
    expect(s.get('1', key('a'))).toBeUndefined();
    const m = await series(registry);
    expect(metricSum(m, 'modelship_cache_evictions_total', { reason: 'expired' })).toBe(1);
    expect(metricSum(m, 'modelship_cache_bytes')).toBe(0);
  });

  it('drops the entries of one version only', () => {
    const { s } = store(100_000);
    s.set('1', key('a'), answer(10));
    s.set('2', key('b'), answer(10));
    s.drop('1');
    expect(s.get('1', key('a'))).toBeUndefined();
    expect(s.get('2', key('b'))).toBeDefined();
  });

  it('keys on model, version, the model bytes, the binary header and every body byte', () => {
    const c = new PredictionCache('iris', new LocalAnswerStore('iris', 4096, 1000, new CacheMetrics(new Registry())), new CacheMetrics(new Registry()));
    const body = Buffer.from(irisBody(1));
    const base = c.key('1.0.0', 'aa', undefined, body);
    expect(c.key('1.0.0', 'aa', undefined, Buffer.from(irisBody(1)))).toBe(base);
    expect(new Set([base, c.key('1.0.1', 'aa', undefined, body), c.key('1.0.0', 'ab', undefined, body), c.key('1.0.0', 'aa', '10', body), c.key('1.0.0', 'aa', undefined, Buffer.from(irisBody(1, 'x')))]).size).toBe(5);
  });

  it('refuses settings that are not one store, a budget or a duration, naming the field', () => {
    expect(() => resolveCacheSettings({ ttl: '1m' }, 'models.iris.cache')).toThrow(/models\.iris\.cache: give exactly one of maxBytes/);
    expect(() => resolveCacheSettings({ maxBytes: 4096, redis: 'redis://x' }, 'models.iris.cache')).toThrow(/exactly one/);
    expect(() => resolveCacheSettings({ maxBytes: 10 }, 'models.iris.cache')).toThrow(/maxBytes: expected an integer number of bytes >= 1024/);
    expect(() => resolveCacheSettings({ redis: 'http://x' }, 'models.iris.cache')).toThrow(/redis: expected a redis:\/\/ or rediss:\/\/ URL/);
    expect(() => resolveCacheSettings({ maxBytes: 4096, ttl: 'soon' }, 'models.iris.cache')).toThrow(/ttl.*not a duration/);
    expect(() => resolveCacheSettings({ maxBytes: 4096, size: 1 }, 'models.iris.cache')).toThrow(/unknown key\(s\) size/);
    expect(() => resolveCacheSettings('big', 'models.iris.cache')).toThrow(/expected an object/);
    expect(resolveCacheSettings({ maxBytes: 4096 }, 'c')).toEqual({ maxBytes: 4096, ttlMs: 600_000, timeoutMs: 50 });
    expect(resolveCacheSettings({ redis: 'redis://h:1', ttl: '1h', timeout: '20ms' }, 'c')).toEqual({ redis: 'redis://h:1', ttlMs: 3_600_000, timeoutMs: 20 });
  });
});

describe('prediction cache in serve (in process)', () => {
  let repo: Awaited<ReturnType<typeof tempRepository>>;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    repo = await tempRepository();
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await rm(path.join(repo.root, 'iris'), { recursive: true, force: true });
  });
  afterAll(() => repo.cleanup());

  const logs: Array<Record<string, unknown>> = [];
  const log = { write: (r: Record<string, unknown>) => void logs.push(r), close: async () => undefined };
  const start = async (cache: Record<string, unknown> | undefined = { iris: { maxBytes: 1 << 20, ttl: '1h' } }) => {
    logs.length = 0;
    return (server = await startServer({ repository: repo.root, port: 0, seed: 7, pollMs: 50, cache, log }));
  };
  const cacheMetrics = async (s: RunningServer) => parseMetrics((await s.metrics.exposition()).body);

  it('answers a repeated request from the cache with the bytes the model answered (JSON and binary)', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const plain = await startServer({ repository: repo.root, port: 0, seed: 7, pollMs: 50 });
    const body = irisBody(3, 'req-1');
    const bin = binaryIris([[5.1, 3.5, 1.4, 0.2], [6.7, 3.1, 4.4, 1.4]]);
    let reference: Answer[];
    try {
      reference = [await infer(`${plain.url}/v2/models/iris/infer`, body), await infer(`${plain.url}/v2/models/iris/infer`, bin.body, bin.headers)];
      expect(reference.map((a) => a.cache)).toEqual([null, null]); // no header on a model without a cache
    } finally {
      await plain.close();
    }
    const s = await start();
    for (const [i, send] of [() => infer(`${s.url}/v2/models/iris/infer`, body), () => infer(`${s.url}/v2/models/iris/infer`, bin.body, bin.headers)].entries()) {
      const miss = await send();
      const hit = await send();
      expect([miss.status, miss.cache, hit.status, hit.cache]).toEqual([200, 'miss', 200, 'hit']);
      expect(hit.bytes.equals(miss.bytes)).toBe(true);
      expect(hit.bytes.equals(reference[i].bytes)).toBe(true);
      expect([hit.contentType, hit.headerLength]).toEqual([reference[i].contentType, reference[i].headerLength]);
    }
    expect(reference[1].headerLength).not.toBeNull();
    // A different id is a different request: its answer echoes it, so it is not the cached one.
    const other = await infer(`${s.url}/v2/models/iris/infer`, irisBody(3, 'req-2'));
    expect(other.cache).toBe('miss');
    expect(JSON.parse(String(other.bytes)).id).toBe('req-2');
    const m = await cacheMetrics(s);
    expect(metricSum(m, 'modelship_cache_lookups_total', { model: 'iris', version: '1.0.0', result: 'hit' })).toBe(2);
    expect(metricSum(m, 'modelship_cache_lookups_total', { model: 'iris', version: '1.0.0', result: 'miss' })).toBe(3);
    expect(metricSum(m, 'modelship_cache_entries', { model: 'iris' })).toBe(3);
    expect(metricSum(m, 'modelship_cache_bytes', { model: 'iris' })).toBeGreaterThan(0);
    // Hits are requests answered: they are counted like any other, and the access log says which were hits.
    expect(metricSum(m, 'modelship_requests_total', { model: 'iris', code: '200' })).toBe(5);
    await eventually(() => logs.filter((l) => l.event === 'access').length === 5, 'access lines');
    expect(logs.filter((l) => l.event === 'access').map((l) => l.cache)).toEqual(['miss', 'hit', 'miss', 'hit', 'miss']);
  });

  it('never serves one version the answer of another', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    await addVersion(repo.root, 'iris', '2.0.0', IRIS_V2);
    await writeRouting(repo.root, 'iris', { generation: 1, stable: '1.0.0', headerRoutes: [{ header: 'x-arm', value: 'b', version: '2.0.0' }] });
    const s = await start();
    const body = irisBody(2);
    const v1 = [await infer(`${s.url}/v2/models/iris/infer`, body), await infer(`${s.url}/v2/models/iris/infer`, body)];
    const v2 = await infer(`${s.url}/v2/models/iris/infer`, body, { 'x-arm': 'b' });
    expect(v1.map((a) => a.cache)).toEqual(['miss', 'hit']);
    expect(v2.cache).toBe('miss');
    expect(JSON.parse(String(v2.bytes)).model_version).toBe('2.0.0');
    expect((await infer(`${s.url}/v2/models/iris/infer`, body, { 'x-arm': 'b' })).cache).toBe('hit');
    expect((await infer(`${s.url}/v2/models/iris/versions/2.0.0/infer`, body)).bytes.equals(v2.bytes)).toBe(true);
  });

  it('never stores an error', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const s = await start();
    const bad = JSON.stringify({ inputs: [{ name: 'features', shape: [1, 3], datatype: 'FP32', data: [1, 2, 3] }] });
    const answers = [await infer(`${s.url}/v2/models/iris/infer`, bad), await infer(`${s.url}/v2/models/iris/infer`, bad)];
    expect(answers.map((a) => a.status)).toEqual([400, 400]);
    expect(answers.map((a) => a.cache)).toEqual([null, null]);
    const m = await cacheMetrics(s);
    expect(metricSum(m, 'modelship_cache_lookups_total', { result: 'hit' })).toBe(0);
    expect(metricSum(m, 'modelship_cache_lookups_total', { result: 'miss' })).toBe(2);
    expect(metricSum(m, 'modelship_cache_entries', { model: 'iris' })).toBe(0);
  });

  it('drops the answers of a version when a rollback takes its traffic, and caches only routed versions', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    await addVersion(repo.root, 'iris', '2.0.0', IRIS_V2);
    await writeRouting(repo.root, 'iris', { generation: 1, stable: '2.0.0', previous: '1.0.0' });
    const s = await start();
    const body = irisBody(1);
    const first = await infer(`${s.url}/v2/models/iris/infer`, body);
    expect((await infer(`${s.url}/v2/models/iris/infer`, body)).cache).toBe('hit');
    expect(JSON.parse(String(first.bytes)).model_version).toBe('2.0.0');
    // Rollback: 1.0.0 is stable again; 2.0.0 stays loaded as `previous` but gets no traffic.
    await writeRouting(repo.root, 'iris', { generation: 2, stable: '1.0.0', previous: '2.0.0' });
    await eventually(async () => (await cacheMetrics(s)).get('modelship_cache_entries{model="iris"}') === 0, 'the 2.0.0 answers dropped');
    const m = await cacheMetrics(s);
    expect(metricSum(m, 'modelship_cache_evictions_total', { model: 'iris', reason: 'retired' })).toBe(1);
    expect(metricSum(m, 'modelship_cache_bytes', { model: 'iris' })).toBe(0);
    const after = await infer(`${s.url}/v2/models/iris/infer`, body);
    expect([after.cache, JSON.parse(String(after.bytes)).model_version]).toEqual(['miss', '1.0.0']);
    // An explicit request to the loaded but unrouted version is answered by the model and not stored.
    const explicit = [await infer(`${s.url}/v2/models/iris/versions/2.0.0/infer`, body), await infer(`${s.url}/v2/models/iris/versions/2.0.0/infer`, body)];
    expect(explicit.map((a) => a.cache)).toEqual([null, null]);
    expect(explicit[0].bytes.equals(first.bytes)).toBe(true);
    // Rolled forward again, 2.0.0 starts from an empty cache.
    await writeRouting(repo.root, 'iris', { generation: 3, stable: '2.0.0', previous: '1.0.0' });
    await eventually(async () => JSON.parse(String((await infer(`${s.url}/v2/models/iris/infer`, irisBody(2))).bytes)).model_version === '2.0.0', 'roll forward applied');
    expect((await infer(`${s.url}/v2/models/iris/infer`, body)).cache).toBe('miss');
  });

  it('refuses bad cache settings before serving', async () => {
    await expect(startServer({ repository: repo.root, port: 0, cache: { iris: { maxBytes: 1 } } })).rejects.toThrow(/models\.iris\.cache\.maxBytes/);
  });
});
