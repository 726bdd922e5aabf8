import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRunner, escapeData, escapeProperty, fileCommandBlock, workflowCommand } from '../../src/actions/runtime/runner.js';
import { runActionSpec } from '../../src/actions/runtime/main.js';
import { ModelshipError } from '../../src/core/errors.js';

async function runnerFiles() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-runner-'));
  const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary'), RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir };
  await writeFile(files.GITHUB_OUTPUT, '');
  await writeFile(files.GITHUB_STEP_SUMMARY, '');
  return { dir, env: files as NodeJS.ProcessEnv };
}

describe('runner protocol', () => {
  it('escapes data and properties as the runner unescapes them', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
    expect(workflowCommand('error', { file: 'modelship.yml', line: 3, col: 5, title: undefined }, 'bad: value')).toBe(
      '::error file=modelship.yml,line=3,col=5::bad: value',
    );
  });

  it('reads inputs the runner way: spaces to underscores, upper case, hyphens kept', () => {
    const r = createRunner({ 'INPUT_GITHUB-TOKEN': ' t ', INPUT_MY_INPUT: 'x' }, () => {});
    expect(r.getInput('github-token')).toBe('t');
    expect(r.getInput('my input')).toBe('x');
    expect(r.getInput('missing')).toBe('');
  });

  it('writes multi-line outputs as delimited blocks and refuses a value holding the delimiter', () => {
    expect(fileCommandBlock('report', 'a\nb', 'D')).toBe(`report<<D${os.EOL}a\nb${os.EOL}D${os.EOL}`);
    expect(() => fileCommandBlock('x', 'has D inside', 'D')).toThrow(/delimiter/);
  });
});

describe('runActionSpec', () => {
  it('writes outputs, summary and report, and masks the token', async () => {
    const { env } = await runnerFiles();
    const lines: string[] = [];
    env['INPUT_GITHUB-TOKEN'] = 'ghs_secret';
    await runActionSpec(
      {
        name: 'probe',
        async run(ctx) {
          ctx.setOutput('verdict', 'pass');
          ctx.summary('### hello');
          await ctx.writeReport('probe', { ok: true });
        },
      },
      env,
      createRunner(env, (l) => lines.push(l)),
    );
    const output = await readFile(env.GITHUB_OUTPUT!, 'utf8');
    expect(output).toMatch(/^verdict<<ghadelimiter_[0-9a-f-]+\npass\n/m);
    expect(output).toContain(path.join(env.RUNNER_TEMP!, 'modelship', 'probe.json'));
    expect(await readFile(env.GITHUB_STEP_SUMMARY!, 'utf8')).toBe('### hello\n');
    expect(lines).toContain('::add-mask::ghs_secret');
    expect(lines.join('\n')).not.toMatch(/::error/);
  });

  it('turns an error into one failure message with an annotation at its place, no stack', async () => {
    const { env } = await runnerFiles();
    const lines: string[] = [];
    const saved = process.exitCode;
    await runActionSpec(
      {
        name: 'probe',
        async run() {
          throw new ModelshipError('threshold must be a number', { location: { file: path.join(env.GITHUB_WORKSPACE!, 'modelship.yml'), line: 7, column: 3 } });
        },
      },
      env,
      createRunner(env, (l) => lines.push(l)),
    );
    expect(process.exitCode).toBe(1);
    process.exitCode = saved;
    expect(lines).toContain('::error file=modelship.yml,line=7,col=3::threshold must be a number');
    expect(lines.filter((l) => l.startsWith('::error::'))).toEqual([`::error::probe: modelship.yml:7:3: threshold must be a number`.replace('modelship.yml', path.join(env.GITHUB_WORKSPACE!, 'modelship.yml'))]);
    expect(lines.join('\n')).not.toMatch(/at .*\.ts:\d+/);
  });

  it('fails the step when the check fails', async () => {
    const { env } = await runnerFiles();
    const lines: string[] = [];
    const saved = process.exitCode;
    await runActionSpec({ name: 'gate', run: async () => ({ failed: 'gate quality failed: accuracy 0.81 < 0.9' }) }, env, createRunner(env, (l) => lines.push(l)));
    expect(process.exitCode).toBe(1);
    process.exitCode = saved;
    expect(lines).toContain('::error::gate quality failed: accuracy 0.81 < 0.9');
  });
});
