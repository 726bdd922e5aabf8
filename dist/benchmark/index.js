import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4277:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: benchmarkAction

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/config-file.ts
var config_file = __nccwpck_require__(8120);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/core/workflow-run.ts
/**
 * The page of the GitHub Actions run this process belongs to, from the variables the runner sets
 * (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT); undefined outside a run.
 * A re-run links its own attempt, so a deployment's log or a release's provenance points at the run that made it.
 */
function workflowRunUrl(env) {
    const repository = env.GITHUB_REPOSITORY;
    const run = env.GITHUB_RUN_ID;
    if (!repository || !run)
        return undefined;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
    return `${server}/${repository}/actions/runs/${run}${attempt}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/actions/runtime/context.ts


async function writeJsonReport(env, name, data) {
    const dir = external_node_path_default().join(env.RUNNER_TEMP || external_node_path_default().join(process.cwd(), '.modelship'), 'modelship');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, `${name}.json`);
    await (0,promises_.writeFile)(file, `${JSON.stringify(data, null, 2)}\n`);
    return file;
}
/** Path of a file relative to the workspace, as annotations need it. */
function workspaceRelative(workspace, file) {
    const rel = external_node_path_default().relative(workspace, file);
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? file : rel.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/actions/runtime/event.ts

/** Read once per run by the runtime; every action gets it from its context. */
function readEvent(env) {
    const name = env.GITHUB_EVENT_NAME || undefined;
    if (!env.GITHUB_EVENT_PATH)
        return { name, payload: null };
    try {
        return { name, payload: JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8')) };
    }
    catch {
        return { name, payload: null };
    }
}

// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __nccwpck_require__(8571);
;// CONCATENATED MODULE: ./src/actions/runtime/inputs.ts


/** Typed access to action inputs, each error naming the input and what was expected. */
class Inputs {
    read;
    constructor(read) {
        this.read = read;
    }
    string(name, options = {}) {
        const raw = this.read(name).trim();
        if (raw === '') {
            if (options.required)
                throw new errors/* ModelshipError */.W7(`input "${name}" is required`, { hint: `set it under \`with:\` in the workflow step` });
            return options.default;
        }
        return raw;
    }
    requiredString(name) {
        return this.string(name, { required: true });
    }
    boolean(name, fallback) {
        const raw = this.read(name).trim();
        if (raw === '')
            return fallback;
        // The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts.
        if (['true', 'True', 'TRUE'].includes(raw))
            return true;
        if (['false', 'False', 'FALSE'].includes(raw))
            return false;
        throw new errors/* ModelshipError */.W7(`input "${name}" is "${raw}", expected true or false`);
    }
    number(name, options = {}) {
        const raw = this.read(name).trim();
        if (raw === '')
            return options.default;
        const value = Number(raw);
        const kind = options.integer ? 'an integer' : 'a number';
        if (!Number.isFinite(value) || (options.integer && !Number.isInteger(value))) {
            throw new errors/* ModelshipError */.W7(`input "${name}" is "${raw}", expected ${kind}`);
        }
        if (options.min !== undefined && value < options.min)
            throw new errors/* ModelshipError */.W7(`input "${name}" is ${value}, expected ${kind} >= ${options.min}`);
        if (options.max !== undefined && value > options.max)
            throw new errors/* ModelshipError */.W7(`input "${name}" is ${value}, expected ${kind} <= ${options.max}`);
        return value;
    }
    /** A list: one item per line, or comma-separated on one line; blanks and `#` comments dropped. */
    list(name) {
        const raw = this.read(name);
        const lines = raw.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
        if (lines.length === 1)
            return lines[0].split(',').map((s) => s.trim()).filter(Boolean);
        return lines;
    }
    /** Milliseconds from `30s`, `5m`, `1h30m` or a number of seconds. */
    duration(name, fallbackMs) {
        const raw = this.read(name).trim();
        if (raw === '')
            return fallbackMs;
        return (0,duration/* parseDuration */.E)(raw, `input "${name}"`);
    }
    choice(name, choices, fallback) {
        const raw = this.read(name).trim();
        if (raw === '')
            return fallback;
        if (!choices.includes(raw))
            throw new errors/* ModelshipError */.W7(`input "${name}" is "${raw}", expected one of ${choices.join(', ')}`);
        return raw;
    }
}

;// CONCATENATED MODULE: ./src/actions/runtime/pull-request.ts
/** A full commit SHA, or undefined: what an event says is never used as a ref unchecked. */
function commitSha(value) {
    return typeof value === 'string' && /^[0-9a-f]{40}$/.test(value) ? value : undefined;
}
/**
 * The pull request of an event payload: a `pull_request`/`pull_request_target` payload, or an `issue_comment`
 * on a pull request. Undefined for any other event or an unreadable payload.
 */
function pullRequestOf(payload) {
    if (payload === null || typeof payload !== 'object')
        return undefined;
    const event = payload;
    const pr = event.pull_request;
    const n = pr?.number ?? (event.issue?.pull_request ? event.issue.number : undefined);
    if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0)
        return undefined;
    return { number: n, baseSha: commitSha(pr?.base?.sha), headSha: commitSha(pr?.head?.sha) };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/actions/runtime/runner.ts


function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,...::message`, escaped the way the runner unescapes. */
function workflowCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/** One `name<<delimiter` block for GITHUB_OUTPUT / GITHUB_ENV. */
function fileCommandBlock(name, value, delimiter = `ghadelimiter_${crypto.randomUUID()}`) {
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name} contains its delimiter`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
function createRunner(env = process.env, write = (l) => process.stdout.write(l + external_node_os_.EOL)) {
    const issue = (line) => write(line);
    return {
        getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
        setOutput(name, value) {
            const file = env.GITHUB_OUTPUT;
            if (file)
                (0,external_node_fs_.appendFileSync)(file, fileCommandBlock(name, value), 'utf8');
            else
                issue(workflowCommand('set-output', { name }, value)); // runners older than the file protocol
        },
        appendSummary(markdown) {
            const file = env.GITHUB_STEP_SUMMARY;
            if (file)
                (0,external_node_fs_.appendFileSync)(file, markdown.endsWith(external_node_os_.EOL) ? markdown : markdown + external_node_os_.EOL, 'utf8');
        },
        annotate(level, message, p = {}) {
            issue(workflowCommand(level, { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }, message));
        },
        setSecret(value) {
            if (value)
                issue(workflowCommand('add-mask', {}, value));
        },
        setFailed(message) {
            process.exitCode = 1;
            issue(workflowCommand('error', {}, message));
        },
        info: (message) => write(message),
        debug: (message) => issue(workflowCommand('debug', {}, message)),
        isDebug: () => env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG === 'true',
    };
}

;// CONCATENATED MODULE: ./src/actions/runtime/main.ts










/**
 * Runs one action the way every Modelship action runs: typed inputs in, the body, outputs and summary out,
 * and any error turned into one clean failure message (the stack only with step debug logging on).
 */
async function runActionSpec(spec, env = process.env, runner = createRunner(env)) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const summaryParts = [];
    let event;
    let pullRequest;
    const inputs = new Inputs((name) => runner.getInput(name));
    const configFile = () => external_node_path_default().resolve(workspace, inputs.string('config') ?? config_file/* DEFAULT_CONFIG_FILE */.C);
    // Octokit is loaded on demand: it is most of a bundle's start-up, and most runs make no call.
    const github = async (token) => {
        const { createGitHubClient, repoFromEnv } = await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(851)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8851));
        return { client: createGitHubClient({ token, env, log: { debug: ctx.debug, warning: ctx.warning } }), repo: repoFromEnv(env) };
    };
    const annotate = (a) => {
        const props = { title: a.title };
        if (a.location) {
            props.file = workspaceRelative(workspace, a.location.file);
            props.startLine = a.location.line;
            props.startColumn = a.location.column;
        }
        runner.annotate(a.level, a.message, props);
    };
    const ctx = {
        inputs,
        workspace,
        env,
        // The parser is loaded only once the file is there: YAML and the schema validator are most of a bundle's
        // start-up, and a missing file needs neither.
        loadConfig: async () => {
            const file = configFile();
            const text = await (0,config_file/* readConfigFile */.R)(file);
            const { parseConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(852), __nccwpck_require__.e(995)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2995));
            return parseConfig(text, file, { env });
        },
        loadConfigIfPresent: async () => ((0,external_node_fs_.existsSync)(configFile()) ? ctx.loadConfig() : undefined),
        get configNamed() {
            const input = inputs.string('config');
            return input !== undefined && input !== config_file/* DEFAULT_CONFIG_FILE */.C;
        },
        setOutput: (name, value) => runner.setOutput(name, String(value)),
        summary: (markdown) => summaryParts.push(markdown),
        annotate,
        writeReport: async (name, data) => {
            const file = await writeJsonReport(env, name, data);
            runner.setOutput('report', file);
            return file;
        },
        event: () => (event ??= readEvent(env)),
        pullRequest: () => (pullRequest ??= { ref: pullRequestOf(ctx.event().payload) }).ref,
        runUrl: workflowRunUrl(env),
        stickyComment: async (key, markdown) => {
            const pr = ctx.pullRequest();
            if (!pr)
                return undefined;
            const token = inputs.string('github-token');
            if (!token) {
                ctx.warning(`no pull-request comment: the github-token input is empty`);
                return undefined;
            }
            try {
                const [{ client, repo }, { upsertStickyComment }] = await Promise.all([github(token), __nccwpck_require__.e(/* import() */ 648).then(__nccwpck_require__.bind(__nccwpck_require__, 7648))]);
                const result = await upsertStickyComment(client, { ...repo, issueNumber: pr.number, key, body: markdown });
                ctx.info(`pull-request comment ${result.created ? 'created' : result.changed ? 'updated' : 'unchanged'}: ${result.url}`);
                return result.url;
            }
            catch (err) {
                ctx.warning(`could not write the pull-request comment: ${(0,errors/* describeError */.Uc)(err)}`);
                return undefined;
            }
        },
        checkRun: async (report) => {
            const token = inputs.string('github-token');
            if (!token) {
                ctx.warning('no check run: the github-token input is empty');
                return undefined;
            }
            const headSha = ctx.pullRequest()?.headSha ?? commitSha(env.GITHUB_SHA);
            if (!headSha) {
                ctx.warning('no check run: no commit SHA (the pull request head, or GITHUB_SHA)');
                return undefined;
            }
            try {
                const [{ client, repo }, { createCheckRun }] = await Promise.all([github(token), __nccwpck_require__.e(/* import() */ 842).then(__nccwpck_require__.bind(__nccwpck_require__, 2842))]);
                const result = await createCheckRun(client, {
                    ...repo,
                    name: report.name,
                    headSha,
                    conclusion: report.conclusion,
                    title: report.title,
                    summary: report.summary,
                    workspace,
                    annotations: report.annotations.map((a) => ({ path: a.file, startLine: a.line, level: a.level, title: a.title, message: a.message })),
                });
                return result.id;
            }
            catch (err) {
                ctx.warning(`could not create the check run (it needs \`checks: write\`; a fork's token is read-only): ${(0,errors/* describeError */.Uc)(err)}`);
                return undefined;
            }
        },
        secret: (value) => runner.setSecret(value),
        info: (m) => runner.info(m),
        warning: (m) => runner.annotate('warning', m),
        debug: (m) => runner.debug(m),
    };
    try {
        const token = inputs.string('github-token');
        if (token)
            runner.setSecret(token);
        const result = await spec.run(ctx);
        if (result?.failed)
            runner.setFailed(result.failed);
    }
    catch (err) {
        if (err instanceof errors/* ConfigError */.xL) {
            for (const issue of err.issues) {
                annotate({ level: 'error', title: 'modelship.yml', message: issue.hint ? `${issue.message} (${issue.hint})` : issue.message, location: issue.location });
            }
        }
        else if (err instanceof errors/* ModelshipError */.W7 && err.location) {
            annotate({ level: 'error', message: err.message, location: err.location });
        }
        runner.setFailed(`${spec.name}: ${(0,errors/* describeError */.Uc)(err)}`);
        if (runner.isDebug() && err instanceof Error && err.stack)
            runner.debug(err.stack);
    }
    finally {
        if (summaryParts.length > 0) {
            try {
                runner.appendSummary(summaryParts.join('\n\n'));
            }
            catch (err) {
                runner.annotate('warning', `could not write the job summary: ${err.message}`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/actions/benchmark.ts

/** Benchmarks the models, compares with the baseline, and fails the step on a regression. */
const benchmarkAction = {
    name: 'benchmark',
    async run(ctx) {
        const loaded = await ctx.loadConfig();
        // The benchmark engine (and onnxruntime behind it) is loaded once there is a configuration to run.
        const [{ benchWithOptions }, { renderMarkdown }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(496), __nccwpck_require__.e(674)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5674)), __nccwpck_require__.e(/* import() */ 972).then(__nccwpck_require__.bind(__nccwpck_require__, 9972))]);
        const outcome = await benchWithOptions(loaded, {
            models: ctx.inputs.list('model'),
            runner: ctx.inputs.string('runner'),
            baseline: ctx.inputs.string('baseline'),
            save: ctx.inputs.string('save'),
            trials: ctx.inputs.string('trials'),
            duration: ctx.inputs.string('duration'),
            warmup: ctx.inputs.string('warmup'),
            batch: ctx.inputs.string('batch'),
            url: ctx.inputs.string('url'),
        }, { cwd: ctx.workspace, env: ctx.env, log: (line) => ctx.info(line) });
        const { report } = outcome;
        await ctx.writeReport('benchmark', { ...report, savedAs: outcome.savedAs });
        const head = report.results.find((r) => r.role === 'candidate');
        ctx.setOutput('regressed', report.regressed);
        ctx.setOutput('verdict', report.verdict);
        if (head) {
            ctx.setOutput('p50-ms', head.latency_ms.p50);
            ctx.setOutput('p99-ms', head.latency_ms.p99);
            ctx.setOutput('throughput', head.throughput_per_s);
            ctx.setOutput('rss-mb', head.rss_mb);
        }
        ctx.setOutput('comparison', JSON.stringify(report.comparison.map((c) => ({ model: c.model, batch: c.batch, metric: c.metric, change: c.change, verdict: c.verdict }))));
        const markdown = renderMarkdown(report, outcome.history);
        ctx.summary(markdown);
        await ctx.stickyComment('benchmark', markdown);
        for (const w of report.warnings)
            ctx.annotate({ level: 'warning', title: 'benchmark', message: w });
        const modelsSection = (name) => loaded.locate(['models', name, 'path']);
        for (const c of report.comparison.filter((x) => x.regressed)) {
            ctx.annotate({ level: 'error', title: `benchmark regression: ${c.model}`, message: `batch ${c.batch}: ${c.reason}`, location: modelsSection(c.model) });
        }
        for (const c of report.comparison.filter((x) => x.verdict === 'inconclusive')) {
            ctx.annotate({ level: 'warning', title: `benchmark inconclusive: ${c.model}`, message: `batch ${c.batch}: ${c.reason}`, location: modelsSection(c.model) });
        }
        if (report.regressed) {
            const n = report.comparison.filter((c) => c.regressed).length;
            return { failed: `benchmark: ${n} regression(s) detected` };
        }
    },
};
/** Runs the action with the runner's environment: the entry point `dist/benchmark/index.js` calls it. */
function run() {
    return runActionSpec(benchmarkAction);
}


/***/ }),

/***/ 6535:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _benchmark_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4277);

await (0,_benchmark_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8120:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   R: () => (/* binding */ readConfigFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);


/** Kept apart from the parser so a missing file is reported without loading YAML and the schema validator. */
const DEFAULT_CONFIG_FILE = 'modelship.yml';
async function readConfigFile(file) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`configuration file not found: ${file}`, {
                hint: `create ${DEFAULT_CONFIG_FILE} at the repository root or pass --config FILE`,
            });
        }
        if (code === 'EISDIR')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`configuration path is a directory, not a file: ${file}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`cannot read configuration file ${file}: ${err.message}`);
    }
}


/***/ }),

/***/ 8571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
/* unused harmony export formatDuration */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/**
 * A duration in milliseconds from `90`, `1.5s`, `30s`, `5m`, `1h`, `2d`, `1w` or a compound `1h30m`.
 * A bare number is seconds (as in modelship.yml). `what` names the field for the error.
 */
function parseDuration(value, what) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`${what}: expected a duration >= 0, got ${value}`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`${what}: "${value}" is not a duration`, { hint: 'use a number of seconds or e.g. 500ms, 30s, 5m, 1h30m, 2d' });
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

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   W7: () => (/* binding */ ModelshipError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* unused harmony exports formatLocation, exitCodeOf */
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 992:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6535);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
