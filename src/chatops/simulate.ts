import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import type { PullRequestFacts, RepositoryPort } from './authorize.js';
import type { FeedbackPort, Reaction } from './feedback.js';
import type { LockPort } from './locks.js';
import { runChatops, type ChatopsResult } from './run.js';

/**
 * `modelship chatops parse`: runs one comment through the same flow the chatops action runs (grammar,
 * permission, teams, fork, merge, base branch and checks rules, head re-check), against facts the user
 * states instead of the GitHub API, and shows the reply the action would post. Nothing is executed: an
 * authorised command ends `approved`, exactly where the action hands over to the deploy job. Environment
 * locks are read from the local state (`modelship lock`), as the deploy engine would meet them.
 */
export interface SimulatedFacts {
  login: string;
  /** The commenter's repository role (read, triage, write, maintain, admin, or a custom role's name). */
  permission: string;
  /** Teams the commenter is an active member of. */
  teams: string[];
  pullRequest: { state: 'open' | 'closed'; merged: boolean; baseRef: string; fork: boolean };
  /** Conclusions of check runs on the head, by name; absent names are missing. */
  checks: Record<string, string>;
  /** The comment was edited rather than created (edits never run commands). */
  edited: boolean;
}

export interface SimulationResult extends ChatopsResult {
  facts: SimulatedFacts;
  /** The reply the action would post (Markdown), when it would post one. */
  reply?: string;
  reactions: Reaction[];
}

const PERMISSION = /^[A-Za-z0-9 _-]{1,64}$/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
/** A stand-in head commit: the flow pins and re-checks it like a real one. */
const HEAD_SHA = '0123456789abcdef0123456789abcdef01234567';

export function simulatedFacts(raw: { user?: string; permission?: string; team?: string[]; state?: string; merged?: boolean; base?: string; fork?: boolean; check?: string[]; edited?: boolean }): SimulatedFacts {
  const login = raw.user ?? 'octocat';
  if (!LOGIN.test(login)) throw new ModelshipError(`--user "${login}" is not a GitHub login`, { hint: 'letters, digits and single hyphens, at most 39 characters' });
  const permission = raw.permission ?? 'write';
  if (!PERMISSION.test(permission)) throw new ModelshipError(`--permission "${permission}" is not a role name`, { hint: 'read, triage, write, maintain, admin or a custom role' });
  const state = raw.state ?? (raw.merged ? 'closed' : 'open');
  if (state !== 'open' && state !== 'closed') throw new ModelshipError(`--state "${state}": expected open or closed`);
  const checks: Record<string, string> = {};
  for (const entry of raw.check ?? []) {
    const match = /^([^=]+)=(success|failure|cancelled|skipped|neutral|timed_out|action_required|pending)$/.exec(entry);
    if (!match) throw new ModelshipError(`--check "${entry}": expected NAME=CONCLUSION`, { hint: 'e.g. --check "Modelship checks=success"; conclusions: success, failure, cancelled, skipped, neutral, timed_out, action_required, pending' });
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

export async function simulateComment(comment: string, loaded: LoadedConfig, facts: SimulatedFacts): Promise<SimulationResult> {
  const pr: PullRequestFacts = {
    number: 1,
    state: facts.pullRequest.state,
    merged: facts.pullRequest.merged,
    headSha: HEAD_SHA,
    baseRef: facts.pullRequest.baseRef,
    isFork: facts.pullRequest.fork,
    headRepoFullName: facts.pullRequest.fork ? `${facts.login}/fork` : null,
  };
  const repository: RepositoryPort = {
    permissionOf: async () => ({ role: facts.permission }),
    pullRequest: async () => pr,
    checkConclusions: async () => new Map(Object.entries(facts.checks).map(([name, conclusion]) => [name, conclusion === 'pending' ? null : conclusion])),
    teamMembership: async (team) => (facts.teams.includes(team.toLowerCase()) ? 'active' : 'none'),
  };
  let reply: string | undefined;
  const reactions: Reaction[] = [];
  const feedback: FeedbackPort = {
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
  const locks: LockPort = {
    heldLock: async (environment) => {
      const [{ storeFor }, { environmentOf }, { LockFile }] = await Promise.all([import('../deploy/state/select.js'), import('../deploy/config.js'), import('../deploy/state/lock-file.js')]);
      const held = await storeFor(loaded, environmentOf(loaded, environment), {}).lockInfo(environment);
      return held && LockFile.isStale(held) ? undefined : held;
    },
  };
  const result = await runChatops({ eventName: 'issue_comment', payload, loaded }, { repository, feedback, locks });
  const { replyUrl: _unused, ...rest } = result;
  return { ...rest, facts, reply, reactions };
}
