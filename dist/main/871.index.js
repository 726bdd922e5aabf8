export const id = 871;
export const ids = [871];
export const modules = {

/***/ 50871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   batchAction: () => (/* binding */ batchAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _runtime_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70445);

/**
 * By default it scores the input with the version live in a batch environment (or `model: NAME@VERSION`),
 *  one shard of it when `shard: I/N` is set; with `merge: true` it checks that the shards' manifests cover every
 * chunk once and writes the combined manifest. Both write a job summary with the figures and a Mermaid chart
 * of throughput per chunk, and fail the step on exit code 1 (too many bad rows, a refused merge).
 */
const batchAction = {
    name: 'batch',
    async run(ctx) {
        const command = ctx.inputs.boolean('merge', false) ? 'merge' : 'run';
        let result;
        if (command === 'merge') {
            const sources = ctx.inputs.list('sources');
            if (sources.length === 0)
                throw new (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 74296))).ModelshipError('input "sources" is required with merge: true', { hint: 'the shard output folders (or manifest files), one per line' });
            const request = await Promise.all(/* import() */[__webpack_require__.e(5158), __webpack_require__.e(4189)]).then(__webpack_require__.bind(__webpack_require__, 24189));
            result = await (await __webpack_require__.e(/* import() */ 9480).then(__webpack_require__.bind(__webpack_require__, 29480))).mergeShards(request.toMergeRequest({ sources, output: ctx.inputs.string('output') }, ctx.workspace));
        }
        else {
            const loaded = await ctx.loadConfig();
            // After the configuration: a step without one fails before batch's modules load.
            const request = await Promise.all(/* import() */[__webpack_require__.e(5158), __webpack_require__.e(4189)]).then(__webpack_require__.bind(__webpack_require__, 24189));
            const environment = ctx.inputs.string('environment');
            const runRequest = request.toRunRequest({
                environment,
                model: ctx.inputs.string('model'),
                artifact: ctx.inputs.string('artifact'),
                input: ctx.inputs.string('input'),
                output: ctx.inputs.string('output'),
                format: ctx.inputs.string('output-format'),
                // One mapping per line: each holds commas of its own.
                columns: (ctx.inputs.string('columns') ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')),
                id: ctx.inputs.list('id'),
                outputs: ctx.inputs.list('outputs'),
                chunkRows: ctx.inputs.string('chunk-rows'),
                batchRows: ctx.inputs.string('batch-rows'),
                maxErrorRate: ctx.inputs.string('max-error-rate'),
                shard: ctx.inputs.string('shard'),
                resume: ctx.inputs.boolean('resume', false),
                workers: ctx.inputs.string('workers'),
            }, loaded, ctx.workspace);
            // The version live in the environment is read from where the deploy action records it.
            const { deploymentStoreFor } = await __webpack_require__.e(/* import() */ 8953).then(__webpack_require__.bind(__webpack_require__, 78953));
            const { store } = environment !== undefined ? await deploymentStoreFor(ctx, loaded) : { store: undefined };
            result = await (await Promise.all(/* import() */[__webpack_require__.e(6070), __webpack_require__.e(9607), __webpack_require__.e(5158), __webpack_require__.e(7017)]).then(__webpack_require__.bind(__webpack_require__, 97017))).runRequest(loaded, runRequest, { store });
        }
        const m = result.manifest;
        ctx.setOutput('status', m.status);
        ctx.setOutput('version', m.version);
        ctx.setOutput('rows', m.rows);
        ctx.setOutput('error-rows', m.errors.rows);
        ctx.setOutput('rows-per-s', m.rows_per_s);
        ctx.setOutput('manifest', result.manifestPath);
        const render = await __webpack_require__.e(/* import() */ 9950).then(__webpack_require__.bind(__webpack_require__, 39950));
        await ctx.writeReport(command === 'merge' ? 'batch-merge' : 'batch', render.contractJson(m, result.manifestPath));
        ctx.summary(render.renderRunMarkdown(m));
        ctx.info(render.renderRunText(m, result.manifestPath));
        if (result.exitCode !== 0)
            return { failed: `batch ${command}: ${m.status}, ${m.errors.rows} bad row(s), error rate ${(m.errorRate * 100).toFixed(3)}% above ${(m.maxErrorRate * 100).toFixed(3)}%` };
        return undefined;
    },
};
function run() {
    return (0,_runtime_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runActionSpec */ .v)(batchAction);
}


/***/ })

};
