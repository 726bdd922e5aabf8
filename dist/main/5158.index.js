export const id = 5158;
export const ids = [5158,2489,9621,6745];
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

/***/ 21106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   f1: () => (/* binding */ sha256Text),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Writes a file so a reader never sees it half-written: temp file in the same folder (same file system,
 * so rename is atomic), fsync, rename over the target, fsync the folder so the rename survives a crash.
 */
async function writeFileAtomic(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, 'wx', 0o644);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw err;
    }
    await fsyncDir(dir);
}
async function fsyncDir(dir) {
    // Some platforms refuse to open folders for fsync; durability of the rename is then best effort.
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        /* best effort */
    }
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function sha256Text(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 29621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BANDIT_DEFAULTS: () => (/* binding */ BANDIT_DEFAULTS),
/* harmony export */   DEFAULT_PROGRESS_DEADLINE: () => (/* binding */ DEFAULT_PROGRESS_DEADLINE),
/* harmony export */   DEFAULT_REPOSITORY: () => (/* binding */ DEFAULT_REPOSITORY),
/* harmony export */   DEFAULT_STATE_DIR: () => (/* binding */ DEFAULT_STATE_DIR),
/* harmony export */   environmentOf: () => (/* binding */ environmentOf),
/* harmony export */   environmentsOf: () => (/* binding */ environmentsOf),
/* harmony export */   modelNameOf: () => (/* binding */ modelNameOf),
/* harmony export */   pauseMsOf: () => (/* binding */ pauseMsOf),
/* harmony export */   progressDeadlineMs: () => (/* binding */ progressDeadlineMs)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72020);



/** Argo Rollouts' `progressDeadlineSeconds` default (600 s): a rollout that shows no progress for this long has failed. */
const DEFAULT_PROGRESS_DEADLINE = '10m';
const BANDIT_DEFAULTS = { algorithm: 'thompson', reward: 'binary', floor: 0.05, epsilon: 0.1, bound: 0.95, minRewards: 200, interval: '30s' };
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environment "${name}" requires unknown environment "${requires}"`, {
                location: loaded.locate(['environments', name, 'requires']),
                hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(requires, Object.keys(section)) ?? `environments: ${Object.keys(section).join(', ')}`,
            });
        }
        const strategy = spec.strategy ?? { type: 'direct' };
        for (const [k, step] of (strategy.steps ?? []).entries())
            pauseMsOf(step.pause, `environments.${name}.strategy.steps[${k}].pause`);
        if ((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(strategy.progressDeadline ?? DEFAULT_PROGRESS_DEADLINE, `environments.${name}.strategy.progressDeadline`) <= 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${name}.strategy.progressDeadline must be longer than 0`, { location: loaded.locate(['environments', name, 'strategy', 'progressDeadline']) });
        }
        checkHeaderRoute(loaded, name, strategy);
        checkBandit(loaded, name, strategy, spec.provider?.type ?? 'local');
        checkAnalyses(loaded, name, strategy);
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
/** A step's pause in ms: undefined for none, null for `{}` (until promoted). */
function pauseMsOf(pause, what) {
    if (pause === undefined)
        return undefined;
    if (typeof pause === 'object' && pause !== null)
        return pause.duration === undefined ? null : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(pause.duration, `${what}.duration`);
    return (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(pause, what);
}
/** The environment's progress deadline in ms. */
function progressDeadlineMs(env) {
    return (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(env.strategy.progressDeadline ?? DEFAULT_PROGRESS_DEADLINE, `environments.${env.name}.strategy.progressDeadline`);
}
function environmentOf(loaded, name) {
    const all = environmentsOf(loaded);
    const found = all.find((e) => e.name === name);
    if (found === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`unknown environment "${name}" in ${loaded.file}`, {
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`unknown model "${requested}" in ${loaded.file}`, { hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(requested, names) ?? `models: ${names.join(', ')}` });
        }
        return requested;
    }
    if (names.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${loaded.file} configures ${names.length} models: pass --model NAME`, { hint: `models: ${names.join(', ')}` });
    return names[0];
}
/** What the schema cannot say of an analysis: durations that parse, and `count > 1` only with an `interval`. */
function checkAnalyses(loaded, env, strategy) {
    for (const key of ['analysis', 'prePromotionAnalysis', 'postPromotionAnalysis']) {
        const a = strategy[key];
        if (!a)
            continue;
        const where = `environments.${env}.strategy.${key}`;
        if (a.interval !== undefined)
            (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(a.interval, `${where}.interval`);
        if (a.sequential?.window !== undefined)
            (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(a.sequential.window, `${where}.sequential.window`);
        if ((a.count ?? 1) > 1 && a.interval === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${where}: count ${a.count} needs an interval between the measurements`, { location: loaded.locate(['environments', env, 'strategy', key, 'count']), hint: 'add e.g. interval: 30s' });
        }
        if (key !== 'analysis' && strategy.type !== 'blue-green') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${where} is for blue-green; a ${strategy.type} rollout never runs it`, { location: loaded.locate(['environments', env, 'strategy', key]), hint: 'use strategy.analysis' });
        }
    }
}
/** What the schema cannot say of a bandit: the local provider (serve allocates), a floor every arm can keep, a parsable interval. */
function checkBandit(loaded, env, strategy, provider) {
    if (strategy.type !== 'bandit') {
        if (strategy.bandit)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}.strategy.bandit is for strategy type bandit, not ${strategy.type}`, { location: loaded.locate(['environments', env, 'strategy', 'bandit']) });
        return;
    }
    const at = ['environments', env, 'strategy'];
    if (provider !== 'local') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}: strategy bandit needs the local provider (modelship serve allocates the traffic), not ${provider}`, { location: loaded.locate([...at, 'type']), hint: 'use strategy ab with a winner gate on other providers' });
    }
    const b = strategy.bandit ?? {};
    const arms = 2 + (b.arms?.length ?? 0);
    const floor = b.floor ?? BANDIT_DEFAULTS.floor;
    if (floor * arms > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}.strategy.bandit.floor ${floor} cannot hold for ${arms} arms (floor x arms must be at most 1)`, { location: loaded.locate([...at, 'bandit', 'floor']) });
    if ((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(b.interval ?? BANDIT_DEFAULTS.interval, `environments.${env}.strategy.bandit.interval`) <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}.strategy.bandit.interval must be longer than 0`, { location: loaded.locate([...at, 'bandit', 'interval']) });
    if (strategy.duration !== undefined)
        (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(strategy.duration, `environments.${env}.strategy.duration`);
}
/** The A/B header route: exactly one of `name` and `cookie`, and a regular expression that compiles. */
function checkHeaderRoute(loaded, env, strategy) {
    const h = strategy.header;
    if (!h)
        return;
    const at = ['environments', env, 'strategy', 'header'];
    if ((h.name === undefined) === (h.cookie === undefined)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}.strategy.header: give exactly one of "name" (a header) and "cookie"`, { location: loaded.locate(at) });
    }
    if (h.match === 'regex') {
        try {
            new RegExp(h.value, 'u');
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}.strategy.header.value is not a valid regular expression: ${err.message}`, { location: loaded.locate([...at, 'value']) });
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
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65397);



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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`environment "${env.name}": a batch environment switches whole runs, so strategy "${env.strategy.type}" does not apply`, {
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

/***/ 65397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ LocalProvider),
  h: () => (/* binding */ describeTraffic)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/bandit-file.ts
/**
 * `<root>/<model>/bandit.json`: the state of a bandit experiment, beside routing.json. `modelship serve`
 * writes it (atomically, by rename) each time it re-allocates, and reads it back on start, so the posterior
 * survives a restart; the deploy strategy `bandit` reads it to journal the allocation and to decide. One type
 * and one parser for both, here, so neither depends on the other. Layout: docs/deploy.md, "Bandit".
 */
const BANDIT_FILE = 'bandit.json';
function formatBanditFile(state) {
    return `${JSON.stringify(state, null, 2)}\n`;
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v) => typeof v === 'number' && Number.isFinite(v);
/**
 * Parses bandit.json; throws an Error naming the field on anything unexpected (the caller then starts
 * afresh, or reports the state as unreadable: a broken file never steers traffic).
 */
function parseBanditFile(text, file) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${file}: not valid JSON (${err.message})`);
    }
    const fail = (field, expected) => {
        throw new Error(`${file}: "${field}" must be ${expected}`);
    };
    if (!isObj(raw))
        return fail('(top)', 'a JSON object');
    if (raw.schema !== 1)
        fail('schema', '1');
    for (const k of ['model', 'id', 'updatedAt'])
        if (typeof raw[k] !== 'string')
            fail(k, 'a string');
    if (raw.algorithm !== 'thompson' && raw.algorithm !== 'epsilon-greedy')
        fail('algorithm', '"thompson" or "epsilon-greedy"');
    if (raw.reward !== 'binary' && raw.reward !== 'continuous')
        fail('reward', '"binary" or "continuous"');
    if (!Array.isArray(raw.arms) || raw.arms.length < 2 || !raw.arms.every((a) => typeof a === 'string'))
        fail('arms', 'a list of two or more versions');
    const arms = raw.arms;
    if (!isObj(raw.stats))
        fail('stats', 'an object of version -> {n, mean, m2}');
    const stats = {};
    for (const a of arms) {
        const s = raw.stats[a];
        if (!isObj(s) || !Number.isSafeInteger(s.n) || s.n < 0 || !finite(s.mean) || !finite(s.m2) || s.m2 < 0)
            fail(`stats.${a}`, '{n: a non-negative integer, mean: a number, m2: a non-negative number}');
        stats[a] = { n: s.n, mean: s.mean, m2: s.m2 };
    }
    const perArm = (field, lo, hi) => {
        const o = raw[field];
        if (!isObj(o))
            return fail(field, 'an object of version -> number');
        const out = {};
        for (const a of arms) {
            const v = o[a];
            if (!finite(v) || v < lo || v > hi)
                fail(`${field}.${a}`, `a number from ${lo} to ${hi}`);
            out[a] = v;
        }
        return out;
    };
    const allocation = perArm('allocation', 0, 1);
    const probabilityBest = perArm('probabilityBest', 0, 1);
    const means = perArm('means', -Number.MAX_VALUE, Number.MAX_VALUE);
    if (!Number.isSafeInteger(raw.rewards) || raw.rewards < 0)
        fail('rewards', 'a non-negative integer');
    if (!finite(raw.regret))
        fail('regret', 'a number');
    if (raw.winner !== null && !(typeof raw.winner === 'string' && arms.includes(raw.winner)))
        fail('winner', 'one of the arms, or null');
    return {
        schema: 1,
        model: raw.model,
        id: raw.id,
        algorithm: raw.algorithm,
        reward: raw.reward,
        arms,
        stats,
        allocation,
        probabilityBest,
        means,
        rewards: raw.rewards,
        regret: raw.regret,
        winner: raw.winner,
        updatedAt: raw.updatedAt,
    };
}

;// CONCATENATED MODULE: ./src/core/routing-file.ts

/**
 * The routing file that replaces one of generation `previousGeneration` (0 when there was none). Only the
 * traffic fields are taken: a TrafficState read back from a whole routing file must not carry its old
 * generation into the new one.
 */
function nextRoutingFile(model, traffic, previousGeneration, updatedAt) {
    const { stable, candidate, previous, weights, headerRoutes, sticky, shadow, strategy, bandit } = traffic;
    return { schema: 1, model, generation: previousGeneration + 1, stable, candidate, previous, weights, headerRoutes, sticky, shadow, strategy, ...(bandit ? { bandit } : {}), updatedAt: updatedAt.toISOString() };
}
/** The file's text: pretty JSON, one trailing newline. */
function formatRoutingFile(routing) {
    return `${JSON.stringify(routing, null, 2)}\n`;
}
class RoutingError extends errors.ModelshipError {
    constructor(file, message) {
        super(`${file}: ${message}`, { location: { file }, hint: 'the last valid routing stays in force' });
        this.name = 'RoutingError';
    }
}
const KEYS = new Set(['schema', 'model', 'generation', 'stable', 'candidate', 'previous', 'weights', 'headerRoutes', 'sticky', 'shadow', 'strategy', 'bandit', 'updatedAt']);
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
const HEADER = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,128}$/;
/** A cookie name is an RFC 6265 token, like a header name. */
const COOKIE = (/* unused pure expression or super */ null && (HEADER));
const ROUTE_KEYS = new Set(['header', 'cookie', 'value', 'version', 'match']);
/** Compiled patterns of regex routes, compiled once per routing. */
const patterns = new WeakMap();
/** The compiled regular expression of a `match: "regex"` route (compiled once, when parsed or first used). */
function headerRoutePattern(route) {
    let re = patterns.get(route);
    if (!re)
        patterns.set(route, (re = new RegExp(route.value, 'u')));
    return re;
}
const routing_file_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Parses and validates routing.json. Anything unexpected is an error naming the field: the server then keeps
 * the routing it had, so a file caught half-written (or hand-edited wrong) never routes a single request.
 */
function parseRouting(text, file, expectedModel) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new RoutingError(file, `not valid JSON (${err.message})`);
    }
    if (!routing_file_isObj(raw))
        throw new RoutingError(file, 'expected a JSON object');
    const fail = (field, expected) => {
        throw new RoutingError(file, `"${field}" must be ${expected}, got ${JSON.stringify(raw[field.split(/[.[]/)[0]]) ?? 'nothing'}`.slice(0, 400));
    };
    for (const k of Object.keys(raw))
        if (!KEYS.has(k))
            throw new RoutingError(file, `unknown key "${k}"`);
    if (raw.schema !== 1)
        fail('schema', '1');
    if (typeof raw.model !== 'string' || raw.model === '')
        fail('model', 'the model name');
    if (expectedModel !== undefined && raw.model !== expectedModel)
        throw new RoutingError(file, `"model" is "${String(raw.model)}" but the file is in the folder of model "${expectedModel}"`);
    if (!Number.isSafeInteger(raw.generation) || raw.generation < 0)
        fail('generation', 'a non-negative integer');
    const version = (field, v, nullable) => {
        if (v === null && nullable)
            return null;
        if (typeof v !== 'string' || !VERSION.test(v))
            fail(field, nullable ? 'a version string or null' : 'a version string');
        return v;
    };
    const stable = version('stable', raw.stable, false);
    const candidate = version('candidate', raw.candidate ?? null, true);
    const previous = version('previous', raw.previous ?? null, true);
    if (!routing_file_isObj(raw.weights))
        fail('weights', 'an object of version → weight');
    const weights = {};
    let total = 0;
    for (const [v, w] of Object.entries(raw.weights)) {
        if (!VERSION.test(v))
            throw new RoutingError(file, `"weights" has an invalid version key ${JSON.stringify(v)}`);
        if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
            throw new RoutingError(file, `"weights.${v}" must be a non-negative number, got ${JSON.stringify(w)}`);
        weights[v] = w;
        total += w;
    }
    if (total <= 0)
        throw new RoutingError(file, '"weights" must give some version a positive weight');
    const routes = raw.headerRoutes ?? [];
    if (!Array.isArray(routes))
        fail('headerRoutes', 'a list');
    const headerRoutes = routes.map((r, i) => {
        const bad = () => new RoutingError(file, `"headerRoutes[${i}]" must be {header or cookie, value, version, match?: "exact" | "regex"} with strings, got ${JSON.stringify(r)}`.slice(0, 400));
        if (!routing_file_isObj(r) || typeof r.value !== 'string' || typeof r.version !== 'string' || !VERSION.test(r.version))
            throw bad();
        for (const k of Object.keys(r))
            if (!ROUTE_KEYS.has(k))
                throw new RoutingError(file, `"headerRoutes[${i}]" has an unknown key "${k}"`);
        if (r.match !== undefined && r.match !== 'exact' && r.match !== 'regex')
            throw bad();
        const route = { header: '', value: r.value, version: r.version };
        if (r.cookie !== undefined) {
            // A cookie route reads the Cookie header; `header`, when given, must say so.
            if (typeof r.cookie !== 'string' || !COOKIE.test(r.cookie) || (r.header !== undefined && String(r.header).toLowerCase() !== 'cookie'))
                throw bad();
            route.header = 'cookie';
            route.cookie = r.cookie;
        }
        else {
            if (typeof r.header !== 'string' || !HEADER.test(r.header))
                throw bad();
            route.header = r.header.toLowerCase();
        }
        if (r.match === 'regex') {
            route.match = 'regex';
            try {
                patterns.set(route, new RegExp(r.value, 'u'));
            }
            catch (err) {
                throw new RoutingError(file, `"headerRoutes[${i}].value" is not a valid regular expression: ${err.message}`);
            }
        }
        return route;
    });
    let sticky = null;
    if (raw.sticky !== undefined && raw.sticky !== null) {
        if (!routing_file_isObj(raw.sticky) || typeof raw.sticky.header !== 'string' || !HEADER.test(raw.sticky.header))
            fail('sticky', '{"header": "<name>"} or null');
        sticky = { header: raw.sticky.header.toLowerCase() };
    }
    let shadow = null;
    if (raw.shadow !== undefined && raw.shadow !== null) {
        const s = raw.shadow;
        if (!routing_file_isObj(s) || typeof s.version !== 'string' || !VERSION.test(s.version) || typeof s.percent !== 'number' || !(s.percent >= 0 && s.percent <= 100)) {
            fail('shadow', '{"version": "<v>", "percent": 0..100} or null');
        }
        shadow = { version: s.version, percent: s.percent };
    }
    const bandit = raw.bandit === undefined || raw.bandit === null ? null : parseBandit(raw.bandit, weights, file);
    if (raw.strategy !== undefined && typeof raw.strategy !== 'string')
        fail('strategy', 'a string');
    if (raw.updatedAt !== undefined && typeof raw.updatedAt !== 'string')
        fail('updatedAt', 'an ISO date string');
    return {
        schema: 1,
        model: raw.model,
        generation: raw.generation,
        stable,
        candidate,
        previous,
        weights,
        headerRoutes,
        sticky,
        shadow,
        strategy: raw.strategy ?? 'direct',
        ...(bandit ? { bandit } : {}),
        updatedAt: raw.updatedAt ?? '',
    };
}
const BANDIT_KEYS = new Set(['id', 'arms', 'algorithm', 'reward', 'floor', 'epsilon', 'bound', 'minRewards']);
/** The `bandit` object: two or more distinct arms, each with a weight, and every setting in its range. */
function parseBandit(b, weights, file) {
    const bad = (field, expected, got) => {
        throw new RoutingError(file, `"bandit.${field}" must be ${expected}, got ${JSON.stringify(got) ?? 'nothing'}`.slice(0, 400));
    };
    if (!routing_file_isObj(b))
        return bad('', 'an object', b);
    for (const k of Object.keys(b))
        if (!BANDIT_KEYS.has(k))
            throw new RoutingError(file, `"bandit" has an unknown key "${k}"`);
    if (typeof b.id !== 'string' || !/^[A-Za-z0-9._:+@-]{1,200}$/.test(b.id))
        bad('id', 'an experiment id (letters, digits, . _ : + @ -)', b.id);
    const arms = b.arms;
    if (!Array.isArray(arms) || arms.length < 2 || arms.some((a) => typeof a !== 'string' || !VERSION.test(a)) || new Set(arms).size !== arms.length)
        bad('arms', 'a list of two or more distinct versions', arms);
    for (const a of arms)
        if (!Object.hasOwn(weights, a))
            throw new RoutingError(file, `"bandit.arms" names ${a}, which has no entry in "weights"`);
    if (b.algorithm !== 'thompson' && b.algorithm !== 'epsilon-greedy')
        bad('algorithm', '"thompson" or "epsilon-greedy"', b.algorithm);
    if (b.reward !== 'binary' && b.reward !== 'continuous')
        bad('reward', '"binary" or "continuous"', b.reward);
    const k = arms.length;
    const number = (field, lo, hi, v) => (typeof v === 'number' && v >= lo && v <= hi ? v : bad(field, `a number from ${lo} to ${hi}`, v));
    const floor = number('floor', 0, 1 / k, b.floor);
    const epsilon = number('epsilon', 0, 1, b.epsilon);
    const bound = number('bound', 0.5, 1, b.bound);
    if (!Number.isSafeInteger(b.minRewards) || b.minRewards < 0)
        bad('minRewards', 'a non-negative integer', b.minRewards);
    return { id: b.id, arms: [...arms], algorithm: b.algorithm, reward: b.reward, floor, epsilon, bound, minRewards: b.minRewards };
}
/**
 * routing.json as the server applies it: a routing, or null when it says nothing of the model is live
 * (`stable: null`, no weights, no candidate, header route or mirror) — what the deploy engine writes when
 * it reverts a failed first deployment. Anything else is parsed by parseRouting.
 */
function parseRoutingFile(text, file, expectedModel) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return parseRouting(text, file, expectedModel);
    }
    if (!routing_file_isObj(raw) || raw.stable !== null)
        return parseRouting(text, file, expectedModel);
    for (const k of Object.keys(raw))
        if (!KEYS.has(k))
            throw new RoutingError(file, `unknown key "${k}"`);
    if (raw.schema !== 1)
        throw new RoutingError(file, `"schema" must be 1, got ${JSON.stringify(raw.schema) ?? 'nothing'}`);
    if (expectedModel !== undefined && raw.model !== expectedModel)
        throw new RoutingError(file, `"model" is "${String(raw.model)}" but the file is in the folder of model "${expectedModel}"`);
    const weights = raw.weights ?? {};
    const routesTraffic = !routing_file_isObj(weights) || Object.values(weights).some((w) => w !== 0) || (raw.candidate ?? null) !== null || (Array.isArray(raw.headerRoutes) && raw.headerRoutes.length > 0) || (raw.shadow ?? null) !== null;
    if (routesTraffic)
        throw new RoutingError(file, '"stable" is null (nothing live) but the routing sends traffic somewhere (weights, candidate, headerRoutes or shadow)');
    return null;
}

// EXTERNAL MODULE: ./src/deploy/atomic.ts
var atomic = __webpack_require__(21106);
;// CONCATENATED MODULE: ./src/deploy/providers/local.ts







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
        return external_node_path_default().join(this.root, safeName(model, 'model'));
    }
    versionDir(model, version) {
        return external_node_path_default().join(this.modelDir(model), safeName(version, 'version'));
    }
    routingFile(model) {
        return external_node_path_default().join(this.modelDir(model), 'routing.json');
    }
    static artifactName(target) {
        return `model${external_node_path_default().extname(target.artifact) || '.onnx'}`;
    }
    async prepare(_ctx, target) {
        const dir = this.versionDir(target.model, target.version);
        const name = LocalProvider.artifactName(target);
        if (await exists(dir)) {
            const installed = await (0,atomic/* sha256File */.Q3)(external_node_path_default().join(dir, name)).catch(() => undefined);
            if (installed === target.sha256)
                return `${dir} already holds ${target.version} (sha256 ${local_short(target.sha256)})`;
            throw new errors.ModelshipError(`${dir} holds a different artifact for version ${target.version} (sha256 ${installed ? local_short(installed) : 'unreadable'}, expected ${local_short(target.sha256)})`, {
                hint: 'a version is immutable: publish the change as a new version',
            });
        }
        await (0,promises_.mkdir)(this.modelDir(target.model), { recursive: true });
        const temp = external_node_path_default().join(this.modelDir(target.model), `.${target.version}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
        await (0,promises_.mkdir)(temp);
        try {
            await (0,promises_.copyFile)(target.artifact, external_node_path_default().join(temp, name));
            const copied = await (0,atomic/* sha256File */.Q3)(external_node_path_default().join(temp, name));
            if (copied !== target.sha256)
                throw new errors.ModelshipError(`the copy of ${target.artifact} has sha256 ${local_short(copied)}, expected ${local_short(target.sha256)}: the artifact changed during the deploy`);
            await (0,promises_.writeFile)(external_node_path_default().join(temp, 'SHA256SUMS'), `${target.sha256}  ${name}\n`);
            const metadata = { model: target.model, version: target.version, sha256: target.sha256, format: target.format, ...(target.signature ? { signature: target.signature } : {}), ...(target.oci ? { oci: target.oci } : {}), deployedAt: new Date().toISOString() };
            await (0,promises_.writeFile)(external_node_path_default().join(temp, 'metadata.json'), `${JSON.stringify(metadata, null, 2)}\n`);
            await (0,promises_.rename)(temp, dir);
            await (0,atomic/* fsyncDir */.t_)(this.modelDir(target.model));
        }
        catch (err) {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
            throw err;
        }
        return `copied to ${dir} (sha256 ${local_short(target.sha256)})`;
    }
    async verify(_ctx, target) {
        const dir = this.versionDir(target.model, target.version);
        const file = external_node_path_default().join(dir, LocalProvider.artifactName(target));
        const actual = await (0,atomic/* sha256File */.Q3)(file).catch(() => undefined);
        if (actual !== target.sha256)
            throw new errors.ModelshipError(`${file}: sha256 ${actual ? local_short(actual) : 'missing'}, expected ${local_short(target.sha256)}`);
        const metadata = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, 'metadata.json'), 'utf8'));
        if (metadata.version !== target.version)
            throw new errors.ModelshipError(`${dir}/metadata.json names version ${metadata.version}, expected ${target.version}`);
        return `sha256 ${local_short(actual)} verified in ${dir}`;
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
        const sums = await (0,promises_.readFile)(external_node_path_default().join(dir, 'SHA256SUMS'), 'utf8').catch(() => undefined);
        const line = sums?.split('\n').map((l) => l.trim().match(/^([0-9a-f]{64})\s+\*?(\S.*)$/i)).find((m) => m !== null && m !== undefined);
        if (!line)
            return (await exists(dir)) ? { sha256: 'unreadable', artifact: dir } : undefined;
        return { sha256: line[1].toLowerCase(), artifact: external_node_path_default().join(dir, external_node_path_default().basename(line[2])) };
    }
    /** `<model>/bandit.json`, written by `modelship serve` as it re-allocates (src/serve/bandit.ts). */
    async experiment(ctx) {
        const file = external_node_path_default().join(this.modelDir(ctx.model), BANDIT_FILE);
        const text = await (0,promises_.readFile)(file, 'utf8').catch((err) => {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        });
        if (text === undefined)
            return undefined;
        try {
            return parseBanditFile(text, file);
        }
        catch (err) {
            throw new errors.ModelshipError(err.message, { location: { file } });
        }
    }
    async readRouting(model) {
        const file = this.routingFile(model);
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
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
            throw new errors.ModelshipError(`${file} is not valid JSON: ${err.message}`, { location: { file } });
        }
    }
    async writeRouting(model, traffic) {
        for (const version of Object.keys(traffic.weights)) {
            if (!(await exists(this.versionDir(model, version))))
                throw new errors.ModelshipError(`cannot route to ${model} ${version}: ${this.versionDir(model, version)} does not exist`);
        }
        const previous = await this.readRouting(model).catch(() => undefined);
        // observe() hands back a whole routing file as the TrafficState: nextRoutingFile takes only its traffic.
        const routing = nextRoutingFile(model, traffic, previous?.generation ?? 0, new Date());
        await (0,promises_.mkdir)(this.modelDir(model), { recursive: true });
        await (0,atomic/* writeFileAtomic */.Zf)(this.routingFile(model), formatRoutingFile(routing));
    }
}
function describeTraffic(t) {
    const weights = Object.entries(t.weights).map(([v, w]) => `${v}=${w}%`).join(' ') || 'none';
    const extra = [t.shadow ? `shadow ${t.shadow.version} ${t.shadow.percent}%` : '', ...t.headerRoutes.map((r) => `${r.header}:${r.value}->${r.version}`)].filter(Boolean);
    return `${weights}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}
function safeName(name, what) {
    if (!VERSION_NAME.test(name) || name === '.' || name === '..')
        throw new errors.ModelshipError(`${what} "${name}" cannot name a folder: use letters, digits, . _ + - (max 128)`);
    return name;
}
async function exists(p) {
    return (0,promises_.stat)(p).then(() => true, () => false);
}
function local_short(sha) {
    return sha.slice(0, 12);
}


/***/ }),

/***/ 67314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XB: () => (/* binding */ defaultOwner),
/* harmony export */   Z5: () => (/* binding */ userOf),
/* harmony export */   kR: () => (/* binding */ osUser),
/* harmony export */   oF: () => (/* binding */ LocalDeploymentStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21106);
/* harmony import */ var _lock_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56745);







/**
 * The local deployment state: one JSON file per environment (`<dir>/<env>.json`), written atomically
 * while the environment's lock is held, with a checksum so corruption is detected. The previous good
 * file is kept as `<env>.json.bak` so recovery is a copy, never a guess.
 */
class LocalDeploymentStore {
    dir;
    /** A file read costs nothing: a waiting rollout sees a request within a quarter of a second. */
    pollMs = 250;
    constructor(dir) {
        this.dir = dir;
    }
    get location() {
        return this.dir;
    }
    fileFor(environment) {
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, `${environment}.json`);
    }
    lockFile(environment) {
        return new _lock_file_js__WEBPACK_IMPORTED_MODULE_6__.LockFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, `${environment}.lock`));
    }
    /** The records of one environment; [] when there is no file yet. Corruption throws. */
    async load(environment) {
        const file = this.fileFor(environment);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return [];
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`cannot read deployment state ${file}: ${err.message}`);
        }
        const corrupt = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`deployment state ${file} is corrupted: ${why}`, {
            location: { file },
            hint: `nothing was changed. Restore the last good copy (cp ${file}.bak ${file}) or move the file away to start a fresh history, after checking what is live`,
        });
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (err) {
            throw corrupt(`not valid JSON (${err.message})`);
        }
        if (parsed === null || typeof parsed !== 'object' || parsed.schema !== 1 || !Array.isArray(parsed.records))
            throw corrupt('not a modelship state file (schema 1)');
        if (parsed.environment !== environment)
            throw corrupt(`it names environment "${String(parsed.environment)}", expected "${environment}"`);
        if (parsed.checksum !== checksumOf(environment, parsed.records))
            throw corrupt('checksum mismatch (edited or torn)');
        return parsed.records;
    }
    async save(environment, records) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
        const file = this.fileFor(environment);
        // Keep the last good file as .bak: load() throws on a corrupted one, so only a valid file is copied.
        if ((await this.load(environment)).length > 0)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(file, `${file}.bak`);
        const state = { schema: 1, environment, checksum: checksumOf(environment, records), records };
        await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(file, `${JSON.stringify(state, null, 2)}\n`);
    }
    async environments() {
        try {
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
        }
        catch {
            return [];
        }
    }
    async current(environment, model) {
        return (await this.history(environment, model)).find((r) => r.status === 'success');
    }
    async history(environment, model) {
        return (await this.load(environment)).filter((r) => r.payload.model === model).reverse();
    }
    async create(environment, payload, actor) {
        const records = await this.load(environment);
        const now = new Date().toISOString();
        const record = { id: `${environment}-${records.length + 1}`, environment, payload, status: 'in_progress', createdAt: now, updatedAt: now, actor, steps: [] };
        records.push(record);
        await this.save(environment, records);
        return record;
    }
    /** Writes of this process, one at a time: a heartbeat must not interleave with a journal write (lost update). */
    writes = Promise.resolve();
    update(record, change) {
        const next = this.writes.then(() => this.updateNow(record, change));
        this.writes = next.catch(() => { });
        return next;
    }
    async updateNow(record, change) {
        const records = await this.load(record.environment);
        const stored = records.find((r) => r.id === record.id);
        if (stored === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`deployment ${record.id} is missing from ${this.fileFor(record.environment)}`);
        change(stored, records);
        stored.updatedAt = new Date().toISOString();
        await this.save(record.environment, records);
        Object.assign(record, stored);
    }
    async step(record, step) {
        await this.update(record, (r) => void r.steps.push(step));
    }
    async finish(record, status, description, url) {
        await this.update(record, (r, all) => {
            r.status = status;
            r.description = description;
            if (url)
                r.url = url;
            if (status === 'success') {
                for (const other of all)
                    if (other !== r && other.payload.model === r.payload.model && other.status === 'success')
                        other.status = 'inactive';
            }
        });
    }
    async lock(environment, info, takeOver) {
        return this.lockFile(environment).acquire({ environment, ...info, createdAt: new Date().toISOString() }, takeOver);
    }
    /** `<env>.requests/<deployment id>/`: one file per request, created exclusively, so writers never race the state file. */
    requestDir(record) {
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, `${record.environment}.requests`, record.id.replace(/[^A-Za-z0-9._-]/g, '_'));
    }
    async request(record, request) {
        const dir = this.requestDir(record);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const name = `${String(Date.parse(request.at)).padStart(15, '0')}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.json`;
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name), 'wx', 0o644);
        try {
            await handle.writeFile(JSON.stringify(request));
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    async requests(record) {
        const dir = this.requestDir(record);
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => []);
        const out = [];
        for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
            // A request is written in one small write and synced; one caught mid-write is read on the next poll.
            const parsed = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name), 'utf8').then((t) => JSON.parse(t), () => undefined);
            if (parsed && typeof parsed.id === 'string' && typeof parsed.action === 'string')
                out.push(parsed);
        }
        return out;
    }
    async heartbeat(record, _note) {
        await this.update(record, (r) => void (r.heartbeatAt = new Date().toISOString()));
    }
    async unlock(environment, owner, force = false) {
        return this.lockFile(environment).release(owner, force);
    }
    async lockInfo(environment) {
        return this.lockFile(environment).read();
    }
}
/** The owner of a process lock: `user@host:pid`. */
function defaultOwner(actor) {
    return `${actor ?? osUser()}@${node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname()}:${process.pid}`;
}
/** The OS user running modelship (what `lock` and `deploy` record when no actor is given). */
function osUser() {
    try {
        return node_os__WEBPACK_IMPORTED_MODULE_2___default().userInfo().username;
    }
    catch {
        // No passwd entry (some containers): the login name the shell exported, if any.
        return process.env.USER || process.env.USERNAME || 'unknown';
    }
}
/**
 * Who runs a command, the same for `lock`, `unlock`, `deploy`, `promote` and `rollback`: GITHUB_ACTOR when
 * set (Actions, chatops), else the OS user. A manual lock names this user, and lets this user deploy.
 */
function userOf(env) {
    return env.GITHUB_ACTOR?.trim() || osUser();
}
function checksumOf(environment, records) {
    return (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Text */ .f1)(JSON.stringify({ environment, records }));
}


/***/ }),

/***/ 56745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LockFile: () => (/* binding */ LockFile),
/* harmony export */   STALE_LOCK_AGE_MS: () => (/* binding */ STALE_LOCK_AGE_MS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);





/** A lock older than this is stale even when its process cannot be checked (another host). */
const STALE_LOCK_AGE_MS = 24 * 3_600_000;
/** A takeover file older than this was left by a process killed while replacing a lock. */
const TAKEOVER_GUARD_MS = 10_000;
/**
 * One deploy per environment at a time: a lock file holding owner, pid, host, reason and time, written whole
 * to a temporary file and then hard-linked into place (link fails with EEXIST when the lock exists, atomically
 * on local file systems), so no reader ever sees it empty or half-written. A lock whose process is gone (same host) is stale and taken
 * over, so a killed deploy does not block the environment forever; its journal still says what it did.
 */
class LockFile {
    file;
    constructor(file) {
        this.file = file;
    }
    async read() {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        try {
            return JSON.parse(text);
        }
        catch {
            // A lock is linked into place whole; an unreadable one was damaged outside modelship (or by an older one).
            return { environment: node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(this.file, '.lock'), owner: 'unknown (unreadable lock file)', pid: 0, host: '', reason: '', createdAt: new Date(0).toISOString() };
        }
    }
    /**
     * A process lock (pid > 0) is stale when it is older than STALE_LOCK_AGE_MS or, on this host, its
     * process is gone. A manual lock (pid <= 0: `modelship lock`, chatops `.lock`, or an unreadable file)
     * is never stale: only an unlock removes it, as branch-deploy's sticky locks.
     */
    static isStale(lock, now = Date.now()) {
        if (lock.pid <= 0)
            return false;
        if (now - Date.parse(lock.createdAt) > STALE_LOCK_AGE_MS)
            return true;
        if (lock.host !== node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname())
            return false;
        try {
            process.kill(lock.pid, 0);
            return false;
        }
        catch (err) {
            return err.code === 'ESRCH';
        }
    }
    /**
     * Takes the lock. A stale lock, or a held one `takeOver` accepts (a rollout past its progress deadline), is
     * replaced under a second exclusive file (`<lock>.takeover`), so of two processes replacing the same lock
     * one wins and the other finds the winner's lock.
     */
    async acquire(info, takeOver) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(this.file), { recursive: true });
        for (let attempt = 0; attempt < 40; attempt++) {
            try {
                await this.create(info);
                return info;
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
                const held = await this.read();
                if (held && held.owner === info.owner && held.pid === info.pid)
                    return held;
                if (held && (LockFile.isStale(held) || takeOver?.(held) === true)) {
                    const outcome = await this.replace(held);
                    if (outcome !== 'busy')
                        continue;
                    await new Promise((r) => setTimeout(r, 25));
                    continue;
                }
                if (held === undefined)
                    continue; // released between open and read
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`environment "${info.environment}" is locked by ${held.owner} (pid ${held.pid} on ${held.host || '?'}, since ${held.createdAt}): ${held.reason || 'no reason given'}`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ExitCode.Usage, hint: `wait for it to finish, or if it is gone: modelship unlock ${info.environment} --force (lock file ${this.file})` });
            }
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`could not take the lock ${this.file}`);
    }
    /** Creates the lock whole, or fails with EEXIST when it exists; the temporary file is removed either way. */
    async create(info) {
        const temporary = `${this.file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
        try {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, 'wx', 0o644);
            try {
                await handle.writeFile(JSON.stringify(info, null, 2));
                await handle.sync();
            }
            finally {
                await handle.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temporary, this.file);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        }
    }
    /** Removes `held` if it is still the lock, under the takeover file; 'busy' when another process is replacing it. */
    async replace(held) {
        const guard = `${this.file}.takeover`;
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(guard, 'wx', 0o644);
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            // A takeover file left by a process killed mid-takeover is removed after a while.
            const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
            if (age > TAKEOVER_GUARD_MS)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
            return 'busy';
        }
        try {
            await handle.close();
            const now = await this.read();
            if (now === undefined || now.owner !== held.owner || now.pid !== held.pid || now.createdAt !== held.createdAt)
                return 'changed';
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true });
            return 'removed';
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
        }
    }
    async release(owner, force = false) {
        const held = await this.read();
        if (held === undefined)
            return false;
        if (!force && held.owner !== owner) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`lock on "${held.environment}" is held by ${held.owner}, not ${owner}`, { hint: 'pass --force to break it' });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true });
        return true;
    }
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
