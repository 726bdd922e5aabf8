export const id = 648;
export const ids = [648];
export const modules = {

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
