export const id = 4046;
export const ids = [4046];
export const modules = {

/***/ 84046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEPLOY_COMMANDS: () => (/* binding */ DEPLOY_COMMANDS),
/* harmony export */   deployCommandOf: () => (/* binding */ deployCommandOf),
/* harmony export */   deployRequest: () => (/* binding */ deployRequest),
/* harmony export */   lockRequest: () => (/* binding */ lockRequest),
/* harmony export */   promoteRequest: () => (/* binding */ promoteRequest),
/* harmony export */   rollbackRequest: () => (/* binding */ rollbackRequest)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _state_local_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67314);



/** The deploy commands, as the CLI names them and the deploy action's `command` input takes them. */
const DEPLOY_COMMANDS = ['deploy', 'promote', 'rollback', 'status', 'lock', 'unlock'];
function deployCommandOf(text, label) {
    const command = text ?? 'deploy';
    if (!DEPLOY_COMMANDS.includes(command))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`${label} is "${command}", expected one of ${DEPLOY_COMMANDS.join(', ')}`);
    return command;
}
function required(value, label, command) {
    if (!value)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`${label} is required for ${command}`);
    return value;
}
/**
 * A deploy request, the same way from every surface: the artifact must be inside the project, and with no
 * version the model's latest release is deployed (resuming an interrupted deployment instead takes its own
 * version and artifact).
 */
async function deployRequest(loaded, options, surface) {
    const environment = required(options.environment, surface.labels.environment, 'deploy');
    const resume = options.resume === true;
    const version = options.version || (resume && options.artifact === undefined ? undefined : await latestRelease(loaded, environment, options.model, surface));
    let artifact;
    if (options.artifact !== undefined) {
        artifact = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(loaded.root, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(surface.cwd, options.artifact));
        if (artifact.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(artifact))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`${surface.labels.artifact} ${options.artifact} is outside the project ${loaded.root}`);
    }
    return { environment, model: options.model, version, artifact, resume, actor: (0,_state_local_js__WEBPACK_IMPORTED_MODULE_2__/* .userOf */ .Z5)(surface.env) };
}
function promoteRequest(options, surface) {
    return { model: options.model, to: required(options.to, surface.labels.to, 'promote'), version: options.version, actor: (0,_state_local_js__WEBPACK_IMPORTED_MODULE_2__/* .userOf */ .Z5)(surface.env) };
}
function rollbackRequest(options, surface) {
    return { environment: required(options.environment, surface.labels.environment, 'rollback'), model: options.model, to: options.to, actor: (0,_state_local_js__WEBPACK_IMPORTED_MODULE_2__/* .userOf */ .Z5)(surface.env) };
}
/** lock and unlock: who holds the lock is the actor (GITHUB_ACTOR, else the OS user), from every surface. */
function lockRequest(command, options, surface) {
    const environment = required(options.environment, surface.labels.environment, command);
    return command === 'lock' ? { environment, reason: options.reason, actor: (0,_state_local_js__WEBPACK_IMPORTED_MODULE_2__/* .userOf */ .Z5)(surface.env) } : { environment, actor: (0,_state_local_js__WEBPACK_IMPORTED_MODULE_2__/* .userOf */ .Z5)(surface.env), force: options.force === true };
}
/**
 * With no version given, deploy the model's latest release, and only when HEAD's model is still what was
 * released: a changed model under an old version number would break "same version = same sha256".
 */
async function latestRelease(loaded, environment, model, surface) {
    const usage = surface.versionHint(environment, '1.2.0');
    let plans;
    try {
        const { planVersions } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(8280), __webpack_require__.e(4685), __webpack_require__.e(1988), __webpack_require__.e(12), __webpack_require__.e(8582), __webpack_require__.e(7230)]).then(__webpack_require__.bind(__webpack_require__, 88582));
        plans = await planVersions(loaded, surface.env, model);
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`deploy needs a version: none was given and the latest release could not be read (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`, { hint: usage });
    }
    if (plans.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`deploy needs a version and a model: ${plans.length} models are configured (${Object.keys(loaded.config.models).join(', ')})`, { hint: `${usage}, with ${surface.labels.model} NAME` });
    const plan = plans[0];
    if (plan.current === null) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`deploy needs a version: none was given and ${plan.model} has no release yet`, { hint: `release it first (modelship release ${plan.model}), or name the version: ${surface.versionHint(environment, plan.next ?? '1.0.0')}` });
    }
    if (plan.bump !== 'none') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`deploy needs a version: ${plan.model} changed since its latest release ${plan.current} (a ${plan.bump} change: ${plan.next} when released)`, { hint: `release it first (modelship release ${plan.model}), or deploy the new version explicitly: ${surface.versionHint(environment, plan.next ?? '')}` });
    }
    surface.log?.(`deploying ${plan.model} ${plan.current}, its latest release (${plan.tag ?? 'tagged'})`);
    return plan.current;
}


/***/ })

};
