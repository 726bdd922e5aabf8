// Serve's prediction cache on the example (iris v1, one row, JSON), measured in this process:
//  - the cache's path (sha256 key over the body + lookup) vs the model's path it replaces (parse, decode,
//    onnxruntime run on the version's worker, encode): target <= 0.3 for the in-process LRU; the Redis
//    path (same key, GET from a real redis-server on loopback) reported beside it;
//  - whole HTTP requests to an in-process server (sequential, keep-alive): a hit vs a model run, where
//    Node's HTTP cost is common to both, reported.
// Model and cache paths alternate in short rounds; each figure is the median round.
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { CacheMetrics, LocalAnswerStore, PredictionCache, type AnswerStore } from '../src/serve/cache.js';
import { decodeInferRequest, encodeInferResponse } from '../src/serve/protocol.js';
import { RedisAnswerStore, RedisConnections } from '../src/serve/redis-cache.js';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { redisAvailable, startRedis, type RunningRedis } from '../test/support/redis.js';
import { addVersion, IRIS_V1, irisBody } from '../test/serve/support/repository.js';
import type { BenchRow, BenchSuite } from './harness.js';

// Many short rounds: on a shared machine a busy neighbour then moves a few rounds, not the median.
const ROUNDS = 15;
const PER_ROUND = 500;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Mean µs per call of `fn` over `n` sequential calls. */
async function perCall(n: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn();
  return Number(process.hrtime.bigint() - t0) / 1e3 / n;
}

/** Alternating rounds of two paths; the median of each. */
async function alternate(a: () => Promise<unknown> | unknown, b: () => Promise<unknown> | unknown, n = PER_ROUND): Promise<[number, number]> {
  await perCall(200, a);
  await perCall(200, b);
  const ra: number[] = [];
  const rb: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    ra.push(await perCall(n, a));
    rb.push(await perCall(n, b));
  }
  return [median(ra), median(rb)];
}

function post(agent: http.Agent, url: string, body: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.headers['x-modelship-cache'] as string | undefined));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export default {
  name: 'cache',
  async run(): Promise<BenchRow[]> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'modelship-cache-bench-'));
    const servers: RunningServer[] = [];
    let redis: RunningRedis | undefined;
    const stores: AnswerStore[] = [];
    try {
      await addVersion(root, 'iris', '1.0.0', IRIS_V1);
      const plain = await startServer({ repository: root, port: 0 });
      servers.push(plain);
      const cached = await startServer({ repository: root, port: 0, cache: { iris: { maxBytes: 1 << 20, ttl: '1h' } } });
      servers.push(cached);
      const version = plain.catalog.models.get('iris')?.state?.versions.get('1.0.0');
      if (!version) throw new Error('iris 1.0.0 did not load');
      const body = irisBody(1, 'bench');
      const bytes = Buffer.from(body);

      // The model's path, as routes.ts runs it on a miss (without HTTP).
      const modelPath = async () => {
        const d = decodeInferRequest(JSON.parse(bytes.toString('utf8')), version.inputs, version.outputs);
        return Buffer.from(encodeInferResponse('iris', '1.0.0', d.id, await version.run(d.inputs, d.outputs)));
      };
      const answer = { headerLength: 0, body: await modelPath() };
      const metrics = new CacheMetrics(new Registry());
      const local = new LocalAnswerStore('iris', 1 << 20, 3_600_000, metrics);
      stores.push(local);
      const localCache = new PredictionCache('iris', local, metrics);
      const key = localCache.key('1.0.0', version.sha256, undefined, bytes);
      localCache.store('1.0.0', key, answer);
      const cachePath = (c: PredictionCache) => async () => {
        const hit = await c.lookup('1.0.0', c.key('1.0.0', version.sha256, undefined, bytes));
        if (!hit) throw new Error('expected a hit');
        return hit;
      };
      const [modelUs, localUs] = await alternate(modelPath, cachePath(localCache));
      const rows: BenchRow[] = [
        { name: 'cache hit (in-process LRU: key + lookup) vs model run (decode + onnxruntime + encode), iris', value: localUs, reference: modelUs, unit: 'µs', ratio: localUs / modelUs, target: { max: 0.3 } },
      ];

      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const hitUrl = `${cached.url}/v2/models/iris/infer`;
      if ((await post(agent, hitUrl, body)) !== 'miss' || (await post(agent, hitUrl, body)) !== 'hit') throw new Error('expected a miss then a hit');
      const [runHttpUs, hitHttpUs] = await alternate(() => post(agent, `${plain.url}/v2/models/iris/infer`, body), () => post(agent, hitUrl, body), 200);
      rows.push({ name: 'HTTP request answered from the in-process cache vs by the model, iris (HTTP cost common to both)', value: hitHttpUs, reference: runHttpUs, unit: 'µs', ratio: hitHttpUs / runHttpUs, target: {}, note: 'reported' });

      if (redisAvailable) {
        redis = await startRedis();
        const connections = new RedisConnections();
        const remote = new RedisAnswerStore('iris', redis.url, 3_600_000, 1000, connections, (op, err) => {
          throw new Error(`redis ${op}: ${err.message}`);
        });
        stores.push(remote);
        const start = Date.now();
        while (!(await remote.get('1.0.0', 'probe').then(() => true, () => false)) && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 20));
        const redisCache = new PredictionCache('iris', remote, metrics);
        redisCache.store('1.0.0', key, answer);
        while (!(await redisCache.lookup('1.0.0', key))) await new Promise((r) => setTimeout(r, 10));
        const [modelUs2, redisUs] = await alternate(modelPath, cachePath(redisCache), 300);
        rows.push({ name: 'cache hit (Redis on loopback: key + GET) vs model run, iris', value: redisUs, reference: modelUs2, unit: 'µs', ratio: redisUs / modelUs2, target: {}, note: 'reported; a remote Redis adds its network round trip' });
      } else {
        console.log('  (redis-server not installed: the Redis path is not measured)');
      }
      agent.destroy();
      return rows;
    } finally {
      await Promise.all(servers.map((s) => s.close()));
      await Promise.all(stores.map((s) => s.close()));
      await redis?.stop();
      await rm(root, { recursive: true, force: true });
    }
  },
} satisfies BenchSuite;
