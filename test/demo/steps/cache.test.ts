import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../../src/core/config.js';
import { cacheDemoStep } from '../../../src/demo/steps/cache.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-demo-cache-'));
  for (const v of ['iris-v1', 'iris-v2']) await cp(path.resolve(`examples/iris/models/${v}`), path.join(dir, `project/models/${v}`), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('cache demo step', () => {
  it('answers a repeat from the cache with the same bytes and drops the answers of a rolled-back version', async () => {
    const config = parseConfig('version: 1\nmodels:\n  iris: { path: models/iris-v2/model.onnx }\n', path.join(dir, 'project/modelship.yml'));
    const lines: string[] = [];
    const result = await cacheDemoStep.run({ projectDir: path.join(dir, 'project'), workDir: dir, config, log: (l) => lines.push(l) });
    expect(lines.join('\n')).toContain('v2.0.0: first answer miss, repeat hit (byte-identical); rollback to 1.0.0 dropped 1 answer(s); the same request then: miss from 1.0.0');
    expect(result.ok).toBe(true);
    expect(result.summary).toContain("dropped 2.0.0's answers (1)");
    expect(result.markdown).toContain('modelship_cache_lookups_total{model="iris",version="2.0.0",result="hit"} 1');
  });
});
