export const id = 1463;
export const ids = [1463];
export const modules = {

/***/ 81463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_RESULTS: () => (/* binding */ MAX_RESULTS),
/* harmony export */   SRCROOT: () => (/* binding */ SRCROOT),
/* harmony export */   findRepositoryRoot: () => (/* binding */ findRepositoryRoot),
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);




const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
const RANK = { error: 0, warning: 1, note: 2 };
const INFO_URI = 'https://github.com/modelship/modelship/blob/main/docs/validate.md';
/** The base every artifact URI is relative to (SARIF §3.4.4); code scanning maps it to the checkout. */
const SRCROOT = '%SRCROOT%';
/**
 * GitHub rejects a run with more than 25,000 results and keeps only 5,000 (by severity): the rest are
 * dropped here, most severe kept, and the count is said in the run's properties.
 */
const MAX_RESULTS = 5000;
/**
 * The repository root for SARIF URIs: the nearest folder at or above `start` holding `.git` (a folder, or
 * a file in a worktree or submodule), else `fallback` (the configuration file's folder), else `start`.
 * Looked up on disk without running git.
 */
function findRepositoryRoot(start, fallback) {
    for (let dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(start);; dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, '.git')))
            return dir;
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir) === dir)
            break;
    }
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(fallback ?? start);
}
/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one rule per rule id (with the descriptions and help GitHub
 * shows), one result per finding. URIs are relative to the repository root under `%SRCROOT%`. Code
 * scanning shows a result only on a line, so a finding inside a binary file is placed on line 1 of that
 * file with its byte region kept as a related location; a finding about a line of another text file (a
 * SHA256SUMS entry that does not match its model) points at that file and line, the model related.
 * Files that passed are listed as artifacts too, so a scan of nothing is distinguishable from a clean scan.
 */
function renderSarif(report, toolVersion, options = { cwd: process.cwd() }) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.root ?? findRepositoryRoot(options.cwd));
    const uriOf = (displayPath) => artifactUri(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(options.cwd, displayPath), root);
    const all = report.artifacts.flatMap((artifact) => artifact.findings.map((finding) => ({ artifact, finding })));
    // Most severe first, stable otherwise, so a cap keeps what matters.
    const ordered = all.map((x, i) => ({ ...x, i })).sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || a.i - b.i);
    const kept = ordered.slice(0, MAX_RESULTS).sort((a, b) => a.i - b.i);
    const ruleIds = [...new Set(all.map((x) => x.finding.rule))].sort();
    const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
    const levelOf = new Map();
    for (const { finding } of all)
        if (!levelOf.has(finding.rule) || RANK[finding.severity] < RANK[levelOf.get(finding.rule)])
            levelOf.set(finding.rule, finding.severity);
    const artifacts = [];
    const artifactIndex = new Map();
    const indexOf = (uri) => {
        const key = JSON.stringify(uri);
        let i = artifactIndex.get(key);
        if (i === undefined) {
            i = artifacts.length;
            artifactIndex.set(key, i);
            artifacts.push({ location: uri });
        }
        return i;
    };
    for (const a of report.artifacts) {
        const i = indexOf(uriOf(a.path));
        Object.assign(artifacts[i], { length: a.size, ...(a.sha256 ? { hashes: { 'sha-256': a.sha256 } } : {}), properties: { format: a.format, verdict: a.verdict } });
    }
    const seen = new Map();
    const results = kept.map(({ artifact: a, finding: f }) => {
        const loc = f.location ?? {};
        const modelUri = uriOf(a.path);
        const model = { ...modelUri, index: indexOf(modelUri) };
        const related = [];
        let primary;
        if (loc.line !== undefined && loc.file !== undefined && loc.file !== a.path) {
            // The line is in another text file (a manifest): the result sits there, the file it is about is related.
            const textUri = uriOf(loc.file);
            primary = { artifactLocation: { ...textUri, index: indexOf(textUri) }, region: { startLine: loc.line } };
            related.push({ id: related.length + 1, physicalLocation: { artifactLocation: model }, message: { text: `the file this line is about: ${a.path}` } });
        }
        else if (loc.line !== undefined) {
            primary = { artifactLocation: model, region: { startLine: loc.line } };
        }
        else {
            // A binary file has no lines; code scanning shows results on a line only, so line 1 carries it.
            primary = { artifactLocation: model, region: { startLine: 1 } };
            if (loc.offset !== undefined && !loc.member) {
                related.push({ id: related.length + 1, physicalLocation: { artifactLocation: model, region: { byteOffset: loc.offset, byteLength: 1 } }, message: { text: `byte ${loc.offset} of ${a.path}` } });
            }
        }
        const logical = [
            ...(loc.member ? [{ fullyQualifiedName: `${decodeURIComponent(modelUri.uri.replace(/^file:\/\//, ''))}!/${loc.member}`, kind: 'member' }] : []),
            ...(loc.pointer ? [{ fullyQualifiedName: loc.pointer, kind: 'element' }] : []),
        ];
        // What identifies this problem across runs, whatever line it lands on: the rule, the file it is
        // about, and where inside it. The message is left out (it may quote changing numbers).
        const identity = [f.rule, modelUri.uri, loc.member ?? '', loc.pointer ?? '', loc.offset ?? '', loc.file ? `in ${uriOf(loc.file).uri}` : (loc.line ?? '')].join('\u0000');
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(identity).digest('hex');
        const occurrence = (seen.get(digest) ?? 0) + 1;
        seen.set(digest, occurrence);
        return {
            ruleId: f.rule,
            ruleIndex: ruleIndex.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: primary, ...(logical.length ? { logicalLocations: logical } : {}) }],
            ...(related.length ? { relatedLocations: related } : {}),
            partialFingerprints: { primaryLocationLineHash: `${digest.slice(0, 16)}:${occurrence}` },
        };
    });
    return {
        $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'modelship-validate',
                        informationUri: INFO_URI,
                        version: toolVersion,
                        rules: ruleIds.map((id) => describeRule(id, levelOf.get(id))),
                    },
                },
                originalUriBaseIds: { [SRCROOT]: { uri: `${(0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(root).href.replace(/\/?$/, '/')}` } },
                artifacts,
                results,
                properties: { verdict: report.verdict, ...(all.length > kept.length ? { omittedResults: all.length - kept.length } : {}) },
            },
        ],
    };
}
/** A URI relative to the root under `%SRCROOT%`; a file outside the root keeps an absolute `file:` URI. */
function artifactUri(absolute, root) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, absolute);
    if (rel === '' || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel))
        return { uri: (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(absolute).href };
    return { uri: rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).map((s) => encodeURIComponent(s)).join('/'), uriBaseId: SRCROOT };
}
/** What each rule family checks and what to do about it; docs/validate.md holds the details per rule. */
const FAMILIES = {
    safetensors: { what: 'safetensors header', checks: 'the JSON header of a safetensors file: tensor names, dtypes, shapes and byte ranges that must tile the data exactly', fix: 'Re-export the weights with the safetensors library from a trusted checkpoint.' },
    'safetensors-index': { what: 'sharded safetensors index', checks: 'the index of a sharded checkpoint: every tensor maps to a shard that exists beside it, with a safe relative name', fix: 'Regenerate the index with the library that saved the shards, and ship every shard it names.' },
    gguf: { what: 'GGUF header', checks: 'the GGUF header: version, metadata key/values, tensor infos and their alignment against the file size', fix: 'Re-convert the model with llama.cpp tools from a trusted source.' },
    onnx: { what: 'ONNX model', checks: 'the ONNX protobuf: opsets, graph, initializers and external data locations that must stay beside the model', fix: 'Re-export the model with torch.onnx or tf2onnx and check it with onnx.checker; keep external data beside the model.' },
    keras: { what: 'Keras model', checks: 'the Keras v3 archive and its config: layers that can run code (Lambda, custom objects) and the files it holds', fix: 'Save the model without Lambda layers or custom code, or load it only with safe_mode and a reviewed allow list.' },
    hdf5: { what: 'HDF5 file', checks: 'the HDF5 superblock and the Keras model config stored in its attributes', fix: 'Prefer the Keras v3 format or safetensors for weights; remove layers that run code.' },
    savedmodel: { what: 'TensorFlow SavedModel', checks: 'the SavedModel graph for operations that read or write files, run processes or load code', fix: 'Export the model without file, process or py_func operations.' },
    tflite: { what: 'TFLite model', checks: 'the TFLite flatbuffer: version, custom operators and buffer ranges', fix: 'Convert the model again with the TFLite converter and avoid custom operators you did not write.' },
    pickle: { what: 'pickle', checks: 'the pickle opcode stream, without loading it: globals it imports and calls, against the allowed framework profiles', fix: 'Never load the file. Convert the weights to safetensors, or allow only the globals you trust under validate.pickle.' },
    manifest: { what: 'integrity manifest', checks: 'the SHA256SUMS (or JSON) manifest against the files: every listed file exists with that hash, no file is unlisted, no entry leaves its folder', fix: 'Regenerate the manifest from the released files (sha256sum * > SHA256SUMS), or find out why a file changed.' },
    format: { what: 'format detection', checks: 'what a file really is, from its bytes, against what its name claims', fix: 'Rename the file for its real format, or replace it with the model it claims to be.' },
    limits: { what: 'resource limit', checks: 'size, count, depth, ratio and time limits that bound every parser', fix: 'If the file is legitimate, raise the limit under validate.limits; otherwise treat it as hostile.' },
    walk: { what: 'file walk', checks: 'how files are reached: symbolic links, hard links, special files and paths that leave the folder', fix: 'Replace links and special files with regular files inside the model folder.' },
    integrity: { what: 'integrity', checks: 'that the file read is whole and the same from start to end of validation', fix: 'Download the file again and compare it with the published hash.' },
    signature: { what: 'model signature', checks: 'the model inputs and outputs against the signature configured in modelship.yml', fix: 'Update the model or the expected signature under models.<name>.signature.' },
    validate: { what: 'validation', checks: 'what validation as a whole needs: at least one model in each folder given', fix: 'Point validate at the folder or files that hold the model.' },
};
const SEVERITY_MEANING = {
    error: 'An error fails the artifact (validation is fail-closed: anything dangerous, malformed, truncated or not fully parsed fails).',
    warning: 'A warning does not fail the artifact unless validate.failOnWarning (or --fail-on-warning) is set.',
    note: 'A note is information only.',
};
/** A rule descriptor with everything code scanning requires: short and full descriptions and help text. */
function describeRule(id, level) {
    const [familyId, rest] = id.includes('/') ? [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)] : [id, ''];
    const family = FAMILIES[familyId] ?? { what: familyId, checks: `the ${familyId} checks`, fix: 'Read the message and the documentation of the rule.' };
    const words = rest ? rest.replace(/[-/]/g, ' ') : familyId;
    const helpUri = `${INFO_URI}#${id.replace(/\//g, '').toLowerCase()}`;
    const short = `${family.what}: ${words}`;
    const full = `${short}. Modelship checks ${family.checks}; this rule reports "${words}". ${SEVERITY_MEANING[level]}`;
    const help = `${family.fix} The rule and its family are documented at ${helpUri}.`;
    return {
        id,
        name: id.replace(/[/-](\w)/g, (_m, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
        shortDescription: { text: short },
        fullDescription: { text: full },
        help: { text: help, markdown: `${family.fix}\n\nSee [${id}](${helpUri}).` },
        helpUri,
        defaultConfiguration: { level: LEVEL[level] },
        properties: { tags: ['security', 'ml-model', familyId], precision: 'high', 'problem.severity': level === 'note' ? 'recommendation' : level },
    };
}


/***/ })

};
