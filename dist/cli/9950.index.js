export const id = 9950;
export const ids = [9950];
export const modules = {

/***/ 39950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   contractJson: () => (/* binding */ contractJson),
/* harmony export */   renderCompareText: () => (/* binding */ renderCompareText),
/* harmony export */   renderRunMarkdown: () => (/* binding */ renderRunMarkdown),
/* harmony export */   renderRunText: () => (/* binding */ renderRunText)
/* harmony export */ });
/** The CLI/JSON contract view of a manifest (DESIGN.md): environment, model, version, sha256, inputs, outputs, errors, rows_per_s, shard. */
function contractJson(m, manifestPath) {
    return {
        status: m.status,
        environment: m.environment,
        model: m.model,
        version: m.version,
        sha256: m.sha256,
        inputs: m.inputs.map((i) => ({ path: i.path, sha256: i.sha256, rows: i.rows })),
        outputs: m.outputs.map((o) => ({ path: o.path, sha256: o.sha256, rows: o.rows })),
        errors: { rows: m.errors.rows, path: m.errors.path },
        rows: m.rows,
        rows_per_s: m.rows_per_s,
        shard: m.shard,
        manifest: manifestPath,
    };
}
function renderRunText(m, manifestPath) {
    const lines = [
        `${m.status === 'succeeded' ? 'scored' : 'FAILED'}: ${m.rows} rows with ${m.model} ${m.version} (sha256 ${m.sha256.slice(0, 12)})${m.environment ? `, live in ${m.environment}` : ''}`,
        `  shard ${m.shard.index}/${m.shard.count}, ${m.outputs.length} chunk file(s), ${m.rows_per_s} rows/s${m.resumedChunks ? `, ${m.resumedChunks} chunk(s) kept from the interrupted run` : ''}`,
        `  errors: ${m.errors.rows} row(s) (rate ${(m.errorRate * 100).toFixed(3)}%, max ${(m.maxErrorRate * 100).toFixed(3)}%)${m.errors.path ? ` in ${m.errors.path}` : ''}`,
        `  manifest: ${manifestPath}`,
    ];
    return lines.join('\n');
}
/** The job summary: figures and a Mermaid chart of rows scored over the run. */
function renderRunMarkdown(m) {
    const out = [
        `## Batch run: ${m.model} ${m.version}${m.environment ? ` (${m.environment})` : ''} — ${m.status}`,
        '',
        '| rows | errors | rows/s | shard | chunks | duration |',
        '| ---: | ---: | ---: | :---: | ---: | ---: |',
        `| ${m.rows} | ${m.errors.rows} | ${m.rows_per_s} | ${m.shard.index}/${m.shard.count} | ${m.outputs.length} | ${(m.durationMs / 1000).toFixed(1)} s |`,
    ];
    if (m.throughput.length > 1) {
        out.push('', '```mermaid', 'xychart-beta', '  title "Rows scored over the run"', `  x-axis "seconds" [${m.throughput.map((t) => t.second).join(', ')}]`, '  y-axis "rows"', `  line [${m.throughput.map((t) => t.rows).join(', ')}]`, '```');
    }
    return `${out.join('\n')}\n`;
}
function renderCompareText(r) {
    const lines = [
        `${r.candidate.model} ${r.candidate.version} vs ${r.baseline.version}${r.baseline.environment ? ` (live in ${r.baseline.environment})` : ''} on ${r.rows} rows (${r.label})`,
        `  agreement ${r.agreement.toFixed(4)}, prediction shift (TVD) ${r.prediction_shift.toFixed(4)}, PSI ${r.prediction_psi.toFixed(4)}${r.skipped ? `, ${r.skipped} row(s) skipped` : ''}`,
    ];
    for (const [feature, values] of Object.entries(r.slices)) {
        for (const [value, s] of Object.entries(values))
            lines.push(`  ${feature}=${value}: agreement ${s.agreement.toFixed(4)} over ${s.rows} rows`);
    }
    return lines.join('\n');
}


/***/ })

};
