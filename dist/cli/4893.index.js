export const id = 4893;
export const ids = [4893];
export const modules = {

/***/ 74893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitPublisher: () => (/* binding */ GitPublisher)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31912);
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
    constructor(git, options) {
        this.git = git;
        this.options = options;
    }
    async listTags(prefix) {
        const local = (await this.git.tags()).filter((t) => t.startsWith(prefix));
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
        return this.git.commitOf(`refs/tags/${tag}`);
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
        const local = await this.git.commitOf(`refs/tags/${tag}`);
        if (local !== undefined && local !== commit) {
            throw new _refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRefusal */ .Y('tag-on-other-commit', `tag ${tag} already exists in this clone on commit ${local.slice(0, 12)}, not on HEAD ${commit.slice(0, 12)} (the remote "${this.options.remote}" does not have it)`, `a released version never moves: if that tag is a mistake, delete it (git tag -d ${tag}) and release again`);
        }
        // Like semantic-release: ask the remote before tagging. A dry run catches a missing remote, bad
        // credentials and read-only access; server-side hooks only answer a real push (handled in createTag).
        const r = await this.git.run(['push', '--dry-run', '--porcelain', '--', this.options.remote, `${commit}:refs/tags/${tag}`]);
        if (r.code !== 0) {
            throw new _refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRefusal */ .Y('push-refused', `cannot push tags to remote "${this.options.remote}": ${(0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(r.stderr).trim() || `git push exited ${r.code}`}`, 'check the remote name (release.remote) and that your credentials may push tags (contents: write)');
        }
    }
    async createTag(tag, commit, message) {
        // A tag made earlier without --push is pushed as it is (checkWritable refused one on another commit).
        const made = (await this.git.commitOf(`refs/tags/${tag}`)) === undefined;
        if (made)
            await this.git.text(['tag', '-a', '--cleanup=verbatim', '-F', '-', '--', tag, commit], { input: message });
        if (!this.options.push)
            return;
        const r = await this.git.run(['push', '--porcelain', '--', this.options.remote, `refs/tags/${tag}:refs/tags/${tag}`]);
        if (r.code !== 0) {
            if (made)
                await this.git.run(['tag', '-d', '--', tag]);
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
        if (this.options.push) {
            // "+" forces only this one ref: a floating tag is meant to move.
            const r = await this.git.run(['push', '--porcelain', '--', this.options.remote, `+refs/tags/${tag}:refs/tags/${tag}`]);
            if (r.code !== 0)
                throw new _git_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(['push'], r.code, r.stderr, { hint: `the floating tag ${tag} moved locally only` });
            (await this.remote()).set(tag, commit);
        }
        return before === undefined ? 'created' : 'moved';
    }
    async upsertRelease(_release) {
        return { status: 'skipped' };
    }
    /** The remote's tags with the commit each names (annotated tags peeled), from one `git ls-remote`. */
    async remote() {
        if (this.remoteTags)
            return this.remoteTags;
        const r = await this.git.run(['ls-remote', '--tags', '--', this.options.remote]);
        if (r.code !== 0) {
            throw new _refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRefusal */ .Y('push-refused', `cannot push tags to remote "${this.options.remote}": its tags could not be read: ${(0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(r.stderr).trim() || `git ls-remote exited ${r.code}`}`, 'check the remote name (release.remote), the network, and that your credentials may read the repository');
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
    const remote = (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(stderr).split('\n').filter((l) => l.startsWith('remote:')).map((l) => l.slice(7).trim()).filter(Boolean);
    const parts = [status, ...remote].filter(Boolean);
    return parts.length > 0 ? parts.join('; ') : (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(stderr).trim() || 'git push failed';
}


/***/ }),

/***/ 31912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   sK: () => (/* binding */ redactUrls),
/* harmony export */   zY: () => (/* binding */ openGit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** A git command failed; the message is git's own (with any credentials in URLs removed). */
class GitError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7 {
    args;
    code;
    stderr;
    constructor(args, code, stderr, options = {}) {
        super(`git ${args[0] ?? ''} failed (exit ${code}): ${redactUrls(stderr).trim() || 'no message'}`, { exitCode: options.exitCode ?? _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Failed, hint: options.hint });
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
/**
 * Runs git with an argument array (never a shell), in one folder, with a predictable environment:
 * no prompts (a missing credential fails instead of hanging a CI job), C locale, no pager, and literal
 * pathspecs so a configured path like `:(exclude)x` or `*` is only ever a file name.
 */
class Git {
    cwd;
    baseEnv;
    constructor(cwd, baseEnv = process.env) {
        this.cwd = cwd;
        this.baseEnv = baseEnv;
    }
    run(args, options = {}) {
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['--literal-pathspecs', '-c', 'core.quotepath=false', ...args], {
                cwd: this.cwd,
                env: { ...this.baseEnv, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
                stdio: ['pipe', 'pipe', 'pipe'],
            });
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
            child.on('error', (e) => reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`cannot run git: ${e.message}`, { hint: 'install git and make sure it is on PATH' })));
            child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
            child.stdin.on('error', () => { });
            child.stdin.end(options.input ?? '');
        });
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
    /** The commit a revision names, or undefined when it names none. */
    async commitOf(rev) {
        const r = await this.run(['rev-parse', '-q', '--verify', '--end-of-options', `${rev}^{commit}`]);
        return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
    }
    /** Every tag name in the repository. */
    async tags() {
        const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
        return out.split('\n').filter(Boolean);
    }
}
/** Opens the repository holding `dir`: its top folder, HEAD (undefined before the first commit), shallowness. */
async function openGit(dir, env = process.env) {
    const probe = new Git(dir, env);
    // One process for the three answers (each git start costs tens of ms on a busy runner).
    const r = await probe.run(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--verify', '-q', 'HEAD^{commit}']);
    const lines = r.stdout.toString('utf8').split('\n');
    if (r.code === 0 && lines.length >= 3)
        return { git: new Git(lines[0], env), toplevel: lines[0], shallow: lines[1] === 'true', head: lines[2] };
    const top = await probe.run(['rev-parse', '--show-toplevel']);
    if (top.code !== 0 || top.stdout.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`${dir} is not inside a git repository`, { hint: 'versions come from git tags: run modelship version in a clone (git init for a new project)' });
    }
    const toplevel = top.stdout.toString('utf8').trim();
    return { git: new Git(toplevel, env), toplevel, shallow: false, head: undefined };
}


/***/ }),

/***/ 91468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ReleaseRefusal)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** A release that must not happen. Raised before anything is written; exit code 1. */
class ReleaseRefusal extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7 {
    code;
    constructor(code, message, hint) {
        super(message, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Failed, hint });
        this.code = code;
        this.name = 'ReleaseRefusal';
    }
}


/***/ })

};
