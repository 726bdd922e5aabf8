import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deploy, status } from '../../src/deploy/engine.js';
import { createProject, type Project } from './helpers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsx = path.join(repoRoot, 'node_modules/tsx/dist/esm/index.mjs');
const cliEntry = path.join(repoRoot, 'src/cli/index.ts');

function startCli(cwd: string, args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', tsx, cliEntry, ...args], { cwd, env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, limitMs = 30_000): Promise<T> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const projects: Project[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await Promise.all(projects.splice(0).map((p) => p.cleanup()));
});

const PAUSING = (pause: string) => `  staging:
    provider: { type: local }
    strategy:
      type: canary
      steps: [{ weight: 25, pause: ${pause} }, { weight: 100 }]
`;

describe('faults with real processes', () => {
  it('a deploy killed (SIGKILL) between steps is found by the next run, which refuses, then rolls back', async () => {
    const p = await createProject(PAUSING('60s'));
    projects.push(p);
    // The first version goes in-process without waiting out the pauses.
    expect((await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { sleep: async () => {} })).outcome).toBe('deployed');
    await p.artifact('1.1.0');
    const victim = startCli(p.dir, ['deploy', 'staging', '1.1.0', '--artifact', 'models/1.1.0/model.onnx']);
    children.push(victim.child);
    const stateFile = path.join(p.dir, '.modelship/deployments/staging.json');
    await waitFor(async () => {
      const state = JSON.parse(await readFile(stateFile, 'utf8'));
      const last = state.records.at(-1);
      return last?.payload.version === '1.1.0' && last.steps.some((s: { name: string; status: string }) => s.name.startsWith('pause') && s.status === 'started') ? true : undefined;
    }, 'the canary pause');
    victim.child.kill('SIGKILL');
    expect((await victim.done).signal).toBe('SIGKILL');
    // Traffic was mid-canary when the process died.
    const mid = JSON.parse(await readFile(path.join(p.dir, '.modelship/repository/iris/routing.json'), 'utf8'));
    expect(mid.weights).toEqual({ '1.0.0': 75, '1.1.0': 25 });

    const s = (await status(p.loaded, { environment: 'staging' })).environments[0];
    expect(s.interrupted).toMatchObject({ version: '1.1.0', step: expect.stringMatching(/^pause/) });
    expect(s.rollbackTarget).toBe('1.0.0');
    expect(s.liveVersion).toBe('1.0.0');

    const refused = startCli(p.dir, ['deploy', 'staging', '1.1.0', '--artifact', 'models/1.1.0/model.onnx']);
    children.push(refused.child);
    const r = await refused.done;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/interrupted at "pause 60s"/);
    expect(r.stderr).toMatch(/--resume|rollback/);

    const back = startCli(p.dir, ['rollback', 'staging', '--format', 'json']);
    children.push(back.child);
    const b = await back.done;
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout)).toMatchObject({ outcome: 'rolled-back', liveVersion: '1.0.0' });
    const after = JSON.parse(await readFile(path.join(p.dir, '.modelship/repository/iris/routing.json'), 'utf8'));
    expect(after).toMatchObject({ stable: '1.0.0', candidate: null, weights: { '1.0.0': 100 } });
    expect((await status(p.loaded, { environment: 'staging' })).environments[0]).toMatchObject({ interrupted: null, liveVersion: '1.0.0', lock: null });
  }, 60_000);

  it('an interrupted deploy can be resumed', async () => {
    const p = await createProject(PAUSING('60s'));
    projects.push(p);
    await p.artifact('1.1.0');
    const victim = startCli(p.dir, ['deploy', 'staging', '1.1.0', '--artifact', 'models/1.1.0/model.onnx']);
    children.push(victim.child);
    const stateFile = path.join(p.dir, '.modelship/deployments/staging.json');
    await waitFor(async () => (JSON.parse(await readFile(stateFile, 'utf8')).records.at(-1)?.steps.some((s: { name: string }) => s.name.startsWith('pause')) ? true : undefined), 'the pause');
    victim.child.kill('SIGKILL');
    await victim.done;
    await p.reload();
    // Resume with a config that no longer pauses so the test stays fast.
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(p.dir, 'modelship.yml'), (await readFile(path.join(p.dir, 'modelship.yml'), 'utf8')).replace('pause: 60s', 'pause: 0s'));
    const resumed = startCli(p.dir, ['deploy', 'staging', '1.1.0', '--artifact', 'models/1.1.0/model.onnx', '--resume', '--format', 'json']);
    children.push(resumed.child);
    const r = await resumed.done;
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.outcome).toBe('deployed');
    expect(json.steps[0]).toMatchObject({ name: 'revert-interrupted', status: 'reverted' });
    const s = (await status(await p.reload(), { environment: 'staging' })).environments[0];
    expect(s).toMatchObject({ liveVersion: '1.1.0', interrupted: null });
    expect(s.history.map((h) => h.status)).toEqual(['success', 'failure']);
  }, 60_000);

  it('two deploys racing for one environment: one wins, the other is refused naming the lock owner', async () => {
    const p = await createProject(PAUSING('3s'));
    projects.push(p);
    await p.artifact('1.0.0');
    const a = startCli(p.dir, ['deploy', 'staging', '1.0.0', '--artifact', 'models/1.0.0/model.onnx']);
    const b = startCli(p.dir, ['deploy', 'staging', '1.0.0', '--artifact', 'models/1.0.0/model.onnx']);
    children.push(a.child, b.child);
    const results = await Promise.all([a.done, b.done]);
    const codes = results.map((r) => r.code).sort();
    expect(codes).toEqual([0, 2]);
    const loser = results.find((r) => r.code === 2)!;
    const winner = results.find((r) => r.code === 0)!;
    expect(loser.stderr).toMatch(/environment "staging" is locked by .*:\d+ \(pid \d+/);
    expect(winner.stdout).toMatch(/DEPLOYED/);
    const s = (await status(p.loaded, { environment: 'staging' })).environments[0];
    expect(s).toMatchObject({ liveVersion: '1.0.0', lock: null });
    expect(s.history).toHaveLength(1);
  }, 60_000);
});
