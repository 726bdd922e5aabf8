import { emptyBlock, type ColumnBlock } from './csv-columns.js';
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
  const newBlock = (block: number): ColumnBlock => emptyBlock(plan, block, blockRows, wanted(block));
  let current = newBlock(0);
  let start = 0;
  for (const group of parquet.metadata.row_groups) {
    const count = Number(group.num_rows);
    // Decoded only when one of its rows is wanted: another shard's row groups are counted, not read.
    let data: Map<string, ArrayLike<unknown>> | string | undefined;
    for (let i = 0; i < count; ) {
      if (current.sourceRows === blockRows) {
        yield current;
        current = newBlock(current.block + 1);
      }
      // The rows of this group that fall in the current block.
      const length = Math.min(count - i, blockRows - current.sourceRows);
      current.sourceRows += length;
      if (current.read) {
        data ??= await readGroup(parquet, columns, start, count);
        if (typeof data === 'string') {
          for (let r = 0; r < length; r++) current.errors.push({ row: start + i + r + 1, reason: `row group unreadable: ${data}` });
        } else fillSegment(current, plan, data, i, length, start + i + 1);
      }
      i += length;
    }
    start += count;
  }
  if (current.sourceRows > 0) yield current;
}

/**
 * Copies `length` rows of a decoded group (from index `first`) into the block, column by column: each
 * value goes to the slot of its row as if every row were good, the rows with a bad cell (the first in the
 * plan's column order names it) are then squeezed out.
 */
function fillSegment(block: ColumnBlock, plan: ColumnPlan, data: Map<string, ArrayLike<unknown>>, first: number, length: number, firstRow: number): void {
  const at = block.rows;
  let bad: Map<number, string> | undefined;
  plan.bindings.forEach((binding, b) => {
    const target = block.inputs[b];
    const size = binding.rowSize;
    binding.columns.forEach((column, k) => {
      const values = data.get(column) as ArrayLike<unknown>;
      for (let r = 0; r < length; r++) {
        const cell = values[first + r];
        if (typeof cell === 'number' && cell === cell) {
          target[(at + r) * size + k] = cell;
          continue;
        }
        const value = convertCell(binding.input.dtype, Array.isArray(cell) && cell.length === 1 ? cell[0] : cell);
        if (typeof value === 'number') target[(at + r) * size + k] = value;
        else if (!bad?.has(r)) (bad ??= new Map()).set(r, cellError(binding, k, cell));
      }
    });
  });
  const ids = plan.passthrough.map((c) => data.get(c) as ArrayLike<unknown>);
  let kept = 0;
  for (let r = 0; r < length; r++) {
    const why = bad?.get(r);
    if (why !== undefined) {
      block.errors.push({ row: firstRow + r, reason: why });
      continue;
    }
    if (kept !== r) {
      plan.bindings.forEach((binding, b) => block.inputs[b].copyWithin((at + kept) * binding.rowSize, (at + r) * binding.rowSize, (at + r + 1) * binding.rowSize));
    }
    for (let k = 0; k < ids.length; k++) block.ids[k].push(ids[k][first + r]);
    block.rowOf[at + kept] = firstRow + r;
    kept++;
  }
  block.rows += kept;
}
