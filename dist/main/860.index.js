export const id = 860;
export const ids = [860];
export const modules = {

/***/ 7860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateAction: () => (/* binding */ gateAction)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


function eventInfo(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const pr = event.pull_request;
        return pr && typeof pr.number === 'number' ? { prNumber: pr.number, baseSha: pr.base?.sha, headSha: pr.head?.sha } : {};
    }
    catch {
        return {};
    }
}
/**
 * Evaluates metric gates: outputs and a JSON report, a blessing folder, a job summary table, annotations
 * on the modelship.yml lines of failed checks, a check run carrying the same annotations, and one sticky
 * comment on the pull request. Fails the step on `fail` and on `inconclusive`: a gate that could not
 * evaluate never lets a model through.
 */
const gateAction = {
    name: 'gate',
    async run(ctx) {
        const loaded = await ctx.loadConfig();
        // Loaded here, not at the top: the sources and statistics are most of the bundle's start-up.
        const [{ runGate }, { renderMarkdown }, { writeBlessing }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(21), __webpack_require__.e(418)]).then(__webpack_require__.bind(__webpack_require__, 1418)), __webpack_require__.e(/* import() */ 235).then(__webpack_require__.bind(__webpack_require__, 1235)), __webpack_require__.e(/* import() */ 794).then(__webpack_require__.bind(__webpack_require__, 2556))]);
        const event = eventInfo(ctx.env);
        // `FILE@REF` names the file at a git ref, unless a file has that very name.
        const fromWorkspace = (p) => {
            const at = p.lastIndexOf('@');
            if (at > 0 && at < p.length - 1 && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, p)))
                return `${node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, p.slice(0, at))}@${p.slice(at + 1)}`;
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, p);
        };
        const candidate = ctx.inputs.list('candidate').map((p) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, p));
        const baseline = ctx.inputs.list('baseline').map(fromWorkspace);
        let baselineRef = ctx.inputs.string('baseline-ref');
        // `pr-base` names the pull request's base commit without an expression in the workflow.
        if (baselineRef === 'pr-base')
            baselineRef = event.baseSha ?? 'HEAD^';
        const run = await runGate(loaded, ctx.inputs.string('gate'), {
            candidate: candidate.length ? candidate : undefined,
            baseline: baseline.length ? baseline : undefined,
            baselineRef,
            seed: ctx.inputs.number('seed', { integer: true }),
            // `baseline: {live: {environment}}` reads the deployment state the deploy action writes (input `state`),
            // built only when a gate asks: a gate without a live baseline needs no token and makes no call.
            live: {
                metricsForLiveVersion: async (environment, model) => {
                    const [{ deploymentStoreFor }, { liveBaselinesFromState }] = await Promise.all([__webpack_require__.e(/* import() */ 953).then(__webpack_require__.bind(__webpack_require__, 8953)), Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(21), __webpack_require__.e(745)]).then(__webpack_require__.bind(__webpack_require__, 4745))]);
                    const { store } = await deploymentStoreFor(ctx, loaded);
                    return liveBaselinesFromState(loaded, { store }).metricsForLiveVersion(environment, model);
                },
            },
        });
        await ctx.writeReport('gate', { verdict: run.verdict, checks: run.checks, gates: run.gates });
        const blessingDir = ctx.inputs.string('blessing-dir');
        if (blessingDir) {
            const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, blessingDir);
            await writeBlessing(dir, run.verdict, run.gates.map((g) => ({ gate: g.gate, verdict: g.verdict, reason: g.reason })));
            ctx.setOutput('blessing', dir);
        }
        ctx.setOutput('verdict', run.verdict);
        ctx.setOutput('passed-count', run.checks.filter((c) => c.status === 'pass').length);
        ctx.setOutput('failed-count', run.checks.filter((c) => c.status === 'fail').length);
        for (const c of run.checks) {
            if (c.status === 'pass' || c.status === 'skip')
                continue;
            ctx.annotate({
                level: c.status === 'warn' ? 'warning' : 'error',
                title: `gate ${c.gate}: ${c.check} [${c.slice}] ${c.status}`,
                message: c.reason,
                location: c.location,
            });
        }
        const markdown = renderMarkdown(run);
        ctx.summary(markdown);
        await publish(ctx, run, markdown, event);
        ctx.info(`gate verdict: ${run.verdict} (${run.gates.map((g) => `${g.gate}: ${g.reason}`).join('; ')})`);
        if (run.verdict !== 'pass')
            return { failed: `gate ${run.verdict}: ${run.gates.filter((g) => g.verdict !== 'pass').map((g) => `${g.gate}: ${g.reason}`).join('; ')}` };
    },
};
/** The check run and the sticky comment; GitHub modules load only when they are used. */
async function publish(ctx, run, markdown, event) {
    const wantCheckRun = ctx.inputs.boolean('check-run', false);
    const wantComment = ctx.inputs.boolean('comment', true) && event.prNumber !== undefined;
    if (!wantCheckRun && !wantComment)
        return;
    const token = ctx.inputs.string('github-token');
    if (!token) {
        ctx.warning('no github-token: skipping the check run and the pull request comment');
        return;
    }
    const { createGitHubClient, repoFromEnv } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584));
    const client = createGitHubClient({ token, env: ctx.env, log: { debug: ctx.debug, warning: ctx.warning } });
    const repo = repoFromEnv(ctx.env);
    if (wantCheckRun) {
        const headSha = event.headSha ?? ctx.env.GITHUB_SHA;
        if (!headSha)
            ctx.warning('no head SHA (GITHUB_SHA): skipping the check run');
        else {
            const { createCheckRun } = await __webpack_require__.e(/* import() */ 842).then(__webpack_require__.bind(__webpack_require__, 2842));
            const failing = run.checks.filter((c) => c.status === 'fail' || c.status === 'error' || c.status === 'warn');
            const result = await createCheckRun(client, {
                ...repo,
                name: `modelship gate${run.gates.length === 1 ? `: ${run.gates[0].gate}` : ''}`,
                headSha,
                conclusion: run.verdict === 'pass' ? 'success' : run.verdict === 'fail' ? 'failure' : 'neutral',
                title: `Gate ${run.verdict}: ${run.checks.filter((c) => c.status === 'pass').length} passed, ${run.checks.filter((c) => c.status === 'fail').length} failed`,
                summary: markdown,
                workspace: ctx.workspace,
                annotations: failing
                    .filter((c) => c.location?.line !== undefined)
                    .map((c) => ({
                    path: c.location.file,
                    startLine: c.location.line,
                    level: c.status === 'warn' ? 'warning' : 'failure',
                    title: `${c.gate}: ${c.check} [${c.slice}]`,
                    message: c.reason,
                })),
            });
            ctx.setOutput('check-run-id', result.id);
        }
    }
    if (wantComment) {
        const { upsertStickyComment } = await __webpack_require__.e(/* import() */ 648).then(__webpack_require__.bind(__webpack_require__, 7648));
        const result = await upsertStickyComment(client, { ...repo, issueNumber: event.prNumber, key: 'gate', body: markdown });
        ctx.setOutput('comment-url', result.url);
    }
}


/***/ })

};
