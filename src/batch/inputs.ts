import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Parser as CsvParser } from 'csv-parse';
import { ModelshipError } from '../core/errors.js';
import type { InputFormat } from './config.js';
import { NpyFormatError, readNpyHeader, readNpyRows } from './npy.js';

/** One input file of a run. `rel` is its name in manifests (relative to the input root, `/`-separated). */
export interface InputFile {
  path: string;
  rel: string;
  format: InputFormat;
}

/**
 * One source row: `row` is its 1-based data row (header excluded), the unit of chunking, so chunk
 * boundaries never depend on which rows are bad. `cells` follow the `wanted` columns given to `readRows`;
 * `error` marks a row that could not be read; `fatal` means the rest of the file could not be read.
 */
export interface SourceRow {
  row: number;
  line?: number;
  cells?: unknown[];
  error?: string;
  fatal?: boolean;
}

const EXTENSIONS: Record<string, InputFormat> = { '.csv': 'csv', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.parquet': 'parquet', '.npy': 'npy' };

export function formatOf(file: string): InputFormat | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

/**
 * The input files of `spec` (a file, a folder walked recursively, or a glob with `*`, `?` and `**`),
 * sorted by relative path so every shard and every resume sees the same order.
 */
export async function listInputs(spec: string, cwd: string): Promise<InputFile[]> {
  const absolute = path.resolve(cwd, spec);
  if (!/[*?]/.test(spec)) {
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new ModelshipError(`input ${spec}: no such file or folder`);
    if (info.isFile()) {
      const format = formatOf(absolute);
      if (!format) throw new ModelshipError(`input ${spec}: unknown format`, { hint: `inputs are ${Object.keys(EXTENSIONS).join(', ')} files` });
      return [{ path: absolute, rel: path.basename(absolute), format }];
    }
    const files = (await walk(absolute)).filter((f) => formatOf(f) !== undefined);
    if (files.length === 0) throw new ModelshipError(`input ${spec}: the folder holds no ${Object.keys(EXTENSIONS).join(', ')} files`);
    return files.map((f) => ({ path: f, rel: toRel(absolute, f), format: formatOf(f) as InputFormat }));
  }
  const parts = absolute.split(path.sep);
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const base = parts.slice(0, firstWild).join(path.sep) || path.sep;
  const pattern = globRegExp(parts.slice(firstWild).join('/'));
  const files = (await walk(base).catch(() => [] as string[])).filter((f) => pattern.test(toRel(base, f)) && formatOf(f) !== undefined);
  if (files.length === 0) throw new ModelshipError(`input ${spec}: the glob matches no ${Object.keys(EXTENSIONS).join(', ')} files`);
  return files.map((f) => ({ path: f, rel: toRel(base, f), format: formatOf(f) as InputFormat }));
}

function toRel(base: string, file: string): string {
  return path.relative(base, file).split(path.sep).join('/');
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort((a, b) => (toRel(dir, a) < toRel(dir, b) ? -1 : toRel(dir, a) > toRel(dir, b) ? 1 : 0));
}

/** `**` any folders, `*` and `?` within one name. */
function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The columns a file offers: CSV header, Parquet schema, keys of the first JSON line, or `[stem]` for .npy;
 * undefined when the file cannot be read at all (readRows then reports it as an error of the file).
 */
export async function columnsOf(file: InputFile): Promise<string[] | undefined> {
  switch (file.format) {
    case 'csv':
      for await (const r of csvRecords(file.path)) {
        return 'error' in r ? undefined : r.record;
      }
      return [];
    case 'jsonl':
      for await (const r of jsonLines(file.path)) {
        if (r.value !== undefined && typeof r.value === 'object' && r.value !== null && !Array.isArray(r.value)) return Object.keys(r.value);
      }
      return [];
    case 'parquet': {
      const { asyncBufferFromFile, parquetMetadataAsync, parquetSchema } = await import('hyparquet');
      try {
        const metadata = await parquetMetadataAsync(await asyncBufferFromFile(file.path));
        return parquetSchema(metadata).children.map((c) => c.element.name);
      } catch {
        return undefined;
      }
    }
    case 'npy':
      return [path.basename(file.path, path.extname(file.path))];
  }
}

/** Rows per batch the readers yield: the unit of the run's per-row work, so no per-row promise or callback. */
export const READ_BATCH = 4096;

/** Streams rows with the `wanted` columns (in that order), one at a time (see readRowBatches). */
export async function* readRows(file: InputFile, wanted: string[]): AsyncGenerator<SourceRow> {
  for await (const batch of readRowBatches(file, wanted)) yield* batch;
}

/**
 * Streams rows with the `wanted` columns (in that order) in batches of up to READ_BATCH rows, in file order.
 * Never throws for bad data: it yields errors.
 */
export async function* readRowBatches(file: InputFile, wanted: string[]): AsyncGenerator<SourceRow[]> {
  switch (file.format) {
    case 'csv':
      return yield* csvRows(file, wanted);
    case 'jsonl':
      return yield* batched(jsonlRows(file, wanted));
    case 'parquet':
      return yield* parquetRows(file, wanted);
    case 'npy':
      return yield* batched(npyRows(file));
  }
}

async function* batched(rows: AsyncIterable<SourceRow>): AsyncGenerator<SourceRow[]> {
  let batch: SourceRow[] = [];
  for await (const r of rows) {
    batch.push(r);
    if (batch.length >= READ_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

type CsvRecord = { record: string[]; line: number } | { error: string; line?: number };

/**
 * csv-parse with each record's line read from the parser's counters as the record is pushed: its `info`
 * option builds an object per record, which cost 4x the parsing itself.
 */
class LineCountingParser extends CsvParser {
  override push(record: unknown): boolean {
    return super.push(record === null ? null : { record, line: (this as unknown as { info: { lines: number } }).info.lines });
  }
}

/** Records in batches: every record the parser holds is taken at once, not one promise per record. */
async function* csvRecordBatches(file: string, readBytes = 1 << 20): AsyncGenerator<CsvRecord[]> {
  const parser = new LineCountingParser({ relax_column_count: true, bom: true, skip_empty_lines: true });
  const source = createReadStream(file, { highWaterMark: readBytes });
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  let done = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  // Read on demand only, so the parser's back-pressure holds and memory follows the batch, not the file.
  parser.on('readable', signal);
  parser.on('end', () => {
    done = true;
    signal();
  });
  parser.on('error', (err: Error) => {
    failure = err;
    signal();
  });
  try {
    for (;;) {
      const batch: CsvRecord[] = [];
      let r: CsvRecord | null;
      while (batch.length < READ_BATCH && (r = parser.read() as CsvRecord | null) !== null) batch.push(r);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (failure) {
        const e = failure as Error & { lines?: number };
        yield [{ error: e.message, line: e.lines }];
        return;
      }
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    source.destroy();
    parser.destroy();
  }
}

/** Records one by one, read in small pieces: for the header, without parsing a MiB of rows after it. */
async function* csvRecords(file: string): AsyncGenerator<CsvRecord> {
  for await (const batch of csvRecordBatches(file, 1 << 16)) yield* batch;
}

async function* csvRows(file: InputFile, wanted: string[]): AsyncGenerator<SourceRow[]> {
  let header: string[] | undefined;
  let index: number[] = [];
  let row = 0;
  for await (const records of csvRecordBatches(file.path)) {
    const out: SourceRow[] = [];
    for (const r of records) {
      if ('error' in r) {
        out.push({ row: row + 1, line: r.line, error: `${r.error}; the rest of the file could not be read`, fatal: true });
        yield out;
        return;
      }
      if (!header) {
        header = r.record;
        index = wanted.map((c) => header!.indexOf(c));
        continue;
      }
      row++;
      if (r.record.length !== header.length) {
        out.push({ row, line: r.line, error: `${r.record.length} fields, the header has ${header.length}` });
        continue;
      }
      const cells = new Array<unknown>(index.length);
      for (let k = 0; k < index.length; k++) cells[k] = index[k] < 0 ? undefined : r.record[index[k]];
      out.push({ row, line: r.line, cells });
    }
    if (out.length > 0) yield out;
  }
}

async function* jsonLines(file: string): AsyncGenerator<{ line: number; value?: unknown; error?: string }> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (err) {
      yield { line, error: `not valid JSON: ${(err as Error).message}` };
    }
  }
}

async function* jsonlRows(file: InputFile, wanted: string[]): AsyncGenerator<SourceRow> {
  let row = 0;
  for await (const r of jsonLines(file.path)) {
    row++;
    if (r.error !== undefined) {
      yield { row, line: r.line, error: r.error };
      continue;
    }
    const v = r.value;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      yield { row, line: r.line, error: 'a JSON line must be an object of columns' };
      continue;
    }
    yield { row, line: r.line, cells: wanted.map((c) => (Object.hasOwn(v, c) ? (v as Record<string, unknown>)[c] : undefined)) };
  }
}

async function* parquetRows(file: InputFile, wanted: string[]): AsyncGenerator<SourceRow[]> {
  const { asyncBufferFromFile, parquetMetadataAsync, parquetRead } = await import('hyparquet');
  let buffer: Awaited<ReturnType<typeof asyncBufferFromFile>>;
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    buffer = await asyncBufferFromFile(file.path);
    metadata = await parquetMetadataAsync(buffer);
  } catch (err) {
    yield [{ row: 1, error: `not a readable Parquet file: ${(err as Error).message}`, fatal: true }];
    return;
  }
  let start = 0;
  // One row group at a time: memory follows the row group, not the file.
  for (const group of metadata.row_groups) {
    const count = Number(group.num_rows);
    let rows: unknown[][] | undefined;
    let failure: string | undefined;
    try {
      rows = await new Promise<unknown[][]>((resolve, reject) => {
        parquetRead({ file: buffer, metadata, columns: wanted, rowStart: start, rowEnd: start + count, onComplete: (r: unknown[][]) => resolve(r) }).catch(reject);
      });
      if (rows.length !== count) failure = `the row group holds ${rows.length} rows, its metadata says ${count}`;
    } catch (err) {
      failure = (err as Error).message;
    }
    for (let first = 0; first < count; first += READ_BATCH) {
      const batch: SourceRow[] = [];
      for (let i = first; i < Math.min(count, first + READ_BATCH); i++) {
        const row = start + i + 1;
        batch.push(failure !== undefined || !rows ? { row, error: `row group unreadable: ${failure}` } : { row, cells: rows[i] });
      }
      yield batch;
    }
    start += count;
  }
}

async function* npyRows(file: InputFile): AsyncGenerator<SourceRow> {
  const handle = await open(file.path, 'r');
  try {
    const { size } = await handle.stat();
    let header: Awaited<ReturnType<typeof readNpyHeader>>;
    try {
      header = await readNpyHeader(handle, size);
    } catch (err) {
      if (!(err instanceof NpyFormatError)) throw err;
      yield { row: 1, error: `not a readable .npy file: ${err.message}`, fatal: true };
      return;
    }
    const step = Math.max(1, Math.floor((1 << 20) / Math.max(1, header.rowSize * header.dtype.bytes)));
    for (let first = 0; first < header.rows; first += step) {
      const rows = await readNpyRows(handle, header, first, Math.min(step, header.rows - first));
      for (let i = 0; i < rows.length; i++) yield { row: first + i + 1, cells: [rows[i]] };
    }
  } finally {
    await handle.close();
  }
}
