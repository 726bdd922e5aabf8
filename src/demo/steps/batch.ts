import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { loadConfig, type LoadedConfig } from '../../core/config.js';
import { mergeShards } from '../../batch/merge.js';
import { renderRunMarkdown } from '../../batch/render.js';
import { toCompareRequest, toMergeRequest, toRunRequest } from '../../batch/request.js';
import { compareRequest, runRequest } from '../../batch/service.js';
import { deploy } from '../../deploy/engine.js';
import { renderMarkdown } from '../../gate/render.js';
import { runGate } from '../../gate/run.js';
import type { DemoStep } from '../step.js';

/**
 * The batch part of the demo: the example gains a scheduled scoring environment (`nightly`, provider batch)
 * and a gate on batch comparisons, in the demo's own copy of modelship.yml. v1 is deployed to it, the
 * example's data is scored in 2 shards (as the scheduled workflow's matrix would) and merged, then v2 is
 * compared with the live version on the same rows and the comparison is gated.
 */

const NIGHTLY = {
  provider: {
    type: 'batch',
    input: 'data/iris.csv',
    output: '.modelship/batch-runs/nightly',
    columns: { features: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'] },
    passthrough: ['species'],
    chunkRows: 40,
    shards: 2,
    schedule: '0 3 * * *',
  },
};
const COMPARE_REPORT = '.modelship/batch-runs/compare.json';
const GATE = {
  description: 'A candidate scores the nightly input like the live batch version',
  model: 'iris',
  candidate: [COMPARE_REPORT],
  checks: [
    { metric: 'agreement', direction: 'higher', value: { min: 0.7 } },
    { name: 'per-species agreement', metric: 'agreement', direction: 'higher', slices: ['species'], value: { min: 0.4 } },
  ],
};
const LIVE = { version: '1.0.0', artifact: 'models/iris-v1/model.onnx' };
const CANDIDATE = { version: '1.1.0', artifact: 'models/iris-v2/model.onnx' };

/** Adds the batch environment and its gate to the demo's modelship.yml (comments kept) and loads it. */
async function withBatchEnvironment(projectDir: string): Promise<LoadedConfig> {
  const file = path.join(projectDir, 'modelship.yml');
  const doc = parseDocument(await readFile(file, 'utf8'));
  doc.setIn(['environments', 'nightly'], doc.createNode(NIGHTLY));
  doc.setIn(['gates', 'batch-agreement'], doc.createNode(GATE));
  await writeFile(file, doc.toString());
  return loadConfig(file);
}

export const batchDemoStep: DemoStep = {
  id: 'batch',
  title: 'Batch scoring: a nightly environment, 2 shards merged, a candidate compared and gated (modelship batch)',
  async run(ctx) {
    const loaded = await withBatchEnvironment(ctx.projectDir);
    const dir = ctx.projectDir;
    const deployed = await deploy(loaded, { environment: 'nightly', ...LIVE, actor: 'demo' });
    ctx.log(`    nightly: ${deployed.outcome}: ${deployed.message}`);
    if (deployed.outcome !== 'deployed') return { ok: false, summary: `deploying ${LIVE.version} to nightly: ${deployed.outcome} (${deployed.message})` };

    const shards = [];
    for (const index of [0, 1]) {
      const request = toRunRequest({ environment: 'nightly', shard: `${index}/2`, output: `.modelship/batch-runs/nightly/shard-${index}` }, loaded, dir);
      const { manifest } = await runRequest(loaded, request);
      ctx.log(`    shard ${index}/2: ${manifest.rows} rows scored with ${manifest.version} in ${manifest.chunks.length} chunks`);
      shards.push(request.outputDir);
    }
    const merged = await mergeShards(toMergeRequest({ sources: shards, output: '.modelship/batch-runs/nightly' }, dir));
    ctx.log(`    merged: ${merged.manifest.rows} rows, every input row once (${path.relative(dir, merged.manifestPath)})`);

    const report = await compareRequest(loaded, toCompareRequest({ environment: 'nightly', candidate: `iris@${CANDIDATE.version}`, candidateArtifact: CANDIDATE.artifact, slice: ['species'], output: COMPARE_REPORT }, loaded, dir));
    ctx.log(`    ${CANDIDATE.version} against ${report.baseline.version}: agreement ${(report.agreement * 100).toFixed(1)}% over ${report.rows} rows, worst species ${((report.worst_slice_agreement ?? 0) * 100).toFixed(1)}%`);
    const gate = await runGate(loaded, 'batch-agreement');

    const inputRows = merged.manifest.inputs.reduce((n, i) => n + i.rows, 0);
    const ok = merged.exitCode === 0 && merged.manifest.rows === inputRows && merged.manifest.version === LIVE.version && gate.verdict === 'pass';
    return {
      ok,
      summary: `${LIVE.version} live in nightly scored ${merged.manifest.rows} of ${inputRows} rows in 2 shards (merged); ${CANDIDATE.version} agrees on ${(report.agreement * 100).toFixed(1)}% of them: gate batch-agreement ${gate.verdict}`,
      markdown: [renderRunMarkdown(merged.manifest).trimEnd(), '', renderMarkdown(gate)].join('\n'),
    };
  },
};
