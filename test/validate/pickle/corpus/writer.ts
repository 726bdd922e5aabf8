/**
 * A pickle writer for tests: emits real pickles opcode by opcode, so every bypass in the research notes can
 * be reproduced byte for byte (memo tricks, STACK_GLOBAL from GETs, frames, EXT codes, stacked pickles).
 * Cross-checked against CPython's pickletools.dis in writer.test.ts.
 */
const C = (s: string): number => s.charCodeAt(0);

export class PickleWriter {
  private parts: Buffer[] = [];

  raw(b: Buffer | number[] | string): this {
    this.parts.push(Buffer.isBuffer(b) ? b : typeof b === 'string' ? Buffer.from(b, 'latin1') : Buffer.from(b));
    return this;
  }
  private op(code: number, ...arg: Buffer[]): this {
    this.parts.push(Buffer.from([code]), ...arg);
    return this;
  }
  get length(): number {
    return this.parts.reduce((n, p) => n + p.length, 0);
  }
  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }

  proto(p: number): this { return this.op(0x80, Buffer.from([p])); }
  frame(len: number): this { const b = Buffer.alloc(8); b.writeBigUInt64LE(BigInt(len)); return this.op(0x95, b); }
  stop(): this { return this.op(C('.')); }
  mark(): this { return this.op(C('(')); }
  pop(): this { return this.op(C('0')); }
  popMark(): this { return this.op(C('1')); }
  dup(): this { return this.op(C('2')); }
  none(): this { return this.op(C('N')); }
  true(): this { return this.op(0x88); }
  false(): this { return this.op(0x89); }

  int(n: number): this {
    if (n >= 0 && n < 256) return this.op(C('K'), Buffer.from([n]));
    if (n >= 0 && n < 65536) { const b = Buffer.alloc(2); b.writeUInt16LE(n); return this.op(C('M'), b); }
    const b = Buffer.alloc(4); b.writeInt32LE(n); return this.op(C('J'), b);
  }
  intLine(n: number | string): this { return this.op(C('I'), Buffer.from(`${n}\n`)); }
  longLine(n: bigint): this { return this.op(C('L'), Buffer.from(`${n}L\n`)); }
  long1(n: bigint): this {
    const bytes: number[] = [];
    let v = n;
    while (v !== 0n && v !== -1n) { bytes.push(Number(v & 0xffn)); v >>= 8n; }
    if (n >= 0n && bytes.length && bytes[bytes.length - 1] & 0x80) bytes.push(0);
    if (n < 0n && (!bytes.length || !(bytes[bytes.length - 1] & 0x80))) bytes.push(0xff);
    return this.op(0x8a, Buffer.from([bytes.length]), Buffer.from(bytes));
  }
  binfloat(x: number): this { const b = Buffer.alloc(8); b.writeDoubleBE(x); return this.op(C('G'), b); }
  floatLine(x: number): this { return this.op(C('F'), Buffer.from(`${x}\n`)); }

  /** SHORT_BINUNICODE or BINUNICODE, as CPython chooses. */
  unicode(s: string): this {
    const b = Buffer.from(s, 'utf8');
    if (b.length < 256) return this.op(0x8c, Buffer.from([b.length]), b);
    return this.binunicode(s);
  }
  binunicode(s: string): this { const b = Buffer.from(s, 'utf8'); const l = Buffer.alloc(4); l.writeUInt32LE(b.length); return this.op(C('X'), l, b); }
  binunicode8(s: string): this { const b = Buffer.from(s, 'utf8'); const l = Buffer.alloc(8); l.writeBigUInt64LE(BigInt(b.length)); return this.op(0x8d, l, b); }
  unicodeLine(s: string): this { return this.op(C('V'), Buffer.from(`${s}\n`, 'latin1')); }
  string(s: string): this { return this.op(C('S'), Buffer.from(`'${s}'\n`, 'latin1')); }
  binstring(s: string): this { const b = Buffer.from(s, 'latin1'); const l = Buffer.alloc(4); l.writeInt32LE(b.length); return this.op(C('T'), l, b); }
  shortBinstring(s: string): this { const b = Buffer.from(s, 'latin1'); return this.op(C('U'), Buffer.from([b.length]), b); }
  binbytes(data: Buffer | number): this {
    const b = typeof data === 'number' ? Buffer.alloc(data) : data;
    if (b.length < 256) return this.op(C('C'), Buffer.from([b.length]), b);
    const l = Buffer.alloc(4); l.writeUInt32LE(b.length); return this.op(C('B'), l, b);
  }
  /** BINBYTES header only (payload written separately, e.g. streamed for huge files). */
  binbytesHeader(len: number): this { const l = Buffer.alloc(4); l.writeUInt32LE(len); return this.op(C('B'), l); }
  binbytes8Header(len: number): this { const l = Buffer.alloc(8); l.writeBigUInt64LE(BigInt(len)); return this.op(0x8e, l); }

  global(module: string, name: string): this { return this.op(C('c'), Buffer.from(`${module}\n${name}\n`, 'utf8')); }
  inst(module: string, name: string): this { return this.op(C('i'), Buffer.from(`${module}\n${name}\n`, 'utf8')); }
  stackGlobal(): this { return this.op(0x93); }
  /** module, name as SHORT_BINUNICODE + MEMOIZE each, then STACK_GLOBAL + MEMOIZE (what protocol 4 writes). */
  sglobal(module: string, name: string): this { return this.unicode(module).memoize().unicode(name).memoize().stackGlobal().memoize(); }

  reduce(): this { return this.op(C('R')); }
  build(): this { return this.op(C('b')); }
  newobj(): this { return this.op(0x81); }
  newobjEx(): this { return this.op(0x92); }
  obj(): this { return this.op(C('o')); }

  emptyTuple(): this { return this.op(C(')')); }
  tuple(): this { return this.op(C('t')); }
  tuple1(): this { return this.op(0x85); }
  tuple2(): this { return this.op(0x86); }
  tuple3(): this { return this.op(0x87); }
  emptyList(): this { return this.op(C(']')); }
  list(): this { return this.op(C('l')); }
  append(): this { return this.op(C('a')); }
  appends(): this { return this.op(C('e')); }
  emptyDict(): this { return this.op(C('}')); }
  dict(): this { return this.op(C('d')); }
  setitem(): this { return this.op(C('s')); }
  setitems(): this { return this.op(C('u')); }
  emptySet(): this { return this.op(0x8f); }
  additems(): this { return this.op(0x90); }
  frozenset(): this { return this.op(0x91); }

  memoize(): this { return this.op(0x94); }
  put(i: number): this { return this.op(C('p'), Buffer.from(`${i}\n`)); }
  binput(i: number): this { return this.op(C('q'), Buffer.from([i])); }
  longBinput(i: number): this { const b = Buffer.alloc(4); b.writeUInt32LE(i); return this.op(C('r'), b); }
  get(i: number): this { return this.op(C('g'), Buffer.from(`${i}\n`)); }
  binget(i: number): this { return this.op(C('h'), Buffer.from([i])); }
  longBinget(i: number): this { const b = Buffer.alloc(4); b.writeUInt32LE(i); return this.op(C('j'), b); }

  persid(s: string): this { return this.op(C('P'), Buffer.from(`${s}\n`)); }
  binpersid(): this { return this.op(C('Q')); }
  ext1(code: number): this { return this.op(0x82, Buffer.from([code])); }
  ext2(code: number): this { const b = Buffer.alloc(2); b.writeUInt16LE(code); return this.op(0x83, b); }
  ext4(code: number): this { const b = Buffer.alloc(4); b.writeInt32LE(code); return this.op(0x84, b); }
  nextBuffer(): this { return this.op(0x97); }
}

export function pickle(build: (w: PickleWriter) => void): Buffer {
  const w = new PickleWriter();
  build(w);
  return w.bytes();
}
