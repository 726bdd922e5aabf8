export const id = 1292;
export const ids = [1292,6706];
export const modules = {

/***/ 71292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chatopsOutputs: () => (/* binding */ chatopsOutputs),
/* harmony export */   inert: () => (/* binding */ inert),
/* harmony export */   renderChatopsSummary: () => (/* binding */ renderChatopsSummary)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16706);

/**
 * A reason may quote a refused argument or a branch name; in an output it must stay inert even in a careless
 * `run: echo "${{ steps.chatops.outputs.reason }}"`, so the characters a shell or an expression needs go.
 */
function inert(text) {
    return text.replace(/[`$\\{}|&;<>"]/g, '?').replace(/'/g, '’').replace(/[\r\n]+/g, ' ');
}
/**
 * The action's outputs: only validated names, never raw comment text, so `${{ steps.x.outputs.model }}`
 * cannot inject anything.
 */
function chatopsOutputs(r) {
    return {
        decision: r.decision,
        'reason-code': r.code,
        reason: inert(r.reason),
        command: r.command?.name ?? '',
        model: r.command?.model ?? '',
        version: r.command?.version ?? r.result?.version ?? '',
        env: r.command?.env ?? '',
        'dry-run': r.command?.dryRun ?? false,
        // The SHA is given only when authorised: a workflow must never check out a commit we refused.
        sha: r.decision === 'approved' || r.decision === 'done' || r.decision === 'failed' ? (r.sha ?? '') : '',
        actor: r.login && /^[A-Za-z0-9-]+(\[bot\])?$/.test(r.login) ? r.login : '',
        'pull-request': r.pullRequest ?? '',
    };
}
/** The job summary of one comment: the decision, who asked, and the steps run. */
function renderChatopsSummary(r) {
    const icon = { ignored: '➖', refused: '👎', approved: '✅', done: '🚀', failed: '❌' }[r.decision];
    const rows = [
        ['Decision', `${r.decision} (\`${r.code}\`)`],
        ['Reason', inert(r.reason)],
    ];
    if (r.commandText)
        rows.push(['Command', `\`${r.commandText}\``]);
    if (r.login)
        rows.push(['Requested by', `\`${r.login}\``]);
    if (r.pullRequest)
        rows.push(['Pull request', `#${r.pullRequest}`]);
    if (r.sha)
        rows.push(['Pinned SHA', `\`${r.sha}\``]);
    if (r.replyUrl)
        rows.push(['Reply', `[comment](${r.replyUrl})`]);
    const lines = [`### ${icon} Modelship chatops: ${r.decision}`, '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
    if (r.passed.length > 0)
        lines.push('', '**Checks passed**', '', ...r.passed.map((p) => `- ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutHtml */ .Q4)(p)}`));
    if (r.result?.steps.length) {
        lines.push('', '| Step | Status | Detail |', '| --- | --- | --- |', ...r.result.steps.map((s) => `| ${s.name} | ${s.status} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(s.detail)} |`));
    }
    return lines.join('\n');
}


/***/ }),

/***/ 16706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ withoutHtml),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/* unused harmony export tableRow */
/**
 * Markdown for job summaries, pull-request comments and release notes (GitHub-flavoured Markdown).
 * One place decides what makes a table cell safe, so every table escapes the same way.
 */
/**
 * Text for one cell of a GFM table: a `|` would end the cell and a line break the row, so pipes are escaped
 * (GFM unescapes them before the cell's inline content is read, inside code spans too) and line breaks become
 * spaces.
 */
function tableCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ');
}
/** Text that must not open an HTML tag (untrusted text in a comment): `<` becomes `&lt;`, which GitHub shows as `<`. */
function withoutHtml(text) {
    return text.replace(/</g, '&lt;');
}
/** One table row from cells that are already Markdown. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}


/***/ })

};
