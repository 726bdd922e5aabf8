/**
 * PyTorch checkpoints. The zip format (torch >= 1.6) shares the zip-family analyzer; the legacy format
 * (torch < 1.6, still what many `pytorch_model.bin` files are) is five pickles back to back — magic number,
 * protocol version, system info, the object, the storage keys — followed by raw storages. All five are
 * scanned with a fresh memo each (modelscan scans only the first), the magic must be a literal (a magic
 * produced by a call is the `pytorch_magic_bypass` trick), and the storages must account for every byte.
 */
import { runPickleScan, toResult } from '../pickle/analyze.js';
import { TORCH_LEGACY_MAGIC } from '../pickle/machine.js';
import { ListValue } from '../pickle/values.js';
import type { FormatAnalyzer, Finding } from '../types.js';
import { pytorchZipAnalyzerImpl, storageTable } from './zip.js';

export const pytorchZipAnalyzer = pytorchZipAnalyzerImpl;

/** PROTO 2, LONG1 of 10 bytes, then the magic number little-endian. */
const LEGACY_HEAD = Buffer.from([0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19]);

export const pytorchLegacyAnalyzer: FormatAnalyzer = {
  format: 'pytorch-legacy',
  sniff: (head) => head.length >= LEGACY_HEAD.length && head.subarray(0, LEGACY_HEAD.length).equals(LEGACY_HEAD),
  async analyze(source, ctx) {
    const r = await runPickleScan(source, ctx, 'pytorch', { maxPickles: 5, trailing: 'allow', collectStorage: true });
    const extra: Finding[] = [];
    const err = (rule: string, message: string, offset?: number): void => { extra.push({ rule, severity: 'error', message, ...(offset !== undefined ? { location: { offset } } : {}) }); };
    const [magic, version, , , keys] = r.pickles;
    if (magic && (magic.globals > 0 || magic.result !== TORCH_LEGACY_MAGIC)) {
      err(magic.globals > 0 ? 'pytorch/magic-bypass' : 'pytorch/bad-magic', magic.globals > 0
        ? 'the legacy magic-number pickle imports or calls globals: the magic is computed, not a literal (a known bypass)'
        : 'the first pickle is not PyTorch\'s legacy magic number', magic.offset);
    }
    if (!r.complete) return toResult(r, extra, { container: 'pytorch-legacy' });
    if (r.pickles.length < 5) {
      err('pytorch/legacy-truncated', `only ${r.pickles.length} of the 5 pickles of a legacy PyTorch file`, r.end);
      return toResult(r, extra, { container: 'pytorch-legacy' });
    }
    if (version.result !== 1001) err('pytorch/bad-legacy-header', `legacy protocol version is not 1001`, version.offset);
    const table = storageTable(r.persistentIds, extra);
    const keyList = keys.result instanceof ListValue ? keys.result.items : null;
    if (!keyList || keyList.some((k) => typeof k !== 'string')) {
      err('pytorch/bad-legacy-header', 'the fifth pickle is not the list of storage keys', keys.offset);
      return toResult(r, extra, { container: 'pytorch-legacy' });
    }
    // Raw storages: for each key, an int64 element count then the elements.
    let off = r.end;
    for (const key of keyList as string[]) {
      const ref = table.get(key);
      if (!ref || ref.itemsize === null) { err('pytorch/missing-storage', `storage key ${JSON.stringify(key)} has no (sizeable) persistent id in the object pickle`, off); break; }
      if (off + 8 > source.size) { err('pytorch/legacy-truncated', `storage ${JSON.stringify(key)} header runs past the end of the file`, off); break; }
      const n = Number((await source.read(off, 8)).readBigInt64LE(0));
      if (n !== ref.numel) { err('pytorch/storage-size', `storage ${JSON.stringify(key)} holds ${n} elements, the pickle declares ${ref.numel}`, off); break; }
      off += 8 + n * ref.itemsize;
      if (off > source.size) { err('pytorch/legacy-truncated', `storage ${JSON.stringify(key)} runs past the end of the file`, off); break; }
    }
    if (!extra.length && off !== source.size) err('pytorch/trailing-data', `${source.size - off} byte(s) after the last storage cannot be verified`, off);
    return toResult(r, extra, { container: 'pytorch-legacy', storages: keyList.length });
  },
};
