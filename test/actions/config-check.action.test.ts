import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../support/run-action.js';
import { webhookEvent } from '../support/events.js';

async function workspace(yml: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-cc-action-'));
  await writeFile(path.join(dir, 'modelship.yml'), yml);
  // The models' files must exist (a missing one is an error at its line); these tests are about the file itself.
  for (const model of ['model.onnx', 'b.onnx']) await writeFile(path.join(dir, model), '');
  return dir;
}

describe('config-check action (built bundle, as the runner runs it)', () => {
  it('passes a valid file: outputs, report and summary', async () => {
    const cwd = await workspace('version: 1\nmodels:\n  iris:\n    path: model.onnx\n  other:\n    path: b.onnx\n');
    const r = await runAction('config-check', { cwd, event: webhookEvent('push') });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ valid: 'true', models: 'iris,other' });
    expect(r.outputs.report).toMatch(/modelship[\\/]config-check\.json$/);
    expect(r.summary).toContain('| iris | `model.onnx` | detected |');
    expect(r.annotations).toEqual([]);
  });

  it('fails a broken file with one annotation per problem, on its line, and one clean message', async () => {
    const cwd = await workspace('version: 1\nmodels:\n  iris:\n    pth: model.onnx\n    format: onx\n');
    const r = await runAction('config-check', { cwd });
    expect(r.exitCode).toBe(1);
    const located = r.annotations.filter((a) => a.file === 'modelship.yml');
    expect(located).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'error', line: 3, message: expect.stringContaining('missing required key "path"') }),
        expect.objectContaining({ level: 'error', line: 4, col: 5, message: expect.stringContaining('unknown key "pth" in models.iris (did you mean "path"?)') }),
        expect.objectContaining({ level: 'error', line: 5, message: expect.stringContaining('expected one of "onnx"') }),
      ]),
    );
    const failure = r.annotations.filter((a) => a.file === undefined);
    expect(failure).toHaveLength(1);
    expect(failure[0].message).toMatch(/^config-check: .*modelship\.yml:3:3: missing required key "path"/);
    expect(failure[0].message.split('\n').filter((l) => /modelship\.yml:\d+:\d+: /.test(l))).toHaveLength(3);
    expect(r.stdout).not.toMatch(/\n\s+at /); // no stack trace without step debug
  });

  it('names a missing file and how to fix it', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'ms-cc-action-'));
    const r = await runAction('config-check', { cwd, inputs: { config: 'conf/modelship.yml' } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(/configuration file not found: .*conf[\\/]modelship\.yml/);
  });

  it('the umbrella action dispatches on `command` and refuses an unknown one with a suggestion', async () => {
    const cwd = await workspace('version: 1\nmodels:\n  iris:\n    path: model.onnx\n');
    const ok = await runAction('main', { cwd, inputs: { command: 'config-check' } });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs.valid).toBe('true');
    const bad = await runAction('main', { cwd, inputs: { command: 'config-chek' } });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.map((a) => a.message).join('\n')).toMatch(/input "command" is "config-chek".*\n?.*did you mean "config-check"\?/s);
  });
});
