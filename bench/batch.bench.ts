// `batch run` rows/s against a bare onnxruntime-node loop over the same rows already in memory (same batch
// size, one session, one intra-op thread), on iris (4 features) and on a wider model (a 64-feature MLP), from CSV
// and from Parquet; and resident memory as the input grows 10x (each size in its own process).
// Targets: >= 0.9 of the bare loop; peak RSS at 10x input <= 1.2x.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ort from 'onnxruntime-node';
import { encodeModel } from '../src/core/onnx/encode.js';
import { plainCsvHeader, readColumnBlocks } from '../src/batch/csv-columns.js';
import { listInputs } from '../src/batch/inputs.js';
import { planColumns } from '../src/batch/mapping.js';
import { openParquet, readParquetBlocks } from '../src/batch/parquet-columns.js';
import { runBatch, type ResolvedModel, type RunSettings } from '../src/batch/run.js';
import type { BenchRow, BenchSuite } from './harness.js';

const BATCH_ROWS = 1024;
const here = path.dirname(fileURLToPath(import.meta.url));

interface Case {
  name: string;
  model: ResolvedModel;
  input: string;
  features: string[];
  rows: number;
}

function resolved(name: string, bytes: Buffer): ResolvedModel {
  return { name, version: '1.0.0', sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
}

/**
 * The wider model: an MLP of 64 features -> 256 -> 256 (ReLU) -> 8 scores (MatMul + Add + Relu), built with
 * the project's ONNX encoder: about 84k multiply-adds a row, the size of a small tabular network.
 */
export function wideModel(width = 64, hidden = 256, outputs = 8): Buffer {
  const weights = (rows: number, cols: number, seed: number) => new Float32Array(rows * cols).map((_, i) => Math.sin(i * 0.7 + seed) / Math.sqrt(rows));
  const bias = (n: number, seed: number) => new Float32Array(n).map((_, i) => Math.cos(i + seed) / 10);
  return Buffer.from(encodeModel({
    graph: {
      name: 'wide',
      nodes: [
        { opType: 'MatMul', inputs: ['x', 'W1'], outputs: ['h1w'] },
        { opType: 'Add', inputs: ['h1w', 'B1'], outputs: ['h1b'] },
        { opType: 'Relu', inputs: ['h1b'], outputs: ['h1'] },
        { opType: 'MatMul', inputs: ['h1', 'W2'], outputs: ['h2w'] },
        { opType: 'Add', inputs: ['h2w', 'B2'], outputs: ['h2b'] },
        { opType: 'Relu', inputs: ['h2b'], outputs: ['h2'] },
        { opType: 'MatMul', inputs: ['h2', 'W3'], outputs: ['h3w'] },
        { opType: 'Add', inputs: ['h3w', 'B3'], outputs: ['scores'] },
      ],
      inputs: [{ name: 'x', type: { elemType: 'float32', shape: ['batch', width] } }],
      outputs: [{ name: 'scores', type: { elemType: 'float32', shape: ['batch', outputs] } }],
      initializers: [
        { name: 'W1', dims: [width, hidden], data: weights(width, hidden, 1) }, { name: 'B1', dims: [hidden], data: bias(hidden, 1) },
        { name: 'W2', dims: [hidden, hidden], data: weights(hidden, hidden, 2) }, { name: 'B2', dims: [hidden], data: bias(hidden, 2) },
        { name: 'W3', dims: [hidden, outputs], data: weights(hidden, outputs, 3) }, { name: 'B3', dims: [outputs], data: bias(outputs, 3) },
      ],
    },
  }));
}

/** Rows as CSV text and as a Float32Array: the same values, so both sides score the same rows. */
function table(rows: number, features: string[], value: (r: number, c: number) => number): { csv: string; matrix: Float32Array; columns: number[][] } {
  const lines = [[...features, 'id'].join(',')];
  const matrix = new Float32Array(rows * features.length);
  const columns = features.map(() => new Array<number>(rows));
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < features.length; c++) {
      const v = value(r, c);
      cells.push(String(v));
      matrix[r * features.length + c] = v;
      columns[c][r] = v;
    }
    cells.push(String(r));
    lines.push(cells.join(','));
  }
  return { csv: `${lines.join('\n')}\n`, matrix, columns };
}

async function writeParquet(file: string, features: string[], columns: number[][], rows: number): Promise<void> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const columnData = [...features.map((name, c) => ({ name, data: Float64Array.from(columns[c]), type: 'DOUBLE' as const })), { name: 'id', data: Array.from({ length: rows }, (_, r) => String(r)), type: 'STRING' as const }];
  writeFileSync(file, Buffer.from(parquetWriteBuffer({ columnData: columnData as never, rowGroupSize: 50_000 })));
}

/** The reference: one onnxruntime session over the rows already in memory, batch after batch. */
async function bareLoop(bytes: Buffer, matrix: Float32Array, width: number, inputName: string): Promise<number> {
  const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  const rows = matrix.length / width;
  const t0 = process.hrtime.bigint();
  for (let start = 0; start < rows; start += BATCH_ROWS) {
    const n = Math.min(BATCH_ROWS, rows - start);
    await session.run({ [inputName]: new ort.Tensor('float32', matrix.subarray(start * width, (start + n) * width), [n, width]) });
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  await session.release();
  return (rows / ms) * 1000;
}

async function ours(c: Case, dir: string): Promise<number> {
  const out = mkdtempSync(path.join(dir, 'out-'));
  const inputs = await listInputs(c.input, dir);
  const settings: RunSettings = {
    inputs, inputSpec: c.input, outputDir: out, outputFormat: 'csv', columns: { [c.model.name === 'iris' ? 'features' : 'x']: c.features }, passthrough: ['id'],
    chunkRows: 10_000, batchRows: BATCH_ROWS, maxErrorRate: 0, shard: { index: 0, count: 1 }, resume: false, workers: 1,
  };
  const t0 = process.hrtime.bigint();
  const result = await runBatch(c.model, settings);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (result.manifest.rows !== c.rows) throw new Error(`${c.name}: scored ${result.manifest.rows} of ${c.rows} rows`);
  rmSync(out, { recursive: true, force: true });
  return (c.rows / ms) * 1000;
}

/** What bounds a run from a file: the run's own block reader over the same file (no inference, no output). */
async function readerAlone(file: string, features: string[], inputName: string): Promise<number> {
  const plan = planColumns(path.basename(file), [{ name: inputName, dtype: 'float32', shape: ['batch', features.length] }], [...features, 'id'], { [inputName]: features }, ['id']);
  const t0 = process.hrtime.bigint();
  let rows = 0;
  if (file.endsWith('.csv')) {
    const header = await plainCsvHeader(file, plan);
    if (!header) throw new Error(`${file} is not a plain CSV file`);
    for await (const block of readColumnBlocks(file, plan, header, 10_000, () => true)) rows += block.rows;
  } else {
    const parquet = await openParquet(file);
    if (!parquet) throw new Error(`${file} is not readable`);
    for await (const block of readParquetBlocks(parquet, plan, 10_000, () => true)) rows += block.rows;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return (rows / ms) * 1000;
}

/** Wall-clock ms of N shard processes run at once over one input (each its own `batch run --shard I/N`). */
async function shardedMs(modelFile: string, input: string, features: string[], inputName: string, dir: string, shards: number): Promise<number> {
  const run = promisify(execFile);
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: shards }, (_, i) => run(process.execPath, ['--import', 'tsx', path.join(here, 'support/batch-rss.ts'), modelFile, input, mkdtempSync(path.join(dir, 'shard-')), inputName, features.join(','), `${i}/${shards}`])));
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Peak RSS (KiB) of one `batch run` in its own process. */
function peakRss(modelFile: string, input: string, features: string[], inputName: string, dir: string): number {
  const out = mkdtempSync(path.join(dir, 'rss-'));
  const text = execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'support/batch-rss.ts'), modelFile, input, out, inputName, features.join(',')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  rmSync(out, { recursive: true, force: true });
  return Number(JSON.parse(text).maxRssKiB);
}

const suite: BenchSuite = {
  name: 'batch',
  async run() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ms-bench-batch-'));
    const rowsOut: BenchRow[] = [];
    try {
      const irisBytes = readFileSync(path.resolve('examples/iris/models/iris-v2/model.onnx'));
      const iris = resolved('iris', irisBytes);
      const irisFeatures = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
      const wideBytes = wideModel();
      const wide = resolved('wide', wideBytes);
      const wideFeatures = Array.from({ length: 64 }, (_, i) => `f${i}`);
      const plans = [
        { name: 'iris', model: iris, bytes: irisBytes, features: irisFeatures, rows: 300_000, inputName: 'features', value: (r: number, c: number) => Math.round(((r * 7 + c * 13) % 70) + 10) / 10 },
        { name: 'wide MLP (64 features, 2x256 hidden)', model: wide, bytes: wideBytes, features: wideFeatures, rows: 200_000, inputName: 'x', value: (r: number, c: number) => ((r * 31 + c * 17) % 1000) / 100 },
      ];
      for (const p of plans) {
        const t = table(p.rows, p.features, p.value);
        const csv = path.join(dir, `${p.model.name}.csv`);
        writeFileSync(csv, t.csv);
        const parquet = path.join(dir, `${p.model.name}.parquet`);
        await writeParquet(parquet, p.features, t.columns, p.rows);
        await bareLoop(p.bytes, t.matrix, p.features.length, p.inputName); // warm-up
        const reference = Math.max(await bareLoop(p.bytes, t.matrix, p.features.length, p.inputName), await bareLoop(p.bytes, t.matrix, p.features.length, p.inputName));
        for (const [format, input] of [['CSV', csv], ['Parquet', parquet]] as const) {
          const c: Case = { name: p.name, model: p.model, input, features: p.features, rows: p.rows };
          await ours(c, dir); // warm-up
          const value = Math.max(await ours(c, dir), await ours(c, dir));
          const reader = Math.max(await readerAlone(input, p.features, p.inputName), await readerAlone(input, p.features, p.inputName));
          rowsOut.push({ name: `batch run ${p.name}, ${p.rows} rows from ${format} vs bare onnxruntime loop in memory`, value, reference, unit: 'rows/s', ratio: value / reference, target: { min: 0.9 } });
          rowsOut.push({ name: `  (a bound) the run's ${format} block reader alone over the same file, no inference, vs the bare loop`, value: reader, reference, unit: 'rows/s', ratio: reader / reference, target: {}, note: `batch run reaches ${((value / reader) * 100).toFixed(0)}% of the bare reader` });
        }
      }
      // Memory: 1x and 10x the rows, each in its own process.
      const small = table(50_000, irisFeatures, plans[0].value);
      const large = table(500_000, irisFeatures, plans[0].value);
      const modelFile = path.join(dir, 'iris.onnx');
      writeFileSync(modelFile, irisBytes);
      for (const [format, write] of [
        ['CSV', (file: string, t: typeof small) => writeFileSync(`${file}.csv`, t.csv)],
        ['Parquet', (file: string, t: typeof small, rows: number) => writeParquet(`${file}.parquet`, irisFeatures, t.columns, rows)],
      ] as const) {
        const ext = format === 'CSV' ? 'csv' : 'parquet';
        await write(path.join(dir, 'rss-1x'), small, 50_000);
        await write(path.join(dir, 'rss-10x'), large, 500_000);
        const one = peakRss(modelFile, path.join(dir, `rss-1x.${ext}`), irisFeatures, 'features', dir);
        const ten = peakRss(modelFile, path.join(dir, `rss-10x.${ext}`), irisFeatures, 'features', dir);
        rowsOut.push({ name: `peak RSS of batch run, 500,000 vs 50,000 iris rows from ${format}`, value: ten / 1024, reference: one / 1024, unit: 'MiB', ratio: ten / one, target: { max: 1.2 } });
      }
      // Shards: 2 processes on shards 0/2 and 1/2 against 1 process on all of it (process start included).
      const shardInput = path.join(dir, 'rss-10x.csv');
      const one = await shardedMs(modelFile, shardInput, irisFeatures, 'features', dir, 1);
      const two = await shardedMs(modelFile, shardInput, irisFeatures, 'features', dir, 2);
      rowsOut.push({ name: `2 shards on 2 processes vs 1 process, 500,000 iris rows from CSV (speed-up; ${os.availableParallelism()} cores, shared)`, value: two, reference: one, unit: 'ms', ratio: one / two, target: {}, note: 'informational: 2 needs 2 idle cores' });
      return rowsOut;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default suite;
