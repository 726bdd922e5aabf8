import type { TestLanguage } from './test-index.js';
import type { ActiveStep, WorkflowIndex } from './workflows.js';

/**
 * Test files prove nothing unless something runs them: a test counts as automated only when an active
 * workflow runs a test runner for its language. Runners that work for any language (make, tox-like
 * wrappers, bazel) count for both.
 */
const RUNNERS: Array<{ pattern: RegExp; languages: TestLanguage[] }> = [
  { pattern: /\b(?:pytest|py\.test|tox|nox|unittest|hatch\s+(?:run\s+)?test)\b/, languages: ['python'] },
  { pattern: /\b(?:jest|vitest|mocha|ava|(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?test)\b|\bnpx\s+(?:jest|vitest|mocha)\b/, languages: ['javascript'] },
  { pattern: /\bmake\b[^\n]*\btest|\b(?:bazel|just|task)\s+test\b/, languages: ['python', 'javascript'] },
];

export function runnerLanguages(script: string): TestLanguage[] {
  const out = new Set<TestLanguage>();
  for (const r of RUNNERS) if (r.pattern.test(script)) for (const l of r.languages) out.add(l);
  return [...out];
}

/** The first active step that runs tests written in `language`, if any. */
export function findTestRunner(index: WorkflowIndex, language: TestLanguage): ActiveStep | undefined {
  return index.activeSteps.find((s) => s.step.run !== undefined && runnerLanguages(s.step.run).includes(language));
}
