/**
 * The "done when" on the example: examples/iris/modelship.yml declares `iris-ensemble` (v1 and v2 as
 * one model); with both versions in the staging repository, `modelship serve --env staging` started as users
 * start it serves the ensemble, and its answer equals the mean of what onnxruntime answers for each version.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ort from 'onnxruntime-node';
import { addVersion, IRIS_V1, IRIS_V2, writeRouting } from './support/repository.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-graph-example-'));
  await cp(path.join(ROOT, 'examples/iris'), dir, { recursive: true });
  const staging = path.join(dir, '.modelship/repository/staging');
  await addVersion(staging, 'iris', '1.0.0', IRIS_V1);
  await addVersion(staging, 'iris', '1.1.0', IRIS_V2);
  await writeRouting(staging, 'iris', { generation: 2, stable: '1.1.0', previous: '1.0.0' });
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

it('modelship serve --env staging answers the example\'s ensemble of v1 and v2 with the mean of their onnxruntime answers', async () => {
  child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/index.ts'), 'serve', '--config', path.join(dir, 'modelship.yml'), '--env', 'staging', '--port', '0', '--format', 'json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c));
  const url = await new Promise<string>((resolve, reject) => {
    child!.stdout!.on('data', (c: Buffer) => {
      stdout += c;
      const m = /"url":"(http:\/\/[^"]+)"/.exec(stdout);
      if (m) resolve(m[1]);
    });
    child!.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  const features = Float32Array.from([5.1, 3.5, 1.4, 0.2, 6.3, 3.3, 6.0, 2.5, 6.0, 2.9, 1.0, 0.1]);
  const res = await fetch(`${url}/v2/models/iris-ensemble/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'features', shape: [3, 4], datatype: 'FP32', data: Array.from(features) }] }) });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { model_version: string; outputs: Array<{ name: string; data: number[] }> };
  expect(body.model_version).toBe('iris@1.0.0+iris@1.1.0');
  const direct: Float32Array[] = [];
  for (const file of [IRIS_V1, IRIS_V2]) {
    const session = await ort.InferenceSession.create(file);
    direct.push((await session.run({ features: new ort.Tensor('float32', features, [3, 4]) })).probabilities.data as Float32Array);
    await session.release();
  }
  expect(body.outputs.find((o) => o.name === 'probabilities')!.data).toEqual(Array.from(direct[0], (p, i) => Math.fround((p + direct[1][i]) / 2)));
  const exited = new Promise<number | null>((resolve) => child!.on('exit', resolve));
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  child = undefined;
});
