/**
 * The bandit strategy end to end on the example (issue 22, "done when"): iris v1 is live on the local
 * environment, a real `modelship serve` (startServer) answers, and `deploy` of v2 with strategy bandit hands
 * the traffic to serve's allocation. During each observation interval (the engine's injected `sleep`) users
 * send iris rows with a request id, and the true label of each row is posted to the feedback endpoint: the
 * rewards are each model's real correctness. The rollout reads serve's bandit.json, journals the allocation,
 * and promotes v2 once its probability of being best reaches the bound; a worse candidate (the example's
 * degraded model) loses and the rollout aborts back to v1.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readIris, SPECIES } from '../../examples/iris/train/data.js';
import { control, deploy, status } from '../../src/deploy/engine.js';
import { LocalDeploymentStore } from '../../src/deploy/state/local.js';
import { renderResultText } from '../../src/deploy/render.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { IRIS_DEGRADED, IRIS_V1, IRIS_V2 } from '../serve/support/repository.js';
import { createProject, type Project } from './helpers.js';

const ENV = `  staging:
    provider: { type: local, root: repo }
    strategy:
      type: bandit
      bandit: { floor: 0.05, bound: 0.95, minRewards: 150, interval: 1m }
      duration: 1h
`;
const rows = readIris(path.resolve('examples/iris/data/iris.csv')).rows;

let project: Project;
let server: RunningServer | undefined;
beforeEach(async () => {
  project = await createProject(ENV);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await project.cleanup();
});

async function artifact(version: string, source: string): Promise<string> {
  await mkdir(path.join(project.dir, 'models', version), { recursive: true });
  await copyFile(source, path.join(project.dir, 'models', version, 'model.onnx'));
  return `models/${version}/model.onnx`;
}

/** One observation interval: `users` requests of iris rows with ids, then their true labels as feedback. */
function traffic(users: number, served: Record<string, number>, waits: number[]) {
  let next = 0;
  return async (ms: number) => {
    waits.push(ms);
    // The users of this interval come once the server routes by the experiment (it re-reads routing.json on its own).
    const limit = Date.now() + 30_000;
    while (!server!.catalog.models.get('iris')?.state?.routing.bandit) {
      if (Date.now() > limit) throw new Error('the server never applied the bandit routing');
      await new Promise((r) => setTimeout(r, 10));
    }
    const feedback: Array<{ id: string; label: number }> = [];
    for (let i = 0; i < users; i++, next++) {
      const row = rows[(next * 7) % rows.length];
      const res = await fetch(`${server!.url}/v2/models/iris/infer`, { method: 'POST', body: JSON.stringify({ id: `u${next}`, inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: row.features }] }) });
      expect(res.status).toBe(200);
      const v = ((await res.json()) as { model_version: string }).model_version;
      served[v] = (served[v] ?? 0) + 1;
      feedback.push({ id: `u${next}`, label: SPECIES.indexOf(row.species) });
    }
    const joined = await fetch(`${server!.url}/v2/models/iris/feedback`, { method: 'POST', body: JSON.stringify(feedback) });
    expect(((await joined.json()) as { joined: number }).joined).toBe(users);
    await server!.bandit.flush();
  };
}

it('promotes v2 of the example once its rewards make it the best arm with probability >= 0.95', async () => {
  const first = await deploy(project.loaded, { environment: 'staging', version: '1.0.0', artifact: await artifact('1.0.0', IRIS_V1) });
  expect(first.outcome).toBe('deployed');
  expect(first.steps.map((s) => s.name)).toContain('bandit'); // skipped: nothing else live
  server = await startServer({ repository: path.join(project.dir, 'repo'), port: 0, pollMs: 50, seed: 11 });

  const served: Record<string, number> = {};
  const waits: number[] = [];
  const result = await deploy(project.loaded, { environment: 'staging', version: '2.0.0', artifact: await artifact('2.0.0', IRIS_V2) }, { sleep: traffic(60, served, waits), controlPollMs: 5 });
  expect(result.outcome).toBe('deployed');
  expect(result.liveVersion).toBe('2.0.0');
  expect(result.bandit).toMatchObject({ winner: '2.0.0', decidedBy: 'bound', arms: ['1.0.0', '2.0.0'] });
  expect(result.bandit!.probabilityBest['2.0.0']).toBeGreaterThanOrEqual(0.95);
  expect(result.bandit!.rewards).toBeGreaterThanOrEqual(150);
  // Every answer of the experiment was rewarded, and the rollout decided at its first reading past minRewards.
  expect(result.bandit!.rewards).toBe(60 * waits.length);
  expect(result.bandit!.rewards).toBeLessThan(150 + 60);
  // Both arms were served while it learned; every journaled allocation kept v1 at its floor or above.
  expect(served['1.0.0']).toBeGreaterThan(0);
  const allocations = result.steps.filter((s) => s.name.startsWith('allocation after'));
  expect(allocations.length).toBeGreaterThan(0);
  for (const s of allocations) expect(s.weights!['1.0.0']).toBeGreaterThanOrEqual(5);
  expect(waits.every((ms) => ms === 60_000)).toBe(true);
  expect(result.steps.map((s) => s.name)).toEqual(expect.arrayContaining(['decide', 'finalize']));
  expect(renderResultText(result)).toMatch(/bandit winner 2\.0\.0 after \d+ rewards, estimated regret/);

  // The environment now routes everything to v2, without the bandit; status agrees.
  const routing = JSON.parse(await readFile(path.join(project.dir, 'repo', 'iris', 'routing.json'), 'utf8')) as Record<string, unknown>;
  expect(routing).toMatchObject({ stable: '2.0.0', previous: '1.0.0', weights: { '2.0.0': 100 } });
  expect(routing.bandit).toBeUndefined();
  const st = await status(project.loaded, { environment: 'staging' });
  expect(st.environments[0].liveVersion).toBe('2.0.0');
});

it('aborts when the live version wins (a degraded candidate), leaving v1 serving', async () => {
  await deploy(project.loaded, { environment: 'staging', version: '1.0.0', artifact: await artifact('1.0.0', IRIS_V1) });
  server = await startServer({ repository: path.join(project.dir, 'repo'), port: 0, pollMs: 50, seed: 12 });
  const served: Record<string, number> = {};
  const result = await deploy(project.loaded, { environment: 'staging', version: '1.1.0', artifact: await artifact('1.1.0', IRIS_DEGRADED) }, { sleep: traffic(60, served, []), controlPollMs: 5 });
  expect(result.outcome).toBe('aborted');
  expect(result.message).toMatch(/bandit: 1\.0\.0 is best with probability 0\.9\d+ after \d+ rewards, not 1\.1\.0/);
  expect(result.bandit).toMatchObject({ winner: '1.0.0', decidedBy: 'bound' });
  const routing = JSON.parse(await readFile(path.join(project.dir, 'repo', 'iris', 'routing.json'), 'utf8')) as Record<string, unknown>;
  expect(routing).toMatchObject({ stable: '1.0.0', weights: { '1.0.0': 100 } });
});

it('refuses a bandit on a provider that cannot allocate by outcomes, naming the line', async () => {
  const p = await createProject(`  prod:\n    provider: { type: webhook, url: "https://example.test/hook", secret: s }\n    strategy: { type: bandit }\n`);
  try {
    await expect(deploy(p.loaded, { environment: 'prod', version: '1.0.0', artifact: await p.artifact('1.0.0') })).rejects.toThrow(/strategy bandit needs the local provider/);
  } finally {
    await p.cleanup();
  }
});

/** Until the newest rollout's last journaled step starts with `name` and is running. */
async function waitingAt(p: Project, name: string): Promise<void> {
  const store = new LocalDeploymentStore(path.join(p.dir, '.modelship/deployments'));
  const limit = Date.now() + 30_000; // only ends a hung test; nothing is judged by time
  for (;;) {
    const [newest] = await store.history('staging', 'iris').catch(() => []);
    const last = newest?.steps.at(-1);
    if (newest?.payload.version === '1.1.0' && last?.status === 'started' && last.name.startsWith(name)) return;
    if (Date.now() > limit) throw new Error(`gave up waiting for ${name}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('ends the experiment with the new version on modelship rollout promote (no serve needed to steer it)', async () => {
  await deploy(project.loaded, { environment: 'staging', version: '1.0.0', artifact: await project.artifact('1.0.0') });
  const running = deploy(project.loaded, { environment: 'staging', version: '1.1.0', artifact: await project.artifact('1.1.0') }, { controlPollMs: 5 });
  await waitingAt(project, 'observe 1m');
  const routing = JSON.parse(await readFile(path.join(project.dir, 'repo', 'iris', 'routing.json'), 'utf8')) as Record<string, unknown>;
  expect(routing).toMatchObject({ strategy: 'bandit', weights: { '1.0.0': 50, '1.1.0': 50 }, bandit: { arms: ['1.0.0', '1.1.0'], algorithm: 'thompson', reward: 'binary', floor: 0.05, bound: 0.95, minRewards: 150 } });
  await control(project.loaded, { environment: 'staging', action: 'promote', actor: 'ann' });
  const result = await running;
  expect(result.outcome).toBe('deployed');
  expect(result.bandit).toMatchObject({ decidedBy: 'promote', rewards: 0, winner: null });
  expect(result.steps.find((s) => s.name === 'observe 1m')!.detail).toMatch(/ended by promote \(ann\)/);
});

it('past its duration undecided, asks a person; unanswered, it aborts and restores the live version', async () => {
  await deploy(project.loaded, { environment: 'staging', version: '1.0.0', artifact: await project.artifact('1.0.0') });
  const short = ENV.replace('duration: 1h', 'duration: 1m');
  await (await import('node:fs/promises')).writeFile(path.join(project.dir, 'modelship.yml'), (await readFile(path.join(project.dir, 'modelship.yml'), 'utf8')).replace(ENV, short));
  await project.reload();
  const running = deploy(project.loaded, { environment: 'staging', version: '1.1.0', artifact: await project.artifact('1.1.0') }, { controlPollMs: 5, sleep: async () => {} });
  // The injected sleep is every wait, the person's too: nobody answers within the progress deadline.
  const result = await running;
  expect(result.outcome).toBe('aborted');
  expect(result.message).toMatch(/bandit undecided after 1m: no reward joined yet .*nobody promoted it within 10m/);
  expect(result.bandit).toMatchObject({ decidedBy: 'undecided', winner: null });
  const routing = JSON.parse(await readFile(path.join(project.dir, 'repo', 'iris', 'routing.json'), 'utf8')) as Record<string, unknown>;
  expect(routing).toMatchObject({ stable: '1.0.0', weights: { '1.0.0': 100 } });
  expect(result.steps.find((s) => s.name.startsWith('paused: bandit undecided'))!.name).toMatch(/no reward joined yet/);
});

it('plans without reading anything in a dry run, and refuses an extra arm that is not installed', async () => {
  await deploy(project.loaded, { environment: 'staging', version: '1.0.0', artifact: await project.artifact('1.0.0') });
  const planned = await deploy(project.loaded, { environment: 'staging', version: '1.1.0', artifact: await project.artifact('1.1.0') }, { dryRun: true });
  expect(planned.steps.map((s) => `${s.name}: ${s.status}`)).toEqual(expect.arrayContaining(['learn: planned', 'finalize: planned']));
  expect(planned.steps.find((s) => s.name === 'learn')!.detail).toMatch(/until an arm's probability of being best reaches 0.95 after 150 rewards/);

  const file = path.join(project.dir, 'modelship.yml');
  await (await import('node:fs/promises')).writeFile(file, (await readFile(file, 'utf8')).replace('interval: 1m }', 'interval: 1m, arms: [0.9.0] }'));
  await project.reload();
  const refused = await deploy(project.loaded, { environment: 'staging', version: '1.1.0', artifact: await project.artifact('1.1.0') });
  expect(refused.outcome).toBe('aborted');
  expect(refused.message).toMatch(/bandit arm 0\.9\.0 is not installed in staging/);
});

it('refuses, where the configuration is read, a floor the arms cannot all keep and bandit settings on another strategy', async () => {
  const { environmentOf } = await import('../../src/deploy/config.js');
  const floor = await createProject(`  staging:\n    provider: { type: local }\n    strategy: { type: bandit, bandit: { floor: 0.4, arms: [0.9.0] } }\n`);
  const misplaced = await createProject(`  staging:\n    provider: { type: local }\n    strategy: { type: ab, bandit: { floor: 0.1 } }\n`);
  try {
    expect(() => environmentOf(floor.loaded, 'staging')).toThrow(/strategy.bandit.floor 0.4 cannot hold for 3 arms \(floor x arms must be at most 1\)/);
    expect(() => environmentOf(misplaced.loaded, 'staging')).toThrow(/environments.staging.strategy.bandit is for strategy type bandit, not ab/);
  } finally {
    await floor.cleanup();
    await misplaced.cleanup();
  }
});
