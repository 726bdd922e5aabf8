export const id = 1030;
export const ids = [1030];
export const modules = {

/***/ 50684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fE: () => (/* binding */ formatCommand),
  vj: () => (/* binding */ parseComment),
  gB: () => (/* binding */ safe)
});

// UNUSED EXPORTS: COMMAND_NAMES, NAME_PATTERN, commandLine, usageOf

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/chatops/command-line.ts
/**
 * Where a command can be: the first line of a comment. Kept apart from the grammar (and its dependencies) so
 * the action can dismiss ordinary comments before loading anything else.
 */
/** The first line that is not blank; null when it is a quote or opens a code block (then nothing is a command). */
function commandLine(body) {
    const lines = body.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    const first = lines.find((l) => l.trim() !== '');
    if (first === undefined)
        return null;
    const trimmed = first.trim();
    // Quoted replies (`> /deploy ...`) and code blocks show a command, they don't issue one.
    if (trimmed.startsWith('>') || trimmed.startsWith('```') || trimmed.startsWith('~~~') || /^ {4}|^\t/.test(first))
        return null;
    return trimmed;
}
/**
 * A cheap pre-check before the configuration is even loaded: prefixes are never letters or digits, so a
 * comment whose first line starts with one (most comments) cannot be a command.
 */
function mayBeCommand(body) {
    const line = commandLine(body);
    return line !== null && /^[^\sA-Za-z0-9]/u.test(line);
}

// EXTERNAL MODULE: ./src/deploy/types.ts
var types = __webpack_require__(44130);
;// CONCATENATED MODULE: ./src/chatops/grammar.ts





/**
 * The comment command grammar. One command per comment, on its first line:
 *
 *   /deploy <model>[@<version>] to <env>     /promote <model> to <env>     /rollback <env> [to <version>]
 *   /status [env]     /lock <env> [reason...]     /unlock <env>     /help          (`--dry-run` on each)
 *   /rollout pause|resume|promote|promote-full|abort|retry <env>
 *
 * Names use strict character sets so no argument can carry shell metacharacters or a `${{ }}` expression
 * into a workflow that reads our outputs; anything else is refused with a message naming the argument.
 */
const COMMAND_NAMES = ['deploy', 'promote', 'rollback', 'status', 'lock', 'unlock', 'rollout', 'help'];
/** Model and environment names: what the deploy engine accepts as folder and alias names. */
const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Words of a lock reason: letters, digits and plain punctuation; never `$`, `{`, backticks, quotes or pipes. */
const REASON_WORD = /^[\p{L}\p{N}.,:#/()!?+=_-]+$/u;
const MAX_LINE = 500;
const USAGE = {
    deploy: 'deploy <model>[@<version>] to <env>',
    promote: 'promote <model> to <env>',
    rollback: 'rollback <env> [to <version>]',
    status: 'status [env]',
    lock: 'lock <env> [reason]',
    unlock: 'unlock <env>',
    rollout: `rollout ${types/* ROLLOUT_ACTIONS */.m.join('|')} <env>`,
    help: 'help',
};
function usageOf(name, prefix = '/') {
    return `${prefix}${USAGE[name]} [--dry-run]`;
}
class GrammarError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.hint = hint;
    }
}
function parseComment(body, context) {
    const prefix = context.prefix ?? '/';
    const line = commandLine(body);
    if (line === null || !line.startsWith(prefix))
        return { kind: 'none' };
    const rest = line.slice(prefix.length);
    const word = /^[^\s]*/.exec(rest)[0];
    const name = COMMAND_NAMES.includes(word.toLowerCase()) ? word.toLowerCase() : undefined;
    if (!name) {
        // `/cc @team` or a path is an ordinary comment; only a near miss of a command deserves an answer.
        const suggestion = /^[A-Za-z-]{2,20}$/.test(word) ? (0,core_text/* didYouMean */.au)(word, COMMAND_NAMES) : undefined;
        if (!suggestion)
            return { kind: 'none' };
        return { kind: 'error', message: `unknown command "${prefix}${safe(word)}": ${suggestion.replace(/"(.*)"/, `"${prefix}$1"`)}`, hint: `${prefix}help lists the commands` };
    }
    if (line.length > MAX_LINE)
        return { kind: 'error', command: name, message: `the command line is ${line.length} characters long; at most ${MAX_LINE} are read` };
    try {
        const tokens = rest.slice(word.length).trim().split(/\s+/).filter((t) => t !== '');
        return { kind: 'command', command: parseArguments(name, tokens, context, prefix), line };
    }
    catch (err) {
        if (!(err instanceof GrammarError))
            throw err;
        return { kind: 'error', command: name, message: err.message, hint: err.hint ?? `usage: ${usageOf(name, prefix)}` };
    }
}
function parseArguments(name, all, context, prefix) {
    let dryRun = false;
    const args = [];
    for (const token of all) {
        if (token.startsWith('--')) {
            if (token === '--dry-run')
                dryRun = true;
            else
                throw new GrammarError(`unknown option "${safe(token)}"${suggest(token, ['--dry-run'])}`);
        }
        else
            args.push(token);
    }
    const cursor = new Cursor(args, name, prefix);
    const command = { name, dryRun };
    switch (name) {
        case 'deploy': {
            const target = cursor.next('<model>[@<version>]');
            const at = target.indexOf('@');
            command.model = modelName(at === -1 ? target : target.slice(0, at), context);
            if (at !== -1)
                command.version = versionOf(target.slice(at + 1));
            cursor.keyword('to');
            command.env = envName(cursor.next('<env>'), context);
            break;
        }
        case 'promote':
            command.model = modelName(cursor.next('<model>'), context);
            cursor.keyword('to');
            command.env = envName(cursor.next('<env>'), context);
            break;
        case 'rollback':
            command.env = envName(cursor.next('<env>'), context);
            if (cursor.more()) {
                cursor.keyword('to');
                command.version = versionOf(cursor.next('<version>'));
            }
            break;
        case 'status':
            if (cursor.more())
                command.env = envName(cursor.next('<env>'), context);
            break;
        case 'lock':
            command.env = envName(cursor.next('<env>'), context);
            if (cursor.more())
                command.reason = reasonOf(cursor.rest());
            break;
        case 'unlock':
            command.env = envName(cursor.next('<env>'), context);
            break;
        case 'rollout': {
            const action = cursor.next(types/* ROLLOUT_ACTIONS */.m.join('|')).toLowerCase();
            if (!types/* ROLLOUT_ACTIONS */.m.includes(action))
                throw new GrammarError(`unknown rollout action "${safe(action)}"${suggest(action, types/* ROLLOUT_ACTIONS */.m)}`);
            command.action = action;
            command.env = envName(cursor.next('<env>'), context);
            break;
        }
        case 'help':
            break;
    }
    cursor.end();
    return command;
}
class Cursor {
    args;
    name;
    prefix;
    i = 0;
    constructor(args, name, prefix) {
        this.args = args;
        this.name = name;
        this.prefix = prefix;
    }
    more() {
        return this.i < this.args.length;
    }
    next(what) {
        if (!this.more())
            throw new GrammarError(`${this.prefix}${this.name} needs ${what}`);
        return this.args[this.i++];
    }
    keyword(word) {
        const got = this.next(`"${word}"`);
        if (got.toLowerCase() !== word)
            throw new GrammarError(`expected "${word}", got "${safe(got)}"`);
    }
    rest() {
        const rest = this.args.slice(this.i);
        this.i = this.args.length;
        return rest;
    }
    end() {
        if (this.more())
            throw new GrammarError(`unexpected "${safe(this.args.slice(this.i).join(' '))}" after the command; one command per comment, on its first line`);
    }
}
function checkName(value, kind) {
    if (!NAME_PATTERN.test(value)) {
        throw new GrammarError(`${kind} "${safe(value)}" is not a valid name: expected lower-case letters, digits, ".", "_" or "-" (pattern [a-z0-9][a-z0-9._-]*)${dangerNote(value)}`);
    }
    return value;
}
function modelName(value, context) {
    checkName(value, 'model');
    if (!context.models.includes(value)) {
        throw new GrammarError(`unknown model "${value}"${suggest(value, context.models)}`, `configured models: ${context.models.join(', ') || '(none)'}`);
    }
    return value;
}
function envName(value, context) {
    checkName(value, 'environment');
    if (!context.environments.includes(value)) {
        throw new GrammarError(`unknown environment "${value}"${suggest(value, context.environments)}`, `configured environments: ${context.environments.join(', ') || '(none)'}`);
    }
    return value;
}
function versionOf(value) {
    const bare = value.startsWith('v') ? value.slice(1) : value;
    // semver.valid alone accepts loose forms and surrounding text; the strict regex keeps the value inert.
    if (!/^[0-9A-Za-z.+-]{1,64}$/.test(bare) || semver_default().valid(bare) !== bare) {
        throw new GrammarError(`version "${safe(value)}" is not a semantic version (like 1.2.3 or 2.0.0-rc.1)${dangerNote(value)}`);
    }
    return bare;
}
function reasonOf(words) {
    for (const w of words) {
        if (!REASON_WORD.test(w))
            throw new GrammarError(`the lock reason may hold letters, digits and . , : # / ( ) ! ? + = _ - only; "${safe(w)}" has other characters${dangerNote(w)}`);
    }
    const reason = words.join(' ');
    if (reason.length > 200)
        throw new GrammarError(`the lock reason is ${reason.length} characters long; at most 200`);
    return reason;
}
function suggest(word, candidates) {
    const hint = (0,core_text/* didYouMean */.au)(word, candidates);
    return hint ? `: ${hint}` : '';
}
function dangerNote(value) {
    if (value.includes('${{'))
        return '; workflow expressions are never accepted';
    if (/[$`;|&<>(){}\\'"*?!]/.test(value))
        return '; shell metacharacters are never accepted';
    return '';
}
/**
 * A token as it may be echoed back in a reply: printable, at most 60 characters, with backticks, `$`, angle
 * brackets and `@` neutralised so an echo cannot break out of Markdown, carry an expression, inject HTML or
 * mention anyone.
 */
function safe(token) {
    const cleaned = [...token]
        .map((ch) => (/[\p{Cc}\p{Cf}]/u.test(ch) ? '?' : ch))
        .join('')
        .replace(/`/g, "'")
        // A full-width dollar: the echo reads the same to people but is never an expression or a substitution.
        .replace(/\$/g, '＄')
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .replace(/@/g, '@\u200b');
    return cleaned.length > 60 ? `${cleaned.slice(0, 59)}…` : cleaned;
}
/** The canonical text of a command, as replies and the `command` output show it. */
function formatCommand(command, prefix = '/') {
    const parts = [`${prefix}${command.name}`];
    switch (command.name) {
        case 'deploy':
            parts.push(command.version ? `${command.model}@${command.version}` : command.model, 'to', command.env);
            break;
        case 'promote':
            parts.push(command.model, 'to', command.env);
            break;
        case 'rollback':
            parts.push(command.env);
            if (command.version)
                parts.push('to', command.version);
            break;
        case 'lock':
            parts.push(command.env);
            if (command.reason)
                parts.push(command.reason);
            break;
        case 'status':
        case 'unlock':
            if (command.env)
                parts.push(command.env);
            break;
        case 'rollout':
            parts.push(command.action, command.env);
            break;
        case 'help':
            break;
    }
    if (command.dryRun)
        parts.push('--dry-run');
    return parts.join(' ');
}


/***/ }),

/***/ 61030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSimulation: () => (/* binding */ renderSimulation)
/* harmony export */ });
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50684);

function renderSimulation(result, paint) {
    const f = result.facts;
    const lines = [];
    const verdict = result.decision === 'approved' || result.decision === 'done' ? paint.green(result.decision.toUpperCase()) : paint.red(result.decision.toUpperCase());
    lines.push(`${verdict} (${result.code}): ${result.reason}`);
    if (result.command) {
        const c = result.command;
        lines.push(`  command:     ${(0,_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCommand */ .fE)(c)}`);
        const parts = [c.model && `model ${c.model}`, c.version && `version ${c.version}`, c.env && `environment ${c.env}`, c.dryRun && 'dry run'].filter(Boolean);
        if (parts.length)
            lines.push(`  parsed as:   ${parts.join(', ')}`);
    }
    lines.push(paint.dim(`  assumed:     @${f.login} with ${f.permission} permission${f.teams.length ? `, member of ${f.teams.join(', ')}` : ''}; pull request ${f.pullRequest.merged ? 'merged' : f.pullRequest.state} into ${f.pullRequest.baseRef}${f.pullRequest.fork ? ' from a fork' : ''}; checks: ${Object.entries(f.checks).map(([n, c]) => `${n}=${c}`).join(', ') || 'none'}`));
    for (const passed of result.passed)
        lines.push(`  ${paint.green('✓')} ${passed}`);
    if (result.reply) {
        lines.push('', paint.bold('The reply the action would post:'), '', result.reply.trimEnd());
    }
    else if (result.decision === 'ignored' || result.code === 'not_created') {
        lines.push('', paint.dim('The action would not reply.'));
    }
    return lines.join('\n');
}


/***/ }),

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, nearest */
/** Levenshtein distance, for "did you mean" suggestions on unknown keys, commands and names. */
function editDistance(a, b) {
    const prev = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The closest candidate within a distance that scales with the word, or undefined. */
function nearest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const limit = Math.max(2, Math.floor(word.length / 3));
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
function didYouMean(word, candidates) {
    const n = nearest(word, candidates);
    return n === undefined ? undefined : `did you mean "${n}"?`;
}


/***/ }),

/***/ 44130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ROLLOUT_ACTIONS)
/* harmony export */ });
/** `modelship rollout ACTION ENV`: the control verbs of a rollout (Argo Rollouts' kubectl plugin verbs). */
const ROLLOUT_ACTIONS = ['pause', 'resume', 'promote', 'promote-full', 'abort', 'retry'];


/***/ })

};
