/**
 * An unexpected failure inside the server (a bug, not the client's request) is a 500 whose access-log line
 * carries the error, as docs/serve.md says for every 5xx. The fault is injected by replacing the random source
 * the router draws from: nothing a client can send reaches this path.
 */
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';

jest.unstable_mockModule('../../src/serve/random.js', () => ({
  seededUniform: () => () => {
    throw new TypeError('the random source broke');
  },
  hashUnit: () => 0,
}));
const { startServer } = await import('../../src/serve/server.js');
const { addVersion, irisBody, IRIS_V1, metricSum, parseMetrics, tempRepository } = await import('./support/repository.js');

let repo: Awaited<ReturnType<typeof tempRepository>>;
beforeAll(async () => {
  repo = await tempRepository();
});
afterAll(async () => {
  await repo.cleanup();
});

it('writes the error on the access line of a 500 answered for an unexpected failure', async () => {
  await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
  const logs: Array<Record<string, unknown>> = [];
  const server = await startServer({ repository: repo.root, port: 0, seed: 1, pollMs: 50, log: { write: (r) => void logs.push(r), close: async () => undefined } });
  try {
    const res = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body: irisBody(), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'internal error' });
    const access = logs.filter((l) => l.event === 'access' && l.status === 500);
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ path: '/v2/models/iris/infer', model: 'iris', error: expect.stringMatching(/internal error: the random source broke/) });
    // A real server error: it counts as one.
    const m = parseMetrics(await (await fetch(`${server.url}/metrics`)).text());
    expect(metricSum(m, 'modelship_requests_total', { model: 'iris', code: '500' })).toBe(1);
  } finally {
    await server.close();
  }
});
