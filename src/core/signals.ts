/**
 * A rollout run from the CLI (or an action) that receives SIGINT or SIGTERM — Ctrl-C, a cancelled workflow
 * (the runner sends SIGINT, then SIGTERM) — aborts: the engine reverts to the last good version and
 * journals why, then the command exits 1 as for any aborted rollout. A second signal exits at once
 * (130/143); the journal then shows the rollout in progress and the next command recovers it.
 */
export async function abortOnSignals<T>(work: (signal: AbortSignal) => Promise<T>, proc: NodeJS.Process = process): Promise<T> {
  const controller = new AbortController();
  const handler = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) proc.exit(name === 'SIGINT' ? 130 : 143);
    controller.abort(name);
  };
  proc.on('SIGINT', handler);
  proc.on('SIGTERM', handler);
  try {
    return await work(controller.signal);
  } finally {
    proc.off('SIGINT', handler);
    proc.off('SIGTERM', handler);
  }
}
