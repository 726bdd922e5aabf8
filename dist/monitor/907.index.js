export const id = 907;
export const ids = [907];
export const modules = {

/***/ 3907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y6: () => (/* binding */ PROFILE_FORMAT),
  WV: () => (/* binding */ Profile),
  GS: () => (/* binding */ addCell)
});

// UNUSED EXPORTS: FeatureProfile

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/monitor/frequent.ts
const DEFAULT_CAPACITY = 256;
class FrequentValues {
    capacity;
    n = 0;
    error = 0;
    counts = new Map();
    constructor(capacity = DEFAULT_CAPACITY) {
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`frequent-values capacity must be a positive integer, got ${capacity}`);
        this.capacity = capacity;
    }
    get count() {
        return this.n;
    }
    /** True while every count is exact. */
    get exact() {
        return this.error === 0;
    }
    get maxError() {
        return this.error;
    }
    update(value, times = 1) {
        this.n += times;
        this.counts.set(value, (this.counts.get(value) ?? 0) + times);
        // Shrinking sorts the counts: done when twice the capacity is held, so its cost is amortised.
        if (this.counts.size > 2 * this.capacity)
            this.shrink();
    }
    merge(other) {
        for (const [value, c] of other.counts)
            this.counts.set(value, (this.counts.get(value) ?? 0) + c);
        this.n += other.n;
        this.error += other.error;
        if (this.counts.size > this.capacity)
            this.shrink();
    }
    /** Values by count, largest first (ties by value, so the order is stable). */
    entries() {
        if (this.counts.size > this.capacity)
            this.shrink();
        return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    toJSON() {
        return { capacity: this.capacity, n: this.n, error: this.error, counts: Object.fromEntries(this.entries()) };
    }
    static fromJSON(state) {
        const f = new FrequentValues(state.capacity);
        f.n = state.n;
        f.error = state.error;
        f.counts = new Map(Object.entries(state.counts));
        return f;
    }
    /** Subtracts the (capacity+1)-th largest count from every count and drops what reaches zero. */
    shrink() {
        const sorted = [...this.counts.values()].sort((a, b) => b - a);
        const cut = sorted[this.capacity];
        this.error += cut;
        for (const [value, c] of this.counts) {
            if (c <= cut)
                this.counts.delete(value);
            else
                this.counts.set(value, c - cut);
        }
    }
}

;// CONCATENATED MODULE: ./src/monitor/kll.ts
const DEFAULT_K = 200;
const SHRINK = 2 / 3;
/** The smallest level capacity (DataSketches' m = 8): tiny low levels would compact every other update. */
const MIN_CAPACITY = 8;
class KllSketch {
    k;
    n = 0;
    levels = [[]];
    size = 0;
    capacityTotal;
    capacities = [];
    coin = 0x9e3779b9;
    constructor(k = DEFAULT_K) {
        if (!Number.isInteger(k) || k < 8 || k > 65535)
            throw new RangeError(`KLL k must be an integer in 8..65535, got ${k}`);
        this.k = k;
        this.capacityTotal = this.totalCapacity();
    }
    get count() {
        return this.n;
    }
    /** True while no value has been compacted away: every statistic computed from the sketch is exact. */
    get exact() {
        return this.levels.length === 1;
    }
    update(x) {
        this.levels[0].push(x);
        this.n++;
        if (++this.size > this.capacityTotal)
            this.compress();
    }
    merge(other) {
        if (other.k !== this.k)
            throw new RangeError(`cannot merge KLL sketches of k ${this.k} and ${other.k}`);
        for (let h = 0; h < other.levels.length; h++) {
            if (h >= this.levels.length)
                this.levels.push([]);
            for (const x of other.levels[h])
                this.levels[h].push(x);
            this.size += other.levels[h].length;
        }
        this.n += other.n;
        this.capacityTotal = this.totalCapacity();
        while (this.size > this.capacityTotal)
            this.compress();
    }
    /** The retained items with their weights, sorted by value (ties kept apart). */
    weightedItems() {
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
                }
                else {
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
    quantile(q) {
        if (this.n === 0)
            return Number.NaN;
        const { values, weights } = this.weightedItems();
        const target = q * this.n;
        let cumulative = 0;
        for (let i = 0; i < values.length; i++) {
            cumulative += weights[i];
            if (cumulative >= target)
                return values[i];
        }
        return values[values.length - 1];
    }
    /** The fraction of values <= x. */
    cdf(x) {
        if (this.n === 0)
            return Number.NaN;
        let below = 0;
        for (let h = 0; h < this.levels.length; h++)
            for (const v of this.levels[h])
                if (v <= x)
                    below += 2 ** h;
        return below / this.n;
    }
    toJSON() {
        return { k: this.k, n: this.n, levels: this.levels.map((l) => [...l]) };
    }
    static fromJSON(state) {
        const sketch = new KllSketch(state.k);
        sketch.levels = state.levels.length === 0 ? [[]] : state.levels.map((l) => [...l]);
        sketch.n = state.n;
        sketch.size = sketch.levels.reduce((s, l) => s + l.length, 0);
        sketch.capacityTotal = sketch.totalCapacity();
        const weight = sketch.levels.reduce((s, l, h) => s + l.length * 2 ** h, 0);
        if (weight !== state.n)
            throw new RangeError(`the sketch's items weigh ${weight}, its count says ${state.n}`);
        return sketch;
    }
    /** Recomputes each level's capacity (they change only when a level is added) and returns their sum. */
    totalCapacity() {
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
    compress() {
        for (let h = 0; h < this.levels.length; h++) {
            const level = this.levels[h];
            if (level.length < this.capacities[h])
                continue;
            const grew = h + 1 === this.levels.length;
            if (grew)
                this.levels.push([]);
            // A typed array sorts numerically without a comparator call per comparison: several times faster.
            const sorted = Float64Array.from(level).sort();
            // An odd level keeps its largest item so the weights still add up to n.
            const odd = sorted.length % 2 === 1;
            const even = odd ? sorted.length - 1 : sorted.length;
            const offset = this.flip();
            const up = this.levels[h + 1];
            for (let i = offset; i < even; i += 2)
                up.push(sorted[i]);
            this.size -= even / 2;
            this.levels[h] = odd ? [sorted[even]] : [];
            if (grew)
                this.capacityTotal = this.totalCapacity();
            return;
        }
    }
    /** xorshift32: a fair, deterministic coin. */
    flip() {
        let x = this.coin;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        this.coin = x >>> 0;
        return this.coin & 1;
    }
}

;// CONCATENATED MODULE: ./src/monitor/profile.ts



/** Distinct numeric values counted exactly up to this many (Evidently's rules look at n_unique <= 5 and > 20). */
const DISTINCT_LIMIT = 21;
class FeatureProfile {
    count = 0;
    missing = 0;
    numbers = 0;
    min = Infinity;
    max = -Infinity;
    mean = 0;
    m2 = 0;
    distinct = new Map();
    sketch;
    text;
    constructor(options = {}) {
        this.sketch = new KllSketch(options.k ?? DEFAULT_K);
        this.text = new FrequentValues(options.capacity ?? DEFAULT_CAPACITY);
    }
    get type() {
        if (this.numbers > 0 && this.text.count > 0)
            return 'mixed';
        if (this.numbers > 0)
            return 'numeric';
        return this.text.count > 0 ? 'categorical' : 'empty';
    }
    /** Present values (count minus missing). */
    get present() {
        return this.count - this.missing;
    }
    addMissing() {
        this.count++;
        this.missing++;
    }
    addNumber(x) {
        this.count++;
        const n = ++this.numbers;
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        const d = x - this.mean;
        this.mean += d / n;
        this.m2 += d * (x - this.mean);
        if (this.distinct) {
            this.distinct.set(x, (this.distinct.get(x) ?? 0) + 1);
            if (this.distinct.size > DISTINCT_LIMIT)
                this.distinct = null;
        }
        this.sketch.update(x);
    }
    addText(value) {
        this.count++;
        this.text.update(value);
    }
    merge(other) {
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
                for (const [v, c] of other.distinct)
                    this.distinct.set(v, (this.distinct.get(v) ?? 0) + c);
                if (this.distinct.size > DISTINCT_LIMIT)
                    this.distinct = null;
            }
            else
                this.distinct = null;
            this.sketch.merge(other.sketch);
        }
        this.text.merge(other.text);
    }
    /** The numeric summary; undefined when the feature holds no number. */
    numeric() {
        if (this.numbers === 0)
            return undefined;
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
    categories() {
        return this.text.count > 0 ? this.text : undefined;
    }
    toJSON() {
        const state = { type: this.type, count: this.count, missing: this.missing };
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
        if (this.text.count > 0)
            state.text = this.text.toJSON();
        return state;
    }
    static fromJSON(state, where) {
        const f = new FeatureProfile();
        f.count = need(state.count, `${where}.count`);
        f.missing = need(state.missing, `${where}.missing`);
        if (state.numeric !== undefined) {
            const s = state.numeric;
            const at = `${where}.numeric`;
            if (typeof s !== 'object' || s === null)
                throw bad(at, 'an object');
            f.numbers = need(s.count, `${at}.count`);
            f.min = num(s.min, `${at}.min`);
            f.max = num(s.max, `${at}.max`);
            f.mean = num(s.mean, `${at}.mean`);
            f.m2 = num(s.m2, `${at}.m2`);
            if (s.distinct === null)
                f.distinct = null;
            else if (typeof s.distinct === 'object')
                f.distinct = new Map(Object.entries(s.distinct).map(([v, c]) => [num(Number(v), `${at}.distinct key ${v}`), need(c, `${at}.distinct.${v}`)]));
            else
                throw bad(`${at}.distinct`, 'an object of counts or null');
            try {
                f.sketch = KllSketch.fromJSON(checkKll(s.sketch, `${at}.sketch`));
            }
            catch (err) {
                throw new errors.ModelshipError(`${at}.sketch: ${err.message}`);
            }
            if (f.sketch.count !== f.numbers)
                throw bad(`${at}.sketch.n`, `${f.numbers} (numeric.count), got ${f.sketch.count}`);
        }
        if (state.text !== undefined) {
            const t = state.text;
            const at = `${where}.text`;
            if (typeof t !== 'object' || t === null || typeof t.counts !== 'object' || t.counts === null)
                throw bad(at, 'an object with capacity, n, error and counts');
            for (const [v, c] of Object.entries(t.counts))
                need(c, `${at}.counts.${v}`);
            f.text = FrequentValues.fromJSON({ capacity: need(t.capacity, `${at}.capacity`), n: need(t.n, `${at}.n`), error: need(t.error, `${at}.error`), counts: t.counts });
        }
        if (f.missing > f.count || f.numbers + f.text.count + f.missing !== f.count) {
            throw bad(where, `count (${f.count}) = missing (${f.missing}) + numbers (${f.numbers}) + text values (${f.text.count})`);
        }
        return f;
    }
}
/** Values read as missing: null/undefined, NaN and ±Infinity (as Evidently does), and pandas' NA spellings in text files. */
const MISSING_TEXT = new Set(['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None', 'none', '-nan', '#N/A']);
const NUMBER_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/**
 * Adds one cell. `textNumbers` (CSV, where every cell is text) reads numeric-looking text as a number;
 * in typed formats (JSON Lines, Parquet) a string stays a category.
 */
function addCell(feature, cell, textNumbers) {
    switch (typeof cell) {
        case 'number':
            if (Number.isFinite(cell))
                feature.addNumber(cell);
            else
                feature.addMissing();
            return;
        case 'string':
            if (MISSING_TEXT.has(cell))
                feature.addMissing();
            else if (textNumbers && NUMBER_TEXT.test(cell)) {
                const x = Number(cell);
                if (Number.isFinite(x))
                    feature.addNumber(x);
                else
                    feature.addMissing();
            }
            else
                feature.addText(cell);
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
            if (cell === null)
                feature.addMissing();
            else if (cell instanceof Date)
                feature.addText(cell.toISOString());
            else
                feature.addText(JSON.stringify(cell));
    }
}
const PROFILE_FORMAT = 'modelship-profile';
/** A dataset's profile: its inputs (features) and, when known, its outputs (predictions), one FeatureProfile per column. */
class Profile {
    options;
    rows = 0;
    inputs = new Map();
    outputs = new Map();
    /** See ProfileState.tensors. */
    tensors = {};
    constructor(options = {}) {
        this.options = options;
    }
    /**
     * This profile with tensor-slot features (`features[2]`, as serve names them) renamed to the columns
     * `tensors` gives them (`petal_length`); other features keep their names. Shares the feature profiles.
     */
    renamed(tensors) {
        const names = new Map();
        for (const [tensor, columns] of Object.entries(tensors))
            columns.forEach((c, j) => names.set(`${tensor}[${j}]`, c));
        const out = new Profile(this.options);
        out.rows = this.rows;
        for (const side of ['inputs', 'outputs'])
            for (const [name, f] of this[side])
                out[side].set(names.get(name) ?? name, f);
        return out;
    }
    feature(side, name) {
        const map = this[side];
        let f = map.get(name);
        if (!f) {
            f = new FeatureProfile(this.options);
            map.set(name, f);
        }
        return f;
    }
    merge(other) {
        this.rows += other.rows;
        for (const side of ['inputs', 'outputs']) {
            for (const [name, f] of other[side])
                this.feature(side, name).merge(f);
        }
    }
    toJSON() {
        const side = (m) => Object.fromEntries([...m].map(([name, f]) => [name, f.toJSON()]));
        const state = { format: PROFILE_FORMAT, version: 1, rows: this.rows, inputs: side(this.inputs), outputs: side(this.outputs) };
        if (Object.keys(this.tensors).length > 0)
            state.tensors = this.tensors;
        return state;
    }
    /** Reads a profile written by toJSON; `origin` (a file name) prefixes every error. */
    static fromJSON(value, origin) {
        if (typeof value !== 'object' || value === null || value.format !== PROFILE_FORMAT) {
            throw new errors.ModelshipError(`${origin}: not a Modelship profile (expected "format": "${PROFILE_FORMAT}")`, { hint: 'make one with `modelship monitor profile DATA`' });
        }
        const state = value;
        if (state.version !== 1)
            throw new errors.ModelshipError(`${origin}: profile version ${String(state.version)} is not supported (expected 1)`);
        const profile = new Profile();
        profile.rows = need(state.rows, `${origin}: rows`);
        if (state.tensors !== undefined) {
            const t = state.tensors;
            if (typeof t !== 'object' || t === null || !Object.values(t).every((cs) => Array.isArray(cs) && cs.every((c) => typeof c === 'string')))
                throw bad(`${origin}: tensors`, 'an object of column-name arrays');
            profile.tensors = t;
        }
        for (const side of ['inputs', 'outputs']) {
            const features = state[side] ?? {};
            if (typeof features !== 'object' || features === null)
                throw bad(`${origin}: ${side}`, 'an object of features');
            for (const [name, f] of Object.entries(features)) {
                if (typeof f !== 'object' || f === null)
                    throw bad(`${origin}: ${side}.${name}`, 'a feature profile object');
                profile[side].set(name, FeatureProfile.fromJSON(f, `${origin}: ${side}.${name}`));
            }
        }
        return profile;
    }
}
function bad(where, expected) {
    return new errors.ModelshipError(`${where}: expected ${expected}`);
}
function need(v, where) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
        throw bad(where, 'a count (a non-negative integer)');
    return v;
}
function num(v, where) {
    if (typeof v !== 'number' || !Number.isFinite(v))
        throw bad(where, 'a finite number');
    return v;
}
function checkKll(v, where) {
    const s = v;
    if (typeof s !== 'object' || s === null || !Array.isArray(s.levels) || !s.levels.every((l) => Array.isArray(l) && l.every((x) => typeof x === 'number' && Number.isFinite(x)))) {
        throw bad(where, 'a KLL sketch {k, n, levels: number[][]}');
    }
    need(s.k, `${where}.k`);
    need(s.n, `${where}.n`);
    return s;
}


/***/ })

};
