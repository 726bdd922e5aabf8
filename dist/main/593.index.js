export const id = 593;
export const ids = [593];
export const modules = {

/***/ 27593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHATOPS_UNANSWERED_BUDGET_MS: () => (/* binding */ CHATOPS_UNANSWERED_BUDGET_MS),
/* harmony export */   chatopsAction: () => (/* binding */ chatopsAction),
/* harmony export */   inert: () => (/* binding */ inert)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Comment commands on pull requests. Reads the issue_comment event, authorises and runs (or approves) the
 * command, and writes machine-readable outputs for workflows that run their own steps. Outputs carry only
 * validated names, never raw comment text, so `${{ steps.x.outputs.model }}` cannot inject anything.
 */
const chatopsAction = {
    name: 'chatops',
    async run(ctx) {
        const payload = readEvent(ctx.env);
        const { mayBeCommand } = await __webpack_require__.e(/* import() */ 814).then(__webpack_require__.bind(__webpack_require__, 61814));
        // Every comment on every pull request starts this step: most are prose and are dismissed before the
        // configuration, Octokit or the engine are loaded.
        const body = payload?.comment?.body;
        if (ctx.env.GITHUB_EVENT_NAME === 'issue_comment' && typeof body === 'string' && !mayBeCommand(body)) {
            return report(ctx, (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 10306))).ignored());
        }
        const loaded = await ctx.loadConfig();
        const { runChatops } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 10306));
        const mode = ctx.inputs.choice('mode', ['execute', 'approve'], 'execute');
        const { stateKindOf } = await __webpack_require__.e(/* import() */ 953).then(__webpack_require__.bind(__webpack_require__, 78953));
        const stateKind = stateKindOf(ctx);
        const token = ctx.inputs.string('github-token');
        const { createGitHubClient, repoFromEnv, requireToken, UnansweredBudget } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 96584));
        const log = { debug: ctx.debug, warning: ctx.warning };
        // One budget for the whole command, shared by every client it uses: a GitHub that stops answering ends
        // the command within it (docs/chatops.md), instead of 4 attempts × 30 s for each call.
        const budget = new UnansweredBudget(unansweredBudgetMs(ctx.env));
        const client = createGitHubClient({ token: requireToken(token, 'comment commands'), env: ctx.env, log, budget });
        // Team data is the organisation's: the workflow's GITHUB_TOKEN cannot read it, so it may come with its own token.
        const orgToken = ctx.inputs.string('org-token');
        if (orgToken)
            ctx.secret(orgToken);
        const orgClient = orgToken ? createGitHubClient({ token: requireToken(orgToken, 'team membership lookups (input org-token)'), env: ctx.env, log, budget }) : client;
        const repo = repoFromEnv(ctx.env);
        const { gitHubRepositoryPort, gitHubFeedbackPort } = await __webpack_require__.e(/* import() */ 889).then(__webpack_require__.bind(__webpack_require__, 88889));
        const repository = gitHubRepositoryPort(client, repo, orgClient);
        const feedback = gitHubFeedbackPort(client, repo);
        const server = ctx.env.GITHUB_SERVER_URL || 'https://github.com';
        const runUrl = ctx.env.GITHUB_RUN_ID ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${ctx.env.GITHUB_RUN_ID}` : undefined;
        // The engine and its state are loaded only when an authorised command reaches them, with the state the
        // deploy action uses (the `state` input) and deployments recorded against the pinned head. /deploy stays
        // with the workflow's pinned checkout (DeployEngineExecutor.handles).
        const executor = mode === 'execute'
            ? {
                handles: (command) => command.name !== 'deploy',
                run: async (command, context) => {
                    const [{ deploymentStoreFor }, { DeployEngineExecutor }] = await Promise.all([__webpack_require__.e(/* import() */ 953).then(__webpack_require__.bind(__webpack_require__, 78953)), Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(663), __webpack_require__.e(255), __webpack_require__.e(327), __webpack_require__.e(712), __webpack_require__.e(418), __webpack_require__.e(417), __webpack_require__.e(783), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 40413))]);
                    const state = await deploymentStoreFor(ctx, loaded, { ref: context.sha, kind: stateKind, client });
                    return new DeployEngineExecutor(loaded, { log: ctx.info, store: state.store, deploymentUrl: state.deploymentUrl }).run(command, context);
                },
            }
            : undefined;
        // The lock the engine would meet, read from the same state, so a locked environment is refused here.
        const locks = {
            heldLock: async (environment) => {
                const [{ deploymentStoreFor }, { storeFor }, { environmentOf }, { LockFile }] = await Promise.all([
                    __webpack_require__.e(/* import() */ 953).then(__webpack_require__.bind(__webpack_require__, 78953)),
                    __webpack_require__.e(/* import() */ 489).then(__webpack_require__.bind(__webpack_require__, 42489)),
                    __webpack_require__.e(/* import() */ 621).then(__webpack_require__.bind(__webpack_require__, 29621)),
                    __webpack_require__.e(/* import() */ 126).then(__webpack_require__.bind(__webpack_require__, 56745)),
                ]);
                const state = await deploymentStoreFor(ctx, loaded, { kind: stateKind, client });
                const held = await storeFor(loaded, environmentOf(loaded, environment), { store: state.store }).lockInfo(environment);
                // A stale lock file (its process is gone) is taken over by the next deploy: it holds nothing.
                return held && state.kind === 'local' && LockFile.isStale(held) ? undefined : held;
            },
        };
        const result = await runChatops({ eventName: ctx.env.GITHUB_EVENT_NAME, payload, loaded, dryRun: ctx.inputs.boolean('dry-run', false), runUrl }, { repository, feedback, executor, locks });
        return report(ctx, result);
    },
};
async function report(ctx, result) {
    for (const w of result.warnings)
        ctx.warning(w);
    writeOutputs(ctx, result);
    await ctx.writeReport('chatops', result);
    ctx.summary(summaryOf(result));
    ctx.info(`chatops: ${result.decision} (${result.code}): ${inert(result.reason)}`);
    return result.decision === 'failed' ? { failed: inert(result.reason) } : {};
}
/** What a command may spend in total waiting on a GitHub that does not answer (docs/chatops.md). */
const CHATOPS_UNANSWERED_BUDGET_MS = 60_000;
/** The budget; MODELSHIP_GITHUB_BUDGET_MS may shorten it (tests), never lengthen it past the documented bound. */
function unansweredBudgetMs(env) {
    const raw = env.MODELSHIP_GITHUB_BUDGET_MS?.trim();
    const n = raw ? Number(raw) : NaN;
    return Number.isFinite(n) && n >= 0 ? Math.min(n, CHATOPS_UNANSWERED_BUDGET_MS) : CHATOPS_UNANSWERED_BUDGET_MS;
}
function readEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return null;
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        return null;
    }
}
function writeOutputs(ctx, r) {
    ctx.setOutput('decision', r.decision);
    ctx.setOutput('reason-code', r.code);
    ctx.setOutput('reason', inert(r.reason));
    ctx.setOutput('command', r.command?.name ?? '');
    ctx.setOutput('model', r.command?.model ?? '');
    ctx.setOutput('version', r.command?.version ?? r.result?.version ?? '');
    ctx.setOutput('env', r.command?.env ?? '');
    ctx.setOutput('dry-run', r.command?.dryRun ?? false);
    // The SHA is given only when authorised: a workflow must never check out a commit we refused.
    ctx.setOutput('sha', r.decision === 'approved' || r.decision === 'done' || r.decision === 'failed' ? r.sha ?? '' : '');
    ctx.setOutput('actor', r.login && /^[A-Za-z0-9-]+(\[bot\])?$/.test(r.login) ? r.login : '');
    ctx.setOutput('pull-request', r.pullRequest ?? '');
}
/**
 * A reason may quote a refused argument or a branch name; in an output it must stay inert even in a careless
 * `run: echo "${{ steps.chatops.outputs.reason }}"`, so the characters a shell or an expression needs go.
 */
function inert(text) {
    return text.replace(/[`$\\{}|&;<>"]/g, '?').replace(/'/g, '’').replace(/[\r\n]+/g, ' ');
}
function summaryOf(r) {
    const icon = { ignored: '➖', refused: '👎', approved: '✅', done: '🚀', failed: '❌' }[r.decision];
    const rows = [
        ['Decision', `${r.decision} (\`${r.code}\`)`],
        ['Reason', inert(r.reason)],
    ];
    if (r.commandText)
        rows.push(['Command', `\`${r.commandText}\``]);
    if (r.login)
        rows.push(['Requested by', `\`${r.login}\``]);
    if (r.pullRequest)
        rows.push(['Pull request', `#${r.pullRequest}`]);
    if (r.sha)
        rows.push(['Pinned SHA', `\`${r.sha}\``]);
    if (r.replyUrl)
        rows.push(['Reply', `[comment](${r.replyUrl})`]);
    const lines = [`### ${icon} Modelship chatops: ${r.decision}`, '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
    if (r.passed.length > 0)
        lines.push('', '**Checks passed**', '', ...r.passed.map((p) => `- ${p.replace(/</g, '&lt;')}`));
    if (r.result?.steps.length) {
        lines.push('', '| Step | Status | Detail |', '| --- | --- | --- |', ...r.result.steps.map((s) => `| ${s.name} | ${s.status} | ${s.detail.replace(/\|/g, '\\|')} |`));
    }
    return lines.join('\n');
}


/***/ })

};
