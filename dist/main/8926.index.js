export const id = 8926;
export const ids = [8926,6706];
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

/***/ 88926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatLocationOf: () => (/* binding */ formatLocationOf),
/* harmony export */   humanSize: () => (/* binding */ humanSize),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   sortFindings: () => (/* binding */ sortFindings)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16706);

function formatLocationOf(loc) {
    if (!loc)
        return '';
    const parts = [];
    if (loc.member)
        parts.push(`member ${loc.member}`);
    if (loc.line !== undefined)
        parts.push(loc.file ? `${loc.file} line ${loc.line}` : `line ${loc.line}`);
    if (loc.offset !== undefined)
        parts.push(`byte ${loc.offset}`);
    if (loc.pointer)
        parts.push(loc.pointer);
    return parts.join(', ');
}
const plain = { pass: (s) => s, fail: (s) => s, dim: (s) => s };
/** The report for people: one block per artifact, errors and warnings first, notes only on request. */
function renderText(report, style = plain, options = {}) {
    const lines = [];
    for (const a of report.artifacts) {
        const head = `${a.verdict === 'pass' ? style.pass('PASS') : style.fail('FAIL')} ${a.path} (${a.format}, ${humanSize(a.size)})`;
        lines.push(head);
        if (a.sha256)
            lines.push(style.dim(`     sha256 ${a.sha256}`));
        for (const f of sortFindings(a.findings)) {
            if (f.severity === 'note' && !options.notes)
                continue;
            const where = formatLocationOf(f.location);
            const mark = f.severity === 'error' ? style.fail('error') : f.severity === 'warning' ? (style.yellow ?? ((s) => s))('warning') : style.dim('note');
            lines.push(`     ${mark} ${f.rule}: ${f.message}${where ? style.dim(` [${where}]`) : ''}`);
        }
    }
    const failed = report.artifacts.filter((a) => a.verdict === 'fail').length;
    lines.push('');
    lines.push(report.verdict === 'pass'
        ? style.pass(`pass: ${report.artifacts.length} file(s) validated`)
        : style.fail(`fail: ${failed} of ${report.artifacts.length} file(s) rejected`));
    return lines.join('\n');
}
function sortFindings(findings) {
    const rank = { error: 0, warning: 1, note: 2 };
    return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
function humanSize(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let u = -1;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}
/** Markdown for the job summary and the PR comment. */
function renderMarkdown(report, maxFindings = 50) {
    const failed = report.artifacts.filter((a) => a.verdict === 'fail');
    const lines = [
        `### ${report.verdict === 'pass' ? '✅' : '❌'} Model artifact validation: ${report.verdict}`,
        '',
        '| File | Format | Size | Verdict | Errors | Warnings | sha256 |',
        '| --- | --- | ---: | --- | ---: | ---: | --- |',
        ...report.artifacts.map((a) => {
            const count = (s) => a.findings.filter((f) => f.severity === s).length;
            return `| \`${md(a.path)}\` | ${a.format} | ${humanSize(a.size)} | ${a.verdict === 'pass' ? '✅ pass' : '❌ fail'} | ${count('error')} | ${count('warning')} | \`${a.sha256.slice(0, 12)}\` |`;
        }),
    ];
    const shown = [];
    for (const a of report.artifacts)
        for (const f of sortFindings(a.findings))
            if (f.severity !== 'note')
                shown.push({ a, f });
    if (shown.length > 0) {
        lines.push('', '| File | Severity | Rule | Finding | Where |', '| --- | --- | --- | --- | --- |');
        for (const { a, f } of shown.slice(0, maxFindings))
            lines.push(`| \`${md(a.path)}\` | ${f.severity} | \`${f.rule}\` | ${md(f.message)} | ${md(formatLocationOf(f.location))} |`);
        if (shown.length > maxFindings)
            lines.push('', `…and ${shown.length - maxFindings} more in the JSON report.`);
    }
    if (failed.length === 0)
        lines.push('', `${report.artifacts.length} file(s) passed.`);
    return lines.join('\n');
}
function md(s) {
    // Cells stand in code spans, which a backtick would end.
    return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutHtml */ .Q4)((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(s)).replace(/`/g, "'");
}


/***/ })

};
