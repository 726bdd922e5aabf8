import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { parseConfig } from '../../src/core/config.js';
import { serveDemoStep } from '../../src/serve/demo-step.js';
import { addVersion, IRIS_V1, IRIS_V2, tempRepository, writeRouting } from './support/repository.js';

let repo: Awaited<ReturnType<typeof tempRepository>>;
beforeAll(async () => {
  repo = await tempRepository();
  const root = path.join(repo.root, 'repo/staging');
  await addVersion(root, 'iris', '1.0.0', IRIS_V1);
  await addVersion(root, 'iris', '1.1.0', IRIS_V2);
  await writeRouting(root, 'iris', { generation: 2, stable: '1.0.0', candidate: '1.1.0', weights: { '1.0.0': 50, '1.1.0': 50 }, strategy: 'canary' });
});
afterAll(() => repo.cleanup());

describe('serve demo step', () => {
  it('serves staging and reports the split by version from /metrics', async () => {
    const config = parseConfig('version: 1\nmodels:\n  iris: { path: m.onnx }\nenvironments:\n  staging:\n    provider: { type: local, root: repo/staging }\n', path.join(repo.root, 'modelship.yml'));
    const lines: string[] = [];
    const result = await serveDemoStep.run({ projectDir: repo.root, workDir: repo.root, config, log: (l) => lines.push(l) });
    expect(result.ok).toBe(true);
    expect(result.summary).toMatch(/iris served from 1.0.0, 1.1.0 \(stable 1.0.0\); 220 requests, all answered 200/);
    expect(result.markdown).toMatch(/\| 1.0.0 \| 200: \d+ \|/);
    expect(result.markdown).toMatch(/\| 1.1.0 \| 200: \d+ \|/);
  });
});
