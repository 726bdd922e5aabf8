export const id = 7516;
export const ids = [7516];
export const modules = {

/***/ 57516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configCheckAction: () => (/* binding */ configCheckAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _runtime_main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70445);


/** Validates modelship.yml; a broken file fails the step with annotations on the lines at fault. */
const configCheckAction = {
    name: 'config-check',
    async run(ctx) {
        const loaded = await ctx.loadConfig();
        const issues = await (await __webpack_require__.e(/* import() */ 5218).then(__webpack_require__.bind(__webpack_require__, 55218))).crossCheck(loaded);
        const paths = await (await __webpack_require__.e(/* import() */ 7534).then(__webpack_require__.bind(__webpack_require__, 17534))).checkModelPaths(loaded);
        issues.push(...paths.errors);
        const graphs = await (await Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(9607), __webpack_require__.e(3582), __webpack_require__.e(3142)]).then(__webpack_require__.bind(__webpack_require__, 19877))).checkGraphs(loaded);
        issues.push(...graphs.errors);
        if (issues.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigError(issues);
        for (const w of [...paths.warnings, ...graphs.warnings])
            ctx.annotate({ level: 'warning', message: w.message, location: w.location });
        const models = Object.keys(loaded.config.models);
        const { configAsWritten } = await Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(3582), __webpack_require__.e(4456)]).then(__webpack_require__.bind(__webpack_require__, 13582));
        ctx.setOutput('valid', true);
        ctx.setOutput('models', models.join(','));
        await ctx.writeReport('config-check', { file: loaded.file, valid: true, warnings: [...paths.warnings, ...graphs.warnings], config: configAsWritten(loaded.config) });
        ctx.summary((await __webpack_require__.e(/* import() */ 2811).then(__webpack_require__.bind(__webpack_require__, 72811))).renderValidMarkdown(loaded));
        ctx.info(`${loaded.file} is valid: ${models.length} model(s)`);
    },
};
/** Runs the action with the runner's environment: the entry point `dist/config-check/index.js` calls it. */
function run() {
    return (0,_runtime_main_js__WEBPACK_IMPORTED_MODULE_1__/* .runActionSpec */ .v)(configCheckAction);
}


/***/ })

};
