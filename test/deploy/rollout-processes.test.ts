/**
 * Rollouts steered and recovered across real processes, with `modelship serve` answering real traffic the
 * whole time: `modelship rollout promote|abort` from another process, SIGTERM, `kill -9` during a pause and
 * at a step with the next command restoring the last good version, and two processes noticing at once.
 * Every request sent while this happens must be answered (zero failed requests).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deploy } from '../../src/deploy/engine.js';
import { LocalDeploymentStore } from '../../src/deploy/state/local.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { createProject, type Project } from './helpers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs');
const cliEntry = path.join(repoRoot, 'src/cli/index.ts');
const MODEL = 'iris';

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
}
const children: ChildProcess[] = [];
function startCli(cwd: string, args: string[]): Run {
  const child = spawn(process.execPath, ['--import', tsx, cliEntry, ...args], { cwd, env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return { child, done: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))) };
}

async function until(check: () => Promise<boolean>, what: string, limitMs = 60_000): Promise<void> {
  // A limit only to end a hung test; nothing is judged by how long it took.
  const end = Date.now() + limitMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

let p: Project;
let server: RunningServer;
const traffic = { sent: 0, failed: [] as string[], running: true, loop: Promise.resolve() };

const stateFile = () => path.join(p.dir, '.modelship/deployments/staging.json');
const routing = async () => JSON.parse(await readFile(path.join(p.dir, '.modelship/repository', MODEL, 'routing.json'), 'utf8')) as { stable: string; candidate: string | null; weights: Record<string, number> };
const records = async () => new LocalDeploymentStore(path.join(p.dir, '.modelship/deployments')).history('staging', MODEL);

/** The newest record is in progress and its last journaled step started with `prefix`. */
const waitingAt = (prefix: string) =>
  until(async () => {
    const state = JSON.parse(await readFile(stateFile(), 'utf8'));
    const last = state.records.at(-1);
    const step = last?.steps.at(-1);
    return last?.status === 'in_progress' && step?.status === 'started' && step.name.startsWith(prefix);
  }, `the rollout to wait at "${prefix}"`);

async function configure(strategy: string): Promise<void> {
  await writeFile(path.join(p.dir, 'modelship.yml'), `version: 1\nmodels:\n  iris:\n    path: models/1.0.0/model.onnx\n    format: onnx\nenvironments:\n  staging:\n    provider: { type: local }\n    strategy: ${strategy}\n`);
  await p.reload();
}

async function sendForever(): Promise<void> {
  const data = Array.from({ length: 4 }, (_, i) => 4 + i * 0.5);
  while (traffic.running) {
    traffic.sent++;
    try {
      const res = await fetch(`${server.url}/v2/models/${MODEL}/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data }] }) });
      await res.arrayBuffer();
      if (res.status !== 200) traffic.failed.push(`HTTP ${res.status}`);
    } catch (err) {
      traffic.failed.push((err as Error).message);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Requests answered by `version` so far, from the server's own counters. */
async function answeredBy(version: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('modelship_requests_total{') && l.includes(`version="${version}"`) && l.includes('code="200"'))
    .reduce((n, l) => n + Number(l.split(' ').pop()), 0);
}

beforeAll(async () => {
  p = await createProject(`  staging:\n    provider: { type: local }\n    strategy: { type: direct }\n`);
  for (const v of ['1.0.0', '1.1.0', '1.2.0', '1.3.0']) await p.artifact(v);
  expect((await deploy(p.loaded, { environment: 'staging', version: '1.0.0' })).outcome).toBe('deployed');
  server = await startServer({ repository: path.join(p.dir, '.modelship/repository'), port: 0, pollMs: 50 });
  await until(async () => (await fetch(`${server.url}/v2/models/${MODEL}/ready`)).status === 200, 'the server to serve 1.0.0');
  traffic.loop = sendForever();
}, 120_000);

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

afterAll(async () => {
  traffic.running = false;
  await traffic.loop;
  await server?.close();
  await p?.cleanup();
});

describe('steered from another process while modelship serve answers traffic', () => {
  it('an indefinite pause waits for `modelship rollout promote`; `rollout abort` during a pause goes back; SIGTERM reverts', async () => {
    await configure('{ type: canary, steps: [{ weight: 25, pause: {} }, { weight: 100 }] }');
    const first = startCli(p.dir, ['deploy', 'staging', '1.1.0', '--artifact', 'models/1.1.0/model.onnx', '--format', 'json']);
    await waitingAt('pause (until promoted)');
    const status = startCli(p.dir, ['status', 'staging', '--format', 'json']);
    const paused = await status.done;
    expect(JSON.parse(paused.stdout).environments[0].rollout).toMatchObject({ phase: 'Paused', version: '1.1.0', weight: 25, stepNumber: 1, stepCount: 2 });
    // The candidate answers real requests while paused.
    await until(async () => (await answeredBy('1.1.0')) > 5, '1.1.0 to answer traffic at 25%');
    const promote = await startCli(p.dir, ['rollout', 'promote', 'staging', '--format', 'json']).done;
    expect(promote.code).toBe(0);
    expect(JSON.parse(promote.stdout)).toMatchObject({ outcome: 'requested', action: 'promote', version: '1.1.0' });
    const deployed = await first.done;
    expect(deployed.code).toBe(0);
    expect(JSON.parse(deployed.stdout)).toMatchObject({ outcome: 'deployed', liveVersion: '1.1.0' });
    expect(await routing()).toMatchObject({ stable: '1.1.0', weights: { '1.1.0': 100 } });

    const second = startCli(p.dir, ['deploy', 'staging', '1.2.0', '--artifact', 'models/1.2.0/model.onnx', '--format', 'json']);
    await waitingAt('pause (until promoted)');
    const abort = await startCli(p.dir, ['rollout', 'abort', 'staging']).done;
    expect(abort.code).toBe(0);
    expect(abort.stdout).toMatch(/^REQUESTED: abort requested for iris 1\.2\.0 in staging/);
    const aborted = await second.done;
    expect(aborted.code).toBe(1);
    expect(JSON.parse(aborted.stdout)).toMatchObject({ outcome: 'aborted', liveVersion: '1.1.0', message: expect.stringMatching(/aborted by .* \(modelship rollout abort\)/) });
    expect(await routing()).toMatchObject({ stable: '1.1.0', candidate: null, weights: { '1.1.0': 100 } });

    const third = startCli(p.dir, ['deploy', 'staging', '1.3.0', '--artifact', 'models/1.3.0/model.onnx', '--format', 'json']);
    await waitingAt('pause (until promoted)');
    third.child.kill('SIGTERM');
    const terminated = await third.done;
    expect(terminated.code).toBe(1);
    expect(JSON.parse(terminated.stdout)).toMatchObject({ outcome: 'aborted', liveVersion: '1.1.0', message: expect.stringMatching(/interrupted by SIGTERM/) });
    expect(await routing()).toMatchObject({ stable: '1.1.0', candidate: null, weights: { '1.1.0': 100 } });
    expect((await records())[0]).toMatchObject({ status: 'failure', description: expect.stringMatching(/interrupted by SIGTERM/) });
    // Traffic really flowed through all of it, and none of it failed.
    expect(traffic.sent).toBeGreaterThan(100);
    expect(traffic.failed).toEqual([]);
  }, 240_000);
});

describe('kill -9, then the next command past the progress deadline', () => {
  it('killed during a pause: two `modelship status` at once restore the last good version, journaled once', async () => {
    await configure('{ type: canary, progressDeadline: 2s, steps: [{ weight: 40, pause: {} }, { weight: 100 }] }');
    const victim = startCli(p.dir, ['deploy', 'staging', '1.3.0', '--artifact', 'models/1.3.0/model.onnx']);
    await waitingAt('pause (until promoted)');
    victim.child.kill('SIGKILL');
    expect((await victim.done).signal).toBe('SIGKILL');
    expect((await routing()).weights).toEqual({ '1.1.0': 60, '1.3.0': 40 });
    // Past the deadline: no heartbeat since the kill.
    await until(async () => Date.now() - Date.parse((await records())[0].heartbeatAt ?? (await records())[0].updatedAt) > 2_500, 'the deadline to pass', 30_000);
    const [a, b] = await Promise.all([startCli(p.dir, ['status', 'staging', '--format', 'json']).done, startCli(p.dir, ['status', 'staging', '--format', 'json']).done]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const messages = [a, b].flatMap((r) => JSON.parse(r.stdout).environments[0].recovered ?? []);
    expect(messages.filter((m: string) => /reverted to 1\.1\.0$/.test(m))).toHaveLength(1);
    expect(await routing()).toMatchObject({ stable: '1.1.0', candidate: null, weights: { '1.1.0': 100 } });
    const [record] = await records();
    expect(record).toMatchObject({ status: 'failure', description: expect.stringMatching(/^progress deadline 2\.00s exceeded/) });
    expect(record.steps.filter((s) => s.name === 'revert-interrupted')).toHaveLength(1);
    expect(traffic.failed).toEqual([]);
  }, 180_000);

  it('killed at a step: the next deploy reverts it first, then rolls out', async () => {
    await configure('{ type: canary, progressDeadline: 2s, steps: [{ weight: 50, pause: {} }, { weight: 100 }] }');
    const victim = startCli(p.dir, ['deploy', 'staging', '1.2.0', '--artifact', 'models/1.2.0/model.onnx']);
    await until(async () => (await records())[0]?.payload.version === '1.2.0' && (await records())[0].steps.some((s) => s.name === 'verify'), 'the verify step');
    victim.child.kill('SIGKILL');
    await victim.done;
    await until(async () => Date.now() - Math.max(...(await records())[0].steps.map((s) => Date.parse(s.at))) > 2_500, 'the deadline to pass', 30_000);
    await configure('{ type: canary, progressDeadline: 2s, steps: [{ weight: 100 }] }');
    const next = await startCli(p.dir, ['deploy', 'staging', '1.2.0', '--artifact', 'models/1.2.0/model.onnx', '--format', 'json']).done;
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({ outcome: 'deployed', liveVersion: '1.2.0', previousVersion: '1.1.0' });
    const [now, killed] = await records();
    expect(now).toMatchObject({ status: 'success' });
    expect(killed).toMatchObject({ status: 'failure', description: expect.stringMatching(/progress deadline 2\.00s exceeded/) });
    expect(await routing()).toMatchObject({ stable: '1.2.0', weights: { '1.2.0': 100 } });
    expect(traffic.failed).toEqual([]);
  }, 180_000);

  it('`modelship serve --env` reverts a rollout whose process died, once past the deadline, with no other command', async () => {
    await configure('{ type: canary, progressDeadline: 2s, steps: [{ weight: 30, pause: 1h }, { weight: 100 }] }');
    const live = (await records()).find((r) => r.status === 'success')!.payload.version;
    const victim = startCli(p.dir, ['deploy', 'staging', '1.3.0', '--artifact', 'models/1.3.0/model.onnx']);
    await waitingAt('pause 1h');
    victim.child.kill('SIGKILL');
    await victim.done;
    expect((await routing()).weights).toEqual({ [live]: 70, '1.3.0': 30 });
    const serve = startCli(p.dir, ['serve', '--env', 'staging', '--port', '0', '--format', 'json']);
    // Traffic is restored first, then the journal says so.
    await until(async () => (await records())[0].status === 'failure', 'serve to revert the stalled rollout and journal it');
    expect(await routing()).toMatchObject({ stable: live, weights: { [live]: 100 } });
    expect((await records())[0]).toMatchObject({ status: 'failure', description: expect.stringMatching(/progress deadline 2\.00s exceeded.*reverted by modelship serve@/) });
    serve.child.kill('SIGTERM');
    const stopped = await serve.done;
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toMatch(/"event":"rollout-recovered"/);
    expect(traffic.failed).toEqual([]);
  }, 180_000);
});
