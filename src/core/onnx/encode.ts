import type { ElementType } from '../config-types.js';
import { ModelProto, OnnxAttributeType, OnnxDataType } from './onnx-proto.js';

/**
 * Writes ONNX ModelProto files from a typed, friendly description. Used by the example trainer and by
 * tests that build corpora of valid and deliberately malformed models, so it checks what it can (data
 * length against dims, known element types) and leaves escape hatches for the rest: `rawData` bytes
 * are written as given, element types may be raw DataType numbers, metadata may repeat keys, and a
 * tensor may carry both inline and external data.
 */

/** Element type by name (the signature names of modelship.yml plus ONNX's exotic ones), or a raw DataType number. */
export type OnnxElementType =
  | ElementType
  | 'complex64' | 'complex128'
  | 'float8e4m3fn' | 'float8e4m3fnuz' | 'float8e5m2' | 'float8e5m2fnuz'
  | 'uint4' | 'int4' | 'float4e2m1'
  | number;

export const ELEMENT_TYPE_CODES: Readonly<Record<Exclude<OnnxElementType, number>, number>> = {
  float32: OnnxDataType.FLOAT, uint8: OnnxDataType.UINT8, int8: OnnxDataType.INT8, uint16: OnnxDataType.UINT16,
  int16: OnnxDataType.INT16, int32: OnnxDataType.INT32, int64: OnnxDataType.INT64, string: OnnxDataType.STRING,
  bool: OnnxDataType.BOOL, float16: OnnxDataType.FLOAT16, float64: OnnxDataType.DOUBLE, uint32: OnnxDataType.UINT32,
  uint64: OnnxDataType.UINT64, complex64: OnnxDataType.COMPLEX64, complex128: OnnxDataType.COMPLEX128,
  bfloat16: OnnxDataType.BFLOAT16, float8e4m3fn: OnnxDataType.FLOAT8E4M3FN, float8e4m3fnuz: OnnxDataType.FLOAT8E4M3FNUZ,
  float8e5m2: OnnxDataType.FLOAT8E5M2, float8e5m2fnuz: OnnxDataType.FLOAT8E5M2FNUZ, uint4: OnnxDataType.UINT4,
  int4: OnnxDataType.INT4, float4e2m1: OnnxDataType.FLOAT4E2M1,
};

/** A dimension: a size, a symbolic name (dim_param), or null for a dimension that is neither (unknown). */
export type OnnxDim = number | bigint | string | null;

export type OnnxTypeSpec =
  /** `shape` absent = unknown rank. */
  | { kind?: 'tensor' | 'sparse_tensor'; elemType: OnnxElementType; shape?: readonly OnnxDim[]; denotation?: string }
  | { kind: 'sequence' | 'optional'; elem: OnnxTypeSpec; denotation?: string }
  | { kind: 'map'; keyType: OnnxElementType; value: OnnxTypeSpec; denotation?: string };

export interface OnnxValueInfoSpec {
  name: string;
  /** Required for graph inputs and outputs by the spec; left out only to build invalid models. */
  type?: OnnxTypeSpec;
  docString?: string;
  metadata?: OnnxMetadata;
}

/** Key/value pairs; the array form keeps order and may repeat keys (invalid, but useful in corpora). */
export type OnnxMetadata = Readonly<Record<string, string>> | ReadonlyArray<readonly [string, string]>;

export type OnnxTensorData =
  | Float32Array | Float64Array | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array
  | BigInt64Array | BigUint64Array
  | readonly number[] | readonly bigint[] | readonly boolean[] | readonly string[];

export interface OnnxTensorSpec {
  name?: string;
  dims: readonly (number | bigint)[];
  /** Inferred from a typed array when absent (Uint8Array counts as uint8; say `bool` for booleans). */
  elemType?: OnnxElementType;
  /**
   * Values in row-major order, written as little-endian raw_data (string_data for strings). float16 and
   * bfloat16 take their bit patterns (Uint16Array); complex types take real/imaginary pairs.
   */
  data?: OnnxTensorData;
  /** Bytes written verbatim to raw_data, unchecked: for types without a writer and for malformed files. */
  rawData?: Uint8Array;
  /**
   * Marks the tensor as stored outside the model (data_location EXTERNAL) and writes external_data.
   * `data` then describes the external file's contents (see tensorBytes) and is not written inline;
   * `rawData` still is, which makes an invalid tensor carrying both.
   */
  external?: OnnxExternalData;
  docString?: string;
  metadata?: OnnxMetadata;
}

export interface OnnxExternalData {
  /** Relative to the model's folder by the spec; any string is written, so corpora can test escapes. */
  location: string;
  offset?: number | bigint;
  length?: number | bigint;
  checksum?: string;
  /** Further entries, written after the known ones. */
  extra?: OnnxMetadata;
}

export type OnnxAttribute =
  | { type: 'float'; value: number }
  | { type: 'int'; value: number | bigint }
  | { type: 'string'; value: string | Uint8Array }
  | { type: 'tensor'; value: OnnxTensorSpec }
  | { type: 'graph'; value: OnnxGraphSpec }
  | { type: 'floats'; value: readonly number[] }
  | { type: 'ints'; value: readonly (number | bigint)[] }
  | { type: 'strings'; value: readonly (string | Uint8Array)[] }
  | { type: 'tensors'; value: readonly OnnxTensorSpec[] }
  | { type: 'graphs'; value: readonly OnnxGraphSpec[] };

/**
 * Attribute constructors. Attributes are tagged because JavaScript cannot tell `1` from `1.0`, and ONNX
 * rejects an INT where a FLOAT is expected (Gemm's alpha) and the reverse (Softmax's axis).
 */
export const attr = {
  float: (value: number): OnnxAttribute => ({ type: 'float', value }),
  int: (value: number | bigint): OnnxAttribute => ({ type: 'int', value }),
  string: (value: string | Uint8Array): OnnxAttribute => ({ type: 'string', value }),
  tensor: (value: OnnxTensorSpec): OnnxAttribute => ({ type: 'tensor', value }),
  graph: (value: OnnxGraphSpec): OnnxAttribute => ({ type: 'graph', value }),
  floats: (value: readonly number[]): OnnxAttribute => ({ type: 'floats', value }),
  ints: (value: readonly (number | bigint)[]): OnnxAttribute => ({ type: 'ints', value }),
  strings: (value: readonly (string | Uint8Array)[]): OnnxAttribute => ({ type: 'strings', value }),
  tensors: (value: readonly OnnxTensorSpec[]): OnnxAttribute => ({ type: 'tensors', value }),
  graphs: (value: readonly OnnxGraphSpec[]): OnnxAttribute => ({ type: 'graphs', value }),
};

export interface OnnxNodeSpec {
  opType: string;
  /** An empty string marks an omitted optional input, as in ONNX. */
  inputs: readonly string[];
  outputs: readonly string[];
  name?: string;
  /** Operator set domain; absent = the default ONNX domain. */
  domain?: string;
  overload?: string;
  /** Written in insertion order. */
  attributes?: Readonly<Record<string, OnnxAttribute>>;
  docString?: string;
  metadata?: OnnxMetadata;
}

export interface OnnxGraphSpec {
  name?: string;
  /** Topologically sorted, as ONNX requires. */
  nodes: readonly OnnxNodeSpec[];
  inputs: readonly OnnxValueInfoSpec[];
  outputs: readonly OnnxValueInfoSpec[];
  initializers?: readonly OnnxTensorSpec[];
  valueInfo?: readonly OnnxValueInfoSpec[];
  docString?: string;
  metadata?: OnnxMetadata;
}

export interface OnnxOpsetImport {
  /** '' (the default) is the ONNX domain `ai.onnx`. */
  domain?: string;
  version: number;
}

export interface OnnxModelSpec {
  /** Default 8 (ONNX 1.10+; every current runtime reads it). */
  irVersion?: number | bigint;
  /** Default `[{ domain: '', version: 13 }]`; pass `[]` to write none. */
  opsetImports?: readonly OnnxOpsetImport[];
  producerName?: string;
  producerVersion?: string;
  domain?: string;
  modelVersion?: number | bigint;
  docString?: string;
  graph: OnnxGraphSpec;
  metadata?: OnnxMetadata;
}

export const DEFAULT_IR_VERSION = 8;
export const DEFAULT_OPSET_IMPORTS: readonly OnnxOpsetImport[] = [{ domain: '', version: 13 }];

export class OnnxEncodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OnnxEncodeError';
  }
}

export function encodeModel(model: OnnxModelSpec): Uint8Array {
  const message: Record<string, unknown> = {
    ir_version: int64(model.irVersion ?? DEFAULT_IR_VERSION),
    opset_import: (model.opsetImports ?? DEFAULT_OPSET_IMPORTS).map((opset) => ({
      domain: opset.domain ?? '',
      version: int64(opset.version),
    })),
    graph: graphMessage(model.graph),
  };
  setIfDefined(message, 'producer_name', model.producerName);
  setIfDefined(message, 'producer_version', model.producerVersion);
  setIfDefined(message, 'domain', model.domain);
  if (model.modelVersion !== undefined) message.model_version = int64(model.modelVersion);
  setIfDefined(message, 'doc_string', model.docString);
  if (model.metadata) message.metadata_props = entries(model.metadata);
  return ModelProto.encode(message).finish();
}

/** The element type's DataType number; throws on an unknown name. */
export function elementTypeCode(type: OnnxElementType): number {
  if (typeof type === 'number') return type;
  const code = (ELEMENT_TYPE_CODES as Record<string, number | undefined>)[type];
  if (code === undefined) throw new OnnxEncodeError(`unknown element type "${type}"`);
  return code;
}

/**
 * The little-endian bytes ONNX stores for a tensor's values (raw_data, or an external data file's
 * contents). Checks the count against the dims.
 */
export function tensorBytes(tensor: OnnxTensorSpec): Uint8Array {
  const elemType = tensorElementType(tensor);
  const code = elementTypeCode(elemType);
  const writer = WRITERS.get(code);
  if (!writer) throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": no writer for element type ${String(elemType)}; pass rawData`);
  const values = tensor.data ?? [];
  const expected = elementCount(tensor.dims) * writer.componentsPerElement;
  if (BigInt(values.length) !== expected) {
    throw new OnnxEncodeError(
      `tensor "${tensor.name ?? ''}": ${values.length} values for dims [${tensor.dims.join(', ')}] (expected ${expected})`,
    );
  }
  const view = new DataView(new ArrayBuffer(values.length * writer.bytes));
  for (let index = 0; index < values.length; index++) {
    writer.write(view, index * writer.bytes, values[index] as number | bigint | boolean | string);
  }
  return new Uint8Array(view.buffer);
}

function graphMessage(graph: OnnxGraphSpec): Record<string, unknown> {
  const message: Record<string, unknown> = {
    node: graph.nodes.map(nodeMessage),
    initializer: (graph.initializers ?? []).map(tensorMessage),
    input: graph.inputs.map(valueInfoMessage),
    output: graph.outputs.map(valueInfoMessage),
    value_info: (graph.valueInfo ?? []).map(valueInfoMessage),
  };
  setIfDefined(message, 'name', graph.name);
  setIfDefined(message, 'doc_string', graph.docString);
  if (graph.metadata) message.metadata_props = entries(graph.metadata);
  return message;
}

function nodeMessage(node: OnnxNodeSpec): Record<string, unknown> {
  const message: Record<string, unknown> = {
    input: [...node.inputs],
    output: [...node.outputs],
    op_type: node.opType,
    attribute: Object.entries(node.attributes ?? {}).map(([name, attribute]) => attributeMessage(name, attribute)),
  };
  setIfDefined(message, 'name', node.name);
  setIfDefined(message, 'domain', node.domain);
  setIfDefined(message, 'overload', node.overload);
  setIfDefined(message, 'doc_string', node.docString);
  if (node.metadata) message.metadata_props = entries(node.metadata);
  return message;
}

function attributeMessage(name: string, attribute: OnnxAttribute): Record<string, unknown> {
  switch (attribute.type) {
    case 'float': return { name, type: OnnxAttributeType.FLOAT, f: attribute.value };
    case 'int': return { name, type: OnnxAttributeType.INT, i: int64(attribute.value) };
    case 'string': return { name, type: OnnxAttributeType.STRING, s: utf8(attribute.value) };
    case 'tensor': return { name, type: OnnxAttributeType.TENSOR, t: tensorMessage(attribute.value) };
    case 'graph': return { name, type: OnnxAttributeType.GRAPH, g: graphMessage(attribute.value) };
    case 'floats': return { name, type: OnnxAttributeType.FLOATS, floats: [...attribute.value] };
    case 'ints': return { name, type: OnnxAttributeType.INTS, ints: attribute.value.map(int64) };
    case 'strings': return { name, type: OnnxAttributeType.STRINGS, strings: attribute.value.map(utf8) };
    case 'tensors': return { name, type: OnnxAttributeType.TENSORS, tensors: attribute.value.map(tensorMessage) };
    case 'graphs': return { name, type: OnnxAttributeType.GRAPHS, graphs: attribute.value.map(graphMessage) };
  }
}

function tensorMessage(tensor: OnnxTensorSpec): Record<string, unknown> {
  const elemType = tensorElementType(tensor);
  const message: Record<string, unknown> = {
    dims: tensor.dims.map(int64),
    data_type: elementTypeCode(elemType),
  };
  setIfDefined(message, 'name', tensor.name);
  setIfDefined(message, 'doc_string', tensor.docString);
  if (tensor.rawData) {
    message.raw_data = tensor.rawData;
  } else if (tensor.external) {
    // The values live in the external file (tensorBytes gives its contents); nothing inline.
  } else if (elemType === 'string') {
    const strings = (tensor.data ?? []) as readonly unknown[];
    if (BigInt(strings.length) !== elementCount(tensor.dims)) {
      throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": ${strings.length} strings for dims [${tensor.dims.join(', ')}]`);
    }
    message.string_data = strings.map((value) => utf8(String(value)));
  } else {
    message.raw_data = tensorBytes(tensor);
  }
  if (tensor.external) {
    const { location, offset, length, checksum, extra } = tensor.external;
    const pairs: Array<readonly [string, string]> = [['location', location]];
    if (offset !== undefined) pairs.push(['offset', String(offset)]);
    if (length !== undefined) pairs.push(['length', String(length)]);
    if (checksum !== undefined) pairs.push(['checksum', checksum]);
    message.external_data = [...entries(pairs), ...(extra ? entries(extra) : [])];
    message.data_location = 1; // TensorProto.DataLocation.EXTERNAL
  }
  if (tensor.metadata) message.metadata_props = entries(tensor.metadata);
  return message;
}

function valueInfoMessage(info: OnnxValueInfoSpec): Record<string, unknown> {
  const message: Record<string, unknown> = { name: info.name };
  if (info.type) message.type = typeMessage(info.type);
  setIfDefined(message, 'doc_string', info.docString);
  if (info.metadata) message.metadata_props = entries(info.metadata);
  return message;
}

function typeMessage(type: OnnxTypeSpec): Record<string, unknown> {
  const message: Record<string, unknown> = {};
  switch (type.kind) {
    case undefined:
    case 'tensor':
    case 'sparse_tensor': {
      const tensor: Record<string, unknown> = { elem_type: elementTypeCode(type.elemType) };
      if (type.shape) tensor.shape = { dim: type.shape.map(dimensionMessage) };
      message[type.kind === 'sparse_tensor' ? 'sparse_tensor_type' : 'tensor_type'] = tensor;
      break;
    }
    case 'sequence': message.sequence_type = { elem_type: typeMessage(type.elem) }; break;
    case 'optional': message.optional_type = { elem_type: typeMessage(type.elem) }; break;
    case 'map':
      message.map_type = { key_type: elementTypeCode(type.keyType), value_type: typeMessage(type.value) };
      break;
  }
  setIfDefined(message, 'denotation', type.denotation);
  return message;
}

function dimensionMessage(dim: OnnxDim): Record<string, unknown> {
  if (dim === null) return {};
  if (typeof dim === 'string') return { dim_param: dim };
  return { dim_value: int64(dim) };
}

function tensorElementType(tensor: OnnxTensorSpec): OnnxElementType {
  if (tensor.elemType !== undefined) return tensor.elemType;
  const inferred = tensor.data === undefined ? undefined : TYPED_ARRAY_ELEMENT_TYPES.get(tensor.data.constructor);
  if (inferred === undefined) {
    throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": elemType is required unless data is a typed array`);
  }
  return inferred;
}

function elementCount(dims: readonly (number | bigint)[]): bigint {
  return dims.reduce<bigint>((product, dim) => product * BigInt(dim), 1n);
}

const TYPED_ARRAY_ELEMENT_TYPES = new Map<unknown, OnnxElementType>([
  [Float32Array, 'float32'], [Float64Array, 'float64'], [Int8Array, 'int8'], [Uint8Array, 'uint8'],
  [Int16Array, 'int16'], [Uint16Array, 'uint16'], [Int32Array, 'int32'], [Uint32Array, 'uint32'],
  [BigInt64Array, 'int64'], [BigUint64Array, 'uint64'],
]);

interface ElementWriter {
  bytes: number;
  /** Complex types take two values (real, imaginary) per element; `bytes` is per value. */
  componentsPerElement: bigint;
  write(view: DataView, offset: number, value: number | bigint | boolean | string): void;
}

const toNumber = (value: unknown): number => Number(value);
const toBigInt = (value: unknown): bigint => (typeof value === 'bigint' ? value : BigInt(value as number));

function elementWriter(bytes: number, write: ElementWriter['write'], componentsPerElement = 1n): ElementWriter {
  return { bytes, write, componentsPerElement };
}

// DataView with littleEndian = true: raw_data is little-endian whatever the host.
const WRITERS = new Map<number, ElementWriter>([
  [OnnxDataType.FLOAT, elementWriter(4, (v, o, x) => v.setFloat32(o, toNumber(x), true))],
  [OnnxDataType.DOUBLE, elementWriter(8, (v, o, x) => v.setFloat64(o, toNumber(x), true))],
  [OnnxDataType.INT8, elementWriter(1, (v, o, x) => v.setInt8(o, toNumber(x)))],
  [OnnxDataType.UINT8, elementWriter(1, (v, o, x) => v.setUint8(o, toNumber(x)))],
  [OnnxDataType.BOOL, elementWriter(1, (v, o, x) => v.setUint8(o, x ? 1 : 0))],
  [OnnxDataType.INT16, elementWriter(2, (v, o, x) => v.setInt16(o, toNumber(x), true))],
  [OnnxDataType.UINT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
  [OnnxDataType.FLOAT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
  [OnnxDataType.BFLOAT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
  [OnnxDataType.INT32, elementWriter(4, (v, o, x) => v.setInt32(o, toNumber(x), true))],
  [OnnxDataType.UINT32, elementWriter(4, (v, o, x) => v.setUint32(o, toNumber(x), true))],
  [OnnxDataType.INT64, elementWriter(8, (v, o, x) => v.setBigInt64(o, toBigInt(x), true))],
  [OnnxDataType.UINT64, elementWriter(8, (v, o, x) => v.setBigUint64(o, toBigInt(x), true))],
  [OnnxDataType.COMPLEX64, elementWriter(4, (v, o, x) => v.setFloat32(o, toNumber(x), true), 2n)],
  [OnnxDataType.COMPLEX128, elementWriter(8, (v, o, x) => v.setFloat64(o, toNumber(x), true), 2n)],
]);

/** protobufjs writes int64 from a number, or from low/high words for values beyond 2^53. */
function int64(value: number | bigint): number | { low: number; high: number; unsigned: boolean } {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new OnnxEncodeError(`${value} is not an integer that fits in int64 exactly; pass a bigint`);
    return value;
  }
  const bits = BigInt.asUintN(64, value);
  return { low: Number(bits & 0xffffffffn) | 0, high: Number(bits >> 32n) | 0, unsigned: false };
}

function entries(metadata: OnnxMetadata): Array<{ key: string; value: string }> {
  const pairs: ReadonlyArray<readonly [string, string]> = Array.isArray(metadata)
    ? (metadata as ReadonlyArray<readonly [string, string]>)
    : Object.entries(metadata as Record<string, string>);
  return pairs.map(([key, value]) => ({ key, value }));
}

function utf8(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? new TextEncoder().encode(value) : value;
}

function setIfDefined(message: Record<string, unknown>, field: string, value: unknown): void {
  if (value !== undefined) message[field] = value;
}
