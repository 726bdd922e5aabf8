import { formatCommand } from './grammar.js';
import type { SimulationResult } from './simulate.js';

interface Paint {
  bold: (s: string) => string;
  dim: (s: string) => string;
  green: (s: string) => string;
  red: (s: string) => string;
}

export function renderSimulation(result: SimulationResult, paint: Paint): string {
  const f = result.facts;
  const lines: string[] = [];
  const verdict = result.decision === 'approved' || result.decision === 'done' ? paint.green(result.decision.toUpperCase()) : paint.red(result.decision.toUpperCase());
  lines.push(`${verdict} (${result.code}): ${result.reason}`);
  if (result.command) {
    const c = result.command;
    lines.push(`  command:     ${formatCommand(c)}`);
    const parts = [c.model && `model ${c.model}`, c.version && `version ${c.version}`, c.env && `environment ${c.env}`, c.dryRun && 'dry run'].filter(Boolean);
    if (parts.length) lines.push(`  parsed as:   ${parts.join(', ')}`);
  }
  lines.push(paint.dim(`  assumed:     @${f.login} with ${f.permission} permission${f.teams.length ? `, member of ${f.teams.join(', ')}` : ''}; pull request ${f.pullRequest.merged ? 'merged' : f.pullRequest.state} into ${f.pullRequest.baseRef}${f.pullRequest.fork ? ' from a fork' : ''}; checks: ${Object.entries(f.checks).map(([n, c]) => `${n}=${c}`).join(', ') || 'none'}`));
  for (const passed of result.passed) lines.push(`  ${paint.green('✓')} ${passed}`);
  if (result.reply) {
    lines.push('', paint.bold('The reply the action would post:'), '', result.reply.trimEnd());
  } else if (result.decision === 'ignored' || result.code === 'not_created') {
    lines.push('', paint.dim('The action would not reply.'));
  }
  return lines.join('\n');
}
