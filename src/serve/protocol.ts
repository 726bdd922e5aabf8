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
    throw new ProtocolError(`${what}: data[${i}] is ${JSON.stringify(values[i])?.slice(0, 40)}, expected ${expected}`);
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

/**
 * Validates an inference request body against the model's inputs and outputs: every required input present
 * once, datatype as declared, shape of the declared rank with fixed dims equal, as many values as the shape
 * holds, each of the right kind. Every error names the input and what was expected.
 */
export function decodeInferRequest(body: unknown, inputs: readonly TensorMeta[], outputs: readonly TensorMeta[]): DecodedRequest {
  if (!isObj(body)) throw new ProtocolError('the request body must be a JSON object {"inputs": [...]}');
  let id: string | undefined;
  if (body.id !== undefined) {
    if (typeof body.id !== 'string') throw new ProtocolError(`"id" must be a string, got ${JSON.stringify(body.id).slice(0, 40)}`);
    id = body.id;
  }
  if (!Array.isArray(body.inputs) || body.inputs.length === 0) throw new ProtocolError(`"inputs" must be a non-empty list; this model takes ${inputs.map((i) => `"${i.name}"`).join(', ')}`);
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const seen = new Map<string, DecodedTensor>();
  body.inputs.forEach((raw: unknown, index: number) => {
    if (!isObj(raw)) throw new ProtocolError(`inputs[${index}] must be an object {name, shape, datatype, data}`);
    const name = raw.name;
    if (typeof name !== 'string') throw new ProtocolError(`inputs[${index}].name must be a string`);
    const meta = byName.get(name);
    if (!meta) throw new ProtocolError(`unknown input "${name}"; this model takes ${inputs.map((i) => `"${i.name}"`).join(', ')}`);
    if (seen.has(name)) throw new ProtocolError(`input "${name}" is given twice`);
    const what = `input "${name}"`;
    const expectedType = OIP_DATATYPE[meta.dtype] ?? meta.dtype;
    if (raw.datatype !== expectedType) throw new ProtocolError(`${what}: datatype must be ${expectedType}, got ${JSON.stringify(raw.datatype)?.slice(0, 40)}`);
    const shape = raw.shape;
    const expectedShape = JSON.stringify(meta.shape.map((d) => (d === null ? -1 : d)));
    if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) throw new ProtocolError(`${what}: shape must be a list of non-negative integers like ${expectedShape}`);
    if (shape.length !== meta.shape.length) throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} has rank ${shape.length}, expected rank ${meta.shape.length} ${expectedShape}`);
    meta.shape.forEach((d, i) => {
      if (d !== null && shape[i] !== d) throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} does not match ${expectedShape} (dimension ${i} must be ${d})`);
    });
    const count = (shape as number[]).reduce((a, b) => a * b, 1);
    if (count > MAX_ELEMENTS) throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} holds ${count} elements, more than ${MAX_ELEMENTS}`);
    if (!Array.isArray(raw.data)) throw new ProtocolError(`${what}: "data" must be a list (flat or nested, row-major)`);
    const flat = flatten(raw.data, count, what);
    if (flat.length !== count) throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} holds ${count} values, but "data" has ${flat.length}${flat.length > count ? ' or more' : ''}`);
    seen.set(name, { name, dtype: meta.dtype, dims: shape as number[], data: typed(meta.dtype, flat, what) });
  });
  const missing = inputs.filter((i) => !seen.has(i.name));
  if (missing.length > 0) throw new ProtocolError(`missing input ${missing.map((m) => `"${m.name}" (${OIP_DATATYPE[m.dtype] ?? m.dtype} ${JSON.stringify(m.shape.map((d) => d ?? -1))})`).join(', ')}`);
  let wanted: string[] | undefined;
  if (body.outputs !== undefined) {
    if (!Array.isArray(body.outputs)) throw new ProtocolError('"outputs" must be a list of {name}');
    const known = new Set(outputs.map((o) => o.name));
    wanted = body.outputs.map((o: unknown, i: number) => {
      if (!isObj(o) || typeof o.name !== 'string') throw new ProtocolError(`outputs[${i}] must be {"name": "<output>"}`);
      if (!known.has(o.name)) throw new ProtocolError(`unknown output "${o.name}"; this model gives ${outputs.map((x) => `"${x.name}"`).join(', ')}`);
      return o.name;
    });
  }
  return { id, inputs: inputs.filter((i) => seen.has(i.name)).map((i) => seen.get(i.name) as DecodedTensor), outputs: wanted };
}

export interface OutputTensor {
  name: string;
  dtype: string;
  dims: readonly number[];
  data: ArrayLike<unknown>;
}

/** JSON-safe values: 64-bit integers beyond 2^53 go out as decimal strings rather than silently rounded. */
function jsonData(t: OutputTensor): unknown[] {
  const d = t.data;
  if (d instanceof BigInt64Array || d instanceof BigUint64Array) {
    const out = new Array<number | string>(d.length);
    for (let i = 0; i < d.length; i++) {
      const b = d[i];
      out[i] = b <= 9007199254740991n && b >= -9007199254740991n ? Number(b) : b.toString();
    }
    return out;
  }
  if (d instanceof Float32Array || d instanceof Float64Array) {
    // JSON has no NaN or Infinity: they go out as null, which a client can see, instead of breaking the body.
    const out = new Array<number | null>(d.length);
    for (let i = 0; i < d.length; i++) out[i] = Number.isFinite(d[i]) ? d[i] : null;
    return out;
  }
  return Array.from(d);
}

export function encodeInferResponse(model: string, version: string, id: string | undefined, outputs: readonly OutputTensor[]): string {
  return JSON.stringify({
    model_name: model,
    model_version: version,
    ...(id !== undefined ? { id } : {}),
    outputs: outputs.map((t) => ({ name: t.name, datatype: OIP_DATATYPE[t.dtype] ?? t.dtype.toUpperCase(), shape: Array.from(t.dims), data: jsonData(t) })),
  });
}

export function dtypeOfDatatype(datatype: string): string | undefined {
  return DTYPE_OF[datatype];
}
