import os from 'node:os';
import { getModel, type LoadedConfig } from '../core/config.js';
import { formatDuration } from '../core/duration.js';
import { ModelshipError } from '../core/errors.js';
import { progressDeadlineMs, type Environment } from './config.js';
import { providerFor } from './providers/index.js';
import { emptyTraffic, settledTraffic, type DeployTarget, type DeploymentProvider } from './providers/provider.js';
import { LockFile } from './state/lock-file.js';
import { defaultOwner, osUser } from './state/local.js';
import { storeFor } from './state/select.js';
import type { DeploymentPayload, DeploymentRecord, DeploymentStore } from './state/store.js';
import type { LockInfo, StepRecord } from './types.js';

/**
 * Recovery without a person: a rollout whose process is gone (killed, a cancelled job) leaves a record
 * `in_progress` and traffic split. Once its journal shows no progress for `strategy.progressDeadline` (a
 * step, or the heartbeat a waiting rollout writes), the next modelship command on the environment — deploy,
 * promote, rollback, status, rollout, and `modelship serve --env` as it watches routing — reverts it to the
 * last good version and journals why. Idempotent and safe when two processes notice at once: the reverter
 * takes the environment's lock (one process wins a takeover), reads the record again under it, and acts only
 * if it is still in progress. Traffic is restored before the journal is written, so a store that fails in
 * between leaves the last good version serving and the record in progress: the next command reverts again
 * (the same routing) and journals it.
 */

export interface RecoveryOptions {
  store?: DeploymentStore;
  provider?: (env: Environment, fallback: DeploymentProvider) => DeploymentProvider;
  log?: (line: string) => void;
  /** The clock (tests). */
  now?: () => number;
}

export interface Recovery {
  environment: string;
  model: string;
  deploymentId: string;
  version: string;
  /** False when another process holds the environment or recovered it first. */
  reverted: boolean;
  /** The version serving afterwards (the last good one). */
  liveVersion: string | null;
  message: string;
}

/** When a record last showed progress: its newest step, heartbeat or status change. */
export function lastProgressMs(record: DeploymentRecord): number {
  const times = [record.createdAt, record.updatedAt, record.heartbeatAt, ...record.steps.map((s) => s.at)].map((t) => (t ? Date.parse(t) : NaN)).filter((t) => Number.isFinite(t));
  return Math.max(0, ...times);
}

/** The moment an in-progress record passes its environment's progress deadline. */
export function deadlineOf(record: DeploymentRecord, env: Environment): number {
  return lastProgressMs(record) + progressDeadlineMs(env);
}

/** A live process on this host holds the lock: it enforces its own deadline, and is never reverted under it. */
function heldByLiveLocalProcess(held: LockInfo | undefined): boolean {
  return held !== undefined && held.pid > 0 && held.host === os.hostname() && !LockFile.isStale(held);
}

/**
 * Reverts the environment's interrupted rollouts that are past their progress deadline (or that `force`
 * picks: an abort of a rollout whose process is gone, the deploy action's post step). `reason` is journaled.
 */
export async function recoverStalled(loaded: LoadedConfig, env: Environment, models: string[], options: RecoveryOptions, request: { reason?: string; actor?: string; force?: (record: DeploymentRecord, held: LockInfo | undefined) => boolean } = {}): Promise<Recovery[]> {
  const store = storeFor(loaded, env, options);
  const now = options.now ?? Date.now;
  const out: Recovery[] = [];
  // One read of the environment for every model where the store can; each recovery reads again under the lock.
  const histories = store.histories && models.length > 1 ? await store.histories(env.name, models) : undefined;
  for (const model of models) {
    const found = (histories ? (histories.get(model) ?? []) : await store.history(env.name, model)).find((r) => r.status === 'in_progress');
    if (found === undefined) continue;
    const held = await store.lockInfo(env.name);
    const forced = request.force?.(found, held) === true;
    const expired = now() > deadlineOf(found, env);
    if (!forced && (!expired || heldByLiveLocalProcess(held))) continue;
    const skipped = (message: string): Recovery => ({ environment: env.name, model, deploymentId: found.id, version: found.payload.version, reverted: false, liveVersion: null, message });
    if (held !== undefined && held.pid <= 0) {
      out.push(skipped(`the interrupted rollout of ${model} ${found.payload.version} is past its deadline, but ${env.name} is locked by hand (${held.owner}): not reverted; modelship rollback ${env.name} as that user`));
      continue;
    }
    const why = request.reason ?? `progress deadline ${formatDuration(progressDeadlineMs(env))} exceeded: no progress since ${new Date(lastProgressMs(found)).toISOString()} (last step "${found.steps.at(-1)?.name ?? 'start'}")`;
    const user = request.actor ?? osUser();
    const owner = defaultOwner(user);
    // Only the lock of the rollout being recovered may be replaced, and only while it is still held by it.
    const takeOver = (h: LockInfo) => h.pid > 0 && held !== undefined && h.owner === held.owner && h.createdAt === held.createdAt;
    try {
      await store.lock(env.name, { owner, pid: process.pid, host: os.hostname(), reason: `recover ${model} ${found.payload.version}` }, takeOver);
    } catch (err) {
      if (!(err instanceof ModelshipError)) throw err;
      out.push(skipped(`another process holds ${env.name} (recovering it, or deploying): ${err.message}`));
      continue;
    }
    try {
      const history = await store.history(env.name, model);
      const record = history.find((r) => r.id === found.id && r.status === 'in_progress');
      if (record === undefined) {
        out.push(skipped(`${model} ${found.payload.version} in ${env.name} was already recovered by another process`));
        continue;
      }
      const current = history.find((r) => r.status === 'success');
      const liveVersion = current?.payload.version ?? null;
      const fallback = providerFor(loaded, env);
      const provider = options.provider ? options.provider(env, fallback) : fallback;
      const pctx = { environment: env.name, model, log: options.log ?? (() => {}) };
      const base = current ? settledTraffic(current.payload.version, current.payload.previousVersion, current.payload.strategy) : emptyTraffic(record.payload.strategy);
      const detail = await provider.revert(pctx, base, current ? targetOf(loaded, current.payload) : undefined);
      const step: StepRecord = { name: 'revert-interrupted', status: 'reverted', detail: `${why}: ${detail}`, at: new Date().toISOString() };
      try {
        await store.step(record, step);
        await store.finish(record, 'failure', `${why}; reverted by ${owner} to ${liveVersion ?? 'nothing'}`);
      } catch (err) {
        throw new ModelshipError(`${env.name} was reverted to ${liveVersion ?? 'nothing'} (${model} ${record.payload.version} stopped: ${why}), but the state store ${store.location} failed to record it: ${(err as Error).message}`, {
          hint: 'traffic is on the last good version; the next modelship command on this environment records the revert',
        });
      }
      out.push({ environment: env.name, model, deploymentId: record.id, version: record.payload.version, reverted: true, liveVersion, message: `${model} ${record.payload.version} in ${env.name}: ${why}; reverted to ${liveVersion ?? 'nothing'}` });
    } finally {
      await store.unlock(env.name, owner).catch(() => {});
    }
  }
  return out;
}

/**
 * `modelship serve --env ENV`: while it serves, checks the environment's rollouts every `intervalMs` and
 * reverts one whose process is gone past its progress deadline, then lets the server re-read routing at once.
 * One check at a time; errors are reported and the next check tries again. Returns the stop function.
 */
export function watchStalledRollouts(loaded: LoadedConfig, env: Environment, options: RecoveryOptions & { intervalMs: number; onRecovered: (r: Recovery) => void | Promise<void>; onError: (err: Error) => void }): () => void {
  let busy = false;
  const check = async () => {
    if (busy) return;
    busy = true;
    try {
      for (const r of await recoverStalled(loaded, env, Object.keys(loaded.config.models), options, { actor: 'modelship serve' })) await options.onRecovered(r);
    } catch (err) {
      options.onError(err as Error);
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void check(), options.intervalMs);
  timer.unref();
  void check();
  return () => clearInterval(timer);
}

/** A deployed version as a target again (revert and rollback hand it to the provider). */
export function targetOf(loaded: LoadedConfig, payload: DeploymentPayload): DeployTarget {
  const config = getModel(loaded, payload.model);
  return { model: payload.model, version: payload.version, artifact: payload.artifact, sha256: payload.sha256, format: config.format ?? 'onnx', signature: config.signature, ...(payload.metrics ? { metrics: payload.metrics } : {}) };
}
