/**
 * Who holds a lock: `lock` and `deploy` name the user the same way (GITHUB_ACTOR, else the OS user), so the
 * holder of a manual lock deploys through it from a terminal as from CI; `status` tells a stale lock.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { status } from '../../src/deploy/engine.js';
import { cli } from '../support/cli.js';
import { createProject, LOCAL_ENVS, type Project } from './helpers.js';

const projects: Project[] = [];
afterEach(async () => {
  await Promise.all(projects.splice(0).map((p) => p.cleanup()));
});
async function project(): Promise<Project> {
  const p = await createProject(LOCAL_ENVS);
  projects.push(p);
  return p;
}

// A terminal without GITHUB_ACTOR (and without USER: the OS user is read from the system, not the shell).
const TERMINAL: NodeJS.ProcessEnv = { PATH: process.env.PATH };
const me = os.userInfo().username;

describe('lock and deploy agree on the user', () => {
  it('from a terminal: the OS user holds the lock and deploys through it; others are refused', async () => {
    const p = await project();
    const locked = await cli(['lock', 'staging', '--reason', 'release freeze', '--format', 'json'], { cwd: p.dir, env: TERMINAL });
    expect(locked.code).toBe(0);
    expect(JSON.parse(locked.stdout).lock).toMatchObject({ owner: me, pid: -1, reason: 'release freeze' });

    const mine = await cli(['deploy', 'staging', '1.0.0', '--artifact', await p.artifact('1.0.0'), '--format', 'json'], { cwd: p.dir, env: TERMINAL });
    expect(mine.stderr).toBe('');
    expect(mine.code).toBe(0);
    expect(JSON.parse(mine.stdout)).toMatchObject({ outcome: 'deployed', liveVersion: '1.0.0' });
    // Deploying through the lock leaves it in place.
    expect((await status(p.loaded, { environment: 'staging' })).environments[0].lock).toMatchObject({ owner: me, pid: -1 });

    const other = await cli(['deploy', 'staging', '1.1.0', '--artifact', await p.artifact('1.1.0')], { cwd: p.dir, env: { ...TERMINAL, GITHUB_ACTOR: 'mallory' } });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(new RegExp(`environment "staging" is locked by ${me} .*release freeze`));
  });

  it('in CI or chatops: GITHUB_ACTOR is the user for both', async () => {
    const p = await project();
    const env = { ...TERMINAL, GITHUB_ACTOR: 'octocat' };
    const locked = await cli(['lock', 'staging', '--format', 'json'], { cwd: p.dir, env });
    expect(JSON.parse(locked.stdout).lock.owner).toBe('octocat');
    const r = await cli(['deploy', 'staging', '1.0.0', '--artifact', await p.artifact('1.0.0')], { cwd: p.dir, env });
    expect(r.code).toBe(0);
    // The OS user is someone else than octocat here: refused.
    const terminal = await cli(['deploy', 'staging', '1.1.0', '--artifact', await p.artifact('1.1.0')], { cwd: p.dir, env: TERMINAL });
    expect(terminal.code).toBe(2);
    expect(terminal.stderr).toMatch(/locked by octocat/);
    // The holder unlocks it by name.
    expect((await cli(['unlock', 'staging'], { cwd: p.dir, env })).code).toBe(0);
    expect((await status(p.loaded, { environment: 'staging' })).environments[0].lock).toBeNull();
  });
});

describe('status marks a stale lock', () => {
  it('a process lock whose process is gone is stale; a live one and a manual one are not', async () => {
    const p = await project();
    await cli(['deploy', 'staging', '1.0.0', '--artifact', await p.artifact('1.0.0')], { cwd: p.dir, env: TERMINAL });
    // A pid that existed and exited: no process has it now (pids are not reused this soon).
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const lockFile = path.join(p.dir, '.modelship/deployments/staging.lock');
    const lock = (pid: number) => JSON.stringify({ environment: 'staging', owner: `ci@${os.hostname()}:${pid}`, pid, host: os.hostname(), reason: 'deploy iris 1.1.0', createdAt: new Date().toISOString() });

    await writeFile(lockFile, lock(Number(dead)));
    const stale = await status(p.loaded, { environment: 'staging' });
    expect(stale.environments[0].lock).toMatchObject({ pid: Number(dead), stale: true });
    const text = await cli(['status', 'staging'], { cwd: p.dir, env: TERMINAL });
    expect(text.stdout).toMatch(new RegExp(`locked by ci@.*:${dead} .*\\(STALE: process ${dead} on .* is gone`));
    // And the next deploy takes it over, as the status line says.
    const r = await cli(['deploy', 'staging', '1.1.0', '--artifact', await p.artifact('1.1.0')], { cwd: p.dir, env: TERMINAL });
    expect(r.code).toBe(0);

    await writeFile(lockFile, lock(process.pid));
    expect((await status(p.loaded, { environment: 'staging' })).environments[0].lock).toMatchObject({ pid: process.pid, stale: false });
    await cli(['unlock', 'staging', '--force'], { cwd: p.dir, env: TERMINAL });
    await cli(['lock', 'staging'], { cwd: p.dir, env: TERMINAL });
    expect((await status(p.loaded, { environment: 'staging' })).environments[0].lock).toMatchObject({ pid: -1, stale: false });
    expect((await cli(['status', 'staging'], { cwd: p.dir, env: TERMINAL })).stdout).not.toMatch(/STALE/);
  });
});
