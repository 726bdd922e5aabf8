export const id = 6254;
export const ids = [6254];
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
