export const id = 6254;
export const ids = [6254];
export const modules = {

/***/ 41484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   benchWithOptions: () => (/* binding */ benchWithOptions)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83950);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52822);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16544);






const RUNNER_NAMES = ['onnx', 'http', 'command'];
function positiveInt(text, what) {
    const n = typeof text === 'number' ? text : Number(text);
    if (!Number.isInteger(n) || n < 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${what} is "${text}", expected a positive integer`);
    return n;
}
/** Validates the options, runs the benchmark, and saves it to the history folder when asked. */
async function benchWithOptions(loaded, options, io) {
    if (options.runner !== undefined && !RUNNER_NAMES.includes(options.runner)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`--runner is "${options.runner}", expected one of ${RUNNER_NAMES.join(', ')}`);
    }
    const settings = (0,_config_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveBenchSettings */ .g)(loaded, {
        runner: options.runner,
        trials: options.trials === undefined ? undefined : positiveInt(options.trials, '--trials'),
        durationMs: options.duration ? (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(options.duration, '--duration') : undefined,
        warmupMs: options.warmup ? (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(options.warmup, '--warmup') : undefined,
        batchSizes: options.batch ? options.batch.split(',').map((b) => positiveInt(b.trim(), '--batch')) : undefined,
        url: options.url,
    });
    const report = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runBenchmark */ .ff)({
        settings,
        loaded,
        models: options.models,
        baseline: options.baseline ? (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .parseBaseline */ .nk)(options.baseline, io.cwd) : undefined,
        cwd: loaded.root,
        env: io.env,
        log: io.log,
        progress: io.progress,
    });
    const dir = options.save ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, options.save) : settings.history.dir;
    if (!dir)
        return { report, pruned: [] };
    const { entry, pruned } = await (0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .saveRun */ .BQ)(dir, report, { maxAgeMs: settings.history.maxAgeMs, maxRuns: settings.history.maxRuns });
    return { report, history: await (0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .readHistoryIndex */ .Vq)(dir), savedAs: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, entry.file), pruned };
}


/***/ }),

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

/***/ 94021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   ms: () => (/* binding */ coefficientOfVariation)
/* harmony export */ });
/* unused harmony export stddev */
/** Descriptive statistics over plain number arrays. Inputs are never mutated. */
function requireValues(values, what) {
    if (values.length === 0)
        throw new RangeError(`${what}: no values`);
    for (const v of values)
        if (!Number.isFinite(v))
            throw new RangeError(`${what}: non-finite value ${v}`);
}
function mean(values) {
    requireValues(values, 'mean');
    let s = 0;
    for (const v of values)
        s += v;
    return s / values.length;
}
/** Sample standard deviation (n - 1); 0 for a single value. */
function stddev(values) {
    requireValues(values, 'stddev');
    if (values.length < 2)
        return 0;
    const m = mean(values);
    let s = 0;
    for (const v of values)
        s += (v - m) ** 2;
    return Math.sqrt(s / (values.length - 1));
}
/** Quantile q in [0, 1] with linear interpolation between order statistics (numpy's default, type 7). */
function quantile(values, q) {
    requireValues(values, 'quantile');
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
    const sorted = [...values].sort((a, b) => a - b);
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function median(values) {
    return quantile(values, 0.5);
}
/** Coefficient of variation (stddev / mean): the spread of repeated trials, unitless. */
function coefficientOfVariation(values) {
    const m = mean(values);
    return m === 0 ? 0 : stddev(values) / Math.abs(m);
}


/***/ })

};
