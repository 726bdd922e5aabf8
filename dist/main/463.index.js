export const id = 463;
export const ids = [463];
export const modules = {

/***/ 1463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
const LEVEL = { error: 'error', warning: 'warning', note: 'note' };
const INFO_URI = 'https://github.com/modelship/modelship/blob/main/docs/validate.md';
/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one rule per rule id, one result per finding located in
 * the artifact (byte-offset region when known; the archive member and pointer as logical locations).
 * Files that passed are listed as artifacts too, so a scan of nothing is distinguishable from a clean scan.
 */
function renderSarif(report, toolVersion) {
    const ruleIds = [...new Set(report.artifacts.flatMap((a) => a.findings.map((f) => f.rule)))].sort();
    const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
    const firstOf = new Map();
    for (const a of report.artifacts)
        for (const f of a.findings)
            if (!firstOf.has(f.rule))
                firstOf.set(f.rule, f);
    const artifactIndex = new Map(report.artifacts.map((a, i) => [a.path, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'modelship-validate',
                        informationUri: INFO_URI,
                        version: toolVersion,
                        rules: ruleIds.map((id) => ({
                            id,
                            name: id.replace(/[/-](\w)/g, (_m, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
                            shortDescription: { text: describeRule(id) },
                            helpUri: `${INFO_URI}#${id.replace(/\//g, '').toLowerCase()}`,
                            defaultConfiguration: { level: LEVEL[firstOf.get(id).severity] },
                            properties: { tags: ['security', 'ml-model', id.split('/')[0]] },
                        })),
                    },
                },
                artifacts: report.artifacts.map((a) => ({
                    location: { uri: encodeUri(a.path) },
                    length: a.size,
                    ...(a.sha256 ? { hashes: { 'sha-256': a.sha256 } } : {}),
                    properties: { format: a.format, verdict: a.verdict },
                })),
                results: report.artifacts.flatMap((a) => a.findings.map((f) => {
                    const physical = { artifactLocation: { uri: encodeUri(a.path), index: artifactIndex.get(a.path) } };
                    if (f.location?.line !== undefined)
                        physical.region = { startLine: f.location.line };
                    else if (f.location?.offset !== undefined && !f.location.member)
                        physical.region = { byteOffset: f.location.offset, byteLength: 1 };
                    else
                        physical.region = { startLine: 1 };
                    const logical = [
                        ...(f.location?.member ? [{ fullyQualifiedName: `${a.path}!/${f.location.member}`, kind: 'member' }] : []),
                        ...(f.location?.pointer ? [{ fullyQualifiedName: f.location.pointer, kind: 'element' }] : []),
                    ];
                    return {
                        ruleId: f.rule,
                        ruleIndex: ruleIndex.get(f.rule),
                        level: LEVEL[f.severity],
                        message: { text: f.message },
                        locations: [{ physicalLocation: physical, ...(logical.length ? { logicalLocations: logical } : {}) }],
                        partialFingerprints: { 'modelship/v1': `${f.rule}:${a.sha256 || a.path}:${f.location?.member ?? ''}:${f.location?.offset ?? f.location?.line ?? ''}` },
                    };
                })),
                properties: { verdict: report.verdict },
            },
        ],
    };
}
function encodeUri(p) {
    return p.split('/').map((s) => encodeURIComponent(s)).join('/');
}
/** One line per rule family; the docs hold the details. */
function describeRule(id) {
    const family = id.split('/')[0];
    const words = id.split('/')[1]?.replace(/-/g, ' ') ?? id;
    const families = {
        safetensors: 'safetensors header',
        'safetensors-index': 'sharded safetensors index',
        gguf: 'GGUF header',
        onnx: 'ONNX model',
        keras: 'Keras model',
        hdf5: 'HDF5 file',
        savedmodel: 'TensorFlow SavedModel',
        tflite: 'TFLite model',
        pickle: 'pickle',
        manifest: 'integrity manifest',
        format: 'format detection',
        limits: 'resource limit',
        walk: 'file walk',
        integrity: 'integrity',
        signature: 'model signature',
        validate: 'validation',
    };
    return `${families[family] ?? family}: ${words}`;
}


/***/ })

};
