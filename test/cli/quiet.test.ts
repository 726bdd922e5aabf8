import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../support/cli.js';

// `-q`: "print only failures and the final verdict". A passing command prints exactly one verdict line per
// subject (silence is not an answer); a failing one prints its failures and the verdict, not its passes.
let project: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: project, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
const quiet = (...args: string[]) => cli(['-q', ...args], { cwd: project });
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'ms-quiet-'));
  await cp(path.resolve('examples/iris'), project, { recursive: true, filter: (src) => !src.includes(`${path.sep}.modelship`) });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'iris');
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('-q on a passing command prints its verdict line only', () => {
  it.each([
    ['config check', ['config', 'check'], /^✓ .*modelship\.yml is valid$/],
    ['validate', ['validate'], /^pass: 1 file\(s\) validated$/],
    ['score', ['score', '--minimum', '0'], /^✓ ML Test Score \d+(\.\d+)? \/ 7, band \S+ meets the minimum 0$/],
    ['gate', ['gate'], /^verdict: pass \(\d+ pass\)$/],
    ['version', ['version'], /^iris: \(none\) -> 1\.0\.0 \(major\)  tag iris@v1\.0\.0$/],
    ['release --dry-run', ['release', '--dry-run'], /^iris: would release 1\.0\.0 as iris@v1\.0\.0$/],
    ['deploy --dry-run', ['deploy', 'staging', '1.0.0', '--dry-run'], /^\[dry run\] PLANNED: /],
    ['bench', ['bench', '--trials', '3', '--duration', '20ms', '--warmup', '5ms', '--batch', '1'], /^verdict: no regression$/],
  ])('%s', async (_name, args, verdict) => {
    const r = await quiet(...(args as string[]));
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    expect(lines(r.stdout)).toEqual([expect.stringMatching(verdict as RegExp)]);
    // Without -q the same run says more: -q changed what was printed, not what was run.
    expect(lines((await cli(args as string[], { cwd: project })).stdout).length).toBeGreaterThan(1);
  });
});

describe('-q on a command that answers a question', () => {
  it('status prints its whole answer: every environment', async () => {
    const r = await quiet('status');
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([expect.stringMatching(/^staging \/ iris: /), expect.stringMatching(/^production \/ iris: /)]);
    expect(r.stdout).toBe((await cli(['status'], { cwd: project })).stdout);
  });
});

describe('-q on commands that change state', () => {
  it('lock and unlock print their one-line result', async () => {
    const lock = await quiet('lock', 'staging', '--reason', 'maintenance');
    expect(lock.code).toBe(0);
    expect(lines(lock.stdout)).toHaveLength(1);
    expect(lock.stdout).toMatch(/staging/);
    const unlock = await quiet('unlock', 'staging');
    expect(unlock.code).toBe(0);
    expect(lines(unlock.stdout)).toHaveLength(1);
  });

  it('serve prints where it listens, then how it stopped', async () => {
    const repository = await mkdtemp(path.join(os.tmpdir(), 'ms-quiet-repo-'));
    let stdout = '';
    const { runCli } = await import('../../src/cli/program.js');
    const running = runCli(['-q', 'serve', '--repository', repository, '--port', '0'], { stdout: (t) => (stdout += t), stderr: () => {}, cwd: project, env: {}, isTTY: false });
    for (let i = 0; i < 500 && !stdout.includes('serving'); i++) await new Promise((r) => setTimeout(r, 20));
    process.emit('SIGTERM', 'SIGTERM'); // as node delivers a real signal: the name is the argument
    expect(await running).toBe(0);
    expect(lines(stdout)).toEqual([expect.stringMatching(/^serving .* at http:\/\/127\.0\.0\.1:\d+ /), 'stopped on SIGTERM']);
    await rm(repository, { recursive: true, force: true });
  });
});

describe('-q on a failing command prints the failures and the verdict, not the passes', () => {
  it('validate: only the rejected file, then the verdict over all files', async () => {
    await writeFile(path.join(project, 'broken.onnx'), Buffer.from([0x08, 0x07, 0xff, 0xff]));
    const r = await quiet('validate', 'models/iris-v2/model.onnx', 'broken.onnx');
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('PASS models/iris-v2/model.onnx');
    expect(r.stdout).toMatch(/^FAIL broken\.onnx/);
    expect(lines(r.stdout).at(-1)).toBe('fail: 1 of 2 file(s) rejected');
  });

  it('score below its minimum: the verdict line says by how much', async () => {
    const r = await quiet('score', '--minimum', '7');
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([expect.stringMatching(/^✗ ML Test Score \d+(\.\d+)? \/ 7, band \S+ is below the minimum 7$/)]);
  });
});
