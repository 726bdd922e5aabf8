export const id = 9054;
export const ids = [9054];
export const modules = {

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


/***/ }),

/***/ 39054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planText: () => (/* binding */ planText),
/* harmony export */   plansMarkdown: () => (/* binding */ plansMarkdown),
/* harmony export */   releaseText: () => (/* binding */ releaseText),
/* harmony export */   releasesMarkdown: () => (/* binding */ releasesMarkdown),
/* harmony export */   versionSummaryMarkdown: () => (/* binding */ versionSummaryMarkdown)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16706);

/** One block per model for people: the move, the tag, and every reason with its bump. */
function planText(plan) {
    const move = plan.bump === 'none' ? `${plan.current ?? '(unreleased)'} (no change)` : `${plan.current ?? '(none)'} -> ${plan.next} (${plan.bump})`;
    const lines = [`${plan.model}: ${move}${plan.tag && plan.bump !== 'none' ? `  tag ${plan.tag}` : ''}`];
    for (const r of plan.reasons)
        lines.push(`  ${r.bump.padEnd(5)}  ${r.kind.padEnd(9)}  ${r.message}`);
    if (plan.reasons.length === 0)
        lines.push(`  nothing of the model changed since ${plan.previousTag}`);
    return lines.join('\n');
}
function releaseText(r) {
    const head = r.status === 'nothing-to-release'
        ? `${r.model}: nothing to release (current ${r.version ?? 'none'})`
        : `${r.model}: ${r.dryRun ? 'would release' : r.status === 'already-released' ? 'already released' : 'released'} ${r.version} as ${r.tag}${r.url ? ` (${r.url})` : ''}`;
    const steps = r.steps.map((s) => `  ${s.status.padEnd(9)}  ${s.action.padEnd(12)}  ${s.target}${s.detail ? `  ${s.detail}` : ''}`);
    return [head, ...steps].join('\n');
}
/** The job summary / PR comment table of plans. */
function plansMarkdown(plans) {
    const lines = ['| Model | Current | Next | Bump | Tag |', '| --- | --- | --- | --- | --- |'];
    for (const p of plans)
        lines.push(`| ${p.model} | ${p.current ?? '—'} | ${p.next ?? '—'} | **${p.bump}** | ${p.bump === 'none' ? '—' : `\`${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(p.tag ?? '')}\``} |`);
    for (const p of plans) {
        if (p.reasons.length === 0)
            continue;
        lines.push('', `<details><summary>${p.model}: ${p.reasons.length} reason(s)</summary>`, '', '| Bump | Kind | Change |', '| --- | --- | --- |');
        for (const r of p.reasons)
            lines.push(`| ${r.bump} | ${r.kind} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.message)} |`);
        lines.push('', '</details>');
    }
    return lines.join('\n');
}
function releasesMarkdown(results) {
    const lines = ['| Model | Version | Tag | Status | Steps |', '| --- | --- | --- | --- | --- |'];
    for (const r of results) {
        const status = r.dryRun && r.status === 'released' ? 'dry run' : r.status;
        const steps = r.steps.map((s) => `${s.action}: ${s.status}`).join(', ') || '—';
        const tag = r.tag ? (r.url ? `[\`${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.tag)}\`](${r.url})` : `\`${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.tag)}\``) : '—';
        lines.push(`| ${r.model} | ${r.version ?? '—'} | ${tag} | ${status} | ${steps} |`);
    }
    return lines.join('\n');
}
/** The version action's job summary and comment: the plans, then the releases when it released. */
function versionSummaryMarkdown(plans, results, dryRun) {
    return [`### Model versions`, '', plansMarkdown(plans), ...(results ? ['', `### Releases${dryRun ? ' (dry run)' : ''}`, '', releasesMarkdown(results)] : [])].join('\n');
}


/***/ })

};
