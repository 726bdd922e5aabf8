export const id = 3153;
export const ids = [3153];
export const modules = {

/***/ 13153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployAction: () => (/* binding */ deployAction),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/core/signals.ts
/**
 * A rollout run from the CLI (or an action) that receives SIGINT or SIGTERM — Ctrl-C, a cancelled workflow
 * (the runner sends SIGINT, then SIGTERM) — aborts: the engine reverts to the last good version and
 * journals why, then the command exits 1 as for any aborted rollout. A second signal exits at once
 * (130/143); the journal then shows the rollout in progress and the next command recovers it.
 */
async function abortOnSignals(work, proc = process) {
    const controller = new AbortController();
    const handler = (name) => {
        if (controller.signal.aborted)
            proc.exit(name === 'SIGINT' ? 130 : 143);
        controller.abort(name);
    };
    proc.on('SIGINT', handler);
    proc.on('SIGTERM', handler);
    try {
        return await work(controller.signal);
    }
    finally {
        proc.off('SIGINT', handler);
        proc.off('SIGTERM', handler);
    }
}

// EXTERNAL MODULE: ./src/actions/runtime/runner.ts
var runner = __webpack_require__(37276);
// EXTERNAL MODULE: ./src/actions/runtime/main.ts + 4 modules
var main = __webpack_require__(70445);
;// CONCATENATED MODULE: ./src/actions/deploy.ts





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
            Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(2088), __webpack_require__.e(6752), __webpack_require__.e(663), __webpack_require__.e(2773), __webpack_require__.e(9607), __webpack_require__.e(3582), __webpack_require__.e(1464), __webpack_require__.e(5158), __webpack_require__.e(7417), __webpack_require__.e(2484), __webpack_require__.e(1988), __webpack_require__.e(8061), __webpack_require__.e(9691)]).then(__webpack_require__.bind(__webpack_require__, 9691)),
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
        // The post step (dist/deploy-post) returns traffic to the last good version if this job ends mid-rollout.
        if (!options.dryRun)
            saveRolloutState(ctx.env, command === 'promote' ? given.to : given.environment);
        // A cancelled job: the runner sends SIGINT, then SIGTERM; the rollout aborts and reverts.
        const result = await abortOnSignals(async (signal) => {
            const run = { ...options, signal };
            if (command === 'deploy')
                return engine.deploy(loaded, await requests.deployRequest(loaded, given, surface), run);
            if (command === 'promote')
                return engine.promote(loaded, requests.promoteRequest(given, surface), run);
            return engine.rollback(loaded, requests.rollbackRequest(given, surface), run);
        });
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
/** What the post step reads (as STATE_<name>): the environment, and the process that holds its lock. */
function saveRolloutState(env, environment) {
    if (!env.GITHUB_STATE || !environment)
        return;
    const values = { rollout_environment: environment, rollout_pid: String(process.pid), rollout_host: external_node_os_default().hostname() };
    for (const [name, value] of Object.entries(values))
        (0,external_node_fs_.appendFileSync)(env.GITHUB_STATE, (0,runner/* fileCommandBlock */.Vo)(name, value), 'utf8');
}
/** Runs the action with the runner's environment: the entry point `dist/deploy/index.js` calls it. */
function run() {
    return (0,main/* runActionSpec */.v)(deployAction);
}


/***/ })

};
