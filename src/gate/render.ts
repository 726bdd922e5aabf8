import type { CheckResult, GateResult, JsonNumber } from './result.js';
import type { GateRun } from './run.js';
import { tableCell } from '../core/markdown.js';

/** Renders a gate run for people: plain text (CLI) and Markdown (job summary, PR comment). */

const ICON: Record<CheckResult['status'], string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', error: '⛔' };
const VERDICT_ICON = { pass: '✅', fail: '❌', inconclusive: '❔' } as const;

function num(v: JsonNumber | undefined): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return v;
  return String(Number(v.toPrecision(6)));
}

function change(r: CheckResult): string {
  if (!r.change) return '—';
  const a = r.change.absolute;
  const rel = r.change.relative;
  const sign = (x: JsonNumber) => (typeof x === 'number' && x > 0 ? '+' : '');
  const pct = typeof rel === 'number' ? ` (${sign(rel)}${Number((rel * 100).toPrecision(4))}%)` : '';
  return `${sign(a)}${num(a)}${pct}`;
}

export interface TextStyle {
  pass(s: string): string;
  fail(s: string): string;
  warn(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

export function renderText(run: GateRun, style: TextStyle, quiet = false): string {
  const lines: string[] = [];
  for (const g of run.gates) {
    lines.push(style.bold(`gate ${g.gate}: ${g.verdict.toUpperCase()}`) + ` — ${g.reason}`);
    lines.push(style.dim(`  candidate: ${g.candidate}`));
    lines.push(style.dim(`  baseline:  ${g.baseline ?? `none (${g.baselineNote ?? 'not configured'})`}`));
    for (const r of g.checks) {
      if (quiet && (r.status === 'pass' || r.status === 'skip')) continue;
      const where = r.location?.line ? style.dim(` (${r.location.file.split('/').pop()}:${r.location.line})`) : '';
      const text = `${r.check} [${r.slice}] ${r.kind}: ${r.reason}${where}`;
      const mark = r.status === 'pass' ? style.pass(text) : r.status === 'fail' || r.status === 'error' ? style.fail(`${r.status === 'error' ? 'ERROR ' : ''}${text}`) : style.warn(`${r.status.toUpperCase()} ${text}`);
      lines.push(`  ${mark}${r.critical ? ' (critical)' : ''}`);
    }
    lines.push('');
  }
  const counts = run.checks.reduce((acc, c) => ((acc[c.status] = (acc[c.status] ?? 0) + 1), acc), {} as Record<string, number>);
  lines.push(`verdict: ${run.verdict} (${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'no checks'})`);
  return lines.join('\n');
}

/** The job summary and the sticky comment: a verdict line and one table row per check. */
export function renderMarkdown(run: GateRun, options: { marker?: string; locationUrl?: (file: string, line?: number) => string | undefined } = {}): string {
  const out: string[] = [];
  if (options.marker) out.push(options.marker);
  out.push(`## ${VERDICT_ICON[run.verdict]} Modelship gate: ${run.verdict}`);
  for (const g of run.gates) {
    out.push('', `### ${VERDICT_ICON[g.verdict]} \`${g.gate}\` — ${g.verdict}${g.score !== undefined ? ` (score ${g.score})` : ''}`, '', tableCell(g.reason), '');
    out.push(`Candidate: \`${tableCell(g.candidate)}\`  `, `Baseline: ${g.baseline ? `\`${tableCell(g.baseline)}\`` : `none — ${tableCell(g.baselineNote ?? 'not configured')}`}`, '');
    if (g.checks.length === 0) continue;
    out.push('| | Check | Slice | Kind | Candidate | Baseline | Change | Bound | Why |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of g.checks) {
      const link = r.location?.line !== undefined ? options.locationUrl?.(r.location.file, r.location.line) : undefined;
      const name = `${tableCell(r.check)}${r.critical ? ' **(critical)**' : ''}`;
      out.push(
        `| ${ICON[r.status]} | ${link ? `[${name}](${link})` : name} | ${tableCell(r.slice)} | ${r.kind} | ${num(r.candidate)} | ${num(r.baseline)} | ${change(r)} | ${tableCell(r.bound)} | ${tableCell(r.reason)} |`,
      );
    }
    const statRows = g.checks.filter((r) => r.statistics && r.statistics.lower !== undefined);
    if (statRows.length > 0) {
      out.push('', '<details><summary>Confidence intervals of Δ</summary>', '', '| Check | Slice | Method | Estimate | Lower | Upper | n |', '| --- | --- | --- | --- | --- | --- | --- |');
      for (const r of statRows) {
        const s = r.statistics!;
        out.push(`| ${tableCell(r.check)} | ${tableCell(r.slice)} | ${s.method} ${Math.round(s.confidence * 100)}% | ${num(s.estimate)} | ${num(s.lower)} | ${num(s.upper)} | ${s.n.paired ?? `${s.n.candidate}/${s.n.baseline}`} |`);
      }
      out.push('', '</details>');
    }
  }
  return out.join('\n');
}

/** A check run of the gate: its conclusion and title, the summary, and one annotation per failed check with a line. */
export interface GateCheckRun {
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: Array<{ file: string; line: number; level: 'warning' | 'failure'; title: string; message: string }>;
}

export function renderCheckRun(run: GateRun, markdown: string): GateCheckRun {
  const count = (status: string) => run.checks.filter((c) => c.status === status).length;
  return {
    name: `modelship gate${run.gates.length === 1 ? `: ${run.gates[0].gate}` : ''}`,
    conclusion: run.verdict === 'pass' ? 'success' : run.verdict === 'fail' ? 'failure' : 'neutral',
    title: `Gate ${run.verdict}: ${count('pass')} passed, ${count('fail')} failed`,
    summary: markdown,
    annotations: run.checks
      .filter((c) => c.status === 'fail' || c.status === 'error' || c.status === 'warn')
      .flatMap((c) =>
        c.location?.line !== undefined
          ? [{ file: c.location.file, line: c.location.line, level: c.status === 'warn' ? ('warning' as const) : ('failure' as const), title: `${c.gate}: ${c.check} [${c.slice}]`, message: c.reason }]
          : [],
      ),
  };
}
