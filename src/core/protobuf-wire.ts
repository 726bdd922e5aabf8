/**
 * The one protobuf wire-format reader: strict field-by-field decoding shared by the ONNX reader (streaming,
 * over positional reads of a file of any size) and the SavedModel check (over a buffer it holds whole).
 *
 * Both walk the same bytes with the same rules: a varint is at most 10 bytes, field number 0 and the group
 * wire types (3, 4) are refused, and no length or fixed field may run past the message holding it. Every
 * violation throws WireFormatError with the absolute byte offset, so a finding can point at it.
 */

export class WireFormatError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (at byte ${offset})`);
    this.name = 'WireFormatError';
  }
}

export interface WireField {
  field: number;
  /** 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32. */
  wire: number;
  /** Absolute offset of the tag. */
  at: number;
  /** Varint or fixed value (wire types 0, 1, 5). */
  value?: bigint;
  /** Absolute start and end of a length-delimited payload (wire type 2). */
  start?: number;
  end?: number;
  /** The payload itself, when walking a buffer held in memory (`fields`); the streaming reader leaves it out. */
  bytes?: Buffer;
}

export const MAX_VARINT_BYTES = 10;
/** The longest field header: a tag varint, then a length varint or an 8-byte fixed value. */
export const MAX_FIELD_HEADER_BYTES = 2 * MAX_VARINT_BYTES;

/**
 * Decodes the varint at `buf[pos]`, not reading at or past `limit`. `base` is the absolute offset of
 * `buf[0]`, for errors. Returns the value and the position after it.
 */
export function decodeVarint(buf: Buffer, pos: number, limit: number, base = 0): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    if (pos >= limit) throw new WireFormatError('truncated varint', base + pos);
    const b = buf[pos++];
    result |= BigInt(b & 0x7f) << shift;
    if ((b & 0x80) === 0) return [result, pos];
    shift += 7n;
  }
  throw new WireFormatError(`varint longer than ${MAX_VARINT_BYTES} bytes`, base + pos);
}

/**
 * Decodes the field header at `buf[pos]` of a message that ends at `messageEnd` (absolute). Only the header
 * need be in `buf` (at most MAX_FIELD_HEADER_BYTES), so a streaming reader can pass a small window.
 * Returns the field (absolute offsets) and the absolute offset of the next field.
 */
export function decodeField(buf: Buffer, pos: number, base: number, messageEnd: number): { field: WireField; next: number } {
  const limit = Math.min(buf.length, messageEnd - base);
  const at = base + pos;
  const [tag, afterTag] = decodeVarint(buf, pos, limit, base);
  const field = Number(tag >> 3n);
  const wire = Number(tag & 7n);
  if (field === 0) throw new WireFormatError('field number 0 is invalid', at);
  switch (wire) {
    case 0: {
      const [value, after] = decodeVarint(buf, afterTag, limit, base);
      return { field: { field, wire, at, value }, next: base + after };
    }
    case 1:
    case 5: {
      const n = wire === 1 ? 8 : 4;
      if (afterTag + n > limit) throw new WireFormatError(`truncated ${n * 8}-bit field`, at);
      const value = n === 8 ? buf.readBigUInt64LE(afterTag) : BigInt(buf.readUInt32LE(afterTag));
      return { field: { field, wire, at, value }, next: base + afterTag + n };
    }
    case 2: {
      const [len, after] = decodeVarint(buf, afterTag, limit, base);
      const start = base + after;
      const remaining = messageEnd - start;
      if (len > BigInt(remaining)) throw new WireFormatError(`field ${field} declares ${len} bytes but only ${remaining} remain`, at);
      return { field: { field, wire, at, start, end: start + Number(len) }, next: start + Number(len) };
    }
    default:
      throw new WireFormatError(`unsupported protobuf wire type ${wire} in field ${field}`, at);
  }
}

/**
 * The fields of a message held whole in `buf`; `base` is the absolute offset of `buf[0]` (for nested
 * messages, the parent field's `start`). Length-delimited fields carry their `bytes`.
 */
export function* fields(buf: Buffer, base = 0): Generator<WireField> {
  const end = base + buf.length;
  let pos = base;
  while (pos < end) {
    const { field, next } = decodeField(buf, pos - base, base, end);
    if (field.wire === 2) field.bytes = buf.subarray(field.start! - base, field.end! - base);
    yield field;
    pos = next;
  }
}

/** A length-delimited field's payload as UTF-8 text ('' when it has none). */
export function text(f: WireField): string {
  return f.bytes ? f.bytes.toString('utf8') : '';
}

/** Anything that can be read at an offset: a file, an archive member, a buffer. */
export interface RandomAccessSource {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

const BLOCK = 1 << 16;

/**
 * Walks messages of a random-access source without loading it: field headers are decoded from a cached
 * 64 KiB block, payloads are skipped by length (a caller reads the few it wants with `source.read`).
 */
export class StreamingWireReader {
  private block: Buffer = Buffer.alloc(0);
  private blockStart = 0;

  constructor(readonly source: RandomAccessSource) {}

  /** Up to `length` bytes at `pos`, from the cached block (re-read when `pos` falls outside it). */
  private async window(pos: number, length: number): Promise<Buffer> {
    if (length <= 0) return Buffer.alloc(0);
    if (pos < this.blockStart || pos + length > this.blockStart + this.block.length) {
      this.blockStart = pos;
      this.block = await this.source.read(pos, Math.max(length, Math.min(BLOCK, this.source.size - pos)));
    }
    const out = this.block.subarray(pos - this.blockStart, pos - this.blockStart + length);
    if (out.length < length) throw new WireFormatError('unexpected end of file', this.blockStart + this.block.length);
    return out;
  }

  /** The varint at `pos` of a message ending at `end` (for packed repeated fields). */
  async varint(pos: number, end: number): Promise<[bigint, number]> {
    const buf = await this.window(pos, Math.min(MAX_VARINT_BYTES, end - pos));
    const [value, after] = decodeVarint(buf, 0, buf.length, pos);
    return [value, pos + after];
  }

  /** The fields of the message in [start, end). */
  async *fields(start: number, end: number): AsyncGenerator<WireField> {
    let pos = start;
    while (pos < end) {
      const buf = await this.window(pos, Math.min(MAX_FIELD_HEADER_BYTES, end - pos));
      const { field, next } = decodeField(buf, 0, pos, end);
      yield field;
      pos = next;
    }
  }
}
