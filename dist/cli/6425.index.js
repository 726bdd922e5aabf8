export const id = 6425;
export const ids = [6425];
export const modules = {

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

/***/ 6425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_LOCAL_ROOT: () => (/* binding */ DEFAULT_LOCAL_ROOT),
/* harmony export */   cacheSettingsOf: () => (/* binding */ cacheSettingsOf),
/* harmony export */   repositoryOfEnvironment: () => (/* binding */ repositoryOfEnvironment),
/* harmony export */   resolveRepository: () => (/* binding */ resolveRepository)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72020);



const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The local provider's default root (schema/sections/environments.defs.json, deployProvider). */
const DEFAULT_LOCAL_ROOT = '.modelship/repository';
/**
 * The model repository of `environments.<env>` when its provider is `local` (the default provider):
 * `provider.root`, default `.modelship/repository`, relative to modelship.yml's folder.
 */
function repositoryOfEnvironment(loaded, env) {
    const envs = loaded.config.environments;
    if (!isObj(envs) || !isObj(envs[env])) {
        const known = isObj(envs) ? Object.keys(envs) : [];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`no environment "${env}" in ${loaded.file}`, { location: loaded.locate(['environments', env]), hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(env, known) ?? (known.length ? `environments: ${known.join(', ')}` : 'add an environments section or pass --repository DIR') });
    }
    const p = envs[env].provider ?? { type: 'local' };
    const kind = typeof p === 'string' ? p : isObj(p) ? p.type : undefined;
    if (kind !== 'local') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environment "${env}" uses provider ${JSON.stringify(kind ?? null)}; \`modelship serve\` serves a local provider's repository`, { location: loaded.locate(['environments', env, 'provider']), hint: 'pass --repository DIR to serve a folder directly' });
    }
    const root = isObj(p) && typeof p.root === 'string' ? p.root : DEFAULT_LOCAL_ROOT;
    return loaded.resolvePath(root, ['environments', env, 'provider', 'root']);
}
/** `--repository` wins; else the environment's; relative paths from the command line resolve against cwd. */
function resolveRepository(cwd, repository, env, loadConfig) {
    if (repository)
        return Promise.resolve(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, repository));
    if (!env)
        return Promise.reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('nothing to serve: give --env ENV (a local environment of modelship.yml) or --repository DIR'));
    return loadConfig().then((loaded) => repositoryOfEnvironment(loaded, env));
}
/** The `cache:` settings of the models of modelship.yml that opted in, by model name (checked by the server). */
function cacheSettingsOf(loaded) {
    const out = {};
    for (const [name, model] of Object.entries(loaded.config.models ?? {}))
        if (model.cache !== undefined)
            out[name] = model.cache;
    return out;
}


/***/ })

};
