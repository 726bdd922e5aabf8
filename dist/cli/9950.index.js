export const id = 9950;
export const ids = [9950];
export const modules = {

/***/ 39950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chunkThroughput: () => (/* binding */ chunkThroughput),
/* harmony export */   contractJson: () => (/* binding */ contractJson),
/* harmony export */   progressLine: () => (/* binding */ progressLine),
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
/** Chunks charted at most: beyond, consecutive chunks are averaged into this many bars. */
const MAX_BARS = 50;
/**
 * Rows/s of each chunk scored in this run (source rows over the wall-clock time since the previous commit),
 * in commit order; chunks kept from an interrupted run have no figure. Grouped into at most MAX_BARS bars.
 */
function chunkThroughput(m) {
    const timed = m.chunks.filter((c) => c.ms !== undefined && c.ms >= 0);
    const per = Math.max(1, Math.ceil(timed.length / MAX_BARS));
    const bars = [];
    for (let i = 0; i < timed.length; i += per) {
        const group = timed.slice(i, i + per);
        const rows = group.reduce((n, c) => n + c.sourceRows, 0);
        const ms = group.reduce((n, c) => n + c.ms, 0);
        bars.push({ label: per === 1 ? String(i + 1) : `${i + 1}-${i + group.length}`, rowsPerS: Math.round(ms > 0 ? (rows / ms) * 1000 : rows * 1000) });
    }
    return bars;
}
/** The job summary: the run's figures, and Mermaid charts of throughput per chunk and rows over the run. */
function renderRunMarkdown(m) {
    const out = [
        `## Batch run: ${m.model} ${m.version}${m.environment ? ` (${m.environment})` : ''} — ${m.status}`,
        '',
        '| rows | errors | error rate | rows/s | shard | chunks | kept from an interrupted run | duration |',
        '| ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: |',
        `| ${m.rows} | ${m.errors.rows} | ${(m.errorRate * 100).toFixed(3)}% | ${m.rows_per_s} | ${m.shard.index}/${m.shard.count} | ${m.outputs.length} | ${m.resumedChunks} | ${(m.durationMs / 1000).toFixed(1)} s |`,
    ];
    const bars = chunkThroughput(m);
    if (bars.length > 0) {
        out.push('', '```mermaid', 'xychart-beta', '  title "Throughput per chunk (rows/s)"', `  x-axis "chunk" [${bars.map((b) => `"${b.label}"`).join(', ')}]`, '  y-axis "rows/s"', `  bar [${bars.map((b) => b.rowsPerS).join(', ')}]`, '```');
    }
    if (m.throughput.length > 1) {
        out.push('', '```mermaid', 'xychart-beta', '  title "Rows scored over the run"', `  x-axis "seconds" [${m.throughput.map((t) => t.second).join(', ')}]`, '  y-axis "rows"', `  line [${m.throughput.map((t) => t.rows).join(', ')}]`, '```');
    }
    return `${out.join('\n')}\n`;
}
/** One line of terminal progress (redrawn with \r on stderr): where the run is and how fast it reads. */
function progressLine(p, elapsedMs) {
    const rate = elapsedMs > 0 ? Math.round((p.rows / elapsedMs) * 1000) : 0;
    return `${p.file}: ${p.rows.toLocaleString('en-US')} rows read, ${p.chunks} chunk(s) committed, ${rate.toLocaleString('en-US')} rows/s`;
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
