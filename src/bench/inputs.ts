import { readFile } from 'node:fs/promises';
import { ModelshipError } from '../core/errors.js';
import { createRandom } from '../core/stats/random.js';

/** An input tensor as the runners need it, independent of any runtime. */
export interface InputTensor {
  name: string;
  dtype: string;
  dims: number[];
  data: Float32Array | Float64Array | Int8Array | Int16Array | Int32Array | BigInt64Array | Uint8Array | Uint16Array | Uint32Array | BigUint64Array | string[];
}

/** What a model says it takes: from onnxruntime's metadata, the ONNX file, or an OIP server. */
export interface InputSpec {
  name: string;
  dtype: string;
  /** Sizes, symbolic names, or null/-1/'?' for an unnamed dynamic dimension. */
  shape: ReadonlyArray<number | string | null> | undefined;
}

const GENERATORS: Record<string, (n: number, r: () => number) => InputTensor['data']> = {
  float32: (n, r) => Float32Array.from({ length: n }, r),
  float64: (n, r) => Float64Array.from({ length: n }, r),
  float16: (n, r) => Uint16Array.from({ length: n }, () => toHalf(r())),
  int8: (n, r) => Int8Array.from({ length: n }, () => Math.floor(r() * 10)),
  int16: (n, r) => Int16Array.from({ length: n }, () => Math.floor(r() * 10)),
  int32: (n, r) => Int32Array.from({ length: n }, () => Math.floor(r() * 10)),
  int64: (n, r) => BigInt64Array.from({ length: n }, () => BigInt(Math.floor(r() * 10))),
  uint8: (n, r) => Uint8Array.from({ length: n }, () => Math.floor(r() * 10)),
  uint16: (n, r) => Uint16Array.from({ length: n }, () => Math.floor(r() * 10)),
  uint32: (n, r) => Uint32Array.from({ length: n }, () => Math.floor(r() * 10)),
  uint64: (n, r) => BigUint64Array.from({ length: n }, () => BigInt(Math.floor(r() * 10))),
  bool: (n, r) => Uint8Array.from({ length: n }, () => (r() < 0.5 ? 1 : 0)),
  string: (n) => Array.from({ length: n }, (_, i) => `sample ${i}`),
};

/** IEEE 754 half from a small non-negative float (values in [0, 1) are all we generate). */
function toHalf(v: number): number {
  if (v === 0) return 0;
  const exp = Math.floor(Math.log2(v));
  const mant = Math.round((v / 2 ** exp - 1) * 1024);
  return (((exp + 15) & 0x1f) << 10) | (mant & 0x3ff);
}

export const SUPPORTED_DTYPES = Object.keys(GENERATORS);

/**
 * Concrete dims for a declared shape: the first dynamic dimension (named or not) is the batch unless `dims`
 * binds it; every other symbolic dimension must be bound in bench.dims, or the inputs cannot be generated.
 */
export function concreteDims(spec: InputSpec, batch: number, bindings: Record<string, number>): number[] {
  if (spec.shape === undefined) {
    throw new ModelshipError(`input "${spec.name}" has no declared shape, so its inputs cannot be generated`, {
      hint: 'give an inputs file (bench.inputs) with the tensor, or fix the model signature',
    });
  }
  let batchUsed = false;
  return spec.shape.map((d, axis) => {
    if (typeof d === 'number' && d >= 0) return d;
    if (typeof d === 'string' && d !== '?' && bindings[d] !== undefined) return bindings[d];
    if (axis === 0 && !batchUsed) {
      batchUsed = true;
      return batch;
    }
    const label = typeof d === 'string' && d !== '?' ? `"${d}"` : 'an unnamed dynamic dimension';
    throw new ModelshipError(`input "${spec.name}" axis ${axis} is ${label}, which has no size to generate inputs with`, {
      hint: typeof d === 'string' && d !== '?' ? `bind it in bench.dims, e.g. dims: { ${d}: 128 }` : 'give an inputs file (bench.inputs)',
    });
  });
}

/** Seeded inputs for every declared input: the same seed gives the same tensors on every run. */
export function generateInputs(specs: readonly InputSpec[], batch: number, bindings: Record<string, number>, seed: number): InputTensor[] {
  const random = createRandom(`inputs:${seed}`);
  return specs.map((spec) => {
    const gen = GENERATORS[spec.dtype];
    if (!gen) {
      throw new ModelshipError(`input "${spec.name}" has element type ${spec.dtype}, for which inputs cannot be generated`, {
        hint: `supported: ${SUPPORTED_DTYPES.join(', ')}; or give an inputs file (bench.inputs)`,
      });
    }
    const dims = concreteDims(spec, batch, bindings);
    const count = dims.reduce((a, b) => a * b, 1);
    if (count > 256 * 2 ** 20) throw new ModelshipError(`input "${spec.name}" would hold ${count} elements (dims ${dims.join('x')}): too large to generate`);
    return { name: spec.name, dtype: spec.dtype, dims, data: gen(count, () => random.next()) };
  });
}

/**
 * Reads inputs from a JSON file: `{"<input>": {"dtype": "float32", "dims": [1, 4], "data": [...]}}`, or a
 * nested array per input (dims inferred, dtype taken from the model). The first dim is the batch.
 */
export async function readInputsFile(file: string, specs: readonly InputSpec[]): Promise<InputTensor[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new ModelshipError(`cannot read inputs file ${file}: ${(err as Error).message}`, { hint: 'a JSON object: input name -> {dtype, dims, data} or a nested array' });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ModelshipError(`inputs file ${file}: expected a JSON object keyed by input name`);
  const entries = parsed as Record<string, unknown>;
  for (const name of Object.keys(entries)) {
    if (!specs.some((s) => s.name === name)) throw new ModelshipError(`inputs file ${file}: the model has no input "${name}"`, { hint: `inputs: ${specs.map((s) => s.name).join(', ')}` });
  }
  return specs.map((spec) => {
    const raw = entries[spec.name];
    if (raw === undefined) throw new ModelshipError(`inputs file ${file}: input "${spec.name}" is missing`);
    let dims: number[];
    let flat: unknown[];
    let dtype = spec.dtype;
    if (Array.isArray(raw)) {
      dims = inferDims(raw, `${file}: ${spec.name}`);
      flat = (raw as unknown[]).flat(Infinity);
    } else if (typeof raw === 'object' && raw !== null && Array.isArray((raw as { data?: unknown }).data)) {
      const o = raw as { dtype?: string; dims?: unknown; data: unknown[] };
      dtype = o.dtype ?? spec.dtype;
      flat = o.data.flat(Infinity);
      dims = Array.isArray(o.dims) ? (o.dims as number[]) : [flat.length];
      if (!dims.every((d) => Number.isInteger(d) && d >= 0)) throw new ModelshipError(`inputs file ${file}: "${spec.name}".dims must be non-negative integers`);
    } else {
      throw new ModelshipError(`inputs file ${file}: input "${spec.name}" must be a nested array or {dtype, dims, data}`);
    }
    const count = dims.reduce((a, b) => a * b, 1);
    if (count !== flat.length) throw new ModelshipError(`inputs file ${file}: input "${spec.name}" has ${flat.length} values but dims ${JSON.stringify(dims)} need ${count}`);
    return { name: spec.name, dtype, dims, data: toTyped(dtype, flat, `${file}: ${spec.name}`) };
  });
}

function inferDims(value: unknown, what: string): number[] {
  const dims: number[] = [];
  let v: unknown = value;
  while (Array.isArray(v)) {
    dims.push(v.length);
    v = v[0];
  }
  const check = (x: unknown, depth: number): void => {
    if (depth === dims.length) {
      if (Array.isArray(x)) throw new ModelshipError(`${what}: ragged nested array`);
      return;
    }
    if (!Array.isArray(x) || x.length !== dims[depth]) throw new ModelshipError(`${what}: ragged nested array (axis ${depth})`);
    for (const e of x) check(e, depth + 1);
  };
  check(value, 0);
  return dims;
}

function toTyped(dtype: string, flat: unknown[], what: string): InputTensor['data'] {
  if (dtype === 'string') return flat.map(String);
  if (!GENERATORS[dtype] || dtype === 'float16') throw new ModelshipError(`${what}: element type ${dtype} is not supported in an inputs file`);
  for (const v of flat) {
    if (typeof v !== 'number' && typeof v !== 'boolean') throw new ModelshipError(`${what}: expected numbers, found ${JSON.stringify(v)}`);
  }
  const nums = flat.map(Number);
  switch (dtype) {
    case 'float32': return Float32Array.from(nums);
    case 'float64': return Float64Array.from(nums);
    case 'int8': return Int8Array.from(nums);
    case 'int16': return Int16Array.from(nums);
    case 'int32': return Int32Array.from(nums);
    case 'int64': return BigInt64Array.from(nums.map((n) => BigInt(Math.trunc(n))));
    case 'uint8': case 'bool': return Uint8Array.from(nums);
    case 'uint16': return Uint16Array.from(nums);
    case 'uint32': return Uint32Array.from(nums);
    default: return BigUint64Array.from(nums.map((n) => BigInt(Math.trunc(n))));
  }
}
