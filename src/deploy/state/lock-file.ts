import { randomBytes } from 'node:crypto';
import { link, readFile, rm, mkdir, open, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ExitCode, ModelshipError } from '../../core/errors.js';
import type { LockInfo } from '../types.js';

/** A lock older than this is stale even when its process cannot be checked (another host). */
export const STALE_LOCK_AGE_MS = 24 * 3_600_000;
/** A takeover file older than this was left by a process killed while replacing a lock. */
const TAKEOVER_GUARD_MS = 10_000;

/**
 * One deploy per environment at a time: a lock file holding owner, pid, host, reason and time, written whole
 * to a temporary file and then hard-linked into place (link fails with EEXIST when the lock exists, atomically
 * on local file systems), so no reader ever sees it empty or half-written. A lock whose process is gone (same host) is stale and taken
 * over, so a killed deploy does not block the environment forever; its journal still says what it did.
 */
export class LockFile {
  constructor(readonly file: string) {}

  async read(): Promise<LockInfo | undefined> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    try {
      return JSON.parse(text) as LockInfo;
    } catch {
      // A lock is linked into place whole; an unreadable one was damaged outside modelship (or by an older one).
      return { environment: path.basename(this.file, '.lock'), owner: 'unknown (unreadable lock file)', pid: 0, host: '', reason: '', createdAt: new Date(0).toISOString() };
    }
  }

  /**
   * A process lock (pid > 0) is stale when it is older than STALE_LOCK_AGE_MS or, on this host, its
   * process is gone. A manual lock (pid <= 0: `modelship lock`, chatops `.lock`, or an unreadable file)
   * is never stale: only an unlock removes it, as branch-deploy's sticky locks.
   */
  static isStale(lock: LockInfo, now = Date.now()): boolean {
    if (lock.pid <= 0) return false;
    if (now - Date.parse(lock.createdAt) > STALE_LOCK_AGE_MS) return true;
    if (lock.host !== os.hostname()) return false;
    try {
      process.kill(lock.pid, 0);
      return false;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }

  /**
   * Takes the lock. A stale lock, or a held one `takeOver` accepts (a rollout past its progress deadline), is
   * replaced under a second exclusive file (`<lock>.takeover`), so of two processes replacing the same lock
   * one wins and the other finds the winner's lock.
   */
  async acquire(info: LockInfo, takeOver?: (held: LockInfo) => boolean): Promise<LockInfo> {
    await mkdir(path.dirname(this.file), { recursive: true });
    for (let attempt = 0; attempt < 40; attempt++) {
      try {
        await this.create(info);
        return info;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const held = await this.read();
        if (held && held.owner === info.owner && held.pid === info.pid) return held;
        if (held && (LockFile.isStale(held) || takeOver?.(held) === true)) {
          const outcome = await this.replace(held);
          if (outcome !== 'busy') continue;
          await new Promise((r) => setTimeout(r, 25));
          continue;
        }
        if (held === undefined) continue; // released between open and read
        throw new ModelshipError(
          `environment "${info.environment}" is locked by ${held.owner} (pid ${held.pid} on ${held.host || '?'}, since ${held.createdAt}): ${held.reason || 'no reason given'}`,
          { exitCode: ExitCode.Usage, hint: `wait for it to finish, or if it is gone: modelship unlock ${info.environment} --force (lock file ${this.file})` },
        );
      }
    }
    throw new ModelshipError(`could not take the lock ${this.file}`);
  }

  /** Creates the lock whole, or fails with EEXIST when it exists; the temporary file is removed either way. */
  private async create(info: LockInfo): Promise<void> {
    const temporary = `${this.file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      const handle = await open(temporary, 'wx', 0o644);
      try {
        await handle.writeFile(JSON.stringify(info, null, 2));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await link(temporary, this.file);
    } finally {
      await rm(temporary, { force: true });
    }
  }

  /** Removes `held` if it is still the lock, under the takeover file; 'busy' when another process is replacing it. */
  private async replace(held: LockInfo): Promise<'removed' | 'changed' | 'busy'> {
    const guard = `${this.file}.takeover`;
    let handle;
    try {
      handle = await open(guard, 'wx', 0o644);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A takeover file left by a process killed mid-takeover is removed after a while.
      const age = await stat(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > TAKEOVER_GUARD_MS) await rm(guard, { force: true });
      return 'busy';
    }
    try {
      await handle.close();
      const now = await this.read();
      if (now === undefined || now.owner !== held.owner || now.pid !== held.pid || now.createdAt !== held.createdAt) return 'changed';
      await rm(this.file, { force: true });
      return 'removed';
    } finally {
      await rm(guard, { force: true });
    }
  }

  async release(owner: string, force = false): Promise<boolean> {
    const held = await this.read();
    if (held === undefined) return false;
    if (!force && held.owner !== owner) {
      throw new ModelshipError(`lock on "${held.environment}" is held by ${held.owner}, not ${owner}`, { hint: 'pass --force to break it' });
    }
    await rm(this.file, { force: true });
    return true;
  }
}
