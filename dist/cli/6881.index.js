export const id = 6881;
export const ids = [6881,2020,9639,8571,2489,9621];
export const modules = {

/***/ 29112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ defaultBatchRoot),
/* harmony export */   e: () => (/* binding */ BATCH_DEFAULTS)
/* harmony export */ });
/** The `provider: {type: batch}` of an environment (schema/sections/environments.defs.json is the authority). */
const BATCH_DEFAULTS = {
    chunkRows: 10_000,
    batchRows: 1_024,
    maxErrorRate: 0,
    outputFormat: 'csv',
};
function defaultBatchRoot(environment) {
    return `.modelship/batch/${environment}`;
}


/***/ }),

/***/ 56881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mS: () => (/* binding */ liveModel),
/* harmony export */   w5: () => (/* binding */ batchEnvironment),
/* harmony export */   x7: () => (/* binding */ versionedModel)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _deploy_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29621);
/* harmony import */ var _deploy_providers_batch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73510);
/* harmony import */ var _deploy_state_select_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42489);







/** A batch environment and its provider settings. */
function batchEnvironment(loaded, name) {
    const env = (0,_deploy_config_js__WEBPACK_IMPORTED_MODULE_4__.environmentOf)(loaded, name);
    if (env.provider.type !== 'batch') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`environment "${name}" uses provider "${env.provider.type}": batch runs need a batch environment`, {
            location: loaded.locate(['environments', name, 'provider', 'type']),
            hint: 'give it provider: { type: batch, input: ..., output: ... } (docs/batch.md), or run a version directly with --model NAME@VERSION',
        });
    }
    const spec = env.provider;
    return { env, spec, provider: _deploy_providers_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .BatchProvider */ .u.fromSpec(spec, loaded, env) };
}
/**
 * The version live in a batch environment now, read into memory and checked against the sha256 its
 * deployment recorded. The run keeps these bytes: a deploy during the run changes the next run, not this one.
 */
async function liveModel(loaded, environment, requestedModel, options = {}) {
    const { env, provider } = batchEnvironment(loaded, environment);
    const model = (0,_deploy_config_js__WEBPACK_IMPORTED_MODULE_4__.modelNameOf)(loaded, requestedModel);
    const live = await (0,_deploy_state_select_js__WEBPACK_IMPORTED_MODULE_6__.storeFor)(loaded, env, options).current(env.name, model);
    if (!live)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`nothing is live in ${env.name} for ${model}`, { hint: `deploy a version first: modelship deploy ${env.name} VERSION` });
    const installed = provider.artifactOf(model, live.payload.version, live.payload.artifact);
    return { ...(await verifiedBytes(installed, live.payload.sha256, `${model} ${live.payload.version} (live in ${env.name})`)), name: model, version: live.payload.version, environment: env.name };
}
/**
 * `--model NAME@VERSION`: the artifact given with `--artifact`, or the one a deployment of that version
 * recorded in any environment (checked against its sha256). Never a guess from the models section.
 */
async function versionedModel(loaded, reference, artifact, options = {}) {
    const at = reference.lastIndexOf('@');
    if (at <= 0 || at === reference.length - 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`--model "${reference}" is not NAME@VERSION`, { hint: 'e.g. --model iris@1.2.0' });
    const name = (0,_deploy_config_js__WEBPACK_IMPORTED_MODULE_4__.modelNameOf)(loaded, reference.slice(0, at));
    const version = reference.slice(at + 1).replace(/^v(?=\d)/, '');
    if (artifact !== undefined) {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(artifact).catch((err) => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`cannot read the artifact ${artifact}: ${err.message}`);
        });
        return { name, version, sha256: sha256(bytes), bytes };
    }
    for (const env of (0,_deploy_config_js__WEBPACK_IMPORTED_MODULE_4__.environmentsOf)(loaded)) {
        const history = await (0,_deploy_state_select_js__WEBPACK_IMPORTED_MODULE_6__.storeFor)(loaded, env, options).history(env.name, name).catch(() => []);
        const record = history.find((r) => r.payload.version === version && (r.status === 'success' || r.status === 'inactive'));
        if (!record)
            continue;
        const file = env.provider.type === 'batch' ? batchEnvironment(loaded, env.name).provider.artifactOf(name, version, record.payload.artifact) : record.payload.artifact;
        const found = await verifiedBytes(file, record.payload.sha256, `${name} ${version} (deployed to ${env.name})`).catch(() => undefined);
        if (found)
            return { ...found, name, version };
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${name} ${version} was never deployed to an environment of ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(loaded.file)}, so its artifact is unknown`, { hint: `name it: --model ${name}@${version} --artifact PATH` });
}
async function verifiedBytes(file, expected, what) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file).catch((err) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${what}: cannot read ${file}: ${err.message}`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Failed });
    });
    const actual = sha256(bytes);
    if (actual !== expected)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${what}: ${file} has sha256 ${actual.slice(0, 12)}, the deployment recorded ${expected.slice(0, 12)}`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Failed, hint: 'the installed file changed; redeploy the version' });
    return { bytes, sha256: actual };
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}


/***/ }),

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/**
 * A duration in milliseconds from `90`, `1.5s`, `30s`, `5m`, `1h`, `2d`, `1w` or a compound `1h30m`.
 * A bare number is seconds (as in modelship.yml). `what` names the field for the error.
 */
function parseDuration(value, what) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`${what}: expected a duration >= 0, got ${value}`);
        return value * 1000;
    }
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/gy;
    let total = 0;
    let consumed = 0;
    let match;
    while ((match = re.exec(text)) !== null) {
        total += Number(match[1]) * UNITS[match[2]];
        consumed = re.lastIndex;
    }
    if (text === '' || consumed !== text.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`${what}: "${value}" is not a duration`, { hint: 'use a number of seconds or e.g. 500ms, 30s, 5m, 1h30m, 2d' });
    }
    return total;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
    if (ms < 3_600_000)
        return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
    return `${Math.floor(ms / 3_600_000)}h${Math.round((ms % 3_600_000) / 60_000)}m`;
}


/***/ }),

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, nearest */
/** Levenshtein distance, for "did you mean" suggestions on unknown keys, commands and names. */
function editDistance(a, b) {
    const prev = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The closest candidate within a distance that scales with the word, or undefined. */
function nearest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const limit = Math.max(2, Math.floor(word.length / 3));
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
function didYouMean(word, candidates) {
    const n = nearest(word, candidates);
    return n === undefined ? undefined : `did you mean "${n}"?`;
}


/***/ }),

/***/ 29621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_REPOSITORY: () => (/* binding */ DEFAULT_REPOSITORY),
/* harmony export */   DEFAULT_STATE_DIR: () => (/* binding */ DEFAULT_STATE_DIR),
/* harmony export */   environmentOf: () => (/* binding */ environmentOf),
/* harmony export */   environmentsOf: () => (/* binding */ environmentsOf),
/* harmony export */   modelNameOf: () => (/* binding */ modelNameOf)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72020);



const DEFAULT_REPOSITORY = '.modelship/repository';
const DEFAULT_STATE_DIR = '.modelship/deployments';
/** All environments in promotion order (explicit `order`, else position in the file). */
function environmentsOf(loaded) {
    const section = (loaded.config.environments ?? {});
    const list = Object.entries(section).map(([name, spec], index) => ({ name, spec, order: spec.order ?? index }));
    list.sort((a, b) => a.order - b.order);
    return list.map(({ name, spec, order }, i) => {
        const requires = spec.requires ?? (i > 0 ? list[i - 1].name : null);
        if (requires !== null && !Object.hasOwn(section, requires)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environment "${name}" requires unknown environment "${requires}"`, {
                location: loaded.locate(['environments', name, 'requires']),
                hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(requires, Object.keys(section)) ?? `environments: ${Object.keys(section).join(', ')}`,
            });
        }
        const strategy = spec.strategy ?? { type: 'direct' };
        for (const [k, step] of (strategy.steps ?? []).entries()) {
            if (step.pause !== undefined)
                (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(step.pause, `environments.${name}.strategy.steps[${k}].pause`);
        }
        checkHeaderRoute(loaded, name, strategy);
        return {
            name,
            order,
            provider: spec.provider ?? { type: 'local' },
            strategy,
            gates: spec.gates ?? [],
            githubEnvironment: spec.githubEnvironment,
            url: spec.url,
            requires,
            stateDir: spec.stateDir ?? DEFAULT_STATE_DIR,
        };
    });
}
function environmentOf(loaded, name) {
    const all = environmentsOf(loaded);
    const found = all.find((e) => e.name === name);
    if (found === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`unknown environment "${name}" in ${loaded.file}`, {
            location: loaded.locate(['environments']),
            hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(name, all.map((e) => e.name)) ?? (all.length ? `environments: ${all.map((e) => e.name).join(', ')}` : 'add an `environments:` section (see docs/deploy.md)'),
        });
    }
    return found;
}
/** The model a request names, or the only configured one. */
function modelNameOf(loaded, requested) {
    const names = Object.keys(loaded.config.models);
    if (requested !== undefined) {
        if (!Object.hasOwn(loaded.config.models, requested)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`unknown model "${requested}" in ${loaded.file}`, { hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(requested, names) ?? `models: ${names.join(', ')}` });
        }
        return requested;
    }
    if (names.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`${loaded.file} configures ${names.length} models: pass --model NAME`, { hint: `models: ${names.join(', ')}` });
    return names[0];
}
/** The A/B header route: exactly one of `name` and `cookie`, and a regular expression that compiles. */
function checkHeaderRoute(loaded, env, strategy) {
    const h = strategy.header;
    if (!h)
        return;
    const at = ['environments', env, 'strategy', 'header'];
    if ((h.name === undefined) === (h.cookie === undefined)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environments.${env}.strategy.header: give exactly one of "name" (a header) and "cookie"`, { location: loaded.locate(at) });
    }
    if (h.match === 'regex') {
        try {
            new RegExp(h.value, 'u');
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environments.${env}.strategy.header.value is not a valid regular expression: ${err.message}`, { location: loaded.locate([...at, 'value']) });
        }
    }
}


/***/ }),

/***/ 73510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ BatchProvider)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _batch_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29112);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48605);



/**
 * A scheduled scoring environment: versions are installed as in the local model repository
 * (`<root>/<model>/<version>/model.onnx`, verified by sha256), and "traffic" is which version the next
 * `modelship batch run ENV` loads. There is no live traffic to split, so only direct and blue-green apply.
 */
class BatchProvider {
    type = 'batch';
    repository;
    constructor(root) {
        this.repository = new _local_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalProvider */ .T(root);
    }
    static fromSpec(spec, loaded, env) {
        if (env.strategy.type !== 'direct' && env.strategy.type !== 'blue-green') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`environment "${env.name}": a batch environment switches whole runs, so strategy "${env.strategy.type}" does not apply`, {
                location: loaded.locate(['environments', env.name, 'strategy', 'type']),
                hint: 'use strategy direct or blue-green, and gate the switch on `modelship batch compare`',
            });
        }
        return new BatchProvider(loaded.resolvePath(spec.root ?? (0,_batch_config_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultBatchRoot */ ._)(env.name), ['environments', env.name, 'provider', 'root']));
    }
    /** The installed artifact of a version: what a run loads (then checks against the recorded sha256). */
    artifactOf(model, version, artifact) {
        return `${this.repository.versionDir(model, version)}/${_local_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalProvider */ .T.artifactName({ artifact })}`;
    }
    prepare(ctx, target) {
        return this.repository.prepare(ctx, target);
    }
    verify(ctx, target) {
        return this.repository.verify(ctx, target);
    }
    async shiftTraffic(ctx, traffic, target) {
        return `next runs: ${(await this.repository.shiftTraffic(ctx, traffic, target)).replace(/^routing /, '')}`;
    }
    finalize(ctx, traffic, target) {
        return this.repository.finalize(ctx, traffic, target);
    }
    revert(ctx, lastGood) {
        return this.repository.revert(ctx, lastGood);
    }
    observe(ctx) {
        return this.repository.observe(ctx);
    }
}


/***/ }),

/***/ 48605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ LocalProvider),
/* harmony export */   h: () => (/* binding */ describeTraffic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21106);





const VERSION_NAME = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;
/**
 * The embedded default: a model repository folder `<root>/<model>/<version>/` (the layout Triton and TF
 * Serving load) plus `<root>/<model>/routing.json`. Version folders are written under a temp name and
 * renamed into place; routing.json is written atomically. Nothing a reader sees is ever half-written.
 */
class LocalProvider {
    root;
    type = 'local';
    constructor(root) {
        this.root = root;
    }
    modelDir(model) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.root, safeName(model, 'model'));
    }
    versionDir(model, version) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.modelDir(model), safeName(version, 'version'));
    }
    routingFile(model) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.modelDir(model), 'routing.json');
    }
    static artifactName(target) {
        return `model${node_path__WEBPACK_IMPORTED_MODULE_2___default().extname(target.artifact) || '.onnx'}`;
    }
    async prepare(_ctx, target) {
        const dir = this.versionDir(target.model, target.version);
        const name = LocalProvider.artifactName(target);
        if (await exists(dir)) {
            const installed = await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q3)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name)).catch(() => undefined);
            if (installed === target.sha256)
                return `${dir} already holds ${target.version} (sha256 ${short(target.sha256)})`;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${dir} holds a different artifact for version ${target.version} (sha256 ${installed ? short(installed) : 'unreadable'}, expected ${short(target.sha256)})`, {
                hint: 'a version is immutable: publish the change as a new version',
            });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.modelDir(target.model), { recursive: true });
        const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.modelDir(target.model), `.${target.version}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(temp);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(target.artifact, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(temp, name));
            const copied = await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q3)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(temp, name));
            if (copied !== target.sha256)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`the copy of ${target.artifact} has sha256 ${short(copied)}, expected ${short(target.sha256)}: the artifact changed during the deploy`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(temp, 'SHA256SUMS'), `${target.sha256}  ${name}\n`);
            const metadata = { model: target.model, version: target.version, sha256: target.sha256, format: target.format, ...(target.signature ? { signature: target.signature } : {}), deployedAt: new Date().toISOString() };
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(temp, 'metadata.json'), `${JSON.stringify(metadata, null, 2)}\n`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, dir);
            await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .fsyncDir */ .t_)(this.modelDir(target.model));
        }
        catch (err) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { recursive: true, force: true });
            throw err;
        }
        return `copied to ${dir} (sha256 ${short(target.sha256)})`;
    }
    async verify(_ctx, target) {
        const dir = this.versionDir(target.model, target.version);
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, LocalProvider.artifactName(target));
        const actual = await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256File */ .Q3)(file).catch(() => undefined);
        if (actual !== target.sha256)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${file}: sha256 ${actual ? short(actual) : 'missing'}, expected ${short(target.sha256)}`);
        const metadata = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'metadata.json'), 'utf8'));
        if (metadata.version !== target.version)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${dir}/metadata.json names version ${metadata.version}, expected ${target.version}`);
        return `sha256 ${short(actual)} verified in ${dir}`;
    }
    async shiftTraffic(_ctx, traffic, target) {
        await this.writeRouting(target.model, traffic);
        return `routing ${describeTraffic(traffic)}`;
    }
    async finalize(_ctx, traffic, target) {
        await this.writeRouting(target.model, traffic);
        return `routing final: ${describeTraffic(traffic)}`;
    }
    async revert(ctx, lastGood) {
        await this.writeRouting(ctx.model, lastGood);
        return `routing restored: ${describeTraffic(lastGood)}`;
    }
    async observe(ctx) {
        return this.readRouting(ctx.model);
    }
    /** The version folder's artifact and the sha256 its SHA256SUMS records (prepare writes both). */
    async installed(ctx, version) {
        const dir = this.versionDir(ctx.model, version);
        const sums = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'SHA256SUMS'), 'utf8').catch(() => undefined);
        const line = sums?.split('\n').map((l) => l.trim().match(/^([0-9a-f]{64})\s+\*?(\S.*)$/i)).find((m) => m !== null && m !== undefined);
        if (!line)
            return (await exists(dir)) ? { sha256: 'unreadable', artifact: dir } : undefined;
        return { sha256: line[1].toLowerCase(), artifact: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(line[2])) };
    }
    async readRouting(model) {
        const file = this.routingFile(model);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        try {
            return JSON.parse(text);
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${file} is not valid JSON: ${err.message}`, { location: { file } });
        }
    }
    async writeRouting(model, traffic) {
        for (const version of Object.keys(traffic.weights)) {
            if (!(await exists(this.versionDir(model, version))))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`cannot route to ${model} ${version}: ${this.versionDir(model, version)} does not exist`);
        }
        const previous = await this.readRouting(model).catch(() => undefined);
        // Only the traffic fields: a TrafficState read back by observe() is a whole routing file, whose old
        // generation must not overwrite the new one.
        const { stable, candidate, previous: prev, weights, headerRoutes, sticky, shadow, strategy } = traffic;
        const routing = { schema: 1, model, generation: (previous?.generation ?? 0) + 1, stable, candidate, previous: prev, weights, headerRoutes, sticky, shadow, strategy, updatedAt: new Date().toISOString() };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.modelDir(model), { recursive: true });
        await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(this.routingFile(model), `${JSON.stringify(routing, null, 2)}\n`);
    }
}
function describeTraffic(t) {
    const weights = Object.entries(t.weights).map(([v, w]) => `${v}=${w}%`).join(' ') || 'none';
    const extra = [t.shadow ? `shadow ${t.shadow.version} ${t.shadow.percent}%` : '', ...t.headerRoutes.map((r) => `${r.header}:${r.value}->${r.version}`)].filter(Boolean);
    return `${weights}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}
function safeName(name, what) {
    if (!VERSION_NAME.test(name) || name === '.' || name === '..')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${what} "${name}" cannot name a folder: use letters, digits, . _ + - (max 128)`);
    return name;
}
async function exists(p) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(p).then(() => true, () => false);
}
function short(sha) {
    return sha.slice(0, 12);
}


/***/ }),

/***/ 42489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   storeFor: () => (/* binding */ storeFor)
/* harmony export */ });
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67314);

/** The store given by the caller (GitHub Deployments in actions), else the environment's local state file. */
function storeFor(loaded, env, options) {
    return options.store ?? new _local_js__WEBPACK_IMPORTED_MODULE_0__/* .LocalDeploymentStore */ .oF(loaded.resolvePath(env.stateDir, ['environments', env.name, 'stateDir']));
}


/***/ })

};
