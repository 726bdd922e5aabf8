/**
 * Bounded streaming decompression (Node zlib: raw deflate, zlib, gzip). Sizes are counted on the bytes
 * actually produced, never taken from headers, and the stream is abandoned the moment a limit is passed:
 * a decompression bomb costs at most `limit` bytes of work and nothing is held in memory.
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { ByteSource } from '../types.js';

export type Codec = 'raw' | 'zlib' | 'gzip';

export class InflateLimitError extends Error {
  constructor(readonly produced: number, readonly limit: number) {
    super(`decompressed data exceeds ${limit} bytes`);
  }
}

export async function* inflate(input: AsyncIterable<Buffer>, codec: Codec, limit: number): AsyncGenerator<Buffer> {
  const z = codec === 'raw' ? zlib.createInflateRaw() : codec === 'gzip' ? zlib.createGunzip() : zlib.createInflate();
  const src = Readable.from(input, { objectMode: false });
  src.on('error', (e) => z.destroy(e));
  src.pipe(z);
  let total = 0;
  try {
    for await (const chunk of z as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw new InflateLimitError(total, limit);
      yield chunk;
    }
  } finally {
    src.unpipe(z);
    src.destroy();
    z.destroy();
  }
}

export interface Measured {
  size: number;
  crc: number;
}

/** Decompresses once to learn the real size and CRC-32 (the first pass of every compressed member). */
export async function measure(input: () => AsyncIterable<Buffer>, codec: Codec | 'stored', limit: number): Promise<Measured> {
  let size = 0;
  let crc = 0;
  const it = codec === 'stored' ? boundedCopy(input(), limit) : inflate(input(), codec, limit);
  for await (const chunk of it) {
    size += chunk.length;
    crc = zlib.crc32(chunk, crc);
  }
  return { size, crc };
}

async function* boundedCopy(input: AsyncIterable<Buffer>, limit: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const c of input) {
    total += c.length;
    if (total > limit) throw new InflateLimitError(total, limit);
    yield c;
  }
}

/**
 * A ByteSource over decompressed data of known size. Reads are served from a forward cursor over one
 * decompression stream (analyzers read front to back); a read behind the cursor restarts the stream.
 */
export function inflatedSource(name: string, size: number, input: () => AsyncIterable<Buffer>, codec: Codec): ByteSource {
  let gen: AsyncGenerator<Buffer> | null = null;
  let pending: Buffer = Buffer.alloc(0);
  let cursor = 0; // decompressed offset of pending[0]

  async function restart(): Promise<void> {
    if (gen) await gen.return(undefined);
    gen = inflate(input(), codec, size + 1);
    pending = Buffer.alloc(0);
    cursor = 0;
  }

  async function next(): Promise<boolean> {
    if (!gen) await restart();
    const r = await (gen as AsyncGenerator<Buffer>).next();
    if (r.done) return false;
    pending = pending.length ? Buffer.concat([pending, r.value]) : r.value;
    return true;
  }

  return {
    name,
    size,
    async read(offset: number, length: number): Promise<Buffer> {
      if (offset >= size || length <= 0) return Buffer.alloc(0);
      if (!gen || offset < cursor) await restart();
      // Drop everything before `offset`.
      for (;;) {
        if (offset < cursor + pending.length) {
          pending = pending.subarray(offset - cursor);
          cursor = offset;
          break;
        }
        cursor += pending.length;
        pending = Buffer.alloc(0);
        if (!(await next())) return Buffer.alloc(0);
      }
      const want = Math.min(length, size - offset);
      while (pending.length < want) if (!(await next())) break;
      return Buffer.from(pending.subarray(0, want));
    },
    async *stream(): AsyncIterable<Buffer> {
      yield* inflate(input(), codec, size + 1);
    },
  };
}
