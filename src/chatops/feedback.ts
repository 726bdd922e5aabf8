import type { ExecutionProgress, ExecutionResult } from './executor.js';
import { formatCommand, safe, type ParsedCommand } from './grammar.js';
import { tableCell } from '../core/markdown.js';

/**
 * What people see: a reaction on their comment (👀 taken, 🚀 done, 👎 refused or failed) and one reply per
 * command, updated in place as it progresses. The sticky key ties the reply to the command's comment.
 */

export type Reaction = 'eyes' | 'rocket' | '-1';

export interface FeedbackPort {
  react(commentId: number, content: Reaction): Promise<void>;
  /** Creates or updates the one reply identified by `key`; returns its URL. */
  reply(issueNumber: number, key: string, body: string): Promise<string>;
}

export type Phase = 'taken' | 'refused' | 'approved' | 'running' | 'done' | 'failed';

export interface ReplyState {
  phase: Phase;
  login: string;
  /** The parsed command, when there is one; otherwise nothing of the comment is echoed. */
  command?: ParsedCommand;
  prefix: string;
  sha?: string;
  /** Checks that passed, in order. */
  passed: string[];
  reason?: string;
  hint?: string;
  result?: ExecutionResult;
  /** What is known while the command runs (steps so far, the deployment once recorded). */
  progress?: ExecutionProgress;
  runUrl?: string;
  dryRun: boolean;
  /** Extra Markdown (help text). */
  extra?: string;
}

export function replyKey(commentId: number): string {
  return `chatops-${commentId}`;
}

const HEADLINE: Record<Phase, string> = {
  taken: '👀 Taken: checking permissions and rules',
  refused: '👎 Refused',
  approved: '✅ Approved: the workflow runs it on the pinned commit',
  running: '⏳ Running',
  done: '🚀 Done',
  failed: '👎 Failed',
};

export function renderReply(state: ReplyState): string {
  const lines: string[] = [];
  const what = state.command ? `\`${formatCommand(state.command, state.prefix)}\`` : 'command';
  lines.push(`### ${HEADLINE[state.phase]}${state.dryRun && state.phase !== 'refused' ? ' (dry run)' : ''}`);
  lines.push('');
  lines.push(`${what} from @${safe(state.login)}${state.sha ? ` on \`${state.sha.slice(0, 12)}\`` : ''}`);
  if (state.reason) {
    lines.push('');
    lines.push(`> ${escapeText(state.reason)}`);
    if (state.hint) lines.push(`>\n> ${escapeText(state.hint)}`);
  }
  const steps = state.result?.steps ?? state.progress?.steps ?? [];
  if (state.passed.length > 0 || steps.length > 0) {
    lines.push('', '| Step | Status | Detail |', '| --- | --- | --- |');
    for (const p of state.passed) lines.push(`| check | ✅ | ${cell(p)} |`);
    for (const s of steps) lines.push(`| ${cell(s.name)} | ${STEP_ICON[s.status] ?? s.status} | ${cell(s.detail)} |`);
  }
  if (state.result) lines.push('', escapeText(state.result.message));
  if (state.result?.details) lines.push('', state.result.details);
  if (state.extra) lines.push('', state.extra);
  const links: string[] = [];
  if (state.runUrl) links.push(`[workflow run](${state.runUrl})`);
  const deploymentUrl = state.result?.deploymentUrl ?? state.progress?.deploymentUrl;
  if (deploymentUrl) links.push(`[deployment](${deploymentUrl})`);
  if (state.result?.environmentUrl) links.push(`[environment](${state.result.environmentUrl})`);
  if (links.length > 0) lines.push('', links.join(' · '));
  return lines.join('\n');
}

const STEP_ICON: Record<string, string> = { ok: '✅', failed: '❌', skipped: '⏭️', planned: '📝', reverted: '↩️', started: '⏳' };

/** Text from reasons and engine messages: no HTML, no mentions, no table breaks. */
function escapeText(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@(?=[A-Za-z0-9])/g, '@\u200b').replace(/\r?\n/g, ' ');
}

function cell(text: string): string {
  return tableCell(escapeText(text));
}

export function helpText(prefix: string, extra?: string): string {
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
