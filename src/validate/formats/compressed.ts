/**
 * Compressed streams. gzip and zlib are decompressed with Node's zlib, bounded (real bytes counted against
 * maxDecompressedBytes and maxCompressionRatio) and their content analysed by detection; joblib and users
 * compress pickles this way and `joblib.load` decompresses transparently. bzip2 and xz have no decoder
 * here (none is installed), so they fail closed: content that cannot be read cannot be called safe.
 */
import { InflateLimitError, inflatedSource, measure, type Codec } from '../archive/inflate.js';
import { analyzeMember } from '../archive/nested.js';
import { rangeChunks } from '../archive/slice-source.js';
import type { AnalyzeContext, AnalyzerResult, ByteSource, FormatAnalyzer, FormatId } from '../types.js';

async function analyzeCompressed(source: ByteSource, ctx: AnalyzeContext, codec: Codec): Promise<AnalyzerResult> {
  const input = (): AsyncIterable<Buffer> => rangeChunks(source, 0, source.size);
  const limit = Math.min(ctx.limits.maxDecompressedBytes, Math.max(1, source.size) * ctx.limits.maxCompressionRatio);
  let size: number;
  try {
    ({ size } = await measure(input, codec, limit));
  } catch (err) {
    if (err instanceof InflateLimitError) {
      const which = limit === ctx.limits.maxDecompressedBytes ? `maxDecompressedBytes (${limit})` : `maxCompressionRatio (${ctx.limits.maxCompressionRatio}x of ${source.size} bytes)`;
      return { findings: [{ rule: 'compressed/decompression-limit', severity: 'error', message: `${codec} stream decompresses past ${which}: a decompression bomb or an oversized payload` }] };
    }
    return { findings: [{ rule: 'compressed/corrupt', severity: 'error', message: `${codec} stream is corrupt or truncated: ${(err as Error).message}` }] };
  }
  const inner = inflatedSource(`${source.name}!/<${codec}>`, size, input, codec);
  const r = await analyzeMember(ctx, inner, `<${codec}>`);
  return { findings: r.findings, details: { codec, decompressedSize: size, content: r.format } };
}

function unsupported(format: FormatId, codec: string): FormatAnalyzer['analyze'] {
  return async () => ({
    findings: [{ rule: 'compressed/unsupported-codec', severity: 'error', message: `${codec}-compressed content cannot be decompressed here, so it cannot be verified (joblib.load and others decompress it transparently); re-save with gzip/zlib compression or uncompressed` }],
    details: { codec: format },
  });
}

export const gzipAnalyzer: FormatAnalyzer = {
  format: 'gzip',
  sniff: (h) => h.length >= 3 && h[0] === 0x1f && h[1] === 0x8b && h[2] === 0x08,
  analyze: (s, ctx) => analyzeCompressed(s, ctx, 'gzip'),
};

export const zlibAnalyzer: FormatAnalyzer = {
  format: 'zlib',
  // CMF 0x78 (deflate, 32K window) and a header checksum: joblib's zlib compressor writes exactly this.
  sniff: (h) => h.length >= 2 && h[0] === 0x78 && (h[0] * 256 + h[1]) % 31 === 0 && (h[1] & 0x20) === 0,
  analyze: (s, ctx) => analyzeCompressed(s, ctx, 'zlib'),
};

export const bzip2Analyzer: FormatAnalyzer = {
  format: 'bzip2',
  sniff: (h) => h.length >= 4 && h.toString('latin1', 0, 3) === 'BZh' && h[3] >= 0x31 && h[3] <= 0x39,
  analyze: unsupported('bzip2', 'bzip2'),
};

const XZ = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
export const xzAnalyzer: FormatAnalyzer = {
  format: 'xz',
  // xz, and legacy .lzma ("lzma_alone": properties byte 0x5d + dictionary size), which joblib also writes.
  sniff: (h) => (h.length >= 6 && h.subarray(0, 6).equals(XZ)) || (h.length >= 13 && h[0] === 0x5d && h[1] === 0x00 && h[2] === 0x00 && (h[4] & 0xf0) === 0),
  analyze: unsupported('xz', 'xz/lzma'),
};

/** Containers and codecs with no reader here, by magic number. lz4 is what `joblib.dump(compress='lz4')` writes. */
const UNSUPPORTED_MAGICS: Array<{ name: string; magic: Buffer; kind: 'archive' | 'codec' }> = [
  { name: '7z', magic: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), kind: 'archive' },
  { name: 'rar', magic: Buffer.from('Rar!\x1a\x07', 'latin1'), kind: 'archive' },
  { name: 'cab', magic: Buffer.from('MSCF\0\0\0\0', 'latin1'), kind: 'archive' },
  { name: 'ar', magic: Buffer.from('!<arch>\n', 'latin1'), kind: 'archive' },
  { name: 'cpio', magic: Buffer.from('070701', 'latin1'), kind: 'archive' },
  { name: 'cpio', magic: Buffer.from('070702', 'latin1'), kind: 'archive' },
  { name: 'cpio', magic: Buffer.from([0xc7, 0x71]), kind: 'archive' },
  { name: 'zstd', magic: Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), kind: 'codec' },
  { name: 'lz4', magic: Buffer.from([0x04, 0x22, 0x4d, 0x18]), kind: 'codec' },
  { name: 'lzip', magic: Buffer.from('LZIP', 'latin1'), kind: 'codec' },
];

function unsupportedMagic(h: Buffer): (typeof UNSUPPORTED_MAGICS)[number] | undefined {
  const found = UNSUPPORTED_MAGICS.find((m) => h.length >= m.magic.length && h.subarray(0, m.magic.length).equals(m.magic));
  if (found) return found;
  // zstd skippable frames (0x184D2A50-5F) may precede the data frame.
  if (h.length >= 4 && (h.readUInt32LE(0) & 0xfffffff0) === 0x184d2a50) return { name: 'zstd', magic: h.subarray(0, 4), kind: 'codec' };
  return undefined;
}

/**
 * Fails closed on containers Modelship cannot open: whatever they hold (a pickle, another archive) cannot be
 * verified. Inside an archive the finding names the member, like every nested finding.
 */
export const unsupportedContainerAnalyzer: FormatAnalyzer = {
  format: 'unsupported-container',
  sniff: (h) => unsupportedMagic(h) !== undefined,
  async analyze(source) {
    const head = await source.read(0, 16);
    const m = unsupportedMagic(head);
    const what = m?.name ?? 'unknown';
    const rule = m?.kind === 'codec' ? 'compressed/unsupported-codec' : 'archive/unsupported-format';
    const where = source.name.includes('!/') ? `member ${JSON.stringify(source.name.slice(source.name.indexOf('!/') + 2))}` : 'the file';
    return {
      findings: [{ rule, severity: 'error', message: `${where} is a ${what} ${m?.kind === 'codec' ? 'stream' : 'archive'}, which Modelship cannot open: its content cannot be verified, so it fails (fail-closed); re-save it as zip, tar, gzip or uncompressed` }],
      details: { container: what },
    };
  },
};
