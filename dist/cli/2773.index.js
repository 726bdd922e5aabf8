export const id = 2773;
export const ids = [2773];
export const modules = {

/***/ 62773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IX: () => (/* reexport */ FileAtRefReader),
  TU: () => (/* reexport */ Git),
  XS: () => (/* reexport */ GitError),
  xn: () => (/* reexport */ GitTree),
  dy: () => (/* reexport */ NotInRepositoryError),
  xT: () => (/* reexport */ assertSafeRef),
  zY: () => (/* reexport */ openGit),
  ZR: () => (/* reexport */ readFileAtRef),
  sK: () => (/* reexport */ redactUrls),
  _M: () => (/* reexport */ repositoryOf)
});

// UNUSED EXPORTS: MAX_REF_LENGTH, RefNotFoundError, UnsafeRefError, parseBatch, spawnGit, unsafeRefReason

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/git/refs.ts

/** Longer than any real branch, tag or object id; a bound on what reaches git's argument list. */
const MAX_REF_LENGTH = 256;
/** A ref Modelship refuses to hand to git; `reason` says which rule it broke. */
class UnsafeRefError extends errors.ModelshipError {
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
function assertSafeRef(ref) {
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
class GitError extends errors.ModelshipError {
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
class NotInRepositoryError extends errors.ModelshipError {
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
            child.on('error', (e) => reject(new errors.ModelshipError(`cannot run git: ${e.message}`, { hint: 'install git and make sure it is on PATH' })));
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
            throw new GitError(args, r.code, r.stderr, { hint: options.hint });
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
        assertSafeRef(rev);
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
        throw new NotInRepositoryError(dir, `${dir} is not inside a git repository`);
    }
    const toplevel = top.stdout.toString('utf8').trim();
    return { git: probe.in(toplevel), toplevel, shallow: false, head: undefined };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
            throw new GitError(['ls-tree'], out.code, out.stderr);
        return parseLsTreeLong(out.stdout).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    /**
     * The tree of the commit `ref` names (a branch, tag or SHA, checked by assertSafeRef first, so an unsafe
     * ref throws UnsafeRefError), or undefined when it names no commit here.
     */
    static async at(git, ref) {
        const commit = await git.commitOf(assertSafeRef(ref));
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
            throw new GitError(['ls-tree'], out.code, out.stderr);
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
            throw new GitError(['ls-tree'], out.code, out.stderr);
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
            throw new GitError(['cat-file'], r.code, r.stderr);
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
                    throw new GitError(['cat-file'], r.code, r.stderr);
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
                    throw new GitError(['cat-file'], r.code, r.stderr);
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
                throw new GitError(['cat-file'], r.code, r.stderr);
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
            throw new GitError(['cat-file'], 0, `truncated --batch output after ${replies.length} of ${expected} replies`);
        const header = out.subarray(at, eol).toString('utf8');
        at = eol + 1;
        const m = /^[0-9a-f]{40,64} (\S+) (\d+)$/.exec(header);
        if (!m) {
            replies.push(undefined); // "<name> missing" / "<name> ambiguous"
            continue;
        }
        const size = Number(m[2]);
        if (at + size > out.length)
            throw new GitError(['cat-file'], 0, `truncated --batch output: ${header}`);
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
class ObjectBatch {
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
        return pipe ? new ObjectBatch(pipe) : undefined;
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
class RefNotFoundError extends errors.ModelshipError {
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
    assertSafeRef(ref);
    const absolute = external_node_path_default().resolve(file);
    // The file's folder may exist only at the ref: start from the nearest folder that exists in the working tree.
    let dir = external_node_path_default().dirname(absolute);
    while (!(0,external_node_fs_.existsSync)(dir) && external_node_path_default().dirname(dir) !== dir)
        dir = external_node_path_default().dirname(dir);
    const repo = await repositoryOf(dir, options);
    if (!repo)
        throw new NotInRepositoryError(dir, `cannot read ${absolute} at a git ref: ${dir} is not in a git repository`);
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
        const absolute = external_node_path_default().resolve(file);
        let dir = external_node_path_default().dirname(absolute);
        while (!(0,external_node_fs_.existsSync)(dir) && external_node_path_default().dirname(dir) !== dir)
            dir = external_node_path_default().dirname(dir);
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
        const repoPath = external_node_path_default().posix.normalize(repo.prefix + external_node_path_default().relative(dir, absolute).split((external_node_path_default()).sep).join('/'));
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
            real = external_node_fs_.realpathSync.native(dir);
        }
        catch {
            real = dir;
        }
        for (const repo of this.repos) {
            const rel = external_node_path_default().relative(repo.toplevel, real);
            if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
                continue;
            let nested = false;
            for (let d = real; d !== repo.toplevel && d !== external_node_path_default().dirname(d); d = external_node_path_default().dirname(d)) {
                if ((0,external_node_fs_.existsSync)(external_node_path_default().join(d, '.git')))
                    nested = true;
            }
            if (!nested)
                return { ...repo, prefix: rel === '' ? '' : `${rel.split((external_node_path_default()).sep).join('/')}/` };
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






/***/ })

};
