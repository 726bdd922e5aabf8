export const id = 4893;
export const ids = [4893];
export const modules = {

/***/ 74893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitPublisher: () => (/* binding */ GitPublisher)
/* harmony export */ });
/* harmony import */ var _core_git_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62773);
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
    /**
     * This clone's tags (name -> commit), read once with one for-each-ref and kept in step with the tags this
     * publisher makes, moves and removes: a release of 200 models asks about tags hundreds of times.
     */
    localTags;
    constructor(git, options) {
        this.git = git;
        this.options = options;
    }
    async listTags(prefix) {
        const local = [...(await this.local()).keys()].filter((t) => t.startsWith(prefix));
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
        return (await this.local()).get(tag);
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
        const local = (await this.local()).get(tag);
        if (local !== undefined && local !== commit) {
            throw new _refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRefusal */ .Y('tag-on-other-commit', `tag ${tag} already exists in this clone on commit ${local.slice(0, 12)}, not on HEAD ${commit.slice(0, 12)} (the remote "${this.options.remote}" does not have it)`, `a released version never moves: if that tag is a mistake, delete it (git tag -d ${tag}) and release again`);
        }
        // Like semantic-release: ask the remote before tagging. A dry run catches a missing remote, bad
        // credentials and read-only access; server-side hooks only answer a real push (handled in createTag).
        const r = await this.git.run(['push', '--dry-run', '--porcelain', '--', this.options.remote, `${commit}:refs/tags/${tag}`]);
        if (r.code !== 0) {
            throw new _refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRefusal */ .Y('push-refused', `cannot push tags to remote "${this.options.remote}": ${(0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(r.stderr).trim() || `git push exited ${r.code}`}`, 'check the remote name (release.remote) and that your credentials may push tags (contents: write)');
        }
    }
    async createTag(tag, commit, message) {
        // A tag made earlier without --push is pushed as it is (checkWritable refused one on another commit).
        const local = await this.local();
        const made = local.get(tag) === undefined;
        if (made) {
            await this.git.text(['tag', '-a', '--cleanup=verbatim', '-F', '-', '--', tag, commit], { input: message });
            local.set(tag, commit);
        }
        if (!this.options.push)
            return;
        const r = await this.git.run(['push', '--porcelain', '--', this.options.remote, `refs/tags/${tag}:refs/tags/${tag}`]);
        if (r.code !== 0) {
            if (made) {
                await this.git.run(['tag', '-d', '--', tag]);
                local.delete(tag);
            }
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
        (await this.local()).set(tag, commit);
        if (this.options.push) {
            // "+" forces only this one ref: a floating tag is meant to move.
            const r = await this.git.run(['push', '--porcelain', '--', this.options.remote, `+refs/tags/${tag}:refs/tags/${tag}`]);
            if (r.code !== 0)
                throw new _core_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .GitError */ .XS(['push'], r.code, r.stderr, { hint: `the floating tag ${tag} moved locally only` });
            (await this.remote()).set(tag, commit);
        }
        return before === undefined ? 'created' : 'moved';
    }
    async upsertRelease(_release) {
        return { status: 'skipped' };
    }
    local() {
        this.localTags ??= this.git.tagCommits();
        return this.localTags;
    }
    /** The remote's tags with the commit each names (annotated tags peeled), from one `git ls-remote`. */
    async remote() {
        if (this.remoteTags)
            return this.remoteTags;
        const r = await this.git.run(['ls-remote', '--tags', '--', this.options.remote]);
        if (r.code !== 0) {
            throw new _refusal_js__WEBPACK_IMPORTED_MODULE_1__/* .ReleaseRefusal */ .Y('push-refused', `cannot push tags to remote "${this.options.remote}": its tags could not be read: ${(0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(r.stderr).trim() || `git ls-remote exited ${r.code}`}`, 'check the remote name (release.remote), the network, and that your credentials may read the repository');
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
    const remote = (0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(stderr).split('\n').filter((l) => l.startsWith('remote:')).map((l) => l.slice(7).trim()).filter(Boolean);
    const parts = [status, ...remote].filter(Boolean);
    return parts.length > 0 ? parts.join('; ') : (0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redactUrls */ .sK)(stderr).trim() || 'git push failed';
}


/***/ }),

/***/ 91468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ReleaseRefusal)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** A release that must not happen. Raised before anything is written; exit code 1. */
class ReleaseRefusal extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError {
    code;
    constructor(code, message, hint) {
        super(message, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Failed, hint });
        this.code = code;
        this.name = 'ReleaseRefusal';
    }
}


/***/ })

};
