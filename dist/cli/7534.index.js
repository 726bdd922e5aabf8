export const id = 7534;
export const ids = [7534];
export const modules = {

/***/ 17534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MODEL_FILE_FIELDS: () => (/* binding */ MODEL_FILE_FIELDS),
/* harmony export */   checkModelPaths: () => (/* binding */ checkModelPaths)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** The file fields of a model that must name something on disk. */
const MODEL_FILE_FIELDS = ['path', 'card', 'metrics'];
/**
 * Every model's `path`, `card` and `metrics` must exist (the card and the metrics as files), each reported
 * at its line. The rule for files a workflow makes (a training step writes the model and its metrics
 * before Modelship runs): a field listed in the model's `generated` (or every field, with
 * `generated: true`) that is missing is a warning, not an error. A declared path that leaves the project
 * folder is always an error.
 */
async function checkModelPaths(loaded) {
    const errors = [];
    const warnings = [];
    for (const [name, model] of Object.entries(loaded.config.models)) {
        const generated = new Set(model.generated === true ? MODEL_FILE_FIELDS : Array.isArray(model.generated) ? model.generated : []);
        if (Array.isArray(model.generated)) {
            model.generated.forEach((field, i) => {
                if (model[field] === undefined)
                    errors.push({ location: loaded.locate(['models', name, 'generated', i]), path: `models.${name}.generated[${i}]`, message: `models.${name}.generated lists "${field}", but models.${name} has no ${field}` });
            });
        }
        for (const field of MODEL_FILE_FIELDS) {
            const relative = model[field];
            if (relative === undefined)
                continue;
            const keyPath = ['models', name, field];
            const where = `models.${name}.${field}`;
            let absolute;
            try {
                absolute = loaded.resolvePath(relative, keyPath);
            }
            catch (err) {
                if (!(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError))
                    throw err;
                errors.push({ location: loaded.locate(keyPath), path: where, message: `${where}: ${err.message}`, hint: 'write it relative to the folder of modelship.yml' });
                continue;
            }
            // Not `instanceof Error`: fs errors may come from another realm (jest's VM), and a stat result is no error.
            const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute).then((stats) => ({ stats, error: undefined }), (error) => ({ stats: undefined, error }));
            if (found.error !== undefined) {
                const code = found.error.code;
                const reason = code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? found.error.message})`;
                if (generated.has(field) && code === 'ENOENT') {
                    warnings.push({ location: loaded.locate(keyPath), path: where, message: `${where}: ${relative} does not exist yet (declared generated: the workflow makes it before Modelship runs)` });
                }
                else {
                    errors.push({
                        location: loaded.locate(keyPath),
                        path: where,
                        message: `${where}: ${relative} ${reason}`,
                        hint: code === 'ENOENT' ? `check the path (relative to ${loaded.root}); if a workflow step makes this file before Modelship runs, add "generated: [${field}]" to models.${name}` : undefined,
                    });
                }
            }
            else if (field !== 'path' && !found.stats.isFile()) {
                errors.push({ location: loaded.locate(keyPath), path: where, message: `${where}: ${relative} is a folder, expected a file` });
            }
        }
    }
    return { errors, warnings };
}


/***/ })

};
