export const id = 9;
export const ids = [9,358];
export const modules = {

/***/ 2358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ isLive),
/* harmony export */   gateConfigIssues: () => (/* binding */ gateConfigIssues)
/* harmony export */ });
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);

// Apart from run.ts so that `config check` reads these rules without loading the gate engine and metric sources.
/** Gate rules a JSON Schema cannot say, reported at their line like schema errors (`config check` lists them too). */
function gateConfigIssues(loaded, name, spec) {
    const issues = [];
    const at = (path, message, hint) => issues.push({ location: loaded.locate(['gates', name, ...path]), path: ['gates', name, ...path].join('.'), message, hint });
    spec.checks.forEach((check, i) => {
        if (!check.value && !check.change && !check.crossSlice && !check.statistics) {
            at(['checks', i], `check ${i + 1} (${check.metric}) has nothing to check`, 'add value, change, crossSlice or statistics');
        }
        if (check.value?.min !== undefined && check.value?.max !== undefined && check.value.min > check.value.max) {
            at(['checks', i, 'value'], `value.min ${check.value.min} is above value.max ${check.value.max}: no value can pass`);
        }
        const ch = check.change ?? {};
        if (ch.minAbsolute !== undefined && ch.maxAbsolute !== undefined && ch.minAbsolute > ch.maxAbsolute)
            at(['checks', i, 'change'], `change.minAbsolute ${ch.minAbsolute} is above change.maxAbsolute ${ch.maxAbsolute}`);
        if (ch.minRelative !== undefined && ch.maxRelative !== undefined && ch.minRelative > ch.maxRelative)
            at(['checks', i, 'change'], `change.minRelative ${ch.minRelative} is above change.maxRelative ${ch.maxRelative}`);
        if (check.statistics && check.statistics.method !== 'mannWhitney' && !check.change) {
            at(['checks', i, 'statistics'], `${check.statistics.method} needs change bounds to decide on`, 'add e.g. change: {minAbsolute: -0.01} (the non-inferiority margin)');
        }
    });
    const agg = spec.aggregate;
    if (agg?.pass !== undefined && agg?.marginal !== undefined && agg.marginal > agg.pass)
        at(['aggregate', 'marginal'], `aggregate.marginal ${agg.marginal} is above aggregate.pass ${agg.pass}`);
    if (spec.model !== undefined && !Object.hasOwn(loaded.config.models, spec.model)) {
        at(['model'], `gate "${name}" names model "${spec.model}", which is not configured`, (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(spec.model, Object.keys(loaded.config.models)) ?? `models: ${Object.keys(loaded.config.models).join(', ')}`);
    }
    const baseline = spec.baseline;
    if (baseline !== undefined && isLive(baseline)) {
        const environments = Object.keys(loaded.config.environments ?? {});
        if (!environments.includes(baseline.live.environment)) {
            at(['baseline', 'live', 'environment'], `the live baseline names environment "${baseline.live.environment}", which is not configured`, (0,_core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .didYouMean */ .au)(baseline.live.environment, environments) ?? `environments: ${environments.join(', ') || '(none)'}`);
        }
    }
    return issues;
}
/** A baseline read from what an environment serves (`{live: {environment}}`), not from a metrics source. */
function isLive(spec) {
    return spec !== null && typeof spec === 'object' && !Array.isArray(spec) && 'live' in spec;
}


/***/ }),

/***/ 7009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  combineVerdicts: () => (/* binding */ combineVerdicts),
  exitCodeFor: () => (/* binding */ exitCodeFor),
  runGate: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/map-limit.ts
/**
 * Runs `work` over the items, at most `limit` at a time, and gives each item's outcome in the items' order
 * (whatever order they finish in). Outcomes, not a rejection: the caller decides which failure to report,
 * e.g. the first in order, as a loop one at a time would have.
 */
async function mapLimit(items, limit, work) {
    const outcomes = new Array(items.length);
    let next = 0;
    const lane = async () => {
        while (next < items.length) {
            const i = next++;
            try {
                outcomes[i] = { status: 'fulfilled', value: await work(items[i], i) };
            }
            catch (reason) {
                outcomes[i] = { status: 'rejected', reason };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, lane));
    return outcomes;
}
/** The values of the outcomes, in order; throws the first failure in order. */
function valuesInOrder(outcomes) {
    return outcomes.map((o) => {
        if (o.status === 'rejected')
            throw o.reason;
        return o.value;
    });
}

// EXTERNAL MODULE: ./src/core/git/index.ts + 5 modules
var git = __webpack_require__(2773);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/metrics/index.ts + 18 modules
var metrics = __webpack_require__(203);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/gate/config.ts
const DEFAULT_POLICIES = {
    onMissingMetric: 'fail',
    onMissingBaseline: 'fail',
    onZeroBaseline: 'fail',
    onNonFinite: 'fail',
    zeroEpsilon: 1e-12,
};
const DEFAULT_AGGREGATE = { mode: 'all', pass: 90, marginal: 75, onMarginal: 'inconclusive' };
const DEFAULT_SEED = 42;
function gateConfig(name, spec) {
    return {
        name,
        description: spec.description,
        policies: { ...DEFAULT_POLICIES, ...spec.policies },
        checks: spec.checks,
        aggregate: { ...DEFAULT_AGGREGATE, ...spec.aggregate },
        seed: spec.seed ?? DEFAULT_SEED,
    };
}

// EXTERNAL MODULE: ./src/gate/config-issues.ts
var config_issues = __webpack_require__(2358);
;// CONCATENATED MODULE: ./src/core/stats/normal.ts
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

;// CONCATENATED MODULE: ./src/core/stats/ab-test.ts

/**
 * A/B winner tests on an outcome: the two-proportion z-test for 0/1 outcomes, Welch's t-test for continuous
 * ones, their confidence intervals of the difference (candidate - baseline), and the minimum sample size per
 * arm for a minimum detectable effect, significance and power (the textbook normal-approximation formulas
 * statsmodels and G*Power use). Cross-checked against SciPy in test/core/stats/ab-test.test.ts.
 */
/**
 * The standard normal quantile: Acklam's rational approximation, polished by one Newton step on normalCdf
 * (whose erfc is good to ~1e-7 relative: quantiles to ~1e-7, ample for sample sizes and intervals).
 */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`a normal quantile needs p in (0, 1), got ${p}`);
    const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
    const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
    const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
    const low = 0.02425;
    let x;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    else if (p <= 1 - low) {
        const q = p - 0.5;
        const r = q * q;
        x = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    else {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const e = normalCdf(x) - p;
    return x - e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
}
/** ln Γ(x), Lanczos (g = 7, n = 9), x > 0. */
function logGamma(x) {
    const g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let s = g[0];
    for (let i = 1; i < 9; i++)
        s += g[i] / (z + i);
    const t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}
/** The regularized incomplete beta I_x(a, b), by its continued fraction (modified Lentz). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    if (x > (a + 1) / (a + b + 2))
        return 1 - incompleteBeta(1 - x, b, a);
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)) / a;
    const tiny = 1e-300;
    let f = 1;
    let c = 1;
    let d = 0;
    for (let i = 0; i <= 400; i++) {
        const m = i >> 1;
        const num = i === 0 ? 1 : i % 2 === 0 ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) : -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
        d = 1 + num * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        d = 1 / d;
        c = 1 + num / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        const cd = c * d;
        f *= cd;
        if (Math.abs(1 - cd) < 1e-15)
            break;
    }
    return front * (f - 1);
}
/** P(T > t) for Student's t with `df` degrees of freedom. */
function studentTSf(t, df) {
    const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
    return t >= 0 ? tail : 1 - tail;
}
/** The Student t quantile, by bisection on studentTSf (monotone; 200 halvings reach double precision). */
function studentTQuantile(p, df) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`a t quantile needs p in (0, 1), got ${p}`);
    let lo = -1e3;
    let hi = 1e3;
    for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
        const mid = (lo + hi) / 2;
        if (1 - studentTSf(mid, df) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/**
 * Two-proportion z-test (pooled standard error under H0, as statsmodels' `proportions_ztest`), with the
 * Wald interval of the difference (unpooled standard error).
 */
function twoProportionTest(successesCandidate, nCandidate, successesBaseline, nBaseline, confidence) {
    const p1 = successesCandidate / nCandidate;
    const p0 = successesBaseline / nBaseline;
    const pooled = (successesCandidate + successesBaseline) / (nCandidate + nBaseline);
    const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / nCandidate + 1 / nBaseline));
    const difference = p1 - p0;
    const z = se0 === 0 ? 0 : difference / se0;
    const se = Math.sqrt((p1 * (1 - p1)) / nCandidate + (p0 * (1 - p0)) / nBaseline);
    const half = normalQuantile(1 - (1 - confidence) / 2) * se;
    return { difference, lower: difference - half, upper: difference + half, statistic: z, pGreater: se0 === 0 ? 0.5 : normalSf(z), pLess: se0 === 0 ? 0.5 : normalCdf(z) };
}
/** Welch's unequal-variances t-test (SciPy `ttest_ind(equal_var=False)`) and its interval of the difference. */
function welchTest(candidate, baseline, confidence) {
    const v1 = candidate.variance / candidate.n;
    const v0 = baseline.variance / baseline.n;
    const se = Math.sqrt(v1 + v0);
    const difference = candidate.mean - baseline.mean;
    const df = (v1 + v0) ** 2 / (v1 ** 2 / (candidate.n - 1) + v0 ** 2 / (baseline.n - 1));
    if (se === 0)
        return { difference, lower: difference, upper: difference, statistic: 0, pGreater: 0.5, pLess: 0.5, df: Infinity };
    const t = difference / se;
    const half = studentTQuantile(1 - (1 - confidence) / 2, df) * se;
    return { difference, lower: difference - half, upper: difference + half, statistic: t, pGreater: studentTSf(t, df), pLess: studentTSf(-t, df), df };
}
/**
 * Per-arm sample size to detect a change of `effect` from a baseline rate `p0` with a two-sided test at
 * `alpha` and `power`: n = [z(1-α/2) √(2 p̄(1-p̄)) + z(power) √(p0(1-p0) + p1(1-p1))]² / effect², p̄ the mean
 * of p0 and p1 = p0 + effect, rounded up (10% -> 12%, α 0.05, power 0.8: 3 841 per arm).
 */
function sampleSizeTwoProportions(p0, effect, alpha, power) {
    const p1 = p0 + effect;
    if (!(p0 > 0 && p0 < 1 && p1 > 0 && p1 < 1 && effect !== 0))
        throw new RangeError(`the baseline rate ${p0} and rate with the effect ${p1} must both be strictly between 0 and 1, and differ`);
    const bar = (p0 + p1) / 2;
    const za = normalQuantile(1 - alpha / 2);
    const zb = normalQuantile(power);
    return Math.ceil((za * Math.sqrt(2 * bar * (1 - bar)) + zb * Math.sqrt(p0 * (1 - p0) + p1 * (1 - p1))) ** 2 / effect ** 2);
}
/** Per-arm sample size to detect a difference of means `effect` with standard deviation `sd`: 2 (z(1-α/2) + z(power))² sd² / effect², rounded up. */
function sampleSizeMeans(sd, effect, alpha, power) {
    if (!(sd > 0 && effect !== 0 && Number.isFinite(sd) && Number.isFinite(effect)))
        throw new RangeError(`sample size needs a positive standard deviation and a non-zero effect, got sd ${sd}, effect ${effect}`);
    return Math.ceil((2 * (normalQuantile(1 - alpha / 2) + normalQuantile(power)) ** 2 * sd * sd) / (effect * effect));
}

;// CONCATENATED MODULE: ./src/core/stats/significance.ts
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

// EXTERNAL MODULE: ./src/core/stats/descriptive.ts
var descriptive = __webpack_require__(4021);
;// CONCATENATED MODULE: ./src/core/stats/random.ts
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

;// CONCATENATED MODULE: ./src/core/stats/bootstrap.ts



function settings(options) {
    const iterations = options.iterations ?? 2000;
    const confidence = options.confidence ?? 0.95;
    if (!Number.isInteger(iterations) || iterations < 10)
        throw new RangeError(`bootstrap: iterations must be an integer >= 10, got ${iterations}`);
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`bootstrap: confidence must be in (0, 1), got ${confidence}`);
    return { iterations, confidence, random: options.random ?? createRandom(options.seed) };
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
    const alpha = significanceLevel(confidence) / 2;
    return {
        estimate,
        lower: (0,descriptive/* quantile */.YV)(finite, alpha),
        upper: (0,descriptive/* quantile */.YV)(finite, 1 - alpha),
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
    const center = options.center === 'mean' ? mean : median;
    return bootstrapTwoSampleCI(candidate, baseline, (c, b) => center(c) / center(b), options);
}

;// CONCATENATED MODULE: ./src/core/stats/mann-whitney.ts


/** Largest C(n1+n2, n1) for which the exact counts stay exact in doubles (< 2^53). */
const EXACT_LIMIT = 2 ** 53;
function mann_whitney_checkSample(values, what) {
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
    mann_whitney_checkSample(x, 'x');
    mann_whitney_checkSample(y, 'y');
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
        pValue = normalSf(z);
    }
    else if (alternative === 'less') {
        z = (u - mu + cc) / sigma;
        pValue = normalCdf(z);
    }
    else {
        z = (Math.max(u, uOther) - mu - cc) / sigma;
        pValue = Math.min(1, 2 * normalSf(z));
    }
    return { ...base, z, pValue: Math.min(1, Math.max(0, pValue)) };
}
/** Hodges-Lehmann estimate of the shift x - y: the median of all pairwise differences. */
function hodgesLehmannShift(x, y) {
    mann_whitney_checkSample(x, 'x');
    mann_whitney_checkSample(y, 'y');
    const diffs = [];
    for (const a of x)
        for (const b of y)
            diffs.push(a - b);
    return (0,descriptive/* median */.JZ)(diffs);
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

;// CONCATENATED MODULE: ./src/gate/statistics.ts





/**
 * The uncertainty of a change, from per-example samples. Every figure is oriented like Δ: positive means
 * the candidate is better (s = +1 when higher is better, −1 when lower is better).
 * - pairedBootstrap: the same examples scored by both models (paired by `id` when both sides have ids,
 *   else by position); resamples example indices; CI of s·(mean(c) − mean(b));
 * - bootstrap: independent samples, each resampled on its own; same CI;
 * - mannWhitney: independent samples (latencies, live measurements); Hodges-Lehmann shift s·HL(c − b) and
 *   one-sided p-values for "candidate worse" and "candidate better", and `pShift` for the same tests against a
 *   margin (a required improvement needs evidence of a shift beyond it, not only a shift that is not worse).
 * Fewer samples than `minSamples` on a side, or (Mann-Whitney) too few for the test to reach significance at
 * all, is an InconclusiveStatisticsError: the check cannot evaluate, and never passes silently.
 */
const DEFAULT_MIN_SAMPLES = 5;
class StatisticsError extends Error {
}
/** Too little data for the test to decide: the check is inconclusive. */
class InconclusiveStatisticsError extends StatisticsError {
}
function changeStatistics(spec, direction, candidate, baseline, defaultSeed) {
    const s = direction === 'higher' ? 1 : -1;
    const confidence = spec.confidence ?? 0.95;
    const seed = spec.seed ?? defaultSeed;
    const resamples = spec.resamples ?? 2000;
    const minSamples = spec.minSamples ?? DEFAULT_MIN_SAMPLES;
    const alpha = significanceLevel(confidence);
    for (const [side, set] of [['candidate', candidate], ['baseline', baseline]]) {
        const bad = set.values.findIndex((v) => !Number.isFinite(v));
        if (bad >= 0)
            throw new StatisticsError(`${side} sample #${bad + 1} is ${set.values[bad]}: statistics need finite samples`);
    }
    const fewest = Math.min(candidate.values.length, baseline.values.length);
    if (fewest < Math.max(2, minSamples)) {
        throw new InconclusiveStatisticsError(`inconclusive: ${candidate.values.length} candidate and ${baseline.values.length} baseline sample(s), fewer than the ${Math.max(2, minSamples)} per side statistics.minSamples requires${spec.minSamples === undefined ? ` (default ${DEFAULT_MIN_SAMPLES})` : ''}`);
    }
    if (spec.method === 'mannWhitney') {
        const floor = mannWhitneyMinimumPValue(candidate.values.length, baseline.values.length);
        if (!(floor < alpha)) {
            throw new InconclusiveStatisticsError(`inconclusive: with ${candidate.values.length} and ${baseline.values.length} samples the smallest one-sided Mann-Whitney p-value is ${floor.toPrecision(3)}, not below α = ${alpha}: the test cannot detect any change at confidence ${confidence}`);
        }
    }
    const n = { candidate: candidate.values.length, baseline: baseline.values.length };
    if (spec.method === 'twoProportion' || spec.method === 'welch')
        return winnerTest(spec, s, candidate.values, baseline.values, confidence, alpha, n);
    const diff = (x, y) => s * ((0,descriptive/* mean */.i2)(x) - (0,descriptive/* mean */.i2)(y));
    try {
        if (spec.method === 'pairedBootstrap') {
            const [x, y] = pair(candidate, baseline);
            const ci = pairedBootstrapCI(x, y, diff, { iterations: resamples, confidence, seed });
            return { method: spec.method, confidence, alpha, estimate: ci.estimate, lower: ci.lower, upper: ci.upper, resamples, seed, baselineCenter: (0,descriptive/* mean */.i2)(y), n: { ...n, paired: x.length } };
        }
        if (spec.method === 'bootstrap') {
            const ci = bootstrapTwoSampleCI(candidate.values, baseline.values, diff, { iterations: resamples, confidence, seed });
            return { method: spec.method, confidence, alpha, estimate: ci.estimate, lower: ci.lower, upper: ci.upper, resamples, seed, baselineCenter: (0,descriptive/* mean */.i2)(baseline.values), n };
        }
        // Worse for the candidate = lower values when higher is better.
        const lowerTail = mannWhitneyU(candidate.values, baseline.values, { alternative: 'less' }).pValue;
        const upperTail = mannWhitneyU(candidate.values, baseline.values, { alternative: 'greater' }).pValue;
        // Oriented samples (s·value): "better" is always "greater", so a margin on Δ is a margin on the shift.
        const c = candidate.values.map((v) => s * v);
        const b = baseline.values.map((v) => s * v);
        const pShift = (margin, tail) => mannWhitneyShiftTest(c, b, margin, tail === 'above' ? 'greater' : 'less').pValue;
        return {
            method: spec.method,
            confidence,
            alpha,
            pShift,
            estimate: s * hodgesLehmannShift(candidate.values, baseline.values),
            pWorse: s > 0 ? lowerTail : upperTail,
            pBetter: s > 0 ? upperTail : lowerTail,
            baselineCenter: (0,descriptive/* median */.JZ)(baseline.values),
            n,
        };
    }
    catch (err) {
        if (err instanceof RangeError)
            throw new StatisticsError(err.message);
        throw err;
    }
}
/**
 * The A/B winner test on an outcome (src/core/stats/ab-test.ts): two-proportion z-test for 0/1 outcomes,
 * Welch's t-test for continuous ones; the interval of Δ decides the change bounds like a bootstrap's. With a
 * `minimumDetectableEffect`, the sample size per arm for it (at α and `power`) is computed first, and a
 * shorter sample is inconclusive: peeking at a short sample never crowns a winner.
 */
function winnerTest(spec, s, c, b, confidence, alpha, n) {
    const power = spec.power ?? 0.8;
    const mde = spec.minimumDetectableEffect;
    let requiredPerArm;
    let test;
    if (spec.method === 'twoProportion') {
        for (const [side, xs] of [['candidate', c], ['baseline', b]]) {
            const bad = xs.findIndex((x) => x !== 0 && x !== 1);
            if (bad >= 0)
                throw new StatisticsError(`twoProportion needs 0/1 outcomes; ${side} sample #${bad + 1} is ${xs[bad]} (use welch for continuous outcomes)`);
        }
        const x1 = c.reduce((t, x) => t + x, 0);
        const x0 = b.reduce((t, x) => t + x, 0);
        if (mde !== undefined)
            requiredPerArm = sized(() => sampleSizeTwoProportions(spec.baselineRate ?? x0 / b.length, Math.abs(mde), alpha, power));
        test = twoProportionTest(x1, c.length, x0, b.length, confidence);
    }
    else {
        const m1 = moments(c);
        const m0 = moments(b);
        if (mde !== undefined)
            requiredPerArm = sized(() => sampleSizeMeans(spec.standardDeviation ?? Math.sqrt(((m1.n - 1) * m1.variance + (m0.n - 1) * m0.variance) / (m1.n + m0.n - 2)), Math.abs(mde), alpha, power));
        test = welchTest(m1, m0, confidence);
    }
    if (requiredPerArm !== undefined && Math.min(c.length, b.length) < requiredPerArm) {
        throw new InconclusiveStatisticsError(`inconclusive: ${c.length} candidate and ${b.length} baseline outcome(s); detecting a difference of ${mde} at α = ${alpha} with power ${power} needs ${requiredPerArm} per arm (computed up front; the sample is still short)`);
    }
    const [lower, upper] = s > 0 ? [test.lower, test.upper] : [-test.upper, -test.lower];
    return {
        method: spec.method,
        confidence,
        alpha,
        estimate: s * test.difference,
        lower,
        upper,
        pWorse: s > 0 ? test.pLess : test.pGreater,
        pBetter: s > 0 ? test.pGreater : test.pLess,
        statistic: test.statistic,
        ...(test.df !== undefined ? { df: test.df } : {}),
        ...(requiredPerArm !== undefined ? { requiredPerArm } : {}),
        baselineCenter: (0,descriptive/* mean */.i2)(b),
        n,
    };
}
function sized(size) {
    try {
        return size();
    }
    catch (err) {
        throw new StatisticsError(`cannot size the test: ${err.message}`);
    }
}
function moments(xs) {
    const m = (0,descriptive/* mean */.i2)(xs);
    return { n: xs.length, mean: m, variance: xs.reduce((t, x) => t + (x - m) ** 2, 0) / (xs.length - 1) };
}
/** Pairs two models' per-example values: by id when both sides carry ids, else by position. */
function pair(candidate, baseline) {
    if (candidate.ids && baseline.ids) {
        const byId = new Map(baseline.ids.map((id, i) => [id, baseline.values[i]]));
        const x = [];
        const y = [];
        const unmatched = [];
        candidate.ids.forEach((id, i) => {
            const b = byId.get(id);
            if (b === undefined)
                unmatched.push(id);
            else {
                x.push(candidate.values[i]);
                y.push(b);
            }
        });
        if (unmatched.length > 0 || x.length !== baseline.values.length) {
            throw new StatisticsError(`paired samples need the same examples on both sides: ${unmatched.length} candidate id(s) not in the baseline (e.g. ${unmatched.slice(0, 3).join(', ') || '—'}), ${baseline.values.length - x.length} baseline id(s) not in the candidate`);
        }
        return [x, y];
    }
    if (candidate.values.length !== baseline.values.length) {
        throw new StatisticsError(`paired samples differ in length (${candidate.values.length} vs ${baseline.values.length}) and carry no ids to pair them by`);
    }
    return [[...candidate.values], [...baseline.values]];
}

;// CONCATENATED MODULE: ./src/gate/engine.ts


const TOLERANCE = 1e-12;
/** MLflow's fallback for a zero baseline: strictly better by at least this much. */
const STRICT_IMPROVEMENT = 1e-10;
function evaluateGate(gate, inputs, options = {}) {
    const seed = options.seed ?? gate.seed;
    const rows = [];
    gate.checks.forEach((check, index) => rows.push(...evaluateCheck(gate, check, index, inputs, seed)));
    const counts = { pass: 0, fail: 0, warn: 0, skip: 0, error: 0 };
    for (const r of rows)
        counts[r.status]++;
    const { verdict, reason, score } = aggregate(gate, rows);
    return {
        gate: gate.name,
        verdict,
        reason,
        score,
        aggregate: gate.aggregate.mode,
        candidate: inputs.candidate.describe(),
        baseline: inputs.baseline?.describe() ?? null,
        baselineNote: inputs.baseline ? undefined : inputs.baselineNote,
        counts,
        checks: rows,
        seed,
    };
}
function evaluateCheck(gate, check, index, inputs, seed) {
    const out = [];
    const name = check.name ?? check.metric;
    const base = (kind, slice) => ({
        check: name,
        checkIndex: index,
        kind,
        metric: check.metric,
        slice,
        candidate: null,
        baseline: null,
        critical: check.critical === true,
        weight: check.weight ?? 1,
    });
    // The reason names where the policy was set: the check's own onMissingMetric, or the gate's.
    const missingPolicy = check.onMissingMetric !== undefined ? { policy: check.onMissingMetric, setting: `checks[${index}].onMissingMetric` } : { policy: gate.policies.onMissingMetric, setting: 'policies.onMissingMetric' };
    const wantsChange = check.change !== undefined || check.statistics !== undefined;
    for (const target of expandSlices(check, inputs.candidate)) {
        const kinds = [...(check.value ? ['value'] : []), ...(wantsChange ? ['change'] : [])];
        if (target.problem !== undefined) {
            for (const kind of kinds)
                out.push(finish({ ...base(kind, target.label), bound: boundText(kind, check) }, missing(missingPolicy, target.problem)));
            continue;
        }
        if (check.value)
            out.push(valueRow(gate, check, base('value', target.label), inputs.candidate, target.slice, missingPolicy));
        if (wantsChange)
            out.push(changeRow(gate, check, base('change', target.label), inputs, target.slice, missingPolicy, seed));
    }
    if (check.crossSlice)
        out.push(gapRow(gate, check, base('crossSlice', `${check.crossSlice.feature}:*`), inputs, missingPolicy));
    return out;
}
/** `overall`, a feature (each of its slices in the candidate) or `feature:value`. */
function expandSlices(check, candidate) {
    if (!check.slices || check.slices.length === 0)
        return check.value || check.change || check.statistics ? [{ label: 'overall' }] : [];
    const out = [];
    for (const entry of check.slices) {
        if (entry === 'overall') {
            out.push({ label: 'overall' });
            continue;
        }
        const sep = entry.indexOf(':');
        if (sep > 0) {
            const slice = { feature: entry.slice(0, sep), value: entry.slice(sep + 1) };
            out.push({ label: entry, slice });
            continue;
        }
        const values = candidate.sliceValues(entry);
        if (values === undefined || values.length === 0) {
            const probe = candidate.get(check.metric, { feature: entry, value: '' });
            out.push({ label: `${entry}:*`, problem: probe.ok ? `slice feature "${entry}" has no values in the candidate` : probe.reason.replace(/^slice [^ ]+ does not exist/, `slice feature "${entry}" has no values`) });
            continue;
        }
        for (const value of values)
            out.push({ label: `${entry}:${value}`, slice: { feature: entry, value } });
    }
    return out;
}
function finish(row, outcome) {
    return { ...row, status: outcome.status, passed: outcome.status === 'pass', reason: outcome.reason };
}
function missing(rule, reason) {
    const status = rule.policy === 'fail' ? 'fail' : rule.policy === 'warn' ? 'warn' : 'skip';
    return { status, reason: `${reason} (${rule.setting}: ${rule.policy})` };
}
/** Lookup problems and non-finite values, turned into an outcome by policy; undefined when the value is usable. */
function screen(gate, lookup, missingPolicy, side, metric) {
    if (!lookup.ok) {
        if (lookup.kind === 'invalid')
            return { status: 'error', reason: lookup.reason };
        return missing(missingPolicy, side === 'baseline' ? `baseline: ${lookup.reason}` : lookup.reason);
    }
    if (!Number.isFinite(lookup.value)) {
        const p = gate.policies.onNonFinite;
        const status = p === 'fail' ? 'fail' : p === 'warn' ? 'warn' : 'skip';
        return { status, reason: `the ${side} value of ${metric} is ${(0,metrics/* formatNumber */.ZV)(lookup.value)}, not a finite number (policies.onNonFinite: ${p})` };
    }
    return undefined;
}
function valueRow(gate, check, row, candidate, slice, missingPolicy) {
    const bound = boundText('value', check);
    const lookup = candidate.get(check.metric, slice);
    const base = { ...row, bound, candidate: lookup.ok ? json(lookup.value) : null };
    const problem = screen(gate, lookup, missingPolicy, 'candidate', check.metric);
    if (problem)
        return finish(base, problem);
    const c = lookup.value;
    const { min, max } = check.value;
    const where = slice ? ` in slice ${slice.feature}:${slice.value}` : '';
    if (min !== undefined && c < min)
        return finish(base, { status: 'fail', reason: `${check.metric}${where} is ${(0,metrics/* formatNumber */.ZV)(c)}, below the minimum ${(0,metrics/* formatNumber */.ZV)(min)}` });
    if (max !== undefined && c > max)
        return finish(base, { status: 'fail', reason: `${check.metric}${where} is ${(0,metrics/* formatNumber */.ZV)(c)}, above the maximum ${(0,metrics/* formatNumber */.ZV)(max)}` });
    return finish(base, { status: 'pass', reason: `${check.metric}${where} is ${(0,metrics/* formatNumber */.ZV)(c)}, within ${bound.replace('c', check.metric)}` });
}
function bounds(change) {
    const out = [];
    if (!change)
        return out;
    if (change.minAbsolute !== undefined)
        out.push({ key: 'minAbsolute', limit: change.minAbsolute, side: 'min', relative: false });
    if (change.minRelative !== undefined)
        out.push({ key: 'minRelative', limit: change.minRelative, side: 'min', relative: true });
    if (change.maxAbsolute !== undefined)
        out.push({ key: 'maxAbsolute', limit: change.maxAbsolute, side: 'max', relative: false });
    if (change.maxRelative !== undefined)
        out.push({ key: 'maxRelative', limit: change.maxRelative, side: 'max', relative: true });
    return out;
}
function changeRow(gate, check, row, inputs, slice, missingPolicy, seed) {
    const bound = boundText('change', check);
    const c = inputs.candidate.get(check.metric, slice);
    let base = { ...row, bound, candidate: c.ok ? json(c.value) : null };
    const cProblem = screen(gate, c, missingPolicy, 'candidate', check.metric);
    if (cProblem)
        return finish(base, cProblem);
    if (!inputs.baseline) {
        const p = gate.policies.onMissingBaseline;
        const why = `no baseline${inputs.baselineNote ? ` (${inputs.baselineNote})` : ''}`;
        return finish(base, p === 'fail'
            ? { status: 'fail', reason: `${why}: the change of ${check.metric} cannot be checked (policies.onMissingBaseline: fail)` }
            : { status: 'skip', reason: `${why}: change bounds skipped, as on a first run (policies.onMissingBaseline: skip)` });
    }
    const b = inputs.baseline.get(check.metric, slice);
    base = { ...base, baseline: b.ok ? json(b.value) : null };
    const bProblem = screen(gate, b, missingPolicy, 'baseline', check.metric);
    if (bProblem)
        return finish(base, bProblem);
    const cv = c.value;
    const bv = b.value;
    const s = check.direction === 'higher' ? 1 : -1;
    const delta = s * (cv - bv);
    const zero = Math.abs(bv) < gate.policies.zeroEpsilon;
    const rho = zero ? undefined : delta / Math.abs(bv);
    base = { ...base, change: { absolute: json(delta), relative: rho === undefined ? null : json(rho) } };
    const where = slice ? ` in slice ${slice.feature}:${slice.value}` : '';
    const moved = `${check.metric}${where} went from ${(0,metrics/* formatNumber */.ZV)(bv)} to ${(0,metrics/* formatNumber */.ZV)(cv)} (Δ ${signed(delta)}${rho === undefined ? '' : `, ρ ${percent(rho)}`}, ${check.direction} is better)`;
    let stats;
    if (check.statistics) {
        const key = check.statistics.samples ?? check.metric;
        const cs = inputs.candidate.samples(key, slice);
        const bs = inputs.baseline.samples(key, slice);
        if (!cs || !bs) {
            return finish(base, missing(missingPolicy, `statistics need per-example samples "${key}"${where} in both ${cs ? '' : 'the candidate'}${!cs && !bs ? ' and ' : ''}${bs ? '' : 'the baseline'}`.replace('both  and', 'both')));
        }
        try {
            stats = changeStatistics(check.statistics, check.direction, cs, bs, seed);
        }
        catch (err) {
            if (err instanceof StatisticsError)
                return finish(base, { status: 'error', reason: `statistics for ${check.metric}${where}: ${err.message}` });
            throw err;
        }
        base = {
            ...base,
            statistics: {
                method: stats.method,
                confidence: stats.confidence,
                estimate: json(stats.estimate),
                lower: stats.lower === undefined ? undefined : json(stats.lower),
                upper: stats.upper === undefined ? undefined : json(stats.upper),
                pWorse: stats.pWorse === undefined ? undefined : json(stats.pWorse),
                pBetter: stats.pBetter === undefined ? undefined : json(stats.pBetter),
                resamples: stats.resamples,
                seed: stats.seed,
                n: stats.n,
                ...(stats.requiredPerArm !== undefined ? { requiredPerArm: stats.requiredPerArm } : {}),
                decidedOn: check.statistics.decideOn ?? 'bound',
            },
        };
    }
    const decideOnBound = stats !== undefined && (check.statistics?.decideOn ?? 'bound') === 'bound';
    const list = bounds(check.change);
    const notes = [];
    const held = [];
    const violations = [];
    if (stats && !decideOnBound)
        notes.push('decided on the point estimate Δ, the interval is reported only (statistics.decideOn: pointEstimate)');
    if (decideOnBound && stats.method === 'mannWhitney' && list.length === 0) {
        // Mann-Whitney alone: fail on any significant regression.
        const { alpha } = stats;
        if (stats.pWorse < alpha)
            violations.push(`the candidate is significantly worse (Mann-Whitney one-sided p = ${(0,metrics/* formatNumber */.ZV)(stats.pWorse)} < α ${(0,metrics/* formatNumber */.ZV)(alpha)}, shift ${signed(stats.estimate)})`);
        else
            held.push(`no significant regression (Mann-Whitney one-sided p(worse) = ${(0,metrics/* formatNumber */.ZV)(stats.pWorse)} ≥ α ${(0,metrics/* formatNumber */.ZV)(alpha)})`);
    }
    for (const bnd of list) {
        if (bnd.relative && zero) {
            const p = gate.policies.onZeroBaseline;
            const zeroWhy = `the baseline is ${(0,metrics/* formatNumber */.ZV)(bv)} (|b| < zeroEpsilon ${gate.policies.zeroEpsilon}) so ${bnd.key} ${percent(bnd.limit)} is undefined`;
            if (p === 'skip')
                return finish(base, { status: 'skip', reason: `${moved}; ${zeroWhy}: change check skipped (policies.onZeroBaseline: skip)` });
            if (p === 'fail') {
                violations.push(`${zeroWhy}: it cannot be met (policies.onZeroBaseline: fail)`);
                continue;
            }
            if (p === 'absoluteOnly' || bnd.side === 'max') {
                notes.push(`${zeroWhy}: ignored (policies.onZeroBaseline: ${p})`);
                continue;
            }
            // strictImprovement, as MLflow: a relative minimum becomes "strictly better than the baseline".
            const outcome = judgeBound({ key: bnd.key, limit: STRICT_IMPROVEMENT, side: 'min', relative: false }, delta, 1, stats, decideOnBound);
            const replaced = `${zeroWhy}, replaced by a strict improvement Δ ≥ 1e-10 (policies.onZeroBaseline: strictImprovement)`;
            if (outcome.violation)
                violations.push(`${replaced}: ${outcome.violation}`);
            else
                held.push(`${replaced}: ${outcome.held}`);
            continue;
        }
        const outcome = judgeBound(bnd, delta, bv, stats, decideOnBound);
        if (outcome.violation)
            violations.push(outcome.violation);
        else
            held.push(outcome.held);
    }
    if (violations.length === 0 && held.length === 0)
        return finish(base, { status: 'skip', reason: `${moved}; no change bound could be evaluated: ${notes.join('; ')}` });
    const noteText = notes.length ? `; ${notes.join('; ')}` : '';
    const statText = stats ? ` [${statSummary(stats)}]` : '';
    if (violations.length > 0)
        return finish(base, { status: 'fail', reason: `${moved}${statText}: ${violations.join('; ')}${noteText}` });
    return finish(base, { status: 'pass', reason: `${moved}${statText}: ${held.join('; ')}${noteText}` });
}
/**
 * One change bound against Δ, its confidence bound, or (Mann-Whitney) a one-sided test against the bound:
 * a sentence saying why it holds, or why it is violated. A reason never states a bound that was not shown:
 * - bootstrap (decideOn bound): the lower (minimums) or upper (maximums) confidence bound of Δ must clear it;
 * - Mann-Whitney, a positive minimum (a required improvement): holds only when the shift beyond it is
 *   significant (one-sided test of the shifted sample, p(Δ > min) < α); every other bound (a tolerated
 *   regression, a maximum) is violated only when crossing it is significant (p(Δ < min) or p(Δ > max) < α).
 */
function judgeBound(bnd, delta, b, stats, decideOnBound) {
    const symbol = bnd.relative ? 'ρ' : 'Δ';
    const scale = bnd.relative ? Math.abs(b) : 1;
    const show = (x) => (bnd.relative ? percent(x) : signed(x));
    const limitText = bnd.relative ? percent(bnd.limit) : (0,metrics/* formatNumber */.ZV)(bnd.limit);
    const meaning = bnd.side === 'max'
        ? 'a suspiciously large improvement: check for leakage or a changed evaluation set'
        : bnd.limit < 0
            ? `more regression than the ${bnd.relative ? percent(-bnd.limit) : (0,metrics/* formatNumber */.ZV)(-bnd.limit)} tolerated`
            : bnd.limit > 0
                ? `less than the required improvement of ${bnd.relative ? percent(bnd.limit) : (0,metrics/* formatNumber */.ZV)(bnd.limit)}`
                : 'a regression';
    if (stats && decideOnBound && stats.method === 'mannWhitney') {
        const alpha = (0,metrics/* formatNumber */.ZV)(stats.alpha);
        const x = stats.estimate / scale;
        const margin = bnd.limit * scale;
        if (bnd.side === 'min' && bnd.limit > 0) {
            const p = stats.pShift(margin, 'above');
            if (p < stats.alpha && !below(x, bnd.limit))
                return { held: `${bnd.key}: shift ${symbol} ${show(x)} > ${limitText} is significant (one-sided p(${symbol} > ${limitText}) = ${(0,metrics/* formatNumber */.ZV)(p)} < α ${alpha})` };
            return { violation: `${bnd.key}: no evidence of the required improvement: shift ${symbol} ${show(x)}, one-sided p(${symbol} > ${limitText}) = ${(0,metrics/* formatNumber */.ZV)(p)} ≥ α ${alpha}: ${meaning}` };
        }
        const tail = bnd.side === 'min' ? 'below' : 'above';
        const op = bnd.side === 'min' ? '<' : '>';
        const p = stats.pShift(margin, tail);
        const beyond = bnd.side === 'min' ? below(x, bnd.limit) : above(x, bnd.limit);
        const pText = `one-sided p(${symbol} ${op} ${limitText}) = ${(0,metrics/* formatNumber */.ZV)(p)}`;
        if (beyond && p < stats.alpha)
            return { violation: `${bnd.key}: shift ${symbol} ${show(x)} ${op} ${limitText} and significant (${pText} < α ${alpha}): ${meaning}` };
        if (!beyond)
            return { held: `${bnd.key}: shift ${symbol} ${show(x)} ${bnd.side === 'min' ? '≥' : '≤'} ${limitText} (${pText})` };
        return { held: `${bnd.key}: shift ${symbol} ${show(x)} ${op} ${limitText}, but not significantly (${pText} ≥ α ${alpha}): no evidence to fail on` };
    }
    let x = delta;
    let label = symbol;
    if (stats && decideOnBound) {
        x = bnd.side === 'min' ? stats.lower : stats.upper;
        label = `${symbol} ${bnd.side === 'min' ? 'lower' : 'upper'} ${Math.round(stats.confidence * 100)}% bound`;
    }
    const value = x / scale;
    if (bnd.side === 'min' && below(value, bnd.limit))
        return { violation: `${bnd.key}: ${label} ${show(value)} < ${limitText}: ${meaning}` };
    if (bnd.side === 'max' && above(value, bnd.limit))
        return { violation: `${bnd.key}: ${label} ${show(value)} > ${limitText}: ${meaning}` };
    return { held: `${label} ${show(value)} ${bnd.side === 'min' ? '≥' : '≤'} ${limitText} holds` };
}
/** x < limit beyond rounding noise (1e-12 relative to the numbers involved, at least 1e-12 absolute). */
function below(x, limit) {
    return x < limit - TOLERANCE * Math.max(1, Math.abs(limit), Math.abs(x));
}
function above(x, limit) {
    return x > limit + TOLERANCE * Math.max(1, Math.abs(limit), Math.abs(x));
}
function gapRow(gate, check, row, inputs, missingPolicy) {
    const spec = check.crossSlice;
    const bound = `gap ≤ ${(0,metrics/* formatNumber */.ZV)(spec.maxGap)}`;
    const base = { ...row, bound };
    const values = spec.values ?? inputs.candidate.sliceValues(spec.feature);
    if (values === undefined) {
        const probe = inputs.candidate.get(check.metric, { feature: spec.feature, value: '' });
        return finish(base, missing(missingPolicy, probe.ok ? `slice feature "${spec.feature}" does not exist` : probe.reason));
    }
    const gap = (set, side) => {
        let hi;
        let lo;
        for (const v of values) {
            const lookup = set.get(check.metric, { feature: spec.feature, value: v });
            const problem = screen(gate, lookup, missingPolicy, side, `${check.metric} (slice ${spec.feature}:${v})`);
            if (problem)
                return { ok: false, outcome: problem };
            const x = lookup.value;
            if (!hi || x > hi[1])
                hi = [v, x];
            if (!lo || x < lo[1])
                lo = [v, x];
        }
        return { ok: true, gap: hi[1] - lo[1], hi: hi, lo: lo };
    };
    if (values.length < 2)
        return finish(base, { status: 'error', reason: `a cross-slice gap needs at least two slices of "${spec.feature}", found ${values.length}` });
    const c = gap(inputs.candidate, 'candidate');
    if (!c.ok)
        return finish(base, c.outcome);
    const b = inputs.baseline ? gap(inputs.baseline, 'baseline') : undefined;
    const withBaseline = { ...base, candidate: json(c.gap), baseline: b?.ok ? json(b.gap) : null };
    const text = `${check.metric} across ${spec.feature} ranges from ${(0,metrics/* formatNumber */.ZV)(c.lo[1])} (${c.lo[0]}) to ${(0,metrics/* formatNumber */.ZV)(c.hi[1])} (${c.hi[0]}): gap ${(0,metrics/* formatNumber */.ZV)(c.gap)}${b?.ok ? ` (baseline gap ${(0,metrics/* formatNumber */.ZV)(b.gap)})` : ''}`;
    if (above(c.gap, spec.maxGap))
        return finish(withBaseline, { status: 'fail', reason: `${text} > ${(0,metrics/* formatNumber */.ZV)(spec.maxGap)} allowed` });
    return finish(withBaseline, { status: 'pass', reason: `${text} ≤ ${(0,metrics/* formatNumber */.ZV)(spec.maxGap)}` });
}
function aggregate(gate, rows) {
    const label = (r) => `${r.check}${r.slice === 'overall' ? '' : ` [${r.slice}]`} (${r.kind})`;
    const failed = rows.filter((r) => r.status === 'fail');
    const errors = rows.filter((r) => r.status === 'error');
    const criticalFailed = failed.filter((r) => r.critical);
    const passed = rows.filter((r) => r.status === 'pass');
    const list = (rs) => rs.slice(0, 5).map(label).join(', ') + (rs.length > 5 ? ` and ${rs.length - 5} more` : '');
    if (criticalFailed.length > 0)
        return { verdict: 'fail', reason: `critical check failed: ${list(criticalFailed)}`, score: gate.aggregate.mode === 'score' ? 0 : undefined };
    if (gate.aggregate.mode === 'all') {
        if (failed.length > 0)
            return { verdict: 'fail', reason: `${failed.length} of ${rows.length} check(s) failed: ${list(failed)}` };
        if (errors.length > 0)
            return { verdict: 'inconclusive', reason: `${errors.length} check(s) could not be evaluated: ${list(errors)}` };
        if (passed.length === 0)
            return { verdict: 'inconclusive', reason: rows.length === 0 ? 'the gate has no checks to evaluate' : 'no check was evaluated (all skipped or warned): a gate that evaluated nothing never passes' };
        const others = rows.length - passed.length;
        return { verdict: 'pass', reason: `all ${passed.length} evaluated check(s) passed${others ? ` (${others} skipped or warned)` : ''}` };
    }
    // Weighted score over configured checks: a check passes when all its rows pass (warn/skip rows ignored).
    const byCheck = new Map();
    for (const r of rows)
        byCheck.set(r.checkIndex, [...(byCheck.get(r.checkIndex) ?? []), r]);
    let total = 0;
    let earned = 0;
    for (const rs of byCheck.values()) {
        const statuses = new Set(rs.map((r) => r.status));
        if (!statuses.has('pass') && !statuses.has('fail') && !statuses.has('error'))
            continue;
        const w = rs[0].weight;
        total += w;
        if (!statuses.has('fail') && !statuses.has('error'))
            earned += w;
    }
    if (total === 0)
        return { verdict: 'inconclusive', reason: 'no check was evaluated (all skipped or warned): a gate that evaluated nothing never passes' };
    const score = Math.round((10000 * earned) / total) / 100;
    const { pass, marginal, onMarginal } = gate.aggregate;
    const failing = failed.length ? `; failing: ${list(failed)}` : '';
    if (errors.length > 0)
        return { verdict: 'inconclusive', reason: `score ${score}, but ${errors.length} check(s) could not be evaluated: ${list(errors)}`, score };
    if (score >= pass)
        return { verdict: 'pass', reason: `score ${score} ≥ pass ${pass}${failing}`, score };
    if (score >= marginal) {
        const verdict = onMarginal === 'pass' ? 'pass' : onMarginal === 'fail' ? 'fail' : 'inconclusive';
        return { verdict, reason: `score ${score} is marginal (${marginal} ≤ score < ${pass}; aggregate.onMarginal: ${onMarginal})${failing}`, score };
    }
    return { verdict: 'fail', reason: `score ${score} < marginal ${marginal}${failing}`, score };
}
/** The configured bounds of a row kind, as a formula. */
function boundText(kind, check) {
    if (kind === 'value') {
        const { min, max } = check.value ?? {};
        if (min !== undefined && max !== undefined)
            return `${(0,metrics/* formatNumber */.ZV)(min)} ≤ c ≤ ${(0,metrics/* formatNumber */.ZV)(max)}`;
        if (min !== undefined)
            return `c ≥ ${(0,metrics/* formatNumber */.ZV)(min)}`;
        if (max !== undefined)
            return `c ≤ ${(0,metrics/* formatNumber */.ZV)(max)}`;
        return 'c finite';
    }
    if (kind === 'crossSlice')
        return `gap ≤ ${(0,metrics/* formatNumber */.ZV)(check.crossSlice?.maxGap)}`;
    const parts = bounds(check.change).map((b) => `${b.relative ? 'ρ' : 'Δ'} ${b.side === 'min' ? '≥' : '≤'} ${b.relative ? percent(b.limit) : (0,metrics/* formatNumber */.ZV)(b.limit)}`);
    const stats = check.statistics ? ` (${check.statistics.method}, ${Math.round((check.statistics.confidence ?? 0.95) * 100)}%)` : '';
    return `${parts.length ? parts.join(', ') : 'no significant regression'}${stats}`;
}
function statSummary(s) {
    const pct = `${Math.round(s.confidence * 100)}%`;
    if (s.method === 'twoProportion' || s.method === 'welch') {
        const name = s.method === 'welch' ? `Welch t = ${(0,metrics/* formatNumber */.ZV)(s.statistic)} (df ${(0,metrics/* formatNumber */.ZV)(s.df)})` : `two-proportion z = ${(0,metrics/* formatNumber */.ZV)(s.statistic)}`;
        return `${name}, p(worse) = ${(0,metrics/* formatNumber */.ZV)(s.pWorse)}, p(better) = ${(0,metrics/* formatNumber */.ZV)(s.pBetter)}, ${pct} CI of Δ [${signed(s.lower)}, ${signed(s.upper)}], n = ${s.n.candidate}/${s.n.baseline}${s.requiredPerArm !== undefined ? ` (${s.requiredPerArm} per arm required)` : ''}`;
    }
    if (s.method === 'mannWhitney')
        return `Mann-Whitney: shift ${signed(s.estimate)}, p(worse) = ${(0,metrics/* formatNumber */.ZV)(s.pWorse)}, p(better) = ${(0,metrics/* formatNumber */.ZV)(s.pBetter)}, n = ${s.n.candidate}/${s.n.baseline}`;
    return `${s.method === 'pairedBootstrap' ? 'paired bootstrap' : 'bootstrap'} ${pct} CI of Δ [${signed(s.lower)}, ${signed(s.upper)}], ${s.resamples} resamples, seed ${s.seed}, n = ${s.n.paired ?? `${s.n.candidate}/${s.n.baseline}`}`;
}
function json(v) {
    if (Number.isNaN(v))
        return 'NaN';
    if (v === Infinity)
        return 'Infinity';
    if (v === -Infinity)
        return '-Infinity';
    return v;
}
function signed(v) {
    const t = (0,metrics/* formatNumber */.ZV)(v);
    return v > 0 ? `+${t}` : t;
}
function percent(v) {
    const t = `${(0,metrics/* formatNumber */.ZV)(Number((v * 100).toPrecision(6)))}%`;
    return v > 0 ? `+${t}` : t;
}

;// CONCATENATED MODULE: ./src/gate/run.ts









function exitCodeFor(verdict) {
    return verdict === 'pass' ? errors/* ExitCode */.yU.Pass : verdict === 'fail' ? errors/* ExitCode */.yU.Failed : errors/* ExitCode */.yU.Inconclusive;
}
/** Worst verdict first: any fail fails, else any inconclusive is inconclusive. */
function combineVerdicts(verdicts) {
    if (verdicts.includes('fail'))
        return 'fail';
    if (verdicts.includes('inconclusive') || verdicts.length === 0)
        return 'inconclusive';
    return 'pass';
}
async function runGate(loaded, name, overrides = {}) {
    const gates = (loaded.config.gates ?? {});
    const names = Object.keys(gates);
    if (names.length === 0) {
        throw new errors/* ModelshipError */.W7(`${loaded.file} has no gates`, { location: loaded.locate([]), hint: 'add a `gates:` section (see docs/gate.md)' });
    }
    if (name !== undefined && !Object.hasOwn(gates, name)) {
        throw new errors/* ModelshipError */.W7(`unknown gate "${name}" in ${loaded.file}`, { hint: (0,core_text/* didYouMean */.au)(name, names) ?? `configured gates: ${names.join(', ')}` });
    }
    const results = [];
    // One git for every baseline read at a ref in this run (a monorepo has a gate per model), not a few per file.
    const refs = new git/* FileAtRefReader */.IX();
    try {
        // Gates are independent and mostly wait on files and git: four at a time, reported (and failing) in order.
        const selected = name === undefined ? names : [name];
        results.push(...valuesInOrder(await mapLimit(selected, 4, (gate) => runOne(loaded, gate, gates[gate], overrides, refs))));
    }
    finally {
        refs.close();
    }
    const verdict = combineVerdicts(results.map((r) => r.verdict));
    return {
        verdict,
        exitCode: exitCodeFor(verdict),
        checks: results.flatMap((r) => r.checks.map((c) => ({ gate: r.gate, ...c }))),
        gates: results,
    };
}
async function runOne(loaded, name, spec, overrides, refs) {
    checkSemantics(loaded, name, spec);
    const config = gateConfig(name, spec);
    const keyPath = ['gates', name];
    // Paths from modelship.yml must stay inside the project; paths given on the command line or as action
    // inputs come from the person running the gate and may point anywhere (e.g. a downloaded artifact).
    const ctxFor = (key, ref, trusted) => ({
        root: loaded.root,
        ref,
        fetch: overrides.fetch,
        measurement: overrides.measurement,
        refs,
        resolvePath: (rel) => (trusted ? external_node_path_default().resolve(loaded.root, rel) : loaded.resolvePath(rel, [...keyPath, key])),
    });
    const args = overrides.args ?? {};
    const candidateSpec = withKey(() => (0,metrics/* withArguments */.$I)(overrides.candidate ?? spec.candidate ?? modelMetrics(loaded, name, spec), args, `gate "${name}" candidate`), loaded, [...keyPath, 'candidate'], undefined);
    const inconclusive = (reason, candidate, baseline) => ({
        gate: name,
        verdict: 'inconclusive',
        reason,
        aggregate: config.aggregate.mode,
        candidate,
        baseline,
        counts: { pass: 0, fail: 0, warn: 0, skip: 0, error: 0 },
        checks: [],
        seed: overrides.seed ?? config.seed,
    });
    const candidateCtx = ctxFor('candidate', undefined, overrides.candidate !== undefined);
    const bound = overrides.candidate === undefined ? overrides.candidateVersion : undefined;
    const candidateArgument = overrides.candidate !== undefined ? overrides.arguments?.candidate : undefined;
    const candidateSource = withKey(() => (bound ? bound.source(candidateSpec, candidateCtx, name) : (0,metrics/* createMetricSource */.QB)(candidateSpec, candidateCtx)), loaded, [...keyPath, 'candidate'], candidateArgument);
    let candidate;
    try {
        candidate = await candidateSource.read();
    }
    catch (err) {
        if (err instanceof metrics/* MetricSourceError */.ux && err.kind === 'unavailable')
            return inconclusive(`the candidate metrics could not be read: ${err.message}`, candidateSource.describe(), null);
        throw fromArgument(err, candidateArgument);
    }
    let baseline;
    let baselineNote;
    const rawBaseline = overrides.baseline ?? spec.baseline ?? (overrides.baselineRef ? candidateSpec : undefined);
    let baselineSpec;
    try {
        baselineSpec = rawBaseline === undefined || (0,config_issues/* isLive */.D)(rawBaseline) ? rawBaseline : withKey(() => (0,metrics/* withArguments */.$I)(rawBaseline, args, `gate "${name}" baseline`), loaded, [...keyPath, 'baseline'], undefined);
    }
    catch (err) {
        // {{stable}} on a first deploy: there is no baseline, and the gate's onMissingBaseline policy decides.
        if (!(err instanceof metrics/* PlaceholderWithoutValue */.Lo || err.cause instanceof metrics/* PlaceholderWithoutValue */.Lo))
            throw err;
        baselineSpec = undefined;
    }
    if (baselineSpec === undefined) {
        baselineNote = rawBaseline === undefined ? `gate "${name}" configures no baseline` : `gate "${name}": nothing is live to compare with (no stable version)`;
    }
    else if ((0,config_issues/* isLive */.D)(baselineSpec)) {
        const { environment, model = spec.model } = baselineSpec.live;
        if (!model)
            throw new errors/* ModelshipError */.W7(`gate "${name}": a live baseline needs a model (baseline.live.model or the gate's model)`, { location: loaded.locate([...keyPath, 'baseline']) });
        if (!overrides.live) {
            throw new errors/* ModelshipError */.W7(`gate "${name}": the baseline is the version live in "${environment}", but no deployment state is available here`, {
                location: loaded.locate([...keyPath, 'baseline']),
                hint: 'pass --baseline FILE (or FILE@REF) instead; `modelship gate`, the gate action and deploys read the deployment state themselves',
            });
        }
        baseline = await overrides.live.metricsForLiveVersion(environment, model);
        if (!baseline)
            baselineNote = `no version of ${model} is live in ${environment} yet`;
    }
    else {
        // Named in errors: the argument that gave the baseline, else the one that gave its ref.
        const baselineArgument = overrides.baseline !== undefined ? overrides.arguments?.baseline : overrides.baselineRef !== undefined ? overrides.arguments?.baselineRef : undefined;
        const source = withKey(() => (0,metrics/* createMetricSource */.QB)(baselineSpec, ctxFor('baseline', overrides.baselineRef, overrides.baseline !== undefined || (spec.baseline === undefined && overrides.candidate !== undefined))), loaded, [...keyPath, 'baseline'], baselineArgument);
        try {
            baseline = await source.read();
        }
        catch (err) {
            if (err instanceof metrics/* SourceNotFoundError */.H4)
                baselineNote = err.message;
            else if (err instanceof metrics/* MetricSourceError */.ux && err.kind === 'unavailable')
                return inconclusive(`the baseline metrics could not be read: ${err.message}`, candidate.describe(), source.describe());
            else
                throw fromArgument(err, baselineArgument);
        }
    }
    const result = evaluateGate(config, { candidate, baseline, baselineNote }, { seed: overrides.seed });
    for (const row of result.checks) {
        const check = spec.checks[row.checkIndex];
        const key = row.kind === 'change' && check.change === undefined ? 'statistics' : row.kind;
        const loc = loaded.locate([...keyPath, 'checks', row.checkIndex, key]);
        row.location = { file: loc.file, line: loc.line, column: loc.column };
    }
    return result;
}
function modelMetrics(loaded, name, spec) {
    if (spec.model !== undefined) {
        const model = loaded.config.models[spec.model];
        if (!model) {
            throw new errors/* ModelshipError */.W7(`gate "${name}" names model "${spec.model}", which is not configured`, {
                location: loaded.locate(['gates', name, 'model']),
                hint: (0,core_text/* didYouMean */.au)(spec.model, Object.keys(loaded.config.models)) ?? `models: ${Object.keys(loaded.config.models).join(', ')}`,
            });
        }
        if (model.metrics)
            return model.metrics;
        throw new errors/* ModelshipError */.W7(`gate "${name}": model "${spec.model}" has no metrics file`, { location: loaded.locate(['models', spec.model]), hint: 'set models.<name>.metrics, or candidate: on the gate' });
    }
    throw new errors/* ModelshipError */.W7(`gate "${name}" has no candidate metrics`, { location: loaded.locate(['gates', name]), hint: 'set candidate: (a metrics file or source), model:, or pass --candidate' });
}
/** Source-spec errors point at the key in modelship.yml they came from, or name the argument that gave the source. */
function withKey(make, loaded, keyPath, argument) {
    try {
        return make();
    }
    catch (err) {
        if (argument !== undefined)
            throw fromArgument(err, argument);
        if (err instanceof errors/* ModelshipError */.W7 && !err.location)
            throw new errors/* ModelshipError */.W7(err.message, { exitCode: err.exitCode, hint: err.hint, location: loaded.locate(keyPath), cause: err });
        throw err;
    }
}
/** An error of a source given on the command line (or as an action input), prefixed with that argument. */
function fromArgument(err, argument) {
    if (argument === undefined || !(err instanceof errors/* ModelshipError */.W7))
        return err;
    const splitHint = /@/.test(argument) ? 'FILE@REF splits at the first "@" after a path that exists (tags such as iris@v1.0.0 keep theirs); or give the ref alone with --baseline-ref (input baseline-ref)' : undefined;
    return new errors/* ModelshipError */.W7(`${argument}: ${err.message}`, { exitCode: err.exitCode, hint: [err.hint, splitHint].filter(Boolean).join('; ') || undefined, cause: err });
}
function checkSemantics(loaded, name, spec) {
    const issues = (0,config_issues.gateConfigIssues)(loaded, name, spec);
    if (issues.length > 0)
        throw new errors/* ConfigError */.xL(issues);
}


/***/ })

};
