export const id = 9059;
export const ids = [9059,271];
export const modules = {

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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what}: expected a duration >= 0, got ${value}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what}: "${value}" is not a duration`, { hint: 'use a number of seconds or e.g. 500ms, 30s, 5m, 1h30m, 2d' });
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

/***/ 29059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageSourceOf: () => (/* binding */ packageSourceOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_git_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62773);
/* harmony import */ var _core_onnx_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71988);
/* harmony import */ var _validate_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80271);





/**
 * The package of one configured model at one version: its files from modelship.yml, its signature (read
 * from the ONNX file, else as declared), Modelship's validation report of the artifact, and the fixed
 * creation time that makes the digest reproducible: `--created`, else SOURCE_DATE_EPOCH, else the commit
 * time of HEAD.
 */
async function packageSourceOf(loaded, model, version, env, created) {
    const config = loaded.config.models[model];
    if (!config)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`model "${model}" is not configured in ${loaded.file} (models: ${Object.keys(loaded.config.models).join(', ') || 'none'})`);
    const artifact = loaded.resolvePath(config.path, ['models', model, 'path']);
    const card = config.card ? loaded.resolvePath(config.card, ['models', model, 'card']) : undefined;
    const metrics = config.metrics ? loaded.resolvePath(config.metrics, ['models', model, 'metrics']) : undefined;
    const configDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(loaded.file);
    const report = await (0,_validate_run_js__WEBPACK_IMPORTED_MODULE_4__.runValidation)({ paths: [artifact], cwd: configDir, loaded });
    let signature = config.signature;
    if (config.format === 'onnx' || artifact.endsWith('.onnx')) {
        signature = (0,_core_onnx_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .signatureOf */ .yK)(await (0,_core_onnx_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .readOnnxModel */ .Dk)(artifact)) ?? signature;
    }
    const git = await (0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openGit */ .zY)(configDir, env).catch(() => undefined);
    const revision = env.GITHUB_SHA || git?.head;
    return {
        model,
        version,
        artifact,
        format: config.format,
        card,
        metrics,
        signature,
        validation: report,
        verdict: report.verdict,
        created: created ?? (await creationTime(env, git)),
        revision,
        source: env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined,
        description: config.description,
    };
}
async function creationTime(env, git) {
    if (env.SOURCE_DATE_EPOCH !== undefined) {
        const seconds = Number(env.SOURCE_DATE_EPOCH);
        if (!Number.isSafeInteger(seconds) || seconds < 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${env.SOURCE_DATE_EPOCH}"`);
        return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
    }
    if (git?.head) {
        const iso = (await git.git.text(['show', '-s', '--format=%ct', git.head])).trim();
        return new Date(Number(iso) * 1000).toISOString().replace('.000Z', 'Z');
    }
    return '1970-01-01T00:00:00Z';
}


/***/ }),

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

__webpack_require__.r(__webpack_exports__);
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
    const { validateArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(6278), __webpack_require__.e(3075)]).then(__webpack_require__.bind(__webpack_require__, 76278));
    return validateArtifacts({ paths, cwd: options.cwd, settings, manifest: manifest ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.cwd, manifest) : undefined, targets, progress: options.progress });
}


/***/ })

};
