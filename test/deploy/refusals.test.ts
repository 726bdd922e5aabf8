/**
 * Refusals happen before anything runs: exit 2, no deployment record, routing.json untouched. Each case
 * here once ran part of a rollout (or ran it all) before it was refused.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ModelshipError } from '../../src/core/errors.js';
import { deploy, promote, status } from '../../src/deploy/engine.js';
import { cli } from '../support/cli.js';
import { joblibDump } from '../validate/pickle/corpus/healthy.js';
import { osSystem } from '../validate/pickle/corpus/malicious.js';
import { createProject, failingProvider, LOCAL_ENVS, onnxModel, renamed, type Project } from './helpers.js';

const projects: Project[] = [];
afterEach(async () => {
  await Promise.all(projects.splice(0).map((p) => p.cleanup()));
});
async function project(envs = LOCAL_ENVS, extra = ''): Promise<Project> {
  const p = await createProject(envs, extra);
  projects.push(p);
  return p;
}

async function refusal(run: Promise<unknown>): Promise<ModelshipError> {
  const err = await run.then(
    (r) => {
      throw new Error(`expected a refusal, got ${JSON.stringify(r).slice(0, 300)}`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ModelshipError);
  expect((err as ModelshipError).exitCode).toBe(2);
  return err as ModelshipError;
}

const stateFile = (p: Project, env = 'staging') => path.join(p.dir, '.modelship/deployments', `${env}.json`);
const readState = (p: Project, env = 'staging') => readFile(stateFile(p, env), 'utf8').catch(() => '(none)');
const routingFile = (p: Project, repo = '.modelship/repository') => path.join(p.dir, repo, 'iris', 'routing.json');
const readRouting = (p: Project, repo?: string) => readFile(routingFile(p, repo), 'utf8').catch(() => '(none)');

describe('promote refuses an artifact that changed since the previous environment verified it', () => {
  it('exit 2 before anything runs: production untouched', async () => {
    const p = await project();
    const artifact = await p.artifact('1.0.0');
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact });
    await writeFile(path.join(p.dir, artifact), await onnxModel('retrained after staging verified it'));
    const err = await refusal(promote(p.loaded, { to: 'production' }));
    expect(err.message).toMatch(/has sha256 \w+, but staging verified \w+/);
    expect(err.hint).toMatch(/nothing was changed/);
    expect(await readState(p, 'production')).toBe('(none)');
    expect(await readRouting(p, '.modelship/prod-repository')).toBe('(none)');
  });
});

describe('a version that exists with other bytes is refused up front', () => {
  it('when the state has it (replaced since): no failure record, routing.json not rewritten', async () => {
    const p = await project();
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') });
    const [stateBefore, routingBefore] = [await readState(p), await readRouting(p)];
    const other = await p.artifact('1.0.0-rebuilt', 'iris 1.0.0, rebuilt');
    const err = await refusal(deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: other }));
    expect(err.message).toMatch(/iris 1\.0\.0 already exists with other bytes: sha256 \w+ in the inactive deployment staging-1/);
    expect(err.hint).toMatch(/immutable/);
    expect(await readState(p)).toBe(stateBefore);
    expect(await readRouting(p)).toBe(routingBefore);
  });

  it('when only the provider holds it (the state lost it): refused from the provider\'s copy', async () => {
    const p = await project();
    // A first deployment fails after installing 1.0.0; then the state file is lost.
    const first = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { provider: (_e, inner) => failingProvider(inner, { step: 'finalize' }) });
    expect(first.outcome).toBe('aborted');
    await rm(stateFile(p));
    await rm(`${stateFile(p)}.bak`, { force: true });
    const routingBefore = await readRouting(p);
    const err = await refusal(deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0-rebuilt', 'rebuilt') }));
    expect(err.message).toMatch(/already exists with other bytes: sha256 \w+ in the local provider's copy/);
    expect(await readState(p)).toBe('(none)');
    expect(await readRouting(p)).toBe(routingBefore);
  });
});

describe('a deploy checks what it ships (format by content, safety, signature) before any traffic moves', () => {
  const SIGNATURE = `    signature:
      inputs:
        - { name: features, dtype: float32, shape: [batch, 4] }
      outputs:
        - { name: probabilities, dtype: float32, shape: [batch, 3] }
        - { name: label, dtype: int64, shape: [batch] }
`;

  async function withSignature(): Promise<Project> {
    const p = await project(LOCAL_ENVS);
    const file = path.join(p.dir, 'modelship.yml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    format: onnx\n', `    format: onnx\n${SIGNATURE}`));
    await p.reload();
    return p;
  }

  async function nothingChanged(p: Project): Promise<void> {
    expect(await readState(p)).toBe('(none)');
    expect(await readdir(path.join(p.dir, '.modelship')).catch(() => [])).not.toContain('repository');
  }

  it('refuses a joblib file shipped for a model declared as ONNX', async () => {
    const p = await project();
    await mkdir(path.join(p.dir, 'models/1.1.0'), { recursive: true });
    await writeFile(path.join(p.dir, 'models/1.1.0/model.joblib'), joblibDump());
    const err = await refusal(deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.joblib' }));
    expect(err.message).toMatch(/refusing to deploy iris 1\.1\.0: models\/1\.1\.0\/model\.joblib does not pass validation: format\/declared-mismatch: modelship\.yml declares format onnx but the content is joblib/);
    expect(err.hint).toMatch(/modelship validate models\/1\.1\.0\/model\.joblib/);
    await nothingChanged(p);
  });

  it('refuses a joblib renamed model.onnx even when no format is declared (the content decides)', async () => {
    const p = await project();
    const file = path.join(p.dir, 'modelship.yml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    format: onnx\n', ''));
    await p.reload();
    await mkdir(path.join(p.dir, 'models/1.1.0'), { recursive: true });
    await writeFile(path.join(p.dir, 'models/1.1.0/model.onnx'), joblibDump());
    const err = await refusal(deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.onnx' }));
    expect(err.message).toMatch(/format\/disguised/);
    await nothingChanged(p);
  });

  it('refuses a pickle that runs code, even where pickles are the declared format', async () => {
    const p = await project();
    const file = path.join(p.dir, 'modelship.yml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    format: onnx\n', '    format: pickle\n'));
    await p.reload();
    await mkdir(path.join(p.dir, 'models/1.1.0'), { recursive: true });
    await writeFile(path.join(p.dir, 'models/1.1.0/model.pkl'), osSystem());
    const err = await refusal(deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.pkl' }));
    expect(err.message).toMatch(/does not pass validation: pickle\/[\w-]+: .*posix/);
    await nothingChanged(p);
  });

  it('refuses an ONNX model missing an output its declared signature has', async () => {
    const p = await withSignature();
    await mkdir(path.join(p.dir, 'models/1.1.0'), { recursive: true });
    await writeFile(path.join(p.dir, 'models/1.1.0/model.onnx'), renamed(await onnxModel('iris 1.1.0'), 'label', 'labex'));
    const err = await refusal(deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.onnx' }));
    expect(err.message).toMatch(/signature\/missing-tensor: modelship\.yml expects output "label", which the model does not declare/);
    await nothingChanged(p);
  });

  it('deploys a model that passes, recording the format found in its bytes', async () => {
    const p = await withSignature();
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    expect(r.outcome).toBe('deployed');
    const meta = JSON.parse(await readFile(path.join(p.dir, '.modelship/repository/iris/1.0.0/metadata.json'), 'utf8'));
    expect(meta.format).toBe('onnx');
  });

  it('a joblib declared as joblib is deployed, labelled joblib (not onnx)', async () => {
    const p = await project(LOCAL_ENVS, 'validate:\n  pickle:\n    profiles: [sklearn, numpy]\n');
    const file = path.join(p.dir, 'modelship.yml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    format: onnx\n', '    format: joblib\n'));
    await p.reload();
    await mkdir(path.join(p.dir, 'models/1.0.0'), { recursive: true });
    await writeFile(path.join(p.dir, 'models/1.0.0/model.joblib'), joblibDump());
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: 'models/1.0.0/model.joblib' });
    expect(r.outcome).toBe('deployed');
    const meta = JSON.parse(await readFile(path.join(p.dir, '.modelship/repository/iris/1.0.0/metadata.json'), 'utf8'));
    expect(meta.format).toBe('joblib');
  });

  it('promote validates too: a version that no longer passes (signature declared since) is refused, production untouched', async () => {
    const p = await project();
    await mkdir(path.join(p.dir, 'models/1.1.0'), { recursive: true });
    await writeFile(path.join(p.dir, 'models/1.1.0/model.onnx'), renamed(await onnxModel('iris 1.1.0'), 'label', 'labex'));
    expect((await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.onnx' })).outcome).toBe('deployed');
    const file = path.join(p.dir, 'modelship.yml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('    format: onnx\n', `    format: onnx\n${SIGNATURE}`));
    await p.reload();
    const err = await refusal(promote(p.loaded, { to: 'production' }));
    expect(err.message).toMatch(/refusing to deploy iris 1\.1\.0: .* does not pass validation: signature\/missing-tensor/);
    expect(await readState(p, 'production')).toBe('(none)');
    expect((await status(p.loaded, { environment: 'production' })).environments[0].liveVersion).toBeNull();
  });

  it('the CLI exits 2 and says why', async () => {
    const p = await project();
    await mkdir(path.join(p.dir, 'models/1.1.0'), { recursive: true });
    await writeFile(path.join(p.dir, 'models/1.1.0/model.joblib'), joblibDump());
    const r = await cli(['deploy', 'staging', '1.1.0', '--artifact', 'models/1.1.0/model.joblib'], { cwd: p.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/declares format onnx but the content is joblib/);
  });
});

describe('shadow onto an empty environment', () => {
  it('is refused: there is nothing live to mirror (the routing it wrote had no stable version)', async () => {
    const p = await project(`  staging:\n    provider: { type: local }\n    strategy: { type: shadow, percent: 25 }\n`);
    const err = await refusal(deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }));
    expect(err.message).toMatch(/cannot shadow iris 1\.0\.0 in staging: nothing is live there to mirror/);
    expect(await readState(p)).toBe('(none)');
    expect(await readRouting(p)).toBe('(none)');
  });
});

describe('naming what is missing', () => {
  it('a missing model file names the model and where it is configured', async () => {
    const p = await project();
    const err = await refusal(deploy(p.loaded, { environment: 'staging', version: '1.0.0' }));
    expect(err.message).toMatch(/the artifact of model "iris" \(models\.iris\.path in modelship\.yml\) is missing: .*models\/1\.0\.0\/model\.onnx does not exist/);
  });

  it('a missing --artifact says it is the --artifact', async () => {
    const p = await project();
    const err = await refusal(deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: 'models/nope.onnx' }));
    expect(err.message).toMatch(/the artifact of --artifact is missing: .*models\/nope\.onnx does not exist/);
  });
});

describe('modelship promote --model', () => {
  const TWO = `  churn:\n    path: models/churn.onnx\n    format: onnx\n`;

  it('with several models the hint names --model, and promote takes it', async () => {
    const p = await project(LOCAL_ENVS);
    const file = path.join(p.dir, 'modelship.yml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('environments:\n', `${TWO}environments:\n`));
    await p.reload();
    expect((await cli(['deploy', 'staging', '1.0.0', '--model', 'iris', '--artifact', await p.artifact('1.0.0')], { cwd: p.dir })).code).toBe(0);
    const ambiguous = await cli(['promote', '--to', 'production'], { cwd: p.dir });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/pass --model NAME/);
    const r = await cli(['promote', '--model', 'iris', '--to', 'production', '--format', 'json'], { cwd: p.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ environment: 'production', model: 'iris', version: '1.0.0', outcome: 'deployed' });
    const both = await cli(['promote', 'churn', '--model', 'iris', '--to', 'production'], { cwd: p.dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/two different models given: churn and --model iris/);
  });
});
