import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createGitHubClient, repoFromEnv, requireToken, UnansweredBudget } from '../../src/github/client.js';
import { GitHubApiError } from '../../src/github/errors.js';
import { ModelshipError, describeError } from '../../src/core/errors.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from './stand-in-client.js';

const PULL = 'GET /repos/{owner}/{repo}/pulls/{pull_number}';

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterEach(() => gh.verifyAndReset());
afterAll(async () => {
  await gh.close();
});

async function getPull(client = standInClient(gh)) {
  return client.rest.pulls.get({ ...REPO, pull_number: 7 });
}

describe('createGitHubClient', () => {
  it('retries a 502 twice and succeeds on the third call', async () => {
    gh.world.addPullRequest(7);
    gh.injectFault(PULL, { kind: 'status', status: 502, times: 2 });
    const { data } = await getPull();
    expect(data.number).toBe(7);
    expect(gh.calls(PULL).map((c) => c.status)).toEqual([502, 502, 200]);
  });

  it('gives up on a lasting 5xx after maxRetries, saying how many attempts it made', async () => {
    gh.injectFault(PULL, { kind: 'status', status: 503, times: 10 });
    const error = await getPull(standInClient(gh, { maxRetries: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(503);
    expect((error as GitHubApiError).message).toMatch(/^GitHub answered GET \/repos\/acme\/models\/pulls\/7 with 503 after 3 attempts/);
    expect((error as GitHubApiError).route).toBe('/repos/{owner}/{repo}/pulls/{pull_number}');
    expect(gh.calls(PULL)).toHaveLength(3);
  });

  it('waits out a secondary rate limit (403 + retry-after) and retries', async () => {
    gh.world.addPullRequest(7);
    const warnings: string[] = [];
    gh.injectFault(PULL, { kind: 'secondary-rate-limit', retryAfter: 30 });
    const started = performance.now();
    await getPull(standInClient(gh, { log: { warning: (m) => warnings.push(m) } }));
    expect(gh.calls(PULL).map((c) => c.status)).toEqual([403, 200]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25); // 30 s scaled to 30 ms
    expect(warnings.join('\n')).toMatch(/secondary rate limit on GET .*retrying in 30 s/);
  });

  it('retries a 429 secondary rate limit', async () => {
    gh.world.addPullRequest(7);
    gh.injectFault(PULL, { kind: 'secondary-rate-limit', status: 429, retryAfter: 1 });
    await getPull();
    expect(gh.calls(PULL).map((c) => c.status)).toEqual([429, 200]);
  });

  it('waits for the reset of an exhausted primary rate limit and retries', async () => {
    gh.world.addPullRequest(7);
    gh.injectFault(PULL, { kind: 'primary-rate-limit', resetInSeconds: 2 });
    await getPull();
    expect(gh.calls(PULL).map((c) => c.status)).toEqual([403, 200]);
  });

  it('stops after maxRetries secondary rate limits and says to wait', async () => {
    gh.injectFault(PULL, { kind: 'secondary-rate-limit', retryAfter: 1, times: 10 });
    const error = (await getPull(standInClient(gh, { maxRetries: 2 })).catch((e: unknown) => e)) as GitHubApiError;
    expect(error.rateLimited).toBe(true);
    expect(error.exitCode).toBe(1);
    expect(describeError(error)).toMatch(/secondary rate limit was hit\. GitHub asked to wait 1 s/);
    expect(gh.calls(PULL)).toHaveLength(3);
  });

  it('does not stall a job on a rate limit that resets later than it is willing to wait', async () => {
    gh.injectFault(PULL, { kind: 'primary-rate-limit', resetInSeconds: 3600 });
    const error = (await getPull(standInClient(gh, { maxRateLimitWaitSeconds: 60 })).catch((e: unknown) => e)) as GitHubApiError;
    expect(error.rateLimited).toBe(true);
    expect(describeError(error)).toMatch(/rate limit was hit\. It resets at \d{4}-/);
    expect(gh.calls(PULL)).toHaveLength(1);
  });

  it('reports a 404 with the route and a permissions hint, without retrying', async () => {
    const error = (await getPull().catch((e: unknown) => e)) as GitHubApiError;
    expect(error).toBeInstanceOf(ModelshipError);
    expect(error.status).toBe(404);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('GitHub answered GET /repos/acme/models/pulls/7 with 404: Not Found');
    expect(error.hint).toMatch(/permissions: pull-requests: read/);
    expect(gh.calls(PULL)).toHaveLength(1);
  });

  it('reports a 422 with GitHub\'s field errors, without retrying', async () => {
    const route = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
    gh.on(route, {
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', field: 'body', code: 'custom', message: 'body is too long' }], documentation_url: 'https://docs.github.com' },
    });
    const client = standInClient(gh);
    const error = (await client.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'x' }).catch((e: unknown) => e)) as GitHubApiError;
    expect(error.message).toMatch(/^GitHub answered POST \/repos\/acme\/models\/issues\/1\/comments with 422: Validation Failed: body is too long$/);
    expect(gh.calls(route)).toHaveLength(1);
  });

  it('names the workflow permission on a 403', async () => {
    const route = 'POST /repos/{owner}/{repo}/check-runs';
    gh.on(route, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com' } });
    const error = (await standInClient(gh)
      .rest.checks.create({ ...REPO, name: 'x', head_sha: 'a'.repeat(40) })
      .catch((e: unknown) => e)) as GitHubApiError;
    expect(error.status).toBe(403);
    expect(error.rateLimited).toBe(false);
    expect(error.hint).toMatch(/permissions: checks: write.*forks the token is read-only/);
    expect(gh.calls(route)).toHaveLength(1);
  });

  it('times out a hanging read, retries it, then fails clearly', async () => {
    gh.injectFault(PULL, { kind: 'hang', times: 5 });
    const error = (await getPull(standInClient(gh, { requestTimeoutMs: 60, maxRetries: 1 })).catch((e: unknown) => e)) as GitHubApiError;
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error.timedOut).toBe(true);
    expect(error.message).toMatch(/^GitHub did not answer GET \/repos\/acme\/models\/pulls\/7 after 2 attempts: no response within 60 ms$/);
    expect(gh.calls(PULL)).toHaveLength(2);
  });

  describe('a budget for unanswered requests', () => {
    const COMMENT = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

    it('bounds a hung API across every request, not per request: once spent, nothing more is sent', async () => {
      // Every route hangs. Without a budget each call would make 4 attempts of 60 ms.
      gh.injectFault(PULL, { kind: 'hang', times: 100 });
      gh.injectFault(COMMENT, { kind: 'hang', times: 100 });
      const budget = new UnansweredBudget(150);
      const client = standInClient(gh, { requestTimeoutMs: 60, maxRetries: 3, budget });
      const first = (await getPull(client).catch((e: unknown) => e)) as GitHubApiError;
      expect(first).toBeInstanceOf(GitHubApiError);
      expect(first.timedOut).toBe(true);
      // Every attempt but the last used a full 60 ms of the 150: at most ceil(150 / 60) = 3 attempts, not 4.
      const sent = gh.calls(PULL).length;
      expect(sent).toBeGreaterThanOrEqual(1);
      expect(sent).toBeLessThanOrEqual(3);
      expect(budget.spent).toBe(true);
      // Later requests, reads and writes, fail at once without reaching GitHub, and say why.
      const second = (await getPull(client).catch((e: unknown) => e)) as GitHubApiError;
      const write = (await client.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'x' }).catch((e: unknown) => e)) as GitHubApiError;
      for (const e of [second, write]) {
        expect(e).toBeInstanceOf(GitHubApiError);
        expect(e.timedOut).toBe(true);
        expect(e.attempts).toBe(1);
        expect(e.message).toMatch(/not sent, as GitHub already left requests unanswered for the 150 ms this run allows in total/);
      }
      expect(gh.calls(PULL)).toHaveLength(sent);
      expect(gh.calls(COMMENT)).toHaveLength(0);
    });

    it('is shared by the clients given it, and answered requests spend none of it', async () => {
      gh.world.addPullRequest(7);
      const budget = new UnansweredBudget(100);
      const a = standInClient(gh, { requestTimeoutMs: 60, budget });
      const b = standInClient(gh, { requestTimeoutMs: 60, budget });
      for (let i = 0; i < 3; i++) await getPull(a);
      expect(budget.remainingMs).toBe(100);
      gh.injectFault(PULL, { kind: 'hang', times: 100 });
      await expect(getPull(a)).rejects.toMatchObject({ timedOut: true });
      expect(budget.spent).toBe(true);
      const before = gh.calls(PULL).length;
      await expect(getPull(b)).rejects.toThrow(/not sent/);
      expect(gh.calls(PULL)).toHaveLength(before);
    });
  });

  it('does not retry a write that timed out, since it may have landed', async () => {
    const route = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
    gh.injectFault(route, { kind: 'hang', times: 5 });
    const error = (await standInClient(gh, { requestTimeoutMs: 60 })
      .rest.issues.createComment({ ...REPO, issue_number: 1, body: 'hello' })
      .catch((e: unknown) => e)) as GitHubApiError;
    expect(error.timedOut).toBe(true);
    expect(gh.calls(route)).toHaveLength(1);
  });

  it('retries a dropped connection', async () => {
    gh.world.addPullRequest(7);
    gh.injectFault(PULL, { kind: 'reset' });
    await getPull();
    expect(gh.calls(PULL)).toHaveLength(2);
  });

  it('sends the token only in the Authorization header and never shows it in errors', async () => {
    gh.injectFault(PULL, { kind: 'status', status: 500, times: 10 });
    const error = await getPull(standInClient(gh, { maxRetries: 0 })).catch((e: unknown) => e);
    const [call] = gh.calls(PULL);
    expect(call.authenticated).toBe(true);
    expect(call.headers.authorization).toBe('token [redacted]');
    expect(call.path + JSON.stringify(call.query)).not.toContain(gh.token!);
    expect(describeError(error)).not.toContain(gh.token!);
    expect(JSON.stringify(error)).not.toContain(gh.token!);
  });

  it('answers 401 for a wrong token, with a hint about the input', async () => {
    const error = (await getPull(standInClient(gh, { token: 'ghs_wrong' })).catch((e: unknown) => e)) as GitHubApiError;
    expect(error.status).toBe(401);
    expect(error.hint).toMatch(/github-token/);
  });

  it('takes the API URL from GITHUB_API_URL (GitHub Enterprise Server) when none is given', async () => {
    gh.world.addPullRequest(7);
    const client = createGitHubClient({ token: gh.token!, env: { GITHUB_API_URL: `${gh.url}/`, MODELSHIP_GITHUB_RETRY_BASE_MS: '1' } });
    await client.rest.pulls.get({ ...REPO, pull_number: 7 });
    expect(gh.calls(PULL)).toHaveLength(1);
  });

  it('works under a GitHub Enterprise Server path prefix', async () => {
    const ghes = await GitHubStandIn.start({ basePath: '/api/v3' });
    try {
      expect(ghes.url).toMatch(/\/api\/v3$/);
      for (let i = 0; i < 3; i++) ghes.world.addComment(5, `c${i}`);
      const comments = await standInClient(ghes).paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...REPO, issue_number: 5, per_page: 2 });
      expect(comments).toHaveLength(3);
      expect(ghes.calls().map((c) => c.path)).toEqual(['/repos/acme/models/issues/5/comments', '/repos/acme/models/issues/5/comments']);
      ghes.assertNoViolations();
    } finally {
      await ghes.close();
    }
  });

  it('refuses an API URL with credentials in it', () => {
    expect(() => createGitHubClient({ token: 't', baseUrl: 'https://user:pw@ghe.example.com/api/v3' })).toThrow(/must not contain credentials/);
  });
});

describe('requireToken', () => {
  it('says which input supplies the token', () => {
    expect(() => requireToken('', 'posting the report comment')).toThrow(
      'a GitHub token is needed for posting the report comment: pass `github-token` (default `${{ github.token }}`)',
    );
    expect(() => requireToken(undefined, 'x')).toThrow(ModelshipError);
    expect(requireToken(' ghs_abc ', 'x')).toBe('ghs_abc');
  });
});

describe('repoFromEnv', () => {
  it('splits GITHUB_REPOSITORY', () => {
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'acme/models.v2' })).toEqual({ owner: 'acme', repo: 'models.v2' });
  });

  it('fails clearly when it is missing or malformed', () => {
    expect(() => repoFromEnv({})).toThrow(/GITHUB_REPOSITORY is not set/);
    expect(() => repoFromEnv({ GITHUB_REPOSITORY: 'acme' })).toThrow(/owner\/repo/);
    expect(() => repoFromEnv({ GITHUB_REPOSITORY: 'acme/../x' })).toThrow(/owner\/repo/);
  });
});
