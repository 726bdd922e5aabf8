import { mapLimit, valuesInOrder } from '../core/map-limit.js';

/**
 * Runs the validation of several files at once: a small file's time is mostly waiting on the file system
 * (open, stat, read, stat, close), so overlapping them is what a repository of many models needs. A large
 * file runs alone, so its reads and hashing have the disk, the cores and the memory to themselves, and no
 * more than `lanes` small files (each read whole) are in memory at a time.
 */
export class SizeLanes {
  private small = 0;
  private large = false;
  private largeWaiting = 0;
  private waiters: Array<() => void> = [];

  constructor(readonly lanes: number, readonly largeBytes: number) {}

  /** Runs `work` for every item, at most `lanes` at a time, results in the items' order; the first failure in order is thrown. */
  async map<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>): Promise<R[]> {
    return valuesInOrder(await mapLimit(items, this.lanes, work));
  }

  /** Holds `work` until a file of `size` bytes may run: small ones together, a large one alone. */
  async withSize<R>(size: number, work: () => Promise<R>): Promise<R> {
    const large = size > this.largeBytes;
    if (large) this.largeWaiting++;
    while (large ? this.large || this.small > 0 : this.large || this.largeWaiting > 0) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (large) {
      this.largeWaiting--;
      this.large = true;
    } else this.small++;
    try {
      return await work();
    } finally {
      if (large) this.large = false;
      else this.small--;
      const waiting = this.waiters;
      this.waiters = [];
      for (const wake of waiting) wake();
    }
  }
}
