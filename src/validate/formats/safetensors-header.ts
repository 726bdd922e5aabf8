import { error, note, quote, warning } from '../finding.js';
import { decodeUtf8Strict, isIntegerLiteral, isPlainObject, JsonSyntaxError, parseStrictJson, type JsonValue, type StrictJsonResult } from '../strict-json.js';
import type { ByteSource, Finding } from '../types.js';

/** The safetensors loader's hard cap on N (safetensors/src/tensor.rs MAX_HEADER_SIZE). */
export const SAFETENSORS_MAX_HEADER = 100_000_000;

/** Bits per element of every dtype the Rust loader accepts. */
export const SAFETENSORS_DTYPE_BITS: Record<string, number> = {
  BOOL: 8, F4: 4, F6_E2M3: 6, F6_E3M2: 6, U8: 8, I8: 8, F8_E5M2: 8, F8_E4M3: 8, F8_E8M0: 8, F8_E4M3FNUZ: 8, F8_E5M2FNUZ: 8,
  I16: 16, U16: 16, F16: 16, BF16: 16, I32: 32, U32: 32, F32: 32, C64: 64, F64: 64, I64: 64, U64: 64,
};

export interface SafetensorsTensor {
  name: string;
  dtype: string;
  shape: bigint[];
  begin: bigint;
  end: bigint;
}

export interface SafetensorsHeader {
  headerLength: number;
  tensors: SafetensorsTensor[];
  metadata: Record<string, string>;
  findings: Finding[];
  /** Byte total of the tensors' data, when the header was readable. */
  dataBytes: bigint;
}

const U64_MAX = (1n << 64n) - 1n;

/**
 * Reads and checks a safetensors header without touching the tensor data: every rule of the Rust loader
 * (read_metadata + Metadata::validate), plus what it misses: duplicate keys, leading whitespace, absurd
 * header-to-file proportion. Reads 8 + N bytes, whatever the file's size.
 */
export async function readSafetensorsHeader(source: ByteSource, maxHeaderBytes = SAFETENSORS_MAX_HEADER): Promise<SafetensorsHeader> {
  const findings: Finding[] = [];
  const out: SafetensorsHeader = { headerLength: 0, tensors: [], metadata: {}, findings, dataBytes: 0n };
  if (source.size < 8) {
    findings.push(error('safetensors/header-too-small', `the file is ${source.size} bytes; a safetensors file starts with an 8-byte header length`, { offset: 0 }));
    return out;
  }
  const n = (await source.read(0, 8)).readBigUInt64LE(0);
  const cap = BigInt(Math.min(maxHeaderBytes, SAFETENSORS_MAX_HEADER));
  if (n > cap) {
    findings.push(error('safetensors/header-too-large', `the header length is ${n} bytes, over the ${cap}-byte limit`, { offset: 0 }));
    return out;
  }
  if (8n + n > BigInt(source.size)) {
    findings.push(error('safetensors/invalid-header-length', `the header claims ${n} bytes but the file has only ${source.size - 8} after the length: truncated or not safetensors`, { offset: 0 }));
    return out;
  }
  const length = Number(n);
  out.headerLength = length;
  const bytes = await source.read(8, length);
  if (bytes.length < length) {
    findings.push(error('safetensors/truncated', `the header is truncated at byte ${8 + bytes.length}`, { offset: 8 + bytes.length }));
    return out;
  }
  const text = decodeUtf8Strict(bytes);
  if (text === undefined) {
    findings.push(error('safetensors/header-not-utf8', 'the header is not valid UTF-8', { offset: 8 }));
    return out;
  }
  let parsed;
  try {
    parsed = parseStrictJson(text);
  } catch (err) {
    const at = err instanceof JsonSyntaxError ? 8 + err.offset : 8;
    findings.push(error('safetensors/header-not-json', `the header is not valid JSON: ${(err as Error).message}`, { offset: at }));
    return out;
  }
  if (parsed.leadingWhitespace > 0) {
    findings.push(warning('safetensors/leading-whitespace', 'the header starts with whitespace; the format says it must begin with "{" (the Rust loader accepts it, other readers may not)', { offset: 8 }));
  }
  for (const d of parsed.duplicates) {
    findings.push(error('safetensors/duplicate-key', `key ${quote(d.key)} appears more than once in the header: readers disagree on which one wins`, { offset: 8 + d.offset, pointer: d.path || undefined }));
  }
  if (!isPlainObject(parsed.value)) {
    findings.push(error('safetensors/header-not-object', 'the header must be a JSON object of tensors', { offset: 8 }));
    return out;
  }
  const header = parsed.value;
  for (const [name, info] of Object.entries(header)) {
    if (name === '__metadata__') {
      readMetadata(info, out);
      continue;
    }
    const t = readTensorInfo(name, info, findings, parsed);
    if (t) out.tensors.push(t);
  }
  checkLayout(out, source.size, length);
  return out;
}

function readMetadata(info: JsonValue, out: SafetensorsHeader): void {
  if (!isPlainObject(info)) {
    out.findings.push(error('safetensors/metadata-not-strings', '__metadata__ must be an object of string values', { pointer: '__metadata__' }));
    return;
  }
  for (const [k, v] of Object.entries(info)) {
    if (typeof v !== 'string') {
      out.findings.push(error('safetensors/metadata-not-strings', `__metadata__.${k} is not a string: the loader rejects any other JSON value`, { pointer: `__metadata__.${k}` }));
    } else {
      out.metadata[k] = v;
    }
  }
}

function readTensorInfo(name: string, info: JsonValue, findings: Finding[], parsed: StrictJsonResult): SafetensorsTensor | undefined {
  const pointer = name;
  if (!isPlainObject(info)) {
    findings.push(error('safetensors/invalid-tensor-info', `tensor ${quote(name)} is not an object with dtype, shape and data_offsets`, { pointer }));
    return undefined;
  }
  const { dtype, shape, data_offsets: offsets } = info;
  let ok = true;
  if (typeof dtype !== 'string' || !(dtype in SAFETENSORS_DTYPE_BITS)) {
    findings.push(error('safetensors/unknown-dtype', `tensor ${quote(name)} has dtype ${quote(String(dtype))}, which the loader does not know`, { pointer: `${pointer}.dtype` }));
    ok = false;
  }
  const dims: bigint[] = [];
  // serde reads these as usize: `2.0`, `2e0`, negatives and values past 2^64 are refused by the loader.
  const u64List = (list: JsonValue[]): boolean => list.every((v, i) => isU64(v) && isIntegerLiteral(parsed, list, i));
  if (!Array.isArray(shape) || !u64List(shape)) {
    findings.push(error('safetensors/invalid-shape', `tensor ${quote(name)} has a shape that is not a list of non-negative integer literals`, { pointer: `${pointer}.shape` }));
    ok = false;
  } else {
    for (const d of shape) dims.push(BigInt(d as number | bigint));
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 || !u64List(offsets)) {
    findings.push(error('safetensors/invalid-offsets', `tensor ${quote(name)} has data_offsets that are not two non-negative integer literals`, { pointer: `${pointer}.data_offsets` }));
    ok = false;
  }
  if (!ok) return undefined;
  return { name, dtype: dtype as string, shape: dims, begin: BigInt((offsets as Array<number | bigint>)[0]), end: BigInt((offsets as Array<number | bigint>)[1]) };
}

function isU64(v: JsonValue): boolean {
  return (typeof v === 'number' && Number.isInteger(v) && v >= 0) || (typeof v === 'bigint' && v >= 0n && v <= U64_MAX);
}

/** Metadata::validate: sorted by offsets, contiguous from 0, sizes match dtype x shape, buffer fully used. */
function checkLayout(out: SafetensorsHeader, fileSize: number, headerLength: number): void {
  const { findings } = out;
  const sorted = [...out.tensors].sort((a, b) => (a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  let expected = 0n;
  const dataSize = BigInt(fileSize - 8 - headerLength);
  for (const t of sorted) {
    const where = { pointer: `${t.name}.data_offsets`, offset: Number(8n + BigInt(headerLength) + (t.begin < dataSize ? t.begin : 0n)) };
    if (t.end < t.begin) {
      findings.push(error('safetensors/invalid-offsets', `tensor ${quote(t.name)} ends (${t.end}) before it begins (${t.begin})`, where));
    } else if (t.begin < expected) {
      findings.push(error('safetensors/overlapping-tensors', `tensor ${quote(t.name)} begins at ${t.begin}, inside the previous tensor (which ends at ${expected})`, where));
    } else if (t.begin > expected) {
      findings.push(error('safetensors/gap-between-tensors', `tensor ${quote(t.name)} begins at ${t.begin} but the previous data ends at ${expected}: hidden bytes between tensors`, where));
    }
    if (t.end > dataSize) {
      findings.push(error('safetensors/offset-out-of-range', `tensor ${quote(t.name)} ends at data byte ${t.end}, past the end of the file (${dataSize} data bytes)`, where));
    }
    if (t.dtype in SAFETENSORS_DTYPE_BITS) {
      let elements = 1n;
      for (const d of t.shape) elements *= d;
      const bits = elements * BigInt(SAFETENSORS_DTYPE_BITS[t.dtype]);
      if (elements > U64_MAX || bits > U64_MAX) {
        findings.push(error('safetensors/size-overflow', `tensor ${quote(t.name)} has shape [${t.shape.join(', ')}], whose size overflows 64 bits`, { pointer: `${t.name}.shape` }));
      } else if (bits % 8n !== 0n) {
        findings.push(error('safetensors/misaligned-slice', `tensor ${quote(t.name)}: ${elements} elements of ${t.dtype} is not a whole number of bytes`, { pointer: `${t.name}.shape` }));
      } else if (t.end >= t.begin && t.end - t.begin !== bits / 8n) {
        findings.push(error('safetensors/size-mismatch', `tensor ${quote(t.name)}: ${t.dtype} [${t.shape.join(', ')}] needs ${bits / 8n} bytes but data_offsets span ${t.end - t.begin}`, { pointer: `${t.name}.data_offsets` }));
      }
    }
    if (t.end > expected) expected = t.end;
  }
  out.dataBytes = expected;
  if (expected !== dataSize && !findings.some((f) => f.rule === 'safetensors/offset-out-of-range')) {
    if (expected < dataSize) {
      findings.push(error('safetensors/trailing-bytes', `${dataSize - expected} bytes follow the last tensor: the loader rejects this (it is how polyglot files hide a second format)`, { offset: Number(8n + BigInt(headerLength) + expected) }));
    }
  }
  if (out.tensors.length === 0 && dataSize === 0n) {
    findings.push(note('safetensors/no-tensors', 'the file holds no tensors'));
  }
  if (headerLength > 1_000_000 && BigInt(headerLength) > dataSize * 4n) {
    findings.push(warning('safetensors/header-proportion', `the ${headerLength}-byte header is far larger than the ${dataSize} bytes of data it describes`, { offset: 8 }));
  }
}
