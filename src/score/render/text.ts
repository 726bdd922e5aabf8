import path from 'node:path';
import { formatLocation } from '../../core/errors.js';
import { formatScore } from '../badge.js';
import { SECTIONS, SECTION_TITLES } from '../rubric.js';
import type { ScoreReport, TestResult, TestStatus } from '../types.js';

/** The few styling functions the text report uses (the CLI passes its own; tests pass identity functions). */
export interface TextStyle {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  pass(s: string): string;
  fail(s: string): string;
}

const MARK: Record<TestStatus, string> = { automated: '●', manual: '◐', missing: '○' };

/** The report for a terminal: sections with every test, then next steps and findings. */
export function renderText(report: ScoreReport, style: TextStyle, cwd = process.cwd(), options: { explain?: boolean } = {}): string {
  const rel = (f: string) => {
    const r = path.relative(cwd, f);
    return r.startsWith('..') ? f : r || '.';
  };
  const lines: string[] = [];
  const head = `ML Test Score ${formatScore(report.score)} / 7 — band ${report.band}: ${report.bandDescription}`;
  lines.push(style.bold(head));
  for (const s of SECTIONS) {
    const detail = report.sectionDetail.find((d) => d.id === s)!;
    const weakest = report.weakestSections.includes(s) ? style.yellow(' (weakest)') : '';
    const raw = detail.score !== detail.points ? ` (${formatScore(detail.points)} of ${detail.applicable} applicable)` : '';
    lines.push('', `${style.bold(SECTION_TITLES[s])} ${detail.excluded ? 'excluded' : formatScore(detail.score)}${raw}${weakest}`);
    for (const t of report.tests.filter((x) => x.section === s)) {
      const mark = t.status === 'automated' ? style.green(MARK.automated) : t.status === 'manual' ? style.yellow(MARK.manual) : MARK.missing;
      const credited = t.evidence.find((e) => e.credited);
      const status = t.applicable ? t.status : `not applicable: ${t.notApplicableReason}`;
      lines.push(`  ${mark} ${t.id.padEnd(9)} ${formatScore(t.points).padStart(3)}  ${t.title} ${style.dim(`[${status}]`)}`);
      if (options.explain) lines.push(...explainTest(t, style, rel));
      else if (credited) lines.push(style.dim(`      ${credited.description}`));
      else for (const e of t.evidence.slice(0, 2)) lines.push(style.dim(`      ✘ ${e.description}${e.problem ? ` — ${e.problem}` : ''}`));
    }
  }
  const c = report.comparison;
  if (c) {
    lines.push('', `Against ${c.baseLabel}: ${formatScore(c.baseScore)} → ${formatScore(report.score)} (${c.scoreDelta >= 0 ? '+' : ''}${formatScore(c.scoreDelta)})`);
    for (const ch of c.changes) lines.push(`  ${ch.id}: ${ch.from} → ${ch.to}`);
  }
  if (report.nextSteps.length > 0) {
    lines.push('', style.bold('Next steps (cheapest first, in the weakest section):'));
    report.nextSteps.forEach((n, i) => lines.push(`  ${i + 1}. ${n.test} ${n.title} (effort ${n.effort}/5; score after: ${formatScore(n.scoreAfter)})`, style.dim(`     ${n.how}`)));
  }
  if (report.findings.length > 0) {
    lines.push('', style.bold(`Findings (${report.findings.length}):`));
    for (const f of report.findings) {
      const where = f.location ? `${formatLocation({ ...f.location, file: rel(f.location.file) })}: ` : '';
      const tag = f.severity === 'error' ? style.red('error') : f.severity === 'warning' ? style.yellow('warning') : 'note';
      lines.push(`  ${tag} ${where}${f.message}${f.hint ? style.dim(` (${f.hint})`) : ''}`);
    }
  }
  if (report.minimum !== null) {
    lines.push('', report.passed ? style.pass(`score ${formatScore(report.score)} meets the minimum ${formatScore(report.minimum)}`) : style.fail(`score ${formatScore(report.score)} is below the minimum ${formatScore(report.minimum)}`));
  }
  return lines.join('\n');
}

/**
 * `score --explain`: for each point, the evidence that earns it and every fact Modelship checked to count
 * it; then the evidence that earned nothing and why.
 */
function explainTest(t: TestResult, style: TextStyle, rel: (f: string) => string): string[] {
  const lines: string[] = [];
  const where = (l?: { file: string; line?: number }) => (l ? ` (${rel(l.file)}${l.line ? `:${l.line}` : ''})` : '');
  const earning = t.evidence.find((e) => e.credited && (t.status === 'automated' ? e.level === 'automated' : true));
  if (earning) {
    lines.push(`      ${style.green('✔')} ${formatScore(t.points)} point${t.points === 1 ? '' : 's'} from ${earning.source} ${earning.kind} evidence${where(earning.location)}: ${earning.description}`);
    for (const p of earning.proof ?? []) lines.push(style.dim(`          because ${p}`));
    if (earning.declaredAt) lines.push(style.dim(`          declared at ${rel(earning.declaredAt.file)}${earning.declaredAt.line ? `:${earning.declaredAt.line}` : ''}`));
  } else if (t.applicable) {
    lines.push(style.dim(`      0 points: ${t.evidence.length === 0 ? 'no evidence configured or detected' : 'no evidence holds'}`));
  }
  for (const e of t.evidence.filter((x) => x !== earning)) {
    lines.push(style.dim(`      ${e.credited ? '·' : '✘'} ${e.source} ${e.kind}${where(e.location)}: ${e.description}${e.problem ? ` — earns nothing: ${e.problem}` : e.credited ? ' (also holds)' : ''}`));
  }
  return lines;
}
