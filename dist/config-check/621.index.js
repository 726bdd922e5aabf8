export const id = 621;
export const ids = [621];
export const modules = {

/***/ 9621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   environmentsOf: () => (/* binding */ environmentsOf)
/* harmony export */ });
/* unused harmony exports DEFAULT_PROGRESS_DEADLINE, BANDIT_DEFAULTS, DEFAULT_REPOSITORY, DEFAULT_STATE_DIR, pauseMsOf, progressDeadlineMs, environmentOf, modelNameOf */
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
    return parseDuration(env.strategy.progressDeadline ?? DEFAULT_PROGRESS_DEADLINE, `environments.${env.name}.strategy.progressDeadline`);
}
function environmentOf(loaded, name) {
    const all = environmentsOf(loaded);
    const found = all.find((e) => e.name === name);
    if (found === undefined) {
        throw new ModelshipError(`unknown environment "${name}" in ${loaded.file}`, {
            location: loaded.locate(['environments']),
            hint: didYouMean(name, all.map((e) => e.name)) ?? (all.length ? `environments: ${all.map((e) => e.name).join(', ')}` : 'add an `environments:` section (see docs/deploy.md)'),
        });
    }
    return found;
}
/** The model a request names, or the only configured one. */
function modelNameOf(loaded, requested) {
    const names = Object.keys(loaded.config.models);
    if (requested !== undefined) {
        if (!Object.hasOwn(loaded.config.models, requested)) {
            throw new ModelshipError(`unknown model "${requested}" in ${loaded.file}`, { hint: didYouMean(requested, names) ?? `models: ${names.join(', ')}` });
        }
        return requested;
    }
    if (names.length !== 1)
        throw new ModelshipError(`${loaded.file} configures ${names.length} models: pass --model NAME`, { hint: `models: ${names.join(', ')}` });
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


/***/ })

};
