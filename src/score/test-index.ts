import type { RepoFiles } from './repo/files.js';

/**
 * Test files and the test names in them, found without running anything: Python `def test_*`, pytest
 * markers `ml_test_score("model-6")`, and jest/mocha/vitest titles `it('...')`. A rubric id is attached to a
 * test named `test_<section>_<n>_*`, marked with the id, or whose title contains the id (e.g. `[model-6]`).
 */

export type TestLanguage = 'python' | 'javascript';

export interface FoundTest {
  file: string;
  line: number;
  name: string;
  language: TestLanguage;
  ids: string[];
}

export interface TestIndex {
  files: string[];
  tests: FoundTest[];
}

const PREFIX_TO_ID: Record<string, string> = { data: 'data', model: 'model', infra: 'infra', monitor: 'monitor' };

export function languageOf(file: string): TestLanguage | undefined {
  if (/\.py$/.test(file)) return 'python';
  if (/\.(?:[cm]?[jt]s|[jt]sx)$/.test(file)) return 'javascript';
  return undefined;
}

/** Test files by the conventions of pytest and jest: `test_*.py`, `*_test.py`, `*.test.ts`, `*.spec.js`, files under tests/. */
export function isTestFile(file: string): boolean {
  const language = languageOf(file);
  if (!language) return false;
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (language === 'python') return /^test_.*\.py$|_test\.py$/.test(base) || (/(^|\/)tests?\//.test(file) && base !== '__init__.py' && base !== 'conftest.py');
  return /\.(test|spec)\.[cm]?[jt]sx?$/.test(base) || /(^|\/)(__tests__|tests?)\//.test(file);
}

const RUBRIC_ID = /\b(data|model|infra|monitor)-([1-7])\b/g;
const PY_TEST = /^[ \t]*(?:async[ \t]+)?def[ \t]+(test\w*)[ \t]*\(/gm;
const PY_NAMED_ID = /^test_(data|model|infra|monitor)_([1-7])(?![0-9])/;
const PY_MARKER = /ml_test_score\s*\(([^)]{0,200})\)/g;
const JS_TITLE = /\b(?:it|test|describe)(?:\.(?:only|skip|each|concurrent|todo))?\s*\(\s*(['"`])((?:\\.|(?!\1)[^\\\n]){0,300})\1/g;

/** Line numbers of offsets, by binary search over the file's line starts (files may hold thousands of tests). */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function idsIn(text: string): string[] {
  return [...text.matchAll(RUBRIC_ID)].map((m) => `${PREFIX_TO_ID[m[1]]}-${m[2]}`);
}

/** The tests of one file. Skipped tests (`it.skip`, `@pytest.mark.skip`) are kept out: they run nothing. */
export function scanTestFile(file: string, text: string): FoundTest[] {
  const language = languageOf(file);
  if (!language) return [];
  const out: FoundTest[] = [];
  const lineAt = lineCounter(text);
  if (language === 'python') {
    for (const m of text.matchAll(PY_TEST)) {
      const offset = m.index ?? 0;
      const name = m[1];
      // Decorators sit on the lines just above the def.
      const above = text.slice(Math.max(0, offset - 2000), offset).split('\n');
      above.pop();
      const decorators: string[] = [];
      for (let i = above.length - 1; i >= 0 && /^\s*@/.test(above[i]); i--) decorators.push(above[i]);
      if (decorators.some((d) => /@pytest\.mark\.skip\b/.test(d))) continue;
      const ids = new Set<string>();
      const named = PY_NAMED_ID.exec(name);
      if (named) ids.add(`${named[1]}-${named[2]}`);
      for (const d of decorators) for (const marker of d.matchAll(PY_MARKER)) for (const id of idsIn(marker[1])) ids.add(id);
      out.push({ file, line: lineAt(offset), name, language, ids: [...ids] });
    }
    // A module- or class-level `pytestmark = pytest.mark.ml_test_score("data-1")` marks every test in the file.
    const moduleMarks = [...text.matchAll(/^\s*pytestmark\s*=.*$/gm)].flatMap((m) => [...m[0].matchAll(PY_MARKER)].flatMap((x) => idsIn(x[1])));
    if (moduleMarks.length > 0) for (const t of out) t.ids = [...new Set([...t.ids, ...moduleMarks])];
  } else {
    for (const m of text.matchAll(JS_TITLE)) {
      if (/\.(skip|todo)\s*\($/.test(text.slice(m.index ?? 0, (m.index ?? 0) + m[0].indexOf('(') + 1))) continue;
      const title = m[2];
      out.push({ file, line: lineAt(m.index ?? 0), name: title, language, ids: [...new Set(idsIn(title))] });
    }
  }
  return out;
}

export async function buildTestIndex(repo: RepoFiles): Promise<TestIndex> {
  const files = (await repo.listFiles()).filter(isTestFile);
  const tests: FoundTest[] = [];
  for (const file of files) {
    const text = await repo.readText(file);
    if (text !== undefined) tests.push(...scanTestFile(file, text));
  }
  return { files, tests };
}

/** `*` any run of characters, `?` one: for test names (`test_data_1_*`). */
export function nameMatches(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(name);
}

/** Path globs: `**` any folders, `*` within one path segment; a plain path matches itself and what is under it. */
export function pathMatches(pattern: string, file: string): boolean {
  const clean = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
  if (!/[*?]/.test(clean)) return file === clean || file.startsWith(`${clean}/`);
  let re = '';
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i];
    if (c === '*' && clean[i + 1] === '*') {
      re += clean[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += clean[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}(?:/.*)?$`).test(file);
}
