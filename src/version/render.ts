import type { VersionPlan } from './analyze.js';
import type { ReleaseResult } from './release.js';
import { tableCell } from '../core/markdown.js';

/** One block per model for people: the move, the tag, and every reason with its bump. */
export function planText(plan: VersionPlan): string {
  const move = plan.bump === 'none' ? `${plan.current ?? '(unreleased)'} (no change)` : `${plan.current ?? '(none)'} -> ${plan.next} (${plan.bump})`;
  const lines = [`${plan.model}: ${move}${plan.tag && plan.bump !== 'none' ? `  tag ${plan.tag}` : ''}`];
  for (const r of plan.reasons) lines.push(`  ${r.bump.padEnd(5)}  ${r.kind.padEnd(9)}  ${r.message}`);
  if (plan.reasons.length === 0) lines.push(`  nothing of the model changed since ${plan.previousTag}`);
  return lines.join('\n');
}

export function releaseText(r: ReleaseResult): string {
  const head =
    r.status === 'nothing-to-release'
      ? `${r.model}: nothing to release (current ${r.version ?? 'none'})`
      : `${r.model}: ${r.dryRun ? 'would release' : r.status === 'already-released' ? 'already released' : 'released'} ${r.version} as ${r.tag}${r.url ? ` (${r.url})` : ''}`;
  const steps = r.steps.map((s) => `  ${s.status.padEnd(9)}  ${s.action.padEnd(12)}  ${s.target}${s.detail ? `  ${s.detail}` : ''}`);
  return [head, ...steps].join('\n');
}

/** The job summary / PR comment table of plans. */
export function plansMarkdown(plans: VersionPlan[]): string {
  const lines = ['| Model | Current | Next | Bump | Tag |', '| --- | --- | --- | --- | --- |'];
  for (const p of plans) lines.push(`| ${p.model} | ${p.current ?? '—'} | ${p.next ?? '—'} | **${p.bump}** | ${p.bump === 'none' ? '—' : `\`${tableCell(p.tag ?? '')}\``} |`);
  for (const p of plans) {
    if (p.reasons.length === 0) continue;
    lines.push('', `<details><summary>${p.model}: ${p.reasons.length} reason(s)</summary>`, '', '| Bump | Kind | Change |', '| --- | --- | --- |');
    for (const r of p.reasons) lines.push(`| ${r.bump} | ${r.kind} | ${tableCell(r.message)} |`);
    lines.push('', '</details>');
  }
  return lines.join('\n');
}

export function releasesMarkdown(results: ReleaseResult[]): string {
  const lines = ['| Model | Version | Tag | Status | Steps |', '| --- | --- | --- | --- | --- |'];
  for (const r of results) {
    const status = r.dryRun && r.status === 'released' ? 'dry run' : r.status;
    const steps = r.steps.map((s) => `${s.action}: ${s.status}`).join(', ') || '—';
    const tag = r.tag ? (r.url ? `[\`${tableCell(r.tag)}\`](${r.url})` : `\`${tableCell(r.tag)}\``) : '—';
    lines.push(`| ${r.model} | ${r.version ?? '—'} | ${tag} | ${status} | ${steps} |`);
  }
  return lines.join('\n');
}

/** The version action's job summary and comment: the plans, then the releases when it released. */
export function versionSummaryMarkdown(plans: VersionPlan[], results: ReleaseResult[] | undefined, dryRun: boolean): string {
  return [`### Model versions`, '', plansMarkdown(plans), ...(results ? ['', `### Releases${dryRun ? ' (dry run)' : ''}`, '', releasesMarkdown(results)] : [])].join('\n');
}
