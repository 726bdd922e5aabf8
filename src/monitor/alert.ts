import { ModelshipError } from '../core/errors.js';
import type { DriftReport, FeatureDrift } from './drift.js';

/**
 * One GitHub issue per model and environment while drift lasts: opened when a run finds drift, updated by
 * every run while it persists (the body carries the scores over time), closed by the first run that finds
 * none. Runs are stateless: the issue is found again by its hidden marker and label, and the history of
 * scores lives in the issue body, so re-running a run changes nothing but the latest point.
 */
export interface TrackedIssue {
  number: number;
  body: string;
  url?: string;
}

/** What the monitor needs of an issue tracker (src/github/issues.ts implements it on GitHub). */
export interface IssuePort {
  /** Open issues with this label. */
  listOpen(label: string): Promise<TrackedIssue[]>;
  create(input: { title: string; body: string; labels: string[] }): Promise<TrackedIssue>;
  update(number: number, input: { body: string; state?: 'closed'; stateReason?: 'completed' }): Promise<void>;
}

export const DRIFT_LABEL = 'modelship-drift';
/** Points of history kept in the issue body (the chart shows them). */
const HISTORY_POINTS = 30;

export interface HistoryPoint {
  /** ISO time of the run. */
  t: string;
  share: number;
  drift: boolean;
}

export interface AlertInput {
  model: string;
  environment: string;
  report: DriftReport;
  now: Date;
  runUrl?: string;
}

export interface AlertOutcome {
  action: 'opened' | 'updated' | 'closed' | 'none';
  issue?: number;
  url?: string;
  history: HistoryPoint[];
}

export function issueMarker(model: string, environment: string): string {
  for (const [what, v] of [['model', model], ['environment', environment]] as const) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(v)) throw new ModelshipError(`monitor ${what} "${v}": expected letters, digits, ".", "_" or "-"`);
  }
  return `<!-- modelship-monitor:${model}:${environment} -->`;
}

const HISTORY = /<!-- modelship-monitor-history:(\[.*?\]) -->/;

/** The history an issue body carries; a body edited by hand into nonsense gives an empty history, not a failure. */
export function historyOf(body: string): HistoryPoint[] {
  const m = HISTORY.exec(body);
  if (!m) return [];
  try {
    const points = JSON.parse(m[1]) as unknown;
    return Array.isArray(points) ? points.filter((p): p is HistoryPoint => typeof p === 'object' && p !== null && typeof (p as HistoryPoint).t === 'string' && typeof (p as HistoryPoint).share === 'number').slice(-HISTORY_POINTS) : [];
  } catch {
    return [];
  }
}

export async function syncDriftIssue(port: IssuePort, input: AlertInput): Promise<AlertOutcome> {
  const marker = issueMarker(input.model, input.environment);
  const open = (await port.listOpen(DRIFT_LABEL)).filter((i) => i.body.includes(marker)).sort((a, b) => a.number - b.number);
  const existing = open[0];
  const drifted = input.report.drift || input.report.prediction.drift;
  const point: HistoryPoint = { t: input.now.toISOString(), share: round(input.report.share), drift: drifted };
  const history = [...(existing ? historyOf(existing.body) : []), point].slice(-HISTORY_POINTS);
  const body = issueBody(marker, input, history);
  if (drifted && !existing) {
    const created = await port.create({ title: `Drift: ${input.model} in ${input.environment}`, body, labels: [DRIFT_LABEL] });
    return { action: 'opened', issue: created.number, url: created.url, history };
  }
  if (!existing) return { action: 'none', history };
  if (drifted) {
    await port.update(existing.number, { body });
    return { action: 'updated', issue: existing.number, url: existing.url, history };
  }
  await port.update(existing.number, { body, state: 'closed', stateReason: 'completed' });
  return { action: 'closed', issue: existing.number, url: existing.url, history };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function issueBody(marker: string, input: AlertInput, history: HistoryPoint[]): string {
  const { report } = input;
  const drifted = report.drift || report.prediction.drift;
  const status = drifted
    ? `**Drift** in the live traffic of \`${input.model}\` in \`${input.environment}\`: ${report.drifted} of ${report.tested} input features drifted (share ${report.share.toFixed(3)}, bound ${report.drift_share})${report.prediction.drift ? `; prediction drift on ${report.prediction.drifted} of ${report.prediction.tested} outputs` : ''}.`
    : `**Cleared**: no drift in the live traffic of \`${input.model}\` in \`${input.environment}\` (share ${report.share.toFixed(3)}). Closed by the monitor.`;
  return [
    marker,
    status,
    '',
    `Last checked ${input.now.toISOString()}${input.runUrl ? ` by [this run](${input.runUrl})` : ''}.`,
    '',
    driftMarkdown(report, history),
    '',
    `<!-- modelship-monitor-history:${JSON.stringify(history)} -->`,
  ].join('\n');
}

const cell = (x: number | null) => (x === null ? '-' : Math.abs(x) >= 1e4 || (x !== 0 && Math.abs(x) < 1e-3) ? x.toExponential(2) : x.toFixed(4));

/** The per-feature table and a Mermaid chart of the drift share over time: the issue body and the job summary. */
export function driftMarkdown(report: DriftReport, history: HistoryPoint[]): string {
  const row = (f: FeatureDrift) =>
    f.method === null
      ? `| ${f.name} | ${f.side} | ${f.type} | - | - | - | - | skipped: ${f.skipped} |`
      : `| ${f.name} | ${f.side} | ${f.type} | ${f.method} | ${cell(f.score)} | ${cell(f.pvalue_adjusted)} | ${cell(f.threshold)} | ${f.drifted ? '**drift**' : 'ok'}${f.exact ? '' : ` (sketch ±${cell(f.error_bound)})`} |`;
  const lines = ['| feature | side | type | method | score | p (adjusted) | threshold | result |', '|---|---|---|---|---|---|---|---|', ...report.features.map(row)];
  if (history.length > 0) {
    lines.push(
      '',
      '```mermaid',
      'xychart-beta',
      '  title "Share of drifted features"',
      `  x-axis [${history.map((p) => `"${p.t.slice(5, 16).replace('T', ' ')}"`).join(', ')}]`,
      '  y-axis "share" 0 --> 1',
      `  line [${history.map((p) => p.share).join(', ')}]`,
      '```',
    );
  }
  return lines.join('\n');
}
