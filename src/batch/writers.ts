import type { OutputFormat } from './config.js';

/**
 * The predictions of one chunk: pass-through columns then the model's outputs, one entry per scored row.
 * A tensor output of more than one value per row becomes `<name>_<i>` columns in CSV and Parquet, and an
 * array in JSON Lines. The encoding depends on the values only, so a chunk scored twice gives the same bytes.
 */
export interface ChunkTable {
  passthrough: string[];
  /** Pass-through values, one array per column. */
  ids: unknown[][];
  outputs: Array<{ name: string; dtype: string; rowSize: number; values: ArrayLike<unknown> }>;
  rows: number;
}

export function extensionOf(format: OutputFormat): string {
  return format === 'jsonl' ? 'jsonl' : format;
}

export function encodeChunk(table: ChunkTable, format: OutputFormat): Buffer {
  switch (format) {
    case 'csv':
      return Buffer.from(toCsv(table));
    case 'jsonl':
      return Buffer.from(toJsonl(table));
    case 'parquet':
      return toParquet(table);
  }
}

function outputColumns(table: ChunkTable): string[] {
  return table.outputs.flatMap((o) => (o.rowSize === 1 ? [o.name] : Array.from({ length: o.rowSize }, (_, i) => `${o.name}_${i}`)));
}

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : v > 0 ? 'inf' : v < 0 ? '-inf' : 'nan';
  return String(v);
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(t: ChunkTable): string {
  const lines = new Array<string>(t.rows + 1);
  lines[0] = [...t.passthrough, ...outputColumns(t)].map(csvField).join(',');
  // Finite numbers and bigints need no quoting and no check: only text is checked for separators.
  const field = (v: unknown) => (typeof v === 'number' ? (v - v === 0 ? `${v}` : text(v)) : typeof v === 'bigint' ? `${v}` : csvField(text(v)));
  for (let r = 0; r < t.rows; r++) {
    let line = '';
    for (let i = 0; i < t.ids.length; i++) line += (i === 0 ? '' : ',') + field(t.ids[i][r]);
    let first = t.ids.length === 0;
    for (const o of t.outputs) {
      const values = o.values;
      const base = r * o.rowSize;
      for (let k = 0; k < o.rowSize; k++) {
        const v = values[base + k];
        line += (first ? '' : ',') + (typeof v === 'number' && v - v === 0 ? `${v}` : field(v));
        first = false;
      }
    }
    lines[r + 1] = line;
  }
  return `${lines.join('\n')}\n`;
}

function jsonValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number' && !Number.isFinite(v)) return text(v);
  return v;
}

function toJsonl(t: ChunkTable): string {
  let out = '';
  for (let r = 0; r < t.rows; r++) {
    const record: Record<string, unknown> = {};
    t.passthrough.forEach((c, i) => (record[c] = jsonValue(t.ids[i][r])));
    for (const o of t.outputs) {
      record[o.name] = o.rowSize === 1 ? jsonValue(o.values[r]) : Array.from({ length: o.rowSize }, (_, k) => jsonValue(o.values[r * o.rowSize + k]));
    }
    out += `${JSON.stringify(record)}\n`;
  }
  return out;
}

const PARQUET_TYPES: Record<string, string> = { float32: 'FLOAT', float64: 'DOUBLE', int64: 'INT64', int32: 'INT32', int16: 'INT32', int8: 'INT32', uint8: 'INT32', uint16: 'INT32', bool: 'BOOLEAN', string: 'STRING' };

let writer: typeof import('hyparquet-writer') | undefined;

/** hyparquet-writer is loaded before the first Parquet chunk (see loadParquetWriter). */
function toParquet(t: ChunkTable): Buffer {
  if (!writer) throw new Error('the Parquet writer is not loaded');
  const columnData: Array<{ name: string; data: unknown[]; type: string; nullable?: boolean }> = [];
  // Pass-through columns are written as text: their type is then the same in every chunk of every shard.
  t.passthrough.forEach((c, i) => columnData.push({ name: c, data: t.ids[i].map((v) => (v === undefined || v === null ? null : typeof v === 'string' ? v : typeof v === 'bigint' ? v.toString() : JSON.stringify(v))), type: 'STRING' }));
  for (const o of t.outputs) {
    const type = PARQUET_TYPES[o.dtype] ?? 'STRING';
    for (let k = 0; k < o.rowSize; k++) {
      const data = new Array<unknown>(t.rows);
      for (let r = 0; r < t.rows; r++) {
        const v = o.values[r * o.rowSize + k];
        data[r] = type === 'STRING' ? text(v) : type === 'INT64' ? BigInt(v as bigint) : v;
      }
      columnData.push({ name: o.rowSize === 1 ? o.name : `${o.name}_${k}`, data, type, nullable: false });
    }
  }
  const buffer = writer.parquetWriteBuffer({ columnData: columnData as never, createdBy: 'modelship batch' });
  return Buffer.from(buffer);
}

export async function loadParquetWriter(): Promise<void> {
  writer ??= await import('hyparquet-writer');
}
