import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/core/config.js';
import { findExampleProject } from '../../src/demo/pipeline.js';
import { scoreRepository } from '../../src/score/evaluate.js';
import { WorkingTree } from '../../src/score/repo/working-tree.js';

const example = findExampleProject();

describe('the example project (examples/iris)', () => {
  it('scores exactly as the hand computation', async () => {
    const loaded = await loadConfig(path.join(example, 'modelship.yml'));
    const report = await scoreRepository({ loaded, repo: new WorkingTree(example) });
    // Evidence: four reviewed documents (0.5 each), no CI in the example itself.
    // data = data-1 0.5                          = 0.5
    // model = model-5 0.5 + model-6 0.5          = 1
    // infrastructure = infra-1 0.5               = 0.5
    // monitoring = nothing                       = 0
    // final = min(0.5, 1, 0.5, 0) = 0 -> band "0"
    expect(report.sections).toEqual({ data: 0.5, model: 0.5 + 0.5, infrastructure: 0.5, monitoring: 0 });
    expect(report.score).toBe(0);
    expect(report.band).toBe('0');
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.tests.filter((t) => t.status === 'manual').map((t) => t.id)).toEqual(['data-1', 'model-5', 'model-6', 'infra-1']);
  });
});
