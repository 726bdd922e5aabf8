import { open } from 'node:fs/promises';
import { cellError, convertCell, type ColumnPlan } from './mapping.js';

/**
 * The fast CSV path: numeric columns parsed from the file's bytes straight into the typed arrays of the
 * model's inputs, a block of rows at a time; no string or array per row, only the pass-through cells become
 * strings. It reads only "plain" files (no quote character, one kind of line ending: see csvIsPlain), where
 * a record is a line and a field is the bytes between commas; anything else goes through csv-parse. Rows,
 * lines and error messages are those of the general path (test/batch/csv-columns.test.ts checks it on
 * adversarial files).
 */

const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const READ_BYTES = 1 << 20;

/** A block of consecutive source rows, `blockRows` of them except the last; numbered from 0. */
export interface ColumnBlock {
  block: number;
  firstRow: number;
  /** Source rows in the block: scored plus errors. */
  sourceRows: number;
  /** False when the block was only counted (another shard's, or already committed). */
  read: boolean;
  /** Rows kept, packed from the start of each input's array. */
  rows: number;
  /** One array per binding of the plan, `rows * rowSize` values used. */
  inputs: Array<Float32Array | Float64Array>;
  /** Pass-through cells per column, one per kept row. */
  ids: unknown[][];
  /** Source row (and, in CSV, physical line) of each kept row. */
  rowOf: Int32Array;
  lineOf?: Int32Array;
  errors: Array<{ row: number; line?: number; reason: string }>;
}

/** An empty block `block` of `blockRows` rows; its arrays are only allocated when the block is `read`. */
export function emptyBlock(plan: ColumnPlan, block: number, blockRows: number, read: boolean): ColumnBlock {
  return {
    block,
    firstRow: block * blockRows + 1,
    sourceRows: 0,
    read,
    rows: 0,
    inputs: read ? plan.bindings.map((b) => (b.input.dtype === 'float64' ? new Float64Array(blockRows * b.rowSize) : new Float32Array(blockRows * b.rowSize))) : [],
    ids: plan.passthrough.map(() => []),
    rowOf: new Int32Array(read ? blockRows : 0),
    errors: [],
  };
}

/** Whether every model input is read one number per column into a float tensor: what the block readers fill. */
export function columnsFitBlocks(plan: ColumnPlan): boolean {
  return plan.bindings.every((b) => b.mode === 'scalars' && (b.input.dtype === 'float32' || b.input.dtype === 'float64'));
}

/**
 * Whether a file has no quote character and one kind of line ending (LF everywhere, or CRLF everywhere):
 * then records are lines and fields are split on commas exactly as csv-parse splits them. One memchr-speed
 * pass over the bytes.
 */
export async function csvIsPlain(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES);
    let cr = 0;
    let lf = 0;
    let crlf = 0;
    let previous = -1;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_BYTES, null);
      if (bytesRead === 0) break;
      const bytes = buffer.subarray(0, bytesRead);
      if (bytes.indexOf(QUOTE) >= 0) return false;
      for (let i = bytes.indexOf(CR); i >= 0; i = bytes.indexOf(CR, i + 1)) cr++;
      if (cr > 0) {
        if (previous === CR && bytes[0] === LF) crlf++;
        for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) {
          lf++;
          if (i > 0 && bytes[i - 1] === CR) crlf++;
        }
      }
      previous = bytes[bytesRead - 1];
    }
    // No CR at all, or every CR starts a CRLF and every LF ends one.
    return cr === 0 || (cr === crlf && lf === crlf);
  } finally {
    await handle.close();
  }
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Where the last parseNumberAt stopped: the first byte after the number (or after what it could read). */
let stop = 0;

/**
 * The decimal number (`[-+]digits[.digits][e[-+]digits]`, at least one digit before the exponent) that
 * starts at bytes[start], read up to `end`, correctly rounded: exact while the digits fit 2^53 and the
 * power of ten is <= 22 (Clinger's fast path), otherwise through Number() of the text. NaN when there is
 * no such number there. Sets `stop`; the caller checks that the field ends there.
 */
function parseNumberAt(bytes: Buffer, start: number, end: number): number {
  let i = start;
  let negative = false;
  let c = bytes[i];
  if (i < end && (c === 0x2d || c === 0x2b)) {
    negative = c === 0x2d;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let any = false;
  while (i < end && (c = bytes[i] - 0x30) >= 0 && c <= 9) {
    mantissa = mantissa * 10 + c;
    if (mantissa !== 0) digits++;
    any = true;
    i++;
  }
  if (i < end && bytes[i] === 0x2e) {
    i++;
    while (i < end && (c = bytes[i] - 0x30) >= 0 && c <= 9) {
      mantissa = mantissa * 10 + c;
      if (mantissa !== 0) digits++;
      scale--;
      any = true;
      i++;
    }
  }
  if (!any) {
    stop = i;
    return NaN;
  }
  if (i < end && (bytes[i] | 0x20) === 0x65) {
    i++;
    let expNegative = false;
    if (i < end && (bytes[i] === 0x2d || bytes[i] === 0x2b)) {
      expNegative = bytes[i] === 0x2d;
      i++;
    }
    let exponent = 0;
    let expDigits = 0;
    while (i < end && (c = bytes[i] - 0x30) >= 0 && c <= 9) {
      if (exponent < 100_000) exponent = exponent * 10 + c;
      expDigits++;
      i++;
    }
    stop = i;
    if (expDigits === 0) return NaN;
    scale += expNegative ? -exponent : exponent;
  }
  stop = i;
  if (digits > 15 || scale > 22 || scale < -22) return Number(bytes.toString('latin1', start, i));
  const value = scale >= 0 ? mantissa * POW10[scale] : mantissa / POW10[-scale];
  return negative ? -value : value;
}

interface Layout {
  /** Per file column: the slot it fills (binding index, element), the pass-through it is, or nothing. */
  binding: Int32Array;
  element: Int32Array;
  /** Rank of the column in the plan's `wanted` order: the first bad cell reported is the first in that order. */
  rank: Int32Array;
  passthrough: Int32Array;
}

function layoutOf(plan: ColumnPlan, header: string[]): Layout {
  const n = header.length;
  const layout: Layout = { binding: new Int32Array(n).fill(-1), element: new Int32Array(n), rank: new Int32Array(n), passthrough: new Int32Array(n).fill(-1) };
  let rank = 0;
  plan.bindings.forEach((b, i) =>
    b.columns.forEach((c, k) => {
      const at = header.indexOf(c);
      // A column mapped twice fills its first slot here; the general path handles that file.
      if (at >= 0 && layout.binding[at] < 0) {
        layout.binding[at] = i;
        layout.element[at] = k;
        layout.rank[at] = rank;
      }
      rank++;
    }),
  );
  plan.passthrough.forEach((c, i) => {
    const at = header.indexOf(c);
    if (at >= 0 && layout.passthrough[at] < 0) layout.passthrough[at] = i;
  });
  return layout;
}

/** Whether each wanted column has a slot of its own (no column feeds two inputs): what the layout handles. */
function layoutCovers(plan: ColumnPlan, header: string[]): boolean {
  const columns = plan.bindings.flatMap((b) => b.columns);
  return new Set(columns).size === columns.length && new Set(plan.passthrough).size === plan.passthrough.length && columns.concat(plan.passthrough).every((c) => header.includes(c)) && !plan.passthrough.some((c) => columns.includes(c));
}

/**
 * Reads the header of a plain CSV file (see csvIsPlain): its fields, or undefined when the file has none
 * or its columns do not suit this reader (then the general path reads it).
 */
export async function plainCsvHeader(file: string, plan: ColumnPlan): Promise<string[] | undefined> {
  let header: string[] | undefined;
  for await (const _ of eachLine(file, (bytes, start, end) => {
    header = bytes.toString('utf8', start, end).split(',');
    return false;
  })) if (header) break;
  return header && layoutCovers(plan, header) ? header : undefined;
}

/**
 * Calls `onLine` for each non-empty line of a plain file (BOM and the CR of CRLF dropped) with its physical
 * line number, synchronously, and yields after each read of the file: no promise per line. `onLine`
 * returning false stops the reading.
 */
async function* eachLine(file: string, onLine: (bytes: Buffer, start: number, end: number, line: number) => boolean | void): AsyncGenerator<void> {
  const handle = await open(file, 'r');
  try {
    // One buffer for the whole file: the unfinished last line is moved to its start and the next read
    // appended, so a long run makes no garbage per read (it grows only for a line longer than a read).
    let work = Buffer.allocUnsafe(2 * READ_BYTES);
    let carried = 0;
    let line = 0;
    let first = true;
    for (;;) {
      if (work.length - carried < READ_BYTES) {
        const bigger = Buffer.allocUnsafe(Math.max(2 * work.length, carried + READ_BYTES));
        work.copy(bigger, 0, 0, carried);
        work = bigger;
      }
      const { bytesRead } = await handle.read(work, carried, READ_BYTES, null);
      const bytes = work.subarray(0, carried + bytesRead);
      let start = 0;
      if (first && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
      if (bytes.length >= 3 || bytesRead === 0) first = false;
      for (let nl = bytes.indexOf(LF, start); nl >= 0; nl = bytes.indexOf(LF, start)) {
        line++;
        const end = nl > start && bytes[nl - 1] === CR ? nl - 1 : nl;
        if (end > start && onLine(bytes, start, end, line) === false) return;
        start = nl + 1;
      }
      if (bytesRead === 0) {
        // The last line, without a line ending.
        if (start < bytes.length) onLine(bytes, start, bytes.length, line + 1);
        yield;
        return;
      }
      work.copyWithin(0, start, bytes.length);
      carried = bytes.length - start;
      yield;
    }
  } finally {
    await handle.close();
  }
}

/**
 * The rows of a plain CSV file after its header, in blocks of `blockRows` (block b holds rows
 * b*blockRows+1 ...). A block `wanted` says no to is only counted. `header` is plainCsvHeader's answer.
 */
export async function* readColumnBlocks(file: string, plan: ColumnPlan, header: string[], blockRows: number, wanted: (block: number) => boolean): AsyncGenerator<ColumnBlock> {
  const layout = layoutOf(plan, header);
  const width = header.length;
  const sizes = plan.bindings.map((b) => b.rowSize);
  const newBlock = (block: number): ColumnBlock => {
    const fresh = emptyBlock(plan, block, blockRows, wanted(block));
    return { ...fresh, lineOf: new Int32Array(fresh.read ? blockRows : 0) };
  };
  let current = newBlock(0);
  const done: ColumnBlock[] = [];
  let row = 0;
  let headerSeen = false;
  const ids = new Array<string>(plan.passthrough.length);
  const lineOf = (block: ColumnBlock) => block.lineOf as Int32Array;
  const onLine = (bytes: Buffer, start: number, end: number, line: number): void => {
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    row++;
    if (current.sourceRows === blockRows) {
      done.push(current);
      current = newBlock(current.block + 1);
    }
    current.sourceRows++;
    if (!current.read) return;
    const at = current.rows;
    let field = 0;
    let i = start;
    // The first bad cell in the plan's column order, reported once the row is known not to be ragged.
    let badRank = Infinity;
    let badColumn = -1;
    let badText = '';
    // One pass over the bytes: a mapped field is parsed where it starts, then checked to end at a comma.
    for (;;) {
      const fieldStart = i;
      const slot = field < width ? layout.binding[field] : -1;
      if (slot >= 0) {
        let value = parseNumberAt(bytes, i, end);
        i = stop;
        if (i < end && bytes[i] !== COMMA) {
          value = NaN;
          while (i < end && bytes[i] !== COMMA) i++;
        }
        if (Number.isNaN(value)) {
          // Spaces around a number, "nan", empty...: the general converter decides, with its message.
          const text = bytes.toString('utf8', fieldStart, i);
          const converted = convertCell(plan.bindings[slot].input.dtype, text);
          if (typeof converted === 'number') value = converted;
          else if (layout.rank[field] < badRank) {
            badRank = layout.rank[field];
            badColumn = field;
            badText = text;
          }
        }
        current.inputs[slot][at * sizes[slot] + layout.element[field]] = value;
      } else {
        while (i < end && bytes[i] !== COMMA) i++;
        const id = field < width ? layout.passthrough[field] : -1;
        if (id >= 0) ids[id] = bytes.toString('utf8', fieldStart, i);
      }
      field++;
      if (i >= end) break;
      i++;
    }
    if (field !== width) {
      current.errors.push({ row, line, reason: `${field} fields, the header has ${width}` });
      return;
    }
    if (badColumn >= 0) {
      const slot = layout.binding[badColumn];
      current.errors.push({ row, line, reason: cellError(plan.bindings[slot], layout.element[badColumn], badText) });
      return;
    }
    for (let k = 0; k < ids.length; k++) current.ids[k].push(ids[k]);
    current.rowOf[at] = row;
    lineOf(current)[at] = line;
    current.rows++;
  };
  for await (const _ of eachLine(file, onLine)) {
    yield* done;
    done.length = 0;
  }
  if (current.sourceRows > 0) yield current;
}
