export const id = 953;
export const ids = [953];
export const modules = {

/***/ 8953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STATE_KINDS: () => (/* binding */ STATE_KINDS),
/* harmony export */   deploymentStoreFor: () => (/* binding */ deploymentStoreFor),
/* harmony export */   stateKindOf: () => (/* binding */ stateKindOf)
/* harmony export */ });
/** Values of the `state` input of the deploy and chatops actions. */
const STATE_KINDS = ['github', 'local'];
/** The `state` input, checked: `github` (default) or `local`. */
function stateKindOf(ctx) {
    return ctx.inputs.choice('state', STATE_KINDS, 'github');
}
/**
 * Where the deploy engine keeps its record, the same way for every action that runs it (deploy, chatops):
 * with `state: github` the Deployments API (one deployment per change, statuses, the lock as a branch that
 * survives the job), with `state: local` the state file. `ref` is the commit the deployments are recorded
 * against (default GITHUB_SHA); chatops passes the pull request head it pinned.
 */
async function deploymentStoreFor(ctx, loaded, options = {}) {
    const kind = options.kind ?? stateKindOf(ctx);
    if (kind === 'local')
        return { kind };
    const [{ createGitHubClient, repoFromEnv, requireToken }, { GitHubDeploymentStore }, { environmentsOf }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(851)]).then(__webpack_require__.bind(__webpack_require__, 8851)),
        __webpack_require__.e(/* import() */ 895).then(__webpack_require__.bind(__webpack_require__, 4895)),
        __webpack_require__.e(/* import() */ 621).then(__webpack_require__.bind(__webpack_require__, 9621)),
    ]);
    const token = requireToken(ctx.inputs.string('github-token'), 'recording deployments (input state: github)');
    ctx.secret(token);
    const envs = environmentsOf(loaded);
    const githubEnvironment = (e) => envs.find((x) => x.name === e)?.githubEnvironment ?? e;
    const repo = repoFromEnv(ctx.env);
    const server = (ctx.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const store = new GitHubDeploymentStore({
        client: options.client ?? createGitHubClient({ token, env: ctx.env, log: { debug: ctx.debug, warning: ctx.warning } }),
        repo,
        ref: options.ref ?? ctx.env.GITHUB_SHA ?? 'HEAD',
        githubEnvironment,
        production: (e) => /prod/i.test(githubEnvironment(e)),
        logUrl: ctx.runUrl,
    });
    return {
        kind,
        store,
        deploymentUrl: (environment) => `${server}/${repo.owner}/${repo.repo}/deployments/${encodeURIComponent(githubEnvironment(environment))}`,
    };
}


/***/ })

};
