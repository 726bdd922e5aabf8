// YAML read with the source offsets of its nodes, so a value can be pointed back at its line.
//
// Two readers give the same answer. The fast one (js-yaml's event stream, 4-5x faster than `yaml`
// building a document with positions) takes the plain YAML configurations are written in and declines
// the rest; the exact one (src/core/yaml-source-exact.ts, the `yaml` library) reads everything and
// words the errors. test/core/yaml-source.test.ts holds them equal, value and offset, on
// every case the fast one accepts.
import { constructFromEvents, EVENT_ID, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';

/** A node's place in the text: where it starts, and its entries or items when it is a collection. */
export interface SourceNode {
  start: number | undefined;
  entries?: SourceEntry[];
  items?: SourceNode[];
}

export interface SourceEntry {
  key: string;
  keyStart: number | undefined;
  value: SourceNode;
}

export interface ReadYaml {
  value: unknown;
  root: SourceNode;
}

/**
 * Offset of the value at `keyPath`, or of the nearest ancestor that exists. A scalar is pointed at
 * itself; a mapping or list under a key at its key (the line a reader looks for). With `wantKey`, the
 * last key itself rather than its value.
 */
export function locateOffset(root: SourceNode, keyPath: ReadonlyArray<string | number>, wantKey = false): number | undefined {
  let node: SourceNode | undefined = root;
  let last = root.start;
  for (const segment of keyPath) {
    if (node.entries) {
      const entry: SourceEntry | undefined = node.entries.find((e) => e.key === String(segment));
      if (!entry) return last;
      last = entry.keyStart;
      node = entry.value;
      if ((!wantKey || segment !== keyPath[keyPath.length - 1]) && node.start !== undefined && !node.entries && !node.items) last = node.start;
    } else if (node.items && typeof segment === 'number') {
      const item: SourceNode | undefined = node.items[segment];
      if (item === undefined) return last;
      node = item;
      last = item.start;
    } else {
      return last;
    }
  }
  return last;
}

/** 1-based line and column of an offset. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = EVENT_ID;
const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED } = SCALAR_STYLE;

/**
 * One document whose top level is a mapping, read fast; undefined for anything else (syntax errors,
 * anchors, aliases, tags, directives, block scalars, empty values, several documents, non-string keys):
 * the exact reader then reads it and says what is wrong. Values follow YAML 1.2's core schema, as `yaml`'s.
 */
export function readYamlFast(text: string): ReadYaml | undefined {
  let events: Event[];
  let value: unknown;
  try {
    events = parseEvents(text, { maxDepth: 100 });
    const documents = constructFromEvents(events, { source: text, maxAliases: 0 });
    if (documents.length !== 1) return undefined;
    value = documents[0];
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (events[0]?.type !== DOCUMENT || events[0].directives.length > 0) return undefined;
  let index = 1;

  // Builds the node at `index` and moves past it; undefined when it uses what only the exact reader handles.
  const node = (): SourceNode | undefined => {
    const e = events[index++];
    if (e === undefined || e.type === ALIAS || e.type === DOCUMENT || e.type === POP || e.anchorStart !== -1 || e.tagStart !== -1) return undefined;
    if (e.type === SCALAR) {
      if (e.valueStart === -1) return undefined; // an empty value: `yaml` places it differently
      if (e.style === PLAIN) return { start: e.valueStart };
      if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED) return { start: e.valueStart - 1 };
      return undefined; // block scalars: `yaml` points at the header, which the event does not carry
    }
    const start = e.start;
    if (e.type === SEQUENCE) {
      const items: SourceNode[] = [];
      while (events[index]?.type !== POP) {
        const item = node();
        if (!item) return undefined;
        items.push(item);
      }
      index++;
      return { start, items };
    }
    if (e.type !== MAPPING) return undefined;
    const entries: SourceEntry[] = [];
    while (events[index]?.type !== POP) {
      const k = events[index];
      if (k?.type !== SCALAR || k.valueStart === -1) return undefined;
      const keyNode = node();
      if (!keyNode) return undefined;
      const key = text.slice(k.valueStart, k.valueEnd);
      // Plain keys that are not strings in the core schema (null, numbers, booleans) and quoted keys
      // with escapes are spelled differently by the two readers: leave them to the exact one.
      if (k.style === PLAIN ? !isPlainString(key) : k.style === DOUBLE_QUOTED ? key.includes('\\') : key.includes("'")) return undefined;
      if (key.includes('\n') || key === '__proto__') return undefined;
      const valueNode = node();
      if (!valueNode) return undefined;
      entries.push({ key, keyStart: keyNode.start, value: valueNode });
    }
    index++;
    return { start, entries };
  };

  const root = node();
  if (!root?.entries || events[index]?.type !== POP || index + 1 !== events.length) return undefined;
  return { value, root };
}

// YAML 1.2 core schema: a plain scalar matching one of these is a null, boolean or number, not a string.
const CORE_NON_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

function isPlainString(s: string): boolean {
  return s !== '' && !CORE_NON_STRING.test(s);
}
