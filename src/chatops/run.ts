import type { LoadedConfig } from '../core/config.js';
import { authorize, checkEvent, readCommentEvent, recheckHead, roleAllowed, roleRefusal, MUTATING, type CommentEvent, type Refusal, type RefusalCode, type RepositoryPort } from './authorize.js';
import { chatopsConfig, environmentNames, modelNames } from './config.js';
import type { CommandExecutor, ExecutionProgress, ExecutionResult } from './executor.js';
import { helpText, renderReply, replyKey, type FeedbackPort, type Reaction, type ReplyState } from './feedback.js';
import { lockRefusal, NEEDS_LOCK, type LockPort } from './locks.js';
import { formatCommand, parseComment, type ParsedCommand } from './grammar.js';

/**
 * One comment, start to finish: read the event, parse the first line, authorise (permission, fork, rules,
 * checks) with the head SHA pinned, re-check the head, act through the executor (or approve for the
 * workflow's own steps), and keep the commenter informed. Refusals never reach the executor.
 */

export type Decision = 'ignored' | 'refused' | 'approved' | 'done' | 'failed';

export interface ChatopsResult {
  decision: Decision;
  /** A stable machine code: a RefusalCode, `ok`, `not_a_command` or `execution_failed`. */
  code: RefusalCode | 'ok' | 'not_a_command' | 'execution_failed';
  reason: string;
  command?: ParsedCommand;
  /** Canonical command text (only ever built from validated parts). */
  commandText?: string;
  sha?: string;
  login?: string;
  pullRequest?: number;
  passed: string[];
  result?: ExecutionResult;
  replyUrl?: string;
  /** Problems giving feedback (reactions, replies): reported, never fatal. */
  warnings: string[];
}

export interface ChatopsInput {
  eventName: string | undefined;
  payload: unknown;
  loaded: LoadedConfig;
  /** Forces a dry run whatever the comment says (action input `dry-run`). */
  dryRun?: boolean;
  runUrl?: string;
}

export interface ChatopsDeps {
  repository: RepositoryPort;
  feedback: FeedbackPort;
  /** Absent (or not handling a command): authorised commands are `approved` for the workflow's own steps. */
  executor?: CommandExecutor;
  /** The environments' locks: a command the lock would stop is refused here, naming the holder. */
  locks?: LockPort;
}

export async function runChatops(input: ChatopsInput, deps: ChatopsDeps): Promise<ChatopsResult> {
  const out = new Reporter(deps.feedback);
  const result = await flow(input, deps, out);
  return out.replyUrl ? { ...result, warnings: out.warnings, replyUrl: out.replyUrl } : { ...result, warnings: out.warnings };
}

async function flow(input: ChatopsInput, deps: ChatopsDeps, out: Reporter): Promise<ChatopsResult> {
  const warnings = out.warnings;
  const event = readCommentEvent(input.eventName, input.payload);
  if ('ok' in event) return { decision: 'refused', code: event.code, reason: event.reason, passed: [], warnings };

  const config = chatopsConfig(input.loaded);
  const parsed = parseComment(event.body, { prefix: config.prefix, models: modelNames(input.loaded), environments: environmentNames(input.loaded) });
  if (parsed.kind === 'none') return ignored();

  out.event = event;
  const base = { login: event.login, pullRequest: event.issueNumber, passed: [] as string[], warnings };
  const eventRefusal = checkEvent(event);
  if (eventRefusal) {
    // Edited or deleted comments get no answer at all: an edit must not be able to re-trigger anything, not even a reply.
    if (eventRefusal.code !== 'not_created') {
      await out.finish('-1', { phase: 'refused', login: event.login, prefix: config.prefix, passed: [], reason: eventRefusal.reason, runUrl: input.runUrl, dryRun: false });
    }
    return { ...base, decision: 'refused', code: eventRefusal.code, reason: eventRefusal.reason };
  }

  await out.react('eyes');
  const state: ReplyState = { phase: 'taken', login: event.login, prefix: config.prefix, passed: [], runUrl: input.runUrl, dryRun: false };

  if (parsed.kind === 'error') {
    // Only people allowed to run commands get grammar help; others learn only that they may not.
    const denied = await permissionRefusal(deps.repository, event, config.permissions);
    const reason = denied?.reason ?? parsed.message;
    const code: RefusalCode = denied?.code ?? 'parse_error';
    await out.finish('-1', { ...state, phase: 'refused', reason, hint: denied ? undefined : parsed.hint });
    return { ...base, decision: 'refused', code, reason };
  }

  const command: ParsedCommand = { ...parsed.command, dryRun: parsed.command.dryRun || input.dryRun === true };
  const commandText = formatCommand(command, config.prefix);
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
    if (command.env && NEEDS_LOCK.has(command.name)) state.passed.push(`${command.env} is not locked by anyone else`);
  }

  if (!deps.executor || (deps.executor.handles && !deps.executor.handles(command))) {
    await out.reply({ ...state, phase: 'approved' });
    return { ...pinned, passed: state.passed, decision: 'approved', code: 'ok', reason: `${commandText} is authorised on ${verdict.sha.slice(0, 7)}` };
  }

  await out.reply({ ...state, phase: 'running' });
  const progress = (update: ExecutionProgress) => out.reply({ ...state, phase: 'running', progress: update });
  let result: ExecutionResult;
  try {
    result = await deps.executor.run(command, { sha: verdict.sha, actor: event.login, pullRequest: event.issueNumber, dryRun: command.dryRun, progress });
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    result = { ok: false, message: `${commandText} failed: ${message}`, steps: [] };
  }
  const ok = result.ok;
  await out.finish(ok ? 'rocket' : '-1', { ...state, phase: ok ? 'done' : 'failed', result });
  return { ...pinned, passed: state.passed, decision: ok ? 'done' : 'failed', code: ok ? 'ok' : 'execution_failed', reason: result.message, result };
}

export function ignored(): ChatopsResult {
  return { decision: 'ignored', code: 'not_a_command', reason: 'the comment holds no command on its first line', passed: [], warnings: [] };
}

async function permissionRefusal(port: RepositoryPort, event: CommentEvent, allowed: readonly string[]): Promise<Refusal | undefined> {
  try {
    const reading = await port.permissionOf(event.login);
    if (roleAllowed(reading, allowed)) return undefined;
    return roleRefusal(event.login, reading, allowed);
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return { ok: false, code: 'permission_unavailable', reason: `could not read @${event.login}'s permission (${message}); a permission that cannot be verified is denied` };
  }
}

/** Reactions and the reply; their failures become warnings, never a reason to stop or to act differently. */
class Reporter {
  readonly warnings: string[] = [];
  replyUrl?: string;
  event?: CommentEvent;

  constructor(private readonly port: FeedbackPort) {}

  async finish(reaction: Reaction, state: ReplyState): Promise<void> {
    await this.reply(state);
    await this.react(reaction);
  }

  async react(content: Reaction): Promise<void> {
    try {
      await this.port.react(this.event!.commentId, content);
    } catch (err) {
      this.warnings.push(`could not add the ${content} reaction: ${(err as Error).message}`);
    }
  }

  async reply(state: ReplyState): Promise<void> {
    try {
      this.replyUrl = await this.port.reply(this.event!.issueNumber, replyKey(this.event!.commentId), renderReply(state));
    } catch (err) {
      this.warnings.push(`could not update the reply: ${(err as Error).message}`);
    }
  }
}
