export const id = 2871;
export const ids = [2871,7300];
export const modules = {

/***/ 39177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ aggregateTrials)
/* harmony export */ });
/* harmony import */ var _core_stats_descriptive_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94021);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74804);


/**
 * Headline figures of a series of trials: each percentile is the median over trials (a stray trial hit
 * by a noisy neighbour does not move it), the mean is weighted by samples, and RSS is the peak.
 */
function aggregateTrials(trials, metric) {
    const pick = (k) => (0,_core_stats_descriptive_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(trials.map((t) => t.latency_ms[k]));
    const samples = trials.reduce((s, t) => s + t.samples, 0);
    const latency = {
        p50: pick('p50'),
        p90: pick('p90'),
        p95: pick('p95'),
        p99: pick('p99'),
        mean: trials.reduce((s, t) => s + t.latency_ms.mean * t.samples, 0) / Math.max(1, samples),
        min: Math.min(...trials.map((t) => t.latency_ms.min)),
        max: Math.max(...trials.map((t) => t.latency_ms.max)),
        stddev: pick('stddev'),
    };
    const status = {};
    for (const t of trials)
        for (const [k, v] of Object.entries(t.status ?? {}))
            status[k] = (status[k] ?? 0) + v;
    return {
        samples,
        latency_ms: latency,
        throughput_per_s: (0,_core_stats_descriptive_js__WEBPACK_IMPORTED_MODULE_0__/* .median */ .JZ)(trials.map((t) => t.throughput_per_s)),
        rss_mb: Math.max(...trials.map((t) => t.rss_mb)),
        errors: trials.reduce((s, t) => s + t.errors, 0),
        status: Object.keys(status).length ? status : undefined,
        trialCv: (0,_core_stats_descriptive_js__WEBPACK_IMPORTED_MODULE_0__/* .coefficientOfVariation */ .ms)(trials.map((t) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .metricOf */ .ak)(t, metric))),
    };
}


/***/ }),

/***/ 74804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZW: () => (/* binding */ compareTrials),
  OF: () => (/* binding */ incomparable),
  ak: () => (/* binding */ metricOf)
});

// EXTERNAL MODULE: ./src/core/stats/bootstrap.ts
var bootstrap = __webpack_require__(8445);
// EXTERNAL MODULE: ./src/core/stats/descriptive.ts
var descriptive = __webpack_require__(94021);
// EXTERNAL MODULE: ./src/core/stats/mann-whitney.ts
var mann_whitney = __webpack_require__(29986);
// EXTERNAL MODULE: ./src/core/stats/normal.ts
var normal = __webpack_require__(27300);
;// CONCATENATED MODULE: ./src/core/stats/wilcoxon.ts


/** Largest n of the exact distribution (scipy's limit; the counts stay exact in doubles well beyond it). */
const WILCOXON_EXACT_MAX_N = 50;
/** Counts of each R+ value 0..n(n+1)/2 under the null: the coefficients of prod_{k=1..n} (1 + q^k). */
function exactSignedRankCounts(n) {
    const size = (n * (n + 1)) / 2 + 1;
    const counts = new Float64Array(size);
    counts[0] = 1;
    for (let k = 1; k <= n; k++)
        for (let s = (k * (k + 1)) / 2; s >= k; s--)
            counts[s] += counts[s - k];
    return counts;
}
/** Midranks of |d| (1-based) and the tie groups' sizes. */
function absRanks(d) {
    const order = d.map((v, i) => ({ a: Math.abs(v), i })).sort((p, q) => p.a - q.a);
    const ranks = new Array(d.length);
    const tieSizes = [];
    let i = 0;
    while (i < order.length) {
        let j = i;
        while (j + 1 < order.length && order[j + 1].a === order[i].a)
            j++;
        const midrank = (i + j + 2) / 2;
        for (let k = i; k <= j; k++)
            ranks[order[k].i] = midrank;
        if (j > i)
            tieSizes.push(j - i + 1);
        i = j + 1;
    }
    return { ranks, tieSizes };
}
function wilcoxonSignedRank(x, y, options = {}) {
    if (x.length === 0)
        throw new RangeError('wilcoxonSignedRank: the sample is empty');
    if (y && y.length !== x.length)
        throw new RangeError(`wilcoxonSignedRank: paired samples differ in length (${x.length} vs ${y.length})`);
    const shift = options.shift ?? 0;
    const all = x.map((v, i) => v - (y ? y[i] : 0) - shift);
    for (const v of all)
        if (!Number.isFinite(v))
            throw new RangeError(`wilcoxonSignedRank: a difference is not finite (${v})`);
    const alternative = options.alternative ?? 'two-sided';
    const zeroMethod = options.zeroMethod ?? 'wilcox';
    const zeros = all.filter((v) => v === 0).length;
    if (zeros === all.length)
        throw new RangeError('wilcoxonSignedRank: every difference is zero; there is nothing to rank');
    const d = zeroMethod === 'wilcox' ? all.filter((v) => v !== 0) : all;
    const { ranks, tieSizes } = absRanks(d);
    let rPlus = 0;
    let rMinus = 0;
    d.forEach((v, i) => {
        if (v > 0)
            rPlus += ranks[i];
        else if (v < 0)
            rMinus += ranks[i];
    });
    const n = d.length;
    const ties = tieSizes.length > 0;
    const statistic = alternative === 'two-sided' ? Math.min(rPlus, rMinus) : rPlus;
    const exactPossible = !ties && zeros === 0 && n <= WILCOXON_EXACT_MAX_N;
    const requested = options.method ?? 'auto';
    if (requested === 'exact' && !exactPossible) {
        throw new RangeError(`wilcoxonSignedRank: the exact method needs at most ${WILCOXON_EXACT_MAX_N} differences with no zero and no tie`);
    }
    const method = requested === 'normal' || !exactPossible ? 'normal' : 'exact';
    const base = { statistic, rPlus, rMinus, n, zeros, ties, method, alternative };
    if (method === 'exact') {
        const counts = exactSignedRankCounts(n);
        const total = 2 ** n;
        let atLeast = 0;
        for (let s = rPlus; s < counts.length; s++)
            atLeast += counts[s];
        let atMost = 0;
        for (let s = 0; s <= rPlus; s++)
            atMost += counts[s];
        const pGreater = atLeast / total;
        const pLess = atMost / total;
        const center = (counts.length - 1) / 2;
        const pValue = alternative === 'greater' ? pGreater : alternative === 'less' ? pLess : rPlus === center ? 1 : Math.min(1, 2 * Math.min(pGreater, pLess));
        return { ...base, pValue };
    }
    // Normal approximation with the tie correction; under `pratt` the zeros' ranks are left out (Cureton 1967).
    const z0 = zeroMethod === 'pratt' ? zeros : 0;
    const mean = (n * (n + 1)) / 4 - (z0 * (z0 + 1)) / 4;
    let variance = n * (n + 1) * (2 * n + 1) - z0 * (z0 + 1) * (2 * z0 + 1);
    // Tie groups among the non-zero differences only (zeros are not part of R+ or R-).
    for (const t of tieGroupsOfRanks(d, ranks))
        variance -= 0.5 * t * (t * t - 1);
    variance /= 24;
    if (!(variance > 0))
        return { ...base, z: 0, pValue: 1 };
    const se = Math.sqrt(variance);
    const cc = options.continuity ? (alternative === 'two-sided' ? 0.5 * Math.sign(statistic - mean) : alternative === 'less' ? -0.5 : 0.5) : 0;
    const z = (statistic - mean - cc) / se;
    const pValue = alternative === 'greater' ? (0,normal/* normalSf */.nG)(z) : alternative === 'less' ? (0,normal/* normalCdf */.vr)(z) : 2 * (0,normal/* normalSf */.nG)(Math.abs(z));
    return { ...base, z, pValue: Math.min(1, Math.max(0, pValue)) };
}
/** Sizes of groups of equal ranks among the non-zero differences (what scipy's find_repeats sees under pratt). */
function tieGroupsOfRanks(d, ranks) {
    const byRank = new Map();
    d.forEach((v, i) => {
        if (v !== 0)
            byRank.set(ranks[i], (byRank.get(ranks[i]) ?? 0) + 1);
    });
    return [...byRank.values()].filter((t) => t > 1);
}
/**
 * Hodges-Lehmann estimate of the centre of one sample of differences: the median of its Walsh averages
 * (d_i + d_j) / 2, i <= j. The estimate that goes with the signed-rank test, robust to a stray value.
 */
function hodgesLehmannCenter(d) {
    if (d.length === 0)
        throw new RangeError('hodgesLehmannCenter: the sample is empty');
    const walsh = [];
    for (let i = 0; i < d.length; i++)
        for (let j = i; j < d.length; j++)
            walsh.push((d[i] + d[j]) / 2);
    return (0,descriptive/* median */.JZ)(walsh);
}
/** The smallest one-sided p-value the exact test can give with n differences (2^-n): below alpha, or blind. */
function smallestSignedRankP(n) {
    return 2 ** -n;
}

;// CONCATENATED MODULE: ./src/bench/compare.ts




/** The per-trial figure the regression rule judges. */
function metricOf(trial, metric) {
    return metric === 'throughput' ? trial.throughput_per_s : trial.latency_ms[metric];
}
/**
 * Judges a candidate against a baseline on their trials. Four outcomes:
 *  - `regressed`: evidence at `alpha` that the candidate is worse, and an estimated change of at least
 *    `minEffect` (a tiny consistent change never fails a build);
 *  - `improved`: the same, the other way;
 *  - `unchanged`: evidence that any slowdown is smaller than `minEffect` (the trials exclude a regression);
 *  - `inconclusive`: neither: the trials vary too much to tell, or are too few to ever reach `alpha`.
 * `paired`: trial i of each side ran adjacent in time (the run measured both), so the test is on the
 * per-pair ratios (Wilcoxon signed-rank, or a bootstrap of the paired ratios): what both trials of a pair
 * share (a noisy neighbour, a thermal state) cancels. Otherwise (a stored baseline) the trials are two
 * independent samples (Mann-Whitney, or a bootstrap of the ratio of medians).
 */
function compareTrials(candidate, baseline, rule, baselineSource, options = {}) {
    const metric = rule.metric;
    const c = candidate.trials.map((t) => metricOf(t, metric));
    const b = baseline.trials.map((t) => metricOf(t, metric));
    const paired = options.paired === true;
    if (c.length < 3 || b.length < 3 || ![...c, ...b].every((v) => Number.isFinite(v) && v > 0)) {
        return incomparable(candidate, rule, baselineSource, `needs at least 3 positive, finite trials on each side (candidate ${c.length}, baseline ${b.length})`);
    }
    if (paired && c.length !== b.length)
        throw new Error(`paired comparison of ${c.length} candidate and ${b.length} baseline trials`);
    const e = paired ? pairedEvidence(c, b, rule, `${candidate.model}:${candidate.batch}`) : unpairedEvidence(c, b, rule, `${candidate.model}:${candidate.batch}`);
    const higherIsWorse = metric !== 'throughput';
    const change = e.worseRatio - 1;
    const ratio = higherIsWorse ? e.worseRatio : 1 / e.worseRatio;
    const pct = (x) => `${(x * 100).toFixed(1)}%`;
    const signed = (x) => `${x >= 0 ? '+' : ''}${pct(x)}`;
    const threshold = Math.log1p(rule.minEffect);
    let verdict;
    let reason;
    if (e.worse && change >= rule.minEffect) {
        verdict = 'regressed';
        reason = `${metric} ${pct(change)} worse, beyond the minimum effect ${pct(rule.minEffect)}; ${e.text}`;
    }
    else if (e.better && -Math.log(e.worseRatio) >= threshold) {
        verdict = 'improved';
        reason = `${metric} ${pct(1 - 1 / e.worseRatio)} better; ${e.text}`;
    }
    else if (e.withinMinEffect) {
        verdict = 'unchanged';
        reason = e.worse
            ? `${metric} ${pct(change)} worse with evidence, but the trials exclude a change of the minimum effect ${pct(rule.minEffect)}; ${e.text}`
            : `no change of the minimum effect ${pct(rule.minEffect)} (${metric} ${signed(change)}); ${e.text}`;
    }
    else if (e.blind) {
        verdict = 'inconclusive';
        reason = `${e.blind}; raise bench.trials (${metric} ${signed(change)})`;
    }
    else {
        verdict = 'inconclusive';
        reason = `the trials vary too much to tell whether ${metric} changed by the minimum effect ${pct(rule.minEffect)} (${signed(change)}; ${e.text})`;
    }
    return {
        model: candidate.model,
        batch: candidate.batch,
        metric,
        baselineSource,
        candidate: (0,descriptive/* median */.JZ)(c),
        baseline: (0,descriptive/* median */.JZ)(b),
        ratio,
        change,
        test: e.test,
        paired,
        ...(paired ? { pairs: c.length } : {}),
        pValue: e.pWorse,
        ...(e.pWorse !== undefined ? { pValueFor: 'worse', pValueWithinMinEffect: e.pWithin } : {}),
        ci: e.ci,
        verdict,
        regressed: verdict === 'regressed',
        reason,
    };
}
/** Per-pair log ratios in the worse direction: log(c/b) for latency, log(b/c) for throughput. */
function worseLogRatios(c, b, metric) {
    return c.map((v, i) => (metric === 'throughput' ? Math.log(b[i] / v) : Math.log(v / b[i])));
}
function pairedEvidence(c, b, rule, seed) {
    const d = worseLogRatios(c, b, rule.metric);
    const threshold = Math.log1p(rule.minEffect);
    if (rule.test === 'bootstrap') {
        const interval = (0,bootstrap/* bootstrapCI */.ds)(d, descriptive/* median */.JZ, { confidence: rule.confidence, seed });
        const toRatio = (x) => (rule.metric === 'throughput' ? Math.exp(-x) : Math.exp(x));
        const [lo, hi] = rule.metric === 'throughput' ? [toRatio(interval.upper), toRatio(interval.lower)] : [toRatio(interval.lower), toRatio(interval.upper)];
        return {
            test: 'bootstrap',
            worseRatio: Math.exp(interval.estimate),
            worse: interval.lower > 0,
            better: interval.upper < 0,
            withinMinEffect: interval.upper < threshold,
            ci: { lower: lo, upper: hi, confidence: rule.confidence },
            text: `${Math.round(rule.confidence * 100)}% bootstrap CI of the median per-pair ratio [${lo.toFixed(3)}, ${hi.toFixed(3)}] over ${d.length} pairs`,
        };
    }
    // A pair whose figures are equal carries no sign: dropped (zero method `wilcox`); all equal means no change.
    if (d.every((x) => x === 0))
        return { test: 'wilcoxon', worseRatio: 1, worse: false, better: false, withinMinEffect: true, pWorse: 1, pWithin: 0, text: `all ${d.length} pairs equal` };
    const worse = wilcoxonSignedRank(d, undefined, { alternative: 'greater' });
    const better = wilcoxonSignedRank(d, undefined, { alternative: 'less' });
    const shifted = d.map((x) => x - threshold);
    const within = shifted.every((x) => x === 0) ? { pValue: 1 } : wilcoxonSignedRank(shifted, undefined, { alternative: 'less' });
    const minP = smallestSignedRankP(d.length);
    return {
        test: 'wilcoxon',
        worseRatio: Math.exp(hodgesLehmannCenter(d)),
        worse: worse.pValue < rule.alpha,
        better: better.pValue < rule.alpha,
        withinMinEffect: within.pValue < rule.alpha,
        pWorse: worse.pValue,
        pWithin: within.pValue,
        blind: minP >= rule.alpha ? `${d.length} pairs cannot reach alpha ${rule.alpha} (smallest possible p = ${minP.toPrecision(2)})` : undefined,
        text: `Wilcoxon signed-rank on ${d.length} paired trials: p(worse) = ${worse.pValue.toPrecision(3)}, p(within ${(rule.minEffect * 100).toFixed(1)}%) = ${within.pValue.toPrecision(3)} (alpha ${rule.alpha})`,
    };
}
function unpairedEvidence(c, b, rule, seed) {
    const higherIsWorse = rule.metric !== 'throughput';
    const worseRatio = higherIsWorse ? (0,descriptive/* median */.JZ)(c) / (0,descriptive/* median */.JZ)(b) : (0,descriptive/* median */.JZ)(b) / (0,descriptive/* median */.JZ)(c);
    if (rule.test === 'bootstrap') {
        const interval = (0,bootstrap/* bootstrapRatioCI */.eI)(c, b, { confidence: rule.confidence, seed });
        const worseBound = higherIsWorse ? interval.upper : 1 / interval.lower;
        return {
            test: 'bootstrap',
            worseRatio,
            worse: higherIsWorse ? interval.lower > 1 : interval.upper < 1,
            better: higherIsWorse ? interval.upper < 1 : interval.lower > 1,
            withinMinEffect: worseBound < 1 + rule.minEffect,
            ci: { lower: interval.lower, upper: interval.upper, confidence: rule.confidence },
            text: `${Math.round(rule.confidence * 100)}% CI of the ratio of medians [${interval.lower.toFixed(3)}, ${interval.upper.toFixed(3)}]`,
        };
    }
    const worse = (0,mann_whitney/* mannWhitneyU */.KZ)(c, b, { alternative: higherIsWorse ? 'greater' : 'less' });
    const better = (0,mann_whitney/* mannWhitneyU */.KZ)(c, b, { alternative: higherIsWorse ? 'less' : 'greater' });
    // "Worse by less than minEffect": the candidate against the baseline moved by minEffect (a ratio, so scaled).
    const within = higherIsWorse ? (0,mann_whitney/* mannWhitneyU */.KZ)(c, b.map((v) => v * (1 + rule.minEffect)), { alternative: 'less' }) : (0,mann_whitney/* mannWhitneyU */.KZ)(c, b.map((v) => v / (1 + rule.minEffect)), { alternative: 'greater' });
    const minP = 1 / binomial(c.length + b.length, c.length);
    return {
        test: 'mann-whitney',
        worseRatio,
        worse: worse.pValue < rule.alpha,
        better: better.pValue < rule.alpha,
        withinMinEffect: within.pValue < rule.alpha,
        pWorse: worse.pValue,
        pWithin: within.pValue,
        blind: minP >= rule.alpha ? `${c.length} vs ${b.length} trials cannot reach alpha ${rule.alpha} (smallest possible p = ${minP.toPrecision(2)})` : undefined,
        text: `Mann-Whitney on ${c.length} vs ${b.length} independent trials: p(worse) = ${worse.pValue.toPrecision(3)}, p(within ${(rule.minEffect * 100).toFixed(1)}%) = ${within.pValue.toPrecision(3)} (alpha ${rule.alpha})`,
    };
}
/** A comparison that cannot be made (other machine, no trials): explicit, never a figure that looks valid. */
function incomparable(candidate, rule, baselineSource, reason, baselineValue = Number.NaN) {
    const c = candidate.trials.map((t) => metricOf(t, rule.metric)).filter(Number.isFinite);
    return {
        model: candidate.model,
        batch: candidate.batch,
        metric: rule.metric,
        baselineSource,
        candidate: c.length ? (0,descriptive/* median */.JZ)(c) : Number.NaN,
        baseline: baselineValue,
        ratio: Number.NaN,
        change: Number.NaN,
        test: rule.test,
        paired: false,
        verdict: 'incomparable',
        regressed: false,
        reason,
    };
}
function binomial(n, k) {
    let r = 1;
    for (let i = 1; i <= k; i++)
        r = (r * (n - k + i)) / i;
    return r;
}


/***/ }),

/***/ 17433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ readInputsFile),
/* harmony export */   V1: () => (/* binding */ generateInputs)
/* harmony export */ });
/* unused harmony exports SUPPORTED_DTYPES, concreteDims */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_stats_random_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23184);



const GENERATORS = {
    float32: (n, r) => Float32Array.from({ length: n }, r),
    float64: (n, r) => Float64Array.from({ length: n }, r),
    float16: (n, r) => Uint16Array.from({ length: n }, () => toHalf(r())),
    int8: (n, r) => Int8Array.from({ length: n }, () => Math.floor(r() * 10)),
    int16: (n, r) => Int16Array.from({ length: n }, () => Math.floor(r() * 10)),
    int32: (n, r) => Int32Array.from({ length: n }, () => Math.floor(r() * 10)),
    int64: (n, r) => BigInt64Array.from({ length: n }, () => BigInt(Math.floor(r() * 10))),
    uint8: (n, r) => Uint8Array.from({ length: n }, () => Math.floor(r() * 10)),
    uint16: (n, r) => Uint16Array.from({ length: n }, () => Math.floor(r() * 10)),
    uint32: (n, r) => Uint32Array.from({ length: n }, () => Math.floor(r() * 10)),
    uint64: (n, r) => BigUint64Array.from({ length: n }, () => BigInt(Math.floor(r() * 10))),
    bool: (n, r) => Uint8Array.from({ length: n }, () => (r() < 0.5 ? 1 : 0)),
    string: (n) => Array.from({ length: n }, (_, i) => `sample ${i}`),
};
/** IEEE 754 half from a small non-negative float (values in [0, 1) are all we generate). */
function toHalf(v) {
    if (v === 0)
        return 0;
    const exp = Math.floor(Math.log2(v));
    const mant = Math.round((v / 2 ** exp - 1) * 1024);
    return (((exp + 15) & 0x1f) << 10) | (mant & 0x3ff);
}
const SUPPORTED_DTYPES = Object.keys(GENERATORS);
/**
 * Concrete dims for a declared shape: the first dynamic dimension (named or not) is the batch unless `dims`
 * binds it; every other symbolic dimension must be bound in bench.dims, or the inputs cannot be generated.
 */
function concreteDims(spec, batch, bindings) {
    if (spec.shape === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`input "${spec.name}" has no declared shape, so its inputs cannot be generated`, {
            hint: 'give an inputs file (bench.inputs) with the tensor, or fix the model signature',
        });
    }
    let batchUsed = false;
    return spec.shape.map((d, axis) => {
        if (typeof d === 'number' && d >= 0)
            return d;
        if (typeof d === 'string' && d !== '?' && bindings[d] !== undefined)
            return bindings[d];
        if (axis === 0 && !batchUsed) {
            batchUsed = true;
            return batch;
        }
        const label = typeof d === 'string' && d !== '?' ? `"${d}"` : 'an unnamed dynamic dimension';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`input "${spec.name}" axis ${axis} is ${label}, which has no size to generate inputs with`, {
            hint: typeof d === 'string' && d !== '?' ? `bind it in bench.dims, e.g. dims: { ${d}: 128 }` : 'give an inputs file (bench.inputs)',
        });
    });
}
/** Seeded inputs for every declared input: the same seed gives the same tensors on every run. */
function generateInputs(specs, batch, bindings, seed) {
    const random = (0,_core_stats_random_js__WEBPACK_IMPORTED_MODULE_2__/* .createRandom */ .s)(`inputs:${seed}`);
    return specs.map((spec) => {
        const gen = GENERATORS[spec.dtype];
        if (!gen) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`input "${spec.name}" has element type ${spec.dtype}, for which inputs cannot be generated`, {
                hint: `supported: ${SUPPORTED_DTYPES.join(', ')}; or give an inputs file (bench.inputs)`,
            });
        }
        const dims = concreteDims(spec, batch, bindings);
        const count = dims.reduce((a, b) => a * b, 1);
        if (count > 256 * 2 ** 20)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`input "${spec.name}" would hold ${count} elements (dims ${dims.join('x')}): too large to generate`);
        return { name: spec.name, dtype: spec.dtype, dims, data: gen(count, () => random.next()) };
    });
}
/**
 * Reads inputs from a JSON file: `{"<input>": {"dtype": "float32", "dims": [1, 4], "data": [...]}}`, or a
 * nested array per input (dims inferred, dtype taken from the model). The first dim is the batch.
 */
async function readInputsFile(file, specs) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`cannot read inputs file ${file}: ${err.message}`, { hint: 'a JSON object: input name -> {dtype, dims, data} or a nested array' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`inputs file ${file}: expected a JSON object keyed by input name`);
    const entries = parsed;
    for (const name of Object.keys(entries)) {
        if (!specs.some((s) => s.name === name))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`inputs file ${file}: the model has no input "${name}"`, { hint: `inputs: ${specs.map((s) => s.name).join(', ')}` });
    }
    return specs.map((spec) => {
        const raw = entries[spec.name];
        if (raw === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`inputs file ${file}: input "${spec.name}" is missing`);
        let dims;
        let flat;
        let dtype = spec.dtype;
        if (Array.isArray(raw)) {
            dims = inferDims(raw, `${file}: ${spec.name}`);
            flat = raw.flat(Infinity);
        }
        else if (typeof raw === 'object' && raw !== null && Array.isArray(raw.data)) {
            const o = raw;
            dtype = o.dtype ?? spec.dtype;
            flat = o.data.flat(Infinity);
            dims = Array.isArray(o.dims) ? o.dims : [flat.length];
            if (!dims.every((d) => Number.isInteger(d) && d >= 0))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`inputs file ${file}: "${spec.name}".dims must be non-negative integers`);
        }
        else {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`inputs file ${file}: input "${spec.name}" must be a nested array or {dtype, dims, data}`);
        }
        const count = dims.reduce((a, b) => a * b, 1);
        if (count !== flat.length)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`inputs file ${file}: input "${spec.name}" has ${flat.length} values but dims ${JSON.stringify(dims)} need ${count}`);
        return { name: spec.name, dtype, dims, data: toTyped(dtype, flat, `${file}: ${spec.name}`) };
    });
}
function inferDims(value, what) {
    const dims = [];
    let v = value;
    while (Array.isArray(v)) {
        dims.push(v.length);
        v = v[0];
    }
    const check = (x, depth) => {
        if (depth === dims.length) {
            if (Array.isArray(x))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what}: ragged nested array`);
            return;
        }
        if (!Array.isArray(x) || x.length !== dims[depth])
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what}: ragged nested array (axis ${depth})`);
        for (const e of x)
            check(e, depth + 1);
    };
    check(value, 0);
    return dims;
}
function toTyped(dtype, flat, what) {
    if (dtype === 'string')
        return flat.map(String);
    if (!GENERATORS[dtype] || dtype === 'float16')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what}: element type ${dtype} is not supported in an inputs file`);
    for (const v of flat) {
        if (typeof v !== 'number' && typeof v !== 'boolean')
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what}: expected numbers, found ${JSON.stringify(v)}`);
    }
    const nums = flat.map(Number);
    switch (dtype) {
        case 'float32': return Float32Array.from(nums);
        case 'float64': return Float64Array.from(nums);
        case 'int8': return Int8Array.from(nums);
        case 'int16': return Int16Array.from(nums);
        case 'int32': return Int32Array.from(nums);
        case 'int64': return BigInt64Array.from(nums.map((n) => BigInt(Math.trunc(n))));
        case 'uint8':
        case 'bool': return Uint8Array.from(nums);
        case 'uint16': return Uint16Array.from(nums);
        case 'uint32': return Uint32Array.from(nums);
        default: return BigUint64Array.from(nums.map((n) => BigInt(Math.trunc(n))));
    }
}


/***/ }),

/***/ 20150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Om: () => (/* binding */ runClosedLoopTrial),
/* harmony export */   bf: () => (/* binding */ createLatencyHistogram),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   t0: () => (/* binding */ spin)
/* harmony export */ });
/* unused harmony exports EXACT_SAMPLE_LIMIT, LatencyRecorder */
/* harmony import */ var hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32960);

/** Samples a trial keeps exactly (8 bytes each, 32 MiB at most); beyond, percentiles come from the histogram. */
const EXACT_SAMPLE_LIMIT = 4 * 1024 * 1024;
/**
 * Latencies of one trial, in nanoseconds. Every value goes into an HDR histogram (3 significant digits,
 * constant memory) and, up to EXACT_SAMPLE_LIMIT, into a plain array: the figures a trial reports, and the
 * regression test judges, are then exact, not rounded to a histogram bucket (0.1% steps, which would turn
 * close trials into ties). Only a trial of millions of calls falls back to the histogram's percentiles.
 */
class LatencyRecorder {
    histogram = hdr_histogram_js__WEBPACK_IMPORTED_MODULE_0__/* .build */ .jq({ bitBucketSize: 'packed', lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000_000, numberOfSignificantValueDigits: 3, useWebAssembly: false });
    exact = new Float64Array(1024);
    count = 0;
    sum = 0;
    recordValue(ns) {
        this.histogram.recordValue(Math.max(1, Math.round(ns)));
        this.sum += ns;
        if (this.count < EXACT_SAMPLE_LIMIT) {
            if (this.count === this.exact.length) {
                const grown = new Float64Array(Math.min(EXACT_SAMPLE_LIMIT, this.exact.length * 2));
                grown.set(this.exact);
                this.exact = grown;
            }
            this.exact[this.count] = ns;
        }
        this.count++;
    }
    /** Whether every sample was kept (the summary is then exact). */
    get isExact() {
        return this.count <= EXACT_SAMPLE_LIMIT;
    }
    summary() {
        const h = this.histogram;
        const toMs = (v) => v / 1e6;
        const fromHistogram = {
            p50: toMs(h.getValueAtPercentile(50)),
            p90: toMs(h.getValueAtPercentile(90)),
            p95: toMs(h.getValueAtPercentile(95)),
            p99: toMs(h.getValueAtPercentile(99)),
            mean: this.count > 0 ? toMs(this.sum / this.count) : 0,
            min: toMs(h.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : h.minNonZeroValue),
            max: toMs(h.maxValue),
            stddev: toMs(h.stdDeviation),
        };
        if (this.count === 0 || !this.isExact)
            return fromHistogram;
        const sorted = this.exact.slice(0, this.count).sort();
        // Nearest rank, as HDR histograms report percentiles: a value some call really took.
        const at = (p) => toMs(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]);
        return { ...fromHistogram, p50: at(50), p90: at(90), p95: at(95), p99: at(99), min: toMs(sorted[0]), max: toMs(sorted[sorted.length - 1]) };
    }
}
function createLatencyHistogram() {
    return new LatencyRecorder();
}
function summarize(recorder) {
    return recorder.summary();
}
const nowNs = () => process.hrtime.bigint();
/**
 * Closed-loop trial of an async operation: run it back to back, timing each call. The loop is the whole
 * harness overhead (one hrtime pair and one histogram record per call), kept small on purpose: the bench
 * suite holds it under 5% of a bare onnxruntime loop.
 */
async function runClosedLoopTrial(op, plan, after) {
    const warmEnd = nowNs() + BigInt(Math.round(plan.warmupMs * 1e6));
    while (nowNs() < warmEnd)
        await op();
    const h = createLatencyHistogram();
    const windowNs = BigInt(Math.round(plan.durationMs * 1e6));
    const start = nowNs();
    let samples = 0;
    let errors = 0;
    for (;;) {
        const t0 = nowNs();
        try {
            await op();
            let elapsed = Number(nowNs() - t0);
            if (after) {
                after(elapsed);
                elapsed = Number(nowNs() - t0);
            }
            h.recordValue(elapsed);
            samples++;
        }
        catch (err) {
            errors++;
            // A failing operation must never yield figures that look valid.
            if (samples === 0 && errors >= 3)
                throw err;
        }
        if (plan.iterations !== undefined && samples + errors >= plan.iterations * 2)
            break;
        if (plan.iterations !== undefined ? samples >= plan.iterations : nowNs() - start >= windowNs)
            break;
    }
    const durationMs = Number(nowNs() - start) / 1e6;
    return {
        samples,
        durationMs,
        latency_ms: summarize(h),
        throughput_per_s: (samples * plan.batch) / (durationMs / 1000),
        rss_mb: process.memoryUsage.rss() / 2 ** 20,
        errors,
    };
}
/** Busy-waits for a number of nanoseconds (a calibrated slowdown hook for tests and demos). */
function spin(ns) {
    const end = nowNs() + BigInt(Math.max(0, Math.round(ns)));
    while (nowNs() < end) {
        /* spin */
    }
}


/***/ }),

/***/ 35295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ onnxRunner),
/* harmony export */   aD: () => (/* binding */ loadOnnxRuntime)
/* harmony export */ });
/* unused harmony export warmOnnxRuntime */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_onnx_encode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99193);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17433);
/* harmony import */ var _measure_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20150);






let ortPromise;
/** onnxruntime-node is loaded on first use: it is a native module the other bundles never need. */
function loadOnnxRuntime() {
    // webpackIgnore keeps this a runtime import in the ncc bundles: without it ncc hoists a static import and
    // every bundle (the CLI included) would fail to start where onnxruntime-node is not installed.
    ortPromise ??= import(/* webpackIgnore: true */ 'onnxruntime-node').then((m) => (m.default?.InferenceSession ? m.default : m), (err) => {
        ortPromise = undefined;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`onnxruntime-node is not installed: ${err.message}`, {
            hint: 'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node (the benchmark action does this for you)',
        });
    });
    return ortPromise;
}
let runtimeWarm;
/**
 * The first session a process creates also starts onnxruntime itself (its environment, logging, thread
 * pools): hundreds of milliseconds that belong to no model. One throwaway session of a one-node model pays
 * that once, so the load time reported for the first model is that model's, like every other.
 */
function warmOnnxRuntime(ort, settings) {
    runtimeWarm ??= (async () => {
        const identity = (0,_core_onnx_encode_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeModel */ .ee)({
            graph: {
                name: 'modelship-runtime-warmup',
                nodes: [{ opType: 'Identity', inputs: ['x'], outputs: ['y'] }],
                inputs: [{ name: 'x', type: { elemType: 'float32', shape: [1] } }],
                outputs: [{ name: 'y', type: { elemType: 'float32', shape: [1] } }],
            },
        });
        const session = await ort.InferenceSession.create(identity, { intraOpNumThreads: settings.threads.intraOp, interOpNumThreads: settings.threads.interOp, executionMode: 'sequential' });
        await session.run({ x: new ort.Tensor('float32', new Float32Array([1]), [1]) });
        await session.release();
    })().catch((err) => {
        runtimeWarm = undefined;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`onnxruntime cannot start: ${err.message}`);
    });
    return runtimeWarm;
}
/** In-process inference with onnxruntime-node: the figures of the model itself, without a server around it. */
const onnxRunner = {
    name: 'onnx',
    async open(target, settings) {
        if (!target.modelPath)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`model "${target.model}": the onnx runner needs a model file`);
        const ort = await loadOnnxRuntime();
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(target.modelPath);
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`model "${target.model}": cannot read ${target.modelPath}: ${err.message}`);
        }
        const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
        await warmOnnxRuntime(ort, settings);
        const t0 = performance.now();
        let session;
        try {
            session = await ort.InferenceSession.create(bytes, {
                intraOpNumThreads: settings.threads.intraOp,
                interOpNumThreads: settings.threads.interOp,
                executionMode: 'sequential',
                graphOptimizationLevel: 'all',
            });
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`model "${target.model}": onnxruntime cannot load ${target.modelPath}: ${err.message}`);
        }
        const loadMs = performance.now() - t0;
        const specs = session.inputMetadata.map((m) => {
            if (!m.isTensor)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`model "${target.model}": input "${m.name}" is not a tensor, so its inputs cannot be generated`, { hint: 'give an inputs file (bench.inputs)' });
            return { name: m.name, dtype: m.type, shape: m.shape.map((d) => (typeof d === 'number' && d < 0 ? null : d)) };
        });
        const warnings = [];
        let feeds = {};
        let fileInputs;
        if (settings.inputsFile)
            fileInputs = await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputsFile */ .Ek)(settings.inputsFile, specs);
        const slowdown = target.slowdown ?? 0;
        const after = slowdown > 0 ? (elapsedNs) => (0,_measure_js__WEBPACK_IMPORTED_MODULE_5__/* .spin */ .t0)(elapsedNs * slowdown) : undefined;
        const op = () => session.run(feeds);
        return {
            description: target.modelPath,
            sha256,
            loadMs,
            runtimeVersion: ort.env.versions?.node ?? ort.env.versions?.common,
            warnings,
            async prepare(batch) {
                const tensors = fileInputs ?? (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .generateInputs */ .V1)(specs, batch, settings.dims, settings.seed);
                feeds = {};
                for (const t of tensors) {
                    try {
                        feeds[t.name] = new ort.Tensor(t.dtype, t.data, t.dims);
                    }
                    catch (err) {
                        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`model "${target.model}": cannot build input "${t.name}" (${t.dtype} ${JSON.stringify(t.dims)}): ${err.message}`);
                    }
                }
                try {
                    await session.run(feeds);
                }
                catch (err) {
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`model "${target.model}": inference fails on the ${fileInputs ? 'inputs file' : 'generated inputs'} (batch ${batch}): ${err.message}`, {
                        hint: fileInputs ? 'check the inputs file against the model signature' : 'bind symbolic dims in bench.dims or give an inputs file (bench.inputs)',
                    });
                }
                // An inputs file, or a model with a fixed first axis, decides the batch actually measured.
                const first = tensors[0]?.dims[0];
                const fixed = fileInputs !== undefined || typeof specs[0]?.shape?.[0] === 'number';
                return fixed && first !== undefined ? first : batch;
            },
            trial: (plan) => (0,_measure_js__WEBPACK_IMPORTED_MODULE_5__/* .runClosedLoopTrial */ .Om)(op, plan, after),
            async close() {
                await session.release();
            },
        };
    },
};


/***/ }),

/***/ 99193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ee: () => (/* binding */ encodeModel)
/* harmony export */ });
/* unused harmony exports ELEMENT_TYPE_CODES, attr, DEFAULT_IR_VERSION, DEFAULT_OPSET_IMPORTS, OnnxEncodeError, elementTypeCode, tensorBytes */
/* harmony import */ var _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92855);

const ELEMENT_TYPE_CODES = {
    float32: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.FLOAT, uint8: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.UINT8, int8: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.INT8, uint16: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.UINT16,
    int16: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.INT16, int32: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.INT32, int64: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.INT64, string: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.STRING,
    bool: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.BOOL, float16: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.FLOAT16, float64: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.DOUBLE, uint32: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.UINT32,
    uint64: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.UINT64, complex64: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.COMPLEX64, complex128: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.COMPLEX128,
    bfloat16: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.BFLOAT16, float8e4m3fn: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.FLOAT8E4M3FN, float8e4m3fnuz: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.FLOAT8E4M3FNUZ,
    float8e5m2: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.FLOAT8E5M2, float8e5m2fnuz: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.FLOAT8E5M2FNUZ, uint4: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.UINT4,
    int4: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.INT4, float4e2m1: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.FLOAT4E2M1,
};
/**
 * Attribute constructors. Attributes are tagged because JavaScript cannot tell `1` from `1.0`, and ONNX
 * rejects an INT where a FLOAT is expected (Gemm's alpha) and the reverse (Softmax's axis).
 */
const attr = {
    float: (value) => ({ type: 'float', value }),
    int: (value) => ({ type: 'int', value }),
    string: (value) => ({ type: 'string', value }),
    tensor: (value) => ({ type: 'tensor', value }),
    graph: (value) => ({ type: 'graph', value }),
    floats: (value) => ({ type: 'floats', value }),
    ints: (value) => ({ type: 'ints', value }),
    strings: (value) => ({ type: 'strings', value }),
    tensors: (value) => ({ type: 'tensors', value }),
    graphs: (value) => ({ type: 'graphs', value }),
};
const DEFAULT_IR_VERSION = 8;
const DEFAULT_OPSET_IMPORTS = [{ domain: '', version: 13 }];
class OnnxEncodeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'OnnxEncodeError';
    }
}
function encodeModel(model) {
    const message = {
        ir_version: int64(model.irVersion ?? DEFAULT_IR_VERSION),
        opset_import: (model.opsetImports ?? DEFAULT_OPSET_IMPORTS).map((opset) => ({
            domain: opset.domain ?? '',
            version: int64(opset.version),
        })),
        graph: graphMessage(model.graph),
    };
    setIfDefined(message, 'producer_name', model.producerName);
    setIfDefined(message, 'producer_version', model.producerVersion);
    setIfDefined(message, 'domain', model.domain);
    if (model.modelVersion !== undefined)
        message.model_version = int64(model.modelVersion);
    setIfDefined(message, 'doc_string', model.docString);
    if (model.metadata)
        message.metadata_props = entries(model.metadata);
    return _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelProto */ .kX.encode(message).finish();
}
/** The element type's DataType number; throws on an unknown name. */
function elementTypeCode(type) {
    if (typeof type === 'number')
        return type;
    const code = ELEMENT_TYPE_CODES[type];
    if (code === undefined)
        throw new OnnxEncodeError(`unknown element type "${type}"`);
    return code;
}
/**
 * The little-endian bytes ONNX stores for a tensor's values (raw_data, or an external data file's
 * contents). Checks the count against the dims.
 */
function tensorBytes(tensor) {
    const elemType = tensorElementType(tensor);
    const code = elementTypeCode(elemType);
    const writer = WRITERS.get(code);
    if (!writer)
        throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": no writer for element type ${String(elemType)}; pass rawData`);
    const values = tensor.data ?? [];
    const expected = elementCount(tensor.dims) * writer.componentsPerElement;
    if (BigInt(values.length) !== expected) {
        throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": ${values.length} values for dims [${tensor.dims.join(', ')}] (expected ${expected})`);
    }
    const view = new DataView(new ArrayBuffer(values.length * writer.bytes));
    for (let index = 0; index < values.length; index++) {
        writer.write(view, index * writer.bytes, values[index]);
    }
    return new Uint8Array(view.buffer);
}
function graphMessage(graph) {
    const message = {
        node: graph.nodes.map(nodeMessage),
        initializer: (graph.initializers ?? []).map(tensorMessage),
        input: graph.inputs.map(valueInfoMessage),
        output: graph.outputs.map(valueInfoMessage),
        value_info: (graph.valueInfo ?? []).map(valueInfoMessage),
    };
    setIfDefined(message, 'name', graph.name);
    setIfDefined(message, 'doc_string', graph.docString);
    if (graph.metadata)
        message.metadata_props = entries(graph.metadata);
    return message;
}
function nodeMessage(node) {
    const message = {
        input: [...node.inputs],
        output: [...node.outputs],
        op_type: node.opType,
        attribute: Object.entries(node.attributes ?? {}).map(([name, attribute]) => attributeMessage(name, attribute)),
    };
    setIfDefined(message, 'name', node.name);
    setIfDefined(message, 'domain', node.domain);
    setIfDefined(message, 'overload', node.overload);
    setIfDefined(message, 'doc_string', node.docString);
    if (node.metadata)
        message.metadata_props = entries(node.metadata);
    return message;
}
function attributeMessage(name, attribute) {
    switch (attribute.type) {
        case 'float': return { name, type: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxAttributeType */ .y9.FLOAT, f: attribute.value };
        case 'int': return { name, type: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxAttributeType */ .y9.INT, i: int64(attribute.value) };
        case 'string': return { name, type: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxAttributeType */ .y9.STRING, s: utf8(attribute.value) };
        case 'tensor': return { name, type: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxAttributeType */ .y9.TENSOR, t: tensorMessage(attribute.value) };
        case 'graph': return { name, type: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxAttributeType */ .y9.GRAPH, g: graphMessage(attribute.value) };
        case 'floats': return { name, type: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxAttributeType */ .y9.FLOATS, floats: [...attribute.value] };
        case 'ints': return { name, type: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxAttributeType */ .y9.INTS, ints: attribute.value.map(int64) };
        case 'strings': return { name, type: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxAttributeType */ .y9.STRINGS, strings: attribute.value.map(utf8) };
        case 'tensors': return { name, type: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxAttributeType */ .y9.TENSORS, tensors: attribute.value.map(tensorMessage) };
        case 'graphs': return { name, type: _onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxAttributeType */ .y9.GRAPHS, graphs: attribute.value.map(graphMessage) };
    }
}
function tensorMessage(tensor) {
    const elemType = tensorElementType(tensor);
    const message = {
        dims: tensor.dims.map(int64),
        data_type: elementTypeCode(elemType),
    };
    setIfDefined(message, 'name', tensor.name);
    setIfDefined(message, 'doc_string', tensor.docString);
    if (tensor.rawData) {
        message.raw_data = tensor.rawData;
    }
    else if (tensor.external) {
        // The values live in the external file (tensorBytes gives its contents); nothing inline.
    }
    else if (elemType === 'string') {
        const strings = (tensor.data ?? []);
        if (BigInt(strings.length) !== elementCount(tensor.dims)) {
            throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": ${strings.length} strings for dims [${tensor.dims.join(', ')}]`);
        }
        message.string_data = strings.map((value) => utf8(String(value)));
    }
    else {
        message.raw_data = tensorBytes(tensor);
    }
    if (tensor.external) {
        const { location, offset, length, checksum, extra } = tensor.external;
        const pairs = [['location', location]];
        if (offset !== undefined)
            pairs.push(['offset', String(offset)]);
        if (length !== undefined)
            pairs.push(['length', String(length)]);
        if (checksum !== undefined)
            pairs.push(['checksum', checksum]);
        message.external_data = [...entries(pairs), ...(extra ? entries(extra) : [])];
        message.data_location = 1; // TensorProto.DataLocation.EXTERNAL
    }
    if (tensor.metadata)
        message.metadata_props = entries(tensor.metadata);
    return message;
}
function valueInfoMessage(info) {
    const message = { name: info.name };
    if (info.type)
        message.type = typeMessage(info.type);
    setIfDefined(message, 'doc_string', info.docString);
    if (info.metadata)
        message.metadata_props = entries(info.metadata);
    return message;
}
function typeMessage(type) {
    const message = {};
    switch (type.kind) {
        case undefined:
        case 'tensor':
        case 'sparse_tensor': {
            const tensor = { elem_type: elementTypeCode(type.elemType) };
            if (type.shape)
                tensor.shape = { dim: type.shape.map(dimensionMessage) };
            message[type.kind === 'sparse_tensor' ? 'sparse_tensor_type' : 'tensor_type'] = tensor;
            break;
        }
        case 'sequence':
            message.sequence_type = { elem_type: typeMessage(type.elem) };
            break;
        case 'optional':
            message.optional_type = { elem_type: typeMessage(type.elem) };
            break;
        case 'map':
            message.map_type = { key_type: elementTypeCode(type.keyType), value_type: typeMessage(type.value) };
            break;
    }
    setIfDefined(message, 'denotation', type.denotation);
    return message;
}
function dimensionMessage(dim) {
    if (dim === null)
        return {};
    if (typeof dim === 'string')
        return { dim_param: dim };
    return { dim_value: int64(dim) };
}
function tensorElementType(tensor) {
    if (tensor.elemType !== undefined)
        return tensor.elemType;
    const inferred = tensor.data === undefined ? undefined : TYPED_ARRAY_ELEMENT_TYPES.get(tensor.data.constructor);
    if (inferred === undefined) {
        throw new OnnxEncodeError(`tensor "${tensor.name ?? ''}": elemType is required unless data is a typed array`);
    }
    return inferred;
}
function elementCount(dims) {
    return dims.reduce((product, dim) => product * BigInt(dim), 1n);
}
const TYPED_ARRAY_ELEMENT_TYPES = new Map([
    [Float32Array, 'float32'], [Float64Array, 'float64'], [Int8Array, 'int8'], [Uint8Array, 'uint8'],
    [Int16Array, 'int16'], [Uint16Array, 'uint16'], [Int32Array, 'int32'], [Uint32Array, 'uint32'],
    [BigInt64Array, 'int64'], [BigUint64Array, 'uint64'],
]);
const toNumber = (value) => Number(value);
const toBigInt = (value) => (typeof value === 'bigint' ? value : BigInt(value));
function elementWriter(bytes, write, componentsPerElement = 1n) {
    return { bytes, write, componentsPerElement };
}
// DataView with littleEndian = true: raw_data is little-endian whatever the host.
const WRITERS = new Map([
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.FLOAT, elementWriter(4, (v, o, x) => v.setFloat32(o, toNumber(x), true))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.DOUBLE, elementWriter(8, (v, o, x) => v.setFloat64(o, toNumber(x), true))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.INT8, elementWriter(1, (v, o, x) => v.setInt8(o, toNumber(x)))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.UINT8, elementWriter(1, (v, o, x) => v.setUint8(o, toNumber(x)))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.BOOL, elementWriter(1, (v, o, x) => v.setUint8(o, x ? 1 : 0))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.INT16, elementWriter(2, (v, o, x) => v.setInt16(o, toNumber(x), true))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.UINT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.FLOAT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.BFLOAT16, elementWriter(2, (v, o, x) => v.setUint16(o, toNumber(x), true))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.INT32, elementWriter(4, (v, o, x) => v.setInt32(o, toNumber(x), true))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.UINT32, elementWriter(4, (v, o, x) => v.setUint32(o, toNumber(x), true))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.INT64, elementWriter(8, (v, o, x) => v.setBigInt64(o, toBigInt(x), true))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.UINT64, elementWriter(8, (v, o, x) => v.setBigUint64(o, toBigInt(x), true))],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.COMPLEX64, elementWriter(4, (v, o, x) => v.setFloat32(o, toNumber(x), true), 2n)],
    [_onnx_proto_js__WEBPACK_IMPORTED_MODULE_0__/* .OnnxDataType */ .gY.COMPLEX128, elementWriter(8, (v, o, x) => v.setFloat64(o, toNumber(x), true), 2n)],
]);
/** protobufjs writes int64 from a number, or from low/high words for values beyond 2^53. */
function int64(value) {
    if (typeof value === 'number') {
        if (!Number.isSafeInteger(value))
            throw new OnnxEncodeError(`${value} is not an integer that fits in int64 exactly; pass a bigint`);
        return value;
    }
    const bits = BigInt.asUintN(64, value);
    return { low: Number(bits & 0xffffffffn) | 0, high: Number(bits >> 32n) | 0, unsigned: false };
}
function entries(metadata) {
    const pairs = Array.isArray(metadata)
        ? metadata
        : Object.entries(metadata);
    return pairs.map(([key, value]) => ({ key, value }));
}
function utf8(value) {
    return typeof value === 'string' ? new TextEncoder().encode(value) : value;
}
function setIfDefined(message, field, value) {
    if (value !== undefined)
        message[field] = value;
}


/***/ }),

/***/ 92855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gY: () => (/* binding */ OnnxDataType),
/* harmony export */   kX: () => (/* binding */ ModelProto),
/* harmony export */   sd: () => (/* binding */ decodeModel),
/* harmony export */   y9: () => (/* binding */ OnnxAttributeType)
/* harmony export */ });
/* unused harmony exports ONNX_PROTO, onnxRoot */
/* harmony import */ var protobufjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23928);
/* harmony import */ var protobufjs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(protobufjs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The ONNX protobuf schema (onnx/onnx.proto, IR version 8+; field numbers exactly as upstream), kept as a
 * string so nothing is read from disk at run time and the bundle (ncc) carries it. Comments are trimmed
 * to what a reader of this file needs; the upstream file is the authority.
 */
const ONNX_PROTO = `
syntax = "proto2";
package onnx;

message AttributeProto {
  enum AttributeType {
    UNDEFINED = 0; FLOAT = 1; INT = 2; STRING = 3; TENSOR = 4; GRAPH = 5; SPARSE_TENSOR = 11; TYPE_PROTO = 13;
    FLOATS = 6; INTS = 7; STRINGS = 8; TENSORS = 9; GRAPHS = 10; SPARSE_TENSORS = 12; TYPE_PROTOS = 14;
  }
  optional string name = 1;
  optional string ref_attr_name = 21;
  optional string doc_string = 13;
  optional AttributeType type = 20;
  optional float f = 2;
  optional int64 i = 3;
  optional bytes s = 4;
  optional TensorProto t = 5;
  optional GraphProto g = 6;
  optional SparseTensorProto sparse_tensor = 22;
  optional TypeProto tp = 14;
  repeated float floats = 7;
  repeated int64 ints = 8;
  repeated bytes strings = 9;
  repeated TensorProto tensors = 10;
  repeated GraphProto graphs = 11;
  repeated SparseTensorProto sparse_tensors = 23;
  repeated TypeProto type_protos = 15;
}

message ValueInfoProto {
  optional string name = 1;
  optional TypeProto type = 2;
  optional string doc_string = 3;
  repeated StringStringEntryProto metadata_props = 4;
}

message NodeProto {
  repeated string input = 1;
  repeated string output = 2;
  optional string name = 3;
  optional string op_type = 4;
  optional string domain = 7;
  optional string overload = 8;
  repeated AttributeProto attribute = 5;
  optional string doc_string = 6;
  repeated StringStringEntryProto metadata_props = 9;
}

message TrainingInfoProto {
  optional GraphProto initialization = 1;
  optional GraphProto algorithm = 2;
  repeated StringStringEntryProto initialization_binding = 3;
  repeated StringStringEntryProto update_binding = 4;
}

message ModelProto {
  optional int64 ir_version = 1;
  repeated OperatorSetIdProto opset_import = 8;
  optional string producer_name = 2;
  optional string producer_version = 3;
  optional string domain = 4;
  optional int64 model_version = 5;
  optional string doc_string = 6;
  optional GraphProto graph = 7;
  repeated StringStringEntryProto metadata_props = 14;
  repeated TrainingInfoProto training_info = 20;
  repeated FunctionProto functions = 25;
}

message StringStringEntryProto {
  optional string key = 1;
  optional string value = 2;
}

message TensorAnnotation {
  optional string tensor_name = 1;
  repeated StringStringEntryProto quant_parameter_tensor_names = 2;
}

message GraphProto {
  repeated NodeProto node = 1;
  optional string name = 2;
  repeated TensorProto initializer = 5;
  repeated SparseTensorProto sparse_initializer = 15;
  optional string doc_string = 10;
  repeated ValueInfoProto input = 11;
  repeated ValueInfoProto output = 12;
  repeated ValueInfoProto value_info = 13;
  repeated TensorAnnotation quantization_annotation = 14;
  repeated StringStringEntryProto metadata_props = 16;
  reserved 3, 4, 6 to 9;
}

message TensorProto {
  enum DataType {
    UNDEFINED = 0; FLOAT = 1; UINT8 = 2; INT8 = 3; UINT16 = 4; INT16 = 5; INT32 = 6; INT64 = 7; STRING = 8;
    BOOL = 9; FLOAT16 = 10; DOUBLE = 11; UINT32 = 12; UINT64 = 13; COMPLEX64 = 14; COMPLEX128 = 15;
    BFLOAT16 = 16; FLOAT8E4M3FN = 17; FLOAT8E4M3FNUZ = 18; FLOAT8E5M2 = 19; FLOAT8E5M2FNUZ = 20;
    UINT4 = 21; INT4 = 22; FLOAT4E2M1 = 23;
  }
  repeated int64 dims = 1;
  optional int32 data_type = 2;
  message Segment {
    optional int64 begin = 1;
    optional int64 end = 2;
  }
  optional Segment segment = 3;
  repeated float float_data = 4 [packed = true];
  repeated int32 int32_data = 5 [packed = true];
  repeated bytes string_data = 6;
  repeated int64 int64_data = 7 [packed = true];
  optional string name = 8;
  optional string doc_string = 12;
  optional bytes raw_data = 9;
  repeated StringStringEntryProto external_data = 13;
  enum DataLocation {
    DEFAULT = 0;
    EXTERNAL = 1;
  }
  optional DataLocation data_location = 14;
  repeated double double_data = 10 [packed = true];
  repeated uint64 uint64_data = 11 [packed = true];
  repeated StringStringEntryProto metadata_props = 16;
}

message SparseTensorProto {
  optional TensorProto values = 1;
  optional TensorProto indices = 2;
  repeated int64 dims = 3;
}

message TensorShapeProto {
  message Dimension {
    oneof value {
      int64 dim_value = 1;
      string dim_param = 2;
    };
    optional string denotation = 3;
  };
  repeated Dimension dim = 1;
}

message TypeProto {
  message Tensor {
    optional int32 elem_type = 1;
    optional TensorShapeProto shape = 2;
  }
  message Sequence {
    optional TypeProto elem_type = 1;
  };
  message Map {
    optional int32 key_type = 1;
    optional TypeProto value_type = 2;
  };
  message Optional {
    optional TypeProto elem_type = 1;
  };
  message SparseTensor {
    optional int32 elem_type = 1;
    optional TensorShapeProto shape = 2;
  }
  oneof value {
    Tensor tensor_type = 1;
    Sequence sequence_type = 4;
    Map map_type = 5;
    Optional optional_type = 9;
    SparseTensor sparse_tensor_type = 8;
  }
  optional string denotation = 6;
}

message OperatorSetIdProto {
  optional string domain = 1;
  optional int64 version = 2;
}

message FunctionProto {
  optional string name = 1;
  reserved 2, 3;
  repeated string input = 4;
  repeated string output = 5;
  repeated string attribute = 6;
  repeated AttributeProto attribute_proto = 11;
  repeated NodeProto node = 7;
  optional string doc_string = 8;
  repeated OperatorSetIdProto opset_import = 9;
  optional string domain = 10;
  optional string overload = 13;
  repeated ValueInfoProto value_info = 12;
  repeated StringStringEntryProto metadata_props = 14;
}
`;
/** Field names as in onnx.proto (snake_case), so decoded objects read like the specification. */
// resolveAll() settles each field's features (proto2 packing among them) before the first encode.
const onnxRoot = protobufjs__WEBPACK_IMPORTED_MODULE_0___default().parse(ONNX_PROTO, { keepCase: true }).root;
onnxRoot.resolveAll();
const ModelProto = onnxRoot.lookupType('onnx.ModelProto');
/** TensorProto.DataType numbers. */
const OnnxDataType = {
    UNDEFINED: 0, FLOAT: 1, UINT8: 2, INT8: 3, UINT16: 4, INT16: 5, INT32: 6, INT64: 7, STRING: 8, BOOL: 9,
    FLOAT16: 10, DOUBLE: 11, UINT32: 12, UINT64: 13, COMPLEX64: 14, COMPLEX128: 15, BFLOAT16: 16,
    FLOAT8E4M3FN: 17, FLOAT8E4M3FNUZ: 18, FLOAT8E5M2: 19, FLOAT8E5M2FNUZ: 20, UINT4: 21, INT4: 22, FLOAT4E2M1: 23,
};
/** AttributeProto.AttributeType numbers. */
const OnnxAttributeType = {
    UNDEFINED: 0, FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8, TENSORS: 9,
    GRAPHS: 10, SPARSE_TENSOR: 11, SPARSE_TENSORS: 12, TYPE_PROTO: 13, TYPE_PROTOS: 14,
};
/**
 * Decodes a ModelProto into a plain object with the field names of onnx.proto, holding only the fields
 * present on the wire (an empty repeated field is absent). int64 values come back as numbers (exact up
 * to 2^53; decode with ModelProto directly for anything larger) and bytes as Uint8Array.
 */
function decodeModel(bytes) {
    return ModelProto.toObject(ModelProto.decode(bytes), { longs: Number });
}


/***/ }),

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


/***/ })

};
