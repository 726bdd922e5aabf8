export const id = 4891;
export const ids = [4891];
export const modules = {

/***/ 44891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initRequest: () => (/* binding */ initRequest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



function initRequest(options, cwd) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, options.dir ?? '.');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(root).isDirectory()) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${options.dir ?? root} is not a folder`, { hint: 'run `modelship init` in your repository, or pass its folder' });
    }
    const configFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, options.config ?? 'modelship.yml');
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, configFile);
    if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`--config ${options.config} is outside ${root}`, { hint: 'the configuration lives in the repository it describes' });
    }
    return {
        root,
        configFile,
        dryRun: options.dryRun === true,
        force: options.force === true,
        manifest: options.manifest === true,
        workflows: options.workflows !== false,
    };
}


/***/ })

};
