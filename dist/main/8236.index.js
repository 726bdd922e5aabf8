export const id = 8236;
export const ids = [8236];
export const modules = {

/***/ 88236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DRIFT_LABEL: () => (/* binding */ DRIFT_LABEL),
/* harmony export */   driftMarkdown: () => (/* binding */ driftMarkdown),
/* harmony export */   historyOf: () => (/* binding */ historyOf),
/* harmony export */   issueMarker: () => (/* binding */ issueMarker),
/* harmony export */   syncDriftIssue: () => (/* binding */ syncDriftIssue)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const DRIFT_LABEL = 'modelship-drift';
/** Points of history kept in the issue body (the chart shows them). */
const HISTORY_POINTS = 30;
function issueMarker(model, environment) {
    for (const [what, v] of [['model', model], ['environment', environment]]) {
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(v))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`monitor ${what} "${v}": expected letters, digits, ".", "_" or "-"`);
    }
    return `<!-- modelship-monitor:${model}:${environment} -->`;
}
const HISTORY = /<!-- modelship-monitor-history:(\[.*?\]) -->/;
/** The history an issue body carries; a body edited by hand into nonsense gives an empty history, not a failure. */
function historyOf(body) {
    const m = HISTORY.exec(body);
    if (!m)
        return [];
    try {
        const points = JSON.parse(m[1]);
        return Array.isArray(points) ? points.filter((p) => typeof p === 'object' && p !== null && typeof p.t === 'string' && typeof p.share === 'number').slice(-HISTORY_POINTS) : [];
    }
    catch {
        return [];
    }
}
async function syncDriftIssue(port, input) {
    const marker = issueMarker(input.model, input.environment);
    const open = (await port.listOpen(DRIFT_LABEL)).filter((i) => i.body.includes(marker)).sort((a, b) => a.number - b.number);
    const existing = open[0];
    const drifted = input.report.drift || input.report.prediction.drift;
    const point = { t: input.now.toISOString(), share: round(input.report.share), drift: drifted };
    const history = [...(existing ? historyOf(existing.body) : []), point].slice(-HISTORY_POINTS);
    const body = issueBody(marker, input, history);
    if (drifted && !existing) {
        const created = await port.create({ title: `Drift: ${input.model} in ${input.environment}`, body, labels: [DRIFT_LABEL] });
        return { action: 'opened', issue: created.number, url: created.url, history };
    }
    if (!existing)
        return { action: 'none', history };
    if (drifted) {
        await port.update(existing.number, { body });
        return { action: 'updated', issue: existing.number, url: existing.url, history };
    }
    await port.update(existing.number, { body, state: 'closed', stateReason: 'completed' });
    return { action: 'closed', issue: existing.number, url: existing.url, history };
}
function round(x) {
    return Math.round(x * 10000) / 10000;
}
function issueBody(marker, input, history) {
    const { report } = input;
    const drifted = report.drift || report.prediction.drift;
    const status = drifted
        ? `**Drift** in the live traffic of \`${input.model}\` in \`${input.environment}\`: ${report.drifted} of ${report.tested} input features drifted (share ${report.share.toFixed(3)}, bound ${report.drift_share})${report.prediction.drift ? `; prediction drift on ${report.prediction.drifted} of ${report.prediction.tested} outputs` : ''}.`
        : `**Cleared**: no drift in the live traffic of \`${input.model}\` in \`${input.environment}\` (share ${report.share.toFixed(3)}). Closed by the monitor.`;
    return [
        marker,
        status,
        '',
        `Last checked ${input.now.toISOString()}${input.runUrl ? ` by [this run](${input.runUrl})` : ''}.`,
        '',
        driftMarkdown(report, history),
        '',
        `<!-- modelship-monitor-history:${JSON.stringify(history)} -->`,
    ].join('\n');
}
const cell = (x) => (x === null ? '-' : Math.abs(x) >= 1e4 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential(2) : x.toFixed(4));
/** The per-feature table and a Mermaid chart of the drift share over time: the issue body and the job summary. */
function driftMarkdown(report, history) {
    const row = (f) => f.method === null
        ? `| ${f.name} | ${f.side} | ${f.type} | - | - | - | - | skipped: ${f.skipped} |`
        : `| ${f.name} | ${f.side} | ${f.type} | ${f.method} | ${cell(f.score)} | ${cell(f.pvalue_adjusted)} | ${cell(f.threshold)} | ${f.drifted ? '**drift**' : 'ok'}${f.exact ? '' : ` (sketch ±${cell(f.error_bound)})`} |`;
    const lines = ['| feature | side | type | method | score | p (adjusted) | threshold | result |', '|---|---|---|---|---|---|---|---|', ...report.features.map(row)];
    if (history.length > 0) {
        lines.push('', '```mermaid', 'xychart-beta', '  title "Share of drifted features"', `  x-axis [${history.map((p) => `"${p.t.slice(5, 16).replace('T', ' ')}"`).join(', ')}]`, '  y-axis "share" 0 --> 1', `  line [${history.map((p) => p.share).join(', ')}]`, '```');
    }
    return lines.join('\n');
}


/***/ })

};
