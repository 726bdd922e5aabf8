export const id = 7709;
export const ids = [7709];
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

/***/ 47709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prereleaseOf: () => (/* binding */ prereleaseOf)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25720);


/**
 * The pre-release id, the same way for the CLI (`--prerelease`) and the version action (`prerelease`):
 * `rc`, `pr.<n>`, `pr` (the pull request's number), `none`; when not given, on a pull request the configured
 * scheme (`release.prerelease`, where `pr` becomes `pr.<number>`), and none elsewhere.
 */
function prereleaseOf(given, loaded, pullRequest, label) {
    const scheme = given ?? (pullRequest !== undefined ? (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .releaseSettings */ .n)(loaded.config).prerelease : 'none');
    if (scheme === 'none')
        return undefined;
    if (scheme === 'pr') {
        if (pullRequest === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${label} is "pr" but this is not a pull request`, { hint: 'use pr.<number> or rc' });
        return `pr.${pullRequest}`;
    }
    return scheme;
}


/***/ })

};
