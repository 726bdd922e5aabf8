/**
 * The deploy action's post step (run with `post-if: always()`): a job cancelled or failed mid-rollout leaves
 * the record in progress with its lock naming the main step's process; the post step returns traffic to the
 * last good version and journals why. Another job's rollout, or none, is left alone.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deployPostAction } from '../../src/actions/deploy-post.js';
import { runActionSpec } from '../../src/actions/runtime/main.js';
import { createRunner } from '../../src/actions/runtime/runner.js';
import { deploy } from '../../src/deploy/engine.js';
import { LocalDeploymentStore } from '../../src/deploy/state/local.js';
import { createProject, type Project } from './helpers.js';

const projects: Project[] = [];
afterEach(async () => {
  await Promise.all(projects.splice(0).map((p) => p.cleanup()));
});

/** A process id that is not running (the main step, killed with the job). */
const GONE = 2 ** 22 + 11;

/** 1.0.0 live; then a canary of 1.1.0 whose process died at 25% while holding the lock as `pid`. */
async function midCanary(pid: number): Promise<Project> {
  const p = await createProject('  staging:\n    provider: { type: local }\n    strategy: { type: canary, steps: [{ weight: 25, pause: 1h }, { weight: 100 }] }\n');
  projects.push(p);
  await p.artifact('1.0.0');
  expect((await deploy(p.loaded, { environment: 'staging', version: '1.0.0' }, { sleep: async () => {} })).outcome).toBe('deployed');
  const store = new LocalDeploymentStore(path.join(p.dir, '.modelship/deployments'));
  const [live] = await store.history('staging', 'iris');
  const record = await store.create('staging', { ...live.payload, version: '1.1.0', artifact: path.join(p.dir, await p.artifact('1.1.0')), strategy: 'canary', previousVersion: '1.0.0' }, 'ci');
  await store.step(record, { name: 'set-weight 25%', status: 'ok', detail: '', at: new Date().toISOString(), weights: { '1.0.0': 75, '1.1.0': 25 } });
  await store.step(record, { name: 'pause 1h', status: 'started', detail: '', at: new Date().toISOString() });
  const file = path.join(p.dir, '.modelship/repository/iris/routing.json');
  const routing = JSON.parse(await readFile(file, 'utf8'));
  await writeFile(file, JSON.stringify({ ...routing, generation: routing.generation + 1, candidate: '1.1.0', weights: { '1.0.0': 75, '1.1.0': 25 }, strategy: 'canary' }));
  await store.lock('staging', { owner: `ci@${os.hostname()}:${pid}`, pid, host: os.hostname(), reason: 'deploy iris 1.1.0' });
  return p;
}

async function post(p: Project, state: Record<string, string>) {
  const summary = path.join(p.dir, 'summary.md');
  await writeFile(summary, '');
  const lines: string[] = [];
  const env = { GITHUB_WORKSPACE: p.dir, INPUT_STATE: 'local', INPUT_CONFIG: 'modelship.yml', GITHUB_STEP_SUMMARY: summary, GITHUB_ACTOR: 'octocat', ...state };
  // The worker's exit code may already be 1 from an earlier test file: start clean, then put it back.
  const previous = process.exitCode;
  process.exitCode = undefined;
  await runActionSpec(deployPostAction, env, createRunner(env, (l) => lines.push(l)));
  const failed = process.exitCode === 1;
  process.exitCode = previous;
  return { log: lines.join('\n'), summary: await readFile(summary, 'utf8'), failed };
}

const routingOf = async (p: Project) => JSON.parse(await readFile(path.join(p.dir, '.modelship/repository/iris/routing.json'), 'utf8'));
const newest = async (p: Project) => (await new LocalDeploymentStore(path.join(p.dir, '.modelship/deployments')).history('staging', 'iris'))[0];

describe('deploy action post step', () => {
  it('returns traffic to the last good version when this job ended mid-rollout, and journals why', async () => {
    const p = await midCanary(GONE);
    const r = await post(p, { STATE_rollout_environment: 'staging', STATE_rollout_pid: String(GONE), STATE_rollout_host: os.hostname() });
    expect(r.failed).toBe(false);
    expect(r.log).toMatch(/iris 1\.1\.0 in staging: the job ended while the rollout was in progress .*reverted to 1\.0\.0/);
    expect(r.summary).toMatch(/Rollout recovered by the post step/);
    expect(await routingOf(p)).toMatchObject({ stable: '1.0.0', candidate: null, weights: { '1.0.0': 100 } });
    const record = await newest(p);
    expect(record).toMatchObject({ status: 'failure', description: expect.stringMatching(/deploy action post step; reverted by octocat@/) });
    expect(record.steps.at(-1)).toMatchObject({ name: 'revert-interrupted', status: 'reverted' });
    // Run again (a re-run of the post step): nothing left to do.
    expect((await post(p, { STATE_rollout_environment: 'staging', STATE_rollout_pid: String(GONE), STATE_rollout_host: os.hostname() })).log).toMatch(/nothing to recover/);
  });

  it('leaves another job\'s rollout alone, and does nothing when no rollout ran', async () => {
    const p = await midCanary(GONE);
    const other = await post(p, { STATE_rollout_environment: 'staging', STATE_rollout_pid: String(GONE + 1), STATE_rollout_host: os.hostname() });
    expect(other.log).toMatch(/no rollout of this job is in progress in staging/);
    expect((await routingOf(p)).weights).toEqual({ '1.0.0': 75, '1.1.0': 25 });
    expect((await newest(p)).status).toBe('in_progress');
    expect((await post(p, {})).log).toMatch(/no rollout ran in this job/);
  });
});
