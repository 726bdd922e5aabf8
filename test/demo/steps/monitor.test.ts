import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../../src/core/config.js';
import { monitorDemoStep } from '../../../src/demo/steps/monitor.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-demo-monitor-'));
  await cp(path.resolve('examples/iris/data'), path.join(dir, 'project/data'), { recursive: true });
  await cp(path.resolve('examples/iris/models/iris-v2'), path.join(dir, 'project/models/iris-v2'), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('monitor demo step', () => {
  it('finds the shifted feature in live traffic and not the stable ones', async () => {
    const config = parseConfig('version: 1\nmodels:\n  iris: { path: models/iris-v2/model.onnx }\n', path.join(dir, 'project/modelship.yml'));
    const lines: string[] = [];
    const result = await monitorDemoStep.run({ projectDir: path.join(dir, 'project'), workDir: dir, config, log: (l) => lines.push(l) });
    expect(result.summary).toBe('petal_length shifted by 1.5 is found (KS, BH-adjusted); the stable features are not');
    expect(result.ok).toBe(true);
    expect(lines.join('\n')).toContain('traffic like the training data: drifted []; petal_length +1.5: drifted ["petal_length"]');
    expect(result.markdown).toMatch(/\| petal_length \+1\.5 \| petal_length \| ks \| [\d.]+ \| [\d.e+-]+ \| \*\*drift\*\* \|/);
    expect(result.markdown).toMatch(/\| petal_length \+1\.5 \| sepal_width \| ks \| [\d.]+ \| [\d.e+-]+ \| ok \|/);
  });
});
