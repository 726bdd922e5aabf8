export const id = 9874;
export const ids = [9874];
export const modules = {

/***/ 39874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerServeCommand: () => (/* binding */ registerServeCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25795);



// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const lazy = {
    m0: () => __webpack_require__.e(/* import() */ 6134).then(__webpack_require__.bind(__webpack_require__, 36134)),
    m1: () => __webpack_require__.e(/* import() */ 6425).then(__webpack_require__.bind(__webpack_require__, 6425)),
    m2: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3243), __webpack_require__.e(2088), __webpack_require__.e(5222), __webpack_require__.e(3582), __webpack_require__.e(5655), __webpack_require__.e(3907), __webpack_require__.e(571), __webpack_require__.e(8977), __webpack_require__.e(2620)]).then(__webpack_require__.bind(__webpack_require__, 78977)),
};
function integer(value, flag, min, max = Number.MAX_SAFE_INTEGER) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min || n > max)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${flag} must be an integer from ${min} to ${max}, got "${value}"`);
    return n;
}
/** Resolves on the first SIGTERM or SIGINT. */
function shutdownSignal() {
    return new Promise((resolve) => {
        const on = (sig) => {
            process.off('SIGTERM', on);
            process.off('SIGINT', on);
            resolve(sig);
        };
        process.on('SIGTERM', on);
        process.on('SIGINT', on);
    });
}
function registerServeCommand(program, io, done) {
    program
        .command('serve')
        .description('serve the local environment\'s model repository over the Open Inference Protocol v2, with /metrics for Prometheus')
        .option('--env <env>', 'an environment of modelship.yml whose provider is local: its provider.root is served')
        .option('--repository <dir>', 'serve this model repository folder (overrides --env)')
        .option('--host <host>', 'address to listen on', '127.0.0.1')
        .option('--port <port>', 'port to listen on (0 picks a free one)', '8080')
        .option('--max-body <bytes>', 'largest request body (413 beyond)', String(16 * 2 ** 20))
        .option('--concurrency <n>', 'inferences running at once per model', '8')
        .option('--queue <n>', 'requests waiting per model; beyond it 503 with Retry-After', '256')
        .option('--timeout <duration>', 'per request, from arrival to answer (504 beyond), e.g. 30s', '30s')
        .option('--poll <ms>', 'poll interval of the repository watch fallback', '500')
        .option('--max-batch <rows>', 'dynamic batching: most rows per onnxruntime run (1 turns batching off)', '64')
        .option('--batch-delay <ms>', 'dynamic batching: how long a request may wait for others to join its run', '0')
        .option('--no-inline', 'run every model on worker threads, even a small one fast enough to run on the main thread')
        .option('--access-log <file>', 'append JSON-lines access logs to this file instead of stderr')
        .option('--no-monitoring', 'no live profiles, drift gauges or feedback route (docs/monitor.md)')
        .addHelpText('after', `
Changes to the repository (new versions, routing.json) apply without a restart. SIGTERM or SIGINT stops
accepting, finishes in-flight requests and exits 0.

Examples:
  $ modelship serve --env local
  $ modelship serve --repository .modelship/repository --port 9000   # the local provider's default root
  $ curl -s localhost:8080/v2/models/iris/infer -d '{"inputs":[{"name":"features","shape":[1,4],"datatype":"FP32","data":[5.1,3.5,1.4,0.2]}]}'`)
        .action(async (flags, command) => {
        const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .contextFor */ .B)(command, io);
        done(await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .execute */ .g)(ctx, async () => {
            const repository = await (await lazy.m1()).resolveRepository(ctx.cwd, flags.repository, flags.env, () => ctx.loadConfig());
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(repository).catch(() => undefined);
            if (!s?.isDirectory())
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`model repository ${repository} is not a folder`, { hint: 'deploy to the local environment first, or pass --repository DIR' });
            const port = integer(flags.port, '--port', 0, 65535);
            const log = flags.accessLog ? (await lazy.m0()).fileLog(flags.accessLog) : (await lazy.m0()).streamLog((line) => io.stderr(line));
            // Inference graphs of modelship.yml (docs/graphs.md) are served beside the repository's models with --env.
            const graphs = flags.env ? await graphsToServe(await ctx.loadConfig()) : undefined;
            const signal = shutdownSignal();
            const server = await (await lazy.m2()).startServer({
                repository,
                host: flags.host,
                port,
                pollMs: integer(flags.poll, '--poll', 10),
                limits: { maxBodyBytes: integer(flags.maxBody, '--max-body', 1), concurrency: integer(flags.concurrency, '--concurrency', 1), queue: integer(flags.queue, '--queue', 0), timeoutMs: flags.timeout },
                batch: { maxSize: integer(flags.maxBatch, '--max-batch', 1, 65536), maxDelayMs: integer(flags.batchDelay, '--batch-delay', 0, 1000) },
                inline: flags.inline === false ? false : undefined,
                log,
                monitoring: flags.monitoring === false ? false : undefined,
                // models.<name>.cache of modelship.yml: read with --env (a bare --repository reads no configuration).
                cache: flags.env ? (await lazy.m1()).cacheSettingsOf(await ctx.loadConfig()) : undefined,
                graphs,
            });
            // With --env, serve also recovers the environment's rollouts interrupted past their progress deadline.
            const stopWatching = flags.env && !flags.repository ? await watchRollouts(await ctx.loadConfig(), flags.env, Math.max(1000, integer(flags.poll, '--poll', 10) ?? 500), () => server.reload(), log) : () => { };
            const models = [...server.catalog.models.keys()];
            if (ctx.format === 'json')
                ctx.out(JSON.stringify({ event: 'listening', url: server.url, repository, models }));
            else
                ctx.out(`serving ${repository} at ${server.url} (models: ${models.join(', ') || 'none yet'}; metrics at ${server.url}/metrics)`);
            const sig = await signal;
            stopWatching();
            await server.close();
            return { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Pass, json: { event: 'stopped', signal: sig, url: server.url }, text: `stopped on ${sig}` };
        }));
    });
}
/** The configured graphs, refused (exit 2, at their lines) when their structure is wrong. */
async function graphsToServe(loaded) {
    if (!loaded.config.graphs)
        return undefined;
    const { graphStructureIssues, toConfigIssues } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3243), __webpack_require__.e(3582), __webpack_require__.e(2916)]).then(__webpack_require__.bind(__webpack_require__, 42479));
    const issues = graphStructureIssues(loaded);
    if (issues.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(toConfigIssues(loaded, issues));
    return loaded.config.graphs;
}
/** Reverts stalled rollouts of `envName` while serving, and re-reads routing at once when it did. */
async function watchRollouts(loaded, envName, intervalMs, reload, log) {
    const [{ environmentOf }, { watchStalledRollouts }] = await Promise.all([__webpack_require__.e(/* import() */ 9621).then(__webpack_require__.bind(__webpack_require__, 29621)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3243), __webpack_require__.e(3582), __webpack_require__.e(8605), __webpack_require__.e(5158), __webpack_require__.e(3128), __webpack_require__.e(1452), __webpack_require__.e(3330)]).then(__webpack_require__.bind(__webpack_require__, 21452))]);
    return watchStalledRollouts(loaded, environmentOf(loaded, envName), {
        intervalMs,
        onRecovered: async (r) => {
            log.write({ event: 'rollout-recovered', model: r.model, version: r.version, reverted: r.reverted, message: r.message });
            if (r.reverted)
                await reload();
        },
        onError: (err) => log.write({ event: 'rollout-recovery-failed', error: err.message }),
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
