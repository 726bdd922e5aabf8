import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { parseConfig } from '../../../src/core/config.js';
import { serveDemoStep } from '../../../src/demo/steps/serve.js';
import { addVersion, IRIS_V1, IRIS_V2, tempRepository, writeRouting } from '../../serve/support/repository.js';

let repo: Awaited<ReturnType<typeof tempRepository>>;
const CONFIG = 'version: 1\nmodels:\n  iris: { path: m.onnx }\nenvironments:\n  staging:\n    provider: { type: local, root: repo/staging }\n';
beforeAll(async () => {
  repo = await tempRepository();
  const root = path.join(repo.root, 'repo/staging');
  await addVersion(root, 'iris', '1.0.0', IRIS_V1);
  await addVersion(root, 'iris', '1.1.0', IRIS_V2);
  await writeRouting(root, 'iris', { generation: 2, stable: '1.0.0', candidate: '1.1.0', weights: { '1.0.0': 50, '1.1.0': 50 }, strategy: 'canary' });
});
afterAll(() => repo.cleanup());

describe('serve demo step', () => {
  it('serves staging over OIP v2 and reports per-version figures read back from /metrics', async () => {
    const config = parseConfig(CONFIG, path.join(repo.root, 'modelship.yml'));
    const lines: string[] = [];
    const result = await serveDemoStep.run({ projectDir: repo.root, workDir: repo.root, config, log: (l) => lines.push(l) });
    expect(result.ok).toBe(true);
    expect(result.summary).toMatch(/^iris served from (1\.0\.0, 1\.1\.0|1\.1\.0, 1\.0\.0) \(ready 200\); 201 requests, all answered 200$/);
    const narration = lines.join('\n');
    expect(narration).toMatch(/ready 200; iris versions \["1\.0\.0","1\.1\.0"\], input features FP32 \[-1,4\]/);
    expect(narration).toMatch(/POST \/v2\/models\/iris\/infer → 200 from 1\.(0|1)\.0: probabilities \[[\d.,]+\], label \[\d\]/);
    // Both versions served their share of the 50/50 split, with no error, and the table adds up to 201.
    const rows = [...result.markdown!.matchAll(/^\| (1\.[01]\.0) \| (\d+) \| (\d+) \| ([\d.]+) \| ([\d.]+) \|$/gm)];
    expect(rows.map((r) => r[1]).sort()).toEqual(['1.0.0', '1.1.0']);
    expect(rows.reduce((s, r) => s + Number(r[2]), 0)).toBe(201);
    for (const r of rows) {
      expect(Number(r[2])).toBeGreaterThan(50);
      expect(r[3]).toBe('0');
      expect(Number(r[5])).toBeGreaterThanOrEqual(Number(r[4]));
    }
    expect(result.markdown).toMatch(/modelship_requests_total\{model="iris",version="1\.1\.0",code="200"\} \d+/);
  });

  it('fails, saying why, when the environment has no model to serve', async () => {
    const config = parseConfig(CONFIG.replace('repo/staging', 'repo/empty'), path.join(repo.root, 'modelship.yml'));
    const result = await serveDemoStep.run({ projectDir: repo.root, workDir: repo.root, config, log: () => {} });
    expect(result.ok).toBe(false);
    expect(result.summary).toBe(`no model in ${path.join(repo.root, 'repo/empty')}`);
  });
});
