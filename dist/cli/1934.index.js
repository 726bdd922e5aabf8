export const id = 1934;
export const ids = [1934];
export const modules = {

/***/ 81934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NP: () => (/* binding */ rulesFor),
/* harmony export */   NS: () => (/* binding */ BUILT_IN_ROLES),
/* harmony export */   chatopsConfig: () => (/* binding */ chatopsConfig),
/* harmony export */   ci: () => (/* binding */ modelNames),
/* harmony export */   iF: () => (/* binding */ environmentNames)
/* harmony export */ });
/* unused harmony export DEFAULT_PERMISSIONS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const BUILT_IN_ROLES = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];
const DEFAULT_PERMISSIONS = ['write', 'maintain', 'admin'];
const ALL_COMMANDS = ['deploy', 'promote', 'rollback', 'status', 'lock', 'unlock', 'rollout', 'help'];
/** The section with defaults; the schema already checked shapes, this checks what it cannot (known names). */
function chatopsConfig(loaded) {
    const raw = (loaded.config.chatops ?? {});
    const known = environmentNames(loaded);
    const environments = {};
    for (const [env, rules] of Object.entries(raw.environments ?? {})) {
        if (!known.includes(env)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`chatops.environments.${env}: no environment "${env}" is configured under environments`, {
                location: loaded.locate(['chatops', 'environments', env]),
                hint: `configured environments: ${known.join(', ') || '(none)'}`,
            });
        }
        environments[env] = {
            users: rules.users,
            teams: rules.teams?.map((t) => t.toLowerCase()),
            permissions: rules.permissions,
            requireMerged: rules.requireMerged ?? false,
            baseBranches: rules.baseBranches,
            requiredChecks: rules.requiredChecks ?? [],
            allowForks: rules.allowForks,
        };
    }
    return {
        prefix: raw.prefix ?? '/',
        permissions: raw.permissions ?? DEFAULT_PERMISSIONS,
        allowForks: raw.allowForks ?? false,
        commands: raw.commands ?? ALL_COMMANDS,
        environments,
        help: raw.help,
    };
}
function rulesFor(config, env) {
    return (env && config.environments[env]) || { requireMerged: false, requiredChecks: [] };
}
function environmentNames(loaded) {
    return Object.keys(loaded.config.environments ?? {});
}
function modelNames(loaded) {
    return Object.keys(loaded.config.models ?? {});
}


/***/ })

};
