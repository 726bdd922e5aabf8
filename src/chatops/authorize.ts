import type { ChatopsConfig, Permission } from './config.js';
import { BUILT_IN_ROLES, rulesFor, type EnvironmentRules } from './config.js';
import type { ParsedCommand } from './grammar.js';

/**
 * Who may run which command, where. Every check fails closed: a fact we could not read (permission, pull
 * request, checks) is a refusal, never a pass. Each refusal has a stable `code` for workflows and a sentence
 * for people.
 */

export type RefusalCode =
  | 'not_issue_comment'
  | 'not_created'
  | 'not_pull_request'
  | 'bad_payload'
  | 'parse_error'
  | 'command_disabled'
  | 'permission_denied'
  | 'permission_unavailable'
  | 'user_not_allowed'
  | 'membership_unavailable'
  | 'pull_request_unavailable'
  | 'pull_request_closed'
  | 'fork'
  | 'not_merged'
  | 'base_branch'
  | 'checks_failed'
  | 'checks_unavailable'
  | 'ref_changed'
  | 'locked'
  | 'lock_unavailable';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
}

/** What the action reads from an `issue_comment` webhook payload. */
export interface CommentEvent {
  action: string;
  commentId: number;
  body: string;
  login: string;
  issueNumber: number;
  isPullRequest: boolean;
}

export interface PullRequestFacts {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  headSha: string;
  baseRef: string;
  isFork: boolean;
  headRepoFullName: string | null;
}

/** The outside world authorisation needs; the action implements it over the GitHub API. */
export interface RepositoryPort {
  /** The commenter's role as GitHub reports it (`role_name`, custom roles included); throws when it cannot be read. */
  permissionOf(login: string): Promise<RoleReading>;
  pullRequest(number: number): Promise<PullRequestFacts>;
  /** Conclusion of the newest check run of each name on the commit (`null` when pending); absent names are missing. */
  checkConclusions(sha: string): Promise<Map<string, string | null>>;
  /**
   * The commenter's membership of a team of the repository owner's organisation: `none` when GitHub answers
   * 404 (not a member, or the token cannot see the team); throws on any other failure.
   */
  teamMembership(team: string, login: string): Promise<'active' | 'pending' | 'none'>;
}

/** A role read from GitHub. */
export interface RoleReading {
  /** `role_name`: a built-in role or a custom role's name (the legacy `permission` when GitHub gave none). */
  role: string;
  /** The legacy `permission` a custom role extends (admin, write, read), when known. */
  base?: string;
}

/** Whether the role is allowed: listed by name (case-insensitive). A custom role is never widened to its base. */
export function roleAllowed(reading: RoleReading, allowed: readonly string[]): boolean {
  const role = reading.role.toLowerCase();
  return allowed.some((a) => a.toLowerCase() === role);
}

/** The role as the reply states it: `"write" permission`, or a custom role with the base it extends. */
export function describeRole(login: string, reading: RoleReading): string {
  if (BUILT_IN_ROLES.includes(reading.role.toLowerCase())) return `@${login} has "${reading.role}" permission`;
  const base = reading.base ? `, based on ${reading.base}` : '';
  return `@${login} has the custom role "${reading.role}" (GitHub's role_name${base})`;
}

/** The refusal for a role that is not allowed; a custom role gets the way to allow it. */
export function roleRefusal(login: string, reading: RoleReading, allowed: readonly string[], where = ''): Refusal {
  const custom = !BUILT_IN_ROLES.includes(reading.role.toLowerCase());
  const how = custom ? `; a custom role is allowed only when listed by name in chatops permissions` : '';
  return refuse('permission_denied', `${describeRole(login, reading)}; ${allowed.join(', ')} is needed${where}${how}`);
}

export interface Authorized {
  ok: true;
  permission: string;
  pullRequest: PullRequestFacts;
  /** The head SHA pinned when the command was read: the only commit acted on. */
  sha: string;
  passed: string[];
}

/** Commands that change an environment (read-only ones are /status and /help). */
export const MUTATING = new Set(['deploy', 'promote', 'rollback', 'lock', 'unlock', 'rollout']);
/** Commands that put new code in an environment: the merge, branch and checks rules apply to these. */
const SHIPPING = new Set(['deploy', 'promote']);

const refuse = (code: RefusalCode, reason: string): Refusal => ({ ok: false, code, reason });

/** Reads the payload; anything but a well-formed `issue_comment` refuses. */
export function readCommentEvent(eventName: string | undefined, payload: unknown): CommentEvent | Refusal {
  if (eventName !== 'issue_comment') {
    return refuse('not_issue_comment', `comment commands run on issue_comment events; this run was triggered by "${eventName ?? 'unknown'}"`);
  }
  const p = payload as Record<string, any> | null;
  const comment = p?.comment;
  const issue = p?.issue;
  if (!comment || typeof comment.id !== 'number' || typeof comment.body !== 'string' || typeof comment.user?.login !== 'string' || !issue || typeof issue.number !== 'number') {
    return refuse('bad_payload', 'the issue_comment payload lacks the comment id, body, author or issue number');
  }
  return {
    action: String(p!.action ?? ''),
    commentId: comment.id,
    body: comment.body,
    login: comment.user.login,
    issueNumber: issue.number,
    isPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
  };
}

/** Checks that need no API call: created (not edited) and on a pull request (not an issue). */
export function checkEvent(event: CommentEvent): Refusal | null {
  if (event.action !== 'created') {
    return refuse('not_created', `the comment was ${event.action || 'changed'}, not created: only new comments run commands, so editing an old comment cannot re-run or change one`);
  }
  if (!event.isPullRequest) return refuse('not_pull_request', `#${event.issueNumber} is an issue, not a pull request: commands run only on pull requests`);
  return null;
}

export async function authorize(command: ParsedCommand, event: CommentEvent, config: ChatopsConfig, port: RepositoryPort): Promise<Authorized | Refusal> {
  const passed: string[] = [];
  if (!config.commands.includes(command.name)) {
    return refuse('command_disabled', `${config.prefix}${command.name} is disabled here (chatops.commands allows: ${config.commands.join(', ')})`);
  }
  const rules = MUTATING.has(command.name) ? rulesFor(config, command.env) : rulesFor(config, undefined);

  let reading: RoleReading;
  try {
    reading = await port.permissionOf(event.login);
  } catch (err) {
    return refuse('permission_unavailable', `could not read @${event.login}'s permission on this repository (${shortError(err)}); a permission that cannot be verified is denied`);
  }
  const allowed: readonly Permission[] = rules.permissions ?? config.permissions;
  if (!roleAllowed(reading, allowed)) return roleRefusal(event.login, reading, allowed, rules.permissions ? ` for ${command.env}` : '');
  passed.push(BUILT_IN_ROLES.includes(reading.role.toLowerCase()) ? `@${event.login} has ${reading.role} permission` : describeRole(event.login, reading));

  if (rules.users || rules.teams) {
    const who = await checkPeople(port, rules, command.env!, event.login);
    if (!who.ok) return who;
    passed.push(who.passed);
  }

  let pr: PullRequestFacts;
  try {
    pr = await port.pullRequest(event.issueNumber);
  } catch (err) {
    return refuse('pull_request_unavailable', `could not read pull request #${event.issueNumber} (${shortError(err)})`);
  }
  if (!/^[0-9a-f]{40}$/.test(pr.headSha)) return refuse('pull_request_unavailable', `pull request #${pr.number} reports no valid head SHA`);

  const allowForks = rules.allowForks ?? config.allowForks;
  if (pr.isFork && !allowForks) {
    return refuse('fork', `pull request #${pr.number} comes from a fork (${pr.headRepoFullName ?? 'a deleted repository'}): its code is untrusted, and chatops.allowForks is off`);
  }
  passed.push(pr.isFork ? 'fork pull request allowed by configuration' : 'head branch is in this repository');

  if (SHIPPING.has(command.name)) {
    if (rules.requireMerged && !pr.merged) return refuse('not_merged', `${command.env} takes only merged pull requests; #${pr.number} is not merged`);
    if (!rules.requireMerged && pr.state === 'closed' && !pr.merged) {
      return refuse('pull_request_closed', `pull request #${pr.number} was closed without merging; nothing from it is shipped`);
    }
    if (rules.baseBranches && !rules.baseBranches.includes(pr.baseRef)) {
      return refuse('base_branch', `${command.env} takes pull requests into ${rules.baseBranches.join(', ')}; #${pr.number} targets "${pr.baseRef}"`);
    }
    if (rules.requireMerged) passed.push(`#${pr.number} is merged`);
    if (rules.requiredChecks.length > 0) {
      const checks = await verifyChecks(port, pr.headSha, rules.requiredChecks);
      if (!checks.ok) return checks;
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
async function checkPeople(port: RepositoryPort, rules: EnvironmentRules, env: string, login: string): Promise<Refusal | { ok: true; passed: string }> {
  if (rules.users?.some((u) => u.toLowerCase() === login.toLowerCase())) return { ok: true, passed: `@${login} is allowed on ${env}` };
  const who = [...(rules.users ?? []).map((u) => `@${u}`), ...(rules.teams ?? []).map((t) => `members of team ${t}`)].join(', ');
  const notes: string[] = [];
  let failure: string | undefined;
  for (const team of rules.teams ?? []) {
    let state: 'active' | 'pending' | 'none';
    try {
      state = await port.teamMembership(team, login);
    } catch (err) {
      failure ??= `could not read @${login}'s membership of team ${team} (${shortError(err)})`;
      continue;
    }
    if (state === 'active') return { ok: true, passed: `@${login} is an active member of team ${team}` };
    notes.push(state === 'pending' ? `${team}: invitation not accepted yet` : `${team}: not a member, or the token cannot see the team`);
  }
  if (failure) {
    return refuse('membership_unavailable', `${env} accepts commands only from ${who}; ${failure}, and a membership that cannot be verified is denied`);
  }
  const why = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return refuse('user_not_allowed', `${env} accepts commands only from ${who}; @${login} is not one of them${why}`);
}

async function verifyChecks(port: RepositoryPort, sha: string, required: string[]): Promise<Refusal | { ok: true }> {
  let conclusions: Map<string, string | null>;
  try {
    conclusions = await port.checkConclusions(sha);
  } catch (err) {
    return refuse('checks_unavailable', `could not read the checks of ${sha.slice(0, 7)} (${shortError(err)}); unreadable checks are not green`);
  }
  const bad: string[] = [];
  for (const name of required) {
    if (!conclusions.has(name)) bad.push(`${name} (missing)`);
    else if (conclusions.get(name) === null) bad.push(`${name} (still running)`);
    else if (conclusions.get(name) !== 'success') bad.push(`${name} (${conclusions.get(name)})`);
  }
  if (bad.length > 0) return refuse('checks_failed', `required checks are not green on ${sha.slice(0, 7)}: ${bad.join(', ')}`);
  return { ok: true };
}

/** Re-reads the head just before acting: a push after the command was read refuses (time-of-check to time-of-use). */
export async function recheckHead(port: RepositoryPort, number: number, pinned: string): Promise<Refusal | null> {
  let current: string;
  try {
    current = (await port.pullRequest(number)).headSha;
  } catch (err) {
    return refuse('pull_request_unavailable', `could not re-read pull request #${number} before acting (${shortError(err)})`);
  }
  if (current !== pinned) {
    return refuse('ref_changed', `the head of #${number} moved from ${pinned.slice(0, 7)} to ${current.slice(0, 7)} after the command was read; comment again to act on the new commits`);
  }
  return null;
}

function shortError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0].slice(0, 200);
}
