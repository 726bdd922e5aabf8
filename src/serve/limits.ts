import { parseDuration } from '../core/duration.js';
import { ModelshipError } from '../core/errors.js';

/** The server's limits, defaults applied. */
export interface ServeLimits {
  /** Largest request body accepted (413 beyond). */
  maxBodyBytes: number;
  /** Inferences running at once per model. */
  concurrency: number;
  /** Requests waiting for a slot per model; beyond it, 503 with Retry-After. */
  queue: number;
  /** From the request's arrival to its answer; beyond it, 504. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ServeLimits = { maxBodyBytes: 16 * 2 ** 20, concurrency: 8, queue: 256, timeoutMs: 30_000 };

export function resolveLimits(partial: Partial<Record<keyof ServeLimits, number | string>> = {}): ServeLimits {
  const int = (key: 'maxBodyBytes' | 'concurrency' | 'queue', min: number): number => {
    const v = partial[key] ?? DEFAULT_LIMITS[key];
    const n = typeof v === 'string' ? Number(v) : v;
    if (!Number.isSafeInteger(n) || n < min) throw new ModelshipError(`serve limit ${key} must be an integer >= ${min}, got ${JSON.stringify(v)}`);
    return n;
  };
  const t = partial.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  // A number here is milliseconds (CLI and API); strings take units (`30s`).
  const timeoutMs = typeof t === 'number' ? t : parseDuration(t, 'serve timeout');
  if (!(timeoutMs > 0)) throw new ModelshipError(`serve timeout must be positive, got ${JSON.stringify(t)}`);
  return { maxBodyBytes: int('maxBodyBytes', 1), concurrency: int('concurrency', 1), queue: int('queue', 0), timeoutMs };
}

/** The queue is full: answered 503 with Retry-After. */
export class Overloaded extends Error {
  constructor(readonly model: string) {
    super(`model "${model}" is at its concurrency limit and its queue is full`);
    this.name = 'Overloaded';
  }
}

/** Waited in the queue past the deadline: answered 504. */
export class TimedOut extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimedOut';
  }
}

interface Waiter {
  grant: () => void;
  timer?: NodeJS.Timeout;
}

/**
 * A counting semaphore with a bounded FIFO queue. Bounded on both sides so a burst costs a fixed amount of
 * memory: beyond `concurrency + queue` requests are refused at once, never buffered.
 */
export class ConcurrencyLimiter {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly model: string, private readonly concurrency: number, private readonly queue: number) {}

  get active(): number {
    return this.running;
  }
  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves with a release function once a slot is free; throws Overloaded or TimedOut. */
  acquire(deadline: number): Promise<() => void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.queue) return Promise.reject(new Overloaded(this.model));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { grant: () => resolve(this.releaser()) };
      const ms = deadline - Date.now();
      waiter.timer = setTimeout(() => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new TimedOut(`model "${this.model}": no inference slot within the request timeout`));
      }, Math.max(0, ms));
      this.waiting.push(waiter);
    });
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      if (next) {
        // The slot passes straight to the next waiter: `running` stays the same.
        clearTimeout(next.timer);
        next.grant();
      } else this.running--;
    };
  }
}
