import { describe, expect, it } from '@jest/globals';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../../src/cli/program.js';
import { progressLine } from '../../src/batch/render.js';
import { FEATURES, IRIS, IRIS_CSV, tempDir } from './helpers.js';

async function run(isTTY: boolean, extra: string[] = []) {
  const root = await tempDir('batch-progress-');
  await cp(path.join(IRIS, 'models/iris-v2/model.onnx'), path.join(root, 'model.onnx'));
  await cp(IRIS_CSV, path.join(root, 'iris.csv'));
  await writeFile(path.join(root, 'modelship.yml'), 'version: 1\nmodels:\n  iris:\n    path: model.onnx\n    format: onnx\n');
  let stdout = '';
  let stderr = '';
  const code = await runCli(['batch', 'run', '--model', 'iris@2.0.0', '--artifact', 'model.onnx', '--input', 'iris.csv', '--output', 'out', '--columns', `features=${FEATURES.join(',')}`, '--chunk-rows', '40', ...extra], {
    stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: root, env: {}, isTTY,
  });
  return { code, stdout, stderr };
}

describe('batch run progress on a terminal', () => {
  it('redraws one line on stderr when it is a terminal, and ends it', async () => {
    const r = await run(true);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\riris\.csv: [\d,]+ rows read, \d+ chunk\(s\) committed, [\d,]+ rows\/s.*\n$/s);
    expect(r.stdout).toContain('scored: 150 rows');
  });

  it('writes none when not a terminal, nor with --format json', async () => {
    expect((await run(false)).stderr).toBe('');
    const json = await run(true, ['--format', 'json']);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout)).toMatchObject({ rows: 150 });
  });

  it('formats rows, chunks and rate', () => {
    expect(progressLine({ file: 'a.csv', rows: 120000, chunks: 12 }, 2000)).toBe('a.csv: 120,000 rows read, 12 chunk(s) committed, 60,000 rows/s');
    expect(progressLine({ file: 'a.csv', rows: 0, chunks: 0 }, 0)).toBe('a.csv: 0 rows read, 0 chunk(s) committed, 0 rows/s');
  });
});
