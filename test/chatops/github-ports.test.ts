/**
 * The chatops flow in process over the real GitHub ports (src/github/chatops-ports.ts, as the action wires
 * them) against the OpenAPI-checked stand-in, with a real issue_comment payload (@octokit/webhooks-examples):
 * custom roles from role_name, refusal reasons that name the repository, and a hung API bounded by one
 * budget for the whole command.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { inert } from '../../src/chatops/outputs.js';
import { runChatops } from '../../src/chatops/run.js';
import { gitHubFeedbackPort, gitHubRepositoryPort } from '../../src/github/chatops-ports.js';
import { UnansweredBudget } from '../../src/github/client.js';
import { standInClient } from '../github/stand-in-client.js';
import { pullRequestCommentEvent } from '../support/events.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { CONFIG_YAML, loadedConfig, RecordingExecutor } from './fixtures.js';

/** The repository of the webhook examples. */
const REPO = { owner: 'Codertocat', repo: 'Hello-World' };
const PR = 7;
const HEAD = 'c0ffee'.padEnd(40, '0');
const PERMISSION = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterAll(async () => {
  await gh.close();
});
afterEach(() => gh.verifyAndReset());

function command(body: string, options: { budget?: UnansweredBudget; requestTimeoutMs?: number; permissions?: string } = {}) {
  const client = standInClient(gh, { ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}), ...(options.budget ? { budget: options.budget } : {}) });
  const executor = new RecordingExecutor();
  const yaml = options.permissions ? CONFIG_YAML.replace('chatops:\n', `chatops:\n  permissions: ${options.permissions}\n`) : CONFIG_YAML;
  const event = pullRequestCommentEvent({ body, pullNumber: PR, login: 'octocat' });
  const result = runChatops({ eventName: event.name, payload: event.payload, loaded: loadedConfig(yaml) }, { repository: gitHubRepositoryPort(client, REPO), feedback: gitHubFeedbackPort(client, REPO), executor });
  return { result, executor };
}

/** Answers the permission route with a custom role, as GitHub does for organisation repositories with custom roles. */
function customRole(role: string, base: 'admin' | 'write' | 'read') {
  gh.on(PERMISSION, (request, standIn) => ({
    body: { permission: base, role_name: role, user: { ...(standIn.example<Record<string, unknown>>(PERMISSION).user as object), login: request.params.username, role_name: role } },
  }));
}

describe('chatops over the GitHub ports', () => {
  it('a custom role (role_name) not listed in permissions is refused, although it extends write; the reply states the role read', async () => {
    customRole('model-reviewer', 'write');
    gh.world.addPullRequest(PR, { headSha: HEAD });
    const { result, executor } = command('/rollback staging');
    const r = await result;
    expect(r).toMatchObject({ decision: 'refused', code: 'permission_denied' });
    expect(r.reason).toMatch(/^@octocat has the custom role "model-reviewer" \(GitHub's role_name, based on write\); write, maintain, admin is needed/);
    expect(executor.calls).toHaveLength(0);
    const reply = gh.world.comments.find((c) => c.body.startsWith('<!-- modelship:chatops-'))!.body;
    expect(reply).toContain('custom role "model-reviewer"');
  });

  it('a custom role listed in permissions runs the command', async () => {
    customRole('model-deployer', 'read');
    gh.world.addPullRequest(PR, { headSha: HEAD });
    const { result, executor } = command('/rollback staging', { permissions: '[model-deployer, admin]' });
    expect((await result).decision).toBe('done');
    expect(executor.calls).toHaveLength(1);
  });

  it('a refusal reason names the repository, not the route template (no "?owner?" once made inert for an output)', async () => {
    gh.injectFault(PERMISSION, { kind: 'status', status: 502, times: 10 });
    const r = await command('/rollback staging').result;
    expect(r.code).toBe('permission_unavailable');
    expect(r.reason).toContain('GET /repos/Codertocat/Hello-World/collaborators/octocat/permission with 502');
    expect(inert(r.reason)).toContain('/repos/Codertocat/Hello-World/collaborators/octocat/permission');
    expect(inert(r.reason)).not.toMatch(/\?owner\?|\?repo\?|\{owner\}/);
  });

  it('a hung GitHub API is bounded for the whole command by one budget, not per call', async () => {
    gh.injectFault('*', { kind: 'hang', times: 1000 });
    // 60 ms per attempt, 150 ms for the command: every attempt but the last takes a full 60 ms of it, so at
    // most ceil(150 / 60) = 3 requests reach GitHub in all. Without the budget: the eyes reaction (1, a write
    // is not retried), the permission (4 attempts), then the reply and the thumbs down: 10 or more.
    const budget = new UnansweredBudget(150);
    const { result, executor } = command('/rollback staging', { budget, requestTimeoutMs: 60 });
    const r = await result;
    expect(r).toMatchObject({ decision: 'refused', code: 'permission_unavailable' });
    expect(r.reason).toMatch(/could not read @octocat's permission on this repository \(GitHub did not answer GET \/repos\/Codertocat\/Hello-World\/collaborators\/octocat\/permission/);
    expect(executor.calls).toHaveLength(0);
    expect(budget.spent).toBe(true);
    expect(gh.calls().length).toBeGreaterThanOrEqual(1);
    expect(gh.calls().length).toBeLessThanOrEqual(3);
    // The feedback that could not be given is reported as warnings, each one saying why.
    expect(r.warnings.length).toBeGreaterThan(0);
    expect(r.warnings.join('\n')).toMatch(/not sent, as GitHub already left requests unanswered for the 150 ms this run allows in total/);
  });
});
