export const id = 382;
export const ids = [382,584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ requireToken),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   repoFromEnv: () => (/* binding */ repoFromEnv)
/* harmony export */ });
/* unused harmony export UnansweredBudget */
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
            throw new ModelshipError(`the budget for unanswered GitHub requests must be a number of milliseconds, got ${totalMs}`);
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

/***/ 2382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gitHubReleasePublisher: () => (/* binding */ gitHubReleasePublisher)
});

// UNUSED EXPORTS: GitHubReleasePublisher, upsertRelease

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/version/refusal.ts
var refusal = __webpack_require__(1468);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/tags.ts

const isStatus = (err, ...statuses) => err instanceof github_errors/* GitHubApiError */.OS && statuses.includes(err.status);
/** Tag names starting with `prefix` (every page): `GET /git/matching-refs/tags/<prefix>`. */
async function listTagsWithPrefix(client, repo, prefix) {
    const refs = await client.paginate(client.rest.git.listMatchingRefs, { ...repo, ref: `tags/${prefix}` });
    return refs.map((r) => r.ref.replace(/^refs\/tags\//, ''));
}
/**
 * Every tag of the repository with the commit it names (annotated tags peeled by GitHub): `GET /tags`, 100 a
 * page. One listing answers every model of a monorepo, where asking tag by tag costs a few calls per model.
 */
async function listTagCommits(client, repo) {
    const tags = await client.paginate(client.rest.repos.listTags, { ...repo, per_page: 100 });
    return new Map(tags.map((t) => [t.name, t.commit.sha]));
}
/** The commit a tag points at (following annotated tag objects), or undefined when there is no such tag. */
async function tagCommit(client, repo, tag) {
    let object;
    try {
        object = (await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` })).data.object;
    }
    catch (err) {
        if (isStatus(err, 404))
            return undefined;
        throw err;
    }
    // A tag object may point at another tag object; a short chain is normal, a long one is a loop.
    for (let hops = 0; object.type === 'tag' && hops < 8; hops++) {
        object = (await client.rest.git.getTag({ ...repo, tag_sha: object.sha })).data.object;
    }
    return object.type === 'commit' ? object.sha : undefined;
}
/** The tag object of an annotated tag (`POST /git/tags`); it is invisible until a ref points at it. */
async function createTagObject(client, repo, tag, commit, message) {
    const { data } = await client.rest.git.createTag({ ...repo, tag, message, object: commit, type: 'commit' });
    return data.sha;
}
/** An annotated tag: the tag object, then `refs/tags/<tag>` pointing at it. */
async function createAnnotatedTag(client, repo, tag, commit, message) {
    const sha = await createTagObject(client, repo, tag, commit, message);
    await client.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha });
}
/**
 * Points a floating tag (e.g. `iris@v1`) at `commit`: force-update the ref, or create it when missing. `before`
 * is the commit the tag names now, when the caller knows it (from a listing); else it is asked for.
 */
async function moveAnnotatedTag(client, repo, tag, commit, message, known) {
    const before = known ? known.before : await tagCommit(client, repo, tag);
    if (before === commit)
        return 'unchanged';
    const sha = await createTagObject(client, repo, tag, commit, message);
    if (before === undefined) {
        await client.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha });
        return 'created';
    }
    await client.rest.git.updateRef({ ...repo, ref: `tags/${tag}`, sha, force: true });
    return 'moved';
}

;// CONCATENATED MODULE: ./src/github/releases.ts





/** GitHub's limit on a release body is 125000 characters. */
const BODY_LIMIT = 125_000;
/**
 * Creates the release of `tag`, or updates it in place: found by tag first (`GET /releases/tags/{tag}`),
 * so re-running a release never makes a second one.
 */
async function upsertRelease(client, repo, draft, options = {}) {
    const body = draft.body.length > BODY_LIMIT ? `${draft.body.slice(0, BODY_LIMIT - 40)}\n\n… (notes truncated)\n` : draft.body;
    let existing;
    // A tag created a moment ago has no published release (getReleaseByTag sees only published ones): no need to ask.
    if (!options.isNew) {
        try {
            existing = (await client.rest.repos.getReleaseByTag({ ...repo, tag: draft.tag })).data;
        }
        catch (err) {
            if (!(err instanceof github_errors/* GitHubApiError */.OS && err.status === 404))
                throw err;
        }
    }
    if (existing) {
        if ((existing.body ?? '') === body && existing.name === draft.name && existing.prerelease === draft.prerelease) {
            return { status: 'unchanged', url: existing.html_url, id: existing.id };
        }
        const { data } = await client.rest.repos.updateRelease({ ...repo, release_id: existing.id, name: draft.name, body, prerelease: draft.prerelease });
        return { status: 'updated', url: data.html_url, id: data.id };
    }
    const { data } = await client.rest.repos.createRelease({
        ...repo,
        tag_name: draft.tag,
        name: draft.name,
        body,
        prerelease: draft.prerelease,
        // In a monorepo "latest" would flip between models; only full releases may become latest, by date.
        make_latest: draft.prerelease ? 'false' : 'legacy',
    });
    return { status: 'created', url: data.html_url, id: data.id };
}
/**
 * The ReleasePublisher for GitHub Actions: tags and releases through the REST API (no git push needed).
 *
 * One publisher serves a whole run. A run over one model asks about its tags one by one (a prefix listing, a
 * ref or two); as soon as a second model asks, every tag is listed once (`GET /tags`, 100 a page, commits
 * peeled) and every later question about tags is answered from that listing, kept up to date with the tags
 * this run writes. The token's permission is asked once, and a release is not looked up by a tag this run
 * created (a published release needs its tag). What stays per model are the writes, which GitHub's REST API
 * has no batch form for: the tag object and its ref, the floating tag, the release.
 */
class GitHubReleasePublisher {
    client;
    repo;
    kind = 'github';
    prefixAsked;
    allTags;
    writable;
    /** Tags this publisher created: GitHub has no published release of them yet. */
    created = new Set();
    constructor(client, repo) {
        this.client = client;
        this.repo = repo;
    }
    async listTags(prefix) {
        if (!this.allTags && (this.prefixAsked === undefined || this.prefixAsked === prefix)) {
            this.prefixAsked = prefix;
            return listTagsWithPrefix(this.client, this.repo, prefix);
        }
        return [...(await this.tagListing()).keys()].filter((t) => t.startsWith(prefix));
    }
    async tagCommit(tag) {
        return this.allTags ? (await this.allTags).get(tag) : tagCommit(this.client, this.repo, tag);
    }
    tagListing() {
        if (!this.allTags) {
            this.allTags = listTagCommits(this.client, this.repo);
            // A failed listing is not kept: the next question asks again (and reports its own error).
            this.allTags.catch(() => (this.allTags = undefined));
        }
        return this.allTags;
    }
    checkWritable() {
        // Tokens of users say what they may do; installation tokens (GITHUB_TOKEN) do not, and are then
        // judged by the first write: the tag object, which nobody sees until a ref points at it.
        this.writable ??= this.client.rest.repos.get({ ...this.repo }).then(({ data }) => {
            if (data.permissions && data.permissions.push === false) {
                throw new refusal/* ReleaseRefusal */.Y('no-permission', `the token may not push to ${this.repo.owner}/${this.repo.repo}`, 'a release needs `permissions: contents: write`');
            }
        });
        return this.writable;
    }
    async createTag(tag, commit, message) {
        try {
            await createAnnotatedTag(this.client, this.repo, tag, commit, message);
            this.created.add(tag);
            if (this.allTags)
                (await this.allTags).set(tag, commit);
        }
        catch (err) {
            if (err instanceof github_errors/* GitHubApiError */.OS && (err.status === 403 || err.status === 401)) {
                throw new refusal/* ReleaseRefusal */.Y('no-permission', `GitHub refused to create tag ${tag}: ${err.githubMessage}`, 'the job needs `permissions: contents: write` (tag protection rules can also forbid it); nothing was tagged');
            }
            throw err;
        }
    }
    async moveTag(tag, commit, message) {
        const listing = this.allTags && (await this.allTags);
        const moved = await moveAnnotatedTag(this.client, this.repo, tag, commit, message, listing ? { before: listing.get(tag) } : undefined);
        listing?.set(tag, commit);
        return moved;
    }
    upsertRelease(draft) {
        return upsertRelease(this.client, this.repo, draft, { isNew: this.created.has(draft.tag) });
    }
}
/**
 * The release publisher over the API, built the same way for the CLI (`--publisher github`, token from
 * GITHUB_TOKEN or GH_TOKEN) and the version action (input `github-token`): the token checked and named in the
 * error, the repository from GITHUB_REPOSITORY.
 */
async function gitHubReleasePublisher(options) {
    if (!options.token?.trim() && options.tokenFrom)
        throw new errors/* ModelshipError */.W7(`creating tags and releases needs a GitHub token in ${options.tokenFrom}`);
    const token = (0,client/* requireToken */.F)(options.token, 'creating tags and releases');
    const repo = (0,client.repoFromEnv)(options.env);
    return new GitHubReleasePublisher((0,client.createGitHubClient)({ token, env: options.env, log: options.log }), repo);
}


/***/ }),

/***/ 1468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ReleaseRefusal)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** A release that must not happen. Raised before anything is written; exit code 1. */
class ReleaseRefusal extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7 {
    code;
    constructor(code, message, hint) {
        super(message, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Failed, hint });
        this.code = code;
        this.name = 'ReleaseRefusal';
    }
}


/***/ })

};
