import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/core/config.js';
import { banditDemoStep } from '../../../src/demo/steps/bandit.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-demo-bandit-'));
  await cp(path.resolve('examples/iris'), path.join(dir, 'project'), { recursive: true, filter: (src) => !src.includes(`${path.sep}.modelship`) });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('bandit demo step', () => {
  it('promotes v2 of the example from feedback rewards, leaving the example modelship.yml as it was', async () => {
    const projectDir = path.join(dir, 'project');
    const before = await readFile(path.join(projectDir, 'modelship.yml'), 'utf8');
    const config = await loadConfig(path.join(projectDir, 'modelship.yml'));
    const lines: string[] = [];
    const result = await banditDemoStep.run({ projectDir, workDir: dir, config, log: (l) => lines.push(l) });
    expect(result.summary).toMatch(/^the bandit promoted 1\.1\.0 after \d+ rewards \(probability of being best (0\.9[5-9]\d|1\.000)\)$/);
    expect(result.ok).toBe(true);
    // Both arms answered while it learned (the floor), and the rewards are the answers of whole intervals.
    expect(lines.join('\n')).toMatch(/1\.0\.0: \d+ answers, 1\.1\.0: \d+ answers|1\.1\.0: \d+ answers, 1\.0\.0: \d+ answers/);
    expect(result.markdown).toMatch(/\| allocation after [^|]+ \| 1\.0\.0: \d+(\.\d+)?%, 1\.1\.0: \d+(\.\d+)?% \|/);
    expect(result.markdown).toContain('winner 1.1.0 by bound');
    expect(result.markdown).toMatch(/modelship_bandit_probability_best\{model="iris",version="1\.1\.0"\} (0\.9|1$)/m);
    expect(await readFile(path.join(projectDir, 'modelship.yml'), 'utf8')).toBe(before);
  });

  it('says what is missing when the configuration has no environments section', async () => {
    const projectDir = path.join(dir, 'bare');
    await cp(path.join(dir, 'project'), projectDir, { recursive: true });
    await writeFile(path.join(projectDir, 'modelship.yml'), 'version: 1\nmodels:\n  iris: { path: models/iris-v2/model.onnx }\n');
    const config = await loadConfig(path.join(projectDir, 'modelship.yml'));
    const result = await banditDemoStep.run({ projectDir, workDir: dir, config, log: () => {} });
    expect(result.ok).toBe(false);
    expect(result.summary).toMatch(/modelship\.yml has no environments: section/);
  });
});
