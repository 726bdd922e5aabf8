export const id = 2358;
export const ids = [2358];
export const modules = {

/***/ 52358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ isLive),
/* harmony export */   gateConfigIssues: () => (/* binding */ gateConfigIssues)
/* harmony export */ });
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72020);

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
        at(['model'], `gate "${name}" names model "${spec.model}", which is not configured`, (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(spec.model, Object.keys(loaded.config.models)) ?? `models: ${Object.keys(loaded.config.models).join(', ')}`);
    }
    const baseline = spec.baseline;
    if (baseline !== undefined && isLive(baseline)) {
        const environments = Object.keys(loaded.config.environments ?? {});
        if (!environments.includes(baseline.live.environment)) {
            at(['baseline', 'live', 'environment'], `the live baseline names environment "${baseline.live.environment}", which is not configured`, (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(baseline.live.environment, environments) ?? `environments: ${environments.join(', ') || '(none)'}`);
        }
    }
    return issues;
}
/** A baseline read from what an environment serves (`{live: {environment}}`), not from a metrics source. */
function isLive(spec) {
    return spec !== null && typeof spec === 'object' && !Array.isArray(spec) && 'live' in spec;
}


/***/ })

};
