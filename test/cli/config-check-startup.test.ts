import { describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// The gate engine and its metric sources stand in as a module that cannot load: `config check` reads the gate
// rules without them (they cost it a third of its start-up).
jest.unstable_mockModule('../../src/gate/run.js', () => {
  throw new Error('the gate engine was loaded');
});
const { cli } = await import('../support/cli.js');

describe('config check', () => {
  it('reports a broken gate rule at its line without loading the gate engine', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-config-startup-'));
    await writeFile(path.join(dir, 'model.onnx'), '');
    await writeFile(
      path.join(dir, 'modelship.yml'),
      'version: 1\nmodels:\n  iris: { path: model.onnx }\ngates:\n  quality:\n    model: iris\n    candidate: metrics.json\n    checks:\n      - { metric: accuracy, direction: higher, value: { min: 0.9, max: 0.8 } }\n',
    );
    const result = await cli(['config', 'check'], { cwd: dir });
    expect(result.stderr).not.toContain('the gate engine was loaded');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${path.join(dir, 'modelship.yml')}:9:`);
    expect(result.stderr).toContain('value.min 0.9 is above value.max 0.8: no value can pass');
  });
});
