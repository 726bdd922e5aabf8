import { parser as jsParser } from '@lezer/javascript';
import { parser as pythonParser } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';
import type { RepoFiles } from './repo/files.js';

/**
 * Test files and the tests in them that their runner would collect and not skip, found without running
 * anything. Files are parsed with Lezer grammars (@lezer/python, @lezer/javascript with its TypeScript
 * dialect): well-kept, pure-JS parsers with no native code, small enough for the action bundles (the
 * `typescript` compiler is a dev dependency and ten times larger). Text inside strings, docstrings and
 * comments is never a test; a file with a syntax error yields none (its runner fails to collect it;
 * in Python, errors inside function bodies are tolerated, see hasSyntaxError).
 *
 * pytest's defaults are applied: files `test_*.py` / `*_test.py`; module-level functions `test*`; methods
 * `test*` of module-level classes `Test*` without `__init__`, or of `unittest.TestCase` subclasses; skipped
 * by `@pytest.mark.skip`, `skipif(True)`, `xfail(run=False)`, `@unittest.skip`, a module or class
 * `pytestmark` holding such a mark, or a module-level `pytest.skip(..., allow_module_level=True)`.
 * jest/vitest/mocha: `it`/`test`/`specify` calls at the top level or inside `describe` callbacks; `.skip`,
 * `.todo`, `x`-prefixed calls and everything inside a skipped `describe` are skipped, and when a file
 * uses `.only`/`f`-prefixed calls only those run.
 *
 * A rubric id is attached to a test named `test_<section>_<n>_*`, marked `ml_test_score("<id>")`, or whose
 * title contains the id (e.g. `[model-6]`).
 */

export type TestLanguage = 'python' | 'javascript';

export interface FoundTest {
  file: string;
  line: number;
  name: string;
  language: TestLanguage;
  ids: string[];
  /** A method of a unittest.TestCase subclass (what `python -m unittest` collects). */
  unittestCase?: boolean;
}

/** A test-like definition the runner would not run, kept to explain why it earns nothing. */
export interface ExcludedTest extends FoundTest {
  reason: string;
}

export interface TestIndex {
  files: string[];
  tests: FoundTest[];
  excluded: ExcludedTest[];
}

export function languageOf(file: string): TestLanguage | undefined {
  if (/\.py$/.test(file)) return 'python';
  if (/\.(?:[cm]?[jt]s|[jt]sx)$/.test(file)) return 'javascript';
  return undefined;
}

/** Test files by the default conventions: pytest `test_*.py`/`*_test.py`; jest `*.test.*`/`*.spec.*`, `__tests__/`; mocha `test/`. */
export function isTestFile(file: string): boolean {
  const language = languageOf(file);
  if (!language) return false;
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (language === 'python') return /^test_.*\.py$|_test\.py$/.test(base);
  return /\.(test|spec)\.[cm]?[jt]sx?$/.test(base) || /(^|\/)(__tests__|tests?)\//.test(file);
}

const RUBRIC_ID = /\b(data|model|infra|monitor)-([1-7])\b/g;
const PY_NAMED_ID = /^test_(data|model|infra|monitor)_([1-7])(?![0-9])/;

function idsIn(text: string): string[] {
  return [...text.matchAll(RUBRIC_ID)].map((m) => `${m[1]}-${m[2]}`);
}

/**
 * A syntax error where it changes what is collected. In Python, errors inside a function body are
 * tolerated: the grammar lags the language in places (parenthesised `with` items of 3.10), and a body does
 * not decide collection; anywhere else the file is taken as unparsable.
 */
function hasSyntaxError(tree: Tree, skipFunctionBodies = false): boolean {
  let bad = false;
  tree.iterate({
    enter: (n) => {
      if (bad) return false;
      if (skipFunctionBodies && n.name === 'Body' && n.node.parent?.name === 'FunctionDefinition') return false;
      if (n.type.isError) bad = true;
      return !bad;
    },
  });
  return bad;
}

function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The tests of one file its runner would collect and run, and the test-like ones it would not. */
export function scanTestFile(file: string, text: string): FoundTest[] {
  return scanTestFileDetailed(file, text).tests;
}

export function scanTestFileDetailed(file: string, text: string): { tests: FoundTest[]; excluded: ExcludedTest[] } {
  const language = languageOf(file);
  if (!language) return { tests: [], excluded: [] };
  return language === 'python' ? scanPython(file, text) : scanJs(file, text);
}

// ---------------------------------------------------------------- Python (pytest / unittest)

const src = (text: string, n: SyntaxNode) => text.slice(n.from, n.to);

/** `@pytest.mark.skip(...)` → { name: 'pytest.mark.skip', args: '(...)' }. */
function decoratorParts(text: string, d: SyntaxNode): { name: string; args?: SyntaxNode } {
  const parts = children(d);
  const args = parts.find((c) => c.name === 'ArgList');
  const name = parts.filter((c) => c.name === 'VariableName' || c.name === '.').map((c) => src(text, c)).join('');
  return { name, args };
}

/** A mark or decorator that skips: skip, skipif/skipIf with a constant true first argument, xfail(run=False). */
function skipsBy(text: string, name: string, args: SyntaxNode | undefined): string | undefined {
  const last = name.split('.').slice(-1)[0];
  const qualified = /^(pytest\.mark\.|mark\.|unittest\.)?$/.test(name.slice(0, name.length - last.length));
  if (!qualified) return undefined;
  if (last === 'skip') return `\`${name}\``;
  const first = args ? children(args).find((c) => !['(', ')', ','].includes(c.name)) : undefined;
  const firstText = first ? src(text, first).trim() : '';
  if ((last === 'skipif' || last === 'skipIf') && /^(True|1|"[^"]+"|'[^']+')$/.test(firstText)) return `\`${name}(${firstText})\``;
  if (last === 'skipUnless' && /^(False|0|None|""|'')$/.test(firstText)) return `\`${name}(${firstText})\``;
  if (last === 'xfail' && args && /\brun\s*=\s*False\b/.test(src(text, args))) return `\`${name}(run=False)\``;
  return undefined;
}

/** Marks in a `pytestmark = ...` value: each call or attribute chain naming a mark. */
function marksIn(text: string, value: SyntaxNode): Array<{ name: string; args?: SyntaxNode }> {
  const out: Array<{ name: string; args?: SyntaxNode }> = [];
  const visit = (n: SyntaxNode) => {
    if (n.name === 'CallExpression') {
      const callee = n.firstChild!;
      out.push({ name: src(text, callee).replace(/\s+/g, ''), args: children(n).find((c) => c.name === 'ArgList') });
      return;
    }
    if (n.name === 'MemberExpression') {
      out.push({ name: src(text, n).replace(/\s+/g, '') });
      return;
    }
    for (const c of children(n)) visit(c);
  };
  visit(value);
  return out;
}

function markerIds(text: string, name: string, args: SyntaxNode | undefined): string[] {
  return /(^|\.)ml_test_score$/.test(name) && args ? idsIn(src(text, args)) : [];
}

interface PyScope {
  skip?: string;
  ids: string[];
}

/** Reads `pytestmark = ...` assignments among statements. */
function pytestmarkOf(text: string, statements: SyntaxNode[]): PyScope {
  const scope: PyScope = { ids: [] };
  for (const st of statements) {
    if (st.name !== 'AssignStatement') continue;
    const parts = children(st);
    if (parts[0]?.name !== 'VariableName' || src(text, parts[0]) !== 'pytestmark') continue;
    const value = parts[parts.length - 1];
    for (const m of marksIn(text, value)) {
      scope.skip ??= skipsBy(text, m.name, m.args) && `pytestmark ${skipsBy(text, m.name, m.args)}`;
      scope.ids.push(...markerIds(text, m.name, m.args));
    }
  }
  return scope;
}

function unwrapDecorated(text: string, st: SyntaxNode): { def?: SyntaxNode; decorators: Array<{ name: string; args?: SyntaxNode }> } {
  if (st.name === 'FunctionDefinition' || st.name === 'ClassDefinition') return { def: st, decorators: [] };
  if (st.name !== 'DecoratedStatement') return { decorators: [] };
  const parts = children(st);
  return { def: parts.find((c) => c.name === 'FunctionDefinition' || c.name === 'ClassDefinition'), decorators: parts.filter((c) => c.name === 'Decorator').map((d) => decoratorParts(text, d)) };
}

function defName(text: string, def: SyntaxNode): string {
  const n = children(def).find((c) => c.name === 'VariableName');
  return n ? src(text, n) : '';
}

function bodyStatements(def: SyntaxNode): SyntaxNode[] {
  const body = children(def).find((c) => c.name === 'Body');
  return body ? children(body).filter((c) => c.name !== ':' && c.name !== 'Comment') : [];
}

function scanPython(file: string, text: string): { tests: FoundTest[]; excluded: ExcludedTest[] } {
  const tree = pythonParser.parse(text);
  if (hasSyntaxError(tree, true)) return { tests: [], excluded: [] };
  const statements = children(tree.topNode);
  const module = pytestmarkOf(text, statements);
  // `pytest.skip("...", allow_module_level=True)` at module level skips the whole file.
  for (const st of statements) {
    if (st.name !== 'ExpressionStatement') continue;
    const call = st.firstChild;
    if (call?.name === 'CallExpression' && /^pytest\.skip$/.test(src(text, call.firstChild!).replace(/\s+/g, '')) && /allow_module_level\s*=\s*True/.test(src(text, call))) module.skip ??= 'a module-level `pytest.skip(..., allow_module_level=True)`';
  }
  // Later definitions replace earlier ones of the same name, as Python does.
  const defined = new Map<string, Array<FoundTest & { reason?: string }>>();
  const add = (key: string, entries: Array<FoundTest & { reason?: string }>) => {
    defined.delete(key);
    defined.set(key, entries);
  };
  for (const st of statements) {
    const { def, decorators } = unwrapDecorated(text, st);
    if (!def) continue;
    const name = defName(text, def);
    const line = lineAt(text, def.from);
    const decoratorSkip = decorators.map((d) => skipsBy(text, d.name, d.args)).find(Boolean);
    const decoratorIds = decorators.flatMap((d) => markerIds(text, d.name, d.args));
    if (def.name === 'FunctionDefinition') {
      if (!name.startsWith('test')) continue;
      const reason = module.skip ?? decoratorSkip;
      add(name, [{ file, line, name, language: 'python', ids: testIds(name, [...module.ids, ...decoratorIds]), ...(reason ? { reason: `skipped by ${reason}` } : {}) }]);
      continue;
    }
    // A class.
    const argList = children(def).find((c) => c.name === 'ArgList');
    const bases = argList ? src(text, argList) : '';
    const isTestCase = /\bTestCase\b/.test(bases);
    const members = bodyStatements(def);
    const classMarks = pytestmarkOf(text, members);
    const methods = members.map((m) => unwrapDecorated(text, m)).filter((m) => m.def?.name === 'FunctionDefinition');
    const hasInit = methods.some((m) => ['__init__', '__new__'].includes(defName(text, m.def!)));
    let notCollected: string | undefined;
    if (!isTestCase && !name.startsWith('Test')) notCollected = `class ${name} is not collected: its name does not start with "Test" and it is not a unittest.TestCase`;
    else if (!isTestCase && hasInit) notCollected = `class ${name} is not collected: it has an __init__ (or __new__) constructor`;
    const classSkip = module.skip ?? decoratorSkip ?? classMarks.skip;
    const entries: Array<FoundTest & { reason?: string }> = [];
    const byName = new Map<string, FoundTest & { reason?: string }>();
    for (const m of methods) {
      const mName = defName(text, m.def!);
      if (!mName.startsWith('test')) continue;
      const methodSkip = m.decorators.map((d) => skipsBy(text, d.name, d.args)).find(Boolean);
      const reason = notCollected ?? ((classSkip ?? methodSkip) && `skipped by ${classSkip ?? methodSkip}`);
      const ids = testIds(mName, [...module.ids, ...decoratorIds, ...classMarks.ids, ...m.decorators.flatMap((d) => markerIds(text, d.name, d.args))]);
      byName.set(mName, { file, line: lineAt(text, m.def!.from), name: mName, language: 'python', ids, ...(isTestCase ? { unittestCase: true } : {}), ...(reason ? { reason } : {}) });
    }
    entries.push(...byName.values());
    add(name, entries);
  }
  const tests: FoundTest[] = [];
  const excluded: ExcludedTest[] = [];
  for (const list of defined.values()) {
    for (const { reason, ...t } of list) {
      if (reason) excluded.push({ ...t, reason });
      else tests.push(t);
    }
  }
  return { tests, excluded };
}

function testIds(name: string, marked: string[]): string[] {
  const ids = new Set(marked);
  const named = PY_NAMED_ID.exec(name);
  if (named) ids.add(`${named[1]}-${named[2]}`);
  return [...ids];
}

// ---------------------------------------------------------------- JavaScript / TypeScript (jest, vitest, mocha)

const TEST_FNS = new Set(['it', 'test', 'specify', 'xit', 'xtest', 'fit', 'xspecify']);
const SUITE_FNS = new Set(['describe', 'context', 'suite', 'xdescribe', 'fdescribe', 'xcontext']);

interface Callee {
  base: string;
  modifiers: string[];
  /** The arguments that hold the title and the callback. */
  args: SyntaxNode;
}

/** `it`, `it.skip`, `test.concurrent.only`, `describe.each(table)` → base, modifiers and the argument list. */
function calleeOf(text: string, call: SyntaxNode): Callee | undefined {
  const parts = children(call);
  const args = parts.find((c) => c.name === 'ArgList');
  let fn = parts[0];
  if (!args || !fn) return undefined;
  const modifiers: string[] = [];
  // `test.each(table)(title, fn)`: the callee is itself a call.
  if (fn.name === 'CallExpression') {
    const inner = calleeOf(text, fn);
    if (!inner || !inner.modifiers.includes('each')) return undefined;
    return { base: inner.base, modifiers: inner.modifiers, args };
  }
  while (fn.name === 'MemberExpression') {
    const p = children(fn);
    const prop = p.find((c) => c.name === 'PropertyName');
    if (!prop) return undefined;
    modifiers.unshift(src(text, prop));
    fn = p[0];
  }
  if (fn.name !== 'VariableName') return undefined;
  return { base: src(text, fn), modifiers, args };
}

function titleOf(text: string, args: SyntaxNode): string | undefined {
  const first = children(args).find((c) => !['(', ')', ','].includes(c.name));
  if (!first) return undefined;
  if (first.name === 'String') return src(text, first).slice(1, -1);
  if (first.name === 'TemplateString' && !children(first).some((c) => c.name === 'Interpolation')) return src(text, first).slice(1, -1);
  return undefined;
}

function callbackBody(args: SyntaxNode): SyntaxNode | undefined {
  const fns = children(args).filter((c) => c.name === 'ArrowFunction' || c.name === 'FunctionExpression');
  const fn = fns[fns.length - 1];
  if (!fn) return undefined;
  return children(fn).find((c) => c.name === 'Block');
}

function scanJs(file: string, text: string): { tests: FoundTest[]; excluded: ExcludedTest[] } {
  const dialect = /\.[cm]?tsx$/.test(file) ? 'ts jsx' : /\.[cm]?ts$/.test(file) ? 'ts' : 'jsx';
  const tree = jsParser.configure({ dialect }).parse(text);
  if (hasSyntaxError(tree)) return { tests: [], excluded: [] };
  const found: Array<FoundTest & { skip?: string; only: boolean }> = [];
  let anyOnly = false;
  const walk = (statements: SyntaxNode[], inherited: { skip?: string; only: boolean; ids: string[] }) => {
    for (const st of statements) {
      if (st.name !== 'ExpressionStatement') continue;
      const call = st.firstChild;
      if (call?.name !== 'CallExpression') continue;
      const callee = calleeOf(text, call);
      if (!callee) continue;
      const { base, modifiers, args } = callee;
      const isTest = TEST_FNS.has(base);
      const isSuite = SUITE_FNS.has(base);
      if (!isTest && !isSuite) continue;
      const title = titleOf(text, args) ?? '';
      const only = inherited.only || modifiers.includes('only') || base.startsWith('f');
      if (modifiers.includes('only') || base.startsWith('f')) anyOnly = true;
      const ownSkip = base.startsWith('x') ? `\`${base}\`` : modifiers.find((m) => m === 'skip' || m === 'todo') && `\`${base}.${modifiers.find((m) => m === 'skip' || m === 'todo')}\``;
      const skip = inherited.skip ?? (ownSkip ? (isSuite ? `${ownSkip} on describe "${title}"` : ownSkip) : undefined);
      if (isSuite) {
        const body = callbackBody(args);
        if (body) walk(children(body), { skip, only, ids: [...inherited.ids, ...idsIn(title)] });
        continue;
      }
      found.push({ file, line: lineAt(text, call.from), name: title, language: 'javascript', ids: [...new Set([...inherited.ids, ...idsIn(title)])], ...(skip ? { skip } : {}), only });
    }
  };
  walk(children(tree.topNode), { only: false, ids: [] });
  const tests: FoundTest[] = [];
  const excluded: ExcludedTest[] = [];
  for (const { skip, only, ...t } of found) {
    if (skip) excluded.push({ ...t, reason: `skipped by ${skip}` });
    else if (anyOnly && !only) excluded.push({ ...t, reason: 'skipped: the file runs only its `.only` tests' });
    else tests.push(t);
  }
  return { tests, excluded };
}

export async function buildTestIndex(repo: RepoFiles): Promise<TestIndex> {
  const files = (await repo.listFiles()).filter(isTestFile);
  const tests: FoundTest[] = [];
  const excluded: ExcludedTest[] = [];
  for (const file of files) {
    const text = await repo.readText(file);
    if (text === undefined) continue;
    const r = scanTestFileDetailed(file, text);
    tests.push(...r.tests);
    excluded.push(...r.excluded);
  }
  return { files, tests, excluded };
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
