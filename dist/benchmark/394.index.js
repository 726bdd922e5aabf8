export const id = 394;
export const ids = [394];
export const modules = {

/***/ 3879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fe: () => (/* binding */ describeMachine),
/* harmony export */   N0: () => (/* binding */ machineKey),
/* harmony export */   O5: () => (/* binding */ machineDifferences)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

function describeMachine(env = process.env, onnxruntime) {
    const cpus = node_os__WEBPACK_IMPORTED_MODULE_0___default().cpus();
    return {
        cpuModel: (cpus[0]?.model ?? 'unknown').trim().replace(/\s+/g, ' '),
        cores: typeof (node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism) === 'function' ? node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism() : cpus.length,
        arch: process.arch,
        platform: process.platform,
        os: `${node_os__WEBPACK_IMPORTED_MODULE_0___default().type()} ${node_os__WEBPACK_IMPORTED_MODULE_0___default().release()}`,
        totalMemoryMb: Math.round(node_os__WEBPACK_IMPORTED_MODULE_0___default().totalmem() / 2 ** 20),
        node: process.version,
        onnxruntime,
        runner: env.ImageOS ? `${env.ImageOS}${env.ImageVersion ? ` ${env.ImageVersion}` : ''}` : undefined,
    };
}
/**
 * Differences that make latency figures incomparable: another CPU, core count, architecture, or inference
 * runtime. Node and OS patch versions are reported but do not block a comparison.
 */
function machineDifferences(a, b) {
    const diffs = [];
    if (a.cpuModel !== b.cpuModel)
        diffs.push(`CPU "${a.cpuModel}" vs "${b.cpuModel}"`);
    if (a.cores !== b.cores)
        diffs.push(`${a.cores} vs ${b.cores} cores`);
    if (a.arch !== b.arch || a.platform !== b.platform)
        diffs.push(`${a.platform}/${a.arch} vs ${b.platform}/${b.arch}`);
    if (a.onnxruntime && b.onnxruntime && a.onnxruntime !== b.onnxruntime)
        diffs.push(`onnxruntime ${a.onnxruntime} vs ${b.onnxruntime}`);
    return diffs;
}
/** A short key of what makes figures comparable (CPU, cores, platform, runtime). */
function machineKey(m) {
    return `${m.cpuModel} x${m.cores} ${m.platform}/${m.arch}${m.onnxruntime ? ` ort ${m.onnxruntime}` : ''}`;
}


/***/ }),

/***/ 1394:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  benchWithOptions: () => (/* binding */ benchWithOptions)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/bench/config.ts


const DEFAULT_REGRESSION = { metric: 'p50', test: 'mann-whitney', alpha: 0.01, minEffect: 0.05, confidence: 0.95 };
function resolveBenchSettings(loaded, overrides = {}) {
    const section = (loaded?.config.bench ?? {});
    const where = (...keys) => (loaded ? loaded.locate(['bench', ...keys]) : undefined);
    const dur = (v, fallback, key) => {
        if (v === undefined)
            return fallback;
        try {
            return (0,duration/* parseDuration */.E)(v, `bench.${key}`);
        }
        catch (err) {
            throw new errors/* ModelshipError */.W7(err.message, { location: where(key) });
        }
    };
    const runner = overrides.runner ?? section.runner ?? (section.http ? 'http' : section.command ? 'command' : 'onnx');
    const trials = overrides.trials ?? section.trials ?? 8;
    if (!Number.isInteger(trials) || trials < 3) {
        throw new errors/* ModelshipError */.W7(`bench.trials is ${trials}: at least 3 trials are needed to judge a regression`, { location: where('trials') });
    }
    let http;
    const url = overrides.url ?? section.http?.url;
    if (runner === 'http') {
        if (!url)
            throw new errors/* ModelshipError */.W7('the http runner needs a URL', { location: where('http'), hint: 'set bench.http.url or pass --url' });
        const protocol = section.http?.protocol ?? (section.http?.payload ? 'raw' : 'oip');
        http = {
            ...section.http,
            url,
            protocol,
            method: section.http?.method ?? (protocol === 'oip' || section.http?.payload ? 'POST' : 'GET'),
            concurrency: section.http?.concurrency ?? 8,
            timeoutMs: dur(section.http?.timeout, 10_000, 'http.timeout'),
            payloadFile: section.http?.payload && loaded ? loaded.resolvePath(section.http.payload, ['bench', 'http', 'payload']) : section.http?.payload,
        };
        delete http.payload;
    }
    if (runner === 'command' && (!section.command || section.command.length === 0)) {
        throw new errors/* ModelshipError */.W7('the command runner needs bench.command (an argument array)', { location: where('command'), hint: 'e.g. command: [python, bench.py, "--batch", "{batch}"]' });
    }
    const batchSizes = overrides.batchSizes ?? section.batchSizes ?? [1];
    return {
        runner,
        trials,
        durationMs: overrides.durationMs ?? dur(section.duration, 1000, 'duration'),
        warmupMs: overrides.warmupMs ?? dur(section.warmup, 200, 'warmup'),
        iterations: section.iterations,
        batchSizes,
        dims: section.dims ?? {},
        inputsFile: section.inputs && loaded ? loaded.resolvePath(section.inputs, ['bench', 'inputs']) : undefined,
        seed: section.seed ?? 1,
        // One thread each by default: figures then compare across runners with different core counts and
        // are far less noisy than a thread pool contending with the rest of the CI job.
        threads: { intraOp: section.threads?.intraOp ?? 1, interOp: section.threads?.interOp ?? 1 },
        http,
        command: section.command,
        regression: { ...DEFAULT_REGRESSION, ...section.regression },
        history: {
            dir: section.history?.dir && loaded ? loaded.resolvePath(section.history.dir, ['bench', 'history', 'dir']) : undefined,
            maxAgeMs: dur(section.history?.maxAge, 90 * 86_400_000, 'history.maxAge'),
            maxRuns: section.history?.maxRuns ?? 500,
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/bench/machine.ts
var bench_machine = __webpack_require__(3879);
;// CONCATENATED MODULE: ./src/bench/history.ts





const INDEX = 'index.json';
async function writeAtomic(file, data) {
    const tmp = `${file}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    await (0,promises_.writeFile)(tmp, data);
    await (0,promises_.rename)(tmp, file);
}
async function readHistoryIndex(dir) {
    const file = external_node_path_default().join(dir, INDEX);
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { version: 1, runs: [] };
        throw new errors/* ModelshipError */.W7(`cannot read benchmark history ${file}: ${err.message}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`benchmark history index ${file} is not valid JSON: ${err.message}`, { hint: 'restore it from the data branch, or delete it to start a new history' });
    }
    const runs = parsed.runs;
    if (parsed.version !== 1 || !Array.isArray(runs)) {
        throw new errors/* ModelshipError */.W7(`benchmark history index ${file} has an unknown format (expected {"version": 1, "runs": [...]})`);
    }
    return { version: 1, runs: runs };
}
/** Run ids sort by time: an ISO-like timestamp, then the commit or a random suffix. */
function runId(report) {
    const stamp = report.createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${report.commit ? report.commit.slice(0, 10) : (0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/** Saves one run and prunes the history. Returns the new entry and the ids pruned. */
async function saveRun(dir, report, options) {
    await (0,promises_.mkdir)(external_node_path_default().join(dir, 'runs'), { recursive: true });
    const index = await readHistoryIndex(dir);
    let id = runId(report);
    while (index.runs.some((r) => r.id === id))
        id = `${id}-${(0,external_node_crypto_.randomBytes)(2).toString('hex')}`;
    const entry = {
        id,
        file: `runs/${id}.json`,
        createdAt: report.createdAt,
        commit: report.commit,
        machine: (0,bench_machine/* machineKey */.N0)(report.machine),
        regressed: report.regressed,
        figures: report.results.map((r) => ({ model: r.model, batch: r.batch, role: r.role, p50: r.latency_ms.p50, p99: r.latency_ms.p99, throughput_per_s: r.throughput_per_s, rss_mb: r.rss_mb })),
    };
    await writeAtomic(external_node_path_default().join(dir, entry.file), `${JSON.stringify(report, null, 2)}\n`);
    const now = (options.now ?? new Date()).getTime();
    // Keep the run just saved, then the newest others within maxAge, up to maxRuns in all.
    const others = [...index.runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const keep = [entry];
    const pruned = [];
    for (const r of others) {
        const tooOld = now - Date.parse(r.createdAt) > options.maxAgeMs;
        (tooOld || keep.length >= options.maxRuns ? pruned : keep).push(r);
    }
    keep.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    // The index is written before old files go: a crash in between leaves orphans, never dangling entries.
    await writeAtomic(external_node_path_default().join(dir, INDEX), `${JSON.stringify({ version: 1, runs: keep }, null, 2)}\n`);
    for (const r of pruned) {
        const target = external_node_path_default().resolve(dir, r.file);
        if (external_node_path_default().dirname(target) === external_node_path_default().resolve(dir, 'runs'))
            await (0,promises_.rm)(target, { force: true });
    }
    return { entry, pruned: pruned.map((r) => r.id) };
}
/** A stored run by id (its file is read through the index, never a path from outside the folder). */
async function loadRun(dir, id) {
    const index = await readHistoryIndex(dir);
    const entry = index.runs.find((r) => r.id === id);
    if (!entry)
        throw new ModelshipError(`no run "${id}" in the benchmark history ${dir}`);
    return readReportFile(path.join(dir, 'runs', path.basename(entry.file)));
}
/** Reads a saved report (a history run or a `--format json` output) to use as a baseline. */
async function readReportFile(file) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`cannot read the baseline ${file}: ${err.message}`, { hint: 'pass a report written by `modelship bench --format json` or a run from the history folder' });
    }
    const r = parsed;
    if (!Array.isArray(r.results) || typeof r.machine !== 'object' || r.machine === null) {
        throw new errors/* ModelshipError */.W7(`the baseline ${file} is not a benchmark report (expected "results" and "machine")`);
    }
    for (const [i, res] of r.results.entries()) {
        if (typeof res?.model !== 'string' || !Number.isFinite(res?.batch) || !Array.isArray(res?.trials)) {
            throw new errors/* ModelshipError */.W7(`the baseline ${file}: results[${i}] lacks model, batch or trials`);
        }
    }
    return r;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/core/stats/descriptive.ts
/** Descriptive statistics over plain number arrays. Inputs are never mutated. */
function requireValues(values, what) {
    if (values.length === 0)
        throw new RangeError(`${what}: no values`);
    for (const v of values)
        if (!Number.isFinite(v))
            throw new RangeError(`${what}: non-finite value ${v}`);
}
function mean(values) {
    requireValues(values, 'mean');
    let s = 0;
    for (const v of values)
        s += v;
    return s / values.length;
}
/** Sample standard deviation (n - 1); 0 for a single value. */
function stddev(values) {
    requireValues(values, 'stddev');
    if (values.length < 2)
        return 0;
    const m = mean(values);
    let s = 0;
    for (const v of values)
        s += (v - m) ** 2;
    return Math.sqrt(s / (values.length - 1));
}
/** Quantile q in [0, 1] with linear interpolation between order statistics (numpy's default, type 7). */
function quantile(values, q) {
    requireValues(values, 'quantile');
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile: q must be in [0, 1], got ${q}`);
    const sorted = [...values].sort((a, b) => a - b);
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function descriptive_median(values) {
    return quantile(values, 0.5);
}
/** Coefficient of variation (stddev / mean): the spread of repeated trials, unitless. */
function coefficientOfVariation(values) {
    const m = mean(values);
    return m === 0 ? 0 : stddev(values) / Math.abs(m);
}

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
    const alpha = (1 - confidence) / 2;
    return {
        estimate,
        lower: quantile(finite, alpha),
        upper: quantile(finite, 1 - alpha),
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
    const center = options.center === 'mean' ? mean : descriptive_median;
    return bootstrapTwoSampleCI(candidate, baseline, (c, b) => center(c) / center(b), options);
}

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
    return median(diffs);
}

;// CONCATENATED MODULE: ./src/bench/compare.ts



/** The per-trial figure the regression rule judges. */
function metricOf(trial, metric) {
    return metric === 'throughput' ? trial.throughput_per_s : trial.latency_ms[metric];
}
/**
 * Judges a candidate against a baseline on their trials. A regression needs both:
 *  - evidence: a one-sided Mann-Whitney U test on the per-trial figures at `alpha` (or a seeded bootstrap
 *    interval on the ratio of medians that excludes 1), so run-to-run noise does not fail builds; and
 *  - size: the ratio of trial medians is worse by at least `minEffect`, so a tiny but consistent change
 *    (significant with enough trials) does not fail builds either.
 * Latency is worse when higher; throughput when lower.
 */
function compareTrials(candidate, baseline, rule, baselineSource) {
    const metric = rule.metric;
    const higherIsWorse = metric !== 'throughput';
    const c = candidate.trials.map((t) => metricOf(t, metric));
    const b = baseline.trials.map((t) => metricOf(t, metric));
    const base = { model: candidate.model, batch: candidate.batch, metric, baselineSource, test: rule.test };
    if (c.length < 3 || b.length < 3 || ![...c, ...b].every(Number.isFinite)) {
        return incomparable(candidate, rule, baselineSource, `needs at least 3 finite trials on each side (candidate ${c.length}, baseline ${b.length})`);
    }
    // With few trials the exact test cannot reach alpha at all (3 vs 3: p >= 0.05): say so, never stay silently blind.
    const minP = 1 / binomial(c.length + b.length, c.length);
    const blind = rule.test === 'mann-whitney' && minP >= rule.alpha;
    const mc = descriptive_median(c);
    const mb = descriptive_median(b);
    const ratio = mb === 0 ? Number.POSITIVE_INFINITY : mc / mb;
    // Change in the bad direction, as a time ratio: +0.2 means 20% slower (or 1/1.2 of the throughput).
    const change = higherIsWorse ? ratio - 1 : mc === 0 ? Number.POSITIVE_INFINITY : mb / mc - 1;
    let worseEvidence;
    let betterEvidence;
    let pValue;
    let ci;
    if (rule.test === 'mann-whitney') {
        const worse = mannWhitneyU(c, b, { alternative: higherIsWorse ? 'greater' : 'less' });
        const better = mannWhitneyU(c, b, { alternative: higherIsWorse ? 'less' : 'greater' });
        pValue = worse.pValue;
        worseEvidence = worse.pValue < rule.alpha;
        betterEvidence = better.pValue < rule.alpha;
    }
    else {
        const interval = bootstrapRatioCI(c, b, { confidence: rule.confidence, seed: `${candidate.model}:${candidate.batch}` });
        ci = { lower: interval.lower, upper: interval.upper, confidence: rule.confidence };
        worseEvidence = higherIsWorse ? interval.lower > 1 : interval.upper < 1;
        betterEvidence = higherIsWorse ? interval.upper < 1 : interval.lower > 1;
    }
    const pct = (x) => `${(x * 100).toFixed(1)}%`;
    const evidence = rule.test === 'mann-whitney' ? `p = ${pValue.toPrecision(3)} (alpha ${rule.alpha})` : `${Math.round(rule.confidence * 100)}% CI of the ratio [${ci.lower.toFixed(3)}, ${ci.upper.toFixed(3)}]`;
    let verdict;
    let reason;
    if (worseEvidence && change >= rule.minEffect) {
        verdict = 'regressed';
        reason = `${metric} ${pct(change)} worse, beyond the minimum effect ${pct(rule.minEffect)}; ${evidence}`;
    }
    else if (betterEvidence && -change >= rule.minEffect / (1 + rule.minEffect)) {
        verdict = 'improved';
        reason = `${metric} ${pct(-change)} better; ${evidence}`;
    }
    else if (worseEvidence) {
        verdict = 'unchanged';
        reason = `${metric} ${pct(change)} worse with evidence, but under the minimum effect ${pct(rule.minEffect)}`;
    }
    else if (blind) {
        verdict = 'incomparable';
        reason = `${c.length} vs ${b.length} trials cannot reach alpha ${rule.alpha} (smallest possible p = ${minP.toPrecision(2)}); raise bench.trials (${metric} ${change >= 0 ? '+' : ''}${pct(change)})`;
    }
    else {
        verdict = 'unchanged';
        reason = `no evidence of a change (${metric} ${change >= 0 ? '+' : ''}${pct(change)}; ${evidence})`;
    }
    return { ...base, candidate: mc, baseline: mb, ratio, change, pValue, ci, verdict, regressed: verdict === 'regressed', reason };
}
/** A comparison that cannot be made (other machine, no trials): explicit, never a figure that looks valid. */
function incomparable(candidate, rule, baselineSource, reason, baselineValue = Number.NaN) {
    const c = candidate.trials.map((t) => metricOf(t, rule.metric)).filter(Number.isFinite);
    return {
        model: candidate.model,
        batch: candidate.batch,
        metric: rule.metric,
        baselineSource,
        candidate: c.length ? descriptive_median(c) : Number.NaN,
        baseline: baselineValue,
        ratio: Number.NaN,
        change: Number.NaN,
        test: rule.test,
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

;// CONCATENATED MODULE: ./src/bench/aggregate.ts


/**
 * Headline figures of a series of trials: each percentile is the median over trials (a stray trial hit
 * by a noisy neighbour does not move it), the mean is weighted by samples, and RSS is the peak.
 */
function aggregateTrials(trials, metric) {
    const pick = (k) => descriptive_median(trials.map((t) => t.latency_ms[k]));
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
        throughput_per_s: descriptive_median(trials.map((t) => t.throughput_per_s)),
        rss_mb: Math.max(...trials.map((t) => t.rss_mb)),
        errors: trials.reduce((s, t) => s + t.errors, 0),
        status: Object.keys(status).length ? status : undefined,
        trialCv: coefficientOfVariation(trials.map((t) => metricOf(t, metric))),
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/bench/git.ts



function git(args, cwd, encoding = 'utf8') {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: encoding === 'buffer' ? 'buffer' : 'utf8', maxBuffer: 4 * 2 ** 30 }, (err, stdout, stderr) => {
            if (err)
                reject(new Error(String(stderr).trim() || err.message));
            else
                resolve(stdout);
        });
    });
}
/** A ref that git may read: no option-like or control text reaches git's argument list. */
function checkRef(ref) {
    if (ref === '' || ref.startsWith('-') || /[\s\0-\x1f\x7f]/.test(ref) || ref.length > 256) {
        throw new errors/* ModelshipError */.W7(`"${ref}" is not a usable git ref for --baseline`, { hint: 'a branch, tag or commit, e.g. origin/main or a SHA' });
    }
}
async function resolveCommit(ref, cwd) {
    checkRef(ref);
    try {
        return String(await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd)).trim();
    }
    catch {
        throw new errors/* ModelshipError */.W7(`--baseline ${ref}: no such commit in ${cwd}`, { hint: 'fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main)' });
    }
}
async function headCommit(cwd) {
    try {
        return String(await git(['rev-parse', 'HEAD'], cwd)).trim();
    }
    catch {
        return undefined;
    }
}
/** The bytes of a file as it was at a commit (no checkout: the working tree is never touched); undefined when the file is not there (a new model). */
async function fileAtCommit(commit, absolutePath) {
    const dir = external_node_path_default().dirname(absolutePath);
    let top;
    try {
        top = String(await git(['rev-parse', '--show-toplevel'], dir)).trim();
    }
    catch {
        throw new errors/* ModelshipError */.W7(`${absolutePath} is not in a git repository, so it has no baseline commit`);
    }
    const rel = external_node_path_default().relative(top, absolutePath).split((external_node_path_default()).sep).join('/');
    try {
        await git(['cat-file', '-e', `${commit}:${rel}`], top);
    }
    catch {
        return { rel, bytes: undefined };
    }
    return { rel, bytes: (await git(['show', `${commit}:${rel}`], top, 'buffer')) };
}

// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/index.js
var dist = __webpack_require__(2960);
;// CONCATENATED MODULE: ./src/bench/measure.ts

/**
 * Latencies are recorded in nanoseconds into an HDR histogram (3 significant digits): percentiles within
 * 0.1% and constant memory, however many samples a trial takes. Nanoseconds, because a small model answers
 * in tens of microseconds, where microsecond buckets would quantize a 5% change away.
 */
function createLatencyHistogram() {
    return dist/* build */.jq({ bitBucketSize: 'packed', lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000_000, numberOfSignificantValueDigits: 3, useWebAssembly: false });
}
function summarize(h) {
    const toMs = (v) => v / 1e6;
    return {
        p50: toMs(h.getValueAtPercentile(50)),
        p90: toMs(h.getValueAtPercentile(90)),
        p95: toMs(h.getValueAtPercentile(95)),
        p99: toMs(h.getValueAtPercentile(99)),
        mean: toMs(h.mean),
        min: toMs(h.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : h.minNonZeroValue),
        max: toMs(h.maxValue),
        stddev: toMs(h.stdDeviation),
    };
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
            h.recordValue(Math.max(1, Math.round(elapsed)));
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

;// CONCATENATED MODULE: ./src/bench/runners/command.ts



const PLACEHOLDER = /\{(model|model_path|batch|duration_ms|warmup_ms|iterations)\}/g;
/** A latency or duration above an hour is not a measurement: refuse it rather than overflow. */
const MAX_MS = 3_600_000;
function finite(v) {
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e12;
}
function latency(v) {
    return finite(v) && v <= MAX_MS;
}
/** Parses and checks a command's output; anything else is an error, never a figure. */
function parseCommandOutput(stdout, plan, what) {
    const lines = stdout.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    let parsed;
    for (let i = lines.length - 1; i >= 0 && parsed === undefined; i--) {
        if (!lines[i].startsWith('{'))
            continue;
        try {
            parsed = JSON.parse(lines[i]);
        }
        catch {
            /* keep looking */
        }
    }
    const excerpt = stdout.trim().slice(-300) || '(nothing)';
    const fail = (why) => new errors/* ModelshipError */.W7(`${what}: ${why}; its output was: ${excerpt}`, {
        hint: 'print one JSON line such as {"latencies_ms": [0.8, 0.9]} (see docs/bench.md, "command runner")',
    });
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw fail('printed no JSON object');
    const o = parsed;
    const extras = { rss_mb: finite(o.rss_mb) ? o.rss_mb : 0, errors: finite(o.errors) ? o.errors : 0, loadMs: finite(o.load_ms) ? o.load_ms : undefined };
    if (o.latencies_ms !== undefined) {
        if (!Array.isArray(o.latencies_ms) || o.latencies_ms.length === 0 || !o.latencies_ms.every(latency))
            throw fail('"latencies_ms" must be a non-empty array of numbers from 0 to 3600000');
        const h = createLatencyHistogram();
        let total = 0;
        for (const ms of o.latencies_ms) {
            h.recordValue(Math.max(1, Math.round(ms * 1e6)));
            total += ms;
        }
        const durationMs = finite(o.duration_ms) && o.duration_ms > 0 ? o.duration_ms : total;
        if (!(durationMs >= 1e-6))
            throw fail('the latencies add up to no time at all; give "duration_ms"');
        return { samples: o.latencies_ms.length, durationMs, latency_ms: summarize(h), throughput_per_s: (o.latencies_ms.length * plan.batch) / (durationMs / 1000), ...extras };
    }
    const l = o.latency_ms;
    if (!finite(o.samples) || !Number.isInteger(o.samples) || o.samples < 1 || typeof l !== 'object' || l === null || !latency(l.p50) || !latency(l.mean)) {
        throw fail('expected "latencies_ms", or "samples" with "latency_ms" {p50, mean, ...}');
    }
    const summary = {
        p50: l.p50,
        p90: latency(l.p90) ? l.p90 : l.p50,
        p95: latency(l.p95) ? l.p95 : l.p50,
        p99: latency(l.p99) ? l.p99 : l.p50,
        mean: l.mean,
        min: latency(l.min) ? l.min : l.p50,
        max: latency(l.max) ? l.max : latency(l.p99) ? l.p99 : l.p50,
        stddev: latency(l.stddev) ? l.stddev : 0,
    };
    const durationMs = finite(o.duration_ms) && o.duration_ms > 0 ? o.duration_ms : o.samples * summary.mean;
    if (!(durationMs >= 1e-6) && !finite(o.throughput_per_s))
        throw fail('no time measured (mean latency 0); give "duration_ms" or "throughput_per_s"');
    const throughput = finite(o.throughput_per_s) ? o.throughput_per_s : (o.samples * plan.batch) / (durationMs / 1000);
    return { samples: o.samples, durationMs, latency_ms: summary, throughput_per_s: throughput, ...extras };
}
/**
 * Runs a user command (an argument array, never a shell string) once per trial, for any framework. The
 * command gets the plan as placeholders and as MODELSHIP_BENCH_* environment variables.
 */
const commandRunner = {
    name: 'command',
    async open(target, settings) {
        const argv = settings.command;
        if (!argv || argv.length === 0)
            throw new errors/* ModelshipError */.W7('the command runner needs bench.command');
        let batch = 1;
        let loadMs;
        const values = (plan) => ({
            model: target.model,
            model_path: target.modelPath ?? '',
            batch: String(batch),
            duration_ms: String(Math.round(plan.durationMs)),
            warmup_ms: String(Math.round(plan.warmupMs)),
            iterations: plan.iterations === undefined ? '' : String(plan.iterations),
        });
        const session = {
            description: argv.join(' '),
            warnings: [],
            get loadMs() {
                return loadMs;
            },
            async prepare(b) {
                batch = b;
                return b;
            },
            async trial(plan) {
                const v = values(plan);
                const args = argv.map((a) => a.replace(PLACEHOLDER, (_, k) => v[k]));
                const env = { ...process.env, MODELSHIP_BENCH_MODEL: v.model, MODELSHIP_BENCH_MODEL_PATH: v.model_path, MODELSHIP_BENCH_BATCH: v.batch, MODELSHIP_BENCH_DURATION_MS: v.duration_ms, MODELSHIP_BENCH_WARMUP_MS: v.warmup_ms, MODELSHIP_BENCH_ITERATIONS: v.iterations };
                const timeout = plan.durationMs + plan.warmupMs + 120_000;
                const stdout = await new Promise((resolve, reject) => {
                    (0,external_node_child_process_.execFile)(args[0], args.slice(1), { env, timeout, maxBuffer: 64 * 2 ** 20, windowsHide: true }, (err, out, errOut) => {
                        if (err) {
                            const e = err;
                            const why = e.code === 'ENOENT' ? `command not found: ${args[0]}` : e.killed ? `timed out after ${Math.round(timeout / 1000)}s` : `exited with ${e.code ?? 'an error'}`;
                            reject(new errors/* ModelshipError */.W7(`bench command ${why}${errOut ? `: ${String(errOut).trim().slice(-300)}` : ''}`, { hint: 'run the command by hand; it must exit 0 and print one JSON line' }));
                        }
                        else
                            resolve(String(out));
                    });
                });
                const result = parseCommandOutput(stdout, { ...plan, batch }, `bench command "${argv[0]}"`);
                loadMs ??= result.loadMs;
                delete result.loadMs;
                return result;
            },
            async close() { },
        };
        return session;
    },
};

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./src/bench/inputs.ts



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
        throw new errors/* ModelshipError */.W7(`input "${spec.name}" has no declared shape, so its inputs cannot be generated`, {
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
        throw new errors/* ModelshipError */.W7(`input "${spec.name}" axis ${axis} is ${label}, which has no size to generate inputs with`, {
            hint: typeof d === 'string' && d !== '?' ? `bind it in bench.dims, e.g. dims: { ${d}: 128 }` : 'give an inputs file (bench.inputs)',
        });
    });
}
/** Seeded inputs for every declared input: the same seed gives the same tensors on every run. */
function generateInputs(specs, batch, bindings, seed) {
    const random = createRandom(`inputs:${seed}`);
    return specs.map((spec) => {
        const gen = GENERATORS[spec.dtype];
        if (!gen) {
            throw new errors/* ModelshipError */.W7(`input "${spec.name}" has element type ${spec.dtype}, for which inputs cannot be generated`, {
                hint: `supported: ${SUPPORTED_DTYPES.join(', ')}; or give an inputs file (bench.inputs)`,
            });
        }
        const dims = concreteDims(spec, batch, bindings);
        const count = dims.reduce((a, b) => a * b, 1);
        if (count > 256 * 2 ** 20)
            throw new errors/* ModelshipError */.W7(`input "${spec.name}" would hold ${count} elements (dims ${dims.join('x')}): too large to generate`);
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
        parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* ModelshipError */.W7(`cannot read inputs file ${file}: ${err.message}`, { hint: 'a JSON object: input name -> {dtype, dims, data} or a nested array' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new errors/* ModelshipError */.W7(`inputs file ${file}: expected a JSON object keyed by input name`);
    const entries = parsed;
    for (const name of Object.keys(entries)) {
        if (!specs.some((s) => s.name === name))
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: the model has no input "${name}"`, { hint: `inputs: ${specs.map((s) => s.name).join(', ')}` });
    }
    return specs.map((spec) => {
        const raw = entries[spec.name];
        if (raw === undefined)
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: input "${spec.name}" is missing`);
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
                throw new errors/* ModelshipError */.W7(`inputs file ${file}: "${spec.name}".dims must be non-negative integers`);
        }
        else {
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: input "${spec.name}" must be a nested array or {dtype, dims, data}`);
        }
        const count = dims.reduce((a, b) => a * b, 1);
        if (count !== flat.length)
            throw new errors/* ModelshipError */.W7(`inputs file ${file}: input "${spec.name}" has ${flat.length} values but dims ${JSON.stringify(dims)} need ${count}`);
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
                throw new errors/* ModelshipError */.W7(`${what}: ragged nested array`);
            return;
        }
        if (!Array.isArray(x) || x.length !== dims[depth])
            throw new errors/* ModelshipError */.W7(`${what}: ragged nested array (axis ${depth})`);
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
        throw new errors/* ModelshipError */.W7(`${what}: element type ${dtype} is not supported in an inputs file`);
    for (const v of flat) {
        if (typeof v !== 'number' && typeof v !== 'boolean')
            throw new errors/* ModelshipError */.W7(`${what}: expected numbers, found ${JSON.stringify(v)}`);
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

;// CONCATENATED MODULE: ./src/bench/runners/http.ts





/** Open Inference Protocol datatypes by element type. */
const OIP_DATATYPE = {
    bool: 'BOOL', uint8: 'UINT8', uint16: 'UINT16', uint32: 'UINT32', uint64: 'UINT64', int8: 'INT8', int16: 'INT16',
    int32: 'INT32', int64: 'INT64', float16: 'FP16', float32: 'FP32', float64: 'FP64', string: 'BYTES',
};
const DTYPE_OF = Object.fromEntries(Object.entries(OIP_DATATYPE).map(([k, v]) => [v, k]));
function parseUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* ModelshipError */.W7(`bench.http.url "${raw}" is not a URL`, { hint: 'e.g. http://127.0.0.1:8080' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new errors/* ModelshipError */.W7(`bench.http.url must be http or https, got ${url.protocol}`);
    if (url.username || url.password)
        throw new errors/* ModelshipError */.W7('bench.http.url must not carry credentials', { hint: 'send a token in bench.http.headers with ${env:NAME}' });
    return url;
}
function describeNetworkError(url, err) {
    const e = err;
    const code = e.code ?? e.cause?.code;
    return new errors/* ModelshipError */.W7(`cannot reach ${url}: ${code ?? e.message ?? String(err)}`, {
        hint: 'start the server first and check bench.http.url (the benchmark never reports figures without answers)',
    });
}
async function getJson(pool, origin, path, timeoutMs, headers) {
    try {
        const res = await pool.request({ path, method: 'GET', headers, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
        const text = await res.body.text();
        let body;
        try {
            body = text ? JSON.parse(text) : undefined;
        }
        catch {
            body = text;
        }
        return { status: res.statusCode, body };
    }
    catch (err) {
        throw describeNetworkError(origin + path, err);
    }
}
/** The payload of an OIP v2 inference request for generated inputs. */
function oipPayload(specs, batch, dims, seed) {
    const tensors = generateInputs(specs, batch, dims, seed);
    return JSON.stringify({
        inputs: tensors.map((t) => ({
            name: t.name,
            shape: t.dims,
            datatype: OIP_DATATYPE[t.dtype],
            data: Array.from(t.data, (v) => (typeof v === 'bigint' ? Number(v) : v)),
        })),
    });
}
/**
 * Load against a running endpoint over HTTP/1.1 keep-alive connections (undici). Closed loop: `concurrency`
 * callers send back to back. Open loop (`rate`): requests leave on a fixed schedule whatever the server
 * does, and each latency is measured from when the request was due, so a stalled server shows up in the
 * percentiles instead of hiding (no coordinated omission).
 */
const httpRunner = {
    name: 'http',
    async open(target, settings) {
        const cfg = settings.http;
        if (!cfg)
            throw new errors/* ModelshipError */.W7('the http runner needs bench.http');
        const url = parseUrl(cfg.url);
        const origin = url.origin;
        const basePath = url.pathname.replace(/\/+$/, '');
        const pool = new undici/* Pool */.bC(origin, { connections: cfg.concurrency, pipelining: 1, keepAliveTimeout: 30_000 });
        const headers = { ...(cfg.headers ?? {}) };
        const warnings = [];
        let endpoint;
        let specs = [];
        let body;
        const modelName = cfg.model ?? target.model;
        try {
            if (cfg.protocol === 'oip') {
                const modelPath = `${basePath}/v2/models/${encodeURIComponent(modelName)}`;
                const ready = await getJson(pool, origin, `${basePath}/v2/health/ready`, cfg.timeoutMs, headers);
                if (ready.status !== 200)
                    throw new errors/* ModelshipError */.W7(`${origin}${basePath}/v2/health/ready answered ${ready.status}: the server is not ready`);
                const meta = await getJson(pool, origin, modelPath, cfg.timeoutMs, headers);
                if (meta.status !== 200)
                    throw new errors/* ModelshipError */.W7(`${origin}${modelPath} answered ${meta.status}: no model "${modelName}" on this server`, { hint: 'set bench.http.model to the served model name' });
                const inputs = meta.body?.inputs;
                if (!Array.isArray(inputs) || inputs.length === 0)
                    throw new errors/* ModelshipError */.W7(`${origin}${modelPath}: the model metadata lists no inputs, so requests cannot be generated`);
                specs = inputs.map((i) => {
                    if (typeof i.name !== 'string' || typeof i.datatype !== 'string' || !Array.isArray(i.shape)) {
                        throw new errors/* ModelshipError */.W7(`${origin}${modelPath}: malformed input metadata ${JSON.stringify(i).slice(0, 200)}`);
                    }
                    const dtype = DTYPE_OF[i.datatype];
                    if (!dtype)
                        throw new errors/* ModelshipError */.W7(`${origin}${modelPath}: input "${i.name}" has datatype ${i.datatype}, which cannot be generated`);
                    return { name: i.name, dtype, shape: i.shape.map((d) => (d < 0 ? null : d)) };
                });
                endpoint = { origin, path: `${modelPath}/infer` };
                headers['content-type'] = 'application/json';
            }
            else {
                endpoint = { origin, path: `${url.pathname}${url.search}` };
                if (cfg.payloadFile) {
                    try {
                        body = await (0,promises_.readFile)(cfg.payloadFile);
                    }
                    catch (err) {
                        throw new errors/* ModelshipError */.W7(`cannot read bench.http.payload ${cfg.payloadFile}: ${err.message}`);
                    }
                    headers['content-type'] = cfg.contentType ?? 'application/json';
                }
            }
        }
        catch (err) {
            await pool.destroy();
            throw err;
        }
        const send = async () => {
            const res = await pool.request({ path: endpoint.path, method: cfg.method, headers, body, headersTimeout: cfg.timeoutMs, bodyTimeout: cfg.timeoutMs });
            await res.body.dump();
            return res.statusCode;
        };
        return {
            description: `${cfg.method} ${origin}${endpoint.path}`,
            warnings,
            async prepare(batch) {
                if (cfg.protocol === 'oip')
                    body = oipPayload(specs, batch, settings.dims, settings.seed);
                // One checked request first: a server that cannot answer must fail here, not yield figures.
                let status;
                let text;
                try {
                    const res = await pool.request({ path: endpoint.path, method: cfg.method, headers, body, headersTimeout: cfg.timeoutMs, bodyTimeout: cfg.timeoutMs });
                    status = res.statusCode;
                    text = await res.body.text();
                }
                catch (err) {
                    throw describeNetworkError(origin + endpoint.path, err);
                }
                if (status < 200 || status >= 300) {
                    throw new errors/* ModelshipError */.W7(`${cfg.method} ${origin}${endpoint.path} answered ${status}: ${text.slice(0, 300)}`, { hint: 'fix the payload or the server before measuring it' });
                }
                if (cfg.protocol === 'oip') {
                    let outputs;
                    try {
                        outputs = JSON.parse(text).outputs;
                    }
                    catch {
                        outputs = undefined;
                    }
                    if (!Array.isArray(outputs))
                        throw new errors/* ModelshipError */.W7(`${origin}${endpoint.path}: the answer is not an Open Inference Protocol response (no outputs): ${text.slice(0, 200)}`);
                }
                return cfg.protocol === 'oip' ? batch : 1;
            },
            trial: (plan) => (cfg.rate ? openLoopTrial(send, plan, cfg.rate, cfg.concurrency) : closedLoopTrial(send, plan, cfg.concurrency)),
            async close() {
                await pool.close();
            },
        };
    },
};
function record(tally, status, err) {
    if (status === undefined) {
        tally.errors++;
        tally.firstError ??= err;
        const key = `error:${err.code ?? 'unknown'}`;
        tally.status[key] = (tally.status[key] ?? 0) + 1;
        return false;
    }
    tally.status[String(status)] = (tally.status[String(status)] ?? 0) + 1;
    if (status < 200 || status >= 400) {
        tally.errors++;
        return false;
    }
    return true;
}
function finish(tally, h, startNs, plan) {
    const durationMs = Number(process.hrtime.bigint() - startNs) / 1e6;
    if (tally.samples === 0) {
        const codes = Object.entries(tally.status).map(([k, v]) => `${k} x${v}`).join(', ');
        throw new errors/* ModelshipError */.W7(`every request failed (${codes || 'no answer'})${tally.firstError ? `: ${tally.firstError.message}` : ''}`, {
            hint: 'the endpoint is down or rejects the payload; no figures are reported',
        });
    }
    return {
        samples: tally.samples,
        durationMs,
        latency_ms: summarize(h),
        throughput_per_s: (tally.samples * plan.batch) / (durationMs / 1000),
        rss_mb: process.memoryUsage.rss() / 2 ** 20,
        errors: tally.errors,
        status: tally.status,
    };
}
async function warmUp(send, plan, concurrency) {
    const end = process.hrtime.bigint() + BigInt(Math.round(plan.warmupMs * 1e6));
    await Promise.all(Array.from({ length: concurrency }, async () => {
        while (process.hrtime.bigint() < end)
            await send().catch(() => undefined);
    }));
}
async function closedLoopTrial(send, plan, concurrency) {
    await warmUp(send, plan, concurrency);
    const h = createLatencyHistogram();
    const tally = { samples: 0, errors: 0, status: {} };
    const start = process.hrtime.bigint();
    const end = start + BigInt(Math.round(plan.durationMs * 1e6));
    const perWorker = plan.iterations !== undefined ? Math.ceil(plan.iterations / concurrency) : Infinity;
    await Promise.all(Array.from({ length: concurrency }, async () => {
        for (let i = 0; i < perWorker && (plan.iterations !== undefined || process.hrtime.bigint() < end); i++) {
            const t0 = process.hrtime.bigint();
            let status;
            let error;
            try {
                status = await send();
            }
            catch (err) {
                error = err;
            }
            if (record(tally, status, error)) {
                h.recordValue(Math.max(1, Number(process.hrtime.bigint() - t0)));
                tally.samples++;
            }
        }
    }));
    return finish(tally, h, start, plan);
}
async function openLoopTrial(send, plan, rate, concurrency) {
    await warmUp(send, { ...plan, warmupMs: Math.min(plan.warmupMs, 500) }, concurrency);
    const h = createLatencyHistogram();
    const tally = { samples: 0, errors: 0, status: {} };
    const intervalNs = 1e9 / rate;
    const total = plan.iterations ?? Math.max(1, Math.floor((plan.durationMs / 1000) * rate));
    const start = process.hrtime.bigint();
    const inflight = new Set();
    for (let i = 0; i < total; i++) {
        const due = start + BigInt(Math.round(i * intervalNs));
        const wait = Number(due - process.hrtime.bigint()) / 1e6;
        if (wait > 1)
            await new Promise((r) => setTimeout(r, Math.floor(wait)));
        const p = send().then((status) => {
            if (record(tally, status)) {
                h.recordValue(Math.max(1, Number(process.hrtime.bigint() - due)));
                tally.samples++;
            }
        }, (err) => void record(tally, undefined, err));
        const tracked = p.finally(() => inflight.delete(tracked));
        inflight.add(tracked);
    }
    await Promise.all(inflight);
    return finish(tally, h, start, plan);
}

;// CONCATENATED MODULE: ./src/bench/runners/onnx.ts





let ortPromise;
/** onnxruntime-node is loaded on first use: it is a native module the other bundles never need. */
function loadOnnxRuntime() {
    // webpackIgnore keeps this a runtime import in the ncc bundles: without it ncc hoists a static import and
    // every bundle (the CLI included) would fail to start where onnxruntime-node is not installed.
    ortPromise ??= import(/* webpackIgnore: true */ 'onnxruntime-node').then((m) => (m.default?.InferenceSession ? m.default : m), (err) => {
        ortPromise = undefined;
        throw new errors/* ModelshipError */.W7(`onnxruntime-node is not installed: ${err.message}`, {
            hint: 'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node (the benchmark action does this for you)',
        });
    });
    return ortPromise;
}
/** In-process inference with onnxruntime-node: the figures of the model itself, without a server around it. */
const onnxRunner = {
    name: 'onnx',
    async open(target, settings) {
        if (!target.modelPath)
            throw new errors/* ModelshipError */.W7(`model "${target.model}": the onnx runner needs a model file`);
        const ort = await loadOnnxRuntime();
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(target.modelPath);
        }
        catch (err) {
            throw new errors/* ModelshipError */.W7(`model "${target.model}": cannot read ${target.modelPath}: ${err.message}`);
        }
        const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
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
            throw new errors/* ModelshipError */.W7(`model "${target.model}": onnxruntime cannot load ${target.modelPath}: ${err.message}`);
        }
        const loadMs = performance.now() - t0;
        const specs = session.inputMetadata.map((m) => {
            if (!m.isTensor)
                throw new errors/* ModelshipError */.W7(`model "${target.model}": input "${m.name}" is not a tensor, so its inputs cannot be generated`, { hint: 'give an inputs file (bench.inputs)' });
            return { name: m.name, dtype: m.type, shape: m.shape.map((d) => (typeof d === 'number' && d < 0 ? null : d)) };
        });
        const warnings = [];
        let feeds = {};
        let fileInputs;
        if (settings.inputsFile)
            fileInputs = await readInputsFile(settings.inputsFile, specs);
        const slowdown = target.slowdown ?? 0;
        const after = slowdown > 0 ? (elapsedNs) => spin(elapsedNs * slowdown) : undefined;
        const op = () => session.run(feeds);
        return {
            description: target.modelPath,
            sha256,
            loadMs,
            runtimeVersion: ort.env.versions?.node ?? ort.env.versions?.common,
            warnings,
            async prepare(batch) {
                const tensors = fileInputs ?? generateInputs(specs, batch, settings.dims, settings.seed);
                feeds = {};
                for (const t of tensors) {
                    try {
                        feeds[t.name] = new ort.Tensor(t.dtype, t.data, t.dims);
                    }
                    catch (err) {
                        throw new errors/* ModelshipError */.W7(`model "${target.model}": cannot build input "${t.name}" (${t.dtype} ${JSON.stringify(t.dims)}): ${err.message}`);
                    }
                }
                try {
                    await session.run(feeds);
                }
                catch (err) {
                    throw new errors/* ModelshipError */.W7(`model "${target.model}": inference fails on the ${fileInputs ? 'inputs file' : 'generated inputs'} (batch ${batch}): ${err.message}`, {
                        hint: fileInputs ? 'check the inputs file against the model signature' : 'bind symbolic dims in bench.dims or give an inputs file (bench.inputs)',
                    });
                }
                // An inputs file, or a model with a fixed first axis, decides the batch actually measured.
                const first = tensors[0]?.dims[0];
                const fixed = fileInputs !== undefined || typeof specs[0]?.shape?.[0] === 'number';
                return fixed && first !== undefined ? first : batch;
            },
            trial: (plan) => runClosedLoopTrial(op, plan, after),
            async close() {
                await session.release();
            },
        };
    },
};

;// CONCATENATED MODULE: ./src/bench/runners/registry.ts



/** Every runner by name: adding one is a file and a line here. */
const RUNNERS = {
    onnx: onnxRunner,
    http: httpRunner,
    command: commandRunner,
};
function runnerFor(name) {
    const runner = RUNNERS[name];
    if (!runner)
        throw new Error(`unknown runner ${name}`);
    return runner;
}

;// CONCATENATED MODULE: ./src/bench/run.ts











/** `--baseline` text to a spec: *.json is a stored report, an existing model file is measured, else a git ref. */
function parseBaseline(value, cwd) {
    const file = external_node_path_default().resolve(cwd, value);
    if (value.endsWith('.json'))
        return { kind: 'report', path: file };
    if ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isFile())
        return { kind: 'model', path: file };
    return { kind: 'ref', ref: value };
}
/** The model file of a configured model: the path itself, or the one .onnx file in its folder. */
function modelFile(loaded, name) {
    const model = loaded.config.models[name];
    if (!model) {
        const known = Object.keys(loaded.config.models);
        throw new errors/* ModelshipError */.W7(`no model "${name}" in ${loaded.file}`, { hint: `configured models: ${known.join(', ')}` });
    }
    const resolved = loaded.resolvePath(model.path, ['models', name, 'path']);
    if (!(0,external_node_fs_.existsSync)(resolved))
        throw new errors/* ModelshipError */.W7(`model "${name}": ${model.path} does not exist`, { location: loaded.locate(['models', name, 'path']) });
    if (!(0,external_node_fs_.statSync)(resolved).isDirectory())
        return resolved;
    const onnx = (0,external_node_fs_.readdirSync)(resolved).filter((f) => f.endsWith('.onnx'));
    if (onnx.includes('model.onnx'))
        return external_node_path_default().join(resolved, 'model.onnx');
    if (onnx.length === 1)
        return external_node_path_default().join(resolved, onnx[0]);
    throw new errors/* ModelshipError */.W7(`model "${name}": ${model.path} is a folder with ${onnx.length === 0 ? 'no' : 'several'} .onnx files`, {
        location: loaded.locate(['models', name, 'path']),
        hint: 'point models.<name>.path at the .onnx file',
    });
}
function selectModels(req) {
    if (req.models && req.models.length)
        return req.models;
    const section = req.loaded?.config.bench;
    if (section?.models?.length)
        return section.models;
    const all = Object.keys(req.loaded?.config.models ?? {});
    if (req.settings.runner === 'onnx') {
        const onnx = all.filter((n) => {
            const m = req.loaded.config.models[n];
            return m.format === 'onnx' || m.format === undefined;
        });
        if (onnx.length)
            return onnx;
    }
    if (all.length === 0)
        throw new errors/* ModelshipError */.W7('no model to benchmark', { hint: 'configure models in modelship.yml or pass --model NAME' });
    return all;
}
function toResult(model, runner, role, batch, session, trials, settings) {
    const agg = aggregateTrials(trials, settings.regression.metric);
    const warnings = [...session.warnings];
    if (agg.errors > 0)
        warnings.push(`${agg.errors} of ${agg.samples + agg.errors} requests failed (${Object.entries(agg.status ?? {}).filter(([k]) => !/^2\d\d$/.test(k)).map(([k, v]) => `${k} x${v}`).join(', ')})`);
    if (agg.trialCv > 0.1)
        warnings.push(`trials vary by ${(agg.trialCv * 100).toFixed(0)}% (coefficient of variation): a noisy machine; only large changes can be detected`);
    return { model, runner, batch, role, ...agg, loadMs: session.loadMs, trials, target: session.description, sha256: session.sha256, warnings };
}
/** Runs the benchmark: every model and batch size, baseline beside candidate when asked, then the comparison. */
async function runBenchmark(req) {
    const { settings } = req;
    const log = req.log ?? (() => { });
    const runner = runnerFor(settings.runner);
    const models = selectModels(req);
    const warnings = [];
    const results = [];
    const comparison = [];
    let runtimeVersion;
    let storedBaseline;
    let baselineCommit;
    if (req.baseline?.kind === 'report')
        storedBaseline = await readReportFile(req.baseline.path);
    if (req.baseline?.kind === 'ref') {
        if (settings.runner !== 'onnx')
            throw new errors/* ModelshipError */.W7(`--baseline REF measures the model file at that commit, which only the onnx runner can do`, { hint: 'for the http and command runners pass a stored report (--baseline FILE.json) or a history run' });
        baselineCommit = await resolveCommit(req.baseline.ref, req.cwd);
    }
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'modelship-bench-'));
    try {
        for (const model of models) {
            const candidateTarget = { model, slowdown: req.candidateSlowdown };
            if (settings.runner === 'onnx')
                candidateTarget.modelPath = req.loaded ? modelFile(req.loaded, model) : undefined;
            else if (req.loaded?.config.models[model]) {
                try {
                    candidateTarget.modelPath = modelFile(req.loaded, model);
                }
                catch {
                    /* the command may not need a file */
                }
            }
            let baselineTarget;
            let baselineSource = '';
            let newModel;
            if (req.baseline?.kind === 'model') {
                baselineTarget = { model, modelPath: req.baseline.path };
                baselineSource = `model:${external_node_path_default().relative(req.cwd, req.baseline.path) || req.baseline.path}`;
            }
            else if (req.baseline?.kind === 'ref') {
                const { rel, bytes } = await fileAtCommit(baselineCommit, candidateTarget.modelPath);
                if (bytes === undefined) {
                    // A pull request that adds a model: measured alone, reported as new (incomparable), never a failure.
                    newModel = `a new model: ${rel} does not exist at ${req.baseline.ref} (${baselineCommit.slice(0, 12)})`;
                    baselineSource = `ref:${req.baseline.ref}@${baselineCommit.slice(0, 12)}`;
                }
                else {
                    const file = external_node_path_default().join(scratch, `${model.replace(/[^\w.-]/g, '_')}-${baselineCommit.slice(0, 12)}.onnx`);
                    await (0,promises_.writeFile)(file, bytes);
                    baselineTarget = { model, modelPath: file };
                    baselineSource = `ref:${req.baseline.ref}@${baselineCommit.slice(0, 12)}`;
                }
            }
            log(`${model}: loading (${settings.runner})`);
            const candidate = await runner.open(candidateTarget, settings);
            const baseline = baselineTarget ? await runner.open(baselineTarget, settings).catch(async (err) => {
                await candidate.close();
                throw err;
            }) : undefined;
            runtimeVersion ??= candidate.runtimeVersion;
            try {
                const measured = new Set();
                for (const requested of settings.batchSizes) {
                    const batch = await candidate.prepare(requested);
                    if (measured.has(batch))
                        continue;
                    measured.add(batch);
                    if (baseline)
                        await baseline.prepare(requested);
                    if (batch !== requested)
                        warnings.push(`${model}: the ${settings.inputsFile ? 'inputs file' : 'model'} fixes the batch at ${batch}; batch size ${requested} was not measured as such`);
                    const plan = { durationMs: settings.durationMs, warmupMs: settings.warmupMs, iterations: settings.iterations, batch };
                    const cTrials = [];
                    const bTrials = [];
                    for (let t = 0; t < settings.trials; t++) {
                        // A B B A A B ...: alternating which side goes first cancels slow drift (thermal, neighbours).
                        const order = baseline ? (t % 2 === 0 ? ['b', 'c'] : ['c', 'b']) : ['c'];
                        for (const side of order) {
                            if (side === 'b')
                                bTrials.push(await baseline.trial(plan));
                            else
                                cTrials.push(await candidate.trial(plan));
                        }
                        log(`${model} batch ${batch}: trial ${t + 1}/${settings.trials}`);
                    }
                    const cResult = toResult(model, settings.runner, 'candidate', batch, candidate, cTrials, settings);
                    results.push(cResult);
                    if (baseline) {
                        const bResult = toResult(model, settings.runner, 'baseline', batch, baseline, bTrials, settings);
                        results.push(bResult);
                        comparison.push(compareTrials(cResult, bResult, settings.regression, baselineSource));
                    }
                    else if (storedBaseline) {
                        comparison.push(compareWithStored(cResult, storedBaseline, req, runtimeVersion));
                    }
                    else if (newModel) {
                        comparison.push(incomparable(cResult, settings.regression, baselineSource, newModel));
                    }
                }
            }
            finally {
                await candidate.close();
                await baseline?.close();
            }
        }
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    const machine = (0,bench_machine/* describeMachine */.Fe)(req.env ?? process.env, runtimeVersion);
    for (const c of comparison)
        if (c.verdict === 'incomparable')
            warnings.push(`${c.model} batch ${c.batch}: not compared: ${c.reason}`);
    return {
        version: 1,
        createdAt: new Date().toISOString(),
        commit: (req.env ?? process.env).GITHUB_SHA || (await headCommit(req.cwd)),
        machine,
        results,
        comparison,
        regressed: comparison.some((c) => c.regressed),
        warnings: [...warnings, ...results.flatMap((r) => r.warnings.map((w) => `${r.model} batch ${r.batch} (${r.role}): ${w}`))],
    };
}
function compareWithStored(candidate, stored, req, runtimeVersion) {
    const source = `file:${external_node_path_default().relative(req.cwd, req.baseline.path)}`;
    const rule = req.settings.regression;
    const here = (0,bench_machine/* describeMachine */.Fe)(req.env ?? process.env, runtimeVersion);
    const diffs = (0,bench_machine/* machineDifferences */.O5)(here, stored.machine);
    const match = stored.results.find((r) => r.model === candidate.model && r.batch === candidate.batch && r.role !== 'baseline' && r.runner === candidate.runner);
    if (!match)
        return incomparable(candidate, rule, source, `the baseline has no ${candidate.runner} result for ${candidate.model} at batch ${candidate.batch}`);
    if (diffs.length)
        return incomparable(candidate, rule, source, `the baseline ran on another machine type (${diffs.join('; ')}); measure both in one job with --baseline REF`);
    return compareTrials(candidate, match, rule, source);
}

;// CONCATENATED MODULE: ./src/bench/options.ts






const RUNNER_NAMES = ['onnx', 'http', 'command'];
function positiveInt(text, what) {
    const n = typeof text === 'number' ? text : Number(text);
    if (!Number.isInteger(n) || n < 1)
        throw new errors/* ModelshipError */.W7(`${what} is "${text}", expected a positive integer`);
    return n;
}
/** Validates the options, runs the benchmark, and saves it to the history folder when asked. */
async function benchWithOptions(loaded, options, io) {
    if (options.runner !== undefined && !RUNNER_NAMES.includes(options.runner)) {
        throw new errors/* ModelshipError */.W7(`--runner is "${options.runner}", expected one of ${RUNNER_NAMES.join(', ')}`);
    }
    const settings = resolveBenchSettings(loaded, {
        runner: options.runner,
        trials: options.trials === undefined ? undefined : positiveInt(options.trials, '--trials'),
        durationMs: options.duration ? (0,duration/* parseDuration */.E)(options.duration, '--duration') : undefined,
        warmupMs: options.warmup ? (0,duration/* parseDuration */.E)(options.warmup, '--warmup') : undefined,
        batchSizes: options.batch ? options.batch.split(',').map((b) => positiveInt(b.trim(), '--batch')) : undefined,
        url: options.url,
    });
    const report = await runBenchmark({
        settings,
        loaded,
        models: options.models,
        baseline: options.baseline ? parseBaseline(options.baseline, io.cwd) : undefined,
        cwd: loaded.root,
        env: io.env,
        log: io.log,
    });
    const dir = options.save ? external_node_path_default().resolve(io.cwd, options.save) : settings.history.dir;
    if (!dir)
        return { report, pruned: [] };
    const { entry, pruned } = await saveRun(dir, report, { maxAgeMs: settings.history.maxAgeMs, maxRuns: settings.history.maxRuns });
    return { report, history: await readHistoryIndex(dir), savedAs: external_node_path_default().join(dir, entry.file), pruned };
}


/***/ })

};
