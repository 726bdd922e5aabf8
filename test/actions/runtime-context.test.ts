import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRunner } from '../../src/actions/runtime/runner.js';
import { runActionSpec } from '../../src/actions/runtime/main.js';
import type { ActionContext } from '../../src/actions/runtime/context.js';
import { workflowRunUrl } from '../../src/core/workflow-run.js';

/** Runs a probe action body and gives back what it saw, with the runner's lines. */
async function probe(env: NodeJS.ProcessEnv, body: (ctx: ActionContext) => Promise<unknown>): Promise<{ seen: unknown; lines: string[] }> {
  const lines: string[] = [];
  let seen: unknown;
  await runActionSpec({ name: 'probe', run: async (ctx) => void (seen = await body(ctx)) }, env, createRunner(env, (l) => lines.push(l)));
  return { seen, lines };
}

async function eventFile(payload: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-event-'));
  const file = path.join(dir, 'event.json');
  await writeFile(file, JSON.stringify(payload));
  return file;
}

describe('the action context: one event, one run URL, check runs on a checked SHA', () => {
  it('reads the event once and derives the pull request from it', async () => {
    const file = await eventFile({ action: 'opened', pull_request: { number: 4, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } } });
    const { seen } = await probe({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file, GITHUB_WORKSPACE: os.tmpdir() }, async (ctx) => {
      const first = ctx.event();
      await writeFile(file, 'changed under us');
      return { same: ctx.event() === first, name: first.name, pr: ctx.pullRequest() };
    });
    expect(seen).toEqual({ same: true, name: 'pull_request', pr: { number: 4, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40) } });
  });

  it('an unreadable payload is no event, not a failure', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-event-'));
    await writeFile(path.join(dir, 'bad.json'), '{not json');
    const { seen } = await probe({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: path.join(dir, 'bad.json') }, async (ctx) => ({ event: ctx.event(), pr: ctx.pullRequest() }));
    expect(seen).toEqual({ event: { name: 'push', payload: null }, pr: undefined });
  });

  it('the run URL, with its attempt on a re-run', () => {
    const env = { GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_REPOSITORY: 'octo/iris', GITHUB_RUN_ID: '42' };
    expect(workflowRunUrl(env)).toBe('https://ghe.example.com/octo/iris/actions/runs/42');
    expect(workflowRunUrl({ ...env, GITHUB_RUN_ATTEMPT: '1' })).toBe('https://ghe.example.com/octo/iris/actions/runs/42');
    expect(workflowRunUrl({ ...env, GITHUB_RUN_ATTEMPT: '3' })).toBe('https://ghe.example.com/octo/iris/actions/runs/42/attempts/3');
    expect(workflowRunUrl({ GITHUB_REPOSITORY: 'octo/iris', GITHUB_RUN_ID: '42' })).toBe('https://github.com/octo/iris/actions/runs/42');
    expect(workflowRunUrl({ GITHUB_REPOSITORY: 'octo/iris' })).toBeUndefined();
  });

  it('a check run is never made on a SHA the event or the runner did not give as a full commit id (a warning instead)', async () => {
    const file = await eventFile({ action: 'opened', pull_request: { number: 4, head: { sha: 'main; rm -rf /' } } });
    const { seen, lines } = await probe({ 'INPUT_GITHUB-TOKEN': 't', GITHUB_EVENT_PATH: file, GITHUB_SHA: 'HEAD', GITHUB_REPOSITORY: 'octo/iris' }, (ctx) =>
      ctx.checkRun({ name: 'x', conclusion: 'success', title: 't', summary: 's', annotations: [] }),
    );
    expect(seen).toBeUndefined();
    expect(lines).toContain('::warning::no check run: no commit SHA (the pull request head, or GITHUB_SHA)');
  });

  it('a check run without a token is a warning, and the step does not fail', async () => {
    const { seen, lines } = await probe({ GITHUB_SHA: 'c'.repeat(40) }, (ctx) => ctx.checkRun({ name: 'x', conclusion: 'success', title: 't', summary: 's', annotations: [] }));
    expect(seen).toBeUndefined();
    expect(lines).toContain('::warning::no check run: the github-token input is empty');
    expect(lines.some((l) => l.startsWith('::error'))).toBe(false);
  });

  it('loadConfigIfPresent: undefined without the file; configNamed only for a file other than the default', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-config-'));
    const { seen } = await probe({ GITHUB_WORKSPACE: dir, INPUT_CONFIG: 'modelship.yml' }, async (ctx) => ({ loaded: await ctx.loadConfigIfPresent(), named: ctx.configNamed }));
    expect(seen).toEqual({ loaded: undefined, named: false });
    const other = await probe({ GITHUB_WORKSPACE: dir, INPUT_CONFIG: 'conf/modelship.yml' }, async (ctx) => ctx.configNamed);
    expect(other.seen).toBe(true);
  });
});
