/**
 * A KLL quantile sketch (Karnin, Lang, Liberty 2016, "Optimal Quantile Approximation in Streams"), the
 * algorithm Apache DataSketches ships. Written here because npm has no well-kept KLL or rank-accurate
 * sketch: `tdigest` (last release 2017) is unmaintained and DDSketch (@datadog/sketches-js) bounds the
 * *value* error relatively, which says nothing about ranks — a feature living in 1000..1010 falls in one
 * bucket and its CDF, which KS, PSI and Wasserstein read, is lost. KLL bounds the *rank* error.
 *
 * Level h holds items of weight 2^h. While nothing has been compacted the sketch holds every value and
 * everything computed from it is exact. Compaction keeps every other item of a sorted level; which half
 * (odd or even) comes from a deterministic coin, so the same input in the same order always gives the same
 * sketch on every machine. Merges are commutative and associative within the rank-error bound, not bit
 * for bit (no KLL merge is).
 */
export interface KllState {
  k: number;
  /** Values seen (the sum of weights). */
  n: number;
  /** levels[h]: the items of weight 2^h, unsorted. */
  levels: number[][];
}

export const DEFAULT_K = 200;
const SHRINK = 2 / 3;
/** The smallest level capacity (DataSketches' m = 8): tiny low levels would compact every other update. */
const MIN_CAPACITY = 8;

export class KllSketch {
  readonly k: number;
  private n = 0;
  private levels: number[][] = [[]];
  private size = 0;
  private capacityTotal: number;
  private capacities: number[] = [];
  private coin = 0x9e3779b9;

  constructor(k: number = DEFAULT_K) {
    if (!Number.isInteger(k) || k < 8 || k > 65535) throw new RangeError(`KLL k must be an integer in 8..65535, got ${k}`);
    this.k = k;
    this.capacityTotal = this.totalCapacity();
  }

  get count(): number {
    return this.n;
  }

  /** True while no value has been compacted away: every statistic computed from the sketch is exact. */
  get exact(): boolean {
    return this.levels.length === 1;
  }

  update(x: number): void {
    this.levels[0].push(x);
    this.n++;
    if (++this.size > this.capacityTotal) this.compress();
  }

  merge(other: KllSketch): void {
    if (other.k !== this.k) throw new RangeError(`cannot merge KLL sketches of k ${this.k} and ${other.k}`);
    for (let h = 0; h < other.levels.length; h++) {
      if (h >= this.levels.length) this.levels.push([]);
      for (const x of other.levels[h]) this.levels[h].push(x);
      this.size += other.levels[h].length;
    }
    this.n += other.n;
    this.capacityTotal = this.totalCapacity();
    while (this.size > this.capacityTotal) this.compress();
  }

  /** The retained items with their weights, sorted by value (ties kept apart). */
  weightedItems(): { values: Float64Array; weights: Float64Array } {
    let values = new Float64Array(0);
    let weights = new Float64Array(0);
    // Each level sorted natively, then merged into the running result: no comparator, no tuples.
    for (let h = 0; h < this.levels.length; h++) {
      const level = Float64Array.from(this.levels[h]).sort();
      const w = 2 ** h;
      const mv = new Float64Array(values.length + level.length);
      const mw = new Float64Array(mv.length);
      let i = 0;
      let j = 0;
      for (let o = 0; o < mv.length; o++) {
        if (j >= level.length || (i < values.length && values[i] <= level[j])) {
          mv[o] = values[i];
          mw[o] = weights[i++];
        } else {
          mv[o] = level[j++];
          mw[o] = w;
        }
      }
      values = mv;
      weights = mw;
    }
    return { values, weights };
  }

  /** The value at normalised rank q in [0, 1] (the smallest retained value whose rank reaches q). */
  quantile(q: number): number {
    if (this.n === 0) return Number.NaN;
    const { values, weights } = this.weightedItems();
    const target = q * this.n;
    let cumulative = 0;
    for (let i = 0; i < values.length; i++) {
      cumulative += weights[i];
      if (cumulative >= target) return values[i];
    }
    return values[values.length - 1];
  }

  /** The fraction of values <= x. */
  cdf(x: number): number {
    if (this.n === 0) return Number.NaN;
    let below = 0;
    for (let h = 0; h < this.levels.length; h++) for (const v of this.levels[h]) if (v <= x) below += 2 ** h;
    return below / this.n;
  }

  toJSON(): KllState {
    return { k: this.k, n: this.n, levels: this.levels.map((l) => [...l]) };
  }

  static fromJSON(state: KllState): KllSketch {
    const sketch = new KllSketch(state.k);
    sketch.levels = state.levels.length === 0 ? [[]] : state.levels.map((l) => [...l]);
    sketch.n = state.n;
    sketch.size = sketch.levels.reduce((s, l) => s + l.length, 0);
    sketch.capacityTotal = sketch.totalCapacity();
    const weight = sketch.levels.reduce((s, l, h) => s + l.length * 2 ** h, 0);
    if (weight !== state.n) throw new RangeError(`the sketch's items weigh ${weight}, its count says ${state.n}`);
    return sketch;
  }

  /** Recomputes each level's capacity (they change only when a level is added) and returns their sum. */
  private totalCapacity(): number {
    let total = 0;
    this.capacities = [];
    for (let h = 0; h < this.levels.length; h++) {
      const depth = this.levels.length - 1 - h;
      // Level 0 (weight 1, no rank error) keeps k items whatever the depth: compactions, each a sort, then
      // happen once per k/2 updates instead of once per few; memory grows by at most k.
      this.capacities.push(h === 0 ? this.k : Math.max(MIN_CAPACITY, Math.ceil(this.k * SHRINK ** depth)));
      total += this.capacities[h];
    }
    return total;
  }

  /** Compacts the lowest level at or over its capacity: half its items, at double weight, go up one level. */
  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      const level = this.levels[h];
      if (level.length < this.capacities[h]) continue;
      const grew = h + 1 === this.levels.length;
      if (grew) this.levels.push([]);
      // A typed array sorts numerically without a comparator call per comparison: several times faster.
      const sorted = Float64Array.from(level).sort();
      // An odd level keeps its largest item so the weights still add up to n.
      const odd = sorted.length % 2 === 1;
      const even = odd ? sorted.length - 1 : sorted.length;
      const offset = this.flip();
      const up = this.levels[h + 1];
      for (let i = offset; i < even; i += 2) up.push(sorted[i]);
      this.size -= even / 2;
      this.levels[h] = odd ? [sorted[even]] : [];
      if (grew) this.capacityTotal = this.totalCapacity();
      return;
    }
  }

  /** xorshift32: a fair, deterministic coin. */
  private flip(): number {
    let x = this.coin;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.coin = x >>> 0;
    return this.coin & 1;
  }
}
