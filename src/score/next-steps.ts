import { RUBRIC, RUBRIC_BY_ID, SECTIONS } from './rubric.js';
import { computeScore, type ScoredTest } from './scoring.js';
import type { NextStep, NotApplicablePolicy, TestResult, TestStatus } from './types.js';

const STATUS_RANK: Record<TestStatus, number> = { missing: 0, manual: 1, automated: 2 };

/**
 * The next `count` tests that raise the score most cheaply, chosen one at a time:
 * 1. only the section(s) holding the final score down are considered (raising any other section cannot
 *    raise the minimum);
 * 2. among their applicable tests not yet automated, the lowest effort (rubric data, 1-5) wins; ties go to
 *    a missing test before a manual one (it gains a full point), then to rubric order;
 * 3. the chosen test is counted as automated and the choice repeats on the new scores.
 */
export function nextSteps(tests: ReadonlyArray<TestResult>, policy: NotApplicablePolicy, count = 3): NextStep[] {
  const state = new Map<string, ScoredTest>(tests.map((t) => [t.id, { id: t.id, status: t.status, applicable: t.applicable }]));
  const steps: NextStep[] = [];
  for (let k = 0; k < count; k++) {
    const current = computeScore([...state.values()], policy);
    const open = (sections: readonly string[]) =>
      RUBRIC.filter((r) => sections.includes(r.section)).filter((r) => {
        const s = state.get(r.id);
        return s !== undefined && s.applicable && s.status !== 'automated';
      });
    let candidates = open(current.weakest);
    if (candidates.length === 0) candidates = open(SECTIONS);
    if (candidates.length === 0) break;
    candidates.sort(
      (a, b) =>
        a.effort - b.effort ||
        STATUS_RANK[state.get(a.id)!.status] - STATUS_RANK[state.get(b.id)!.status] ||
        SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) ||
        a.number - b.number,
    );
    const pick = candidates[0];
    const from = state.get(pick.id)!.status;
    state.set(pick.id, { id: pick.id, status: 'automated', applicable: true });
    const after = computeScore([...state.values()], policy);
    const rubric = RUBRIC_BY_ID.get(pick.id)!;
    steps.push({
      test: pick.id,
      section: pick.section,
      title: rubric.title,
      from,
      to: 'automated',
      effort: rubric.effort,
      scoreAfter: after.score,
      how: rubric.modelship ? `${rubric.how} ${rubric.modelship}` : rubric.how,
    });
  }
  return steps;
}
