import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/core/config.js';
import { scoreRepository } from '../../src/score/evaluate.js';
import { WorkingTree } from '../../src/score/repo/working-tree.js';
import type { ScoreReport, TestStatus } from '../../src/score/types.js';
import { automatedRepo, RESEARCH_REPO } from './support/fixtures.js';
import { makeRepo } from './support/repo.js';

async function score(root: string): Promise<ScoreReport> {
  const loaded = await loadConfig(`${root}/modelship.yml`);
  return scoreRepository({ loaded, repo: new WorkingTree(root) });
}

function statuses(report: ScoreReport): Record<string, TestStatus> {
  return Object.fromEntries(report.tests.map((t) => [t.id, t.status]));
}

describe('a bare research repository', () => {
  let repo: Awaited<ReturnType<typeof makeRepo>>;
  let report: ScoreReport;
  beforeAll(async () => {
    repo = await makeRepo(RESEARCH_REPO);
    report = await score(repo.root);
  });
  afterAll(() => repo.cleanup());

  it('scores 0: every section sums to 0 and the minimum of four zeros is 0', () => {
    // Hand computation: no workflow runs anything, no evidence is configured.
    // data = model = infrastructure = monitoring = 0 + 0 + 0 + 0 + 0 + 0 + 0 = 0; final = min(0, 0, 0, 0) = 0.
    expect(report.sections).toEqual({ data: 0, model: 0, infrastructure: 0, monitoring: 0 });
    expect(report.score).toBe(0);
    expect(report.band).toBe('0');
    expect(report.bandDescription).toMatch(/research project/);
    expect(report.tests.every((t) => t.status === 'missing' && t.points === 0)).toBe(true);
  });

  it('does not credit a test named for the rubric that no workflow runs', () => {
    const data1 = report.tests.find((t) => t.id === 'data-1')!;
    expect(data1.evidence).toHaveLength(1);
    expect(data1.evidence[0]).toMatchObject({ kind: 'named-tests', credited: false });
    expect(data1.evidence[0].problem).toMatch(/no active workflow step runs a Python test runner/);
  });

  it('names three next steps, all in a weakest section, cheapest first', () => {
    expect(report.weakestSections).toEqual(['data', 'model', 'infrastructure', 'monitoring']);
    expect(report.nextSteps).toHaveLength(3);
    expect(report.nextSteps.map((n) => n.effort)).toEqual([1, 1, 1]);
    // With four sections tied at 0, one step cannot raise the minimum.
    expect(report.nextSteps.map((n) => n.scoreAfter)).toEqual([0, 0, 0]);
  });
});

describe('a well-automated repository', () => {
  let repo: Awaited<ReturnType<typeof makeRepo>>;
  let report: ScoreReport;
  beforeAll(async () => {
    repo = await makeRepo(automatedRepo());
    report = await score(repo.root);
  });
  afterAll(() => repo.cleanup());

  it('gives each test the status a reading of the paper\'s rule gives', () => {
    expect(statuses(report)).toEqual({
      'data-1': 'automated', // test_data_1_* run by pytest in ci.yml
      'data-2': 'manual',
      'data-3': 'manual',
      'data-4': 'automated', // configured workflow step in ci.yml
      'data-5': 'manual', // 100 days old, within the 180-day default
      'data-6': 'missing', // its workflow only runs by hand (workflow_dispatch)
      'data-7': 'automated',
      'model-1': 'automated', // CODEOWNERS + the CI job on pull requests
      'model-2': 'missing',
      'model-3': 'manual',
      'model-4': 'manual',
      'model-5': 'automated', // test_model_5_* in tests/
      'model-6': 'automated', // detected: the gate in ci.yml checks slices
      'model-7': 'automated', // detected: the gate checks a cross-slice gap
      'infra-1': 'automated', // command exits 0
      'infra-2': 'automated', // pytest marker ml_test_score("infra-2")
      'infra-3': 'manual',
      'infra-4': 'automated', // detected: gate action before deploy
      'infra-5': 'missing',
      'infra-6': 'automated', // detected: production deploys with a canary
      'infra-7': 'automated', // detected: canary strategy (automatic rollback) + deploy workflow
      'monitor-1': 'automated', // detected: Dependabot
      'monitor-2': 'automated', // nightly schedule
      'monitor-3': 'missing',
      'monitor-4': 'manual', // its automated job has `if: false`; the manual review still counts
      'monitor-5': 'missing', // the only test is skipped
      'monitor-6': 'automated', // detected: benchmark action
      'monitor-7': 'manual',
    });
  });

  it('scores exactly as the hand computation of the 2017 rule', () => {
    // automated = 1, manual = 0.5, missing = 0; final = minimum of the section sums.
    const data = 1 + 0.5 + 0.5 + 1 + 0.5 + 0 + 1; // 4.5
    const model = 1 + 0 + 0.5 + 0.5 + 1 + 1 + 1; // 5
    const infrastructure = 1 + 1 + 0.5 + 1 + 0 + 1 + 1; // 5.5
    const monitoring = 1 + 1 + 0 + 0.5 + 0 + 1 + 0.5; // 4
    expect(report.sections).toEqual({ data, model, infrastructure, monitoring });
    expect(report.score).toBe(Math.min(data, model, infrastructure, monitoring));
    expect(report.score).toBe(4);
    expect(report.score).toBeGreaterThan(3);
    expect(report.band).toBe('(3,5]');
    expect(report.weakestSections).toEqual(['monitoring']);
    expect(report.passed).toBe(true); // minimum 3
  });

  it('says which evidence credited which test', () => {
    const byId = new Map(report.tests.map((t) => [t.id, t]));
    expect(byId.get('infra-4')!.evidence[0]).toMatchObject({ kind: 'modelship-gate', source: 'detected', credited: true });
    expect(byId.get('infra-4')!.evidence[0].description).toMatch(/ci\.yml job model/);
    expect(byId.get('model-6')!.evidence[0].description).toMatch(/slices \(modelship\.yml:\d+\)/);
    expect(byId.get('infra-6')!.evidence[0].description).toMatch(/canary strategy .*deploy\.yml/);
    expect(byId.get('monitor-1')!.evidence[0]).toMatchObject({ kind: 'dependabot', credited: true });
    expect(byId.get('monitor-6')!.evidence[0].description).toMatch(/regression rule at modelship\.yml:\d+/);
    expect(byId.get('model-1')!.evidence[0]).toMatchObject({ kind: 'workflow+config-file', source: 'configured', credited: true });
    const m4 = byId.get('monitor-4')!;
    expect(m4.evidence.map((e) => [e.level, e.credited])).toEqual([['manual', true], ['automated', false]]);
    expect(m4.evidence[1].problem).toMatch(/switched off with `if: false`/);
    const d6 = byId.get('data-6')!;
    expect(d6.evidence[0].problem).toMatch(/never runs by itself \(triggers that happen: workflow_dispatch\)/);
  });

  it('proposes the cheapest steps in the weakest section', () => {
    // monitoring = 4 holds the score down; its open tests: monitor-3 (effort 4), monitor-4 manual (2), monitor-5 (2), monitor-7 manual (3).
    expect(report.nextSteps[0]).toMatchObject({ test: 'monitor-5', from: 'missing', scoreAfter: 4.5 });
    expect(report.nextSteps[0].how).toMatch(/NaN/);
    // After monitor-5, monitoring (5) and data (4.5): data is now the weakest, data-6 (effort 3) is its only... cheapest open test.
    expect(report.nextSteps[1].section).toBe('data');
  });
});
