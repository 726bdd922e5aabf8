import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import protobuf from 'protobufjs';
import { fields, StreamingWireReader, WireFormatError, type RandomAccessSource, type WireField } from '../../src/core/protobuf-wire.js';

// Messages are written by protobufjs's Writer (an independent encoder); both walkers of the one wire reader
// must read back exactly what was written, and refuse the same malformed bytes with the same error.

type Written = { field: number; wire: 0; value: bigint } | { field: number; wire: 1 | 5; value: bigint } | { field: number; wire: 2; bytes: Buffer };

function write(items: Written[]): Buffer {
  const w = protobuf.Writer.create();
  for (const item of items) {
    w.uint32((item.field << 3) | item.wire);
    if (item.wire === 0) w.uint64(item.value.toString());
    else if (item.wire === 1) w.fixed64(item.value.toString());
    else if (item.wire === 5) w.fixed32(Number(item.value));
    else if (item.wire === 2) w.bytes(item.bytes);
  }
  return Buffer.from(w.finish());
}

/** A buffer as a random-access source that counts what is read. */
function source(buf: Buffer): RandomAccessSource & { bytesRead: number; reads: number } {
  const s = {
    size: buf.length,
    bytesRead: 0,
    reads: 0,
    async read(offset: number, length: number) {
      s.reads++;
      const out = buf.subarray(offset, Math.min(buf.length, offset + length));
      s.bytesRead += out.length;
      return Buffer.from(out);
    },
  };
  return s;
}

async function streamed(buf: Buffer, start = 0, end = buf.length): Promise<WireField[]> {
  const out: WireField[] = [];
  for await (const f of new StreamingWireReader(source(buf)).fields(start, end)) out.push(f);
  return out;
}

const withoutBytes = (f: WireField): WireField => {
  const { bytes: _bytes, ...rest } = f;
  return rest;
};

async function errorOf(run: () => unknown): Promise<WireFormatError> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(WireFormatError);
    return err as WireFormatError;
  }
  throw new Error('expected a WireFormatError');
}

const item: fc.Arbitrary<Written> = fc.oneof(
  fc.record({ field: fc.integer({ min: 1, max: 536870911 }), wire: fc.constant(0 as const), value: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }) }),
  fc.record({ field: fc.integer({ min: 1, max: 1000 }), wire: fc.constant(1 as const), value: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }) }),
  fc.record({ field: fc.integer({ min: 1, max: 1000 }), wire: fc.constant(5 as const), value: fc.bigInt({ min: 0n, max: (1n << 32n) - 1n }) }),
  fc.record({ field: fc.integer({ min: 1, max: 1000 }), wire: fc.constant(2 as const), bytes: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)) }),
);

describe('the protobuf wire reader', () => {
  it('reads back every field protobufjs writes, in memory and streamed, with the same offsets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 30 }), async (items) => {
        const buf = write(items);
        const held = [...fields(buf)];
        expect(held.map((f) => ({ field: f.field, wire: f.wire, value: f.value, bytes: f.bytes && Buffer.from(f.bytes) }))).toEqual(
          items.map((i) => ({ field: i.field, wire: i.wire, value: i.wire === 2 ? undefined : i.value, bytes: i.wire === 2 ? i.bytes : undefined })),
        );
        expect(await streamed(buf)).toEqual(held.map(withoutBytes));
      }),
      { numRuns: 200 },
    );
  });

  it('gives nested fields absolute offsets, so findings point into the file', async () => {
    const inner = write([{ field: 3, wire: 2, bytes: Buffer.from('Save') }]);
    const buf = write([{ field: 1, wire: 0, value: 7n }, { field: 2, wire: 2, bytes: inner }]);
    const outer = [...fields(buf)][1];
    const nested = [...fields(outer.bytes!, outer.start)][0];
    expect(buf.subarray(nested.start!, nested.end!).toString()).toBe('Save');
    expect(nested.at).toBe(outer.start);
    expect(await streamed(buf, outer.start!, outer.end!)).toEqual([withoutBytes(nested)]);
  });

  it('streams past large payloads without reading them', async () => {
    const big = Buffer.alloc(8 << 20, 0xab);
    const buf = write([{ field: 1, wire: 2, bytes: Buffer.from('head') }, { field: 9, wire: 2, bytes: big }, { field: 2, wire: 0, value: 42n }]);
    const src = source(buf);
    const got: WireField[] = [];
    for await (const f of new StreamingWireReader(src).fields(0, buf.length)) got.push(f);
    expect(got.map((f) => f.field)).toEqual([1, 9, 2]);
    expect(got[2].value).toBe(42n);
    expect(src.bytesRead).toBeLessThan(2 * 65536 + 64); // two header blocks, never the 8 MiB payload
  });

  // Each malformed message, with the message and offset both walkers must report.
  const malformed: Array<[string, Buffer, RegExp, number]> = [
    ['a truncated varint', Buffer.from([0x08, 0x80]), /^truncated varint/, 2],
    ['a varint longer than 10 bytes', Buffer.from([0x08, ...Array(11).fill(0xff)]), /^varint longer than 10 bytes/, 11],
    ['field number 0', Buffer.from([0x00, 0x01]), /^field number 0 is invalid/, 0],
    ['a truncated 64-bit field', Buffer.from([0x09, 1, 2, 3]), /^truncated 64-bit field/, 0],
    ['a truncated 32-bit field', Buffer.from([0x0a, 0x01, 0x41, 0x0d, 1, 2]), /^truncated 32-bit field/, 3],
    ['a length past its parent', Buffer.from([0x0a, 0x05, 0x41]), /^field 1 declares 5 bytes but only 1 remain/, 0],
    ['a group (wire type 3)', Buffer.from([0x08, 0x01, 0x0b]), /^unsupported protobuf wire type 3 in field 1/, 2],
    ['wire type 7', Buffer.from([0x0f]), /^unsupported protobuf wire type 7 in field 1/, 0],
  ];

  it.each(malformed)('refuses %s with its byte offset, in memory and streamed', async (_name, buf, message, offset) => {
    const held = await errorOf(() => [...fields(buf)]);
    const stream = await errorOf(() => streamed(buf));
    for (const err of [held, stream]) {
      expect(err.message).toMatch(message);
      expect(err.offset).toBe(offset);
      expect(err.message).toContain(`(at byte ${offset})`);
    }
  });

  it('keeps a nested message inside its parent: a child may not claim bytes past the parent end', async () => {
    // Parent field 2 holds 3 bytes; the child inside claims 10.
    const buf = Buffer.from([0x12, 0x03, 0x0a, 0x0a, 0x41, 0x42, 0x43, 0x44]);
    const parent = [...fields(buf.subarray(0, 5))][0];
    const err = await errorOf(() => [...fields(parent.bytes!, parent.start)]);
    expect(err.message).toMatch(/field 1 declares 10 bytes but only 1 remain/);
    expect(err.offset).toBe(2);
    const streamErr = await errorOf(() => streamed(buf, parent.start!, parent.end!));
    expect(streamErr.message).toBe(err.message);
  });

  it('reports a source that returns fewer bytes than its size promised', async () => {
    const buf = write([{ field: 1, wire: 0, value: 1n }]);
    const lying: RandomAccessSource = { size: buf.length + 10, read: async (o, l) => buf.subarray(o, Math.min(buf.length, o + l)) };
    const reader = new StreamingWireReader(lying);
    const err = await errorOf(async () => {
      for await (const _ of reader.fields(0, lying.size)) {
        /* walk */
      }
    });
    expect(err.message).toMatch(/unexpected end of file/);
  });

  it('reads packed varints through the same decoder', async () => {
    const w = protobuf.Writer.create();
    w.uint32((1 << 3) | 2).fork().int64(3).int64(300).int64(1 << 20).ldelim();
    const buf = Buffer.from(w.finish());
    const reader = new StreamingWireReader(source(buf));
    const [packed] = await (async () => {
      const out: WireField[] = [];
      for await (const f of reader.fields(0, buf.length)) out.push(f);
      return out;
    })();
    const values: bigint[] = [];
    for (let pos = packed.start!; pos < packed.end!; ) {
      const [v, next] = await reader.varint(pos, packed.end!);
      values.push(v);
      pos = next;
    }
    expect(values).toEqual([3n, 300n, BigInt(1 << 20)]);
    await expect(reader.varint(packed.end! - 3, packed.end! - 1)).rejects.toThrow(/truncated varint/);
  });
});
