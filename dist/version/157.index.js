export const id = 157;
export const ids = [157];
export const modules = {

/***/ 5720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ releaseSettings)
/* harmony export */ });
function releaseSettings(config) {
    const raw = (config.release ?? {});
    return {
        initialVersion: raw.initialVersion ?? '0.1.0',
        floatingMajor: raw.floatingMajor ?? false,
        prerelease: raw.prerelease ?? 'pr',
        cleanTree: raw.cleanTree ?? 'model',
        remote: raw.remote ?? 'origin',
        notes: {
            cardExcerptChars: raw.notes?.cardExcerptChars ?? 600,
            maxMetrics: raw.notes?.maxMetrics ?? 40,
            signature: raw.notes?.signature ?? true,
            checksums: raw.notes?.checksums ?? true,
        },
    };
}


/***/ }),

/***/ 1468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ReleaseRefusal)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

/** A release that must not happen. Raised before anything is written; exit code 1. */
class ReleaseRefusal extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7 {
    code;
    constructor(code, message, hint) {
        super(message, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Failed, hint });
        this.code = code;
        this.name = 'ReleaseRefusal';
    }
}


/***/ }),

/***/ 4157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planVersions: () => (/* binding */ planVersions),
  releaseModels: () => (/* binding */ releaseModels)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/core/config.ts + 3 modules
var core_config = __webpack_require__(9721);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/version/bump.ts
const RANK = { none: 0, patch: 1, minor: 2, major: 3 };
/** The larger of two bumps: rules only ever raise a bump, never lower it. */
function maxBump(a, b) {
    return RANK[a] >= RANK[b] ? a : b;
}
function highestBump(bumps) {
    let out = 'none';
    for (const b of bumps)
        out = maxBump(out, b);
    return out;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/version/signature-diff.ts
function diffSignatures(before, after) {
    return [...diffSide('input', before.inputs, after.inputs), ...diffSide('output', before.outputs, after.outputs)];
}
function diffSide(side, before, after) {
    const changes = [];
    const old = new Map(before.map((t) => [t.name, t]));
    const now = new Map(after.map((t) => [t.name, t]));
    const input = side === 'input';
    for (const t of before) {
        if (now.has(t.name))
            continue;
        const bump = !input && t.optional ? 'minor' : 'major';
        changes.push({ side, tensor: t.name, bump, message: `${side} "${t.name}" was removed${t.optional ? ' (it was optional)' : ''}` });
    }
    for (const t of after) {
        if (old.has(t.name))
            continue;
        const bump = input && !t.optional ? 'major' : 'minor';
        const what = input ? (t.optional ? 'optional input' : 'required input') : t.optional ? 'optional output' : 'output';
        changes.push({ side, tensor: t.name, bump, message: `new ${what} "${t.name}" ${describeTensor(t)}` });
    }
    for (const t of before) {
        const u = now.get(t.name);
        if (u)
            changes.push(...diffTensor(side, t, u));
    }
    const commonBefore = before.map((t) => t.name).filter((n) => now.has(n));
    const commonAfter = after.map((t) => t.name).filter((n) => old.has(n));
    if (commonBefore.join('\u0000') !== commonAfter.join('\u0000')) {
        changes.push({
            side,
            tensor: '',
            bump: 'minor',
            message: `${side} order changed from [${commonBefore.join(', ')}] to [${commonAfter.join(', ')}] (consumers that address tensors by name are unaffected)`,
        });
    }
    return changes;
}
function diffTensor(side, a, b) {
    const input = side === 'input';
    const out = [];
    const say = (bump, message) => out.push({ side, tensor: a.name, bump, message: `${side} "${a.name}": ${message}` });
    if (a.dtype !== b.dtype)
        say('major', `element type changed from ${a.dtype} to ${b.dtype}`);
    const wasOptional = a.optional === true;
    const isOptional = b.optional === true;
    if (wasOptional && !isOptional)
        say(input ? 'major' : 'minor', 'optional -> required');
    if (!wasOptional && isOptional)
        say(input ? 'minor' : 'major', 'required -> optional');
    if (a.shape.length !== b.shape.length) {
        say('major', `rank changed from ${a.shape.length} to ${b.shape.length} (${shapeText(a.shape)} -> ${shapeText(b.shape)})`);
        return out;
    }
    for (let i = 0; i < a.shape.length; i++) {
        const x = a.shape[i];
        const y = b.shape[i];
        const dim = `dimension ${i}`;
        if (typeof x === 'number' && typeof y === 'number') {
            if (x !== y)
                say('major', `${dim} changed from ${x} to ${y}`);
        }
        else if (typeof x === 'number') {
            say(input ? 'minor' : 'major', `${dim} widened from ${x} to symbolic "${y}"`);
        }
        else if (typeof y === 'number') {
            say(input ? 'major' : 'minor', `${dim} narrowed from symbolic "${x}" to ${y}`);
        }
        else if (x !== y && x !== '?' && y !== '?') {
            say('patch', `${dim} symbolic name changed from "${x}" to "${y}"`);
        }
    }
    return out;
}
function shapeText(shape) {
    return `[${shape.join(', ')}]`;
}
function describeTensor(t) {
    return `${t.dtype} ${shapeText(t.shape)}`;
}

;// CONCATENATED MODULE: ./src/version/changes.ts


/**
 * What changed in a model between two commits, as reasons with the bump each asks for:
 * signature changes by the rules of signature-diff.ts; new weights (any artifact file's content) minor;
 * card, metrics, documentation and extra paths patch; the model's own settings in modelship.yml patch.
 * Files are compared by git blob id, so unchanged multi-GB weights are never read.
 */
async function compareSnapshots(before, after) {
    const reasons = [];
    const oldFiles = new Map(before.artifact.map((f) => [f.name, f]));
    const newFiles = new Map(after.artifact.map((f) => [f.name, f]));
    const changedWeights = [];
    for (const f of after.artifact) {
        const old = oldFiles.get(f.name);
        if (!old)
            changedWeights.push(`${f.name} added`);
        else if (old.oid !== f.oid) {
            const [a, b] = await Promise.all([before.sha256(old), after.sha256(f)]);
            // Equal sha256 with different blob ids happens when an LFS pointer changes format only.
            if (a !== b)
                changedWeights.push(`${f.name} sha256 ${a.slice(0, 12)} -> ${b.slice(0, 12)}`);
        }
    }
    for (const f of before.artifact)
        if (!newFiles.has(f.name))
            changedWeights.push(`${f.name} removed`);
    if (changedWeights.length > 0) {
        reasons.push({ kind: 'weights', bump: 'minor', path: after.paths.artifact, message: `new weights: ${changedWeights.join('; ')}` });
    }
    const declaredChanged = !(0,external_node_util_.isDeepStrictEqual)(before.model.signature ?? null, after.model.signature ?? null);
    if (changedWeights.length > 0 || declaredChanged) {
        const [a, b] = await Promise.all([before.signature(), after.signature()]);
        if (a && b) {
            for (const c of diffSignatures(a.spec, b.spec))
                reasons.push({ kind: 'signature', bump: c.bump, message: c.message, path: b.file });
            if (declaredChanged && b.source === 'onnx') {
                reasons.push({ kind: 'config', bump: 'patch', message: 'declared signature in modelship.yml changed (the ONNX file\'s own signature is what is compared)' });
            }
        }
        else if (a && !b) {
            // Without a signature the interface can no longer be vouched for: treat as breaking.
            reasons.push({ kind: 'signature', bump: 'major', message: 'the signature can no longer be determined (no ONNX file and no declared signature)' });
        }
        else if (!a && b) {
            reasons.push({ kind: 'signature', bump: 'patch', message: `signature is now known (${b.source === 'onnx' ? `read from ${b.file}` : 'declared in modelship.yml'})` });
        }
    }
    const fileChange = (kind, label, x, y, p) => {
        if (x?.oid === y?.oid)
            return;
        const what = !x ? 'added' : !y ? 'removed' : 'changed';
        reasons.push({ kind, bump: 'patch', path: y?.path ?? p, message: `${label} ${what}` });
    };
    fileChange('card', 'model card', before.card, after.card, before.card?.path);
    fileChange('metrics', 'metrics', before.metrics, after.metrics, before.metrics?.path);
    const oldExtra = new Map(before.extra.map((f) => [f.path, f.oid]));
    const newExtra = new Map(after.extra.map((f) => [f.path, f.oid]));
    const extraChanged = [...new Set([...oldExtra.keys(), ...newExtra.keys()])].filter((p) => oldExtra.get(p) !== newExtra.get(p)).sort();
    if (extraChanged.length > 0) {
        const shown = extraChanged.slice(0, 10).join(', ') + (extraChanged.length > 10 ? ` and ${extraChanged.length - 10} more` : '');
        reasons.push({ kind: 'files', bump: 'patch', message: `other files of the model changed: ${shown}` });
    }
    const settings = (m) => ({ format: m.format ?? null, description: m.description ?? null });
    if (!(0,external_node_util_.isDeepStrictEqual)(settings(before.model), settings(after.model))) {
        reasons.push({ kind: 'config', bump: 'patch', message: 'the model\'s settings in modelship.yml changed (format or description)' });
    }
    return reasons;
}

// EXTERNAL MODULE: ./src/version/config.ts
var config = __webpack_require__(5720);
;// CONCATENATED MODULE: ./src/version/conventional-commits.ts
// `type(scope)!: description` as in the Conventional Commits 1.0.0 spec; type and scope are nouns.
const HEADER = /^([A-Za-z][\w-]{0,31})(?:\(([^()\r\n]{1,64})\))?(!)?: (\S.*)$/;
// The spec requires the footer token at the start of a line; "BREAKING-CHANGE" is its synonym.
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: \S/m;
/** Parses a commit message; undefined when its subject is not a conventional commit header. */
function parseConventionalCommit(message) {
    const [subject, ...rest] = message.replace(/\r\n/g, '\n').split('\n');
    const m = HEADER.exec(subject.trim());
    if (!m)
        return undefined;
    const body = rest.join('\n');
    return { type: m[1].toLowerCase(), scope: m[2], breaking: m[3] === '!' || BREAKING_FOOTER.test(body), description: m[4] };
}
/**
 * The bump a commit asks for: `!` or a BREAKING CHANGE footer -> major, `feat` -> minor, `fix`/`perf` ->
 * patch, anything else (and non-conventional messages) -> none. Commits can only raise the bump the
 * content analysis found, never lower it, and never create a release where no file changed.
 */
function commitBump(c) {
    if (!c)
        return 'none';
    if (c.breaking)
        return 'major';
    if (c.type === 'feat')
        return 'minor';
    if (c.type === 'fix' || c.type === 'perf')
        return 'patch';
    return 'none';
}

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
const runner_spawnGit = {
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
class runner_Git {
    cwd;
    baseEnv;
    runner;
    constructor(cwd, baseEnv = process.env, runner = runner_spawnGit) {
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
        return new runner_Git(cwd, this.baseEnv, this.runner);
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
async function runner_openGit(dir, env = process.env, runner = runner_spawnGit) {
    const probe = new runner_Git(dir, env, runner);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/core/git/tree.ts







/**
 * Read-only view of one commit's files, by git plumbing. Reading models from the object store instead of
 * checking the old version out leaves the working tree alone, and comparing blob ids skips every file
 * that did not change without reading a byte of it.
 */
class tree_GitTree {
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
        return commit === undefined ? undefined : new tree_GitTree(git, commit);
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
async function file_at_ref_readFileAtRef(file, ref, options = {}) {
    assertSafeRef(ref);
    const absolute = path.resolve(file);
    // The file's folder may exist only at the ref: start from the nearest folder that exists in the working tree.
    let dir = path.dirname(absolute);
    while (!existsSync(dir) && path.dirname(dir) !== dir)
        dir = path.dirname(dir);
    const repo = await repositoryOf(dir, options);
    if (!repo)
        throw new NotInRepositoryError(dir, `cannot read ${absolute} at a git ref: ${dir} is not in a git repository`);
    const commit = await repo.git.commitOf(ref);
    if (commit === undefined)
        throw new RefNotFoundError(ref, dir);
    const repoPath = path.posix.normalize(repo.prefix + path.relative(dir, absolute).split(path.sep).join('/'));
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
            return file_at_ref_readFileAtRef(file, ref, this.options);
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





;// CONCATENATED MODULE: ./src/version/history.ts



/**
 * What planning versions reads from git, read once per repository and shared by every model: the tags'
 * commits (one for-each-ref), each commit's tree (one ls-tree of the whole tree when many models are
 * planned), modelship.yml as committed at each release, and the commits since each release (one log per
 * distinct release commit, not one per model). A monorepo of 200 models then costs a handful of git
 * processes instead of five per model (bench/version.bench.ts measures 200 against 20 models).
 */
class RepositoryHistory {
    git;
    many;
    tagCommitsPromise;
    trees = new Map();
    configs = new Map();
    logs = new Map();
    statusPromise;
    trackedStatusPromise;
    /** `many`: several models are planned in this run, so whole-tree listings and whole-range logs pay off. */
    constructor(git, many) {
        this.git = git;
        this.many = many;
    }
    /** The commit a tag names, or undefined when it names none (or a tree or blob). */
    async tagCommit(tag) {
        if (!this.many)
            return this.git.commitOf(`refs/tags/${tag}`);
        this.tagCommitsPromise ??= this.git.tagCommits();
        const commits = await this.tagCommitsPromise;
        // A tag made after the listing (by this run's releases) is asked of git itself.
        return commits.has(tag) ? commits.get(tag) : this.git.commitOf(`refs/tags/${tag}`);
    }
    tree(commit) {
        let tree = this.trees.get(commit);
        if (!tree) {
            tree = new tree_GitTree(this.git, commit);
            if (this.many)
                tree.preload();
            this.trees.set(commit, tree);
        }
        return tree;
    }
    /** Reads the small files (up to 256 KiB) at or under `paths` in `commit` with one git process. */
    async prefetch(commit, paths) {
        const tree = this.tree(commit);
        const files = await tree.files(paths);
        await tree.prefetch(files.filter((f) => f.size <= 256 * 1024).map((f) => f.oid));
    }
    /** modelship.yml as committed at `commit`, parsed once; undefined when missing or not valid there. */
    configAt(commit, configFile, current, env) {
        const key = `${commit}:${configFile}`;
        let config = this.configs.get(key);
        if (!config) {
            const displayName = current.file;
            config = (async () => {
                const text = await this.tree(commit).readPath(configFile);
                if (text === undefined)
                    return undefined;
                // Unchanged since the release (the usual case in a monorepo) and free of variables: the file read at
                // start is the same configuration, and parsing a large one again costs more than everything else here.
                const now = await (0,promises_.readFile)(current.file).catch(() => undefined);
                if (now !== undefined && now.equals(text) && !text.includes('${'))
                    return current;
                try {
                    return (0,core_config.parseConfig)(text.toString('utf8'), `${displayName}@${commit.slice(0, 12)}`, { env });
                }
                catch {
                    // An old file the current schema rejects (or that used variables no longer set).
                    return undefined;
                }
            })();
            this.configs.set(key, config);
        }
        return config;
    }
    /**
     * Non-merge commits in `base..HEAD` that changed any of `paths` (a file, or a folder and everything in it),
     * newest first. `--full-history` makes the answer the same whether one model's paths or the whole range
     * is logged: every commit that changed one of the files counts, also on a merged side branch.
     */
    async commitsSince(base, paths) {
        if (paths.length === 0)
            return [];
        if (!this.many) {
            const out = await this.git.text(['log', '--no-merges', '--full-history', '--format=%H%x00%B%x1e', `${base}..HEAD`, '--', ...paths]);
            return out
                .split('\x1e')
                .map((record) => record.replace(/^\n+/, ''))
                .filter((record) => record !== '')
                .map((record) => {
                const [sha, message = ''] = record.split('\0');
                return { sha, message };
            });
        }
        let log = this.logs.get(base);
        if (!log) {
            log = this.git.text(['log', '-z', '--no-merges', '--no-renames', '--name-only', '--format=%x00%x00COMMIT%x00%H%x00%B', `${base}..HEAD`]).then(parseNameOnlyLog);
            this.logs.set(base, log);
        }
        const folders = paths.map((p) => `${p.replace(/\/+$/, '')}/`);
        const exact = new Set(paths);
        return (await log).filter((c) => c.files.some((f) => exact.has(f) || folders.some((d) => f.startsWith(d)))).map(({ sha, message }) => ({ sha, message }));
    }
    /**
     * Uncommitted changes (modified, staged, deleted, untracked files) at or under `paths`, or tracked changes
     * anywhere when `paths` is not given. With many models, one `git status` of the whole tree answers them all.
     */
    async uncommitted(paths) {
        const parse = (out) => out.split('\0').filter((r) => /^.. /.test(r)).map((r) => r.slice(3));
        if (paths === undefined) {
            const tracked = () => this.git.text(['status', '--porcelain=v1', '-z', '--untracked-files=no']).then(parse);
            if (!this.many)
                return tracked();
            this.trackedStatusPromise ??= tracked();
            return this.trackedStatusPromise;
        }
        if (!this.many)
            return parse(await this.git.text(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths]));
        this.statusPromise ??= this.git.text(['status', '--porcelain=v1', '-z', '--untracked-files=all']).then(parse);
        const all = await this.statusPromise;
        return all.filter((f) => paths.some((p) => f === p || f.startsWith(`${p.replace(/\/+$/, '')}/`)));
    }
}
/**
 * Parses `git log -z --name-only --format=%x00%x00COMMIT%x00%H%x00%B`: split on NUL (which neither a path
 * nor a message can hold), a commit starts at the tokens "", "", "COMMIT" (no path is empty), followed by
 * its sha and message; the tokens up to the next commit are the files it changed.
 */
function parseNameOnlyLog(out) {
    const tokens = out.split('\0');
    const commits = [];
    let current;
    for (let i = 0; i < tokens.length; i++) {
        if (tokens[i] === 'COMMIT' && i >= 2 && tokens[i - 1] === '' && tokens[i - 2].replace(/^\n/, '') === '' && i + 2 < tokens.length) {
            current = { sha: tokens[i + 1], message: tokens[i + 2], files: [] };
            commits.push(current);
            i += 2;
            continue;
        }
        const file = tokens[i].replace(/^\n/, '');
        if (current && file !== '')
            current.files.push(file);
    }
    return commits;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/core/protobuf-wire.ts
/**
 * The one protobuf wire-format reader: strict field-by-field decoding shared by the ONNX reader (streaming,
 * over positional reads of a file of any size) and the SavedModel check (over a buffer it holds whole).
 *
 * Both walk the same bytes with the same rules: a varint is at most 10 bytes, field number 0 and the group
 * wire types (3, 4) are refused, and no length or fixed field may run past the message holding it. Every
 * violation throws WireFormatError with the absolute byte offset, so a finding can point at it.
 */
class WireFormatError extends Error {
    offset;
    constructor(message, offset) {
        super(`${message} (at byte ${offset})`);
        this.offset = offset;
        this.name = 'WireFormatError';
    }
}
const MAX_VARINT_BYTES = 10;
/** The longest field header: a tag varint, then a length varint or an 8-byte fixed value. */
const MAX_FIELD_HEADER_BYTES = 2 * MAX_VARINT_BYTES;
/**
 * Decodes the varint at `buf[pos]`, not reading at or past `limit`. `base` is the absolute offset of
 * `buf[0]`, for errors. Returns the value and the position after it.
 */
function decodeVarint(buf, pos, limit, base = 0) {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
        if (pos >= limit)
            throw new WireFormatError('truncated varint', base + pos);
        const b = buf[pos++];
        result |= BigInt(b & 0x7f) << shift;
        if ((b & 0x80) === 0)
            return [result, pos];
        shift += 7n;
    }
    throw new WireFormatError(`varint longer than ${MAX_VARINT_BYTES} bytes`, base + pos);
}
/**
 * Decodes the field header at `buf[pos]` of a message that ends at `messageEnd` (absolute). Only the header
 * need be in `buf` (at most MAX_FIELD_HEADER_BYTES), so a streaming reader can pass a small window.
 * Returns the field (absolute offsets) and the absolute offset of the next field.
 */
function decodeField(buf, pos, base, messageEnd) {
    const limit = Math.min(buf.length, messageEnd - base);
    const at = base + pos;
    const [tag, afterTag] = decodeVarint(buf, pos, limit, base);
    const field = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (field === 0)
        throw new WireFormatError('field number 0 is invalid', at);
    switch (wire) {
        case 0: {
            const [value, after] = decodeVarint(buf, afterTag, limit, base);
            return { field: { field, wire, at, value }, next: base + after };
        }
        case 1:
        case 5: {
            const n = wire === 1 ? 8 : 4;
            if (afterTag + n > limit)
                throw new WireFormatError(`truncated ${n * 8}-bit field`, at);
            const value = n === 8 ? buf.readBigUInt64LE(afterTag) : BigInt(buf.readUInt32LE(afterTag));
            return { field: { field, wire, at, value }, next: base + afterTag + n };
        }
        case 2: {
            const [len, after] = decodeVarint(buf, afterTag, limit, base);
            const start = base + after;
            const remaining = messageEnd - start;
            if (len > BigInt(remaining))
                throw new WireFormatError(`field ${field} declares ${len} bytes but only ${remaining} remain`, at);
            return { field: { field, wire, at, start, end: start + Number(len) }, next: start + Number(len) };
        }
        default:
            throw new WireFormatError(`unsupported protobuf wire type ${wire} in field ${field}`, at);
    }
}
/**
 * The fields of a message held whole in `buf`; `base` is the absolute offset of `buf[0]` (for nested
 * messages, the parent field's `start`). Length-delimited fields carry their `bytes`.
 */
function* fields(buf, base = 0) {
    const end = base + buf.length;
    let pos = base;
    while (pos < end) {
        const { field, next } = decodeField(buf, pos - base, base, end);
        if (field.wire === 2)
            field.bytes = buf.subarray(field.start - base, field.end - base);
        yield field;
        pos = next;
    }
}
/** A length-delimited field's payload as UTF-8 text ('' when it has none). */
function protobuf_wire_text(f) {
    return f.bytes ? f.bytes.toString('utf8') : '';
}
const BLOCK = 1 << 16;
/**
 * Walks messages of a random-access source without loading it: field headers are decoded from a cached
 * 64 KiB block, payloads are skipped by length (a caller reads the few it wants with `source.read`).
 */
class StreamingWireReader {
    source;
    block = Buffer.alloc(0);
    blockStart = 0;
    constructor(source) {
        this.source = source;
    }
    /** Up to `length` bytes at `pos`, from the cached block (re-read when `pos` falls outside it). */
    async window(pos, length) {
        if (length <= 0)
            return Buffer.alloc(0);
        if (pos < this.blockStart || pos + length > this.blockStart + this.block.length) {
            this.blockStart = pos;
            this.block = await this.source.read(pos, Math.max(length, Math.min(BLOCK, this.source.size - pos)));
        }
        const out = this.block.subarray(pos - this.blockStart, pos - this.blockStart + length);
        if (out.length < length)
            throw new WireFormatError('unexpected end of file', this.blockStart + this.block.length);
        return out;
    }
    /** The varint at `pos` of a message ending at `end` (for packed repeated fields). */
    async varint(pos, end) {
        const buf = await this.window(pos, Math.min(MAX_VARINT_BYTES, end - pos));
        const [value, after] = decodeVarint(buf, 0, buf.length, pos);
        return [value, pos + after];
    }
    /** The fields of the message in [start, end). */
    async *fields(start, end) {
        let pos = start;
        while (pos < end) {
            const buf = await this.window(pos, Math.min(MAX_FIELD_HEADER_BYTES, end - pos));
            const { field, next } = decodeField(buf, 0, pos, end);
            yield field;
            pos = next;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/onnx/reader.ts



const MAX_INLINE_RANGES = 1000;
const DEFAULTS = { maxDepth: 32, maxStringBytes: 1 << 20, maxItems: 2_000_000 };
const ONNX_DTYPES = {
    1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string', 9: 'bool',
    10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 14: 'complex64', 15: 'complex128', 16: 'bfloat16',
    17: 'float8e4m3fn', 18: 'float8e4m3fnuz', 19: 'float8e5m2', 20: 'float8e5m2fnuz', 21: 'uint4', 22: 'int4',
    23: 'float4e2m1',
};
/** Reads a model from a path or a random-access source. Throws WireFormatError on malformed input. */
async function readOnnxModel(source, options = {}) {
    if (typeof source === 'string') {
        const handle = await (0,promises_.open)(source, 'r');
        try {
            const { size } = await handle.stat();
            return await readOnnxModel({
                size,
                read: async (offset, length) => {
                    const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
                    if (buf.length > 0)
                        await handle.read(buf, 0, buf.length, offset);
                    return buf;
                },
            }, options);
        }
        finally {
            await handle.close();
        }
    }
    const reader = new OnnxReader(source, { ...DEFAULTS, ...options });
    return reader.model();
}
/** A model's signature in modelship.yml's terms. Unknown dims become "?". */
function signatureOf(info) {
    const spec = (v) => ({
        name: v.name,
        dtype: (v.kind === 'tensor' ? v.dtype : v.kind),
        shape: (v.shape ?? []).map((d) => (d === null ? '?' : d)),
    });
    return { inputs: info.inputs.map(spec), outputs: info.outputs.map(spec) };
}
class OnnxReader {
    src;
    opts;
    wire;
    items = 0;
    constructor(src, opts) {
        this.src = src;
        this.opts = opts;
        this.wire = new StreamingWireReader(src);
    }
    async string(f, what) {
        this.expectWire(f, 2, what);
        const len = f.end - f.start;
        if (len > this.opts.maxStringBytes)
            throw new WireFormatError(`${what} is ${len} bytes, over the ${this.opts.maxStringBytes}-byte limit`, f.at);
        const buf = await this.src.read(f.start, len);
        if (buf.length !== len)
            throw new WireFormatError(`${what} is truncated`, f.at);
        // Protobuf strings must be valid UTF-8 (a lossy decode would hide that they were not).
        if (!(0,external_node_buffer_.isUtf8)(buf))
            throw new WireFormatError(`${what} is not valid UTF-8`, f.at);
        return buf.toString('utf8');
    }
    int(f, what) {
        this.expectWire(f, 0, what);
        const v = BigInt.asIntN(64, f.value);
        if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
            throw new WireFormatError(`${what} ${v} is out of range`, f.at);
        }
        return Number(v);
    }
    expectWire(f, wire, what) {
        if (f.wire !== wire)
            throw new WireFormatError(`${what} has wire type ${f.wire}, expected ${wire}`, f.at);
    }
    count(at) {
        if (++this.items > this.opts.maxItems)
            throw new WireFormatError(`more than ${this.opts.maxItems} graph items`, at);
    }
    async model() {
        if (this.src.size === 0)
            throw new WireFormatError('empty file', 0);
        const info = {
            irVersion: 0, producerName: '', producerVersion: '', domain: '', modelVersion: 0, opsetImports: [], metadata: {},
            graphName: '', inputs: [], outputs: [], declaredInputs: [], initializers: [], sparseInitializerCount: 0, nodes: [],
            functions: [], hasGraph: false,
        };
        for await (const f of this.wire.fields(0, this.src.size)) {
            switch (f.field) {
                case 1:
                    info.irVersion = this.int(f, 'ir_version');
                    break;
                case 2:
                    info.producerName = await this.string(f, 'producer_name');
                    break;
                case 3:
                    info.producerVersion = await this.string(f, 'producer_version');
                    break;
                case 4:
                    info.domain = await this.string(f, 'domain');
                    break;
                case 5:
                    info.modelVersion = this.int(f, 'model_version');
                    break;
                case 7:
                    this.expectWire(f, 2, 'graph');
                    info.hasGraph = true;
                    await this.graph(f.start, f.end, info, 0);
                    break;
                case 8:
                    this.expectWire(f, 2, 'opset_import');
                    info.opsetImports.push(await this.opset(f));
                    break;
                case 14: {
                    this.expectWire(f, 2, 'metadata_props');
                    const [k, v] = await this.entry(f);
                    info.metadata[k] = v;
                    break;
                }
                case 25:
                    this.expectWire(f, 2, 'functions');
                    info.functions.push(await this.fn(f));
                    break;
                default: break; // unknown or unreported fields are skipped by length
            }
        }
        const initNames = new Set(info.initializers.map((i) => i.name));
        info.inputs = info.declaredInputs.filter((i) => !initNames.has(i.name));
        return info;
    }
    async opset(f) {
        const out = { domain: '', version: 0 };
        for await (const g of this.wire.fields(f.start, f.end)) {
            if (g.field === 1)
                out.domain = await this.string(g, 'opset_import.domain');
            else if (g.field === 2)
                out.version = this.int(g, 'opset_import.version');
        }
        return out;
    }
    async entry(f) {
        let key = '';
        let value = '';
        for await (const g of this.wire.fields(f.start, f.end)) {
            if (g.field === 1)
                key = await this.string(g, 'key');
            else if (g.field === 2)
                value = await this.string(g, 'value');
        }
        return [key, value];
    }
    async fn(f) {
        const out = { name: '', domain: '' };
        for await (const g of this.wire.fields(f.start, f.end)) {
            if (g.field === 1)
                out.name = await this.string(g, 'function.name');
            else if (g.field === 10)
                out.domain = await this.string(g, 'function.domain');
        }
        return out;
    }
    async graph(start, end, info, depth) {
        if (depth > this.opts.maxDepth)
            throw new WireFormatError(`subgraphs nested deeper than ${this.opts.maxDepth}`, start);
        for await (const f of this.wire.fields(start, end)) {
            if (depth > 0) {
                // Subgraphs contribute their nodes (op types and domains matter for safety), not the signature.
                if (f.field === 1) {
                    this.expectWire(f, 2, 'node');
                    await this.node(f, info, depth);
                }
                continue;
            }
            switch (f.field) {
                case 1:
                    this.expectWire(f, 2, 'node');
                    await this.node(f, info, depth);
                    break;
                case 2:
                    info.graphName = await this.string(f, 'graph.name');
                    break;
                case 5:
                    this.expectWire(f, 2, 'initializer');
                    this.count(f.at);
                    info.initializers.push(await this.tensor(f));
                    break;
                case 15:
                    this.expectWire(f, 2, 'sparse_initializer');
                    info.sparseInitializerCount++;
                    break;
                case 11:
                    this.expectWire(f, 2, 'input');
                    this.count(f.at);
                    info.declaredInputs.push(await this.valueInfo(f));
                    break;
                case 12:
                    this.expectWire(f, 2, 'output');
                    this.count(f.at);
                    info.outputs.push(await this.valueInfo(f));
                    break;
                default: break;
            }
        }
    }
    async node(f, info, depth) {
        this.count(f.at);
        const node = { opType: '', domain: '', name: '', depth };
        const subgraphs = [];
        for await (const g of this.wire.fields(f.start, f.end)) {
            if (g.field === 3)
                node.name = await this.string(g, 'node.name');
            else if (g.field === 4)
                node.opType = await this.string(g, 'node.op_type');
            else if (g.field === 7)
                node.domain = await this.string(g, 'node.domain');
            else if (g.field === 5) {
                this.expectWire(g, 2, 'node.attribute');
                for await (const a of this.wire.fields(g.start, g.end)) {
                    if (a.field === 6 || a.field === 11) {
                        this.expectWire(a, 2, 'attribute graph');
                        subgraphs.push(a);
                    }
                }
            }
        }
        info.nodes.push(node);
        for (const s of subgraphs)
            await this.graph(s.start, s.end, info, depth + 1);
    }
    async tensor(f) {
        const t = { name: '', elemType: 0, dtype: 'undefined', dims: [], dataLocation: 'default', byteOffset: -1, byteLength: 0 };
        const external = { extra: {} };
        let hasExternal = false;
        for await (const g of this.wire.fields(f.start, f.end)) {
            switch (g.field) {
                case 1:
                    if (g.wire === 2) {
                        let pos = g.start;
                        while (pos < g.end) {
                            const [v, next] = await this.wire.varint(pos, g.end);
                            t.dims.push(this.int({ field: 1, wire: 0, at: pos, value: v }, 'dims'));
                            pos = next;
                        }
                    }
                    else {
                        t.dims.push(this.int(g, 'dims'));
                    }
                    break;
                case 2:
                    t.elemType = this.int(g, 'data_type');
                    t.dtype = ONNX_DTYPES[t.elemType] ?? `unknown(${t.elemType})`;
                    break;
                case 8:
                    t.name = await this.string(g, 'tensor.name');
                    break;
                case 9:
                case 4:
                case 5:
                case 6:
                case 7:
                case 10:
                case 11: {
                    // Inline payload: note where it is, never read it.
                    const seen = (t.inline ??= new Map()).get(g.field) ?? { packed: 0, packedBytes: 0, unpacked: 0, ranges: [] };
                    t.inline.set(g.field, seen);
                    if (g.wire === 2) {
                        if (t.byteOffset < 0)
                            t.byteOffset = g.start;
                        t.byteLength += g.end - g.start;
                        seen.packed++;
                        seen.packedBytes += g.end - g.start;
                        if (seen.ranges && (g.field === 5 || g.field === 7 || g.field === 11)) {
                            if (seen.ranges.length < MAX_INLINE_RANGES)
                                seen.ranges.push([g.start, g.end]);
                            else
                                seen.ranges = null;
                        }
                    }
                    else {
                        seen.unpacked++;
                    }
                    break;
                }
                case 13: {
                    this.expectWire(g, 2, 'external_data');
                    hasExternal = true;
                    const [k, v] = await this.entry(g);
                    if (k === 'location')
                        external.location = v;
                    else if (k === 'offset')
                        external.offset = parseIntStrict(v, g.at, 'external_data offset');
                    else if (k === 'length')
                        external.length = parseIntStrict(v, g.at, 'external_data length');
                    else if (k === 'checksum')
                        external.checksum = v;
                    else
                        external.extra[k] = v;
                    break;
                }
                case 14:
                    t.dataLocation = this.int(g, 'data_location') === 1 ? 'external' : 'default';
                    break;
                default: break;
            }
        }
        if (hasExternal || t.dataLocation === 'external')
            t.externalData = external;
        return t;
    }
    async valueInfo(f) {
        const v = { name: '', kind: 'unknown', elemType: 0, dtype: 'unknown' };
        for await (const g of this.wire.fields(f.start, f.end)) {
            if (g.field === 1)
                v.name = await this.string(g, 'value_info.name');
            else if (g.field === 2) {
                this.expectWire(g, 2, 'value_info.type');
                await this.type(g, v);
            }
        }
        return v;
    }
    async type(f, v) {
        for await (const g of this.wire.fields(f.start, f.end)) {
            const kind = { 1: 'tensor', 4: 'sequence', 5: 'map', 9: 'optional', 8: 'sparse_tensor' }[g.field];
            if (!kind)
                continue;
            this.expectWire(g, 2, `type.${kind}`);
            v.kind = kind;
            if (kind === 'tensor' || kind === 'sparse_tensor') {
                for await (const h of this.wire.fields(g.start, g.end)) {
                    if (h.field === 1) {
                        v.elemType = this.int(h, 'elem_type');
                        v.dtype = ONNX_DTYPES[v.elemType] ?? `unknown(${v.elemType})`;
                    }
                    else if (h.field === 2) {
                        this.expectWire(h, 2, 'shape');
                        v.shape = await this.shape(h);
                    }
                }
            }
        }
    }
    async shape(f) {
        const dims = [];
        for await (const g of this.wire.fields(f.start, f.end)) {
            if (g.field !== 1)
                continue;
            this.expectWire(g, 2, 'shape.dim');
            let dim = null;
            for await (const h of this.wire.fields(g.start, g.end)) {
                if (h.field === 1)
                    dim = this.int(h, 'dim_value');
                else if (h.field === 2)
                    dim = await this.string(h, 'dim_param');
            }
            dims.push(dim);
        }
        return dims;
    }
}
function parseIntStrict(text, at, what) {
    if (!/^\d+$/.test(text))
        throw new WireFormatError(`${what} "${text}" is not a non-negative integer`, at);
    const n = Number(text);
    if (!Number.isSafeInteger(n))
        throw new WireFormatError(`${what} ${text} is out of range`, at);
    return n;
}

;// CONCATENATED MODULE: ./src/version/model-snapshot.ts




/** Paths in modelship.yml are relative to its folder; git speaks repository-relative paths. */
function modelPaths(model, configDir) {
    const rel = (p) => {
        const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(configDir, p.split((external_node_path_default()).sep).join('/'))).replace(/\/+$/, '');
        if (joined === '..' || joined.startsWith('../') || external_node_path_default().posix.isAbsolute(joined)) {
            throw new errors/* ModelshipError */.W7(`path "${p}" leaves the repository`);
        }
        return joined === '.' ? '' : joined;
    };
    return {
        artifact: rel(model.path),
        card: model.card === undefined ? undefined : rel(model.card),
        metrics: model.metrics === undefined ? undefined : rel(model.metrics),
        extra: (model.paths ?? []).map(rel),
    };
}
function allPaths(p) {
    return [p.artifact, p.card, p.metrics, ...p.extra].filter((x) => x !== undefined && x !== '');
}
/**
 * One model as committed at one commit: its files (by blob id) and, on demand, checksums and signature.
 * Documentation inside an artifact folder (`*.md`) and the configured card/metrics/paths are not
 * part of the artifact: editing them is a patch, not new weights.
 */
class ModelSnapshot {
    tree;
    model;
    paths;
    artifact;
    card;
    metrics;
    extra;
    singleFile;
    hashes = new Map();
    signaturePromise;
    constructor(tree, model, paths, artifact, card, metrics, extra, 
    /** A single file artifact (as opposed to a folder). */
    singleFile) {
        this.tree = tree;
        this.model = model;
        this.paths = paths;
        this.artifact = artifact;
        this.card = card;
        this.metrics = metrics;
        this.extra = extra;
        this.singleFile = singleFile;
    }
    static async load(tree, model, paths) {
        const side = new Set([paths.card, paths.metrics].filter(Boolean));
        // One ls-tree for every path of the model, partitioned here: each git process costs tens of ms.
        const all = await tree.files([...new Set(allPaths(paths))]);
        const under = (p) => all.filter((f) => f.path === p || f.path.startsWith(`${p}/`));
        const artifactFiles = under(paths.artifact);
        const card = paths.card ? all.find((f) => f.path === paths.card) : undefined;
        const metrics = paths.metrics ? all.find((f) => f.path === paths.metrics) : undefined;
        const extraFiles = [...new Map(paths.extra.flatMap(under).map((f) => [f.path, f])).values()];
        const extraSet = new Set(extraFiles.map((f) => f.path));
        const singleFile = artifactFiles.length === 1 && artifactFiles[0].path === paths.artifact;
        const artifact = artifactFiles
            .filter((f) => singleFile || (!side.has(f.path) && !extraSet.has(f.path) && !/\.(md|markdown)$/i.test(f.path)))
            .map((f) => ({ ...f, name: singleFile ? external_node_path_default().posix.basename(f.path) : f.path.slice(paths.artifact.length + 1) }))
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        // Markdown inside the artifact folder is documentation: it counts with the extra files.
        const docs = singleFile ? [] : artifactFiles.filter((f) => /\.(md|markdown)$/i.test(f.path) && !side.has(f.path) && !extraSet.has(f.path));
        return new ModelSnapshot(tree, model, paths, artifact, card, metrics, [...extraFiles, ...docs], singleFile);
    }
    get commit() {
        return this.tree.commit;
    }
    /** sha256 of an artifact file: the content's, also for a Git LFS pointer (the pointer names it). */
    sha256(file) {
        const p = this.hashes.get(file.oid);
        if (!p && file.oid === this.onnxFile()?.oid && !this.signaturePromise) {
            // Reading the signature streams the whole blob and hashes it on the way: one read, not two.
            return this.signature().then(() => this.hashes.get(file.oid) ?? this.hashOf(file));
        }
        return p ?? this.hashOf(file);
    }
    hashOf(file) {
        let p = this.hashes.get(file.oid);
        if (!p) {
            p = (async () => {
                if (file.size <= 1024) {
                    const content = await this.tree.read(file.oid);
                    const lfs = lfsPointerSha256(content);
                    if (lfs)
                        return lfs;
                }
                return this.tree.sha256(file.oid);
            })();
            this.hashes.set(file.oid, p);
        }
        return p;
    }
    async checksums() {
        return Promise.all(this.artifact.map(async (f) => ({ name: f.name, sha256: await this.sha256(f), size: f.size })));
    }
    /** The ONNX file the signature is read from: the artifact itself, or the one `.onnx` (or `model.onnx`) in its folder. */
    onnxFile() {
        if (this.model.format !== undefined && this.model.format !== 'onnx')
            return undefined;
        const onnx = this.artifact.filter((f) => f.name.toLowerCase().endsWith('.onnx'));
        if (this.singleFile)
            return onnx[0] ?? (this.model.format === 'onnx' ? this.artifact[0] : undefined);
        return onnx.length === 1 ? onnx[0] : onnx.find((f) => f.name === 'model.onnx');
    }
    /** The signature: the ONNX file's own when there is one, else the declared `signature`, else undefined. */
    signature() {
        this.signaturePromise ??= this.readSignature();
        return this.signaturePromise;
    }
    async readSignature() {
        const declared = this.model.signature ? { spec: this.model.signature, source: 'declared' } : undefined;
        const file = this.onnxFile();
        if (!file)
            return declared;
        if (file.size <= 1024 && lfsPointerSha256(await this.tree.read(file.oid)))
            return declared; // content not in git
        try {
            const inMemory = this.tree.inMemory(file.oid);
            if (inMemory) {
                // Prefetched (a small model of a monorepo): read from memory, no git process and no temporary file.
                const content = await inMemory;
                const info = await readOnnxModel({ size: content.length, read: async (offset, length) => content.subarray(offset, offset + length) });
                return { spec: signatureOf(info), source: 'onnx', file: file.path };
            }
            const info = await this.tree.withTempFile(file.oid, async (tmp, sha) => {
                this.hashes.set(file.oid, Promise.resolve(sha));
                return readOnnxModel(tmp);
            });
            return { spec: signatureOf(info), source: 'onnx', file: file.path };
        }
        catch (err) {
            if (err instanceof WireFormatError) {
                throw new errors/* ModelshipError */.W7(`${file.path} at commit ${this.commit.slice(0, 12)} is not a readable ONNX model: ${err.message}`, {
                    hint: 'run `modelship validate` on it; set `format:` in modelship.yml if it is not ONNX',
                });
            }
            throw err;
        }
    }
    async readText(file) {
        return file ? (await this.tree.read(file.oid)).toString('utf8') : undefined;
    }
}
/** A Git LFS pointer file's sha256 (the real content's), or undefined when the blob is not a pointer. */
function lfsPointerSha256(content) {
    if (content.length > 1024)
        return undefined;
    const text = content.toString('utf8');
    if (!text.startsWith('version https://git-lfs.github.com/spec/'))
        return undefined;
    return /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
}

;// CONCATENATED MODULE: ./src/version/tag-format.ts


const DEFAULT_TAG_FORMAT = '{model}@v{version}';
/**
 * A model's tag template (`models.<name>.tagFormat`): `{model}` and `{version}` are replaced.
 * Parsing is exact: the template is matched literally (no regex metacharacters leak through, unlike
 * prefix-based taggers), so `iris@v1.2.0` is never mistaken for a tag of `iris-large`.
 */
class tag_format_TagFormat {
    model;
    template;
    pattern;
    constructor(model, template = DEFAULT_TAG_FORMAT, location) {
        this.model = model;
        this.template = template;
        if (!template.includes('{version}')) {
            throw new errors/* ModelshipError */.W7(`tagFormat "${template}" has no {version} placeholder`, { location, hint: 'e.g. {model}@v{version}' });
        }
        if (template.split('{version}').length > 2) {
            throw new errors/* ModelshipError */.W7(`tagFormat "${template}" has {version} more than once`, { location });
        }
        const sample = this.format('1.2.3-rc.1');
        const problem = refNameProblem(sample);
        if (problem)
            throw new errors/* ModelshipError */.W7(`tagFormat "${template}" makes tags git refuses (${sample}: ${problem})`, { location });
        const [head, tail] = template.replaceAll('{model}', model).split('{version}');
        this.pattern = new RegExp(`^${escapeRegExp(head)}(.+)${escapeRegExp(tail)}$`, 's');
    }
    format(version) {
        return this.template.replaceAll('{model}', this.model).replaceAll('{version}', version);
    }
    /** The strict semver a tag names for this model, or undefined for anything else (other models, junk, `v1`). */
    parse(tag) {
        const m = this.pattern.exec(tag);
        if (!m)
            return undefined;
        const v = m[1];
        // semver.valid is lenient about a leading "v" and "="; a tag must spell the version exactly.
        return semver_default().valid(v) === v ? v : undefined;
    }
    /** The floating major tag (`iris@v1`): the template with the major number as the version. */
    floatingMajor(version) {
        return this.format(String(semver_default().major(version)));
    }
    /** The part of every tag before the version: used to list candidate refs by prefix. */
    prefix() {
        return this.template.replaceAll('{model}', this.model).split('{version}')[0];
    }
}
/** Why git would refuse a tag name (git check-ref-format rules), or undefined when it is fine. */
function refNameProblem(name) {
    if (name === '' || name === '@')
        return 'empty or "@"';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
        return 'contains a space, control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return 'contains ".."';
    if (name.includes('@{'))
        return 'contains "@{"';
    if (name.startsWith('-'))
        return 'starts with "-"';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'has an empty path component';
    if (name.endsWith('.') || name.endsWith('.lock'))
        return 'ends with "." or ".lock"';
    if (name.split('/').some((c) => c.startsWith('.')))
        return 'has a component starting with "."';
    return undefined;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/version/versions.ts


/** The model's versions among `tags`, highest first (by semver precedence, never by date or name). */
function modelVersions(tags, format) {
    const out = [];
    for (const tag of tags) {
        const version = format.parse(tag);
        if (version !== undefined)
            out.push({ tag, version });
    }
    return out.sort((a, b) => semver_default().rcompare(a.version, b.version) || (a.tag < b.tag ? -1 : 1));
}
/**
 * The current release: the highest version that is not a pre-release. Pre-releases (`1.3.0-rc.2`) are
 * trial builds of a future version; the next version is always computed from the last real release.
 */
function currentRelease(versions) {
    return versions.find((v) => semver_default().prerelease(v.version) === null);
}
function parsePrerelease(value) {
    const v = value.trim();
    if (v === 'rc' || /^pr\.[1-9][0-9]{0,9}$/.test(v))
        return v;
    throw new errors/* ModelshipError */.W7(`pre-release "${value}" is not "rc" or "pr.<number>"`, { hint: 'e.g. --prerelease rc, or --prerelease pr.42 for pull request 42' });
}
/**
 * The next version. Without a previous release it is `initialVersion` whatever the changes (a first
 * release has no baseline to compare with). With `prerelease`, the version the bump leads to gets the
 * suffix `-<id>.N` where N is one more than the highest existing N for that base and id, so repeated
 * pull-request builds count up (`1.3.0-pr.42.1`, `1.3.0-pr.42.2`).
 */
function nextVersion(input) {
    let base;
    if (input.current === undefined) {
        base = input.initialVersion;
    }
    else {
        if (input.bump === 'none')
            return undefined;
        base = semver_default().inc(input.current, input.bump);
    }
    if (input.prerelease === undefined)
        return base;
    const prefix = `${base}-${input.prerelease}.`;
    let n = 0;
    for (const { version } of input.existing) {
        if (!version.startsWith(prefix))
            continue;
        const rest = version.slice(prefix.length);
        if (/^\d+$/.test(rest))
            n = Math.max(n, Number(rest));
    }
    return `${prefix}${n + 1}`;
}
/** The bump a first release represents, measured from 0.0.0 (0.1.0 is a minor, 1.0.0 a major). */
function initialBump(initialVersion) {
    const d = semver_default().diff('0.0.0', initialVersion);
    return d === 'major' || d === 'premajor' ? 'major' : d === 'minor' || d === 'preminor' ? 'minor' : 'patch';
}

;// CONCATENATED MODULE: ./src/version/analyze.ts













/** `models`: how many models this run plans; with several, git is read for all of them at once. */
async function openVersionRepository(loaded, env = process.env, models = 1) {
    const { git, toplevel, head, shallow } = await runner_openGit(loaded.root, env).catch((err) => {
        if (err instanceof runner_NotInRepositoryError)
            throw new errors/* ModelshipError */.W7(err.message, { hint: 'versions come from git tags: run modelship version in a clone (git init for a new project)' });
        throw err;
    });
    if (!head)
        throw new errors/* ModelshipError */.W7(`the repository ${toplevel} has no commits yet`, { hint: 'commit the model first: versions describe commits' });
    if (shallow) {
        throw new errors/* ModelshipError */.W7('the repository is a shallow clone: the previous versions and their tags are missing', {
            hint: 'with actions/checkout set `fetch-depth: 0` (it fetches history and tags); locally run `git fetch --unshallow --tags`',
        });
    }
    const real = await realpathOr(loaded.root);
    const configDir = external_node_path_default().relative(await realpathOr(toplevel), real).split((external_node_path_default()).sep).join('/');
    return {
        git,
        toplevel,
        loaded,
        settings: (0,config/* releaseSettings */.n)(loaded.config),
        configDir,
        configFile: external_node_path_default().posix.join(configDir, external_node_path_default().basename(loaded.file)),
        head,
        tags: await git.tags(),
        env,
        history: new RepositoryHistory(git, models > 1),
    };
}
async function realpathOr(p) {
    const { realpath } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    try {
        return await realpath(p);
    }
    catch {
        return p;
    }
}
/** Every configured model, in the order of modelship.yml, or the one named. */
function modelNames(loaded, name) {
    if (name !== undefined) {
        (0,core_config/* getModel */.E1)(loaded, name);
        return [name];
    }
    return Object.keys(loaded.config.models);
}
/**
 * Before many models are analysed one by one: read the small files of all of them, at HEAD and at each
 * model's last release, with one git process per commit instead of several per model.
 */
async function prefetchModels(repo, names) {
    if (names.length < 2)
        return;
    const atHead = [];
    const byBase = new Map();
    for (const name of names) {
        const model = (0,core_config/* getModel */.E1)(repo.loaded, name);
        const paths = allPaths(modelPaths(model, repo.configDir));
        atHead.push(...paths);
        const current = currentRelease(modelVersions(repo.tags, new tag_format_TagFormat(name, model.tagFormat, repo.loaded.locate(['models', name, 'tagFormat']))));
        const base = current && (await repo.history.tagCommit(current.tag));
        // The paths of today's configuration: where a model moved since, its files are simply read later.
        if (base)
            byBase.set(base, [...(byBase.get(base) ?? []), ...paths]);
    }
    await repo.history.prefetch(repo.head, atHead);
    for (const [base, paths] of byBase)
        await repo.history.prefetch(base, paths);
}
async function analyzeModel(repo, name, options = {}) {
    const model = (0,core_config/* getModel */.E1)(repo.loaded, name);
    const format = new tag_format_TagFormat(name, model.tagFormat, repo.loaded.locate(['models', name, 'tagFormat']));
    const prerelease = options.prerelease === undefined ? undefined : parsePrerelease(options.prerelease);
    const versions = modelVersions(repo.tags, format);
    const current = currentRelease(versions);
    const head = await ModelSnapshot.load(repo.history.tree(repo.head), model, modelPaths(model, repo.configDir));
    if (head.artifact.length === 0) {
        throw new errors/* ModelshipError */.W7(`model "${name}": ${head.paths.artifact} is not in commit ${repo.head.slice(0, 12)}`, {
            location: repo.loaded.locate(['models', name, 'path']),
            hint: 'versions describe commits: commit the model (uncommitted files are not released)',
        });
    }
    let reasons;
    let bump;
    let previous;
    if (!current) {
        bump = initialBump(repo.settings.initialVersion);
        reasons = [{ kind: 'initial', bump, message: `first release: no tag matching ${format.format('<version>')} exists, so it starts at release.initialVersion ${repo.settings.initialVersion}` }];
    }
    else {
        const base = await repo.history.tagCommit(current.tag);
        if (!base)
            throw new errors/* ModelshipError */.W7(`tag ${current.tag} does not point at a commit`);
        const oldModel = (await configAt(repo, base, name)) ?? model;
        previous = await ModelSnapshot.load(repo.history.tree(base), oldModel, modelPaths(oldModel, repo.configDir));
        reasons = await compareSnapshots(previous, head);
        const contentBump = highestBump(reasons.map((r) => r.bump));
        const commits = await commitReasons(repo.history, base, [...new Set([...allPaths(previous.paths), ...allPaths(head.paths)])]);
        if (contentBump === 'none') {
            for (const c of commits)
                if (c.bump !== 'none')
                    reasons.push({ ...c, bump: 'none', message: `${c.message} (not counted: no file of the model changed since ${current.tag})` });
        }
        else {
            reasons.push(...commits);
        }
        bump = contentBump === 'none' ? 'none' : maxBump(contentBump, highestBump(commits.map((c) => c.bump)));
    }
    let next;
    if (options.as !== undefined) {
        const as = options.as.replace(/^v/, '');
        if (semver_default().valid(as) !== as)
            throw new errors/* ModelshipError */.W7(`"${options.as}" is not a semantic version`, { hint: 'e.g. --as 2.0.0' });
        if (current && !semver_default().gt(as, current.version)) {
            throw new errors/* ModelshipError */.W7(`version ${as} would go backwards: ${current.tag} is already released`, { exitCode: errors/* ExitCode */.yU.Failed, hint: `pick a version above ${current.version}` });
        }
        next = as;
        const d = current ? semver_default().diff(current.version, as) : null;
        const asBump = d === null ? initialBump(as) : d.includes('major') ? 'major' : d.includes('minor') ? 'minor' : 'patch';
        reasons.push({ kind: 'override', bump: asBump, message: `version set explicitly to ${as}` });
        bump = asBump;
    }
    else {
        next = nextVersion({ current: current?.version, bump, initialVersion: repo.settings.initialVersion, prerelease, existing: versions });
        if (next !== undefined && prerelease !== undefined)
            next = (await prereleaseAtHead(repo, versions, next)) ?? next;
    }
    const nextOrCurrent = next ?? current?.version ?? null;
    return {
        plan: {
            model: name,
            current: current?.version ?? null,
            next: nextOrCurrent,
            bump,
            tag: nextOrCurrent === null ? null : format.format(nextOrCurrent),
            reasons,
            previousTag: current?.tag ?? null,
            commit: repo.head,
            prerelease: next !== undefined && prerelease !== undefined ? prerelease : null,
        },
        format,
        versions,
        head,
        previous,
    };
}
/** The model's configuration as committed at `commit`, or undefined when it cannot be read there. */
async function configAt(repo, commit, name) {
    // Missing or rejected by today's schema: the model's current paths are the best guess of where it lived.
    return (await repo.history.configAt(commit, repo.configFile, repo.loaded, repo.env))?.config.models[name];
}
/** Conventional commits since `base` touching the model's paths, newest first. */
async function commitReasons(history, base, paths) {
    const reasons = [];
    for (const { sha, message } of await history.commitsSince(base, paths)) {
        const parsed = parseConventionalCommit(message.trim());
        const bump = commitBump(parsed);
        if (bump === 'none')
            continue;
        const subject = message.trim().split('\n')[0];
        const why = parsed?.breaking ? 'breaking change' : parsed?.type;
        reasons.push({ kind: 'commit', bump, commit: sha, message: `commit ${sha.slice(0, 7)} "${subject}" (${why})` });
    }
    return reasons;
}
/** A pre-release of the same base and scheme already on HEAD is reused: re-running a PR build is idempotent. */
async function prereleaseAtHead(repo, versions, next) {
    const prefix = next.replace(/\.\d+$/, '.');
    for (const v of versions) {
        if (v.version.startsWith(prefix) && /^\d+$/.test(v.version.slice(prefix.length)) && (await repo.git.commitOf(`refs/tags/${v.tag}`)) === repo.head)
            return v.version;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/yaml-source.ts
var yaml_source = __webpack_require__(668);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
;// CONCATENATED MODULE: ./src/core/metrics/numbers.ts
/**
 * Numbers as ML tools write them. Python writes `nan`, `inf`, `-inf` (repr) and json.dump writes the
 * non-standard tokens `NaN`, `Infinity`, `-Infinity`; all of them are read as the IEEE values so the gate's
 * non-finite policy decides, instead of a parse error hiding what the metric was.
 */
const SPECIAL = {
    nan: NaN,
    '+nan': NaN,
    '-nan': NaN,
    inf: Infinity,
    '+inf': Infinity,
    infinity: Infinity,
    '+infinity': Infinity,
    '-inf': -Infinity,
    '-infinity': -Infinity,
};
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The number a text cell holds, or undefined when it is not one (empty, words, `1,5`, hex). */
function numbers_parseNumber(text) {
    const t = text.trim();
    if (DECIMAL.test(t))
        return Number(t);
    const special = SPECIAL[t.toLowerCase()];
    return special;
}
/** Booleans in per-example files (`correct` = True/False) count as 1/0. */
function numbers_parseNumberOrBoolean(text) {
    const n = numbers_parseNumber(text);
    if (n !== undefined)
        return n;
    const t = text.trim().toLowerCase();
    if (t === 'true')
        return 1;
    if (t === 'false')
        return 0;
    return undefined;
}
function formatNumber(v) {
    if (v === undefined)
        return '—';
    if (Number.isNaN(v))
        return 'NaN';
    if (!Number.isFinite(v))
        return v > 0 ? '+Inf' : '-Inf';
    if (v === 0)
        return '0';
    const abs = Math.abs(v);
    if (abs >= 1e6 || abs < 1e-4)
        return v.toExponential(3);
    return String(Number(v.toPrecision(6)));
}

;// CONCATENATED MODULE: ./src/core/metrics/tree.ts


/**
 * A MetricSet over a nested document (JSON, YAML, a model card, an MLflow run):
 * - `a.b.c` walks nested mappings; a key that itself holds dots (`eval.accuracy`) is matched first;
 * - a leaf is a number, or `{value: n, samples: [...], ids: [...]}` carrying per-example values;
 * - slices live under `slices.<feature>.<value>.<metric>` (the layout of the example's metrics.json).
 */
class tree_MetricTree {
    origin;
    root;
    missing;
    extraSamples;
    slicesKey;
    constructor(origin, root, 
    /**
     * Keys known to be missing or unusable, with why (a Prometheus query without data: missing; several
     * series where one was needed: invalid). Slice keys are written `feature:value/metric`.
     */
    missing = new Map(), 
    /** Samples kept beside the tree (e.g. every point of a range query). */
    extraSamples = new Map(), slicesKey = 'slices') {
        this.origin = origin;
        this.root = root;
        this.missing = missing;
        this.extraSamples = extraSamples;
        this.slicesKey = slicesKey;
    }
    describe() {
        return this.origin;
    }
    get(metric, slice) {
        const base = this.sliceRoot(slice);
        if (!base.ok)
            return base;
        const known = this.missing.get(slice ? `${slice.feature}:${slice.value}/${metric}` : metric);
        if (known !== undefined)
            return typeof known === 'string' ? { ok: false, kind: 'missing', reason: known } : { ok: false, ...known };
        const node = walk(base.node, metric);
        if (node === undefined) {
            const keys = slice ? tree_leafKeys(base.node) : this.keys();
            const hint = didYouMean(metric, keys);
            return {
                ok: false,
                kind: 'missing',
                reason: `metric "${metric}" is not in ${this.origin}${slice ? ` (slice ${slice.feature}:${slice.value})` : ''}${hint ? `; ${hint}` : keys.length ? `; it has ${preview(keys)}` : ''}`,
            };
        }
        return leafValue(node, metric, this.origin);
    }
    sliceValues(feature) {
        const slices = walk(this.root, this.slicesKey);
        if (!tree_isRecord(slices))
            return undefined;
        const byFeature = slices[feature];
        return tree_isRecord(byFeature) ? Object.keys(byFeature) : undefined;
    }
    samples(metric, slice) {
        if (!slice && this.extraSamples.has(metric))
            return this.extraSamples.get(metric);
        const base = this.sliceRoot(slice);
        if (!base.ok)
            return undefined;
        const node = walk(base.node, metric);
        if (!tree_isRecord(node) || !Array.isArray(node.samples))
            return undefined;
        const values = node.samples.map((v) => (typeof v === 'number' ? v : typeof v === 'string' ? parseNumber(v) ?? NaN : NaN));
        const ids = Array.isArray(node.ids) && node.ids.length === values.length ? node.ids.map(String) : undefined;
        return { values, ids };
    }
    keys() {
        const out = tree_leafKeys(this.root).filter((k) => k !== this.slicesKey && !k.startsWith(`${this.slicesKey}.`));
        for (const k of this.missing.keys())
            if (!k.includes('/'))
                out.push(k);
        return out;
    }
    sliceRoot(slice) {
        if (!slice)
            return { ok: true, node: this.root };
        const values = this.sliceValues(slice.feature);
        if (values === undefined) {
            const slices = walk(this.root, this.slicesKey);
            const features = tree_isRecord(slices) ? Object.keys(slices) : [];
            const hint = didYouMean(slice.feature, features);
            return {
                ok: false,
                kind: 'missing',
                reason: `slice feature "${slice.feature}" does not exist in ${this.origin}${hint ? `; ${hint}` : features.length ? `; features: ${features.join(', ')}` : ' (it has no slices)'}`,
            };
        }
        if (!values.includes(slice.value)) {
            const hint = didYouMean(slice.value, values);
            return {
                ok: false,
                kind: 'missing',
                reason: `slice ${slice.feature}:${slice.value} does not exist in ${this.origin}${hint ? `; ${hint}` : `; values: ${values.join(', ')}`}`,
            };
        }
        return { ok: true, node: walk(this.root, this.slicesKey)[slice.feature][slice.value] };
    }
}
function tree_isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Walks a dotted key, preferring the longest literal key at each level (keys may contain dots). */
function walk(node, key) {
    if (key === '')
        return node;
    if (!tree_isRecord(node))
        return undefined;
    if (Object.hasOwn(node, key))
        return node[key];
    const parts = key.split('.');
    for (let n = parts.length - 1; n >= 1; n--) {
        const head = parts.slice(0, n).join('.');
        if (Object.hasOwn(node, head)) {
            const found = walk(node[head], parts.slice(n).join('.'));
            if (found !== undefined)
                return found;
        }
    }
    return undefined;
}
function leafValue(node, metric, origin) {
    const raw = tree_isRecord(node) && Object.hasOwn(node, 'value') ? node.value : node;
    if (typeof raw === 'number')
        return { ok: true, value: raw };
    if (typeof raw === 'string') {
        // Only the spellings of NaN/Inf are accepted from strings: "0.93" in quotes is a data bug worth naming.
        const special = parseNumber(raw);
        if (special !== undefined && !Number.isFinite(special))
            return { ok: true, value: special };
        return {
            ok: false,
            kind: 'invalid',
            reason: `metric "${metric}" in ${origin} is the string ${JSON.stringify(raw.slice(0, 40))}, expected a number${special !== undefined ? ' (remove the quotes)' : ''}`,
        };
    }
    const what = raw === null ? 'null' : Array.isArray(raw) ? 'a list' : tree_isRecord(raw) ? 'a mapping without a numeric "value"' : `${typeof raw} ${String(raw)}`;
    return { ok: false, kind: 'invalid', reason: `metric "${metric}" in ${origin} is ${what}, expected a number` };
}
/** Dotted keys of every numeric (or value-bearing) leaf, capped so a huge document stays cheap. */
function tree_leafKeys(node, prefix = '', out = [], depth = 0) {
    if (!tree_isRecord(node) || depth > 8 || out.length > 500)
        return out;
    for (const [k, v] of Object.entries(node)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (tree_isRecord(v) && !Object.hasOwn(v, 'value'))
            tree_leafKeys(v, key, out, depth + 1);
        else if (!Array.isArray(v))
            out.push(key);
    }
    return out;
}
function preview(keys) {
    return keys.length <= 8 ? keys.join(', ') : `${keys.slice(0, 8).join(', ')} and ${keys.length - 8} more`;
}

;// CONCATENATED MODULE: ./src/core/metrics/source.ts

/** A source that could not be read or parsed: names the source and says what was expected. */
class source_MetricSourceError extends errors/* ModelshipError */.W7 {
    /**
     * `unavailable`: the source did not answer (Prometheus down, HTTP error): the gate cannot evaluate and
     * reports inconclusive. `invalid`: the data is malformed (bad JSON, ragged CSV): a usage error (exit 2).
     */
    kind;
    constructor(message, options = {}) {
        super(message, { exitCode: options.kind === 'unavailable' ? errors/* ExitCode */.yU.Inconclusive : errors/* ExitCode */.yU.Usage, hint: options.hint, cause: options.cause });
        this.name = 'MetricSourceError';
        this.kind = options.kind ?? 'invalid';
    }
}
function sliceName(slice) {
    return slice === undefined ? 'overall' : `${slice.feature}:${slice.value}`;
}
/** The file (or the file at a git ref) does not exist: for a baseline, the first run; for a candidate, an error. */
class source_SourceNotFoundError extends source_MetricSourceError {
    constructor(message, options = {}) {
        super(message, options);
        this.name = 'SourceNotFoundError';
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/bench-report.ts


const TRIAL_KEYS = (/* unused pure expression or super */ null && (['p50', 'p90', 'p95', 'p99', 'mean', 'min', 'max']));
function bench_report_isBenchReport(data) {
    return isRecord(data) && Array.isArray(data.results) && data.results.some((r) => isRecord(r) && isRecord(r.latency_ms));
}
function bench_report_benchMetrics(data, origin, select = {}) {
    if (!bench_report_isBenchReport(data))
        throw new MetricSourceError(`${origin} is not a benchmark report (expected "results" with "latency_ms", as \`modelship bench --format json\` writes)`);
    const results = (data.results.filter(isRecord));
    const role = select.role ?? 'candidate';
    const sameModel = results.filter((r) => (select.model === undefined || r.model === select.model) && (select.runner === undefined || r.runner === select.runner) && (r.role === undefined || r.role === role));
    const chosen = sameModel.filter((r) => select.batch === undefined || r.batch === select.batch);
    const describe = (r) => `${String(r.model)}/${String(r.runner)}/batch ${String(r.batch)}`;
    const noMatch = (what) => new MetricSourceError(`${origin}: ${what} (model ${select.model ?? 'any'}, runner ${select.runner ?? 'any'}, batch ${select.batch ?? 'any'}, role ${role}); results: ${results.map(describe).join(', ')}`, { hint: 'set model and runner on the bench source to pick one result (batch sizes are slices batch:<n>)' });
    if (chosen.length === 0)
        throw noMatch('no benchmark result matches');
    // Several batch sizes of one model and runner, none selected: the report is read as slices `batch:<n>`.
    const onlyBatchesDiffer = select.batch === undefined && chosen.every((r) => r.model === chosen[0].model && r.runner === chosen[0].runner && typeof r.batch === 'number');
    const distinctBatches = new Set(chosen.map((r) => r.batch)).size === chosen.length;
    if (chosen.length > 1 && !(onlyBatchesDiffer && distinctBatches))
        throw noMatch(`${chosen.length} benchmark results match`);
    const one = chosen.length === 1 ? chosen[0] : undefined;
    const batches = sameModel.filter((r) => r.model === chosen[0].model && r.runner === chosen[0].runner && typeof r.batch === 'number');
    const root = one ? node(one) : {};
    if (batches.length > 1 || !one)
        root.slices = { batch: Object.fromEntries(batches.map((r) => [String(r.batch), node(r)])) };
    const missing = new Map();
    if (!one) {
        const sizes = batches.map((r) => String(r.batch)).join(', ');
        const why = `${origin} holds batch sizes ${sizes} of ${String(chosen[0].model)}/${String(chosen[0].runner)}: read one as a slice (slices: [batch] or batch:${String(batches[0].batch)} on the check) or set batch on the bench source`;
        for (const key of leafKeys(node(chosen[0])))
            missing.set(key, why);
    }
    const label = one ? `${origin} (${describe(one)})` : `${origin} (${String(chosen[0].model)}/${String(chosen[0].runner)}, batch sizes as slices)`;
    return new MetricTree(label, root, missing);
}
/** One result as a tree: its figures, with the trials' figures as samples (for Mann-Whitney and bootstrap). */
function node(r) {
    const trials = Array.isArray(r.trials) ? r.trials.filter(isRecord) : [];
    const withSamples = (value, samples) => (samples && samples.every(Number.isFinite) && trials.length > 0 ? { value, samples } : value);
    const latency = isRecord(r.latency_ms) ? { ...r.latency_ms } : r.latency_ms;
    if (isRecord(latency)) {
        for (const k of TRIAL_KEYS) {
            if (!Object.hasOwn(latency, k))
                continue;
            latency[k] = withSamples(latency[k], trials.map((t) => (isRecord(t.latency_ms) ? Number(t.latency_ms[k]) : NaN)));
        }
    }
    const out = {
        latency_ms: latency,
        throughput_per_s: withSamples(r.throughput_per_s, trials.map((t) => Number(t.throughput_per_s))),
        rss_mb: r.rss_mb,
        errors: r.errors,
        samples: r.samples,
    };
    for (const k of Object.keys(out))
        if (out[k] === undefined)
            delete out[k];
    return out;
}

;// CONCATENATED MODULE: ./src/core/metrics/csv-parse.ts

const PLAIN = /[^,\r\n"]+/y;
/**
 * RFC 4180 CSV: quoted fields with `""` escapes and embedded newlines, CRLF or LF, a leading BOM dropped,
 * blank lines skipped. A row whose field count differs from the header is an error naming its line: a
 * ragged row means a shifted column, and a shifted column would gate on the wrong numbers.
 */
function csv_parse_parseCsv(text, origin) {
    const records = [];
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let cells = [];
    let field = '';
    let rowLine = 1;
    // `atFieldStart`: a quote here opens a quoted field; `rowHasContent`: the row is not a blank line.
    let atFieldStart = true;
    let rowHasContent = false;
    const endRow = () => {
        cells.push(field);
        if (rowHasContent)
            records.push({ line: rowLine, cells });
        cells = [];
        field = '';
        atFieldStart = true;
        rowHasContent = false;
    };
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"' && atFieldStart) {
            atFieldStart = false;
            rowHasContent = true;
            const openLine = line;
            i++;
            for (;;) {
                if (i >= text.length)
                    throw new MetricSourceError(`${origin}:${openLine}: a quoted field is never closed`);
                const c = text[i];
                if (c === '"') {
                    if (text[i + 1] === '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                if (c === '\n')
                    line++;
                field += c;
                i++;
            }
            const next = text[i];
            if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
                throw new MetricSourceError(`${origin}:${line}: unexpected character ${JSON.stringify(next)} after a closing quote`);
            }
            continue;
        }
        if (ch === ',') {
            cells.push(field);
            field = '';
            atFieldStart = true;
            rowHasContent = true;
            i++;
        }
        else if (ch === '\r' || ch === '\n') {
            endRow();
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            i++;
            line++;
            rowLine = line;
        }
        else {
            if (ch === '"')
                throw new MetricSourceError(`${origin}:${line}: a quote inside an unquoted field`, { hint: 'quote the whole field and double the inner quotes ("")' });
            // Unquoted text runs to the next delimiter: sliced at once, not appended character by character.
            PLAIN.lastIndex = i;
            PLAIN.test(text);
            field += text.slice(i, PLAIN.lastIndex);
            atFieldStart = false;
            rowHasContent = true;
            i = PLAIN.lastIndex;
        }
    }
    if (rowHasContent)
        endRow();
    if (records.length === 0)
        throw new MetricSourceError(`${origin}: the CSV file is empty`, { hint: 'the first line must be a header' });
    const [head, ...rows] = records;
    const header = head.cells.map((h) => h.trim());
    const seen = new Set();
    for (const h of header) {
        if (h === '')
            throw new MetricSourceError(`${origin}:${head.line}: the header has an empty column name`);
        if (seen.has(h))
            throw new MetricSourceError(`${origin}:${head.line}: the header names column "${h}" twice`);
        seen.add(h);
    }
    for (const r of rows) {
        if (r.cells.length !== header.length) {
            throw new MetricSourceError(`${origin}:${r.line}: ragged row: ${r.cells.length} field(s), the header has ${header.length}`, {
                hint: 'every row needs one value per header column (quote values that contain commas)',
            });
        }
    }
    return { header, rows };
}

;// CONCATENATED MODULE: ./src/core/metrics/csv.ts





function csv_parseCsvMetrics(text, origin, options = {}) {
    const table = parseCsv(text, origin);
    const layout = options.layout ?? 'auto';
    const isLong = layout === 'long' || (layout === 'auto' && table.header.includes('metric') && table.header.includes('value'));
    if (isLong)
        return longLayout(table, origin);
    return new ExampleTable(table, origin, options.idColumn);
}
function longLayout(table, origin) {
    const col = (name) => table.header.indexOf(name);
    const [m, v, s] = [col('metric'), col('value'), col('slice')];
    if (m < 0 || v < 0)
        throw new MetricSourceError(`${origin}: the long CSV layout needs columns "metric" and "value" (found ${table.header.join(', ')})`);
    const root = {};
    const slices = {};
    for (const { line, cells } of table.rows) {
        const metric = cells[m].trim();
        if (metric === '')
            throw new MetricSourceError(`${origin}:${line}: empty metric name`);
        const raw = cells[v].trim();
        const value = parseNumber(raw);
        const stored = value === undefined ? raw : value;
        const slice = s >= 0 ? cells[s].trim() : '';
        let target = root;
        if (slice !== '' && slice !== 'overall') {
            const sep = slice.search(/[:=]/);
            if (sep <= 0)
                throw new MetricSourceError(`${origin}:${line}: slice "${slice}" should be written feature:value`);
            const feature = slice.slice(0, sep);
            const fv = slice.slice(sep + 1);
            target = ((slices[feature] ??= {})[fv] ??= {});
        }
        if (Object.hasOwn(target, metric))
            throw new MetricSourceError(`${origin}:${line}: metric "${metric}" appears twice${slice ? ` in slice ${slice}` : ''}`);
        target[metric] = stored;
    }
    if (Object.keys(slices).length > 0)
        root.slices = slices;
    return new MetricTree(origin, root);
}
class ExampleTable {
    origin;
    columns = new Map();
    ids;
    constructor(table, origin, idColumn) {
        this.origin = origin;
        table.header.forEach((name, c) => {
            const texts = table.rows.map((r) => r.cells[c]);
            const numbers = [];
            let offender;
            for (let r = 0; r < texts.length && offender === undefined; r++) {
                const n = parseNumberOrBoolean(texts[r]);
                if (n === undefined)
                    offender = { line: table.rows[r].line, text: texts[r] };
                else
                    numbers.push(n);
            }
            this.columns.set(name, { name, texts, numbers: offender === undefined && texts.length > 0 ? numbers : undefined, offender });
        });
        const idName = idColumn ?? (this.columns.has('id') ? 'id' : undefined);
        if (idName !== undefined) {
            const idCol = this.columns.get(idName);
            if (!idCol)
                throw new MetricSourceError(`${origin}: id column "${idName}" is not in the header (${table.header.join(', ')})`);
            const seen = new Set();
            idCol.texts.forEach((id, r) => {
                if (seen.has(id))
                    throw new MetricSourceError(`${origin}:${table.rows[r].line}: id "${id}" appears twice`);
                seen.add(id);
            });
            this.ids = idCol.texts;
            this.idName = idName;
        }
        if (table.rows.length === 0)
            throw new MetricSourceError(`${origin}: the CSV file has a header but no rows`);
    }
    idName;
    describe() {
        return this.origin;
    }
    get(metric, slice) {
        const rows = this.rowsOf(slice);
        if (!rows.ok)
            return rows;
        if (metric === 'examples')
            return { ok: true, value: rows.rows.length };
        const col = this.numericColumn(metric);
        if (!col.ok)
            return col;
        let sum = 0;
        for (const r of rows.rows)
            sum += col.numbers[r];
        return { ok: true, value: sum / rows.rows.length };
    }
    sliceValues(feature) {
        const col = this.columns.get(feature);
        if (!col || col.numbers !== undefined || feature === this.idName)
            return undefined;
        return [...new Set(col.texts)];
    }
    samples(metric, slice) {
        const rows = this.rowsOf(slice);
        const col = this.numericColumn(metric);
        if (!rows.ok || !col.ok)
            return undefined;
        return { values: rows.rows.map((r) => col.numbers[r]), ids: this.ids ? rows.rows.map((r) => this.ids[r]) : undefined };
    }
    keys() {
        return [...this.columns.values()].filter((c) => c.numbers !== undefined && c.name !== this.idName).map((c) => c.name).concat('examples');
    }
    numericColumn(metric) {
        const col = this.columns.get(metric);
        if (!col) {
            const hint = didYouMean(metric, this.columns.keys());
            return { ok: false, kind: 'missing', reason: `column "${metric}" is not in ${this.origin}${hint ? `; ${hint}` : `; columns: ${[...this.columns.keys()].join(', ')}`}` };
        }
        if (col.numbers === undefined) {
            const o = col.offender;
            return { ok: false, kind: 'invalid', reason: `column "${metric}" of ${this.origin} is not numeric${o ? `: line ${o.line} has ${JSON.stringify(o.text.slice(0, 40))}` : ''}` };
        }
        return { ok: true, numbers: col.numbers };
    }
    rowsOf(slice) {
        const all = [...Array(this.columns.values().next().value?.texts.length ?? 0).keys()];
        if (!slice)
            return { ok: true, rows: all };
        const values = this.sliceValues(slice.feature);
        if (values === undefined) {
            const features = [...this.columns.values()].filter((c) => c.numbers === undefined && c.name !== this.idName).map((c) => c.name);
            const hint = didYouMean(slice.feature, features);
            return { ok: false, kind: 'missing', reason: `slice feature "${slice.feature}" is not a text column of ${this.origin}${hint ? `; ${hint}` : features.length ? `; features: ${features.join(', ')}` : ''}` };
        }
        if (!values.includes(slice.value)) {
            const hint = didYouMean(slice.value, values);
            return { ok: false, kind: 'missing', reason: `slice ${slice.feature}:${slice.value} does not exist in ${this.origin}${hint ? `; ${hint}` : `; values: ${values.join(', ')}`}` };
        }
        const texts = this.columns.get(slice.feature).texts;
        return { ok: true, rows: all.filter((r) => texts[r] === slice.value) };
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/text-file.ts



/** Metric files are small; anything larger is a mistake (a model file named by accident), not metrics. */
const text_file_MAX_METRICS_FILE_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/**
 * Up to this size a file is read with synchronous calls: microseconds each, where the promise API costs a
 * trip through the thread pool per call (a monorepo's gate run reads hundreds of small metrics files).
 */
const SYNC_READ_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** Reads a metrics file as UTF-8, with errors that say which file and what went wrong. */
async function text_file_readTextFile(file, what = 'metrics file') {
    let size;
    try {
        const s = statSync(file);
        if (s.isDirectory())
            throw new MetricSourceError(`${what} ${file} is a directory, expected a file`);
        // A FIFO or device could block the read for ever.
        if (!s.isFile())
            throw new MetricSourceError(`${what} ${file} is not a regular file`);
        size = s.size;
    }
    catch (err) {
        if (err instanceof MetricSourceError)
            throw err;
        const code = err.code;
        if (code === 'ENOENT')
            throw new SourceNotFoundError(`${what} not found: ${file}`);
        throw new MetricSourceError(`cannot read ${what} ${file}: ${err.message}`);
    }
    if (size > text_file_MAX_METRICS_FILE_BYTES)
        throw new MetricSourceError(`${what} ${file} is ${size} bytes, more than the ${text_file_MAX_METRICS_FILE_BYTES}-byte limit for metrics`);
    let text;
    try {
        text = size <= SYNC_READ_BYTES ? readFileSync(file, 'utf8') : await readFile(file, 'utf8');
    }
    catch (err) {
        throw new MetricSourceError(`cannot read ${what} ${file}: ${err.message}`);
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** 1-based line and column of a character offset. */
function text_file_lineColumn(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            start = i + 1;
        }
    }
    return { line, column: offset - start + 1 };
}

;// CONCATENATED MODULE: ./src/core/metrics/json.ts



/**
 * JSON metrics: `{"accuracy": 0.93, "slices": {"species": {"setosa": {"f1": 1.0}}}}`. Python's json.dump
 * writes NaN and Infinity as bare tokens (invalid JSON); they are accepted so the non-finite policy decides.
 */
function parseJsonMetrics(text, origin) {
    return new MetricTree(origin, json_parseLenientJson(text, origin));
}
function json_parseLenientJson(text, origin) {
    try {
        return JSON.parse(text);
    }
    catch (first) {
        const rewritten = quotePythonSpecials(text);
        if (rewritten !== text) {
            try {
                return JSON.parse(rewritten);
            }
            catch {
                // fall through to report the original error
            }
        }
        const message = first.message;
        const pos = /position (\d+)/.exec(message);
        const where = pos ? (({ line, column }) => `:${line}:${column}`)(lineColumn(text, Number(pos[1]))) : '';
        throw new MetricSourceError(`${origin}${where}: invalid JSON: ${message.replace(/^JSON\.parse: /, '')}`, {
            hint: 'a metrics file is a JSON object of numbers, e.g. {"accuracy": 0.93}',
        });
    }
}
/** Quotes bare NaN / Infinity / -Infinity outside strings; leaves everything else byte for byte. */
function quotePythonSpecials(text) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            out += text.slice(i, j + 1);
            i = j + 1;
            continue;
        }
        const m = /^(-?Infinity|NaN)\b/.exec(text.slice(i, i + 9));
        if (m && !/[\w.]/.test(text[i - 1] ?? '')) {
            out += `"${m[1]}"`;
            i += m[1].length;
            continue;
        }
        out += ch;
        i++;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/metrics/mlflow.ts






async function readMlflowRun(runDir, origin, options = {}) {
    const metricsDir = path.join(runDir, 'metrics');
    try {
        if (!(await stat(metricsDir)).isDirectory())
            throw new Error('not a directory');
    }
    catch {
        throw new MetricSourceError(`${origin} is not an MLflow run directory: ${metricsDir} does not exist`, {
            hint: 'point at mlruns/<experiment-id>/<run-id> (the folder that holds meta.yaml, metrics/, params/)',
        });
    }
    const root = {};
    const samples = new Map();
    const missing = new Map();
    for (const key of await listFiles(metricsDir, '')) {
        const text = await readTextFile(path.join(metricsDir, key), 'MLflow metric file');
        const points = parseHistory(text, `${origin}/metrics/${key}`);
        const name = key.split(path.sep).join('/');
        if (points.length === 0) {
            missing.set(name, `metric "${name}" of ${origin} has no logged values`);
            continue;
        }
        const chosen = options.step === undefined ? points : points.filter((p) => p.step === options.step);
        if (chosen.length === 0) {
            missing.set(name, `metric "${name}" of ${origin} has no value at step ${options.step} (steps ${[...new Set(points.map((p) => p.step))].slice(0, 10).join(', ')})`);
            continue;
        }
        const latest = chosen.reduce((a, b) => (b.step > a.step || (b.step === a.step && (b.timestamp > a.timestamp || (b.timestamp === a.timestamp && b.order > a.order))) ? b : a));
        root[name] = latest.value;
        samples.set(name, { values: [...points].sort((a, b) => a.step - b.step || a.timestamp - b.timestamp || a.order - b.order).map((p) => p.value) });
    }
    return new MetricTree(origin, root, missing, samples);
}
function parseHistory(text, origin) {
    const points = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '')
            return;
        const parts = line.trim().split(/\s+/);
        const [ts, v, st] = [parseNumber(parts[0] ?? ''), parseNumber(parts[1] ?? ''), parts[2] === undefined ? 0 : parseNumber(parts[2])];
        if (parts.length < 2 || parts.length > 3 || ts === undefined || v === undefined || st === undefined) {
            throw new MetricSourceError(`${origin}:${i + 1}: expected "<timestamp> <value> <step>", got ${JSON.stringify(line.slice(0, 60))}`);
        }
        points.push({ timestamp: ts, value: v, step: st, order: i });
    });
    return points;
}
async function listFiles(dir, prefix, depth = 0) {
    if (depth > 8)
        return [];
    const out = [];
    for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
        const rel = path.join(prefix, entry.name);
        if (entry.isDirectory())
            out.push(...(await listFiles(dir, rel, depth + 1)));
        else if (entry.isFile())
            out.push(rel);
    }
    return out.sort();
}
class mlflow_MlflowRunSource {
    runDir;
    options;
    label;
    constructor(runDir, options = {}, label = runDir) {
        this.runDir = runDir;
        this.options = options;
        this.label = label;
    }
    describe() {
        return `MLflow run ${this.label}${this.options.step === undefined ? '' : ` at step ${this.options.step}`}`;
    }
    read() {
        return readMlflowRun(this.runDir, this.label, this.options);
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/yaml.ts




/** YAML metrics, same layout as JSON. `.nan` and `.inf` are YAML's own spellings of the IEEE values. */
function yaml_parseYamlMetrics(text, origin) {
    // The plain mapping a metrics file is, read fast; the `yaml` library for the rest and for its errors.
    const fast = readYamlFast(text);
    if (fast)
        return new MetricTree(origin, fast.value);
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const where = e.linePos ? `:${e.linePos[0].line}:${e.linePos[0].col}` : '';
        throw new MetricSourceError(`${origin}${where}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    return new MetricTree(origin, yaml_yamlDocumentData(doc, origin));
}
/**
 * The document's data. Aliases are capped (a metrics file has no business expanding a billion laughs), and
 * yaml's ReferenceError for a bomb or an alias with no anchor becomes a MetricSourceError that names the file.
 */
function yaml_yamlDocumentData(doc, origin) {
    try {
        return doc.toJS({ maxAliasCount: 50 });
    }
    catch (err) {
        throw new MetricSourceError(`${origin}: invalid YAML: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/model-card.ts






/** The front matter read by the `yaml` library: what the fast reader declines (duplicate keys are allowed here, the last wins). */
function frontMatterData(front, origin) {
    const doc = parseDocument(front, { uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new MetricSourceError(`${origin}: invalid YAML front matter: ${doc.errors[0].message.split('\n')[0]}`);
    return yamlDocumentData(doc, origin);
}
function model_card_parseModelCardMetrics(text, origin, options = {}) {
    const front = frontMatter(text, origin);
    const data = readYamlFast(front)?.value ?? frontMatterData(front, origin);
    if (!isRecord(data) || !Array.isArray(data['model-index'])) {
        throw new MetricSourceError(`${origin}: the front matter has no "model-index" list`, { hint: 'see https://huggingface.co/docs/hub/model-cards#evaluation-results' });
    }
    const root = {};
    const byType = new Map();
    const datasets = new Set();
    for (const model of data['model-index']) {
        if (!isRecord(model) || !Array.isArray(model.results))
            continue;
        for (const result of model.results) {
            if (!isRecord(result))
                continue;
            const ds = isRecord(result.dataset) ? result.dataset : {};
            const dsName = String(ds.name ?? ds.type ?? 'dataset');
            datasets.add(dsName);
            if (options.dataset !== undefined && options.dataset !== ds.name && options.dataset !== ds.type)
                continue;
            for (const m of Array.isArray(result.metrics) ? result.metrics : []) {
                if (!isRecord(m) || typeof m.type !== 'string')
                    continue;
                // The Hub stores values as numbers or numeric strings; a string here is data, not a typo, so it is parsed.
                const value = typeof m.value === 'string' ? parseNumber(m.value) ?? m.value : m.value;
                byType.set(m.type, [...(byType.get(m.type) ?? []), { dataset: dsName, value }]);
                (root[dsName] ??= {})[m.type] = value;
            }
        }
    }
    if (options.dataset !== undefined && byType.size === 0) {
        throw new MetricSourceError(`${origin}: no results for dataset "${options.dataset}" (datasets: ${[...datasets].join(', ') || 'none'})`);
    }
    const missing = new Map();
    for (const [type, entries] of byType) {
        if (entries.length === 1 || options.dataset !== undefined)
            root[type] = entries[entries.length - 1].value;
        else
            missing.set(type, `metric "${type}" is reported for several datasets in ${origin} (${entries.map((e) => e.dataset).join(', ')}); use "<dataset>.${type}" or the source's dataset option`);
    }
    return new MetricTree(origin, root, missing);
}
function frontMatter(text, origin) {
    const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(t);
    if (!m)
        throw new MetricSourceError(`${origin}: no YAML front matter (a model card starts with a "---" line)`);
    return m[1];
}

;// CONCATENATED MODULE: ./src/core/metrics/prometheus.ts




class prometheus_PrometheusSource {
    options;
    constructor(options) {
        this.options = options;
        for (const [name, q] of Object.entries(options.queries)) {
            if (q.reduce !== undefined && !REDUCERS.includes(q.reduce))
                throw new MetricSourceError(`prometheus query "${name}": unknown reduce "${q.reduce}" (expected ${REDUCERS.join(', ')})`);
        }
    }
    describe() {
        return `Prometheus ${redact(this.options.url)} (${Object.keys(this.options.queries).join(', ')})`;
    }
    async read() {
        const root = {};
        const slices = {};
        const missing = new Map();
        const samples = new Map();
        const at = this.options.time ?? (this.options.now ?? (() => Date.now() / 1000))();
        for (const [name, q] of Object.entries(this.options.queries)) {
            const series = await this.run(name, q, at);
            const label = `query "${name}" (${q.query})`;
            if (series.length === 0 || series.every((s) => s.points.length === 0)) {
                missing.set(name, `Prometheus ${label} returned no data${q.range ? ` in the last ${q.range.windowSeconds}s` : ''}`);
                continue;
            }
            const reduce = q.reduce ?? 'last';
            if (q.sliceBy !== undefined) {
                const groups = new Map();
                for (const s of series) {
                    const v = s.labels[q.sliceBy];
                    if (v === undefined)
                        throw new MetricSourceError(`Prometheus ${label}: a series has no label "${q.sliceBy}" to slice by (labels: ${Object.keys(s.labels).join(', ') || 'none'})`);
                    groups.set(v, [...(groups.get(v) ?? []), s]);
                }
                for (const [v, group] of groups) {
                    const r = reduceSeries(group, reduce, `${label} slice ${q.sliceBy}:${v}`);
                    if (typeof r === 'string')
                        missing.set(`${q.sliceBy}:${v}/${name}`, { kind: 'invalid', reason: r });
                    else
                        ((slices[q.sliceBy] ??= {})[v] ??= {})[name] = r;
                }
            }
            const overall = reduceSeries(series, reduce, label);
            // Several series and an order-dependent reducer: an error, not a guess. With sliceBy the slices still work.
            if (typeof overall === 'string')
                missing.set(name, { kind: 'invalid', reason: overall });
            else
                root[name] = overall;
            samples.set(name, { values: series.flatMap((s) => s.points).sort((a, b) => a[0] - b[0]).map((p) => p[1]) });
        }
        if (Object.keys(slices).length > 0)
            root.slices = slices;
        return new MetricTree(this.describe(), root, missing, samples);
    }
    async run(name, q, now) {
        const base = this.options.url.endsWith('/') ? this.options.url : `${this.options.url}/`;
        let url;
        try {
            url = new URL(q.range ? 'api/v1/query_range' : 'api/v1/query', base);
        }
        catch {
            throw new MetricSourceError(`Prometheus URL "${redact(this.options.url)}" is not a valid URL`);
        }
        // fetch refuses URLs with credentials (and would echo them in its error): send them as Basic auth instead.
        const auth = {};
        if (url.username || url.password) {
            auth.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
            url.username = '';
            url.password = '';
        }
        const params = new URLSearchParams({ query: q.query });
        if (q.range) {
            params.set('start', String(now - q.range.windowSeconds));
            params.set('end', String(now));
            params.set('step', String(q.range.stepSeconds));
        }
        else {
            params.set('time', String(now));
        }
        const doFetch = this.options.fetch ?? fetch;
        let response;
        const where = `Prometheus ${redact(this.options.url)}, query "${name}"`;
        try {
            // POST with a form body: long PromQL never hits URL length limits, and queries stay out of access logs.
            response = await doFetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...auth, ...this.options.headers },
                body: params.toString(),
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
            });
        }
        catch (err) {
            const cause = err.cause;
            const why = err.name === 'TimeoutError' ? `no answer within ${(this.options.timeoutMs ?? 10_000) / 1000}s` : cause?.code ?? cause?.message ?? err.message;
            throw new MetricSourceError(`${where}: Prometheus did not answer (${redact(String(why))})`, { kind: 'unavailable', hint: 'check the url and that Prometheus is reachable from the runner' });
        }
        const text = await response.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new MetricSourceError(`${where}: HTTP ${response.status}, not a Prometheus API answer: ${JSON.stringify(text.slice(0, 120))}`, { kind: 'unavailable' });
        }
        if (body.status !== 'success') {
            const badQuery = body.errorType === 'bad_data';
            throw new MetricSourceError(`${where}: HTTP ${response.status}, Prometheus says ${body.errorType ?? 'error'}: ${body.error ?? 'no detail'}`, {
                kind: badQuery ? 'invalid' : 'unavailable',
                hint: badQuery ? 'fix the PromQL; try it in the Prometheus UI first' : undefined,
            });
        }
        return parseResult(body.data, where);
    }
}
function parseResult(data, where) {
    const type = data?.resultType;
    const result = data?.result;
    const value = (pair) => {
        if (!Array.isArray(pair) || pair.length !== 2)
            throw new MetricSourceError(`${where}: malformed sample ${JSON.stringify(pair)?.slice(0, 60)}`, { kind: 'unavailable' });
        const v = parseNumber(String(pair[1]));
        if (v === undefined)
            throw new MetricSourceError(`${where}: sample value ${JSON.stringify(pair[1])} is not a number`, { kind: 'unavailable' });
        return [Number(pair[0]), v];
    };
    if (type === 'scalar')
        return [{ labels: {}, points: [value(result)] }];
    if (type === 'vector' || type === 'matrix') {
        if (!Array.isArray(result))
            throw new MetricSourceError(`${where}: malformed ${type} result`, { kind: 'unavailable' });
        return result.map((s) => ({
            labels: s.metric ?? {},
            points: type === 'vector' ? [value(s.value)] : (s.values ?? []).map(value),
        }));
    }
    throw new MetricSourceError(`${where}: result type "${type}" cannot be a metric (expected vector, matrix or scalar)`);
}
/** One number from several series, or the reason it cannot be one. */
function reduceSeries(series, how, label) {
    const nonEmpty = series.filter((s) => s.points.length > 0);
    if ((how === 'last' || how === 'first') && nonEmpty.length > 1) {
        return `Prometheus ${label} returned ${nonEmpty.length} series; "${how}" needs one: aggregate in PromQL (sum, avg, max by ...) or set reduce to mean/max/p95, or sliceBy a label`;
    }
    const points = nonEmpty.flatMap((s) => s.points).sort((a, b) => a[0] - b[0]);
    return reduceValues(points.map((p) => p[1]), how);
}
/** Credentials in a URL (`https://user:pass@host`) never reach a report. */
function redact(url) {
    return url.replace(/\/\/[^/@\s]*@/g, '//***@');
}

;// CONCATENATED MODULE: ./src/core/metrics/exposition.ts

/**
 * Reads the server's own Prometheus text exposition (`GET /metrics`) into per-version figures: requests by
 * status, errors and the latency histogram, for one model. This is what canary analysis needs on a machine
 * with no Prometheus server: scrape twice, subtract, judge the window. Quantiles follow Prometheus'
 * `histogram_quantile` (linear interpolation inside the bucket; the highest finite bound when the rank
 * falls in `+Inf`), so a figure computed here matches the one a real Prometheus would show.
 */
/** The metric names `ServeMetrics` exposes (src/serve/metrics.ts). */
const REQUESTS_METRIC = 'modelship_requests_total';
const DURATION_METRIC = 'modelship_request_duration_seconds';
class ExpositionError extends errors/* ModelshipError */.W7 {
    constructor(message) {
        super(message, { hint: 'expected the Prometheus text format (version 0.0.4), as GET /metrics of modelship serve answers' });
        this.name = 'ExpositionError';
    }
}
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
/** Parses the Prometheus text format; every malformed line is an error naming the line. */
function parseExposition(text, origin = 'the exposition') {
    const samples = [];
    const types = new Map();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        const line = raw.trim();
        if (line === '')
            continue;
        const at = `${origin}, line ${i + 1}`;
        if (line.startsWith('#')) {
            const m = /^#\s+TYPE\s+(\S+)\s+(\S+)\s*$/.exec(line);
            if (m) {
                if (!/^(counter|gauge|histogram|summary|untyped|gaugehistogram|info|stateset|unknown)$/.test(m[2]))
                    throw new ExpositionError(`${at}: unknown metric type "${m[2]}" for ${m[1]}`);
                types.set(m[1], m[2]);
            }
            continue; // HELP and other comments carry no samples
        }
        samples.push(parseSample(line, i + 1, at));
    }
    return { samples, types };
}
function parseSample(line, lineNo, at) {
    const name = NAME.exec(line)?.[0];
    if (!name)
        throw new ExpositionError(`${at}: expected a metric name, got ${JSON.stringify(line.slice(0, 40))}`);
    let pos = name.length;
    const labels = {};
    if (line[pos] === '{') {
        pos++;
        for (;;) {
            while (line[pos] === ' ')
                pos++;
            if (line[pos] === '}') {
                pos++;
                break;
            }
            const label = LABEL_NAME.exec(line.slice(pos))?.[0];
            if (!label)
                throw new ExpositionError(`${at}: expected a label name or "}" at column ${pos + 1}`);
            pos += label.length;
            while (line[pos] === ' ')
                pos++;
            if (line[pos] !== '=' || line[pos + 1] !== '"')
                throw new ExpositionError(`${at}: expected ="value" after label ${label}`);
            pos += 2;
            let value = '';
            for (;;) {
                const c = line[pos];
                if (c === undefined)
                    throw new ExpositionError(`${at}: the value of label ${label} is not closed by a quote`);
                if (c === '"')
                    break;
                if (c === '\\') {
                    const next = line[pos + 1];
                    if (next === 'n')
                        value += '\n';
                    else if (next === '\\' || next === '"')
                        value += next;
                    else
                        throw new ExpositionError(`${at}: bad escape "\\${next ?? ''}" in the value of label ${label} (expected \\\\, \\" or \\n)`);
                    pos += 2;
                    continue;
                }
                value += c;
                pos++;
            }
            pos++;
            if (Object.hasOwn(labels, label))
                throw new ExpositionError(`${at}: label ${label} appears twice`);
            labels[label] = value;
            while (line[pos] === ' ')
                pos++;
            if (line[pos] === ',')
                pos++;
            else if (line[pos] !== '}')
                throw new ExpositionError(`${at}: expected "," or "}" after the value of label ${label}`);
        }
    }
    const rest = line.slice(pos).trim().split(/\s+/);
    if (rest.length < 1 || rest.length > 2 || rest[0] === '')
        throw new ExpositionError(`${at}: expected one value (and an optional timestamp) after ${name}`);
    const value = parseValue(rest[0]);
    if (value === undefined)
        throw new ExpositionError(`${at}: "${rest[0]}" is not a sample value (a float, +Inf, -Inf or NaN)`);
    if (rest[1] !== undefined && !/^-?\d+$/.test(rest[1]))
        throw new ExpositionError(`${at}: "${rest[1]}" is not a timestamp (integer milliseconds)`);
    return { name, labels, value, line: lineNo };
}
function parseValue(text) {
    if (text === '+Inf' || text === 'Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    if (text === 'NaN')
        return NaN;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return undefined;
    return Number(text);
}
/**
 * Per-version figures of `model` from an exposition (text or parsed). Requests answered before a version was
 * chosen (e.g. 503 when the queue is full) carry the version `""` and are kept under it.
 */
function exposition_figuresByVersion(exposition, model) {
    const parsed = typeof exposition === 'string' ? parseExposition(exposition) : exposition;
    const out = new Map();
    const of = (version) => {
        let f = out.get(version);
        if (!f)
            out.set(version, (f = { version, requests: 0, errors: 0, serverErrors: 0, byCode: {}, latency: { buckets: [], count: 0, sum: 0 } }));
        return f;
    };
    for (const s of parsed.samples) {
        if (s.labels.model !== model)
            continue;
        const version = s.labels.version ?? '';
        if (s.name === REQUESTS_METRIC) {
            const code = s.labels.code ?? '';
            const f = of(version);
            f.byCode[code] = (f.byCode[code] ?? 0) + s.value;
            f.requests += s.value;
            const status = Number(code);
            if (status >= 400)
                f.errors += s.value;
            if (status >= 500)
                f.serverErrors += s.value;
        }
        else if (s.name === `${DURATION_METRIC}_bucket`) {
            const le = parseValue(s.labels.le ?? '');
            if (le === undefined || Number.isNaN(le))
                throw new ExpositionError(`line ${s.line}: ${s.name} has le="${s.labels.le ?? ''}", not a bucket bound`);
            of(version).latency.buckets.push({ le, count: s.value });
        }
        else if (s.name === `${DURATION_METRIC}_count`) {
            of(version).latency.count = s.value;
        }
        else if (s.name === `${DURATION_METRIC}_sum`) {
            of(version).latency.sum = s.value;
        }
    }
    for (const f of out.values())
        f.latency.buckets.sort((a, b) => a.le - b.le);
    return out;
}
/**
 * What happened between two scrapes of the same server: counter deltas per version. A counter that went
 * down means the server restarted in between, and the window cannot be measured: an error, not a guess.
 */
function exposition_figuresBetween(before, after) {
    const out = new Map();
    for (const [version, a] of after) {
        const b = before.get(version);
        const minus = (x, y, what) => {
            if (x < y)
                throw new ExpositionError(`${what} of version "${version}" went down from ${y} to ${x} between two scrapes: the server restarted, so this window cannot be measured`);
            return x - y;
        };
        if (!b) {
            out.set(version, structuredClone(a));
            continue;
        }
        const byCode = {};
        for (const [code, n] of Object.entries(a.byCode))
            byCode[code] = minus(n, b.byCode[code] ?? 0, `${REQUESTS_METRIC}{code="${code}"}`);
        for (const code of Object.keys(b.byCode))
            if (!(code in a.byCode) && b.byCode[code] > 0)
                minus(0, b.byCode[code], `${REQUESTS_METRIC}{code="${code}"}`);
        const buckets = a.latency.buckets.map(({ le, count }) => ({ le, count: minus(count, b.latency.buckets.find((x) => x.le === le)?.count ?? 0, `${DURATION_METRIC}_bucket{le="${le}"}`) }));
        out.set(version, {
            version,
            requests: minus(a.requests, b.requests, REQUESTS_METRIC),
            errors: minus(a.errors, b.errors, `${REQUESTS_METRIC} (status >= 400)`),
            serverErrors: minus(a.serverErrors, b.serverErrors, `${REQUESTS_METRIC} (status >= 500)`),
            byCode,
            latency: { buckets, count: minus(a.latency.count, b.latency.count, `${DURATION_METRIC}_count`), sum: a.latency.sum - b.latency.sum },
        });
    }
    return out;
}
/**
 * The q-quantile (0 ≤ q ≤ 1) of a cumulative histogram, in its unit, as Prometheus' `histogram_quantile`:
 * NaN without observations; the bucket holding rank q·count is interpolated linearly from its lower bound
 * (the previous `le`, or 0) to its `le`; a rank in `+Inf` gives the highest finite bound.
 */
function exposition_histogramQuantile(q, histogram) {
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile ${q} is outside [0, 1]`);
    const buckets = histogram.buckets;
    if (buckets.length === 0)
        return NaN;
    const total = buckets[buckets.length - 1].count;
    if (!(total > 0))
        return NaN;
    if (buckets[buckets.length - 1].le !== Infinity)
        throw new ExpositionError('a histogram without its +Inf bucket has no total: the quantile cannot be computed');
    const rank = q * total;
    let i = buckets.findIndex((b) => b.count >= rank);
    if (i < 0)
        i = buckets.length - 1;
    if (buckets[i].le === Infinity)
        return buckets.length >= 2 ? buckets[buckets.length - 2].le : NaN;
    const upper = buckets[i].le;
    const lower = i === 0 ? 0 : buckets[i - 1].le;
    const below = i === 0 ? 0 : buckets[i - 1].count;
    if (i === 0 && upper <= 0)
        return upper;
    const inBucket = buckets[i].count - below;
    if (inBucket <= 0)
        return upper;
    return lower + (upper - lower) * ((rank - below) / inBucket);
}
/**
 * One value per observation of a histogram, each at the middle of its bucket (the highest finite bound for
 * `+Inf`): what rank statistics (Mann-Whitney) can compare when only the histogram was kept. Observations in
 * one bucket tie, which the rank test accounts for.
 */
function exposition_histogramSamples(histogram) {
    const out = [];
    let previous = 0;
    let lower = 0;
    const finite = histogram.buckets.filter((b) => b.le !== Infinity);
    const top = finite.length ? finite[finite.length - 1].le : 0;
    for (const { le, count } of histogram.buckets) {
        const n = count - previous;
        if (n < 0)
            throw new ExpositionError(`histogram bucket le="${le}" holds ${count}, fewer than the bucket below it (${previous}): buckets must be cumulative`);
        const value = le === Infinity ? top : (lower + le) / 2;
        for (let i = 0; i < n; i++)
            out.push(value);
        previous = count;
        if (le !== Infinity)
            lower = le;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/metrics/serve.ts



const SCRAPE_TIMEOUT_MS = 10_000;
/** The /metrics URL of a serve base URL (kept as is when it already names /metrics). */
function metricsUrlOf(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new MetricSourceError(`serve source: "${url}" is not a URL`, { hint: 'write the address of modelship serve, e.g. http://127.0.0.1:8080' });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new MetricSourceError(`serve source: "${url}" is not an http(s) URL`);
    if (!parsed.pathname.endsWith('/metrics'))
        parsed.pathname = `${parsed.pathname.replace(/\/+$/, '')}/metrics`;
    return parsed.toString();
}
/** One scrape: every version's counters of `model` as the server counts them now (since it started). */
async function scrapeServe(url, model, fetchImpl = fetch) {
    const target = metricsUrlOf(url);
    let res;
    try {
        res = await fetchImpl(target, { signal: AbortSignal.timeout(SCRAPE_TIMEOUT_MS) });
    }
    catch (err) {
        throw new MetricSourceError(`modelship serve at ${target} did not answer: ${err.message}`, { kind: 'unavailable', cause: err });
    }
    const text = await res.text();
    if (res.status !== 200)
        throw new MetricSourceError(`modelship serve at ${target} answered HTTP ${res.status}`, { kind: 'unavailable' });
    return figuresByVersion(text, model);
}
/** The scrapes of one measurement, shared by every serve source that reads the same server and window. */
class ServeMeasurement {
    options;
    windows = new Map();
    constructor(options = {}) {
        this.options = options;
    }
    /** The /metrics URLs this measurement read. */
    urls() {
        return [...new Set([...this.windows.keys()].map((k) => k.split('\n')[0]))];
    }
    window(url, model, windowMs) {
        const key = `${metricsUrlOf(url)}\n${model}\n${windowMs}`;
        let w = this.windows.get(key);
        if (!w) {
            w = measureWindow(url, model, windowMs, this.options.fetch, this.options.sleep);
            this.windows.set(key, w);
        }
        return w;
    }
}
async function measureWindow(url, model, windowMs, fetchImpl = fetch, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
    const before = await scrapeServe(url, model, fetchImpl);
    const start = performance.now();
    await sleep(windowMs);
    const after = await scrapeServe(url, model, fetchImpl);
    const seconds = Math.max((performance.now() - start) / 1000, 1e-3);
    try {
        return { figures: figuresBetween(before, after), seconds, url: metricsUrlOf(url) };
    }
    catch (err) {
        // A counter that went down: the server restarted inside the window. Not the candidate's fault.
        throw new MetricSourceError(err.message, { kind: 'unavailable', cause: err });
    }
}
/** The figures of one version in a window as a metric set (keys listed in docs/gate.md, "serve"). */
function windowMetricSet(window, version, origin) {
    const f = window.figures.get(version);
    const routed = [...window.figures.values()].filter((x) => x.version !== '').reduce((s, x) => s + x.requests, 0);
    const root = { requests: f?.requests ?? 0, errors: f?.errors ?? 0, server_errors: f?.serverErrors ?? 0, window_seconds: window.seconds, request_rate: (f?.requests ?? 0) / window.seconds };
    const missing = new Map();
    const none = `${version} answered no request in the ${window.seconds.toFixed(1)} s window`;
    if (routed > 0)
        root.traffic_share = (100 * (f?.requests ?? 0)) / routed;
    else
        missing.set('traffic_share', 'no request was routed in the window');
    if (f && f.requests > 0) {
        root.error_rate = f.errors / f.requests;
        root.server_error_rate = f.serverErrors / f.requests;
    }
    else
        for (const k of ['error_rate', 'server_error_rate'])
            missing.set(k, none);
    const samples = new Map();
    if (f && f.latency.count > 0) {
        for (const q of [50, 90, 95, 99])
            root[`latency_p${q}_ms`] = histogramQuantile(q / 100, f.latency) * 1000;
        root.latency_mean_ms = (1000 * f.latency.sum) / f.latency.count;
        samples.set('latency_ms', { values: histogramSamples(f.latency).map((x) => x * 1000) });
    }
    else
        for (const k of ['latency_p50_ms', 'latency_p90_ms', 'latency_p95_ms', 'latency_p99_ms', 'latency_mean_ms'])
            missing.set(k, none);
    return new MetricTree(origin, root, missing, samples);
}
class serve_ServeSource {
    options;
    constructor(options) {
        this.options = options;
        metricsUrlOf(options.url);
        if (!options.model)
            throw new MetricSourceError('a serve source needs "model"');
        if (!options.version)
            throw new MetricSourceError('a serve source needs "version" (write {{candidate}} or {{stable}} in an analysis)');
    }
    describe() {
        return `modelship serve ${metricsUrlOf(this.options.url)} (${this.options.model} ${this.options.version}, ${this.options.windowMs / 1000} s window)`;
    }
    async read() {
        const measurement = this.options.measurement ?? new ServeMeasurement({ fetch: this.options.fetch, sleep: this.options.sleep });
        const window = await measurement.window(this.options.url, this.options.model, this.options.windowMs);
        // A version that answered nothing in the window has no figures: as a baseline, "no baseline" (the gate's
        // onMissingBaseline decides); as a candidate, a measurement that could not be taken, never a pass.
        if ((window.figures.get(this.options.version)?.requests ?? 0) === 0) {
            throw new SourceNotFoundError(`${this.options.model} ${this.options.version} answered no request in the ${window.seconds.toFixed(1)} s window of ${window.url}`, { hint: 'send it traffic during the analysis (a canary weight, or requests to /v2/models/M/versions/V/infer for a preview)' });
        }
        return windowMetricSet(window, this.options.version, this.describe());
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/score-report.ts


/**
 * The JSON report of `modelship score` (`{"score","band","sections":{...},"tests":[{"id","points"}]}`),
 * read as `score`, `sections.<data|model|infrastructure|monitoring>` and `tests.<id>` (points).
 */
function score_report_isScoreReport(data) {
    return isRecord(data) && typeof data.score === 'number' && isRecord(data.sections) && Array.isArray(data.tests);
}
function score_report_scoreMetrics(data, origin) {
    if (!score_report_isScoreReport(data))
        throw new MetricSourceError(`${origin} is not an ML Test Score report (expected "score", "sections" and "tests", as \`modelship score --format json\` writes)`);
    const report = data;
    const sections = {};
    for (const [id, s] of Object.entries(report.sections))
        sections[id] = isRecord(s) ? s.score : s;
    const tests = {};
    for (const t of report.tests)
        if (isRecord(t) && typeof t.id === 'string')
            tests[t.id] = t.points;
    return new MetricTree(origin, { score: report.score, sections, tests });
}

;// CONCATENATED MODULE: ./src/core/metrics/arguments.ts

/**
 * Placeholders in the metric sources of a gate used as an analysis template: `{{candidate}}`, `{{stable}}`,
 * `{{model}}`, `{{environment}}` and `{{args.NAME}}` are replaced in every string of the source spec (a
 * Prometheus query, a serve source's version, a URL). A placeholder without a value is an error naming it,
 * never an empty string in a query. Values go into query text, so they must be plain names: letters, digits
 * and `._:+-@/` (versions, service names), nothing that could close a PromQL string or matcher.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g;
const SAFE_VALUE = /^[A-Za-z0-9._:+@/-]*$/;
/** A placeholder whose value is null here: e.g. {{stable}} on a first deploy (nothing live to compare with). */
class PlaceholderWithoutValue extends (/* unused pure expression or super */ null && (MetricSourceError)) {
}
function withArguments(spec, args, where) {
    for (const [name, value] of Object.entries(args)) {
        if (typeof value === 'string' && !SAFE_VALUE.test(value)) {
            throw new MetricSourceError(`${where}: the value of {{${name}}}, ${JSON.stringify(value)}, may only hold letters, digits and ._:+@/-`, { hint: 'placeholder values go into query text; name things plainly' });
        }
    }
    const replace = (text) => text.replace(PLACEHOLDER, (_all, name) => {
        const value = args[name];
        if (value === null)
            throw new PlaceholderWithoutValue(`${where}: {{${name}}} has no value here (nothing is live to compare with)`);
        if (value === undefined) {
            const known = Object.keys(args).filter((k) => typeof args[k] === 'string');
            throw new MetricSourceError(`${where}: the placeholder {{${name}}} has no value here`, {
                hint: known.length ? `placeholders with a value: ${known.map((k) => `{{${k}}}`).join(', ')}` : 'placeholders have values only when the gate runs as a rollout analysis',
            });
        }
        return value;
    });
    const walk = (v) => {
        if (typeof v === 'string')
            return replace(v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v !== null && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    return walk(spec);
}

;// CONCATENATED MODULE: ./src/core/metrics/index.ts

























/** Formats a metrics file can have; `auto` goes by extension (and, for JSON, by content). */
const FILE_FORMATS = (/* unused pure expression or super */ null && (['auto', 'json', 'yaml', 'csv', 'model-card', 'bench', 'score']));
/** Turns a spec into a source; throws MetricSourceError naming what is wrong with the spec. */
function metrics_createMetricSource(spec, ctx) {
    if (Array.isArray(spec)) {
        if (spec.length === 0)
            throw new MetricSourceError('an empty list of metric sources');
        const sources = spec.map((s) => metrics_createMetricSource(s, ctx));
        return {
            describe: () => sources.map((s) => s.describe()).join(' + '),
            read: async () => new MergedMetricSet(await Promise.all(sources.map((s) => s.read()))),
        };
    }
    if (typeof spec === 'string') {
        const exists = (p) => {
            try {
                return existsSync(ctx.resolvePath(p));
            }
            catch {
                return false;
            }
        };
        return fileSource(parseFileSpec(spec, ctx.ref, exists), ctx);
    }
    if (spec === null || typeof spec !== 'object')
        throw new MetricSourceError(`a metric source must be a path or a mapping, got ${JSON.stringify(spec)}`);
    if ('file' in spec)
        return fileSource({ ...spec, ref: spec.ref ?? ctx.ref }, ctx);
    if ('mlflow' in spec) {
        const m = typeof spec.mlflow === 'string' ? { run: spec.mlflow } : spec.mlflow;
        if (ctx.ref)
            throw new MetricSourceError(`an MLflow run folder cannot be read at git ref ${ctx.ref}`);
        return new MlflowRunSource(ctx.resolvePath(m.run), { step: m.step }, m.run);
    }
    if ('prometheus' in spec)
        return prometheusSource(spec.prometheus, ctx);
    if ('serve' in spec) {
        const v = spec.serve;
        if (!v || typeof v !== 'object')
            throw new MetricSourceError('a serve source needs {url, model, version, window?}');
        return new ServeSource({ url: v.url, model: v.model, version: v.version, windowMs: parseDuration(v.window ?? '10s', 'serve window'), fetch: ctx.fetch, measurement: ctx.measurement });
    }
    if ('bench' in spec) {
        const b = typeof spec.bench === 'string' ? { file: spec.bench } : spec.bench;
        return fileSource({ ...b, format: 'bench', ref: ctx.ref }, ctx);
    }
    if ('score' in spec)
        return fileSource({ file: spec.score, format: 'score', ref: ctx.ref }, ctx);
    const keys = Object.keys(spec);
    const known = ['file', 'mlflow', 'prometheus', 'serve', 'bench', 'score'];
    throw new MetricSourceError(`unknown metric source {${keys.join(', ')}}`, { hint: didYouMean(keys[0] ?? '', known) ?? `expected one of: ${known.join(', ')}` });
}
/** `path@ref` names the file at a git ref, unless a file by the full name exists (paths may hold "@"). */
function parseFileSpec(text, defaultRef, exists = external_node_fs_.existsSync) {
    const { file, ref } = splitFileAtRef(text, exists);
    return { file, ref: ref ?? defaultRef };
}
/**
 * Splits `FILE@REF`. Tags of the default format hold "@" themselves (`iris@v1.0.0`, so
 * `metrics.json@iris@v1.0.0`), and paths may too: a text naming an existing file is that file; else the split
 * is at the first "@" whose left side exists, and failing that (a file that exists only at the ref) at the
 * first "@". `exists` answers for a path as written (relative paths against the caller's folder).
 */
function splitFileAtRef(text, exists) {
    if (exists(text))
        return { file: text };
    const ats = [];
    for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1))
        if (i > 0 && i < text.length - 1)
            ats.push(i);
    if (ats.length === 0)
        return { file: text };
    const at = ats.find((i) => exists(text.slice(0, i))) ?? ats[0];
    return { file: text.slice(0, at), ref: text.slice(at + 1) };
}
function formatOf(file, format) {
    if (format && format !== 'auto')
        return format;
    const ext = path.extname(file).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (ext === '.csv')
        return 'csv';
    if (ext === '.md' || ext === '.markdown')
        return 'model-card';
    try {
        if (statSync(file).isDirectory())
            return 'mlflow';
    }
    catch {
        // not there: reported when read
    }
    throw new MetricSourceError(`cannot tell the format of metrics file ${file} from its extension`, {
        hint: `use .json, .yaml, .csv or .md (model card), or set format: ${FILE_FORMATS.filter((f) => f !== 'auto').join(' | ')}`,
    });
}
/** Parses text in a known format; JSON that is a bench or score report is read as one. */
function metrics_parseMetricsText(text, origin, format, spec = {}) {
    switch (format) {
        case 'json': {
            const data = parseLenientJson(text, origin);
            if (isBenchReport(data))
                return benchMetrics(data, origin, spec);
            if (isScoreReport(data))
                return scoreMetrics(data, origin);
            return new MetricTree(origin, data);
        }
        case 'yaml':
            return parseYamlMetrics(text, origin);
        case 'csv':
            return parseCsvMetrics(text, origin, { layout: spec.layout, idColumn: spec.idColumn });
        case 'model-card':
            return parseModelCardMetrics(text, origin, { dataset: spec.dataset });
        case 'bench':
            return benchMetrics(parseLenientJson(text, origin), origin, spec);
        case 'score':
            return scoreMetrics(parseLenientJson(text, origin), origin);
    }
}
/**
 * A metrics file's text at a git ref, undefined when the file did not exist there (the first run of a gate).
 * Git's refusals (an unsafe ref, one that names no commit, no repository) are usage errors of this source.
 */
async function readMetricsAtRef(file, ref, refs) {
    let bytes;
    try {
        bytes = (await (refs ? refs.read(file, ref) : readFileAtRef(file, ref))).bytes;
    }
    catch (err) {
        if (err instanceof ModelshipError)
            throw new MetricSourceError(err.message, { hint: err.hint, cause: err });
        throw err;
    }
    if (bytes !== undefined && bytes.length > MAX_METRICS_FILE_BYTES) {
        throw new MetricSourceError(`${file} at ${ref} is ${bytes.length} bytes, more than the ${MAX_METRICS_FILE_BYTES}-byte limit for metrics`);
    }
    return bytes?.toString('utf8');
}
function fileSource(spec, ctx) {
    if (typeof spec.file !== 'string' || spec.file === '')
        throw new MetricSourceError('a file metric source needs a "file" path');
    const absolute = ctx.resolvePath(spec.file);
    const label = path.relative(ctx.root, absolute).split(path.sep).join('/') || spec.file;
    const format = formatOf(absolute, spec.format);
    if (format === 'mlflow') {
        if (spec.ref)
            throw new MetricSourceError(`an MLflow run folder cannot be read at git ref ${spec.ref}`);
        return new MlflowRunSource(absolute, {}, label);
    }
    if (spec.ref) {
        const ref = spec.ref;
        return {
            describe: () => `${label} at ${ref}`,
            read: async () => {
                const text = await readMetricsAtRef(absolute, ref, ctx.refs);
                if (text === undefined)
                    throw new SourceNotFoundError(`${label} does not exist at git ref ${ref}`);
                return metrics_parseMetricsText(text, `${label}@${ref}`, format, spec);
            },
        };
    }
    return {
        describe: () => label,
        read: async () => metrics_parseMetricsText(await readTextFile(absolute), label, format, spec),
    };
}
function prometheusSource(p, ctx) {
    if (!p || typeof p.url !== 'string' || !p.queries || typeof p.queries !== 'object') {
        throw new MetricSourceError('a prometheus source needs "url" and "queries" (name → PromQL)');
    }
    const seconds = (v, what) => (v === undefined ? undefined : parseDuration(v, what) / 1000);
    const queries = {};
    for (const [name, q] of Object.entries(p.queries)) {
        const body = typeof q === 'string' ? { query: q } : q;
        const window = seconds(body.range ?? p.range, `prometheus query "${name}" range`);
        const step = seconds(body.step ?? p.step, `prometheus query "${name}" step`) ?? (window !== undefined ? Math.max(1, window / 60) : undefined);
        queries[name] = {
            query: body.query,
            reduce: body.reduce ?? p.reduce,
            sliceBy: body.sliceBy,
            range: window !== undefined ? { windowSeconds: window, stepSeconds: step } : undefined,
        };
    }
    let time;
    if (p.time !== undefined) {
        time = typeof p.time === 'number' ? p.time : Date.parse(p.time) / 1000;
        if (!Number.isFinite(time))
            throw new MetricSourceError(`prometheus time "${p.time}" is not a unix time or an RFC 3339 date`);
    }
    return new PrometheusSource({ url: p.url, queries, time, timeoutMs: p.timeout === undefined ? undefined : parseDuration(p.timeout, 'prometheus timeout'), headers: p.headers, fetch: ctx.fetch });
}

;// CONCATENATED MODULE: ./src/version/version-metrics.ts









const NOTES_MARKER = 'modelship:metrics-files';
/** The hidden line of the release notes that records the metrics files (`<!-- modelship:metrics-files {...} -->`). */
function metricsFilesComment(files) {
    // JSON inside an HTML comment: "--" cannot appear in paths git accepts here, but escape ">" anyway.
    return `<!-- ${NOTES_MARKER} ${JSON.stringify({ files }).replace(/>/g, '\\u003e')} -->`;
}
/** The files recorded by metricsFilesComment in release notes, or undefined when the notes have none. */
function parseMetricsFilesComment(notes) {
    const m = new RegExp(`<!-- ${NOTES_MARKER} (\\{.*?\\}) -->`).exec(notes);
    if (!m)
        return undefined;
    try {
        const data = JSON.parse(m[1]);
        if (!Array.isArray(data.files))
            return undefined;
        return data.files.filter((f) => typeof f?.path === 'string' && typeof f?.sha256 === 'string' && /^[0-9a-f]{64}$/.test(f.sha256));
    }
    catch {
        return undefined;
    }
}
/**
 * The metrics files that judge `model`: the candidate files of every gate about it (gates naming it, and
 * gates naming no model), and the model's own `metrics`. Paths are relative to the folder of modelship.yml.
 * Live sources (Prometheus) measure the running version and are not files of it.
 */
function versionMetricFiles(loaded, model) {
    const out = new Set();
    const own = loaded.config.models[model]?.metrics;
    const gates = (loaded.config.gates ?? {});
    for (const gate of Object.values(gates)) {
        if (gate.model !== undefined && gate.model !== model)
            continue;
        const spec = gate.candidate ?? (gate.model !== undefined ? loaded.config.models[gate.model]?.metrics : undefined);
        if (spec !== undefined)
            for (const f of fileSpecs(spec, loaded))
                if (f.ref === undefined)
                    out.add(normalize(f.file));
    }
    if (typeof own === 'string')
        for (const f of fileSpecs(own, loaded))
            if (f.ref === undefined)
                out.add(normalize(f.file));
    return [...out].sort();
}
/** The file sources inside a spec (lists walked; Prometheus and MLflow left out). */
function fileSpecs(spec, loaded) {
    if (Array.isArray(spec))
        return spec.flatMap((s) => fileSpecs(s, loaded));
    if (typeof spec === 'string')
        return [parseFileSpec(spec, undefined, (p) => existsUnder(loaded.root, p))];
    if (spec === null || typeof spec !== 'object')
        return [];
    if ('file' in spec)
        return [spec];
    if ('bench' in spec)
        return [typeof spec.bench === 'string' ? { file: spec.bench, format: 'bench' } : { ...spec.bench, format: 'bench' }];
    if ('score' in spec)
        return [{ file: spec.score, format: 'score' }];
    return [];
}
function existsUnder(root, p) {
    return (0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, p));
}
function normalize(p) {
    return external_node_path_default().posix.normalize(p.split((external_node_path_default()).sep).join('/')).replace(/^\.\//, '');
}
const sha256 = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
/** sha256 of the version's metrics files at `commit` (release notes): files the commit does not hold are left out. */
async function metricsFilesAt(tree, configDir, loaded, model) {
    const files = [...versionMetricFiles(loaded, model)];
    // One `git cat-file --batch` for every file, not one git process per file.
    const blobs = await tree.readPaths(files.map((file) => external_node_path_default().posix.join(configDir, file)));
    const out = [];
    for (const file of files) {
        const blob = blobs.get(external_node_path_default().posix.join(configDir, file));
        if (blob !== undefined)
            out.push({ path: file, sha256: sha256(blob) });
    }
    return out;
}
/** Where the metrics of one version are read from. */
class VersionMetrics {
    model;
    version;
    loaded;
    at;
    recorded;
    firstDeploy;
    constructor(model, version, loaded, at, recorded, firstDeploy) {
        this.model = model;
        this.version = version;
        this.loaded = loaded;
        this.at = at;
        this.recorded = recorded;
        this.firstDeploy = firstDeploy;
    }
    /** Finds the version's release tag (or decides it was never released) and what was recorded for it. */
    static async bind(loaded, model, version, options) {
        const config = loaded.config.models[model];
        const tag = new TagFormat(model, config?.tagFormat, loaded.locate(['models', model, 'tagFormat'])).format(version);
        let repo;
        try {
            repo = await openGit(loaded.root, options.env);
        }
        catch {
            repo = undefined; // not a git repository: nothing is released here
        }
        const commit = repo ? await repo.git.commitOf(`refs/tags/${tag}`) : undefined;
        const recorded = options.recorded;
        if (repo && commit) {
            if (recorded?.tag !== undefined && recorded.commit !== undefined && recorded.commit !== commit) {
                throw refusal(`${model} ${version} was deployed from ${recorded.tag} on commit ${recorded.commit.slice(0, 12)}, but that tag now points at ${commit.slice(0, 12)}`, 'a released version never moves: restore the tag, or release the change as a new version');
            }
            const configDir = path.relative(await realpath(repo.toplevel), await realpath(loaded.root)).split(path.sep).join('/');
            const message = await repo.git.run(['for-each-ref', '--format=%(contents)', `refs/tags/${tag}`]);
            const released = message.code === 0 ? parseMetricsFilesComment(message.stdout.toString('utf8')) : undefined;
            return new VersionMetrics(model, version, loaded, { tag, commit, git: repo.git, configDir, released }, recorded, options.firstDeploy);
        }
        if (recorded?.tag !== undefined) {
            throw refusal(`the metrics of ${model} ${version} are those of its release ${recorded.tag}, and this clone does not have that tag`, 'fetch the tags (actions/checkout with fetch-depth: 0, or git fetch --tags)');
        }
        if (repo?.shallow) {
            throw refusal(`cannot tell whether ${model} ${version} was released: this is a shallow clone, and ${tag} is not in it`, 'fetch history and tags (actions/checkout with fetch-depth: 0, or git fetch --unshallow --tags); the metrics of a released version are read at its tag');
        }
        if (!options.firstDeploy && recorded === undefined) {
            throw refusal(`the metrics of ${model} ${version} cannot be found: it has no release tag ${tag}${repo ? '' : ' (the project is not in a git repository)'} and its deployment recorded none`, `release it (modelship release ${model}) and deploy the released version; gates never judge a version on the checkout's files`);
        }
        return new VersionMetrics(model, version, loaded, undefined, recorded, options.firstDeploy);
    }
    describe() {
        return this.at ? `${this.model} ${this.version} at ${this.at.tag}` : `${this.model} ${this.version} (not released: the checkout as recorded at its first deploy)`;
    }
    /** The record for the deployment payload: every metrics file of the version, read where the version's metrics live. */
    async record() {
        const files = [];
        for (const file of versionMetricFiles(this.loaded, this.model)) {
            // Run-time evidence belongs to one deployment, not to the version: it is checked when read, never recorded.
            if (!this.at?.released?.some((f) => f.path === file) && (await stampOf(path.join(this.loaded.root, file))))
                continue;
            const bytes = await this.bytes(file, { optional: true });
            if (bytes !== undefined)
                files.push({ path: file, sha256: sha256(bytes) });
        }
        // Files recorded by the previous environment and no longer configured stay in the record: nothing recorded is dropped.
        for (const f of this.recorded?.files ?? [])
            if (!files.some((x) => x.path === f.path))
                files.push(f);
        return this.at ? { tag: this.at.tag, commit: this.at.commit, files } : { files };
    }
    /** The gate's candidate source for this version: files read where the version's metrics live, live sources as they are. */
    source(spec, ctx, gate) {
        if (Array.isArray(spec)) {
            if (spec.length === 0)
                return createMetricSource(spec, ctx);
            const sources = spec.map((s) => this.source(s, ctx, gate));
            return { describe: () => sources.map((s) => s.describe()).join(' + '), read: async () => new MergedMetricSet(await Promise.all(sources.map((s) => s.read()))) };
        }
        if (spec !== null && typeof spec === 'object' && 'prometheus' in spec)
            return createMetricSource(spec, ctx);
        if (spec !== null && typeof spec === 'object' && 'mlflow' in spec) {
            throw refusal(`gate "${gate}" reads its candidate from an MLflow run folder, which cannot be bound to ${this.model} ${this.version}`, 'commit the run\'s metrics as a file (JSON, YAML, CSV) so the release tag holds them');
        }
        const [file] = fileSpecs(spec, this.loaded);
        if (file === undefined)
            return createMetricSource(spec, ctx); // not a source: let the gate report the spec error
        if (file.ref !== undefined) {
            throw refusal(`gate "${gate}" reads its candidate ${file.file} at git ref ${file.ref}, not from ${this.model} ${this.version}`, 'a rollout judges the version it deploys: drop the @ref from the gate\'s candidate');
        }
        const absolute = ctx.resolvePath(file.file);
        const rel = normalize(path.relative(this.loaded.root, absolute));
        if (rel.startsWith('../'))
            throw refusal(`gate "${gate}": the candidate ${file.file} is outside the project, so it cannot belong to ${this.model} ${this.version}`);
        const format = file.format && file.format !== 'auto' ? file.format : formatByExtension(rel);
        const label = this.at ? `${rel} at ${this.at.tag}` : `${rel} (recorded for ${this.version})`;
        return {
            describe: () => label,
            read: async () => {
                const stamped = format === 'json' ? await this.stampedEvidence(rel, gate) : undefined;
                if (stamped)
                    return parseMetricsText(stamped, `${rel} (measured on ${this.model} ${this.version})`, format, file);
                const bytes = (await this.bytes(rel, { optional: false }));
                const text = bytes.toString('utf8');
                return parseMetricsText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, this.at ? `${rel}@${this.at.tag}` : rel, format, file);
            },
        };
    }
    /**
     * Run-time evidence names the version it measured (`"candidate": {"model", "version"}`, as `modelship batch
     * compare` writes): it is produced for this deployment, not released with the version, so it is read from
     * the workspace, and only when it names exactly the version being judged. Undefined for any other file.
     */
    async stampedEvidence(rel, gate) {
        const stamped = await stampOf(path.join(this.loaded.root, rel));
        if (!stamped)
            return undefined;
        if (stamped.model !== this.model || stamped.version !== this.version) {
            throw refusal(`gate "${gate}": ${rel} measured ${stamped.model} ${stamped.version} (its "candidate"), not ${this.model} ${this.version}, the version being deployed`, `produce it for ${this.model} ${this.version} (e.g. modelship batch compare ENV --candidate ${this.model}@${this.version})`);
        }
        return stamped.text;
    }
    /** The bytes of one metrics file of the version, verified against every sha256 recorded for it. */
    async bytes(rel, options) {
        const recorded = this.recorded?.files.find((f) => f.path === rel);
        let bytes;
        if (this.at) {
            bytes = await new GitTree(this.at.git, this.at.commit).readPath(path.posix.join(this.at.configDir, rel));
            if (bytes === undefined) {
                if (options.optional)
                    return undefined;
                throw refusal(`the metrics of ${this.model} ${this.version} cannot be found: ${rel} is not in its release ${this.at.tag} (commit ${this.at.commit.slice(0, 12)})`, 'the gate judges the files the release holds; release a version that commits them');
            }
            const released = this.at.released?.find((f) => f.path === rel);
            if (released && released.sha256 !== sha256(bytes)) {
                throw refusal(`${rel} at ${this.at.tag} has sha256 ${sha256(bytes).slice(0, 12)}, but the release notes of ${this.model} ${this.version} recorded ${released.sha256.slice(0, 12)}`, 'the tag was recreated after the release: restore it, or release the change as a new version');
            }
        }
        else {
            if (this.recorded !== undefined && recorded === undefined) {
                if (options.optional)
                    return undefined;
                throw refusal(`the metrics of ${this.model} ${this.version} cannot be found: ${rel} was not recorded when it was first deployed, and it has no release tag`, `release it (modelship release ${this.model}) so its metrics are read at its tag`);
            }
            if (this.recorded === undefined && !this.firstDeploy)
                throw refusal(`the metrics of ${this.model} ${this.version} cannot be found`);
            bytes = await readSmallFile(path.join(this.loaded.root, rel));
            if (bytes === undefined) {
                if (options.optional)
                    return undefined;
                throw refusal(`the metrics of ${this.model} ${this.version} cannot be found: ${rel} does not exist and the version has no release tag`);
            }
        }
        if (recorded && recorded.sha256 !== sha256(bytes)) {
            const where = this.at ? `at ${this.at.tag}` : 'in the checkout';
            throw refusal(`${rel} ${where} has sha256 ${sha256(bytes).slice(0, 12)}, but ${recorded.sha256.slice(0, 12)} was recorded when ${this.model} ${this.version} was deployed`, this.at ? 'the release changed since it was deployed: deploy it again from the start' : `the file changed since ${this.version} was deployed; release the model (modelship release ${this.model}) so its metrics are bound to its tag`);
        }
        return bytes;
    }
}
function formatByExtension(file) {
    const ext = path.extname(file).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (ext === '.csv')
        return 'csv';
    if (ext === '.md' || ext === '.markdown')
        return 'model-card';
    throw refusal(`cannot tell the format of metrics file ${file} from its extension`, 'use .json, .yaml, .csv or .md, or set format: on the source');
}
/** The version a run-time evidence file says it measured (`"candidate": {"model", "version"}`), with its text. */
async function stampOf(file) {
    if (path.extname(file).toLowerCase() !== '.json')
        return undefined;
    const bytes = await readSmallFile(file);
    if (bytes === undefined)
        return undefined;
    const text = bytes.toString('utf8');
    let candidate;
    try {
        candidate = JSON.parse(text)?.candidate;
    }
    catch {
        return undefined;
    }
    if (candidate === null || typeof candidate !== 'object')
        return undefined;
    const { model, version } = candidate;
    return typeof model === 'string' && typeof version === 'string' ? { model, version, text } : undefined;
}
async function readSmallFile(file) {
    const s = await stat(file).catch(() => undefined);
    if (!s || !s.isFile())
        return undefined;
    if (s.size > MAX_METRICS_FILE_BYTES)
        throw refusal(`metrics file ${file} is ${s.size} bytes, more than the ${MAX_METRICS_FILE_BYTES}-byte limit`);
    return readFile(file);
}
function refusal(message, hint) {
    return new ModelshipError(message, { exitCode: ExitCode.Usage, hint });
}

// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(6706);
// EXTERNAL MODULE: ./src/core/workflow-run.ts
var workflow_run = __webpack_require__(4534);
;// CONCATENATED MODULE: ./src/version/notes.ts






/** Where a release was made: the commit always; the workflow run when GITHUB_* says so. */
function provenanceFrom(commit, env) {
    const server = env.GITHUB_SERVER_URL || undefined;
    const repo = env.GITHUB_REPOSITORY || undefined;
    return {
        commit,
        runUrl: (0,workflow_run/* workflowRunUrl */.C)(env),
        workflow: env.GITHUB_WORKFLOW || undefined,
        actor: env.GITHUB_ACTOR || undefined,
        repository: repo,
        serverUrl: server,
    };
}
/** Numeric leaves of a metrics document (JSON or YAML), dotted: `accuracy`, `slices.species.setosa.f1`. */
function flattenMetrics(text) {
    const out = new Map();
    if (text === undefined)
        return out;
    let data;
    try {
        data = jsonObject(text) ?? (0,yaml_source/* readYamlFast */.eS)(text)?.value ?? (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch {
        return out; // unreadable metrics are left out of the notes rather than failing a release
    }
    const walk = (v, key, depth) => {
        if (depth > 8 || out.size > 10_000)
            return;
        if (typeof v === 'number' && Number.isFinite(v))
            out.set(key, v);
        else if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
            for (const [k, child] of Object.entries(v))
                walk(child, key ? `${key}.${k}` : k, depth + 1);
        }
    };
    walk(data, '', 0);
    return out;
}
/** A JSON metrics file (most are), parsed as JSON: ten times faster than as YAML; undefined when it is not JSON. */
function jsonObject(text) {
    if (!/^\s*\{/.test(text))
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined; // e.g. NaN written by Python's json: YAML reads the rest
    }
}
/** Rows of the metrics comparison: top-level metrics first (as written), then nested ones. */
function compareMetrics(previous, current, max) {
    const keys = [...new Set([...current.keys(), ...previous.keys()])];
    keys.sort((a, b) => Number(a.includes('.')) - Number(b.includes('.')));
    return keys.slice(0, max).map((metric) => {
        const p = previous.get(metric);
        const c = current.get(metric);
        return { metric, previous: p, current: c, delta: p !== undefined && c !== undefined ? c - p : undefined };
    });
}
/** The card's first paragraph after any YAML front matter and headings, cut at a word boundary. */
function cardExcerpt(card, maxChars) {
    if (card === undefined || maxChars <= 0)
        return undefined;
    let text = card.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    const fm = /^---\n[\s\S]*?\n(?:---|\.\.\.)\s*(?:\n|$)/.exec(text);
    if (fm)
        text = text.slice(fm[0].length);
    const paragraph = text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .find((p) => p !== '' && !/^#{1,6}\s/.test(p) && !p.startsWith('<!--') && !/^[-=]{3,}$/.test(p));
    if (!paragraph)
        return undefined;
    const oneLine = paragraph.replace(/\s*\n\s*/g, ' ');
    if (oneLine.length <= maxChars)
        return oneLine;
    const cut = oneLine.slice(0, maxChars);
    const space = cut.lastIndexOf(' ');
    return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
const num = (v) => (v === undefined ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(4).replace(/0+$/, '').replace(/\.$/, ''));
const signed = (v) => (v === undefined ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${num(Math.abs(v))}`);
/** The release notes, in GitHub Markdown: why, metrics, signature, checksums, card excerpt, provenance. */
async function releaseNotes(analysis, settings, provenance, metricsFiles = []) {
    const { plan, head, previous } = analysis;
    const lines = [];
    const since = plan.previousTag ? ` since \`${plan.previousTag}\`` : '';
    lines.push(`## ${plan.model} ${plan.next}`, '');
    if (head.model.description)
        lines.push(head.model.description, '');
    lines.push(`**${plan.bump}** release${since}.`, '', '### Why this version', '', '| Bump | Kind | Change |', '| --- | --- | --- |');
    for (const r of plan.reasons)
        lines.push(`| ${r.bump} | ${r.kind} | ${(0,markdown/* tableCell */.xR)(r.message)} |`);
    lines.push('');
    const [currentMetrics, previousMetrics] = await Promise.all([head.readText(head.metrics), previous?.readText(previous.metrics)]);
    const rows = compareMetrics(flattenMetrics(previousMetrics), flattenMetrics(currentMetrics), settings.notes.maxMetrics);
    if (rows.length > 0 && settings.notes.maxMetrics > 0) {
        const prevLabel = plan.current ?? 'previous';
        lines.push(`### Metrics${plan.current ? ` against ${plan.current}` : ''}`, '', `| Metric | ${prevLabel} | ${plan.next} | Δ |`, '| --- | ---: | ---: | ---: |');
        for (const r of rows)
            lines.push(`| ${(0,markdown/* tableCell */.xR)(r.metric)} | ${num(r.previous)} | ${num(r.current)} | ${signed(r.delta)} |`);
        lines.push('');
    }
    if (settings.notes.signature) {
        const sig = await head.signature();
        if (sig) {
            lines.push(`### Signature`, '', `From ${sig.source === 'onnx' ? `\`${sig.file}\`` : 'modelship.yml'}.`, '', '| | Name | Type | Shape |', '| --- | --- | --- | --- |');
            const row = (side, t) => lines.push(`| ${side} | \`${(0,markdown/* tableCell */.xR)(t.name)}\`${t.optional ? ' (optional)' : ''} | ${t.dtype} | \`${shapeText(t.shape)}\` |`);
            for (const t of sig.spec.inputs)
                row('input', t);
            for (const t of sig.spec.outputs)
                row('output', t);
            lines.push('');
        }
    }
    if (settings.notes.checksums) {
        lines.push('### Checksums', '', '```', ...(await head.checksums()).map((c) => `${c.sha256}  ${c.name}`), '```', '');
    }
    if (metricsFiles.length > 0) {
        // The files promotion gates and canary analysis judge this version by, read at this tag and checked against these sums.
        lines.push('### Metrics files', '', 'Gates judge this version by these files as tagged (docs/gate.md, "The version being deployed").', '', '| File | sha256 |', '| --- | --- |');
        for (const f of metricsFiles)
            lines.push(`| \`${(0,markdown/* tableCell */.xR)(f.path)}\` | \`${f.sha256}\` |`);
        lines.push('', metricsFilesComment(metricsFiles), '');
    }
    const excerpt = cardExcerpt(await head.readText(head.card), settings.notes.cardExcerptChars);
    if (excerpt)
        lines.push('### Model card', '', `> ${excerpt}`, '', `Full card: \`${head.card?.path}\``, '');
    lines.push('### Provenance', '', `- Commit: \`${provenance.commit}\``);
    if (plan.previousTag)
        lines.push(`- Previous release: \`${plan.previousTag}\``);
    if (provenance.runUrl)
        lines.push(`- Workflow run: ${provenance.runUrl}${provenance.workflow ? ` (${(0,markdown/* tableCell */.xR)(provenance.workflow)})` : ''}`);
    if (provenance.actor)
        lines.push(`- Released by: @${provenance.actor}`);
    lines.push('', '<sub>Released by Modelship: the version follows from what changed in the model, not only from commit messages.</sub>');
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/version/refusal.ts
var version_refusal = __webpack_require__(1468);
;// CONCATENATED MODULE: ./src/version/release.ts






/**
 * Releases one model: refuse what must not happen, then tag, move the floating major tag and
 * create/update the release. Every refusal is checked before the first write. Re-running is safe:
 * when HEAD already carries the model's current tag, only missing pieces (release, floating tag) are
 * completed, so a run that died half-way can simply be repeated.
 */
async function releaseModel(repo, name, publisher, options) {
    let analysis = await analyzeModel(repo, name, options);
    let status = 'released';
    if (analysis.plan.bump === 'none') {
        const { tag: currentTag, current } = analysis.plan;
        const tagged = currentTag ? await publisher.tagCommit(currentTag) : undefined;
        if (!currentTag || tagged !== repo.head) {
            const plan = analysis.plan;
            return { model: name, commit: repo.head, bump: plan.bump, dryRun: options.dryRun, publisher: publisher.kind, plan, status: 'nothing-to-release', version: plan.current, tag: plan.previousTag, steps: [] };
        }
        // HEAD is the current release: describe it against the release before it, so re-running completes
        // missing pieces with the same notes instead of "nothing changed" ones.
        status = 'already-released';
        const again = await analyzeModel({ ...repo, tags: repo.tags.filter((t) => t !== currentTag) }, name, { ...options, as: undefined });
        analysis = { ...again, versions: analysis.versions, plan: { ...again.plan, next: current, tag: currentTag } };
    }
    const { plan } = analysis;
    const base = { model: name, commit: repo.head, bump: plan.bump, dryRun: options.dryRun, publisher: publisher.kind, plan };
    const version = plan.next;
    const tag = plan.tag;
    await refuseDirtyTree(repo, analysis);
    // Backwards first: a clone without tags computes a version the remote has already passed, and "fetch the
    // tags" is the answer, whether or not that exact tag also exists there.
    await refuseBackwards(analysis, publisher, version);
    const existing = await publisher.tagCommit(tag);
    if (existing !== undefined && existing !== repo.head) {
        const where = await whereIs(publisher, tag);
        throw new version_refusal/* ReleaseRefusal */.Y('tag-on-other-commit', `tag ${tag} already exists${where} on commit ${existing.slice(0, 12)}, not on HEAD ${repo.head.slice(0, 12)}`, 'a released version never moves: commit the change and release again (the version will be computed above it), or fetch tags if your clone is behind');
    }
    // A tag made on HEAD by an earlier run without --push still has to reach the remote.
    const unpublished = existing !== undefined && publisher.isPublished !== undefined && !(await publisher.isPublished(tag));
    if ((existing === undefined || unpublished) && !options.dryRun)
        await publisher.checkWritable(tag, repo.head);
    const metricsFiles = await metricsFilesAt(repo.history.tree(repo.head), repo.configDir, repo.loaded, name);
    let notes = await releaseNotes(analysis, repo.settings, provenanceFrom(repo.head, repo.env), metricsFiles);
    const steps = [];
    const act = async (step, already, run) => {
        if (already)
            steps.push({ ...step, status: 'unchanged' });
        else if (options.dryRun)
            steps.push({ ...step, status: 'planned' });
        else
            steps.push({ ...step, status: (await run()) ?? 'done' });
    };
    let oci;
    if (options.ship) {
        const ship = options.ship;
        await act({ action: 'package', target: `${name} ${version}`, detail: 'ModelPack artifact pushed; its digest goes into the notes' }, false, async () => {
            oci = (await ship(name, version)).reference;
            notes = `${notes.trimEnd()}\n\nOCI artifact (deploy by digest): \`${oci}\`\n`;
        });
    }
    await act({ action: 'tag', target: tag, detail: `annotated tag on ${repo.head.slice(0, 12)}${unpublished ? ' (made earlier, now pushed)' : ''}` }, existing !== undefined && !unpublished, () => publisher.createTag(tag, repo.head, notes));
    const prerelease = semver_default().prerelease(version) !== null;
    const floating = options.floatingMajor ?? repo.settings.floatingMajor;
    if (floating && !prerelease && isHighestOfMajor(analysis, version)) {
        const ftag = analysis.format.floatingMajor(version);
        const at = await publisher.tagCommit(ftag);
        await act({ action: 'floating-tag', target: ftag, detail: `-> ${tag}` }, at === repo.head, async () => {
            const r = await publisher.moveTag(ftag, repo.head, `${name} ${version} (floating major tag)`);
            return r === 'unchanged' ? 'unchanged' : 'done';
        });
    }
    let url;
    await act({ action: 'release', target: tag, detail: publisher.kind === 'git' ? 'notes are the annotated tag\'s message' : `GitHub release "${name} ${version}"` }, false, async () => {
        const r = await publisher.upsertRelease({ tag, name: `${name} ${version}`, body: notes, prerelease, commit: repo.head });
        url = r.url;
        return r.status === 'skipped' ? 'skipped' : r.status === 'unchanged' ? 'unchanged' : 'done';
    });
    return { ...base, status, version, tag, steps, url, notes, ...(oci ? { oci } : {}) };
}
/** A new floating major tag must not be dragged back by a late patch of an older minor. */
function isHighestOfMajor(analysis, version) {
    const major = semver_default().major(version);
    return !analysis.versions.some((v) => semver_default().prerelease(v.version) === null && semver_default().major(v.version) === major && semver_default().gt(v.version, version));
}
async function refuseBackwards(analysis, publisher, version) {
    const remote = await publisher.listTags(analysis.format.prefix());
    const higher = remote
        .map((t) => ({ tag: t, v: analysis.format.parse(t) }))
        .filter((x) => x.v !== undefined && semver_default().prerelease(x.v) === null && semver_default().gt(x.v, version))
        .sort((a, b) => semver_default().rcompare(a.v, b.v));
    if (higher.length > 0) {
        const where = await whereIs(publisher, higher[0].tag);
        throw new version_refusal/* ReleaseRefusal */.Y('version-backwards', `version ${version} would go backwards: ${higher[0].tag} already exists${where}`, 'fetch every tag (actions/checkout with fetch-depth: 0, or git fetch --tags) so the version is computed from the latest release');
    }
}
/** ` on remote "origin"`, ` on GitHub` or nothing: where a refused tag was found. */
async function whereIs(publisher, tag) {
    const where = publisher.whereIs ? await publisher.whereIs(tag) : publisher.kind === 'github' ? 'on GitHub' : '';
    return where ? ` ${where}` : '';
}
/** Refuses uncommitted work: a release describes a commit, and what is released must be what was reviewed. */
async function refuseDirtyTree(repo, analysis) {
    const dirty = repo.settings.cleanTree === 'repository'
        ? await repo.history.uncommitted()
        : await repo.history.uncommitted([...new Set([...allPaths(analysis.head.paths), repo.configFile])]);
    if (dirty.length > 0) {
        const shown = dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? ` and ${dirty.length - 5} more` : '');
        throw new version_refusal/* ReleaseRefusal */.Y('dirty-tree', `uncommitted changes ${repo.settings.cleanTree === 'repository' ? 'in the repository' : `in model "${analysis.plan.model}"`}: ${shown}`, 'commit or stash them first: a release tags a commit, not the working tree');
    }
}

;// CONCATENATED MODULE: ./src/version/service.ts


/** `modelship version`: the plan of one model, or of every model in configuration order. */
async function planVersions(loaded, env, model, options = {}) {
    const names = modelNames(loaded, model);
    const repo = await openVersionRepository(loaded, env, names.length);
    await prefetchModels(repo, names);
    const plans = [];
    for (const name of names)
        plans.push((await analyzeModel(repo, name, options)).plan);
    return plans;
}
/**
 * `modelship release`: releases one model or every model with something to release. With several
 * models every release is first rehearsed as a dry run, so a refusal for one model stops the run before
 * any other model is tagged.
 */
async function releaseModels(loaded, env, model, makePublisher, options) {
    const names = modelNames(loaded, model);
    const repo = await openVersionRepository(loaded, env, names.length);
    await prefetchModels(repo, names);
    const publisher = makePublisher(repo);
    if (names.length > 1 && !options.dryRun) {
        for (const name of names)
            await releaseModel(repo, name, publisher, { ...options, dryRun: true });
    }
    const results = [];
    for (const name of names)
        results.push(await releaseModel(repo, name, publisher, options));
    return results;
}


/***/ })

};
