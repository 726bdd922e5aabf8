export const id = 7251;
export const ids = [7251];
export const modules = {

/***/ 7251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageAction: () => (/* binding */ packageAction),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _runtime_main_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70445);



/**
 * Packages a model as a CNCF ModelPack OCI artifact and, with `repository`, pushes it (tag = version) with
 * its validation report attached as a referrer. Outputs the digest and the `oci://...@sha256:` reference
 * that deploys run by.
 */
const packageAction = {
    name: 'package',
    async run(ctx) {
        const loaded = await ctx.loadConfig();
        const spec = ctx.inputs.requiredString('model');
        const at = spec.indexOf('@');
        const model = at > 0 ? spec.slice(0, at) : spec;
        let version = at > 0 ? spec.slice(at + 1).replace(/^v/, '') : undefined;
        if (version === undefined) {
            const { planVersions } = await Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(2088), __webpack_require__.e(2773), __webpack_require__.e(9607), __webpack_require__.e(3582), __webpack_require__.e(1464), __webpack_require__.e(7417), __webpack_require__.e(6031), __webpack_require__.e(6706)]).then(__webpack_require__.bind(__webpack_require__, 36031));
            version = (await planVersions(loaded, ctx.env, model))[0]?.current ?? undefined;
            if (!version)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`input model: "${model}" has no released version yet; give MODEL@VERSION`);
        }
        // Credentials go to the registry client through its environment, never into a URL or a report.
        const env = { ...ctx.env };
        const username = ctx.inputs.string('registry-username');
        const password = ctx.inputs.string('registry-password');
        if (password)
            ctx.secret(password);
        if (username && password)
            Object.assign(env, { MODELSHIP_REGISTRY_USERNAME: username, MODELSHIP_REGISTRY_PASSWORD: password });
        const token = ctx.inputs.string('github-token');
        if (token) {
            ctx.secret(token);
            env.GITHUB_TOKEN = token;
        }
        const outputRoot = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(ctx.workspace, ctx.inputs.string('output-dir', { default: '.modelship/package' }));
        const repository = ctx.inputs.string('repository');
        let digest;
        let layout;
        let reference;
        let report;
        if (repository) {
            const { shipPackage } = await Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(2773), __webpack_require__.e(9607), __webpack_require__.e(8061), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 10252));
            const shipped = await shipPackage(loaded, model, version, repository, env, { outputRoot, log: (l) => ctx.info(l) });
            ({ digest } = shipped.push);
            reference = shipped.push.digestReference;
            layout = shipped.package.layout;
            report = { model, version, layout, ...shipped.push, referrers: shipped.referrers };
        }
        else {
            const [{ packageSourceOf }, { buildPackage }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(2773), __webpack_require__.e(9607), __webpack_require__.e(9059)]).then(__webpack_require__.bind(__webpack_require__, 29059)), __webpack_require__.e(/* import() */ 170).then(__webpack_require__.bind(__webpack_require__, 20170))]);
            const source = await packageSourceOf(loaded, model, version, env);
            if (source.verdict !== 'pass')
                return { failed: `${source.artifact} fails validation: it is not packaged` };
            const built = await buildPackage(source, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(outputRoot, `${model}-${version}`));
            digest = built.manifest.digest;
            layout = built.layout;
            report = { model, version, ...built };
        }
        ctx.setOutput('digest', digest);
        ctx.setOutput('layout', layout);
        if (reference)
            ctx.setOutput('reference', reference);
        ctx.setOutput('report', await ctx.writeReport('package', report));
        ctx.summary(`### ${model} ${version}: ModelPack artifact\n\n| | |\n|---|---|\n| digest | \`${digest}\` |\n${reference ? `| deploy by digest | \`${reference}\` |\n` : ''}| layout | \`${node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(ctx.workspace, layout)}\` |\n`);
        ctx.info(`${model} ${version}: ${reference ?? digest}`);
    },
};
/** Runs the action with the runner's environment: the entry point `dist/package/index.js` calls it. */
function run() {
    return (0,_runtime_main_js__WEBPACK_IMPORTED_MODULE_2__/* .runActionSpec */ .v)(packageAction);
}


/***/ })

};
