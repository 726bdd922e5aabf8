import { formatLocation } from '../../core/errors.js';
import { formatScore } from '../badge.js';
import { SECTIONS, SECTION_TITLES } from '../rubric.js';
import type { EvidenceRecord, ScoreReport, TestStatus } from '../types.js';
import { tableCell, withoutHtml } from '../../core/markdown.js';

const STATUS_ICON: Record<TestStatus, string> = { automated: '🟢 automated', manual: '🟡 manual', missing: '⚪ missing' };

/** Table cells: no pipes or line breaks from evidence text can break the table. */
export function cell(s: string): string {
  // Backslashes doubled first: evidence text (Windows paths, regexes) keeps them, and `\|` in it stays text.
  return withoutHtml(tableCell(s.replace(/\\/g, '\\\\')));
}

function signed(n: number): string {
  return n > 0 ? `+${formatScore(n)}` : n < 0 ? `−${formatScore(-n)}` : '±0';
}

function evidenceCell(records: EvidenceRecord[]): string {
  if (records.length === 0) return '—';
  return records
    .slice(0, 3)
    .map((r) => (r.credited ? `✔ ${cell(r.description)}` : `✘ ${cell(r.description)}${r.problem ? ` — *${cell(r.problem)}*` : ''}`))
    .join('<br>');
}

/** The job summary and the pull-request comment: score, band, chart, per-section tables, next steps, findings, change. */
export function renderMarkdown(report: ScoreReport, options: { heading?: string; details?: boolean } = {}): string {
  const out: string[] = [];
  const verdict = report.minimum === null ? '' : report.passed ? ` — ✅ at or above the minimum ${formatScore(report.minimum)}` : ` — ❌ below the minimum ${formatScore(report.minimum)}`;
  out.push(`${options.heading ?? '###'} ML Test Score: **${formatScore(report.score)}** / 7 · band ${cell(report.band)}${verdict}`, '');
  out.push(`> ${report.bandDescription}`, '');
  out.push(`Final score = the minimum of the four section scores (Breck et al., 2017: automated 1, manual 0.5). Weakest: **${report.weakestSections.map((s) => SECTION_TITLES[s]).join(', ') || '—'}**. Not-applicable tests: \`${report.naPolicy}\`${report.naPolicy === 'zero' ? ' (counted as 0, as the paper\'s teams did)' : ' (left out, sections rescaled to 7)'}.`, '');

  const c = report.comparison;
  if (c) {
    out.push(`**Change against ${cell(c.baseLabel)}:** ${formatScore(c.baseScore)} → ${formatScore(report.score)} (${signed(c.scoreDelta)})${c.baseBand !== report.band ? `, band ${cell(c.baseBand)} → ${cell(report.band)}` : ''}`, '');
  }

  out.push('```mermaid', 'xychart-beta', '  title "ML Test Score by section (final = minimum)"', `  x-axis [${SECTIONS.map((s) => `"${SECTION_TITLES[s]}"`).join(', ')}]`, '  y-axis "Points" 0 --> 7', `  bar [${SECTIONS.map((s) => report.sections[s]).join(', ')}]`, '```', '');

  out.push(`| Section | Score | ${c ? 'Change | ' : ''}Automated | Manual | Missing |`, `| --- | --- | ${c ? '--- | ' : ''}--- | --- | --- |`);
  for (const s of report.sectionDetail) {
    const tests = report.tests.filter((t) => t.section === s.id);
    const count = (st: TestStatus) => tests.filter((t) => t.status === st && t.applicable).length;
    const name = report.weakestSections.includes(s.id) ? `**${s.title}** (weakest)` : s.title;
    const scoreText = s.excluded ? 'excluded' : `${formatScore(s.score)}${s.score !== s.points ? ` (${formatScore(s.points)} of ${s.applicable})` : ''}`;
    out.push(`| ${name} | ${scoreText} | ${c ? `${signed(c.sectionDeltas[s.id])} | ` : ''}${count('automated')} | ${count('manual')} | ${count('missing')} |`);
  }
  out.push('');

  if (report.nextSteps.length > 0) {
    out.push('**Next steps** (cheapest first, in the section holding the score down):', '', '| # | Test | Section | Effort | Score after | How |', '| --- | --- | --- | --- | --- | --- |');
    report.nextSteps.forEach((n, i) => out.push(`| ${i + 1} | \`${n.test}\` ${cell(n.title)} | ${SECTION_TITLES[n.section]} | ${n.effort}/5 | ${formatScore(n.scoreAfter)} | ${cell(n.how)} |`));
    out.push('');
  }

  if (c && c.changes.length > 0) {
    out.push('**Tests that changed:**', '', '| Test | Before | Now | Points |', '| --- | --- | --- | --- |');
    for (const ch of c.changes) out.push(`| \`${ch.id}\` | ${ch.from} | ${ch.to} | ${signed(ch.pointsDelta)} |`);
    out.push('');
  }

  const sectionsBody: string[] = [];
  for (const s of SECTIONS) {
    sectionsBody.push(`#### ${SECTION_TITLES[s]} — ${formatScore(report.sections[s])} / 7`, '', '| Test | Title | Status | Points | Evidence |', '| --- | --- | --- | --- | --- |');
    for (const t of report.tests.filter((x) => x.section === s)) {
      const status = t.applicable ? STATUS_ICON[t.status] : `➖ not applicable (${cell(t.notApplicableReason ?? '')})`;
      sectionsBody.push(`| \`${t.id}\` | ${cell(t.title)} | ${status} | ${formatScore(t.points)} | ${evidenceCell(t.evidence)} |`);
    }
    sectionsBody.push('');
  }
  if (options.details === false) out.push(...sectionsBody);
  else out.push('<details><summary>Every test, its status and evidence</summary>', '', ...sectionsBody, '</details>', '');

  if (report.findings.length > 0) {
    out.push(`**Findings** (${report.findings.length}):`, '', '| Severity | Where | Finding |', '| --- | --- | --- |');
    for (const f of report.findings.slice(0, 50)) {
      out.push(`| ${f.severity} | ${f.location ? `\`${cell(formatLocation(f.location))}\`` : '—'} | ${cell(f.message)}${f.hint ? ` (${cell(f.hint)})` : ''} |`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd() + '\n';
}
