import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { createRandom } from '../../src/core/stats/random.js';
import { cli } from '../support/cli.js';

let dir: string;
const N = 400;

/** Reference and current data: `age` shifted in the current data, `income` and `city` stable, `prediction` an output. */
function rows(seed: string, ageShift: number) {
  const r = createRandom(seed);
  return Array.from({ length: N }, (_, i) => ({
    age: Math.round((40 + ageShift + 10 * r.normal()) * 10) / 10,
    income: Math.round(50000 + 8000 * r.normal()),
    city: ['paris', 'lyon', 'nice'][r.int(3)],
    prediction: i % 5 === 0 ? 1 : 0,
  }));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'monitor-cli-'));
  const ref = rows('reference', 0);
  const cur = rows('current', 8);
  await writeFile(path.join(dir, 'reference.csv'), `age,income,city,prediction\n${ref.map((r) => `${r.age},${r.income},${r.city},${r.prediction}`).join('\n')}\n`);
  await writeFile(path.join(dir, 'current.jsonl'), cur.map((r) => JSON.stringify(r)).join('\n') + '\n');
  await writeFile(
    path.join(dir, 'reference.parquet'),
    Buffer.from(parquetWriteBuffer({ columnData: [
      { name: 'age', data: ref.map((r) => r.age), type: 'DOUBLE' },
      { name: 'income', data: ref.map((r) => r.income), type: 'DOUBLE' },
      { name: 'city', data: ref.map((r) => r.city), type: 'STRING' },
      { name: 'prediction', data: ref.map((r) => r.prediction), type: 'DOUBLE' },
    ] as never, rowGroupSize: 128 })),
  );
});

describe('modelship monitor profile', () => {
  it('profiles CSV and Parquet of the same data to the same profile, outputs apart', async () => {
    const csv = await cli(['monitor', 'profile', 'reference.csv', '--outputs', 'prediction', '--output', 'ref-csv.json', '--format', 'json'], { cwd: dir });
    expect(csv.stderr).toBe('');
    expect(csv.code).toBe(0);
    const parquet = await cli(['monitor', 'profile', 'reference.parquet', '--outputs', 'prediction', '--output', 'ref-parquet.json'], { cwd: dir });
    expect(parquet.code).toBe(0);
    expect(parquet.stdout).toMatch(/rows: 400[\s\S]*age\s+input\s+numeric[\s\S]*city\s+input\s+categorical\s+400\s+0\s+3 categories[\s\S]*prediction\s+output\s+numeric/);
    const a = JSON.parse(await readFile(path.join(dir, 'ref-csv.json'), 'utf8'));
    const b = JSON.parse(await readFile(path.join(dir, 'ref-parquet.json'), 'utf8'));
    expect(a).toEqual(b);
    expect(JSON.parse(csv.stdout).profile).toEqual(a);
    expect(Object.keys(a.inputs)).toEqual(['age', 'income', 'city']);
    expect(Object.keys(a.outputs)).toEqual(['prediction']);
    expect(a.outputs.prediction.numeric.distinct).toEqual({ 0: 320, 1: 80 });
  });

  it('names a missing column, a missing file and a bad --k', async () => {
    const column = await cli(['monitor', 'profile', 'reference.csv', '--outputs', 'score'], { cwd: dir });
    expect([column.code, column.stderr]).toEqual([2, expect.stringMatching(/reference.csv: no column "score"[\s\S]*columns: age, income, city, prediction/)]);
    const file = await cli(['monitor', 'profile', 'nope.csv'], { cwd: dir });
    expect([file.code, file.stderr]).toEqual([2, expect.stringMatching(/input nope.csv: no such file or folder/)]);
    const k = await cli(['monitor', 'profile', 'reference.csv', '--k', '2'], { cwd: dir });
    expect([k.code, k.stderr]).toEqual([2, expect.stringMatching(/--k: expected an integer in 8..65535, got "2"/)]);
  });
});

describe('modelship monitor drift', () => {
  it('finds the shifted feature from data files and from profiles alike, JSON as documented, exit 1 on drift', async () => {
    const fromData = await cli(['monitor', 'drift', '--reference', 'reference.csv', '--current', 'current.jsonl', '--outputs', 'prediction', '--drift-share', '0.3', '--format', 'json'], { cwd: dir });
    expect(fromData.stderr).toBe('');
    expect(fromData.code).toBe(1);
    const report = JSON.parse(fromData.stdout);
    expect(report).toMatchObject({ drift: true, drifted: 1, tested: 3, drift_share: 0.3, correction: 'bh', prediction: { drift: false, tested: 1 } });
    expect(report.share).toBeCloseTo(1 / 3, 12);
    expect(report.features.map((f: { name: string; method: string; drifted: boolean }) => [f.name, f.method, f.drifted])).toEqual([
      ['age', 'ks', true],
      ['income', 'ks', false],
      ['city', 'chisquare', false],
      ['prediction', 'z', false],
    ]);
    for (const f of report.features) expect(Object.keys(f)).toEqual(expect.arrayContaining(['name', 'type', 'method', 'score', 'pvalue', 'threshold', 'drifted']));
    await cli(['monitor', 'profile', 'current.jsonl', '--outputs', 'prediction', '--output', 'cur.json'], { cwd: dir });
    const fromProfiles = await cli(['monitor', 'drift', '--reference', 'ref-parquet.json', '--current', 'cur.json', '--drift-share', '0.3', '--format', 'json', '--output', 'drift.json'], { cwd: dir });
    expect(JSON.parse(fromProfiles.stdout)).toEqual(report);
    expect(JSON.parse(await readFile(path.join(dir, 'drift.json'), 'utf8'))).toEqual(report);
  });

  it('passes (exit 0) below the dataset share and prints a table for people', async () => {
    const run = await cli(['monitor', 'drift', '--reference', 'reference.csv', '--current', 'current.jsonl', '--outputs', 'prediction'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/age\s+input\s+numeric\s+ks\s+\S+\s+\S+\s+\S+\s+0.050\s+DRIFT/);
    expect(run.stdout).toMatch(/no drift: 1\/3 input features drifted \(share 0.333, dataset drift at >= 0.5; correction bh\)/);
  });

  it('takes per-feature rules; rejects bad ones, bad profiles and unknown features with exit 2', async () => {
    const rules = await cli(['monitor', 'drift', '--reference', 'reference.csv', '--current', 'current.jsonl', '--feature', 'age=psi:0.5', '--feature', 'income=:0.9', '--format', 'json'], { cwd: dir });
    const features = JSON.parse(rules.stdout).features;
    expect(features[0]).toMatchObject({ name: 'age', method: 'psi', threshold: 0.5 });
    expect(features[1]).toMatchObject({ name: 'income', method: 'ks', threshold: 0.9 });
    const bad = await cli(['monitor', 'drift', '--reference', 'reference.csv', '--current', 'current.jsonl', '--feature', 'age'], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringMatching(/--feature "age": expected NAME=METHOD\[:THRESHOLD\]/)]);
    const unknown = await cli(['monitor', 'drift', '--reference', 'reference.csv', '--current', 'current.jsonl', '--feature', 'height=ks'], { cwd: dir });
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringMatching(/feature "height": the reference has no such feature/)]);
    await writeFile(path.join(dir, 'broken.json'), '{"format": "modelship-profile", "version": 1, "rows": 1, "inputs": {"a": {"count": 1}}}');
    const broken = await cli(['monitor', 'drift', '--reference', 'broken.json', '--current', 'current.jsonl'], { cwd: dir });
    expect([broken.code, broken.stderr]).toEqual([2, expect.stringMatching(/broken.json: inputs.a.missing: expected a count/)]);
    await writeFile(path.join(dir, 'garbage.json'), '{"format": ');
    const garbage = await cli(['monitor', 'drift', '--reference', 'garbage.json', '--current', 'current.jsonl'], { cwd: dir });
    expect([garbage.code, garbage.stderr]).toEqual([2, expect.stringMatching(/garbage.json: not valid JSON/)]);
  });

  it('takes defaults from the monitor section of modelship.yml; flags win; a bad section is a usage error naming the line', async () => {
    await writeFile(path.join(dir, 'modelship.yml'), 'version: 1\nmonitor:\n  driftShare: 0.3\n  correction: bonferroni\n  features:\n    age: { method: psi, threshold: 0.5 }\n    income: { threshold: 0.9 }\n');
    try {
      const run = await cli(['monitor', 'drift', '--reference', 'reference.csv', '--current', 'current.jsonl', '--feature', 'income=:0.01', '--format', 'json'], { cwd: dir });
      const report = JSON.parse(run.stdout);
      expect(report).toMatchObject({ drift_share: 0.3, correction: 'bonferroni' });
      expect(report.features[0]).toMatchObject({ name: 'age', method: 'psi', threshold: 0.5 });
      expect(report.features[1]).toMatchObject({ name: 'income', method: 'ks', threshold: 0.01 });
      await writeFile(path.join(dir, 'modelship.yml'), 'version: 1\nmonitor:\n  features:\n    age: { method: magic }\n');
      const bad = await cli(['monitor', 'drift', '--reference', 'reference.csv', '--current', 'current.jsonl'], { cwd: dir });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/modelship\.yml:4:\d+/);
    } finally {
      await rm(path.join(dir, 'modelship.yml'), { force: true });
    }
  });
});
