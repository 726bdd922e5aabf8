export const id = 6031;
export const ids = [6031];
export const modules = {

/***/ 25720:
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
        super(message, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ExitCode.Failed, hint });
        this.code = code;
        this.name = 'ReleaseRefusal';
    }
}


/***/ }),

/***/ 36031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planVersions: () => (/* binding */ planVersions),
  releaseModels: () => (/* binding */ releaseModels)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/core/config.ts + 2 modules
var core_config = __webpack_require__(13582);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
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
var external_node_util_ = __webpack_require__(57975);
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
var config = __webpack_require__(25720);
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

// EXTERNAL MODULE: ./src/core/git/index.ts + 5 modules
var core_git = __webpack_require__(62773);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
            tree = new core_git/* GitTree */.xn(this.git, commit);
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

// EXTERNAL MODULE: ./src/core/onnx/reader.ts
var reader = __webpack_require__(71988);
// EXTERNAL MODULE: ./src/core/protobuf-wire.ts
var protobuf_wire = __webpack_require__(71528);
;// CONCATENATED MODULE: ./src/version/model-snapshot.ts




/** Paths in modelship.yml are relative to its folder; git speaks repository-relative paths. */
function modelPaths(model, configDir) {
    const rel = (p) => {
        const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(configDir, p.split((external_node_path_default()).sep).join('/'))).replace(/\/+$/, '');
        if (joined === '..' || joined.startsWith('../') || external_node_path_default().posix.isAbsolute(joined)) {
            throw new errors.ModelshipError(`path "${p}" leaves the repository`);
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
                const info = await (0,reader/* readOnnxModel */.Dk)({ size: content.length, read: async (offset, length) => content.subarray(offset, offset + length) });
                return { spec: (0,reader/* signatureOf */.yK)(info), source: 'onnx', file: file.path };
            }
            const info = await this.tree.withTempFile(file.oid, async (tmp, sha) => {
                this.hashes.set(file.oid, Promise.resolve(sha));
                return (0,reader/* readOnnxModel */.Dk)(tmp);
            });
            return { spec: (0,reader/* signatureOf */.yK)(info), source: 'onnx', file: file.path };
        }
        catch (err) {
            if (err instanceof protobuf_wire/* WireFormatError */.zy) {
                throw new errors.ModelshipError(`${file.path} at commit ${this.commit.slice(0, 12)} is not a readable ONNX model: ${err.message}`, {
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

// EXTERNAL MODULE: ./src/version/tag-format.ts
var tag_format = __webpack_require__(53854);
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
    throw new errors.ModelshipError(`pre-release "${value}" is not "rc" or "pr.<number>"`, { hint: 'e.g. --prerelease rc, or --prerelease pr.42 for pull request 42' });
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
    const { git, toplevel, head, shallow } = await (0,core_git/* openGit */.zY)(loaded.root, env).catch((err) => {
        if (err instanceof core_git/* NotInRepositoryError */.dy)
            throw new errors.ModelshipError(err.message, { hint: 'versions come from git tags: run modelship version in a clone (git init for a new project)' });
        throw err;
    });
    if (!head)
        throw new errors.ModelshipError(`the repository ${toplevel} has no commits yet`, { hint: 'commit the model first: versions describe commits' });
    if (shallow) {
        throw new errors.ModelshipError('the repository is a shallow clone: the previous versions and their tags are missing', {
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
    const { realpath } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
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
        (0,core_config.getModel)(loaded, name);
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
        const model = (0,core_config.getModel)(repo.loaded, name);
        const paths = allPaths(modelPaths(model, repo.configDir));
        atHead.push(...paths);
        const current = currentRelease(modelVersions(repo.tags, new tag_format/* TagFormat */.GM(name, model.tagFormat, repo.loaded.locate(['models', name, 'tagFormat']))));
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
    const model = (0,core_config.getModel)(repo.loaded, name);
    const format = new tag_format/* TagFormat */.GM(name, model.tagFormat, repo.loaded.locate(['models', name, 'tagFormat']));
    const prerelease = options.prerelease === undefined ? undefined : parsePrerelease(options.prerelease);
    const versions = modelVersions(repo.tags, format);
    const current = currentRelease(versions);
    const head = await ModelSnapshot.load(repo.history.tree(repo.head), model, modelPaths(model, repo.configDir));
    if (head.artifact.length === 0) {
        throw new errors.ModelshipError(`model "${name}": ${head.paths.artifact} is not in commit ${repo.head.slice(0, 12)}`, {
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
            throw new errors.ModelshipError(`tag ${current.tag} does not point at a commit`);
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
            throw new errors.ModelshipError(`"${options.as}" is not a semantic version`, { hint: 'e.g. --as 2.0.0' });
        if (current && !semver_default().gt(as, current.version)) {
            throw new errors.ModelshipError(`version ${as} would go backwards: ${current.tag} is already released`, { exitCode: errors.ExitCode.Failed, hint: `pick a version above ${current.version}` });
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
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/yaml-source.ts
var yaml_source = __webpack_require__(30668);
// EXTERNAL MODULE: ./src/version/version-metrics.ts
var version_metrics = __webpack_require__(73388);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
// EXTERNAL MODULE: ./src/core/workflow-run.ts
var workflow_run = __webpack_require__(74534);
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
        lines.push('', (0,version_metrics/* metricsFilesComment */.uh)(metricsFiles), '');
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
var refusal = __webpack_require__(91468);
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
        throw new refusal/* ReleaseRefusal */.Y('tag-on-other-commit', `tag ${tag} already exists${where} on commit ${existing.slice(0, 12)}, not on HEAD ${repo.head.slice(0, 12)}`, 'a released version never moves: commit the change and release again (the version will be computed above it), or fetch tags if your clone is behind');
    }
    // A tag made on HEAD by an earlier run without --push still has to reach the remote.
    const unpublished = existing !== undefined && publisher.isPublished !== undefined && !(await publisher.isPublished(tag));
    if ((existing === undefined || unpublished) && !options.dryRun)
        await publisher.checkWritable(tag, repo.head);
    const metricsFiles = await (0,version_metrics/* metricsFilesAt */.mW)(repo.history.tree(repo.head), repo.configDir, repo.loaded, name);
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
        throw new refusal/* ReleaseRefusal */.Y('version-backwards', `version ${version} would go backwards: ${higher[0].tag} already exists${where}`, 'fetch every tag (actions/checkout with fetch-depth: 0, or git fetch --tags) so the version is computed from the latest release');
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
        throw new refusal/* ReleaseRefusal */.Y('dirty-tree', `uncommitted changes ${repo.settings.cleanTree === 'repository' ? 'in the repository' : `in model "${analysis.plan.model}"`}: ${shown}`, 'commit or stash them first: a release tags a commit, not the working tree');
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
