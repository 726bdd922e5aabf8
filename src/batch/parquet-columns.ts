import type { ColumnBlock } from './csv-columns.js';
import { cellError, convertCell, type ColumnPlan } from './mapping.js';

/**
 * The fast Parquet path: each row group decoded column by column (hyparquet's column chunks, typed arrays
 * for numeric columns) and copied straight into the model's input arrays, a block of rows at a time; no
 * row arrays. Values, rows and error messages are those of the general path (test/batch/parquet-columns.test.ts).
 */

type Hyparquet = typeof import('hyparquet');
type Metadata = Awaited<ReturnType<Hyparquet['parquetMetadataAsync']>>;
type AsyncBuffer = Awaited<ReturnType<Hyparquet['asyncBufferFromFile']>>;

export interface OpenParquet {
  buffer: AsyncBuffer;
  metadata: Metadata;
}

/** The file's metadata, or undefined when it cannot be read (the general path then reports the file). */
export async function openParquet(file: string): Promise<OpenParquet | undefined> {
  const { asyncBufferFromFile, parquetMetadataAsync } = await import('hyparquet');
  try {
    const buffer = await asyncBufferFromFile(file);
    return { buffer, metadata: await parquetMetadataAsync(buffer) };
  } catch {
    return undefined;
  }
}

/** One row group's wanted columns, each as one indexable array, or why it could not be read. */
async function readGroup(parquet: OpenParquet, columns: string[], start: number, count: number): Promise<Map<string, ArrayLike<unknown>> | string> {
  const { parquetRead } = await import('hyparquet');
  const chunks = new Map<string, Array<{ rowStart: number; data: ArrayLike<unknown> }>>(columns.map((c) => [c, []]));
  try {
    await parquetRead({ file: parquet.buffer, metadata: parquet.metadata, columns, rowStart: start, rowEnd: start + count, onChunk: (c) => chunks.get(c.columnName)?.push({ rowStart: c.rowStart, data: c.columnData as ArrayLike<unknown> }) });
  } catch (err) {
    return (err as Error).message;
  }
  const out = new Map<string, ArrayLike<unknown>>();
  for (const [name, parts] of chunks) {
    const whole = parts.length === 1 && parts[0].rowStart === start && parts[0].data.length === count;
    if (whole) {
      out.set(name, parts[0].data);
      continue;
    }
    // Several chunks (pages), possibly reaching outside the group: placed by their row numbers.
    const values = new Array<unknown>(count);
    let filled = 0;
    for (const p of parts) {
      for (let k = 0; k < p.data.length; k++) {
        const at = p.rowStart - start + k;
        if (at >= 0 && at < count) {
          values[at] = p.data[k];
          filled++;
        }
      }
    }
    if (filled !== count) return `the row group holds ${filled} rows, its metadata says ${count}`;
    out.set(name, values);
  }
  return out;
}

/**
 * The rows of a Parquet file in blocks of `blockRows` (block b holds rows b*blockRows+1 ...), across row
 * groups. A block `wanted` says no to is only counted. A row group that cannot be decoded makes each of
 * its rows an error, as in the general path.
 */
export async function* readParquetBlocks(parquet: OpenParquet, plan: ColumnPlan, blockRows: number, wanted: (block: number) => boolean): AsyncGenerator<ColumnBlock> {
  const columns = [...new Set(plan.wanted)];
  const newBlock = (block: number): ColumnBlock => {
    const read = wanted(block);
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
  };
  let current = newBlock(0);
  let start = 0;
  for (const group of parquet.metadata.row_groups) {
    const count = Number(group.num_rows);
    // Decoded only when one of its rows is wanted: another shard's row groups are counted, not read.
    let data: Map<string, ArrayLike<unknown>> | string | undefined;
    for (let i = 0; i < count; i++) {
      const row = start + i + 1;
      if (current.sourceRows === blockRows) {
        yield current;
        current = newBlock(current.block + 1);
      }
      current.sourceRows++;
      if (!current.read) continue;
      data ??= await readGroup(parquet, columns, start, count);
      if (typeof data === 'string') {
        current.errors.push({ row, reason: `row group unreadable: ${data}` });
        continue;
      }
      const at = current.rows;
      let bad: string | undefined;
      for (let b = 0; b < plan.bindings.length && bad === undefined; b++) {
        const binding = plan.bindings[b];
        const target = current.inputs[b];
        for (let k = 0; k < binding.columns.length; k++) {
          const cell = (data.get(binding.columns[k]) as ArrayLike<unknown>)[i];
          let value: unknown = cell;
          if (typeof cell !== 'number' || cell !== cell) value = convertCell(binding.input.dtype, Array.isArray(cell) && cell.length === 1 ? cell[0] : cell);
          if (typeof value !== 'number') {
            bad = cellError(binding, k, cell);
            break;
          }
          target[at * binding.rowSize + k] = value;
        }
      }
      if (bad !== undefined) {
        current.errors.push({ row, reason: bad });
        continue;
      }
      for (let k = 0; k < plan.passthrough.length; k++) current.ids[k].push((data.get(plan.passthrough[k]) as ArrayLike<unknown>)[i]);
      current.rowOf[at] = row;
      current.rows++;
    }
    start += count;
  }
  if (current.sourceRows > 0) yield current;
}
