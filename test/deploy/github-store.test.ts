import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { deploy, rollback, status } from '../../src/deploy/engine.js';
import { GitHubDeploymentStore, DEPLOY_TASK } from '../../src/github/deployments.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from '../github/stand-in-client.js';
import { createProject, LOCAL_ENVS, type Project } from './helpers.js';
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

describe('GitHub Deployments store', () => {
  it('records each change as a deployment with statuses, and rolls back to the previous success', async () => {
    const world = deploymentsWorld(gh);
    const p = await createProject(LOCAL_ENVS);
    projects.push(p);
    const store = new GitHubDeploymentStore({ client: standInClient(gh), repo: REPO, ref: SHA, logUrl: 'https://github.com/acme/models/actions/runs/9', production: (e) => e === 'production' });
    const a = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0'), actor: 'octocat' }, { store });
    expect(a.outcome).toBe('deployed');
    const b = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0'), actor: 'octocat' }, { store });
    expect(b).toMatchObject({ outcome: 'deployed', previousVersion: '1.0.0' });

    const creates = gh.calls('POST /repos/{owner}/{repo}/deployments');
    expect(creates).toHaveLength(2);
    expect(creates[1].body).toMatchObject({
      ref: SHA, task: DEPLOY_TASK, auto_merge: false, required_contexts: [], environment: 'staging', production_environment: false, transient_environment: false,
      payload: { model: 'iris', version: '1.1.0', sha256: b.sha256, strategy: 'direct', provider: 'local', previousVersion: '1.0.0' },
    });
    const states = gh.calls('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses').filter((c) => c.params.deployment_id === '2').map((c) => [(c.body as { state: string }).state, (c.body as { description: string }).description]);
    expect(states).toEqual([
      ['in_progress', 'starting'],
      ['in_progress', 'step: prepare'],
      ['in_progress', 'step: verify'],
      ['in_progress', 'step: shift-traffic'],
      ['in_progress', 'step: finalize'],
      ['success', expect.stringMatching(/^1\.1\.0 live/)],
    ]);
    expect((gh.calls('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses')[0].body as { log_url: string }).log_url).toBe('https://github.com/acme/models/actions/runs/9');
    // lock branch created and deleted for each run
    expect(gh.calls('POST /repos/{owner}/{repo}/git/refs').map((c) => (c.body as { ref: string }).ref)).toEqual(['refs/heads/modelship-lock/staging', 'refs/heads/modelship-lock/staging']);
    expect(world.refs.size).toBe(0);

    const s = (await status(p.loaded, { environment: 'staging' }, { store })).environments[0];
    expect(s).toMatchObject({ liveVersion: '1.1.0', rollbackTarget: '1.0.0', lock: null });
    const back = await rollback(p.loaded, { environment: 'staging', actor: 'octocat' }, { store });
    expect(back).toMatchObject({ outcome: 'rolled-back', liveVersion: '1.0.0' });
    expect((gh.calls('POST /repos/{owner}/{repo}/deployments').at(-1)!.body as { payload: { version: string; strategy: string } }).payload).toMatchObject({ version: '1.0.0', strategy: 'rollback' });
  });

  it('a lock held in another job refuses the deploy naming its owner, and records nothing', async () => {
    deploymentsWorld(gh);
    const p = await createProject(LOCAL_ENVS);
    projects.push(p);
    const client = standInClient(gh);
    const store = new GitHubDeploymentStore({ client, repo: REPO, ref: SHA });
    await store.lock('staging', { owner: 'monalisa', pid: -1, host: 'runner-1', reason: 'release freeze' });
    await expect(deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0'), actor: 'octocat' }, { store })).rejects.toThrow(/locked by monalisa .*release freeze/);
    expect(gh.calls('POST /repos/{owner}/{repo}/deployments')).toHaveLength(0);
    await expect(store.unlock('staging', 'octocat')).rejects.toThrow(/held by monalisa/);
    expect(await store.unlock('staging', 'monalisa')).toBe(true);
    expect(await store.lockInfo('staging')).toBeUndefined();
  });

  it('a failed rollout ends with a failure status and the previous deployment stays the live one', async () => {
    deploymentsWorld(gh);
    const p = await createProject(LOCAL_ENVS);
    projects.push(p);
    const store = new GitHubDeploymentStore({ client: standInClient(gh), repo: REPO, ref: SHA });
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { store });
    const { failingProvider } = await import('./helpers.js');
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') }, { store, provider: (_e, inner) => failingProvider(inner, { step: 'finalize' }) });
    expect(r.outcome).toBe('aborted');
    const last = gh.calls('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses').at(-1)!;
    expect(last.body).toMatchObject({ state: 'failure', description: expect.stringMatching(/injected failure in finalize/) });
    expect((await store.current('staging', 'iris'))?.payload.version).toBe('1.0.0');
  });
});
