export const id = 6712;
export const ids = [6712];
export const modules = {

/***/ 86712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderIndexedJob: () => (/* binding */ renderIndexedJob)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const COMPLETION_INDEX = "metadata.annotations['batch.kubernetes.io/job-completion-index']";
/**
 * A batch/v1 Job in Indexed completion mode: pod I of N runs `modelship batch run ENV --shard I/N --resume`
 * (the index from the Job controller's annotation, expanded by the kubelet in args), so the N pods cover the
 * input exactly once and a retried pod continues from its committed chunks when the output is on a volume
 * that outlives it. `modelship batch merge` then checks and combines the N shard manifests.
 */
function renderIndexedJob(spec) {
    if (!Number.isInteger(spec.shards) || spec.shards < 1 || spec.shards > 100_000)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`shards must be an integer from 1 to 100000, got ${spec.shards}`);
    if (spec.parallelism !== undefined && (!Number.isInteger(spec.parallelism) || spec.parallelism < 1))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`parallelism must be a positive integer, got ${spec.parallelism}`);
    if (!spec.image || /\s/.test(spec.image))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`image "${spec.image}" is not an image reference`, { hint: 'e.g. --image ghcr.io/acme/scoring:1.4.0' });
    const name = spec.name ?? `modelship-batch-${spec.environment}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63).replace(/-+$/, '');
    // Indexed Job pods are named <job>-<index>-<suffix>: the Job name must leave room within 63 characters.
    if (!DNS_LABEL.test(name) || name.length > 52)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`job name "${name}" is not a DNS label of at most 52 characters`, { hint: 'pass --name with lowercase letters, digits and dashes' });
    if (spec.namespace !== undefined && (!DNS_LABEL.test(spec.namespace) || spec.namespace.length > 63))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`namespace "${spec.namespace}" is not a DNS label`);
    const labels = { 'app.kubernetes.io/managed-by': 'modelship', 'app.kubernetes.io/component': 'batch', 'modelship.dev/environment': spec.environment.toLowerCase().replace(/[^a-z0-9-_.]/g, '-').slice(0, 63) };
    const args = ['batch', 'run', spec.environment, '--shard', `$(JOB_COMPLETION_INDEX)/${spec.shards}`, '--resume'];
    if (spec.workers !== undefined)
        args.push('--workers', String(spec.workers));
    return {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name, ...(spec.namespace ? { namespace: spec.namespace } : {}), labels },
        spec: {
            completionMode: 'Indexed',
            completions: spec.shards,
            parallelism: spec.parallelism ?? spec.shards,
            backoffLimitPerIndex: spec.backoffLimitPerIndex ?? 2,
            template: {
                metadata: { labels },
                spec: {
                    restartPolicy: 'Never',
                    containers: [
                        {
                            name: 'batch',
                            image: spec.image,
                            command: spec.command ?? ['modelship'],
                            args,
                            env: [{ name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { fieldPath: COMPLETION_INDEX } } }],
                        },
                    ],
                },
            },
        },
    };
}


/***/ })

};
