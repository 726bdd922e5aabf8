export const id = 245;
export const ids = [245];
export const modules = {

/***/ 50245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   monitorAction: () => (/* binding */ monitorAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runtime_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70445);

/**
 * Computes drift of a live environment against its reference (a profile or data file, or serve's profile
 * URL, whose own drift report is used when no reference is given), writes the job summary (per-feature table,
 * Mermaid chart of the share over time) and keeps one GitHub issue per model and environment: opened on
 * drift, updated while it lasts, closed when it clears. The step fails on drift only with `fail-on-drift`.
 */
const monitorAction = {
    name: 'monitor',
    async run(ctx) {
        const model = ctx.inputs.requiredString('model');
        const environment = ctx.inputs.requiredString('environment');
        const current = ctx.inputs.requiredString('current');
        // After the required inputs: a step without them fails before the sketches and drift statistics load.
        const [{ ModelshipError }, request, { computeDrift }, { driftMarkdown, syncDriftIssue }, { fetchLiveProfile }] = await Promise.all([
            Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 74296)),
            Promise.all(/* import() */[__webpack_require__.e(6070), __webpack_require__.e(5655), __webpack_require__.e(3907), __webpack_require__.e(921)]).then(__webpack_require__.bind(__webpack_require__, 80921)),
            __webpack_require__.e(/* import() */ 5655).then(__webpack_require__.bind(__webpack_require__, 55655)),
            __webpack_require__.e(/* import() */ 8236).then(__webpack_require__.bind(__webpack_require__, 88236)),
            Promise.all(/* import() */[__webpack_require__.e(3907), __webpack_require__.e(8686)]).then(__webpack_require__.bind(__webpack_require__, 48686)),
        ]);
        const referenceSpec = ctx.inputs.string('reference');
        const options = request.withConfigDefaults(request.driftOptions({ driftShare: ctx.inputs.string('drift-share'), correction: ctx.inputs.string('correction'), feature: ctx.inputs.list('features') }), (await ctx.loadConfigIfPresent())?.config.monitor);
        const outputs = ctx.inputs.list('outputs');
        let report;
        if (/^https?:\/\//.test(current)) {
            const live = await fetchLiveProfile(current);
            if (referenceSpec !== undefined) {
                if (!live.profile) {
                    ctx.setOutput('status', 'no-data');
                    ctx.summary(`### Monitor: ${model} in ${environment}\n\nNo traffic profiled yet at ${current}: nothing to compare, the issue is left as it is.`);
                    return undefined;
                }
                report = computeDrift(await request.loadProfile(referenceSpec, ctx.workspace, { outputs }), live.profile, options);
            }
            else if (live.drift) {
                // Serve judged each feature with its defaults; the dataset verdicts follow this run's drift-share.
                if (ctx.inputs.list('features').length > 0)
                    throw new ModelshipError('input "features" needs "reference": serve\'s own drift report uses the default method per feature');
                const share = options.driftShare ?? live.drift.drift_share;
                report = {
                    ...live.drift,
                    drift_share: share,
                    drift: live.drift.tested > 0 && live.drift.share >= share,
                    prediction: { ...live.drift.prediction, drift: live.drift.prediction.tested > 0 && live.drift.prediction.share >= share },
                };
            }
            else {
                ctx.setOutput('status', 'no-data');
                ctx.summary(`### Monitor: ${model} in ${environment}\n\nServe has no drift report yet (${live.rows} rows profiled; it needs a reference-profile.json beside the model and enough rows). The issue is left as it is.`);
                return undefined;
            }
        }
        else {
            if (referenceSpec === undefined)
                throw new ModelshipError('input "reference" is required unless "current" is a serve profile URL', { hint: 'a profile JSON or data file of the training or validation data' });
            report = computeDrift(await request.loadProfile(referenceSpec, ctx.workspace, { outputs }), await request.loadProfile(current, ctx.workspace, { outputs }), options);
        }
        const drifted = report.drift || report.prediction.drift;
        ctx.setOutput('status', drifted ? 'drift' : 'ok');
        ctx.setOutput('drift', report.drift);
        ctx.setOutput('prediction-drift', report.prediction.drift);
        ctx.setOutput('share', report.share);
        ctx.setOutput('report', await ctx.writeReport('monitor', report));
        let history = [];
        if (ctx.inputs.boolean('issue', true)) {
            const [{ createGitHubClient, repoFromEnv, requireToken }, { GitHubIssues }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(4239), __webpack_require__.e(6584)]).then(__webpack_require__.bind(__webpack_require__, 96584)), __webpack_require__.e(/* import() */ 5039).then(__webpack_require__.bind(__webpack_require__, 65039))]);
            const token = requireToken(ctx.inputs.string('github-token'), 'opening and closing the drift issue (input issue: true)');
            const client = createGitHubClient({ token, env: ctx.env, log: { debug: ctx.debug, warning: ctx.warning } });
            const outcome = await syncDriftIssue(new GitHubIssues(client, repoFromEnv(ctx.env)), { model, environment, report, now: new Date(), runUrl: ctx.runUrl });
            history = outcome.history;
            ctx.setOutput('issue-action', outcome.action);
            if (outcome.issue !== undefined)
                ctx.setOutput('issue', outcome.issue);
            if (outcome.action !== 'none')
                ctx.info(`drift issue #${outcome.issue} ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
        }
        ctx.summary(`### Monitor: ${model} in ${environment} — ${drifted ? 'drift' : 'no drift'}\n\n${report.drifted} of ${report.tested} input features drifted (share ${report.share.toFixed(3)}, dataset drift at >= ${report.drift_share}; correction ${report.correction}).\n\n${driftMarkdown(report, history)}\n`);
        if (drifted && ctx.inputs.boolean('fail-on-drift', false))
            return { failed: `drift in ${environment}: ${report.drifted}/${report.tested} input features${report.prediction.drift ? ', and the predictions' : ''}` };
        return undefined;
    },
};
function run() {
    return (0,_runtime_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runActionSpec */ .v)(monitorAction);
}


/***/ })

};
