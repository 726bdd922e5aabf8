export const id = 4148;
export const ids = [4148];
export const modules = {

/***/ 24148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   testScoreAction: () => (/* binding */ testScoreAction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70445);


const LEVEL = { error: 'error', warning: 'warning', note: 'notice' };
/** Scores the repository, compares with the base branch, writes the badge; fails below the minimum. */
const testScoreAction = {
    name: 'test-score',
    async run(ctx) {
        const loaded = await ctx.loadConfig();
        // Loaded after the configuration: a run that stops early (no config) starts as fast as bare node.
        const [{ resolveInside }, { formatScore, renderMarkdown, scoreProject }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(3582), __webpack_require__.e(4456)]).then(__webpack_require__.bind(__webpack_require__, 13582)), Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(1425), __webpack_require__.e(2773), __webpack_require__.e(3582), __webpack_require__.e(2853)]).then(__webpack_require__.bind(__webpack_require__, 62853))]);
        const minimum = ctx.inputs.number('minimum', { min: 0, max: 7 });
        const rootInput = ctx.inputs.string('root');
        const badgeInput = ctx.inputs.string('badge-path');
        const baseReportInput = ctx.inputs.string('base-report');
        const pr = ctx.pullRequest();
        const baseRef = ctx.inputs.string('base-ref') ?? pr?.baseSha;
        const report = await scoreProject({
            loaded,
            root: rootInput ? resolveInside(ctx.workspace, rootInput) : undefined,
            minimum,
            badge: badgeInput ? resolveInside(ctx.workspace, badgeInput) : undefined,
            baseReport: baseReportInput ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.workspace, baseReportInput) : undefined,
            baseRef: baseReportInput ? undefined : baseRef,
        });
        await ctx.writeReport('test-score', report);
        ctx.setOutput('score', report.score);
        ctx.setOutput('band', report.band);
        if (badgeInput)
            ctx.setOutput('badge', resolveInside(ctx.workspace, badgeInput));
        for (const f of report.findings) {
            ctx.annotate({ level: LEVEL[f.severity], title: `ML Test Score${f.test ? `: ${f.test}` : ''}`, message: f.hint ? `${f.message} (${f.hint})` : f.message, location: f.location });
        }
        const markdown = renderMarkdown(report);
        ctx.summary(markdown);
        if (ctx.inputs.boolean('comment', true))
            await ctx.stickyComment('test-score', markdown);
        ctx.info(`ML Test Score ${formatScore(report.score)} / 7 (band ${report.band})`);
        if (!report.passed)
            return { failed: belowMinimum(report, formatScore) };
    },
};
function belowMinimum(report, formatScore) {
    return `ML Test Score ${formatScore(report.score)} is below the minimum ${formatScore(report.minimum ?? 0)} (weakest: ${report.weakestSections.join(', ')})`;
}
/** Runs the action with the runner's environment: the entry point `dist/test-score/index.js` calls it. */
function run() {
    return (0,_runtime_main_js__WEBPACK_IMPORTED_MODULE_1__/* .runActionSpec */ .v)(testScoreAction);
}


/***/ })

};
