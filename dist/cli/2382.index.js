export const id = 2382;
export const ids = [2382];
export const modules = {

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ githubErrorMessage),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   jF: () => (/* binding */ hintForStatus)
/* harmony export */ });
/* unused harmony export permissionForRoute */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

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

/***/ 22382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubReleasePublisher: () => (/* binding */ GitHubReleasePublisher)
});

// UNUSED EXPORTS: upsertRelease

// EXTERNAL MODULE: ./src/version/refusal.ts
var refusal = __webpack_require__(91468);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
;// CONCATENATED MODULE: ./src/github/tags.ts

const isStatus = (err, ...statuses) => err instanceof errors/* GitHubApiError */.OS && statuses.includes(err.status);
/** Tag names starting with `prefix` (every page): `GET /git/matching-refs/tags/<prefix>`. */
async function listTagsWithPrefix(client, repo, prefix) {
    const refs = await client.paginate(client.rest.git.listMatchingRefs, { ...repo, ref: `tags/${prefix}` });
    return refs.map((r) => r.ref.replace(/^refs\/tags\//, ''));
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
/** Points a floating tag (e.g. `iris@v1`) at `commit`: force-update the ref, or create it when missing. */
async function moveAnnotatedTag(client, repo, tag, commit, message) {
    const before = await tagCommit(client, repo, tag);
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
async function upsertRelease(client, repo, draft) {
    const body = draft.body.length > BODY_LIMIT ? `${draft.body.slice(0, BODY_LIMIT - 40)}\n\n… (notes truncated)\n` : draft.body;
    let existing;
    try {
        existing = (await client.rest.repos.getReleaseByTag({ ...repo, tag: draft.tag })).data;
    }
    catch (err) {
        if (!(err instanceof errors/* GitHubApiError */.OS && err.status === 404))
            throw err;
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
/** The ReleasePublisher for GitHub Actions: tags and releases through the REST API (no git push needed). */
class GitHubReleasePublisher {
    client;
    repo;
    kind = 'github';
    constructor(client, repo) {
        this.client = client;
        this.repo = repo;
    }
    listTags(prefix) {
        return listTagsWithPrefix(this.client, this.repo, prefix);
    }
    tagCommit(tag) {
        return tagCommit(this.client, this.repo, tag);
    }
    async checkWritable() {
        // Tokens of users say what they may do; installation tokens (GITHUB_TOKEN) do not, and are then
        // judged by the first write: the tag object, which nobody sees until a ref points at it.
        const { data } = await this.client.rest.repos.get({ ...this.repo });
        if (data.permissions && data.permissions.push === false) {
            throw new refusal/* ReleaseRefusal */.Y('no-permission', `the token may not push to ${this.repo.owner}/${this.repo.repo}`, 'a release needs `permissions: contents: write`');
        }
    }
    async createTag(tag, commit, message) {
        try {
            await createAnnotatedTag(this.client, this.repo, tag, commit, message);
        }
        catch (err) {
            if (err instanceof errors/* GitHubApiError */.OS && (err.status === 403 || err.status === 401)) {
                throw new refusal/* ReleaseRefusal */.Y('no-permission', `GitHub refused to create tag ${tag}: ${err.githubMessage}`, 'the job needs `permissions: contents: write` (tag protection rules can also forbid it); nothing was tagged');
            }
            throw err;
        }
    }
    moveTag(tag, commit, message) {
        return moveAnnotatedTag(this.client, this.repo, tag, commit, message);
    }
    upsertRelease(draft) {
        return upsertRelease(this.client, this.repo, draft);
    }
}


/***/ }),

/***/ 91468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ReleaseRefusal)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

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
