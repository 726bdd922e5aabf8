/**
 * Sticky assignment on a running server does not depend on how routing.json happens to order its keys
 * (issue 25): the same weights written in the other key order keep every user on the arm it had.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { addVersion, eventually, irisBody, IRIS_V1, IRIS_V2, tempRepository, writeRouting } from './support/repository.js';

let repo: Awaited<ReturnType<typeof tempRepository>>;
let server: RunningServer;
beforeAll(async () => {
  repo = await tempRepository();
  await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
  await addVersion(repo.root, 'iris', '1.1.0', IRIS_V2);
});
afterAll(async () => {
  await server?.close();
  await repo.cleanup();
});

async function arms(users: number): Promise<string[]> {
  const out: string[] = [];
  for (let u = 0; u < users; u++) {
    const res = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body: irisBody(), headers: { 'content-type': 'application/json', 'x-user': `user-${u}` } });
    expect(res.status).toBe(200);
    out.push(((await res.json()) as { model_version: string }).model_version);
  }
  return out;
}

it('keeps every user on its arm when the weights are rewritten in the other key order', async () => {
  const routing = (generation: number, weights: Record<string, number>) => ({ generation, stable: '1.0.0', candidate: '1.1.0', weights, sticky: { header: 'x-user' }, strategy: 'ab' });
  await writeRouting(repo.root, 'iris', routing(1, { '1.0.0': 70, '1.1.0': 30 }));
  server = await startServer({ repository: repo.root, port: 0, pollMs: 50 });
  await eventually(async () => (await fetch(`${server.url}/v2/models/iris/versions/1.1.0/ready`)).status === 200, 'both arms loaded');
  const before = await arms(400);
  // Generation 2: the same weights in the other key order, plus a probe route that shows when it is in force.
  await writeRouting(repo.root, 'iris', { ...routing(2, { '1.1.0': 30, '1.0.0': 70 }), headerRoutes: [{ header: 'x-probe', value: 'gen-2', version: '1.1.0' }] });
  await eventually(async () => {
    const res = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body: irisBody(), headers: { 'content-type': 'application/json', 'x-user': before.indexOf('1.0.0') >= 0 ? `user-${before.indexOf('1.0.0')}` : 'user-0', 'x-probe': 'gen-2' } });
    return ((await res.json()) as { model_version: string }).model_version === '1.1.0';
  }, 'the server to follow generation 2');
  const after = await arms(400);
  expect(after.filter((v, i) => v !== before[i])).toEqual([]);
  const onCandidate = before.filter((v) => v === '1.1.0').length;
  // 400 users at 30 %: 120 expected, sd ≈ 9.2; 75..165 is beyond 4.8 sd either way.
  expect(onCandidate).toBeGreaterThan(75);
  expect(onCandidate).toBeLessThan(165);
});
