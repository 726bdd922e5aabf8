export const id = 139;
export const ids = [139];
export const modules = {

/***/ 2139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   getPullRequest: () => (/* binding */ getPullRequest)
/* harmony export */ });
async function getPullRequest(client, ref) {
    const { data } = await client.rest.pulls.get({ owner: ref.owner, repo: ref.repo, pull_number: ref.pullNumber });
    const headRepo = data.head.repo?.full_name ?? null;
    const baseRepo = data.base.repo.full_name;
    return {
        number: data.number,
        state: data.state === 'closed' ? 'closed' : 'open',
        draft: data.draft ?? false,
        merged: data.merged,
        headSha: data.head.sha,
        headRef: data.head.ref,
        baseRef: data.base.ref,
        baseSha: data.base.sha,
        headRepoFullName: headRepo,
        isFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        author: data.user?.login ?? null,
        htmlUrl: data.html_url,
    };
}


/***/ })

};
