import { describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listInputs } from '../../src/batch/inputs.js';
import { runBatch } from '../../src/batch/run.js';
import { IRIS_CSV, irisModel, settings, tempDir } from './helpers.js';

// The batched CSV reader takes each record's line from csv-parse's counters: these pin the lines it reports.
describe('CSV rows the batched reader reports', () => {
  it('an unclosed quote: the rows before it are scored, then one error for the rest of the file, at its line', async () => {
    const dir = await tempDir();
    const lines = (await readFile(IRIS_CSV, 'utf8')).trim().split('\n');
    lines[60] = '5.0,"2.0,3.5,1.0,versicolor';
    await writeFile(path.join(dir, 'quote.csv'), `${lines.join('\n')}\n`);
    const out = await tempDir();
    const r = await runBatch(await irisModel(), settings({ inputs: await listInputs(path.join(dir, 'quote.csv'), dir), outputDir: out, maxErrorRate: 1 }));
    expect(r.manifest.rows).toBe(59);
    const errors = (await readFile(path.join(out, 'errors.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toEqual([{ source: 'quote.csv', row: 60, line: 151, reason: 'Quote Not Closed: the parsing is finished with an opening quote at line 151; the rest of the file could not be read' }]);
  });

  it('a quoted field over two lines and blank lines: later rows report their own lines, not row + 1', async () => {
    const dir = await tempDir();
    const lines = (await readFile(IRIS_CSV, 'utf8')).trim().split('\n');
    lines[2] = '4.9,3.0,1.4,0.2,"seto\nsa"'; // row 2 spans lines 3-4
    lines.splice(5, 0, ''); // a blank line before row 5: skipped, not a row
    lines[9] = 'x,3.4,1.5,0.2,setosa'; // row 8 after the splice
    await writeFile(path.join(dir, 'multi.csv'), `${lines.join('\n')}\n`);
    const out = await tempDir();
    const r = await runBatch(await irisModel(), settings({ inputs: await listInputs(path.join(dir, 'multi.csv'), dir), outputDir: out }));
    expect(r.manifest.rows).toBe(149);
    const errors = (await readFile(path.join(out, 'errors.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(errors).toEqual([{ source: 'multi.csv', row: 8, line: 11, reason: 'column "sepal_length": "x" is not a valid float32 (input "features" expects float32 [batch,4])' }]);
  });
});
