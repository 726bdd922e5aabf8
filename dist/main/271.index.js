export const id = 271;
export const ids = [271];
export const modules = {

/***/ 62066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ resolveValidateSettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_LIMITS, DEFAULT_PICKLE_POLICY, parseSize */
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is ${value}, expected a size >= 0`);
        return Math.floor(value);
    }
    const m = SIZE.exec(value.trim());
    if (!m)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is "${value}", expected a size such as 4GiB, 500MB or a number of bytes`);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`validate.limits.${key} is not a known limit`);
        // timeoutMs: a number is milliseconds (as the key says), a string is a duration such as `5m`.
        limits[k] = k === 'timeoutMs' ? (typeof value === 'number' ? value : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(value, `validate.limits.${key}`)) : k.endsWith('Bytes') ? parseSize(value, `validate.limits.${key}`) : Number(value);
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


/***/ }),

/***/ 80271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidation: () => (/* binding */ runValidation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62066);



/** What the CLI and the action call: configuration in, a report out. */
async function runValidation(options) {
    const section = options.loaded?.config.validate;
    const settings = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveValidateSettings */ .UZ)(section);
    if (options.failOnWarning !== undefined)
        settings.failOnWarning = options.failOnWarning;
    const targets = new Map();
    const configured = [];
    if (options.loaded) {
        for (const [name, model] of Object.entries(options.loaded.config.models)) {
            const absolute = options.loaded.resolvePath(model.path, ['models', name, 'path']);
            targets.set(absolute, { format: model.format, signature: model.signature });
            configured.push(absolute);
        }
    }
    let paths = options.paths;
    if (paths.length === 0) {
        if (configured.length === 0) {
            const where = options.loaded ? `${options.loaded.file} configures no models` : 'no modelship.yml here';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`nothing to validate: no files or folders given, and ${where}`, { hint: 'modelship validate models/model.onnx, or list the models under models: in modelship.yml' });
        }
        paths = configured;
    }
    let manifest = options.manifest;
    if (manifest === undefined && settings.manifest && options.loaded)
        manifest = options.loaded.resolvePath(settings.manifest, ['validate', 'manifest']);
    // The validator loads once there is something to validate: a run refused above starts without it.
    const { validateArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(9607), __webpack_require__.e(2484)]).then(__webpack_require__.bind(__webpack_require__, 32484));
    return validateArtifacts({ paths, cwd: options.cwd, settings, manifest: manifest ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.cwd, manifest) : undefined, targets, progress: options.progress });
}


/***/ })

};
