import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { ModelshipError } from '../core/errors.js';
import { GitHubApiError, githubErrorMessage, hintForStatus } from './errors.js';

/** An authenticated Octokit with `rest`, `paginate`, retries, throttling and clear errors. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubLog {
  debug?(message: string): void;
  warning?(message: string): void;
}

export interface GitHubClientOptions {
  token: string;
  /** REST API root; default GITHUB_API_URL (GitHub Enterprise Server sets it), then https://api.github.com. */
  baseUrl?: string;
  /**
   * The unit of every wait, in ms: backoff after a 5xx is 1, 4, 9... units, a rate-limit `retry-after` of N
   * seconds waits N units, writes are spaced 1 unit apart (GitHub asks for one second). Default 1000, or
   * MODELSHIP_GITHUB_RETRY_BASE_MS; tests shorten it.
   */
  retryBaseMs?: number;
  /** Retries after the first attempt, for 5xx, timeouts of reads, and rate limits. Default 3. */
  maxRetries?: number;
  /** A rate limit that resets later than this fails at once instead of stalling the job. Default 300 s. */
  maxRateLimitWaitSeconds?: number;
  /** Per attempt. Default 30 s, or MODELSHIP_GITHUB_TIMEOUT_MS. */
  requestTimeoutMs?: number;
  /**
   * Bounds the time all requests made through this client (and any other client given the same budget) may
   * spend waiting on a GitHub that does not answer: timed-out attempts and the waits before retrying them.
   * Each attempt's timeout is cut to what is left; once it is spent, requests fail at once, unsent and not
   * retried. Default: none (each request alone is bounded by its attempts).
   */
  budget?: UnansweredBudget;
  log?: GitHubLog;
  /** Where GITHUB_API_URL and the MODELSHIP_GITHUB_* settings are read; default process.env. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Time a run may spend waiting on GitHub requests that get no answer, shared by the clients given it: a hung
 * API then bounds the whole run, not each request (4 attempts × 30 s each, per call, otherwise).
 */
export class UnansweredBudget {
  private spentMs = 0;
  constructor(readonly totalMs: number) {
    if (!(totalMs >= 0 && Number.isFinite(totalMs))) throw new ModelshipError(`the budget for unanswered GitHub requests must be a number of milliseconds, got ${totalMs}`);
  }
  get remainingMs(): number {
    return Math.max(0, this.totalMs - this.spentMs);
  }
  get spent(): boolean {
    return this.spentMs >= this.totalMs;
  }
  spend(ms: number): void {
    if (ms > 0) this.spentMs += ms;
  }
}

const DEFAULT_API_URL = 'https://api.github.com';
/** Every 4xx is the caller's fault and is not retried; 429 is a rate limit, which throttling handles. */
const CLIENT_ERRORS = Array.from({ length: 100 }, (_, i) => 400 + i);

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const env = options.env ?? process.env;
  const token = requireToken(options.token, 'calling the GitHub API');
  const baseUrl = resolveBaseUrl(options.baseUrl ?? env.GITHUB_API_URL);
  const unitMs = nonNegativeSetting(options.retryBaseMs, env.MODELSHIP_GITHUB_RETRY_BASE_MS, 1000);
  const timeoutMs = nonNegativeSetting(options.requestTimeoutMs, env.MODELSHIP_GITHUB_TIMEOUT_MS, 30_000) || 30_000;
  const maxRetries = options.maxRetries ?? 3;
  const maxWaitSeconds = options.maxRateLimitWaitSeconds ?? 300;
  const log = options.log ?? {};

  const onLimit = (kind: string) => (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const what = `${request.method ?? ''} ${request.url ?? ''}`.trim();
    if (retryCount >= maxRetries) return false;
    if (retryAfter > maxWaitSeconds) {
      log.warning?.(`GitHub ${kind} on ${what}: it resets in ${retryAfter} s, longer than the ${maxWaitSeconds} s this job waits`);
      return false;
    }
    log.warning?.(`GitHub ${kind} on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${maxRetries})`);
    return true;
  };

  // The throttling plugin spaces writes through process-wide queues with fixed 1-3 s gaps; own queues let the
  // gaps follow the time unit.
  const group = (minTime: number, maxConcurrent: number) => new Bottleneck.Group({ minTime, maxConcurrent });

  const client = getOctokit(
    token,
    {
      baseUrl,
      log: {
        debug: (m: string) => log.debug?.(m),
        info: (m: string) => log.debug?.(m),
        warn: (m: string) => log.warning?.(m),
        error: (m: string) => log.warning?.(m),
      },
      retry: { retries: maxRetries, retryAfterBaseValue: unitMs, doNotRetry: CLIENT_ERRORS },
      throttle: {
        retryAfterBaseValue: unitMs,
        fallbackSecondaryRateRetryAfter: 60,
        write: group(unitMs, 1),
        search: group(2 * unitMs, 1),
        notifications: group(3 * unitMs, 1),
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    // Registered first so it wraps each single attempt, inside the retry and throttling plugins.
    attemptTimeout(timeoutMs, log, options.budget),
    retry,
    throttling,
  );
  // Registered last so it sees the final failure, after every retry.
  client.hook.error('request', (error, request) => {
    throw toGitHubApiError(error, request as unknown as RequestShape, client);
  });
  return client;
}

interface RequestShape {
  method?: string;
  url?: string;
  request?: { retries?: number; signal?: AbortSignal };
  [param: string]: unknown;
}

const attempts = new WeakMap<object, number>();
/** When the last attempt of a request timed out: the wait before its retry is spent from the budget too. */
const timedOutAt = new WeakMap<object, number>();
const TIMED_OUT = Symbol('modelship.timedOut');
const BUDGET_SPENT = Symbol('modelship.budgetSpent');

/**
 * Gives each attempt its own deadline, cut to what is left of the budget; a timed-out write is not retried,
 * as it may have landed, and nothing is retried once the budget is spent.
 */
function attemptTimeout(timeoutMs: number, log: GitHubLog, budget: UnansweredBudget | undefined) {
  return (octokit: { hook: GitHubClient['hook'] }) => {
    octokit.hook.wrap('request', async (request, options) => {
      const shape = options as unknown as RequestShape;
      const attempt = (attempts.get(shape) ?? 0) + 1;
      attempts.set(shape, attempt);
      const started = performance.now();
      const lastTimeout = timedOutAt.get(shape);
      if (budget && lastTimeout !== undefined) budget.spend(started - lastTimeout);
      if (budget?.spent) {
        // Not sent: fetch rejects an aborted signal before connecting, as a timeout (which octokit wraps).
        shape.request = { ...shape.request, retries: 0, signal: AbortSignal.abort(new DOMException('the budget is spent', 'TimeoutError')) };
        try {
          return await request(options);
        } catch (error) {
          if (error && typeof error === 'object') (error as Record<symbol, unknown>)[BUDGET_SPENT] = budget.totalMs;
          throw error;
        }
      }
      const limit = Math.ceil(budget ? Math.min(timeoutMs, Math.max(1, budget.remainingMs)) : timeoutMs);
      const signal = AbortSignal.timeout(limit);
      shape.request = { ...shape.request, signal };
      try {
        return await request(options);
      } catch (error) {
        if (signal.aborted && error && typeof error === 'object') {
          (error as Record<symbol, unknown>)[TIMED_OUT] = limit;
          const method = (shape.method ?? 'GET').toUpperCase();
          if (method !== 'GET' && method !== 'HEAD') shape.request = { ...shape.request, retries: 0 };
          if (budget) {
            // A timed-out attempt used its whole limit, however late its timer fired.
            budget.spend(Math.max(limit, performance.now() - started));
            timedOutAt.set(shape, performance.now());
            if (budget.spent) shape.request = { ...shape.request, retries: 0 };
          }
        }
        const status = (error as { status?: number }).status;
        log.debug?.(`${shape.method} ${shape.url}: attempt ${attempt} failed${status ? ` with ${status}` : ''}`);
        throw error;
      }
    });
  };
}

function toGitHubApiError(error: unknown, request: RequestShape, client: GitHubClient): unknown {
  if (error instanceof ModelshipError) return error;
  const err = error as {
    status?: number;
    message?: string;
    response?: { status?: number; headers?: Record<string, string | undefined>; data?: unknown };
    [TIMED_OUT]?: number;
    [BUDGET_SPENT]?: number;
  };
  if (!err || typeof err !== 'object' || (err.status === undefined && err.response === undefined)) return error;

  const method = (request.method ?? 'GET').toUpperCase();
  const route = request.url ?? '';
  const path = concretePath(client, request) ?? route;
  const attemptCount = attempts.get(request) ?? 1;
  const timedOutMs = err[TIMED_OUT];
  const headers = err.response?.headers ?? {};
  const status = err.response?.status ?? (timedOutMs !== undefined ? 0 : err.status ?? 0);

  const budgetMs = err[BUDGET_SPENT];
  if (budgetMs !== undefined) {
    return new GitHubApiError({
      status: 0,
      method,
      route,
      path,
      attempts: attemptCount,
      timedOut: true,
      githubMessage: `not sent, as GitHub already left requests unanswered for the ${formatMs(budgetMs)} this run allows in total`,
      hint: hintForStatus(0, method, route, ''),
      cause: error,
    });
  }
  if (timedOutMs !== undefined) {
    return new GitHubApiError({
      status: 0,
      method,
      route,
      path,
      attempts: attemptCount,
      timedOut: true,
      githubMessage: `no response within ${timedOutMs} ms`,
      hint: hintForStatus(0, method, route, ''),
      cause: error,
    });
  }
  const githubMessage = githubErrorMessage(err.response?.data, err.message ?? 'no message');
  const primaryLimit = (status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0';
  const secondaryLimit = status === 429 || (status === 403 && /secondary rate limit/i.test(githubMessage));
  if (primaryLimit || secondaryLimit) {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = primaryLimit && Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
    const after = headers['retry-after'] ? ` GitHub asked to wait ${headers['retry-after']} s.` : '';
    return new GitHubApiError({
      status,
      method,
      route,
      path,
      attempts: attemptCount,
      rateLimited: true,
      githubMessage,
      hint: `GitHub's ${primaryLimit ? '' : 'secondary '}rate limit was hit.${when}${after} Re-run later, or make fewer calls.`,
      cause: error,
    });
  }
  return new GitHubApiError({
    status,
    method,
    route,
    path,
    attempts: attemptCount,
    githubMessage: status === 0 ? `the request failed: ${githubMessage}` : githubMessage,
    hint: hintForStatus(status, method, route, githubMessage),
    cause: error,
  });
}

function concretePath(client: GitHubClient, request: RequestShape): string | undefined {
  try {
    const { url } = client.request.endpoint.parse(request as Parameters<GitHubClient['request']['endpoint']['parse']>[0]);
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

function formatMs(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function resolveBaseUrl(value: string | undefined): string {
  const raw = value && value.trim() !== '' ? value.trim() : DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ModelshipError(`the GitHub API URL is not a URL: ${raw}`, { hint: 'GITHUB_API_URL looks like https://api.github.com or https://HOST/api/v3' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ModelshipError(`the GitHub API URL must be http(s): ${raw}`);
  }
  if (url.username || url.password) {
    // Credentials belong in the Authorization header, never in a URL that ends up in logs.
    throw new ModelshipError('the GitHub API URL must not contain credentials');
  }
  return raw.replace(/\/+$/, '');
}

function nonNegativeSetting(explicit: number | undefined, fromEnv: string | undefined, fallback: number): number {
  if (explicit !== undefined && Number.isFinite(explicit) && explicit >= 0) return explicit;
  const parsed = fromEnv === undefined || fromEnv.trim() === '' ? NaN : Number(fromEnv);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The repository the workflow runs in, from GITHUB_REPOSITORY (`owner/repo`). */
export function repoFromEnv(env: NodeJS.ProcessEnv = process.env): RepoRef {
  const value = env.GITHUB_REPOSITORY?.trim();
  if (!value) {
    throw new ModelshipError('GITHUB_REPOSITORY is not set, so the repository is unknown', {
      hint: 'the runner sets it; locally, set GITHUB_REPOSITORY=owner/repo',
    });
  }
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(value);
  if (!match || match[2] === '.' || match[2] === '..') {
    throw new ModelshipError(`GITHUB_REPOSITORY must look like owner/repo, got "${value}"`);
  }
  return { owner: match[1], repo: match[2] };
}

/** The token, or a clear error saying which input supplies it and what it was needed for. */
export function requireToken(token: string | undefined, purpose: string): string {
  const value = token?.trim() ?? '';
  if (value === '') {
    throw new ModelshipError(`a GitHub token is needed for ${purpose}: pass \`github-token\` (default \`\${{ github.token }}\`)`, {
      hint: 'locally, set GITHUB_TOKEN',
    });
  }
  if (/[\s]/.test(value)) {
    throw new ModelshipError(`the GitHub token for ${purpose} contains whitespace; pass the token itself`);
  }
  return value;
}
