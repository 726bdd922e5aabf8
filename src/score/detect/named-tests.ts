import path from 'node:path';
import { RUBRIC_BY_ID } from '../rubric.js';
import { findTestRunner } from '../test-runners.js';
import type { FoundTest } from '../test-index.js';
import { detected, type Detected, type Detector } from './detector.js';

/**
 * Tests that say which rubric test they implement (`test_data_1_*`, `@pytest.mark.ml_test_score("model-6")`,
 * `it('[model-6] ...')`) credit that test when an active workflow runs their language's test runner.
 */
export const namedTestsDetector: Detector = {
  name: 'tests',
  async detect(ctx) {
    const index = await ctx.tests();
    const byId = new Map<string, FoundTest[]>();
    for (const t of index.tests) {
      for (const id of t.ids) {
        if (!RUBRIC_BY_ID.has(id)) continue;
        const list = byId.get(id);
        if (list) list.push(t);
        else byId.set(id, [t]);
      }
    }
    const out: Detected[] = [];
    for (const [id, tests] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
      const names = tests.slice(0, 3).map((t) => `${t.file}::${t.name}`).join(', ') + (tests.length > 3 ? ` and ${tests.length - 3} more` : '');
      const location = { file: path.join(ctx.repo.root, tests[0].file), line: tests[0].line };
      const runner = [...new Set(tests.map((t) => t.language))].map((l) => findTestRunner(ctx.workflows, l)).find((r) => r !== undefined);
      out.push(runner
        ? detected(id, 'named-tests', true, `${tests.length} test(s) for ${id}: ${names}; run by ${runner.workflow.file} job ${runner.job.id}`, { location })
        : detected(id, 'named-tests', false, `${tests.length} test(s) for ${id}: ${names}`, { location, problem: `no active workflow runs a ${tests[0].language} test runner` }));
    }
    return { detected: out, findings: [] };
  },
};
