import { describe, expect, it, jest } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// Batch's request module (its configuration, model and routing readers) stands in as a module that cannot load:
// a step in a repository without modelship.yml must fail on that first.
jest.unstable_mockModule('../../src/batch/request.js', () => {
  throw new Error('the batch modules were loaded');
});
const { batchAction } = await import('../../src/actions/batch.js');
const { runActionSpec } = await import('../../src/actions/runtime/main.js');

describe('the batch action without a configuration', () => {
  it('fails on the missing modelship.yml before batch loads', async () => {
    let log = '';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((log += String(chunk)), true));
    const previous = process.exitCode;
    process.exitCode = undefined;
    try {
      await runActionSpec(batchAction, { GITHUB_WORKSPACE: await mkdtemp(path.join(os.tmpdir(), 'ms-batch-empty-')), INPUT_COMMENT: 'false' });
    } finally {
      write.mockRestore();
    }
    const exitCode = process.exitCode;
    process.exitCode = previous;
    expect(exitCode).toBe(1);
    expect(log).toContain('::error::batch: configuration file not found');
    expect(log).not.toContain('the batch modules were loaded');
  });
});
