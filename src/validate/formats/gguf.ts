import { error, FindingList, quote, warning } from '../finding.js';
import { SourceCursor, TruncatedError } from '../sources.js';
import type { ByteSource, FormatAnalyzer } from '../types.js';
import { lintChatTemplate } from './chat-template.js';

/** ggml_type -> [block size, bytes per block]; absent = removed or unknown (ggml rejects both). */
export const GGML_TYPES: Record<number, [number, number, string]> = {
  0: [1, 4, 'F32'], 1: [1, 2, 'F16'], 2: [32, 18, 'Q4_0'], 3: [32, 20, 'Q4_1'], 6: [32, 22, 'Q5_0'], 7: [32, 24, 'Q5_1'],
  8: [32, 34, 'Q8_0'], 9: [32, 36, 'Q8_1'], 10: [256, 84, 'Q2_K'], 11: [256, 110, 'Q3_K'], 12: [256, 144, 'Q4_K'],
  13: [256, 176, 'Q5_K'], 14: [256, 210, 'Q6_K'], 15: [256, 292, 'Q8_K'], 16: [256, 66, 'IQ2_XXS'], 17: [256, 74, 'IQ2_XS'],
  18: [256, 98, 'IQ3_XXS'], 19: [256, 50, 'IQ1_S'], 20: [32, 18, 'IQ4_NL'], 21: [256, 110, 'IQ3_S'], 22: [256, 82, 'IQ2_S'],
  23: [256, 136, 'IQ4_XS'], 24: [1, 1, 'I8'], 25: [1, 2, 'I16'], 26: [1, 4, 'I32'], 27: [1, 8, 'I64'], 28: [1, 8, 'F64'],
  29: [256, 56, 'IQ1_M'], 30: [1, 2, 'BF16'], 34: [256, 54, 'TQ1_0'], 35: [256, 66, 'TQ2_0'], 39: [32, 17, 'MXFP4'],
};
const UNQUANTIZED = new Set([0, 1, 24, 25, 26, 27, 28, 30]);

/** Metadata value types: fixed sizes (0 = variable). */
const KV_SIZES: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 8: 0, 9: 0, 10: 8, 11: 8, 12: 8 };
const KV_NAMES = ['UINT8', 'INT8', 'UINT16', 'INT16', 'UINT32', 'INT32', 'FLOAT32', 'BOOL', 'STRING', 'ARRAY', 'UINT64', 'INT64', 'FLOAT64'];

/** ggml's GGUF_MAX_STRING_LENGTH (reduced from 1 GiB upstream). */
const MAX_STRING = 64 * 1024 * 1024;
const MAX_NAME = 64;
const MAX_DIMS = 4;
const INT64_MAX = (1n << 63n) - 1n;
const KEY_SYNTAX = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;

class GgufStop extends Error {}

/**
 * Reads a GGUF v2/v3 header (metadata and tensor infos) with ggml's rules and the spec's, then checks
 * that the tensor data section is laid out exactly as ggml expects and lies inside the file. The weights
 * themselves are never read.
 */
export const ggufAnalyzer: FormatAnalyzer = {
  format: 'gguf',
  sniff: (head) => head.length >= 4 && head.toString('latin1', 0, 4) === 'GGUF',
  async analyze(source, ctx) {
    const findings = new FindingList();
    const details: Record<string, unknown> = {};
    const cur = new SourceCursor(source);
    try {
      await parse(source, cur, findings, details, ctx.limits.maxHeaderBytes);
    } catch (err) {
      if (err instanceof TruncatedError) findings.push(error('gguf/truncated', `the header is truncated: ${err.message}`, { offset: err.offset }));
      else if (!(err instanceof GgufStop)) throw err;
    }
    return { findings: findings.items, details };
  },
};

async function parse(source: ByteSource, cur: SourceCursor, findings: FindingList, details: Record<string, unknown>, maxHeaderBytes: number): Promise<void> {
  const stop = (rule: string, message: string, offset: number): never => {
    findings.push(error(rule, message, { offset }));
    throw new GgufStop();
  };
  if (source.size < 24) stop('gguf/truncated', `the file is ${source.size} bytes, shorter than a GGUF header`, 0);
  await cur.take(4);
  const version = await cur.u32();
  details.version = version;
  if (version === 0) stop('gguf/bad-version', 'version 0 is invalid', 4);
  if ((version & 0xffff) === 0) stop('gguf/big-endian', `version ${version} reads as a big-endian file; only little-endian GGUF is supported`, 4);
  if (version === 1) stop('gguf/bad-version', 'GGUF version 1 (32-bit counts) is no longer supported by ggml', 4);
  if (version > 3) stop('gguf/bad-version', `GGUF version ${version} is newer than this validator knows (2 and 3)`, 4);
  const tensorCount = await cur.u64();
  const kvCount = await cur.u64();
  details.tensorCount = Number(tensorCount);
  details.metadataCount = Number(kvCount);
  // Smallest possible entries: a KV is 8+1+4+1 bytes, a tensor info 8+1+4+8+4+8: counts beyond that are lies.
  if (kvCount * 14n > BigInt(cur.remaining)) stop('gguf/count-beyond-file', `metadata count ${kvCount} cannot fit in the ${cur.remaining} bytes left`, 16);
  if (tensorCount * 33n > BigInt(cur.remaining)) stop('gguf/count-beyond-file', `tensor count ${tensorCount} cannot fit in the ${cur.remaining} bytes left`, 8);

  const readString = async (what: string, max: number): Promise<{ text: string; at: number }> => {
    const at = cur.pos;
    const len = await cur.u64();
    if (len > BigInt(max)) stop('gguf/string-too-long', `${what} is ${len} bytes long, over the ${max}-byte limit`, at);
    if (len > BigInt(cur.remaining)) stop('gguf/truncated', `${what} declares ${len} bytes but only ${cur.remaining} remain`, at);
    const bytes = await cur.take(Number(len));
    const text = bytes.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(bytes)) findings.push(error('gguf/invalid-utf8', `${what} is not valid UTF-8`, { offset: at }));
    if (text.includes('\0')) findings.push(warning('gguf/nul-in-string', `${what} contains a NUL byte`, { offset: at }));
    return { text, at };
  };

  const keys = new Set<string>();
  let alignment = 32;
  const strings = new Map<string, { text: string; at: number }>();
  for (let i = 0n; i < kvCount; i++) {
    if (cur.pos > maxHeaderBytes) stop('limits/header-size', `the GGUF metadata runs past maxHeaderBytes (${maxHeaderBytes})`, cur.pos);
    const { text: key, at } = await readString(`metadata key #${i}`, 65535);
    if (key === '') findings.push(error('gguf/empty-key', 'a metadata key is empty', { offset: at }));
    else if (!KEY_SYNTAX.test(key)) findings.push(warning('gguf/key-syntax', `metadata key ${quote(key)} is not lower_snake_case segments joined by "."`, { offset: at }));
    if (keys.has(key)) findings.push(error('gguf/duplicate-key', `metadata key ${quote(key)} appears twice (ggml refuses the file)`, { offset: at }));
    keys.add(key);
    const typeAt = cur.pos;
    const type = await cur.u32();
    if (!(type in KV_SIZES)) stop('gguf/bad-value-type', `metadata ${quote(key)} has value type ${type}, not one of 0..12`, typeAt);
    if (type === 9) {
      const elemType = await cur.u32();
      const count = await cur.u64();
      if (!(elemType in KV_SIZES)) stop('gguf/bad-value-type', `array ${quote(key)} has element type ${elemType}, not one of 0..12`, typeAt);
      if (elemType === 9) stop('gguf/nested-array', `array ${quote(key)} holds arrays; ggml rejects nested arrays (the spec allows them: readers disagree)`, typeAt);
      const size = KV_SIZES[elemType];
      if (size > 0) {
        if (count * BigInt(size) > BigInt(cur.remaining)) stop('gguf/array-beyond-file', `array ${quote(key)} of ${count} ${KV_NAMES[elemType]} does not fit in the ${cur.remaining} bytes left`, typeAt);
        if (elemType === 7) {
          const bytes = await cur.take(Number(count));
          if (bytes.some((b) => b > 1)) findings.push(warning('gguf/bool-value', `array ${quote(key)} holds booleans other than 0 and 1`, { offset: typeAt }));
        } else {
          cur.skip(Number(count) * size);
        }
      } else {
        if (count * 8n > BigInt(cur.remaining)) stop('gguf/array-beyond-file', `array ${quote(key)} of ${count} strings does not fit in the ${cur.remaining} bytes left`, typeAt);
        for (let j = 0n; j < count; j++) {
          const len = await cur.u64();
          if (len > BigInt(MAX_STRING) || len > BigInt(cur.remaining)) stop('gguf/truncated', `string ${j} of array ${quote(key)} declares ${len} bytes, beyond the file or the limit`, cur.pos - 8);
          cur.skip(Number(len));
        }
      }
      continue;
    }
    if (type === 8) {
      const s = await readString(`value of ${quote(key)}`, MAX_STRING);
      strings.set(key, s);
      continue;
    }
    const bytes = await cur.take(KV_SIZES[type]);
    if (type === 7 && bytes[0] > 1) findings.push(warning('gguf/bool-value', `${quote(key)} is a BOOL of value ${bytes[0]}; only 0 and 1 are valid`, { offset: typeAt }));
    if (key === 'general.alignment') {
      if (type !== 4) {
        findings.push(error('gguf/alignment-type', `general.alignment has type ${KV_NAMES[type]}; ggml asserts UINT32 and aborts`, { offset: typeAt }));
      } else {
        alignment = bytes.readUInt32LE(0);
        if (alignment === 0 || (alignment & (alignment - 1)) !== 0 || alignment > 1 << 20) {
          stop('gguf/bad-alignment', `general.alignment is ${alignment}; it must be a power of two up to 1 MiB`, typeAt);
        }
        if (alignment % 8 !== 0) findings.push(warning('gguf/alignment-spec', `general.alignment ${alignment} is not a multiple of 8 as the spec requires`, { offset: typeAt }));
      }
    }
  }
  details.alignment = alignment;
  const arch = strings.get('general.architecture');
  if (!arch) findings.push(warning('gguf/no-architecture', 'general.architecture is missing (the spec requires it)'));
  else {
    details.architecture = arch.text;
    if (!/^[a-z0-9]+$/.test(arch.text)) findings.push(warning('gguf/architecture-syntax', `general.architecture ${quote(arch.text)} is not lowercase alphanumerics`, { offset: arch.at }));
  }
  for (const [key, value] of strings) {
    if (key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.')) {
      for (const f of lintChatTemplate(value.text, key, value.at)) findings.push(f);
    }
  }

  // Tensor infos.
  const names = new Set<string>();
  let expected = 0n;
  let quantized = false;
  let lastEnd = 0n;
  const infos: Array<{ name: string; offset: bigint; size: bigint; at: number }> = [];
  for (let i = 0n; i < tensorCount; i++) {
    if (cur.pos > maxHeaderBytes) stop('limits/header-size', `the GGUF tensor infos run past maxHeaderBytes (${maxHeaderBytes})`, cur.pos);
    const { text: name, at } = await readString(`tensor name #${i}`, 65535);
    if (Buffer.byteLength(name) >= MAX_NAME) findings.push(error('gguf/tensor-name-too-long', `tensor name ${quote(name)} is ${Buffer.byteLength(name)} bytes; ggml allows ${MAX_NAME - 1}`, { offset: at }));
    if (names.has(name)) findings.push(error('gguf/duplicate-tensor', `tensor ${quote(name)} appears twice`, { offset: at }));
    names.add(name);
    const nDims = await cur.u32();
    if (nDims > MAX_DIMS) stop('gguf/too-many-dims', `tensor ${quote(name)} has ${nDims} dimensions; ggml supports ${MAX_DIMS}`, at);
    const dims: bigint[] = [];
    for (let d = 0; d < nDims; d++) dims.push(await cur.u64());
    const typeAt = cur.pos;
    const type = await cur.u32();
    const offset = await cur.u64();
    let elements = 1n;
    let bad = false;
    for (const d of dims) {
      if (d === 0n) {
        findings.push(error('gguf/zero-dimension', `tensor ${quote(name)} has a zero dimension (crashed ggml with SIGFPE)`, { offset: at }));
        bad = true;
      }
      if (d > INT64_MAX) bad = true;
      elements *= d;
    }
    if (elements > INT64_MAX || dims.some((d) => d > INT64_MAX)) {
      findings.push(error('gguf/size-overflow', `tensor ${quote(name)} has dimensions [${dims.join(', ')}] whose element count overflows int64`, { offset: at }));
      bad = true;
    }
    const t = GGML_TYPES[type];
    if (!t) {
      findings.push(error('gguf/bad-tensor-type', `tensor ${quote(name)} has ggml type ${type}, which is unknown or removed`, { offset: typeAt }));
      bad = true;
    }
    if (t && !UNQUANTIZED.has(type)) quantized = true;
    if (t && !bad && dims.length > 0 && dims[0] % BigInt(t[0]) !== 0n) {
      findings.push(error('gguf/block-misaligned', `tensor ${quote(name)}: first dimension ${dims[0]} is not a multiple of the ${t[2]} block size ${t[0]}`, { offset: at }));
      bad = true;
    }
    if (offset % BigInt(alignment) !== 0n) findings.push(error('gguf/unaligned-offset', `tensor ${quote(name)} starts at data offset ${offset}, not a multiple of the alignment ${alignment}`, { offset: typeAt + 4 }));
    if (bad || !t) continue;
    const size = (elements / BigInt(t[0])) * BigInt(t[1]);
    if (offset !== expected) {
      const kind = offset < expected ? 'overlaps the previous tensor' : 'leaves a gap after the previous tensor';
      findings.push(error(offset < expected ? 'gguf/overlapping-tensors' : 'gguf/gap-between-tensors', `tensor ${quote(name)} starts at data offset ${offset}, expected ${expected}: it ${kind} (ggml requires tensors in order, back to back)`, { offset: typeAt + 4 }));
    }
    infos.push({ name, offset, size, at });
    expected = alignUp(offset + size, BigInt(alignment));
    if (offset + size > lastEnd) lastEnd = offset + size;
  }
  if (quantized && !keys.has('general.quantization_version')) findings.push(warning('gguf/no-quantization-version', 'quantized tensors but no general.quantization_version'));
  const dataStart = alignUp(BigInt(cur.pos), BigInt(alignment));
  details.dataOffset = Number(dataStart);
  details.tensors = infos.length;
  const fileSize = BigInt(source.size);
  for (const info of infos) {
    if (dataStart + info.offset + info.size > fileSize) {
      findings.push(error('gguf/tensor-past-eof', `tensor ${quote(info.name)} ends at byte ${dataStart + info.offset + info.size}, past the end of the file (${fileSize} bytes): truncated download?`, { offset: info.at }));
    }
  }
  // Writers pad the last tensor to the alignment; anything beyond is data no reader looks at.
  if (tensorCount > 0n && dataStart + expected < fileSize) {
    findings.push(warning('gguf/trailing-bytes', `${fileSize - dataStart - expected} bytes follow the last tensor and its padding: data no loader reads (a place to hide a second file)`, { offset: Number(dataStart + lastEnd) }));
  }
}

function alignUp(v: bigint, a: bigint): bigint {
  return ((v + a - 1n) / a) * a;
}
