export const id = 1464;
export const ids = [1464];
export const modules = {

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/**
 * A duration in milliseconds from `90`, `1.5s`, `30s`, `5m`, `1h`, `2d`, `1w` or a compound `1h30m`.
 * A bare number is seconds (as in modelship.yml). `what` names the field for the error.
 */
function parseDuration(value, what) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what}: expected a duration >= 0, got ${value}`);
        return value * 1000;
    }
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/gy;
    let total = 0;
    let consumed = 0;
    let match;
    while ((match = re.exec(text)) !== null) {
        total += Number(match[1]) * UNITS[match[2]];
        consumed = re.lastIndex;
    }
    if (text === '' || consumed !== text.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what}: "${value}" is not a duration`, { hint: 'use a number of seconds or e.g. 500ms, 30s, 5m, 1h30m, 2d' });
    }
    return total;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
    if (ms < 3_600_000)
        return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
    return `${Math.floor(ms / 3_600_000)}h${Math.round((ms % 3_600_000) / 60_000)}m`;
}


/***/ }),

/***/ 23767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseCsv)
/* harmony export */ });
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54976);

const PLAIN = /[^,\r\n"]+/y;
/**
 * RFC 4180 CSV: quoted fields with `""` escapes and embedded newlines, CRLF or LF, a leading BOM dropped,
 * blank lines skipped. A row whose field count differs from the header is an error naming its line: a
 * ragged row means a shifted column, and a shifted column would gate on the wrong numbers.
 */
function parseCsv(text, origin) {
    const records = [];
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let cells = [];
    let field = '';
    let rowLine = 1;
    // `atFieldStart`: a quote here opens a quoted field; `rowHasContent`: the row is not a blank line.
    let atFieldStart = true;
    let rowHasContent = false;
    const endRow = () => {
        cells.push(field);
        if (rowHasContent)
            records.push({ line: rowLine, cells });
        cells = [];
        field = '';
        atFieldStart = true;
        rowHasContent = false;
    };
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"' && atFieldStart) {
            atFieldStart = false;
            rowHasContent = true;
            const openLine = line;
            i++;
            for (;;) {
                if (i >= text.length)
                    throw new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricSourceError */ .u(`${origin}:${openLine}: a quoted field is never closed`);
                const c = text[i];
                if (c === '"') {
                    if (text[i + 1] === '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                if (c === '\n')
                    line++;
                field += c;
                i++;
            }
            const next = text[i];
            if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
                throw new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricSourceError */ .u(`${origin}:${line}: unexpected character ${JSON.stringify(next)} after a closing quote`);
            }
            continue;
        }
        if (ch === ',') {
            cells.push(field);
            field = '';
            atFieldStart = true;
            rowHasContent = true;
            i++;
        }
        else if (ch === '\r' || ch === '\n') {
            endRow();
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            i++;
            line++;
            rowLine = line;
        }
        else {
            if (ch === '"')
                throw new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricSourceError */ .u(`${origin}:${line}: a quote inside an unquoted field`, { hint: 'quote the whole field and double the inner quotes ("")' });
            // Unquoted text runs to the next delimiter: sliced at once, not appended character by character.
            PLAIN.lastIndex = i;
            PLAIN.test(text);
            field += text.slice(i, PLAIN.lastIndex);
            atFieldStart = false;
            rowHasContent = true;
            i = PLAIN.lastIndex;
        }
    }
    if (rowHasContent)
        endRow();
    if (records.length === 0)
        throw new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricSourceError */ .u(`${origin}: the CSV file is empty`, { hint: 'the first line must be a header' });
    const [head, ...rows] = records;
    const header = head.cells.map((h) => h.trim());
    const seen = new Set();
    for (const h of header) {
        if (h === '')
            throw new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricSourceError */ .u(`${origin}:${head.line}: the header has an empty column name`);
        if (seen.has(h))
            throw new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricSourceError */ .u(`${origin}:${head.line}: the header names column "${h}" twice`);
        seen.add(h);
    }
    for (const r of rows) {
        if (r.cells.length !== header.length) {
            throw new _source_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricSourceError */ .u(`${origin}:${r.line}: ragged row: ${r.cells.length} field(s), the header has ${header.length}`, {
                hint: 'every row needs one value per header column (quote values that contain commas)',
            });
        }
    }
    return { header, rows };
}


/***/ }),

/***/ 66487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ histogramQuantile),
/* harmony export */   XF: () => (/* binding */ figuresByVersion),
/* harmony export */   gw: () => (/* binding */ parseExposition),
/* harmony export */   kP: () => (/* binding */ REQUESTS_METRIC),
/* harmony export */   oQ: () => (/* binding */ figuresBetween),
/* harmony export */   uo: () => (/* binding */ histogramSamples)
/* harmony export */ });
/* unused harmony exports DURATION_METRIC, ExpositionError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/**
 * Reads the server's own Prometheus text exposition (`GET /metrics`) into per-version figures: requests by
 * status, errors and the latency histogram, for one model. This is what canary analysis needs on a machine
 * with no Prometheus server: scrape twice, subtract, judge the window. Quantiles follow Prometheus'
 * `histogram_quantile` (linear interpolation inside the bucket; the highest finite bound when the rank
 * falls in `+Inf`), so a figure computed here matches the one a real Prometheus would show.
 */
/** The metric names `ServeMetrics` exposes (src/serve/metrics.ts). */
const REQUESTS_METRIC = 'modelship_requests_total';
const DURATION_METRIC = 'modelship_request_duration_seconds';
class ExpositionError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError {
    constructor(message) {
        super(message, { hint: 'expected the Prometheus text format (version 0.0.4), as GET /metrics of modelship serve answers' });
        this.name = 'ExpositionError';
    }
}
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
/** Parses the Prometheus text format; every malformed line is an error naming the line. */
function parseExposition(text, origin = 'the exposition') {
    const samples = [];
    const types = new Map();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        const line = raw.trim();
        if (line === '')
            continue;
        const at = `${origin}, line ${i + 1}`;
        if (line.startsWith('#')) {
            const m = /^#\s+TYPE\s+(\S+)\s+(\S+)\s*$/.exec(line);
            if (m) {
                if (!/^(counter|gauge|histogram|summary|untyped|gaugehistogram|info|stateset|unknown)$/.test(m[2]))
                    throw new ExpositionError(`${at}: unknown metric type "${m[2]}" for ${m[1]}`);
                types.set(m[1], m[2]);
            }
            continue; // HELP and other comments carry no samples
        }
        samples.push(parseSample(line, i + 1, at));
    }
    return { samples, types };
}
function parseSample(line, lineNo, at) {
    const name = NAME.exec(line)?.[0];
    if (!name)
        throw new ExpositionError(`${at}: expected a metric name, got ${JSON.stringify(line.slice(0, 40))}`);
    let pos = name.length;
    const labels = {};
    if (line[pos] === '{') {
        pos++;
        for (;;) {
            while (line[pos] === ' ')
                pos++;
            if (line[pos] === '}') {
                pos++;
                break;
            }
            const label = LABEL_NAME.exec(line.slice(pos))?.[0];
            if (!label)
                throw new ExpositionError(`${at}: expected a label name or "}" at column ${pos + 1}`);
            pos += label.length;
            while (line[pos] === ' ')
                pos++;
            if (line[pos] !== '=' || line[pos + 1] !== '"')
                throw new ExpositionError(`${at}: expected ="value" after label ${label}`);
            pos += 2;
            let value = '';
            for (;;) {
                const c = line[pos];
                if (c === undefined)
                    throw new ExpositionError(`${at}: the value of label ${label} is not closed by a quote`);
                if (c === '"')
                    break;
                if (c === '\\') {
                    const next = line[pos + 1];
                    if (next === 'n')
                        value += '\n';
                    else if (next === '\\' || next === '"')
                        value += next;
                    else
                        throw new ExpositionError(`${at}: bad escape "\\${next ?? ''}" in the value of label ${label} (expected \\\\, \\" or \\n)`);
                    pos += 2;
                    continue;
                }
                value += c;
                pos++;
            }
            pos++;
            if (Object.hasOwn(labels, label))
                throw new ExpositionError(`${at}: label ${label} appears twice`);
            labels[label] = value;
            while (line[pos] === ' ')
                pos++;
            if (line[pos] === ',')
                pos++;
            else if (line[pos] !== '}')
                throw new ExpositionError(`${at}: expected "," or "}" after the value of label ${label}`);
        }
    }
    const rest = line.slice(pos).trim().split(/\s+/);
    if (rest.length < 1 || rest.length > 2 || rest[0] === '')
        throw new ExpositionError(`${at}: expected one value (and an optional timestamp) after ${name}`);
    const value = parseValue(rest[0]);
    if (value === undefined)
        throw new ExpositionError(`${at}: "${rest[0]}" is not a sample value (a float, +Inf, -Inf or NaN)`);
    if (rest[1] !== undefined && !/^-?\d+$/.test(rest[1]))
        throw new ExpositionError(`${at}: "${rest[1]}" is not a timestamp (integer milliseconds)`);
    return { name, labels, value, line: lineNo };
}
function parseValue(text) {
    if (text === '+Inf' || text === 'Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    if (text === 'NaN')
        return NaN;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return undefined;
    return Number(text);
}
/**
 * Per-version figures of `model` from an exposition (text or parsed). Requests answered before a version was
 * chosen (e.g. 503 when the queue is full) carry the version `""` and are kept under it.
 */
function figuresByVersion(exposition, model) {
    const parsed = typeof exposition === 'string' ? parseExposition(exposition) : exposition;
    const out = new Map();
    const of = (version) => {
        let f = out.get(version);
        if (!f)
            out.set(version, (f = { version, requests: 0, errors: 0, serverErrors: 0, byCode: {}, latency: { buckets: [], count: 0, sum: 0 } }));
        return f;
    };
    for (const s of parsed.samples) {
        if (s.labels.model !== model)
            continue;
        const version = s.labels.version ?? '';
        if (s.name === REQUESTS_METRIC) {
            const code = s.labels.code ?? '';
            const f = of(version);
            f.byCode[code] = (f.byCode[code] ?? 0) + s.value;
            f.requests += s.value;
            const status = Number(code);
            if (status >= 400)
                f.errors += s.value;
            if (status >= 500)
                f.serverErrors += s.value;
        }
        else if (s.name === `${DURATION_METRIC}_bucket`) {
            const le = parseValue(s.labels.le ?? '');
            if (le === undefined || Number.isNaN(le))
                throw new ExpositionError(`line ${s.line}: ${s.name} has le="${s.labels.le ?? ''}", not a bucket bound`);
            of(version).latency.buckets.push({ le, count: s.value });
        }
        else if (s.name === `${DURATION_METRIC}_count`) {
            of(version).latency.count = s.value;
        }
        else if (s.name === `${DURATION_METRIC}_sum`) {
            of(version).latency.sum = s.value;
        }
    }
    for (const f of out.values())
        f.latency.buckets.sort((a, b) => a.le - b.le);
    return out;
}
/**
 * What happened between two scrapes of the same server: counter deltas per version. A counter that went
 * down means the server restarted in between, and the window cannot be measured: an error, not a guess.
 */
function figuresBetween(before, after) {
    const out = new Map();
    for (const [version, a] of after) {
        const b = before.get(version);
        const minus = (x, y, what) => {
            if (x < y)
                throw new ExpositionError(`${what} of version "${version}" went down from ${y} to ${x} between two scrapes: the server restarted, so this window cannot be measured`);
            return x - y;
        };
        if (!b) {
            out.set(version, structuredClone(a));
            continue;
        }
        const byCode = {};
        for (const [code, n] of Object.entries(a.byCode))
            byCode[code] = minus(n, b.byCode[code] ?? 0, `${REQUESTS_METRIC}{code="${code}"}`);
        for (const code of Object.keys(b.byCode))
            if (!(code in a.byCode) && b.byCode[code] > 0)
                minus(0, b.byCode[code], `${REQUESTS_METRIC}{code="${code}"}`);
        const buckets = a.latency.buckets.map(({ le, count }) => ({ le, count: minus(count, b.latency.buckets.find((x) => x.le === le)?.count ?? 0, `${DURATION_METRIC}_bucket{le="${le}"}`) }));
        out.set(version, {
            version,
            requests: minus(a.requests, b.requests, REQUESTS_METRIC),
            errors: minus(a.errors, b.errors, `${REQUESTS_METRIC} (status >= 400)`),
            serverErrors: minus(a.serverErrors, b.serverErrors, `${REQUESTS_METRIC} (status >= 500)`),
            byCode,
            latency: { buckets, count: minus(a.latency.count, b.latency.count, `${DURATION_METRIC}_count`), sum: a.latency.sum - b.latency.sum },
        });
    }
    return out;
}
/**
 * The q-quantile (0 ≤ q ≤ 1) of a cumulative histogram, in its unit, as Prometheus' `histogram_quantile`:
 * NaN without observations; the bucket holding rank q·count is interpolated linearly from its lower bound
 * (the previous `le`, or 0) to its `le`; a rank in `+Inf` gives the highest finite bound.
 */
function histogramQuantile(q, histogram) {
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile ${q} is outside [0, 1]`);
    const buckets = histogram.buckets;
    if (buckets.length === 0)
        return NaN;
    const total = buckets[buckets.length - 1].count;
    if (!(total > 0))
        return NaN;
    if (buckets[buckets.length - 1].le !== Infinity)
        throw new ExpositionError('a histogram without its +Inf bucket has no total: the quantile cannot be computed');
    const rank = q * total;
    let i = buckets.findIndex((b) => b.count >= rank);
    if (i < 0)
        i = buckets.length - 1;
    if (buckets[i].le === Infinity)
        return buckets.length >= 2 ? buckets[buckets.length - 2].le : NaN;
    const upper = buckets[i].le;
    const lower = i === 0 ? 0 : buckets[i - 1].le;
    const below = i === 0 ? 0 : buckets[i - 1].count;
    if (i === 0 && upper <= 0)
        return upper;
    const inBucket = buckets[i].count - below;
    if (inBucket <= 0)
        return upper;
    return lower + (upper - lower) * ((rank - below) / inBucket);
}
/**
 * One value per observation of a histogram, each at the middle of its bucket (the highest finite bound for
 * `+Inf`): what rank statistics (Mann-Whitney) can compare when only the histogram was kept. Observations in
 * one bucket tie, which the rank test accounts for.
 */
function histogramSamples(histogram) {
    const out = [];
    let previous = 0;
    let lower = 0;
    const finite = histogram.buckets.filter((b) => b.le !== Infinity);
    const top = finite.length ? finite[finite.length - 1].le : 0;
    for (const { le, count } of histogram.buckets) {
        const n = count - previous;
        if (n < 0)
            throw new ExpositionError(`histogram bucket le="${le}" holds ${count}, fewer than the bucket below it (${previous}): buckets must be cumulative`);
        const value = le === Infinity ? top : (lower + le) / 2;
        for (let i = 0; i < n; i++)
            out.push(value);
        previous = count;
        if (le !== Infinity)
            lower = le;
    }
    return out;
}


/***/ }),

/***/ 41464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FR: () => (/* reexport */ MergedMetricSet),
  ux: () => (/* reexport */ source/* MetricSourceError */.u),
  B4: () => (/* reexport */ tree_MetricTree),
  Lo: () => (/* reexport */ PlaceholderWithoutValue),
  uk: () => (/* reexport */ ServeMeasurement),
  H4: () => (/* reexport */ source/* SourceNotFoundError */.H),
  QB: () => (/* binding */ createMetricSource),
  ZV: () => (/* reexport */ formatNumber),
  xq: () => (/* binding */ parseFileSpec),
  o0: () => (/* binding */ parseMetricsText),
  GQ: () => (/* reexport */ scrapeServe),
  Bk: () => (/* binding */ splitFileAtRef),
  $I: () => (/* reexport */ withArguments)
});

// UNUSED EXPORTS: FILE_FORMATS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/core/metrics/numbers.ts
/**
 * Numbers as ML tools write them. Python writes `nan`, `inf`, `-inf` (repr) and json.dump writes the
 * non-standard tokens `NaN`, `Infinity`, `-Infinity`; all of them are read as the IEEE values so the gate's
 * non-finite policy decides, instead of a parse error hiding what the metric was.
 */
const SPECIAL = {
    nan: NaN,
    '+nan': NaN,
    '-nan': NaN,
    inf: Infinity,
    '+inf': Infinity,
    infinity: Infinity,
    '+infinity': Infinity,
    '-inf': -Infinity,
    '-infinity': -Infinity,
};
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The number a text cell holds, or undefined when it is not one (empty, words, `1,5`, hex). */
function parseNumber(text) {
    const t = text.trim();
    if (DECIMAL.test(t))
        return Number(t);
    const special = SPECIAL[t.toLowerCase()];
    return special;
}
/** Booleans in per-example files (`correct` = True/False) count as 1/0. */
function parseNumberOrBoolean(text) {
    const n = parseNumber(text);
    if (n !== undefined)
        return n;
    const t = text.trim().toLowerCase();
    if (t === 'true')
        return 1;
    if (t === 'false')
        return 0;
    return undefined;
}
function formatNumber(v) {
    if (v === undefined)
        return '—';
    if (Number.isNaN(v))
        return 'NaN';
    if (!Number.isFinite(v))
        return v > 0 ? '+Inf' : '-Inf';
    if (v === 0)
        return '0';
    const abs = Math.abs(v);
    if (abs >= 1e6 || abs < 1e-4)
        return v.toExponential(3);
    return String(Number(v.toPrecision(6)));
}

;// CONCATENATED MODULE: ./src/core/metrics/tree.ts


/**
 * A MetricSet over a nested document (JSON, YAML, a model card, an MLflow run):
 * - `a.b.c` walks nested mappings; a key that itself holds dots (`eval.accuracy`) is matched first;
 * - a leaf is a number, or `{value: n, samples: [...], ids: [...]}` carrying per-example values;
 * - slices live under `slices.<feature>.<value>.<metric>` (the layout of the example's metrics.json).
 */
class tree_MetricTree {
    origin;
    root;
    missing;
    extraSamples;
    slicesKey;
    constructor(origin, root, 
    /**
     * Keys known to be missing or unusable, with why (a Prometheus query without data: missing; several
     * series where one was needed: invalid). Slice keys are written `feature:value/metric`.
     */
    missing = new Map(), 
    /** Samples kept beside the tree (e.g. every point of a range query). */
    extraSamples = new Map(), slicesKey = 'slices') {
        this.origin = origin;
        this.root = root;
        this.missing = missing;
        this.extraSamples = extraSamples;
        this.slicesKey = slicesKey;
    }
    describe() {
        return this.origin;
    }
    get(metric, slice) {
        const base = this.sliceRoot(slice);
        if (!base.ok)
            return base;
        const known = this.missing.get(slice ? `${slice.feature}:${slice.value}/${metric}` : metric);
        if (known !== undefined)
            return typeof known === 'string' ? { ok: false, kind: 'missing', reason: known } : { ok: false, ...known };
        const node = walk(base.node, metric);
        if (node === undefined) {
            const keys = slice ? leafKeys(base.node) : this.keys();
            const hint = (0,core_text/* didYouMean */.au)(metric, keys);
            return {
                ok: false,
                kind: 'missing',
                reason: `metric "${metric}" is not in ${this.origin}${slice ? ` (slice ${slice.feature}:${slice.value})` : ''}${hint ? `; ${hint}` : keys.length ? `; it has ${preview(keys)}` : ''}`,
            };
        }
        return leafValue(node, metric, this.origin);
    }
    sliceValues(feature) {
        const slices = walk(this.root, this.slicesKey);
        if (!isRecord(slices))
            return undefined;
        const byFeature = slices[feature];
        return isRecord(byFeature) ? Object.keys(byFeature) : undefined;
    }
    samples(metric, slice) {
        if (!slice && this.extraSamples.has(metric))
            return this.extraSamples.get(metric);
        const base = this.sliceRoot(slice);
        if (!base.ok)
            return undefined;
        const node = walk(base.node, metric);
        if (!isRecord(node) || !Array.isArray(node.samples))
            return undefined;
        const values = node.samples.map((v) => (typeof v === 'number' ? v : typeof v === 'string' ? parseNumber(v) ?? NaN : NaN));
        const ids = Array.isArray(node.ids) && node.ids.length === values.length ? node.ids.map(String) : undefined;
        return { values, ids };
    }
    keys() {
        const out = leafKeys(this.root).filter((k) => k !== this.slicesKey && !k.startsWith(`${this.slicesKey}.`));
        for (const k of this.missing.keys())
            if (!k.includes('/'))
                out.push(k);
        return out;
    }
    sliceRoot(slice) {
        if (!slice)
            return { ok: true, node: this.root };
        const values = this.sliceValues(slice.feature);
        if (values === undefined) {
            const slices = walk(this.root, this.slicesKey);
            const features = isRecord(slices) ? Object.keys(slices) : [];
            const hint = (0,core_text/* didYouMean */.au)(slice.feature, features);
            return {
                ok: false,
                kind: 'missing',
                reason: `slice feature "${slice.feature}" does not exist in ${this.origin}${hint ? `; ${hint}` : features.length ? `; features: ${features.join(', ')}` : ' (it has no slices)'}`,
            };
        }
        if (!values.includes(slice.value)) {
            const hint = (0,core_text/* didYouMean */.au)(slice.value, values);
            return {
                ok: false,
                kind: 'missing',
                reason: `slice ${slice.feature}:${slice.value} does not exist in ${this.origin}${hint ? `; ${hint}` : `; values: ${values.join(', ')}`}`,
            };
        }
        return { ok: true, node: walk(this.root, this.slicesKey)[slice.feature][slice.value] };
    }
}
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Walks a dotted key, preferring the longest literal key at each level (keys may contain dots). */
function walk(node, key) {
    if (key === '')
        return node;
    if (!isRecord(node))
        return undefined;
    if (Object.hasOwn(node, key))
        return node[key];
    const parts = key.split('.');
    for (let n = parts.length - 1; n >= 1; n--) {
        const head = parts.slice(0, n).join('.');
        if (Object.hasOwn(node, head)) {
            const found = walk(node[head], parts.slice(n).join('.'));
            if (found !== undefined)
                return found;
        }
    }
    return undefined;
}
function leafValue(node, metric, origin) {
    const raw = isRecord(node) && Object.hasOwn(node, 'value') ? node.value : node;
    if (typeof raw === 'number')
        return { ok: true, value: raw };
    if (typeof raw === 'string') {
        // Only the spellings of NaN/Inf are accepted from strings: "0.93" in quotes is a data bug worth naming.
        const special = parseNumber(raw);
        if (special !== undefined && !Number.isFinite(special))
            return { ok: true, value: special };
        return {
            ok: false,
            kind: 'invalid',
            reason: `metric "${metric}" in ${origin} is the string ${JSON.stringify(raw.slice(0, 40))}, expected a number${special !== undefined ? ' (remove the quotes)' : ''}`,
        };
    }
    const what = raw === null ? 'null' : Array.isArray(raw) ? 'a list' : isRecord(raw) ? 'a mapping without a numeric "value"' : `${typeof raw} ${String(raw)}`;
    return { ok: false, kind: 'invalid', reason: `metric "${metric}" in ${origin} is ${what}, expected a number` };
}
/** Dotted keys of every numeric (or value-bearing) leaf, capped so a huge document stays cheap. */
function leafKeys(node, prefix = '', out = [], depth = 0) {
    if (!isRecord(node) || depth > 8 || out.length > 500)
        return out;
    for (const [k, v] of Object.entries(node)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (isRecord(v) && !Object.hasOwn(v, 'value'))
            leafKeys(v, key, out, depth + 1);
        else if (!Array.isArray(v))
            out.push(key);
    }
    return out;
}
function preview(keys) {
    return keys.length <= 8 ? keys.join(', ') : `${keys.slice(0, 8).join(', ')} and ${keys.length - 8} more`;
}

// EXTERNAL MODULE: ./src/core/metrics/source.ts
var source = __webpack_require__(54976);
;// CONCATENATED MODULE: ./src/core/metrics/bench-report.ts


const TRIAL_KEYS = ['p50', 'p90', 'p95', 'p99', 'mean', 'min', 'max'];
function isBenchReport(data) {
    return isRecord(data) && Array.isArray(data.results) && data.results.some((r) => isRecord(r) && isRecord(r.latency_ms));
}
function benchMetrics(data, origin, select = {}) {
    if (!isBenchReport(data))
        throw new source/* MetricSourceError */.u(`${origin} is not a benchmark report (expected "results" with "latency_ms", as \`modelship bench --format json\` writes)`);
    const results = (data.results.filter(isRecord));
    const role = select.role ?? 'candidate';
    const sameModel = results.filter((r) => (select.model === undefined || r.model === select.model) && (select.runner === undefined || r.runner === select.runner) && (r.role === undefined || r.role === role));
    const chosen = sameModel.filter((r) => select.batch === undefined || r.batch === select.batch);
    const describe = (r) => `${String(r.model)}/${String(r.runner)}/batch ${String(r.batch)}`;
    const noMatch = (what) => new source/* MetricSourceError */.u(`${origin}: ${what} (model ${select.model ?? 'any'}, runner ${select.runner ?? 'any'}, batch ${select.batch ?? 'any'}, role ${role}); results: ${results.map(describe).join(', ')}`, { hint: 'set model and runner on the bench source to pick one result (batch sizes are slices batch:<n>)' });
    if (chosen.length === 0)
        throw noMatch('no benchmark result matches');
    // Several batch sizes of one model and runner, none selected: the report is read as slices `batch:<n>`.
    const onlyBatchesDiffer = select.batch === undefined && chosen.every((r) => r.model === chosen[0].model && r.runner === chosen[0].runner && typeof r.batch === 'number');
    const distinctBatches = new Set(chosen.map((r) => r.batch)).size === chosen.length;
    if (chosen.length > 1 && !(onlyBatchesDiffer && distinctBatches))
        throw noMatch(`${chosen.length} benchmark results match`);
    const one = chosen.length === 1 ? chosen[0] : undefined;
    const batches = sameModel.filter((r) => r.model === chosen[0].model && r.runner === chosen[0].runner && typeof r.batch === 'number');
    const root = one ? node(one) : {};
    if (batches.length > 1 || !one)
        root.slices = { batch: Object.fromEntries(batches.map((r) => [String(r.batch), node(r)])) };
    const missing = new Map();
    if (!one) {
        const sizes = batches.map((r) => String(r.batch)).join(', ');
        const why = `${origin} holds batch sizes ${sizes} of ${String(chosen[0].model)}/${String(chosen[0].runner)}: read one as a slice (slices: [batch] or batch:${String(batches[0].batch)} on the check) or set batch on the bench source`;
        for (const key of leafKeys(node(chosen[0])))
            missing.set(key, why);
    }
    const label = one ? `${origin} (${describe(one)})` : `${origin} (${String(chosen[0].model)}/${String(chosen[0].runner)}, batch sizes as slices)`;
    return new tree_MetricTree(label, root, missing);
}
/** One result as a tree: its figures, with the trials' figures as samples (for Mann-Whitney and bootstrap). */
function node(r) {
    const trials = Array.isArray(r.trials) ? r.trials.filter(isRecord) : [];
    const withSamples = (value, samples) => (samples && samples.every(Number.isFinite) && trials.length > 0 ? { value, samples } : value);
    const latency = isRecord(r.latency_ms) ? { ...r.latency_ms } : r.latency_ms;
    if (isRecord(latency)) {
        for (const k of TRIAL_KEYS) {
            if (!Object.hasOwn(latency, k))
                continue;
            latency[k] = withSamples(latency[k], trials.map((t) => (isRecord(t.latency_ms) ? Number(t.latency_ms[k]) : NaN)));
        }
    }
    const out = {
        latency_ms: latency,
        throughput_per_s: withSamples(r.throughput_per_s, trials.map((t) => Number(t.throughput_per_s))),
        rss_mb: r.rss_mb,
        errors: r.errors,
        samples: r.samples,
    };
    for (const k of Object.keys(out))
        if (out[k] === undefined)
            delete out[k];
    return out;
}

// EXTERNAL MODULE: ./src/core/metrics/csv-parse.ts
var csv_parse = __webpack_require__(23767);
;// CONCATENATED MODULE: ./src/core/metrics/csv.ts





function parseCsvMetrics(text, origin, options = {}) {
    const table = (0,csv_parse/* parseCsv */.W)(text, origin);
    const layout = options.layout ?? 'auto';
    const isLong = layout === 'long' || (layout === 'auto' && table.header.includes('metric') && table.header.includes('value'));
    if (isLong)
        return longLayout(table, origin);
    return new ExampleTable(table, origin, options.idColumn);
}
function longLayout(table, origin) {
    const col = (name) => table.header.indexOf(name);
    const [m, v, s] = [col('metric'), col('value'), col('slice')];
    if (m < 0 || v < 0)
        throw new source/* MetricSourceError */.u(`${origin}: the long CSV layout needs columns "metric" and "value" (found ${table.header.join(', ')})`);
    const root = {};
    const slices = {};
    for (const { line, cells } of table.rows) {
        const metric = cells[m].trim();
        if (metric === '')
            throw new source/* MetricSourceError */.u(`${origin}:${line}: empty metric name`);
        const raw = cells[v].trim();
        const value = parseNumber(raw);
        const stored = value === undefined ? raw : value;
        const slice = s >= 0 ? cells[s].trim() : '';
        let target = root;
        if (slice !== '' && slice !== 'overall') {
            const sep = slice.search(/[:=]/);
            if (sep <= 0)
                throw new source/* MetricSourceError */.u(`${origin}:${line}: slice "${slice}" should be written feature:value`);
            const feature = slice.slice(0, sep);
            const fv = slice.slice(sep + 1);
            target = ((slices[feature] ??= {})[fv] ??= {});
        }
        if (Object.hasOwn(target, metric))
            throw new source/* MetricSourceError */.u(`${origin}:${line}: metric "${metric}" appears twice${slice ? ` in slice ${slice}` : ''}`);
        target[metric] = stored;
    }
    if (Object.keys(slices).length > 0)
        root.slices = slices;
    return new tree_MetricTree(origin, root);
}
class ExampleTable {
    origin;
    columns = new Map();
    ids;
    constructor(table, origin, idColumn) {
        this.origin = origin;
        table.header.forEach((name, c) => {
            const texts = table.rows.map((r) => r.cells[c]);
            const numbers = [];
            let offender;
            for (let r = 0; r < texts.length && offender === undefined; r++) {
                const n = parseNumberOrBoolean(texts[r]);
                if (n === undefined)
                    offender = { line: table.rows[r].line, text: texts[r] };
                else
                    numbers.push(n);
            }
            this.columns.set(name, { name, texts, numbers: offender === undefined && texts.length > 0 ? numbers : undefined, offender });
        });
        const idName = idColumn ?? (this.columns.has('id') ? 'id' : undefined);
        if (idName !== undefined) {
            const idCol = this.columns.get(idName);
            if (!idCol)
                throw new source/* MetricSourceError */.u(`${origin}: id column "${idName}" is not in the header (${table.header.join(', ')})`);
            const seen = new Set();
            idCol.texts.forEach((id, r) => {
                if (seen.has(id))
                    throw new source/* MetricSourceError */.u(`${origin}:${table.rows[r].line}: id "${id}" appears twice`);
                seen.add(id);
            });
            this.ids = idCol.texts;
            this.idName = idName;
        }
        if (table.rows.length === 0)
            throw new source/* MetricSourceError */.u(`${origin}: the CSV file has a header but no rows`);
    }
    idName;
    describe() {
        return this.origin;
    }
    get(metric, slice) {
        const rows = this.rowsOf(slice);
        if (!rows.ok)
            return rows;
        if (metric === 'examples')
            return { ok: true, value: rows.rows.length };
        const col = this.numericColumn(metric);
        if (!col.ok)
            return col;
        let sum = 0;
        for (const r of rows.rows)
            sum += col.numbers[r];
        return { ok: true, value: sum / rows.rows.length };
    }
    sliceValues(feature) {
        const col = this.columns.get(feature);
        if (!col || col.numbers !== undefined || feature === this.idName)
            return undefined;
        return [...new Set(col.texts)];
    }
    samples(metric, slice) {
        const rows = this.rowsOf(slice);
        const col = this.numericColumn(metric);
        if (!rows.ok || !col.ok)
            return undefined;
        return { values: rows.rows.map((r) => col.numbers[r]), ids: this.ids ? rows.rows.map((r) => this.ids[r]) : undefined };
    }
    keys() {
        return [...this.columns.values()].filter((c) => c.numbers !== undefined && c.name !== this.idName).map((c) => c.name).concat('examples');
    }
    numericColumn(metric) {
        const col = this.columns.get(metric);
        if (!col) {
            const hint = (0,core_text/* didYouMean */.au)(metric, this.columns.keys());
            return { ok: false, kind: 'missing', reason: `column "${metric}" is not in ${this.origin}${hint ? `; ${hint}` : `; columns: ${[...this.columns.keys()].join(', ')}`}` };
        }
        if (col.numbers === undefined) {
            const o = col.offender;
            return { ok: false, kind: 'invalid', reason: `column "${metric}" of ${this.origin} is not numeric${o ? `: line ${o.line} has ${JSON.stringify(o.text.slice(0, 40))}` : ''}` };
        }
        return { ok: true, numbers: col.numbers };
    }
    rowsOf(slice) {
        const all = [...Array(this.columns.values().next().value?.texts.length ?? 0).keys()];
        if (!slice)
            return { ok: true, rows: all };
        const values = this.sliceValues(slice.feature);
        if (values === undefined) {
            const features = [...this.columns.values()].filter((c) => c.numbers === undefined && c.name !== this.idName).map((c) => c.name);
            const hint = (0,core_text/* didYouMean */.au)(slice.feature, features);
            return { ok: false, kind: 'missing', reason: `slice feature "${slice.feature}" is not a text column of ${this.origin}${hint ? `; ${hint}` : features.length ? `; features: ${features.join(', ')}` : ''}` };
        }
        if (!values.includes(slice.value)) {
            const hint = (0,core_text/* didYouMean */.au)(slice.value, values);
            return { ok: false, kind: 'missing', reason: `slice ${slice.feature}:${slice.value} does not exist in ${this.origin}${hint ? `; ${hint}` : `; values: ${values.join(', ')}`}` };
        }
        const texts = this.columns.get(slice.feature).texts;
        return { ok: true, rows: all.filter((r) => texts[r] === slice.value) };
    }
}

// EXTERNAL MODULE: ./src/core/git/index.ts + 5 modules
var git = __webpack_require__(62773);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/metrics/text-file.ts
var text_file = __webpack_require__(23301);
;// CONCATENATED MODULE: ./src/core/metrics/json.ts



/**
 * JSON metrics: `{"accuracy": 0.93, "slices": {"species": {"setosa": {"f1": 1.0}}}}`. Python's json.dump
 * writes NaN and Infinity as bare tokens (invalid JSON); they are accepted so the non-finite policy decides.
 */
function parseJsonMetrics(text, origin) {
    return new MetricTree(origin, parseLenientJson(text, origin));
}
function parseLenientJson(text, origin) {
    try {
        return JSON.parse(text);
    }
    catch (first) {
        const rewritten = quotePythonSpecials(text);
        if (rewritten !== text) {
            try {
                return JSON.parse(rewritten);
            }
            catch {
                // fall through to report the original error
            }
        }
        const message = first.message;
        const pos = /position (\d+)/.exec(message);
        const where = pos ? (({ line, column }) => `:${line}:${column}`)((0,text_file/* lineColumn */.rv)(text, Number(pos[1]))) : '';
        throw new source/* MetricSourceError */.u(`${origin}${where}: invalid JSON: ${message.replace(/^JSON\.parse: /, '')}`, {
            hint: 'a metrics file is a JSON object of numbers, e.g. {"accuracy": 0.93}',
        });
    }
}
/** Quotes bare NaN / Infinity / -Infinity outside strings; leaves everything else byte for byte. */
function quotePythonSpecials(text) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            out += text.slice(i, j + 1);
            i = j + 1;
            continue;
        }
        const m = /^(-?Infinity|NaN)\b/.exec(text.slice(i, i + 9));
        if (m && !/[\w.]/.test(text[i - 1] ?? '')) {
            out += `"${m[1]}"`;
            i += m[1].length;
            continue;
        }
        out += ch;
        i++;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/metrics/merged.ts
/**
 * Several sources read as one (metrics.json for the numbers, predictions.csv for per-example samples):
 * the first set that knows a key answers; a value that is present but invalid is not skipped over.
 */
class MergedMetricSet {
    sets;
    constructor(sets) {
        this.sets = sets;
    }
    describe() {
        return this.sets.map((s) => s.describe()).join(' + ');
    }
    get(metric, slice) {
        const reasons = [];
        for (const set of this.sets) {
            const r = set.get(metric, slice);
            if (r.ok || r.kind === 'invalid')
                return r;
            reasons.push(r.reason);
        }
        return { ok: false, kind: 'missing', reason: reasons.join('; and ') };
    }
    sliceValues(feature) {
        for (const set of this.sets) {
            const v = set.sliceValues(feature);
            if (v !== undefined)
                return v;
        }
        return undefined;
    }
    samples(metric, slice) {
        for (const set of this.sets) {
            const s = set.samples(metric, slice);
            if (s !== undefined)
                return s;
        }
        return undefined;
    }
    keys() {
        return [...new Set(this.sets.flatMap((s) => s.keys()))];
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/core/metrics/mlflow.ts






async function readMlflowRun(runDir, origin, options = {}) {
    const metricsDir = external_node_path_default().join(runDir, 'metrics');
    try {
        if (!(await (0,promises_.stat)(metricsDir)).isDirectory())
            throw new Error('not a directory');
    }
    catch {
        throw new source/* MetricSourceError */.u(`${origin} is not an MLflow run directory: ${metricsDir} does not exist`, {
            hint: 'point at mlruns/<experiment-id>/<run-id> (the folder that holds meta.yaml, metrics/, params/)',
        });
    }
    const root = {};
    const samples = new Map();
    const missing = new Map();
    for (const key of await listFiles(metricsDir, '')) {
        const text = await (0,text_file/* readTextFile */.Gu)(external_node_path_default().join(metricsDir, key), 'MLflow metric file');
        const points = parseHistory(text, `${origin}/metrics/${key}`);
        const name = key.split((external_node_path_default()).sep).join('/');
        if (points.length === 0) {
            missing.set(name, `metric "${name}" of ${origin} has no logged values`);
            continue;
        }
        const chosen = options.step === undefined ? points : points.filter((p) => p.step === options.step);
        if (chosen.length === 0) {
            missing.set(name, `metric "${name}" of ${origin} has no value at step ${options.step} (steps ${[...new Set(points.map((p) => p.step))].slice(0, 10).join(', ')})`);
            continue;
        }
        const latest = chosen.reduce((a, b) => (b.step > a.step || (b.step === a.step && (b.timestamp > a.timestamp || (b.timestamp === a.timestamp && b.order > a.order))) ? b : a));
        root[name] = latest.value;
        samples.set(name, { values: [...points].sort((a, b) => a.step - b.step || a.timestamp - b.timestamp || a.order - b.order).map((p) => p.value) });
    }
    return new tree_MetricTree(origin, root, missing, samples);
}
function parseHistory(text, origin) {
    const points = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (line.trim() === '')
            return;
        const parts = line.trim().split(/\s+/);
        const [ts, v, st] = [parseNumber(parts[0] ?? ''), parseNumber(parts[1] ?? ''), parts[2] === undefined ? 0 : parseNumber(parts[2])];
        if (parts.length < 2 || parts.length > 3 || ts === undefined || v === undefined || st === undefined) {
            throw new source/* MetricSourceError */.u(`${origin}:${i + 1}: expected "<timestamp> <value> <step>", got ${JSON.stringify(line.slice(0, 60))}`);
        }
        points.push({ timestamp: ts, value: v, step: st, order: i });
    });
    return points;
}
async function listFiles(dir, prefix, depth = 0) {
    if (depth > 8)
        return [];
    const out = [];
    for (const entry of await (0,promises_.readdir)(external_node_path_default().join(dir, prefix), { withFileTypes: true })) {
        const rel = external_node_path_default().join(prefix, entry.name);
        if (entry.isDirectory())
            out.push(...(await listFiles(dir, rel, depth + 1)));
        else if (entry.isFile())
            out.push(rel);
    }
    return out.sort();
}
class MlflowRunSource {
    runDir;
    options;
    label;
    constructor(runDir, options = {}, label = runDir) {
        this.runDir = runDir;
        this.options = options;
        this.label = label;
    }
    describe() {
        return `MLflow run ${this.label}${this.options.step === undefined ? '' : ` at step ${this.options.step}`}`;
    }
    read() {
        return readMlflowRun(this.runDir, this.label, this.options);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/yaml-source.ts
var yaml_source = __webpack_require__(30668);
;// CONCATENATED MODULE: ./src/core/metrics/yaml.ts




/** YAML metrics, same layout as JSON. `.nan` and `.inf` are YAML's own spellings of the IEEE values. */
function parseYamlMetrics(text, origin) {
    // The plain mapping a metrics file is, read fast; the `yaml` library for the rest and for its errors.
    const fast = (0,yaml_source/* readYamlFast */.eS)(text);
    if (fast)
        return new tree_MetricTree(origin, fast.value);
    const doc = (0,dist.parseDocument)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const where = e.linePos ? `:${e.linePos[0].line}:${e.linePos[0].col}` : '';
        throw new source/* MetricSourceError */.u(`${origin}${where}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    return new tree_MetricTree(origin, yamlDocumentData(doc, origin));
}
/**
 * The document's data. Aliases are capped (a metrics file has no business expanding a billion laughs), and
 * yaml's ReferenceError for a bomb or an alias with no anchor becomes a MetricSourceError that names the file.
 */
function yamlDocumentData(doc, origin) {
    try {
        return doc.toJS({ maxAliasCount: 50 });
    }
    catch (err) {
        throw new source/* MetricSourceError */.u(`${origin}: invalid YAML: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/model-card.ts






/** The front matter read by the `yaml` library: what the fast reader declines (duplicate keys are allowed here, the last wins). */
function frontMatterData(front, origin) {
    const doc = (0,dist.parseDocument)(front, { uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new source/* MetricSourceError */.u(`${origin}: invalid YAML front matter: ${doc.errors[0].message.split('\n')[0]}`);
    return yamlDocumentData(doc, origin);
}
function parseModelCardMetrics(text, origin, options = {}) {
    const front = frontMatter(text, origin);
    const data = (0,yaml_source/* readYamlFast */.eS)(front)?.value ?? frontMatterData(front, origin);
    if (!isRecord(data) || !Array.isArray(data['model-index'])) {
        throw new source/* MetricSourceError */.u(`${origin}: the front matter has no "model-index" list`, { hint: 'see https://huggingface.co/docs/hub/model-cards#evaluation-results' });
    }
    const root = {};
    const byType = new Map();
    const datasets = new Set();
    for (const model of data['model-index']) {
        if (!isRecord(model) || !Array.isArray(model.results))
            continue;
        for (const result of model.results) {
            if (!isRecord(result))
                continue;
            const ds = isRecord(result.dataset) ? result.dataset : {};
            const dsName = String(ds.name ?? ds.type ?? 'dataset');
            datasets.add(dsName);
            if (options.dataset !== undefined && options.dataset !== ds.name && options.dataset !== ds.type)
                continue;
            for (const m of Array.isArray(result.metrics) ? result.metrics : []) {
                if (!isRecord(m) || typeof m.type !== 'string')
                    continue;
                // The Hub stores values as numbers or numeric strings; a string here is data, not a typo, so it is parsed.
                const value = typeof m.value === 'string' ? parseNumber(m.value) ?? m.value : m.value;
                byType.set(m.type, [...(byType.get(m.type) ?? []), { dataset: dsName, value }]);
                (root[dsName] ??= {})[m.type] = value;
            }
        }
    }
    if (options.dataset !== undefined && byType.size === 0) {
        throw new source/* MetricSourceError */.u(`${origin}: no results for dataset "${options.dataset}" (datasets: ${[...datasets].join(', ') || 'none'})`);
    }
    const missing = new Map();
    for (const [type, entries] of byType) {
        if (entries.length === 1 || options.dataset !== undefined)
            root[type] = entries[entries.length - 1].value;
        else
            missing.set(type, `metric "${type}" is reported for several datasets in ${origin} (${entries.map((e) => e.dataset).join(', ')}); use "<dataset>.${type}" or the source's dataset option`);
    }
    return new tree_MetricTree(origin, root, missing);
}
function frontMatter(text, origin) {
    const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(t);
    if (!m)
        throw new source/* MetricSourceError */.u(`${origin}: no YAML front matter (a model card starts with a "---" line)`);
    return m[1];
}

// EXTERNAL MODULE: ./src/core/stats/descriptive.ts
var descriptive = __webpack_require__(94021);
;// CONCATENATED MODULE: ./src/core/metrics/reduce.ts

/** How a series of values becomes one number (Prometheus range results, repeated measurements). */
const REDUCERS = ['last', 'first', 'mean', 'median', 'min', 'max', 'sum', 'count', 'p50', 'p90', 'p95', 'p99'];
/**
 * Reduces values in time order. NaN propagates (a NaN among the points makes mean/sum/min/max NaN) so the
 * gate's non-finite policy sees it: a NaN from a division by zero traffic must never read as "fine".
 */
function reduceValues(values, how) {
    if (values.length === 0)
        throw new RangeError('reduce: no values');
    const hasNaN = values.some(Number.isNaN);
    switch (how) {
        case 'last':
            return values[values.length - 1];
        case 'first':
            return values[0];
        case 'count':
            return values.length;
        case 'sum':
            return values.reduce((a, b) => a + b, 0);
        case 'mean':
            return values.reduce((a, b) => a + b, 0) / values.length;
        case 'min':
            return hasNaN ? NaN : Math.min(...values);
        case 'max':
            return hasNaN ? NaN : Math.max(...values);
        default: {
            if (hasNaN)
                return NaN;
            const finite = values.filter(Number.isFinite);
            // quantile() refuses infinities; an infinite point is the extreme of its side, so it wins max-like quantiles.
            if (finite.length !== values.length)
                return how === 'median' || how === 'p50' ? quantileWithInf(values, 0.5) : quantileWithInf(values, Number(how.slice(1)) / 100);
            return (0,descriptive/* quantile */.YV)(finite, how === 'median' ? 0.5 : Number(how.slice(1)) / 100);
        }
    }
}
function quantileWithInf(values, q) {
    const sorted = [...values].sort((a, b) => a - b);
    const pos = (sorted.length - 1) * q;
    const lo = sorted[Math.floor(pos)];
    const hi = sorted[Math.ceil(pos)];
    if (lo === hi)
        return lo;
    if (!Number.isFinite(lo) || !Number.isFinite(hi))
        return pos - Math.floor(pos) < 0.5 ? lo : hi;
    return lo + (hi - lo) * (pos - Math.floor(pos));
}

;// CONCATENATED MODULE: ./src/core/metrics/prometheus.ts




class PrometheusSource {
    options;
    constructor(options) {
        this.options = options;
        for (const [name, q] of Object.entries(options.queries)) {
            if (q.reduce !== undefined && !REDUCERS.includes(q.reduce))
                throw new source/* MetricSourceError */.u(`prometheus query "${name}": unknown reduce "${q.reduce}" (expected ${REDUCERS.join(', ')})`);
        }
    }
    describe() {
        return `Prometheus ${redact(this.options.url)} (${Object.keys(this.options.queries).join(', ')})`;
    }
    async read() {
        const root = {};
        const slices = {};
        const missing = new Map();
        const samples = new Map();
        const at = this.options.time ?? (this.options.now ?? (() => Date.now() / 1000))();
        for (const [name, q] of Object.entries(this.options.queries)) {
            const series = await this.run(name, q, at);
            const label = `query "${name}" (${q.query})`;
            if (series.length === 0 || series.every((s) => s.points.length === 0)) {
                missing.set(name, `Prometheus ${label} returned no data${q.range ? ` in the last ${q.range.windowSeconds}s` : ''}`);
                continue;
            }
            const reduce = q.reduce ?? 'last';
            if (q.sliceBy !== undefined) {
                const groups = new Map();
                for (const s of series) {
                    const v = s.labels[q.sliceBy];
                    if (v === undefined)
                        throw new source/* MetricSourceError */.u(`Prometheus ${label}: a series has no label "${q.sliceBy}" to slice by (labels: ${Object.keys(s.labels).join(', ') || 'none'})`);
                    groups.set(v, [...(groups.get(v) ?? []), s]);
                }
                for (const [v, group] of groups) {
                    const r = reduceSeries(group, reduce, `${label} slice ${q.sliceBy}:${v}`);
                    if (typeof r === 'string')
                        missing.set(`${q.sliceBy}:${v}/${name}`, { kind: 'invalid', reason: r });
                    else
                        ((slices[q.sliceBy] ??= {})[v] ??= {})[name] = r;
                }
            }
            const overall = reduceSeries(series, reduce, label);
            // Several series and an order-dependent reducer: an error, not a guess. With sliceBy the slices still work.
            if (typeof overall === 'string')
                missing.set(name, { kind: 'invalid', reason: overall });
            else
                root[name] = overall;
            samples.set(name, { values: series.flatMap((s) => s.points).sort((a, b) => a[0] - b[0]).map((p) => p[1]) });
        }
        if (Object.keys(slices).length > 0)
            root.slices = slices;
        return new tree_MetricTree(this.describe(), root, missing, samples);
    }
    async run(name, q, now) {
        const base = this.options.url.endsWith('/') ? this.options.url : `${this.options.url}/`;
        let url;
        try {
            url = new URL(q.range ? 'api/v1/query_range' : 'api/v1/query', base);
        }
        catch {
            throw new source/* MetricSourceError */.u(`Prometheus URL "${redact(this.options.url)}" is not a valid URL`);
        }
        // fetch refuses URLs with credentials (and would echo them in its error): send them as Basic auth instead.
        const auth = {};
        if (url.username || url.password) {
            auth.authorization = `Basic ${Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString('base64')}`;
            url.username = '';
            url.password = '';
        }
        const params = new URLSearchParams({ query: q.query });
        if (q.range) {
            params.set('start', String(now - q.range.windowSeconds));
            params.set('end', String(now));
            params.set('step', String(q.range.stepSeconds));
        }
        else {
            params.set('time', String(now));
        }
        const doFetch = this.options.fetch ?? fetch;
        let response;
        const where = `Prometheus ${redact(this.options.url)}, query "${name}"`;
        try {
            // POST with a form body: long PromQL never hits URL length limits, and queries stay out of access logs.
            response = await doFetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...auth, ...this.options.headers },
                body: params.toString(),
                signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
            });
        }
        catch (err) {
            const cause = err.cause;
            const why = err.name === 'TimeoutError' ? `no answer within ${(this.options.timeoutMs ?? 10_000) / 1000}s` : cause?.code ?? cause?.message ?? err.message;
            throw new source/* MetricSourceError */.u(`${where}: Prometheus did not answer (${redact(String(why))})`, { kind: 'unavailable', hint: 'check the url and that Prometheus is reachable from the runner' });
        }
        const text = await response.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new source/* MetricSourceError */.u(`${where}: HTTP ${response.status}, not a Prometheus API answer: ${JSON.stringify(text.slice(0, 120))}`, { kind: 'unavailable' });
        }
        if (body.status !== 'success') {
            const badQuery = body.errorType === 'bad_data';
            throw new source/* MetricSourceError */.u(`${where}: HTTP ${response.status}, Prometheus says ${body.errorType ?? 'error'}: ${body.error ?? 'no detail'}`, {
                kind: badQuery ? 'invalid' : 'unavailable',
                hint: badQuery ? 'fix the PromQL; try it in the Prometheus UI first' : undefined,
            });
        }
        return parseResult(body.data, where);
    }
}
function parseResult(data, where) {
    const type = data?.resultType;
    const result = data?.result;
    const value = (pair) => {
        if (!Array.isArray(pair) || pair.length !== 2)
            throw new source/* MetricSourceError */.u(`${where}: malformed sample ${JSON.stringify(pair)?.slice(0, 60)}`, { kind: 'unavailable' });
        const v = parseNumber(String(pair[1]));
        if (v === undefined)
            throw new source/* MetricSourceError */.u(`${where}: sample value ${JSON.stringify(pair[1])} is not a number`, { kind: 'unavailable' });
        return [Number(pair[0]), v];
    };
    if (type === 'scalar')
        return [{ labels: {}, points: [value(result)] }];
    if (type === 'vector' || type === 'matrix') {
        if (!Array.isArray(result))
            throw new source/* MetricSourceError */.u(`${where}: malformed ${type} result`, { kind: 'unavailable' });
        return result.map((s) => ({
            labels: s.metric ?? {},
            points: type === 'vector' ? [value(s.value)] : (s.values ?? []).map(value),
        }));
    }
    throw new source/* MetricSourceError */.u(`${where}: result type "${type}" cannot be a metric (expected vector, matrix or scalar)`);
}
/** One number from several series, or the reason it cannot be one. */
function reduceSeries(series, how, label) {
    const nonEmpty = series.filter((s) => s.points.length > 0);
    if ((how === 'last' || how === 'first') && nonEmpty.length > 1) {
        return `Prometheus ${label} returned ${nonEmpty.length} series; "${how}" needs one: aggregate in PromQL (sum, avg, max by ...) or set reduce to mean/max/p95, or sliceBy a label`;
    }
    const points = nonEmpty.flatMap((s) => s.points).sort((a, b) => a[0] - b[0]);
    return reduceValues(points.map((p) => p[1]), how);
}
/** Credentials in a URL (`https://user:pass@host`) never reach a report. */
function redact(url) {
    return url.replace(/\/\/[^/@\s]*@/g, '//***@');
}

// EXTERNAL MODULE: ./src/core/metrics/exposition.ts
var exposition = __webpack_require__(66487);
;// CONCATENATED MODULE: ./src/core/metrics/serve.ts



const SCRAPE_TIMEOUT_MS = 10_000;
/** The /metrics URL of a serve base URL (kept as is when it already names /metrics). */
function metricsUrlOf(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new source/* MetricSourceError */.u(`serve source: "${url}" is not a URL`, { hint: 'write the address of modelship serve, e.g. http://127.0.0.1:8080' });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new source/* MetricSourceError */.u(`serve source: "${url}" is not an http(s) URL`);
    if (!parsed.pathname.endsWith('/metrics'))
        parsed.pathname = `${parsed.pathname.replace(/\/+$/, '')}/metrics`;
    return parsed.toString();
}
/** One scrape: every version's counters of `model` as the server counts them now (since it started). */
async function scrapeServe(url, model, fetchImpl = fetch) {
    const target = metricsUrlOf(url);
    let res;
    try {
        res = await fetchImpl(target, { signal: AbortSignal.timeout(SCRAPE_TIMEOUT_MS) });
    }
    catch (err) {
        throw new source/* MetricSourceError */.u(`modelship serve at ${target} did not answer: ${err.message}`, { kind: 'unavailable', cause: err });
    }
    const text = await res.text();
    if (res.status !== 200)
        throw new source/* MetricSourceError */.u(`modelship serve at ${target} answered HTTP ${res.status}`, { kind: 'unavailable' });
    return (0,exposition/* figuresByVersion */.XF)(text, model);
}
/** The scrapes of one measurement, shared by every serve source that reads the same server and window. */
class ServeMeasurement {
    options;
    windows = new Map();
    constructor(options = {}) {
        this.options = options;
    }
    /** The /metrics URLs this measurement read. */
    urls() {
        return [...new Set([...this.windows.keys()].map((k) => k.split('\n')[0]))];
    }
    window(url, model, windowMs) {
        const key = `${metricsUrlOf(url)}\n${model}\n${windowMs}`;
        let w = this.windows.get(key);
        if (!w) {
            w = measureWindow(url, model, windowMs, this.options.fetch, this.options.sleep);
            this.windows.set(key, w);
        }
        return w;
    }
}
async function measureWindow(url, model, windowMs, fetchImpl = fetch, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
    const before = await scrapeServe(url, model, fetchImpl);
    const start = performance.now();
    await sleep(windowMs);
    const after = await scrapeServe(url, model, fetchImpl);
    const seconds = Math.max((performance.now() - start) / 1000, 1e-3);
    try {
        return { figures: (0,exposition/* figuresBetween */.oQ)(before, after), seconds, url: metricsUrlOf(url) };
    }
    catch (err) {
        // A counter that went down: the server restarted inside the window. Not the candidate's fault.
        throw new source/* MetricSourceError */.u(err.message, { kind: 'unavailable', cause: err });
    }
}
/** The figures of one version in a window as a metric set (keys listed in docs/gate.md, "serve"). */
function windowMetricSet(window, version, origin) {
    const f = window.figures.get(version);
    const routed = [...window.figures.values()].filter((x) => x.version !== '').reduce((s, x) => s + x.requests, 0);
    const root = { requests: f?.requests ?? 0, errors: f?.errors ?? 0, server_errors: f?.serverErrors ?? 0, window_seconds: window.seconds, request_rate: (f?.requests ?? 0) / window.seconds };
    const missing = new Map();
    const none = `${version} answered no request in the ${window.seconds.toFixed(1)} s window`;
    if (routed > 0)
        root.traffic_share = (100 * (f?.requests ?? 0)) / routed;
    else
        missing.set('traffic_share', 'no request was routed in the window');
    if (f && f.requests > 0) {
        root.error_rate = f.errors / f.requests;
        root.server_error_rate = f.serverErrors / f.requests;
    }
    else
        for (const k of ['error_rate', 'server_error_rate'])
            missing.set(k, none);
    const samples = new Map();
    if (f && f.latency.count > 0) {
        for (const q of [50, 90, 95, 99])
            root[`latency_p${q}_ms`] = (0,exposition/* histogramQuantile */.EV)(q / 100, f.latency) * 1000;
        root.latency_mean_ms = (1000 * f.latency.sum) / f.latency.count;
        samples.set('latency_ms', { values: (0,exposition/* histogramSamples */.uo)(f.latency).map((x) => x * 1000) });
    }
    else
        for (const k of ['latency_p50_ms', 'latency_p90_ms', 'latency_p95_ms', 'latency_p99_ms', 'latency_mean_ms'])
            missing.set(k, none);
    return new tree_MetricTree(origin, root, missing, samples);
}
class ServeSource {
    options;
    constructor(options) {
        this.options = options;
        metricsUrlOf(options.url);
        if (!options.model)
            throw new source/* MetricSourceError */.u('a serve source needs "model"');
        if (!options.version)
            throw new source/* MetricSourceError */.u('a serve source needs "version" (write {{candidate}} or {{stable}} in an analysis)');
    }
    describe() {
        return `modelship serve ${metricsUrlOf(this.options.url)} (${this.options.model} ${this.options.version}, ${this.options.windowMs / 1000} s window)`;
    }
    async read() {
        const measurement = this.options.measurement ?? new ServeMeasurement({ fetch: this.options.fetch, sleep: this.options.sleep });
        const window = await measurement.window(this.options.url, this.options.model, this.options.windowMs);
        // A version that answered nothing in the window has no figures: as a baseline, "no baseline" (the gate's
        // onMissingBaseline decides); as a candidate, a measurement that could not be taken, never a pass.
        if ((window.figures.get(this.options.version)?.requests ?? 0) === 0) {
            throw new source/* SourceNotFoundError */.H(`${this.options.model} ${this.options.version} answered no request in the ${window.seconds.toFixed(1)} s window of ${window.url}`, { hint: 'send it traffic during the analysis (a canary weight, or requests to /v2/models/M/versions/V/infer for a preview)' });
        }
        return windowMetricSet(window, this.options.version, this.describe());
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/score-report.ts


/**
 * The JSON report of `modelship score` (`{"score","band","sections":{...},"tests":[{"id","points"}]}`),
 * read as `score`, `sections.<data|model|infrastructure|monitoring>` and `tests.<id>` (points).
 */
function isScoreReport(data) {
    return isRecord(data) && typeof data.score === 'number' && isRecord(data.sections) && Array.isArray(data.tests);
}
function scoreMetrics(data, origin) {
    if (!isScoreReport(data))
        throw new source/* MetricSourceError */.u(`${origin} is not an ML Test Score report (expected "score", "sections" and "tests", as \`modelship score --format json\` writes)`);
    const report = data;
    const sections = {};
    for (const [id, s] of Object.entries(report.sections))
        sections[id] = isRecord(s) ? s.score : s;
    const tests = {};
    for (const t of report.tests)
        if (isRecord(t) && typeof t.id === 'string')
            tests[t.id] = t.points;
    return new tree_MetricTree(origin, { score: report.score, sections, tests });
}

;// CONCATENATED MODULE: ./src/core/metrics/arguments.ts

/**
 * Placeholders in the metric sources of a gate used as an analysis template: `{{candidate}}`, `{{stable}}`,
 * `{{model}}`, `{{environment}}` and `{{args.NAME}}` are replaced in every string of the source spec (a
 * Prometheus query, a serve source's version, a URL). A placeholder without a value is an error naming it,
 * never an empty string in a query. Values go into query text, so they must be plain names: letters, digits
 * and `._:+-@/` (versions, service names), nothing that could close a PromQL string or matcher.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g;
const SAFE_VALUE = /^[A-Za-z0-9._:+@/-]*$/;
/** A placeholder whose value is null here: e.g. {{stable}} on a first deploy (nothing live to compare with). */
class PlaceholderWithoutValue extends source/* MetricSourceError */.u {
}
function withArguments(spec, args, where) {
    for (const [name, value] of Object.entries(args)) {
        if (typeof value === 'string' && !SAFE_VALUE.test(value)) {
            throw new source/* MetricSourceError */.u(`${where}: the value of {{${name}}}, ${JSON.stringify(value)}, may only hold letters, digits and ._:+@/-`, { hint: 'placeholder values go into query text; name things plainly' });
        }
    }
    const replace = (text) => text.replace(PLACEHOLDER, (_all, name) => {
        const value = args[name];
        if (value === null)
            throw new PlaceholderWithoutValue(`${where}: {{${name}}} has no value here (nothing is live to compare with)`);
        if (value === undefined) {
            const known = Object.keys(args).filter((k) => typeof args[k] === 'string');
            throw new source/* MetricSourceError */.u(`${where}: the placeholder {{${name}}} has no value here`, {
                hint: known.length ? `placeholders with a value: ${known.map((k) => `{{${k}}}`).join(', ')}` : 'placeholders have values only when the gate runs as a rollout analysis',
            });
        }
        return value;
    });
    const walk = (v) => {
        if (typeof v === 'string')
            return replace(v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v !== null && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    return walk(spec);
}

;// CONCATENATED MODULE: ./src/core/metrics/index.ts

























/** Formats a metrics file can have; `auto` goes by extension (and, for JSON, by content). */
const FILE_FORMATS = ['auto', 'json', 'yaml', 'csv', 'model-card', 'bench', 'score'];
/** Turns a spec into a source; throws MetricSourceError naming what is wrong with the spec. */
function createMetricSource(spec, ctx) {
    if (Array.isArray(spec)) {
        if (spec.length === 0)
            throw new source/* MetricSourceError */.u('an empty list of metric sources');
        const sources = spec.map((s) => createMetricSource(s, ctx));
        return {
            describe: () => sources.map((s) => s.describe()).join(' + '),
            read: async () => new MergedMetricSet(await Promise.all(sources.map((s) => s.read()))),
        };
    }
    if (typeof spec === 'string') {
        const exists = (p) => {
            try {
                return (0,external_node_fs_.existsSync)(ctx.resolvePath(p));
            }
            catch {
                return false;
            }
        };
        return fileSource(parseFileSpec(spec, ctx.ref, exists), ctx);
    }
    if (spec === null || typeof spec !== 'object')
        throw new source/* MetricSourceError */.u(`a metric source must be a path or a mapping, got ${JSON.stringify(spec)}`);
    if ('file' in spec)
        return fileSource({ ...spec, ref: spec.ref ?? ctx.ref }, ctx);
    if ('mlflow' in spec) {
        const m = typeof spec.mlflow === 'string' ? { run: spec.mlflow } : spec.mlflow;
        if (ctx.ref)
            throw new source/* MetricSourceError */.u(`an MLflow run folder cannot be read at git ref ${ctx.ref}`);
        return new MlflowRunSource(ctx.resolvePath(m.run), { step: m.step }, m.run);
    }
    if ('prometheus' in spec)
        return prometheusSource(spec.prometheus, ctx);
    if ('serve' in spec) {
        const v = spec.serve;
        if (!v || typeof v !== 'object')
            throw new source/* MetricSourceError */.u('a serve source needs {url, model, version, window?}');
        return new ServeSource({ url: v.url, model: v.model, version: v.version, windowMs: (0,duration/* parseDuration */.E)(v.window ?? '10s', 'serve window'), fetch: ctx.fetch, measurement: ctx.measurement });
    }
    if ('bench' in spec) {
        const b = typeof spec.bench === 'string' ? { file: spec.bench } : spec.bench;
        return fileSource({ ...b, format: 'bench', ref: ctx.ref }, ctx);
    }
    if ('score' in spec)
        return fileSource({ file: spec.score, format: 'score', ref: ctx.ref }, ctx);
    const keys = Object.keys(spec);
    const known = ['file', 'mlflow', 'prometheus', 'serve', 'bench', 'score'];
    throw new source/* MetricSourceError */.u(`unknown metric source {${keys.join(', ')}}`, { hint: (0,core_text/* didYouMean */.au)(keys[0] ?? '', known) ?? `expected one of: ${known.join(', ')}` });
}
/** `path@ref` names the file at a git ref, unless a file by the full name exists (paths may hold "@"). */
function parseFileSpec(text, defaultRef, exists = external_node_fs_.existsSync) {
    const { file, ref } = splitFileAtRef(text, exists);
    return { file, ref: ref ?? defaultRef };
}
/**
 * Splits `FILE@REF`. Tags of the default format hold "@" themselves (`iris@v1.0.0`, so
 * `metrics.json@iris@v1.0.0`), and paths may too: a text naming an existing file is that file; else the split
 * is at the first "@" whose left side exists, and failing that (a file that exists only at the ref) at the
 * first "@". `exists` answers for a path as written (relative paths against the caller's folder).
 */
function splitFileAtRef(text, exists) {
    if (exists(text))
        return { file: text };
    const ats = [];
    for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1))
        if (i > 0 && i < text.length - 1)
            ats.push(i);
    if (ats.length === 0)
        return { file: text };
    const at = ats.find((i) => exists(text.slice(0, i))) ?? ats[0];
    return { file: text.slice(0, at), ref: text.slice(at + 1) };
}
function formatOf(file, format) {
    if (format && format !== 'auto')
        return format;
    const ext = external_node_path_default().extname(file).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (ext === '.csv')
        return 'csv';
    if (ext === '.md' || ext === '.markdown')
        return 'model-card';
    try {
        if ((0,external_node_fs_.statSync)(file).isDirectory())
            return 'mlflow';
    }
    catch {
        // not there: reported when read
    }
    throw new source/* MetricSourceError */.u(`cannot tell the format of metrics file ${file} from its extension`, {
        hint: `use .json, .yaml, .csv or .md (model card), or set format: ${FILE_FORMATS.filter((f) => f !== 'auto').join(' | ')}`,
    });
}
/** Parses text in a known format; JSON that is a bench or score report is read as one. */
function parseMetricsText(text, origin, format, spec = {}) {
    switch (format) {
        case 'json': {
            const data = parseLenientJson(text, origin);
            if (isBenchReport(data))
                return benchMetrics(data, origin, spec);
            if (isScoreReport(data))
                return scoreMetrics(data, origin);
            return new tree_MetricTree(origin, data);
        }
        case 'yaml':
            return parseYamlMetrics(text, origin);
        case 'csv':
            return parseCsvMetrics(text, origin, { layout: spec.layout, idColumn: spec.idColumn });
        case 'model-card':
            return parseModelCardMetrics(text, origin, { dataset: spec.dataset });
        case 'bench':
            return benchMetrics(parseLenientJson(text, origin), origin, spec);
        case 'score':
            return scoreMetrics(parseLenientJson(text, origin), origin);
    }
}
/**
 * A metrics file's text at a git ref, undefined when the file did not exist there (the first run of a gate).
 * Git's refusals (an unsafe ref, one that names no commit, no repository) are usage errors of this source.
 */
async function readMetricsAtRef(file, ref, refs) {
    let bytes;
    try {
        bytes = (await (refs ? refs.read(file, ref) : (0,git/* readFileAtRef */.ZR)(file, ref))).bytes;
    }
    catch (err) {
        if (err instanceof errors.ModelshipError)
            throw new source/* MetricSourceError */.u(err.message, { hint: err.hint, cause: err });
        throw err;
    }
    if (bytes !== undefined && bytes.length > text_file/* MAX_METRICS_FILE_BYTES */.wU) {
        throw new source/* MetricSourceError */.u(`${file} at ${ref} is ${bytes.length} bytes, more than the ${text_file/* MAX_METRICS_FILE_BYTES */.wU}-byte limit for metrics`);
    }
    return bytes?.toString('utf8');
}
function fileSource(spec, ctx) {
    if (typeof spec.file !== 'string' || spec.file === '')
        throw new source/* MetricSourceError */.u('a file metric source needs a "file" path');
    const absolute = ctx.resolvePath(spec.file);
    const label = external_node_path_default().relative(ctx.root, absolute).split((external_node_path_default()).sep).join('/') || spec.file;
    const format = formatOf(absolute, spec.format);
    if (format === 'mlflow') {
        if (spec.ref)
            throw new source/* MetricSourceError */.u(`an MLflow run folder cannot be read at git ref ${spec.ref}`);
        return new MlflowRunSource(absolute, {}, label);
    }
    if (spec.ref) {
        const ref = spec.ref;
        return {
            describe: () => `${label} at ${ref}`,
            read: async () => {
                const text = await readMetricsAtRef(absolute, ref, ctx.refs);
                if (text === undefined)
                    throw new source/* SourceNotFoundError */.H(`${label} does not exist at git ref ${ref}`);
                return parseMetricsText(text, `${label}@${ref}`, format, spec);
            },
        };
    }
    return {
        describe: () => label,
        read: async () => parseMetricsText(await (0,text_file/* readTextFile */.Gu)(absolute), label, format, spec),
    };
}
function prometheusSource(p, ctx) {
    if (!p || typeof p.url !== 'string' || !p.queries || typeof p.queries !== 'object') {
        throw new source/* MetricSourceError */.u('a prometheus source needs "url" and "queries" (name → PromQL)');
    }
    const seconds = (v, what) => (v === undefined ? undefined : (0,duration/* parseDuration */.E)(v, what) / 1000);
    const queries = {};
    for (const [name, q] of Object.entries(p.queries)) {
        const body = typeof q === 'string' ? { query: q } : q;
        const window = seconds(body.range ?? p.range, `prometheus query "${name}" range`);
        const step = seconds(body.step ?? p.step, `prometheus query "${name}" step`) ?? (window !== undefined ? Math.max(1, window / 60) : undefined);
        queries[name] = {
            query: body.query,
            reduce: body.reduce ?? p.reduce,
            sliceBy: body.sliceBy,
            range: window !== undefined ? { windowSeconds: window, stepSeconds: step } : undefined,
        };
    }
    let time;
    if (p.time !== undefined) {
        time = typeof p.time === 'number' ? p.time : Date.parse(p.time) / 1000;
        if (!Number.isFinite(time))
            throw new source/* MetricSourceError */.u(`prometheus time "${p.time}" is not a unix time or an RFC 3339 date`);
    }
    return new PrometheusSource({ url: p.url, queries, time, timeoutMs: p.timeout === undefined ? undefined : (0,duration/* parseDuration */.E)(p.timeout, 'prometheus timeout'), headers: p.headers, fetch: ctx.fetch });
}


/***/ }),

/***/ 54976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ SourceNotFoundError),
/* harmony export */   u: () => (/* binding */ MetricSourceError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/** A source that could not be read or parsed: names the source and says what was expected. */
class MetricSourceError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError {
    /**
     * `unavailable`: the source did not answer (Prometheus down, HTTP error): the gate cannot evaluate and
     * reports inconclusive. `invalid`: the data is malformed (bad JSON, ragged CSV): a usage error (exit 2).
     */
    kind;
    constructor(message, options = {}) {
        super(message, { exitCode: options.kind === 'unavailable' ? _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Inconclusive : _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Usage, hint: options.hint, cause: options.cause });
        this.name = 'MetricSourceError';
        this.kind = options.kind ?? 'invalid';
    }
}
function sliceName(slice) {
    return slice === undefined ? 'overall' : `${slice.feature}:${slice.value}`;
}
/** The file (or the file at a git ref) does not exist: for a baseline, the first run; for a candidate, an error. */
class SourceNotFoundError extends MetricSourceError {
    constructor(message, options = {}) {
        super(message, options);
        this.name = 'SourceNotFoundError';
    }
}


/***/ }),

/***/ 23301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   rv: () => (/* binding */ lineColumn),
/* harmony export */   wU: () => (/* binding */ MAX_METRICS_FILE_BYTES)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54976);



/** Metric files are small; anything larger is a mistake (a model file named by accident), not metrics. */
const MAX_METRICS_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Up to this size a file is read with synchronous calls: microseconds each, where the promise API costs a
 * trip through the thread pool per call (a monorepo's gate run reads hundreds of small metrics files).
 */
const SYNC_READ_BYTES = 1024 * 1024;
/** Reads a metrics file as UTF-8, with errors that say which file and what went wrong. */
async function readTextFile(file, what = 'metrics file') {
    let size;
    try {
        const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file);
        if (s.isDirectory())
            throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricSourceError */ .u(`${what} ${file} is a directory, expected a file`);
        // A FIFO or device could block the read for ever.
        if (!s.isFile())
            throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricSourceError */ .u(`${what} ${file} is not a regular file`);
        size = s.size;
    }
    catch (err) {
        if (err instanceof _source_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricSourceError */ .u)
            throw err;
        const code = err.code;
        if (code === 'ENOENT')
            throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceNotFoundError */ .H(`${what} not found: ${file}`);
        throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricSourceError */ .u(`cannot read ${what} ${file}: ${err.message}`);
    }
    if (size > MAX_METRICS_FILE_BYTES)
        throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricSourceError */ .u(`${what} ${file} is ${size} bytes, more than the ${MAX_METRICS_FILE_BYTES}-byte limit for metrics`);
    let text;
    try {
        text = size <= SYNC_READ_BYTES ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8') : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new _source_js__WEBPACK_IMPORTED_MODULE_2__/* .MetricSourceError */ .u(`cannot read ${what} ${file}: ${err.message}`);
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** 1-based line and column of a character offset. */
function lineColumn(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            start = i + 1;
        }
    }
    return { line, column: offset - start + 1 };
}


/***/ }),

/***/ 94021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ median),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   ms: () => (/* binding */ coefficientOfVariation)
/* harmony export */ });
/* unused harmony export stddev */
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
function median(values) {
    return quantile(values, 0.5);
}
/** Coefficient of variation (stddev / mean): the spread of repeated trials, unitless. */
function coefficientOfVariation(values) {
    const m = mean(values);
    return m === 0 ? 0 : stddev(values) / Math.abs(m);
}


/***/ })

};
