export const id = 473;
export const ids = [473];
export const modules = {

/***/ 9621:
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
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environment "${name}" requires unknown environment "${requires}"`, {
                location: loaded.locate(['environments', name, 'requires']),
                hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(requires, Object.keys(section)) ?? `environments: ${Object.keys(section).join(', ')}`,
            });
        }
        const strategy = spec.strategy ?? { type: 'direct' };
        for (const [k, step] of (strategy.steps ?? []).entries())
            pauseMsOf(step.pause, `environments.${name}.strategy.steps[${k}].pause`);
        if ((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(strategy.progressDeadline ?? DEFAULT_PROGRESS_DEADLINE, `environments.${name}.strategy.progressDeadline`) <= 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environments.${name}.strategy.progressDeadline must be longer than 0`, { location: loaded.locate(['environments', name, 'strategy', 'progressDeadline']) });
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`${where}: count ${a.count} needs an interval between the measurements`, { location: loaded.locate(['environments', env, 'strategy', key, 'count']), hint: 'add e.g. interval: 30s' });
        }
        if (key !== 'analysis' && strategy.type !== 'blue-green') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`${where} is for blue-green; a ${strategy.type} rollout never runs it`, { location: loaded.locate(['environments', env, 'strategy', key]), hint: 'use strategy.analysis' });
        }
    }
}
/** What the schema cannot say of a bandit: the local provider (serve allocates), a floor every arm can keep, a parsable interval. */
function checkBandit(loaded, env, strategy, provider) {
    if (strategy.type !== 'bandit') {
        if (strategy.bandit)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environments.${env}.strategy.bandit is for strategy type bandit, not ${strategy.type}`, { location: loaded.locate(['environments', env, 'strategy', 'bandit']) });
        return;
    }
    const at = ['environments', env, 'strategy'];
    if (provider !== 'local') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environments.${env}: strategy bandit needs the local provider (modelship serve allocates the traffic), not ${provider}`, { location: loaded.locate([...at, 'type']), hint: 'use strategy ab with a winner gate on other providers' });
    }
    const b = strategy.bandit ?? {};
    const arms = 2 + (b.arms?.length ?? 0);
    const floor = b.floor ?? BANDIT_DEFAULTS.floor;
    if (floor * arms > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environments.${env}.strategy.bandit.floor ${floor} cannot hold for ${arms} arms (floor x arms must be at most 1)`, { location: loaded.locate([...at, 'bandit', 'floor']) });
    if ((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(b.interval ?? BANDIT_DEFAULTS.interval, `environments.${env}.strategy.bandit.interval`) <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environments.${env}.strategy.bandit.interval must be longer than 0`, { location: loaded.locate([...at, 'bandit', 'interval']) });
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

/***/ 4473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deadlineOf: () => (/* binding */ deadlineOf),
  lastProgressMs: () => (/* binding */ lastProgressMs),
  recoverStalled: () => (/* binding */ recoverStalled),
  targetOf: () => (/* binding */ targetOf),
  watchStalledRollouts: () => (/* binding */ watchStalledRollouts)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/core/config.ts + 3 modules
var core_config = __webpack_require__(1997);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/deploy/config.ts
var config = __webpack_require__(9621);
;// CONCATENATED MODULE: ./src/batch/config.ts
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
class RoutingError extends errors/* ModelshipError */.W7 {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/deploy/atomic.ts




/**
 * Writes a file so a reader never sees it half-written: temp file in the same folder (same file system,
 * so rename is atomic), fsync, rename over the target, fsync the folder so the rename survives a crash.
 */
async function writeFileAtomic(file, data) {
    const dir = external_node_path_default().dirname(file);
    const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(file)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,promises_.open)(temp, 'wx', 0o644);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await (0,promises_.rename)(temp, file);
    }
    catch (err) {
        await (0,promises_.rm)(temp, { force: true });
        throw err;
    }
    await fsyncDir(dir);
}
async function fsyncDir(dir) {
    // Some platforms refuse to open folders for fsync; durability of the rename is then best effort.
    try {
        const handle = await (0,promises_.open)(dir, 'r');
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
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function sha256Text(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}

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
            const installed = await sha256File(external_node_path_default().join(dir, name)).catch(() => undefined);
            if (installed === target.sha256)
                return `${dir} already holds ${target.version} (sha256 ${local_short(target.sha256)})`;
            throw new errors/* ModelshipError */.W7(`${dir} holds a different artifact for version ${target.version} (sha256 ${installed ? local_short(installed) : 'unreadable'}, expected ${local_short(target.sha256)})`, {
                hint: 'a version is immutable: publish the change as a new version',
            });
        }
        await (0,promises_.mkdir)(this.modelDir(target.model), { recursive: true });
        const temp = external_node_path_default().join(this.modelDir(target.model), `.${target.version}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
        await (0,promises_.mkdir)(temp);
        try {
            await (0,promises_.copyFile)(target.artifact, external_node_path_default().join(temp, name));
            const copied = await sha256File(external_node_path_default().join(temp, name));
            if (copied !== target.sha256)
                throw new errors/* ModelshipError */.W7(`the copy of ${target.artifact} has sha256 ${local_short(copied)}, expected ${local_short(target.sha256)}: the artifact changed during the deploy`);
            await (0,promises_.writeFile)(external_node_path_default().join(temp, 'SHA256SUMS'), `${target.sha256}  ${name}\n`);
            const metadata = { model: target.model, version: target.version, sha256: target.sha256, format: target.format, ...(target.signature ? { signature: target.signature } : {}), ...(target.oci ? { oci: target.oci } : {}), deployedAt: new Date().toISOString() };
            await (0,promises_.writeFile)(external_node_path_default().join(temp, 'metadata.json'), `${JSON.stringify(metadata, null, 2)}\n`);
            await (0,promises_.rename)(temp, dir);
            await fsyncDir(this.modelDir(target.model));
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
        const actual = await sha256File(file).catch(() => undefined);
        if (actual !== target.sha256)
            throw new errors/* ModelshipError */.W7(`${file}: sha256 ${actual ? local_short(actual) : 'missing'}, expected ${local_short(target.sha256)}`);
        const metadata = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, 'metadata.json'), 'utf8'));
        if (metadata.version !== target.version)
            throw new errors/* ModelshipError */.W7(`${dir}/metadata.json names version ${metadata.version}, expected ${target.version}`);
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
            throw new errors/* ModelshipError */.W7(err.message, { location: { file } });
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
            throw new errors/* ModelshipError */.W7(`${file} is not valid JSON: ${err.message}`, { location: { file } });
        }
    }
    async writeRouting(model, traffic) {
        for (const version of Object.keys(traffic.weights)) {
            if (!(await exists(this.versionDir(model, version))))
                throw new errors/* ModelshipError */.W7(`cannot route to ${model} ${version}: ${this.versionDir(model, version)} does not exist`);
        }
        const previous = await this.readRouting(model).catch(() => undefined);
        // observe() hands back a whole routing file as the TrafficState: nextRoutingFile takes only its traffic.
        const routing = nextRoutingFile(model, traffic, previous?.generation ?? 0, new Date());
        await (0,promises_.mkdir)(this.modelDir(model), { recursive: true });
        await writeFileAtomic(this.routingFile(model), formatRoutingFile(routing));
    }
}
function describeTraffic(t) {
    const weights = Object.entries(t.weights).map(([v, w]) => `${v}=${w}%`).join(' ') || 'none';
    const extra = [t.shadow ? `shadow ${t.shadow.version} ${t.shadow.percent}%` : '', ...t.headerRoutes.map((r) => `${r.header}:${r.value}->${r.version}`)].filter(Boolean);
    return `${weights}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}
function safeName(name, what) {
    if (!VERSION_NAME.test(name) || name === '.' || name === '..')
        throw new errors/* ModelshipError */.W7(`${what} "${name}" cannot name a folder: use letters, digits, . _ + - (max 128)`);
    return name;
}
async function exists(p) {
    return (0,promises_.stat)(p).then(() => true, () => false);
}
function local_short(sha) {
    return sha.slice(0, 12);
}

;// CONCATENATED MODULE: ./src/deploy/providers/batch.ts



/**
 * A scheduled scoring environment: versions are installed as in the local model repository
 * (`<root>/<model>/<version>/model.onnx`, verified by sha256), and "traffic" is which version the next
 * `modelship batch run ENV` loads. There is no live traffic to split, so only direct and blue-green apply.
 */
class BatchProvider {
    type = 'batch';
    repository;
    constructor(root) {
        this.repository = new LocalProvider(root);
    }
    static fromSpec(spec, loaded, env) {
        if (env.strategy.type !== 'direct' && env.strategy.type !== 'blue-green') {
            throw new errors/* ModelshipError */.W7(`environment "${env.name}": a batch environment switches whole runs, so strategy "${env.strategy.type}" does not apply`, {
                location: loaded.locate(['environments', env.name, 'strategy', 'type']),
                hint: 'use strategy direct or blue-green, and gate the switch on `modelship batch compare`',
            });
        }
        return new BatchProvider(loaded.resolvePath(spec.root ?? defaultBatchRoot(env.name), ['environments', env.name, 'provider', 'root']));
    }
    /** The installed artifact of a version: what a run loads (then checks against the recorded sha256). */
    artifactOf(model, version, artifact) {
        return `${this.repository.versionDir(model, version)}/${LocalProvider.artifactName({ artifact })}`;
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/deploy/providers/command.ts



const PLACEHOLDER = /\{(model|version|uri|sha256|weight|environment|step)\}/g;
const MAX_OUTPUT = 64 * 1024;
/**
 * Runs the configured argument array per step with execFile (never a shell). The arrays come from
 * modelship.yml as written; values from the deploy (model, version, URI, sha256, weight) reach the process
 * only through environment variables, so no deploy input can become shell syntax or an extra argument.
 */
class CommandProvider {
    spec;
    cwd;
    baseEnv;
    type = 'command';
    timeoutMs;
    constructor(spec, cwd, baseEnv = process.env) {
        this.spec = spec;
        this.cwd = cwd;
        this.baseEnv = baseEnv;
        this.timeoutMs = (0,duration/* parseDuration */.E)(spec.timeout ?? '5m', 'provider.timeout');
    }
    prepare(ctx, target) {
        return this.run('prepare', ctx, target, undefined);
    }
    shiftTraffic(ctx, traffic, target) {
        return this.run('shiftTraffic', ctx, target, traffic);
    }
    verify(ctx, target) {
        return this.run('verify', ctx, target, undefined);
    }
    finalize(ctx, traffic, target) {
        return this.run('finalize', ctx, target, traffic);
    }
    /** MODELSHIP_VERSION, _URI and _SHA256 name the version reverted to (empty when nothing was live). */
    revert(ctx, lastGood, lastGoodTarget) {
        const target = lastGoodTarget ?? { model: ctx.model, version: lastGood.stable ?? '', artifact: '', sha256: '', format: '' };
        return this.run('revert', ctx, target, lastGood);
    }
    run(step, ctx, target, traffic) {
        const argv = this.spec[step];
        if (!argv || argv.length === 0)
            return Promise.resolve(`no ${step} command configured`);
        const weight = traffic ? String(traffic.weights[target.version] ?? 0) : '0';
        const values = { model: target.model, version: target.version, uri: target.artifact, sha256: target.sha256, weight, environment: ctx.environment, step };
        const env = {
            ...this.baseEnv,
            MODELSHIP_STEP: step,
            MODELSHIP_ENVIRONMENT: ctx.environment,
            MODELSHIP_MODEL: target.model,
            MODELSHIP_VERSION: target.version,
            MODELSHIP_URI: target.artifact,
            MODELSHIP_SHA256: target.sha256,
            MODELSHIP_WEIGHT: weight,
            MODELSHIP_TRAFFIC: traffic ? JSON.stringify(traffic) : '',
        };
        for (const [k, v] of Object.entries(this.spec.env ?? {}))
            env[k] = v.replace(PLACEHOLDER, (_m, key) => values[key]);
        const [file, ...args] = argv;
        return new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)(file, args, { cwd: this.cwd, env, timeout: this.timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT * 4, windowsHide: true }, (err, stdout, stderr) => {
                const output = `${stdout}${stderr}`.trim().slice(-2000);
                if (err) {
                    const e = err;
                    const why = e.killed ? `timed out after ${this.spec.timeout ?? '5m'}` : e.code === 'ENOENT' ? `command not found: ${file}` : `exited with ${e.code}`;
                    reject(new errors/* ModelshipError */.W7(`${step}: ${argv.join(' ')} ${why}${output ? `\n${output}` : ''}`));
                    return;
                }
                resolve(`${file} ${step} ok${output ? `: ${output}` : ''}`);
            });
        });
    }
}

;// CONCATENATED MODULE: ./src/edge/manifest.ts


const SHA256 = /^[0-9a-f]{64}$/;
function artifact(value, where) {
    const a = value;
    if (!a || typeof a !== 'object')
        throw invalid(`${where} is missing`);
    if (typeof a.version !== 'string' || !a.version)
        throw invalid(`${where}.version must be a non-empty string`);
    if (typeof a.url !== 'string' || !a.url)
        throw invalid(`${where}.url must be a non-empty string`);
    if (typeof a.sha256 !== 'string' || !SHA256.test(a.sha256))
        throw invalid(`${where}.sha256 must be 64 lowercase hex digits`);
    if (!Number.isSafeInteger(a.size) || a.size < 0)
        throw invalid(`${where}.size must be a whole number of bytes`);
    if (typeof a.format !== 'string')
        throw invalid(`${where}.format must be a string`);
    return a;
}
const invalid = (message) => new errors/* ModelshipError */.W7(`invalid edge manifest: ${message}`, { exitCode: 1 });
/** Parses and checks a manifest's payload (after its signature verified). */
function parseManifest(payload) {
    let m;
    try {
        m = JSON.parse(payload.toString('utf8'));
    }
    catch (err) {
        throw invalid(`not JSON (${err.message})`);
    }
    if (m?.schema !== 'modelship.edge/v1')
        throw invalid(`schema is ${JSON.stringify(m?.schema)}, expected "modelship.edge/v1"`);
    for (const key of ['channel', 'model', 'publishedAt', 'rolloutSalt'])
        if (typeof m[key] !== 'string')
            throw invalid(`${key} must be a string`);
    if (!Number.isSafeInteger(m.sequence) || m.sequence < 1)
        throw invalid('sequence must be a whole number from 1');
    const current = artifact(m.current, 'current');
    const share = m.current.share;
    if (typeof share !== 'number' || !(share >= 0 && share <= 100))
        throw invalid('current.share must be a percentage (0-100)');
    if (m.fallback !== undefined)
        artifact(m.fallback, 'fallback');
    if (m.minRuntime !== undefined && typeof m.minRuntime !== 'string')
        throw invalid('minRuntime must be a semver range');
    void current;
    return m;
}
/**
 * The device's bucket in [0, 100): the first 32 bits of sha256(salt ":" deviceId), scaled. Stable across
 * runs and machines, uniform, and independent between rollouts with different salts.
 */
function deviceBucket(deviceId, salt) {
    const digest = createHash('sha256').update(`${salt}:${deviceId}`).digest();
    return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}
/** The release a device runs under a manifest: the current one inside the share, else the fallback. */
function releaseFor(manifest, deviceId) {
    if (!manifest.fallback || manifest.current.share >= 100)
        return manifest.current;
    return deviceBucket(deviceId, manifest.rolloutSalt) < manifest.current.share ? manifest.current : manifest.fallback;
}

;// CONCATENATED MODULE: ./src/edge/signing.ts


/** What is signed is this prefix then the payload bytes: a signature made for anything else never verifies. */
const DOMAIN = 'modelship.edge.manifest.v1\n';
/** Reads an Ed25519 key from PEM text or from base64 DER (PKCS#8 private, SPKI public): one line fits a secret. */
function keyFrom(text, kind, what) {
    const trimmed = text.trim();
    if (!trimmed)
        throw new errors/* ModelshipError */.W7(`${what} is empty`, { hint: 'modelship edge keygen prints a key pair; store the private key as a secret' });
    try {
        const key = trimmed.startsWith('-----')
            ? kind === 'private' ? (0,external_node_crypto_.createPrivateKey)(trimmed) : (0,external_node_crypto_.createPublicKey)(trimmed)
            : kind === 'private'
                ? (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' })
                : (0,external_node_crypto_.createPublicKey)({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
        if (key.asymmetricKeyType !== 'ed25519')
            throw new Error(`it is a ${key.asymmetricKeyType} key`);
        return key;
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`${what} is not an Ed25519 ${kind} key (PEM or base64 DER): ${err.message}`);
    }
}
const privateKeyFrom = (text, what = 'the signing key') => keyFrom(text, 'private', what);
const publicKeyFrom = (text, what = 'the public key') => keyFrom(text, 'public', what);
/** The first 16 hex digits of the sha256 of the public key's SPKI bytes: names the key without revealing anything. */
function keyIdOf(key) {
    const spki = (key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key).export({ format: 'der', type: 'spki' });
    return (0,external_node_crypto_.createHash)('sha256').update(spki).digest('hex').slice(0, 16);
}
function signPayload(payload, privateKey) {
    return {
        payloadType: 'application/vnd.modelship.edge.manifest.v1+json',
        payload: payload.toString('base64'),
        keyId: keyIdOf(privateKey),
        signature: (0,external_node_crypto_.sign)(null, Buffer.concat([Buffer.from(DOMAIN), payload]), privateKey).toString('base64'),
    };
}
/** The payload bytes when the envelope's signature verifies with the trusted key; throws otherwise. */
function verifyEnvelope(envelope, publicKey) {
    const e = envelope;
    if (!e || typeof e !== 'object' || typeof e.payload !== 'string' || typeof e.signature !== 'string')
        throw new errors/* ModelshipError */.W7('the manifest is not a signed envelope (payload and signature expected)', { exitCode: 1 });
    if (e.payloadType !== 'application/vnd.modelship.edge.manifest.v1+json')
        throw new errors/* ModelshipError */.W7(`the manifest's payloadType is ${JSON.stringify(e.payloadType)}, expected application/vnd.modelship.edge.manifest.v1+json`, { exitCode: 1 });
    const expected = keyIdOf(publicKey);
    if (e.keyId !== expected)
        throw new errors/* ModelshipError */.W7(`the manifest is signed by key ${e.keyId}, not the trusted key ${expected}`, { exitCode: 1 });
    const payload = Buffer.from(e.payload, 'base64');
    const ok = (0,external_node_crypto_.verify)(null, Buffer.concat([Buffer.from(DOMAIN), payload]), publicKey, Buffer.from(e.signature, 'base64'));
    if (!ok)
        throw new errors/* ModelshipError */.W7('the manifest signature does not verify with the trusted key: it was changed after signing', { exitCode: 1 });
    return payload;
}
/** A fresh key pair: the private key as base64 PKCS#8 DER (for a secret), the public key as base64 SPKI DER. */
function generateSigningKeys() {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    return {
        privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
        publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
        keyId: keyIdOf(publicKey),
    };
}

;// CONCATENATED MODULE: ./src/edge/channel.ts







const NAME = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;
function channel_safeName(value, what) {
    if (!NAME.test(value))
        throw new errors/* ModelshipError */.W7(`${what} "${value}" is not a safe name (letters, digits, . _ + -; no path separators)`);
    return value;
}
/**
 * A channel in a folder (served as static files, synced to a bucket, or committed to a branch):
 * `<root>/<model>/manifest.json` (the signed manifest devices poll), `manifests/<sequence>.json` (every
 * manifest ever published, so a rollback can name what was live), `models/<sha256>.onnx` (content-addressed
 * model files) and `versions.json` (the publisher's index of versions to artifacts).
 */
class DirectoryChannel {
    root;
    constructor(root) {
        this.root = root;
    }
    modelDir(model) {
        return external_node_path_default().join(this.root, channel_safeName(model, 'model'));
    }
    manifestFile(model) {
        return external_node_path_default().join(this.modelDir(model), 'manifest.json');
    }
    /** Copies a model file in under its sha256 (once) and records the version; a version never changes its bytes. */
    async publishArtifact(model, file, version, sha256, format, baseUrl) {
        channel_safeName(version, 'version');
        const versions = await this.versions(model);
        const known = versions[version];
        if (known && known.sha256 !== sha256)
            throw new errors/* ModelshipError */.W7(`channel ${this.root}: version ${version} of ${model} was published with sha256 ${known.sha256.slice(0, 12)}, not ${sha256.slice(0, 12)}`, { hint: 'a version is immutable: publish the change as a new version' });
        const relative = `models/${sha256}.onnx`;
        const target = external_node_path_default().join(this.modelDir(model), relative);
        if ((await sha256File(target).catch(() => undefined)) !== sha256) {
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            const temp = `${target}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
            try {
                await (0,promises_.copyFile)(file, temp);
                const copied = await sha256File(temp);
                if (copied !== sha256)
                    throw new errors/* ModelshipError */.W7(`the copy of ${file} has sha256 ${copied.slice(0, 12)}, expected ${sha256.slice(0, 12)}: the artifact changed during the deploy`);
                await writeFileAtomic(target, await (0,promises_.readFile)(temp));
            }
            finally {
                await (0,promises_.rm)(temp, { force: true });
            }
        }
        const size = (await (0,promises_.readFile)(target)).length;
        const entry = { version, url: baseUrl ? `${baseUrl.replace(/\/+$/, '')}/${model}/${relative}` : relative, sha256, size, format };
        await writeFileAtomic(external_node_path_default().join(this.modelDir(model), 'versions.json'), `${JSON.stringify({ ...versions, [version]: entry }, null, 2)}\n`);
        return entry;
    }
    async versions(model) {
        try {
            return JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(this.modelDir(model), 'versions.json'), 'utf8'));
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return {};
            throw new errors/* ModelshipError */.W7(`channel ${this.root}: ${model}/versions.json is unreadable: ${err.message}`);
        }
    }
    /** The manifest devices see now, verified with the publisher's own key (a channel edited by hand is refused). */
    async latest(model, publicKey) {
        let text;
        try {
            text = await (0,promises_.readFile)(this.manifestFile(model), 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        return parseManifest(verifyEnvelope(JSON.parse(text), publicKey));
    }
    /**
     * Signs and publishes the next manifest (sequence = the latest + 1): its history entry first, then the
     * manifest devices read, each written atomically.
     */
    async publish(model, manifest, privateKey, publicKey, now = new Date()) {
        const previous = await this.latest(model, publicKey);
        const next = { schema: 'modelship.edge/v1', model, ...manifest, sequence: (previous?.sequence ?? 0) + 1, publishedAt: now.toISOString() };
        const envelope = signPayload(Buffer.from(JSON.stringify(next)), privateKey);
        const text = `${JSON.stringify(envelope, null, 2)}\n`;
        await (0,promises_.mkdir)(external_node_path_default().join(this.modelDir(model), 'manifests'), { recursive: true });
        await writeFileAtomic(external_node_path_default().join(this.modelDir(model), 'manifests', `${next.sequence}.json`), text);
        await writeFileAtomic(this.manifestFile(model), text);
        return next;
    }
}

;// CONCATENATED MODULE: ./src/deploy/providers/edge.ts





/**
 * Devices as an environment: deploying publishes a signed manifest to a channel that devices poll
 * (`modelship edge fetch`). Traffic is the manifest: a canary weight is the share of device ids (by a
 * stable hash) that take the new version, the rest keep the stable one; a revert publishes the last good
 * traffic again with a higher sequence, so devices that already updated go back.
 */
class EdgeProvider {
    channel;
    privateKey;
    options;
    type = 'edge';
    publicKey;
    constructor(channel, privateKey, options) {
        this.channel = channel;
        this.privateKey = privateKey;
        this.options = options;
        this.publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    }
    static fromSpec(spec, loaded, env) {
        const where = (key) => loaded.locate(['environments', env.name, 'provider', key]);
        if (!['direct', 'blue-green', 'canary'].includes(env.strategy.type)) {
            throw new errors/* ModelshipError */.W7(`environment "${env.name}": devices take one model each, so strategy "${env.strategy.type}" does not apply to the edge provider`, { location: loaded.locate(['environments', env.name, 'strategy', 'type']), hint: 'use direct, blue-green or canary (a share of device ids)' });
        }
        if (!spec.signingKey)
            throw new errors/* ModelshipError */.W7(`environment "${env.name}": the edge provider's signingKey is empty`, { location: where('signingKey'), hint: 'write signingKey: ${env:MODELSHIP_EDGE_KEY} (modelship edge keygen makes a key pair)' });
        let key;
        try {
            key = privateKeyFrom(spec.signingKey, `environment "${env.name}": signingKey`);
        }
        catch (err) {
            throw new errors/* ModelshipError */.W7(err.message, { location: where('signingKey') });
        }
        return new EdgeProvider(new DirectoryChannel(loaded.resolvePath(spec.channel, ['environments', env.name, 'provider', 'channel'])), key, { environment: env.name, baseUrl: spec.baseUrl, minRuntime: spec.minRuntime });
    }
    async prepare(_ctx, target) {
        const published = await this.channel.publishArtifact(target.model, target.artifact, target.version, target.sha256, target.format, this.options.baseUrl);
        return `published ${published.url} (${published.size} bytes, sha256 ${target.sha256.slice(0, 12)})`;
    }
    async verify(_ctx, target) {
        const entry = (await this.channel.versions(target.model))[target.version];
        if (!entry || entry.sha256 !== target.sha256)
            throw new errors/* ModelshipError */.W7(`channel ${this.channel.root}: version ${target.version} is ${entry ? `sha256 ${entry.sha256.slice(0, 12)}` : 'not published'}, expected ${target.sha256.slice(0, 12)}`);
        const file = `${this.channel.modelDir(target.model)}/models/${target.sha256}.onnx`;
        const actual = await sha256File(file).catch(() => undefined);
        if (actual !== target.sha256)
            throw new errors/* ModelshipError */.W7(`${file}: sha256 ${actual ? actual.slice(0, 12) : 'missing'}, expected ${target.sha256.slice(0, 12)}`);
        return `sha256 ${actual.slice(0, 12)} verified in the channel`;
    }
    shiftTraffic(ctx, traffic) {
        return this.publishTraffic(ctx.model, traffic);
    }
    finalize(ctx, traffic) {
        return this.publishTraffic(ctx.model, traffic);
    }
    async revert(ctx, lastGood) {
        if (!lastGood.stable && !lastGood.candidate) {
            const latest = await this.channel.latest(ctx.model, this.publicKey);
            return latest ? `nothing was live before; the channel still names ${latest.current.version} (sequence ${latest.sequence}): withdraw it by deploying a version` : 'nothing was published';
        }
        return `reverted: ${await this.publishTraffic(ctx.model, lastGood)}`;
    }
    async observe(ctx) {
        const latest = await this.channel.latest(ctx.model, this.publicKey);
        if (!latest)
            return undefined;
        const settled = !latest.fallback || latest.current.share >= 100;
        const stable = settled ? latest.current.version : latest.fallback.version;
        const candidate = settled ? null : latest.current.version;
        const weights = settled ? { [stable]: 100 } : { [latest.current.version]: latest.current.share, [stable]: 100 - latest.current.share };
        return { stable, candidate, previous: null, weights, headerRoutes: [], sticky: null, shadow: null, strategy: settled ? 'direct' : 'canary' };
    }
    async installed(ctx, version) {
        const entry = (await this.channel.versions(ctx.model))[version];
        return entry ? { sha256: entry.sha256, artifact: `${this.channel.modelDir(ctx.model)}/models/${entry.sha256}.onnx` } : undefined;
    }
    /** Publishes the manifest for a traffic state, unless the channel already says exactly that. */
    async publishTraffic(model, traffic) {
        const versions = await this.channel.versions(model);
        const artifact = (version) => {
            const entry = versions[version];
            if (!entry)
                throw new errors/* ModelshipError */.W7(`channel ${this.channel.root}: version ${version} of ${model} was never published to it`, { hint: 'deploy that version to this environment first' });
            return entry;
        };
        const stable = traffic.stable;
        const candidate = traffic.candidate && traffic.candidate !== stable ? traffic.candidate : null;
        const share = candidate ? Math.max(0, Math.min(100, traffic.weights[candidate] ?? 0)) : 100;
        const currentVersion = candidate ?? stable;
        if (!currentVersion)
            throw new errors/* ModelshipError */.W7('nothing to publish: the traffic names no version');
        const next = {
            channel: this.options.environment,
            ...(this.options.minRuntime ? { minRuntime: this.options.minRuntime } : {}),
            rolloutSalt: `${this.options.environment}:${currentVersion}`,
            current: { ...artifact(currentVersion), share },
            ...(candidate && stable && share < 100 ? { fallback: artifact(stable) } : {}),
        };
        const latest = await this.channel.latest(model, this.publicKey);
        if (latest && sameRelease(latest, next))
            return `manifest ${latest.sequence} already names ${describe(latest)}`;
        const published = await this.channel.publish(model, next, this.privateKey, this.publicKey);
        return `manifest ${published.sequence}: ${describe(published)}`;
    }
}
function sameRelease(a, b) {
    return a.current.version === b.current.version && a.current.sha256 === b.current.sha256 && a.current.share === b.current.share && a.fallback?.version === b.fallback?.version && a.minRuntime === b.minRuntime;
}
function describe(m) {
    return m.fallback ? `${m.current.version} to ${m.current.share}% of devices, ${m.fallback.version} to the rest` : `${m.current.version} to every device`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/deploy/providers/kserve-runtimes.ts
/**
 * What KServe serves: the model formats of `predictor.model.modelFormat.name`, the ClusterServingRuntimes
 * KServe v0.20.0 installs (config/runtimes/*.yaml: `supportedModelFormats` and `protocolVersions`), and the
 * storage URI schemes its storage initializer reads. A format the chosen runtime cannot serve, over the
 * chosen protocol, is a configuration error before anything is applied.
 */
/** The `modelFormat.name` values Modelship renders. */
const KSERVE_MODEL_FORMATS = ['onnx', 'sklearn', 'xgboost', 'lightgbm', 'pytorch', 'tensorflow', 'triton', 'huggingface'];
/** KServe v0.20.0's built-in ClusterServingRuntimes (HTTP protocols only; gRPC is not rendered). */
const KSERVE_RUNTIMES = {
    'kserve-sklearnserver': { formats: ['sklearn'], protocols: ['v1', 'v2'] },
    'kserve-xgbserver': { formats: ['xgboost'], protocols: ['v1', 'v2'] },
    'kserve-lgbserver': { formats: ['lightgbm'], protocols: ['v1', 'v2'] },
    'kserve-mlserver': { formats: ['sklearn', 'xgboost', 'lightgbm', 'mlflow'], protocols: ['v2'] },
    'kserve-predictiveserver': { formats: ['sklearn', 'xgboost', 'lightgbm'], protocols: ['v1', 'v2'] },
    'kserve-torchserve': { formats: ['pytorch'], protocols: ['v1', 'v2'] },
    'kserve-tensorflow-serving': { formats: ['tensorflow'], protocols: ['v1'] },
    'kserve-tritonserver': { formats: ['tensorrt', 'tensorflow', 'onnx', 'pytorch', 'triton'], protocols: ['v2'] },
    'kserve-openvino': { formats: ['openvino', 'onnx', 'tensorflow', 'paddle', 'pytorch'], protocols: ['v1', 'v2'] },
    'kserve-huggingfaceserver': { formats: ['huggingface'], protocols: ['v1', 'v2'] },
    'kserve-pmmlserver': { formats: ['pmml'], protocols: ['v1', 'v2'] },
    'kserve-paddleserver': { formats: ['paddle'], protocols: ['v1', 'v2'] },
};
/**
 * The KServe format of a Modelship artifact format, where it is unambiguous. A pickle or joblib file may be
 * scikit-learn, XGBoost or LightGBM: the provider's `modelFormat` must say which.
 */
const FROM_ARTIFACT_FORMAT = {
    onnx: 'onnx',
    torchscript: 'pytorch',
    pytorch: 'pytorch',
    savedmodel: 'tensorflow',
    safetensors: 'huggingface',
};
/** The storage URI schemes KServe v0.20.0 accepts (SupportedStorageURIPrefixList), as Modelship renders them. */
const STORAGE_SCHEMES = ['s3', 'gs', 'pvc', 'hf', 'oci', 'https'];
const OCI_DIGEST = /@sha256:[0-9a-f]{64}$/;
/** Why this spec cannot serve a model of `artifactFormat` (undefined when it can), or the choice it renders. */
function kserveChoice(spec, artifactFormat) {
    const protocolVersion = spec.protocolVersion ?? 'v2';
    const modelFormat = spec.modelFormat ?? (artifactFormat ? FROM_ARTIFACT_FORMAT[artifactFormat] : undefined);
    if (modelFormat === undefined) {
        return {
            problem: {
                field: 'modelFormat',
                message: `KServe cannot tell the model format of a ${artifactFormat ?? 'model without a declared format'}: set provider.modelFormat`,
                hint: `one of ${KSERVE_MODEL_FORMATS.join(', ')} (a pickle or joblib file may be sklearn, xgboost or lightgbm)`,
            },
        };
    }
    if (spec.runtime !== undefined) {
        const runtime = KSERVE_RUNTIMES[spec.runtime];
        // A runtime KServe does not ship is the cluster's own ServingRuntime: its formats are not known here.
        if (runtime !== undefined) {
            if (!runtime.formats.includes(modelFormat)) {
                return { problem: { field: 'runtime', message: `the KServe runtime ${spec.runtime} does not serve ${modelFormat} models`, hint: `runtimes that do: ${runtimesFor(modelFormat, protocolVersion).join(', ') || '(none over protocol ' + protocolVersion + ')'}` } };
            }
            if (!runtime.protocols.includes(protocolVersion)) {
                return { problem: { field: 'protocolVersion', message: `the KServe runtime ${spec.runtime} does not speak protocol ${protocolVersion} (it speaks ${runtime.protocols.join(', ')})`, hint: `runtimes serving ${modelFormat} over ${protocolVersion}: ${runtimesFor(modelFormat, protocolVersion).join(', ') || '(none)'}` } };
            }
        }
    }
    else if (runtimesFor(modelFormat, protocolVersion).length === 0) {
        return { problem: { field: 'protocolVersion', message: `no KServe runtime serves ${modelFormat} over protocol ${protocolVersion}`, hint: `set protocolVersion to ${protocolVersion === 'v2' ? 'v1' : 'v2'}, or name your own ServingRuntime in provider.runtime` } };
    }
    return { choice: { modelFormat, protocolVersion, ...(spec.runtime ? { runtime: spec.runtime } : {}) } };
}
function runtimesFor(format, protocol) {
    return Object.entries(KSERVE_RUNTIMES)
        .filter(([, r]) => r.formats.includes(format) && r.protocols.includes(protocol))
        .map(([name]) => name);
}
/** A problem with a storage URI template, or undefined. An `oci://` URI must be pinned by its digest. */
function storageUriProblem(template) {
    const scheme = /^([a-z0-9+]+):\/\//.exec(template)?.[1];
    if (scheme === undefined || !STORAGE_SCHEMES.includes(scheme)) {
        return `storageUri "${template}" must start with one of ${STORAGE_SCHEMES.map((s) => `${s}://`).join(', ')}`;
    }
    if (scheme === 'oci' && !OCI_DIGEST.test(template)) {
        return `storageUri "${template}" names an OCI artifact by a tag, which can move: pin it by digest (oci://host/repo@sha256:<64 hex>, as modelship package prints it)`;
    }
    if (/\s/.test(template))
        return `storageUri "${template}" contains white space`;
    return undefined;
}
/** The digest of an `oci://...@sha256:...` URI. */
function ociDigestOf(uri) {
    return OCI_DIGEST.exec(uri)?.[0].slice(1);
}
/** What `config check` reports for a kubernetes environment: the storage URI, and each model's format against the runtime. */
function kserveConfigProblems(spec, models) {
    const out = [];
    const uri = storageUriProblem(spec.storageUri);
    if (uri)
        out.push({ field: 'storageUri', message: uri });
    // KServe's webhook rules (pkg/apis/serving/v1beta1, v0.20.0), so the API server never refuses the manifest.
    if (spec.minReplicas !== undefined && spec.maxReplicas !== undefined && spec.maxReplicas !== 0 && spec.minReplicas > spec.maxReplicas) {
        out.push({ field: 'minReplicas', message: `minReplicas ${spec.minReplicas} is more than maxReplicas ${spec.maxReplicas}`, hint: 'KServe refuses it; maxReplicas 0 means no limit' });
    }
    if ((spec.scaleMetric === 'cpu' || spec.scaleMetric === 'memory') && spec.scaleTarget !== undefined && spec.scaleTarget > 100) {
        out.push({ field: 'scaleTarget', message: `scaleTarget ${spec.scaleTarget} is a ${spec.scaleMetric} utilisation in percent: at most 100` });
    }
    for (const [name, model] of Object.entries(models)) {
        const { problem } = kserveChoice(spec, model.format);
        if (problem)
            out.push({ field: problem.field, message: `model "${name}": ${problem.message}`, hint: problem.hint });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/deploy/providers/kubernetes.ts





const ANNOTATION = {
    version: 'modelship.dev/version',
    sha256: 'modelship.dev/sha256',
    digest: 'modelship.dev/storage-digest',
    previousVersion: 'modelship.dev/previous-version',
    previousRevision: 'modelship.dev/previous-revision',
};
/** The InferenceService name of a model: a DNS label starting with a letter (KServe's IsvcNameFmt). */
function inferenceServiceName(spec, model) {
    const name = (spec.name ?? model).toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63).replace(/^[-0-9]+|-+$/g, '');
    if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(name))
        throw new errors/* ModelshipError */.W7(`cannot make a KServe InferenceService name from "${spec.name ?? model}"`, { hint: 'set provider.name: lowercase letters, digits and dashes, starting with a letter' });
    return name;
}
/**
 * Where KServe's storage initializer fetches the version: the digest it was deployed by (`deploy --artifact
 * oci://...@sha256:`, carried by promotion, so every environment serves the same bytes), else the configured
 * template with {model} and {version} filled in.
 */
function storageUriFor(spec, target) {
    return target.oci ?? spec.storageUri.replaceAll('{model}', target.model).replaceAll('{version}', target.version);
}
/**
 * A KServe v1beta1 InferenceService for `target`: `modelFormat` and `protocolVersion` from the model's format
 * and the runtime, `canaryTrafficPercent` when a canary runs. `previous` names what traffic returns to.
 */
function renderInferenceService(spec, target, canaryPercent, previous) {
    const name = inferenceServiceName(spec, target.model);
    const { choice, problem } = kserveChoice(spec, target.format);
    if (choice === undefined)
        throw new errors/* ModelshipError */.W7(`provider.${problem.field}: ${problem.message}`, { hint: problem.hint });
    const uriProblem = target.oci ? undefined : storageUriProblem(spec.storageUri);
    if (uriProblem)
        throw new errors/* ModelshipError */.W7(`provider.storageUri: ${uriProblem}`);
    if (!/^[0-9a-f]{64}$/.test(target.sha256))
        throw new errors/* ModelshipError */.W7(`refusing to render ${target.model} ${target.version} without its sha256`, { hint: 'the version must be known by its bytes (a deployment record with its sha256)' });
    const storageUri = storageUriFor(spec, target);
    const model = { modelFormat: { name: choice.modelFormat }, protocolVersion: choice.protocolVersion, storageUri };
    if (choice.runtime)
        model.runtime = choice.runtime;
    if (spec.resources)
        model.resources = spec.resources;
    const predictor = { model };
    if (spec.serviceAccountName)
        predictor.serviceAccountName = spec.serviceAccountName;
    if (spec.minReplicas !== undefined)
        predictor.minReplicas = spec.minReplicas;
    if (spec.maxReplicas !== undefined)
        predictor.maxReplicas = spec.maxReplicas;
    if (spec.scaleTarget !== undefined)
        predictor.scaleTarget = spec.scaleTarget;
    if (spec.scaleMetric !== undefined)
        predictor.scaleMetric = spec.scaleMetric;
    if (spec.nodeSelector)
        predictor.nodeSelector = spec.nodeSelector;
    if (spec.tolerations)
        predictor.tolerations = spec.tolerations;
    if (canaryPercent !== undefined && canaryPercent < 100)
        predictor.canaryTrafficPercent = canaryPercent;
    const digest = ociDigestOf(storageUri);
    const annotations = { [ANNOTATION.version]: target.version, [ANNOTATION.sha256]: target.sha256, ...(digest ? { [ANNOTATION.digest]: digest } : {}) };
    if (previous) {
        annotations[ANNOTATION.previousVersion] = previous.version;
        if (previous.revision)
            annotations[ANNOTATION.previousRevision] = previous.revision;
    }
    // cpu/memory scaling is the HPA's: KServe's webhook accepts those metrics only with the HPA autoscaler class.
    if (spec.scaleMetric === 'cpu' || spec.scaleMetric === 'memory')
        annotations['serving.kserve.io/autoscalerClass'] = 'hpa';
    return {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: {
            name,
            ...(spec.namespace ? { namespace: spec.namespace } : {}),
            labels: { 'app.kubernetes.io/managed-by': 'modelship', 'modelship.dev/model': name },
            annotations,
        },
        spec: { predictor },
    };
}
function statusOf(isvc) {
    const predictor = isvc.status?.components?.predictor ?? {};
    return {
        generation: isvc.metadata?.generation ?? 0,
        observedGeneration: isvc.status?.observedGeneration ?? 0,
        annotations: isvc.metadata?.annotations ?? {},
        canaryTrafficPercent: isvc.spec?.predictor?.canaryTrafficPercent,
        conditions: isvc.status?.conditions ?? [],
        traffic: predictor.traffic ?? [],
        latestCreatedRevision: predictor.latestCreatedRevision,
        latestReadyRevision: predictor.latestReadyRevision,
        latestRolledoutRevision: predictor.latestRolledoutRevision,
        previousRolledoutRevision: predictor.previousRolledoutRevision,
        url: isvc.status?.url,
    };
}
/** The percent of traffic each revision gets, by name (KServe's `latestRevision: true` resolves to the latest ready revision). */
function percentsOf(s) {
    const out = {};
    for (const t of s.traffic) {
        const name = t.revisionName ?? (t.latestRevision ? s.latestReadyRevision : undefined);
        if (name)
            out[name] = (out[name] ?? 0) + (t.percent ?? 0);
    }
    return out;
}
function describeSplit(s) {
    const parts = Object.entries(percentsOf(s)).map(([rev, p]) => `${rev} ${p}%${rev === s.latestReadyRevision ? ' (latest)' : ''}`);
    return parts.length ? parts.join(', ') : 'no traffic';
}
/** A failed or not-ready condition, as KServe wrote it: the reason and message users look up. */
function whyNotReady(s) {
    const bad = s.conditions.filter((c) => c.status !== 'True' && (c.reason || c.message));
    return bad.length ? bad.map((c) => `${c.type}=${c.status} ${c.reason ?? ''}${c.message ? `: ${c.message}` : ''}`.trim()).join('; ') : 'no condition says why';
}
/**
 * KServe through kubectl, verified by reading the InferenceService's status back after every change.
 *
 * - prepare: with a version rolled out, the candidate is applied with `canaryTrafficPercent: 0` (KServe
 *   makes a new revision beside the rolled-out one, with no traffic); with nothing rolled out it is applied
 *   whole. verify: the candidate's revision is the latest ready one, `Ready` is True.
 * - shiftTraffic: `canaryTrafficPercent: N`, then the status must show N % on the latest revision and the
 *   rest on the last rolled-out one before anything else runs. finalize: the percent is removed, and the
 *   status must show 100 % on the candidate, now `latestRolledoutRevision`.
 * - revert: `canaryTrafficPercent: 0` on the spec in place sends all traffic to the revision KServe rolled
 *   out before (during a canary, `latestRolledoutRevision`; after one, KServe moves to
 *   `previousRolledoutRevision`), checked by name against the revision the candidate replaced, and the
 *   status must show all traffic on it (KServe's pinned rollback: the spec keeps the candidate at 0 %; the
 *   next deploy replaces it). When that revision is gone, the last good manifest, with its sha256 and
 *   digest, is applied again and rolled out.
 *
 * A failed revision or a timeout reports the conditions' reason and message. kubectl runs via execFile with
 * the YAML on stdin (client-side apply; the API server validates fields strictly).
 */
class KubernetesProvider {
    spec;
    env;
    sleep;
    type = 'kubernetes';
    constructor(spec, env = process.env, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
        this.spec = spec;
        this.env = env;
        this.sleep = sleep;
    }
    async prepare(_ctx, target) {
        const live = await this.read(target.model);
        const rolledOut = live?.latestRolledoutRevision;
        if (live === undefined || rolledOut === undefined) {
            await this.apply(renderInferenceService(this.spec, target));
            return `applied ${this.name(target)} ${target.version} whole: nothing was rolled out before (storageUri ${this.storageUri(target)})`;
        }
        if (live.annotations[ANNOTATION.version] === target.version && live.latestReadyRevision === rolledOut && live.canaryTrafficPercent === undefined)
            return `${target.version} is already applied (revision ${rolledOut})`;
        // After a pinned rollback the spec names the rolled-back version at 0 %: what serves is the revision it pinned.
        const pinnedBack = live.canaryTrafficPercent === 0 && live.annotations[ANNOTATION.previousRevision] === rolledOut ? live.annotations[ANNOTATION.previousVersion] : undefined;
        const previous = { version: pinnedBack ?? live.annotations[ANNOTATION.version] ?? 'unknown', revision: rolledOut };
        await this.apply(renderInferenceService(this.spec, target, 0, previous));
        return `applied ${target.version} beside revision ${rolledOut} (${previous.version}) with canaryTrafficPercent 0 (storageUri ${this.storageUri(target)})`;
    }
    async verify(_ctx, target) {
        const s = await this.waitFor(target, `revision of ${target.version} ready`, (st) => st.latestCreatedRevision !== undefined && st.latestReadyRevision === st.latestCreatedRevision && isReady(st));
        return `revision ${s.latestReadyRevision} of ${target.version} is ready (sha256 ${s.annotations[ANNOTATION.sha256]?.slice(0, 12)}); traffic: ${describeSplit(s)}`;
    }
    async shiftTraffic(_ctx, traffic, target) {
        const percent = traffic.weights[target.version] ?? 0;
        if (percent === 0)
            return 'no traffic for the candidate: nothing to apply';
        if (percent >= 100)
            return this.rollOut(target, 'rolled out', true);
        const live = await this.read(target.model);
        const previous = live ? { version: live.annotations[ANNOTATION.previousVersion] ?? traffic.stable ?? 'unknown', revision: live.annotations[ANNOTATION.previousRevision] } : undefined;
        await this.apply(renderInferenceService(this.spec, target, percent, previous));
        const s = await this.waitFor(target, `${percent}% on the latest revision`, (st) => {
            const split = percentsOf(st);
            return st.latestReadyRevision === st.latestCreatedRevision && split[st.latestReadyRevision] === percent && st.latestRolledoutRevision !== undefined && split[st.latestRolledoutRevision] === 100 - percent;
        });
        return `canaryTrafficPercent ${percent}: traffic ${describeSplit(s)} (rolled out before: ${s.latestRolledoutRevision})`;
    }
    async finalize(_ctx, _traffic, target) {
        return this.rollOut(target, 'rolled out', true);
    }
    async revert(ctx, lastGood, lastGoodTarget) {
        if (lastGood.stable === null)
            return 'nothing was live before: left as is (delete the InferenceService by hand if wanted)';
        if (lastGoodTarget?.version !== lastGood.stable)
            throw new errors/* ModelshipError */.W7(`cannot revert ${ctx.model} to ${lastGood.stable}: its deployment (artifact and sha256) is not known`, { hint: 'nothing was applied; re-deploy the version by hand' });
        const good = { ...lastGoodTarget };
        const live = await this.read(ctx.model);
        if (live === undefined || live.annotations[ANNOTATION.version] === good.version)
            return this.rollOut(good, 'restored');
        const pinned = live.annotations[ANNOTATION.previousVersion] === good.version ? live.annotations[ANNOTATION.previousRevision] : undefined;
        const stillThere = pinned !== undefined && (pinned === live.latestRolledoutRevision || pinned === live.previousRolledoutRevision) && /^[0-9a-f]{64}$/.test(live.annotations[ANNOTATION.sha256] ?? '');
        if (!stillThere)
            return `revision of ${good.version} gone: ${await this.rollOut(good, 're-applied')}`;
        // KServe's rollback: canaryTrafficPercent 0 on the spec in place (no new revision) routes everything to the rolled-out revision.
        const candidate = { model: ctx.model, version: live.annotations[ANNOTATION.version], sha256: live.annotations[ANNOTATION.sha256], format: good.format };
        await this.apply(renderInferenceService(this.spec, candidate, 0, { version: good.version, revision: pinned }));
        const s = await this.waitFor(candidate, `all traffic back on revision ${pinned}`, (st) => percentsOf(st)[pinned] === 100, false);
        return `rolled back to revision ${pinned} (${good.version}, sha256 ${good.sha256.slice(0, 12)}): traffic ${describeSplit(s)}; the spec keeps ${candidate.version} at canaryTrafficPercent 0 (KServe's pinned rollback; the next deploy replaces it)`;
    }
    /**
     * What KServe serves, from the InferenceService's annotations and status: the rolled-out version, a
     * canary's split, or the version a pinned rollback returned to. Undefined when there is no
     * InferenceService or it does not say (not written by Modelship).
     */
    async observe(ctx) {
        const live = await this.read(ctx.model);
        const version = live?.annotations[ANNOTATION.version];
        if (live === undefined || version === undefined)
            return undefined;
        const base = { candidate: null, previous: null, headerRoutes: [], sticky: null, shadow: null, strategy: 'canary' };
        if (live.latestRolledoutRevision === undefined)
            return { ...base, stable: null, weights: {} };
        const previous = live.annotations[ANNOTATION.previousVersion];
        const percent = live.canaryTrafficPercent;
        const pinnedRevision = live.annotations[ANNOTATION.previousRevision];
        if (percent === undefined)
            return { ...base, stable: version, previous: previous ?? null, weights: { [version]: 100 } };
        // A canary at N %, or (N = 0) the candidate installed beside / a pinned rollback: what serves is the revision it replaced.
        if (previous === undefined || pinnedRevision !== live.latestRolledoutRevision)
            return undefined;
        if (percent === 0)
            return { ...base, stable: previous, weights: { [previous]: 100 } };
        return { ...base, stable: previous, candidate: version, weights: { [previous]: 100 - percent, [version]: percent } };
    }
    /**
     * Applies `target` without a canary percent and waits until KServe reports it rolled out with all traffic.
     * `keepPrevious`: a canary's own rollout keeps naming the revision it replaced (a revert after the 100 %
     * step still finds it as KServe's `previousRolledoutRevision`).
     */
    async rollOut(target, verb, keepPrevious = false) {
        const live = keepPrevious ? await this.read(target.model) : undefined;
        const previous = live?.annotations[ANNOTATION.version] === target.version && live.annotations[ANNOTATION.previousVersion] ? { version: live.annotations[ANNOTATION.previousVersion], revision: live.annotations[ANNOTATION.previousRevision] } : undefined;
        await this.apply(renderInferenceService(this.spec, target, undefined, previous));
        const s = await this.waitFor(target, `100% on ${target.version}`, (st) => st.latestReadyRevision === st.latestCreatedRevision && percentsOf(st)[st.latestReadyRevision] === 100 && st.latestRolledoutRevision === st.latestReadyRevision && isReady(st));
        return `${verb} ${target.version} as revision ${s.latestRolledoutRevision}${s.previousRolledoutRevision ? ` (previous rolled-out ${s.previousRolledoutRevision})` : ''}; traffic ${describeSplit(s)}${s.url ? `; ${s.url}` : ''}`;
    }
    /**
     * Reads the status until `done` holds for the current generation of `target`'s spec. A revision KServe
     * reports failed stops the wait at once (when `failFast`); a timeout names the conditions' reasons.
     */
    async waitFor(target, what, done, failFast = true) {
        const timeout = (0,duration/* parseDuration */.E)(this.spec.readyTimeout ?? '5m', 'provider.readyTimeout');
        const every = (0,duration/* parseDuration */.E)(this.spec.pollInterval ?? '2s', 'provider.pollInterval');
        const deadline = Date.now() + timeout;
        const name = this.name(target);
        for (;;) {
            const s = await this.read(target.model);
            if (s === undefined)
                throw new errors/* ModelshipError */.W7(`InferenceService ${name} is gone while waiting for ${what}`);
            const current = s.observedGeneration >= s.generation && s.annotations[ANNOTATION.version] === target.version;
            if (current && done(s))
                return s;
            const failed = s.conditions.find((c) => c.status === 'False' && /Failed|Error/i.test(`${c.reason ?? ''}`));
            if (current && failFast && failed && s.latestCreatedRevision !== s.latestReadyRevision) {
                throw new errors/* ModelshipError */.W7(`revision ${s.latestCreatedRevision} of ${target.version} failed: ${failed.reason}: ${failed.message ?? ''}`.trim(), { hint: `traffic: ${describeSplit(s)}; kubectl describe inferenceservice ${name}` });
            }
            if (Date.now() >= deadline) {
                throw new errors/* ModelshipError */.W7(`InferenceService ${name} did not reach "${what}" within ${this.spec.readyTimeout ?? '5m'}: ${whyNotReady(s)}`, { hint: `traffic: ${describeSplit(s)}; generation ${s.generation}, observed ${s.observedGeneration}` });
            }
            await this.sleep(every);
        }
    }
    /** Applies an InferenceGraph (providers/kserve-graph.ts) and reads it back: what the API server stored. */
    async applyInferenceGraph(manifest) {
        const name = manifest.metadata.name;
        await this.apply(manifest);
        const stored = JSON.parse(await this.kubectl(['get', `inferencegraph.serving.kserve.io/${name}`, '-o', 'json', ...this.scope()]));
        return `applied InferenceGraph ${name} (generation ${stored.metadata?.generation ?? '?'}, nodes: ${Object.keys(stored.spec?.nodes ?? {}).join(', ')})`;
    }
    /** The InferenceService's status, or undefined when it does not exist. */
    async read(model) {
        const name = inferenceServiceName(this.spec, model);
        try {
            const out = await this.kubectl(['get', `inferenceservice.serving.kserve.io/${name}`, '-o', 'json', ...this.scope()]);
            return statusOf(JSON.parse(out));
        }
        catch (err) {
            // kubectl prints the API server's Status reason: "Error from server (NotFound): ...".
            if (/\(NotFound\)/.test(err.message))
                return undefined;
            throw err;
        }
    }
    name(target) {
        return inferenceServiceName(this.spec, target.model);
    }
    storageUri(target) {
        return storageUriFor(this.spec, target);
    }
    scope() {
        return [...(this.spec.namespace ? ['--namespace', this.spec.namespace] : []), ...(this.spec.context ? ['--context', this.spec.context] : [])];
    }
    apply(manifest) {
        return this.kubectl(['apply', '-f', '-', ...this.scope()], (0,dist/* stringify */.As)(manifest));
    }
    kubectl(args, stdin) {
        const bin = this.spec.kubectl ?? 'kubectl';
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.execFile)(bin, args, { env: this.env, timeout: 10 * 60_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
                if (err) {
                    const out = `${stdout}${stderr}`.trim().slice(-2000);
                    reject(new errors/* ModelshipError */.W7(`kubectl ${args[0]} failed: ${err.code === 'ENOENT' ? `${bin} not found` : out || err.message}`));
                }
                else
                    resolve(stdout);
            });
            if (stdin !== undefined)
                child.stdin?.end(stdin);
        });
    }
}
function isReady(s) {
    return s.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}

;// CONCATENATED MODULE: ./src/deploy/providers/webhook.ts



const SIGNATURE_HEADER = 'x-modelship-signature-256';
/** `sha256=<hex>` of HMAC-SHA256(secret, raw body), like GitHub's X-Hub-Signature-256. */
function signBody(secret, body) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest('hex')}`;
}
/**
 * One signed JSON POST per step. The body carries a timestamp and a delivery id, both covered by the
 * signature, so a receiver can refuse replays. 5xx and network errors are retried with exponential
 * backoff; 4xx is a refusal and is not retried; the response must be 2xx.
 */
class WebhookProvider {
    spec;
    options;
    type = 'webhook';
    timeoutMs;
    constructor(spec, options = {}) {
        this.spec = spec;
        this.options = options;
        if (!spec.secret)
            throw new errors/* ModelshipError */.W7('webhook provider: `secret` is empty', { hint: 'write secret: ${env:MODELSHIP_WEBHOOK_SECRET}' });
        this.timeoutMs = (0,duration/* parseDuration */.E)(spec.timeout ?? '30s', 'provider.timeout');
    }
    prepare(ctx, target) {
        return this.post('prepare', ctx, target, undefined);
    }
    shiftTraffic(ctx, traffic, target) {
        return this.post('shiftTraffic', ctx, target, traffic);
    }
    verify(ctx, target) {
        return this.post('verify', ctx, target, undefined);
    }
    finalize(ctx, traffic, target) {
        return this.post('finalize', ctx, target, traffic);
    }
    /** `target` is the version reverted to (null when nothing was live). */
    revert(ctx, lastGood, lastGoodTarget) {
        return this.post('revert', ctx, lastGoodTarget, lastGood);
    }
    async post(step, ctx, target, traffic) {
        const delivery = (0,external_node_crypto_.randomUUID)();
        const body = JSON.stringify({ step, delivery, timestamp: new Date().toISOString(), environment: ctx.environment, model: ctx.model, target: target ?? null, traffic: traffic ?? null });
        const headers = { 'content-type': 'application/json', 'user-agent': 'modelship-deploy', [SIGNATURE_HEADER]: signBody(this.spec.secret, body), 'x-modelship-delivery': delivery, 'x-modelship-step': step };
        const retries = this.spec.retries ?? 3;
        const doFetch = this.options.fetch ?? fetch;
        let last = '';
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0)
                await new Promise((r) => setTimeout(r, (this.options.backoffMs ?? 500) * 2 ** (attempt - 1)));
            try {
                const response = await doFetch(this.spec.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
                const text = (await response.text()).slice(0, 2000);
                if (response.ok)
                    return `${step}: HTTP ${response.status}${attempt ? ` after ${attempt + 1} attempts` : ''}${text ? ` ${text}` : ''}`;
                last = `HTTP ${response.status} ${text}`.trim();
                if (response.status < 500 && response.status !== 429)
                    break;
            }
            catch (err) {
                last = `${err.name === 'TimeoutError' ? 'timed out' : err.message}`;
            }
        }
        throw new errors/* ModelshipError */.W7(`webhook ${step} to ${redact(this.spec.url)} failed: ${last}`);
    }
}
/** URLs in messages lose credentials and query strings (tokens must never reach logs). */
function redact(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}

;// CONCATENATED MODULE: ./src/deploy/providers/index.ts








/** Every provider by its `provider.type`: adding one is one file and one line here. */
const PROVIDERS = {
    local: (spec, loaded, env) => new LocalProvider(loaded.resolvePath(spec.root ?? config.DEFAULT_REPOSITORY, ['environments', env.name, 'provider', 'root'])),
    command: (spec, loaded) => new CommandProvider(spec, loaded.root),
    webhook: (spec) => new WebhookProvider(spec),
    kubernetes: (spec) => new KubernetesProvider(spec),
    batch: (spec, loaded, env) => BatchProvider.fromSpec(spec, loaded, env),
    edge: (spec, loaded, env) => EdgeProvider.fromSpec(spec, loaded, env),
};
function providerFor(loaded, env) {
    const factory = PROVIDERS[env.provider.type];
    if (!factory)
        throw new errors/* ModelshipError */.W7(`environment "${env.name}": unknown provider "${env.provider.type}"`, { location: loaded.locate(['environments', env.name, 'provider', 'type']), hint: `providers: ${Object.keys(PROVIDERS).join(', ')}` });
    return factory(env.provider, loaded, env);
}

;// CONCATENATED MODULE: ./src/deploy/providers/provider.ts
function emptyTraffic(strategy = 'direct') {
    return { stable: null, candidate: null, previous: null, weights: {}, headerRoutes: [], sticky: null, shadow: null, strategy };
}
/** The traffic of a finished deployment of `version` that replaced `previous`. */
function settledTraffic(version, previous, strategy) {
    return { stable: version, candidate: null, previous, weights: { [version]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy };
}

;// CONCATENATED MODULE: ./src/deploy/state/lock-file.ts





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
            text = await (0,promises_.readFile)(this.file, 'utf8');
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
            return { environment: external_node_path_default().basename(this.file, '.lock'), owner: 'unknown (unreadable lock file)', pid: 0, host: '', reason: '', createdAt: new Date(0).toISOString() };
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
        if (lock.host !== external_node_os_default().hostname())
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
        await (0,promises_.mkdir)(external_node_path_default().dirname(this.file), { recursive: true });
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
                throw new errors/* ModelshipError */.W7(`environment "${info.environment}" is locked by ${held.owner} (pid ${held.pid} on ${held.host || '?'}, since ${held.createdAt}): ${held.reason || 'no reason given'}`, { exitCode: errors/* ExitCode */.yU.Usage, hint: `wait for it to finish, or if it is gone: modelship unlock ${info.environment} --force (lock file ${this.file})` });
            }
        }
        throw new errors/* ModelshipError */.W7(`could not take the lock ${this.file}`);
    }
    /** Creates the lock whole, or fails with EEXIST when it exists; the temporary file is removed either way. */
    async create(info) {
        const temporary = `${this.file}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
        try {
            const handle = await (0,promises_.open)(temporary, 'wx', 0o644);
            try {
                await handle.writeFile(JSON.stringify(info, null, 2));
                await handle.sync();
            }
            finally {
                await handle.close();
            }
            await (0,promises_.link)(temporary, this.file);
        }
        finally {
            await (0,promises_.rm)(temporary, { force: true });
        }
    }
    /** Removes `held` if it is still the lock, under the takeover file; 'busy' when another process is replacing it. */
    async replace(held) {
        const guard = `${this.file}.takeover`;
        let handle;
        try {
            handle = await (0,promises_.open)(guard, 'wx', 0o644);
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            // A takeover file left by a process killed mid-takeover is removed after a while.
            const age = await (0,promises_.stat)(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
            if (age > TAKEOVER_GUARD_MS)
                await (0,promises_.rm)(guard, { force: true });
            return 'busy';
        }
        try {
            await handle.close();
            const now = await this.read();
            if (now === undefined || now.owner !== held.owner || now.pid !== held.pid || now.createdAt !== held.createdAt)
                return 'changed';
            await (0,promises_.rm)(this.file, { force: true });
            return 'removed';
        }
        finally {
            await (0,promises_.rm)(guard, { force: true });
        }
    }
    async release(owner, force = false) {
        const held = await this.read();
        if (held === undefined)
            return false;
        if (!force && held.owner !== owner) {
            throw new errors/* ModelshipError */.W7(`lock on "${held.environment}" is held by ${held.owner}, not ${owner}`, { hint: 'pass --force to break it' });
        }
        await (0,promises_.rm)(this.file, { force: true });
        return true;
    }
}

;// CONCATENATED MODULE: ./src/deploy/state/local.ts







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
        return external_node_path_default().join(this.dir, `${environment}.json`);
    }
    lockFile(environment) {
        return new LockFile(external_node_path_default().join(this.dir, `${environment}.lock`));
    }
    /** The records of one environment; [] when there is no file yet. Corruption throws. */
    async load(environment) {
        const file = this.fileFor(environment);
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return [];
            throw new errors/* ModelshipError */.W7(`cannot read deployment state ${file}: ${err.message}`);
        }
        const corrupt = (why) => new errors/* ModelshipError */.W7(`deployment state ${file} is corrupted: ${why}`, {
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
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        const file = this.fileFor(environment);
        // Keep the last good file as .bak: load() throws on a corrupted one, so only a valid file is copied.
        if ((await this.load(environment)).length > 0)
            await (0,promises_.copyFile)(file, `${file}.bak`);
        const state = { schema: 1, environment, checksum: checksumOf(environment, records), records };
        await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
    }
    async environments() {
        try {
            return (await (0,promises_.readdir)(this.dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
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
            throw new errors/* ModelshipError */.W7(`deployment ${record.id} is missing from ${this.fileFor(record.environment)}`);
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
        return external_node_path_default().join(this.dir, `${record.environment}.requests`, record.id.replace(/[^A-Za-z0-9._-]/g, '_'));
    }
    async request(record, request) {
        const dir = this.requestDir(record);
        await (0,promises_.mkdir)(dir, { recursive: true });
        const name = `${String(Date.parse(request.at)).padStart(15, '0')}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.json`;
        const handle = await (0,promises_.open)(external_node_path_default().join(dir, name), 'wx', 0o644);
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
        const names = await (0,promises_.readdir)(dir).catch(() => []);
        const out = [];
        for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
            // A request is written in one small write and synced; one caught mid-write is read on the next poll.
            const parsed = await (0,promises_.readFile)(external_node_path_default().join(dir, name), 'utf8').then((t) => JSON.parse(t), () => undefined);
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
    return `${actor ?? osUser()}@${external_node_os_default().hostname()}:${process.pid}`;
}
/** The OS user running modelship (what `lock` and `deploy` record when no actor is given). */
function osUser() {
    try {
        return external_node_os_default().userInfo().username;
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
    return sha256Text(JSON.stringify({ environment, records }));
}

;// CONCATENATED MODULE: ./src/deploy/state/select.ts

/** The store given by the caller (GitHub Deployments in actions), else the environment's local state file. */
function storeFor(loaded, env, options) {
    return options.store ?? new LocalDeploymentStore(loaded.resolvePath(env.stateDir, ['environments', env.name, 'stateDir']));
}

;// CONCATENATED MODULE: ./src/deploy/recovery.ts










/** When a record last showed progress: its newest step, heartbeat or status change. */
function lastProgressMs(record) {
    const times = [record.createdAt, record.updatedAt, record.heartbeatAt, ...record.steps.map((s) => s.at)].map((t) => (t ? Date.parse(t) : NaN)).filter((t) => Number.isFinite(t));
    return Math.max(0, ...times);
}
/** The moment an in-progress record passes its environment's progress deadline. */
function deadlineOf(record, env) {
    return lastProgressMs(record) + (0,config.progressDeadlineMs)(env);
}
/** A live process on this host holds the lock: it enforces its own deadline, and is never reverted under it. */
function heldByLiveLocalProcess(held) {
    return held !== undefined && held.pid > 0 && held.host === external_node_os_default().hostname() && !LockFile.isStale(held);
}
/**
 * Reverts the environment's interrupted rollouts that are past their progress deadline (or that `force`
 * picks: an abort of a rollout whose process is gone, the deploy action's post step). `reason` is journaled.
 */
async function recoverStalled(loaded, env, models, options, request = {}) {
    const store = storeFor(loaded, env, options);
    const now = options.now ?? Date.now;
    const out = [];
    // One read of the environment for every model where the store can; each recovery reads again under the lock.
    const histories = store.histories && models.length > 1 ? await store.histories(env.name, models) : undefined;
    for (const model of models) {
        const found = (histories ? (histories.get(model) ?? []) : await store.history(env.name, model)).find((r) => r.status === 'in_progress');
        if (found === undefined)
            continue;
        const held = await store.lockInfo(env.name);
        const forced = request.force?.(found, held) === true;
        const expired = now() > deadlineOf(found, env);
        if (!forced && (!expired || heldByLiveLocalProcess(held)))
            continue;
        const skipped = (message) => ({ environment: env.name, model, deploymentId: found.id, version: found.payload.version, reverted: false, liveVersion: null, message });
        if (held !== undefined && held.pid <= 0) {
            out.push(skipped(`the interrupted rollout of ${model} ${found.payload.version} is past its deadline, but ${env.name} is locked by hand (${held.owner}): not reverted; modelship rollback ${env.name} as that user`));
            continue;
        }
        const why = request.reason ?? `progress deadline ${(0,duration/* formatDuration */.a)((0,config.progressDeadlineMs)(env))} exceeded: no progress since ${new Date(lastProgressMs(found)).toISOString()} (last step "${found.steps.at(-1)?.name ?? 'start'}")`;
        const user = request.actor ?? osUser();
        const owner = defaultOwner(user);
        // Only the lock of the rollout being recovered may be replaced, and only while it is still held by it.
        const takeOver = (h) => h.pid > 0 && held !== undefined && h.owner === held.owner && h.createdAt === held.createdAt;
        try {
            await store.lock(env.name, { owner, pid: process.pid, host: external_node_os_default().hostname(), reason: `recover ${model} ${found.payload.version}` }, takeOver);
        }
        catch (err) {
            if (!(err instanceof errors/* ModelshipError */.W7))
                throw err;
            out.push(skipped(`another process holds ${env.name} (recovering it, or deploying): ${err.message}`));
            continue;
        }
        try {
            const history = await store.history(env.name, model);
            const record = history.find((r) => r.id === found.id && r.status === 'in_progress');
            if (record === undefined) {
                out.push(skipped(`${model} ${found.payload.version} in ${env.name} was already recovered by another process`));
                continue;
            }
            const current = history.find((r) => r.status === 'success');
            const liveVersion = current?.payload.version ?? null;
            const fallback = providerFor(loaded, env);
            const provider = options.provider ? options.provider(env, fallback) : fallback;
            const pctx = { environment: env.name, model, log: options.log ?? (() => { }) };
            const base = current ? settledTraffic(current.payload.version, current.payload.previousVersion, current.payload.strategy) : emptyTraffic(record.payload.strategy);
            const detail = await provider.revert(pctx, base, current ? targetOf(loaded, current.payload) : undefined);
            const step = { name: 'revert-interrupted', status: 'reverted', detail: `${why}: ${detail}`, at: new Date().toISOString() };
            try {
                await store.step(record, step);
                await store.finish(record, 'failure', `${why}; reverted by ${owner} to ${liveVersion ?? 'nothing'}`);
            }
            catch (err) {
                throw new errors/* ModelshipError */.W7(`${env.name} was reverted to ${liveVersion ?? 'nothing'} (${model} ${record.payload.version} stopped: ${why}), but the state store ${store.location} failed to record it: ${err.message}`, {
                    hint: 'traffic is on the last good version; the next modelship command on this environment records the revert',
                });
            }
            out.push({ environment: env.name, model, deploymentId: record.id, version: record.payload.version, reverted: true, liveVersion, message: `${model} ${record.payload.version} in ${env.name}: ${why}; reverted to ${liveVersion ?? 'nothing'}` });
        }
        finally {
            await store.unlock(env.name, owner).catch(() => { });
        }
    }
    return out;
}
/**
 * `modelship serve --env ENV`: while it serves, checks the environment's rollouts every `intervalMs` and
 * reverts one whose process is gone past its progress deadline, then lets the server re-read routing at once.
 * One check at a time; errors are reported and the next check tries again. Returns the stop function.
 */
function watchStalledRollouts(loaded, env, options) {
    let busy = false;
    const check = async () => {
        if (busy)
            return;
        busy = true;
        try {
            for (const r of await recoverStalled(loaded, env, Object.keys(loaded.config.models), options, { actor: 'modelship serve' }))
                await options.onRecovered(r);
        }
        catch (err) {
            options.onError(err);
        }
        finally {
            busy = false;
        }
    };
    const timer = setInterval(() => void check(), options.intervalMs);
    timer.unref();
    void check();
    return () => clearInterval(timer);
}
/** A deployed version as a target again (revert and rollback hand it to the provider). */
function targetOf(loaded, payload) {
    const config = (0,core_config/* getModel */.E1)(loaded, payload.model);
    return { model: payload.model, version: payload.version, artifact: payload.artifact, sha256: payload.sha256, format: config.format ?? 'onnx', signature: config.signature, ...(payload.metrics ? { metrics: payload.metrics } : {}) };
}


/***/ })

};
