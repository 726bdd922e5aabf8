export const id = 116;
export const ids = [116];
export const modules = {

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   Lo: () => (/* binding */ githubErrorMessage),
/* harmony export */   jF: () => (/* binding */ hintForStatus)
/* harmony export */ });
/* unused harmony export permissionForRoute */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** What went wrong talking to GitHub, in a form callers can branch on (status) and people can read (message). */
class GitHubApiError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError {
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
        const what = `${fields.method} ${fields.route}`;
        const where = fields.path && fields.path !== fields.route ? ` (${fields.path})` : '';
        const tries = fields.attempts > 1 ? ` after ${fields.attempts} attempts` : '';
        const message = fields.timedOut
            ? `GitHub did not answer ${what}${where}${tries}: ${fields.githubMessage}`
            : `GitHub answered ${what}${where} with ${fields.status}${tries}: ${fields.githubMessage}`;
        // 4xx means the call or its token is wrong (fix the setup); 5xx, timeouts and rate limits are GitHub's side.
        const isUsage = fields.status >= 400 && fields.status < 500 && !fields.rateLimited;
        super(message, { exitCode: isUsage ? _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ExitCode.Usage : _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ExitCode.Failed, hint: fields.hint, cause: fields.cause });
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


/***/ })

};
