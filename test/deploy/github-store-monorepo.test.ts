// `status` (and the recovery sweep it runs first) over every model of a monorepo with the Deployments API as
// the record (issue #26 item 3): the environment's deployments are listed once per sweep, not once per model.
// What stays per deployment is its statuses: the REST API has no listing of statuses across deployments.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import { status } from '../../src/deploy/engine.js';
import { GitHubDeploymentStore } from '../../src/github/deployments.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from '../github/stand-in-client.js';
import { deploymentsWorld } from './deployments-world.js';

const SHA = 'cd'.repeat(20);
let gh: GitHubStandIn;
const dirs: string[] = [];
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterAll(async () => {
  await gh.close();
});
afterEach(async () => {
  gh.verifyAndReset();
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** `n` models, each with one finished deployment to staging recorded on GitHub (model i at version 1.0.i). */
async function monorepo(n: number) {
  gh.reset();
  deploymentsWorld(gh);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-deploy-mono-'));
  dirs.push(dir);
  let models = '';
  for (let i = 1; i <= n; i++) models += `  m${i}: { path: models/m${i}/model.onnx, format: onnx }\n`;
  await writeFile(path.join(dir, 'modelship.yml'), `version: 1\nmodels:\n${models}environments:\n  staging:\n    provider: { type: local }\n    strategy: { type: direct }\n`);
  const loaded = await loadConfig(path.join(dir, 'modelship.yml'));
  const store = new GitHubDeploymentStore({ client: standInClient(gh), repo: REPO, ref: SHA });
  for (let i = 1; i <= n; i++) {
    const record = await store.create('staging', { model: `m${i}`, version: `1.0.${i}`, sha256: 'ab'.repeat(32), artifact: `models/m${i}/model.onnx`, strategy: 'direct', provider: 'local', previousVersion: null }, 'octocat');
    await store.finish(record, 'success', `1.0.${i} live`);
  }
  gh.forgetCalls();
  return { loaded, store };
}

async function statusCalls(n: number): Promise<Map<string, number>> {
  const { loaded, store } = await monorepo(n);
  const result = await status(loaded, { environment: 'staging' }, { store });
  expect(result.environments.map((e) => [e.model, e.liveVersion])).toEqual(Array.from({ length: n }, (_, i) => [`m${i + 1}`, `1.0.${i + 1}`]));
  const calls = new Map<string, number>();
  for (const c of gh.calls()) calls.set(`${c.method} ${c.route}`, (calls.get(`${c.method} ${c.route}`) ?? 0) + 1);
  return calls;
}

describe('Deployments API calls of status over many models', () => {
  it('lists the deployments once per sweep whatever the number of models; statuses once per deployment and sweep', async () => {
    const few = await statusCalls(2);
    const many = await statusCalls(20);
    const list = 'GET /repos/{owner}/{repo}/deployments';
    const statuses = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
    // The recovery sweep, then the status sweep: two listings (was one per model and sweep).
    expect(few.get(list)).toBe(2);
    expect(many.get(list)).toBe(2);
    expect(few.get(statuses)).toBe(2 * 2);
    expect(many.get(statuses)).toBe(2 * 20);
    // Nothing else grows with the models (the lock is read once per environment).
    const others = (m: Map<string, number>) => [...m].filter(([route]) => route !== list && route !== statuses);
    expect(others(many)).toEqual(others(few));
    expect([...many.keys()].filter((r) => !r.startsWith('GET'))).toEqual([]);
  });
});
