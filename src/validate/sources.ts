import { open, type FileHandle } from 'node:fs/promises';
import type { ByteSource } from './types.js';

/**
 * Chunk of stream(). Measured (bench/validate.bench.ts): a fresh 8 MiB buffer per read is mmap'd and
 * page-faulted every time (~80 MiB/s), a fresh 1 MiB buffer comes from the allocator's arenas (~450 MiB/s).
 */
export const STREAM_CHUNK = 1024 * 1024;

/** Files behind sources made here, so hashing can read them into one reused buffer (hash.ts). */
export const FILE_HANDLES = new WeakMap<ByteSource, { handle: FileHandle; size: number }>();

/** Bytes in memory: small files read once (so the bytes hashed are the bytes parsed), archive members. */
export function bufferSource(name: string, data: Buffer, filePath?: string): ByteSource {
  return {
    name,
    size: data.length,
    filePath,
    async read(offset, length) {
      if (offset < 0 || length <= 0 || offset >= data.length) return Buffer.alloc(0);
      return data.subarray(offset, Math.min(data.length, offset + length));
    },
    async *stream() {
      for (let at = 0; at < data.length; at += STREAM_CHUNK) yield data.subarray(at, Math.min(data.length, at + STREAM_CHUNK));
    },
  };
}

/**
 * A file read through one open handle: every range read and the hashing stream see the same inode,
 * even if the path is replaced meanwhile (the engine also compares fstat before and after).
 */
export function fileHandleSource(name: string, handle: FileHandle, size: number, filePath: string): ByteSource {
  const source: ByteSource = {
    name,
    size,
    filePath,
    async read(offset, length) {
      if (offset < 0 || length <= 0 || offset >= size) return Buffer.alloc(0);
      const want = Math.min(length, size - offset);
      const buf = Buffer.allocUnsafe(want);
      let got = 0;
      while (got < want) {
        const { bytesRead } = await handle.read(buf, got, want - got, offset + got);
        if (bytesRead === 0) break; // file shrank: the caller sees a short read, as at end of file
        got += bytesRead;
      }
      return got === want ? buf : buf.subarray(0, got);
    },
    async *stream() {
      let offset = 0;
      while (offset < size) {
        const want = Math.min(STREAM_CHUNK, size - offset);
        const buf = Buffer.allocUnsafe(want);
        const { bytesRead } = await handle.read(buf, 0, want, offset);
        if (bytesRead === 0) return;
        offset += bytesRead;
        yield bytesRead === want ? buf : buf.subarray(0, bytesRead);
      }
    },
  };
  FILE_HANDLES.set(source, { handle, size });
  return source;
}

/** Opens a file for a one-off source (sibling shards, external data); the caller closes it. */
export async function openFileSource(filePath: string, name = filePath): Promise<{ source: ByteSource; close(): Promise<void> }> {
  const handle = await open(filePath, 'r');
  const { size } = await handle.stat();
  return { source: fileHandleSource(name, handle, size, filePath), close: () => handle.close() };
}

/** A buffered little-endian cursor over a ByteSource, for header parsers that read field by field. */
export class SourceCursor {
  private block: Buffer = Buffer.alloc(0);
  private blockStart = 0;
  pos: number;

  /** Starts small (a header is often a few KiB) and doubles on each refill up to 4 MiB (tokenizer arrays). */
  private blockSize = 64 * 1024;

  constructor(readonly source: ByteSource, start = 0) {
    this.pos = start;
  }

  get remaining(): number {
    return this.source.size - this.pos;
  }

  /** Returns exactly `n` bytes or throws TruncatedError. */
  async take(n: number): Promise<Buffer> {
    if (n < 0 || this.pos + n > this.source.size) throw new TruncatedError(this.pos, n, this.source.size - this.pos);
    const inBlock = this.pos - this.blockStart;
    if (inBlock >= 0 && inBlock + n <= this.block.length) {
      this.pos += n;
      return this.block.subarray(inBlock, inBlock + n);
    }
    if (n > this.blockSize) {
      const buf = await this.source.read(this.pos, n);
      if (buf.length < n) throw new TruncatedError(this.pos, n, buf.length);
      this.pos += n;
      return buf;
    }
    this.block = await this.source.read(this.pos, this.blockSize);
    this.blockStart = this.pos;
    this.blockSize = Math.min(this.blockSize * 2, 4 * 1024 * 1024);
    if (this.block.length < n) throw new TruncatedError(this.pos, n, this.block.length);
    this.pos += n;
    return this.block.subarray(0, n);
  }

  async u8(): Promise<number> {
    return (await this.take(1))[0];
  }
  async u16(): Promise<number> {
    return (await this.take(2)).readUInt16LE(0);
  }
  async u32(): Promise<number> {
    return (await this.take(4)).readUInt32LE(0);
  }
  async u64(): Promise<bigint> {
    return (await this.take(8)).readBigUInt64LE(0);
  }
  skip(n: number): void {
    if (n < 0 || this.pos + n > this.source.size) throw new TruncatedError(this.pos, n, this.source.size - this.pos);
    this.pos += n;
  }
}

export class TruncatedError extends Error {
  constructor(readonly offset: number, readonly wanted: number, readonly available: number) {
    super(`the file ends at byte ${offset + Math.max(0, available)} while ${wanted} bytes were expected at byte ${offset}`);
    this.name = 'TruncatedError';
  }
}
