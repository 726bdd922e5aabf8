import { afterAll, afterEach, beforeAll, expect, it, jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { KubernetesProviderSpec } from '../../src/deploy/config.js';
import { KubernetesProvider } from '../../src/deploy/providers/kubernetes.js';
import { settledTraffic, type DeployTarget } from '../../src/deploy/providers/provider.js';
import { describeWithKubectl, KUBECTL, startKubeStandIn, type StandIn } from '../support/kube-api-standin.js';

// Each step runs kubectl several times (apply, then get until the status says so): generous on a busy machine.
jest.setTimeout(180_000);

// The provider drives the real kubectl against the API stand-in (test/support/kube-api-standin.ts), which
// keeps objects as the API server does and plays KServe's controller. Each test uses its own namespace
// object name so the tests of this file can share one stand-in.
let standIn: StandIn;
let dir: string;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  standIn = await startKubeStandIn({ readyDelayMs: 150 });
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-kserve-'));
  env = { ...process.env, KUBECONFIG: await standIn.kubeconfig(dir), HOME: dir };
});
afterAll(async () => {
  await standIn?.close();
  await rm(dir, { recursive: true, force: true });
});
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const spec = (over: Partial<KubernetesProviderSpec> = {}): KubernetesProviderSpec => ({ type: 'kubernetes', namespace: 'models', storageUri: 's3://bucket/{model}/{version}', kubectl: KUBECTL, pollInterval: '50ms', readyTimeout: '30s', ...over });
const ctx = (model: string) => ({ environment: 'production', model, log: () => {} });
const target = (model: string, version: string, byte: string): DeployTarget => ({ model, version, sha256: byte.repeat(64), artifact: `/models/${version}/model.onnx`, format: 'onnx' });
const canaryTraffic = (stable: string, candidate: string, weight: number) => ({ ...settledTraffic(stable, null, 'canary'), candidate, weights: { [stable]: 100 - weight, [candidate]: weight } });

function kubectl(args: string[], stdin?: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = execFile(KUBECTL, args, { env, timeout: 60_000 }, (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: `${stdout}${stderr}` }));
    if (stdin !== undefined) child.stdin?.end(stdin);
  });
}

const predictorOf = (name: string) => standIn.get('inferenceservices', 'models', name).status.components.predictor;

describeWithKubectl('the kubernetes provider tests')('kubernetes provider (real kubectl, KServe stand-in)', () => {
  it('rolls out a first version, then a canary whose split is read back at each step, and finalizes it', async () => {
    const p = new KubernetesProvider(spec({ name: 'canary-one' }), env);
    const v1 = target('iris', '1.0.0', 'a');
    const v2 = target('iris', '1.1.0', 'b');
    expect(await p.prepare(ctx('iris'), v1)).toMatch(/applied canary-one 1\.0\.0 whole/);
    expect(await p.verify(ctx('iris'), v1)).toMatch(/revision canary-one-predictor-00001 of 1\.0\.0 is ready/);
    expect(await p.finalize(ctx('iris'), settledTraffic('1.0.0', null, 'direct'), v1)).toMatch(/rolled out 1\.0\.0 as revision canary-one-predictor-00001; traffic canary-one-predictor-00001 100% \(latest\); http:\/\/canary-one\.models\.example\.com/);

    // prepare puts the candidate beside the rolled-out revision with no traffic
    expect(await p.prepare(ctx('iris'), v2)).toMatch(/beside revision canary-one-predictor-00001 \(1\.0\.0\) with canaryTrafficPercent 0/);
    expect(await p.verify(ctx('iris'), v2)).toContain('canary-one-predictor-00002 0% (latest), canary-one-predictor-00001 100%');
    for (const weight of [10, 50]) {
      const detail = await p.shiftTraffic(ctx('iris'), canaryTraffic('1.0.0', '1.1.0', weight), v2);
      expect(detail).toBe(`canaryTrafficPercent ${weight}: traffic canary-one-predictor-00002 ${weight}% (latest), canary-one-predictor-00001 ${100 - weight}% (rolled out before: canary-one-predictor-00001)`);
      const isvc = standIn.get('inferenceservices', 'models', 'canary-one');
      expect(isvc.spec.predictor.canaryTrafficPercent).toBe(weight);
      expect(isvc.metadata.annotations).toMatchObject({ 'modelship.dev/version': '1.1.0', 'modelship.dev/sha256': 'b'.repeat(64), 'modelship.dev/previous-version': '1.0.0', 'modelship.dev/previous-revision': 'canary-one-predictor-00001' });
    }
    const generation = standIn.get('inferenceservices', 'models', 'canary-one').metadata.generation;
    expect(await p.finalize(ctx('iris'), settledTraffic('1.1.0', '1.0.0', 'canary'), v2)).toMatch(/rolled out 1\.1\.0 as revision canary-one-predictor-00002 \(previous rolled-out canary-one-predictor-00001\); traffic canary-one-predictor-00002 100% \(latest\)/);
    const after = standIn.get('inferenceservices', 'models', 'canary-one');
    // Removing the percent is a spec change (generation +1), not a new revision.
    expect(after.metadata.generation).toBe(generation + 1);
    expect(after.spec.predictor.canaryTrafficPercent).toBeUndefined();
    expect(predictorOf('canary-one')).toMatchObject({ latestCreatedRevision: 'canary-one-predictor-00002', latestRolledoutRevision: 'canary-one-predictor-00002', previousRolledoutRevision: 'canary-one-predictor-00001' });
  });

  it('rolls a failing canary back to the revision KServe rolled out before, by name, without a new revision', async () => {
    const p = new KubernetesProvider(spec({ name: 'canary-back' }), env);
    const v1 = target('iris', '1.0.0', 'a');
    const v2 = target('iris', '1.1.0', 'b');
    await p.prepare(ctx('iris'), v1);
    await p.finalize(ctx('iris'), settledTraffic('1.0.0', null, 'direct'), v1);
    await p.prepare(ctx('iris'), v2);
    await p.verify(ctx('iris'), v2);
    await p.shiftTraffic(ctx('iris'), canaryTraffic('1.0.0', '1.1.0', 50), v2);
    const detail = await p.revert(ctx('iris'), settledTraffic('1.0.0', null, 'canary'), v1);
    expect(detail).toMatch(/^rolled back to revision canary-back-predictor-00001 \(1\.0\.0, sha256 aaaaaaaaaaaa\): traffic canary-back-predictor-00002 0% \(latest\), canary-back-predictor-00001 100%/);
    expect(predictorOf('canary-back').latestCreatedRevision).toBe('canary-back-predictor-00002');
    // The next deploy starts from the pinned revision and names 1.0.0 as what it replaces.
    const v3 = target('iris', '1.2.0', 'c');
    expect(await p.prepare(ctx('iris'), v3)).toMatch(/beside revision canary-back-predictor-00001 \(1\.0\.0\)/);
  });

  it('after the 100% step, rolls back to previousRolledoutRevision (KServe moves back to it)', async () => {
    const p = new KubernetesProvider(spec({ name: 'after-full' }), env);
    const v1 = target('iris', '1.0.0', 'a');
    const v2 = target('iris', '1.1.0', 'b');
    await p.prepare(ctx('iris'), v1);
    await p.finalize(ctx('iris'), settledTraffic('1.0.0', null, 'direct'), v1);
    await p.prepare(ctx('iris'), v2);
    await p.verify(ctx('iris'), v2);
    await p.shiftTraffic(ctx('iris'), { ...settledTraffic('1.1.0', '1.0.0', 'canary'), weights: { '1.1.0': 100 } }, v2);
    expect(predictorOf('after-full')).toMatchObject({ latestRolledoutRevision: 'after-full-predictor-00002', previousRolledoutRevision: 'after-full-predictor-00001' });
    expect(await p.revert(ctx('iris'), settledTraffic('1.0.0', null, 'canary'), v1)).toMatch(/rolled back to revision after-full-predictor-00001 .*after-full-predictor-00001 100%/);
    expect(predictorOf('after-full').latestRolledoutRevision).toBe('after-full-predictor-00001');
  });

  it('when the revision to go back to is gone, re-applies the last good version with its sha256 and digest', async () => {
    const digest = `sha256:${'d'.repeat(64)}`;
    const p = new KubernetesProvider(spec({ name: 'gone', storageUri: `oci://registry.example.com/models/{model}/{version}@${digest}` }), env);
    const v1 = target('iris', '1.0.0', 'a');
    const v2 = target('iris', '1.1.0', 'b');
    await p.prepare(ctx('iris'), v1);
    await p.finalize(ctx('iris'), settledTraffic('1.0.0', null, 'direct'), v1);
    await p.prepare(ctx('iris'), { ...v2 });
    await p.shiftTraffic(ctx('iris'), { ...settledTraffic('1.1.0', '1.0.0', 'canary'), weights: { '1.1.0': 100 } }, v2);
    standIn.dropRevision('models', 'gone', 'gone-predictor-00001');
    const detail = await p.revert(ctx('iris'), settledTraffic('1.0.0', null, 'canary'), v1);
    expect(detail).toMatch(/^revision of 1\.0\.0 gone: re-applied 1\.0\.0 as revision gone-predictor-00003/);
    const isvc = standIn.get('inferenceservices', 'models', 'gone');
    expect(isvc.metadata.annotations).toMatchObject({ 'modelship.dev/version': '1.0.0', 'modelship.dev/sha256': 'a'.repeat(64), 'modelship.dev/storage-digest': digest });
    expect(isvc.spec.predictor.model.storageUri).toBe(`oci://registry.example.com/models/iris/1.0.0@${digest}`);
  });

  it('refuses to revert without the last good version\'s sha256 (it used to apply it with an empty one)', async () => {
    const p = new KubernetesProvider(spec({ name: 'no-sha' }), env);
    const before = standIn.requests.length;
    await expect(p.revert(ctx('iris'), settledTraffic('1.0.0', null, 'canary'))).rejects.toThrow(/cannot revert iris to 1\.0\.0: its deployment \(artifact and sha256\) is not known/);
    expect(standIn.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('stops at once on a failed revision with KServe\'s reason and message; traffic stays on the rolled-out revision', async () => {
    const p = new KubernetesProvider(spec({ name: 'bad-rev' }), env);
    const v1 = target('iris', '1.0.0', 'a');
    const v2 = target('iris', '1.1.0', 'b');
    await p.prepare(ctx('iris'), v1);
    await p.finalize(ctx('iris'), settledTraffic('1.0.0', null, 'direct'), v1);
    standIn.badStorageUris.add('s3://bucket/iris/1.1.0');
    cleanups.push(() => standIn.badStorageUris.delete('s3://bucket/iris/1.1.0'));
    await p.prepare(ctx('iris'), v2);
    await expect(p.verify(ctx('iris'), v2)).rejects.toThrow(/revision bad-rev-predictor-00002 of 1\.1\.0 failed: RevisionFailed: Revision "bad-rev-predictor-00002" failed with message: storage-initializer: failed to download s3:\/\/bucket\/iris\/1\.1\.0/);
    expect(predictorOf('bad-rev').traffic).toEqual([
      { latestRevision: true, percent: 0, revisionName: 'bad-rev-predictor-00001' },
      { latestRevision: false, percent: 100, revisionName: 'bad-rev-predictor-00001', tag: 'prev' },
    ]);
  });

  it('a timeout names the conditions KServe reports', async () => {
    const slow = await startKubeStandIn({ readyDelayMs: 60_000 });
    const slowEnv = { ...env, KUBECONFIG: await slow.kubeconfig(await mkdtemp(path.join(os.tmpdir(), 'modelship-kserve-slow-'))) };
    try {
      const p = new KubernetesProvider(spec({ name: 'slow', readyTimeout: '1s', pollInterval: '100ms' }), slowEnv);
      const v1 = target('iris', '1.0.0', 'a');
      await p.prepare(ctx('iris'), v1);
      await expect(p.verify(ctx('iris'), v1)).rejects.toThrow(/did not reach "revision of 1\.0\.0 ready" within 1s: IngressReady=Unknown RevisionMissing: Configuration "slow-predictor" is waiting for a Revision to become ready\./);
    } finally {
      await slow.close();
    }
  });

  it('the API server stand-in refuses what KServe\'s schema refuses, as the real one does through kubectl', async () => {
    const manifest = (predictor: Record<string, unknown>, name = 'raw') => stringify({ apiVersion: 'serving.kserve.io/v1beta1', kind: 'InferenceService', metadata: { name, namespace: 'models' }, spec: { predictor } });
    const model = { modelFormat: { name: 'onnx' }, storageUri: 's3://b/m' };
    const unknown = await kubectl(['apply', '-f', '-'], manifest({ model: { ...model, format: 'onnx' } }));
    expect(unknown.code).not.toBe(0);
    expect(unknown.out).toContain('strict decoding error: unknown field "spec.predictor.model.format"');
    const wrongType = await kubectl(['apply', '-f', '-'], manifest({ model, minReplicas: 'two' }));
    expect(wrongType.code).not.toBe(0);
    // kubectl 1.24+ prints the Status's causes; an older client (Debian bookworm's 1.20) only "The request is invalid".
    expect(wrongType.out).toMatch(/is invalid: spec\.predictor\.minReplicas: must be integer|^The request is invalid$/m);
    const webhook = await kubectl(['apply', '-f', '-'], manifest({ model, minReplicas: 3, maxReplicas: 2 }));
    expect(webhook.code).not.toBe(0);
    expect(webhook.out).toMatch(/'MinReplicas' cannot be greater than MaxReplicas|^The request is invalid$/m);
    const name = await kubectl(['apply', '-f', '-'], manifest({ model }, '1-iris'));
    expect(name.code).not.toBe(0);
    expect(name.out).toMatch(/must start with alphabetical character|^The request is invalid$/m);
    const ok = await kubectl(['apply', '-f', '-'], manifest({ model }));
    expect(ok).toEqual({ code: 0, out: 'inferenceservice.serving.kserve.io/raw created\n' });
    const writes = () => standIn.requests.filter((r) => r.method !== 'GET' && r.path.includes('/inferenceservices')).length;
    const before = writes();
    expect(await kubectl(['apply', '-f', '-'], manifest({ model }))).toEqual({ code: 0, out: 'inferenceservice.serving.kserve.io/raw unchanged\n' });
    expect(writes()).toBe(before);
    expect(standIn.get('inferenceservices', 'models', 'raw').metadata.generation).toBe(1);
    // A spec change is a write with a new resourceVersion and generation; a label change keeps the generation.
    const rv = Number(standIn.get('inferenceservices', 'models', 'raw').metadata.resourceVersion);
    expect((await kubectl(['apply', '-f', '-'], manifest({ model, minReplicas: 2 }))).out).toBe('inferenceservice.serving.kserve.io/raw configured\n');
    const changed = standIn.get('inferenceservices', 'models', 'raw').metadata;
    expect(Number(changed.resourceVersion)).toBeGreaterThan(rv);
    expect(changed.generation).toBe(2);
    expect((await kubectl(['label', 'isvc', 'raw', '-n', 'models', 'team=ml'])).code).toBe(0);
    expect(standIn.get('inferenceservices', 'models', 'raw').metadata).toMatchObject({ generation: 2, labels: { team: 'ml' } });
    const got = await kubectl(['get', 'isvc', 'raw', '-n', 'models', '-o', 'json']);
    // minReplicas is part of the revision template: a second revision; the label is not.
    expect(JSON.parse(got.out).status.components.predictor.latestCreatedRevision).toBe('raw-predictor-00002');
  });

  it('says when kubectl is missing', async () => {
    const p = new KubernetesProvider(spec({ kubectl: path.join(dir, 'missing') }), env);
    await expect(p.prepare(ctx('iris'), target('iris', '1.0.0', 'a'))).rejects.toThrow(/kubectl get failed: .*missing not found/);
  });
});
