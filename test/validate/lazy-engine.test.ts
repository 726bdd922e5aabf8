import { describe, expect, it, jest } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// The artifact validator (archives, pickle VM, format readers) stands in as a module that cannot load: a run
// refused before there is anything to validate must not need it (start-up of `modelship validate` and the action).
jest.unstable_mockModule('../../src/validate/engine.js', () => {
  throw new Error('the validator was loaded');
});
jest.unstable_mockModule('../../src/validate/sarif.js', () => {
  throw new Error('the SARIF renderer was loaded');
});
const { runValidation } = await import('../../src/validate/run.js');
const { validateAction } = await import('../../src/actions/validate.js');
const { runActionSpec } = await import('../../src/actions/runtime/main.js');

describe('runValidation', () => {
  it('refuses "nothing to validate" without loading the validator', async () => {
    await expect(runValidation({ paths: [], cwd: process.cwd() })).rejects.toThrow(/^nothing to validate: no files or folders given, and no modelship.yml here/);
  });

  it('loads the validator once there is something to validate', async () => {
    await expect(runValidation({ paths: ['model.onnx'], cwd: process.cwd() })).rejects.toThrow('the validator was loaded');
  });

  it('in the action, fails "nothing to validate" before the validator and the renderers load', async () => {
    let log = '';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((log += String(chunk)), true));
    const previous = process.exitCode;
    process.exitCode = undefined;
    try {
      await runActionSpec(validateAction, { GITHUB_WORKSPACE: await mkdtemp(path.join(os.tmpdir(), 'ms-validate-empty-')), INPUT_COMMENT: 'false' });
    } finally {
      write.mockRestore();
    }
    const exitCode = process.exitCode;
    process.exitCode = previous;
    expect(exitCode).toBe(1);
    expect(log).toContain('::error::validate: nothing to validate');
    expect(log).not.toMatch(/was loaded/);
  });
});
