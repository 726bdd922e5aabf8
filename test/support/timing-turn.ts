// Suites whose verdicts rest on paired timings (a planted slowdown must read as "regressed") take turns: jest
// runs two files at once on a 2-core machine, and two such suites measuring together make each other's noise,
// which the bench's noise checks then rightly call inconclusive. Other suites still run beside them.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const TURN = path.join(os.tmpdir(), 'modelship-timing-suites.turn');
/** Past this a suite measures anyway rather than hang (it may then see the other's noise). */
const MAX_WAIT_MS = 300_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits for the timing turn; returns its release. A turn left by a process that is gone is taken over. */
export async function takeTimingTurn(): Promise<() => Promise<void>> {
  const until = Date.now() + MAX_WAIT_MS;
  for (;;) {
    try {
      await mkdir(TURN);
      await writeFile(path.join(TURN, 'pid'), String(process.pid));
      return () => rm(TURN, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = Number(await readFile(path.join(TURN, 'pid'), 'utf8').catch(() => ''));
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
      await rm(TURN, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > until) return async () => {};
    await new Promise((r) => setTimeout(r, 200));
  }
}
