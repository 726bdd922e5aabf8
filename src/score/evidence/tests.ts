import path from 'node:path';
import type { TestsEvidenceConfig } from '../config.js';
import { findTestRunner } from '../test-runners.js';
import { languageOf, nameMatches, pathMatches, type FoundTest, type TestLanguage } from '../test-index.js';
import type { Finding } from '../types.js';
import { notCredited, type EvidenceVerifier } from './verifier.js';

/**
 * Named test files or test names, credited only when an active workflow runs a test runner for their
 * language: tests that exist but never run are not "run automatically on a repeated basis".
 */
export const testsVerifier: EvidenceVerifier<TestsEvidenceConfig> = {
  kind: 'tests',
  level: 'automated',
  async verify(config, ctx, keyPath, testId) {
    const parts = [config.paths && `files ${config.paths.join(', ')}`, config.names && `tests named ${config.names.join(', ')}`].filter(Boolean);
    const description = `tests: ${parts.join('; ')}`;
    const allFiles = await ctx.repo.listFiles();
    const findings: Finding[] = [];
    let scoped: string[] | undefined;
    if (config.paths) {
      scoped = [];
      for (const [i, pattern] of config.paths.entries()) {
        const matched = allFiles.filter((f) => pathMatches(pattern, f));
        if (matched.length === 0) {
          findings.push({
            severity: 'error', code: 'evidence-path-missing', test: testId,
            message: `${testId}: test path "${pattern}" matches no file in ${ctx.repo.label}`,
            location: ctx.settings.locate([...keyPath, 'paths', i]), hint: 'paths are relative to the repository root',
          });
        }
        scoped.push(...matched);
      }
      if (findings.length > 0) return notCredited(description, 'a test path matches no file', findings);
    }
    const languages = new Set<TestLanguage>();
    let location;
    if (config.names) {
      const index = await ctx.tests();
      const scope = scoped === undefined ? undefined : new Set(scoped);
      const inScope = (t: FoundTest) => scope === undefined || scope.has(t.file);
      const hits = index.tests.filter((t) => inScope(t) && config.names!.some((n) => nameMatches(n, t.name)));
      if (hits.length === 0) {
        return notCredited(description, `no test named ${config.names.join(' or ')} was found${scoped ? ' in the given paths' : ''}`, [{
          severity: 'error', code: 'evidence-test-missing', test: testId,
          message: `${testId}: no test named ${config.names.join(' or ')} found${scoped ? ` in ${config.paths!.join(', ')}` : ''}`,
          location: ctx.settings.locate([...keyPath, 'names']),
        }]);
      }
      for (const h of hits) languages.add(h.language);
      location = { file: path.join(ctx.repo.root, hits[0].file), line: hits[0].line };
    } else {
      for (const f of scoped ?? []) {
        const l = languageOf(f);
        if (l) languages.add(l);
      }
      if (scoped && scoped.length > 0) location = { file: path.join(ctx.repo.root, scoped[0]) };
    }
    if (languages.size === 0) {
      return notCredited(description, 'the paths hold no Python or JavaScript/TypeScript test files', [{
        severity: 'warning', code: 'evidence-no-tests', test: testId,
        message: `${testId}: ${config.paths?.join(', ')} holds no Python or JavaScript/TypeScript files Modelship can tell are tests`,
        location: ctx.settings.locate(keyPath), hint: 'use automated.workflow or automated.command for other test runners',
      }]);
    }
    for (const language of languages) {
      const runner = findTestRunner(ctx.workflows, language);
      if (runner) {
        return { credited: true, description: `${description}, run by ${runner.workflow.file} job ${runner.job.id}`, location, findings: [] };
      }
    }
    return notCredited(description, `no active workflow runs a ${[...languages].join(' or ')} test runner, so the tests never run automatically`, [], location);
  },
};
