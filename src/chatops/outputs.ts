import { tableCell, withoutHtml } from '../core/markdown.js';
import type { ChatopsResult } from './run.js';

/**
 * A reason may quote a refused argument or a branch name; in an output it must stay inert even in a careless
 * `run: echo "${{ steps.chatops.outputs.reason }}"`, so the characters a shell or an expression needs go.
 */
export function inert(text: string): string {
  return text.replace(/[`$\\{}|&;<>"]/g, '?').replace(/'/g, '’').replace(/[\r\n]+/g, ' ');
}

/**
 * The action's outputs: only validated names, never raw comment text, so `${{ steps.x.outputs.model }}`
 * cannot inject anything.
 */
export function chatopsOutputs(r: ChatopsResult): Record<string, string | number | boolean> {
  return {
    decision: r.decision,
    'reason-code': r.code,
    reason: inert(r.reason),
    command: r.command?.name ?? '',
    model: r.command?.model ?? '',
    version: r.command?.version ?? r.result?.version ?? '',
    env: r.command?.env ?? '',
    'dry-run': r.command?.dryRun ?? false,
    // The SHA is given only when authorised: a workflow must never check out a commit we refused.
    sha: r.decision === 'approved' || r.decision === 'done' || r.decision === 'failed' ? (r.sha ?? '') : '',
    actor: r.login && /^[A-Za-z0-9-]+(\[bot\])?$/.test(r.login) ? r.login : '',
    'pull-request': r.pullRequest ?? '',
  };
}

/** The job summary of one comment: the decision, who asked, and the steps run. */
export function renderChatopsSummary(r: ChatopsResult): string {
  const icon = { ignored: '➖', refused: '👎', approved: '✅', done: '🚀', failed: '❌' }[r.decision];
  const rows: Array<[string, string]> = [
    ['Decision', `${r.decision} (\`${r.code}\`)`],
    ['Reason', inert(r.reason)],
  ];
  if (r.commandText) rows.push(['Command', `\`${r.commandText}\``]);
  if (r.login) rows.push(['Requested by', `\`${r.login}\``]);
  if (r.pullRequest) rows.push(['Pull request', `#${r.pullRequest}`]);
  if (r.sha) rows.push(['Pinned SHA', `\`${r.sha}\``]);
  if (r.replyUrl) rows.push(['Reply', `[comment](${r.replyUrl})`]);
  const lines = [`### ${icon} Modelship chatops: ${r.decision}`, '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
  if (r.passed.length > 0) lines.push('', '**Checks passed**', '', ...r.passed.map((p) => `- ${withoutHtml(p)}`));
  if (r.result?.steps.length) {
    lines.push('', '| Step | Status | Detail |', '| --- | --- | --- |', ...r.result.steps.map((s) => `| ${s.name} | ${s.status} | ${tableCell(s.detail)} |`));
  }
  return lines.join('\n');
}
