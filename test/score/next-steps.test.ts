import { describe, expect, it } from '@jest/globals';
import { compareReports, parseBaseReport } from '../../src/score/compare.js';
import { nextSteps } from '../../src/score/next-steps.js';
import { RUBRIC } from '../../src/score/rubric.js';
import type { TestResult, TestStatus } from '../../src/score/types.js';

function results(given: Record<string, TestStatus>, na: string[] = []): TestResult[] {
  return RUBRIC.map((r) => {
    const status = given[r.id] ?? 'missing';
    return { id: r.id, section: r.section, title: r.title, status, points: status === 'automated' ? 1 : status === 'manual' ? 0.5 : 0, applicable: !na.includes(r.id), effort: r.effort, evidence: [] };
  });
}

describe('next steps', () => {
  it('picks the cheapest open test of the weakest section, then repeats on the new scores', () => {
    const all = Object.fromEntries(RUBRIC.map((r) => [r.id, 'automated' as TestStatus]));
    // monitoring is weakest at 7 - 3 = 4 (monitor-3 effort 4, monitor-5 effort 2, monitor-7 effort 3 missing).
    const steps = nextSteps(results({ ...all, 'monitor-3': 'missing', 'monitor-5': 'missing', 'monitor-7': 'missing', 'data-2': 'manual' }), 'zero');
    // Step 1: monitor-5 (effort 2) -> monitoring 5, data 6.5: final 5.
    // Step 2: monitor-7 (effort 3) -> monitoring 6: final 6. Monitoring (6) is still below data (6.5).
    // Step 3: monitor-3 (effort 4, the only one left there) -> monitoring 7: final = data = 6.5.
    expect(steps.map((s) => s.test)).toEqual(['monitor-5', 'monitor-7', 'monitor-3']);
    expect(steps.map((s) => s.scoreAfter)).toEqual([5, 6, 6.5]);
    // Only now is data the weakest: a fourth step would be data-2.
    expect(nextSteps(results({ ...all, 'monitor-3': 'missing', 'monitor-5': 'missing', 'monitor-7': 'missing', 'data-2': 'manual' }), 'zero', 4)[3].test).toBe('data-2');
  });

  it('prefers a missing test over a manual one of equal effort, then rubric order', () => {
    const steps = nextSteps(results({ 'infra-4': 'manual' }), 'zero', 1);
    // infra = 0.5; data, model and monitoring tie at 0. Effort-1 candidates there: model-1, model-6, monitor-1, monitor-6;
    // all missing, so rubric order (data, model, infrastructure, monitoring) decides: model-1.
    expect(steps[0]).toMatchObject({ test: 'model-1', from: 'missing', effort: 1 });
  });

  it('never proposes a not-applicable test, and stops when nothing is left', () => {
    const all = Object.fromEntries(RUBRIC.map((r) => [r.id, 'automated' as TestStatus]));
    expect(nextSteps(results(all), 'zero')).toEqual([]);
    const steps = nextSteps(results({ ...all, 'data-5': 'missing', 'data-6': 'missing' }, ['data-5']), 'zero');
    expect(steps.map((s) => s.test)).toEqual(['data-6']);
  });
});

describe('comparison with a base report', () => {
  const head = { score: 2, band: '(1,2]', sections: { data: 2, model: 3, infrastructure: 2.5, monitoring: 2 }, tests: results({ 'data-1': 'automated', 'data-2': 'manual' }) };
  const base = { score: 1.5, band: '(1,2]', sections: { data: 1.5, model: 3, infrastructure: 2, monitoring: 2 }, tests: results({ 'data-1': 'manual' }) };

  it('lists the score, section and test changes', () => {
    const c = compareReports(head, base, 'main');
    expect(c).toMatchObject({ baseLabel: 'main', baseScore: 1.5, scoreDelta: 0.5, sectionDeltas: { data: 0.5, model: 0, infrastructure: 0.5, monitoring: 0 } });
    expect(c.changes).toEqual([
      { id: 'data-1', from: 'manual', to: 'automated', pointsDelta: 0.5 },
      { id: 'data-2', from: 'missing', to: 'manual', pointsDelta: 0.5 },
    ]);
  });

  it('reads a report written by `modelship score --format json` and refuses anything else', () => {
    expect(parseBaseReport(JSON.stringify(base), 'b.json').score).toBe(1.5);
    expect(() => parseBaseReport('{', 'b.json')).toThrow(/b\.json is not JSON/);
    expect(() => parseBaseReport(JSON.stringify({ score: 1 }), 'b.json')).toThrow(/not a report of `modelship score --format json`/);
    expect(() => parseBaseReport(JSON.stringify({ ...base, tests: [{ id: 'x' }] }), 'b.json')).toThrow(/tests\[\]\.\{id,status,points\}/);
  });
});
