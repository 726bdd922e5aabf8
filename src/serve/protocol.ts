/**
 * Open Inference Protocol v2 JSON tensors ↔ typed arrays, validated against the model's signature. Pure: no
 * onnxruntime here, so every rule is testable without a model and a bad request never reaches the runtime.
 */

/** OIP datatype by onnxruntime element type. */
export const OIP_DATATYPE: Readonly<Record<string, string>> = {
  bool: 'BOOL', uint8: 'UINT8', uint16: 'UINT16', uint32: 'UINT32', uint64: 'UINT64', int8: 'INT8', int16: 'INT16',
  int32: 'INT32', int64: 'INT64', float16: 'FP16', float32: 'FP32', float64: 'FP64', string: 'BYTES',
};
const DTYPE_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(OIP_DATATYPE).map(([k, v]) => [v, k]));

/** A tensor as the model declares it; `null` dims are free (shown as -1 in metadata). */
export interface TensorMeta {
  name: string;
  dtype: string;
  shape: Array<number | null>;
  /** The symbolic name of a free first dimension ('' when unnamed); absent when dim 0 is fixed. */
  dim0?: string;
}

export type TensorData = Float32Array | Float64Array | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | BigInt64Array | BigUint64Array | string[] | boolean[];

export interface DecodedTensor {
  name: string;
  dtype: string;
  dims: number[];
  data: TensorData;
}

export interface DecodedRequest {
  id?: string;
  inputs: DecodedTensor[];
  /** Outputs asked for by name; undefined = all. */
  outputs?: string[];
  /**
   * Outputs to return as binary data (binary tensor data extension): `binary_data_output` of the request
   * sets the default, `binary_data` of an output overrides it. Undefined = every output as JSON.
   */
  binaryOutputs?: { all: boolean; byName: ReadonlyMap<string, boolean> };
}

/** Whether an output goes back as binary data. */
export function wantsBinary(req: Pick<DecodedRequest, 'binaryOutputs'>, name: string): boolean {
  const b = req.binaryOutputs;
  return b !== undefined && (b.byName.get(name) ?? b.all);
}

/** A request the client must fix: answered 400 with `{"error": message}`. */
export class ProtocolError extends Error {
  readonly status: number;
  constructor(message: string, status = 400) {
    super(message);
    this.name = 'ProtocolError';
    this.status = status;
  }
}

export function metadataTensor(t: TensorMeta): { name: string; datatype: string; shape: number[] } {
  return { name: t.name, datatype: OIP_DATATYPE[t.dtype] ?? t.dtype.toUpperCase(), shape: t.shape.map((d) => (d === null ? -1 : d)) };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A client's value, shortened for an error message, without walking into it: JSON.stringify recurses, and a
 * value nested thousands of levels deep (JSON.parse takes it) would overflow the stack and become a 500.
 */
export function preview(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : `a list of ${value.length}`;
  if (isObj(value)) return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Flattens row-major nested arrays without recursion (a hostile 100k-deep nesting must not overflow the stack). */
function flatten(data: unknown[], expected: number, what: string): unknown[] {
  if (!data.some(Array.isArray)) return data;
  const out: unknown[] = [];
  const stack: Array<{ a: unknown[]; i: number }> = [{ a: data, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i >= top.a.length) {
      stack.pop();
      continue;
    }
    const v = top.a[top.i++];
    if (Array.isArray(v)) {
      if (stack.length > 64) throw new ProtocolError(`${what}: "data" is nested deeper than 64 levels`);
      stack.push({ a: v, i: 0 });
    } else {
      out.push(v);
      if (out.length > expected) break;
    }
  }
  return out;
}

const INT_RANGE: Record<string, [number, number]> = {
  int8: [-128, 127], uint8: [0, 255], int16: [-32768, 32767], uint16: [0, 65535], int32: [-2147483648, 2147483647], uint32: [0, 4294967295],
};

function typed(dtype: string, values: unknown[], what: string): TensorData {
  const bad = (i: number, expected: string): never => {
    throw new ProtocolError(`${what}: data[${i}] is ${preview(values[i])}, expected ${expected}`);
  };
  switch (dtype) {
    case 'float32':
    case 'float64': {
      const out = dtype === 'float32' ? new Float32Array(values.length) : new Float64Array(values.length);
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (typeof v !== 'number') bad(i, 'a number');
        out[i] = v as number;
      }
      return out;
    }
    case 'int8': case 'uint8': case 'int16': case 'uint16': case 'int32': case 'uint32': {
      const [lo, hi] = INT_RANGE[dtype];
      const Ctor = { int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array, int32: Int32Array, uint32: Uint32Array }[dtype];
      const out = new Ctor(values.length);
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) bad(i, `an integer in [${lo}, ${hi}]`);
        out[i] = v as number;
      }
      return out;
    }
    case 'int64':
    case 'uint64': {
      const out = dtype === 'int64' ? new BigInt64Array(values.length) : new BigUint64Array(values.length);
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        // Integers beyond 2^53 cannot travel exactly as JSON numbers; a decimal string carries them exactly.
        if (typeof v === 'number' && Number.isSafeInteger(v) && (dtype === 'int64' || v >= 0)) out[i] = BigInt(v);
        else if (typeof v === 'string' && /^-?\d{1,20}$/.test(v)) {
          const b = BigInt(v);
          if (dtype === 'int64' ? b < -(2n ** 63n) || b >= 2n ** 63n : b < 0n || b >= 2n ** 64n) bad(i, `an ${dtype}`);
          out[i] = b;
        } else bad(i, dtype === 'int64' ? 'an integer' : 'a non-negative integer');
      }
      return out;
    }
    case 'bool': {
      const out: boolean[] = new Array(values.length);
      for (let i = 0; i < values.length; i++) {
        if (typeof values[i] !== 'boolean') bad(i, 'true or false');
        out[i] = values[i] as boolean;
      }
      return out;
    }
    case 'string': {
      const out: string[] = new Array(values.length);
      for (let i = 0; i < values.length; i++) {
        if (typeof values[i] !== 'string') bad(i, 'a string');
        out[i] = values[i] as string;
      }
      return out;
    }
    default:
      throw new ProtocolError(`${what}: datatype ${OIP_DATATYPE[dtype] ?? dtype} cannot be sent as JSON by this server`);
  }
}

const MAX_ELEMENTS = 1 << 28;

/** Bytes per element of each fixed-size type in the binary tensor data extension. */
const ELEMENT_BYTES: Readonly<Record<string, number>> = {
  bool: 1, uint8: 1, int8: 1, uint16: 2, int16: 2, float16: 2, uint32: 4, int32: 4, float32: 4, uint64: 8, int64: 8, float64: 8,
};
const TYPED_CTOR: Readonly<Record<string, new (n: number) => Exclude<TensorData, string[] | boolean[]>>> = {
  bool: Uint8Array, uint8: Uint8Array, int8: Int8Array, uint16: Uint16Array, int16: Int16Array, float16: Uint16Array, uint32: Uint32Array,
  int32: Int32Array, float32: Float32Array, uint64: BigUint64Array, int64: BigInt64Array, float64: Float64Array,
};
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Reverses the bytes of each element in place: the wire is little-endian, whatever the host. */
function swapBytes(bytes: Uint8Array, size: number): void {
  for (let i = 0; i + size <= bytes.length; i += size) bytes.subarray(i, i + size).reverse();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One input's binary data (little-endian, row-major; BOOL one byte 0/1; BYTES 4-byte length + bytes). */
function binaryTensor(dtype: string, bytes: Uint8Array, count: number, shapeText: string, what: string): TensorData {
  const size = ELEMENT_BYTES[dtype];
  if (size !== undefined) {
    if (bytes.length !== count * size) {
      throw new ProtocolError(`${what}: "binary_data_size" is ${bytes.length} bytes, but shape ${shapeText} of ${OIP_DATATYPE[dtype]} needs ${count * size} (${count} × ${size})`);
    }
    // Copied into a fresh, aligned buffer: the body's offsets need not be multiples of the element size.
    const out = new TYPED_CTOR[dtype](count);
    const view = new Uint8Array(out.buffer, 0, bytes.length);
    view.set(bytes);
    if (!LITTLE_ENDIAN && size > 1) swapBytes(view, size);
    if (dtype === 'bool') {
      for (let i = 0; i < view.length; i++) if (view[i] > 1) throw new ProtocolError(`${what}: binary BOOL element ${i} is ${view[i]}, expected 0 or 1`);
    }
    return out;
  }
  if (dtype === 'string') {
    const out: string[] = new Array(count);
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 4 > bytes.length) throw new ProtocolError(`${what}: binary BYTES data ends before element ${i} of ${count} (each element is a 4-byte length, then the bytes)`);
      const n = dv.getUint32(at, true);
      at += 4;
      if (at + n > bytes.length) throw new ProtocolError(`${what}: binary BYTES element ${i} says ${n} bytes, but only ${bytes.length - at} remain`);
      try {
        out[i] = utf8.decode(bytes.subarray(at, at + n));
      } catch {
        throw new ProtocolError(`${what}: binary BYTES element ${i} is not valid UTF-8 (this server passes BYTES to the model as strings)`);
      }
      at += n;
    }
    if (at !== bytes.length) throw new ProtocolError(`${what}: "binary_data_size" is ${bytes.length} bytes, but its ${count} BYTES elements take ${at}`);
    return out;
  }
  throw new ProtocolError(`${what}: datatype ${OIP_DATATYPE[dtype] ?? dtype} cannot be sent by this server`);
}

/**
 * Validates an inference request body against the model's inputs and outputs: every required input present
 * once, datatype as declared, shape of the declared rank with fixed dims equal, as many values as the shape
 * holds, each of the right kind. Every error names the input and what was expected.
 *
 * `binary` is what follows the JSON header when the request used the binary tensor data extension
 * (`Inference-Header-Content-Length`): inputs with `parameters.binary_data_size` take their bytes from it,
 * in the order they are listed, and together they must use it exactly.
 */
export function decodeInferRequest(body: unknown, inputs: readonly TensorMeta[], outputs: readonly TensorMeta[], binary?: Uint8Array): DecodedRequest {
  if (!isObj(body)) throw new ProtocolError('the request body must be a JSON object {"inputs": [...]}');
  let id: string | undefined;
  if (body.id !== undefined) {
    if (typeof body.id !== 'string') throw new ProtocolError(`"id" must be a string, got ${preview(body.id)}`);
    id = body.id;
  }
  if (!Array.isArray(body.inputs) || body.inputs.length === 0) throw new ProtocolError(`"inputs" must be a non-empty list; this model takes ${inputs.map((i) => `"${i.name}"`).join(', ')}`);
  let binaryAt = 0;
  const seen = new Map<string, DecodedTensor>();
  const list = body.inputs as unknown[];
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    if (!isObj(raw)) throw new ProtocolError(`inputs[${index}] must be an object {name, shape, datatype, data}`);
    const name = raw.name;
    if (typeof name !== 'string') throw new ProtocolError(`inputs[${index}].name must be a string`);
    let meta: TensorMeta | undefined;
    for (const m of inputs) if (m.name === name) meta = m;
    if (!meta) throw new ProtocolError(`unknown input "${name}"; this model takes ${inputs.map((i) => `"${i.name}"`).join(', ')}`);
    if (seen.has(name)) throw new ProtocolError(`input "${name}" is given twice`);
    const what = `input "${name}"`;
    const expectedType = OIP_DATATYPE[meta.dtype] ?? meta.dtype;
    if (raw.datatype !== expectedType) throw new ProtocolError(`${what}: datatype must be ${expectedType}, got ${preview(raw.datatype)}`);
    const shape = raw.shape;
    const expectedShape = () => JSON.stringify(meta.shape.map((d) => (d === null ? -1 : d)));
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) throw new ProtocolError(`${what}: shape must be a list of non-negative integers like ${expectedShape()}`);
    if (shape.length !== meta.shape.length) throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} has rank ${shape.length}, expected rank ${meta.shape.length} ${expectedShape()}`);
    let count = 1;
    for (let i = 0; i < shape.length; i++) {
      const d = meta.shape[i];
      if (d !== null && shape[i] !== d) throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} does not match ${expectedShape()} (dimension ${i} must be ${d})`);
      count *= shape[i] as number;
    }
    if (count > MAX_ELEMENTS) throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} holds ${count} elements, more than ${MAX_ELEMENTS}`);
    const params = raw.parameters;
    if (params !== undefined && !isObj(params)) throw new ProtocolError(`${what}: "parameters" must be an object`);
    const binarySize = params?.binary_data_size;
    let data: TensorData;
    if (binarySize !== undefined) {
      if (!Number.isSafeInteger(binarySize) || (binarySize as number) < 0) throw new ProtocolError(`${what}: "binary_data_size" must be a non-negative integer, got ${preview(binarySize)}`);
      if (!binary) throw new ProtocolError(`${what}: "binary_data_size" is given but the request has no binary data: send the JSON length in the Inference-Header-Content-Length header and the tensor bytes after the JSON`);
      if (raw.data !== undefined) throw new ProtocolError(`${what}: give either "data" or "parameters.binary_data_size", not both`);
      const size = binarySize as number;
      if (binaryAt + size > binary.length) throw new ProtocolError(`${what}: "binary_data_size" is ${size} bytes, but only ${binary.length - binaryAt} bytes of binary data remain after the JSON header`);
      data = binaryTensor(meta.dtype, binary.subarray(binaryAt, binaryAt + size), count, JSON.stringify(shape), what);
      binaryAt += size;
    } else {
      if (!Array.isArray(raw.data)) throw new ProtocolError(`${what}: "data" must be a list (flat or nested, row-major)`);
      const flat = flatten(raw.data, count, what);
      if (flat.length !== count) throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} holds ${count} values, but "data" has ${flat.length}${flat.length > count ? ' or more' : ''}`);
      data = typed(meta.dtype, flat, what);
    }
    seen.set(name, { name, dtype: meta.dtype, dims: shape as number[], data });
  }
  if (binary && binaryAt !== binary.length) {
    throw new ProtocolError(`the request has ${binary.length} bytes of binary data after the JSON header, but the inputs' "binary_data_size" add up to ${binaryAt}`);
  }
  if (seen.size !== inputs.length) {
    const missing = inputs.filter((i) => !seen.has(i.name));
    throw new ProtocolError(`missing input ${missing.map((m) => `"${m.name}" (${OIP_DATATYPE[m.dtype] ?? m.dtype} ${JSON.stringify(m.shape.map((d) => d ?? -1))})`).join(', ')}`);
  }
  let binaryOutputs: DecodedRequest['binaryOutputs'];
  const byName = new Map<string, boolean>();
  let all = false;
  if (body.parameters !== undefined) {
    if (!isObj(body.parameters)) throw new ProtocolError('"parameters" must be an object');
    const b = body.parameters.binary_data_output;
    if (b !== undefined && typeof b !== 'boolean') throw new ProtocolError(`"parameters.binary_data_output" must be true or false, got ${preview(b)}`);
    all = b === true;
  }
  let wanted: string[] | undefined;
  if (body.outputs !== undefined) {
    if (!Array.isArray(body.outputs)) throw new ProtocolError('"outputs" must be a list of {name}');
    const known = new Set(outputs.map((o) => o.name));
    wanted = body.outputs.map((o: unknown, i: number) => {
      if (!isObj(o) || typeof o.name !== 'string') throw new ProtocolError(`outputs[${i}] must be {"name": "<output>"}`);
      if (!known.has(o.name)) throw new ProtocolError(`unknown output "${o.name}"; this model gives ${outputs.map((x) => `"${x.name}"`).join(', ')}`);
      if (o.parameters !== undefined) {
        if (!isObj(o.parameters)) throw new ProtocolError(`outputs[${i}].parameters must be an object`);
        const b = o.parameters.binary_data;
        if (b !== undefined && typeof b !== 'boolean') throw new ProtocolError(`outputs[${i}].parameters.binary_data must be true or false, got ${preview(b)}`);
        if (b !== undefined) byName.set(o.name, b);
      }
      return o.name;
    });
  }
  if (all || byName.size > 0) binaryOutputs = { all, byName };
  const decoded: DecodedRequest = { id, inputs: inputs.map((i) => seen.get(i.name) as DecodedTensor), outputs: wanted };
  if (binaryOutputs) decoded.binaryOutputs = binaryOutputs;
  return decoded;
}

export interface OutputTensor {
  name: string;
  dtype: string;
  dims: readonly number[];
  data: ArrayLike<unknown>;
}

/** IEEE 754 half-precision bits to a number (onnxruntime hands float16 tensors over as raw bits). */
function halfToNumber(h: number): number {
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  const sign = h & 0x8000 ? -1 : 1;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** A JSON list of numbers; NaN and ±Infinity (which JSON cannot carry) go out as null. */
function numbersJson(d: ArrayLike<number>): string {
  for (let i = 0; i < d.length; i++) {
    if (!Number.isFinite(d[i])) {
      let text = '[';
      for (let k = 0; k < d.length; k++) text += (k ? ',' : '') + (Number.isFinite(d[k]) ? String(d[k]) : 'null');
      return `${text}]`;
    }
  }
  // Number → text is the same in join and JSON.stringify for finite values; join avoids an array per output.
  return `[${Array.prototype.join.call(d, ',')}]`;
}

/** JSON data of one output, without intermediate arrays. 64-bit integers beyond 2^53 go out as decimal strings. */
function dataJson(t: OutputTensor): string {
  const d = t.data;
  if (t.dtype === 'bool') {
    let text = '[';
    for (let i = 0; i < d.length; i++) text += (i ? ',' : '') + (d[i] ? 'true' : 'false');
    return `${text}]`;
  }
  if (t.dtype === 'float16' && d instanceof Uint16Array) return numbersJson(Array.from(d, halfToNumber));
  if (d instanceof BigInt64Array || d instanceof BigUint64Array) {
    let safe = true;
    for (let i = 0; i < d.length && safe; i++) safe = d[i] <= 9007199254740991n && d[i] >= -9007199254740991n;
    if (safe) return `[${Array.prototype.join.call(d, ',')}]`;
    let text = '[';
    for (let i = 0; i < d.length; i++) text += (i ? ',' : '') + (d[i] <= 9007199254740991n && d[i] >= -9007199254740991n ? d[i].toString() : `"${d[i].toString()}"`);
    return `${text}]`;
  }
  if (ArrayBuffer.isView(d)) return numbersJson(d as unknown as ArrayLike<number>);
  return JSON.stringify(Array.from(d));
}

function datatypeOf(t: OutputTensor): string {
  return OIP_DATATYPE[t.dtype] ?? t.dtype.toUpperCase();
}

function responseStart(model: string, version: string, id: string | undefined): string {
  return `{"model_name":${JSON.stringify(model)},"model_version":${JSON.stringify(version)}${id !== undefined ? `,"id":${JSON.stringify(id)}` : ''},"outputs":[`;
}

/** The JSON response (every output as JSON data). */
export function encodeInferResponse(model: string, version: string, id: string | undefined, outputs: readonly OutputTensor[]): string {
  let text = responseStart(model, version, id);
  for (let i = 0; i < outputs.length; i++) {
    const t = outputs[i];
    text += `${i ? ',' : ''}{"name":${JSON.stringify(t.name)},"datatype":"${datatypeOf(t)}","shape":[${t.dims.join(',')}],"data":${dataJson(t)}}`;
  }
  return `${text}]}`;
}

/** The little-endian bytes of one output (views when the host is little-endian). */
function outputBytes(t: OutputTensor): Uint8Array {
  const d = t.data;
  if (t.dtype === 'string') {
    const parts = Array.from(d as ArrayLike<string>, (s) => Buffer.from(String(s), 'utf8'));
    const out = Buffer.allocUnsafe(parts.reduce((n, p) => n + 4 + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.writeUInt32LE(p.length, at);
      p.copy(out, at + 4);
      at += 4 + p.length;
    }
    return out;
  }
  if (Array.isArray(d)) return Uint8Array.from(d as unknown[], (v) => (v ? 1 : 0));
  const view = d as unknown as Uint8Array;
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const size = ELEMENT_BYTES[t.dtype] ?? 1;
  if (LITTLE_ENDIAN || size === 1) return bytes;
  const copy = Uint8Array.from(bytes);
  swapBytes(copy, size);
  return copy;
}

/**
 * The response when some outputs go back as binary data: the JSON header (those outputs carry
 * `parameters.binary_data_size` and no `data`), then their bytes in the order they are listed. The caller
 * sends `Inference-Header-Content-Length: headerLength`.
 */
export function encodeBinaryResponse(model: string, version: string, id: string | undefined, outputs: readonly OutputTensor[], binary: (name: string) => boolean): { headerLength: number; body: Buffer } {
  let text = responseStart(model, version, id);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < outputs.length; i++) {
    const t = outputs[i];
    text += `${i ? ',' : ''}{"name":${JSON.stringify(t.name)},"datatype":"${datatypeOf(t)}","shape":[${t.dims.join(',')}]`;
    if (binary(t.name)) {
      const bytes = outputBytes(t);
      chunks.push(bytes);
      text += `,"parameters":{"binary_data_size":${bytes.length}}}`;
    } else text += `,"data":${dataJson(t)}}`;
  }
  const header = Buffer.from(`${text}]}`, 'utf8');
  return { headerLength: header.length, body: Buffer.concat([header, ...chunks]) };
}
