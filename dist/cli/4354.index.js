export const id = 4354;
export const ids = [4354,1934];
export const modules = {

/***/ 81934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NP: () => (/* binding */ rulesFor),
/* harmony export */   NS: () => (/* binding */ BUILT_IN_ROLES),
/* harmony export */   chatopsConfig: () => (/* binding */ chatopsConfig),
/* harmony export */   ci: () => (/* binding */ modelNames),
/* harmony export */   iF: () => (/* binding */ environmentNames)
/* harmony export */ });
/* unused harmony export DEFAULT_PERMISSIONS */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const BUILT_IN_ROLES = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];
const DEFAULT_PERMISSIONS = ['write', 'maintain', 'admin'];
const ALL_COMMANDS = ['deploy', 'promote', 'rollback', 'status', 'lock', 'unlock', 'rollout', 'help'];
/** The section with defaults; the schema already checked shapes, this checks what it cannot (known names). */
function chatopsConfig(loaded) {
    const raw = (loaded.config.chatops ?? {});
    const known = environmentNames(loaded);
    const environments = {};
    for (const [env, rules] of Object.entries(raw.environments ?? {})) {
        if (!known.includes(env)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`chatops.environments.${env}: no environment "${env}" is configured under environments`, {
                location: loaded.locate(['chatops', 'environments', env]),
                hint: `configured environments: ${known.join(', ') || '(none)'}`,
            });
        }
        environments[env] = {
            users: rules.users,
            teams: rules.teams?.map((t) => t.toLowerCase()),
            permissions: rules.permissions,
            requireMerged: rules.requireMerged ?? false,
            baseBranches: rules.baseBranches,
            requiredChecks: rules.requiredChecks ?? [],
            allowForks: rules.allowForks,
        };
    }
    return {
        prefix: raw.prefix ?? '/',
        permissions: raw.permissions ?? DEFAULT_PERMISSIONS,
        allowForks: raw.allowForks ?? false,
        commands: raw.commands ?? ALL_COMMANDS,
        environments,
        help: raw.help,
    };
}
function rulesFor(config, env) {
    return (env && config.environments[env]) || { requireMerged: false, requiredChecks: [] };
}
function environmentNames(loaded) {
    return Object.keys(loaded.config.environments ?? {});
}
function modelNames(loaded) {
    return Object.keys(loaded.config.models ?? {});
}


/***/ }),

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

/***/ 54354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  simulateComment: () => (/* binding */ simulateComment),
  simulatedFacts: () => (/* binding */ simulatedFacts)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/chatops/config.ts
var chatops_config = __webpack_require__(81934);
;// CONCATENATED MODULE: ./src/chatops/authorize.ts

/** Whether the role is allowed: listed by name (case-insensitive). A custom role is never widened to its base. */
function roleAllowed(reading, allowed) {
    const role = reading.role.toLowerCase();
    return allowed.some((a) => a.toLowerCase() === role);
}
/** The role as the reply states it: `"write" permission`, or a custom role with the base it extends. */
function describeRole(login, reading) {
    if (chatops_config/* BUILT_IN_ROLES */.NS.includes(reading.role.toLowerCase()))
        return `@${login} has "${reading.role}" permission`;
    const base = reading.base ? `, based on ${reading.base}` : '';
    return `@${login} has the custom role "${reading.role}" (GitHub's role_name${base})`;
}
/** The refusal for a role that is not allowed; a custom role gets the way to allow it. */
function roleRefusal(login, reading, allowed, where = '') {
    const custom = !chatops_config/* BUILT_IN_ROLES */.NS.includes(reading.role.toLowerCase());
    const how = custom ? `; a custom role is allowed only when listed by name in chatops permissions` : '';
    return refuse('permission_denied', `${describeRole(login, reading)}; ${allowed.join(', ')} is needed${where}${how}`);
}
/** Commands that change an environment (read-only ones are /status and /help). */
const MUTATING = new Set(['deploy', 'promote', 'rollback', 'lock', 'unlock', 'rollout']);
/** Commands that put new code in an environment: the merge, branch and checks rules apply to these. */
const SHIPPING = new Set(['deploy', 'promote']);
const refuse = (code, reason) => ({ ok: false, code, reason });
/** Reads the payload; anything but a well-formed `issue_comment` refuses. */
function readCommentEvent(eventName, payload) {
    if (eventName !== 'issue_comment') {
        return refuse('not_issue_comment', `comment commands run on issue_comment events; this run was triggered by "${eventName ?? 'unknown'}"`);
    }
    const p = payload;
    const comment = p?.comment;
    const issue = p?.issue;
    if (!comment || typeof comment.id !== 'number' || typeof comment.body !== 'string' || typeof comment.user?.login !== 'string' || !issue || typeof issue.number !== 'number') {
        return refuse('bad_payload', 'the issue_comment payload lacks the comment id, body, author or issue number');
    }
    return {
        action: String(p.action ?? ''),
        commentId: comment.id,
        body: comment.body,
        login: comment.user.login,
        issueNumber: issue.number,
        isPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
    };
}
/** Checks that need no API call: created (not edited) and on a pull request (not an issue). */
function checkEvent(event) {
    if (event.action !== 'created') {
        return refuse('not_created', `the comment was ${event.action || 'changed'}, not created: only new comments run commands, so editing an old comment cannot re-run or change one`);
    }
    if (!event.isPullRequest)
        return refuse('not_pull_request', `#${event.issueNumber} is an issue, not a pull request: commands run only on pull requests`);
    return null;
}
async function authorize(command, event, config, port) {
    const passed = [];
    if (!config.commands.includes(command.name)) {
        return refuse('command_disabled', `${config.prefix}${command.name} is disabled here (chatops.commands allows: ${config.commands.join(', ')})`);
    }
    const rules = MUTATING.has(command.name) ? (0,chatops_config/* rulesFor */.NP)(config, command.env) : (0,chatops_config/* rulesFor */.NP)(config, undefined);
    let reading;
    try {
        reading = await port.permissionOf(event.login);
    }
    catch (err) {
        return refuse('permission_unavailable', `could not read @${event.login}'s permission on this repository (${shortError(err)}); a permission that cannot be verified is denied`);
    }
    const allowed = rules.permissions ?? config.permissions;
    if (!roleAllowed(reading, allowed))
        return roleRefusal(event.login, reading, allowed, rules.permissions ? ` for ${command.env}` : '');
    passed.push(chatops_config/* BUILT_IN_ROLES */.NS.includes(reading.role.toLowerCase()) ? `@${event.login} has ${reading.role} permission` : describeRole(event.login, reading));
    if (rules.users || rules.teams) {
        const who = await checkPeople(port, rules, command.env, event.login);
        if (!who.ok)
            return who;
        passed.push(who.passed);
    }
    let pr;
    try {
        pr = await port.pullRequest(event.issueNumber);
    }
    catch (err) {
        return refuse('pull_request_unavailable', `could not read pull request #${event.issueNumber} (${shortError(err)})`);
    }
    if (!/^[0-9a-f]{40}$/.test(pr.headSha))
        return refuse('pull_request_unavailable', `pull request #${pr.number} reports no valid head SHA`);
    const allowForks = rules.allowForks ?? config.allowForks;
    if (pr.isFork && !allowForks) {
        return refuse('fork', `pull request #${pr.number} comes from a fork (${pr.headRepoFullName ?? 'a deleted repository'}): its code is untrusted, and chatops.allowForks is off`);
    }
    passed.push(pr.isFork ? 'fork pull request allowed by configuration' : 'head branch is in this repository');
    if (SHIPPING.has(command.name)) {
        if (rules.requireMerged && !pr.merged)
            return refuse('not_merged', `${command.env} takes only merged pull requests; #${pr.number} is not merged`);
        if (!rules.requireMerged && pr.state === 'closed' && !pr.merged) {
            return refuse('pull_request_closed', `pull request #${pr.number} was closed without merging; nothing from it is shipped`);
        }
        if (rules.baseBranches && !rules.baseBranches.includes(pr.baseRef)) {
            return refuse('base_branch', `${command.env} takes pull requests into ${rules.baseBranches.join(', ')}; #${pr.number} targets "${pr.baseRef}"`);
        }
        if (rules.requireMerged)
            passed.push(`#${pr.number} is merged`);
        if (rules.requiredChecks.length > 0) {
            const checks = await verifyChecks(port, pr.headSha, rules.requiredChecks);
            if (!checks.ok)
                return checks;
            passed.push(`required checks green: ${rules.requiredChecks.join(', ')}`);
        }
    }
    return { ok: true, permission: reading.role, pullRequest: pr, sha: pr.headSha, passed };
}
/**
 * `users` and `teams` together list who may act on an environment: a listed login, or an active member of a
 * listed team. Teams are asked one by one until one confirms; an invitation not yet accepted is not
 * membership, and a lookup that fails denies unless another team confirms.
 */
async function checkPeople(port, rules, env, login) {
    if (rules.users?.some((u) => u.toLowerCase() === login.toLowerCase()))
        return { ok: true, passed: `@${login} is allowed on ${env}` };
    const who = [...(rules.users ?? []).map((u) => `@${u}`), ...(rules.teams ?? []).map((t) => `members of team ${t}`)].join(', ');
    const notes = [];
    let failure;
    for (const team of rules.teams ?? []) {
        let state;
        try {
            state = await port.teamMembership(team, login);
        }
        catch (err) {
            failure ??= `could not read @${login}'s membership of team ${team} (${shortError(err)})`;
            continue;
        }
        if (state === 'active')
            return { ok: true, passed: `@${login} is an active member of team ${team}` };
        notes.push(state === 'pending' ? `${team}: invitation not accepted yet` : `${team}: not a member, or the token cannot see the team`);
    }
    if (failure) {
        return refuse('membership_unavailable', `${env} accepts commands only from ${who}; ${failure}, and a membership that cannot be verified is denied`);
    }
    const why = notes.length > 0 ? ` (${notes.join('; ')})` : '';
    return refuse('user_not_allowed', `${env} accepts commands only from ${who}; @${login} is not one of them${why}`);
}
async function verifyChecks(port, sha, required) {
    let conclusions;
    try {
        conclusions = await port.checkConclusions(sha);
    }
    catch (err) {
        return refuse('checks_unavailable', `could not read the checks of ${sha.slice(0, 7)} (${shortError(err)}); unreadable checks are not green`);
    }
    const bad = [];
    for (const name of required) {
        if (!conclusions.has(name))
            bad.push(`${name} (missing)`);
        else if (conclusions.get(name) === null)
            bad.push(`${name} (still running)`);
        else if (conclusions.get(name) !== 'success')
            bad.push(`${name} (${conclusions.get(name)})`);
    }
    if (bad.length > 0)
        return refuse('checks_failed', `required checks are not green on ${sha.slice(0, 7)}: ${bad.join(', ')}`);
    return { ok: true };
}
/** Re-reads the head just before acting: a push after the command was read refuses (time-of-check to time-of-use). */
async function recheckHead(port, number, pinned) {
    let current;
    try {
        current = (await port.pullRequest(number)).headSha;
    }
    catch (err) {
        return refuse('pull_request_unavailable', `could not re-read pull request #${number} before acting (${shortError(err)})`);
    }
    if (current !== pinned) {
        return refuse('ref_changed', `the head of #${number} moved from ${pinned.slice(0, 7)} to ${current.slice(0, 7)} after the command was read; comment again to act on the new commits`);
    }
    return null;
}
function shortError(err) {
    const message = err instanceof Error ? err.message : String(err);
    return message.split('\n')[0].slice(0, 200);
}

// EXTERNAL MODULE: ./src/chatops/grammar.ts + 1 modules
var grammar = __webpack_require__(50684);
// EXTERNAL MODULE: ./src/core/markdown.ts
var markdown = __webpack_require__(16706);
;// CONCATENATED MODULE: ./src/chatops/feedback.ts


function replyKey(commentId) {
    return `chatops-${commentId}`;
}
const HEADLINE = {
    taken: '👀 Taken: checking permissions and rules',
    refused: '👎 Refused',
    approved: '✅ Approved: the workflow runs it on the pinned commit',
    running: '⏳ Running',
    done: '🚀 Done',
    failed: '👎 Failed',
};
function renderReply(state) {
    const lines = [];
    const what = state.command ? `\`${(0,grammar/* formatCommand */.fE)(state.command, state.prefix)}\`` : 'command';
    lines.push(`### ${HEADLINE[state.phase]}${state.dryRun && state.phase !== 'refused' ? ' (dry run)' : ''}`);
    lines.push('');
    lines.push(`${what} from @${(0,grammar/* safe */.gB)(state.login)}${state.sha ? ` on \`${state.sha.slice(0, 12)}\`` : ''}`);
    if (state.reason) {
        lines.push('');
        lines.push(`> ${escapeText(state.reason)}`);
        if (state.hint)
            lines.push(`>\n> ${escapeText(state.hint)}`);
    }
    const steps = state.result?.steps ?? state.progress?.steps ?? [];
    if (state.passed.length > 0 || steps.length > 0) {
        lines.push('', '| Step | Status | Detail |', '| --- | --- | --- |');
        for (const p of state.passed)
            lines.push(`| check | ✅ | ${cell(p)} |`);
        for (const s of steps)
            lines.push(`| ${cell(s.name)} | ${STEP_ICON[s.status] ?? s.status} | ${cell(s.detail)} |`);
    }
    if (state.result)
        lines.push('', escapeText(state.result.message));
    if (state.result?.details)
        lines.push('', state.result.details);
    if (state.extra)
        lines.push('', state.extra);
    const links = [];
    if (state.runUrl)
        links.push(`[workflow run](${state.runUrl})`);
    const deploymentUrl = state.result?.deploymentUrl ?? state.progress?.deploymentUrl;
    if (deploymentUrl)
        links.push(`[deployment](${deploymentUrl})`);
    if (state.result?.environmentUrl)
        links.push(`[environment](${state.result.environmentUrl})`);
    if (links.length > 0)
        lines.push('', links.join(' · '));
    return lines.join('\n');
}
const STEP_ICON = { ok: '✅', failed: '❌', skipped: '⏭️', planned: '📝', reverted: '↩️', started: '⏳' };
/** Text from reasons and engine messages: no HTML, no mentions, no table breaks. */
function escapeText(text) {
    return text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@(?=[A-Za-z0-9])/g, '@\u200b').replace(/\r?\n/g, ' ');
}
function cell(text) {
    return (0,markdown/* tableCell */.xR)(escapeText(text));
}
function helpText(prefix, extra) {
    const rows = [
        ['deploy <model>[@<version>] to <env>', 'deploy a model (at a version, when given) to an environment'],
        ['promote <model> to <env>', 'promote the version live in the previous environment'],
        ['rollback <env> [to <version>]', 'restore the previous successful deployment (or a named one)'],
        ['status [env]', 'show what is live where, and locks'],
        ['lock <env> [reason]', 'hold an environment: no deploys until unlocked'],
        ['unlock <env>', 'release a lock'],
        ['help', 'this list'],
    ];
    const table = ['| Command | What it does |', '| --- | --- |', ...rows.map(([c, d]) => `| \`${prefix}${c}\` | ${d} |`)];
    const notes = [
        '',
        'Add `--dry-run` to any command to see what it would do. One command per comment, on its first line; quoted and code-fenced text is ignored.',
    ];
    return [...table, ...notes, ...(extra ? ['', extra] : [])].join('\n');
}

;// CONCATENATED MODULE: ./src/chatops/locks.ts
/** Commands the engine runs under the environment's lock: a lock held by someone else stops them. */
const NEEDS_LOCK = new Set(['deploy', 'promote', 'rollback', 'lock']);
/**
 * Whether the environment's lock lets `actor` run the command, as the engine decides: a manual lock
 * (`/lock`, `modelship lock`) lets its own holder deploy through it; any other lock (someone else's, or a
 * deployment in progress) refuses, naming its holder. `/lock` is refused only by someone else's lock.
 */
async function lockRefusal(command, actor, port) {
    if (!NEEDS_LOCK.has(command.name) || command.env === undefined)
        return null;
    const env = command.env;
    let held;
    try {
        held = await port.heldLock(env);
    }
    catch (err) {
        const message = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200);
        return { ok: false, code: 'lock_unavailable', reason: `could not read the lock of ${env} (${message}); a lock that cannot be verified is not free` };
    }
    if (!held)
        return null;
    // A lock file is data someone wrote: anything missing is shown as unknown, never trusted as "mine".
    const owner = typeof held.owner === 'string' && held.owner !== '' ? held.owner : 'someone (the lock names no owner)';
    const mine = owner.toLowerCase() === actor.toLowerCase();
    const manual = !(typeof held.pid === 'number' && held.pid > 0);
    if (mine && (manual || command.name === 'lock'))
        return null;
    const since = held.createdAt ? ` since ${held.createdAt}` : '';
    const why = held.reason ? `: ${held.reason}` : '';
    const what = manual ? `locked by ${owner}${since}${why}` : `locked by a deployment in progress, run by ${owner}${since}${why}`;
    const next = manual ? `${owner} can deploy through the lock or /unlock ${env}` : 'comment again once it has finished';
    return { ok: false, code: 'locked', reason: `${env} is ${what}; /${command.name} is refused (${next})` };
}

;// CONCATENATED MODULE: ./src/chatops/run.ts





async function runChatops(input, deps) {
    const out = new Reporter(deps.feedback);
    const result = await flow(input, deps, out);
    return out.replyUrl ? { ...result, warnings: out.warnings, replyUrl: out.replyUrl } : { ...result, warnings: out.warnings };
}
async function flow(input, deps, out) {
    const warnings = out.warnings;
    const event = readCommentEvent(input.eventName, input.payload);
    if ('ok' in event)
        return { decision: 'refused', code: event.code, reason: event.reason, passed: [], warnings };
    const config = (0,chatops_config.chatopsConfig)(input.loaded);
    const parsed = (0,grammar/* parseComment */.vj)(event.body, { prefix: config.prefix, models: (0,chatops_config/* modelNames */.ci)(input.loaded), environments: (0,chatops_config/* environmentNames */.iF)(input.loaded) });
    if (parsed.kind === 'none')
        return ignored();
    out.event = event;
    const base = { login: event.login, pullRequest: event.issueNumber, passed: [], warnings };
    const eventRefusal = checkEvent(event);
    if (eventRefusal) {
        // Edited or deleted comments get no answer at all: an edit must not be able to re-trigger anything, not even a reply.
        if (eventRefusal.code !== 'not_created') {
            await out.finish('-1', { phase: 'refused', login: event.login, prefix: config.prefix, passed: [], reason: eventRefusal.reason, runUrl: input.runUrl, dryRun: false });
        }
        return { ...base, decision: 'refused', code: eventRefusal.code, reason: eventRefusal.reason };
    }
    await out.react('eyes');
    const state = { phase: 'taken', login: event.login, prefix: config.prefix, passed: [], runUrl: input.runUrl, dryRun: false };
    if (parsed.kind === 'error') {
        // Only people allowed to run commands get grammar help; others learn only that they may not.
        const denied = await permissionRefusal(deps.repository, event, config.permissions);
        const reason = denied?.reason ?? parsed.message;
        const code = denied?.code ?? 'parse_error';
        await out.finish('-1', { ...state, phase: 'refused', reason, hint: denied ? undefined : parsed.hint });
        return { ...base, decision: 'refused', code, reason };
    }
    const command = { ...parsed.command, dryRun: parsed.command.dryRun || input.dryRun === true };
    const commandText = (0,grammar/* formatCommand */.fE)(command, config.prefix);
    state.command = command;
    state.dryRun = command.dryRun;
    await out.reply(state);
    const verdict = await authorize(command, event, config, deps.repository);
    if (!verdict.ok) {
        await out.finish('-1', { ...state, phase: 'refused', reason: verdict.reason });
        return { ...base, decision: 'refused', code: verdict.code, reason: verdict.reason, command, commandText };
    }
    const pinned = { ...base, command, commandText, sha: verdict.sha, passed: verdict.passed };
    state.sha = verdict.sha;
    state.passed = [...verdict.passed];
    if (command.name === 'help') {
        await out.finish('rocket', { ...state, phase: 'done', extra: helpText(config.prefix, config.help) });
        return { ...pinned, decision: 'done', code: 'ok', reason: 'help shown' };
    }
    // Time of check to time of use: the head must still be the one authorised.
    if (MUTATING.has(command.name)) {
        const moved = await recheckHead(deps.repository, event.issueNumber, verdict.sha);
        if (moved) {
            await out.finish('-1', { ...state, phase: 'refused', reason: moved.reason });
            return { ...pinned, decision: 'refused', code: moved.code, reason: moved.reason };
        }
        state.passed.push(`head still at ${verdict.sha.slice(0, 7)} just before acting`);
    }
    // A locked environment is refused here, approved or executed alike: neither the deploy job a /deploy
    // approval starts nor the engine would get through the lock, and a refusal is not a failure. A dry run
    // changes nothing and takes no lock, as in the engine.
    if (deps.locks && !command.dryRun) {
        const locked = await lockRefusal(command, event.login, deps.locks);
        if (locked) {
            await out.finish('-1', { ...state, phase: 'refused', reason: locked.reason });
            return { ...pinned, passed: state.passed, decision: 'refused', code: locked.code, reason: locked.reason };
        }
        if (command.env && NEEDS_LOCK.has(command.name))
            state.passed.push(`${command.env} is not locked by anyone else`);
    }
    if (!deps.executor || (deps.executor.handles && !deps.executor.handles(command))) {
        await out.reply({ ...state, phase: 'approved' });
        return { ...pinned, passed: state.passed, decision: 'approved', code: 'ok', reason: `${commandText} is authorised on ${verdict.sha.slice(0, 7)}` };
    }
    await out.reply({ ...state, phase: 'running' });
    const progress = (update) => out.reply({ ...state, phase: 'running', progress: update });
    let result;
    try {
        result = await deps.executor.run(command, { sha: verdict.sha, actor: event.login, pullRequest: event.issueNumber, dryRun: command.dryRun, progress });
    }
    catch (err) {
        const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
        result = { ok: false, message: `${commandText} failed: ${message}`, steps: [] };
    }
    const ok = result.ok;
    await out.finish(ok ? 'rocket' : '-1', { ...state, phase: ok ? 'done' : 'failed', result });
    return { ...pinned, passed: state.passed, decision: ok ? 'done' : 'failed', code: ok ? 'ok' : 'execution_failed', reason: result.message, result };
}
function ignored() {
    return { decision: 'ignored', code: 'not_a_command', reason: 'the comment holds no command on its first line', passed: [], warnings: [] };
}
async function permissionRefusal(port, event, allowed) {
    try {
        const reading = await port.permissionOf(event.login);
        if (roleAllowed(reading, allowed))
            return undefined;
        return roleRefusal(event.login, reading, allowed);
    }
    catch (err) {
        const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
        return { ok: false, code: 'permission_unavailable', reason: `could not read @${event.login}'s permission (${message}); a permission that cannot be verified is denied` };
    }
}
/** Reactions and the reply; their failures become warnings, never a reason to stop or to act differently. */
class Reporter {
    port;
    warnings = [];
    replyUrl;
    event;
    constructor(port) {
        this.port = port;
    }
    async finish(reaction, state) {
        await this.reply(state);
        await this.react(reaction);
    }
    async react(content) {
        try {
            await this.port.react(this.event.commentId, content);
        }
        catch (err) {
            this.warnings.push(`could not add the ${content} reaction: ${err.message}`);
        }
    }
    async reply(state) {
        try {
            this.replyUrl = await this.port.reply(this.event.issueNumber, replyKey(this.event.commentId), renderReply(state));
        }
        catch (err) {
            this.warnings.push(`could not update the reply: ${err.message}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/chatops/simulate.ts


const PERMISSION = /^[A-Za-z0-9 _-]{1,64}$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
/** A stand-in head commit: the flow pins and re-checks it like a real one. */
const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';
function simulatedFacts(raw) {
    const login = raw.user ?? 'octocat';
    if (!LOGIN.test(login))
        throw new errors.ModelshipError(`--user "${login}" is not a GitHub login`, { hint: 'letters, digits and single hyphens, at most 39 characters' });
    const permission = raw.permission ?? 'write';
    if (!PERMISSION.test(permission))
        throw new errors.ModelshipError(`--permission "${permission}" is not a role name`, { hint: 'read, triage, write, maintain, admin or a custom role' });
    const state = raw.state ?? (raw.merged ? 'closed' : 'open');
    if (state !== 'open' && state !== 'closed')
        throw new errors.ModelshipError(`--state "${state}": expected open or closed`);
    const checks = {};
    for (const entry of raw.check ?? []) {
        const match = /^([^=]+)=(success|failure|cancelled|skipped|neutral|timed_out|action_required|pending)$/.exec(entry);
        if (!match)
            throw new errors.ModelshipError(`--check "${entry}": expected NAME=CONCLUSION`, { hint: 'e.g. --check "Modelship checks=success"; conclusions: success, failure, cancelled, skipped, neutral, timed_out, action_required, pending' });
        checks[match[1]] = match[2];
    }
    return {
        login,
        permission,
        teams: (raw.team ?? []).map((t) => t.toLowerCase()),
        pullRequest: { state, merged: raw.merged === true, baseRef: raw.base ?? 'main', fork: raw.fork === true },
        checks,
        edited: raw.edited === true,
    };
}
async function simulateComment(comment, loaded, facts) {
    const pr = {
        number: 1,
        state: facts.pullRequest.state,
        merged: facts.pullRequest.merged,
        headSha: HEAD_SHA,
        baseRef: facts.pullRequest.baseRef,
        isFork: facts.pullRequest.fork,
        headRepoFullName: facts.pullRequest.fork ? `${facts.login}/fork` : null,
    };
    const repository = {
        permissionOf: async () => ({ role: facts.permission }),
        pullRequest: async () => pr,
        checkConclusions: async () => new Map(Object.entries(facts.checks).map(([name, conclusion]) => [name, conclusion === 'pending' ? null : conclusion])),
        teamMembership: async (team) => (facts.teams.includes(team.toLowerCase()) ? 'active' : 'none'),
    };
    let reply;
    const reactions = [];
    const feedback = {
        react: async (_id, content) => void reactions.push(content),
        reply: async (_issue, _key, body) => {
            reply = body;
            return 'about:blank';
        },
    };
    const payload = {
        action: facts.edited ? 'edited' : 'created',
        comment: { id: 1, body: comment, user: { login: facts.login } },
        issue: { number: 1, pull_request: { url: 'about:blank' } },
    };
    // Locks are real facts here: the local state's, as `modelship lock` and `deploy` leave them.
    const locks = {
        heldLock: async (environment) => {
            const [{ storeFor }, { environmentOf }, { LockFile }] = await Promise.all([__webpack_require__.e(/* import() */ 2489).then(__webpack_require__.bind(__webpack_require__, 42489)), __webpack_require__.e(/* import() */ 2002).then(__webpack_require__.bind(__webpack_require__, 29621)), __webpack_require__.e(/* import() */ 6745).then(__webpack_require__.bind(__webpack_require__, 56745))]);
            const held = await storeFor(loaded, environmentOf(loaded, environment), {}).lockInfo(environment);
            return held && LockFile.isStale(held) ? undefined : held;
        },
    };
    const result = await runChatops({ eventName: 'issue_comment', payload, loaded }, { repository, feedback, locks });
    const { replyUrl: _unused, ...rest } = result;
    return { ...rest, facts, reply, reactions };
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
