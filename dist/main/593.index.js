export const id = 593;
export const ids = [593];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chatopsAction: () => (/* binding */ chatopsAction),
/* harmony export */   inert: () => (/* binding */ inert)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
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
        const { mayBeCommand } = await __webpack_require__.e(/* import() */ 814).then(__webpack_require__.bind(__webpack_require__, 1814));
        // Every comment on every pull request starts this step: most are prose and are dismissed before the
        // configuration, Octokit or the engine are loaded.
        const body = payload?.comment?.body;
        if (ctx.env.GITHUB_EVENT_NAME === 'issue_comment' && typeof body === 'string' && !mayBeCommand(body)) {
            return report(ctx, (await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 6217))).ignored());
        }
        const loaded = await ctx.loadConfig();
        const { runChatops } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(217)]).then(__webpack_require__.bind(__webpack_require__, 6217));
        const mode = ctx.inputs.choice('mode', ['execute', 'approve'], 'execute');
        const { stateKindOf } = await __webpack_require__.e(/* import() */ 953).then(__webpack_require__.bind(__webpack_require__, 8953));
        const stateKind = stateKindOf(ctx);
        const token = ctx.inputs.string('github-token');
        const { createGitHubClient, repoFromEnv, requireToken } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584));
        const log = { debug: ctx.debug, warning: ctx.warning };
        const client = createGitHubClient({ token: requireToken(token, 'comment commands'), env: ctx.env, log });
        // Team data is the organisation's: the workflow's GITHUB_TOKEN cannot read it, so it may come with its own token.
        const orgToken = ctx.inputs.string('org-token');
        if (orgToken)
            ctx.secret(orgToken);
        const orgClient = orgToken ? createGitHubClient({ token: requireToken(orgToken, 'team membership lookups (input org-token)'), env: ctx.env, log }) : client;
        const repo = repoFromEnv(ctx.env);
        const { getPermissionLevel } = await __webpack_require__.e(/* import() */ 435).then(__webpack_require__.bind(__webpack_require__, 5435));
        const { getPullRequest } = await __webpack_require__.e(/* import() */ 139).then(__webpack_require__.bind(__webpack_require__, 2139));
        const { getCheckConclusions } = await __webpack_require__.e(/* import() */ 1).then(__webpack_require__.bind(__webpack_require__, 5382));
        const { getTeamMembership } = await __webpack_require__.e(/* import() */ 769).then(__webpack_require__.bind(__webpack_require__, 4769));
        const { addCommentReaction } = await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.bind(__webpack_require__, 8491));
        const { upsertStickyComment, updateStickyComment } = await __webpack_require__.e(/* import() */ 648).then(__webpack_require__.bind(__webpack_require__, 7648));
        const { GitHubApiError } = await __webpack_require__.e(/* import() */ 116).then(__webpack_require__.bind(__webpack_require__, 3116));
        const repository = {
            permissionOf: (username) => getPermissionLevel(client, { ...repo, username }),
            pullRequest: (pullNumber) => getPullRequest(client, { ...repo, pullNumber }),
            checkConclusions: (sha) => getCheckConclusions(client, { ...repo, sha }),
            teamMembership: (team, username) => getTeamMembership(orgClient, { org: repo.owner, teamSlug: team, username }),
        };
        // The reply is found (or created) once; every later update of this run rewrites it by id, one call each.
        let reply;
        const feedback = {
            react: async (commentId, content) => {
                await addCommentReaction(client, { ...repo, commentId, content });
            },
            reply: async (issueNumber, key, body) => {
                if (reply && reply.body === body)
                    return reply.url;
                if (reply) {
                    try {
                        const updated = await updateStickyComment(client, { ...repo, commentId: reply.id, key, body });
                        reply = { id: updated.id, url: updated.url, body };
                        return updated.url;
                    }
                    catch (err) {
                        // Deleted meanwhile: find or create it again.
                        if (!(err instanceof GitHubApiError && err.status === 404))
                            throw err;
                    }
                }
                const written = await upsertStickyComment(client, { ...repo, issueNumber, key, body });
                reply = { id: written.id, url: written.url, body };
                return written.url;
            },
        };
        const server = ctx.env.GITHUB_SERVER_URL || 'https://github.com';
        const runUrl = ctx.env.GITHUB_RUN_ID ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${ctx.env.GITHUB_RUN_ID}` : undefined;
        // The engine and its state are loaded only when an authorised command reaches them, with the state the
        // deploy action uses (the `state` input) and deployments recorded against the pinned head. /deploy stays
        // with the workflow's pinned checkout (DeployEngineExecutor.handles).
        const executor = mode === 'execute'
            ? {
                handles: (command) => command.name !== 'deploy',
                run: async (command, context) => {
                    const [{ deploymentStoreFor }, { DeployEngineExecutor }] = await Promise.all([__webpack_require__.e(/* import() */ 953).then(__webpack_require__.bind(__webpack_require__, 8953)), Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(327), __webpack_require__.e(21), __webpack_require__.e(418), __webpack_require__.e(370), __webpack_require__.e(413)]).then(__webpack_require__.bind(__webpack_require__, 413))]);
                    const state = await deploymentStoreFor(ctx, loaded, { ref: context.sha, kind: stateKind });
                    return new DeployEngineExecutor(loaded, { log: ctx.info, store: state.store, deploymentUrl: state.deploymentUrl }).run(command, context);
                },
            }
            : undefined;
        const result = await runChatops({ eventName: ctx.env.GITHUB_EVENT_NAME, payload, loaded, dryRun: ctx.inputs.boolean('dry-run', false), runUrl }, { repository, feedback, executor });
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
