import { describe, expect, it } from '@jest/globals';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import { runRequest } from '../../src/batch/service.js';
import { toRunRequest } from '../../src/batch/request.js';
import { cli } from '../support/cli.js';
import { IRIS, snapshot, tempDir } from './helpers.js';

const CONFIG = `version: 1
models:
  iris:
    path: models/iris-v2/model.onnx
    format: onnx
gates:
  batch-agreement:
    candidate: [out/compare.json]
    checks:
      - { metric: agreement, direction: higher, value: { min: 0.7 } }
      - { name: per-species agreement, metric: agreement, direction: higher, slices: [species], value: { min: 0.4 } }
environments:
  nightly:
    provider:
      type: batch
      input: data/iris.csv
      output: out/nightly
      columns: { features: [sepal_length, sepal_width, petal_length, petal_width] }
      passthrough: [species]
      chunkRows: 50
  scoring:
    provider: { type: batch, input: data/iris.csv, output: out/scoring, columns: { features: [sepal_length, sepal_width, petal_length, petal_width] } }
    gates: [batch-agreement]
`;

async function project(): Promise<string> {
  const root = await tempDir('batch-project-');
  await cp(path.join(IRIS, 'models'), path.join(root, 'models'), { recursive: true });
  await cp(path.join(IRIS, 'data'), path.join(root, 'data'), { recursive: true });
  await writeFile(path.join(root, 'modelship.yml'), CONFIG);
  return root;
}

describe('batch environments', () => {
  it('deploy, run with the live version (recorded), shards + merge, compare, gate, promote, rollback, status', async () => {
    const root = await project();
    const run = (args: string[]) => cli(args, { cwd: root });
    expect((await run(['deploy', 'nightly', '1.0.0', '--artifact', 'models/iris-v1/model.onnx'])).code).toBe(0);
    const status = await run(['status', 'nightly', '--format', 'json']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('1.0.0');

    const one = await run(['batch', 'run', 'nightly', '--format', 'json']);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    const result = JSON.parse(one.stdout);
    const v1 = await readFile(path.join(root, 'models/iris-v1/model.onnx'));
    expect(result).toMatchObject({ environment: 'nightly', model: 'iris', version: '1.0.0', rows: 150, shard: { index: 0, count: 1 }, errors: { rows: 0, path: null } });
    expect(result.sha256).toBe((await import('node:crypto')).createHash('sha256').update(v1).digest('hex'));
    expect(result.inputs).toEqual([{ path: 'iris.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), rows: 150 }]);

    // Two shards in their own folders, then merge.
    for (const i of [0, 1]) expect((await run(['batch', 'run', 'nightly', '--shard', `${i}/2`, '--output', `out/s${i}`])).code).toBe(0);
    const merged = await run(['batch', 'merge', 'out/s0', 'out/s1', '--output', 'out/merged', '--format', 'json']);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({ rows: 150, version: '1.0.0', shard: { count: 2 } });
    const again = await run(['batch', 'merge', 'out/s0', 'out/s1', 'out/s1/manifest-shard-1-of-2.json', '--output', 'out/merged2']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('shard 1/2 appears twice');

    // scoring takes a version only with a compare report about that very version (gate batch-agreement):
    // first 1.0.0, compared with what nightly runs.
    const compareTo = (env: string, version: string, artifact: string) =>
      run(['batch', 'compare', env, '--candidate', `iris@${version}`, '--candidate-artifact', artifact, '--slice', 'species', '--output', 'out/compare.json', '--format', 'json']);
    expect((await compareTo('nightly', '1.0.0', 'models/iris-v1/model.onnx')).code).toBe(0);
    const first = await run(['promote', 'iris', '--to', 'scoring']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);

    // Candidate 2.0.0 in nightly, compared against the version live in scoring (1.0.0); the report gates its promotion.
    expect((await run(['deploy', 'nightly', '2.0.0', '--artifact', 'models/iris-v2/model.onnx'])).code).toBe(0);
    const second = JSON.parse((await run(['batch', 'run', 'nightly', '--output', 'out/n2', '--format', 'json'])).stdout);
    expect(second.version).toBe('2.0.0');
    // A report about another version never judges this one: the 1.0.0 report left in place is refused (exit 2).
    const stale = await run(['promote', 'iris', '--to', 'scoring']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toContain('out/compare.json measured iris 1.0.0 (its "candidate"), not iris 2.0.0');
    const compare = await compareTo('scoring', '2.0.0', 'models/iris-v2/model.onnx');
    expect(compare.stderr).toBe('');
    const report = JSON.parse(compare.stdout);
    expect(report).toMatchObject({ rows: 150, label: 'label', baseline: { version: '1.0.0', environment: 'scoring' }, candidate: { version: '2.0.0' } });
    expect(report.agreement).toBeGreaterThan(0.7);
    expect(Object.keys(report.slices.species).sort()).toEqual(['setosa', 'versicolor', 'virginica']);
    const gate = await run(['gate', 'batch-agreement', '--format', 'json']);
    expect(gate.code).toBe(0);
    expect(JSON.parse(gate.stdout).checks.length).toBeGreaterThanOrEqual(4);
    // A report that fails the gate blocks the promotion; the real one lets it through.
    const good = await readFile(path.join(root, 'out/compare.json'), 'utf8');
    await writeFile(path.join(root, 'out/compare.json'), JSON.stringify({ ...report, agreement: 0.5 }));
    const blocked = await run(['promote', 'iris', '--to', 'scoring', '--format', 'json']);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout + blocked.stderr).toContain('batch-agreement');
    await writeFile(path.join(root, 'out/compare.json'), good);
    const promoted = await run(['promote', 'iris', '--to', 'scoring']);
    expect(promoted.stderr).toBe('');
    expect(promoted.code).toBe(0);
    expect((await run(['status', 'scoring'])).stdout).toContain('2.0.0');
    expect((await run(['rollback', 'nightly'])).code).toBe(0);
    const third = JSON.parse((await run(['batch', 'run', 'nightly', '--output', 'out/n3', '--format', 'json'])).stdout);
    expect(third.version).toBe('1.0.0');
    expect(await snapshot(path.join(root, 'out/n3'))).toEqual(await snapshot(path.join(root, 'out/nightly')));
  }, 120_000);

  it('a deploy during a run changes the next run, not this one', async () => {
    const root = await project();
    expect((await cli(['deploy', 'nightly', '1.0.0', '--artifact', 'models/iris-v1/model.onnx'], { cwd: root })).code).toBe(0);
    const loaded = await loadConfig(path.join(root, 'modelship.yml'));
    const reference = await tempDir();
    await runRequest(loaded, toRunRequest({ model: 'iris@1.0.0', artifact: path.join(root, 'models/iris-v1/model.onnx'), input: 'data/iris.csv', output: reference, id: ['species'], chunkRows: 50, columns: ['features=sepal_length,sepal_width,petal_length,petal_width'] }, loaded, root));
    let deployed = false;
    const { manifest } = await runRequest(loaded, toRunRequest({ environment: 'nightly', output: path.join(root, 'out/during') }, loaded, root), {
      afterCommit: async (n) => {
        if (n !== 1) return;
        const r = await cli(['deploy', 'nightly', '2.0.0', '--artifact', 'models/iris-v2/model.onnx'], { cwd: root });
        deployed = r.code === 0;
      },
    });
    expect(deployed).toBe(true);
    expect(manifest.version).toBe('1.0.0');
    expect(await snapshot(path.join(root, 'out/during'))).toEqual(await snapshot(reference));
    const status = JSON.parse((await cli(['status', 'nightly', '--format', 'json'], { cwd: root })).stdout);
    expect(JSON.stringify(status)).toContain('2.0.0');
  }, 60_000);

  it('refuses a non-batch environment and a canary strategy on a batch one', async () => {
    const root = await project();
    await writeFile(path.join(root, 'modelship.yml'), `${CONFIG}  web:\n    provider: { type: local }\n  canaried:\n    provider: { type: batch }\n    strategy: { type: canary, steps: [{ weight: 10 }, { weight: 100 }] }\n`);
    const web = await cli(['batch', 'run', 'web'], { cwd: root });
    expect(web.code).toBe(2);
    expect(web.stderr).toContain('environment "web" uses provider "local": batch runs need a batch environment');
    const canary = await cli(['deploy', 'canaried', '1.0.0', '--artifact', 'models/iris-v1/model.onnx'], { cwd: root });
    expect(canary.code).toBe(2);
    expect(canary.stderr).toContain('strategy "canary" does not apply');
  });
});
