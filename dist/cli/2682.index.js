export const id = 2682;
export const ids = [2682];
export const modules = {

/***/ 22682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerDeployCommands: () => (/* binding */ registerDeployCommands)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25795);
/* harmony import */ var _core_signals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62230);



// The engine loads when a command runs: `modelship --help` should not pay for it.
const engine = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3243), __webpack_require__.e(6752), __webpack_require__.e(2088), __webpack_require__.e(663), __webpack_require__.e(2773), __webpack_require__.e(1988), __webpack_require__.e(3582), __webpack_require__.e(8605), __webpack_require__.e(1464), __webpack_require__.e(2423), __webpack_require__.e(5158), __webpack_require__.e(3095), __webpack_require__.e(3128), __webpack_require__.e(3654), __webpack_require__.e(6278), __webpack_require__.e(1452), __webpack_require__.e(1752), __webpack_require__.e(5717)]).then(__webpack_require__.bind(__webpack_require__, 61752));
const renderer = () => __webpack_require__.e(/* import() */ 7015).then(__webpack_require__.bind(__webpack_require__, 37015));
const EXIT_HELP = `
Exit codes: 0 deployed, rolled back, nothing to do or planned (--dry-run); 1 the rollout failed or was
aborted (the environment is left on its last good version, and the output says which); 2 refused: usage or
configuration error, unknown environment, promotion not allowed, environment locked, interrupted deploy.`;
const requests = () => __webpack_require__.e(/* import() */ 4046).then(__webpack_require__.bind(__webpack_require__, 84046));
/** How the deploy request names the command line's options. */
function cliSurface(ctx) {
    return {
        cwd: ctx.cwd,
        env: ctx.env,
        labels: { environment: 'ENVIRONMENT', model: '--model', version: 'VERSION', artifact: '--artifact', to: '--to' },
        versionHint: (environment, version) => `modelship deploy ${environment} ${version} (or --model-version ${version})`,
        log: (line) => {
            if (!ctx.quiet && ctx.format === 'text')
                ctx.err(line);
        },
    };
}
/** deploy, promote, rollback, status, lock, unlock: thin wrappers over src/deploy/engine.ts. */
function registerDeployCommands(program, io, done) {
    const run = (command, body) => {
        const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .contextFor */ .B)(command, io);
        const dryRun = command.opts().dryRun === true;
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .execute */ .g)(ctx, async () => {
            const loaded = await ctx.loadConfig();
            const result = await body(ctx, loaded, dryRun);
            const text = (await renderer()).renderResultText(result);
            // -q: the first line says what happened (DEPLOYED / ABORTED / PLANNED ...: message).
            return { exitCode: (await engine()).exitCodeOf(result), json: result, text, verdict: text.split('\n')[0] };
        });
    };
    program
        .command('deploy')
        .description('deploy a model version to an environment with its provider and strategy')
        .argument('<environment>', 'environment under `environments:`')
        .argument('[version]', 'version to deploy (immutable: same version = same sha256); default: the model\'s latest release, when HEAD\'s model is still that release')
        .option('--model <name>', 'model (default: the only one)')
        // `--version` is taken by the program (prints modelship's version), so the option is --model-version.
        .option('--model-version <version>', 'version to deploy (same as the VERSION argument)')
        .option('--artifact <path>', 'artifact file (default: the model\'s path)')
        .option('--resume', 'resume a deployment that was interrupted (it is reverted, then run again); without VERSION, the interrupted one\'s version and artifact')
        .option('--dry-run', 'plan the steps; change nothing')
        .addHelpText('after', `${EXIT_HELP}\n\nExamples:\n  $ modelship deploy staging 1.1.0\n  $ modelship deploy staging 1.1.0 --artifact models/v2/model.onnx --dry-run\n  $ modelship deploy staging --resume`)
        .action(async (environment, positional, opts, command) => {
        done(await run(command, async (ctx, loaded, dryRun) => {
            if (positional !== undefined && opts.modelVersion !== undefined && positional !== opts.modelVersion)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`two different versions given: ${positional} and --model-version ${opts.modelVersion}`);
            // An inference graph (docs/graphs.md) has no versions: its KServe InferenceGraph is applied.
            if (opts.model !== undefined && loaded.config.graphs?.[opts.model]) {
                if (positional !== undefined || opts.modelVersion !== undefined)
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`"${opts.model}" is an inference graph: it has no versions to deploy`, { hint: `modelship deploy ${environment} --model ${opts.model} (its members deploy as models)` });
                return (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3243), __webpack_require__.e(3582), __webpack_require__.e(3128), __webpack_require__.e(3268)]).then(__webpack_require__.bind(__webpack_require__, 33595))).deployGraph(loaded, environment, opts.model, { dryRun, env: ctx.env });
            }
            const request = await (await requests()).deployRequest(loaded, { environment, model: opts.model, version: positional ?? opts.modelVersion, artifact: opts.artifact, resume: opts.resume }, cliSurface(ctx));
            const { deploy } = await engine();
            return (0,_core_signals_js__WEBPACK_IMPORTED_MODULE_2__/* .abortOnSignals */ .P)((signal) => deploy(loaded, request, { dryRun, signal, env: ctx.env }));
        }));
    });
    program
        .command('promote')
        .description('promote the version live in the previous environment to the next one')
        .argument('[model]', 'model (default: the only one)')
        .option('--model <name>', 'model (same as the MODEL argument)')
        .requiredOption('--to <environment>', 'target environment')
        .option('--model-version <version>', 'must equal the version live in the previous environment')
        .option('--dry-run', 'plan the steps; change nothing')
        .addHelpText('after', `${EXIT_HELP}\n\nExamples:\n  $ modelship promote iris --to production\n  $ modelship promote --model iris --to production`)
        .action(async (positional, opts, command) => {
        done(await run(command, async (ctx, loaded, dryRun) => {
            if (positional !== undefined && opts.model !== undefined && positional !== opts.model)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`two different models given: ${positional} and --model ${opts.model}`);
            const request = (await requests()).promoteRequest({ model: positional ?? opts.model, to: opts.to, version: opts.modelVersion }, cliSurface(ctx));
            const { promote } = await engine();
            return (0,_core_signals_js__WEBPACK_IMPORTED_MODULE_2__/* .abortOnSignals */ .P)((signal) => promote(loaded, request, { dryRun, signal, env: ctx.env }));
        }));
    });
    program
        .command('rollback')
        .description('re-deploy the previous successful version (or --to VERSION); never guesses')
        .argument('<environment>', 'environment')
        .option('--model <name>', 'model (default: the only one)')
        .option('--to <version>', 'a version deployed successfully here before')
        .option('--dry-run', 'plan the steps; change nothing')
        .addHelpText('after', `${EXIT_HELP}\n\nExamples:\n  $ modelship rollback production\n  $ modelship rollback production --to 1.0.0`)
        .action(async (environment, opts, command) => {
        done(await run(command, async (ctx, loaded, dryRun) => (await engine()).rollback(loaded, (await requests()).rollbackRequest({ environment, model: opts.model, to: opts.to }, cliSurface(ctx)), { dryRun, env: ctx.env })));
    });
    program
        .command('adopt')
        .description('record in the deployment state the version the provider serves, when the state lost track of it (e.g. a deleted state file)')
        .argument('<environment>', 'environment')
        .option('--model <name>', 'model (default: the only one)')
        .option('--dry-run', 'say what would be recorded; change nothing')
        .addHelpText('after', `\nOnly while \`status\` reports that the state and the provider disagree, and only a settled version (all traffic on it)
whose installed copy matches its SHA256SUMS. Exit codes: 0 adopted or nothing to do; 2 refused.\n\nExamples:\n  $ modelship status staging\n  $ modelship adopt staging`)
        .action(async (environment, opts, command) => {
        done(await run(command, async (ctx, loaded, dryRun) => (await engine()).adopt(loaded, { environment, model: opts.model, actor: (await __webpack_require__.e(/* import() */ 7314).then(__webpack_require__.bind(__webpack_require__, 67314))).userOf(ctx.env) }, { dryRun })));
    });
    program
        .command('status')
        .description('what runs where, interrupted deployments, locks, and what rollback would restore')
        .argument('[environment]', 'one environment (default: all)')
        .option('--model <name>', 'one model (default: all)')
        .option('--dry-run', 'accepted for symmetry; status never changes anything')
        .action(async (environment, opts, command) => {
        const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .contextFor */ .B)(command, io);
        done(await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .execute */ .g)(ctx, async () => {
            const result = await (await engine()).status(await ctx.loadConfig(), { environment, model: opts.model });
            const text = (await renderer()).renderStatusText(result);
            // Status is an answer, not a verdict: -q prints all of it.
            return { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Pass, json: result, text, verdict: text };
        }));
    });
    for (const name of ['lock', 'unlock']) {
        const cmd = program
            .command(name)
            .description(name === 'lock' ? 'hold an environment: no deploys by others until unlocked; the holder (GITHUB_ACTOR, else the OS user) still deploys through it' : 'release an environment lock (the holder, or anyone with --force)')
            .argument('<environment>', 'environment')
            .option('--reason <text>', 'why (shown to whoever is refused)')
            .option('--dry-run', 'change nothing');
        if (name === 'unlock')
            cmd.option('--force', 'break a lock held by someone else');
        cmd.action(async (environment, opts, command) => {
            const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .contextFor */ .B)(command, io);
            done(await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .execute */ .g)(ctx, async () => {
                const loaded = await ctx.loadConfig();
                const dryRun = opts && command.opts().dryRun === true;
                const request = (await requests()).lockRequest(name, { environment, reason: opts.reason, force: opts.force }, cliSurface(ctx));
                const result = name === 'lock' ? await (await engine()).lock(loaded, request, { dryRun }) : await (await engine()).unlock(loaded, request, { dryRun });
                return { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Pass, json: result, text: result.message };
            }));
        });
    }
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


/***/ }),

/***/ 62230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ abortOnSignals)
/* harmony export */ });
/**
 * A rollout run from the CLI (or an action) that receives SIGINT or SIGTERM — Ctrl-C, a cancelled workflow
 * (the runner sends SIGINT, then SIGTERM) — aborts: the engine reverts to the last good version and
 * journals why, then the command exits 1 as for any aborted rollout. A second signal exits at once
 * (130/143); the journal then shows the rollout in progress and the next command recovers it.
 */
async function abortOnSignals(work, proc = process) {
    const controller = new AbortController();
    const handler = (name) => {
        if (controller.signal.aborted)
            proc.exit(name === 'SIGINT' ? 130 : 143);
        controller.abort(name);
    };
    proc.on('SIGINT', handler);
    proc.on('SIGTERM', handler);
    try {
        return await work(controller.signal);
    }
    finally {
        proc.off('SIGINT', handler);
        proc.off('SIGTERM', handler);
    }
}


/***/ })

};
