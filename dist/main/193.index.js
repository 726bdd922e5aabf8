export const id = 193;
export const ids = [193];
export const modules = {

/***/ 7193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DeployEngineExecutor: () => (/* binding */ DeployEngineExecutor),
/* harmony export */   fromDeploy: () => (/* binding */ fromDeploy),
/* harmony export */   fromStatus: () => (/* binding */ fromStatus)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _deploy_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6977);


/**
 * Runs authorised commands through the deploy engine: the same providers, strategies, locks and state as the
 * deploy action and the CLI. The commenter is the actor written into locks and records.
 */
class DeployEngineExecutor {
    loaded;
    options;
    api;
    constructor(loaded, options = {}, api = _deploy_engine_js__WEBPACK_IMPORTED_MODULE_1__) {
        this.loaded = loaded;
        this.options = options;
        this.api = api;
    }
    handles(command) {
        return command.name !== 'deploy' || this.options.deployFromWorkspace === true;
    }
    async run(command, context) {
        const { deployFromWorkspace: _unused, ...engineOptions } = this.options;
        const options = { ...engineOptions, dryRun: context.dryRun };
        const actor = context.actor;
        switch (command.name) {
            case 'deploy':
                if (!command.version) {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`/deploy needs a version to deploy: /deploy ${command.model}@<version> to ${command.env}`);
                }
                return fromDeploy(await this.api.deploy(this.loaded, { environment: command.env, model: command.model, version: command.version, actor }, options));
            case 'promote':
                return fromDeploy(await this.api.promote(this.loaded, { model: command.model, to: command.env, version: command.version, actor }, options));
            case 'rollback':
                return fromDeploy(await this.api.rollback(this.loaded, { environment: command.env, to: command.version, actor }, options));
            case 'status':
                return fromStatus(await this.api.status(this.loaded, { environment: command.env }, options));
            case 'lock': {
                const r = await this.api.lock(this.loaded, { environment: command.env, reason: command.reason, actor }, options);
                return { ok: true, message: r.message, steps: [{ name: 'lock', status: context.dryRun ? 'planned' : 'ok', detail: r.message }] };
            }
            case 'unlock': {
                const r = await this.api.unlock(this.loaded, { environment: command.env, actor }, options);
                return { ok: true, message: r.message, steps: [{ name: 'unlock', status: context.dryRun ? 'planned' : 'ok', detail: r.message }] };
            }
            case 'help':
                return { ok: true, message: 'help shown', steps: [] };
        }
    }
}
function fromDeploy(r) {
    return {
        ok: r.outcome !== 'aborted',
        message: r.message,
        steps: r.steps.map((s) => ({ name: s.name, status: s.status, detail: s.detail })),
        version: r.liveVersion ?? r.version ?? undefined,
        environmentUrl: httpUrl(r.url),
        deploymentUrl: httpUrl(r.deploymentId),
    };
}
function fromStatus(r) {
    const rows = r.environments.map((e) => {
        const lock = e.lock ? `🔒 ${e.lock.owner}${e.lock.reason ? `: ${e.lock.reason}` : ''}` : '';
        const interrupted = e.interrupted ? `⚠️ interrupted at ${e.interrupted.step}` : '';
        return `| ${e.environment} | ${e.model} | ${e.liveVersion ?? '—'} | ${e.strategy} | ${e.rollbackTarget ?? '—'} | ${[lock, interrupted].filter(Boolean).join(' ').replace(/\|/g, '\\|').replace(/</g, '&lt;')} |`;
    });
    const details = ['| Environment | Model | Live | Strategy | Rollback to | Notes |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
    return { ok: true, message: `${r.environments.length} environment/model pair(s)`, steps: [], details };
}
function httpUrl(value) {
    return value && /^https?:\/\/[^\s()]+$/.test(value) ? value : undefined;
}


/***/ })

};
