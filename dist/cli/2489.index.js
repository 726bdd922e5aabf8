export const id = 2489;
export const ids = [2489];
export const modules = {

/***/ 42489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   storeFor: () => (/* binding */ storeFor)
/* harmony export */ });
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67314);

/** The store given by the caller (GitHub Deployments in actions), else the environment's local state file. */
function storeFor(loaded, env, options) {
    return options.store ?? new _local_js__WEBPACK_IMPORTED_MODULE_0__/* .LocalDeploymentStore */ .oF(loaded.resolvePath(env.stateDir, ['environments', env.name, 'stateDir']));
}


/***/ })

};
