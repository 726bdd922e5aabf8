export const id = 382;
export const ids = [382];
export const modules = {

/***/ 5382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getCheckConclusions: () => (/* binding */ getCheckConclusions)
/* harmony export */ });
/**
 * The conclusion of the newest check run of each name on a commit (`null` while it runs), over every page:
 * a rerun replaces its predecessor, and a failing check on page 2 is never missed. Errors are thrown, so
 * callers treat unreadable checks as not green.
 */
async function getCheckConclusions(client, query) {
    const runs = (await client.paginate(client.rest.checks.listForRef, {
        owner: query.owner,
        repo: query.repo,
        ref: query.sha,
        filter: 'latest',
        per_page: 100,
    }));
    const newest = new Map();
    for (const run of runs) {
        const seen = newest.get(run.name);
        if (!seen || (run.started_at ?? '') > (seen.started_at ?? '') || ((run.started_at ?? '') === (seen.started_at ?? '') && run.id > seen.id))
            newest.set(run.name, run);
    }
    return new Map([...newest].map(([name, run]) => [name, run.status === 'completed' ? run.conclusion ?? 'unknown' : null]));
}


/***/ })

};
