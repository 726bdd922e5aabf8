export const id = 686;
export const ids = [686];
export const modules = {

/***/ 8686:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchLiveProfile: () => (/* binding */ fetchLiveProfile)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3907);


/**
 * The live profile of a version as `modelship serve` exports it
 * (`GET /v2/models/{m}/versions/{v}/profile`): the profile, and serve's own drift report against the
 * reference beside the model when it has one. Only http(s) URLs; the answer is checked, never trusted.
 */
async function fetchLiveProfile(url, options = {}) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`"${url}" is not a URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${url}: only http and https profile URLs are read`);
    if (!/\/v2\/models\/[^/]+\/versions\/[^/]+\/profile$/.test(parsed.pathname)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${url}: expected a serve profile URL, .../v2/models/MODEL/versions/VERSION/profile`);
    }
    let res;
    try {
        res = await fetch(parsed, { signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${url}: no answer: ${err.message}`, { exitCode: 3 });
    }
    if (res.status !== 200)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${url}: HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`, { exitCode: res.status >= 500 ? 3 : 2 });
    let body;
    try {
        body = (await res.json());
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${url}: the answer is not JSON: ${err.message}`);
    }
    const rows = typeof body.rows === 'number' ? body.rows : 0;
    const profile = body.profile ? _profile_js__WEBPACK_IMPORTED_MODULE_1__/* .Profile */ .WV.fromJSON(body.profile, url) : undefined;
    const drift = body.drift && typeof body.drift === 'object' && Array.isArray(body.drift.features) ? body.drift : undefined;
    return { profile, drift, rows };
}


/***/ })

};
