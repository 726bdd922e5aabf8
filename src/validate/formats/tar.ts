/** tar archives (incl. the legacy PyTorch v0.1.1 tar format): every regular member is analysed by content. */
import { analyzeMember } from '../archive/nested.js';
import { sliceSource } from '../archive/slice-source.js';
import { readTar, tarChecksumOk } from '../archive/tar-reader.js';
import type { FormatAnalyzer } from '../types.js';

export const tarAnalyzer: FormatAnalyzer = {
  format: 'tar',
  sniff: (h) => h.length >= 512 && (h.toString('latin1', 257, 262) === 'ustar' || tarChecksumOk(h)),
  async analyze(source, ctx) {
    const listing = await readTar(source, { maxMembers: ctx.limits.maxArchiveMembers });
    const findings = [...listing.findings];
    const members: Array<{ name: string; format: string; size: number }> = [];
    let total = 0;
    for (const m of listing.members) {
      if (m.type !== '0' && m.type !== '7') continue;
      total += m.size;
      if (total > ctx.limits.maxDecompressedBytes) {
        findings.push({ rule: 'archive/decompression-limit', severity: 'error', message: `members total more than maxDecompressedBytes (${ctx.limits.maxDecompressedBytes})`, location: { member: m.name } });
        break;
      }
      const r = await analyzeMember(ctx, sliceSource(source, `${source.name}!/${m.name}`, m.dataOffset, m.size), m.name);
      findings.push(...r.findings);
      members.push({ name: m.name, format: r.format, size: m.size });
    }
    const legacyTorch = ['sys_info', 'pickle', 'storages', 'tensors'].every((n) => listing.members.some((m) => m.name === n));
    return { findings, details: { members, ...(legacyTorch ? { container: 'pytorch-legacy-tar' } : {}) } };
  },
};
