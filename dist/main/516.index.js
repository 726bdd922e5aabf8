export const id = 516;
export const ids = [516];
export const modules = {

/***/ 57516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configCheckAction: () => (/* binding */ configCheckAction)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** Validates modelship.yml; a broken file fails the step with annotations on the lines at fault. */
const configCheckAction = {
    name: 'config-check',
    async run(ctx) {
        const loaded = await ctx.loadConfig();
        const issues = await (await __webpack_require__.e(/* import() */ 218).then(__webpack_require__.bind(__webpack_require__, 55218))).crossCheck(loaded);
        const paths = await (await __webpack_require__.e(/* import() */ 534).then(__webpack_require__.bind(__webpack_require__, 17534))).checkModelPaths(loaded);
        issues.push(...paths.errors);
        if (issues.length > 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigError(issues);
        for (const w of paths.warnings)
            ctx.annotate({ level: 'warning', message: w.message, location: w.location });
        const models = Object.keys(loaded.config.models);
        ctx.setOutput('valid', true);
        ctx.setOutput('models', models.join(','));
        await ctx.writeReport('config-check', { file: loaded.file, valid: true, warnings: paths.warnings, config: loaded.config });
        ctx.summary([
            `### ✅ modelship.yml is valid`,
            '',
            '| Model | Path | Format |',
            '| --- | --- | --- |',
            ...Object.entries(loaded.config.models).map(([n, m]) => `| ${n} | \`${m.path}\` | ${m.format ?? 'detected'} |`),
        ].join('\n'));
        ctx.info(`${loaded.file} is valid: ${models.length} model(s)`);
    },
};


/***/ })

};
