import type { DeploymentRecord, DeploymentStore } from './state/store.js';
import { RolloutAborted } from './strategies/strategy.js';
import type { StepRecord } from './types.js';

/**
 * A running rollout, steerable from outside: `modelship rollout pause|resume|promote|promote-full|abort ENV`
 * journals a request (store.request), and the rollout reads them between steps and, while it waits, every
 * `store.pollMs`. Semantics follow Argo Rollouts' kubectl verbs:
 *
 * - pause: hold at the next step boundary (or keep holding when the current pause ends) until resume or promote;
 * - resume: lift a `pause` request (an indefinite `pause: {}` step still waits for promote);
 * - promote: end the current pause now (a pending one: the next pause); analysis still judges the step;
 * - promote-full: skip every remaining step, pause and analysis, and go to 100%;
 * - abort: stop; the engine reverts to the last good version and records the rollout as aborted (Degraded).
 *
 * A signal (SIGINT/SIGTERM, a cancelled job) is an abort too. While it waits the rollout writes a heartbeat,
 * so its progress deadline counts from its last sign of life, as Argo does not count paused time.
 */
export interface RolloutControlOptions {
  store: DeploymentStore;
  record: DeploymentRecord;
  /** Adds a step to the journal and the result. */
  journal: (step: StepRecord) => Promise<void>;
  /** The pause itself when injected (tests, the demo): called once with a pause's full length. */
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
  deadlineMs: number;
  /** Overrides the store's poll interval (tests). */
  pollMs?: number;
}

export class RolloutControl {
  private readonly applied = new Set<string>();
  private pausedBy: string | null = null;
  private promoteBy: string | null = null;
  private fullBy: string | null = null;
  private readonly pollMs: number;
  private readonly heartbeatMs: number;

  constructor(private readonly options: RolloutControlOptions) {
    this.pollMs = Math.max(1, options.pollMs ?? options.store.pollMs);
    // Several heartbeats per deadline, so one slow write never makes a live rollout look dead.
    this.heartbeatMs = Math.max(this.pollMs, Math.min(options.deadlineMs / 4, 60_000));
  }

  /** Who asked for promote-full, once asked: the strategy skips what is left. */
  get promotedFullyBy(): string | null {
    return this.fullBy;
  }

  /** Reads and applies new requests; an abort (or a signal) throws RolloutAborted. */
  async poll(): Promise<void> {
    this.throwIfSignalled();
    const requests = await this.options.store.requests(this.options.record);
    for (const r of requests) {
      if (this.applied.has(r.id)) continue;
      this.applied.add(r.id);
      await this.options.journal({ name: `request ${r.action}`, status: 'ok', detail: `by ${r.actor} at ${r.at}`, at: new Date().toISOString() });
      if (r.action === 'abort') throw new RolloutAborted(`aborted by ${r.actor} (modelship rollout abort)`);
      if (r.action === 'pause') this.pausedBy = r.actor;
      else if (r.action === 'resume') this.pausedBy = null;
      else if (r.action === 'promote') {
        this.pausedBy = null;
        this.promoteBy = r.actor;
      } else if (r.action === 'promote-full') {
        this.pausedBy = null;
        this.fullBy = r.actor;
      }
    }
  }

  /** Between steps: applies requests, and holds here while a `pause` request stands. */
  async checkpoint(step: (name: string, run: () => Promise<string>) => Promise<string>): Promise<void> {
    await this.poll();
    if (this.pausedBy !== null) await step(`pause (requested by ${this.pausedBy})`, () => this.wait(0));
  }

  /**
   * Waits `ms` (null: until promoted), reading requests every pollMs (the caller heartbeats). A standing pause
   * request holds it past its end; promote ends it; promote-full ends it and every later one. The injected
   * `sleep` (when given) is the pause itself, called once with `ms`, as before control existed.
   */
  async wait(ms: number | null): Promise<string> {
    const started = Date.now();
    let timerDone = ms === null ? false : ms <= 0;
    let cancel = () => {};
    const timed: Promise<void> =
      ms === null || ms <= 0
        ? new Promise<void>(() => {})
        : this.options.sleep
          ? this.options.sleep(ms)
          : new Promise<void>((resolve) => {
              const t = setTimeout(resolve, ms);
              cancel = () => clearTimeout(t);
            });
    void timed.then(() => (timerDone = true));
    const since = () => `${Math.round((Date.now() - started) / 1000)}s`;
    try {
      for (;;) {
        await this.poll();
        if (this.fullBy !== null) return `ended by promote-full (${this.fullBy})`;
        if (this.promoteBy !== null) {
          const by = this.promoteBy;
          this.promoteBy = null;
          return `ended by promote (${by}) after ${since()}`;
        }
        if (timerDone && this.pausedBy === null) return ms === 0 ? `held ${since()}` : `waited ${since()}`;
        await this.sleepOrWake(timed);
      }
    } finally {
      cancel();
    }
  }

  /** Runs `work` while writing a heartbeat every heartbeatMs (a failed heartbeat is retried at the next). */
  async heartbeating<T>(note: string, work: () => Promise<T>): Promise<T> {
    const timer = setInterval(() => void this.options.store.heartbeat(this.options.record, note).catch(() => {}), this.heartbeatMs);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  /** Until the next poll, the pause's end, or the signal. */
  private async sleepOrWake(timed: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const signal = this.options.signal;
    await Promise.race([
      timed,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.pollMs);
        onAbort = resolve;
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    this.throwIfSignalled();
  }

  private throwIfSignalled(): void {
    const signal = this.options.signal;
    if (signal?.aborted) throw new RolloutAborted(`interrupted by ${String(signal.reason ?? 'a signal')}`);
  }
}
