import { parse as parseYaml } from 'yaml';
import { readYamlFast } from '../core/yaml-source.js';
import type { TensorSpec } from '../core/config-types.js';
import type { Analysis } from './analyze.js';
import type { ReleaseSettings } from './config.js';
import { shapeText } from './signature-diff.js';
import { metricsFilesComment, type RecordedMetricFile } from './version-metrics.js';
import { tableCell } from '../core/markdown.js';
import { workflowRunUrl } from '../core/workflow-run.js';

export interface Provenance {
  commit: string;
  /** Link to the workflow run, when running in GitHub Actions. */
  runUrl?: string;
  workflow?: string;
  actor?: string;
  repository?: string;
  serverUrl?: string;
}

/** Where a release was made: the commit always; the workflow run when GITHUB_* says so. */
export function provenanceFrom(commit: string, env: NodeJS.ProcessEnv): Provenance {
  const server = env.GITHUB_SERVER_URL || undefined;
  const repo = env.GITHUB_REPOSITORY || undefined;
  return {
    commit,
    runUrl: workflowRunUrl(env),
    workflow: env.GITHUB_WORKFLOW || undefined,
    actor: env.GITHUB_ACTOR || undefined,
    repository: repo,
    serverUrl: server,
  };
}

export interface MetricRow {
  metric: string;
  previous?: number;
  current?: number;
  delta?: number;
}

/** Numeric leaves of a metrics document (JSON or YAML), dotted: `accuracy`, `slices.species.setosa.f1`. */
export function flattenMetrics(text: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (text === undefined) return out;
  let data: unknown;
  try {
    data = jsonObject(text) ?? readYamlFast(text)?.value ?? parseYaml(text, { maxAliasCount: 100 });
  } catch {
    return out; // unreadable metrics are left out of the notes rather than failing a release
  }
  const walk = (v: unknown, key: string, depth: number) => {
    if (depth > 8 || out.size > 10_000) return;
    if (typeof v === 'number' && Number.isFinite(v)) out.set(key, v);
    else if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, child] of Object.entries(v)) walk(child, key ? `${key}.${k}` : k, depth + 1);
    }
  };
  walk(data, '', 0);
  return out;
}

/** A JSON metrics file (most are), parsed as JSON: ten times faster than as YAML; undefined when it is not JSON. */
function jsonObject(text: string): unknown {
  if (!/^\s*\{/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // e.g. NaN written by Python's json: YAML reads the rest
  }
}

/** Rows of the metrics comparison: top-level metrics first (as written), then nested ones. */
export function compareMetrics(previous: Map<string, number>, current: Map<string, number>, max: number): MetricRow[] {
  const keys = [...new Set([...current.keys(), ...previous.keys()])];
  keys.sort((a, b) => Number(a.includes('.')) - Number(b.includes('.')));
  return keys.slice(0, max).map((metric) => {
    const p = previous.get(metric);
    const c = current.get(metric);
    return { metric, previous: p, current: c, delta: p !== undefined && c !== undefined ? c - p : undefined };
  });
}

/** The card's first paragraph after any YAML front matter and headings, cut at a word boundary. */
export function cardExcerpt(card: string | undefined, maxChars: number): string | undefined {
  if (card === undefined || maxChars <= 0) return undefined;
  let text = card.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const fm = /^---\n[\s\S]*?\n(?:---|\.\.\.)\s*(?:\n|$)/.exec(text);
  if (fm) text = text.slice(fm[0].length);
  const paragraph = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p !== '' && !/^#{1,6}\s/.test(p) && !p.startsWith('<!--') && !/^[-=]{3,}$/.test(p));
  if (!paragraph) return undefined;
  const oneLine = paragraph.replace(/\s*\n\s*/g, ' ');
  if (oneLine.length <= maxChars) return oneLine;
  const cut = oneLine.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const num = (v: number | undefined) => (v === undefined ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(4).replace(/0+$/, '').replace(/\.$/, ''));
const signed = (v: number | undefined) => (v === undefined ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${num(Math.abs(v))}`);

/** The release notes, in GitHub Markdown: why, metrics, signature, checksums, card excerpt, provenance. */
export async function releaseNotes(analysis: Analysis, settings: ReleaseSettings, provenance: Provenance, metricsFiles: RecordedMetricFile[] = []): Promise<string> {
  const { plan, head, previous } = analysis;
  const lines: string[] = [];
  const since = plan.previousTag ? ` since \`${plan.previousTag}\`` : '';
  lines.push(`## ${plan.model} ${plan.next}`, '');
  if (head.model.description) lines.push(head.model.description, '');
  lines.push(`**${plan.bump}** release${since}.`, '', '### Why this version', '', '| Bump | Kind | Change |', '| --- | --- | --- |');
  for (const r of plan.reasons) lines.push(`| ${r.bump} | ${r.kind} | ${tableCell(r.message)} |`);
  lines.push('');

  const [currentMetrics, previousMetrics] = await Promise.all([head.readText(head.metrics), previous?.readText(previous.metrics)]);
  const rows = compareMetrics(flattenMetrics(previousMetrics), flattenMetrics(currentMetrics), settings.notes.maxMetrics);
  if (rows.length > 0 && settings.notes.maxMetrics > 0) {
    const prevLabel = plan.current ?? 'previous';
    lines.push(`### Metrics${plan.current ? ` against ${plan.current}` : ''}`, '', `| Metric | ${prevLabel} | ${plan.next} | Δ |`, '| --- | ---: | ---: | ---: |');
    for (const r of rows) lines.push(`| ${tableCell(r.metric)} | ${num(r.previous)} | ${num(r.current)} | ${signed(r.delta)} |`);
    lines.push('');
  }

  if (settings.notes.signature) {
    const sig = await head.signature();
    if (sig) {
      lines.push(`### Signature`, '', `From ${sig.source === 'onnx' ? `\`${sig.file}\`` : 'modelship.yml'}.`, '', '| | Name | Type | Shape |', '| --- | --- | --- | --- |');
      const row = (side: string, t: TensorSpec) => lines.push(`| ${side} | \`${tableCell(t.name)}\`${t.optional ? ' (optional)' : ''} | ${t.dtype} | \`${shapeText(t.shape)}\` |`);
      for (const t of sig.spec.inputs) row('input', t);
      for (const t of sig.spec.outputs) row('output', t);
      lines.push('');
    }
  }

  if (settings.notes.checksums) {
    lines.push('### Checksums', '', '```', ...(await head.checksums()).map((c) => `${c.sha256}  ${c.name}`), '```', '');
  }

  if (metricsFiles.length > 0) {
    // The files promotion gates and canary analysis judge this version by, read at this tag and checked against these sums.
    lines.push('### Metrics files', '', 'Gates judge this version by these files as tagged (docs/gate.md, "The version being deployed").', '', '| File | sha256 |', '| --- | --- |');
    for (const f of metricsFiles) lines.push(`| \`${tableCell(f.path)}\` | \`${f.sha256}\` |`);
    lines.push('', metricsFilesComment(metricsFiles), '');
  }

  const excerpt = cardExcerpt(await head.readText(head.card), settings.notes.cardExcerptChars);
  if (excerpt) lines.push('### Model card', '', `> ${excerpt}`, '', `Full card: \`${head.card?.path}\``, '');

  lines.push('### Provenance', '', `- Commit: \`${provenance.commit}\``);
  if (plan.previousTag) lines.push(`- Previous release: \`${plan.previousTag}\``);
  if (provenance.runUrl) lines.push(`- Workflow run: ${provenance.runUrl}${provenance.workflow ? ` (${tableCell(provenance.workflow)})` : ''}`);
  if (provenance.actor) lines.push(`- Released by: @${provenance.actor}`);
  lines.push('', '<sub>Released by Modelship: the version follows from what changed in the model, not only from commit messages.</sub>');
  return `${lines.join('\n')}\n`;
}
