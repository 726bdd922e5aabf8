import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { cli } from '../support/cli.js';

async function project(yml: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-cli-'));
  await writeFile(path.join(dir, 'modelship.yml'), yml);
  // `config check` requires the files the models name; these tests are about the file itself.
  await writeFile(path.join(dir, 'model.onnx'), '');
  return dir;
}

const VALID = 'version: 1\nmodels:\n  iris:\n    path: model.onnx\n';

describe('modelship CLI', () => {
  it('config check passes a valid file with exit 0 and prints JSON', async () => {
    const dir = await project(VALID);
    const r = await cli(['config', 'check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ valid: true, issues: [], config: { version: 1, models: { iris: { path: 'model.onnx' } } } });
  });

  it('config check fails a broken file with exit 2, the place on stderr and the issues in JSON', async () => {
    const dir = await project('version: 1\nmodels:\n  iris:\n    pth: model.onnx\n');
    const r = await cli(['config', 'check', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(dir, 'modelship.yml')}:4:5: unknown key "pth" in models.iris`);
    expect(r.stderr).toContain('did you mean "path"?');
    const json = JSON.parse(r.stdout);
    expect(json.valid).toBe(false);
    expect(json.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['models.iris.pth']));
  });

  it('config check reports what the schema cannot say: names across sections and gate rules, each at its line', async () => {
    const dir = await project(`version: 1
models:
  iris: { path: model.onnx }
gates:
  quality:
    model: iris
    candidate: metrics.json
    baseline: { live: { environment: prod } }
    checks:
      - { metric: accuracy, direction: higher }
      - { metric: accuracy, direction: higher, value: { min: 0.9, max: 0.8 } }
  other:
    model: irs
    candidate: metrics.json
    checks:
      - { metric: f1, direction: higher, value: { min: 0.5 } }
environments:
  staging:
    provider: { type: local }
    strategy: { type: canary, steps: [{ weight: 50 }], analysis: { gate: qualty } }
  production:
    requires: stagin
    gates: [quality, missing]
chatops:
  environments:
    prod: { permissions: [admin] }
`);
    const r = await cli(['config', 'check', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const issues = JSON.parse(r.stdout).issues as Array<{ message: string; hint?: string; location: { line?: number } }>;
    const line = (re: RegExp) => issues.find((i) => re.test(i.message))?.location.line;
    expect(line(/check 1 \(accuracy\) has nothing to check/)).toBe(10);
    expect(line(/value.min 0.9 is above value.max 0.8/)).toBe(11);
    expect(line(/live baseline names environment "prod"/)).toBe(8);
    expect(line(/gate "other" names model "irs"/)).toBe(13);
    expect(issues.find((i) => /model "irs"/.test(i.message))?.hint).toMatch(/iris/);
    expect(line(/requires unknown environment "stagin"/)).toBe(22);
    // After the unknown `requires`, the environments cannot be ordered: their gate names are checked once it is fixed.
    expect(line(/chatops.environments.prod: no environment "prod"/)).toBe(26);
    expect(r.stderr).toMatch(/modelship\.yml:10:\d+: check 1 \(accuracy\) has nothing to check/);

    const fixed = await project(`version: 1
models:
  iris: { path: model.onnx }
gates:
  quality: { model: iris, candidate: metrics.json, checks: [{ metric: accuracy, direction: higher, value: { min: 0.9 } }] }
environments:
  staging:
    strategy: { type: canary, steps: [{ weight: 50 }], analysis: { gate: qualty } }
  production:
    gates: [quality, missing]
`);
    const again = await cli(['config', 'check', '--format', 'json'], { cwd: fixed });
    expect(again.code).toBe(2);
    const names = JSON.parse(again.stdout).issues as Array<{ message: string; hint?: string; location: { line?: number } }>;
    expect(names.find((i) => /canary analysis of "staging" names gate "qualty"/.test(i.message))).toMatchObject({ location: { line: 8 }, hint: expect.stringMatching(/quality/) });
    expect(names.find((i) => /environment "production" names gate "missing"/.test(i.message))?.location.line).toBe(10);
  });

  it('global options work after the subcommand too', async () => {
    const dir = await project(VALID);
    const r = await cli(['config', 'check', '--config', path.join(dir, 'modelship.yml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is valid');
  });

  it('a missing config is exit 2 with the fix', async () => {
    const r = await cli(['config', 'check'], { cwd: os.tmpdir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/configuration file not found.*\n.*--config FILE/);
  });

  it('usage errors are exit 2: unknown command, bad option value, sarif where unsupported', async () => {
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['--format', 'xml', 'config', 'check'])).code).toBe(2);
    const dir = await project(VALID);
    const r = await cli(['config', 'check', '--format', 'sarif'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sarif is only available/);
  });

  it('suggests a command for a typo', async () => {
    const r = await cli(['confg', 'check']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Did you mean config\?/i);
  });

  it('help and version exit 0 and help has examples', async () => {
    const help = await cli(['config', 'check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect((await cli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('--quiet prints only the verdict line of a passing command', async () => {
    const dir = await project(VALID);
    const r = await cli(['config', 'check', '--quiet'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`✓ ${path.join(dir, 'modelship.yml')} is valid\n`);
  });

  it('NO_COLOR and --no-color give plain text', async () => {
    const dir = await project(VALID);
    const r = await cli(['config', 'check', '--no-color'], { cwd: dir });
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('the built bin', () => {
  it('runs as `modelship` with the same exit codes', async () => {
    const bin = path.resolve('dist/cli/index.js');
    const dir = await project(VALID);
    const run = promisify(execFile);
    const ok = await run(process.execPath, [bin, 'config', 'check', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(ok.stdout).valid).toBe(true);
    await expect(run(process.execPath, [bin, 'config', 'check', '--config', 'missing.yml'], { cwd: dir })).rejects.toMatchObject({ code: 2 });
  });
});
