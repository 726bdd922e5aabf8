// The exact YAML reader: the `yaml` library, for what the fast reader in yaml-source.ts declines, and
// for the wording of every YAML error.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { ReadYaml, SourceNode } from './yaml-source.js';

export interface YamlProblem {
  offset: number | undefined;
  message: string;
  hint?: string;
}

export type ExactRead = (ReadYaml & { problems?: undefined; empty: boolean }) | { problems: YamlProblem[] };

export function readYamlExact(text: string): ExactRead {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        offset: e.pos[0],
        message: `invalid YAML: ${firstLine(e.message)}`,
        hint: e.code === 'DUPLICATE_KEY' ? 'each key may appear once in a mapping' : undefined,
      })),
    };
  }
  const root = toSource(doc.contents);
  if (doc.contents === null || !isMap(doc.contents)) return { value: null, root, empty: doc.contents === null };
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), root, empty: false };
  } catch (err) {
    // yaml throws a ReferenceError for an alias with no anchor before it, and for alias bombs.
    return {
      problems: [
        {
          offset: firstAliasOffset(doc),
          message: `invalid YAML: ${firstLine(err instanceof Error ? err.message : String(err))}`,
          hint: 'define an anchor (`&name`) before using it as `*name`, or write the value out',
        },
      ],
    };
  }
}

function toSource(node: unknown): SourceNode {
  const start = rangeStart(node as YamlNode | null);
  if (isMap(node)) {
    const entries = [];
    for (const p of node.items) {
      if (isPair(p) && isScalar(p.key)) entries.push({ key: String(p.key.value), keyStart: rangeStart(p.key), value: toSource(p.value) });
    }
    return { start, entries };
  }
  if (isSeq(node)) return { start, items: node.items.map(toSource) };
  return { start };
}

/** Where the alias that broke toJS starts: the first with no anchor before it, else the first alias (a bomb). */
function firstAliasOffset(doc: ReturnType<typeof parseDocument>): number | undefined {
  const anchors = new Set<string>();
  let first: number | undefined;
  let unresolved: number | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      first ??= node.range?.[0];
      if (!anchors.has(node.source)) {
        unresolved = node.range?.[0];
        return visit.BREAK;
      }
    } else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') {
      anchors.add(node.anchor);
    }
    return undefined;
  });
  return unresolved ?? first;
}

function rangeStart(node: YamlNode | null | undefined): number | undefined {
  return node && 'range' in node && node.range ? node.range[0] : undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
