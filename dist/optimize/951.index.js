export const id = 951;
export const ids = [951];
export const modules = {

/***/ 951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderOptimizeMarkdown: () => (/* binding */ renderOptimizeMarkdown),
/* harmony export */   renderOptimizeText: () => (/* binding */ renderOptimizeText)
/* harmony export */ });
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => `${value.toFixed(3)} ms`;
const delta = (value, base) => (base === 0 ? '' : ` (${value >= base ? '+' : ''}${(((value - base) / base) * 100).toFixed(1)}%)`);
const points = (value, base) => `${(value * 100).toFixed(2)}% (${value >= base ? '+' : ''}${((value - base) * 100).toFixed(2)} pt)`;
function row(model, original) {
    const q = model.quality;
    const web = model.web ? (model.web.loads ? (model.web.maxAbsDiff === undefined ? 'loads' : `runs (max diff ${model.web.maxAbsDiff.toExponential(1)})`) : `FAILS${model.web.missingOps.length ? `: ${model.web.missingOps.join(', ')}` : ''}`) : 'not checked';
    return [
        model.name,
        `${kib(model.sizeBytes)}${delta(model.sizeBytes, original.sizeBytes)}`,
        `${ms(model.speed.loadMs)}${delta(model.speed.loadMs, original.speed.loadMs)}`,
        `${ms(model.speed.p50Ms)}${delta(model.speed.p50Ms, original.speed.p50Ms)}`,
        `${ms(model.speed.p99Ms)}${delta(model.speed.p99Ms, original.speed.p99Ms)}`,
        q && original.quality ? points(q.accuracy, original.quality.accuracy) : '-',
        q ? `${(q.agreement * 100).toFixed(2)}%` : '-',
        q ? q.maxAbsDiff.toExponential(2) : '-',
        model.validate === 'pass' && model.signatureKept ? 'pass' : `FAIL${model.signatureKept ? '' : ' (signature changed)'}`,
        web,
    ];
}
const HEADER = ['model', 'size', 'load', 'p50', 'p99', 'accuracy', 'agreement', 'max |diff|', 'validate', 'onnxruntime-web'];
function renderOptimizeText(report) {
    const rows = [HEADER, ...[report.original, ...report.variants].map((m) => row(m, report.original))];
    const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    const lines = rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
    const warnings = report.warnings.map((w) => `warning: ${w}`);
    const data = report.evalData ? `quality on ${report.evalData.rows} rows of ${report.evalData.file}` : 'no evaluation data (--data): quality not measured';
    return [...lines, '', data, ...warnings, `${report.verdict}: ${report.variants.length} variant(s) of ${report.model} written to ${report.variants[0] ? report.variants[0].path.replace(/\/[^/]+\/model\.onnx$/, '') : '-'}`].join('\n');
}
/** Job summary: the table, then a Mermaid bar chart of size and p99 relative to the original (GitHub renders it). */
function renderOptimizeMarkdown(report) {
    const models = [report.original, ...report.variants];
    const table = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`, ...models.map((m) => `| ${row(m, report.original).join(' | ')} |`)];
    const pct = (value, base) => (base ? Math.round((value / base) * 1000) / 10 : 0);
    const chart = [
        '```mermaid',
        'xychart-beta',
        `  title "${report.model}: size and p99 latency, % of the original"`,
        `  x-axis [${models.map((m) => `"${m.name}"`).join(', ')}]`,
        '  y-axis "% of original"',
        `  bar [${models.map((m) => pct(m.sizeBytes, report.original.sizeBytes)).join(', ')}]`,
        `  line [${models.map((m) => pct(m.speed.p99Ms, report.original.speed.p99Ms)).join(', ')}]`,
        '```',
    ];
    const warnings = report.warnings.map((w) => `> [!WARNING]\n> ${w}`);
    return [`## Modelship optimize: ${report.model} (${report.verdict})`, '', ...table, '', 'Bars: size; line: p99 latency (same run, interleaved trials).', '', ...chart, ...(warnings.length ? ['', ...warnings] : [])].join('\n');
}


/***/ })

};
