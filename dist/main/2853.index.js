export const id = 2853;
export const ids = [2853,6706];
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

/***/ 62853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CommitFiles: () => (/* reexport */ CommitFiles),
  RUBRIC: () => (/* reexport */ RUBRIC),
  RUBRIC_BY_ID: () => (/* reexport */ RUBRIC_BY_ID),
  SECTIONS: () => (/* reexport */ SECTIONS),
  SECTION_TITLES: () => (/* reexport */ SECTION_TITLES),
  TEST_IDS: () => (/* reexport */ TEST_IDS),
  WorkingTree: () => (/* reexport */ WorkingTree),
  bandFor: () => (/* reexport */ bandFor),
  compareReports: () => (/* reexport */ compareReports),
  computeScore: () => (/* reexport */ computeScore),
  formatScore: () => (/* reexport */ formatScore),
  nextSteps: () => (/* reexport */ nextSteps),
  parseBaseReport: () => (/* reexport */ parseBaseReport),
  pointsFor: () => (/* reexport */ pointsFor),
  renderBadge: () => (/* reexport */ renderBadge),
  renderMarkdown: () => (/* reexport */ renderMarkdown),
  renderText: () => (/* reexport */ renderText),
  scoreAtRef: () => (/* reexport */ scoreAtRef),
  scoreProject: () => (/* reexport */ scoreProject),
  scoreRepository: () => (/* reexport */ scoreRepository),
  writeAtomically: () => (/* reexport */ writeAtomically)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/score/bands.ts
const BANDS = [
    { upTo: 0, label: '0', description: 'More of a research project than a productionized system.', color: '#e05d44' },
    { upTo: 1, label: '(0,1]', description: 'Not totally untested, but it is worth considering the possibility of serious holes in reliability.', color: '#fe7d37' },
    { upTo: 2, label: '(1,2]', description: "There's been first pass at basic productionization, but additional investment may be needed.", color: '#dfb317' },
    { upTo: 3, label: '(2,3]', description: "Reasonably tested, but it's possible that more of those tests and procedures may be automated.", color: '#a4a61d' },
    { upTo: 5, label: '(3,5]', description: 'Strong levels of automated testing and monitoring, appropriate for mission-critical systems.', color: '#97ca00' },
    { upTo: Infinity, label: '>5', description: 'Exceptional levels of automated testing and monitoring.', color: '#4c1' },
];
function bandFor(score) {
    const found = BANDS.find((b) => score <= b.upTo) ?? BANDS[BANDS.length - 1];
    return { label: found.label, description: found.description, color: found.color };
}
const BAND_LABELS = BANDS.map((b) => b.label);

;// CONCATENATED MODULE: ./src/score/badge.ts

/** Approximate advance widths of Verdana 11px (the usual badge font), so the badge fits its text. */
function textWidth(s) {
    let w = 0;
    for (const c of s)
        w += /[il.,:;|!']/.test(c) ? 3.5 : /[mwMW]/.test(c) ? 10 : /[A-Z0-9]/.test(c) ? 7.5 : 6.5;
    return Math.ceil(w);
}
function escapeXml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
function formatScore(score) {
    return Number.isInteger(score) ? `${score}` : `${Math.round(score * 100) / 100}`;
}
/** A self-contained SVG badge "ML Test Score | 2.5 / 7", coloured by Table V band. No third-party service. */
function renderBadge(score, label = 'ML Test Score') {
    const band = bandFor(score);
    const value = `${formatScore(score)} / 7`;
    const lw = textWidth(label) + 12;
    const vw = textWidth(value) + 12;
    const w = lw + vw;
    const title = `${label}: ${value} — ${band.label}: ${band.description}`;
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${escapeXml(`${label}: ${value}`)}">`,
        `  <title>${escapeXml(title)}</title>`,
        '  <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>',
        `  <clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>`,
        '  <g clip-path="url(#r)">',
        `    <rect width="${lw}" height="20" fill="#555"/>`,
        `    <rect x="${lw}" width="${vw}" height="20" fill="${band.color}"/>`,
        `    <rect width="${w}" height="20" fill="url(#s)"/>`,
        '  </g>',
        '  <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">',
        `    <text x="${lw / 2}" y="14">${escapeXml(label)}</text>`,
        `    <text x="${lw + vw / 2}" y="14">${escapeXml(value)}</text>`,
        '  </g>',
        '</svg>',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/core/config.ts + 2 modules
var config = __webpack_require__(13582);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
;// CONCATENATED MODULE: ./src/score/config.ts

const DEFAULT_MANUAL_MAX_AGE = '180d';
const DEFAULT_EXPIRY_WARNING = '30d';
const DEFAULT_COMMAND_TIMEOUT = '120s';
/** Reads `score:` from a validated configuration (the schema has checked the shapes). */
function readScoreSettings(loaded) {
    const section = (loaded.config.score ?? {});
    const auto = section.autoDetect;
    const all = auto === undefined || auto === true;
    const autoDetect = typeof auto === 'object'
        ? { modelship: auto.modelship ?? true, tests: auto.tests ?? true, dependencies: auto.dependencies ?? true }
        : { modelship: all, tests: all, dependencies: all };
    return {
        minimum: section.minimum ?? null,
        ...(section.defaultBranch ? { defaultBranch: section.defaultBranch } : {}),
        notApplicable: section.notApplicable ?? 'zero',
        manualMaxAgeMs: (0,duration/* parseDuration */.E)(section.manualMaxAge ?? DEFAULT_MANUAL_MAX_AGE, 'score.manualMaxAge'),
        expiryWarningMs: (0,duration/* parseDuration */.E)(section.expiryWarning ?? DEFAULT_EXPIRY_WARNING, 'score.expiryWarning'),
        commandTimeoutMs: (0,duration/* parseDuration */.E)(section.commandTimeout ?? DEFAULT_COMMAND_TIMEOUT, 'score.commandTimeout'),
        autoDetect,
        tests: section.tests ?? {},
        locate: (keyPath) => loaded.locate(['score', ...keyPath]),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/score/evidence/verifier.ts
function notCredited(description, problem, findings = [], location) {
    return { credited: false, description, problem, findings, location };
}

;// CONCATENATED MODULE: ./src/score/evidence/config-file.ts



/** Files whose mere presence proves nothing: they are parsed and must actually configure updates. */
const DEPENDABOT_FILES = ['.github/dependabot.yml', '.github/dependabot.yaml'];
const RENOVATE_FILES = ['renovate.json', 'renovate.json5', '.github/renovate.json', '.github/renovate.json5', '.gitlab/renovate.json', '.renovaterc', '.renovaterc.json', '.renovaterc.json5'];
/** A Dependabot file configures updates when it has `version: 2` and at least one complete `updates` entry. */
function checkDependabot(text) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (err) {
        return `it is not valid YAML (${err.message.split('\n')[0]})`;
    }
    const root = (doc ?? {});
    if (root.version !== 2)
        return 'it lacks `version: 2`';
    const updates = Array.isArray(root.updates) ? root.updates : [];
    const complete = updates.filter((u) => {
        const e = (u ?? {});
        return typeof e['package-ecosystem'] === 'string' && typeof (e.schedule ?? {}).interval === 'string';
    });
    return complete.length === 0 ? 'it has no `updates` entry with a package-ecosystem and a schedule interval' : undefined;
}
/** Renovate JSON must parse and not be switched off; JSON5 files are accepted when not switched off. */
function checkRenovate(file, text) {
    if (/"?enabled"?\s*:\s*false/.test(text))
        return 'it is switched off (`enabled: false`)';
    if (file.endsWith('.json5'))
        return text.trim() === '' ? 'it is empty' : undefined;
    try {
        const doc = JSON.parse(text);
        return doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? undefined : 'it is not a JSON object';
    }
    catch (err) {
        return `it is not valid JSON (${err.message})`;
    }
}
function isKnownConfigFile(file) {
    return DEPENDABOT_FILES.includes(file) || RENOVATE_FILES.includes(file) || /(^|\/)renovate\.json5?$/.test(file);
}
/** What a known file proves, checked by its own rules; undefined for files Modelship does not know. */
function checkKnownConfigFile(file, text) {
    if (DEPENDABOT_FILES.includes(file))
        return checkDependabot(text);
    return checkRenovate(file, text);
}
function isEmpty(v) {
    return v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);
}
/** Each dotted key path that the YAML or JSON document lacks (or holds empty), or why it cannot be read. */
function missingKeys(text, keys) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (err) {
        return { problem: `it is not YAML or JSON (${err.message.split('\n')[0]}), so its keys cannot be checked`, missing: keys };
    }
    if (doc === null || typeof doc !== 'object')
        return { problem: 'it is not a YAML or JSON mapping, so its keys cannot be checked', missing: keys };
    const missing = keys.filter((key) => {
        let v = doc;
        for (const part of key.split('.')) {
            if (v === null || typeof v !== 'object')
                return true;
            v = Array.isArray(v) ? (/^\d+$/.test(part) ? v[Number(part)] : undefined) : v[part];
        }
        return isEmpty(v);
    });
    return { missing };
}
/**
 * A configuration file that makes a service run the test. It must say what it proves: Dependabot and
 * Renovate files are parsed by their own rules; any other file must be YAML or JSON holding the given keys
 * with non-empty values (`config: {file: monitoring/alerts.yml, key: groups.0.rules}`). A bare path to
 * any other file is not evidence: a non-empty README proves nothing.
 */
const configFileVerifier = {
    kind: 'config-file',
    level: 'automated',
    async verify(config, ctx, keyPath, testId) {
        const file = (typeof config === 'string' ? config : config.file).replace(/^\.\//, '');
        const keys = typeof config === 'string' || config.key === undefined ? [] : Array.isArray(config.key) ? config.key : [config.key];
        const description = `configuration file ${file}${keys.length ? ` with ${keys.join(', ')}` : ''}`;
        const text = await ctx.repo.readText(file);
        if (text === undefined) {
            return notCredited(description, `${file} does not exist`, [{
                    severity: 'error', code: 'evidence-path-missing', test: testId,
                    message: `${testId}: configuration file "${file}" does not exist in ${ctx.repo.label}`,
                    location: ctx.settings.locate(keyPath), hint: 'paths are relative to the repository root',
                }]);
        }
        const location = { file: external_node_path_default().join(ctx.repo.root, file) };
        const fail = (problem, hint) => notCredited(description, `${file}: ${problem}`, [{ severity: 'error', code: 'evidence-config-invalid', test: testId, message: `${testId}: ${file} is no evidence: ${problem}`, location: ctx.settings.locate(keyPath), ...(hint ? { hint } : {}) }], location);
        const proof = [];
        if (isKnownConfigFile(file)) {
            const problem = checkKnownConfigFile(file, text);
            if (problem)
                return fail(problem);
            proof.push(DEPENDABOT_FILES.includes(file) ? `${file} has \`version: 2\` and an \`updates\` entry with a package-ecosystem and a schedule interval` : `${file} is a Renovate configuration that is not switched off`);
        }
        else if (keys.length === 0) {
            return fail('Modelship cannot tell what this file automates', `name the key(s) it must contain: config: {file: ${file}, key: <dotted.path>}`);
        }
        if (keys.length > 0) {
            const { problem, missing } = missingKeys(text, keys);
            if (problem)
                return fail(problem);
            if (missing.length > 0)
                return fail(`it has no non-empty ${missing.map((k) => `\`${k}\``).join(', ')}`);
            proof.push(`${file} parses as YAML/JSON and holds non-empty ${keys.map((k) => `\`${k}\``).join(', ')}`);
        }
        return { credited: true, description, findings: [], location, proof };
    },
};

;// CONCATENATED MODULE: ./src/score/detect/detector.ts
function detected(test, kind, credited, description, extra = {}) {
    return { test, record: { kind, source: 'detected', level: 'automated', credited, description, ...extra } };
}

;// CONCATENATED MODULE: ./src/score/detect/dependencies.ts



/** monitor-1: Dependabot or Renovate watches the dependencies and opens pull requests on changes. */
const dependenciesDetector = {
    name: 'dependencies',
    async detect(ctx) {
        const out = [];
        const findings = [];
        for (const file of [...DEPENDABOT_FILES, ...RENOVATE_FILES]) {
            const text = await ctx.repo.readText(file);
            if (text === undefined)
                continue;
            const tool = DEPENDABOT_FILES.includes(file) ? 'Dependabot' : 'Renovate';
            const problem = checkKnownConfigFile(file, text);
            const location = { file: external_node_path_default().join(ctx.repo.root, file) };
            out.push(detected('monitor-1', tool.toLowerCase(), problem === undefined, `${tool} configuration ${file}`, { problem, location }));
            if (problem)
                findings.push({ severity: 'warning', code: 'dependency-config-invalid', test: 'monitor-1', message: `${file} is no evidence for monitor-1: ${problem}`, location });
        }
        return { detected: out, findings };
    },
};

;// CONCATENATED MODULE: ./src/score/yaml-locate.ts

/** Line and column of the node at `keyPath` in a parsed YAML document (or of its nearest ancestor). */
function locateIn(doc, lineCounter, file, keyPath) {
    const at = (node) => {
        const range = node?.range;
        if (!range)
            return undefined;
        const pos = lineCounter.linePos(range[0]);
        return { file, line: pos.line, column: pos.col };
    };
    let node = doc.contents;
    let last = at(node) ?? { file };
    for (const segment of keyPath) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(segment));
            if (!pair)
                return last;
            last = at(pair.key) ?? last;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            node = node.items[segment];
            if (node === undefined)
                return last;
            last = at(node) ?? last;
        }
        else
            return last;
    }
    return last;
}

;// CONCATENATED MODULE: ./src/score/workflows.ts



/**
 * GitHub Actions workflows read as evidence. A step counts only when it can run on its own and repeatedly:
 * its workflow is triggered by push, pull_request(_target), merge_group or a schedule with a cron (or it is a
 * reusable `workflow_call` workflow called from such a job), and neither the job, a job it needs, nor the
 * step is switched off with `if: false`. Commented-out lines are gone after YAML parsing.
 */
/**
 * Branch filters are checked against the default branch: `score.defaultBranch`, else `main` or `master`.
 * A push or pull_request trigger whose `branches`/`branches-ignore` can never match it runs on other
 * branches at best, so it is not evidence that the default branch is tested.
 */
const DEFAULT_BRANCH_GUESSES = ['main', 'master'];
/** Triggers that make a workflow run without a person starting it, again and again. */
const REPEATING_TRIGGERS = new Set(['push', 'pull_request', 'pull_request_target', 'merge_group', 'schedule']);
const WORKFLOW_DIR = '.github/workflows';
/** `if: false`, `if: ${{ false }}`, `if: 'false'`: a job or step that never runs. */
function isNeverTrue(value) {
    if (value === false || value === 0)
        return true;
    if (typeof value !== 'string')
        return false;
    return /^\s*(\$\{\{\s*)?(false|0)(\s*\}\})?\s*$/.test(value);
}
function asRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
/**
 * GitHub's filter patterns (`*` within a path segment, `**` across, `?` and `+` on the previous character,
 * `[...]` classes) as a regular expression.
 */
function filterPattern(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*' && glob[i + 1] === '*') {
            re += '.*';
            i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?' || c === '+')
            re += c;
        else if (c === '[') {
            const end = glob.indexOf(']', i);
            if (end === -1)
                re += '\\[';
            else {
                re += glob.slice(i, end + 1);
                i = end;
            }
        }
        else
            re += c.replace(/[.^${}()|\\\]]/g, '\\$&');
    }
    try {
        return new RegExp(`^${re}$`);
    }
    catch {
        return /(?!)/;
    }
}
/** Whether a push/pull_request trigger's branch filters let `branch` through (GitHub's rules: last match wins, `!` negates). */
function branchFilterMatches(trigger, branch) {
    const t = asRecord(trigger);
    const list = (v) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : undefined);
    const branches = list(t.branches);
    const ignore = list(t['branches-ignore']);
    if (branches !== undefined) {
        let ok = false;
        for (const p of branches) {
            if (p.startsWith('!')) {
                if (filterPattern(p.slice(1)).test(branch))
                    ok = false;
            }
            else if (filterPattern(p).test(branch))
                ok = true;
        }
        return ok;
    }
    if (ignore !== undefined)
        return !ignore.some((p) => filterPattern(p).test(branch));
    // A push filtered by tags only runs for tags, which are pushed again and again too (releases).
    return true;
}
function triggersOf(on, defaultBranches) {
    const problems = [];
    let names = [];
    if (typeof on === 'string')
        names = [on];
    else if (Array.isArray(on))
        names = on.filter((x) => typeof x === 'string');
    else if (on !== null && typeof on === 'object') {
        names = Object.keys(on);
        const schedule = on.schedule;
        if ('schedule' in on) {
            const crons = Array.isArray(schedule) ? schedule.filter((s) => typeof asRecord(s).cron === 'string' && String(asRecord(s).cron).trim() !== '') : [];
            if (crons.length === 0) {
                problems.push('its `schedule` has no cron entry');
                names = names.filter((n) => n !== 'schedule');
            }
        }
        for (const event of ['push', 'pull_request', 'pull_request_target']) {
            if (!names.includes(event))
                continue;
            const filter = on[event];
            if (!defaultBranches.some((b) => branchFilterMatches(filter, b))) {
                problems.push(`its \`${event}\` branch filter matches none of ${defaultBranches.join(', ')} (the default branch; set score.defaultBranch if it is another)`);
                names = names.filter((n) => n !== event);
            }
        }
    }
    return { triggers: names, problems };
}
/** Parses one workflow file; problems become findings and the workflow is simply left out. */
function parseWorkflow(file, text, absoluteFile, defaultBranches = DEFAULT_BRANCH_GUESSES) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const locate = (keyPath) => locateIn(doc, lineCounter, absoluteFile, keyPath);
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = lineCounter.linePos(e.pos[0]);
        return {
            findings: [{
                    severity: 'warning',
                    code: 'workflow-unparsable',
                    message: `workflow ${file} is not valid YAML (${e.message.split('\n')[0]}): it is no evidence`,
                    location: { file: absoluteFile, line: pos.line, column: pos.col },
                }],
        };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (err) {
        return { findings: [{ severity: 'warning', code: 'workflow-unparsable', message: `workflow ${file} cannot be read: ${err.message}`, location: { file: absoluteFile } }] };
    }
    const root = asRecord(data);
    if (!('on' in root) || !('jobs' in root) || Object.keys(asRecord(root.jobs)).length === 0) {
        return {
            findings: [{ severity: 'warning', code: 'workflow-invalid', message: `workflow ${file} has no \`on:\` triggers or no jobs: it is no evidence`, location: locate([]) }],
        };
    }
    const { triggers, problems } = triggersOf(root.on, defaultBranches);
    const findings = problems.map((p) => ({ severity: 'note', code: 'workflow-trigger', message: `workflow ${file}: ${p}`, location: locate(p.includes('schedule') ? ['on', 'schedule'] : ['on']) }));
    const runDefaults = (v) => asRecord(asRecord(asRecord(v).defaults).run);
    const workflowRun = runDefaults(root);
    const jobs = Object.entries(asRecord(root.jobs)).map(([id, raw]) => {
        const job = asRecord(raw);
        const jobRun = runDefaults(job);
        const needs = typeof job.needs === 'string' ? [job.needs] : Array.isArray(job.needs) ? job.needs.map(String) : [];
        const steps = (Array.isArray(job.steps) ? job.steps : []).map((s, index) => {
            const step = asRecord(s);
            return {
                index,
                name: typeof step.name === 'string' ? step.name : undefined,
                uses: typeof step.uses === 'string' ? step.uses.trim() : undefined,
                run: typeof step.run === 'string' ? step.run : undefined,
                with: asRecord(step.with),
                enabled: !isNeverTrue(step.if),
                continueOnError: step['continue-on-error'] === true || step['continue-on-error'] === 'true',
                shell: String(step.shell ?? jobRun.shell ?? workflowRun.shell ?? 'bash'),
                workingDirectory: normaliseFolder(step['working-directory'] ?? jobRun['working-directory'] ?? workflowRun['working-directory']),
                location: locate(['jobs', id, 'steps', index]),
            };
        });
        return {
            id,
            uses: typeof job.uses === 'string' ? job.uses.trim() : undefined,
            with: asRecord(job.with),
            needs,
            ifExpression: job.if === undefined ? undefined : String(job.if),
            steps,
            active: false,
            location: locate(['jobs', id]),
        };
    });
    return {
        workflow: {
            file,
            name: typeof root.name === 'string' ? root.name : undefined,
            triggers,
            repeating: triggers.some((t) => REPEATING_TRIGGERS.has(t)),
            callable: triggers.includes('workflow_call'),
            active: false,
            jobs,
            location: locate([]),
        },
        findings,
    };
}
/** `./a/../b/` as `b`; `.` for the root or for anything that is not a plain relative folder (`${{ }}`). */
function normaliseFolder(v) {
    if (typeof v !== 'string' || v.includes('${{') || v.startsWith('/'))
        return '.';
    const out = [];
    for (const part of v.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            out.pop();
        else
            out.push(part);
    }
    return out.join('/') || '.';
}
/** Decides which jobs run: `if: false` and jobs that need such a job never do (unless they run `always()`). */
function markJobs(workflow) {
    const byId = new Map(workflow.jobs.map((j) => [j.id, j]));
    for (const job of workflow.jobs)
        job.inactiveReason = undefined;
    const state = new Map();
    const visit = (job, trail) => {
        const known = state.get(job.id);
        if (known !== undefined)
            return known;
        if (trail.has(job.id)) {
            job.inactiveReason = 'its `needs:` form a cycle';
            state.set(job.id, false);
            return false;
        }
        trail.add(job.id);
        let ok = workflow.active;
        if (!ok)
            job.inactiveReason = workflow.inactiveReason;
        else if (job.ifExpression !== undefined && isNeverTrue(job.ifExpression)) {
            ok = false;
            job.inactiveReason = `job ${job.id} is switched off with \`if: ${job.ifExpression}\``;
        }
        else {
            const runsAnyway = /\balways\s*\(\s*\)|\bfailure\s*\(\s*\)/.test(job.ifExpression ?? '');
            for (const need of job.needs) {
                const dep = byId.get(need);
                if (dep === undefined) {
                    ok = false;
                    job.inactiveReason = `job ${job.id} needs "${need}", which does not exist`;
                    break;
                }
                if (!visit(dep, trail) && !runsAnyway) {
                    ok = false;
                    job.inactiveReason = `job ${job.id} needs ${need}, which never runs`;
                    break;
                }
            }
        }
        state.set(job.id, ok);
        job.active = ok;
        return ok;
    };
    for (const job of workflow.jobs)
        visit(job, new Set());
}
/** Reads every `.github/workflows/*.yml|yaml` (GitHub does not look in subfolders) and decides what is active. */
async function indexWorkflows(repo, defaultBranches = DEFAULT_BRANCH_GUESSES) {
    const files = (await repo.listFiles()).filter((f) => {
        const dir = external_node_path_default().posix.dirname(f);
        return dir === WORKFLOW_DIR && /\.ya?ml$/.test(f);
    });
    const findings = [];
    const workflows = [];
    for (const file of files) {
        const text = await repo.readText(file);
        if (text === undefined)
            continue;
        const parsed = parseWorkflow(file, text, external_node_path_default().join(repo.root, file), defaultBranches);
        findings.push(...parsed.findings);
        if (parsed.workflow)
            workflows.push(parsed.workflow);
    }
    // Repeating workflows first; then reusable workflows called from active jobs, until nothing changes.
    for (const w of workflows) {
        w.active = w.repeating;
        if (!w.active) {
            w.inactiveReason = w.callable
                ? `${w.file} is a reusable workflow that no active job calls`
                : `${w.file} never runs by itself (triggers that happen: ${w.triggers.join(', ') || 'none'}); it needs push or pull_request on the default branch, merge_group or schedule`;
        }
        markJobs(w);
    }
    for (let changed = true; changed;) {
        changed = false;
        for (const caller of workflows) {
            for (const job of caller.jobs) {
                if (!job.active || !job.uses?.startsWith('./'))
                    continue;
                const target = workflows.find((w) => w.file === job.uses?.slice(2).split('@')[0]);
                if (target && target.callable && !target.active) {
                    target.active = true;
                    target.inactiveReason = undefined;
                    markJobs(target);
                    changed = true;
                }
            }
        }
    }
    const activeSteps = [];
    const activeCalls = [];
    for (const workflow of workflows) {
        for (const job of workflow.jobs) {
            if (!job.active)
                continue;
            if (job.uses)
                activeCalls.push({ workflow, job });
            for (const step of job.steps)
                if (step.enabled)
                    activeSteps.push({ workflow, job, step });
        }
    }
    return { workflows, findings, activeSteps, activeCalls };
}
/** Every job of every workflow that has any trigger at all (deploys often run on comments or by hand). */
function runnableSteps(index) {
    const out = [];
    for (const workflow of index.workflows) {
        if (workflow.triggers.length === 0)
            continue;
        for (const job of workflow.jobs) {
            if (job.ifExpression !== undefined && isNeverTrue(job.ifExpression))
                continue;
            for (const step of job.steps)
                if (step.enabled)
                    out.push({ workflow, job, step });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/score/detect/config-walk.ts
/**
 * Tolerant reads of other sections of modelship.yml (gates, environments, bench). Those sections have
 * their own schemas and owners; the score only asks "is there a sliced gate / a canary / a rollback rule",
 * so it looks for the keys that say so at any depth rather than binding to every field of their shape.
 */
/** Every (path, key, value) in a JSON-like value, depth-first, bounded. */
function* walk(value, path = [], depth = 0) {
    if (depth > 12 || value === null || typeof value !== 'object')
        return;
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) {
        const p = [...path, key];
        yield { path: p, key, value: child };
        yield* walk(child, p, depth + 1);
    }
}
function nonEmpty(v) {
    if (v === undefined || v === null || v === false)
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    if (typeof v === 'object')
        return Object.keys(v).length > 0;
    return v !== '';
}
/** The first key path whose key matches and whose value is non-empty. */
function findKey(value, key, base = []) {
    for (const e of walk(value, base))
        if (typeof e.key === 'string' && key.test(e.key) && nonEmpty(e.value))
            return e.path;
    return undefined;
}
/** The first key path where `strategy: <name>`, `strategy: {type: <name>}` or a `<name>:` block appears. */
function findStrategy(value, names, base = []) {
    for (const e of walk(value, base)) {
        if (e.key === 'strategy' && typeof e.value === 'string' && names.test(e.value))
            return e.path;
        if ((e.key === 'type' || e.key === 'name') && typeof e.value === 'string' && names.test(e.value) && e.path.includes('strategy'))
            return e.path;
        if (typeof e.key === 'string' && names.test(e.key) && e.value !== null && typeof e.value === 'object' && e.path.includes('strategy'))
            return e.path;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/score/detect/modelship-steps.ts
const ACTION_NAMES = new Set(['validate', 'test-score', 'benchmark', 'gate', 'version', 'deploy', 'chatops']);
/** CLI sub-commands and the capability each exercises. */
const CLI_COMMANDS = {
    validate: ['validate'],
    score: ['test-score'],
    bench: ['benchmark'],
    gate: ['gate'],
    version: ['version'],
    release: ['version'],
    deploy: ['deploy'],
    promote: ['deploy'],
    rollback: ['deploy', 'rollback'],
};
/** `<owner>/modelship/actions/<name>@ref`, `./actions/<name>` (inside Modelship's own repository). */
const ACTION_USES = /^(?:[A-Za-z0-9_.-]+\/modelship|\.)\/actions\/([a-z-]+)\/?(?:@\S+)?$/;
/** `<owner>/modelship@ref`: the umbrella action, whose `command` input picks the capability. */
const UMBRELLA_USES = /^[A-Za-z0-9_.-]+\/modelship(?:@\S+)?$/;
/** `<owner>/modelship/.github/workflows/<file>@ref` or `<owner>/modelship/workflows/<file>@ref`. */
const REUSABLE_USES = /^[A-Za-z0-9_.-]+\/modelship\/(?:\.github\/)?workflows\/([A-Za-z0-9_.-]+)\.ya?ml(?:@\S+)?$/;
const CLI_RUN = /\bmodelship\s+(validate|score|bench|gate|version|release|deploy|promote|rollback)\b/g;
/** The Modelship capabilities one workflow step runs, through an action or the CLI. */
function capabilitiesOfStep(step) {
    const out = new Set();
    if (step.uses) {
        const action = ACTION_USES.exec(step.uses);
        if (action && ACTION_NAMES.has(action[1]))
            out.add(action[1]);
        if (UMBRELLA_USES.test(step.uses)) {
            const command = String(step.with.command ?? '').trim();
            if (ACTION_NAMES.has(command))
                out.add(command);
        }
    }
    if (step.run) {
        for (const m of step.run.matchAll(CLI_RUN))
            for (const c of CLI_COMMANDS[m[1]])
                out.add(c);
    }
    return [...out];
}
/**
 * A job calling one of Modelship's reusable workflows: the file name says what it runs. Names are matched
 * on words so `pr-checks.yml` or `deploy.yml` need no table that goes stale.
 */
function capabilitiesOfCall(job) {
    const m = job.uses ? REUSABLE_USES.exec(job.uses) : null;
    if (!m)
        return [];
    const name = m[1].toLowerCase();
    const out = [];
    if (/validat|check/.test(name))
        out.push('validate');
    if (/gate|promot/.test(name))
        out.push('gate');
    if (/bench/.test(name))
        out.push('benchmark');
    if (/deploy|promot/.test(name))
        out.push('deploy');
    if (/chatops|comment/.test(name))
        out.push('chatops');
    if (/release|version/.test(name))
        out.push('version');
    if (/score/.test(name))
        out.push('test-score');
    return out;
}

;// CONCATENATED MODULE: ./src/score/detect/modelship.ts





/** Where each capability runs: `repeating` in active (push/PR/schedule) jobs, `any` in jobs with any trigger. */
function capabilityUses(ctx) {
    const repeating = new Map();
    const any = new Map();
    const add = (map, caps, s, location) => {
        for (const c of caps)
            if (!map.has(c))
                map.set(c, { file: s.workflow.file, where: `${s.workflow.file} job ${s.job.id} (on: ${s.workflow.triggers.join(', ')})`, location });
    };
    for (const s of ctx.workflows.activeSteps)
        add(repeating, capabilitiesOfStep(s.step), s, s.step.location);
    for (const c of ctx.workflows.activeCalls)
        add(repeating, capabilitiesOfCall(c.job), c, c.job.location);
    for (const s of runnableSteps(ctx.workflows))
        add(any, capabilitiesOfStep(s.step), s, s.step.location);
    for (const w of ctx.workflows.workflows) {
        if (w.triggers.length === 0)
            continue;
        for (const job of w.jobs)
            add(any, capabilitiesOfCall(job), { workflow: w, job }, job.location);
    }
    for (const [c, u] of repeating)
        if (!any.has(c))
            any.set(c, u);
    return { repeating, any };
}
const SLICE_KEY = /^(slice|slices|perSlice|sliceBy|slicing)$/i;
/** A check on slices: `slices: [overall]` alone is the global metric, not a slice. */
function findSlices(value, base) {
    for (const e of walk(value, base)) {
        if (typeof e.key !== 'string' || !SLICE_KEY.test(e.key))
            continue;
        const items = Array.isArray(e.value) ? e.value : [e.value];
        if (items.some((v) => v !== null && v !== undefined && v !== '' && v !== 'overall' && v !== false))
            return e.path;
    }
    return undefined;
}
const FAIRNESS_KEY = /^(crossSlice|crossSlices|fairness|maxGap|gap|gaps|disparity|parity)$/i;
function configLine(ctx, keyPath) {
    const loc = ctx.locateConfig(keyPath);
    return `${external_node_path_default().basename(loc.file)}${loc.line ? `:${loc.line}` : ''}`;
}
/**
 * What Modelship itself automates, read from the workflows and modelship.yml:
 * - infra-4: a metric gate runs before serving (the gate action or CLI in an active job, with gates configured;
 *   or environments with gates, deployed by a workflow: promotion runs them first);
 * - model-6: that gate checks slices; model-7: it checks a cross-slice (fairness) gap;
 * - infra-6: an environment deploys with the canary strategy, through a workflow;
 * - infra-7: deployments through a workflow with a rollback path configured (a rollback rule, blue-green or
 *   canary with automatic rollback, `/rollback` via the chatops action, or a rollback step);
 * - monitor-6: the benchmark action or `modelship bench` in an active job (it judges regressions).
 * The validate action checks artifacts, not quality: alone it earns nothing and says so on infra-4.
 */
const modelshipDetector = {
    name: 'modelship',
    async detect(ctx) {
        const out = [];
        const { repeating, any } = capabilityUses(ctx);
        const gates = ctx.config.gates;
        const environments = ctx.config.environments ?? {};
        const gatesConfigured = gates !== undefined && Object.keys(gates).length > 0;
        const envGates = findKey(environments, /^gates?$/, ['environments']);
        const deploy = any.get('deploy') ?? any.get('chatops');
        let gateEvidence;
        // A gate in the deploy workflow runs before every deploy even when that workflow is started by hand.
        const anyGate = any.get('gate');
        const gateStep = repeating.get('gate') ?? (anyGate && deploy && anyGate.file === deploy.file ? anyGate : undefined);
        if (gateStep && gatesConfigured) {
            gateEvidence = `gate runs in ${gateStep.where}`;
            out.push(detected('infra-4', 'modelship-gate', true, `metric gate (${Object.keys(gates).join(', ')}) runs in ${gateStep.where}`, { location: gateStep.location }));
        }
        else if (deploy && envGates) {
            gateEvidence = `environment gates (${configLine(ctx, envGates)}) run before each deploy from ${deploy.where}`;
            out.push(detected('infra-4', 'modelship-environment-gates', true, gateEvidence, { location: deploy.location }));
        }
        else if (gateStep) {
            out.push(detected('infra-4', 'modelship-gate', false, `gate step in ${gateStep.where}`, { problem: 'no gates are configured in modelship.yml', location: gateStep.location }));
        }
        else if (repeating.has('validate')) {
            const v = repeating.get('validate');
            out.push(detected('infra-4', 'modelship-validate', false, `validate runs in ${v.where}`, {
                problem: 'validate checks the artifact (format, integrity, signature, unsafe code), not its quality: add a metric gate to earn infra-4',
                location: v.location,
            }));
        }
        if (gateEvidence) {
            const slices = findSlices(gates ?? {}, ['gates']) ?? findSlices(environments, ['environments']);
            if (slices)
                out.push(detected('model-6', 'modelship-sliced-gate', true, `gate checks slices (${configLine(ctx, slices)}); ${gateEvidence}`));
            const fairness = findKey(gates ?? {}, FAIRNESS_KEY, ['gates']) ?? findKey(environments, FAIRNESS_KEY, ['environments']);
            if (fairness)
                out.push(detected('model-7', 'modelship-fairness-gate', true, `gate checks a cross-slice gap (${configLine(ctx, fairness)}); ${gateEvidence}`));
        }
        const canary = findStrategy(environments, /^canary$/i, ['environments']);
        if (canary && deploy) {
            out.push(detected('infra-6', 'modelship-canary', true, `canary strategy (${configLine(ctx, canary)}), deployed from ${deploy.where}`, { location: deploy.location }));
        }
        else if (canary) {
            out.push(detected('infra-6', 'modelship-canary', false, `canary strategy (${configLine(ctx, canary)})`, { problem: 'no workflow deploys with Modelship (deploy or chatops action, or `modelship deploy`)' }));
        }
        const rollbackPaths = [
            findStrategy(environments, /^(blue-?green|canary)$/i, ['environments']) && 'blue-green/canary strategy with automatic rollback',
            any.has('chatops') && `/rollback comment command (${any.get('chatops').where})`,
            any.has('rollback') && `rollback step (${any.get('rollback').where})`,
        ].filter((x) => typeof x === 'string');
        if (deploy && rollbackPaths.length > 0) {
            out.push(detected('infra-7', 'modelship-rollback', true, `deploys from ${deploy.where} can roll back: ${rollbackPaths.join('; ')}`, { location: deploy.location }));
        }
        else if (rollbackPaths.length > 0) {
            out.push(detected('infra-7', 'modelship-rollback', false, rollbackPaths.join('; '), { problem: 'no workflow deploys with Modelship' }));
        }
        const bench = repeating.get('benchmark');
        if (bench) {
            const rule = ctx.config.bench && 'regression' in ctx.config.bench ? ` with the regression rule at ${configLine(ctx, ['bench', 'regression'])}` : ' with the default regression rule';
            out.push(detected('monitor-6', 'modelship-benchmark', true, `benchmark runs in ${bench.where}${rule}`, { location: bench.location }));
        }
        else if (any.has('benchmark')) {
            const b = any.get('benchmark');
            out.push(detected('monitor-6', 'modelship-benchmark', false, `benchmark in ${b.where}`, { problem: 'its workflow never runs automatically (push, pull_request, merge_group or schedule)', location: b.location }));
        }
        return { detected: out, findings: [] };
    },
};

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(26591);
;// CONCATENATED MODULE: ./src/score/shell.ts

/**
 * Splits a `run:` script into simple commands with shell-quote (quotes, escapes, comments, `&&`, `||`, `;`,
 * `|`, `&`, subshells and `$( )`), line by line after joining `\` continuations. What shell-quote does not
 * model (here-documents, multi-line quotes, functions, `if`/`for` keywords) yields commands that do not
 * start with a test runner: the score errs towards not crediting.
 */
function shellCommands(script) {
    const out = [];
    const rawLines = script.split(/\r?\n/);
    for (let i = 0; i < rawLines.length; i++) {
        const line = i + 1;
        let text = rawLines[i];
        while (/(^|[^\\])\\$/.test(text) && i + 1 < rawLines.length)
            text = `${text.slice(0, -1)} ${rawLines[++i]}`;
        let tokens;
        try {
            tokens = (0,shell_quote.parse)(text, (name) => `$${name}`);
        }
        catch {
            continue;
        }
        let current = [];
        let redirectTarget = false;
        const flush = (op) => {
            const argv = current;
            current = [];
            let k = 0;
            while (k < argv.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[k]))
                k++;
            if (k < argv.length)
                out.push({ argv: argv.slice(k), line, failureIgnored: op === '||' });
            else if (op === '||' && out.length > 0)
                out[out.length - 1].failureIgnored = true;
        };
        for (const t of tokens) {
            if (typeof t === 'string') {
                // The word after `>`, `<`, `2>` names a file, not an argument.
                if (redirectTarget)
                    redirectTarget = false;
                else
                    current.push(t);
            }
            else if ('comment' in t)
                break;
            else if ('op' in t) {
                if (t.op === 'glob')
                    current.push(t.pattern);
                else if (/^[<>]|^>&$|^&>$/.test(t.op))
                    redirectTarget = true;
                else
                    flush(t.op);
            }
        }
        flush();
    }
    return out;
}
/** The argument array of a configured `run:` pattern, for matching against commands token by token. */
function patternArgv(text) {
    return shellCommands(text)[0]?.argv ?? [];
}

;// CONCATENATED MODULE: ./src/score/test-runners.ts


const MAX_DEPTH = 4;
const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'pwsh', 'powershell', 'cmd']);
/** Options of pytest that take a value in the next word. */
const PYTEST_VALUE_OPTIONS = new Set([
    '-k', '-m', '-p', '-c', '-o', '-n', '-r', '-W', '--rootdir', '--confcutdir', '--basetemp', '--ignore', '--ignore-glob', '--deselect',
    '--junitxml', '--junit-xml', '--tb', '--maxfail', '--durations', '--log-level', '--log-cli-level', '--cov', '--cov-report', '--cov-config',
    '--cov-fail-under', '--import-mode', '--override-ini', '--capture', '--timeout', '--dist', '--numprocesses', '--html', '--json-report-file',
    '--log-file', '--reruns', '--randomly-seed', '--co-names',
]);
/** Flags that make a runner list or describe tests instead of running them. */
const NOT_RUNNING = new Set(['--collect-only', '--co', '--help', '-h', '--version', '-V', '--fixtures', '--markers', '--listTests', '--showConfig', '--list', 'list', '--setup-plan']);
/** Options of jest/vitest/mocha that take a value in the next word. */
const JS_VALUE_OPTIONS = new Set(['-c', '--config', '--testPathPattern', '--testPathPatterns', '-t', '--testNamePattern', '--reporter', '--reporters', '--outputFile', '--coverageDirectory', '--maxWorkers', '-w', '--shard', '--project', '--selectProjects', '--environment', '--pool', '--require', '-r', '--timeout', '--ui', '--dir', '--root']);
/** Every runner invocation of every active `run:` step, in workflow order. */
async function findRunners(index, repo) {
    const out = [];
    for (const step of index.activeSteps) {
        if (step.step.run === undefined || !SHELLS.has(step.step.shell.split(/\s+/)[0]))
            continue;
        for (const { command, invocation } of await runnersInScript(step.step.run, step.step.workingDirectory, { repo, depth: 0, via: [] })) {
            out.push({ step, command, invocation });
        }
    }
    return out;
}
/** Whether a running step would collect and run this test, with its failure failing the job. */
function collects(r, test) {
    const inv = r.invocation;
    if (r.command.failureIgnored || r.step.step.continueOnError)
        return false;
    if (inv.language !== test.language)
        return false;
    if (inv.kind === 'unittest' && !test.unittestCase)
        return false;
    const file = test.file;
    const under = (p) => p === '.' || file === p || file.startsWith(`${p.replace(/\/+$/, '')}/`);
    if (inv.ignored.some(under))
        return false;
    if (inv.kind === 'jest' || inv.kind === 'vitest') {
        if (!under(inv.cwd))
            return false;
        return inv.selectors.length === 0 || inv.selectors.some((s) => safeRegExp(s)?.test(file) ?? file.includes(s));
    }
    if (inv.selectors.length === 0)
        return under(inv.cwd) && (inv.kind !== 'mocha' || external_node_path_default().posix.dirname(file) === join(inv.cwd, 'test'));
    return inv.selectors.some(under);
}
/** Why a running step does not count even though it invokes the runner. */
function whyNot(r) {
    if (r.command.failureIgnored)
        return `its failure is ignored (\`${r.command.argv.join(' ')} || …\`)`;
    if (r.step.step.continueOnError)
        return 'the step has `continue-on-error: true`';
    return undefined;
}
function describeRunner(r) {
    const at = `${r.step.workflow.file} job ${r.step.job.id}, step ${r.step.step.name ? `"${r.step.step.name}"` : r.step.step.index + 1} line ${r.command.line}`;
    return `\`${r.command.argv.join(' ')}\`${r.invocation.via.length > 1 ? ` (${r.invocation.via.slice(1).join(' → ')})` : ''} in ${at}`;
}
function safeRegExp(s) {
    try {
        return new RegExp(s);
    }
    catch {
        return undefined;
    }
}
function join(cwd, p) {
    const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(cwd, p));
    return joined.replace(/\/+$/, '') || '.';
}
async function runnersInScript(script, cwd, ctx) {
    const out = [];
    let dir = cwd;
    for (const command of shellCommands(script)) {
        const argv = command.argv;
        // `cd tests && pytest`: later commands run in the new folder; an unknown one (`cd $X`) is taken as the root.
        if (argv[0] === 'cd' || argv[0] === 'pushd') {
            const target = argv[1];
            dir = target && !target.includes('$') && !target.startsWith('/') && target !== '-' ? join(dir, target) : '.';
            if (dir.startsWith('..'))
                dir = '.';
            continue;
        }
        for (const invocation of await runnersOf(argv, dir, ctx))
            out.push({ command, invocation });
    }
    return out;
}
/** Strips wrappers that run the command they are given, returning the command they run. */
function unwrap(argv) {
    let a = argv;
    for (let guard = 0; guard < 10 && a.length > 0; guard++) {
        const [cmd, ...rest] = a;
        const base = external_node_path_default().posix.basename(cmd);
        const skipOptions = (xs, valued = new Set()) => {
            let i = 0;
            while (i < xs.length && xs[i].startsWith('-'))
                i += valued.has(xs[i]) ? 2 : 1;
            return xs.slice(i);
        };
        if (['sudo', 'time', 'nice', 'nohup', 'xvfb-run', 'stdbuf', 'exec', 'command'].includes(base))
            a = skipOptions(rest, new Set(['-u', '-n', '-s', '-a', '-o', '-e']));
        else if (base === 'env') {
            a = skipOptions(rest, new Set(['-u', '--unset', '-C', '--chdir']));
            while (a.length > 0 && /^[A-Za-z_]\w*=/.test(a[0]))
                a = a.slice(1);
        }
        else if (base === 'timeout')
            a = skipOptions(rest, new Set(['-s', '-k'])).slice(1);
        else if (['uv', 'poetry', 'pipenv', 'pdm', 'rye', 'hatch', 'conda', 'micromamba', 'mamba', 'pixi'].includes(base) && rest[0] === 'run') {
            a = skipOptions(rest.slice(1), new Set(['-n', '--name', '-p', '--prefix', '-e', '--env', '--with', '--python', '--group', '--extra', '--environment']));
        }
        else if (['npx', 'bunx', 'pnpx'].includes(base))
            a = skipOptions(rest, new Set(['-p', '--package']));
        else if ((['pnpm', 'npm', 'yarn', 'bun'].includes(base) && ['exec', 'dlx', 'x'].includes(rest[0])))
            a = skipOptions(rest.slice(1));
        else if (/^python(\d(\.\d+)?)?$|^py$/.test(base) && rest[0] === '-m' && rest[1] === 'coverage' && rest[2] === 'run')
            a = coverageRun(rest.slice(3));
        else if (base === 'coverage' && rest[0] === 'run')
            a = coverageRun(rest.slice(1));
        else
            return a;
    }
    return a;
}
/** `coverage run -m pytest …` runs pytest; `coverage run script.py` runs a script. */
function coverageRun(rest) {
    let i = 0;
    while (i < rest.length && rest[i].startsWith('-') && rest[i] !== '-m')
        i += /^--(rcfile|source|include|omit|data-file)$/.test(rest[i]) ? 2 : 1;
    return rest[i] === '-m' ? ['python', '-m', ...rest.slice(i + 1)] : rest.slice(i);
}
async function runnersOf(raw, cwd, ctx) {
    if (ctx.depth > MAX_DEPTH)
        return [];
    const argv = unwrap(raw);
    if (argv.length === 0)
        return [];
    const via = [...ctx.via, argv.join(' ')];
    const [cmd, ...args] = argv;
    const base = external_node_path_default().posix.basename(cmd);
    const deeper = { ...ctx, depth: ctx.depth + 1, via };
    if (args.some((a) => NOT_RUNNING.has(a)))
        return [];
    // Shells given a script.
    if (SHELLS.has(base) && args[0] === '-c' && args[1] !== undefined)
        return (await runnersInScript(args[1], cwd, deeper)).map((x) => x.invocation);
    // Python.
    let pyArgs;
    let kind;
    if (base === 'pytest' || base === 'py.test')
        [kind, pyArgs] = ['pytest', args];
    else if (/^python(\d(\.\d+)?)?$|^py$/.test(base)) {
        const m = args.indexOf('-m');
        if (m !== -1 && args.slice(0, m).every((a) => a.startsWith('-'))) {
            const mod = args[m + 1];
            if (mod === 'pytest' || mod === 'py.test')
                [kind, pyArgs] = ['pytest', args.slice(m + 2)];
            else if (mod === 'unittest')
                [kind, pyArgs] = ['unittest', args.slice(m + 2)];
        }
    }
    else if (base === 'tox' || base === 'nox' || (base === 'hatch' && args[0] === 'test')) {
        return [{ kind: 'python-any', language: 'python', cwd, selectors: [], ignored: [], via }];
    }
    if (kind === 'pytest' && pyArgs)
        return [await pytestInvocation(pyArgs, cwd, ctx.repo, via)];
    if (kind === 'unittest' && pyArgs) {
        const discover = pyArgs[0] === 'discover' || pyArgs.length === 0;
        const start = discover ? (optionValue(pyArgs, ['-s', '--start-directory']) ?? '.') : '.';
        return [{ kind: 'unittest', language: 'python', cwd, selectors: [join(cwd, start)], ignored: [], via }];
    }
    // JavaScript runners.
    const js = (k, rest) => ({ kind: k, language: 'javascript', cwd, selectors: positional(rest, JS_VALUE_OPTIONS).map((s) => (k === 'mocha' || k === 'node-test' ? join(cwd, s) : s)), ignored: [], via });
    if (base === 'jest')
        return [js('jest', args)];
    if (base === 'vitest')
        return args[0] === 'watch' || args[0] === 'dev' || args[0] === 'bench' ? [] : [js('vitest', args[0] === 'run' ? args.slice(1) : args)];
    if (base === 'mocha')
        return [js('mocha', args)];
    if (base === 'ava')
        return [js('js-any', args)];
    if (base === 'node' && args.includes('--test'))
        return [js('node-test', args.filter((a) => a !== '--test'))];
    if (base === 'bun' && args[0] === 'test')
        return [js('js-any', args.slice(1))];
    // Package scripts: `npm test`, `npm run test`, `yarn test`, `pnpm test`, `bun run test`.
    if (['npm', 'pnpm', 'yarn', 'bun'].includes(base)) {
        const a = args.filter((x) => !x.startsWith('-'));
        let script;
        if (a[0] === 'test' || a[0] === 't' || a[0] === 'tst')
            script = 'test';
        else if ((a[0] === 'run' || a[0] === 'run-script') && a[1])
            script = a[1];
        else if (base !== 'npm' && a[0] && !['install', 'add', 'ci', 'i', 'exec', 'dlx', 'x', 'remove', 'why', 'audit', 'outdated'].includes(a[0]))
            script = a[0];
        if (!script)
            return [];
        const body = await packageScript(ctx.repo, cwd, script);
        return body === undefined ? [] : (await runnersInScript(body, cwd, deeper)).map((x) => x.invocation);
    }
    // make TARGET: the target's recipe lines.
    if (base === 'make' || base === 'gmake') {
        const dirOpt = optionValue(args, ['-C', '--directory']);
        const dir = dirOpt ? join(cwd, dirOpt) : cwd;
        const targets = positional(args, new Set(['-C', '--directory', '-f', '--file', '-j', '--jobs'])).filter((t) => !t.includes('='));
        const recipes = await makeRecipes(ctx.repo, dir, optionValue(args, ['-f', '--file']), targets);
        const out = [];
        for (const line of recipes)
            out.push(...(await runnersInScript(line, dir, deeper)).map((x) => x.invocation));
        return out;
    }
    return [];
}
function optionValue(args, names) {
    for (let i = 0; i < args.length; i++) {
        for (const n of names) {
            if (args[i] === n)
                return args[i + 1];
            if (args[i].startsWith(`${n}=`))
                return args[i].slice(n.length + 1);
        }
    }
    return undefined;
}
function positional(args, valued) {
    const out = [];
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--') {
            out.push(...args.slice(i + 1));
            break;
        }
        if (a.startsWith('-')) {
            if (valued.has(a))
                i++;
            continue;
        }
        out.push(a);
    }
    return out;
}
/** pytest's selection: positional paths (`path::test` keeps the path), else `testpaths` from its configuration. */
async function pytestInvocation(args, cwd, repo, via) {
    const ignored = args.flatMap((a, i) => (a === '--ignore' ? [args[i + 1]] : a.startsWith('--ignore=') ? [a.slice(9)] : [])).filter(Boolean).map((p) => join(cwd, p));
    let selectors = positional(args, PYTEST_VALUE_OPTIONS).map((p) => join(cwd, p.split('::')[0]));
    if (selectors.length === 0) {
        const testpaths = await pytestTestpaths(repo, cwd);
        if (testpaths.length > 0)
            selectors = testpaths.map((p) => join(cwd, p));
    }
    return { kind: 'pytest', language: 'python', cwd, selectors, ignored, via };
}
/** `testpaths` from pytest.ini, pyproject.toml, tox.ini or setup.cfg in the folder pytest starts in (its rootdir rules, simplified). */
async function pytestTestpaths(repo, cwd) {
    for (const [file, section] of [['pytest.ini', 'pytest'], ['pyproject.toml', 'tool.pytest.ini_options'], ['tox.ini', 'pytest'], ['setup.cfg', 'tool:pytest']]) {
        const text = await repo.readText(join(cwd, file));
        if (text === undefined)
            continue;
        const start = text.search(new RegExp(`^\\[${section.replace(/[.:]/g, '\\$&')}\\]\\s*$`, 'm'));
        if (start === -1)
            continue;
        const body = text.slice(start).split(/\n(?=\[)/)[0];
        const m = /^testpaths\s*=\s*(\[[^\]]*\]|.*(?:\n[ \t]+.*)*)/m.exec(body);
        if (!m)
            return [];
        return [...m[1].matchAll(/"([^"]+)"|'([^']+)'|([^\s,[\]"']+)/g)].map((x) => x[1] ?? x[2] ?? x[3]);
    }
    return [];
}
async function packageScript(repo, cwd, name) {
    const text = await repo.readText(join(cwd, 'package.json'));
    if (text === undefined)
        return undefined;
    try {
        const scripts = JSON.parse(text).scripts ?? {};
        const body = scripts[name];
        if (typeof body !== 'string')
            return undefined;
        const pre = typeof scripts[`pre${name}`] === 'string' ? `${scripts[`pre${name}`]}\n` : '';
        return pre + body;
    }
    catch {
        return undefined;
    }
}
/** Recipe lines of the targets (the first target when none is named), one level of prerequisites followed. */
async function makeRecipes(repo, dir, file, targets) {
    const names = file ? [file] : ['GNUmakefile', 'makefile', 'Makefile'];
    let text;
    for (const n of names)
        if ((text = await repo.readText(join(dir, n))) !== undefined)
            break;
    if (text === undefined)
        return [];
    const rules = new Map();
    let first;
    let current = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.startsWith('\t')) {
            for (const r of current)
                r.recipe.push(line.slice(1).replace(/^[@+-]+/, ''));
            continue;
        }
        const m = /^([A-Za-z0-9_./ -]+?)\s*::?\s*([^=]*)$/.exec(line);
        if (m && !line.startsWith('#')) {
            current = [];
            for (const t of m[1].split(/\s+/).filter(Boolean)) {
                if (t.startsWith('.'))
                    continue;
                const rule = { prereqs: m[2].replace(/#.*/, '').split(/\s+/).filter(Boolean), recipe: [] };
                rules.set(t, rule);
                current.push(rule);
                first ??= t;
            }
        }
        else if (line.trim() !== '')
            current = [];
    }
    const wanted = targets.length > 0 ? targets : first ? [first] : [];
    const out = [];
    for (const t of wanted) {
        const rule = rules.get(t);
        if (!rule)
            continue;
        for (const p of rule.prereqs)
            out.push(...(rules.get(p)?.recipe ?? []));
        out.push(...rule.recipe);
    }
    return out;
}
/** The languages a file's tests are written in, for messages. */
function languageName(language) {
    return language === 'python' ? 'Python' : 'JavaScript/TypeScript';
}

// EXTERNAL MODULE: ./node_modules/@lezer/javascript/dist/index.js
var javascript_dist = __webpack_require__(37096);
// EXTERNAL MODULE: ./node_modules/@lezer/python/dist/index.js
var python_dist = __webpack_require__(17335);
;// CONCATENATED MODULE: ./src/score/test-index.ts


function languageOf(file) {
    if (/\.py$/.test(file))
        return 'python';
    if (/\.(?:[cm]?[jt]s|[jt]sx)$/.test(file))
        return 'javascript';
    return undefined;
}
/** Test files by the default conventions: pytest `test_*.py`/`*_test.py`; jest `*.test.*`/`*.spec.*`, `__tests__/`; mocha `test/`. */
function isTestFile(file) {
    const language = languageOf(file);
    if (!language)
        return false;
    const base = file.slice(file.lastIndexOf('/') + 1);
    if (language === 'python')
        return /^test_.*\.py$|_test\.py$/.test(base);
    return /\.(test|spec)\.[cm]?[jt]sx?$/.test(base) || /(^|\/)(__tests__|tests?)\//.test(file);
}
const RUBRIC_ID = /\b(data|model|infra|monitor)-([1-7])\b/g;
const PY_NAMED_ID = /^test_(data|model|infra|monitor)_([1-7])(?![0-9])/;
function idsIn(text) {
    return [...text.matchAll(RUBRIC_ID)].map((m) => `${m[1]}-${m[2]}`);
}
/**
 * A syntax error where it changes what is collected. In Python, errors inside a function body are
 * tolerated: the grammar lags the language in places (parenthesised `with` items of 3.10), and a body does
 * not decide collection; anywhere else the file is taken as unparsable.
 */
function hasSyntaxError(tree, skipFunctionBodies = false) {
    let bad = false;
    tree.iterate({
        enter: (n) => {
            if (bad)
                return false;
            if (skipFunctionBodies && n.name === 'Body' && n.node.parent?.name === 'FunctionDefinition')
                return false;
            if (n.type.isError)
                bad = true;
            return !bad;
        },
    });
    return bad;
}
function children(node) {
    const out = [];
    for (let c = node.firstChild; c; c = c.nextSibling)
        out.push(c);
    return out;
}
function lineAt(text, offset) {
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** The tests of one file its runner would collect and run, and the test-like ones it would not. */
function scanTestFile(file, text) {
    return scanTestFileDetailed(file, text).tests;
}
function scanTestFileDetailed(file, text) {
    const language = languageOf(file);
    if (!language)
        return { tests: [], excluded: [] };
    return language === 'python' ? scanPython(file, text) : scanJs(file, text);
}
// ---------------------------------------------------------------- Python (pytest / unittest)
const src = (text, n) => text.slice(n.from, n.to);
/** `@pytest.mark.skip(...)` → { name: 'pytest.mark.skip', args: '(...)' }. */
function decoratorParts(text, d) {
    const parts = children(d);
    const args = parts.find((c) => c.name === 'ArgList');
    const name = parts.filter((c) => c.name === 'VariableName' || c.name === '.').map((c) => src(text, c)).join('');
    return { name, args };
}
/** A mark or decorator that skips: skip, skipif/skipIf with a constant true first argument, xfail(run=False). */
function skipsBy(text, name, args) {
    const last = name.split('.').slice(-1)[0];
    const qualified = /^(pytest\.mark\.|mark\.|unittest\.)?$/.test(name.slice(0, name.length - last.length));
    if (!qualified)
        return undefined;
    if (last === 'skip')
        return `\`${name}\``;
    const first = args ? children(args).find((c) => !['(', ')', ','].includes(c.name)) : undefined;
    const firstText = first ? src(text, first).trim() : '';
    if ((last === 'skipif' || last === 'skipIf') && /^(True|1|"[^"]+"|'[^']+')$/.test(firstText))
        return `\`${name}(${firstText})\``;
    if (last === 'skipUnless' && /^(False|0|None|""|'')$/.test(firstText))
        return `\`${name}(${firstText})\``;
    if (last === 'xfail' && args && /\brun\s*=\s*False\b/.test(src(text, args)))
        return `\`${name}(run=False)\``;
    return undefined;
}
/** Marks in a `pytestmark = ...` value: each call or attribute chain naming a mark. */
function marksIn(text, value) {
    const out = [];
    const visit = (n) => {
        if (n.name === 'CallExpression') {
            const callee = n.firstChild;
            out.push({ name: src(text, callee).replace(/\s+/g, ''), args: children(n).find((c) => c.name === 'ArgList') });
            return;
        }
        if (n.name === 'MemberExpression') {
            out.push({ name: src(text, n).replace(/\s+/g, '') });
            return;
        }
        for (const c of children(n))
            visit(c);
    };
    visit(value);
    return out;
}
function markerIds(text, name, args) {
    return /(^|\.)ml_test_score$/.test(name) && args ? idsIn(src(text, args)) : [];
}
/** Reads `pytestmark = ...` assignments among statements. */
function pytestmarkOf(text, statements) {
    const scope = { ids: [] };
    for (const st of statements) {
        if (st.name !== 'AssignStatement')
            continue;
        const parts = children(st);
        if (parts[0]?.name !== 'VariableName' || src(text, parts[0]) !== 'pytestmark')
            continue;
        const value = parts[parts.length - 1];
        for (const m of marksIn(text, value)) {
            scope.skip ??= skipsBy(text, m.name, m.args) && `pytestmark ${skipsBy(text, m.name, m.args)}`;
            scope.ids.push(...markerIds(text, m.name, m.args));
        }
    }
    return scope;
}
function unwrapDecorated(text, st) {
    if (st.name === 'FunctionDefinition' || st.name === 'ClassDefinition')
        return { def: st, decorators: [] };
    if (st.name !== 'DecoratedStatement')
        return { decorators: [] };
    const parts = children(st);
    return { def: parts.find((c) => c.name === 'FunctionDefinition' || c.name === 'ClassDefinition'), decorators: parts.filter((c) => c.name === 'Decorator').map((d) => decoratorParts(text, d)) };
}
function defName(text, def) {
    const n = children(def).find((c) => c.name === 'VariableName');
    return n ? src(text, n) : '';
}
function bodyStatements(def) {
    const body = children(def).find((c) => c.name === 'Body');
    return body ? children(body).filter((c) => c.name !== ':' && c.name !== 'Comment') : [];
}
function scanPython(file, text) {
    const tree = python_dist/* parser */.K.parse(text);
    if (hasSyntaxError(tree, true))
        return { tests: [], excluded: [] };
    const statements = children(tree.topNode);
    const module = pytestmarkOf(text, statements);
    // `pytest.skip("...", allow_module_level=True)` at module level skips the whole file.
    for (const st of statements) {
        if (st.name !== 'ExpressionStatement')
            continue;
        const call = st.firstChild;
        if (call?.name === 'CallExpression' && /^pytest\.skip$/.test(src(text, call.firstChild).replace(/\s+/g, '')) && /allow_module_level\s*=\s*True/.test(src(text, call)))
            module.skip ??= 'a module-level `pytest.skip(..., allow_module_level=True)`';
    }
    // Later definitions replace earlier ones of the same name, as Python does.
    const defined = new Map();
    const add = (key, entries) => {
        defined.delete(key);
        defined.set(key, entries);
    };
    for (const st of statements) {
        const { def, decorators } = unwrapDecorated(text, st);
        if (!def)
            continue;
        const name = defName(text, def);
        const line = lineAt(text, def.from);
        const decoratorSkip = decorators.map((d) => skipsBy(text, d.name, d.args)).find(Boolean);
        const decoratorIds = decorators.flatMap((d) => markerIds(text, d.name, d.args));
        if (def.name === 'FunctionDefinition') {
            if (!name.startsWith('test'))
                continue;
            const reason = module.skip ?? decoratorSkip;
            add(name, [{ file, line, name, language: 'python', ids: testIds(name, [...module.ids, ...decoratorIds]), ...(reason ? { reason: `skipped by ${reason}` } : {}) }]);
            continue;
        }
        // A class.
        const argList = children(def).find((c) => c.name === 'ArgList');
        const bases = argList ? src(text, argList) : '';
        const isTestCase = /\bTestCase\b/.test(bases);
        const members = bodyStatements(def);
        const classMarks = pytestmarkOf(text, members);
        const methods = members.map((m) => unwrapDecorated(text, m)).filter((m) => m.def?.name === 'FunctionDefinition');
        const hasInit = methods.some((m) => ['__init__', '__new__'].includes(defName(text, m.def)));
        let notCollected;
        if (!isTestCase && !name.startsWith('Test'))
            notCollected = `class ${name} is not collected: its name does not start with "Test" and it is not a unittest.TestCase`;
        else if (!isTestCase && hasInit)
            notCollected = `class ${name} is not collected: it has an __init__ (or __new__) constructor`;
        const classSkip = module.skip ?? decoratorSkip ?? classMarks.skip;
        const entries = [];
        const byName = new Map();
        for (const m of methods) {
            const mName = defName(text, m.def);
            if (!mName.startsWith('test'))
                continue;
            const methodSkip = m.decorators.map((d) => skipsBy(text, d.name, d.args)).find(Boolean);
            const reason = notCollected ?? ((classSkip ?? methodSkip) && `skipped by ${classSkip ?? methodSkip}`);
            const ids = testIds(mName, [...module.ids, ...decoratorIds, ...classMarks.ids, ...m.decorators.flatMap((d) => markerIds(text, d.name, d.args))]);
            byName.set(mName, { file, line: lineAt(text, m.def.from), name: mName, language: 'python', ids, ...(isTestCase ? { unittestCase: true } : {}), ...(reason ? { reason } : {}) });
        }
        entries.push(...byName.values());
        add(name, entries);
    }
    const tests = [];
    const excluded = [];
    for (const list of defined.values()) {
        for (const { reason, ...t } of list) {
            if (reason)
                excluded.push({ ...t, reason });
            else
                tests.push(t);
        }
    }
    return { tests, excluded };
}
function testIds(name, marked) {
    const ids = new Set(marked);
    const named = PY_NAMED_ID.exec(name);
    if (named)
        ids.add(`${named[1]}-${named[2]}`);
    return [...ids];
}
// ---------------------------------------------------------------- JavaScript / TypeScript (jest, vitest, mocha)
const TEST_FNS = new Set(['it', 'test', 'specify', 'xit', 'xtest', 'fit', 'xspecify']);
const SUITE_FNS = new Set(['describe', 'context', 'suite', 'xdescribe', 'fdescribe', 'xcontext']);
/** `it`, `it.skip`, `test.concurrent.only`, `describe.each(table)` → base, modifiers and the argument list. */
function calleeOf(text, call) {
    const parts = children(call);
    const args = parts.find((c) => c.name === 'ArgList');
    let fn = parts[0];
    if (!args || !fn)
        return undefined;
    const modifiers = [];
    // `test.each(table)(title, fn)`: the callee is itself a call.
    if (fn.name === 'CallExpression') {
        const inner = calleeOf(text, fn);
        if (!inner || !inner.modifiers.includes('each'))
            return undefined;
        return { base: inner.base, modifiers: inner.modifiers, args };
    }
    while (fn.name === 'MemberExpression') {
        const p = children(fn);
        const prop = p.find((c) => c.name === 'PropertyName');
        if (!prop)
            return undefined;
        modifiers.unshift(src(text, prop));
        fn = p[0];
    }
    if (fn.name !== 'VariableName')
        return undefined;
    return { base: src(text, fn), modifiers, args };
}
function titleOf(text, args) {
    const first = children(args).find((c) => !['(', ')', ','].includes(c.name));
    if (!first)
        return undefined;
    if (first.name === 'String')
        return src(text, first).slice(1, -1);
    if (first.name === 'TemplateString' && !children(first).some((c) => c.name === 'Interpolation'))
        return src(text, first).slice(1, -1);
    return undefined;
}
function callbackBody(args) {
    const fns = children(args).filter((c) => c.name === 'ArrowFunction' || c.name === 'FunctionExpression');
    const fn = fns[fns.length - 1];
    if (!fn)
        return undefined;
    return children(fn).find((c) => c.name === 'Block');
}
function scanJs(file, text) {
    const dialect = /\.[cm]?tsx$/.test(file) ? 'ts jsx' : /\.[cm]?ts$/.test(file) ? 'ts' : 'jsx';
    const tree = javascript_dist/* parser */.K.configure({ dialect }).parse(text);
    if (hasSyntaxError(tree))
        return { tests: [], excluded: [] };
    const found = [];
    let anyOnly = false;
    const walk = (statements, inherited) => {
        for (const st of statements) {
            if (st.name !== 'ExpressionStatement')
                continue;
            const call = st.firstChild;
            if (call?.name !== 'CallExpression')
                continue;
            const callee = calleeOf(text, call);
            if (!callee)
                continue;
            const { base, modifiers, args } = callee;
            const isTest = TEST_FNS.has(base);
            const isSuite = SUITE_FNS.has(base);
            if (!isTest && !isSuite)
                continue;
            const title = titleOf(text, args) ?? '';
            const only = inherited.only || modifiers.includes('only') || base.startsWith('f');
            if (modifiers.includes('only') || base.startsWith('f'))
                anyOnly = true;
            const ownSkip = base.startsWith('x') ? `\`${base}\`` : modifiers.find((m) => m === 'skip' || m === 'todo') && `\`${base}.${modifiers.find((m) => m === 'skip' || m === 'todo')}\``;
            const skip = inherited.skip ?? (ownSkip ? (isSuite ? `${ownSkip} on describe "${title}"` : ownSkip) : undefined);
            if (isSuite) {
                const body = callbackBody(args);
                if (body)
                    walk(children(body), { skip, only, ids: [...inherited.ids, ...idsIn(title)] });
                continue;
            }
            found.push({ file, line: lineAt(text, call.from), name: title, language: 'javascript', ids: [...new Set([...inherited.ids, ...idsIn(title)])], ...(skip ? { skip } : {}), only });
        }
    };
    walk(children(tree.topNode), { only: false, ids: [] });
    const tests = [];
    const excluded = [];
    for (const { skip, only, ...t } of found) {
        if (skip)
            excluded.push({ ...t, reason: `skipped by ${skip}` });
        else if (anyOnly && !only)
            excluded.push({ ...t, reason: 'skipped: the file runs only its `.only` tests' });
        else
            tests.push(t);
    }
    return { tests, excluded };
}
async function buildTestIndex(repo) {
    const files = (await repo.listFiles()).filter(isTestFile);
    const tests = [];
    const excluded = [];
    for (const file of files) {
        const text = await repo.readText(file);
        if (text === undefined)
            continue;
        const r = scanTestFileDetailed(file, text);
        tests.push(...r.tests);
        excluded.push(...r.excluded);
    }
    return { files, tests, excluded };
}
/** `*` any run of characters, `?` one: for test names (`test_data_1_*`). */
function nameMatches(pattern, name) {
    const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    return re.test(name);
}
/** Path globs: `**` any folders, `*` within one path segment; a plain path matches itself and what is under it. */
function pathMatches(pattern, file) {
    const clean = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
    if (!/[*?]/.test(clean))
        return file === clean || file.startsWith(`${clean}/`);
    let re = '';
    for (let i = 0; i < clean.length; i++) {
        const c = clean[i];
        if (c === '*' && clean[i + 1] === '*') {
            re += clean[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += clean[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}(?:/.*)?$`).test(file);
}

;// CONCATENATED MODULE: ./src/score/evidence/proof.ts
/**
 * Sentences that say why a workflow step counts as running automatically: its workflow's triggers (branch
 * filters already checked against the default branch), the job's `if:` and `needs:`, the step's `if:`.
 */
function stepProof(s) {
    const w = s.workflow;
    const how = w.repeating ? `on ${w.triggers.join(', ')}` : 'as a reusable workflow called from an active job';
    const job = s.job;
    const gates = [job.ifExpression !== undefined ? `its \`if: ${job.ifExpression}\` is not a constant false` : 'it has no `if:`', job.needs.length ? `every job it needs (${job.needs.join(', ')}) runs` : 'it needs no other job'].join(' and ');
    return [
        `${w.file} runs ${how} (push/pull_request branch filters let the default branch through)`,
        `job ${job.id} runs: ${gates}`,
        `the step (${s.step.name ? `"${s.step.name}"` : `#${s.step.index + 1}`}) is enabled${s.step.continueOnError ? '' : ' and its failure fails the job'}`,
    ];
}

;// CONCATENATED MODULE: ./src/score/evidence/tests.ts





/**
 * Whether tests run automatically: the first active workflow step whose runner would collect one of
 * `tests` (its files, its arguments, not skipped), with the proof of each link. Shared by the configured
 * `tests` evidence and the named-tests detector.
 */
async function runTests(ctx, tests) {
    const runners = await ctx.runners();
    for (const runner of runners) {
        const test = tests.find((t) => collects(runner, t));
        if (test)
            return { test, runner };
    }
    const languages = [...new Set(tests.map((t) => t.language))];
    const near = runners.filter((r) => languages.includes(r.invocation.language));
    if (near.length === 0)
        return { problem: `no active workflow step runs a ${languages.map(languageName).join(' or ')} test runner, so the tests never run automatically` };
    const reasons = near.slice(0, 3).map((r) => `${describeRunner(r)}: ${whyNot(r) ?? 'it does not collect these files (its arguments, working folder or kind select others)'}`);
    return { problem: `no active workflow step runs these tests — ${reasons.join('; ')}` };
}
function creditProof(test, runner) {
    return [
        `${test.file}:${test.line} ${test.name || '(untitled)'} is collected by ${runner.invocation.kind} and not skipped (parsed, not pattern-matched)`,
        `run by ${describeRunner(runner)}`,
        ...stepProof(runner.step),
    ];
}
function excludedNote(excluded) {
    if (excluded.length === 0)
        return '';
    return `; not counted: ${excluded.slice(0, 3).map((t) => `${t.file}:${t.line} ${t.name} (${t.reason})`).join(', ')}${excluded.length > 3 ? ` and ${excluded.length - 3} more` : ''}`;
}
/**
 * Named test files or test names, credited only when an active workflow step runs a runner that collects
 * one of them: tests that exist but never run, or are skipped, are not "run automatically".
 */
const testsVerifier = {
    kind: 'tests',
    level: 'automated',
    async verify(config, ctx, keyPath, testId) {
        const parts = [config.paths && `files ${config.paths.join(', ')}`, config.names && `tests named ${config.names.join(', ')}`].filter(Boolean);
        const description = `tests: ${parts.join('; ')}`;
        const allFiles = await ctx.repo.listFiles();
        const findings = [];
        let scope;
        if (config.paths) {
            scope = new Set();
            for (const [i, pattern] of config.paths.entries()) {
                const matched = allFiles.filter((f) => pathMatches(pattern, f));
                if (matched.length === 0) {
                    findings.push({
                        severity: 'error', code: 'evidence-path-missing', test: testId,
                        message: `${testId}: test path "${pattern}" matches no file in ${ctx.repo.label}`,
                        location: ctx.settings.locate([...keyPath, 'paths', i]), hint: 'paths are relative to the repository root',
                    });
                }
                for (const f of matched)
                    scope.add(f);
            }
            if (findings.length > 0)
                return notCredited(description, 'a test path matches no file', findings);
        }
        const index = await ctx.tests();
        const wanted = (t) => (scope === undefined || scope.has(t.file)) && (config.names === undefined || config.names.some((n) => nameMatches(n, t.name)));
        const hits = index.tests.filter(wanted);
        const excluded = index.excluded.filter(wanted);
        if (hits.length === 0) {
            const what = config.names ? `no test named ${config.names.join(' or ')}` : 'no test';
            return notCredited(description, `${what} that its runner would collect and run was found${scope ? ' in the given paths' : ''}${excludedNote(excluded)}`, [{
                    severity: 'error', code: config.names ? 'evidence-test-missing' : 'evidence-no-tests', test: testId,
                    message: `${testId}: ${what} that a runner would collect and run found${config.paths ? ` in ${config.paths.join(', ')}` : ''}${excludedNote(excluded)}`,
                    location: ctx.settings.locate([...keyPath, config.names ? 'names' : 'paths']),
                    hint: 'Python: pytest files test_*.py with test* functions or Test* classes; JS/TS: it()/test() in *.test.* files; skipped tests do not count',
                }]);
        }
        const location = { file: external_node_path_default().join(ctx.repo.root, hits[0].file), line: hits[0].line };
        const ran = await runTests(ctx, hits);
        if ('problem' in ran)
            return notCredited(description, ran.problem, [], location);
        return {
            credited: true,
            description: `${description}: ${ran.test.file}::${ran.test.name}, run by ${describeRunner(ran.runner)}`,
            location: { file: external_node_path_default().join(ctx.repo.root, ran.test.file), line: ran.test.line },
            findings: [],
            proof: creditProof(ran.test, ran.runner),
        };
    },
};

;// CONCATENATED MODULE: ./src/score/rubric.ts
/**
 * The ML Test Score rubric (Breck, Cai, Nielsen, Salib, Sculley, IEEE Big Data 2017) as data: 28 tests in
 * four sections of seven. Titles follow the short listings of the paper's Tables I-IV; descriptions and
 * "how to satisfy it" are our own words. Only the 2017 scoring is implemented (0.5 manual, 1 automated,
 * final = minimum of the section sums); the 2016 workshop version scored 1/2 and is deliberately absent.
 */
const SECTIONS = ['data', 'model', 'infrastructure', 'monitoring'];
const SECTION_TITLES = {
    data: 'Data',
    model: 'Model',
    infrastructure: 'Infrastructure',
    monitoring: 'Monitoring',
};
/** The id prefix of each section: `data-1`, `model-1`, `infra-1`, `monitor-1`. */
const SECTION_PREFIX = {
    data: 'data',
    model: 'model',
    infrastructure: 'infra',
    monitoring: 'monitor',
};
function t(section, number, title, effort, description, how, modelship) {
    return { id: `${SECTION_PREFIX[section]}-${number}`, section, number, title, description, how, effort, modelship };
}
const RUBRIC = [
    t('data', 1, 'Feature expectations are captured in a schema.', 2, 'What each feature should look like (type, range, allowed values, rough distribution) is written down as a machine-checkable schema rather than kept in people\'s heads, so that surprises in the data are caught by code.', 'Write a schema for the training data (e.g. pandera, Great Expectations, TFDV) and check every new training set against it in CI.'),
    t('data', 2, 'All features are beneficial.', 3, 'Every feature earns its place: its contribution to the model is measured, and features that add nothing (or duplicate others) are found and removed.', 'Run a feature-importance or ablation analysis on each retraining and fail or flag when a feature contributes nothing.'),
    t('data', 3, "No feature's cost is too much.", 3, 'Each feature has a known cost (latency and memory at inference, upstream dependencies, how often its source breaks) and that cost is weighed against its benefit.', 'Record per-feature cost (compute time, size, upstream owner) and review it against the importance from data-2.'),
    t('data', 4, 'Features adhere to meta-level requirements.', 2, 'Rules that apply to all features (no personal data, no features derived from the label, only approved sources) are enforced, not just hoped for.', 'Keep an allow- or deny-list of features and sources and check the model\'s feature list against it in CI.'),
    t('data', 5, 'The data pipeline has appropriate privacy controls.', 4, 'Access to sensitive data is restricted and audited along the whole pipeline, and user data deletion propagates to derived datasets and models.', 'Test access controls and data retention (e.g. that a deleted user disappears from features) in the pipeline\'s tests.'),
    t('data', 6, 'New features can be added quickly.', 3, 'The time from a feature idea to that feature in production is short and known, which keeps the team from working around the pipeline.', 'Measure lead time for a new feature (first commit to production) and keep a template or test for adding one.'),
    t('data', 7, 'All input feature code is tested.', 2, 'The code that turns raw data into features, in training and in serving, has unit tests: bugs there silently corrupt every model downstream.', 'Unit-test every feature transformation and run the tests in CI on every change.'),
    t('model', 1, 'Model specs are reviewed and submitted.', 1, 'Every model specification (code, configuration, hyperparameters) goes through code review and is checked into version control, so any model can be traced to reviewed source.', 'Keep model code and configuration in the repository, require pull-request review (branch protection), and run a CI check on every pull request.'),
    t('model', 2, 'Offline and online metrics correlate.', 4, 'The offline metric used to choose models actually predicts the online impact users see; this is measured, not assumed.', 'Run small online experiments (e.g. an A/B test with a deliberately degraded model) and compare the offline and online deltas.', 'A/B deployments with a statistical test provide the online side.'),
    t('model', 3, 'All hyperparameters have been tuned.', 3, 'Hyperparameters (learning rate, depth, regularisation, feature transforms) are tuned systematically rather than left at defaults.', 'Run a hyperparameter search as part of training and record the search space and the result.'),
    t('model', 4, 'The impact of model staleness is known.', 3, 'The team knows how quickly quality decays when the model is not retrained, and so how often it must be retrained.', 'Evaluate models trained on older data against current data and record the quality loss per unit of age.'),
    t('model', 5, 'A simpler model is not better.', 2, 'The model is regularly compared against a very simple baseline (e.g. a linear model on a few features), which both checks the pipeline and justifies the complexity.', 'Train a simple baseline in the same pipeline and gate the candidate on beating it.', 'A metric gate whose baseline is a simple model automates it.'),
    t('model', 6, 'Model quality is sufficient on important data slices.', 1, 'Quality is checked per important slice of the data (region, class, user group), because a gain in the average can hide a collapse in one slice.', 'Gate releases on per-slice thresholds, not only on the global metric.', 'A Modelship metric gate with slices automates it.'),
    t('model', 7, 'The model is tested for considerations of inclusion.', 2, 'The model is checked for unfair differences in quality between groups of users, and for gaps in how well groups are represented in the data.', 'Measure quality per sensitive group and gate on the largest gap between groups.', 'A Modelship metric gate on a cross-slice gap (fairness) automates it.'),
    t('infrastructure', 1, 'Training is reproducible.', 3, 'Training the same code on the same data gives the same (or a near-identical) model, so changes can be attributed and bugs reproduced.', 'Pin seeds, data snapshots and dependencies; train twice in CI and compare the outputs or their predictions.'),
    t('infrastructure', 2, 'Model specs are unit tested.', 2, 'The model code has unit tests: e.g. a training step lowers the loss, a checkpoint restores, shapes and outputs are as expected.', 'Write unit tests for the model code and run them in CI on every change.'),
    t('infrastructure', 3, 'The ML pipeline is Integration tested.', 3, 'The whole pipeline, from raw data to a served model, is run end to end on a small dataset, so breaks between stages are found before production.', 'Run the full pipeline on a sample dataset in CI (or nightly) and check that a servable model comes out.'),
    t('infrastructure', 4, 'Model quality is validated before serving.', 1, 'A trained model is checked automatically, before it can serve traffic, for sufficient quality in absolute terms and against the current model; a model that fails is not pushed.', 'Run a metric gate (thresholds and comparison with the production model) in the pipeline before every deployment.', 'The Modelship gate action, or environments with gates, automates it.'),
    t('infrastructure', 5, 'The model is debuggable.', 3, 'One can run a single example through training or inference and inspect the computation step by step.', 'Provide a tool or notebook that runs one example through the model and shows intermediate values, and test that it works.'),
    t('infrastructure', 6, 'Models are canaried before serving.', 2, 'A new model first serves a small share of real traffic and is watched there before it takes all of it, which catches problems offline tests cannot.', 'Deploy with a canary strategy: weighted steps with metric analysis and automatic rollback.', 'A Modelship environment with the canary strategy automates it.'),
    t('infrastructure', 7, 'Serving models can be rolled back.', 1, 'Going back to the previous serving model is quick, safe and practised, not an improvised emergency.', 'Keep the previous version deployable and make rollback one command; exercise it.', 'Modelship deployments keep the previous version and roll back with `/rollback` or `modelship rollback`.'),
    t('monitoring', 1, 'Dependency changes result in notification.', 1, 'The team learns when something the model depends on (libraries, upstream data, services) changes, instead of discovering it through a broken model.', 'Enable Dependabot or Renovate for the repository, and subscribe to the announcements of upstream data owners.'),
    t('monitoring', 2, 'Data invariants hold for inputs.', 2, 'The schema of data-1 is checked continuously against training and serving inputs, with an alert when they diverge.', 'Validate incoming data against the schema on a schedule or in the serving path and alert on violations.'),
    t('monitoring', 3, 'Training and serving are not skewed.', 4, 'Features computed at serving time equal those computed in training for the same input; skew here is common and silent.', 'Log serving features for a sample of requests, recompute them with the training code, and compare.'),
    t('monitoring', 4, 'Models are not too stale.', 2, 'The serving model\'s age is watched and an alert fires before it exceeds what model-4 showed to be acceptable.', 'Export the serving model\'s training date and alert when it is older than the agreed limit (a scheduled check).'),
    t('monitoring', 5, 'Models are numerically stable.', 2, 'NaNs, infinities and exploding or vanishing values in training or serving are detected rather than propagated.', 'Check for NaN/Inf in weights and outputs during training and serving and fail or alert on them.'),
    t('monitoring', 6, 'Computing performance has not regressed.', 1, 'Training speed, serving latency, throughput and memory are tracked across versions, so both sudden and slow-leak regressions are caught.', 'Benchmark each candidate against the previous version and fail on a regression beyond a tolerance.', 'The Modelship benchmark action with a regression rule automates it.'),
    t('monitoring', 7, 'Prediction quality has not regressed.', 3, 'Quality on served data is monitored (with delayed labels or proxies), so degradation in production is noticed.', 'Compute quality on recent labelled production data on a schedule and alert on a drop.'),
];
const RUBRIC_BY_ID = new Map(RUBRIC.map((test) => [test.id, test]));
const TEST_IDS = RUBRIC.map((test) => test.id);

;// CONCATENATED MODULE: ./src/score/detect/named-tests.ts




/**
 * Tests that say which rubric test they implement (`test_data_1_*`, `@pytest.mark.ml_test_score("model-6")`,
 * `it('[model-6] ...')`) credit that test when an active workflow step runs a runner that collects one of
 * them and does not skip it. Skipped or uncollected ones are listed as evidence that earns nothing.
 */
const namedTestsDetector = {
    name: 'tests',
    async detect(ctx) {
        const index = await ctx.tests();
        const byId = new Map();
        const entry = (id) => {
            let e = byId.get(id);
            if (!e)
                byId.set(id, (e = { tests: [], excluded: [] }));
            return e;
        };
        for (const t of index.tests)
            for (const id of t.ids)
                if (RUBRIC_BY_ID.has(id))
                    entry(id).tests.push(t);
        for (const t of index.excluded)
            for (const id of t.ids)
                if (RUBRIC_BY_ID.has(id))
                    entry(id).excluded.push(t);
        const out = [];
        for (const [id, { tests, excluded }] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
            if (tests.length === 0) {
                const t = excluded[0];
                out.push(detected(id, 'named-tests', false, `${excluded.length} test(s) for ${id} that never run`, { location: { file: external_node_path_default().join(ctx.repo.root, t.file), line: t.line }, problem: excludedNote(excluded).replace(/^; /, '') }));
                continue;
            }
            const names = tests.slice(0, 3).map((t) => `${t.file}::${t.name}`).join(', ') + (tests.length > 3 ? ` and ${tests.length - 3} more` : '');
            const ran = await runTests(ctx, tests);
            if ('problem' in ran) {
                out.push(detected(id, 'named-tests', false, `${tests.length} test(s) for ${id}: ${names}`, { location: { file: external_node_path_default().join(ctx.repo.root, tests[0].file), line: tests[0].line }, problem: ran.problem }));
            }
            else {
                out.push(detected(id, 'named-tests', true, `${tests.length} test(s) for ${id}: ${names}; ${ran.test.file}::${ran.test.name} run by ${ran.runner.step.workflow.file} job ${ran.runner.step.job.id}`, {
                    location: { file: external_node_path_default().join(ctx.repo.root, ran.test.file), line: ran.test.line },
                    proof: creditProof(ran.test, ran.runner),
                }));
            }
        }
        return { detected: out, findings: [] };
    },
};

;// CONCATENATED MODULE: ./src/score/detect/registry.ts



/** Every detector; `score.autoDetect.<name>: false` switches one off. */
const DETECTORS = [modelshipDetector, namedTestsDetector, dependenciesDetector];

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/score/evidence/command.ts



/** Variables that hold credentials: a configured command has no business reading them. */
const SECRET_ENV = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|GITHUB_TOKEN$|GH_TOKEN$)/;
/** Output kept for the `expect` check (the end is what reports usually print). */
const MAX_OUTPUT = 1024 * 1024;
/** Runs argv with execFile (never a shell), without the runner's credentials in its environment. */
const runCommand = (argv, { cwd, timeoutMs }) => new Promise((resolve) => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !SECRET_ENV.test(k)));
    (0,external_node_child_process_.execFile)(argv[0], argv.slice(1), { cwd, timeout: timeoutMs, env, maxBuffer: 16 * 1024 * 1024, windowsHide: true }, (err, stdout, stderr) => {
        const output = `${stdout}\n${stderr}`.slice(-MAX_OUTPUT);
        if (!err)
            return resolve({ exitCode: 0, output });
        const e = err;
        if (e.killed)
            return resolve({ exitCode: null, error: `timed out after ${(0,duration/* formatDuration */.a)(timeoutMs)}` });
        if (typeof e.code === 'number')
            return resolve({ exitCode: e.code, output });
        resolve({ exitCode: null, error: e.code === 'ENOENT' ? `${argv[0]} was not found` : e.message });
    });
});
/**
 * Why an `expect` pattern proves nothing, or undefined when it can: it must compile, must not match empty
 * output, and must not match the command line itself (`echo ok` with `expect: ok` checks nothing).
 */
function weakExpectation(expect, argv) {
    let re;
    try {
        re = new RegExp(expect, 'm');
    }
    catch (err) {
        return `\`expect\` is not a regular expression: ${err.message}`;
    }
    if (re.test('') || re.test('\n'))
        return `\`expect: ${expect}\` matches empty output, so it checks nothing`;
    if (argv.slice(1).some((a) => re.test(a)))
        return `\`expect: ${expect}\` matches the command's own arguments: the command can print it without checking anything`;
    return undefined;
}
/**
 * A command that checks the test: it must exit 0 and print what `expect` matches (a report line, a JSON
 * field), so that what it proves is named. A bare argument array (`["true"]`) proves only that something
 * exited 0 and earns nothing. On the base ref (not checked out) commands do not run: the head's outcome for
 * the same command and expectation is reused, so the comparison stays fair.
 */
const commandVerifier = {
    kind: 'command',
    level: 'automated',
    async verify(config, ctx, keyPath, testId) {
        const argv = Array.isArray(config) ? config : config.run;
        const expect = Array.isArray(config) ? undefined : config.expect;
        const description = `command ${JSON.stringify(argv)}${expect !== undefined ? ` printing /${expect}/` : ''}`;
        const locate = ctx.settings.locate(keyPath);
        if (argv.length === 0 || argv[0].trim() === '') {
            return notCredited(description, 'the command is empty', [{ severity: 'error', code: 'evidence-command-empty', test: testId, message: `${testId}: automated.command is empty`, location: locate }]);
        }
        if (expect === undefined) {
            return notCredited(description, 'an exit code alone proves nothing: say what the output must show', [{
                    severity: 'error', code: 'evidence-command-unchecked', test: testId,
                    message: `${testId}: automated.command ${JSON.stringify(argv)} has no \`expect\`: its output is not checked, so it is no evidence`,
                    location: locate, hint: `command: {run: ${JSON.stringify(argv)}, expect: "<a pattern its report prints, e.g. \\"passed\\": true>"}`,
                }]);
        }
        const weak = weakExpectation(expect, argv);
        if (weak)
            return notCredited(description, weak, [{ severity: 'error', code: 'evidence-command-unchecked', test: testId, message: `${testId}: ${weak}`, location: locate }]);
        const key = JSON.stringify([argv, expect]);
        if (!ctx.runCommand) {
            const known = ctx.commandOutcomes.get(key);
            if (known === undefined)
                return notCredited(description, `not run on ${ctx.repo.label} and not run on the working tree either`);
            return known ? { credited: true, description: `${description} (outcome of the working tree reused)`, findings: [], proof: [`on the working tree, ${JSON.stringify(argv)} exited 0 and printed a line matching /${expect}/`] } : notCredited(description, 'the command failed on the working tree');
        }
        const result = await ctx.runCommand(argv, { cwd: ctx.repo.root, timeoutMs: ctx.settings.commandTimeoutMs });
        const matched = result.exitCode === 0 ? new RegExp(expect, 'm').exec(result.output ?? '') : null;
        ctx.commandOutcomes.set(key, matched !== null);
        if (matched) {
            return { credited: true, description: `${description} exited 0`, findings: [], proof: [`${JSON.stringify(argv)} ran in the repository root, exited 0 and printed ${JSON.stringify(matched[0].slice(0, 200))}, which matches /${expect}/`] };
        }
        const problem = result.error ?? (result.exitCode !== 0 ? `it exited ${result.exitCode}` : `its output does not match /${expect}/`);
        return notCredited(description, problem, [{
                severity: result.error ? 'error' : 'warning', code: result.error ? 'evidence-command-error' : 'evidence-command-failed', test: testId,
                message: `${testId}: ${description} ${result.error ? `could not run: ${result.error}` : problem}`,
                location: locate,
            }]);
    },
};

;// CONCATENATED MODULE: ./src/score/evidence/manual.ts



const DAY_MS = 86_400_000;
/** `YYYY-MM-DD` as a UTC day, or undefined for anything else (including 2026-02-30). */
function parseIsoDate(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (!m)
        return undefined;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : undefined;
}
function days(ms) {
    return Math.floor(ms / DAY_MS);
}
/**
 * Half a point for a test run by hand with documented results (the paper's rule), kept honest: the document
 * must exist, a reviewer and a review date must be given, the date cannot be in the future, and the review
 * expires after `maxAge` (expired = missing; a warning comes `expiryWarning` before).
 */
const manualVerifier = {
    kind: 'manual',
    level: 'manual',
    async verify(config, ctx, keyPath, testId) {
        const locate = (k) => ctx.settings.locate([...keyPath, k]);
        const description = `reviewed by ${config.reviewer} on ${config.date}: ${config.document}`;
        if ((await ctx.repo.kind(config.document)) !== 'file') {
            return notCredited(description, `document ${config.document} does not exist`, [{
                    severity: 'error',
                    code: 'evidence-path-missing',
                    test: testId,
                    message: `${testId}: manual evidence document "${config.document}" does not exist in ${ctx.repo.label}`,
                    location: locate('document'),
                    hint: 'paths are relative to the repository root',
                }]);
        }
        if (config.reviewer.trim() === '') {
            return notCredited(description, 'no reviewer', [{ severity: 'error', code: 'manual-no-reviewer', test: testId, message: `${testId}: manual evidence needs a reviewer`, location: locate('reviewer') }]);
        }
        const reviewed = parseIsoDate(config.date);
        if (reviewed === undefined) {
            return notCredited(description, `"${config.date}" is not a date`, [{
                    severity: 'error', code: 'manual-bad-date', test: testId,
                    message: `${testId}: review date "${config.date}" is not a date in the form YYYY-MM-DD`, location: locate('date'),
                }]);
        }
        const today = Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth(), ctx.now.getUTCDate());
        if (reviewed > today) {
            return notCredited(description, `the review date ${config.date} is in the future`, [{
                    severity: 'error', code: 'manual-date-in-future', test: testId,
                    message: `${testId}: review date ${config.date} is in the future (today is ${new Date(today).toISOString().slice(0, 10)})`,
                    location: locate('date'), hint: 'give the date the review took place',
                }]);
        }
        let maxAge = ctx.settings.manualMaxAgeMs;
        if (config.maxAge !== undefined) {
            try {
                maxAge = (0,duration/* parseDuration */.E)(config.maxAge, `score.tests.${testId}.manual.maxAge`);
            }
            catch (err) {
                return notCredited(description, err.message, [{ severity: 'error', code: 'manual-bad-max-age', test: testId, message: err.message, location: locate('maxAge') }]);
            }
        }
        const age = today - reviewed;
        const expires = new Date(reviewed + maxAge).toISOString().slice(0, 10);
        if (age > maxAge) {
            return notCredited(description, `the review expired on ${expires}`, [{
                    severity: 'warning', code: 'manual-expired', test: testId,
                    message: `${testId}: the manual review of ${config.date} expired on ${expires} (older than ${days(maxAge)} days): it counts as missing`,
                    location: locate('date'), hint: 'repeat the test, update the document and the date — or automate it',
                }]);
        }
        const findings = [];
        if (maxAge - age <= ctx.settings.expiryWarningMs) {
            findings.push({
                severity: 'warning', code: 'manual-expiring', test: testId,
                message: `${testId}: the manual review of ${config.date} expires on ${expires} (in ${days(maxAge - age)} days)`,
                location: locate('date'), hint: 'plan the next review, or automate the test',
            });
        }
        return { credited: true, description: `${description} (valid until ${expires})`, findings, location: { file: external_node_path_default().join(ctx.repo.root, config.document) } };
    },
};

;// CONCATENATED MODULE: ./src/score/evidence/workflow.ts



/**
 * `run: "pytest tests/data"` matches a step that runs a command starting with those words (after
 * `NAME=value` assignments), not a script that merely contains the text (`echo pytest tests/data`).
 */
function runMatches(pattern, script) {
    if (script === undefined)
        return false;
    const want = patternArgv(pattern);
    if (want.length === 0)
        return false;
    return shellCommands(script).some((c) => want.every((w, i) => c.argv[i] === w));
}
/** `actions/checkout@v4` matches `actions/checkout`; a pattern with `@` must match the ref too. */
function usesMatches(pattern, uses) {
    if (pattern.includes('@'))
        return uses === pattern;
    return uses.split('@')[0].replace(/\/+$/, '') === pattern.replace(/\/+$/, '');
}
function fileMatches(pattern, workflow) {
    const clean = pattern.replace(/^\.\//, '');
    return workflow.file === clean || workflow.file === `.github/workflows/${clean}`;
}
function stepMatches(config, s) {
    if (config.job !== undefined && s.job.id !== config.job)
        return false;
    if (config.uses !== undefined && (s.step.uses === undefined || !usesMatches(config.uses, s.step.uses)))
        return false;
    if (config.run !== undefined && !runMatches(config.run, s.step.run))
        return false;
    if (config.step !== undefined && !(s.step.name ?? '').includes(config.step))
        return false;
    return true;
}
function describe(config) {
    const parts = [
        config.uses && `uses: ${config.uses}`,
        config.run && `running \`${config.run}\``,
        config.step && `step named "${config.step}"`,
        config.job && `in job ${config.job}`,
        config.file && `in ${config.file}`,
    ].filter(Boolean);
    return `workflow step ${parts.join(', ')}`;
}
/** A matching step in a job that runs automatically and repeatedly (see workflows.ts for the rules). */
const workflowVerifier = {
    kind: 'workflow',
    level: 'automated',
    async verify(config, ctx, keyPath, testId) {
        const description = describe(config);
        const candidates = ctx.workflows.workflows.filter((w) => config.file === undefined || fileMatches(config.file, w));
        if (config.file !== undefined && candidates.length === 0) {
            const exists = (await ctx.repo.kind(config.file)) === 'file' || (await ctx.repo.kind(`.github/workflows/${config.file}`)) === 'file';
            return notCredited(description, exists ? `workflow ${config.file} could not be read` : `no workflow ${config.file} in .github/workflows`, [{
                    severity: 'error',
                    code: exists ? 'evidence-workflow-unreadable' : 'evidence-path-missing',
                    test: testId,
                    message: exists ? `${testId}: workflow ${config.file} could not be parsed (see its finding)` : `${testId}: workflow "${config.file}" does not exist in .github/workflows`,
                    location: ctx.settings.locate([...keyPath, 'file']),
                }]);
        }
        const hit = ctx.workflows.activeSteps.find((s) => candidates.includes(s.workflow) && stepMatches(config, s));
        if (hit) {
            return {
                credited: true,
                description: `${description}: ${hit.workflow.file} job ${hit.job.id} (on: ${hit.workflow.triggers.join(', ')})`,
                location: hit.step.location,
                findings: [],
                proof: [`${hit.workflow.file} job ${hit.job.id} has a step that ${[config.uses && `uses ${hit.step.uses}`, config.run && `runs \`${config.run}\` as a command (not merely as text)`, config.step && `is named "${hit.step.name}"`].filter(Boolean).join(' and ') || 'matches'}`, ...stepProof(hit)],
            };
        }
        // Say why: the step exists but cannot run, or it does not exist at all.
        for (const w of candidates) {
            for (const job of w.jobs) {
                for (const step of job.steps) {
                    if (!stepMatches(config, { workflow: w, job, step }))
                        continue;
                    const reason = !w.active ? w.inactiveReason : !job.active ? job.inactiveReason : `the step is switched off with \`if: false\``;
                    return notCredited(description, `the step in ${w.file} never runs automatically: ${reason}`, [], step.location);
                }
            }
        }
        return notCredited(description, `no step in ${config.file ?? 'the workflows'} matches`);
    },
};

;// CONCATENATED MODULE: ./src/score/evidence/registry.ts




/** The kinds of `automated:` evidence, by their key in modelship.yml. Adding a kind is one file and one line. */
const AUTOMATED_VERIFIERS = {
    workflow: workflowVerifier,
    tests: testsVerifier,
    config: configFileVerifier,
    command: commandVerifier,
};

;// CONCATENATED MODULE: ./src/score/scoring.ts


/** Points of one test under the 2017 rule: automated 1, manual 0.5, missing 0. */
function pointsFor(status) {
    return status === 'automated' ? 1 : status === 'manual' ? 0.5 : 0;
}
/** Points in half-point units, so sums and comparisons are exact integers. */
function halves(status) {
    return status === 'automated' ? 2 : status === 'manual' ? 1 : 0;
}
/** Rounds away binary noise from the rescaling division; raw points are exact halves anyway. */
function round(n) {
    return Math.round(n * 1e4) / 1e4;
}
/**
 * The paper's rule: sum each section, final score = the minimum of the four sums.
 * Under `exclude`, a section's sum is rescaled to 7 over its applicable tests (sum × 7 / applicable);
 * a section with no applicable test leaves the minimum. Under `zero`, not-applicable tests score 0.
 * Tests not in `tests` are missing.
 */
function computeScore(tests, policy) {
    const byId = new Map(tests.map((x) => [x.id, x]));
    const sections = SECTIONS.map((section) => {
        let sumHalves = 0;
        let applicable = 0;
        for (const rubric of RUBRIC_BY_ID.values()) {
            if (rubric.section !== section)
                continue;
            const entry = byId.get(rubric.id);
            const isApplicable = entry?.applicable !== false;
            if (!isApplicable && policy === 'exclude')
                continue;
            applicable++;
            if (isApplicable && entry)
                sumHalves += halves(entry.status);
        }
        const points = sumHalves / 2;
        const excluded = applicable === 0;
        const score = excluded ? 0 : policy === 'exclude' ? round((sumHalves * 7) / (2 * applicable)) : points;
        return { id: section, title: SECTION_TITLES[section], score, points, applicable, excluded };
    });
    const counted = sections.filter((s) => !s.excluded);
    const score = counted.length === 0 ? 0 : Math.min(...counted.map((s) => s.score));
    const weakest = counted.length === 0 ? [] : counted.filter((s) => s.score === score).map((s) => s.id);
    const band = bandFor(score);
    return { score, band: band.label, bandDescription: band.description, sections, weakest };
}

;// CONCATENATED MODULE: ./src/score/next-steps.ts


const STATUS_RANK = { missing: 0, manual: 1, automated: 2 };
/**
 * The next `count` tests that raise the score most cheaply, chosen one at a time:
 * 1. only the section(s) holding the final score down are considered (raising any other section cannot
 *    raise the minimum);
 * 2. among their applicable tests not yet automated, the lowest effort (rubric data, 1-5) wins; ties go to
 *    a missing test before a manual one (it gains a full point), then to rubric order;
 * 3. the chosen test is counted as automated and the choice repeats on the new scores.
 */
function nextSteps(tests, policy, count = 3) {
    const state = new Map(tests.map((t) => [t.id, { id: t.id, status: t.status, applicable: t.applicable }]));
    const steps = [];
    for (let k = 0; k < count; k++) {
        const current = computeScore([...state.values()], policy);
        const open = (sections) => RUBRIC.filter((r) => sections.includes(r.section)).filter((r) => {
            const s = state.get(r.id);
            return s !== undefined && s.applicable && s.status !== 'automated';
        });
        let candidates = open(current.weakest);
        if (candidates.length === 0)
            candidates = open(SECTIONS);
        if (candidates.length === 0)
            break;
        candidates.sort((a, b) => a.effort - b.effort ||
            STATUS_RANK[state.get(a.id).status] - STATUS_RANK[state.get(b.id).status] ||
            SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) ||
            a.number - b.number);
        const pick = candidates[0];
        const from = state.get(pick.id).status;
        state.set(pick.id, { id: pick.id, status: 'automated', applicable: true });
        const after = computeScore([...state.values()], policy);
        const rubric = RUBRIC_BY_ID.get(pick.id);
        steps.push({
            test: pick.id,
            section: pick.section,
            title: rubric.title,
            from,
            to: 'automated',
            effort: rubric.effort,
            scoreAfter: after.score,
            how: rubric.modelship ? `${rubric.how} ${rubric.modelship}` : rubric.how,
        });
    }
    return steps;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/score/root.ts


/**
 * The repository root defaults to the configuration file's folder: modelship.yml lives at the repository
 * root (DESIGN.md), and a fixed rule beats a guess. When the config sits deeper (a monorepo), pass the root
 * explicitly; this finds the folder to suggest: the nearest strict ancestor holding `.github/workflows`
 * (GitHub only runs workflows from the repository root).
 */
function ancestorWithWorkflows(root) {
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(root, '.github', 'workflows')))
        return undefined;
    let dir = external_node_path_default().dirname(external_node_path_default().resolve(root));
    for (;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, '.github', 'workflows')))
            return dir;
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}

;// CONCATENATED MODULE: ./src/score/evaluate.ts














const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };
/** Scores a repository against the rubric: configured evidence verified, detected evidence added, the paper's rule applied. */
async function scoreRepository(options) {
    const { loaded, repo } = options;
    const now = options.now ?? new Date();
    const settings = readScoreSettings(loaded);
    const workflows = await indexWorkflows(repo, settings.defaultBranch ? [settings.defaultBranch] : undefined);
    let testIndex;
    let runners;
    const ctx = {
        repo,
        workflows,
        tests: () => (testIndex ??= buildTestIndex(repo)),
        runners: () => (runners ??= findRunners(workflows, repo)),
        settings,
        now,
        runCommand: repo.live ? (options.runCommand ?? runCommand) : undefined,
        commandOutcomes: options.commandOutcomes ?? new Map(),
    };
    const findings = [...workflows.findings];
    const evidence = new Map(TEST_IDS.map((id) => [id, []]));
    const notApplicable = new Map();
    if (repo.live) {
        const suggestion = ancestorWithWorkflows(repo.root);
        if (suggestion) {
            findings.push({
                severity: 'note', code: 'root-without-workflows',
                message: `${repo.root} has no .github/workflows, but ${suggestion} has: workflows are read from the repository root`,
                hint: `pass --root ${external_node_path_default().relative(process.cwd(), suggestion) || '.'} (action input root) if that is the repository`,
            });
        }
    }
    for (const [id, entry] of Object.entries(settings.tests)) {
        const keyPath = ['tests', id];
        if (!RUBRIC_BY_ID.has(id)) {
            findings.push({
                severity: 'error', code: 'unknown-test-id', test: id,
                message: `score.tests.${id}: "${id}" is not a test of the ML Test Score`,
                location: settings.locate(keyPath),
                hint: (0,core_text/* didYouMean */.au)(id, TEST_IDS) ?? 'ids are data-1..data-7, model-1..model-7, infra-1..infra-7, monitor-1..monitor-7',
            });
            continue;
        }
        const records = evidence.get(id);
        if (entry.manual) {
            const v = await manualVerifier.verify(entry.manual, ctx, [...keyPath, 'manual'], id);
            findings.push(...v.findings);
            records.push(toRecord('manual', 'manual', v, settings.locate([...keyPath, 'manual'])));
        }
        if (entry.automated) {
            const v = await verifyAutomated(entry.automated, ctx, [...keyPath, 'automated'], id);
            findings.push(...v.findings);
            records.push(toRecord(v.kind, 'automated', v, settings.locate([...keyPath, 'automated'])));
        }
        if (entry.notApplicable !== undefined)
            notApplicable.set(id, entry.notApplicable);
    }
    const detectCtx = { ...ctx, config: loaded.config, locateConfig: (k) => loaded.locate(k) };
    for (const detector of DETECTORS) {
        if (!settings.autoDetect[detector.name])
            continue;
        const { detected, findings: more } = await detector.detect(detectCtx);
        findings.push(...more);
        for (const d of detected)
            evidence.get(d.test)?.push(d.record);
    }
    const tests = RUBRIC.map((rubric) => {
        const records = evidence.get(rubric.id).sort((a, b) => Number(b.credited) - Number(a.credited) || (a.level === b.level ? 0 : a.level === 'automated' ? -1 : 1));
        const status = records.some((r) => r.credited && r.level === 'automated') ? 'automated' : records.some((r) => r.credited) ? 'manual' : 'missing';
        const reason = notApplicable.get(rubric.id);
        let applicable = reason === undefined;
        if (!applicable && status !== 'missing') {
            applicable = true;
            findings.push({
                severity: 'warning', code: 'not-applicable-with-evidence', test: rubric.id,
                message: `score.tests.${rubric.id} is declared not applicable but has ${status} evidence: it is scored as applicable`,
                location: settings.locate(['tests', rubric.id, 'notApplicable']), hint: 'remove notApplicable, or the evidence',
            });
        }
        return {
            id: rubric.id,
            section: rubric.section,
            title: rubric.title,
            status,
            points: pointsFor(status),
            applicable,
            ...(applicable || reason === undefined ? {} : { notApplicableReason: reason }),
            effort: rubric.effort,
            evidence: records,
        };
    });
    const scoring = computeScore(tests, settings.notApplicable);
    for (const s of scoring.sections) {
        if (s.excluded) {
            findings.push({ severity: 'warning', code: 'section-excluded', message: `every ${s.title} test is declared not applicable: the section is left out of the minimum`, location: settings.locate(['notApplicable']) });
        }
    }
    const minimum = options.minimum ?? settings.minimum;
    findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.location?.line ?? 0) - (b.location?.line ?? 0));
    return {
        score: scoring.score,
        band: scoring.band,
        bandDescription: scoring.bandDescription,
        sections: Object.fromEntries(scoring.sections.map((s) => [s.id, s.score])),
        sectionDetail: scoring.sections,
        weakestSections: scoring.weakest,
        tests,
        findings,
        nextSteps: nextSteps(tests, settings.notApplicable),
        naPolicy: settings.notApplicable,
        minimum,
        passed: minimum === null || scoring.score >= minimum,
        rubric: 'breck-2017',
        scoring: { manual: 0.5, automated: 1, final: 'minimum of the four section scores' },
        root: repo.root,
        config: loaded.file,
        generatedAt: now.toISOString(),
    };
}
/** Every kind given under `automated:` must hold: one combined verification. */
async function verifyAutomated(config, ctx, keyPath, testId) {
    const results = [];
    for (const key of Object.keys(AUTOMATED_VERIFIERS)) {
        const value = config[key];
        if (value === undefined)
            continue;
        const verifier = AUTOMATED_VERIFIERS[key];
        results.push({ kind: verifier.kind, v: await verifier.verify(value, ctx, [...keyPath, key], testId) });
    }
    const failed = results.filter((r) => !r.v.credited);
    return {
        kind: results.map((r) => r.kind).join('+'),
        credited: results.length > 0 && failed.length === 0,
        description: results.map((r) => r.v.description).join('; '),
        problem: failed.length > 0 ? failed.map((r) => r.v.problem).join('; ') : undefined,
        location: results.find((r) => r.v.location)?.v.location,
        findings: results.flatMap((r) => r.v.findings),
        proof: results.flatMap((r) => (r.v.proof ?? [r.v.description]).map((p) => (results.length > 1 ? `${r.kind}: ${p}` : p))),
    };
}
function toRecord(kind, level, v, declaredAt) {
    return {
        kind,
        source: 'configured',
        level,
        credited: v.credited,
        description: v.description,
        ...(v.problem ? { problem: v.problem } : {}),
        ...(v.location ? { location: v.location } : {}),
        ...(v.credited && v.proof ? { proof: v.proof } : {}),
        declaredAt,
    };
}

// EXTERNAL MODULE: ./src/core/git/index.ts + 5 modules
var git = __webpack_require__(62773);
;// CONCATENATED MODULE: ./src/score/repo/files.ts
/** Folders that hold dependencies, caches or build output, never the project's own tests. */
const SKIPPED_DIRS = new Set([
    '.git', 'node_modules', '.venv', 'venv', 'env', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache',
    'site-packages', 'dist', 'build', '.next', 'target', '.modelship',
]);
/** Bounds the walk so a huge monorepo cannot stall the score. */
const MAX_FILES = 50_000;
/** Files larger than this are not read (tests and workflows are small; data files are not evidence). */
const MAX_READ_BYTES = 2 * 1024 * 1024;
function isSkipped(relative) {
    return relative.split('/').some((part) => SKIPPED_DIRS.has(part));
}
/** Normalises a configured path to the repository's POSIX form; undefined when it leaves the root. */
function normalizeRelative(relative) {
    if (relative.startsWith('/') || /^[A-Za-z]:[\\/]/.test(relative) || relative.includes('\0'))
        return undefined;
    const out = [];
    for (const part of relative.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else
            out.push(part);
    }
    return out.join('/');
}

;// CONCATENATED MODULE: ./src/score/repo/commit-files.ts



/** The files of a commit (the pull request's base), read from git's object store without touching the working tree. */
class CommitFiles {
    root;
    tree;
    prefix;
    live = false;
    label;
    files;
    dirs;
    constructor(root, tree, prefix, ref) {
        this.root = root;
        this.tree = tree;
        this.prefix = prefix;
        this.label = `git ref ${ref}`;
    }
    /**
     * Resolves `ref` to a commit first, so a missing ref is one clear error; an unsafe ref throws UnsafeRefError.
     * `root` may be a folder inside the repository: paths are relative to it, as in the working tree.
     */
    static async open(root, ref) {
        const repo = await (0,git/* repositoryOf */._M)(root);
        const tree = repo ? await git/* GitTree */.xn.at(repo.git, ref) : undefined;
        if (!repo || !tree) {
            throw new errors.ModelshipError(`git ref "${ref}" was not found in ${root}`, {
                hint: 'fetch it first (actions/checkout with fetch-depth: 0), or pass a base report instead',
            });
        }
        return new CommitFiles(root, tree, repo.prefix, ref);
    }
    listFiles() {
        this.files ??= this.tree.entries().then((entries) => {
            const all = entries.filter((e) => e.path.startsWith(this.prefix)).map((e) => e.path.slice(this.prefix.length));
            this.dirs = new Set();
            for (const f of all) {
                const parts = f.split('/');
                for (let i = 1; i < parts.length; i++)
                    this.dirs.add(parts.slice(0, i).join('/'));
            }
            return all.filter((f) => !isSkipped(f)).sort().slice(0, MAX_FILES);
        });
        return this.files;
    }
    async kind(relative) {
        const rel = normalizeRelative(relative);
        if (rel === undefined)
            return undefined;
        const files = await this.listFiles();
        if (rel === '')
            return 'dir';
        if (files.includes(rel))
            return 'file';
        return this.dirs?.has(rel) ? 'dir' : undefined;
    }
    async readText(relative) {
        if ((await this.kind(relative)) !== 'file')
            return undefined;
        const rel = normalizeRelative(relative);
        try {
            const bytes = await this.tree.readPath(this.prefix + rel);
            return bytes?.subarray(0, MAX_READ_BYTES).toString('utf8');
        }
        catch {
            return undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/score/base.ts





/**
 * The score of the same project at another commit (the pull request's base), read straight from git
 * (`git ls-tree`, `git cat-file`, through src/core/git) without checking anything out. Commands are not run there:
 * their working-tree outcomes are reused (see evidence/command.ts).
 */
async function scoreAtRef(options) {
    const tree = await CommitFiles.open(options.root, options.ref);
    const text = await tree.readText(options.configPath);
    if (text === undefined)
        throw new Error(`${options.configPath} does not exist at ${options.ref}`);
    let loaded;
    try {
        loaded = (0,config.parseConfig)(text, external_node_path_default().join(options.root, options.configPath));
    }
    catch (err) {
        throw new Error(`${options.configPath} at ${options.ref} is not a valid configuration: ${(0,errors.describeError)(err)}`);
    }
    return scoreRepository({ loaded, repo: tree, now: options.now, commandOutcomes: options.commandOutcomes });
}

;// CONCATENATED MODULE: ./src/score/compare.ts


/** What changed from a base report (the base branch's score) to this one. */
function compareReports(head, base, baseLabel) {
    const baseStatus = new Map(base.tests.map((t) => [t.id, t]));
    const changes = [];
    for (const t of head.tests) {
        const b = baseStatus.get(t.id);
        const from = b?.status ?? 'absent';
        if (from !== t.status)
            changes.push({ id: t.id, from, to: t.status, pointsDelta: round(t.points - (b?.points ?? 0)) });
    }
    const sectionDeltas = Object.fromEntries(SECTIONS.map((s) => [s, round((head.sections[s] ?? 0) - (base.sections?.[s] ?? 0))]));
    return { baseLabel, baseScore: base.score, baseBand: base.band, scoreDelta: round(head.score - base.score), sectionDeltas, changes };
}
/** Reads a previous report (`--base-report`), checking the fields the comparison needs. */
function parseBaseReport(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${file} is not JSON: ${err.message}`);
    }
    const r = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {});
    const sectionsOk = r.sections !== null && r.sections !== undefined && typeof r.sections === 'object' && SECTIONS.every((s) => typeof r.sections?.[s] === 'number');
    const testsOk = Array.isArray(r.tests) && r.tests.every((t) => t !== null && typeof t === 'object' && typeof t.id === 'string' && typeof t.status === 'string' && typeof t.points === 'number');
    if (typeof r.score !== 'number' || typeof r.band !== 'string' || !sectionsOk || !testsOk) {
        throw new Error(`${file} is not a report of \`modelship score --format json\` (needs score, band, sections.{data,model,infrastructure,monitoring} and tests[].{id,status,points})`);
    }
    return { score: r.score, band: r.band, sections: r.sections, tests: r.tests };
}

;// CONCATENATED MODULE: ./src/score/repo/working-tree.ts



/** The checked-out files. Symbolic links are not followed out of the root. */
class WorkingTree {
    root;
    live = true;
    label;
    files;
    /** Files found by the walk: it never descends into symbolic links, so they are inside the root as listed. */
    walked = new Set();
    realRoot;
    constructor(root) {
        this.root = root;
        this.label = `working tree ${root}`;
    }
    listFiles() {
        this.files ??= this.walk();
        return this.files;
    }
    async walk() {
        const out = [];
        const queue = [''];
        while (queue.length > 0 && out.length < MAX_FILES) {
            const dir = queue.shift();
            let entries;
            try {
                entries = await (0,promises_.readdir)(external_node_path_default().join(this.root, dir), { withFileTypes: true });
            }
            catch {
                continue;
            }
            for (const entry of entries) {
                const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
                if (entry.isDirectory()) {
                    if (!SKIPPED_DIRS.has(entry.name))
                        queue.push(rel);
                }
                else if (entry.isFile()) {
                    out.push(rel);
                    if (out.length >= MAX_FILES)
                        break;
                }
            }
        }
        this.walked = new Set(out);
        return out.sort();
    }
    /** The absolute path when `relative` stays inside the root after resolving symbolic links. */
    async inside(relative) {
        const rel = normalizeRelative(relative);
        if (rel === undefined)
            return undefined;
        const absolute = external_node_path_default().join(this.root, rel);
        try {
            this.realRoot ??= (0,promises_.realpath)(this.root);
            const [real, realRoot] = await Promise.all([(0,promises_.realpath)(absolute), this.realRoot]);
            const back = external_node_path_default().relative(realRoot, real);
            if (back.startsWith('..') || external_node_path_default().isAbsolute(back))
                return undefined;
            return real;
        }
        catch {
            return undefined;
        }
    }
    async kind(relative) {
        const real = await this.inside(relative);
        if (!real)
            return undefined;
        const s = await (0,promises_.stat)(real).catch(() => undefined);
        return s?.isFile() ? 'file' : s?.isDirectory() ? 'dir' : undefined;
    }
    async readText(relative) {
        const rel = normalizeRelative(relative);
        // Walked files need no symbolic-link check (hot path: every test file); anything else gets one.
        const real = rel !== undefined && this.walked.has(rel) ? external_node_path_default().join(this.root, rel) : await this.inside(relative);
        if (!real)
            return undefined;
        const s = await (0,promises_.lstat)(real).catch(() => undefined);
        if (!s?.isFile())
            return undefined;
        if (s.size <= MAX_READ_BYTES)
            return (0,promises_.readFile)(real, 'utf8').catch(() => undefined);
        const handle = await (0,promises_.open)(real, 'r');
        try {
            const buffer = Buffer.alloc(MAX_READ_BYTES);
            await handle.read(buffer, 0, MAX_READ_BYTES, 0);
            return buffer.toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
}

;// CONCATENATED MODULE: ./src/score/project.ts









/** Scores the project, compares with a base when asked, and writes the badge: what the CLI and the action share. */
async function scoreProject(options) {
    const root = options.root ?? options.loaded.root;
    const commandOutcomes = new Map();
    const report = await scoreRepository({ loaded: options.loaded, repo: new WorkingTree(root), now: options.now, minimum: options.minimum, runCommand: options.runCommand, commandOutcomes });
    if (options.baseReport) {
        let text;
        try {
            text = await (0,promises_.readFile)(options.baseReport, 'utf8');
        }
        catch (err) {
            throw new errors.ModelshipError(`cannot read the base report ${options.baseReport}: ${err.code ?? err.message}`);
        }
        let base;
        try {
            base = parseBaseReport(text, options.baseReport);
        }
        catch (err) {
            throw new errors.ModelshipError(err.message, { hint: 'pass the JSON written by `modelship score --format json` or the action\'s report output' });
        }
        report.comparison = compareReports(report, base, external_node_path_default().basename(options.baseReport));
    }
    else if (options.baseRef) {
        try {
            const configPath = external_node_path_default().relative(root, options.loaded.file).split((external_node_path_default()).sep).join('/');
            const base = await scoreAtRef({ root, configPath, ref: options.baseRef, now: options.now, commandOutcomes });
            report.comparison = compareReports(report, base, options.baseRef);
        }
        catch (err) {
            // A missing base (shallow clone, new config) must not take the score down with it: say so instead.
            report.findings.push({
                severity: 'note', code: 'base-unavailable',
                message: `no comparison with ${options.baseRef}: ${err instanceof errors.ModelshipError ? err.message : err.message}`,
                hint: err instanceof errors.ModelshipError ? err.hint : undefined,
            });
        }
    }
    if (options.badge)
        await writeAtomically(options.badge, renderBadge(report.score));
    return report;
}
/** Write to a temporary file beside the target, then rename: a failure never leaves half a badge. */
async function writeAtomically(file, content) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const temp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_.writeFile)(temp, content);
        await (0,promises_.rename)(temp, file);
    }
    catch (err) {
        await (0,promises_.rm)(temp, { force: true });
        throw new errors.ModelshipError(`cannot write ${file}: ${err.message}`);
    }
}

// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
;// CONCATENATED MODULE: ./src/score/render/markdown.ts




const STATUS_ICON = { automated: '🟢 automated', manual: '🟡 manual', missing: '⚪ missing' };
/** Table cells: no pipes or line breaks from evidence text can break the table. */
function cell(s) {
    // Backslashes doubled first: evidence text (Windows paths, regexes) keeps them, and `\|` in it stays text.
    return (0,markdown/* withoutHtml */.Q4)((0,markdown/* tableCell */.xR)(s.replace(/\\/g, '\\\\')));
}
function signed(n) {
    return n > 0 ? `+${formatScore(n)}` : n < 0 ? `−${formatScore(-n)}` : '±0';
}
function evidenceCell(records) {
    if (records.length === 0)
        return '—';
    return records
        .slice(0, 3)
        .map((r) => (r.credited ? `✔ ${cell(r.description)}` : `✘ ${cell(r.description)}${r.problem ? ` — *${cell(r.problem)}*` : ''}`))
        .join('<br>');
}
/** The job summary and the pull-request comment: score, band, chart, per-section tables, next steps, findings, change. */
function renderMarkdown(report, options = {}) {
    const out = [];
    const verdict = report.minimum === null ? '' : report.passed ? ` — ✅ at or above the minimum ${formatScore(report.minimum)}` : ` — ❌ below the minimum ${formatScore(report.minimum)}`;
    out.push(`${options.heading ?? '###'} ML Test Score: **${formatScore(report.score)}** / 7 · band ${cell(report.band)}${verdict}`, '');
    out.push(`> ${report.bandDescription}`, '');
    out.push(`Final score = the minimum of the four section scores (Breck et al., 2017: automated 1, manual 0.5). Weakest: **${report.weakestSections.map((s) => SECTION_TITLES[s]).join(', ') || '—'}**. Not-applicable tests: \`${report.naPolicy}\`${report.naPolicy === 'zero' ? ' (counted as 0, as the paper\'s teams did)' : ' (left out, sections rescaled to 7)'}.`, '');
    const c = report.comparison;
    if (c) {
        out.push(`**Change against ${cell(c.baseLabel)}:** ${formatScore(c.baseScore)} → ${formatScore(report.score)} (${signed(c.scoreDelta)})${c.baseBand !== report.band ? `, band ${cell(c.baseBand)} → ${cell(report.band)}` : ''}`, '');
    }
    out.push('```mermaid', 'xychart-beta', '  title "ML Test Score by section (final = minimum)"', `  x-axis [${SECTIONS.map((s) => `"${SECTION_TITLES[s]}"`).join(', ')}]`, '  y-axis "Points" 0 --> 7', `  bar [${SECTIONS.map((s) => report.sections[s]).join(', ')}]`, '```', '');
    out.push(`| Section | Score | ${c ? 'Change | ' : ''}Automated | Manual | Missing |`, `| --- | --- | ${c ? '--- | ' : ''}--- | --- | --- |`);
    for (const s of report.sectionDetail) {
        const tests = report.tests.filter((t) => t.section === s.id);
        const count = (st) => tests.filter((t) => t.status === st && t.applicable).length;
        const name = report.weakestSections.includes(s.id) ? `**${s.title}** (weakest)` : s.title;
        const scoreText = s.excluded ? 'excluded' : `${formatScore(s.score)}${s.score !== s.points ? ` (${formatScore(s.points)} of ${s.applicable})` : ''}`;
        out.push(`| ${name} | ${scoreText} | ${c ? `${signed(c.sectionDeltas[s.id])} | ` : ''}${count('automated')} | ${count('manual')} | ${count('missing')} |`);
    }
    out.push('');
    if (report.nextSteps.length > 0) {
        out.push('**Next steps** (cheapest first, in the section holding the score down):', '', '| # | Test | Section | Effort | Score after | How |', '| --- | --- | --- | --- | --- | --- |');
        report.nextSteps.forEach((n, i) => out.push(`| ${i + 1} | \`${n.test}\` ${cell(n.title)} | ${SECTION_TITLES[n.section]} | ${n.effort}/5 | ${formatScore(n.scoreAfter)} | ${cell(n.how)} |`));
        out.push('');
    }
    if (c && c.changes.length > 0) {
        out.push('**Tests that changed:**', '', '| Test | Before | Now | Points |', '| --- | --- | --- | --- |');
        for (const ch of c.changes)
            out.push(`| \`${ch.id}\` | ${ch.from} | ${ch.to} | ${signed(ch.pointsDelta)} |`);
        out.push('');
    }
    const sectionsBody = [];
    for (const s of SECTIONS) {
        sectionsBody.push(`#### ${SECTION_TITLES[s]} — ${formatScore(report.sections[s])} / 7`, '', '| Test | Title | Status | Points | Evidence |', '| --- | --- | --- | --- | --- |');
        for (const t of report.tests.filter((x) => x.section === s)) {
            const status = t.applicable ? STATUS_ICON[t.status] : `➖ not applicable (${cell(t.notApplicableReason ?? '')})`;
            sectionsBody.push(`| \`${t.id}\` | ${cell(t.title)} | ${status} | ${formatScore(t.points)} | ${evidenceCell(t.evidence)} |`);
        }
        sectionsBody.push('');
    }
    if (options.details === false)
        out.push(...sectionsBody);
    else
        out.push('<details><summary>Every test, its status and evidence</summary>', '', ...sectionsBody, '</details>', '');
    if (report.findings.length > 0) {
        out.push(`**Findings** (${report.findings.length}):`, '', '| Severity | Where | Finding |', '| --- | --- | --- |');
        for (const f of report.findings.slice(0, 50)) {
            out.push(`| ${f.severity} | ${f.location ? `\`${cell((0,errors.formatLocation)(f.location))}\`` : '—'} | ${cell(f.message)}${f.hint ? ` (${cell(f.hint)})` : ''} |`);
        }
        out.push('');
    }
    return out.join('\n').trimEnd() + '\n';
}

;// CONCATENATED MODULE: ./src/score/render/text.ts




const MARK = { automated: '●', manual: '◐', missing: '○' };
/** The report for a terminal: sections with every test, then next steps and findings. */
function renderText(report, style, cwd = process.cwd(), options = {}) {
    const rel = (f) => {
        const r = external_node_path_default().relative(cwd, f);
        return r.startsWith('..') ? f : r || '.';
    };
    const lines = [];
    const head = `ML Test Score ${formatScore(report.score)} / 7 — band ${report.band}: ${report.bandDescription}`;
    lines.push(style.bold(head));
    for (const s of SECTIONS) {
        const detail = report.sectionDetail.find((d) => d.id === s);
        const weakest = report.weakestSections.includes(s) ? style.yellow(' (weakest)') : '';
        const raw = detail.score !== detail.points ? ` (${formatScore(detail.points)} of ${detail.applicable} applicable)` : '';
        lines.push('', `${style.bold(SECTION_TITLES[s])} ${detail.excluded ? 'excluded' : formatScore(detail.score)}${raw}${weakest}`);
        for (const t of report.tests.filter((x) => x.section === s)) {
            const mark = t.status === 'automated' ? style.green(MARK.automated) : t.status === 'manual' ? style.yellow(MARK.manual) : MARK.missing;
            const credited = t.evidence.find((e) => e.credited);
            const status = t.applicable ? t.status : `not applicable: ${t.notApplicableReason}`;
            lines.push(`  ${mark} ${t.id.padEnd(9)} ${formatScore(t.points).padStart(3)}  ${t.title} ${style.dim(`[${status}]`)}`);
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
        lines.push('', `Against ${c.baseLabel}: ${formatScore(c.baseScore)} → ${formatScore(report.score)} (${c.scoreDelta >= 0 ? '+' : ''}${formatScore(c.scoreDelta)})`);
        for (const ch of c.changes)
            lines.push(`  ${ch.id}: ${ch.from} → ${ch.to}`);
    }
    if (report.nextSteps.length > 0) {
        lines.push('', style.bold('Next steps (cheapest first, in the weakest section):'));
        report.nextSteps.forEach((n, i) => lines.push(`  ${i + 1}. ${n.test} ${n.title} (effort ${n.effort}/5; score after: ${formatScore(n.scoreAfter)})`, style.dim(`     ${n.how}`)));
    }
    if (report.findings.length > 0) {
        lines.push('', style.bold(`Findings (${report.findings.length}):`));
        for (const f of report.findings) {
            const where = f.location ? `${(0,errors.formatLocation)({ ...f.location, file: rel(f.location.file) })}: ` : '';
            const tag = f.severity === 'error' ? style.red('error') : f.severity === 'warning' ? style.yellow('warning') : 'note';
            lines.push(`  ${tag} ${where}${f.message}${f.hint ? style.dim(` (${f.hint})`) : ''}`);
        }
    }
    if (report.minimum !== null) {
        lines.push('', report.passed ? style.pass(`score ${formatScore(report.score)} meets the minimum ${formatScore(report.minimum)}`) : style.fail(`score ${formatScore(report.score)} is below the minimum ${formatScore(report.minimum)}`));
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
        lines.push(`      ${style.green('✔')} ${formatScore(t.points)} point${t.points === 1 ? '' : 's'} from ${earning.source} ${earning.kind} evidence${where(earning.location)}: ${earning.description}`);
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

;// CONCATENATED MODULE: ./src/score/index.ts
/** The ML Test Score capability: public API for the CLI, the action and the demo. */















/***/ })

};
