import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, stringify } from 'yaml';
import { renderIndexedJob } from '../../src/batch/kubernetes-job.js';
import { KSERVE_MODEL_FORMATS, kserveChoice, kserveConfigProblems, storageUriProblem } from '../../src/deploy/providers/kserve-runtimes.js';
import { renderInferenceService } from '../../src/deploy/providers/kubernetes.js';
import { cli } from '../support/cli.js';
import { invalidity } from '../support/kube-schemas.js';
import { FORMAT_CASES } from './kserve-format-cases.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(here, '../../docs/deploy.md');
const SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const iris = (format: string) => ({ model: 'iris', version: '1.1.0', sha256: SHA, format });

describe('InferenceService manifests against KServe v0.20.0 CRD schemas', () => {
  it('covers every format KServe serves', () => {
    const rendered = FORMAT_CASES.map((c) => (renderInferenceService(c.spec, iris(c.artifactFormat)) as any).spec.predictor.model.modelFormat.name);
    expect([...new Set(rendered)].sort()).toEqual([...KSERVE_MODEL_FORMATS].sort());
  });

  for (const c of FORMAT_CASES) {
    it(`${c.title}: valid whole and during a canary, and shown in docs/deploy.md`, async () => {
      const whole = renderInferenceService(c.spec, iris(c.artifactFormat));
      const canary = renderInferenceService(c.spec, iris(c.artifactFormat), 10, { version: '1.0.0', revision: 'iris-predictor-00001' });
      expect(invalidity(whole)).toBeUndefined();
      expect(invalidity(canary)).toBeUndefined();
      expect((whole as any).spec.predictor.model.protocolVersion).toBe(c.spec.protocolVersion ?? 'v2');
      const docs = await readFile(DOCS, 'utf8');
      expect(docs).toContain(`\`\`\`yaml\n${stringify(whole).trimEnd()}\n\`\`\``);
    });
  }

  it('a version deployed by digest is served from that digest, whatever the storageUri template says', () => {
    const oci = `oci://registry.example:5000/models/iris@sha256:${'ab'.repeat(32)}`;
    const manifest = renderInferenceService(FORMAT_CASES[0].spec, { ...iris('onnx'), oci }) as any;
    expect(manifest.spec.predictor.model.storageUri).toBe(oci);
    expect(Object.values(manifest.metadata.annotations)).toContain(`sha256:${'ab'.repeat(32)}`);
    expect(invalidity(manifest)).toBeUndefined();
    // Without a digest the template is used, as before.
    expect((renderInferenceService(FORMAT_CASES[0].spec, iris('onnx')) as any).spec.predictor.model.storageUri).not.toBe(oci);
  });

  it('a manifest the API server would refuse fails here (unknown field, wrong type, webhook rule, bad name)', () => {
    const good = renderInferenceService(FORMAT_CASES[0].spec, iris('onnx')) as any;
    const withPredictor = (p: Record<string, unknown>) => ({ ...good, spec: { predictor: { ...good.spec.predictor, ...p } } });
    expect(invalidity(withPredictor({ replicas: 2 }))).toEqual({ code: 400, message: 'InferenceService.serving.kserve.io "iris": strict decoding error: unknown field "spec.predictor.replicas"' });
    expect(invalidity(withPredictor({ scaleMetric: 'gpu' }))?.message).toContain('spec.predictor.scaleMetric: must be equal to one of the allowed values (cpu, memory, concurrency, rps)');
    expect(invalidity(withPredictor({ tolerations: [{ key: 'gpu', tolerationSeconds: 'soon' }] }))?.message).toContain('spec.predictor.tolerations.0.tolerationSeconds: must be integer');
    expect(invalidity(withPredictor({ minReplicas: 5, maxReplicas: 2 }))?.message).toContain("'MinReplicas' cannot be greater than MaxReplicas");
    expect(invalidity(withPredictor({ scaleMetric: 'cpu' }))?.message).toContain('[cpu] is not a supported metric');
    expect(invalidity(withPredictor({ canaryTrafficPercent: 150 }))?.message).toContain('must be between 0 and 100');
    expect(invalidity({ ...good, metadata: { ...good.metadata, labels: { 'modelship.dev/model': 'x'.repeat(64) } } })?.message).toContain('metadata.labels: Invalid value');
    expect(invalidity({ ...good, apiVersion: 'serving.kserve.io/v1' })?.message).toBe('no matches for kind "InferenceService" in version "serving.kserve.io/v1"');
  });

  it('the other KServe kinds are checked against their own CRDs too', () => {
    const runtime = { apiVersion: 'serving.kserve.io/v1alpha1', kind: 'ServingRuntime', metadata: { name: 'onnx-rt' }, spec: { supportedModelFormats: [{ name: 'onnx', version: '1', autoSelect: true }], protocolVersions: ['v2'], containers: [{ name: 'kserve-container', image: 'nvcr.io/nvidia/tritonserver:24.08-py3' }] } };
    expect(invalidity(runtime)).toBeUndefined();
    expect(invalidity({ ...runtime, spec: { ...runtime.spec, protocolVersions: 'v2' } })?.message).toContain('spec.protocolVersions: must be array');
    const graph = { apiVersion: 'serving.kserve.io/v1alpha1', kind: 'InferenceGraph', metadata: { name: 'g' }, spec: { nodes: { root: { routerType: 'Sequence', steps: [{ serviceName: 'iris' }] } } } };
    expect(invalidity(graph)).toBeUndefined();
    expect(invalidity({ ...graph, spec: { nodes: { root: { routerType: 'Random', steps: [] } } } })?.message).toContain('routerType: must be equal to one of the allowed values');
    const storage = { apiVersion: 'serving.kserve.io/v1alpha1', kind: 'ClusterStorageContainer', metadata: { name: 's' }, spec: { container: { name: 'storage-initializer', image: 'kserve/storage-initializer:v0.20.0' }, supportedUriFormats: [{ prefix: 'oci://' }] } };
    expect(invalidity(storage)).toBeUndefined();
    expect(invalidity({ ...storage, spec: { supportedUriFormats: [{ prefix: 'oci://' }] } })?.message).toContain("must have required property 'container'");
  });

  it('the Secret and ServiceAccount that docs/deploy.md shows for storage credentials are valid core objects', async () => {
    const docs = await readFile(DOCS, 'utf8');
    const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((b) => /^kind: (Secret|ServiceAccount)$/m.test(b));
    const objects = blocks.flatMap((b) => parseAllDocuments(b).map((d) => d.toJS()));
    expect(objects.map((o) => o.kind)).toEqual(['Secret', 'ServiceAccount']);
    for (const o of objects) expect(invalidity(o)).toBeUndefined();
    expect(invalidity({ ...objects[1], secrets: 'all' })?.message).toContain('ServiceAccount "models-reader" is invalid');
    expect(invalidity({ ...objects[0], metadata: { name: 'S3_Creds' } })?.message).toContain('metadata.name: Invalid value');
  });

  it('the Indexed Job `modelship batch job` prints is a valid batch/v1 Job', () => {
    const job = renderIndexedJob({ environment: 'nightly', shards: 8, image: 'ghcr.io/acme/scoring:1.4.0', namespace: 'batch', parallelism: 4 });
    expect(invalidity(job)).toBeUndefined();
    expect(invalidity({ ...job, spec: { ...(job.spec as object), completionMode: 'Sharded' } })?.message).toContain('Job.batch "modelship-batch-nightly" is invalid');
  });
});

describe('what KServe can serve is decided before anything is applied', () => {
  it('maps model formats, and refuses a runtime that cannot serve the format or the protocol', () => {
    expect(kserveChoice({}, 'onnx').choice).toEqual({ modelFormat: 'onnx', protocolVersion: 'v2' });
    expect(kserveChoice({}, 'torchscript').choice?.modelFormat).toBe('pytorch');
    expect(kserveChoice({}, 'joblib').problem).toMatchObject({ field: 'modelFormat', message: 'KServe cannot tell the model format of a joblib: set provider.modelFormat' });
    expect(kserveChoice({ runtime: 'kserve-sklearnserver' }, 'onnx').problem).toMatchObject({ field: 'runtime', message: 'the KServe runtime kserve-sklearnserver does not serve onnx models', hint: 'runtimes that do: kserve-tritonserver, kserve-openvino' });
    expect(kserveChoice({ runtime: 'kserve-tensorflow-serving' }, 'savedmodel').problem).toMatchObject({ field: 'protocolVersion', message: 'the KServe runtime kserve-tensorflow-serving does not speak protocol v2 (it speaks v1)' });
    expect(kserveChoice({ runtime: 'kserve-tensorflow-serving', protocolVersion: 'v1' }, 'savedmodel').choice).toEqual({ modelFormat: 'tensorflow', protocolVersion: 'v1', runtime: 'kserve-tensorflow-serving' });
    expect(kserveChoice({ runtime: 'acme-onnx-runtime' }, 'onnx').choice?.runtime).toBe('acme-onnx-runtime');
    expect(() => renderInferenceService({ type: 'kubernetes', storageUri: 's3://b/{version}', runtime: 'kserve-xgbserver' }, iris('onnx'))).toThrow('provider.runtime: the KServe runtime kserve-xgbserver does not serve onnx models');
  });

  it('accepts the storage schemes KServe reads, and an OCI artifact only by digest', () => {
    for (const ok of ['s3://b/{model}', 'gs://b/m', 'pvc://claim/m', 'hf://org/m', 'https://example.com/m.onnx', `oci://ghcr.io/acme/iris@sha256:${'a'.repeat(64)}`]) expect(storageUriProblem(ok)).toBeUndefined();
    expect(storageUriProblem('oci://ghcr.io/acme/iris:1.1.0')).toContain('pin it by digest');
    expect(storageUriProblem('ftp://host/m')).toContain('must start with one of s3://, gs://, pvc://, hf://, oci://, https://');
    expect(kserveConfigProblems({ storageUri: 's3://b', minReplicas: 3, maxReplicas: 2, scaleMetric: 'cpu', scaleTarget: 150 }, { iris: { format: 'onnx' } }).map((p) => p.field)).toEqual(['minReplicas', 'scaleTarget']);
  });

  it('`modelship config check` reports each problem at its line (exit 2)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-kserve-check-'));
    try {
      await writeFile(path.join(dir, 'model.onnx'), 'x');
      await writeFile(
        path.join(dir, 'modelship.yml'),
        `version: 1
models:
  iris:
    path: model.onnx
    format: onnx
environments:
  production:
    provider:
      type: kubernetes
      storageUri: oci://ghcr.io/acme/iris:latest
      runtime: kserve-sklearnserver
      minReplicas: 4
      maxReplicas: 2
`,
      );
      const r = await cli(['config', 'check', '--format', 'json'], { cwd: dir });
      expect(r.code).toBe(2);
      const issues = JSON.parse(r.stdout).issues as Array<{ path: string; message: string; location: { line: number } }>;
      expect(issues.map((i) => [i.path, i.location.line])).toEqual([
        ['environments.production.provider.storageUri', 10],
        ['environments.production.provider.runtime', 11],
        ['environments.production.provider.minReplicas', 12],
      ]);
      expect(issues[1].message).toBe('environment "production": model "iris": the KServe runtime kserve-sklearnserver does not serve onnx models');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
