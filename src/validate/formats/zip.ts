/**
 * The zip family: plain zip, PyTorch zip (`torch.save` since 1.6), TorchScript (`torch.jit.save`) and
 * NumPy `.npz`. They share one reader, and the sub-type comes from the member names after the central
 * directory is read, so whichever of the zip analyzers detection picked, the same checks run.
 */
import { readZipDirectory, type ZipEntry } from '../archive/zip-reader.js';
import { analyzeZipMembers } from '../archive/zip-members.js';
import { runPickleScan, pickleDetails } from '../pickle/analyze.js';
import { GlobalValue, PersistentIdValue, TupleValue } from '../pickle/values.js';
import type { AnalyzeContext, AnalyzerResult, ByteSource, Finding, FormatAnalyzer, FormatId } from '../types.js';

export type ZipKind = 'zip' | 'pytorch-zip' | 'torchscript' | 'numpy-npz';

/** Bytes per element of each PyTorch storage class (pid numel × this = the storage file's size). */
const STORAGE_ITEMSIZE: Record<string, number> = {
  FloatStorage: 4, DoubleStorage: 8, HalfStorage: 2, BFloat16Storage: 2, LongStorage: 8, IntStorage: 4,
  ShortStorage: 2, CharStorage: 1, ByteStorage: 1, BoolStorage: 1, ComplexFloatStorage: 8,
  ComplexDoubleStorage: 16, QInt8Storage: 1, QUInt8Storage: 1, QInt32Storage: 4, QUInt4x2Storage: 1,
  QUInt2x4Storage: 1, UntypedStorage: 1, Float8_e4m3fnStorage: 1, Float8_e5m2Storage: 1,
  UInt16Storage: 2, UInt32Storage: 4, UInt64Storage: 8,
};

export interface StorageRef {
  key: string;
  numel: number;
  itemsize: number | null;
}

/** Reads `('storage', <StorageClass>, key, location, numel[, view])` persistent ids; others are findings. */
export function storageTable(pids: PersistentIdValue[], findings: Finding[], member?: string): Map<string, StorageRef> {
  const table = new Map<string, StorageRef>();
  for (const p of pids) {
    const t = p.pid;
    const items = t instanceof TupleValue ? t.items : null;
    const ok = items && items.length >= 5 && items[0] === 'storage' && items[1] instanceof GlobalValue && typeof items[2] === 'string' && typeof items[3] === 'string' && typeof items[4] === 'number';
    if (!ok || !items) {
      findings.push({ rule: 'pytorch/bad-persistent-id', severity: 'error', message: 'a persistent id is not the (\'storage\', class, key, location, numel) tuple torch.save writes', location: { offset: p.offset, ...(member ? { member } : {}) } });
      continue;
    }
    const cls = items[1] as GlobalValue;
    table.set(items[2] as string, { key: items[2] as string, numel: items[4] as number, itemsize: STORAGE_ITEMSIZE[cls.name.split('.').pop() as string] ?? null });
  }
  return table;
}

/** The folder holding `data.pkl` when every member lives under it (torch writes `<name>/...`). */
function torchPrefix(names: string[]): string | null {
  const pkl = names.find((n) => /^([^/]+\/)?data\.pkl$/.test(n));
  if (pkl === undefined) return null;
  const prefix = pkl.slice(0, -'data.pkl'.length);
  return names.every((n) => n.startsWith(prefix)) ? prefix : null;
}

export function zipKind(names: string[]): ZipKind {
  const prefix = torchPrefix(names);
  if (prefix !== null) {
    return names.some((n) => n.startsWith(`${prefix}code/`) || n === `${prefix}constants.pkl`) ? 'torchscript' : 'pytorch-zip';
  }
  const files = names.filter((n) => !n.endsWith('/'));
  if (files.length && files.every((n) => n.endsWith('.npy'))) return 'numpy-npz';
  return 'zip';
}

export async function analyzeZipFamily(source: ByteSource, ctx: AnalyzeContext): Promise<AnalyzerResult & { kind: ZipKind }> {
  const dir = await readZipDirectory(source, { maxMembers: ctx.limits.maxArchiveMembers });
  const findings: Finding[] = [...dir.findings];
  if (!dir.ok) return { kind: 'zip', findings };
  const names = dir.entries.map((e) => e.name);
  const kind = zipKind(names);
  const prefix = torchPrefix(names) ?? '';
  const isTorch = kind === 'pytorch-zip' || kind === 'torchscript';
  const details: Record<string, unknown> = { container: kind, members: dir.entries.length };

  // PyTorch reads `data.pkl` first and then the storages it names; do the same so storages can be sized.
  let storages = new Map<string, StorageRef>();
  const pickleDetailsByMember: Record<string, unknown> = {};
  const ordered: ZipEntry[] = isTorch
    ? [...dir.entries].sort((a, b) => Number(b.name.endsWith('.pkl')) - Number(a.name.endsWith('.pkl')))
    : dir.entries;

  if (kind === 'torchscript') {
    const code = names.filter((n) => n.startsWith(`${prefix}code/`) && !n.endsWith('/'));
    findings.push({ rule: 'torchscript/code', severity: 'warning', message: `TorchScript archive with ${code.length} code file(s): torch.jit.load compiles and runs them (a restricted language that can still call registered custom ops); review them or export to ONNX/safetensors` });
  }

  const storageName = (key: string): string => `${prefix}data/${key}`;
  const referenced = new Set<string>();
  const result = await analyzeZipMembers(source, ordered, ctx, {
    rawData: (name, size) => {
      if (!isTorch || !name.startsWith(`${prefix}data/`)) return false;
      const ref = storages.get(name.slice(`${prefix}data/`.length));
      if (!ref) return false;
      referenced.add(ref.key);
      if (ref.itemsize !== null && ref.numel * ref.itemsize !== size) {
        findings.push({ rule: 'pytorch/storage-size', severity: 'error', message: `storage ${JSON.stringify(name)} holds ${size} bytes, data.pkl declares ${ref.numel} elements of ${ref.itemsize} byte(s)`, location: { member: name } });
        return false; // sized wrong: sniff it like any unexplained member
      }
      return true;
    },
    custom: isTorch
      ? async (name, member) => {
        // TorchScript's `code/*.debug_pkl` (source ranges) is read by the same C++ unpickler as its `.pkl`s.
        if (!name.endsWith('.pkl') && !(kind === 'torchscript' && name.endsWith('.debug_pkl'))) return null;
        const r = await runPickleScan(member, ctx, kind === 'torchscript' ? 'torchscript' : 'pytorch', { member: name, collectStorage: name === `${prefix}data.pkl` });
        if (name === `${prefix}data.pkl`) storages = storageTable(r.persistentIds, r.findings, name);
        pickleDetailsByMember[name] = pickleDetails(r);
        return { format: 'pickle', findings: r.findings };
      }
      : undefined,
  });
  findings.push(...result.findings);
  if (isTorch) {
    const present = new Set(names);
    for (const ref of storages.values()) {
      if (!present.has(storageName(ref.key))) {
        findings.push({ rule: 'pytorch/missing-storage', severity: 'error', message: `data.pkl references storage ${JSON.stringify(ref.key)} but ${JSON.stringify(storageName(ref.key))} is not in the archive (truncated or tampered)` });
      }
    }
    details.pickles = pickleDetailsByMember;
    details.storages = storages.size;
  }
  if (kind === 'numpy-npz') {
    for (const m of result.members) {
      if (m.format !== 'numpy' && m.format !== 'directory') {
        findings.push({ rule: 'numpy/npz-member', severity: 'error', message: `npz member ${JSON.stringify(m.name)} is ${m.format}, not a .npy array`, location: { member: m.name } });
      }
    }
  }
  details.memberFormats = result.members.slice(0, 500);
  return { kind, findings, details };
}

function zipAnalyzer(format: FormatId, sniffName: (first: string) => boolean): FormatAnalyzer {
  return {
    format,
    sniff(head) {
      if (head.length < 4 || head.readUInt32LE(0) !== 0x04034b50) return format === 'zip' && head.length >= 4 && head.readUInt32LE(0) === 0x06054b50;
      if (head.length < 30) return format === 'zip';
      const first = head.toString('utf8', 30, Math.min(head.length, 30 + head.readUInt16LE(26)));
      return sniffName(first);
    },
    async analyze(source, ctx) {
      const r = await analyzeZipFamily(source, ctx);
      return { findings: r.findings, details: r.details };
    },
  };
}

/** torch.save writes `<name>/data.pkl` first. */
export const pytorchZipAnalyzerImpl = zipAnalyzer('pytorch-zip', (n) => /^([^/]+\/)?data\.pkl$/.test(n));
/**
 * torch.jit.save: `<name>/` members with `code/`, `constants.pkl`, `extra/`, or (torch 1.x writes the
 * tensors first) `data/<n>`; `data.pkl` first is torch.save. Either way the sub-type is decided later.
 */
export const torchscriptAnalyzerImpl = zipAnalyzer('torchscript', (n) => /^([^/]+\/)?(code\/|constants\.pkl$|extra\/|data\/\d+$)/.test(n));
export const npzAnalyzer = zipAnalyzer('numpy-npz', (n) => n.endsWith('.npy'));
const zipAnalyzer_ = zipAnalyzer('zip', () => true);
export { zipAnalyzer_ as zipAnalyzer };
