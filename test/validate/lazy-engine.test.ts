import { describe, expect, it, jest } from '@jest/globals';

// The artifact validator (archives, pickle VM, format readers) stands in as a module that cannot load: a run
// refused before there is anything to validate must not need it (start-up of `modelship validate` and the action).
jest.unstable_mockModule('../../src/validate/engine.js', () => {
  throw new Error('the validator was loaded');
});
const { runValidation } = await import('../../src/validate/run.js');

describe('runValidation', () => {
  it('refuses "nothing to validate" without loading the validator', async () => {
    await expect(runValidation({ paths: [], cwd: process.cwd() })).rejects.toThrow(/^nothing to validate: no files or folders given, and no modelship.yml here/);
  });

  it('loads the validator once there is something to validate', async () => {
    await expect(runValidation({ paths: ['model.onnx'], cwd: process.cwd() })).rejects.toThrow('the validator was loaded');
  });
});
