/**
 * A forward-moving window over a random-access byte source. The pickle machine decodes opcodes
 * synchronously from the window and only awaits when it runs dry, and payloads it does not need (tensor
 * bytes, long strings) are skipped by moving the offset: a 256 MB BINBYTES is never read into memory.
 */
export interface RandomAccess {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
}

const EMPTY = Buffer.alloc(0);

export class ByteWindow {
  /** Bytes currently held; `base` is the source offset of `buf[0]`. */
  buf: Buffer = EMPTY;
  base: number;
  pos = 0;

  constructor(
    private readonly source: RandomAccess,
    start: number,
    /** Exclusive end of the readable range (a pickle inside a larger file ends where the file says). */
    readonly end: number,
    private readonly chunk = 1 << 20,
  ) {
    this.base = start;
  }

  get offset(): number {
    return this.base + this.pos;
  }

  available(): number {
    return this.buf.length - this.pos;
  }

  /** Makes at least `n` bytes available; false when the range ends first (truncation). */
  async fill(n: number): Promise<boolean> {
    const avail = this.buf.length - this.pos;
    if (avail >= n) return true;
    const offset = this.offset;
    const remaining = this.end - offset;
    if (remaining <= avail) return false;
    const want = Math.min(Math.max(this.chunk, n), remaining);
    const rest = this.buf.subarray(this.pos);
    const fresh = await this.source.read(offset + rest.length, want - rest.length);
    this.buf = rest.length ? Buffer.concat([rest, fresh]) : fresh;
    this.base = offset;
    this.pos = 0;
    return this.buf.length >= n;
  }

  /** Moves past `n` bytes without reading them; false when that would go past the end. */
  skip(n: number): boolean {
    const target = this.offset + n;
    if (target > this.end) {
      this.base = this.end;
      this.buf = EMPTY;
      this.pos = 0;
      return false;
    }
    if (n <= this.buf.length - this.pos) {
      this.pos += n;
    } else {
      this.base = target;
      this.buf = EMPTY;
      this.pos = 0;
    }
    return true;
  }

  /** Repositions the window (used to resume after raw data embedded between pickles). */
  seek(offset: number): void {
    if (offset >= this.base && offset <= this.base + this.buf.length) {
      this.pos = offset - this.base;
    } else {
      this.base = offset;
      this.buf = EMPTY;
      this.pos = 0;
    }
  }

  atEnd(): boolean {
    return this.offset >= this.end;
  }
}
