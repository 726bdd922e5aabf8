import { describe, expect, it } from '@jest/globals';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { batchAction } from '../../src/actions/batch.js';
import { runActionSpec } from '../../src/actions/runtime/main.js';
import type { Runner } from '../../src/actions/runtime/runner.js';
import { chunkThroughput } from '../../src/batch/render.js';
import type { BatchManifest } from '../../src/batch/run.js';
import { FEATURES, IRIS, IRIS_CSV, tempDir } from './helpers.js';

/** The action's body as the runner runs it, with a recording runner (the bundle is built by the lead). */
async function runBatchAction(workspace: string, inputs: Record<string, string>) {
  const outputs: Record<string, string> = {};
  const summary: string[] = [];
  const failed: string[] = [];
  const runner: Runner = {
    getInput: (name) => inputs[name] ?? '',
    setOutput: (name, value) => void (outputs[name] = value),
    appendSummary: (m) => void summary.push(m),
    annotate: () => undefined,
    setSecret: () => undefined,
    setFailed: (m) => void failed.push(m),
    info: () => undefined,
    debug: () => undefined,
    isDebug: () => false,
  };
  await runActionSpec(batchAction, { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(workspace, '.runner') }, runner);
  return { outputs, summary: summary.join('\n'), failed };
}

async function workspace(): Promise<string> {
  const root = await tempDir('batch-action-');
  await cp(path.join(IRIS, 'models/iris-v2/model.onnx'), path.join(root, 'model.onnx'));
  await cp(IRIS_CSV, path.join(root, 'iris.csv'));
  await writeFile(path.join(root, 'modelship.yml'), 'version: 1\nmodels:\n  iris:\n    path: model.onnx\n    format: onnx\n');
  return root;
}

const SCORE = { model: 'iris@2.0.0', artifact: 'model.onnx', input: 'iris.csv', columns: `features=${FEATURES.join(',')}`, id: 'species', 'chunk-rows': '40' };

describe('batch action', () => {
  it('scores two shards, merges them; outputs, and a summary with a table and a chart of throughput per chunk', async () => {
    const root = await workspace();
    const shard0 = await runBatchAction(root, { ...SCORE, output: 'out/shard-0', shard: '0/2' });
    const shard1 = await runBatchAction(root, { ...SCORE, output: 'out/shard-1', shard: '1/2' });
    expect(shard0.failed).toEqual([]);
    expect(shard1.failed).toEqual([]);
    expect(Number(shard0.outputs.rows) + Number(shard1.outputs.rows)).toBe(150);
    expect(shard0.outputs).toMatchObject({ status: 'succeeded', version: '2.0.0', 'error-rows': '0' });
    expect(shard0.outputs.manifest).toBe(path.join(root, 'out/shard-0/manifest-shard-0-of-2.json'));
    expect(shard0.summary).toContain('| 80 | 0 | 0.000% |');
    expect(shard0.summary).toMatch(/```mermaid\nxychart-beta\n {2}title "Throughput per chunk \(rows\/s\)"\n {2}x-axis "chunk" \["1", "2"\]\n {2}y-axis "rows\/s"\n {2}bar \[\d+, \d+\]\n```/);

    const merged = await runBatchAction(root, { merge: 'true', sources: 'out/shard-0\nout/shard-1', output: 'out/all' });
    expect(merged.failed).toEqual([]);
    expect(merged.outputs).toMatchObject({ status: 'succeeded', rows: '150', manifest: path.join(root, 'out/all/manifest.json') });
    expect(JSON.parse(await readFile(merged.outputs.report, 'utf8'))).toMatchObject({ rows: 150, status: 'succeeded' });
    expect(merged.summary).toContain('Batch run: iris 2.0.0');
  });

  it('fails the step beyond max-error-rate, with everything written; a merge of a shard missing is refused', async () => {
    const root = await workspace();
    const lines = (await readFile(IRIS_CSV, 'utf8')).trim().split('\n');
    lines[7] = 'x,y,z,w,setosa';
    await writeFile(path.join(root, 'iris.csv'), `${lines.join('\n')}\n`);
    const bad = await runBatchAction(root, { ...SCORE, output: 'out/bad' });
    expect(bad.outputs).toMatchObject({ status: 'failed', rows: '149', 'error-rows': '1' });
    expect(bad.failed).toEqual(['batch run: failed, 1 bad row(s), error rate 0.667% above 0.000%']);
    expect(await readFile(path.join(root, 'out/bad/errors.jsonl'), 'utf8')).toContain('"row":7');

    await runBatchAction(root, { ...SCORE, output: 'out/shard-0', shard: '0/2' });
    const refused = await runBatchAction(root, { merge: 'true', sources: 'out/shard-0' });
    expect(refused.failed).toHaveLength(1);
    expect(refused.failed[0]).toMatch(/^batch: .*shard/);
    const empty = await runBatchAction(root, { merge: 'true' });
    expect(empty.failed).toEqual([expect.stringContaining('input "sources" is required with merge: true')]);
  });

  it('charts at most 50 bars, averaging consecutive chunks, and leaves out chunks kept from an interrupted run', () => {
    const chunk = (ms: number | undefined) => ({ id: '', source: 's', chunk: 0, firstRow: 1, sourceRows: 100, rows: 100, errors: 0, path: '', sha256: '', ms });
    const m = { chunks: [chunk(undefined), ...Array.from({ length: 120 }, () => chunk(50))] } as unknown as BatchManifest;
    const bars = chunkThroughput(m);
    expect(bars).toHaveLength(40); // 120 timed chunks, 3 per bar
    expect(bars[0]).toEqual({ label: '1-3', rowsPerS: 2000 });
    expect(chunkThroughput({ chunks: [chunk(undefined)] } as unknown as BatchManifest)).toEqual([]);
  });
});
