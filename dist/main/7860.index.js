export const id = 7860;
export const ids = [7860];
export const modules = {

/***/ 97860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateAction: () => (/* binding */ gateAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _runtime_main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70445);


/**
 * Evaluates metric gates: outputs and a JSON report, a blessing folder, a job summary table, annotations
 * on the modelship.yml lines of failed checks, a check run carrying the same annotations, and one sticky
 * comment on the pull request. Fails the step on `fail` and on `inconclusive`: a gate that could not
 * evaluate never lets a model through.
 */
const gateAction = {
    name: 'gate',
    async run(ctx) {
        const loaded = await ctx.loadConfig();
        // Loaded here, not at the top: the sources and statistics are most of the bundle's start-up.
        const [{ runGate }, { renderMarkdown, renderCheckRun }, { writeBlessing }, { crossCheck }, { gateRequest }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(2773), __webpack_require__.e(1464), __webpack_require__.e(1988), __webpack_require__.e(970)]).then(__webpack_require__.bind(__webpack_require__, 31988)),
            __webpack_require__.e(/* import() */ 1235).then(__webpack_require__.bind(__webpack_require__, 1235)),
            __webpack_require__.e(/* import() */ 7794).then(__webpack_require__.bind(__webpack_require__, 87794)),
            __webpack_require__.e(/* import() */ 5218).then(__webpack_require__.bind(__webpack_require__, 55218)),
            Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(2773), __webpack_require__.e(1464), __webpack_require__.e(3225)]).then(__webpack_require__.bind(__webpack_require__, 97554)),
        ]);
        // The same cross-check as `config check`: a file it rejects is never gated.
        const issues = await crossCheck(loaded);
        if (issues.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigError(issues);
        const request = gateRequest({ candidate: ctx.inputs.list('candidate'), baseline: ctx.inputs.list('baseline'), baselineRef: ctx.inputs.string('baseline-ref'), seed: ctx.inputs.string('seed'), blessing: ctx.inputs.string('blessing-dir') }, {
            cwd: ctx.workspace,
            labels: { candidate: 'input candidate', baseline: 'input baseline', baselineRef: 'input baseline-ref', seed: 'input "seed"', blessing: 'input blessing-dir' },
            pullRequestBase: ctx.pullRequest()?.baseSha,
        });
        const run = await runGate(loaded, ctx.inputs.string('gate'), {
            ...request.overrides,
            // `baseline: {live: {environment}}` reads the deployment state the deploy action writes (input `state`),
            // built only when a gate asks: a gate without a live baseline needs no token and makes no call.
            live: {
                metricsForLiveVersion: async (environment, model) => {
                    const [{ deploymentStoreFor }, { liveBaselinesFromState }] = await Promise.all([__webpack_require__.e(/* import() */ 8953).then(__webpack_require__.bind(__webpack_require__, 78953)), Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(2773), __webpack_require__.e(1464), __webpack_require__.e(6994)]).then(__webpack_require__.bind(__webpack_require__, 24745))]);
                    const { store } = await deploymentStoreFor(ctx, loaded);
                    return liveBaselinesFromState(loaded, { store }).metricsForLiveVersion(environment, model);
                },
            },
        });
        await ctx.writeReport('gate', { verdict: run.verdict, checks: run.checks, gates: run.gates });
        if (request.blessingDir) {
            await writeBlessing(request.blessingDir, run.verdict, run.gates.map((g) => ({ gate: g.gate, verdict: g.verdict, reason: g.reason })));
            ctx.setOutput('blessing', request.blessingDir);
        }
        ctx.setOutput('verdict', run.verdict);
        ctx.setOutput('passed-count', run.checks.filter((c) => c.status === 'pass').length);
        ctx.setOutput('failed-count', run.checks.filter((c) => c.status === 'fail').length);
        for (const c of run.checks) {
            if (c.status === 'pass' || c.status === 'skip')
                continue;
            ctx.annotate({
                level: c.status === 'warn' ? 'warning' : 'error',
                title: `gate ${c.gate}: ${c.check} [${c.slice}] ${c.status}`,
                message: c.reason,
                location: c.location,
            });
        }
        const markdown = renderMarkdown(run);
        ctx.summary(markdown);
        // Neither the comment nor the check run is the verdict: the runtime turns their failures into warnings.
        if (ctx.inputs.boolean('comment', true)) {
            const url = await ctx.stickyComment('gate', markdown);
            if (url)
                ctx.setOutput('comment-url', url);
        }
        if (ctx.inputs.boolean('check-run', false)) {
            const id = await ctx.checkRun(renderCheckRun(run, markdown));
            if (id !== undefined)
                ctx.setOutput('check-run-id', id);
        }
        ctx.info(`gate verdict: ${run.verdict} (${run.gates.map((g) => `${g.gate}: ${g.reason}`).join('; ')})`);
        if (run.verdict !== 'pass')
            return { failed: `gate ${run.verdict}: ${run.gates.filter((g) => g.verdict !== 'pass').map((g) => `${g.gate}: ${g.reason}`).join('; ')}` };
    },
};
/** Runs the action with the runner's environment: the entry point `dist/gate/index.js` calls it. */
function run() {
    return (0,_runtime_main_js__WEBPACK_IMPORTED_MODULE_1__/* .runActionSpec */ .v)(gateAction);
}


/***/ })

};
