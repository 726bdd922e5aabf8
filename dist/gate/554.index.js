export const id = 554;
export const ids = [554];
export const modules = {

/***/ 7554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PULL_REQUEST_BASE: () => (/* binding */ PULL_REQUEST_BASE),
/* harmony export */   gateRequest: () => (/* binding */ gateRequest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_metrics_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(203);




/** A baseline ref naming the pull request's base commit without an expression in the workflow. */
const PULL_REQUEST_BASE = 'pr-base';
/**
 * Raw options to one gate request, for the CLI and the action alike:
 * - `FILE@REF` names the file at a git ref, split at the first "@" after a path that exists (so tags that hold
 *   "@", such as `iris@v1.0.0`, stay whole);
 * - `pr-base` is the pull request's base commit (`HEAD^` outside a pull request);
 * - each override remembers how the user wrote it, so an error in it names that argument.
 */
function gateRequest(options, surface) {
    const source = (text) => {
        const { file, ref } = (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_3__/* .splitFileAtRef */ .Bk)(text, (f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(surface.cwd, f)));
        return { file: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(surface.cwd, file), ref };
    };
    const given = (values) => (values && values.length > 0 ? values : undefined);
    const candidate = given(options.candidate);
    const baseline = given(options.baseline);
    const baselineRef = options.baselineRef === PULL_REQUEST_BASE ? (surface.pullRequestBase ?? 'HEAD^') : options.baselineRef;
    const named = (label, values) => (values ? `${label} ${values.map((v) => JSON.stringify(v)).join(', ')}` : undefined);
    return {
        overrides: {
            candidate: candidate?.map(source),
            baseline: baseline?.map(source),
            baselineRef,
            seed: seedOf(options.seed, surface.labels.seed),
            arguments: {
                candidate: named(surface.labels.candidate, candidate),
                baseline: named(surface.labels.baseline, baseline),
                baselineRef: named(surface.labels.baselineRef, options.baselineRef === undefined ? undefined : [options.baselineRef]),
            },
        },
        blessingDir: options.blessing ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(surface.cwd, options.blessing) : undefined,
    };
}
function seedOf(value, label) {
    if (value === undefined || value === '')
        return undefined;
    const seed = Number(value);
    if (!Number.isInteger(seed))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ModelshipError */ .W7(`${label} is "${value}", expected an integer`);
    return seed;
}


/***/ })

};
