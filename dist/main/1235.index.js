export const id = 1235;
export const ids = [1235,6706];
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

/***/ 1235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCheckRun: () => (/* binding */ renderCheckRun),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16706);

/** Renders a gate run for people: plain text (CLI) and Markdown (job summary, PR comment). */
const ICON = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', error: '⛔' };
const VERDICT_ICON = { pass: '✅', fail: '❌', inconclusive: '❔' };
function num(v) {
    if (v === null || v === undefined)
        return '—';
    if (typeof v === 'string')
        return v;
    return String(Number(v.toPrecision(6)));
}
function change(r) {
    if (!r.change)
        return '—';
    const a = r.change.absolute;
    const rel = r.change.relative;
    const sign = (x) => (typeof x === 'number' && x > 0 ? '+' : '');
    const pct = typeof rel === 'number' ? ` (${sign(rel)}${Number((rel * 100).toPrecision(4))}%)` : '';
    return `${sign(a)}${num(a)}${pct}`;
}
function renderText(run, style, quiet = false) {
    const lines = [];
    for (const g of run.gates) {
        lines.push(style.bold(`gate ${g.gate}: ${g.verdict.toUpperCase()}`) + ` — ${g.reason}`);
        lines.push(style.dim(`  candidate: ${g.candidate}`));
        lines.push(style.dim(`  baseline:  ${g.baseline ?? `none (${g.baselineNote ?? 'not configured'})`}`));
        for (const r of g.checks) {
            if (quiet && (r.status === 'pass' || r.status === 'skip'))
                continue;
            const where = r.location?.line ? style.dim(` (${r.location.file.split('/').pop()}:${r.location.line})`) : '';
            const text = `${r.check} [${r.slice}] ${r.kind}: ${r.reason}${where}`;
            const mark = r.status === 'pass' ? style.pass(text) : r.status === 'fail' || r.status === 'error' ? style.fail(`${r.status === 'error' ? 'ERROR ' : ''}${text}`) : style.warn(`${r.status.toUpperCase()} ${text}`);
            lines.push(`  ${mark}${r.critical ? ' (critical)' : ''}`);
        }
        lines.push('');
    }
    const counts = run.checks.reduce((acc, c) => ((acc[c.status] = (acc[c.status] ?? 0) + 1), acc), {});
    lines.push(`verdict: ${run.verdict} (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'no checks'})`);
    return lines.join('\n');
}
/** The job summary and the sticky comment: a verdict line and one table row per check. */
function renderMarkdown(run, options = {}) {
    const out = [];
    if (options.marker)
        out.push(options.marker);
    out.push(`## ${VERDICT_ICON[run.verdict]} Modelship gate: ${run.verdict}`);
    for (const g of run.gates) {
        out.push('', `### ${VERDICT_ICON[g.verdict]} \`${g.gate}\` — ${g.verdict}${g.score !== undefined ? ` (score ${g.score})` : ''}`, '', (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(g.reason), '');
        out.push(`Candidate: \`${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(g.candidate)}\`  `, `Baseline: ${g.baseline ? `\`${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(g.baseline)}\`` : `none — ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(g.baselineNote ?? 'not configured')}`}`, '');
        if (g.checks.length === 0)
            continue;
        out.push('| | Check | Slice | Kind | Candidate | Baseline | Change | Bound | Why |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const r of g.checks) {
            const link = r.location?.line !== undefined ? options.locationUrl?.(r.location.file, r.location.line) : undefined;
            const name = `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.check)}${r.critical ? ' **(critical)**' : ''}`;
            out.push(`| ${ICON[r.status]} | ${link ? `[${name}](${link})` : name} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.slice)} | ${r.kind} | ${num(r.candidate)} | ${num(r.baseline)} | ${change(r)} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.bound)} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.reason)} |`);
        }
        const statRows = g.checks.filter((r) => r.statistics && r.statistics.lower !== undefined);
        if (statRows.length > 0) {
            out.push('', '<details><summary>Confidence intervals of Δ</summary>', '', '| Check | Slice | Method | Estimate | Lower | Upper | n |', '| --- | --- | --- | --- | --- | --- | --- |');
            for (const r of statRows) {
                const s = r.statistics;
                out.push(`| ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.check)} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.slice)} | ${s.method} ${Math.round(s.confidence * 100)}% | ${num(s.estimate)} | ${num(s.lower)} | ${num(s.upper)} | ${s.n.paired ?? `${s.n.candidate}/${s.n.baseline}`} |`);
            }
            out.push('', '</details>');
        }
    }
    return out.join('\n');
}
function renderCheckRun(run, markdown) {
    const count = (status) => run.checks.filter((c) => c.status === status).length;
    return {
        name: `modelship gate${run.gates.length === 1 ? `: ${run.gates[0].gate}` : ''}`,
        conclusion: run.verdict === 'pass' ? 'success' : run.verdict === 'fail' ? 'failure' : 'neutral',
        title: `Gate ${run.verdict}: ${count('pass')} passed, ${count('fail')} failed`,
        summary: markdown,
        annotations: run.checks
            .filter((c) => c.status === 'fail' || c.status === 'error' || c.status === 'warn')
            .flatMap((c) => c.location?.line !== undefined
            ? [{ file: c.location.file, line: c.location.line, level: c.status === 'warn' ? 'warning' : 'failure', title: `${c.gate}: ${c.check} [${c.slice}]`, message: c.reason }]
            : []),
    };
}


/***/ })

};
