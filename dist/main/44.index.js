export const id = 44;
export const ids = [44];
export const modules = {

/***/ 39663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  versionAction: () => (/* binding */ versionAction)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/version/config.ts
var config = __webpack_require__(25720);
;// CONCATENATED MODULE: ./src/version/render.ts
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** One block per model for people: the move, the tag, and every reason with its bump. */
function planText(plan) {
    const move = plan.bump === 'none' ? `${plan.current ?? '(unreleased)'} (no change)` : `${plan.current ?? '(none)'} -> ${plan.next} (${plan.bump})`;
    const lines = [`${plan.model}: ${move}${plan.tag && plan.bump !== 'none' ? `  tag ${plan.tag}` : ''}`];
    for (const r of plan.reasons)
        lines.push(`  ${r.bump.padEnd(5)}  ${r.kind.padEnd(9)}  ${r.message}`);
    if (plan.reasons.length === 0)
        lines.push(`  nothing of the model changed since ${plan.previousTag}`);
    return lines.join('\n');
}
function releaseText(r) {
    const head = r.status === 'nothing-to-release'
        ? `${r.model}: nothing to release (current ${r.version ?? 'none'})`
        : `${r.model}: ${r.dryRun ? 'would release' : r.status === 'already-released' ? 'already released' : 'released'} ${r.version} as ${r.tag}${r.url ? ` (${r.url})` : ''}`;
    const steps = r.steps.map((s) => `  ${s.status.padEnd(9)}  ${s.action.padEnd(12)}  ${s.target}${s.detail ? `  ${s.detail}` : ''}`);
    return [head, ...steps].join('\n');
}
/** The job summary / PR comment table of plans. */
function plansMarkdown(plans) {
    const lines = ['| Model | Current | Next | Bump | Tag |', '| --- | --- | --- | --- | --- |'];
    for (const p of plans)
        lines.push(`| ${p.model} | ${p.current ?? '—'} | ${p.next ?? '—'} | **${p.bump}** | ${p.bump === 'none' ? '—' : `\`${cell(p.tag ?? '')}\``} |`);
    for (const p of plans) {
        if (p.reasons.length === 0)
            continue;
        lines.push('', `<details><summary>${p.model}: ${p.reasons.length} reason(s)</summary>`, '', '| Bump | Kind | Change |', '| --- | --- | --- |');
        for (const r of p.reasons)
            lines.push(`| ${r.bump} | ${r.kind} | ${cell(r.message)} |`);
        lines.push('', '</details>');
    }
    return lines.join('\n');
}
function releasesMarkdown(results) {
    const lines = ['| Model | Version | Tag | Status | Steps |', '| --- | --- | --- | --- | --- |'];
    for (const r of results) {
        const status = r.dryRun && r.status === 'released' ? 'dry run' : r.status;
        const steps = r.steps.map((s) => `${s.action}: ${s.status}`).join(', ') || '—';
        const tag = r.tag ? (r.url ? `[\`${cell(r.tag)}\`](${r.url})` : `\`${cell(r.tag)}\``) : '—';
        lines.push(`| ${r.model} | ${r.version ?? '—'} | ${tag} | ${status} | ${steps} |`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/actions/version.ts



/**
 * The pre-release id: the `prerelease` input (`rc`, `pr`, `pr.<n>`, `none`), or by default on pull
 * requests the configured scheme (`pr` becomes `pr.<number>`), and none elsewhere.
 */
function prereleaseFor(ctx, loaded, pr) {
    const input = ctx.inputs.string('prerelease');
    const scheme = input ?? (pr !== undefined ? (0,config/* releaseSettings */.n)(loaded.config).prerelease : 'none');
    if (scheme === 'none')
        return undefined;
    if (scheme === 'pr') {
        if (pr === undefined)
            throw new errors.ModelshipError('input "prerelease" is "pr" but the event is not a pull request', { hint: 'use pr.<number> or rc' });
        return `pr.${pr}`;
    }
    return scheme;
}
/** Computes (and with `release: true` publishes) each model's next semantic version. */
const versionAction = {
    name: 'version',
    async run(ctx) {
        const loaded = await ctx.loadConfig();
        // Loaded after the configuration: the domain (git, semver, the ONNX reader) is start-up cost a failing run need not pay.
        const { planVersions, releaseModels } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(88), __webpack_require__.e(255), __webpack_require__.e(327), __webpack_require__.e(417), __webpack_require__.e(151)]).then(__webpack_require__.bind(__webpack_require__, 37151));
        const model = ctx.inputs.string('model');
        const release = ctx.inputs.boolean('release', false);
        const dryRun = ctx.inputs.boolean('dry-run', false);
        const floatingRaw = ctx.inputs.string('floating-major');
        const floatingMajor = floatingRaw === undefined ? undefined : ctx.inputs.boolean('floating-major', false);
        const pr = ctx.pullRequest()?.number;
        const prerelease = prereleaseFor(ctx, loaded, pr);
        const token = ctx.inputs.string('github-token');
        let plans;
        let results;
        if (release) {
            const { createGitHubClient, repoFromEnv, requireToken } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 96584));
            const { GitHubReleasePublisher } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 22382));
            const client = createGitHubClient({ token: requireToken(token, 'creating tags and releases'), env: ctx.env, log: { debug: ctx.debug, warning: ctx.warning } });
            const publisher = new GitHubReleasePublisher(client, repoFromEnv(ctx.env));
            results = await releaseModels(loaded, ctx.env, model, () => publisher, { dryRun, floatingMajor, prerelease });
            plans = results.map((r) => r.plan);
        }
        else {
            plans = await planVersions(loaded, ctx.env, model, { prerelease });
        }
        const join = (f) => plans.map((p) => f(p) ?? '').join(',');
        ctx.setOutput('model', join((p) => p.model));
        ctx.setOutput('current', join((p) => p.current));
        ctx.setOutput('next', join((p) => p.next));
        ctx.setOutput('bump', join((p) => p.bump));
        ctx.setOutput('tag', join((p) => p.tag));
        ctx.setOutput('released', String(results?.some((r) => r.status !== 'nothing-to-release' && !r.dryRun) ?? false));
        ctx.setOutput('versions', JSON.stringify(plans.map(({ model: m, current, next, bump, tag }) => ({ model: m, current, next, bump, tag }))));
        await ctx.writeReport('version', model === undefined ? (results ?? plans) : (results?.[0] ?? plans[0]));
        for (const p of plans) {
            if (p.bump !== 'major' || p.current === null)
                continue;
            const why = p.reasons.filter((r) => r.bump === 'major').map((r) => r.message).join('; ');
            ctx.annotate({ level: 'warning', title: `${p.model}: breaking change`, message: `${p.model} ${p.current} -> ${p.next} (major): ${why}`, location: loaded.locate(['models', p.model, 'path']) });
        }
        const markdown = [`### Model versions`, '', plansMarkdown(plans), ...(results ? ['', `### Releases${dryRun ? ' (dry run)' : ''}`, '', releasesMarkdown(results)] : [])].join('\n');
        ctx.summary(markdown);
        if (ctx.inputs.boolean('comment', true))
            await ctx.stickyComment('version', markdown);
        for (const p of plans)
            ctx.info(p.bump === 'none' ? `${p.model}: ${p.current ?? 'unreleased'} (no change)` : `${p.model}: ${p.current ?? '(none)'} -> ${p.next} (${p.bump})`);
    },
};


/***/ }),

/***/ 25720:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ releaseSettings)
/* harmony export */ });
function releaseSettings(config) {
    const raw = (config.release ?? {});
    return {
        initialVersion: raw.initialVersion ?? '0.1.0',
        floatingMajor: raw.floatingMajor ?? false,
        prerelease: raw.prerelease ?? 'pr',
        cleanTree: raw.cleanTree ?? 'model',
        remote: raw.remote ?? 'origin',
        notes: {
            cardExcerptChars: raw.notes?.cardExcerptChars ?? 600,
            maxMetrics: raw.notes?.maxMetrics ?? 40,
            signature: raw.notes?.signature ?? true,
            checksums: raw.notes?.checksums ?? true,
        },
    };
}


/***/ })

};
