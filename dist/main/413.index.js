export const id = 413;
export const ids = [413,6706];
export const modules = {

/***/ 40413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DeployEngineExecutor: () => (/* binding */ DeployEngineExecutor)
});

// UNUSED EXPORTS: fromDeploy, fromStatus

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/deploy/config.ts
var config = __webpack_require__(29621);
// EXTERNAL MODULE: ./src/deploy/engine.ts + 28 modules
var engine = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/chatops/progress-store.ts
/**
 * The engine's deployment store, watched: it passes every call to the real store (the GitHub Deployments API
 * or the local state file, per environment) and reports progress when the deployment is recorded and when
 * each step ends, so a reply can show a long canary as it goes. Nothing is decided here: what the engine
 * reads and writes is exactly what the real store answers. A progress report that fails is swallowed; the
 * rollout never waits on, or stops for, the reply.
 */
class ProgressStore {
    resolve;
    primary;
    onProgress;
    linkOf;
    stores = new Map();
    steps = [];
    deploymentUrl;
    constructor(resolve, 
    /** The environment the command changes, whose store names the state in messages. */
    primary, onProgress, linkOf) {
        this.resolve = resolve;
        this.primary = primary;
        this.onProgress = onProgress;
        this.linkOf = linkOf;
    }
    of(environment) {
        let store = this.stores.get(environment);
        if (!store) {
            store = this.resolve(environment);
            this.stores.set(environment, store);
        }
        return store;
    }
    get location() {
        return this.of(this.primary).location;
    }
    current(environment, model) {
        return this.of(environment).current(environment, model);
    }
    history(environment, model) {
        return this.of(environment).history(environment, model);
    }
    async create(environment, payload, actor) {
        const record = await this.of(environment).create(environment, payload, actor);
        this.deploymentUrl = httpUrl(this.linkOf?.(environment, record.id));
        await this.report();
        return record;
    }
    async step(record, step) {
        await this.of(record.environment).step(record, step);
        // A step is journaled when it starts and when it ends; people are told when it ends.
        if (step.status === 'started')
            return;
        this.steps.push({ name: step.name, status: step.status, detail: step.detail });
        await this.report();
    }
    finish(record, status, description, url) {
        return this.of(record.environment).finish(record, status, description, url);
    }
    lock(environment, info, takeOver) {
        return this.of(environment).lock(environment, info, takeOver);
    }
    get pollMs() {
        return this.of(this.primary).pollMs;
    }
    request(record, request) {
        return this.of(record.environment).request(record, request);
    }
    requests(record) {
        return this.of(record.environment).requests(record);
    }
    heartbeat(record, note) {
        return this.of(record.environment).heartbeat(record, note);
    }
    unlock(environment, owner, force) {
        return this.of(environment).unlock(environment, owner, force);
    }
    lockInfo(environment) {
        return this.of(environment).lockInfo(environment);
    }
    async report() {
        try {
            await this.onProgress({ steps: [...this.steps], ...(this.deploymentUrl ? { deploymentUrl: this.deploymentUrl } : {}) });
        }
        catch {
            // The reply is feedback, not the record: the caller reports its own failures.
        }
    }
}
/** Only plain http(s) links reach a reply. */
function httpUrl(value) {
    return value && /^https?:\/\/[^\s()<>]+$/.test(value) ? value : undefined;
}

// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
;// CONCATENATED MODULE: ./src/chatops/deploy-executor.ts






/**
 * Runs authorised commands through the deploy engine: the same providers, strategies, locks and state as the
 * deploy action and the CLI. The commenter is the actor written into locks and records.
 */
class DeployEngineExecutor {
    loaded;
    options;
    api;
    constructor(loaded, options = {}, api = engine) {
        this.loaded = loaded;
        this.options = options;
        this.api = api;
    }
    handles(command) {
        return command.name !== 'deploy' || this.options.deployFromWorkspace === true;
    }
    async run(command, context) {
        const { deployFromWorkspace: _unused, deploymentUrl: link, ...engineOptions } = this.options;
        const options = { ...engineOptions, dryRun: context.dryRun };
        const actor = context.actor;
        // Rollouts report progress through the store they write to: the deployment once recorded, each step as it ends.
        const rollout = () => {
            if (!context.progress || context.dryRun)
                return options;
            const store = new ProgressStore((e) => (0,engine.storeFor)(this.loaded, (0,config.environmentOf)(this.loaded, e), options), command.env, context.progress, link);
            return { ...options, store };
        };
        switch (command.name) {
            case 'deploy':
                if (!command.version) {
                    throw new errors.ModelshipError(`/deploy needs a version to deploy: /deploy ${command.model}@<version> to ${command.env}`);
                }
                return fromDeploy(await this.api.deploy(this.loaded, { environment: command.env, model: command.model, version: command.version, actor }, rollout()), link);
            case 'promote':
                return fromDeploy(await this.api.promote(this.loaded, { model: command.model, to: command.env, version: command.version, actor }, rollout()), link);
            case 'rollback':
                return fromDeploy(await this.api.rollback(this.loaded, { environment: command.env, to: command.version, actor }, rollout()), link);
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
            case 'rollout': {
                // retry runs the rollout here (like /deploy); the other actions are requests the running rollout applies.
                if (command.action === 'retry')
                    return fromDeploy(await this.api.retry(this.loaded, { environment: command.env, actor }, rollout()), link);
                const r = await this.api.control(this.loaded, { environment: command.env, action: command.action, actor }, options);
                return { ok: true, message: r.message, version: r.version, steps: [{ name: `rollout ${r.action}`, status: r.outcome === 'planned' ? 'planned' : r.outcome === 'reverted' ? 'reverted' : 'ok', detail: r.message }] };
            }
            case 'help':
                return { ok: true, message: 'help shown', steps: [] };
        }
    }
}
function fromDeploy(r, link) {
    return {
        ok: r.outcome !== 'aborted',
        message: r.message,
        steps: r.steps.map((s) => ({ name: s.name, status: s.status, detail: s.detail })),
        version: r.liveVersion ?? r.version ?? undefined,
        environmentUrl: httpUrl(r.url),
        deploymentUrl: r.deploymentId && link ? httpUrl(link(r.environment, r.deploymentId)) : undefined,
    };
}
function fromStatus(r) {
    const rows = r.environments.map((e) => {
        const lock = e.lock ? `🔒 ${e.lock.owner}${e.lock.reason ? `: ${e.lock.reason}` : ''}` : '';
        const interrupted = e.interrupted ? `⚠️ interrupted at ${e.interrupted.step}` : '';
        return `| ${e.environment} | ${e.model} | ${e.liveVersion ?? '—'} | ${e.strategy} | ${e.rollbackTarget ?? '—'} | ${(0,markdown/* withoutHtml */.Q4)((0,markdown/* tableCell */.xR)([lock, interrupted].filter(Boolean).join(' ')))} |`;
    });
    const details = ['| Environment | Model | Live | Strategy | Rollback to | Notes |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
    return { ok: true, message: `${r.environments.length} environment/model pair(s)`, steps: [], details };
}


/***/ }),

/***/ 16706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ withoutHtml),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/* unused harmony export tableRow */
/**
 * Markdown for job summaries, pull-request comments and release notes (GitHub-flavoured Markdown).
 * One place decides what makes a table cell safe, so every table escapes the same way.
 */
/**
 * Text for one cell of a GFM table: a `|` would end the cell and a line break the row, so pipes are escaped
 * (GFM unescapes them before the cell's inline content is read, inside code spans too) and line breaks become
 * spaces.
 */
function tableCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ');
}
/** Text that must not open an HTML tag (untrusted text in a comment): `<` becomes `&lt;`, which GitHub shows as `<`. */
function withoutHtml(text) {
    return text.replace(/</g, '&lt;');
}
/** One table row from cells that are already Markdown. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}


/***/ })

};
