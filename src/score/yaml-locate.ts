import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from 'yaml';
import type { SourceLocation } from '../core/errors.js';

/** Line and column of the node at `keyPath` in a parsed YAML document (or of its nearest ancestor). */
export function locateIn(doc: Document, lineCounter: LineCounter, file: string, keyPath: ReadonlyArray<string | number>): SourceLocation {
  const at = (node: unknown): SourceLocation | undefined => {
    const range = (node as YamlNode | null)?.range;
    if (!range) return undefined;
    const pos = lineCounter.linePos(range[0]);
    return { file, line: pos.line, column: pos.col };
  };
  let node: unknown = doc.contents;
  let last: SourceLocation = at(node) ?? { file };
  for (const segment of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return last;
      last = at(pair.key) ?? last;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      if (node === undefined) return last;
      last = at(node) ?? last;
    } else return last;
  }
  return last;
}
