export const id = 7625;
export const ids = [7625];
export const modules = {

/***/ 97625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerBatchCommand: () => (/* binding */ registerBatchCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48179);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25795);



// The domain loads when a batch command runs: `modelship --help` should not pay for onnxruntime or Parquet.
const lazy = {
    request: () => Promise.all(/* import() */[__webpack_require__.e(8605), __webpack_require__.e(5158), __webpack_require__.e(4218)]).then(__webpack_require__.bind(__webpack_require__, 24189)),
    service: () => Promise.all(/* import() */[__webpack_require__.e(6070), __webpack_require__.e(1988), __webpack_require__.e(8605), __webpack_require__.e(5158), __webpack_require__.e(571), __webpack_require__.e(3835), __webpack_require__.e(2878)]).then(__webpack_require__.bind(__webpack_require__, 23835)),
    merge: () => __webpack_require__.e(/* import() */ 9480).then(__webpack_require__.bind(__webpack_require__, 29480)),
    render: () => __webpack_require__.e(/* import() */ 9950).then(__webpack_require__.bind(__webpack_require__, 39950)),
};
const collect = (value, previous = []) => [...previous, value];
/** `modelship batch run|merge|compare`: scheduled, sharded, resumable batch scoring (docs/batch.md). */
function registerBatchCommand(program, io, done) {
    const batch = program.command('batch').description('score large inputs with the version live in a batch environment; merge shards; compare versions');
    batch
        .command('run')
        .description('score input files (CSV, JSON Lines, Parquet, .npy) chunk by chunk with onnxruntime')
        .argument('[environment]', 'batch environment: scores with the version live there at the start of the run')
        .option('--model <name[@version]>', 'NAME@VERSION to score with a version directly (or NAME to pick the environment\'s model)')
        .option('--artifact <file>', 'the ONNX file of --model NAME@VERSION (default: where a deployment of it recorded it)')
        .option('--input <path>', 'file, folder or glob (default: the environment\'s provider.input)')
        .option('--output <dir>', 'output folder (default: the environment\'s provider.output)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--output-format <format>', 'prediction files').choices(['csv', 'jsonl', 'parquet']))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--columns <input=cols>', 'map columns to a model input, e.g. features=a,b,c,d; repeatable').argParser(collect))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--id <column>', 'pass-through column(s) written beside the predictions; repeatable').argParser(collect))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--outputs <name>', 'model outputs written (default: all); repeatable').argParser(collect))
        .option('--chunk-rows <n>', 'rows per output chunk (unit of commit, resume and sharding; default 10000)')
        .option('--batch-rows <n>', 'rows per onnxruntime run (default 1024)')
        .option('--max-error-rate <share>', 'fail the run (exit 1) when bad rows exceed this share (default 0)')
        .option('--shard <I/N>', 'score only shard I of N (zero-based), e.g. --shard $JOB_COMPLETION_INDEX/8')
        .option('--resume', 'continue an interrupted run in the same output folder from its committed chunks')
        .option('--workers <n>', 'inference worker threads (default 1)')
        .option('--summary <file>', 'append a Markdown summary with a throughput chart (e.g. $GITHUB_STEP_SUMMARY)')
        .addHelpText('after', `
Exit codes: 0 scored (bad rows within --max-error-rate, listed in the errors file); 1 too many bad rows, or
the installed model does not match its recorded sha256; 2 usage or configuration error (unknown column,
output folder holding another run, --resume with other inputs or model).

Examples:
  $ modelship batch run nightly
  $ modelship batch run nightly --shard 0/4 --output out/shard-0
  $ modelship batch run --model iris@2.0.0 --input data/*.csv --columns features=a,b,c,d --id id --output out`)
        .action(async (environment, flags, command) => {
        const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .contextFor */ .B)(command, io);
        done(await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .execute */ .g)(ctx, async () => {
            const loaded = await ctx.loadConfig();
            const request = (await lazy.request()).toRunRequest({ ...flags, environment, format: flags.outputFormat }, loaded, ctx.cwd);
            const progress = io.isTTY && ctx.format === 'text' && !ctx.quiet;
            // Called once per chunk read; redrawn at most twice a second, padded over the previous line.
            const render = await lazy.render();
            const started = Date.now();
            let last = 0;
            let width = 0;
            const result = await (await lazy.service()).runRequest(loaded, request, {
                progress: progress ? (p) => {
                    if (Date.now() - last < 500)
                        return;
                    last = Date.now();
                    const line = render.progressLine(p, last - started);
                    io.stderr(`\r${line.padEnd(width)}`);
                    width = line.length;
                } : undefined,
            });
            if (progress)
                io.stderr('\n');
            if (flags.summary) {
                const { appendFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
                await appendFile(flags.summary, render.renderRunMarkdown(result.manifest));
            }
            return { exitCode: result.exitCode, json: render.contractJson(result.manifest, result.manifestPath), text: render.renderRunText(result.manifest, result.manifestPath) };
        }));
    });
    batch
        .command('merge')
        .description('check that shard manifests cover every input chunk exactly once and write the combined manifest')
        .argument('<sources...>', 'shard output folders (or manifest files)')
        .option('--output <dir>', 'where manifest.json (and errors.jsonl) go (default: the first source)')
        .addHelpText('after', '\nExit codes: 0 merged; 1 refused (a shard twice, a shard missing, other model or inputs, an output file missing or changed); 2 usage error.')
        .action(async (sources, flags, command) => {
        const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .contextFor */ .B)(command, io);
        done(await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .execute */ .g)(ctx, async () => {
            const request = (await lazy.request()).toMergeRequest({ sources, output: flags.output }, ctx.cwd);
            const result = await (await lazy.merge()).mergeShards(request);
            const render = await lazy.render();
            return { exitCode: result.exitCode, json: render.contractJson(result.manifest, result.manifestPath), text: render.renderRunText(result.manifest, result.manifestPath) };
        }));
    });
    batch
        .command('compare')
        .description('score the same input with a candidate and the live version: agreement, prediction shift, per-slice differences')
        .argument('[environment]', 'batch environment whose live version is the baseline')
        .requiredOption('--candidate <name@version>', 'the candidate version')
        .option('--candidate-artifact <file>', 'its ONNX file (default: where a deployment of it recorded it)')
        .option('--baseline <name@version>', 'baseline version when no environment is given')
        .option('--baseline-artifact <file>', 'its ONNX file')
        .option('--input <path>', 'file, folder or glob (default: the environment\'s provider.input)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--columns <input=cols>', 'map columns to a model input; repeatable').argParser(collect))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--slice <column>', 'report agreement per value of this column; repeatable').argParser(collect))
        .option('--label <output>', 'output compared (default: the first integer/string output, else the argmax of the first)')
        .option('--output <file>', 'write the report (a metrics file gates read: agreement, prediction_shift, slices)')
        .option('--batch-rows <n>', 'rows per onnxruntime run (default 1024)')
        .option('--workers <n>', 'worker threads per model (default 1)')
        .addHelpText('after', '\nExit codes: 0 compared (gate the report with `modelship gate`); 2 usage or configuration error.')
        .action(async (environment, flags, command) => {
        const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .contextFor */ .B)(command, io);
        done(await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .execute */ .g)(ctx, async () => {
            const loaded = await ctx.loadConfig();
            const request = (await lazy.request()).toCompareRequest({ ...flags, environment, slice: flags.slice }, loaded, ctx.cwd);
            const report = await (await lazy.service()).compareRequest(loaded, request);
            return { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass, json: report, text: (await lazy.render()).renderCompareText(report) };
        }));
    });
    batch
        .command('job')
        .description('print a Kubernetes Indexed Job whose pod I of N runs `modelship batch run ENV --shard I/N --resume`')
        .argument('<environment>', 'batch environment')
        .requiredOption('--image <ref>', 'image holding the project and the modelship CLI')
        .option('--shards <n>', 'completions, one pod per shard (default the environment\'s provider.shards, else 1)')
        .option('--parallelism <n>', 'pods at once (default every shard)')
        .option('--namespace <ns>', 'namespace of the Job')
        .option('--name <name>', 'Job name (default modelship-batch-<environment>)')
        .option('--workers <n>', 'inference worker threads per pod')
        .addHelpText('after', `
The output folder must be on a volume every pod shares (and that outlives a pod, for --resume to matter);
then \`modelship batch merge\` checks and combines the shard manifests.

Examples:
  $ modelship batch job nightly --image ghcr.io/acme/scoring:1.4.0 --shards 16 | kubectl apply -f -`)
        .action(async (environment, flags, command) => {
        const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .contextFor */ .B)(command, io);
        done(await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .execute */ .g)(ctx, async () => {
            const loaded = await ctx.loadConfig();
            const { batchEnvironment } = await Promise.all(/* import() */[__webpack_require__.e(8605), __webpack_require__.e(5158), __webpack_require__.e(1582)]).then(__webpack_require__.bind(__webpack_require__, 56881));
            const { spec } = batchEnvironment(loaded, environment);
            const integer = (flag, value) => {
                if (value === undefined)
                    return undefined;
                const n = Number(value);
                if (!Number.isInteger(n) || n < 1)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`--${flag} "${value}" is not a positive integer`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Usage });
                return n;
            };
            const { renderIndexedJob } = await __webpack_require__.e(/* import() */ 6712).then(__webpack_require__.bind(__webpack_require__, 86712));
            const job = renderIndexedJob({
                environment,
                image: flags.image,
                shards: integer('shards', flags.shards) ?? spec.shards ?? 1,
                parallelism: integer('parallelism', flags.parallelism),
                namespace: flags.namespace,
                name: flags.name,
                workers: integer('workers', flags.workers),
            });
            const { stringify } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
            return { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass, json: job, text: stringify(job).trimEnd() };
        }));
    });
}


/***/ }),

/***/ 25795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ contextFor),
  g: () => (/* binding */ execute)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/config-file.ts
var config_file = __webpack_require__(38120);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/progress.ts
var core_progress = __webpack_require__(34664);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
;// CONCATENATED MODULE: ./src/cli/progress.ts


const SILENT = { ...core_progress/* silentProgress */.R, clear() { } };
const MIB = 1024 * 1024;
const formatAmount = (n, unit) => (unit === 'bytes' ? `${(n / MIB).toFixed(n < 10 * MIB ? 1 : 0)} MiB` : String(Math.round(n)));
/**
 * A bar on `stream` when it is a terminal and `wanted` (text output, not -q); otherwise nothing at all, so CI
 * logs and `--format json` carry no progress. Drawn by cli-progress; the bar is cleared when a task stops.
 */
async function terminalProgress(stream, wanted) {
    if (!wanted || !stream || stream.isTTY !== true)
        return SILENT;
    // cli-progress loads only when a bar will be drawn: a pipe, a CI log and `--help` never pay for it.
    const { default: cliProgress } = await __webpack_require__.e(/* import() */ 8502).then(__webpack_require__.t.bind(__webpack_require__, 98502, 23));
    let bar;
    let unit = 'steps';
    const stop = () => {
        bar?.stop();
        bar = undefined;
    };
    return {
        start(label, total, taskUnit) {
            stop();
            unit = taskUnit;
            bar = new cliProgress.SingleBar({
                stream: withoutCursorSaves(stream),
                format: `${label} [{bar}] {percentage}% {value}/{total} | {note}`,
                formatValue: (v, _options, type) => (type === 'value' || type === 'total' ? formatAmount(v, unit) : String(v)),
                barsize: 24,
                clearOnComplete: true,
                // Redrawn every tick, so a line the CLI printed over it (after clear()) never leaves the bar missing.
                forceRedraw: true,
                // No terminal modes are changed (cursor hidden, line wrap off), so Ctrl-C, which still ends the
                // process as it always did (no SIGINT handler), never leaves the terminal in an odd state.
                hideCursor: false,
                linewrap: true,
                gracefulExit: false,
            });
            bar.start(Math.max(total, 0), 0, { note: '' });
        },
        update(done, note) {
            bar?.update(done, note === undefined ? {} : { note });
        },
        stop,
        clear() {
            if (!bar)
                return;
            (0,external_node_readline_.cursorTo)(stream, 0);
            (0,external_node_readline_.clearLine)(stream, 0);
        },
    };
}
const SAVE_CURSOR = '\x1b7';
const RESTORE_CURSOR = '\x1b8';
/**
 * The stream as cli-progress sees it. It saves the cursor's screen position when a bar starts and restores it
 * when the bar stops; but the bar shares the terminal with lines the CLI prints meanwhile (the demo's steps,
 * bench's trials), and once they moved the bar down the saved position is a line of theirs, which the final
 * clear would erase. Without those two sequences the bar is drawn and cleared on whatever line it is on.
 */
function withoutCursorSaves(stream) {
    return new Proxy(stream, {
        get(target, key) {
            if (key === 'write') {
                return (chunk, ...rest) => (chunk === SAVE_CURSOR || chunk === RESTORE_CURSOR ? true : target.write.call(target, chunk, ...rest));
            }
            const value = Reflect.get(target, key, target);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    });
}

;// CONCATENATED MODULE: ./src/cli/style.ts
function createStyle(color) {
    const wrap = (open, close) => (s) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
    const red = wrap(31, 39);
    const green = wrap(32, 39);
    const yellow = wrap(33, 39);
    return {
        bold: wrap(1, 22),
        dim: wrap(2, 22),
        red,
        green,
        yellow,
        cyan: wrap(36, 39),
        pass: (s) => `${green('✓')} ${s}`,
        fail: (s) => `${red('✗')} ${s}`,
        warn: (s) => `${yellow('!')} ${s}`,
    };
}

;// CONCATENATED MODULE: ./src/cli/context.ts






function contextFor(command, io) {
    const opts = command.optsWithGlobals();
    const format = (opts.format ?? 'text');
    const colorWanted = opts.color !== false && io.env.NO_COLOR === undefined && io.isTTY;
    const configOption = opts.config;
    // Not under --format json/sarif or -q: only text for people waiting at a terminal gets a bar. The bar's
    // library loads in the background; `execute` waits for it before the command's body runs.
    let bar = { ...core_progress/* silentProgress */.R, clear() { } };
    const progressReady = terminalProgress(io.progressStream, format === 'text' && opts.quiet !== true).then((loaded) => {
        bar = loaded;
    });
    const progress = {
        start: (label, total, unit) => bar.start(label, total, unit),
        update: (done, note) => bar.update(done, note),
        stop: () => bar.stop(),
        clear: () => bar.clear(),
    };
    return {
        format,
        quiet: opts.quiet === true,
        style: createStyle(colorWanted),
        cwd: io.cwd,
        env: io.env,
        configOption,
        out: (t) => {
            progress.clear();
            io.stdout(t.endsWith('\n') ? t : `${t}\n`);
        },
        err: (t) => {
            progress.clear();
            io.stderr(t.endsWith('\n') ? t : `${t}\n`);
        },
        progress,
        progressReady,
        // The parser (YAML + schema validator) loads with the first command that needs it.
        loadConfig: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3243), __webpack_require__.e(3582), __webpack_require__.e(4456)]).then(__webpack_require__.bind(__webpack_require__, 13582))).loadConfig(external_node_path_default().resolve(io.cwd, configOption ?? config_file/* DEFAULT_CONFIG_FILE */.C), { env: io.env }),
    };
}
/**
 * Runs a command body and turns its outcome, or what it threw, into output and an exit code.
 * JSON goes to stdout; messages for people about errors go to stderr.
 */
async function execute(ctx, body, options = {}) {
    try {
        await ctx.progressReady;
        if (ctx.format === 'sarif' && !options.sarif) {
            throw new errors.ModelshipError('--format sarif is only available for `modelship validate`', { hint: 'use --format text or --format json' });
        }
        const outcome = await body();
        if (ctx.format === 'json')
            ctx.out(JSON.stringify(outcome.json, null, 2));
        else if (ctx.format === 'sarif')
            ctx.out(JSON.stringify(outcome.sarif, null, 2));
        else if (!ctx.quiet)
            ctx.out(outcome.text);
        // -q: "only failures and the final verdict". A pass still says it passed: silence is not an answer.
        else if (outcome.exitCode === errors/* ExitCode */.yU.Pass)
            ctx.out(outcome.verdict ?? lastLine(outcome.text));
        else
            ctx.out(outcome.quietText ?? outcome.text);
        return outcome.exitCode;
    }
    catch (err) {
        const code = (0,errors/* exitCodeOf */.FO)(err);
        ctx.err(`${ctx.style.red('error')}: ${(0,errors/* describeError */.Uc)(err)}`);
        if (code !== errors/* ExitCode */.yU.Usage && ctx.env.MODELSHIP_DEBUG && err instanceof Error && err.stack)
            ctx.err(err.stack);
        return code;
    }
    finally {
        // A bar left running would hold the process open; the domain stops its own, this is the backstop.
        ctx.progress.stop();
    }
}
function lastLine(text) {
    const lines = text.trimEnd().split('\n');
    return lines[lines.length - 1];
}


/***/ }),

/***/ 38120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   R: () => (/* binding */ readConfigFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** Kept apart from the parser so a missing file is reported without loading YAML and the schema validator. */
const DEFAULT_CONFIG_FILE = 'modelship.yml';
async function readConfigFile(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`configuration file not found: ${file}`, {
                hint: `create ${DEFAULT_CONFIG_FILE} at the repository root or pass --config FILE`,
            });
        }
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`configuration path is a directory, not a file: ${file}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`cannot read configuration file ${file}: ${err.message}`);
    }
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   ModelshipError: () => (/* binding */ ModelshipError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/**
 * Exit codes shared by the CLI and the actions (DESIGN.md, "CLI contract").
 * 0 pass, 1 the check failed, 2 usage or configuration error, 3 inconclusive (gate only).
 */
const ExitCode = {
    Pass: 0,
    Failed: 1,
    Usage: 2,
    Inconclusive: 3,
};
function formatLocation(loc) {
    if (loc.line === undefined)
        return loc.file;
    return loc.column === undefined ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.column}`;
}
/**
 * An error the user can fix: bad input, bad configuration, a missing token. Its message is shown as is,
 * without a stack trace, and it maps to exit code 2 unless said otherwise.
 */
class ModelshipError extends Error {
    exitCode;
    location;
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ModelshipError';
        this.exitCode = options.exitCode ?? ExitCode.Usage;
        this.location = options.location;
        this.hint = options.hint;
    }
    /** One line (or a few) for a person: place, problem, fix. */
    describe() {
        const where = this.location ? `${formatLocation(this.location)}: ` : '';
        return this.hint ? `${where}${this.message}\n  hint: ${this.hint}` : `${where}${this.message}`;
    }
}
/** A configuration problem: always exit code 2, always with a place in the file. */
class ConfigError extends ModelshipError {
    issues;
    constructor(issues) {
        const first = issues[0];
        super(issues.length === 1 ? first.message : `${issues.length} problems in ${first.location.file}`, {
            exitCode: ExitCode.Usage,
            location: first.location,
            hint: issues.length === 1 ? first.hint : undefined,
        });
        this.name = 'ConfigError';
        this.issues = issues;
    }
    describe() {
        return this.issues
            .map((i) => `${formatLocation(i.location)}: ${i.message}${i.hint ? `\n  hint: ${i.hint}` : ''}`)
            .join('\n');
    }
}
/** Turns anything thrown into the text a person should see. */
function describeError(err) {
    if (err instanceof ModelshipError)
        return err.describe();
    if (err instanceof Error)
        return err.message;
    return String(err);
}
function exitCodeOf(err) {
    return err instanceof ModelshipError ? err.exitCode : ExitCode.Failed;
}


/***/ }),

/***/ 34664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ silentProgress)
/* harmony export */ });
const silentProgress = {
    start() { },
    update() { },
    stop() { },
};


/***/ })

};
