/**
 * Reads every zip member the way PyTorch would load it and hands its content to the engine, whatever its
 * name (a pickle named `.txt` or `archive/data` is still a pickle). Sizes and CRCs are measured on the
 * bytes actually produced; limits apply per archive (members, decompressed total, ratio).
 */
import type { AnalyzeContext, ByteSource, Finding, FormatId } from '../types.js';
import { InflateLimitError, inflatedSource, measure } from './inflate.js';
import { analyzeMember, underMember } from './nested.js';
import { rangeChunks, sliceSource } from './slice-source.js';
import type { ZipEntry } from './zip-reader.js';

export interface MemberReport {
  name: string;
  format: FormatId | 'directory' | 'skipped' | 'raw-data';
  size: number;
}

export interface ZipMemberOptions {
  /**
   * Members the container's loader reads as raw bytes, never interprets (PyTorch storages referenced by
   * the pickle with the right size): they are not content-sniffed, since random weights can look like
   * anything for a few bytes.
   */
  rawData?: (name: string, size: number) => boolean;
  /** A container that knows how its loader reads a member analyses it itself (PyTorch's `.pkl` members). */
  custom?: (name: string, member: ByteSource) => Promise<{ format: FormatId; findings: Finding[] } | null>;
}

export async function analyzeZipMembers(source: ByteSource, entries: ZipEntry[], ctx: AnalyzeContext, opts: ZipMemberOptions = {}): Promise<{ findings: Finding[]; members: MemberReport[] }> {
  const findings: Finding[] = [];
  const members: MemberReport[] = [];
  let total = 0;
  const limits = ctx.limits;
  for (const e of entries) {
    const where = e.name;
    if (e.isDirectory && e.uncompressedSize === 0 && e.compressedSize === 0) {
      members.push({ name: e.name, format: 'directory', size: 0 });
      continue;
    }
    if (e.dataOffset < 0 || (e.method !== 0 && e.method !== 8)) {
      members.push({ name: e.name, format: 'skipped', size: e.uncompressedSize });
      continue; // already an error finding from the directory reader
    }
    const input = (): AsyncIterable<Buffer> => rangeChunks(source, e.dataOffset, e.compressedSize);
    const remaining = Math.max(0, limits.maxDecompressedBytes - total);
    // Stop inflating as soon as the ratio limit is passed: a bomb costs at most ratio × its own size.
    const ratioCap = e.method === 8 ? Math.max(1, e.compressedSize) * limits.maxCompressionRatio : Infinity;
    const budget = Math.min(remaining, ratioCap);
    let size: number;
    let crc: number;
    try {
      ({ size, crc } = await measure(input, e.method === 8 ? 'raw' : 'stored', budget));
    } catch (err) {
      if (err instanceof InflateLimitError && budget < remaining) {
        findings.push({ rule: 'archive/compression-ratio', severity: 'error', message: `member ${JSON.stringify(e.name)} expands more than ${limits.maxCompressionRatio}x (maxCompressionRatio): a decompression bomb`, location: { member: where } });
        members.push({ name: e.name, format: 'skipped', size: e.uncompressedSize });
        continue;
      }
      if (err instanceof InflateLimitError) {
        findings.push({ rule: 'archive/decompression-limit', severity: 'error', message: `member ${JSON.stringify(e.name)} decompresses past maxDecompressedBytes (${limits.maxDecompressedBytes} bytes in total): a decompression bomb or an oversized member`, location: { member: where } });
        return { findings, members };
      }
      findings.push({ rule: 'zip/corrupt-member', severity: 'error', message: `member ${JSON.stringify(e.name)} cannot be decompressed: ${(err as Error).message}`, location: { member: where } });
      members.push({ name: e.name, format: 'skipped', size: e.uncompressedSize });
      continue;
    }
    total += size;
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize) {
      findings.push({ rule: 'zip/size-mismatch', severity: 'error', message: `stored member ${JSON.stringify(e.name)} declares ${e.uncompressedSize} bytes but holds ${e.compressedSize}`, location: { member: where } });
    } else if (size !== e.uncompressedSize) {
      findings.push({ rule: 'zip/size-mismatch', severity: 'error', message: `member ${JSON.stringify(e.name)} declares ${e.uncompressedSize} bytes but decompresses to ${size}`, location: { member: where } });
    }
    if (crc !== e.crc) {
      findings.push({ rule: 'zip/crc-mismatch', severity: 'error', message: `member ${JSON.stringify(e.name)}: CRC-32 is 0x${crc.toString(16).padStart(8, '0')}, the directory says 0x${e.crc.toString(16).padStart(8, '0')} (PyTorch loads it anyway; strict tools skip it)`, location: { member: where } });
    }
    if (e.method === 8 && size > 0 && size / Math.max(1, e.compressedSize) > limits.maxCompressionRatio) {
      findings.push({ rule: 'archive/compression-ratio', severity: 'error', message: `member ${JSON.stringify(e.name)} expands ${Math.round(size / Math.max(1, e.compressedSize))}x, above maxCompressionRatio (${limits.maxCompressionRatio})`, location: { member: where } });
      members.push({ name: e.name, format: 'skipped', size });
      continue;
    }
    const name = `${source.name}!/${e.name}`;
    const member: ByteSource = e.method === 0
      ? sliceSource(source, name, e.dataOffset, e.compressedSize)
      : inflatedSource(name, size, input, 'raw');
    if (opts.rawData?.(e.name, size)) {
      members.push({ name: e.name, format: 'raw-data', size });
      continue;
    }
    const own = opts.custom ? await opts.custom(e.name, member) : null;
    const r = own ? { format: own.format, findings: underMember(own.findings, where) } : await analyzeMember(ctx, member, where);
    findings.push(...r.findings);
    members.push({ name: e.name, format: r.format, size });
  }
  return { findings, members };
}
