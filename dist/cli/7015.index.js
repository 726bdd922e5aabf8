export const id = 7015;
export const ids = [7015];
export const modules = {

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


/***/ }),

/***/ 37015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeBandit: () => (/* binding */ describeBandit),
/* harmony export */   renderLockMarkdown: () => (/* binding */ renderLockMarkdown),
/* harmony export */   renderResultMarkdown: () => (/* binding */ renderResultMarkdown),
/* harmony export */   renderResultText: () => (/* binding */ renderResultText),
/* harmony export */   renderStatusMarkdown: () => (/* binding */ renderStatusMarkdown),
/* harmony export */   renderStatusText: () => (/* binding */ renderStatusText),
/* harmony export */   stepsChart: () => (/* binding */ stepsChart)
/* harmony export */ });
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16706);

/** Text for people: outcome first, then each step. */
function renderResultText(r) {
    const head = `${r.dryRun ? '[dry run] ' : ''}${r.outcome.toUpperCase()}: ${r.message}`;
    const lines = r.steps.map((s) => `  ${s.status.padEnd(8)} ${s.name}${s.detail ? ` — ${s.detail.split('\n')[0]}` : ''}`);
    const mirror = r.mirror ? [`  mirror ${r.mirror.state}${r.mirror.source ? ` (${r.mirror.source})` : ''}: ${r.mirror.reason}`] : [];
    const bandit = r.bandit ? [`  bandit ${describeBandit(r.bandit)}`] : [];
    return [head, `  environment ${r.environment} · model ${r.model} · strategy ${r.strategy} · provider ${r.provider}`, ...mirror, ...bandit, ...lines].join('\n');
}
/** One line of a bandit experiment: the decision, then each arm's share, probability of being best and mean reward. */
function describeBandit(b) {
    const arms = b.arms.map((a) => `${a} ${(b.allocation[a] * 100).toFixed(1)}% (P(best) ${b.probabilityBest[a].toFixed(3)}, mean reward ${b.means[a].toFixed(3)})`).join(' · ');
    const decided = b.decidedBy === 'bound' ? `winner ${b.winner}` : b.decidedBy === 'undecided' ? 'undecided' : `ended by ${b.decidedBy}`;
    return `${decided} after ${b.rewards} rewards, estimated regret ${b.regret.toFixed(2)}: ${arms}`;
}
function renderStatusText(s) {
    if (s.environments.length === 0)
        return 'no environments configured';
    return s.environments
        .map((e) => {
        const extra = [
            e.interrupted ? `  INTERRUPTED: ${e.interrupted.version} at "${e.interrupted.step}" (${e.interrupted.id}) — resume: modelship deploy ${e.environment} --resume, or go back: modelship rollback ${e.environment}` : '',
            e.disagreement ? `  STATE AND PROVIDER DISAGREE: ${e.disagreement} — deploys are refused until reconciled: restore the state, or record what the provider serves: modelship adopt ${e.environment}` : '',
            // Healthy is what the first line already says; the other phases need their own line.
            e.rollout && e.rollout.phase !== 'Healthy' ? `  rollout ${rolloutLine(e.rollout)}` : '',
            ...(e.recovered ?? []).map((m) => `  RECOVERED: ${m}`),
            e.lock ? `  locked by ${e.lock.owner} since ${e.lock.createdAt}: ${e.lock.reason}${e.lock.stale ? ` (STALE: process ${e.lock.pid} on ${e.lock.host} is gone, or the lock is over 24 h old; the next deploy takes it over)` : ''}` : '',
        ].filter(Boolean);
        const live = e.liveVersion ?? (e.disagreement ? '(nothing live according to the state)' : '(nothing live)');
        return [`${e.environment} / ${e.model}: ${live} via ${e.provider}/${e.strategy}; rollback would restore ${e.rollbackTarget ?? '(nothing)'}`, ...extra].join('\n');
    })
        .join('\n');
}
/** `Paused at step 1/2 (25%): why — last analysis: ...` */
function rolloutLine(r) {
    const at = r.stepNumber !== null ? ` at step ${r.stepNumber}${r.stepCount !== null ? `/${r.stepCount}` : ''}` : '';
    const weight = r.weight !== null && r.phase !== 'Healthy' ? ` (${r.version} at ${r.weight}%)` : '';
    const analysis = r.analysis ? ` — last analysis (${r.analysis.name}): ${r.analysis.status}${r.analysis.detail ? `, ${r.analysis.detail.split('\n')[0]}` : ''}` : '';
    return `${r.phase}${at}${weight}: ${r.message}${analysis}`;
}
/** The rollout's steps as a Mermaid flowchart: one node per step, coloured by how it ended. */
function stepsChart(steps) {
    const shown = steps.filter((s) => s.status !== 'started');
    if (shown.length === 0)
        return [];
    const label = (s) => `${s.name} · ${s.status}${s.weights ? ` · ${Object.entries(s.weights).map(([v, w]) => `${v} ${w}%`).join(' / ')}` : ''}`.replace(/["<>`#;]/g, "'");
    const cls = (s) => (s.status === 'failed' ? 'bad' : s.status === 'reverted' ? 'back' : s.status === 'skipped' || s.status === 'planned' ? 'skip' : 'ok');
    return [
        '```mermaid',
        'flowchart LR',
        ...shown.map((s, i) => `  s${i}["${label(s)}"]:::${cls(s)}${i > 0 ? `\n  s${i - 1} --> s${i}` : ''}`),
        '  classDef ok fill:#dafbe1,stroke:#1a7f37',
        '  classDef bad fill:#ffebe9,stroke:#cf222e',
        '  classDef back fill:#fff8c5,stroke:#9a6700',
        '  classDef skip fill:#f6f8fa,stroke:#8c959f',
        '```',
    ];
}
/** Markdown for job summaries and the demo: a steps table and a Mermaid chart of the candidate's weight. */
function renderResultMarkdown(r) {
    const icon = r.outcome === 'aborted' ? '❌' : r.outcome === 'noop' || r.outcome === 'planned' ? 'ℹ️' : '✅';
    const mirror = r.mirror ? ['', `**Mirror ${r.mirror.state}**: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.mirror.reason)}`] : r.bandit ? ['', `**Bandit**: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(describeBandit(r.bandit))}`] : [];
    const rows = r.steps.map((s) => `| ${s.name} | ${s.status} | ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(s.detail.split('\n')[0] ?? '')} |`);
    const out = [`### ${icon} ${r.outcome}: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.message)}`, '', `| Environment | Model | Version | Previous | Strategy | Provider |`, '| --- | --- | --- | --- | --- | --- |', `| ${r.environment} | ${r.model} | ${r.version ?? '—'} | ${r.previousVersion ?? '—'} | ${r.strategy} | ${r.provider} |`, ...mirror, '', '| Step | Status | Detail |', '| --- | --- | --- |', ...rows];
    out.push('', ...stepsChart(r.steps));
    const weights = r.steps.filter((s) => s.weights && r.version !== null).map((s) => s.weights[r.version] ?? 0);
    if (weights.length > 1) {
        out.push('', '```mermaid', 'xychart-beta', `  title "${r.version} traffic share by step"`, `  x-axis [${weights.map((_, i) => i + 1).join(', ')}]`, '  y-axis "weight %" 0 --> 100', `  line [${weights.join(', ')}]`, '```');
    }
    return out.join('\n');
}
/** Markdown for job summaries: one row per environment and model. */
function renderStatusMarkdown(s) {
    const rows = s.environments.map((e) => `| ${e.environment} | ${e.model} | ${e.liveVersion ?? '—'} | ${e.rollout ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(rolloutLine(e.rollout)) : '—'} | ${e.rollbackTarget ?? '—'} | ${e.lock ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(e.lock.owner) : '—'} | ${e.interrupted ? (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(`${e.interrupted.version} at ${e.interrupted.step}`) : '—'} |`);
    return ['### Deployments', '', '| Environment | Model | Live | Rollout | Rollback would restore | Lock | Interrupted |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
/** Markdown for job summaries: what lock or unlock did, and who holds the lock now. */
function renderLockMarkdown(r) {
    const held = r.lock ? `held by ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.lock.owner)}${r.lock.reason ? `: ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.lock.reason)}` : ''}` : 'not locked';
    return [`### ${r.lock ? '🔒' : '🔓'} ${(0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(r.message)}`, '', `| Environment | Lock |`, '| --- | --- |', `| ${r.environment} | ${held} |`].join('\n');
}


/***/ })

};
