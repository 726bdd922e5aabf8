import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cli } from '../support/cli.js';

const IRIS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris');
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'modelship-optimize-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('modelship optimize', () => {
  it('optimises a configured model and prints the JSON report (exit 0)', async () => {
    const out = path.join(tmp, 'iris');
    const result = await cli(['optimize', 'iris', '--variants', 'fp16,int8', '--data', 'data/iris.csv', '--label', 'species', '--trials', '3', '--no-web', '--out', out, '--format', 'json'], { cwd: IRIS });
    expect(result.stderr).not.toMatch(/error/);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ model: 'iris', verdict: 'pass', evalData: { rows: 150 } });
    expect(report.variants.map((v: { name: string }) => v.name)).toEqual(['fp16', 'int8']);
    expect(report.variants[0].metricsFile).toBe(path.join(out, 'fp16', 'metrics.json'));
  }, 120_000);

  it.each([
    [['optimize', 'iris', '--variants', 'int4'], /unknown variant "int4" \(expected graph, fp16, int8\)/],
    [['optimize', 'nosuch'], /"nosuch" is neither a file nor a model of .*modelship\.yml/],
    [['optimize', 'iris', '--data', 'data/iris.csv'], /--data needs --label/],
    [['optimize', 'iris', '--graph-level', 'max'], /--graph-level: "max" is not one of basic, extended, all/],
    [['optimize', 'iris', '--trials', '2'], /--trials: "2" is not a whole number of at least 3/],
  ])('%j is a usage error (exit 2) naming what was expected', async (args, message) => {
    const result = await cli(args, { cwd: IRIS });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('names the evaluation data\'s line when a label is unknown (exit 2)', async () => {
    const result = await cli(['optimize', 'iris', '--variants', 'fp16', '--data', 'data/iris.csv', '--label', 'species', '--classes', 'setosa,versicolor', '--no-web', '--out', path.join(tmp, 'bad')], { cwd: IRIS });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/iris\.csv:\d+: label "virginica" is not one of the classes setosa, versicolor/);
  }, 60_000);
});
