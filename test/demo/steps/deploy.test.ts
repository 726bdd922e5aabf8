import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../../src/core/config.js';
import { canaryDemoStep, degradedCanaryDemoStep, deployDemoStep, promoteDemoStep, rollbackDemoStep } from '../../../src/demo/steps/deploy.js';
import type { DemoContext, DemoStepResult } from '../../../src/demo/step.js';
import { DEMO_STEPS } from '../../../src/demo/steps/index.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/iris');
let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'modelship-deploy-demo-'));
  await cp(EXAMPLE, path.join(workDir, 'project'), { recursive: true });
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('deploy demo steps', () => {
  it('come after the version step, in the order of the story', () => {
    const ids = DEMO_STEPS.map((s) => s.id);
    expect(ids.indexOf('deploy')).toBeGreaterThan(ids.indexOf('version'));
    expect(ids.slice(ids.indexOf('deploy'))).toEqual(['deploy', 'serve', 'canary', 'graph', 'canary-degraded', 'promote', 'rollback', 'batch']);
  });

  it('deploy v1, canary v2 under live traffic, abort a broken canary, promote and roll back while serving — all inside the demo folder', async () => {
    const projectDir = path.join(workDir, 'project');
    const lines: string[] = [];
    const ctx: DemoContext = { projectDir, workDir, config: await loadConfig(path.join(projectDir, 'modelship.yml')), log: (l) => lines.push(l) };
    const routing = async (env: string) => JSON.parse(await readFile(path.join(projectDir, `.modelship/repository/${env}/iris/routing.json`), 'utf8'));
    const results: Record<string, DemoStepResult> = {};
    for (const step of [deployDemoStep, canaryDemoStep, degradedCanaryDemoStep, promoteDemoStep, rollbackDemoStep]) {
      results[step.id] = await step.run(ctx);
      const r = results[step.id];
      expect(`${step.id}: ${r.ok ? 'ok' : `FAILED: ${r.summary}`}`).toBe(`${step.id}: ok`);
    }

    expect(results.deploy.summary).toBe('1.0.0 is live in staging and production');

    // The canary: three steps at their weights, each judged from what the server counted, none failed.
    const canary = results.canary.markdown!;
    const rows = [...canary.matchAll(/^\| (\d) \| (\d+)% \| (\d+) in [\d.]+ s \| (\d+|—) \/ (\d+) \| ([\d.]+)% \|.*\| ✅ pass \| ✅ \| ✅ successful \|$/gm)];
    expect(rows.map((r) => [r[1], r[2]])).toEqual([['1', '10'], ['2', '50'], ['3', '100']]);
    for (const r of rows) {
      const [weight, routed, candidate, share] = [Number(r[2]), Number(r[3]), Number(r[5]), Number(r[6])];
      expect(routed).toBeGreaterThanOrEqual(200);
      expect(candidate).toBeGreaterThanOrEqual(30);
      expect(Math.abs(share - weight)).toBeLessThanOrEqual(15);
    }
    expect(Number(rows[0][4])).toBeGreaterThan(0); // the stable served its 90 % at the first step
    expect(rows[2][4]).toBe('—'); // and nothing at 100 %
    expect(canary).toMatch(/```mermaid\nxychart-beta\n {2}title "1\.1\.0 share of live traffic per canary step"\n {2}x-axis \["1: 10%", "2: 50%", "3: 100%"\]/);
    expect(canary).toMatch(/line \[10, 50, 100\]/);
    expect(canary).toMatch(/The client: (\d+) requests sent, \1 answered 200 \(\d+ by 1\.0\.0, \d+ by 1\.1\.0\), \*\*0 failed\*\*/);
    expect(lines.join('\n')).toMatch(/step 1 \(10%\): \d+ requests in [\d.]+ s, 1\.1\.0 [\d.]+%.* → successful/);

    // The broken re-export: failed at its first step on the error rate, reverted, staging kept 1.1.0.
    const degraded = results['canary-degraded'];
    expect(degraded.expectedFailure).toBe(true);
    expect(degraded.summary).toMatch(/^1\.2\.0 aborted at 10% \(live-canary: error_rate is 1, above the maximum 0\.05\); staging left on 1\.1\.0, which answered all \d+ requests after the revert$/);
    expect(degraded.markdown).toMatch(/\| 1 \| 10% \| \d+ in [\d.]+ s \| \d+ \/ \d+ \| [\d.]+% \| 0\.0% \/ 100\.0% \|.*\| ❌ fail \| ✅ \| ❌ failed \|/);
    expect(degraded.markdown).toMatch(/\| revert \| reverted \| routing restored: 1\.1\.0=100% \|/);
    expect(degraded.markdown).toMatch(/\| after the automatic rollback \| [\d.]+ s \| (\d+) \| \1 \| 0 \| 1\.1\.0: \1 \|/);
    expect(await routing('staging')).toMatchObject({ stable: '1.1.0', previous: '1.0.0', weights: { '1.1.0': 100 } });

    // Promotion and rollback, each observed through the production server with no failed request.
    expect(results.promote.summary).toMatch(/^production switched from 1\.0\.0 to 1\.1\.0 while serving: \d+ requests, 0 failed; after the blue-green switch every answer came from 1\.1\.0$/);
    expect(results.promote.markdown).toMatch(/\| before \(1\.0\.0 live\) \| [\d.]+ s \| (\d+) \| \1 \| 0 \| 1\.0\.0: \1 \|/);
    expect(results.promote.markdown).toMatch(/\| after \(1\.1\.0 live\) \| [\d.]+ s \| (\d+) \| \1 \| 0 \| 1\.1\.0: \1 \|/);
    expect(results.rollback.summary).toMatch(/^production switched from 1\.1\.0 to 1\.0\.0 while serving: \d+ requests, 0 failed; after the rollback every answer came from 1\.0\.0$/);
    expect(results.rollback.markdown).toMatch(/\| production \| 1\.0\.0 \| 1\.1\.0 \|/);
    expect(await routing('production')).toMatchObject({ stable: '1.0.0', weights: { '1.0.0': 100 } });
    expect(lines.join('\n')).toMatch(/rolled-back: production rolled back to iris 1\.0\.0 \(was 1\.1\.0\)/);
  }, 120_000);
});

describe('each deploy demo step sets up what it needs', () => {
  it('runs the broken canary and the rollback even when the canary and promote steps did not run (a slow machine failed them)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-deploy-demo-alone-'));
    try {
      const projectDir = path.join(dir, 'project');
      await cp(EXAMPLE, projectDir, { recursive: true });
      const lines: string[] = [];
      const ctx: DemoContext = { projectDir, workDir: dir, config: await loadConfig(path.join(projectDir, 'modelship.yml')), log: (l) => lines.push(l) };
      for (const step of [deployDemoStep, degradedCanaryDemoStep, rollbackDemoStep]) {
        const r = await step.run(ctx);
        expect(`${step.id}: ${r.ok ? 'ok' : `FAILED: ${r.summary}`}`).toBe(`${step.id}: ok`);
        if (step === degradedCanaryDemoStep) expect(r.markdown).toMatch(/_set-up: staging served 1\.0\.0 after the earlier steps, so this step deployed 1\.1\.0 there first, without live traffic\._/);
        if (step === rollbackDemoStep) expect(r.markdown).toMatch(/set-up: production served 1\.0\.0 after the earlier steps, so this step promoted 1\.1\.0 there first/);
      }
      expect(lines.join('\n')).toMatch(/set-up: staging served 1\.0\.0/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('live baselines from the deployment state', () => {
  it('gives the gate the metrics of the version live in an environment, and nothing where nothing is live', async () => {
    const { liveBaselinesFromState } = await import('../../../src/deploy/live-baseline.js');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-live-'));
    try {
      await cp(EXAMPLE, dir, { recursive: true });
      const loaded = await loadConfig(path.join(dir, 'modelship.yml'));
      const { deploy } = await import('../../../src/deploy/engine.js');
      await deploy(loaded, { environment: 'staging', version: '1.0.0', artifact: 'models/iris-v1/model.onnx' }, { analysis: { analyze: async () => ({ phase: 'successful', reasons: [] }) } });
      const live = liveBaselinesFromState(loaded);
      const metrics = await live.metricsForLiveVersion('staging', 'iris');
      const expected = JSON.parse(await readFile(path.join(dir, 'models/iris-v1/metrics.json'), 'utf8')).accuracy;
      expect(metrics?.keys()).toContain('accuracy');
      expect(JSON.stringify(metrics?.get('accuracy'))).toContain(String(expected));
      expect(await live.metricsForLiveVersion('production', 'iris')).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
