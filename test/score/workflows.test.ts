import { afterEach, describe, expect, it } from '@jest/globals';
import { WorkingTree } from '../../src/score/repo/working-tree.js';
import { indexWorkflows, isNeverTrue, parseWorkflow, runnableSteps } from '../../src/score/workflows.js';
import { makeRepo } from './support/repo.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function index(files: Record<string, string>) {
  const repo = await makeRepo(files);
  cleanups.push(repo.cleanup);
  return indexWorkflows(new WorkingTree(repo.root));
}

const job = (steps = '      - run: pytest') => `jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${steps}\n`;

describe('workflow triggers', () => {
  it.each([
    ['on: push', true],
    ['on: [push, workflow_dispatch]', true],
    ['on:\n  pull_request:\n    branches: [main]', true],
    ['on: merge_group', true],
    ['on: pull_request_target', true],
    ['on:\n  schedule:\n    - cron: "0 3 * * *"', true],
    ['on: workflow_dispatch', false],
    ['on: [issue_comment, release]', false],
    ['on:\n  schedule: []', false],
  ])('%s -> repeating %s', (on, repeating) => {
    const { workflow } = parseWorkflow('.github/workflows/x.yml', `${on}\n${job()}`, '/r/x.yml');
    expect(workflow?.repeating).toBe(repeating);
  });

  it('notes a schedule without a cron entry', () => {
    const { findings } = parseWorkflow('.github/workflows/x.yml', `on:\n  schedule: []\n${job()}`, '/r/x.yml');
    expect(findings[0]).toMatchObject({ code: 'workflow-trigger', location: { line: 2 } });
  });
});

describe('what can run', () => {
  it.each([[false, true], ['false', true], ['${{ false }}', true], [' ${{false}} ', true], ['github.ref == \'refs/heads/main\'', false], [true, false], [undefined, false]])('if: %p never true: %p', (value, never) => {
    expect(isNeverTrue(value)).toBe(never);
  });

  it('keeps steps of jobs that run, drops `if: false` jobs and steps and jobs that need them', async () => {
    const idx = await index({
      '.github/workflows/ci.yml': `on: push
jobs:
  a:
    runs-on: x
    steps:
      - run: pytest
      - run: echo off
        if: false
  off:
    if: \${{ false }}
    runs-on: x
    steps:
      - run: python check_off.py
  after:
    needs: [off]
    runs-on: x
    steps:
      - run: python check_after.py
  cleanup:
    needs: off
    if: always()
    runs-on: x
    steps:
      - run: python cleanup.py
`,
    });
    expect(idx.activeSteps.map((s) => s.step.run)).toEqual(['pytest', 'python cleanup.py']);
    const jobs = new Map(idx.workflows[0].jobs.map((j) => [j.id, j]));
    expect(jobs.get('off')!.inactiveReason).toMatch(/switched off with `if: \$\{\{ false \}\}`/);
    expect(jobs.get('after')!.inactiveReason).toBe('job after needs off, which never runs');
    expect(jobs.get('a')!.steps[1]).toMatchObject({ enabled: false, location: { line: 7 } });
  });

  it('credits a reusable workflow only when an active job calls it', async () => {
    const idx = await index({
      '.github/workflows/ci.yml': 'on: pull_request\njobs:\n  call:\n    uses: ./.github/workflows/checks.yml\n',
      '.github/workflows/checks.yml': `on: workflow_call\n${job('      - run: python -m pytest')}`,
      '.github/workflows/orphan.yml': `on: workflow_call\n${job('      - run: python orphan.py')}`,
    });
    expect(idx.activeSteps.map((s) => `${s.workflow.file}:${s.step.run}`)).toEqual(['.github/workflows/checks.yml:python -m pytest']);
    expect(idx.workflows.find((w) => w.file.endsWith('orphan.yml'))!.inactiveReason).toMatch(/reusable workflow that no active job calls/);
    expect(idx.activeCalls.map((c) => c.job.id)).toEqual(['call']);
  });

  it('reads only .github/workflows/*.yml|yaml at the top level; comments are no steps', async () => {
    const idx = await index({
      '.github/workflows/a.yaml': `on: push\n${job('      - run: pytest\n      # - run: python check_schema.py')}`,
      '.github/workflows/sub/b.yml': `on: push\n${job()}`,
      'workflows/c.yml': `on: push\n${job()}`,
    });
    expect(idx.workflows.map((w) => w.file)).toEqual(['.github/workflows/a.yaml']);
    expect(idx.activeSteps.map((s) => s.step.run)).toEqual(['pytest']);
  });

  it('lists steps of hand-started workflows as runnable but not active', async () => {
    const idx = await index({ '.github/workflows/deploy.yml': `on: workflow_dispatch\n${job('      - run: modelship deploy production')}` });
    expect(idx.activeSteps).toEqual([]);
    expect(runnableSteps(idx).map((s) => s.step.run)).toEqual(['modelship deploy production']);
  });
});

describe('broken workflows', () => {
  it('reports unparsable YAML with its line and goes on', async () => {
    const idx = await index({
      '.github/workflows/bad.yml': 'on: push\njobs:\n  a:\n    steps: [\n',
      '.github/workflows/good.yml': `on: push\n${job()}`,
    });
    expect(idx.workflows.map((w) => w.file)).toEqual(['.github/workflows/good.yml']);
    expect(idx.findings).toHaveLength(1);
    expect(idx.findings[0]).toMatchObject({ severity: 'warning', code: 'workflow-unparsable' });
    expect(idx.findings[0].location?.file).toMatch(/bad\.yml$/);
    expect(idx.findings[0].location?.line).toBeGreaterThanOrEqual(4);
  });

  it('reports a workflow without triggers or jobs', () => {
    expect(parseWorkflow('w.yml', 'name: x\n', '/w.yml').findings[0].code).toBe('workflow-invalid');
    expect(parseWorkflow('w.yml', 'on: push\njobs: {}\n', '/w.yml').findings[0].code).toBe('workflow-invalid');
    expect(parseWorkflow('w.yml', '- a\n- b\n', '/w.yml').findings[0].code).toBe('workflow-invalid');
  });

  it('survives a needs cycle', async () => {
    const idx = await index({ '.github/workflows/c.yml': 'on: push\njobs:\n  a:\n    needs: b\n    steps: [{run: x}]\n  b:\n    needs: a\n    steps: [{run: y}]\n' });
    expect(idx.activeSteps).toEqual([]);
  });
});
