import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { stringify } from 'yaml';
import { KubernetesProvider, renderInferenceService } from '../../src/deploy/providers/kubernetes.js';
import { settledTraffic } from '../../src/deploy/providers/provider.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const spec = { type: 'kubernetes' as const, namespace: 'models', storageUri: 's3://bucket/{model}/{version}', runtime: 'kserve-tritonserver', resources: { limits: { cpu: '1', memory: '2Gi' } } };
const target = { model: 'Iris_Model', version: '1.2.0', sha256: 'a'.repeat(64) };

describe('kubernetes provider', () => {
  it('renders InferenceService manifests that satisfy the CRD schema subset', async () => {
    const schema = JSON.parse(await readFile(path.join(here, 'fixtures/inferenceservice-crd-subset.json'), 'utf8'));
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    const full = renderInferenceService(spec, target);
    const canary = renderInferenceService(spec, target, 10);
    for (const m of [full, canary]) expect(validate(m) ? [] : validate.errors).toEqual([]);
    expect(full).toMatchObject({ metadata: { name: 'iris-model', namespace: 'models' }, spec: { predictor: { model: { modelFormat: { name: 'onnx' }, storageUri: 's3://bucket/Iris_Model/1.2.0', runtime: 'kserve-tritonserver' } } } });
    expect((full.spec as { predictor: Record<string, unknown> }).predictor.canaryTrafficPercent).toBeUndefined();
    expect((canary.spec as { predictor: Record<string, unknown> }).predictor.canaryTrafficPercent).toBe(10);
    // a broken manifest is caught by the same schema (the test can fail)
    expect(validate({ ...full, spec: { predictor: { canaryTrafficPercent: 150 } } })).toBe(false);
  });

  it('applies through kubectl with the manifest on stdin, and reverts to the last good version', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-kubectl-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const fake = path.join(dir, 'kubectl');
    const log = path.join(dir, 'calls.jsonl');
    await writeFile(fake, `#!${process.execPath}\nconst fs=require('fs');let input='';process.stdin.on('data',d=>input+=d);process.stdin.on('end',()=>{fs.appendFileSync(${JSON.stringify(log)},JSON.stringify({args:process.argv.slice(2),input})+'\\n');console.log('inferenceservice.serving.kserve.io/iris configured');});\n`);
    await chmod(fake, 0o755);
    const p = new KubernetesProvider({ ...spec, kubectl: fake, name: 'iris' });
    const ctx = { environment: 'production', model: 'iris', log: () => {} };
    const t = { ...target, model: 'iris', artifact: 's3://x', format: 'onnx' };
    await p.shiftTraffic(ctx, { ...settledTraffic('1.1.0', null, 'canary'), weights: { '1.1.0': 75, '1.2.0': 25 } }, t);
    await p.revert(ctx, settledTraffic('1.1.0', null, 'canary'));
    const calls = (await readFile(log, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(calls[0].args).toEqual(['apply', '-f', '-', '--namespace', 'models']);
    expect(calls[0].input).toContain('canaryTrafficPercent: 25');
    expect(calls[1].input).toContain('storageUri: s3://bucket/iris/1.1.0');
    await expect(new KubernetesProvider({ ...spec, kubectl: path.join(dir, 'missing') }).finalize(ctx, settledTraffic('1.2.0', null, 'direct'), t)).rejects.toThrow(/not found/);
  });

  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
  // Verified: kubectl's client dry-run still needs API discovery to map the kind (it fails with
  // "unable to recognize" when no server answers). So the test serves discovery for serving.kserve.io
  // from a local HTTP server; no cluster, no network.
  const maybe = kubectl.status === 0 ? it : it.skip;
  maybe('real kubectl (client dry-run, local discovery stand-in) accepts the rendered manifest', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-kube-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const server = createServer((req, res) => {
      const send = (code: number, body: unknown) => res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const url = (req.url ?? '').split('?')[0];
      if (url === '/api') return send(200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] });
      if (url === '/api/v1') return send(200, { kind: 'APIResourceList', groupVersion: 'v1', resources: [] });
      if (url === '/apis') return send(200, { kind: 'APIGroupList', apiVersion: 'v1', groups: [{ name: 'serving.kserve.io', versions: [{ groupVersion: 'serving.kserve.io/v1beta1', version: 'v1beta1' }], preferredVersion: { groupVersion: 'serving.kserve.io/v1beta1', version: 'v1beta1' } }] });
      if (url === '/apis/serving.kserve.io/v1beta1') return send(200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'serving.kserve.io/v1beta1', resources: [{ name: 'inferenceservices', singularName: 'inferenceservice', namespaced: true, kind: 'InferenceService', verbs: ['create', 'get', 'list', 'patch', 'update', 'delete'], shortNames: ['isvc'] }] });
      send(404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404, message: 'not found' });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
    const port = (server.address() as AddressInfo).port;
    const file = path.join(dir, 'isvc.yaml');
    await writeFile(file, stringify(renderInferenceService(spec, target, 10)));
    const kubeconfig = path.join(dir, 'config');
    await writeFile(kubeconfig, `apiVersion: v1\nkind: Config\nclusters: [{name: local, cluster: {server: "http://127.0.0.1:${port}"}}]\ncontexts: [{name: local, context: {cluster: local, user: none}}]\ncurrent-context: local\nusers: [{name: none, user: {}}]\n`);
    const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
      execFile('kubectl', ['create', '--dry-run=client', '--validate=false', '-o', 'yaml', '-f', file], { env: { ...process.env, KUBECONFIG: kubeconfig, HOME: dir }, timeout: 30_000 }, (err, stdout, stderr) => resolve({ code: err ? 1 : 0, out: `${stdout}${stderr}` }));
    });
    expect(run.out).toContain('kind: InferenceService');
    expect(run.out).toContain('canaryTrafficPercent: 10');
    expect(run.code).toBe(0);
  });
});
