/**
 * Steering a running rollout from outside through the state journal (pause, resume, promote, promote-full,
 * abort, retry), its phases in `status`, and recovery without a person: the progress deadline, signals, and a
 * state store failing between writing the routing and journaling it.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnalysisRunner } from '../../src/deploy/analysis.js';
import { control, deploy, retry, status } from '../../src/deploy/engine.js';
import type { DeployResult } from '../../src/deploy/engine.js';
import { LocalDeploymentStore } from '../../src/deploy/state/local.js';
import type { DeploymentStore } from '../../src/deploy/state/store.js';
import { ExitCode, ModelshipError } from '../../src/core/errors.js';
import { renderResultMarkdown, renderStatusText } from '../../src/deploy/render.js';
import { createProject, type Project } from './helpers.js';

const projects: Project[] = [];
afterEach(async () => {
  await Promise.all(projects.splice(0).map((p) => p.cleanup()));
});

const canary = (steps: string, extra = '') => `  staging:
    provider: { type: local }
    strategy:
      type: canary
      steps: ${steps}
${extra}`;

async function project(envs: string): Promise<Project> {
  const p = await createProject(envs);
  projects.push(p);
  return p;
}

/** A project with 1.0.0 live (deployed directly), then `envs` configured and 1.1.0's artifact ready. */
async function withStable(envs: string): Promise<Project> {
  const p = await project(canary('[{ weight: 100 }]'));
  expect((await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') })).outcome).toBe('deployed');
  const file = path.join(p.dir, 'modelship.yml');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.slice(0, text.indexOf('environments:\n')) + `environments:\n${envs}`);
  await p.reload();
  await p.artifact('1.1.0');
  return p;
}

const routing = async (p: Project) => JSON.parse(await readFile(path.join(p.dir, '.modelship/repository/iris/routing.json'), 'utf8')) as { stable: string; candidate: string | null; weights: Record<string, number> };
const storeOf = (p: Project) => new LocalDeploymentStore(path.join(p.dir, '.modelship/deployments'));

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  // A limit only to end a hung test; nothing is judged by how long it took.
  const limit = Date.now() + 30_000;
  while (!(await check().catch(() => false))) {
    if (Date.now() > limit) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The newest record's last journaled step is `name` (prefix), started. */
async function waitingAt(p: Project, name: string): Promise<void> {
  await until(async () => {
    const [newest] = await storeOf(p).history('staging', 'iris');
    const last = newest?.steps.at(-1);
    return newest?.status === 'in_progress' && last?.status === 'started' && last.name.startsWith(name);
  }, `the rollout to wait at "${name}"`);
}

const rolloutOf = async (p: Project) => (await status(p.loaded, { environment: 'staging' })).environments[0].rollout!;

async function refusal(work: Promise<unknown>): Promise<ModelshipError> {
  const err = await work.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ModelshipError);
  expect((err as ModelshipError).exitCode).toBe(ExitCode.Usage);
  return err as ModelshipError;
}

describe('an indefinite pause step waits for promote', () => {
  it('shows Paused with the step and weight, and goes on to 100% when promoted', async () => {
    const p = await withStable(canary('[{ weight: 25, pause: {} }, { weight: 100 }]'));
    const running = deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.onnx' }, { controlPollMs: 20 });
    await waitingAt(p, 'pause (until promoted)');
    expect(await routing(p)).toMatchObject({ stable: '1.0.0', candidate: '1.1.0', weights: { '1.0.0': 75, '1.1.0': 25 } });
    const paused = await rolloutOf(p);
    expect(paused).toMatchObject({ phase: 'Paused', version: '1.1.0', step: 'pause (until promoted)', stepNumber: 1, stepCount: 2, weight: 25 });
    expect(paused.message).toMatch(/modelship rollout promote staging/);
    // resume does not end an indefinite pause step: only promote does (as in Argo Rollouts).
    expect(await control(p.loaded, { environment: 'staging', action: 'resume', actor: 'ann' })).toMatchObject({ outcome: 'requested', version: '1.1.0' });
    const promoted = await control(p.loaded, { environment: 'staging', action: 'promote', actor: 'ann' });
    expect(promoted).toMatchObject({ outcome: 'requested', action: 'promote', requestId: expect.any(String) });
    const result = await running;
    expect(result).toMatchObject({ outcome: 'deployed', liveVersion: '1.1.0' });
    const names = result.steps.map((s) => `${s.name}:${s.status}`);
    expect(names).toEqual(expect.arrayContaining(['request resume:ok', 'request promote:ok', 'pause (until promoted):ok', 'set-weight 100%:ok']));
    expect(result.steps.find((s) => s.name === 'pause (until promoted)' && s.status === 'ok')!.detail).toMatch(/ended by promote \(ann\)/);
    expect(await routing(p)).toMatchObject({ stable: '1.1.0', weights: { '1.1.0': 100 } });
    expect(await rolloutOf(p)).toMatchObject({ phase: 'Healthy', version: '1.1.0' });
  }, 60_000);
});

describe('abort, and retry from the first step', () => {
  it('abort during a pause reverts to the last good version, shows Degraded with who and why; retry re-runs it', async () => {
    const p = await withStable(canary('[{ weight: 25, pause: 1h }, { weight: 100 }]'));
    const running = deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.onnx' }, { controlPollMs: 20 });
    await waitingAt(p, 'pause 1h');
    await control(p.loaded, { environment: 'staging', action: 'abort', actor: 'bob' });
    const aborted = await running;
    expect(aborted).toMatchObject({ outcome: 'aborted', liveVersion: '1.0.0' });
    expect(aborted.message).toMatch(/aborted by bob/);
    expect(aborted.steps.at(-1)).toMatchObject({ name: 'revert', status: 'reverted' });
    expect(await routing(p)).toMatchObject({ stable: '1.0.0', candidate: null, weights: { '1.0.0': 100 } });
    const degraded = await rolloutOf(p);
    expect(degraded).toMatchObject({ phase: 'Degraded', version: '1.1.0' });
    expect(degraded.message).toMatch(/aborted by bob.*modelship rollout retry staging/);
    // People read it: status text and the job summary's chart of the steps.
    expect(renderStatusText(await status(p.loaded, { environment: 'staging' }))).toMatch(/\n  rollout Degraded at step 1\/2 \(1\.1\.0 at 25%\): deploy of 1\.1\.0 aborted|\n  rollout Degraded at step 1\/2 \(1\.1\.0 at 25%\): aborted by bob/);
    const chart = renderResultMarkdown(aborted);
    expect(chart).toMatch(/```mermaid\nflowchart LR\n  s0\["prepare · ok"\]:::ok\n  s1\["verify · ok"\]:::ok\n  s0 --> s1\n  s2\["set-weight 25% · ok · 1\.0\.0 75% \/ 1\.1\.0 25%"\]:::ok/);
    expect(chart).toMatch(/s\d+\["revert · reverted"\]:::back/);
    // Nothing runs any more: another abort is refused, retry is the way on.
    expect((await refusal(control(p.loaded, { environment: 'staging', action: 'abort', actor: 'bob' }))).hint).toMatch(/rollout retry staging/);

    const again = await retry(p.loaded, { environment: 'staging', actor: 'bob' }, { sleep: async () => {} });
    expect(again).toMatchObject({ outcome: 'deployed', liveVersion: '1.1.0', version: '1.1.0' });
    // From its first step, not from where it was aborted.
    expect(again.steps.map((s) => s.name).filter((n) => n.startsWith('set-weight'))).toEqual(['set-weight 25%', 'set-weight 100%']);
    expect(await rolloutOf(p)).toMatchObject({ phase: 'Healthy' });
    expect((await refusal(retry(p.loaded, { environment: 'staging' }))).message).toMatch(/nothing to retry in staging: 1.1.0 went through/);
  }, 60_000);

  it('promote-full skips every remaining step, pause and analysis', async () => {
    const p = await withStable(canary('[{ weight: 10, pause: 1h }, { weight: 50, pause: 1h }, { weight: 100 }]', '      analysis: { gate: never-called }\n'));
    const analysis: AnalysisRunner = { analyze: async () => ({ phase: 'failed', reasons: ['must not run'] }) };
    const running = deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.onnx' }, { controlPollMs: 20, analysis });
    await waitingAt(p, 'pause 1h');
    await control(p.loaded, { environment: 'staging', action: 'promote-full', actor: 'cy' });
    const r = await running;
    expect(r).toMatchObject({ outcome: 'deployed', liveVersion: '1.1.0' });
    expect(r.steps.some((s) => s.name.startsWith('analysis') && s.status !== 'skipped')).toBe(false);
    expect(r.steps.some((s) => s.name === 'set-weight 50%')).toBe(false);
    expect(r.steps.find((s) => s.name === 'steps 2-3')).toMatchObject({ status: 'skipped', detail: expect.stringMatching(/promote-full by cy/) });
    expect(await routing(p)).toMatchObject({ stable: '1.1.0', weights: { '1.1.0': 100 } });
  }, 60_000);
});

describe('pause and resume between steps', () => {
  it('a pause request holds the rollout at the next step boundary until resumed', async () => {
    const p = await withStable(canary('[{ weight: 25 }, { weight: 60 }, { weight: 100 }]', '      analysis: { gate: scripted }\n'));
    let asked = false;
    const analysis: AnalysisRunner = {
      async analyze({ step }) {
        if (step === 1 && !asked) {
          asked = true;
          await control(p.loaded, { environment: 'staging', action: 'pause', actor: 'dee' });
        }
        return { phase: 'successful', reasons: [] };
      },
    };
    const running = deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.onnx' }, { controlPollMs: 20, analysis });
    await waitingAt(p, 'pause (requested by dee)');
    // Held after step 1: traffic stays at 25% while paused.
    expect(await routing(p)).toMatchObject({ weights: { '1.0.0': 75, '1.1.0': 25 } });
    expect(await rolloutOf(p)).toMatchObject({ phase: 'Paused', weight: 25, stepNumber: 1, stepCount: 3, analysis: { name: 'analysis 1', status: 'ok' } });
    await control(p.loaded, { environment: 'staging', action: 'resume', actor: 'dee' });
    const r: DeployResult = await running;
    expect(r).toMatchObject({ outcome: 'deployed', liveVersion: '1.1.0' });
    expect(r.steps.map((s) => s.name).filter((n) => n.startsWith('set-weight'))).toEqual(['set-weight 25%', 'set-weight 60%', 'set-weight 100%']);
  }, 60_000);

  it('refuses (exit 2) a request when nothing is rolling out', async () => {
    const p = await withStable(canary('[{ weight: 100 }]'));
    const err = await refusal(control(p.loaded, { environment: 'staging', action: 'pause' }));
    expect(err.message).toBe('no rollout of iris is in progress in staging: nothing to pause');
  });
});

describe('signals', () => {
  it('an abort signal (SIGTERM) during a pause reverts and journals why', async () => {
    const p = await withStable(canary('[{ weight: 25, pause: 1h }, { weight: 100 }]'));
    const controller = new AbortController();
    const running = deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.onnx' }, { signal: controller.signal });
    await waitingAt(p, 'pause 1h');
    controller.abort('SIGTERM');
    const r = await running;
    expect(r).toMatchObject({ outcome: 'aborted', liveVersion: '1.0.0' });
    expect(r.message).toMatch(/interrupted by SIGTERM/);
    expect(await routing(p)).toMatchObject({ stable: '1.0.0', candidate: null, weights: { '1.0.0': 100 } });
    const [record] = await storeOf(p).history('staging', 'iris');
    expect(record).toMatchObject({ status: 'failure', description: expect.stringMatching(/interrupted by SIGTERM/) });
  }, 60_000);
});

describe('progress deadline', () => {
  const DEADLINE = canary('[{ weight: 25, pause: 1h }, { weight: 100 }]', '      progressDeadline: 1s\n');

  /** What a process killed mid-canary leaves: a record in progress whose lock holder is gone, and traffic split. */
  async function killedMidCanary(p: Project): Promise<void> {
    const store = storeOf(p);
    const [live] = await store.history('staging', 'iris');
    const record = await store.create('staging', { ...live.payload, version: '1.1.0', artifact: path.join(p.dir, 'models/1.1.0/model.onnx'), strategy: 'canary', previousVersion: '1.0.0' }, 'ci');
    await store.step(record, { name: 'set-weight 25%', status: 'ok', detail: '', at: new Date().toISOString(), weights: { '1.0.0': 75, '1.1.0': 25 } });
    await writeSplit(p);
    await store.lock('staging', { owner: 'ci@gone:1', pid: 2 ** 22 + 7, host: (await import('node:os')).hostname(), reason: 'deploy iris 1.1.0' });
  }

  async function writeSplit(p: Project): Promise<void> {
    const file = path.join(p.dir, '.modelship/repository/iris/routing.json');
    const current = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...current, generation: current.generation + 1, candidate: '1.1.0', weights: { '1.0.0': 75, '1.1.0': 25 }, strategy: 'canary' }, null, 2));
  }

  it('status reverts an interrupted rollout past its deadline, journals why, and does it once', async () => {
    const p = await withStable(DEADLINE);
    await killedMidCanary(p);
    await new Promise((r) => setTimeout(r, 1200));
    const first = (await status(p.loaded, { environment: 'staging' })).environments[0];
    expect(first.recovered).toEqual([expect.stringMatching(/^iris 1\.1\.0 in staging: progress deadline 1\.00s exceeded: no progress since .* \(last step "set-weight 25%"\); reverted to 1\.0\.0$/)]);
    expect(first).toMatchObject({ interrupted: null, liveVersion: '1.0.0', lock: null, rollout: { phase: 'Degraded', version: '1.1.0' } });
    expect(await routing(p)).toMatchObject({ stable: '1.0.0', candidate: null, weights: { '1.0.0': 100 } });
    const [record] = await storeOf(p).history('staging', 'iris');
    expect(record.status).toBe('failure');
    expect(record.steps.filter((s) => s.name === 'revert-interrupted')).toHaveLength(1);
    // Idempotent: the next command finds nothing to recover.
    expect((await status(p.loaded, { environment: 'staging' })).environments[0].recovered).toBeUndefined();
    expect((await storeOf(p).history('staging', 'iris'))[0].steps.filter((s) => s.name === 'revert-interrupted')).toHaveLength(1);
  }, 60_000);

  it('a state store failing between writing the routing and journaling it: traffic is on the last good version, and the next command journals it', async () => {
    const p = await withStable(DEADLINE);
    await killedMidCanary(p);
    await new Promise((r) => setTimeout(r, 1200));
    const real = storeOf(p);
    let failures = 1;
    const flaky: DeploymentStore = Object.assign(Object.create(real) as DeploymentStore, {
      async step(...args: Parameters<DeploymentStore['step']>) {
        if (failures-- > 0) throw new Error('disk full');
        return real.step(...args);
      },
    });
    const first = (await status(p.loaded, { environment: 'staging' }, { store: flaky })).environments[0];
    expect(first.recovered).toEqual([expect.stringMatching(/staging was reverted to 1\.0\.0 .* but the state store .* failed to record it: disk full/)]);
    // Never a half state: the routing is the last good one although the journal could not say so yet.
    expect(await routing(p)).toMatchObject({ stable: '1.0.0', candidate: null, weights: { '1.0.0': 100 } });
    expect(first.interrupted).toMatchObject({ version: '1.1.0' });
    const second = (await status(p.loaded, { environment: 'staging' }, { store: flaky })).environments[0];
    expect(second.recovered).toEqual([expect.stringMatching(/reverted to 1\.0\.0$/)]);
    expect(second).toMatchObject({ interrupted: null, liveVersion: '1.0.0' });
    expect(await routing(p)).toMatchObject({ stable: '1.0.0', weights: { '1.0.0': 100 } });
  }, 60_000);

  it('a step that hangs past the deadline aborts the rollout from inside, which reverts', async () => {
    const p = await withStable(canary('[{ weight: 25 }, { weight: 100 }]', '      progressDeadline: 1s\n'));
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.onnx' }, {
      provider: (_env, inner) => ({ ...inner, type: inner.type, prepare: inner.prepare.bind(inner), verify: inner.verify.bind(inner), finalize: inner.finalize.bind(inner), revert: inner.revert.bind(inner), observe: inner.observe?.bind(inner), installed: inner.installed?.bind(inner), shiftTraffic: () => new Promise<string>(() => {}) }),
    });
    expect(r).toMatchObject({ outcome: 'aborted', liveVersion: '1.0.0' });
    expect(r.message).toMatch(/progress deadline exceeded: step "set-weight 25%" ran longer than 1\.00s/);
    expect(await routing(p)).toMatchObject({ stable: '1.0.0', weights: { '1.0.0': 100 } });
  }, 60_000);
});

describe('taking over a dead rollout\'s lock', () => {
  it('of many processes replacing the same stale lock at once, exactly one gets it', async () => {
    const { LockFile } = await import('../../src/deploy/state/lock-file.js');
    const { mkdtemp } = await import('node:fs/promises');
    const os = await import('node:os');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-takeover-'));
    const file = path.join(dir, 'staging.lock');
    for (let round = 0; round < 10; round++) {
      const { rm } = await import('node:fs/promises');
      await rm(file, { force: true });
      // A lock left by a killed deploy: its process is gone.
      await new LockFile(file).acquire({ environment: 'staging', owner: 'ci@gone', pid: 2 ** 22 + 3, host: os.hostname(), reason: 'deploy', createdAt: new Date().toISOString() });
      const contenders = Array.from({ length: 6 }, (_, i) => new LockFile(file).acquire({ environment: 'staging', owner: `recoverer-${i}`, pid: process.pid, host: os.hostname(), reason: 'recover', createdAt: new Date().toISOString() }).then(() => `recoverer-${i}`, () => null));
      const winners = (await Promise.all(contenders)).filter((w) => w !== null);
      expect(winners).toHaveLength(1);
      expect((await new LockFile(file).read())!.owner).toBe(winners[0]);
    }
  });
});
