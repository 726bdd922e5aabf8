export const id = 3128;
export const ids = [3128,2144];
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


/***/ }),

/***/ 73128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e8: () => (/* binding */ KubernetesProvider),
/* harmony export */   mi: () => (/* binding */ inferenceServiceName)
/* harmony export */ });
/* unused harmony exports renderInferenceService, statusOf, describeSplit */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _kserve_runtimes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92144);





const ANNOTATION = {
    version: 'modelship.dev/version',
    sha256: 'modelship.dev/sha256',
    digest: 'modelship.dev/storage-digest',
    previousVersion: 'modelship.dev/previous-version',
    previousRevision: 'modelship.dev/previous-revision',
};
/** The InferenceService name of a model: a DNS label starting with a letter (KServe's IsvcNameFmt). */
function inferenceServiceName(spec, model) {
    const name = (spec.name ?? model).toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63).replace(/^[-0-9]+|-+$/g, '');
    if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(name))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`cannot make a KServe InferenceService name from "${spec.name ?? model}"`, { hint: 'set provider.name: lowercase letters, digits and dashes, starting with a letter' });
    return name;
}
/**
 * Where KServe's storage initializer fetches the version: the digest it was deployed by (`deploy --artifact
 * oci://...@sha256:`, carried by promotion, so every environment serves the same bytes), else the configured
 * template with {model} and {version} filled in.
 */
function storageUriFor(spec, target) {
    return target.oci ?? spec.storageUri.replaceAll('{model}', target.model).replaceAll('{version}', target.version);
}
/**
 * A KServe v1beta1 InferenceService for `target`: `modelFormat` and `protocolVersion` from the model's format
 * and the runtime, `canaryTrafficPercent` when a canary runs. `previous` names what traffic returns to.
 */
function renderInferenceService(spec, target, canaryPercent, previous) {
    const name = inferenceServiceName(spec, target.model);
    const { choice, problem } = (0,_kserve_runtimes_js__WEBPACK_IMPORTED_MODULE_4__/* .kserveChoice */ .kq)(spec, target.format);
    if (choice === undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`provider.${problem.field}: ${problem.message}`, { hint: problem.hint });
    const uriProblem = target.oci ? undefined : (0,_kserve_runtimes_js__WEBPACK_IMPORTED_MODULE_4__/* .storageUriProblem */ .pn)(spec.storageUri);
    if (uriProblem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`provider.storageUri: ${uriProblem}`);
    if (!/^[0-9a-f]{64}$/.test(target.sha256))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`refusing to render ${target.model} ${target.version} without its sha256`, { hint: 'the version must be known by its bytes (a deployment record with its sha256)' });
    const storageUri = storageUriFor(spec, target);
    const model = { modelFormat: { name: choice.modelFormat }, protocolVersion: choice.protocolVersion, storageUri };
    if (choice.runtime)
        model.runtime = choice.runtime;
    if (spec.resources)
        model.resources = spec.resources;
    const predictor = { model };
    if (spec.serviceAccountName)
        predictor.serviceAccountName = spec.serviceAccountName;
    if (spec.minReplicas !== undefined)
        predictor.minReplicas = spec.minReplicas;
    if (spec.maxReplicas !== undefined)
        predictor.maxReplicas = spec.maxReplicas;
    if (spec.scaleTarget !== undefined)
        predictor.scaleTarget = spec.scaleTarget;
    if (spec.scaleMetric !== undefined)
        predictor.scaleMetric = spec.scaleMetric;
    if (spec.nodeSelector)
        predictor.nodeSelector = spec.nodeSelector;
    if (spec.tolerations)
        predictor.tolerations = spec.tolerations;
    if (canaryPercent !== undefined && canaryPercent < 100)
        predictor.canaryTrafficPercent = canaryPercent;
    const digest = (0,_kserve_runtimes_js__WEBPACK_IMPORTED_MODULE_4__/* .ociDigestOf */ .DE)(storageUri);
    const annotations = { [ANNOTATION.version]: target.version, [ANNOTATION.sha256]: target.sha256, ...(digest ? { [ANNOTATION.digest]: digest } : {}) };
    if (previous) {
        annotations[ANNOTATION.previousVersion] = previous.version;
        if (previous.revision)
            annotations[ANNOTATION.previousRevision] = previous.revision;
    }
    // cpu/memory scaling is the HPA's: KServe's webhook accepts those metrics only with the HPA autoscaler class.
    if (spec.scaleMetric === 'cpu' || spec.scaleMetric === 'memory')
        annotations['serving.kserve.io/autoscalerClass'] = 'hpa';
    return {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: {
            name,
            ...(spec.namespace ? { namespace: spec.namespace } : {}),
            labels: { 'app.kubernetes.io/managed-by': 'modelship', 'modelship.dev/model': name },
            annotations,
        },
        spec: { predictor },
    };
}
function statusOf(isvc) {
    const predictor = isvc.status?.components?.predictor ?? {};
    return {
        generation: isvc.metadata?.generation ?? 0,
        observedGeneration: isvc.status?.observedGeneration ?? 0,
        annotations: isvc.metadata?.annotations ?? {},
        canaryTrafficPercent: isvc.spec?.predictor?.canaryTrafficPercent,
        conditions: isvc.status?.conditions ?? [],
        traffic: predictor.traffic ?? [],
        latestCreatedRevision: predictor.latestCreatedRevision,
        latestReadyRevision: predictor.latestReadyRevision,
        latestRolledoutRevision: predictor.latestRolledoutRevision,
        previousRolledoutRevision: predictor.previousRolledoutRevision,
        url: isvc.status?.url,
    };
}
/** The percent of traffic each revision gets, by name (KServe's `latestRevision: true` resolves to the latest ready revision). */
function percentsOf(s) {
    const out = {};
    for (const t of s.traffic) {
        const name = t.revisionName ?? (t.latestRevision ? s.latestReadyRevision : undefined);
        if (name)
            out[name] = (out[name] ?? 0) + (t.percent ?? 0);
    }
    return out;
}
function describeSplit(s) {
    const parts = Object.entries(percentsOf(s)).map(([rev, p]) => `${rev} ${p}%${rev === s.latestReadyRevision ? ' (latest)' : ''}`);
    return parts.length ? parts.join(', ') : 'no traffic';
}
/** A failed or not-ready condition, as KServe wrote it: the reason and message users look up. */
function whyNotReady(s) {
    const bad = s.conditions.filter((c) => c.status !== 'True' && (c.reason || c.message));
    return bad.length ? bad.map((c) => `${c.type}=${c.status} ${c.reason ?? ''}${c.message ? `: ${c.message}` : ''}`.trim()).join('; ') : 'no condition says why';
}
/**
 * KServe through kubectl, verified by reading the InferenceService's status back after every change.
 *
 * - prepare: with a version rolled out, the candidate is applied with `canaryTrafficPercent: 0` (KServe
 *   makes a new revision beside the rolled-out one, with no traffic); with nothing rolled out it is applied
 *   whole. verify: the candidate's revision is the latest ready one, `Ready` is True.
 * - shiftTraffic: `canaryTrafficPercent: N`, then the status must show N % on the latest revision and the
 *   rest on the last rolled-out one before anything else runs. finalize: the percent is removed, and the
 *   status must show 100 % on the candidate, now `latestRolledoutRevision`.
 * - revert: `canaryTrafficPercent: 0` on the spec in place sends all traffic to the revision KServe rolled
 *   out before (during a canary, `latestRolledoutRevision`; after one, KServe moves to
 *   `previousRolledoutRevision`), checked by name against the revision the candidate replaced, and the
 *   status must show all traffic on it (KServe's pinned rollback: the spec keeps the candidate at 0 %; the
 *   next deploy replaces it). When that revision is gone, the last good manifest, with its sha256 and
 *   digest, is applied again and rolled out.
 *
 * A failed revision or a timeout reports the conditions' reason and message. kubectl runs via execFile with
 * the YAML on stdin (client-side apply; the API server validates fields strictly).
 */
class KubernetesProvider {
    spec;
    env;
    sleep;
    type = 'kubernetes';
    constructor(spec, env = process.env, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
        this.spec = spec;
        this.env = env;
        this.sleep = sleep;
    }
    async prepare(_ctx, target) {
        const live = await this.read(target.model);
        const rolledOut = live?.latestRolledoutRevision;
        if (live === undefined || rolledOut === undefined) {
            await this.apply(renderInferenceService(this.spec, target));
            return `applied ${this.name(target)} ${target.version} whole: nothing was rolled out before (storageUri ${this.storageUri(target)})`;
        }
        if (live.annotations[ANNOTATION.version] === target.version && live.latestReadyRevision === rolledOut && live.canaryTrafficPercent === undefined)
            return `${target.version} is already applied (revision ${rolledOut})`;
        // After a pinned rollback the spec names the rolled-back version at 0 %: what serves is the revision it pinned.
        const pinnedBack = live.canaryTrafficPercent === 0 && live.annotations[ANNOTATION.previousRevision] === rolledOut ? live.annotations[ANNOTATION.previousVersion] : undefined;
        const previous = { version: pinnedBack ?? live.annotations[ANNOTATION.version] ?? 'unknown', revision: rolledOut };
        await this.apply(renderInferenceService(this.spec, target, 0, previous));
        return `applied ${target.version} beside revision ${rolledOut} (${previous.version}) with canaryTrafficPercent 0 (storageUri ${this.storageUri(target)})`;
    }
    async verify(_ctx, target) {
        const s = await this.waitFor(target, `revision of ${target.version} ready`, (st) => st.latestCreatedRevision !== undefined && st.latestReadyRevision === st.latestCreatedRevision && isReady(st));
        return `revision ${s.latestReadyRevision} of ${target.version} is ready (sha256 ${s.annotations[ANNOTATION.sha256]?.slice(0, 12)}); traffic: ${describeSplit(s)}`;
    }
    async shiftTraffic(_ctx, traffic, target) {
        const percent = traffic.weights[target.version] ?? 0;
        if (percent === 0)
            return 'no traffic for the candidate: nothing to apply';
        if (percent >= 100)
            return this.rollOut(target, 'rolled out', true);
        const live = await this.read(target.model);
        const previous = live ? { version: live.annotations[ANNOTATION.previousVersion] ?? traffic.stable ?? 'unknown', revision: live.annotations[ANNOTATION.previousRevision] } : undefined;
        await this.apply(renderInferenceService(this.spec, target, percent, previous));
        const s = await this.waitFor(target, `${percent}% on the latest revision`, (st) => {
            const split = percentsOf(st);
            return st.latestReadyRevision === st.latestCreatedRevision && split[st.latestReadyRevision] === percent && st.latestRolledoutRevision !== undefined && split[st.latestRolledoutRevision] === 100 - percent;
        });
        return `canaryTrafficPercent ${percent}: traffic ${describeSplit(s)} (rolled out before: ${s.latestRolledoutRevision})`;
    }
    async finalize(_ctx, _traffic, target) {
        return this.rollOut(target, 'rolled out', true);
    }
    async revert(ctx, lastGood, lastGoodTarget) {
        if (lastGood.stable === null)
            return 'nothing was live before: left as is (delete the InferenceService by hand if wanted)';
        if (lastGoodTarget?.version !== lastGood.stable)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`cannot revert ${ctx.model} to ${lastGood.stable}: its deployment (artifact and sha256) is not known`, { hint: 'nothing was applied; re-deploy the version by hand' });
        const good = { ...lastGoodTarget };
        const live = await this.read(ctx.model);
        if (live === undefined || live.annotations[ANNOTATION.version] === good.version)
            return this.rollOut(good, 'restored');
        const pinned = live.annotations[ANNOTATION.previousVersion] === good.version ? live.annotations[ANNOTATION.previousRevision] : undefined;
        const stillThere = pinned !== undefined && (pinned === live.latestRolledoutRevision || pinned === live.previousRolledoutRevision) && /^[0-9a-f]{64}$/.test(live.annotations[ANNOTATION.sha256] ?? '');
        if (!stillThere)
            return `revision of ${good.version} gone: ${await this.rollOut(good, 're-applied')}`;
        // KServe's rollback: canaryTrafficPercent 0 on the spec in place (no new revision) routes everything to the rolled-out revision.
        const candidate = { model: ctx.model, version: live.annotations[ANNOTATION.version], sha256: live.annotations[ANNOTATION.sha256], format: good.format };
        await this.apply(renderInferenceService(this.spec, candidate, 0, { version: good.version, revision: pinned }));
        const s = await this.waitFor(candidate, `all traffic back on revision ${pinned}`, (st) => percentsOf(st)[pinned] === 100, false);
        return `rolled back to revision ${pinned} (${good.version}, sha256 ${good.sha256.slice(0, 12)}): traffic ${describeSplit(s)}; the spec keeps ${candidate.version} at canaryTrafficPercent 0 (KServe's pinned rollback; the next deploy replaces it)`;
    }
    /**
     * What KServe serves, from the InferenceService's annotations and status: the rolled-out version, a
     * canary's split, or the version a pinned rollback returned to. Undefined when there is no
     * InferenceService or it does not say (not written by Modelship).
     */
    async observe(ctx) {
        const live = await this.read(ctx.model);
        const version = live?.annotations[ANNOTATION.version];
        if (live === undefined || version === undefined)
            return undefined;
        const base = { candidate: null, previous: null, headerRoutes: [], sticky: null, shadow: null, strategy: 'canary' };
        if (live.latestRolledoutRevision === undefined)
            return { ...base, stable: null, weights: {} };
        const previous = live.annotations[ANNOTATION.previousVersion];
        const percent = live.canaryTrafficPercent;
        const pinnedRevision = live.annotations[ANNOTATION.previousRevision];
        if (percent === undefined)
            return { ...base, stable: version, previous: previous ?? null, weights: { [version]: 100 } };
        // A canary at N %, or (N = 0) the candidate installed beside / a pinned rollback: what serves is the revision it replaced.
        if (previous === undefined || pinnedRevision !== live.latestRolledoutRevision)
            return undefined;
        if (percent === 0)
            return { ...base, stable: previous, weights: { [previous]: 100 } };
        return { ...base, stable: previous, candidate: version, weights: { [previous]: 100 - percent, [version]: percent } };
    }
    /**
     * Applies `target` without a canary percent and waits until KServe reports it rolled out with all traffic.
     * `keepPrevious`: a canary's own rollout keeps naming the revision it replaced (a revert after the 100 %
     * step still finds it as KServe's `previousRolledoutRevision`).
     */
    async rollOut(target, verb, keepPrevious = false) {
        const live = keepPrevious ? await this.read(target.model) : undefined;
        const previous = live?.annotations[ANNOTATION.version] === target.version && live.annotations[ANNOTATION.previousVersion] ? { version: live.annotations[ANNOTATION.previousVersion], revision: live.annotations[ANNOTATION.previousRevision] } : undefined;
        await this.apply(renderInferenceService(this.spec, target, undefined, previous));
        const s = await this.waitFor(target, `100% on ${target.version}`, (st) => st.latestReadyRevision === st.latestCreatedRevision && percentsOf(st)[st.latestReadyRevision] === 100 && st.latestRolledoutRevision === st.latestReadyRevision && isReady(st));
        return `${verb} ${target.version} as revision ${s.latestRolledoutRevision}${s.previousRolledoutRevision ? ` (previous rolled-out ${s.previousRolledoutRevision})` : ''}; traffic ${describeSplit(s)}${s.url ? `; ${s.url}` : ''}`;
    }
    /**
     * Reads the status until `done` holds for the current generation of `target`'s spec. A revision KServe
     * reports failed stops the wait at once (when `failFast`); a timeout names the conditions' reasons.
     */
    async waitFor(target, what, done, failFast = true) {
        const timeout = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(this.spec.readyTimeout ?? '5m', 'provider.readyTimeout');
        const every = (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(this.spec.pollInterval ?? '2s', 'provider.pollInterval');
        const deadline = Date.now() + timeout;
        const name = this.name(target);
        for (;;) {
            const s = await this.read(target.model);
            if (s === undefined)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`InferenceService ${name} is gone while waiting for ${what}`);
            const current = s.observedGeneration >= s.generation && s.annotations[ANNOTATION.version] === target.version;
            if (current && done(s))
                return s;
            const failed = s.conditions.find((c) => c.status === 'False' && /Failed|Error/i.test(`${c.reason ?? ''}`));
            if (current && failFast && failed && s.latestCreatedRevision !== s.latestReadyRevision) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`revision ${s.latestCreatedRevision} of ${target.version} failed: ${failed.reason}: ${failed.message ?? ''}`.trim(), { hint: `traffic: ${describeSplit(s)}; kubectl describe inferenceservice ${name}` });
            }
            if (Date.now() >= deadline) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`InferenceService ${name} did not reach "${what}" within ${this.spec.readyTimeout ?? '5m'}: ${whyNotReady(s)}`, { hint: `traffic: ${describeSplit(s)}; generation ${s.generation}, observed ${s.observedGeneration}` });
            }
            await this.sleep(every);
        }
    }
    /** Applies an InferenceGraph (providers/kserve-graph.ts) and reads it back: what the API server stored. */
    async applyInferenceGraph(manifest) {
        const name = manifest.metadata.name;
        await this.apply(manifest);
        const stored = JSON.parse(await this.kubectl(['get', `inferencegraph.serving.kserve.io/${name}`, '-o', 'json', ...this.scope()]));
        return `applied InferenceGraph ${name} (generation ${stored.metadata?.generation ?? '?'}, nodes: ${Object.keys(stored.spec?.nodes ?? {}).join(', ')})`;
    }
    /** The InferenceService's status, or undefined when it does not exist. */
    async read(model) {
        const name = inferenceServiceName(this.spec, model);
        try {
            const out = await this.kubectl(['get', `inferenceservice.serving.kserve.io/${name}`, '-o', 'json', ...this.scope()]);
            return statusOf(JSON.parse(out));
        }
        catch (err) {
            // kubectl prints the API server's Status reason: "Error from server (NotFound): ...".
            if (/\(NotFound\)/.test(err.message))
                return undefined;
            throw err;
        }
    }
    name(target) {
        return inferenceServiceName(this.spec, target.model);
    }
    storageUri(target) {
        return storageUriFor(this.spec, target);
    }
    scope() {
        return [...(this.spec.namespace ? ['--namespace', this.spec.namespace] : []), ...(this.spec.context ? ['--context', this.spec.context] : [])];
    }
    apply(manifest) {
        return this.kubectl(['apply', '-f', '-', ...this.scope()], (0,yaml__WEBPACK_IMPORTED_MODULE_1__.stringify)(manifest));
    }
    kubectl(args, stdin) {
        const bin = this.spec.kubectl ?? 'kubectl';
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(bin, args, { env: this.env, timeout: 10 * 60_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
                if (err) {
                    const out = `${stdout}${stderr}`.trim().slice(-2000);
                    reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`kubectl ${args[0]} failed: ${err.code === 'ENOENT' ? `${bin} not found` : out || err.message}`));
                }
                else
                    resolve(stdout);
            });
            if (stdin !== undefined)
                child.stdin?.end(stdin);
        });
    }
}
function isReady(s) {
    return s.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}


/***/ })

};
