import { parseDocument } from 'yaml';
import { MetricTree, isRecord } from './tree.js';
import { parseNumber } from './numbers.js';
import { MetricSourceError, type MetricSet } from './source.js';
import { yamlDocumentData } from './yaml.js';
import { readYamlFast } from '../yaml-source.js';

/**
 * Hugging Face model cards: the YAML front matter's `model-index[].results[].metrics[]` entries
 * (`{type, value, name?}`), keyed by `type`. When several results report the same type (two datasets),
 * the plain key is ambiguous and `<dataset>.<type>` (dataset `name`, else `type`) picks one; the
 * `dataset` option restricts the card to one dataset so the plain keys work again.
 */
export interface ModelCardOptions {
  /** Dataset `name` or `type` to read (default: every result). */
  dataset?: string;
}

/** The front matter read by the `yaml` library: what the fast reader declines (duplicate keys are allowed here, the last wins). */
function frontMatterData(front: string, origin: string): unknown {
  const doc = parseDocument(front, { uniqueKeys: false });
  if (doc.errors.length > 0) throw new MetricSourceError(`${origin}: invalid YAML front matter: ${doc.errors[0].message.split('\n')[0]}`);
  return yamlDocumentData(doc, origin);
}

export function parseModelCardMetrics(text: string, origin: string, options: ModelCardOptions = {}): MetricSet {
  const front = frontMatter(text, origin);
  const data = readYamlFast(front)?.value ?? frontMatterData(front, origin);
  if (!isRecord(data) || !Array.isArray(data['model-index'])) {
    throw new MetricSourceError(`${origin}: the front matter has no "model-index" list`, { hint: 'see https://huggingface.co/docs/hub/model-cards#evaluation-results' });
  }
  const root: Record<string, unknown> = {};
  const byType = new Map<string, Array<{ dataset: string; value: unknown }>>();
  const datasets = new Set<string>();
  for (const model of data['model-index']) {
    if (!isRecord(model) || !Array.isArray(model.results)) continue;
    for (const result of model.results) {
      if (!isRecord(result)) continue;
      const ds = isRecord(result.dataset) ? result.dataset : {};
      const dsName = String(ds.name ?? ds.type ?? 'dataset');
      datasets.add(dsName);
      if (options.dataset !== undefined && options.dataset !== ds.name && options.dataset !== ds.type) continue;
      for (const m of Array.isArray(result.metrics) ? result.metrics : []) {
        if (!isRecord(m) || typeof m.type !== 'string') continue;
        // The Hub stores values as numbers or numeric strings; a string here is data, not a typo, so it is parsed.
        const value = typeof m.value === 'string' ? parseNumber(m.value) ?? m.value : m.value;
        byType.set(m.type, [...(byType.get(m.type) ?? []), { dataset: dsName, value }]);
        ((root[dsName] ??= {}) as Record<string, unknown>)[m.type] = value;
      }
    }
  }
  if (options.dataset !== undefined && byType.size === 0) {
    throw new MetricSourceError(`${origin}: no results for dataset "${options.dataset}" (datasets: ${[...datasets].join(', ') || 'none'})`);
  }
  const missing = new Map<string, string>();
  for (const [type, entries] of byType) {
    if (entries.length === 1 || options.dataset !== undefined) root[type] = entries[entries.length - 1].value;
    else missing.set(type, `metric "${type}" is reported for several datasets in ${origin} (${entries.map((e) => e.dataset).join(', ')}); use "<dataset>.${type}" or the source's dataset option`);
  }
  return new MetricTree(origin, root, missing);
}

function frontMatter(text: string, origin: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(t);
  if (!m) throw new MetricSourceError(`${origin}: no YAML front matter (a model card starts with a "---" line)`);
  return m[1];
}
