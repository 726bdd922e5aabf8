export const id = 5726;
export const ids = [5726];
export const modules = {

/***/ 83950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ resolveBenchSettings)
/* harmony export */ });
/* unused harmony export DEFAULT_REGRESSION */
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const DEFAULT_REGRESSION = { metric: 'p50', test: 'mann-whitney', alpha: 0.01, minEffect: 0.05, confidence: 0.95 };
function resolveBenchSettings(loaded, overrides = {}) {
    const section = (loaded?.config.bench ?? {});
    const where = (...keys) => (loaded ? loaded.locate(['bench', ...keys]) : undefined);
    const dur = (v, fallback, key) => {
        if (v === undefined)
            return fallback;
        try {
            return (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(v, `bench.${key}`);
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(err.message, { location: where(key) });
        }
    };
    const runner = overrides.runner ?? section.runner ?? (section.http ? 'http' : section.command ? 'command' : 'onnx');
    const trials = overrides.trials ?? section.trials ?? 8;
    if (!Number.isInteger(trials) || trials < 3) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`bench.trials is ${trials}: at least 3 trials are needed to judge a regression`, { location: where('trials') });
    }
    let http;
    const url = overrides.url ?? section.http?.url;
    if (runner === 'http') {
        if (!url)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('the http runner needs a URL', { location: where('http'), hint: 'set bench.http.url or pass --url' });
        const protocol = section.http?.protocol ?? (section.http?.payload ? 'raw' : 'oip');
        http = {
            ...section.http,
            url,
            protocol,
            method: section.http?.method ?? (protocol === 'oip' || section.http?.payload ? 'POST' : 'GET'),
            concurrency: section.http?.concurrency ?? 8,
            timeoutMs: dur(section.http?.timeout, 10_000, 'http.timeout'),
            payloadFile: section.http?.payload && loaded ? loaded.resolvePath(section.http.payload, ['bench', 'http', 'payload']) : section.http?.payload,
        };
        delete http.payload;
    }
    if (runner === 'command' && (!section.command || section.command.length === 0)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('the command runner needs bench.command (an argument array)', { location: where('command'), hint: 'e.g. command: [python, bench.py, "--batch", "{batch}"]' });
    }
    const batchSizes = overrides.batchSizes ?? section.batchSizes ?? [1];
    return {
        runner,
        trials,
        durationMs: overrides.durationMs ?? dur(section.duration, 1000, 'duration'),
        warmupMs: overrides.warmupMs ?? dur(section.warmup, 200, 'warmup'),
        iterations: section.iterations,
        batchSizes,
        dims: section.dims ?? {},
        inputsFile: section.inputs && loaded ? loaded.resolvePath(section.inputs, ['bench', 'inputs']) : undefined,
        seed: section.seed ?? 1,
        // One thread each by default: figures then compare across runners with different core counts and
        // are far less noisy than a thread pool contending with the rest of the CI job.
        threads: { intraOp: section.threads?.intraOp ?? 1, interOp: section.threads?.interOp ?? 1 },
        http,
        command: section.command,
        regression: { ...DEFAULT_REGRESSION, ...section.regression },
        history: {
            dir: section.history?.dir && loaded ? loaded.resolvePath(section.history.dir, ['bench', 'history', 'dir']) : undefined,
            maxAgeMs: dur(section.history?.maxAge, 90 * 86_400_000, 'history.maxAge'),
            maxRuns: section.history?.maxRuns ?? 500,
        },
    };
}


/***/ }),

/***/ 75726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isModelFile: () => (/* binding */ isModelFile),
/* harmony export */   optimizeRequest: () => (/* binding */ optimizeRequest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _bench_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83950);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _graph_optimize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59263);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85857);






const list = (value) => (value ?? '').split(/[\s,]+/).filter(Boolean);
/** A model argument that is a file is used as is; otherwise it names a model of modelship.yml. */
function isModelFile(model, cwd) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, model);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isFile();
}
function optimizeRequest(model, options, cwd, loaded) {
    let modelPath;
    let name;
    if (isModelFile(model, cwd)) {
        modelPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, model);
        name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(model, node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(model));
    }
    else {
        const configured = loaded?.config.models[model];
        if (!configured)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`"${model}" is neither a file nor a model of ${loaded?.file ?? 'modelship.yml'}`, { hint: loaded ? `configured models: ${Object.keys(loaded.config.models).join(', ')}` : 'give the path of an .onnx file' });
        modelPath = loaded.resolvePath(configured.path, ['models', model, 'path']);
        name = model;
    }
    if (!modelPath.endsWith('.onnx'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${modelPath}: optimize works on ONNX models (.onnx)`);
    const variants = list(options.variants ?? 'graph,fp16,int8');
    for (const v of variants)
        if (!_run_js__WEBPACK_IMPORTED_MODULE_5__.VARIANT_KINDS.includes(v))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`--variants: unknown variant "${v}" (expected ${_run_js__WEBPACK_IMPORTED_MODULE_5__.VARIANT_KINDS.join(', ')})`);
    if (variants.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError('--variants: name at least one variant');
    const graphLevel = (options.graphLevel ?? 'basic');
    if (!_graph_optimize_js__WEBPACK_IMPORTED_MODULE_4__/* .GRAPH_OPTIMIZATION_LEVELS */ .V.includes(graphLevel))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`--graph-level: "${options.graphLevel}" is not one of ${_graph_optimize_js__WEBPACK_IMPORTED_MODULE_4__/* .GRAPH_OPTIMIZATION_LEVELS */ .V.join(', ')}`);
    if (options.data && !options.label)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError('--data needs --label, the column that holds the true class');
    const trials = options.trials === undefined ? undefined : Number(options.trials);
    if (trials !== undefined && (!Number.isInteger(trials) || trials < 3))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`--trials: "${options.trials}" is not a whole number of at least 3`);
    return {
        model: name,
        modelPath,
        outDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, options.out ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join('.modelship', 'optimize', name)),
        variants: variants,
        graphLevel,
        float16: { blockOps: list(options.fp16Block) },
        int8: { ops: options.int8Ops ? list(options.int8Ops) : undefined, exclude: list(options.int8Exclude), perChannel: !options.perTensor },
        evalData: options.data ? { file: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, options.data), label: options.label, classes: options.classes ? list(options.classes) : undefined } : undefined,
        bench: (0,_bench_config_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveBenchSettings */ .g)(loaded, { trials, batchSizes: [1] }),
        web: options.web ?? true,
    };
}


/***/ })

};
