/**
 * A minimal protobuf wire-format walker over a buffer, for small descriptor files (saved_model.pb).
 * Strict: bad varints, groups, and lengths past their parent throw WireError with the offset.
 */
export class WireError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (at byte ${offset})`);
    this.name = 'WireError';
  }
}

export interface WireField {
  field: number;
  wire: number;
  at: number;
  /** Varint / fixed value. */
  value?: bigint;
  /** Length-delimited payload. */
  bytes?: Buffer;
  /** Absolute offset of `bytes` in the outer buffer. */
  start?: number;
}

export function* fields(buf: Buffer, base = 0): Generator<WireField> {
  let pos = 0;
  const varint = (): bigint => {
    let result = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (pos >= buf.length) throw new WireError('truncated varint', base + pos);
      const b = buf[pos++];
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return result;
    }
    throw new WireError('varint longer than 10 bytes', base + pos);
  };
  while (pos < buf.length) {
    const at = pos;
    const tag = varint();
    const field = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    if (field === 0) throw new WireError('field number 0', base + at);
    if (wire === 0) yield { field, wire, at: base + at, value: varint() };
    else if (wire === 1 || wire === 5) {
      const n = wire === 1 ? 8 : 4;
      if (pos + n > buf.length) throw new WireError('truncated fixed field', base + at);
      const value = n === 8 ? buf.readBigUInt64LE(pos) : BigInt(buf.readUInt32LE(pos));
      pos += n;
      yield { field, wire, at: base + at, value };
    } else if (wire === 2) {
      const len = varint();
      if (len > BigInt(buf.length - pos)) throw new WireError(`field ${field} declares ${len} bytes past its parent`, base + at);
      const start = pos;
      pos += Number(len);
      yield { field, wire, at: base + at, bytes: buf.subarray(start, pos), start: base + start };
    } else {
      throw new WireError(`wire type ${wire} is not allowed`, base + at);
    }
  }
}

export function text(f: WireField): string {
  return f.bytes ? f.bytes.toString('utf8') : '';
}
