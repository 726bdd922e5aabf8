import { createHash, randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, ModelshipError } from '../core/errors.js';
import { readOnnxModel } from '../core/onnx/reader.js';
import type { OutputFormat } from './config.js';
import { nodeFs, writeAtomically, type BatchFs } from './fs-port.js';
import { openOnnxEngine, type InferenceEngine } from './inference.js';
import { columnsOf, readRowBatches, sha256OfFile, type InputFile, type SourceRow } from './inputs.js';
import { describeTensor, planColumns, TensorBuilder, type ColumnPlan, type SignatureTensor } from './mapping.js';
import type { DecodedTensor, OutputTensor, TensorData } from '../serve/protocol.js';
import { columnsFitBlocks, csvIsPlain, plainCsvHeader, readColumnBlocks, type ColumnBlock } from './csv-columns.js';
import { openParquet, readParquetBlocks } from './parquet-columns.js';
import { encodeChunk, extensionOf, loadParquetWriter, type ChunkTable } from './writers.js';

/** The model a run scores with: bytes read and hashed once at its start, whatever happens to the environment later. */
export interface ResolvedModel {
  name: string;
  version: string;
  sha256: string;
  bytes: Buffer;
  /** The environment whose live version this is, when the run was started on one. */
  environment?: string;
}

export interface Shard {
  index: number;
  count: number;
}

export interface RunSettings {
  inputs: InputFile[];
  /** The input root as given (for the record). */
  inputSpec: string;
  outputDir: string;
  outputFormat: OutputFormat;
  columns: Record<string, string[]>;
  passthrough: string[];
  /** Outputs written (default: every output of the model). */
  outputs?: string[];
  chunkRows: number;
  batchRows: number;
  maxErrorRate: number;
  shard: Shard;
  resume: boolean;
  workers: number;
}

export interface RunHooks {
  fs?: BatchFs;
  engine?: (model: ResolvedModel) => Promise<InferenceEngine>;
  /** Called after each committed chunk with the count so far (a throw stops the run there, as a kill would). */
  afterCommit?(committed: number): void | Promise<void>;
  progress?(p: { rows: number; chunks: number; file: string }): void;
  now?(): number;
}

export interface ErrorRecord {
  source: string;
  row: number;
  line?: number;
  reason: string;
}

export interface ChunkRecord {
  /** `<file index>-<chunk index>`, both zero-padded. */
  id: string;
  source: string;
  chunk: number;
  firstRow: number;
  /** Source rows in the chunk (scored + errors). */
  sourceRows: number;
  rows: number;
  errors: number;
  path: string;
  sha256: string;
  errorsPath?: string;
  errorsSha256?: string;
  /** Wall-clock ms from the run's previous commit (or its start) to this chunk's commit: throughput per chunk. */
  ms?: number;
}

export interface InputRecord {
  path: string;
  sha256: string;
  rows: number;
  chunks: number;
  format: string;
}

/** manifest.json (or manifest-shard-I-of-N.json): the record of a run; paths are relative to its folder. */
export interface BatchManifest {
  schema: 1;
  kind: 'run' | 'merged';
  status: 'succeeded' | 'failed';
  environment: string | null;
  model: string;
  version: string;
  sha256: string;
  input: string;
  inputs: InputRecord[];
  outputs: Array<{ path: string; sha256: string; rows: number; source: string; chunk: number; firstRow: number }>;
  errors: { rows: number; path: string | null; sha256: string | null };
  rows: number;
  rows_per_s: number;
  shard: Shard;
  chunkRows: number;
  outputFormat: OutputFormat;
  maxErrorRate: number;
  errorRate: number;
  startedAt: string;
  endedAt: string;
  durationMs: number;
  /** Rows scored by the end of each second of the run: the throughput chart. */
  throughput: Array<{ second: number; rows: number }>;
  /** Chunks committed by an earlier, interrupted attempt and kept. */
  resumedChunks: number;
  chunks: ChunkRecord[];
}

interface Progress {
  schema: 1;
  fingerprint: string;
  chunks: Record<string, ChunkRecord>;
}

export interface RunResult {
  manifest: BatchManifest;
  manifestPath: string;
  exitCode: ExitCode;
}

const STATE_DIR = '.modelship-batch';

export function shardTag(shard: Shard): string {
  return shard.count === 1 ? '' : `-shard-${shard.index}-of-${shard.count}`;
}

/** Whether a shard owns a chunk: round robin over chunks, offset per file so small files spread too. */
export function ownsChunk(shard: Shard, fileIndex: number, chunk: number): boolean {
  return (fileIndex + chunk) % shard.count === shard.index;
}

function chunkId(fileIndex: number, chunk: number): string {
  return `${String(fileIndex).padStart(5, '0')}-${String(chunk).padStart(6, '0')}`;
}

/**
 * Scores the inputs chunk by chunk. Each chunk's predictions and errors are written to temp files and
 * renamed into place, then recorded in the progress file: a killed run resumes from its committed chunks
 * and, scoring the same rows with the same bytes, writes the same bytes.
 */
export async function runBatch(model: ResolvedModel, settings: RunSettings, hooks: RunHooks = {}): Promise<RunResult> {
  const fs = hooks.fs ?? nodeFs;
  const now = hooks.now ?? Date.now;
  const startedAt = now();
  const { shard } = settings;
  if (!Number.isInteger(settings.chunkRows) || settings.chunkRows < 1) throw new ModelshipError(`chunk rows must be a positive integer, got ${settings.chunkRows}`);
  if (!Number.isInteger(settings.batchRows) || settings.batchRows < 1) throw new ModelshipError(`batch rows must be a positive integer, got ${settings.batchRows}`);
  const signature = await readOnnxModel({ size: model.bytes.length, read: async (o, l) => model.bytes.subarray(o, Math.min(o + l, model.bytes.length)) }).catch((err: Error) => {
    throw new ModelshipError(`${model.name} ${model.version}: not a readable ONNX model: ${err.message}`);
  });
  const inputs: SignatureTensor[] = signature.inputs.map((i) => ({ name: i.name, dtype: i.kind === 'tensor' ? i.dtype : i.kind, shape: i.shape }));
  const allOutputs: SignatureTensor[] = signature.outputs.map((o) => ({ name: o.name, dtype: o.kind === 'tensor' ? o.dtype : o.kind, shape: o.shape }));
  const outputs = selectOutputs(allOutputs, settings.outputs);
  if (settings.outputFormat === 'parquet') await loadParquetWriter();

  await fs.mkdir(path.join(settings.outputDir, STATE_DIR));
  const tag = shardTag(shard);
  const manifestPath = path.join(settings.outputDir, `manifest${tag}.json`);
  const progressPath = path.join(settings.outputDir, STATE_DIR, `progress${tag}.json`);
  // The worker and its onnxruntime session start while the inputs are hashed: the two overlap.
  const opening = (hooks.engine ?? ((m) => openOnnxEngine(m.name, m.version, m.sha256, m.bytes, { workers: settings.workers })))(model);
  opening.catch(() => undefined);
  let engine: InferenceEngine;
  let inputHashes: string[];
  let fingerprint: string;
  let progress: Progress;
  try {
    inputHashes = await Promise.all(settings.inputs.map((f) => sha256OfFile(f.path)));
    fingerprint = sha256Of(JSON.stringify({
      model: model.sha256, inputs: settings.inputs.map((f, i) => [f.rel, inputHashes[i]]), format: settings.outputFormat, columns: settings.columns,
      passthrough: settings.passthrough, outputs: outputs.map((o) => o.name), chunkRows: settings.chunkRows, shard,
    }));
    progress = await openProgress(fs, progressPath, manifestPath, fingerprint, settings, model);
    engine = await opening;
  } catch (err) {
    await opening.then((e) => e.close(), () => undefined);
    throw err;
  }
  const resumedChunks = Object.keys(progress.chunks).length;
  const inputRecords: InputRecord[] = [];
  const committed: ChunkRecord[] = [];
  const throughput: Array<{ second: number; rows: number }> = [];
  let scored = 0;
  let commitChain = Promise.resolve();
  let lastCommitAt = startedAt;
  const inFlight: Array<Promise<void>> = [];
  const maxInFlight = Math.max(2, settings.workers + 1);
  const ext = extensionOf(settings.outputFormat);

  const commit = (record: ChunkRecord) => {
    commitChain = commitChain.then(async () => {
      const at = now();
      record.ms = at - lastCommitAt;
      lastCommitAt = at;
      progress.chunks[record.id] = record;
      await writeAtomically(fs, progressPath, `${JSON.stringify(progress)}\n`, randomBytes(4).toString('hex'));
      committed.push(record);
      scored += record.rows;
      const second = Math.floor((now() - startedAt) / 1000);
      const last = throughput[throughput.length - 1];
      if (last && last.second === second) last.rows = scored;
      else throughput.push({ second, rows: scored });
      await hooks.afterCommit?.(committed.length);
    });
    return commitChain;
  };

  const outputNames = outputs.map((o) => o.name);
  const scoreChunk = async (fileIndex: number, file: InputFile, plan: ColumnPlan | undefined, chunk: number, prepared: PreparedChunk): Promise<void> => {
    const id = chunkId(fileIndex, chunk);
    const errors = prepared.errors;
    const table: ChunkTable = { passthrough: settings.passthrough, ids: [], outputs: [], rows: 0 };
    // Each output's values per onnxruntime run, joined once per chunk (typed arrays stay typed).
    const outputParts: Array<Array<ArrayLike<unknown>>> = outputs.map(() => []);
    const rowSizes: number[] = outputs.map(() => 1);
    const bindings = plan?.bindings ?? [];
    // Rows of `prepared` scored, in order: all of them unless one failed at run time.
    let scoredRows: number[] | undefined;
    const tensorsOf = (start: number, n: number): DecodedTensor[] =>
      bindings.map((b, i) => ({ name: b.input.name, dtype: b.input.dtype, dims: [n, ...b.rowDims], data: prepared.inputs[i].slice(start * b.rowSize, (start + n) * b.rowSize) as TensorData }));
    // Every batch of the chunk is handed to the engine at once: the worker's queue never runs dry while the
    // main thread reads the next chunk. Results are taken in order.
    const runs: Array<{ start: number; n: number; result: Promise<OutputTensor[] | undefined> }> = [];
    for (let start = 0; start < prepared.rows; start += settings.batchRows) {
      const n = Math.min(settings.batchRows, prepared.rows - start);
      runs.push({ start, n, result: engine.run(tensorsOf(start, n), outputNames).catch(() => undefined) });
    }
    for (const { start, n, result } of runs) {
      let results: OutputTensor[][];
      const whole = await result;
      if (whole) {
        results = [whole];
        if (scoredRows) for (let k = 0; k < n; k++) scoredRows.push(start + k);
      } else {
        // One row the signature accepts can still fail at run time: score the rows one by one so only it fails.
        scoredRows ??= Array.from({ length: start }, (_, k) => k);
        results = [];
        for (let k = start; k < start + n; k++) {
          try {
            results.push(await engine.run(tensorsOf(k, 1), outputNames));
            scoredRows.push(k);
          } catch (err) {
            errors.push(errorOf(file, { row: prepared.rowOf[k], line: prepared.lineOf[k] }, `inference failed: ${(err as Error).message}`));
          }
        }
      }
      for (const result of results) {
        const rowsOut = result[0]?.dims[0] ?? 0;
        result.forEach((t, o) => {
          const size = t.dims.slice(1).reduce((x, y) => x * y, 1);
          rowSizes[o] = size;
          const data = t.data as unknown as ArrayLike<unknown> & { subarray?: (x: number, y: number) => ArrayLike<unknown> };
          outputParts[o].push(data.length === rowsOut * size ? data : data.subarray ? data.subarray(0, rowsOut * size) : Array.prototype.slice.call(data, 0, rowsOut * size));
        });
        table.rows += rowsOut;
      }
    }
    const kept = scoredRows;
    table.ids = prepared.ids.map((column) => (kept ? kept.map((k) => column[k]) : column.length === prepared.rows ? column : column.slice(0, prepared.rows)));
    table.outputs = outputs.map((o, i) => ({ name: o.name, dtype: o.dtype, rowSize: rowSizes[i], values: joinParts(outputParts[i]) }));
    errors.sort((x, y) => x.row - y.row);
    const partName = `part-${id}.${ext}`;
    const bytes = encodeChunk(table, settings.outputFormat);
    const nonce = randomBytes(4).toString('hex');
    const record: ChunkRecord = { id, source: file.rel, chunk, firstRow: chunk * settings.chunkRows + 1, sourceRows: prepared.sourceRows, rows: table.rows, errors: errors.length, path: partName, sha256: sha256Of(bytes) };
    if (errors.length > 0) {
      const errorsName = `${STATE_DIR}/errors-${id}.jsonl`;
      const text = errors.map((e) => JSON.stringify(e)).join('\n') + '\n';
      await writeAtomically(fs, path.join(settings.outputDir, errorsName), text, nonce);
      record.errorsPath = errorsName;
      record.errorsSha256 = sha256Of(text);
    }
    await writeAtomically(fs, path.join(settings.outputDir, partName), bytes, nonce);
    await commit(record);
  };

  try {
    for (const [fileIndex, file] of settings.inputs.entries()) {
      const columns = await columnsOf(file);
      const plan = columns === undefined ? undefined : planColumns(file.rel, inputs, columns, settings.columns, settings.passthrough);
      const schedule = async (chunk: number, prepare: () => PreparedChunk) => {
        const id = chunkId(fileIndex, chunk);
        if (ownsChunk(shard, fileIndex, chunk) && !progress.chunks[id]) {
          const scoring = scoreChunk(fileIndex, file, plan, chunk, prepare());
          // Handled here so a failure waiting its turn is not an unhandled rejection; it is awaited below.
          scoring.catch(() => undefined);
          inFlight.push(scoring);
          if (inFlight.length >= maxInFlight) await inFlight.shift();
        } else if (progress.chunks[id]) committed.push(progress.chunks[id]);
      };
      let rows = 0;
      let lastRow = 0;
      const wantedChunk = (chunk: number) => ownsChunk(shard, fileIndex, chunk) && !progress.chunks[chunkId(fileIndex, chunk)];
      const blocks = plan && columnsFitBlocks(plan) ? await blockReader(file, plan, settings.chunkRows, wantedChunk) : undefined;
      if (blocks) {
        // Numeric inputs from plain CSV or Parquet: chunks read straight into typed arrays.
        for await (const block of blocks) {
          hooks.progress?.({ rows: lastRow, chunks: committed.length, file: file.rel });
          rows += block.sourceRows;
          lastRow = block.firstRow + block.sourceRows - 1;
          await schedule(block.block, () => ({
            sourceRows: block.sourceRows, rows: block.rows, inputs: block.inputs, ids: block.ids, rowOf: block.rowOf, lineOf: block.lineOf ?? [],
            errors: block.errors.map((e) => errorOf(file, e, e.reason)),
          }));
        }
      } else {
        let current = -1;
        let buffer: SourceRow[] = [];
        const flush = async () => {
          if (current < 0) return;
          const chunkRows = buffer;
          await schedule(current, () => prepareRows(file, plan, chunkRows, settings.passthrough.length));
          buffer = [];
        };
        // A file whose columns cannot be read still streams: its rows (or its one fatal error) go to the errors file.
        // Rows come in batches and chunk bookkeeping runs per chunk: no promise or callback per row.
        let chunkEnd = 0;
        let wanted = false;
        for await (const batch of readRowBatches(file, plan?.wanted ?? [])) {
          for (const r of batch) {
            if (r.row > chunkEnd) {
              await flush();
              current = Math.floor((r.row - 1) / settings.chunkRows);
              chunkEnd = (current + 1) * settings.chunkRows;
              wanted = ownsChunk(shard, fileIndex, current) && !progress.chunks[chunkId(fileIndex, current)];
              hooks.progress?.({ rows: lastRow, chunks: committed.length, file: file.rel });
            }
            lastRow = r.row;
            if (!r.fatal) rows++;
            if (wanted) buffer.push(r);
          }
        }
        await flush();
      }
      inputRecords.push({ path: file.rel, sha256: inputHashes[fileIndex], rows, chunks: lastRow === 0 ? 0 : Math.floor((lastRow - 1) / settings.chunkRows) + 1, format: file.format });
    }
    await Promise.all(inFlight);
    await commitChain;
  } finally {
    // Chunks already scoring finish (or fail) before the sessions go.
    await Promise.allSettled(inFlight);
    await engine.close();
  }

  committed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const errorRows = committed.reduce((n, c) => n + c.errors, 0);
  const sourceRows = committed.reduce((n, c) => n + c.sourceRows, 0);
  let errorsFile: string | null = null;
  let errorsSha: string | null = null;
  if (errorRows > 0) {
    const parts: Buffer[] = [];
    for (const c of committed) if (c.errorsPath) parts.push(await fs.readFile(path.join(settings.outputDir, c.errorsPath)));
    const all = Buffer.concat(parts);
    errorsFile = `errors${tag}.jsonl`;
    errorsSha = sha256Of(all);
    await writeAtomically(fs, path.join(settings.outputDir, errorsFile), all, randomBytes(4).toString('hex'));
  }
  const endedAt = now();
  const errorRate = sourceRows === 0 ? 0 : errorRows / sourceRows;
  const failed = errorRate > settings.maxErrorRate;
  const manifest: BatchManifest = {
    schema: 1,
    kind: 'run',
    status: failed ? 'failed' : 'succeeded',
    environment: model.environment ?? null,
    model: model.name,
    version: model.version,
    sha256: model.sha256,
    input: settings.inputSpec,
    inputs: inputRecords,
    outputs: committed.map((c) => ({ path: c.path, sha256: c.sha256, rows: c.rows, source: c.source, chunk: c.chunk, firstRow: c.firstRow })),
    errors: { rows: errorRows, path: errorsFile, sha256: errorsSha },
    rows: committed.reduce((n, c) => n + c.rows, 0),
    rows_per_s: 0,
    shard,
    chunkRows: settings.chunkRows,
    outputFormat: settings.outputFormat,
    maxErrorRate: settings.maxErrorRate,
    errorRate,
    startedAt: new Date(startedAt).toISOString(),
    endedAt: new Date(endedAt).toISOString(),
    durationMs: endedAt - startedAt,
    throughput,
    resumedChunks,
    chunks: committed,
  };
  manifest.rows_per_s = manifest.durationMs > 0 ? Math.round((scored / manifest.durationMs) * 1000 * 10) / 10 : 0;
  await writeAtomically(fs, manifestPath, `${JSON.stringify(manifest, null, 2)}\n`, randomBytes(4).toString('hex'));
  return { manifest, manifestPath, exitCode: failed ? ExitCode.Failed : ExitCode.Pass };
}

function selectOutputs(all: SignatureTensor[], wanted: string[] | undefined): SignatureTensor[] {
  const chosen = wanted && wanted.length > 0 ? wanted.map((n) => {
    const o = all.find((x) => x.name === n);
    if (!o) throw new ModelshipError(`the model has no output "${n}"`, { hint: `outputs: ${all.map((x) => `${x.name} (${describeTensor(x)})`).join(', ')}` });
    return o;
  }) : all;
  for (const o of chosen) {
    if (o.dtype === 'sequence' || o.dtype === 'map' || o.dtype === 'optional' || o.dtype === 'unknown') {
      throw new ModelshipError(`output "${o.name}" is a ${o.dtype}, not a tensor: it cannot be written as columns`, { hint: `choose tensor outputs with --outputs (${all.filter((x) => x !== o).map((x) => x.name).join(', ')})` });
    }
  }
  return chosen;
}

/** One array of a chunk's output values: a typed array when every part is one of the same kind. */
function joinParts(parts: Array<ArrayLike<unknown>>): ArrayLike<unknown> {
  if (parts.length === 1) return parts[0];
  const first = parts[0];
  const total = parts.reduce((n, p) => n + p.length, 0);
  if (first && ArrayBuffer.isView(first) && parts.every((p) => p.constructor === first.constructor)) {
    const out = new (first.constructor as new (n: number) => Float32Array)(total);
    let at = 0;
    for (const p of parts) {
      out.set(p as Float32Array, at);
      at += p.length;
    }
    return out;
  }
  const out = new Array<unknown>(total);
  let at = 0;
  for (const p of parts) for (let i = 0; i < p.length; i++) out[at++] = p[i];
  return out;
}

/** The block reader of a file whose columns it can read (plain CSV, readable Parquet), else undefined. */
async function blockReader(file: InputFile, plan: ColumnPlan, chunkRows: number, wanted: (chunk: number) => boolean): Promise<AsyncIterable<ColumnBlock> | undefined> {
  if (file.format === 'csv') {
    const header = (await csvIsPlain(file.path)) ? await plainCsvHeader(file.path, plan) : undefined;
    return header && readColumnBlocks(file.path, plan, header, chunkRows, wanted);
  }
  if (file.format === 'parquet') {
    const parquet = await openParquet(file.path);
    return parquet && readParquetBlocks(parquet, plan, chunkRows, wanted);
  }
  return undefined;
}

/** A chunk's rows ready for onnxruntime: each input packed in one array, the ids, and the rows refused on reading. */
interface PreparedChunk {
  sourceRows: number;
  rows: number;
  /** One array per binding of the plan, `rows * rowSize` values used. */
  inputs: TensorData[];
  /** Pass-through values per column, one per row. */
  ids: unknown[][];
  /** Source row and line of each row, for errors at inference. */
  rowOf: ArrayLike<number>;
  lineOf: ArrayLike<number | undefined>;
  errors: ErrorRecord[];
}

/** Rows from a row reader into a prepared chunk (each row converted and checked by the TensorBuilder). */
function prepareRows(file: InputFile, plan: ColumnPlan | undefined, rows: SourceRow[], ids: number): PreparedChunk {
  const builder = plan ? new TensorBuilder(plan, rows.length) : undefined;
  const prepared: PreparedChunk = { sourceRows: rows.length, rows: 0, inputs: [], ids: Array.from({ length: ids }, () => []), rowOf: [], lineOf: [], errors: [] };
  const rowOf: number[] = [];
  const lineOf: Array<number | undefined> = [];
  const idStart = plan ? plan.wanted.length - ids : 0;
  for (const r of rows) {
    if (r.error !== undefined || !builder || !r.cells) {
      prepared.errors.push(errorOf(file, r, r.error ?? 'unreadable row'));
      continue;
    }
    const why = builder.add(r.cells);
    if (why !== undefined) {
      prepared.errors.push(errorOf(file, r, why));
      continue;
    }
    rowOf.push(r.row);
    lineOf.push(r.line);
    for (let i = 0; i < ids; i++) prepared.ids[i].push(r.cells[idStart + i]);
  }
  return { ...prepared, rows: builder?.rows ?? 0, inputs: builder?.columns() ?? [], rowOf, lineOf };
}

function errorOf(file: InputFile, r: { row: number; line?: number }, reason: string): ErrorRecord {
  return r.line === undefined ? { source: file.rel, row: r.row, reason } : { source: file.rel, row: r.row, line: r.line, reason };
}

function sha256Of(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * A fresh run refuses a folder that already holds this shard's run (nothing of it is overwritten); a resumed
 * run keeps only chunks whose files are still there with their recorded sha256.
 */
async function openProgress(fs: BatchFs, progressPath: string, manifestPath: string, fingerprint: string, settings: RunSettings, model: ResolvedModel): Promise<Progress> {
  const existing = await fs.readFile(progressPath).then((b) => JSON.parse(b.toString('utf8')) as Progress, () => undefined);
  const hasManifest = await stat(manifestPath).then(() => true, () => false);
  if (!settings.resume) {
    if (existing || hasManifest) {
      throw new ModelshipError(`${settings.outputDir} already holds a run${shardTag(settings.shard) ? ` of shard ${settings.shard.index}/${settings.shard.count}` : ''}`, { hint: 'continue it with --resume, or write to an empty folder' });
    }
    return { schema: 1, fingerprint, chunks: {} };
  }
  if (!existing) return { schema: 1, fingerprint, chunks: {} };
  if (existing.fingerprint !== fingerprint) {
    throw new ModelshipError(`cannot resume in ${settings.outputDir}: the interrupted run used other inputs, model or options (model now ${model.version} sha256 ${model.sha256.slice(0, 12)})`, {
      exitCode: ExitCode.Usage,
      hint: 'resume with the same inputs, model and options, or start again in an empty folder',
    });
  }
  const kept: Record<string, ChunkRecord> = {};
  for (const [id, c] of Object.entries(existing.chunks)) {
    const ok = await fs.readFile(path.join(settings.outputDir, c.path)).then((b) => sha256Of(b) === c.sha256, () => false);
    const errorsOk = !c.errorsPath || (await fs.readFile(path.join(settings.outputDir, c.errorsPath)).then((b) => sha256Of(b) === c.errorsSha256, () => false));
    // Kept without its timing: it measured the interrupted run, not this one.
    if (ok && errorsOk) kept[id] = { ...c, ms: undefined };
  }
  return { schema: 1, fingerprint, chunks: kept };
}
