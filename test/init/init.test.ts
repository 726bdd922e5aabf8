import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../../src/core/config.js';
import { lenientBound } from '../../src/init/render.js';
import { cli } from '../support/cli.js';

const IRIS = path.resolve('examples/iris/models/iris-v2');
const FIXTURES = path.resolve('test/fixtures/init');
const roots: string[] = [];

function project(files: Record<string, string | Buffer | { from: string }>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'modelship-init-'));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    if (typeof content === 'object' && 'from' in content) copyFileSync(content.from, path.join(root, rel));
    else writeFileSync(path.join(root, rel), content);
  }
  return root;
}

const IDENTITY = { GIT_AUTHOR_NAME: 'A User', GIT_AUTHOR_EMAIL: 'user@example.invalid', GIT_COMMITTER_NAME: 'A User', GIT_COMMITTER_EMAIL: 'user@example.invalid' };

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...IDENTITY } });
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('modelship init', () => {
  it('finds models by content, reads the ONNX signature, the card and the metrics, and writes a config that config check accepts', async () => {
    const root = project({
      'models/churn/model.onnx': { from: path.join(IRIS, 'model.onnx') },
      'models/churn/metrics.json': { from: path.join(IRIS, 'metrics.json') },
      'models/churn/README.md': '# Churn model\n',
      'legacy/classifier.joblib': { from: path.join(FIXTURES, 'classifier.joblib') },
      'torch/weights.pt': { from: path.join(FIXTURES, 'weights.pt') },
      // Not models, whatever their names say:
      'data/model.pkl': 'just text, not a pickle\n',
      'README.md': '# project\n',
      'lfs/big.onnx': 'version https://git-lfs.github.com/spec/v1\noid sha256:' + 'a'.repeat(64) + '\nsize 12345\n',
    });
    const { code, stdout, stderr } = await cli(['init', '--format', 'json'], { cwd: root });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.models.map((m: { name: string; path: string; format: string }) => [m.name, m.path, m.format])).toEqual([
      ['legacy', 'legacy/classifier.joblib', 'joblib'],
      ['churn', 'models/churn/model.onnx', 'onnx'],
      ['torch', 'torch/weights.pt', 'pytorch'],
    ]);
    const churn = result.models[1];
    expect(churn).toMatchObject({ card: 'models/churn/README.md', metrics: 'models/churn/metrics.json', gatedMetrics: ['accuracy', 'macro_f1', 'log_loss'] });
    expect(churn.signature.inputs).toEqual([{ name: 'features', dtype: 'float32', shape: ['batch', 4] }]);
    expect(result.files.map((f: { path: string; action: string }) => `${f.action} ${f.path}`)).toEqual([
      'create modelship.yml',
      'create .github/workflows/modelship-checks.yml',
      'create .github/workflows/modelship-release.yml',
      'create .modelship/.gitignore',
    ]);
    expect(result.next).toHaveLength(3);

    const loaded = await loadConfig(path.join(root, 'modelship.yml'));
    expect(Object.keys(loaded.config.models)).toEqual(['legacy', 'churn', 'torch']);
    const check = await cli(['config', 'check', '--format', 'json'], { cwd: root });
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    // The written workflows are valid YAML calling the reusable workflows at the release tag.
    const checks = parseYaml(readFileSync(path.join(root, '.github/workflows/modelship-checks.yml'), 'utf8'));
    expect(checks.jobs.modelship.uses).toBe('modelship/modelship/.github/workflows/pr-checks.yml@v1');
    expect(checks.on).toHaveProperty('pull_request');
  });

  it('then validate, gate, version, release and deploy staging work on what it wrote, in a fresh git repository', async () => {
    const root = project({
      'model.onnx': { from: path.join(IRIS, 'model.onnx') },
      'metrics.json': { from: path.join(IRIS, 'metrics.json') },
    });
    git(root, 'init', '-q', '-b', 'trunk');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'a model and its metrics');
    const init = await cli(['init'], { cwd: root });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('npx modelship validate');
    // The release workflow follows the repository's own default branch.
    expect(readFileSync(path.join(root, '.github/workflows/modelship-release.yml'), 'utf8')).toContain('branches: ["trunk"]');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'modelship init');

    const validate = await cli(['validate', '--format', 'json'], { cwd: root });
    expect(JSON.parse(validate.stdout).verdict).toBe('pass');
    const gate = await cli(['gate', '--format', 'json'], { cwd: root });
    expect(gate.code).toBe(0);
    expect(JSON.parse(gate.stdout).verdict).toBe('pass');
    const version = await cli(['version', '--format', 'json'], { cwd: root });
    expect(version.code).toBe(0);
    expect(JSON.stringify(JSON.parse(version.stdout))).toContain('"next":"1.0.0"');
    const release = await cli(['release'], { cwd: root, env: IDENTITY });
    expect(release.stderr + release.stdout).toContain('released 1.0.0');
    expect(release.code).toBe(0);
    const deploy = await cli(['deploy', 'staging', '--format', 'json'], { cwd: root });
    expect(deploy.stderr).toBe('');
    expect(deploy.code).toBe(0);
    const deployed = readFileSync(path.join(root, '.modelship/repository/staging/model/1.0.0/model.onnx'));
    expect(createHash('sha256').update(deployed).digest('hex')).toBe(createHash('sha256').update(readFileSync(path.join(IRIS, 'model.onnx'))).digest('hex'));
    // What deploy wrote is ignored by git, as the written .modelship/.gitignore says.
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('never replaces a file without --force: exit 2, nothing written, the user\'s files unchanged', async () => {
    const mine = 'version: 1\nmodels: { mine: { path: model.onnx } }\n';
    const root = project({ 'model.onnx': { from: path.join(IRIS, 'model.onnx') }, 'modelship.yml': mine });
    const refused = await cli(['init'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('modelship.yml already exists; nothing was written');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(path.join(root, 'modelship.yml'), 'utf8')).toBe(mine);
    expect(existsSync(path.join(root, '.github'))).toBe(false);

    const dry = await cli(['init', '--dry-run'], { cwd: root });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('--- modelship.yml (overwrite)');
    expect(readFileSync(path.join(root, 'modelship.yml'), 'utf8')).toBe(mine);

    const forced = await cli(['init', '--force'], { cwd: root });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(root, 'modelship.yml'), 'utf8')).toContain('models:\n  "model":');
  });

  it('writes SHA256SUMS with --manifest, and validate checks the models against it', async () => {
    const root = project({ 'models/a/model.onnx': { from: path.join(IRIS, 'model.onnx') } });
    expect((await cli(['init', '--manifest', '--no-workflows'], { cwd: root })).code).toBe(0);
    const sums = readFileSync(path.join(root, 'SHA256SUMS'), 'utf8');
    expect(sums).toBe(`${createHash('sha256').update(readFileSync(path.join(IRIS, 'model.onnx'))).digest('hex')}  models/a/model.onnx\n`);
    expect(existsSync(path.join(root, '.github'))).toBe(false);
    expect((await cli(['validate'], { cwd: root })).code).toBe(0);
    // A changed model no longer matches the manifest the user committed.
    const tampered = readFileSync(path.join(root, 'models/a/model.onnx'));
    tampered[tampered.length - 1] ^= 1;
    writeFileSync(path.join(root, 'models/a/model.onnx'), tampered);
    expect((await cli(['validate'], { cwd: root })).code).toBe(1);
  });

  it('keeps what is already there: Modelship workflows are not written twice, other CI is named', async () => {
    const root = project({
      'model.onnx': { from: path.join(IRIS, 'model.onnx') },
      '.github/workflows/ci.yml': 'on: push\njobs:\n  m:\n    uses: modelship/modelship/.github/workflows/pr-checks.yml@v1\n',
      '.gitlab-ci.yml': 'test:\n  script: [pytest]\n',
    });
    const result = JSON.parse((await cli(['init', '--format', 'json'], { cwd: root })).stdout);
    expect(result.files.map((f: { path: string }) => f.path)).toEqual(['modelship.yml', '.modelship/.gitignore']);
    expect(result.ci).toEqual({ workflows: ['.github/workflows/ci.yml'], modelshipWorkflows: ['.github/workflows/ci.yml'], otherCi: ['.gitlab-ci.yml'] });
    expect(result.notes.join('\n')).toMatch(/already use Modelship[\s\S]*other CI found \(\.gitlab-ci\.yml\)/);
    // No ONNX model means no benchmark job in the written workflow.
    const noOnnx = project({ 'clf.joblib': { from: path.join(FIXTURES, 'classifier.joblib') } });
    expect((await cli(['init'], { cwd: noOnnx })).code).toBe(0);
    expect(readFileSync(path.join(noOnnx, '.github/workflows/modelship-checks.yml'), 'utf8')).toMatch(/with:\n\s+bench: false/);
  });

  it('treats file names as data: quotes, colons and newlines end up as the same paths in valid YAML', async () => {
    const hostile = 'we"ird: name #1\n- x.onnx';
    const root = project({ [`models/${hostile}`]: { from: path.join(IRIS, 'model.onnx') } });
    expect((await cli(['init', '--no-workflows'], { cwd: root })).code).toBe(0);
    const loaded = await loadConfig(path.join(root, 'modelship.yml'));
    const [model] = Object.values(loaded.config.models);
    expect(model.path).toBe(`models/${hostile}`);
    expect(Object.keys(loaded.config.models)[0]).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
  });

  it('does not follow symbolic links out of the repository, and says so when there is no model', async () => {
    const outside = project({ 'secret.onnx': { from: path.join(IRIS, 'model.onnx') } });
    const root = project({ 'notes.txt': 'no model here\n' });
    symlinkSync(path.join(outside, 'secret.onnx'), path.join(root, 'linked.onnx'));
    symlinkSync(outside, path.join(root, 'linked-dir'));
    const { code, stderr } = await cli(['init'], { cwd: root });
    expect(code).toBe(2);
    expect(stderr).toContain(`no model file found under ${root}`);
    expect(existsSync(path.join(root, 'modelship.yml'))).toBe(false);
  });

  it('rounds gate floors leniently to two significant digits so the written gate passes on today\'s metrics', () => {
    expect(lenientBound({ name: 'accuracy', value: 0.97, direction: 'higher' })).toBe(0.97);
    expect(lenientBound({ name: 'accuracy', value: 0.9667, direction: 'higher' })).toBe(0.96);
    expect(lenientBound({ name: 'rmse', value: 0.0893, direction: 'lower' })).toBe(0.09);
    expect(lenientBound({ name: 'rmse', value: 1234.5, direction: 'lower' })).toBe(1300);
    expect(lenientBound({ name: 'r2', value: -0.25, direction: 'higher' })).toBe(-0.25);
    expect(lenientBound({ name: 'r2', value: -0.251, direction: 'higher' })).toBe(-0.26);
    expect(lenientBound({ name: 'loss', value: 0, direction: 'lower' })).toBeUndefined();
  });
});
