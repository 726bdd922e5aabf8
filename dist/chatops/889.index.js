export const id = 889;
export const ids = [889,584,648];
export const modules = {

/***/ 8889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitHubChatopsPorts: () => (/* binding */ gitHubChatopsPorts),
  gitHubFeedbackPort: () => (/* binding */ gitHubFeedbackPort),
  gitHubRepositoryPort: () => (/* binding */ gitHubRepositoryPort)
});

;// CONCATENATED MODULE: ./src/github/check-conclusions.ts
/**
 * The conclusion of the newest check run of each name on a commit (`null` while it runs), over every page:
 * a rerun replaces its predecessor, and a failing check on page 2 is never missed. Errors are thrown, so
 * callers treat unreadable checks as not green.
 */
async function getCheckConclusions(client, query) {
    const runs = (await client.paginate(client.rest.checks.listForRef, {
        owner: query.owner,
        repo: query.repo,
        ref: query.sha,
        filter: 'latest',
        per_page: 100,
    }));
    const newest = new Map();
    for (const run of runs) {
        const seen = newest.get(run.name);
        if (!seen || (run.started_at ?? '') > (seen.started_at ?? '') || ((run.started_at ?? '') === (seen.started_at ?? '') && run.id > seen.id))
            newest.set(run.name, run);
    }
    return new Map([...newest].map(([name, run]) => [name, run.status === 'completed' ? run.conclusion ?? 'unknown' : null]));
}

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/permissions.ts
/** Built-in repository roles from most to least powerful. */
const PERMISSION_LEVELS = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];
function isLevel(value) {
    return typeof value === 'string' && PERMISSION_LEVELS.includes(value);
}
/**
 * A user's role on a repository: `role_name` wherever GitHub returns it, custom roles included (a custom
 * role is reported by its own name, never widened to the base role it extends: allowing it is a decision the
 * configuration must make by naming it). Any API error is thrown, never read as a role, so callers deny.
 */
async function getRepositoryRole(client, query) {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
        owner: query.owner,
        repo: query.repo,
        username: query.username,
    });
    const permission = isLevel(data.permission) ? data.permission : 'none';
    const roleName = data.role_name;
    if (typeof roleName === 'string' && roleName.trim() !== '')
        return { role: roleName.trim(), permission, source: 'role_name' };
    return { role: permission, permission, source: 'permission' };
}

;// CONCATENATED MODULE: ./src/github/pull-requests.ts
async function getPullRequest(client, ref) {
    const { data } = await client.rest.pulls.get({ owner: ref.owner, repo: ref.repo, pull_number: ref.pullNumber });
    const headRepo = data.head.repo?.full_name ?? null;
    const baseRepo = data.base.repo.full_name;
    return {
        number: data.number,
        state: data.state === 'closed' ? 'closed' : 'open',
        draft: data.draft ?? false,
        merged: data.merged,
        headSha: data.head.sha,
        headRef: data.head.ref,
        baseRef: data.base.ref,
        baseSha: data.base.sha,
        headRepoFullName: headRepo,
        isFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        author: data.user?.login ?? null,
        htmlUrl: data.html_url,
    };
}

;// CONCATENATED MODULE: ./src/github/reactions.ts
/** Reacts to a comment, e.g. `eyes` when a command is picked up and `rocket` or `confused` when it ends. */
async function addCommentReaction(client, input) {
    const response = await client.rest.reactions.createForIssueComment({
        owner: input.owner,
        repo: input.repo,
        comment_id: input.commentId,
        content: input.content,
    });
    return { id: response.data.id, created: response.status === 201 };
}

// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(5267);
;// CONCATENATED MODULE: ./src/github/teams.ts

/**
 * A user's membership of an organisation team (`GET /orgs/{org}/teams/{team_slug}/memberships/{username}`),
 * which counts members of child teams too. GitHub answers 404 both for "not a member" and for "this token
 * cannot see the team" (the workflow's GITHUB_TOKEN never can: team data needs an organisation permission),
 * so `none` is never proof of anything but "not shown to be a member". Any other error is thrown, so callers
 * deny on failure.
 */
async function getTeamMembership(client, query) {
    try {
        const { data } = await client.rest.teams.getMembershipForUserInOrg({ org: query.org, team_slug: query.teamSlug, username: query.username });
        if (data.state === 'active')
            return 'active';
        if (data.state === 'pending')
            return 'pending';
        throw new Error(`GitHub reported the membership of ${query.username} in ${query.org}/${query.teamSlug} as "${String(data.state)}"`);
    }
    catch (err) {
        if (err instanceof errors/* GitHubApiError */.OS && err.status === 404)
            return 'none';
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/github/chatops-ports.ts








/**
 * The chatops ports over the GitHub API: the facts authorisation reads (role, pull request, checks, teams)
 * and the feedback it gives (reactions, one reply). Team data is the organisation's, so team lookups may go
 * through their own client (the action's `org-token`).
 */
function gitHubRepositoryPort(client, repo, orgClient = client) {
    return {
        permissionOf: async (username) => {
            const r = await getRepositoryRole(client, { ...repo, username });
            return { role: r.role, base: r.permission };
        },
        pullRequest: (pullNumber) => getPullRequest(client, { ...repo, pullNumber }),
        checkConclusions: (sha) => getCheckConclusions(client, { ...repo, sha }),
        teamMembership: (team, username) => getTeamMembership(orgClient, { org: repo.owner, teamSlug: team, username }),
    };
}
/** Reactions, and the reply found (or created) once, then rewritten by id: one call per later update. */
function gitHubFeedbackPort(client, repo) {
    let reply;
    return {
        react: async (commentId, content) => {
            await addCommentReaction(client, { ...repo, commentId, content });
        },
        reply: async (issueNumber, key, body) => {
            if (reply && reply.body === body)
                return reply.url;
            if (reply) {
                try {
                    const updated = await (0,sticky_comment.updateStickyComment)(client, { ...repo, commentId: reply.id, key, body });
                    reply = { id: updated.id, url: updated.url, body };
                    return updated.url;
                }
                catch (err) {
                    // Deleted meanwhile: find or create it again.
                    if (!(err instanceof errors/* GitHubApiError */.OS && err.status === 404))
                        throw err;
                }
            }
            const written = await (0,sticky_comment.upsertStickyComment)(client, { ...repo, issueNumber, key, body });
            reply = { id: written.id, url: written.url, body };
            return written.url;
        },
    };
}
/**
 * The GitHub side of one comment command: one client on the workflow's token, another on `orgToken` for team
 * data (the workflow's GITHUB_TOKEN cannot read the organisation's teams), both under one budget so a GitHub
 * that stops answering ends the command within it (docs/chatops.md), instead of 4 attempts × 30 s per call.
 */
function gitHubChatopsPorts(options) {
    const budget = new github_client.UnansweredBudget(options.budgetMs);
    const client = (0,github_client.createGitHubClient)({ token: (0,github_client.requireToken)(options.token, 'comment commands'), env: options.env, log: options.log, budget });
    const orgClient = options.orgToken ? (0,github_client.createGitHubClient)({ token: (0,github_client.requireToken)(options.orgToken, 'team membership lookups (input org-token)'), env: options.env, log: options.log, budget }) : client;
    const repo = (0,github_client.repoFromEnv)(options.env);
    return { client, repository: gitHubRepositoryPort(client, repo, orgClient), feedback: gitHubFeedbackPort(client, repo) };
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UnansweredBudget: () => (/* binding */ UnansweredBudget),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   repoFromEnv: () => (/* binding */ repoFromEnv),
/* harmony export */   requireToken: () => (/* binding */ requireToken)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3116);






/**
 * Time a run may spend waiting on GitHub requests that get no answer, shared by the clients given it: a hung
 * API then bounds the whole run, not each request (4 attempts × 30 s each, per call, otherwise).
 */
class UnansweredBudget {
    totalMs;
    spentMs = 0;
    constructor(totalMs) {
        this.totalMs = totalMs;
        if (!(totalMs >= 0 && Number.isFinite(totalMs)))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7(`the budget for unanswered GitHub requests must be a number of milliseconds, got ${totalMs}`);
    }
    get remainingMs() {
        return Math.max(0, this.totalMs - this.spentMs);
    }
    get spent() {
        return this.spentMs >= this.totalMs;
    }
    spend(ms) {
        if (ms > 0)
            this.spentMs += ms;
    }
}
const DEFAULT_API_URL = 'https://api.github.com';
/** Every 4xx is the caller's fault and is not retried; 429 is a rate limit, which throttling handles. */
const CLIENT_ERRORS = Array.from({ length: 100 }, (_, i) => 400 + i);
function createGitHubClient(options) {
    const env = options.env ?? process.env;
    const token = requireToken(options.token, 'calling the GitHub API');
    const baseUrl = resolveBaseUrl(options.baseUrl ?? env.GITHUB_API_URL);
    const unitMs = nonNegativeSetting(options.retryBaseMs, env.MODELSHIP_GITHUB_RETRY_BASE_MS, 1000);
    const timeoutMs = nonNegativeSetting(options.requestTimeoutMs, env.MODELSHIP_GITHUB_TIMEOUT_MS, 30_000) || 30_000;
    const maxRetries = options.maxRetries ?? 3;
    const maxWaitSeconds = options.maxRateLimitWaitSeconds ?? 300;
    const log = options.log ?? {};
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${request.method ?? ''} ${request.url ?? ''}`.trim();
        if (retryCount >= maxRetries)
            return false;
        if (retryAfter > maxWaitSeconds) {
            log.warning?.(`GitHub ${kind} on ${what}: it resets in ${retryAfter} s, longer than the ${maxWaitSeconds} s this job waits`);
            return false;
        }
        log.warning?.(`GitHub ${kind} on ${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${maxRetries})`);
        return true;
    };
    // The throttling plugin spaces writes through process-wide queues with fixed 1-3 s gaps; own queues let the
    // gaps follow the time unit.
    const group = (minTime, maxConcurrent) => new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ minTime, maxConcurrent });
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl,
        log: {
            debug: (m) => log.debug?.(m),
            info: (m) => log.debug?.(m),
            warn: (m) => log.warning?.(m),
            error: (m) => log.warning?.(m),
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
    attemptTimeout(timeoutMs, log, options.budget), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
    // Registered last so it sees the final failure, after every retry.
    client.hook.error('request', (error, request) => {
        throw toGitHubApiError(error, request, client);
    });
    return client;
}
const attempts = new WeakMap();
/** When the last attempt of a request timed out: the wait before its retry is spent from the budget too. */
const timedOutAt = new WeakMap();
const TIMED_OUT = Symbol('modelship.timedOut');
const BUDGET_SPENT = Symbol('modelship.budgetSpent');
/**
 * Gives each attempt its own deadline, cut to what is left of the budget; a timed-out write is not retried,
 * as it may have landed, and nothing is retried once the budget is spent.
 */
function attemptTimeout(timeoutMs, log, budget) {
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const shape = options;
            const attempt = (attempts.get(shape) ?? 0) + 1;
            attempts.set(shape, attempt);
            const started = performance.now();
            const lastTimeout = timedOutAt.get(shape);
            if (budget && lastTimeout !== undefined)
                budget.spend(started - lastTimeout);
            if (budget?.spent) {
                // Not sent: fetch rejects an aborted signal before connecting, as a timeout (which octokit wraps).
                shape.request = { ...shape.request, retries: 0, signal: AbortSignal.abort(new DOMException('the budget is spent', 'TimeoutError')) };
                try {
                    return await request(options);
                }
                catch (error) {
                    if (error && typeof error === 'object')
                        error[BUDGET_SPENT] = budget.totalMs;
                    throw error;
                }
            }
            const limit = Math.ceil(budget ? Math.min(timeoutMs, Math.max(1, budget.remainingMs)) : timeoutMs);
            const signal = AbortSignal.timeout(limit);
            shape.request = { ...shape.request, signal };
            try {
                return await request(options);
            }
            catch (error) {
                if (signal.aborted && error && typeof error === 'object') {
                    error[TIMED_OUT] = limit;
                    const method = (shape.method ?? 'GET').toUpperCase();
                    if (method !== 'GET' && method !== 'HEAD')
                        shape.request = { ...shape.request, retries: 0 };
                    if (budget) {
                        // A timed-out attempt used its whole limit, however late its timer fired.
                        budget.spend(Math.max(limit, performance.now() - started));
                        timedOutAt.set(shape, performance.now());
                        if (budget.spent)
                            shape.request = { ...shape.request, retries: 0 };
                    }
                }
                const status = error.status;
                log.debug?.(`${shape.method} ${shape.url}: attempt ${attempt} failed${status ? ` with ${status}` : ''}`);
                throw error;
            }
        });
    };
}
function toGitHubApiError(error, request, client) {
    if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7)
        return error;
    const err = error;
    if (!err || typeof err !== 'object' || (err.status === undefined && err.response === undefined))
        return error;
    const method = (request.method ?? 'GET').toUpperCase();
    const route = request.url ?? '';
    const path = concretePath(client, request) ?? route;
    const attemptCount = attempts.get(request) ?? 1;
    const timedOutMs = err[TIMED_OUT];
    const headers = err.response?.headers ?? {};
    const status = err.response?.status ?? (timedOutMs !== undefined ? 0 : err.status ?? 0);
    const budgetMs = err[BUDGET_SPENT];
    if (budgetMs !== undefined) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubApiError */ .OS({
            status: 0,
            method,
            route,
            path,
            attempts: attemptCount,
            timedOut: true,
            githubMessage: `not sent, as GitHub already left requests unanswered for the ${formatMs(budgetMs)} this run allows in total`,
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .hintForStatus */ .jF)(0, method, route, ''),
            cause: error,
        });
    }
    if (timedOutMs !== undefined) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubApiError */ .OS({
            status: 0,
            method,
            route,
            path,
            attempts: attemptCount,
            timedOut: true,
            githubMessage: `no response within ${timedOutMs} ms`,
            hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .hintForStatus */ .jF)(0, method, route, ''),
            cause: error,
        });
    }
    const githubMessage = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .githubErrorMessage */ .Lo)(err.response?.data, err.message ?? 'no message');
    const primaryLimit = (status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0';
    const secondaryLimit = status === 429 || (status === 403 && /secondary rate limit/i.test(githubMessage));
    if (primaryLimit || secondaryLimit) {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = primaryLimit && Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
        const after = headers['retry-after'] ? ` GitHub asked to wait ${headers['retry-after']} s.` : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubApiError */ .OS({
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GitHubApiError */ .OS({
        status,
        method,
        route,
        path,
        attempts: attemptCount,
        githubMessage: status === 0 ? `the request failed: ${githubMessage}` : githubMessage,
        hint: (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .hintForStatus */ .jF)(status, method, route, githubMessage),
        cause: error,
    });
}
function concretePath(client, request) {
    try {
        const { url } = client.request.endpoint.parse(request);
        return new URL(url).pathname;
    }
    catch {
        return undefined;
    }
}
function formatMs(ms) {
    return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
function resolveBaseUrl(value) {
    const raw = value && value.trim() !== '' ? value.trim() : DEFAULT_API_URL;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7(`the GitHub API URL is not a URL: ${raw}`, { hint: 'GITHUB_API_URL looks like https://api.github.com or https://HOST/api/v3' });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7(`the GitHub API URL must be http(s): ${raw}`);
    }
    if (url.username || url.password) {
        // Credentials belong in the Authorization header, never in a URL that ends up in logs.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7('the GitHub API URL must not contain credentials');
    }
    return raw.replace(/\/+$/, '');
}
function nonNegativeSetting(explicit, fromEnv, fallback) {
    if (explicit !== undefined && Number.isFinite(explicit) && explicit >= 0)
        return explicit;
    const parsed = fromEnv === undefined || fromEnv.trim() === '' ? NaN : Number(fromEnv);
    return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
}
/** The repository the workflow runs in, from GITHUB_REPOSITORY (`owner/repo`). */
function repoFromEnv(env = process.env) {
    const value = env.GITHUB_REPOSITORY?.trim();
    if (!value) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7('GITHUB_REPOSITORY is not set, so the repository is unknown', {
            hint: 'the runner sets it; locally, set GITHUB_REPOSITORY=owner/repo',
        });
    }
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(value);
    if (!match || match[2] === '.' || match[2] === '..') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7(`GITHUB_REPOSITORY must look like owner/repo, got "${value}"`);
    }
    return { owner: match[1], repo: match[2] };
}
/** The token, or a clear error saying which input supplies it and what it was needed for. */
function requireToken(token, purpose) {
    const value = token?.trim() ?? '';
    if (value === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7(`a GitHub token is needed for ${purpose}: pass \`github-token\` (default \`\${{ github.token }}\`)`, {
            hint: 'locally, set GITHUB_TOKEN',
        });
    }
    if (/[\s]/.test(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7(`the GitHub token for ${purpose} contains whitespace; pass the token itself`);
    }
    return value;
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ githubErrorMessage),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   jF: () => (/* binding */ hintForStatus)
/* harmony export */ });
/* unused harmony export permissionForRoute */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** What went wrong talking to GitHub, in a form callers can branch on (status) and people can read (message). */
class GitHubApiError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7 {
    /** HTTP status; 0 when no answer came (timeout, connection refused). */
    status;
    method;
    /** The route template, e.g. `/repos/{owner}/{repo}/check-runs`. */
    route;
    /** The concrete path, e.g. `/repos/acme/models/check-runs` (never a query string, never a token). */
    path;
    /** GitHub's own message, with its field errors. */
    githubMessage;
    attempts;
    timedOut;
    rateLimited;
    constructor(fields) {
        // The concrete path names the repository; the route template's {owner}/{repo} placeholders would not (and
        // a reason made inert for a workflow output turns their braces into "?").
        const what = `${fields.method} ${fields.path || fields.route}`;
        const tries = fields.attempts > 1 ? ` after ${fields.attempts} attempts` : '';
        const message = fields.timedOut
            ? `GitHub did not answer ${what}${tries}: ${fields.githubMessage}`
            : `GitHub answered ${what} with ${fields.status}${tries}: ${fields.githubMessage}`;
        // 4xx means the call or its token is wrong (fix the setup); 5xx, timeouts and rate limits are GitHub's side.
        const isUsage = fields.status >= 400 && fields.status < 500 && !fields.rateLimited;
        super(message, { exitCode: isUsage ? _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Usage : _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Failed, hint: fields.hint, cause: fields.cause });
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
const ROUTE_PERMISSIONS = [
    { pattern: /\/issues\/[^/]+\/comments$|\/issues\/comments(\/|$)/, read: 'pull-requests: read', write: 'pull-requests: write (issues: write on issues)' },
    { pattern: /\/check-runs|\/check-suites/, read: 'checks: read', write: 'checks: write' },
    { pattern: /\/statuses\/|\/commits\/[^/]+\/status/, read: 'statuses: read', write: 'statuses: write' },
    { pattern: /\/collaborators\//, read: 'metadata: read', write: 'metadata: read' },
    { pattern: /\/pulls(\/|$)/, read: 'pull-requests: read', write: 'pull-requests: write' },
    { pattern: /\/deployments(\/|$)|\/environments(\/|$)/, read: 'deployments: read', write: 'deployments: write' },
    { pattern: /\/releases(\/|$)|\/git\/(refs|tags|ref)(\/|$)|\/tags(\/|$)|\/contents\//, read: 'contents: read', write: 'contents: write' },
];
function permissionForRoute(method, route) {
    const entry = ROUTE_PERMISSIONS.find((e) => e.pattern.test(route));
    if (!entry)
        return undefined;
    return method.toUpperCase() === 'GET' || method.toUpperCase() === 'HEAD' ? entry.read : entry.write;
}
/** The hint a person needs for a status: token problems name the workflow permission to grant. */
function hintForStatus(status, method, route, githubMessage) {
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
    if (status >= 500 || status === 0)
        return 'GitHub may be having trouble (https://www.githubstatus.com); re-run the job later';
    return undefined;
}
/** GitHub's error body as one line: its message plus each field error. */
function githubErrorMessage(data, fallback) {
    if (typeof data === 'string' && data.trim() !== '')
        return data.trim().slice(0, 500);
    if (!data || typeof data !== 'object')
        return fallback;
    const body = data;
    const message = typeof body.message === 'string' ? body.message.trim() : fallback;
    if (!Array.isArray(body.errors) || body.errors.length === 0)
        return message;
    const details = body.errors.map((e) => {
        if (typeof e === 'string')
            return e;
        if (e && typeof e === 'object') {
            const item = e;
            if (typeof item.message === 'string')
                return item.message;
            return [item.resource, item.field, item.code].filter((x) => typeof x === 'string').join(' ');
        }
        return String(e);
    });
    return `${message}: ${details.join('; ')}`;
}


/***/ }),

/***/ 5267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MAX_LENGTH: () => (/* binding */ COMMENT_MAX_LENGTH),
/* harmony export */   fitCommentBody: () => (/* binding */ fitCommentBody),
/* harmony export */   stickyMarker: () => (/* binding */ stickyMarker),
/* harmony export */   updateStickyComment: () => (/* binding */ updateStickyComment),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** GitHub refuses comment bodies longer than this (in characters). */
const COMMENT_MAX_LENGTH = 65536;
/** The hidden first line that identifies a capability's comment. */
function stickyMarker(key) {
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(key)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`a sticky comment key must be lower-case letters, digits, ".", "_" or "-", got "${key}"`);
    }
    return `<!-- modelship:${key} -->`;
}
/**
 * Authors whose marked comment may be edited: bots (the `GITHUB_TOKEN` identity and installed apps) and
 * people with push access. Anyone can comment on a public pull request, and a stranger's comment that copies
 * the marker must not become the place where the report is shown (its author could edit the verdict later).
 */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
/**
 * Creates or updates the one comment per `key` on an issue or pull request. The existing comment is found by
 * its marker among all the issue's comments (every page); when several carry it, the newest is updated and
 * the others are left alone.
 */
async function upsertStickyComment(client, input) {
    const marker = stickyMarker(input.key);
    const body = fitCommentBody(`${marker}\n${input.body}`);
    const comments = (await client.paginate(client.rest.issues.listComments, {
        owner: input.owner,
        repo: input.repo,
        issue_number: input.issueNumber,
        per_page: 100,
    }));
    const existing = newest(comments.filter((c) => isOurs(c, marker)));
    if (existing) {
        if (existing.body === body)
            return { id: existing.id, url: existing.html_url, created: false, changed: false };
        const { data } = await client.rest.issues.updateComment({ owner: input.owner, repo: input.repo, comment_id: existing.id, body });
        return { id: data.id, url: data.html_url, created: false, changed: true };
    }
    const { data } = await client.rest.issues.createComment({ owner: input.owner, repo: input.repo, issue_number: input.issueNumber, body });
    return { id: data.id, url: data.html_url, created: true, changed: true };
}
function isOurs(comment, marker) {
    if (!comment.body?.startsWith(marker))
        return false;
    // Exactly the marker: `<!-- modelship:validate -->` must not match `<!-- modelship:validate-x -->`.
    const rest = comment.body.slice(marker.length);
    if (rest !== '' && !rest.startsWith('\n') && !rest.startsWith('\r'))
        return false;
    return comment.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(comment.author_association ?? '');
}
function newest(comments) {
    let best;
    for (const c of comments) {
        if (!best || c.created_at > best.created_at || (c.created_at === best.created_at && c.id > best.id))
            best = c;
    }
    return best;
}
/**
 * Cuts a body to GitHub's limit, closing an open code fence and saying so at the end. Counts UTF-16 units,
 * which is never fewer than the characters GitHub counts, and never splits a surrogate pair.
 */
function fitCommentBody(body, limit = COMMENT_MAX_LENGTH) {
    if (body.length <= limit)
        return body;
    const note = (dropped) => `\n\n_… ${dropped} characters cut: GitHub limits a comment to ${limit} characters. The job summary has the full report._`;
    let keep = limit - note(body.length).length - 8; // room for a closing fence
    if (keep < 0)
        keep = 0;
    const code = body.charCodeAt(keep - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        keep -= 1;
    let head = body.slice(0, keep);
    const fences = head.match(/^(```|~~~)/gm)?.length ?? 0;
    if (fences % 2 === 1)
        head += '\n```';
    return head + note(body.length - keep);
}
/**
 * Rewrites a sticky comment already found by `upsertStickyComment`, without listing the issue's comments
 * again: one call per update, for a reply that changes several times in one run. The body gets the same
 * marker and length limit. Throws (404 included) when the comment is gone; the caller can upsert again.
 */
async function updateStickyComment(client, input) {
    const body = fitCommentBody(`${stickyMarker(input.key)}\n${input.body}`);
    const { data } = await client.rest.issues.updateComment({ owner: input.owner, repo: input.repo, comment_id: input.commentId, body });
    return { id: data.id, url: data.html_url, created: false, changed: true };
}


/***/ })

};
