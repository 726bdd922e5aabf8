import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webhookEvent } from '../support/events.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { runAction } from '../support/run-action.js';

/** The built dist/gate bundle, run as the runner runs it, against the GitHub REST stand-in. */
const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris');
let gh: GitHubStandIn;
let workspace: string;

beforeAll(async () => {
  gh = await GitHubStandIn.start();
  workspace = await mkdtemp(path.join(os.tmpdir(), 'modelship-gate-action-'));
  await cp(EXAMPLE, workspace, { recursive: true });
});
afterAll(async () => {
  await gh.close();
  await rm(workspace, { recursive: true, force: true });
});

describe('gate action', () => {
  const event = () => webhookEvent('pull_request', { action: 'opened' });

  it('a degraded model: fails the step, annotates modelship.yml lines, one check run with annotations, one sticky comment', async () => {
    const pr = event();
    const prNumber = pr.payload.pull_request.number as number;
    gh.world.addPullRequest(prNumber);
    const result = await runAction('gate', {
      cwd: workspace,
      standIn: gh,
      event: pr,
      inputs: { candidate: 'models/iris-degraded/metrics.json, models/iris-degraded/predictions.csv', 'check-run': true, 'blessing-dir': 'out/blessing' },
      env: { RUNNER_TEMP: path.join(workspace, 'runner-temp') },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('fail');
    expect(Number(result.outputs['failed-count'])).toBeGreaterThanOrEqual(5);
    expect(Number(result.outputs['passed-count'])).toBeGreaterThanOrEqual(1);
    expect(existsSync(path.join(workspace, 'out/blessing/NOT_BLESSED'))).toBe(true);
    expect(result.outputs.report).toBe(path.join(workspace, 'runner-temp', 'modelship', 'gate.json'));
    const report = JSON.parse(await readFile(result.outputs.report, 'utf8'));
    expect(report.verdict).toBe('fail');
    expect(report.checks.find((c: { check: string }) => c.check === 'accuracy').location.line).toBeGreaterThan(1);
    expect(result.summary).toMatch(/## ❌ Modelship gate: fail/);
    expect(result.summary).toMatch(/\| ❌ \| accuracy \*\*\(critical\)\*\* \| overall \| value \| 0\.533333 \|/);
    const onYaml = result.annotations.filter((a) => a.file === 'modelship.yml' && a.level === 'error');
    expect(onYaml.length).toBeGreaterThanOrEqual(5);
    expect(onYaml.every((a) => typeof a.line === 'number' && a.line > 1)).toBe(true);

    const checkRuns = gh.calls('POST /repos/{owner}/{repo}/check-runs');
    expect(checkRuns).toHaveLength(1);
    const body = checkRuns[0].body as { conclusion: string; output: { annotations: Array<{ path: string; start_line: number; annotation_level: string }> } };
    expect(body.conclusion).toBe('failure');
    expect(body.output.annotations.every((a) => a.path === 'modelship.yml' && a.annotation_level === 'failure')).toBe(true);
    expect(gh.calls('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
    expect(gh.takeViolations()).toEqual([]);
  });

  it('a second run on the same pull request updates the sticky comment in place; v2 passes and blesses', async () => {
    const before = gh.calls('POST /repos/{owner}/{repo}/issues/{issue_number}/comments').length;
    const result = await runAction('gate', { cwd: workspace, standIn: gh, event: event(), inputs: { 'blessing-dir': 'out/blessing' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.outputs['failed-count']).toBe('0');
    expect(existsSync(path.join(workspace, 'out/blessing/BLESSED'))).toBe(true);
    expect(existsSync(path.join(workspace, 'out/blessing/NOT_BLESSED'))).toBe(false);
    expect(gh.calls('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(before);
    expect(gh.calls('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(1);
    expect(result.outputs['comment-url']).toBeTruthy();
    expect(gh.takeViolations()).toEqual([]);
  });

  it('a fork pull request (read-only token): the 403 on the comment and on the check run are warnings, the passing verdict stands (issue 15)', async () => {
    const fork = webhookEvent('pull_request', { action: 'opened', overrides: { number: 4242, pull_request: { number: 4242, head: { repo: { fork: true } } } } });
    gh.world.addPullRequest(4242);
    gh.injectFault('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { kind: 'status', status: 403, message: 'Resource not accessible by integration' });
    gh.injectFault('POST /repos/{owner}/{repo}/check-runs', { kind: 'status', status: 403, message: 'Resource not accessible by integration' });
    const result = await runAction('gate', { cwd: workspace, standIn: gh, event: fork, inputs: { 'check-run': true } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.verdict).toBe('pass');
    expect(result.outputs['comment-url']).toBeUndefined();
    expect(result.outputs['check-run-id']).toBeUndefined();
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.some((m) => /could not write the pull-request comment: .*Resource not accessible by integration/.test(m))).toBe(true);
    expect(warnings.some((m) => /could not create the check run .*Resource not accessible by integration/.test(m))).toBe(true);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    // The comment went through the sticky path: looked for an existing one on the pull request first, then tried once.
    const onPr = result.apiCalls.filter((c) => c.params?.issue_number === '4242').map((c) => `${c.method} ${c.route}`);
    expect(onPr).toEqual(['GET /repos/{owner}/{repo}/issues/{issue_number}/comments', 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments']);
    expect(gh.takeViolations()).toEqual([]);
  });

  it('refuses, like config check, a file where an environment names an unknown gate (issue 15)', async () => {
    const broken = await mkdtemp(path.join(os.tmpdir(), 'modelship-gate-action-broken-'));
    try {
      await cp(EXAMPLE, broken, { recursive: true });
      const yml = await readFile(path.join(broken, 'modelship.yml'), 'utf8');
      await writeFile(path.join(broken, 'modelship.yml'), `${yml.trimEnd()}\n# appended by the test\n`.replace(/^environments:\n/m, 'environments:\n  extra:\n    provider: { type: local }\n    gates: [qualty]\n'));
      const result = await runAction('gate', { cwd: broken, standIn: gh, inputs: { comment: false } });
      expect(result.exitCode).toBe(1);
      expect(result.outputs.verdict).toBeUndefined();
      expect(result.annotations.some((a) => a.file === 'modelship.yml' && /environment "extra" names gate "qualty", which is not configured under gates/.test(a.message))).toBe(true);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  it('a bad input fails the step with a clear message and no API call', async () => {
    const calls = gh.calls().length;
    const result = await runAction('gate', { cwd: workspace, standIn: gh, inputs: { gate: 'nope' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.some((a) => /unknown gate "nope"/.test(a.message))).toBe(true);
    expect(gh.calls().length).toBe(calls);
  });
});
