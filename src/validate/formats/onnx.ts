import path from 'node:path';
import { readOnnxModel, signatureOf, type OnnxInitializerInfo, type OnnxInlineField, type OnnxModelInfo } from '../../core/onnx/reader.js';
import { WireFormatError } from '../../core/protobuf-wire.js';
import { error, FindingList, note, quote, warning } from '../finding.js';
import { containedFile, unsafeRelativePath } from '../paths.js';
import type { AnalyzeContext, ByteSource, FormatAnalyzer } from '../types.js';

/** Newest IR version this validator knows (onnx 1.19 writes 11-12); newer means unsupported. */
export const MAX_IR_VERSION = 12;
const STANDARD_DOMAINS = new Set(['', 'ai.onnx', 'ai.onnx.ml', 'ai.onnx.training', 'ai.onnx.preview.training']);
/** onnxruntime's contrib operators: not the standard, but shipped by every runtime build. */
const RUNTIME_DOMAINS = new Set(['com.microsoft', 'com.microsoft.nchwc', 'com.microsoft.experimental', 'com.ms.internal.nhwc']);
/** Bytes per element by TensorProto.DataType; sub-byte types counted in bits below. */
const ELEMENT_BITS: Record<number, number> = {
  1: 32, 2: 8, 3: 8, 4: 16, 5: 16, 6: 32, 7: 64, 9: 8, 10: 16, 11: 64, 12: 32, 13: 64, 14: 64, 15: 128, 16: 16,
  17: 8, 18: 8, 19: 8, 20: 8, 21: 4, 22: 4, 23: 4, 24: 8, 25: 2, 26: 2,
};

/**
 * ModelProto starts with a field tag; real files open with ir_version (08), and a few writers put
 * producer_name (12) or opset/graph first. The probe must also see a valid small varint after 08.
 */
export function sniffOnnx(head: Buffer): boolean {
  if (head.length < 4) return false;
  if (head[0] === 0x08 && head[1] >= 1 && head[1] <= 0x7f) {
    const next = head[2];
    // After ir_version: producer_name(0x12), producer_version(0x1a), domain(0x22), model_version(0x28), doc(0x32), graph(0x3a), opset(0x42).
    return [0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42, 0x72].includes(next);
  }
  return false;
}

export const onnxAnalyzer: FormatAnalyzer = {
  format: 'onnx',
  sniff: (head) => sniffOnnx(head),
  async analyze(source, ctx) {
    const findings = new FindingList();
    let info: OnnxModelInfo;
    try {
      info = await readOnnxModel(source, { maxStringBytes: Math.min(ctx.limits.maxHeaderBytes, 64 << 20) });
    } catch (err) {
      if (err instanceof WireFormatError) {
        findings.push(error('onnx/malformed', `not a well-formed ONNX model: ${err.message}`, { offset: err.offset }));
        return { findings: findings.items };
      }
      throw err;
    }
    checkModel(info, ctx, findings);
    await checkInlineData(info, source, findings);
    const claims = await checkExternalData(info, source, findings);
    const signature = signatureOf(info);
    return {
      findings: findings.items,
      claims,
      details: {
        irVersion: info.irVersion,
        producer: [info.producerName, info.producerVersion].filter(Boolean).join(' '),
        opsets: Object.fromEntries(info.opsetImports.map((o) => [o.domain || 'ai.onnx', o.version])),
        signature,
        nodes: info.nodes.length,
        initializers: info.initializers.length,
        customDomains: [...new Set(info.nodes.map((n) => n.domain).filter((d) => !STANDARD_DOMAINS.has(d)))],
      },
    };
  },
};

function checkModel(info: OnnxModelInfo, ctx: AnalyzeContext, findings: FindingList): void {
  if (!info.irVersion) findings.push(error('onnx/ir-version-missing', 'ir_version is missing or 0'));
  else if (info.irVersion > MAX_IR_VERSION) findings.push(error('onnx/ir-version-unsupported', `ir_version ${info.irVersion} is newer than the newest known (${MAX_IR_VERSION})`));
  const imported = new Map<string, number>();
  for (const o of info.opsetImports) {
    const d = o.domain === 'ai.onnx' ? '' : o.domain;
    if (imported.has(d)) findings.push(error('onnx/duplicate-opset', `opset domain ${quote(o.domain || 'ai.onnx')} is imported twice`));
    if (o.version < 1) findings.push(error('onnx/bad-opset', `opset ${quote(o.domain || 'ai.onnx')} has version ${o.version}`));
    imported.set(d, o.version);
  }
  if (info.irVersion >= 3 && info.opsetImports.length === 0) findings.push(error('onnx/opset-import-missing', 'IR version 3 and later require opset_import'));
  const defaultOpset = imported.get('');
  if (defaultOpset !== undefined && defaultOpset > 26) findings.push(warning('onnx/opset-unknown', `default-domain opset ${defaultOpset} is newer than any released ONNX`));
  if (!info.hasGraph) {
    findings.push(error('onnx/no-graph', 'the model has no graph'));
    return;
  }
  if (info.outputs.length === 0) findings.push(error('onnx/no-outputs', 'the graph declares no outputs'));
  const allowed = new Set(ctx.allowCustomOnnxDomains ?? []);
  const functionDomains = new Set(info.functions.map((f) => f.domain));
  const reported = new Set<string>();
  for (const node of info.nodes) {
    const d = node.domain === 'ai.onnx' ? '' : node.domain;
    if (!imported.has(d) && !functionDomains.has(node.domain) && !reported.has(`import:${d}`)) {
      reported.add(`import:${d}`);
      findings.push(error('onnx/opset-import-missing', `operator ${quote(node.opType)} uses domain ${quote(d || 'ai.onnx')}, which the model does not import`));
    }
    if (!STANDARD_DOMAINS.has(d) && !reported.has(`custom:${d}`)) {
      reported.add(`custom:${d}`);
      const ops = [...new Set(info.nodes.filter((n) => n.domain === node.domain).map((n) => n.opType))].slice(0, 10).join(', ');
      if (allowed.has(d) || RUNTIME_DOMAINS.has(d)) findings.push(note('onnx/custom-domain', `custom operator domain ${quote(d)} (${ops})${allowed.has(d) ? ', allowed by validate.allowCustomOnnxDomains' : ': onnxruntime contrib operators'}`));
      else findings.push(warning('onnx/custom-domain', `custom operator domain ${quote(d)} (${ops}) needs a custom-op library at load time: native code outside the model`));
    }
  }
  const names = new Set<string>();
  for (const init of info.initializers) {
    if (names.has(init.name)) findings.push(error('onnx/duplicate-initializer', `initializer ${quote(init.name)} is declared twice`));
    names.add(init.name);
  }
  for (const v of [...info.inputs, ...info.outputs]) {
    if (v.kind === 'tensor' && v.elemType === 0) findings.push(warning('onnx/untyped-value', `graph value ${quote(v.name)} has no element type`));
  }
  const metaKeys = Object.keys(info.metadata);
  if (metaKeys.length !== new Set(metaKeys).size) findings.push(error('onnx/duplicate-metadata', 'metadata_props keys are not unique'));
}

/**
 * TensorProto.DataType → the typed-data field that holds it (float_data 4, int32_data 5, string_data 6,
 * int64_data 7, double_data 10, uint64_data 11) and how many elements of the tensor one value holds
 * (complex: a value is half an element; 4-bit types: two elements per int32 value).
 */
const TYPED_FIELD: Record<number, { field: number; perValue: number; valuesPerElement: number }> = {
  1: { field: 4, perValue: 1, valuesPerElement: 1 }, 14: { field: 4, perValue: 1, valuesPerElement: 2 },
  2: { field: 5, perValue: 1, valuesPerElement: 1 }, 3: { field: 5, perValue: 1, valuesPerElement: 1 },
  4: { field: 5, perValue: 1, valuesPerElement: 1 }, 5: { field: 5, perValue: 1, valuesPerElement: 1 },
  6: { field: 5, perValue: 1, valuesPerElement: 1 }, 9: { field: 5, perValue: 1, valuesPerElement: 1 },
  10: { field: 5, perValue: 1, valuesPerElement: 1 }, 16: { field: 5, perValue: 1, valuesPerElement: 1 },
  17: { field: 5, perValue: 1, valuesPerElement: 1 }, 18: { field: 5, perValue: 1, valuesPerElement: 1 },
  19: { field: 5, perValue: 1, valuesPerElement: 1 }, 20: { field: 5, perValue: 1, valuesPerElement: 1 },
  21: { field: 5, perValue: 2, valuesPerElement: 1 }, 22: { field: 5, perValue: 2, valuesPerElement: 1 },
  23: { field: 5, perValue: 2, valuesPerElement: 1 },
  7: { field: 7, perValue: 1, valuesPerElement: 1 }, 8: { field: 6, perValue: 1, valuesPerElement: 1 },
  11: { field: 10, perValue: 1, valuesPerElement: 1 }, 15: { field: 10, perValue: 1, valuesPerElement: 2 },
  12: { field: 11, perValue: 1, valuesPerElement: 1 }, 13: { field: 11, perValue: 1, valuesPerElement: 1 },
};
const FIELD_NAMES: Record<number, string> = { 4: 'float_data', 5: 'int32_data', 6: 'string_data', 7: 'int64_data', 9: 'raw_data', 10: 'double_data', 11: 'uint64_data' };

/**
 * Inline initializer data must hold exactly dims × element size: `onnx.checker` does not check it, and
 * onnxruntime crashes or reads past the buffer on a short raw_data. Typed data must sit in the field of the
 * tensor's type with one value per element; raw_data and typed data together are ambiguous.
 */
async function checkInlineData(info: OnnxModelInfo, source: ByteSource, findings: FindingList): Promise<void> {
  for (const init of info.initializers) {
    if (init.dataLocation === 'external' || init.externalData) continue;
    if (init.dims.some((d) => d < 0)) continue;
    const pointer = `graph.initializer[${quote(init.name)}]`;
    const fail = (message: string): void => findings.push(error('onnx/initializer-data', `tensor ${quote(init.name)} (${init.dtype} [${init.dims.join(', ')}]): ${message}`, { pointer, ...(init.byteOffset >= 0 ? { offset: init.byteOffset } : {}) }));
    const fields = init.inline ?? new Map();
    const raw = fields.get(9);
    const typedFields = [...fields.keys()].filter((f) => f !== 9);
    if (raw) {
      if (typedFields.length) { fail(`has both raw_data and ${typedFields.map((f) => FIELD_NAMES[f]).join(', ')}: loaders disagree on which is used`); continue; }
      if (init.elemType === 8) { fail('strings cannot be stored in raw_data'); continue; }
      if (raw.packed > 1 || raw.unpacked > 0) { fail('raw_data appears more than once: parsers keep different copies'); continue; }
      const expected = nbytesOf(init);
      if (expected !== undefined && BigInt(raw.packedBytes) !== expected) fail(`raw_data holds ${raw.packedBytes} bytes, dims × element size is ${expected}`);
      continue;
    }
    const typed = TYPED_FIELD[init.elemType];
    if (!typed) continue;
    const wrong = typedFields.filter((f) => f !== typed.field);
    if (wrong.length) { fail(`keeps its values in ${wrong.map((f) => FIELD_NAMES[f]).join(', ')}, not in ${FIELD_NAMES[typed.field]} as its type requires`); continue; }
    let elements = 1n;
    for (const d of init.dims) elements *= BigInt(d);
    const values = (elements * BigInt(typed.valuesPerElement) + BigInt(typed.perValue) - 1n) / BigInt(typed.perValue);
    const field = fields.get(typed.field);
    let count: bigint | null = 0n;
    if (field) count = await countValues(typed.field, field, source);
    if (count === null) { fail(`${FIELD_NAMES[typed.field]} is not a whole number of values`); continue; }
    if (count !== values) fail(`${FIELD_NAMES[typed.field]} holds ${count} value(s), dims call for ${values}`);
  }
}

async function countValues(field: number, seen: OnnxInlineField, source: ByteSource): Promise<bigint | null> {
  const unpacked = BigInt(seen.unpacked);
  if (field === 6) return BigInt(seen.packed) + unpacked; // one length-delimited field per string
  if (field === 4 || field === 10) {
    const width = field === 4 ? 4 : 8;
    return seen.packedBytes % width === 0 ? BigInt(seen.packedBytes / width) + unpacked : null;
  }
  if (!seen.ranges) return null;
  // Packed varints: one value ends at every byte without the continuation bit.
  let n = 0n;
  for (const [start, end] of seen.ranges) {
    let last = 0;
    for (let at = start; at < end; at += 1 << 20) {
      const chunk = await source.read(at, Math.min(1 << 20, end - at));
      let c = 0;
      for (const b of chunk) if ((b & 0x80) === 0) c++;
      n += BigInt(c);
      last = chunk[chunk.length - 1];
    }
    if (end > start && (last & 0x80) !== 0) return null;
  }
  return n + unpacked;
}

function nbytesOf(init: OnnxInitializerInfo): bigint | undefined {
  const bits = ELEMENT_BITS[init.elemType];
  if (bits === undefined) return undefined;
  let n = 1n;
  for (const d of init.dims) {
    if (d < 0) return undefined;
    n *= BigInt(d);
  }
  return (n * BigInt(bits) + 7n) / 8n;
}

/**
 * External data: every location must be a plain relative path to a regular, singly linked file inside the
 * model's folder, and every range must lie inside that file, match the tensor's size and not overlap another.
 */
async function checkExternalData(info: OnnxModelInfo, source: ByteSource, findings: FindingList): Promise<string[]> {
  const external = info.initializers.filter((i) => i.dataLocation === 'external' || i.externalData);
  if (external.length === 0) return [];
  if (!source.filePath) {
    findings.push(error('onnx/external-data-unresolvable', `${external.length} tensor(s) keep their data in external files, which cannot be resolved inside an archive`));
    return [];
  }
  const dir = path.dirname(source.filePath);
  const files = new Map<string, { absolute: string; size: number } | null>();
  const ranges = new Map<string, Array<{ start: bigint; end: bigint; name: string }>>();
  for (const init of external) {
    const ref = init.externalData;
    const pointer = `graph.initializer[${quote(init.name)}]`;
    const location = ref?.location;
    if (location === undefined) {
      findings.push(error('onnx/external-data-no-location', `tensor ${quote(init.name)} is external but has no location`, { pointer }));
      continue;
    }
    if (init.byteLength > 0) findings.push(error('onnx/external-data-with-inline', `tensor ${quote(init.name)} has both external data and inline data: loaders disagree on which is used`, { pointer, offset: init.byteOffset }));
    const why = unsafeRelativePath(location);
    if (why) {
      findings.push(error('onnx/external-data-path', `tensor ${quote(init.name)} reads ${quote(location)}: refused, ${why} (arbitrary file read)`, { pointer }));
      continue;
    }
    if (!files.has(location)) {
      const { file, problem } = await containedFile(dir, location);
      if (problem) findings.push(error(`onnx/external-data-${problem.rule === 'escape' ? 'path' : problem.rule}`, `external data of tensor ${quote(init.name)}: ${problem.message}`, { pointer }));
      files.set(location, file ?? null);
    }
    const file = files.get(location);
    if (!file) continue;
    const offset = BigInt(ref?.offset ?? 0);
    const expected = nbytesOf(init);
    const length = ref?.length !== undefined ? BigInt(ref.length) : BigInt(file.size) - offset;
    if (offset > BigInt(file.size) || offset + length > BigInt(file.size)) {
      findings.push(error('onnx/external-data-out-of-bounds', `tensor ${quote(init.name)} reads bytes ${offset}..${offset + length} of ${quote(location)}, which has ${file.size}`, { pointer }));
      continue;
    }
    if (expected !== undefined && ref?.length !== undefined && length !== expected) {
      findings.push(error('onnx/external-data-length', `tensor ${quote(init.name)} is ${init.dtype} [${init.dims.join(', ')}] = ${expected} bytes but its external length is ${length}`, { pointer }));
    } else if (expected !== undefined && ref?.length === undefined && length < expected) {
      findings.push(error('onnx/external-data-length', `tensor ${quote(init.name)} needs ${expected} bytes but only ${length} remain in ${quote(location)} after offset ${offset}`, { pointer }));
    }
    const end = offset + (expected !== undefined && ref?.length === undefined ? expected : length);
    if (!ranges.has(location)) ranges.set(location, []);
    ranges.get(location)!.push({ start: offset, end, name: init.name });
    for (const key of Object.keys(ref?.extra ?? {})) findings.push(warning('onnx/external-data-key', `tensor ${quote(init.name)} has unknown external_data key ${quote(key)}`, { pointer }));
  }
  for (const [location, list] of ranges) {
    list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    for (let i = 1; i < list.length; i++) {
      if (list[i].start < list[i - 1].end) {
        findings.push(error('onnx/external-data-overlap', `tensors ${quote(list[i - 1].name)} and ${quote(list[i].name)} share bytes of ${quote(location)}`));
      }
    }
  }
  return [...files.values()].filter((f): f is { absolute: string; size: number } => f !== null).map((f) => f.absolute);
}
