export const id = 242;
export const ids = [242];
export const modules = {

/***/ 5242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  isModelFile: () => (/* binding */ isModelFile),
  optimizeRequest: () => (/* binding */ optimizeRequest)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/bench/config.ts


const DEFAULT_REGRESSION = { metric: 'p50', test: 'mann-whitney', alpha: 0.01, minEffect: 0.05, confidence: 0.95 };
function resolveBenchSettings(loaded, overrides = {}) {
    const section = (loaded?.config.bench ?? {});
    const where = (...keys) => (loaded ? loaded.locate(['bench', ...keys]) : undefined);
    const dur = (v, fallback, key) => {
        if (v === undefined)
            return fallback;
        try {
            return (0,duration/* parseDuration */.E)(v, `bench.${key}`);
        }
        catch (err) {
            throw new errors/* ModelshipError */.W7(err.message, { location: where(key) });
        }
    };
    const runner = overrides.runner ?? section.runner ?? (section.http ? 'http' : section.command ? 'command' : 'onnx');
    const trials = overrides.trials ?? section.trials ?? 8;
    if (!Number.isInteger(trials) || trials < 3) {
        throw new errors/* ModelshipError */.W7(`bench.trials is ${trials}: at least 3 trials are needed to judge a regression`, { location: where('trials') });
    }
    let http;
    const url = overrides.url ?? section.http?.url;
    if (runner === 'http') {
        if (!url)
            throw new errors/* ModelshipError */.W7('the http runner needs a URL', { location: where('http'), hint: 'set bench.http.url or pass --url' });
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
        throw new errors/* ModelshipError */.W7('the command runner needs bench.command (an argument array)', { location: where('command'), hint: 'e.g. command: [python, bench.py, "--batch", "{batch}"]' });
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

// EXTERNAL MODULE: ./src/optimize/graph-optimize.ts
var graph_optimize = __webpack_require__(9263);
// EXTERNAL MODULE: ./src/optimize/run.ts + 13 modules
var run = __webpack_require__(4631);
;// CONCATENATED MODULE: ./src/optimize/request.ts






const list = (value) => (value ?? '').split(/[\s,]+/).filter(Boolean);
/** A model argument that is a file is used as is; otherwise it names a model of modelship.yml. */
function isModelFile(model, cwd) {
    const file = external_node_path_default().resolve(cwd, model);
    return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile();
}
function optimizeRequest(model, options, cwd, loaded) {
    let modelPath;
    let name;
    if (isModelFile(model, cwd)) {
        modelPath = external_node_path_default().resolve(cwd, model);
        name = external_node_path_default().basename(model, external_node_path_default().extname(model));
    }
    else {
        const configured = loaded?.config.models[model];
        if (!configured)
            throw new errors/* ModelshipError */.W7(`"${model}" is neither a file nor a model of ${loaded?.file ?? 'modelship.yml'}`, { hint: loaded ? `configured models: ${Object.keys(loaded.config.models).join(', ')}` : 'give the path of an .onnx file' });
        modelPath = loaded.resolvePath(configured.path, ['models', model, 'path']);
        name = model;
    }
    if (!modelPath.endsWith('.onnx'))
        throw new errors/* ModelshipError */.W7(`${modelPath}: optimize works on ONNX models (.onnx)`);
    const variants = list(options.variants ?? 'graph,fp16,int8');
    for (const v of variants)
        if (!run.VARIANT_KINDS.includes(v))
            throw new errors/* ModelshipError */.W7(`--variants: unknown variant "${v}" (expected ${run.VARIANT_KINDS.join(', ')})`);
    if (variants.length === 0)
        throw new errors/* ModelshipError */.W7('--variants: name at least one variant');
    const graphLevel = (options.graphLevel ?? 'basic');
    if (!graph_optimize/* GRAPH_OPTIMIZATION_LEVELS */.V.includes(graphLevel))
        throw new errors/* ModelshipError */.W7(`--graph-level: "${options.graphLevel}" is not one of ${graph_optimize/* GRAPH_OPTIMIZATION_LEVELS */.V.join(', ')}`);
    if (options.data && !options.label)
        throw new errors/* ModelshipError */.W7('--data needs --label, the column that holds the true class');
    const trials = options.trials === undefined ? undefined : Number(options.trials);
    if (trials !== undefined && (!Number.isInteger(trials) || trials < 3))
        throw new errors/* ModelshipError */.W7(`--trials: "${options.trials}" is not a whole number of at least 3`);
    return {
        model: name,
        modelPath,
        outDir: external_node_path_default().resolve(cwd, options.out ?? external_node_path_default().join('.modelship', 'optimize', name)),
        variants: variants,
        graphLevel,
        float16: { blockOps: list(options.fp16Block) },
        int8: { ops: options.int8Ops ? list(options.int8Ops) : undefined, exclude: list(options.int8Exclude), perChannel: !options.perTensor },
        evalData: options.data ? { file: external_node_path_default().resolve(cwd, options.data), label: options.label, classes: options.classes ? list(options.classes) : undefined } : undefined,
        bench: resolveBenchSettings(loaded, { trials, batchSizes: [1] }),
        web: options.web ?? true,
    };
}


/***/ })

};
