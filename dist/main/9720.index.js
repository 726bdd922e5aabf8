export const id = 9720;
export const ids = [9720];
export const modules = {

/***/ 9720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   optimizeAction: () => (/* binding */ optimizeAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runtime_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70445);

/**
 * Writes optimised variants of a model and measures them against the original: outputs `verdict`,
 * `report` (JSON), `out` (the variants' folder, each with a metrics.json for a gate), a job summary with
 * the table and a Mermaid chart, a warning per finding (an operator onnxruntime-web lacks), and one
 * sticky comment on the pull request.
 */
const optimizeAction = {
    name: 'optimize',
    async run(ctx) {
        const model = ctx.inputs.string('model', { required: true });
        // After the required input: a step without it fails before the optimiser (onnx, onnxruntime-web) loads.
        const { optimizeRequest, isModelFile } = await Promise.all(/* import() */[__webpack_require__.e(1409), __webpack_require__.e(9607), __webpack_require__.e(243), __webpack_require__.e(5726)]).then(__webpack_require__.bind(__webpack_require__, 75726));
        const loaded = isModelFile(model, ctx.workspace) ? await ctx.loadConfigIfPresent() : await ctx.loadConfig();
        const request = optimizeRequest(model, {
            out: ctx.inputs.string('out'),
            variants: ctx.inputs.string('variants'),
            graphLevel: ctx.inputs.string('graph-level'),
            fp16Block: ctx.inputs.list('fp16-block').join(','),
            int8Ops: ctx.inputs.list('int8-ops').join(',') || undefined,
            int8Exclude: ctx.inputs.list('int8-exclude').join(','),
            perTensor: ctx.inputs.boolean('per-tensor', false),
            data: ctx.inputs.string('data'),
            label: ctx.inputs.string('label'),
            classes: ctx.inputs.string('classes'),
            web: ctx.inputs.boolean('web', true),
            trials: ctx.inputs.string('trials'),
        }, ctx.workspace, loaded);
        const [{ runOptimize }, { renderOptimizeMarkdown }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(1409), __webpack_require__.e(9607), __webpack_require__.e(243), __webpack_require__.e(5857)]).then(__webpack_require__.bind(__webpack_require__, 85857)), __webpack_require__.e(/* import() */ 951).then(__webpack_require__.bind(__webpack_require__, 60951))]);
        const report = await runOptimize({ ...request, log: (line) => ctx.info(line) });
        ctx.setOutput('verdict', report.verdict);
        ctx.setOutput('out', request.outDir);
        await ctx.writeReport('optimize', report);
        for (const warning of report.warnings)
            ctx.warning(warning);
        const markdown = renderOptimizeMarkdown(report);
        ctx.summary(markdown);
        if (ctx.inputs.boolean('comment', true)) {
            const url = await ctx.stickyComment('optimize', markdown);
            if (url)
                ctx.setOutput('comment-url', url);
        }
        ctx.info(`optimize: ${report.verdict} (${report.variants.map((v) => v.name).join(', ')})`);
        const bad = report.variants.filter((v) => v.validate !== 'pass' || !v.signatureKept);
        if (report.verdict === 'fail')
            return { failed: `variant(s) rejected: ${bad.map((v) => `${v.name} (${v.signatureKept ? v.findings.join('; ') : 'signature changed'})`).join(', ')}` };
    },
};
/** Runs the action with the runner's environment: the entry point `dist/optimize/index.js` calls it. */
function run() {
    return (0,_runtime_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runActionSpec */ .v)(optimizeAction);
}


/***/ })

};
