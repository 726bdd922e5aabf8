import { ExitCode, ModelshipError } from '../core/errors.js';

/** What went wrong talking to GitHub, in a form callers can branch on (status) and people can read (message). */
export class GitHubApiError extends ModelshipError {
  /** HTTP status; 0 when no answer came (timeout, connection refused). */
  readonly status: number;
  readonly method: string;
  /** The route template, e.g. `/repos/{owner}/{repo}/check-runs`. */
  readonly route: string;
  /** The concrete path, e.g. `/repos/acme/models/check-runs` (never a query string, never a token). */
  readonly path: string;
  /** GitHub's own message, with its field errors. */
  readonly githubMessage: string;
  readonly attempts: number;
  readonly timedOut: boolean;
  readonly rateLimited: boolean;

  constructor(fields: {
    status: number;
    method: string;
    route: string;
    path: string;
    githubMessage: string;
    attempts: number;
    timedOut?: boolean;
    rateLimited?: boolean;
    hint?: string;
    cause?: unknown;
  }) {
    // The concrete path names the repository; the route template's {owner}/{repo} placeholders would not (and
    // a reason made inert for a workflow output turns their braces into "?").
    const what = `${fields.method} ${fields.path || fields.route}`;
    const tries = fields.attempts > 1 ? ` after ${fields.attempts} attempts` : '';
    const message = fields.timedOut
      ? `GitHub did not answer ${what}${tries}: ${fields.githubMessage}`
      : `GitHub answered ${what} with ${fields.status}${tries}: ${fields.githubMessage}`;
    // 4xx means the call or its token is wrong (fix the setup); 5xx, timeouts and rate limits are GitHub's side.
    const isUsage = fields.status >= 400 && fields.status < 500 && !fields.rateLimited;
    super(message, { exitCode: isUsage ? ExitCode.Usage : ExitCode.Failed, hint: fields.hint, cause: fields.cause });
    this.name = 'GitHubApiError';
    this.status = fields.status;
    this.method = fields.method;
    this.route = fields.route;
    this.path = fields.path;
    this.githubMessage = fields.githubMessage;
    this.attempts = fields.attempts;
    this.timedOut = fields.timedOut ?? false;
    this.rateLimited = fields.rateLimited ?? false;
  }
}

/**
 * The workflow `permissions:` entry a route needs, for hints on 401/403/404. Later capabilities add their
 * routes here (deployments, releases, tags).
 */
const ROUTE_PERMISSIONS: Array<{ pattern: RegExp; read: string; write: string }> = [
  { pattern: /\/issues\/[^/]+\/comments$|\/issues\/comments(\/|$)/, read: 'pull-requests: read', write: 'pull-requests: write (issues: write on issues)' },
  { pattern: /\/check-runs|\/check-suites/, read: 'checks: read', write: 'checks: write' },
  { pattern: /\/statuses\/|\/commits\/[^/]+\/status/, read: 'statuses: read', write: 'statuses: write' },
  { pattern: /\/collaborators\//, read: 'metadata: read', write: 'metadata: read' },
  { pattern: /\/pulls(\/|$)/, read: 'pull-requests: read', write: 'pull-requests: write' },
  { pattern: /\/deployments(\/|$)|\/environments(\/|$)/, read: 'deployments: read', write: 'deployments: write' },
  { pattern: /\/releases(\/|$)|\/git\/(refs|tags|ref)(\/|$)|\/tags(\/|$)|\/contents\//, read: 'contents: read', write: 'contents: write' },
];

export function permissionForRoute(method: string, route: string): string | undefined {
  const entry = ROUTE_PERMISSIONS.find((e) => e.pattern.test(route));
  if (!entry) return undefined;
  return method.toUpperCase() === 'GET' || method.toUpperCase() === 'HEAD' ? entry.read : entry.write;
}

/** The hint a person needs for a status: token problems name the workflow permission to grant. */
export function hintForStatus(status: number, method: string, route: string, githubMessage: string): string | undefined {
  const permission = permissionForRoute(method, route);
  const grant = permission ? `the job needs \`permissions: ${permission}\`` : 'check the permissions the job grants its token';
  if (status === 401) {
    return 'the token is missing, expired or invalid: pass `github-token` (default `${{ github.token }}`) or set GITHUB_TOKEN';
  }
  if (status === 403) {
    const fork = /not accessible by integration/i.test(githubMessage)
      ? '; on pull requests from forks the token is read-only'
      : '';
    return `the token is not allowed to do this: ${grant}${fork}`;
  }
  if (status === 404) {
    return `GitHub also answers 404 when the token cannot see the resource: check the repository and number, and ${grant}`;
  }
  if (status >= 500 || status === 0) return 'GitHub may be having trouble (https://www.githubstatus.com); re-run the job later';
  return undefined;
}

/** GitHub's error body as one line: its message plus each field error. */
export function githubErrorMessage(data: unknown, fallback: string): string {
  if (typeof data === 'string' && data.trim() !== '') return data.trim().slice(0, 500);
  if (!data || typeof data !== 'object') return fallback;
  const body = data as { message?: unknown; errors?: unknown };
  const message = typeof body.message === 'string' ? body.message.trim() : fallback;
  if (!Array.isArray(body.errors) || body.errors.length === 0) return message;
  const details = body.errors.map((e) => {
    if (typeof e === 'string') return e;
    if (e && typeof e === 'object') {
      const item = e as { message?: unknown; resource?: unknown; field?: unknown; code?: unknown };
      if (typeof item.message === 'string') return item.message;
      return [item.resource, item.field, item.code].filter((x) => typeof x === 'string').join(' ');
    }
    return String(e);
  });
  return `${message}: ${details.join('; ')}`;
}
