export const id = 9054;
export const ids = [9054];
export const modules = {

/***/ 39054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planText: () => (/* binding */ planText),
/* harmony export */   plansMarkdown: () => (/* binding */ plansMarkdown),
/* harmony export */   releaseText: () => (/* binding */ releaseText),
/* harmony export */   releasesMarkdown: () => (/* binding */ releasesMarkdown)
/* harmony export */ });
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


/***/ })

};
