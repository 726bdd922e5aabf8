export const id = 674;
export const ids = [674];
export const modules = {

/***/ 3879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ describeMachine),
/* harmony export */   N0: () => (/* binding */ machineKey),
/* harmony export */   O5: () => (/* binding */ machineDifferences)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
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

/***/ 5674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  benchWithOptions: () => (/* binding */ benchWithOptions)
});

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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/bench/machine.ts
var bench_machine = __webpack_require__(3879);
;// CONCATENATED MODULE: ./src/bench/history.ts





const INDEX = 'index.json';
async function writeAtomic(file, data) {
    const tmp = `${file}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    await (0,promises_.writeFile)(tmp, data);
    await (0,promises_.rename)(tmp, file);
}
async function readHistoryIndex(dir) {
    const file = external_node_path_default().join(dir, INDEX);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { version: 1, runs: [] };
        throw new errors/* ModelshipError */.W7(`cannot read benchmark history ${file}: ${err.message}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`benchmark history index ${file} is not valid JSON: ${err.message}`, { hint: 'restore it from the data branch, or delete it to start a new history' });
    }
    const runs = parsed.runs;
    if (parsed.version !== 1 || !Array.isArray(runs)) {
        throw new errors/* ModelshipError */.W7(`benchmark history index ${file} has an unknown format (expected {"version": 1, "runs": [...]})`);
    }
    return { version: 1, runs: runs };
}
/** Run ids sort by time: an ISO-like timestamp, then the commit or a random suffix. */
function runId(report) {
    const stamp = report.createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${report.commit ? report.commit.slice(0, 10) : (0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/** Saves one run and prunes the history. Returns the new entry and the ids pruned. */
async function saveRun(dir, report, options) {
    await (0,promises_.mkdir)(external_node_path_default().join(dir, 'runs'), { recursive: true });
    const index = await readHistoryIndex(dir);
    let id = runId(report);
    while (index.runs.some((r) => r.id === id))
        id = `${id}-${(0,external_node_crypto_.randomBytes)(2).toString('hex')}`;
    const entry = {
        id,
        file: `runs/${id}.json`,
        createdAt: report.createdAt,
        commit: report.commit,
        machine: (0,bench_machine/* machineKey */.N0)(report.machine),
        regressed: report.regressed,
        figures: report.results.map((r) => ({ model: r.model, batch: r.batch, role: r.role, p50: r.latency_ms.p50, p99: r.latency_ms.p99, throughput_per_s: r.throughput_per_s, rss_mb: r.rss_mb })),
    };
    await writeAtomic(external_node_path_default().join(dir, entry.file), `${JSON.stringify(report, null, 2)}\n`);
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
    await writeAtomic(external_node_path_default().join(dir, INDEX), `${JSON.stringify({ version: 1, runs: keep }, null, 2)}\n`);
    for (const r of pruned) {
        const target = external_node_path_default().resolve(dir, r.file);
        if (external_node_path_default().dirname(target) === external_node_path_default().resolve(dir, 'runs'))
            await (0,promises_.rm)(target, { force: true });
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
        parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`cannot read the baseline ${file}: ${err.message}`, { hint: 'pass a report written by `modelship bench --format json` or a run from the history folder' });
    }
    const r = parsed;
    if (!Array.isArray(r.results) || typeof r.machine !== 'object' || r.machine === null) {
        throw new errors/* ModelshipError */.W7(`the baseline ${file} is not a benchmark report (expected "results" and "machine")`);
    }
    for (const [i, res] of r.results.entries()) {
        if (typeof res?.model !== 'string' || !Number.isFinite(res?.batch) || !Array.isArray(res?.trials)) {
            throw new errors/* ModelshipError */.W7(`the baseline ${file}: results[${i}] lacks model, batch or trials`);
        }
    }
    return r;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/core/git/refs.ts

/** Longer than any real branch, tag or object id; a bound on what reaches git's argument list. */
const MAX_REF_LENGTH = 256;
/** A ref Modelship refuses to hand to git; `reason` says which rule it broke. */
class UnsafeRefError extends errors/* ModelshipError */.W7 {
    ref;
    reason;
    constructor(ref, reason) {
        super(`"${printable(ref)}" is not a git ref Modelship accepts: ${reason}`, {
            hint: 'use a branch, tag or commit, e.g. main, origin/main, v1.2.0 or a SHA (optionally with ~N, ^N or ^{commit})',
        });
        this.ref = ref;
        this.reason = reason;
        this.name = 'UnsafeRefError';
    }
}
/**
 * Revision suffixes kept after a ref name: `~N`, `^N` and the peels `^{}` / `^{commit}` / `^{tag}` / `^{tree}`.
 * Everything else git's revision syntax offers is refused: `:` (which turns a ref into `rev:path`), `..` and
 * `...` (ranges), `@{...}` (reflog and upstream lookups), `^{/text}` (a commit-message search), `^!`, `^@`, `^-`.
 */
const SUFFIXES = /(?:~\d{0,6}|\^\d{0,6}|\^\{(?:commit|tag|tree)?\})*$/;
/**
 * The reason `ref` is unsafe, or undefined when it is safe. Safe means: a name git's own rules accept
 * (`git check-ref-format --allow-onelevel`, which the tests use as the oracle), optionally followed by the
 * suffixes above, and also not starting with `-` (git would read it as an option), at most MAX_REF_LENGTH
 * characters, and free of any Unicode control, format or separator character (git itself allows e.g. a
 * no-break space or a right-to-left override; a ref that prints as something else is refused).
 */
function unsafeRefReason(ref) {
    if (typeof ref !== 'string' || ref === '')
        return 'it is empty';
    if (ref.length > MAX_REF_LENGTH)
        return `it is longer than ${MAX_REF_LENGTH} characters`;
    if (ref.startsWith('-'))
        return 'it starts with "-", which git would read as an option';
    if (/[\p{C}\p{Z}]/u.test(ref))
        return 'it contains a space or a control character';
    if (ref.includes(':'))
        return 'it contains ":" (a ref, not a rev:path)';
    if (ref.includes('..'))
        return 'it contains ".." (a ref, not a range)';
    if (ref.includes('@{'))
        return 'it contains "@{" (reflog and upstream lookups are not accepted)';
    const name = ref.replace(SUFFIXES, '');
    if (name === '')
        return 'it has no name before its ~ or ^ suffix';
    if (/[~^?*[\\]/.test(name))
        return 'it contains one of ~ ^ ? * [ \\ outside a ~N / ^N / ^{commit} suffix';
    if (name === '@')
        return 'a lone "@" is not a ref name';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'it has an empty path component ("/" at an end or "//")';
    if (name.endsWith('.'))
        return 'it ends with "."';
    for (const component of name.split('/')) {
        if (component.startsWith('.'))
            return `its component "${component}" starts with "."`;
        if (component.endsWith('.lock'))
            return `its component "${component}" ends with ".lock"`;
    }
    return undefined;
}
/** Throws UnsafeRefError unless `ref` is safe (see unsafeRefReason); returns it otherwise. */
function refs_assertSafeRef(ref) {
    const reason = unsafeRefReason(ref);
    if (reason !== undefined)
        throw new UnsafeRefError(String(ref), reason);
    return ref;
}
/** The ref as it may be printed in a message: control characters escaped, length bounded. */
function printable(ref) {
    const shown = ref.length > 80 ? `${ref.slice(0, 80)}…` : ref;
    return shown.replace(/[\p{C}]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}

;// CONCATENATED MODULE: ./src/core/git/runner.ts



/** A git command failed; the message is git's own (with any credentials in URLs removed). */
class runner_GitError extends errors/* ModelshipError */.W7 {
    args;
    code;
    stderr;
    constructor(args, code, stderr, options = {}) {
        super(`git ${args[0] ?? ''} failed (exit ${code}): ${redactUrls(stderr).trim() || 'no message'}`, { exitCode: options.exitCode ?? errors/* ExitCode */.yU.Failed, hint: options.hint });
        this.args = args;
        this.code = code;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
/** Removes `user:secret@` from URLs: git echoes remote URLs in errors, and a token must never be printed. */
function redactUrls(text) {
    return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1***@');
}
/** A folder (or a file's folder) that no git repository holds. */
class runner_NotInRepositoryError extends errors/* ModelshipError */.W7 {
    dir;
    constructor(dir, message) {
        super(message, { hint: 'run it in a clone of the repository (git init for a new project)' });
        this.dir = dir;
        this.name = 'NotInRepositoryError';
    }
}
function gitEnv(env) {
    return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
}
const GIT_PREFIX = ['--literal-pathspecs', '-c', 'core.quotepath=false'];
/**
 * Runs git with an argument array (never a shell), with a predictable environment: no prompts (a missing
 * credential fails instead of hanging a CI job), C locale, no pager, no optional locks, and literal
 * pathspecs so a configured path like `:(exclude)x` or `*` is only ever a file name.
 */
const spawnGit = {
    run(cwd, args, env, options) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)('git', [...GIT_PREFIX, ...args], { cwd, env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
            const out = [];
            let err = '';
            // pipe() applies backpressure, so a multi-GB blob streams to disk without piling up in memory.
            if (options.pipeTo)
                child.stdout.pipe(options.pipeTo);
            child.stdout.on('data', (c) => (options.onStdout ? options.onStdout(c) : options.pipeTo ? undefined : out.push(c)));
            child.stderr.on('data', (c) => {
                if (err.length < 64 * 1024)
                    err += c.toString('utf8');
            });
            child.on('error', (e) => reject(new errors/* ModelshipError */.W7(`cannot run git: ${e.message}`, { hint: 'install git and make sure it is on PATH' })));
            child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
            child.stdin.on('error', () => { });
            child.stdin.end(options.input ?? '');
        });
    },
    open(cwd, args, env) {
        const child = (0,external_node_child_process_.spawn)('git', [...GIT_PREFIX, ...args], { cwd, env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
        let err = '';
        let exited;
        let exit;
        const finish = (code, stderr) => {
            if (exit)
                return;
            exit = [code, stderr];
            exited?.(code, stderr);
        };
        child.stderr.on('data', (c) => {
            if (err.length < 64 * 1024)
                err += c.toString('utf8');
        });
        child.on('error', (e) => finish(-1, `cannot run git: ${e.message}`));
        child.on('close', (code) => finish(code ?? 1, err));
        child.stdin.on('error', () => { });
        return {
            write: (text) => void child.stdin.write(text),
            onStdout: (listener) => void child.stdout.on('data', listener),
            onExit: (listener) => {
                exited = listener;
                if (exit)
                    listener(...exit);
            },
            end: () => void child.stdin.end(),
        };
    },
};
/** git in one folder (the repository's top folder, or any folder inside it). */
class Git {
    cwd;
    baseEnv;
    runner;
    constructor(cwd, baseEnv = process.env, runner = spawnGit) {
        this.cwd = cwd;
        this.baseEnv = baseEnv;
        this.runner = runner;
    }
    run(args, options = {}) {
        return this.runner.run(this.cwd, args, this.baseEnv, options);
    }
    /** A long-running git fed line by line, or undefined when the runner cannot start one (see GitRunner.open). */
    open(args) {
        return this.runner.open?.(this.cwd, args, this.baseEnv);
    }
    /** The same runner and environment in another folder. */
    in(cwd) {
        return new Git(cwd, this.baseEnv, this.runner);
    }
    /** stdout as text; throws GitError on a non-zero exit. */
    async text(args, options = {}) {
        const r = await this.run(args, { input: options.input });
        if (r.code !== 0)
            throw new runner_GitError(args, r.code, r.stderr, { hint: options.hint });
        return r.stdout.toString('utf8');
    }
    /** True when the command exits 0 (for questions such as "does this ref exist?"). */
    async succeeds(args) {
        return (await this.run(args)).code === 0;
    }
    /**
     * The commit a revision names, or undefined when it names none. The revision must pass assertSafeRef
     * (an unsafe one throws UnsafeRefError), so a ref from a user, a payload or a config file is checked once, here.
     */
    async commitOf(rev) {
        refs_assertSafeRef(rev);
        const r = await this.run(['rev-parse', '-q', '--verify', '--end-of-options', `${rev}^{commit}`]);
        return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
    }
    /**
     * Every tag with the commit it names (undefined for a tag of a tree or blob), in one process: the
     * peeled object of an annotated tag comes from `%(*objectname)`. A tag of a tag (rare) is resolved
     * by rev-parse, like commitOf.
     */
    async tagCommits() {
        const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)', 'refs/tags']);
        const commits = new Map();
        for (const line of out.split('\n')) {
            if (line === '')
                continue;
            const [name, type, oid, peeledType, peeled] = line.split('\0');
            if (type === 'commit')
                commits.set(name, oid);
            else if (type === 'tag' && peeledType === 'commit')
                commits.set(name, peeled);
            else if (type === 'tag' && peeledType === 'tag')
                commits.set(name, await this.commitOf(`refs/tags/${name}`).catch(() => undefined));
            else
                commits.set(name, undefined);
        }
        return commits;
    }
    /** Every tag name in the repository. */
    async tags() {
        const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
        return out.split('\n').filter(Boolean);
    }
}
/** Opens the repository holding `dir`: its top folder, HEAD (undefined before the first commit), shallowness. */
async function openGit(dir, env = process.env, runner = spawnGit) {
    const probe = new Git(dir, env, runner);
    // One process for the three answers (each git start costs tens of ms on a busy runner).
    const r = await probe.run(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--verify', '-q', 'HEAD^{commit}']);
    const lines = r.stdout.toString('utf8').split('\n');
    if (r.code === 0 && lines.length >= 3)
        return { git: probe.in(lines[0]), toplevel: lines[0], shallow: lines[1] === 'true', head: lines[2] };
    const top = await probe.run(['rev-parse', '--show-toplevel']);
    if (top.code !== 0 || top.stdout.length === 0) {
        throw new runner_NotInRepositoryError(dir, `${dir} is not inside a git repository`);
    }
    const toplevel = top.stdout.toString('utf8').trim();
    return { git: probe.in(toplevel), toplevel, shallow: false, head: undefined };
}

;// CONCATENATED MODULE: ./src/core/git/tree.ts







/**
 * Read-only view of one commit's files, by git plumbing. Reading models from the object store instead of
 * checking the old version out leaves the working tree alone, and comparing blob ids skips every file
 * that did not change without reading a byte of it.
 */
class GitTree {
    git;
    commit;
    /** The whole tree's files, sorted by path, once `preload()` asked for them. */
    listing;
    /** Blob reads and hashes by id: a blob's content never changes, and a release reads each twice (rehearsal, then for real). */
    reads = new Map();
    hashes = new Map();
    constructor(git, commit) {
        this.git = git;
        this.commit = commit;
    }
    /**
     * Lists every file of the commit once (one `ls-tree` for the whole tree), so later `files()` calls are
     * answered from memory: for work over many models of one commit, where a process per model dominates.
     */
    preload() {
        this.listing ??= this.listAll();
        return this;
    }
    async listAll() {
        const out = await this.git.run(['ls-tree', '-r', '-z', '-l', '--full-tree', this.commit]);
        if (out.code !== 0)
            throw new runner_GitError(['ls-tree'], out.code, out.stderr);
        return parseLsTreeLong(out.stdout).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    /**
     * The tree of the commit `ref` names (a branch, tag or SHA, checked by assertSafeRef first, so an unsafe
     * ref throws UnsafeRefError), or undefined when it names no commit here.
     */
    static async at(git, ref) {
        const commit = await git.commitOf(refs_assertSafeRef(ref));
        return commit === undefined ? undefined : new GitTree(git, commit);
    }
    /** Files at or under each path (a file or a folder); missing paths give nothing. Submodules are skipped. */
    async files(paths) {
        if (paths.length === 0)
            return [];
        if (this.listing)
            return filesUnder(await this.listing, paths);
        const out = await this.git.run(['ls-tree', '-r', '-z', '-l', '--full-tree', this.commit, '--', ...paths]);
        if (out.code !== 0)
            throw new runner_GitError(['ls-tree'], out.code, out.stderr);
        // A path given as "a/b" must not match "a/bc": ls-tree matches path prefixes at component bounds already,
        // but keep only exact files and folder members to be explicit.
        return parseLsTreeLong(out.stdout).filter((f) => paths.some((p) => f.path === p || f.path.startsWith(`${p.replace(/\/+$/, '')}/`)));
    }
    async file(p) {
        return (await this.files([p])).find((f) => f.path === p);
    }
    /** Every entry of the whole tree (files, symlinks and submodules), in git's order. */
    async entries() {
        const out = await this.git.run(['ls-tree', '-r', '-z', '--full-tree', this.commit]);
        if (out.code !== 0)
            throw new runner_GitError(['ls-tree'], out.code, out.stderr);
        const entries = [];
        for (const record of out.stdout.toString('utf8').split('\0')) {
            if (record === '')
                continue;
            // "<mode> SP <type> SP <oid> TAB <path>"
            const tab = record.indexOf('\t');
            const [, type, oid] = record.slice(0, tab).split(' ');
            if (type === 'blob' || type === 'commit')
                entries.push({ path: record.slice(tab + 1), type, oid });
        }
        return entries;
    }
    /**
     * The content of the file at a repository-relative path, or undefined when the commit has no file there
     * (missing, or a folder). One git process for all paths (`git cat-file --batch`), not one per file.
     */
    async readPaths(paths) {
        const result = new Map();
        // The batch protocol is line-based: a path with a newline (or a NUL) cannot be asked for, so it has no content here.
        const asked = [...new Set(paths)].filter((p) => !/[\n\0]/.test(p) && p !== '');
        for (const p of paths)
            result.set(p, undefined);
        if (asked.length === 0)
            return result;
        if (this.listing) {
            // The listing names each path's blob: read them by id (prefetched ones are already in memory).
            const files = new Map((await this.files(asked)).map((f) => [f.path, f]));
            const present = asked.filter((p) => files.has(p));
            await this.prefetch(present.map((p) => files.get(p).oid));
            for (const p of present)
                result.set(p, await this.read(files.get(p).oid));
            return result;
        }
        const r = await this.git.run(['cat-file', '--batch'], { input: asked.map((p) => `${this.commit}:${p}\n`).join('') });
        if (r.code !== 0)
            throw new runner_GitError(['cat-file'], r.code, r.stderr);
        const replies = parseBatch(r.stdout, asked.length);
        asked.forEach((p, i) => result.set(p, replies[i]?.type === 'blob' ? replies[i].content : undefined));
        return result;
    }
    /** The content of one file at a repository-relative path, or undefined when the commit has none there. */
    async readPath(p) {
        return (await this.readPaths([p])).get(p);
    }
    /**
     * Reads many blobs into memory with one `git cat-file --batch`, so later `read()` and `sha256()` of them
     * start no process: for the small files (cards, metrics, small models) of many models at once.
     */
    async prefetch(oids) {
        const wanted = [...new Set(oids)].filter((oid) => /^[0-9a-f]{40,64}$/.test(oid) && !this.reads.has(oid));
        if (wanted.length === 0)
            return;
        const r = await this.git.run(['cat-file', '--batch'], { input: wanted.map((oid) => `${oid}\n`).join('') });
        if (r.code !== 0)
            return; // a hint only: each read() asks git again and reports its own error
        parseBatch(r.stdout, wanted.length).forEach((reply, i) => {
            if (reply?.type === 'blob')
                this.reads.set(wanted[i], Promise.resolve(reply.content));
        });
    }
    /** The content of a blob already read or prefetched, or undefined: lets a reader skip git and the disk. */
    inMemory(oid) {
        return this.reads.get(oid);
    }
    /** A blob's content in memory: for small files (cards, metrics, configuration). */
    read(oid) {
        let read = this.reads.get(oid);
        if (!read) {
            read = this.git.run(['cat-file', 'blob', oid]).then((r) => {
                if (r.code !== 0)
                    throw new runner_GitError(['cat-file'], r.code, r.stderr);
                return r.stdout;
            });
            read.catch(() => this.reads.delete(oid));
            this.reads.set(oid, read);
        }
        return read;
    }
    /** sha256 of a blob, streamed (models can be larger than memory). */
    sha256(oid) {
        let sha = this.hashes.get(oid);
        const read = this.reads.get(oid);
        if (!sha && read) {
            // Already in memory (a small file read or prefetched): hash it there, no process.
            sha = read.then((content) => (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex'));
            this.hashes.set(oid, sha);
        }
        if (!sha) {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            sha = this.git.run(['cat-file', 'blob', oid], { onStdout: (c) => hash.update(c) }).then((r) => {
                if (r.code !== 0)
                    throw new runner_GitError(['cat-file'], r.code, r.stderr);
                return hash.digest('hex');
            });
            sha.catch(() => this.hashes.delete(oid));
            this.hashes.set(oid, sha);
        }
        return sha;
    }
    /** Streams a blob into a temporary file (for readers that need random access), hashing it on the way. */
    async withTempFile(oid, use) {
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'modelship-blob-'));
        const file = external_node_path_default().join(dir, 'blob');
        try {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const sink = (0,external_node_fs_.createWriteStream)(file);
            let failed;
            sink.on('error', (e) => (failed = e));
            const finished = new Promise((resolve) => sink.on('close', () => resolve()));
            const r = await this.git.run(['cat-file', 'blob', oid], { onStdout: (c) => hash.update(c), pipeTo: sink });
            await finished;
            if (failed)
                throw failed;
            if (r.code !== 0)
                throw new runner_GitError(['cat-file'], r.code, r.stderr);
            return await use(file, hash.digest('hex'));
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
}
/** Blobs of `ls-tree -r -z -l` output: "<mode> SP <type> SP <oid> SP+ <size> TAB <path>" records; submodules skipped. */
function parseLsTreeLong(stdout) {
    const files = [];
    for (const record of stdout.toString('utf8').split('\0')) {
        if (record === '')
            continue;
        const tab = record.indexOf('\t');
        const [, type, oid, size] = record.slice(0, tab).split(/ +/);
        if (type !== 'blob')
            continue;
        files.push({ path: record.slice(tab + 1), oid, size: Number(size) });
    }
    return files;
}
/** Files equal to or under each path, from a listing sorted by path: two binary searches per path. */
function filesUnder(sorted, paths) {
    const lowerBound = (key) => {
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (sorted[mid].path < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    const found = new Map();
    for (const raw of paths) {
        const p = raw.replace(/\/+$/, '');
        // "a/b/" names a folder only, as in ls-tree: the file a/b does not match it.
        const exact = sorted[lowerBound(raw)];
        if (exact?.path === raw)
            found.set(raw, exact);
        // Every path starting with "p/" sorts between "p/" and "p0" ('0' follows '/').
        for (let i = lowerBound(`${p}/`); i < sorted.length && sorted[i].path.startsWith(`${p}/`); i++)
            found.set(sorted[i].path, sorted[i]);
    }
    // Sorted by path (close to ls-tree's order; callers that care sort by their own key).
    return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/**
 * Splits `git cat-file --batch` output into its replies, in order: "<oid> SP <type> SP <size> LF <content> LF"
 * for an object, "<name> SP missing LF" (or "ambiguous") for none. Content is counted by size, never scanned
 * for newlines, so binary files are read exactly.
 */
function parseBatch(out, expected) {
    const replies = [];
    let at = 0;
    while (replies.length < expected) {
        const eol = out.indexOf(0x0a, at);
        if (eol < 0)
            throw new runner_GitError(['cat-file'], 0, `truncated --batch output after ${replies.length} of ${expected} replies`);
        const header = out.subarray(at, eol).toString('utf8');
        at = eol + 1;
        const m = /^[0-9a-f]{40,64} (\S+) (\d+)$/.exec(header);
        if (!m) {
            replies.push(undefined); // "<name> missing" / "<name> ambiguous"
            continue;
        }
        const size = Number(m[2]);
        if (at + size > out.length)
            throw new runner_GitError(['cat-file'], 0, `truncated --batch output: ${header}`);
        replies.push({ type: m[1], content: out.subarray(at, at + size) });
        at += size + 1;
    }
    return replies;
}

;// CONCATENATED MODULE: ./src/core/git/object-batch.ts

/**
 * One `git cat-file --batch` kept open for a run: every question (`<rev>^{commit}`, `<commit>:<path>`) is a line
 * on its stdin and its answer is read back in order, so a run over many models starts one git, not a few per
 * model. Names must not hold a newline (the protocol is line-based); callers check refs with assertSafeRef.
 */
class object_batch_ObjectBatch {
    pipe;
    pending = [];
    buffer = Buffer.alloc(0);
    /** Chunks not yet joined to `buffer`: a large blob is joined once, when all of it is there. */
    chunks = [];
    chunked = 0;
    /** Bytes `buffer` must hold before the reply at its start is complete (0: unknown, parse on every chunk). */
    needed = 0;
    failure;
    ended = false;
    constructor(pipe) {
        this.pipe = pipe;
        pipe.onStdout((chunk) => {
            this.chunks.push(chunk);
            this.chunked += chunk.length;
            if (this.buffer.length + this.chunked < this.needed)
                return;
            this.buffer = Buffer.concat([this.buffer, ...this.chunks]);
            this.chunks = [];
            this.chunked = 0;
            this.drain();
        });
        pipe.onExit((code, stderr) => {
            this.failure = new GitError(['cat-file'], code, this.ended && code === 0 ? 'git cat-file --batch was closed' : stderr || 'git cat-file --batch exited');
            for (const p of this.pending.splice(0))
                p.reject(this.failure);
        });
    }
    /** The batch for a repository, or undefined when the runner cannot keep a git open (a test's fake). */
    static open(git) {
        const pipe = git.open(['cat-file', '--batch']);
        return pipe ? new object_batch_ObjectBatch(pipe) : undefined;
    }
    /** The object a name gives (`<rev>`, `<rev>^{commit}`, `<rev>:<path>`), or undefined when git has none. */
    get(name) {
        if (/[\n\0]/.test(name))
            return Promise.resolve(undefined);
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.pending.push({ resolve, reject });
            this.pipe.write(`${name}\n`);
        });
    }
    /** Closes git's stdin; it exits. Questions still waiting are answered first. */
    close() {
        if (this.ended)
            return;
        this.ended = true;
        this.pipe.end();
    }
    /** Answers every complete reply in the buffer: "<oid> SP <type> SP <size> LF <content> LF", or "<name> missing LF". */
    drain() {
        while (this.pending.length > 0) {
            const eol = this.buffer.indexOf(0x0a);
            if (eol < 0)
                return;
            const header = this.buffer.subarray(0, eol).toString('utf8');
            const m = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
            if (!m) {
                // "<name> missing", "<name> ambiguous" (and nothing follows).
                this.buffer = this.buffer.subarray(eol + 1);
                this.pending.shift().resolve(undefined);
                continue;
            }
            const size = Number(m[3]);
            const end = eol + 1 + size;
            if (this.buffer.length < end + 1) {
                this.needed = end + 1;
                return;
            }
            this.needed = 0;
            // A copy: the buffer it came from is reused for the replies that follow.
            const content = Buffer.from(this.buffer.subarray(eol + 1, end));
            this.buffer = this.buffer.subarray(end + 1);
            this.pending.shift().resolve({ oid: m[1], type: m[2], content });
        }
    }
}

;// CONCATENATED MODULE: ./src/core/git/file-at-ref.ts







/** The repository holding a folder: git at its top folder, and the folder's path inside it (`a/b/`, or ''). */
async function repositoryOf(dir, options = {}) {
    const probe = new Git(dir, options.env ?? process.env, options.runner ?? spawnGit);
    // --show-prefix is git's own answer, so a symlinked folder (macOS /var → /private/var) needs no path arithmetic.
    const r = await probe.run(['rev-parse', '--show-toplevel', '--show-prefix']);
    const [toplevel, prefix = ''] = r.stdout.toString('utf8').split('\n');
    if (r.code !== 0 || !toplevel)
        return undefined;
    return { git: probe.in(toplevel), toplevel, prefix };
}
/** A ref that names no commit in the repository (a typo, or a branch not fetched). */
class RefNotFoundError extends errors/* ModelshipError */.W7 {
    ref;
    where;
    constructor(ref, where) {
        super(`git ref "${ref}" does not resolve to a commit in ${where}`, {
            hint: 'fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main) and use e.g. origin/main',
        });
        this.ref = ref;
        this.where = where;
        this.name = 'RefNotFoundError';
    }
}
/**
 * Reads a file as it was at a git ref (`main`, `origin/main`, a tag, a SHA) from the object store: the working
 * tree is never touched. The ref passes assertSafeRef (UnsafeRefError), must name a commit (RefNotFoundError,
 * since a typo must not read as "no baseline yet"), and the file must be in a repository (NotInRepositoryError).
 */
async function readFileAtRef(file, ref, options = {}) {
    refs_assertSafeRef(ref);
    const absolute = external_node_path_default().resolve(file);
    // The file's folder may exist only at the ref: start from the nearest folder that exists in the working tree.
    let dir = external_node_path_default().dirname(absolute);
    while (!(0,external_node_fs_.existsSync)(dir) && external_node_path_default().dirname(dir) !== dir)
        dir = external_node_path_default().dirname(dir);
    const repo = await repositoryOf(dir, options);
    if (!repo)
        throw new runner_NotInRepositoryError(dir, `cannot read ${absolute} at a git ref: ${dir} is not in a git repository`);
    const commit = await repo.git.commitOf(ref);
    if (commit === undefined)
        throw new RefNotFoundError(ref, dir);
    const repoPath = external_node_path_default().posix.normalize(repo.prefix + external_node_path_default().relative(dir, absolute).split((external_node_path_default()).sep).join('/'));
    return { commit, path: repoPath, bytes: await new GitTree(repo.git, commit).readPath(repoPath) };
}
/**
 * Reads files at git refs for one run (a gate over every model of a monorepo): the repository of each folder
 * is asked once, refs and files are read through one `git cat-file --batch` per repository kept open until
 * `close()`, and a ref is resolved once. Same answers and errors as readFileAtRef, which it falls back to
 * when the runner cannot keep a git open.
 */
class FileAtRefReader {
    options;
    repos = [];
    commits = new Map();
    /** Lookups run one after another, so two reads started together find the repository the first one met. */
    lookups = Promise.resolve();
    byFolder = new Map();
    closed = false;
    constructor(options = {}) {
        this.options = options;
    }
    async read(file, ref) {
        if (this.closed)
            throw new Error('FileAtRefReader used after close()');
        assertSafeRef(ref);
        const absolute = path.resolve(file);
        let dir = path.dirname(absolute);
        while (!existsSync(dir) && path.dirname(dir) !== dir)
            dir = path.dirname(dir);
        const repo = await this.repositoryOf(dir);
        if (!repo)
            throw new NotInRepositoryError(dir, `cannot read ${absolute} at a git ref: ${dir} is not in a git repository`);
        if (!repo.batch)
            return readFileAtRef(file, ref, this.options);
        const batch = repo.batch;
        const key = `${repo.toplevel}\0${ref}`;
        let commit = this.commits.get(key);
        if (!commit) {
            commit = batch.get(`${ref}^{commit}`).then((o) => (o?.type === 'commit' ? o.oid : undefined));
            this.commits.set(key, commit);
        }
        const oid = await commit;
        if (oid === undefined)
            throw new RefNotFoundError(ref, dir);
        const repoPath = path.posix.normalize(repo.prefix + path.relative(dir, absolute).split(path.sep).join('/'));
        const blob = /[\n\0]/.test(repoPath) || repoPath === '' ? undefined : await batch.get(`${oid}:${repoPath}`);
        return { commit: oid, path: repoPath, bytes: blob?.type === 'blob' ? blob.content : undefined };
    }
    /** Ends the git processes this reader started. */
    close() {
        this.closed = true;
        for (const r of this.repos)
            r.batch?.close();
    }
    /**
     * A folder inside a repository already met, with no `.git` between them (no nested repository or
     * submodule), belongs to it: no git is asked. Otherwise git answers, as repositoryOf.
     */
    repositoryOf(dir) {
        // A folder is looked up once a run (a gate reads a model's candidate and baseline files from one folder).
        let found = this.byFolder.get(dir);
        if (!found) {
            found = this.lookups.then(() => this.findRepository(dir));
            this.lookups = found.catch(() => undefined);
            this.byFolder.set(dir, found);
        }
        return found;
    }
    async findRepository(dir) {
        let real;
        try {
            real = realpathSync.native(dir);
        }
        catch {
            real = dir;
        }
        for (const repo of this.repos) {
            const rel = path.relative(repo.toplevel, real);
            if (rel.startsWith('..') || path.isAbsolute(rel))
                continue;
            let nested = false;
            for (let d = real; d !== repo.toplevel && d !== path.dirname(d); d = path.dirname(d)) {
                if (existsSync(path.join(d, '.git')))
                    nested = true;
            }
            if (!nested)
                return { ...repo, prefix: rel === '' ? '' : `${rel.split(path.sep).join('/')}/` };
        }
        const found = await repositoryOf(dir, this.options);
        if (!found)
            return undefined;
        const repo = { toplevel: found.toplevel, git: found.git, batch: ObjectBatch.open(found.git) };
        this.repos.push(repo);
        return { ...repo, prefix: found.prefix };
    }
}

;// CONCATENATED MODULE: ./src/core/git/index.ts
/**
 * The one git module: every git process Modelship starts goes through `spawnGit` (argument arrays, no shell,
 * no prompts), and every ref that reaches git passes `assertSafeRef`. Tests replace the `GitRunner`.
 */





;// CONCATENATED MODULE: ./src/core/progress.ts
const silentProgress = {
    start() { },
    update() { },
    stop() { },
};

;// CONCATENATED MODULE: ./src/core/stats/random.ts
/** cyrb128: spreads a string into four 32-bit seeds, so nearby seeds give unrelated streams. */
function seedWords(seed) {
    let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
    for (let i = 0; i < seed.length; i++) {
        const k = seed.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
/** A generator from a seed (number or string). The default seed is fixed on purpose: determinism first. */
function createRandom(seed = 0x5eed) {
    let [a, b, c, d] = seedWords(String(seed));
    const next = () => {
        a >>>= 0;
        b >>>= 0;
        c >>>= 0;
        d >>>= 0;
        let t = (a + b) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        d = (d + 1) | 0;
        t = (t + d) | 0;
        c = (c + t) | 0;
        return (t >>> 0) / 4294967296;
    };
    // Discard the first outputs: sfc32 needs a few rounds to mix its state.
    for (let i = 0; i < 15; i++)
        next();
    let spare;
    return {
        next,
        int(n) {
            if (!Number.isInteger(n) || n <= 0)
                throw new RangeError(`int(n): n must be a positive integer, got ${n}`);
            return Math.floor(next() * n);
        },
        normal() {
            if (spare !== undefined) {
                const s = spare;
                spare = undefined;
                return s;
            }
            let u = 0;
            while (u === 0)
                u = next();
            const v = next();
            const r = Math.sqrt(-2 * Math.log(u));
            spare = r * Math.sin(2 * Math.PI * v);
            return r * Math.cos(2 * Math.PI * v);
        },
    };
}

;// CONCATENATED MODULE: ./src/core/stats/descriptive.ts
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
function descriptive_median(values) {
    return quantile(values, 0.5);
}
/** Coefficient of variation (stddev / mean): the spread of repeated trials, unitless. */
function coefficientOfVariation(values) {
    const m = mean(values);
    return m === 0 ? 0 : stddev(values) / Math.abs(m);
}

;// CONCATENATED MODULE: ./src/core/stats/significance.ts
/**
 * Significance levels from confidence levels. `1 - 0.95` is 0.050000000000000044 in binary floating point,
 * so a p-value of exactly 0.05 would pass `p < 1 - 0.95`; the level is rounded to 12 significant digits
 * (far below any meaningful difference between levels) so that the documented strict inequality holds.
 */
function significanceLevel(confidence) {
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    return Number((1 - confidence).toPrecision(12));
}
/** The documented rule everywhere: significant iff p < α = 1 − confidence, strictly. */
function isSignificant(pValue, confidence) {
    return pValue < significanceLevel(confidence);
}

;// CONCATENATED MODULE: ./src/core/stats/bootstrap.ts



function settings(options) {
    const iterations = options.iterations ?? 2000;
    const confidence = options.confidence ?? 0.95;
    if (!Number.isInteger(iterations) || iterations < 10)
        throw new RangeError(`bootstrap: iterations must be an integer >= 10, got ${iterations}`);
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`bootstrap: confidence must be in (0, 1), got ${confidence}`);
    return { iterations, confidence, random: options.random ?? createRandom(options.seed) };
}
function resample(values, random, out) {
    for (let i = 0; i < values.length; i++)
        out[i] = values[random.int(values.length)];
    return out;
}
function checkSample(values, what) {
    if (values.length === 0)
        throw new RangeError(`bootstrap: ${what} is empty`);
    for (const v of values)
        if (!Number.isFinite(v))
            throw new RangeError(`bootstrap: ${what} holds a non-finite value (${v})`);
}
function interval(estimate, stats, confidence, iterations) {
    const finite = stats.filter(Number.isFinite);
    if (finite.length === 0)
        throw new RangeError('bootstrap: the statistic was not finite on any resample');
    const alpha = significanceLevel(confidence) / 2;
    return {
        estimate,
        lower: quantile(finite, alpha),
        upper: quantile(finite, 1 - alpha),
        confidence,
        iterations,
        discarded: stats.length - finite.length,
    };
}
/** Interval for a statistic of one sample. */
function bootstrapCI(sample, statistic, options = {}) {
    checkSample(sample, 'sample');
    const { iterations, confidence, random } = settings(options);
    const buf = new Array(sample.length);
    const stats = [];
    for (let i = 0; i < iterations; i++)
        stats.push(statistic(resample(sample, random, buf)));
    return interval(statistic(sample), stats, confidence, iterations);
}
/** Interval for a statistic of two independent samples, each resampled on its own (e.g. trials of A and B). */
function bootstrapTwoSampleCI(x, y, statistic, options = {}) {
    checkSample(x, 'x');
    checkSample(y, 'y');
    const { iterations, confidence, random } = settings(options);
    const bx = new Array(x.length);
    const by = new Array(y.length);
    const stats = [];
    for (let i = 0; i < iterations; i++)
        stats.push(statistic(resample(x, random, bx), resample(y, random, by)));
    return interval(statistic(x, y), stats, confidence, iterations);
}
/**
 * Interval for a statistic of paired samples (x[i] and y[i] measured on the same unit, e.g. per-example
 * losses of two models on one evaluation set): indices are resampled together, keeping the pairing.
 */
function pairedBootstrapCI(x, y, statistic, options = {}) {
    checkSample(x, 'x');
    checkSample(y, 'y');
    if (x.length !== y.length)
        throw new RangeError(`pairedBootstrapCI: samples differ in length (${x.length} vs ${y.length})`);
    const { iterations, confidence, random } = settings(options);
    const bx = new Array(x.length);
    const by = new Array(y.length);
    const stats = [];
    for (let i = 0; i < iterations; i++) {
        for (let k = 0; k < x.length; k++) {
            const j = random.int(x.length);
            bx[k] = x[j];
            by[k] = y[j];
        }
        stats.push(statistic(bx, by));
    }
    return interval(statistic(x, y), stats, confidence, iterations);
}
/**
 * Interval for the ratio statistic(candidate) / statistic(baseline) of two independent samples: 1.10 means
 * the candidate is 10% higher. `center` is the per-sample statistic (default median: robust to a stray trial).
 */
function bootstrapRatioCI(candidate, baseline, options = {}) {
    const center = options.center === 'mean' ? mean : descriptive_median;
    return bootstrapTwoSampleCI(candidate, baseline, (c, b) => center(c) / center(b), options);
}

;// CONCATENATED MODULE: ./src/core/stats/normal.ts
/**
 * The standard normal distribution. erfc follows W. J. Cody's rational Chebyshev approximation as given
 * by Numerical Recipes (`erfcc`, relative error < 1.2e-7 everywhere), which is ample for p-values.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z - 1.26551223 +
            t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
                t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** P(Z <= z). */
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}
/** P(Z > z), computed directly so small tails keep their precision. */
function normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}

;// CONCATENATED MODULE: ./src/core/stats/mann-whitney.ts


/** Largest C(n1+n2, n1) for which the exact counts stay exact in doubles (< 2^53). */
const EXACT_LIMIT = 2 ** 53;
function mann_whitney_checkSample(values, what) {
    if (values.length === 0)
        throw new RangeError(`mannWhitneyU: ${what} is empty`);
    for (const v of values)
        if (Number.isNaN(v))
            throw new RangeError(`mannWhitneyU: ${what} holds NaN`);
}
/** Midranks of the pooled sample, plus the tie term sum(t^3 - t) for the variance correction. */
function rank(x, y) {
    const pooled = x.map((v) => ({ v, fromX: true })).concat(y.map((v) => ({ v, fromX: false })));
    pooled.sort((a, b) => a.v - b.v);
    let rankSumX = 0;
    let tieTerm = 0;
    let i = 0;
    while (i < pooled.length) {
        let j = i;
        while (j + 1 < pooled.length && pooled[j + 1].v === pooled[i].v)
            j++;
        const midrank = (i + j + 2) / 2;
        const t = j - i + 1;
        if (t > 1)
            tieTerm += t ** 3 - t;
        for (let k = i; k <= j; k++)
            if (pooled[k].fromX)
                rankSumX += midrank;
        i = j + 1;
    }
    return { rankSumX, tieTerm };
}
function logBinomial(n, k) {
    let s = 0;
    for (let i = 1; i <= k; i++)
        s += Math.log(n - k + i) - Math.log(i);
    return s;
}
/**
 * Counts of each U value (0..n1*n2) under the null, as the coefficients of the Gaussian binomial
 * [n1+n2 choose n1]_q = prod_{i=1..n1} (1 - q^(n2+i)) / (1 - q^i). Integer-valued and exact below EXACT_LIMIT.
 */
function exactUCounts(n1, n2) {
    const m = Math.min(n1, n2);
    const n = Math.max(n1, n2);
    const size = m * n + 1;
    const poly = new Float64Array(size);
    poly[0] = 1;
    for (let i = 1; i <= m; i++) {
        const up = n + i;
        for (let k = size - 1; k >= up; k--)
            poly[k] -= poly[k - up];
        for (let k = i; k < size; k++)
            poly[k] += poly[k - i];
    }
    return poly;
}
function exactPValue(u, n1, n2, alternative) {
    const counts = exactUCounts(n1, n2);
    let total = 0;
    for (const c of counts)
        total += c;
    // u is an integer when there are no ties.
    let atLeast = 0;
    for (let k = u; k < counts.length; k++)
        atLeast += counts[k];
    let atMost = 0;
    for (let k = 0; k <= u; k++)
        atMost += counts[k];
    const pGreater = atLeast / total;
    const pLess = atMost / total;
    if (alternative === 'greater')
        return pGreater;
    if (alternative === 'less')
        return pLess;
    return Math.min(1, 2 * Math.min(pGreater, pLess));
}
function mannWhitneyU(x, y, options = {}) {
    mann_whitney_checkSample(x, 'x');
    mann_whitney_checkSample(y, 'y');
    const alternative = options.alternative ?? 'two-sided';
    const continuity = options.continuity ?? true;
    const n1 = x.length;
    const n2 = y.length;
    const { rankSumX, tieTerm } = rank(x, y);
    const u = rankSumX - (n1 * (n1 + 1)) / 2;
    const uOther = n1 * n2 - u;
    const ties = tieTerm > 0;
    const exactAffordable = !ties && logBinomial(n1 + n2, Math.min(n1, n2)) < Math.log(EXACT_LIMIT) && n1 * n2 <= 10_000;
    const requested = options.method ?? 'auto';
    if (requested === 'exact' && !exactAffordable) {
        throw new RangeError(ties ? 'mannWhitneyU: the exact method needs samples without ties' : 'mannWhitneyU: samples too large for the exact method');
    }
    const method = requested === 'normal' ? 'normal' : exactAffordable ? 'exact' : 'normal';
    const cles = u / (n1 * n2);
    const base = { u, uOther, n1, n2, method, alternative, ties, commonLanguageEffect: cles, rankBiserial: 2 * cles - 1 };
    if (method === 'exact')
        return { ...base, pValue: exactPValue(u, n1, n2, alternative) };
    const n = n1 + n2;
    const mu = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    // Every value equal: no evidence either way.
    if (!(variance > 0))
        return { ...base, pValue: 1, z: 0 };
    const sigma = Math.sqrt(variance);
    const cc = continuity ? 0.5 : 0;
    let z;
    let pValue;
    if (alternative === 'greater') {
        z = (u - mu - cc) / sigma;
        pValue = normalSf(z);
    }
    else if (alternative === 'less') {
        z = (u - mu + cc) / sigma;
        pValue = normalCdf(z);
    }
    else {
        z = (Math.max(u, uOther) - mu - cc) / sigma;
        pValue = Math.min(1, 2 * normalSf(z));
    }
    return { ...base, z, pValue: Math.min(1, Math.max(0, pValue)) };
}
/** Hodges-Lehmann estimate of the shift x - y: the median of all pairwise differences. */
function hodgesLehmannShift(x, y) {
    mann_whitney_checkSample(x, 'x');
    mann_whitney_checkSample(y, 'y');
    const diffs = [];
    for (const a of x)
        for (const b of y)
            diffs.push(a - b);
    return median(diffs);
}
/**
 * One-sided Mann-Whitney test of a shift against a margin: `greater` tests H1 "x − y is shifted by more than
 * `margin`", `less` tests H1 "by less than `margin`", by testing (x − margin) against y (the test inverted
 * to give the Hodges-Lehmann confidence bounds). With margin 0 it is the ordinary one-sided test.
 */
function mannWhitneyShiftTest(x, y, margin, alternative, options = {}) {
    if (!Number.isFinite(margin))
        throw new RangeError(`mannWhitneyShiftTest: the margin must be finite, got ${margin}`);
    return mannWhitneyU(margin === 0 ? x : x.map((v) => v - margin), y, { ...options, alternative });
}
/**
 * The smallest one-sided p-value samples of these sizes can give (complete separation, no ties): 1 / C(n1+n2, n1).
 * When it is not below α the test cannot reject whatever the data: 3 against 3 gives 1/20 = 0.05.
 */
function mannWhitneyMinimumPValue(n1, n2) {
    if (!(Number.isInteger(n1) && Number.isInteger(n2) && n1 > 0 && n2 > 0))
        throw new RangeError(`mannWhitneyMinimumPValue: sizes must be positive integers, got ${n1} and ${n2}`);
    const k = Math.min(n1, n2);
    // Exact integer arithmetic while C(n1+n2, k) stays below 2^53 (each partial product is itself a binomial).
    let c = 1;
    for (let i = 1; i <= k; i++) {
        c = (c * (n1 + n2 - k + i)) / i;
        if (c > Number.MAX_SAFE_INTEGER)
            return Math.exp(-logBinomial(n1 + n2, k));
    }
    return 1 / c;
}

;// CONCATENATED MODULE: ./src/core/stats/wilcoxon.ts


/** Largest n of the exact distribution (scipy's limit; the counts stay exact in doubles well beyond it). */
const WILCOXON_EXACT_MAX_N = 50;
/** Counts of each R+ value 0..n(n+1)/2 under the null: the coefficients of prod_{k=1..n} (1 + q^k). */
function exactSignedRankCounts(n) {
    const size = (n * (n + 1)) / 2 + 1;
    const counts = new Float64Array(size);
    counts[0] = 1;
    for (let k = 1; k <= n; k++)
        for (let s = (k * (k + 1)) / 2; s >= k; s--)
            counts[s] += counts[s - k];
    return counts;
}
/** Midranks of |d| (1-based) and the tie groups' sizes. */
function absRanks(d) {
    const order = d.map((v, i) => ({ a: Math.abs(v), i })).sort((p, q) => p.a - q.a);
    const ranks = new Array(d.length);
    const tieSizes = [];
    let i = 0;
    while (i < order.length) {
        let j = i;
        while (j + 1 < order.length && order[j + 1].a === order[i].a)
            j++;
        const midrank = (i + j + 2) / 2;
        for (let k = i; k <= j; k++)
            ranks[order[k].i] = midrank;
        if (j > i)
            tieSizes.push(j - i + 1);
        i = j + 1;
    }
    return { ranks, tieSizes };
}
function wilcoxonSignedRank(x, y, options = {}) {
    if (x.length === 0)
        throw new RangeError('wilcoxonSignedRank: the sample is empty');
    if (y && y.length !== x.length)
        throw new RangeError(`wilcoxonSignedRank: paired samples differ in length (${x.length} vs ${y.length})`);
    const shift = options.shift ?? 0;
    const all = x.map((v, i) => v - (y ? y[i] : 0) - shift);
    for (const v of all)
        if (!Number.isFinite(v))
            throw new RangeError(`wilcoxonSignedRank: a difference is not finite (${v})`);
    const alternative = options.alternative ?? 'two-sided';
    const zeroMethod = options.zeroMethod ?? 'wilcox';
    const zeros = all.filter((v) => v === 0).length;
    if (zeros === all.length)
        throw new RangeError('wilcoxonSignedRank: every difference is zero; there is nothing to rank');
    const d = zeroMethod === 'wilcox' ? all.filter((v) => v !== 0) : all;
    const { ranks, tieSizes } = absRanks(d);
    let rPlus = 0;
    let rMinus = 0;
    d.forEach((v, i) => {
        if (v > 0)
            rPlus += ranks[i];
        else if (v < 0)
            rMinus += ranks[i];
    });
    const n = d.length;
    const ties = tieSizes.length > 0;
    const statistic = alternative === 'two-sided' ? Math.min(rPlus, rMinus) : rPlus;
    const exactPossible = !ties && zeros === 0 && n <= WILCOXON_EXACT_MAX_N;
    const requested = options.method ?? 'auto';
    if (requested === 'exact' && !exactPossible) {
        throw new RangeError(`wilcoxonSignedRank: the exact method needs at most ${WILCOXON_EXACT_MAX_N} differences with no zero and no tie`);
    }
    const method = requested === 'normal' || !exactPossible ? 'normal' : 'exact';
    const base = { statistic, rPlus, rMinus, n, zeros, ties, method, alternative };
    if (method === 'exact') {
        const counts = exactSignedRankCounts(n);
        const total = 2 ** n;
        let atLeast = 0;
        for (let s = rPlus; s < counts.length; s++)
            atLeast += counts[s];
        let atMost = 0;
        for (let s = 0; s <= rPlus; s++)
            atMost += counts[s];
        const pGreater = atLeast / total;
        const pLess = atMost / total;
        const center = (counts.length - 1) / 2;
        const pValue = alternative === 'greater' ? pGreater : alternative === 'less' ? pLess : rPlus === center ? 1 : Math.min(1, 2 * Math.min(pGreater, pLess));
        return { ...base, pValue };
    }
    // Normal approximation with the tie correction; under `pratt` the zeros' ranks are left out (Cureton 1967).
    const z0 = zeroMethod === 'pratt' ? zeros : 0;
    const mean = (n * (n + 1)) / 4 - (z0 * (z0 + 1)) / 4;
    let variance = n * (n + 1) * (2 * n + 1) - z0 * (z0 + 1) * (2 * z0 + 1);
    // Tie groups among the non-zero differences only (zeros are not part of R+ or R-).
    for (const t of tieGroupsOfRanks(d, ranks))
        variance -= 0.5 * t * (t * t - 1);
    variance /= 24;
    if (!(variance > 0))
        return { ...base, z: 0, pValue: 1 };
    const se = Math.sqrt(variance);
    const cc = options.continuity ? (alternative === 'two-sided' ? 0.5 * Math.sign(statistic - mean) : alternative === 'less' ? -0.5 : 0.5) : 0;
    const z = (statistic - mean - cc) / se;
    const pValue = alternative === 'greater' ? normalSf(z) : alternative === 'less' ? normalCdf(z) : 2 * normalSf(Math.abs(z));
    return { ...base, z, pValue: Math.min(1, Math.max(0, pValue)) };
}
/** Sizes of groups of equal ranks among the non-zero differences (what scipy's find_repeats sees under pratt). */
function tieGroupsOfRanks(d, ranks) {
    const byRank = new Map();
    d.forEach((v, i) => {
        if (v !== 0)
            byRank.set(ranks[i], (byRank.get(ranks[i]) ?? 0) + 1);
    });
    return [...byRank.values()].filter((t) => t > 1);
}
/**
 * Hodges-Lehmann estimate of the centre of one sample of differences: the median of its Walsh averages
 * (d_i + d_j) / 2, i <= j. The estimate that goes with the signed-rank test, robust to a stray value.
 */
function hodgesLehmannCenter(d) {
    if (d.length === 0)
        throw new RangeError('hodgesLehmannCenter: the sample is empty');
    const walsh = [];
    for (let i = 0; i < d.length; i++)
        for (let j = i; j < d.length; j++)
            walsh.push((d[i] + d[j]) / 2);
    return descriptive_median(walsh);
}
/** The smallest one-sided p-value the exact test can give with n differences (2^-n): below alpha, or blind. */
function smallestSignedRankP(n) {
    return 2 ** -n;
}

;// CONCATENATED MODULE: ./src/bench/compare.ts




/** The per-trial figure the regression rule judges. */
function metricOf(trial, metric) {
    return metric === 'throughput' ? trial.throughput_per_s : trial.latency_ms[metric];
}
/**
 * Judges a candidate against a baseline on their trials. Four outcomes:
 *  - `regressed`: evidence at `alpha` that the candidate is worse, and an estimated change of at least
 *    `minEffect` (a tiny consistent change never fails a build);
 *  - `improved`: the same, the other way;
 *  - `unchanged`: evidence that any slowdown is smaller than `minEffect` (the trials exclude a regression);
 *  - `inconclusive`: neither: the trials vary too much to tell, or are too few to ever reach `alpha`.
 * `paired`: trial i of each side ran adjacent in time (the run measured both), so the test is on the
 * per-pair ratios (Wilcoxon signed-rank, or a bootstrap of the paired ratios): what both trials of a pair
 * share (a noisy neighbour, a thermal state) cancels. Otherwise (a stored baseline) the trials are two
 * independent samples (Mann-Whitney, or a bootstrap of the ratio of medians).
 */
function compareTrials(candidate, baseline, rule, baselineSource, options = {}) {
    const metric = rule.metric;
    const c = candidate.trials.map((t) => metricOf(t, metric));
    const b = baseline.trials.map((t) => metricOf(t, metric));
    const paired = options.paired === true;
    if (c.length < 3 || b.length < 3 || ![...c, ...b].every((v) => Number.isFinite(v) && v > 0)) {
        return incomparable(candidate, rule, baselineSource, `needs at least 3 positive, finite trials on each side (candidate ${c.length}, baseline ${b.length})`);
    }
    if (paired && c.length !== b.length)
        throw new Error(`paired comparison of ${c.length} candidate and ${b.length} baseline trials`);
    const e = paired ? pairedEvidence(c, b, rule, `${candidate.model}:${candidate.batch}`) : unpairedEvidence(c, b, rule, `${candidate.model}:${candidate.batch}`);
    const higherIsWorse = metric !== 'throughput';
    const change = e.worseRatio - 1;
    const ratio = higherIsWorse ? e.worseRatio : 1 / e.worseRatio;
    const pct = (x) => `${(x * 100).toFixed(1)}%`;
    const signed = (x) => `${x >= 0 ? '+' : ''}${pct(x)}`;
    const threshold = Math.log1p(rule.minEffect);
    let verdict;
    let reason;
    if (e.worse && change >= rule.minEffect) {
        verdict = 'regressed';
        reason = `${metric} ${pct(change)} worse, beyond the minimum effect ${pct(rule.minEffect)}; ${e.text}`;
    }
    else if (e.better && -Math.log(e.worseRatio) >= threshold) {
        verdict = 'improved';
        reason = `${metric} ${pct(1 - 1 / e.worseRatio)} better; ${e.text}`;
    }
    else if (e.withinMinEffect) {
        verdict = 'unchanged';
        reason = e.worse
            ? `${metric} ${pct(change)} worse with evidence, but the trials exclude a change of the minimum effect ${pct(rule.minEffect)}; ${e.text}`
            : `no change of the minimum effect ${pct(rule.minEffect)} (${metric} ${signed(change)}); ${e.text}`;
    }
    else if (e.blind) {
        verdict = 'inconclusive';
        reason = `${e.blind}; raise bench.trials (${metric} ${signed(change)})`;
    }
    else {
        verdict = 'inconclusive';
        reason = `the trials vary too much to tell whether ${metric} changed by the minimum effect ${pct(rule.minEffect)} (${signed(change)}; ${e.text})`;
    }
    return {
        model: candidate.model,
        batch: candidate.batch,
        metric,
        baselineSource,
        candidate: descriptive_median(c),
        baseline: descriptive_median(b),
        ratio,
        change,
        test: e.test,
        paired,
        ...(paired ? { pairs: c.length } : {}),
        pValue: e.pWorse,
        ...(e.pWorse !== undefined ? { pValueFor: 'worse', pValueWithinMinEffect: e.pWithin } : {}),
        ci: e.ci,
        verdict,
        regressed: verdict === 'regressed',
        reason,
    };
}
/** Per-pair log ratios in the worse direction: log(c/b) for latency, log(b/c) for throughput. */
function worseLogRatios(c, b, metric) {
    return c.map((v, i) => (metric === 'throughput' ? Math.log(b[i] / v) : Math.log(v / b[i])));
}
function pairedEvidence(c, b, rule, seed) {
    const d = worseLogRatios(c, b, rule.metric);
    const threshold = Math.log1p(rule.minEffect);
    if (rule.test === 'bootstrap') {
        const interval = bootstrapCI(d, descriptive_median, { confidence: rule.confidence, seed });
        const toRatio = (x) => (rule.metric === 'throughput' ? Math.exp(-x) : Math.exp(x));
        const [lo, hi] = rule.metric === 'throughput' ? [toRatio(interval.upper), toRatio(interval.lower)] : [toRatio(interval.lower), toRatio(interval.upper)];
        return {
            test: 'bootstrap',
            worseRatio: Math.exp(interval.estimate),
            worse: interval.lower > 0,
            better: interval.upper < 0,
            withinMinEffect: interval.upper < threshold,
            ci: { lower: lo, upper: hi, confidence: rule.confidence },
            text: `${Math.round(rule.confidence * 100)}% bootstrap CI of the median per-pair ratio [${lo.toFixed(3)}, ${hi.toFixed(3)}] over ${d.length} pairs`,
        };
    }
    // A pair whose figures are equal carries no sign: dropped (zero method `wilcox`); all equal means no change.
    if (d.every((x) => x === 0))
        return { test: 'wilcoxon', worseRatio: 1, worse: false, better: false, withinMinEffect: true, pWorse: 1, pWithin: 0, text: `all ${d.length} pairs equal` };
    const worse = wilcoxonSignedRank(d, undefined, { alternative: 'greater' });
    const better = wilcoxonSignedRank(d, undefined, { alternative: 'less' });
    const shifted = d.map((x) => x - threshold);
    const within = shifted.every((x) => x === 0) ? { pValue: 1 } : wilcoxonSignedRank(shifted, undefined, { alternative: 'less' });
    const minP = smallestSignedRankP(d.length);
    return {
        test: 'wilcoxon',
        worseRatio: Math.exp(hodgesLehmannCenter(d)),
        worse: worse.pValue < rule.alpha,
        better: better.pValue < rule.alpha,
        withinMinEffect: within.pValue < rule.alpha,
        pWorse: worse.pValue,
        pWithin: within.pValue,
        blind: minP >= rule.alpha ? `${d.length} pairs cannot reach alpha ${rule.alpha} (smallest possible p = ${minP.toPrecision(2)})` : undefined,
        text: `Wilcoxon signed-rank on ${d.length} paired trials: p(worse) = ${worse.pValue.toPrecision(3)}, p(within ${(rule.minEffect * 100).toFixed(1)}%) = ${within.pValue.toPrecision(3)} (alpha ${rule.alpha})`,
    };
}
function unpairedEvidence(c, b, rule, seed) {
    const higherIsWorse = rule.metric !== 'throughput';
    const worseRatio = higherIsWorse ? descriptive_median(c) / descriptive_median(b) : descriptive_median(b) / descriptive_median(c);
    if (rule.test === 'bootstrap') {
        const interval = bootstrapRatioCI(c, b, { confidence: rule.confidence, seed });
        const worseBound = higherIsWorse ? interval.upper : 1 / interval.lower;
        return {
            test: 'bootstrap',
            worseRatio,
            worse: higherIsWorse ? interval.lower > 1 : interval.upper < 1,
            better: higherIsWorse ? interval.upper < 1 : interval.lower > 1,
            withinMinEffect: worseBound < 1 + rule.minEffect,
            ci: { lower: interval.lower, upper: interval.upper, confidence: rule.confidence },
            text: `${Math.round(rule.confidence * 100)}% CI of the ratio of medians [${interval.lower.toFixed(3)}, ${interval.upper.toFixed(3)}]`,
        };
    }
    const worse = mannWhitneyU(c, b, { alternative: higherIsWorse ? 'greater' : 'less' });
    const better = mannWhitneyU(c, b, { alternative: higherIsWorse ? 'less' : 'greater' });
    // "Worse by less than minEffect": the candidate against the baseline moved by minEffect (a ratio, so scaled).
    const within = higherIsWorse ? mannWhitneyU(c, b.map((v) => v * (1 + rule.minEffect)), { alternative: 'less' }) : mannWhitneyU(c, b.map((v) => v / (1 + rule.minEffect)), { alternative: 'greater' });
    const minP = 1 / binomial(c.length + b.length, c.length);
    return {
        test: 'mann-whitney',
        worseRatio,
        worse: worse.pValue < rule.alpha,
        better: better.pValue < rule.alpha,
        withinMinEffect: within.pValue < rule.alpha,
        pWorse: worse.pValue,
        pWithin: within.pValue,
        blind: minP >= rule.alpha ? `${c.length} vs ${b.length} trials cannot reach alpha ${rule.alpha} (smallest possible p = ${minP.toPrecision(2)})` : undefined,
        text: `Mann-Whitney on ${c.length} vs ${b.length} independent trials: p(worse) = ${worse.pValue.toPrecision(3)}, p(within ${(rule.minEffect * 100).toFixed(1)}%) = ${within.pValue.toPrecision(3)} (alpha ${rule.alpha})`,
    };
}
/** A comparison that cannot be made (other machine, no trials): explicit, never a figure that looks valid. */
function incomparable(candidate, rule, baselineSource, reason, baselineValue = Number.NaN) {
    const c = candidate.trials.map((t) => metricOf(t, rule.metric)).filter(Number.isFinite);
    return {
        model: candidate.model,
        batch: candidate.batch,
        metric: rule.metric,
        baselineSource,
        candidate: c.length ? descriptive_median(c) : Number.NaN,
        baseline: baselineValue,
        ratio: Number.NaN,
        change: Number.NaN,
        test: rule.test,
        paired: false,
        verdict: 'incomparable',
        regressed: false,
        reason,
    };
}
function binomial(n, k) {
    let r = 1;
    for (let i = 1; i <= k; i++)
        r = (r * (n - k + i)) / i;
    return r;
}

;// CONCATENATED MODULE: ./src/bench/aggregate.ts


/**
 * Headline figures of a series of trials: each percentile is the median over trials (a stray trial hit
 * by a noisy neighbour does not move it), the mean is weighted by samples, and RSS is the peak.
 */
function aggregateTrials(trials, metric) {
    const pick = (k) => descriptive_median(trials.map((t) => t.latency_ms[k]));
    const samples = trials.reduce((s, t) => s + t.samples, 0);
    const latency = {
        p50: pick('p50'),
        p90: pick('p90'),
        p95: pick('p95'),
        p99: pick('p99'),
        mean: trials.reduce((s, t) => s + t.latency_ms.mean * t.samples, 0) / Math.max(1, samples),
        min: Math.min(...trials.map((t) => t.latency_ms.min)),
        max: Math.max(...trials.map((t) => t.latency_ms.max)),
        stddev: pick('stddev'),
    };
    const status = {};
    for (const t of trials)
        for (const [k, v] of Object.entries(t.status ?? {}))
            status[k] = (status[k] ?? 0) + v;
    return {
        samples,
        latency_ms: latency,
        throughput_per_s: descriptive_median(trials.map((t) => t.throughput_per_s)),
        rss_mb: Math.max(...trials.map((t) => t.rss_mb)),
        errors: trials.reduce((s, t) => s + t.errors, 0),
        status: Object.keys(status).length ? status : undefined,
        trialCv: coefficientOfVariation(trials.map((t) => metricOf(t, metric))),
    };
}

// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/index.js
var dist = __webpack_require__(2960);
;// CONCATENATED MODULE: ./src/bench/measure.ts

/** Samples a trial keeps exactly (8 bytes each, 32 MiB at most); beyond, percentiles come from the histogram. */
const EXACT_SAMPLE_LIMIT = 4 * 1024 * 1024;
/**
 * Latencies of one trial, in nanoseconds. Every value goes into an HDR histogram (3 significant digits,
 * constant memory) and, up to EXACT_SAMPLE_LIMIT, into a plain array: the figures a trial reports, and the
 * regression test judges, are then exact, not rounded to a histogram bucket (0.1% steps, which would turn
 * close trials into ties). Only a trial of millions of calls falls back to the histogram's percentiles.
 */
class LatencyRecorder {
    histogram = dist/* build */.jq({ bitBucketSize: 'packed', lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000_000, numberOfSignificantValueDigits: 3, useWebAssembly: false });
    exact = new Float64Array(1024);
    count = 0;
    sum = 0;
    recordValue(ns) {
        this.histogram.recordValue(Math.max(1, Math.round(ns)));
        this.sum += ns;
        if (this.count < EXACT_SAMPLE_LIMIT) {
            if (this.count === this.exact.length) {
                const grown = new Float64Array(Math.min(EXACT_SAMPLE_LIMIT, this.exact.length * 2));
                grown.set(this.exact);
                this.exact = grown;
            }
            this.exact[this.count] = ns;
        }
        this.count++;
    }
    /** Whether every sample was kept (the summary is then exact). */
    get isExact() {
        return this.count <= EXACT_SAMPLE_LIMIT;
    }
    summary() {
        const h = this.histogram;
        const toMs = (v) => v / 1e6;
        const fromHistogram = {
            p50: toMs(h.getValueAtPercentile(50)),
            p90: toMs(h.getValueAtPercentile(90)),
            p95: toMs(h.getValueAtPercentile(95)),
            p99: toMs(h.getValueAtPercentile(99)),
            mean: this.count > 0 ? toMs(this.sum / this.count) : 0,
            min: toMs(h.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : h.minNonZeroValue),
            max: toMs(h.maxValue),
            stddev: toMs(h.stdDeviation),
        };
        if (this.count === 0 || !this.isExact)
            return fromHistogram;
        const sorted = this.exact.slice(0, this.count).sort();
        // Nearest rank, as HDR histograms report percentiles: a value some call really took.
        const at = (p) => toMs(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]);
        return { ...fromHistogram, p50: at(50), p90: at(90), p95: at(95), p99: at(99), min: toMs(sorted[0]), max: toMs(sorted[sorted.length - 1]) };
    }
}
function createLatencyHistogram() {
    return new LatencyRecorder();
}
function summarize(recorder) {
    return recorder.summary();
}
const nowNs = () => process.hrtime.bigint();
/**
 * Closed-loop trial of an async operation: run it back to back, timing each call. The loop is the whole
 * harness overhead (one hrtime pair and one histogram record per call), kept small on purpose: the bench
 * suite holds it under 5% of a bare onnxruntime loop.
 */
async function runClosedLoopTrial(op, plan, after) {
    const warmEnd = nowNs() + BigInt(Math.round(plan.warmupMs * 1e6));
    while (nowNs() < warmEnd)
        await op();
    const h = createLatencyHistogram();
    const windowNs = BigInt(Math.round(plan.durationMs * 1e6));
    const start = nowNs();
    let samples = 0;
    let errors = 0;
    for (;;) {
        const t0 = nowNs();
        try {
            await op();
            let elapsed = Number(nowNs() - t0);
            if (after) {
                after(elapsed);
                elapsed = Number(nowNs() - t0);
            }
            h.recordValue(elapsed);
            samples++;
        }
        catch (err) {
            errors++;
            // A failing operation must never yield figures that look valid.
            if (samples === 0 && errors >= 3)
                throw err;
        }
        if (plan.iterations !== undefined && samples + errors >= plan.iterations * 2)
            break;
        if (plan.iterations !== undefined ? samples >= plan.iterations : nowNs() - start >= windowNs)
            break;
    }
    const durationMs = Number(nowNs() - start) / 1e6;
    return {
        samples,
        durationMs,
        latency_ms: summarize(h),
        throughput_per_s: (samples * plan.batch) / (durationMs / 1000),
        rss_mb: process.memoryUsage.rss() / 2 ** 20,
        errors,
    };
}
/** Busy-waits for a number of nanoseconds (a calibrated slowdown hook for tests and demos). */
function spin(ns) {
    const end = nowNs() + BigInt(Math.max(0, Math.round(ns)));
    while (nowNs() < end) {
        /* spin */
    }
}

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
    const fail = (why) => new errors/* ModelshipError */.W7(`${what}: ${why}; its output was: ${excerpt}`, {
        hint: 'print one JSON line such as {"latencies_ms": [0.8, 0.9]} (see docs/bench.md, "command runner")',
    });
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw fail('printed no JSON object');
    const o = parsed;
    const extras = { rss_mb: finite(o.rss_mb) ? o.rss_mb : 0, errors: finite(o.errors) ? o.errors : 0, loadMs: finite(o.load_ms) ? o.load_ms : undefined };
    if (o.latencies_ms !== undefined) {
        if (!Array.isArray(o.latencies_ms) || o.latencies_ms.length === 0 || !o.latencies_ms.every(latency))
            throw fail('"latencies_ms" must be a non-empty array of numbers from 0 to 3600000');
        const h = createLatencyHistogram();
        let total = 0;
        for (const ms of o.latencies_ms) {
            h.recordValue(Math.max(1, Math.round(ms * 1e6)));
            total += ms;
        }
        const durationMs = finite(o.duration_ms) && o.duration_ms > 0 ? o.duration_ms : total;
        if (!(durationMs >= 1e-6))
            throw fail('the latencies add up to no time at all; give "duration_ms"');
        return { samples: o.latencies_ms.length, durationMs, latency_ms: summarize(h), throughput_per_s: (o.latencies_ms.length * plan.batch) / (durationMs / 1000), ...extras };
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
            throw new errors/* ModelshipError */.W7('the command runner needs bench.command');
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
                            reject(new errors/* ModelshipError */.W7(`bench command ${why}${errOut ? `: ${String(errOut).trim().slice(-300)}` : ''}`, { hint: 'run the command by hand; it must exit 0 and print one JSON line' }));
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
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/bench/inputs.ts



const GENERATORS = {
    float32: (n, r) => Float32Array.from({ length: n }, r),
    float64: (n, r) => Float64Array.from({ length: n }, r),
    float16: (n, r) => Uint16Array.from({ length: n }, () => toHalf(r())),
    int8: (n, r) => Int8Array.from({ length: n }, () => Math.floor(r() * 10)),
    int16: (n, r) => Int16Array.from({ length: n }, () => Math.floor(r() * 10)),
    int32: (n, r) => Int32Array.from({ length: n }, () => Math.floor(r() * 10)),
    int64: (n, r) => BigInt64Array.from({ length: n }, () => BigInt(Math.floor(r() * 10))),
    uint8: (n, r) => Uint8Array.from({ length: n }, () => Math.floor(r() * 10)),
    uint16: (n, r) => Uint16Array.from({ length: n }, () => Math.floor(r() * 10)),
    uint32: (n, r) => Uint32Array.from({ length: n }, () => Math.floor(r() * 10)),
    uint64: (n, r) => BigUint64Array.from({ length: n }, () => BigInt(Math.floor(r() * 10))),
    bool: (n, r) => Uint8Array.from({ length: n }, () => (r() < 0.5 ? 1 : 0)),
    string: (n) => Array.from({ length: n }, (_, i) => `sample ${i}`),
};
/** IEEE 754 half from a small non-negative float (values in [0, 1) are all we generate). */
function toHalf(v) {
    if (v === 0)
        return 0;
    const exp = Math.floor(Math.log2(v));
    const mant = Math.round((v / 2 ** exp - 1) * 1024);
    return (((exp + 15) & 0x1f) << 10) | (mant & 0x3ff);
}
const SUPPORTED_DTYPES = Object.keys(GENERATORS);
/**
 * Concrete dims for a declared shape: the first dynamic dimension (named or not) is the batch unless `dims`
 * binds it; every other symbolic dimension must be bound in bench.dims, or the inputs cannot be generated.
 */
function concreteDims(spec, batch, bindings) {
    if (spec.shape === undefined) {
        throw new errors/* ModelshipError */.W7(`input "${spec.name}" has no declared shape, so its inputs cannot be generated`, {
            hint: 'give an inputs file (bench.inputs) with the tensor, or fix the model signature',
        });
    }
    let batchUsed = false;
    return spec.shape.map((d, axis) => {
        if (typeof d === 'number' && d >= 0)
            return d;
        if (typeof d === 'string' && d !== '?' && bindings[d] !== undefined)
            return bindings[d];
        if (axis === 0 && !batchUsed) {
            batchUsed = true;
            return batch;
        }
        const label = typeof d === 'string' && d !== '?' ? `"${d}"` : 'an unnamed dynamic dimension';
        throw new errors/* ModelshipError */.W7(`input "${spec.name}" axis ${axis} is ${label}, which has no size to generate inputs with`, {
            hint: typeof d === 'string' && d !== '?' ? `bind it in bench.dims, e.g. dims: { ${d}: 128 }` : 'give an inputs file (bench.inputs)',
        });
    });
}
/** Seeded inputs for every declared input: the same seed gives the same tensors on every run. */
function generateInputs(specs, batch, bindings, seed) {
    const random = createRandom(`inputs:${seed}`);
    return specs.map((spec) => {
        const gen = GENERATORS[spec.dtype];
        if (!gen) {
            throw new errors/* ModelshipError */.W7(`input "${spec.name}" has element type ${spec.dtype}, for which inputs cannot be generated`, {
                hint: `supported: ${SUPPORTED_DTYPES.join(', ')}; or give an inputs file (bench.inputs)`,
            });
        }
        const dims = concreteDims(spec, batch, bindings);
        const count = dims.reduce((a, b) => a * b, 1);
        if (count > 256 * 2 ** 20)
            throw new errors/* ModelshipError */.W7(`input "${spec.name}" would hold ${count} elements (dims ${dims.join('x')}): too large to generate`);
        return { name: spec.name, dtype: spec.dtype, dims, data: gen(count, () => random.next()) };
    });
}
/**
 * Reads inputs from a JSON file: `{"<input>": {"dtype": "float32", "dims": [1, 4], "data": [...]}}`, or a
 * nested array per input (dims inferred, dtype taken from the model). The first dim is the batch.
 */
async function readInputsFile(file, specs) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`cannot read inputs file ${file}: ${err.message}`, { hint: 'a JSON object: input name -> {dtype, dims, data} or a nested array' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new errors/* ModelshipError */.W7(`inputs file ${file}: expected a JSON object keyed by input name`);
    const entries = parsed;
    for (const name of Object.keys(entries)) {
        if (!specs.some((s) => s.name === name))
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: the model has no input "${name}"`, { hint: `inputs: ${specs.map((s) => s.name).join(', ')}` });
    }
    return specs.map((spec) => {
        const raw = entries[spec.name];
        if (raw === undefined)
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: input "${spec.name}" is missing`);
        let dims;
        let flat;
        let dtype = spec.dtype;
        if (Array.isArray(raw)) {
            dims = inferDims(raw, `${file}: ${spec.name}`);
            flat = raw.flat(Infinity);
        }
        else if (typeof raw === 'object' && raw !== null && Array.isArray(raw.data)) {
            const o = raw;
            dtype = o.dtype ?? spec.dtype;
            flat = o.data.flat(Infinity);
            dims = Array.isArray(o.dims) ? o.dims : [flat.length];
            if (!dims.every((d) => Number.isInteger(d) && d >= 0))
                throw new errors/* ModelshipError */.W7(`inputs file ${file}: "${spec.name}".dims must be non-negative integers`);
        }
        else {
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: input "${spec.name}" must be a nested array or {dtype, dims, data}`);
        }
        const count = dims.reduce((a, b) => a * b, 1);
        if (count !== flat.length)
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: input "${spec.name}" has ${flat.length} values but dims ${JSON.stringify(dims)} need ${count}`);
        return { name: spec.name, dtype, dims, data: toTyped(dtype, flat, `${file}: ${spec.name}`) };
    });
}
function inferDims(value, what) {
    const dims = [];
    let v = value;
    while (Array.isArray(v)) {
        dims.push(v.length);
        v = v[0];
    }
    const check = (x, depth) => {
        if (depth === dims.length) {
            if (Array.isArray(x))
                throw new errors/* ModelshipError */.W7(`${what}: ragged nested array`);
            return;
        }
        if (!Array.isArray(x) || x.length !== dims[depth])
            throw new errors/* ModelshipError */.W7(`${what}: ragged nested array (axis ${depth})`);
        for (const e of x)
            check(e, depth + 1);
    };
    check(value, 0);
    return dims;
}
function toTyped(dtype, flat, what) {
    if (dtype === 'string')
        return flat.map(String);
    if (!GENERATORS[dtype] || dtype === 'float16')
        throw new errors/* ModelshipError */.W7(`${what}: element type ${dtype} is not supported in an inputs file`);
    for (const v of flat) {
        if (typeof v !== 'number' && typeof v !== 'boolean')
            throw new errors/* ModelshipError */.W7(`${what}: expected numbers, found ${JSON.stringify(v)}`);
    }
    const nums = flat.map(Number);
    switch (dtype) {
        case 'float32': return Float32Array.from(nums);
        case 'float64': return Float64Array.from(nums);
        case 'int8': return Int8Array.from(nums);
        case 'int16': return Int16Array.from(nums);
        case 'int32': return Int32Array.from(nums);
        case 'int64': return BigInt64Array.from(nums.map((n) => BigInt(Math.trunc(n))));
        case 'uint8':
        case 'bool': return Uint8Array.from(nums);
        case 'uint16': return Uint16Array.from(nums);
        case 'uint32': return Uint32Array.from(nums);
        default: return BigUint64Array.from(nums.map((n) => BigInt(Math.trunc(n))));
    }
}

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
        throw new errors/* ModelshipError */.W7(`bench.http.url "${raw}" is not a URL`, { hint: 'e.g. http://127.0.0.1:8080' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* ModelshipError */.W7(`bench.http.url must be http or https, got ${url.protocol}`);
    if (url.username || url.password)
        throw new errors/* ModelshipError */.W7('bench.http.url must not carry credentials', { hint: 'send a token in bench.http.headers with ${env:NAME}' });
    return url;
}
function describeNetworkError(url, err) {
    const e = err;
    const code = e.code ?? e.cause?.code;
    return new errors/* ModelshipError */.W7(`cannot reach ${url}: ${code ?? e.message ?? String(err)}`, {
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
    const tensors = generateInputs(specs, batch, dims, seed);
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
            throw new errors/* ModelshipError */.W7('the http runner needs bench.http');
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
                    throw new errors/* ModelshipError */.W7(`${origin}${basePath}/v2/health/ready answered ${ready.status}: the server is not ready`);
                const meta = await getJson(pool, origin, modelPath, cfg.timeoutMs, headers);
                if (meta.status !== 200)
                    throw new errors/* ModelshipError */.W7(`${origin}${modelPath} answered ${meta.status}: no model "${modelName}" on this server`, { hint: 'set bench.http.model to the served model name' });
                const inputs = meta.body?.inputs;
                if (!Array.isArray(inputs) || inputs.length === 0)
                    throw new errors/* ModelshipError */.W7(`${origin}${modelPath}: the model metadata lists no inputs, so requests cannot be generated`);
                specs = inputs.map((i) => {
                    if (typeof i.name !== 'string' || typeof i.datatype !== 'string' || !Array.isArray(i.shape)) {
                        throw new errors/* ModelshipError */.W7(`${origin}${modelPath}: malformed input metadata ${JSON.stringify(i).slice(0, 200)}`);
                    }
                    const dtype = DTYPE_OF[i.datatype];
                    if (!dtype)
                        throw new errors/* ModelshipError */.W7(`${origin}${modelPath}: input "${i.name}" has datatype ${i.datatype}, which cannot be generated`);
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
                        throw new errors/* ModelshipError */.W7(`cannot read bench.http.payload ${cfg.payloadFile}: ${err.message}`);
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
                    throw new errors/* ModelshipError */.W7(`${cfg.method} ${origin}${endpoint.path} answered ${status}: ${text.slice(0, 300)}`, { hint: 'fix the payload or the server before measuring it' });
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
                        throw new errors/* ModelshipError */.W7(`${origin}${endpoint.path}: the answer is not an Open Inference Protocol response (no outputs): ${text.slice(0, 200)}`);
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
        throw new errors/* ModelshipError */.W7(`every request failed (${codes || 'no answer'})${tally.firstError ? `: ${tally.firstError.message}` : ''}`, {
            hint: 'the endpoint is down or rejects the payload; no figures are reported',
        });
    }
    return {
        samples: tally.samples,
        durationMs,
        latency_ms: summarize(h),
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
    const h = createLatencyHistogram();
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
    const h = createLatencyHistogram();
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

// EXTERNAL MODULE: ./node_modules/protobufjs/index.js
var protobufjs = __webpack_require__(3928);
var protobufjs_default = /*#__PURE__*/__webpack_require__.n(protobufjs);
;// CONCATENATED MODULE: ./src/core/onnx/onnx-proto.ts

/**
 * The ONNX protobuf schema (onnx/onnx.proto, IR version 8+; field numbers exactly as upstream), kept as a
 * string so nothing is read from disk at run time and the bundle (ncc) carries it. Comments are trimmed
 * to what a reader of this file needs; the upstream file is the authority.
 */
const ONNX_PROTO = `
syntax = "proto2";
package onnx;

message AttributeProto {
  enum AttributeType {
    UNDEFINED = 0; FLOAT = 1; INT = 2; STRING = 3; TENSOR = 4; GRAPH = 5; SPARSE_TENSOR = 11; TYPE_PROTO = 13;
    FLOATS = 6; INTS = 7; STRINGS = 8; TENSORS = 9; GRAPHS = 10; SPARSE_TENSORS = 12; TYPE_PROTOS = 14;
  }
  optional string name = 1;
  optional string ref_attr_name = 21;
  optional string doc_string = 13;
  optional AttributeType type = 20;
  optional float f = 2;
  optional int64 i = 3;
  optional bytes s = 4;
  optional TensorProto t = 5;
  optional GraphProto g = 6;
  optional SparseTensorProto sparse_tensor = 22;
  optional TypeProto tp = 14;
  repeated float floats = 7;
  repeated int64 ints = 8;
  repeated bytes strings = 9;
  repeated TensorProto tensors = 10;
  repeated GraphProto graphs = 11;
  repeated SparseTensorProto sparse_tensors = 23;
  repeated TypeProto type_protos = 15;
}

message ValueInfoProto {
  optional string name = 1;
  optional TypeProto type = 2;
  optional string doc_string = 3;
  repeated StringStringEntryProto metadata_props = 4;
}

message NodeProto {
  repeated string input = 1;
  repeated string output = 2;
  optional string name = 3;
  optional string op_type = 4;
  optional string domain = 7;
  optional string overload = 8;
  repeated AttributeProto attribute = 5;
  optional string doc_string = 6;
  repeated StringStringEntryProto metadata_props = 9;
}

message TrainingInfoProto {
  optional GraphProto initialization = 1;
  optional GraphProto algorithm = 2;
  repeated StringStringEntryProto initialization_binding = 3;
  repeated StringStringEntryProto update_binding = 4;
}

message ModelProto {
  optional int64 ir_version = 1;
  repeated OperatorSetIdProto opset_import = 8;
  optional string producer_name = 2;
  optional string producer_version = 3;
  optional string domain = 4;
  optional int64 model_version = 5;
  optional string doc_string = 6;
  optional GraphProto graph = 7;
  repeated StringStringEntryProto metadata_props = 14;
  repeated TrainingInfoProto training_info = 20;
  repeated FunctionProto functions = 25;
}

message StringStringEntryProto {
  optional string key = 1;
  optional string value = 2;
}

message TensorAnnotation {
  optional string tensor_name = 1;
  repeated StringStringEntryProto quant_parameter_tensor_names = 2;
}

message GraphProto {
  repeated NodeProto node = 1;
  optional string name = 2;
  repeated TensorProto initializer = 5;
  repeated SparseTensorProto sparse_initializer = 15;
  optional string doc_string = 10;
  repeated ValueInfoProto input = 11;
  repeated ValueInfoProto output = 12;
  repeated ValueInfoProto value_info = 13;
  repeated TensorAnnotation quantization_annotation = 14;
  repeated StringStringEntryProto metadata_props = 16;
  reserved 3, 4, 6 to 9;
}

message TensorProto {
  enum DataType {
    UNDEFINED = 0; FLOAT = 1; UINT8 = 2; INT8 = 3; UINT16 = 4; INT16 = 5; INT32 = 6; INT64 = 7; STRING = 8;
    BOOL = 9; FLOAT16 = 10; DOUBLE = 11; UINT32 = 12; UINT64 = 13; COMPLEX64 = 14; COMPLEX128 = 15;
    BFLOAT16 = 16; FLOAT8E4M3FN = 17; FLOAT8E4M3FNUZ = 18; FLOAT8E5M2 = 19; FLOAT8E5M2FNUZ = 20;
    UINT4 = 21; INT4 = 22; FLOAT4E2M1 = 23;
  }
  repeated int64 dims = 1;
  optional int32 data_type = 2;
  message Segment {
    optional int64 begin = 1;
    optional int64 end = 2;
  }
  optional Segment segment = 3;
  repeated float float_data = 4 [packed = true];
  repeated int32 int32_data = 5 [packed = true];
  repeated bytes string_data = 6;
  repeated int64 int64_data = 7 [packed = true];
  optional string name = 8;
  optional string doc_string = 12;
  optional bytes raw_data = 9;
  repeated StringStringEntryProto external_data = 13;
  enum DataLocation {
    DEFAULT = 0;
    EXTERNAL = 1;
  }
  optional DataLocation data_location = 14;
  repeated double double_data = 10 [packed = true];
  repeated uint64 uint64_data = 11 [packed = true];
  repeated StringStringEntryProto metadata_props = 16;
}

message SparseTensorProto {
  optional TensorProto values = 1;
  optional TensorProto indices = 2;
  repeated int64 dims = 3;
}

message TensorShapeProto {
  message Dimension {
    oneof value {
      int64 dim_value = 1;
      string dim_param = 2;
    };
    optional string denotation = 3;
  };
  repeated Dimension dim = 1;
}

message TypeProto {
  message Tensor {
    optional int32 elem_type = 1;
    optional TensorShapeProto shape = 2;
  }
  message Sequence {
    optional TypeProto elem_type = 1;
  };
  message Map {
    optional int32 key_type = 1;
    optional TypeProto value_type = 2;
  };
  message Optional {
    optional TypeProto elem_type = 1;
  };
  message SparseTensor {
    optional int32 elem_type = 1;
    optional TensorShapeProto shape = 2;
  }
  oneof value {
    Tensor tensor_type = 1;
    Sequence sequence_type = 4;
    Map map_type = 5;
    Optional optional_type = 9;
    SparseTensor sparse_tensor_type = 8;
  }
  optional string denotation = 6;
}

message OperatorSetIdProto {
  optional string domain = 1;
  optional int64 version = 2;
}

message FunctionProto {
  optional string name = 1;
  reserved 2, 3;
  repeated string input = 4;
  repeated string output = 5;
  repeated string attribute = 6;
  repeated AttributeProto attribute_proto = 11;
  repeated NodeProto node = 7;
  optional string doc_string = 8;
  repeated OperatorSetIdProto opset_import = 9;
  optional string domain = 10;
  optional string overload = 13;
  repeated ValueInfoProto value_info = 12;
  repeated StringStringEntryProto metadata_props = 14;
}
`;
/** Field names as in onnx.proto (snake_case), so decoded objects read like the specification. */
// resolveAll() settles each field's features (proto2 packing among them) before the first encode.
const onnxRoot = protobufjs_default().parse(ONNX_PROTO, { keepCase: true }).root;
onnxRoot.resolveAll();
const ModelProto = onnxRoot.lookupType('onnx.ModelProto');
/** TensorProto.DataType numbers. */
const OnnxDataType = {
    UNDEFINED: 0, FLOAT: 1, UINT8: 2, INT8: 3, UINT16: 4, INT16: 5, INT32: 6, INT64: 7, STRING: 8, BOOL: 9,
    FLOAT16: 10, DOUBLE: 11, UINT32: 12, UINT64: 13, COMPLEX64: 14, COMPLEX128: 15, BFLOAT16: 16,
    FLOAT8E4M3FN: 17, FLOAT8E4M3FNUZ: 18, FLOAT8E5M2: 19, FLOAT8E5M2FNUZ: 20, UINT4: 21, INT4: 22, FLOAT4E2M1: 23,
};
/** AttributeProto.AttributeType numbers. */
const OnnxAttributeType = {
    UNDEFINED: 0, FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8, TENSORS: 9,
    GRAPHS: 10, SPARSE_TENSOR: 11, SPARSE_TENSORS: 12, TYPE_PROTO: 13, TYPE_PROTOS: 14,
};
/**
 * Decodes a ModelProto into a plain object with the field names of onnx.proto, holding only the fields
 * present on the wire (an empty repeated field is absent). int64 values come back as numbers (exact up
 * to 2^53; decode with ModelProto directly for anything larger) and bytes as Uint8Array.
 */
function decodeModel(bytes) {
    return ModelProto.toObject(ModelProto.decode(bytes), { longs: Number });
}

;// CONCATENATED MODULE: ./src/core/onnx/encode.ts

const ELEMENT_TYPE_CODES = {
    float32: OnnxDataType.FLOAT, uint8: OnnxDataType.UINT8, int8: OnnxDataType.INT8, uint16: OnnxDataType.UINT16,
    int16: OnnxDataType.INT16, int32: OnnxDataType.INT32, int64: OnnxDataType.INT64, string: OnnxDataType.STRING,
    bool: OnnxDataType.BOOL, float16: OnnxDataType.FLOAT16, float64: OnnxDataType.DOUBLE, uint32: OnnxDataType.UINT32,
    uint64: OnnxDataType.UINT64, complex64: OnnxDataType.COMPLEX64, complex128: OnnxDataType.COMPLEX128,
    bfloat16: OnnxDataType.BFLOAT16, float8e4m3fn: OnnxDataType.FLOAT8E4M3FN, float8e4m3fnuz: OnnxDataType.FLOAT8E4M3FNUZ,
    float8e5m2: OnnxDataType.FLOAT8E5M2, float8e5m2fnuz: OnnxDataType.FLOAT8E5M2FNUZ, uint4: OnnxDataType.UINT4,
    int4: OnnxDataType.INT4, float4e2m1: OnnxDataType.FLOAT4E2M1,
};
/**
 * Attribute constructors. Attributes are tagged because JavaScript cannot tell `1` from `1.0`, and ONNX
 * rejects an INT where a FLOAT is expected (Gemm's alpha) and the reverse (Softmax's axis).
 */
const attr = {
    float: (value) => ({ type: 'float', value }),
    int: (value) => ({ type: 'int', value }),
    string: (value) => ({ type: 'string', value }),
    tensor: (value) => ({ type: 'tensor', value }),
    graph: (value) => ({ type: 'graph', value }),
    floats: (value) => ({ type: 'floats', value }),
    ints: (value) => ({ type: 'ints', value }),
    strings: (value) => ({ type: 'strings', value }),
    tensors: (value) => ({ type: 'tensors', value }),
    graphs: (value) => ({ type: 'graphs', value }),
};
const DEFAULT_IR_VERSION = 8;
const DEFAULT_OPSET_IMPORTS = [{ domain: '', version: 13 }];
class OnnxEncodeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OnnxEncodeError';
    }
}
function encodeModel(model) {
    const message = {
        ir_version: int64(model.irVersion ?? DEFAULT_IR_VERSION),
        opset_import: (model.opsetImports ?? DEFAULT_OPSET_IMPORTS).map((opset) => ({
            domain: opset.domain ?? '',
            version: int64(opset.version),
        })),
        graph: graphMessage(model.graph),
    };
    setIfDefined(message, 'producer_name', model.producerName);
    setIfDefined(message, 'producer_version', model.producerVersion);
    setIfDefined(message, 'domain', model.domain);
    if (model.modelVersion !== undefined)
        message.model_version = int64(model.modelVersion);
    setIfDefined(message, 'doc_string', model.docString);
    if (model.metadata)
        message.metadata_props = entries(model.metadata);
    return ModelProto.encode(message).finish();
}
/** The element type's DataType number; throws on an unknown name. */
function elementTypeCode(type) {
    if (typeof type === 'number')
        return type;
    const code = ELEMENT_TYPE_CODES[type];
    if (code === undefined)
        throw new OnnxEncodeError(`unknown element type "${type}"`);
    return code;
}
/**
 * The little-endian bytes ONNX stores for a tensor's values (raw_data, or an external data file's
 * contents). Checks the count against the dims.
 */
function tensorBytes(tensor) {
    const elemType = tensorElementType(tensor);
    const code = elementTypeCode(elemType);
    const writer = WRITERS.get(code);
    if (!writer)
        throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": no writer for element type ${String(elemType)}; pass rawData`);
    const values = tensor.data ?? [];
    const expected = elementCount(tensor.dims) * writer.componentsPerElement;
    if (BigInt(values.length) !== expected) {
        throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": ${values.length} values for dims [${tensor.dims.join(', ')}] (expected ${expected})`);
    }
    const view = new DataView(new ArrayBuffer(values.length * writer.bytes));
    for (let index = 0; index < values.length; index++) {
        writer.write(view, index * writer.bytes, values[index]);
    }
    return new Uint8Array(view.buffer);
}
function graphMessage(graph) {
    const message = {
        node: graph.nodes.map(nodeMessage),
        initializer: (graph.initializers ?? []).map(tensorMessage),
        input: graph.inputs.map(valueInfoMessage),
        output: graph.outputs.map(valueInfoMessage),
        value_info: (graph.valueInfo ?? []).map(valueInfoMessage),
    };
    setIfDefined(message, 'name', graph.name);
    setIfDefined(message, 'doc_string', graph.docString);
    if (graph.metadata)
        message.metadata_props = entries(graph.metadata);
    return message;
}
function nodeMessage(node) {
    const message = {
        input: [...node.inputs],
        output: [...node.outputs],
        op_type: node.opType,
        attribute: Object.entries(node.attributes ?? {}).map(([name, attribute]) => attributeMessage(name, attribute)),
    };
    setIfDefined(message, 'name', node.name);
    setIfDefined(message, 'domain', node.domain);
    setIfDefined(message, 'overload', node.overload);
    setIfDefined(message, 'doc_string', node.docString);
    if (node.metadata)
        message.metadata_props = entries(node.metadata);
    return message;
}
function attributeMessage(name, attribute) {
    switch (attribute.type) {
        case 'float': return { name, type: OnnxAttributeType.FLOAT, f: attribute.value };
        case 'int': return { name, type: OnnxAttributeType.INT, i: int64(attribute.value) };
        case 'string': return { name, type: OnnxAttributeType.STRING, s: utf8(attribute.value) };
        case 'tensor': return { name, type: OnnxAttributeType.TENSOR, t: tensorMessage(attribute.value) };
        case 'graph': return { name, type: OnnxAttributeType.GRAPH, g: graphMessage(attribute.value) };
        case 'floats': return { name, type: OnnxAttributeType.FLOATS, floats: [...attribute.value] };
        case 'ints': return { name, type: OnnxAttributeType.INTS, ints: attribute.value.map(int64) };
        case 'strings': return { name, type: OnnxAttributeType.STRINGS, strings: attribute.value.map(utf8) };
        case 'tensors': return { name, type: OnnxAttributeType.TENSORS, tensors: attribute.value.map(tensorMessage) };
        case 'graphs': return { name, type: OnnxAttributeType.GRAPHS, graphs: attribute.value.map(graphMessage) };
    }
}
function tensorMessage(tensor) {
    const elemType = tensorElementType(tensor);
    const message = {
        dims: tensor.dims.map(int64),
        data_type: elementTypeCode(elemType),
    };
    setIfDefined(message, 'name', tensor.name);
    setIfDefined(message, 'doc_string', tensor.docString);
    if (tensor.rawData) {
        message.raw_data = tensor.rawData;
    }
    else if (tensor.external) {
        // The values live in the external file (tensorBytes gives its contents); nothing inline.
    }
    else if (elemType === 'string') {
        const strings = (tensor.data ?? []);
        if (BigInt(strings.length) !== elementCount(tensor.dims)) {
            throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": ${strings.length} strings for dims [${tensor.dims.join(', ')}]`);
        }
        message.string_data = strings.map((value) => utf8(String(value)));
    }
    else {
        message.raw_data = tensorBytes(tensor);
    }
    if (tensor.external) {
        const { location, offset, length, checksum, extra } = tensor.external;
        const pairs = [['location', location]];
        if (offset !== undefined)
            pairs.push(['offset', String(offset)]);
        if (length !== undefined)
            pairs.push(['length', String(length)]);
        if (checksum !== undefined)
            pairs.push(['checksum', checksum]);
        message.external_data = [...entries(pairs), ...(extra ? entries(extra) : [])];
        message.data_location = 1; // TensorProto.DataLocation.EXTERNAL
    }
    if (tensor.metadata)
        message.metadata_props = entries(tensor.metadata);
    return message;
}
function valueInfoMessage(info) {
    const message = { name: info.name };
    if (info.type)
        message.type = typeMessage(info.type);
    setIfDefined(message, 'doc_string', info.docString);
    if (info.metadata)
        message.metadata_props = entries(info.metadata);
    return message;
}
function typeMessage(type) {
    const message = {};
    switch (type.kind) {
        case undefined:
        case 'tensor':
        case 'sparse_tensor': {
            const tensor = { elem_type: elementTypeCode(type.elemType) };
            if (type.shape)
                tensor.shape = { dim: type.shape.map(dimensionMessage) };
            message[type.kind === 'sparse_tensor' ? 'sparse_tensor_type' : 'tensor_type'] = tensor;
            break;
        }
        case 'sequence':
            message.sequence_type = { elem_type: typeMessage(type.elem) };
            break;
        case 'optional':
            message.optional_type = { elem_type: typeMessage(type.elem) };
            break;
        case 'map':
            message.map_type = { key_type: elementTypeCode(type.keyType), value_type: typeMessage(type.value) };
            break;
    }
    setIfDefined(message, 'denotation', type.denotation);
    return message;
}
function dimensionMessage(dim) {
    if (dim === null)
        return {};
    if (typeof dim === 'string')
        return { dim_param: dim };
    return { dim_value: int64(dim) };
}
function tensorElementType(tensor) {
    if (tensor.elemType !== undefined)
        return tensor.elemType;
    const inferred = tensor.data === undefined ? undefined : TYPED_ARRAY_ELEMENT_TYPES.get(tensor.data.constructor);
    if (inferred === undefined) {
        throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": elemType is required unless data is a typed array`);
    }
    return inferred;
}
function elementCount(dims) {
    return dims.reduce((product, dim) => product * BigInt(dim), 1n);
}
const TYPED_ARRAY_ELEMENT_TYPES = new Map([
    [Float32Array, 'float32'], [Float64Array, 'float64'], [Int8Array, 'int8'], [Uint8Array, 'uint8'],
    [Int16Array, 'int16'], [Uint16Array, 'uint16'], [Int32Array, 'int32'], [Uint32Array, 'uint32'],
    [BigInt64Array, 'int64'], [BigUint64Array, 'uint64'],
]);
const toNumber = (value) => Number(value);
const toBigInt = (value) => (typeof value === 'bigint' ? value : BigInt(value));
function elementWriter(bytes, write, componentsPerElement = 1n) {
    return { bytes, write, componentsPerElement };
}
// DataView with littleEndian = true: raw_data is little-endian whatever the host.
const WRITERS = new Map([
    [OnnxDataType.FLOAT, elementWriter(4, (v, o, x) => v.setFloat32(o, toNumber(x), true))],
    [OnnxDataType.DOUBLE, elementWriter(8, (v, o, x) => v.setFloat64(o, toNumber(x), true))],
    [OnnxDataType.INT8, elementWriter(1, (v, o, x) => v.setInt8(o, toNumber(x)))],
    [OnnxDataType.UINT8, elementWriter(1, (v, o, x) => v.setUint8(o, toNumber(x)))],
    [OnnxDataType.BOOL, elementWriter(1, (v, o, x) => v.setUint8(o, x ? 1 : 0))],
    [OnnxDataType.INT16, elementWriter(2, (v, o, x) => v.setInt16(o, toNumber(x), true))],
    [OnnxDataType.UINT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
    [OnnxDataType.FLOAT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
    [OnnxDataType.BFLOAT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
    [OnnxDataType.INT32, elementWriter(4, (v, o, x) => v.setInt32(o, toNumber(x), true))],
    [OnnxDataType.UINT32, elementWriter(4, (v, o, x) => v.setUint32(o, toNumber(x), true))],
    [OnnxDataType.INT64, elementWriter(8, (v, o, x) => v.setBigInt64(o, toBigInt(x), true))],
    [OnnxDataType.UINT64, elementWriter(8, (v, o, x) => v.setBigUint64(o, toBigInt(x), true))],
    [OnnxDataType.COMPLEX64, elementWriter(4, (v, o, x) => v.setFloat32(o, toNumber(x), true), 2n)],
    [OnnxDataType.COMPLEX128, elementWriter(8, (v, o, x) => v.setFloat64(o, toNumber(x), true), 2n)],
]);
/** protobufjs writes int64 from a number, or from low/high words for values beyond 2^53. */
function int64(value) {
    if (typeof value === 'number') {
        if (!Number.isSafeInteger(value))
            throw new OnnxEncodeError(`${value} is not an integer that fits in int64 exactly; pass a bigint`);
        return value;
    }
    const bits = BigInt.asUintN(64, value);
    return { low: Number(bits & 0xffffffffn) | 0, high: Number(bits >> 32n) | 0, unsigned: false };
}
function entries(metadata) {
    const pairs = Array.isArray(metadata)
        ? metadata
        : Object.entries(metadata);
    return pairs.map(([key, value]) => ({ key, value }));
}
function utf8(value) {
    return typeof value === 'string' ? new TextEncoder().encode(value) : value;
}
function setIfDefined(message, field, value) {
    if (value !== undefined)
        message[field] = value;
}

;// CONCATENATED MODULE: ./src/bench/runners/onnx.ts






let ortPromise;
/** onnxruntime-node is loaded on first use: it is a native module the other bundles never need. */
function loadOnnxRuntime() {
    // webpackIgnore keeps this a runtime import in the ncc bundles: without it ncc hoists a static import and
    // every bundle (the CLI included) would fail to start where onnxruntime-node is not installed.
    ortPromise ??= import(/* webpackIgnore: true */ 'onnxruntime-node').then((m) => (m.default?.InferenceSession ? m.default : m), (err) => {
        ortPromise = undefined;
        throw new errors/* ModelshipError */.W7(`onnxruntime-node is not installed: ${err.message}`, {
            hint: 'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node (the benchmark action does this for you)',
        });
    });
    return ortPromise;
}
let runtimeWarm;
/**
 * The first session a process creates also starts onnxruntime itself (its environment, logging, thread
 * pools): hundreds of milliseconds that belong to no model. One throwaway session of a one-node model pays
 * that once, so the load time reported for the first model is that model's, like every other.
 */
function warmOnnxRuntime(ort, settings) {
    runtimeWarm ??= (async () => {
        const identity = encodeModel({
            graph: {
                name: 'modelship-runtime-warmup',
                nodes: [{ opType: 'Identity', inputs: ['x'], outputs: ['y'] }],
                inputs: [{ name: 'x', type: { elemType: 'float32', shape: [1] } }],
                outputs: [{ name: 'y', type: { elemType: 'float32', shape: [1] } }],
            },
        });
        const session = await ort.InferenceSession.create(identity, { intraOpNumThreads: settings.threads.intraOp, interOpNumThreads: settings.threads.interOp, executionMode: 'sequential' });
        await session.run({ x: new ort.Tensor('float32', new Float32Array([1]), [1]) });
        await session.release();
    })().catch((err) => {
        runtimeWarm = undefined;
        throw new errors/* ModelshipError */.W7(`onnxruntime cannot start: ${err.message}`);
    });
    return runtimeWarm;
}
/** In-process inference with onnxruntime-node: the figures of the model itself, without a server around it. */
const onnxRunner = {
    name: 'onnx',
    async open(target, settings) {
        if (!target.modelPath)
            throw new errors/* ModelshipError */.W7(`model "${target.model}": the onnx runner needs a model file`);
        const ort = await loadOnnxRuntime();
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(target.modelPath);
        }
        catch (err) {
            throw new errors/* ModelshipError */.W7(`model "${target.model}": cannot read ${target.modelPath}: ${err.message}`);
        }
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        await warmOnnxRuntime(ort, settings);
        const t0 = performance.now();
        let session;
        try {
            session = await ort.InferenceSession.create(bytes, {
                intraOpNumThreads: settings.threads.intraOp,
                interOpNumThreads: settings.threads.interOp,
                executionMode: 'sequential',
                graphOptimizationLevel: 'all',
            });
        }
        catch (err) {
            throw new errors/* ModelshipError */.W7(`model "${target.model}": onnxruntime cannot load ${target.modelPath}: ${err.message}`);
        }
        const loadMs = performance.now() - t0;
        const specs = session.inputMetadata.map((m) => {
            if (!m.isTensor)
                throw new errors/* ModelshipError */.W7(`model "${target.model}": input "${m.name}" is not a tensor, so its inputs cannot be generated`, { hint: 'give an inputs file (bench.inputs)' });
            return { name: m.name, dtype: m.type, shape: m.shape.map((d) => (typeof d === 'number' && d < 0 ? null : d)) };
        });
        const warnings = [];
        let feeds = {};
        let fileInputs;
        if (settings.inputsFile)
            fileInputs = await readInputsFile(settings.inputsFile, specs);
        const slowdown = target.slowdown ?? 0;
        const after = slowdown > 0 ? (elapsedNs) => spin(elapsedNs * slowdown) : undefined;
        const op = () => session.run(feeds);
        return {
            description: target.modelPath,
            sha256,
            loadMs,
            runtimeVersion: ort.env.versions?.node ?? ort.env.versions?.common,
            warnings,
            async prepare(batch) {
                const tensors = fileInputs ?? generateInputs(specs, batch, settings.dims, settings.seed);
                feeds = {};
                for (const t of tensors) {
                    try {
                        feeds[t.name] = new ort.Tensor(t.dtype, t.data, t.dims);
                    }
                    catch (err) {
                        throw new errors/* ModelshipError */.W7(`model "${target.model}": cannot build input "${t.name}" (${t.dtype} ${JSON.stringify(t.dims)}): ${err.message}`);
                    }
                }
                try {
                    await session.run(feeds);
                }
                catch (err) {
                    throw new errors/* ModelshipError */.W7(`model "${target.model}": inference fails on the ${fileInputs ? 'inputs file' : 'generated inputs'} (batch ${batch}): ${err.message}`, {
                        hint: fileInputs ? 'check the inputs file against the model signature' : 'bind symbolic dims in bench.dims or give an inputs file (bench.inputs)',
                    });
                }
                // An inputs file, or a model with a fixed first axis, decides the batch actually measured.
                const first = tensors[0]?.dims[0];
                const fixed = fileInputs !== undefined || typeof specs[0]?.shape?.[0] === 'number';
                return fixed && first !== undefined ? first : batch;
            },
            trial: (plan) => runClosedLoopTrial(op, plan, after),
            async close() {
                await session.release();
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/bench/runners/registry.ts



/** Every runner by name: adding one is a file and a line here. */
const RUNNERS = {
    onnx: onnxRunner,
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
        throw new errors/* ModelshipError */.W7(`no model "${name}" in ${loaded.file}`, { hint: `configured models: ${known.join(', ')}` });
    }
    const resolved = loaded.resolvePath(model.path, ['models', name, 'path']);
    if (!(0,external_node_fs_.existsSync)(resolved))
        throw new errors/* ModelshipError */.W7(`model "${name}": ${model.path} does not exist`, { location: loaded.locate(['models', name, 'path']) });
    if (!(0,external_node_fs_.statSync)(resolved).isDirectory())
        return resolved;
    const onnx = (0,external_node_fs_.readdirSync)(resolved).filter((f) => f.endsWith('.onnx'));
    if (onnx.includes('model.onnx'))
        return external_node_path_default().join(resolved, 'model.onnx');
    if (onnx.length === 1)
        return external_node_path_default().join(resolved, onnx[0]);
    throw new errors/* ModelshipError */.W7(`model "${name}": ${model.path} is a folder with ${onnx.length === 0 ? 'no' : 'several'} .onnx files`, {
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
        throw new errors/* ModelshipError */.W7('no model to benchmark', { hint: 'configure models in modelship.yml or pass --model NAME' });
    return all;
}
function toResult(model, runner, role, batch, session, trials, settings) {
    const agg = aggregateTrials(trials, settings.regression.metric);
    const warnings = [...session.warnings];
    if (agg.errors > 0)
        warnings.push(`${agg.errors} of ${agg.samples + agg.errors} requests failed (${Object.entries(agg.status ?? {}).filter(([k]) => !/^2\d\d$/.test(k)).map(([k, v]) => `${k} x${v}`).join(', ')})`);
    if (agg.trialCv > 0.1)
        warnings.push(`trials vary by ${(agg.trialCv * 100).toFixed(0)}% (coefficient of variation): a noisy machine; only large changes can be detected`);
    return { model, runner, batch, role, ...agg, loadMs: session.loadMs, trials, target: session.description, sha256: session.sha256, warnings };
}
/** The commit `--baseline REF` names; the ref is checked by assertSafeRef before git sees it. */
async function resolveCommit(ref, cwd) {
    const commit = await new Git(cwd).commitOf(refs_assertSafeRef(ref));
    if (commit === undefined)
        throw new errors/* ModelshipError */.W7(`--baseline ${ref}: no such commit in ${cwd}`, { hint: 'fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main)' });
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
        storedBaseline = await readReportFile(req.baseline.path);
    if (req.baseline?.kind === 'ref') {
        if (settings.runner !== 'onnx')
            throw new errors/* ModelshipError */.W7(`--baseline REF measures the model file at that commit, which only the onnx runner can do`, { hint: 'for the http and command runners pass a stored report (--baseline FILE.json) or a history run' });
        baselineCommit = await resolveCommit(req.baseline.ref, req.cwd);
    }
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'modelship-bench-'));
    const progress = req.progress ?? silentProgress;
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
                const { path: rel, bytes } = await readFileAtRef(candidateTarget.modelPath, baselineCommit);
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
                        comparison.push(compareTrials(cResult, bResult, settings.regression, baselineSource, { paired: true }));
                    }
                    else if (storedBaseline) {
                        comparison.push(compareWithStored(cResult, storedBaseline, req, runtimeVersion));
                    }
                    else if (newModel) {
                        comparison.push(incomparable(cResult, settings.regression, baselineSource, newModel));
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
        commit: (req.env ?? process.env).GITHUB_SHA || (await new Git(req.cwd).commitOf('HEAD')),
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
    const random = createRandom(seed);
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
        return incomparable(candidate, rule, source, `the baseline has no ${candidate.runner} result for ${candidate.model} at batch ${candidate.batch}`);
    if (diffs.length)
        return incomparable(candidate, rule, source, `the baseline ran on another machine type (${diffs.join('; ')}); measure both in one job with --baseline REF`);
    return compareTrials(candidate, match, rule, source);
}

;// CONCATENATED MODULE: ./src/bench/options.ts






const RUNNER_NAMES = ['onnx', 'http', 'command'];
function positiveInt(text, what) {
    const n = typeof text === 'number' ? text : Number(text);
    if (!Number.isInteger(n) || n < 1)
        throw new errors/* ModelshipError */.W7(`${what} is "${text}", expected a positive integer`);
    return n;
}
/** Validates the options, runs the benchmark, and saves it to the history folder when asked. */
async function benchWithOptions(loaded, options, io) {
    if (options.runner !== undefined && !RUNNER_NAMES.includes(options.runner)) {
        throw new errors/* ModelshipError */.W7(`--runner is "${options.runner}", expected one of ${RUNNER_NAMES.join(', ')}`);
    }
    const settings = resolveBenchSettings(loaded, {
        runner: options.runner,
        trials: options.trials === undefined ? undefined : positiveInt(options.trials, '--trials'),
        durationMs: options.duration ? (0,duration/* parseDuration */.E)(options.duration, '--duration') : undefined,
        warmupMs: options.warmup ? (0,duration/* parseDuration */.E)(options.warmup, '--warmup') : undefined,
        batchSizes: options.batch ? options.batch.split(',').map((b) => positiveInt(b.trim(), '--batch')) : undefined,
        url: options.url,
    });
    const report = await runBenchmark({
        settings,
        loaded,
        models: options.models,
        baseline: options.baseline ? parseBaseline(options.baseline, io.cwd) : undefined,
        cwd: loaded.root,
        env: io.env,
        log: io.log,
        progress: io.progress,
    });
    const dir = options.save ? external_node_path_default().resolve(io.cwd, options.save) : settings.history.dir;
    if (!dir)
        return { report, pruned: [] };
    const { entry, pruned } = await saveRun(dir, report, { maxAgeMs: settings.history.maxAgeMs, maxRuns: settings.history.maxRuns });
    return { report, history: await readHistoryIndex(dir), savedAs: external_node_path_default().join(dir, entry.file), pruned };
}


/***/ })

};
