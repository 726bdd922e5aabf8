export const id = 9972;
export const ids = [9972];
export const modules = {

/***/ 43879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ describeMachine),
/* harmony export */   N0: () => (/* binding */ machineKey),
/* harmony export */   O5: () => (/* binding */ machineDifferences)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

function describeMachine(env = process.env, onnxruntime) {
    const cpus = node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus();
    return {
        cpuModel: (cpus[0]?.model ?? 'unknown').trim().replace(/\s+/g, ' '),
        cores: typeof (node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism) === 'function' ? node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism() : cpus.length,
        arch: process.arch,
        platform: process.platform,
        os: `${node_os__WEBPACK_IMPORTED_MODULE_0___default().type()} ${node_os__WEBPACK_IMPORTED_MODULE_0___default().release()}`,
        totalMemoryMb: Math.round(node_os__WEBPACK_IMPORTED_MODULE_0___default().totalmem() / 2 ** 20),
        node: process.version,
        onnxruntime,
        runner: env.ImageOS ? `${env.ImageOS}${env.ImageVersion ? ` ${env.ImageVersion}` : ''}` : undefined,
    };
}
/**
 * Differences that make latency figures incomparable: another CPU, core count, architecture, or inference
 * runtime. Node and OS patch versions are reported but do not block a comparison.
 */
function machineDifferences(a, b) {
    const diffs = [];
    if (a.cpuModel !== b.cpuModel)
        diffs.push(`CPU "${a.cpuModel}" vs "${b.cpuModel}"`);
    if (a.cores !== b.cores)
        diffs.push(`${a.cores} vs ${b.cores} cores`);
    if (a.arch !== b.arch || a.platform !== b.platform)
        diffs.push(`${a.platform}/${a.arch} vs ${b.platform}/${b.arch}`);
    if (a.onnxruntime && b.onnxruntime && a.onnxruntime !== b.onnxruntime)
        diffs.push(`onnxruntime ${a.onnxruntime} vs ${b.onnxruntime}`);
    return diffs;
}
/** A short key of what makes figures comparable (CPU, cores, platform, runtime). */
function machineKey(m) {
    return `${m.cpuModel} x${m.cores} ${m.platform}/${m.arch}${m.onnxruntime ? ` ort ${m.onnxruntime}` : ''}`;
}


/***/ }),

/***/ 19972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyCharts: () => (/* binding */ historyCharts),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   verdictOf: () => (/* binding */ verdictOf)
/* harmony export */ });
/* harmony import */ var _machine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43879);

const ms = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(3)) : '—');
const num = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '—');
const pct = (v) => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%` : '—');
const ICON = { regressed: '🔴 regressed', improved: '🟢 improved', unchanged: '⚪ unchanged', inconclusive: '❔ inconclusive', incomparable: '⚠️ not compared' };
const TEXT_VERDICT = { regressed: 'REGRESSED', improved: 'improved ', unchanged: 'unchanged', inconclusive: 'INCONCLUSIVE', incomparable: 'NOT COMPARED' };
const HEADLINE = { fail: 'regression detected', inconclusive: 'inconclusive (the trials cannot tell; exit code 3)', pass: 'no regression' };
/** The report's verdict (reports saved before it existed: derived from the comparison). */
function verdictOf(report) {
    if (report.verdict)
        return report.verdict;
    if (report.regressed)
        return 'fail';
    return report.comparison.some((c) => c.verdict === 'inconclusive') ? 'inconclusive' : 'pass';
}
function figureOf(row, v) {
    return row.metric === 'throughput' ? `${num(v)}/s` : `${ms(v)} ms`;
}
/** Plain text for a terminal. */
function renderText(report) {
    const lines = [];
    lines.push(`machine: ${(0,_machine_js__WEBPACK_IMPORTED_MODULE_0__/* .machineKey */ .N0)(report.machine)}, node ${report.machine.node}`);
    lines.push('');
    const head = ['model', 'role', 'batch', 'samples', 'p50 ms', 'p90 ms', 'p99 ms', 'mean ms', 'items/s', 'rss MB', 'load ms', 'trial cv'];
    const rows = report.results.map((r) => [r.model, r.role, String(r.batch), String(r.samples), ms(r.latency_ms.p50), ms(r.latency_ms.p90), ms(r.latency_ms.p99), ms(r.latency_ms.mean), num(r.throughput_per_s), num(r.rss_mb), r.loadMs === undefined ? '—' : ms(r.loadMs), `${(r.trialCv * 100).toFixed(1)}%`]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const fmt = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    lines.push(fmt(head), ...rows.map(fmt));
    if (report.comparison.length) {
        lines.push('', 'comparison:');
        for (const c of report.comparison) {
            lines.push(`  ${TEXT_VERDICT[c.verdict]}  ${c.model} batch ${c.batch} ${c.metric}: ${figureOf(c, c.candidate)} vs ${figureOf(c, c.baseline)} (${pct(c.change)}) — ${c.reason}`);
        }
    }
    for (const w of report.warnings)
        lines.push(`warning: ${w}`);
    lines.push('', `verdict: ${HEADLINE[verdictOf(report)]}`);
    return lines.join('\n');
}
/** Markdown for the job summary and the sticky PR comment: the comparison, the figures, the history chart. */
function renderMarkdown(report, history) {
    const out = [];
    const verdict = verdictOf(report);
    out.push(verdict === 'fail' ? '### 🔴 Benchmark: regression detected' : verdict === 'inconclusive' ? '### ❔ Benchmark: inconclusive' : '### ✅ Benchmark: no regression');
    out.push('');
    if (report.comparison.length) {
        out.push('| Model | Batch | Metric | Candidate | Baseline | Change | Evidence | Verdict |', '| --- | ---: | --- | ---: | ---: | ---: | --- | --- |');
        for (const c of report.comparison) {
            const evidence = c.verdict === 'incomparable' || c.verdict === 'inconclusive' ? c.reason : c.pValue !== undefined ? `p(worse) = ${c.pValue.toPrecision(2)}${c.paired ? `, ${c.pairs} pairs` : ''}` : c.ci ? `CI [${c.ci.lower.toFixed(3)}, ${c.ci.upper.toFixed(3)}]` : '';
            out.push(`| ${c.model} | ${c.batch} | ${c.metric} | ${figureOf(c, c.candidate)} | ${figureOf(c, c.baseline)} | ${pct(c.change)} | ${evidence} | ${ICON[c.verdict]} |`);
        }
        out.push('');
    }
    out.push('| Model | Role | Batch | Samples | p50 ms | p90 ms | p99 ms | Mean ms | Items/s | RSS MB | Load ms | Trials (CV) |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of report.results) {
        out.push(`| ${r.model} | ${r.role} | ${r.batch} | ${r.samples} | ${ms(r.latency_ms.p50)} | ${ms(r.latency_ms.p90)} | ${ms(r.latency_ms.p99)} | ${ms(r.latency_ms.mean)} | ${num(r.throughput_per_s)} | ${num(r.rss_mb)} | ${r.loadMs === undefined ? '—' : ms(r.loadMs)} | ${r.trials.length} (${(r.trialCv * 100).toFixed(1)}%) |`);
    }
    out.push('');
    if (history)
        out.push(...historyCharts(history, (0,_machine_js__WEBPACK_IMPORTED_MODULE_0__/* .machineKey */ .N0)(report.machine)));
    if (report.warnings.length)
        out.push('', ...report.warnings.map((w) => `> ⚠️ ${w}`));
    const m = report.machine;
    out.push('', `<sub>${m.cpuModel}, ${m.cores} cores, ${m.platform}/${m.arch}, Node ${m.node}${m.onnxruntime ? `, onnxruntime ${m.onnxruntime}` : ''}${report.commit ? `, commit ${report.commit.slice(0, 12)}` : ''}</sub>`);
    return out.join('\n');
}
/** Mermaid xychart-beta of p50 over the last runs of this machine type, one chart per model and batch. */
function historyCharts(history, machine, lastRuns = 30) {
    const runs = history.runs.filter((r) => r.machine === machine).slice(-lastRuns);
    const series = new Map();
    runs.forEach((run, i) => {
        for (const f of run.figures) {
            if (f.role !== 'candidate')
                continue;
            const key = `${f.model} (batch ${f.batch})`;
            if (!series.has(key))
                series.set(key, new Array(runs.length).fill(null));
            series.get(key)[i] = f.p50;
        }
    });
    const out = [];
    for (const [key, values] of series) {
        const points = values.map((v, i) => ({ v, label: runs[i].commit?.slice(0, 7) ?? runs[i].createdAt.slice(5, 16) })).filter((p) => p.v !== null);
        if (points.length < 2)
            continue;
        const max = Math.max(...points.map((p) => p.v));
        out.push(`**p50 latency history: ${key}** (last ${points.length} runs on this machine type)`, '', '```mermaid', 'xychart-beta', `  title "p50 latency (ms): ${key.replace(/"/g, "'")}"`, `  x-axis [${points.map((p) => `"${p.label.replace(/"/g, "'")}"`).join(', ')}]`, `  y-axis "ms" 0 --> ${Number((max * 1.2).toPrecision(3))}`, `  line [${points.map((p) => Number(p.v.toPrecision(4))).join(', ')}]`, '```', '');
    }
    return out;
}


/***/ })

};
