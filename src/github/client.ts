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
  log?: GitHubLog;
  /** Where GITHUB_API_URL and the MODELSHIP_GITHUB_* settings are read; default process.env. */
  env?: NodeJS.ProcessEnv;
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
    attemptTimeout(timeoutMs, log),
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
const TIMED_OUT = Symbol('modelship.timedOut');

/** Gives each attempt its own deadline; a timed-out write is not retried, as it may have landed. */
function attemptTimeout(timeoutMs: number, log: GitHubLog) {
  return (octokit: { hook: GitHubClient['hook'] }) => {
    octokit.hook.wrap('request', async (request, options) => {
      const shape = options as unknown as RequestShape;
      const attempt = (attempts.get(shape) ?? 0) + 1;
      attempts.set(shape, attempt);
      const signal = AbortSignal.timeout(timeoutMs);
      shape.request = { ...shape.request, signal };
      try {
        return await request(options);
      } catch (error) {
        if (signal.aborted && error && typeof error === 'object') {
          (error as Record<symbol, unknown>)[TIMED_OUT] = timeoutMs;
          const method = (shape.method ?? 'GET').toUpperCase();
          if (method !== 'GET' && method !== 'HEAD') shape.request = { ...shape.request, retries: 0 };
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
  };
  if (!err || typeof err !== 'object' || (err.status === undefined && err.response === undefined)) return error;

  const method = (request.method ?? 'GET').toUpperCase();
  const route = request.url ?? '';
  const path = concretePath(client, request) ?? route;
  const attemptCount = attempts.get(request) ?? 1;
  const timedOutMs = err[TIMED_OUT];
  const headers = err.response?.headers ?? {};
  const status = err.response?.status ?? (timedOutMs !== undefined ? 0 : err.status ?? 0);

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
