import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { REDIS_SERVER, redisAvailable, silentServer, startRedis, type RunningRedis } from '../support/redis.js';
import { addVersion, eventually, IRIS_V1, IRIS_V2, irisBody, metricSum, parseMetrics, tempRepository, writeRouting } from './support/repository.js';

interface Answer {
  status: number;
  cache: string | null;
  bytes: Buffer;
}

async function infer(url: string, body: string): Promise<Answer> {
  const res = await fetch(`${url}/v2/models/iris/infer`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  return { status: res.status, cache: res.headers.get('x-modelship-cache'), bytes: Buffer.from(await res.arrayBuffer()) };
}
const metricsOf = async (s: RunningServer) => parseMetrics((await s.metrics.exposition()).body);

/** Keys of the cache namespace in Redis (SCAN until the cursor returns to 0; the test's keys are few). */
async function cacheKeys(redis: RunningRedis, pattern = 'modelship:cache:*'): Promise<string[]> {
  const reply = await redis.command('KEYS', pattern);
  return [...reply.matchAll(/\$\d+\r\n([^\r]*)\r\n/g)].map((m) => m[1]);
}

/** Skipped only when redis-server is absent outside CI (in CI, startRedis fails instead). */
const describeWithRedis = redisAvailable || process.env.CI ? describe : describe.skip;
if (!redisAvailable && !process.env.CI) console.warn(`skipping the Redis cache tests: ${REDIS_SERVER} is not installed (apt-get install redis-server, or set REDIS_SERVER_BIN); they always run in CI`);

describeWithRedis('prediction cache in a real Redis', () => {
  let repo: Awaited<ReturnType<typeof tempRepository>>;
  let redis: RunningRedis;
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    repo = await tempRepository();
    redis = await startRedis();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await rm(path.join(repo.root, 'iris'), { recursive: true, force: true });
    await redis.restart().catch(() => undefined); // a test that killed it
    await redis.command('FLUSHALL').catch(() => undefined);
  });
  afterAll(async () => {
    await redis.stop();
    await repo.cleanup();
  });

  // Generous timeout for the correctness tests (a busy machine must not turn hits into misses).
  async function start(cache: Record<string, unknown> = { redis: redis.url, ttl: '1h', timeout: '5s' }): Promise<RunningServer> {
    const s = await startServer({ repository: repo.root, port: 0, seed: 3, pollMs: 50, cache: { iris: cache } });
    servers.push(s);
    // Connected once a warm-up request is answered from Redis.
    await eventually(async () => (await infer(s.url, irisBody(1, 'warm-up'))).cache === 'hit', 'connected to redis');
    return s;
  }

  it('answers from Redis with the bytes the model answered, under a TTL, and shares them between two servers', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const a = await start();
    const b = await start();
    const body = irisBody(4, 'shared');
    const miss = await infer(a.url, body);
    await eventually(async () => (await cacheKeys(redis, 'modelship:cache:iris:1.0.0:*')).length >= 2, 'answer stored');
    const hitA = await infer(a.url, body);
    const hitB = await infer(b.url, body);
    expect([miss.cache, hitA.cache, hitB.cache]).toEqual(['miss', 'hit', 'hit']);
    expect(hitA.bytes.equals(miss.bytes)).toBe(true);
    expect(hitB.bytes.equals(miss.bytes)).toBe(true);
    const keys = await cacheKeys(redis, 'modelship:cache:iris:1.0.0:*');
    for (const key of keys) {
      const pttl = Number(/^:(-?\d+)/.exec(await redis.command('PTTL', key))?.[1]);
      expect(pttl).toBeGreaterThan(0);
      expect(pttl).toBeLessThanOrEqual(3_600_000);
    }
    expect(metricSum(await metricsOf(b), 'modelship_cache_lookups_total', { result: 'hit' })).toBeGreaterThanOrEqual(1);
    // A value that is not what the server wrote (its JSON length runs past it) is a miss: the model answers.
    for (const key of keys) await redis.command('SET', key, 'zzzz{}');
    const damaged = await infer(a.url, body);
    expect([damaged.cache, damaged.bytes.equals(miss.bytes)]).toEqual(['miss', true]);
  });

  it('expires answers after the TTL', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const s = await start({ redis: redis.url, ttl: '2s', timeout: '5s' });
    const body = irisBody(2, 'ttl');
    expect((await infer(s.url, body)).cache).toBe('miss');
    await eventually(async () => (await infer(s.url, body)).cache === 'hit', 'stored');
    await eventually(async () => (await cacheKeys(redis)).length === 0, 'expired in Redis');
    expect((await infer(s.url, body)).cache).toBe('miss');
  });

  it('never hits across versions, and deletes a version\'s namespace when a rollback takes its traffic', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    await addVersion(repo.root, 'iris', '2.0.0', IRIS_V2);
    await writeRouting(repo.root, 'iris', { generation: 1, stable: '1.0.0', previous: null });
    const s = await start();
    const body = irisBody(1, 'rb');
    expect((await infer(s.url, body)).cache).toBe('miss');
    await writeRouting(repo.root, 'iris', { generation: 2, stable: '2.0.0', previous: '1.0.0' });
    await eventually(async () => JSON.parse(String((await infer(s.url, irisBody(3))).bytes)).model_version === '2.0.0', 'deploy of 2.0.0 applied');
    // The 1.0.0 answers were dropped when 2.0.0 took the traffic; 2.0.0 never gets them.
    await eventually(async () => (await cacheKeys(redis, 'modelship:cache:iris:1.0.0:*')).length === 0, '1.0.0 namespace deleted');
    const v2 = await infer(s.url, body);
    expect([v2.cache, JSON.parse(String(v2.bytes)).model_version]).toEqual(['miss', '2.0.0']);
    await eventually(async () => (await cacheKeys(redis, 'modelship:cache:iris:2.0.0:*')).length > 0, '2.0.0 answer stored');
    expect((await infer(s.url, body)).cache).toBe('hit');
    // Rollback.
    await writeRouting(repo.root, 'iris', { generation: 3, stable: '1.0.0', previous: '2.0.0' });
    await eventually(async () => (await cacheKeys(redis, 'modelship:cache:iris:2.0.0:*')).length === 0, '2.0.0 namespace deleted on rollback');
    const back = await infer(s.url, body);
    expect([back.cache, JSON.parse(String(back.bytes)).model_version]).toEqual(['miss', '1.0.0']);
  });

  it('answers with the model while Redis is down, counts the errors, and uses Redis again once it is back', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const s = await start();
    const body = irisBody(2, 'down');
    const model = await infer(s.url, body);
    await eventually(async () => (await cacheKeys(redis)).length > 0, 'stored');
    expect((await infer(s.url, body)).cache).toBe('hit');
    await redis.kill();
    for (let i = 0; i < 3; i++) {
      const a = await infer(s.url, body);
      expect([a.status, a.cache]).toEqual([200, 'miss']);
      expect(a.bytes.equals(model.bytes)).toBe(true);
    }
    const errors = metricSum(await metricsOf(s), 'modelship_cache_errors_total', { model: 'iris', operation: 'get' });
    expect(errors).toBeGreaterThanOrEqual(3);
    await redis.restart();
    // Reconnected: the answer is stored again (Redis came back empty), then served from it.
    await eventually(async () => (await infer(s.url, body)).cache === 'hit', 'hits again after Redis restarted', 20_000);
  });

  it('falls back to the model when Redis hangs (stopped process), within the command timeout', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const s = await start({ redis: redis.url, ttl: '1h', timeout: '200ms' });
    const body = irisBody(2, 'hang');
    const model = await infer(s.url, body);
    const gets = async () => Number(/cmdstat_get:calls=(\d+)/.exec(await redis.command('INFO', 'commandstats'))?.[1] ?? 0);
    const before = await gets();
    process.kill(redis.pid(), 'SIGSTOP');
    let answers: Array<{ status: number; cache: string | null; bytes: Buffer }>;
    try {
      // Redis stays stopped until the requests are answered: they cannot have waited for it.
      answers = [];
      for (const b of [body, irisBody(1, 'other'), irisBody(1, 'third')]) answers.push(await infer(s.url, b));
      expect(answers.map((a) => [a.status, a.cache])).toEqual([[200, 'miss'], [200, 'miss'], [200, 'miss']]);
      expect(answers[0].bytes.equals(model.bytes)).toBe(true);
      expect(metricSum(await metricsOf(s), 'modelship_cache_errors_total', { operation: 'get' })).toBe(3);
    } finally {
      process.kill(redis.pid(), 'SIGCONT');
    }
    // After the first lookup timed out, the next ones skipped Redis instead of each waiting for the timeout.
    expect((await gets()) - before).toBe(1);
  });

  it('serves from the model when Redis accepts connections but never answers', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const silent = await silentServer();
    try {
      const logs: Array<Record<string, unknown>> = [];
      const url = silent.url.replace('redis://', 'redis://:s3cret@');
      const s = await startServer({ repository: repo.root, port: 0, pollMs: 50, cache: { iris: { redis: url, timeout: '100ms' } }, log: { write: (r) => void logs.push(r), close: async () => undefined } });
      servers.push(s);
      const answers = await Promise.all([1, 2, 3].map((i) => infer(s.url, irisBody(i))));
      expect(answers.map((a) => [a.status, a.cache])).toEqual([[200, 'miss'], [200, 'miss'], [200, 'miss']]);
      expect(metricSum(await metricsOf(s), 'modelship_cache_errors_total', { operation: 'get' })).toBe(3);
      expect(metricSum(await metricsOf(s), 'modelship_cache_lookups_total', { result: 'miss' })).toBe(3);
      // The password never reaches the log.
      expect(logs.find((l) => l.event === 'cache')).toMatchObject({ model: 'iris', store: silent.url.replace('redis://', 'redis://:***@') });
      expect(JSON.stringify(logs)).not.toContain('s3cret');
    } finally {
      await silent.close();
    }
  });
});
