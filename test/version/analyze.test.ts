import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import { analyzeModel, openVersionRepository, type PlanOptions } from '../../src/version/analyze.js';
import { CARD, CONFIG_ONE, irisRepo, onnxModel, TestRepo } from './support/repo.js';

const repos: TestRepo[] = [];
const track = (r: TestRepo) => (repos.push(r), r);
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

async function plan(repo: TestRepo, model = 'iris', options: PlanOptions = {}, configFile = 'modelship.yml') {
  const loaded = await loadConfig(path.join(repo.dir, configFile), { env: {} });
  const vr = await openVersionRepository(loaded, process.env);
  return (await analyzeModel(vr, model, options)).plan;
}

describe('version plan on a real repository', () => {
  it('walks a model through first release, retrain, card edit and signature change', async () => {
    const repo = track(irisRepo());
    let p = await plan(repo);
    expect(p).toMatchObject({ model: 'iris', current: null, next: '0.1.0', bump: 'minor', tag: 'iris@v0.1.0', previousTag: null, commit: repo.head() });
    expect(p.reasons).toEqual([expect.objectContaining({ kind: 'initial', bump: 'minor' })]);
    repo.tag('iris@v0.1.0');

    p = await plan(repo);
    expect(p).toMatchObject({ current: '0.1.0', next: '0.1.0', bump: 'none', tag: 'iris@v0.1.0', reasons: [] });

    repo.write('models/iris/model.onnx', onnxModel({ seed: 2 })).commit('retrain on more data');
    p = await plan(repo);
    expect(p).toMatchObject({ current: '0.1.0', next: '0.2.0', bump: 'minor', tag: 'iris@v0.2.0', previousTag: 'iris@v0.1.0' });
    expect(p.reasons).toEqual([expect.objectContaining({ kind: 'weights', bump: 'minor', path: 'models/iris/model.onnx', message: expect.stringMatching(/^new weights: model\.onnx sha256 [0-9a-f]{12} -> [0-9a-f]{12}$/) })]);
    repo.tag('iris@v0.2.0');

    repo.write('models/iris/README.md', `${CARD}\nMore words.\n`).commit('card: wording');
    p = await plan(repo);
    expect(p).toMatchObject({ next: '0.2.1', bump: 'patch' });
    expect(p.reasons).toEqual([expect.objectContaining({ kind: 'card', bump: 'patch', message: 'model card changed' })]);
    repo.tag('iris@v0.2.1');

    repo.write('models/iris/model.onnx', onnxModel({ seed: 3, inputs: [{ name: 'features', dtype: 'float64', shape: ['batch', 4] }] })).commit('retrain in float64');
    p = await plan(repo);
    expect(p).toMatchObject({ next: '1.0.0', bump: 'major' });
    expect(p.reasons.map((r) => [r.kind, r.bump])).toEqual([['weights', 'minor'], ['signature', 'major']]);
    expect(p.reasons[1].message).toBe('input "features": element type changed from float32 to float64');
  });

  it('a compatible widening (new output, fixed dim made symbolic) is minor', async () => {
    const repo = track(irisRepo());
    repo.tag('iris@v1.0.0');
    repo.write('models/iris/model.onnx', onnxModel({
      inputs: [{ name: 'features', shape: ['batch', 'n_features'] }],
      outputs: [{ name: 'probabilities', shape: ['batch', 3] }, { name: 'label', dtype: 'int64', shape: ['batch'] }, { name: 'logits', shape: ['batch', 3] }],
    })).commit('export logits');
    const p = await plan(repo);
    expect(p).toMatchObject({ next: '1.1.0', bump: 'minor' });
    expect(p.reasons.filter((r) => r.kind === 'signature').map((r) => r.message)).toEqual([
      'input "features": dimension 1 widened from 4 to symbolic "n_features"',
      'new output "logits" float32 [batch, 3]',
    ]);
  });

  it('conventional commits on the model\'s paths raise the bump, never lower it, and other paths do not count', async () => {
    const repo = track(irisRepo());
    repo.tag('iris@v1.0.0');
    repo.write('src/app.ts', 'x').commit('feat!: unrelated breaking change elsewhere');
    repo.write('models/iris/README.md', `${CARD}\nv2\n`).commit('feat(iris): document the new use case');
    let p = await plan(repo);
    expect(p).toMatchObject({ bump: 'minor', next: '1.1.0' });
    expect(p.reasons.map((r) => [r.kind, r.bump])).toEqual([['card', 'patch'], ['commit', 'minor']]);
    expect(p.reasons[1].message).toMatch(/^commit [0-9a-f]{7} "feat\(iris\): document the new use case" \(feat\)$/);

    repo.write('models/iris/metrics.json', '{"accuracy": 0.95}').commit('fix: metrics\n\nBREAKING CHANGE: consumers must re-read thresholds');
    p = await plan(repo);
    expect(p).toMatchObject({ bump: 'major', next: '2.0.0' });

    // A docs commit never lowers what the content says (a signature change stays major).
    const repo2 = track(irisRepo());
    repo2.tag('iris@v1.0.0');
    repo2.write('models/iris/model.onnx', onnxModel({ inputs: [{ name: 'x', shape: ['batch', 4] }] })).commit('docs: rename input');
    expect((await plan(repo2)).bump).toBe('major');
  });

  it('commits whose net effect on the model is nothing create no release', async () => {
    const repo = track(irisRepo());
    repo.tag('iris@v1.0.0');
    repo.write('models/iris/README.md', 'temporary').commit('feat: try a new card');
    repo.write('models/iris/README.md', CARD).commit('revert the card');
    const p = await plan(repo);
    expect(p).toMatchObject({ bump: 'none', next: '1.0.0' });
    expect(p.reasons).toEqual([expect.objectContaining({ kind: 'commit', bump: 'none', message: expect.stringContaining('not counted: no file of the model changed') })]);
  });

  it('versions two models in one repository independently', async () => {
    const repo = track(new TestRepo());
    repo
      .write('modelship.yml', `version: 1\nmodels:\n  iris:\n    path: models/iris\n  wine:\n    path: models/wine/model.onnx\n    tagFormat: "models/{model}/v{version}"\n`)
      .write('models/iris/model.onnx', onnxModel())
      .write('models/iris/NOTES.md', 'notes')
      .write('models/wine/model.onnx', onnxModel({ seed: 9 }));
    repo.commit('two models');
    repo.tag('iris@v1.4.0');
    repo.tag('models/wine/v0.3.0');
    repo.tag('iris@v9.9.9-rc.1');
    repo.write('models/wine/model.onnx', onnxModel({ seed: 10 })).commit('retrain wine');
    repo.write('models/iris/NOTES.md', 'more notes').commit('feat: iris notes');
    const iris = await plan(repo, 'iris');
    const wine = await plan(repo, 'wine');
    // Markdown inside an artifact folder is documentation: a patch, raised to minor by the feat commit.
    expect(iris).toMatchObject({ current: '1.4.0', next: '1.5.0', bump: 'minor', tag: 'iris@v1.5.0' });
    expect(iris.reasons.map((r) => r.kind)).toEqual(['files', 'commit']);
    expect(wine).toMatchObject({ current: '0.3.0', next: '0.4.0', bump: 'minor', tag: 'models/wine/v0.4.0' });
    expect(wine.reasons.map((r) => r.kind)).toEqual(['weights']);
  });

  it('follows a model whose files moved since the last release (paths read from modelship.yml at the tag)', async () => {
    const repo = track(irisRepo());
    repo.tag('iris@v1.0.0');
    repo.git('mv', 'models/iris', 'models/iris-classifier');
    repo.write('modelship.yml', CONFIG_ONE.replaceAll('models/iris/', 'models/iris-classifier/')).commit('move the model');
    const p = await plan(repo);
    expect(p).toMatchObject({ bump: 'none', current: '1.0.0' });
  });

  it('works with modelship.yml in a subfolder of the repository', async () => {
    const repo = track(new TestRepo());
    repo.write('examples/iris/modelship.yml', CONFIG_ONE).write('examples/iris/models/iris/model.onnx', onnxModel()).commit('add');
    repo.tag('iris@v0.1.0');
    repo.write('examples/iris/models/iris/model.onnx', onnxModel({ seed: 5 })).commit('retrain');
    const p = await plan(repo, 'iris', {}, 'examples/iris/modelship.yml');
    expect(p).toMatchObject({ next: '0.2.0', bump: 'minor' });
    expect(p.reasons[0].path).toBe('examples/iris/models/iris/model.onnx');
  });

  it('uses the declared signature for formats other than ONNX', async () => {
    const repo = track(new TestRepo());
    const cfg = (dtype: string) => `version: 1\nmodels:\n  m:\n    path: model.safetensors\n    format: safetensors\n    signature:\n      inputs: [{name: x, dtype: ${dtype}, shape: [batch, 8]}]\n      outputs: [{name: y, dtype: float32, shape: [batch]}]\n`;
    repo.write('modelship.yml', cfg('float32')).write('model.safetensors', 'weights-1').commit('add');
    repo.tag('m@v1.0.0');
    repo.write('modelship.yml', cfg('float16')).commit('declare float16');
    const p = await plan(repo, 'm');
    expect(p).toMatchObject({ bump: 'major', next: '2.0.0' });
    expect(p.reasons).toEqual([expect.objectContaining({ kind: 'signature', message: 'input "x": element type changed from float32 to float16' })]);
  });

  it('reads the sha256 of a Git LFS pointer from the pointer', async () => {
    const repo = track(new TestRepo());
    const pointer = (h: string) => `version https://git-lfs.github.com/spec/v1\noid sha256:${h.repeat(64)}\nsize 123\n`;
    repo.write('modelship.yml', 'version: 1\nmodels:\n  m:\n    path: w.bin\n    format: other\n').write('w.bin', pointer('a')).commit('add');
    repo.tag('m@v1.0.0');
    repo.write('w.bin', pointer('b')).commit('retrain');
    const p = await plan(repo, 'm');
    expect(p.reasons[0].message).toBe(`new weights: w.bin sha256 ${'a'.repeat(12)} -> ${'b'.repeat(12)}`);
  });

  it('pre-releases count up per pull request and are reused on the same commit', async () => {
    const repo = track(irisRepo());
    repo.tag('iris@v1.0.0');
    repo.write('models/iris/model.onnx', onnxModel({ seed: 7 })).commit('retrain');
    let p = await plan(repo, 'iris', { prerelease: 'pr.12' });
    expect(p).toMatchObject({ next: '1.1.0-pr.12.1', tag: 'iris@v1.1.0-pr.12.1', prerelease: 'pr.12', current: '1.0.0' });
    repo.tag('iris@v1.1.0-pr.12.1');
    expect((await plan(repo, 'iris', { prerelease: 'pr.12' })).next).toBe('1.1.0-pr.12.1');
    repo.write('models/iris/model.onnx', onnxModel({ seed: 8 })).commit('retrain again');
    expect((await plan(repo, 'iris', { prerelease: 'pr.12' })).next).toBe('1.1.0-pr.12.2');
    expect((await plan(repo, 'iris', { prerelease: 'rc' })).next).toBe('1.1.0-rc.1');
    expect((await plan(repo)).next).toBe('1.1.0');
  });

  it('--as sets the version, and refuses one that would go backwards', async () => {
    const repo = track(irisRepo());
    repo.tag('iris@v1.2.0');
    repo.write('models/iris/README.md', 'x').commit('card');
    expect(await plan(repo, 'iris', { as: '2.0.0' })).toMatchObject({ next: '2.0.0', bump: 'major' });
    await expect(plan(repo, 'iris', { as: '1.1.0' })).rejects.toThrow('version 1.1.0 would go backwards: iris@v1.2.0 is already released');
    await expect(plan(repo, 'iris', { as: 'two' })).rejects.toThrow('"two" is not a semantic version');
  });

  it('explains what is wrong: no repository, no commit, model not committed, shallow clone, unknown model', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ms-norepo-'));
    try {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(dir, 'modelship.yml'), CONFIG_ONE);
      const loaded = await loadConfig(path.join(dir, 'modelship.yml'));
      await expect(openVersionRepository(loaded)).rejects.toThrow(/is not inside a git repository/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const empty = track(new TestRepo());
    empty.write('modelship.yml', CONFIG_ONE);
    await expect(plan(empty)).rejects.toThrow(/has no commits yet/);
    empty.commit('config only');
    await expect(plan(empty)).rejects.toThrow(/models\/iris\/model\.onnx is not in commit/);
    await expect(plan(empty, 'irs')).rejects.toThrow(/unknown model "irs"/);

    const origin = track(irisRepo());
    origin.write('models/iris/README.md', 'v2').commit('second');
    const shallowDir = mkdtempSync(path.join(os.tmpdir(), 'ms-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, shallowDir]);
      const loaded = await loadConfig(path.join(shallowDir, 'modelship.yml'));
      await expect(openVersionRepository(loaded)).rejects.toThrow(/shallow clone/);
    } finally {
      rmSync(shallowDir, { recursive: true, force: true });
    }
  });

  it('refuses an artifact that claims to be ONNX but is not readable', async () => {
    const repo = track(irisRepo());
    repo.tag('iris@v1.0.0');
    repo.write('models/iris/model.onnx', Buffer.from([0x08, 0xff, 0xff, 0xff])).commit('broken');
    await expect(plan(repo)).rejects.toThrow(/models\/iris\/model\.onnx at commit [0-9a-f]{12} is not a readable ONNX model/);
  });
});
