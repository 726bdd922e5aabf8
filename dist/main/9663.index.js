export const id = 9663;
export const ids = [9663,6706];
export const modules = {

/***/ 39663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  versionAction: () => (/* binding */ versionAction)
});

// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
;// CONCATENATED MODULE: ./src/version/render.ts

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
        lines.push(`| ${p.model} | ${p.current ?? '—'} | ${p.next ?? '—'} | **${p.bump}** | ${p.bump === 'none' ? '—' : `\`${(0,markdown/* tableCell */.xR)(p.tag ?? '')}\``} |`);
    for (const p of plans) {
        if (p.reasons.length === 0)
            continue;
        lines.push('', `<details><summary>${p.model}: ${p.reasons.length} reason(s)</summary>`, '', '| Bump | Kind | Change |', '| --- | --- | --- |');
        for (const r of p.reasons)
            lines.push(`| ${r.bump} | ${r.kind} | ${(0,markdown/* tableCell */.xR)(r.message)} |`);
        lines.push('', '</details>');
    }
    return lines.join('\n');
}
function releasesMarkdown(results) {
    const lines = ['| Model | Version | Tag | Status | Steps |', '| --- | --- | --- | --- | --- |'];
    for (const r of results) {
        const status = r.dryRun && r.status === 'released' ? 'dry run' : r.status;
        const steps = r.steps.map((s) => `${s.action}: ${s.status}`).join(', ') || '—';
        const tag = r.tag ? (r.url ? `[\`${(0,markdown/* tableCell */.xR)(r.tag)}\`](${r.url})` : `\`${(0,markdown/* tableCell */.xR)(r.tag)}\``) : '—';
        lines.push(`| ${r.model} | ${r.version ?? '—'} | ${tag} | ${status} | ${steps} |`);
    }
    return lines.join('\n');
}
/** The version action's job summary and comment: the plans, then the releases when it released. */
function versionSummaryMarkdown(plans, results, dryRun) {
    return [`### Model versions`, '', plansMarkdown(plans), ...(results ? ['', `### Releases${dryRun ? ' (dry run)' : ''}`, '', releasesMarkdown(results)] : [])].join('\n');
}

// EXTERNAL MODULE: ./src/actions/runtime/main.ts + 4 modules
var main = __webpack_require__(70445);
;// CONCATENATED MODULE: ./src/actions/version.ts


/** Computes (and with `release: true` publishes) each model's next semantic version. */
const versionAction = {
    name: 'version',
    async run(ctx) {
        const loaded = await ctx.loadConfig();
        // Loaded after the configuration: the domain (git, semver, the ONNX reader) is start-up cost a failing run need not pay.
        const [{ planVersions, releaseModels }, { prereleaseOf }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(1221), __webpack_require__.e(2088), __webpack_require__.e(2773), __webpack_require__.e(9607), __webpack_require__.e(3582), __webpack_require__.e(1464), __webpack_require__.e(7417), __webpack_require__.e(6031)]).then(__webpack_require__.bind(__webpack_require__, 36031)), __webpack_require__.e(/* import() */ 7709).then(__webpack_require__.bind(__webpack_require__, 47709))]);
        const model = ctx.inputs.string('model');
        const release = ctx.inputs.boolean('release', false);
        const dryRun = ctx.inputs.boolean('dry-run', false);
        const floatingRaw = ctx.inputs.string('floating-major');
        const floatingMajor = floatingRaw === undefined ? undefined : ctx.inputs.boolean('floating-major', false);
        const prerelease = prereleaseOf(ctx.inputs.string('prerelease'), loaded, ctx.pullRequest()?.number, 'input "prerelease"');
        let plans;
        let results;
        if (release) {
            const { gitHubReleasePublisher } = await Promise.all(/* import() */[__webpack_require__.e(4239), __webpack_require__.e(2382)]).then(__webpack_require__.bind(__webpack_require__, 22382));
            const publisher = await gitHubReleasePublisher({ token: ctx.inputs.string('github-token'), env: ctx.env, log: { debug: ctx.debug, warning: ctx.warning } });
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
        const markdown = versionSummaryMarkdown(plans, results, dryRun);
        ctx.summary(markdown);
        if (ctx.inputs.boolean('comment', true))
            await ctx.stickyComment('version', markdown);
        for (const p of plans)
            ctx.info(p.bump === 'none' ? `${p.model}: ${p.current ?? 'unreleased'} (no change)` : `${p.model}: ${p.current ?? '(none)'} -> ${p.next} (${p.bump})`);
    },
};
/** Runs the action with the runner's environment: the entry point `dist/version/index.js` calls it. */
function run() {
    return (0,main/* runActionSpec */.v)(versionAction);
}


/***/ }),

/***/ 16706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q4: () => (/* binding */ withoutHtml),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/* unused harmony export tableRow */
/**
 * Markdown for job summaries, pull-request comments and release notes (GitHub-flavoured Markdown).
 * One place decides what makes a table cell safe, so every table escapes the same way.
 */
/**
 * Text for one cell of a GFM table: a `|` would end the cell and a line break the row, so pipes are escaped
 * (GFM unescapes them before the cell's inline content is read, inside code spans too) and line breaks become
 * spaces.
 */
function tableCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ');
}
/** Text that must not open an HTML tag (untrusted text in a comment): `<` becomes `&lt;`, which GitHub shows as `<`. */
function withoutHtml(text) {
    return text.replace(/</g, '&lt;');
}
/** One table row from cells that are already Markdown. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}


/***/ })

};
