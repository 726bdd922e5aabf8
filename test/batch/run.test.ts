import { describe, expect, it } from '@jest/globals';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listInputs } from '../../src/batch/inputs.js';
import { runBatch } from '../../src/batch/run.js';
import { FEATURES, IRIS_CSV, irisModel, settings, snapshot, tempDir } from './helpers.js';

describe('batch run on the iris example', () => {
  it('scores every row of a CSV with the live bytes, chunked, with ids and a manifest', async () => {
    const out = await tempDir();
    const inputs = await listInputs(IRIS_CSV, process.cwd());
    const { manifest, exitCode } = await runBatch(await irisModel(), settings({ inputs, outputDir: out }));
    expect(exitCode).toBe(0);
    expect(manifest.rows).toBe(150);
    expect(manifest.errors.rows).toBe(0);
    expect(manifest.inputs).toEqual([expect.objectContaining({ path: 'iris.csv', rows: 150, chunks: 4 })]);
    expect(manifest.outputs.map((o) => o.path)).toEqual(['part-00000-000000.csv', 'part-00000-000001.csv', 'part-00000-000002.csv', 'part-00000-000003.csv']);
    expect(manifest.outputs.map((o) => o.rows)).toEqual([40, 40, 40, 30]);
    const first = (await readFile(path.join(out, 'part-00000-000000.csv'), 'utf8')).split('\n');
    expect(first[0]).toBe('species,probabilities_0,probabilities_1,probabilities_2,label');
    // Independent check: the label is the argmax of the probabilities, and setosa rows (first 50) are class 0.
    const labels = first.slice(1, -1).map((l) => l.split(','));
    for (const cells of labels) {
      const p = cells.slice(1, 4).map(Number);
      expect(Number(cells[4])).toBe(p.indexOf(Math.max(...p)));
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
    expect(labels.every((c) => c[0] === 'setosa' && c[4] === '0')).toBe(true);
  });

  it('sends ragged and non-numeric rows to the errors file with source, row and reason, and scores the rest', async () => {
    const dir = await tempDir();
    const lines = (await readFile(IRIS_CSV, 'utf8')).trim().split('\n');
    lines[3] = '4.7,3.2,1.3'; // ragged: row 3
    lines[10] = 'abc,3.1,1.5,0.1,setosa'; // not a number: row 10
    await writeFile(path.join(dir, 'bad.csv'), `${lines.join('\n')}\n`);
    const out = await tempDir();
    const { manifest, exitCode } = await runBatch(await irisModel(), settings({ inputs: await listInputs(path.join(dir, 'bad.csv'), dir), outputDir: out, maxErrorRate: 0.05 }));
    expect(exitCode).toBe(0);
    expect(manifest.rows).toBe(148);
    expect(manifest.errors.rows).toBe(2);
    const errors = (await readFile(path.join(out, 'errors.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toEqual([
      { source: 'bad.csv', row: 3, line: 4, reason: '3 fields, the header has 5' },
      { source: 'bad.csv', row: 10, line: 11, reason: 'column "sepal_length": "abc" is not a valid float32 (input "features" expects float32 [batch,4])' },
    ]);
  });

  it('fails the run (exit 1) beyond --max-error-rate, with everything still written', async () => {
    const dir = await tempDir();
    const lines = (await readFile(IRIS_CSV, 'utf8')).trim().split('\n');
    for (let i = 1; i <= 10; i++) lines[i] = 'x,y';
    await writeFile(path.join(dir, 'bad.csv'), `${lines.join('\n')}\n`);
    const out = await tempDir();
    const { manifest, exitCode } = await runBatch(await irisModel(), settings({ inputs: await listInputs(path.join(dir, 'bad.csv'), dir), outputDir: out, maxErrorRate: 0.05 }));
    expect(exitCode).toBe(1);
    expect(manifest.status).toBe('failed');
    expect(manifest.errorRate).toBeCloseTo(10 / 150, 10);
    expect(manifest.rows).toBe(140);
  });

  it('names the column, the input and its dtype/shape when the mapping cannot work', async () => {
    const out = await tempDir();
    const inputs = await listInputs(IRIS_CSV, process.cwd());
    await expect(runBatch(await irisModel(), settings({ inputs, outputDir: out, columns: {} }))).rejects.toThrow('iris.csv: no column for model input "features" (float32 [batch,4])');
    await expect(runBatch(await irisModel(), settings({ inputs, outputDir: await tempDir(), columns: { features: ['sepal_length', 'nope', 'petal_length', 'petal_width'] } }))).rejects.toThrow('column "nope" mapped to model input "features" (float32 [batch,4]) is not in the file');
    await expect(runBatch(await irisModel(), settings({ inputs, outputDir: await tempDir(), columns: { features: FEATURES.slice(0, 3) } }))).rejects.toThrow('3 columns are mapped to model input "features" (float32 [batch,4]), which takes 4 values per row');
  });

  it('refuses to write over an earlier run in the same folder unless resuming', async () => {
    const out = await tempDir();
    const inputs = await listInputs(IRIS_CSV, process.cwd());
    await runBatch(await irisModel(), settings({ inputs, outputDir: out }));
    const before = await snapshot(out);
    await expect(runBatch(await irisModel(), settings({ inputs, outputDir: out }))).rejects.toThrow('already holds a run');
    expect(await snapshot(out)).toEqual(before);
    expect((await readdir(out)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
