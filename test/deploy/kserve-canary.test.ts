import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type LoadedConfig } from '../../src/core/config.js';
import type { AnalysisContext, AnalysisRunner } from '../../src/deploy/analysis.js';
import { deploy, status } from '../../src/deploy/engine.js';
import { describeWithKubectl, KUBECTL, startKubeStandIn, type StandIn } from '../support/kube-api-standin.js';
import { IRIS_MODELS } from './helpers.js';

// The "done when": the example's iris models, canaried 10/50/100 into a KServe environment through
// the deploy engine, the provider, the real kubectl and the API stand-in; the split read back at each step
// (checked here again, independently, when the analysis runs); a bad revision rolled back to the revision
// KServe rolled out before.
let standIn: StandIn;
let dir: string;
let loaded: LoadedConfig;
const saved = { KUBECONFIG: process.env.KUBECONFIG, KUBECACHEDIR: process.env.KUBECACHEDIR };

beforeAll(async () => {
  standIn = await startKubeStandIn({ readyDelayMs: 150 });
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-kserve-canary-'));
  process.env.KUBECONFIG = await standIn.kubeconfig(dir);
  process.env.KUBECACHEDIR = path.join(dir, 'kube-cache');
  for (const m of ['iris-v1', 'iris-v2', 'iris-degraded']) {
    await mkdir(path.join(dir, 'models', m), { recursive: true });
    await copyFile(path.join(IRIS_MODELS, m, 'model.onnx'), path.join(dir, 'models', m, 'model.onnx'));
  }
  await writeFile(
    path.join(dir, 'modelship.yml'),
    `version: 1
models:
  iris:
    path: models/iris-v1/model.onnx
    format: onnx
environments:
  production:
    provider:
      type: kubernetes
      namespace: models
      storageUri: s3://models/{model}/{version}
      runtime: kserve-tritonserver
      serviceAccountName: models-reader
      minReplicas: 1
      maxReplicas: 4
      scaleMetric: concurrency
      scaleTarget: 10
      kubectl: ${KUBECTL}
      pollInterval: 50ms
      readyTimeout: 30s
    strategy:
      type: canary
      steps: [{ weight: 10 }, { weight: 50 }, { weight: 100 }]
      analysis: { gate: kserve-canary }
`,
  );
  loaded = await loadConfig(path.join(dir, 'modelship.yml'));
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  await standIn?.close();
  await rm(dir, { recursive: true, force: true });
});

/** An analysis that records the split the cluster reports when it is asked to judge, and fails where told. */
function analysisSeeingTheCluster(failAtStep?: number): AnalysisRunner & { seen: Array<{ step: number; weight: number; traffic: Record<string, number> }> } {
  const runner = {
    seen: [] as Array<{ step: number; weight: number; traffic: Record<string, number> }>,
    async analyze(c: AnalysisContext) {
      const traffic: Record<string, number> = {};
      for (const t of standIn.get('inferenceservices', 'models', 'iris').status.components.predictor.traffic) traffic[t.revisionName] = (traffic[t.revisionName] ?? 0) + t.percent;
      runner.seen.push({ step: c.step, weight: c.weight, traffic });
      return c.step === failAtStep ? { phase: 'failed' as const, reasons: ['error rate 4.1% > 1%'] } : { phase: 'successful' as const, reasons: [] };
    },
  };
  return runner;
}

const predictor = () => standIn.get('inferenceservices', 'models', 'iris').status.components.predictor;

describeWithKubectl('the KServe canary tests')('canary 10/50/100 to KServe through the real kubectl', () => {
  it('rolls out, canaries with the split read back at each step, and rolls a bad revision back to the previous rolled-out one', async () => {
    // 1. first version: nothing to split against, all traffic to it from the first step
    const first = await deploy(loaded, { environment: 'production', version: '1.0.0', artifact: 'models/iris-v1/model.onnx' }, { analysis: analysisSeeingTheCluster(), sleep: async () => {} });
    expect(first).toMatchObject({ outcome: 'deployed', liveVersion: '1.0.0', provider: 'kubernetes' });
    expect(predictor()).toMatchObject({ latestRolledoutRevision: 'iris-predictor-00001' });

    // 2. the canary: 10, 50, 100, each split read back by the provider and seen by the analysis
    const analysis = analysisSeeingTheCluster();
    const second = await deploy(loaded, { environment: 'production', version: '1.1.0', artifact: 'models/iris-v2/model.onnx' }, { analysis, sleep: async () => {} });
    expect(second).toMatchObject({ outcome: 'deployed', liveVersion: '1.1.0', previousVersion: '1.0.0' });
    expect(analysis.seen).toEqual([
      { step: 1, weight: 10, traffic: { 'iris-predictor-00002': 10, 'iris-predictor-00001': 90 } },
      { step: 2, weight: 50, traffic: { 'iris-predictor-00002': 50, 'iris-predictor-00001': 50 } },
      { step: 3, weight: 100, traffic: { 'iris-predictor-00002': 100 } },
    ]);
    // The deployment record carries the revision names: each step's detail is what the status said.
    const detail = (name: string) => second.steps.find((s) => s.name === name)?.detail;
    expect(detail('prepare')).toContain('beside revision iris-predictor-00001 (1.0.0) with canaryTrafficPercent 0');
    expect(detail('verify')).toContain('revision iris-predictor-00002 of 1.1.0 is ready');
    expect(detail('set-weight 10%')).toBe('canaryTrafficPercent 10: traffic iris-predictor-00002 10% (latest), iris-predictor-00001 90% (rolled out before: iris-predictor-00001)');
    expect(detail('set-weight 50%')).toBe('canaryTrafficPercent 50: traffic iris-predictor-00002 50% (latest), iris-predictor-00001 50% (rolled out before: iris-predictor-00001)');
    expect(detail('finalize')).toMatch(/^rolled out 1\.1\.0 as revision iris-predictor-00002 \(previous rolled-out iris-predictor-00001\)/);
    const isvc = standIn.get('inferenceservices', 'models', 'iris');
    expect(isvc.metadata.annotations['modelship.dev/sha256']).toBe(second.sha256);
    expect(isvc.spec.predictor).toMatchObject({ serviceAccountName: 'models-reader', minReplicas: 1, maxReplicas: 4, scaleMetric: 'concurrency', scaleTarget: 10, model: { modelFormat: { name: 'onnx' }, protocolVersion: 'v2', runtime: 'kserve-tritonserver', storageUri: 's3://models/iris/1.1.0' } });

    // `status` reads what KServe serves back from the InferenceService, and agrees with the state
    const observed = async () => (await status(loaded, { environment: 'production' })).environments[0];
    expect(await observed()).toMatchObject({ liveVersion: '1.1.0', observed: { stable: '1.1.0', weights: { '1.1.0': 100 } }, disagreement: null });

    // 3. a bad canary: the analysis fails at 50 %; traffic goes back to 1.1.0's revision by name
    const bad = await deploy(loaded, { environment: 'production', version: '1.2.0', artifact: 'models/iris-degraded/model.onnx' }, { analysis: analysisSeeingTheCluster(2), sleep: async () => {} });
    expect(bad).toMatchObject({ outcome: 'aborted', liveVersion: '1.1.0' });
    expect(bad.message).toContain('analysis failed at step 2 (50%): error rate 4.1% > 1%');
    const revert = bad.steps.find((s) => s.name === 'revert');
    expect(revert?.status).toBe('reverted');
    expect(revert?.detail).toMatch(/^rolled back to revision iris-predictor-00002 \(1\.1\.0, sha256 [0-9a-f]{12}\): traffic iris-predictor-00003 0% \(latest\), iris-predictor-00002 100%/);
    expect(predictor().traffic).toEqual([
      { latestRevision: true, percent: 0, revisionName: 'iris-predictor-00003' },
      { latestRevision: false, percent: 100, revisionName: 'iris-predictor-00002', tag: 'prev' },
    ]);

    // pinned back: the spec names 1.2.0 at 0 %, KServe serves 1.1.0's revision, and status says 1.1.0
    expect(await observed()).toMatchObject({ liveVersion: '1.1.0', observed: { stable: '1.1.0', weights: { '1.1.0': 100 } }, disagreement: null });

    // 4. a revision that fails to start: KServe's reason and message, and the same rollback
    standIn.badStorageUris.add('s3://models/iris/1.3.0');
    const broken = await deploy(loaded, { environment: 'production', version: '1.3.0', artifact: 'models/iris-degraded/model.onnx' }, { analysis: analysisSeeingTheCluster(), sleep: async () => {} });
    expect(broken).toMatchObject({ outcome: 'aborted', liveVersion: '1.1.0' });
    expect(broken.message).toContain('revision iris-predictor-00004 of 1.3.0 failed: RevisionFailed: Revision "iris-predictor-00004" failed with message: storage-initializer: failed to download s3://models/iris/1.3.0.');
    expect(broken.steps.find((s) => s.name === 'prepare')?.detail).toContain('beside revision iris-predictor-00002 (1.1.0)');
    expect(broken.steps.find((s) => s.name === 'revert')?.detail).toMatch(/^rolled back to revision iris-predictor-00002 \(1\.1\.0/);
    const split: Record<string, number> = {};
    for (const t of predictor().traffic) split[t.revisionName] = (split[t.revisionName] ?? 0) + t.percent;
    // 1.3.0's revision never became ready: Knative keeps the latest ready one (1.2.0's) at 0 %.
    expect(split).toEqual({ 'iris-predictor-00002': 100, 'iris-predictor-00003': 0 });
    expect(await observed()).toMatchObject({ liveVersion: '1.1.0', observed: { stable: '1.1.0' }, disagreement: null });

    // 5. a state that lost track of what KServe serves is found before anything is applied
    await rm(path.join(dir, '.modelship', 'deployments'), { recursive: true, force: true });
    const before = standIn.requests.filter((r) => r.method !== 'GET').length;
    await expect(deploy(loaded, { environment: 'production', version: '1.4.0', artifact: 'models/iris-v2/model.onnx' }, { analysis: analysisSeeingTheCluster(), sleep: async () => {} })).rejects.toThrow(/the state says nothing is live, but the provider serves 1\.1\.0/);
    expect(standIn.requests.filter((r) => r.method !== 'GET').length).toBe(before);
  }, 240_000);
});
