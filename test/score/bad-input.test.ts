import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/core/config.js';
import { scoreRepository } from '../../src/score/evaluate.js';
import { WorkingTree } from '../../src/score/repo/working-tree.js';
import type { Finding, ScoreReport } from '../../src/score/types.js';
import { daysAgo, makeRepo } from './support/repo.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const CI = `on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: python -m pytest
`;

/** Scores a repository whose modelship.yml has `score:` followed by `scoreYaml`; line 5 is the first line of scoreYaml. */
async function run(scoreYaml: string, files: Record<string, string> = {}, now?: Date): Promise<{ report: ScoreReport; root: string }> {
  const repo = await makeRepo({ 'modelship.yml': `version: 1\nmodels:\n  m: { path: m.onnx }\nscore:\n${scoreYaml}`, '.github/workflows/ci.yml': CI, ...files });
  cleanups.push(repo.cleanup);
  const loaded = await loadConfig(path.join(repo.root, 'modelship.yml'));
  return { report: await scoreRepository({ loaded, repo: new WorkingTree(repo.root), now }), root: repo.root };
}

function only(report: ScoreReport, code: string): Finding {
  const found = report.findings.filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('bad evidence is a finding on its modelship.yml line, never a crash', () => {
  it('unknown test ids, with a suggestion', async () => {
    const { report, root } = await run('  tests:\n    data-1: { notApplicable: x }\n    modle-6:\n      notApplicable: typo\n    infra-9: { notApplicable: y }\n');
    const findings = report.findings.filter((f) => f.code === 'unknown-test-id');
    expect(findings.map((f) => [f.test, f.location?.line, f.location?.column, f.hint])).toEqual([
      ['modle-6', 7, 5, 'did you mean "model-6"?'],
      ['infra-9', 9, 5, 'did you mean "infra-1"?'],
    ]);
    expect(findings[0].location?.file).toBe(path.join(root, 'modelship.yml'));
    expect(findings[0].severity).toBe('error');
    expect(report.score).toBe(0);
  });

  it('a manual document that does not exist (or leaves the repository)', async () => {
    const { report } = await run(`  tests:\n    data-2:\n      manual:\n        document: docs/nope.md\n        reviewer: ann\n        date: "${daysAgo(1)}"\n    data-3:\n      manual: { document: ../outside.md, reviewer: ann, date: "${daysAgo(1)}" }\n`);
    const missing = report.findings.filter((f) => f.code === 'evidence-path-missing');
    expect(missing.map((f) => [f.test, f.location?.line])).toEqual([['data-2', 8], ['data-3', 12]]);
    expect(report.tests.find((t) => t.id === 'data-2')!.status).toBe('missing');
  });

  it('a document reached through a symbolic link out of the repository', async () => {
    const outside = await makeRepo({ 'secret.md': 'outside' });
    cleanups.push(outside.cleanup);
    const repo = await makeRepo({ 'modelship.yml': `version: 1\nmodels:\n  m: { path: m.onnx }\nscore:\n  tests:\n    data-2:\n      manual: { document: docs/link.md, reviewer: ann, date: "${daysAgo(1)}" }\n` });
    cleanups.push(repo.cleanup);
    await writeFile(path.join(repo.root, 'placeholder'), '');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.join(repo.root, 'docs')));
    await symlink(path.join(outside.root, 'secret.md'), path.join(repo.root, 'docs', 'link.md'));
    const loaded = await loadConfig(path.join(repo.root, 'modelship.yml'));
    const report = await scoreRepository({ loaded, repo: new WorkingTree(repo.root) });
    expect(only(report, 'evidence-path-missing').location?.line).toBe(7);
    expect(report.tests.find((t) => t.id === 'data-2')!.status).toBe('missing');
  });

  it('review dates in the future, impossible dates, expired and expiring reviews', async () => {
    const now = new Date('2026-06-15T10:00:00Z');
    const { report } = await run(
      [
        '  manualMaxAge: 100d',
        '  expiryWarning: 10d',
        '  tests:',
        '    data-1:',
        '      manual: { document: doc.md, reviewer: ann, date: "2026-06-16" }', // line 9: tomorrow
        '    data-2:',
        '      manual: { document: doc.md, reviewer: ann, date: "2026-02-30" }', // line 11
        '    data-3:',
        '      manual: { document: doc.md, reviewer: ann, date: "2026-03-06" }', // line 13: 101 days old
        '    data-4:',
        '      manual: { document: doc.md, reviewer: ann, date: "2026-03-10" }', // line 15: 97 days old, expires in 3
        '    data-5:',
        '      manual: { document: doc.md, reviewer: ann, date: "2026-06-15", maxAge: 60d }', // today: valid
        '    data-6:',
        '      manual: { document: doc.md, reviewer: ann, date: "2025-01-01", maxAge: 600d }', // 530 days: valid, expiring? no (70 days left)
        '',
      ].join('\n'),
      { 'doc.md': '# results\n' },
      now,
    );
    expect(only(report, 'manual-date-in-future')).toMatchObject({ test: 'data-1', severity: 'error', location: { line: 9 } });
    expect(only(report, 'manual-date-in-future').message).toContain('today is 2026-06-15');
    expect(only(report, 'manual-bad-date')).toMatchObject({ test: 'data-2', location: { line: 11 } });
    expect(only(report, 'manual-expired')).toMatchObject({ test: 'data-3', severity: 'warning', location: { line: 13 } });
    expect(only(report, 'manual-expired').message).toContain('expired on 2026-06-14');
    expect(only(report, 'manual-expiring')).toMatchObject({ test: 'data-4', severity: 'warning', location: { line: 15 } });
    expect(only(report, 'manual-expiring').message).toContain('in 3 days');
    const status = Object.fromEntries(report.tests.map((t) => [t.id, t.status]));
    expect([status['data-1'], status['data-2'], status['data-3'], status['data-4'], status['data-5'], status['data-6']]).toEqual(['missing', 'missing', 'missing', 'manual', 'manual', 'manual']);
    // data = 0.5 (data-4) + 0.5 (data-5) + 0.5 (data-6) = 1.5
    expect(report.sections.data).toBe(1.5);
  });

  it('workflow, test and config evidence that does not exist', async () => {
    const { report } = await run(
      [
        '  tests:',
        '    data-1:',
        '      automated:',
        '        workflow: { file: nightly.yml, run: check }', // line 8
        '    data-7:',
        '      automated:',
        '        tests:',
        '          paths: [tests/test_features.py, tests/nothing_here]', // line 12
        '    model-5:',
        '      automated:',
        '        tests: { names: ["test_model_5_*"] }', // line 15
        '    monitor-1:',
        '      automated: { config: .github/dependabot.yml }', // line 17
        '',
      ].join('\n'),
      { 'tests/test_features.py': 'def test_x():\n    pass\n' },
    );
    expect(report.findings.filter((f) => f.code === 'evidence-path-missing').map((f) => [f.test, f.location?.line])).toEqual([
      ['data-1', 8],
      ['data-7', 12],
      ['monitor-1', 17],
    ]);
    expect(only(report, 'evidence-test-missing')).toMatchObject({ test: 'model-5', location: { line: 15 } });
    expect(report.score).toBe(0);
  });

  it('an unparsable workflow: a warning on its own line, and the rest still scores', async () => {
    const { report, root } = await run('  tests:\n    infra-2:\n      automated:\n        tests: { paths: [tests] }\n', {
      '.github/workflows/broken.yml': 'on: push\njobs:\n  x:\n    steps:\n      - run: "unterminated\n',
      'tests/test_model.py': 'def test_forward():\n    pass\n',
    });
    const f = only(report, 'workflow-unparsable');
    expect(f.location?.file).toBe(path.join(root, '.github/workflows/broken.yml'));
    expect(f.location?.line).toBeGreaterThanOrEqual(5);
    expect(report.tests.find((t) => t.id === 'infra-2')!.status).toBe('automated');
  });

  it('invalid Dependabot or Renovate configuration', async () => {
    const { report } = await run('  tests:\n    monitor-1:\n      automated: { config: .github/dependabot.yml }\n', {
      '.github/dependabot.yml': 'version: 2\nupdates: []\n',
      'renovate.json': '{ "enabled": false }',
    });
    expect(only(report, 'evidence-config-invalid')).toMatchObject({ test: 'monitor-1', location: { line: 7 } });
    expect(only(report, 'evidence-config-invalid').message).toMatch(/no `updates` entry/);
    const m1 = report.tests.find((t) => t.id === 'monitor-1')!;
    expect(m1.status).toBe('missing');
    expect(m1.evidence.map((e) => e.kind).sort()).toEqual(['config-file', 'dependabot', 'renovate']);
    expect(report.findings.filter((f) => f.code === 'dependency-config-invalid')).toHaveLength(2);
  });

  it('commands that fail, cannot start or time out', async () => {
    const { report } = await run(
      [
        '  commandTimeout: 3s',
        '  tests:',
        '    infra-1:',
        '      automated: { command: { run: [node, -e, "process.exit(3)"], expect: ok } }', // line 8
        '    infra-2:',
        '      automated: { command: { run: [definitely-not-a-program-xyz], expect: ok } }', // line 10
        '    infra-3:',
        '      automated: { command: { run: [node, -e, "setTimeout(() => {}, 20000)"], expect: ok } }', // line 12
        '    infra-5:',
        '      automated: { command: { run: [node, -e, "console.log(\'checked \' + 40 + 2)"], expect: "checked 402" } }',
        '',
      ].join('\n'),
    );
    expect(only(report, 'evidence-command-failed')).toMatchObject({ test: 'infra-1', severity: 'warning', location: { line: 8 } });
    expect(only(report, 'evidence-command-failed').message).toContain('exited 3');
    const errors = report.findings.filter((f) => f.code === 'evidence-command-error');
    expect(errors.map((f) => [f.test, f.location?.line])).toEqual([['infra-2', 10], ['infra-3', 12]]);
    expect(errors[0].message).toContain('was not found');
    expect(errors[1].message).toContain('timed out');
    expect(report.tests.filter((t) => t.section === 'infrastructure' && t.status === 'automated').map((t) => t.id)).toEqual(['infra-5']);
  });

  it('a test declared not applicable that has evidence is scored as applicable, with a warning', async () => {
    const { report } = await run('  notApplicable: exclude\n  tests:\n    data-5:\n      notApplicable: no personal data\n      automated: { command: { run: [node, -e, "console.log(6 * 7)"], expect: "^42$" } }\n    data-6: { notApplicable: features are fixed }\n');
    expect(only(report, 'not-applicable-with-evidence')).toMatchObject({ test: 'data-5', location: { line: 8 } });
    const byId = new Map(report.tests.map((t) => [t.id, t]));
    expect(byId.get('data-5')).toMatchObject({ applicable: true, status: 'automated' });
    expect(byId.get('data-6')).toMatchObject({ applicable: false, notApplicableReason: 'features are fixed' });
    // exclude: data = 1 point over 6 applicable tests, rescaled: 1 × 7 / 6
    expect(report.sections.data).toBe(Math.round((7 / 6) * 1e4) / 1e4);
    expect(report.naPolicy).toBe('exclude');
  });

  it('a configuration error in the score section is a ConfigError (exit 2) with its line', async () => {
    const repo = await makeRepo({ 'modelship.yml': 'version: 1\nmodels:\n  m: { path: m.onnx }\nscore:\n  minimum: 9\n  tests:\n    data-1:\n      manual: { document: a.md }\n' });
    cleanups.push(repo.cleanup);
    await expect(loadConfig(path.join(repo.root, 'modelship.yml'))).rejects.toMatchObject({ exitCode: 2, issues: expect.arrayContaining([expect.objectContaining({ location: expect.objectContaining({ line: 5 }) }), expect.objectContaining({ message: expect.stringContaining('reviewer') })]) });
  });
});
