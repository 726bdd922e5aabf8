export const id = 4218;
export const ids = [4218,2878,1582];
export const modules = {

/***/ 56881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   batchEnvironment: () => (/* binding */ batchEnvironment),
/* harmony export */   m: () => (/* binding */ liveModel),
/* harmony export */   x: () => (/* binding */ versionedModel)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _deploy_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29621);
/* harmony import */ var _deploy_providers_batch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73510);
/* harmony import */ var _deploy_state_select_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42489);







/** A batch environment and its provider settings. */
function batchEnvironment(loaded, name) {
    const env = (0,_deploy_config_js__WEBPACK_IMPORTED_MODULE_4__.environmentOf)(loaded, name);
    if (env.provider.type !== 'batch') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`environment "${name}" uses provider "${env.provider.type}": batch runs need a batch environment`, {
            location: loaded.locate(['environments', name, 'provider', 'type']),
            hint: 'give it provider: { type: batch, input: ..., output: ... } (docs/batch.md), or run a version directly with --model NAME@VERSION',
        });
    }
    const spec = env.provider;
    return { env, spec, provider: _deploy_providers_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .BatchProvider */ .u.fromSpec(spec, loaded, env) };
}
/**
 * The version live in a batch environment now, read into memory and checked against the sha256 its
 * deployment recorded. The run keeps these bytes: a deploy during the run changes the next run, not this one.
 */
async function liveModel(loaded, environment, requestedModel, options = {}) {
    const { env, provider } = batchEnvironment(loaded, environment);
    const model = (0,_deploy_config_js__WEBPACK_IMPORTED_MODULE_4__.modelNameOf)(loaded, requestedModel);
    const live = await (0,_deploy_state_select_js__WEBPACK_IMPORTED_MODULE_6__.storeFor)(loaded, env, options).current(env.name, model);
    if (!live)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`nothing is live in ${env.name} for ${model}`, { hint: `deploy a version first: modelship deploy ${env.name} VERSION` });
    const installed = provider.artifactOf(model, live.payload.version, live.payload.artifact);
    return { ...(await verifiedBytes(installed, live.payload.sha256, `${model} ${live.payload.version} (live in ${env.name})`)), name: model, version: live.payload.version, environment: env.name };
}
/**
 * `--model NAME@VERSION`: the artifact given with `--artifact`, or the one a deployment of that version
 * recorded in any environment (checked against its sha256). Never a guess from the models section.
 */
async function versionedModel(loaded, reference, artifact, options = {}) {
    const at = reference.lastIndexOf('@');
    if (at <= 0 || at === reference.length - 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`--model "${reference}" is not NAME@VERSION`, { hint: 'e.g. --model iris@1.2.0' });
    const name = (0,_deploy_config_js__WEBPACK_IMPORTED_MODULE_4__.modelNameOf)(loaded, reference.slice(0, at));
    const version = reference.slice(at + 1).replace(/^v(?=\d)/, '');
    if (artifact !== undefined) {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(artifact).catch((err) => {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`cannot read the artifact ${artifact}: ${err.message}`);
        });
        return { name, version, sha256: sha256(bytes), bytes };
    }
    for (const env of (0,_deploy_config_js__WEBPACK_IMPORTED_MODULE_4__.environmentsOf)(loaded)) {
        const history = await (0,_deploy_state_select_js__WEBPACK_IMPORTED_MODULE_6__.storeFor)(loaded, env, options).history(env.name, name).catch(() => []);
        const record = history.find((r) => r.payload.version === version && (r.status === 'success' || r.status === 'inactive'));
        if (!record)
            continue;
        const file = env.provider.type === 'batch' ? batchEnvironment(loaded, env.name).provider.artifactOf(name, version, record.payload.artifact) : record.payload.artifact;
        const found = await verifiedBytes(file, record.payload.sha256, `${name} ${version} (deployed to ${env.name})`).catch(() => undefined);
        if (found)
            return { ...found, name, version };
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${name} ${version} was never deployed to an environment of ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(loaded.file)}, so its artifact is unknown`, { hint: `name it: --model ${name}@${version} --artifact PATH` });
}
async function verifiedBytes(file, expected, what) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file).catch((err) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${what}: cannot read ${file}: ${err.message}`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Failed });
    });
    const actual = sha256(bytes);
    if (actual !== expected)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${what}: ${file} has sha256 ${actual.slice(0, 12)}, the deployment recorded ${expected.slice(0, 12)}`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Failed, hint: 'the installed file changed; redeploy the version' });
    return { bytes, sha256: actual };
}
function sha256(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}


/***/ }),

/***/ 24189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseShard: () => (/* binding */ parseShard),
/* harmony export */   toCompareRequest: () => (/* binding */ toCompareRequest),
/* harmony export */   toMergeRequest: () => (/* binding */ toMergeRequest),
/* harmony export */   toRunRequest: () => (/* binding */ toRunRequest)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29112);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56881);




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
        spec = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__.batchEnvironment)(loaded, env).spec;
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
