export const id = 2525;
export const ids = [2525];
export const modules = {

/***/ 72525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatDigestReference: () => (/* binding */ formatDigestReference),
/* harmony export */   isDigest: () => (/* binding */ isDigest),
/* harmony export */   isOciUri: () => (/* binding */ isOciUri),
/* harmony export */   parseDigestReference: () => (/* binding */ parseDigestReference),
/* harmony export */   parseReference: () => (/* binding */ parseReference)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

// distribution-spec: repository name components and tags; digests are sha256 only here.
const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]{1,5})?$/;
function isDigest(value) {
    return DIGEST.test(value);
}
/** Parses a reference; the registry host is always explicit (no implicit Docker Hub). */
function parseReference(text, what = 'reference') {
    const bare = text.startsWith('oci://') ? text.slice('oci://'.length) : text;
    const slash = bare.indexOf('/');
    if (slash <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}" has no registry host: expected host[:port]/repository[:tag][@sha256:<hex>]`);
    const registry = bare.slice(0, slash);
    if (!HOST.test(registry))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": "${registry}" is not a registry host[:port]`);
    let rest = bare.slice(slash + 1);
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": digest "${digest}" is not sha256:<64 lowercase hex>`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": tag "${tag}" is not a valid OCI tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
    }
    if (!REPOSITORY.test(rest))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}": repository "${rest}" is not a valid OCI repository name (lowercase letters, digits, separators . _ __ -, / between parts)`);
    return { registry, repository: rest, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}
/** Parses `oci://registry/repository@sha256:...`: a reference that must be pinned by digest. */
function parseDigestReference(text, what = 'artifact') {
    const ref = parseReference(text, what);
    if (!ref.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} "${text}" is not pinned by digest: expected oci://${ref.registry}/${ref.repository}@sha256:<hex>`, { hint: 'deploy the digest `modelship push` printed, never a tag' });
    return { registry: ref.registry, repository: ref.repository, digest: ref.digest };
}
/** `oci://registry/repository@sha256:...` (the form KServe's storageUri and the deployment payload carry). */
function formatDigestReference(ref) {
    return `oci://${ref.registry}/${ref.repository}@${ref.digest}`;
}
function isOciUri(text) {
    return text.startsWith('oci://');
}


/***/ })

};
