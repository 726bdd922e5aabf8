import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import type { SignatureSpec, TensorSpec, ElementType } from '../config-types.js';
import { StreamingWireReader, WireFormatError, type RandomAccessSource, type WireField as Field } from '../protobuf-wire.js';

/**
 * A streaming reader of ONNX ModelProto files that never loads weights.
 *
 * protobufjs (used by the encoder) decodes a whole message into memory, raw_data included, which for a
 * multi-GB model means reading every weight. This reader walks the protobuf wire format over positional
 * reads instead: it decodes only the fields it reports and skips `raw_data` and typed data by length,
 * so a header check costs a few reads whatever the model's size. The wire format itself is decoded by
 * src/core/protobuf-wire.ts, which the SavedModel check shares.
 */

export type { RandomAccessSource };

export interface OnnxValueInfo {
  name: string;
  /** `tensor`, `sequence`, `map`, `optional`, `sparse_tensor`, or `unknown` when no type is given. */
  kind: 'tensor' | 'sequence' | 'map' | 'optional' | 'sparse_tensor' | 'unknown';
  /** ONNX TensorProto.DataType number (0 when not a tensor or not given). */
  elemType: number;
  dtype: string;
  /** A size, a symbolic name, or null when the dimension is neither (unknown); undefined shape = rank unknown. */
  shape?: Array<number | string | null>;
}

export interface OnnxExternalDataRef {
  location?: string;
  offset?: number;
  length?: number;
  checksum?: string;
  /** Other keys, kept so a validator can flag them. */
  extra: Record<string, string>;
}

export interface OnnxInitializerInfo {
  name: string;
  elemType: number;
  dtype: string;
  dims: number[];
  dataLocation: 'default' | 'external';
  externalData?: OnnxExternalDataRef;
  /** Where the inline payload (raw_data or typed data) starts in the file; -1 when there is none. */
  byteOffset: number;
  /** Inline payload length in bytes (0 for external data). */
  byteLength: number;
  /**
   * Inline payload fields by number (raw_data 9; typed data 4-7, 10, 11): packed occurrences and their
   * bytes, unpacked elements, and (for the varint fields 5, 7, 11) the packed ranges, so element counts can
   * be checked against dims.
   */
  inline?: Map<number, OnnxInlineField>;
}

export interface OnnxInlineField {
  packed: number;
  packedBytes: number;
  unpacked: number;
  /** Packed varint ranges (fields 5, 7, 11), at most MAX_INLINE_RANGES; null past that. */
  ranges: Array<[number, number]> | null;
}

const MAX_INLINE_RANGES = 1000;

export interface OnnxNodeInfo {
  opType: string;
  domain: string;
  name: string;
  /** Nesting: 0 for the main graph, 1+ inside If/Loop/Scan bodies. */
  depth: number;
}

export interface OnnxModelInfo {
  irVersion: number;
  producerName: string;
  producerVersion: string;
  domain: string;
  modelVersion: number;
  opsetImports: Array<{ domain: string; version: number }>;
  metadata: Record<string, string>;
  graphName: string;
  /** Graph inputs that are not initializers: what a caller must feed. */
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
  /** Every graph input as declared, initializers included (IR < 4 lists weights here). */
  declaredInputs: OnnxValueInfo[];
  initializers: OnnxInitializerInfo[];
  sparseInitializerCount: number;
  nodes: OnnxNodeInfo[];
  functions: Array<{ name: string; domain: string }>;
  hasGraph: boolean;
}

export interface ReadOptions {
  /** Deepest subgraph nesting followed (If/Loop bodies); deeper is an error. */
  maxDepth?: number;
  /** Longest string field decoded (names, metadata). */
  maxStringBytes?: number;
  /** Most nodes/initializers/values collected before giving up. */
  maxItems?: number;
}

const DEFAULTS: Required<ReadOptions> = { maxDepth: 32, maxStringBytes: 1 << 20, maxItems: 2_000_000 };

export const ONNX_DTYPES: Record<number, string> = {
  1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string', 9: 'bool',
  10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 14: 'complex64', 15: 'complex128', 16: 'bfloat16',
  17: 'float8e4m3fn', 18: 'float8e4m3fnuz', 19: 'float8e5m2', 20: 'float8e5m2fnuz', 21: 'uint4', 22: 'int4',
  23: 'float4e2m1',
};

/** Reads a model from a path or a random-access source. Throws WireFormatError on malformed input. */
export async function readOnnxModel(source: string | RandomAccessSource, options: ReadOptions = {}): Promise<OnnxModelInfo> {
  if (typeof source === 'string') {
    const handle = await open(source, 'r');
    try {
      const { size } = await handle.stat();
      return await readOnnxModel(
        {
          size,
          read: async (offset, length) => {
            const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
            if (buf.length > 0) await handle.read(buf, 0, buf.length, offset);
            return buf;
          },
        },
        options,
      );
    } finally {
      await handle.close();
    }
  }
  const reader = new OnnxReader(source, { ...DEFAULTS, ...options });
  return reader.model();
}

/** A model's signature in modelship.yml's terms. Unknown dims become "?". */
export function signatureOf(info: OnnxModelInfo): SignatureSpec {
  const spec = (v: OnnxValueInfo): TensorSpec => ({
    name: v.name,
    dtype: (v.kind === 'tensor' ? v.dtype : v.kind) as ElementType,
    shape: (v.shape ?? []).map((d) => (d === null ? '?' : d)),
  });
  return { inputs: info.inputs.map(spec), outputs: info.outputs.map(spec) };
}

class OnnxReader {
  private readonly wire: StreamingWireReader;
  private items = 0;

  constructor(private readonly src: RandomAccessSource, private readonly opts: Required<ReadOptions>) {
    this.wire = new StreamingWireReader(src);
  }

  private async string(f: Field, what: string): Promise<string> {
    this.expectWire(f, 2, what);
    const len = f.end! - f.start!;
    if (len > this.opts.maxStringBytes) throw new WireFormatError(`${what} is ${len} bytes, over the ${this.opts.maxStringBytes}-byte limit`, f.at);
    const buf = await this.src.read(f.start!, len);
    if (buf.length !== len) throw new WireFormatError(`${what} is truncated`, f.at);
    // Protobuf strings must be valid UTF-8 (a lossy decode would hide that they were not).
    if (!isUtf8(buf)) throw new WireFormatError(`${what} is not valid UTF-8`, f.at);
    return buf.toString('utf8');
  }

  private int(f: Field, what: string): number {
    this.expectWire(f, 0, what);
    const v = BigInt.asIntN(64, f.value!);
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new WireFormatError(`${what} ${v} is out of range`, f.at);
    }
    return Number(v);
  }

  private expectWire(f: Field, wire: number, what: string): void {
    if (f.wire !== wire) throw new WireFormatError(`${what} has wire type ${f.wire}, expected ${wire}`, f.at);
  }

  private count(at: number): void {
    if (++this.items > this.opts.maxItems) throw new WireFormatError(`more than ${this.opts.maxItems} graph items`, at);
  }

  async model(): Promise<OnnxModelInfo> {
    if (this.src.size === 0) throw new WireFormatError('empty file', 0);
    const info: OnnxModelInfo = {
      irVersion: 0, producerName: '', producerVersion: '', domain: '', modelVersion: 0, opsetImports: [], metadata: {},
      graphName: '', inputs: [], outputs: [], declaredInputs: [], initializers: [], sparseInitializerCount: 0, nodes: [],
      functions: [], hasGraph: false,
    };
    for await (const f of this.wire.fields(0, this.src.size)) {
      switch (f.field) {
        case 1: info.irVersion = this.int(f, 'ir_version'); break;
        case 2: info.producerName = await this.string(f, 'producer_name'); break;
        case 3: info.producerVersion = await this.string(f, 'producer_version'); break;
        case 4: info.domain = await this.string(f, 'domain'); break;
        case 5: info.modelVersion = this.int(f, 'model_version'); break;
        case 7:
          this.expectWire(f, 2, 'graph');
          info.hasGraph = true;
          await this.graph(f.start!, f.end!, info, 0);
          break;
        case 8: this.expectWire(f, 2, 'opset_import'); info.opsetImports.push(await this.opset(f)); break;
        case 14: {
          this.expectWire(f, 2, 'metadata_props');
          const [k, v] = await this.entry(f);
          info.metadata[k] = v;
          break;
        }
        case 25: this.expectWire(f, 2, 'functions'); info.functions.push(await this.fn(f)); break;
        default: break; // unknown or unreported fields are skipped by length
      }
    }
    const initNames = new Set(info.initializers.map((i) => i.name));
    info.inputs = info.declaredInputs.filter((i) => !initNames.has(i.name));
    return info;
  }

  private async opset(f: Field): Promise<{ domain: string; version: number }> {
    const out = { domain: '', version: 0 };
    for await (const g of this.wire.fields(f.start!, f.end!)) {
      if (g.field === 1) out.domain = await this.string(g, 'opset_import.domain');
      else if (g.field === 2) out.version = this.int(g, 'opset_import.version');
    }
    return out;
  }

  private async entry(f: Field): Promise<[string, string]> {
    let key = '';
    let value = '';
    for await (const g of this.wire.fields(f.start!, f.end!)) {
      if (g.field === 1) key = await this.string(g, 'key');
      else if (g.field === 2) value = await this.string(g, 'value');
    }
    return [key, value];
  }

  private async fn(f: Field): Promise<{ name: string; domain: string }> {
    const out = { name: '', domain: '' };
    for await (const g of this.wire.fields(f.start!, f.end!)) {
      if (g.field === 1) out.name = await this.string(g, 'function.name');
      else if (g.field === 10) out.domain = await this.string(g, 'function.domain');
    }
    return out;
  }

  private async graph(start: number, end: number, info: OnnxModelInfo, depth: number): Promise<void> {
    if (depth > this.opts.maxDepth) throw new WireFormatError(`subgraphs nested deeper than ${this.opts.maxDepth}`, start);
    for await (const f of this.wire.fields(start, end)) {
      if (depth > 0) {
        // Subgraphs contribute their nodes (op types and domains matter for safety), not the signature.
        if (f.field === 1) { this.expectWire(f, 2, 'node'); await this.node(f, info, depth); }
        continue;
      }
      switch (f.field) {
        case 1: this.expectWire(f, 2, 'node'); await this.node(f, info, depth); break;
        case 2: info.graphName = await this.string(f, 'graph.name'); break;
        case 5: this.expectWire(f, 2, 'initializer'); this.count(f.at); info.initializers.push(await this.tensor(f)); break;
        case 15: this.expectWire(f, 2, 'sparse_initializer'); info.sparseInitializerCount++; break;
        case 11: this.expectWire(f, 2, 'input'); this.count(f.at); info.declaredInputs.push(await this.valueInfo(f)); break;
        case 12: this.expectWire(f, 2, 'output'); this.count(f.at); info.outputs.push(await this.valueInfo(f)); break;
        default: break;
      }
    }
  }

  private async node(f: Field, info: OnnxModelInfo, depth: number): Promise<void> {
    this.count(f.at);
    const node: OnnxNodeInfo = { opType: '', domain: '', name: '', depth };
    const subgraphs: Field[] = [];
    for await (const g of this.wire.fields(f.start!, f.end!)) {
      if (g.field === 3) node.name = await this.string(g, 'node.name');
      else if (g.field === 4) node.opType = await this.string(g, 'node.op_type');
      else if (g.field === 7) node.domain = await this.string(g, 'node.domain');
      else if (g.field === 5) {
        this.expectWire(g, 2, 'node.attribute');
        for await (const a of this.wire.fields(g.start!, g.end!)) {
          if (a.field === 6 || a.field === 11) { this.expectWire(a, 2, 'attribute graph'); subgraphs.push(a); }
        }
      }
    }
    info.nodes.push(node);
    for (const s of subgraphs) await this.graph(s.start!, s.end!, info, depth + 1);
  }

  private async tensor(f: Field): Promise<OnnxInitializerInfo> {
    const t: OnnxInitializerInfo = { name: '', elemType: 0, dtype: 'undefined', dims: [], dataLocation: 'default', byteOffset: -1, byteLength: 0 };
    const external: OnnxExternalDataRef = { extra: {} };
    let hasExternal = false;
    for await (const g of this.wire.fields(f.start!, f.end!)) {
      switch (g.field) {
        case 1:
          if (g.wire === 2) {
            let pos = g.start!;
            while (pos < g.end!) {
              const [v, next] = await this.wire.varint(pos, g.end!);
              t.dims.push(this.int({ field: 1, wire: 0, at: pos, value: v }, 'dims'));
              pos = next;
            }
          } else {
            t.dims.push(this.int(g, 'dims'));
          }
          break;
        case 2: t.elemType = this.int(g, 'data_type'); t.dtype = ONNX_DTYPES[t.elemType] ?? `unknown(${t.elemType})`; break;
        case 8: t.name = await this.string(g, 'tensor.name'); break;
        case 9: case 4: case 5: case 6: case 7: case 10: case 11: {
          // Inline payload: note where it is, never read it.
          const seen = (t.inline ??= new Map()).get(g.field) ?? { packed: 0, packedBytes: 0, unpacked: 0, ranges: [] };
          t.inline.set(g.field, seen);
          if (g.wire === 2) {
            if (t.byteOffset < 0) t.byteOffset = g.start!;
            t.byteLength += g.end! - g.start!;
            seen.packed++;
            seen.packedBytes += g.end! - g.start!;
            if (seen.ranges && (g.field === 5 || g.field === 7 || g.field === 11)) {
              if (seen.ranges.length < MAX_INLINE_RANGES) seen.ranges.push([g.start!, g.end!]);
              else seen.ranges = null;
            }
          } else {
            seen.unpacked++;
          }
          break;
        }
        case 13: {
          this.expectWire(g, 2, 'external_data');
          hasExternal = true;
          const [k, v] = await this.entry(g);
          if (k === 'location') external.location = v;
          else if (k === 'offset') external.offset = parseIntStrict(v, g.at, 'external_data offset');
          else if (k === 'length') external.length = parseIntStrict(v, g.at, 'external_data length');
          else if (k === 'checksum') external.checksum = v;
          else external.extra[k] = v;
          break;
        }
        case 14: t.dataLocation = this.int(g, 'data_location') === 1 ? 'external' : 'default'; break;
        default: break;
      }
    }
    if (hasExternal || t.dataLocation === 'external') t.externalData = external;
    return t;
  }

  private async valueInfo(f: Field): Promise<OnnxValueInfo> {
    const v: OnnxValueInfo = { name: '', kind: 'unknown', elemType: 0, dtype: 'unknown' };
    for await (const g of this.wire.fields(f.start!, f.end!)) {
      if (g.field === 1) v.name = await this.string(g, 'value_info.name');
      else if (g.field === 2) { this.expectWire(g, 2, 'value_info.type'); await this.type(g, v); }
    }
    return v;
  }

  private async type(f: Field, v: OnnxValueInfo): Promise<void> {
    for await (const g of this.wire.fields(f.start!, f.end!)) {
      const kind = ({ 1: 'tensor', 4: 'sequence', 5: 'map', 9: 'optional', 8: 'sparse_tensor' } as const)[g.field as 1 | 4 | 5 | 9 | 8];
      if (!kind) continue;
      this.expectWire(g, 2, `type.${kind}`);
      v.kind = kind;
      if (kind === 'tensor' || kind === 'sparse_tensor') {
        for await (const h of this.wire.fields(g.start!, g.end!)) {
          if (h.field === 1) { v.elemType = this.int(h, 'elem_type'); v.dtype = ONNX_DTYPES[v.elemType] ?? `unknown(${v.elemType})`; }
          else if (h.field === 2) { this.expectWire(h, 2, 'shape'); v.shape = await this.shape(h); }
        }
      }
    }
  }

  private async shape(f: Field): Promise<Array<number | string | null>> {
    const dims: Array<number | string | null> = [];
    for await (const g of this.wire.fields(f.start!, f.end!)) {
      if (g.field !== 1) continue;
      this.expectWire(g, 2, 'shape.dim');
      let dim: number | string | null = null;
      for await (const h of this.wire.fields(g.start!, g.end!)) {
        if (h.field === 1) dim = this.int(h, 'dim_value');
        else if (h.field === 2) dim = await this.string(h, 'dim_param');
      }
      dims.push(dim);
    }
    return dims;
  }
}

function parseIntStrict(text: string, at: number, what: string): number {
  if (!/^\d+$/.test(text)) throw new WireFormatError(`${what} "${text}" is not a non-negative integer`, at);
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new WireFormatError(`${what} ${text} is out of range`, at);
  return n;
}
