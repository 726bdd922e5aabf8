export const id = 8945;
export const ids = [8945];
export const modules = {

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/**
 * A duration in milliseconds from `90`, `1.5s`, `30s`, `5m`, `1h`, `2d`, `1w` or a compound `1h30m`.
 * A bare number is seconds (as in modelship.yml). `what` names the field for the error.
 */
function parseDuration(value, what) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what}: expected a duration >= 0, got ${value}`);
        return value * 1000;
    }
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/gy;
    let total = 0;
    let consumed = 0;
    let match;
    while ((match = re.exec(text)) !== null) {
        total += Number(match[1]) * UNITS[match[2]];
        consumed = re.lastIndex;
    }
    if (text === '' || consumed !== text.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what}: "${value}" is not a duration`, { hint: 'use a number of seconds or e.g. 500ms, 30s, 5m, 1h30m, 2d' });
    }
    return total;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
    if (ms < 3_600_000)
        return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
    return `${Math.floor(ms / 3_600_000)}h${Math.round((ms % 3_600_000) / 60_000)}m`;
}


/***/ }),

/***/ 90419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CommitFiles: () => (/* reexport */ commit_files/* CommitFiles */.d),
  RUBRIC: () => (/* reexport */ rubric/* RUBRIC */.yM),
  RUBRIC_BY_ID: () => (/* reexport */ rubric/* RUBRIC_BY_ID */.Gu),
  SECTIONS: () => (/* reexport */ rubric/* SECTIONS */.bP),
  SECTION_TITLES: () => (/* reexport */ rubric/* SECTION_TITLES */._Z),
  TEST_IDS: () => (/* reexport */ rubric/* TEST_IDS */.Y9),
  WorkingTree: () => (/* reexport */ working_tree/* WorkingTree */.a),
  bandFor: () => (/* reexport */ bands/* bandFor */.z),
  compareReports: () => (/* reexport */ compare/* compareReports */.l),
  computeScore: () => (/* reexport */ scoring/* computeScore */.gp),
  formatScore: () => (/* reexport */ badge/* formatScore */.y),
  nextSteps: () => (/* reexport */ next_steps/* nextSteps */.Z),
  parseBaseReport: () => (/* reexport */ compare/* parseBaseReport */.N),
  pointsFor: () => (/* reexport */ scoring/* pointsFor */.vt),
  renderBadge: () => (/* reexport */ badge/* renderBadge */._),
  renderMarkdown: () => (/* reexport */ markdown/* renderMarkdown */.G),
  renderText: () => (/* reexport */ renderText),
  scoreAtRef: () => (/* reexport */ base/* scoreAtRef */.t),
  scoreProject: () => (/* reexport */ project/* scoreProject */.W),
  scoreRepository: () => (/* reexport */ evaluate/* scoreRepository */.p),
  writeAtomically: () => (/* reexport */ project/* writeAtomically */.v)
});

// EXTERNAL MODULE: ./src/score/project.ts
var project = __webpack_require__(85735);
// EXTERNAL MODULE: ./src/score/evaluate.ts + 22 modules
var evaluate = __webpack_require__(73414);
// EXTERNAL MODULE: ./src/score/base.ts
var base = __webpack_require__(30441);
// EXTERNAL MODULE: ./src/score/compare.ts
var compare = __webpack_require__(33269);
// EXTERNAL MODULE: ./src/score/scoring.ts
var scoring = __webpack_require__(34103);
// EXTERNAL MODULE: ./src/score/bands.ts
var bands = __webpack_require__(78710);
// EXTERNAL MODULE: ./src/score/badge.ts
var badge = __webpack_require__(78793);
// EXTERNAL MODULE: ./src/score/render/markdown.ts
var markdown = __webpack_require__(97610);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/score/rubric.ts
var rubric = __webpack_require__(12037);
;// CONCATENATED MODULE: ./src/score/render/text.ts




const MARK = { automated: '●', manual: '◐', missing: '○' };
/** The report for a terminal: sections with every test, then next steps and findings. */
function renderText(report, style, cwd = process.cwd(), options = {}) {
    const rel = (f) => {
        const r = external_node_path_default().relative(cwd, f);
        return r.startsWith('..') ? f : r || '.';
    };
    const lines = [];
    const head = `ML Test Score ${(0,badge/* formatScore */.y)(report.score)} / 7 — band ${report.band}: ${report.bandDescription}`;
    lines.push(style.bold(head));
    for (const s of rubric/* SECTIONS */.bP) {
        const detail = report.sectionDetail.find((d) => d.id === s);
        const weakest = report.weakestSections.includes(s) ? style.yellow(' (weakest)') : '';
        const raw = detail.score !== detail.points ? ` (${(0,badge/* formatScore */.y)(detail.points)} of ${detail.applicable} applicable)` : '';
        lines.push('', `${style.bold(rubric/* SECTION_TITLES */._Z[s])} ${detail.excluded ? 'excluded' : (0,badge/* formatScore */.y)(detail.score)}${raw}${weakest}`);
        for (const t of report.tests.filter((x) => x.section === s)) {
            const mark = t.status === 'automated' ? style.green(MARK.automated) : t.status === 'manual' ? style.yellow(MARK.manual) : MARK.missing;
            const credited = t.evidence.find((e) => e.credited);
            const status = t.applicable ? t.status : `not applicable: ${t.notApplicableReason}`;
            lines.push(`  ${mark} ${t.id.padEnd(9)} ${(0,badge/* formatScore */.y)(t.points).padStart(3)}  ${t.title} ${style.dim(`[${status}]`)}`);
            if (options.explain)
                lines.push(...explainTest(t, style, rel));
            else if (credited)
                lines.push(style.dim(`      ${credited.description}`));
            else
                for (const e of t.evidence.slice(0, 2))
                    lines.push(style.dim(`      ✘ ${e.description}${e.problem ? ` — ${e.problem}` : ''}`));
        }
    }
    const c = report.comparison;
    if (c) {
        lines.push('', `Against ${c.baseLabel}: ${(0,badge/* formatScore */.y)(c.baseScore)} → ${(0,badge/* formatScore */.y)(report.score)} (${c.scoreDelta >= 0 ? '+' : ''}${(0,badge/* formatScore */.y)(c.scoreDelta)})`);
        for (const ch of c.changes)
            lines.push(`  ${ch.id}: ${ch.from} → ${ch.to}`);
    }
    if (report.nextSteps.length > 0) {
        lines.push('', style.bold('Next steps (cheapest first, in the weakest section):'));
        report.nextSteps.forEach((n, i) => lines.push(`  ${i + 1}. ${n.test} ${n.title} (effort ${n.effort}/5; score after: ${(0,badge/* formatScore */.y)(n.scoreAfter)})`, style.dim(`     ${n.how}`)));
    }
    if (report.findings.length > 0) {
        lines.push('', style.bold(`Findings (${report.findings.length}):`));
        for (const f of report.findings) {
            const where = f.location ? `${(0,errors/* formatLocation */.j$)({ ...f.location, file: rel(f.location.file) })}: ` : '';
            const tag = f.severity === 'error' ? style.red('error') : f.severity === 'warning' ? style.yellow('warning') : 'note';
            lines.push(`  ${tag} ${where}${f.message}${f.hint ? style.dim(` (${f.hint})`) : ''}`);
        }
    }
    if (report.minimum !== null) {
        lines.push('', report.passed ? style.pass(`score ${(0,badge/* formatScore */.y)(report.score)} meets the minimum ${(0,badge/* formatScore */.y)(report.minimum)}`) : style.fail(`score ${(0,badge/* formatScore */.y)(report.score)} is below the minimum ${(0,badge/* formatScore */.y)(report.minimum)}`));
    }
    return lines.join('\n');
}
/**
 * `score --explain`: for each point, the evidence that earns it and every fact Modelship checked to count
 * it; then the evidence that earned nothing and why.
 */
function explainTest(t, style, rel) {
    const lines = [];
    const where = (l) => (l ? ` (${rel(l.file)}${l.line ? `:${l.line}` : ''})` : '');
    const earning = t.evidence.find((e) => e.credited && (t.status === 'automated' ? e.level === 'automated' : true));
    if (earning) {
        lines.push(`      ${style.green('✔')} ${(0,badge/* formatScore */.y)(t.points)} point${t.points === 1 ? '' : 's'} from ${earning.source} ${earning.kind} evidence${where(earning.location)}: ${earning.description}`);
        for (const p of earning.proof ?? [])
            lines.push(style.dim(`          because ${p}`));
        if (earning.declaredAt)
            lines.push(style.dim(`          declared at ${rel(earning.declaredAt.file)}${earning.declaredAt.line ? `:${earning.declaredAt.line}` : ''}`));
    }
    else if (t.applicable) {
        lines.push(style.dim(`      0 points: ${t.evidence.length === 0 ? 'no evidence configured or detected' : 'no evidence holds'}`));
    }
    for (const e of t.evidence.filter((x) => x !== earning)) {
        lines.push(style.dim(`      ${e.credited ? '·' : '✘'} ${e.source} ${e.kind}${where(e.location)}: ${e.description}${e.problem ? ` — earns nothing: ${e.problem}` : e.credited ? ' (also holds)' : ''}`));
    }
    return lines;
}

// EXTERNAL MODULE: ./src/score/next-steps.ts
var next_steps = __webpack_require__(38163);
// EXTERNAL MODULE: ./src/score/repo/working-tree.ts
var working_tree = __webpack_require__(23209);
// EXTERNAL MODULE: ./src/score/repo/commit-files.ts
var commit_files = __webpack_require__(52);
;// CONCATENATED MODULE: ./src/score/index.ts
/** The ML Test Score capability: public API for the CLI, the action and the demo. */















/***/ })

};
