export const id = 7472;
export const ids = [7472];
export const modules = {

/***/ 47472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   benchmarkAction: () => (/* binding */ benchmarkAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runtime_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70445);

/** Benchmarks the models, compares with the baseline, and fails the step on a regression. */
const benchmarkAction = {
    name: 'benchmark',
    async run(ctx) {
        const loaded = await ctx.loadConfig();
        // The benchmark engine (and onnxruntime behind it) is loaded once there is a configuration to run.
        const [{ benchWithOptions }, { renderMarkdown }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(1409), __webpack_require__.e(2773), __webpack_require__.e(243), __webpack_require__.e(4743)]).then(__webpack_require__.bind(__webpack_require__, 24743)), __webpack_require__.e(/* import() */ 9972).then(__webpack_require__.bind(__webpack_require__, 19972))]);
        const outcome = await benchWithOptions(loaded, {
            models: ctx.inputs.list('model'),
            runner: ctx.inputs.string('runner'),
            baseline: ctx.inputs.string('baseline'),
            save: ctx.inputs.string('save'),
            trials: ctx.inputs.string('trials'),
            duration: ctx.inputs.string('duration'),
            warmup: ctx.inputs.string('warmup'),
            batch: ctx.inputs.string('batch'),
            url: ctx.inputs.string('url'),
        }, { cwd: ctx.workspace, env: ctx.env, log: (line) => ctx.info(line) });
        const { report } = outcome;
        await ctx.writeReport('benchmark', { ...report, savedAs: outcome.savedAs });
        const head = report.results.find((r) => r.role === 'candidate');
        ctx.setOutput('regressed', report.regressed);
        ctx.setOutput('verdict', report.verdict);
        if (head) {
            ctx.setOutput('p50-ms', head.latency_ms.p50);
            ctx.setOutput('p99-ms', head.latency_ms.p99);
            ctx.setOutput('throughput', head.throughput_per_s);
            ctx.setOutput('rss-mb', head.rss_mb);
        }
        ctx.setOutput('comparison', JSON.stringify(report.comparison.map((c) => ({ model: c.model, batch: c.batch, metric: c.metric, change: c.change, verdict: c.verdict }))));
        const markdown = renderMarkdown(report, outcome.history);
        ctx.summary(markdown);
        await ctx.stickyComment('benchmark', markdown);
        for (const w of report.warnings)
            ctx.annotate({ level: 'warning', title: 'benchmark', message: w });
        const modelsSection = (name) => loaded.locate(['models', name, 'path']);
        for (const c of report.comparison.filter((x) => x.regressed)) {
            ctx.annotate({ level: 'error', title: `benchmark regression: ${c.model}`, message: `batch ${c.batch}: ${c.reason}`, location: modelsSection(c.model) });
        }
        for (const c of report.comparison.filter((x) => x.verdict === 'inconclusive')) {
            ctx.annotate({ level: 'warning', title: `benchmark inconclusive: ${c.model}`, message: `batch ${c.batch}: ${c.reason}`, location: modelsSection(c.model) });
        }
        if (report.regressed) {
            const n = report.comparison.filter((c) => c.regressed).length;
            return { failed: `benchmark: ${n} regression(s) detected` };
        }
    },
};
/** Runs the action with the runner's environment: the entry point `dist/benchmark/index.js` calls it. */
function run() {
    return (0,_runtime_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runActionSpec */ .v)(benchmarkAction);
}


/***/ })

};
