import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDemo } from '../../../src/demo/pipeline.js';
import { gateDemoSteps } from '../../../src/demo/steps/gate.js';

describe('gate demo steps', () => {
  it('v2 passes and the degraded model is refused as an expected failure', async () => {
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'modelship-gate-demo-'));
    try {
      const lines: string[] = [];
      const report = await runDemo({
        exampleDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/iris'),
        workDir: path.join(workDir, 'w'),
        log: (l) => lines.push(l),
        steps: gateDemoSteps,
      });
      expect(report.steps.map((s) => [s.id, s.ok, s.expectedFailure])).toEqual([
        ['gate', true, false],
        ['gate-degraded', true, true],
      ]);
      expect(report.steps[1].summary).toMatch(/refused as expected/);
      expect(lines.join('\n')).toMatch(/verdict pass/);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
