import path from 'node:path';
import type { TestsEvidenceConfig } from '../config.js';
import { collects, describeRunner, languageName, whyNot, type RunningStep } from '../test-runners.js';
import { nameMatches, pathMatches, type ExcludedTest, type FoundTest } from '../test-index.js';
import type { Finding } from '../types.js';
import { stepProof } from './proof.js';
import { notCredited, type EvidenceContext, type EvidenceVerifier, type Verification } from './verifier.js';

/**
 * Whether tests run automatically: the first active workflow step whose runner would collect one of
 * `tests` (its files, its arguments, not skipped), with the proof of each link. Shared by the configured
 * `tests` evidence and the named-tests detector.
 */
export async function runTests(ctx: EvidenceContext, tests: FoundTest[]): Promise<{ test: FoundTest; runner: RunningStep } | { problem: string }> {
  const runners = await ctx.runners();
  for (const runner of runners) {
    const test = tests.find((t) => collects(runner, t));
    if (test) return { test, runner };
  }
  const languages = [...new Set(tests.map((t) => t.language))];
  const near = runners.filter((r) => languages.includes(r.invocation.language));
  if (near.length === 0) return { problem: `no active workflow step runs a ${languages.map(languageName).join(' or ')} test runner, so the tests never run automatically` };
  const reasons = near.slice(0, 3).map((r) => `${describeRunner(r)}: ${whyNot(r) ?? 'it does not collect these files (its arguments, working folder or kind select others)'}`);
  return { problem: `no active workflow step runs these tests — ${reasons.join('; ')}` };
}

export function creditProof(test: FoundTest, runner: RunningStep): string[] {
  return [
    `${test.file}:${test.line} ${test.name || '(untitled)'} is collected by ${runner.invocation.kind} and not skipped (parsed, not pattern-matched)`,
    `run by ${describeRunner(runner)}`,
    ...stepProof(runner.step),
  ];
}

export function excludedNote(excluded: ExcludedTest[]): string {
  if (excluded.length === 0) return '';
  return `; not counted: ${excluded.slice(0, 3).map((t) => `${t.file}:${t.line} ${t.name} (${t.reason})`).join(', ')}${excluded.length > 3 ? ` and ${excluded.length - 3} more` : ''}`;
}

/**
 * Named test files or test names, credited only when an active workflow step runs a runner that collects
 * one of them: tests that exist but never run, or are skipped, are not "run automatically".
 */
export const testsVerifier: EvidenceVerifier<TestsEvidenceConfig> = {
  kind: 'tests',
  level: 'automated',
  async verify(config, ctx, keyPath, testId): Promise<Verification> {
    const parts = [config.paths && `files ${config.paths.join(', ')}`, config.names && `tests named ${config.names.join(', ')}`].filter(Boolean);
    const description = `tests: ${parts.join('; ')}`;
    const allFiles = await ctx.repo.listFiles();
    const findings: Finding[] = [];
    let scope: Set<string> | undefined;
    if (config.paths) {
      scope = new Set();
      for (const [i, pattern] of config.paths.entries()) {
        const matched = allFiles.filter((f) => pathMatches(pattern, f));
        if (matched.length === 0) {
          findings.push({
            severity: 'error', code: 'evidence-path-missing', test: testId,
            message: `${testId}: test path "${pattern}" matches no file in ${ctx.repo.label}`,
            location: ctx.settings.locate([...keyPath, 'paths', i]), hint: 'paths are relative to the repository root',
          });
        }
        for (const f of matched) scope.add(f);
      }
      if (findings.length > 0) return notCredited(description, 'a test path matches no file', findings);
    }
    const index = await ctx.tests();
    const wanted = (t: FoundTest) => (scope === undefined || scope.has(t.file)) && (config.names === undefined || config.names.some((n) => nameMatches(n, t.name)));
    const hits = index.tests.filter(wanted);
    const excluded = index.excluded.filter(wanted);
    if (hits.length === 0) {
      const what = config.names ? `no test named ${config.names.join(' or ')}` : 'no test';
      return notCredited(description, `${what} that its runner would collect and run was found${scope ? ' in the given paths' : ''}${excludedNote(excluded)}`, [{
        severity: 'error', code: config.names ? 'evidence-test-missing' : 'evidence-no-tests', test: testId,
        message: `${testId}: ${what} that a runner would collect and run found${config.paths ? ` in ${config.paths.join(', ')}` : ''}${excludedNote(excluded)}`,
        location: ctx.settings.locate([...keyPath, config.names ? 'names' : 'paths']),
        hint: 'Python: pytest files test_*.py with test* functions or Test* classes; JS/TS: it()/test() in *.test.* files; skipped tests do not count',
      }]);
    }
    const location = { file: path.join(ctx.repo.root, hits[0].file), line: hits[0].line };
    const ran = await runTests(ctx, hits);
    if ('problem' in ran) return notCredited(description, ran.problem, [], location);
    return {
      credited: true,
      description: `${description}: ${ran.test.file}::${ran.test.name}, run by ${describeRunner(ran.runner)}`,
      location: { file: path.join(ctx.repo.root, ran.test.file), line: ran.test.line },
      findings: [],
      proof: creditProof(ran.test, ran.runner),
    };
  },
};
