export const id = 2144;
export const ids = [2144];
export const modules = {

/***/ 92144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ ociDigestOf),
/* harmony export */   kq: () => (/* binding */ kserveChoice),
/* harmony export */   kserveConfigProblems: () => (/* binding */ kserveConfigProblems),
/* harmony export */   pn: () => (/* binding */ storageUriProblem)
/* harmony export */ });
/* unused harmony exports KSERVE_MODEL_FORMATS, KSERVE_RUNTIMES */
/**
 * What KServe serves: the model formats of `predictor.model.modelFormat.name`, the ClusterServingRuntimes
 * KServe v0.20.0 installs (config/runtimes/*.yaml: `supportedModelFormats` and `protocolVersions`), and the
 * storage URI schemes its storage initializer reads. A format the chosen runtime cannot serve, over the
 * chosen protocol, is a configuration error before anything is applied.
 */
/** The `modelFormat.name` values Modelship renders. */
const KSERVE_MODEL_FORMATS = ['onnx', 'sklearn', 'xgboost', 'lightgbm', 'pytorch', 'tensorflow', 'triton', 'huggingface'];
/** KServe v0.20.0's built-in ClusterServingRuntimes (HTTP protocols only; gRPC is not rendered). */
const KSERVE_RUNTIMES = {
    'kserve-sklearnserver': { formats: ['sklearn'], protocols: ['v1', 'v2'] },
    'kserve-xgbserver': { formats: ['xgboost'], protocols: ['v1', 'v2'] },
    'kserve-lgbserver': { formats: ['lightgbm'], protocols: ['v1', 'v2'] },
    'kserve-mlserver': { formats: ['sklearn', 'xgboost', 'lightgbm', 'mlflow'], protocols: ['v2'] },
    'kserve-predictiveserver': { formats: ['sklearn', 'xgboost', 'lightgbm'], protocols: ['v1', 'v2'] },
    'kserve-torchserve': { formats: ['pytorch'], protocols: ['v1', 'v2'] },
    'kserve-tensorflow-serving': { formats: ['tensorflow'], protocols: ['v1'] },
    'kserve-tritonserver': { formats: ['tensorrt', 'tensorflow', 'onnx', 'pytorch', 'triton'], protocols: ['v2'] },
    'kserve-openvino': { formats: ['openvino', 'onnx', 'tensorflow', 'paddle', 'pytorch'], protocols: ['v1', 'v2'] },
    'kserve-huggingfaceserver': { formats: ['huggingface'], protocols: ['v1', 'v2'] },
    'kserve-pmmlserver': { formats: ['pmml'], protocols: ['v1', 'v2'] },
    'kserve-paddleserver': { formats: ['paddle'], protocols: ['v1', 'v2'] },
};
/**
 * The KServe format of a Modelship artifact format, where it is unambiguous. A pickle or joblib file may be
 * scikit-learn, XGBoost or LightGBM: the provider's `modelFormat` must say which.
 */
const FROM_ARTIFACT_FORMAT = {
    onnx: 'onnx',
    torchscript: 'pytorch',
    pytorch: 'pytorch',
    savedmodel: 'tensorflow',
    safetensors: 'huggingface',
};
/** The storage URI schemes KServe v0.20.0 accepts (SupportedStorageURIPrefixList), as Modelship renders them. */
const STORAGE_SCHEMES = ['s3', 'gs', 'pvc', 'hf', 'oci', 'https'];
const OCI_DIGEST = /@sha256:[0-9a-f]{64}$/;
/** Why this spec cannot serve a model of `artifactFormat` (undefined when it can), or the choice it renders. */
function kserveChoice(spec, artifactFormat) {
    const protocolVersion = spec.protocolVersion ?? 'v2';
    const modelFormat = spec.modelFormat ?? (artifactFormat ? FROM_ARTIFACT_FORMAT[artifactFormat] : undefined);
    if (modelFormat === undefined) {
        return {
            problem: {
                field: 'modelFormat',
                message: `KServe cannot tell the model format of a ${artifactFormat ?? 'model without a declared format'}: set provider.modelFormat`,
                hint: `one of ${KSERVE_MODEL_FORMATS.join(', ')} (a pickle or joblib file may be sklearn, xgboost or lightgbm)`,
            },
        };
    }
    if (spec.runtime !== undefined) {
        const runtime = KSERVE_RUNTIMES[spec.runtime];
        // A runtime KServe does not ship is the cluster's own ServingRuntime: its formats are not known here.
        if (runtime !== undefined) {
            if (!runtime.formats.includes(modelFormat)) {
                return { problem: { field: 'runtime', message: `the KServe runtime ${spec.runtime} does not serve ${modelFormat} models`, hint: `runtimes that do: ${runtimesFor(modelFormat, protocolVersion).join(', ') || '(none over protocol ' + protocolVersion + ')'}` } };
            }
            if (!runtime.protocols.includes(protocolVersion)) {
                return { problem: { field: 'protocolVersion', message: `the KServe runtime ${spec.runtime} does not speak protocol ${protocolVersion} (it speaks ${runtime.protocols.join(', ')})`, hint: `runtimes serving ${modelFormat} over ${protocolVersion}: ${runtimesFor(modelFormat, protocolVersion).join(', ') || '(none)'}` } };
            }
        }
    }
    else if (runtimesFor(modelFormat, protocolVersion).length === 0) {
        return { problem: { field: 'protocolVersion', message: `no KServe runtime serves ${modelFormat} over protocol ${protocolVersion}`, hint: `set protocolVersion to ${protocolVersion === 'v2' ? 'v1' : 'v2'}, or name your own ServingRuntime in provider.runtime` } };
    }
    return { choice: { modelFormat, protocolVersion, ...(spec.runtime ? { runtime: spec.runtime } : {}) } };
}
function runtimesFor(format, protocol) {
    return Object.entries(KSERVE_RUNTIMES)
        .filter(([, r]) => r.formats.includes(format) && r.protocols.includes(protocol))
        .map(([name]) => name);
}
/** A problem with a storage URI template, or undefined. An `oci://` URI must be pinned by its digest. */
function storageUriProblem(template) {
    const scheme = /^([a-z0-9+]+):\/\//.exec(template)?.[1];
    if (scheme === undefined || !STORAGE_SCHEMES.includes(scheme)) {
        return `storageUri "${template}" must start with one of ${STORAGE_SCHEMES.map((s) => `${s}://`).join(', ')}`;
    }
    if (scheme === 'oci' && !OCI_DIGEST.test(template)) {
        return `storageUri "${template}" names an OCI artifact by a tag, which can move: pin it by digest (oci://host/repo@sha256:<64 hex>, as modelship package prints it)`;
    }
    if (/\s/.test(template))
        return `storageUri "${template}" contains white space`;
    return undefined;
}
/** The digest of an `oci://...@sha256:...` URI. */
function ociDigestOf(uri) {
    return OCI_DIGEST.exec(uri)?.[0].slice(1);
}
/** What `config check` reports for a kubernetes environment: the storage URI, and each model's format against the runtime. */
function kserveConfigProblems(spec, models) {
    const out = [];
    const uri = storageUriProblem(spec.storageUri);
    if (uri)
        out.push({ field: 'storageUri', message: uri });
    // KServe's webhook rules (pkg/apis/serving/v1beta1, v0.20.0), so the API server never refuses the manifest.
    if (spec.minReplicas !== undefined && spec.maxReplicas !== undefined && spec.maxReplicas !== 0 && spec.minReplicas > spec.maxReplicas) {
        out.push({ field: 'minReplicas', message: `minReplicas ${spec.minReplicas} is more than maxReplicas ${spec.maxReplicas}`, hint: 'KServe refuses it; maxReplicas 0 means no limit' });
    }
    if ((spec.scaleMetric === 'cpu' || spec.scaleMetric === 'memory') && spec.scaleTarget !== undefined && spec.scaleTarget > 100) {
        out.push({ field: 'scaleTarget', message: `scaleTarget ${spec.scaleTarget} is a ${spec.scaleMetric} utilisation in percent: at most 100` });
    }
    for (const [name, model] of Object.entries(models)) {
        const { problem } = kserveChoice(spec, model.format);
        if (problem)
            out.push({ field: problem.field, message: `model "${name}": ${problem.message}`, hint: problem.hint });
    }
    return out;
}


/***/ })

};
