import { parseConfig, type LoadedConfig } from '../../src/core/config.js';
import type { PullRequestFacts, RepositoryPort, RoleReading } from '../../src/chatops/authorize.js';
import type { CommandExecutor, ExecutionContext, ExecutionResult } from '../../src/chatops/executor.js';
import type { FeedbackPort, Reaction } from '../../src/chatops/feedback.js';
import type { ParsedCommand } from '../../src/chatops/grammar.js';
import type { LockPort } from '../../src/chatops/locks.js';
import type { LockInfo } from '../../src/deploy/types.js';

export const CONFIG_YAML = `version: 1
models:
  iris:
    path: models/iris.onnx
  churn:
    path: models/churn.onnx
environments:
  staging:
    provider: { type: local }
    strategy: { type: direct }
  production:
    provider: { type: local }
    strategy: { type: direct }
chatops:
  environments:
    production:
      permissions: [admin, maintain]
      requireMerged: true
      baseBranches: [main]
      requiredChecks: [test]
`;

export function loadedConfig(yaml = CONFIG_YAML): LoadedConfig {
  return parseConfig(yaml, '/project/modelship.yml', { env: {} });
}

export const HEAD = 'a'.repeat(40);
export const MOVED = 'b'.repeat(40);

export function prFacts(overrides: Partial<PullRequestFacts> = {}): PullRequestFacts {
  return { number: 7, state: 'open', merged: false, headSha: HEAD, baseRef: 'main', isFork: false, headRepoFullName: 'acme/models', ...overrides };
}

/** A repository port from fixed facts; `heads` makes successive pull request reads return successive SHAs. */
export class FakeRepository implements RepositoryPort {
  calls: string[] = [];
  /** A role name (built-in), a full reading (a custom role with its base), or an Error thrown. */
  permission: string | RoleReading | Error = 'write';
  pr: PullRequestFacts = prFacts();
  heads: string[] = [];
  checks: Map<string, string | null> | Error = new Map([['test', 'success']]);

  async permissionOf(login: string): Promise<RoleReading> {
    this.calls.push(`permission ${login}`);
    if (this.permission instanceof Error) throw this.permission;
    return typeof this.permission === 'string' ? { role: this.permission } : this.permission;
  }
  async pullRequest(number: number): Promise<PullRequestFacts> {
    this.calls.push(`pr ${number}`);
    const headSha = this.heads.shift() ?? this.pr.headSha;
    return { ...this.pr, headSha };
  }
  /** Membership by team, then login; an Error is thrown for that team. Unlisted: `none` (GitHub's 404). */
  teams: Record<string, Record<string, 'active' | 'pending'> | Error> = {};
  async teamMembership(team: string, login: string): Promise<'active' | 'pending' | 'none'> {
    this.calls.push(`team ${team} ${login}`);
    const members = this.teams[team];
    if (members instanceof Error) throw members;
    return members?.[login] ?? 'none';
  }
  async checkConclusions(sha: string): Promise<Map<string, string | null>> {
    this.calls.push(`checks ${sha}`);
    if (this.checks instanceof Error) throw this.checks;
    return this.checks;
  }
}

export class FakeFeedback implements FeedbackPort {
  reactions: Reaction[] = [];
  replies: Array<{ issue: number; key: string; body: string }> = [];
  failing = false;
  async react(_commentId: number, content: Reaction): Promise<void> {
    if (this.failing) throw new Error('feedback down');
    this.reactions.push(content);
  }
  async reply(issue: number, key: string, body: string): Promise<string> {
    if (this.failing) throw new Error('feedback down');
    this.replies.push({ issue, key, body });
    return `https://github.com/acme/models/pull/${issue}#issuecomment-1`;
  }
  get last(): string {
    return this.replies[this.replies.length - 1]?.body ?? '';
  }
}

/** Records every command it is asked to run: "nothing was deployed" is `calls.length === 0`. */
export class RecordingExecutor implements CommandExecutor {
  calls: Array<{ command: ParsedCommand; context: ExecutionContext }> = [];
  constructor(private readonly answer: ExecutionResult | Error = { ok: true, message: 'iris 1.2.0 is live on staging', steps: [{ name: 'switch', status: 'ok', detail: 'alias moved' }], environmentUrl: 'https://staging.example.com' }) {}
  async run(command: ParsedCommand, context: ExecutionContext): Promise<ExecutionResult> {
    this.calls.push({ command, context });
    if (this.answer instanceof Error) throw this.answer;
    return this.answer;
  }
}

export function commentPayload(options: { body: string; action?: string; login?: string; pr?: boolean; number?: number } ) {
  return {
    action: options.action ?? 'created',
    issue: { number: options.number ?? 7, ...(options.pr === false ? {} : { pull_request: { url: 'https://api.github.com/repos/acme/models/pulls/7' } }) },
    comment: { id: 555, body: options.body, user: { login: options.login ?? 'octocat' } },
  };
}

/** Locks by environment; an Error is thrown for that environment. */
export class FakeLocks implements LockPort {
  calls: string[] = [];
  held: Record<string, LockInfo | Error> = {};
  async heldLock(environment: string): Promise<LockInfo | undefined> {
    this.calls.push(environment);
    const h = this.held[environment];
    if (h instanceof Error) throw h;
    return h;
  }
}

export function manualLock(owner: string, reason = 'model retraining', environment = 'staging'): LockInfo {
  return { environment, owner, pid: -1, host: 'runner', reason, createdAt: '2026-01-01T00:00:00.000Z' };
}
