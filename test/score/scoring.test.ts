import { describe, expect, it } from '@jest/globals';
import { bandFor, BAND_LABELS } from '../../src/score/bands.js';
import { RUBRIC, SECTIONS, TEST_IDS } from '../../src/score/rubric.js';
import { computeScore, pointsFor, type ScoredTest } from '../../src/score/scoring.js';
import type { TestStatus } from '../../src/score/types.js';

/** Every test missing except those given. */
function tests(given: Record<string, TestStatus | 'n/a'>): ScoredTest[] {
  return TEST_IDS.map((id) => {
    const g = given[id];
    return { id, status: g === undefined || g === 'n/a' ? 'missing' : g, applicable: g !== 'n/a' };
  });
}

describe('the rubric', () => {
  it('has 28 tests, 7 per section, with the paper\'s ids', () => {
    expect(RUBRIC).toHaveLength(28);
    for (const [section, prefix] of [['data', 'data'], ['model', 'model'], ['infrastructure', 'infra'], ['monitoring', 'monitor']] as const) {
      expect(RUBRIC.filter((t) => t.section === section).map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `${prefix}-${n}`));
    }
  });

  it('gives every test a title, a description, how to satisfy it and an effort from 1 to 5', () => {
    for (const t of RUBRIC) {
      expect(t.title).toMatch(/\.$/);
      expect(t.description.length).toBeGreaterThan(60);
      expect(t.how.length).toBeGreaterThan(30);
      expect(t.effort).toBeGreaterThanOrEqual(1);
      expect(t.effort).toBeLessThanOrEqual(5);
    }
    expect(new Set(RUBRIC.map((t) => t.title)).size).toBe(28);
  });
});

describe('the 2017 scoring rule', () => {
  it('awards 1 for automated, 0.5 for manual, 0 for missing (not the 2016 rule of 2 and 1)', () => {
    expect([pointsFor('automated'), pointsFor('manual'), pointsFor('missing')]).toEqual([1, 0.5, 0]);
  });

  it('sums each section and takes the minimum of the four sums', () => {
    const r = computeScore(tests({ 'data-1': 'automated', 'data-2': 'manual', 'model-1': 'automated', 'model-2': 'automated', 'infra-1': 'manual', 'infra-2': 'manual', 'infra-3': 'manual', 'monitor-1': 'automated', 'monitor-2': 'automated', 'monitor-3': 'automated' }), 'zero');
    // data 1 + 0.5 = 1.5; model 1 + 1 = 2; infra 0.5 × 3 = 1.5; monitoring 1 × 3 = 3; min = 1.5
    expect(r.sections.map((s) => s.score)).toEqual([1.5, 2, 1.5, 3]);
    expect(r.score).toBe(1.5);
    expect(r.weakest).toEqual(['data', 'infrastructure']);
    expect(r.band).toBe('(1,2]');
  });

  it('is 7 when every test is automated, and one missing test anywhere lowers it', () => {
    const all = Object.fromEntries(TEST_IDS.map((id) => [id, 'automated' as const]));
    expect(computeScore(tests(all), 'zero').score).toBe(7);
    expect(computeScore(tests({ ...all, 'monitor-3': 'missing' }), 'zero').score).toBe(6);
    expect(computeScore(tests({ ...all, 'monitor-3': 'manual' }), 'zero').score).toBe(6.5);
  });

  it('maps scores to Table V bands, intervals open on the left and closed on the right', () => {
    const cases: Array<[number, string]> = [[0, '0'], [0.5, '(0,1]'], [1, '(0,1]'], [1.5, '(1,2]'], [2, '(1,2]'], [2.5, '(2,3]'], [3, '(2,3]'], [3.5, '(3,5]'], [5, '(3,5]'], [5.5, '>5'], [7, '>5']];
    for (const [score, label] of cases) expect([score, bandFor(score).label]).toEqual([score, label]);
    expect(BAND_LABELS).toEqual(['0', '(0,1]', '(1,2]', '(2,3]', '(3,5]', '>5']);
    expect(bandFor(0).description).toBe('More of a research project than a productionized system.');
    expect(bandFor(6).description).toBe('Exceptional levels of automated testing and monitoring.');
  });
});

describe('not-applicable tests', () => {
  const given = { 'data-1': 'automated', 'data-2': 'automated', 'data-3': 'n/a', 'data-4': 'n/a', 'data-5': 'automated', 'model-1': 'automated', 'infra-1': 'automated', 'monitor-1': 'automated' } as const;

  it('count as zero under `zero` (the paper\'s teams)', () => {
    const r = computeScore(tests(given), 'zero');
    expect(r.sections[0]).toMatchObject({ score: 3, points: 3, applicable: 7 });
    expect(r.score).toBe(1);
  });

  it('are left out under `exclude` and the section is rescaled to 7', () => {
    const r = computeScore(tests(given), 'exclude');
    // data: 3 points over 5 applicable tests -> 3 × 7 / 5 = 4.2
    expect(r.sections[0]).toMatchObject({ score: 4.2, points: 3, applicable: 5, excluded: false });
    expect(r.score).toBe(1);
  });

  it('leave a section out of the minimum when none of its tests applies (exclude only)', () => {
    const noneApply = Object.fromEntries(RUBRIC.filter((t) => t.section === 'model').map((t) => [t.id, 'n/a' as const]));
    const r = computeScore(tests({ ...noneApply, 'data-1': 'automated', 'infra-1': 'automated', 'monitor-1': 'manual' }), 'exclude');
    expect(r.sections[1]).toMatchObject({ excluded: true, applicable: 0 });
    expect(r.score).toBe(0.5);
    expect(r.weakest).toEqual(['monitoring']);
    expect(computeScore(tests(noneApply), 'zero').sections[1].excluded).toBe(false);
  });

  it('gives 0 when every section is excluded', () => {
    const r = computeScore(tests(Object.fromEntries(TEST_IDS.map((id) => [id, 'n/a' as const]))), 'exclude');
    expect(r.score).toBe(0);
    expect(r.weakest).toEqual([]);
  });

  it('treats the sections in the fixed order data, model, infrastructure, monitoring', () => {
    expect(SECTIONS).toEqual(['data', 'model', 'infrastructure', 'monitoring']);
  });
});
