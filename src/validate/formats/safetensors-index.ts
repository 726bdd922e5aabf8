import path from 'node:path';
import { error, note, quote, warning } from '../finding.js';
import { containedFile, unsafeRelativePath } from '../paths.js';
import { openFileSource } from '../sources.js';
import { decodeUtf8Strict, isPlainObject, parseStrictJson } from '../strict-json.js';
import type { Finding, FormatAnalyzer } from '../types.js';
import { readSafetensorsHeader } from './safetensors-header.js';

/**
 * `model.safetensors.index.json` (transformers' sharded checkpoints): `weight_map` names the shard of
 * every tensor. Loaders trust it blindly; here every shard is opened (header only) and the map must agree
 * with what the shards hold: each tensor in exactly one shard, no shard outside the folder.
 */
export const safetensorsIndexAnalyzer: FormatAnalyzer & { names: RegExp } = {
  format: 'safetensors-index',
  names: /\.safetensors\.index\.json$/i,
  sniff(head) {
    const text = head.toString('utf8').trimStart();
    return text.startsWith('{') && text.includes('"weight_map"');
  },
  async analyze(source, ctx) {
    const findings: Finding[] = [];
    if (source.size > ctx.limits.maxHeaderBytes) {
      return { findings: [error('limits/header-size', `the index is ${source.size} bytes, over maxHeaderBytes (${ctx.limits.maxHeaderBytes})`)] };
    }
    const text = decodeUtf8Strict(await source.read(0, source.size));
    if (text === undefined) return { findings: [error('safetensors-index/not-json', 'the index is not valid UTF-8')] };
    let parsed;
    try {
      parsed = parseStrictJson(text);
    } catch (err) {
      return { findings: [error('safetensors-index/not-json', `the index is not valid JSON: ${(err as Error).message}`)] };
    }
    for (const d of parsed.duplicates) findings.push(error('safetensors-index/duplicate-key', `key ${quote(d.key)} appears more than once${d.path ? ` in ${d.path}` : ''}`, { offset: d.offset, pointer: d.path || undefined }));
    const doc = parsed.value;
    if (!isPlainObject(doc) || !isPlainObject(doc.weight_map)) {
      findings.push(error('safetensors-index/no-weight-map', 'the index has no "weight_map" object'));
      return { findings };
    }
    const byShard = new Map<string, Set<string>>();
    for (const [tensor, shard] of Object.entries(doc.weight_map)) {
      if (typeof shard !== 'string') {
        findings.push(error('safetensors-index/invalid-entry', `weight_map.${tensor} is not a file name`, { pointer: `weight_map.${tensor}` }));
        continue;
      }
      const why = unsafeRelativePath(shard);
      if (why) {
        findings.push(error('safetensors-index/shard-path-escape', `shard ${quote(shard)} of tensor ${quote(tensor)} is refused: ${why}`, { pointer: `weight_map.${tensor}` }));
        continue;
      }
      if (!byShard.has(shard)) byShard.set(shard, new Set());
      byShard.get(shard)!.add(tensor);
    }
    const details: Record<string, unknown> = { tensors: Object.keys(doc.weight_map).length, shards: [...byShard.keys()] };
    if (!source.filePath) {
      findings.push(warning('safetensors-index/shards-not-checked', 'the index is inside an archive: its shards were not cross-checked'));
      return { findings, details };
    }
    const dir = path.dirname(source.filePath);
    const seenIn = new Map<string, string>();
    let total = 0n;
    for (const [shard, tensors] of byShard) {
      const { file, problem } = await containedFile(dir, shard);
      if (!file) {
        const rule = problem!.rule === 'missing' ? 'safetensors-index/missing-shard' : 'safetensors-index/shard-path-escape';
        findings.push(error(rule, `shard ${problem!.message}`));
        continue;
      }
      const opened = await openFileSource(file.absolute, shard);
      try {
        const header = await readSafetensorsHeader(opened.source, ctx.limits.maxHeaderBytes);
        if (header.findings.some((f) => f.severity === 'error')) {
          findings.push(error('safetensors-index/invalid-shard', `shard ${quote(shard)} is not a valid safetensors file (${header.findings.find((f) => f.severity === 'error')!.message})`));
          continue;
        }
        total += header.dataBytes;
        const held = new Set(header.tensors.map((t) => t.name));
        for (const name of held) {
          const other = seenIn.get(name);
          if (other) findings.push(error('safetensors-index/tensor-in-several-shards', `tensor ${quote(name)} is stored in both ${quote(other)} and ${quote(shard)}: which one loads depends on the loader`));
          seenIn.set(name, shard);
          if (!tensors.has(name)) findings.push(error('safetensors-index/tensor-unlisted', `shard ${quote(shard)} holds tensor ${quote(name)}, which the weight_map does not list`));
        }
        for (const name of tensors) {
          if (!held.has(name)) findings.push(error('safetensors-index/tensor-missing', `weight_map puts tensor ${quote(name)} in ${quote(shard)}, which does not hold it`));
        }
      } finally {
        await opened.close();
      }
    }
    const declared = isPlainObject(doc.metadata) ? doc.metadata.total_size : undefined;
    if ((typeof declared === 'number' || typeof declared === 'bigint') && BigInt(declared) !== total && findings.every((f) => f.severity !== 'error')) {
      findings.push(warning('safetensors-index/total-size', `metadata.total_size is ${declared} but the shards hold ${total} bytes of tensors`, { pointer: 'metadata.total_size' }));
    }
    if (byShard.size === 0) findings.push(note('safetensors-index/empty', 'the weight_map is empty'));
    return { findings, details };
  },
};
