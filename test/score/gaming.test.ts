import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/core/config.js';
import { scoreRepository } from '../../src/score/evaluate.js';
import { WorkingTree } from '../../src/score/repo/working-tree.js';
import { TEST_IDS } from '../../src/score/rubric.js';
import type { ScoreReport } from '../../src/score/types.js';
import { cli } from '../support/cli.js';
import { makeRepo } from './support/repo.js';

/**
 * Each way to fake a point that issue 25 lists scores 0 for the test it fakes, beside the honest version
 * of the same repository that scores 1 (so the check cannot pass by crediting nothing).
 */

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const CONFIG = 'version: 1\nmodels:\n  m: { path: m.onnx }\n';

async function score(files: Record<string, string>): Promise<ScoreReport> {
  const repo = await makeRepo({ 'modelship.yml': CONFIG, ...files });
  cleanups.push(repo.cleanup);
  const loaded = await loadConfig(path.join(repo.root, 'modelship.yml'));
  return scoreRepository({ loaded, repo: new WorkingTree(repo.root) });
}

const points = (r: ScoreReport, id: string) => r.tests.find((t) => t.id === id)!.points;
const problems = (r: ScoreReport, id: string) => r.tests.find((t) => t.id === id)!.evidence.map((e) => e.problem ?? '').join(' | ');

/** A CI workflow with the given `run:` lines (YAML block scalars), on push to main and pull requests. */
const ci = (run: string, extra = '') => `on:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest${extra}\n    steps:\n      - uses: actions/checkout@v4\n      - run: |\n${run.split('\n').map((l) => `          ${l}`).join('\n')}\n`;
const PY_TEST = { 'tests/test_data.py': 'def test_data_1_schema_holds():\n    assert True\n' };

describe('a test runner counts only when an active step really runs it', () => {
  it.each([
    ['installs pytest but runs the training script', 'pip install pytest\npython train.py'],
    ['mentions pytest in an echo', 'echo "run pytest before merging"\necho pytest'],
    ['mentions it in a comment', 'python train.py  # TODO: pytest'],
    ['lists tests instead of running them', 'pytest --collect-only -q'],
    ['ignores its failure', 'python -m pytest -q || true'],
    ['runs pytest on other files only', 'pytest tests/unit'],
  ])('a step that %s scores 0', async (_what, run) => {
    const r = await score({ ...PY_TEST, 'tests/unit/test_x.py': 'def test_x():\n    pass\n', '.github/workflows/ci.yml': ci(run) });
    expect(points(r, 'data-1')).toBe(0);
  });

  it.each([
    ['pytest', 'pytest'],
    ['python -m pytest behind uv run and an env assignment', 'CI=1 uv run python -m pytest -q tests'],
    ['a cd then pytest', 'cd tests && pytest -q'],
    ['coverage run -m pytest', 'coverage run -m pytest'],
    ['bash -c', 'bash -c "pytest -q"'],
  ])('the honest step (%s) scores 1', async (_what, run) => {
    const r = await score({ ...PY_TEST, '.github/workflows/ci.yml': ci(run) });
    expect(points(r, 'data-1')).toBe(1);
  });

  it('`npm test` counts only when the package script runs a test runner', async () => {
    const js = { 'src/features.test.ts': "it('[data-2] features are scaled', () => {});\n" };
    const faked = await score({ ...js, 'package.json': '{"scripts": {"test": "echo \\"no tests yet\\""}}', '.github/workflows/ci.yml': ci('npm test') });
    expect(points(faked, 'data-2')).toBe(0);
    const honest = await score({ ...js, 'package.json': '{"scripts": {"test": "jest --ci"}}', '.github/workflows/ci.yml': ci('npm ci\nnpm test') });
    expect(points(honest, 'data-2')).toBe(1);
  });

  it('`make test` counts only when the recipe runs a test runner', async () => {
    const faked = await score({ ...PY_TEST, Makefile: 'test:\n\t@echo pytest\n', '.github/workflows/ci.yml': ci('make test') });
    expect(points(faked, 'data-1')).toBe(0);
    const honest = await score({ ...PY_TEST, Makefile: 'install:\n\tpip install -r requirements.txt\n\ntest: install\n\tpython -m pytest -q\n', '.github/workflows/ci.yml': ci('make test') });
    expect(points(honest, 'data-1')).toBe(1);
  });

  it('a workflow whose branch filter never matches the default branch scores 0', async () => {
    const never = `on:\n  push:\n    branches: [never-a-branch]\n  pull_request:\n    branches: ['release/**', '!main']\njobs:\n  test:\n    runs-on: x\n    steps:\n      - run: pytest\n`;
    const r = await score({ ...PY_TEST, '.github/workflows/ci.yml': never });
    expect(points(r, 'data-1')).toBe(0);
    expect(r.findings.some((f) => f.code === 'workflow-trigger' && /branch filter matches none of main, master/.test(f.message))).toBe(true);
    const ignored = await score({ ...PY_TEST, '.github/workflows/ci.yml': `on:\n  push:\n    branches-ignore: ['**']\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest\n` });
    expect(points(ignored, 'data-1')).toBe(0);
    const honest = await score({ ...PY_TEST, '.github/workflows/ci.yml': `on:\n  push:\n    branches: ['ma*n']\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest\n` });
    expect(points(honest, 'data-1')).toBe(1);
  });

  it('score.defaultBranch decides which branch filters count', async () => {
    const files = { ...PY_TEST, '.github/workflows/ci.yml': `on:\n  push:\n    branches: [develop]\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest\n` };
    expect(points(await score(files), 'data-1')).toBe(0);
    expect(points(await score({ ...files, 'modelship.yml': `${CONFIG}score:\n  defaultBranch: develop\n` }), 'data-1')).toBe(1);
  });

  it.each([
    ['a step switched off with if: false', ci('pytest').replace('      - run: |', '      - if: false\n        run: |')],
    ['a job that needs a job switched off', `on: [push]\njobs:\n  off:\n    if: \${{ false }}\n    runs-on: x\n    steps:\n      - run: echo\n  test:\n    needs: off\n    runs-on: x\n    steps:\n      - run: pytest\n`],
    ['a workflow run only by hand', `on: workflow_dispatch\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest\n`],
    ['continue-on-error', ci('pytest').replace('      - run: |', '      - continue-on-error: true\n        run: |')],
    ['a python shell given the text', ci('pytest').replace('      - run: |', '      - shell: python\n        run: |')],
  ])('%s scores 0', async (_what, workflow) => {
    const r = await score({ ...PY_TEST, '.github/workflows/ci.yml': workflow });
    expect(points(r, 'data-1')).toBe(0);
  });

  it('workflow evidence `run:` matches a command, not text in the script', async () => {
    const cfg = `${CONFIG}score:\n  tests:\n    data-4:\n      automated:\n        workflow: { run: python scripts/check_allowlist.py }\n`;
    const faked = await score({ 'modelship.yml': cfg, '.github/workflows/ci.yml': ci('echo python scripts/check_allowlist.py') });
    expect(points(faked, 'data-4')).toBe(0);
    const honest = await score({ 'modelship.yml': cfg, '.github/workflows/ci.yml': ci('python scripts/check_allowlist.py --strict') });
    expect(points(honest, 'data-4')).toBe(1);
  });
});

describe('only tests the runner would collect and not skip earn points', () => {
  const runs = { '.github/workflows/ci.yml': ci('python -m pytest\nnpx jest') };

  it('a test in a docstring scores 0', async () => {
    const r = await score({ ...runs, 'tests/test_a.py': '"""Examples:\n\ndef test_data_5_no_pii():\n    pass\n"""\n\n# def test_data_6_in_a_comment(): pass\nx = "def test_data_7_in_a_string(): pass"\n' });
    expect([points(r, 'data-5'), points(r, 'data-6'), points(r, 'data-7')]).toEqual([0, 0, 0]);
  });

  it('a module-level pytestmark skip scores 0', async () => {
    const r = await score({ ...runs, 'tests/test_a.py': 'import pytest\n\npytestmark = [pytest.mark.slow, pytest.mark.skip(reason="flaky")]\n\ndef test_data_5_no_pii():\n    pass\n' });
    expect(points(r, 'data-5')).toBe(0);
    expect(problems(r, 'data-5')).toMatch(/pytestmark `pytest\.mark\.skip`/);
  });

  it('skip decorators, skipif(True) and module-level pytest.skip score 0; skipif on a real condition counts', async () => {
    const r = await score({
      ...runs,
      'tests/test_a.py': 'import pytest, sys\n\n@pytest.mark.skip\ndef test_data_1_a():\n    pass\n\n@pytest.mark.skipif(True, reason="x")\ndef test_data_2_b():\n    pass\n\n@pytest.mark.skipif(sys.platform == "win32", reason="posix only")\ndef test_data_3_c():\n    pass\n',
      'tests/test_b.py': 'import pytest\npytest.skip("later", allow_module_level=True)\n\ndef test_data_4_d():\n    pass\n',
    });
    expect(['data-1', 'data-2', 'data-3', 'data-4'].map((id) => points(r, id))).toEqual([0, 0, 1, 0]);
  });

  it('a jest test inside describe.skip (or xit, it.todo, beside an it.only) scores 0', async () => {
    const r = await score({
      ...runs,
      'src/a.test.ts': "describe.skip('later', () => {\n  it('[model-5] beats the baseline', () => {});\n});\nxit('[model-4] not stale', () => {});\ntest.todo('[model-3] tuned');\n",
      'src/b.test.ts': "it.only('focused', () => {});\nit('[model-2] correlates', () => {});\n",
      'src/c.test.ts': "function never() {\n  it('[model-1] reviewed', () => {});\n}\nif (false) { it('[model-6] sliced', () => {}); }\n",
    });
    expect(['model-1', 'model-2', 'model-3', 'model-4', 'model-5', 'model-6'].map((id) => points(r, id))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(problems(r, 'model-5')).toMatch(/describe\.skip/);
  });

  it('the honest jest file scores 1', async () => {
    const r = await score({ ...runs, 'src/a.test.ts': "describe('[model-5] baseline', () => {\n  it.each([1, 2])('beats it on fold %s', (n: number) => {});\n});\n" });
    expect(points(r, 'model-5')).toBe(1);
  });

  it('a test_ method of a class pytest never collects scores 0', async () => {
    const r = await score({
      ...runs,
      'tests/test_a.py': 'class Checks:\n    def test_model_1_reviewed(self):\n        pass\n\nclass TestWithInit:\n    def __init__(self):\n        self.x = 1\n\n    def test_model_2_correlated(self):\n        pass\n\ndef helper():\n    class TestInner:\n        def test_model_3_tuned(self):\n            pass\n',
    });
    expect(['model-1', 'model-2', 'model-3'].map((id) => points(r, id))).toEqual([0, 0, 0]);
    expect(problems(r, 'model-1')).toMatch(/not collected/);
  });

  it('collected classes score 1: Test* without __init__, and unittest.TestCase subclasses of any name', async () => {
    const r = await score({
      ...runs,
      'tests/test_a.py': 'import unittest\n\nclass TestModel:\n    def test_model_1_reviewed(self):\n        pass\n\nclass Staleness(unittest.TestCase):\n    def __init__(self, *a):\n        super().__init__(*a)\n\n    def test_model_4_not_stale(self):\n        pass\n',
    });
    expect([points(r, 'model-1'), points(r, 'model-4')]).toEqual([1, 1]);
  });

  it('a file with a syntax error yields no tests (its runner fails to collect it)', async () => {
    const r = await score({ ...runs, 'tests/test_a.py': 'def test_data_1_a(:\n    pass\n' });
    expect(points(r, 'data-1')).toBe(0);
  });

  it('modern syntax the grammar lags on, inside a test body, does not lose the file', async () => {
    const r = await score({ ...runs, 'tests/test_a.py': 'def test_data_1_a(tmp_path):\n    with (open(tmp_path / "a", "w") as f, open(tmp_path / "b", "w") as g):\n        f.write("x")\n' });
    expect(points(r, 'data-1')).toBe(1);
  });
});

describe('config and command evidence name what they prove', () => {
  it('`automated: {config: README.md}` on all 28 tests scores 0', async () => {
    const tests = TEST_IDS.map((id) => `    ${id}:\n      automated: { config: README.md }`).join('\n');
    const r = await score({ 'modelship.yml': `${CONFIG}score:\n  autoDetect: false\n  tests:\n${tests}\n`, 'README.md': '# A model\n\nIt is great.\n' });
    expect(r.score).toBe(0);
    expect(r.tests.every((t) => t.points === 0)).toBe(true);
    expect(r.findings.filter((f) => f.code === 'evidence-config-invalid')).toHaveLength(28);
  });

  it('a config file with the key it names scores 1, without it 0', async () => {
    const cfg = (key: string) => `${CONFIG}score:\n  tests:\n    monitor-3:\n      automated: { config: { file: monitoring/alerts.yml, key: ${key} } }\n`;
    const alerts = 'groups:\n  - name: model\n    rules:\n      - alert: PredictionLatencyHigh\n        expr: histogram_quantile(0.99, rate(x[5m])) > 0.2\n';
    expect(points(await score({ 'modelship.yml': cfg('groups.0.rules'), 'monitoring/alerts.yml': alerts }), 'monitor-3')).toBe(1);
    expect(points(await score({ 'modelship.yml': cfg('groups.0.recording'), 'monitoring/alerts.yml': alerts }), 'monitor-3')).toBe(0);
    expect(points(await score({ 'modelship.yml': cfg('groups.0.rules'), 'monitoring/alerts.yml': 'groups:\n  - name: model\n    rules: []\n' }), 'monitor-3')).toBe(0);
  });

  it.each([
    ['["true"]', '["true"]'],
    ['an exit code with no expectation', '[node, -e, "process.exit(0)"]'],
    ['an expectation that matches anything', '{ run: [node, -e, "0"], expect: ".*" }'],
    ['an expectation the command prints itself', '{ run: [echo, all checks passed], expect: "checks passed" }'],
    ['output that does not match', '{ run: [node, -e, "console.log(2 + 2)"], expect: "^5$" }'],
  ])('`command: %s` earns nothing', async (_what, command) => {
    const r = await score({ 'modelship.yml': `${CONFIG}score:\n  tests:\n    infra-1:\n      automated: { command: ${command} }\n` });
    expect(points(r, 'infra-1')).toBe(0);
  });

  it('a command whose output is checked earns its point', async () => {
    const r = await score({ 'modelship.yml': `${CONFIG}score:\n  tests:\n    infra-1:\n      automated: { command: { run: [node, -e, "console.log(JSON.stringify({ reproducible: 40 + 2 === 42 }))"], expect: '"reproducible":true' } }\n` });
    expect(points(r, 'infra-1')).toBe(1);
    expect(r.tests.find((t) => t.id === 'infra-1')!.evidence[0].proof?.join(' ')).toMatch(/printed "\\"reproducible\\":true"/);
  });
});

describe('modelship score --explain', () => {
  it('shows, for each point, the evidence and every fact checked', async () => {
    const repo = await makeRepo({
      'modelship.yml': `${CONFIG}score:\n  tests:\n    infra-1:\n      automated: { command: { run: [node, -e, "console.log('seeded ' + 42)"], expect: "seeded 42" } }\n`,
      ...PY_TEST,
      'tests/test_skipped.py': 'import pytest\n\n@pytest.mark.skip\ndef test_data_2_x():\n    pass\n',
      '.github/workflows/ci.yml': ci('pip install pytest\npython -m pytest -q'),
    });
    cleanups.push(repo.cleanup);
    const r = await cli(['score', '--explain'], { cwd: repo.root });
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toMatch(/data-1 .*\n\s+✔ 1 point from detected named-tests evidence \(tests\/test_data\.py:1\)/);
    expect(out).toMatch(/because tests\/test_data\.py:1 test_data_1_schema_holds is collected by pytest and not skipped/);
    expect(out).toMatch(/because run by `python -m pytest -q` in \.github\/workflows\/ci\.yml job test, step 2 line 2/);
    expect(out).toMatch(/because \.github\/workflows\/ci\.yml runs on push, pull_request/);
    expect(out).toMatch(/because \["node","-e","console\.log\('seeded ' \+ 42\)"\] ran in the repository root, exited 0 and printed "seeded 42"/);
    expect(out).toMatch(/data-2 .*\n\s+0 points: no evidence holds\n\s+✘ detected named-tests .*skipped by `pytest\.mark\.skip`/);
  });
});
