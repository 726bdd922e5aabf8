export const id = 4807;
export const ids = [4807];
export const modules = {

/***/ 14807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateRequest: () => (/* binding */ validateRequest)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Both surfaces build the request here, so the rules (paths relative to `cwd`, when the config is optional) live once. */
function validateRequest(options, cwd) {
    return {
        paths: options.paths,
        manifest: options.manifest ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, options.manifest) : undefined,
        failOnWarning: options.failOnWarning ? true : undefined,
        configuration: options.configNamed ? 'required' : 'if-present',
    };
}


/***/ })

};
