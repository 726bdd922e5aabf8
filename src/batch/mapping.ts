import { ModelshipError } from '../core/errors.js';
import type { DecodedTensor, TensorData } from '../serve/protocol.js';

/** A model input or output as the signature declares it (dims: number, symbolic name, or null). */
export interface SignatureTensor {
  name: string;
  dtype: string;
  shape?: Array<number | string | null>;
}

/** How one model input is filled from the columns of a file. */
export interface InputBinding {
  input: SignatureTensor;
  /** One column holding a whole row vector (`vector`), or one scalar column per element (`scalars`). */
  mode: 'vector' | 'scalars';
  columns: string[];
  /** Elements per row (product of the non-batch dims). */
  rowSize: number;
  rowDims: number[];
}

export interface ColumnPlan {
  bindings: InputBinding[];
  /** Every column read, in order: the bindings' then the pass-through ones. */
  wanted: string[];
  passthrough: string[];
}

const SUPPORTED = new Set(['float32', 'float64', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'bool', 'string']);

export function describeTensor(t: SignatureTensor): string {
  return `${t.dtype} [${(t.shape ?? []).map((d) => (d === null ? '?' : d)).join(',')}]`;
}

/**
 * Maps the model's inputs to a file's columns: a column named like the input (one value, or one array
 * per row), else the columns configured for it (`columns: {features: [a, b, c, d]}`). Anything that
 * cannot work is an error naming the file, the input, its dtype and shape, and the columns on offer.
 */
export function planColumns(file: string, inputs: SignatureTensor[], available: string[], configured: Record<string, string[]>, passthrough: string[]): ColumnPlan {
  const has = new Set(available);
  for (const name of Object.keys(configured)) {
    if (!inputs.some((i) => i.name === name)) throw new ModelshipError(`columns: the model has no input "${name}"`, { hint: `inputs: ${inputs.map((i) => `${i.name} (${describeTensor(i)})`).join(', ')}` });
  }
  const bindings = inputs.map((input): InputBinding => {
    const what = `model input "${input.name}" (${describeTensor(input)})`;
    if (!SUPPORTED.has(input.dtype)) throw new ModelshipError(`${what}: dtype ${input.dtype} cannot be read from columns`);
    const shape = input.shape;
    if (!shape || shape.length === 0 || typeof shape[0] === 'number') {
      throw new ModelshipError(`${what}: its first dimension is not a free batch axis, so rows cannot be stacked`, { hint: 'export the model with a dynamic batch dimension' });
    }
    const rowDims = shape.slice(1).map((d) => {
      if (typeof d !== 'number') throw new ModelshipError(`${what}: only the first dimension may be free, the others need sizes to be read from columns`);
      return d;
    });
    const rowSize = rowDims.reduce((a, b) => a * b, 1);
    const chosen = configured[input.name];
    if (chosen) {
      const missing = chosen.filter((c) => !has.has(c));
      if (missing.length > 0) throw new ModelshipError(`${file}: column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} mapped to ${what} ${missing.length > 1 ? 'are' : 'is'} not in the file`, { hint: `columns: ${available.join(', ') || '(none)'}` });
      if (chosen.length === 1 && rowSize !== 1) return { input, mode: 'vector', columns: chosen, rowSize, rowDims };
      if (chosen.length !== rowSize) throw new ModelshipError(`${file}: ${chosen.length} columns are mapped to ${what}, which takes ${rowSize} values per row`);
      return { input, mode: 'scalars', columns: chosen, rowSize, rowDims };
    }
    if (has.has(input.name)) return { input, mode: rowSize === 1 ? 'scalars' : 'vector', columns: [input.name], rowSize, rowDims };
    throw new ModelshipError(`${file}: no column for ${what}`, {
      hint: `name a column "${input.name}" (${rowSize === 1 ? 'one value' : `an array of ${rowSize} values`} per row) or map columns to it, e.g. --columns ${input.name}=${available.slice(0, rowSize).join(',') || 'a,b'}; columns: ${available.join(', ') || '(none)'}`,
    });
  });
  const missingIds = passthrough.filter((c) => !has.has(c));
  if (missingIds.length > 0) throw new ModelshipError(`${file}: pass-through column${missingIds.length > 1 ? 's' : ''} ${missingIds.map((c) => `"${c}"`).join(', ')} not in the file`, { hint: `columns: ${available.join(', ') || '(none)'}` });
  return { bindings, wanted: [...bindings.flatMap((b) => b.columns), ...passthrough], passthrough };
}

/** Tensors under construction for up to `capacity` rows. */
export class TensorBuilder {
  private readonly data: TensorData[];
  private readonly converters: Array<(v: unknown) => number | bigint | boolean | string | undefined>;
  rows = 0;

  constructor(private readonly plan: ColumnPlan, private readonly capacity: number) {
    this.data = plan.bindings.map((b) => allocate(b.input.dtype, capacity * b.rowSize));
    this.converters = plan.bindings.map((b) => converterFor(b.input.dtype));
  }

  /**
   * Adds one row, or returns why it cannot be (nothing is added then). Values go straight into the typed
   * arrays at the next row's slot; a row that fails half-way is overwritten by the next one.
   */
  add(cells: readonly unknown[]): string | undefined {
    const at = this.rows;
    let col = 0;
    for (let i = 0; i < this.plan.bindings.length; i++) {
      const b = this.plan.bindings[i];
      const target = this.data[i] as unknown as Array<number | bigint | boolean | string>;
      const convertOne = this.converters[i];
      const base = at * b.rowSize;
      if (b.mode === 'vector') {
        const cell = cells[col++];
        const list = vectorOf(cell);
        if (list === undefined) return `column "${b.columns[0]}": ${show(cell)} is not an array of ${b.rowSize} values (input "${b.input.name}" expects ${describeTensor(b.input)})`;
        if (list.length !== b.rowSize) return `column "${b.columns[0]}": ${list.length} values, input "${b.input.name}" (${describeTensor(b.input)}) takes ${b.rowSize} per row`;
        for (let k = 0; k < list.length; k++) {
          const x = convertOne(list[k]);
          if (x === undefined) return `column "${b.columns[0]}": ${show(list[k])} is not a valid ${b.input.dtype} (input "${b.input.name}" expects ${describeTensor(b.input)})`;
          target[base + k] = x;
        }
      } else {
        for (let k = 0; k < b.columns.length; k++) {
          const cell = cells[col++];
          const x = convertOne(Array.isArray(cell) && cell.length === 1 ? cell[0] : cell);
          if (x === undefined) return cellError(b, k, cell);
          target[base + k] = x;
        }
      }
    }
    this.rows++;
    return undefined;
  }

  /** The arrays being filled, one per binding (rows * rowSize values used): no copy. */
  columns(): TensorData[] {
    return this.data;
  }

  /** The tensors of the rows added so far (views, not copies, except for string and bool inputs). */
  tensors(): DecodedTensor[] {
    return this.plan.bindings.map((b, i) => {
      const d = this.data[i];
      const n = this.rows * b.rowSize;
      const data = (Array.isArray(d) ? d.slice(0, n) : (d as Float32Array).slice(0, n)) as TensorData;
      return { name: b.input.name, dtype: b.input.dtype, dims: [this.rows, ...b.rowDims], data };
    });
  }
}

function allocate(dtype: string, n: number): TensorData {
  switch (dtype) {
    case 'float32': return new Float32Array(n);
    case 'float64': return new Float64Array(n);
    case 'int8': return new Int8Array(n);
    case 'uint8': return new Uint8Array(n);
    case 'int16': return new Int16Array(n);
    case 'uint16': return new Uint16Array(n);
    case 'int32': return new Int32Array(n);
    case 'uint32': return new Uint32Array(n);
    case 'int64': return new BigInt64Array(n);
    case 'uint64': return new BigUint64Array(n);
    case 'bool': return new Array<boolean>(n).fill(false);
    default: return new Array<string>(n).fill('');
  }
}

function vectorOf(cell: unknown): ArrayLike<unknown> | undefined {
  if (Array.isArray(cell) || ArrayBuffer.isView(cell)) return flatten(cell as ArrayLike<unknown>);
  if (typeof cell === 'string' && cell.trimStart().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(cell);
      return Array.isArray(parsed) ? flatten(parsed) : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function flatten(list: ArrayLike<unknown>): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView))) out.push(...flatten(v as ArrayLike<unknown>));
    else out.push(v);
  }
  return out;
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const INTEGER = /^\s*[-+]?\d+\s*$/;
const INT_RANGE: Record<string, [number, number]> = { int8: [-128, 127], uint8: [0, 255], int16: [-32768, 32767], uint16: [0, 65535], int32: [-(2 ** 31), 2 ** 31 - 1], uint32: [0, 2 ** 32 - 1] };

/** The conversion of one dtype, chosen once per input: floats (the common case) skip the dtype dispatch. */
function converterFor(dtype: string): (v: unknown) => number | bigint | boolean | string | undefined {
  if (dtype === 'float32' || dtype === 'float64') {
    return (v) => {
      if (typeof v === 'string') return NUMBER.test(v) ? Number(v) : undefined;
      if (typeof v === 'number') return Number.isNaN(v) ? undefined : v;
      if (typeof v === 'bigint') return Number(v);
      return undefined;
    };
  }
  return (v) => convert(v, dtype);
}

/** Why the cell of a binding's `k`th column is no value of its input (the message of every reader). */
export function cellError(b: InputBinding, k: number, cell: unknown): string {
  return `column "${b.columns[k]}": ${show(cell)} is not a valid ${b.input.dtype} (input "${b.input.name}" expects ${describeTensor(b.input)})`;
}

/** One value as the dtype wants it, or undefined when it is not one (empty, text, out of range). */
export function convertCell(dtype: string, v: unknown): number | bigint | boolean | string | undefined {
  return convert(v, dtype);
}

function convert(v: unknown, dtype: string): number | bigint | boolean | string | undefined {
  if (dtype === 'string') return v === undefined || v === null ? undefined : String(v);
  if (dtype === 'bool') {
    if (typeof v === 'boolean') return v;
    if (v === 1 || v === 0 || v === 1n || v === 0n) return Boolean(v);
    if (typeof v === 'string') return /^\s*(true|1)\s*$/i.test(v) ? true : /^\s*(false|0)\s*$/i.test(v) ? false : undefined;
    return undefined;
  }
  if (dtype === 'float32' || dtype === 'float64') {
    if (typeof v === 'number') return Number.isNaN(v) ? undefined : v;
    if (typeof v === 'bigint') return Number(v);
    if (typeof v === 'string' && NUMBER.test(v)) return Number(v);
    return undefined;
  }
  if (dtype === 'int64' || dtype === 'uint64') {
    let b: bigint | undefined;
    if (typeof v === 'bigint') b = v;
    else if (typeof v === 'number' && Number.isSafeInteger(v)) b = BigInt(v);
    else if (typeof v === 'string' && INTEGER.test(v)) b = BigInt(v.trim());
    if (b === undefined) return undefined;
    if (dtype === 'uint64' ? b < 0n || b >= 2n ** 64n : b < -(2n ** 63n) || b >= 2n ** 63n) return undefined;
    return b;
  }
  let n: number | undefined;
  if (typeof v === 'number' && Number.isInteger(v)) n = v;
  else if (typeof v === 'bigint') n = Number(v);
  else if (typeof v === 'string' && INTEGER.test(v)) n = Number(v);
  const range = INT_RANGE[dtype];
  if (n === undefined || !range || n < range[0] || n > range[1]) return undefined;
  return n;
}

function show(v: unknown): string {
  if (v === undefined) return 'a missing value';
  if (v === null) return 'null';
  const s = typeof v === 'bigint' ? `${v}` : typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
