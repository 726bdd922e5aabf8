import path from 'node:path';
import type { RepoFiles } from './repo/files.js';
import { shellCommands, type ShellCommand } from './shell.js';
import type { FoundTest, TestLanguage } from './test-index.js';
import type { ActiveStep, WorkflowIndex } from './workflows.js';

/**
 * Test files prove nothing unless something runs them. A test counts as automated only when an active
 * workflow step really invokes a runner that would collect it: the step's `run:` script is split into
 * commands (src/score/shell.ts), wrappers are looked through (`uv run`, `npx`, `python -m`, `bash -c`,
 * `npm test` and `make test` are followed into package.json scripts and Makefile recipes), and the
 * runner's own arguments decide which files it collects. `pip install pytest` or `echo pytest` run nothing.
 */

export type RunnerKind = 'pytest' | 'unittest' | 'python-any' | 'jest' | 'vitest' | 'mocha' | 'node-test' | 'js-any';

export interface RunnerInvocation {
  kind: RunnerKind;
  language: TestLanguage;
  /** Repository-relative folder it runs in. */
  cwd: string;
  /**
   * What it collects: repository-relative files or folders (pytest, mocha, node --test) or path regular
   * expressions (jest, vitest); empty means everything its defaults collect under `cwd`.
   */
  selectors: string[];
  /** Files or folders it is told to leave out (`pytest --ignore`). */
  ignored: string[];
  /** The chain of commands that led to it, for people (`npm test` → `jest --ci`). */
  via: string[];
}

export interface RunningStep {
  step: ActiveStep;
  command: ShellCommand;
  invocation: RunnerInvocation;
}

const MAX_DEPTH = 4;
const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'pwsh', 'powershell', 'cmd']);
/** Options of pytest that take a value in the next word. */
const PYTEST_VALUE_OPTIONS = new Set([
  '-k', '-m', '-p', '-c', '-o', '-n', '-r', '-W', '--rootdir', '--confcutdir', '--basetemp', '--ignore', '--ignore-glob', '--deselect',
  '--junitxml', '--junit-xml', '--tb', '--maxfail', '--durations', '--log-level', '--log-cli-level', '--cov', '--cov-report', '--cov-config',
  '--cov-fail-under', '--import-mode', '--override-ini', '--capture', '--timeout', '--dist', '--numprocesses', '--html', '--json-report-file',
  '--log-file', '--reruns', '--randomly-seed', '--co-names',
]);
/** Flags that make a runner list or describe tests instead of running them. */
const NOT_RUNNING = new Set(['--collect-only', '--co', '--help', '-h', '--version', '-V', '--fixtures', '--markers', '--listTests', '--showConfig', '--list', 'list', '--setup-plan']);
/** Options of jest/vitest/mocha that take a value in the next word. */
const JS_VALUE_OPTIONS = new Set(['-c', '--config', '--testPathPattern', '--testPathPatterns', '-t', '--testNamePattern', '--reporter', '--reporters', '--outputFile', '--coverageDirectory', '--maxWorkers', '-w', '--shard', '--project', '--selectProjects', '--environment', '--pool', '--require', '-r', '--timeout', '--ui', '--dir', '--root']);

interface Ctx {
  repo: RepoFiles;
  depth: number;
  via: string[];
}

/** Every runner invocation of every active `run:` step, in workflow order. */
export async function findRunners(index: WorkflowIndex, repo: RepoFiles): Promise<RunningStep[]> {
  const out: RunningStep[] = [];
  for (const step of index.activeSteps) {
    if (step.step.run === undefined || !SHELLS.has(step.step.shell.split(/\s+/)[0])) continue;
    for (const { command, invocation } of await runnersInScript(step.step.run, step.step.workingDirectory, { repo, depth: 0, via: [] })) {
      out.push({ step, command, invocation });
    }
  }
  return out;
}

/** Whether a running step would collect and run this test, with its failure failing the job. */
export function collects(r: RunningStep, test: Pick<FoundTest, 'file' | 'language' | 'unittestCase'>): boolean {
  const inv = r.invocation;
  if (r.command.failureIgnored || r.step.step.continueOnError) return false;
  if (inv.language !== test.language) return false;
  if (inv.kind === 'unittest' && !test.unittestCase) return false;
  const file = test.file;
  const under = (p: string) => p === '.' || file === p || file.startsWith(`${p.replace(/\/+$/, '')}/`);
  if (inv.ignored.some(under)) return false;
  if (inv.kind === 'jest' || inv.kind === 'vitest') {
    if (!under(inv.cwd)) return false;
    return inv.selectors.length === 0 || inv.selectors.some((s) => safeRegExp(s)?.test(file) ?? file.includes(s));
  }
  if (inv.selectors.length === 0) return under(inv.cwd) && (inv.kind !== 'mocha' || path.posix.dirname(file) === join(inv.cwd, 'test'));
  return inv.selectors.some(under);
}

/** Why a running step does not count even though it invokes the runner. */
export function whyNot(r: RunningStep): string | undefined {
  if (r.command.failureIgnored) return `its failure is ignored (\`${r.command.argv.join(' ')} || …\`)`;
  if (r.step.step.continueOnError) return 'the step has `continue-on-error: true`';
  return undefined;
}

export function describeRunner(r: RunningStep): string {
  const at = `${r.step.workflow.file} job ${r.step.job.id}, step ${r.step.step.name ? `"${r.step.step.name}"` : r.step.step.index + 1} line ${r.command.line}`;
  return `\`${r.command.argv.join(' ')}\`${r.invocation.via.length > 1 ? ` (${r.invocation.via.slice(1).join(' → ')})` : ''} in ${at}`;
}

function safeRegExp(s: string): RegExp | undefined {
  try {
    return new RegExp(s);
  } catch {
    return undefined;
  }
}

function join(cwd: string, p: string): string {
  const joined = path.posix.normalize(path.posix.join(cwd, p));
  return joined.replace(/\/+$/, '') || '.';
}

async function runnersInScript(script: string, cwd: string, ctx: Ctx): Promise<Array<{ command: ShellCommand; invocation: RunnerInvocation }>> {
  const out: Array<{ command: ShellCommand; invocation: RunnerInvocation }> = [];
  let dir = cwd;
  for (const command of shellCommands(script)) {
    const argv = command.argv;
    // `cd tests && pytest`: later commands run in the new folder; an unknown one (`cd $X`) is taken as the root.
    if (argv[0] === 'cd' || argv[0] === 'pushd') {
      const target = argv[1];
      dir = target && !target.includes('$') && !target.startsWith('/') && target !== '-' ? join(dir, target) : '.';
      if (dir.startsWith('..')) dir = '.';
      continue;
    }
    for (const invocation of await runnersOf(argv, dir, ctx)) out.push({ command, invocation });
  }
  return out;
}

/** Strips wrappers that run the command they are given, returning the command they run. */
function unwrap(argv: string[]): string[] {
  let a = argv;
  for (let guard = 0; guard < 10 && a.length > 0; guard++) {
    const [cmd, ...rest] = a;
    const base = path.posix.basename(cmd);
    const skipOptions = (xs: string[], valued: Set<string> = new Set()) => {
      let i = 0;
      while (i < xs.length && xs[i].startsWith('-')) i += valued.has(xs[i]) ? 2 : 1;
      return xs.slice(i);
    };
    if (['sudo', 'time', 'nice', 'nohup', 'xvfb-run', 'stdbuf', 'exec', 'command'].includes(base)) a = skipOptions(rest, new Set(['-u', '-n', '-s', '-a', '-o', '-e']));
    else if (base === 'env') {
      a = skipOptions(rest, new Set(['-u', '--unset', '-C', '--chdir']));
      while (a.length > 0 && /^[A-Za-z_]\w*=/.test(a[0])) a = a.slice(1);
    }
    else if (base === 'timeout') a = skipOptions(rest, new Set(['-s', '-k'])).slice(1);
    else if (['uv', 'poetry', 'pipenv', 'pdm', 'rye', 'hatch', 'conda', 'micromamba', 'mamba', 'pixi'].includes(base) && rest[0] === 'run') {
      a = skipOptions(rest.slice(1), new Set(['-n', '--name', '-p', '--prefix', '-e', '--env', '--with', '--python', '--group', '--extra', '--environment']));
    } else if (['npx', 'bunx', 'pnpx'].includes(base)) a = skipOptions(rest, new Set(['-p', '--package']));
    else if ((['pnpm', 'npm', 'yarn', 'bun'].includes(base) && ['exec', 'dlx', 'x'].includes(rest[0]))) a = skipOptions(rest.slice(1));
    else if (/^python(\d(\.\d+)?)?$|^py$/.test(base) && rest[0] === '-m' && rest[1] === 'coverage' && rest[2] === 'run') a = coverageRun(rest.slice(3));
    else if (base === 'coverage' && rest[0] === 'run') a = coverageRun(rest.slice(1));
    else return a;
  }
  return a;
}

/** `coverage run -m pytest …` runs pytest; `coverage run script.py` runs a script. */
function coverageRun(rest: string[]): string[] {
  let i = 0;
  while (i < rest.length && rest[i].startsWith('-') && rest[i] !== '-m') i += /^--(rcfile|source|include|omit|data-file)$/.test(rest[i]) ? 2 : 1;
  return rest[i] === '-m' ? ['python', '-m', ...rest.slice(i + 1)] : rest.slice(i);
}

async function runnersOf(raw: string[], cwd: string, ctx: Ctx): Promise<RunnerInvocation[]> {
  if (ctx.depth > MAX_DEPTH) return [];
  const argv = unwrap(raw);
  if (argv.length === 0) return [];
  const via = [...ctx.via, argv.join(' ')];
  const [cmd, ...args] = argv;
  const base = path.posix.basename(cmd);
  const deeper: Ctx = { ...ctx, depth: ctx.depth + 1, via };
  if (args.some((a) => NOT_RUNNING.has(a))) return [];

  // Shells given a script.
  if (SHELLS.has(base) && args[0] === '-c' && args[1] !== undefined) return (await runnersInScript(args[1], cwd, deeper)).map((x) => x.invocation);

  // Python.
  let pyArgs: string[] | undefined;
  let kind: RunnerKind | undefined;
  if (base === 'pytest' || base === 'py.test') [kind, pyArgs] = ['pytest', args];
  else if (/^python(\d(\.\d+)?)?$|^py$/.test(base)) {
    const m = args.indexOf('-m');
    if (m !== -1 && args.slice(0, m).every((a) => a.startsWith('-'))) {
      const mod = args[m + 1];
      if (mod === 'pytest' || mod === 'py.test') [kind, pyArgs] = ['pytest', args.slice(m + 2)];
      else if (mod === 'unittest') [kind, pyArgs] = ['unittest', args.slice(m + 2)];
    }
  } else if (base === 'tox' || base === 'nox' || (base === 'hatch' && args[0] === 'test')) {
    return [{ kind: 'python-any', language: 'python', cwd, selectors: [], ignored: [], via }];
  }
  if (kind === 'pytest' && pyArgs) return [await pytestInvocation(pyArgs, cwd, ctx.repo, via)];
  if (kind === 'unittest' && pyArgs) {
    const discover = pyArgs[0] === 'discover' || pyArgs.length === 0;
    const start = discover ? (optionValue(pyArgs, ['-s', '--start-directory']) ?? '.') : '.';
    return [{ kind: 'unittest', language: 'python', cwd, selectors: [join(cwd, start)], ignored: [], via }];
  }

  // JavaScript runners.
  const js = (k: RunnerKind, rest: string[]): RunnerInvocation => ({ kind: k, language: 'javascript', cwd, selectors: positional(rest, JS_VALUE_OPTIONS).map((s) => (k === 'mocha' || k === 'node-test' ? join(cwd, s) : s)), ignored: [], via });
  if (base === 'jest') return [js('jest', args)];
  if (base === 'vitest') return args[0] === 'watch' || args[0] === 'dev' || args[0] === 'bench' ? [] : [js('vitest', args[0] === 'run' ? args.slice(1) : args)];
  if (base === 'mocha') return [js('mocha', args)];
  if (base === 'ava') return [js('js-any', args)];
  if (base === 'node' && args.includes('--test')) return [js('node-test', args.filter((a) => a !== '--test'))];
  if (base === 'bun' && args[0] === 'test') return [js('js-any', args.slice(1))];

  // Package scripts: `npm test`, `npm run test`, `yarn test`, `pnpm test`, `bun run test`.
  if (['npm', 'pnpm', 'yarn', 'bun'].includes(base)) {
    const a = args.filter((x) => !x.startsWith('-'));
    let script: string | undefined;
    if (a[0] === 'test' || a[0] === 't' || a[0] === 'tst') script = 'test';
    else if ((a[0] === 'run' || a[0] === 'run-script') && a[1]) script = a[1];
    else if (base !== 'npm' && a[0] && !['install', 'add', 'ci', 'i', 'exec', 'dlx', 'x', 'remove', 'why', 'audit', 'outdated'].includes(a[0])) script = a[0];
    if (!script) return [];
    const body = await packageScript(ctx.repo, cwd, script);
    return body === undefined ? [] : (await runnersInScript(body, cwd, deeper)).map((x) => x.invocation);
  }

  // make TARGET: the target's recipe lines.
  if (base === 'make' || base === 'gmake') {
    const dirOpt = optionValue(args, ['-C', '--directory']);
    const dir = dirOpt ? join(cwd, dirOpt) : cwd;
    const targets = positional(args, new Set(['-C', '--directory', '-f', '--file', '-j', '--jobs'])).filter((t) => !t.includes('='));
    const recipes = await makeRecipes(ctx.repo, dir, optionValue(args, ['-f', '--file']), targets);
    const out: RunnerInvocation[] = [];
    for (const line of recipes) out.push(...(await runnersInScript(line, dir, deeper)).map((x) => x.invocation));
    return out;
  }
  return [];
}

function optionValue(args: string[], names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    for (const n of names) {
      if (args[i] === n) return args[i + 1];
      if (args[i].startsWith(`${n}=`)) return args[i].slice(n.length + 1);
    }
  }
  return undefined;
}

function positional(args: string[], valued: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      out.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('-')) {
      if (valued.has(a)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** pytest's selection: positional paths (`path::test` keeps the path), else `testpaths` from its configuration. */
async function pytestInvocation(args: string[], cwd: string, repo: RepoFiles, via: string[]): Promise<RunnerInvocation> {
  const ignored = args.flatMap((a, i) => (a === '--ignore' ? [args[i + 1]] : a.startsWith('--ignore=') ? [a.slice(9)] : [])).filter(Boolean).map((p) => join(cwd, p));
  let selectors = positional(args, PYTEST_VALUE_OPTIONS).map((p) => join(cwd, p.split('::')[0]));
  if (selectors.length === 0) {
    const testpaths = await pytestTestpaths(repo, cwd);
    if (testpaths.length > 0) selectors = testpaths.map((p) => join(cwd, p));
  }
  return { kind: 'pytest', language: 'python', cwd, selectors, ignored, via };
}

/** `testpaths` from pytest.ini, pyproject.toml, tox.ini or setup.cfg in the folder pytest starts in (its rootdir rules, simplified). */
async function pytestTestpaths(repo: RepoFiles, cwd: string): Promise<string[]> {
  for (const [file, section] of [['pytest.ini', 'pytest'], ['pyproject.toml', 'tool.pytest.ini_options'], ['tox.ini', 'pytest'], ['setup.cfg', 'tool:pytest']] as const) {
    const text = await repo.readText(join(cwd, file));
    if (text === undefined) continue;
    const start = text.search(new RegExp(`^\\[${section.replace(/[.:]/g, '\\$&')}\\]\\s*$`, 'm'));
    if (start === -1) continue;
    const body = text.slice(start).split(/\n(?=\[)/)[0];
    const m = /^testpaths\s*=\s*(\[[^\]]*\]|.*(?:\n[ \t]+.*)*)/m.exec(body);
    if (!m) return [];
    return [...m[1].matchAll(/"([^"]+)"|'([^']+)'|([^\s,[\]"']+)/g)].map((x) => x[1] ?? x[2] ?? x[3]);
  }
  return [];
}

async function packageScript(repo: RepoFiles, cwd: string, name: string): Promise<string | undefined> {
  const text = await repo.readText(join(cwd, 'package.json'));
  if (text === undefined) return undefined;
  try {
    const scripts = (JSON.parse(text) as { scripts?: Record<string, unknown> }).scripts ?? {};
    const body = scripts[name];
    if (typeof body !== 'string') return undefined;
    const pre = typeof scripts[`pre${name}`] === 'string' ? `${scripts[`pre${name}`] as string}\n` : '';
    return pre + body;
  } catch {
    return undefined;
  }
}

/** Recipe lines of the targets (the first target when none is named), one level of prerequisites followed. */
async function makeRecipes(repo: RepoFiles, dir: string, file: string | undefined, targets: string[]): Promise<string[]> {
  const names = file ? [file] : ['GNUmakefile', 'makefile', 'Makefile'];
  let text: string | undefined;
  for (const n of names) if ((text = await repo.readText(join(dir, n))) !== undefined) break;
  if (text === undefined) return [];
  const rules = new Map<string, { prereqs: string[]; recipe: string[] }>();
  let first: string | undefined;
  let current: Array<{ recipe: string[] }> = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('\t')) {
      for (const r of current) r.recipe.push(line.slice(1).replace(/^[@+-]+/, ''));
      continue;
    }
    const m = /^([A-Za-z0-9_./ -]+?)\s*::?\s*([^=]*)$/.exec(line);
    if (m && !line.startsWith('#')) {
      current = [];
      for (const t of m[1].split(/\s+/).filter(Boolean)) {
        if (t.startsWith('.')) continue;
        const rule = { prereqs: m[2].replace(/#.*/, '').split(/\s+/).filter(Boolean), recipe: [] as string[] };
        rules.set(t, rule);
        current.push(rule);
        first ??= t;
      }
    } else if (line.trim() !== '') current = [];
  }
  const wanted = targets.length > 0 ? targets : first ? [first] : [];
  const out: string[] = [];
  for (const t of wanted) {
    const rule = rules.get(t);
    if (!rule) continue;
    for (const p of rule.prereqs) out.push(...(rules.get(p)?.recipe ?? []));
    out.push(...rule.recipe);
  }
  return out;
}

/** The languages a file's tests are written in, for messages. */
export function languageName(language: TestLanguage): string {
  return language === 'python' ? 'Python' : 'JavaScript/TypeScript';
}

