import { describe, expect, it } from '@jest/globals';
import type { ExecutionContext, ExecutionResult } from '../../src/chatops/executor.js';
import { runChatops, type ChatopsDeps } from '../../src/chatops/run.js';
import type { LockInfo } from '../../src/deploy/types.js';
import { commentPayload, CONFIG_YAML, FakeFeedback, FakeLocks, FakeRepository, HEAD, loadedConfig, manualLock, MOVED, RecordingExecutor } from './fixtures.js';

function setup() {
  const repository = new FakeRepository();
  const feedback = new FakeFeedback();
  const executor = new RecordingExecutor();
  const deps: ChatopsDeps = { repository, feedback, executor };
  return { repository, feedback, executor, deps };
}

const run = (deps: ChatopsDeps, body: string, extra: Partial<Parameters<typeof commentPayload>[0]> = {}, eventName = 'issue_comment', dryRun = false) =>
  runChatops({ eventName, payload: commentPayload({ body, ...extra }), loaded: loadedConfig(), dryRun, runUrl: 'https://github.com/acme/models/actions/runs/1' }, deps);

describe('runChatops: the happy path', () => {
  it('deploys on the pinned SHA, reacts eyes then rocket, and keeps one reply updated', async () => {
    const { deps, executor, feedback, repository } = setup();
    const r = await run(deps, '/deploy iris@1.2.0 to staging');
    expect(r).toMatchObject({ decision: 'done', code: 'ok', sha: HEAD, commandText: '/deploy iris@1.2.0 to staging', replyUrl: expect.stringContaining('issuecomment') });
    expect(executor.calls).toEqual([{ command: { name: 'deploy', model: 'iris', version: '1.2.0', env: 'staging', dryRun: false }, context: { sha: HEAD, actor: 'octocat', pullRequest: 7, dryRun: false, progress: expect.any(Function) } }]);
    expect(feedback.reactions).toEqual(['eyes', 'rocket']);
    expect(new Set(feedback.replies.map((x) => x.key))).toEqual(new Set(['chatops-555']));
    expect(feedback.last).toMatch(/🚀 Done/);
    expect(feedback.last).toMatch(/\[workflow run\]\(https:\/\/github.com\/acme\/models\/actions\/runs\/1\)/);
    expect(feedback.last).toMatch(/\[environment\]\(https:\/\/staging.example.com\)/);
    // pinned once, re-read once just before acting
    expect(repository.calls).toEqual(['permission octocat', 'pr 7', 'pr 7']);
  });

  it('passes --dry-run (from the comment or the input) to the executor', async () => {
    const a = setup();
    await run(a.deps, '/promote iris to staging --dry-run');
    expect(a.executor.calls[0].context.dryRun).toBe(true);
    const b = setup();
    await run(b.deps, '/promote iris to staging', {}, 'issue_comment', true);
    expect(b.executor.calls[0].command.dryRun).toBe(true);
    expect(b.feedback.last).toMatch(/dry run/);
  });

  it('approves for the workflow when there is no executor', async () => {
    const { repository, feedback } = setup();
    const r = await run({ repository, feedback }, '/rollback staging to 1.0.0');
    expect(r).toMatchObject({ decision: 'approved', sha: HEAD, command: { name: 'rollback', env: 'staging', version: '1.0.0' } });
    expect(feedback.reactions).toEqual(['eyes']);
    expect(feedback.last).toMatch(/Approved/);
  });

  it('answers /help without acting', async () => {
    const { deps, executor, feedback } = setup();
    const r = await run(deps, '/help');
    expect(r.decision).toBe('done');
    expect(executor.calls).toHaveLength(0);
    expect(feedback.last).toMatch(/\/rollback <env> \[to <version>\]/);
  });

  it('reports a failed execution with a thumbs down', async () => {
    const repository = new FakeRepository();
    const feedback = new FakeFeedback();
    const failing = new RecordingExecutor({ ok: false, message: 'canary analysis failed; staging stays on 1.1.0', steps: [{ name: 'analysis', status: 'failed', detail: 'p99 too high' }] });
    const r = await run({ repository, feedback, executor: failing }, '/deploy iris to staging');
    expect(r).toMatchObject({ decision: 'failed', code: 'execution_failed', reason: 'canary analysis failed; staging stays on 1.1.0' });
    expect(feedback.reactions).toEqual(['eyes', '-1']);
    expect(feedback.last).toMatch(/❌ \| p99 too high/);
  });

  it('turns an executor exception into a failure', async () => {
    const repository = new FakeRepository();
    const feedback = new FakeFeedback();
    const r = await run({ repository, feedback, executor: new RecordingExecutor(new Error('lock held by @alice')) }, '/deploy iris to staging');
    expect(r).toMatchObject({ decision: 'failed', reason: '/deploy iris to staging failed: lock held by @alice' });
    expect(feedback.last).not.toMatch(/@alice/); // no mention ping from engine text
  });

  it('updates the reply as the command progresses: the deployment link while it runs, then the result', async () => {
    const repository = new FakeRepository();
    const feedback = new FakeFeedback();
    const executor = {
      async run(_command: unknown, context: ExecutionContext): Promise<ExecutionResult> {
        await context.progress!({ steps: [], deploymentUrl: 'https://github.com/acme/models/deployments/staging' });
        await context.progress!({ steps: [{ name: 'prepare', status: 'ok', detail: 'installed 1.2.0' }], deploymentUrl: 'https://github.com/acme/models/deployments/staging' });
        return { ok: true, message: 'staging now runs iris 1.2.0', steps: [{ name: 'prepare', status: 'ok', detail: 'installed 1.2.0' }, { name: 'switch', status: 'ok', detail: 'alias moved' }], deploymentUrl: 'https://github.com/acme/models/deployments/staging', environmentUrl: 'https://staging.example.com' };
      },
    };
    await run({ repository, feedback, executor }, '/promote iris to staging');
    const bodies = feedback.replies.map((x) => x.body);
    expect(new Set(feedback.replies.map((x) => x.key))).toEqual(new Set(['chatops-555']));
    expect(bodies.map((b) => /^### (\S+ \w+)/.exec(b)![1])).toEqual(['👀 Taken', '⏳ Running', '⏳ Running', '⏳ Running', '🚀 Done']);
    expect(bodies[1]).not.toMatch(/\[deployment\]/);
    expect(bodies[2]).toMatch(/\[workflow run\]\(https:\/\/github.com\/acme\/models\/actions\/runs\/1\) · \[deployment\]\(https:\/\/github.com\/acme\/models\/deployments\/staging\)/);
    expect(bodies[3]).toMatch(/\| prepare \| ✅ \| installed 1.2.0 \|/);
    expect(bodies[4]).toMatch(/\| switch \| ✅ \| alias moved \|[\s\S]*\[deployment\]\([^)]+\) · \[environment\]\(https:\/\/staging.example.com\)/);
    expect(feedback.reactions).toEqual(['eyes', 'rocket']);
  });

  it('survives feedback failures and reports them as warnings', async () => {
    const { deps, feedback, executor } = setup();
    feedback.failing = true;
    const r = await run(deps, '/deploy iris to staging');
    expect(r.decision).toBe('done');
    expect(executor.calls).toHaveLength(1);
    expect(r.warnings.length).toBeGreaterThan(0);
  });
});

describe('runChatops: custom repository roles', () => {
  const withRoles = (permissions: string) => loadedConfig(CONFIG_YAML.replace('chatops:\n', `chatops:\n  permissions: ${permissions}\n`));

  it('runs for a custom role listed by name (case-insensitive), and says which role it read', async () => {
    const s = setup();
    s.repository.permission = { role: 'Model-Deployer', base: 'write' };
    const r = await runChatops({ eventName: 'issue_comment', payload: commentPayload({ body: '/rollback staging' }), loaded: withRoles('[model-deployer, admin]') }, s.deps);
    expect(r.decision).toBe('done');
    expect(r.passed[0]).toBe('@octocat has the custom role "Model-Deployer" (GitHub\'s role_name, based on write)');
    expect(s.feedback.last).toContain('custom role "Model-Deployer"');
    expect(s.executor.calls).toHaveLength(1);
  });

  it('gives grammar help only to a listed custom role', async () => {
    const s = setup();
    s.repository.permission = { role: 'triage-plus', base: 'read' };
    const r = await runChatops({ eventName: 'issue_comment', payload: commentPayload({ body: '/rollbak staging' }), loaded: withRoles('[write]') }, s.deps);
    expect(r).toMatchObject({ decision: 'refused', code: 'permission_denied', reason: expect.stringContaining('custom role "triage-plus"') });
  });
});

describe('runChatops: locked environments', () => {
  function locked(held: Record<string, LockInfo | Error>) {
    const s = setup();
    const locks = new FakeLocks();
    locks.held = held;
    return { ...s, locks, deps: { ...s.deps, locks } };
  }

  it('/deploy to an environment locked by someone else: refused by this step, naming the holder (not approved for the deploy job)', async () => {
    const { repository, feedback, locks } = locked({ staging: manualLock('monalisa') });
    // No executor: /deploy would be approved for the workflow's deploy job.
    const r = await run({ repository, feedback, locks }, '/deploy iris@1.2.0 to staging');
    expect(r).toMatchObject({ decision: 'refused', code: 'locked', sha: HEAD });
    expect(r.reason).toBe('staging is locked by monalisa since 2026-01-01T00:00:00.000Z: model retraining; /deploy is refused (monalisa can deploy through the lock or /unlock staging)');
    expect(feedback.reactions).toEqual(['eyes', '-1']);
    expect(feedback.last).toMatch(/Refused/);
    expect(feedback.last).toContain('locked by monalisa');
    expect(feedback.replies.some((x) => /Approved/.test(x.body))).toBe(false);
    expect(locks.calls).toEqual(['staging']);
  });

  it('/promote to a locked environment is a refusal, not a failed execution; nothing runs', async () => {
    const { deps, executor, locks } = locked({ staging: manualLock('monalisa', 'freeze') });
    const r = await run(deps, '/promote iris to staging');
    expect(r).toMatchObject({ decision: 'refused', code: 'locked', reason: expect.stringContaining('staging is locked by monalisa') });
    expect(executor.calls).toHaveLength(0);
    expect(locks.calls).toEqual(['staging']);
  });

  it('a deployment in progress holds the lock too', async () => {
    const { deps, executor } = locked({ staging: { environment: 'staging', owner: 'ci', pid: 4242, host: 'runner-7', reason: 'deploy iris 1.1.0', createdAt: '2026-01-01T00:00:00.000Z' } });
    const r = await run(deps, '/rollback staging');
    expect(r).toMatchObject({ decision: 'refused', code: 'locked', reason: expect.stringMatching(/^staging is locked by a deployment in progress, run by ci since .*: deploy iris 1\.1\.0; \/rollback is refused \(comment again once it has finished\)$/) });
    expect(executor.calls).toHaveLength(0);
  });

  it("the holder of a manual lock deploys through it (case-insensitive login); another environment's lock does not matter", async () => {
    const mine = locked({ staging: manualLock('Octocat') });
    expect((await run(mine.deps, '/promote iris to staging')).decision).toBe('done');
    expect(mine.executor.calls).toHaveLength(1);
    expect(mine.feedback.last).toMatch(/staging is not locked by anyone else/);
    const elsewhere = locked({ production: manualLock('monalisa') });
    expect((await run(elsewhere.deps, '/promote iris to staging')).decision).toBe('done');
  });

  it('/lock is refused only by someone else\'s lock; /unlock and /status are left to the engine', async () => {
    const other = locked({ staging: manualLock('monalisa') });
    expect(await run(other.deps, '/lock staging')).toMatchObject({ decision: 'refused', code: 'locked' });
    for (const body of ['/unlock staging', '/status staging']) {
      const s = locked({ staging: manualLock('monalisa') });
      expect((await run(s.deps, body)).decision).toBe('done');
      expect(s.locks.calls).toEqual([]);
    }
  });

  it('a dry run changes nothing and is not stopped by a lock, as in the engine', async () => {
    const { deps, executor, locks } = locked({ staging: manualLock('monalisa') });
    expect((await run(deps, '/promote iris to staging --dry-run')).decision).toBe('done');
    expect(executor.calls[0].context.dryRun).toBe(true);
    expect(locks.calls).toEqual([]);
  });

  it('a lock that cannot be read is not free', async () => {
    const { deps, executor } = locked({ staging: new Error('GitHub answered GET /repos/acme/models/contents/lock.json with 502') });
    const r = await run(deps, '/rollback staging');
    expect(r).toMatchObject({ decision: 'refused', code: 'lock_unavailable', reason: expect.stringMatching(/could not read the lock of staging \(GitHub answered .*502\); a lock that cannot be verified is not free/) });
    expect(executor.calls).toHaveLength(0);
  });
});

describe('runChatops: refusals (nothing is executed)', () => {
  async function refused(body: string, prepare: (s: ReturnType<typeof setup>) => void, extra: Partial<Parameters<typeof commentPayload>[0]> = {}, eventName = 'issue_comment') {
    const s = setup();
    prepare(s);
    const r = await run(s.deps, body, extra, eventName);
    expect(r.decision).toBe('refused');
    expect(s.executor.calls).toHaveLength(0);
    return { r, ...s };
  }

  it('a user without write permission', async () => {
    const { r, feedback } = await refused('/deploy iris to staging', (s) => (s.repository.permission = 'read'));
    expect(r).toMatchObject({ code: 'permission_denied', reason: '@octocat has "read" permission; write, maintain, admin is needed' });
    expect(feedback.reactions).toEqual(['eyes', '-1']);
    expect(feedback.last).toMatch(/Refused/);
  });

  it('a permission API that fails denies', async () => {
    const { r } = await refused('/deploy iris to staging', (s) => (s.repository.permission = new Error('HTTP 502')));
    expect(r.code).toBe('permission_unavailable');
    expect(r.reason).toMatch(/HTTP 502.*denied/);
  });

  it('a custom role not listed in permissions, even one based on write: refused, naming the role read', async () => {
    const { r, feedback } = await refused('/rollback staging', (s) => (s.repository.permission = { role: 'model-reviewer', base: 'write' }));
    expect(r.code).toBe('permission_denied');
    expect(r.reason).toBe('@octocat has the custom role "model-reviewer" (GitHub\'s role_name, based on write); write, maintain, admin is needed; a custom role is allowed only when listed by name in chatops permissions');
    expect(feedback.last).toContain('custom role "model-reviewer"');
  });

  it('a built-in role read from role_name: maintain is not write', async () => {
    const custom = loadedConfig(CONFIG_YAML.replace('chatops:\n', 'chatops:\n  permissions: [write, admin]\n'));
    const s = setup();
    s.repository.permission = { role: 'maintain', base: 'write' };
    const r = await runChatops({ eventName: 'issue_comment', payload: commentPayload({ body: '/rollback staging' }), loaded: custom }, s.deps);
    expect(r).toMatchObject({ decision: 'refused', code: 'permission_denied', reason: '@octocat has "maintain" permission; write, admin is needed' });
    expect(s.executor.calls).toHaveLength(0);
  });

  it('a per-environment permission override', async () => {
    const { r } = await refused('/rollback production', () => undefined);
    expect(r).toMatchObject({ code: 'permission_denied', reason: expect.stringMatching(/admin, maintain is needed for production/) });
  });

  it('a fork pull request', async () => {
    const { r } = await refused('/deploy iris to staging', (s) => (s.repository.pr = { ...s.repository.pr, isFork: true, headRepoFullName: 'mallory/models' }));
    expect(r).toMatchObject({ code: 'fork', reason: expect.stringMatching(/mallory\/models/) });
  });

  it('a comment on an issue', async () => {
    const { r, feedback, repository } = await refused('/deploy iris to staging', () => undefined, { pr: false });
    expect(r.code).toBe('not_pull_request');
    expect(repository.calls).toEqual([]);
    expect(feedback.reactions).toEqual(['-1']);
  });

  it('an edited comment: refused silently', async () => {
    const { r, feedback, repository } = await refused('/deploy iris to staging', () => undefined, { action: 'edited' });
    expect(r.code).toBe('not_created');
    expect(repository.calls).toEqual([]);
    expect(feedback.reactions).toEqual([]);
    expect(feedback.replies).toEqual([]);
  });

  it('another event', async () => {
    const { r } = await refused('/deploy iris to staging', () => undefined, {}, 'pull_request');
    expect(r.code).toBe('not_issue_comment');
  });

  it('a head that moved after the command was read', async () => {
    const { r, feedback } = await refused('/deploy iris to staging', (s) => (s.repository.heads = [HEAD, MOVED]));
    expect(r).toMatchObject({ code: 'ref_changed', sha: HEAD, reason: expect.stringMatching(/moved from aaaaaaa to bbbbbbb/) });
    expect(feedback.reactions).toEqual(['eyes', '-1']);
  });

  it('production from an unmerged pull request', async () => {
    const { r } = await refused('/promote iris to production', (s) => (s.repository.permission = 'admin'));
    expect(r.code).toBe('not_merged');
  });

  it('production into the wrong base branch', async () => {
    const { r } = await refused('/promote iris to production', (s) => {
      s.repository.permission = 'admin';
      s.repository.pr = { ...s.repository.pr, merged: true, state: 'closed', baseRef: 'release/1.x' };
    });
    expect(r).toMatchObject({ code: 'base_branch', reason: expect.stringMatching(/targets "release\/1.x"/) });
  });

  it.each([
    ['failed', new Map([['test', 'failure']]), /test \(failure\)/],
    ['pending', new Map([['test', null]]), /test \(still running\)/],
    ['missing', new Map(), /test \(missing\)/],
  ])('production with a required check %s', async (_what, checks, message) => {
    const { r } = await refused('/promote iris to production', (s) => {
      s.repository.permission = 'admin';
      s.repository.pr = { ...s.repository.pr, merged: true, state: 'closed' };
      s.repository.checks = checks as Map<string, string | null>;
    });
    expect(r).toMatchObject({ code: 'checks_failed', reason: expect.stringMatching(message) });
  });

  it('unreadable checks are not green', async () => {
    const { r } = await refused('/promote iris to production', (s) => {
      s.repository.permission = 'admin';
      s.repository.pr = { ...s.repository.pr, merged: true, state: 'closed' };
      s.repository.checks = new Error('HTTP 500');
    });
    expect(r.code).toBe('checks_unavailable');
  });

  it('a closed, unmerged pull request', async () => {
    const { r } = await refused('/deploy iris to staging', (s) => (s.repository.pr = { ...s.repository.pr, state: 'closed' }));
    expect(r.code).toBe('pull_request_closed');
  });

  it('an unreadable pull request', async () => {
    const { r } = await refused('/deploy iris to staging', (s) => {
      s.repository.pullRequest = async () => {
        throw new Error('HTTP 404');
      };
    });
    expect(r.code).toBe('pull_request_unavailable');
  });

  it('a parse error: grammar help for a permitted user', async () => {
    const { r, feedback } = await refused('/deploy iris to prodution', () => undefined);
    expect(r).toMatchObject({ code: 'parse_error', reason: expect.stringMatching(/did you mean "production"/) });
    expect(feedback.last).toMatch(/did you mean/);
  });

  it('a parse error from a user without permission: only the permission refusal', async () => {
    const { r, feedback } = await refused('/deploy iris to ${{ secrets.TOKEN }}', (s) => (s.repository.permission = 'none'));
    expect(r.code).toBe('permission_denied');
    expect(feedback.last).not.toMatch(/secrets/);
  });

  it('shell metacharacters and ${{ }}: refused, and never echoed raw', async () => {
    for (const body of ['/deploy iris@$(id) to staging', '/deploy ${{github.token}} to staging', '/lock staging `rm -rf /`', '/rollback staging;id']) {
      const { r, feedback } = await refused(body, () => undefined);
      expect(r.code).toBe('parse_error');
      expect(r.command).toBeUndefined();
      expect(feedback.last).not.toMatch(/`rm|\$\(id\)`/);
    }
  });

  it('a disabled command', async () => {
    const s = setup();
    const loaded = loadedConfig(`version: 1\nmodels: { iris: { path: m.onnx } }\nenvironments: { staging: {} }\nchatops: { commands: [status, help] }\n`);
    const r = await runChatops({ eventName: 'issue_comment', payload: commentPayload({ body: '/deploy iris to staging' }), loaded }, s.deps);
    expect(r).toMatchObject({ decision: 'refused', code: 'command_disabled' });
    expect(s.executor.calls).toHaveLength(0);
  });

  it('a user outside the environment allow-list', async () => {
    const s = setup();
    const loaded = loadedConfig(`version: 1\nmodels: { iris: { path: m.onnx } }\nenvironments: { staging: {} }\nchatops: { environments: { staging: { users: [Release-Captain] } } }\n`);
    const deny = await runChatops({ eventName: 'issue_comment', payload: commentPayload({ body: '/deploy iris to staging' }), loaded }, s.deps);
    expect(deny).toMatchObject({ decision: 'refused', code: 'user_not_allowed' });
    const allow = await runChatops({ eventName: 'issue_comment', payload: commentPayload({ body: '/deploy iris to staging', login: 'release-captain' }), loaded }, s.deps);
    expect(allow.decision).toBe('done');
  });

  describe('a team rule', () => {
    const teamConfig = (rules: string) => loadedConfig(`version: 1\nmodels: { iris: { path: m.onnx } }\nenvironments: { staging: {}, production: {} }\nchatops: { environments: { production: { ${rules} } } }\n`);
    const promote = (deps: ChatopsDeps, loaded = teamConfig('teams: [ML-Platform, release]'), login = 'octocat') =>
      runChatops({ eventName: 'issue_comment', payload: commentPayload({ body: '/promote iris to production', login }), loaded }, deps);

    it('lets an active member of one of the teams act, asking team by team until one confirms', async () => {
      const s = setup();
      s.repository.teams = { 'ml-platform': {}, release: { octocat: 'active' } };
      const r = await promote(s.deps);
      expect(r).toMatchObject({ decision: 'done', passed: expect.arrayContaining(['@octocat is an active member of team release']) });
      expect(s.repository.calls).toEqual(['permission octocat', 'team ml-platform octocat', 'team release octocat', 'pr 7', 'pr 7']);
      expect(s.executor.calls).toHaveLength(1);
    });

    it('refuses a non-member, an invitation not yet accepted, and says which', async () => {
      const s = setup();
      s.repository.teams = { release: { octocat: 'pending' } };
      const r = await promote(s.deps);
      expect(r).toMatchObject({ decision: 'refused', code: 'user_not_allowed' });
      expect(r.reason).toBe('production accepts commands only from members of team ml-platform, members of team release; @octocat is not one of them (ml-platform: not a member, or the token cannot see the team; release: invitation not accepted yet)');
      expect(s.repository.calls).toEqual(['permission octocat', 'team ml-platform octocat', 'team release octocat']);
      expect(s.executor.calls).toHaveLength(0);
      expect(s.feedback.reactions).toEqual(['eyes', '-1']);
    });

    it('denies when a lookup fails and no other team confirms; a confirmation elsewhere still counts', async () => {
      const s = setup();
      s.repository.teams = { 'ml-platform': new Error('GitHub answered 403: Resource not accessible by integration') };
      const r = await promote(s.deps);
      expect(r).toMatchObject({ decision: 'refused', code: 'membership_unavailable' });
      expect(r.reason).toMatch(/could not read @octocat's membership of team ml-platform \(GitHub answered 403: Resource not accessible by integration\), and a membership that cannot be verified is denied/);
      expect(s.executor.calls).toHaveLength(0);

      const t = setup();
      t.repository.teams = { 'ml-platform': new Error('HTTP 502'), release: { octocat: 'active' } };
      expect((await promote(t.deps)).decision).toBe('done');
    });

    it('with users: a listed login needs no team lookup; anyone else must be a member', async () => {
      const s = setup();
      const loaded = teamConfig('users: [release-captain], teams: [release]');
      expect((await promote(s.deps, loaded, 'Release-Captain')).decision).toBe('done');
      expect(s.repository.calls.filter((c) => c.startsWith('team'))).toEqual([]);
      const r = await promote(s.deps, loaded, 'octocat');
      expect(r).toMatchObject({ code: 'user_not_allowed', reason: expect.stringMatching(/only from @release-captain, members of team release/) });
    });

    it('applies only to commands on that environment', async () => {
      const s = setup();
      const r = await runChatops({ eventName: 'issue_comment', payload: commentPayload({ body: '/promote iris to staging' }), loaded: teamConfig('teams: [release]') }, s.deps);
      expect(r.decision).toBe('done');
      expect(s.repository.calls.filter((c) => c.startsWith('team'))).toEqual([]);
    });
  });

  it('a malformed payload', async () => {
    const s = setup();
    const r = await runChatops({ eventName: 'issue_comment', payload: { action: 'created' }, loaded: loadedConfig() }, s.deps);
    expect(r).toMatchObject({ decision: 'refused', code: 'bad_payload' });
  });
});

describe('runChatops: ignored comments', () => {
  it('does nothing at all for an ordinary comment', async () => {
    const { deps, feedback, repository, executor } = setup();
    const r = await run(deps, 'LGTM, ship it\n/deploy iris to staging');
    expect(r.decision).toBe('ignored');
    expect([feedback.reactions, feedback.replies, repository.calls, executor.calls]).toEqual([[], [], [], []]);
  });
});

describe('chatops config', () => {
  it('refuses rules for an environment that is not configured', async () => {
    const s = setup();
    const loaded = loadedConfig(`version: 1\nmodels: { iris: { path: m.onnx } }\nenvironments: { staging: {} }\nchatops: { environments: { prod: { requireMerged: true } } }\n`);
    await expect(runChatops({ eventName: 'issue_comment', payload: commentPayload({ body: '/help' }), loaded }, s.deps)).rejects.toThrow(/no environment "prod" is configured/);
  });
});
