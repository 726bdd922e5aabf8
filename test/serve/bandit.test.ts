/**
 * Bandit routing in a real server (startServer) over the example's iris v1 and v2: rewards are the true iris
 * labels fed back for each answered request (POST /v2/models/iris/feedback), so the better model (v2,
 * accuracy 0.97 against v1's 0.87 on the test split) earns more. The allocation is recomputed from them,
 * applied to the weighted pick, exported on /metrics, written to bandit.json, and read back after a restart.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readIris, SPECIES } from '../../examples/iris/train/data.js';
import { parseBanditFile } from '../../src/core/bandit-file.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { addVersion, IRIS_V1, IRIS_V2, metricSum, parseMetrics, routingJson, tempRepository } from './support/repository.js';

const rows = readIris(path.resolve('examples/iris/data/iris.csv')).rows;
let repo: { root: string; cleanup(): Promise<void> };
let server: RunningServer | undefined;

function banditRouting(id: string, extra: Record<string, unknown> = {}): string {
  const base = JSON.parse(routingJson('iris', { generation: 1, stable: '1.0.0', candidate: '2.0.0', weights: { '1.0.0': 50, '2.0.0': 50 }, strategy: 'bandit' })) as Record<string, unknown>;
  return JSON.stringify({ ...base, bandit: { id, arms: ['1.0.0', '2.0.0'], algorithm: 'thompson', reward: 'binary', floor: 0.05, epsilon: 0.1, bound: 0.95, minRewards: 100, ...extra } });
}

beforeAll(async () => {
  repo = await tempRepository();
  await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
  await addVersion(repo.root, 'iris', '2.0.0', IRIS_V2);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(async () => repo.cleanup());

/** One request per iris row from `from`, each fed back with its true label; returns the versions that answered. */
async function trafficWithFeedback(s: RunningServer, from: number, count: number): Promise<Record<string, number>> {
  const answered: Record<string, number> = {};
  const feedback: Array<{ id: string; label: number }> = [];
  for (let i = from; i < from + count; i++) {
    const row = rows[i % rows.length];
    const id = `req-${i}`;
    const res = await fetch(`${s.url}/v2/models/iris/infer`, { method: 'POST', body: JSON.stringify({ id, inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: row.features }] }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { model_version: string };
    answered[body.model_version] = (answered[body.model_version] ?? 0) + 1;
    feedback.push({ id, label: SPECIES.indexOf(row.species) });
  }
  const res = await fetch(`${s.url}/v2/models/iris/feedback`, { method: 'POST', body: JSON.stringify(feedback) });
  expect(((await res.json()) as { joined: number }).joined).toBe(count);
  await s.bandit.flush();
  return answered;
}

async function start(): Promise<RunningServer> {
  return startServer({ repository: repo.root, port: 0, pollMs: 50, seed: 7, batch: { maxSize: 1 } });
}

describe('bandit routing in serve', () => {
  it('moves traffic to the arm with the better rewards, keeps the floor, and says so on /metrics and in bandit.json', async () => {
    await writeFile(path.join(repo.root, 'iris', 'routing.json'), banditRouting('exp-1'));
    server = await start();
    const first = await trafficWithFeedback(server, 0, 150);
    // Before any reward the written weights (50/50) route: both arms answer.
    expect(first['1.0.0']).toBeGreaterThan(20);
    expect(first['2.0.0']).toBeGreaterThan(20);
    for (let round = 1; round < 6; round++) await trafficWithFeedback(server, round * 150, 150);
    const state = parseBanditFile(await readFile(path.join(repo.root, 'iris', 'bandit.json'), 'utf8'), 'bandit.json');
    expect(state.id).toBe('exp-1');
    expect(state.rewards).toBe(900);
    expect(state.means['2.0.0']).toBeGreaterThan(state.means['1.0.0']);
    expect(state.probabilityBest['2.0.0']).toBeGreaterThanOrEqual(0.95);
    expect(state.winner).toBe('2.0.0');
    expect(state.allocation['1.0.0']).toBeGreaterThanOrEqual(0.05);
    expect(state.allocation['2.0.0']).toBeGreaterThan(0.8);
    expect(state.regret).toBeGreaterThan(0);

    // The allocation is what the weighted pick uses now: v1 gets about its share (5% + a little), not half.
    const later = await trafficWithFeedback(server, 900, 200);
    expect(later['1.0.0'] ?? 0).toBeLessThan(40);
    expect(later['1.0.0'] ?? 0).toBeGreaterThan(0); // the floor keeps it learning

    const metrics = parseMetrics(await (await fetch(`${server.url}/metrics`)).text());
    const now = server.bandit.state('iris')!;
    expect(metricSum(metrics, 'modelship_bandit_allocation', { model: 'iris', version: '2.0.0' })).toBeCloseTo(now.allocation['2.0.0'], 10);
    expect(metricSum(metrics, 'modelship_bandit_probability_best', { model: 'iris', version: '2.0.0' })).toBeCloseTo(now.probabilityBest['2.0.0'], 10);
    expect(metricSum(metrics, 'modelship_bandit_rewards', { model: 'iris' })).toBe(1100);
    expect(metricSum(metrics, 'modelship_bandit_regret', { model: 'iris' })).toBeCloseTo(now.regret, 10);
  });

  it('survives a restart: the same experiment resumes from bandit.json with every reward', async () => {
    const saved = parseBanditFile(await readFile(path.join(repo.root, 'iris', 'bandit.json'), 'utf8'), 'bandit.json');
    expect(saved.rewards).toBe(1100);
    server = await start();
    const answered = await trafficWithFeedback(server, 0, 20);
    expect(server.bandit.state('iris')!.rewards).toBe(1120);
    // The restored allocation routes from the start: v1 is at its floor share, not at the 50% of routing.json.
    expect(answered['1.0.0'] ?? 0).toBeLessThan(8);
  });

  it('starts afresh for a new experiment id, and from an unreadable bandit.json (logged, never routed by)', async () => {
    await writeFile(path.join(repo.root, 'iris', 'routing.json'), banditRouting('exp-2'));
    server = await start();
    await trafficWithFeedback(server, 0, 10);
    expect(server.bandit.state('iris')!.rewards).toBe(10);
    await server.close();
    await writeFile(path.join(repo.root, 'iris', 'bandit.json'), '{"schema": 1, "model": "iris", "id": "exp-3", "stats": "broken"');
    await writeFile(path.join(repo.root, 'iris', 'routing.json'), banditRouting('exp-3'));
    const events: Array<Record<string, unknown>> = [];
    server = await startServer({ repository: repo.root, port: 0, pollMs: 50, seed: 7, log: { write: (r) => void events.push(r), close: async () => {} } });
    await trafficWithFeedback(server, 0, 10);
    expect(server.bandit.state('iris')!.rewards).toBe(10);
    expect(events.find((e) => e.event === 'bandit-unreadable')?.error).toMatch(/bandit.json: not valid JSON/);
  });

  it('ignores rewards of a kind the experiment does not take (values for a binary bandit)', async () => {
    await writeFile(path.join(repo.root, 'iris', 'routing.json'), banditRouting('exp-4'));
    server = await start();
    const res = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body: JSON.stringify({ id: 'v', inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: rows[0].features }] }) });
    expect(res.status).toBe(200);
    await fetch(`${server.url}/v2/models/iris/feedback`, { method: 'POST', body: JSON.stringify({ id: 'v', value: 0 }) });
    await server.bandit.flush();
    expect(server.bandit.state('iris')).toBeUndefined();
  });

  it('drops the experiment from /metrics once routing.json no longer carries it (promoted), keeping bandit.json', async () => {
    await writeFile(path.join(repo.root, 'iris', 'routing.json'), banditRouting('exp-5'));
    server = await start();
    await trafficWithFeedback(server, 0, 20);
    const before = parseMetrics(await (await fetch(`${server.url}/metrics`)).text());
    expect(metricSum(before, 'modelship_bandit_rewards', { model: 'iris' })).toBe(20);
    await writeFile(path.join(repo.root, 'iris', 'routing.json'), routingJson('iris', { generation: 2, stable: '2.0.0', previous: '1.0.0', weights: { '2.0.0': 100 } }));
    const limit = Date.now() + 10_000;
    while (server.catalog.models.get('iris')?.state?.routing.bandit) {
      if (Date.now() > limit) throw new Error('the server never applied the new routing');
      await new Promise((r) => setTimeout(r, 10));
    }
    await trafficWithFeedback(server, 20, 1);
    const after = parseMetrics(await (await fetch(`${server.url}/metrics`)).text());
    expect([...after.keys()].some((k) => k.startsWith('modelship_bandit_'))).toBe(false);
    expect(server.bandit.state('iris')).toBeUndefined();
    expect(parseBanditFile(await readFile(path.join(repo.root, 'iris', 'bandit.json'), 'utf8'), 'bandit.json')).toMatchObject({ id: 'exp-5', rewards: 20 });
  });
});
