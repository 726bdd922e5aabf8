import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/core/config.js';
import { capabilitiesOfCall, capabilitiesOfStep } from '../../src/score/detect/modelship-steps.js';
import { scoreRepository } from '../../src/score/evaluate.js';
import { usesMatches } from '../../src/score/evidence/workflow.js';
import { WorkingTree } from '../../src/score/repo/working-tree.js';
import type { ScoreReport } from '../../src/score/types.js';
import { makeRepo } from './support/repo.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function score(files: Record<string, string>): Promise<ScoreReport> {
  const repo = await makeRepo(files);
  cleanups.push(repo.cleanup);
  const loaded = await loadConfig(path.join(repo.root, 'modelship.yml'));
  return scoreRepository({ loaded, repo: new WorkingTree(repo.root) });
}

const step = (uses?: string, run?: string, w: Record<string, unknown> = {}) => ({ index: 0, uses, run, with: w, enabled: true, continueOnError: false, shell: 'bash', workingDirectory: '.', location: { file: 'x' } });
const GATES = `gates:
  quality:
    candidate: m.json
    checks:
      - { metric: acc, direction: higher, value: { min: 0.9 } }
`;
const SLICED = `      - { metric: recall, direction: higher, slices: [region] }\n`;
const FAIR = `      - { metric: recall, direction: higher, crossSlice: { feature: sex, maxGap: 0.05 } }\n`;
const config = (extra = '') => `version: 1\nmodels:\n  m: { path: m.onnx }\n${extra}`;
const workflow = (on: string, steps: string[]) => `on: ${on}\njobs:\n  j:\n    runs-on: x\n    steps:\n${steps.map((s) => `      - ${s}`).join('\n')}\n`;
function statusOf(report: ScoreReport, id: string) {
  return report.tests.find((t) => t.id === id)!;
}

describe('Modelship steps in workflows', () => {
  it('recognises actions, the umbrella action, the CLI and reusable workflows', () => {
    expect(capabilitiesOfStep(step('acme/modelship/actions/gate@v1'))).toEqual(['gate']);
    expect(capabilitiesOfStep(step('./actions/benchmark'))).toEqual(['benchmark']);
    expect(capabilitiesOfStep(step('acme/modelship@v1', undefined, { command: 'test-score' }))).toEqual(['test-score']);
    expect(capabilitiesOfStep(step(undefined, 'npx modelship gate quality && npx modelship rollback prod'))).toEqual(['gate', 'deploy', 'rollback']);
    expect(capabilitiesOfStep(step('acme/not-modelship/actions/gate@v1'))).toEqual([]);
    expect(capabilitiesOfStep(step('acme/modelship/actions/unknown@v1'))).toEqual([]);
    expect(capabilitiesOfCall({ id: 'c', uses: 'acme/modelship/.github/workflows/deploy.yml@v1', with: {}, needs: [], steps: [], active: true, location: { file: 'x' } })).toEqual(['deploy']);
  });

  it('matches `uses:` with or without a ref', () => {
    expect(usesMatches('actions/checkout', 'actions/checkout@v4')).toBe(true);
    expect(usesMatches('actions/checkout@v4', 'actions/checkout@v4')).toBe(true);
    expect(usesMatches('actions/checkout@v3', 'actions/checkout@v4')).toBe(false);
    expect(usesMatches('actions/check', 'actions/checkout@v4')).toBe(false);
  });
});

describe('what Modelship detects', () => {
  it('a gate in an active workflow earns infra-4; its slices model-6; its cross-slice gap model-7', async () => {
    const report = await score({
      'modelship.yml': config(GATES + SLICED + FAIR),
      '.github/workflows/ci.yml': workflow('pull_request', ['uses: acme/modelship/actions/gate@v1']),
    });
    for (const id of ['infra-4', 'model-6', 'model-7']) expect([id, statusOf(report, id).status]).toEqual([id, 'automated']);
    expect(statusOf(report, 'model-6').evidence[0].description).toMatch(/gate checks slices \(modelship\.yml:9\)/);
  });

  it('slices: [overall] alone is not a sliced gate', async () => {
    const report = await score({
      'modelship.yml': config(`${GATES}      - { metric: recall, direction: higher, slices: [overall] }\n`),
      '.github/workflows/ci.yml': workflow('push', ['run: npx modelship gate']),
    });
    expect(statusOf(report, 'infra-4').status).toBe('automated');
    expect(statusOf(report, 'model-6').status).toBe('missing');
  });

  it('a gate with no gates configured, or in a hand-started workflow without a deploy, earns nothing', async () => {
    const none = await score({ 'modelship.yml': config(), '.github/workflows/ci.yml': workflow('push', ['uses: acme/modelship/actions/gate@v1']) });
    expect(statusOf(none, 'infra-4').evidence[0]).toMatchObject({ credited: false, problem: 'no gates are configured in modelship.yml' });
    const manual = await score({ 'modelship.yml': config(GATES), '.github/workflows/ci.yml': workflow('workflow_dispatch', ['uses: acme/modelship/actions/gate@v1']) });
    expect(statusOf(manual, 'infra-4').status).toBe('missing');
  });

  it('validate alone says why it does not earn infra-4', async () => {
    const report = await score({ 'modelship.yml': config(), '.github/workflows/ci.yml': workflow('push', ['uses: acme/modelship/actions/validate@v1']) });
    expect(statusOf(report, 'infra-4').evidence[0]).toMatchObject({ kind: 'modelship-validate', credited: false });
    expect(statusOf(report, 'infra-4').evidence[0].problem).toMatch(/not its quality/);
  });

  it('a gate in the deploy workflow counts even when that workflow is started by hand', async () => {
    const report = await score({
      'modelship.yml': config(GATES),
      '.github/workflows/deploy.yml': workflow('workflow_dispatch', ['uses: acme/modelship/actions/gate@v1', 'uses: acme/modelship/actions/deploy@v1']),
    });
    expect(statusOf(report, 'infra-4').status).toBe('automated');
  });

  it('environment gates earn infra-4 when a workflow deploys', async () => {
    const report = await score({
      'modelship.yml': config(`${GATES}environments:\n  production:\n    gates: [quality]\n`),
      '.github/workflows/chatops.yml': workflow('issue_comment', ['uses: acme/modelship/actions/chatops@v1']),
    });
    expect(statusOf(report, 'infra-4').evidence[0]).toMatchObject({ kind: 'modelship-environment-gates', credited: true });
  });

  it('canary and rollback need a workflow that deploys', async () => {
    const env = `environments:\n  production:\n    strategy: { type: canary, steps: [{ weight: 10 }, { weight: 100 }], analysis: { gate: quality } }\n`;
    const without = await score({ 'modelship.yml': config(env) });
    expect(statusOf(without, 'infra-6').evidence[0]).toMatchObject({ credited: false, problem: expect.stringMatching(/no workflow deploys/) });
    expect(statusOf(without, 'infra-7').status).toBe('missing');
    const withDeploy = await score({ 'modelship.yml': config(env), '.github/workflows/deploy.yml': workflow('workflow_dispatch', ['run: npx modelship deploy production']) });
    expect(statusOf(withDeploy, 'infra-6').status).toBe('automated');
    expect(statusOf(withDeploy, 'infra-7').status).toBe('automated');
    expect(statusOf(withDeploy, 'infra-7').evidence[0].description).toMatch(/canary strategy with automatic rollback/);
  });

  it('direct deploys without any rollback path do not earn infra-7', async () => {
    const report = await score({ 'modelship.yml': config('environments:\n  production:\n    strategy: { type: direct }\n'), '.github/workflows/deploy.yml': workflow('push', ['uses: acme/modelship/actions/deploy@v1']) });
    expect(statusOf(report, 'infra-7').status).toBe('missing');
    expect(statusOf(report, 'infra-6').status).toBe('missing');
  });

  it('a benchmark in an active workflow earns monitor-6; in a hand-started one it does not', async () => {
    const active = await score({ 'modelship.yml': config(), '.github/workflows/b.yml': workflow('\n  schedule:\n    - cron: "0 1 * * 1"', ['uses: acme/modelship/actions/benchmark@v1']) });
    expect(statusOf(active, 'monitor-6').evidence[0]).toMatchObject({ credited: true, description: expect.stringMatching(/default regression rule/) });
    const manual = await score({ 'modelship.yml': config(), '.github/workflows/b.yml': workflow('workflow_dispatch', ['uses: acme/modelship/actions/benchmark@v1']) });
    expect(statusOf(manual, 'monitor-6').evidence[0]).toMatchObject({ credited: false });
  });

  it('Dependabot and Renovate earn monitor-1', async () => {
    const renovate = await score({ 'modelship.yml': config(), 'renovate.json': '{ "extends": ["config:recommended"] }' });
    expect(statusOf(renovate, 'monitor-1').evidence[0]).toMatchObject({ kind: 'renovate', credited: true });
  });

  it('auto-detection can be switched off, as a whole or per kind', async () => {
    const files = {
      '.github/workflows/ci.yml': workflow('push', ['uses: acme/modelship/actions/benchmark@v1', 'run: pytest']),
      '.github/dependabot.yml': 'version: 2\nupdates:\n  - { package-ecosystem: pip, directory: /, schedule: { interval: daily } }\n',
      'tests/test_a.py': 'def test_data_1_x():\n    pass\n',
    };
    const all = await score({ 'modelship.yml': config(), ...files });
    expect(all.tests.filter((t) => t.status === 'automated').map((t) => t.id)).toEqual(['data-1', 'monitor-1', 'monitor-6']);
    const off = await score({ 'modelship.yml': config('score:\n  autoDetect: false\n'), ...files });
    expect(off.tests.filter((t) => t.status === 'automated')).toEqual([]);
    const noTests = await score({ 'modelship.yml': config('score:\n  autoDetect: { tests: false }\n'), ...files });
    expect(noTests.tests.filter((t) => t.status === 'automated').map((t) => t.id)).toEqual(['monitor-1', 'monitor-6']);
  });

  it('tests evidence needs a runner for its language in an active workflow', async () => {
    const jsOnly = await score({
      'modelship.yml': config('score:\n  tests:\n    infra-2:\n      automated: { tests: { paths: [tests] } }\n'),
      'tests/test_model.py': 'def test_forward():\n    pass\n',
      '.github/workflows/ci.yml': workflow('push', ['run: npm test']),
    });
    expect(statusOf(jsOnly, 'infra-2').evidence[0].problem).toMatch(/no active workflow step runs a Python test runner/);
  });
});
