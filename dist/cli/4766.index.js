export const id = 4766;
export const ids = [4766,7300];
export const modules = {

/***/ 8445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bU: () => (/* binding */ bootstrapTwoSampleCI),
/* harmony export */   ds: () => (/* binding */ bootstrapCI),
/* harmony export */   eI: () => (/* binding */ bootstrapRatioCI),
/* harmony export */   s6: () => (/* binding */ pairedBootstrapCI)
/* harmony export */ });
/* harmony import */ var _significance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15562);
/* harmony import */ var _descriptive_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94021);
/* harmony import */ var _random_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23184);



function settings(options) {
    const iterations = options.iterations ?? 2000;
    const confidence = options.confidence ?? 0.95;
    if (!Number.isInteger(iterations) || iterations < 10)
        throw new RangeError(`bootstrap: iterations must be an integer >= 10, got ${iterations}`);
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`bootstrap: confidence must be in (0, 1), got ${confidence}`);
    return { iterations, confidence, random: options.random ?? (0,_random_js__WEBPACK_IMPORTED_MODULE_0__/* .createRandom */ .s)(options.seed) };
}
function resample(values, random, out) {
    for (let i = 0; i < values.length; i++)
        out[i] = values[random.int(values.length)];
    return out;
}
function checkSample(values, what) {
    if (values.length === 0)
        throw new RangeError(`bootstrap: ${what} is empty`);
    for (const v of values)
        if (!Number.isFinite(v))
            throw new RangeError(`bootstrap: ${what} holds a non-finite value (${v})`);
}
function interval(estimate, stats, confidence, iterations) {
    const finite = stats.filter(Number.isFinite);
    if (finite.length === 0)
        throw new RangeError('bootstrap: the statistic was not finite on any resample');
    const alpha = (0,_significance_js__WEBPACK_IMPORTED_MODULE_1__/* .significanceLevel */ .G)(confidence) / 2;
    return {
        estimate,
        lower: (0,_descriptive_js__WEBPACK_IMPORTED_MODULE_2__/* .quantile */ .YV)(finite, alpha),
        upper: (0,_descriptive_js__WEBPACK_IMPORTED_MODULE_2__/* .quantile */ .YV)(finite, 1 - alpha),
        confidence,
        iterations,
        discarded: stats.length - finite.length,
    };
}
/** Interval for a statistic of one sample. */
function bootstrapCI(sample, statistic, options = {}) {
    checkSample(sample, 'sample');
    const { iterations, confidence, random } = settings(options);
    const buf = new Array(sample.length);
    const stats = [];
    for (let i = 0; i < iterations; i++)
        stats.push(statistic(resample(sample, random, buf)));
    return interval(statistic(sample), stats, confidence, iterations);
}
/** Interval for a statistic of two independent samples, each resampled on its own (e.g. trials of A and B). */
function bootstrapTwoSampleCI(x, y, statistic, options = {}) {
    checkSample(x, 'x');
    checkSample(y, 'y');
    const { iterations, confidence, random } = settings(options);
    const bx = new Array(x.length);
    const by = new Array(y.length);
    const stats = [];
    for (let i = 0; i < iterations; i++)
        stats.push(statistic(resample(x, random, bx), resample(y, random, by)));
    return interval(statistic(x, y), stats, confidence, iterations);
}
/**
 * Interval for a statistic of paired samples (x[i] and y[i] measured on the same unit, e.g. per-example
 * losses of two models on one evaluation set): indices are resampled together, keeping the pairing.
 */
function pairedBootstrapCI(x, y, statistic, options = {}) {
    checkSample(x, 'x');
    checkSample(y, 'y');
    if (x.length !== y.length)
        throw new RangeError(`pairedBootstrapCI: samples differ in length (${x.length} vs ${y.length})`);
    const { iterations, confidence, random } = settings(options);
    const bx = new Array(x.length);
    const by = new Array(y.length);
    const stats = [];
    for (let i = 0; i < iterations; i++) {
        for (let k = 0; k < x.length; k++) {
            const j = random.int(x.length);
            bx[k] = x[j];
            by[k] = y[j];
        }
        stats.push(statistic(bx, by));
    }
    return interval(statistic(x, y), stats, confidence, iterations);
}
/**
 * Interval for the ratio statistic(candidate) / statistic(baseline) of two independent samples: 1.10 means
 * the candidate is 10% higher. `center` is the per-sample statistic (default median: robust to a stray trial).
 */
function bootstrapRatioCI(candidate, baseline, options = {}) {
    const center = options.center === 'mean' ? _descriptive_js__WEBPACK_IMPORTED_MODULE_2__/* .mean */ .i2 : _descriptive_js__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ;
    return bootstrapTwoSampleCI(candidate, baseline, (c, b) => center(c) / center(b), options);
}


/***/ }),

/***/ 29986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ mannWhitneyMinimumPValue),
/* harmony export */   KZ: () => (/* binding */ mannWhitneyU),
/* harmony export */   Ss: () => (/* binding */ hodgesLehmannShift),
/* harmony export */   xw: () => (/* binding */ mannWhitneyShiftTest)
/* harmony export */ });
/* unused harmony export exactUCounts */
/* harmony import */ var _descriptive_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94021);
/* harmony import */ var _normal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27300);


/** Largest C(n1+n2, n1) for which the exact counts stay exact in doubles (< 2^53). */
const EXACT_LIMIT = 2 ** 53;
function checkSample(values, what) {
    if (values.length === 0)
        throw new RangeError(`mannWhitneyU: ${what} is empty`);
    for (const v of values)
        if (Number.isNaN(v))
            throw new RangeError(`mannWhitneyU: ${what} holds NaN`);
}
/** Midranks of the pooled sample, plus the tie term sum(t^3 - t) for the variance correction. */
function rank(x, y) {
    const pooled = x.map((v) => ({ v, fromX: true })).concat(y.map((v) => ({ v, fromX: false })));
    pooled.sort((a, b) => a.v - b.v);
    let rankSumX = 0;
    let tieTerm = 0;
    let i = 0;
    while (i < pooled.length) {
        let j = i;
        while (j + 1 < pooled.length && pooled[j + 1].v === pooled[i].v)
            j++;
        const midrank = (i + j + 2) / 2;
        const t = j - i + 1;
        if (t > 1)
            tieTerm += t ** 3 - t;
        for (let k = i; k <= j; k++)
            if (pooled[k].fromX)
                rankSumX += midrank;
        i = j + 1;
    }
    return { rankSumX, tieTerm };
}
function logBinomial(n, k) {
    let s = 0;
    for (let i = 1; i <= k; i++)
        s += Math.log(n - k + i) - Math.log(i);
    return s;
}
/**
 * Counts of each U value (0..n1*n2) under the null, as the coefficients of the Gaussian binomial
 * [n1+n2 choose n1]_q = prod_{i=1..n1} (1 - q^(n2+i)) / (1 - q^i). Integer-valued and exact below EXACT_LIMIT.
 */
function exactUCounts(n1, n2) {
    const m = Math.min(n1, n2);
    const n = Math.max(n1, n2);
    const size = m * n + 1;
    const poly = new Float64Array(size);
    poly[0] = 1;
    for (let i = 1; i <= m; i++) {
        const up = n + i;
        for (let k = size - 1; k >= up; k--)
            poly[k] -= poly[k - up];
        for (let k = i; k < size; k++)
            poly[k] += poly[k - i];
    }
    return poly;
}
function exactPValue(u, n1, n2, alternative) {
    const counts = exactUCounts(n1, n2);
    let total = 0;
    for (const c of counts)
        total += c;
    // u is an integer when there are no ties.
    let atLeast = 0;
    for (let k = u; k < counts.length; k++)
        atLeast += counts[k];
    let atMost = 0;
    for (let k = 0; k <= u; k++)
        atMost += counts[k];
    const pGreater = atLeast / total;
    const pLess = atMost / total;
    if (alternative === 'greater')
        return pGreater;
    if (alternative === 'less')
        return pLess;
    return Math.min(1, 2 * Math.min(pGreater, pLess));
}
function mannWhitneyU(x, y, options = {}) {
    checkSample(x, 'x');
    checkSample(y, 'y');
    const alternative = options.alternative ?? 'two-sided';
    const continuity = options.continuity ?? true;
    const n1 = x.length;
    const n2 = y.length;
    const { rankSumX, tieTerm } = rank(x, y);
    const u = rankSumX - (n1 * (n1 + 1)) / 2;
    const uOther = n1 * n2 - u;
    const ties = tieTerm > 0;
    const exactAffordable = !ties && logBinomial(n1 + n2, Math.min(n1, n2)) < Math.log(EXACT_LIMIT) && n1 * n2 <= 10_000;
    const requested = options.method ?? 'auto';
    if (requested === 'exact' && !exactAffordable) {
        throw new RangeError(ties ? 'mannWhitneyU: the exact method needs samples without ties' : 'mannWhitneyU: samples too large for the exact method');
    }
    const method = requested === 'normal' ? 'normal' : exactAffordable ? 'exact' : 'normal';
    const cles = u / (n1 * n2);
    const base = { u, uOther, n1, n2, method, alternative, ties, commonLanguageEffect: cles, rankBiserial: 2 * cles - 1 };
    if (method === 'exact')
        return { ...base, pValue: exactPValue(u, n1, n2, alternative) };
    const n = n1 + n2;
    const mu = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    // Every value equal: no evidence either way.
    if (!(variance > 0))
        return { ...base, pValue: 1, z: 0 };
    const sigma = Math.sqrt(variance);
    const cc = continuity ? 0.5 : 0;
    let z;
    let pValue;
    if (alternative === 'greater') {
        z = (u - mu - cc) / sigma;
        pValue = (0,_normal_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(z);
    }
    else if (alternative === 'less') {
        z = (u - mu + cc) / sigma;
        pValue = (0,_normal_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .vr)(z);
    }
    else {
        z = (Math.max(u, uOther) - mu - cc) / sigma;
        pValue = Math.min(1, 2 * (0,_normal_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(z));
    }
    return { ...base, z, pValue: Math.min(1, Math.max(0, pValue)) };
}
/** Hodges-Lehmann estimate of the shift x - y: the median of all pairwise differences. */
function hodgesLehmannShift(x, y) {
    checkSample(x, 'x');
    checkSample(y, 'y');
    const diffs = [];
    for (const a of x)
        for (const b of y)
            diffs.push(a - b);
    return (0,_descriptive_js__WEBPACK_IMPORTED_MODULE_1__/* .median */ .JZ)(diffs);
}
/**
 * One-sided Mann-Whitney test of a shift against a margin: `greater` tests H1 "x − y is shifted by more than
 * `margin`", `less` tests H1 "by less than `margin`", by testing (x − margin) against y (the test inverted
 * to give the Hodges-Lehmann confidence bounds). With margin 0 it is the ordinary one-sided test.
 */
function mannWhitneyShiftTest(x, y, margin, alternative, options = {}) {
    if (!Number.isFinite(margin))
        throw new RangeError(`mannWhitneyShiftTest: the margin must be finite, got ${margin}`);
    return mannWhitneyU(margin === 0 ? x : x.map((v) => v - margin), y, { ...options, alternative });
}
/**
 * The smallest one-sided p-value samples of these sizes can give (complete separation, no ties): 1 / C(n1+n2, n1).
 * When it is not below α the test cannot reject whatever the data: 3 against 3 gives 1/20 = 0.05.
 */
function mannWhitneyMinimumPValue(n1, n2) {
    if (!(Number.isInteger(n1) && Number.isInteger(n2) && n1 > 0 && n2 > 0))
        throw new RangeError(`mannWhitneyMinimumPValue: sizes must be positive integers, got ${n1} and ${n2}`);
    const k = Math.min(n1, n2);
    // Exact integer arithmetic while C(n1+n2, k) stays below 2^53 (each partial product is itself a binomial).
    let c = 1;
    for (let i = 1; i <= k; i++) {
        c = (c * (n1 + n2 - k + i)) / i;
        if (c > Number.MAX_SAFE_INTEGER)
            return Math.exp(-logBinomial(n1 + n2, k));
    }
    return 1 / c;
}


/***/ }),

/***/ 27300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nG: () => (/* binding */ normalSf),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony export erfc */
/**
 * The standard normal distribution. erfc follows W. J. Cody's rational Chebyshev approximation as given
 * by Numerical Recipes (`erfcc`, relative error < 1.2e-7 everywhere), which is ample for p-values.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z - 1.26551223 +
            t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
                t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** P(Z <= z). */
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}
/** P(Z > z), computed directly so small tails keep their precision. */
function normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}


/***/ }),

/***/ 23184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ createRandom)
/* harmony export */ });
/** cyrb128: spreads a string into four 32-bit seeds, so nearby seeds give unrelated streams. */
function seedWords(seed) {
    let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
    for (let i = 0; i < seed.length; i++) {
        const k = seed.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
/** A generator from a seed (number or string). The default seed is fixed on purpose: determinism first. */
function createRandom(seed = 0x5eed) {
    let [a, b, c, d] = seedWords(String(seed));
    const next = () => {
        a >>>= 0;
        b >>>= 0;
        c >>>= 0;
        d >>>= 0;
        let t = (a + b) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        d = (d + 1) | 0;
        t = (t + d) | 0;
        c = (c + t) | 0;
        return (t >>> 0) / 4294967296;
    };
    // Discard the first outputs: sfc32 needs a few rounds to mix its state.
    for (let i = 0; i < 15; i++)
        next();
    let spare;
    return {
        next,
        int(n) {
            if (!Number.isInteger(n) || n <= 0)
                throw new RangeError(`int(n): n must be a positive integer, got ${n}`);
            return Math.floor(next() * n);
        },
        normal() {
            if (spare !== undefined) {
                const s = spare;
                spare = undefined;
                return s;
            }
            let u = 0;
            while (u === 0)
                u = next();
            const v = next();
            const r = Math.sqrt(-2 * Math.log(u));
            spare = r * Math.sin(2 * Math.PI * v);
            return r * Math.cos(2 * Math.PI * v);
        },
    };
}


/***/ }),

/***/ 15562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ significanceLevel)
/* harmony export */ });
/* unused harmony export isSignificant */
/**
 * Significance levels from confidence levels. `1 - 0.95` is 0.050000000000000044 in binary floating point,
 * so a p-value of exactly 0.05 would pass `p < 1 - 0.95`; the level is rounded to 12 significant digits
 * (far below any meaningful difference between levels) so that the documented strict inequality holds.
 */
function significanceLevel(confidence) {
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    return Number((1 - confidence).toPrecision(12));
}
/** The documented rule everywhere: significant iff p < α = 1 − confidence, strictly. */
function isSignificant(pValue, confidence) {
    return pValue < significanceLevel(confidence);
}


/***/ }),

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, nearest */
/** Levenshtein distance, for "did you mean" suggestions on unknown keys, commands and names. */
function editDistance(a, b) {
    const prev = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The closest candidate within a distance that scales with the word, or undefined. */
function nearest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const limit = Math.max(2, Math.floor(word.length / 3));
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
function didYouMean(word, candidates) {
    const n = nearest(word, candidates);
    return n === undefined ? undefined : `did you mean "${n}"?`;
}


/***/ }),

/***/ 30668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eS: () => (/* binding */ readYamlFast),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   sp: () => (/* binding */ locateOffset)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
// YAML read with the source offsets of its nodes, so a value can be pointed back at its line.
//
// Two readers give the same answer. The fast one (js-yaml's event stream, 4-5x faster than `yaml`
// building a document with positions) takes the plain YAML configurations are written in and declines
// the rest; the exact one (src/core/yaml-source-exact.ts, the `yaml` library) reads everything and
// words the errors. test/core/yaml-source.test.ts holds them equal, value and offset, on
// every case the fast one accepts.

/**
 * Offset of the value at `keyPath`, or of the nearest ancestor that exists. A scalar is pointed at
 * itself; a mapping or list under a key at its key (the line a reader looks for). With `wantKey`, the
 * last key itself rather than its value.
 */
function locateOffset(root, keyPath, wantKey = false) {
    let node = root;
    let last = root.start;
    for (const segment of keyPath) {
        if (node.entries) {
            const entry = node.entries.find((e) => e.key === String(segment));
            if (!entry)
                return last;
            last = entry.keyStart;
            node = entry.value;
            if ((!wantKey || segment !== keyPath[keyPath.length - 1]) && node.start !== undefined && !node.entries && !node.items)
                last = node.start;
        }
        else if (node.items && typeof segment === 'number') {
            const item = node.items[segment];
            if (item === undefined)
                return last;
            node = item;
            last = item.start;
        }
        else {
            return last;
        }
    }
    return last;
}
/** 1-based line and column of an offset. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
}
const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy;
const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED } = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK;
/**
 * One document whose top level is a mapping, read fast; undefined for anything else (syntax errors,
 * anchors, aliases, tags, directives, block scalars, empty values, several documents, non-string keys):
 * the exact reader then reads it and says what is wrong. Values follow YAML 1.2's core schema, as `yaml`'s.
 */
function readYamlFast(text) {
    let events;
    let value;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { maxDepth: 100 });
        const documents = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, maxAliases: 0 });
        if (documents.length !== 1)
            return undefined;
        value = documents[0];
    }
    catch {
        return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    if (events[0]?.type !== DOCUMENT || events[0].directives.length > 0)
        return undefined;
    let index = 1;
    // Builds the node at `index` and moves past it; undefined when it uses what only the exact reader handles.
    const node = () => {
        const e = events[index++];
        if (e === undefined || e.type === ALIAS || e.type === DOCUMENT || e.type === POP || e.anchorStart !== -1 || e.tagStart !== -1)
            return undefined;
        if (e.type === SCALAR) {
            if (e.valueStart === -1)
                return undefined; // an empty value: `yaml` places it differently
            if (e.style === PLAIN)
                return { start: e.valueStart };
            if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED)
                return { start: e.valueStart - 1 };
            return undefined; // block scalars: `yaml` points at the header, which the event does not carry
        }
        const start = e.start;
        if (e.type === SEQUENCE) {
            const items = [];
            while (events[index]?.type !== POP) {
                const item = node();
                if (!item)
                    return undefined;
                items.push(item);
            }
            index++;
            return { start, items };
        }
        if (e.type !== MAPPING)
            return undefined;
        const entries = [];
        while (events[index]?.type !== POP) {
            const k = events[index];
            if (k?.type !== SCALAR || k.valueStart === -1)
                return undefined;
            const keyNode = node();
            if (!keyNode)
                return undefined;
            const key = text.slice(k.valueStart, k.valueEnd);
            // Plain keys that are not strings in the core schema (null, numbers, booleans) and quoted keys
            // with escapes are spelled differently by the two readers: leave them to the exact one.
            if (k.style === PLAIN ? !isPlainString(key) : k.style === DOUBLE_QUOTED ? key.includes('\\') : key.includes("'"))
                return undefined;
            if (key.includes('\n') || key === '__proto__')
                return undefined;
            const valueNode = node();
            if (!valueNode)
                return undefined;
            entries.push({ key, keyStart: keyNode.start, value: valueNode });
        }
        index++;
        return { start, entries };
    };
    const root = node();
    if (!root?.entries || events[index]?.type !== POP || index + 1 !== events.length)
        return undefined;
    return { value, root };
}
// YAML 1.2 core schema: a plain scalar matching one of these is a null, boolean or number, not a string.
const CORE_NON_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
function isPlainString(s) {
    return s !== '' && !CORE_NON_STRING.test(s);
}


/***/ })

};
