export const id = 889;
export const ids = [889,648];
export const modules = {

/***/ 88889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
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
var sticky_comment = __webpack_require__(7648);
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


/***/ }),

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
        // The concrete path names the repository; the route template's {owner}/{repo} placeholders would not (and
        // a reason made inert for a workflow output turns their braces into "?").
        const what = `${fields.method} ${fields.path || fields.route}`;
        const tries = fields.attempts > 1 ? ` after ${fields.attempts} attempts` : '';
        const message = fields.timedOut
            ? `GitHub did not answer ${what}${tries}: ${fields.githubMessage}`
            : `GitHub answered ${what} with ${fields.status}${tries}: ${fields.githubMessage}`;
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


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MAX_LENGTH: () => (/* binding */ COMMENT_MAX_LENGTH),
/* harmony export */   fitCommentBody: () => (/* binding */ fitCommentBody),
/* harmony export */   stickyMarker: () => (/* binding */ stickyMarker),
/* harmony export */   updateStickyComment: () => (/* binding */ updateStickyComment),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** GitHub refuses comment bodies longer than this (in characters). */
const COMMENT_MAX_LENGTH = 65536;
/** The hidden first line that identifies a capability's comment. */
function stickyMarker(key) {
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(key)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`a sticky comment key must be lower-case letters, digits, ".", "_" or "-", got "${key}"`);
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
