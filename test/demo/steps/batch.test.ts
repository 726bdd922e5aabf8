import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDemo } from '../../../src/demo/pipeline.js';
import { batchDemoStep } from '../../../src/demo/steps/batch.js';
import { DEMO_STEPS } from '../../../src/demo/steps/index.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/iris');

describe('batch demo step', () => {
  it('comes last, after the deploy story', () => {
    expect(DEMO_STEPS.map((s) => s.id).slice(-2)).toEqual(['rollback', 'batch']);
  });

  it('deploys v1 to a nightly batch environment, scores the example in 2 shards, merges, compares v2 and gates it — in the demo copy only', async () => {
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'modelship-batch-demo-'));
    try {
      const lines: string[] = [];
      const before = await readFile(path.join(EXAMPLE, 'modelship.yml'), 'utf8');
      const report = await runDemo({ exampleDir: EXAMPLE, workDir: path.join(workDir, 'w'), log: (l) => lines.push(l), steps: [batchDemoStep] });
      expect(report.steps.map((s) => [s.id, s.ok])).toEqual([['batch', true]]);
      expect(report.steps[0].summary).toMatch(/^1\.0\.0 live in nightly scored 150 of 150 rows in 2 shards \(merged\); 1\.1\.0 agrees on [\d.]+% of them: gate batch-agreement pass$/);
      const text = lines.join('\n');
      expect(text).toMatch(/shard 0\/2: \d+ rows scored with 1\.0\.0/);
      expect(text).toMatch(/shard 1\/2: \d+ rows scored with 1\.0\.0/);
      const shardRows = [...text.matchAll(/shard \d\/2: (\d+) rows/g)].map((m) => Number(m[1]));
      expect(shardRows.reduce((a, b) => a + b, 0)).toBe(150);
      expect(shardRows.every((n) => n > 0)).toBe(true);

      const project = path.join(workDir, 'w', 'project');
      const merged = JSON.parse(await readFile(path.join(project, '.modelship/batch-runs/nightly/manifest.json'), 'utf8'));
      expect(merged).toMatchObject({ kind: 'merged', version: '1.0.0', rows: 150, shard: { count: 2 }, environment: 'nightly' });
      const compare = JSON.parse(await readFile(path.join(project, '.modelship/batch-runs/compare.json'), 'utf8'));
      expect(compare).toMatchObject({ rows: 150, baseline: { version: '1.0.0', environment: 'nightly' }, candidate: { version: '1.1.0' } });
      const md = await readFile(report.reportPath, 'utf8');
      expect(md).toContain('batch-agreement');
      expect(md).toContain('```mermaid');
      // The demo's copy gained the environment; the example itself is untouched.
      expect(await readFile(path.join(project, 'modelship.yml'), 'utf8')).toContain('nightly:');
      expect(await readFile(path.join(EXAMPLE, 'modelship.yml'), 'utf8')).toBe(before);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }, 60_000);
});
