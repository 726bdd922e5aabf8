import { describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { runDemo } from '../../../src/demo/pipeline.js';
import { versionDemoStep } from '../../../src/demo/steps/version.js';

describe('version demo step', () => {
  it('versions the example through first release, retrain, card edit and a dropped output', async () => {
    const lines: string[] = [];
    const report = await runDemo({ log: (l) => lines.push(l), steps: [versionDemoStep] });
    try {
      expect(report.ok).toBe(true);
      expect(report.steps[0].summary).toContain('iris@v1.0.0, iris@v1.1.0, iris@v1.1.1, iris@v2, iris@v2.0.0');
      expect(lines.join('\n')).toContain('major: output "label" was removed');
    } finally {
      rmSync(report.workDir, { recursive: true, force: true });
    }
  }, 60_000);
});
