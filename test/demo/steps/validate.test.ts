import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runDemo } from '../../../src/demo/pipeline.js';
import { validateDemoStep } from '../../../src/demo/steps/validate.js';

describe('validate demo step', () => {
  it('passes the example model and refuses a malicious pickle', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-demo-validate-'));
    try {
      const report = await runDemo({ workDir: path.join(dir, 'w'), log: () => undefined, steps: [validateDemoStep] });
      expect(report.ok).toBe(true);
      expect(report.steps[0].summary).toMatch(/model\.onnx pass/);
      expect(report.steps[0].summary).toMatch(/refused \(pickle\//);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
