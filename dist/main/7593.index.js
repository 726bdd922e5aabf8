export const id = 7593;
export const ids = [7593];
export const modules = {

/***/ 27593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chatopsAction: () => (/* binding */ chatopsAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runtime_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70445);

/**
 * Comment commands on pull requests. Reads the issue_comment event, authorises and runs (or approves) the
 * command, and writes machine-readable outputs for workflows that run their own steps (src/chatops/outputs.ts:
 * validated names only, never raw comment text).
 */
const chatopsAction = {
    name: 'chatops',
    async run(ctx) {
        const event = ctx.event();
        const { mayBeCommand } = await __webpack_require__.e(/* import() */ 1814).then(__webpack_require__.bind(__webpack_require__, 61814));
        // Every comment on every pull request starts this step: most are prose and are dismissed before the
        // configuration, Octokit or the engine are loaded.
        const body = event.payload?.comment?.body;
        if (event.name === 'issue_comment' && typeof body === 'string' && !mayBeCommand(body)) {
            return report(ctx, (await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(289)]).then(__webpack_require__.bind(__webpack_require__, 289))).ignored());
        }
        const loaded = await ctx.loadConfig();
        const [{ runChatops }, { stateKindOf, deploymentStoreFor }, { gitHubChatopsPorts }, { unansweredBudgetMs }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(289)]).then(__webpack_require__.bind(__webpack_require__, 289)),
            __webpack_require__.e(/* import() */ 8953).then(__webpack_require__.bind(__webpack_require__, 78953)),
            Promise.all(/* import() */[__webpack_require__.e(4239), __webpack_require__.e(8889)]).then(__webpack_require__.bind(__webpack_require__, 88889)),
            __webpack_require__.e(/* import() */ 2297).then(__webpack_require__.bind(__webpack_require__, 12297)),
        ]);
        const mode = ctx.inputs.choice('mode', ['execute', 'approve'], 'execute');
        const stateKind = stateKindOf(ctx);
        const orgToken = ctx.inputs.string('org-token');
        if (orgToken)
            ctx.secret(orgToken);
        const { client, repository, feedback } = gitHubChatopsPorts({
            token: ctx.inputs.string('github-token'),
            orgToken,
            env: ctx.env,
            log: { debug: ctx.debug, warning: ctx.warning },
            budgetMs: unansweredBudgetMs(ctx.env),
        });
        // The engine and its state are loaded only when an authorised command reaches them, with the state the
        // deploy action uses (the `state` input) and deployments recorded against the pinned head. /deploy stays
        // with the workflow's pinned checkout (DeployEngineExecutor.handles).
        const executor = mode === 'execute'
            ? {
                handles: (command) => command.name !== 'deploy',
                run: async (command, context) => {
                    const { DeployEngineExecutor } = await Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(2088), __webpack_require__.e(6752), __webpack_require__.e(663), __webpack_require__.e(2773), __webpack_require__.e(9607), __webpack_require__.e(3582), __webpack_require__.e(1464), __webpack_require__.e(5158), __webpack_require__.e(7417), __webpack_require__.e(2484), __webpack_require__.e(1988), __webpack_require__.e(8061), __webpack_require__.e(9691), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 40413));
                    const state = await deploymentStoreFor(ctx, loaded, { ref: context.sha, kind: stateKind, client });
                    return new DeployEngineExecutor(loaded, { log: ctx.info, store: state.store, deploymentUrl: state.deploymentUrl }).run(command, context);
                },
            }
            : undefined;
        // The lock the engine would meet, read from the same state, so a locked environment is refused here.
        const locks = {
            heldLock: async (environment) => {
                const [{ storeFor }, { environmentOf }, { LockFile }] = await Promise.all([__webpack_require__.e(/* import() */ 2489).then(__webpack_require__.bind(__webpack_require__, 42489)), __webpack_require__.e(/* import() */ 9621).then(__webpack_require__.bind(__webpack_require__, 29621)), __webpack_require__.e(/* import() */ 6745).then(__webpack_require__.bind(__webpack_require__, 56745))]);
                const state = await deploymentStoreFor(ctx, loaded, { kind: stateKind, client });
                const held = await storeFor(loaded, environmentOf(loaded, environment), { store: state.store }).lockInfo(environment);
                // A stale lock file (its process is gone) is taken over by the next deploy: it holds nothing.
                return held && state.kind === 'local' && LockFile.isStale(held) ? undefined : held;
            },
        };
        const result = await runChatops({ eventName: event.name, payload: event.payload, loaded, dryRun: ctx.inputs.boolean('dry-run', false), runUrl: ctx.runUrl }, { repository, feedback, executor, locks });
        return report(ctx, result);
    },
};
async function report(ctx, result) {
    const { chatopsOutputs, inert, renderChatopsSummary } = await __webpack_require__.e(/* import() */ 1292).then(__webpack_require__.bind(__webpack_require__, 71292));
    for (const w of result.warnings)
        ctx.warning(w);
    for (const [name, value] of Object.entries(chatopsOutputs(result)))
        ctx.setOutput(name, value);
    await ctx.writeReport('chatops', result);
    ctx.summary(renderChatopsSummary(result));
    ctx.info(`chatops: ${result.decision} (${result.code}): ${inert(result.reason)}`);
    return result.decision === 'failed' ? { failed: inert(result.reason) } : {};
}
/** Runs the action with the runner's environment: the entry point `dist/chatops/index.js` calls it. */
function run() {
    return (0,_runtime_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runActionSpec */ .v)(chatopsAction);
}


/***/ })

};
