import { error, FindingList, quote, warning } from '../finding.js';
import type { FormatAnalyzer } from '../types.js';

/** BuiltinOperator.CUSTOM in the TFLite schema. */
const CUSTOM = 32;

class FlatError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/**
 * A bounds-checked view of a FlatBuffer: every offset read is checked against the buffer before use,
 * so a hostile file gives a finding, never an out-of-range read.
 */
class Flat {
  constructor(readonly buf: Buffer) {}
  u32(at: number): number {
    if (at < 0 || at + 4 > this.buf.length) throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
    return this.buf.readUInt32LE(at);
  }
  i32(at: number): number {
    if (at < 0 || at + 4 > this.buf.length) throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
    return this.buf.readInt32LE(at);
  }
  i8(at: number): number {
    if (at < 0 || at + 1 > this.buf.length) throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
    return this.buf.readInt8(at);
  }
  u64(at: number): bigint {
    if (at < 0 || at + 8 > this.buf.length) throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
    return this.buf.readBigUInt64LE(at);
  }
  u16(at: number): number {
    if (at < 0 || at + 2 > this.buf.length) throw new FlatError(`offset ${at} is outside the flatbuffer`, at);
    return this.buf.readUInt16LE(at);
  }
  /** Absolute position of field `index` of the table at `table`, or undefined when absent. */
  field(table: number, index: number): number | undefined {
    const vtable = table - this.i32(table);
    const vsize = this.u16(vtable);
    if (vsize < 4 || vsize % 2 !== 0) throw new FlatError(`vtable at ${vtable} has size ${vsize}`, vtable);
    const slot = 4 + index * 2;
    if (slot + 2 > vsize) return undefined;
    const rel = this.u16(vtable + slot);
    return rel === 0 ? undefined : table + rel;
  }
  deref(at: number): number {
    return at + this.u32(at);
  }
  vector(table: number, index: number): { start: number; length: number } | undefined {
    const at = this.field(table, index);
    if (at === undefined) return undefined;
    const vec = this.deref(at);
    const length = this.u32(vec);
    if (vec + 4 + length * 4 > this.buf.length && length > 0) throw new FlatError(`vector at ${vec} of ${length} entries runs past the buffer`, vec);
    return { start: vec + 4, length };
  }
  string(table: number, index: number): string | undefined {
    const at = this.field(table, index);
    if (at === undefined) return undefined;
    const s = this.deref(at);
    const len = this.u32(s);
    if (s + 4 + len > this.buf.length) throw new FlatError(`string at ${s} runs past the buffer`, s);
    return this.buf.toString('utf8', s + 4, s + 4 + len);
  }
}

export const tfliteAnalyzer: FormatAnalyzer = {
  format: 'tflite',
  sniff: (head) => head.length >= 8 && head.toString('latin1', 4, 8) === 'TFL3',
  async analyze(source, ctx) {
    const findings = new FindingList();
    // Models over 2 GiB keep buffers outside the flatbuffer (Buffer.offset/size); the flatbuffer itself is small.
    const flatSize = Math.min(source.size, ctx.limits.maxHeaderBytes, 0x7fffffff);
    const flat = new Flat(await source.read(0, flatSize));
    const details: Record<string, unknown> = {};
    try {
      const root = flat.deref(0);
      const versionAt = flat.field(root, 0);
      details.version = versionAt === undefined ? 0 : flat.u32(versionAt);
      if (details.version !== 3) findings.push(error('tflite/bad-version', `schema version ${String(details.version)}; TFLite models are version 3`));
      const codes = flat.vector(root, 1);
      const custom: string[] = [];
      if (codes) {
        for (let i = 0; i < codes.length; i++) {
          const code = flat.deref(codes.start + i * 4);
          const deprecatedAt = flat.field(code, 0);
          const builtinAt = flat.field(code, 3);
          const builtin = builtinAt !== undefined ? flat.i32(builtinAt) : deprecatedAt !== undefined ? flat.i8(deprecatedAt) : 0;
          const legacy = deprecatedAt !== undefined ? flat.i8(deprecatedAt) : 0;
          if (builtin === CUSTOM || legacy === CUSTOM) custom.push(flat.string(code, 1) ?? '(unnamed)');
        }
      }
      details.operatorCodes = codes?.length ?? 0;
      if (custom.length) findings.push(warning('tflite/custom-op', `custom operators need native kernels registered by the runtime: ${custom.slice(0, 10).map((c) => quote(c)).join(', ')}`));
      const subgraphs = flat.vector(root, 2);
      if (!subgraphs || subgraphs.length === 0) findings.push(error('tflite/no-subgraph', 'the model has no subgraph'));
      details.subgraphs = subgraphs?.length ?? 0;
      const buffers = flat.vector(root, 4);
      let external = 0;
      if (buffers) {
        for (let i = 0; i < buffers.length; i++) {
          const b = flat.deref(buffers.start + i * 4);
          const dataAt = flat.field(b, 0);
          if (dataAt !== undefined) {
            const vec = flat.deref(dataAt);
            const len = flat.u32(vec);
            if (vec + 4 + len > flat.buf.length) findings.push(error('tflite/buffer-out-of-bounds', `buffer ${i} (${len} bytes at ${vec + 4}) runs past the end of the file`, { offset: vec }));
          }
          const offAt = flat.field(b, 1);
          const sizeAt = flat.field(b, 2);
          if (offAt !== undefined && sizeAt !== undefined) {
            external++;
            const off = flat.u64(offAt);
            const size = flat.u64(sizeAt);
            if (off + size > BigInt(source.size)) findings.push(error('tflite/buffer-out-of-bounds', `buffer ${i} points at bytes ${off}..${off + size}, past the end of the file (${source.size})`, { offset: offAt }));
          }
        }
      }
      details.buffers = buffers?.length ?? 0;
      details.externalBuffers = external;
    } catch (err) {
      if (err instanceof FlatError) findings.push(error('tflite/malformed', `not a well-formed TFLite flatbuffer: ${err.message}`, { offset: err.offset }));
      else if ((err as Error)?.name === 'RangeError') findings.push(error('tflite/malformed', `not a well-formed TFLite flatbuffer: ${(err as Error).message}`));
      else throw err;
    }
    return { findings: findings.items, details };
  },
};
