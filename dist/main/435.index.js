export const id = 435;
export const ids = [435];
export const modules = {

/***/ 5435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getPermissionLevel: () => (/* binding */ getPermissionLevel)
/* harmony export */ });
/* unused harmony exports PERMISSION_LEVELS, hasPermission */
/** Repository roles from most to least powerful. */
const PERMISSION_LEVELS = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];
function isLevel(value) {
    return typeof value === 'string' && PERMISSION_LEVELS.includes(value);
}
/**
 * A user's role on a repository. `role_name` tells maintain and triage apart (the legacy `permission` folds
 * them into write and read); a custom role falls back to `permission`, the base role it extends. Any API
 * error is thrown, never read as a level, so callers deny on failure.
 */
async function getPermissionLevel(client, query) {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
        owner: query.owner,
        repo: query.repo,
        username: query.username,
    });
    if (isLevel(data.role_name))
        return data.role_name;
    if (isLevel(data.permission))
        return data.permission;
    return 'none';
}
/** Whether a level is one of the allowed ones (membership, not "at least": list every level you accept). */
function hasPermission(level, allowed) {
    return allowed.includes(level);
}


/***/ })

};
