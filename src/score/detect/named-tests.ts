import path from 'node:path';
import { creditProof, excludedNote, runTests } from '../evidence/tests.js';
import { RUBRIC_BY_ID } from '../rubric.js';
import type { ExcludedTest, FoundTest } from '../test-index.js';
import { detected, type Detected, type Detector } from './detector.js';

/**
 * Tests that say which rubric test they implement (`test_data_1_*`, `@pytest.mark.ml_test_score("model-6")`,
 * `it('[model-6] ...')`) credit that test when an active workflow step runs a runner that collects one of
 * them and does not skip it. Skipped or uncollected ones are listed as evidence that earns nothing.
 */
export const namedTestsDetector: Detector = {
  name: 'tests',
  async detect(ctx) {
    const index = await ctx.tests();
    const byId = new Map<string, { tests: FoundTest[]; excluded: ExcludedTest[] }>();
    const entry = (id: string) => {
      let e = byId.get(id);
      if (!e) byId.set(id, (e = { tests: [], excluded: [] }));
      return e;
    };
    for (const t of index.tests) for (const id of t.ids) if (RUBRIC_BY_ID.has(id)) entry(id).tests.push(t);
    for (const t of index.excluded) for (const id of t.ids) if (RUBRIC_BY_ID.has(id)) entry(id).excluded.push(t);
    const out: Detected[] = [];
    for (const [id, { tests, excluded }] of [...byId].sort(([a], [b]) => a.localeCompare(b))) {
      if (tests.length === 0) {
        const t = excluded[0];
        out.push(detected(id, 'named-tests', false, `${excluded.length} test(s) for ${id} that never run`, { location: { file: path.join(ctx.repo.root, t.file), line: t.line }, problem: excludedNote(excluded).replace(/^; /, '') }));
        continue;
      }
      const names = tests.slice(0, 3).map((t) => `${t.file}::${t.name}`).join(', ') + (tests.length > 3 ? ` and ${tests.length - 3} more` : '');
      const ran = await runTests(ctx, tests);
      if ('problem' in ran) {
        out.push(detected(id, 'named-tests', false, `${tests.length} test(s) for ${id}: ${names}`, { location: { file: path.join(ctx.repo.root, tests[0].file), line: tests[0].line }, problem: ran.problem }));
      } else {
        out.push(detected(id, 'named-tests', true, `${tests.length} test(s) for ${id}: ${names}; ${ran.test.file}::${ran.test.name} run by ${ran.runner.step.workflow.file} job ${ran.runner.step.job.id}`, {
          location: { file: path.join(ctx.repo.root, ran.test.file), line: ran.test.line },
          proof: creditProof(ran.test, ran.runner),
        }));
      }
    }
    return { detected: out, findings: [] };
  },
};
