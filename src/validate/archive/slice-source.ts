import type { ByteSource } from '../types.js';

/** A byte range of a parent source (a stored zip member, a tar member, raw data after a header). */
export function sliceSource(parent: ByteSource, name: string, start: number, length: number): ByteSource {
  const size = Math.max(0, Math.min(length, parent.size - start));
  return {
    name,
    size,
    read(offset: number, len: number): Promise<Buffer> {
      if (offset >= size || len <= 0) return Promise.resolve(Buffer.alloc(0));
      return parent.read(start + offset, Math.min(len, size - offset));
    },
    async *stream(): AsyncIterable<Buffer> {
      const chunk = 1 << 20;
      for (let at = 0; at < size; at += chunk) yield await parent.read(start + at, Math.min(chunk, size - at));
    },
  };
}

/** Streams `length` bytes of `source` from `start` in chunks. */
export async function* rangeChunks(source: { read(o: number, l: number): Promise<Buffer> }, start: number, length: number, chunk = 1 << 20): AsyncGenerator<Buffer> {
  for (let at = 0; at < length; at += chunk) {
    const b = await source.read(start + at, Math.min(chunk, length - at));
    if (!b.length) return;
    yield b;
  }
}
