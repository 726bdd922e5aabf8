import type { FormatAnalyzer } from '../types.js';
import { readSafetensorsHeader } from './safetensors-header.js';

/** u64 length with zero high bytes, then (whitespace and) `{` and a key or `}`: no other format starts so. */
export function sniffSafetensors(head: Buffer): boolean {
  if (head.length < 10) return false;
  if (head[5] !== 0 || head[6] !== 0 || head[7] !== 0) return false;
  if (head.readUInt32LE(0) === 0 && head[4] === 0) return false;
  let i = 8;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  if (head[i] !== 0x7b) return false;
  i++;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  return i >= head.length || head[i] === 0x22 || head[i] === 0x7d;
}

export const safetensorsAnalyzer: FormatAnalyzer = {
  format: 'safetensors',
  sniff: (head) => sniffSafetensors(head),
  async analyze(source, ctx) {
    const header = await readSafetensorsHeader(source, ctx.limits.maxHeaderBytes);
    const dtypes: Record<string, number> = {};
    for (const t of header.tensors) dtypes[t.dtype] = (dtypes[t.dtype] ?? 0) + 1;
    return {
      findings: header.findings,
      details: {
        headerBytes: header.headerLength,
        tensors: header.tensors.length,
        dtypes,
        dataBytes: Number(header.dataBytes),
        metadata: header.metadata,
      },
    };
  },
};
