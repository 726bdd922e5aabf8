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
        const { environmentsOf } = await __webpack_require__.e(/* import() */ 2002).then(__webpack_require__.bind(__webpack_require__, 29621));
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
        if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL)
            issues.push(...err.issues);
        else if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError)
            issues.push({ location: err.location ?? { file: loaded.file }, path: '', message: err.message, hint: err.hint });
        else
            throw err;
        return undefined;
    }
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


/***/ })

};
