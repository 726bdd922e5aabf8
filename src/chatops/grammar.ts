import semver from 'semver';
import { didYouMean } from '../core/text.js';
import { commandLine } from './command-line.js';
import { ROLLOUT_ACTIONS, type RolloutAction } from '../deploy/types.js';

export { commandLine } from './command-line.js';

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

export const COMMAND_NAMES = ['deploy', 'promote', 'rollback', 'status', 'lock', 'unlock', 'rollout', 'help'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface ParsedCommand {
  name: CommandName;
  model?: string;
  version?: string;
  env?: string;
  reason?: string;
  /** /rollout: what to do to the environment's rollout. */
  action?: RolloutAction;
  dryRun: boolean;
}

export interface GrammarContext {
  /** Default `/`. */
  prefix?: string;
  /** Configured model and environment names, for validation and suggestions. */
  models: readonly string[];
  environments: readonly string[];
}

export type ParseOutcome =
  /** Not addressed to us (an ordinary comment, a quote, a code block, an unrelated `/cc`). */
  | { kind: 'none' }
  | { kind: 'command'; command: ParsedCommand; line: string }
  /** Addressed to us but wrong: `command` is the command word when it was recognised. */
  | { kind: 'error'; command?: CommandName; message: string; hint?: string };

/** Model and environment names: what the deploy engine accepts as folder and alias names. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Words of a lock reason: letters, digits and plain punctuation; never `$`, `{`, backticks, quotes or pipes. */
const REASON_WORD = /^[\p{L}\p{N}.,:#/()!?+=_-]+$/u;
const MAX_LINE = 500;

const USAGE: Record<CommandName, string> = {
  deploy: 'deploy <model>[@<version>] to <env>',
  promote: 'promote <model> to <env>',
  rollback: 'rollback <env> [to <version>]',
  status: 'status [env]',
  lock: 'lock <env> [reason]',
  unlock: 'unlock <env>',
  rollout: `rollout ${ROLLOUT_ACTIONS.join('|')} <env>`,
  help: 'help',
};

export function usageOf(name: CommandName, prefix = '/'): string {
  return `${prefix}${USAGE[name]} [--dry-run]`;
}

class GrammarError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
  }
}

export function parseComment(body: string, context: GrammarContext): ParseOutcome {
  const prefix = context.prefix ?? '/';
  const line = commandLine(body);
  if (line === null || !line.startsWith(prefix)) return { kind: 'none' };
  const rest = line.slice(prefix.length);
  const word = /^[^\s]*/.exec(rest)![0];
  const name = (COMMAND_NAMES as readonly string[]).includes(word.toLowerCase()) ? (word.toLowerCase() as CommandName) : undefined;
  if (!name) {
    // `/cc @team` or a path is an ordinary comment; only a near miss of a command deserves an answer.
    const suggestion = /^[A-Za-z-]{2,20}$/.test(word) ? didYouMean(word, COMMAND_NAMES) : undefined;
    if (!suggestion) return { kind: 'none' };
    return { kind: 'error', message: `unknown command "${prefix}${safe(word)}": ${suggestion.replace(/"(.*)"/, `"${prefix}$1"`)}`, hint: `${prefix}help lists the commands` };
  }
  if (line.length > MAX_LINE) return { kind: 'error', command: name, message: `the command line is ${line.length} characters long; at most ${MAX_LINE} are read` };
  try {
    const tokens = rest.slice(word.length).trim().split(/\s+/).filter((t) => t !== '');
    return { kind: 'command', command: parseArguments(name, tokens, context, prefix), line };
  } catch (err) {
    if (!(err instanceof GrammarError)) throw err;
    return { kind: 'error', command: name, message: err.message, hint: err.hint ?? `usage: ${usageOf(name, prefix)}` };
  }
}

function parseArguments(name: CommandName, all: string[], context: GrammarContext, prefix: string): ParsedCommand {
  let dryRun = false;
  const args: string[] = [];
  for (const token of all) {
    if (token.startsWith('--')) {
      if (token === '--dry-run') dryRun = true;
      else throw new GrammarError(`unknown option "${safe(token)}"${suggest(token, ['--dry-run'])}`);
    } else args.push(token);
  }
  const cursor = new Cursor(args, name, prefix);
  const command: ParsedCommand = { name, dryRun };
  switch (name) {
    case 'deploy': {
      const target = cursor.next('<model>[@<version>]');
      const at = target.indexOf('@');
      command.model = modelName(at === -1 ? target : target.slice(0, at), context);
      if (at !== -1) command.version = versionOf(target.slice(at + 1));
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
      if (cursor.more()) command.env = envName(cursor.next('<env>'), context);
      break;
    case 'lock':
      command.env = envName(cursor.next('<env>'), context);
      if (cursor.more()) command.reason = reasonOf(cursor.rest());
      break;
    case 'unlock':
      command.env = envName(cursor.next('<env>'), context);
      break;
    case 'rollout': {
      const action = cursor.next(ROLLOUT_ACTIONS.join('|')).toLowerCase();
      if (!(ROLLOUT_ACTIONS as readonly string[]).includes(action)) throw new GrammarError(`unknown rollout action "${safe(action)}"${suggest(action, ROLLOUT_ACTIONS)}`);
      command.action = action as RolloutAction;
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
  private i = 0;
  constructor(private readonly args: string[], private readonly name: CommandName, private readonly prefix: string) {}
  more(): boolean {
    return this.i < this.args.length;
  }
  next(what: string): string {
    if (!this.more()) throw new GrammarError(`${this.prefix}${this.name} needs ${what}`);
    return this.args[this.i++];
  }
  keyword(word: string): void {
    const got = this.next(`"${word}"`);
    if (got.toLowerCase() !== word) throw new GrammarError(`expected "${word}", got "${safe(got)}"`);
  }
  rest(): string[] {
    const rest = this.args.slice(this.i);
    this.i = this.args.length;
    return rest;
  }
  end(): void {
    if (this.more()) throw new GrammarError(`unexpected "${safe(this.args.slice(this.i).join(' '))}" after the command; one command per comment, on its first line`);
  }
}

function checkName(value: string, kind: string): string {
  if (!NAME_PATTERN.test(value)) {
    throw new GrammarError(`${kind} "${safe(value)}" is not a valid name: expected lower-case letters, digits, ".", "_" or "-" (pattern [a-z0-9][a-z0-9._-]*)${dangerNote(value)}`);
  }
  return value;
}

function modelName(value: string, context: GrammarContext): string {
  checkName(value, 'model');
  if (!context.models.includes(value)) {
    throw new GrammarError(`unknown model "${value}"${suggest(value, context.models)}`, `configured models: ${context.models.join(', ') || '(none)'}`);
  }
  return value;
}

function envName(value: string, context: GrammarContext): string {
  checkName(value, 'environment');
  if (!context.environments.includes(value)) {
    throw new GrammarError(`unknown environment "${value}"${suggest(value, context.environments)}`, `configured environments: ${context.environments.join(', ') || '(none)'}`);
  }
  return value;
}

function versionOf(value: string): string {
  const bare = value.startsWith('v') ? value.slice(1) : value;
  // semver.valid alone accepts loose forms and surrounding text; the strict regex keeps the value inert.
  if (!/^[0-9A-Za-z.+-]{1,64}$/.test(bare) || semver.valid(bare) !== bare) {
    throw new GrammarError(`version "${safe(value)}" is not a semantic version (like 1.2.3 or 2.0.0-rc.1)${dangerNote(value)}`);
  }
  return bare;
}

function reasonOf(words: string[]): string {
  for (const w of words) {
    if (!REASON_WORD.test(w)) throw new GrammarError(`the lock reason may hold letters, digits and . , : # / ( ) ! ? + = _ - only; "${safe(w)}" has other characters${dangerNote(w)}`);
  }
  const reason = words.join(' ');
  if (reason.length > 200) throw new GrammarError(`the lock reason is ${reason.length} characters long; at most 200`);
  return reason;
}

function suggest(word: string, candidates: readonly string[]): string {
  const hint = didYouMean(word, candidates);
  return hint ? `: ${hint}` : '';
}

function dangerNote(value: string): string {
  if (value.includes('${{')) return '; workflow expressions are never accepted';
  if (/[$`;|&<>(){}\\'"*?!]/.test(value)) return '; shell metacharacters are never accepted';
  return '';
}

/**
 * A token as it may be echoed back in a reply: printable, at most 60 characters, with backticks, `$`, angle
 * brackets and `@` neutralised so an echo cannot break out of Markdown, carry an expression, inject HTML or
 * mention anyone.
 */
export function safe(token: string): string {
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
export function formatCommand(command: ParsedCommand, prefix = '/'): string {
  const parts = [`${prefix}${command.name}`];
  switch (command.name) {
    case 'deploy':
      parts.push(command.version ? `${command.model}@${command.version}` : command.model!, 'to', command.env!);
      break;
    case 'promote':
      parts.push(command.model!, 'to', command.env!);
      break;
    case 'rollback':
      parts.push(command.env!);
      if (command.version) parts.push('to', command.version);
      break;
    case 'lock':
      parts.push(command.env!);
      if (command.reason) parts.push(command.reason);
      break;
    case 'status':
    case 'unlock':
      if (command.env) parts.push(command.env);
      break;
    case 'rollout':
      parts.push(command.action!, command.env!);
      break;
    case 'help':
      break;
  }
  if (command.dryRun) parts.push('--dry-run');
  return parts.join(' ');
}
