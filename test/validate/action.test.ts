import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { webhookEvent } from '../support/events.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { runAction } from '../support/run-action.js';
import { scratch, type Scratch } from './helpers.js';
import { irisOnnx } from './corpus/onnx.js';
import { hostileSafetensors } from './corpus/safetensors.js';

// Runs dist/validate/index.js the way the runner does (build it with `node scripts/build.mjs validate`).
let gh: GitHubStandIn;
const spaces: Scratch[] = [];
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterAll(async () => {
  await gh.close();
});
afterEach(async () => {
  while (spaces.length) await spaces.pop()!.cleanup();
  gh.verifyAndReset();
});

async function project(): Promise<Scratch> {
  const s = await scratch();
  spaces.push(s);
  await s.write('models/iris/model.onnx', irisOnnx());
  await s.write('models/bad/model.safetensors', hostileSafetensors()[0].data);
  await s.write('modelship.yml', 'version: 1\nmodels:\n  iris:\n    path: models/iris/model.onnx\n');
  return s;
}

describe('validate action (runner protocol)', () => {
  it('passes the configured model and writes verdict, report and SARIF', async () => {
    const s = await project();
    const r = await runAction('validate', { cwd: s.dir, env: { RUNNER_TEMP: s.dir } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(JSON.parse(readFileSync(r.outputs.report, 'utf8')).artifacts[0]).toMatchObject({ path: 'models/iris/model.onnx', format: 'onnx', verdict: 'pass' });
    expect(JSON.parse(readFileSync(r.outputs.sarif, 'utf8')).version).toBe('2.1.0');
    expect(r.summary).toContain('| `models/iris/model.onnx` | onnx |');
    expect(r.annotations).toEqual([]);
  }, 30_000);

  it('fails on a rejected file with an annotation on it and one sticky comment on the pull request', async () => {
    const s = await project();
    const event = webhookEvent('pull_request', { action: 'opened', overrides: { number: 12, pull_request: { number: 12 } } });
    const inputs = { paths: 'models/iris/model.onnx\nmodels/bad' };
    const first = await runAction('validate', { cwd: s.dir, standIn: gh, event, inputs, env: { RUNNER_TEMP: s.dir } });
    expect(first.exitCode).toBe(1);
    expect(first.outputs.verdict).toBe('fail');
    const ann = first.annotations.find((a) => a.title?.startsWith('safetensors/overlapping-tensors'));
    expect(ann).toMatchObject({ level: 'error', file: 'models/bad/model.safetensors' });
    expect(gh.world.commentsOn(12)).toHaveLength(1);
    expect(gh.world.commentsOn(12)[0].body).toContain('Model artifact validation: fail');
    const second = await runAction('validate', { cwd: s.dir, standIn: gh, event, inputs, env: { RUNNER_TEMP: s.dir } });
    expect(second.exitCode).toBe(1);
    expect(gh.world.commentsOn(12)).toHaveLength(1);
  }, 30_000);

  it('fails with exit 1 and a clear message on a bad input', async () => {
    const s = await project();
    const r = await runAction('validate', { cwd: s.dir, inputs: { paths: 'nope.onnx' }, env: { RUNNER_TEMP: s.dir } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/no such file or folder: nope.onnx/);
  }, 30_000);
});
