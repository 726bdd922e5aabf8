import { describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { renderIndexedJob } from '../../src/batch/kubernetes-job.js';
import { cli } from '../support/cli.js';
import { tempDir } from './helpers.js';

const CONFIG = `version: 1
models:
  iris:
    path: model.onnx
    format: onnx
environments:
  nightly:
    provider: { type: batch, input: data, output: /shared/out, shards: 8 }
  web:
    provider: { type: local }
`;

describe('kubernetes Indexed Job of a batch environment', () => {
  it('pod I of N runs batch run ENV --shard I/N --resume, the index from the Job controller', () => {
    const job = renderIndexedJob({ environment: 'nightly', shards: 4, image: 'ghcr.io/acme/scoring:1.4.0', namespace: 'ml', parallelism: 2 }) as any;
    expect(job).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'modelship-batch-nightly', namespace: 'ml' } });
    expect(job.spec).toMatchObject({ completionMode: 'Indexed', completions: 4, parallelism: 2, backoffLimitPerIndex: 2 });
    const pod = job.spec.template.spec;
    expect(pod.restartPolicy).toBe('Never');
    expect(pod.containers[0]).toEqual({
      name: 'batch',
      image: 'ghcr.io/acme/scoring:1.4.0',
      command: ['modelship'],
      args: ['batch', 'run', 'nightly', '--shard', '$(JOB_COMPLETION_INDEX)/4', '--resume'],
      env: [{ name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" } } }],
    });
    expect(job.spec.template.metadata.labels).toEqual(job.metadata.labels);
  });

  it('refuses what the API server would: a name too long for pod names, a bad namespace, zero shards, no image', () => {
    expect(() => renderIndexedJob({ environment: 'n', shards: 2, image: 'i', name: 'x'.repeat(53) })).toThrow('at most 52 characters');
    expect(() => renderIndexedJob({ environment: 'n', shards: 2, image: 'i', name: 'Bad_Name' })).toThrow('not a DNS label');
    expect(() => renderIndexedJob({ environment: 'n', shards: 2, image: 'i', namespace: 'ML' })).toThrow('namespace "ML" is not a DNS label');
    expect(() => renderIndexedJob({ environment: 'n', shards: 0, image: 'i' })).toThrow('shards must be an integer from 1');
    expect(() => renderIndexedJob({ environment: 'n', shards: 2, image: '' })).toThrow('is not an image reference');
  });

  it('modelship batch job prints it as YAML (shards from the environment) or JSON; refuses a non-batch environment', async () => {
    const root = await tempDir('batch-job-');
    await writeFile(path.join(root, 'modelship.yml'), CONFIG);
    await writeFile(path.join(root, 'model.onnx'), '');
    const text = await cli(['batch', 'job', 'nightly', '--image', 'ghcr.io/acme/scoring:1.4.0'], { cwd: root });
    expect(text.code).toBe(0);
    const job = parse(text.stdout);
    expect(job.spec.completions).toBe(8);
    expect(job.spec.template.spec.containers[0].args).toContain('$(JOB_COMPLETION_INDEX)/8');
    const json = await cli(['batch', 'job', 'nightly', '--image', 'img', '--shards', '3', '--workers', '2', '--format', 'json'], { cwd: root });
    expect(JSON.parse(json.stdout).spec.template.spec.containers[0].args).toEqual(['batch', 'run', 'nightly', '--shard', '$(JOB_COMPLETION_INDEX)/3', '--resume', '--workers', '2']);
    const web = await cli(['batch', 'job', 'web', '--image', 'img'], { cwd: root });
    expect(web.code).toBe(2);
    expect(web.stderr).toContain('environment "web" uses provider "local"');
    const bad = await cli(['batch', 'job', 'nightly', '--image', 'img', '--shards', 'two'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--shards "two" is not a positive integer');
  });
});
