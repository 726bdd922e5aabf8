import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../support/cli.js';
import { loadConfig } from '../../src/core/config.js';
import { openVersionRepository } from '../../src/version/analyze.js';
import { GitPublisher } from '../../src/version/git-publisher.js';
import { releaseModel } from '../../src/version/release.js';
import { CARD, irisRepo, onnxModel, TestRepo } from './support/repo.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
const track = (r: TestRepo) => (cleanups.push(() => r.cleanup()), r);
const env = (extra: NodeJS.ProcessEnv = {}) => ({ PATH: process.env.PATH, HOME: process.env.HOME, ...extra });
const run = (repo: TestRepo, args: string[], extra: NodeJS.ProcessEnv = {}) => cli([...args], { cwd: repo.dir, env: env(extra) });
const json = async (repo: TestRepo, args: string[], extra: NodeJS.ProcessEnv = {}) => {
  const r = await run(repo, [...args, '--format', 'json'], extra);
  return { ...r, json: r.stdout ? JSON.parse(r.stdout) : undefined };
};

function bareRemote(repo: TestRepo, hook?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ms-remote-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync('git', ['init', '-q', '--bare', dir]);
  if (hook) {
    writeFileSync(path.join(dir, 'hooks', 'pre-receive'), `#!/bin/sh\n${hook}\n`);
    chmodSync(path.join(dir, 'hooks', 'pre-receive'), 0o755);
  }
  repo.git('remote', 'add', 'origin', dir);
  return dir;
}
const remoteTags = (dir: string) => execFileSync('git', ['tag', '--list'], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean).sort();

describe('modelship version (CLI)', () => {
  it('prints an array for all models and an object for one, with exit 0', async () => {
    const repo = track(irisRepo());
    const all = await json(repo, ['version']);
    expect(all.code).toBe(0);
    expect(all.json).toEqual([expect.objectContaining({ model: 'iris', current: null, next: '0.1.0', bump: 'minor', tag: 'iris@v0.1.0', reasons: [expect.objectContaining({ kind: 'initial' })] })]);
    const one = await json(repo, ['version', 'iris']);
    expect(one.json).toMatchObject({ model: 'iris', next: '0.1.0' });
    const text = await run(repo, ['version']);
    expect(text.stdout).toContain('iris: (none) -> 0.1.0 (minor)  tag iris@v0.1.0');
  });

  it('exits 2 with a suggestion for an unknown model or a bad --prerelease', async () => {
    const repo = track(irisRepo());
    const r = await run(repo, ['version', 'irsi']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown model "irsi"');
    expect(r.stderr).toContain('did you mean "iris"?');
    const p = await run(repo, ['version', '--prerelease', 'beta']);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('pre-release "beta" is not "rc" or "pr.<number>"');
  });
});

describe('modelship release with local git', () => {
  it('tags HEAD with the notes as the annotated message, and a second run creates nothing', async () => {
    const repo = track(irisRepo());
    const first = await json(repo, ['release', 'iris'], { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/models', GITHUB_RUN_ID: '99' });
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({ status: 'released', version: '0.1.0', tag: 'iris@v0.1.0', publisher: 'git', dryRun: false });
    expect(first.json.steps).toEqual([
      expect.objectContaining({ action: 'tag', target: 'iris@v0.1.0', status: 'done' }),
      expect.objectContaining({ action: 'release', status: 'skipped' }),
    ]);
    expect(repo.tags()).toEqual(['iris@v0.1.0']);
    expect(repo.tagCommit('iris@v0.1.0')).toBe(repo.head());
    expect(repo.git('cat-file', '-t', 'iris@v0.1.0')).toBe('tag');
    const message = repo.git('tag', '-l', '--format=%(contents)', 'iris@v0.1.0');
    expect(message).toContain('## iris 0.1.0');
    expect(message).toContain('Workflow run: https://github.com/acme/models/actions/runs/99');

    const second = await json(repo, ['release', 'iris']);
    expect(second.code).toBe(0);
    expect(second.json).toMatchObject({ status: 'already-released', version: '0.1.0', tag: 'iris@v0.1.0' });
    expect(second.json.steps[0]).toMatchObject({ action: 'tag', status: 'unchanged' });
    expect(repo.tags()).toEqual(['iris@v0.1.0']);

    repo.write('models/iris/model.onnx', onnxModel({ seed: 4 })).commit('retrain');
    const third = await json(repo, ['release']);
    expect(third.json).toEqual([expect.objectContaining({ status: 'released', version: '0.2.0', tag: 'iris@v0.2.0' })]);
    const fourth = await json(repo, ['release']);
    expect(fourth.json[0]).toMatchObject({ status: 'already-released', version: '0.2.0' });
    // Re-describing an existing release compares it with the release before it, not with itself.
    expect(fourth.json[0].plan.reasons).toEqual([expect.objectContaining({ kind: 'weights' })]);
    expect(repo.tags()).toEqual(['iris@v0.1.0', 'iris@v0.2.0']);
  });

  it('--dry-run says what it would do and changes nothing', async () => {
    const repo = track(irisRepo());
    const r = await json(repo, ['release', 'iris', '--dry-run', '--floating-major']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ status: 'released', dryRun: true, version: '0.1.0' });
    expect(r.json.steps.map((s: { action: string; status: string }) => `${s.action}:${s.status}`)).toEqual(['tag:planned', 'floating-tag:planned', 'release:planned']);
    expect(r.json.notes).toContain('## iris 0.1.0');
    expect(repo.tags()).toEqual([]);
    const text = await run(repo, ['release', '--dry-run']);
    expect(text.stdout).toContain('iris: would release 0.1.0 as iris@v0.1.0');
  });

  it('says there is nothing to release when nothing changed', async () => {
    const repo = track(irisRepo());
    repo.tag('iris@v1.0.0');
    repo.write('README.md', 'unrelated').commit('docs');
    const r = await json(repo, ['release', 'iris']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ status: 'nothing-to-release', version: '1.0.0', steps: [] });
    expect(repo.tags()).toEqual(['iris@v1.0.0']);
  });

  describe('refusals change nothing', () => {
    it('refuses uncommitted or untracked changes under the model\'s paths', async () => {
      const repo = track(irisRepo());
      repo.write('models/iris/README.md', 'edited, not committed');
      let r = await run(repo, ['release', 'iris']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('uncommitted changes in model "iris": models/iris/README.md');
      repo.git('checkout', '--', 'models/iris/README.md');
      repo.write('modelship.yml', `${readFileSync(path.join(repo.dir, 'modelship.yml'), 'utf8')}    paths: [models/iris]\n`).commit('the whole folder belongs to the model');
      repo.write('models/iris/new-weights.bin', 'x');
      r = await run(repo, ['release', 'iris']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('models/iris/new-weights.bin');
      expect(repo.tags()).toEqual([]);
    });

    it('allows changes elsewhere unless release.cleanTree is repository', async () => {
      const repo = track(irisRepo());
      repo.write('src/app.py', 'print(1)').commit('app');
      repo.write('src/app.py', 'print(2)');
      expect((await run(repo, ['release', 'iris', '--dry-run'])).code).toBe(0);
      repo.write('modelship.yml', `${readFileSync(path.join(repo.dir, 'modelship.yml'), 'utf8')}release:\n  cleanTree: repository\n`).commit('strict');
      repo.write('src/app.py', 'print(3)');
      const r = await run(repo, ['release', 'iris']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('uncommitted changes in the repository: src/app.py');
      expect(repo.tags()).toEqual([]);
    });

    it('refuses a tag that exists on another commit (someone released meanwhile)', async () => {
      const repo = track(irisRepo());
      const first = repo.head();
      repo.write('models/iris/README.md', 'v2').commit('card');
      const vr = await openVersionRepository(await loadConfig(path.join(repo.dir, 'modelship.yml')));
      repo.tag('iris@v0.1.0', first);
      const publisher = new GitPublisher(vr.git, { push: false, remote: 'origin' });
      await expect(releaseModel(vr, 'iris', publisher, { dryRun: false })).rejects.toThrow(/tag iris@v0\.1\.0 already exists on commit [0-9a-f]{12}, not on HEAD/);
      expect(repo.tags()).toEqual(['iris@v0.1.0']);
      expect(repo.tagCommit('iris@v0.1.0')).toBe(first);
    });

    it('refuses a version that would go backwards', async () => {
      const repo = track(irisRepo());
      const vr = await openVersionRepository(await loadConfig(path.join(repo.dir, 'modelship.yml')));
      repo.write('other.txt', 'x').commit('other');
      repo.tag('iris@v3.0.0', 'HEAD');
      repo.git('reset', '-q', '--hard', 'HEAD~1');
      const publisher = new GitPublisher(vr.git, { push: false, remote: 'origin' });
      await expect(releaseModel(vr, 'iris', publisher, { dryRun: true })).rejects.toThrow('version 0.1.0 would go backwards: iris@v3.0.0 already exists');
      expect(repo.tags()).toEqual(['iris@v3.0.0']);
    });

    it('refuses when the remote refuses the push, and removes the local tag it made', async () => {
      const repo = track(irisRepo());
      const remote = bareRemote(repo, 'echo "tags are protected" >&2; exit 1');
      const r = await run(repo, ['release', 'iris', '--push']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('the remote "origin" refused tag iris@v0.1.0');
      expect(r.stderr).toContain('tags are protected');
      expect(repo.tags()).toEqual([]);
      expect(remoteTags(remote)).toEqual([]);
    });

    it('refuses before tagging when the remote cannot be reached, without printing credentials', async () => {
      const repo = track(irisRepo());
      repo.git('remote', 'add', 'origin', 'https://user:s3cr3t-token@127.0.0.1:9/none.git');
      const r = await run(repo, ['release', 'iris', '--push']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('cannot push tags to remote "origin"');
      expect(r.stderr).not.toContain('s3cr3t-token');
      expect(repo.tags()).toEqual([]);
    });

    it('a refusal for one model stops a release of all models before any tag', async () => {
      const repo = track(new TestRepo());
      repo
        .write('modelship.yml', 'version: 1\nmodels:\n  a:\n    path: a/model.onnx\n  b:\n    path: b/model.onnx\n')
        .write('a/model.onnx', onnxModel())
        .write('b/model.onnx', onnxModel({ seed: 2 }))
        .commit('two models');
      repo.write('b/model.onnx', onnxModel({ seed: 3 }));
      const r = await run(repo, ['release']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('uncommitted changes in model "b"');
      expect(repo.tags()).toEqual([]);
      repo.commit('retrain b');
      const ok = await json(repo, ['release']);
      expect(ok.json.map((x: { tag: string }) => x.tag)).toEqual(['a@v0.1.0', 'b@v0.1.0']);
    });
  });

  it('pushes tags and moves the floating major tag with --push --floating-major', async () => {
    const repo = track(irisRepo());
    repo.write('modelship.yml', `${readFileSync(path.join(repo.dir, 'modelship.yml'), 'utf8')}release:\n  initialVersion: 1.0.0\n  floatingMajor: true\n`).commit('config');
    const remote = bareRemote(repo);
    let r = await json(repo, ['release', 'iris', '--push']);
    expect(r.code).toBe(0);
    expect(remoteTags(remote)).toEqual(['iris@v1', 'iris@v1.0.0']);
    repo.write('models/iris/model.onnx', onnxModel({ seed: 6 })).commit('retrain');
    r = await json(repo, ['release', 'iris', '--push']);
    expect(r.json.steps).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'floating-tag', target: 'iris@v1', status: 'done' })]));
    expect(remoteTags(remote)).toEqual(['iris@v1', 'iris@v1.0.0', 'iris@v1.1.0']);
    expect(execFileSync('git', ['rev-parse', 'iris@v1^{commit}'], { cwd: remote, encoding: 'utf8' }).trim()).toBe(repo.head());
    // --no-floating-major overrides the configuration; pre-releases never move it.
    repo.write('models/iris/README.md', 'x').commit('card');
    r = await json(repo, ['release', 'iris', '--prerelease', 'rc']);
    expect(r.json).toMatchObject({ version: '1.1.1-rc.1' });
    expect(r.json.steps.map((s: { action: string }) => s.action)).toEqual(['tag', 'release']);
    expect(repo.tagCommit('iris@v1')).not.toBe(repo.head());
  });

  it('writes notes with reasons, metrics against the previous version, signature, checksums, card excerpt and provenance', async () => {
    const repo = track(irisRepo());
    repo.tag('iris@v1.0.0');
    const model = onnxModel({ seed: 11, outputs: [{ name: 'probabilities', shape: ['batch', 3] }, { name: 'label', dtype: 'int64', shape: ['batch'] }, { name: 'logits', shape: ['batch', 3] }] });
    repo
      .write('models/iris/model.onnx', model)
      .write('models/iris/metrics.json', JSON.stringify({ accuracy: 0.95, macro_f1: 0.88, slices: { species: { setosa: { f1: 0.98 } } } }))
      .commit('feat: add logits');
    const r = await json(repo, ['release', 'iris', '--dry-run'], { GITHUB_SERVER_URL: 'https://github.example', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7', GITHUB_WORKFLOW: 'release', GITHUB_ACTOR: 'octo' });
    const notes: string = r.json.notes;
    expect(notes).toContain('## iris 1.1.0');
    expect(notes).toContain('**minor** release since `iris@v1.0.0`.');
    expect(notes).toContain('| minor | signature | new output "logits" float32 [batch, 3] |');
    expect(notes).toContain('| Metric | 1.0.0 | 1.1.0 | Δ |');
    expect(notes).toContain('| accuracy | 0.9 | 0.95 | +0.05 |');
    expect(notes).toContain('| macro_f1 | 0.88 | 0.88 | ±0 |');
    expect(notes).toContain('| slices.species.setosa.f1 | 1 | 0.98 | −0.02 |');
    expect(notes).toContain('| output | `logits` | float32 | `[batch, 3]` |');
    expect(notes).toContain(`${createHash('sha256').update(model).digest('hex')}  model.onnx`);
    expect(notes).toContain('> Predicts the iris species from four measurements of the flower. It is a tiny logistic regression.');
    expect(notes).not.toContain('model-index');
    expect(notes).toContain(`- Commit: \`${repo.head()}\``);
    expect(notes).toContain('- Workflow run: https://github.example/o/r/actions/runs/7 (release)');
    expect(notes).toContain('- Released by: @octo');
    expect(CARD).toContain('Predicts');
  });
});
