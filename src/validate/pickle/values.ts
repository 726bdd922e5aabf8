/**
 * What the simulated pickle machine keeps on its stack and in its memo. Only what a verdict needs is kept:
 * short strings (module and attribute names), small ints, small tuples and dicts (arguments and state of
 * calls), and for callables their resolved (module, qualname). Payload bytes are never kept.
 */
export class GlobalValue {
  readonly k = 'global';
  constructor(readonly module: string, readonly name: string, readonly offset: number) {}
}

/** The result of REDUCE / NEWOBJ / NEWOBJ_EX / OBJ / INST: `target` is the resolved callable or null. */
export class CallValue {
  readonly k = 'call';
  state: Value | undefined;
  constructor(readonly target: string | null, readonly callee: Value, readonly args: Value, readonly offset: number) {}
}

export class TupleValue {
  readonly k = 'tuple';
  /** Items, when the tuple is small enough to keep (arguments of calls, shapes). */
  constructor(readonly items: Value[] | null, readonly length: number) {}
}

export class DictValue {
  readonly k = 'dict';
  /** String-keyed entries while the dict stays small (joblib wrapper state, dtype state). */
  entries: Map<string, Value> | null = new Map();
}

/** A list whose items are kept (only when the caller asks: legacy PyTorch's storage key list). */
export class ListValue {
  readonly k = 'list';
  items: Value[] | null;
  constructor(items: Value[]) {
    this.items = items.length <= MAX_LIST_ITEMS ? items : null;
  }
  add(more: Value[]): void {
    if (this.items && this.items.length + more.length <= MAX_LIST_ITEMS) this.items.push(...more);
    else this.items = null;
  }
}

export class PersistentIdValue {
  readonly k = 'persid';
  constructor(readonly pid: Value, readonly offset: number) {}
}

export class OpaqueValue {
  constructor(readonly k: 'mark' | 'list' | 'set' | 'frozenset' | 'bytes' | 'float' | 'str' | 'buffer' | 'ext' | 'int') {}
}

export const MARK = new OpaqueValue('mark');
export const LIST = new OpaqueValue('list');
export const SET = new OpaqueValue('set');
export const FROZENSET = new OpaqueValue('frozenset');
export const BYTES = new OpaqueValue('bytes');
export const FLOAT = new OpaqueValue('float');
/** A string too long to keep: never a resolvable module or attribute name. */
export const LONG_STR = new OpaqueValue('str');
export const BUFFER = new OpaqueValue('buffer');
export const EXT = new OpaqueValue('ext');
/** An integer too large to keep exactly. */
export const BIG_INT = new OpaqueValue('int');

export type Value =
  | number | bigint | string | boolean | null
  | GlobalValue | CallValue | TupleValue | DictValue | ListValue | PersistentIdValue | OpaqueValue;

export const MAX_TUPLE_ITEMS = 16;
export const MAX_DICT_ENTRIES = 32;
export const MAX_KEPT_STRING = 256;
export const MAX_LIST_ITEMS = 100_000;

export function describeValue(v: Value): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'number': case 'bigint': return 'an int';
    case 'string': return 'a str';
    case 'boolean': return 'a bool';
    default: break;
  }
  switch (v.k) {
    case 'global': return `the global ${v.module}.${v.name}`;
    case 'call': return v.target ? `the result of calling ${v.target}` : 'the result of a call';
    case 'tuple': return 'a tuple';
    case 'dict': return 'a dict';
    case 'persid': return 'a persistent-id object';
    case 'mark': return 'a MARK';
    default: return `a ${v.k}`;
  }
}
