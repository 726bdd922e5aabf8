export const id = 1355;
export const ids = [1355];
export const modules = {

/***/ 11355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./src/generated/version.ts
var version = __webpack_require__(64377);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/config-file.ts
var config_file = __webpack_require__(38120);
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
        loadConfig: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(12), __webpack_require__.e(4456)]).then(__webpack_require__.bind(__webpack_require__, 50012))).loadConfig(external_node_path_default().resolve(io.cwd, configOption ?? config_file/* DEFAULT_CONFIG_FILE */.C), { env: io.env }),
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

;// CONCATENATED MODULE: ./src/cli/commands/batch.ts



// The domain loads when a batch command runs: `modelship --help` should not pay for onnxruntime or Parquet.
const lazy = {
    request: () => Promise.all(/* import() */[__webpack_require__.e(5158), __webpack_require__.e(4218)]).then(__webpack_require__.bind(__webpack_require__, 24189)),
    service: () => Promise.all(/* import() */[__webpack_require__.e(6070), __webpack_require__.e(1988), __webpack_require__.e(5158), __webpack_require__.e(571), __webpack_require__.e(3835), __webpack_require__.e(2878)]).then(__webpack_require__.bind(__webpack_require__, 23835)),
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
        .addOption(new esm/* Option */.c$('--output-format <format>', 'prediction files').choices(['csv', 'jsonl', 'parquet']))
        .addOption(new esm/* Option */.c$('--columns <input=cols>', 'map columns to a model input, e.g. features=a,b,c,d; repeatable').argParser(collect))
        .addOption(new esm/* Option */.c$('--id <column>', 'pass-through column(s) written beside the predictions; repeatable').argParser(collect))
        .addOption(new esm/* Option */.c$('--outputs <name>', 'model outputs written (default: all); repeatable').argParser(collect))
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
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
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
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
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
        .addOption(new esm/* Option */.c$('--columns <input=cols>', 'map columns to a model input; repeatable').argParser(collect))
        .addOption(new esm/* Option */.c$('--slice <column>', 'report agreement per value of this column; repeatable').argParser(collect))
        .option('--label <output>', 'output compared (default: the first integer/string output, else the argmax of the first)')
        .option('--output <file>', 'write the report (a metrics file gates read: agreement, prediction_shift, slices)')
        .option('--batch-rows <n>', 'rows per onnxruntime run (default 1024)')
        .option('--workers <n>', 'worker threads per model (default 1)')
        .addHelpText('after', '\nExit codes: 0 compared (gate the report with `modelship gate`); 2 usage or configuration error.')
        .action(async (environment, flags, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const loaded = await ctx.loadConfig();
            const request = (await lazy.request()).toCompareRequest({ ...flags, environment, slice: flags.slice }, loaded, ctx.cwd);
            const report = await (await lazy.service()).compareRequest(loaded, request);
            return { exitCode: errors/* ExitCode */.yU.Pass, json: report, text: (await lazy.render()).renderCompareText(report) };
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
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const loaded = await ctx.loadConfig();
            const { batchEnvironment } = await Promise.all(/* import() */[__webpack_require__.e(5158), __webpack_require__.e(1582)]).then(__webpack_require__.bind(__webpack_require__, 56881));
            const { spec } = batchEnvironment(loaded, environment);
            const integer = (flag, value) => {
                if (value === undefined)
                    return undefined;
                const n = Number(value);
                if (!Number.isInteger(n) || n < 1)
                    throw new errors.ModelshipError(`--${flag} "${value}" is not a positive integer`, { exitCode: errors/* ExitCode */.yU.Usage });
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
            return { exitCode: errors/* ExitCode */.yU.Pass, json: job, text: stringify(job).trimEnd() };
        }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/bench.ts


// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const bench_lazy = {
    m0: () => Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(1409), __webpack_require__.e(3960), __webpack_require__.e(2871), __webpack_require__.e(3305), __webpack_require__.e(6254)]).then(__webpack_require__.bind(__webpack_require__, 41484)),
    m1: () => __webpack_require__.e(/* import() */ 9972).then(__webpack_require__.bind(__webpack_require__, 19972)),
};
function registerBenchCommand(program, io, done) {
    program
        .command('bench')
        .description('benchmark models (latency percentiles, throughput, RSS over repeated trials) and detect regressions against a baseline')
        .option('-m, --model <name...>', 'model(s) to benchmark (default: bench.models, else every ONNX model)')
        .option('--runner <runner>', 'onnx | http | command (default: bench.runner)')
        .option('--baseline <file|ref>', 'a stored report (*.json), a model file, or a git ref whose model is measured side by side')
        .option('--save <dir>', 'history folder: one JSON file per run plus index.json, pruned by age (default: bench.history.dir)')
        .option('--trials <n>', 'trials per model and batch size (default: bench.trials, 8)')
        .option('--duration <duration>', 'timed window per trial, e.g. 500ms, 2s (default: bench.duration, 1s)')
        .option('--warmup <duration>', 'warm-up before each trial (default: bench.warmup, 200ms)')
        .option('--batch <sizes>', 'batch sizes, comma-separated (default: bench.batchSizes, 1)')
        .option('--url <url>', 'endpoint of the http runner (default: bench.http.url)')
        .addHelpText('after', `
Candidate and baseline trials run in pairs (order drawn at random in each pair); a regression is evidence
from a one-sided test on the per-pair ratios (bench.regression.test) AND a change of at least
bench.regression.minEffect. Exit code 1 when one is found, 3 when the trials cannot tell (inconclusive),
2 on a usage or configuration error.

Examples:
  $ modelship bench --model iris --trials 5 --duration 500ms
  $ modelship bench --baseline origin/main          # base commit's model measured beside this one
  $ modelship bench --baseline bench-main.json      # a stored report from the same machine type
  $ modelship bench --save .modelship/bench --format json`)
        .action(async (flags, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const loaded = await ctx.loadConfig();
            const log = ctx.format === 'text' && !ctx.quiet ? (line) => ctx.err(line) : undefined;
            const outcome = await (await bench_lazy.m0()).benchWithOptions(loaded, { ...flags, models: flags.model }, { cwd: ctx.cwd, env: ctx.env, log, progress: ctx.progress });
            const { report } = outcome;
            const text = [(await bench_lazy.m1()).renderText(report), outcome.savedAs ? `saved: ${outcome.savedAs}${outcome.pruned.length ? ` (pruned ${outcome.pruned.length} old run(s))` : ''}` : ''].filter(Boolean).join('\n');
            const verdict = report.regressed ? ctx.style.fail('verdict: regression detected') : 'verdict: no regression';
            return {
                exitCode: report.verdict === 'fail' ? errors/* ExitCode */.yU.Failed : report.verdict === 'inconclusive' ? errors/* ExitCode */.yU.Inconclusive : errors/* ExitCode */.yU.Pass,
                json: { ...report, savedAs: outcome.savedAs },
                text: report.regressed ? text.replace('verdict: regression detected', verdict) : text,
                verdict,
                // -q on a regression: the comparisons that regressed, then the verdict.
                quietText: [...text.split('\n').filter((line) => line.startsWith('  REGRESSED')), verdict].join('\n'),
            };
        }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/chatops.ts


const chatops_collect = (value, previous = []) => [...previous, value];
function registerChatopsCommands(program, io, done) {
    const chatops = program.command('chatops').description('try pull-request comment commands locally, against modelship.yml');
    chatops
        .command('parse')
        .description('show how a comment would be parsed and authorised, and the reply the chatops action would post')
        .argument('<comment>', 'the comment text, e.g. "/promote iris to production"')
        .option('--user <login>', 'who comments (default: octocat)')
        .option('--permission <role>', "the commenter's role on the repository: read, triage, write, maintain, admin or a custom role (default: write)")
        .option('--team <slug>', 'a team the commenter is an active member of (repeatable)', chatops_collect)
        .option('--merged', 'the pull request is merged')
        .option('--state <state>', 'open or closed (default: open, closed when --merged)')
        .option('--base <branch>', "the pull request's base branch (default: main)")
        .option('--fork', 'the pull request comes from a fork')
        .option('--check <name=conclusion>', 'a check run on the head commit, e.g. "tests=success" (repeatable)', chatops_collect)
        .option('--edited', 'the comment was edited, not created')
        .addHelpText('after', `
Runs the chatops action's own rules on facts you state instead of the GitHub API; nothing is deployed.

Exit codes: 0 authorised (or /help, /status), 1 refused or not a command, 2 usage or configuration error.

Examples:
  $ modelship chatops parse "/promote iris to production" --permission write
  $ modelship chatops parse "/deploy iris@1.2.0 to production" --permission admin --merged --check "tests=success"`)
        .action(async (comment, opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const loaded = await ctx.loadConfig();
            const { simulateComment, simulatedFacts } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(4354)]).then(__webpack_require__.bind(__webpack_require__, 54354));
            const { renderSimulation } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(1030)]).then(__webpack_require__.bind(__webpack_require__, 61030));
            const result = await simulateComment(comment, loaded, simulatedFacts(opts));
            const ok = result.decision === 'approved' || result.decision === 'done';
            return { exitCode: ok ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Failed, json: result, text: renderSimulation(result, ctx.style) };
        }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/config-check.ts


function registerConfigCommands(program, io, done) {
    const config = program.command('config').description('work with modelship.yml');
    config
        .command('check')
        .description('validate modelship.yml (the schema, the names and rules across sections, the files the models name) and print the resolved configuration')
        .addHelpText('after', `
Every model's path, card and metrics must exist; a missing one is an error at its line (exit 2), or a
warning when the model lists it under \`generated\` (a workflow step makes it before Modelship runs).

Examples:
  $ modelship config check
  $ modelship config check --config examples/iris/modelship.yml --format json`)
        .action(async (_opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            try {
                const loaded = await ctx.loadConfig();
                // yaml loads with the command, not at every start of the CLI.
                const { stringify } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
                const issues = await (await __webpack_require__.e(/* import() */ 5218).then(__webpack_require__.bind(__webpack_require__, 55218))).crossCheck(loaded);
                // Files the models name: missing ones are errors at their line, or warnings when declared `generated`.
                const paths = await (await __webpack_require__.e(/* import() */ 7534).then(__webpack_require__.bind(__webpack_require__, 17534))).checkModelPaths(loaded);
                issues.push(...paths.errors);
                if (issues.length > 0) {
                    issues.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
                    throw new errors/* ConfigError */.xL(issues);
                }
                const models = Object.keys(loaded.config.models);
                const sections = Object.keys(loaded.config).filter((k) => k !== 'version');
                const warnings = paths.warnings;
                const verdict = ctx.style.pass(`${loaded.file} is valid${warnings.length ? ` (${warnings.length} warning${warnings.length > 1 ? 's' : ''})` : ''}`);
                return {
                    exitCode: errors/* ExitCode */.yU.Pass,
                    json: { file: loaded.file, valid: true, issues: [], warnings, config: loaded.config },
                    verdict,
                    text: [
                        verdict,
                        ...warnings.map((w) => `  ${ctx.style.yellow('warning')} ${(0,errors/* formatLocation */.j$)(w.location)}: ${w.message}`),
                        `  models: ${models.join(', ')}`,
                        `  sections: ${sections.join(', ')}`,
                        '',
                        ctx.style.dim('# resolved configuration (${env:...} substituted)'),
                        stringify(loaded.config).trimEnd(),
                    ].join('\n'),
                };
            }
            catch (err) {
                // In JSON mode the issues are the result; the exit code stays 2 (configuration error).
                if (err instanceof errors/* ConfigError */.xL && ctx.format === 'json') {
                    ctx.out(JSON.stringify({ file: err.location?.file, valid: false, issues: err.issues }, null, 2));
                }
                throw err;
            }
        }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/demo.ts


// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const demo_lazy = {
    m0: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(663), __webpack_require__.e(6752), __webpack_require__.e(2088), __webpack_require__.e(1409), __webpack_require__.e(6070), __webpack_require__.e(1425), __webpack_require__.e(5222), __webpack_require__.e(3960), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(1464), __webpack_require__.e(9469), __webpack_require__.e(12), __webpack_require__.e(5158), __webpack_require__.e(2423), __webpack_require__.e(2871), __webpack_require__.e(3654), __webpack_require__.e(5655), __webpack_require__.e(3907), __webpack_require__.e(1452), __webpack_require__.e(571), __webpack_require__.e(6264), __webpack_require__.e(8556), __webpack_require__.e(1953), __webpack_require__.e(3835), __webpack_require__.e(1996), __webpack_require__.e(3305), __webpack_require__.e(2397)]).then(__webpack_require__.bind(__webpack_require__, 62397)),
};
function registerDemoCommand(program, io, done) {
    program
        .command('demo')
        .description('run the whole pipeline on the bundled example project (examples/iris), on the embedded local environment')
        .option('--workdir <dir>', 'folder for the demo\'s copy of the example and its report (default: a new temporary folder)')
        .option('--example <dir>', 'example project to run on (default: examples/iris)')
        .addHelpText('after', `
The example is copied first: your checkout is never changed. The report is written to <workdir>/report.md.

Examples:
  $ modelship demo
  $ modelship demo --workdir /tmp/demo --format json`)
        .action(async (opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const narrate = ctx.format === 'text' && !ctx.quiet ? (line) => ctx.out(line) : () => { };
            const report = await (await demo_lazy.m0()).runDemo({ workDir: opts.workdir, exampleDir: opts.example, log: narrate, progress: ctx.progress });
            const verdict = `${report.ok ? ctx.style.pass('demo complete') : ctx.style.fail('demo failed')}: ${report.steps.length} steps; report: ${report.reportPath}`;
            return {
                exitCode: report.ok ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Failed,
                json: report,
                text: `\n${verdict}`,
                verdict,
            };
        }));
    });
}

;// CONCATENATED MODULE: ./src/core/signals.ts
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

;// CONCATENATED MODULE: ./src/cli/commands/deploy.ts



// The engine loads when a command runs: `modelship --help` should not pay for it.
const engine = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(663), __webpack_require__.e(6752), __webpack_require__.e(2088), __webpack_require__.e(3960), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(1464), __webpack_require__.e(9469), __webpack_require__.e(12), __webpack_require__.e(5158), __webpack_require__.e(2423), __webpack_require__.e(3654), __webpack_require__.e(1452), __webpack_require__.e(8556), __webpack_require__.e(5717)]).then(__webpack_require__.bind(__webpack_require__, 18556));
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
        const ctx = contextFor(command, io);
        const dryRun = command.opts().dryRun === true;
        return execute(ctx, async () => {
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
                throw new errors.ModelshipError(`two different versions given: ${positional} and --model-version ${opts.modelVersion}`);
            const request = await (await requests()).deployRequest(loaded, { environment, model: opts.model, version: positional ?? opts.modelVersion, artifact: opts.artifact, resume: opts.resume }, cliSurface(ctx));
            const { deploy } = await engine();
            return abortOnSignals((signal) => deploy(loaded, request, { dryRun, signal, env: ctx.env }));
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
                throw new errors.ModelshipError(`two different models given: ${positional} and --model ${opts.model}`);
            const request = (await requests()).promoteRequest({ model: positional ?? opts.model, to: opts.to, version: opts.modelVersion }, cliSurface(ctx));
            const { promote } = await engine();
            return abortOnSignals((signal) => promote(loaded, request, { dryRun, signal, env: ctx.env }));
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
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const result = await (await engine()).status(await ctx.loadConfig(), { environment, model: opts.model });
            const text = (await renderer()).renderStatusText(result);
            // Status is an answer, not a verdict: -q prints all of it.
            return { exitCode: errors/* ExitCode */.yU.Pass, json: result, text, verdict: text };
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
            const ctx = contextFor(command, io);
            done(await execute(ctx, async () => {
                const loaded = await ctx.loadConfig();
                const dryRun = opts && command.opts().dryRun === true;
                const request = (await requests()).lockRequest(name, { environment, reason: opts.reason, force: opts.force }, cliSurface(ctx));
                const result = name === 'lock' ? await (await engine()).lock(loaded, request, { dryRun }) : await (await engine()).unlock(loaded, request, { dryRun });
                return { exitCode: errors/* ExitCode */.yU.Pass, json: result, text: result.message };
            }));
        });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/cli/commands/edge.ts




const edge_lazy = {
    client: () => Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(9074)]).then(__webpack_require__.bind(__webpack_require__, 9074)),
    signing: () => __webpack_require__.e(/* import() */ 8874).then(__webpack_require__.bind(__webpack_require__, 48874)),
};
function registerEdgeCommands(program, io, done) {
    const edge = program.command('edge').description('the device side of edge environments: a reference update client and signing keys');
    edge
        .command('fetch')
        .description('poll an edge channel: verify the signed manifest, its sequence, the model\'s size and sha256, then swap the model atomically')
        .requiredOption('--channel <dir|url>', 'the channel root (a folder, or the http(s) URL where it is served)')
        .requiredOption('--model <name>', 'the model to follow')
        .requiredOption('--device-id <id>', 'this device\'s id: decides whether it is in a rollout\'s share')
        .option('--public-key <file>', 'the trusted Ed25519 public key (PEM or base64 DER; default $MODELSHIP_EDGE_PUBLIC_KEY)')
        .option('--state <dir>', 'where the live model.onnx and state.json are kept (default .modelship/device)')
        .option('--runtime-version <semver>', 'this device\'s onnxruntime version, checked against the manifest\'s minRuntime')
        .addHelpText('after', `
Exit codes: 0 updated or already current; 1 kept the last good model (refused manifest or model, replay,
unreachable channel: the reason is printed); 2 usage error.

Example:
  $ modelship edge fetch --channel https://models.example.com/edge --model iris --device-id $(cat /etc/machine-id) --public-key edge.pub`)
        .action(async (opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const keyText = opts.publicKey ? readKey(external_node_path_default().resolve(ctx.cwd, opts.publicKey)) : ctx.env.MODELSHIP_EDGE_PUBLIC_KEY;
            if (!keyText)
                throw new errors.ModelshipError('no trusted public key: pass --public-key FILE or set MODELSHIP_EDGE_PUBLIC_KEY');
            const publicKey = (await edge_lazy.signing()).publicKeyFrom(keyText, opts.publicKey ?? 'MODELSHIP_EDGE_PUBLIC_KEY');
            const channel = /^https?:\/\//i.test(opts.channel) ? opts.channel : external_node_path_default().resolve(ctx.cwd, opts.channel);
            const result = await (await edge_lazy.client()).fetchModel({ channel, model: opts.model, deviceId: opts.deviceId, publicKey, stateDir: external_node_path_default().resolve(ctx.cwd, opts.state ?? '.modelship/device'), runtimeVersion: opts.runtimeVersion });
            const text = result.status === 'kept'
                ? `kept ${result.version ?? 'no model'} (last good): ${result.reason}`
                : `${result.status}: ${result.model} ${result.version} (manifest ${result.sequence}${result.rollout && result.rollout.share < 100 ? `, rollout ${result.rollout.share}%: ${result.rollout.inShare ? 'in' : 'not in'} the share` : ''}) -> ${result.modelFile}`;
            return { exitCode: result.status === 'kept' ? errors/* ExitCode */.yU.Failed : errors/* ExitCode */.yU.Pass, json: result, text };
        }));
    });
    edge
        .command('keygen')
        .description('make an Ed25519 key pair for signing edge manifests')
        .requiredOption('--out <dir>', 'writes edge-signing.key (private, mode 600: store it as a secret, then delete it) and edge-signing.pub')
        .action(async (opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const { mkdir, writeFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
            const keys = (await edge_lazy.signing()).generateSigningKeys();
            const dir = external_node_path_default().resolve(ctx.cwd, opts.out);
            await mkdir(dir, { recursive: true });
            // wx: never overwrite a key someone already uses.
            await writeFile(external_node_path_default().join(dir, 'edge-signing.key'), `${keys.privateKey}\n`, { mode: 0o600, flag: 'wx' });
            await writeFile(external_node_path_default().join(dir, 'edge-signing.pub'), `${keys.publicKey}\n`, { flag: 'wx' });
            return { exitCode: errors/* ExitCode */.yU.Pass, json: { keyId: keys.keyId, privateKey: external_node_path_default().join(dir, 'edge-signing.key'), publicKey: external_node_path_default().join(dir, 'edge-signing.pub') }, text: `key ${keys.keyId}: ${dir}/edge-signing.key (secret) and ${dir}/edge-signing.pub (give it to devices)` };
        }));
    });
}
function readKey(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new errors.ModelshipError(`cannot read the public key ${file}: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/gate.ts



// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const gate_lazy = {
    m0: () => __webpack_require__.e(/* import() */ 7794).then(__webpack_require__.bind(__webpack_require__, 87794)),
    m1: () => __webpack_require__.e(/* import() */ 1235).then(__webpack_require__.bind(__webpack_require__, 1235)),
    m2: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3960), __webpack_require__.e(1464), __webpack_require__.e(3654), __webpack_require__.e(4655)]).then(__webpack_require__.bind(__webpack_require__, 93654)),
    m3: () => __webpack_require__.e(/* import() */ 5218).then(__webpack_require__.bind(__webpack_require__, 55218)),
    m4: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3960), __webpack_require__.e(1464), __webpack_require__.e(6017)]).then(__webpack_require__.bind(__webpack_require__, 97554)),
};
const gate_collect = (value, previous = []) => [...previous, value];
function registerGateCommand(program, io, done) {
    program
        .command('gate')
        .description('evaluate metric gates: bounds, change vs a baseline, slices, fairness gaps and statistics')
        .argument('[name]', 'the gate to evaluate (default: every gate in modelship.yml)')
        .addOption(new esm/* Option */.c$('--candidate <source>', 'candidate metrics: a file (json, yaml, csv, model card .md, MLflow run folder); repeat to merge').argParser(gate_collect))
        .addOption(new esm/* Option */.c$('--baseline <source>', 'baseline metrics: a file, or FILE@REF for the file at a git ref (metrics.json@iris@v1.0.0 works: the split is at the first "@" after a path that exists); repeat to merge').argParser(gate_collect))
        .option('--baseline-ref <ref>', 'read the baseline (or, when none is configured, the candidate files) as they are at this git ref')
        .option('--blessing <dir>', 'write a TFX-style blessing folder (BLESSED or NOT_BLESSED, blessing.json)')
        .option('--seed <n>', 'seed for bootstrap statistics (default: the gate\'s seed, 42)')
        .addHelpText('after', `
Exit codes: 0 pass, 1 a check failed, 2 usage or configuration error, 3 inconclusive (nothing evaluated,
a source did not answer, or a weighted score in the marginal band).

Examples:
  $ modelship gate
  $ modelship gate quality --candidate models/v2/metrics.json --baseline models/v1/metrics.json
  $ modelship gate quality --baseline-ref origin/main --blessing out/blessing --format json`)
        .action(async (name, opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const loaded = await ctx.loadConfig();
            // Command-line paths are relative to where the user stands (src/gate/request.ts has the rules).
            const request = (await gate_lazy.m4()).gateRequest(opts, {
                cwd: ctx.cwd,
                labels: { candidate: '--candidate', baseline: '--baseline', baselineRef: '--baseline-ref', seed: '--seed', blessing: '--blessing' },
            });
            // The same cross-check as `config check`: a file it rejects is never gated.
            const issues = await (await gate_lazy.m3()).crossCheck(loaded);
            if (issues.length > 0)
                throw new errors/* ConfigError */.xL(issues);
            const run = await (await gate_lazy.m2()).runGate(loaded, name, {
                ...request.overrides,
                // `baseline: {live: {environment}}` reads the local deployment state, loaded only when a gate asks.
                live: { metricsForLiveVersion: async (environment, model) => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3960), __webpack_require__.e(1464), __webpack_require__.e(4745)]).then(__webpack_require__.bind(__webpack_require__, 24745))).liveBaselinesFromState(loaded).metricsForLiveVersion(environment, model) },
            });
            const blessing = request.blessingDir;
            if (blessing)
                await (await gate_lazy.m0()).writeBlessing(blessing, run.verdict, run.gates.map((g) => ({ gate: g.gate, verdict: g.verdict, reason: g.reason })));
            return {
                exitCode: run.exitCode,
                json: { verdict: run.verdict, checks: run.checks, gates: run.gates, blessing },
                text: (await gate_lazy.m1()).renderText(run, ctx.style, ctx.quiet) + (blessing ? `\nblessing: ${blessing}/${run.verdict === 'pass' ? 'BLESSED' : 'NOT_BLESSED'}` : ''),
            };
        }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/init.ts


function registerInitCommand(program, io, done) {
    program
        .command('init')
        .description('find the models in a repository and write a commented modelship.yml and the GitHub workflows')
        .argument('[dir]', 'the repository folder (default: the current folder)')
        .option('--dry-run', 'print the files instead of writing them')
        .option('--force', 'replace files that already exist')
        .option('--manifest', 'also write SHA256SUMS of the models, and check it in validate')
        .option('--no-workflows', 'do not write .github/workflows files')
        .addHelpText('after', `
Models are found by content, not by file name; ONNX signatures are read from the files, metrics files and
model cards are taken from the model's folder. Existing files are never replaced without --force.

Exit codes: 0 written (or printed), 2 nothing written: no model found, or a file exists.

Examples:
  $ modelship init --dry-run
  $ modelship init --manifest`)
        .action(async (dir, opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const { initRequest } = await __webpack_require__.e(/* import() */ 4891).then(__webpack_require__.bind(__webpack_require__, 44891));
            const { initProject } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(5422)]).then(__webpack_require__.bind(__webpack_require__, 85422));
            const { renderInitText } = await __webpack_require__.e(/* import() */ 7952).then(__webpack_require__.bind(__webpack_require__, 47952));
            const result = await initProject(initRequest({ ...opts, dir, config: ctx.configOption }, ctx.cwd));
            return { exitCode: errors/* ExitCode */.yU.Pass, json: result, text: renderInitText(result, ctx.style) };
        }));
    });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/cli/commands/monitor.ts






const monitor_lazy = {
    request: () => Promise.all(/* import() */[__webpack_require__.e(6070), __webpack_require__.e(5655), __webpack_require__.e(3907), __webpack_require__.e(9438)]).then(__webpack_require__.bind(__webpack_require__, 45151)),
    profileData: () => Promise.all(/* import() */[__webpack_require__.e(6070), __webpack_require__.e(3907), __webpack_require__.e(1908)]).then(__webpack_require__.bind(__webpack_require__, 91908)),
    drift: () => Promise.all(/* import() */[__webpack_require__.e(5655), __webpack_require__.e(7300)]).then(__webpack_require__.bind(__webpack_require__, 55655)),
    render: () => __webpack_require__.e(/* import() */ 688).then(__webpack_require__.bind(__webpack_require__, 50688)),
};
const list = (value, previous = []) => [...previous, ...value.split(',').map((s) => s.trim()).filter((s) => s !== '')];
const monitor_collect = (value, previous = []) => [...previous, value];
/** `modelship monitor profile|drift` (docs/monitor.md). */
function registerMonitorCommand(program, io, done) {
    const monitor = program.command('monitor').description('profile data with mergeable sketches; compute data and prediction drift between profiles');
    monitor
        .command('profile')
        .description('profile CSV, Parquet or JSON Lines data (a file, folder or glob) into a profile JSON')
        .argument('<data>', 'file, folder or glob')
        .option('--output <file>', 'write the profile JSON here')
        .addOption(new esm/* Option */.c$('--outputs <columns>', 'columns that are model outputs (predictions), comma-separated; repeatable').argParser(list))
        .addOption(new esm/* Option */.c$('--columns <columns>', 'profile only these input columns, comma-separated; repeatable').argParser(list))
        .addOption(new esm/* Option */.c$('--tensor <name=cols>', 'columns that are one model tensor, in order, e.g. features=a,b,c,d: serve names its live features by them; repeatable').argParser(monitor_collect))
        .option('--k <n>', 'KLL sketch size (default 200: rank error about 1.65%)')
        .addHelpText('after', `
Examples:
  $ modelship monitor profile data/train.parquet --outputs prediction --output reference.json
  $ modelship monitor profile 'logs/**/*.jsonl' --output current.json
  $ modelship monitor profile iris.csv --tensor features=sepal_length,sepal_width,petal_length,petal_width \
      --output .modelship/repository/iris/2.0.0/reference-profile.json`)
        .action(async (data, flags, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const k = flags.k === undefined ? undefined : Number(flags.k);
            if (k !== undefined && !(Number.isInteger(k) && k >= 8 && k <= 65535)) {
                const { ModelshipError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 74296));
                throw new ModelshipError(`--k: expected an integer in 8..65535, got "${flags.k}"`);
            }
            const tensors = (await monitor_lazy.request()).tensorColumns(flags.tensor ?? []);
            const { profile, files, unreadable } = await (await monitor_lazy.profileData()).profileData(data, ctx.cwd, { outputs: flags.outputs, columns: flags.columns, k, tensors });
            const json = profile.toJSON();
            if (flags.output)
                await (0,promises_.writeFile)(external_node_path_default().resolve(ctx.cwd, flags.output), `${JSON.stringify(json)}\n`);
            const text = (await monitor_lazy.render()).renderProfileText(profile, flags.output);
            const warning = unreadable.rows > 0 ? `\n${unreadable.rows} unreadable row(s) left out, first: ${unreadable.first.join('; ')}` : '';
            return { exitCode: errors/* ExitCode */.yU.Pass, json: { files, output: flags.output ?? null, unreadable, profile: json }, text: text + warning };
        }));
    });
    monitor
        .command('drift')
        .description('data and prediction drift between a reference and a current profile (or data files)')
        .requiredOption('--reference <file>', 'reference: a profile JSON or data (CSV, Parquet, JSON Lines)')
        .requiredOption('--current <file>', 'current: a profile JSON or data')
        .addOption(new esm/* Option */.c$('--outputs <columns>', 'when reading data: columns that are model outputs, comma-separated').argParser(list))
        .option('--drift-share <share>', 'dataset drift when at least this share of input features drifted (default 0.5)')
        .addOption(new esm/* Option */.c$('--correction <kind>', 'multiple-testing correction over p-value tests (default bh)').choices(['none', 'bonferroni', 'bh']))
        .option('--method <method>', 'one method for every feature: ks, wasserstein, psi, jensenshannon, chisquare, z (default: per feature, as Evidently chooses)')
        .option('--threshold <x>', 'threshold of --method')
        .addOption(new esm/* Option */.c$('--feature <name=method[:threshold]>', 'a feature\'s own method and/or threshold (NAME=:THRESHOLD keeps the default method); repeatable').argParser(monitor_collect))
        .option('--output <file>', 'also write the drift report JSON here (a metric source for gates: share, drift, ...)')
        .addHelpText('after', `
Exit codes: 0 no dataset drift, 1 dataset or prediction drift, 2 usage error.

Examples:
  $ modelship monitor drift --reference reference.json --current current.json
  $ modelship monitor drift --reference train.parquet --current today.csv --feature age=psi:0.2 --drift-share 0.3`)
        .action(async (flags, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const request = await monitor_lazy.request();
            // modelship.yml's `monitor:` section gives defaults when the file is there (or named with --config).
            const configFile = external_node_path_default().resolve(ctx.cwd, ctx.configOption ?? 'modelship.yml');
            const section = ctx.configOption !== undefined || (0,external_node_fs_.existsSync)(configFile) ? (await ctx.loadConfig()).config.monitor : undefined;
            const options = request.withConfigDefaults(request.driftOptions(flags), section);
            const reference = await request.loadProfile(flags.reference, ctx.cwd, { outputs: flags.outputs });
            const current = await request.loadProfile(flags.current, ctx.cwd, { outputs: flags.outputs });
            const report = (await monitor_lazy.drift()).computeDrift(reference, current, options);
            if (flags.output)
                await (0,promises_.writeFile)(external_node_path_default().resolve(ctx.cwd, flags.output), `${JSON.stringify(report, null, 2)}\n`);
            const drifted = report.drift || report.prediction.drift;
            return { exitCode: drifted ? errors/* ExitCode */.yU.Failed : errors/* ExitCode */.yU.Pass, json: report, text: (await monitor_lazy.render()).renderDriftText(report) };
        }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/optimize.ts


// Domains load when their command runs: `modelship --help` should not pay for onnxruntime.
const optimize_lazy = {
    request: () => Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(1409), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(9469), __webpack_require__.e(2871), __webpack_require__.e(9626)]).then(__webpack_require__.bind(__webpack_require__, 75726)),
    run: () => Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(1409), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(9469), __webpack_require__.e(2871), __webpack_require__.e(6991)]).then(__webpack_require__.bind(__webpack_require__, 85857)),
    render: () => __webpack_require__.e(/* import() */ 951).then(__webpack_require__.bind(__webpack_require__, 60951)),
};
function registerOptimizeCommand(program, io, done) {
    program
        .command('optimize')
        .description('write optimised ONNX variants (onnxruntime graph optimisation, float16, int8 weights) and measure them against the original')
        .argument('<model>', 'a model of modelship.yml, or an .onnx file')
        .option('-o, --out <dir>', 'where the variants go: <dir>/<variant>/model.onnx + metrics.json, <dir>/report.json (default .modelship/optimize/<model>)')
        .option('--variants <list>', 'graph, fp16, int8 (comma-separated; default all three)')
        .option('--graph-level <level>', 'onnxruntime optimisation level of the graph variant: basic (portable, default), extended, all (this CPU only)')
        .option('--fp16-block <ops>', 'op types kept in float32 besides the built-in block list (comma-separated)')
        .option('--int8-ops <ops>', 'op types whose weights are quantized (default MatMul,Gemm,Conv)')
        .option('--int8-exclude <names>', 'node names or op types never quantized (comma-separated)')
        .option('--per-tensor', 'one int8 scale per weight instead of one per output channel')
        .option('--data <csv>', 'evaluation rows: numeric feature columns plus the label column')
        .option('--label <column>', 'the label column of --data')
        .option('--classes <list>', 'class names in the order of the model output (default: sorted names)')
        .option('--no-web', 'skip the onnxruntime-web (WebAssembly) check')
        .option('--trials <n>', 'latency trials per model (default bench.trials, 8)')
        .addHelpText('after', `
Exit codes: 0 every variant was written, validates and keeps the signature; 1 one does not; 2 usage error.
Each variant's metrics.json (accuracy, agreement, max_abs_diff, size_bytes, load_ms, p50_ms, p99_ms,
web_runs) is a gate candidate; the original's is its baseline (docs/edge.md).

Examples:
  $ modelship optimize iris --data data/iris.csv --label species
  $ modelship optimize model.onnx --variants int8 --int8-exclude classifier --format json`)
        .action(async (model, opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const { optimizeRequest, isModelFile } = await optimize_lazy.request();
            // A file needs no configuration; one is read when present or named (its bench settings apply).
            const loaded = !isModelFile(model, ctx.cwd) || ctx.configOption !== undefined ? await ctx.loadConfig() : await ctx.loadConfig().catch(() => undefined);
            const request = optimizeRequest(model, opts, ctx.cwd, loaded);
            const report = await (await optimize_lazy.run()).runOptimize({ ...request, log: ctx.quiet ? undefined : (line) => ctx.err(line) });
            return { exitCode: report.verdict === 'pass' ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Failed, json: report, text: (await optimize_lazy.render()).renderOptimizeText(report) };
        }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/package.ts




// Domains load when their command runs: `modelship --help` should not pay for them.
const package_lazy = {
    build: () => __webpack_require__.e(/* import() */ 170).then(__webpack_require__.bind(__webpack_require__, 20170)),
    source: () => Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(3960), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(9469), __webpack_require__.e(8017)]).then(__webpack_require__.bind(__webpack_require__, 29059)),
    layout: () => __webpack_require__.e(/* import() */ 348).then(__webpack_require__.bind(__webpack_require__, 70348)),
    transfer: () => Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(2423), __webpack_require__.e(2741)]).then(__webpack_require__.bind(__webpack_require__, 82741)),
    reference: () => __webpack_require__.e(/* import() */ 2525).then(__webpack_require__.bind(__webpack_require__, 72525)),
    connect: () => Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(2423), __webpack_require__.e(7824)]).then(__webpack_require__.bind(__webpack_require__, 7824)),
    extract: () => __webpack_require__.e(/* import() */ 2493).then(__webpack_require__.bind(__webpack_require__, 82493)),
    versions: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2088), __webpack_require__.e(3960), __webpack_require__.e(1988), __webpack_require__.e(1464), __webpack_require__.e(12), __webpack_require__.e(1996), __webpack_require__.e(7230)]).then(__webpack_require__.bind(__webpack_require__, 21996)),
};
/** MODEL[@VERSION] -> the model and its version (the current released one when omitted). */
async function modelAndVersion(ctx, spec) {
    const at = spec.indexOf('@');
    if (at > 0)
        return { model: spec.slice(0, at), version: spec.slice(at + 1).replace(/^v/, '') };
    const plans = await (await package_lazy.versions()).planVersions(await ctx.loadConfig(), ctx.env, spec);
    const current = plans[0]?.current;
    if (!current)
        throw new errors.ModelshipError(`model "${spec}" has no released version yet`, { hint: `name one: modelship package ${spec}@1.0.0` });
    return { model: spec, version: current };
}
async function packageModel(ctx, spec, output, created) {
    const { model, version } = await modelAndVersion(ctx, spec);
    const source = await (await package_lazy.source()).packageSourceOf(await ctx.loadConfig(), model, version, ctx.env, created);
    if (source.verdict !== 'pass')
        throw new errors.ModelshipError(`${source.artifact} fails validation: a package is only made of an artifact that passes (run modelship validate for the findings)`, { exitCode: errors/* ExitCode */.yU.Failed });
    const dir = external_node_path_default().resolve(ctx.cwd, output ?? external_node_path_default().join('.modelship', 'package', `${model}-${version}`));
    const result = await (await package_lazy.build()).buildPackage(source, dir);
    return { model, version, ...result };
}
const isLayout = (dir) => (0,promises_.stat)(external_node_path_default().join(dir, 'oci-layout')).then(() => true, () => false);
/** `modelship package`, `modelship push`, `modelship pull`. */
function registerPackageCommands(program, io, done) {
    program
        .command('package <model>')
        .description('build a CNCF ModelPack artifact (OCI image layout) of MODEL[@VERSION]')
        .option('--output <dir>', 'layout folder (default .modelship/package/<model>-<version>)')
        .option('--created <time>', 'RFC 3339 creation time (default SOURCE_DATE_EPOCH, else the HEAD commit time): same inputs, same digest')
        .addHelpText('after', `
JSON: {"model","version","layout","tag","manifest":{"digest","mediaType","size"},"artifactType","config","layers":[...]}.
Exit codes: 0 packaged, 1 the artifact fails validation, 2 usage or configuration error.

Examples:
  $ modelship package iris@1.2.0
  $ modelship package iris --output build/iris --format json`)
        .action(async (spec, opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const result = await packageModel(ctx, spec, opts.output, opts.created);
            const text = [`${result.model} ${result.version}: ModelPack artifact in ${result.layout}`, ...result.layers.map((l) => `  ${l.mediaType}  ${l.annotations?.['org.cncf.model.filepath'] ?? ''}  ${l.size} bytes`), `packaged: ${result.manifest.digest}`].join('\n');
            return { exitCode: errors/* ExitCode */.yU.Pass, json: result, text };
        }));
    });
    program
        .command('push <source> <reference>')
        .description('push a package (an OCI layout folder, or MODEL[@VERSION] packaged on the fly) to registry/repository[:tag]')
        .option('--tag <tag>', 'the tag or digest inside the layout to push (default: its only manifest)')
        .option('--mount-from <repository>', 'mount blobs from this repository of the same registry instead of uploading them')
        .option('--no-attach', 'do not attach the validation report as a referrer')
        .option('--attach-score <file>', 'also attach this ML Test Score report (modelship score --format json) as a referrer')
        .option('--plain-http', 'speak HTTP to a loopback registry')
        .option('--ca <file>', 'trust this CA certificate (PEM) for the registry')
        .addHelpText('after', `
Credentials: MODELSHIP_REGISTRY_USERNAME/MODELSHIP_REGISTRY_PASSWORD, GITHUB_TOKEN for ghcr.io, or Docker's
config.json auths. The tag defaults to the package's version.
JSON: {"reference","digestReference","digest","mediaType","artifactType","tag","blobs":[{digest,mediaType,size,outcome}],"referrers":[...]}.

Examples:
  $ modelship push iris@1.2.0 ghcr.io/acme/models/iris
  $ modelship push build/iris registry.example.com/ml/iris:1.2.0 --format json`)
        .action(async (src, reference, opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const { parseReference } = await package_lazy.reference();
            const ref = parseReference(reference, 'push reference');
            if (ref.digest)
                throw new errors.ModelshipError(`push reference "${reference}" names a digest: push by tag (the digest is computed from the bytes)`);
            const dir = external_node_path_default().resolve(ctx.cwd, src);
            const { OciLayout } = await package_lazy.layout();
            const layout = (await isLayout(dir)) ? await OciLayout.open(dir) : await OciLayout.open((await packageModel(ctx, src, undefined, undefined)).layout);
            const desc = await layout.resolve(opts.tag);
            const tag = ref.tag ?? desc.annotations?.['org.opencontainers.image.ref.name'];
            // Read before anything is pushed: a missing file changes nothing in the registry.
            const score = opts.attachScore === undefined ? undefined : await (0,promises_.readFile)(external_node_path_default().resolve(ctx.cwd, opts.attachScore)).catch((err) => {
                throw new errors.ModelshipError(`--attach-score ${opts.attachScore}: ${err.message}`);
            });
            const client = await (await package_lazy.connect()).connectRegistry(ref.registry, ctx.env, { plainHttp: opts.plainHttp, caFile: opts.ca, log: (l) => ctx.err(l) });
            try {
                const { pushLayout, attachReferrer } = await package_lazy.transfer();
                const pushed = await pushLayout(client, layout, desc.digest, { ...ref, tag }, opts.mountFrom);
                const referrers = [];
                if (opts.attach) {
                    const manifest = JSON.parse((await layout.readBlob(desc)).toString('utf8'));
                    const report = manifest.layers.find((l) => l.annotations?.['org.cncf.model.filepath'] === '.modelship/validation.json');
                    if (report) {
                        const { REFERRER_TYPE } = await __webpack_require__.e(/* import() */ 420).then(__webpack_require__.bind(__webpack_require__, 80420));
                        const attached = await attachReferrer(client, ref.repository, { mediaType: pushed.mediaType, digest: pushed.digest, size: desc.size }, REFERRER_TYPE.validation, { bytes: await layout.readBlob(report), mediaType: 'application/json', title: 'validation.json' });
                        referrers.push({ artifactType: REFERRER_TYPE.validation, ...attached });
                    }
                }
                if (score) {
                    const { REFERRER_TYPE } = await __webpack_require__.e(/* import() */ 420).then(__webpack_require__.bind(__webpack_require__, 80420));
                    const attached = await attachReferrer(client, ref.repository, { mediaType: pushed.mediaType, digest: pushed.digest, size: desc.size }, REFERRER_TYPE.score, { bytes: score, mediaType: 'application/json', title: external_node_path_default().basename(opts.attachScore) });
                    referrers.push({ artifactType: REFERRER_TYPE.score, ...attached });
                }
                const uploaded = pushed.blobs.filter((b) => b.outcome === 'uploaded').length;
                const text = `pushed ${pushed.reference} (${uploaded} blob(s) uploaded, ${pushed.blobs.length - uploaded} already there)\ndeploy by digest: ${pushed.digestReference}`;
                return { exitCode: errors/* ExitCode */.yU.Pass, json: { ...pushed, referrers }, text };
            }
            finally {
                await client.close();
            }
        }));
    });
    program
        .command('pull <reference>')
        .description('pull registry/repository[:tag|@sha256:...] into an OCI layout, every blob verified against its digest')
        .option('--output <dir>', 'layout folder (default .modelship/pull/<repository>)')
        .option('--extract <dir>', 'also write the package files (model, card, metrics) into this new folder')
        .option('--install <root>', 'install a digest reference into this model repository as <root>/<model>/<version>/ (what modelship serve loads)')
        .option('--plain-http', 'speak HTTP to a loopback registry')
        .option('--ca <file>', 'trust this CA certificate (PEM) for the registry')
        .addHelpText('after', `
JSON: {"reference","digestReference","digest","mediaType","artifactType","tag","blobs":[...],"layout","files":[...]}.

Examples:
  $ modelship pull ghcr.io/acme/models/iris@sha256:... --extract models/iris`)
        .action(async (reference, opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            if (opts.install !== undefined) {
                const env = { ...ctx.env, ...(opts.plainHttp ? { MODELSHIP_REGISTRY_PLAIN_HTTP: '1' } : {}), ...(opts.ca ? { MODELSHIP_REGISTRY_CA: external_node_path_default().resolve(ctx.cwd, opts.ca) } : {}) };
                const installed = await (await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(2423), __webpack_require__.e(2655)]).then(__webpack_require__.bind(__webpack_require__, 12655))).installByDigest(reference, external_node_path_default().resolve(ctx.cwd, opts.install), env, {}, (l) => ctx.err(l));
                return { exitCode: errors/* ExitCode */.yU.Pass, json: installed, text: `installed ${installed.model} ${installed.version} from ${installed.reference}: ${installed.detail}` };
            }
            const ref = (await package_lazy.reference()).parseReference(reference, 'pull reference');
            const { OciLayout } = await package_lazy.layout();
            const layout = await OciLayout.create(external_node_path_default().resolve(ctx.cwd, opts.output ?? external_node_path_default().join('.modelship', 'pull', ref.repository.replaceAll('/', '_'))));
            const client = await (await package_lazy.connect()).connectRegistry(ref.registry, ctx.env, { plainHttp: opts.plainHttp, caFile: opts.ca, log: (l) => ctx.err(l) });
            try {
                const { manifest, ...pulled } = await (await package_lazy.transfer()).pullToLayout(client, ref, layout);
                const files = opts.extract ? await (await package_lazy.extract()).extractRawLayers(layout, manifest, external_node_path_default().resolve(ctx.cwd, opts.extract)) : [];
                const text = `pulled ${pulled.reference} into ${layout.dir}${files.length ? `\nextracted ${files.map((f) => f.path).join(', ')} into ${opts.extract}` : ''}`;
                return { exitCode: errors/* ExitCode */.yU.Pass, json: { ...pulled, layout: layout.dir, files }, text };
            }
            finally {
                await client.close();
            }
        }));
    });
}

// EXTERNAL MODULE: ./src/deploy/types.ts
var types = __webpack_require__(44130);
;// CONCATENATED MODULE: ./src/cli/commands/rollout.ts




const rollout_engine = () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(663), __webpack_require__.e(6752), __webpack_require__.e(2088), __webpack_require__.e(3960), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(1464), __webpack_require__.e(9469), __webpack_require__.e(12), __webpack_require__.e(5158), __webpack_require__.e(2423), __webpack_require__.e(3654), __webpack_require__.e(1452), __webpack_require__.e(8556), __webpack_require__.e(5717)]).then(__webpack_require__.bind(__webpack_require__, 18556));
const HELP = `
Actions (Argo Rollouts' verbs), through the environment's state journal:
  pause         hold the running rollout at its next step boundary (or past the end of its current pause)
  resume        lift a pause request (an indefinite \`pause: {}\` step still waits for promote)
  promote       end the current pause now (or the next one); analysis still judges the step
  promote-full  skip every remaining step, pause and analysis: all traffic to the new version
  abort         stop and return to the last good version (status: Degraded); with no process running the
                rollout, it is reverted here and now
  retry         re-run the newest rollout that failed or was aborted, from its first step (runs it here)

The running rollout applies a request between steps, or within a poll interval while it waits (local state
file: 250 ms; GitHub Deployments: 15 s). Exit codes: 0 requested (retry: deployed); 1 retry aborted;
2 refused: nothing in progress, nothing to retry, interrupted rollout, usage.

Examples:
  $ modelship rollout pause staging
  $ modelship rollout promote staging
  $ modelship rollout abort production
  $ modelship rollout retry staging`;
/** `modelship rollout ACTION ENV`: control of a running rollout (src/deploy/engine.ts control and retry). */
function registerRolloutCommand(program, io, done) {
    program
        .command('rollout')
        .description('steer a running rollout: pause, resume, promote, promote-full, abort, or retry an aborted one')
        .argument('<action>', types/* ROLLOUT_ACTIONS */.m.join('|'))
        .argument('<environment>', 'environment under `environments:`')
        .option('--model <name>', 'model (default: the only one)')
        .option('--dry-run', 'say what would be done; change nothing')
        .addHelpText('after', HELP)
        .action(async (action, environment, opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            if (!types/* ROLLOUT_ACTIONS */.m.includes(action))
                throw new errors.ModelshipError(`unknown rollout action "${action}"`, { hint: `actions: ${types/* ROLLOUT_ACTIONS */.m.join(', ')}` });
            const loaded = await ctx.loadConfig();
            const dryRun = command.opts().dryRun === true;
            const request = { environment, model: opts.model, action: action, actor: (await __webpack_require__.e(/* import() */ 7314).then(__webpack_require__.bind(__webpack_require__, 67314))).userOf(ctx.env) };
            const api = await rollout_engine();
            if (action === 'retry') {
                const result = await abortOnSignals((signal) => api.retry(loaded, request, { dryRun, signal }));
                const text = (await __webpack_require__.e(/* import() */ 7015).then(__webpack_require__.bind(__webpack_require__, 37015))).renderResultText(result);
                return { exitCode: api.exitCodeOf(result), json: result, text, verdict: text.split('\n')[0] };
            }
            const result = await api.control(loaded, { ...request, action: action }, { dryRun });
            return { exitCode: errors/* ExitCode */.yU.Pass, json: result, text: `${result.outcome.toUpperCase()}: ${result.message}` };
        }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/score.ts






// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const score_lazy = {
    m0: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1425), __webpack_require__.e(3960), __webpack_require__.e(12), __webpack_require__.e(6264), __webpack_require__.e(8945)]).then(__webpack_require__.bind(__webpack_require__, 90419)),
};
function registerScoreCommand(program, io, done) {
    program
        .command('score')
        .description('score the project with the ML Test Score rubric (Breck et al., 2017)')
        .option('--root <dir>', 'repository root holding .github/ and the evidence (default: the configuration file\'s folder)')
        .option('--badge <file>', 'write an SVG badge of the score to FILE')
        .addOption(new esm/* Option */.c$('--base-report <file>', 'compare with a previous JSON report').conflicts('baseRef'))
        .option('--base-ref <ref>', 'compare with the score at a git ref (e.g. origin/main), read with git show')
        .option('--minimum <score>', 'fail (exit 1) below this score (overrides score.minimum)')
        .option('--explain', 'show, for each point, the exact evidence and every fact checked to count it')
        .addHelpText('after', `
Without modelship.yml (and no --config) the repository is scored as it is, with no declared evidence:
0 for a bare repository, and the three cheapest next tests to raise it.

Exit codes: 0 at or above the minimum (or none set), 1 below it, 2 configuration or usage error.

Examples:
  $ modelship score
  $ modelship score --config examples/iris/modelship.yml --format json
  $ modelship score --base-ref origin/main --badge docs/ml-test-score.svg --minimum 2
  $ modelship score --explain                           # why each point counts`)
        .action(async (opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            let minimum;
            if (opts.minimum !== undefined) {
                minimum = Number(opts.minimum);
                if (opts.minimum.trim() === '' || !Number.isFinite(minimum) || minimum < 0 || minimum > 7) {
                    throw new errors.ModelshipError(`--minimum is "${opts.minimum}", expected a number from 0 to 7`);
                }
            }
            // The first command a curious user runs: a repository without modelship.yml is scored, not refused.
            // A --config that names a missing file is still a usage error (exit 2).
            const configured = ctx.configOption !== undefined || (0,external_node_fs_.existsSync)(external_node_path_default().resolve(ctx.cwd, config_file/* DEFAULT_CONFIG_FILE */.C));
            const loaded = configured ? await ctx.loadConfig() : (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(12), __webpack_require__.e(4456)]).then(__webpack_require__.bind(__webpack_require__, 50012))).unconfigured(ctx.cwd);
            const root = opts.root ? external_node_path_default().resolve(ctx.cwd, opts.root) : undefined;
            const report = await (await score_lazy.m0()).scoreProject({
                loaded,
                root,
                minimum,
                badge: opts.badge ? external_node_path_default().resolve(ctx.cwd, opts.badge) : undefined,
                baseReport: opts.baseReport ? external_node_path_default().resolve(ctx.cwd, opts.baseReport) : undefined,
                baseRef: opts.baseRef,
            });
            if (!configured) {
                report.findings.push({
                    severity: 'note', code: 'no-config',
                    message: `no ${config_file/* DEFAULT_CONFIG_FILE */.C} in ${ctx.cwd}: scored from what the repository holds (workflows, tests), with no declared evidence`,
                    hint: `declare evidence under score.tests in ${config_file/* DEFAULT_CONFIG_FILE */.C} (docs/score.md)`,
                });
            }
            const { formatScore, renderText } = await score_lazy.m0();
            const text = renderText(report, ctx.style, ctx.cwd, { explain: opts.explain === true });
            const score = `ML Test Score ${formatScore(report.score)} / 7, band ${report.band}`;
            const verdict = report.minimum === null ? score : report.passed ? ctx.style.pass(`${score} meets the minimum ${formatScore(report.minimum)}`) : ctx.style.fail(`${score} is below the minimum ${formatScore(report.minimum)}`);
            return {
                exitCode: report.passed ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Failed,
                json: report,
                text: opts.badge ? `${text}\n${ctx.style.dim(`badge (${formatScore(report.score)}) written to ${opts.badge}`)}` : text,
                verdict,
                quietText: verdict,
            };
        }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/serve.ts



// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const serve_lazy = {
    m0: () => __webpack_require__.e(/* import() */ 6134).then(__webpack_require__.bind(__webpack_require__, 36134)),
    m1: () => __webpack_require__.e(/* import() */ 6425).then(__webpack_require__.bind(__webpack_require__, 6425)),
    m2: () => Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(5222), __webpack_require__.e(5655), __webpack_require__.e(3907), __webpack_require__.e(571), __webpack_require__.e(1953), __webpack_require__.e(3503)]).then(__webpack_require__.bind(__webpack_require__, 21953)),
};
function integer(value, flag, min, max = Number.MAX_SAFE_INTEGER) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min || n > max)
        throw new errors.ModelshipError(`${flag} must be an integer from ${min} to ${max}, got "${value}"`);
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
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const repository = await (await serve_lazy.m1()).resolveRepository(ctx.cwd, flags.repository, flags.env, () => ctx.loadConfig());
            const s = await (0,promises_.stat)(repository).catch(() => undefined);
            if (!s?.isDirectory())
                throw new errors.ModelshipError(`model repository ${repository} is not a folder`, { hint: 'deploy to the local environment first, or pass --repository DIR' });
            const port = integer(flags.port, '--port', 0, 65535);
            const log = flags.accessLog ? (await serve_lazy.m0()).fileLog(flags.accessLog) : (await serve_lazy.m0()).streamLog((line) => io.stderr(line));
            const signal = shutdownSignal();
            const server = await (await serve_lazy.m2()).startServer({
                repository,
                host: flags.host,
                port,
                pollMs: integer(flags.poll, '--poll', 10),
                limits: { maxBodyBytes: integer(flags.maxBody, '--max-body', 1), concurrency: integer(flags.concurrency, '--concurrency', 1), queue: integer(flags.queue, '--queue', 0), timeoutMs: flags.timeout },
                batch: { maxSize: integer(flags.maxBatch, '--max-batch', 1, 65536), maxDelayMs: integer(flags.batchDelay, '--batch-delay', 0, 1000) },
                log,
                monitoring: flags.monitoring === false ? false : undefined,
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
            return { exitCode: errors/* ExitCode */.yU.Pass, json: { event: 'stopped', signal: sig, url: server.url }, text: `stopped on ${sig}` };
        }));
    });
}
/** Reverts stalled rollouts of `envName` while serving, and re-reads routing at once when it did. */
async function watchRollouts(loaded, envName, intervalMs, reload, log) {
    const [{ environmentOf }, { watchStalledRollouts }] = await Promise.all([__webpack_require__.e(/* import() */ 9621).then(__webpack_require__.bind(__webpack_require__, 29621)), Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(12), __webpack_require__.e(5158), __webpack_require__.e(1452), __webpack_require__.e(3330)]).then(__webpack_require__.bind(__webpack_require__, 21452))]);
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

;// CONCATENATED MODULE: ./src/cli/commands/validate.ts






// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const validate_lazy = {
    m0: () => __webpack_require__.e(/* import() */ 8926).then(__webpack_require__.bind(__webpack_require__, 88926)),
    m1: () => __webpack_require__.e(/* import() */ 1463).then(__webpack_require__.bind(__webpack_require__, 81463)),
    m2: () => Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(9469), __webpack_require__.e(6717)]).then(__webpack_require__.bind(__webpack_require__, 80271)),
    m3: () => __webpack_require__.e(/* import() */ 4807).then(__webpack_require__.bind(__webpack_require__, 14807)),
};
function registerValidateCommand(program, io, done) {
    program
        .command('validate')
        .description('check model files: what they really are, whether they are intact, whether they are safe (fail-closed)')
        .argument('[paths...]', 'files or folders (default: the models in modelship.yml)')
        .option('-m, --manifest <file>', 'check files against this manifest (sha256sum format or JSON); folders use their SHA256SUMS automatically')
        .option('--fail-on-warning', 'fail on warnings too')
        .option('--notes', 'show notes in the text output')
        .addHelpText('after', `
Exit codes: 0 every file passed, 1 a file was rejected, 2 usage error.

Examples:
  $ modelship validate                                  # the configured models
  $ modelship validate models/ --format sarif > validate.sarif
  $ modelship validate model.safetensors --manifest SHA256SUMS --format json`)
        .action(async (paths, opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const request = (await validate_lazy.m3()).validateRequest({ paths, manifest: opts.manifest, failOnWarning: opts.failOnWarning, configNamed: ctx.configOption !== undefined }, ctx.cwd);
            // Optional unless named (src/validate/request.ts): its limits and policy apply when present.
            const optional = request.configuration === 'if-present' && !(0,external_node_fs_.existsSync)(external_node_path_default().resolve(ctx.cwd, config_file/* DEFAULT_CONFIG_FILE */.C));
            const loaded = optional ? undefined : await ctx.loadConfig();
            const report = await (await validate_lazy.m2()).runValidation({ paths: request.paths, cwd: ctx.cwd, loaded, manifest: request.manifest, failOnWarning: request.failOnWarning, progress: ctx.progress });
            const { renderText } = await validate_lazy.m0();
            const style = { pass: ctx.style.green, fail: ctx.style.red, dim: ctx.style.dim, yellow: ctx.style.yellow };
            const text = renderText(report, style, { notes: opts.notes });
            const verdict = text.slice(text.lastIndexOf('\n') + 1);
            // -q on a failure: the rejected files with their findings, then the verdict over all files.
            const rejected = renderText({ ...report, artifacts: report.artifacts.filter((a) => a.verdict === 'fail') }, style, { notes: opts.notes });
            return {
                exitCode: report.verdict === 'pass' ? errors/* ExitCode */.yU.Pass : errors/* ExitCode */.yU.Failed,
                json: report,
                text,
                verdict,
                quietText: `${rejected.slice(0, rejected.lastIndexOf('\n'))}\n${verdict}`,
                // URIs are relative to the repository root, also when run from a sub-folder with --config ../modelship.yml.
                sarif: await (async () => {
                    const sarif = await validate_lazy.m1();
                    return sarif.renderSarif(report, version/* VERSION */.x, { cwd: ctx.cwd, root: sarif.findRepositoryRoot(ctx.cwd, loaded ? external_node_path_default().dirname(loaded.file) : undefined) });
                })(),
            };
        }, { sarif: true }));
    });
}

;// CONCATENATED MODULE: ./src/cli/commands/version.ts




// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const version_lazy = {
    m0: () => Promise.all(/* import() */[__webpack_require__.e(3960), __webpack_require__.e(4893)]).then(__webpack_require__.bind(__webpack_require__, 74893)),
    m1: () => __webpack_require__.e(/* import() */ 9054).then(__webpack_require__.bind(__webpack_require__, 39054)),
    m2: () => Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2088), __webpack_require__.e(3960), __webpack_require__.e(1988), __webpack_require__.e(1464), __webpack_require__.e(12), __webpack_require__.e(1996), __webpack_require__.e(7230)]).then(__webpack_require__.bind(__webpack_require__, 21996)),
    m3: () => __webpack_require__.e(/* import() */ 7709).then(__webpack_require__.bind(__webpack_require__, 47709)),
};
/** `modelship version [MODEL]` and `modelship release [MODEL]`. */
function registerVersionCommands(program, io, done) {
    program
        .command('version [model]')
        .description('compute the next semantic version of each model from what changed since its last tag')
        .option('--prerelease <id>', 'pre-release: rc (-rc.N) or pr.<number> (-pr.<number>.N)')
        .option('--as <version>', 'use this version instead of the computed one (must be above the current one)')
        .addHelpText('after', `
JSON: one {"model","current","next","bump","tag","reasons":[{kind,message,bump}],...} for MODEL,
an array of them (configuration order) when MODEL is omitted.

Examples:
  $ modelship version iris
  $ modelship version --format json
  $ modelship version iris --prerelease pr.42`)
        .action(async (model, opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const loaded = await ctx.loadConfig();
            const prerelease = (await version_lazy.m3()).prereleaseOf(opts.prerelease, loaded, undefined, '--prerelease');
            const plans = await (await version_lazy.m2()).planVersions(loaded, ctx.env, model, { prerelease, as: opts.as });
            const texts = plans.map((await version_lazy.m1()).planText);
            // -q: one line per model (current -> next, tag), without the reasons.
            return { exitCode: errors/* ExitCode */.yU.Pass, json: model === undefined ? plans : plans[0], text: texts.join('\n\n'), verdict: texts.map(firstLine).join('\n') };
        }));
    });
    program
        .command('release [model]')
        .description('tag the next version of each model and publish its release notes')
        .option('--dry-run', 'print what would be done and change nothing')
        .option('--push', 'push the tags to the remote (release.remote, default origin)')
        .option('--floating-major', 'also move the floating major tag (e.g. iris@v1)')
        .option('--no-floating-major', 'do not move the floating major tag, whatever release.floatingMajor says')
        .option('--prerelease <id>', 'pre-release: rc (-rc.N) or pr.<number> (-pr.<number>.N)')
        .option('--as <version>', 'release this version instead of the computed one (must be above the current one)')
        .option('--oci <registry/repository>', 'also package each released version as a ModelPack OCI artifact, push it (tag = version) and put its digest in the notes')
        .addOption(new esm/* Option */.c$('--publisher <kind>', 'git: annotated tags in this clone; github: tag and GitHub Release through the API (GITHUB_TOKEN, GITHUB_REPOSITORY)').choices(['git', 'github']).default('git'))
        .addHelpText('after', `
Refuses, changing nothing, when: the model's files have uncommitted changes, the tag exists on another
commit, a higher version is already tagged, or the tag cannot be pushed. Running it twice creates nothing
twice. Exit codes: 0 released (or nothing to release), 1 refused, 2 usage or configuration error.

Examples:
  $ modelship release iris --dry-run
  $ modelship release iris --push --floating-major
  $ GITHUB_TOKEN=... GITHUB_REPOSITORY=o/r modelship release --publisher github`)
        .action(async (model, opts, command) => {
        const ctx = contextFor(command, io);
        done(await execute(ctx, async () => {
            const loaded = await ctx.loadConfig();
            const prerelease = (await version_lazy.m3()).prereleaseOf(opts.prerelease, loaded, undefined, '--prerelease');
            const github = opts.publisher === 'github' ? await (await Promise.all(/* import() */[__webpack_require__.e(4239), __webpack_require__.e(6394)]).then(__webpack_require__.bind(__webpack_require__, 26394))).gitHubReleasePublisher({ token: ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN, env: ctx.env, tokenFrom: 'GITHUB_TOKEN (or GH_TOKEN)' }) : undefined;
            const { GitPublisher } = await version_lazy.m0();
            const results = await (await version_lazy.m2()).releaseModels(loaded, ctx.env, model, (repo) => github ?? new GitPublisher(repo.git, { push: opts.push === true, remote: repo.settings.remote }), { dryRun: opts.dryRun === true, floatingMajor: opts.floatingMajor, prerelease, as: opts.as, ship: shipTo(opts.oci, loaded, ctx.cwd, ctx.env) });
            await attachNotes(results, ctx.env);
            const texts = results.map((await version_lazy.m1()).releaseText);
            return { exitCode: errors/* ExitCode */.yU.Pass, json: model === undefined ? results : results[0], text: texts.join('\n\n'), verdict: texts.map(firstLine).join('\n') };
        }));
    });
}
/** The release notes of each version pushed with --oci, attached to its manifest as a referrer. */
async function attachNotes(results, env) {
    for (const r of results) {
        if (!r.oci || !r.notes)
            continue;
        const [{ attachDocument }, { REFERRER_TYPE }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(6752), __webpack_require__.e(3960), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(9469), __webpack_require__.e(2423), __webpack_require__.e(2542)]).then(__webpack_require__.bind(__webpack_require__, 10252)), __webpack_require__.e(/* import() */ 420).then(__webpack_require__.bind(__webpack_require__, 80420))]);
        await attachDocument(r.oci, REFERRER_TYPE.releaseNotes, { bytes: Buffer.from(r.notes), mediaType: 'text/markdown', title: 'release-notes.md' }, env, { plainHttp: plainHttpFrom(env) });
    }
}
const plainHttpFrom = (env) => env.MODELSHIP_REGISTRY_PLAIN_HTTP === '1' || env.MODELSHIP_REGISTRY_PLAIN_HTTP === 'true';
const firstLine = (text) => text.split('\n')[0];
/** `release --oci REPO`: each released version packaged and pushed; its digest reference goes into the notes. */
function shipTo(repository, loaded, cwd, env) {
    if (repository === undefined)
        return undefined;
    return async (model, version) => {
        const { shipPackage } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(6752), __webpack_require__.e(3960), __webpack_require__.e(1988), __webpack_require__.e(3095), __webpack_require__.e(9469), __webpack_require__.e(2423), __webpack_require__.e(2542)]).then(__webpack_require__.bind(__webpack_require__, 10252));
        const shipped = await shipPackage(loaded, model, version, repository, env, { plainHttp: plainHttpFrom(env), outputRoot: external_node_path_default().join(cwd, '.modelship', 'package') });
        return { reference: shipped.push.digestReference };
    };
}

;// CONCATENATED MODULE: ./src/cli/commands/index.ts

















/** Every CLI command, one file each. */
const COMMANDS = [registerInitCommand, registerConfigCommands, registerDemoCommand, registerBenchCommand, registerScoreCommand, registerGateCommand, registerValidateCommand, registerVersionCommands, registerServeCommand, registerDeployCommands, registerRolloutCommand, registerChatopsCommands, registerBatchCommand, registerOptimizeCommand, registerEdgeCommands, registerMonitorCommand, registerPackageCommands];

;// CONCATENATED MODULE: ./src/cli/program.ts



/** Parses argv, runs one command and resolves to its exit code (0 pass, 1 failed, 2 usage, 3 inconclusive). */
async function runCli(argv, io) {
    let exitCode = 0;
    const program = new esm/* Command */.uB('modelship')
        .description('Ship machine-learning models from GitHub: validate, score, benchmark, gate, version, release and deploy.')
        .version(version/* VERSION */.x, '-V, --version')
        .option('-c, --config <file>', 'configuration file (default: modelship.yml in the current folder)')
        .addOption(new esm/* Option */.c$('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
        .option('-q, --quiet', 'print only failures and the verdict line (a passing command prints just its verdict)')
        .option('--no-color', 'no colour in text output (NO_COLOR is honoured too)')
        .showSuggestionAfterError(true)
        .showHelpAfterError('(run `modelship --help` for usage)')
        .exitOverride()
        .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
        .addHelpText('after', `
Exit codes: 0 pass, 1 check failed, 2 usage or configuration error, 3 inconclusive.

Examples:
  $ modelship demo
  $ modelship config check --config examples/iris/modelship.yml`);
    for (const register of COMMANDS)
        register(program, io, (code) => (exitCode = code));
    // Subcommands inherit overrides so their usage errors also exit 2 instead of killing the process.
    for (const cmd of allCommands(program))
        cmd.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
    try {
        await program.parseAsync(argv, { from: 'user' });
    }
    catch (err) {
        if (err instanceof esm/* CommanderError */.b7) {
            if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
                return 0;
            return 2;
        }
        throw err;
    }
    return exitCode;
}
function allCommands(cmd) {
    return cmd.commands.flatMap((c) => [c, ...allCommands(c)]);
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

/***/ 44130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ROLLOUT_ACTIONS)
/* harmony export */ });
/** `modelship rollout ACTION ENV`: the control verbs of a rollout (Argo Rollouts' kubectl plugin verbs). */
const ROLLOUT_ACTIONS = ['pause', 'resume', 'promote', 'promote-full', 'abort', 'retry'];


/***/ })

};
