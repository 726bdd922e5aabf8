import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../support/cli.js';
import { CARD, CONFIG_ONE, onnxModel, TestRepo } from '../version/support/repo.js';
import { onnxModel as irisOnnx } from './helpers.js';

const ENVIRONMENTS = `environments:
  staging:
    provider: { type: local }
    strategy: { type: direct }
`;

const repos: TestRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function project(): TestRepo {
  const repo = new TestRepo('ms-deploy-cli-');
  repos.push(repo);
  repo
    .write('modelship.yml', CONFIG_ONE + ENVIRONMENTS)
    .write('models/iris/model.onnx', onnxModel())
    .write('models/iris/README.md', CARD)
    .write('models/iris/metrics.json', '{"accuracy": 0.95}\n')
    .write('.gitignore', '.modelship/\n');
  repo.commit('feat: iris classifier');
  return repo;
}

const GIT_ENV = { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', PATH: process.env.PATH };

describe('modelship deploy ENV with no version', () => {
  it('refuses before the first release and says how to release or name a version', async () => {
    const repo = project();
    const r = await cli(['deploy', 'staging', '--no-color'], { cwd: repo.dir, env: GIT_ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deploy needs a version: none was given and iris has no release yet/);
    expect(r.stderr).toMatch(/modelship release iris/);
    expect(r.stderr).toMatch(/modelship deploy staging \d+\.\d+\.\d+/);
  });

  it('deploys the latest release while HEAD\'s model is that release, and refuses once it changed', async () => {
    const repo = project();
    const released = await cli(['release', 'iris', '--format', 'json'], { cwd: repo.dir, env: GIT_ENV });
    expect(released.code).toBe(0);
    const tag = repo.tags()[0];
    expect(tag).toBeDefined();
    const version = /(\d+\.\d+\.\d+)/.exec(tag)![1];

    const deployed = await cli(['deploy', 'staging', '--format', 'json'], { cwd: repo.dir, env: GIT_ENV });
    expect(deployed.code).toBe(0);
    expect(JSON.parse(deployed.stdout)).toMatchObject({ environment: 'staging', version, outcome: 'deployed' });

    repo.write('models/iris/model.onnx', onnxModel({ seed: 7 })).commit('fix: retrain iris');
    const changed = await cli(['deploy', 'staging'], { cwd: repo.dir, env: GIT_ENV });
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(new RegExp(`iris changed since its latest release ${version.replace(/\./g, '\\.')}`));
  });

  it('with several models and no --model it names them', async () => {
    const repo = new TestRepo('ms-deploy-cli-');
    repos.push(repo);
    repo
      .write('modelship.yml', `${CONFIG_ONE}  churn:\n    path: models/churn/model.onnx\n${ENVIRONMENTS}`)
      .write('models/iris/model.onnx', onnxModel())
      .write('models/churn/model.onnx', onnxModel({ seed: 3 }))
      .commit('feat: two models');
    const r = await cli(['deploy', 'staging'], { cwd: repo.dir, env: GIT_ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deploy needs a version and a model: 2 models are configured \(iris, churn\)/);
    expect(r.stderr).toMatch(/--model NAME/);
  });

  it('outside a git repository it asks for the version instead of guessing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-deploy-nogit-'));
    try {
      await writeFile(path.join(dir, 'modelship.yml'), CONFIG_ONE + ENVIRONMENTS);
      const r = await cli(['deploy', 'staging'], { cwd: dir, env: { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/deploy needs a version/);
      expect(r.stderr).toMatch(/modelship deploy staging 1\.2\.0/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('gates with baseline: {live: {environment}}', () => {
  const LIVE = `environments:
  staging:
    provider: { type: local }
    strategy: { type: direct }
  production:
    requires: staging
    provider: { type: local, root: .modelship/repository/production }
    strategy: { type: direct }
    gates: [no-worse-than-production]
gates:
  no-worse-than-production:
    model: iris
    candidate: models/candidate/metrics.json
    baseline: { live: { environment: production } }
    policies: { onMissingBaseline: skip }
    checks:
      - { metric: accuracy, direction: higher, value: { min: 0.5 } }
      - { metric: accuracy, direction: higher, change: { minAbsolute: -0.01 } }
`;

  it('modelship gate and promotions read the metrics recorded for the version live in the environment', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-live-gate-'));
    const write = async (rel: string, text: string) => {
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await writeFile(path.join(dir, rel), text);
    };
    try {
      await write('modelship.yml', `version: 1\nmodels:\n  iris:\n    path: models/1.0.0/model.onnx\n    format: onnx\n${LIVE}`);
      await mkdir(path.join(dir, 'models/1.0.0'), { recursive: true });
      await writeFile(path.join(dir, 'models/1.0.0/model.onnx'), await irisOnnx('iris 1.0.0'));
      await write('models/1.0.0/metrics.json', '{"accuracy": 0.95}');
      await write('models/candidate/metrics.json', '{"accuracy": 0.9}');

      const first = await cli(['gate', '--format', 'json'], { cwd: dir });
      expect(first.code).toBe(0); // nothing live yet: the change check is skipped, as on a first run
      expect(JSON.parse(first.stdout).checks[1].reason).toMatch(/no version of iris is live in production yet/);

      expect((await cli(['deploy', 'staging', '1.0.0'], { cwd: dir })).code).toBe(0);
      expect((await cli(['promote', 'iris', '--to', 'production'], { cwd: dir })).code).toBe(0);

      // Once 1.0.0 (accuracy 0.95) is live in production, the 0.9 candidate is a regression measured against it.
      const worse = await cli(['gate', '--format', 'json'], { cwd: dir });
      expect(worse.code).toBe(1);
      const check = JSON.parse(worse.stdout).checks[1];
      expect(check).toMatchObject({ metric: 'accuracy', candidate: 0.9, baseline: 0.95, passed: false });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
