export const id = 5218;
export const ids = [5218];
export const modules = {

/***/ 55218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   crossCheck: () => (/* binding */ crossCheck)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);


/**
 * What the schema cannot say, gathered from the capabilities that own each rule, so that `config check`
 * reports in one run every mistake a later `gate`, `deploy` or comment command would stop on: names that
 * must exist elsewhere in the file (gates, environments, models) and rules across fields.
 */
async function crossCheck(loaded) {
    const issues = [];
    const config = loaded.config;
    const gateNames = Object.keys(config.gates ?? {});
    if (config.gates) {
        const { gateConfigIssues } = await __webpack_require__.e(/* import() */ 2358).then(__webpack_require__.bind(__webpack_require__, 52358));
        for (const [name, spec] of Object.entries(config.gates))
            issues.push(...gateConfigIssues(loaded, name, spec));
    }
    if (config.environments) {
        const { environmentsOf } = await __webpack_require__.e(/* import() */ 9621).then(__webpack_require__.bind(__webpack_require__, 29621));
        const environments = collect(issues, loaded, () => environmentsOf(loaded)) ?? [];
        const needGate = (keyPath, gate, what) => {
            if (gateNames.includes(gate))
                return;
            issues.push({
                location: loaded.locate(keyPath),
                path: keyPath.join('.'),
                message: `${what} names gate "${gate}", which is not configured under gates`,
                hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(gate, gateNames) ?? `gates: ${gateNames.join(', ') || '(none)'}`,
            });
        };
        for (const env of environments) {
            env.gates.forEach((gate, i) => needGate(['environments', env.name, 'gates', i], gate, `environment "${env.name}"`));
            for (const key of ['analysis', 'prePromotionAnalysis', 'postPromotionAnalysis']) {
                const gate = env.strategy[key]?.gate;
                if (gate !== undefined)
                    needGate(['environments', env.name, 'strategy', key, 'gate'], gate, `the ${env.strategy.type} ${key} of "${env.name}"`);
            }
            if (env.strategy.winnerGate)
                needGate(['environments', env.name, 'strategy', 'winnerGate'], env.strategy.winnerGate, `the A/B winner of "${env.name}"`);
            if (env.provider.type === 'kubernetes') {
                const { kserveConfigProblems } = await __webpack_require__.e(/* import() */ 2144).then(__webpack_require__.bind(__webpack_require__, 92144));
                for (const p of kserveConfigProblems(env.provider, config.models)) {
                    const at = ['environments', env.name, 'provider', p.field];
                    issues.push({ location: loaded.locate(at), path: at.join('.'), message: `environment "${env.name}": ${p.message}`, ...(p.hint ? { hint: p.hint } : {}) });
                }
            }
        }
    }
    if (config.chatops) {
        const { chatopsConfig } = await __webpack_require__.e(/* import() */ 1934).then(__webpack_require__.bind(__webpack_require__, 81934));
        collect(issues, loaded, () => chatopsConfig(loaded));
    }
    return issues;
}
/** Runs a capability's own reader; what it refuses becomes an issue at the line it names. */
function collect(issues, loaded, read) {
    try {
        return read();
    }
    catch (err) {
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigError)
            issues.push(...err.issues);
        else if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError)
            issues.push({ location: err.location ?? { file: loaded.file }, path: '', message: err.message, hint: err.hint });
        else
            throw err;
        return undefined;
    }
}


/***/ })

};
