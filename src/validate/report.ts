import type { ArtifactReport, Finding, FindingLocation, ValidationReport } from './types.js';
import { tableCell, withoutHtml } from '../core/markdown.js';

export function formatLocationOf(loc: FindingLocation | undefined): string {
  if (!loc) return '';
  const parts: string[] = [];
  if (loc.member) parts.push(`member ${loc.member}`);
  if (loc.line !== undefined) parts.push(loc.file ? `${loc.file} line ${loc.line}` : `line ${loc.line}`);
  if (loc.offset !== undefined) parts.push(`byte ${loc.offset}`);
  if (loc.pointer) parts.push(loc.pointer);
  return parts.join(', ');
}

export interface TextStyle {
  pass(s: string): string;
  fail(s: string): string;
  dim(s: string): string;
  yellow?(s: string): string;
}

const plain: TextStyle = { pass: (s) => s, fail: (s) => s, dim: (s) => s };

/** The report for people: one block per artifact, errors and warnings first, notes only on request. */
export function renderText(report: ValidationReport, style: TextStyle = plain, options: { notes?: boolean } = {}): string {
  const lines: string[] = [];
  for (const a of report.artifacts) {
    const head = `${a.verdict === 'pass' ? style.pass('PASS') : style.fail('FAIL')} ${a.path} (${a.format}, ${humanSize(a.size)})`;
    lines.push(head);
    if (a.sha256) lines.push(style.dim(`     sha256 ${a.sha256}`));
    for (const f of sortFindings(a.findings)) {
      if (f.severity === 'note' && !options.notes) continue;
      const where = formatLocationOf(f.location);
      const mark = f.severity === 'error' ? style.fail('error') : f.severity === 'warning' ? (style.yellow ?? ((s: string) => s))('warning') : style.dim('note');
      lines.push(`     ${mark} ${f.rule}: ${f.message}${where ? style.dim(` [${where}]`) : ''}`);
    }
  }
  const failed = report.artifacts.filter((a) => a.verdict === 'fail').length;
  lines.push('');
  lines.push(
    report.verdict === 'pass'
      ? style.pass(`pass: ${report.artifacts.length} file(s) validated`)
      : style.fail(`fail: ${failed} of ${report.artifacts.length} file(s) rejected`),
  );
  return lines.join('\n');
}

export function sortFindings(findings: Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, note: 2 } as const;
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}

export function humanSize(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

/** Markdown for the job summary and the PR comment. */
export function renderMarkdown(report: ValidationReport, maxFindings = 50): string {
  const failed = report.artifacts.filter((a) => a.verdict === 'fail');
  const lines = [
    `### ${report.verdict === 'pass' ? '✅' : '❌'} Model artifact validation: ${report.verdict}`,
    '',
    '| File | Format | Size | Verdict | Errors | Warnings | sha256 |',
    '| --- | --- | ---: | --- | ---: | ---: | --- |',
    ...report.artifacts.map((a) => {
      const count = (s: string) => a.findings.filter((f) => f.severity === s).length;
      return `| \`${md(a.path)}\` | ${a.format} | ${humanSize(a.size)} | ${a.verdict === 'pass' ? '✅ pass' : '❌ fail'} | ${count('error')} | ${count('warning')} | \`${a.sha256.slice(0, 12)}\` |`;
    }),
  ];
  const shown: Array<{ a: ArtifactReport; f: Finding }> = [];
  for (const a of report.artifacts) for (const f of sortFindings(a.findings)) if (f.severity !== 'note') shown.push({ a, f });
  if (shown.length > 0) {
    lines.push('', '| File | Severity | Rule | Finding | Where |', '| --- | --- | --- | --- | --- |');
    for (const { a, f } of shown.slice(0, maxFindings)) lines.push(`| \`${md(a.path)}\` | ${f.severity} | \`${f.rule}\` | ${md(f.message)} | ${md(formatLocationOf(f.location))} |`);
    if (shown.length > maxFindings) lines.push('', `…and ${shown.length - maxFindings} more in the JSON report.`);
  }
  if (failed.length === 0) lines.push('', `${report.artifacts.length} file(s) passed.`);
  return lines.join('\n');
}

function md(s: string): string {
  // Cells stand in code spans, which a backtick would end.
  return withoutHtml(tableCell(s)).replace(/`/g, "'");
}
