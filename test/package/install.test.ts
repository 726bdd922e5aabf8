import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { installPackedTarball } from '../support/packed-install.js';

const IDENTITY = { GIT_AUTHOR_NAME: 'A User', GIT_AUTHOR_EMAIL: 'user@example.invalid', GIT_COMMITTER_NAME: 'A User', GIT_COMMITTER_EMAIL: 'user@example.invalid' };

// The package a user installs: `npm pack` of this repository into an empty project, then its `modelship`.
describe('the packed npm package', () => {
  let installed: ReturnType<typeof installPackedTarball>;
  beforeAll(() => {
    installed = installPackedTarball();
  }, 180_000);
  afterAll(() => rmSync(path.dirname(installed.project), { recursive: true, force: true }));

  const run = (args: string[]) =>
    spawnSync(installed.bin, args, { cwd: installed.project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('ships the CLI bundle, the example the demo runs on and the schema, and nothing of the development tree', () => {
    expect(installed.files).toContain('dist/cli/index.js');
    expect(installed.files).toContain('examples/iris/modelship.yml');
    expect(installed.files).toContain('schema/modelship.schema.json');
    expect(installed.files).toContain('LICENSE');
    expect(installed.files.filter((f) => /^(src|test|bench|node_modules)\//.test(f) || f.startsWith('dist/validate/'))).toEqual([]);
  });

  it('declares as runtime dependencies only what the bundle leaves out (the native onnxruntime binding)', () => {
    const manifest = JSON.parse(readFileSync(path.join(installed.project, 'node_modules/modelship/package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).toEqual(['onnxruntime-node']);
    expect(manifest.private).toBeUndefined();
  });

  it('runs `modelship --help` and `--version` from the installed bin', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: modelship');
    const version = run(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('validates a model and benchmarks it with the onnxruntime-node the install brought', () => {
    copyFileSync(path.resolve('examples/iris/models/iris-v2/model.onnx'), path.join(installed.project, 'model.onnx'));
    writeFileSync(path.join(installed.project, 'modelship.yml'), 'version: 1\nmodels:\n  iris:\n    path: model.onnx\n');
    const validate = run(['validate', 'model.onnx', '--format', 'json']);
    expect(validate.status).toBe(0);
    expect(JSON.parse(validate.stdout).artifacts[0]).toMatchObject({ path: 'model.onnx', format: 'onnx', verdict: 'pass' });
    const bench = run(['bench', '--trials', '3', '--duration', '50ms', '--warmup', '10ms', '--format', 'json']);
    expect(bench.stderr).toBe('');
    expect(bench.status).toBe(0);
    expect(JSON.parse(bench.stdout).results[0]).toMatchObject({ model: 'iris', runner: 'onnx', batch: 1 });
  });

  it('refuses a bad input with exit 2 and a message, not a stack trace', () => {
    const result = run(['validate', 'no-such-file.onnx']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no-such-file\.onnx/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('takes a fresh repository holding only a model and its metrics to a deployed staging, as the README says', () => {
    const repo = path.join(installed.project, 'my-model');
    mkdirSync(repo);
    copyFileSync(path.resolve('examples/iris/models/iris-v2/model.onnx'), path.join(repo, 'model.onnx'));
    copyFileSync(path.resolve('examples/iris/models/iris-v2/metrics.json'), path.join(repo, 'metrics.json'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, ...IDENTITY }, stdio: 'pipe' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'a model');
    const step = (args: string[]) => {
      const result = spawnSync(installed.bin, args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...IDENTITY, NO_COLOR: '1' } });
      expect({ args, status: result.status, error: /error|warning/i.test(result.stderr) ? result.stderr : '' }).toEqual({ args, status: 0, error: '' });
      return result.stdout;
    };
    const init = step(['init']);
    for (const next of ['npx modelship validate', 'npx modelship gate', 'npx modelship release && npx modelship deploy staging']) expect(init).toContain(next);
    git('add', '-A');
    git('commit', '-qm', 'modelship init');
    expect(step(['validate'])).toContain('pass: 1 file(s) validated');
    expect(step(['gate'])).toContain('verdict: pass');
    expect(step(['version'])).toContain('tag model@v1.0.0');
    step(['release']);
    expect(step(['deploy', 'staging'])).toContain('DEPLOYED: staging now runs model 1.0.0');
  });

  it('is a consistent install npm itself accepts', () => {
    expect(execFileSync('npm', ['ls', '--all', '--offline'], { cwd: installed.project, encoding: 'utf8' })).toContain('onnxruntime-node@');
  });
});
