import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { findExampleProject, runDemo } from '../../../src/demo/pipeline.js';
import { scoreDemoStep } from '../../../src/demo/steps/score.js';

const example = findExampleProject();

describe('the demo step', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('adds CI to a copy and shows the change against the first commit', async () => {
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'modelship-score-demo-'));
    dirs.push(workDir);
    const lines: string[] = [];
    const demo = await runDemo({ exampleDir: example, workDir, log: (l) => lines.push(l), steps: [scoreDemoStep] });
    expect(demo.ok).toBe(true);
    // With the workflow: infra-4, model-6, model-7 (gate with slices and a cross-slice gap), monitor-6 (benchmark)
    // and monitor-1 (Dependabot) become automated:
    // data = 0.5; model = 0.5 + 1 + 1 = 2.5; infrastructure = 0.5 + 1 = 1.5; monitoring = 1 + 1 = 2; final = 0.5.
    expect(demo.steps[0].summary).toMatch(/^ML Test Score 0 as checked in; 0\.5 \(band \(0,1\]\)/);
    expect(demo.steps[0].summary).toContain('infra-4 missing→automated');
    expect(demo.steps[0].summary).toContain('model-6 manual→automated');
    const markdown = await readFile(demo.reportPath, 'utf8');
    expect(markdown).toContain('**Change against HEAD:** 0 → 0.5 (+0.5)');
    expect(markdown).toContain('xychart-beta');
    expect(await readFile(path.join(workDir, 'ml-test-score.svg'), 'utf8')).toContain('0.5 / 7');
  });
});
