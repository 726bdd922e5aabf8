import { describe, expect, it, jest } from '@jest/globals';

// The optimiser's request module (and through it onnx and onnxruntime-web) stands in as a module that cannot
// load: a step without its required input must fail on that, before any of it loads.
jest.unstable_mockModule('../../src/optimize/request.js', () => {
  throw new Error('the optimiser was loaded');
});
const { optimizeAction } = await import('../../src/actions/optimize.js');
const { runActionSpec } = await import('../../src/actions/runtime/main.js');

describe('the optimize action without its `model` input', () => {
  it('fails on the missing input before the optimiser loads', async () => {
    let log = '';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((log += String(chunk)), true));
    const previous = process.exitCode;
    process.exitCode = undefined;
    try {
      await runActionSpec(optimizeAction, { GITHUB_WORKSPACE: process.cwd(), INPUT_COMMENT: 'false' });
    } finally {
      write.mockRestore();
    }
    const exitCode = process.exitCode;
    process.exitCode = previous;
    expect(exitCode).toBe(1);
    expect(log).toContain('::error::optimize: input "model" is required');
    expect(log).not.toContain('the optimiser was loaded');
  });
});
