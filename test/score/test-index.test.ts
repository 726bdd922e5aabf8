import { describe, expect, it } from '@jest/globals';
import { isTestFile, nameMatches, pathMatches, scanTestFile } from '../../src/score/test-index.js';
import { shellCommands } from '../../src/score/shell.js';
import { branchFilterMatches } from '../../src/score/workflows.js';

describe('test files', () => {
  it.each([
    ['tests/test_features.py', true], ['test_x.py', true], ['pkg/x_test.py', true], ['tests/helpers.py', false], ['tests/conftest.py', false],
    ['src/x.test.ts', true], ['src/x.spec.js', true], ['__tests__/a.tsx', true], ['src/model.py', false], ['src/index.ts', false], ['tests/data.csv', false],
  ])('%s is a test file: %s', (file, expected) => expect(isTestFile(file)).toBe(expected));
});

describe('scanning tests for rubric ids', () => {
  it('reads pytest names, markers and module marks, and skips skipped tests', () => {
    const text = `import pytest
pytestmark = pytest.mark.ml_test_score("infra-3")

def test_data_1_schema():
    pass

@pytest.mark.ml_test_score("model-6", "model-7")
@pytest.mark.slow
async def test_slices():
    pass

@pytest.mark.skip(reason="later")
def test_monitor_5_nan():
    pass

def test_model_10_is_not_a_rubric_id():
    pass

def helper_test_data_2():
    pass
`;
    const found = scanTestFile('tests/test_a.py', text);
    expect(found.map((t) => [t.name, t.line, t.ids.sort()])).toEqual([
      ['test_data_1_schema', 4, ['data-1', 'infra-3']],
      ['test_slices', 9, ['infra-3', 'model-6', 'model-7']],
      ['test_model_10_is_not_a_rubric_id', 16, ['infra-3']],
    ]);
  });

  it('reads jest/vitest/mocha titles and skips it.skip and test.todo', () => {
    const text = `describe('features [data-7]', () => {
  it('bucketizes', () => {});
  test("[infra-2] training step lowers the loss", () => {});
  it.skip('[monitor-5] no NaN', () => {});
  test.todo('[model-2] online correlation');
  it(\`model-6: per-slice recall\`, () => {});
});`;
    const found = scanTestFile('test/a.test.ts', text);
    // A describe is not a test: its ids go to the tests inside it.
    expect(found.map((t) => [t.name, t.ids])).toEqual([
      ['bucketizes', ['data-7']],
      ['[infra-2] training step lowers the loss', ['data-7', 'infra-2']],
      ['model-6: per-slice recall', ['data-7', 'model-6']],
    ]);
  });

  it('ignores files in other languages', () => {
    expect(scanTestFile('tests/a.R', 'test_data_1 <- function() {}')).toEqual([]);
  });
});

describe('patterns', () => {
  it('matches test names with * and ?', () => {
    expect(nameMatches('test_data_1_*', 'test_data_1_schema')).toBe(true);
    expect(nameMatches('test_data_1_*', 'test_data_12')).toBe(false);
    expect(nameMatches('test_?', 'test_a')).toBe(true);
    expect(nameMatches('a.b(c)', 'a.b(c)')).toBe(true);
    expect(nameMatches('a.b', 'axb')).toBe(false);
  });

  it('matches paths: plain, folder, *, **', () => {
    expect(pathMatches('tests', 'tests/a/b.py')).toBe(true);
    expect(pathMatches('./tests/', 'tests/a.py')).toBe(true);
    expect(pathMatches('tests', 'tests2/a.py')).toBe(false);
    expect(pathMatches('tests/*.py', 'tests/a.py')).toBe(true);
    expect(pathMatches('tests/*.py', 'tests/x/a.py')).toBe(false);
    expect(pathMatches('tests/**/test_*.py', 'tests/test_a.py')).toBe(true);
    expect(pathMatches('tests/**/test_*.py', 'tests/x/y/test_a.py')).toBe(true);
    expect(pathMatches('**/*.spec.ts', 'src/a/b.spec.ts')).toBe(true);
  });
});

describe('run scripts split into commands (shell-quote)', () => {
  it('splits on operators and lines, drops comments, assignments and redirections, and marks ignored failures', () => {
    const script = 'pip install pytest && echo "pytest" # pytest\nFOO=1 python -m pytest tests/ > out.txt || true\ncd sub; npm test | tee log \\\n  --append';
    expect(shellCommands(script).map((c) => [c.line, c.argv.join(' '), c.failureIgnored])).toEqual([
      [1, 'pip install pytest', false],
      [1, 'echo pytest', false],
      [2, 'python -m pytest tests/', true],
      [2, 'true', false],
      [3, 'cd sub', false],
      [3, 'npm test', false],
      [3, 'tee log --append', false],
    ]);
  });
});

describe('GitHub branch filters', () => {
  it.each([
    [{ branches: ['main'] }, 'main', true],
    [{ branches: ['release/**'] }, 'main', false],
    [{ branches: ['ma*'] }, 'main', true],
    [{ branches: ['*'] }, 'feature/x', false],
    [{ branches: ['**'] }, 'feature/x', true],
    [{ branches: ['**', '!main'] }, 'main', false],
    [{ branches: ['!main', 'main'] }, 'main', true],
    [{ branches: [] }, 'main', false],
    [{ 'branches-ignore': ['main'] }, 'main', false],
    [{ 'branches-ignore': ['dev*'] }, 'main', true],
    [{ tags: ['v*'] }, 'main', true],
    [null, 'main', true],
  ])('%j lets %s through: %s', (filter, branch, expected) => expect(branchFilterMatches(filter, branch)).toBe(expected));
});
