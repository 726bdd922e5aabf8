/**
 * The pickle machine's instruction set, protocols 0–5 (CPython Lib/pickletools.py is the reference).
 * `arg` says how the argument is encoded so the scanner can read or skip it without decoding payloads.
 */
export type ArgKind =
  | 'none'
  | 'u1' | 'u2' | 'i4' | 'u4' | 'u8' // fixed-width little-endian integers
  | 'f8' // big-endian double
  | 'line' // one `\n`-terminated line (protocol 0 text arguments)
  | 'line2' // two lines (module, name) for GLOBAL and INST
  | 'bytes1' | 'bytes4' | 'bytes4s' | 'bytes8'; // length-prefixed payloads (`bytes4s`: signed length)

export interface OpcodeInfo {
  code: number;
  name: string;
  arg: ArgKind;
  proto: number;
}

const TABLE: Array<[string | number, string, ArgKind, number]> = [
  ['(', 'MARK', 'none', 0], ['.', 'STOP', 'none', 0], ['0', 'POP', 'none', 0], ['1', 'POP_MARK', 'none', 1],
  ['2', 'DUP', 'none', 0], ['F', 'FLOAT', 'line', 0], ['I', 'INT', 'line', 0], ['J', 'BININT', 'i4', 1],
  ['K', 'BININT1', 'u1', 1], ['L', 'LONG', 'line', 0], ['M', 'BININT2', 'u2', 1], ['N', 'NONE', 'none', 0],
  ['P', 'PERSID', 'line', 0], ['Q', 'BINPERSID', 'none', 1], ['R', 'REDUCE', 'none', 0],
  ['S', 'STRING', 'line', 0], ['T', 'BINSTRING', 'bytes4s', 1], ['U', 'SHORT_BINSTRING', 'bytes1', 1],
  ['V', 'UNICODE', 'line', 0], ['X', 'BINUNICODE', 'bytes4', 1], ['a', 'APPEND', 'none', 0],
  ['b', 'BUILD', 'none', 0], ['c', 'GLOBAL', 'line2', 0], ['d', 'DICT', 'none', 0], ['}', 'EMPTY_DICT', 'none', 1],
  ['e', 'APPENDS', 'none', 1], ['g', 'GET', 'line', 0], ['h', 'BINGET', 'u1', 1], ['i', 'INST', 'line2', 0],
  ['j', 'LONG_BINGET', 'u4', 1], ['l', 'LIST', 'none', 0], [']', 'EMPTY_LIST', 'none', 1], ['o', 'OBJ', 'none', 1],
  ['p', 'PUT', 'line', 0], ['q', 'BINPUT', 'u1', 1], ['r', 'LONG_BINPUT', 'u4', 1], ['s', 'SETITEM', 'none', 0],
  ['t', 'TUPLE', 'none', 0], [')', 'EMPTY_TUPLE', 'none', 1], ['u', 'SETITEMS', 'none', 1],
  ['G', 'BINFLOAT', 'f8', 1],
  [0x80, 'PROTO', 'u1', 2], [0x81, 'NEWOBJ', 'none', 2], [0x82, 'EXT1', 'u1', 2], [0x83, 'EXT2', 'u2', 2],
  [0x84, 'EXT4', 'i4', 2], [0x85, 'TUPLE1', 'none', 2], [0x86, 'TUPLE2', 'none', 2], [0x87, 'TUPLE3', 'none', 2],
  [0x88, 'NEWTRUE', 'none', 2], [0x89, 'NEWFALSE', 'none', 2], [0x8a, 'LONG1', 'bytes1', 2],
  [0x8b, 'LONG4', 'bytes4s', 2],
  ['B', 'BINBYTES', 'bytes4', 3], ['C', 'SHORT_BINBYTES', 'bytes1', 3],
  [0x8c, 'SHORT_BINUNICODE', 'bytes1', 4], [0x8d, 'BINUNICODE8', 'bytes8', 4], [0x8e, 'BINBYTES8', 'bytes8', 4],
  [0x8f, 'EMPTY_SET', 'none', 4], [0x90, 'ADDITEMS', 'none', 4], [0x91, 'FROZENSET', 'none', 4],
  [0x92, 'NEWOBJ_EX', 'none', 4], [0x93, 'STACK_GLOBAL', 'none', 4], [0x94, 'MEMOIZE', 'none', 4],
  [0x95, 'FRAME', 'u8', 4],
  [0x96, 'BYTEARRAY8', 'bytes8', 5], [0x97, 'NEXT_BUFFER', 'none', 5], [0x98, 'READONLY_BUFFER', 'none', 5],
];

/** Indexed by opcode byte; `undefined` = not an opcode (the stream is malformed). */
export const OPCODES: Array<OpcodeInfo | undefined> = new Array(256).fill(undefined);
for (const [c, name, arg, proto] of TABLE) {
  const code = typeof c === 'number' ? c : c.charCodeAt(0);
  OPCODES[code] = { code, name, arg, proto };
}

/** Highest protocol this table knows. */
export const HIGHEST_PROTOCOL = 5;
