import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cli } from '../support/cli.js';
import { loadConfig } from '../../src/core/config.js';
import { environmentOf } from '../../src/deploy/config.js';
import { storeFor } from '../../src/deploy/state/select.js';
import { parseMetricsFilesComment } from '../../src/version/version-metrics.js';
import { onnxModel, TestRepo } from './support/repo.js';

// Gates judge the version being deployed: its metrics as released at its tag, never the checkout's files.

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
const env = { PATH: process.env.PATH, HOME: process.env.HOME };
const run = async (repo: TestRepo, ...args: string[]) => {
  const r = await cli([...args, '--format', 'json'], { cwd: repo.dir, env });
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : undefined };
};
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

const GOOD = JSON.stringify({ accuracy: 1.0, macro_f1: 1.0 });
const WORSE = JSON.stringify({ accuracy: 0.685, macro_f1: 0.61 });

function config(staging = '{ type: direct }'): string {
  return `version: 1
models:
  iris:
    path: models/iris/model.onnx
    metrics: models/iris/metrics.json
gates:
  quality:
    model: iris
    checks:
      - { metric: accuracy, direction: higher, value: { min: 0.9 } }
environments:
  staging:
    provider: { type: local, root: .modelship/repository/staging }
    strategy: ${staging}
  production:
    requires: staging
    provider: { type: local, root: .modelship/repository/production }
    gates: [quality]
`;
}

/** iris 0.1.0 (accuracy 1.0) and a worse retrain 0.2.0 (accuracy 0.685), both released with their metrics. */
async function releasedWorseModel(staging?: string): Promise<TestRepo> {
  const repo = new TestRepo('ms-vmetrics-');
  cleanups.push(() => repo.cleanup());
  repo.write('.gitignore', '.modelship/\n').write('modelship.yml', config(staging)).write('models/iris/model.onnx', onnxModel({ seed: 1 })).write('models/iris/metrics.json', GOOD).commit('iris');
  expect((await run(repo, 'release', 'iris')).code).toBe(0);
  repo.write('models/iris/model.onnx', onnxModel({ seed: 2 })).write('models/iris/metrics.json', WORSE).commit('retrain');
  const r = await run(repo, 'release', 'iris');
  expect(r.json).toMatchObject({ version: '0.2.0', tag: 'iris@v0.2.0' });
  return repo;
}

describe('promotion gates read the promoted version\'s metrics at its release tag', () => {
  it('refuses to promote a worse released model even when the checkout holds better metrics files', async () => {
    const repo = await releasedWorseModel();
    expect((await run(repo, 'deploy', 'staging', '0.2.0')).json).toMatchObject({ outcome: 'deployed', version: '0.2.0' });
    // The checkout now says accuracy 1.0 (an edit, a later commit, another branch): not the metrics of 0.2.0.
    repo.write('models/iris/metrics.json', GOOD);

    const r = await run(repo, 'promote', 'iris', '--to', 'production');
    expect(r.code).toBe(1);
    expect(r.json.outcome).toBe('aborted');
    const gate = r.json.steps.find((s: { name: string }) => s.name === 'gate quality');
    expect(gate.status).toBe('failed');
    expect(r.json.liveVersion).toBeNull();
    // `modelship gate` on the checkout would have passed: the difference is where the metrics are read.
    expect((await run(repo, 'gate', 'quality')).code).toBe(0);
  });

  it('records the metrics files with their sha256 in the release notes and the deployment payload', async () => {
    const repo = await releasedWorseModel();
    const notes = repo.git('tag', '-l', '--format=%(contents)', 'iris@v0.2.0');
    expect(notes).toContain('### Metrics files');
    expect(parseMetricsFilesComment(notes)).toEqual([{ path: 'models/iris/metrics.json', sha256: sha256(WORSE) }]);

    await run(repo, 'deploy', 'staging', '0.2.0');
    const loaded = await loadConfig(path.join(repo.dir, 'modelship.yml'));
    const live = await storeFor(loaded, environmentOf(loaded, 'staging'), {}).current('staging', 'iris');
    expect(live?.payload.versionMetrics).toEqual({ tag: 'iris@v0.2.0', commit: repo.tagCommit('iris@v0.2.0'), files: [{ path: 'models/iris/metrics.json', sha256: sha256(WORSE) }] });
  });

  it('promotes a good released version whatever the checkout holds', async () => {
    const repo = await releasedWorseModel();
    repo.git('checkout', '-q', 'iris@v0.1.0', '--', 'models/iris');
    repo.commit('back to the first model');
    expect((await run(repo, 'release', 'iris', '--as', '0.3.0')).code).toBe(0);
    expect((await run(repo, 'deploy', 'staging', '0.3.0')).json.outcome).toBe('deployed');
    repo.write('models/iris/metrics.json', WORSE);
    const r = await run(repo, 'promote', 'iris', '--to', 'production');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ outcome: 'deployed', liveVersion: '0.3.0' });
  });

  it('judges canary analysis by the candidate\'s tag too', async () => {
    const repo = await releasedWorseModel('{ type: canary, steps: [{ weight: 50 }, { weight: 100 }], analysis: { gate: quality } }');
    repo.write('models/iris/metrics.json', GOOD);
    const r = await run(repo, 'deploy', 'staging', '0.2.0');
    expect(r.code).toBe(1);
    expect(r.json.outcome).toBe('aborted');
    expect(r.json.steps.find((s: { name: string }) => s.name === 'analysis 1')).toMatchObject({ status: 'failed' });
  });

  it('judges blue-green post-promotion analysis by the candidate\'s tag too, and switches back', async () => {
    const repo = await releasedWorseModel('{ type: blue-green, postPromotionAnalysis: { gate: quality } }');
    repo.write('models/iris/metrics.json', GOOD);
    const r = await run(repo, 'deploy', 'staging', '0.2.0');
    expect(r.code).toBe(1);
    expect(r.json.outcome).toBe('aborted');
    expect(r.json.steps.map((s: { name: string; status: string }) => `${s.name}: ${s.status}`)).toEqual(expect.arrayContaining(['switch: ok', 'postPromotionAnalysis: failed', 'revert: reverted']));
  });
});

describe('a version whose metrics cannot be found is refused (exit 2), never judged on other data', () => {
  it('refuses a promotion of a version with no release tag and no recorded metrics', async () => {
    const repo = await releasedWorseModel();
    const loaded = await loadConfig(path.join(repo.dir, 'modelship.yml'));
    // A deployment recorded before metrics were bound to versions: no versionMetrics in its payload.
    const store = storeFor(loaded, environmentOf(loaded, 'staging'), {});
    const artifact = path.join(repo.dir, 'models/iris/model.onnx');
    const record = await store.create('staging', { model: 'iris', version: '0.9.0', sha256: sha256(readFileSync(artifact)), artifact, strategy: 'direct', provider: 'local', previousVersion: null }, 'someone');
    await store.finish(record, 'success', 'live');

    const r = await cli(['promote', 'iris', '--to', 'production'], { cwd: repo.dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the metrics of iris 0.9.0 cannot be found: it has no release tag iris@v0.9.0 and its deployment recorded none');
    expect(r.stderr).toContain('modelship release iris');
    expect(existsProduction(repo)).toBe(false);
  });

  it('refuses when the release does not hold the file the gate reads', async () => {
    const repo = await releasedWorseModel();
    await run(repo, 'deploy', 'staging', '0.2.0');
    // The gate now also reads a file 0.2.0 was released without.
    repo.write('modelship.yml', config().replace('    model: iris\n', '    model: iris\n    candidate: [models/iris/metrics.json, models/iris/extra.json]\n')).write('models/iris/extra.json', GOOD);
    const r = await cli(['promote', 'iris', '--to', 'production'], { cwd: repo.dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the metrics of iris 0.2.0 cannot be found: models/iris/extra.json is not in its release iris@v0.2.0 (commit ${repo.tagCommit('iris@v0.2.0').slice(0, 12)})`);
  });

  it('refuses when the clone lacks the tag the deployment was made from', async () => {
    const repo = await releasedWorseModel();
    await run(repo, 'deploy', 'staging', '0.2.0');
    repo.git('tag', '-d', 'iris@v0.2.0');
    const r = await cli(['promote', 'iris', '--to', 'production'], { cwd: repo.dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the metrics of iris 0.2.0 are those of its release iris@v0.2.0, and this clone does not have that tag');
  });

  it('binds an unreleased version to the checkout at its first deploy and refuses a promotion once those files changed', async () => {
    const repo = new TestRepo('ms-vmetrics-');
    cleanups.push(() => repo.cleanup());
    repo.write('.gitignore', '.modelship/\n').write('modelship.yml', config()).write('models/iris/model.onnx', onnxModel()).write('models/iris/metrics.json', WORSE).commit('iris');
    expect((await run(repo, 'deploy', 'staging', '1.0.0')).json.outcome).toBe('deployed');
    repo.write('models/iris/metrics.json', GOOD);
    const r = await cli(['promote', 'iris', '--to', 'production'], { cwd: repo.dir, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`models/iris/metrics.json in the checkout has sha256 ${sha256(GOOD).slice(0, 12)}, but ${sha256(WORSE).slice(0, 12)} was recorded when iris 1.0.0 was deployed`);
    // With the recorded bytes back, the gate judges them (and fails them: they are the worse metrics).
    repo.write('models/iris/metrics.json', WORSE);
    const judged = await run(repo, 'promote', 'iris', '--to', 'production');
    expect(judged.code).toBe(1);
    expect(judged.json.outcome).toBe('aborted');
  });
});

function existsProduction(repo: TestRepo): boolean {
  try {
    readFileSync(path.join(repo.dir, '.modelship/deployments/production.json'));
    return true;
  } catch {
    return false;
  }
}
