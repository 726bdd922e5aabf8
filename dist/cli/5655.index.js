export const id = 5655;
export const ids = [5655];
export const modules = {

/***/ 55655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CORRECTIONS: () => (/* binding */ CORRECTIONS),
  DEFAULT_THRESHOLDS: () => (/* binding */ DEFAULT_THRESHOLDS),
  METHODS: () => (/* binding */ METHODS),
  computeDrift: () => (/* binding */ computeDrift),
  defaultMethod: () => (/* binding */ defaultMethod),
  kllRankError: () => (/* binding */ kllRankError)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/stats/normal.ts
var normal = __webpack_require__(27300);
;// CONCATENATED MODULE: ./src/monitor/statistics.ts

function total(s) {
    let t = 0;
    for (let i = 0; i < s.weights.length; i++)
        t += s.weights[i];
    return t;
}
/** Walks both samples' empirical CDFs at every distinct value: f(x, Fa(x), Fb(x), next x). */
function walkCdfs(a, b, visit) {
    const ta = total(a);
    const tb = total(b);
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    while (i < a.values.length || j < b.values.length) {
        const x = Math.min(i < a.values.length ? a.values[i] : Infinity, j < b.values.length ? b.values[j] : Infinity);
        while (i < a.values.length && a.values[i] === x)
            ca += a.weights[i++];
        while (j < b.values.length && b.values[j] === x)
            cb += b.weights[j++];
        const next = Math.min(i < a.values.length ? a.values[i] : Infinity, j < b.values.length ? b.values[j] : Infinity);
        visit(x, ca / ta, cb / tb, next);
    }
}
/** The two-sample Kolmogorov-Smirnov statistic: sup |Fa - Fb| (scipy.stats.ks_2samp's `statistic`). */
function ksStatistic(a, b) {
    let d = 0;
    walkCdfs(a, b, (_x, fa, fb) => {
        d = Math.max(d, Math.abs(fa - fb));
    });
    return d;
}
/**
 * The two-sided p-value of a KS statistic for samples of n and m values, as SciPy's ks_2samp(method='asymp')
 * defines it: the one-sample Kolmogorov distribution at N = round(nm/(n+m)), P(D_N >= d). Computed exactly
 * (Marsaglia, Tsang and Wang 2003) while the matrix it needs is small (N d < MTW_LIMIT, which covers every
 * p-value above about 0.002 for N <= 1000, Evidently's KS range) and N <= 100000; past that, Kolmogorov's limit
 * with Stephens' correction Q((sqrt(N) + 0.12 + 0.11/sqrt(N)) d), within 1e-4 of SciPy there (measured on a
 * grid, test/monitor/statistics.test.ts).
 */
function ksPValue(d, n, m) {
    if (n === 0 || m === 0)
        return Number.NaN;
    if (d <= 0)
        return 1;
    const en = Math.round((n * m) / (n + m));
    if (en >= 1 && en <= MTW_MAX_N && en * d < MTW_LIMIT)
        return Math.min(1, Math.max(0, 1 - kolmogorovCdfExact(en, d)));
    const s = Math.sqrt(en);
    return kolmogorovSf((s + 0.12 + 0.11 / s) * d);
}
const MTW_LIMIT = 60;
/** Past this N the exact method's O(N) scaling loop costs more than it brings: Stephens is within 1e-4 there. */
const MTW_MAX_N = 100_000;
/** P(D_n < d), Marsaglia, Tsang and Wang, "Evaluating Kolmogorov's distribution" (J. Stat. Softw. 8(18), 2003). */
function kolmogorovCdfExact(n, d) {
    const k = Math.floor(n * d) + 1;
    const size = 2 * k - 1;
    const h = k - n * d;
    const H = new Float64Array(size * size);
    for (let i = 0; i < size; i++)
        for (let j = 0; j < size; j++)
            H[i * size + j] = i - j + 1 < 0 ? 0 : 1;
    for (let i = 0; i < size; i++) {
        H[i * size] -= h ** (i + 1);
        H[(size - 1) * size + i] -= h ** (size - i);
    }
    H[(size - 1) * size] += 2 * h - 1 > 0 ? (2 * h - 1) ** size : 0;
    for (let i = 0; i < size; i++) {
        for (let j = 0; j < size; j++) {
            if (i - j + 1 > 0)
                for (let g = 1; g <= i - j + 1; g++)
                    H[i * size + j] /= g;
        }
    }
    const { matrix, exponent } = matrixPower(H, 0, size, n);
    let s = matrix[(k - 1) * size + k - 1];
    let e = exponent;
    for (let i = 1; i <= n; i++) {
        s = (s * i) / n;
        if (s < 1e-140) {
            s *= 1e140;
            e -= 140;
        }
    }
    return s * 10 ** e;
}
/** A^p with a decimal exponent carried beside the matrix so the entries never overflow. */
function matrixPower(a, ea, size, p) {
    if (p === 1)
        return { matrix: a, exponent: ea };
    const half = matrixPower(a, ea, size, Math.floor(p / 2));
    let v = multiply(half.matrix, half.matrix, size);
    let ev = 2 * half.exponent;
    if (p % 2 === 1) {
        v = multiply(a, v, size);
        ev += ea;
    }
    if (v[Math.floor(size / 2) * size + Math.floor(size / 2)] > 1e140) {
        for (let i = 0; i < v.length; i++)
            v[i] *= 1e-140;
        ev += 140;
    }
    return { matrix: v, exponent: ev };
}
function multiply(a, b, size) {
    const c = new Float64Array(size * size);
    for (let i = 0; i < size; i++) {
        for (let k = 0; k < size; k++) {
            const aik = a[i * size + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < size; j++)
                c[i * size + j] += aik * b[k * size + j];
        }
    }
    return c;
}
/** Q_KS(λ) = 2 Σ (-1)^(j-1) exp(-2 j² λ²), the survival function of Kolmogorov's distribution. */
function kolmogorovSf(lambda) {
    if (lambda < 0.2)
        return 1;
    let sum = 0;
    let sign = 1;
    for (let j = 1; j <= 100; j++) {
        const term = sign * Math.exp(-2 * j * j * lambda * lambda);
        sum += term;
        if (Math.abs(term) < 1e-16 * Math.abs(sum))
            break;
        sign = -sign;
    }
    return Math.min(1, Math.max(0, 2 * sum));
}
/** The first Wasserstein distance: ∫ |Fa - Fb| dx (scipy.stats.wasserstein_distance with weights). */
function wasserstein(a, b) {
    let w = 0;
    walkCdfs(a, b, (x, fa, fb, next) => {
        if (next !== Infinity)
            w += Math.abs(fa - fb) * (next - x);
    });
    return w;
}
/** The bin edges numpy's histogram_bin_edges(bins='sturges') gives for n values spanning [lo, hi]. */
function sturgesEdges(lo, hi, n) {
    if (!(hi > lo))
        return [lo - 0.5, hi + 0.5];
    const width = (hi - lo) / (Math.log2(n) + 1);
    const bins = Math.max(1, Math.ceil((hi - lo) / width));
    const edges = [];
    // numpy.linspace: lo + i * step, last edge exactly hi.
    for (let i = 0; i <= bins; i++)
        edges.push(i === bins ? hi : lo + (i * (hi - lo)) / bins);
    return edges;
}
/** Counts per bin as numpy.histogram does (bins half-open [e_i, e_i+1), the last closed), divided by the total. */
function binShares(s, edges) {
    const counts = new Array(edges.length - 1).fill(0);
    const t = total(s);
    const last = edges.length - 2;
    let bin = 0;
    for (let i = 0; i < s.values.length; i++) {
        const x = s.values[i];
        if (x < edges[0] || x > edges[last + 1])
            continue;
        while (bin < last && x >= edges[bin + 1])
            bin++;
        counts[bin] += s.weights[i];
    }
    return counts.map((c) => c / t);
}
/**
 * Evidently's treatment of empty bins before PSI and Jensen-Shannon: zero shares become 0.0001, or a
 * millionth of the smallest share when that is already at most 0.0001.
 */
function fillZeroes(shares) {
    const positive = shares.filter((p) => p > 0);
    if (positive.length === 0)
        return shares;
    const smallest = Math.min(...positive);
    const fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
    return shares.map((p) => (p === 0 ? fill : p));
}
/** Population stability index: Σ (ref - cur) ln(ref / cur), on shares with no zero. */
function psi(reference, current) {
    let s = 0;
    for (let i = 0; i < reference.length; i++)
        s += (reference[i] - current[i]) * Math.log(reference[i] / current[i]);
    return s;
}
/** Jensen-Shannon distance, natural log (scipy.spatial.distance.jensenshannon): both vectors normalised first. */
function jensenShannon(p, q) {
    const sp = p.reduce((a, b) => a + b, 0);
    const sq = q.reduce((a, b) => a + b, 0);
    let js = 0;
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] / sp;
        const qi = q[i] / sq;
        const mi = (pi + qi) / 2;
        if (pi > 0)
            js += pi * Math.log(pi / mi);
        if (qi > 0)
            js += qi * Math.log(qi / mi);
    }
    return Math.sqrt(Math.max(0, js / 2));
}
/**
 * Pearson's chi-square test of independence on the 2 x K table of reference and current counts
 * (scipy.stats.chi2_contingency with its default Yates correction, which applies when K = 2).
 * Categories empty in both samples must be left out by the caller.
 */
function chiSquare(reference, current) {
    const k = reference.length;
    const nr = reference.reduce((a, b) => a + b, 0);
    const nc = current.reduce((a, b) => a + b, 0);
    const n = nr + nc;
    const dof = k - 1;
    if (dof < 1)
        return { statistic: 0, pvalue: 1, dof: 0 };
    let statistic = 0;
    for (let i = 0; i < k; i++) {
        const col = reference[i] + current[i];
        for (const [observed, rowTotal] of [[reference[i], nr], [current[i], nc]]) {
            const expected = (rowTotal * col) / n;
            let diff = Math.abs(observed - expected);
            if (dof === 1)
                diff = Math.max(0, diff - Math.min(0.5, diff));
            statistic += (diff * diff) / expected;
        }
    }
    return { statistic, pvalue: chiSquareSf(statistic, dof), dof };
}
/** P(X > x) for X ~ chi-square with `dof` degrees of freedom: the regularised upper incomplete gamma Q(dof/2, x/2). */
function chiSquareSf(x, dof) {
    if (x <= 0)
        return 1;
    return gammaQ(dof / 2, x / 2);
}
/**
 * Evidently's Z-test for a feature with two values: the pooled two-proportion z statistic on the share of
 * one value (the first in sort order), two-sided p-value.
 */
function proportionZTest(refHits, refTotal, curHits, curTotal) {
    const p1 = refHits / refTotal;
    const p2 = curHits / curTotal;
    const pooled = (refHits + curHits) / (refTotal + curTotal);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / refTotal + 1 / curTotal));
    if (se === 0)
        return p1 === p2 ? 1 : 0;
    return 2 * (0,normal/* normalSf */.nG)(Math.abs((p1 - p2) / se));
}
/** ln Γ(x), Lanczos (g = 7, n = 9), relative error ~1e-15. */
function lnGamma(x) {
    const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    x -= 1;
    let a = c[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/** Regularised upper incomplete gamma Q(a, x): series below a+1, Lentz's continued fraction above (Numerical Recipes 6.2). */
function gammaQ(a, x) {
    const gln = lnGamma(a);
    if (x < a + 1) {
        let ap = a;
        let sum = 1 / a;
        let del = sum;
        for (let i = 0; i < 1000; i++) {
            ap++;
            del *= x / ap;
            sum += del;
            if (Math.abs(del) < Math.abs(sum) * 1e-16)
                break;
        }
        return Math.max(0, 1 - sum * Math.exp(-x + a * Math.log(x) - gln));
    }
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 1000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < 1e-16)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - gln) * h;
}

;// CONCATENATED MODULE: ./src/monitor/drift.ts


/**
 * Drift between a reference profile and a current one, feature by feature, with Evidently's default
 * method per feature type and size (docs/monitor.md has the table), thresholds per feature, a
 * multiple-testing correction over the p-value tests, and dataset drift when the share of drifted
 * features reaches a bound.
 */
const METHODS = ['ks', 'wasserstein', 'psi', 'jensenshannon', 'chisquare', 'z'];
const CORRECTIONS = ['none', 'bonferroni', 'bh'];
const P_VALUE_METHODS = new Set(['ks', 'chisquare', 'z']);
/** Evidently's default thresholds: p-value tests at 0.05, distances at 0.1. */
const DEFAULT_THRESHOLDS = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, psi: 0.1, jensenshannon: 0.1 };
/** Evidently: "small" data is at most this many reference values. */
const SMALL_REFERENCE = 1000;
/** The normalised rank error of a KLL sketch of this k (DataSketches' double-sided figure, 99% confidence). */
function kllRankError(k) {
    return 2.446 / k ** 0.9433;
}
function computeDrift(reference, current, options = {}) {
    const driftShare = options.driftShare ?? 0.5;
    if (!(driftShare > 0 && driftShare <= 1))
        throw new errors.ModelshipError(`drift share must be in (0, 1], got ${driftShare}`);
    const correction = options.correction ?? 'bh';
    for (const [name, rule] of Object.entries(options.features ?? {})) {
        if (!reference.inputs.has(name) && !reference.outputs.has(name)) {
            throw new errors.ModelshipError(`drift rule for feature "${name}": the reference has no such feature`, { hint: `features: ${[...reference.inputs.keys(), ...reference.outputs.keys()].join(', ')}` });
        }
        checkRule(rule, `feature "${name}"`);
    }
    checkRule({ method: options.method, threshold: options.threshold }, 'the default rule');
    const features = [];
    const summaries = { input: { drifted: 0, tested: 0 }, output: { drifted: 0, tested: 0 } };
    for (const [side, key] of [['input', 'inputs'], ['output', 'outputs']]) {
        const results = [];
        for (const [name, ref] of reference[key]) {
            const cur = current[key].get(name);
            const rule = { method: options.method, threshold: options.threshold, ...options.features?.[name] };
            results.push(featureDrift(name, side, ref, cur, rule));
        }
        adjust(results, correction);
        for (const r of results) {
            if (r.method === null)
                continue;
            summaries[side].tested++;
            if (r.drifted)
                summaries[side].drifted++;
        }
        features.push(...results);
    }
    const share = (s) => (s.tested === 0 ? 0 : s.drifted / s.tested);
    return {
        drift: summaries.input.tested > 0 && share(summaries.input) >= driftShare,
        share: share(summaries.input),
        drifted: summaries.input.drifted,
        tested: summaries.input.tested,
        drift_share: driftShare,
        correction,
        prediction: { drift: summaries.output.tested > 0 && share(summaries.output) >= driftShare, share: share(summaries.output), ...summaries.output },
        features,
    };
}
function checkRule(rule, where) {
    if (rule.method !== undefined && !METHODS.includes(rule.method))
        throw new errors.ModelshipError(`${where}: unknown drift method "${rule.method}"`, { hint: `methods: ${METHODS.join(', ')}` });
    if (rule.threshold !== undefined && !(Number.isFinite(rule.threshold) && rule.threshold > 0))
        throw new errors.ModelshipError(`${where}: threshold must be a positive number, got ${rule.threshold}`);
}
function skipped(name, side, ref, cur, reason) {
    return { name, side, type: ref.type, method: null, score: null, pvalue: null, pvalue_adjusted: null, threshold: null, drifted: false, exact: true, error_bound: null, reference: counts(ref), current: counts(cur), skipped: reason };
}
function counts(f) {
    return { count: f?.count ?? 0, missing: f?.missing ?? 0 };
}
function featureDrift(name, side, ref, cur, rule) {
    if (!cur)
        return skipped(name, side, ref, cur, 'absent from the current data');
    if (ref.type === 'mixed' || cur.type === 'mixed')
        return skipped(name, side, ref, cur, 'holds both numbers and text');
    if (ref.type === 'empty' || cur.type === 'empty')
        return skipped(name, side, ref, cur, `no value in the ${ref.type === 'empty' ? 'reference' : 'current data'}`);
    if (ref.type !== cur.type)
        return skipped(name, side, ref, cur, `${ref.type} in the reference, ${cur.type} in the current data`);
    const categories = categoryCounts(ref, cur);
    const uniques = categories ? categories.keys.length : Infinity;
    const method = rule.method ?? defaultMethod(ref.type, ref.present, uniques);
    const threshold = rule.threshold ?? DEFAULT_THRESHOLDS[method];
    const base = { name, side, type: ref.type, method, threshold, pvalue_adjusted: null, reference: counts(ref), current: counts(cur) };
    const rn = ref.numeric();
    const cn = cur.numeric();
    if (method === 'ks' || method === 'wasserstein') {
        if (!rn || !cn)
            return skipped(name, side, ref, cur, `${method} needs numbers`);
        const a = rn.sketch.weightedItems();
        const b = cn.sketch.weightedItems();
        const bound = rankBound(rn.sketch) + rankBound(cn.sketch);
        const exact = rn.sketch.exact && cn.sketch.exact;
        if (method === 'ks') {
            const d = ksStatistic(a, b);
            const p = ksPValue(d, rn.count, cn.count);
            return { ...base, score: d, pvalue: p, drifted: p <= threshold, exact, error_bound: exact ? 0 : bound };
        }
        // Evidently divides by the reference's population std, floored at 0.001.
        const norm = Math.max(Math.sqrt(rn.variance), 0.001);
        const w = wasserstein(a, b) / norm;
        const span = Math.max(rn.max, cn.max) - Math.min(rn.min, cn.min);
        return { ...base, score: w, pvalue: null, drifted: w >= threshold, exact, error_bound: exact ? 0 : (bound * span) / norm };
    }
    // Shares per bin (numbers with more than 20 distinct values) or per category.
    let refCounts;
    let curCounts;
    let exact;
    if (categories && (ref.type === 'categorical' || categories.keys.length <= 20 || method !== 'psi')) {
        if (!categories.exact && method !== 'psi' && method !== 'jensenshannon')
            return skipped(name, side, ref, cur, `${method} needs exact category counts; the frequent-values sketch is past its capacity`);
        ({ ref: refCounts, cur: curCounts, exact } = categories);
    }
    else if (rn && cn && (method === 'psi' || method === 'jensenshannon')) {
        const edges = sturgesEdges(Math.min(rn.min, cn.min), Math.max(rn.max, cn.max), rn.count + cn.count);
        refCounts = binShares(rn.sketch.weightedItems(), edges);
        curCounts = binShares(cn.sketch.weightedItems(), edges);
        exact = rn.sketch.exact && cn.sketch.exact;
    }
    else {
        return skipped(name, side, ref, cur, `${method} needs category counts: the feature has more than 21 distinct numbers`);
    }
    if (method === 'psi') {
        const score = psi(fillZeroes(shares(refCounts)), fillZeroes(shares(curCounts)));
        return { ...base, score, pvalue: null, drifted: score >= threshold, exact, error_bound: null };
    }
    if (method === 'jensenshannon') {
        const score = jensenShannon(refCounts, curCounts);
        return { ...base, score, pvalue: null, drifted: score >= threshold, exact, error_bound: null };
    }
    if (method === 'z') {
        if (refCounts.length > 2)
            return skipped(name, side, ref, cur, 'the z-test needs at most two values');
        const nr = refCounts.reduce((s, c) => s + c, 0);
        const nc = curCounts.reduce((s, c) => s + c, 0);
        const p = proportionZTest(refCounts[0], nr, curCounts[0], nc);
        return { ...base, score: p, pvalue: p, drifted: p < threshold, exact, error_bound: null };
    }
    if (method === 'chisquare') {
        const { statistic, pvalue } = chiSquare(refCounts, curCounts);
        return { ...base, score: statistic, pvalue, drifted: pvalue < threshold, exact, error_bound: null };
    }
    return skipped(name, side, ref, cur, `${method} does not apply to a ${ref.type} feature`);
}
function shares(countsPerBin) {
    const t = countsPerBin.reduce((s, c) => s + c, 0);
    return countsPerBin.map((c) => c / t);
}
function rankBound(sketch) {
    return sketch.exact ? 0 : kllRankError(sketch.k);
}
/** Evidently's choice (evidently legacy/calculations/stattests/registry.py), by reference size and distinct values. */
function defaultMethod(type, referenceValues, uniques) {
    const small = referenceValues <= SMALL_REFERENCE;
    if (type === 'numeric' && uniques > 5)
        return small ? 'ks' : 'wasserstein';
    if (small)
        return uniques > 2 ? 'chisquare' : 'z';
    return 'jensenshannon';
}
/**
 * The union of both samples' categories with their counts (sorted keys): text values from the frequent-values
 * sketches, numbers from the exact distinct counts; undefined for numbers with more than 21 distinct values.
 */
function categoryCounts(ref, cur) {
    let a;
    let b;
    let exact = true;
    if (ref.type === 'numeric') {
        const da = ref.numeric()?.distinct;
        const db = cur.numeric()?.distinct;
        if (!da || !db)
            return undefined;
        a = new Map([...da].map(([v, c]) => [String(v), c]));
        b = new Map([...db].map(([v, c]) => [String(v), c]));
    }
    else {
        const fa = ref.categories();
        const fb = cur.categories();
        if (!fa || !fb)
            return undefined;
        a = new Map(fa.entries());
        b = new Map(fb.entries());
        exact = fa.exact && fb.exact;
    }
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort(ref.type === 'numeric' ? (x, y) => Number(x) - Number(y) : undefined);
    return { keys, ref: keys.map((k) => a.get(k) ?? 0), cur: keys.map((k) => b.get(k) ?? 0), exact };
}
/** Multiple-testing correction over the p-value tests: adjusted p-values, and the drift verdicts redone on them. */
function adjust(results, correction) {
    const tested = results.filter((r) => r.method !== null && P_VALUE_METHODS.has(r.method) && r.pvalue !== null);
    const m = tested.length;
    if (correction === 'none' || m === 0) {
        for (const r of tested)
            r.pvalue_adjusted = r.pvalue;
    }
    else if (correction === 'bonferroni') {
        for (const r of tested)
            r.pvalue_adjusted = Math.min(1, r.pvalue * m);
    }
    else {
        // Benjamini-Hochberg step-up: adjusted p(i) = min over j >= i of p(j) m / j.
        const sorted = [...tested].sort((x, y) => x.pvalue - y.pvalue);
        let running = 1;
        for (let i = m - 1; i >= 0; i--) {
            running = Math.min(running, (sorted[i].pvalue * m) / (i + 1));
            sorted[i].pvalue_adjusted = running;
        }
    }
    for (const r of tested) {
        const p = r.pvalue_adjusted;
        r.drifted = r.method === 'ks' ? p <= r.threshold : p < r.threshold;
    }
}


/***/ })

};
