import { describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { listInputs } from '../../src/batch/inputs.js';
import { runBatch } from '../../src/batch/run.js';
import { FEATURES, IRIS_CSV, irisModel, settings, tempDir } from './helpers.js';

async function irisTable(): Promise<{ features: number[][]; species: string[] }> {
  const lines = (await readFile(IRIS_CSV, 'utf8')).trim().split('\n').slice(1);
  return { features: lines.map((l) => l.split(',').slice(0, 4).map(Number)), species: lines.map((l) => l.split(',')[4]) };
}

/** The CSV run's predictions, the reference every other format must reproduce. */
async function csvPredictions(): Promise<string[][]> {
  const out = await tempDir();
  await runBatch(await irisModel(), settings({ inputs: await listInputs(IRIS_CSV, process.cwd()), outputDir: out, chunkRows: 200 }));
  return (await readFile(path.join(out, 'part-00000-000000.csv'), 'utf8')).trim().split('\n').slice(1).map((l) => l.split(','));
}

describe('input and output formats', () => {
  it('Parquet in (scalar columns, row groups), Parquet out: same predictions as CSV, read back by hyparquet', async () => {
    const t = await irisTable();
    const dir = await tempDir();
    const file = path.join(dir, 'iris.parquet');
    const columnData = [...FEATURES.map((name, k) => ({ name, data: t.features.map((f) => f[k]), type: 'DOUBLE' })), { name: 'species', data: t.species, type: 'STRING' }];
    await writeFile(file, Buffer.from(parquetWriteBuffer({ columnData: columnData as never, rowGroupSize: 64 })));
    const out = await tempDir();
    const { manifest } = await runBatch(await irisModel(), settings({ inputs: await listInputs(file, dir), outputDir: out, chunkRows: 200, outputFormat: 'parquet' }));
    expect(manifest.rows).toBe(150);
    const rows = await parquetReadObjects({ file: await asyncBufferFromFile(path.join(out, 'part-00000-000000.parquet')) });
    const reference = await csvPredictions();
    expect(rows.map((r) => [r.species, String(r.probabilities_0), String(r.probabilities_1), String(r.probabilities_2), String(r.label)])).toEqual(reference);
  });

  it('JSON Lines in with a vector column named like the input, JSON Lines out', async () => {
    const t = await irisTable();
    const dir = await tempDir();
    const file = path.join(dir, 'iris.jsonl');
    await writeFile(file, t.features.map((f, i) => JSON.stringify({ features: f, species: t.species[i] })).join('\n') + '\n');
    const out = await tempDir();
    const { manifest } = await runBatch(await irisModel(), settings({ inputs: await listInputs(file, dir), outputDir: out, columns: {}, chunkRows: 200, outputFormat: 'jsonl' }));
    expect(manifest.rows).toBe(150);
    const records = (await readFile(path.join(out, 'part-00000-000000.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    const reference = await csvPredictions();
    expect(records.map((r) => [r.species, ...r.probabilities.map(String), String(r.label)])).toEqual(reference);
  });

  it('.npy in (float32 [150,4], written here byte by byte as NumPy lays it out)', async () => {
    const t = await irisTable();
    const dir = await tempDir();
    const header = "{'descr': '<f4', 'fortran_order': False, 'shape': (150, 4), }";
    const padded = header.padEnd(118 - 1, ' ') + '\n'; // 10 + 118 = 128 bytes, as numpy aligns
    const data = new Float32Array(t.features.flat());
    const head = Buffer.alloc(10);
    Buffer.from([0x93]).copy(head, 0);
    head.write('NUMPY', 1, 'latin1');
    head[6] = 1;
    head[7] = 0;
    head.writeUInt16LE(padded.length, 8);
    const file = path.join(dir, 'features.npy');
    await writeFile(file, Buffer.concat([head, Buffer.from(padded, 'latin1'), Buffer.from(data.buffer)]));
    const out = await tempDir();
    const { manifest } = await runBatch(await irisModel(), settings({ inputs: await listInputs(file, dir), outputDir: out, columns: {}, passthrough: [], chunkRows: 200 }));
    expect(manifest.rows).toBe(150);
    const rows = (await readFile(path.join(out, 'part-00000-000000.csv'), 'utf8')).trim().split('\n').slice(1).map((l) => l.split(','));
    expect(rows).toEqual((await csvPredictions()).map((r) => r.slice(1)));
  });

  it('a corrupt Parquet file goes to the errors file; the other inputs are scored', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a-broken.parquet'), Buffer.concat([Buffer.from('PAR1'), Buffer.alloc(64, 7), Buffer.from('PAR1')]));
    await writeFile(path.join(dir, 'b-good.csv'), await readFile(IRIS_CSV));
    const out = await tempDir();
    const { manifest, exitCode } = await runBatch(await irisModel(), settings({ inputs: await listInputs(dir, dir), outputDir: out, chunkRows: 200 }));
    expect(exitCode).toBe(0);
    expect(manifest.rows).toBe(150);
    expect(manifest.errors.rows).toBe(1);
    const [error] = (await readFile(path.join(out, 'errors.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(error).toEqual({ source: 'a-broken.parquet', row: 1, reason: expect.stringMatching(/^not a readable Parquet file: /) });
  });
});
