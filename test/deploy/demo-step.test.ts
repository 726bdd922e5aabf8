import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/core/config.js';
import { deployDemoStep } from '../../src/deploy/demo-step.js';
import { DEMO_STEPS } from '../../src/demo/steps.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris');
let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'modelship-deploy-demo-'));
  await cp(EXAMPLE, path.join(workDir, 'project'), { recursive: true });
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('deploy demo step', () => {
  it('comes after the version step in the demo pipeline', () => {
    const ids = DEMO_STEPS.map((s) => s.id);
    expect(ids).toContain('deploy');
    expect(ids.indexOf('deploy')).toBeGreaterThan(ids.indexOf('version'));
  });

  it('deploys v1, canaries v2, promotes it and rolls production back, all inside the demo folder', async () => {
    const projectDir = path.join(workDir, 'project');
    const lines: string[] = [];
    const result = await deployDemoStep.run({ projectDir, workDir, config: await loadConfig(path.join(projectDir, 'modelship.yml')), log: (l) => lines.push(l) });
    expect(result.ok).toBe(true);
    expect(result.summary).toMatch(/production rolled back to 1\.0\.0/);
    expect(result.markdown).toMatch(/set-weight 10%/);
    const prod = JSON.parse(await readFile(path.join(projectDir, '.modelship/repository/production/iris/routing.json'), 'utf8'));
    expect(prod).toMatchObject({ stable: '1.0.0', weights: { '1.0.0': 100 } });
    const staging = JSON.parse(await readFile(path.join(projectDir, '.modelship/repository/staging/iris/routing.json'), 'utf8'));
    expect(staging).toMatchObject({ stable: '1.1.0', previous: '1.0.0' });
    expect(lines.join('\n')).toMatch(/rolled-back: production rolled back to iris 1\.0\.0 \(was 1\.1\.0\)/);
  }, 60_000);
});

describe('live baselines from the deployment state', () => {
  it('gives the gate the metrics of the version live in an environment, and nothing where nothing is live', async () => {
    const { liveBaselinesFromState } = await import('../../src/deploy/live-baseline.js');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-live-'));
    try {
      await cp(EXAMPLE, dir, { recursive: true });
      const loaded = await loadConfig(path.join(dir, 'modelship.yml'));
      const { deploy } = await import('../../src/deploy/engine.js');
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
