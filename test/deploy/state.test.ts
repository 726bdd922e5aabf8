import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { deploy, lock, status, unlock } from '../../src/deploy/engine.js';
import { LocalDeploymentStore } from '../../src/deploy/state/local.js';
import { LockFile } from '../../src/deploy/state/lock-file.js';
import { ModelshipError } from '../../src/core/errors.js';
import { createProject, LOCAL_ENVS, type Project } from './helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});
async function project(): Promise<Project> {
  const p = await createProject(LOCAL_ENVS);
  cleanups.push(() => p.cleanup());
  return p;
}

describe('local state file', () => {
  it('a corrupted state file is detected, named, never replaced', async () => {
    const p = await project();
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') });
    const file = path.join(p.dir, '.modelship/deployments/staging.json');
    const good = await readFile(file, 'utf8');
    for (const broken of [good.slice(0, good.length / 2), good.replace('"1.1.0"', '"9.9.9"'), '[]', 'null']) {
      await writeFile(file, broken);
      const err = await deploy(p.loaded, { environment: 'staging', version: '1.2.0', artifact: await p.artifact('1.2.0') }).catch((e) => e);
      expect(err).toBeInstanceOf(ModelshipError);
      expect((err as ModelshipError).message).toContain(file);
      expect((err as ModelshipError).message).toMatch(/corrupted/);
      expect((err as ModelshipError).hint).toMatch(/\.bak/);
      await expect(status(p.loaded, { environment: 'staging' })).rejects.toThrow(/corrupted/);
      expect(await readFile(file, 'utf8')).toBe(broken);
    }
    // the .bak is the previous good state and restores cleanly
    await writeFile(file, await readFile(`${file}.bak`, 'utf8'));
    expect((await status(p.loaded, { environment: 'staging' })).environments[0].liveVersion).toBe('1.0.0');
  });

  it('a missing state file while the provider serves a version is detected, nothing changed', async () => {
    const p = await project();
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    const file = path.join(p.dir, '.modelship/deployments/staging.json');
    await rm(file);
    await rm(`${file}.bak`, { force: true });
    const routingBefore = await readFile(path.join(p.dir, '.modelship/repository/iris/routing.json'), 'utf8');
    await expect(deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') })).rejects.toThrow(/the local provider disagree: the state says nothing is live, but the provider serves 1\.0\.0/);
    expect(await readFile(path.join(p.dir, '.modelship/repository/iris/routing.json'), 'utf8')).toBe(routingBefore);
  });

  it('fuzz: random or mutated state files never crash the loader with anything but a clear error', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-state-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const store = new LocalDeploymentStore(dir);
    await store.create('env', { model: 'm', version: '1', sha256: 'a'.repeat(64), artifact: '/x', strategy: 'direct', provider: 'local', previousVersion: null }, 'me');
    const good = await readFile(store.fileFor('env'), 'utf8');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.tuple(fc.nat(good.length - 1), fc.string({ maxLength: 3 })).map(([i, s]) => good.slice(0, i) + s + good.slice(i + 1))), async (text) => {
        await writeFile(store.fileFor('env'), text);
        try {
          await store.load('env');
          const a = JSON.parse(text);
          const b = JSON.parse(good);
          return JSON.stringify([a.environment, a.records]) === JSON.stringify([b.environment, b.records]);
        } catch (err) {
          return err instanceof ModelshipError && /corrupted/.test(err.message);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('locks', () => {
  it('a manual lock refuses others, names its owner, and lets its holder deploy', async () => {
    const p = await project();
    const held = await lock(p.loaded, { environment: 'staging', actor: 'alice', reason: 'incident 42' });
    expect(held).toMatchObject({ locked: true, lock: { owner: 'alice', pid: -1, reason: 'incident 42' } });
    const err = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0'), actor: 'bob' }).catch((e) => e);
    expect(err).toBeInstanceOf(ModelshipError);
    expect((err as ModelshipError).exitCode).toBe(2);
    expect((err as ModelshipError).message).toMatch(/locked by alice.*incident 42/);
    expect((await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0'), actor: 'alice' })).outcome).toBe('deployed');
    expect((await status(p.loaded, { environment: 'staging' })).environments[0].lock?.owner).toBe('alice');
    await expect(unlock(p.loaded, { environment: 'staging', actor: 'bob' })).rejects.toThrow(/held by alice/);
    expect((await unlock(p.loaded, { environment: 'staging', actor: 'bob', force: true })).locked).toBe(false);
    expect((await status(p.loaded, { environment: 'staging' })).environments[0].lock).toBeNull();
  });

  it('a lock whose process is gone is stale and taken over; a live one is not; a manual one never', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-lock-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const file = new LockFile(path.join(dir, 'env.lock'));
    const base = { environment: 'env', host: os.hostname(), reason: 'r', createdAt: new Date().toISOString() };
    await writeFile(file.file, JSON.stringify({ ...base, owner: 'ghost', pid: Number(dead) }));
    expect(LockFile.isStale({ ...base, owner: 'ghost', pid: Number(dead) })).toBe(true);
    expect((await file.acquire({ ...base, owner: 'me', pid: process.pid })).owner).toBe('me');
    await expect(file.acquire({ ...base, owner: 'other', pid: process.pid + 1 })).rejects.toThrow(/locked by me/);
    expect(LockFile.isStale({ ...base, owner: 'x', pid: -1, createdAt: new Date(0).toISOString() })).toBe(false);
    expect(LockFile.isStale({ ...base, owner: 'x', pid: process.pid, createdAt: new Date(0).toISOString() })).toBe(true);
    expect(LockFile.isStale({ ...base, owner: 'x', pid: process.pid })).toBe(false);
  });
});
