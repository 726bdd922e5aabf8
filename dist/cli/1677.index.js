export const id = 1677;
export const ids = [1677,9972,9950];
export const modules = {

/***/ 29480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeShards: () => (/* binding */ mergeShards)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _fs_port_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96485);





/**
 * Checks that N shard manifests cover every chunk of every input exactly once (same model bytes, same
 * inputs, same chunking; each shard index once; each output file present with its sha256), then writes
 * the combined manifest. A duplicate or a gap is a refusal naming what is wrong; nothing is written then.
 */
async function mergeShards(request) {
    const found = [];
    for (const source of request.sources) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(source).catch(() => undefined);
        if (!info)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${source}: no such folder or manifest`);
        const files = info.isDirectory() ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(source)).filter((n) => /^manifest-shard-\d+-of-\d+\.json$/.test(n)).sort().map((n) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(source, n)) : [source];
        if (files.length === 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${source}: no shard manifest (manifest-shard-I-of-N.json)`);
        for (const file of files) {
            let manifest;
            try {
                manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
            }
            catch (err) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${file}: not a readable manifest: ${err.message}`);
            }
            if (manifest.kind !== 'run' || !manifest.shard)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${file}: not the manifest of a shard run`);
            found.push({ file, manifest });
        }
    }
    const first = found[0].manifest;
    const refuse = (message, hint) => {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`cannot merge: ${message}`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Failed, hint });
    };
    const count = first.shard.count;
    const byIndex = new Map();
    for (const { file, manifest: m } of found) {
        if (m.shard.count !== count)
            refuse(`${file} is shard ${m.shard.index}/${m.shard.count}, ${found[0].file} is of ${count} shards`);
        if (m.sha256 !== first.sha256 || m.version !== first.version)
            refuse(`${file} scored with ${m.model} ${m.version} (sha256 ${m.sha256.slice(0, 12)}), ${found[0].file} with ${first.version} (sha256 ${first.sha256.slice(0, 12)})`);
        if (m.chunkRows !== first.chunkRows || m.outputFormat !== first.outputFormat)
            refuse(`${file} used other chunking or output format than ${found[0].file}`);
        if (JSON.stringify(m.inputs.map((i) => [i.path, i.sha256, i.rows])) !== JSON.stringify(first.inputs.map((i) => [i.path, i.sha256, i.rows])))
            refuse(`${file} read other inputs (paths, sha256 or rows differ) than ${found[0].file}`);
        const seen = byIndex.get(m.shard.index);
        if (seen !== undefined)
            refuse(`shard ${m.shard.index}/${count} appears twice: ${seen} and ${file}`, 'keep one manifest per shard (a re-run shard writes the same chunks: drop the older copy)');
        byIndex.set(m.shard.index, file);
    }
    const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !byIndex.has(i));
    if (missing.length > 0)
        refuse(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing`, 'run the missing shards (or pass their folders) before merging');
    // Every chunk of every input exactly once.
    const owner = new Map();
    for (const { file, manifest: m } of found) {
        for (const c of m.chunks) {
            const key = `${c.source}#${c.chunk}`;
            const other = owner.get(key);
            if (other !== undefined)
                refuse(`chunk ${c.chunk} of ${c.source} is in ${other} and in ${file}`);
            owner.set(key, file);
        }
    }
    for (const input of first.inputs) {
        for (let c = 0; c < input.chunks; c++)
            if (!owner.has(`${input.path}#${c}`))
                refuse(`chunk ${c} of ${input.path} (rows ${c * first.chunkRows + 1}-${Math.min((c + 1) * first.chunkRows, input.rows)}) is in no shard manifest`);
    }
    const totalChunks = first.inputs.reduce((n, i) => n + i.chunks, 0);
    if (owner.size !== totalChunks)
        refuse(`the shards hold ${owner.size} chunks, the inputs make ${totalChunks}`);
    // Outputs on disk as recorded; paths rewritten relative to the merged manifest.
    const outputs = [];
    const chunks = [];
    const errorFiles = [];
    for (const { file, manifest: m } of found.sort((a, b) => a.manifest.shard.index - b.manifest.shard.index)) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
        for (const o of m.outputs) {
            const at = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, o.path);
            const sha = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(at).then((b) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest('hex'), () => undefined);
            if (sha !== o.sha256)
                refuse(`${at}: ${sha ? `sha256 ${sha.slice(0, 12)}, the manifest says ${o.sha256.slice(0, 12)}` : 'missing'}`);
            outputs.push({ ...o, path: relative(request.outputDir, at) });
        }
        for (const c of m.chunks)
            chunks.push({ ...c, path: relative(request.outputDir, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, c.path)), errorsPath: c.errorsPath ? relative(request.outputDir, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, c.errorsPath)) : undefined });
        if (m.errors.path)
            errorFiles.push(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, m.errors.path));
    }
    outputs.sort((a, b) => (a.source === b.source ? a.chunk - b.chunk : first.inputs.findIndex((i) => i.path === a.source) - first.inputs.findIndex((i) => i.path === b.source)));
    chunks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const errorRows = found.reduce((n, f) => n + f.manifest.errors.rows, 0);
    let errorsPath = null;
    let errorsSha = null;
    if (errorRows > 0) {
        // Errors in input order (source file order, then row), whichever shard found them.
        const records = [];
        for (const f of errorFiles)
            for (const line of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(f, 'utf8')).split('\n'))
                if (line)
                    records.push(JSON.parse(line));
        const order = new Map(first.inputs.map((i, k) => [i.path, k]));
        records.sort((a, b) => ((order.get(a.source) ?? 0) - (order.get(b.source) ?? 0)) || a.row - b.row);
        const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
        errorsPath = 'errors.jsonl';
        errorsSha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
        await _fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeFs */ .e.mkdir(request.outputDir);
        await (0,_fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAtomically */ .v)(_fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeFs */ .e, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(request.outputDir, errorsPath), text, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex'));
    }
    const starts = found.map((f) => Date.parse(f.manifest.startedAt));
    const ends = found.map((f) => Date.parse(f.manifest.endedAt));
    const rows = found.reduce((n, f) => n + f.manifest.rows, 0);
    const sourceRows = chunks.reduce((n, c) => n + c.sourceRows, 0);
    const durationMs = Math.max(...ends) - Math.min(...starts);
    const errorRate = sourceRows === 0 ? 0 : errorRows / sourceRows;
    const manifest = {
        ...first,
        kind: 'merged',
        status: found.every((f) => f.manifest.status === 'succeeded') && errorRate <= first.maxErrorRate ? 'succeeded' : 'failed',
        outputs,
        chunks,
        errors: { rows: errorRows, path: errorsPath, sha256: errorsSha },
        rows,
        rows_per_s: durationMs > 0 ? Math.round((rows / durationMs) * 10000) / 10 : 0,
        shard: { index: 0, count },
        errorRate,
        startedAt: new Date(Math.min(...starts)).toISOString(),
        endedAt: new Date(Math.max(...ends)).toISOString(),
        durationMs,
        throughput: [],
        resumedChunks: found.reduce((n, f) => n + f.manifest.resumedChunks, 0),
    };
    const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(request.outputDir, 'manifest.json');
    await _fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeFs */ .e.mkdir(request.outputDir);
    await (0,_fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .writeAtomically */ .v)(_fs_port_js__WEBPACK_IMPORTED_MODULE_4__/* .nodeFs */ .e, manifestPath, `${JSON.stringify(manifest, null, 2)}\n`, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex'));
    return { manifest, manifestPath, exitCode: manifest.status === 'succeeded' ? _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Pass : _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Failed };
}
function relative(from, to) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(from, to).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}


/***/ }),

/***/ 39950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chunkThroughput: () => (/* binding */ chunkThroughput),
/* harmony export */   contractJson: () => (/* binding */ contractJson),
/* harmony export */   progressLine: () => (/* binding */ progressLine),
/* harmony export */   renderCompareText: () => (/* binding */ renderCompareText),
/* harmony export */   renderRunMarkdown: () => (/* binding */ renderRunMarkdown),
/* harmony export */   renderRunText: () => (/* binding */ renderRunText)
/* harmony export */ });
/** The CLI/JSON contract view of a manifest (DESIGN.md): environment, model, version, sha256, inputs, outputs, errors, rows_per_s, shard. */
function contractJson(m, manifestPath) {
    return {
        status: m.status,
        environment: m.environment,
        model: m.model,
        version: m.version,
        sha256: m.sha256,
        inputs: m.inputs.map((i) => ({ path: i.path, sha256: i.sha256, rows: i.rows })),
        outputs: m.outputs.map((o) => ({ path: o.path, sha256: o.sha256, rows: o.rows })),
        errors: { rows: m.errors.rows, path: m.errors.path },
        rows: m.rows,
        rows_per_s: m.rows_per_s,
        shard: m.shard,
        manifest: manifestPath,
    };
}
function renderRunText(m, manifestPath) {
    const lines = [
        `${m.status === 'succeeded' ? 'scored' : 'FAILED'}: ${m.rows} rows with ${m.model} ${m.version} (sha256 ${m.sha256.slice(0, 12)})${m.environment ? `, live in ${m.environment}` : ''}`,
        `  shard ${m.shard.index}/${m.shard.count}, ${m.outputs.length} chunk file(s), ${m.rows_per_s} rows/s${m.resumedChunks ? `, ${m.resumedChunks} chunk(s) kept from the interrupted run` : ''}`,
        `  errors: ${m.errors.rows} row(s) (rate ${(m.errorRate * 100).toFixed(3)}%, max ${(m.maxErrorRate * 100).toFixed(3)}%)${m.errors.path ? ` in ${m.errors.path}` : ''}`,
        `  manifest: ${manifestPath}`,
    ];
    return lines.join('\n');
}
/** Chunks charted at most: beyond, consecutive chunks are averaged into this many bars. */
const MAX_BARS = 50;
/**
 * Rows/s of each chunk scored in this run (source rows over the wall-clock time since the previous commit),
 * in commit order; chunks kept from an interrupted run have no figure. Grouped into at most MAX_BARS bars.
 */
function chunkThroughput(m) {
    const timed = m.chunks.filter((c) => c.ms !== undefined && c.ms >= 0);
    const per = Math.max(1, Math.ceil(timed.length / MAX_BARS));
    const bars = [];
    for (let i = 0; i < timed.length; i += per) {
        const group = timed.slice(i, i + per);
        const rows = group.reduce((n, c) => n + c.sourceRows, 0);
        const ms = group.reduce((n, c) => n + c.ms, 0);
        bars.push({ label: per === 1 ? String(i + 1) : `${i + 1}-${i + group.length}`, rowsPerS: Math.round(ms > 0 ? (rows / ms) * 1000 : rows * 1000) });
    }
    return bars;
}
/** The job summary: the run's figures, and Mermaid charts of throughput per chunk and rows over the run. */
function renderRunMarkdown(m) {
    const out = [
        `## Batch run: ${m.model} ${m.version}${m.environment ? ` (${m.environment})` : ''} — ${m.status}`,
        '',
        '| rows | errors | error rate | rows/s | shard | chunks | kept from an interrupted run | duration |',
        '| ---: | ---: | ---: | ---: | :---: | ---: | ---: | ---: |',
        `| ${m.rows} | ${m.errors.rows} | ${(m.errorRate * 100).toFixed(3)}% | ${m.rows_per_s} | ${m.shard.index}/${m.shard.count} | ${m.outputs.length} | ${m.resumedChunks} | ${(m.durationMs / 1000).toFixed(1)} s |`,
    ];
    const bars = chunkThroughput(m);
    if (bars.length > 0) {
        out.push('', '```mermaid', 'xychart-beta', '  title "Throughput per chunk (rows/s)"', `  x-axis "chunk" [${bars.map((b) => `"${b.label}"`).join(', ')}]`, '  y-axis "rows/s"', `  bar [${bars.map((b) => b.rowsPerS).join(', ')}]`, '```');
    }
    if (m.throughput.length > 1) {
        out.push('', '```mermaid', 'xychart-beta', '  title "Rows scored over the run"', `  x-axis "seconds" [${m.throughput.map((t) => t.second).join(', ')}]`, '  y-axis "rows"', `  line [${m.throughput.map((t) => t.rows).join(', ')}]`, '```');
    }
    return `${out.join('\n')}\n`;
}
/** One line of terminal progress (redrawn with \r on stderr): where the run is and how fast it reads. */
function progressLine(p, elapsedMs) {
    const rate = elapsedMs > 0 ? Math.round((p.rows / elapsedMs) * 1000) : 0;
    return `${p.file}: ${p.rows.toLocaleString('en-US')} rows read, ${p.chunks} chunk(s) committed, ${rate.toLocaleString('en-US')} rows/s`;
}
function renderCompareText(r) {
    const lines = [
        `${r.candidate.model} ${r.candidate.version} vs ${r.baseline.version}${r.baseline.environment ? ` (live in ${r.baseline.environment})` : ''} on ${r.rows} rows (${r.label})`,
        `  agreement ${r.agreement.toFixed(4)}, prediction shift (TVD) ${r.prediction_shift.toFixed(4)}, PSI ${r.prediction_psi.toFixed(4)}${r.skipped ? `, ${r.skipped} row(s) skipped` : ''}`,
    ];
    for (const [feature, values] of Object.entries(r.slices)) {
        for (const [value, s] of Object.entries(values))
            lines.push(`  ${feature}=${value}: agreement ${s.agreement.toFixed(4)} over ${s.rows} rows`);
    }
    return lines.join('\n');
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

/***/ 52822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ readReportFile),
/* harmony export */   BQ: () => (/* binding */ saveRun),
/* harmony export */   Vq: () => (/* binding */ readHistoryIndex)
/* harmony export */ });
/* unused harmony export loadRun */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _machine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43879);





const INDEX = 'index.json';
async function writeAtomic(file, data) {
    const tmp = `${file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, data);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
}
async function readHistoryIndex(dir) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, INDEX);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { version: 1, runs: [] };
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`cannot read benchmark history ${file}: ${err.message}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`benchmark history index ${file} is not valid JSON: ${err.message}`, { hint: 'restore it from the data branch, or delete it to start a new history' });
    }
    const runs = parsed.runs;
    if (parsed.version !== 1 || !Array.isArray(runs)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`benchmark history index ${file} has an unknown format (expected {"version": 1, "runs": [...]})`);
    }
    return { version: 1, runs: runs };
}
/** Run ids sort by time: an ISO-like timestamp, then the commit or a random suffix. */
function runId(report) {
    const stamp = report.createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${report.commit ? report.commit.slice(0, 10) : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
}
/** Saves one run and prunes the history. Returns the new entry and the ids pruned. */
async function saveRun(dir, report, options) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'runs'), { recursive: true });
    const index = await readHistoryIndex(dir);
    let id = runId(report);
    while (index.runs.some((r) => r.id === id))
        id = `${id}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(2).toString('hex')}`;
    const entry = {
        id,
        file: `runs/${id}.json`,
        createdAt: report.createdAt,
        commit: report.commit,
        machine: (0,_machine_js__WEBPACK_IMPORTED_MODULE_4__/* .machineKey */ .N0)(report.machine),
        regressed: report.regressed,
        figures: report.results.map((r) => ({ model: r.model, batch: r.batch, role: r.role, p50: r.latency_ms.p50, p99: r.latency_ms.p99, throughput_per_s: r.throughput_per_s, rss_mb: r.rss_mb })),
    };
    await writeAtomic(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, entry.file), `${JSON.stringify(report, null, 2)}\n`);
    const now = (options.now ?? new Date()).getTime();
    // Keep the run just saved, then the newest others within maxAge, up to maxRuns in all.
    const others = [...index.runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const keep = [entry];
    const pruned = [];
    for (const r of others) {
        const tooOld = now - Date.parse(r.createdAt) > options.maxAgeMs;
        (tooOld || keep.length >= options.maxRuns ? pruned : keep).push(r);
    }
    keep.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    // The index is written before old files go: a crash in between leaves orphans, never dangling entries.
    await writeAtomic(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, INDEX), `${JSON.stringify({ version: 1, runs: keep }, null, 2)}\n`);
    for (const r of pruned) {
        const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir, r.file);
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target) === node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir, 'runs'))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(target, { force: true });
    }
    return { entry, pruned: pruned.map((r) => r.id) };
}
/** A stored run by id (its file is read through the index, never a path from outside the folder). */
async function loadRun(dir, id) {
    const index = await readHistoryIndex(dir);
    const entry = index.runs.find((r) => r.id === id);
    if (!entry)
        throw new ModelshipError(`no run "${id}" in the benchmark history ${dir}`);
    return readReportFile(path.join(dir, 'runs', path.basename(entry.file)));
}
/** Reads a saved report (a history run or a `--format json` output) to use as a baseline. */
async function readReportFile(file) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`cannot read the baseline ${file}: ${err.message}`, { hint: 'pass a report written by `modelship bench --format json` or a run from the history folder' });
    }
    const r = parsed;
    if (!Array.isArray(r.results) || typeof r.machine !== 'object' || r.machine === null) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`the baseline ${file} is not a benchmark report (expected "results" and "machine")`);
    }
    for (const [i, res] of r.results.entries()) {
        if (typeof res?.model !== 'string' || !Number.isFinite(res?.batch) || !Array.isArray(res?.trials)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`the baseline ${file}: results[${i}] lacks model, batch or trials`);
        }
    }
    return r;
}


/***/ }),

/***/ 43879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ describeMachine),
/* harmony export */   N0: () => (/* binding */ machineKey),
/* harmony export */   O5: () => (/* binding */ machineDifferences)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

function describeMachine(env = process.env, onnxruntime) {
    const cpus = node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus();
    return {
        cpuModel: (cpus[0]?.model ?? 'unknown').trim().replace(/\s+/g, ' '),
        cores: typeof (node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism) === 'function' ? node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism() : cpus.length,
        arch: process.arch,
        platform: process.platform,
        os: `${node_os__WEBPACK_IMPORTED_MODULE_0___default().type()} ${node_os__WEBPACK_IMPORTED_MODULE_0___default().release()}`,
        totalMemoryMb: Math.round(node_os__WEBPACK_IMPORTED_MODULE_0___default().totalmem() / 2 ** 20),
        node: process.version,
        onnxruntime,
        runner: env.ImageOS ? `${env.ImageOS}${env.ImageVersion ? ` ${env.ImageVersion}` : ''}` : undefined,
    };
}
/**
 * Differences that make latency figures incomparable: another CPU, core count, architecture, or inference
 * runtime. Node and OS patch versions are reported but do not block a comparison.
 */
function machineDifferences(a, b) {
    const diffs = [];
    if (a.cpuModel !== b.cpuModel)
        diffs.push(`CPU "${a.cpuModel}" vs "${b.cpuModel}"`);
    if (a.cores !== b.cores)
        diffs.push(`${a.cores} vs ${b.cores} cores`);
    if (a.arch !== b.arch || a.platform !== b.platform)
        diffs.push(`${a.platform}/${a.arch} vs ${b.platform}/${b.arch}`);
    if (a.onnxruntime && b.onnxruntime && a.onnxruntime !== b.onnxruntime)
        diffs.push(`onnxruntime ${a.onnxruntime} vs ${b.onnxruntime}`);
    return diffs;
}
/** A short key of what makes figures comparable (CPU, cores, platform, runtime). */
function machineKey(m) {
    return `${m.cpuModel} x${m.cores} ${m.platform}/${m.arch}${m.onnxruntime ? ` ort ${m.onnxruntime}` : ''}`;
}


/***/ }),

/***/ 19972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   historyCharts: () => (/* binding */ historyCharts),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   verdictOf: () => (/* binding */ verdictOf)
/* harmony export */ });
/* harmony import */ var _machine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43879);

const ms = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(3)) : '—');
const num = (v) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '—');
const pct = (v) => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%` : '—');
const ICON = { regressed: '🔴 regressed', improved: '🟢 improved', unchanged: '⚪ unchanged', inconclusive: '❔ inconclusive', incomparable: '⚠️ not compared' };
const TEXT_VERDICT = { regressed: 'REGRESSED', improved: 'improved ', unchanged: 'unchanged', inconclusive: 'INCONCLUSIVE', incomparable: 'NOT COMPARED' };
const HEADLINE = { fail: 'regression detected', inconclusive: 'inconclusive (the trials cannot tell; exit code 3)', pass: 'no regression' };
/** The report's verdict (reports saved before it existed: derived from the comparison). */
function verdictOf(report) {
    if (report.verdict)
        return report.verdict;
    if (report.regressed)
        return 'fail';
    return report.comparison.some((c) => c.verdict === 'inconclusive') ? 'inconclusive' : 'pass';
}
function figureOf(row, v) {
    return row.metric === 'throughput' ? `${num(v)}/s` : `${ms(v)} ms`;
}
/** Plain text for a terminal. */
function renderText(report) {
    const lines = [];
    lines.push(`machine: ${(0,_machine_js__WEBPACK_IMPORTED_MODULE_0__/* .machineKey */ .N0)(report.machine)}, node ${report.machine.node}`);
    lines.push('');
    const head = ['model', 'role', 'batch', 'samples', 'p50 ms', 'p90 ms', 'p99 ms', 'mean ms', 'items/s', 'rss MB', 'load ms', 'trial cv'];
    const rows = report.results.map((r) => [r.model, r.role, String(r.batch), String(r.samples), ms(r.latency_ms.p50), ms(r.latency_ms.p90), ms(r.latency_ms.p99), ms(r.latency_ms.mean), num(r.throughput_per_s), num(r.rss_mb), r.loadMs === undefined ? '—' : ms(r.loadMs), `${(r.trialCv * 100).toFixed(1)}%`]);
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const fmt = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    lines.push(fmt(head), ...rows.map(fmt));
    if (report.comparison.length) {
        lines.push('', 'comparison:');
        for (const c of report.comparison) {
            lines.push(`  ${TEXT_VERDICT[c.verdict]}  ${c.model} batch ${c.batch} ${c.metric}: ${figureOf(c, c.candidate)} vs ${figureOf(c, c.baseline)} (${pct(c.change)}) — ${c.reason}`);
        }
    }
    for (const w of report.warnings)
        lines.push(`warning: ${w}`);
    lines.push('', `verdict: ${HEADLINE[verdictOf(report)]}`);
    return lines.join('\n');
}
/** Markdown for the job summary and the sticky PR comment: the comparison, the figures, the history chart. */
function renderMarkdown(report, history) {
    const out = [];
    const verdict = verdictOf(report);
    out.push(verdict === 'fail' ? '### 🔴 Benchmark: regression detected' : verdict === 'inconclusive' ? '### ❔ Benchmark: inconclusive' : '### ✅ Benchmark: no regression');
    out.push('');
    if (report.comparison.length) {
        out.push('| Model | Batch | Metric | Candidate | Baseline | Change | Evidence | Verdict |', '| --- | ---: | --- | ---: | ---: | ---: | --- | --- |');
        for (const c of report.comparison) {
            const evidence = c.verdict === 'incomparable' || c.verdict === 'inconclusive' ? c.reason : c.pValue !== undefined ? `p(worse) = ${c.pValue.toPrecision(2)}${c.paired ? `, ${c.pairs} pairs` : ''}` : c.ci ? `CI [${c.ci.lower.toFixed(3)}, ${c.ci.upper.toFixed(3)}]` : '';
            out.push(`| ${c.model} | ${c.batch} | ${c.metric} | ${figureOf(c, c.candidate)} | ${figureOf(c, c.baseline)} | ${pct(c.change)} | ${evidence} | ${ICON[c.verdict]} |`);
        }
        out.push('');
    }
    out.push('| Model | Role | Batch | Samples | p50 ms | p90 ms | p99 ms | Mean ms | Items/s | RSS MB | Load ms | Trials (CV) |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of report.results) {
        out.push(`| ${r.model} | ${r.role} | ${r.batch} | ${r.samples} | ${ms(r.latency_ms.p50)} | ${ms(r.latency_ms.p90)} | ${ms(r.latency_ms.p99)} | ${ms(r.latency_ms.mean)} | ${num(r.throughput_per_s)} | ${num(r.rss_mb)} | ${r.loadMs === undefined ? '—' : ms(r.loadMs)} | ${r.trials.length} (${(r.trialCv * 100).toFixed(1)}%) |`);
    }
    out.push('');
    if (history)
        out.push(...historyCharts(history, (0,_machine_js__WEBPACK_IMPORTED_MODULE_0__/* .machineKey */ .N0)(report.machine)));
    if (report.warnings.length)
        out.push('', ...report.warnings.map((w) => `> ⚠️ ${w}`));
    const m = report.machine;
    out.push('', `<sub>${m.cpuModel}, ${m.cores} cores, ${m.platform}/${m.arch}, Node ${m.node}${m.onnxruntime ? `, onnxruntime ${m.onnxruntime}` : ''}${report.commit ? `, commit ${report.commit.slice(0, 12)}` : ''}</sub>`);
    return out.join('\n');
}
/** Mermaid xychart-beta of p50 over the last runs of this machine type, one chart per model and batch. */
function historyCharts(history, machine, lastRuns = 30) {
    const runs = history.runs.filter((r) => r.machine === machine).slice(-lastRuns);
    const series = new Map();
    runs.forEach((run, i) => {
        for (const f of run.figures) {
            if (f.role !== 'candidate')
                continue;
            const key = `${f.model} (batch ${f.batch})`;
            if (!series.has(key))
                series.set(key, new Array(runs.length).fill(null));
            series.get(key)[i] = f.p50;
        }
    });
    const out = [];
    for (const [key, values] of series) {
        const points = values.map((v, i) => ({ v, label: runs[i].commit?.slice(0, 7) ?? runs[i].createdAt.slice(5, 16) })).filter((p) => p.v !== null);
        if (points.length < 2)
            continue;
        const max = Math.max(...points.map((p) => p.v));
        out.push(`**p50 latency history: ${key}** (last ${points.length} runs on this machine type)`, '', '```mermaid', 'xychart-beta', `  title "p50 latency (ms): ${key.replace(/"/g, "'")}"`, `  x-axis [${points.map((p) => `"${p.label.replace(/"/g, "'")}"`).join(', ')}]`, `  y-axis "ms" 0 --> ${Number((max * 1.2).toPrecision(3))}`, `  line [${points.map((p) => Number(p.v.toPrecision(4))).join(', ')}]`, '```', '');
    }
    return out;
}


/***/ }),

/***/ 16544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nk: () => (/* binding */ parseBaseline),
  ff: () => (/* binding */ runBenchmark)
});

// UNUSED EXPORTS: measurePairs, modelFile, reportVerdict

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/git/index.ts + 5 modules
var git = __webpack_require__(62773);
// EXTERNAL MODULE: ./src/core/progress.ts
var core_progress = __webpack_require__(34664);
// EXTERNAL MODULE: ./src/core/stats/random.ts
var stats_random = __webpack_require__(23184);
// EXTERNAL MODULE: ./src/bench/aggregate.ts
var aggregate = __webpack_require__(39177);
// EXTERNAL MODULE: ./src/bench/compare.ts + 1 modules
var compare = __webpack_require__(74804);
// EXTERNAL MODULE: ./src/bench/history.ts
var bench_history = __webpack_require__(52822);
// EXTERNAL MODULE: ./src/bench/machine.ts
var bench_machine = __webpack_require__(43879);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/bench/measure.ts
var measure = __webpack_require__(20150);
;// CONCATENATED MODULE: ./src/bench/runners/command.ts



const PLACEHOLDER = /\{(model|model_path|batch|duration_ms|warmup_ms|iterations)\}/g;
/** A latency or duration above an hour is not a measurement: refuse it rather than overflow. */
const MAX_MS = 3_600_000;
function finite(v) {
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e12;
}
function latency(v) {
    return finite(v) && v <= MAX_MS;
}
/** Parses and checks a command's output; anything else is an error, never a figure. */
function parseCommandOutput(stdout, plan, what) {
    const lines = stdout.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    let parsed;
    for (let i = lines.length - 1; i >= 0 && parsed === undefined; i--) {
        if (!lines[i].startsWith('{'))
            continue;
        try {
            parsed = JSON.parse(lines[i]);
        }
        catch {
            /* keep looking */
        }
    }
    const excerpt = stdout.trim().slice(-300) || '(nothing)';
    const fail = (why) => new errors.ModelshipError(`${what}: ${why}; its output was: ${excerpt}`, {
        hint: 'print one JSON line such as {"latencies_ms": [0.8, 0.9]} (see docs/bench.md, "command runner")',
    });
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw fail('printed no JSON object');
    const o = parsed;
    const extras = { rss_mb: finite(o.rss_mb) ? o.rss_mb : 0, errors: finite(o.errors) ? o.errors : 0, loadMs: finite(o.load_ms) ? o.load_ms : undefined };
    if (o.latencies_ms !== undefined) {
        if (!Array.isArray(o.latencies_ms) || o.latencies_ms.length === 0 || !o.latencies_ms.every(latency))
            throw fail('"latencies_ms" must be a non-empty array of numbers from 0 to 3600000');
        const h = (0,measure/* createLatencyHistogram */.bf)();
        let total = 0;
        for (const ms of o.latencies_ms) {
            h.recordValue(Math.max(1, Math.round(ms * 1e6)));
            total += ms;
        }
        const durationMs = finite(o.duration_ms) && o.duration_ms > 0 ? o.duration_ms : total;
        if (!(durationMs >= 1e-6))
            throw fail('the latencies add up to no time at all; give "duration_ms"');
        return { samples: o.latencies_ms.length, durationMs, latency_ms: (0,measure/* summarize */.eh)(h), throughput_per_s: (o.latencies_ms.length * plan.batch) / (durationMs / 1000), ...extras };
    }
    const l = o.latency_ms;
    if (!finite(o.samples) || !Number.isInteger(o.samples) || o.samples < 1 || typeof l !== 'object' || l === null || !latency(l.p50) || !latency(l.mean)) {
        throw fail('expected "latencies_ms", or "samples" with "latency_ms" {p50, mean, ...}');
    }
    const summary = {
        p50: l.p50,
        p90: latency(l.p90) ? l.p90 : l.p50,
        p95: latency(l.p95) ? l.p95 : l.p50,
        p99: latency(l.p99) ? l.p99 : l.p50,
        mean: l.mean,
        min: latency(l.min) ? l.min : l.p50,
        max: latency(l.max) ? l.max : latency(l.p99) ? l.p99 : l.p50,
        stddev: latency(l.stddev) ? l.stddev : 0,
    };
    const durationMs = finite(o.duration_ms) && o.duration_ms > 0 ? o.duration_ms : o.samples * summary.mean;
    if (!(durationMs >= 1e-6) && !finite(o.throughput_per_s))
        throw fail('no time measured (mean latency 0); give "duration_ms" or "throughput_per_s"');
    const throughput = finite(o.throughput_per_s) ? o.throughput_per_s : (o.samples * plan.batch) / (durationMs / 1000);
    return { samples: o.samples, durationMs, latency_ms: summary, throughput_per_s: throughput, ...extras };
}
/**
 * Runs a user command (an argument array, never a shell string) once per trial, for any framework. The
 * command gets the plan as placeholders and as MODELSHIP_BENCH_* environment variables.
 */
const commandRunner = {
    name: 'command',
    async open(target, settings) {
        const argv = settings.command;
        if (!argv || argv.length === 0)
            throw new errors.ModelshipError('the command runner needs bench.command');
        let batch = 1;
        let loadMs;
        const values = (plan) => ({
            model: target.model,
            model_path: target.modelPath ?? '',
            batch: String(batch),
            duration_ms: String(Math.round(plan.durationMs)),
            warmup_ms: String(Math.round(plan.warmupMs)),
            iterations: plan.iterations === undefined ? '' : String(plan.iterations),
        });
        const session = {
            description: argv.join(' '),
            warnings: [],
            get loadMs() {
                return loadMs;
            },
            async prepare(b) {
                batch = b;
                return b;
            },
            async trial(plan) {
                const v = values(plan);
                const args = argv.map((a) => a.replace(PLACEHOLDER, (_, k) => v[k]));
                const env = { ...process.env, MODELSHIP_BENCH_MODEL: v.model, MODELSHIP_BENCH_MODEL_PATH: v.model_path, MODELSHIP_BENCH_BATCH: v.batch, MODELSHIP_BENCH_DURATION_MS: v.duration_ms, MODELSHIP_BENCH_WARMUP_MS: v.warmup_ms, MODELSHIP_BENCH_ITERATIONS: v.iterations };
                const timeout = plan.durationMs + plan.warmupMs + 120_000;
                const stdout = await new Promise((resolve, reject) => {
                    (0,external_node_child_process_.execFile)(args[0], args.slice(1), { env, timeout, maxBuffer: 64 * 2 ** 20, windowsHide: true }, (err, out, errOut) => {
                        if (err) {
                            const e = err;
                            const why = e.code === 'ENOENT' ? `command not found: ${args[0]}` : e.killed ? `timed out after ${Math.round(timeout / 1000)}s` : `exited with ${e.code ?? 'an error'}`;
                            reject(new errors.ModelshipError(`bench command ${why}${errOut ? `: ${String(errOut).trim().slice(-300)}` : ''}`, { hint: 'run the command by hand; it must exit 0 and print one JSON line' }));
                        }
                        else
                            resolve(String(out));
                    });
                });
                const result = parseCommandOutput(stdout, { ...plan, batch }, `bench command "${argv[0]}"`);
                loadMs ??= result.loadMs;
                delete result.loadMs;
                return result;
            },
            async close() { },
        };
        return session;
    },
};

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
// EXTERNAL MODULE: ./src/bench/inputs.ts
var inputs = __webpack_require__(17433);
;// CONCATENATED MODULE: ./src/bench/runners/http.ts





/** Open Inference Protocol datatypes by element type. */
const OIP_DATATYPE = {
    bool: 'BOOL', uint8: 'UINT8', uint16: 'UINT16', uint32: 'UINT32', uint64: 'UINT64', int8: 'INT8', int16: 'INT16',
    int32: 'INT32', int64: 'INT64', float16: 'FP16', float32: 'FP32', float64: 'FP64', string: 'BYTES',
};
const DTYPE_OF = Object.fromEntries(Object.entries(OIP_DATATYPE).map(([k, v]) => [v, k]));
function parseUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors.ModelshipError(`bench.http.url "${raw}" is not a URL`, { hint: 'e.g. http://127.0.0.1:8080' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors.ModelshipError(`bench.http.url must be http or https, got ${url.protocol}`);
    if (url.username || url.password)
        throw new errors.ModelshipError('bench.http.url must not carry credentials', { hint: 'send a token in bench.http.headers with ${env:NAME}' });
    return url;
}
function describeNetworkError(url, err) {
    const e = err;
    const code = e.code ?? e.cause?.code;
    return new errors.ModelshipError(`cannot reach ${url}: ${code ?? e.message ?? String(err)}`, {
        hint: 'start the server first and check bench.http.url (the benchmark never reports figures without answers)',
    });
}
async function getJson(pool, origin, path, timeoutMs, headers) {
    try {
        const res = await pool.request({ path, method: 'GET', headers, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
        const text = await res.body.text();
        let body;
        try {
            body = text ? JSON.parse(text) : undefined;
        }
        catch {
            body = text;
        }
        return { status: res.statusCode, body };
    }
    catch (err) {
        throw describeNetworkError(origin + path, err);
    }
}
/** The payload of an OIP v2 inference request for generated inputs. */
function oipPayload(specs, batch, dims, seed) {
    const tensors = (0,inputs/* generateInputs */.V1)(specs, batch, dims, seed);
    return JSON.stringify({
        inputs: tensors.map((t) => ({
            name: t.name,
            shape: t.dims,
            datatype: OIP_DATATYPE[t.dtype],
            data: Array.from(t.data, (v) => (typeof v === 'bigint' ? Number(v) : v)),
        })),
    });
}
/**
 * Load against a running endpoint over HTTP/1.1 keep-alive connections (undici). Closed loop: `concurrency`
 * callers send back to back. Open loop (`rate`): requests leave on a fixed schedule whatever the server
 * does, and each latency is measured from when the request was due, so a stalled server shows up in the
 * percentiles instead of hiding (no coordinated omission).
 */
const httpRunner = {
    name: 'http',
    async open(target, settings) {
        const cfg = settings.http;
        if (!cfg)
            throw new errors.ModelshipError('the http runner needs bench.http');
        const url = parseUrl(cfg.url);
        const origin = url.origin;
        const basePath = url.pathname.replace(/\/+$/, '');
        const pool = new undici/* Pool */.bC(origin, { connections: cfg.concurrency, pipelining: 1, keepAliveTimeout: 30_000 });
        const headers = { ...(cfg.headers ?? {}) };
        const warnings = [];
        let endpoint;
        let specs = [];
        let body;
        const modelName = cfg.model ?? target.model;
        try {
            if (cfg.protocol === 'oip') {
                const modelPath = `${basePath}/v2/models/${encodeURIComponent(modelName)}`;
                const ready = await getJson(pool, origin, `${basePath}/v2/health/ready`, cfg.timeoutMs, headers);
                if (ready.status !== 200)
                    throw new errors.ModelshipError(`${origin}${basePath}/v2/health/ready answered ${ready.status}: the server is not ready`);
                const meta = await getJson(pool, origin, modelPath, cfg.timeoutMs, headers);
                if (meta.status !== 200)
                    throw new errors.ModelshipError(`${origin}${modelPath} answered ${meta.status}: no model "${modelName}" on this server`, { hint: 'set bench.http.model to the served model name' });
                const inputs = meta.body?.inputs;
                if (!Array.isArray(inputs) || inputs.length === 0)
                    throw new errors.ModelshipError(`${origin}${modelPath}: the model metadata lists no inputs, so requests cannot be generated`);
                specs = inputs.map((i) => {
                    if (typeof i.name !== 'string' || typeof i.datatype !== 'string' || !Array.isArray(i.shape)) {
                        throw new errors.ModelshipError(`${origin}${modelPath}: malformed input metadata ${JSON.stringify(i).slice(0, 200)}`);
                    }
                    const dtype = DTYPE_OF[i.datatype];
                    if (!dtype)
                        throw new errors.ModelshipError(`${origin}${modelPath}: input "${i.name}" has datatype ${i.datatype}, which cannot be generated`);
                    return { name: i.name, dtype, shape: i.shape.map((d) => (d < 0 ? null : d)) };
                });
                endpoint = { origin, path: `${modelPath}/infer` };
                headers['content-type'] = 'application/json';
            }
            else {
                endpoint = { origin, path: `${url.pathname}${url.search}` };
                if (cfg.payloadFile) {
                    try {
                        body = await (0,promises_.readFile)(cfg.payloadFile);
                    }
                    catch (err) {
                        throw new errors.ModelshipError(`cannot read bench.http.payload ${cfg.payloadFile}: ${err.message}`);
                    }
                    headers['content-type'] = cfg.contentType ?? 'application/json';
                }
            }
        }
        catch (err) {
            await pool.destroy();
            throw err;
        }
        const send = async () => {
            const res = await pool.request({ path: endpoint.path, method: cfg.method, headers, body, headersTimeout: cfg.timeoutMs, bodyTimeout: cfg.timeoutMs });
            await res.body.dump();
            return res.statusCode;
        };
        return {
            description: `${cfg.method} ${origin}${endpoint.path}`,
            warnings,
            async prepare(batch) {
                if (cfg.protocol === 'oip')
                    body = oipPayload(specs, batch, settings.dims, settings.seed);
                // One checked request first: a server that cannot answer must fail here, not yield figures.
                let status;
                let text;
                try {
                    const res = await pool.request({ path: endpoint.path, method: cfg.method, headers, body, headersTimeout: cfg.timeoutMs, bodyTimeout: cfg.timeoutMs });
                    status = res.statusCode;
                    text = await res.body.text();
                }
                catch (err) {
                    throw describeNetworkError(origin + endpoint.path, err);
                }
                if (status < 200 || status >= 300) {
                    throw new errors.ModelshipError(`${cfg.method} ${origin}${endpoint.path} answered ${status}: ${text.slice(0, 300)}`, { hint: 'fix the payload or the server before measuring it' });
                }
                if (cfg.protocol === 'oip') {
                    let outputs;
                    try {
                        outputs = JSON.parse(text).outputs;
                    }
                    catch {
                        outputs = undefined;
                    }
                    if (!Array.isArray(outputs))
                        throw new errors.ModelshipError(`${origin}${endpoint.path}: the answer is not an Open Inference Protocol response (no outputs): ${text.slice(0, 200)}`);
                }
                return cfg.protocol === 'oip' ? batch : 1;
            },
            trial: (plan) => (cfg.rate ? openLoopTrial(send, plan, cfg.rate, cfg.concurrency) : closedLoopTrial(send, plan, cfg.concurrency)),
            async close() {
                await pool.close();
            },
        };
    },
};
function record(tally, status, err) {
    if (status === undefined) {
        tally.errors++;
        tally.firstError ??= err;
        const key = `error:${err.code ?? 'unknown'}`;
        tally.status[key] = (tally.status[key] ?? 0) + 1;
        return false;
    }
    tally.status[String(status)] = (tally.status[String(status)] ?? 0) + 1;
    if (status < 200 || status >= 400) {
        tally.errors++;
        return false;
    }
    return true;
}
function finish(tally, h, startNs, plan) {
    const durationMs = Number(process.hrtime.bigint() - startNs) / 1e6;
    if (tally.samples === 0) {
        const codes = Object.entries(tally.status).map(([k, v]) => `${k} x${v}`).join(', ');
        throw new errors.ModelshipError(`every request failed (${codes || 'no answer'})${tally.firstError ? `: ${tally.firstError.message}` : ''}`, {
            hint: 'the endpoint is down or rejects the payload; no figures are reported',
        });
    }
    return {
        samples: tally.samples,
        durationMs,
        latency_ms: (0,measure/* summarize */.eh)(h),
        throughput_per_s: (tally.samples * plan.batch) / (durationMs / 1000),
        rss_mb: process.memoryUsage.rss() / 2 ** 20,
        errors: tally.errors,
        status: tally.status,
    };
}
async function warmUp(send, plan, concurrency) {
    const end = process.hrtime.bigint() + BigInt(Math.round(plan.warmupMs * 1e6));
    await Promise.all(Array.from({ length: concurrency }, async () => {
        while (process.hrtime.bigint() < end)
            await send().catch(() => undefined);
    }));
}
async function closedLoopTrial(send, plan, concurrency) {
    await warmUp(send, plan, concurrency);
    const h = (0,measure/* createLatencyHistogram */.bf)();
    const tally = { samples: 0, errors: 0, status: {} };
    const start = process.hrtime.bigint();
    const end = start + BigInt(Math.round(plan.durationMs * 1e6));
    const perWorker = plan.iterations !== undefined ? Math.ceil(plan.iterations / concurrency) : Infinity;
    await Promise.all(Array.from({ length: concurrency }, async () => {
        for (let i = 0; i < perWorker && (plan.iterations !== undefined || process.hrtime.bigint() < end); i++) {
            const t0 = process.hrtime.bigint();
            let status;
            let error;
            try {
                status = await send();
            }
            catch (err) {
                error = err;
            }
            if (record(tally, status, error)) {
                h.recordValue(Math.max(1, Number(process.hrtime.bigint() - t0)));
                tally.samples++;
            }
        }
    }));
    return finish(tally, h, start, plan);
}
async function openLoopTrial(send, plan, rate, concurrency) {
    await warmUp(send, { ...plan, warmupMs: Math.min(plan.warmupMs, 500) }, concurrency);
    const h = (0,measure/* createLatencyHistogram */.bf)();
    const tally = { samples: 0, errors: 0, status: {} };
    const intervalNs = 1e9 / rate;
    const total = plan.iterations ?? Math.max(1, Math.floor((plan.durationMs / 1000) * rate));
    const start = process.hrtime.bigint();
    const inflight = new Set();
    for (let i = 0; i < total; i++) {
        const due = start + BigInt(Math.round(i * intervalNs));
        const wait = Number(due - process.hrtime.bigint()) / 1e6;
        if (wait > 1)
            await new Promise((r) => setTimeout(r, Math.floor(wait)));
        const p = send().then((status) => {
            if (record(tally, status)) {
                h.recordValue(Math.max(1, Number(process.hrtime.bigint() - due)));
                tally.samples++;
            }
        }, (err) => void record(tally, undefined, err));
        const tracked = p.finally(() => inflight.delete(tracked));
        inflight.add(tracked);
    }
    await Promise.all(inflight);
    return finish(tally, h, start, plan);
}

// EXTERNAL MODULE: ./src/bench/runners/onnx.ts
var onnx = __webpack_require__(35295);
;// CONCATENATED MODULE: ./src/bench/runners/registry.ts



/** Every runner by name: adding one is a file and a line here. */
const RUNNERS = {
    onnx: onnx/* onnxRunner */.Qj,
    http: httpRunner,
    command: commandRunner,
};
function runnerFor(name) {
    const runner = RUNNERS[name];
    if (!runner)
        throw new Error(`unknown runner ${name}`);
    return runner;
}

;// CONCATENATED MODULE: ./src/bench/run.ts













/** `--baseline` text to a spec: *.json is a stored report, an existing model file is measured, else a git ref. */
function parseBaseline(value, cwd) {
    const file = external_node_path_default().resolve(cwd, value);
    if (value.endsWith('.json'))
        return { kind: 'report', path: file };
    if ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile())
        return { kind: 'model', path: file };
    return { kind: 'ref', ref: value };
}
/** The model file of a configured model: the path itself, or the one .onnx file in its folder. */
function modelFile(loaded, name) {
    const model = loaded.config.models[name];
    if (!model) {
        const known = Object.keys(loaded.config.models);
        throw new errors.ModelshipError(`no model "${name}" in ${loaded.file}`, { hint: `configured models: ${known.join(', ')}` });
    }
    const resolved = loaded.resolvePath(model.path, ['models', name, 'path']);
    if (!(0,external_node_fs_.existsSync)(resolved))
        throw new errors.ModelshipError(`model "${name}": ${model.path} does not exist`, { location: loaded.locate(['models', name, 'path']) });
    if (!(0,external_node_fs_.statSync)(resolved).isDirectory())
        return resolved;
    const onnx = (0,external_node_fs_.readdirSync)(resolved).filter((f) => f.endsWith('.onnx'));
    if (onnx.includes('model.onnx'))
        return external_node_path_default().join(resolved, 'model.onnx');
    if (onnx.length === 1)
        return external_node_path_default().join(resolved, onnx[0]);
    throw new errors.ModelshipError(`model "${name}": ${model.path} is a folder with ${onnx.length === 0 ? 'no' : 'several'} .onnx files`, {
        location: loaded.locate(['models', name, 'path']),
        hint: 'point models.<name>.path at the .onnx file',
    });
}
function selectModels(req) {
    if (req.models && req.models.length)
        return req.models;
    const section = req.loaded?.config.bench;
    if (section?.models?.length)
        return section.models;
    const all = Object.keys(req.loaded?.config.models ?? {});
    if (req.settings.runner === 'onnx') {
        const onnx = all.filter((n) => {
            const m = req.loaded.config.models[n];
            return m.format === 'onnx' || m.format === undefined;
        });
        if (onnx.length)
            return onnx;
    }
    if (all.length === 0)
        throw new errors.ModelshipError('no model to benchmark', { hint: 'configure models in modelship.yml or pass --model NAME' });
    return all;
}
function toResult(model, runner, role, batch, session, trials, settings) {
    const agg = (0,aggregate/* aggregateTrials */.v)(trials, settings.regression.metric);
    const warnings = [...session.warnings];
    if (agg.errors > 0)
        warnings.push(`${agg.errors} of ${agg.samples + agg.errors} requests failed (${Object.entries(agg.status ?? {}).filter(([k]) => !/^2\d\d$/.test(k)).map(([k, v]) => `${k} x${v}`).join(', ')})`);
    if (agg.trialCv > 0.1)
        warnings.push(`trials vary by ${(agg.trialCv * 100).toFixed(0)}% (coefficient of variation): a noisy machine; only large changes can be detected`);
    return { model, runner, batch, role, ...agg, loadMs: session.loadMs, trials, target: session.description, sha256: session.sha256, warnings };
}
/** The commit `--baseline REF` names; the ref is checked by assertSafeRef before git sees it. */
async function resolveCommit(ref, cwd) {
    const commit = await new git/* Git */.TU(cwd).commitOf((0,git/* assertSafeRef */.xT)(ref));
    if (commit === undefined)
        throw new errors.ModelshipError(`--baseline ${ref}: no such commit in ${cwd}`, { hint: 'fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main)' });
    return commit;
}
/** Runs the benchmark: every model and batch size, baseline beside candidate when asked, then the comparison. */
async function runBenchmark(req) {
    const { settings } = req;
    const log = req.log ?? (() => { });
    const runner = req.runner ?? runnerFor(settings.runner);
    const models = selectModels(req);
    const warnings = [];
    const results = [];
    const comparison = [];
    let runtimeVersion;
    let storedBaseline;
    let baselineCommit;
    if (req.baseline?.kind === 'report')
        storedBaseline = await (0,bench_history/* readReportFile */.$h)(req.baseline.path);
    if (req.baseline?.kind === 'ref') {
        if (settings.runner !== 'onnx')
            throw new errors.ModelshipError(`--baseline REF measures the model file at that commit, which only the onnx runner can do`, { hint: 'for the http and command runners pass a stored report (--baseline FILE.json) or a history run' });
        baselineCommit = await resolveCommit(req.baseline.ref, req.cwd);
    }
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'modelship-bench-'));
    const progress = req.progress ?? core_progress/* silentProgress */.R;
    // The plan: every model at every batch size; a size a model fixes differently is measured once, so the
    // count can end short of the total (stop() clears the bar either way).
    progress.start('bench', models.length * settings.batchSizes.length * settings.trials, 'trials');
    let trialsDone = 0;
    try {
        for (const model of models) {
            const candidateTarget = { model, slowdown: req.candidateSlowdown };
            if (settings.runner === 'onnx')
                candidateTarget.modelPath = req.loaded ? modelFile(req.loaded, model) : undefined;
            else if (req.loaded?.config.models[model]) {
                try {
                    candidateTarget.modelPath = modelFile(req.loaded, model);
                }
                catch {
                    /* the command may not need a file */
                }
            }
            let baselineTarget;
            let baselineSource = '';
            let newModel;
            if (req.baseline?.kind === 'model') {
                baselineTarget = { model, modelPath: req.baseline.path };
                baselineSource = `model:${external_node_path_default().relative(req.cwd, req.baseline.path) || req.baseline.path}`;
            }
            else if (req.baseline?.kind === 'ref') {
                const { path: rel, bytes } = await (0,git/* readFileAtRef */.ZR)(candidateTarget.modelPath, baselineCommit);
                if (bytes === undefined) {
                    // A pull request that adds a model: measured alone, reported as new (incomparable), never a failure.
                    newModel = `a new model: ${rel} does not exist at ${req.baseline.ref} (${baselineCommit.slice(0, 12)})`;
                    baselineSource = `ref:${req.baseline.ref}@${baselineCommit.slice(0, 12)}`;
                }
                else {
                    const file = external_node_path_default().join(scratch, `${model.replace(/[^\w.-]/g, '_')}-${baselineCommit.slice(0, 12)}.onnx`);
                    await (0,promises_.writeFile)(file, bytes);
                    baselineTarget = { model, modelPath: file };
                    baselineSource = `ref:${req.baseline.ref}@${baselineCommit.slice(0, 12)}`;
                }
            }
            log(`${model}: loading (${settings.runner})`);
            const candidate = await runner.open(candidateTarget, settings);
            const baseline = baselineTarget ? await runner.open(baselineTarget, settings).catch(async (err) => {
                await candidate.close();
                throw err;
            }) : undefined;
            runtimeVersion ??= candidate.runtimeVersion;
            try {
                const measured = new Set();
                for (const requested of settings.batchSizes) {
                    const batch = await candidate.prepare(requested);
                    if (measured.has(batch))
                        continue;
                    measured.add(batch);
                    if (baseline)
                        await baseline.prepare(requested);
                    if (batch !== requested)
                        warnings.push(`${model}: the ${settings.inputsFile ? 'inputs file' : 'model'} fixes the batch at ${batch}; batch size ${requested} was not measured as such`);
                    const plan = { durationMs: settings.durationMs, warmupMs: settings.warmupMs, iterations: settings.iterations, batch };
                    const { candidate: cTrials, baseline: bTrials } = await measurePairs(candidate, baseline, plan, settings, `${settings.seed}:${model}:${batch}`, (t) => {
                        log(`${model} batch ${batch}: trial ${t}/${settings.trials}`);
                        progress.update(++trialsDone, `${model} batch ${batch}`);
                    });
                    const cResult = toResult(model, settings.runner, 'candidate', batch, candidate, cTrials, settings);
                    results.push(cResult);
                    if (baseline) {
                        const bResult = toResult(model, settings.runner, 'baseline', batch, baseline, bTrials, settings);
                        results.push(bResult);
                        comparison.push((0,compare/* compareTrials */.ZW)(cResult, bResult, settings.regression, baselineSource, { paired: true }));
                    }
                    else if (storedBaseline) {
                        comparison.push(compareWithStored(cResult, storedBaseline, req, runtimeVersion));
                    }
                    else if (newModel) {
                        comparison.push((0,compare/* incomparable */.OF)(cResult, settings.regression, baselineSource, newModel));
                    }
                }
            }
            finally {
                await candidate.close();
                await baseline?.close();
            }
        }
    }
    finally {
        progress.stop();
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    const machine = (0,bench_machine/* describeMachine */.Fe)(req.env ?? process.env, runtimeVersion);
    for (const c of comparison)
        if (c.verdict === 'incomparable')
            warnings.push(`${c.model} batch ${c.batch}: not compared: ${c.reason}`);
    return {
        version: 1,
        createdAt: new Date().toISOString(),
        commit: (req.env ?? process.env).GITHUB_SHA || (await new git/* Git */.TU(req.cwd).commitOf('HEAD')),
        machine,
        results,
        comparison,
        verdict: reportVerdict(comparison),
        regressed: comparison.some((c) => c.regressed),
        inconclusive: comparison.some((c) => c.verdict === 'inconclusive'),
        warnings: [...warnings, ...results.flatMap((r) => r.warnings.map((w) => `${r.model} batch ${r.batch} (${r.role}): ${w}`))],
    };
}
/** A regression fails the run; else a comparison that could not tell makes it inconclusive; else it passes. */
function reportVerdict(comparison) {
    if (comparison.some((c) => c.regressed))
        return 'fail';
    return comparison.some((c) => c.verdict === 'inconclusive') ? 'inconclusive' : 'pass';
}
/**
 * The trials of one model and batch size. With a baseline, trial i of each side forms a pair run back to
 * back, in an order drawn at random for each pair (seeded, so a re-run measures in the same order): slow
 * drift (a neighbour's job, thermal state) then hits both sides of a pair alike and cancels in its ratio,
 * and neither side is favoured by going first. Before the first timed trial each session runs one untimed
 * trial (in random order too): a cold first trial, 4-13% slower, never lands on one side only.
 */
async function measurePairs(candidate, baseline, plan, settings, seed, progress = () => { }) {
    const random = (0,stats_random/* createRandom */.s)(seed);
    const cTrials = [];
    const bTrials = [];
    const order = [];
    const sides = () => (random.next() < 0.5 ? ['c', 'b'] : ['b', 'c']);
    if (baseline)
        for (const side of sides())
            await (side === 'c' ? candidate : baseline).trial(plan);
    else
        await candidate.trial(plan);
    for (let t = 0; t < settings.trials; t++) {
        if (!baseline)
            cTrials.push(await candidate.trial(plan));
        else {
            const pair = sides();
            order.push(pair[0] === 'c' ? 'candidate-first' : 'baseline-first');
            for (const side of pair) {
                if (side === 'b')
                    bTrials.push(await baseline.trial(plan));
                else
                    cTrials.push(await candidate.trial(plan));
            }
        }
        progress(t + 1);
    }
    return { candidate: cTrials, baseline: bTrials, order };
}
function compareWithStored(candidate, stored, req, runtimeVersion) {
    const source = `file:${external_node_path_default().relative(req.cwd, req.baseline.path)}`;
    const rule = req.settings.regression;
    const here = (0,bench_machine/* describeMachine */.Fe)(req.env ?? process.env, runtimeVersion);
    const diffs = (0,bench_machine/* machineDifferences */.O5)(here, stored.machine);
    const match = stored.results.find((r) => r.model === candidate.model && r.batch === candidate.batch && r.role !== 'baseline' && r.runner === candidate.runner);
    if (!match)
        return (0,compare/* incomparable */.OF)(candidate, rule, source, `the baseline has no ${candidate.runner} result for ${candidate.model} at batch ${candidate.batch}`);
    if (diffs.length)
        return (0,compare/* incomparable */.OF)(candidate, rule, source, `the baseline ran on another machine type (${diffs.join('; ')}); measure both in one job with --baseline REF`);
    return (0,compare/* compareTrials */.ZW)(candidate, match, rule, source);
}


/***/ }),

/***/ 51677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findExampleProject: () => (/* binding */ findExampleProject),
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/core/config.ts + 2 modules
var core_config = __webpack_require__(13582);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/progress.ts
var core_progress = __webpack_require__(34664);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/batch/merge.ts
var merge = __webpack_require__(29480);
// EXTERNAL MODULE: ./src/batch/render.ts
var render = __webpack_require__(39950);
// EXTERNAL MODULE: ./src/batch/request.ts
var batch_request = __webpack_require__(24189);
// EXTERNAL MODULE: ./src/batch/service.ts + 7 modules
var service = __webpack_require__(23835);
// EXTERNAL MODULE: ./src/deploy/engine.ts + 15 modules
var engine = __webpack_require__(61752);
// EXTERNAL MODULE: ./src/gate/render.ts
var gate_render = __webpack_require__(1235);
// EXTERNAL MODULE: ./src/gate/run.ts
var gate_run = __webpack_require__(93654);
;// CONCATENATED MODULE: ./src/demo/steps/batch.ts











/**
 * The batch part of the demo: the example gains a scheduled scoring environment (`nightly`, provider batch)
 * and a gate on batch comparisons, in the demo's own copy of modelship.yml. v1 is deployed to it, the
 * example's data is scored in 2 shards (as the scheduled workflow's matrix would) and merged, then v2 is
 * compared with the live version on the same rows and the comparison is gated.
 */
const NIGHTLY = {
    provider: {
        type: 'batch',
        input: 'data/iris.csv',
        output: '.modelship/batch-runs/nightly',
        columns: { features: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'] },
        passthrough: ['species'],
        chunkRows: 40,
        shards: 2,
        schedule: '0 3 * * *',
    },
};
const COMPARE_REPORT = '.modelship/batch-runs/compare.json';
const GATE = {
    description: 'A candidate scores the nightly input like the live batch version',
    model: 'iris',
    candidate: [COMPARE_REPORT],
    checks: [
        { metric: 'agreement', direction: 'higher', value: { min: 0.7 } },
        { name: 'per-species agreement', metric: 'agreement', direction: 'higher', slices: ['species'], value: { min: 0.4 } },
    ],
};
const LIVE = { version: '1.0.0', artifact: 'models/iris-v1/model.onnx' };
const CANDIDATE = { version: '1.1.0', artifact: 'models/iris-v2/model.onnx' };
/** Adds the batch environment and its gate to the demo's modelship.yml (comments kept) and loads it. */
async function withBatchEnvironment(projectDir) {
    const file = external_node_path_default().join(projectDir, 'modelship.yml');
    const doc = (0,dist.parseDocument)(await (0,promises_.readFile)(file, 'utf8'));
    doc.setIn(['environments', 'nightly'], doc.createNode(NIGHTLY));
    doc.setIn(['gates', 'batch-agreement'], doc.createNode(GATE));
    await (0,promises_.writeFile)(file, doc.toString());
    return (0,core_config.loadConfig)(file);
}
const batchDemoStep = {
    id: 'batch',
    title: 'Batch scoring: a nightly environment, 2 shards merged, a candidate compared and gated (modelship batch)',
    async run(ctx) {
        const loaded = await withBatchEnvironment(ctx.projectDir);
        const dir = ctx.projectDir;
        const deployed = await (0,engine.deploy)(loaded, { environment: 'nightly', ...LIVE, actor: 'demo' });
        ctx.log(`    nightly: ${deployed.outcome}: ${deployed.message}`);
        if (deployed.outcome !== 'deployed')
            return { ok: false, summary: `deploying ${LIVE.version} to nightly: ${deployed.outcome} (${deployed.message})` };
        const shards = [];
        for (const index of [0, 1]) {
            const request = (0,batch_request.toRunRequest)({ environment: 'nightly', shard: `${index}/2`, output: `.modelship/batch-runs/nightly/shard-${index}` }, loaded, dir);
            const { manifest } = await (0,service.runRequest)(loaded, request);
            ctx.log(`    shard ${index}/2: ${manifest.rows} rows scored with ${manifest.version} in ${manifest.chunks.length} chunks`);
            shards.push(request.outputDir);
        }
        const merged = await (0,merge.mergeShards)((0,batch_request.toMergeRequest)({ sources: shards, output: '.modelship/batch-runs/nightly' }, dir));
        ctx.log(`    merged: ${merged.manifest.rows} rows, every input row once (${external_node_path_default().relative(dir, merged.manifestPath)})`);
        const report = await (0,service.compareRequest)(loaded, (0,batch_request.toCompareRequest)({ environment: 'nightly', candidate: `iris@${CANDIDATE.version}`, candidateArtifact: CANDIDATE.artifact, slice: ['species'], output: COMPARE_REPORT }, loaded, dir));
        ctx.log(`    ${CANDIDATE.version} against ${report.baseline.version}: agreement ${(report.agreement * 100).toFixed(1)}% over ${report.rows} rows, worst species ${((report.worst_slice_agreement ?? 0) * 100).toFixed(1)}%`);
        const gate = await (0,gate_run.runGate)(loaded, 'batch-agreement');
        const inputRows = merged.manifest.inputs.reduce((n, i) => n + i.rows, 0);
        const ok = merged.exitCode === 0 && merged.manifest.rows === inputRows && merged.manifest.version === LIVE.version && gate.verdict === 'pass';
        return {
            ok,
            summary: `${LIVE.version} live in nightly scored ${merged.manifest.rows} of ${inputRows} rows in 2 shards (merged); ${CANDIDATE.version} agrees on ${(report.agreement * 100).toFixed(1)}% of them: gate batch-agreement ${gate.verdict}`,
            markdown: [(0,render.renderRunMarkdown)(merged.manifest).trimEnd(), '', (0,gate_render.renderMarkdown)(gate)].join('\n'),
        };
    },
};

// EXTERNAL MODULE: ./src/serve/config.ts
var config = __webpack_require__(6425);
// EXTERNAL MODULE: ./src/serve/server.ts + 13 modules
var serve_server = __webpack_require__(78977);
;// CONCATENATED MODULE: ./src/demo/steps/bandit.ts






/** The experiment's environment, added to a copy of the example's modelship.yml (the example itself stays as shipped). */
const ENVIRONMENT = 'experiment';
const EXPERIMENT = `  ${ENVIRONMENT}:
    provider: { type: local, root: .modelship/repository/${ENVIRONMENT} }
    strategy:
      type: bandit
      bandit: { algorithm: thompson, floor: 0.05, bound: 0.95, minRewards: 150, interval: 1m }
      duration: 1h
`;
const SPECIES = ['setosa', 'versicolor', 'virginica'];
/** Users per observation interval: each sends one iris row, and its true species comes back as feedback. */
const USERS = 60;
async function labelledRows(projectDir) {
    const text = await (0,promises_.readFile)(external_node_path_default().join(projectDir, 'data', 'iris.csv'), 'utf8');
    return text
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(','))
        .filter((cells) => cells.length === 5 && SPECIES.includes(cells[4]))
        .map((cells) => ({ features: cells.slice(0, 4).map(Number), label: SPECIES.indexOf(cells[4]) }));
}
/**
 * A bandit between v1 and v2 of the example (strategy `bandit`, docs/deploy.md): v1 is live on an environment of
 * its own, `deploy` of v2 hands the traffic to serve's Thompson-sampling allocation, users send iris rows and
 * their true species is posted to the feedback endpoint (the reward: was the answer right). The rollout promotes
 * v2 once its posterior probability of being best passes 0.95; the allocation and regret are read from /metrics.
 */
const banditDemoStep = {
    id: 'bandit',
    title: 'Let outcomes pick the version: a bandit between v1 and v2 with feedback rewards',
    async run(ctx) {
        const text = await (0,promises_.readFile)(ctx.config.file, 'utf8');
        if (!/^environments:\n/m.test(text))
            return { ok: false, summary: `${ctx.config.file} has no environments: section to add the experiment to` };
        const file = external_node_path_default().join(external_node_path_default().dirname(ctx.config.file), 'modelship.experiment.yml');
        await (0,promises_.writeFile)(file, text.replace(/^environments:\n/m, `environments:\n${EXPERIMENT}`));
        const loaded = await (0,core_config.loadConfig)(file);
        const rows = await labelledRows(ctx.projectDir);
        if (rows.length === 0)
            return { ok: false, summary: 'the example has no labelled rows in data/iris.csv' };
        const first = await (0,engine.deploy)(loaded, { environment: ENVIRONMENT, version: '1.0.0', artifact: 'models/iris-v1/model.onnx', actor: 'demo' });
        if (first.outcome !== 'deployed')
            return { ok: false, summary: `v1 was not deployed to ${ENVIRONMENT}: ${first.message}` };
        const server = await (0,serve_server.startServer)({ repository: (0,config.repositoryOfEnvironment)(loaded, ENVIRONMENT), port: 0, pollMs: 50, seed: 22 });
        try {
            const served = {};
            let next = 0;
            let exposition = '';
            // The engine waits one observation interval between readings of the experiment; here that wait is the
            // users' traffic and their feedback, so the demo takes seconds, not the interval's minute.
            const interval = async () => {
                for (let i = 0; i < 3000 && !server.catalog.models.get('iris')?.state?.routing.bandit; i++)
                    await new Promise((r) => setTimeout(r, 10));
                const feedback = [];
                for (let i = 0; i < USERS; i++, next++) {
                    const row = rows[(next * 7) % rows.length];
                    const res = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: `user-${next}`, inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: row.features }] }) });
                    const answer = (await res.json());
                    if (res.status === 200 && answer.model_version)
                        served[answer.model_version] = (served[answer.model_version] ?? 0) + 1;
                    feedback.push({ id: `user-${next}`, label: row.label });
                }
                await (await fetch(`${server.url}/v2/models/iris/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(feedback) })).arrayBuffer();
                await server.bandit.flush();
                exposition = (await server.metrics.exposition()).body;
            };
            const result = await (0,engine.deploy)(loaded, { environment: ENVIRONMENT, version: '1.1.0', artifact: 'models/iris-v2/model.onnx', actor: 'demo' }, { sleep: interval, controlPollMs: 5 });
            const bandit = result.bandit;
            const allocations = result.steps.filter((s) => s.name.startsWith('allocation after'));
            const ok = result.outcome === 'deployed' && result.liveVersion === '1.1.0' && bandit?.winner === '1.1.0';
            const p = bandit?.probabilityBest['1.1.0'];
            ctx.log(`    ${Object.entries(served).map(([v, n]) => `${v}: ${n} answers`).join(', ')}; ${bandit?.rewards ?? 0} rewards; ${result.outcome}, live ${result.liveVersion}${p !== undefined ? `, P(1.1.0 best) = ${p.toFixed(3)}` : ''}`);
            const metricLines = exposition.split('\n').filter((l) => l.startsWith('modelship_bandit_'));
            return {
                ok,
                summary: ok ? `the bandit promoted 1.1.0 after ${bandit?.rewards} rewards (probability of being best ${p?.toFixed(3)})` : `the bandit did not promote 1.1.0: ${result.outcome}, ${result.message}`,
                markdown: [
                    `Environment \`${ENVIRONMENT}\` (strategy \`bandit\`, Thompson sampling, floor 5%, bound 0.95, at least 150 rewards), v1 (1.0.0) live, v2 (1.1.0) deployed. Each observation interval ${USERS} users send an iris row with a request id; the true species is posted to \`POST /v2/models/iris/feedback\` and a right answer is a reward of 1.`,
                    '',
                    '| Reading | Allocation |',
                    '| --- | --- |',
                    ...allocations.map((s) => `| ${s.name} | ${Object.entries(s.weights ?? {}).map(([v, w]) => `${v}: ${w}%`).join(', ')} |`),
                    '',
                    `Answers served: ${Object.entries(served).map(([v, n]) => `${v} ${n}`).join(', ')}. Outcome: **${result.outcome}**, live ${result.liveVersion}; ${bandit ? `winner ${bandit.winner} by ${bandit.decidedBy} after ${bandit.rewards} rewards` : 'no bandit figures'}.`,
                    '',
                    'The last `/metrics` of the experiment:',
                    '',
                    '```',
                    ...metricLines,
                    '```',
                ].join('\n'),
            };
        }
        finally {
            await server.close();
        }
    },
};

// EXTERNAL MODULE: ./src/bench/config.ts
var bench_config = __webpack_require__(83950);
// EXTERNAL MODULE: ./src/bench/render.ts
var bench_render = __webpack_require__(19972);
// EXTERNAL MODULE: ./src/bench/run.ts + 3 modules
var run = __webpack_require__(16544);
;// CONCATENATED MODULE: ./src/demo/steps/bench.ts





/** Demo: benchmark the example model (v2) against v1 measured side by side, briefly (8 pairs of 150 ms trials: 5 pairs could never reach alpha 0.01). */
const benchDemoStep = {
    id: 'bench',
    title: 'Benchmark the model against the previous version (modelship bench)',
    async run(ctx) {
        const loaded = ctx.config;
        const model = Object.keys(loaded.config.models).find((n) => loaded.config.models[n].format === 'onnx') ?? Object.keys(loaded.config.models)[0];
        const v1 = external_node_path_default().join(ctx.projectDir, 'models', 'iris-v1', 'model.onnx');
        const settings = (0,bench_config/* resolveBenchSettings */.g)(loaded, { trials: 8, durationMs: 150, warmupMs: 50, batchSizes: [1] });
        const report = await (0,run/* runBenchmark */.ff)({
            settings,
            loaded,
            models: [model],
            baseline: (0,external_node_fs_.existsSync)(v1) ? { kind: 'model', path: v1 } : undefined,
            cwd: ctx.projectDir,
        });
        for (const line of (0,bench_render.renderText)(report).split('\n'))
            ctx.log(`    ${line}`);
        const head = report.results.find((r) => r.role === 'candidate');
        const c = report.comparison[0];
        // The step succeeds when the measurement does: v2 adds a standardisation (Sub, Div) to v1's graph, so a
        // small real slowdown may be reported, and a busy machine may leave it inconclusive: either is what the
        // step is there to show, not a demo failure.
        return {
            ok: true,
            summary: `${model}: p50 ${head.latency_ms.p50.toFixed(3)} ms, ${Math.round(head.throughput_per_s)} rows/s${c ? `; vs iris-v1: ${c.verdict} (${c.reason})` : ''}`,
            markdown: (0,bench_render.renderMarkdown)(report),
        };
    },
};

;// CONCATENATED MODULE: ./src/demo/steps/config.ts
/** The first step: the example's modelship.yml loads and names its models. */
const configDemoStep = {
    id: 'config',
    title: 'Check the configuration (modelship.yml)',
    async run(ctx) {
        const models = Object.entries(ctx.config.config.models);
        const rows = models.map(([name, m]) => `| ${name} | \`${m.path}\` | ${m.format ?? 'detected'} |`);
        return {
            ok: true,
            summary: `${ctx.config.file} is valid: ${models.length} model(s): ${models.map(([n]) => n).join(', ')}`,
            markdown: ['| Model | Path | Format |', '| --- | --- | --- |', ...rows].join('\n'),
        };
    },
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/routing-file.ts
var routing_file = __webpack_require__(69296);
;// CONCATENATED MODULE: ./src/demo/steps/cache.ts





const sum = (text, name, labels) => text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`) && labels.split(',').every((x) => l.includes(x)))
    .reduce((s, l) => s + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
/**
 * The prediction cache on a repository of its own (v1 and v2 of the example): with `cache: { maxBytes }` a
 * repeated request is answered from the cache with the model's exact bytes; a rollback from v2 to v1 drops
 * v2's answers at once, and the same request is then answered by v1's model.
 */
const cacheDemoStep = {
    id: 'cache',
    title: 'Cache predictions in serve (models.iris.cache) and drop them on rollback',
    async run(ctx) {
        const root = external_node_path_default().join(ctx.workDir, 'cache-repository');
        for (const [version, folder] of [['1.0.0', 'iris-v1'], ['2.0.0', 'iris-v2']]) {
            const dir = external_node_path_default().join(root, 'iris', version);
            const bytes = await (0,promises_.readFile)(external_node_path_default().join(ctx.projectDir, `models/${folder}/model.onnx`));
            const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
            await (0,promises_.mkdir)(dir, { recursive: true });
            await (0,promises_.writeFile)(external_node_path_default().join(dir, 'model.onnx'), bytes);
            await (0,promises_.writeFile)(external_node_path_default().join(dir, 'SHA256SUMS'), `${sha256}  model.onnx\n`);
            await (0,promises_.writeFile)(external_node_path_default().join(dir, 'metadata.json'), JSON.stringify({ model: 'iris', version, sha256, format: 'onnx', deployedAt: new Date().toISOString() }));
        }
        let generation = 0;
        const route = async (stable, previous) => {
            const file = external_node_path_default().join(root, 'iris', 'routing.json');
            await (0,promises_.writeFile)(`${file}.tmp`, (0,routing_file/* formatRoutingFile */.I_)((0,routing_file/* nextRoutingFile */.wR)('iris', { stable, candidate: null, previous, weights: { [stable]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy: 'direct' }, generation++, new Date())));
            await (0,promises_.rename)(`${file}.tmp`, file);
        };
        await route('2.0.0', '1.0.0');
        const server = await (0,serve_server.startServer)({ repository: root, port: 0, pollMs: 50, cache: { iris: { maxBytes: 1 << 20, ttl: '10m' } } });
        try {
            const body = JSON.stringify({ id: 'demo', inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [6.1, 2.8, 4.7, 1.2] }] });
            const infer = async () => {
                const r = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
                const bytes = Buffer.from(await r.arrayBuffer());
                return { status: r.status, cache: r.headers.get('x-modelship-cache'), bytes, version: JSON.parse(String(bytes)).model_version };
            };
            const metrics = async () => (await server.metrics.exposition()).body;
            const miss = await infer();
            const hit = await infer();
            await route('1.0.0', '2.0.0');
            // As the watch would, now (a scan already running when routing.json changed may have read the old one).
            for (let i = 0; i < 100 && server.catalog.models.get('iris')?.state?.routing.stable !== '1.0.0'; i++)
                await server.reload();
            const after = await infer();
            const end = await metrics();
            const identical = hit.bytes.equals(miss.bytes);
            const dropped = sum(end, 'modelship_cache_evictions_total', 'reason="retired"');
            const ok = miss.status === 200 && miss.cache === 'miss' && hit.cache === 'hit' && identical && after.version === '1.0.0' && after.cache === 'miss' && dropped >= 1;
            ctx.log(`    v2.0.0: first answer ${miss.cache}, repeat ${hit.cache} (${identical ? 'byte-identical' : 'DIFFERENT'}); rollback to 1.0.0 dropped ${dropped} answer(s); the same request then: ${after.cache} from ${after.version}`);
            const lines = end.split('\n').filter((l) => l.startsWith('modelship_cache_'));
            return {
                ok,
                summary: `a repeated request was answered from the cache with the model's exact bytes; the rollback to 1.0.0 dropped 2.0.0's answers (${dropped})`,
                markdown: [
                    '`models.iris.cache: { maxBytes: 1048576, ttl: 10m }`, served with 2.0.0 stable and 1.0.0 kept as `previous`:',
                    '',
                    '| Request | Answered by | `x-modelship-cache` | Bytes |',
                    '| --- | --- | --- | --- |',
                    `| first | ${miss.version} | ${miss.cache} | ${miss.bytes.length} |`,
                    `| the same again | ${hit.version} | ${hit.cache} | ${hit.bytes.length}, ${identical ? 'identical to the first' : 'different'} |`,
                    `| the same after the rollback to 1.0.0 | ${after.version} | ${after.cache} | ${after.bytes.length} |`,
                    '',
                    `The rollback dropped 2.0.0's answers at once (${dropped}, \`modelship_cache_evictions_total{reason="retired"}\`); the cache never answers for another version.`,
                    '',
                    '```',
                    ...lines,
                    '```',
                ].join('\n'),
            };
        }
        finally {
            await server.close();
        }
    },
};

// EXTERNAL MODULE: ./src/core/onnx/onnx-proto.ts
var onnx_proto = __webpack_require__(92855);
// EXTERNAL MODULE: ./src/core/metrics/index.ts + 14 modules
var metrics = __webpack_require__(41464);
// EXTERNAL MODULE: ./src/deploy/analysis.ts
var deploy_analysis = __webpack_require__(37417);
// EXTERNAL MODULE: ./src/gate/config.ts
var gate_config = __webpack_require__(16977);
// EXTERNAL MODULE: ./src/gate/engine.ts + 2 modules
var gate_engine = __webpack_require__(65649);
// EXTERNAL MODULE: ./src/core/metrics/exposition.ts
var metrics_exposition = __webpack_require__(66487);
;// CONCATENATED MODULE: ./src/demo/live-analysis.ts





const DEFAULT_LIVE_LIMITS = {
    shareSigmas: 4,
    shareMinTolerance: 2,
    errorMargin: 0.01,
    maxErrorRate: 0.05,
    maxLatencyShift: 1,
    latencyConfidence: 0.99,
    minRequests: 200,
    minCandidateRequests: 30,
    minBaselineRequests: 20,
    timeoutMs: 15_000,
};
/** Points the candidate's share may stray from `weight` (percent) over `routed` requests. */
function shareTolerance(weight, routed, limits = DEFAULT_LIVE_LIMITS) {
    const p = weight / 100;
    const sigma = routed > 0 ? 100 * Math.sqrt((p * (1 - p)) / routed) : 100;
    return Math.max(limits.shareMinTolerance, limits.shareSigmas * sigma);
}
/**
 * The gate a step is judged by: the live figures of the candidate against those of the stable. Bounds that
 * depend on the window (the share tolerance, the p99 allowance) are computed here and written into the
 * checks, so the report shows the exact bound each figure was held to. No check compares a latency with a
 * fixed number of milliseconds: p99 is reported, latency is judged against the stable in the same window.
 */
function liveCanaryGate(window, limits = DEFAULT_LIVE_LIMITS) {
    const { weight, routed } = window;
    const sameWindow = window.sameWindow ?? true;
    const tol = shareTolerance(weight, routed, limits);
    const round = (x) => Number(x.toPrecision(4));
    const latency = [
        {
            name: 'latency shift',
            metric: 'latency_p50_ms',
            direction: 'lower',
            change: { minRelative: -limits.maxLatencyShift },
            statistics: { method: 'mannWhitney', samples: 'latency_ms', confidence: limits.latencyConfidence },
            description: "Mann-Whitney over every request of the window, against the stable answering beside it: no significant shift beyond the bound (no absolute latency bound: a busy machine slows both versions alike)",
        },
    ];
    return {
        description: `live canary analysis at ${weight}%: the server's /metrics, candidate vs stable ${sameWindow ? 'in the same window' : 'over the rollout (latency not compared: the stable served nothing beside it)'}`,
        policies: { onMissingBaseline: 'skip' },
        checks: [
            {
                name: 'traffic share %',
                metric: 'traffic_share',
                direction: 'higher',
                value: { min: round(Math.max(0, weight - tol)), max: round(Math.min(100, weight + tol)) },
                critical: true,
                description: `the router gives the candidate its step weight, within ${limits.shareSigmas} binomial standard deviations`,
            },
            {
                name: 'error rate',
                metric: 'error_rate',
                direction: 'lower',
                value: { max: limits.maxErrorRate },
                change: { minAbsolute: -limits.errorMargin },
                critical: true,
            },
            // Latency only side by side: across windows it would compare the machine's load, not the versions.
            ...(sameWindow ? latency : []),
        ],
    };
}
function observe(f) {
    return {
        version: f.version,
        requests: f.requests,
        errors: f.errors,
        errorRate: f.requests > 0 ? f.errors / f.requests : NaN,
        p50ms: (0,metrics_exposition/* histogramQuantile */.EV)(0.5, f.latency) * 1000,
        p99ms: (0,metrics_exposition/* histogramQuantile */.EV)(0.99, f.latency) * 1000,
    };
}
/** The figures of one version as a metric set the gate engine reads. */
function figuresMetricSet(f, routed, origin) {
    const o = observe(f);
    const missing = new Map();
    const root = { requests: f.requests, errors: f.errors, server_errors: f.serverErrors };
    if (routed > 0)
        root.traffic_share = (100 * f.requests) / routed;
    else
        missing.set('traffic_share', 'no request was routed in the window');
    if (f.requests > 0) {
        root.error_rate = o.errorRate;
        root.server_error_rate = f.serverErrors / f.requests;
    }
    else {
        for (const k of ['error_rate', 'server_error_rate'])
            missing.set(k, `${f.version} answered no request in the window`);
    }
    if (f.latency.count > 0) {
        root.latency_p50_ms = o.p50ms;
        root.latency_p99_ms = o.p99ms;
    }
    else {
        for (const k of ['latency_p50_ms', 'latency_p99_ms'])
            missing.set(k, `${f.version} has no latency observation in the window`);
    }
    const samples = new Map([['latency_ms', { values: (0,metrics_exposition/* histogramSamples */.uo)(f.latency).map((x) => x * 1000) }]]);
    return new metrics/* MetricTree */.B4(origin, root, missing, samples);
}
const empty = (version) => ({ version, requests: 0, errors: 0, serverErrors: 0, byCode: {}, latency: { buckets: [], count: 0, sum: 0 } });
/**
 * Canary analysis over a live server: each step's window starts when the routing changes (`beginWindow`)
 * and is judged once the server has answered enough requests in it. The figures come from the server's
 * own /metrics (no Prometheus needed), become metric sets, and the gate engine judges them with
 * `liveCanaryGate`; the environment's configured analysis (e.g. the offline quality gate) runs too, and
 * the worse of the two phases is the step's.
 */
class LiveCanaryAnalysis {
    scrape;
    options;
    observations = [];
    rolloutStart;
    windowStart;
    constructor(scrape, options = {}) {
        this.scrape = scrape;
        this.options = options;
    }
    get limits() {
        return { ...DEFAULT_LIVE_LIMITS, ...this.options.limits };
    }
    /** Call right after the server applied a routing change: the next analysis judges from here. */
    async beginWindow() {
        const figures = await this.scrape();
        this.rolloutStart ??= figures;
        this.windowStart = { figures, at: performance.now() };
    }
    async analyze(context) {
        const limits = this.limits;
        if (!this.windowStart)
            await this.beginWindow();
        const start = this.windowStart;
        const stableName = context.stable;
        // Fill the window: enough answers in all, and enough from the candidate for its percentiles to mean something.
        const wantCandidate = context.weight > 0 ? limits.minCandidateRequests : 0;
        let now = start.figures;
        let window = new Map();
        let filled = false;
        const deadline = performance.now() + limits.timeoutMs;
        let unreadable;
        while (performance.now() <= deadline) {
            try {
                const next = await this.scrape();
                window = (0,metrics_exposition/* figuresBetween */.oQ)(start.figures, next);
                now = next;
            }
            catch (err) {
                // A measurement that failed is not a verdict on the candidate (Argo's Error): inconclusive, said why.
                unreadable = err instanceof Error ? err.message : String(err);
                break;
            }
            const routed = [...window.values()].filter((f) => f.version !== '').reduce((s, f) => s + f.requests, 0);
            if (routed >= limits.minRequests && (window.get(context.candidate)?.requests ?? 0) >= wantCandidate) {
                filled = true;
                break;
            }
            await new Promise((r) => setTimeout(r, 25));
        }
        const windowMs = performance.now() - start.at;
        const routed = [...window.values()].filter((f) => f.version !== '').reduce((s, f) => s + f.requests, 0);
        const cand = window.get(context.candidate) ?? empty(context.candidate);
        const stableWindow = stableName ? window.get(stableName) : undefined;
        let baselineFigures;
        let scope = 'none';
        if (stableName && stableWindow && stableWindow.requests >= limits.minBaselineRequests) {
            baselineFigures = stableWindow;
            scope = 'window';
        }
        else if (stableName && this.rolloutStart) {
            const over = (0,metrics_exposition/* figuresBetween */.oQ)(this.rolloutStart, now).get(stableName);
            if (over && over.requests >= limits.minBaselineRequests) {
                baselineFigures = over;
                scope = 'rollout';
            }
        }
        const spec = liveCanaryGate({ weight: context.weight, routed, sameWindow: scope === 'window' }, limits);
        const origin = (v, what) => `modelship serve /metrics: ${context.model} ${v}, ${what}`;
        const live = (0,gate_engine/* evaluateGate */.DR)((0,gate_config/* gateConfig */.iA)('live-canary', spec), {
            candidate: figuresMetricSet(cand, routed, origin(context.candidate, `step ${context.step} window (${routed} routed requests, ${Math.round(windowMs)} ms)`)),
            baseline: baselineFigures ? figuresMetricSet(baselineFigures, routed, origin(baselineFigures.version, scope === 'window' ? 'same window' : 'since the rollout began')) : undefined,
            baselineNote: stableName ? `the stable ${stableName} answered fewer than ${limits.minBaselineRequests} requests` : 'nothing was live before: no stable to compare with',
        });
        const configured = this.options.configured ? await this.options.configured.analyze(context) : undefined;
        let phase = live.verdict === 'pass' ? 'successful' : live.verdict === 'fail' ? 'failed' : 'inconclusive';
        const reasons = [];
        if (unreadable !== undefined) {
            phase = 'inconclusive';
            reasons.push(`the server's figures could not be read: ${unreadable}`);
        }
        else if (!filled) {
            phase = (0,deploy_analysis/* worstPhase */.V)([phase, 'inconclusive']);
            reasons.push(`the window did not fill within ${limits.timeoutMs} ms: ${routed} routed requests (need ${limits.minRequests}), ${cand.requests} by ${context.candidate} (need ${wantCandidate})`);
        }
        const bad = live.checks.filter((c) => c.status === 'fail' || c.status === 'error');
        reasons.push(...(bad.length ? bad.map((c) => `live-canary: ${c.reason}`) : [`live-canary: ${live.reason}`]));
        if (configured) {
            phase = (0,deploy_analysis/* worstPhase */.V)([phase, configured.phase]);
            reasons.push(...configured.reasons.map((r) => (r.startsWith(`${context.gate}:`) ? r : `${context.gate}: ${r}`)));
        }
        const observation = {
            step: context.step,
            weight: context.weight,
            windowMs,
            routed,
            share: routed > 0 ? (100 * cand.requests) / routed : NaN,
            candidate: observe(cand),
            stable: stableWindow && stableWindow.requests > 0 ? observe(stableWindow) : undefined,
            baseline: { scope, figures: baselineFigures ? observe(baselineFigures) : undefined },
            live,
            configured,
            phase,
            reasons,
        };
        this.observations.push(observation);
        this.options.onStep?.(observation);
        // The next step's window starts at its routing change; until then, a new analysis starts from now.
        this.windowStart = undefined;
        return { phase, reasons };
    }
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
;// CONCATENATED MODULE: ./src/demo/load.ts

/** Width of one timeline slot. */
const SLOT_MS = 100;
class LoadGenerator {
    options;
    segments = [];
    /** Sends the schedule could not make because `maxInFlight` requests were already waiting. */
    skipped = 0;
    pool;
    path;
    timer;
    inFlight = new Set();
    start = performance.now();
    /** Answers per 100 ms slot since the start, by version (`failed` for failures): the timeline of a switch. */
    slots = [];
    scheduled = 0;
    next = 0;
    stopped = false;
    constructor(options, label = 'start') {
        this.options = options;
        if (!(options.rate > 0))
            throw new RangeError(`load rate must be positive, got ${options.rate}`);
        if (options.bodies.length === 0)
            throw new RangeError('load needs at least one request body');
        this.pool = new undici/* Pool */.bC(options.url, { connections: options.connections ?? 4, keepAliveTimeout: 30_000 });
        this.path = `/v2/models/${encodeURIComponent(options.model)}/infer`;
        this.mark(label);
        this.timer = setInterval(() => this.tick(), 5);
    }
    /** Starts a new segment; the previous one ends now. */
    mark(label) {
        const now = performance.now();
        const last = this.segments[this.segments.length - 1];
        if (last)
            last.endedAt = now;
        const segment = { label, sent: 0, ok: 0, failed: 0, byVersion: {}, failures: {}, startedAt: now };
        this.segments.push(segment);
        return segment;
    }
    get current() {
        return this.segments[this.segments.length - 1];
    }
    /** Totals over every segment. */
    totals() {
        const out = { sent: 0, ok: 0, failed: 0, byVersion: {}, failures: {}, firstFailure: undefined };
        for (const s of this.segments) {
            out.sent += s.sent;
            out.ok += s.ok;
            out.failed += s.failed;
            for (const [v, n] of Object.entries(s.byVersion))
                out.byVersion[v] = (out.byVersion[v] ?? 0) + n;
            for (const [k, n] of Object.entries(s.failures))
                out.failures[k] = (out.failures[k] ?? 0) + n;
            out.firstFailure ??= s.firstFailure;
        }
        return out;
    }
    /** Milliseconds since the load started (for placing events on the timeline). */
    elapsed() {
        return performance.now() - this.start;
    }
    /** Waits until `n` more answers arrived in the current segment (or `timeoutMs` passed). */
    async waitForAnswers(n, timeoutMs = 10_000) {
        const segment = this.current;
        const target = segment.ok + segment.failed + n;
        const deadline = performance.now() + timeoutMs;
        while (segment.ok + segment.failed < target) {
            if (performance.now() > deadline || this.stopped)
                return false;
            await new Promise((r) => setTimeout(r, 10));
        }
        return true;
    }
    /** Stops sending, waits for the answers still due, closes the connections. */
    async stop() {
        if (this.stopped)
            return;
        this.stopped = true;
        clearInterval(this.timer);
        await Promise.all([...this.inFlight]);
        this.current.endedAt = performance.now();
        await this.pool.close();
    }
    tick() {
        const due = Math.floor(((performance.now() - this.start) / 1000) * this.options.rate);
        while (this.scheduled < due) {
            this.scheduled++;
            if (this.inFlight.size >= (this.options.maxInFlight ?? 64)) {
                this.skipped++;
                continue;
            }
            const body = this.options.bodies[this.next++ % this.options.bodies.length];
            const p = this.send(this.current, body).finally(() => this.inFlight.delete(p));
            this.inFlight.add(p);
        }
    }
    async send(segment, body) {
        segment.sent++;
        const slot = (key) => {
            const i = Math.floor((performance.now() - this.start) / SLOT_MS);
            while (this.slots.length <= i)
                this.slots.push({});
            this.slots[i][key] = (this.slots[i][key] ?? 0) + 1;
        };
        const fail = (key, detail) => {
            slot('failed');
            segment.failed++;
            segment.failures[key] = (segment.failures[key] ?? 0) + 1;
            segment.firstFailure ??= detail;
        };
        try {
            const timeout = this.options.timeoutMs ?? 10_000;
            const res = await this.pool.request({ path: this.path, method: 'POST', headers: { 'content-type': 'application/json' }, body, headersTimeout: timeout, bodyTimeout: timeout });
            const text = await res.body.text();
            if (res.statusCode !== 200)
                return fail(String(res.statusCode), `HTTP ${res.statusCode}: ${text.slice(0, 200)}`);
            let version;
            try {
                version = JSON.parse(text).model_version;
            }
            catch {
                version = undefined;
            }
            if (typeof version !== 'string')
                return fail('malformed', `a 200 answer without model_version: ${text.slice(0, 120)}`);
            slot(version);
            segment.ok++;
            segment.byVersion[version] = (segment.byVersion[version] ?? 0) + 1;
        }
        catch (err) {
            const e = err;
            fail(e.code ?? 'network', e.message ?? String(err));
        }
    }
}

;// CONCATENATED MODULE: ./src/demo/live-environment.ts






/** Requests per second the demo's clients send: enough to judge a canary step in well under a second. */
const DEMO_RATE = 500;
/**
 * One environment of the demo, live: `modelship serve` on its model repository, a steady client sending
 * inference requests, and the server's /metrics read back as per-version figures. The engine options it
 * hands out wrap the environment's provider so that the server re-reads routing.json as soon as the
 * engine writes it (it would notice on its own within its poll interval; the demo wants every window to
 * start at the write), and so that the caller hears of each routing change.
 */
class LiveEnvironment {
    environment;
    model;
    server;
    load;
    bodies;
    lastExposition;
    constructor(environment, model, server, load, bodies, 
    /** The exposition text of the last scrape, for the report. */
    lastExposition = '') {
        this.environment = environment;
        this.model = model;
        this.server = server;
        this.load = load;
        this.bodies = bodies;
        this.lastExposition = lastExposition;
    }
    static async start(ctx, environment, options = {}) {
        const root = (0,config.repositoryOfEnvironment)(ctx.config, environment);
        const server = await (0,serve_server.startServer)({ repository: root, port: 0, seed: options.seed ?? 7 });
        try {
            const model = Object.keys(ctx.config.config.models)[0];
            if (!server.catalog.models.has(model))
                throw new Error(`the ${environment} repository ${root} serves no model "${model}"`);
            const meta = (await (await fetch(`${server.url}/v2/models/${encodeURIComponent(model)}`)).json());
            const input = meta.inputs?.[0];
            if (!input)
                throw new Error(`${server.url}/v2/models/${model} lists no inputs`);
            const bodies = (await exampleRows(ctx.projectDir)).map((row) => JSON.stringify({ inputs: [{ name: input.name, shape: [1, row.length], datatype: 'FP32', data: row }] }));
            const load = new LoadGenerator({ url: server.url, model, rate: options.rate ?? DEMO_RATE, bodies }, options.label);
            return new LiveEnvironment(environment, model, server, load, bodies);
        }
        catch (err) {
            await server.close();
            throw err;
        }
    }
    /** Per-version figures of the model as the server counts them now. */
    async scrape() {
        const res = await fetch(`${this.server.url}/metrics`);
        this.lastExposition = await res.text();
        if (res.status !== 200)
            throw new Error(`${this.server.url}/metrics answered ${res.status}`);
        return (0,metrics_exposition/* figuresByVersion */.XF)(this.lastExposition, this.model);
    }
    /** Scrapes until at least `n` more inference answers were counted than in `since`. */
    async waitForServed(since, n, timeoutMs = 10_000) {
        const deadline = performance.now() + timeoutMs;
        for (;;) {
            const now = await this.scrape();
            const served = [...(0,metrics_exposition/* figuresBetween */.oQ)(since, now).values()].reduce((s, f) => s + f.requests, 0);
            if (served >= n || performance.now() > deadline)
                return now;
            await new Promise((r) => setTimeout(r, 25));
        }
    }
    /**
     * Sends `n` requests pinned to `version` (`/versions/{v}/infer`), a few at a time, whatever they answer: a
     * freshly loaded session's first answers are slower than the ones users see a minute later, and a canary
     * window of a few hundred requests should not judge that. Returns how many were answered 200.
     */
    async warmUp(version, n = 20) {
        const url = `${this.server.url}/v2/models/${encodeURIComponent(this.model)}/versions/${encodeURIComponent(version)}/infer`;
        let ok = 0;
        for (let i = 0; i < n; i += 4) {
            const batch = Array.from({ length: Math.min(4, n - i) }, (_, j) => fetch(url, { method: 'POST', body: this.bodies[(i + j) % this.bodies.length], headers: { 'content-type': 'application/json' } }).then(async (r) => {
                await r.arrayBuffer();
                if (r.status === 200)
                    ok++;
            }));
            await Promise.all(batch);
        }
        return ok;
    }
    /** Engine options whose provider makes the server follow each routing write at once. */
    engineOptions(extra = {}) {
        const { onRouting, ...rest } = extra;
        const server = this.server;
        const follow = async (what, detail) => {
            await server.reload();
            await onRouting?.(what);
            return detail;
        };
        return {
            ...rest,
            provider: (env, fallback) => {
                const inner = rest.provider ? rest.provider(env, fallback) : fallback;
                if (env.name !== this.environment)
                    return inner;
                return {
                    type: inner.type,
                    prepare: (c, t) => inner.prepare(c, t),
                    verify: (c, t) => inner.verify(c, t),
                    shiftTraffic: async (c, traffic, t) => follow('shift', await inner.shiftTraffic(c, traffic, t)),
                    finalize: async (c, traffic, t) => follow('finalize', await inner.finalize(c, traffic, t)),
                    revert: async (c, lastGood) => follow('revert', await inner.revert(c, lastGood)),
                    ...(inner.observe ? { observe: (c) => inner.observe(c) } : {}),
                };
            },
        };
    }
    async close() {
        try {
            await this.load.stop();
        }
        finally {
            await this.server.close();
        }
    }
}
/** A spread of the example's rows (4 features each), so requests are not all the same flower. */
async function exampleRows(projectDir) {
    const text = await (0,promises_.readFile)(external_node_path_default().join(projectDir, 'data', 'iris.csv'), 'utf8').catch(() => '');
    const rows = text
        .split('\n')
        .slice(1)
        .map((l) => l.split(',').slice(0, 4).map(Number))
        .filter((r) => r.length === 4 && r.every(Number.isFinite));
    const picked = rows.filter((_, i) => i % 10 === 0);
    return picked.length > 0 ? picked : [[5.1, 3.5, 1.4, 0.2]];
}

// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
;// CONCATENATED MODULE: ./src/demo/live-report.ts


/** Markdown for the demo's live rollouts: tables a person reads, Mermaid charts GitHub draws. */
const ICON = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', error: '⛔' };
const PHASE = { successful: '✅ successful', failed: '❌ failed', inconclusive: '❔ inconclusive' };
function percent(x, digits = 1) {
    return Number.isFinite(x) ? `${(x * 100).toFixed(digits)}%` : '—';
}
function ms(x) {
    return Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : '—';
}
/** `a / b` of one figure for the stable and the candidate; `—` where a version served nothing. */
function pair(stable, candidate, f) {
    return `${stable && stable.requests > 0 ? f(stable) : '—'} / ${candidate.requests > 0 ? f(candidate) : '—'}`;
}
/** One row per canary step: what the server saw, and the verdict. */
function canaryTable(observations, stable, candidate) {
    const rows = observations.map((o) => {
        const quality = o.configured ? (o.configured.phase === 'successful' ? '✅' : o.configured.phase === 'failed' ? '❌' : '❔') : '—';
        return `| ${o.step} | ${o.weight}% | ${o.routed} in ${(o.windowMs / 1000).toFixed(2)} s | ${pair(o.stable, o.candidate, (v) => String(v.requests))} | ${o.share.toFixed(1)}% | ${pair(o.stable, o.candidate, (v) => percent(v.errorRate))} | ${pair(o.stable, o.candidate, (v) => ms(v.p50ms))} | ${pair(o.stable, o.candidate, (v) => ms(v.p99ms))} | ${o.live.verdict === 'pass' ? '✅' : o.live.verdict === 'fail' ? '❌' : '❔'} ${o.live.verdict} | ${quality} | ${PHASE[o.phase]} |`;
    });
    return [
        `Figures are per step window, read from the server's \`/metrics\` (stable ${stable} / candidate ${candidate}).`,
        '',
        '| Step | Weight | Window | Requests | Candidate share | Error rate | p50 ms | p99 ms | Live analysis | Quality gate | Verdict |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
        ...(observations.some((o) => o.baseline.scope === 'rollout')
            ? ['', `At 100 % the stable serves nothing in the window: the candidate's error rate is compared with the stable's over the whole rollout, and latency is not compared (across windows it would compare the machine's load, not the versions).`]
            : []),
    ].join('\n');
}
/** The candidate's observed share against the weight it was given, and p99 latency of both versions. */
function canaryCharts(observations, candidate) {
    if (observations.length === 0)
        return '';
    const labels = observations.map((o) => `"${o.step}: ${o.weight}%"`).join(', ');
    const share = observations.map((o) => (Number.isFinite(o.share) ? o.share.toFixed(1) : '0')).join(', ');
    const weights = observations.map((o) => o.weight).join(', ');
    const out = [
        `Candidate ${candidate}: share of requests observed by the server (bars) against the step weight (line).`,
        '',
        '```mermaid',
        'xychart-beta',
        `  title "${candidate} share of live traffic per canary step"`,
        `  x-axis [${labels}]`,
        '  y-axis "% of requests" 0 --> 100',
        `  bar [${share}]`,
        `  line [${weights}]`,
        '```',
    ];
    // p99 side by side only where both versions served in the same window.
    const p99 = (o) => (o && o.requests > 0 && Number.isFinite(o.p99ms) ? o.p99ms : undefined);
    const both = observations.filter((o) => p99(o.candidate) !== undefined && p99(o.stable) !== undefined);
    if (both.length > 0) {
        const top = Math.max(...both.flatMap((o) => [p99(o.candidate), p99(o.stable)])) * 1.25;
        out.push('', 'p99 latency where both versions served side by side: candidate (bars) against the stable (line).', '', '```mermaid', 'xychart-beta', '  title "p99 latency (ms), same window"', `  x-axis [${both.map((o) => `"${o.step}: ${o.weight}%"`).join(', ')}]`, `  y-axis "ms" 0 --> ${Number(top.toPrecision(2))}`, `  bar [${both.map((o) => p99(o.candidate).toFixed(3)).join(', ')}]`, `  line [${both.map((o) => p99(o.stable).toFixed(3)).join(', ')}]`, '```');
    }
    return out.join('\n');
}
/** The live gate of every step, check by check, folded. */
function liveGateDetails(observations) {
    const out = ['<details><summary>Live analysis, check by check (gate engine over the scraped figures)</summary>', ''];
    for (const o of observations) {
        out.push(`**Step ${o.step} (${o.weight}%)** — live-canary ${o.live.verdict}: ${(0,markdown/* tableCell */.xR)(o.live.reason)}. Candidate: \`${(0,markdown/* tableCell */.xR)(o.live.candidate)}\`; baseline: ${o.live.baseline ? `\`${(0,markdown/* tableCell */.xR)(o.live.baseline)}\`` : `none (${(0,markdown/* tableCell */.xR)(o.live.baselineNote ?? '')})`}.`, '');
        out.push('| | Check | Kind | Candidate | Baseline | Bound | Why |', '| --- | --- | --- | --- | --- | --- | --- |');
        for (const c of o.live.checks) {
            const n = (v) => (typeof v === 'number' ? String(Number(v.toPrecision(4))) : (v ?? '—'));
            out.push(`| ${ICON[c.status]} | ${(0,markdown/* tableCell */.xR)(c.check)}${c.critical ? ' (critical)' : ''} | ${c.kind} | ${n(c.candidate)} | ${n(c.baseline)} | ${(0,markdown/* tableCell */.xR)(c.bound)} | ${(0,markdown/* tableCell */.xR)(c.reason)} |`);
        }
        if (o.configured)
            out.push('', `Configured analysis (\`strategy.analysis.gate\`): ${o.configured.phase} — ${(0,markdown/* tableCell */.xR)(o.configured.reasons.join('; '))}`);
        out.push('');
    }
    out.push('</details>');
    return out.join('\n');
}
/** What the client saw, segment by segment. */
function segmentsTable(segments) {
    const rows = segments.map((s) => {
        const served = Object.entries(s.byVersion).sort(([a], [b]) => a.localeCompare(b)).map(([v, n]) => `${v}: ${n}`).join(', ') || '—';
        const failures = Object.entries(s.failures).map(([k, n]) => `${k} ×${n}`).join(', ');
        const seconds = s.endedAt !== undefined ? ((s.endedAt - s.startedAt) / 1000).toFixed(2) : '—';
        return `| ${(0,markdown/* tableCell */.xR)(s.label)} | ${seconds} s | ${s.sent} | ${s.ok} | ${s.failed}${failures ? ` (${failures})` : ''} | ${served} |`;
    });
    return ['| Phase | Duration | Sent | Answered 200 | Failed | Served by |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
/** Share of answers per version in each 100 ms slot between `from` and `to` (ms since the load started). */
function timelineChart(slots, versions, title, from = 0, to = slots.length * SLOT_MS) {
    const first = Math.max(0, Math.floor(from / SLOT_MS));
    const last = Math.min(slots.length, Math.ceil(to / SLOT_MS));
    const window = slots.slice(first, last);
    if (window.length < 2)
        return '';
    const shares = versions.map((v) => window.map((s) => {
        const total = Object.values(s).reduce((a, b) => a + b, 0);
        return total > 0 ? Math.round((100 * (s[v] ?? 0)) / total) : 0;
    }));
    const labels = window.map((_, i) => `"${(((first + i) * SLOT_MS) / 1000).toFixed(1)}"`).join(', ');
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis "seconds since the client started" [${labels}]`,
        '  y-axis "% of answers" 0 --> 100',
        ...shares.map((s) => `  line [${s.join(', ')}]`),
        '```',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/deploy/providers/local.ts
var local = __webpack_require__(48605);
// EXTERNAL MODULE: ./src/deploy/render.ts
var deploy_render = __webpack_require__(37015);
;// CONCATENATED MODULE: ./src/demo/steps/deploy.ts












/**
 * The deploy part of the demo, on the local environments of examples/iris (inside the demo's own copy):
 * v1 to staging and production; then, with `modelship serve` answering a steady client, a canary of v2 on
 * staging judged step by step from the server's /metrics, a broken re-export whose canary is rolled back
 * automatically, the blue-green promotion of v2 to production, and production's rollback to v1.
 */
const V1 = { version: '1.0.0', artifact: 'models/iris-v1/model.onnx' };
const V2 = { version: '1.1.0', artifact: 'models/iris-v2/model.onnx' };
/** The broken re-export of the degraded canary: v2's signature and weights, a graph that fails at inference. */
const BROKEN = { version: '1.2.0', artifact: 'models/iris-v2-reexport/model.onnx' };
function narrate(ctx, r) {
    ctx.log(`    ${r.outcome}: ${r.message}`);
    return r;
}
function details(summary, body) {
    return `<details><summary>${summary.replace(/</g, '&lt;')}</summary>\n\n${body}\n\n</details>`;
}
async function routingOf(ctx, environment) {
    const root = (0,config.repositoryOfEnvironment)(ctx.config, environment);
    const model = Object.keys(ctx.config.config.models)[0];
    return new local/* LocalProvider */.T(root).readRouting(model);
}
/** v1 to staging (a canary with nothing to compare against) and on to production (blue-green). */
const deployDemoStep = {
    id: 'deploy',
    title: 'Deploy v1 to staging and promote it to production (modelship deploy, promote)',
    async run(ctx) {
        ctx.log('    first deployment: nothing is live and no one calls the model yet, so the analysis is the configured offline gate');
        const results = [
            narrate(ctx, await (0,engine.deploy)(ctx.config, { environment: 'staging', ...V1, actor: 'demo' })),
            narrate(ctx, await (0,engine.promote)(ctx.config, { to: 'production', actor: 'demo' })),
        ];
        const state = await (0,engine.status)(ctx.config);
        const live = (env) => state.environments.find((e) => e.environment === env)?.liveVersion;
        const ok = results.every((r) => r.outcome === 'deployed') && live('staging') === V1.version && live('production') === V1.version;
        return {
            ok,
            summary: ok ? `${V1.version} is live in staging and production` : `unexpected outcomes: ${results.map((r) => `${r.environment} ${r.outcome} (${r.message})`).join('; ')}`,
            markdown: results.map((r) => details(`${r.environment}: ${r.outcome} — ${r.message}`, (0,deploy_render.renderResultMarkdown)(r))).join('\n\n'),
        };
    },
};
/**
 * Makes `environment` serve `version` (with `previous` before it when given), whatever the earlier steps
 * achieved: a step that needs v2 on staging deploys it itself, without live traffic (the configured offline
 * gate only), when the canary step left staging elsewhere. Each step then shows its own point, and a slow
 * machine that makes one step fail does not fail every step after it. Says what it did.
 */
async function ensureLive(ctx, environment, version, previous) {
    const liveOf = async () => (await (0,engine.status)(ctx.config)).environments.find((e) => e.environment === environment)?.liveVersion;
    const now = await liveOf();
    if (now === version.version)
        return undefined;
    const done = [];
    if (previous && now !== previous.version) {
        const r = await (0,engine.deploy)(ctx.config, { environment, ...previous, actor: 'demo' });
        done.push(`${previous.version}: ${r.outcome}`);
    }
    // Production takes versions by promotion from staging only, as the pipeline says.
    const r = environment === 'production' ? await (0,engine.promote)(ctx.config, { to: 'production', actor: 'demo' }) : await (0,engine.deploy)(ctx.config, { environment, ...version, actor: 'demo' });
    done.push(`${version.version}: ${r.outcome}`);
    const after = await liveOf();
    if (after !== version.version)
        throw new Error(`cannot set up ${environment} with ${version.version} live (${done.join('; ')}; live: ${after ?? 'nothing'})`);
    const note = `set-up: ${environment} served ${now ?? 'nothing'} after the earlier steps, so this step ${environment === 'production' ? 'promoted' : 'deployed'} ${done.map((d) => d.split(':')[0]).join(' then ')} there first, without live traffic`;
    ctx.log(`    ${note}`);
    return note;
}
/** Deploys `candidate` to staging with the live analysis judging each canary step from the server's /metrics. */
async function liveCanary(ctx, live, stable, candidate) {
    const analysis = new LiveCanaryAnalysis(() => live.scrape(), {
        configured: new deploy_analysis/* GateAnalysisRunner */.G(ctx.config),
        onStep: (o) => ctx.log(`    step ${o.step} (${o.weight}%): ${stepLine(o, stable, candidate.version)}`),
    });
    const request = { environment: 'staging', version: candidate.version, artifact: candidate.artifact, actor: 'demo' };
    const result = narrate(ctx, await (0,engine.deploy)(ctx.config, request, live.engineOptions({ analysis, onRouting: windowOpener(live, analysis, candidate.version) })));
    return { analysis, result };
}
/** The v2 canary on staging, under live traffic, judged after each step from /metrics. */
const canaryDemoStep = {
    id: 'canary',
    title: 'Canary v2 on staging under live traffic, judged from the server\'s /metrics',
    async run(ctx) {
        await ensureLive(ctx, 'staging', V1);
        const live = await LiveEnvironment.start(ctx, 'staging', { label: `canary of ${V2.version}` });
        try {
            ctx.log(`    modelship serve --env staging at ${live.server.url}; a client sends ${live.load.options.rate} requests/s to /v2/models/${live.model}/infer`);
            const { analysis, result } = await liveCanary(ctx, live, V1.version, { version: V2.version, artifact: V2.artifact });
            await live.load.stop();
            const client = live.load.totals();
            const served = await live.scrape();
            ctx.log(`    the client sent ${client.sent} requests: ${client.ok} answered 200 (${versionsText(client.byVersion)}), ${client.failed} failed${skippedText(live)}`);
            const obs = analysis.observations;
            const expectedWeights = [10, 50, 100];
            const ok = result.outcome === 'deployed' &&
                obs.map((o) => o.weight).join() === expectedWeights.join() &&
                obs.every((o) => o.phase === 'successful') &&
                (served.get(V1.version)?.requests ?? 0) > 0 &&
                (served.get(V2.version)?.requests ?? 0) > 0 &&
                client.failed === 0;
            const markdown = [
                `\`modelship serve --env staging\` at ${live.server.url} served the rollout while a client sent ${live.load.options.rate} requests/s. After each step the candidate got 20 warm-up requests (a fresh session's first answers are not what users see a minute later), then the analysis waited for ${analysis.limits.minRequests} answers in the step's window (${analysis.limits.minCandidateRequests} or more by the candidate), read them from \`/metrics\`, and had the gate engine judge them (${rulesText(analysis.limits)}); the environment's own analysis gate (\`strategy.analysis.gate\`, offline quality) ran too.`,
                '',
                canaryTable(obs, V1.version, V2.version),
                '',
                canaryCharts(obs, V2.version),
                '',
                `The client: ${client.sent} requests sent, ${client.ok} answered 200 (${versionsText(client.byVersion)}), **${client.failed} failed**.`,
                '',
                liveGateDetails(obs),
                '',
                details(`Deployment journal: ${result.outcome} — ${result.message}`, (0,deploy_render.renderResultMarkdown)(result)),
            ].join('\n');
            return {
                ok,
                summary: ok
                    ? `${V2.version} promoted through ${obs.map((o) => `${o.weight}% (observed ${o.share.toFixed(1)}%)`).join(', ')}; every step passed the live analysis; ${client.ok} requests served, none failed`
                    : `canary of ${V2.version}: ${result.outcome} (${result.message}); phases ${obs.map((o) => o.phase).join(', ') || 'none'}; client failures ${client.failed}`,
                markdown,
            };
        }
        finally {
            await live.close();
        }
    },
};
/** A broken re-export canaried on staging: the live analysis fails it at the first step and the engine reverts. */
const degradedCanaryDemoStep = {
    id: 'canary-degraded',
    title: 'Canary a broken re-export (expected to be rolled back automatically)',
    async run(ctx) {
        const setUp = await ensureLive(ctx, 'staging', V2, V1);
        const artifact = await writeBrokenReexport(ctx);
        ctx.log(`    ${BROKEN.version}: v2 re-exported with a bad graph edit (${external_node_path_default().relative(ctx.projectDir, artifact)}): it passes validate and the offline gate, and fails at inference`);
        const live = await LiveEnvironment.start(ctx, 'staging', { label: `canary of ${BROKEN.version}` });
        try {
            const { analysis, result } = await liveCanary(ctx, live, V2.version, { version: BROKEN.version, artifact: external_node_path_default().relative(ctx.projectDir, artifact) });
            const during = live.load.current;
            const after = live.load.mark('after the automatic rollback');
            await live.load.waitForAnswers(100);
            await live.load.stop();
            const routing = await routingOf(ctx, 'staging');
            const obs = analysis.observations;
            const failedStep = obs.find((o) => o.phase === 'failed');
            ctx.log(`    blast radius: ${during.failed} of the ${during.sent} requests sent during the rollout failed, those routed to ${BROKEN.version} at ${failedStep?.weight ?? '?'}%; after the rollback ${after.ok} of ${after.sent} answered 200 (${versionsText(after.byVersion)})`);
            const ok = result.outcome === 'aborted' &&
                result.liveVersion === V2.version &&
                failedStep !== undefined &&
                obs.length === 1 &&
                routing?.stable === V2.version &&
                Object.keys(routing.weights).join() === V2.version &&
                after.failed === 0 &&
                after.ok > 0 &&
                Object.keys(after.byVersion).join() === V2.version;
            const markdown = [
                ...(setUp ? [`_${setUp}._`, ''] : []),
                `${BROKEN.version} is iris v2 re-exported with a bad graph edit: the same signature and offline metrics, so \`validate\` (which every deploy runs) and an offline gate let it through, but it fails at inference on every real input; the canary's live analysis does not let it through.`,
                '',
                canaryTable(obs, V2.version, BROKEN.version),
                '',
                segmentsTable(live.load.segments),
                '',
                `Blast radius: ${during.failed} of the ${during.sent} requests sent during the rollout (${percent(during.failed / Math.max(1, during.sent))}) failed: those the router gave ${BROKEN.version} at ${failedStep?.weight ?? '?'}%. The engine then restored \`${JSON.stringify(routing?.weights ?? {})}\` and staging kept serving ${V2.version} with no failure.`,
                '',
                liveGateDetails(obs),
                '',
                details(`Deployment journal: ${result.outcome} — ${result.message}`, (0,deploy_render.renderResultMarkdown)(result)),
            ].join('\n');
            return {
                ok,
                expectedFailure: true,
                summary: ok
                    ? `${BROKEN.version} aborted at ${failedStep.weight}% (${failedStep.reasons[0]}); staging left on ${V2.version}, which answered all ${after.ok} requests after the revert`
                    : `the broken canary was not handled as expected: ${result.outcome} (${result.message}); staging routes ${JSON.stringify(routing?.weights ?? {})}; ${after.failed} failures after the rollback`,
                markdown,
            };
        }
        finally {
            await live.close();
        }
    },
};
/** Blue-green promotion of v2 to production while production serves a client: the switch loses nothing. */
const promoteDemoStep = {
    id: 'promote',
    title: 'Promote v2 to production (blue-green) while production serves traffic',
    async run(ctx) {
        const setUp = [await ensureLive(ctx, 'staging', V2, V1)].filter((n) => n !== undefined);
        const r = await switchUnderLoad(ctx, {
            before: V1.version,
            after: V2.version,
            action: (live) => (0,engine.promote)(ctx.config, { to: 'production', actor: 'demo' }, live.engineOptions()),
            expected: 'deployed',
            label: 'blue-green switch',
        });
        return setUp.length ? { ...r, markdown: `${setUp.map((n) => `_${n}._`).join('\n\n')}\n\n${r.markdown}` } : r;
    },
};
/** Production rolled back to v1 while serving: rollback re-deploys the recorded payload, observed through the server. */
const rollbackDemoStep = {
    id: 'rollback',
    title: 'Roll production back to v1 while it serves traffic (modelship rollback)',
    async run(ctx) {
        const setUp = [await ensureLive(ctx, 'staging', V2, V1), await ensureLive(ctx, 'production', V2)].filter((n) => n !== undefined).join('; ') || undefined;
        const r = await switchUnderLoad(ctx, {
            before: V2.version,
            after: V1.version,
            action: (live) => (0,engine.rollback)(ctx.config, { environment: 'production', actor: 'demo' }, live.engineOptions()),
            expected: 'rolled-back',
            label: 'rollback',
        });
        const state = await (0,engine.status)(ctx.config);
        const table = ['| Environment | Live | Rollback would restore |', '| --- | --- | --- |', ...state.environments.map((e) => `| ${e.environment} | ${e.liveVersion ?? '—'} | ${e.rollbackTarget ?? '—'} |`)];
        const prod = state.environments.find((e) => e.environment === 'production')?.liveVersion;
        return { ...r, ok: r.ok && prod === V1.version, markdown: `${setUp ? `_${setUp}._\n\n` : ''}${r.markdown}\n\nFinal state:\n\n${table.join('\n')}` };
    },
};
async function switchUnderLoad(ctx, o) {
    const live = await LiveEnvironment.start(ctx, 'production', { label: `before (${o.before} live)` });
    try {
        ctx.log(`    modelship serve --env production at ${live.server.url}; a client sends ${live.load.options.rate} requests/s`);
        await live.load.waitForAnswers(100);
        const m0 = await live.scrape();
        const switchAt = live.load.elapsed();
        live.load.mark(`during the ${o.label}`);
        const result = narrate(ctx, await o.action(live));
        const m1 = await live.scrape();
        const doneAt = live.load.elapsed();
        live.load.mark(`after (${o.after} live)`);
        await live.load.waitForAnswers(100);
        await live.load.stop();
        const m2 = await live.scrape();
        const client = live.load.totals();
        const [before, during, after] = live.load.segments;
        ctx.log(`    client: ${segmentLine(before)}; ${segmentLine(during)}; ${segmentLine(after)}${skippedText(live)}`);
        const only = (s, v) => Object.keys(s.byVersion).join() === v && s.ok > 0;
        const ok = result.outcome === o.expected && client.failed === 0 && only(before, o.before) && only(after, o.after);
        const windows = [
            [`before the ${o.label}`, (0,metrics_exposition/* figuresBetween */.oQ)(new Map(), m0)],
            [`during the ${o.label}`, (0,metrics_exposition/* figuresBetween */.oQ)(m0, m1)],
            [`after the ${o.label}`, (0,metrics_exposition/* figuresBetween */.oQ)(m1, m2)],
        ];
        const serverRows = windows.flatMap(([label, figures]) => [...figures.values()].filter((f) => f.requests > 0).map((f) => `| ${label} | ${f.version || '(no version)'} | ${f.requests} | ${f.errors} | ${ms(quantile(f, 0.5))} | ${ms(quantile(f, 0.99))} |`));
        const markdown = [
            `\`modelship serve --env production\` at ${live.server.url}; a client sent ${live.load.options.rate} requests/s throughout. The ${o.label} took ${((doneAt - switchAt) / 1000).toFixed(2)} s; **${client.failed} requests failed** over ${client.sent}.`,
            '',
            'What the client saw:',
            '',
            segmentsTable(live.load.segments),
            '',
            'What the server counted (`/metrics`, scraped before, right after and at the end):',
            '',
            '| Window | Version | Requests | Errors | p50 ms | p99 ms |',
            '| --- | --- | --- | --- | --- | --- |',
            ...serverRows,
            '',
            `Share of answers by version, 100 ms at a time (lines: ${o.before}, then ${o.after}; the switch at ${(switchAt / 1000).toFixed(1)} s):`,
            '',
            timelineChart(live.load.slots, [o.before, o.after], `${o.before} → ${o.after} on production`),
            '',
            details(`Deployment journal: ${result.outcome} — ${result.message}`, (0,deploy_render.renderResultMarkdown)(result)),
        ].join('\n');
        return {
            ok,
            summary: ok
                ? `production switched from ${o.before} to ${o.after} while serving: ${client.sent} requests, ${client.failed} failed; after the ${o.label} every answer came from ${o.after}`
                : `${o.label}: ${result.outcome} (${result.message}); client failures ${client.failed}; served after: ${versionsText(after?.byVersion ?? {})}`,
            markdown,
        };
    }
    finally {
        await live.close();
    }
}
function quantile(f, q) {
    return (0,metrics_exposition/* histogramQuantile */.EV)(q, f.latency) * 1000;
}
/** After each weight change: warm the candidate up, then open the analysis window. */
function windowOpener(live, analysis, candidate) {
    return async (what) => {
        if (what !== 'shift')
            return;
        await live.warmUp(candidate);
        await analysis.beginWindow();
    };
}
function rulesText(l) {
    return [
        `candidate share within ${l.shareSigmas} binomial σ of the weight`,
        `error rate ≤ ${percent(l.maxErrorRate, 0)} and ≤ the stable's + ${percent(l.errorMargin, 0)}`,
        `side by side with the stable in the same window, no latency shift beyond +${percent(l.maxLatencyShift, 0)} of the stable's median significant at ${percent(l.latencyConfidence, 0)} (Mann-Whitney over every request; no absolute latency bound: load on the machine slows both versions alike)`,
    ].join('; ');
}
/** Sends the schedule skipped because the client already had its maximum waiting: said, never hidden. */
function skippedText(live) {
    return live.load.skipped > 0 ? ` (${live.load.skipped} scheduled requests not sent: ${live.load.options.maxInFlight ?? 64} were already waiting)` : '';
}
function versionsText(byVersion) {
    return Object.entries(byVersion).sort(([a], [b]) => a.localeCompare(b)).map(([v, n]) => `${n} by ${v}`).join(', ') || 'none';
}
function segmentLine(s) {
    if (!s)
        return '—';
    return `${s.label}: ${s.sent} sent, ${s.failed} failed, ${versionsText(s.byVersion)}`;
}
function stepLine(o, stable, candidate) {
    const s = o.stable;
    const c = o.candidate;
    const figures = `${o.routed} requests in ${(o.windowMs / 1000).toFixed(2)} s, ${candidate} ${o.share.toFixed(1)}%; errors ${s ? percent(s.errorRate) : '—'} (${stable}) vs ${percent(c.errorRate)}; p99 ${s ? ms(s.p99ms) : '—'} vs ${ms(c.p99ms)} ms`;
    return `${figures} → ${o.phase}${o.phase === 'successful' ? '' : ` (${o.reasons[0]})`}`;
}
/**
 * v2's graph with a bad edit an exporter could make: same signature, same offline metrics, so `validate` and an
 * offline gate pass it, but a Reshape to a fixed shape of 3 elements fails on every real input at inference
 * time (a batch of iris rows has 4·n values), and its result feeds the probabilities, so it always runs.
 */
async function writeBrokenReexport(ctx) {
    const source = external_node_path_default().join(ctx.projectDir, V2.artifact);
    const message = onnx_proto/* ModelProto */.kX.decode(await (0,promises_.readFile)(source));
    const input = message.graph.input[0].name;
    const probabilities = message.graph.output[0].name;
    const producer = message.graph.node.find((n) => n.output.includes(probabilities));
    producer.output = producer.output.map((o) => (o === probabilities ? 'reexport/probabilities' : o));
    for (const node of message.graph.node)
        node.input = node.input.map((n) => (n === probabilities ? 'reexport/probabilities' : n));
    const int64 = (values) => Buffer.from(new BigInt64Array(values.map(BigInt)).buffer);
    const float32 = (values) => Buffer.from(new Float32Array(values).buffer);
    message.graph.initializer.push({ name: 'reexport/shape', dims: [1], data_type: 7, raw_data: int64([3]) }, { name: 'reexport/zero', dims: [], data_type: 1, raw_data: float32([0]) });
    message.graph.node.push({ name: 'reexport/reshape', op_type: 'Reshape', input: [input, 'reexport/shape'], output: ['reexport/reshaped'] }, { name: 'reexport/sum', op_type: 'ReduceSum', input: ['reexport/reshaped'], output: ['reexport/sum'], attribute: [{ name: 'keepdims', type: 2, i: 0 }] }, { name: 'reexport/mul', op_type: 'Mul', input: ['reexport/sum', 'reexport/zero'], output: ['reexport/nothing'] }, { name: 'reexport/add', op_type: 'Add', input: ['reexport/probabilities', 'reexport/nothing'], output: [probabilities] });
    const out = external_node_path_default().join(ctx.projectDir, BROKEN.artifact);
    await (0,promises_.mkdir)(external_node_path_default().dirname(out), { recursive: true });
    await (0,promises_.writeFile)(out, onnx_proto/* ModelProto */.kX.encode(message).finish());
    return out;
}

;// CONCATENATED MODULE: ./src/demo/steps/gate.ts


/** v2 against v1 must pass the example's `quality` gate. */
const candidatePasses = {
    id: 'gate',
    title: 'Gate the candidate on metrics (iris v2 vs the v1 baseline)',
    async run(ctx) {
        const run = await (0,gate_run.runGate)(ctx.config, undefined);
        const passed = run.checks.filter((c) => c.status === 'pass').length;
        return {
            ok: run.verdict === 'pass',
            summary: `verdict ${run.verdict}: ${passed} of ${run.checks.length} checks passed (${run.gates.map((g) => g.reason).join('; ')})`,
            markdown: (0,gate_render.renderMarkdown)(run),
        };
    },
};
/** The degraded model must be refused: an expected failure, shown with the checks that caught it. */
const degradedFails = {
    id: 'gate-degraded',
    title: 'Gate a degraded model (expected to fail)',
    async run(ctx) {
        const run = await (0,gate_run.runGate)(ctx.config, undefined, {
            candidate: ['models/iris-degraded/metrics.json', 'models/iris-degraded/predictions.csv'],
        });
        const failed = run.checks.filter((c) => c.status === 'fail');
        return {
            ok: run.verdict === 'fail',
            expectedFailure: true,
            summary: run.verdict === 'fail'
                ? `refused as expected: ${failed.length} checks failed, e.g. ${failed.slice(0, 2).map((c) => c.reason).join('; ')}`
                : `the degraded model was NOT refused (verdict ${run.verdict})`,
            markdown: (0,gate_render.renderMarkdown)(run),
        };
    },
};
const gateDemoSteps = [candidatePasses, degradedFails];

;// CONCATENATED MODULE: ./src/demo/steps/graph.ts


const ROWS = [
    [5.1, 3.5, 1.4, 0.2],
    [6.3, 2.5, 4.9, 1.5],
    [6.0, 2.2, 5.0, 1.5],
    [6.3, 3.3, 6.0, 2.5],
];
/**
 * The example's inference graph (docs/graphs.md): `iris-ensemble` of modelship.yml, v1 and v2 answering
 * together, served by `modelship serve --env staging` once the canary left both versions there. Its answer is
 * checked against the mean of the two versions' own answers, and its member runs are read from /metrics.
 */
const graphDemoStep = {
    id: 'graph',
    title: 'Serve the example\'s ensemble of v1 and v2 as one model (inference graph)',
    async run(ctx) {
        const graphs = ctx.config.config.graphs ?? {};
        const name = Object.keys(graphs).find((g) => graphs[g].graph.type === 'ensemble');
        if (!name)
            return { ok: false, summary: 'the example declares no ensemble graph' };
        const server = await (0,serve_server.startServer)({ repository: (0,config.repositoryOfEnvironment)(ctx.config, 'staging'), port: 0, seed: 3, graphs });
        try {
            const body = JSON.stringify({ inputs: [{ name: 'features', shape: [ROWS.length, 4], datatype: 'FP32', data: ROWS.flat() }] });
            const infer = async (p) => {
                const r = await fetch(`${server.url}${p}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
                return { status: r.status, answer: (await r.json()) };
            };
            const graph = await infer(`/v2/models/${name}/infer`);
            const members = graphs[name].graph.type === 'ensemble' ? graphs[name].graph.members : [];
            const direct = await Promise.all(members.map((m) => infer(`/v2/models/${m.model}${m.version ? `/versions/${m.version}` : ''}/infer`)));
            const probabilities = (a) => a.outputs?.find((o) => o.name === 'probabilities')?.data ?? [];
            const mean = probabilities(direct[0]?.answer ?? {}).map((_, i) => Math.fround(direct.reduce((s, d) => s + probabilities(d.answer)[i], 0) / direct.length));
            const got = probabilities(graph.answer);
            const equal = got.length > 0 && got.length === mean.length && got.every((p, i) => p === mean[i]);
            const runs = (await (await fetch(`${server.url}/metrics`)).text()).split('\n').filter((l) => l.startsWith('modelship_graph_member_runs_total{'));
            const ok = graph.status === 200 && direct.every((d) => d.status === 200) && equal && runs.length === members.length;
            const show = (xs) => `[${xs.slice(0, 3).map((x) => x.toFixed(3)).join(', ')}, …]`;
            ctx.log(`    POST /v2/models/${name}/infer → ${graph.status} from ${graph.answer.model_version}; probabilities ${show(got)}`);
            ctx.log(`    the members alone: ${direct.map((d) => `${d.answer.model_version} ${show(probabilities(d.answer))}`).join('; ')}; their mean ${equal ? 'equals' : 'differs from'} the ensemble's answer`);
            return {
                ok,
                summary: `${name} answered by ${graph.answer.model_version ?? 'nothing'} (${graph.status}); probabilities ${equal ? 'equal' : 'differ from'} the mean of ${members.length} members' answers`,
                markdown: [
                    `\`${name}\` (an \`ensemble\` graph of modelship.yml: ${members.map((m) => `${m.model}@${m.version ?? 'routed'}`).join(', ')}) served by \`modelship serve --env staging\` at ${server.url}: \`POST /v2/models/${name}/infer\` → ${graph.status}, \`model_version\` \`${graph.answer.model_version}\`.`,
                    '',
                    `Its probabilities ${equal ? 'equal' : '**differ from**'} the element-wise mean of the members' own answers (${ROWS.length} rows). Member runs in \`/metrics\`:`,
                    '',
                    '```',
                    ...runs,
                    '```',
                ].join('\n'),
            };
        }
        finally {
            await server.close();
        }
    },
};

// EXTERNAL MODULE: ./src/monitor/profile-data.ts
var profile_data = __webpack_require__(91908);
// EXTERNAL MODULE: ./src/serve/monitoring.ts + 1 modules
var monitoring = __webpack_require__(83688);
;// CONCATENATED MODULE: ./src/demo/steps/monitor.ts







const FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
const SHIFT = 1.5;
/**
 * Monitoring (docs/monitor.md): the reference profile of the training data beside the model, serve's live
 * profile of what it receives, and drift read back from `/v2/models/iris/versions/1.0.0/profile` — first on
 * traffic like the training data (no drift), then on traffic whose petal_length is shifted by 1.5 cm: that
 * feature is found, the stable ones are not.
 */
const monitorDemoStep = {
    id: 'monitor',
    title: 'Monitor live traffic for drift against the training profile (modelship monitor, serve /profile)',
    async run(ctx) {
        const root = external_node_path_default().join(ctx.workDir, 'monitor-repository');
        const dir = external_node_path_default().join(root, 'iris', '1.0.0');
        const bytes = await (0,promises_.readFile)(external_node_path_default().join(ctx.projectDir, 'models/iris-v2/model.onnx'));
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().join(dir, 'model.onnx'), bytes);
        await (0,promises_.writeFile)(external_node_path_default().join(dir, 'SHA256SUMS'), `${sha256}  model.onnx\n`);
        await (0,promises_.writeFile)(external_node_path_default().join(dir, 'metadata.json'), JSON.stringify({ model: 'iris', version: '1.0.0', sha256, format: 'onnx', deployedAt: new Date().toISOString() }));
        const traffic = { stable: '1.0.0', candidate: null, previous: null, weights: { '1.0.0': 100 }, headerRoutes: [], sticky: null, shadow: null, strategy: 'direct' };
        await (0,promises_.writeFile)(external_node_path_default().join(root, 'iris', 'routing.json'), (0,routing_file/* formatRoutingFile */.I_)((0,routing_file/* nextRoutingFile */.wR)('iris', traffic, 0, new Date())));
        const data = external_node_path_default().join(ctx.projectDir, 'data/iris.csv');
        const { profile } = await (0,profile_data.profileData)(data, ctx.projectDir, { columns: FEATURES, tensors: { features: FEATURES } });
        await (0,promises_.writeFile)(external_node_path_default().join(dir, monitoring/* REFERENCE_FILE */.tW), JSON.stringify(profile.toJSON()));
        const rows = (await (0,promises_.readFile)(data, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 4).map(Number));
        // One window of 150 rows kept beside the one filling: each round below replaces what the profile holds.
        const server = await (0,serve_server.startServer)({ repository: root, port: 0, monitoring: { windowRows: 150, windows: 1, minRows: 100 } });
        try {
            const send = async (shift) => {
                for (let round = 0; round < 2; round++) {
                    for (let i = 0; i < rows.length; i += 10) {
                        const values = rows.slice(i, i + 10).flatMap((r) => [r[0], r[1], r[2] + shift, r[3]]);
                        const res = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'features', shape: [values.length / 4, 4], datatype: 'FP32', data: values }] }) });
                        if (res.status !== 200)
                            throw new Error(`inference answered ${res.status}: ${await res.text()}`);
                    }
                }
                const answer = (await (await fetch(`${server.url}/v2/models/iris/versions/1.0.0/profile`)).json());
                if (!answer.drift)
                    throw new Error(`serve computed no drift (${answer.rows} rows profiled)`);
                return answer.drift;
            };
            const calm = await send(0);
            const shifted = await send(SHIFT);
            const drifted = (d) => d.features.filter((f) => f.drifted).map((f) => f.name);
            const ok = drifted(calm).length === 0 && drifted(shifted).join() === 'petal_length';
            const table = (d) => d.features.map((f) => `| ${f.name} | ${f.method} | ${f.score?.toFixed(4)} | ${f.pvalue_adjusted?.toExponential(2)} | ${f.drifted ? '**drift**' : 'ok'} |`);
            ctx.log(`    traffic like the training data: drifted ${JSON.stringify(drifted(calm))}; petal_length +${SHIFT}: drifted ${JSON.stringify(drifted(shifted))}`);
            return {
                ok,
                summary: `petal_length shifted by ${SHIFT} is found (KS, BH-adjusted); the stable features are not${ok ? '' : ` — got ${JSON.stringify(drifted(shifted))}`}`,
                markdown: [
                    `Reference: \`modelship monitor profile data/iris.csv --tensor features=${FEATURES.join(',')}\`, saved as \`iris/1.0.0/${monitoring/* REFERENCE_FILE */.tW}\` beside the model. \`modelship serve\` profiles each request; \`GET /v2/models/iris/versions/1.0.0/profile\` answers the drift of the last 150 rows.`,
                    '',
                    '| Traffic | Feature | Method | Score | p (adjusted) | Result |',
                    '| --- | --- | --- | --- | --- | --- |',
                    ...table(calm).map((r) => `| as trained ${r}`),
                    ...table(shifted).map((r) => `| petal_length +${SHIFT} ${r}`),
                ].join('\n'),
            };
        }
        finally {
            await server.close();
        }
    },
};

// EXTERNAL MODULE: ./src/score/badge.ts
var score_badge = __webpack_require__(78793);
// EXTERNAL MODULE: ./src/score/project.ts
var project = __webpack_require__(85735);
// EXTERNAL MODULE: ./src/score/render/markdown.ts
var render_markdown = __webpack_require__(97610);
// EXTERNAL MODULE: ./src/core/git/index.ts + 5 modules
var core_git = __webpack_require__(62773);
;// CONCATENATED MODULE: ./src/demo/steps/score.ts






/** The CI a team adds to the example: Modelship's actions on pull requests, and Dependabot. */
const DEMO_WORKFLOW = `name: Model checks
on:
  pull_request:
  push:
    branches: [main]
jobs:
  model:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - uses: modelship/modelship/actions/validate@v1
      - uses: modelship/modelship/actions/gate@v1
        with: { gate: quality }
      - uses: modelship/modelship/actions/benchmark@v1
      - uses: modelship/modelship/actions/test-score@v1
        with: { badge-path: ml-test-score.svg }
`;
const DEMO_DEPENDABOT = `version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
`;
const DEMO_IDENTITY = { GIT_AUTHOR_NAME: 'modelship demo', GIT_AUTHOR_EMAIL: 'demo@modelship.invalid', GIT_COMMITTER_NAME: 'modelship demo', GIT_COMMITTER_EMAIL: 'demo@modelship.invalid' };
async function git(cwd, ...args) {
    await new core_git/* Git */.TU(cwd, { ...process.env, ...DEMO_IDENTITY }).text(args);
}
/**
 * Scores the example as it is (documents only: manual evidence), then in a git copy adds the CI workflow
 * and Dependabot a team would add, and scores again against the first commit: Modelship detects its own
 * gate (infra-4, model-6 with slices, model-7 with the cross-slice gap), the benchmark (monitor-6) and
 * Dependabot (monitor-1).
 */
const scoreDemoStep = {
    id: 'score',
    title: 'Score the project with the ML Test Score (and again after adding CI)',
    async run(ctx) {
        const before = await (0,project/* scoreProject */.W)({ loaded: ctx.config, root: ctx.projectDir });
        const repo = external_node_path_default().join(ctx.workDir, 'score-repo');
        await (0,promises_.cp)(ctx.projectDir, repo, { recursive: true });
        await git(repo, 'init', '-q', '-b', 'main');
        await git(repo, 'add', '-A');
        await git(repo, 'commit', '-q', '-m', 'example project');
        await (0,promises_.mkdir)(external_node_path_default().join(repo, '.github', 'workflows'), { recursive: true });
        await (0,promises_.writeFile)(external_node_path_default().join(repo, '.github', 'workflows', 'model-checks.yml'), DEMO_WORKFLOW);
        await (0,promises_.writeFile)(external_node_path_default().join(repo, '.github', 'dependabot.yml'), DEMO_DEPENDABOT);
        const { loadConfig } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 13582));
        const loaded = await loadConfig(external_node_path_default().join(repo, 'modelship.yml'));
        const badge = external_node_path_default().join(ctx.workDir, 'ml-test-score.svg');
        const after = await (0,project/* scoreProject */.W)({ loaded, root: repo, baseRef: 'HEAD', badge });
        ctx.log(`    as checked in: ${(0,score_badge/* formatScore */.y)(before.score)} (band ${before.band}); with CI: ${(0,score_badge/* formatScore */.y)(after.score)} (band ${after.band}); badge ${badge}`);
        const credited = after.comparison?.changes.map((c) => `${c.id} ${c.from}→${c.to}`).join(', ') ?? '';
        return {
            ok: true,
            summary: `ML Test Score ${(0,score_badge/* formatScore */.y)(before.score)} as checked in; ${(0,score_badge/* formatScore */.y)(after.score)} (band ${after.band}) once CI runs Modelship's gate and benchmark with Dependabot on (${credited})`,
            markdown: (0,render_markdown/* renderMarkdown */.G)(after, { heading: '###' }),
        };
    },
};

;// CONCATENATED MODULE: ./src/demo/steps/serve.ts



const fmt = (x) => (Number.isFinite(x) ? (x * 1000).toFixed(3) : '—');
/**
 * Serves the staging environment the deploy step filled, the way a client meets it: readiness, the model's
 * metadata, one inference over the Open Inference Protocol v2, then a burst of routed requests read back
 * from /metrics as per-version figures — the figures the canary analysis judges next.
 */
const serveDemoStep = {
    id: 'serve',
    title: 'Serve staging over the Open Inference Protocol v2 (modelship serve) and read /metrics',
    async run(ctx) {
        const root = (0,config.repositoryOfEnvironment)(ctx.config, 'staging');
        const server = await (0,serve_server.startServer)({ repository: root, port: 0, seed: 1 });
        try {
            const model = [...server.catalog.models.keys()][0];
            if (!model)
                return { ok: false, summary: `no model in ${root}` };
            const get = async (p) => {
                const r = await fetch(`${server.url}${p}`);
                return { status: r.status, body: (await r.json()) };
            };
            const ready = await get('/v2/health/ready');
            const meta = await get(`/v2/models/${model}`);
            const inputs = meta.body.inputs ?? [];
            const input = inputs[0];
            if (!input)
                return { ok: false, summary: `${server.url}/v2/models/${model} lists no inputs (HTTP ${meta.status})` };
            const body = JSON.stringify({ inputs: [{ name: input.name, shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] });
            const send = (p) => fetch(`${server.url}${p}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
            const first = await send(`/v2/models/${model}/infer`);
            const answer = (await first.json());
            ctx.log(`    ${server.url}: ready ${ready.status}; ${model} versions ${JSON.stringify(meta.body.versions)}, input ${input.name} ${input.datatype} ${JSON.stringify(input.shape)}`);
            ctx.log(`    POST /v2/models/${model}/infer → ${first.status} from ${answer.model_version}: ${(answer.outputs ?? []).map((o) => `${o.name} ${JSON.stringify(o.data.map((x) => (typeof x === 'number' ? Number(x.toFixed(3)) : x)))}`).join(', ')}`);
            const statuses = await Promise.all(Array.from({ length: 200 }, () => send(`/v2/models/${model}/infer`).then(async (r) => (await r.arrayBuffer(), r.status))));
            const exposition = await (await fetch(`${server.url}/metrics`)).text();
            const figures = (0,metrics_exposition/* figuresByVersion */.XF)(exposition, model);
            const answered = statuses.filter((s) => s === 200).length;
            const ok = ready.status === 200 && first.status === 200 && answered === statuses.length && figures.size > 0;
            ctx.log(`    ${statuses.length + 1} requests, ${answered + (first.status === 200 ? 1 : 0)} answered 200; /metrics: ${[...figures.values()].map((f) => `${f.version} ${f.requests} requests, ${f.errors} errors, p99 ${fmt((0,metrics_exposition/* histogramQuantile */.EV)(0.99, f.latency))} ms`).join('; ')}`);
            const rows = [...figures.values()].map((f) => `| ${f.version} | ${f.requests} | ${f.errors} | ${fmt((0,metrics_exposition/* histogramQuantile */.EV)(0.5, f.latency))} | ${fmt((0,metrics_exposition/* histogramQuantile */.EV)(0.99, f.latency))} |`);
            const excerpt = exposition.split('\n').filter((l) => l.startsWith(metrics_exposition/* REQUESTS_METRIC */.kP) || (l.startsWith('modelship_request_duration_seconds') && !l.includes('_bucket'))).join('\n');
            return {
                ok,
                summary: `${model} served from ${[...figures.keys()].join(', ')} (ready ${ready.status}); ${statuses.length + 1} requests, ${ok ? 'all' : 'not all'} answered 200`,
                markdown: [
                    `\`modelship serve --env staging\` at ${server.url}: \`GET /v2/health/ready\` → ${ready.status}; \`GET /v2/models/${model}\` → versions ${JSON.stringify(meta.body.versions)}, input \`${input.name}\` ${input.datatype} ${JSON.stringify(input.shape)}.`,
                    '',
                    `One inference answered by ${answer.model_version}: ${(answer.outputs ?? []).map((o) => `\`${o.name}\` = \`${JSON.stringify(o.data)}\``).join(', ')}.`,
                    '',
                    `Then ${statuses.length} requests at once; \`/metrics\` read back per version (p50/p99 from the latency histogram, as Prometheus' \`histogram_quantile\`):`,
                    '',
                    '| Version | Requests | Errors | p50 ms | p99 ms |',
                    '| --- | --- | --- | --- | --- |',
                    ...rows,
                    '',
                    '<details><summary>The exposition lines behind it</summary>',
                    '',
                    '```',
                    excerpt,
                    '```',
                    '</details>',
                ].join('\n'),
            };
        }
        finally {
            await server.close();
        }
    },
};

// EXTERNAL MODULE: ./src/validate/report.ts
var report = __webpack_require__(88926);
// EXTERNAL MODULE: ./src/validate/run.ts
var validate_run = __webpack_require__(80271);
;// CONCATENATED MODULE: ./src/demo/steps/validate.ts




/** A pickle whose REDUCE calls os.system("id"): built by hand, never loaded by anything. */
function maliciousPickle() {
    const arg = Buffer.from('id');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(arg.length);
    return Buffer.concat([Buffer.from('\x80\x02cos\nsystem\n', 'latin1'), Buffer.from('X'), len, arg, Buffer.from([0x85, 0x52, 0x2e])]);
}
/** Validates the configured model (it must pass) and a malicious pickle made on the spot (it must be refused). */
const validateDemoStep = {
    id: 'validate',
    title: 'Validate the model artifacts (format, integrity, safety)',
    async run(ctx) {
        const good = await (0,validate_run.runValidation)({ paths: [], cwd: ctx.projectDir, loaded: ctx.config });
        const dir = external_node_path_default().join(ctx.workDir, 'untrusted');
        await (0,promises_.mkdir)(dir, { recursive: true });
        const bad = external_node_path_default().join(dir, 'pytorch_model.pkl');
        await (0,promises_.writeFile)(bad, maliciousPickle());
        const hostile = await (0,validate_run.runValidation)({ paths: [bad], cwd: ctx.workDir });
        const reason = hostile.artifacts[0]?.findings.find((f) => f.severity === 'error');
        const ok = good.verdict === 'pass' && hostile.verdict === 'fail';
        return {
            ok,
            expectedFailure: true,
            summary: `${good.artifacts.map((a) => `${a.path} ${a.verdict}`).join(', ')}; a hand-made malicious pickle is ${hostile.verdict === 'fail' ? 'refused' : 'NOT refused'}${reason ? ` (${reason.rule}: ${reason.message})` : ''}`,
            markdown: [(0,report.renderMarkdown)(good), '', '**A malicious pickle (os.system via REDUCE), made on the spot:**', '', (0,report.renderMarkdown)(hostile)].join('\n'),
        };
    },
};

// EXTERNAL MODULE: ./src/core/onnx/encode.ts
var encode = __webpack_require__(99193);
// EXTERNAL MODULE: ./src/version/git-publisher.ts
var git_publisher = __webpack_require__(74893);
// EXTERNAL MODULE: ./src/version/service.ts + 11 modules
var version_service = __webpack_require__(21996);
;// CONCATENATED MODULE: ./src/demo/steps/version.ts







const CONFIG = `version: 1
models:
  iris:
    path: models/iris/model.onnx
    card: models/iris/README.md
    metrics: models/iris/metrics.json
release:
  initialVersion: 1.0.0
  floatingMajor: true
`;
/**
 * Versions the example model through its history in a fresh git repository beside the project:
 * first release, a retrain (iris-v2 weights: minor), a card edit (patch), and an export that drops an
 * output (major). Every version comes from what changed, not from what the commit messages claim.
 */
const versionDemoStep = {
    id: 'version',
    title: 'Version and release the model from what changed (git tags, release notes)',
    async run(ctx) {
        const dir = external_node_path_default().join(ctx.workDir, 'version-repo');
        const models = external_node_path_default().join(ctx.projectDir, 'models');
        await (0,promises_.mkdir)(external_node_path_default().join(dir, 'models', 'iris'), { recursive: true });
        const git = new core_git/* Git */.TU(dir);
        const sh = (args) => git.text(args);
        await sh(['init', '-q', '-b', 'main']);
        await sh(['config', 'user.name', 'Modelship demo']);
        await sh(['config', 'user.email', 'demo@modelship.invalid']);
        await sh(['config', 'commit.gpgsign', 'false']);
        await sh(['config', 'tag.gpgsign', 'false']);
        await (0,promises_.writeFile)(external_node_path_default().join(dir, 'modelship.yml'), CONFIG);
        const put = async (from, file) => (0,promises_.copyFile)(external_node_path_default().join(models, from, file), external_node_path_default().join(dir, 'models', 'iris', file));
        const commit = async (message) => {
            await sh(['add', '-A']);
            await sh(['commit', '-q', '-m', message]);
        };
        const release = async () => {
            const loaded = await (0,core_config.loadConfig)(external_node_path_default().join(dir, 'modelship.yml'), { env: {} });
            const [r] = await (0,version_service.releaseModels)(loaded, {}, 'iris', (repo) => new git_publisher.GitPublisher(repo.git, { push: false, remote: 'origin' }), { dryRun: false });
            const why = r.plan.reasons.map((x) => `${x.bump}: ${x.message}`).join('; ');
            ctx.log(`    ${r.tag}  (${r.bump})  ${why}`);
            return r;
        };
        for (const f of ['model.onnx', 'README.md', 'metrics.json'])
            await put('iris-v1', f);
        await commit('iris: first model');
        const r1 = await release();
        await put('iris-v2', 'model.onnx');
        await put('iris-v2', 'metrics.json');
        await commit('retrain with the improved recipe'); // no conventional prefix: the content decides
        const r2 = await release();
        const card = external_node_path_default().join(dir, 'models', 'iris', 'README.md');
        await (0,promises_.writeFile)(card, `${await (0,promises_.readFile)(card, 'utf8')}\n## Changelog\n\nRetrained; see the release notes.\n`);
        await commit('docs: card changelog');
        const r3 = await release();
        // A stand-in re-export that drops the `label` output: consumers reading it would break.
        await (0,promises_.writeFile)(external_node_path_default().join(dir, 'models', 'iris', 'model.onnx'), (0,encode/* encodeModel */.ee)({
            producerName: 'modelship-demo',
            graph: {
                name: 'iris',
                nodes: [],
                inputs: [{ name: 'features', type: { elemType: 'float32', shape: ['batch', 4] } }],
                outputs: [{ name: 'probabilities', type: { elemType: 'float32', shape: ['batch', 3] } }],
                initializers: [{ name: 'W', dims: [4, 3], data: new Float32Array(12) }],
            },
        }));
        await commit('export probabilities only');
        const r4 = await release();
        const versions = [r1, r2, r3, r4].map((r) => r.version);
        const expected = ['1.0.0', '1.1.0', '1.1.1', '2.0.0'];
        const ok = versions.join() === expected.join();
        const tags = (await git.tags()).sort();
        return {
            ok,
            summary: ok ? `tags ${tags.join(', ')} in ${dir}: retrain -> minor, card -> patch, dropped output -> major` : `expected versions ${expected.join(', ')}, got ${versions.join(', ')}`,
            markdown: [
                '| Change | Bump | Tag |',
                '| --- | --- | --- |',
                ...[['first release', r1], ['retrain (iris-v2 weights)', r2], ['card edit', r3], ['`label` output dropped', r4]].map(([what, r]) => {
                    const rr = r;
                    return `| ${what} | ${rr.bump} | \`${rr.tag}\` |`;
                }),
                '',
                '<details><summary>Release notes of the retrain</summary>',
                '',
                (r2.notes ?? '').replace(/^## /m, '#### ').replace(/^### /gm, '##### '),
                '</details>',
            ].join('\n'),
        };
    },
};

;// CONCATENATED MODULE: ./src/demo/steps/index.ts













/** The demo's steps, in pipeline order. Each capability adds its step as ./<capability>.ts and lists it here. */
const DEMO_STEPS = [
    configDemoStep,
    validateDemoStep,
    scoreDemoStep,
    benchDemoStep,
    ...gateDemoSteps,
    versionDemoStep,
    // Serves a repository of its own, so it needs nothing the deploy steps set up.
    monitorDemoStep,
    cacheDemoStep,
    // Deploys to an environment of its own (a copy of modelship.yml with an `experiment` environment added).
    banditDemoStep,
    deployDemoStep,
    serveDemoStep,
    canaryDemoStep,
    // After the canary, staging holds v1 (previous) and v2 (stable): the example's ensemble of both.
    graphDemoStep,
    degradedCanaryDemoStep,
    promoteDemoStep,
    rollbackDemoStep,
    batchDemoStep,
];

;// CONCATENATED MODULE: ./src/demo/pipeline.ts









/** Finds `examples/iris` next to the package, from the source tree or the built bundle. */
function findExampleProject(start = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    let dir = start;
    for (;;) {
        const candidate = external_node_path_default().join(dir, 'examples', 'iris');
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(candidate, 'modelship.yml')))
            return candidate;
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            throw new errors.ModelshipError('cannot find the example project examples/iris next to modelship', { hint: 'pass --example DIR' });
        dir = parent;
    }
}
/** Copies the example into a fresh folder and runs every step there; the checkout is never touched. */
async function runDemo(options) {
    const exampleDir = options.exampleDir ?? findExampleProject();
    const workDir = options.workDir ? external_node_path_default().resolve(options.workDir) : await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'modelship-demo-'));
    await (0,promises_.mkdir)(workDir, { recursive: true });
    const projectDir = external_node_path_default().join(workDir, 'project');
    if ((0,external_node_fs_.existsSync)(projectDir))
        throw new errors.ModelshipError(`${projectDir} already exists: pass an empty --workdir`);
    await (0,promises_.cp)(exampleDir, projectDir, { recursive: true });
    const config = await (0,core_config.loadConfig)(external_node_path_default().join(projectDir, 'modelship.yml'));
    const ctx = { projectDir, workDir, config, log: options.log };
    const steps = [];
    const markdown = ['# Modelship demo report', '', `Example project: \`${projectDir}\``, ''];
    const plan = options.steps ?? DEMO_STEPS;
    const progress = options.progress ?? core_progress/* silentProgress */.R;
    progress.start('demo', plan.length, 'steps');
    for (const [i, step] of plan.entries()) {
        progress.update(i, step.title);
        options.log(`\n[${i + 1}] ${step.title}`);
        let result;
        const t0 = performance.now();
        try {
            result = await step.run(ctx);
        }
        catch (err) {
            result = { ok: false, summary: `step failed: ${err instanceof errors.ModelshipError ? err.describe() : err.message}` };
        }
        const seconds = (performance.now() - t0) / 1000;
        options.log(`    ${result.ok ? 'ok' : 'FAILED'} (${seconds.toFixed(1)} s): ${result.summary}`);
        steps.push({ id: step.id, title: step.title, ok: result.ok, summary: result.summary, expectedFailure: result.expectedFailure === true, seconds: Number(seconds.toFixed(2)) });
        markdown.push(`## ${i + 1}. ${step.title}`, '', `**${result.ok ? 'ok' : 'failed'}** (${seconds.toFixed(1)} s) — ${result.summary}`, '');
        if (result.markdown)
            markdown.push(result.markdown.trimEnd(), '');
    }
    // Each step catches its own failure, so the loop always gets here.
    progress.update(plan.length);
    progress.stop();
    const reportPath = external_node_path_default().join(workDir, 'report.md');
    await (0,promises_.writeFile)(reportPath, `${markdown.join('\n').trimEnd()}\n`);
    return { workDir, reportPath, ok: steps.every((s) => s.ok), steps };
}


/***/ }),

/***/ 37015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeBandit: () => (/* binding */ describeBandit),
/* harmony export */   renderLockMarkdown: () => (/* binding */ renderLockMarkdown),
/* harmony export */   renderResultMarkdown: () => (/* binding */ renderResultMarkdown),
/* harmony export */   renderResultText: () => (/* binding */ renderResultText),
/* harmony export */   renderStatusMarkdown: () => (/* binding */ renderStatusMarkdown),
/* harmony export */   renderStatusText: () => (/* binding */ renderStatusText),
/* harmony export */   stepsChart: () => (/* binding */ stepsChart)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16706);

/** Text for people: outcome first, then each step. */
function renderResultText(r) {
    const head = `${r.dryRun ? '[dry run] ' : ''}${r.outcome.toUpperCase()}: ${r.message}`;
    const lines = r.steps.map((s) => `  ${s.status.padEnd(8)} ${s.name}${s.detail ? ` — ${s.detail.split('\n')[0]}` : ''}`);
    const mirror = r.mirror ? [`  mirror ${r.mirror.state}${r.mirror.source ? ` (${r.mirror.source})` : ''}: ${r.mirror.reason}`] : [];
    const bandit = r.bandit ? [`  bandit ${describeBandit(r.bandit)}`] : [];
    return [head, `  environment ${r.environment} · model ${r.model} · strategy ${r.strategy} · provider ${r.provider}`, ...mirror, ...bandit, ...lines].join('\n');
}
/** One line of a bandit experiment: the decision, then each arm's share, probability of being best and mean reward. */
function describeBandit(b) {
    const arms = b.arms.map((a) => `${a} ${(b.allocation[a] * 100).toFixed(1)}% (P(best) ${b.probabilityBest[a].toFixed(3)}, mean reward ${b.means[a].toFixed(3)})`).join(' · ');
    const decided = b.decidedBy === 'bound' ? `winner ${b.winner}` : b.decidedBy === 'undecided' ? 'undecided' : `ended by ${b.decidedBy}`;
    return `${decided} after ${b.rewards} rewards, estimated regret ${b.regret.toFixed(2)}: ${arms}`;
}
function renderStatusText(s) {
    if (s.environments.length === 0)
        return 'no environments configured';
    return s.environments
        .map((e) => {
        const extra = [
            e.interrupted ? `  INTERRUPTED: ${e.interrupted.version} at "${e.interrupted.step}" (${e.interrupted.id}) — resume: modelship deploy ${e.environment} --resume, or go back: modelship rollback ${e.environment}` : '',
            e.disagreement ? `  STATE AND PROVIDER DISAGREE: ${e.disagreement} — deploys are refused until reconciled: restore the state, or record what the provider serves: modelship adopt ${e.environment}` : '',
            // Healthy is what the first line already says; the other phases need their own line.
            e.rollout && e.rollout.phase !== 'Healthy' ? `  rollout ${rolloutLine(e.rollout)}` : '',
            ...(e.recovered ?? []).map((m) => `  RECOVERED: ${m}`),
            e.lock ? `  locked by ${e.lock.owner} since ${e.lock.createdAt}: ${e.lock.reason}${e.lock.stale ? ` (STALE: process ${e.lock.pid} on ${e.lock.host} is gone, or the lock is over 24 h old; the next deploy takes it over)` : ''}` : '',
        ].filter(Boolean);
        const live = e.liveVersion ?? (e.disagreement ? '(nothing live according to the state)' : '(nothing live)');
        return [`${e.environment} / ${e.model}: ${live} via ${e.provider}/${e.strategy}; rollback would restore ${e.rollbackTarget ?? '(nothing)'}`, ...extra].join('\n');
    })
        .join('\n');
}
/** `Paused at step 1/2 (25%): why — last analysis: ...` */
function rolloutLine(r) {
    const at = r.stepNumber !== null ? ` at step ${r.stepNumber}${r.stepCount !== null ? `/${r.stepCount}` : ''}` : '';
    const weight = r.weight !== null && r.phase !== 'Healthy' ? ` (${r.version} at ${r.weight}%)` : '';
    const analysis = r.analysis ? ` — last analysis (${r.analysis.name}): ${r.analysis.status}${r.analysis.detail ? `, ${r.analysis.detail.split('\n')[0]}` : ''}` : '';
    return `${r.phase}${at}${weight}: ${r.message}${analysis}`;
}
/** The rollout's steps as a Mermaid flowchart: one node per step, coloured by how it ended. */
function stepsChart(steps) {
    const shown = steps.filter((s) => s.status !== 'started');
    if (shown.length === 0)
        return [];
    const label = (s) => `${s.name} · ${s.status}${s.weights ? ` · ${Object.entries(s.weights).map(([v, w]) => `${v} ${w}%`).join(' / ')}` : ''}`.replace(/["<>`#;]/g, "'");
    const cls = (s) => (s.status === 'failed' ? 'bad' : s.status === 'reverted' ? 'back' : s.status === 'skipped' || s.status === 'planned' ? 'skip' : 'ok');
    return [
        '```mermaid',
        'flowchart LR',
        ...shown.map((s, i) => `  s${i}["${label(s)}"]:::${cls(s)}${i > 0 ? `\n  s${i - 1} --> s${i}` : ''}`),
        '  classDef ok fill:#dafbe1,stroke:#1a7f37',
        '  classDef bad fill:#ffebe9,stroke:#cf222e',
        '  classDef back fill:#fff8c5,stroke:#9a6700',
        '  classDef skip fill:#f6f8fa,stroke:#8c959f',
        '```',
    ];
}
/** Markdown for job summaries and the demo: a steps table and a Mermaid chart of the candidate's weight. */
function renderResultMarkdown(r) {
    const icon = r.outcome === 'aborted' ? '❌' : r.outcome === 'noop' || r.outcome === 'planned' ? 'ℹ️' : '✅';
    const mirror = r.mirror ? ['', `**Mirror ${r.mirror.state}**: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.mirror.reason)}`] : r.bandit ? ['', `**Bandit**: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(describeBandit(r.bandit))}`] : [];
    const rows = r.steps.map((s) => `| ${s.name} | ${s.status} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(s.detail.split('\n')[0] ?? '')} |`);
    const out = [`### ${icon} ${r.outcome}: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.message)}`, '', `| Environment | Model | Version | Previous | Strategy | Provider |`, '| --- | --- | --- | --- | --- | --- |', `| ${r.environment} | ${r.model} | ${r.version ?? '—'} | ${r.previousVersion ?? '—'} | ${r.strategy} | ${r.provider} |`, ...mirror, '', '| Step | Status | Detail |', '| --- | --- | --- |', ...rows];
    out.push('', ...stepsChart(r.steps));
    const weights = r.steps.filter((s) => s.weights && r.version !== null).map((s) => s.weights[r.version] ?? 0);
    if (weights.length > 1) {
        out.push('', '```mermaid', 'xychart-beta', `  title "${r.version} traffic share by step"`, `  x-axis [${weights.map((_, i) => i + 1).join(', ')}]`, '  y-axis "weight %" 0 --> 100', `  line [${weights.join(', ')}]`, '```');
    }
    return out.join('\n');
}
/** Markdown for job summaries: one row per environment and model. */
function renderStatusMarkdown(s) {
    const rows = s.environments.map((e) => `| ${e.environment} | ${e.model} | ${e.liveVersion ?? '—'} | ${e.rollout ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(rolloutLine(e.rollout)) : '—'} | ${e.rollbackTarget ?? '—'} | ${e.lock ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(e.lock.owner) : '—'} | ${e.interrupted ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(`${e.interrupted.version} at ${e.interrupted.step}`) : '—'} |`);
    return ['### Deployments', '', '| Environment | Model | Live | Rollout | Rollback would restore | Lock | Interrupted |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
/** Markdown for job summaries: what lock or unlock did, and who holds the lock now. */
function renderLockMarkdown(r) {
    const held = r.lock ? `held by ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.lock.owner)}${r.lock.reason ? `: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.lock.reason)}` : ''}` : 'not locked';
    return [`### ${r.lock ? '🔒' : '🔓'} ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.message)}`, '', `| Environment | Lock |`, '| --- | --- |', `| ${r.environment} | ${held} |`].join('\n');
}


/***/ }),

/***/ 1235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderCheckRun: () => (/* binding */ renderCheckRun),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16706);

/** Renders a gate run for people: plain text (CLI) and Markdown (job summary, PR comment). */
const ICON = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', error: '⛔' };
const VERDICT_ICON = { pass: '✅', fail: '❌', inconclusive: '❔' };
function num(v) {
    if (v === null || v === undefined)
        return '—';
    if (typeof v === 'string')
        return v;
    return String(Number(v.toPrecision(6)));
}
function change(r) {
    if (!r.change)
        return '—';
    const a = r.change.absolute;
    const rel = r.change.relative;
    const sign = (x) => (typeof x === 'number' && x > 0 ? '+' : '');
    const pct = typeof rel === 'number' ? ` (${sign(rel)}${Number((rel * 100).toPrecision(4))}%)` : '';
    return `${sign(a)}${num(a)}${pct}`;
}
function renderText(run, style, quiet = false) {
    const lines = [];
    for (const g of run.gates) {
        lines.push(style.bold(`gate ${g.gate}: ${g.verdict.toUpperCase()}`) + ` — ${g.reason}`);
        lines.push(style.dim(`  candidate: ${g.candidate}`));
        lines.push(style.dim(`  baseline:  ${g.baseline ?? `none (${g.baselineNote ?? 'not configured'})`}`));
        for (const r of g.checks) {
            if (quiet && (r.status === 'pass' || r.status === 'skip'))
                continue;
            const where = r.location?.line ? style.dim(` (${r.location.file.split('/').pop()}:${r.location.line})`) : '';
            const text = `${r.check} [${r.slice}] ${r.kind}: ${r.reason}${where}`;
            const mark = r.status === 'pass' ? style.pass(text) : r.status === 'fail' || r.status === 'error' ? style.fail(`${r.status === 'error' ? 'ERROR ' : ''}${text}`) : style.warn(`${r.status.toUpperCase()} ${text}`);
            lines.push(`  ${mark}${r.critical ? ' (critical)' : ''}`);
        }
        lines.push('');
    }
    const counts = run.checks.reduce((acc, c) => ((acc[c.status] = (acc[c.status] ?? 0) + 1), acc), {});
    lines.push(`verdict: ${run.verdict} (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'no checks'})`);
    return lines.join('\n');
}
/** The job summary and the sticky comment: a verdict line and one table row per check. */
function renderMarkdown(run, options = {}) {
    const out = [];
    if (options.marker)
        out.push(options.marker);
    out.push(`## ${VERDICT_ICON[run.verdict]} Modelship gate: ${run.verdict}`);
    for (const g of run.gates) {
        out.push('', `### ${VERDICT_ICON[g.verdict]} \`${g.gate}\` — ${g.verdict}${g.score !== undefined ? ` (score ${g.score})` : ''}`, '', (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(g.reason), '');
        out.push(`Candidate: \`${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(g.candidate)}\`  `, `Baseline: ${g.baseline ? `\`${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(g.baseline)}\`` : `none — ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(g.baselineNote ?? 'not configured')}`}`, '');
        if (g.checks.length === 0)
            continue;
        out.push('| | Check | Slice | Kind | Candidate | Baseline | Change | Bound | Why |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const r of g.checks) {
            const link = r.location?.line !== undefined ? options.locationUrl?.(r.location.file, r.location.line) : undefined;
            const name = `${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.check)}${r.critical ? ' **(critical)**' : ''}`;
            out.push(`| ${ICON[r.status]} | ${link ? `[${name}](${link})` : name} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.slice)} | ${r.kind} | ${num(r.candidate)} | ${num(r.baseline)} | ${change(r)} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.bound)} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.reason)} |`);
        }
        const statRows = g.checks.filter((r) => r.statistics && r.statistics.lower !== undefined);
        if (statRows.length > 0) {
            out.push('', '<details><summary>Confidence intervals of Δ</summary>', '', '| Check | Slice | Method | Estimate | Lower | Upper | n |', '| --- | --- | --- | --- | --- | --- | --- |');
            for (const r of statRows) {
                const s = r.statistics;
                out.push(`| ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.check)} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.slice)} | ${s.method} ${Math.round(s.confidence * 100)}% | ${num(s.estimate)} | ${num(s.lower)} | ${num(s.upper)} | ${s.n.paired ?? `${s.n.candidate}/${s.n.baseline}`} |`);
            }
            out.push('', '</details>');
        }
    }
    return out.join('\n');
}
function renderCheckRun(run, markdown) {
    const count = (status) => run.checks.filter((c) => c.status === status).length;
    return {
        name: `modelship gate${run.gates.length === 1 ? `: ${run.gates[0].gate}` : ''}`,
        conclusion: run.verdict === 'pass' ? 'success' : run.verdict === 'fail' ? 'failure' : 'neutral',
        title: `Gate ${run.verdict}: ${count('pass')} passed, ${count('fail')} failed`,
        summary: markdown,
        annotations: run.checks
            .filter((c) => c.status === 'fail' || c.status === 'error' || c.status === 'warn')
            .flatMap((c) => c.location?.line !== undefined
            ? [{ file: c.location.file, line: c.location.line, level: c.status === 'warn' ? 'warning' : 'failure', title: `${c.gate}: ${c.check} [${c.slice}]`, message: c.reason }]
            : []),
    };
}


/***/ }),

/***/ 91908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   profileData: () => (/* binding */ profileData)
/* harmony export */ });
/* harmony import */ var _batch_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29166);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3907);



/**
 * Profiles data files (CSV, Parquet, JSON Lines; a file, a folder or a glob, read by batch's readers) into
 * one profile. Rows the readers cannot read are counted in `unreadable` with the first few reasons, never
 * silently dropped; a file that cannot be read at all is an error.
 */
async function profileData(spec, cwd, options = {}) {
    const files = (await (0,_batch_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .listInputs */ .SS)(spec, cwd)).filter((f) => f.format !== 'npy');
    if (files.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${spec}: no CSV, Parquet or JSON Lines file to profile`);
    const profile = new _profile_js__WEBPACK_IMPORTED_MODULE_2__/* .Profile */ .WV(options);
    profile.tensors = options.tensors ?? {};
    const unreadable = { rows: 0, first: [] };
    const outputs = new Set(options.outputs ?? []);
    for (const file of files) {
        const available = await (0,_batch_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .columnsOf */ .PL)(file);
        if (available === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${file.rel}: cannot be read as ${file.format}`);
        for (const c of [...outputs, ...(options.columns ?? []), ...Object.values(options.tensors ?? {}).flat()]) {
            if (!available.includes(c))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${file.rel}: no column "${c}"`, { hint: `columns: ${available.join(', ')}` });
        }
        const wanted = options.columns ? [...options.columns, ...[...outputs].filter((c) => !options.columns.includes(c))] : available;
        const features = wanted.map((c) => profile.feature(outputs.has(c) ? 'outputs' : 'inputs', c));
        const textNumbers = file.format === 'csv';
        for await (const batch of (0,_batch_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRowBatches */ .Xd)(file, wanted)) {
            for (const row of batch) {
                if (!row.cells) {
                    unreadable.rows++;
                    if (unreadable.first.length < 5)
                        unreadable.first.push(`${file.rel}:${row.line ?? `row ${row.row}`}: ${row.error}`);
                    if (row.fatal)
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${file.rel}${row.line ? `:${row.line}` : ''}: ${row.error}`);
                    continue;
                }
                profile.rows++;
                for (let k = 0; k < features.length; k++)
                    (0,_profile_js__WEBPACK_IMPORTED_MODULE_2__/* .addCell */ .GS)(features[k], row.cells[k], textNumbers);
            }
        }
    }
    return { profile, files: files.map((f) => f.rel), unreadable };
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


/***/ }),

/***/ 88926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatLocationOf: () => (/* binding */ formatLocationOf),
/* harmony export */   humanSize: () => (/* binding */ humanSize),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   renderText: () => (/* binding */ renderText),
/* harmony export */   sortFindings: () => (/* binding */ sortFindings)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16706);

function formatLocationOf(loc) {
    if (!loc)
        return '';
    const parts = [];
    if (loc.member)
        parts.push(`member ${loc.member}`);
    if (loc.line !== undefined)
        parts.push(loc.file ? `${loc.file} line ${loc.line}` : `line ${loc.line}`);
    if (loc.offset !== undefined)
        parts.push(`byte ${loc.offset}`);
    if (loc.pointer)
        parts.push(loc.pointer);
    return parts.join(', ');
}
const plain = { pass: (s) => s, fail: (s) => s, dim: (s) => s };
/** The report for people: one block per artifact, errors and warnings first, notes only on request. */
function renderText(report, style = plain, options = {}) {
    const lines = [];
    for (const a of report.artifacts) {
        const head = `${a.verdict === 'pass' ? style.pass('PASS') : style.fail('FAIL')} ${a.path} (${a.format}, ${humanSize(a.size)})`;
        lines.push(head);
        if (a.sha256)
            lines.push(style.dim(`     sha256 ${a.sha256}`));
        for (const f of sortFindings(a.findings)) {
            if (f.severity === 'note' && !options.notes)
                continue;
            const where = formatLocationOf(f.location);
            const mark = f.severity === 'error' ? style.fail('error') : f.severity === 'warning' ? (style.yellow ?? ((s) => s))('warning') : style.dim('note');
            lines.push(`     ${mark} ${f.rule}: ${f.message}${where ? style.dim(` [${where}]`) : ''}`);
        }
    }
    const failed = report.artifacts.filter((a) => a.verdict === 'fail').length;
    lines.push('');
    lines.push(report.verdict === 'pass'
        ? style.pass(`pass: ${report.artifacts.length} file(s) validated`)
        : style.fail(`fail: ${failed} of ${report.artifacts.length} file(s) rejected`));
    return lines.join('\n');
}
function sortFindings(findings) {
    const rank = { error: 0, warning: 1, note: 2 };
    return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
function humanSize(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let u = -1;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}
/** Markdown for the job summary and the PR comment. */
function renderMarkdown(report, maxFindings = 50) {
    const failed = report.artifacts.filter((a) => a.verdict === 'fail');
    const lines = [
        `### ${report.verdict === 'pass' ? '✅' : '❌'} Model artifact validation: ${report.verdict}`,
        '',
        '| File | Format | Size | Verdict | Errors | Warnings | sha256 |',
        '| --- | --- | ---: | --- | ---: | ---: | --- |',
        ...report.artifacts.map((a) => {
            const count = (s) => a.findings.filter((f) => f.severity === s).length;
            return `| \`${md(a.path)}\` | ${a.format} | ${humanSize(a.size)} | ${a.verdict === 'pass' ? '✅ pass' : '❌ fail'} | ${count('error')} | ${count('warning')} | \`${a.sha256.slice(0, 12)}\` |`;
        }),
    ];
    const shown = [];
    for (const a of report.artifacts)
        for (const f of sortFindings(a.findings))
            if (f.severity !== 'note')
                shown.push({ a, f });
    if (shown.length > 0) {
        lines.push('', '| File | Severity | Rule | Finding | Where |', '| --- | --- | --- | --- | --- |');
        for (const { a, f } of shown.slice(0, maxFindings))
            lines.push(`| \`${md(a.path)}\` | ${f.severity} | \`${f.rule}\` | ${md(f.message)} | ${md(formatLocationOf(f.location))} |`);
        if (shown.length > maxFindings)
            lines.push('', `…and ${shown.length - maxFindings} more in the JSON report.`);
    }
    if (failed.length === 0)
        lines.push('', `${report.artifacts.length} file(s) passed.`);
    return lines.join('\n');
}
function md(s) {
    // Cells stand in code spans, which a backtick would end.
    return (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutHtml */ .Q4)((0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(s)).replace(/`/g, "'");
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


/***/ }),

/***/ 74893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitPublisher: () => (/* binding */ GitPublisher)
/* harmony export */ });
/* harmony import */ var _core_git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62773);
/* harmony import */ var _refusal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91468);


/**
 * Publishes with the git CLI: annotated tags in the local repository (their message carries the release
 * notes, since there is no release object without GitHub), pushed to `remote` when `push` is set.
 * With `push`, the remote is the publishing side: its tags (read once with `git ls-remote`) decide what
 * already exists, so a clone without tags cannot release a version the remote has already passed, and a
 * tag the remote holds on another commit is refused by name before anything is written.
 * A push that fails removes the tag it just created, so a refused release leaves the clone as it was.
 */
class GitPublisher {
    git;
    options;
    kind = 'git';
    /** The remote's tags (name -> commit), read on first use and kept in step with our own pushes. */
    remoteTags;
    /**
     * This clone's tags (name -> commit), read once with one for-each-ref and kept in step with the tags this
     * publisher makes, moves and removes: a release of 200 models asks about tags hundreds of times.
     */
    localTags;
    constructor(git, options) {
        this.git = git;
        this.options = options;
    }
    async listTags(prefix) {
        const local = [...(await this.local()).keys()].filter((t) => t.startsWith(prefix));
        if (!this.options.push)
            return local;
        const remote = [...(await this.remote()).keys()].filter((t) => t.startsWith(prefix));
        return [...new Set([...remote, ...local])];
    }
    async tagCommit(tag) {
        if (this.options.push) {
            const remote = (await this.remote()).get(tag);
            if (remote !== undefined)
                return remote;
        }
        return (await this.local()).get(tag);
    }
    async whereIs(tag) {
        if (!this.options.push)
            return '';
        return (await this.remote()).has(tag) ? `on remote "${this.options.remote}"` : 'in this clone';
    }
    async isPublished(tag) {
        return !this.options.push || (await this.remote()).has(tag);
    }
    async checkWritable(tag, commit) {
        if (!this.options.push)
            return;
        const local = (await this.local()).get(tag);
        if (local !== undefined && local !== commit) {
            throw new _refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRefusal */ .Y('tag-on-other-commit', `tag ${tag} already exists in this clone on commit ${local.slice(0, 12)}, not on HEAD ${commit.slice(0, 12)} (the remote "${this.options.remote}" does not have it)`, `a released version never moves: if that tag is a mistake, delete it (git tag -d ${tag}) and release again`);
        }
        // Like semantic-release: ask the remote before tagging. A dry run catches a missing remote, bad
        // credentials and read-only access; server-side hooks only answer a real push (handled in createTag).
        const r = await this.git.run(['push', '--dry-run', '--porcelain', '--', this.options.remote, `${commit}:refs/tags/${tag}`]);
        if (r.code !== 0) {
            throw new _refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRefusal */ .Y('push-refused', `cannot push tags to remote "${this.options.remote}": ${(0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(r.stderr).trim() || `git push exited ${r.code}`}`, 'check the remote name (release.remote) and that your credentials may push tags (contents: write)');
        }
    }
    async createTag(tag, commit, message) {
        // A tag made earlier without --push is pushed as it is (checkWritable refused one on another commit).
        const local = await this.local();
        const made = local.get(tag) === undefined;
        if (made) {
            await this.git.text(['tag', '-a', '--cleanup=verbatim', '-F', '-', '--', tag, commit], { input: message });
            local.set(tag, commit);
        }
        if (!this.options.push)
            return;
        const r = await this.git.run(['push', '--porcelain', '--', this.options.remote, `refs/tags/${tag}:refs/tags/${tag}`]);
        if (r.code !== 0) {
            if (made) {
                await this.git.run(['tag', '-d', '--', tag]);
                local.delete(tag);
            }
            const undone = made ? 'nothing was tagged (the local tag was removed)' : `the local tag ${tag} was kept as it was`;
            // Someone pushed the same tag between our check and our push: name it instead of git's raw refusal.
            this.remoteTags = undefined;
            const theirs = await this.remote().then((m) => m.get(tag), () => undefined);
            if (theirs !== undefined && theirs !== commit) {
                throw new _refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRefusal */ .Y('tag-on-other-commit', `tag ${tag} already exists on remote "${this.options.remote}" on commit ${theirs.slice(0, 12)}, not on HEAD ${commit.slice(0, 12)}`, `${undone}; a released version never moves: fetch the tags (git fetch --tags ${this.options.remote}) and release again, the version will be computed above it`);
            }
            throw new _refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRefusal */ .Y('push-refused', `the remote "${this.options.remote}" refused tag ${tag}: ${pushError(r.stdout.toString('utf8'), r.stderr)}`, `${undone}; check push rights and branch/tag protection rules`);
        }
        (await this.remote()).set(tag, commit);
    }
    async moveTag(tag, commit, message) {
        const before = await this.tagCommit(tag);
        if (before === commit)
            return 'unchanged';
        await this.git.text(['tag', '-f', '-a', '--cleanup=verbatim', '-F', '-', '--', tag, commit], { input: message });
        (await this.local()).set(tag, commit);
        if (this.options.push) {
            // "+" forces only this one ref: a floating tag is meant to move.
            const r = await this.git.run(['push', '--porcelain', '--', this.options.remote, `+refs/tags/${tag}:refs/tags/${tag}`]);
            if (r.code !== 0)
                throw new _core_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(['push'], r.code, r.stderr, { hint: `the floating tag ${tag} moved locally only` });
            (await this.remote()).set(tag, commit);
        }
        return before === undefined ? 'created' : 'moved';
    }
    async upsertRelease(_release) {
        return { status: 'skipped' };
    }
    local() {
        this.localTags ??= this.git.tagCommits();
        return this.localTags;
    }
    /** The remote's tags with the commit each names (annotated tags peeled), from one `git ls-remote`. */
    async remote() {
        if (this.remoteTags)
            return this.remoteTags;
        const r = await this.git.run(['ls-remote', '--tags', '--', this.options.remote]);
        if (r.code !== 0) {
            throw new _refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRefusal */ .Y('push-refused', `cannot push tags to remote "${this.options.remote}": its tags could not be read: ${(0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(r.stderr).trim() || `git ls-remote exited ${r.code}`}`, 'check the remote name (release.remote), the network, and that your credentials may read the repository');
        }
        const tags = new Map();
        for (const line of r.stdout.toString('utf8').split('\n')) {
            const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+)$/.exec(line);
            if (!m)
                continue;
            // `T^{}` is the commit an annotated tag T points at: it wins over the tag object's own id.
            if (m[2].endsWith('^{}'))
                tags.set(m[2].slice(0, -3), m[1]);
            else if (!tags.has(m[2]))
                tags.set(m[2], m[1]);
        }
        this.remoteTags = tags;
        return tags;
    }
}
/** The reason of a refused push: the porcelain status line's reason and any "remote:" lines, not git's generic hints. */
function pushError(stdout, stderr) {
    const status = stdout.split('\n').find((l) => l.startsWith('!'))?.split('\t')[2]?.trim();
    const remote = (0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(stderr).split('\n').filter((l) => l.startsWith('remote:')).map((l) => l.slice(7).trim()).filter(Boolean);
    const parts = [status, ...remote].filter(Boolean);
    return parts.length > 0 ? parts.join('; ') : (0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(stderr).trim() || 'git push failed';
}


/***/ })

};
