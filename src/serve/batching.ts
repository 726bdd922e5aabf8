/**
 * Dynamic batching, the pure part: which signatures can be batched, which requests can share a run, how
 * their inputs are joined along the batch axis and how the outputs are split back. No onnxruntime here, so
 * every rule is testable without a model; the scheduling lives with the sessions (sessions.ts).
 */
import type { DecodedTensor, OutputTensor, TensorData, TensorMeta } from './protocol.js';

/** How requests are merged: at most `maxRows` rows per run; `maxDelayMs` > 0 waits that long for more. */
export interface BatchPolicy {
  maxRows: number;
  maxDelayMs: number;
}

export const DEFAULT_BATCH: BatchPolicy = { maxRows: 64, maxDelayMs: 0 };

/** Whether a version batches, and why not when it does not (logged at load). */
export type Batching = { enabled: true } | { enabled: false; reason: string };

/**
 * A signature can be batched when every input and every output has a free first dimension, all with the
 * same symbolic name where names are given (`batch`, `N`: two different names are two different axes).
 * Whether rows are really independent is checked by running the model (see `probeRows`), not assumed.
 */
export function batchAxis(inputs: readonly TensorMeta[], outputs: readonly TensorMeta[]): Batching {
  if (inputs.length === 0 || outputs.length === 0) return { enabled: false, reason: 'the model has no inputs or no outputs' };
  const names = new Set<string>();
  for (const [kind, list] of [['input', inputs], ['output', outputs]] as const) {
    for (const t of list) {
      if (t.dtype === 'unsupported') return { enabled: false, reason: `${kind} "${t.name}" is not a tensor` };
      if (t.shape.length === 0 || t.shape[0] !== null) {
        return { enabled: false, reason: `${kind} "${t.name}" has ${t.shape.length === 0 ? 'no declared first dimension' : `a fixed first dimension (${t.shape[0]})`}` };
      }
      if (t.dim0) names.add(t.dim0);
    }
  }
  if (names.size > 1) return { enabled: false, reason: `the first dimensions have different names (${[...names].join(', ')})` };
  return { enabled: true };
}

/**
 * The rows of a request and the key of the requests it can share a run with: every input has the same
 * number of rows (at least one) and the same non-batch dims. Undefined when the request must run alone.
 */
export function batchKey(inputs: readonly DecodedTensor[]): { rows: number; key: string } | undefined {
  if (inputs.length === 0) return undefined;
  const rows = inputs[0].dims[0];
  if (!(rows > 0)) return undefined;
  let key = '';
  for (let i = 0; i < inputs.length; i++) {
    const dims = inputs[i].dims;
    if (dims.length === 0 || dims[0] !== rows) return undefined;
    key += i === 0 ? '' : '|';
    for (let d = 1; d < dims.length; d++) key += d === 1 ? String(dims[d]) : `x${dims[d]}`;
  }
  return { rows, key };
}

type TypedCtor = Float32ArrayConstructor | Float64ArrayConstructor | Int8ArrayConstructor | Uint8ArrayConstructor | Int16ArrayConstructor | Uint16ArrayConstructor | Int32ArrayConstructor | Uint32ArrayConstructor | BigInt64ArrayConstructor | BigUint64ArrayConstructor;

/** The typed array an element type travels in (bool as bytes 0/1, float16 as its raw bits). */
export const TYPED_ARRAY: Readonly<Record<string, TypedCtor>> = {
  float32: Float32Array, float64: Float64Array, int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array,
  int32: Int32Array, uint32: Uint32Array, int64: BigInt64Array, uint64: BigUint64Array, float16: Uint16Array, bool: Uint8Array,
};

function concatData(dtype: string, parts: readonly TensorData[], total: number): TensorData {
  if (dtype === 'string') {
    const out: string[] = [];
    for (const p of parts) for (const v of p as string[]) out.push(v);
    return out;
  }
  const Ctor = TYPED_ARRAY[dtype];
  if (!Ctor) throw new Error(`cannot batch element type ${dtype}`);
  const out = new Ctor(total);
  let at = 0;
  for (const p of parts) {
    if (Array.isArray(p)) {
      // bool from JSON arrives as booleans; onnxruntime takes the same tensor as bytes 0/1.
      for (let i = 0; i < p.length; i++) (out as Uint8Array)[at + i] = p[i] ? 1 : 0;
    } else (out as Uint8Array).set(p as Uint8Array, at);
    at += p.length;
  }
  return out;
}

/** Joins the inputs of several requests (same key) along the batch axis, in request order. */
export function concatInputs(requests: ReadonlyArray<readonly DecodedTensor[]>, rows: number): DecodedTensor[] {
  const first = requests[0];
  return first.map((t, i) => {
    let total = 0;
    const parts = requests.map((r) => {
      total += r[i].data.length;
      return r[i].data;
    });
    return { name: t.name, dtype: t.dtype, dims: [rows, ...t.dims.slice(1)], data: concatData(t.dtype, parts, total) };
  });
}

/**
 * Splits the outputs of a batched run back per request (views, not copies). Undefined when an output does
 * not follow the batch axis (its first dimension is not the total rows), so the caller must not batch.
 */
export function splitOutputs(outputs: readonly OutputTensor[], parts: ReadonlyArray<{ rows: number; names: readonly string[] }>, total: number): OutputTensor[][] | undefined {
  const byName = new Map<string, { t: OutputTensor; per: number }>();
  for (const t of outputs) {
    if (t.dims.length === 0 || t.dims[0] !== total) return undefined;
    let per = 1;
    for (let d = 1; d < t.dims.length; d++) per *= t.dims[d];
    if (t.data.length !== per * total) return undefined;
    byName.set(t.name, { t, per });
  }
  let row = 0;
  return parts.map((p) => {
    const start = row;
    row += p.rows;
    return p.names.map((name) => {
      const { t, per } = byName.get(name) as { t: OutputTensor; per: number };
      const d = t.data as TensorData;
      const data = Array.isArray(d) ? d.slice(start * per, row * per) : (d as Uint8Array).subarray(start * per, row * per);
      return { name, dtype: t.dtype, dims: [p.rows, ...t.dims.slice(1)], data };
    });
  });
}

function probeData(dtype: string, n: number, one: boolean): TensorData {
  if (dtype === 'string') return new Array<string>(n).fill(one ? 'b' : 'a');
  const Ctor = TYPED_ARRAY[dtype];
  if (!Ctor) throw new Error(`no probe value for element type ${dtype}`);
  const out = new Ctor(n);
  if (one) {
    if (out instanceof BigInt64Array || out instanceof BigUint64Array) out.fill(1n);
    else (out as Uint8Array).fill(dtype === 'float16' ? 0x3c00 : 1);
  }
  return out;
}

/**
 * Two different one-row requests (all zeros, all ones; free dims as 1, fixed ones as declared). The model batches only if
 * running them together gives, bit for bit, what running each alone gives: this catches graphs whose rows
 * interact (a mean over the batch) or whose kernels round differently by batch size.
 */
export function probeRows(inputs: readonly TensorMeta[]): [DecodedTensor[], DecodedTensor[]] {
  const row = (one: boolean) =>
    inputs.map((m) => {
      // Free dims as 1 (one row); a fixed first dim as declared (only the inline measurement meets one: the
      // batching probe runs only on a free batch axis).
      const dims = m.shape.map((d) => d ?? 1);
      return { name: m.name, dtype: m.dtype, dims, data: probeData(m.dtype, dims.reduce((a, b) => a * b, 1), one) };
    });
  return [row(false), row(true)];
}

/** Same dims and the same bits (NaN included) in the same element type. */
export function sameTensor(a: OutputTensor, b: OutputTensor): boolean {
  if (a.dtype !== b.dtype || a.dims.length !== b.dims.length || a.dims.some((d, i) => d !== b.dims[i]) || a.data.length !== b.data.length) return false;
  const x = a.data as TensorData;
  const y = b.data as TensorData;
  if (Array.isArray(x) || Array.isArray(y)) {
    for (let i = 0; i < x.length; i++) if ((x as unknown[])[i] !== (y as unknown[])[i]) return false;
    return true;
  }
  const bx = new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  const by = new Uint8Array(y.buffer, y.byteOffset, y.byteLength);
  if (bx.length !== by.length) return false;
  for (let i = 0; i < bx.length; i++) if (bx[i] !== by[i]) return false;
  return true;
}
