export const id = 3800;
export const ids = [3800];
export const modules = {

/***/ 83800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployAction: () => (/* binding */ deployAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runtime_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3597);

/** How the deploy request names this action's inputs. */
function actionSurface(ctx) {
    return {
        cwd: ctx.workspace,
        env: ctx.env,
        labels: { environment: 'input "environment"', model: 'input "model"', version: 'input "version"', artifact: 'input "artifact"', to: 'input "to"' },
        versionHint: (environment, version) => `environment: ${environment}, version: ${version}`,
        log: ctx.info,
    };
}
/**
 * deploy / promote / rollback / status / lock / unlock through src/deploy/engine.ts. With `state: github` (the default)
 * the Deployments API is the record and the lock is a branch that survives the job; `state: local` uses
 * the state file in the workspace. A failed or aborted rollout fails the step, saying which version the
 * environment was left on.
 */
const deployAction = {
    name: 'deploy',
    async run(ctx) {
        const loaded = await ctx.loadConfig();
        const [engine, { renderLockMarkdown, renderResultMarkdown, renderStatusMarkdown, renderStatusText }, requests, { deploymentStoreFor }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2088), __webpack_require__.e(663), __webpack_require__.e(6546), __webpack_require__.e(4685), __webpack_require__.e(12), __webpack_require__.e(1988), __webpack_require__.e(5158), __webpack_require__.e(7417), __webpack_require__.e(9873), __webpack_require__.e(1418), __webpack_require__.e(7814)]).then(__webpack_require__.bind(__webpack_require__, 57814)),
            __webpack_require__.e(/* import() */ 7015).then(__webpack_require__.bind(__webpack_require__, 37015)),
            __webpack_require__.e(/* import() */ 4046).then(__webpack_require__.bind(__webpack_require__, 84046)),
            __webpack_require__.e(/* import() */ 8953).then(__webpack_require__.bind(__webpack_require__, 78953)),
        ]);
        const command = requests.deployCommandOf(ctx.inputs.string('command'), 'input "command"');
        const { store } = await deploymentStoreFor(ctx, loaded);
        const options = { dryRun: ctx.inputs.boolean('dry-run', false), store, log: ctx.info };
        const given = {
            environment: ctx.inputs.string('environment'),
            model: ctx.inputs.string('model'),
            version: ctx.inputs.string('version'),
            artifact: ctx.inputs.string('artifact'),
            resume: ctx.inputs.boolean('resume', false),
            to: ctx.inputs.string('to'),
            reason: ctx.inputs.string('reason'),
            force: ctx.inputs.boolean('force', false),
        };
        if (command === 'status') {
            const result = await engine.status(loaded, { environment: given.environment, model: given.model }, options);
            await ctx.writeReport('deploy', result);
            const first = result.environments[0];
            if (first) {
                ctx.setOutput('environment', first.environment);
                ctx.setOutput('version', first.liveVersion ?? '');
            }
            ctx.summary(renderStatusMarkdown(result));
            ctx.info(renderStatusText(result));
            return;
        }
        const surface = actionSurface(ctx);
        if (command === 'lock' || command === 'unlock') {
            const request = requests.lockRequest(command, given, surface);
            const result = command === 'lock' ? await engine.lock(loaded, request, options) : await engine.unlock(loaded, request, options);
            await ctx.writeReport('deploy', result);
            ctx.setOutput('environment', result.environment);
            ctx.summary(renderLockMarkdown(result));
            ctx.info(result.message);
            return;
        }
        let result;
        if (command === 'deploy')
            result = await engine.deploy(loaded, await requests.deployRequest(loaded, given, surface), options);
        else if (command === 'promote')
            result = await engine.promote(loaded, requests.promoteRequest(given, surface), options);
        else
            result = await engine.rollback(loaded, requests.rollbackRequest(given, surface), options);
        await ctx.writeReport('deploy', result);
        ctx.setOutput('environment', result.environment);
        ctx.setOutput('version', result.liveVersion ?? '');
        ctx.setOutput('previous-version', result.previousVersion ?? '');
        ctx.setOutput('outcome', result.outcome);
        ctx.setOutput('url', result.url ?? '');
        ctx.summary(renderResultMarkdown(result));
        ctx.info(result.message);
        if (result.outcome === 'aborted')
            return { failed: result.message };
    },
};
/** Runs the action with the runner's environment: the entry point `dist/deploy/index.js` calls it. */
function run() {
    return (0,_runtime_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runActionSpec */ .v)(deployAction);
}


/***/ })

};
