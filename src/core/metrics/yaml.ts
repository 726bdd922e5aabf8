import { parseDocument, type Document } from 'yaml';
import { readYamlFast } from '../yaml-source.js';
import { MetricTree } from './tree.js';
import { MetricSourceError, type MetricSet } from './source.js';

/** YAML metrics, same layout as JSON. `.nan` and `.inf` are YAML's own spellings of the IEEE values. */
export function parseYamlMetrics(text: string, origin: string): MetricSet {
  // The plain mapping a metrics file is, read fast; the `yaml` library for the rest and for its errors.
  const fast = readYamlFast(text);
  if (fast) return new MetricTree(origin, fast.value);
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const where = e.linePos ? `:${e.linePos[0].line}:${e.linePos[0].col}` : '';
    throw new MetricSourceError(`${origin}${where}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  return new MetricTree(origin, yamlDocumentData(doc, origin));
}

/**
 * The document's data. Aliases are capped (a metrics file has no business expanding a billion laughs), and
 * yaml's ReferenceError for a bomb or an alias with no anchor becomes a MetricSourceError that names the file.
 */
export function yamlDocumentData(doc: Document, origin: string): unknown {
  try {
    return doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    throw new MetricSourceError(`${origin}: invalid YAML: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
  }
}
