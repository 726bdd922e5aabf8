export const id = 1235;
export const ids = [1235];
export const modules = {

/***/ 1235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
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
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** The job summary and the sticky comment: a verdict line and one table row per check. */
function renderMarkdown(run, options = {}) {
    const out = [];
    if (options.marker)
        out.push(options.marker);
    out.push(`## ${VERDICT_ICON[run.verdict]} Modelship gate: ${run.verdict}`);
    for (const g of run.gates) {
        out.push('', `### ${VERDICT_ICON[g.verdict]} \`${g.gate}\` — ${g.verdict}${g.score !== undefined ? ` (score ${g.score})` : ''}`, '', cell(g.reason), '');
        out.push(`Candidate: \`${cell(g.candidate)}\`  `, `Baseline: ${g.baseline ? `\`${cell(g.baseline)}\`` : `none — ${cell(g.baselineNote ?? 'not configured')}`}`, '');
        if (g.checks.length === 0)
            continue;
        out.push('| | Check | Slice | Kind | Candidate | Baseline | Change | Bound | Why |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const r of g.checks) {
            const link = r.location?.line !== undefined ? options.locationUrl?.(r.location.file, r.location.line) : undefined;
            const name = `${cell(r.check)}${r.critical ? ' **(critical)**' : ''}`;
            out.push(`| ${ICON[r.status]} | ${link ? `[${name}](${link})` : name} | ${cell(r.slice)} | ${r.kind} | ${num(r.candidate)} | ${num(r.baseline)} | ${change(r)} | ${cell(r.bound)} | ${cell(r.reason)} |`);
        }
        const statRows = g.checks.filter((r) => r.statistics && r.statistics.lower !== undefined);
        if (statRows.length > 0) {
            out.push('', '<details><summary>Confidence intervals of Δ</summary>', '', '| Check | Slice | Method | Estimate | Lower | Upper | n |', '| --- | --- | --- | --- | --- | --- | --- |');
            for (const r of statRows) {
                const s = r.statistics;
                out.push(`| ${cell(r.check)} | ${cell(r.slice)} | ${s.method} ${Math.round(s.confidence * 100)}% | ${num(s.estimate)} | ${num(s.lower)} | ${num(s.upper)} | ${s.n.paired ?? `${s.n.candidate}/${s.n.baseline}`} |`);
            }
            out.push('', '</details>');
        }
    }
    return out.join('\n');
}


/***/ })

};
