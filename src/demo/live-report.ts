import type { CheckResult } from '../gate/result.js';
import type { StepObservation, ObservedVersion } from './live-analysis.js';
import { SLOT_MS, type LoadSegment } from './load.js';
import { tableCell } from '../core/markdown.js';

/** Markdown for the demo's live rollouts: tables a person reads, Mermaid charts GitHub draws. */

const ICON: Record<CheckResult['status'], string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', error: '⛔' };
const PHASE: Record<StepObservation['phase'], string> = { successful: '✅ successful', failed: '❌ failed', inconclusive: '❔ inconclusive' };

export function percent(x: number, digits = 1): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(digits)}%` : '—';
}

export function ms(x: number): string {
  return Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : '—';
}

/** `a / b` of one figure for the stable and the candidate; `—` where a version served nothing. */
function pair(stable: ObservedVersion | undefined, candidate: ObservedVersion, f: (o: ObservedVersion) => string): string {
  return `${stable && stable.requests > 0 ? f(stable) : '—'} / ${candidate.requests > 0 ? f(candidate) : '—'}`;
}

/** One row per canary step: what the server saw, and the verdict. */
export function canaryTable(observations: StepObservation[], stable: string, candidate: string): string {
  const rows = observations.map((o) => {
    const quality = o.configured ? (o.configured.phase === 'successful' ? '✅' : o.configured.phase === 'failed' ? '❌' : '❔') : '—';
    return `| ${o.step} | ${o.weight}% | ${o.routed} in ${(o.windowMs / 1000).toFixed(2)} s | ${pair(o.stable, o.candidate, (v) => String(v.requests))} | ${o.share.toFixed(1)}% | ${pair(o.stable, o.candidate, (v) => percent(v.errorRate))} | ${pair(o.stable, o.candidate, (v) => ms(v.p50ms))} | ${pair(o.stable, o.candidate, (v) => ms(v.p99ms))} | ${o.live.verdict === 'pass' ? '✅' : o.live.verdict === 'fail' ? '❌' : '❔'} ${o.live.verdict} | ${quality} | ${PHASE[o.phase]} |`;
  });
  return [
    `Figures are per step window, read from the server's \`/metrics\` (stable ${stable} / candidate ${candidate}).`,
    '',
    '| Step | Weight | Window | Requests | Candidate share | Error rate | p50 ms | p99 ms | Live analysis | Quality gate | Verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...(observations.some((o) => o.baseline.scope === 'rollout')
      ? ['', `At 100 % the stable serves nothing in the window: the candidate's error rate is compared with the stable's over the whole rollout, and latency is not compared (across windows it would compare the machine's load, not the versions).`]
      : []),
  ].join('\n');
}

/** The candidate's observed share against the weight it was given, and p99 latency of both versions. */
export function canaryCharts(observations: StepObservation[], candidate: string): string {
  if (observations.length === 0) return '';
  const labels = observations.map((o) => `"${o.step}: ${o.weight}%"`).join(', ');
  const share = observations.map((o) => (Number.isFinite(o.share) ? o.share.toFixed(1) : '0')).join(', ');
  const weights = observations.map((o) => o.weight).join(', ');
  const out = [
    `Candidate ${candidate}: share of requests observed by the server (bars) against the step weight (line).`,
    '',
    '```mermaid',
    'xychart-beta',
    `  title "${candidate} share of live traffic per canary step"`,
    `  x-axis [${labels}]`,
    '  y-axis "% of requests" 0 --> 100',
    `  bar [${share}]`,
    `  line [${weights}]`,
    '```',
  ];
  // p99 side by side only where both versions served in the same window.
  const p99 = (o?: ObservedVersion) => (o && o.requests > 0 && Number.isFinite(o.p99ms) ? o.p99ms : undefined);
  const both = observations.filter((o) => p99(o.candidate) !== undefined && p99(o.stable) !== undefined);
  if (both.length > 0) {
    const top = Math.max(...both.flatMap((o) => [p99(o.candidate)!, p99(o.stable)!])) * 1.25;
    out.push(
      '',
      'p99 latency where both versions served side by side: candidate (bars) against the stable (line).',
      '',
      '```mermaid',
      'xychart-beta',
      '  title "p99 latency (ms), same window"',
      `  x-axis [${both.map((o) => `"${o.step}: ${o.weight}%"`).join(', ')}]`,
      `  y-axis "ms" 0 --> ${Number(top.toPrecision(2))}`,
      `  bar [${both.map((o) => p99(o.candidate)!.toFixed(3)).join(', ')}]`,
      `  line [${both.map((o) => p99(o.stable)!.toFixed(3)).join(', ')}]`,
      '```',
    );
  }
  return out.join('\n');
}

/** The live gate of every step, check by check, folded. */
export function liveGateDetails(observations: StepObservation[]): string {
  const out: string[] = ['<details><summary>Live analysis, check by check (gate engine over the scraped figures)</summary>', ''];
  for (const o of observations) {
    out.push(`**Step ${o.step} (${o.weight}%)** — live-canary ${o.live.verdict}: ${tableCell(o.live.reason)}. Candidate: \`${tableCell(o.live.candidate)}\`; baseline: ${o.live.baseline ? `\`${tableCell(o.live.baseline)}\`` : `none (${tableCell(o.live.baselineNote ?? '')})`}.`, '');
    out.push('| | Check | Kind | Candidate | Baseline | Bound | Why |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const c of o.live.checks) {
      const n = (v: CheckResult['candidate']) => (typeof v === 'number' ? String(Number(v.toPrecision(4))) : (v ?? '—'));
      out.push(`| ${ICON[c.status]} | ${tableCell(c.check)}${c.critical ? ' (critical)' : ''} | ${c.kind} | ${n(c.candidate)} | ${n(c.baseline)} | ${tableCell(c.bound)} | ${tableCell(c.reason)} |`);
    }
    if (o.configured) out.push('', `Configured analysis (\`strategy.analysis.gate\`): ${o.configured.phase} — ${tableCell(o.configured.reasons.join('; '))}`);
    out.push('');
  }
  out.push('</details>');
  return out.join('\n');
}

/** What the client saw, segment by segment. */
export function segmentsTable(segments: LoadSegment[]): string {
  const rows = segments.map((s) => {
    const served = Object.entries(s.byVersion).sort(([a], [b]) => a.localeCompare(b)).map(([v, n]) => `${v}: ${n}`).join(', ') || '—';
    const failures = Object.entries(s.failures).map(([k, n]) => `${k} ×${n}`).join(', ');
    const seconds = s.endedAt !== undefined ? ((s.endedAt - s.startedAt) / 1000).toFixed(2) : '—';
    return `| ${tableCell(s.label)} | ${seconds} s | ${s.sent} | ${s.ok} | ${s.failed}${failures ? ` (${failures})` : ''} | ${served} |`;
  });
  return ['| Phase | Duration | Sent | Answered 200 | Failed | Served by |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** Share of answers per version in each 100 ms slot between `from` and `to` (ms since the load started). */
export function timelineChart(slots: Array<Record<string, number>>, versions: string[], title: string, from = 0, to = slots.length * SLOT_MS): string {
  const first = Math.max(0, Math.floor(from / SLOT_MS));
  const last = Math.min(slots.length, Math.ceil(to / SLOT_MS));
  const window = slots.slice(first, last);
  if (window.length < 2) return '';
  const shares = versions.map((v) => window.map((s) => {
    const total = Object.values(s).reduce((a, b) => a + b, 0);
    return total > 0 ? Math.round((100 * (s[v] ?? 0)) / total) : 0;
  }));
  const labels = window.map((_, i) => `"${(((first + i) * SLOT_MS) / 1000).toFixed(1)}"`).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis "seconds since the client started" [${labels}]`,
    '  y-axis "% of answers" 0 --> 100',
    ...shares.map((s) => `  line [${s.join(', ')}]`),
    '```',
  ].join('\n');
}
