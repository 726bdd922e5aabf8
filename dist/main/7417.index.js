export const id = 7417;
export const ids = [7417,4456];
export const modules = {

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 23430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 53854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ TagFormat)
/* harmony export */ });
/* unused harmony exports DEFAULT_TAG_FORMAT, refNameProblem */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const DEFAULT_TAG_FORMAT = '{model}@v{version}';
/**
 * A model's tag template (`models.<name>.tagFormat`): `{model}` and `{version}` are replaced.
 * Parsing is exact: the template is matched literally (no regex metacharacters leak through, unlike
 * prefix-based taggers), so `iris@v1.2.0` is never mistaken for a tag of `iris-large`.
 */
class TagFormat {
    model;
    template;
    pattern;
    constructor(model, template = DEFAULT_TAG_FORMAT, location) {
        this.model = model;
        this.template = template;
        if (!template.includes('{version}')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`tagFormat "${template}" has no {version} placeholder`, { location, hint: 'e.g. {model}@v{version}' });
        }
        if (template.split('{version}').length > 2) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`tagFormat "${template}" has {version} more than once`, { location });
        }
        const sample = this.format('1.2.3-rc.1');
        const problem = refNameProblem(sample);
        if (problem)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`tagFormat "${template}" makes tags git refuses (${sample}: ${problem})`, { location });
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
        return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v) === v ? v : undefined;
    }
    /** The floating major tag (`iris@v1`): the template with the major number as the version. */
    floatingMajor(version) {
        return this.format(String(semver__WEBPACK_IMPORTED_MODULE_0___default().major(version)));
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


/***/ }),

/***/ 73388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cH: () => (/* binding */ VersionMetrics),
/* harmony export */   mW: () => (/* binding */ metricsFilesAt),
/* harmony export */   uh: () => (/* binding */ metricsFilesComment)
/* harmony export */ });
/* unused harmony exports parseMetricsFilesComment, versionMetricFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41464);
/* harmony import */ var _core_metrics_text_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23301);
/* harmony import */ var _core_git_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62773);
/* harmony import */ var _tag_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53854);









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
        return [(0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFileSpec */ .xq)(spec, undefined, (p) => existsUnder(loaded.root, p))];
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
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root, p));
}
function normalize(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.normalize(p.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/')).replace(/^\.\//, '');
}
const sha256 = (b) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest('hex');
/** sha256 of the version's metrics files at `commit` (release notes): files the commit does not hold are left out. */
async function metricsFilesAt(tree, configDir, loaded, model) {
    const files = [...versionMetricFiles(loaded, model)];
    // One `git cat-file --batch` for every file, not one git process per file.
    const blobs = await tree.readPaths(files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(configDir, file)));
    const out = [];
    for (const file of files) {
        const blob = blobs.get(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(configDir, file));
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
        const tag = new _tag_format_js__WEBPACK_IMPORTED_MODULE_8__/* .TagFormat */ .GM(model, config?.tagFormat, loaded.locate(['models', model, 'tagFormat'])).format(version);
        let repo;
        try {
            repo = await (0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_7__/* .openGit */ .zY)(loaded.root, options.env);
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
            const configDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(repo.toplevel), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(loaded.root)).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/');
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
            if (!this.at?.released?.some((f) => f.path === file) && (await stampOf(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.loaded.root, file))))
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
                return (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .createMetricSource */ .QB)(spec, ctx);
            const sources = spec.map((s) => this.source(s, ctx, gate));
            return { describe: () => sources.map((s) => s.describe()).join(' + '), read: async () => new _core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .MergedMetricSet */ .FR(await Promise.all(sources.map((s) => s.read()))) };
        }
        if (spec !== null && typeof spec === 'object' && 'prometheus' in spec)
            return (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .createMetricSource */ .QB)(spec, ctx);
        if (spec !== null && typeof spec === 'object' && 'mlflow' in spec) {
            throw refusal(`gate "${gate}" reads its candidate from an MLflow run folder, which cannot be bound to ${this.model} ${this.version}`, 'commit the run\'s metrics as a file (JSON, YAML, CSV) so the release tag holds them');
        }
        const [file] = fileSpecs(spec, this.loaded);
        if (file === undefined)
            return (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .createMetricSource */ .QB)(spec, ctx); // not a source: let the gate report the spec error
        if (file.ref !== undefined) {
            throw refusal(`gate "${gate}" reads its candidate ${file.file} at git ref ${file.ref}, not from ${this.model} ${this.version}`, 'a rollout judges the version it deploys: drop the @ref from the gate\'s candidate');
        }
        const absolute = ctx.resolvePath(file.file);
        const rel = normalize(node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(this.loaded.root, absolute));
        if (rel.startsWith('../'))
            throw refusal(`gate "${gate}": the candidate ${file.file} is outside the project, so it cannot belong to ${this.model} ${this.version}`);
        const format = file.format && file.format !== 'auto' ? file.format : formatByExtension(rel);
        const label = this.at ? `${rel} at ${this.at.tag}` : `${rel} (recorded for ${this.version})`;
        return {
            describe: () => label,
            read: async () => {
                const stamped = format === 'json' ? await this.stampedEvidence(rel, gate) : undefined;
                if (stamped)
                    return (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMetricsText */ .o0)(stamped, `${rel} (measured on ${this.model} ${this.version})`, format, file);
                const bytes = (await this.bytes(rel, { optional: false }));
                const text = bytes.toString('utf8');
                return (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMetricsText */ .o0)(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, this.at ? `${rel}@${this.at.tag}` : rel, format, file);
            },
        };
    }
    /**
     * Run-time evidence names the version it measured (`"candidate": {"model", "version"}`, as `modelship batch
     * compare` writes): it is produced for this deployment, not released with the version, so it is read from
     * the workspace, and only when it names exactly the version being judged. Undefined for any other file.
     */
    async stampedEvidence(rel, gate) {
        const stamped = await stampOf(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.loaded.root, rel));
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
            bytes = await new _core_git_index_js__WEBPACK_IMPORTED_MODULE_7__/* .GitTree */ .xn(this.at.git, this.at.commit).readPath(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(this.at.configDir, rel));
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
            bytes = await readSmallFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.loaded.root, rel));
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
    const ext = node_path__WEBPACK_IMPORTED_MODULE_3___default().extname(file).toLowerCase();
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
    if (node_path__WEBPACK_IMPORTED_MODULE_3___default().extname(file).toLowerCase() !== '.json')
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
    const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file).catch(() => undefined);
    if (!s || !s.isFile())
        return undefined;
    if (s.size > _core_metrics_text_file_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_METRICS_FILE_BYTES */ .wU)
        throw refusal(`metrics file ${file} is ${s.size} bytes, more than the ${_core_metrics_text_file_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_METRICS_FILE_BYTES */ .wU}-byte limit`);
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
}
function refusal(message, hint) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(message, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ExitCode.Usage, hint });
}


/***/ })

};
