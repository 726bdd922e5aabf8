/**
 * Frequent values with counts (Misra-Gries, merged as Agarwal et al. 2012 "Mergeable Summaries"): at most
 * `capacity` values are kept; while a feature has no more distinct values than that, every count is exact.
 * Past it, each count is under-estimated by at most `error` (= n / (capacity + 1)), reported with the sketch.
 * Merges add the counts, then subtract the (capacity+1)-th largest count from all: exact when no count was
 * cut, commutative and associative within `error`.
 */
export interface FrequentState {
  capacity: number;
  n: number;
  /** The most an estimated count is below the true count. */
  error: number;
  counts: Record<string, number>;
}

export const DEFAULT_CAPACITY = 256;

export class FrequentValues {
  readonly capacity: number;
  private n = 0;
  private error = 0;
  private counts = new Map<string, number>();

  constructor(capacity: number = DEFAULT_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`frequent-values capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
  }

  get count(): number {
    return this.n;
  }

  /** True while every count is exact. */
  get exact(): boolean {
    return this.error === 0;
  }

  get maxError(): number {
    return this.error;
  }

  update(value: string, times = 1): void {
    this.n += times;
    this.counts.set(value, (this.counts.get(value) ?? 0) + times);
    // Shrinking sorts the counts: done when twice the capacity is held, so its cost is amortised.
    if (this.counts.size > 2 * this.capacity) this.shrink();
  }

  merge(other: FrequentValues): void {
    for (const [value, c] of other.counts) this.counts.set(value, (this.counts.get(value) ?? 0) + c);
    this.n += other.n;
    this.error += other.error;
    if (this.counts.size > this.capacity) this.shrink();
  }

  /** Values by count, largest first (ties by value, so the order is stable). */
  entries(): Array<[string, number]> {
    if (this.counts.size > this.capacity) this.shrink();
    return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  toJSON(): FrequentState {
    return { capacity: this.capacity, n: this.n, error: this.error, counts: Object.fromEntries(this.entries()) };
  }

  static fromJSON(state: FrequentState): FrequentValues {
    const f = new FrequentValues(state.capacity);
    f.n = state.n;
    f.error = state.error;
    f.counts = new Map(Object.entries(state.counts));
    return f;
  }

  /** Subtracts the (capacity+1)-th largest count from every count and drops what reaches zero. */
  private shrink(): void {
    const sorted = [...this.counts.values()].sort((a, b) => b - a);
    const cut = sorted[this.capacity];
    this.error += cut;
    for (const [value, c] of this.counts) {
      if (c <= cut) this.counts.delete(value);
      else this.counts.set(value, c - cut);
    }
  }
}
