/**
 * `modelship deploy ENV --model GRAPH` (docs/graphs.md): a kubernetes environment gets the graph's
 * InferenceGraph, applied with the real kubectl to the KServe API stand-in, which validates it against the
 * CRD and stores it; `--dry-run` prints it; a local environment has nothing to deploy; a version is refused.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/core/config.js';
import { deployGraph } from '../../src/deploy/graph-deploy.js';
import { cli } from '../support/cli.js';
import { describeWithKubectl, KUBECTL, startKubeStandIn, type StandIn } from '../support/kube-api-standin.js';

jest.setTimeout(120_000);

const CONFIG = `version: 1
models:
  iris: { path: iris.onnx, format: onnx }
  iris-legacy: { path: legacy.onnx, format: onnx }
  iris-ensemble:
    graph: { type: ensemble, members: [{ model: iris }, { model: iris-legacy }] }
environments:
  dev:
    provider: { type: local }
  prod:
    provider: { type: kubernetes, namespace: models, storageUri: "s3://bucket/{model}/{version}", kubectl: ${JSON.stringify(KUBECTL)} }
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-graph-deploy-'));
  await writeFile(path.join(dir, 'modelship.yml'), CONFIG);
  await writeFile(path.join(dir, 'iris.onnx'), '');
  await writeFile(path.join(dir, 'legacy.onnx'), '');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('modelship deploy ENV --model GRAPH', () => {
  it('--dry-run plans the InferenceGraph and prints it', async () => {
    const r = await cli(['deploy', 'prod', '--model', 'iris-ensemble', '--dry-run', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ environment: 'prod', model: 'iris-ensemble', outcome: 'planned', provider: 'kubernetes', version: null });
    expect(parse(result.steps[0].detail)).toMatchObject({ kind: 'InferenceGraph', metadata: { name: 'iris-ensemble', namespace: 'models' }, spec: { nodes: { root: { routerType: 'Ensemble' } } } });
  });

  it('a local environment serves graphs from modelship.yml: nothing to deploy', async () => {
    const r = await cli(['deploy', 'dev', '--model', 'iris-ensemble', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ outcome: 'noop', message: expect.stringContaining('modelship serve --env dev') });
  });

  it('a graph has no versions: giving one is refused (exit 2)', async () => {
    const r = await cli(['deploy', 'prod', '1.0.0', '--model', 'iris-ensemble'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"iris-ensemble" is an inference graph: it has no versions to deploy');
  });
});

describeWithKubectl('the InferenceGraph apply test')('applied with kubectl (KServe API stand-in)', () => {
  let standIn: StandIn;
  let home: string;
  beforeAll(async () => {
    standIn = await startKubeStandIn({ readyDelayMs: 50 });
    home = await mkdtemp(path.join(os.tmpdir(), 'modelship-graph-kube-'));
  });
  afterAll(async () => {
    await standIn?.close();
    await rm(home, { recursive: true, force: true });
  });

  it('the API server stores the InferenceGraph as rendered', async () => {
    const env = { ...process.env, KUBECONFIG: await standIn.kubeconfig(home), HOME: home };
    const result = await deployGraph(await loadConfig(path.join(dir, 'modelship.yml')), 'prod', 'iris-ensemble', { dryRun: false, env });
    expect(result).toMatchObject({ outcome: 'deployed', message: expect.stringContaining('applied InferenceGraph iris-ensemble (generation 1, nodes: root)') });
    expect(standIn.get('inferencegraphs', 'models', 'iris-ensemble').spec).toEqual({ nodes: { root: { routerType: 'Ensemble', steps: [{ name: 'iris-0', serviceName: 'iris', dependency: 'Hard' }, { name: 'iris-legacy-1', serviceName: 'iris-legacy', dependency: 'Hard' }] } } });
  });
});
