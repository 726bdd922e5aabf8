export const id = 189;
export const ids = [189];
export const modules = {

/***/ 4189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseShard: () => (/* binding */ parseShard),
/* harmony export */   toCompareRequest: () => (/* binding */ toCompareRequest),
/* harmony export */   toMergeRequest: () => (/* binding */ toMergeRequest),
/* harmony export */   toRunRequest: () => (/* binding */ toRunRequest)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9112);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6706);




const FORMATS = ['csv', 'jsonl', 'parquet'];
/** Flags are relative to `cwd`; the environment's settings to the project root. Flags win. */
function toRunRequest(raw, loaded, cwd) {
    const env = raw.environment;
    const versioned = raw.model !== undefined && raw.model.includes('@');
    if (env === undefined && !versioned)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('name a batch environment or a version: modelship batch run ENV, or --model NAME@VERSION');
    if (env !== undefined && versioned)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`give either the environment "${env}" or --model ${raw.model}, not both`, { hint: 'a run on an environment scores with the version live there' });
    let spec = {};
    if (env !== undefined) {
        if (!loaded)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('a batch environment needs modelship.yml');
        spec = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .batchEnvironment */ .w5)(loaded, env).spec;
    }
    const fromProject = (p) => (loaded ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(loaded.root, p) : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, p));
    const input = raw.input ?? spec.input;
    if (input === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('no input: pass --input FILE|FOLDER|GLOB', { hint: env ? `or set environments.${env}.provider.input` : undefined });
    const output = raw.output ?? spec.output;
    if (output === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('no output folder: pass --output DIR', { hint: env ? `or set environments.${env}.provider.output` : undefined });
    const format = raw.format ?? spec.outputFormat ?? _config_js__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_DEFAULTS */ .e.outputFormat;
    if (!FORMATS.includes(format))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`--format-out "${format}" is not one of ${FORMATS.join(', ')}`);
    const columns = { ...(spec.columns ?? {}) };
    for (const entry of raw.columns ?? []) {
        const eq = entry.indexOf('=');
        const names = entry.slice(eq + 1).split(',').map((s) => s.trim()).filter(Boolean);
        if (eq <= 0 || names.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`--columns "${entry}" is not INPUT=col1,col2,...`, { hint: 'e.g. --columns features=sepal_length,sepal_width,petal_length,petal_width' });
        columns[entry.slice(0, eq).trim()] = names;
    }
    const list = (values) => (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
    const passthrough = raw.id !== undefined ? list(raw.id) : (spec.passthrough ?? []);
    return {
        environment: env,
        modelReference: versioned ? raw.model : undefined,
        model: versioned ? undefined : raw.model,
        artifact: raw.artifact === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, raw.artifact),
        input,
        inputPath: raw.input !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, raw.input) : fromProject(input),
        outputDir: raw.output !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, raw.output) : fromProject(output),
        outputFormat: format,
        columns,
        passthrough,
        outputs: raw.outputs ? list(raw.outputs) : undefined,
        chunkRows: integer(raw.chunkRows ?? spec.chunkRows ?? _config_js__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_DEFAULTS */ .e.chunkRows, '--chunk-rows', 1),
        batchRows: integer(raw.batchRows ?? spec.batchRows ?? _config_js__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_DEFAULTS */ .e.batchRows, '--batch-rows', 1),
        maxErrorRate: rate(raw.maxErrorRate ?? spec.maxErrorRate ?? _config_js__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_DEFAULTS */ .e.maxErrorRate),
        shard: parseShard(raw.shard),
        resume: raw.resume === true,
        workers: integer(raw.workers ?? 1, '--workers', 1),
    };
}
function parseShard(text) {
    if (text === undefined || text === '')
        return { index: 0, count: 1 };
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    if (!m)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`--shard "${text}" is not I/N`, { hint: 'zero-based: --shard 0/4 ... --shard 3/4 (in a Kubernetes Indexed Job: --shard $JOB_COMPLETION_INDEX/N)' });
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || index >= count)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`--shard ${index}/${count}: the index must be below the count (zero-based)`);
    return { index, count };
}
function integer(v, flag, min) {
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isInteger(n) || n < min)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${flag} "${v}" is not an integer >= ${min}`);
    return n;
}
function rate(v) {
    const n = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(n) || n < 0 || n > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`--max-error-rate "${v}" is not a share between 0 and 1`, { hint: 'e.g. 0.001 for one bad row in a thousand' });
    return n;
}
function toMergeRequest(raw, cwd) {
    if (raw.sources.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('batch merge needs the shard folders or manifests', { hint: 'modelship batch merge out/shard-0 out/shard-1 --output out/merged' });
    const sources = raw.sources.map((s) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, s));
    return { sources, outputDir: raw.output !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, raw.output) : sources[0] };
}
function toCompareRequest(raw, loaded, cwd) {
    if (!raw.candidate)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('batch compare needs --candidate NAME@VERSION');
    if (raw.environment === undefined && raw.baseline === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('batch compare needs the environment whose live version is the baseline, or --baseline NAME@VERSION');
    const runLike = toRunRequest({ environment: raw.environment, model: raw.environment === undefined ? raw.baseline : undefined, input: raw.input, output: raw.output ?? '.', columns: raw.columns, batchRows: raw.batchRows, workers: raw.workers }, loaded, cwd);
    const list = (values) => (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
    return {
        environment: raw.environment,
        candidate: raw.candidate,
        candidateArtifact: raw.candidateArtifact === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, raw.candidateArtifact),
        baseline: raw.baseline,
        baselineArtifact: raw.baselineArtifact === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, raw.baselineArtifact),
        inputPath: runLike.inputPath,
        columns: runLike.columns,
        output: raw.output === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, raw.output),
        slices: list(raw.slice),
        label: raw.label,
        batchRows: runLike.batchRows,
        workers: runLike.workers,
    };
}


/***/ })

};
