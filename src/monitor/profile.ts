import { ModelshipError } from '../core/errors.js';
import { DEFAULT_CAPACITY, FrequentValues, type FrequentState } from './frequent.js';
import { DEFAULT_K, KllSketch, type KllState } from './kll.js';

/**
 * Profiles: a summary of a dataset per feature, in memory fixed by the sketch sizes whatever the rows.
 * Numbers feed count/min/max/mean/variance (Welford; shards merged with Chan et al.'s formula), a KLL
 * quantile sketch and the exact counts of the first few distinct values; text feeds frequent values.
 * A feature holding both is `mixed` and is reported, not tested for drift.
 */
export type FeatureType = 'numeric' | 'categorical' | 'mixed' | 'empty';

/** Distinct numeric values counted exactly up to this many (Evidently's rules look at n_unique <= 5 and > 20). */
const DISTINCT_LIMIT = 21;

export interface SketchOptions {
  /** KLL k: rank error about 1.65% at k=200 (99% confidence). */
  k?: number;
  /** Frequent values kept per categorical feature. */
  capacity?: number;
}

export interface FeatureProfileState {
  type: FeatureType;
  count: number;
  missing: number;
  numeric?: { count: number; min: number; max: number; mean: number; m2: number; distinct: Record<string, number> | null; sketch: KllState };
  text?: FrequentState;
}

export class FeatureProfile {
  count = 0;
  missing = 0;
  private numbers = 0;
  private min = Infinity;
  private max = -Infinity;
  private mean = 0;
  private m2 = 0;
  private distinct: Map<number, number> | null = new Map();
  private sketch: KllSketch;
  private text: FrequentValues;

  constructor(options: SketchOptions = {}) {
    this.sketch = new KllSketch(options.k ?? DEFAULT_K);
    this.text = new FrequentValues(options.capacity ?? DEFAULT_CAPACITY);
  }

  get type(): FeatureType {
    if (this.numbers > 0 && this.text.count > 0) return 'mixed';
    if (this.numbers > 0) return 'numeric';
    return this.text.count > 0 ? 'categorical' : 'empty';
  }

  /** Present values (count minus missing). */
  get present(): number {
    return this.count - this.missing;
  }

  addMissing(): void {
    this.count++;
    this.missing++;
  }

  addNumber(x: number): void {
    this.count++;
    const n = ++this.numbers;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    const d = x - this.mean;
    this.mean += d / n;
    this.m2 += d * (x - this.mean);
    if (this.distinct) {
      this.distinct.set(x, (this.distinct.get(x) ?? 0) + 1);
      if (this.distinct.size > DISTINCT_LIMIT) this.distinct = null;
    }
    this.sketch.update(x);
  }

  addText(value: string): void {
    this.count++;
    this.text.update(value);
  }

  merge(other: FeatureProfile): void {
    this.count += other.count;
    this.missing += other.missing;
    if (other.numbers > 0) {
      const n = this.numbers + other.numbers;
      const d = other.mean - this.mean;
      this.mean += (d * other.numbers) / n;
      this.m2 += other.m2 + (d * d * this.numbers * other.numbers) / n;
      this.numbers = n;
      this.min = Math.min(this.min, other.min);
      this.max = Math.max(this.max, other.max);
      if (this.distinct && other.distinct) {
        for (const [v, c] of other.distinct) this.distinct.set(v, (this.distinct.get(v) ?? 0) + c);
        if (this.distinct.size > DISTINCT_LIMIT) this.distinct = null;
      } else this.distinct = null;
      this.sketch.merge(other.sketch);
    }
    this.text.merge(other.text);
  }

  /** The numeric summary; undefined when the feature holds no number. */
  numeric(): NumericSummary | undefined {
    if (this.numbers === 0) return undefined;
    return {
      count: this.numbers,
      min: this.min,
      max: this.max,
      mean: this.mean,
      variance: this.m2 / this.numbers,
      distinct: this.distinct ? new Map(this.distinct) : null,
      sketch: this.sketch,
    };
  }

  /** The frequent text values; undefined when the feature holds no text. */
  categories(): FrequentValues | undefined {
    return this.text.count > 0 ? this.text : undefined;
  }

  toJSON(): FeatureProfileState {
    const state: FeatureProfileState = { type: this.type, count: this.count, missing: this.missing };
    if (this.numbers > 0) {
      state.numeric = {
        count: this.numbers,
        min: this.min,
        max: this.max,
        mean: this.mean,
        m2: this.m2,
        distinct: this.distinct ? Object.fromEntries([...this.distinct].sort((a, b) => a[0] - b[0]).map(([v, c]) => [String(v), c])) : null,
        sketch: this.sketch.toJSON(),
      };
    }
    if (this.text.count > 0) state.text = this.text.toJSON();
    return state;
  }

  static fromJSON(state: FeatureProfileState, where: string): FeatureProfile {
    const f = new FeatureProfile();
    f.count = need(state.count, `${where}.count`);
    f.missing = need(state.missing, `${where}.missing`);
    if (state.numeric !== undefined) {
      const s = state.numeric;
      const at = `${where}.numeric`;
      if (typeof s !== 'object' || s === null) throw bad(at, 'an object');
      f.numbers = need(s.count, `${at}.count`);
      f.min = num(s.min, `${at}.min`);
      f.max = num(s.max, `${at}.max`);
      f.mean = num(s.mean, `${at}.mean`);
      f.m2 = num(s.m2, `${at}.m2`);
      if (s.distinct === null) f.distinct = null;
      else if (typeof s.distinct === 'object') f.distinct = new Map(Object.entries(s.distinct).map(([v, c]) => [num(Number(v), `${at}.distinct key ${v}`), need(c, `${at}.distinct.${v}`)]));
      else throw bad(`${at}.distinct`, 'an object of counts or null');
      try {
        f.sketch = KllSketch.fromJSON(checkKll(s.sketch, `${at}.sketch`));
      } catch (err) {
        throw new ModelshipError(`${at}.sketch: ${(err as Error).message}`);
      }
      if (f.sketch.count !== f.numbers) throw bad(`${at}.sketch.n`, `${f.numbers} (numeric.count), got ${f.sketch.count}`);
    }
    if (state.text !== undefined) {
      const t = state.text;
      const at = `${where}.text`;
      if (typeof t !== 'object' || t === null || typeof t.counts !== 'object' || t.counts === null) throw bad(at, 'an object with capacity, n, error and counts');
      for (const [v, c] of Object.entries(t.counts)) need(c, `${at}.counts.${v}`);
      f.text = FrequentValues.fromJSON({ capacity: need(t.capacity, `${at}.capacity`), n: need(t.n, `${at}.n`), error: need(t.error, `${at}.error`), counts: t.counts });
    }
    if (f.missing > f.count || f.numbers + f.text.count + f.missing !== f.count) {
      throw bad(where, `count (${f.count}) = missing (${f.missing}) + numbers (${f.numbers}) + text values (${f.text.count})`);
    }
    return f;
  }
}

export interface NumericSummary {
  count: number;
  min: number;
  max: number;
  mean: number;
  /** Population variance (ddof 0), as Evidently normalises Wasserstein by np.std. */
  variance: number;
  /** Exact counts per value while there are at most 21 distinct values; null past that. */
  distinct: Map<number, number> | null;
  sketch: KllSketch;
}

/** Values read as missing: null/undefined, NaN and ±Infinity (as Evidently does), and pandas' NA spellings in text files. */
const MISSING_TEXT = new Set(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None', 'none', '-nan', '#N/A']);
const NUMBER_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * Adds one cell. `textNumbers` (CSV, where every cell is text) reads numeric-looking text as a number;
 * in typed formats (JSON Lines, Parquet) a string stays a category.
 */
export function addCell(feature: FeatureProfile, cell: unknown, textNumbers: boolean): void {
  switch (typeof cell) {
    case 'number':
      if (Number.isFinite(cell)) feature.addNumber(cell);
      else feature.addMissing();
      return;
    case 'string':
      if (MISSING_TEXT.has(cell)) feature.addMissing();
      else if (textNumbers && NUMBER_TEXT.test(cell)) {
        const x = Number(cell);
        if (Number.isFinite(x)) feature.addNumber(x);
        else feature.addMissing();
      } else feature.addText(cell);
      return;
    case 'bigint':
      feature.addNumber(Number(cell));
      return;
    case 'boolean':
      feature.addText(String(cell));
      return;
    case 'undefined':
      feature.addMissing();
      return;
    default:
      if (cell === null) feature.addMissing();
      else if (cell instanceof Date) feature.addText(cell.toISOString());
      else feature.addText(JSON.stringify(cell));
  }
}

export const PROFILE_FORMAT = 'modelship-profile';

export interface ProfileState {
  format: typeof PROFILE_FORMAT;
  version: 1;
  rows: number;
  inputs: Record<string, FeatureProfileState>;
  outputs: Record<string, FeatureProfileState>;
  /** Columns that are the values of one tensor, in order (`features` -> sepal_length, ...): how serve names them. */
  tensors?: Record<string, string[]>;
}

/** A dataset's profile: its inputs (features) and, when known, its outputs (predictions), one FeatureProfile per column. */
export class Profile {
  rows = 0;
  readonly inputs = new Map<string, FeatureProfile>();
  readonly outputs = new Map<string, FeatureProfile>();
  /** See ProfileState.tensors. */
  tensors: Record<string, string[]> = {};

  constructor(private readonly options: SketchOptions = {}) {}

  /**
   * This profile with tensor-slot features (`features[2]`, as serve names them) renamed to the columns
   * `tensors` gives them (`petal_length`); other features keep their names. Shares the feature profiles.
   */
  renamed(tensors: Record<string, string[]>): Profile {
    const names = new Map<string, string>();
    for (const [tensor, columns] of Object.entries(tensors)) columns.forEach((c, j) => names.set(`${tensor}[${j}]`, c));
    const out = new Profile(this.options);
    out.rows = this.rows;
    for (const side of ['inputs', 'outputs'] as const) for (const [name, f] of this[side]) out[side].set(names.get(name) ?? name, f);
    return out;
  }

  feature(side: 'inputs' | 'outputs', name: string): FeatureProfile {
    const map = this[side];
    let f = map.get(name);
    if (!f) {
      f = new FeatureProfile(this.options);
      map.set(name, f);
    }
    return f;
  }

  merge(other: Profile): void {
    this.rows += other.rows;
    for (const side of ['inputs', 'outputs'] as const) {
      for (const [name, f] of other[side]) this.feature(side, name).merge(f);
    }
  }

  toJSON(): ProfileState {
    const side = (m: Map<string, FeatureProfile>) => Object.fromEntries([...m].map(([name, f]) => [name, f.toJSON()]));
    const state: ProfileState = { format: PROFILE_FORMAT, version: 1, rows: this.rows, inputs: side(this.inputs), outputs: side(this.outputs) };
    if (Object.keys(this.tensors).length > 0) state.tensors = this.tensors;
    return state;
  }

  /** Reads a profile written by toJSON; `origin` (a file name) prefixes every error. */
  static fromJSON(value: unknown, origin: string): Profile {
    if (typeof value !== 'object' || value === null || (value as ProfileState).format !== PROFILE_FORMAT) {
      throw new ModelshipError(`${origin}: not a Modelship profile (expected "format": "${PROFILE_FORMAT}")`, { hint: 'make one with `modelship monitor profile DATA`' });
    }
    const state = value as ProfileState;
    if (state.version !== 1) throw new ModelshipError(`${origin}: profile version ${String(state.version)} is not supported (expected 1)`);
    const profile = new Profile();
    profile.rows = need(state.rows, `${origin}: rows`);
    if (state.tensors !== undefined) {
      const t = state.tensors;
      if (typeof t !== 'object' || t === null || !Object.values(t).every((cs) => Array.isArray(cs) && cs.every((c) => typeof c === 'string'))) throw bad(`${origin}: tensors`, 'an object of column-name arrays');
      profile.tensors = t;
    }
    for (const side of ['inputs', 'outputs'] as const) {
      const features = state[side] ?? {};
      if (typeof features !== 'object' || features === null) throw bad(`${origin}: ${side}`, 'an object of features');
      for (const [name, f] of Object.entries(features)) {
        if (typeof f !== 'object' || f === null) throw bad(`${origin}: ${side}.${name}`, 'a feature profile object');
        profile[side].set(name, FeatureProfile.fromJSON(f, `${origin}: ${side}.${name}`));
      }
    }
    return profile;
  }
}

function bad(where: string, expected: string): ModelshipError {
  return new ModelshipError(`${where}: expected ${expected}`);
}

function need(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw bad(where, 'a count (a non-negative integer)');
  return v;
}

function num(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw bad(where, 'a finite number');
  return v;
}

function checkKll(v: unknown, where: string): KllState {
  const s = v as KllState;
  if (typeof s !== 'object' || s === null || !Array.isArray(s.levels) || !s.levels.every((l) => Array.isArray(l) && l.every((x) => typeof x === 'number' && Number.isFinite(x)))) {
    throw bad(where, 'a KLL sketch {k, n, levels: number[][]}');
  }
  need(s.k, `${where}.k`);
  need(s.n, `${where}.n`);
  return s;
}
