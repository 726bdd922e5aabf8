import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { ByteSource, ValidationLimits } from '../types.js';

export interface ZipMember {
  name: string;
  size: number;
  compressedSize: number;
  encrypted: boolean;
}

export interface ZipListing {
  members: ZipMember[];
  /** Content of the members asked for (bounded by the limits). */
  contents: Map<string, Buffer>;
}

export class ZipLimitError extends Error {}

/** yauzl over a ByteSource: the zip is read in ranges, never loaded whole. */
class SourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly source: ByteSource) {
    super();
  }
  override _readStreamForRange(start: number, end: number): Readable {
    const source = this.source;
    return Readable.from(
      (async function* () {
        for (let at = start; at < end; at += 1 << 20) {
          const chunk = await source.read(at, Math.min(1 << 20, end - at));
          if (chunk.length === 0) throw new Error(`zip member range ${start}..${end} is past the end of the file`);
          yield chunk;
        }
      })(),
    );
  }
}

/**
 * Lists a zip's members and reads those `want` selects, with the count, size and ratio limits applied.
 * A small reader for the Keras analyzer; the container analyzers have their own (src/validate/archive/).
 */
export async function readZip(source: ByteSource, limits: ValidationLimits, want: (name: string) => boolean): Promise<ZipListing> {
  const zip = await yauzl.fromRandomAccessReaderPromise(new SourceReader(source), source.size, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true });
  const members: ZipMember[] = [];
  const contents = new Map<string, Buffer>();
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (members.length >= limits.maxArchiveMembers) throw new ZipLimitError(`more than ${limits.maxArchiveMembers} members (maxArchiveMembers)`);
      const member = { name: entry.fileName, size: entry.uncompressedSize, compressedSize: entry.compressedSize, encrypted: entry.isEncrypted() };
      members.push(member);
      if (!want(entry.fileName) || member.encrypted || entry.fileName.endsWith('/')) continue;
      if (entry.uncompressedSize > limits.maxHeaderBytes) throw new ZipLimitError(`member ${entry.fileName} is ${entry.uncompressedSize} bytes, over maxHeaderBytes`);
      if (entry.compressedSize > 0 && entry.uncompressedSize / entry.compressedSize > limits.maxCompressionRatio) {
        throw new ZipLimitError(`member ${entry.fileName} expands ${Math.round(entry.uncompressedSize / entry.compressedSize)}x, over maxCompressionRatio`);
      }
      total += entry.uncompressedSize;
      if (total > limits.maxDecompressedBytes) throw new ZipLimitError('members expand past maxDecompressedBytes');
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      let got = 0;
      for await (const chunk of stream) {
        got += (chunk as Buffer).length;
        if (got > entry.uncompressedSize) throw new ZipLimitError(`member ${entry.fileName} inflates past its declared size`);
        chunks.push(chunk as Buffer);
      }
      contents.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return { members, contents };
}
