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
