import { describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readRowBatches } from '../../src/batch/inputs.js';
import { planColumns, TensorBuilder, type ColumnPlan } from '../../src/batch/mapping.js';
import { openParquet, readParquetBlocks } from '../../src/batch/parquet-columns.js';
import { tempDir } from './helpers.js';

// The columnar Parquet reader against the general path (hyparquet rows + the TensorBuilder) on the same
// file: the same rows, values, ids and error messages, across row groups and blocks.

type Seen = { row: number; values: number[]; ids: unknown[] } | { row: number; error: string };

function planFor(header: string[], dtype = 'float32'): ColumnPlan {
  return planColumns('t.parquet', [{ name: 'x', dtype, shape: ['batch', 3] }], header, { x: ['a', 'b', 'c'] }, ['id']);
}

async function general(file: string, plan: ColumnPlan): Promise<Seen[]> {
  const out: Seen[] = [];
  for await (const batch of readRowBatches({ path: file, rel: 't.parquet', format: 'parquet' }, plan.wanted)) {
    for (const r of batch) {
      if (r.error !== undefined || !r.cells) {
        out.push({ row: r.row, error: r.error ?? 'unreadable row' });
        continue;
      }
      const builder = new TensorBuilder(plan, 1);
      const why = builder.add(r.cells);
      out.push(why !== undefined ? { row: r.row, error: why } : { row: r.row, values: Array.from(builder.columns()[0] as Float32Array), ids: r.cells.slice(3) });
    }
  }
  return out;
}

async function columnar(file: string, plan: ColumnPlan, blockRows: number, wanted: (b: number) => boolean = () => true): Promise<Seen[]> {
  const parquet = await openParquet(file);
  expect(parquet).toBeDefined();
  const out: Seen[] = [];
  for await (const b of readParquetBlocks(parquet!, plan, blockRows, wanted)) {
    expect(b.firstRow).toBe(b.block * blockRows + 1);
    if (!b.read) continue;
    const kept: Seen[] = [];
    for (let k = 0; k < b.rows; k++) kept.push({ row: b.rowOf[k], values: Array.from(b.inputs[0].subarray(k * 3, k * 3 + 3)), ids: b.ids.map((c) => c[k]) });
    const all = [...kept, ...b.errors.map((e) => ({ row: e.row, error: e.reason }))].sort((x, y) => x.row - y.row);
    expect(all.length).toBe(b.sourceRows);
    out.push(...all);
  }
  return out;
}

async function write(columnData: unknown[], rowGroupSize: number): Promise<string> {
  const file = path.join(await tempDir('parquet-columns-'), 't.parquet');
  await writeFile(file, Buffer.from(parquetWriteBuffer({ columnData: columnData as never, rowGroupSize })));
  return file;
}

describe('the columnar Parquet reader reads what the row reader reads', () => {
  const n = 23;
  const doubles = (f: (i: number) => number | null) => Array.from({ length: n }, (_, i) => f(i));

  it('doubles, floats, ints and bigints with nulls and NaN, over row groups of 5 and blocks of 4', async () => {
    const file = await write([
      { name: 'a', data: doubles((i) => (i === 3 ? null : i / 7)), type: 'DOUBLE' },
      { name: 'b', data: Float32Array.from({ length: n }, (_, i) => (i === 8 ? NaN : i * 1.5)), type: 'FLOAT' },
      { name: 'c', data: Array.from({ length: n }, (_, i) => BigInt(i * 1000)), type: 'INT64' },
      { name: 'id', data: Array.from({ length: n }, (_, i) => (i === 5 ? null : `r${i}`)), type: 'STRING' },
    ], 5);
    const plan = planFor(['a', 'b', 'c', 'id']);
    const reference = await general(file, plan);
    expect(reference.filter((r) => 'error' in r).map((r) => r.row)).toEqual([4, 9]);
    for (const blockRows of [1, 4, 5, 100]) expect(await columnar(file, plan, blockRows)).toEqual(reference);
  });

  it('text and booleans in a feature column, INT32 ids, float64 inputs', async () => {
    const file = await write([
      { name: 'id', data: Int32Array.from({ length: n }, (_, i) => i * 3), type: 'INT32' },
      { name: 'c', data: doubles((i) => i), type: 'DOUBLE' },
      { name: 'b', data: Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 'x' : i % 4 === 1 ? ' 2.5 ' : `${i}e-1`)), type: 'STRING' },
      { name: 'a', data: Array.from({ length: n }, (_, i) => i % 6 === 0), type: 'BOOLEAN' },
    ], 7);
    const plan = planFor(['id', 'c', 'b', 'a'], 'float64');
    const reference = await general(file, plan);
    expect(reference.some((r) => 'error' in r)).toBe(true);
    expect(await columnar(file, plan, 3)).toEqual(reference);
  });

  it('blocks another shard owns are counted, not read', async () => {
    const file = await write([
      { name: 'a', data: doubles((i) => i), type: 'DOUBLE' }, { name: 'b', data: doubles((i) => -i), type: 'DOUBLE' },
      { name: 'c', data: doubles((i) => i * 2), type: 'DOUBLE' }, { name: 'id', data: doubles((i) => i), type: 'DOUBLE' },
    ], 10);
    const plan = planFor(['a', 'b', 'c', 'id']);
    const reference = (await general(file, plan)).filter((r) => Math.floor((r.row - 1) / 4) % 2 === 1);
    expect(await columnar(file, plan, 4, (b) => b % 2 === 1)).toEqual(reference);
  });
});
