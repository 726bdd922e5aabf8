import type { LockInfo } from '../deploy/types.js';
import type { Refusal } from './authorize.js';
import type { ParsedCommand } from './grammar.js';

/** The environment locks the deploy engine honours, read from the state the commands act on. */
export interface LockPort {
  /** The lock that would stop a deploy to `environment` now (a stale lock is none); throws when it cannot be read. */
  heldLock(environment: string): Promise<LockInfo | undefined>;
}

/** Commands the engine runs under the environment's lock: a lock held by someone else stops them. */
export const NEEDS_LOCK: ReadonlySet<string> = new Set(['deploy', 'promote', 'rollback', 'lock']);

/**
 * Whether the environment's lock lets `actor` run the command, as the engine decides: a manual lock
 * (`/lock`, `modelship lock`) lets its own holder deploy through it; any other lock (someone else's, or a
 * deployment in progress) refuses, naming its holder. `/lock` is refused only by someone else's lock.
 */
export async function lockRefusal(command: ParsedCommand, actor: string, port: LockPort): Promise<Refusal | null> {
  if (!NEEDS_LOCK.has(command.name) || command.env === undefined) return null;
  const env = command.env;
  let held: LockInfo | undefined;
  try {
    held = await port.heldLock(env);
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200);
    return { ok: false, code: 'lock_unavailable', reason: `could not read the lock of ${env} (${message}); a lock that cannot be verified is not free` };
  }
  if (!held) return null;
  // A lock file is data someone wrote: anything missing is shown as unknown, never trusted as "mine".
  const owner = typeof held.owner === 'string' && held.owner !== '' ? held.owner : 'someone (the lock names no owner)';
  const mine = owner.toLowerCase() === actor.toLowerCase();
  const manual = !(typeof held.pid === 'number' && held.pid > 0);
  if (mine && (manual || command.name === 'lock')) return null;
  const since = held.createdAt ? ` since ${held.createdAt}` : '';
  const why = held.reason ? `: ${held.reason}` : '';
  const what = manual ? `locked by ${owner}${since}${why}` : `locked by a deployment in progress, run by ${owner}${since}${why}`;
  const next = manual ? `${owner} can deploy through the lock or /unlock ${env}` : 'comment again once it has finished';
  return { ok: false, code: 'locked', reason: `${env} is ${what}; /${command.name} is refused (${next})` };
}
