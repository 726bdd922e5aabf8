/**
 * Rollout control with the GitHub Deployments API as the store (the local HTTP stand-in checked against
 * GitHub's OpenAPI description): a request is an in_progress status on the running deployment, which the
 * rollout reads while it waits; such statuses never make a finished deployment look in progress again.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { control, deploy, status } from '../../src/deploy/engine.js';
import { GitHubDeploymentStore } from '../../src/github/deployments.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from '../github/stand-in-client.js';
import { createProject, type Project } from './helpers.js';
import { deploymentsWorld } from './deployments-world.js';

const SHA = 'cd'.repeat(20);
let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterAll(async () => {
  await gh.close();
});
const projects: Project[] = [];
afterEach(async () => {
  gh.verifyAndReset();
  await Promise.all(projects.splice(0).map((p) => p.cleanup()));
});

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const limit = Date.now() + 30_000;
  while (!(await check().catch(() => false))) {
    if (Date.now() > limit) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('rollout control through GitHub Deployments', () => {
  it('an indefinite pause shows Paused, a promote request (a deployment status) ends it, and the finished deployment stays finished', async () => {
    deploymentsWorld(gh);
    const p = await createProject('  staging:\n    provider: { type: local }\n    strategy: { type: canary, steps: [{ weight: 20, pause: {} }, { weight: 100 }] }\n');
    projects.push(p);
    const store = new GitHubDeploymentStore({ client: standInClient(gh), repo: REPO, ref: SHA });
    // Nothing live yet: the first version takes all traffic at its first step, then waits for promote too.
    const running = deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0'), actor: 'octocat' }, { store, controlPollMs: 20 });
    await until(async () => (await status(p.loaded, { environment: 'staging' }, { store })).environments[0].rollout?.phase === 'Paused', 'the rollout to pause');
    const paused = (await status(p.loaded, { environment: 'staging' }, { store })).environments[0].rollout!;
    expect(paused).toMatchObject({ phase: 'Paused', version: '1.0.0', step: 'pause (until promoted)', stepNumber: 1 });
    const asked = await control(p.loaded, { environment: 'staging', action: 'promote', actor: 'hubot' }, { store });
    expect(asked).toMatchObject({ outcome: 'requested', version: '1.0.0' });
    expect(asked.message).toMatch(/within 15\.0s while it waits/);
    const r = await running;
    expect(r).toMatchObject({ outcome: 'deployed', liveVersion: '1.0.0' });
    const statuses = gh.calls('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses').map((c) => c.body as { state: string; description: string });
    expect(statuses).toContainEqual(expect.objectContaining({ state: 'in_progress', description: `request: promote by hubot (${asked.requestId})` }));
    expect(statuses.at(-1)).toMatchObject({ state: 'success' });
    const after = (await status(p.loaded, { environment: 'staging' }, { store })).environments[0];
    expect(after).toMatchObject({ liveVersion: '1.0.0', interrupted: null, rollout: { phase: 'Healthy' } });
    // A request arriving after the end is journaled but changes nothing: the deployment stays a success.
    const [record] = await store.history('staging', 'iris');
    await store.request(record, { id: 'late-1', action: 'abort', actor: 'hubot', at: new Date().toISOString() });
    expect((await store.history('staging', 'iris'))[0]).toMatchObject({ status: 'success' });
    expect(await store.requests(record)).toEqual([expect.objectContaining({ action: 'promote', actor: 'hubot', id: asked.requestId }), expect.objectContaining({ action: 'abort', id: 'late-1' })]);
  }, 60_000);
});
