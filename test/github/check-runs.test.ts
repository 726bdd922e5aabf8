import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createCheckRun, repositoryPath, updateCheckRun, type CheckAnnotation } from '../../src/github/check-runs.js';
import { GitHubApiError } from '../../src/github/errors.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from './stand-in-client.js';

const CREATE = 'POST /repos/{owner}/{repo}/check-runs';
const UPDATE = 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}';
const SHA = 'c0ffee'.padEnd(40, '0');

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterEach(() => gh.verifyAndReset());
afterAll(async () => {
  await gh.close();
});

function annotations(n: number): CheckAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `models/m${i}.onnx`,
    startLine: i + 1,
    level: i % 3 === 0 ? 'failure' : i % 3 === 1 ? 'warning' : 'notice',
    message: `finding ${i}`,
  }));
}

describe('createCheckRun', () => {
  it('creates a completed check run with title, summary and text', async () => {
    const result = await createCheckRun(standInClient(gh), {
      ...REPO,
      name: 'modelship/validate',
      headSha: SHA,
      conclusion: 'failure',
      title: '1 artifact rejected',
      summary: '| file | verdict |\n|---|---|\n| a.pkl | fail |',
      text: 'details',
    });
    expect(result).toMatchObject({ requests: 1, annotationsSent: 0, annotationsDropped: 0 });
    const [call] = gh.calls(CREATE);
    expect(call.body).toMatchObject({ name: 'modelship/validate', head_sha: SHA, status: 'completed', conclusion: 'failure', output: { title: '1 artifact rejected', text: 'details' } });
    expect(gh.world.checkRuns.get(result.id)?.status).toBe('completed');
  });

  it('sends 120 annotations in 3 calls of at most 50, most severe first', async () => {
    const result = await createCheckRun(standInClient(gh), { ...REPO, name: 'validate', headSha: SHA, conclusion: 'failure', title: 't', summary: 's', annotations: annotations(120) });
    expect(result).toMatchObject({ requests: 3, annotationsSent: 120 });
    const sizes = [...gh.calls(CREATE), ...gh.calls(UPDATE)].map((c) => ((c.body as any).output.annotations ?? []).length);
    expect(sizes).toEqual([50, 50, 20]);
    const updates = gh.calls(UPDATE);
    expect(updates.every((c) => (c.body as any).output.title === 't' && (c.body as any).output.summary === 's')).toBe(true);
    const stored = gh.world.checkRuns.get(result.id)!.annotations;
    expect(stored).toHaveLength(120);
    expect(stored.slice(0, 40).every((a) => a.annotation_level === 'failure')).toBe(true);
  });

  it('makes paths relative to the repository and drops columns on multi-line annotations', async () => {
    await createCheckRun(standInClient(gh), {
      ...REPO,
      name: 'validate',
      headSha: SHA,
      status: 'in_progress',
      title: 't',
      summary: 's',
      workspace: '/home/runner/work/models',
      annotations: [
        { path: '/home/runner/work/models/models/a.onnx', startLine: 3, startColumn: 2, endColumn: 9, level: 'warning', message: 'one line' },
        { path: './modelship.yml', startLine: 3, endLine: 5, startColumn: 2, level: 'failure', message: 'several lines' },
      ],
    });
    const sent = (gh.calls(CREATE)[0].body as any).output.annotations;
    expect(sent[0]).toMatchObject({ path: 'modelship.yml', start_line: 3, end_line: 5 });
    expect(sent[0].start_column).toBeUndefined();
    expect(sent[1]).toMatchObject({ path: 'models/a.onnx', start_column: 2, end_column: 9 });
  });

  it('caps the number of annotations and counts the dropped ones', async () => {
    const result = await createCheckRun(standInClient(gh), { ...REPO, name: 'v', headSha: SHA, conclusion: 'neutral', title: 't', summary: 's', annotations: annotations(75), maxAnnotations: 60 });
    expect(result).toMatchObject({ requests: 2, annotationsSent: 60, annotationsDropped: 15 });
  });

  it('moves a check run to completed', async () => {
    const client = standInClient(gh);
    const { id } = await createCheckRun(client, { ...REPO, name: 'bench', headSha: SHA, title: 'running', summary: '…' });
    await updateCheckRun(client, { ...REPO, checkRunId: id, conclusion: 'success', title: 'done', summary: 'p50 3 ms' });
    expect(gh.world.checkRuns.get(id)).toMatchObject({ status: 'completed', conclusion: 'success', output: { title: 'done' } });
  });
});

describe('the stand-in holds check runs to the API description', () => {
  it('rejects an invalid conclusion with 422 and records a violation', async () => {
    const client = standInClient(gh);
    const error = (await client.rest.checks
      .create({ ...REPO, name: 'x', head_sha: SHA, conclusion: 'passed' as 'success' })
      .catch((e: unknown) => e)) as GitHubApiError;
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/conclusion must be equal to one of the allowed values/);
    const violations = gh.takeViolations();
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ kind: 'request-body', operationId: 'checks/create' });
    expect(violations[0].problems.join()).toMatch(/\/conclusion/);
  });

  it('rejects 51 annotations in one request', async () => {
    const body = {
      ...REPO,
      name: 'x',
      head_sha: SHA,
      output: {
        title: 't',
        summary: 's',
        annotations: Array.from({ length: 51 }, () => ({ path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice' as const, message: 'm' })),
      },
    };
    await expect(standInClient(gh).rest.checks.create(body)).rejects.toThrow(/must NOT have more than 50 items/);
    expect(gh.takeViolations()[0].kind).toBe('request-body');
  });
});

describe('repositoryPath', () => {
  it('normalises and refuses paths outside the repository', () => {
    expect(repositoryPath('models\\a.onnx')).toBe('models/a.onnx');
    expect(repositoryPath('./a/../b.yml')).toBe('b.yml');
    expect(() => repositoryPath('../secrets')).toThrow(/outside the repository/);
    expect(() => repositoryPath('/etc/passwd', '/home/runner/work/models')).toThrow(/outside the repository/);
    expect(() => repositoryPath('/abs/file')).toThrow(/absolute/);
  });
});
