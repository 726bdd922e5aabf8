/**
 * The lock file is never seen half-written: a second deploy reading it while the first takes it must find the
 * holder's name, pid and reason (a regression: the file was created empty and then written, and a reader in
 * between reported "unknown (unreadable lock file)" and a lock no one could explain).
 */
import { afterEach, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LockFile } from '../../src/deploy/state/lock-file.js';
import type { LockInfo } from '../../src/deploy/types.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

const info = (owner: string): LockInfo => ({ environment: 'staging', owner, pid: process.pid, host: os.hostname(), reason: 'deploy', createdAt: new Date().toISOString() });

it('is whole from the moment it exists: readers racing the writer see no lock or the whole lock', async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-lock-'));
  const file = path.join(dir, 'staging.lock');
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    const lock = new LockFile(file);
    let done = false;
    const taking = lock.acquire(info(`owner-${i}`)).finally(() => {
      done = true;
    });
    // Read as often as the event loop allows while the lock is being taken, and once after.
    while (!done) {
      const held = await lock.read();
      if (held) seen.add(held.owner);
      await new Promise((r) => setImmediate(r));
    }
    await taking;
    expect((await lock.read())?.owner).toBe(`owner-${i}`);
    await lock.release(`owner-${i}`);
  }
  expect([...seen].filter((o) => !o.startsWith('owner-'))).toEqual([]);
  // Nothing is left beside the lock: no temporary files of the writes.
  expect(await readdir(dir)).toEqual([]);
});

it('refuses a second holder naming the first, and leaves no temporary file behind', async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-lock-'));
  const file = path.join(dir, 'staging.lock');
  await new LockFile(file).acquire(info('first'));
  await expect(new LockFile(file).acquire({ ...info('second'), pid: process.pid + 1 })).rejects.toThrow(/environment "staging" is locked by first \(pid \d+ on /);
  expect(await readdir(dir)).toEqual(['staging.lock']);
});
