import { describe, expect, it, jest } from '@jest/globals';

// The drift statistics stand in as a module that cannot load: a step without its required inputs must fail on
// them, before the monitor's modules load.
jest.unstable_mockModule('../../src/monitor/drift.js', () => {
  throw new Error('the drift statistics were loaded');
});
const { monitorAction } = await import('../../src/actions/monitor.js');
const { runActionSpec } = await import('../../src/actions/runtime/main.js');

describe('the monitor action without its required inputs', () => {
  it('fails on the missing `model` before the drift statistics load', async () => {
    let log = '';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((log += String(chunk)), true));
    const previous = process.exitCode;
    process.exitCode = undefined;
    try {
      await runActionSpec(monitorAction, { GITHUB_WORKSPACE: process.cwd(), INPUT_COMMENT: 'false' });
    } finally {
      write.mockRestore();
    }
    const exitCode = process.exitCode;
    process.exitCode = previous;
    expect(exitCode).toBe(1);
    expect(log).toContain('::error::monitor: input "model" is required');
    expect(log).not.toContain('the drift statistics were loaded');
  });
});
