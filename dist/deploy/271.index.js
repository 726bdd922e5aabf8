export const id = 271;
export const ids = [271];
export const modules = {

/***/ 1106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   f1: () => (/* binding */ sha256Text),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
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

/***/ 9271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  adopt: () => (/* binding */ adopt),
  control: () => (/* binding */ control),
  deploy: () => (/* binding */ deploy),
  exitCodeOf: () => (/* binding */ exitCodeOf),
  lock: () => (/* binding */ lock),
  promote: () => (/* binding */ promote),
  retry: () => (/* binding */ retry),
  rollback: () => (/* binding */ rollback),
  status: () => (/* binding */ engine_status),
  storeFor: () => (/* reexport */ storeFor),
  unlock: () => (/* binding */ unlock)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/config.ts + 2 modules
var core_config = __webpack_require__(3582);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/map-limit.ts
/**
 * Runs `work` over the items, at most `limit` at a time, and gives each item's outcome in the items' order
 * (whatever order they finish in). Outcomes, not a rejection: the caller decides which failure to report,
 * e.g. the first in order, as a loop one at a time would have.
 */
async function mapLimit(items, limit, work) {
    const outcomes = new Array(items.length);
    let next = 0;
    const lane = async () => {
        while (next < items.length) {
            const i = next++;
            try {
                outcomes[i] = { status: 'fulfilled', value: await work(items[i], i) };
            }
            catch (reason) {
                outcomes[i] = { status: 'rejected', reason };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, lane));
    return outcomes;
}
/** The values of the outcomes, in order; throws the first failure in order. */
function valuesInOrder(outcomes) {
    return outcomes.map((o) => {
        if (o.status === 'rejected')
            throw o.reason;
        return o.value;
    });
}

// EXTERNAL MODULE: ./src/core/git/index.ts + 5 modules
var git = __webpack_require__(2773);
// EXTERNAL MODULE: ./src/core/metrics/index.ts + 15 modules
var metrics = __webpack_require__(7546);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/gate/config.ts
const DEFAULT_POLICIES = {
    onMissingMetric: 'fail',
    onMissingBaseline: 'fail',
    onZeroBaseline: 'fail',
    onNonFinite: 'fail',
    zeroEpsilon: 1e-12,
};
const DEFAULT_AGGREGATE = { mode: 'all', pass: 90, marginal: 75, onMarginal: 'inconclusive' };
const DEFAULT_SEED = 42;
function gateConfig(name, spec) {
    return {
        name,
        description: spec.description,
        policies: { ...DEFAULT_POLICIES, ...spec.policies },
        checks: spec.checks,
        aggregate: { ...DEFAULT_AGGREGATE, ...spec.aggregate },
        seed: spec.seed ?? DEFAULT_SEED,
    };
}

;// CONCATENATED MODULE: ./src/gate/config-issues.ts

// Apart from run.ts so that `config check` reads these rules without loading the gate engine and metric sources.
/** Gate rules a JSON Schema cannot say, reported at their line like schema errors (`config check` lists them too). */
function gateConfigIssues(loaded, name, spec) {
    const issues = [];
    const at = (path, message, hint) => issues.push({ location: loaded.locate(['gates', name, ...path]), path: ['gates', name, ...path].join('.'), message, hint });
    spec.checks.forEach((check, i) => {
        if (!check.value && !check.change && !check.crossSlice && !check.statistics) {
            at(['checks', i], `check ${i + 1} (${check.metric}) has nothing to check`, 'add value, change, crossSlice or statistics');
        }
        if (check.value?.min !== undefined && check.value?.max !== undefined && check.value.min > check.value.max) {
            at(['checks', i, 'value'], `value.min ${check.value.min} is above value.max ${check.value.max}: no value can pass`);
        }
        const ch = check.change ?? {};
        if (ch.minAbsolute !== undefined && ch.maxAbsolute !== undefined && ch.minAbsolute > ch.maxAbsolute)
            at(['checks', i, 'change'], `change.minAbsolute ${ch.minAbsolute} is above change.maxAbsolute ${ch.maxAbsolute}`);
        if (ch.minRelative !== undefined && ch.maxRelative !== undefined && ch.minRelative > ch.maxRelative)
            at(['checks', i, 'change'], `change.minRelative ${ch.minRelative} is above change.maxRelative ${ch.maxRelative}`);
        if (check.statistics && check.statistics.method !== 'mannWhitney' && !check.change) {
            at(['checks', i, 'statistics'], `${check.statistics.method} needs change bounds to decide on`, 'add e.g. change: {minAbsolute: -0.01} (the non-inferiority margin)');
        }
    });
    const agg = spec.aggregate;
    if (agg?.pass !== undefined && agg?.marginal !== undefined && agg.marginal > agg.pass)
        at(['aggregate', 'marginal'], `aggregate.marginal ${agg.marginal} is above aggregate.pass ${agg.pass}`);
    if (spec.model !== undefined && !Object.hasOwn(loaded.config.models, spec.model)) {
        at(['model'], `gate "${name}" names model "${spec.model}", which is not configured`, (0,core_text/* didYouMean */.au)(spec.model, Object.keys(loaded.config.models)) ?? `models: ${Object.keys(loaded.config.models).join(', ')}`);
    }
    const baseline = spec.baseline;
    if (baseline !== undefined && isLive(baseline)) {
        const environments = Object.keys(loaded.config.environments ?? {});
        if (!environments.includes(baseline.live.environment)) {
            at(['baseline', 'live', 'environment'], `the live baseline names environment "${baseline.live.environment}", which is not configured`, (0,core_text/* didYouMean */.au)(baseline.live.environment, environments) ?? `environments: ${environments.join(', ') || '(none)'}`);
        }
    }
    return issues;
}
/** A baseline read from what an environment serves (`{live: {environment}}`), not from a metrics source. */
function isLive(spec) {
    return spec !== null && typeof spec === 'object' && !Array.isArray(spec) && 'live' in spec;
}

;// CONCATENATED MODULE: ./src/core/stats/normal.ts
/**
 * The standard normal distribution. erfc follows W. J. Cody's rational Chebyshev approximation as given
 * by Numerical Recipes (`erfcc`, relative error < 1.2e-7 everywhere), which is ample for p-values.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z - 1.26551223 +
            t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
                t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** P(Z <= z). */
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}
/** P(Z > z), computed directly so small tails keep their precision. */
function normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}

;// CONCATENATED MODULE: ./src/core/stats/ab-test.ts

/**
 * A/B winner tests on an outcome: the two-proportion z-test for 0/1 outcomes, Welch's t-test for continuous
 * ones, their confidence intervals of the difference (candidate - baseline), and the minimum sample size per
 * arm for a minimum detectable effect, significance and power (the textbook normal-approximation formulas
 * statsmodels and G*Power use). Cross-checked against SciPy in test/core/stats/ab-test.test.ts.
 */
/**
 * The standard normal quantile: Acklam's rational approximation, polished by one Newton step on normalCdf
 * (whose erfc is good to ~1e-7 relative: quantiles to ~1e-7, ample for sample sizes and intervals).
 */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`a normal quantile needs p in (0, 1), got ${p}`);
    const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
    const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
    const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    const low = 0.02425;
    let x;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    else if (p <= 1 - low) {
        const q = p - 0.5;
        const r = q * q;
        x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    else {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const e = normalCdf(x) - p;
    return x - e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
}
/** ln Γ(x), Lanczos (g = 7, n = 9), x > 0. */
function logGamma(x) {
    const g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let s = g[0];
    for (let i = 1; i < 9; i++)
        s += g[i] / (z + i);
    const t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}
/** The regularized incomplete beta I_x(a, b), by its continued fraction (modified Lentz). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    if (x > (a + 1) / (a + b + 2))
        return 1 - incompleteBeta(1 - x, b, a);
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)) / a;
    const tiny = 1e-300;
    let f = 1;
    let c = 1;
    let d = 0;
    for (let i = 0; i <= 400; i++) {
        const m = i >> 1;
        const num = i === 0 ? 1 : i % 2 === 0 ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) : -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
        d = 1 + num * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        d = 1 / d;
        c = 1 + num / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        const cd = c * d;
        f *= cd;
        if (Math.abs(1 - cd) < 1e-15)
            break;
    }
    return front * (f - 1);
}
/** P(T > t) for Student's t with `df` degrees of freedom. */
function studentTSf(t, df) {
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? tail : 1 - tail;
}
/** The Student t quantile, by bisection on studentTSf (monotone; 200 halvings reach double precision). */
function studentTQuantile(p, df) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`a t quantile needs p in (0, 1), got ${p}`);
    let lo = -1e3;
    let hi = 1e3;
    for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
        const mid = (lo + hi) / 2;
        if (1 - studentTSf(mid, df) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/**
 * Two-proportion z-test (pooled standard error under H0, as statsmodels' `proportions_ztest`), with the
 * Wald interval of the difference (unpooled standard error).
 */
function twoProportionTest(successesCandidate, nCandidate, successesBaseline, nBaseline, confidence) {
    const p1 = successesCandidate / nCandidate;
    const p0 = successesBaseline / nBaseline;
    const pooled = (successesCandidate + successesBaseline) / (nCandidate + nBaseline);
    const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / nCandidate + 1 / nBaseline));
    const difference = p1 - p0;
    const z = se0 === 0 ? 0 : difference / se0;
    const se = Math.sqrt((p1 * (1 - p1)) / nCandidate + (p0 * (1 - p0)) / nBaseline);
    const half = normalQuantile(1 - (1 - confidence) / 2) * se;
    return { difference, lower: difference - half, upper: difference + half, statistic: z, pGreater: se0 === 0 ? 0.5 : normalSf(z), pLess: se0 === 0 ? 0.5 : normalCdf(z) };
}
/** Welch's unequal-variances t-test (SciPy `ttest_ind(equal_var=False)`) and its interval of the difference. */
function welchTest(candidate, baseline, confidence) {
    const v1 = candidate.variance / candidate.n;
    const v0 = baseline.variance / baseline.n;
    const se = Math.sqrt(v1 + v0);
    const difference = candidate.mean - baseline.mean;
    const df = (v1 + v0) ** 2 / (v1 ** 2 / (candidate.n - 1) + v0 ** 2 / (baseline.n - 1));
    if (se === 0)
        return { difference, lower: difference, upper: difference, statistic: 0, pGreater: 0.5, pLess: 0.5, df: Infinity };
    const t = difference / se;
    const half = studentTQuantile(1 - (1 - confidence) / 2, df) * se;
    return { difference, lower: difference - half, upper: difference + half, statistic: t, pGreater: studentTSf(t, df), pLess: studentTSf(-t, df), df };
}
/**
 * Per-arm sample size to detect a change of `effect` from a baseline rate `p0` with a two-sided test at
 * `alpha` and `power`: n = [z(1-α/2) √(2 p̄(1-p̄)) + z(power) √(p0(1-p0) + p1(1-p1))]² / effect², p̄ the mean
 * of p0 and p1 = p0 + effect, rounded up (10% -> 12%, α 0.05, power 0.8: 3 841 per arm).
 */
function sampleSizeTwoProportions(p0, effect, alpha, power) {
    const p1 = p0 + effect;
    if (!(p0 > 0 && p0 < 1 && p1 > 0 && p1 < 1 && effect !== 0))
        throw new RangeError(`the baseline rate ${p0} and rate with the effect ${p1} must both be strictly between 0 and 1, and differ`);
    const bar = (p0 + p1) / 2;
    const za = normalQuantile(1 - alpha / 2);
    const zb = normalQuantile(power);
    return Math.ceil((za * Math.sqrt(2 * bar * (1 - bar)) + zb * Math.sqrt(p0 * (1 - p0) + p1 * (1 - p1))) ** 2 / effect ** 2);
}
/** Per-arm sample size to detect a difference of means `effect` with standard deviation `sd`: 2 (z(1-α/2) + z(power))² sd² / effect², rounded up. */
function sampleSizeMeans(sd, effect, alpha, power) {
    if (!(sd > 0 && effect !== 0 && Number.isFinite(sd) && Number.isFinite(effect)))
        throw new RangeError(`sample size needs a positive standard deviation and a non-zero effect, got sd ${sd}, effect ${effect}`);
    return Math.ceil((2 * (normalQuantile(1 - alpha / 2) + normalQuantile(power)) ** 2 * sd * sd) / (effect * effect));
}

;// CONCATENATED MODULE: ./src/core/stats/significance.ts
/**
 * Significance levels from confidence levels. `1 - 0.95` is 0.050000000000000044 in binary floating point,
 * so a p-value of exactly 0.05 would pass `p < 1 - 0.95`; the level is rounded to 12 significant digits
 * (far below any meaningful difference between levels) so that the documented strict inequality holds.
 */
function significanceLevel(confidence) {
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    return Number((1 - confidence).toPrecision(12));
}
/** The documented rule everywhere: significant iff p < α = 1 − confidence, strictly. */
function isSignificant(pValue, confidence) {
    return pValue < significanceLevel(confidence);
}

// EXTERNAL MODULE: ./src/core/stats/descriptive.ts
var descriptive = __webpack_require__(4021);
;// CONCATENATED MODULE: ./src/core/stats/random.ts
/** cyrb128: spreads a string into four 32-bit seeds, so nearby seeds give unrelated streams. */
function seedWords(seed) {
    let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
    for (let i = 0; i < seed.length; i++) {
        const k = seed.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
/** A generator from a seed (number or string). The default seed is fixed on purpose: determinism first. */
function createRandom(seed = 0x5eed) {
    let [a, b, c, d] = seedWords(String(seed));
    const next = () => {
        a >>>= 0;
        b >>>= 0;
        c >>>= 0;
        d >>>= 0;
        let t = (a + b) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        d = (d + 1) | 0;
        t = (t + d) | 0;
        c = (c + t) | 0;
        return (t >>> 0) / 4294967296;
    };
    // Discard the first outputs: sfc32 needs a few rounds to mix its state.
    for (let i = 0; i < 15; i++)
        next();
    let spare;
    return {
        next,
        int(n) {
            if (!Number.isInteger(n) || n <= 0)
                throw new RangeError(`int(n): n must be a positive integer, got ${n}`);
            return Math.floor(next() * n);
        },
        normal() {
            if (spare !== undefined) {
                const s = spare;
                spare = undefined;
                return s;
            }
            let u = 0;
            while (u === 0)
                u = next();
            const v = next();
            const r = Math.sqrt(-2 * Math.log(u));
            spare = r * Math.sin(2 * Math.PI * v);
            return r * Math.cos(2 * Math.PI * v);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/stats/bootstrap.ts



function settings(options) {
    const iterations = options.iterations ?? 2000;
    const confidence = options.confidence ?? 0.95;
    if (!Number.isInteger(iterations) || iterations < 10)
        throw new RangeError(`bootstrap: iterations must be an integer >= 10, got ${iterations}`);
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`bootstrap: confidence must be in (0, 1), got ${confidence}`);
    return { iterations, confidence, random: options.random ?? createRandom(options.seed) };
}
function resample(values, random, out) {
    for (let i = 0; i < values.length; i++)
        out[i] = values[random.int(values.length)];
    return out;
}
function checkSample(values, what) {
    if (values.length === 0)
        throw new RangeError(`bootstrap: ${what} is empty`);
    for (const v of values)
        if (!Number.isFinite(v))
            throw new RangeError(`bootstrap: ${what} holds a non-finite value (${v})`);
}
function interval(estimate, stats, confidence, iterations) {
    const finite = stats.filter(Number.isFinite);
    if (finite.length === 0)
        throw new RangeError('bootstrap: the statistic was not finite on any resample');
    const alpha = significanceLevel(confidence) / 2;
    return {
        estimate,
        lower: (0,descriptive/* quantile */.YV)(finite, alpha),
        upper: (0,descriptive/* quantile */.YV)(finite, 1 - alpha),
        confidence,
        iterations,
        discarded: stats.length - finite.length,
    };
}
/** Interval for a statistic of one sample. */
function bootstrapCI(sample, statistic, options = {}) {
    checkSample(sample, 'sample');
    const { iterations, confidence, random } = settings(options);
    const buf = new Array(sample.length);
    const stats = [];
    for (let i = 0; i < iterations; i++)
        stats.push(statistic(resample(sample, random, buf)));
    return interval(statistic(sample), stats, confidence, iterations);
}
/** Interval for a statistic of two independent samples, each resampled on its own (e.g. trials of A and B). */
function bootstrapTwoSampleCI(x, y, statistic, options = {}) {
    checkSample(x, 'x');
    checkSample(y, 'y');
    const { iterations, confidence, random } = settings(options);
    const bx = new Array(x.length);
    const by = new Array(y.length);
    const stats = [];
    for (let i = 0; i < iterations; i++)
        stats.push(statistic(resample(x, random, bx), resample(y, random, by)));
    return interval(statistic(x, y), stats, confidence, iterations);
}
/**
 * Interval for a statistic of paired samples (x[i] and y[i] measured on the same unit, e.g. per-example
 * losses of two models on one evaluation set): indices are resampled together, keeping the pairing.
 */
function pairedBootstrapCI(x, y, statistic, options = {}) {
    checkSample(x, 'x');
    checkSample(y, 'y');
    if (x.length !== y.length)
        throw new RangeError(`pairedBootstrapCI: samples differ in length (${x.length} vs ${y.length})`);
    const { iterations, confidence, random } = settings(options);
    const bx = new Array(x.length);
    const by = new Array(y.length);
    const stats = [];
    for (let i = 0; i < iterations; i++) {
        for (let k = 0; k < x.length; k++) {
            const j = random.int(x.length);
            bx[k] = x[j];
            by[k] = y[j];
        }
        stats.push(statistic(bx, by));
    }
    return interval(statistic(x, y), stats, confidence, iterations);
}
/**
 * Interval for the ratio statistic(candidate) / statistic(baseline) of two independent samples: 1.10 means
 * the candidate is 10% higher. `center` is the per-sample statistic (default median: robust to a stray trial).
 */
function bootstrapRatioCI(candidate, baseline, options = {}) {
    const center = options.center === 'mean' ? mean : median;
    return bootstrapTwoSampleCI(candidate, baseline, (c, b) => center(c) / center(b), options);
}

;// CONCATENATED MODULE: ./src/core/stats/mann-whitney.ts


/** Largest C(n1+n2, n1) for which the exact counts stay exact in doubles (< 2^53). */
const EXACT_LIMIT = 2 ** 53;
function mann_whitney_checkSample(values, what) {
    if (values.length === 0)
        throw new RangeError(`mannWhitneyU: ${what} is empty`);
    for (const v of values)
        if (Number.isNaN(v))
            throw new RangeError(`mannWhitneyU: ${what} holds NaN`);
}
/** Midranks of the pooled sample, plus the tie term sum(t^3 - t) for the variance correction. */
function rank(x, y) {
    const pooled = x.map((v) => ({ v, fromX: true })).concat(y.map((v) => ({ v, fromX: false })));
    pooled.sort((a, b) => a.v - b.v);
    let rankSumX = 0;
    let tieTerm = 0;
    let i = 0;
    while (i < pooled.length) {
        let j = i;
        while (j + 1 < pooled.length && pooled[j + 1].v === pooled[i].v)
            j++;
        const midrank = (i + j + 2) / 2;
        const t = j - i + 1;
        if (t > 1)
            tieTerm += t ** 3 - t;
        for (let k = i; k <= j; k++)
            if (pooled[k].fromX)
                rankSumX += midrank;
        i = j + 1;
    }
    return { rankSumX, tieTerm };
}
function logBinomial(n, k) {
    let s = 0;
    for (let i = 1; i <= k; i++)
        s += Math.log(n - k + i) - Math.log(i);
    return s;
}
/**
 * Counts of each U value (0..n1*n2) under the null, as the coefficients of the Gaussian binomial
 * [n1+n2 choose n1]_q = prod_{i=1..n1} (1 - q^(n2+i)) / (1 - q^i). Integer-valued and exact below EXACT_LIMIT.
 */
function exactUCounts(n1, n2) {
    const m = Math.min(n1, n2);
    const n = Math.max(n1, n2);
    const size = m * n + 1;
    const poly = new Float64Array(size);
    poly[0] = 1;
    for (let i = 1; i <= m; i++) {
        const up = n + i;
        for (let k = size - 1; k >= up; k--)
            poly[k] -= poly[k - up];
        for (let k = i; k < size; k++)
            poly[k] += poly[k - i];
    }
    return poly;
}
function exactPValue(u, n1, n2, alternative) {
    const counts = exactUCounts(n1, n2);
    let total = 0;
    for (const c of counts)
        total += c;
    // u is an integer when there are no ties.
    let atLeast = 0;
    for (let k = u; k < counts.length; k++)
        atLeast += counts[k];
    let atMost = 0;
    for (let k = 0; k <= u; k++)
        atMost += counts[k];
    const pGreater = atLeast / total;
    const pLess = atMost / total;
    if (alternative === 'greater')
        return pGreater;
    if (alternative === 'less')
        return pLess;
    return Math.min(1, 2 * Math.min(pGreater, pLess));
}
function mannWhitneyU(x, y, options = {}) {
    mann_whitney_checkSample(x, 'x');
    mann_whitney_checkSample(y, 'y');
    const alternative = options.alternative ?? 'two-sided';
    const continuity = options.continuity ?? true;
    const n1 = x.length;
    const n2 = y.length;
    const { rankSumX, tieTerm } = rank(x, y);
    const u = rankSumX - (n1 * (n1 + 1)) / 2;
    const uOther = n1 * n2 - u;
    const ties = tieTerm > 0;
    const exactAffordable = !ties && logBinomial(n1 + n2, Math.min(n1, n2)) < Math.log(EXACT_LIMIT) && n1 * n2 <= 10_000;
    const requested = options.method ?? 'auto';
    if (requested === 'exact' && !exactAffordable) {
        throw new RangeError(ties ? 'mannWhitneyU: the exact method needs samples without ties' : 'mannWhitneyU: samples too large for the exact method');
    }
    const method = requested === 'normal' ? 'normal' : exactAffordable ? 'exact' : 'normal';
    const cles = u / (n1 * n2);
    const base = { u, uOther, n1, n2, method, alternative, ties, commonLanguageEffect: cles, rankBiserial: 2 * cles - 1 };
    if (method === 'exact')
        return { ...base, pValue: exactPValue(u, n1, n2, alternative) };
    const n = n1 + n2;
    const mu = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    // Every value equal: no evidence either way.
    if (!(variance > 0))
        return { ...base, pValue: 1, z: 0 };
    const sigma = Math.sqrt(variance);
    const cc = continuity ? 0.5 : 0;
    let z;
    let pValue;
    if (alternative === 'greater') {
        z = (u - mu - cc) / sigma;
        pValue = normalSf(z);
    }
    else if (alternative === 'less') {
        z = (u - mu + cc) / sigma;
        pValue = normalCdf(z);
    }
    else {
        z = (Math.max(u, uOther) - mu - cc) / sigma;
        pValue = Math.min(1, 2 * normalSf(z));
    }
    return { ...base, z, pValue: Math.min(1, Math.max(0, pValue)) };
}
/** Hodges-Lehmann estimate of the shift x - y: the median of all pairwise differences. */
function hodgesLehmannShift(x, y) {
    mann_whitney_checkSample(x, 'x');
    mann_whitney_checkSample(y, 'y');
    const diffs = [];
    for (const a of x)
        for (const b of y)
            diffs.push(a - b);
    return (0,descriptive/* median */.JZ)(diffs);
}
/**
 * One-sided Mann-Whitney test of a shift against a margin: `greater` tests H1 "x − y is shifted by more than
 * `margin`", `less` tests H1 "by less than `margin`", by testing (x − margin) against y (the test inverted
 * to give the Hodges-Lehmann confidence bounds). With margin 0 it is the ordinary one-sided test.
 */
function mannWhitneyShiftTest(x, y, margin, alternative, options = {}) {
    if (!Number.isFinite(margin))
        throw new RangeError(`mannWhitneyShiftTest: the margin must be finite, got ${margin}`);
    return mannWhitneyU(margin === 0 ? x : x.map((v) => v - margin), y, { ...options, alternative });
}
/**
 * The smallest one-sided p-value samples of these sizes can give (complete separation, no ties): 1 / C(n1+n2, n1).
 * When it is not below α the test cannot reject whatever the data: 3 against 3 gives 1/20 = 0.05.
 */
function mannWhitneyMinimumPValue(n1, n2) {
    if (!(Number.isInteger(n1) && Number.isInteger(n2) && n1 > 0 && n2 > 0))
        throw new RangeError(`mannWhitneyMinimumPValue: sizes must be positive integers, got ${n1} and ${n2}`);
    const k = Math.min(n1, n2);
    // Exact integer arithmetic while C(n1+n2, k) stays below 2^53 (each partial product is itself a binomial).
    let c = 1;
    for (let i = 1; i <= k; i++) {
        c = (c * (n1 + n2 - k + i)) / i;
        if (c > Number.MAX_SAFE_INTEGER)
            return Math.exp(-logBinomial(n1 + n2, k));
    }
    return 1 / c;
}

;// CONCATENATED MODULE: ./src/gate/statistics.ts





/**
 * The uncertainty of a change, from per-example samples. Every figure is oriented like Δ: positive means
 * the candidate is better (s = +1 when higher is better, −1 when lower is better).
 * - pairedBootstrap: the same examples scored by both models (paired by `id` when both sides have ids,
 *   else by position); resamples example indices; CI of s·(mean(c) − mean(b));
 * - bootstrap: independent samples, each resampled on its own; same CI;
 * - mannWhitney: independent samples (latencies, live measurements); Hodges-Lehmann shift s·HL(c − b) and
 *   one-sided p-values for "candidate worse" and "candidate better", and `pShift` for the same tests against a
 *   margin (a required improvement needs evidence of a shift beyond it, not only a shift that is not worse).
 * Fewer samples than `minSamples` on a side, or (Mann-Whitney) too few for the test to reach significance at
 * all, is an InconclusiveStatisticsError: the check cannot evaluate, and never passes silently.
 */
const DEFAULT_MIN_SAMPLES = 5;
class StatisticsError extends Error {
}
/** Too little data for the test to decide: the check is inconclusive. */
class InconclusiveStatisticsError extends StatisticsError {
}
function changeStatistics(spec, direction, candidate, baseline, defaultSeed) {
    const s = direction === 'higher' ? 1 : -1;
    const confidence = spec.confidence ?? 0.95;
    const seed = spec.seed ?? defaultSeed;
    const resamples = spec.resamples ?? 2000;
    const minSamples = spec.minSamples ?? DEFAULT_MIN_SAMPLES;
    const alpha = significanceLevel(confidence);
    for (const [side, set] of [['candidate', candidate], ['baseline', baseline]]) {
        const bad = set.values.findIndex((v) => !Number.isFinite(v));
        if (bad >= 0)
            throw new StatisticsError(`${side} sample #${bad + 1} is ${set.values[bad]}: statistics need finite samples`);
    }
    const fewest = Math.min(candidate.values.length, baseline.values.length);
    if (fewest < Math.max(2, minSamples)) {
        throw new InconclusiveStatisticsError(`inconclusive: ${candidate.values.length} candidate and ${baseline.values.length} baseline sample(s), fewer than the ${Math.max(2, minSamples)} per side statistics.minSamples requires${spec.minSamples === undefined ? ` (default ${DEFAULT_MIN_SAMPLES})` : ''}`);
    }
    if (spec.method === 'mannWhitney') {
        const floor = mannWhitneyMinimumPValue(candidate.values.length, baseline.values.length);
        if (!(floor < alpha)) {
            throw new InconclusiveStatisticsError(`inconclusive: with ${candidate.values.length} and ${baseline.values.length} samples the smallest one-sided Mann-Whitney p-value is ${floor.toPrecision(3)}, not below α = ${alpha}: the test cannot detect any change at confidence ${confidence}`);
        }
    }
    const n = { candidate: candidate.values.length, baseline: baseline.values.length };
    if (spec.method === 'twoProportion' || spec.method === 'welch')
        return winnerTest(spec, s, candidate.values, baseline.values, confidence, alpha, n);
    const diff = (x, y) => s * ((0,descriptive/* mean */.i2)(x) - (0,descriptive/* mean */.i2)(y));
    try {
        if (spec.method === 'pairedBootstrap') {
            const [x, y] = pair(candidate, baseline);
            const ci = pairedBootstrapCI(x, y, diff, { iterations: resamples, confidence, seed });
            return { method: spec.method, confidence, alpha, estimate: ci.estimate, lower: ci.lower, upper: ci.upper, resamples, seed, baselineCenter: (0,descriptive/* mean */.i2)(y), n: { ...n, paired: x.length } };
        }
        if (spec.method === 'bootstrap') {
            const ci = bootstrapTwoSampleCI(candidate.values, baseline.values, diff, { iterations: resamples, confidence, seed });
            return { method: spec.method, confidence, alpha, estimate: ci.estimate, lower: ci.lower, upper: ci.upper, resamples, seed, baselineCenter: (0,descriptive/* mean */.i2)(baseline.values), n };
        }
        // Worse for the candidate = lower values when higher is better.
        const lowerTail = mannWhitneyU(candidate.values, baseline.values, { alternative: 'less' }).pValue;
        const upperTail = mannWhitneyU(candidate.values, baseline.values, { alternative: 'greater' }).pValue;
        // Oriented samples (s·value): "better" is always "greater", so a margin on Δ is a margin on the shift.
        const c = candidate.values.map((v) => s * v);
        const b = baseline.values.map((v) => s * v);
        const pShift = (margin, tail) => mannWhitneyShiftTest(c, b, margin, tail === 'above' ? 'greater' : 'less').pValue;
        return {
            method: spec.method,
            confidence,
            alpha,
            pShift,
            estimate: s * hodgesLehmannShift(candidate.values, baseline.values),
            pWorse: s > 0 ? lowerTail : upperTail,
            pBetter: s > 0 ? upperTail : lowerTail,
            baselineCenter: (0,descriptive/* median */.JZ)(baseline.values),
            n,
        };
    }
    catch (err) {
        if (err instanceof RangeError)
            throw new StatisticsError(err.message);
        throw err;
    }
}
/**
 * The A/B winner test on an outcome (src/core/stats/ab-test.ts): two-proportion z-test for 0/1 outcomes,
 * Welch's t-test for continuous ones; the interval of Δ decides the change bounds like a bootstrap's. With a
 * `minimumDetectableEffect`, the sample size per arm for it (at α and `power`) is computed first, and a
 * shorter sample is inconclusive: peeking at a short sample never crowns a winner.
 */
function winnerTest(spec, s, c, b, confidence, alpha, n) {
    const power = spec.power ?? 0.8;
    const mde = spec.minimumDetectableEffect;
    let requiredPerArm;
    let test;
    if (spec.method === 'twoProportion') {
        for (const [side, xs] of [['candidate', c], ['baseline', b]]) {
            const bad = xs.findIndex((x) => x !== 0 && x !== 1);
            if (bad >= 0)
                throw new StatisticsError(`twoProportion needs 0/1 outcomes; ${side} sample #${bad + 1} is ${xs[bad]} (use welch for continuous outcomes)`);
        }
        const x1 = c.reduce((t, x) => t + x, 0);
        const x0 = b.reduce((t, x) => t + x, 0);
        if (mde !== undefined)
            requiredPerArm = sized(() => sampleSizeTwoProportions(spec.baselineRate ?? x0 / b.length, Math.abs(mde), alpha, power));
        test = twoProportionTest(x1, c.length, x0, b.length, confidence);
    }
    else {
        const m1 = moments(c);
        const m0 = moments(b);
        if (mde !== undefined)
            requiredPerArm = sized(() => sampleSizeMeans(spec.standardDeviation ?? Math.sqrt(((m1.n - 1) * m1.variance + (m0.n - 1) * m0.variance) / (m1.n + m0.n - 2)), Math.abs(mde), alpha, power));
        test = welchTest(m1, m0, confidence);
    }
    if (requiredPerArm !== undefined && Math.min(c.length, b.length) < requiredPerArm) {
        throw new InconclusiveStatisticsError(`inconclusive: ${c.length} candidate and ${b.length} baseline outcome(s); detecting a difference of ${mde} at α = ${alpha} with power ${power} needs ${requiredPerArm} per arm (computed up front; the sample is still short)`);
    }
    const [lower, upper] = s > 0 ? [test.lower, test.upper] : [-test.upper, -test.lower];
    return {
        method: spec.method,
        confidence,
        alpha,
        estimate: s * test.difference,
        lower,
        upper,
        pWorse: s > 0 ? test.pLess : test.pGreater,
        pBetter: s > 0 ? test.pGreater : test.pLess,
        statistic: test.statistic,
        ...(test.df !== undefined ? { df: test.df } : {}),
        ...(requiredPerArm !== undefined ? { requiredPerArm } : {}),
        baselineCenter: (0,descriptive/* mean */.i2)(b),
        n,
    };
}
function sized(size) {
    try {
        return size();
    }
    catch (err) {
        throw new StatisticsError(`cannot size the test: ${err.message}`);
    }
}
function moments(xs) {
    const m = (0,descriptive/* mean */.i2)(xs);
    return { n: xs.length, mean: m, variance: xs.reduce((t, x) => t + (x - m) ** 2, 0) / (xs.length - 1) };
}
/** Pairs two models' per-example values: by id when both sides carry ids, else by position. */
function pair(candidate, baseline) {
    if (candidate.ids && baseline.ids) {
        const byId = new Map(baseline.ids.map((id, i) => [id, baseline.values[i]]));
        const x = [];
        const y = [];
        const unmatched = [];
        candidate.ids.forEach((id, i) => {
            const b = byId.get(id);
            if (b === undefined)
                unmatched.push(id);
            else {
                x.push(candidate.values[i]);
                y.push(b);
            }
        });
        if (unmatched.length > 0 || x.length !== baseline.values.length) {
            throw new StatisticsError(`paired samples need the same examples on both sides: ${unmatched.length} candidate id(s) not in the baseline (e.g. ${unmatched.slice(0, 3).join(', ') || '—'}), ${baseline.values.length - x.length} baseline id(s) not in the candidate`);
        }
        return [x, y];
    }
    if (candidate.values.length !== baseline.values.length) {
        throw new StatisticsError(`paired samples differ in length (${candidate.values.length} vs ${baseline.values.length}) and carry no ids to pair them by`);
    }
    return [[...candidate.values], [...baseline.values]];
}

;// CONCATENATED MODULE: ./src/gate/engine.ts


const TOLERANCE = 1e-12;
/** MLflow's fallback for a zero baseline: strictly better by at least this much. */
const STRICT_IMPROVEMENT = 1e-10;
function evaluateGate(gate, inputs, options = {}) {
    const seed = options.seed ?? gate.seed;
    const rows = [];
    gate.checks.forEach((check, index) => rows.push(...evaluateCheck(gate, check, index, inputs, seed)));
    const counts = { pass: 0, fail: 0, warn: 0, skip: 0, error: 0 };
    for (const r of rows)
        counts[r.status]++;
    const { verdict, reason, score } = aggregate(gate, rows);
    return {
        gate: gate.name,
        verdict,
        reason,
        score,
        aggregate: gate.aggregate.mode,
        candidate: inputs.candidate.describe(),
        baseline: inputs.baseline?.describe() ?? null,
        baselineNote: inputs.baseline ? undefined : inputs.baselineNote,
        counts,
        checks: rows,
        seed,
    };
}
function evaluateCheck(gate, check, index, inputs, seed) {
    const out = [];
    const name = check.name ?? check.metric;
    const base = (kind, slice) => ({
        check: name,
        checkIndex: index,
        kind,
        metric: check.metric,
        slice,
        candidate: null,
        baseline: null,
        critical: check.critical === true,
        weight: check.weight ?? 1,
    });
    // The reason names where the policy was set: the check's own onMissingMetric, or the gate's.
    const missingPolicy = check.onMissingMetric !== undefined ? { policy: check.onMissingMetric, setting: `checks[${index}].onMissingMetric` } : { policy: gate.policies.onMissingMetric, setting: 'policies.onMissingMetric' };
    const wantsChange = check.change !== undefined || check.statistics !== undefined;
    for (const target of expandSlices(check, inputs.candidate)) {
        const kinds = [...(check.value ? ['value'] : []), ...(wantsChange ? ['change'] : [])];
        if (target.problem !== undefined) {
            for (const kind of kinds)
                out.push(finish({ ...base(kind, target.label), bound: boundText(kind, check) }, missing(missingPolicy, target.problem)));
            continue;
        }
        if (check.value)
            out.push(valueRow(gate, check, base('value', target.label), inputs.candidate, target.slice, missingPolicy));
        if (wantsChange)
            out.push(changeRow(gate, check, base('change', target.label), inputs, target.slice, missingPolicy, seed));
    }
    if (check.crossSlice)
        out.push(gapRow(gate, check, base('crossSlice', `${check.crossSlice.feature}:*`), inputs, missingPolicy));
    return out;
}
/** `overall`, a feature (each of its slices in the candidate) or `feature:value`. */
function expandSlices(check, candidate) {
    if (!check.slices || check.slices.length === 0)
        return check.value || check.change || check.statistics ? [{ label: 'overall' }] : [];
    const out = [];
    for (const entry of check.slices) {
        if (entry === 'overall') {
            out.push({ label: 'overall' });
            continue;
        }
        const sep = entry.indexOf(':');
        if (sep > 0) {
            const slice = { feature: entry.slice(0, sep), value: entry.slice(sep + 1) };
            out.push({ label: entry, slice });
            continue;
        }
        const values = candidate.sliceValues(entry);
        if (values === undefined || values.length === 0) {
            const probe = candidate.get(check.metric, { feature: entry, value: '' });
            out.push({ label: `${entry}:*`, problem: probe.ok ? `slice feature "${entry}" has no values in the candidate` : probe.reason.replace(/^slice [^ ]+ does not exist/, `slice feature "${entry}" has no values`) });
            continue;
        }
        for (const value of values)
            out.push({ label: `${entry}:${value}`, slice: { feature: entry, value } });
    }
    return out;
}
function finish(row, outcome) {
    return { ...row, status: outcome.status, passed: outcome.status === 'pass', reason: outcome.reason };
}
function missing(rule, reason) {
    const status = rule.policy === 'fail' ? 'fail' : rule.policy === 'warn' ? 'warn' : 'skip';
    return { status, reason: `${reason} (${rule.setting}: ${rule.policy})` };
}
/** Lookup problems and non-finite values, turned into an outcome by policy; undefined when the value is usable. */
function screen(gate, lookup, missingPolicy, side, metric) {
    if (!lookup.ok) {
        if (lookup.kind === 'invalid')
            return { status: 'error', reason: lookup.reason };
        return missing(missingPolicy, side === 'baseline' ? `baseline: ${lookup.reason}` : lookup.reason);
    }
    if (!Number.isFinite(lookup.value)) {
        const p = gate.policies.onNonFinite;
        const status = p === 'fail' ? 'fail' : p === 'warn' ? 'warn' : 'skip';
        return { status, reason: `the ${side} value of ${metric} is ${(0,metrics/* formatNumber */.ZV)(lookup.value)}, not a finite number (policies.onNonFinite: ${p})` };
    }
    return undefined;
}
function valueRow(gate, check, row, candidate, slice, missingPolicy) {
    const bound = boundText('value', check);
    const lookup = candidate.get(check.metric, slice);
    const base = { ...row, bound, candidate: lookup.ok ? json(lookup.value) : null };
    const problem = screen(gate, lookup, missingPolicy, 'candidate', check.metric);
    if (problem)
        return finish(base, problem);
    const c = lookup.value;
    const { min, max } = check.value;
    const where = slice ? ` in slice ${slice.feature}:${slice.value}` : '';
    if (min !== undefined && c < min)
        return finish(base, { status: 'fail', reason: `${check.metric}${where} is ${(0,metrics/* formatNumber */.ZV)(c)}, below the minimum ${(0,metrics/* formatNumber */.ZV)(min)}` });
    if (max !== undefined && c > max)
        return finish(base, { status: 'fail', reason: `${check.metric}${where} is ${(0,metrics/* formatNumber */.ZV)(c)}, above the maximum ${(0,metrics/* formatNumber */.ZV)(max)}` });
    return finish(base, { status: 'pass', reason: `${check.metric}${where} is ${(0,metrics/* formatNumber */.ZV)(c)}, within ${bound.replace('c', check.metric)}` });
}
function bounds(change) {
    const out = [];
    if (!change)
        return out;
    if (change.minAbsolute !== undefined)
        out.push({ key: 'minAbsolute', limit: change.minAbsolute, side: 'min', relative: false });
    if (change.minRelative !== undefined)
        out.push({ key: 'minRelative', limit: change.minRelative, side: 'min', relative: true });
    if (change.maxAbsolute !== undefined)
        out.push({ key: 'maxAbsolute', limit: change.maxAbsolute, side: 'max', relative: false });
    if (change.maxRelative !== undefined)
        out.push({ key: 'maxRelative', limit: change.maxRelative, side: 'max', relative: true });
    return out;
}
function changeRow(gate, check, row, inputs, slice, missingPolicy, seed) {
    const bound = boundText('change', check);
    const c = inputs.candidate.get(check.metric, slice);
    let base = { ...row, bound, candidate: c.ok ? json(c.value) : null };
    const cProblem = screen(gate, c, missingPolicy, 'candidate', check.metric);
    if (cProblem)
        return finish(base, cProblem);
    if (!inputs.baseline) {
        const p = gate.policies.onMissingBaseline;
        const why = `no baseline${inputs.baselineNote ? ` (${inputs.baselineNote})` : ''}`;
        return finish(base, p === 'fail'
            ? { status: 'fail', reason: `${why}: the change of ${check.metric} cannot be checked (policies.onMissingBaseline: fail)` }
            : { status: 'skip', reason: `${why}: change bounds skipped, as on a first run (policies.onMissingBaseline: skip)` });
    }
    const b = inputs.baseline.get(check.metric, slice);
    base = { ...base, baseline: b.ok ? json(b.value) : null };
    const bProblem = screen(gate, b, missingPolicy, 'baseline', check.metric);
    if (bProblem)
        return finish(base, bProblem);
    const cv = c.value;
    const bv = b.value;
    const s = check.direction === 'higher' ? 1 : -1;
    const delta = s * (cv - bv);
    const zero = Math.abs(bv) < gate.policies.zeroEpsilon;
    const rho = zero ? undefined : delta / Math.abs(bv);
    base = { ...base, change: { absolute: json(delta), relative: rho === undefined ? null : json(rho) } };
    const where = slice ? ` in slice ${slice.feature}:${slice.value}` : '';
    const moved = `${check.metric}${where} went from ${(0,metrics/* formatNumber */.ZV)(bv)} to ${(0,metrics/* formatNumber */.ZV)(cv)} (Δ ${signed(delta)}${rho === undefined ? '' : `, ρ ${percent(rho)}`}, ${check.direction} is better)`;
    let stats;
    if (check.statistics) {
        const key = check.statistics.samples ?? check.metric;
        const cs = inputs.candidate.samples(key, slice);
        const bs = inputs.baseline.samples(key, slice);
        if (!cs || !bs) {
            return finish(base, missing(missingPolicy, `statistics need per-example samples "${key}"${where} in both ${cs ? '' : 'the candidate'}${!cs && !bs ? ' and ' : ''}${bs ? '' : 'the baseline'}`.replace('both  and', 'both')));
        }
        try {
            stats = changeStatistics(check.statistics, check.direction, cs, bs, seed);
        }
        catch (err) {
            if (err instanceof StatisticsError)
                return finish(base, { status: 'error', reason: `statistics for ${check.metric}${where}: ${err.message}` });
            throw err;
        }
        base = {
            ...base,
            statistics: {
                method: stats.method,
                confidence: stats.confidence,
                estimate: json(stats.estimate),
                lower: stats.lower === undefined ? undefined : json(stats.lower),
                upper: stats.upper === undefined ? undefined : json(stats.upper),
                pWorse: stats.pWorse === undefined ? undefined : json(stats.pWorse),
                pBetter: stats.pBetter === undefined ? undefined : json(stats.pBetter),
                resamples: stats.resamples,
                seed: stats.seed,
                n: stats.n,
                ...(stats.requiredPerArm !== undefined ? { requiredPerArm: stats.requiredPerArm } : {}),
                decidedOn: check.statistics.decideOn ?? 'bound',
            },
        };
    }
    const decideOnBound = stats !== undefined && (check.statistics?.decideOn ?? 'bound') === 'bound';
    const list = bounds(check.change);
    const notes = [];
    const held = [];
    const violations = [];
    if (stats && !decideOnBound)
        notes.push('decided on the point estimate Δ, the interval is reported only (statistics.decideOn: pointEstimate)');
    if (decideOnBound && stats.method === 'mannWhitney' && list.length === 0) {
        // Mann-Whitney alone: fail on any significant regression.
        const { alpha } = stats;
        if (stats.pWorse < alpha)
            violations.push(`the candidate is significantly worse (Mann-Whitney one-sided p = ${(0,metrics/* formatNumber */.ZV)(stats.pWorse)} < α ${(0,metrics/* formatNumber */.ZV)(alpha)}, shift ${signed(stats.estimate)})`);
        else
            held.push(`no significant regression (Mann-Whitney one-sided p(worse) = ${(0,metrics/* formatNumber */.ZV)(stats.pWorse)} ≥ α ${(0,metrics/* formatNumber */.ZV)(alpha)})`);
    }
    for (const bnd of list) {
        if (bnd.relative && zero) {
            const p = gate.policies.onZeroBaseline;
            const zeroWhy = `the baseline is ${(0,metrics/* formatNumber */.ZV)(bv)} (|b| < zeroEpsilon ${gate.policies.zeroEpsilon}) so ${bnd.key} ${percent(bnd.limit)} is undefined`;
            if (p === 'skip')
                return finish(base, { status: 'skip', reason: `${moved}; ${zeroWhy}: change check skipped (policies.onZeroBaseline: skip)` });
            if (p === 'fail') {
                violations.push(`${zeroWhy}: it cannot be met (policies.onZeroBaseline: fail)`);
                continue;
            }
            if (p === 'absoluteOnly' || bnd.side === 'max') {
                notes.push(`${zeroWhy}: ignored (policies.onZeroBaseline: ${p})`);
                continue;
            }
            // strictImprovement, as MLflow: a relative minimum becomes "strictly better than the baseline".
            const outcome = judgeBound({ key: bnd.key, limit: STRICT_IMPROVEMENT, side: 'min', relative: false }, delta, 1, stats, decideOnBound);
            const replaced = `${zeroWhy}, replaced by a strict improvement Δ ≥ 1e-10 (policies.onZeroBaseline: strictImprovement)`;
            if (outcome.violation)
                violations.push(`${replaced}: ${outcome.violation}`);
            else
                held.push(`${replaced}: ${outcome.held}`);
            continue;
        }
        const outcome = judgeBound(bnd, delta, bv, stats, decideOnBound);
        if (outcome.violation)
            violations.push(outcome.violation);
        else
            held.push(outcome.held);
    }
    if (violations.length === 0 && held.length === 0)
        return finish(base, { status: 'skip', reason: `${moved}; no change bound could be evaluated: ${notes.join('; ')}` });
    const noteText = notes.length ? `; ${notes.join('; ')}` : '';
    const statText = stats ? ` [${statSummary(stats)}]` : '';
    if (violations.length > 0)
        return finish(base, { status: 'fail', reason: `${moved}${statText}: ${violations.join('; ')}${noteText}` });
    return finish(base, { status: 'pass', reason: `${moved}${statText}: ${held.join('; ')}${noteText}` });
}
/**
 * One change bound against Δ, its confidence bound, or (Mann-Whitney) a one-sided test against the bound:
 * a sentence saying why it holds, or why it is violated. A reason never states a bound that was not shown:
 * - bootstrap (decideOn bound): the lower (minimums) or upper (maximums) confidence bound of Δ must clear it;
 * - Mann-Whitney, a positive minimum (a required improvement): holds only when the shift beyond it is
 *   significant (one-sided test of the shifted sample, p(Δ > min) < α); every other bound (a tolerated
 *   regression, a maximum) is violated only when crossing it is significant (p(Δ < min) or p(Δ > max) < α).
 */
function judgeBound(bnd, delta, b, stats, decideOnBound) {
    const symbol = bnd.relative ? 'ρ' : 'Δ';
    const scale = bnd.relative ? Math.abs(b) : 1;
    const show = (x) => (bnd.relative ? percent(x) : signed(x));
    const limitText = bnd.relative ? percent(bnd.limit) : (0,metrics/* formatNumber */.ZV)(bnd.limit);
    const meaning = bnd.side === 'max'
        ? 'a suspiciously large improvement: check for leakage or a changed evaluation set'
        : bnd.limit < 0
            ? `more regression than the ${bnd.relative ? percent(-bnd.limit) : (0,metrics/* formatNumber */.ZV)(-bnd.limit)} tolerated`
            : bnd.limit > 0
                ? `less than the required improvement of ${bnd.relative ? percent(bnd.limit) : (0,metrics/* formatNumber */.ZV)(bnd.limit)}`
                : 'a regression';
    if (stats && decideOnBound && stats.method === 'mannWhitney') {
        const alpha = (0,metrics/* formatNumber */.ZV)(stats.alpha);
        const x = stats.estimate / scale;
        const margin = bnd.limit * scale;
        if (bnd.side === 'min' && bnd.limit > 0) {
            const p = stats.pShift(margin, 'above');
            if (p < stats.alpha && !below(x, bnd.limit))
                return { held: `${bnd.key}: shift ${symbol} ${show(x)} > ${limitText} is significant (one-sided p(${symbol} > ${limitText}) = ${(0,metrics/* formatNumber */.ZV)(p)} < α ${alpha})` };
            return { violation: `${bnd.key}: no evidence of the required improvement: shift ${symbol} ${show(x)}, one-sided p(${symbol} > ${limitText}) = ${(0,metrics/* formatNumber */.ZV)(p)} ≥ α ${alpha}: ${meaning}` };
        }
        const tail = bnd.side === 'min' ? 'below' : 'above';
        const op = bnd.side === 'min' ? '<' : '>';
        const p = stats.pShift(margin, tail);
        const beyond = bnd.side === 'min' ? below(x, bnd.limit) : above(x, bnd.limit);
        const pText = `one-sided p(${symbol} ${op} ${limitText}) = ${(0,metrics/* formatNumber */.ZV)(p)}`;
        if (beyond && p < stats.alpha)
            return { violation: `${bnd.key}: shift ${symbol} ${show(x)} ${op} ${limitText} and significant (${pText} < α ${alpha}): ${meaning}` };
        if (!beyond)
            return { held: `${bnd.key}: shift ${symbol} ${show(x)} ${bnd.side === 'min' ? '≥' : '≤'} ${limitText} (${pText})` };
        return { held: `${bnd.key}: shift ${symbol} ${show(x)} ${op} ${limitText}, but not significantly (${pText} ≥ α ${alpha}): no evidence to fail on` };
    }
    let x = delta;
    let label = symbol;
    if (stats && decideOnBound) {
        x = bnd.side === 'min' ? stats.lower : stats.upper;
        label = `${symbol} ${bnd.side === 'min' ? 'lower' : 'upper'} ${Math.round(stats.confidence * 100)}% bound`;
    }
    const value = x / scale;
    if (bnd.side === 'min' && below(value, bnd.limit))
        return { violation: `${bnd.key}: ${label} ${show(value)} < ${limitText}: ${meaning}` };
    if (bnd.side === 'max' && above(value, bnd.limit))
        return { violation: `${bnd.key}: ${label} ${show(value)} > ${limitText}: ${meaning}` };
    return { held: `${label} ${show(value)} ${bnd.side === 'min' ? '≥' : '≤'} ${limitText} holds` };
}
/** x < limit beyond rounding noise (1e-12 relative to the numbers involved, at least 1e-12 absolute). */
function below(x, limit) {
    return x < limit - TOLERANCE * Math.max(1, Math.abs(limit), Math.abs(x));
}
function above(x, limit) {
    return x > limit + TOLERANCE * Math.max(1, Math.abs(limit), Math.abs(x));
}
function gapRow(gate, check, row, inputs, missingPolicy) {
    const spec = check.crossSlice;
    const bound = `gap ≤ ${(0,metrics/* formatNumber */.ZV)(spec.maxGap)}`;
    const base = { ...row, bound };
    const values = spec.values ?? inputs.candidate.sliceValues(spec.feature);
    if (values === undefined) {
        const probe = inputs.candidate.get(check.metric, { feature: spec.feature, value: '' });
        return finish(base, missing(missingPolicy, probe.ok ? `slice feature "${spec.feature}" does not exist` : probe.reason));
    }
    const gap = (set, side) => {
        let hi;
        let lo;
        for (const v of values) {
            const lookup = set.get(check.metric, { feature: spec.feature, value: v });
            const problem = screen(gate, lookup, missingPolicy, side, `${check.metric} (slice ${spec.feature}:${v})`);
            if (problem)
                return { ok: false, outcome: problem };
            const x = lookup.value;
            if (!hi || x > hi[1])
                hi = [v, x];
            if (!lo || x < lo[1])
                lo = [v, x];
        }
        return { ok: true, gap: hi[1] - lo[1], hi: hi, lo: lo };
    };
    if (values.length < 2)
        return finish(base, { status: 'error', reason: `a cross-slice gap needs at least two slices of "${spec.feature}", found ${values.length}` });
    const c = gap(inputs.candidate, 'candidate');
    if (!c.ok)
        return finish(base, c.outcome);
    const b = inputs.baseline ? gap(inputs.baseline, 'baseline') : undefined;
    const withBaseline = { ...base, candidate: json(c.gap), baseline: b?.ok ? json(b.gap) : null };
    const text = `${check.metric} across ${spec.feature} ranges from ${(0,metrics/* formatNumber */.ZV)(c.lo[1])} (${c.lo[0]}) to ${(0,metrics/* formatNumber */.ZV)(c.hi[1])} (${c.hi[0]}): gap ${(0,metrics/* formatNumber */.ZV)(c.gap)}${b?.ok ? ` (baseline gap ${(0,metrics/* formatNumber */.ZV)(b.gap)})` : ''}`;
    if (above(c.gap, spec.maxGap))
        return finish(withBaseline, { status: 'fail', reason: `${text} > ${(0,metrics/* formatNumber */.ZV)(spec.maxGap)} allowed` });
    return finish(withBaseline, { status: 'pass', reason: `${text} ≤ ${(0,metrics/* formatNumber */.ZV)(spec.maxGap)}` });
}
function aggregate(gate, rows) {
    const label = (r) => `${r.check}${r.slice === 'overall' ? '' : ` [${r.slice}]`} (${r.kind})`;
    const failed = rows.filter((r) => r.status === 'fail');
    const errors = rows.filter((r) => r.status === 'error');
    const criticalFailed = failed.filter((r) => r.critical);
    const passed = rows.filter((r) => r.status === 'pass');
    const list = (rs) => rs.slice(0, 5).map(label).join(', ') + (rs.length > 5 ? ` and ${rs.length - 5} more` : '');
    if (criticalFailed.length > 0)
        return { verdict: 'fail', reason: `critical check failed: ${list(criticalFailed)}`, score: gate.aggregate.mode === 'score' ? 0 : undefined };
    if (gate.aggregate.mode === 'all') {
        if (failed.length > 0)
            return { verdict: 'fail', reason: `${failed.length} of ${rows.length} check(s) failed: ${list(failed)}` };
        if (errors.length > 0)
            return { verdict: 'inconclusive', reason: `${errors.length} check(s) could not be evaluated: ${list(errors)}` };
        if (passed.length === 0)
            return { verdict: 'inconclusive', reason: rows.length === 0 ? 'the gate has no checks to evaluate' : 'no check was evaluated (all skipped or warned): a gate that evaluated nothing never passes' };
        const others = rows.length - passed.length;
        return { verdict: 'pass', reason: `all ${passed.length} evaluated check(s) passed${others ? ` (${others} skipped or warned)` : ''}` };
    }
    // Weighted score over configured checks: a check passes when all its rows pass (warn/skip rows ignored).
    const byCheck = new Map();
    for (const r of rows)
        byCheck.set(r.checkIndex, [...(byCheck.get(r.checkIndex) ?? []), r]);
    let total = 0;
    let earned = 0;
    for (const rs of byCheck.values()) {
        const statuses = new Set(rs.map((r) => r.status));
        if (!statuses.has('pass') && !statuses.has('fail') && !statuses.has('error'))
            continue;
        const w = rs[0].weight;
        total += w;
        if (!statuses.has('fail') && !statuses.has('error'))
            earned += w;
    }
    if (total === 0)
        return { verdict: 'inconclusive', reason: 'no check was evaluated (all skipped or warned): a gate that evaluated nothing never passes' };
    const score = Math.round((10000 * earned) / total) / 100;
    const { pass, marginal, onMarginal } = gate.aggregate;
    const failing = failed.length ? `; failing: ${list(failed)}` : '';
    if (errors.length > 0)
        return { verdict: 'inconclusive', reason: `score ${score}, but ${errors.length} check(s) could not be evaluated: ${list(errors)}`, score };
    if (score >= pass)
        return { verdict: 'pass', reason: `score ${score} ≥ pass ${pass}${failing}`, score };
    if (score >= marginal) {
        const verdict = onMarginal === 'pass' ? 'pass' : onMarginal === 'fail' ? 'fail' : 'inconclusive';
        return { verdict, reason: `score ${score} is marginal (${marginal} ≤ score < ${pass}; aggregate.onMarginal: ${onMarginal})${failing}`, score };
    }
    return { verdict: 'fail', reason: `score ${score} < marginal ${marginal}${failing}`, score };
}
/** The configured bounds of a row kind, as a formula. */
function boundText(kind, check) {
    if (kind === 'value') {
        const { min, max } = check.value ?? {};
        if (min !== undefined && max !== undefined)
            return `${(0,metrics/* formatNumber */.ZV)(min)} ≤ c ≤ ${(0,metrics/* formatNumber */.ZV)(max)}`;
        if (min !== undefined)
            return `c ≥ ${(0,metrics/* formatNumber */.ZV)(min)}`;
        if (max !== undefined)
            return `c ≤ ${(0,metrics/* formatNumber */.ZV)(max)}`;
        return 'c finite';
    }
    if (kind === 'crossSlice')
        return `gap ≤ ${(0,metrics/* formatNumber */.ZV)(check.crossSlice?.maxGap)}`;
    const parts = bounds(check.change).map((b) => `${b.relative ? 'ρ' : 'Δ'} ${b.side === 'min' ? '≥' : '≤'} ${b.relative ? percent(b.limit) : (0,metrics/* formatNumber */.ZV)(b.limit)}`);
    const stats = check.statistics ? ` (${check.statistics.method}, ${Math.round((check.statistics.confidence ?? 0.95) * 100)}%)` : '';
    return `${parts.length ? parts.join(', ') : 'no significant regression'}${stats}`;
}
function statSummary(s) {
    const pct = `${Math.round(s.confidence * 100)}%`;
    if (s.method === 'twoProportion' || s.method === 'welch') {
        const name = s.method === 'welch' ? `Welch t = ${(0,metrics/* formatNumber */.ZV)(s.statistic)} (df ${(0,metrics/* formatNumber */.ZV)(s.df)})` : `two-proportion z = ${(0,metrics/* formatNumber */.ZV)(s.statistic)}`;
        return `${name}, p(worse) = ${(0,metrics/* formatNumber */.ZV)(s.pWorse)}, p(better) = ${(0,metrics/* formatNumber */.ZV)(s.pBetter)}, ${pct} CI of Δ [${signed(s.lower)}, ${signed(s.upper)}], n = ${s.n.candidate}/${s.n.baseline}${s.requiredPerArm !== undefined ? ` (${s.requiredPerArm} per arm required)` : ''}`;
    }
    if (s.method === 'mannWhitney')
        return `Mann-Whitney: shift ${signed(s.estimate)}, p(worse) = ${(0,metrics/* formatNumber */.ZV)(s.pWorse)}, p(better) = ${(0,metrics/* formatNumber */.ZV)(s.pBetter)}, n = ${s.n.candidate}/${s.n.baseline}`;
    return `${s.method === 'pairedBootstrap' ? 'paired bootstrap' : 'bootstrap'} ${pct} CI of Δ [${signed(s.lower)}, ${signed(s.upper)}], ${s.resamples} resamples, seed ${s.seed}, n = ${s.n.paired ?? `${s.n.candidate}/${s.n.baseline}`}`;
}
function json(v) {
    if (Number.isNaN(v))
        return 'NaN';
    if (v === Infinity)
        return 'Infinity';
    if (v === -Infinity)
        return '-Infinity';
    return v;
}
function signed(v) {
    const t = (0,metrics/* formatNumber */.ZV)(v);
    return v > 0 ? `+${t}` : t;
}
function percent(v) {
    const t = `${(0,metrics/* formatNumber */.ZV)(Number((v * 100).toPrecision(6)))}%`;
    return v > 0 ? `+${t}` : t;
}

;// CONCATENATED MODULE: ./src/gate/run.ts









function exitCodeFor(verdict) {
    return verdict === 'pass' ? errors/* ExitCode */.yU.Pass : verdict === 'fail' ? errors/* ExitCode */.yU.Failed : errors/* ExitCode */.yU.Inconclusive;
}
/** Worst verdict first: any fail fails, else any inconclusive is inconclusive. */
function combineVerdicts(verdicts) {
    if (verdicts.includes('fail'))
        return 'fail';
    if (verdicts.includes('inconclusive') || verdicts.length === 0)
        return 'inconclusive';
    return 'pass';
}
async function runGate(loaded, name, overrides = {}) {
    const gates = (loaded.config.gates ?? {});
    const names = Object.keys(gates);
    if (names.length === 0) {
        throw new errors/* ModelshipError */.W7(`${loaded.file} has no gates`, { location: loaded.locate([]), hint: 'add a `gates:` section (see docs/gate.md)' });
    }
    if (name !== undefined && !Object.hasOwn(gates, name)) {
        throw new errors/* ModelshipError */.W7(`unknown gate "${name}" in ${loaded.file}`, { hint: (0,core_text/* didYouMean */.au)(name, names) ?? `configured gates: ${names.join(', ')}` });
    }
    const results = [];
    // One git for every baseline read at a ref in this run (a monorepo has a gate per model), not a few per file.
    const refs = new git/* FileAtRefReader */.IX();
    try {
        // Gates are independent and mostly wait on files and git: four at a time, reported (and failing) in order.
        const selected = name === undefined ? names : [name];
        results.push(...valuesInOrder(await mapLimit(selected, 4, (gate) => runOne(loaded, gate, gates[gate], overrides, refs))));
    }
    finally {
        refs.close();
    }
    const verdict = combineVerdicts(results.map((r) => r.verdict));
    return {
        verdict,
        exitCode: exitCodeFor(verdict),
        checks: results.flatMap((r) => r.checks.map((c) => ({ gate: r.gate, ...c }))),
        gates: results,
    };
}
async function runOne(loaded, name, spec, overrides, refs) {
    checkSemantics(loaded, name, spec);
    const config = gateConfig(name, spec);
    const keyPath = ['gates', name];
    // Paths from modelship.yml must stay inside the project; paths given on the command line or as action
    // inputs come from the person running the gate and may point anywhere (e.g. a downloaded artifact).
    const ctxFor = (key, ref, trusted) => ({
        root: loaded.root,
        ref,
        fetch: overrides.fetch,
        measurement: overrides.measurement,
        refs,
        resolvePath: (rel) => (trusted ? external_node_path_default().resolve(loaded.root, rel) : loaded.resolvePath(rel, [...keyPath, key])),
    });
    const args = overrides.args ?? {};
    const candidateSpec = withKey(() => (0,metrics/* withArguments */.$I)(overrides.candidate ?? spec.candidate ?? modelMetrics(loaded, name, spec), args, `gate "${name}" candidate`), loaded, [...keyPath, 'candidate'], undefined);
    const inconclusive = (reason, candidate, baseline) => ({
        gate: name,
        verdict: 'inconclusive',
        reason,
        aggregate: config.aggregate.mode,
        candidate,
        baseline,
        counts: { pass: 0, fail: 0, warn: 0, skip: 0, error: 0 },
        checks: [],
        seed: overrides.seed ?? config.seed,
    });
    const candidateCtx = ctxFor('candidate', undefined, overrides.candidate !== undefined);
    const bound = overrides.candidate === undefined ? overrides.candidateVersion : undefined;
    const candidateArgument = overrides.candidate !== undefined ? overrides.arguments?.candidate : undefined;
    const candidateSource = withKey(() => (bound ? bound.source(candidateSpec, candidateCtx, name) : (0,metrics/* createMetricSource */.QB)(candidateSpec, candidateCtx)), loaded, [...keyPath, 'candidate'], candidateArgument);
    let candidate;
    try {
        candidate = await candidateSource.read();
    }
    catch (err) {
        if (err instanceof metrics/* MetricSourceError */.ux && err.kind === 'unavailable')
            return inconclusive(`the candidate metrics could not be read: ${err.message}`, candidateSource.describe(), null);
        throw fromArgument(err, candidateArgument);
    }
    let baseline;
    let baselineNote;
    const rawBaseline = overrides.baseline ?? spec.baseline ?? (overrides.baselineRef ? candidateSpec : undefined);
    let baselineSpec;
    try {
        baselineSpec = rawBaseline === undefined || isLive(rawBaseline) ? rawBaseline : withKey(() => (0,metrics/* withArguments */.$I)(rawBaseline, args, `gate "${name}" baseline`), loaded, [...keyPath, 'baseline'], undefined);
    }
    catch (err) {
        // {{stable}} on a first deploy: there is no baseline, and the gate's onMissingBaseline policy decides.
        if (!(err instanceof metrics/* PlaceholderWithoutValue */.Lo || err.cause instanceof metrics/* PlaceholderWithoutValue */.Lo))
            throw err;
        baselineSpec = undefined;
    }
    if (baselineSpec === undefined) {
        baselineNote = rawBaseline === undefined ? `gate "${name}" configures no baseline` : `gate "${name}": nothing is live to compare with (no stable version)`;
    }
    else if (isLive(baselineSpec)) {
        const { environment, model = spec.model } = baselineSpec.live;
        if (!model)
            throw new errors/* ModelshipError */.W7(`gate "${name}": a live baseline needs a model (baseline.live.model or the gate's model)`, { location: loaded.locate([...keyPath, 'baseline']) });
        if (!overrides.live) {
            throw new errors/* ModelshipError */.W7(`gate "${name}": the baseline is the version live in "${environment}", but no deployment state is available here`, {
                location: loaded.locate([...keyPath, 'baseline']),
                hint: 'pass --baseline FILE (or FILE@REF) instead; `modelship gate`, the gate action and deploys read the deployment state themselves',
            });
        }
        baseline = await overrides.live.metricsForLiveVersion(environment, model);
        if (!baseline)
            baselineNote = `no version of ${model} is live in ${environment} yet`;
    }
    else {
        // Named in errors: the argument that gave the baseline, else the one that gave its ref.
        const baselineArgument = overrides.baseline !== undefined ? overrides.arguments?.baseline : overrides.baselineRef !== undefined ? overrides.arguments?.baselineRef : undefined;
        const source = withKey(() => (0,metrics/* createMetricSource */.QB)(baselineSpec, ctxFor('baseline', overrides.baselineRef, overrides.baseline !== undefined || (spec.baseline === undefined && overrides.candidate !== undefined))), loaded, [...keyPath, 'baseline'], baselineArgument);
        try {
            baseline = await source.read();
        }
        catch (err) {
            if (err instanceof metrics/* SourceNotFoundError */.H4)
                baselineNote = err.message;
            else if (err instanceof metrics/* MetricSourceError */.ux && err.kind === 'unavailable')
                return inconclusive(`the baseline metrics could not be read: ${err.message}`, candidate.describe(), source.describe());
            else
                throw fromArgument(err, baselineArgument);
        }
    }
    const result = evaluateGate(config, { candidate, baseline, baselineNote }, { seed: overrides.seed });
    for (const row of result.checks) {
        const check = spec.checks[row.checkIndex];
        const key = row.kind === 'change' && check.change === undefined ? 'statistics' : row.kind;
        const loc = loaded.locate([...keyPath, 'checks', row.checkIndex, key]);
        row.location = { file: loc.file, line: loc.line, column: loc.column };
    }
    return result;
}
function modelMetrics(loaded, name, spec) {
    if (spec.model !== undefined) {
        const model = loaded.config.models[spec.model];
        if (!model) {
            throw new errors/* ModelshipError */.W7(`gate "${name}" names model "${spec.model}", which is not configured`, {
                location: loaded.locate(['gates', name, 'model']),
                hint: (0,core_text/* didYouMean */.au)(spec.model, Object.keys(loaded.config.models)) ?? `models: ${Object.keys(loaded.config.models).join(', ')}`,
            });
        }
        if (model.metrics)
            return model.metrics;
        throw new errors/* ModelshipError */.W7(`gate "${name}": model "${spec.model}" has no metrics file`, { location: loaded.locate(['models', spec.model]), hint: 'set models.<name>.metrics, or candidate: on the gate' });
    }
    throw new errors/* ModelshipError */.W7(`gate "${name}" has no candidate metrics`, { location: loaded.locate(['gates', name]), hint: 'set candidate: (a metrics file or source), model:, or pass --candidate' });
}
/** Source-spec errors point at the key in modelship.yml they came from, or name the argument that gave the source. */
function withKey(make, loaded, keyPath, argument) {
    try {
        return make();
    }
    catch (err) {
        if (argument !== undefined)
            throw fromArgument(err, argument);
        if (err instanceof errors/* ModelshipError */.W7 && !err.location)
            throw new errors/* ModelshipError */.W7(err.message, { exitCode: err.exitCode, hint: err.hint, location: loaded.locate(keyPath), cause: err });
        throw err;
    }
}
/** An error of a source given on the command line (or as an action input), prefixed with that argument. */
function fromArgument(err, argument) {
    if (argument === undefined || !(err instanceof errors/* ModelshipError */.W7))
        return err;
    const splitHint = /@/.test(argument) ? 'FILE@REF splits at the first "@" after a path that exists (tags such as iris@v1.0.0 keep theirs); or give the ref alone with --baseline-ref (input baseline-ref)' : undefined;
    return new errors/* ModelshipError */.W7(`${argument}: ${err.message}`, { exitCode: err.exitCode, hint: [err.hint, splitHint].filter(Boolean).join('; ') || undefined, cause: err });
}
function checkSemantics(loaded, name, spec) {
    const issues = gateConfigIssues(loaded, name, spec);
    if (issues.length > 0)
        throw new errors/* ConfigError */.xL(issues);
}

// EXTERNAL MODULE: ./src/core/duration.ts
var core_duration = __webpack_require__(8571);
;// CONCATENATED MODULE: ./src/core/stats/sprt.ts
/**
 * A sequential probability ratio test (Wald 1945) on the error proportions of a canary and its stable
 * measured over the same windows: is the candidate's error rate `relativeRisk` times the stable's (H1), or
 * the same (H0)?
 *
 * Conditioning makes it exact whatever the traffic split and the stable's own error rate: in a window where
 * the candidate answered n_c requests and the stable n_s, and e errors happened between them, the number
 * e_c that were the candidate's is Binomial(e, π) with π = r·n_c / (r·n_c + n_s), r the ratio of the two
 * error rates (errors as Poisson events at rate p·n). Under H0 r = 1, under H1 r = relativeRisk. Each window
 * adds its log-likelihood ratio log Bin(e_c; e, π1) − log Bin(e_c; e, π0) (the binomial coefficients cancel)
 * to a running sum S. The test stops when S ≥ log((1−β)/α) (the candidate is worse) or S ≤ log(β/(1−α))
 * (it is not). Wald's inequalities bound the errors whatever the number of looks:
 *   P(says worse | H0) ≤ α/(1−β),   P(says not worse | H1) ≤ β/(1−α),
 * and a candidate better than the stable (r < 1) is called worse even less often. Windows with no errors,
 * or where one side answered nothing, carry no information and leave S unchanged: one noisy window never
 * decides on its own unless it holds enough errors to.
 */
const DEFAULT_SPRT = { alpha: 0.05, beta: 0.2, relativeRisk: 2 };
function sprtBoundaries(options) {
    const { alpha, beta } = options;
    if (!(alpha > 0 && alpha < 1 && beta > 0 && beta < 1 && alpha + beta < 1))
        throw new RangeError(`SPRT needs 0 < alpha, beta < 1 and alpha + beta < 1, got alpha ${alpha}, beta ${beta}`);
    if (!(options.relativeRisk > 1 && Number.isFinite(options.relativeRisk)))
        throw new RangeError(`SPRT relativeRisk must be a finite number above 1, got ${options.relativeRisk}`);
    return { upper: Math.log((1 - beta) / alpha), lower: Math.log(beta / (1 - alpha)) };
}
/** The log-likelihood ratio one window adds (0 when it carries no information). */
function windowLogLikelihoodRatio(w, relativeRisk) {
    const { candidateRequests: nc, stableRequests: ns, candidateErrors: ec, stableErrors: es } = w;
    for (const [k, v] of Object.entries(w))
        if (!(Number.isInteger(v) && v >= 0))
            throw new RangeError(`SPRT window ${k} must be a whole number >= 0, got ${v}`);
    if (ec > nc || es > ns)
        throw new RangeError(`SPRT window has more errors than requests (${ec}/${nc} candidate, ${es}/${ns} stable)`);
    if (nc === 0 || ns === 0 || ec + es === 0)
        return 0;
    const pi0 = nc / (nc + ns);
    const pi1 = (relativeRisk * nc) / (relativeRisk * nc + ns);
    return ec * Math.log(pi1 / pi0) + es * Math.log((1 - pi1) / (1 - pi0));
}
/** The test over windows as they come; once decided it stays decided. */
class ErrorRateSprt {
    options;
    s;
    constructor(options = DEFAULT_SPRT) {
        this.options = options;
        const { upper, lower } = sprtBoundaries(options);
        this.s = { decision: 'continue', llr: 0, upper, lower, candidateRequests: 0, candidateErrors: 0, stableRequests: 0, stableErrors: 0, windows: 0 };
    }
    get state() {
        return { ...this.s };
    }
    add(w) {
        const inc = windowLogLikelihoodRatio(w, this.options.relativeRisk);
        if (this.s.decision !== 'continue')
            return this.state;
        const s = this.s;
        s.llr += inc;
        s.windows++;
        s.candidateRequests += w.candidateRequests;
        s.candidateErrors += w.candidateErrors;
        s.stableRequests += w.stableRequests;
        s.stableErrors += w.stableErrors;
        if (s.llr >= s.upper)
            s.decision = 'worse';
        else if (s.llr <= s.lower)
            s.decision = 'not-worse';
        return this.state;
    }
}

;// CONCATENATED MODULE: ./src/deploy/analysis-run.ts



const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;
/** Reads an analysis spec's limits, checking what the schema cannot (count needs an interval). */
function analysisLimits(spec, where) {
    const intervalMs = spec.interval === undefined ? 0 : (0,core_duration/* parseDuration */.E)(spec.interval, `${where}.interval`);
    const count = spec.count ?? 1;
    if (count > 1 && spec.interval === undefined)
        throw new metrics/* MetricSourceError */.ux(`${where}: count ${count} needs an interval between the measurements`, { hint: 'add e.g. interval: 30s' });
    return { count, intervalMs, failureLimit: spec.failureLimit ?? 0, inconclusiveLimit: spec.inconclusiveLimit ?? 0, consecutiveErrorLimit: spec.consecutiveErrorLimit ?? DEFAULT_CONSECUTIVE_ERROR_LIMIT };
}
async function runAnalysis(spec, context, options, where = 'analysis') {
    const limits = analysisLimits(spec, where);
    const sequential = spec.sequential ? new ErrorRateSprt({ alpha: spec.sequential.alpha ?? DEFAULT_SPRT.alpha, beta: spec.sequential.beta ?? DEFAULT_SPRT.beta, relativeRisk: spec.sequential.relativeRisk ?? DEFAULT_SPRT.relativeRisk }) : undefined;
    // The environment's url may name the model's endpoint (…/v2/models/iris): its server's /metrics is at the origin.
    const seqUrl = spec.sequential ? (spec.sequential.url ?? originOf(options.serveUrl)) : undefined;
    if (spec.sequential && !seqUrl)
        throw new metrics/* MetricSourceError */.ux(`${where}.sequential: no modelship serve to read: set sequential.url (or the environment's url)`);
    const seqWindowMs = spec.sequential ? (0,core_duration/* parseDuration */.E)(spec.sequential.window ?? '10s', `${where}.sequential.window`) : 0;
    const measurements = [];
    let failed = 0;
    let inconclusive = 0;
    let consecutiveErrors = 0;
    let stoppedEarly;
    let verdict;
    const args = { ...(spec.args ?? {}) };
    for (let i = 0; i < limits.count; i++) {
        if (i > 0 && limits.intervalMs > 0)
            await options.sleep(limits.intervalMs);
        const measurement = new metrics/* ServeMeasurement */.uk({ fetch: options.fetch });
        const m = { index: i + 1, phase: 'successful', reasons: [], at: new Date().toISOString() };
        const phases = [];
        const seqRead = sequential && seqUrl ? readSequential(measurement, seqUrl, seqWindowMs, context, sequential).then((state) => ({ state }), (error) => ({ error })) : undefined;
        if (options.runner) {
            try {
                const r = await options.runner.analyze({ ...context, args, measurement });
                phases.push(r.error !== undefined ? 'error' : r.phase);
                m.reasons.push(...(r.error !== undefined ? [r.error] : r.reasons));
            }
            catch (err) {
                phases.push('error');
                m.reasons.push(`measurement could not be taken: ${err.message}`);
            }
        }
        if (seqRead) {
            const got = await seqRead;
            if ('error' in got) {
                phases.push('error');
                m.reasons.push(`sequential test: ${got.error.message}`);
            }
            else {
                m.sequential = got.state;
                const s = got.state;
                const figures = `${context.candidate} ${s.candidateErrors}/${s.candidateRequests} errors, ${context.stable ?? 'stable'} ${s.stableErrors}/${s.stableRequests}, log-likelihood ratio ${s.llr.toFixed(2)} in (${s.lower.toFixed(2)}, ${s.upper.toFixed(2)})`;
                if (s.decision === 'worse') {
                    phases.push('failed');
                    m.reasons.push(`sequential test: the candidate's error rate is ${spec.sequential.relativeRisk ?? DEFAULT_SPRT.relativeRisk}x the stable's (${figures})`);
                }
                else {
                    phases.push('successful');
                    m.reasons.push(`sequential test: ${s.decision === 'not-worse' ? 'not worse than the stable' : 'undecided'} (${figures})`);
                }
            }
        }
        for (const url of measurement.urls())
            options.onServer?.(url);
        m.phase = phases.includes('error') ? 'error' : phases.includes('failed') ? 'failed' : phases.includes('inconclusive') ? 'inconclusive' : 'successful';
        measurements.push(m);
        if (m.phase === 'error')
            consecutiveErrors++;
        else
            consecutiveErrors = 0;
        if (m.phase === 'failed')
            failed++;
        if (m.phase === 'inconclusive')
            inconclusive++;
        if (m.sequential?.decision === 'worse') {
            verdict = 'failed';
            stoppedEarly = `the sequential test decided after ${i + 1} measurement(s)`;
            break;
        }
        if (failed > limits.failureLimit) {
            verdict = 'failed';
            if (i + 1 < limits.count)
                stoppedEarly = `failureLimit ${limits.failureLimit} exceeded`;
            break;
        }
        if (consecutiveErrors > limits.consecutiveErrorLimit) {
            verdict = 'error';
            if (i + 1 < limits.count)
                stoppedEarly = `consecutiveErrorLimit ${limits.consecutiveErrorLimit} exceeded`;
            break;
        }
        if (inconclusive > limits.inconclusiveLimit) {
            verdict = 'inconclusive';
            if (i + 1 < limits.count)
                stoppedEarly = `inconclusiveLimit ${limits.inconclusiveLimit} exceeded`;
            break;
        }
        if (m.sequential?.decision === 'not-worse' && m.phase === 'successful') {
            verdict = 'successful';
            if (i + 1 < limits.count)
                stoppedEarly = `the sequential test found the candidate not worse after ${i + 1} measurement(s)`;
            break;
        }
    }
    if (verdict === undefined)
        verdict = measurements.every((x) => x.phase === 'error') ? 'error' : 'successful';
    const last = measurements[measurements.length - 1];
    const counts = `${measurements.length} measurement(s): ${measurements.filter((x) => x.phase === 'successful').length} successful, ${failed} failed, ${inconclusive} inconclusive, ${measurements.filter((x) => x.phase === 'error').length} error`;
    const why = verdict === 'failed' ? (last.sequential?.decision === 'worse' ? 'the sequential test' : `failed measurements exceed failureLimit ${limits.failureLimit}`)
        : verdict === 'error' ? (consecutiveErrors > limits.consecutiveErrorLimit ? `measurements could not be taken ${consecutiveErrors} times in a row (consecutiveErrorLimit ${limits.consecutiveErrorLimit}): the source is down longer than the budget` : 'no measurement could be taken')
            : verdict === 'inconclusive' ? `inconclusive measurements exceed inconclusiveLimit ${limits.inconclusiveLimit}`
                : undefined;
    // One measurement speaks for itself; a longer run says why it ended and what it counted.
    const reasons = measurements.length === 1 && limits.count === 1 ? [...last.reasons] : [...(why ? [why] : []), ...last.reasons, counts];
    return {
        phase: verdict === 'error' ? 'failed' : verdict,
        runPhase: verdict,
        action: verdict === 'successful' ? 'continue' : verdict === 'inconclusive' ? 'pause' : 'abort',
        reasons,
        measurements,
        ...(stoppedEarly ? { stoppedEarly } : {}),
    };
}
async function readSequential(measurement, url, windowMs, context, test) {
    const w = await measurement.window(url, context.model, windowMs);
    const c = w.figures.get(context.candidate);
    const s = context.stable ? w.figures.get(context.stable) : undefined;
    return test.add({ candidateRequests: c?.requests ?? 0, candidateErrors: c?.errors ?? 0, stableRequests: s?.requests ?? 0, stableErrors: s?.errors ?? 0 });
}
/** How many requests a version answered and how many failed, as each modelship serve counts them since it started. */
async function blastRadius(urls, model, version, fetchImpl) {
    let requests = 0;
    let errors = 0;
    const sources = [];
    for (const url of new Set(urls)) {
        const figures = await (0,metrics/* scrapeServe */.GQ)(url, model, fetchImpl).catch(() => undefined);
        if (!figures)
            continue;
        const f = figures.get(version);
        requests += f?.requests ?? 0;
        errors += f?.errors ?? 0;
        sources.push(url);
    }
    return sources.length ? { requests, errors, sources } : undefined;
}
function originOf(url) {
    if (url === undefined)
        return undefined;
    try {
        return new URL(url).origin;
    }
    catch {
        return url; // reported by the source, which names it
    }
}

;// CONCATENATED MODULE: ./src/deploy/analysis.ts

/** Analysis over the gate engine: the gate's sources may be live (Prometheus), its verdict is the phase. */
class GateAnalysisRunner {
    loaded;
    live;
    candidateVersion;
    constructor(loaded, live, 
    /** The candidate version's metrics (read at its release tag), when the engine bound them. */
    candidateVersion) {
        this.loaded = loaded;
        this.live = live;
        this.candidateVersion = candidateVersion;
    }
    async analyze(context) {
        const args = { candidate: context.candidate, stable: context.stable, model: context.model, environment: context.environment };
        for (const [k, v] of Object.entries(context.args ?? {}))
            args[`args.${k}`] = String(v);
        const run = await runGate(this.loaded, context.gate, { live: this.live, candidateVersion: this.candidateVersion, args, measurement: context.measurement });
        const phase = run.verdict === 'pass' ? 'successful' : run.verdict === 'fail' ? 'failed' : 'inconclusive';
        const bad = run.checks.filter((c) => c.status === 'fail' || c.status === 'error');
        const reasons = bad.length ? bad.map((c) => `${c.gate}: ${c.reason}`) : run.gates.map((g) => g.reason);
        // A gate whose sources could not be read judged no check: the measurement failed to be taken.
        const unread = run.gates.find((g) => g.verdict === 'inconclusive' && g.checks.length === 0);
        return { phase, reasons, ...(unread ? { error: `${unread.gate}: ${unread.reason}` } : {}) };
    }
}
/** The phase of several analyses of one step: any failure fails, else any inconclusive is inconclusive. */
function worstPhase(phases) {
    if (phases.includes('failed'))
        return 'failed';
    if (phases.includes('inconclusive') || phases.length === 0)
        return 'inconclusive';
    return 'successful';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/package/media-types.ts
/** CNCF ModelPack (model-spec v0.0.7+, `vnd.cncf.*`) and OCI image-spec media types. */
const media_types_MEDIA = {
    manifest: 'application/vnd.oci.image.manifest.v1+json',
    index: 'application/vnd.oci.image.index.v1+json',
    empty: 'application/vnd.oci.empty.v1+json',
    modelArtifact: 'application/vnd.cncf.model.manifest.v1+json',
    modelConfig: 'application/vnd.cncf.model.config.v1+json',
    weightRaw: 'application/vnd.cncf.model.weight.v1.raw',
    weightTar: 'application/vnd.cncf.model.weight.v1.tar',
    docRaw: 'application/vnd.cncf.model.doc.v1.raw',
};
/** Layer annotation keys of model-spec docs/annotations.md. */
const ANNOTATION = {
    filepath: 'org.cncf.model.filepath',
    fileMetadata: 'org.cncf.model.file.metadata+json',
    untested: 'org.cncf.model.file.mediatype.untested',
};
/** The empty descriptor of image-spec manifest.md (the config of attached referrer artifacts). */
const media_types_EMPTY_CONFIG = { mediaType: media_types_MEDIA.empty, digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', size: 2 };
/** Referrer artifact types Modelship attaches to a model's manifest. */
const REFERRER_TYPE = {
    validation: 'application/vnd.modelship.validation.v1+json',
    releaseNotes: 'application/vnd.modelship.release-notes.v1+markdown',
    score: 'application/vnd.modelship.score.v1+json',
};

;// CONCATENATED MODULE: ./src/package/extract.ts






/** The model's weight layer of a ModelPack manifest (Modelship packages one per model). */
function weightLayer(manifest, what) {
    const weights = manifest.layers.filter((l) => l.mediaType.startsWith('application/vnd.cncf.model.weight.v1.') || l.mediaType.startsWith('application/vnd.cnai.model.weight.v1.'));
    if (weights.length !== 1)
        throw new errors/* ModelshipError */.W7(`${what} has ${weights.length} weight layers; Modelship deploys a ModelPack artifact with exactly one`, { exitCode: 1 });
    return weights[0];
}
/**
 * Writes the raw layers of a pulled manifest as files under `dir`, at their `org.cncf.model.filepath`
 * (checked to stay inside `dir`). Blobs come from the layout, where they were verified when they landed.
 */
async function extractRawLayers(layout, manifest, dir) {
    const written = [];
    for (const layer of manifest.layers) {
        const filepath = layer.annotations?.[ANNOTATION.filepath];
        if (!filepath)
            continue;
        if (layer.mediaType === media_types_MEDIA.weightTar)
            throw new errors/* ModelshipError */.W7(`layer ${filepath} is a tar of a folder: extracting folder models is not supported yet; use the OCI layout (pull --output) or a single-file model`, { exitCode: 1 });
        if (!layer.mediaType.endsWith('.raw'))
            continue;
        const target = external_node_path_default().resolve(dir, filepath);
        if (!target.startsWith(external_node_path_default().resolve(dir) + (external_node_path_default()).sep) || filepath.includes('\0'))
            throw new errors/* ModelshipError */.W7(`layer file path "${filepath}" leaves the output folder: refused`, { exitCode: 1 });
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,external_node_stream_promises_.pipeline)(layout.readBlobStream(layer), (0,external_node_fs_.createWriteStream)(target, { flags: 'wx' }));
        written.push({ path: filepath, digest: layer.digest, size: layer.size });
    }
    return written;
}

// EXTERNAL MODULE: ./src/package/reference.ts
var package_reference = __webpack_require__(2525);
;// CONCATENATED MODULE: ./src/package/layout.ts








const REF_NAME = 'org.opencontainers.image.ref.name';
function layout_sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * An OCI image layout folder (image-spec image-layout.md): `oci-layout`, `index.json`, `blobs/sha256/<hex>`.
 * Blobs are written under a temp name while hashed and renamed into place only when the digest is the one
 * expected: a reader never sees a partial or wrong blob.
 */
class OciLayout {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    static async create(dir) {
        await (0,promises_.mkdir)(external_node_path_default().join(dir, 'blobs', 'sha256'), { recursive: true });
        const marker = external_node_path_default().join(dir, 'oci-layout');
        if (!(await exists(marker)))
            await writeFileAtomic(marker, '{"imageLayoutVersion":"1.0.0"}');
        if (!(await exists(external_node_path_default().join(dir, 'index.json'))))
            await writeFileAtomic(external_node_path_default().join(dir, 'index.json'), `${JSON.stringify({ schemaVersion: 2, mediaType: media_types_MEDIA.index, manifests: [] })}`);
        return new OciLayout(dir);
    }
    static async open(dir) {
        const text = await (0,promises_.readFile)(external_node_path_default().join(dir, 'oci-layout'), 'utf8').catch(() => undefined);
        if (text === undefined)
            throw new errors/* ModelshipError */.W7(`${dir} is not an OCI image layout (no oci-layout file)`, { hint: 'make one with `modelship package MODEL --output DIR`' });
        return new OciLayout(dir);
    }
    blobPath(digest) {
        if (!(0,package_reference/* isDigest */.Bc)(digest))
            throw new errors/* ModelshipError */.W7(`"${digest}" is not a sha256 digest`);
        return external_node_path_default().join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    async hasBlob(desc) {
        const info = await (0,promises_.stat)(this.blobPath(desc.digest)).catch(() => undefined);
        return info?.isFile() === true && info.size === desc.size;
    }
    async writeBytes(mediaType, bytes, annotations) {
        const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
        const digest = layout_sha256Digest(data);
        if (!(await this.hasBlob({ digest, size: data.length })))
            await writeFileAtomic(this.blobPath(digest), data);
        return { mediaType, digest, size: data.length, ...(annotations ? { annotations } : {}) };
    }
    /** Streams chunks into a blob; when `expected` is given, a different digest or size is refused and nothing lands. */
    async writeStream(mediaType, chunks, expected, annotations) {
        const temp = external_node_path_default().join(this.dir, 'blobs', 'sha256', `.tmp-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        try {
            await (0,external_node_stream_promises_.pipeline)(chunks, async function* (source) {
                for await (const chunk of source) {
                    hash.update(chunk);
                    size += chunk.length;
                    if (expected && size > expected.size)
                        throw new errors/* ModelshipError */.W7(`blob ${expected.digest} is larger than its descriptor's ${expected.size} bytes: refused`, { exitCode: 1 });
                    yield chunk;
                }
            }, (0,external_node_fs_.createWriteStream)(temp, { highWaterMark: 1024 * 1024 }));
            const digest = `sha256:${hash.digest('hex')}`;
            if (expected && (digest !== expected.digest || size !== expected.size)) {
                throw new errors/* ModelshipError */.W7(`blob content has digest ${digest} (${size} bytes), expected ${expected.digest} (${expected.size} bytes): refused, nothing written`, { exitCode: 1 });
            }
            await (0,promises_.rename)(temp, this.blobPath(digest));
            return { mediaType, digest, size, ...(annotations ? { annotations } : {}) };
        }
        finally {
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    readBlobStream(desc, start = 0, end) {
        // 1 MiB reads: fewer syscalls and socket writes on multi-GB blobs.
        return (0,external_node_fs_.createReadStream)(this.blobPath(desc.digest), { start, end, highWaterMark: 1024 * 1024 });
    }
    /** Reads a small blob (manifest, config) and checks its digest. */
    async readBlob(desc) {
        const data = await (0,promises_.readFile)(this.blobPath(desc.digest)).catch((err) => {
            throw new errors/* ModelshipError */.W7(`${this.dir}: blob ${desc.digest} is missing (${err.code ?? err.message})`);
        });
        if (layout_sha256Digest(data) !== desc.digest)
            throw new errors/* ModelshipError */.W7(`${this.blobPath(desc.digest)} does not match its digest: the layout is corrupt`, { exitCode: 1 });
        return data;
    }
    async index() {
        const file = external_node_path_default().join(this.dir, 'index.json');
        try {
            return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch (err) {
            throw new errors/* ModelshipError */.W7(`${file}: ${err.message}`, { location: { file } });
        }
    }
    /** Records a manifest in index.json under `tag` (replacing the previous holder of that tag). */
    async tag(desc, tag) {
        const index = await this.index();
        const manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== tag);
        manifests.push({ mediaType: desc.mediaType, digest: desc.digest, size: desc.size, ...(desc.artifactType ? { artifactType: desc.artifactType } : {}), annotations: { [REF_NAME]: tag } });
        await writeFileAtomic(external_node_path_default().join(this.dir, 'index.json'), `${JSON.stringify({ ...index, manifests })}`);
    }
    /** The manifest descriptor a tag or digest names (the only one when `ref` is omitted and there is one). */
    async resolve(ref) {
        const { manifests } = await this.index();
        const found = ref === undefined ? (manifests.length === 1 ? manifests[0] : undefined) : manifests.find((m) => m.digest === ref || m.annotations?.[REF_NAME] === ref);
        if (!found) {
            const names = manifests.map((m) => m.annotations?.[REF_NAME] ?? m.digest).join(', ') || 'none';
            throw new errors/* ModelshipError */.W7(`${this.dir}: ${ref === undefined ? 'holds several manifests, name one' : `no manifest tagged or with digest "${ref}"`} (it has: ${names})`);
        }
        return found;
    }
}
/** Temp file then rename: index.json and blobs are never seen half-written. */
async function writeFileAtomic(file, data) {
    const temp = `${file}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
    try {
        await (0,promises_.writeFile)(temp, data);
        await (0,promises_.rename)(temp, file);
    }
    finally {
        await (0,promises_.rm)(temp, { force: true });
    }
}
async function exists(p) {
    return (0,promises_.stat)(p).then(() => true, () => false);
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/package/registry/credentials.ts




/**
 * Credentials for a registry, first found wins: MODELSHIP_REGISTRY_USERNAME/_PASSWORD, GITHUB_TOKEN for
 * ghcr.io, then Docker's config.json (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, `auths`
 * entries). Credential helpers are programs; Modelship never runs them and says so.
 */
async function resolveCredentials(registry, env) {
    if (env.MODELSHIP_REGISTRY_USERNAME && env.MODELSHIP_REGISTRY_PASSWORD) {
        return { username: env.MODELSHIP_REGISTRY_USERNAME, password: env.MODELSHIP_REGISTRY_PASSWORD, from: 'MODELSHIP_REGISTRY_USERNAME/MODELSHIP_REGISTRY_PASSWORD' };
    }
    if (registry === 'ghcr.io' && env.GITHUB_TOKEN)
        return { username: env.GITHUB_ACTOR || 'modelship', password: env.GITHUB_TOKEN, from: 'GITHUB_TOKEN' };
    const file = external_node_path_default().join(env.DOCKER_CONFIG || external_node_path_default().join(env.HOME || external_node_os_default().homedir(), '.docker'), 'config.json');
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`${file} is not valid JSON: ${err.message}`, { location: { file } });
    }
    const keys = [registry, `https://${registry}`, `http://${registry}`, ...(registry === 'docker.io' ? ['https://index.docker.io/v1/'] : [])];
    const entry = keys.map((k) => config.auths?.[k]).find((e) => e !== undefined);
    if (entry) {
        if (entry.identitytoken)
            return { username: '<token>', password: entry.identitytoken, from: `${file} (identitytoken)` };
        if (entry.username && entry.password)
            return { username: entry.username, password: entry.password, from: file };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 0)
                throw new errors/* ModelshipError */.W7(`${file}: auths["${registry}"].auth is not base64 of user:password`, { location: { file } });
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), from: file };
        }
    }
    // A registry-specific helper means "these credentials exist, elsewhere": say so. A global credsStore
    // (Docker Desktop sets one) is no such promise: go on anonymously.
    const helper = config.credHelpers?.[registry];
    if (helper)
        throw new errors/* ModelshipError */.W7(`${file} keeps the credentials of ${registry} in the credential helper "docker-credential-${helper}", which Modelship does not run`, { hint: 'set MODELSHIP_REGISTRY_USERNAME and MODELSHIP_REGISTRY_PASSWORD, or an auths entry' });
    return undefined;
}
/** Parses a WWW-Authenticate header: scheme and its parameters (quoted strings may hold commas). */
function parseChallenge(header) {
    const match = header.trim().match(/^(\S+)\s*(.*)$/s);
    if (!match)
        return { scheme: '', params: {} };
    const params = {};
    const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
    for (const m of match[2].matchAll(re))
        params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
    return { scheme: match[1].toLowerCase(), params };
}

;// CONCATENATED MODULE: ./src/package/registry/client.ts







const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
class RegistryClient {
    options;
    registry;
    base;
    dispatcher;
    tokens = new Map();
    basicAccepted = false;
    retries;
    retryDelayMs;
    chunkSize;
    log;
    constructor(options) {
        this.options = options;
        this.registry = options.registry;
        this.base = `${options.plainHttp ? 'http' : 'https'}://${options.registry}`;
        this.dispatcher = new undici/* Agent */.g6({ connect: options.ca ? { ca: options.ca } : undefined, headersTimeout: 120_000, bodyTimeout: 120_000 });
        this.retries = options.retries ?? 4;
        this.retryDelayMs = options.retryDelayMs ?? 200;
        this.chunkSize = options.chunkSize ?? 64 * 1024 * 1024;
        this.log = options.log ?? (() => { });
    }
    async close() {
        await this.dispatcher.close();
    }
    /** HEAD the blob: present with the right size means there is nothing to upload. */
    async hasBlob(repository, desc) {
        const res = await this.send({ method: 'HEAD', url: `/v2/${repository}/blobs/${desc.digest}`, repository, expect: [200, 404] });
        await res.body.dump();
        return res.statusCode === 200 && (res.headers['content-length'] === undefined || Number(res.headers['content-length']) === desc.size);
    }
    /**
     * Uploads a blob unless the registry has it: a cross-repository mount first when `mountFrom` is given,
     * then one PUT for small blobs or PATCH chunks that resume where the registry says it stopped.
     */
    async pushBlob(repository, desc, open, mountFrom) {
        if (await this.hasBlob(repository, desc))
            return 'exists';
        let location;
        if (mountFrom && mountFrom !== repository) {
            const res = await this.send({ method: 'POST', url: `/v2/${repository}/blobs/uploads/?mount=${encodeURIComponent(desc.digest)}&from=${encodeURIComponent(mountFrom)}`, repository, alsoPull: mountFrom, headers: { 'content-length': '0' }, expect: [201, 202] });
            await res.body.dump();
            if (res.statusCode === 201)
                return 'mounted';
            location = this.location(res);
        }
        if (desc.size <= this.chunkSize) {
            for (let attempt = 0;; attempt++) {
                location ??= await this.startUpload(repository);
                try {
                    const res = await this.send({ method: 'PUT', url: withQuery(location, 'digest', desc.digest), repository, headers: { 'content-type': 'application/octet-stream', 'content-length': `${desc.size}` }, body: () => (desc.size === 0 ? Buffer.alloc(0) : open(0, desc.size - 1)), expect: [201], retry: false });
                    await res.body.dump();
                    return 'uploaded';
                }
                catch (err) {
                    if (attempt >= this.retries || !retryable(err))
                        throw err;
                    this.log(`upload of ${desc.digest} failed (${err.message}); starting again`);
                    location = undefined;
                    await (0,external_node_timers_promises_.setTimeout)(this.backoff(attempt));
                }
            }
        }
        location ??= await this.startUpload(repository);
        let offset = 0;
        let failures = 0;
        while (offset < desc.size) {
            const end = Math.min(offset + this.chunkSize, desc.size) - 1;
            const start = offset;
            try {
                const res = await this.send({ method: 'PATCH', url: location, repository, headers: { 'content-type': 'application/octet-stream', 'content-length': `${end - start + 1}`, 'content-range': `${start}-${end}` }, body: () => open(start, end), expect: [202], retry: false });
                await res.body.dump();
                location = this.location(res);
                offset = end + 1;
            }
            catch (err) {
                if (failures++ >= this.retries || !retryable(err))
                    throw err;
                await (0,external_node_timers_promises_.setTimeout)(this.backoff(failures));
                const status = await this.send({ method: 'GET', url: location, repository, expect: [204] });
                await status.body.dump();
                location = this.location(status, location);
                offset = rangeEnd(status.headers.range);
                this.log(`upload of ${desc.digest} interrupted (${err.message}); resuming at byte ${offset}`);
            }
        }
        const res = await this.send({ method: 'PUT', url: withQuery(location, 'digest', desc.digest), repository, headers: { 'content-length': '0' }, expect: [201] });
        await res.body.dump();
        return 'uploaded';
    }
    /** Streams a blob into the layout; it lands only when its digest and size match `desc` (retried from the start when the connection drops). */
    async pullBlob(repository, desc, layout) {
        if (await layout.hasBlob(desc))
            return 'exists';
        for (let attempt = 0;; attempt++) {
            try {
                const res = await this.getFollowingRedirects(repository, `/v2/${repository}/blobs/${desc.digest}`);
                await layout.writeStream(desc.mediaType, res.body, desc);
                return 'pulled';
            }
            catch (err) {
                if (attempt >= this.retries || !retryable(err))
                    throw err;
                this.log(`download of ${desc.digest} failed (${err.message}); retrying`);
                await (0,external_node_timers_promises_.setTimeout)(this.backoff(attempt));
            }
        }
    }
    /** PUTs a manifest by tag or digest; returns the digest and whether the registry took its subject (OCI-Subject). */
    async putManifest(repository, reference, bytes, mediaType) {
        const digest = layout_sha256Digest(bytes);
        const res = await this.send({ method: 'PUT', url: `/v2/${repository}/manifests/${reference}`, repository, headers: { 'content-type': mediaType, 'content-length': `${bytes.length}` }, body: () => bytes, expect: [201] });
        await res.body.dump();
        const echoed = header(res, 'docker-content-digest');
        if (echoed && echoed !== digest)
            throw new errors/* ModelshipError */.W7(`${this.registry}/${repository}: the registry stored the manifest as ${echoed}, but its bytes hash to ${digest}`, { exitCode: 1 });
        return { digest, subjectProcessed: header(res, 'oci-subject') !== undefined };
    }
    /** GETs a manifest (or index) by tag or digest; undefined when absent. Its bytes are checked against the digest. */
    async getManifest(repository, reference) {
        const res = await this.send({ method: 'GET', url: `/v2/${repository}/manifests/${reference}`, repository, headers: { accept: [media_types_MEDIA.manifest, media_types_MEDIA.index].join(', ') }, expect: [200, 404] });
        if (res.statusCode === 404) {
            await res.body.dump();
            return undefined;
        }
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > MAX_MANIFEST_BYTES) {
            await res.body.dump();
            throw new errors/* ModelshipError */.W7(`${this.registry}/${repository}:${reference}: manifest of ${declared} bytes exceeds the 4 MiB limit`, { exitCode: 1 });
        }
        const bytes = await readLimited(res.body, MAX_MANIFEST_BYTES, `${this.registry}/${repository}:${reference} manifest`);
        const digest = layout_sha256Digest(bytes);
        const expected = (0,package_reference/* isDigest */.Bc)(reference) ? reference : header(res, 'docker-content-digest');
        if (expected && expected !== digest)
            throw new errors/* ModelshipError */.W7(`${this.registry}/${repository}@${reference}: the manifest served hashes to ${digest}, expected ${expected}: refused`, { exitCode: 1 });
        const mediaType = (header(res, 'content-type') ?? '').split(';')[0].trim();
        return { bytes, mediaType, digest };
    }
    /**
     * The referrers of a manifest: the referrers API when the registry has it, else the `sha256-<hex>` tag
     * schema index (distribution-spec v1.1 "Referrers Tag Schema"). Filtered by artifact type client-side.
     */
    async referrers(repository, digest, artifactType) {
        const res = await this.send({ method: 'GET', url: `/v2/${repository}/referrers/${digest}`, repository, headers: { accept: media_types_MEDIA.index }, expect: [200, 404, 400, 405] });
        const contentType = header(res, 'content-type') ?? '';
        if (res.statusCode === 200 && contentType.startsWith(media_types_MEDIA.index)) {
            const index = JSON.parse((await readLimited(res.body, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8'));
            return { manifests: filterType(index.manifests ?? [], artifactType), via: 'api' };
        }
        await res.body.dump();
        const fallback = await this.getManifest(repository, client_referrersTag(digest));
        if (fallback?.mediaType !== media_types_MEDIA.index)
            return { manifests: [], via: 'tag' };
        const index = JSON.parse(fallback.bytes.toString('utf8'));
        return { manifests: filterType(index.manifests ?? [], artifactType), via: 'tag' };
    }
    async startUpload(repository) {
        const res = await this.send({ method: 'POST', url: `/v2/${repository}/blobs/uploads/`, repository, headers: { 'content-length': '0' }, expect: [202] });
        await res.body.dump();
        return this.location(res);
    }
    location(res, fallback) {
        const value = header(res, 'location') ?? fallback;
        if (!value)
            throw new errors/* ModelshipError */.W7(`${this.registry}: an upload answer (HTTP ${res.statusCode}) has no Location header`, { exitCode: 1 });
        return new URL(value, this.base).toString();
    }
    async getFollowingRedirects(repository, url) {
        let target = url;
        for (let hop = 0; hop < 5; hop++) {
            const res = await this.send({ method: 'GET', url: target, repository, expect: [200, 301, 302, 303, 307, 308] });
            if (res.statusCode === 200)
                return res;
            await res.body.dump();
            target = new URL(header(res, 'location') ?? '', new URL(target, this.base)).toString();
        }
        throw new errors/* ModelshipError */.W7(`${this.registry}: more than 5 redirects for ${url}`, { exitCode: 1 });
    }
    backoff(attempt) {
        return this.retryDelayMs * 2 ** Math.min(attempt, 5);
    }
    /** One request: authentication on challenge, retries on 5xx/429/dropped connections, errors that name the registry's reason. */
    async send(call) {
        const url = new URL(call.url, this.base);
        const sameHost = url.host === new URL(this.base).host;
        const scope = `repository:${call.repository}:${call.method === 'GET' || call.method === 'HEAD' ? 'pull' : 'pull,push'}${call.alsoPull ? ` repository:${call.alsoPull}:pull` : ''}`;
        let authenticated = false;
        for (let attempt = 0;; attempt++) {
            const headers = { 'user-agent': 'modelship', ...call.headers };
            // Credentials go only to the registry host itself, never to a redirect target (object storage).
            const auth = sameHost ? this.authorization(scope) : undefined;
            if (auth)
                headers.authorization = auth;
            let res;
            try {
                // 1 MiB body chunks: a multi-GB blob streams through the hash and the file in fewer, larger writes.
                res = await (0,undici/* request */.Em)(url, { method: call.method, headers, body: call.body?.(), dispatcher: this.dispatcher, highWaterMark: 1024 * 1024 });
            }
            catch (err) {
                if (call.retry === false || attempt >= this.retries)
                    throw new errors/* ModelshipError */.W7(`${this.registry}: ${call.method} ${url.pathname} failed: ${err.message}`, { exitCode: 1, cause: err });
                this.log(`${call.method} ${url.pathname}: ${err.message}; retrying`);
                await (0,external_node_timers_promises_.setTimeout)(this.backoff(attempt));
                continue;
            }
            if (res.statusCode === 401 && sameHost && !authenticated) {
                const challenge = header(res, 'www-authenticate');
                await res.body.dump();
                if (!challenge)
                    throw new errors/* ModelshipError */.W7(`${this.registry}: 401 without a WWW-Authenticate challenge on ${call.method} ${url.pathname}`, { exitCode: 1 });
                await this.authenticate(challenge, scope);
                authenticated = true;
                attempt--;
                continue;
            }
            if ((res.statusCode >= 500 || res.statusCode === 429) && call.retry !== false && attempt < this.retries) {
                await res.body.dump();
                this.log(`${call.method} ${url.pathname}: HTTP ${res.statusCode}; retrying`);
                await (0,external_node_timers_promises_.setTimeout)(this.backoff(attempt));
                continue;
            }
            if (call.expect.includes(res.statusCode))
                return res;
            const text = call.method === 'HEAD' ? '' : (await readLimited(res.body, 8192, 'error body').catch(() => Buffer.alloc(0))).toString('utf8');
            if (call.method === 'HEAD')
                await res.body.dump();
            throw new RegistryError(this.registry, call.method, url.pathname, res.statusCode, text, this.options.credentials?.from);
        }
    }
    authorization(scope) {
        const token = this.tokens.get(scope);
        if (token)
            return `Bearer ${token}`;
        const creds = this.options.credentials;
        if (creds && this.basicAccepted)
            return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        return undefined;
    }
    async authenticate(challenge, scope) {
        const { scheme, params } = parseChallenge(challenge);
        const creds = this.options.credentials;
        if (scheme === 'basic') {
            if (!creds)
                throw new errors/* ModelshipError */.W7(`${this.registry} asks for a user and password (HTTP Basic) and none were found`, { exitCode: 2, hint: 'set MODELSHIP_REGISTRY_USERNAME/MODELSHIP_REGISTRY_PASSWORD or run docker login (auths in ~/.docker/config.json)' });
            this.basicAccepted = true;
            return;
        }
        if (scheme !== 'bearer' || !params.realm)
            throw new errors/* ModelshipError */.W7(`${this.registry}: unsupported authentication challenge "${challenge.slice(0, 120)}"`, { exitCode: 1 });
        const realm = new URL(params.realm);
        if (params.service)
            realm.searchParams.set('service', params.service);
        for (const s of scope.split(' '))
            realm.searchParams.append('scope', s);
        const headers = { 'user-agent': 'modelship' };
        if (creds)
            headers.authorization = `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
        const res = await (0,undici/* request */.Em)(realm, { method: 'GET', headers, dispatcher: this.dispatcher });
        const body = (await readLimited(res.body, 65536, 'token answer')).toString('utf8');
        if (res.statusCode !== 200)
            throw new errors/* ModelshipError */.W7(`${this.registry}: the token service ${realm.origin}${realm.pathname} refused (HTTP ${res.statusCode})${creds ? ` the credentials from ${creds.from}` : ' anonymous access'}`, { exitCode: creds ? 1 : 2, hint: creds ? undefined : 'log in: MODELSHIP_REGISTRY_USERNAME/_PASSWORD, GITHUB_TOKEN for ghcr.io, or docker login' });
        const parsed = JSON.parse(body);
        const token = parsed.token ?? parsed.access_token;
        if (!token)
            throw new errors/* ModelshipError */.W7(`${this.registry}: the token service answered without a token`, { exitCode: 1 });
        this.tokens.set(scope, token);
    }
}
/** A registry answered with an unexpected status; the message carries its OCI error codes. */
class RegistryError extends errors/* ModelshipError */.W7 {
    status;
    constructor(registry, method, pathname, status, body, credentialsFrom) {
        let reason = '';
        try {
            const errors = JSON.parse(body).errors ?? [];
            reason = errors.map((e) => `${e.code ?? 'ERROR'}: ${e.message ?? ''}`).join('; ');
        }
        catch {
            reason = body.slice(0, 200).trim();
        }
        const auth = status === 401 || status === 403 ? ` (credentials: ${credentialsFrom ?? 'none, anonymous'})` : '';
        super(`${registry}: ${method} ${pathname} answered HTTP ${status}${reason ? ` ${reason}` : ''}${auth}`, { exitCode: status === 401 || status === 403 ? 2 : 1 });
        this.status = status;
    }
}
function client_referrersTag(digest) {
    return digest.replace(':', '-');
}
function filterType(manifests, artifactType) {
    return artifactType ? manifests.filter((m) => m.artifactType === artifactType) : manifests;
}
function retryable(err) {
    if (err instanceof RegistryError)
        return err.status >= 500 || err.status === 429;
    // A refused digest is final; a dropped connection is not.
    return !(err instanceof errors/* ModelshipError */.W7) || err.cause !== undefined;
}
function header(res, name) {
    const value = res.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function withQuery(location, key, value) {
    const url = new URL(location);
    url.searchParams.set(key, value);
    return url.toString();
}
/** `Range: 0-<last>` of an upload status -> the next offset. distribution answers 0-0 for an empty upload. */
function rangeEnd(range) {
    const value = Array.isArray(range) ? range[0] : range;
    const m = value?.match(/^(?:bytes=)?0-(\d+)$/);
    if (!m)
        return 0;
    const last = Number(m[1]);
    return last === 0 ? 0 : last + 1;
}
async function readLimited(body, limit, what) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > limit)
            throw new errors/* ModelshipError */.W7(`${what} exceeds ${limit} bytes`, { exitCode: 1 });
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/package/registry/connect.ts




const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?$/;
/** A client for `registry` with the credentials and trust the environment gives. */
async function connectRegistry(registry, env, options = {}) {
    if (options.plainHttp && !LOOPBACK.test(registry))
        throw new errors/* ModelshipError */.W7(`--plain-http is refused for ${registry}: credentials and models would cross the network unencrypted`, { hint: 'use TLS; trust a private CA with --ca FILE or MODELSHIP_REGISTRY_CA' });
    const caFile = options.caFile ?? env.MODELSHIP_REGISTRY_CA;
    const ca = caFile ? await (0,promises_.readFile)(caFile, 'utf8').catch((err) => { throw new errors/* ModelshipError */.W7(`cannot read the CA file ${caFile}: ${err.message}`); }) : undefined;
    const credentials = await resolveCredentials(registry, env);
    return new RegistryClient({ registry, plainHttp: options.plainHttp, ca, credentials, chunkSize: options.chunkSize, log: options.log });
}

;// CONCATENATED MODULE: ./src/package/transfer.ts





/** Pushes one manifest of a layout (by tag or digest) and its blobs; tags it with `ref.tag` when given. */
async function pushLayout(client, layout, from, ref, mountFrom) {
    const desc = await layout.resolve(from);
    const bytes = await layout.readBlob(desc);
    const manifest = parseManifest(bytes, `${layout.dir} manifest ${desc.digest}`);
    const blobs = [];
    for (const blob of [manifest.config, ...manifest.layers]) {
        if (!(await layout.hasBlob(blob)))
            throw new ModelshipError(`${layout.dir}: blob ${blob.digest} (${blob.mediaType}) is missing or has the wrong size`);
        const outcome = await client.pushBlob(ref.repository, blob, (start, end) => layout.readBlobStream(blob, start, end), mountFrom);
        blobs.push({ digest: blob.digest, mediaType: blob.mediaType, size: blob.size, outcome });
    }
    const { digest } = await client.putManifest(ref.repository, ref.tag ?? desc.digest, bytes, manifest.mediaType);
    if (digest !== desc.digest)
        throw new ModelshipError(`pushed manifest digest ${digest} differs from the layout's ${desc.digest}`, { exitCode: 1 });
    const pinned = { registry: client.registry, repository: ref.repository, digest };
    return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${digest}`, digestReference: formatDigestReference(pinned), digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs };
}
/**
 * Pulls a manifest (by tag or digest) and its blobs into a layout. Every byte is checked against its digest
 * before it lands; a digest reference is checked against the manifest itself.
 */
async function pullToLayout(client, ref, layout) {
    const reference = ref.digest ?? ref.tag;
    if (!reference)
        throw new errors/* ModelshipError */.W7(`${ref.registry}/${ref.repository}: name a tag or a digest to pull`);
    const got = await client.getManifest(ref.repository, reference);
    if (!got)
        throw new errors/* ModelshipError */.W7(`${ref.registry}/${ref.repository}: no manifest "${reference}"`, { exitCode: 1 });
    if (ref.digest && got.digest !== ref.digest)
        throw new errors/* ModelshipError */.W7(`${ref.registry}/${ref.repository}: manifest hashes to ${got.digest}, expected ${ref.digest}: refused`, { exitCode: 1 });
    const manifest = parseManifest(got.bytes, `${ref.registry}/${ref.repository}@${got.digest}`);
    const blobs = [];
    for (const blob of [manifest.config, ...manifest.layers]) {
        const outcome = await client.pullBlob(ref.repository, blob, layout);
        blobs.push({ digest: blob.digest, mediaType: blob.mediaType, size: blob.size, outcome });
    }
    const desc = await layout.writeBytes(manifest.mediaType, got.bytes);
    await layout.tag({ ...desc, ...(manifest.artifactType ? { artifactType: manifest.artifactType } : {}) }, ref.tag ?? got.digest);
    const pinned = { registry: client.registry, repository: ref.repository, digest: got.digest };
    return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${got.digest}`, digestReference: (0,package_reference/* formatDigestReference */.DC)(pinned), digest: got.digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs, manifest };
}
/**
 * Attaches a document (validation report, release notes, score) to a manifest as an OCI referrer: an
 * artifact manifest with the empty config, the document as its one layer and `subject` = the model. When
 * the registry does not process the subject (no OCI-Subject header), the `sha256-<hex>` tag index is kept.
 */
async function attachReferrer(client, repository, subject, artifactType, document) {
    const open = (bytes) => (start, end) => bytes.subarray(start, end + 1);
    const empty = Buffer.from('{}');
    await client.pushBlob(repository, { ...EMPTY_CONFIG }, open(empty));
    const layer = { mediaType: document.mediaType, digest: sha256Digest(document.bytes), size: document.bytes.length, annotations: { 'org.opencontainers.image.title': document.title } };
    await client.pushBlob(repository, layer, open(document.bytes));
    const manifest = {
        schemaVersion: 2,
        mediaType: MEDIA.manifest,
        artifactType,
        config: { ...EMPTY_CONFIG },
        layers: [layer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { 'org.opencontainers.image.title': document.title },
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const { digest, subjectProcessed } = await client.putManifest(repository, sha256Digest(bytes), bytes, MEDIA.manifest);
    // ECR answers OCI-Subject without serving the referrers API: believe the header only when the API answers.
    if (subjectProcessed && (await client.referrers(repository, subject.digest)).via === 'api')
        return { digest, via: 'api' };
    // Tag schema fallback: read-modify-write of the subject's referrers index.
    const tag = referrersTag(subject.digest);
    const current = await client.getManifest(repository, tag);
    // Some registries (GitLab) resolve the `sha256-<hex>` tag to the subject itself: only an index is one.
    const index = current?.mediaType === MEDIA.index ? JSON.parse(current.bytes.toString('utf8')) : { schemaVersion: 2, mediaType: MEDIA.index, manifests: [] };
    if (!index.manifests.some((m) => m.digest === digest)) {
        index.manifests.push({ mediaType: MEDIA.manifest, digest, size: bytes.length, artifactType, annotations: manifest.annotations });
        const indexBytes = Buffer.from(JSON.stringify(index));
        await client.putManifest(repository, tag, indexBytes, MEDIA.index);
    }
    return { digest, via: 'tag' };
}
function parseManifest(bytes, what) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`${what} is not JSON: ${err.message}`, { exitCode: 1 });
    }
    if (manifest.mediaType !== media_types_MEDIA.manifest || !manifest.config || !Array.isArray(manifest.layers)) {
        throw new errors/* ModelshipError */.W7(`${what} is not an OCI image manifest (mediaType "${String(manifest.mediaType)}"): Modelship moves single-manifest artifacts`, { exitCode: 1 });
    }
    return manifest;
}

;// CONCATENATED MODULE: ./src/package/fetch-model.ts











/** Registry settings from the environment: MODELSHIP_REGISTRY_PLAIN_HTTP=1 (loopback only), MODELSHIP_REGISTRY_CA. */
function connectOptions(env, log) {
    return { plainHttp: env.MODELSHIP_REGISTRY_PLAIN_HTTP === '1' || env.MODELSHIP_REGISTRY_PLAIN_HTTP === 'true', log };
}
/**
 * Pulls `oci://registry/repository@sha256:...` into a content-addressed cache under `cacheRoot`
 * (`<cacheRoot>/<manifest hex>/`): every blob verified against its digest as it lands, then the raw layers
 * written as files and the weight file hashed again. A second call for the same digest reuses the cache
 * after re-hashing the weight file.
 */
async function fetchModelByDigest(uri, cacheRoot, env, log) {
    const ref = (0,package_reference/* parseDigestReference */.Dn)(uri, 'artifact');
    const hex = ref.digest.slice('sha256:'.length);
    const filesDir = external_node_path_default().join(cacheRoot, hex, 'files');
    const layout = await OciLayout.create(external_node_path_default().join(cacheRoot, hex, 'layout'));
    const client = await connectRegistry(ref.registry, env, connectOptions(env, log));
    let manifest;
    try {
        manifest = (await pullToLayout(client, { registry: ref.registry, repository: ref.repository, digest: ref.digest }, layout)).manifest;
    }
    finally {
        await client.close();
    }
    const weight = weightLayer(manifest, uri);
    const name = weight.annotations?.[ANNOTATION.filepath];
    if (!name)
        throw new errors/* ModelshipError */.W7(`${uri}: the weight layer has no ${ANNOTATION.filepath} annotation`, { exitCode: 1 });
    if (!(await (0,promises_.stat)(filesDir).then(() => true, () => false))) {
        const temp = `${filesDir}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
        try {
            await extractRawLayers(layout, manifest, temp);
            await (0,promises_.rename)(temp, filesDir);
        }
        finally {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
        }
    }
    const file = external_node_path_default().join(filesDir, name);
    const actual = await hashFile(file).catch(() => undefined);
    if (`sha256:${actual}` !== weight.digest)
        throw new errors/* ModelshipError */.W7(`${file} has sha256 ${actual?.slice(0, 12) ?? 'unreadable'}, but ${uri} names weights ${weight.digest.slice(7, 19)}: the cache was changed; delete ${external_node_path_default().join(cacheRoot, hex)}`, { exitCode: 1 });
    const config = JSON.parse((await layout.readBlob(manifest.config)).toString('utf8'));
    const text = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    return { file, sha256: weight.digest.slice('sha256:'.length), reference: (0,package_reference/* formatDigestReference */.DC)(ref), name: text(config.descriptor?.name), version: text(config.descriptor?.version), format: text(config.config?.format) };
}
/**
 * The hop check of a promotion: the registry still serves the manifest `uri` names (its bytes hash to the
 * digest) and its weight layer is the bytes the previous environment verified.
 */
async function checkDigestReference(uri, sha256, env) {
    const ref = (0,package_reference/* parseDigestReference */.Dn)(uri, 'deployed artifact');
    const client = await connectRegistry(ref.registry, env, connectOptions(env));
    try {
        const got = await client.getManifest(ref.repository, ref.digest);
        if (!got)
            throw new errors/* ModelshipError */.W7(`${uri} is gone from the registry: cannot promote bytes that no longer exist there`, { exitCode: 1 });
        const weight = weightLayer(JSON.parse(got.bytes.toString('utf8')), uri);
        if (weight.digest !== `sha256:${sha256}`)
            throw new errors/* ModelshipError */.W7(`${uri} has weights ${weight.digest.slice(7, 19)}, but the previous environment verified ${sha256.slice(0, 12)}`, { exitCode: 1 });
    }
    finally {
        await client.close();
    }
}
async function hashFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/validate/config.ts


const GiB = 1024 ** 3;
/** Generous enough for real checkpoints, tight enough that a hostile file cannot exhaust a runner. */
const DEFAULT_LIMITS = {
    maxFileBytes: 1024 * GiB,
    maxArchiveMembers: 10_000,
    maxArchiveDepth: 4,
    maxDecompressedBytes: 32 * GiB,
    maxCompressionRatio: 200,
    maxPickleOpcodes: 50_000_000,
    maxPickleMemo: 1_000_000,
    maxHeaderBytes: 100_000_000,
    timeoutMs: 10 * 60_000,
};
const DEFAULT_PICKLE_POLICY = {
    profiles: ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'],
    allow: [],
    deny: [],
};
const SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?$/;
const UNITS = { B: 1, KB: 1e3, KiB: 1024, MB: 1e6, MiB: 1024 ** 2, GB: 1e9, GiB: GiB, TB: 1e12, TiB: 1024 ** 4 };
/** `4 GiB`, `100MB` or a plain number of bytes. */
function parseSize(value, what) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            throw new errors/* ModelshipError */.W7(`${what} is ${value}, expected a size >= 0`);
        return Math.floor(value);
    }
    const m = SIZE.exec(value.trim());
    if (!m)
        throw new errors/* ModelshipError */.W7(`${what} is "${value}", expected a size such as 4GiB, 500MB or a number of bytes`);
    return Math.floor(Number(m[1]) * UNITS[m[2] ?? 'B']);
}
/** Applies defaults to the section; `raw` is already schema-valid when it comes from loadConfig. */
function resolveValidateSettings(raw) {
    const limits = { ...DEFAULT_LIMITS };
    for (const [key, value] of Object.entries(raw?.limits ?? {})) {
        if (value === undefined)
            continue;
        const k = key;
        if (!(k in DEFAULT_LIMITS))
            throw new errors/* ModelshipError */.W7(`validate.limits.${key} is not a known limit`);
        // timeoutMs: a number is milliseconds (as the key says), a string is a duration such as `5m`.
        limits[k] = k === 'timeoutMs' ? (typeof value === 'number' ? value : (0,core_duration/* parseDuration */.E)(value, `validate.limits.${key}`)) : k.endsWith('Bytes') ? parseSize(value, `validate.limits.${key}`) : Number(value);
    }
    return {
        limits,
        pickle: {
            profiles: raw?.pickle?.profiles ?? DEFAULT_PICKLE_POLICY.profiles,
            allow: raw?.pickle?.allow ?? [],
            deny: raw?.pickle?.deny ?? [],
        },
        manifest: raw?.manifest,
        allowCustomOnnxDomains: raw?.allowCustomOnnxDomains ?? [],
        failOnWarning: raw?.failOnWarning ?? false,
        ignore: raw?.ignore ?? [],
    };
}

;// CONCATENATED MODULE: ./src/core/progress.ts
const silentProgress = {
    start() { },
    update() { },
    stop() { },
};

;// CONCATENATED MODULE: ./src/validate/finding.ts
/** Small constructors so analyzers read as lists of rules. */
const error = (rule, message, location) => ({ rule, severity: 'error', message, ...(location ? { location } : {}) });
const warning = (rule, message, location) => ({ rule, severity: 'warning', message, ...(location ? { location } : {}) });
const note = (rule, message, location) => ({ rule, severity: 'note', message, ...(location ? { location } : {}) });
/** Keeps reports readable when a hostile file repeats one problem a million times. */
class FindingList {
    maxPerRule;
    items = [];
    perRule = new Map();
    constructor(maxPerRule = 50) {
        this.maxPerRule = maxPerRule;
    }
    push(f) {
        const n = (this.perRule.get(f.rule) ?? 0) + 1;
        this.perRule.set(f.rule, n);
        if (n <= this.maxPerRule)
            this.items.push(f);
        else if (n === this.maxPerRule + 1)
            this.items.push({ ...f, message: `further ${f.rule} findings omitted (more than ${this.maxPerRule})`, location: undefined });
    }
    get hasError() {
        return this.items.some((f) => f.severity === 'error');
    }
}
/** Printable, bounded rendering of an untrusted string for messages. */
function quote(s, max = 80) {
    const clipped = s.length > max ? `${s.slice(0, max)}…` : s;
    return JSON.stringify(clipped);
}

;// CONCATENATED MODULE: ./src/validate/sources.ts

/**
 * Chunk of stream(). Measured (bench/validate.bench.ts): a fresh 8 MiB buffer per read is mmap'd and
 * page-faulted every time (~80 MiB/s), a fresh 1 MiB buffer comes from the allocator's arenas (~450 MiB/s).
 */
const STREAM_CHUNK = 1024 * 1024;
/** Files behind sources made here, so hashing can read them into one reused buffer (hash.ts). */
const FILE_HANDLES = new WeakMap();
/** Bytes in memory: small files read once (so the bytes hashed are the bytes parsed), archive members. */
function bufferSource(name, data, filePath) {
    return {
        name,
        size: data.length,
        filePath,
        async read(offset, length) {
            if (offset < 0 || length <= 0 || offset >= data.length)
                return Buffer.alloc(0);
            return data.subarray(offset, Math.min(data.length, offset + length));
        },
        async *stream() {
            for (let at = 0; at < data.length; at += STREAM_CHUNK)
                yield data.subarray(at, Math.min(data.length, at + STREAM_CHUNK));
        },
    };
}
/**
 * A file read through one open handle: every range read and the hashing stream see the same inode,
 * even if the path is replaced meanwhile (the engine also compares fstat before and after).
 */
function fileHandleSource(name, handle, size, filePath) {
    const source = {
        name,
        size,
        filePath,
        async read(offset, length) {
            if (offset < 0 || length <= 0 || offset >= size)
                return Buffer.alloc(0);
            const want = Math.min(length, size - offset);
            const buf = Buffer.allocUnsafe(want);
            let got = 0;
            while (got < want) {
                const { bytesRead } = await handle.read(buf, got, want - got, offset + got);
                if (bytesRead === 0)
                    break; // file shrank: the caller sees a short read, as at end of file
                got += bytesRead;
            }
            return got === want ? buf : buf.subarray(0, got);
        },
        async *stream() {
            let offset = 0;
            while (offset < size) {
                const want = Math.min(STREAM_CHUNK, size - offset);
                const buf = Buffer.allocUnsafe(want);
                const { bytesRead } = await handle.read(buf, 0, want, offset);
                if (bytesRead === 0)
                    return;
                offset += bytesRead;
                yield bytesRead === want ? buf : buf.subarray(0, bytesRead);
            }
        },
    };
    FILE_HANDLES.set(source, { handle, size });
    return source;
}
/** Opens a file for a one-off source (sibling shards, external data); the caller closes it. */
async function openFileSource(filePath, name = filePath) {
    const handle = await (0,promises_.open)(filePath, 'r');
    const { size } = await handle.stat();
    return { source: fileHandleSource(name, handle, size, filePath), close: () => handle.close() };
}
/** A buffered little-endian cursor over a ByteSource, for header parsers that read field by field. */
class SourceCursor {
    source;
    block = Buffer.alloc(0);
    blockStart = 0;
    pos;
    /** Starts small (a header is often a few KiB) and doubles on each refill up to 4 MiB (tokenizer arrays). */
    blockSize = 64 * 1024;
    constructor(source, start = 0) {
        this.source = source;
        this.pos = start;
    }
    get remaining() {
        return this.source.size - this.pos;
    }
    /** Returns exactly `n` bytes or throws TruncatedError. */
    async take(n) {
        if (n < 0 || this.pos + n > this.source.size)
            throw new TruncatedError(this.pos, n, this.source.size - this.pos);
        const inBlock = this.pos - this.blockStart;
        if (inBlock >= 0 && inBlock + n <= this.block.length) {
            this.pos += n;
            return this.block.subarray(inBlock, inBlock + n);
        }
        if (n > this.blockSize) {
            const buf = await this.source.read(this.pos, n);
            if (buf.length < n)
                throw new TruncatedError(this.pos, n, buf.length);
            this.pos += n;
            return buf;
        }
        this.block = await this.source.read(this.pos, this.blockSize);
        this.blockStart = this.pos;
        this.blockSize = Math.min(this.blockSize * 2, 4 * 1024 * 1024);
        if (this.block.length < n)
            throw new TruncatedError(this.pos, n, this.block.length);
        this.pos += n;
        return this.block.subarray(0, n);
    }
    async u8() {
        return (await this.take(1))[0];
    }
    async u16() {
        return (await this.take(2)).readUInt16LE(0);
    }
    async u32() {
        return (await this.take(4)).readUInt32LE(0);
    }
    async u64() {
        return (await this.take(8)).readBigUInt64LE(0);
    }
    skip(n) {
        if (n < 0 || this.pos + n > this.source.size)
            throw new TruncatedError(this.pos, n, this.source.size - this.pos);
        this.pos += n;
    }
}
class TruncatedError extends Error {
    offset;
    wanted;
    available;
    constructor(offset, wanted, available) {
        super(`the file ends at byte ${offset + Math.max(0, available)} while ${wanted} bytes were expected at byte ${offset}`);
        this.offset = offset;
        this.wanted = wanted;
        this.available = available;
        this.name = 'TruncatedError';
    }
}

;// CONCATENATED MODULE: ./src/validate/formats/chat-template.ts

/**
 * `tokenizer.chat_template` is Jinja that inference servers render (llama-cpp-python CVE-2024-34359 ran it
 * unsandboxed: template injection to code execution). Real chat templates only loop over messages and
 * print fields; the sandbox-escape gadgets look different. Only code inside `{{ }}` and `{% %}` is judged,
 * so prose in a template does not trip a rule.
 */
const RISKY = [
    { pattern: /__\w*__|\b_{2}|\\x5f|\\u005f|\\137/i, why: 'reaches dunder attributes (the classic sandbox escape)' },
    { pattern: /\|\s*attr\b|\battr\s*\(/, why: 'uses the `attr` filter (builds attribute names at run time)' },
    { pattern: /\b(lipsum|cycler|joiner|url_for|get_flashed_messages|request|self)\b/, why: 'touches a Jinja global whose __globals__ lead to os' },
    { pattern: /\b(import|include|extends|from)\b\s+['"]/, why: 'loads other templates from disk' },
    { pattern: /\b(os|subprocess|popen|eval|exec|getattr|globals|builtins|mro|subclasses)\b/, why: 'names a Python module or builtin' },
    { pattern: /\bconfig\s*[.[]/, why: 'reads the server configuration object' },
];
const CODE = /\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}/g;
function lintChatTemplate(template, key, offset) {
    const findings = [];
    const reasons = new Set();
    for (const m of template.matchAll(CODE)) {
        // String literals are kept: "__cla" ~ "ss__" hides a dunder in pieces, and the pattern still sees "__".
        const code = m[1] ?? m[2] ?? '';
        for (const r of RISKY)
            if (r.pattern.test(code))
                reasons.add(r.why);
    }
    if (reasons.size > 0) {
        findings.push(error('gguf/risky-chat-template', `${key} ${[...reasons].join('; ')}: a server rendering it without a sandbox runs attacker code`, { offset, pointer: key }));
    }
    if (template.length > 64 * 1024)
        findings.push(warning('gguf/large-chat-template', `${key} is ${template.length} characters; real templates are a few KiB`, { offset, pointer: key }));
    return findings;
}

;// CONCATENATED MODULE: ./src/validate/formats/gguf.ts



/** ggml_type -> [block size, bytes per block]; absent = removed or unknown (ggml rejects both). */
const GGML_TYPES = {
    0: [1, 4, 'F32'], 1: [1, 2, 'F16'], 2: [32, 18, 'Q4_0'], 3: [32, 20, 'Q4_1'], 6: [32, 22, 'Q5_0'], 7: [32, 24, 'Q5_1'],
    8: [32, 34, 'Q8_0'], 9: [32, 36, 'Q8_1'], 10: [256, 84, 'Q2_K'], 11: [256, 110, 'Q3_K'], 12: [256, 144, 'Q4_K'],
    13: [256, 176, 'Q5_K'], 14: [256, 210, 'Q6_K'], 15: [256, 292, 'Q8_K'], 16: [256, 66, 'IQ2_XXS'], 17: [256, 74, 'IQ2_XS'],
    18: [256, 98, 'IQ3_XXS'], 19: [256, 50, 'IQ1_S'], 20: [32, 18, 'IQ4_NL'], 21: [256, 110, 'IQ3_S'], 22: [256, 82, 'IQ2_S'],
    23: [256, 136, 'IQ4_XS'], 24: [1, 1, 'I8'], 25: [1, 2, 'I16'], 26: [1, 4, 'I32'], 27: [1, 8, 'I64'], 28: [1, 8, 'F64'],
    29: [256, 56, 'IQ1_M'], 30: [1, 2, 'BF16'], 34: [256, 54, 'TQ1_0'], 35: [256, 66, 'TQ2_0'], 39: [32, 17, 'MXFP4'],
};
const UNQUANTIZED = new Set([0, 1, 24, 25, 26, 27, 28, 30]);
/** Metadata value types: fixed sizes (0 = variable). */
const KV_SIZES = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 8: 0, 9: 0, 10: 8, 11: 8, 12: 8 };
const KV_NAMES = ['UINT8', 'INT8', 'UINT16', 'INT16', 'UINT32', 'INT32', 'FLOAT32', 'BOOL', 'STRING', 'ARRAY', 'UINT64', 'INT64', 'FLOAT64'];
/** ggml's GGUF_MAX_STRING_LENGTH (reduced from 1 GiB upstream). */
const MAX_STRING = 64 * 1024 * 1024;
const MAX_NAME = 64;
const MAX_DIMS = 4;
const INT64_MAX = (1n << 63n) - 1n;
const KEY_SYNTAX = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;
class GgufStop extends Error {
}
/**
 * Reads a GGUF v2/v3 header (metadata and tensor infos) with ggml's rules and the spec's, then checks
 * that the tensor data section is laid out exactly as ggml expects and lies inside the file. The weights
 * themselves are never read.
 */
const ggufAnalyzer = {
    format: 'gguf',
    sniff: (head) => head.length >= 4 && head.toString('latin1', 0, 4) === 'GGUF',
    async analyze(source, ctx) {
        const findings = new FindingList();
        const details = {};
        const cur = new SourceCursor(source);
        try {
            await parse(source, cur, findings, details, ctx.limits.maxHeaderBytes);
        }
        catch (err) {
            if (err instanceof TruncatedError)
                findings.push(error('gguf/truncated', `the header is truncated: ${err.message}`, { offset: err.offset }));
            else if (!(err instanceof GgufStop))
                throw err;
        }
        return { findings: findings.items, details };
    },
};
async function parse(source, cur, findings, details, maxHeaderBytes) {
    const stop = (rule, message, offset) => {
        findings.push(error(rule, message, { offset }));
        throw new GgufStop();
    };
    if (source.size < 24)
        stop('gguf/truncated', `the file is ${source.size} bytes, shorter than a GGUF header`, 0);
    await cur.take(4);
    const version = await cur.u32();
    details.version = version;
    if (version === 0)
        stop('gguf/bad-version', 'version 0 is invalid', 4);
    if ((version & 0xffff) === 0)
        stop('gguf/big-endian', `version ${version} reads as a big-endian file; only little-endian GGUF is supported`, 4);
    if (version === 1)
        stop('gguf/bad-version', 'GGUF version 1 (32-bit counts) is no longer supported by ggml', 4);
    if (version > 3)
        stop('gguf/bad-version', `GGUF version ${version} is newer than this validator knows (2 and 3)`, 4);
    const tensorCount = await cur.u64();
    const kvCount = await cur.u64();
    details.tensorCount = Number(tensorCount);
    details.metadataCount = Number(kvCount);
    // Smallest possible entries: a KV is 8+1+4+1 bytes, a tensor info 8+1+4+8+4+8: counts beyond that are lies.
    if (kvCount * 14n > BigInt(cur.remaining))
        stop('gguf/count-beyond-file', `metadata count ${kvCount} cannot fit in the ${cur.remaining} bytes left`, 16);
    if (tensorCount * 33n > BigInt(cur.remaining))
        stop('gguf/count-beyond-file', `tensor count ${tensorCount} cannot fit in the ${cur.remaining} bytes left`, 8);
    const readString = async (what, max) => {
        const at = cur.pos;
        const len = await cur.u64();
        if (len > BigInt(max))
            stop('gguf/string-too-long', `${what} is ${len} bytes long, over the ${max}-byte limit`, at);
        if (len > BigInt(cur.remaining))
            stop('gguf/truncated', `${what} declares ${len} bytes but only ${cur.remaining} remain`, at);
        const bytes = await cur.take(Number(len));
        const text = bytes.toString('utf8');
        if (!Buffer.from(text, 'utf8').equals(bytes))
            findings.push(error('gguf/invalid-utf8', `${what} is not valid UTF-8`, { offset: at }));
        if (text.includes('\0'))
            findings.push(warning('gguf/nul-in-string', `${what} contains a NUL byte`, { offset: at }));
        return { text, at };
    };
    const keys = new Set();
    let alignment = 32;
    const strings = new Map();
    for (let i = 0n; i < kvCount; i++) {
        if (cur.pos > maxHeaderBytes)
            stop('limits/header-size', `the GGUF metadata runs past maxHeaderBytes (${maxHeaderBytes})`, cur.pos);
        const { text: key, at } = await readString(`metadata key #${i}`, 65535);
        if (key === '')
            findings.push(error('gguf/empty-key', 'a metadata key is empty', { offset: at }));
        else if (!KEY_SYNTAX.test(key))
            findings.push(warning('gguf/key-syntax', `metadata key ${quote(key)} is not lower_snake_case segments joined by "."`, { offset: at }));
        if (keys.has(key))
            findings.push(error('gguf/duplicate-key', `metadata key ${quote(key)} appears twice (ggml refuses the file)`, { offset: at }));
        keys.add(key);
        const typeAt = cur.pos;
        const type = await cur.u32();
        if (!(type in KV_SIZES))
            stop('gguf/bad-value-type', `metadata ${quote(key)} has value type ${type}, not one of 0..12`, typeAt);
        if (type === 9) {
            const elemType = await cur.u32();
            const count = await cur.u64();
            if (!(elemType in KV_SIZES))
                stop('gguf/bad-value-type', `array ${quote(key)} has element type ${elemType}, not one of 0..12`, typeAt);
            if (elemType === 9)
                stop('gguf/nested-array', `array ${quote(key)} holds arrays; ggml rejects nested arrays (the spec allows them: readers disagree)`, typeAt);
            const size = KV_SIZES[elemType];
            if (size > 0) {
                if (count * BigInt(size) > BigInt(cur.remaining))
                    stop('gguf/array-beyond-file', `array ${quote(key)} of ${count} ${KV_NAMES[elemType]} does not fit in the ${cur.remaining} bytes left`, typeAt);
                if (elemType === 7) {
                    const bytes = await cur.take(Number(count));
                    if (bytes.some((b) => b > 1))
                        findings.push(warning('gguf/bool-value', `array ${quote(key)} holds booleans other than 0 and 1`, { offset: typeAt }));
                }
                else {
                    cur.skip(Number(count) * size);
                }
            }
            else {
                if (count * 8n > BigInt(cur.remaining))
                    stop('gguf/array-beyond-file', `array ${quote(key)} of ${count} strings does not fit in the ${cur.remaining} bytes left`, typeAt);
                for (let j = 0n; j < count; j++) {
                    const len = await cur.u64();
                    if (len > BigInt(MAX_STRING) || len > BigInt(cur.remaining))
                        stop('gguf/truncated', `string ${j} of array ${quote(key)} declares ${len} bytes, beyond the file or the limit`, cur.pos - 8);
                    cur.skip(Number(len));
                }
            }
            continue;
        }
        if (type === 8) {
            const s = await readString(`value of ${quote(key)}`, MAX_STRING);
            strings.set(key, s);
            continue;
        }
        const bytes = await cur.take(KV_SIZES[type]);
        if (type === 7 && bytes[0] > 1)
            findings.push(warning('gguf/bool-value', `${quote(key)} is a BOOL of value ${bytes[0]}; only 0 and 1 are valid`, { offset: typeAt }));
        if (key === 'general.alignment') {
            if (type !== 4) {
                findings.push(error('gguf/alignment-type', `general.alignment has type ${KV_NAMES[type]}; ggml asserts UINT32 and aborts`, { offset: typeAt }));
            }
            else {
                alignment = bytes.readUInt32LE(0);
                if (alignment === 0 || (alignment & (alignment - 1)) !== 0 || alignment > 1 << 20) {
                    stop('gguf/bad-alignment', `general.alignment is ${alignment}; it must be a power of two up to 1 MiB`, typeAt);
                }
                if (alignment % 8 !== 0)
                    findings.push(warning('gguf/alignment-spec', `general.alignment ${alignment} is not a multiple of 8 as the spec requires`, { offset: typeAt }));
            }
        }
    }
    details.alignment = alignment;
    const arch = strings.get('general.architecture');
    if (!arch)
        findings.push(warning('gguf/no-architecture', 'general.architecture is missing (the spec requires it)'));
    else {
        details.architecture = arch.text;
        if (!/^[a-z0-9]+$/.test(arch.text))
            findings.push(warning('gguf/architecture-syntax', `general.architecture ${quote(arch.text)} is not lowercase alphanumerics`, { offset: arch.at }));
    }
    for (const [key, value] of strings) {
        if (key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.')) {
            for (const f of lintChatTemplate(value.text, key, value.at))
                findings.push(f);
        }
    }
    // Tensor infos.
    const names = new Set();
    let expected = 0n;
    let quantized = false;
    let lastEnd = 0n;
    const infos = [];
    for (let i = 0n; i < tensorCount; i++) {
        if (cur.pos > maxHeaderBytes)
            stop('limits/header-size', `the GGUF tensor infos run past maxHeaderBytes (${maxHeaderBytes})`, cur.pos);
        const { text: name, at } = await readString(`tensor name #${i}`, 65535);
        if (Buffer.byteLength(name) >= MAX_NAME)
            findings.push(error('gguf/tensor-name-too-long', `tensor name ${quote(name)} is ${Buffer.byteLength(name)} bytes; ggml allows ${MAX_NAME - 1}`, { offset: at }));
        if (names.has(name))
            findings.push(error('gguf/duplicate-tensor', `tensor ${quote(name)} appears twice`, { offset: at }));
        names.add(name);
        const nDims = await cur.u32();
        if (nDims > MAX_DIMS)
            stop('gguf/too-many-dims', `tensor ${quote(name)} has ${nDims} dimensions; ggml supports ${MAX_DIMS}`, at);
        const dims = [];
        for (let d = 0; d < nDims; d++)
            dims.push(await cur.u64());
        const typeAt = cur.pos;
        const type = await cur.u32();
        const offset = await cur.u64();
        let elements = 1n;
        let bad = false;
        for (const d of dims) {
            if (d === 0n) {
                findings.push(error('gguf/zero-dimension', `tensor ${quote(name)} has a zero dimension (crashed ggml with SIGFPE)`, { offset: at }));
                bad = true;
            }
            if (d > INT64_MAX)
                bad = true;
            elements *= d;
        }
        if (elements > INT64_MAX || dims.some((d) => d > INT64_MAX)) {
            findings.push(error('gguf/size-overflow', `tensor ${quote(name)} has dimensions [${dims.join(', ')}] whose element count overflows int64`, { offset: at }));
            bad = true;
        }
        const t = GGML_TYPES[type];
        if (!t) {
            findings.push(error('gguf/bad-tensor-type', `tensor ${quote(name)} has ggml type ${type}, which is unknown or removed`, { offset: typeAt }));
            bad = true;
        }
        if (t && !UNQUANTIZED.has(type))
            quantized = true;
        if (t && !bad && dims.length > 0 && dims[0] % BigInt(t[0]) !== 0n) {
            findings.push(error('gguf/block-misaligned', `tensor ${quote(name)}: first dimension ${dims[0]} is not a multiple of the ${t[2]} block size ${t[0]}`, { offset: at }));
            bad = true;
        }
        if (offset % BigInt(alignment) !== 0n)
            findings.push(error('gguf/unaligned-offset', `tensor ${quote(name)} starts at data offset ${offset}, not a multiple of the alignment ${alignment}`, { offset: typeAt + 4 }));
        if (bad || !t)
            continue;
        const size = (elements / BigInt(t[0])) * BigInt(t[1]);
        if (offset !== expected) {
            const kind = offset < expected ? 'overlaps the previous tensor' : 'leaves a gap after the previous tensor';
            findings.push(error(offset < expected ? 'gguf/overlapping-tensors' : 'gguf/gap-between-tensors', `tensor ${quote(name)} starts at data offset ${offset}, expected ${expected}: it ${kind} (ggml requires tensors in order, back to back)`, { offset: typeAt + 4 }));
        }
        infos.push({ name, offset, size, at });
        expected = alignUp(offset + size, BigInt(alignment));
        if (offset + size > lastEnd)
            lastEnd = offset + size;
    }
    if (quantized && !keys.has('general.quantization_version'))
        findings.push(warning('gguf/no-quantization-version', 'quantized tensors but no general.quantization_version'));
    const dataStart = alignUp(BigInt(cur.pos), BigInt(alignment));
    details.dataOffset = Number(dataStart);
    details.tensors = infos.length;
    const fileSize = BigInt(source.size);
    for (const info of infos) {
        if (dataStart + info.offset + info.size > fileSize) {
            findings.push(error('gguf/tensor-past-eof', `tensor ${quote(info.name)} ends at byte ${dataStart + info.offset + info.size}, past the end of the file (${fileSize} bytes): truncated download?`, { offset: info.at }));
        }
    }
    // Writers pad the last tensor to the alignment; anything beyond is data no reader looks at.
    if (tensorCount > 0n && dataStart + expected < fileSize) {
        findings.push(warning('gguf/trailing-bytes', `${fileSize - dataStart - expected} bytes follow the last tensor and its padding: data no loader reads (a place to hide a second file)`, { offset: Number(dataStart + lastEnd) }));
    }
}
function alignUp(v, a) {
    return ((v + a - 1n) / a) * a;
}

;// CONCATENATED MODULE: ./src/validate/strict-json.ts
/**
 * A strict JSON parser for untrusted headers. JSON.parse keeps the last of two duplicate keys while
 * other readers (serde, Python) may keep the first or fail: a parser differential an attacker can use to
 * show a validator one tensor table and a loader another. This parser reports every duplicate with its
 * byte offset, keeps integers beyond 2^53 exact as bigint, and bounds nesting. It also remembers which
 * numbers were written with a fraction or an exponent (`2.0`, `2e0`): serde and Python reject those where an
 * integer is required, while JSON.parse turns them into the integer 2.
 */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} at byte ${offset}`);
        this.offset = offset;
        this.name = 'JsonSyntaxError';
    }
}
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
function parseStrictJson(text, maxDepth = 128) {
    let i = 0;
    const duplicates = [];
    const nonIntegerLiterals = new WeakMap();
    let lastWasNonInteger = false;
    const markNonInteger = (container, key) => {
        if (!lastWasNonInteger)
            return;
        let keys = nonIntegerLiterals.get(container);
        if (!keys)
            nonIntegerLiterals.set(container, (keys = new Set()));
        keys.add(key);
    };
    const skipWs = () => {
        while (i < text.length && WS.has(text.charCodeAt(i)))
            i++;
    };
    const fail = (msg) => {
        throw new JsonSyntaxError(msg, byteOffset(text, i));
    };
    const parseString = () => {
        // text[i] === '"'
        i++;
        let out = '';
        let start = i;
        for (;;) {
            if (i >= text.length)
                fail('unterminated string');
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                out += text.slice(start, i);
                i++;
                return out;
            }
            if (c < 0x20)
                fail('control character in string');
            if (c === 0x5c) {
                out += text.slice(start, i);
                const e = text[i + 1];
                const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (e === 'u') {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        fail('bad \\u escape');
                    out += String.fromCharCode(parseInt(hex, 16));
                    i += 6;
                }
                else if (e !== undefined && e in simple) {
                    out += simple[e];
                    i += 2;
                }
                else {
                    fail('bad escape');
                }
                start = i;
                continue;
            }
            i++;
        }
    };
    // Whether the value just parsed is a number written with a fraction or an exponent.
    const parseValue = (depth, path) => {
        const v = parseAny(depth, path);
        if (typeof v !== 'number')
            lastWasNonInteger = false;
        return v;
    };
    const parseAny = (depth, path) => {
        if (depth > maxDepth)
            fail(`nesting deeper than ${maxDepth}`);
        lastWasNonInteger = false;
        skipWs();
        const c = text[i];
        if (c === '{') {
            i++;
            const obj = Object.create(null);
            const seen = new Set();
            skipWs();
            if (text[i] === '}') {
                i++;
                return obj;
            }
            for (;;) {
                skipWs();
                if (text[i] !== '"')
                    fail('expected a string key');
                const keyAt = byteOffset(text, i);
                const key = parseString();
                if (seen.has(key))
                    duplicates.push({ key, path, offset: keyAt });
                seen.add(key);
                skipWs();
                if (text[i] !== ':')
                    fail('expected ":"');
                i++;
                // Define (not assign) so "__proto__" is an ordinary key; the first occurrence is kept, like serde.
                const value = parseValue(depth + 1, path ? `${path}.${key}` : key);
                if (!Object.prototype.hasOwnProperty.call(obj, key)) {
                    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
                    markNonInteger(obj, key);
                }
                skipWs();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return obj;
                }
                fail('expected "," or "}"');
            }
        }
        if (c === '[') {
            i++;
            const arr = [];
            skipWs();
            if (text[i] === ']') {
                i++;
                return arr;
            }
            for (;;) {
                arr.push(parseValue(depth + 1, `${path}[${arr.length}]`));
                markNonInteger(arr, arr.length - 1);
                skipWs();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return arr;
                }
                fail('expected "," or "]"');
            }
        }
        if (c === '"')
            return parseString();
        if (text.startsWith('true', i)) {
            i += 4;
            return true;
        }
        if (text.startsWith('false', i)) {
            i += 5;
            return false;
        }
        if (text.startsWith('null', i)) {
            i += 4;
            return null;
        }
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m)
            fail('unexpected character');
        const literal = m[0];
        i += literal.length;
        if (m[2] === undefined && m[3] === undefined) {
            const n = Number(literal);
            return Number.isSafeInteger(n) ? n : BigInt(literal);
        }
        lastWasNonInteger = true;
        return Number(literal);
    };
    skipWs();
    const leadingWhitespace = i;
    const value = parseValue(0, '');
    skipWs();
    if (i !== text.length)
        fail('unexpected data after the JSON value');
    return { value, duplicates, leadingWhitespace, nonIntegerLiterals };
}
/** True when `container[key]` is a number written as an integer literal (not `2.0`, not `2e0`). */
function isIntegerLiteral(parsed, container, key) {
    const v = container[key];
    return (typeof v === 'number' || typeof v === 'bigint') && !parsed.nonIntegerLiterals.get(container)?.has(key);
}
function byteOffset(text, charIndex) {
    // Headers are mostly ASCII; this is only computed for errors and duplicates.
    return Buffer.byteLength(text.slice(0, charIndex), 'utf8');
}
/** Decodes UTF-8 strictly: undefined when the bytes are not valid UTF-8. */
function decodeUtf8Strict(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
}
function isPlainObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/validate/formats/keras-config.ts

const KERAS_MODULE = /^(keras|tf_keras|tensorflow\.keras|tensorflow\.python\.keras)(\.|$)/;
/**
 * Walks a Keras model config (Keras 3 `config.json`, legacy H5 `model_config`, SavedModel keras metadata)
 * through every nested model and layer, not only the top-level `layers` list that modelscan reads:
 * a Lambda inside a Sequential inside a Functional model runs just the same.
 */
function walkKerasConfig(root, basePointer = 'config') {
    const findings = [];
    const stack = [{ value: root, pointer: basePointer, depth: 0 }];
    let visited = 0;
    while (stack.length > 0) {
        const { value, pointer, depth } = stack.pop();
        if (++visited > 1_000_000 || depth > 200) {
            findings.push(error('keras/config-too-deep', 'the model config is nested too deeply or too large to walk', { pointer }));
            break;
        }
        if (Array.isArray(value)) {
            value.forEach((v, i) => stack.push({ value: v, pointer: `${pointer}[${i}]`, depth: depth + 1 }));
            continue;
        }
        if (value === null || typeof value !== 'object')
            continue;
        const obj = value;
        const className = typeof obj.class_name === 'string' ? obj.class_name : undefined;
        const module = typeof obj.module === 'string' ? obj.module : undefined;
        const registered = typeof obj.registered_name === 'string' ? obj.registered_name : undefined;
        const name = typeof obj.config?.name === 'string' ? ` ${JSON.stringify(obj.config.name)}` : '';
        if (className === 'Lambda') {
            findings.push(error('keras/lambda-layer', `Lambda layer${name}: its function is marshalled Python bytecode that runs when the model loads (safe_mode=False, or any H5/legacy loader)`, { pointer }));
        }
        else if (className === '__lambda__') {
            findings.push(error('keras/lambda-function', `a serialized Python lambda (__lambda__)${name}: bytecode that runs when deserialized`, { pointer }));
        }
        else if (className === 'TFSMLayer') {
            findings.push(error('keras/tfsm-layer', `TFSMLayer${name} loads a TensorFlow SavedModel from a path named in the config`, { pointer }));
        }
        if (module !== undefined && !KERAS_MODULE.test(module)) {
            findings.push(error('keras/foreign-module', `${className ?? 'an object'}${name} comes from module ${JSON.stringify(module)}, outside Keras: loading imports and runs it`, { pointer: `${pointer}.module` }));
        }
        else if (registered !== undefined && registered.includes('>')) {
            findings.push(warning('keras/custom-object', `custom object ${JSON.stringify(registered)}${name} needs user code registered at load time`, { pointer: `${pointer}.registered_name` }));
        }
        if (typeof obj.function_type === 'string' && obj.function_type === 'lambda' && className !== 'Lambda') {
            findings.push(error('keras/lambda-function', `a layer${name} carries a lambda function (function_type "lambda")`, { pointer }));
        }
        for (const [k, v] of Object.entries(obj))
            if (v !== null && typeof v === 'object')
                stack.push({ value: v, pointer: `${pointer}.${k}`, depth: depth + 1 });
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/validate/formats/hdf5.ts



const HDF5_SIGNATURE = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);
const NEEDLE = Buffer.from('{"class_name"');
function sniffHdf5(head) {
    // The superblock may sit at 0, 512, 1024, ... (a user block before it); the head covers 0 and 512.
    return (head.length >= 8 && head.subarray(0, 8).equals(HDF5_SIGNATURE)) || (head.length >= 520 && head.subarray(512, 520).equals(HDF5_SIGNATURE));
}
/**
 * HDF5 (Keras H5 models and weights). Without a full HDF5 reader, two pragmatic checks: the superblock's
 * end-of-file address against the real size (a truncated download fails), and every Keras config JSON in
 * the file (the `model_config` attribute is stored as a plain JSON string) walked for Lambda layers and
 * foreign modules. The scan streams the whole file once in large chunks.
 */
const hdf5Analyzer = {
    format: 'hdf5',
    sniff: (head) => sniffHdf5(head),
    async analyze(source, ctx) {
        const findings = new FindingList();
        const base = (await source.read(0, 8)).equals(HDF5_SIGNATURE) ? 0 : 512;
        const sb = await source.read(base, 96);
        const version = sb[8];
        let eofAddress;
        if (version === 0 || version === 1) {
            const sizeOfOffsets = sb[13];
            if (sizeOfOffsets === 8 && sb.length >= 24 + 8 * 4 + (version === 1 ? 4 : 0))
                eofAddress = sb.readBigUInt64LE(24 + (version === 1 ? 4 : 0) + 16);
        }
        else if (version === 2 || version === 3) {
            if (sb[9] === 8 && sb.length >= 12 + 32)
                eofAddress = sb.readBigUInt64LE(12 + 16);
        }
        else {
            findings.push(error('hdf5/bad-superblock', `superblock version ${version} is unknown`, { offset: base + 8 }));
        }
        if (eofAddress !== undefined && eofAddress !== 0xffffffffffffffffn && BigInt(base) + eofAddress > BigInt(source.size)) {
            findings.push(error('hdf5/truncated', `the superblock says the file ends at byte ${BigInt(base) + eofAddress} but it has ${source.size}: truncated`, { offset: base }));
        }
        let configs = 0;
        for await (const json of jsonObjects(source, ctx.limits.maxHeaderBytes)) {
            const text = decodeUtf8Strict(json.bytes);
            if (text === undefined)
                continue;
            let value;
            try {
                value = parseStrictJson(text).value;
            }
            catch {
                findings.push(error('hdf5/bad-model-config', 'a Keras config string in the file is not valid JSON', { offset: json.offset }));
                continue;
            }
            configs++;
            for (const f of walkKerasConfig(value, 'model_config'))
                findings.push({ ...f, location: { ...f.location, offset: json.offset } });
        }
        if (configs === 0)
            findings.push(note('hdf5/no-model-config', 'no Keras model config in the file (weights only, or not a Keras file)'));
        return { findings: findings.items, details: { superblockVersion: version, kerasConfigs: configs } };
    },
};
/** Finds `{"class_name"...}` JSON objects in a byte stream, balanced by braces outside strings. */
async function* jsonObjects(source, maxBytes) {
    let carry = Buffer.alloc(0);
    let carryStart = 0;
    let capture;
    let captureStart = 0;
    let captured = 0;
    let depth = 0;
    let inString = false;
    let escaped = false;
    for await (const chunk of source.stream()) {
        let buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        let bufStart = carryStart;
        let i = 0;
        for (;;) {
            if (!capture) {
                const hit = buf.indexOf(NEEDLE, i);
                if (hit < 0)
                    break;
                capture = [];
                captureStart = bufStart + hit;
                captured = 0;
                depth = 0;
                inString = false;
                escaped = false;
                i = hit;
            }
            let j = i;
            for (; j < buf.length; j++) {
                const c = buf[j];
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (c === 0x5c)
                        escaped = true;
                    else if (c === 0x22)
                        inString = false;
                }
                else if (c === 0x22)
                    inString = true;
                else if (c === 0x7b)
                    depth++;
                else if (c === 0x7d && --depth === 0)
                    break;
                else if (c === 0)
                    break; // an HDF5 string ends at NUL: this was not a whole JSON object
            }
            if (j < buf.length && buf[j] === 0x7d) {
                capture.push(buf.subarray(i, j + 1));
                yield { offset: captureStart, bytes: Buffer.concat(capture) };
                capture = undefined;
                i = j + 1;
                continue;
            }
            if (j < buf.length) {
                capture = undefined;
                i = j + 1;
                continue;
            }
            capture.push(Buffer.from(buf.subarray(i)));
            captured += buf.length - i;
            if (captured > maxBytes)
                capture = undefined;
            i = buf.length;
            break;
        }
        // Keep a tail so a needle split across chunks is still found.
        const keep = capture ? 0 : Math.min(buf.length, NEEDLE.length - 1);
        carry = Buffer.from(buf.subarray(buf.length - keep));
        carryStart = bufStart + buf.length - keep;
        bufStart = carryStart;
        buf = carry;
    }
}

;// CONCATENATED MODULE: ./src/validate/paths.ts


/**
 * Why a relative path written inside an artifact (external data location, shard name, manifest entry)
 * cannot be trusted, or undefined when it is a plain relative path that stays in its folder.
 */
function unsafeRelativePath(p) {
    if (p === '')
        return 'it is empty';
    if (p.includes('\0'))
        return 'it contains a NUL byte';
    if (p.startsWith('/') || p.startsWith('\\'))
        return 'it is absolute';
    if (/^[A-Za-z]:/.test(p))
        return 'it is an absolute Windows path (drive letter)';
    if (p.includes('\\'))
        return 'it contains a backslash (a separator on Windows)';
    if (p.includes(':'))
        return 'it contains ":" (a Windows alternate data stream or drive)';
    if (p.split('/').includes('..'))
        return 'it contains ".." and may leave its folder';
    return undefined;
}
/**
 * Resolves `rel` under `root` and checks the file on disk stays there: it exists, is a regular file,
 * is not a symlink (an attacker's link can point anywhere after validation), and has one hard link
 * (a second link may be a file outside the folder). Returns the reason it is refused, or the file.
 */
async function containedFile(root, rel) {
    const absolute = external_node_path_default().resolve(root, rel);
    const relative = external_node_path_default().relative(root, absolute);
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return { problem: { rule: 'escape', message: `"${rel}" resolves outside ${root}` } };
    let st;
    try {
        st = await (0,promises_.lstat)(absolute);
    }
    catch {
        return { problem: { rule: 'missing', message: `"${rel}" does not exist next to the model` } };
    }
    if (st.isSymbolicLink()) {
        let target = '?';
        try {
            target = await (0,promises_.realpath)(absolute);
        }
        catch {
            /* dangling */
        }
        return { problem: { rule: 'symlink', message: `"${rel}" is a symbolic link (to ${target}); links may point outside the model's folder` } };
    }
    if (!st.isFile())
        return { problem: { rule: 'not-regular', message: `"${rel}" is not a regular file` } };
    if (st.nlink > 1)
        return { problem: { rule: 'hardlink', message: `"${rel}" has ${st.nlink} hard links; another link may be a file outside the model's folder` } };
    // A parent folder may itself be a symlink that leaves the root.
    try {
        const realRoot = await (0,promises_.realpath)(root);
        const real = await (0,promises_.realpath)(absolute);
        const r = external_node_path_default().relative(realRoot, real);
        if (r.startsWith('..') || external_node_path_default().isAbsolute(r))
            return { problem: { rule: 'symlink', message: `"${rel}" resolves through a symbolic link to ${real}, outside the model's folder` } };
    }
    catch {
        return { problem: { rule: 'missing', message: `"${rel}" cannot be resolved` } };
    }
    return { file: { absolute, size: st.size } };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/validate/formats/keras-zip.ts


class ZipLimitError extends Error {
}
/** yauzl over a ByteSource: the zip is read in ranges, never loaded whole. */
class SourceReader extends yauzl.RandomAccessReader {
    source;
    constructor(source) {
        super();
        this.source = source;
    }
    _readStreamForRange(start, end) {
        const source = this.source;
        return external_node_stream_.Readable.from((async function* () {
            for (let at = start; at < end; at += 1 << 20) {
                const chunk = await source.read(at, Math.min(1 << 20, end - at));
                if (chunk.length === 0)
                    throw new Error(`zip member range ${start}..${end} is past the end of the file`);
                yield chunk;
            }
        })());
    }
}
/**
 * Lists a zip's members and reads those `want` selects, with the count, size and ratio limits applied.
 * A small reader for the Keras analyzer; the container analyzers have their own (src/validate/archive/).
 */
async function readZip(source, limits, want) {
    const zip = await yauzl.fromRandomAccessReaderPromise(new SourceReader(source), source.size, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true });
    const members = [];
    const contents = new Map();
    let total = 0;
    try {
        for await (const entry of zip.eachEntry()) {
            if (members.length >= limits.maxArchiveMembers)
                throw new ZipLimitError(`more than ${limits.maxArchiveMembers} members (maxArchiveMembers)`);
            const member = { name: entry.fileName, size: entry.uncompressedSize, compressedSize: entry.compressedSize, encrypted: entry.isEncrypted() };
            members.push(member);
            if (!want(entry.fileName) || member.encrypted || entry.fileName.endsWith('/'))
                continue;
            if (entry.uncompressedSize > limits.maxHeaderBytes)
                throw new ZipLimitError(`member ${entry.fileName} is ${entry.uncompressedSize} bytes, over maxHeaderBytes`);
            if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > limits.maxCompressionRatio) {
                throw new ZipLimitError(`member ${entry.fileName} expands ${Math.round(entry.uncompressedSize / entry.compressedSize)}x, over maxCompressionRatio`);
            }
            total += entry.uncompressedSize;
            if (total > limits.maxDecompressedBytes)
                throw new ZipLimitError('members expand past maxDecompressedBytes');
            const stream = await zip.openReadStreamPromise(entry);
            const chunks = [];
            let got = 0;
            for await (const chunk of stream) {
                got += chunk.length;
                if (got > entry.uncompressedSize)
                    throw new ZipLimitError(`member ${entry.fileName} inflates past its declared size`);
                chunks.push(chunk);
            }
            contents.set(entry.fileName, Buffer.concat(chunks));
        }
    }
    finally {
        zip.close();
    }
    return { members, contents };
}

;// CONCATENATED MODULE: ./src/validate/formats/keras.ts






const KERAS_FIRST_MEMBERS = new Set(['metadata.json', 'config.json', 'model.weights.h5', 'model.weights.npz']);
/** A zip whose first member is one Keras 3 `model.save()` writes. */
function sniffKeras(head) {
    if (head.length < 30 || head.readUInt32LE(0) !== 0x04034b50)
        return false;
    const nameLength = head.readUInt16LE(26);
    return KERAS_FIRST_MEMBERS.has(head.toString('utf8', 30, 30 + nameLength));
}
/**
 * Keras v3 `.keras`: a zip of config.json (the architecture, walked for code), metadata.json and the
 * weights (model.weights.h5, analyzed as HDF5). Every other member is analyzed by content too.
 */
const kerasAnalyzer = {
    format: 'keras',
    sniff: (head) => sniffKeras(head),
    async analyze(source, ctx) {
        const findings = new FindingList();
        let listing;
        try {
            listing = await readZip(source, ctx.limits, () => true);
        }
        catch (err) {
            // yauzl refuses `..` and absolute member names itself: that is a hostile archive, not a broken one.
            const message = err.message;
            const rule = err instanceof ZipLimitError ? 'limits/archive' : /invalid relative path|absolute path|invalid characters/.test(message) ? 'keras/member-path' : 'keras/bad-zip';
            findings.push(error(rule, `cannot read the .keras archive: ${err.message}`));
            return { findings: findings.items };
        }
        const names = listing.members.map((m) => m.name);
        for (const m of listing.members) {
            const why = unsafeRelativePath(m.name.replace(/\/$/, ''));
            if (why)
                findings.push(error('keras/member-path', `member ${quote(m.name)} is refused: ${why} (extraction would write outside the folder)`, { member: m.name }));
            if (m.encrypted)
                findings.push(error('keras/encrypted-member', `member ${quote(m.name)} is encrypted and cannot be checked`, { member: m.name }));
        }
        if (new Set(names).size !== names.length)
            findings.push(error('keras/duplicate-member', 'the archive holds two members with the same name: readers disagree on which one counts'));
        const config = listing.contents.get('config.json');
        if (!config) {
            findings.push(error('keras/no-config', 'the archive has no config.json: not a Keras v3 model'));
        }
        else {
            const text = decodeUtf8Strict(config);
            try {
                if (text === undefined)
                    throw new Error('not UTF-8');
                const parsed = parseStrictJson(text);
                for (const d of parsed.duplicates)
                    findings.push(error('keras/duplicate-key', `config.json repeats key ${quote(d.key)}${d.path ? ` in ${d.path}` : ''}`, { member: 'config.json', offset: d.offset }));
                for (const f of walkKerasConfig(parsed.value, 'config.json'))
                    findings.push({ ...f, location: { ...f.location, member: 'config.json' } });
            }
            catch (err) {
                findings.push(error('keras/bad-config', `config.json is not valid JSON: ${err.message}`, { member: 'config.json' }));
            }
        }
        for (const [name, data] of listing.contents) {
            if (name === 'config.json' || name === 'metadata.json' || name.endsWith('/'))
                continue;
            const nested = await ctx.analyzeNested(bufferSource(`${source.name}!/${name}`, data), name);
            for (const f of nested.findings)
                findings.push({ ...f, location: { ...f.location, member: f.location?.member ? `${name}!/${f.location.member}` : name } });
        }
        if (!names.some((n) => n.startsWith('model.weights.')))
            findings.push(warning('keras/no-weights', 'the archive holds no model.weights.* file'));
        return { findings: findings.items, details: { members: names.length } };
    },
};

;// CONCATENATED MODULE: ./src/validate/formats/not-a-model.ts


/**
 * Files that are not models at all but often stand in for one: a Git LFS pointer checked out without
 * `git lfs pull`, an HTML error page saved under the model's name, an empty file, JSON or text.
 * LFS pointers and HTML always fail; whether JSON, text and empty files fail is the engine's call
 * (a model path that is only JSON fails; a config.json beside the weights in a folder is fine).
 */
const LFS = /^version https:\/\/(git-lfs\.github\.com\/spec\/v1|hawser\.github\.com\/spec\/v1)\n/;
const emptyAnalyzer = {
    format: 'empty',
    sniff: (_head, size) => size === 0,
    async analyze() {
        return { findings: [note('format/empty', 'the file is empty')] };
    },
};
const lfsPointerAnalyzer = {
    format: 'git-lfs-pointer',
    sniff: (head, size) => size < 1024 && LFS.test(head.toString('latin1')),
    async analyze(source) {
        const text = (await source.read(0, 1024)).toString('utf8');
        const oid = /oid sha256:([0-9a-f]{64})/.exec(text)?.[1];
        const size = /\nsize (\d+)/.exec(text)?.[1];
        return {
            findings: [
                error('format/git-lfs-pointer', `a Git LFS pointer, not the model${size ? ` (the real file is ${size} bytes)` : ''}: run \`git lfs pull\` (or \`actions/checkout\` with \`lfs: true\`)`),
            ],
            details: { oid, size: size ? Number(size) : undefined },
        };
    },
};
const htmlAnalyzer = {
    format: 'html',
    sniff(head) {
        const text = head.toString('latin1', 0, 256).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
        return /^(<!doctype html|<html|<head|<body|<!--)/.test(text);
    },
    async analyze(source) {
        const text = (await source.read(0, 4096)).toString('utf8');
        const title = /<title[^>]*>([^<]{0,120})/i.exec(text)?.[1]?.trim();
        return {
            findings: [error('format/html', `an HTML page, not a model${title ? ` (titled ${JSON.stringify(title)})` : ''}: a download saved an error or login page in the model's place`)],
        };
    },
};
function looksLikeText(head) {
    if (head.length === 0 || head.includes(0))
        return false;
    // Cut a possibly split UTF-8 sequence at the end of the head before decoding.
    let end = head.length;
    for (let k = 0; k < 3 && end > 0 && (head[end - 1] & 0xc0) === 0x80; k++)
        end--;
    if (end > 0 && head[end - 1] >= 0xc0)
        end--;
    const text = decodeUtf8Strict(head.subarray(0, end));
    if (text === undefined)
        return false;
    let control = 0;
    for (const ch of text) {
        const c = ch.charCodeAt(0);
        if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)
            control++;
    }
    return control <= text.length / 100;
}
const jsonAnalyzer = {
    format: 'json',
    sniff(head) {
        if (!looksLikeText(head))
            return false;
        const t = head.toString('utf8').trimStart();
        return t.startsWith('{') || t.startsWith('[');
    },
    async analyze(source, ctx) {
        if (source.size > ctx.limits.maxHeaderBytes)
            return { findings: [note('format/json', 'a JSON document (too large to parse)')] };
        const text = decodeUtf8Strict(await source.read(0, source.size));
        try {
            if (text === undefined)
                throw new Error('not UTF-8');
            const parsed = parseStrictJson(text);
            return {
                findings: parsed.duplicates.slice(0, 20).map((d) => note('json/duplicate-key', `key ${JSON.stringify(d.key)} appears twice${d.path ? ` in ${d.path}` : ''}`, { offset: d.offset })),
            };
        }
        catch (err) {
            return { findings: [note('json/invalid', `looks like JSON but is not valid: ${err.message}`)] };
        }
    },
};
const textAnalyzer = {
    format: 'text',
    sniff: (head) => looksLikeText(head),
    async analyze() {
        return { findings: [] };
    },
};

// EXTERNAL MODULE: ./src/core/onnx/reader.ts
var reader = __webpack_require__(1988);
// EXTERNAL MODULE: ./src/core/protobuf-wire.ts
var protobuf_wire = __webpack_require__(9147);
;// CONCATENATED MODULE: ./src/validate/formats/onnx.ts





/** Newest IR version this validator knows (onnx 1.19 writes 11-12); newer means unsupported. */
const MAX_IR_VERSION = 12;
const STANDARD_DOMAINS = new Set(['', 'ai.onnx', 'ai.onnx.ml', 'ai.onnx.training', 'ai.onnx.preview.training']);
/** onnxruntime's contrib operators: not the standard, but shipped by every runtime build. */
const RUNTIME_DOMAINS = new Set(['com.microsoft', 'com.microsoft.nchwc', 'com.microsoft.experimental', 'com.ms.internal.nhwc']);
/** Bytes per element by TensorProto.DataType; sub-byte types counted in bits below. */
const ELEMENT_BITS = {
    1: 32, 2: 8, 3: 8, 4: 16, 5: 16, 6: 32, 7: 64, 9: 8, 10: 16, 11: 64, 12: 32, 13: 64, 14: 64, 15: 128, 16: 16,
    17: 8, 18: 8, 19: 8, 20: 8, 21: 4, 22: 4, 23: 4, 24: 8, 25: 2, 26: 2,
};
/**
 * ModelProto starts with a field tag; real files open with ir_version (08), and a few writers put
 * producer_name (12) or opset/graph first. The probe must also see a valid small varint after 08.
 */
function sniffOnnx(head) {
    if (head.length < 4)
        return false;
    if (head[0] === 0x08 && head[1] >= 1 && head[1] <= 0x7f) {
        const next = head[2];
        // After ir_version: producer_name(0x12), producer_version(0x1a), domain(0x22), model_version(0x28), doc(0x32), graph(0x3a), opset(0x42).
        return [0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42, 0x72].includes(next);
    }
    return false;
}
const onnxAnalyzer = {
    format: 'onnx',
    sniff: (head) => sniffOnnx(head),
    async analyze(source, ctx) {
        const findings = new FindingList();
        let info;
        try {
            info = await (0,reader/* readOnnxModel */.Dk)(source, { maxStringBytes: Math.min(ctx.limits.maxHeaderBytes, 64 << 20) });
        }
        catch (err) {
            if (err instanceof protobuf_wire/* WireFormatError */.zy) {
                findings.push(error('onnx/malformed', `not a well-formed ONNX model: ${err.message}`, { offset: err.offset }));
                return { findings: findings.items };
            }
            throw err;
        }
        checkModel(info, ctx, findings);
        await checkInlineData(info, source, findings);
        const claims = await checkExternalData(info, source, findings);
        const signature = (0,reader/* signatureOf */.yK)(info);
        return {
            findings: findings.items,
            claims,
            details: {
                irVersion: info.irVersion,
                producer: [info.producerName, info.producerVersion].filter(Boolean).join(' '),
                opsets: Object.fromEntries(info.opsetImports.map((o) => [o.domain || 'ai.onnx', o.version])),
                signature,
                nodes: info.nodes.length,
                initializers: info.initializers.length,
                customDomains: [...new Set(info.nodes.map((n) => n.domain).filter((d) => !STANDARD_DOMAINS.has(d)))],
            },
        };
    },
};
function checkModel(info, ctx, findings) {
    if (!info.irVersion)
        findings.push(error('onnx/ir-version-missing', 'ir_version is missing or 0'));
    else if (info.irVersion > MAX_IR_VERSION)
        findings.push(error('onnx/ir-version-unsupported', `ir_version ${info.irVersion} is newer than the newest known (${MAX_IR_VERSION})`));
    const imported = new Map();
    for (const o of info.opsetImports) {
        const d = o.domain === 'ai.onnx' ? '' : o.domain;
        if (imported.has(d))
            findings.push(error('onnx/duplicate-opset', `opset domain ${quote(o.domain || 'ai.onnx')} is imported twice`));
        if (o.version < 1)
            findings.push(error('onnx/bad-opset', `opset ${quote(o.domain || 'ai.onnx')} has version ${o.version}`));
        imported.set(d, o.version);
    }
    if (info.irVersion >= 3 && info.opsetImports.length === 0)
        findings.push(error('onnx/opset-import-missing', 'IR version 3 and later require opset_import'));
    const defaultOpset = imported.get('');
    if (defaultOpset !== undefined && defaultOpset > 26)
        findings.push(warning('onnx/opset-unknown', `default-domain opset ${defaultOpset} is newer than any released ONNX`));
    if (!info.hasGraph) {
        findings.push(error('onnx/no-graph', 'the model has no graph'));
        return;
    }
    if (info.outputs.length === 0)
        findings.push(error('onnx/no-outputs', 'the graph declares no outputs'));
    const allowed = new Set(ctx.allowCustomOnnxDomains ?? []);
    const functionDomains = new Set(info.functions.map((f) => f.domain));
    const reported = new Set();
    for (const node of info.nodes) {
        const d = node.domain === 'ai.onnx' ? '' : node.domain;
        if (!imported.has(d) && !functionDomains.has(node.domain) && !reported.has(`import:${d}`)) {
            reported.add(`import:${d}`);
            findings.push(error('onnx/opset-import-missing', `operator ${quote(node.opType)} uses domain ${quote(d || 'ai.onnx')}, which the model does not import`));
        }
        if (!STANDARD_DOMAINS.has(d) && !reported.has(`custom:${d}`)) {
            reported.add(`custom:${d}`);
            const ops = [...new Set(info.nodes.filter((n) => n.domain === node.domain).map((n) => n.opType))].slice(0, 10).join(', ');
            if (allowed.has(d) || RUNTIME_DOMAINS.has(d))
                findings.push(note('onnx/custom-domain', `custom operator domain ${quote(d)} (${ops})${allowed.has(d) ? ', allowed by validate.allowCustomOnnxDomains' : ': onnxruntime contrib operators'}`));
            else
                findings.push(warning('onnx/custom-domain', `custom operator domain ${quote(d)} (${ops}) needs a custom-op library at load time: native code outside the model`));
        }
    }
    const names = new Set();
    for (const init of info.initializers) {
        if (names.has(init.name))
            findings.push(error('onnx/duplicate-initializer', `initializer ${quote(init.name)} is declared twice`));
        names.add(init.name);
    }
    for (const v of [...info.inputs, ...info.outputs]) {
        if (v.kind === 'tensor' && v.elemType === 0)
            findings.push(warning('onnx/untyped-value', `graph value ${quote(v.name)} has no element type`));
    }
    const metaKeys = Object.keys(info.metadata);
    if (metaKeys.length !== new Set(metaKeys).size)
        findings.push(error('onnx/duplicate-metadata', 'metadata_props keys are not unique'));
}
/**
 * TensorProto.DataType → the typed-data field that holds it (float_data 4, int32_data 5, string_data 6,
 * int64_data 7, double_data 10, uint64_data 11) and how many elements of the tensor one value holds
 * (complex: a value is half an element; 4-bit types: two elements per int32 value).
 */
const TYPED_FIELD = {
    1: { field: 4, perValue: 1, valuesPerElement: 1 }, 14: { field: 4, perValue: 1, valuesPerElement: 2 },
    2: { field: 5, perValue: 1, valuesPerElement: 1 }, 3: { field: 5, perValue: 1, valuesPerElement: 1 },
    4: { field: 5, perValue: 1, valuesPerElement: 1 }, 5: { field: 5, perValue: 1, valuesPerElement: 1 },
    6: { field: 5, perValue: 1, valuesPerElement: 1 }, 9: { field: 5, perValue: 1, valuesPerElement: 1 },
    10: { field: 5, perValue: 1, valuesPerElement: 1 }, 16: { field: 5, perValue: 1, valuesPerElement: 1 },
    17: { field: 5, perValue: 1, valuesPerElement: 1 }, 18: { field: 5, perValue: 1, valuesPerElement: 1 },
    19: { field: 5, perValue: 1, valuesPerElement: 1 }, 20: { field: 5, perValue: 1, valuesPerElement: 1 },
    21: { field: 5, perValue: 2, valuesPerElement: 1 }, 22: { field: 5, perValue: 2, valuesPerElement: 1 },
    23: { field: 5, perValue: 2, valuesPerElement: 1 },
    7: { field: 7, perValue: 1, valuesPerElement: 1 }, 8: { field: 6, perValue: 1, valuesPerElement: 1 },
    11: { field: 10, perValue: 1, valuesPerElement: 1 }, 15: { field: 10, perValue: 1, valuesPerElement: 2 },
    12: { field: 11, perValue: 1, valuesPerElement: 1 }, 13: { field: 11, perValue: 1, valuesPerElement: 1 },
};
const FIELD_NAMES = { 4: 'float_data', 5: 'int32_data', 6: 'string_data', 7: 'int64_data', 9: 'raw_data', 10: 'double_data', 11: 'uint64_data' };
/**
 * Inline initializer data must hold exactly dims × element size: `onnx.checker` does not check it, and
 * onnxruntime crashes or reads past the buffer on a short raw_data. Typed data must sit in the field of the
 * tensor's type with one value per element; raw_data and typed data together are ambiguous.
 */
async function checkInlineData(info, source, findings) {
    for (const init of info.initializers) {
        if (init.dataLocation === 'external' || init.externalData)
            continue;
        if (init.dims.some((d) => d < 0))
            continue;
        const pointer = `graph.initializer[${quote(init.name)}]`;
        const fail = (message) => findings.push(error('onnx/initializer-data', `tensor ${quote(init.name)} (${init.dtype} [${init.dims.join(', ')}]): ${message}`, { pointer, ...(init.byteOffset >= 0 ? { offset: init.byteOffset } : {}) }));
        const fields = init.inline ?? new Map();
        const raw = fields.get(9);
        const typedFields = [...fields.keys()].filter((f) => f !== 9);
        if (raw) {
            if (typedFields.length) {
                fail(`has both raw_data and ${typedFields.map((f) => FIELD_NAMES[f]).join(', ')}: loaders disagree on which is used`);
                continue;
            }
            if (init.elemType === 8) {
                fail('strings cannot be stored in raw_data');
                continue;
            }
            if (raw.packed > 1 || raw.unpacked > 0) {
                fail('raw_data appears more than once: parsers keep different copies');
                continue;
            }
            const expected = nbytesOf(init);
            if (expected !== undefined && BigInt(raw.packedBytes) !== expected)
                fail(`raw_data holds ${raw.packedBytes} bytes, dims × element size is ${expected}`);
            continue;
        }
        const typed = TYPED_FIELD[init.elemType];
        if (!typed)
            continue;
        const wrong = typedFields.filter((f) => f !== typed.field);
        if (wrong.length) {
            fail(`keeps its values in ${wrong.map((f) => FIELD_NAMES[f]).join(', ')}, not in ${FIELD_NAMES[typed.field]} as its type requires`);
            continue;
        }
        let elements = 1n;
        for (const d of init.dims)
            elements *= BigInt(d);
        const values = (elements * BigInt(typed.valuesPerElement) + BigInt(typed.perValue) - 1n) / BigInt(typed.perValue);
        const field = fields.get(typed.field);
        let count = 0n;
        if (field)
            count = await countValues(typed.field, field, source);
        if (count === null) {
            fail(`${FIELD_NAMES[typed.field]} is not a whole number of values`);
            continue;
        }
        if (count !== values)
            fail(`${FIELD_NAMES[typed.field]} holds ${count} value(s), dims call for ${values}`);
    }
}
async function countValues(field, seen, source) {
    const unpacked = BigInt(seen.unpacked);
    if (field === 6)
        return BigInt(seen.packed) + unpacked; // one length-delimited field per string
    if (field === 4 || field === 10) {
        const width = field === 4 ? 4 : 8;
        return seen.packedBytes % width === 0 ? BigInt(seen.packedBytes / width) + unpacked : null;
    }
    if (!seen.ranges)
        return null;
    // Packed varints: one value ends at every byte without the continuation bit.
    let n = 0n;
    for (const [start, end] of seen.ranges) {
        let last = 0;
        for (let at = start; at < end; at += 1 << 20) {
            const chunk = await source.read(at, Math.min(1 << 20, end - at));
            let c = 0;
            for (const b of chunk)
                if ((b & 0x80) === 0)
                    c++;
            n += BigInt(c);
            last = chunk[chunk.length - 1];
        }
        if (end > start && (last & 0x80) !== 0)
            return null;
    }
    return n + unpacked;
}
function nbytesOf(init) {
    const bits = ELEMENT_BITS[init.elemType];
    if (bits === undefined)
        return undefined;
    let n = 1n;
    for (const d of init.dims) {
        if (d < 0)
            return undefined;
        n *= BigInt(d);
    }
    return (n * BigInt(bits) + 7n) / 8n;
}
/**
 * External data: every location must be a plain relative path to a regular, singly linked file inside the
 * model's folder, and every range must lie inside that file, match the tensor's size and not overlap another.
 */
async function checkExternalData(info, source, findings) {
    const external = info.initializers.filter((i) => i.dataLocation === 'external' || i.externalData);
    if (external.length === 0)
        return [];
    if (!source.filePath) {
        findings.push(error('onnx/external-data-unresolvable', `${external.length} tensor(s) keep their data in external files, which cannot be resolved inside an archive`));
        return [];
    }
    const dir = external_node_path_default().dirname(source.filePath);
    const files = new Map();
    const ranges = new Map();
    for (const init of external) {
        const ref = init.externalData;
        const pointer = `graph.initializer[${quote(init.name)}]`;
        const location = ref?.location;
        if (location === undefined) {
            findings.push(error('onnx/external-data-no-location', `tensor ${quote(init.name)} is external but has no location`, { pointer }));
            continue;
        }
        if (init.byteLength > 0)
            findings.push(error('onnx/external-data-with-inline', `tensor ${quote(init.name)} has both external data and inline data: loaders disagree on which is used`, { pointer, offset: init.byteOffset }));
        const why = unsafeRelativePath(location);
        if (why) {
            findings.push(error('onnx/external-data-path', `tensor ${quote(init.name)} reads ${quote(location)}: refused, ${why} (arbitrary file read)`, { pointer }));
            continue;
        }
        if (!files.has(location)) {
            const { file, problem } = await containedFile(dir, location);
            if (problem)
                findings.push(error(`onnx/external-data-${problem.rule === 'escape' ? 'path' : problem.rule}`, `external data of tensor ${quote(init.name)}: ${problem.message}`, { pointer }));
            files.set(location, file ?? null);
        }
        const file = files.get(location);
        if (!file)
            continue;
        const offset = BigInt(ref?.offset ?? 0);
        const expected = nbytesOf(init);
        const length = ref?.length !== undefined ? BigInt(ref.length) : BigInt(file.size) - offset;
        if (offset > BigInt(file.size) || offset + length > BigInt(file.size)) {
            findings.push(error('onnx/external-data-out-of-bounds', `tensor ${quote(init.name)} reads bytes ${offset}..${offset + length} of ${quote(location)}, which has ${file.size}`, { pointer }));
            continue;
        }
        if (expected !== undefined && ref?.length !== undefined && length !== expected) {
            findings.push(error('onnx/external-data-length', `tensor ${quote(init.name)} is ${init.dtype} [${init.dims.join(', ')}] = ${expected} bytes but its external length is ${length}`, { pointer }));
        }
        else if (expected !== undefined && ref?.length === undefined && length < expected) {
            findings.push(error('onnx/external-data-length', `tensor ${quote(init.name)} needs ${expected} bytes but only ${length} remain in ${quote(location)} after offset ${offset}`, { pointer }));
        }
        const end = offset + (expected !== undefined && ref?.length === undefined ? expected : length);
        if (!ranges.has(location))
            ranges.set(location, []);
        ranges.get(location).push({ start: offset, end, name: init.name });
        for (const key of Object.keys(ref?.extra ?? {}))
            findings.push(warning('onnx/external-data-key', `tensor ${quote(init.name)} has unknown external_data key ${quote(key)}`, { pointer }));
    }
    for (const [location, list] of ranges) {
        list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
        for (let i = 1; i < list.length; i++) {
            if (list[i].start < list[i - 1].end) {
                findings.push(error('onnx/external-data-overlap', `tensors ${quote(list[i - 1].name)} and ${quote(list[i].name)} share bytes of ${quote(location)}`));
            }
        }
    }
    return [...files.values()].filter((f) => f !== null).map((f) => f.absolute);
}

;// CONCATENATED MODULE: ./src/validate/formats/safetensors-header.ts


/** The safetensors loader's hard cap on N (safetensors/src/tensor.rs MAX_HEADER_SIZE). */
const SAFETENSORS_MAX_HEADER = 100_000_000;
/** Bits per element of every dtype the Rust loader accepts. */
const SAFETENSORS_DTYPE_BITS = {
    BOOL: 8, F4: 4, F6_E2M3: 6, F6_E3M2: 6, U8: 8, I8: 8, F8_E5M2: 8, F8_E4M3: 8, F8_E8M0: 8, F8_E4M3FNUZ: 8, F8_E5M2FNUZ: 8,
    I16: 16, U16: 16, F16: 16, BF16: 16, I32: 32, U32: 32, F32: 32, C64: 64, F64: 64, I64: 64, U64: 64,
};
const U64_MAX = (1n << 64n) - 1n;
/**
 * Reads and checks a safetensors header without touching the tensor data: every rule of the Rust loader
 * (read_metadata + Metadata::validate), plus what it misses: duplicate keys, leading whitespace, absurd
 * header-to-file proportion. Reads 8 + N bytes, whatever the file's size.
 */
async function readSafetensorsHeader(source, maxHeaderBytes = SAFETENSORS_MAX_HEADER) {
    const findings = [];
    const out = { headerLength: 0, tensors: [], metadata: {}, findings, dataBytes: 0n };
    if (source.size < 8) {
        findings.push(error('safetensors/header-too-small', `the file is ${source.size} bytes; a safetensors file starts with an 8-byte header length`, { offset: 0 }));
        return out;
    }
    const n = (await source.read(0, 8)).readBigUInt64LE(0);
    const cap = BigInt(Math.min(maxHeaderBytes, SAFETENSORS_MAX_HEADER));
    if (n > cap) {
        findings.push(error('safetensors/header-too-large', `the header length is ${n} bytes, over the ${cap}-byte limit`, { offset: 0 }));
        return out;
    }
    if (8n + n > BigInt(source.size)) {
        findings.push(error('safetensors/invalid-header-length', `the header claims ${n} bytes but the file has only ${source.size - 8} after the length: truncated or not safetensors`, { offset: 0 }));
        return out;
    }
    const length = Number(n);
    out.headerLength = length;
    const bytes = await source.read(8, length);
    if (bytes.length < length) {
        findings.push(error('safetensors/truncated', `the header is truncated at byte ${8 + bytes.length}`, { offset: 8 + bytes.length }));
        return out;
    }
    const text = decodeUtf8Strict(bytes);
    if (text === undefined) {
        findings.push(error('safetensors/header-not-utf8', 'the header is not valid UTF-8', { offset: 8 }));
        return out;
    }
    let parsed;
    try {
        parsed = parseStrictJson(text);
    }
    catch (err) {
        const at = err instanceof JsonSyntaxError ? 8 + err.offset : 8;
        findings.push(error('safetensors/header-not-json', `the header is not valid JSON: ${err.message}`, { offset: at }));
        return out;
    }
    if (parsed.leadingWhitespace > 0) {
        findings.push(warning('safetensors/leading-whitespace', 'the header starts with whitespace; the format says it must begin with "{" (the Rust loader accepts it, other readers may not)', { offset: 8 }));
    }
    for (const d of parsed.duplicates) {
        findings.push(error('safetensors/duplicate-key', `key ${quote(d.key)} appears more than once in the header: readers disagree on which one wins`, { offset: 8 + d.offset, pointer: d.path || undefined }));
    }
    if (!isPlainObject(parsed.value)) {
        findings.push(error('safetensors/header-not-object', 'the header must be a JSON object of tensors', { offset: 8 }));
        return out;
    }
    const header = parsed.value;
    for (const [name, info] of Object.entries(header)) {
        if (name === '__metadata__') {
            readMetadata(info, out);
            continue;
        }
        const t = readTensorInfo(name, info, findings, parsed);
        if (t)
            out.tensors.push(t);
    }
    checkLayout(out, source.size, length);
    return out;
}
function readMetadata(info, out) {
    if (!isPlainObject(info)) {
        out.findings.push(error('safetensors/metadata-not-strings', '__metadata__ must be an object of string values', { pointer: '__metadata__' }));
        return;
    }
    for (const [k, v] of Object.entries(info)) {
        if (typeof v !== 'string') {
            out.findings.push(error('safetensors/metadata-not-strings', `__metadata__.${k} is not a string: the loader rejects any other JSON value`, { pointer: `__metadata__.${k}` }));
        }
        else {
            out.metadata[k] = v;
        }
    }
}
function readTensorInfo(name, info, findings, parsed) {
    const pointer = name;
    if (!isPlainObject(info)) {
        findings.push(error('safetensors/invalid-tensor-info', `tensor ${quote(name)} is not an object with dtype, shape and data_offsets`, { pointer }));
        return undefined;
    }
    const { dtype, shape, data_offsets: offsets } = info;
    let ok = true;
    if (typeof dtype !== 'string' || !(dtype in SAFETENSORS_DTYPE_BITS)) {
        findings.push(error('safetensors/unknown-dtype', `tensor ${quote(name)} has dtype ${quote(String(dtype))}, which the loader does not know`, { pointer: `${pointer}.dtype` }));
        ok = false;
    }
    const dims = [];
    // serde reads these as usize: `2.0`, `2e0`, negatives and values past 2^64 are refused by the loader.
    const u64List = (list) => list.every((v, i) => isU64(v) && isIntegerLiteral(parsed, list, i));
    if (!Array.isArray(shape) || !u64List(shape)) {
        findings.push(error('safetensors/invalid-shape', `tensor ${quote(name)} has a shape that is not a list of non-negative integer literals`, { pointer: `${pointer}.shape` }));
        ok = false;
    }
    else {
        for (const d of shape)
            dims.push(BigInt(d));
    }
    if (!Array.isArray(offsets) || offsets.length !== 2 || !u64List(offsets)) {
        findings.push(error('safetensors/invalid-offsets', `tensor ${quote(name)} has data_offsets that are not two non-negative integer literals`, { pointer: `${pointer}.data_offsets` }));
        ok = false;
    }
    if (!ok)
        return undefined;
    return { name, dtype: dtype, shape: dims, begin: BigInt(offsets[0]), end: BigInt(offsets[1]) };
}
function isU64(v) {
    return (typeof v === 'number' && Number.isInteger(v) && v >= 0) || (typeof v === 'bigint' && v >= 0n && v <= U64_MAX);
}
/** Metadata::validate: sorted by offsets, contiguous from 0, sizes match dtype x shape, buffer fully used. */
function checkLayout(out, fileSize, headerLength) {
    const { findings } = out;
    const sorted = [...out.tensors].sort((a, b) => (a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
    let expected = 0n;
    const dataSize = BigInt(fileSize - 8 - headerLength);
    for (const t of sorted) {
        const where = { pointer: `${t.name}.data_offsets`, offset: Number(8n + BigInt(headerLength) + (t.begin < dataSize ? t.begin : 0n)) };
        if (t.end < t.begin) {
            findings.push(error('safetensors/invalid-offsets', `tensor ${quote(t.name)} ends (${t.end}) before it begins (${t.begin})`, where));
        }
        else if (t.begin < expected) {
            findings.push(error('safetensors/overlapping-tensors', `tensor ${quote(t.name)} begins at ${t.begin}, inside the previous tensor (which ends at ${expected})`, where));
        }
        else if (t.begin > expected) {
            findings.push(error('safetensors/gap-between-tensors', `tensor ${quote(t.name)} begins at ${t.begin} but the previous data ends at ${expected}: hidden bytes between tensors`, where));
        }
        if (t.end > dataSize) {
            findings.push(error('safetensors/offset-out-of-range', `tensor ${quote(t.name)} ends at data byte ${t.end}, past the end of the file (${dataSize} data bytes)`, where));
        }
        if (t.dtype in SAFETENSORS_DTYPE_BITS) {
            let elements = 1n;
            for (const d of t.shape)
                elements *= d;
            const bits = elements * BigInt(SAFETENSORS_DTYPE_BITS[t.dtype]);
            if (elements > U64_MAX || bits > U64_MAX) {
                findings.push(error('safetensors/size-overflow', `tensor ${quote(t.name)} has shape [${t.shape.join(', ')}], whose size overflows 64 bits`, { pointer: `${t.name}.shape` }));
            }
            else if (bits % 8n !== 0n) {
                findings.push(error('safetensors/misaligned-slice', `tensor ${quote(t.name)}: ${elements} elements of ${t.dtype} is not a whole number of bytes`, { pointer: `${t.name}.shape` }));
            }
            else if (t.end >= t.begin && t.end - t.begin !== bits / 8n) {
                findings.push(error('safetensors/size-mismatch', `tensor ${quote(t.name)}: ${t.dtype} [${t.shape.join(', ')}] needs ${bits / 8n} bytes but data_offsets span ${t.end - t.begin}`, { pointer: `${t.name}.data_offsets` }));
            }
        }
        if (t.end > expected)
            expected = t.end;
    }
    out.dataBytes = expected;
    if (expected !== dataSize && !findings.some((f) => f.rule === 'safetensors/offset-out-of-range')) {
        if (expected < dataSize) {
            findings.push(error('safetensors/trailing-bytes', `${dataSize - expected} bytes follow the last tensor: the loader rejects this (it is how polyglot files hide a second format)`, { offset: Number(8n + BigInt(headerLength) + expected) }));
        }
    }
    if (out.tensors.length === 0 && dataSize === 0n) {
        findings.push(note('safetensors/no-tensors', 'the file holds no tensors'));
    }
    if (headerLength > 1_000_000 && BigInt(headerLength) > dataSize * 4n) {
        findings.push(warning('safetensors/header-proportion', `the ${headerLength}-byte header is far larger than the ${dataSize} bytes of data it describes`, { offset: 8 }));
    }
}

;// CONCATENATED MODULE: ./src/validate/formats/safetensors-index.ts






/**
 * `model.safetensors.index.json` (transformers' sharded checkpoints): `weight_map` names the shard of
 * every tensor. Loaders trust it blindly; here every shard is opened (header only) and the map must agree
 * with what the shards hold: each tensor in exactly one shard, no shard outside the folder.
 */
const safetensorsIndexAnalyzer = {
    format: 'safetensors-index',
    names: /\.safetensors\.index\.json$/i,
    sniff(head) {
        const text = head.toString('utf8').trimStart();
        return text.startsWith('{') && text.includes('"weight_map"');
    },
    async analyze(source, ctx) {
        const findings = [];
        if (source.size > ctx.limits.maxHeaderBytes) {
            return { findings: [error('limits/header-size', `the index is ${source.size} bytes, over maxHeaderBytes (${ctx.limits.maxHeaderBytes})`)] };
        }
        const text = decodeUtf8Strict(await source.read(0, source.size));
        if (text === undefined)
            return { findings: [error('safetensors-index/not-json', 'the index is not valid UTF-8')] };
        let parsed;
        try {
            parsed = parseStrictJson(text);
        }
        catch (err) {
            return { findings: [error('safetensors-index/not-json', `the index is not valid JSON: ${err.message}`)] };
        }
        for (const d of parsed.duplicates)
            findings.push(error('safetensors-index/duplicate-key', `key ${quote(d.key)} appears more than once${d.path ? ` in ${d.path}` : ''}`, { offset: d.offset, pointer: d.path || undefined }));
        const doc = parsed.value;
        if (!isPlainObject(doc) || !isPlainObject(doc.weight_map)) {
            findings.push(error('safetensors-index/no-weight-map', 'the index has no "weight_map" object'));
            return { findings };
        }
        const byShard = new Map();
        for (const [tensor, shard] of Object.entries(doc.weight_map)) {
            if (typeof shard !== 'string') {
                findings.push(error('safetensors-index/invalid-entry', `weight_map.${tensor} is not a file name`, { pointer: `weight_map.${tensor}` }));
                continue;
            }
            const why = unsafeRelativePath(shard);
            if (why) {
                findings.push(error('safetensors-index/shard-path-escape', `shard ${quote(shard)} of tensor ${quote(tensor)} is refused: ${why}`, { pointer: `weight_map.${tensor}` }));
                continue;
            }
            if (!byShard.has(shard))
                byShard.set(shard, new Set());
            byShard.get(shard).add(tensor);
        }
        const details = { tensors: Object.keys(doc.weight_map).length, shards: [...byShard.keys()] };
        if (!source.filePath) {
            findings.push(warning('safetensors-index/shards-not-checked', 'the index is inside an archive: its shards were not cross-checked'));
            return { findings, details };
        }
        const dir = external_node_path_default().dirname(source.filePath);
        const seenIn = new Map();
        let total = 0n;
        for (const [shard, tensors] of byShard) {
            const { file, problem } = await containedFile(dir, shard);
            if (!file) {
                const rule = problem.rule === 'missing' ? 'safetensors-index/missing-shard' : 'safetensors-index/shard-path-escape';
                findings.push(error(rule, `shard ${problem.message}`));
                continue;
            }
            const opened = await openFileSource(file.absolute, shard);
            try {
                const header = await readSafetensorsHeader(opened.source, ctx.limits.maxHeaderBytes);
                if (header.findings.some((f) => f.severity === 'error')) {
                    findings.push(error('safetensors-index/invalid-shard', `shard ${quote(shard)} is not a valid safetensors file (${header.findings.find((f) => f.severity === 'error').message})`));
                    continue;
                }
                total += header.dataBytes;
                const held = new Set(header.tensors.map((t) => t.name));
                for (const name of held) {
                    const other = seenIn.get(name);
                    if (other)
                        findings.push(error('safetensors-index/tensor-in-several-shards', `tensor ${quote(name)} is stored in both ${quote(other)} and ${quote(shard)}: which one loads depends on the loader`));
                    seenIn.set(name, shard);
                    if (!tensors.has(name))
                        findings.push(error('safetensors-index/tensor-unlisted', `shard ${quote(shard)} holds tensor ${quote(name)}, which the weight_map does not list`));
                }
                for (const name of tensors) {
                    if (!held.has(name))
                        findings.push(error('safetensors-index/tensor-missing', `weight_map puts tensor ${quote(name)} in ${quote(shard)}, which does not hold it`));
                }
            }
            finally {
                await opened.close();
            }
        }
        const declared = isPlainObject(doc.metadata) ? doc.metadata.total_size : undefined;
        if ((typeof declared === 'number' || typeof declared === 'bigint') && BigInt(declared) !== total && findings.every((f) => f.severity !== 'error')) {
            findings.push(warning('safetensors-index/total-size', `metadata.total_size is ${declared} but the shards hold ${total} bytes of tensors`, { pointer: 'metadata.total_size' }));
        }
        if (byShard.size === 0)
            findings.push(note('safetensors-index/empty', 'the weight_map is empty'));
        return { findings, details };
    },
};

;// CONCATENATED MODULE: ./src/validate/formats/safetensors.ts

/** u64 length with zero high bytes, then (whitespace and) `{` and a key or `}`: no other format starts so. */
function sniffSafetensors(head) {
    if (head.length < 10)
        return false;
    if (head[5] !== 0 || head[6] !== 0 || head[7] !== 0)
        return false;
    if (head.readUInt32LE(0) === 0 && head[4] === 0)
        return false;
    let i = 8;
    while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09))
        i++;
    if (head[i] !== 0x7b)
        return false;
    i++;
    while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09))
        i++;
    return i >= head.length || head[i] === 0x22 || head[i] === 0x7d;
}
const safetensorsAnalyzer = {
    format: 'safetensors',
    sniff: (head) => sniffSafetensors(head),
    async analyze(source, ctx) {
        const header = await readSafetensorsHeader(source, ctx.limits.maxHeaderBytes);
        const dtypes = {};
        for (const t of header.tensors)
            dtypes[t.dtype] = (dtypes[t.dtype] ?? 0) + 1;
        return {
            findings: header.findings,
            details: {
                headerBytes: header.headerLength,
                tensors: header.tensors.length,
                dtypes,
                dataBytes: Number(header.dataBytes),
                metadata: header.metadata,
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/validate/formats/savedmodel.ts






/** Graph ops that touch files, run Python or map memory: nothing a served model needs. */
const DANGEROUS_OPS = {
    ReadFile: 'reads any file into a tensor',
    WriteFile: 'writes any file',
    MatchingFiles: 'lists the file system',
    PyFunc: 'runs Python code',
    PyFuncStateless: 'runs Python code',
    EagerPyFunc: 'runs Python code',
    ImmutableConst: 'memory-maps a file named in the graph',
    DeleteSessionTensor: 'manipulates session state',
    DebugIdentityV3: 'writes debug dumps to a URL or file',
    DecodeProtoV2: 'loads proto descriptors from a file (descriptor_source)',
    EncodeProto: 'loads proto descriptors from a file (descriptor_source)',
};
/** Checkpoint ops every SavedModel has; only odd paths make them a finding. */
const CHECKPOINT_OPS = new Set(['Save', 'SaveV2', 'SaveSlices', 'Restore', 'RestoreV2', 'RestoreSlice', 'MergeV2Checkpoints', 'ShardedFilename']);
const PRINT_OPS = new Set(['PrintV2']);
/** SavedModel: `saved_model_schema_version` 1 then a MetaGraphDef (whose first field is meta_info_def). */
function sniffSavedModel(head) {
    if (head.length < 5 || head[0] !== 0x08 || head[1] !== 0x01 || head[2] !== 0x12)
        return false;
    let i = 3;
    while (i < head.length && head[i] & 0x80)
        i++;
    return head[i + 1] === 0x0a;
}
/**
 * TensorFlow SavedModel (`saved_model.pb`) and `keras_metadata.pb`: every node of every graph and
 * function is listed; file-system and Python ops fail, Save/Restore with absolute or `..` paths fail,
 * and Keras metadata is walked for Lambda layers. The file is parsed whole (it holds the graph, not the
 * weights, which live in variables/).
 */
const savedModelAnalyzer = {
    format: 'savedmodel',
    names: /(^|\/)(saved_model|keras_metadata)\.pb$/,
    sniff: (head) => sniffSavedModel(head),
    async analyze(source, ctx) {
        const findings = new FindingList();
        if (source.size > ctx.limits.maxHeaderBytes) {
            return { findings: [error('limits/header-size', `the graph file is ${source.size} bytes, over maxHeaderBytes (${ctx.limits.maxHeaderBytes})`)] };
        }
        const buf = await source.read(0, source.size);
        const ops = new Map();
        const strings = [];
        let kerasMetadata = 0;
        try {
            if (/keras_metadata\.pb$/.test(source.name)) {
                kerasMetadata = walkKerasMetadata(buf, findings);
            }
            else {
                let metaGraphs = 0;
                for (const f of (0,protobuf_wire/* fields */.OA)(buf)) {
                    if (f.field === 2 && f.bytes) {
                        metaGraphs++;
                        walkMetaGraph(f, ops, strings);
                    }
                }
                if (metaGraphs === 0)
                    findings.push(error('savedmodel/no-meta-graph', 'saved_model.pb holds no MetaGraphDef'));
            }
        }
        catch (err) {
            if (err instanceof protobuf_wire/* WireFormatError */.zy)
                findings.push(error('savedmodel/malformed', `not a well-formed protobuf: ${err.message}`, { offset: err.offset }));
            else
                throw err;
        }
        for (const [op, count] of ops) {
            if (op in DANGEROUS_OPS)
                findings.push(error('savedmodel/dangerous-op', `op ${op} (${count}x) ${DANGEROUS_OPS[op]}`));
        }
        const oddPaths = strings.filter((s) => /^\/|^[A-Za-z]:[\\/]|(^|[\\/])\.\.([\\/]|$)|^(file|gs|s3|hdfs|https?):\/\//.test(s.value));
        if ([...ops.keys()].some((op) => CHECKPOINT_OPS.has(op) || PRINT_OPS.has(op) || op in DANGEROUS_OPS)) {
            for (const s of oddPaths.slice(0, 20)) {
                findings.push(error('savedmodel/odd-path', `the graph holds the path ${quote(s.value)} next to file ops: checkpoints must stay inside variables/`, { offset: s.at }));
            }
        }
        const known = new Set([...Object.keys(DANGEROUS_OPS), ...CHECKPOINT_OPS]);
        const unusual = [...ops.keys()].filter((op) => !known.has(op) && !/^[A-Z][A-Za-z0-9]*$/.test(op));
        if (unusual.length)
            findings.push(warning('savedmodel/custom-op', `ops with unusual names (custom kernels?): ${unusual.slice(0, 10).join(', ')}`));
        return { findings: findings.items, details: { ops: Object.fromEntries(ops), kerasMetadata }, claims: await variableFiles(source.filePath) };
    },
};
/** The checkpoint next to saved_model.pb (variables/variables.index, .data-NNNNN-of-NNNNN) is raw tensor data. */
async function variableFiles(filePath) {
    if (!filePath || external_node_path_default().basename(filePath) !== 'saved_model.pb')
        return [];
    const dir = external_node_path_default().dirname(filePath);
    const out = [external_node_path_default().join(dir, 'fingerprint.pb')];
    try {
        for (const name of await (0,promises_.readdir)(external_node_path_default().join(dir, 'variables'))) {
            if (/^variables\.(index|data-\d{5}-of-\d{5})$/.test(name))
                out.push(external_node_path_default().join(dir, 'variables', name));
        }
    }
    catch {
        /* no variables folder: a graph without weights */
    }
    return out;
}
function walkMetaGraph(meta, ops, strings) {
    for (const f of (0,protobuf_wire/* fields */.OA)(meta.bytes, meta.start)) {
        if (f.field === 2 && f.bytes)
            walkGraphDef(f, ops, strings, 0);
    }
}
/** GraphDef: 1 node (NodeDef), 2 library (FunctionDefLibrary: 1 function FunctionDef: 3 node_def). */
function walkGraphDef(graph, ops, strings, depth) {
    if (depth > 64)
        throw new protobuf_wire/* WireFormatError */.zy('functions nested too deeply', graph.at);
    for (const f of (0,protobuf_wire/* fields */.OA)(graph.bytes, graph.start)) {
        if (f.field === 1 && f.bytes)
            walkNode(f, ops, strings);
        if (f.field === 2 && f.bytes) {
            for (const fn of (0,protobuf_wire/* fields */.OA)(f.bytes, f.start)) {
                if (fn.field !== 1 || !fn.bytes)
                    continue;
                for (const part of (0,protobuf_wire/* fields */.OA)(fn.bytes, fn.start))
                    if (part.field === 3 && part.bytes)
                        walkNode(part, ops, strings);
            }
        }
    }
}
/** NodeDef: 1 name, 2 op, 5 attr (map entry: 1 key, 2 AttrValue: 2 s, 8 tensor (TensorProto 8 string_val)). */
function walkNode(node, ops, strings) {
    for (const f of (0,protobuf_wire/* fields */.OA)(node.bytes, node.start)) {
        if (f.field === 2 && f.bytes) {
            const op = (0,protobuf_wire/* text */.Qq)(f);
            ops.set(op, (ops.get(op) ?? 0) + 1);
        }
        if (f.field === 5 && f.bytes) {
            for (const entry of (0,protobuf_wire/* fields */.OA)(f.bytes, f.start)) {
                if (entry.field !== 2 || !entry.bytes)
                    continue;
                for (const attr of (0,protobuf_wire/* fields */.OA)(entry.bytes, entry.start)) {
                    if (attr.field === 2 && attr.bytes)
                        strings.push({ value: (0,protobuf_wire/* text */.Qq)(attr), at: attr.at });
                    if (attr.field === 8 && attr.bytes) {
                        for (const t of (0,protobuf_wire/* fields */.OA)(attr.bytes, attr.start))
                            if (t.field === 8 && t.bytes)
                                strings.push({ value: (0,protobuf_wire/* text */.Qq)(t), at: t.at });
                    }
                }
            }
        }
    }
}
/** keras_metadata.pb: SavedMetadata { 1 nodes: SavedObject { ..., 4 metadata (JSON string) } }. */
function walkKerasMetadata(buf, findings) {
    let count = 0;
    for (const node of (0,protobuf_wire/* fields */.OA)(buf)) {
        if (node.field !== 1 || !node.bytes)
            continue;
        for (const f of (0,protobuf_wire/* fields */.OA)(node.bytes, node.start)) {
            if (f.wire !== 2 || !f.bytes || f.bytes[0] !== 0x7b)
                continue;
            const s = decodeUtf8Strict(f.bytes);
            if (s === undefined)
                continue;
            try {
                const value = parseStrictJson(s).value;
                count++;
                for (const x of walkKerasConfig(value, 'keras_metadata'))
                    findings.push({ ...x, location: { ...x.location, offset: f.start } });
            }
            catch {
                findings.push(note('savedmodel/bad-keras-metadata', 'a Keras metadata entry is not valid JSON', { offset: f.start }));
            }
        }
    }
    return count;
}

;// CONCATENATED MODULE: ./src/validate/formats/tflite.ts

/** BuiltinOperator.CUSTOM in the TFLite schema. */
const CUSTOM = 32;
class FlatError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/**
 * A bounds-checked view of a FlatBuffer: every offset read is checked against the buffer before use,
 * so a hostile file gives a finding, never an out-of-range read.
 */
class Flat {
    buf;
    constructor(buf) {
        this.buf = buf;
    }
    u32(at) {
        if (at < 0 || at + 4 > this.buf.length)
            throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
        return this.buf.readUInt32LE(at);
    }
    i32(at) {
        if (at < 0 || at + 4 > this.buf.length)
            throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
        return this.buf.readInt32LE(at);
    }
    i8(at) {
        if (at < 0 || at + 1 > this.buf.length)
            throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
        return this.buf.readInt8(at);
    }
    u64(at) {
        if (at < 0 || at + 8 > this.buf.length)
            throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
        return this.buf.readBigUInt64LE(at);
    }
    u16(at) {
        if (at < 0 || at + 2 > this.buf.length)
            throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
        return this.buf.readUInt16LE(at);
    }
    /** Absolute position of field `index` of the table at `table`, or undefined when absent. */
    field(table, index) {
        const vtable = table - this.i32(table);
        const vsize = this.u16(vtable);
        if (vsize < 4 || vsize % 2 !== 0)
            throw new FlatError(`vtable at ${vtable} has size ${vsize}`, vtable);
        const slot = 4 + index * 2;
        if (slot + 2 > vsize)
            return undefined;
        const rel = this.u16(vtable + slot);
        return rel === 0 ? undefined : table + rel;
    }
    deref(at) {
        return at + this.u32(at);
    }
    vector(table, index) {
        const at = this.field(table, index);
        if (at === undefined)
            return undefined;
        const vec = this.deref(at);
        const length = this.u32(vec);
        if (vec + 4 + length * 4 > this.buf.length && length > 0)
            throw new FlatError(`vector at ${vec} of ${length} entries runs past the buffer`, vec);
        return { start: vec + 4, length };
    }
    string(table, index) {
        const at = this.field(table, index);
        if (at === undefined)
            return undefined;
        const s = this.deref(at);
        const len = this.u32(s);
        if (s + 4 + len > this.buf.length)
            throw new FlatError(`string at ${s} runs past the buffer`, s);
        return this.buf.toString('utf8', s + 4, s + 4 + len);
    }
}
const tfliteAnalyzer = {
    format: 'tflite',
    sniff: (head) => head.length >= 8 && head.toString('latin1', 4, 8) === 'TFL3',
    async analyze(source, ctx) {
        const findings = new FindingList();
        // Models over 2 GiB keep buffers outside the flatbuffer (Buffer.offset/size); the flatbuffer itself is small.
        const flatSize = Math.min(source.size, ctx.limits.maxHeaderBytes, 0x7fffffff);
        const flat = new Flat(await source.read(0, flatSize));
        const details = {};
        try {
            const root = flat.deref(0);
            const versionAt = flat.field(root, 0);
            details.version = versionAt === undefined ? 0 : flat.u32(versionAt);
            if (details.version !== 3)
                findings.push(error('tflite/bad-version', `schema version ${String(details.version)}; TFLite models are version 3`));
            const codes = flat.vector(root, 1);
            const custom = [];
            if (codes) {
                for (let i = 0; i < codes.length; i++) {
                    const code = flat.deref(codes.start + i * 4);
                    const deprecatedAt = flat.field(code, 0);
                    const builtinAt = flat.field(code, 3);
                    const builtin = builtinAt !== undefined ? flat.i32(builtinAt) : deprecatedAt !== undefined ? flat.i8(deprecatedAt) : 0;
                    const legacy = deprecatedAt !== undefined ? flat.i8(deprecatedAt) : 0;
                    if (builtin === CUSTOM || legacy === CUSTOM)
                        custom.push(flat.string(code, 1) ?? '(unnamed)');
                }
            }
            details.operatorCodes = codes?.length ?? 0;
            if (custom.length)
                findings.push(warning('tflite/custom-op', `custom operators need native kernels registered by the runtime: ${custom.slice(0, 10).map((c) => quote(c)).join(', ')}`));
            const subgraphs = flat.vector(root, 2);
            if (!subgraphs || subgraphs.length === 0)
                findings.push(error('tflite/no-subgraph', 'the model has no subgraph'));
            details.subgraphs = subgraphs?.length ?? 0;
            const buffers = flat.vector(root, 4);
            let external = 0;
            if (buffers) {
                for (let i = 0; i < buffers.length; i++) {
                    const b = flat.deref(buffers.start + i * 4);
                    const dataAt = flat.field(b, 0);
                    if (dataAt !== undefined) {
                        const vec = flat.deref(dataAt);
                        const len = flat.u32(vec);
                        if (vec + 4 + len > flat.buf.length)
                            findings.push(error('tflite/buffer-out-of-bounds', `buffer ${i} (${len} bytes at ${vec + 4}) runs past the end of the file`, { offset: vec }));
                    }
                    const offAt = flat.field(b, 1);
                    const sizeAt = flat.field(b, 2);
                    if (offAt !== undefined && sizeAt !== undefined) {
                        external++;
                        const off = flat.u64(offAt);
                        const size = flat.u64(sizeAt);
                        if (off + size > BigInt(source.size))
                            findings.push(error('tflite/buffer-out-of-bounds', `buffer ${i} points at bytes ${off}..${off + size}, past the end of the file (${source.size})`, { offset: offAt }));
                    }
                }
            }
            details.buffers = buffers?.length ?? 0;
            details.externalBuffers = external;
        }
        catch (err) {
            if (err instanceof FlatError)
                findings.push(error('tflite/malformed', `not a well-formed TFLite flatbuffer: ${err.message}`, { offset: err.offset }));
            else if (err?.name === 'RangeError')
                findings.push(error('tflite/malformed', `not a well-formed TFLite flatbuffer: ${err.message}`));
            else
                throw err;
        }
        return { findings: findings.items, details };
    },
};

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/validate/archive/inflate.ts
/**
 * Bounded streaming decompression (Node zlib: raw deflate, zlib, gzip). Sizes are counted on the bytes
 * actually produced, never taken from headers, and the stream is abandoned the moment a limit is passed:
 * a decompression bomb costs at most `limit` bytes of work and nothing is held in memory.
 */


class InflateLimitError extends Error {
    produced;
    limit;
    constructor(produced, limit) {
        super(`decompressed data exceeds ${limit} bytes`);
        this.produced = produced;
        this.limit = limit;
    }
}
async function* inflate(input, codec, limit) {
    const z = codec === 'raw' ? external_node_zlib_default().createInflateRaw() : codec === 'gzip' ? external_node_zlib_default().createGunzip() : external_node_zlib_default().createInflate();
    const src = external_node_stream_.Readable.from(input, { objectMode: false });
    src.on('error', (e) => z.destroy(e));
    src.pipe(z);
    let total = 0;
    try {
        for await (const chunk of z) {
            total += chunk.length;
            if (total > limit)
                throw new InflateLimitError(total, limit);
            yield chunk;
        }
    }
    finally {
        src.unpipe(z);
        src.destroy();
        z.destroy();
    }
}
/** Decompresses once to learn the real size and CRC-32 (the first pass of every compressed member). */
async function measure(input, codec, limit) {
    let size = 0;
    let crc = 0;
    const it = codec === 'stored' ? boundedCopy(input(), limit) : inflate(input(), codec, limit);
    for await (const chunk of it) {
        size += chunk.length;
        crc = external_node_zlib_default().crc32(chunk, crc);
    }
    return { size, crc };
}
async function* boundedCopy(input, limit) {
    let total = 0;
    for await (const c of input) {
        total += c.length;
        if (total > limit)
            throw new InflateLimitError(total, limit);
        yield c;
    }
}
/**
 * A ByteSource over decompressed data of known size. Reads are served from a forward cursor over one
 * decompression stream (analyzers read front to back); a read behind the cursor restarts the stream.
 */
function inflatedSource(name, size, input, codec) {
    let gen = null;
    let pending = Buffer.alloc(0);
    let cursor = 0; // decompressed offset of pending[0]
    async function restart() {
        if (gen)
            await gen.return(undefined);
        gen = inflate(input(), codec, size + 1);
        pending = Buffer.alloc(0);
        cursor = 0;
    }
    async function next() {
        if (!gen)
            await restart();
        const r = await gen.next();
        if (r.done)
            return false;
        pending = pending.length ? Buffer.concat([pending, r.value]) : r.value;
        return true;
    }
    return {
        name,
        size,
        async read(offset, length) {
            if (offset >= size || length <= 0)
                return Buffer.alloc(0);
            if (!gen || offset < cursor)
                await restart();
            // Drop everything before `offset`.
            for (;;) {
                if (offset < cursor + pending.length) {
                    pending = pending.subarray(offset - cursor);
                    cursor = offset;
                    break;
                }
                cursor += pending.length;
                pending = Buffer.alloc(0);
                if (!(await next()))
                    return Buffer.alloc(0);
            }
            const want = Math.min(length, size - offset);
            while (pending.length < want)
                if (!(await next()))
                    break;
            return Buffer.from(pending.subarray(0, want));
        },
        async *stream() {
            yield* inflate(input(), codec, size + 1);
        },
    };
}

;// CONCATENATED MODULE: ./src/validate/archive/nested.ts
/**
 * Findings of a nested source, re-anchored under `member` (nested members join with `!/`). The engine
 * already anchors the findings it adds itself (unknown member, disguised format, depth) at the hint, which
 * we pass as the member name: those are left as they are.
 */
function underMember(findings, member) {
    return findings.map((f) => {
        const inner = f.location?.member;
        if (inner === member)
            return f;
        return { ...f, location: { ...f.location, member: inner ? `${member}!/${inner}` : member } };
    });
}
/**
 * Hands a member to the engine for content-based detection (the engine enforces maxArchiveDepth). Never
 * throws: a failure on a member is itself a failing finding.
 */
async function analyzeMember(ctx, source, member, options) {
    try {
        const r = await ctx.analyzeNested(source, member, options);
        return { format: r.format, findings: underMember(r.findings, member) };
    }
    catch (err) {
        return { format: 'unknown', findings: [{ rule: 'archive/member-error', severity: 'error', message: `member could not be analysed: ${err.message}`, location: { member } }] };
    }
}

;// CONCATENATED MODULE: ./src/validate/archive/slice-source.ts
/** A byte range of a parent source (a stored zip member, a tar member, raw data after a header). */
function sliceSource(parent, name, start, length) {
    const size = Math.max(0, Math.min(length, parent.size - start));
    return {
        name,
        size,
        read(offset, len) {
            if (offset >= size || len <= 0)
                return Promise.resolve(Buffer.alloc(0));
            return parent.read(start + offset, Math.min(len, size - offset));
        },
        async *stream() {
            const chunk = 1 << 20;
            for (let at = 0; at < size; at += chunk)
                yield await parent.read(start + at, Math.min(chunk, size - at));
        },
    };
}
/** Streams `length` bytes of `source` from `start` in chunks. */
async function* rangeChunks(source, start, length, chunk = 1 << 20) {
    for (let at = 0; at < length; at += chunk) {
        const b = await source.read(start + at, Math.min(chunk, length - at));
        if (!b.length)
            return;
        yield b;
    }
}

;// CONCATENATED MODULE: ./src/validate/formats/compressed.ts
/**
 * Compressed streams. gzip and zlib are decompressed with Node's zlib, bounded (real bytes counted against
 * maxDecompressedBytes and maxCompressionRatio) and their content analysed by detection; joblib and users
 * compress pickles this way and `joblib.load` decompresses transparently. bzip2 and xz have no decoder
 * here (none is installed), so they fail closed: content that cannot be read cannot be called safe.
 */



async function analyzeCompressed(source, ctx, codec) {
    const input = () => rangeChunks(source, 0, source.size);
    const limit = Math.min(ctx.limits.maxDecompressedBytes, Math.max(1, source.size) * ctx.limits.maxCompressionRatio);
    let size;
    try {
        ({ size } = await measure(input, codec, limit));
    }
    catch (err) {
        if (err instanceof InflateLimitError) {
            const which = limit === ctx.limits.maxDecompressedBytes ? `maxDecompressedBytes (${limit})` : `maxCompressionRatio (${ctx.limits.maxCompressionRatio}x of ${source.size} bytes)`;
            return { findings: [{ rule: 'compressed/decompression-limit', severity: 'error', message: `${codec} stream decompresses past ${which}: a decompression bomb or an oversized payload` }] };
        }
        return { findings: [{ rule: 'compressed/corrupt', severity: 'error', message: `${codec} stream is corrupt or truncated: ${err.message}` }] };
    }
    const inner = inflatedSource(`${source.name}!/<${codec}>`, size, input, codec);
    const r = await analyzeMember(ctx, inner, `<${codec}>`);
    return { findings: r.findings, details: { codec, decompressedSize: size, content: r.format } };
}
function unsupported(format, codec) {
    return async () => ({
        findings: [{ rule: 'compressed/unsupported-codec', severity: 'error', message: `${codec}-compressed content cannot be decompressed here, so it cannot be verified (joblib.load and others decompress it transparently); re-save with gzip/zlib compression or uncompressed` }],
        details: { codec: format },
    });
}
const gzipAnalyzer = {
    format: 'gzip',
    sniff: (h) => h.length >= 3 && h[0] === 0x1f && h[1] === 0x8b && h[2] === 0x08,
    analyze: (s, ctx) => analyzeCompressed(s, ctx, 'gzip'),
};
const zlibAnalyzer = {
    format: 'zlib',
    // CMF 0x78 (deflate, 32K window) and a header checksum: joblib's zlib compressor writes exactly this.
    sniff: (h) => h.length >= 2 && h[0] === 0x78 && (h[0] * 256 + h[1]) % 31 === 0 && (h[1] & 0x20) === 0,
    analyze: (s, ctx) => analyzeCompressed(s, ctx, 'zlib'),
};
const bzip2Analyzer = {
    format: 'bzip2',
    sniff: (h) => h.length >= 4 && h.toString('latin1', 0, 3) === 'BZh' && h[3] >= 0x31 && h[3] <= 0x39,
    analyze: unsupported('bzip2', 'bzip2'),
};
const XZ = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
const xzAnalyzer = {
    format: 'xz',
    // xz, and legacy .lzma ("lzma_alone": properties byte 0x5d + dictionary size), which joblib also writes.
    sniff: (h) => (h.length >= 6 && h.subarray(0, 6).equals(XZ)) || (h.length >= 13 && h[0] === 0x5d && h[1] === 0x00 && h[2] === 0x00 && (h[4] & 0xf0) === 0),
    analyze: unsupported('xz', 'xz/lzma'),
};
/** Containers and codecs with no reader here, by magic number. lz4 is what `joblib.dump(compress='lz4')` writes. */
const UNSUPPORTED_MAGICS = [
    { name: '7z', magic: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), kind: 'archive' },
    { name: 'rar', magic: Buffer.from('Rar!\x1a\x07', 'latin1'), kind: 'archive' },
    { name: 'cab', magic: Buffer.from('MSCF\0\0\0\0', 'latin1'), kind: 'archive' },
    { name: 'ar', magic: Buffer.from('!<arch>\n', 'latin1'), kind: 'archive' },
    { name: 'cpio', magic: Buffer.from('070701', 'latin1'), kind: 'archive' },
    { name: 'cpio', magic: Buffer.from('070702', 'latin1'), kind: 'archive' },
    { name: 'cpio', magic: Buffer.from([0xc7, 0x71]), kind: 'archive' },
    { name: 'zstd', magic: Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), kind: 'codec' },
    { name: 'lz4', magic: Buffer.from([0x04, 0x22, 0x4d, 0x18]), kind: 'codec' },
    { name: 'lzip', magic: Buffer.from('LZIP', 'latin1'), kind: 'codec' },
];
function unsupportedMagic(h) {
    const found = UNSUPPORTED_MAGICS.find((m) => h.length >= m.magic.length && h.subarray(0, m.magic.length).equals(m.magic));
    if (found)
        return found;
    // zstd skippable frames (0x184D2A50-5F) may precede the data frame.
    if (h.length >= 4 && (h.readUInt32LE(0) & 0xfffffff0) === 0x184d2a50)
        return { name: 'zstd', magic: h.subarray(0, 4), kind: 'codec' };
    return undefined;
}
/**
 * Fails closed on containers Modelship cannot open: whatever they hold (a pickle, another archive) cannot be
 * verified. Inside an archive the finding names the member, like every nested finding.
 */
const unsupportedContainerAnalyzer = {
    format: 'unsupported-container',
    sniff: (h) => unsupportedMagic(h) !== undefined,
    async analyze(source) {
        const head = await source.read(0, 16);
        const m = unsupportedMagic(head);
        const what = m?.name ?? 'unknown';
        const rule = m?.kind === 'codec' ? 'compressed/unsupported-codec' : 'archive/unsupported-format';
        const where = source.name.includes('!/') ? `member ${JSON.stringify(source.name.slice(source.name.indexOf('!/') + 2))}` : 'the file';
        return {
            findings: [{ rule, severity: 'error', message: `${where} is a ${what} ${m?.kind === 'codec' ? 'stream' : 'archive'}, which Modelship cannot open: its content cannot be verified, so it fails (fail-closed); re-save it as zip, tar, gzip or uncompressed` }],
            details: { container: what },
        };
    },
};

;// CONCATENATED MODULE: ./src/validate/pickle/byte-window.ts
const EMPTY = Buffer.alloc(0);
class ByteWindow {
    source;
    end;
    chunk;
    /** Bytes currently held; `base` is the source offset of `buf[0]`. */
    buf = EMPTY;
    base;
    pos = 0;
    constructor(source, start, 
    /** Exclusive end of the readable range (a pickle inside a larger file ends where the file says). */
    end, chunk = 1 << 20) {
        this.source = source;
        this.end = end;
        this.chunk = chunk;
        this.base = start;
    }
    get offset() {
        return this.base + this.pos;
    }
    available() {
        return this.buf.length - this.pos;
    }
    /** Makes at least `n` bytes available; false when the range ends first (truncation). */
    async fill(n) {
        const avail = this.buf.length - this.pos;
        if (avail >= n)
            return true;
        const offset = this.offset;
        const remaining = this.end - offset;
        if (remaining <= avail)
            return false;
        const want = Math.min(Math.max(this.chunk, n), remaining);
        const rest = this.buf.subarray(this.pos);
        const fresh = await this.source.read(offset + rest.length, want - rest.length);
        this.buf = rest.length ? Buffer.concat([rest, fresh]) : fresh;
        this.base = offset;
        this.pos = 0;
        return this.buf.length >= n;
    }
    /** Moves past `n` bytes without reading them; false when that would go past the end. */
    skip(n) {
        const target = this.offset + n;
        if (target > this.end) {
            this.base = this.end;
            this.buf = EMPTY;
            this.pos = 0;
            return false;
        }
        if (n <= this.buf.length - this.pos) {
            this.pos += n;
        }
        else {
            this.base = target;
            this.buf = EMPTY;
            this.pos = 0;
        }
        return true;
    }
    /** Repositions the window (used to resume after raw data embedded between pickles). */
    seek(offset) {
        if (offset >= this.base && offset <= this.base + this.buf.length) {
            this.pos = offset - this.base;
        }
        else {
            this.base = offset;
            this.buf = EMPTY;
            this.pos = 0;
        }
    }
    atEnd() {
        return this.offset >= this.end;
    }
}

;// CONCATENATED MODULE: ./src/validate/pickle/opcodes.ts
const TABLE = [
    ['(', 'MARK', 'none', 0], ['.', 'STOP', 'none', 0], ['0', 'POP', 'none', 0], ['1', 'POP_MARK', 'none', 1],
    ['2', 'DUP', 'none', 0], ['F', 'FLOAT', 'line', 0], ['I', 'INT', 'line', 0], ['J', 'BININT', 'i4', 1],
    ['K', 'BININT1', 'u1', 1], ['L', 'LONG', 'line', 0], ['M', 'BININT2', 'u2', 1], ['N', 'NONE', 'none', 0],
    ['P', 'PERSID', 'line', 0], ['Q', 'BINPERSID', 'none', 1], ['R', 'REDUCE', 'none', 0],
    ['S', 'STRING', 'line', 0], ['T', 'BINSTRING', 'bytes4s', 1], ['U', 'SHORT_BINSTRING', 'bytes1', 1],
    ['V', 'UNICODE', 'line', 0], ['X', 'BINUNICODE', 'bytes4', 1], ['a', 'APPEND', 'none', 0],
    ['b', 'BUILD', 'none', 0], ['c', 'GLOBAL', 'line2', 0], ['d', 'DICT', 'none', 0], ['}', 'EMPTY_DICT', 'none', 1],
    ['e', 'APPENDS', 'none', 1], ['g', 'GET', 'line', 0], ['h', 'BINGET', 'u1', 1], ['i', 'INST', 'line2', 0],
    ['j', 'LONG_BINGET', 'u4', 1], ['l', 'LIST', 'none', 0], [']', 'EMPTY_LIST', 'none', 1], ['o', 'OBJ', 'none', 1],
    ['p', 'PUT', 'line', 0], ['q', 'BINPUT', 'u1', 1], ['r', 'LONG_BINPUT', 'u4', 1], ['s', 'SETITEM', 'none', 0],
    ['t', 'TUPLE', 'none', 0], [')', 'EMPTY_TUPLE', 'none', 1], ['u', 'SETITEMS', 'none', 1],
    ['G', 'BINFLOAT', 'f8', 1],
    [0x80, 'PROTO', 'u1', 2], [0x81, 'NEWOBJ', 'none', 2], [0x82, 'EXT1', 'u1', 2], [0x83, 'EXT2', 'u2', 2],
    [0x84, 'EXT4', 'i4', 2], [0x85, 'TUPLE1', 'none', 2], [0x86, 'TUPLE2', 'none', 2], [0x87, 'TUPLE3', 'none', 2],
    [0x88, 'NEWTRUE', 'none', 2], [0x89, 'NEWFALSE', 'none', 2], [0x8a, 'LONG1', 'bytes1', 2],
    [0x8b, 'LONG4', 'bytes4s', 2],
    ['B', 'BINBYTES', 'bytes4', 3], ['C', 'SHORT_BINBYTES', 'bytes1', 3],
    [0x8c, 'SHORT_BINUNICODE', 'bytes1', 4], [0x8d, 'BINUNICODE8', 'bytes8', 4], [0x8e, 'BINBYTES8', 'bytes8', 4],
    [0x8f, 'EMPTY_SET', 'none', 4], [0x90, 'ADDITEMS', 'none', 4], [0x91, 'FROZENSET', 'none', 4],
    [0x92, 'NEWOBJ_EX', 'none', 4], [0x93, 'STACK_GLOBAL', 'none', 4], [0x94, 'MEMOIZE', 'none', 4],
    [0x95, 'FRAME', 'u8', 4],
    [0x96, 'BYTEARRAY8', 'bytes8', 5], [0x97, 'NEXT_BUFFER', 'none', 5], [0x98, 'READONLY_BUFFER', 'none', 5],
];
/** Indexed by opcode byte; `undefined` = not an opcode (the stream is malformed). */
const OPCODES = new Array(256).fill(undefined);
for (const [c, name, arg, proto] of TABLE) {
    const code = typeof c === 'number' ? c : c.charCodeAt(0);
    OPCODES[code] = { code, name, arg, proto };
}
/** Highest protocol this table knows. */
const HIGHEST_PROTOCOL = 5;

;// CONCATENATED MODULE: ./src/validate/pickle/denylist.ts
const EXEC = 'runs arbitrary code';
const PROC = 'starts processes or calls the operating system';
const FS = 'reads or writes files';
const NET = 'opens network connections';
const LOADER = 'loads another serialized object (a second, unchecked pickle)';
const INTROSPECT = 'reaches arbitrary objects through attribute lookup';
function modules(names, reason) {
    return names.map((m) => ({ pattern: `${m}.*`, reason }));
}
const DENY_RULES = [
    ...['eval', 'exec', 'execfile', 'compile', 'breakpoint', 'input', 'apply', 'help', 'exit', 'quit', 'reload']
        .map((n) => ({ pattern: `builtins.${n}`, reason: EXEC })),
    ...['getattr', 'setattr', 'delattr', 'vars', 'globals', 'locals', '__import__', 'type', 'super', 'memoryview', 'classmethod', 'staticmethod', 'property']
        .map((n) => ({ pattern: `builtins.${n}`, reason: INTROSPECT })),
    { pattern: 'builtins.open', reason: FS },
    { pattern: 'builtins.file', reason: FS },
    ...modules(['os', 'posix', 'nt', 'posixpath', 'ntpath', 'subprocess', '_posixsubprocess', 'pty', 'commands', 'popen2', 'signal', 'resource', 'fcntl', 'mmap', '_winapi', 'msvcrt', 'winreg'], PROC),
    ...modules(['sys', 'importlib', 'imp', 'zipimport', 'pkgutil', 'runpy', 'marshal', 'types', 'code', 'codeop', 'inspect', 'gc', 'site', 'ctypes', '_ctypes', 'cffi', 'builtins.object.__subclasses__'], EXEC),
    ...modules(['pdb', 'bdb', 'trace', 'cProfile', 'profile', 'timeit', 'doctest', 'pydoc', 'idlelib', 'lib2to3', 'test', 'unittest', 'distutils', 'setuptools', 'pip', 'ensurepip', 'venv', '_osx_support', '_aix_support', '_pyrepl', 'rlcompleter', 'readline', 'cmd', 'threading', '_thread', 'thread', 'multiprocessing', 'concurrent', 'asyncio', '_asyncio', 'selectors', 'sched', 'atexit', 'functools', 'operator', '_operator', 'copy', 'weakref', 'abc', 'dataclasses', 'typing', 'string.Formatter', 'logging', 'warnings', 'jinja2'], EXEC),
    ...modules(['pickle', '_pickle', 'cPickle', 'pickletools', 'dill', 'cloudpickle', 'shelve', 'dbm', 'joblib.load', 'joblib.numpy_pickle.load', 'torch.load', 'torch.serialization', 'torch.storage._load_from_bytes', 'torch.package', 'torch.hub', 'numpy.load', 'numpy.lib.format', 'numpy.lib.npyio', 'yaml', 'jsonpickle'], LOADER),
    ...modules(['shutil', 'tempfile', 'io', '_io', 'pathlib', 'glob', 'fileinput', 'filecmp', 'zipfile', 'tarfile', 'gzip', 'bz2', 'lzma', 'sqlite3', 'linecache', 'tokenize', 'codecs', 'numpy.fromfile', 'numpy.tofile', 'numpy.loadtxt', 'numpy.savetxt', 'numpy.genfromtxt', 'numpy.save', 'numpy.memmap', 'numpy.core.memmap', 'numpy._core.memmap', 'numpy.DataSource', 'numpy.lib._datasource'], FS),
    ...modules(['socket', '_socket', 'ssl', '_ssl', 'http', 'httplib', 'urllib', 'urllib2', 'urllib3', 'requests', 'aiohttp', 'httpx', 'ftplib', 'smtplib', 'imaplib', 'poplib', 'nntplib', 'telnetlib', 'xmlrpc', 'xmlrpclib', 'socketserver', 'SocketServer', 'webbrowser', 'uuid', 'email', 'mailbox', 'asynchat', 'asyncore'], NET),
    ...modules(['numpy.f2py', 'numpy.distutils', 'numpy.testing', 'numpy.ctypeslib', 'numpy.lib.utils'], EXEC),
    ...modules(['torch.jit', 'torch._dynamo', 'torch._inductor', 'torch.compile', 'torch.fx', 'torch._C._jit*', 'torch.utils.collect_env', 'torch.utils.bottleneck', 'torch.utils.data.datapipes', 'torch.utils._config_module', 'torch.utils.cpp_extension', 'torch.ops', 'torch._ops', 'torch.library', 'torch.cuda.memory', 'torch.distributed', 'torch.multiprocessing', 'torch.backends'], EXEC),
    ...modules(['sklearn.utils._testing', 'sklearn.datasets', 'sklearn.externals', 'sklearn.utils._show_versions'], EXEC),
    { pattern: 'pandas*.read_*', reason: `${FS} (pandas readers fetch files and URLs)` },
    { pattern: 'pandas*.to_*', reason: `${FS} (pandas writers)` },
    { pattern: 'pandas.io.*', reason: FS },
    ...modules(['mlflow', 'transformers', 'huggingface_hub', 'keras', 'tensorflow', 'tf_keras', 'onnx.hub', 'tensorboard'], `${LOADER}; ${NET}`),
    ...modules(['fickling', 'picklescan', 'modelscan', 'modelaudit'], 'tampers with security scanners'),
];
/**
 * Names that are dangerous wherever they appear as a component of the module or the qualified name:
 * `pathlib` + `os.system`, `builtins` + `getattr.__call__`, `numpy` + `__builtins__`... Checking every
 * dotted component is what closes the "dotted attribute through a harmless module" bypasses.
 */
const DANGEROUS_COMPONENTS = {
    os: PROC, posix: PROC, nt: PROC, subprocess: PROC, pty: PROC, commands: PROC, system: PROC, popen: PROC,
    spawnl: PROC, spawnv: PROC, spawnve: PROC, execl: PROC, execv: PROC, execve: PROC, execvp: PROC, fork: PROC,
    sys: EXEC, importlib: EXEC, marshal: EXEC, runpy: EXEC, ctypes: EXEC, _ctypes: EXEC, eval: EXEC, exec: EXEC,
    execfile: EXEC, compile: EXEC, breakpoint: EXEC, import_module: EXEC, load_module: EXEC, run: EXEC,
    runcode: EXEC, runsource: EXEC, runctx: EXEC, run_path: EXEC, run_module: EXEC, _run_code: EXEC,
    execWrapper: EXEC, resolve_name: EXEC, subimport: EXEC,
    pickle: LOADER, _pickle: LOADER, cPickle: LOADER, dill: LOADER, cloudpickle: LOADER, loads: LOADER,
    shutil: FS, open: FS, rmtree: FS, unlink: FS, remove: FS, tempfile: FS,
    socket: NET, webbrowser: NET, urlopen: NET, urlretrieve: NET,
    getattr: INTROSPECT, setattr: INTROSPECT, delattr: INTROSPECT, vars: INTROSPECT, globals: INTROSPECT,
    locals: INTROSPECT, __import__: INTROSPECT, __builtins__: INTROSPECT, __globals__: INTROSPECT,
    __subclasses__: INTROSPECT, __class__: INTROSPECT, __base__: INTROSPECT, __bases__: INTROSPECT,
    __mro__: INTROSPECT, __code__: INTROSPECT, __closure__: INTROSPECT, __dict__: INTROSPECT,
    __getattribute__: INTROSPECT, __getattr__: INTROSPECT, __setattr__: INTROSPECT, __delattr__: INTROSPECT,
    __reduce__: INTROSPECT, __reduce_ex__: INTROSPECT, __call__: INTROSPECT, __init_subclass__: INTROSPECT,
    __loader__: INTROSPECT, __spec__: INTROSPECT, __func__: INTROSPECT, __self__: INTROSPECT,
    __wrapped__: INTROSPECT, __module__: INTROSPECT, __setstate__: INTROSPECT, __setitem__: INTROSPECT,
    f_globals: INTROSPECT, f_locals: INTROSPECT, gi_frame: INTROSPECT, tb_frame: INTROSPECT,
};
/** Python 2 module names the unpickler maps to Python 3 ones (`_compat_pickle.IMPORT_MAPPING`). */
const MODULE_ALIASES = {
    __builtin__: 'builtins', exceptions: 'builtins', copy_reg: 'copyreg', Queue: 'queue',
    SocketServer: 'socketserver', ConfigParser: 'configparser', repr: 'reprlib', cPickle: 'pickle',
    commands: 'subprocess', UserDict: 'collections', UserList: 'collections', UserString: 'collections',
    whichdb: 'dbm', anydbm: 'dbm', StringIO: 'io', cStringIO: 'io', urllib2: 'urllib.request',
    httplib: 'http.client', thread: '_thread', dummy_thread: '_dummy_thread', urlparse: 'urllib.parse',
    cookielib: 'http.cookiejar', Cookie: 'http.cookies', xmlrpclib: 'xmlrpc.client', HTMLParser: 'html.parser',
    SimpleHTTPServer: 'http.server', BaseHTTPServer: 'http.server', CGIHTTPServer: 'http.server',
    Tkinter: 'tkinter', robotparser: 'urllib.robotparser', _winreg: 'winreg',
};
/** Python 2 (module, name) pairs the unpickler maps (`_compat_pickle.NAME_MAPPING`, the ones that matter). */
const NAME_ALIASES = {
    'builtins.xrange': 'builtins.range', 'builtins.unicode': 'builtins.str', 'builtins.long': 'builtins.int',
    'builtins.basestring': 'builtins.str', 'builtins.unichr': 'builtins.chr', 'builtins.reduce': 'functools.reduce',
    'builtins.intern': 'sys.intern', 'itertools.izip': 'builtins.zip', 'itertools.imap': 'builtins.map',
    'itertools.ifilter': 'builtins.filter', 'urllib.urlopen': 'urllib.request.urlopen',
    'urllib.urlretrieve': 'urllib.request.urlretrieve', 'collections.IterableUserDict': 'collections.UserDict',
};

;// CONCATENATED MODULE: ./src/validate/pickle/profiles.ts
/**
 * Allowlists per framework profile: the globals a healthy file of that framework imports or calls.
 * Patterns are full dotted names (`module.qualname`); `*` matches any run of characters (dots included);
 * a trailing `[Class]` restricts a pattern to names whose last component is a class (PEP 8 CapWords),
 * because frameworks pickle estimator *classes* while many of their *functions* touch files, networks or
 * code (e.g. `sklearn.datasets.fetch_openml`).
 */
const PROFILE_NAMES = ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'];
const TORCH_DTYPES = [
    'float32', 'float', 'float64', 'double', 'float16', 'half', 'bfloat16', 'complex32', 'complex64', 'cfloat',
    'complex128', 'cdouble', 'uint8', 'uint16', 'uint32', 'uint64', 'int8', 'int16', 'short', 'int32', 'int',
    'int64', 'long', 'bool', 'quint8', 'qint8', 'qint32', 'quint4x2', 'quint2x4', 'float8_e4m3fn',
    'float8_e5m2', 'float8_e4m3fnuz', 'float8_e5m2fnuz',
];
const TORCH_LAYOUTS = [
    'strided', 'sparse_coo', 'sparse_csr', 'sparse_csc', 'sparse_bsr', 'sparse_bsc', '_mkldnn',
    'contiguous_format', 'channels_last', 'channels_last_3d', 'preserve_format',
    'per_tensor_affine', 'per_channel_affine', 'per_tensor_symmetric', 'per_channel_symmetric',
    'per_channel_affine_float_qparams',
];
const NUMPY_SCALAR_TYPES = [
    'bool_', 'bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'intc', 'uintc',
    'intp', 'uintp', 'int_', 'uint', 'longlong', 'ulonglong', 'byte', 'ubyte', 'short', 'ushort', 'longdouble',
    'float16', 'float32', 'float64', 'float128', 'half', 'single', 'double', 'float_', 'complex64', 'complex128',
    'complex256', 'csingle', 'cdouble', 'clongdouble', 'complex_', 'str_', 'bytes_', 'unicode_', 'string_',
    'void', 'object_', 'datetime64', 'timedelta64', 'number', 'integer', 'floating', 'generic',
];
const SCIPY_SPARSE_FORMATS = ['bsr', 'coo', 'csc', 'csr', 'dia', 'dok', 'lil'];
const PROFILES = {
    pytorch: [
        'torch._utils._rebuild_tensor', 'torch._utils._rebuild_tensor_v2', 'torch._utils._rebuild_tensor_v3',
        'torch._utils._rebuild_parameter', 'torch._utils._rebuild_parameter_with_state',
        'torch._utils._rebuild_qtensor', 'torch._utils._rebuild_sparse_tensor', 'torch._utils._rebuild_nested_tensor',
        'torch._utils._rebuild_meta_tensor_no_storage', 'torch._utils._rebuild_wrapper_subclass',
        'torch._utils._rebuild_device_tensor_from_numpy', 'torch._tensor._rebuild_from_type_v2',
        'torch._tensor._rebuild_from_type', 'torch.serialization._get_layout',
        'torch.*Storage[Class]', 'torch.storage.UntypedStorage', 'torch.storage.TypedStorage',
        'torch.Size', 'torch.device', 'torch.Tensor', 'torch.nn.parameter.Parameter', 'torch.nn.parameter.Buffer',
        'torch.nn.modules.*[Class]',
        ...TORCH_DTYPES.map((d) => `torch.${d}`),
        ...TORCH_LAYOUTS.map((l) => `torch.${l}`),
        'collections.OrderedDict',
    ],
    numpy: [
        'numpy.core.multiarray._reconstruct', 'numpy._core.multiarray._reconstruct',
        'numpy.core.multiarray.scalar', 'numpy._core.multiarray.scalar',
        'numpy.core.numeric._frombuffer', 'numpy._core.numeric._frombuffer',
        'numpy.dtype', 'numpy.ndarray', 'numpy.matrix', 'numpy.matrixlib.defmatrix.matrix',
        'numpy.ma.core._mareconstruct', 'numpy.ma.core.MaskedArray', 'numpy.dtypes.*[Class]',
        'numpy.random._pickle.__randomstate_ctor', 'numpy.random._pickle.__bit_generator_ctor',
        'numpy.random._pickle.__generator_ctor',
        // Scalar types as globals (vectorizers and encoders pickle their `dtype=numpy.float64` parameter).
        ...NUMPY_SCALAR_TYPES.map((t) => `numpy.${t}`),
    ],
    sklearn: [
        'sklearn.*[Class]', 'sklearn.*.__pyx_unpickle_*',
        'sklearn.neighbors._kd_tree.newObj', 'sklearn.neighbors._ball_tree.newObj', 'sklearn.metrics._dist_metrics.newObj',
        'joblib.numpy_pickle.NumpyArrayWrapper', 'joblib.numpy_pickle_compat.NDArrayWrapper',
        'scipy.sparse.*[Class]',
        // scipy's sparse classes are lower-case (`csr_matrix`), so the CapWords rule above misses them.
        ...SCIPY_SPARSE_FORMATS.flatMap((f) => [
            `scipy.sparse.${f}_matrix`, `scipy.sparse.${f}_array`, `scipy.sparse._${f}.${f}_matrix`,
            `scipy.sparse._${f}.${f}_array`, `scipy.sparse.${f}.${f}_matrix`, `scipy.sparse._arrays.${f}_array`,
        ]),
    ],
    xgboost: ['xgboost.core.Booster', 'xgboost.sklearn.*[Class]', 'joblib.numpy_pickle.NumpyArrayWrapper'],
    lightgbm: ['lightgbm.basic.Booster', 'lightgbm.sklearn.*[Class]', 'joblib.numpy_pickle.NumpyArrayWrapper'],
    data: [
        'builtins.set', 'builtins.frozenset', 'builtins.complex', 'builtins.bytearray', 'builtins.bytes',
        'builtins.slice', 'builtins.range', 'builtins.object', 'builtins.int', 'builtins.float', 'builtins.str',
        'builtins.list', 'builtins.dict', 'builtins.tuple', 'builtins.bool',
        'collections.OrderedDict', 'collections.defaultdict', 'collections.deque', 'collections.Counter',
        'copyreg._reconstructor',
        'datetime.datetime', 'datetime.date', 'datetime.time', 'datetime.timedelta', 'datetime.timezone',
        'decimal.Decimal', 'fractions.Fraction',
        // Checked at the call: only `_codecs.encode(<str>, 'latin1')`, the way Python 3 pickles bytes at protocol < 3.
        '_codecs.encode',
    ],
};
/** What each container gets when `validate.pickle.profiles` is not configured. */
const DEFAULT_PROFILES = {
    'pytorch': ['pytorch', 'numpy', 'data'],
    'numpy': ['numpy', 'data'],
    'joblib': ['sklearn', 'numpy', 'data', 'xgboost', 'lightgbm'],
    'pickle': ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'],
};

;// CONCATENATED MODULE: ./src/validate/pickle/policy.ts
/**
 * Decides, for each global a pickle imports or calls, whether it is allowed. Default-deny: a global must be
 * on an allowlist (a framework profile or the user's `validate.pickle.allow`); the denylist only explains
 * why a known-dangerous one fails, and it wins over every allowlist, including the user's.
 */


function globToRegExp(glob) {
    const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
    return new RegExp(`^${escaped}$`);
}
/** `a.b.*` also matches `a.b` itself; `[Class]` restricts to CapWords last components. */
function compilePattern(pattern) {
    let body = pattern;
    const classOnly = body.endsWith('[Class]');
    if (classOnly)
        body = body.slice(0, -'[Class]'.length);
    const re = globToRegExp(body);
    const self = body.endsWith('.*') ? body.slice(0, -2) : undefined;
    return {
        source: pattern,
        test(full) {
            if (!(re.test(full) || full === self))
                return false;
            if (!classOnly)
                return true;
            const last = full.slice(full.lastIndexOf('.') + 1);
            return /^[A-Z][A-Za-z0-9]*$/.test(last);
        },
    };
}
/** Normalises Python 2 names the way the unpickler does, so aliases cannot dodge a rule. */
function canonicalName(module, name) {
    const mod = MODULE_ALIASES[module] ?? module;
    const full = `${mod}.${name}`;
    return NAME_ALIASES[full] ?? full;
}
class PicklePolicy {
    profiles;
    unknownProfiles;
    allow;
    userAllow;
    userDeny;
    deny;
    cache = new Map();
    contextAllow;
    /** Exact (wildcard-free) names of the enabled profiles: vetted one by one, so a component rule does not apply. */
    exactAllow = new Map();
    /**
     * `contextAllow`: globals a container's own loader resolves without a Python import (TorchScript's
     * `__torch__.*` classes, `torch.jit._pickle.*`), which never reach a Python import; checked before the
     * built-in rules (which would match `torch.jit`, `_pickle`) but after the user's denylist.
     */
    constructor(profiles, userAllow = [], userDeny = [], contextAllow = []) {
        this.contextAllow = contextAllow.map((e) => ({ ...compilePattern(e), source: `container: ${e}` }));
        this.profiles = profiles.filter((p) => PROFILE_NAMES.includes(p));
        this.unknownProfiles = profiles.filter((p) => !PROFILE_NAMES.includes(p));
        this.allow = this.profiles.flatMap((p) => PROFILES[p].map((e) => ({ ...compilePattern(e), source: `profile ${p}: ${e}` })));
        for (const p of this.profiles)
            for (const e of PROFILES[p])
                if (!/[*[]/.test(e) && !this.exactAllow.has(e))
                    this.exactAllow.set(e, `profile ${p}: ${e}`);
        this.userAllow = userAllow.map((e) => compilePattern(e));
        this.userDeny = userDeny.map((e) => compilePattern(e));
        this.deny = DENY_RULES.map((r) => ({ ...compilePattern(r.pattern), reason: r.reason }));
    }
    /** Classifies `module` + `name` (name may be dotted: a nested attribute). */
    classify(module, name) {
        const full = canonicalName(module, name);
        let verdict = this.cache.get(full);
        if (verdict === undefined) {
            verdict = this.decide(full);
            this.cache.set(full, verdict);
        }
        return verdict;
    }
    decide(full) {
        for (const m of this.userDeny)
            if (m.test(full))
                return { kind: 'denied', reason: `denied by validate.pickle.deny (${m.source})`, by: 'user' };
        // Empty components (`os..system`, a trailing dot) never name a real object: treat as tampering.
        const components = full.split('.');
        if (components.some((c) => c === ''))
            return { kind: 'denied', reason: 'malformed dotted name (empty component)', by: 'builtin' };
        // The container's own loader resolves these without importing Python code (TorchScript's C++ unpickler).
        for (const m of this.contextAllow)
            if (m.test(full))
                return { kind: 'allowed', via: m.source };
        // A profile's exact names (numpy's `numpy.random._pickle.__randomstate_ctor`, whose module has a
        // `_pickle` component) are vetted individually; only the built-in denylist still wins over them.
        const exact = this.exactAllow.get(full);
        if (exact !== undefined && !this.deny.some((m) => m.test(full)))
            return { kind: 'allowed', via: exact };
        for (const c of components) {
            const reason = Object.prototype.hasOwnProperty.call(DANGEROUS_COMPONENTS, c) ? DANGEROUS_COMPONENTS[c] : undefined;
            if (reason)
                return { kind: 'denied', reason: `${reason} (component \`${c}\`)`, by: 'builtin' };
        }
        for (const m of this.deny)
            if (m.test(full))
                return { kind: 'denied', reason: m.reason, by: 'builtin' };
        for (const m of this.userAllow)
            if (m.test(full))
                return { kind: 'allowed', via: `validate.pickle.allow: ${m.source}` };
        for (const m of this.allow)
            if (m.test(full))
                return { kind: 'allowed', via: m.source };
        return { kind: 'unknown' };
    }
}

;// CONCATENATED MODULE: ./src/validate/pickle/values.ts
/**
 * What the simulated pickle machine keeps on its stack and in its memo. Only what a verdict needs is kept:
 * short strings (module and attribute names), small ints, small tuples and dicts (arguments and state of
 * calls), and for callables their resolved (module, qualname). Payload bytes are never kept.
 */
class GlobalValue {
    module;
    name;
    offset;
    k = 'global';
    constructor(module, name, offset) {
        this.module = module;
        this.name = name;
        this.offset = offset;
    }
}
/** The result of REDUCE / NEWOBJ / NEWOBJ_EX / OBJ / INST: `target` is the resolved callable or null. */
class CallValue {
    target;
    callee;
    args;
    offset;
    k = 'call';
    state;
    constructor(target, callee, args, offset) {
        this.target = target;
        this.callee = callee;
        this.args = args;
        this.offset = offset;
    }
}
class TupleValue {
    items;
    length;
    k = 'tuple';
    /** Items, when the tuple is small enough to keep (arguments of calls, shapes). */
    constructor(items, length) {
        this.items = items;
        this.length = length;
    }
}
class DictValue {
    k = 'dict';
    /** String-keyed entries while the dict stays small (joblib wrapper state, dtype state). */
    entries = new Map();
}
/** A list whose items are kept (only when the caller asks: legacy PyTorch's storage key list). */
class ListValue {
    k = 'list';
    items;
    constructor(items) {
        this.items = items.length <= MAX_LIST_ITEMS ? items : null;
    }
    add(more) {
        if (this.items && this.items.length + more.length <= MAX_LIST_ITEMS)
            this.items.push(...more);
        else
            this.items = null;
    }
}
class PersistentIdValue {
    pid;
    offset;
    k = 'persid';
    constructor(pid, offset) {
        this.pid = pid;
        this.offset = offset;
    }
}
class OpaqueValue {
    k;
    constructor(k) {
        this.k = k;
    }
}
const MARK = new OpaqueValue('mark');
const LIST = new OpaqueValue('list');
const SET = new OpaqueValue('set');
const FROZENSET = new OpaqueValue('frozenset');
const BYTES = new OpaqueValue('bytes');
const FLOAT = new OpaqueValue('float');
/** A string too long to keep: never a resolvable module or attribute name. */
const LONG_STR = new OpaqueValue('str');
const BUFFER = new OpaqueValue('buffer');
const EXT = new OpaqueValue('ext');
/** An integer too large to keep exactly. */
const BIG_INT = new OpaqueValue('int');
const MAX_TUPLE_ITEMS = 16;
const MAX_DICT_ENTRIES = 32;
const MAX_KEPT_STRING = 256;
const MAX_LIST_ITEMS = 100_000;
function describeValue(v) {
    if (v === null)
        return 'None';
    switch (typeof v) {
        case 'number':
        case 'bigint': return 'an int';
        case 'string': return 'a str';
        case 'boolean': return 'a bool';
        default: break;
    }
    switch (v.k) {
        case 'global': return `the global ${v.module}.${v.name}`;
        case 'call': return v.target ? `the result of calling ${v.target}` : 'the result of a call';
        case 'tuple': return 'a tuple';
        case 'dict': return 'a dict';
        case 'persid': return 'a persistent-id object';
        case 'mark': return 'a MARK';
        default: return `a ${v.k}`;
    }
}

;// CONCATENATED MODULE: ./src/validate/pickle/machine.ts




const MAX_FINDINGS = 100;
const MAX_STACK = 1_000_000;
const MAX_LINE = 1 << 16;
/** Strings kept in the memo are bounded in total so a memo of long strings cannot grow without limit. */
const MAX_RETAINED_STRING_BYTES = 32 << 20;
const MAX_NESTED_PICKLE_DEPTH = 4;
/** PyTorch's legacy magic number (torch/serialization.py). */
const TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
class StopScan extends Error {
}
/** `slow` returns this unless the opcode was STOP. */
const CONTINUE = Symbol('continue');
const LATIN1_NAMES = new Set(['latin1', 'latin-1', 'iso-8859-1', 'iso8859-1', 'l1']);
class PickleMachine {
    opts;
    findings = [];
    findingKeys = new Map();
    globals = new Map();
    w;
    totalOpcodes = 0;
    retained = 0;
    deadline;
    errors = 0;
    truncatedNote = false;
    pids = [];
    constructor(source, opts) {
        this.opts = opts;
        this.w = new ByteWindow(source, opts.start ?? 0, opts.end ?? source.size);
        this.deadline = Date.now() + opts.limits.timeoutMs;
    }
    async run() {
        const pickles = [];
        const w = this.w;
        try {
            if (w.atEnd())
                this.error('pickle/empty', 'empty input: no pickle to read', w.offset);
            while (!w.atEnd()) {
                if (this.opts.maxPickles !== undefined && pickles.length >= this.opts.maxPickles)
                    break;
                if (pickles.length > 0 && !(await this.looksLikePickleStart())) {
                    if ((this.opts.trailing ?? 'error') === 'error') {
                        this.error('pickle/trailing-data', `${w.end - w.offset} byte(s) after the last pickle do not form another pickle; they cannot be verified`, w.offset);
                    }
                    break;
                }
                const st = this.freshState(w.offset);
                const result = await this.runPickle(st, 0);
                pickles.push({ offset: st.start, end: w.offset, protocol: st.protocol, opcodes: st.opcodes, result, globals: st.globals });
            }
        }
        catch (err) {
            if (!(err instanceof StopScan)) {
                // A bug in the simulator must still fail the artifact, never pass it.
                this.error('pickle/internal-error', `the pickle scanner failed: ${err.message}`, w.offset);
            }
        }
        return {
            findings: this.findings,
            pickles,
            end: w.offset,
            complete: this.errors === 0,
            globals: [...this.globals.values()],
            opcodes: this.totalOpcodes,
            persistentIds: this.pids,
        };
    }
    freshState(start) {
        return { stack: [], marks: [], memo: [], memoSparse: null, memoCount: 0, frameEnd: -1, protocol: 0, start, opcodes: 0, globals: 0 };
    }
    /** A following pickle starts with PROTO or, at protocol 0/1, any opcode that can begin a pickle. */
    async looksLikePickleStart() {
        await this.w.fill(1);
        if (this.w.available() < 1)
            return false;
        const b = this.w.buf[this.w.pos];
        return b === 0x80 || (OPCODES[b] !== undefined && b !== 0x2e /* STOP */ && b !== 0x0a);
    }
    // ---- findings ---------------------------------------------------------------------------------------
    add(rule, severity, message, offset, key) {
        if (severity === 'error')
            this.errors++;
        const k = `${rule}\u0000${key ?? message}`;
        if (this.findingKeys.has(k))
            return;
        if (this.findings.length >= MAX_FINDINGS) {
            if (!this.truncatedNote) {
                this.truncatedNote = true;
                this.findings.push({ rule: 'pickle/too-many-findings', severity: 'note', message: `more than ${MAX_FINDINGS} distinct findings; the rest are not listed`, location: this.loc(offset) });
            }
            return;
        }
        const f = { rule, severity, message, location: this.loc(offset) };
        this.findingKeys.set(k, f);
        this.findings.push(f);
    }
    loc(offset) {
        return this.opts.member === undefined ? { offset } : { offset, member: this.opts.member };
    }
    error(rule, message, offset, key) {
        this.add(rule, 'error', message, offset, key);
    }
    /** Records an error that makes the rest of the stream uninterpretable, and stops. */
    fatal(rule, message, offset) {
        this.error(rule, message, offset);
        throw new StopScan();
    }
    // ---- policy -----------------------------------------------------------------------------------------
    checkGlobal(module, name, offset, how) {
        const full = canonicalName(module, name);
        const verdict = this.opts.policy.classify(module, name);
        let use = this.globals.get(full);
        if (!use) {
            use = { name: full, verdict: verdict.kind, count: 0, offset };
            if (this.globals.size < 10_000)
                this.globals.set(full, use);
        }
        use.count++;
        const shown = full === `${module}.${name}` ? full : `${module}.${name} (= ${full})`;
        if (verdict.kind === 'denied') {
            const rule = verdict.by === 'user' ? 'pickle/denied-global' : 'pickle/dangerous-global';
            this.error(rule, `${how} ${shown}: ${verdict.reason}`, offset, full);
        }
        else if (verdict.kind === 'unknown') {
            this.error('pickle/unknown-global', `${how} ${shown}, which no enabled profile (${this.opts.policy.profiles.join(', ') || 'none'}) allows; allow it in validate.pickle.allow if it is trusted`, offset, full);
        }
    }
    /** The (module, qualname) a callable value stands for, following getattr chains and __import__. */
    resolveCallable(v, depth = 0) {
        if (v === null || typeof v !== 'object' || depth > 16)
            return null;
        if (v instanceof GlobalValue)
            return { module: v.module, name: v.name };
        if (v instanceof CallValue && v.target && v.args instanceof TupleValue && v.args.items) {
            const items = v.args.items;
            if (v.target === 'builtins.getattr' && items.length >= 2 && typeof items[1] === 'string') {
                const base = this.resolveCallable(items[0], depth + 1);
                if (base)
                    return { module: base.module, name: base.name ? `${base.name}.${items[1]}` : items[1] };
                if (typeof items[0] === 'string')
                    return { module: 'builtins.str', name: items[1] };
            }
            if ((v.target === 'builtins.__import__' || v.target === 'importlib.import_module') && typeof items[0] === 'string') {
                return { module: items[0], name: '' };
            }
        }
        return null;
    }
    call(op, callee, args, offset, st) {
        const target = this.resolveCallable(callee);
        if (!target) {
            this.error('pickle/unresolved-call', `${op} calls ${describeValue(callee)}, which is not an imported global: the callable cannot be verified`, offset);
            return new CallValue(null, callee, args, offset);
        }
        st.globals++;
        const full = canonicalName(target.module, target.name);
        if (!(callee instanceof GlobalValue))
            this.checkGlobal(target.module, target.name, offset, `${op} calls`);
        this.checkArguments(full, args, offset);
        return new CallValue(full, callee, args, offset);
    }
    /** Allowed callables whose arguments must also look the way their framework writes them. */
    checkArguments(full, args, offset) {
        const items = args instanceof TupleValue ? args.items : null;
        if (full === '_codecs.encode') {
            // A str too long to keep is still a str literal (LONG_STR keeps the kind): numpy arrays of more than
            // 256 bytes pickled at protocol 2 are exactly that call.
            const text = items?.[0];
            const ok = items !== null && items.length === 2 && (typeof text === 'string' || text === LONG_STR) && typeof items[1] === 'string' && LATIN1_NAMES.has(items[1].toLowerCase());
            if (!ok)
                this.error('pickle/unexpected-arguments', '_codecs.encode is allowed only as encode(<str literal>, "latin1"), the way Python pickles bytes at protocol < 3', offset);
        }
        else if (full === 'torch._utils._rebuild_tensor_v2' || full === 'torch._utils._rebuild_tensor') {
            const min = full.endsWith('_v2') ? 6 : 4;
            const ok = args instanceof TupleValue && args.length >= min && args.length <= min + 1
                && (items === null || items[0] instanceof PersistentIdValue || items[0] instanceof CallValue);
            if (!ok)
                this.error('pickle/unexpected-arguments', `${full} called with arguments PyTorch never writes (expected a storage from a persistent id and ${min - 1} tensor fields)`, offset);
        }
    }
    // ---- the machine ------------------------------------------------------------------------------------
    pop(st, offset) {
        const fence = st.marks.length ? st.marks[st.marks.length - 1] : 0;
        if (st.stack.length <= fence)
            this.fatal('pickle/malformed', 'stack underflow: an opcode needs a value the stack does not have', offset);
        return st.stack.pop();
    }
    popMark(st, offset) {
        if (!st.marks.length)
            this.fatal('pickle/malformed', 'no MARK on the stack for an opcode that needs one', offset);
        const at = st.marks.pop();
        return st.stack.splice(at);
    }
    push(st, v, offset) {
        if (st.stack.length >= MAX_STACK)
            this.fatal('pickle/stack-limit', `the stack grew past ${MAX_STACK} values`, offset);
        st.stack.push(v);
    }
    memoPut(st, index, v, offset) {
        const dense = index <= st.memo.length && index < 1 << 26;
        const had = dense ? st.memo[index] !== undefined : st.memoSparse?.has(index) ?? false;
        if (!had) {
            if (st.memoCount >= this.opts.limits.maxPickleMemo)
                this.fatal('pickle/memo-limit', `the memo grew past maxPickleMemo (${this.opts.limits.maxPickleMemo} entries)`, offset);
            st.memoCount++;
        }
        if (dense && !st.memoSparse?.has(index))
            st.memo[index] = v;
        else
            (st.memoSparse ??= new Map()).set(index, v);
    }
    memoGet(st, index, offset) {
        const v = index < st.memo.length && st.memo[index] !== undefined ? st.memo[index] : st.memoSparse?.get(index);
        if (v === undefined)
            this.fatal('pickle/malformed', `memo key ${index} was never stored (a fresh memo per pickle: values do not carry over between pickles)`, offset);
        return v;
    }
    keepString(s) {
        if (s.length > MAX_KEPT_STRING || this.retained > MAX_RETAINED_STRING_BYTES)
            return LONG_STR;
        this.retained += s.length;
        return s;
    }
    tuple(items) {
        return new TupleValue(items.length <= MAX_TUPLE_ITEMS ? items : null, items.length);
    }
    mutateTarget(st, op, offset) {
        const fence = st.marks.length ? st.marks[st.marks.length - 1] : 0;
        if (st.stack.length <= fence)
            this.fatal('pickle/malformed', `${op} without a target on the stack`, offset);
        const target = st.stack[st.stack.length - 1];
        if (target instanceof GlobalValue) {
            this.error('pickle/build-on-global', `${op} mutates the global ${target.module}.${target.name} itself (attribute or item overwrite of a module or class: a known bypass)`, offset, `${target.module}.${target.name}`);
        }
    }
    setItem(target, key, value) {
        if (target instanceof DictValue && target.entries) {
            if (typeof key === 'string' && target.entries.size < MAX_DICT_ENTRIES)
                target.entries.set(key, value);
            else
                target.entries = null;
        }
    }
    /** Reads a `\n`-terminated line; null when it is longer than kept (it is skipped). */
    async readLine(offset) {
        const w = this.w;
        let from = w.pos;
        for (;;) {
            const nl = w.buf.indexOf(10, from);
            if (nl >= 0) {
                const line = w.buf.toString('latin1', w.pos, nl);
                w.pos = nl + 1;
                return line;
            }
            const have = w.available();
            if (have >= MAX_LINE) {
                // Too long to be a name: skip to the newline without keeping it.
                w.skip(have);
                for (;;) {
                    if (!(await w.fill(1)))
                        this.fatal('pickle/truncated', 'the data ends inside a text argument (no newline)', offset);
                    const idx = w.buf.indexOf(10, w.pos);
                    if (idx >= 0) {
                        w.pos = idx + 1;
                        return null;
                    }
                    w.skip(w.available());
                }
            }
            if (!(await w.fill(have + 1)))
                this.fatal('pickle/truncated', 'the data ends inside a text argument (no newline)', offset);
            from = w.pos + have;
        }
    }
    async need(n, offset, what) {
        const w = this.w;
        if (w.buf.length - w.pos >= n)
            return;
        if (!(await w.fill(n)))
            this.fatal('pickle/truncated', `the data ends inside ${what} (needs ${n} more byte(s), ${Math.max(0, w.end - w.offset)} left)`, offset);
    }
    /** Reads (when short) or skips (when long) a length-prefixed payload; returns the string when kept. */
    async payload(len, offset, op, asText, st) {
        const w = this.w;
        if (st.frameEnd >= 0 && w.offset + len > st.frameEnd)
            this.frameViolation(op, offset, st);
        if (asText && len <= MAX_KEPT_STRING * 4) {
            await this.need(len, offset, `the ${op} payload`);
            const s = w.buf.toString('utf8', w.pos, w.pos + len);
            w.pos += len;
            return s;
        }
        if (!w.skip(len))
            this.fatal('pickle/truncated', `${op} declares ${len} byte(s) but the data ends first`, offset);
        return null;
    }
    frameViolation(op, offset, st) {
        return this.fatal('pickle/frame-violation', `${op} crosses the end of its frame at offset ${st.frameEnd}: unpicklers disagree on such streams (a known scanner bypass)`, offset);
    }
    parseIntLine(line, offset, op) {
        if (line === null)
            return BIG_INT;
        let s = line;
        if (op === 'LONG' && s.endsWith('L'))
            s = s.slice(0, -1);
        if (!/^[+-]?\d+$/.test(s.trim()))
            this.fatal('pickle/malformed', `${op} argument ${JSON.stringify(line.slice(0, 40))} is not an integer`, offset);
        const b = BigInt(s.trim());
        return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
    }
    decodeLong(buf) {
        if (buf.length === 0)
            return 0;
        if (buf.length <= 6)
            return buf.readIntLE(0, buf.length);
        let v = 0n;
        for (let i = buf.length - 1; i >= 0; i--)
            v = (v << 8n) | BigInt(buf[i]);
        if (buf[buf.length - 1] & 0x80)
            v -= 1n << BigInt(buf.length * 8);
        return v;
    }
    /** Python-literal string argument of STRING: quoted, with backslash escapes. */
    parseQuoted(line, offset) {
        if (line === null)
            return LONG_STR;
        const q = line[0];
        if (line.length < 2 || (q !== "'" && q !== '"') || line[line.length - 1] !== q) {
            this.fatal('pickle/malformed', 'STRING argument is not a quoted literal', offset);
        }
        return this.keepString(unescapePython(line.slice(1, -1)));
    }
    async runPickle(st, depth) {
        const w = this.w;
        const opts = this.opts;
        const maxOps = opts.limits.maxPickleOpcodes;
        for (;;) {
            const offset = w.offset;
            if (st.frameEnd >= 0 && offset >= st.frameEnd)
                st.frameEnd = -1;
            if (w.buf.length - w.pos < 16 && !(await w.fill(16))) {
                if (w.available() < 1)
                    this.fatal('pickle/truncated', 'the data ends before STOP', offset);
            }
            const code = w.buf[w.pos];
            st.opcodes++;
            if (++this.totalOpcodes > maxOps)
                this.fatal('pickle/opcode-limit', `more than maxPickleOpcodes (${maxOps}) opcodes`, offset);
            if ((this.totalOpcodes & 0xffff) === 0) {
                if (Date.now() > this.deadline)
                    this.fatal('pickle/timeout', `scanning took longer than timeoutMs (${opts.limits.timeoutMs} ms)`, offset);
                if (opts.signal?.aborted)
                    this.fatal('pickle/timeout', 'the scan was cancelled', offset);
            }
            if (!this.fast(code, st, offset)) {
                w.pos++;
                const r = await this.slow(code, st, offset, depth);
                if (r !== CONTINUE)
                    return r;
            }
            if (st.frameEnd >= 0 && w.offset > st.frameEnd)
                this.frameViolation(OPCODES[code]?.name ?? 'opcode', offset, st);
        }
    }
    /**
     * The hot opcodes, synchronous and small so V8 optimises it (a single giant async function is never
     * optimised and runs interpreted). Returns false, consuming nothing, when it does not handle `code` or
     * when the argument is not in the window yet; `slow` then does the full work.
     */
    fast(code, st, offset) {
        const w = this.w;
        const buf = w.buf;
        const p = w.pos;
        const avail = buf.length - p;
        switch (code) {
            case 0x28:
                w.pos = p + 1;
                st.marks.push(st.stack.length);
                return true; // MARK
            case 0x4a:
                if (avail < 5)
                    return false;
                w.pos = p + 5;
                this.push(st, buf.readInt32LE(p + 1), offset);
                return true; // BININT
            case 0x4b:
                if (avail < 2)
                    return false;
                w.pos = p + 2;
                this.push(st, buf[p + 1], offset);
                return true; // BININT1
            case 0x4d:
                if (avail < 3)
                    return false;
                w.pos = p + 3;
                this.push(st, buf.readUInt16LE(p + 1), offset);
                return true; // BININT2
            case 0x4e:
                w.pos = p + 1;
                this.push(st, null, offset);
                return true; // NONE
            case 0x88:
                w.pos = p + 1;
                this.push(st, true, offset);
                return true;
            case 0x89:
                w.pos = p + 1;
                this.push(st, false, offset);
                return true;
            case 0x47:
                if (avail < 9)
                    return false;
                w.pos = p + 9;
                this.push(st, FLOAT, offset);
                return true; // BINFLOAT
            case 0x94:
                w.pos = p + 1;
                this.memoPut(st, st.memoCount, this.top(st, offset), offset);
                return true; // MEMOIZE
            case 0x71:
                if (avail < 2)
                    return false;
                w.pos = p + 2;
                this.memoPut(st, buf[p + 1], this.top(st, offset), offset);
                return true; // BINPUT
            case 0x68:
                if (avail < 2)
                    return false;
                w.pos = p + 2;
                this.push(st, this.memoGet(st, buf[p + 1], offset), offset);
                return true; // BINGET
            case 0x65: { // APPENDS
                w.pos = p + 1;
                const items = this.popMark(st, offset);
                this.mutateTarget(st, 'APPENDS', offset);
                const target = st.stack[st.stack.length - 1];
                if (target instanceof ListValue)
                    target.add(items);
                return true;
            }
            case 0x8c:
            case 0x58: { // SHORT_BINUNICODE, BINUNICODE
                const hdr = code === 0x8c ? 2 : 5;
                if (avail < hdr)
                    return false;
                const len = code === 0x8c ? buf[p + 1] : buf.readUInt32LE(p + 1);
                if (len > MAX_KEPT_STRING * 4 || avail < hdr + len || (st.frameEnd >= 0 && w.offset + hdr + len > st.frameEnd))
                    return false;
                w.pos = p + hdr + len;
                this.push(st, this.keepString(buf.toString('utf8', p + hdr, p + hdr + len)), offset);
                return true;
            }
            default: return false;
        }
    }
    async slow(code, st, offset, depth) {
        const w = this.w;
        const opts = this.opts;
        switch (code) {
            case 0x28: // MARK
                st.marks.push(st.stack.length);
                break;
            case 0x2e: { // STOP
                const v = this.pop(st, offset);
                if (st.stack.length || st.marks.length) {
                    this.add('pickle/unused-values', 'warning', `${st.stack.length} value(s) and ${st.marks.length} MARK(s) left on the stack at STOP (typical of injected payloads)`, offset);
                }
                if (st.frameEnd >= 0 && w.offset < st.frameEnd) {
                    this.error('pickle/frame-violation', `STOP before the end of its frame (frame ends at ${st.frameEnd})`, offset);
                }
                return v;
            }
            case 0x30: { // POP
                const fence = st.marks.length ? st.marks[st.marks.length - 1] : 0;
                if (st.stack.length > fence)
                    st.stack.pop();
                else if (st.marks.length)
                    st.marks.pop(); // CPython pops a MARK when nothing is above it
                else
                    this.fatal('pickle/malformed', 'POP on an empty stack', offset);
                break;
            }
            case 0x31:
                this.popMark(st, offset);
                break; // POP_MARK
            case 0x32: { // DUP
                const v = this.pop(st, offset);
                st.stack.push(v);
                this.push(st, v, offset);
                break;
            }
            case 0x46: { // FLOAT
                await this.readLine(offset);
                this.push(st, FLOAT, offset);
                break;
            }
            case 0x49: { // INT
                const line = await this.readLine(offset);
                if (line === '01')
                    this.push(st, true, offset);
                else if (line === '00')
                    this.push(st, false, offset);
                else
                    this.push(st, this.parseIntLine(line, offset, 'INT'), offset);
                break;
            }
            case 0x4a: // BININT
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'BININT');
                this.push(st, w.buf.readInt32LE(w.pos), offset);
                w.pos += 4;
                break;
            case 0x4b: // BININT1
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'BININT1');
                this.push(st, w.buf[w.pos++], offset);
                break;
            case 0x4c: // LONG
                this.push(st, this.parseIntLine(await this.readLine(offset), offset, 'LONG'), offset);
                break;
            case 0x4d: // BININT2
                if (w.buf.length - w.pos < 2)
                    await this.need(2, offset, 'BININT2');
                this.push(st, w.buf.readUInt16LE(w.pos), offset);
                w.pos += 2;
                break;
            case 0x4e:
                this.push(st, null, offset);
                break; // NONE
            case 0x50: { // PERSID
                const line = await this.readLine(offset);
                this.persistentId(st, line === null ? LONG_STR : this.keepString(line), offset, 'PERSID');
                break;
            }
            case 0x51:
                this.persistentId(st, this.pop(st, offset), offset, 'BINPERSID');
                break;
            case 0x52: { // REDUCE
                const args = this.pop(st, offset);
                const callee = this.pop(st, offset);
                this.push(st, this.call('REDUCE', callee, args, offset, st), offset);
                break;
            }
            case 0x53:
                this.push(st, this.parseQuoted(await this.readLine(offset), offset), offset);
                break; // STRING
            case 0x54: { // BINSTRING
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'BINSTRING');
                const len = w.buf.readInt32LE(w.pos);
                w.pos += 4;
                if (len < 0)
                    this.fatal('pickle/malformed', 'BINSTRING has a negative length', offset);
                const s = await this.payload(len, offset, 'BINSTRING', true, st);
                this.push(st, s === null ? LONG_STR : this.keepString(s), offset);
                break;
            }
            case 0x55:
            case 0x8c: { // SHORT_BINSTRING, SHORT_BINUNICODE
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'a short string');
                const len = w.buf[w.pos++];
                const s = this.textFast(len, st) ?? await this.payload(len, offset, code === 0x55 ? 'SHORT_BINSTRING' : 'SHORT_BINUNICODE', true, st);
                this.push(st, s === null ? LONG_STR : this.keepString(s), offset);
                break;
            }
            case 0x56: { // UNICODE
                const line = await this.readLine(offset);
                this.push(st, line === null ? LONG_STR : this.keepString(unescapeRawUnicode(line)), offset);
                break;
            }
            case 0x58: { // BINUNICODE
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'BINUNICODE');
                const len = w.buf.readUInt32LE(w.pos);
                w.pos += 4;
                const s = this.textFast(len, st) ?? await this.payload(len, offset, 'BINUNICODE', true, st);
                this.push(st, s === null ? LONG_STR : this.keepString(s), offset);
                break;
            }
            case 0x8d: { // BINUNICODE8
                const len = await this.readLen8(offset, 'BINUNICODE8');
                const s = await this.payload(len, offset, 'BINUNICODE8', true, st);
                this.push(st, s === null ? LONG_STR : this.keepString(s), offset);
                break;
            }
            case 0x42: { // BINBYTES
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'BINBYTES');
                const len = w.buf.readUInt32LE(w.pos);
                w.pos += 4;
                if (!this.skipFast(len, st))
                    await this.payload(len, offset, 'BINBYTES', false, st);
                this.push(st, BYTES, offset);
                break;
            }
            case 0x43: { // SHORT_BINBYTES
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'SHORT_BINBYTES');
                const len = w.buf[w.pos++];
                if (!this.skipFast(len, st))
                    await this.payload(len, offset, 'SHORT_BINBYTES', false, st);
                this.push(st, BYTES, offset);
                break;
            }
            case 0x8e:
            case 0x96: { // BINBYTES8, BYTEARRAY8
                const name = code === 0x8e ? 'BINBYTES8' : 'BYTEARRAY8';
                const len = await this.readLen8(offset, name);
                await this.payload(len, offset, name, false, st);
                this.push(st, BYTES, offset);
                break;
            }
            case 0x61: { // APPEND
                const v = this.pop(st, offset);
                this.mutateTarget(st, 'APPEND', offset);
                const target = st.stack[st.stack.length - 1];
                if (target instanceof ListValue)
                    target.add([v]);
                break;
            }
            case 0x65: { // APPENDS
                const items = this.popMark(st, offset);
                this.mutateTarget(st, 'APPENDS', offset);
                const target = st.stack[st.stack.length - 1];
                if (target instanceof ListValue)
                    target.add(items);
                break;
            }
            case 0x62: { // BUILD
                const state = this.pop(st, offset);
                this.mutateTarget(st, 'BUILD', offset);
                const obj = st.stack[st.stack.length - 1];
                if (obj instanceof CallValue) {
                    obj.state = state;
                    if (opts.joblib && obj.target === 'joblib.numpy_pickle.NumpyArrayWrapper')
                        await this.skipJoblibArray(obj, st, offset, depth);
                }
                break;
            }
            case 0x63:
            case 0x69: { // GLOBAL, INST
                const op = code === 0x63 ? 'GLOBAL' : 'INST';
                const module = await this.readLine(offset);
                const name = await this.readLine(offset);
                if (module === null || name === null)
                    this.fatal('pickle/malformed', `${op} names a module or attribute longer than ${MAX_LINE} bytes`, offset);
                const mod = utf8(module);
                const nm = utf8(name);
                st.globals++;
                this.checkGlobal(mod, nm, offset, op === 'GLOBAL' ? 'imports' : 'INST instantiates');
                const g = new GlobalValue(mod, nm, offset);
                if (op === 'GLOBAL')
                    this.push(st, g, offset);
                else {
                    const args = this.popMark(st, offset);
                    this.push(st, this.call('INST', g, this.tuple(args), offset, st), offset);
                }
                break;
            }
            case 0x93: { // STACK_GLOBAL
                const name = this.pop(st, offset);
                const module = this.pop(st, offset);
                if (typeof module !== 'string' || typeof name !== 'string') {
                    this.error('pickle/unresolved-global', `STACK_GLOBAL operands are ${describeValue(module)} and ${describeValue(name)}, not string literals: the imported global cannot be verified`, offset);
                    this.push(st, new GlobalValue(typeof module === 'string' ? module : '?', typeof name === 'string' ? name : '?', offset), offset);
                    break;
                }
                st.globals++;
                this.checkGlobal(module, name, offset, 'imports');
                this.push(st, new GlobalValue(module, name, offset), offset);
                break;
            }
            case 0x64: { // DICT
                const items = this.popMark(st, offset);
                const d = new DictValue();
                for (let i = 0; i + 1 < items.length; i += 2)
                    this.setItem(d, items[i], items[i + 1]);
                this.push(st, d, offset);
                break;
            }
            case 0x7d:
                this.push(st, new DictValue(), offset);
                break; // EMPTY_DICT
            case 0x73: { // SETITEM
                const value = this.pop(st, offset);
                const key = this.pop(st, offset);
                this.mutateTarget(st, 'SETITEM', offset);
                this.setItem(st.stack[st.stack.length - 1], key, value);
                break;
            }
            case 0x75: { // SETITEMS
                const items = this.popMark(st, offset);
                this.mutateTarget(st, 'SETITEMS', offset);
                const target = st.stack[st.stack.length - 1];
                for (let i = 0; i + 1 < items.length; i += 2)
                    this.setItem(target, items[i], items[i + 1]);
                break;
            }
            case 0x90:
                this.popMark(st, offset);
                this.mutateTarget(st, 'ADDITEMS', offset);
                break; // ADDITEMS
            case 0x67: { // GET
                const line = await this.readLine(offset);
                const idx = this.parseIntLine(line, offset, 'GET');
                this.push(st, this.memoGet(st, typeof idx === 'number' ? idx : -1, offset), offset);
                break;
            }
            case 0x68: // BINGET
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'BINGET');
                this.push(st, this.memoGet(st, w.buf[w.pos++], offset), offset);
                break;
            case 0x6a: // LONG_BINGET
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'LONG_BINGET');
                this.push(st, this.memoGet(st, w.buf.readUInt32LE(w.pos), offset), offset);
                w.pos += 4;
                break;
            case 0x70: { // PUT
                const idx = this.parseIntLine(await this.readLine(offset), offset, 'PUT');
                if (typeof idx !== 'number' || idx < 0)
                    this.fatal('pickle/malformed', 'PUT with a negative or huge memo index', offset);
                this.memoPut(st, idx, this.top(st, offset), offset);
                break;
            }
            case 0x71: // BINPUT
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'BINPUT');
                this.memoPut(st, w.buf[w.pos++], this.top(st, offset), offset);
                break;
            case 0x72: // LONG_BINPUT
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'LONG_BINPUT');
                this.memoPut(st, w.buf.readUInt32LE(w.pos), this.top(st, offset), offset);
                w.pos += 4;
                break;
            case 0x94:
                this.memoPut(st, st.memoCount, this.top(st, offset), offset);
                break; // MEMOIZE
            case 0x6c: { // LIST
                const items = this.popMark(st, offset);
                this.push(st, opts.collectStorage ? new ListValue(items) : LIST, offset);
                break;
            }
            case 0x5d:
                this.push(st, opts.collectStorage ? new ListValue([]) : LIST, offset);
                break; // EMPTY_LIST
            case 0x6f: { // OBJ
                const items = this.popMark(st, offset);
                if (!items.length)
                    this.fatal('pickle/malformed', 'OBJ without a class', offset);
                this.push(st, this.call('OBJ', items[0], this.tuple(items.slice(1)), offset, st), offset);
                break;
            }
            case 0x74:
                this.push(st, this.tuple(this.popMark(st, offset)), offset);
                break; // TUPLE
            case 0x29:
                this.push(st, this.tuple([]), offset);
                break; // EMPTY_TUPLE
            case 0x85: {
                const a = this.pop(st, offset);
                this.push(st, this.tuple([a]), offset);
                break;
            } // TUPLE1
            case 0x86: {
                const b = this.pop(st, offset);
                const a = this.pop(st, offset);
                this.push(st, this.tuple([a, b]), offset);
                break;
            }
            case 0x87: {
                const c = this.pop(st, offset);
                const b = this.pop(st, offset);
                const a = this.pop(st, offset);
                this.push(st, this.tuple([a, b, c]), offset);
                break;
            }
            case 0x47: // BINFLOAT
                if (w.buf.length - w.pos < 8)
                    await this.need(8, offset, 'BINFLOAT');
                w.pos += 8;
                this.push(st, FLOAT, offset);
                break;
            case 0x80: { // PROTO
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'PROTO');
                const p = w.buf[w.pos++];
                if (offset !== st.start)
                    this.error('pickle/misplaced-proto', 'PROTO appears after the start of the pickle (standard picklers write it once, first: a tampering signal)', offset);
                if (p > HIGHEST_PROTOCOL)
                    this.fatal('pickle/unsupported-protocol', `protocol ${p} is not a pickle protocol (0–${HIGHEST_PROTOCOL})`, offset);
                st.protocol = p;
                break;
            }
            case 0x81: { // NEWOBJ
                const args = this.pop(st, offset);
                const cls = this.pop(st, offset);
                this.push(st, this.call('NEWOBJ', cls, args, offset, st), offset);
                break;
            }
            case 0x92: { // NEWOBJ_EX
                this.pop(st, offset); // kwargs
                const args = this.pop(st, offset);
                const cls = this.pop(st, offset);
                this.push(st, this.call('NEWOBJ_EX', cls, args, offset, st), offset);
                break;
            }
            case 0x82:
            case 0x83:
            case 0x84: { // EXT1, EXT2, EXT4
                const n = code === 0x82 ? 1 : code === 0x83 ? 2 : 4;
                if (w.buf.length - w.pos < n)
                    await this.need(n, offset, 'EXT');
                const ext = n === 1 ? w.buf[w.pos] : n === 2 ? w.buf.readUInt16LE(w.pos) : w.buf.readInt32LE(w.pos);
                w.pos += n;
                this.error('pickle/extension-code', `EXT${n} refers to extension code ${ext}: copyreg's extension registry is empty by default, so what it imports depends on the loading process and cannot be verified`, offset, `ext${ext}`);
                this.push(st, EXT, offset);
                break;
            }
            case 0x88:
                this.push(st, true, offset);
                break; // NEWTRUE
            case 0x89:
                this.push(st, false, offset);
                break; // NEWFALSE
            case 0x8a: { // LONG1
                if (w.buf.length - w.pos < 1)
                    await this.need(1, offset, 'LONG1');
                const len = w.buf[w.pos++];
                if (w.buf.length - w.pos < len)
                    await this.need(len, offset, 'LONG1');
                if (st.frameEnd >= 0 && w.offset + len > st.frameEnd)
                    this.frameViolation('LONG1', offset, st);
                this.push(st, this.decodeLong(w.buf.subarray(w.pos, w.pos + len)), offset);
                w.pos += len;
                break;
            }
            case 0x8b: { // LONG4
                if (w.buf.length - w.pos < 4)
                    await this.need(4, offset, 'LONG4');
                const len = w.buf.readInt32LE(w.pos);
                w.pos += 4;
                if (len < 0)
                    this.fatal('pickle/malformed', 'LONG4 has a negative length', offset);
                if (len <= 64) {
                    if (w.buf.length - w.pos < len)
                        await this.need(len, offset, 'LONG4');
                    this.push(st, this.decodeLong(w.buf.subarray(w.pos, w.pos + len)), offset);
                    w.pos += len;
                }
                else {
                    await this.payload(len, offset, 'LONG4', false, st);
                    this.push(st, BIG_INT, offset);
                }
                break;
            }
            case 0x8f:
                this.push(st, SET, offset);
                break; // EMPTY_SET
            case 0x91:
                this.popMark(st, offset);
                this.push(st, FROZENSET, offset);
                break; // FROZENSET
            case 0x95: { // FRAME
                if (w.buf.length - w.pos < 8)
                    await this.need(8, offset, 'FRAME');
                if (st.frameEnd >= 0 && offset < st.frameEnd)
                    this.fatal('pickle/frame-violation', `a new FRAME starts before the current frame ends at ${st.frameEnd}`, offset);
                const len = readU64(w.buf, w.pos);
                w.pos += 8;
                if (len === null || w.offset + len > w.end)
                    this.fatal('pickle/truncated', `FRAME declares ${len ?? 'more than 2^53'} byte(s) but the data ends first`, offset);
                st.frameEnd = len > 0 ? w.offset + len : -1;
                break;
            }
            case 0x97:
            case 0x98: // NEXT_BUFFER, READONLY_BUFFER
                if (code === 0x98) {
                    this.pop(st, offset);
                    this.push(st, BUFFER, offset);
                    break;
                }
                this.error('pickle/out-of-band-buffer', 'NEXT_BUFFER needs out-of-band buffers supplied by the loader: the data is not in this file and cannot be verified', offset);
                this.push(st, BUFFER, offset);
                break;
            default: {
                const info = OPCODES[code];
                this.fatal('pickle/invalid-opcode', info ? `opcode ${info.name} is not handled` : `byte 0x${code.toString(16).padStart(2, '0')} is not a pickle opcode`, offset);
            }
        }
        return CONTINUE;
    }
    /** Synchronous fast path for a short text payload already in the window (the common case). */
    textFast(len, st) {
        const w = this.w;
        if (len > MAX_KEPT_STRING * 4 || w.buf.length - w.pos < len || (st.frameEnd >= 0 && w.offset + len > st.frameEnd))
            return undefined;
        const s = w.buf.toString('utf8', w.pos, w.pos + len);
        w.pos += len;
        return s;
    }
    skipFast(len, st) {
        const w = this.w;
        if (w.buf.length - w.pos < len || (st.frameEnd >= 0 && w.offset + len > st.frameEnd))
            return false;
        w.pos += len;
        return true;
    }
    top(st, offset) {
        const fence = st.marks.length ? st.marks[st.marks.length - 1] : 0;
        if (st.stack.length <= fence)
            this.fatal('pickle/malformed', 'memo store with nothing on the stack', offset);
        return st.stack[st.stack.length - 1];
    }
    async readLen8(offset, op) {
        await this.need(8, offset, op);
        const len = readU64(this.w.buf, this.w.pos);
        this.w.pos += 8;
        if (len === null)
            this.fatal('pickle/truncated', `${op} declares more than 2^53 bytes`, offset);
        return len;
    }
    persistentId(st, pid, offset, op) {
        if ((this.opts.persistentIds ?? 'unexpected') === 'unexpected') {
            this.add('pickle/persistent-id', 'warning', `${op}: a persistent id outside a PyTorch file; plain pickle.load refuses it, a custom loader decides what it means`, offset, 'persid');
        }
        const v = new PersistentIdValue(pid, offset);
        if (this.opts.collectStorage && this.pids.length < 1_000_000)
            this.pids.push(v);
        this.push(st, v, offset);
    }
    /**
     * joblib's NumpyArrayWrapper: after BUILD the array's raw bytes follow in the stream (or, for object
     * arrays, a whole nested pickle). Their size comes from the wrapper state; anything we cannot size
     * exactly fails, because guessing would resynchronise the scan on attacker-chosen bytes.
     */
    async skipJoblibArray(obj, st, offset, depth) {
        const state = obj.state instanceof DictValue ? obj.state.entries : null;
        if (!state)
            this.fatal('joblib/bad-wrapper', 'NumpyArrayWrapper state is not a small dict', offset);
        const shape = state.get('shape');
        const dtype = state.get('dtype');
        if (!(shape instanceof TupleValue) || !shape.items || shape.items.some((d) => typeof d !== 'number' || d < 0)) {
            this.fatal('joblib/bad-wrapper', 'NumpyArrayWrapper shape is not a tuple of non-negative ints', offset);
        }
        const itemsize = dtypeItemsize(dtype);
        if (st.frameEnd >= 0 && this.w.offset < st.frameEnd)
            this.fatal('pickle/frame-violation', 'joblib array data inside a pickle frame', offset);
        st.frameEnd = -1;
        if (itemsize === 'object') {
            if (depth >= MAX_NESTED_PICKLE_DEPTH)
                this.fatal('joblib/bad-wrapper', 'object arrays nested too deeply', offset);
            const inner = this.freshState(this.w.offset);
            await this.runPickle(inner, depth + 1);
            return;
        }
        if (itemsize === null)
            this.fatal('joblib/bad-wrapper', `NumpyArrayWrapper dtype ${describeValue(dtype ?? null)} cannot be sized`, offset);
        const align = state.get('numpy_array_alignment_bytes');
        if (typeof align === 'number') {
            await this.need(1, offset, 'joblib alignment padding');
            const pad = this.w.buf[this.w.pos++];
            // joblib writes 1..align; a padding byte in that range is also not an opcode, so plain pickle.load
            // stops there instead of executing the array bytes as opcodes.
            if (pad < 1 || pad > align)
                this.fatal('joblib/bad-wrapper', `alignment padding byte ${pad} is outside 1..${align}`, offset);
            if (!this.w.skip(pad))
                this.fatal('pickle/truncated', 'the data ends inside joblib alignment padding', offset);
        }
        else if (await this.w.fill(1) && OPCODES[this.w.buf[this.w.pos]] !== undefined) {
            this.add('joblib/ambiguous-array-data', 'warning', 'unaligned joblib array data starts with a valid pickle opcode: joblib skips these bytes but plain pickle.load would execute them; re-save with joblib >= 1.2', offset);
        }
        let bytes = itemsize;
        for (const d of shape.items)
            bytes *= d;
        if (!Number.isSafeInteger(bytes) || !this.w.skip(bytes)) {
            this.fatal('pickle/truncated', `joblib array of ${bytes} byte(s) runs past the end of the data`, offset);
        }
    }
}
/** Item size of a `numpy.dtype('<code>', False, True)` call, 'object' for `O`, null when unknown. */
function dtypeItemsize(dtype) {
    if (!(dtype instanceof CallValue) || !(dtype.args instanceof TupleValue) || !dtype.args.items)
        return null;
    if (dtype.target !== 'numpy.dtype')
        return null;
    const code = dtype.args.items[0];
    if (typeof code !== 'string')
        return null;
    const m = /^([biufcmMOSUV])(\d+)$/.exec(code);
    if (!m)
        return null;
    if (m[1] === 'O')
        return 'object';
    const n = Number(m[2]);
    return m[1] === 'U' ? n * 4 : n;
}
function readU64(buf, pos) {
    const lo = buf.readUInt32LE(pos);
    const hi = buf.readUInt32LE(pos + 4);
    if (hi > 0x1fffff)
        return null;
    return hi * 0x100000000 + lo;
}
function utf8(latin1) {
    return Buffer.from(latin1, 'latin1').toString('utf8');
}
function unescapePython(s) {
    if (!s.includes('\\'))
        return s;
    return s.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/gs, (_m, e) => {
        if (e[0] === 'x')
            return String.fromCharCode(parseInt(e.slice(1), 16));
        if (/^[0-7]/.test(e))
            return String.fromCharCode(parseInt(e, 8));
        const map = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };
        return map[e] ?? `\\${e}`;
    });
}
function unescapeRawUnicode(s) {
    const decoded = utf8(s);
    return decoded.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, a, b) => String.fromCodePoint(parseInt((a ?? b), 16)));
}
/** Scans every pickle in `source` (or its byte range) and returns findings and what was seen. */
function scanPickles(source, opts) {
    return new PickleMachine(source, opts).run();
}

;// CONCATENATED MODULE: ./src/validate/pickle/analyze.ts



const CONTEXT_ALLOW = {
    // TorchScript archives are read by torch's C++ unpickler, which resolves only these (no Python import).
    torchscript: ['__torch__.*', 'torch.jit._pickle.*'],
};
function policyFor(ctx, container) {
    const configured = ctx.pickle?.profiles ?? [];
    const profiles = configured.length ? configured : DEFAULT_PROFILES[container === 'torchscript' ? 'pytorch' : container];
    return new PicklePolicy(profiles, ctx.pickle?.allow ?? [], ctx.pickle?.deny ?? [], CONTEXT_ALLOW[container] ?? []);
}
function policyFindings(policy) {
    return policy.unknownProfiles.map((p) => ({
        rule: 'pickle/unknown-profile',
        severity: 'error',
        message: `validate.pickle.profiles names ${JSON.stringify(p)}, which is not a profile (pytorch, numpy, sklearn, xgboost, lightgbm, data)`,
    }));
}
async function runPickleScan(source, ctx, container, extra = {}) {
    const policy = policyFor(ctx, container);
    const result = await scanPickles(source, {
        policy,
        limits: ctx.limits,
        persistentIds: container === 'pytorch' || container === 'torchscript' ? 'allowed' : 'unexpected',
        joblib: true,
        signal: ctx.signal,
        ...extra,
    });
    result.findings.unshift(...policyFindings(policy));
    return { ...result, policy };
}
/** Details worth showing for a scanned pickle stream. */
function pickleDetails(r) {
    return {
        pickles: r.pickles.map((p) => ({ offset: p.offset, protocol: p.protocol, opcodes: p.opcodes })),
        opcodes: r.opcodes,
        profiles: r.policy.profiles,
        globals: r.globals.slice(0, 200).map((g) => ({ name: g.name, verdict: g.verdict, count: g.count })),
    };
}
function toResult(r, extraFindings = [], details = {}) {
    return { findings: [...r.findings, ...extraFindings], details: { ...pickleDetails(r), ...details } };
}

;// CONCATENATED MODULE: ./src/validate/pickle/sniff.ts
/**
 * Recognises a pickle from its first bytes. Protocol 2+ normally starts with PROTO, but the unpickler does
 * not need it: any opcode of any protocol may come first (`V...`, `S...`, a GLOBAL followed by NEWOBJ).
 * Without PROTO the head is walked opcode by opcode with well-formed arguments and a memo that must hold
 * every key a GET reads, so text fails within a few bytes (`hello` reads memo key 101, never stored). When
 * the whole file is in the head, it must reach STOP: a pickle always ends with one.
 */

const LINE_CHECK = {
    INT: /^[+-]?\d+$/, LONG: /^[+-]?\d+L?$/, FLOAT: /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|nan|inf)$/i,
    GET: /^\d+$/, PUT: /^\d+$/, STRING: /^(['"]).*\1$/s, GLOBAL: /^[A-Za-z_][\w.]*$/, INST: /^[A-Za-z_][\w.]*$/,
    UNICODE: /^[^\n]*$/, PERSID: /^[^\n]*$/,
};
/** Opcodes (without PROTO) a partial head must show before it counts as a pickle. */
const MIN_OPS_PROTO01 = 4;
/** More when later-protocol opcodes appear without PROTO: only hand-made or unusual writers do that. */
const MIN_OPS_LATER = 16;
/** `size` is the whole file's size; when the head holds all of it, the walk must reach STOP. */
function sniffPickle(head, size = Number.POSITIVE_INFINITY) {
    if (head.length < 2)
        return false;
    if (head[0] === 0x80)
        return head[1] <= 5 && head.length >= 3 && OPCODES[head[2]] !== undefined;
    const whole = head.length >= size;
    const memo = new Set();
    let memoCount = 0;
    let p = 0;
    let ops = 0;
    let later = false;
    const partial = () => !whole && ops >= (later ? MIN_OPS_LATER : MIN_OPS_PROTO01);
    const put = (i) => { memo.add(i); memoCount++; };
    while (p < head.length) {
        const info = OPCODES[head[p]];
        if (!info)
            return false;
        if (info.proto > 1)
            later = true;
        p++;
        ops++;
        if (info.name === 'STOP')
            return ops >= 2;
        const at = p;
        switch (info.arg) {
            case 'none': break;
            case 'u1':
                p += 1;
                break;
            case 'u2':
                p += 2;
                break;
            case 'i4':
            case 'u4':
                p += 4;
                break;
            case 'f8':
            case 'u8':
                p += 8;
                break;
            case 'bytes1':
                if (p >= head.length)
                    return partial();
                p += 1 + head[p];
                break;
            case 'bytes4':
            case 'bytes4s': {
                if (p + 4 > head.length)
                    return partial();
                const n = head.readInt32LE(p);
                if (n < 0)
                    return false;
                p += 4 + n;
                break;
            }
            case 'bytes8': {
                if (p + 8 > head.length)
                    return partial();
                if (head.readUInt32LE(p + 4) !== 0)
                    return false;
                p += 8 + head.readUInt32LE(p);
                break;
            }
            case 'line':
            case 'line2': {
                for (let k = 0; k < (info.arg === 'line2' ? 2 : 1); k++) {
                    const nl = head.indexOf(10, p);
                    if (nl < 0)
                        return head.length - p > 200 ? false : partial();
                    const text = head.toString('latin1', p, nl);
                    const re = LINE_CHECK[info.name];
                    if (re && !re.test(text))
                        return false;
                    p = nl + 1;
                }
                break;
            }
            default: return false;
        }
        if (p > head.length)
            return partial();
        // The memo: a GET must read a key stored before (the unpickler fails otherwise).
        switch (info.name) {
            case 'BINPUT':
                put(head[at]);
                break;
            case 'LONG_BINPUT':
                put(head.readUInt32LE(at));
                break;
            case 'PUT':
                put(Number(head.toString('latin1', at, p - 1)));
                break;
            case 'MEMOIZE':
                put(memoCount);
                break;
            case 'BINGET':
                if (!memo.has(head[at]))
                    return false;
                break;
            case 'LONG_BINGET':
                if (!memo.has(head.readUInt32LE(at)))
                    return false;
                break;
            case 'GET':
                if (!memo.has(Number(head.toString('latin1', at, p - 1))))
                    return false;
                break;
            default: break;
        }
    }
    return partial();
}

;// CONCATENATED MODULE: ./src/validate/formats/joblib.ts
/**
 * joblib dumps: a pickle whose NumpyArrayWrapper objects are each followed by the array's raw bytes (or,
 * for object arrays, a nested pickle). The machine skips exactly the bytes the wrapper state describes and
 * resumes scanning after them; compressed joblib files arrive here through the gzip/zlib analyzers, and
 * bz2/xz/lzma ones fail closed there.
 */


const joblibAnalyzer = {
    format: 'joblib',
    sniff: (head, size) => sniffPickle(head, size) && head.includes('joblib.numpy_pickle'),
    async analyze(source, ctx) {
        return toResult(await runPickleScan(source, ctx, 'joblib'), [], { container: 'joblib' });
    },
};

;// CONCATENATED MODULE: ./src/validate/archive/paths.ts
/**
 * Member-name safety for archives (zip, tar): a name that escapes the extraction folder on any platform
 * is an error, because tools that extract model archives (and `torch.hub`, `tarfile.extractall` before
 * Python 3.14) write where the name says.
 */
function unsafeMemberPath(name) {
    if (name.length === 0)
        return 'empty member name';
    if (name.includes('\0'))
        return 'NUL byte in member name';
    if (/[\x01-\x1f\x7f]/.test(name))
        return 'control character in member name';
    if (name.startsWith('/') || name.startsWith('\\'))
        return 'absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'Windows drive letter';
    if (name.includes('\\'))
        return 'backslash (a path separator on Windows)';
    if (name.split('/').some((seg) => seg === '..'))
        return 'parent-directory (`..`) component';
    return null;
}
/** Key under which two names collide on case-insensitive, Unicode-normalising file systems. */
function collisionKey(name) {
    return name.normalize('NFC').toLowerCase().replace(/\/+/g, '/').replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/validate/archive/zip-reader.ts

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
async function readZipDirectory(src, opts) {
    const findings = [];
    const fail = (rule, message, offset) => {
        findings.push(finding(rule, message, offset, opts.member));
        return { entries: [], findings, ok: false };
    };
    if (src.size < 22)
        return fail('zip/truncated', `${src.size} bytes is too small for a zip end-of-central-directory record`);
    const tailLen = Math.min(src.size, 22 + 0xffff);
    const tailStart = src.size - tailLen;
    const tail = await src.read(tailStart, tailLen);
    let eocdAt = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
            eocdAt = i;
            break;
        }
    }
    if (eocdAt < 0)
        return fail('zip/no-central-directory', 'no end-of-central-directory record: the zip is truncated or not a zip');
    const eocdOffset = tailStart + eocdAt;
    const commentLen = tail.readUInt16LE(eocdAt + 20);
    if (eocdAt + 22 + commentLen !== tail.length) {
        findings.push(finding('zip/trailing-data', `${tail.length - eocdAt - 22 - commentLen} byte(s) after the end-of-central-directory record (a polyglot or appended payload)`, eocdOffset, opts.member));
    }
    const disk = tail.readUInt16LE(eocdAt + 4);
    const cdDisk = tail.readUInt16LE(eocdAt + 6);
    let count = tail.readUInt16LE(eocdAt + 10);
    let cdSize = tail.readUInt32LE(eocdAt + 12);
    let cdOffset = tail.readUInt32LE(eocdAt + 16);
    let cdEnd = eocdOffset;
    if (disk !== 0 || cdDisk !== 0)
        return fail('zip/multi-disk', 'multi-disk (spanned) zips are not supported and cannot be verified', eocdOffset);
    // A ZIP64 end record and locator (APPNOTE 4.3.14-4.3.15) sit just before the end record. torch.save
    // (miniz) writes them on every save, even for tiny files; readers that find the locator use the 64-bit
    // values, so they must agree with the 32-bit ones wherever those are not the 0xffff/0xffffffff markers.
    const markers = count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff;
    const loc = eocdOffset >= 20 ? await src.read(eocdOffset - 20, 20) : null;
    if (loc && loc.readUInt32LE(0) === EOCD64_LOCATOR) {
        const locAt = eocdOffset - 20;
        const recDisk = loc.readUInt32LE(4);
        const recAt = safeU64(loc, 8);
        const disks = loc.readUInt32LE(16);
        if (recDisk !== 0 || disks > 1)
            return fail('zip/multi-disk', `zip64 locator names disk ${recDisk} of ${disks}: spanned zips cannot be verified`, locAt);
        if (recAt === null || recAt + 56 > locAt)
            return fail('zip/bad-zip64', `zip64 locator points at ${recAt ?? 'an offset past 2^53'}, not before the locator at ${locAt}`, locAt);
        const rec = await src.read(recAt, 56);
        if (rec.readUInt32LE(0) !== EOCD64)
            return fail('zip/bad-zip64', `no zip64 end record at offset ${recAt}, where the zip64 locator points`, recAt);
        const recSize = safeU64(rec, 4);
        if (recSize === null || recSize < 44 || recAt + 12 + recSize !== locAt) {
            return fail('zip/bad-zip64', `the zip64 end record at ${recAt} declares ${recSize ?? 'more than 2^53'} byte(s), which does not end at the locator (${locAt}): unexplained bytes`, recAt);
        }
        if (rec.readUInt32LE(16) !== 0 || rec.readUInt32LE(20) !== 0)
            return fail('zip/multi-disk', 'the zip64 end record names another disk: spanned zips cannot be verified', recAt);
        const count64 = safeU64(rec, 24);
        const total64 = safeU64(rec, 32);
        const size64 = safeU64(rec, 40);
        const offset64 = safeU64(rec, 48);
        if (count64 === null || total64 === null || size64 === null || offset64 === null || count64 !== total64) {
            return fail('zip/bad-zip64', 'the zip64 end record has counts or sizes past 2^53, or disagreeing entry counts', recAt);
        }
        const disagree = (count !== 0xffff && count !== count64) || (cdSize !== 0xffffffff && cdSize !== size64) || (cdOffset !== 0xffffffff && cdOffset !== offset64);
        if (disagree) {
            return fail('zip/bad-zip64', `the zip64 end record (${count64} entries, ${size64} bytes at ${offset64}) disagrees with the end record (${count} entries, ${cdSize} bytes at ${cdOffset}): readers would see different members`, recAt);
        }
        count = count64;
        cdSize = size64;
        cdOffset = offset64;
        cdEnd = recAt;
    }
    else if (markers) {
        return fail('zip/bad-zip64', 'zip64 markers in the end record without a zip64 locator', eocdOffset);
    }
    if (count > opts.maxMembers)
        return fail('archive/too-many-members', `${count} members exceed maxArchiveMembers (${opts.maxMembers})`, eocdOffset);
    if (cdOffset + cdSize > cdEnd)
        return fail('zip/bad-central-directory', `central directory (${cdOffset}+${cdSize}) overlaps its end record at ${cdEnd}`, eocdOffset);
    if (cdOffset + cdSize !== cdEnd) {
        findings.push(finding('zip/bad-central-directory', `${cdEnd - cdOffset - cdSize} unexplained byte(s) between the central directory and its end record`, cdOffset + cdSize, opts.member));
    }
    const cd = await src.read(cdOffset, cdSize);
    const entries = [];
    const seen = new Map();
    let p = 0;
    for (let i = 0; i < count; i++) {
        if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN)
            return fail('zip/bad-central-directory', `central directory entry ${i} is truncated or has a bad signature`, cdOffset + p);
        const madeBy = cd.readUInt16LE(p + 4);
        const flags = cd.readUInt16LE(p + 8);
        const method = cd.readUInt16LE(p + 10);
        const crc = cd.readUInt32LE(p + 16);
        let csize = cd.readUInt32LE(p + 20);
        let usize = cd.readUInt32LE(p + 24);
        const nameLen = cd.readUInt16LE(p + 28);
        const extraLen = cd.readUInt16LE(p + 30);
        const commLen = cd.readUInt16LE(p + 32);
        const externalAttrs = cd.readUInt32LE(p + 38);
        let localOffset = cd.readUInt32LE(p + 42);
        if (p + 46 + nameLen + extraLen + commLen > cd.length)
            return fail('zip/bad-central-directory', `central directory entry ${i} runs past the directory`, cdOffset + p);
        const rawName = cd.subarray(p + 46, p + 46 + nameLen);
        const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
        // Zip64 extended information replaces the fields set to 0xffffffff, in this order.
        if (usize === 0xffffffff || csize === 0xffffffff || localOffset === 0xffffffff) {
            const z = zip64Extra(extra);
            const wanted = Number(usize === 0xffffffff) + Number(csize === 0xffffffff) + Number(localOffset === 0xffffffff);
            if (z === null || z.length < wanted)
                return fail('zip/bad-zip64', `central directory entry ${i} marks 64-bit sizes or offset but its zip64 extra field lacks them (or holds values past 2^53)`, cdOffset + p);
            let k = 0;
            if (usize === 0xffffffff)
                usize = z[k++];
            if (csize === 0xffffffff)
                csize = z[k++];
            if (localOffset === 0xffffffff)
                localOffset = z[k++];
        }
        p += 46 + nameLen + extraLen + commLen;
        const name = decodeName(rawName, flags);
        const unix = madeBy >> 8 === 3;
        const mode = unix ? (externalAttrs >>> 16) & 0o170000 : 0;
        const entry = {
            index: i, name, flags, method, crc, compressedSize: csize, uncompressedSize: usize, localOffset,
            dataOffset: -1, madeBy, externalAttrs, isDirectory: name.endsWith('/'), isSymlink: mode === 0o120000,
        };
        entries.push(entry);
        const bad = unsafeMemberPath(name);
        if (bad)
            findings.push(finding('archive/unsafe-path', `member ${JSON.stringify(name)}: ${bad}`, cdOffset, opts.member));
        const key = collisionKey(name);
        const prev = seen.get(key);
        if (prev !== undefined) {
            findings.push(finding('archive/duplicate-member', prev === name
                ? `member ${JSON.stringify(name)} appears twice: readers disagree on which copy wins`
                : `members ${JSON.stringify(prev)} and ${JSON.stringify(name)} collide on case-insensitive file systems`, cdOffset, opts.member));
        }
        else
            seen.set(key, name);
        if (flags & 0x41)
            findings.push(finding('zip/encrypted', `member ${JSON.stringify(name)} is flagged as encrypted (flags 0x${flags.toString(16)}): PyTorch ignores the flag and loads it, other tools skip it; it cannot be verified as written`, localOffset, opts.member));
        if (entry.isSymlink)
            findings.push(finding('archive/link-member', `member ${JSON.stringify(name)} is a symbolic link`, localOffset, opts.member));
        if (mode === 0o020000 || mode === 0o060000 || mode === 0o010000)
            findings.push(finding('archive/special-member', `member ${JSON.stringify(name)} is a device or FIFO`, localOffset, opts.member));
        if (method !== 0 && method !== 8)
            findings.push(finding('zip/unsupported-method', `member ${JSON.stringify(name)} uses compression method ${method}; only stored (0) and deflate (8) can be verified`, localOffset, opts.member));
    }
    if (p !== cd.length)
        findings.push(finding('zip/bad-central-directory', `${cd.length - p} unexplained byte(s) at the end of the central directory`, cdOffset + p, opts.member));
    // Local headers: must exist, agree with the central directory, and not overlap each other.
    for (const e of entries) {
        if (e.localOffset + 30 > cdOffset) {
            findings.push(finding('zip/bad-local-header', `member ${JSON.stringify(e.name)}: local header offset ${e.localOffset} is outside the data area`, e.localOffset, opts.member));
            continue;
        }
        const h = await src.read(e.localOffset, 30);
        if (h.length < 30 || h.readUInt32LE(0) !== LOC) {
            findings.push(finding('zip/bad-local-header', `member ${JSON.stringify(e.name)}: no local header at offset ${e.localOffset}`, e.localOffset, opts.member));
            continue;
        }
        const lFlags = h.readUInt16LE(6);
        const lMethod = h.readUInt16LE(8);
        const lCrc = h.readUInt32LE(14);
        const lCsize = h.readUInt32LE(18);
        const lUsize = h.readUInt32LE(22);
        const lNameLen = h.readUInt16LE(26);
        const lExtraLen = h.readUInt16LE(28);
        const lName = decodeName(await src.read(e.localOffset + 30, lNameLen), lFlags);
        e.dataOffset = e.localOffset + 30 + lNameLen + lExtraLen;
        let lSizesOk = true;
        if (lCsize === 0xffffffff || lUsize === 0xffffffff) {
            // A local zip64 field holds both sizes (uncompressed first); they must match the directory too.
            const z = zip64Extra(await src.read(e.localOffset + 30 + lNameLen, lExtraLen));
            lSizesOk = z !== null && z.length >= 2 && z[0] === e.uncompressedSize && z[1] === e.compressedSize;
        }
        if (lName !== e.name)
            findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)} is named ${JSON.stringify(lName)} in its local header: tools that read local headers see another file`, e.localOffset, opts.member));
        if (lMethod !== e.method)
            findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)}: compression method ${lMethod} in the local header, ${e.method} in the central directory`, e.localOffset, opts.member));
        if (!(lFlags & 0x08) && (lCrc !== e.crc || !lSizesOk || (lCsize !== e.compressedSize && lCsize !== 0xffffffff) || (lUsize !== e.uncompressedSize && lUsize !== 0xffffffff))) {
            findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)}: CRC or sizes differ between the local header and the central directory`, e.localOffset, opts.member));
        }
        if ((lFlags & 0x41) !== (e.flags & 0x41))
            findings.push(finding('zip/local-header-mismatch', `member ${JSON.stringify(e.name)}: encryption flags differ between the local header and the central directory`, e.localOffset, opts.member));
        if (e.dataOffset + e.compressedSize > cdOffset) {
            findings.push(finding('zip/bad-local-header', `member ${JSON.stringify(e.name)}: data (${e.compressedSize} bytes at ${e.dataOffset}) runs into the central directory`, e.localOffset, opts.member));
            e.dataOffset = -1;
        }
    }
    const ranges = entries.filter((e) => e.dataOffset >= 0).map((e) => ({ e, start: e.localOffset, end: e.dataOffset + e.compressedSize })).sort((a, b) => a.start - b.start);
    for (let i = 1; i < ranges.length; i++) {
        if (ranges[i].start < ranges[i - 1].end) {
            findings.push(finding('zip/overlapping-entries', `members ${JSON.stringify(ranges[i - 1].e.name)} and ${JSON.stringify(ranges[i].e.name)} share bytes (overlapping entries: a zip-bomb and polyglot technique)`, ranges[i].start, opts.member));
        }
    }
    return { entries, findings, ok: true };
}
/** The 64-bit values of a zip64 extended-information extra field (id 0x0001); null if one is past 2^53. */
function zip64Extra(extra) {
    for (let p = 0; p + 4 <= extra.length;) {
        const id = extra.readUInt16LE(p);
        const len = extra.readUInt16LE(p + 2);
        if (id === 0x0001) {
            const out = [];
            for (let q = p + 4; q + 8 <= p + 4 + len && q + 8 <= extra.length; q += 8) {
                const v = safeU64(extra, q);
                if (v === null)
                    return null;
                out.push(v);
            }
            return out;
        }
        p += 4 + len;
    }
    return [];
}
function safeU64(buf, at) {
    const v = buf.readBigUInt64LE(at);
    return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : null;
}
function decodeName(raw, flags) {
    // Bit 11 = UTF-8; without it the name is CP437, but every byte < 0x80 is the same and others are rare.
    return flags & 0x800 ? raw.toString('utf8') : raw.toString('latin1');
}
function finding(rule, message, offset, member) {
    const location = {};
    if (offset !== undefined)
        location.offset = offset;
    if (member !== undefined)
        location.member = member;
    return { rule, severity: 'error', message, location };
}

;// CONCATENATED MODULE: ./src/validate/archive/zip-members.ts



async function analyzeZipMembers(source, entries, ctx, opts = {}) {
    const findings = [];
    const members = [];
    let total = 0;
    const limits = ctx.limits;
    for (const e of entries) {
        const where = e.name;
        if (e.isDirectory && e.uncompressedSize === 0 && e.compressedSize === 0) {
            members.push({ name: e.name, format: 'directory', size: 0 });
            continue;
        }
        if (e.dataOffset < 0 || (e.method !== 0 && e.method !== 8)) {
            members.push({ name: e.name, format: 'skipped', size: e.uncompressedSize });
            continue; // already an error finding from the directory reader
        }
        const input = () => rangeChunks(source, e.dataOffset, e.compressedSize);
        const remaining = Math.max(0, limits.maxDecompressedBytes - total);
        // Stop inflating as soon as the ratio limit is passed: a bomb costs at most ratio × its own size.
        const ratioCap = e.method === 8 ? Math.max(1, e.compressedSize) * limits.maxCompressionRatio : Infinity;
        const budget = Math.min(remaining, ratioCap);
        let size;
        let crc;
        try {
            ({ size, crc } = await measure(input, e.method === 8 ? 'raw' : 'stored', budget));
        }
        catch (err) {
            if (err instanceof InflateLimitError && budget < remaining) {
                findings.push({ rule: 'archive/compression-ratio', severity: 'error', message: `member ${JSON.stringify(e.name)} expands more than ${limits.maxCompressionRatio}x (maxCompressionRatio): a decompression bomb`, location: { member: where } });
                members.push({ name: e.name, format: 'skipped', size: e.uncompressedSize });
                continue;
            }
            if (err instanceof InflateLimitError) {
                findings.push({ rule: 'archive/decompression-limit', severity: 'error', message: `member ${JSON.stringify(e.name)} decompresses past maxDecompressedBytes (${limits.maxDecompressedBytes} bytes in total): a decompression bomb or an oversized member`, location: { member: where } });
                return { findings, members };
            }
            findings.push({ rule: 'zip/corrupt-member', severity: 'error', message: `member ${JSON.stringify(e.name)} cannot be decompressed: ${err.message}`, location: { member: where } });
            members.push({ name: e.name, format: 'skipped', size: e.uncompressedSize });
            continue;
        }
        total += size;
        if (e.method === 0 && e.compressedSize !== e.uncompressedSize) {
            findings.push({ rule: 'zip/size-mismatch', severity: 'error', message: `stored member ${JSON.stringify(e.name)} declares ${e.uncompressedSize} bytes but holds ${e.compressedSize}`, location: { member: where } });
        }
        else if (size !== e.uncompressedSize) {
            findings.push({ rule: 'zip/size-mismatch', severity: 'error', message: `member ${JSON.stringify(e.name)} declares ${e.uncompressedSize} bytes but decompresses to ${size}`, location: { member: where } });
        }
        if (crc !== e.crc) {
            findings.push({ rule: 'zip/crc-mismatch', severity: 'error', message: `member ${JSON.stringify(e.name)}: CRC-32 is 0x${crc.toString(16).padStart(8, '0')}, the directory says 0x${e.crc.toString(16).padStart(8, '0')} (PyTorch loads it anyway; strict tools skip it)`, location: { member: where } });
        }
        if (e.method === 8 && size > 0 && size / Math.max(1, e.compressedSize) > limits.maxCompressionRatio) {
            findings.push({ rule: 'archive/compression-ratio', severity: 'error', message: `member ${JSON.stringify(e.name)} expands ${Math.round(size / Math.max(1, e.compressedSize))}x, above maxCompressionRatio (${limits.maxCompressionRatio})`, location: { member: where } });
            members.push({ name: e.name, format: 'skipped', size });
            continue;
        }
        const name = `${source.name}!/${e.name}`;
        const member = e.method === 0
            ? sliceSource(source, name, e.dataOffset, e.compressedSize)
            : inflatedSource(name, size, input, 'raw');
        if (opts.rawData?.(e.name, size)) {
            members.push({ name: e.name, format: 'raw-data', size });
            continue;
        }
        const own = opts.custom ? await opts.custom(e.name, member) : null;
        const r = own ? { format: own.format, findings: underMember(own.findings, where) } : await analyzeMember(ctx, member, where);
        findings.push(...r.findings);
        members.push({ name: e.name, format: r.format, size });
    }
    return { findings, members };
}

;// CONCATENATED MODULE: ./src/validate/formats/zip.ts
/**
 * The zip family: plain zip, PyTorch zip (`torch.save` since 1.6), TorchScript (`torch.jit.save`) and
 * NumPy `.npz`. They share one reader, and the sub-type comes from the member names after the central
 * directory is read, so whichever of the zip analyzers detection picked, the same checks run.
 */




/** Bytes per element of each PyTorch storage class (pid numel × this = the storage file's size). */
const STORAGE_ITEMSIZE = {
    FloatStorage: 4, DoubleStorage: 8, HalfStorage: 2, BFloat16Storage: 2, LongStorage: 8, IntStorage: 4,
    ShortStorage: 2, CharStorage: 1, ByteStorage: 1, BoolStorage: 1, ComplexFloatStorage: 8,
    ComplexDoubleStorage: 16, QInt8Storage: 1, QUInt8Storage: 1, QInt32Storage: 4, QUInt4x2Storage: 1,
    QUInt2x4Storage: 1, UntypedStorage: 1, Float8_e4m3fnStorage: 1, Float8_e5m2Storage: 1,
    UInt16Storage: 2, UInt32Storage: 4, UInt64Storage: 8,
};
/** Reads `('storage', <StorageClass>, key, location, numel[, view])` persistent ids; others are findings. */
function storageTable(pids, findings, member) {
    const table = new Map();
    for (const p of pids) {
        const t = p.pid;
        const items = t instanceof TupleValue ? t.items : null;
        const ok = items && items.length >= 5 && items[0] === 'storage' && items[1] instanceof GlobalValue && typeof items[2] === 'string' && typeof items[3] === 'string' && typeof items[4] === 'number';
        if (!ok || !items) {
            findings.push({ rule: 'pytorch/bad-persistent-id', severity: 'error', message: 'a persistent id is not the (\'storage\', class, key, location, numel) tuple torch.save writes', location: { offset: p.offset, ...(member ? { member } : {}) } });
            continue;
        }
        const cls = items[1];
        table.set(items[2], { key: items[2], numel: items[4], itemsize: STORAGE_ITEMSIZE[cls.name.split('.').pop()] ?? null });
    }
    return table;
}
/** The folder holding `data.pkl` when every member lives under it (torch writes `<name>/...`). */
function torchPrefix(names) {
    const pkl = names.find((n) => /^([^/]+\/)?data\.pkl$/.test(n));
    if (pkl === undefined)
        return null;
    const prefix = pkl.slice(0, -'data.pkl'.length);
    return names.every((n) => n.startsWith(prefix)) ? prefix : null;
}
function zipKind(names) {
    const prefix = torchPrefix(names);
    if (prefix !== null) {
        return names.some((n) => n.startsWith(`${prefix}code/`) || n === `${prefix}constants.pkl`) ? 'torchscript' : 'pytorch-zip';
    }
    const files = names.filter((n) => !n.endsWith('/'));
    if (files.length && files.every((n) => n.endsWith('.npy')))
        return 'numpy-npz';
    return 'zip';
}
async function analyzeZipFamily(source, ctx) {
    const dir = await readZipDirectory(source, { maxMembers: ctx.limits.maxArchiveMembers });
    const findings = [...dir.findings];
    if (!dir.ok)
        return { kind: 'zip', findings };
    const names = dir.entries.map((e) => e.name);
    const kind = zipKind(names);
    const prefix = torchPrefix(names) ?? '';
    const isTorch = kind === 'pytorch-zip' || kind === 'torchscript';
    const details = { container: kind, members: dir.entries.length };
    // PyTorch reads `data.pkl` first and then the storages it names; do the same so storages can be sized.
    let storages = new Map();
    const pickleDetailsByMember = {};
    const ordered = isTorch
        ? [...dir.entries].sort((a, b) => Number(b.name.endsWith('.pkl')) - Number(a.name.endsWith('.pkl')))
        : dir.entries;
    if (kind === 'torchscript') {
        const code = names.filter((n) => n.startsWith(`${prefix}code/`) && !n.endsWith('/'));
        findings.push({ rule: 'torchscript/code', severity: 'warning', message: `TorchScript archive with ${code.length} code file(s): torch.jit.load compiles and runs them (a restricted language that can still call registered custom ops); review them or export to ONNX/safetensors` });
    }
    const storageName = (key) => `${prefix}data/${key}`;
    const referenced = new Set();
    const result = await analyzeZipMembers(source, ordered, ctx, {
        rawData: (name, size) => {
            if (!isTorch || !name.startsWith(`${prefix}data/`))
                return false;
            const ref = storages.get(name.slice(`${prefix}data/`.length));
            if (!ref)
                return false;
            referenced.add(ref.key);
            if (ref.itemsize !== null && ref.numel * ref.itemsize !== size) {
                findings.push({ rule: 'pytorch/storage-size', severity: 'error', message: `storage ${JSON.stringify(name)} holds ${size} bytes, data.pkl declares ${ref.numel} elements of ${ref.itemsize} byte(s)`, location: { member: name } });
                return false; // sized wrong: sniff it like any unexplained member
            }
            return true;
        },
        custom: isTorch
            ? async (name, member) => {
                // TorchScript's `code/*.debug_pkl` (source ranges) is read by the same C++ unpickler as its `.pkl`s.
                if (!name.endsWith('.pkl') && !(kind === 'torchscript' && name.endsWith('.debug_pkl')))
                    return null;
                const r = await runPickleScan(member, ctx, kind === 'torchscript' ? 'torchscript' : 'pytorch', { member: name, collectStorage: name === `${prefix}data.pkl` });
                if (name === `${prefix}data.pkl`)
                    storages = storageTable(r.persistentIds, r.findings, name);
                pickleDetailsByMember[name] = pickleDetails(r);
                return { format: 'pickle', findings: r.findings };
            }
            : undefined,
    });
    findings.push(...result.findings);
    if (isTorch) {
        const present = new Set(names);
        for (const ref of storages.values()) {
            if (!present.has(storageName(ref.key))) {
                findings.push({ rule: 'pytorch/missing-storage', severity: 'error', message: `data.pkl references storage ${JSON.stringify(ref.key)} but ${JSON.stringify(storageName(ref.key))} is not in the archive (truncated or tampered)` });
            }
        }
        details.pickles = pickleDetailsByMember;
        details.storages = storages.size;
    }
    if (kind === 'numpy-npz') {
        for (const m of result.members) {
            if (m.format !== 'numpy' && m.format !== 'directory') {
                findings.push({ rule: 'numpy/npz-member', severity: 'error', message: `npz member ${JSON.stringify(m.name)} is ${m.format}, not a .npy array`, location: { member: m.name } });
            }
        }
    }
    details.memberFormats = result.members.slice(0, 500);
    return { kind, findings, details };
}
function zipAnalyzer(format, sniffName) {
    return {
        format,
        sniff(head) {
            if (head.length < 4 || head.readUInt32LE(0) !== 0x04034b50)
                return format === 'zip' && head.length >= 4 && head.readUInt32LE(0) === 0x06054b50;
            if (head.length < 30)
                return format === 'zip';
            const first = head.toString('utf8', 30, Math.min(head.length, 30 + head.readUInt16LE(26)));
            return sniffName(first);
        },
        async analyze(source, ctx) {
            const r = await analyzeZipFamily(source, ctx);
            return { findings: r.findings, details: r.details };
        },
    };
}
/** torch.save writes `<name>/data.pkl` first. */
const pytorchZipAnalyzerImpl = zipAnalyzer('pytorch-zip', (n) => /^([^/]+\/)?data\.pkl$/.test(n));
/**
 * torch.jit.save: `<name>/` members with `code/`, `constants.pkl`, `extra/`, or (torch 1.x writes the
 * tensors first) `data/<n>`; `data.pkl` first is torch.save. Either way the sub-type is decided later.
 */
const torchscriptAnalyzerImpl = zipAnalyzer('torchscript', (n) => /^([^/]+\/)?(code\/|constants\.pkl$|extra\/|data\/\d+$)/.test(n));
const npzAnalyzer = zipAnalyzer('numpy-npz', (n) => n.endsWith('.npy'));
const zipAnalyzer_ = zipAnalyzer('zip', () => true);


;// CONCATENATED MODULE: ./src/validate/formats/numpy.ts
/**
 * NumPy `.npy` (v1/v2/v3) and `.npz`. The header is a Python dict literal parsed here without eval; the
 * data must be exactly shape × itemsize bytes (a short file is truncated, a long one carries unverified
 * bytes); an `object` dtype means the data is a pickle (np.load(allow_pickle=True) runs it), which is
 * scanned with the numpy + data profiles.
 */



const MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);
/** np.load refuses headers larger than this unless told otherwise (`max_header_size`). */
const NUMPY_MAX_HEADER = 10_000;
/** A tiny parser for the literal subset NumPy writes: dicts, tuples, lists, str, int, bool, None. */
function parsePyLiteral(text) {
    let p = 0;
    const ws = () => { while (p < text.length && /\s/.test(text[p]))
        p++; };
    const fail = (what) => { throw new Error(`${what} at character ${p}`); };
    const value = (depth) => {
        if (depth > 32)
            fail('nesting too deep');
        ws();
        const c = text[p];
        if (c === '{') {
            p++;
            const out = Object.create(null);
            for (;;) {
                ws();
                if (text[p] === '}') {
                    p++;
                    return out;
                }
                const k = value(depth + 1);
                if (typeof k !== 'string')
                    fail('dict key is not a string');
                if (Object.prototype.hasOwnProperty.call(out, k))
                    fail(`duplicate key ${JSON.stringify(k)}`);
                ws();
                if (text[p++] !== ':')
                    fail('expected ":"');
                out[k] = value(depth + 1);
                ws();
                if (text[p] === ',')
                    p++;
                else if (text[p] !== '}')
                    fail('expected "," or "}"');
            }
        }
        if (c === '(' || c === '[') {
            const close = c === '(' ? ')' : ']';
            p++;
            const out = [];
            for (;;) {
                ws();
                if (text[p] === close) {
                    p++;
                    return out;
                }
                out.push(value(depth + 1));
                ws();
                if (text[p] === ',')
                    p++;
                else if (text[p] !== close)
                    fail(`expected "," or "${close}"`);
            }
        }
        if (c === "'" || c === '"') {
            const end = text.indexOf(c, p + 1);
            if (end < 0)
                fail('unterminated string');
            const s = text.slice(p + 1, end);
            if (s.includes('\\'))
                fail('escapes are not supported in header strings');
            p = end + 1;
            return s;
        }
        const m = /^(True|False|None|-?\d+L?)/.exec(text.slice(p, p + 32));
        if (!m)
            return fail('unexpected token');
        p += m[1].length;
        if (m[1] === 'True')
            return true;
        if (m[1] === 'False')
            return false;
        if (m[1] === 'None')
            return null;
        return Number(m[1].replace('L', ''));
    };
    const v = value(0);
    ws();
    if (p !== text.length)
        fail('trailing characters');
    return v;
}
/** Item size of a dtype descr, 'object' when it holds Python objects, null when unsupported. */
function descrItemsize(descr, depth = 0) {
    if (depth > 16)
        return null;
    if (typeof descr === 'string') {
        const m = /^[<>|=]?([biufcmMOSUV?])(\d*)(?:\[[a-zA-Z0-9]+\])?$/.exec(descr);
        if (!m)
            return null;
        if (m[1] === 'O')
            return 'object';
        if (m[1] === '?')
            return 1;
        const n = Number(m[2] || (m[1] === 'b' ? 1 : NaN));
        if (!Number.isFinite(n))
            return null;
        return m[1] === 'U' ? n * 4 : n;
    }
    if (Array.isArray(descr)) {
        let total = 0;
        for (const field of descr) {
            if (!Array.isArray(field) || field.length < 2 || field.length > 3)
                return null;
            const sub = descrItemsize(field[1], depth + 1);
            if (sub === null || sub === 'object')
                return sub;
            let count = 1;
            if (field.length === 3) {
                const shape = Array.isArray(field[2]) ? field[2] : [field[2]];
                for (const d of shape) {
                    if (typeof d !== 'number' || d < 0)
                        return null;
                    count *= d;
                }
            }
            total += sub * count;
        }
        return total;
    }
    return null;
}
async function analyzeNpy(source, ctx) {
    const findings = [];
    const err = (rule, message, offset) => {
        findings.push({ rule, severity: 'error', message, ...(offset !== undefined ? { location: { offset } } : {}) });
        return { findings };
    };
    const pre = await source.read(0, 12);
    if (pre.length < 10 || !pre.subarray(0, 6).equals(MAGIC))
        return err('numpy/truncated', 'the file ends inside the .npy preamble', 0);
    const major = pre[6];
    if (major < 1 || major > 3)
        return err('numpy/unsupported-version', `.npy format version ${major}.${pre[7]} is not 1, 2 or 3`, 6);
    const lenBytes = major === 1 ? 2 : 4;
    if (pre.length < 8 + lenBytes)
        return err('numpy/truncated', 'the file ends inside the header length', 8);
    const hlen = major === 1 ? pre.readUInt16LE(8) : pre.readUInt32LE(8);
    const dataStart = 8 + lenBytes + hlen;
    if (hlen > Math.min(NUMPY_MAX_HEADER, ctx.limits.maxHeaderBytes))
        return err('numpy/header-too-large', `header of ${hlen} bytes; np.load refuses headers over ${NUMPY_MAX_HEADER} bytes`, 8);
    if (dataStart > source.size)
        return err('numpy/truncated', `header declares ${hlen} bytes but the file ends first`, 8);
    const raw = await source.read(8 + lenBytes, hlen);
    const text = major === 3 ? raw.toString('utf8') : raw.toString('latin1');
    if (!text.endsWith('\n'))
        findings.push({ rule: 'numpy/bad-header', severity: 'warning', message: 'header does not end with a newline (NumPy always writes one)', location: { offset: 8 + lenBytes } });
    let header;
    try {
        header = parsePyLiteral(text.replace(/[\s\x20]+$/, ''));
    }
    catch (e) {
        return err('numpy/bad-header', `header is not the dict literal NumPy writes: ${e.message}`, 8 + lenBytes);
    }
    if (!header || typeof header !== 'object' || Array.isArray(header))
        return err('numpy/bad-header', 'header is not a dict', 8 + lenBytes);
    const h = header;
    const keys = Object.keys(h).sort().join(',');
    if (keys !== 'descr,fortran_order,shape')
        return err('numpy/bad-header', `header keys are {${keys}}, NumPy requires exactly descr, fortran_order, shape`, 8 + lenBytes);
    if (typeof h.fortran_order !== 'boolean')
        return err('numpy/bad-header', 'fortran_order is not a bool', 8 + lenBytes);
    const shape = h.shape;
    if (!Array.isArray(shape) || shape.some((d) => typeof d !== 'number' || !Number.isInteger(d) || d < 0))
        return err('numpy/bad-header', 'shape is not a tuple of non-negative ints', 8 + lenBytes);
    const itemsize = descrItemsize(h.descr);
    if (itemsize === null)
        return err('numpy/unsupported-dtype', `dtype ${JSON.stringify(h.descr)} cannot be sized, so the data cannot be verified`, 8 + lenBytes);
    const details = { version: major, descr: h.descr, shape, fortranOrder: h.fortran_order };
    if (itemsize === 'object') {
        // np.save writes the array with pickle after the header; np.load(allow_pickle=True) unpickles it.
        const r = await runPickleScan(source, ctx, 'numpy', { start: dataStart });
        findings.push({ rule: 'numpy/object-array', severity: 'warning', message: 'object array: its data is a pickle, loaded only with np.load(allow_pickle=True); it was scanned', location: { offset: dataStart } });
        return toResult(r, findings, details);
    }
    let bytes = itemsize;
    for (const d of shape)
        bytes *= d;
    if (!Number.isSafeInteger(bytes))
        return err('numpy/bad-header', 'shape × itemsize overflows', 8 + lenBytes);
    const have = source.size - dataStart;
    if (have < bytes)
        return err('numpy/truncated', `data is ${have} bytes, shape × itemsize is ${bytes}`, dataStart);
    if (have > bytes)
        findings.push({ rule: 'numpy/trailing-data', severity: 'error', message: `${have - bytes} byte(s) after the array data (np.load ignores them; they cannot be verified)`, location: { offset: dataStart + bytes } });
    return { findings, details: { ...details, dataBytes: bytes } };
}
const npyAnalyzer = {
    format: 'numpy',
    sniff: (head) => head.length >= 6 && head.subarray(0, 6).equals(MAGIC),
    analyze: analyzeNpy,
};

;// CONCATENATED MODULE: ./src/validate/formats/pickle.ts
/** Raw pickle files (`.pkl`, `.pickle`, `.dat`, `.bin`...): every pickle in the stream is scanned. */


const pickleAnalyzer = {
    format: 'pickle',
    sniff: (head, size) => sniffPickle(head, size),
    async analyze(source, ctx) {
        const r = await runPickleScan(source, ctx, 'pickle');
        const joblib = r.globals.some((g) => g.name.startsWith('joblib.numpy_pickle.'));
        return toResult(r, [], joblib ? { container: 'joblib' } : {});
    },
};

;// CONCATENATED MODULE: ./src/validate/formats/pytorch.ts
/**
 * PyTorch checkpoints. The zip format (torch >= 1.6) shares the zip-family analyzer; the legacy format
 * (torch < 1.6, still what many `pytorch_model.bin` files are) is five pickles back to back — magic number,
 * protocol version, system info, the object, the storage keys — followed by raw storages. All five are
 * scanned with a fresh memo each (modelscan scans only the first), the magic must be a literal (a magic
 * produced by a call is the `pytorch_magic_bypass` trick), and the storages must account for every byte.
 */




const pytorchZipAnalyzer = pytorchZipAnalyzerImpl;
/** PROTO 2, LONG1 of 10 bytes, then the magic number little-endian. */
const LEGACY_HEAD = Buffer.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]);
const pytorchLegacyAnalyzer = {
    format: 'pytorch-legacy',
    sniff: (head) => head.length >= LEGACY_HEAD.length && head.subarray(0, LEGACY_HEAD.length).equals(LEGACY_HEAD),
    async analyze(source, ctx) {
        const r = await runPickleScan(source, ctx, 'pytorch', { maxPickles: 5, trailing: 'allow', collectStorage: true });
        const extra = [];
        const err = (rule, message, offset) => { extra.push({ rule, severity: 'error', message, ...(offset !== undefined ? { location: { offset } } : {}) }); };
        const [magic, version, , , keys] = r.pickles;
        if (magic && (magic.globals > 0 || magic.result !== TORCH_LEGACY_MAGIC)) {
            err(magic.globals > 0 ? 'pytorch/magic-bypass' : 'pytorch/bad-magic', magic.globals > 0
                ? 'the legacy magic-number pickle imports or calls globals: the magic is computed, not a literal (a known bypass)'
                : 'the first pickle is not PyTorch\'s legacy magic number', magic.offset);
        }
        if (!r.complete)
            return toResult(r, extra, { container: 'pytorch-legacy' });
        if (r.pickles.length < 5) {
            err('pytorch/legacy-truncated', `only ${r.pickles.length} of the 5 pickles of a legacy PyTorch file`, r.end);
            return toResult(r, extra, { container: 'pytorch-legacy' });
        }
        if (version.result !== 1001)
            err('pytorch/bad-legacy-header', `legacy protocol version is not 1001`, version.offset);
        const table = storageTable(r.persistentIds, extra);
        const keyList = keys.result instanceof ListValue ? keys.result.items : null;
        if (!keyList || keyList.some((k) => typeof k !== 'string')) {
            err('pytorch/bad-legacy-header', 'the fifth pickle is not the list of storage keys', keys.offset);
            return toResult(r, extra, { container: 'pytorch-legacy' });
        }
        // Raw storages: for each key, an int64 element count then the elements.
        let off = r.end;
        for (const key of keyList) {
            const ref = table.get(key);
            if (!ref || ref.itemsize === null) {
                err('pytorch/missing-storage', `storage key ${JSON.stringify(key)} has no (sizeable) persistent id in the object pickle`, off);
                break;
            }
            if (off + 8 > source.size) {
                err('pytorch/legacy-truncated', `storage ${JSON.stringify(key)} header runs past the end of the file`, off);
                break;
            }
            const n = Number((await source.read(off, 8)).readBigInt64LE(0));
            if (n !== ref.numel) {
                err('pytorch/storage-size', `storage ${JSON.stringify(key)} holds ${n} elements, the pickle declares ${ref.numel}`, off);
                break;
            }
            off += 8 + n * ref.itemsize;
            if (off > source.size) {
                err('pytorch/legacy-truncated', `storage ${JSON.stringify(key)} runs past the end of the file`, off);
                break;
            }
        }
        if (!extra.length && off !== source.size)
            err('pytorch/trailing-data', `${source.size - off} byte(s) after the last storage cannot be verified`, off);
        return toResult(r, extra, { container: 'pytorch-legacy', storages: keyList.length });
    },
};

;// CONCATENATED MODULE: ./src/validate/archive/tar-reader.ts

function cstr(b, start, len) {
    const s = b.subarray(start, start + len);
    const nul = s.indexOf(0);
    return s.subarray(0, nul < 0 ? s.length : nul).toString('utf8');
}
function octal(b, start, len) {
    const f = b.subarray(start, start + len);
    if (f[0] & 0x80) {
        // GNU base-256: big-endian, first byte's high bit set.
        let v = f[0] & 0x7f;
        for (let i = 1; i < f.length; i++)
            v = v * 256 + f[i];
        return Number.isSafeInteger(v) ? v : null;
    }
    const s = f.toString('latin1').replace(/\0.*$/s, '').trim();
    if (s === '')
        return 0;
    return /^[0-7]+$/.test(s) ? parseInt(s, 8) : null;
}
/** True when the block is a plausible tar header (checksum matches). */
function tarChecksumOk(h) {
    if (h.length < 512)
        return false;
    const want = octal(h, 148, 8);
    if (want === null)
        return false;
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < 512; i++) {
        const b = i >= 148 && i < 156 ? 0x20 : h[i];
        unsigned += b;
        signed += b > 127 ? b - 256 : b;
    }
    return want === unsigned || want === signed;
}
function parsePax(text) {
    const out = {};
    let p = 0;
    while (p < text.length) {
        const sp = text.indexOf(' ', p);
        if (sp < 0)
            break;
        const len = Number(text.slice(p, sp));
        if (!Number.isInteger(len) || len <= 0)
            break;
        const rec = text.slice(sp + 1, p + len - 1);
        const eq = rec.indexOf('=');
        if (eq > 0)
            out[rec.slice(0, eq)] = rec.slice(eq + 1);
        p += len;
    }
    return out;
}
async function readTar(src, opts) {
    const findings = [];
    const members = [];
    const err = (rule, message, offset) => { findings.push({ rule, severity: 'error', message, location: { offset } }); };
    const seen = new Map();
    let off = 0;
    let longName = null;
    let pax = {};
    for (;;) {
        if (off + 512 > src.size) {
            err('tar/truncated', `the archive ends at ${src.size} without the two zero blocks that close a tar`, off);
            return { members, findings, ok: false };
        }
        const h = await src.read(off, 512);
        if (h.every((b) => b === 0)) {
            const next = off + 1024 <= src.size ? await src.read(off + 512, 512) : Buffer.alloc(0);
            if (next.length < 512)
                findings.push({ rule: 'tar/truncated', severity: 'error', message: 'only one end-of-archive zero block', location: { offset: off } });
            const after = off + 1024;
            // Whatever follows the end marker is never extracted by tar but may be read by other tools.
            if (after < src.size) {
                const tail = await src.read(after, Math.min(src.size - after, 1 << 16));
                if (tail.some((b) => b !== 0))
                    err('tar/trailing-data', `${src.size - after} byte(s) after the end of the archive`, after);
            }
            return { members, findings, ok: true };
        }
        if (!tarChecksumOk(h)) {
            err('tar/bad-checksum', 'header checksum mismatch: the archive is corrupt or not a tar', off);
            return { members, findings, ok: false };
        }
        const size = octal(h, 124, 12);
        if (size === null) {
            err('tar/bad-header', 'member size is not a number', off);
            return { members, findings, ok: false };
        }
        const type = String.fromCharCode(h[156] || 0x30);
        const dataOffset = off + 512;
        const padded = Math.ceil(size / 512) * 512;
        if (dataOffset + size > src.size) {
            err('tar/truncated', `member data (${size} bytes) runs past the end of the archive`, off);
            return { members, findings, ok: false };
        }
        const magic = h.subarray(257, 263).toString('latin1');
        const prefix = magic.startsWith('ustar') && magic[5] === '\0' ? cstr(h, 345, 155) : '';
        let name = longName ?? pax.path ?? (prefix ? `${prefix}/${cstr(h, 0, 100)}` : cstr(h, 0, 100));
        const effSize = pax.size !== undefined && /^\d+$/.test(pax.size) ? Number(pax.size) : size;
        if (effSize !== size) {
            err('tar/bad-header', `pax size ${pax.size} disagrees with the header size ${size}: tar implementations disagree on where the next member starts`, off);
            return { members, findings, ok: false };
        }
        if (type === 'L' || type === 'K' || type === 'x' || type === 'g') {
            if (size > 1 << 20) {
                err('tar/bad-header', `extended header of ${size} bytes`, off);
                return { members, findings, ok: false };
            }
            const body = await src.read(dataOffset, size);
            if (type === 'L')
                longName = cstr(body, 0, body.length);
            else if (type === 'x')
                pax = parsePax(body.toString('utf8'));
            off = dataOffset + padded;
            continue;
        }
        longName = null;
        pax = {};
        if (members.length >= opts.maxMembers) {
            err('archive/too-many-members', `more than maxArchiveMembers (${opts.maxMembers}) members`, off);
            return { members, findings, ok: false };
        }
        name = name.replace(/^\.\//, '');
        const bad = unsafeMemberPath(name);
        if (bad)
            err('archive/unsafe-path', `member ${JSON.stringify(name)}: ${bad}`, off);
        if (type === '1' || type === '2') {
            err('archive/link-member', `member ${JSON.stringify(name)} is a ${type === '1' ? 'hard' : 'symbolic'} link to ${JSON.stringify(cstr(h, 157, 100))}`, off);
        }
        else if (type === '3' || type === '4' || type === '6') {
            err('archive/special-member', `member ${JSON.stringify(name)} is a ${type === '6' ? 'FIFO' : 'device file'}`, off);
        }
        else if (!['0', '7', '5'].includes(type)) {
            err('tar/unsupported-entry', `member ${JSON.stringify(name)} has entry type ${JSON.stringify(type)}, which cannot be verified`, off);
        }
        if (type === '0' || type === '7') {
            const key = collisionKey(name);
            const prev = seen.get(key);
            if (prev !== undefined)
                err('archive/duplicate-member', `member ${JSON.stringify(name)} appears more than once (the last copy wins on extraction)`, off);
            else
                seen.set(key, name);
        }
        members.push({ name, type, size, dataOffset });
        off = dataOffset + padded;
    }
}

;// CONCATENATED MODULE: ./src/validate/formats/tar.ts
/** tar archives (incl. the legacy PyTorch v0.1.1 tar format): every regular member is analysed by content. */



const tarAnalyzer = {
    format: 'tar',
    sniff: (h) => h.length >= 512 && (h.toString('latin1', 257, 262) === 'ustar' || tarChecksumOk(h)),
    async analyze(source, ctx) {
        const listing = await readTar(source, { maxMembers: ctx.limits.maxArchiveMembers });
        const findings = [...listing.findings];
        const members = [];
        let total = 0;
        for (const m of listing.members) {
            if (m.type !== '0' && m.type !== '7')
                continue;
            total += m.size;
            if (total > ctx.limits.maxDecompressedBytes) {
                findings.push({ rule: 'archive/decompression-limit', severity: 'error', message: `members total more than maxDecompressedBytes (${ctx.limits.maxDecompressedBytes})`, location: { member: m.name } });
                break;
            }
            const r = await analyzeMember(ctx, sliceSource(source, `${source.name}!/${m.name}`, m.dataOffset, m.size), m.name);
            findings.push(...r.findings);
            members.push({ name: m.name, format: r.format, size: m.size });
        }
        const legacyTorch = ['sys_info', 'pickle', 'storages', 'tensors'].every((n) => listing.members.some((m) => m.name === n));
        return { findings, details: { members, ...(legacyTorch ? { container: 'pytorch-legacy-tar' } : {}) } };
    },
};

;// CONCATENATED MODULE: ./src/validate/formats/torchscript.ts
/**
 * TorchScript archives (`torch.jit.save`): a zip with `code/` (TorchScript source that torch compiles and
 * runs on load), `constants.pkl` and `data.pkl`. Every `.pkl` is scanned under the TorchScript policy
 * (`__torch__.*` classes resolve inside TorchScript, not through Python imports), and the code is flagged
 * for review. Shares the zip-family analyzer.
 */

const torchscriptAnalyzer = torchscriptAnalyzerImpl;

;// CONCATENATED MODULE: ./src/validate/formats/index.ts

















/**
 * Every format, tried in order: the first whose sniff() accepts the head wins. Order matters:
 * precise magics first, then the containers (a .keras is a zip), then the pickle family (protocol 0
 * and 1 pickles are printable text and must be caught before the text fallback), then JSON and text.
 */
const ANALYZERS = [
    // Not models, by unmistakable content.
    emptyAnalyzer,
    lfsPointerAnalyzer,
    // Precise magic numbers.
    ggufAnalyzer,
    safetensorsAnalyzer,
    tfliteAnalyzer,
    hdf5Analyzer,
    savedModelAnalyzer,
    onnxAnalyzer,
    kerasAnalyzer,
    // Containers, pickles, NumPy, compressed streams.
    pytorchLegacyAnalyzer,
    npyAnalyzer,
    gzipAnalyzer,
    bzip2Analyzer,
    xzAnalyzer,
    unsupportedContainerAnalyzer,
    pytorchZipAnalyzer,
    torchscriptAnalyzer,
    npzAnalyzer,
    zipAnalyzer_,
    tarAnalyzer,
    joblibAnalyzer,
    pickleAnalyzer,
    zlibAnalyzer,
    htmlAnalyzer,
    // Fallbacks: structured text last.
    safetensorsIndexAnalyzer,
    jsonAnalyzer,
    textAnalyzer,
];

;// CONCATENATED MODULE: ./src/validate/detect.ts


/** Bytes read to sniff a format (HDF5 may place its superblock at 512). */
const HEAD_BYTES = 4096;
/** What each extension promises; content decides, and a broken promise is a finding. */
const EXTENSIONS = {
    '.safetensors': ['safetensors'],
    '.gguf': ['gguf'],
    '.onnx': ['onnx'],
    '.ort': ['onnx'],
    '.tflite': ['tflite'],
    '.keras': ['keras'],
    '.h5': ['hdf5'],
    '.hdf5': ['hdf5'],
    '.pb': ['savedmodel', 'onnx'],
    '.npy': ['numpy'],
    '.npz': ['numpy-npz', 'zip'],
    '.pkl': ['pickle', 'gzip', 'zlib', 'bzip2', 'xz', 'joblib'],
    '.pickle': ['pickle', 'gzip', 'zlib', 'bzip2', 'xz', 'joblib'],
    '.joblib': ['joblib', 'pickle', 'gzip', 'zlib', 'bzip2', 'xz'],
    '.pt': ['pytorch-zip', 'pytorch-legacy', 'torchscript', 'pickle', 'tar'],
    '.pth': ['pytorch-zip', 'pytorch-legacy', 'torchscript', 'pickle', 'tar'],
    '.bin': ['pytorch-zip', 'pytorch-legacy', 'pickle', 'safetensors', 'gguf', 'external-data', 'unknown'],
    '.ckpt': ['pytorch-zip', 'pytorch-legacy', 'pickle'],
    '.zip': ['zip', 'pytorch-zip', 'torchscript', 'keras', 'numpy-npz'],
    '.tar': ['tar', 'pytorch-legacy'],
    '.gz': ['gzip'],
    '.json': ['json', 'safetensors-index'],
    '.md': ['text'],
    '.txt': ['text'],
    '.csv': ['text'],
    '.yml': ['text'],
    '.yaml': ['text'],
    '.py': ['text'],
};
/**
 * Formats whose promise is "no code runs when this loads". Content that can run code behind such a name
 * is an error, not a mismatch: tools that route by extension (picklescan, modelscan) skip it.
 */
const DATA_ONLY_FORMATS = new Set(['safetensors', 'gguf', 'onnx', 'tflite', 'numpy', 'json', 'text', 'safetensors-index']);
const CODE_CAPABLE_FORMATS = new Set(['pickle', 'pytorch-zip', 'pytorch-legacy', 'torchscript', 'joblib', 'keras', 'hdf5', 'savedmodel', 'gzip', 'zlib', 'bzip2', 'xz', 'zip', 'tar', 'numpy-npz', 'unsupported-container']);
function expectedFormats(name) {
    const lower = name.toLowerCase();
    if (lower.endsWith('.safetensors.index.json'))
        return ['safetensors-index'];
    if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz'))
        return ['gzip', 'tar'];
    return EXTENSIONS[external_node_path_default().extname(lower)];
}
/** The analyzer for a head of bytes: content first; a name only settles ambiguous text/protobuf. */
function detect(head, size, name, analyzers = ANALYZERS) {
    const base = name.split('!/').pop() ?? name;
    for (const a of analyzers) {
        if (a.names && a.names.test(base) && (a.sniff(head, size) || !analyzers.some((o) => o !== a && !o.names && o.format !== 'json' && o.format !== 'text' && safeSniff(o, head, size))))
            return a;
    }
    return analyzers.find((a) => safeSniff(a, head, size));
}
function safeSniff(a, head, size) {
    try {
        return a.sniff(head, size);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/validate/hash.ts


/**
 * Two buffers, reused for every read: while the hash consumes one on the main thread, the next read fills
 * the other in the thread pool, so reading and hashing overlap instead of taking turns (a sequential
 * read-then-hash loop ran at 0.69x of `openssl dgst -sha256`; bench/validate.bench.ts). 4 MiB reads keep
 * the number of round trips to the thread pool low without a large footprint.
 */
const HASH_CHUNK = 4 * 1024 * 1024;
/** Streaming sha256 of a source: constant memory, at the speed of the hash (bench/validate.bench.ts). */
/** `onBytes` hears the running count of bytes hashed (progress of large files). */
async function sha256Of(source, signal, onBytes) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const file = FILE_HANDLES.get(source);
    if (file) {
        const buffers = [Buffer.allocUnsafe(HASH_CHUNK), Buffer.allocUnsafe(HASH_CHUNK)];
        let turn = 0;
        let pending = file.handle.read(buffers[turn], 0, HASH_CHUNK, 0);
        for (;;) {
            const { bytesRead } = await pending;
            if (signal?.aborted)
                throw signal.reason ?? new Error('aborted');
            if (bytesRead === 0)
                break;
            const filled = buffers[turn];
            // Start the next read into the other buffer before hashing this one.
            turn ^= 1;
            pending = file.handle.read(buffers[turn], 0, HASH_CHUNK, size + bytesRead);
            hash.update(filled.subarray(0, bytesRead));
            size += bytesRead;
            onBytes?.(size);
        }
        return { sha256: hash.digest('hex'), size };
    }
    for await (const chunk of source.stream()) {
        if (signal?.aborted)
            throw signal.reason ?? new Error('aborted');
        hash.update(chunk);
        size += chunk.length;
        onBytes?.(size);
    }
    return { sha256: hash.digest('hex'), size };
}

;// CONCATENATED MODULE: ./src/validate/manifest.ts




const HEX64 = /^[0-9a-fA-F]{64}$/;
/** Parses the `sha256sum` format (GNU, with `*` binary marks and `\`-escaped names, or BSD tags) or JSON. */
function manifest_parseManifest(data) {
    const text = decodeUtf8Strict(data);
    if (text === undefined)
        return { kind: 'sha256sum', entries: [], findings: [error('manifest/syntax', 'the manifest is not valid UTF-8')] };
    const trimmed = text.trimStart();
    return trimmed.startsWith('{') || trimmed.startsWith('[') ? parseJsonManifest(text) : parseSha256sum(text);
}
function parseSha256sum(text) {
    const entries = [];
    const findings = [];
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const lineNo = i + 1;
        if (line.trim() === '' || line.startsWith('#'))
            return;
        let m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        let name;
        let hash;
        if (m) {
            hash = m[2];
            name = m[1] ? unescapeName(m[3]) : m[3];
        }
        else if ((m = /^(\\?)SHA256 ?\((.+)\) ?= ?([0-9a-fA-F]{64})$/.exec(line))) {
            hash = m[3];
            name = m[1] ? unescapeName(m[2]) : m[2];
        }
        if (name === undefined || hash === undefined) {
            findings.push(error('manifest/syntax', `line ${lineNo} is not "<sha256>  <file>": ${JSON.stringify(line.slice(0, 80))}`, { line: lineNo }));
            return;
        }
        entries.push({ path: normalise(name), written: name, sha256: hash.toLowerCase(), line: lineNo });
    });
    return { kind: 'sha256sum', entries, findings };
}
/** GNU coreutils escapes `\` as `\\`, newline as `\n` and CR as `\r` and then prefixes the line with `\`. */
function unescapeName(s) {
    return s.replace(/\\(\\|n|r)/g, (_m, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\\'));
}
function parseJsonManifest(text) {
    const entries = [];
    const findings = [];
    let parsed;
    try {
        parsed = parseStrictJson(text);
    }
    catch (err) {
        return { kind: 'json', entries, findings: [error('manifest/syntax', `the JSON manifest is not valid JSON: ${err.message}`)] };
    }
    for (const d of parsed.duplicates)
        findings.push(error('manifest/duplicate-entry', `key ${JSON.stringify(d.key)} appears twice in the JSON manifest`, { offset: d.offset }));
    const doc = parsed.value;
    const add = (p, sha, size, pointer) => {
        if (typeof p !== 'string' || typeof sha !== 'string' || !HEX64.test(sha) || (size !== undefined && (typeof size !== 'number' || size < 0))) {
            findings.push(error('manifest/syntax', `${pointer} needs a "path", a 64-hex-digit "sha256" and optionally a "size" in bytes`, { pointer }));
            return;
        }
        entries.push({ path: normalise(p), written: p, sha256: sha.toLowerCase(), size: size });
    };
    if (isPlainObject(doc) && isPlainObject(doc.files)) {
        for (const [p, v] of Object.entries(doc.files)) {
            if (isPlainObject(v))
                add(p, v.sha256, v.size, `files.${p}`);
            else
                add(p, v, undefined, `files.${p}`);
        }
    }
    else if (Array.isArray(doc) || (isPlainObject(doc) && Array.isArray(doc.files))) {
        const list = (Array.isArray(doc) ? doc : doc.files);
        list.forEach((e, i) => add(isPlainObject(e) ? e.path : undefined, isPlainObject(e) ? e.sha256 : undefined, isPlainObject(e) ? e.size : undefined, `[${i}]`));
    }
    else {
        findings.push(error('manifest/syntax', 'a JSON manifest is {"files": {"path": "sha256"}} or [{"path", "sha256", "size"}]'));
    }
    return { kind: 'json', entries, findings };
}
/** `./a//b` -> `a/b`; what is left is compared exactly (case and Unicode form matter). */
function normalise(p) {
    return p.split('/').filter((s) => s !== '' && s !== '.').join('/');
}
/** Checks every entry against the files under root, and every file in scope against the entries. */
async function checkManifest(input) {
    const manifestFindings = [];
    const fileFindings = new Map();
    const addFile = (abs, f) => fileFindings.set(abs, [...(fileFindings.get(abs) ?? []), f]);
    const rel = (abs) => external_node_path_default().relative(input.root, abs).split((external_node_path_default()).sep).join('/');
    const scopeByRel = new Map(input.scope.map((abs) => [rel(abs), abs]));
    const listed = new Set();
    const seen = new Map();
    let checked = 0;
    const twinKey = (p) => p.normalize('NFC').toLowerCase();
    const twins = new Map();
    for (const e of input.entries) {
        const where = { line: e.line, pointer: e.line ? undefined : e.written };
        const why = unsafeRelativePath(e.written.replace(/^\.\//, ''));
        if (why) {
            manifestFindings.push(error('manifest/unsafe-path', `entry ${JSON.stringify(e.written)} is refused: ${why}`, where));
            continue;
        }
        const prior = seen.get(e.path);
        if (prior) {
            if (prior.sha256 !== e.sha256)
                manifestFindings.push(error('manifest/duplicate-entry', `${JSON.stringify(e.path)} is listed twice with different hashes`, where));
            else
                manifestFindings.push(warning('manifest/duplicate-entry', `${JSON.stringify(e.path)} is listed twice`, where));
            continue;
        }
        seen.set(e.path, e);
        const key = twinKey(e.path);
        const twin = twins.get(key);
        if (twin !== undefined) {
            const unicode = twin.normalize('NFC') === e.path.normalize('NFC');
            manifestFindings.push(error(unicode ? 'manifest/unicode-twin' : 'manifest/case-twin', `${JSON.stringify(e.path)} and ${JSON.stringify(twin)} differ only in ${unicode ? 'Unicode normalisation (NFC/NFD)' : 'letter case'}: on some file systems they are one file`, where));
        }
        twins.set(key, e.path);
        const { file, problem } = await containedFile(input.root, e.path);
        if (!file) {
            const alias = [...scopeByRel.keys()].find((r) => twinKey(r) === key && r !== e.path);
            if (alias)
                manifestFindings.push(error('manifest/name-mismatch', `${JSON.stringify(e.path)} is listed but the file is spelled ${JSON.stringify(alias)} (case or Unicode form differs)`, where));
            else if (problem.rule === 'missing')
                manifestFindings.push(error('manifest/missing-file', `${JSON.stringify(e.path)} is listed but missing`, where));
            else
                manifestFindings.push(error('manifest/unsafe-path', `${JSON.stringify(e.path)}: ${problem.message}`, where));
            continue;
        }
        listed.add(file.absolute);
        checked++;
        const d = await input.digest(file.absolute);
        if (d.sha256 !== e.sha256) {
            addFile(file.absolute, error('manifest/sha256-mismatch', `sha256 is ${d.sha256} but ${external_node_path_default().basename(input.manifestPath)} says ${e.sha256}: the file changed or is not the one released`, where));
        }
        else if (e.size !== undefined && d.size !== e.size) {
            addFile(file.absolute, error('manifest/size-mismatch', `size is ${d.size} bytes but the manifest says ${e.size}`, where));
        }
    }
    const manifestAbs = external_node_path_default().resolve(input.manifestPath);
    const scopeTwins = new Map();
    for (const abs of input.scope) {
        const r = rel(abs);
        const key = twinKey(r);
        const other = scopeTwins.get(key);
        if (other !== undefined)
            addFile(abs, error('manifest/case-twin', `${JSON.stringify(r)} and ${JSON.stringify(other)} differ only in case or Unicode form: a case-insensitive checkout keeps one of them`));
        scopeTwins.set(key, r);
        if (abs === manifestAbs || listed.has(abs) || /\.(sig|asc|minisig|sigstore|bundle)$/.test(abs))
            continue;
        addFile(abs, error('manifest/unlisted-file', `not listed in ${external_node_path_default().basename(input.manifestPath)}: an unverified file would ship with the model`));
    }
    return { manifestFindings, fileFindings, checked };
}

;// CONCATENATED MODULE: ./src/validate/walk.ts





/**
 * Which files a validation run reads: the paths given, folders walked (symbolic links never followed,
 * special files refused, ignore globs applied, depth and count bounded), and each file opened so that a
 * link or FIFO swapped in after the walk is refused.
 */
const MAX_WALK_DEPTH = 32;
const MAX_WALK_FILES = 100_000;
/**
 * The files behind `paths` (relative to `cwd`). A path that does not exist is a usage error (ModelshipError);
 * a path the user typed may be a symbolic link, and what it points to is validated, inside its own folder.
 */
async function collectFiles(paths, cwd, ignore, targets) {
    const out = { files: [], problems: new Map(), roots: [] };
    // Asked all at once (a repository may configure hundreds of models); refused in the order given.
    const stats = await Promise.all(paths.map((p) => (0,promises_.lstat)(external_node_path_default().resolve(cwd, p)).catch(() => undefined)));
    for (const [i, p] of paths.entries()) {
        const absolute = external_node_path_default().resolve(cwd, p);
        const st = stats[i];
        if (!st) {
            throw new errors/* ModelshipError */.W7(`no such file or folder: ${p}`, { hint: 'pass existing files or folders, or configure models in modelship.yml' });
        }
        const target = targets?.get(absolute);
        if (st.isSymbolicLink()) {
            const real = await (0,promises_.realpath)(absolute).catch(() => undefined);
            if (!real)
                throw new errors/* ModelshipError */.W7(`${p} is a dangling symbolic link`);
            const rs = await (0,promises_.lstat)(real);
            if (rs.isDirectory()) {
                out.roots.push(real);
                await walk(real, real, 0, out.files, out.problems, ignore, target);
            }
            else
                out.files.push({ absolute: real, target });
        }
        else if (st.isDirectory()) {
            out.roots.push(absolute);
            await walk(absolute, absolute, 0, out.files, out.problems, ignore, target);
        }
        else {
            out.files.push({ absolute, target });
        }
    }
    return out;
}
async function walk(dir, root, depth, out, problems, ignore, target) {
    if (depth > MAX_WALK_DEPTH) {
        problems.set(dir, [error('walk/too-deep', `folders nested deeper than ${MAX_WALK_DEPTH}`)]);
        return;
    }
    const entries = (await (0,promises_.readdir)(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
        const absolute = external_node_path_default().join(dir, entry.name);
        const rel = external_node_path_default().relative(root, absolute).split((external_node_path_default()).sep).join('/');
        if (entry.name === '.git' || ignore.some((g) => globMatch(g, rel)))
            continue;
        if (out.length >= MAX_WALK_FILES) {
            problems.set(dir, [error('walk/too-many-files', `more than ${MAX_WALK_FILES} files`)]);
            return;
        }
        if (entry.isSymbolicLink()) {
            const real = await (0,promises_.realpath)(absolute).catch(() => undefined);
            const inside = real !== undefined && isInside(root, real);
            problems.set(absolute, [
                inside
                    ? warning('walk/symlink', `a symbolic link (to ${external_node_path_default().relative(root, real)}); not followed: its target is validated on its own`)
                    : error('walk/symlink-escape', `a symbolic link pointing outside the folder${real ? ` (to ${real})` : ' (dangling)'}: a loader following it reads a file nobody validated`),
            ]);
            continue;
        }
        if (entry.isDirectory())
            await walk(absolute, root, depth + 1, out, problems, ignore, target);
        else if (entry.isFile())
            out.push({ absolute, walkRoot: root, target: undefined });
        else
            problems.set(absolute, [error('walk/special-file', 'a device, FIFO or socket, not a regular file: refused (reading it could block or never end)')]);
    }
}
function isInside(root, p) {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/** `*` within a segment, `**` across segments, `?` one character. */
function globMatch(glob, rel) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += '.*';
            i++;
            if (glob[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`).test(rel) || new RegExp(`^${re}/`).test(rel);
}
/** Opens a regular file for reading, or says why it is refused. */
async function openRegular(absolute) {
    let handle;
    try {
        handle = await (0,promises_.open)(absolute, OPEN_FLAGS);
    }
    catch (err) {
        return { problem: openProblem(err) };
    }
    const st = await handle.stat();
    if (!st.isFile()) {
        await handle.close();
        return { problem: NOT_REGULAR() };
    }
    return { handle, stats: st };
}
// O_NOFOLLOW: a link swapped in after the walk is refused; O_NONBLOCK: a FIFO swapped in cannot hang us.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
const NOT_REGULAR = () => error('walk/special-file', 'not a regular file: refused');
function openProblem(err) {
    if (err.code === 'ELOOP')
        return error('walk/symlink', 'the path became a symbolic link during validation: refused');
    return error('walk/unreadable', `cannot open the file: ${err.message}`);
}
/** openRegular with synchronous calls, for small files (the caller closes `fd`). */
function openRegularSync(absolute) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absolute, OPEN_FLAGS);
    }
    catch (err) {
        return { problem: openProblem(err) };
    }
    const stats = (0,external_node_fs_.fstatSync)(fd);
    if (!stats.isFile()) {
        (0,external_node_fs_.closeSync)(fd);
        return { problem: NOT_REGULAR() };
    }
    return { fd, stats };
}

;// CONCATENATED MODULE: ./src/validate/manifest-checks.ts









const MANIFEST_NAMES = ['SHA256SUMS', 'SHA256SUMS.txt', 'sha256sums.txt'];
/**
 * Checks the SHA256SUMS manifests of a run against the files: an explicit `--manifest`, else every walked
 * folder's own manifest (its scope stops where a deeper folder has one), and, for a file named on its own,
 * a manifest beside it that lists it. Hashes already computed during validation are reused. A manifest's
 * findings go on its own report (added to `results` when it was not validated), a listed file's on that file's.
 */
async function applyManifests(options, walked, results, display) {
    const jobs = [];
    if (options.manifest) {
        const manifest = external_node_path_default().resolve(options.cwd, options.manifest);
        const root = external_node_path_default().dirname(manifest);
        jobs.push({ manifest, root, scope: walked.filter((w) => w.walkRoot !== undefined && isInside(root, w.absolute)).map((w) => w.absolute) });
    }
    else {
        // Every folder met in a walk that holds a SHA256SUMS is checked against it; its scope stops where a
        // deeper folder has its own manifest.
        const manifests = walked.filter((w) => w.walkRoot !== undefined && MANIFEST_NAMES.includes(external_node_path_default().basename(w.absolute))).map((w) => w.absolute);
        const dirs = manifests.map((m) => external_node_path_default().dirname(m));
        for (const manifest of manifests) {
            const root = external_node_path_default().dirname(manifest);
            const deeper = dirs.filter((d) => d !== root && isInside(root, d));
            const scope = walked.filter((w) => w.walkRoot !== undefined && isInside(root, w.absolute) && !deeper.some((d) => isInside(d, w.absolute))).map((w) => w.absolute);
            jobs.push({ manifest, root, scope });
        }
        // A file named on its own is checked against a SHA256SUMS beside it, when that lists it. The folders
        // are asked all at once (a monorepo names hundreds of files), each folder once.
        const named = walked.filter((x) => x.walkRoot === undefined);
        const folders = [...new Set(named.map((w) => external_node_path_default().dirname(w.absolute)))];
        const found = new Map(await Promise.all(folders.map(async (dir) => [dir, await manifestIn(dir)])));
        for (const w of named) {
            const dir = external_node_path_default().dirname(w.absolute);
            const manifest = found.get(dir);
            if (manifest !== undefined) {
                const existing = jobs.find((j) => j.manifest === manifest && j.only);
                if (existing)
                    existing.only.add(w.absolute);
                else if (!jobs.some((j) => j.manifest === manifest))
                    jobs.push({ manifest, root: dir, scope: [], only: new Set([w.absolute]) });
            }
        }
    }
    // Each manifest is read and checked concurrently (a monorepo has one beside every model); the findings are
    // applied afterwards in the order of the jobs, and the first unreadable manifest in that order is reported.
    const checked = valuesInOrder(await mapLimit(jobs, 8, async (job) => {
        let data;
        try {
            data = await (0,promises_.readFile)(job.manifest);
        }
        catch {
            throw new errors/* ModelshipError */.W7(`cannot read the manifest ${display(job.manifest)}`, { hint: 'pass a sha256sum-format or JSON manifest with --manifest' });
        }
        const parsed = manifest_parseManifest(data);
        const entries = job.only ? parsed.entries.filter((e) => job.only.has(external_node_path_default().resolve(job.root, e.path))) : parsed.entries;
        if (job.only && entries.length === 0)
            return undefined;
        const check = await checkManifest({
            manifestPath: job.manifest,
            entries,
            root: job.root,
            scope: job.scope,
            digest: async (abs) => {
                const known = results.get(abs)?.digest;
                if (known)
                    return known;
                const { handle } = await openRegular(abs);
                if (!handle)
                    return { sha256: '', size: -1 };
                try {
                    const st = await handle.stat();
                    return await sha256Of(fileHandleSource(abs, handle, st.size, abs));
                }
                finally {
                    await handle.close();
                }
            },
        });
        return { job, data, parsed, check };
    }));
    for (const done of checked) {
        if (!done)
            continue;
        const { job, data, parsed, check } = done;
        // A finding about a listed file that points at a manifest line says which file that line is in.
        const inManifest = (f) => (f.location?.line !== undefined ? { ...f, location: { ...f.location, file: display(job.manifest) } } : f);
        if (job.only) {
            // The manifest was not asked for: its own problems matter only for the entries checked.
            for (const f of [...parsed.findings, ...check.manifestFindings]) {
                for (const abs of job.only)
                    results.get(abs)?.report.findings.push(inManifest({ ...f, message: `${display(job.manifest)}: ${f.message}` }));
            }
            for (const [abs, findings] of check.fileFindings)
                results.get(abs)?.report.findings.push(...findings.map(inManifest));
            for (const abs of job.only)
                results.get(abs)?.report.findings.push(note('manifest/checked', `sha256 matches ${display(job.manifest)}`));
            continue;
        }
        let holder = results.get(job.manifest);
        if (!holder) {
            holder = { report: { path: display(job.manifest), format: 'text', size: data.length, sha256: '', verdict: 'fail', findings: [] } };
            results.set(job.manifest, holder);
        }
        holder.report.findings = holder.report.findings.filter((f) => f.rule !== 'format/not-a-model');
        holder.report.findings.push(...parsed.findings, ...check.manifestFindings);
        holder.report.findings.push(note('manifest/checked', `${check.checked} of ${parsed.entries.length} entries checked against the files`));
        if (parsed.entries.length === 0 && parsed.findings.length === 0)
            holder.report.findings.push(error('manifest/empty', 'the manifest lists no files'));
        for (const [abs, findings] of check.fileFindings) {
            const r = results.get(abs);
            if (r)
                r.report.findings.push(...findings.map(inManifest));
        }
    }
}
/** The first of the manifest names that is a regular file in `dir`, if any. */
async function manifestIn(dir) {
    for (const name of MANIFEST_NAMES) {
        const manifest = external_node_path_default().join(dir, name);
        if (await (0,promises_.lstat)(manifest).then((st) => st.isFile(), () => false))
            return manifest;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/validate/signature-check.ts

/** The configured signature against the file's: names, element types, and fixed sizes must agree. */
function compareSignature(expected, actual) {
    const findings = [];
    for (const side of ['inputs', 'outputs']) {
        const have = new Map(actual[side].map((t) => [t.name, t]));
        for (const want of expected[side]) {
            const got = have.get(want.name);
            if (!got) {
                if (!want.optional)
                    findings.push(error('signature/missing-tensor', `modelship.yml expects ${side.slice(0, -1)} ${JSON.stringify(want.name)}, which the model does not declare (it has ${[...have.keys()].join(', ') || 'none'})`, { pointer: `${side}.${want.name}` }));
                continue;
            }
            if (got.dtype !== want.dtype)
                findings.push(error('signature/dtype-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} is ${got.dtype}, modelship.yml expects ${want.dtype}`, { pointer: `${side}.${want.name}` }));
            if (got.shape.length !== want.shape.length) {
                findings.push(error('signature/shape-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} has rank ${got.shape.length} [${got.shape.join(', ')}], modelship.yml expects [${want.shape.join(', ')}]`, { pointer: `${side}.${want.name}` }));
            }
            else {
                want.shape.forEach((d, i) => {
                    const g = got.shape[i];
                    if (typeof d === 'number' && typeof g === 'number' && d !== g) {
                        findings.push(error('signature/shape-mismatch', `${side.slice(0, -1)} ${JSON.stringify(want.name)} dimension ${i} is ${g}, modelship.yml expects ${d}`, { pointer: `${side}.${want.name}` }));
                    }
                });
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/validate/lanes.ts

/**
 * Runs the validation of several files at once: a small file's time is mostly waiting on the file system
 * (open, stat, read, stat, close), so overlapping them is what a repository of many models needs. A large
 * file runs alone, so its reads and hashing have the disk, the cores and the memory to themselves, and no
 * more than `lanes` small files (each read whole) are in memory at a time.
 */
class SizeLanes {
    lanes;
    largeBytes;
    small = 0;
    large = false;
    largeWaiting = 0;
    waiters = [];
    constructor(lanes, largeBytes) {
        this.lanes = lanes;
        this.largeBytes = largeBytes;
    }
    /** Runs `work` for every item, at most `lanes` at a time, results in the items' order; the first failure in order is thrown. */
    async map(items, work) {
        return valuesInOrder(await mapLimit(items, this.lanes, work));
    }
    /** Holds `work` until a file of `size` bytes may run: small ones together, a large one alone. */
    async withSize(size, work) {
        const large = size > this.largeBytes;
        if (large)
            this.largeWaiting++;
        while (large ? this.large || this.small > 0 : this.large || this.largeWaiting > 0)
            await new Promise((resolve) => this.waiters.push(resolve));
        if (large) {
            this.largeWaiting--;
            this.large = true;
        }
        else
            this.small++;
        try {
            return await work();
        }
        finally {
            if (large)
                this.large = false;
            else
                this.small--;
            const waiting = this.waiters;
            this.waiters = [];
            for (const wake of waiting)
                wake();
        }
    }
}

;// CONCATENATED MODULE: ./src/validate/engine.ts













/** Files up to this size are read once into memory: the bytes hashed are exactly the bytes parsed. */
const IN_MEMORY_BYTES = 64 * 1024 * 1024;
/** Files validated at once, and the size above which a file runs alone (so at most 4 x 16 MiB read whole at a time). */
const LANES = 4;
const IN_MEMORY_LANE_BYTES = 16 * 1024 * 1024;
/** Files up to this size are read with synchronous calls (see validateFile). */
const SYNC_READ_BYTES = 1024 * 1024;
/** Formats a folder may hold beside the model without being one. */
const AUXILIARY = new Set(['json', 'text', 'safetensors-index', 'external-data']);
const MODEL_FILE_NAME = /\.(safetensors|gguf|onnx|bin|pt|pth|pkl|pickle|h5|hdf5|keras|tflite|npy|npz|ckpt|joblib|pb|mar|model)$/i;
const NOT_MODELS = new Set(['json', 'text', 'empty', 'git-lfs-pointer', 'html', 'unknown']);
/**
 * Validates files and folders: walks them (symlinks never followed, special files refused), hashes each
 * file while it is analyzed, detects its format by content, runs the analyzer under the limits, checks
 * manifests, and aggregates a fail-closed verdict. Usage errors (a path that does not exist) throw
 * ModelshipError; everything about the artifacts themselves is a finding.
 */
async function validateArtifacts(options) {
    const analyzers = options.analyzers ?? ANALYZERS;
    const { files: walked, problems: walkFindings, roots } = await collectFiles(options.paths, options.cwd, options.settings.ignore, options.targets);
    const results = new Map();
    const display = (abs) => {
        const rel = external_node_path_default().relative(options.cwd, abs);
        return (rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? abs : rel).split((external_node_path_default()).sep).join('/');
    };
    const progress = options.progress ?? silentProgress;
    if (options.progress) {
        // Sizes only for the display: the validation itself takes each file's size from its open handle.
        const sizes = await Promise.all([...new Set(walked.map((f) => f.absolute))].map((abs) => (0,promises_.lstat)(abs).then((st) => st.size, () => 0)));
        progress.start('validate', sizes.reduce((a, b) => a + b, 0), 'bytes');
    }
    try {
        const seen = new Set();
        const unique = walked.filter((file) => !seen.has(file.absolute) && seen.add(file.absolute));
        // Bytes hashed so far, file by file: files validate several at a time, so progress is their sum.
        const hashed = new Array(unique.length).fill(0);
        let total = 0;
        const lanes = new SizeLanes(LANES, IN_MEMORY_LANE_BYTES);
        const reports = await lanes.map(unique, async (file, i) => {
            const name = display(file.absolute);
            const onBytes = (bytes) => {
                total += bytes - hashed[i];
                hashed[i] = bytes;
                progress.update(total, name);
            };
            const r = await validateFile(file, name, options.settings, analyzers, lanes, onBytes);
            onBytes(r.report.size);
            return r;
        });
        unique.forEach((file, i) => results.set(file.absolute, reports[i]));
    }
    finally {
        progress.stop();
    }
    for (const [abs, findings] of walkFindings) {
        results.set(abs, { report: { path: display(abs), format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings }, claims: [] });
    }
    applyClaims(results);
    for (const root of roots) {
        const inRoot = [...results.values()].filter((r) => r.report.verdict !== undefined && isInside(root, external_node_path_default().resolve(options.cwd, r.report.path)));
        if (!inRoot.some((r) => !AUXILIARY.has(r.report.format) && !NOT_MODELS.has(r.report.format))) {
            const first = inRoot[0];
            const f = error('validate/no-model', `${display(root)} holds no model file`);
            if (first)
                first.report.findings.push(f);
            else
                results.set(root, { report: { path: display(root), format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings: [f] }, claims: [] });
        }
    }
    await applyManifests(options, walked, results, display);
    const artifacts = [...results.values()].map((r) => r.report);
    for (const a of artifacts)
        a.verdict = verdictOf(a.findings, options.settings.failOnWarning);
    return { verdict: artifacts.length > 0 && artifacts.every((a) => a.verdict === 'pass') ? 'pass' : 'fail', artifacts };
}
function verdictOf(findings, failOnWarning = false) {
    return findings.some((f) => f.severity === 'error' || (failOnWarning && f.severity === 'warning')) ? 'fail' : 'pass';
}
async function validateFile(file, display, settings, analyzers, lanes, onBytes) {
    const report = { path: display, format: 'unknown', size: 0, sha256: '', verdict: 'fail', findings: [] };
    const out = { report, claims: [] };
    /** Hashes and analyzes the bytes, then checks the file did not change meanwhile. */
    const check = async (source, before, statAgain) => {
        const hashing = sha256Of(source, undefined, onBytes);
        // Hashing streams once while the analyzer reads what it needs (headers of large files) in parallel.
        hashing.catch(() => undefined);
        const analysis = analyzeTop(source, file, settings, analyzers, external_node_path_default().dirname(file.absolute));
        const [digest, result] = await Promise.all([hashing, analysis]);
        out.digest = digest;
        report.sha256 = digest.sha256;
        report.format = result.format;
        report.findings.push(...result.findings);
        if (result.details)
            report.details = result.details;
        out.claims = result.claims ?? [];
        const after = await statAgain();
        if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || digest.size !== before.size) {
            report.findings.push(error('integrity/changed-during-validation', 'the file changed while it was validated: the hash and the analysis may not describe the same bytes'));
        }
    };
    const tooLarge = (size) => {
        if (size <= settings.limits.maxFileBytes)
            return false;
        report.findings.push(error('limits/file-size', `the file is ${size} bytes, over maxFileBytes (${settings.limits.maxFileBytes})`));
        return true;
    };
    // A small file is opened, read and closed with synchronous calls: each takes microseconds, where the
    // promise API costs tens of them on the main thread and a trip through the thread pool, which was most
    // of validating a repository of many small models.
    const small = openRegularSync(file.absolute);
    if (small.fd === undefined || !small.stats) {
        report.findings.push(small.problem);
        return out;
    }
    const { fd, stats } = small;
    report.size = stats.size;
    if (tooLarge(stats.size) || stats.size <= SYNC_READ_BYTES) {
        try {
            if (stats.size <= SYNC_READ_BYTES) {
                const data = readAllSync(fd, stats.size);
                await lanes.withSize(stats.size, () => check(bufferSource(display, data, file.absolute), stats, () => (0,external_node_fs_.fstatSync)(fd)));
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        return out;
    }
    (0,external_node_fs_.closeSync)(fd);
    const { handle, stats: before, problem } = await openRegular(file.absolute);
    if (!handle || !before) {
        report.findings.push(problem);
        return out;
    }
    try {
        report.size = before.size;
        if (tooLarge(before.size))
            return out;
        // Several small files validate at once; a large one waits to run alone (lanes.ts).
        await lanes.withSize(before.size, async () => {
            const source = before.size <= IN_MEMORY_BYTES ? bufferSource(display, await readAll(handle, before.size), file.absolute) : fileHandleSource(display, handle, before.size, file.absolute);
            await check(source, before, () => handle.stat());
        });
    }
    finally {
        await handle.close();
    }
    return out;
}
function readAllSync(fd, size) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
        const n = (0,external_node_fs_.readSync)(fd, buf, got, size - got, got);
        if (n === 0)
            break;
        got += n;
    }
    return got === size ? buf : buf.subarray(0, got);
}
async function readAll(handle, size) {
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
        const { bytesRead } = await handle.read(buf, got, size - got, got);
        if (bytesRead === 0)
            break;
        got += bytesRead;
    }
    return got === size ? buf : buf.subarray(0, got);
}
async function analyzeTop(source, file, settings, analyzers, root) {
    const result = await runAnalyzer(source, source.name, settings, analyzers, root, 0);
    const findings = result.findings;
    const base = external_node_path_default().basename(file.absolute);
    const inFolder = file.walkRoot !== undefined;
    // Not a model: fatal when the user pointed at this file, harmless beside a model in a folder.
    if (result.format === 'unknown') {
        findings.push(error('format/unknown', 'the content matches no supported model format: it cannot be checked, so it fails (fail-closed)'));
    }
    else if (!inFolder && (result.format === 'json' || result.format === 'text' || result.format === 'empty')) {
        findings.push(error('format/not-a-model', `a ${result.format === 'empty' ? 'n empty file' : `${result.format} file`}, not a model`));
    }
    else if (inFolder && (result.format === 'empty' || result.format === 'text' || result.format === 'json') && MODEL_FILE_NAME.test(base)) {
        // Beside a model, text is harmless; under a model's name it is what a loader will open (a pickle in
        // protocol 0 that our sniffer cannot place is text to us), so it cannot pass unchecked.
        findings.push(error('format/not-a-model', result.format === 'empty' ? 'an empty file under a model file name' : `named like a model (${external_node_path_default().extname(base)}) but the content is ${result.format}: it cannot be checked as a model, so it fails (fail-closed)`));
    }
    if (result.format === 'text' && /\.py$/i.test(base)) {
        findings.push(warning('format/python-code', 'Python code beside the model: loaders with trust_remote_code run it'));
    }
    const expected = expectedFormats(base);
    if (expected && !expected.includes(result.format) && !['unknown', 'git-lfs-pointer', 'html', 'empty'].includes(result.format)) {
        const claimed = expected[0];
        if (DATA_ONLY_FORMATS.has(claimed) && CODE_CAPABLE_FORMATS.has(result.format)) {
            findings.push(error('format/disguised', `named like ${claimed} (${external_node_path_default().extname(base)}) but the content is ${result.format}, a format that can run code: tools that trust extensions skip it`));
        }
        else {
            findings.push(warning('format/extension-mismatch', `named like ${expected.join(' or ')} (${external_node_path_default().extname(base)}) but the content is ${result.format}`));
        }
    }
    const declared = file.target?.format;
    if (declared && declared !== 'other' && !formatMatchesDeclared(declared, result.format)) {
        findings.push(error('format/declared-mismatch', `modelship.yml declares format ${declared} but the content is ${result.format}`));
    }
    if (file.target?.signature && result.details?.signature) {
        findings.push(...compareSignature(file.target.signature, result.details.signature));
    }
    return result;
}
function formatMatchesDeclared(declared, actual) {
    const map = {
        pytorch: ['pytorch-zip', 'pytorch-legacy', 'torchscript'],
        numpy: ['numpy', 'numpy-npz'],
        pickle: ['pickle', 'gzip', 'zlib', 'bzip2', 'xz'],
        joblib: ['joblib', 'pickle', 'gzip', 'zlib', 'bzip2', 'xz'],
        safetensors: ['safetensors', 'safetensors-index'],
    };
    return (map[declared] ?? [declared]).includes(actual);
}
/** Runs the detected analyzer under the time limit; a crash or a timeout is an error, never a pass. */
async function runAnalyzer(source, name, settings, analyzers, root, depth, hint) {
    const head = await source.read(0, HEAD_BYTES);
    const analyzer = detect(head, source.size, hint ?? name, analyzers);
    if (!analyzer)
        return { format: 'unknown', findings: [] };
    const controller = new AbortController();
    const ctx = {
        limits: settings.limits,
        pickle: settings.pickle,
        depth,
        root,
        signal: controller.signal,
        allowCustomOnnxDomains: settings.allowCustomOnnxDomains,
        analyzeNested: (nested, nestedHint, opts) => analyzeNested(nested, nestedHint, opts, settings, analyzers, root, depth + 1),
    };
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => {
            controller.abort(new Error('timeout'));
            resolve({ format: analyzer.format, findings: [error('limits/timeout', `analysis took longer than timeoutMs (${settings.limits.timeoutMs} ms): not fully checked, so it fails`)] });
        }, settings.limits.timeoutMs);
        timer.unref?.();
    });
    const work = analyzer
        .analyze(source, ctx)
        .then((r) => ({ format: analyzer.format, findings: r.findings, details: r.details, claims: r.claims }))
        .catch((err) => ({
        format: analyzer.format,
        findings: [error('validate/analyzer-error', `the ${analyzer.format} analyzer could not finish: ${err?.message ?? String(err)} (fail-closed)`)],
    }));
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function analyzeNested(source, hint, opts, settings, analyzers, root, depth) {
    if (depth > settings.limits.maxArchiveDepth) {
        return { format: 'unknown', findings: [error('limits/archive-depth', `nested deeper than maxArchiveDepth (${settings.limits.maxArchiveDepth}): not checked, so it fails`, { member: hint })] };
    }
    const result = await runAnalyzer(source, source.name, settings, analyzers, root, depth, hint);
    const findings = result.findings.map((f) => (result.format === 'html' && f.rule === 'format/html' ? { ...f, severity: 'warning' } : f));
    if (result.format === 'unknown') {
        findings.push(opts?.requireModel ? error('format/unknown', 'a member whose content matches no supported format (fail-closed)', { member: hint }) : note('format/unknown-member', 'raw data in no known format (not analyzed)', { member: hint }));
    }
    if (hint) {
        const expected = expectedFormats(hint);
        if (expected && !expected.includes(result.format) && DATA_ONLY_FORMATS.has(expected[0]) && CODE_CAPABLE_FORMATS.has(result.format)) {
            findings.push(error('format/disguised', `member named like ${expected[0]} holds ${result.format}, a format that can run code`, { member: hint }));
        }
    }
    return { format: result.format, findings };
}
/** Files an artifact vouched for (external data, variables) are data, not unknown files. */
function applyClaims(results) {
    const owners = new Map();
    for (const r of results.values())
        for (const c of r.claims)
            owners.set(c, r.report.path);
    for (const [abs, r] of results) {
        const owner = owners.get(abs);
        if (!owner || r.report.format !== 'unknown')
            continue;
        r.report.format = 'external-data';
        r.report.findings = r.report.findings.filter((f) => f.rule !== 'format/unknown');
        r.report.findings.push(note('format/external-data', `raw tensor data of ${owner} (its ranges were checked there)`));
    }
}

;// CONCATENATED MODULE: ./src/deploy/artifact-check.ts





/**
 * What a deploy ships is validated before any traffic moves, with the same engine and settings as
 * `modelship validate`: the format by content (and against `models.<name>.format`), safety (pickle and
 * archive scanning), and the signature the file declares against `models.<name>.signature`. Any error
 * (or warning with `validate.failOnWarning`) is a refusal, exit 2, naming each problem.
 */
async function checkArtifact(loaded, model, version, artifact, sha256) {
    const config = (0,core_config/* getModel */.E1)(loaded, model);
    const settings = resolveValidateSettings(loaded.config.validate);
    const report = await validateArtifacts({ paths: [artifact], cwd: loaded.root, settings, targets: new Map([[artifact, { format: config.format, signature: config.signature }]]) });
    const shown = displayPath(loaded.root, artifact);
    const main = report.artifacts.find((a) => external_node_path_default().resolve(loaded.root, a.path) === artifact) ?? report.artifacts[0];
    if (report.verdict !== 'pass' || main === undefined) {
        const problems = report.artifacts.flatMap((a) => a.findings.filter((f) => f.severity === 'error' || (settings.failOnWarning && f.severity === 'warning')).map((f) => `${f.rule}: ${f.message}`));
        const listed = problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
        throw new errors/* ModelshipError */.W7(`refusing to deploy ${model} ${version}: ${shown} does not pass validation: ${listed || 'rejected'}`, {
            hint: `nothing was changed. See the full report: modelship validate ${shown}`,
        });
    }
    if (main.sha256 !== sha256) {
        throw new errors/* ModelshipError */.W7(`refusing to deploy ${model} ${version}: ${shown} changed while it was checked (sha256 ${main.sha256.slice(0, 12)}, expected ${sha256.slice(0, 12)})`, { hint: 'nothing was changed; deploy again once the file is stable' });
    }
    return { format: main.format };
}
function displayPath(root, file) {
    const rel = external_node_path_default().relative(root, file);
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? file : rel.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./src/deploy/atomic.ts
var atomic = __webpack_require__(1106);
// EXTERNAL MODULE: ./src/deploy/config.ts
var config = __webpack_require__(9621);
;// CONCATENATED MODULE: ./src/deploy/strategies/strategy.ts
/** Thrown to stop a rollout on purpose (analysis failed, A/B lost); the engine reverts and says why. */
class RolloutAborted extends Error {
    details;
    constructor(message, details) {
        super(message);
        this.details = details;
        this.name = 'RolloutAborted';
    }
}
function split(stable, candidate, weight) {
    if (stable === null || stable === candidate || weight >= 100)
        return { [candidate]: 100 };
    if (weight <= 0)
        return { [stable]: 100 };
    return { [stable]: 100 - weight, [candidate]: weight };
}
/** Shared opening of every strategy: install beside, check it. */
async function prepareAndVerify(ctx) {
    await ctx.step('prepare', () => ctx.provider.prepare(ctx.providerContext, ctx.target));
    await ctx.step('verify', () => ctx.provider.verify(ctx.providerContext, ctx.target));
}
/** Shared close: all traffic to the candidate, previous kept for instant rollback. */
async function promoteFully(ctx, strategy) {
    const { version } = ctx.target;
    const previous = ctx.base.stable === version ? ctx.base.previous : ctx.base.stable;
    const traffic = { stable: version, candidate: null, previous, weights: { [version]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy };
    await ctx.step('finalize', () => ctx.provider.finalize(ctx.providerContext, traffic, ctx.target), traffic.weights);
    return traffic;
}
/**
 * What a strategy does with an analysis run: go on, abort (failed, or its source down beyond the error
 * budget), or, when inconclusive, wait for a person (or abort where no one can be asked).
 */
async function actOnAnalysis(ctx, result, where) {
    if (!result || result.action === 'continue')
        return;
    const reasons = result.reasons.join('; ');
    if (result.action === 'abort') {
        throw new RolloutAborted(`analysis ${result.runPhase === 'error' ? 'could not measure' : 'failed'} ${where}: ${reasons}`);
    }
    if (ctx.waitForPerson)
        return ctx.waitForPerson(`analysis inconclusive ${where}: ${reasons}`);
    throw new RolloutAborted(`analysis inconclusive ${where}: ${reasons} (nobody can be asked to promote here, so the rollout is not promoted)`);
}

;// CONCATENATED MODULE: ./src/deploy/control.ts

class RolloutControl {
    options;
    applied = new Set();
    pausedBy = null;
    promoteBy = null;
    fullBy = null;
    pollMs;
    heartbeatMs;
    constructor(options) {
        this.options = options;
        this.pollMs = Math.max(1, options.pollMs ?? options.store.pollMs);
        // Several heartbeats per deadline, so one slow write never makes a live rollout look dead.
        this.heartbeatMs = Math.max(this.pollMs, Math.min(options.deadlineMs / 4, 60_000));
    }
    /** Who asked for promote-full, once asked: the strategy skips what is left. */
    get promotedFullyBy() {
        return this.fullBy;
    }
    /** Reads and applies new requests; an abort (or a signal) throws RolloutAborted. */
    async poll() {
        this.throwIfSignalled();
        const requests = await this.options.store.requests(this.options.record);
        for (const r of requests) {
            if (this.applied.has(r.id))
                continue;
            this.applied.add(r.id);
            await this.options.journal({ name: `request ${r.action}`, status: 'ok', detail: `by ${r.actor} at ${r.at}`, at: new Date().toISOString() });
            if (r.action === 'abort')
                throw new RolloutAborted(`aborted by ${r.actor} (modelship rollout abort)`);
            if (r.action === 'pause')
                this.pausedBy = r.actor;
            else if (r.action === 'resume')
                this.pausedBy = null;
            else if (r.action === 'promote') {
                this.pausedBy = null;
                this.promoteBy = r.actor;
            }
            else if (r.action === 'promote-full') {
                this.pausedBy = null;
                this.fullBy = r.actor;
            }
        }
    }
    /** Between steps: applies requests, and holds here while a `pause` request stands. */
    async checkpoint(step) {
        await this.poll();
        if (this.pausedBy !== null)
            await step(`pause (requested by ${this.pausedBy})`, () => this.wait(0));
    }
    /**
     * Waits `ms` (null: until promoted), reading requests every pollMs (the caller heartbeats). A standing pause
     * request holds it past its end; promote ends it; promote-full ends it and every later one. The injected
     * `sleep` (when given) is the pause itself, called once with `ms`, as before control existed.
     */
    async wait(ms) {
        const started = Date.now();
        let timerDone = ms === null ? false : ms <= 0;
        let cancel = () => { };
        const timed = ms === null || ms <= 0
            ? new Promise(() => { })
            : this.options.sleep
                ? this.options.sleep(ms)
                : new Promise((resolve) => {
                    const t = setTimeout(resolve, ms);
                    cancel = () => clearTimeout(t);
                });
        void timed.then(() => (timerDone = true));
        const since = () => `${Math.round((Date.now() - started) / 1000)}s`;
        try {
            for (;;) {
                await this.poll();
                if (this.fullBy !== null)
                    return `ended by promote-full (${this.fullBy})`;
                if (this.promoteBy !== null) {
                    const by = this.promoteBy;
                    this.promoteBy = null;
                    return `ended by promote (${by}) after ${since()}`;
                }
                if (timerDone && this.pausedBy === null)
                    return ms === 0 ? `held ${since()}` : `waited ${since()}`;
                await this.sleepOrWake(timed);
            }
        }
        finally {
            cancel();
        }
    }
    /** Runs `work` while writing a heartbeat every heartbeatMs (a failed heartbeat is retried at the next). */
    async heartbeating(note, work) {
        const timer = setInterval(() => void this.options.store.heartbeat(this.options.record, note).catch(() => { }), this.heartbeatMs);
        try {
            return await work();
        }
        finally {
            clearInterval(timer);
        }
    }
    /** Until the next poll, the pause's end, or the signal. */
    async sleepOrWake(timed) {
        let timer;
        let onAbort;
        const signal = this.options.signal;
        await Promise.race([
            timed,
            new Promise((resolve) => {
                timer = setTimeout(resolve, this.pollMs);
                onAbort = resolve;
                signal?.addEventListener('abort', onAbort, { once: true });
            }),
        ]);
        clearTimeout(timer);
        if (onAbort)
            signal?.removeEventListener('abort', onAbort);
        this.throwIfSignalled();
    }
    throwIfSignalled() {
        const signal = this.options.signal;
        if (signal?.aborted)
            throw new RolloutAborted(`interrupted by ${String(signal.reason ?? 'a signal')}`);
    }
}

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
        if (await local_exists(dir)) {
            const installed = await (0,atomic/* sha256File */.Q3)(external_node_path_default().join(dir, name)).catch(() => undefined);
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
            const copied = await (0,atomic/* sha256File */.Q3)(external_node_path_default().join(temp, name));
            if (copied !== target.sha256)
                throw new errors/* ModelshipError */.W7(`the copy of ${target.artifact} has sha256 ${local_short(copied)}, expected ${local_short(target.sha256)}: the artifact changed during the deploy`);
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
            return (await local_exists(dir)) ? { sha256: 'unreadable', artifact: dir } : undefined;
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
            if (!(await local_exists(this.versionDir(model, version))))
                throw new errors/* ModelshipError */.W7(`cannot route to ${model} ${version}: ${this.versionDir(model, version)} does not exist`);
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
        throw new errors/* ModelshipError */.W7(`${what} "${name}" cannot name a folder: use letters, digits, . _ + - (max 128)`);
    return name;
}
async function local_exists(p) {
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
        this.timeoutMs = (0,core_duration/* parseDuration */.E)(spec.timeout ?? '5m', 'provider.timeout');
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
function edge_manifest_parseManifest(payload) {
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
        if ((await (0,atomic/* sha256File */.Q3)(target).catch(() => undefined)) !== sha256) {
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            const temp = `${target}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
            try {
                await (0,promises_.copyFile)(file, temp);
                const copied = await (0,atomic/* sha256File */.Q3)(temp);
                if (copied !== sha256)
                    throw new errors/* ModelshipError */.W7(`the copy of ${file} has sha256 ${copied.slice(0, 12)}, expected ${sha256.slice(0, 12)}: the artifact changed during the deploy`);
                await (0,atomic/* writeFileAtomic */.Zf)(target, await (0,promises_.readFile)(temp));
            }
            finally {
                await (0,promises_.rm)(temp, { force: true });
            }
        }
        const size = (await (0,promises_.readFile)(target)).length;
        const entry = { version, url: baseUrl ? `${baseUrl.replace(/\/+$/, '')}/${model}/${relative}` : relative, sha256, size, format };
        await (0,atomic/* writeFileAtomic */.Zf)(external_node_path_default().join(this.modelDir(model), 'versions.json'), `${JSON.stringify({ ...versions, [version]: entry }, null, 2)}\n`);
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
        return edge_manifest_parseManifest(verifyEnvelope(JSON.parse(text), publicKey));
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
        await (0,atomic/* writeFileAtomic */.Zf)(external_node_path_default().join(this.modelDir(model), 'manifests', `${next.sequence}.json`), text);
        await (0,atomic/* writeFileAtomic */.Zf)(this.manifestFile(model), text);
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
        const actual = await (0,atomic/* sha256File */.Q3)(file).catch(() => undefined);
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





const kubernetes_ANNOTATION = {
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
    const annotations = { [kubernetes_ANNOTATION.version]: target.version, [kubernetes_ANNOTATION.sha256]: target.sha256, ...(digest ? { [kubernetes_ANNOTATION.digest]: digest } : {}) };
    if (previous) {
        annotations[kubernetes_ANNOTATION.previousVersion] = previous.version;
        if (previous.revision)
            annotations[kubernetes_ANNOTATION.previousRevision] = previous.revision;
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
        if (live.annotations[kubernetes_ANNOTATION.version] === target.version && live.latestReadyRevision === rolledOut && live.canaryTrafficPercent === undefined)
            return `${target.version} is already applied (revision ${rolledOut})`;
        // After a pinned rollback the spec names the rolled-back version at 0 %: what serves is the revision it pinned.
        const pinnedBack = live.canaryTrafficPercent === 0 && live.annotations[kubernetes_ANNOTATION.previousRevision] === rolledOut ? live.annotations[kubernetes_ANNOTATION.previousVersion] : undefined;
        const previous = { version: pinnedBack ?? live.annotations[kubernetes_ANNOTATION.version] ?? 'unknown', revision: rolledOut };
        await this.apply(renderInferenceService(this.spec, target, 0, previous));
        return `applied ${target.version} beside revision ${rolledOut} (${previous.version}) with canaryTrafficPercent 0 (storageUri ${this.storageUri(target)})`;
    }
    async verify(_ctx, target) {
        const s = await this.waitFor(target, `revision of ${target.version} ready`, (st) => st.latestCreatedRevision !== undefined && st.latestReadyRevision === st.latestCreatedRevision && isReady(st));
        return `revision ${s.latestReadyRevision} of ${target.version} is ready (sha256 ${s.annotations[kubernetes_ANNOTATION.sha256]?.slice(0, 12)}); traffic: ${describeSplit(s)}`;
    }
    async shiftTraffic(_ctx, traffic, target) {
        const percent = traffic.weights[target.version] ?? 0;
        if (percent === 0)
            return 'no traffic for the candidate: nothing to apply';
        if (percent >= 100)
            return this.rollOut(target, 'rolled out', true);
        const live = await this.read(target.model);
        const previous = live ? { version: live.annotations[kubernetes_ANNOTATION.previousVersion] ?? traffic.stable ?? 'unknown', revision: live.annotations[kubernetes_ANNOTATION.previousRevision] } : undefined;
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
        if (live === undefined || live.annotations[kubernetes_ANNOTATION.version] === good.version)
            return this.rollOut(good, 'restored');
        const pinned = live.annotations[kubernetes_ANNOTATION.previousVersion] === good.version ? live.annotations[kubernetes_ANNOTATION.previousRevision] : undefined;
        const stillThere = pinned !== undefined && (pinned === live.latestRolledoutRevision || pinned === live.previousRolledoutRevision) && /^[0-9a-f]{64}$/.test(live.annotations[kubernetes_ANNOTATION.sha256] ?? '');
        if (!stillThere)
            return `revision of ${good.version} gone: ${await this.rollOut(good, 're-applied')}`;
        // KServe's rollback: canaryTrafficPercent 0 on the spec in place (no new revision) routes everything to the rolled-out revision.
        const candidate = { model: ctx.model, version: live.annotations[kubernetes_ANNOTATION.version], sha256: live.annotations[kubernetes_ANNOTATION.sha256], format: good.format };
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
        const version = live?.annotations[kubernetes_ANNOTATION.version];
        if (live === undefined || version === undefined)
            return undefined;
        const base = { candidate: null, previous: null, headerRoutes: [], sticky: null, shadow: null, strategy: 'canary' };
        if (live.latestRolledoutRevision === undefined)
            return { ...base, stable: null, weights: {} };
        const previous = live.annotations[kubernetes_ANNOTATION.previousVersion];
        const percent = live.canaryTrafficPercent;
        const pinnedRevision = live.annotations[kubernetes_ANNOTATION.previousRevision];
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
        const previous = live?.annotations[kubernetes_ANNOTATION.version] === target.version && live.annotations[kubernetes_ANNOTATION.previousVersion] ? { version: live.annotations[kubernetes_ANNOTATION.previousVersion], revision: live.annotations[kubernetes_ANNOTATION.previousRevision] } : undefined;
        await this.apply(renderInferenceService(this.spec, target, undefined, previous));
        const s = await this.waitFor(target, `100% on ${target.version}`, (st) => st.latestReadyRevision === st.latestCreatedRevision && percentsOf(st)[st.latestReadyRevision] === 100 && st.latestRolledoutRevision === st.latestReadyRevision && isReady(st));
        return `${verb} ${target.version} as revision ${s.latestRolledoutRevision}${s.previousRolledoutRevision ? ` (previous rolled-out ${s.previousRolledoutRevision})` : ''}; traffic ${describeSplit(s)}${s.url ? `; ${s.url}` : ''}`;
    }
    /**
     * Reads the status until `done` holds for the current generation of `target`'s spec. A revision KServe
     * reports failed stops the wait at once (when `failFast`); a timeout names the conditions' reasons.
     */
    async waitFor(target, what, done, failFast = true) {
        const timeout = (0,core_duration/* parseDuration */.E)(this.spec.readyTimeout ?? '5m', 'provider.readyTimeout');
        const every = (0,core_duration/* parseDuration */.E)(this.spec.pollInterval ?? '2s', 'provider.pollInterval');
        const deadline = Date.now() + timeout;
        const name = this.name(target);
        for (;;) {
            const s = await this.read(target.model);
            if (s === undefined)
                throw new errors/* ModelshipError */.W7(`InferenceService ${name} is gone while waiting for ${what}`);
            const current = s.observedGeneration >= s.generation && s.annotations[kubernetes_ANNOTATION.version] === target.version;
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
        this.timeoutMs = (0,core_duration/* parseDuration */.E)(spec.timeout ?? '30s', 'provider.timeout');
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

// EXTERNAL MODULE: ./src/deploy/state/lock-file.ts
var lock_file = __webpack_require__(6745);
// EXTERNAL MODULE: ./src/deploy/state/local.ts
var local = __webpack_require__(7314);
;// CONCATENATED MODULE: ./src/deploy/state/select.ts

/** The store given by the caller (GitHub Deployments in actions), else the environment's local state file. */
function storeFor(loaded, env, options) {
    return options.store ?? new local/* LocalDeploymentStore */.oF(loaded.resolvePath(env.stateDir, ['environments', env.name, 'stateDir']));
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
    return held !== undefined && held.pid > 0 && held.host === external_node_os_default().hostname() && !lock_file/* LockFile */.g.isStale(held);
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
        const why = request.reason ?? `progress deadline ${(0,core_duration/* formatDuration */.a)((0,config.progressDeadlineMs)(env))} exceeded: no progress since ${new Date(lastProgressMs(found)).toISOString()} (last step "${found.steps.at(-1)?.name ?? 'start'}")`;
        const user = request.actor ?? (0,local/* osUser */.kR)();
        const owner = (0,local/* defaultOwner */.XB)(user);
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

;// CONCATENATED MODULE: ./src/deploy/strategies/canary.ts


const DEFAULT_CANARY_STEPS = [{ weight: 10, pause: '1m' }, { weight: 50, pause: '1m' }, { weight: 100 }];
/**
 * Weighted steps with pauses; after each pause an analysis run judges the canary at that weight (Argo
 * Rollouts semantics, src/deploy/analysis-run.ts: `count` measurements `interval` apart, `failureLimit`,
 * `inconclusiveLimit`, `consecutiveErrorLimit`, the sequential test). Failed or error aborts; inconclusive
 * waits for a person where one can be asked, else aborts: a canary nobody can judge is not promoted. An
 * abort throws; the engine reverts to the last good traffic, so weights return to {stable: 100}.
 * Before each step, requests from `modelship rollout` are applied (pause holds, abort throws, promote-full
 * skips to 100%); a step's pause is steerable (promote ends it, `pause: {}` waits for promote).
 */
const canaryStrategy = {
    type: 'canary',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const steps = ctx.spec.steps?.length ? ctx.spec.steps : DEFAULT_CANARY_STEPS;
        for (const [i, s] of steps.entries()) {
            await ctx.checkpoint();
            const fullBy = ctx.promotedFullyBy();
            if (fullBy !== null) {
                await ctx.skip(`steps ${i + 1}-${steps.length}`, `promote-full by ${fullBy}: remaining steps, pauses and analysis skipped`);
                break;
            }
            const weights = split(ctx.base.stable, ctx.target.version, s.weight);
            // Nothing live yet (first deploy): the candidate takes all traffic from the first step, so it is the
            // stable version of the routing (a routing with weights but no stable is refused by `modelship serve`).
            const whole = s.weight >= 100 || ctx.base.stable === null;
            const traffic = { ...ctx.base, candidate: whole ? null : ctx.target.version, stable: whole ? ctx.target.version : ctx.base.stable, previous: s.weight >= 100 ? ctx.base.stable : ctx.base.previous, weights, headerRoutes: [], ...(ctx.spec.sticky && !whole ? { sticky: { header: ctx.spec.sticky.header } } : {}), shadow: null, strategy: 'canary' };
            await ctx.step(`set-weight ${s.weight}%`, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
            const pause = (0,config.pauseMsOf)(s.pause, `strategy.steps[${i}].pause`);
            if (pause === null)
                await ctx.pause('pause (until promoted)', null);
            else if (pause !== undefined && pause > 0)
                await ctx.pause(`pause ${typeof s.pause === 'object' ? s.pause.duration : s.pause}`, pause);
            const fullAfterPause = ctx.promotedFullyBy();
            if (fullAfterPause !== null) {
                await ctx.skip(`analysis ${i + 1}`, `promote-full by ${fullAfterPause}`);
                continue;
            }
            await actOnAnalysis(ctx, await ctx.analyze(i + 1, s.weight), `at step ${i + 1} (${s.weight}%)`);
        }
        return { live: true, traffic: await promoteFully(ctx, 'canary') };
    },
};

;// CONCATENATED MODULE: ./src/deploy/rollout-status.ts


/** A step that waits: a pause (of a step, or by request) or an observation. Started and not ended = Paused. */
const WAITING = /^(pause|observe)\b/;
/**
 * A rollout's state as Argo Rollouts names it (its four phases; "aborted" is Degraded), read from the
 * newest deployment record of the model in the environment:
 *
 * - Progressing: in progress and moving; Paused: in progress and waiting (a pause step, a pause request);
 * - Degraded: the newest rollout failed or was aborted, so the version wanted is not the one live (retry
 *   re-runs it), or an interrupted one is past its progress deadline;
 * - Healthy: the newest rollout finished (or nothing was ever deployed).
 */
function rolloutView(history, env, now = Date.now()) {
    const newest = history[0];
    const stepCount = env.strategy.type === 'canary' ? (env.strategy.steps?.length ? env.strategy.steps.length : DEFAULT_CANARY_STEPS.length) : null;
    if (newest === undefined)
        return { phase: 'Healthy', version: null, deploymentId: null, step: null, stepNumber: null, stepCount, weight: null, analysis: null, message: `nothing deployed to ${env.name} yet`, deadline: null };
    const steps = newest.steps;
    const weightSteps = steps.filter((s) => /^set-weight \d+%/.test(s.name) || s.name === 'switch' || s.name === 'finalize');
    const lastWeight = weightSteps.at(-1);
    const weight = lastWeight ? (lastWeight.weights?.[newest.payload.version] ?? (lastWeight.name.startsWith('set-weight') ? Number(/(\d+)%/.exec(lastWeight.name)[1]) : 100)) : null;
    const stepNumber = new Set(steps.filter((s) => s.name.startsWith('set-weight')).map((s) => s.name)).size || null;
    const analysisStep = [...steps].reverse().find((s) => s.name.startsWith('analysis') && s.status !== 'started');
    const analysis = analysisStep ? { name: analysisStep.name, status: analysisStep.status, detail: analysisStep.detail } : null;
    const base = { version: newest.payload.version, deploymentId: newest.id, stepNumber, stepCount, weight, analysis };
    if (newest.status === 'in_progress') {
        const last = steps.at(-1);
        const deadline = new Date(deadlineOf(newest, env)).toISOString();
        if (now > Date.parse(deadline)) {
            return { ...base, phase: 'Degraded', step: last?.name ?? null, deadline, message: `no progress since ${new Date(lastProgressMs(newest)).toISOString()}: past its progress deadline (${deadline}); the next modelship command here reverts it` };
        }
        if (last && last.status === 'started' && WAITING.test(last.name)) {
            const until = last.name.includes('until promoted') ? `modelship rollout promote ${env.name} goes on` : last.name.includes('requested') ? `modelship rollout resume ${env.name} goes on` : 'it goes on when the pause ends, or on modelship rollout promote';
            return { ...base, phase: 'Paused', step: last.name, deadline, message: `${newest.payload.version} paused at "${last.name}": ${until}` };
        }
        return { ...base, phase: 'Progressing', step: last?.name ?? null, deadline, message: `${newest.payload.version} rolling out${last ? `: ${last.name}` : ''}` };
    }
    const last = steps.at(-1);
    if (newest.status === 'failure') {
        return { ...base, phase: 'Degraded', step: last?.name ?? null, deadline: null, message: `${newest.description ?? `${newest.payload.version} failed`} — re-run it: modelship rollout retry ${env.name}` };
    }
    return { ...base, phase: 'Healthy', step: last?.name ?? null, deadline: null, message: newest.description ?? `${newest.payload.version} live` };
}

;// CONCATENATED MODULE: ./src/deploy/live-baseline.ts




/**
 * The gate's LiveBaselineProvider over the deployment state: the metrics file recorded in the payload of
 * the deployment live in the environment. Nothing live, or a payload without metrics, is "no baseline"
 * (the gate's onMissingBaseline policy decides).
 */
function liveBaselinesFromState(loaded, options = {}) {
    return {
        async metricsForLiveVersion(environment, model) {
            const env = (0,config.environmentOf)(loaded, environment);
            const live = await storeFor(loaded, env, options).current(env.name, model);
            const file = live?.payload.metrics;
            if (!file)
                return undefined;
            // Recorded paths are absolute; they are read as they are, inside the project or not (the state is trusted output of modelship).
            return (0,metrics/* createMetricSource */.QB)(file, { root: loaded.root, resolvePath: (p) => external_node_path_default().resolve(loaded.root, p) }).read();
        },
    };
}

// EXTERNAL MODULE: ./src/version/version-metrics.ts
var version_metrics = __webpack_require__(3388);
;// CONCATENATED MODULE: ./src/deploy/version-metrics.ts

/**
 * The deploy side of version-bound metrics (src/version/version-metrics.ts): what a deployment records
 * about its version's metrics, and the binding its gates and canary analysis read the candidate through.
 */
/** Whether a rollout to `env` judges the candidate's metrics (gates before it, analysis during it). */
function judgesMetrics(env) {
    const { analysis, prePromotionAnalysis, postPromotionAnalysis, winnerGate } = env.strategy;
    // An analysis judged by the sequential test alone reads live counts only, no metrics of the version.
    return env.gates.length > 0 || [analysis, prePromotionAnalysis, postPromotionAnalysis].some((a) => a?.gate !== undefined) || winnerGate !== undefined;
}
/**
 * The record for the payload of a deployment of `version`. `recorded` is what the previous environment's
 * deployment recorded (on promotion). When the metrics cannot be found and this environment judges none,
 * the deployment records nothing rather than being refused: the next environment that judges them refuses.
 */
async function recordVersionMetrics(loaded, env, model, version, options) {
    try {
        return await (await version_metrics/* VersionMetrics */.cH.bind(loaded, model, version, options)).record();
    }
    catch (err) {
        if (judgesMetrics(env))
            throw err;
        return undefined;
    }
}
/** The candidate binding for the gates of a rollout of `version`, from the record made for it. */
async function candidateMetrics(loaded, env, model, version, recorded) {
    if (!judgesMetrics(env))
        return undefined;
    return version_metrics/* VersionMetrics */.cH.bind(loaded, model, version, { recorded, firstDeploy: false });
}

;// CONCATENATED MODULE: ./src/deploy/strategies/ab.ts


/**
 * A/B: split traffic by weight (default 50) and/or route a header value to the candidate, observe for
 * `duration`, then let the winner gate decide (its checks carry the statistical test, e.g. a paired
 * bootstrap or Mann-Whitney over the arms). The candidate becomes stable only if it wins; otherwise the
 * rollout aborts and the engine restores the previous traffic. Onto an empty environment there is nothing to
 * compare: the candidate takes all traffic at once, without waiting out `duration` (the winner gate still runs).
 */
const abStrategy = {
    type: 'ab',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const weight = ctx.spec.weight ?? (ctx.spec.header ? 0 : 50);
        const weights = split(ctx.base.stable, ctx.target.version, weight);
        const headerRoutes = ctx.spec.header ? [headerRoute(ctx.spec.header, ctx.target.version)] : [];
        // Nothing live yet: there is no B to compare with, the candidate takes all traffic and is the stable
        // version of the routing (a routing with weights but no stable is refused by `modelship serve`).
        const alone = ctx.base.stable === null;
        const sticky = ctx.spec.sticky ? { sticky: { header: ctx.spec.sticky.header } } : {};
        const traffic = alone
            ? { ...ctx.base, stable: ctx.target.version, candidate: null, weights, headerRoutes: [], shadow: null, strategy: 'ab' }
            : { ...ctx.base, candidate: ctx.target.version, weights, headerRoutes, ...sticky, shadow: null, strategy: 'ab' };
        const route = headerRoutes.length ? ` + ${headerRoutes[0].cookie !== undefined ? `cookie ${headerRoutes[0].cookie}` : `header ${headerRoutes[0].header}`}` : '';
        const name = alone ? 'route 100% (nothing live to compare with)' : `split ${weight}%${route}${ctx.spec.sticky ? `, sticky by ${ctx.spec.sticky.header}` : ''}`;
        await ctx.step(name, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
        const duration = ctx.spec.duration === undefined ? 0 : (0,core_duration/* parseDuration */.E)(ctx.spec.duration, 'strategy.duration');
        // With nothing live there is no arm to compare with: waiting out the duration would measure nothing.
        if (duration > 0 && alone)
            await ctx.skip(`observe ${ctx.spec.duration}`, `nothing live in ${ctx.providerContext.environment} to compare ${ctx.target.version} with: no A/B observation, it takes all traffic at once`);
        else if (duration > 0)
            await ctx.step(`observe ${ctx.spec.duration}`, async () => (await ctx.sleep(duration), 'observed'), undefined, true);
        const result = await ctx.analyze(1, weight);
        if (result && result.phase !== 'successful')
            throw new RolloutAborted(`A/B: the candidate did not win (${result.phase}): ${result.reasons.join('; ')}`);
        return { live: true, traffic: await promoteFully(ctx, 'ab') };
    },
};
/** The configured route as the provider writes it (routing.json `headerRoutes`). */
function headerRoute(h, version) {
    const match = h.match === 'regex' ? { match: 'regex' } : {};
    return h.cookie !== undefined ? { header: 'cookie', cookie: h.cookie, value: h.value, version, ...match } : { header: h.name ?? '', value: h.value, version, ...match };
}

;// CONCATENATED MODULE: ./src/deploy/strategies/bandit.ts




/**
 * Bandit: the live version, the new one (and any `bandit.arms` already installed) share traffic, and
 * `modelship serve` re-allocates it from the rewards of joined feedback (src/serve/bandit.ts), writing the
 * experiment's state to bandit.json. Every `interval` the rollout reads that state and journals the
 * allocation when it moved; once an arm's probability of being best reaches `bound` after `minRewards`
 * rewards it decides: the new version wins -> it takes all traffic; another arm wins -> the rollout aborts
 * and the engine restores the previous traffic. `modelship rollout promote` (or `/promote`) ends the
 * experiment with the new version; past `duration` undecided, a person is asked (or it aborts).
 */
const banditStrategy = {
    type: 'bandit',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const { version } = ctx.target;
        const stable = ctx.base.stable;
        if (stable === null || stable === version) {
            await ctx.skip('bandit', `nothing else live in ${ctx.providerContext.environment} to compare ${version} with: it takes all traffic at once`);
            return { live: true, traffic: await promoteFully(ctx, 'bandit') };
        }
        const b = ctx.spec.bandit ?? {};
        const arms = [...new Set([stable, ...(b.arms ?? []), version])];
        for (const arm of b.arms ?? []) {
            if (arm === stable || arm === version || ctx.dryRun)
                continue;
            if (!(await ctx.provider.installed?.(ctx.providerContext, arm))) {
                throw new errors/* ModelshipError */.W7(`bandit arm ${arm} is not installed in ${ctx.providerContext.environment}`, { hint: `deploy ${arm} there first, or remove it from strategy.bandit.arms` });
            }
        }
        const bandit = {
            id: `${version}@${new Date().toISOString()}`,
            arms,
            algorithm: b.algorithm ?? config.BANDIT_DEFAULTS.algorithm,
            reward: b.reward ?? config.BANDIT_DEFAULTS.reward,
            floor: b.floor ?? config.BANDIT_DEFAULTS.floor,
            epsilon: b.epsilon ?? config.BANDIT_DEFAULTS.epsilon,
            bound: b.bound ?? config.BANDIT_DEFAULTS.bound,
            minRewards: b.minRewards ?? config.BANDIT_DEFAULTS.minRewards,
        };
        const weights = equalWeights(arms);
        const sticky = ctx.spec.sticky ? { header: ctx.spec.sticky.header } : null;
        const traffic = { ...ctx.base, candidate: version, weights, headerRoutes: [], sticky, shadow: null, strategy: 'bandit', bandit };
        await ctx.step(`bandit ${arms.join(' vs ')} (${bandit.algorithm}, ${bandit.reward} rewards, floor ${bandit.floor})`, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
        const interval = (0,core_duration/* parseDuration */.E)(b.interval ?? config.BANDIT_DEFAULTS.interval, 'strategy.bandit.interval');
        const limit = ctx.spec.duration === undefined ? Infinity : (0,core_duration/* parseDuration */.E)(ctx.spec.duration, 'strategy.duration');
        if (ctx.dryRun) {
            await ctx.step('learn', async () => `would read the experiment every ${b.interval ?? config.BANDIT_DEFAULTS.interval} until an arm's probability of being best reaches ${bandit.bound} after ${bandit.minRewards} rewards`);
            return { live: true, traffic: await promoteFully(ctx, 'bandit') };
        }
        let waited = 0;
        let journaled = '';
        let state;
        const read = async () => {
            const s = await ctx.provider.experiment?.(ctx.providerContext);
            // Another experiment's file (an earlier rollout) says nothing of this one.
            return s && s.id === bandit.id ? s : undefined;
        };
        const report = (decidedBy) => {
            const { id, algorithm, reward } = bandit;
            const flat = (x) => Object.fromEntries(arms.map((a) => [a, x]));
            const s = state;
            return s
                ? { id, arms, algorithm, reward, allocation: s.allocation, probabilityBest: s.probabilityBest, means: s.means, rewards: s.rewards, regret: s.regret, winner: s.winner, decidedBy }
                : { id, arms, algorithm, reward, allocation: Object.fromEntries(arms.map((a) => [a, weights[a] / 100])), probabilityBest: flat(1 / arms.length), means: flat(0), rewards: 0, regret: 0, winner: null, decidedBy };
        };
        const promote = async (decidedBy) => ({ live: true, traffic: await promoteFully(ctx, 'bandit'), details: { bandit: report(decidedBy) } });
        for (;;) {
            await ctx.checkpoint();
            if (ctx.promotedFullyBy())
                return promote('promote-full');
            state = await read();
            if (state) {
                const shares = Object.fromEntries(arms.map((a) => [a, Math.round(state.allocation[a] * 1000) / 10]));
                const summary = arms.map((a) => `${a} ${shares[a]}%`).join(' · ');
                if (summary !== journaled || state.winner) {
                    journaled = summary;
                    await ctx.step(`allocation after ${state.rewards} rewards`, async () => `${summary}; P(best) ${arms.map((a) => `${a} ${state.probabilityBest[a].toFixed(3)}`).join(' · ')}; estimated regret ${state.regret.toFixed(2)}`, shares);
                }
                if (state.winner) {
                    const p = state.probabilityBest[state.winner].toFixed(3);
                    if (state.winner === version) {
                        await ctx.step('decide', async () => `${version} is best with probability ${p} after ${state.rewards} rewards (bound ${bandit.bound})`);
                        return promote('bound');
                    }
                    throw new RolloutAborted(`bandit: ${state.winner} is best with probability ${p} after ${state.rewards} rewards, not ${version}${state.winner === stable ? '' : ` (deploy ${state.winner} to make it live)`}`, { bandit: report('bound') });
                }
            }
            if (waited >= limit) {
                const why = `bandit undecided after ${ctx.spec.duration}: ${state ? `${state.rewards} rewards, best P(best) ${Math.max(...Object.values(state.probabilityBest)).toFixed(3)} (bound ${bandit.bound}, minRewards ${bandit.minRewards})` : 'no reward joined yet (is modelship serve running with feedback posted?)'}`;
                if (!ctx.waitForPerson)
                    throw new RolloutAborted(`${why} (nobody can be asked to promote here, so it is not promoted)`, { bandit: report('undecided') });
                try {
                    await ctx.waitForPerson(why);
                }
                catch (err) {
                    if (err instanceof RolloutAborted)
                        throw new RolloutAborted(err.message, { bandit: report('undecided') });
                    throw err;
                }
                return promote('promote');
            }
            const wait = Math.min(interval, limit - waited);
            const detail = await ctx.pause(`observe ${formatMs(wait)}`, wait);
            waited += wait;
            if (detail.startsWith('ended by promote-full'))
                return promote('promote-full');
            if (detail.startsWith('ended by promote'))
                return promote('promote');
        }
    },
};
/** Integer weights summing to 100, as equal as they can be (the remainder to the first arms). */
function equalWeights(arms) {
    const base = Math.floor(100 / arms.length);
    let rest = 100 - base * arms.length;
    return Object.fromEntries(arms.map((a) => [a, base + (rest-- > 0 ? 1 : 0)]));
}
function formatMs(ms) {
    return ms % 60_000 === 0 ? `${ms / 60_000}m` : ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

;// CONCATENATED MODULE: ./src/deploy/strategies/blue-green.ts

/**
 * Deploy the new version beside the old (green beside blue), verify it with no traffic, judge the preview
 * (`prePromotionAnalysis`: the candidate answers only requests sent to it by version, e.g.
 * /v2/models/M/versions/V/infer; a failure leaves the active version untouched), switch `stable` in one
 * atomic write, verify again, judge live traffic (`postPromotionAnalysis`: a failure or an error switches
 * back), and keep the old slot as `previous` for an instant rollback.
 */
const blueGreenStrategy = {
    type: 'blue-green',
    async run(ctx) {
        await prepareAndVerify(ctx);
        if (ctx.spec.prePromotionAnalysis && ctx.base.stable !== null) {
            // The preview: routed as a candidate with weight 0, so the server loads it and answers requests sent to
            // its version, while every user request still goes to the active version.
            const preview = { ...ctx.base, candidate: ctx.target.version, weights: { ...ctx.base.weights, [ctx.target.version]: 0 }, headerRoutes: [], shadow: null, strategy: 'blue-green' };
            await ctx.step('preview', () => ctx.provider.shiftTraffic(ctx.providerContext, preview, ctx.target), preview.weights);
        }
        await actOnAnalysis(ctx, await ctx.analyze(1, 0, 'prePromotionAnalysis'), 'before promotion (on the preview)');
        // A pause or abort requested while green was prepared is applied before any traffic moves.
        await ctx.checkpoint();
        const switched = { ...ctx.base, stable: ctx.target.version, candidate: null, previous: ctx.base.stable, weights: { [ctx.target.version]: 100 }, headerRoutes: [], shadow: null, strategy: 'blue-green' };
        await ctx.step('switch', () => ctx.provider.shiftTraffic(ctx.providerContext, switched, ctx.target), switched.weights);
        await ctx.step('verify-after-switch', () => ctx.provider.verify(ctx.providerContext, ctx.target));
        await actOnAnalysis(ctx, await ctx.analyze(2, 100, 'postPromotionAnalysis'), 'after promotion');
        return { live: true, traffic: await promoteFully(ctx, 'blue-green') };
    },
};

;// CONCATENATED MODULE: ./src/deploy/strategies/direct.ts

/** Install, check, switch all traffic at once. */
const directStrategy = {
    type: 'direct',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const traffic = { ...ctx.base, stable: ctx.target.version, candidate: null, previous: ctx.base.stable, weights: { [ctx.target.version]: 100 }, headerRoutes: [], shadow: null, strategy: 'direct' };
        await ctx.step('shift-traffic', () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), traffic.weights);
        return { live: true, traffic: await promoteFully(ctx, 'direct') };
    },
};

// EXTERNAL MODULE: ./src/core/metrics/exposition.ts
var metrics_exposition = __webpack_require__(6487);
;// CONCATENATED MODULE: ./src/deploy/mirror.ts

const DEFAULT_MIRROR_BOUND = { maxErrorRateIncrease: 0.01, minRequests: 100 };
const SHADOW_REQUESTS = 'modelship_shadow_requests_total';
const SHADOW_DURATION = 'modelship_shadow_duration_seconds';
const SCRAPE_TIMEOUT_MS = 10_000;
function mirrorScrapeOf(exposition, model) {
    const shadow = new Map();
    const of = (version) => {
        let s = shadow.get(version);
        if (!s)
            shadow.set(version, (s = { ok: 0, error: 0, dropped: 0, latency: { buckets: [], count: 0, sum: 0 } }));
        return s;
    };
    for (const sample of exposition.samples) {
        if (sample.labels.model !== model)
            continue;
        const version = sample.labels.version ?? '';
        if (sample.name === SHADOW_REQUESTS) {
            const result = sample.labels.result;
            if (result === 'ok' || result === 'error' || result === 'dropped')
                of(version)[result] += sample.value;
        }
        else if (sample.name === `${SHADOW_DURATION}_bucket`) {
            const le = sample.labels.le === '+Inf' ? Infinity : Number(sample.labels.le);
            if (!Number.isNaN(le))
                of(version).latency.buckets.push({ le, count: sample.value });
        }
        else if (sample.name === `${SHADOW_DURATION}_count`)
            of(version).latency.count = sample.value;
        else if (sample.name === `${SHADOW_DURATION}_sum`)
            of(version).latency.sum = sample.value;
    }
    for (const s of shadow.values())
        s.latency.buckets.sort((a, b) => a.le - b.le);
    return { versions: (0,metrics_exposition/* figuresByVersion */.XF)(exposition, model), shadow };
}
/** Reads `url` (a modelship serve /metrics); throws an Error saying why it could not. */
async function scrapeMirror(url, model) {
    let response;
    try {
        response = await fetch(url, { signal: AbortSignal.timeout(SCRAPE_TIMEOUT_MS) });
    }
    catch (err) {
        const cause = err.cause;
        throw new Error(`${url} could not be read (${cause?.code ?? cause?.message ?? err.message})`);
    }
    const text = await response.text();
    if (response.status !== 200)
        throw new Error(`${url} answered ${response.status}`);
    const exposition = (0,metrics_exposition/* parseExposition */.gw)(text, url);
    if (!exposition.types.has('modelship_requests_total'))
        throw new Error(`${url} is not the /metrics of modelship serve (no modelship_requests_total)`);
    return mirrorScrapeOf(exposition, model);
}
const ms = (h, q) => {
    const v = (0,metrics_exposition/* histogramQuantile */.EV)(q, h);
    return Number.isFinite(v) ? Number((v * 1000).toFixed(3)) : null;
};
const rate = (errors, requests) => (requests > 0 ? errors / requests : null);
const pct = (r) => (r === null ? 'n/a' : `${Number((r * 100).toFixed(2))}%`);
const lat = (s) => (s.p50Ms === null ? 'no latency observed' : `p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms`);
/** The window between two scrapes, judged against the bound. Throws when the server restarted in between. */
function judgeMirror(before, after, stable, candidate, bound, source) {
    const versions = (0,metrics_exposition/* figuresBetween */.oQ)(before.versions, after.versions);
    const s = versions.get(stable);
    const stableSide = {
        version: stable,
        requests: s?.requests ?? 0,
        errors: s?.serverErrors ?? 0,
        errorRate: rate(s?.serverErrors ?? 0, s?.requests ?? 0),
        p50Ms: s ? ms(s.latency, 0.5) : null,
        p99Ms: s ? ms(s.latency, 0.99) : null,
    };
    const a = after.shadow.get(candidate) ?? { ok: 0, error: 0, dropped: 0, latency: { buckets: [], count: 0, sum: 0 } };
    const b = before.shadow.get(candidate) ?? { ok: 0, error: 0, dropped: 0, latency: { buckets: [], count: 0, sum: 0 } };
    const minus = (x, y, what) => {
        if (x < y)
            throw new Error(`${what} of ${candidate} went down from ${y} to ${x} between the two reads of ${source}: the server restarted, so this window cannot be measured`);
        return x - y;
    };
    const ok = minus(a.ok, b.ok, `${SHADOW_REQUESTS}{result="ok"}`);
    const error = minus(a.error, b.error, `${SHADOW_REQUESTS}{result="error"}`);
    const dropped = minus(a.dropped, b.dropped, `${SHADOW_REQUESTS}{result="dropped"}`);
    const latency = {
        buckets: a.latency.buckets.map(({ le, count }) => ({ le, count: minus(count, b.latency.buckets.find((x) => x.le === le)?.count ?? 0, `${SHADOW_DURATION}_bucket`) })),
        count: minus(a.latency.count, b.latency.count, `${SHADOW_DURATION}_count`),
        sum: a.latency.sum - b.latency.sum,
    };
    const shadowSide = { version: candidate, requests: ok + error, errors: error, errorRate: rate(error, ok + error), p50Ms: ms(latency, 0.5), p99Ms: ms(latency, 0.99), dropped };
    const figures = `shadow ${candidate}: ${shadowSide.requests} mirrored, ${error} failed (${pct(shadowSide.errorRate)})${dropped ? `, ${dropped} dropped` : ''}, ${lat(shadowSide)} (inference only); stable ${stable}: ${stableSide.requests} answered, ${stableSide.errors} with 5xx (${pct(stableSide.errorRate)}), ${lat(stableSide)} (whole request)`;
    let state;
    let verdict;
    if (shadowSide.requests < bound.minRequests) {
        state = 'not-enough-traffic';
        verdict = `not enough traffic: ${shadowSide.requests} mirrored request(s), ${bound.minRequests} needed (minRequests)`;
    }
    else {
        const limit = (stableSide.errorRate ?? 0) + bound.maxErrorRateIncrease;
        const shadowRate = shadowSide.errorRate ?? 0;
        // A tolerance for floating point only: 1/3 against 0.3333... is not an excess.
        if (shadowRate > limit + 1e-12) {
            state = 'failed';
            verdict = `the shadow's error rate ${pct(shadowRate)} exceeds stable's ${pct(stableSide.errorRate ?? 0)} by more than ${pct(bound.maxErrorRateIncrease)} (maxErrorRateIncrease)`;
        }
        else {
            state = 'passed';
            verdict = shadowSide.requests === 0 ? 'nothing was mirrored, and minRequests is 0' : `the shadow's error rate ${pct(shadowRate)} is within stable's ${pct(stableSide.errorRate ?? 0)} + ${pct(bound.maxErrorRateIncrease)}`;
        }
    }
    return { state, reason: `${verdict}; ${figures}`, source, bound, shadow: shadowSide, stable: stableSide };
}
/** A report of a mirror nothing measured. */
function notMeasured(reason, source, bound) {
    return { state: 'not-measured', reason, source, bound, shadow: null, stable: null };
}

;// CONCATENATED MODULE: ./src/deploy/strategies/shadow.ts



/** Where `modelship serve --env ENV` listens unless told otherwise (src/cli/commands/serve.ts). */
const SERVE_DEFAULT_METRICS = 'http://127.0.0.1:8080/metrics';
/**
 * Shadow: mirror `percent` of requests to the candidate, whose answers are recorded and dropped; users
 * only ever see the stable version. Over `duration` the mirror is measured from the server's /metrics (the
 * candidate's failed mirrored runs against stable's 5xx answers, and both latencies) and judged by
 * `maxErrorRateIncrease` and `minRequests`; an `analysis` gate, when configured, judges too (and alone when
 * nothing could be measured). The mirror is then removed and the candidate is NOT made live (promote it
 * with a canary or blue-green deploy). A failed judgement aborts: the engine restores the routing without
 * the mirror, stable untouched, exit 1.
 */
const shadowStrategy = {
    type: 'shadow',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const percent = ctx.spec.percent ?? 100;
        const bound = {
            maxErrorRateIncrease: ctx.spec.maxErrorRateIncrease ?? DEFAULT_MIRROR_BOUND.maxErrorRateIncrease,
            minRequests: ctx.spec.minRequests ?? DEFAULT_MIRROR_BOUND.minRequests,
        };
        const source = metricsSourceOf(ctx);
        const stable = ctx.base.stable; // the engine refuses a shadow onto an empty environment
        const mirrored = { ...ctx.base, candidate: ctx.target.version, shadow: { version: ctx.target.version, percent }, strategy: 'shadow' };
        await ctx.step(`mirror ${percent}%`, () => ctx.provider.shiftTraffic(ctx.providerContext, mirrored, ctx.target), mirrored.weights);
        // The window opens once the mirror is written: counts read now are subtracted from those read at the end.
        const before = source && !ctx.dryRun ? await scrape(source, ctx.target.model) : undefined;
        const duration = ctx.spec.duration === undefined ? 0 : (0,core_duration/* parseDuration */.E)(ctx.spec.duration, 'strategy.duration');
        if (duration > 0)
            await ctx.step(`observe ${ctx.spec.duration}`, async () => (await ctx.sleep(duration), 'observed'), undefined, true);
        if (ctx.dryRun) {
            await ctx.step('measure-mirror', async () => (source ? `would read ${source} before and after the observation and fail if ${ctx.target.version}'s mirrored error rate exceeds ${stable}'s by more than ${bound.maxErrorRateIncrease} or fewer than ${bound.minRequests} requests are mirrored` : notMeasuredWhy(ctx)));
            await ctx.analyze(1, 0);
            await ctx.step('remove-mirror', () => ctx.provider.finalize(ctx.providerContext, ctx.base, ctx.target), ctx.base.weights);
            return { live: false, traffic: ctx.base };
        }
        let report;
        if (source === null)
            report = notMeasured(notMeasuredWhy(ctx), null, bound);
        else if (before instanceof Error)
            report = notMeasured(`not measured: ${before.message}`, source, bound);
        else {
            const after = await scrape(source, ctx.target.model);
            try {
                report = after instanceof Error ? notMeasured(`not measured: ${after.message}`, source, bound) : judgeMirror(before, after, stable, ctx.target.version, bound, source);
            }
            catch (err) {
                report = notMeasured(`not measured: ${err.message}`, source, bound);
            }
        }
        await ctx.step('measure-mirror', async () => `${report.state}: ${report.reason}`);
        const analysis = await ctx.analyze(1, 0);
        const failures = [];
        if (report.state === 'failed' || report.state === 'not-enough-traffic')
            failures.push(`the mirror ${report.state === 'failed' ? 'failed' : 'had not enough traffic'}: ${report.reason}`);
        if (report.state === 'not-measured' && analysis === undefined && bound.minRequests > 0) {
            failures.push(`nothing judged the mirror: ${report.reason}, and the strategy has no analysis (set minRequests: 0 to accept an unmeasured shadow)`);
        }
        if (analysis && analysis.phase !== 'successful')
            failures.push(`shadow analysis ${analysis.phase}: ${analysis.reasons.join('; ')}`);
        const details = { mirror: report };
        await ctx.step('judge-mirror', async () => {
            if (failures.length)
                throw new RolloutAborted(failures.join('; '), details);
            return report.state === 'not-measured' ? `passed on ${analysis ? 'the analysis alone' : 'nothing (minRequests is 0)'}: the mirror was ${report.reason}` : `passed: ${report.reason.split('; ')[0]}`;
        });
        await ctx.step('remove-mirror', () => ctx.provider.finalize(ctx.providerContext, ctx.base, ctx.target), ctx.base.weights);
        return { live: false, traffic: ctx.base, details };
    },
};
async function scrape(source, model) {
    return scrapeMirror(source, model).catch((err) => err);
}
/**
 * The modelship serve /metrics that sees the mirror: `metricsUrl`; else, for the local provider, the origin
 * of the environment's `url`, or where `modelship serve` listens by default. Other providers run their own
 * servers: without `metricsUrl` their mirror is not measured.
 */
function metricsSourceOf(ctx) {
    if (ctx.spec.metricsUrl)
        return ctx.spec.metricsUrl;
    if (ctx.provider.type !== 'local')
        return null;
    if (ctx.environmentUrl && /^https?:\/\//.test(ctx.environmentUrl) && URL.canParse(ctx.environmentUrl))
        return new URL('/metrics', ctx.environmentUrl).href;
    return SERVE_DEFAULT_METRICS;
}
function notMeasuredWhy(ctx) {
    return `not measured: the ${ctx.provider.type} provider's server is not known to be modelship serve (set strategy.metricsUrl to the /metrics of the modelship serve that mirrors, or judge the shadow with strategy.analysis)`;
}

;// CONCATENATED MODULE: ./src/deploy/strategies/index.ts








/** Every strategy by its `strategy.type`: adding one is one file and one line here. */
const STRATEGIES = {
    direct: directStrategy,
    'blue-green': blueGreenStrategy,
    canary: canaryStrategy,
    ab: abStrategy,
    shadow: shadowStrategy,
    bandit: banditStrategy,
};
function strategyFor(type) {
    const s = STRATEGIES[type];
    if (!s)
        throw new errors/* ModelshipError */.W7(`unknown strategy "${type}"`, { hint: (0,core_text/* didYouMean */.au)(type, Object.keys(STRATEGIES)) ?? `strategies: ${Object.keys(STRATEGIES).join(', ')}` });
    return s;
}

;// CONCATENATED MODULE: ./src/deploy/engine.ts
/**
 * The deploy engine: the one API the CLI, the deploy action and chatops call.
 *
 *   deploy(loaded, {environment, model?, version?, artifact?, resume?, actor?}, options) → DeployResult
 *   promote(loaded, {model?, to, version?, actor?}, options)                              → DeployResult
 *   rollback(loaded, {environment, model?, to?, actor?}, options)                         → DeployResult
 *   status(loaded, {environment?, model?}, options)                                       → StatusResult
 *   lock(loaded, {environment, reason?, actor?}, options) / unlock(...)                   → LockResult
 *   adopt(loaded, {environment, model?, actor?}, options)                                 → DeployResult
 *
 * options: {dryRun?, store?: DeploymentStore (default: the local state file of the environment), log?,
 * analysis?: AnalysisRunner (default: the gate engine), provider?: (env, default) => DeploymentProvider
 * (wrap or replace, e.g. in tests), sleep?, live?: LiveBaselineProvider (for gates)}.
 *
 * Guarantees: one deploy per environment at a time (the lock; refused → ModelshipError exit 2 naming the
 * holder); every step is journaled before and after it runs, so a killed process is found by the next
 * run (`status` shows it; `deploy --resume` — version and artifact from the journal — or `rollback`
 * clear it); any failure reverts through the provider to the last good traffic and the result says which
 * version is live (`liveVersion`); what ships is validated (format by content, safety, signature) and its
 * sha256 checked against its manifest and against the previous environment on promotion; a version is
 * immutable (other bytes under a known version are refused); deploying what is already live is a `noop`;
 * `dryRun` plans without touching anything. The user is `actor`, else the OS user: a manual lock lets its
 * holder deploy. Refusals (unknown environment, artifact not valid or changed, promotion not allowed, lock
 * held, interrupted deploy, state and provider disagreeing) throw ModelshipError with exit code 2 before
 * anything is recorded; a failed or aborted rollout returns outcome `aborted` (exit 1).
 */



























/** The exit code for a result: 0 deployed/rolled back/noop/planned, 1 aborted. */
function exitCodeOf(result) {
    return result.outcome === 'aborted' ? errors/* ExitCode */.yU.Failed : errors/* ExitCode */.yU.Pass;
}

/** Gates with `baseline: {live}` read the state this engine writes, unless the caller brings its own provider. */
function liveOf(loaded, options) {
    return options.live ?? liveBaselinesFromState(loaded, options);
}
async function deploy(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const modelConfig = (0,core_config/* getModel */.E1)(loaded, model);
    if (request.version === undefined) {
        if (request.resume !== true)
            throw new errors/* ModelshipError */.W7(`deploy to ${env.name} needs a version`, { hint: `modelship deploy ${env.name} VERSION` });
        return rollout(loaded, env, await resumeTarget(loaded, env, model, options), request.actor, options, { resume: true, gates: true });
    }
    // oci://registry/repository@sha256:... is pulled, verified and extracted into the project's cache first.
    const fetched = request.artifact !== undefined && (0,package_reference/* isOciUri */.w1)(request.artifact) ? await fetchModelByDigest(request.artifact, external_node_path_default().join(loaded.root, '.modelship', 'oci'), options.env ?? process.env) : undefined;
    const artifact = fetched?.file ?? loaded.resolvePath(request.artifact ?? modelConfig.path, request.artifact ? [] : ['models', model, 'path']);
    const sha256 = await verifiedSha256(artifact, request.artifact === undefined ? `model "${model}" (models.${model}.path in ${external_node_path_default().basename(loaded.file)})` : '--artifact');
    const { format } = await checkArtifact(loaded, model, request.version, artifact, sha256);
    const target = { model, version: request.version, artifact, sha256, format, signature: modelConfig.signature, metrics: await metricsFor(loaded, model, artifact), ...(fetched ? { oci: fetched.reference } : {}) };
    target.versionMetrics = await recordVersionMetrics(loaded, env, model, request.version, { firstDeploy: true });
    return rollout(loaded, env, target, request.actor, options, { resume: request.resume === true, gates: true });
}
/** `deploy ENV --resume` without a version: the interrupted deployment's own version and artifact, from its journal. */
async function resumeTarget(loaded, env, model, options) {
    const history = await storeFor(loaded, env, options).history(env.name, model);
    const interrupted = history.find((r) => r.status === 'in_progress');
    if (interrupted === undefined) {
        throw new errors/* ModelshipError */.W7(`nothing to resume in ${env.name}: no deployment of ${model} was interrupted`, { hint: `modelship status ${env.name} shows what is live; to deploy a version: modelship deploy ${env.name} VERSION` });
    }
    const { version, artifact, sha256: recorded, metrics, versionMetrics } = interrupted.payload;
    const sha256 = await (0,atomic/* sha256File */.Q3)(artifact).catch(() => {
        throw new errors/* ModelshipError */.W7(`cannot resume ${model} ${version} in ${env.name}: its artifact ${artifact} is gone`, { hint: `go back instead: modelship rollback ${env.name}` });
    });
    if (sha256 !== recorded) {
        throw new errors/* ModelshipError */.W7(`cannot resume ${model} ${version} in ${env.name}: ${artifact} has sha256 ${sha256.slice(0, 12)}, but the interrupted deployment shipped ${recorded.slice(0, 12)}`, { hint: `the file changed since; go back (modelship rollback ${env.name}) and deploy the new bytes as a new version` });
    }
    const { format } = await checkArtifact(loaded, model, version, artifact, sha256);
    return { model, version, artifact, sha256, format, signature: (0,core_config/* getModel */.E1)(loaded, model).signature, ...(metrics ? { metrics } : {}), ...(versionMetrics ? { versionMetrics } : {}) };
}
async function promote(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.to);
    const model = (0,config.modelNameOf)(loaded, request.model);
    if (env.requires === null) {
        throw new errors/* ModelshipError */.W7(`"${env.name}" is the first environment: there is nothing to promote from`, { hint: `use: modelship deploy ${env.name} VERSION` });
    }
    const from = (0,config.environmentOf)(loaded, env.requires);
    const fromStore = storeFor(loaded, from, options);
    const history = await fromStore.history(from.name, model);
    const live = history.find((r) => r.status === 'success');
    const interrupted = history.find((r) => r.status === 'in_progress');
    if (live === undefined)
        throw new errors/* ModelshipError */.W7(`cannot promote ${model} to ${env.name}: nothing is live in ${from.name}`, { hint: `deploy it there first: modelship deploy ${from.name} VERSION` });
    if (request.version !== undefined && request.version !== live.payload.version) {
        throw new errors/* ModelshipError */.W7(`cannot promote ${model} ${request.version} to ${env.name}: ${from.name} runs ${live.payload.version}`, { hint: 'only a version live and healthy in the previous environment can be promoted' });
    }
    if (interrupted)
        throw new errors/* ModelshipError */.W7(`cannot promote from ${from.name}: a deployment there was interrupted at "${lastStep(interrupted)}"`, { hint: `finish it first: modelship deploy ${from.name} --resume, or modelship rollback ${from.name}` });
    // The hop check: the artifact must still be the bytes that were verified in the previous environment.
    const sha256 = await (0,atomic/* sha256File */.Q3)(live.payload.artifact).catch(() => {
        throw new errors/* ModelshipError */.W7(`cannot promote: the artifact ${live.payload.artifact} deployed to ${from.name} is gone`);
    });
    if (sha256 !== live.payload.sha256) {
        // A refusal before anything runs (exit 2): nothing was changed, so nothing was reverted.
        throw new errors/* ModelshipError */.W7(`cannot promote ${model} ${live.payload.version} to ${env.name}: ${live.payload.artifact} has sha256 ${sha256.slice(0, 12)}, but ${from.name} verified ${live.payload.sha256.slice(0, 12)}`, { hint: `nothing was changed. The file changed since it was deployed to ${from.name}; release the change as a new version and deploy it there first` });
    }
    // Deployed by digest: the registry must still serve those bytes under that digest.
    if (live.payload.oci)
        await checkDigestReference(live.payload.oci, live.payload.sha256, options.env ?? process.env);
    const modelConfig = (0,core_config/* getModel */.E1)(loaded, model);
    const { format } = await checkArtifact(loaded, model, live.payload.version, live.payload.artifact, sha256);
    const target = { model, version: live.payload.version, artifact: live.payload.artifact, sha256, format, signature: modelConfig.signature, metrics: live.payload.metrics, ...(live.payload.oci ? { oci: live.payload.oci } : {}) };
    // The promoted version's metrics: at its release tag, checked against what the previous environment recorded.
    target.versionMetrics = await recordVersionMetrics(loaded, env, model, target.version, { recorded: live.payload.versionMetrics, firstDeploy: false });
    return rollout(loaded, env, target, request.actor, options, { resume: false, gates: true });
}
async function rollback(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const store = storeFor(loaded, env, options);
    const history = await store.history(env.name, model);
    const current = history.find((r) => r.status === 'success');
    const interrupted = history.find((r) => r.status === 'in_progress');
    let target;
    if (request.to !== undefined) {
        target = history.find((r) => r.payload.version === request.to && wasLive(r));
        if (target === undefined)
            throw new errors/* ModelshipError */.W7(`cannot roll ${env.name} back to ${model} ${request.to}: it was never successfully deployed there`, { hint: `versions deployed successfully: ${successfulVersions(history).join(', ') || '(none)'}` });
    }
    else if (interrupted) {
        // A killed deploy: rolling back means returning to the last good version (or to nothing).
        target = current;
    }
    else {
        target = history.find((r) => r.status === 'inactive' && wasLive(r) && r.payload.version !== current?.payload.version);
        if (target === undefined)
            throw new errors/* ModelshipError */.W7(`nothing to roll back to in ${env.name}: no earlier successful deployment of ${model}`, { hint: 'rollback never guesses; pass --to VERSION naming a version deployed here before' });
    }
    if (target === undefined) {
        // Interrupted first deployment: restore "nothing live".
        return rollout(loaded, env, null, request.actor, options, { resume: true, gates: false, rollback: true });
    }
    const t = { model, version: target.payload.version, artifact: target.payload.artifact, sha256: target.payload.sha256, format: (0,core_config/* getModel */.E1)(loaded, model).format ?? 'onnx', signature: (0,core_config/* getModel */.E1)(loaded, model).signature, metrics: target.payload.metrics, versionMetrics: target.payload.versionMetrics, ...(target.payload.oci ? { oci: target.payload.oci } : {}) };
    return rollout(loaded, env, t, request.actor, options, { resume: true, gates: false, rollback: true });
}
async function rollout(loaded, env, target, actor, options, mode) {
    const model = target?.model ?? (0,config.modelNameOf)(loaded, undefined);
    const store = storeFor(loaded, env, options);
    const fallback = providerFor(loaded, env);
    const provider = options.provider ? options.provider(env, fallback) : fallback;
    const strategySpec = mode.rollback ? { type: 'direct' } : env.strategy;
    const strategy = strategyFor(strategySpec.type);
    const log = options.log ?? (() => { });
    const pctx = { environment: env.name, model, log };
    const steps = [];
    const now = () => new Date().toISOString();
    const result = (outcome, liveVersion, message, previousVersion, extra = {}) => ({
        environment: env.name, model, version: target?.version ?? null, previousVersion, strategy: mode.rollback ? 'rollback' : strategySpec.type, provider: provider.type,
        dryRun: options.dryRun === true, outcome, steps, sha256: target?.sha256, url: env.url, liveVersion, message, ...extra,
    });
    // Who deploys: the actor given (GITHUB_ACTOR, a chatops commenter), else the OS user, as `lock` records it.
    const user = actor ?? (0,local/* osUser */.kR)();
    const owner = (0,local/* defaultOwner */.XB)(user);
    const reason = `${mode.rollback ? 'rollback' : 'deploy'} ${model} ${target?.version ?? '(nothing)'}`;
    const held = await store.lockInfo(env.name);
    // A manual lock (`modelship lock`) lets its own holder deploy; anything else must take the lock.
    const manualLockByActor = held !== undefined && held.pid <= 0 && held.owner === user;
    // An interrupted rollout past its progress deadline is reverted first (journaled), as by any command here.
    if (!options.dryRun)
        await recoverStalled(loaded, env, [model], options, { actor });
    if (!options.dryRun && !manualLockByActor)
        await store.lock(env.name, { owner, pid: process.pid, host: (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8161, 23))).hostname(), reason });
    try {
        const history = await store.history(env.name, model);
        const current = history.find((r) => r.status === 'success');
        const interrupted = history.find((r) => r.status === 'in_progress');
        const previousVersion = current?.payload.version ?? null;
        const observed = provider.observe ? await provider.observe(pctx) : undefined;
        if (interrupted && !mode.resume) {
            throw new errors/* ModelshipError */.W7(`a deployment of ${model} ${interrupted.payload.version} to ${env.name} was interrupted at "${lastStep(interrupted)}" (${interrupted.id}, by ${interrupted.actor})`, {
                hint: `resume it: modelship deploy ${env.name} --resume, or go back: modelship rollback ${env.name}`,
            });
        }
        // Refused only when the provider serves a version the state does not know as live: deploying over it
        // would record a wrong previous version, and a revert would restore the wrong traffic. (A provider
        // serving nothing while the state names a version is reported by status; a deploy or rollback mends it.)
        const disagreement = interrupted || !observed?.stable ? null : disagreementOf(previousVersion, observed);
        if (disagreement) {
            throw new errors/* ModelshipError */.W7(`the deployment state of ${env.name} (${store.location}) and the ${provider.type} provider disagree: ${disagreement}`, {
                hint: `nothing was changed. If the state was lost, restore it (a local state file keeps its last good copy as .bak), or record what the provider serves: modelship adopt ${env.name}${Object.keys(loaded.config.models).length > 1 ? ` --model ${model}` : ''}`,
            });
        }
        const base = current ? (observed && !interrupted ? observed : settledTraffic(current.payload.version, current.payload.previousVersion, current.payload.strategy)) : emptyTraffic(strategySpec.type);
        const lastGoodTarget = current ? targetOf(loaded, current.payload) : undefined;
        if (target && !mode.rollback)
            await refuseOtherBytes(provider, pctx, history, env.name, target);
        if (target && !mode.rollback && strategySpec.type === 'shadow' && base.stable === null) {
            throw new errors/* ModelshipError */.W7(`cannot shadow ${model} ${target.version} in ${env.name}: nothing is live there to mirror`, { hint: `deploy a first version with another strategy, or to another environment: shadow only observes a candidate beside a live version` });
        }
        if (!interrupted && target && current && current.payload.version === target.version) {
            steps.push({ name: 'check', status: 'skipped', detail: `${target.version} is already live`, at: now() });
            return result('noop', target.version, `${model} ${target.version} is already live in ${env.name}: nothing to do`, previousVersion);
        }
        // Gates and analysis judge the target version's own metrics (its release tag), never the checkout's files.
        const candidateVersion = mode.gates && target ? await candidateMetrics(loaded, env, model, target.version, target.versionMetrics) : undefined;
        if (mode.gates && target) {
            for (const gate of env.gates) {
                const run = await runGate(loaded, gate, { live: liveOf(loaded, options), candidateVersion });
                const ok = run.verdict === 'pass';
                steps.push({ name: `gate ${gate}`, status: ok ? 'ok' : 'failed', detail: run.gates.map((g) => g.reason).join('; '), at: now() });
                if (!ok)
                    return result('aborted', previousVersion, `gate "${gate}" did not pass (${run.verdict}): nothing was changed, ${env.name} stays on ${previousVersion ?? 'nothing'}`, previousVersion);
            }
        }
        if (options.dryRun) {
            const plan = recordingProvider(provider.type);
            if (interrupted)
                steps.push({ name: 'revert-interrupted', status: 'planned', detail: `restore ${describeTraffic(base)}`, at: now() });
            if (target)
                await strategy.run(strategyContext(strategySpec, plan, pctx, target, base, steps, undefined, async () => { }, true, undefined, undefined, env.url, undefined, undefined, (0,config.progressDeadlineMs)(env)));
            else
                steps.push({ name: 'revert', status: 'planned', detail: 'restore: nothing live', at: now() });
            return result('planned', previousVersion, `dry run: ${steps.length} step(s) planned for ${env.name}; nothing was changed`, previousVersion);
        }
        if (interrupted) {
            const detail = await provider.revert(pctx, base, lastGoodTarget);
            steps.push({ name: 'revert-interrupted', status: 'reverted', detail, at: now() });
            await store.step(interrupted, steps[steps.length - 1]);
            await store.finish(interrupted, 'failure', `interrupted at "${lastStep(interrupted)}"; reverted by ${owner}`);
        }
        if (target === null) {
            return result('rolled-back', null, `${env.name} restored to its state before the interrupted first deployment: nothing is live`, previousVersion);
        }
        if (mode.rollback && current && current.payload.version === target.version && !interrupted) {
            return result('noop', target.version, `${target.version} is already live in ${env.name}`, previousVersion);
        }
        const payload = { model, version: target.version, sha256: target.sha256, artifact: target.artifact, strategy: mode.rollback ? 'rollback' : strategySpec.type, provider: provider.type, previousVersion, ...(target.metrics ? { metrics: target.metrics } : {}), ...(target.versionMetrics ? { versionMetrics: target.versionMetrics } : {}), ...(target.oci ? { oci: target.oci } : {}) };
        const record = await store.create(env.name, payload, user);
        const analysis = options.analysis ?? (strategySpec.analysis || strategySpec.winnerGate || strategySpec.prePromotionAnalysis || strategySpec.postPromotionAnalysis ? new GateAnalysisRunner(loaded, liveOf(loaded, options), candidateVersion) : undefined);
        // The modelship serve processes analysis read: on an abort they say how many requests the candidate served.
        const servers = new Set();
        const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        const deadlineMs = (0,config.progressDeadlineMs)(env);
        const journalStep = async (step) => {
            steps.push(step);
            await store.step(record, step);
        };
        const control = new RolloutControl({ store, record, journal: journalStep, sleep: options.sleep, signal: options.signal, deadlineMs, pollMs: options.controlPollMs });
        try {
            const ctx = strategyContext(strategySpec, provider, pctx, target, base, steps, record, sleep, false, analysis, store, env.url, servers, control, deadlineMs);
            const outcome = await strategy.run(ctx);
            if (!outcome.live) {
                const judged = outcome.details?.mirror ? ` (mirror ${outcome.details.mirror.state}: ${outcome.details.mirror.reason})` : '';
                await store.finish(record, 'inactive', `${strategySpec.type} run of ${target.version} passed${judged}; ${previousVersion ?? 'nothing'} stays live`);
                return result('deployed', previousVersion, `${strategySpec.type}: ${target.version} observed without user traffic${judged}; ${env.name} stays on ${previousVersion ?? 'nothing'}`, previousVersion, { deploymentId: record.id, ...outcome.details });
            }
            await store.finish(record, 'success', `${target.version} live (${describeTraffic(outcome.traffic)})`, env.url);
            const verb = mode.rollback ? 'rolled back to' : 'now runs';
            return result(mode.rollback ? 'rolled-back' : 'deployed', target.version, `${env.name} ${verb} ${model} ${target.version}${previousVersion ? ` (was ${previousVersion})` : ''}`, previousVersion, { deploymentId: record.id, ...outcome.details });
        }
        catch (err) {
            const why = err instanceof errors/* ModelshipError */.W7 ? err.message : err instanceof RolloutAborted ? err.message : `${err.message}`;
            const revertStep = { name: 'revert', status: 'started', detail: `restore ${describeTraffic(base)}`, at: now() };
            let reverted = true;
            try {
                await store.step(record, revertStep);
                revertStep.detail = await provider.revert(pctx, base, lastGoodTarget);
                revertStep.status = 'reverted';
            }
            catch (revertErr) {
                reverted = false;
                revertStep.status = 'failed';
                revertStep.detail = `revert failed: ${revertErr.message}`;
            }
            steps.push({ ...revertStep, at: now() });
            await store.step(record, steps[steps.length - 1]).catch(() => { });
            const where = reverted ? `${env.name} is left on its last good version, ${previousVersion ?? 'nothing'}` : `REVERT FAILED: ${env.name} may be serving ${target.version}; run modelship rollback ${env.name}`;
            // Blast radius: what the candidate served before the abort, first in the description (GitHub keeps 140 characters).
            const blast = servers.size > 0 ? await blastRadius(servers, model, target.version).catch(() => undefined) : undefined;
            const blastText = blast ? `blast radius: ${target.version} served ${blast.requests} request(s), ${blast.errors} failed` : undefined;
            if (blast) {
                steps.push({ name: 'blast-radius', status: 'ok', detail: `${blastText} (counted by modelship serve at ${blast.sources.join(', ')} since it started)`, at: now() });
                await store.step(record, steps[steps.length - 1]).catch(() => { });
            }
            await store.finish(record, 'failure', `${blastText ? `${blastText}; ` : ''}${why}; ${where}`).catch(() => { });
            return result('aborted', reverted ? previousVersion : null, `${mode.rollback ? 'rollback' : 'deploy'} of ${target.version} aborted: ${why}. ${where}${blastText ? ` (${blastText})` : ''}`, previousVersion, { deploymentId: record.id, ...(blast ? { blastRadius: { version: target.version, requests: blast.requests, errors: blast.errors } } : {}), ...(err instanceof RolloutAborted ? err.details : {}) });
        }
    }
    finally {
        if (!options.dryRun && !manualLockByActor)
            await store.unlock(env.name, owner).catch(() => { });
    }
}
function strategyContext(spec, provider, pctx, target, base, steps, record, sleep, dryRun, analysis, store, environmentUrl, servers, control, deadlineMs) {
    const journal = async (s) => {
        steps.push(s);
        if (record && store)
            await store.step(record, s);
    };
    const ctx = {
        spec, provider, providerContext: pctx, target, base, analysis, sleep, dryRun, environmentUrl,
        async skip(name, why) {
            await journal({ name, status: 'skipped', detail: why, at: new Date().toISOString() });
        },
        async checkpoint() {
            if (control)
                await control.checkpoint((name, run) => this.step(name, run, undefined, true));
        },
        async pause(name, ms) {
            if (dryRun || !control) {
                return this.step(name, async () => (ms === null ? 'would wait until promoted (modelship rollout promote)' : dryRun ? `would wait ${name.replace(/^\S+ /, '')}` : (await sleep(ms), 'waited')));
            }
            return this.step(name, () => control.wait(ms), undefined, true);
        },
        promotedFullyBy: () => control?.promotedFullyBy ?? null,
        async step(name, run, weights, waiting = false) {
            if (dryRun) {
                const detail = await run();
                await journal({ name, status: 'planned', detail, at: new Date().toISOString(), ...(weights ? { weights } : {}) });
                return detail;
            }
            // Journaled before it runs: a process killed inside this step is found by the next run.
            if (record && store)
                await store.step(record, { name, status: 'started', detail: '', at: new Date().toISOString() });
            try {
                // A step that does not wait must end within the progress deadline; a wait heartbeats instead.
                const detail = !waiting ? await withinDeadline(run(), deadlineMs, name) : control ? await control.heartbeating(name, run) : await run();
                const done = { name, status: 'ok', detail, at: new Date().toISOString(), ...(weights ? { weights } : {}) };
                await journal(done);
                return detail;
            }
            catch (err) {
                await journal({ name, status: 'failed', detail: err.message, at: new Date().toISOString() });
                throw err;
            }
        },
        async analyze(step, weight, which = 'analysis') {
            const aspec = which === 'analysis' ? (spec.analysis ?? (spec.winnerGate ? { gate: spec.winnerGate } : undefined)) : spec[which];
            const gate = which === 'analysis' ? (spec.winnerGate ?? aspec?.gate) : aspec?.gate;
            const name = which === 'analysis' ? `analysis ${step}` : which;
            if (dryRun) {
                if (!aspec)
                    return undefined;
                await journal({ name, status: 'planned', detail: [gate ? `gate ${gate}` : undefined, aspec.sequential ? 'sequential test' : undefined].filter(Boolean).join(' + ') || '(injected)', at: new Date().toISOString() });
                return undefined;
            }
            // An injected runner (tests, the demo) judges whenever the strategy asks for the main analysis.
            if (!aspec && !(which === 'analysis' && analysis))
                return undefined;
            const run = aspec ?? {};
            let res;
            try {
                res = await runAnalysis(run, { environment: pctx.environment, model: pctx.model, stable: base.stable, candidate: target.version, step, weight, gate: gate ?? '' }, {
                    runner: gate !== undefined || !run.sequential ? analysis : undefined,
                    sleep,
                    serveUrl: environmentUrl,
                    onServer: (url) => servers?.add(url),
                }, `environments.${pctx.environment}.strategy.${which}`);
            }
            catch (err) {
                // An analysis that cannot run at all (a bad spec) judges nothing: journaled as failed, and the rollout aborts.
                await journal({ name, status: 'failed', detail: `error: ${err.message}`, at: new Date().toISOString() });
                throw new RolloutAborted(`${name} could not run (${err.message})`);
            }
            const early = res.stoppedEarly ? ` (stopped early: ${res.stoppedEarly})` : '';
            await journal({ name, status: res.runPhase === 'successful' ? 'ok' : 'failed', detail: `${res.runPhase}${early}${res.reasons.length ? `: ${res.reasons.join('; ')}` : ''}`, at: new Date().toISOString() });
            return res;
        },
    };
    // An inconclusive analysis waits for a person (`modelship rollout promote|abort`, `/rollout ...`) where the
    // rollout can be steered from outside, for at most the progress deadline: a CI job nobody watches must not
    // hold a split for hours, so an unanswered pause aborts. A dry run or an unsteerable rollout aborts at once.
    if (control && !dryRun) {
        ctx.waitForPerson = async (why) => {
            const detail = await ctx.step(`paused: ${why}`, () => control.wait(deadlineMs), undefined, true);
            if (!detail.startsWith('ended by promote')) {
                throw new RolloutAborted(`${why}; nobody promoted it within ${(0,core_duration/* formatDuration */.a)(deadlineMs)} (strategy.progressDeadline), so it is not promoted`);
            }
        };
    }
    return ctx;
}
/** The step's result, or RolloutAborted when it shows no progress within the deadline (the step keeps running, unheeded). */
async function withinDeadline(work, deadlineMs, name) {
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new RolloutAborted(`progress deadline exceeded: step "${name}" ran longer than ${(0,core_duration/* formatDuration */.a)(deadlineMs)} (strategy.progressDeadline)`)), deadlineMs);
        timer.unref();
    });
    try {
        return await Promise.race([work, expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** A provider that only describes what it would do (dry run). */
function recordingProvider(type) {
    return {
        type,
        prepare: async (_c, t) => `would install ${t.version} (sha256 ${t.sha256.slice(0, 12)})`,
        verify: async (_c, t) => `would verify ${t.version}`,
        shiftTraffic: async (_c, traffic) => `would route ${describeTraffic(traffic)}`,
        finalize: async (_c, traffic) => `would finalize ${describeTraffic(traffic)}`,
        revert: async (_c, traffic) => `would restore ${describeTraffic(traffic)}`,
    };
}
async function engine_status(loaded, request = {}, options = {}) {
    const envs = request.environment ? [(0,config.environmentOf)(loaded, request.environment)] : (0,config.environmentsOf)(loaded);
    const models = request.model ? [(0,config.modelNameOf)(loaded, request.model)] : Object.keys(loaded.config.models);
    const out = [];
    for (const env of envs) {
        const store = storeFor(loaded, env, options);
        // Status reverts interrupted rollouts past their progress deadline (journaled), and says so; a failure
        // to do it is reported, never thrown: status still answers.
        const recovered = options.dryRun ? [] : await recoverStalled(loaded, env, models, options).then((r) => r.map((x) => x.message), (err) => [`could not revert an interrupted rollout: ${err.message}`]);
        const held = await store.lockInfo(env.name);
        const lockInfo = held ? { ...held, stale: lock_file/* LockFile */.g.isStale(held) } : null;
        const provider = providerOrUndefined(loaded, env, options);
        // One read of the environment for every model where the store can (the Deployments API: one listing).
        const histories = store.histories ? await store.histories(env.name, models) : undefined;
        for (const model of models) {
            const history = histories ? (histories.get(model) ?? []) : await store.history(env.name, model);
            const current = history.find((r) => r.status === 'success');
            const interrupted = history.find((r) => r.status === 'in_progress');
            // Status never fails on what the provider says; it reports what it could see.
            const seen = provider?.observe ? await provider.observe({ environment: env.name, model, log: () => { } }).catch(() => undefined) : undefined;
            const disagreement = interrupted ? null : disagreementOf(current?.payload.version ?? null, seen);
            const rollbackTarget = interrupted ? (current?.payload.version ?? null) : (history.find((r) => r.status === 'inactive' && wasLive(r) && r.payload.version !== current?.payload.version)?.payload.version ?? null);
            out.push({
                environment: env.name, model, order: env.order, provider: env.provider.type, strategy: env.strategy.type, url: env.url,
                liveVersion: current?.payload.version ?? null, sha256: current?.payload.sha256 ?? null, deployedAt: current?.updatedAt ?? null,
                rollbackTarget,
                interrupted: interrupted ? { version: interrupted.payload.version, step: lastStep(interrupted), startedAt: interrupted.createdAt, id: interrupted.id } : null,
                lock: lockInfo,
                observed: seen ? { stable: seen.stable, weights: seen.weights } : null,
                disagreement: disagreement ? `${disagreement} (state: ${store.location})` : null,
                history: history.slice(0, 10).map((r) => ({ version: r.payload.version, status: r.status, at: r.updatedAt, strategy: r.payload.strategy })),
                rollout: rolloutView(history, env),
                ...(recovered.length ? { recovered } : {}),
            });
        }
    }
    return { environments: out };
}
/**
 * `modelship rollout pause|resume|promote|promote-full|abort ENV`: a request journaled for the rollout in
 * progress, which applies it between steps or while it waits. An abort of a rollout whose process is gone
 * reverts it here and now. Refused (exit 2) when nothing is rolling out, or when a request other than abort
 * is for a rollout no process runs.
 */
async function control(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const store = storeFor(loaded, env, options);
    const actor = request.actor ?? (0,local/* osUser */.kR)();
    if (!options.dryRun)
        await recoverStalled(loaded, env, [model], options, { actor });
    const history = await store.history(env.name, model);
    const record = history.find((r) => r.status === 'in_progress');
    if (record === undefined) {
        const newest = history[0];
        const hint = newest?.status === 'failure' ? `the last rollout (${newest.payload.version}) ended: ${newest.description ?? 'failed'}; re-run it: modelship rollout retry ${env.name}` : `modelship status ${env.name} shows what is live`;
        throw new errors/* ModelshipError */.W7(`no rollout of ${model} is in progress in ${env.name}: nothing to ${request.action}`, { hint });
    }
    const result = (outcome, message, requestId) => ({ environment: env.name, model, action: request.action, outcome, deploymentId: record.id, version: record.payload.version, ...(requestId ? { requestId } : {}), message });
    const held = await store.lockInfo(env.name);
    const running = held !== undefined && held.pid > 0 && !lock_file/* LockFile */.g.isStale(held);
    if (!running) {
        if (request.action !== 'abort') {
            throw new errors/* ModelshipError */.W7(`the rollout of ${model} ${record.payload.version} in ${env.name} is interrupted: no process runs it, so it cannot ${request.action}`, { hint: `abort it (modelship rollout abort ${env.name}: back to the last good version), or resume it: modelship deploy ${env.name} --resume` });
        }
        if (options.dryRun)
            return result('planned', `dry run: would revert the interrupted rollout of ${model} ${record.payload.version} in ${env.name}`);
        const [done] = await recoverStalled(loaded, env, [model], options, { actor, reason: `aborted by ${actor} (modelship rollout abort); no process was running it`, force: (r) => r.id === record.id });
        if (!done?.reverted)
            throw new errors/* ModelshipError */.W7(done?.message ?? `could not abort ${model} ${record.payload.version} in ${env.name}`);
        return result('reverted', `no process was running ${model} ${record.payload.version} in ${env.name}: reverted it here to ${done.liveVersion ?? 'nothing'}`);
    }
    if (options.dryRun)
        return result('planned', `dry run: would ask the rollout of ${model} ${record.payload.version} in ${env.name} to ${request.action}`);
    const id = (0,external_node_crypto_.randomUUID)();
    await store.request(record, { id, action: request.action, actor, at: new Date().toISOString() });
    return result('requested', `${request.action} requested for ${model} ${record.payload.version} in ${env.name} (run by ${held.owner}); it applies it at the next step boundary, or within ${(0,core_duration/* formatDuration */.a)(options.controlPollMs ?? store.pollMs)} while it waits`, id);
}
/**
 * `modelship rollout retry ENV`: re-runs the newest rollout when it failed or was aborted (Degraded), from
 * its first step, with the bytes it recorded (checked again), as Argo Rollouts' `retry`.
 */
async function retry(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const newest = (await storeFor(loaded, env, options).history(env.name, model))[0];
    if (newest === undefined || newest.status !== 'failure' || newest.payload.strategy === 'rollback') {
        const state = newest === undefined ? 'nothing was deployed' : newest.status === 'in_progress' ? `${newest.payload.version} is still rolling out` : newest.status === 'failure' ? `the last change was a rollback` : `${newest.payload.version} went through`;
        throw new errors/* ModelshipError */.W7(`nothing to retry in ${env.name}: ${state}`, { hint: 'retry re-runs the newest rollout of the environment when it failed or was aborted (status Degraded)' });
    }
    const { version, artifact, sha256: recorded, metrics, versionMetrics } = newest.payload;
    const sha256 = await (0,atomic/* sha256File */.Q3)(artifact).catch(() => {
        throw new errors/* ModelshipError */.W7(`cannot retry ${model} ${version} in ${env.name}: its artifact ${artifact} is gone`);
    });
    if (sha256 !== recorded)
        throw new errors/* ModelshipError */.W7(`cannot retry ${model} ${version} in ${env.name}: ${artifact} has sha256 ${sha256.slice(0, 12)}, but the aborted rollout shipped ${recorded.slice(0, 12)}`, { hint: 'release the change as a new version' });
    const { format } = await checkArtifact(loaded, model, version, artifact, sha256);
    const target = { model, version, artifact, sha256, format, signature: (0,core_config/* getModel */.E1)(loaded, model).signature, ...(metrics ? { metrics } : {}), ...(versionMetrics ? { versionMetrics } : {}) };
    return rollout(loaded, env, target, request.actor, options, { resume: false, gates: true });
}
/**
 * Records what the provider serves as the live version when the state lost track of it (a deleted or
 * replaced state file): the reconcile step a refused deploy points to. Only a settled version is adopted
 * (all traffic on it, no canary or mirror), from the provider's own copy (its sha256 and artifact), and
 * only while state and provider disagree.
 */
async function adopt(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const store = storeFor(loaded, env, options);
    const fallback = providerFor(loaded, env);
    const provider = options.provider ? options.provider(env, fallback) : fallback;
    const pctx = { environment: env.name, model, log: options.log ?? (() => { }) };
    const user = request.actor ?? (0,local/* osUser */.kR)();
    const owner = (0,local/* defaultOwner */.XB)(user);
    const steps = [];
    if (!provider.observe || !provider.installed) {
        throw new errors/* ModelshipError */.W7(`the ${provider.type} provider of ${env.name} cannot tell what it serves: there is nothing to adopt from`, { hint: 'restore the state instead (a local state file keeps its last good copy as .bak)' });
    }
    const held = await store.lockInfo(env.name);
    const manualLockByUser = held !== undefined && held.pid <= 0 && held.owner === user;
    if (!options.dryRun && !manualLockByUser)
        await store.lock(env.name, { owner, pid: process.pid, host: (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8161, 23))).hostname(), reason: `adopt ${model}` });
    try {
        const history = await store.history(env.name, model);
        const current = history.find((r) => r.status === 'success');
        const interrupted = history.find((r) => r.status === 'in_progress');
        const previousVersion = current?.payload.version ?? null;
        if (interrupted)
            throw new errors/* ModelshipError */.W7(`a deployment of ${model} ${interrupted.payload.version} to ${env.name} was interrupted: the state is not lost`, { hint: `resume it (modelship deploy ${env.name} --resume) or go back (modelship rollback ${env.name})` });
        const observed = await provider.observe(pctx);
        const served = observed?.stable ?? null;
        const result = (outcome, message, extra = {}) => ({
            environment: env.name, model, version: served, previousVersion, strategy: 'adopt', provider: provider.type, dryRun: options.dryRun === true, outcome, steps, url: env.url, liveVersion: outcome === 'adopted' ? served : previousVersion, message, ...extra,
        });
        if (served === previousVersion)
            return result('noop', `state and ${provider.type} provider agree: ${served ?? 'nothing'} is live in ${env.name}; nothing to adopt`);
        if (served === null) {
            throw new errors/* ModelshipError */.W7(`the ${provider.type} provider of ${env.name} serves nothing, but the state says ${previousVersion} is live: there is nothing to adopt`, { hint: `make ${previousVersion} live again (modelship rollback ${env.name} --to ${previousVersion}) or deploy another version` });
        }
        if (observed.candidate !== null || observed.shadow !== null || observed.headerRoutes.length > 0 || Object.keys(observed.weights).some((v) => v !== served)) {
            throw new errors/* ModelshipError */.W7(`the ${provider.type} provider of ${env.name} is in the middle of a rollout (${describeTraffic(observed)}): only a settled version can be adopted`, { hint: 'finish or revert that rollout where it runs, then adopt' });
        }
        const installed = await provider.installed(pctx, served);
        if (installed === undefined || !/^[0-9a-f]{64}$/.test(installed.sha256)) {
            throw new errors/* ModelshipError */.W7(`the ${provider.type} provider of ${env.name} routes to ${model} ${served} but does not hold a verifiable copy of it`, { hint: 'deploy a version again instead' });
        }
        const actual = await (0,atomic/* sha256File */.Q3)(installed.artifact).catch(() => undefined);
        if (actual !== installed.sha256) {
            throw new errors/* ModelshipError */.W7(`the installed copy of ${model} ${served} (${installed.artifact}) has sha256 ${actual?.slice(0, 12) ?? 'unreadable'}, but its SHA256SUMS says ${installed.sha256.slice(0, 12)}`, { hint: 'the repository was changed by hand; deploy a version again instead' });
        }
        const detail = `recorded ${served} as live: the ${provider.type} provider serves it (sha256 ${installed.sha256.slice(0, 12)}, ${installed.artifact}); the state said ${previousVersion ?? 'nothing'}`;
        if (options.dryRun) {
            steps.push({ name: 'adopt', status: 'planned', detail, at: new Date().toISOString() });
            return result('planned', `dry run: would record ${model} ${served} as live in ${env.name}; nothing was changed`, { sha256: installed.sha256 });
        }
        const payload = { model, version: served, sha256: installed.sha256, artifact: installed.artifact, strategy: 'adopt', provider: provider.type, previousVersion };
        const record = await store.create(env.name, payload, user);
        const step = { name: 'adopt', status: 'ok', detail, at: new Date().toISOString() };
        steps.push(step);
        await store.step(record, step);
        await store.finish(record, 'success', `${served} adopted from the ${provider.type} provider by ${user}`, env.url);
        return result('adopted', `${env.name} state now records ${model} ${served} as live, as the ${provider.type} provider serves it (was ${previousVersion ?? 'nothing'})`, { sha256: installed.sha256, deploymentId: record.id });
    }
    finally {
        if (!options.dryRun && !manualLockByUser)
            await store.unlock(env.name, owner).catch(() => { });
    }
}
async function lock(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const store = storeFor(loaded, env, options);
    const owner = request.actor ?? (0,local/* osUser */.kR)();
    if (options.dryRun)
        return { environment: env.name, locked: false, lock: (await store.lockInfo(env.name)) ?? null, message: `dry run: would lock ${env.name} for ${owner}` };
    // pid -1: a manual lock, held until unlocked (never taken over as stale).
    const info = await store.lock(env.name, { owner, pid: -1, host: (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8161, 23))).hostname(), reason: request.reason ?? 'locked by hand' });
    return { environment: env.name, locked: true, lock: info, message: `${env.name} locked by ${owner}` };
}
async function unlock(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const store = storeFor(loaded, env, options);
    const held = (await store.lockInfo(env.name)) ?? null;
    if (options.dryRun)
        return { environment: env.name, locked: held !== null, lock: held, message: `dry run: would unlock ${env.name}` };
    const owner = request.actor ?? (0,local/* osUser */.kR)();
    const released = await store.unlock(env.name, owner, request.force === true);
    return { environment: env.name, locked: false, lock: null, message: released ? `${env.name} unlocked` : `${env.name} was not locked` };
}
/** sha256 of the artifact, checked against a SHA256SUMS manifest beside it when there is one. */
async function verifiedSha256(artifact, from) {
    const info = await (0,promises_.stat)(artifact).catch(() => undefined);
    if (!info)
        throw new errors/* ModelshipError */.W7(`the artifact of ${from} is missing: ${artifact} does not exist`, { hint: from === '--artifact' ? 'pass the path of an existing file' : 'build or fetch the model first, fix the path in modelship.yml, or pass --artifact PATH' });
    if (!info.isFile())
        throw new errors/* ModelshipError */.W7(`the artifact of ${from}, ${artifact}, is not a file`);
    const sha256 = await (0,atomic/* sha256File */.Q3)(artifact);
    const manifest = await (0,promises_.readFile)(external_node_path_default().join(external_node_path_default().dirname(artifact), 'SHA256SUMS'), 'utf8').catch(() => undefined);
    if (manifest !== undefined) {
        const name = external_node_path_default().basename(artifact);
        const line = manifest.split('\n').map((l) => l.trim().match(/^([0-9a-f]{64})\s+\*?(.+)$/i)).find((m) => m && external_node_path_default().basename(m[2]) === name);
        if (line && line[1].toLowerCase() !== sha256) {
            throw new errors/* ModelshipError */.W7(`${artifact} has sha256 ${sha256.slice(0, 12)} but its SHA256SUMS says ${line[1].slice(0, 12)}`, { hint: 'nothing was changed: the artifact is not the one that was released' });
        }
    }
    return sha256;
}
/** Where state and provider disagree about the live version, in words; null when they agree or the provider cannot tell. */
function disagreementOf(stateVersion, observed) {
    if (observed === undefined || observed.stable === stateVersion)
        return null;
    // A routing with no stable version names no live version: the provider serves nothing.
    if (observed.stable === null && Object.keys(observed.weights).length === 0)
        return stateVersion === null ? null : `the state says ${stateVersion} is live, but the provider serves nothing`;
    return `the state says ${stateVersion ?? 'nothing'} is live, but the provider serves ${observed.stable ?? describeTraffic(observed)}`;
}
/** The provider of an environment for status, which must not fail on a provider that cannot be built (e.g. an unset secret). */
function providerOrUndefined(loaded, env, options) {
    try {
        const fallback = providerFor(loaded, env);
        return options.provider ? options.provider(env, fallback) : fallback;
    }
    catch {
        return undefined;
    }
}
/**
 * A version is immutable: the same version with other bytes is refused before anything runs (no record,
 * no routing change), whether the state has it (live, replaced, failed) or the provider already holds it.
 */
async function refuseOtherBytes(provider, pctx, history, environment, target) {
    const known = history.find((r) => r.payload.version === target.version && r.payload.sha256 !== target.sha256);
    const installed = known ? undefined : await provider.installed?.(pctx, target.version);
    const other = known ? { sha256: known.payload.sha256, where: `the ${known.status} deployment ${known.id} in ${environment}` } : installed && installed.sha256 !== target.sha256 ? { sha256: installed.sha256, where: `the ${provider.type} provider's copy (${installed.artifact})` } : undefined;
    if (other) {
        throw new errors/* ModelshipError */.W7(`${target.model} ${target.version} already exists with other bytes: sha256 ${other.sha256.slice(0, 12)} in ${other.where}, but this artifact has ${target.sha256.slice(0, 12)}`, {
            hint: 'nothing was changed. A version is immutable: release the change as a new version',
        });
    }
}
function lastStep(record) {
    return record.steps[record.steps.length - 1]?.name ?? 'start';
}
function successfulVersions(history) {
    return [...new Set(history.filter(wasLive).map((r) => r.payload.version))];
}
/** Success, or success later superseded (inactive); a shadow run is inactive but was never live. */
function wasLive(r) {
    return r.status === 'success' || (r.status === 'inactive' && r.payload.strategy !== 'shadow');
}
/** The metrics of the artifact's version: `metrics.json` beside it, else the model's configured metrics when it is the configured artifact. */
async function metricsFor(loaded, model, artifact) {
    const beside = external_node_path_default().join(external_node_path_default().dirname(artifact), 'metrics.json');
    if (await (0,promises_.stat)(beside).then((s) => s.isFile(), () => false))
        return beside;
    const config = (0,core_config/* getModel */.E1)(loaded, model);
    if (config.metrics && loaded.resolvePath(config.path, ['models', model, 'path']) === artifact)
        return loaded.resolvePath(config.metrics, ['models', model, 'metrics']);
    return undefined;
}


/***/ }),

/***/ 7314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XB: () => (/* binding */ defaultOwner),
/* harmony export */   Z5: () => (/* binding */ userOf),
/* harmony export */   kR: () => (/* binding */ osUser),
/* harmony export */   oF: () => (/* binding */ LocalDeploymentStore)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1106);
/* harmony import */ var _lock_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6745);







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
        return new _lock_file_js__WEBPACK_IMPORTED_MODULE_6__/* .LockFile */ .g(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, `${environment}.lock`));
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelshipError */ .W7(`cannot read deployment state ${file}: ${err.message}`);
        }
        const corrupt = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelshipError */ .W7(`deployment state ${file} is corrupted: ${why}`, {
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelshipError */ .W7(`deployment ${record.id} is missing from ${this.fileFor(record.environment)}`);
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

/***/ 6745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LockFile)
/* harmony export */ });
/* unused harmony export STALE_LOCK_AGE_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);





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
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelshipError */ .W7(`environment "${info.environment}" is locked by ${held.owner} (pid ${held.pid} on ${held.host || '?'}, since ${held.createdAt}): ${held.reason || 'no reason given'}`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .yU.Usage, hint: `wait for it to finish, or if it is gone: modelship unlock ${info.environment} --force (lock file ${this.file})` });
            }
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelshipError */ .W7(`could not take the lock ${this.file}`);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ModelshipError */ .W7(`lock on "${held.environment}" is held by ${held.owner}, not ${owner}`, { hint: 'pass --force to break it' });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true });
        return true;
    }
}


/***/ }),

/***/ 2525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   DC: () => (/* binding */ formatDigestReference),
/* harmony export */   Dn: () => (/* binding */ parseDigestReference),
/* harmony export */   w1: () => (/* binding */ isOciUri)
/* harmony export */ });
/* unused harmony export parseReference */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

// distribution-spec: repository name components and tags; digests are sha256 only here.
const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]{1,5})?$/;
function isDigest(value) {
    return DIGEST.test(value);
}
/** Parses a reference; the registry host is always explicit (no implicit Docker Hub). */
function parseReference(text, what = 'reference') {
    const bare = text.startsWith('oci://') ? text.slice('oci://'.length) : text;
    const slash = bare.indexOf('/');
    if (slash <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`${what} "${text}" has no registry host: expected host[:port]/repository[:tag][@sha256:<hex>]`);
    const registry = bare.slice(0, slash);
    if (!HOST.test(registry))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`${what} "${text}": "${registry}" is not a registry host[:port]`);
    let rest = bare.slice(slash + 1);
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`${what} "${text}": digest "${digest}" is not sha256:<64 lowercase hex>`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`${what} "${text}": tag "${tag}" is not a valid OCI tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
    }
    if (!REPOSITORY.test(rest))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`${what} "${text}": repository "${rest}" is not a valid OCI repository name (lowercase letters, digits, separators . _ __ -, / between parts)`);
    return { registry, repository: rest, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}
/** Parses `oci://registry/repository@sha256:...`: a reference that must be pinned by digest. */
function parseDigestReference(text, what = 'artifact') {
    const ref = parseReference(text, what);
    if (!ref.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`${what} "${text}" is not pinned by digest: expected oci://${ref.registry}/${ref.repository}@sha256:<hex>`, { hint: 'deploy the digest `modelship push` printed, never a tag' });
    return { registry: ref.registry, repository: ref.repository, digest: ref.digest };
}
/** `oci://registry/repository@sha256:...` (the form KServe's storageUri and the deployment payload carry). */
function formatDigestReference(ref) {
    return `oci://${ref.registry}/${ref.repository}@${ref.digest}`;
}
function isOciUri(text) {
    return text.startsWith('oci://');
}


/***/ })

};
