/**
 * The GitHub state chatops shares with the deploy action, and the parts of the stand-in's world it rests on:
 * deployments with GitHub's auto-inactivation, the lock branch's git objects, and team memberships. Each world
 * behaviour is driven through the real client, so a world that answered what GitHub would not fails here.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import { deploy, rollback, status } from '../../src/deploy/engine.js';
import { GitHubDeploymentStore } from '../../src/github/deployments.js';
import { GitHubApiError } from '../../src/github/errors.js';
import { acquireLock, readLock, releaseLock } from '../../src/github/locks.js';
import { getTeamMembership } from '../../src/github/teams.js';
import { REPO, standInClient } from '../github/stand-in-client.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
// A deploy validates what it ships: the artifacts are real ONNX models.
import { onnxModel } from '../deploy/helpers.js';

const SHA = 'cd'.repeat(20);
let gh: GitHubStandIn;
let dir: string | undefined;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterAll(async () => {
  await gh.close();
});
afterEach(async () => {
  gh.verifyAndReset();
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function twoModels() {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ms-chatops-state-'));
  await mkdir(path.join(dir, 'models'));
  for (const f of ['iris-1', 'iris-2', 'churn-1']) await writeFile(path.join(dir, `models/${f}.onnx`), await onnxModel(`bytes of ${f}`));
  await writeFile(
    path.join(dir, 'modelship.yml'),
    'version: 1\nmodels:\n  iris: { path: models/iris-1.onnx }\n  churn: { path: models/churn-1.onnx }\nenvironments:\n  production: { provider: { type: local, root: repo/production }, strategy: { type: direct } }\n',
  );
  return loadConfig(path.join(dir, 'modelship.yml'));
}

describe('GitHub deployment state shared by chatops and the deploy action', () => {
  it("a model's live deployment survives another model's deployment to the same environment (auto_inactive is per environment)", async () => {
    const loaded = await twoModels();
    const store = new GitHubDeploymentStore({ client: standInClient(gh), repo: REPO, ref: SHA });
    await deploy(loaded, { environment: 'production', model: 'iris', version: '1.0.0', artifact: 'models/iris-1.onnx', actor: 'ci' }, { store });
    await deploy(loaded, { environment: 'production', model: 'iris', version: '2.0.0', artifact: 'models/iris-2.onnx', actor: 'ci' }, { store });
    await deploy(loaded, { environment: 'production', model: 'churn', version: '1.0.0', artifact: 'models/churn-1.onnx', actor: 'ci' }, { store });
    // GitHub marked iris 2.0.0 inactive when churn succeeded in the same environment ...
    const [churn, iris2, iris1] = gh.world.deployments;
    expect([churn.id, iris2.id, iris1.id]).toEqual([3, 2, 1]);
    expect(gh.world.deploymentStatuses.get(iris2.id)!.map((s) => s.state).slice(0, 2)).toEqual(['inactive', 'success']);
    // ... yet iris 2.0.0 is still what runs, and 1.0.0 is what a rollback restores.
    const s = await status(loaded, { environment: 'production' }, { store });
    expect(s.environments.map((e) => [e.model, e.liveVersion, e.rollbackTarget])).toEqual([
      ['iris', '2.0.0', '1.0.0'],
      ['churn', '1.0.0', null],
    ]);
    const back = await rollback(loaded, { environment: 'production', model: 'iris', actor: 'ci' }, { store });
    expect(back).toMatchObject({ outcome: 'rolled-back', liveVersion: '1.0.0', previousVersion: '2.0.0' });
    expect((await store.current('production', 'churn'))?.payload.version).toBe('1.0.0');
  });
});

describe("the stand-in's world answers as GitHub does", () => {
  it('deployments: defaults, filters, newest first, statuses newest first, auto_inactive skips transient environments', async () => {
    const client = standInClient(gh);
    const a = await client.rest.repos.createDeployment({ ...REPO, ref: SHA, environment: 'staging', required_contexts: [], auto_merge: false });
    const b = await client.rest.repos.createDeployment({ ...REPO, ref: SHA, environment: 'staging', required_contexts: [], auto_merge: false, transient_environment: true });
    const c = await client.rest.repos.createDeployment({ ...REPO, ref: SHA, required_contexts: [], auto_merge: false, task: 'deploy:other' });
    const ids = [a, b, c].map((r) => (r.data as { id: number }).id);
    expect(c.data).toMatchObject({ environment: 'production', production_environment: true, task: 'deploy:other', sha: SHA });
    expect(a.data).toMatchObject({ environment: 'staging', production_environment: false, task: 'deploy' });
    expect((await client.rest.repos.listDeployments({ ...REPO, environment: 'staging' })).data.map((d) => d.id)).toEqual([ids[1], ids[0]]);
    expect((await client.rest.repos.listDeployments({ ...REPO, task: 'deploy:other' })).data.map((d) => d.id)).toEqual([ids[2]]);
    for (const id of ids.slice(0, 2)) await client.rest.repos.createDeploymentStatus({ ...REPO, deployment_id: id, state: 'success' });
    const d = (await client.rest.repos.createDeployment({ ...REPO, ref: SHA, environment: 'staging', required_contexts: [], auto_merge: false })).data as { id: number };
    await client.rest.repos.createDeploymentStatus({ ...REPO, deployment_id: d.id, state: 'in_progress', log_url: 'https://github.com/acme/models/actions/runs/1' });
    await client.rest.repos.createDeploymentStatus({ ...REPO, deployment_id: d.id, state: 'success', environment_url: 'https://staging.example.com' });
    expect((await client.rest.repos.listDeploymentStatuses({ ...REPO, deployment_id: d.id })).data.map((s) => [s.state, s.environment_url])).toEqual([
      ['success', 'https://staging.example.com'],
      ['in_progress', ''],
    ]);
    expect(gh.world.latestDeploymentStatus(ids[0])?.state).toBe('inactive');
    expect(gh.world.latestDeploymentStatus(ids[1])?.state).toBe('success'); // transient: left alone
    // auto_inactive: false leaves the earlier success as it is.
    const e = (await client.rest.repos.createDeployment({ ...REPO, ref: SHA, environment: 'staging', required_contexts: [], auto_merge: false })).data as { id: number };
    await client.rest.repos.createDeploymentStatus({ ...REPO, deployment_id: e.id, state: 'success', auto_inactive: false });
    expect(gh.world.latestDeploymentStatus(d.id)?.state).toBe('success');
  });

  it('deployments: an unknown ref, failing commit statuses without required_contexts, a long description, an unknown deployment', async () => {
    const client = standInClient(gh);
    await expect(client.rest.repos.createDeployment({ ...REPO, ref: 'no-such-branch', required_contexts: [] })).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/No ref found for: no-such-branch/) });
    gh.world.statuses.push({ sha: SHA, state: 'failure', context: 'ci/test', description: null, targetUrl: null });
    await expect(client.rest.repos.createDeployment({ ...REPO, ref: SHA })).rejects.toMatchObject({ status: 409 });
    const ok = (await client.rest.repos.createDeployment({ ...REPO, ref: SHA, required_contexts: [] })).data as { id: number };
    await expect(client.rest.repos.createDeploymentStatus({ ...REPO, deployment_id: ok.id, state: 'success', description: 'x'.repeat(141) })).rejects.toMatchObject({ status: 422 });
    await expect(client.rest.repos.createDeploymentStatus({ ...REPO, deployment_id: 999, state: 'success' })).rejects.toMatchObject({ status: 404 });
    await expect(client.rest.repos.listDeploymentStatuses({ ...REPO, deployment_id: 999 })).rejects.toMatchObject({ status: 404 });
  });

  it('the lock branch: atomic create, contents at the ref, 404 once deleted, 422 for a ref that is not there', async () => {
    const client = standInClient(gh);
    const info = { environment: 'staging', owner: 'octocat', pid: -1, host: 'runner', reason: 'freeze', createdAt: '2026-01-01T00:00:00Z' };
    expect(await readLock(client, REPO, 'staging')).toBeUndefined();
    await acquireLock(client, REPO, info);
    expect([...gh.world.refs.keys()]).toEqual(['refs/heads/modelship-lock/staging']);
    expect(await readLock(client, REPO, 'staging')).toEqual(info);
    // A second holder loses the race: GitHub answers 422 "Reference already exists".
    await expect(acquireLock(client, REPO, { ...info, owner: 'monalisa' })).rejects.toThrow(/locked by octocat/);
    // The blob is stored as git would name it.
    const blob = gh.calls('POST /repos/{owner}/{repo}/git/blobs')[0].responseBody as { sha: string };
    expect(blob.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(await releaseLock(client, REPO, 'staging', 'octocat', false)).toBe(true);
    expect(gh.world.refs.size).toBe(0);
    expect(await readLock(client, REPO, 'staging')).toBeUndefined();
    await expect(client.rest.git.deleteRef({ ...REPO, ref: 'heads/modelship-lock/staging' })).rejects.toMatchObject({ status: 422 });
    await expect(client.rest.git.createRef({ ...REPO, ref: 'refs/heads/x', sha: 'f'.repeat(40) })).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/Object does not exist/) });
    await expect(client.rest.git.createRef({ ...REPO, ref: 'x', sha: blob.sha })).rejects.toMatchObject({ status: 422 });
  });

  it('team memberships: active, pending, 404 for anyone else, and errors thrown', async () => {
    const client = standInClient(gh);
    gh.world.setTeamMember('acme', 'Release-Managers', 'Octocat');
    gh.world.setTeamMember('acme', 'release-managers', 'hubot', 'pending');
    const of = (username: string, teamSlug = 'release-managers') => getTeamMembership(client, { org: 'acme', teamSlug, username });
    expect(await of('octocat')).toBe('active');
    expect(await of('hubot')).toBe('pending');
    expect(await of('mallory')).toBe('none');
    expect(await of('octocat', 'ml-platform')).toBe('none');
    expect(gh.calls('GET /orgs/{org}/teams/{team_slug}/memberships/{username}').map((c) => c.status)).toEqual([200, 200, 404, 404]);
    gh.injectFault('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', { kind: 'status', status: 403, message: 'Resource not accessible by integration' });
    await expect(of('octocat')).rejects.toBeInstanceOf(GitHubApiError);
  });
});
