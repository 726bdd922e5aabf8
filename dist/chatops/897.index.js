export const id = 897;
export const ids = [897];
export const modules = {

/***/ 4897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DeployEngineExecutor: () => (/* binding */ DeployEngineExecutor),
  fromDeploy: () => (/* binding */ fromDeploy),
  fromStatus: () => (/* binding */ fromStatus)
});

// NAMESPACE OBJECT: ./src/deploy/engine.ts
var deploy_engine_namespaceObject = {};
__webpack_require__.r(deploy_engine_namespaceObject);
__webpack_require__.d(deploy_engine_namespaceObject, {
  deploy: () => (deploy),
  exitCodeOf: () => (exitCodeOf),
  lock: () => (lock),
  promote: () => (promote),
  rollback: () => (rollback),
  status: () => (engine_status),
  storeFor: () => (storeFor),
  unlock: () => (unlock)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/deploy/config.ts
var config = __webpack_require__(9621);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/config.ts + 1 modules
var core_config = __webpack_require__(8327);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/duration.ts
var core_duration = __webpack_require__(8571);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
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

;// CONCATENATED MODULE: ./src/core/metrics/source.ts

/** A source that could not be read or parsed: names the source and says what was expected. */
class MetricSourceError extends errors/* ModelshipError */.W7 {
    /**
     * `unavailable`: the source did not answer (Prometheus down, HTTP error): the gate cannot evaluate and
     * reports inconclusive. `invalid`: the data is malformed (bad JSON, ragged CSV): a usage error (exit 2).
     */
    kind;
    constructor(message, options = {}) {
        super(message, { exitCode: options.kind === 'unavailable' ? errors/* ExitCode */.yU.Inconclusive : errors/* ExitCode */.yU.Usage, hint: options.hint, cause: options.cause });
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

;// CONCATENATED MODULE: ./src/core/metrics/text-file.ts


/** Metric files are small; anything larger is a mistake (a model file named by accident), not metrics. */
const MAX_METRICS_FILE_BYTES = 64 * 1024 * 1024;
/** Reads a metrics file as UTF-8, with errors that say which file and what went wrong. */
async function text_file_readTextFile(file, what = 'metrics file') {
    let size;
    try {
        const s = await (0,promises_.stat)(file);
        if (s.isDirectory())
            throw new MetricSourceError(`${what} ${file} is a directory, expected a file`);
        size = s.size;
    }
    catch (err) {
        if (err instanceof MetricSourceError)
            throw err;
        const code = err.code;
        if (code === 'ENOENT')
            throw new SourceNotFoundError(`${what} not found: ${file}`);
        throw new MetricSourceError(`cannot read ${what} ${file}: ${err.message}`);
    }
    if (size > MAX_METRICS_FILE_BYTES)
        throw new MetricSourceError(`${what} ${file} is ${size} bytes, more than the ${MAX_METRICS_FILE_BYTES}-byte limit for metrics`);
    const text = await (0,promises_.readFile)(file, 'utf8');
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

;// CONCATENATED MODULE: ./src/core/metrics/json.ts



/**
 * JSON metrics: `{"accuracy": 0.93, "slices": {"species": {"setosa": {"f1": 1.0}}}}`. Python's json.dump
 * writes NaN and Infinity as bare tokens (invalid JSON); they are accepted so the non-finite policy decides.
 */
function parseJsonMetrics(text, origin) {
    return new MetricTree(origin, json_parseLenientJson(text, origin));
}
function json_parseLenientJson(text, origin) {
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
        const where = pos ? (({ line, column }) => `:${line}:${column}`)(lineColumn(text, Number(pos[1]))) : '';
        throw new MetricSourceError(`${origin}${where}: invalid JSON: ${message.replace(/^JSON\.parse: /, '')}`, {
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
class JsonFileSource {
    file;
    label;
    constructor(file, label = file) {
        this.file = file;
        this.label = label;
    }
    describe() {
        return `JSON file ${this.label}`;
    }
    async read() {
        return parseJsonMetrics(await readTextFile(this.file), this.label);
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/bench-report.ts




const TRIAL_KEYS = ['p50', 'p90', 'p95', 'p99', 'mean', 'min', 'max'];
function isBenchReport(data) {
    return isRecord(data) && Array.isArray(data.results) && data.results.some((r) => isRecord(r) && isRecord(r.latency_ms));
}
function parseBenchReport(text, origin, select = {}) {
    return benchMetrics(parseLenientJson(text, origin), origin, select);
}
function benchMetrics(data, origin, select = {}) {
    if (!isBenchReport(data))
        throw new MetricSourceError(`${origin} is not a benchmark report (expected "results" with "latency_ms", as \`modelship bench --format json\` writes)`);
    const results = (data.results.filter(isRecord));
    const role = select.role ?? 'candidate';
    const sameModel = results.filter((r) => (select.model === undefined || r.model === select.model) && (select.runner === undefined || r.runner === select.runner) && (r.role === undefined || r.role === role));
    const chosen = sameModel.filter((r) => select.batch === undefined || r.batch === select.batch);
    const describe = (r) => `${String(r.model)}/${String(r.runner)}/batch ${String(r.batch)}`;
    if (chosen.length !== 1) {
        throw new MetricSourceError(`${origin}: ${chosen.length === 0 ? 'no benchmark result matches' : `${chosen.length} benchmark results match`} (model ${select.model ?? 'any'}, runner ${select.runner ?? 'any'}, batch ${select.batch ?? 'any'}, role ${role}); results: ${results.map(describe).join(', ')}`, { hint: 'set model, runner and batch on the bench source to pick one result' });
    }
    const pick = (r) => ({ latency_ms: r.latency_ms, throughput_per_s: r.throughput_per_s, rss_mb: r.rss_mb, errors: r.errors, samples: r.samples });
    const root = pick(chosen[0]);
    const batches = sameModel.filter((r) => chosen[0].model === r.model && typeof r.batch === 'number');
    if (batches.length > 1)
        root.slices = { batch: Object.fromEntries(batches.map((r) => [String(r.batch), pick(r)])) };
    const samples = new Map();
    const trials = Array.isArray(chosen[0].trials) ? chosen[0].trials.filter(isRecord) : [];
    if (trials.length > 0) {
        for (const k of TRIAL_KEYS) {
            const values = trials.map((t) => (isRecord(t.latency_ms) ? Number(t.latency_ms[k]) : NaN));
            if (values.every(Number.isFinite))
                samples.set(`latency_ms.${k}`, { values });
        }
        const tp = trials.map((t) => Number(t.throughput_per_s));
        if (tp.every(Number.isFinite))
            samples.set('throughput_per_s', { values: tp });
    }
    return new tree_MetricTree(`${origin} (${describe(chosen[0])})`, root, new Map(), samples);
}
class BenchReportSource {
    file;
    select;
    label;
    constructor(file, select = {}, label = file) {
        this.file = file;
        this.select = select;
        this.label = label;
    }
    describe() {
        return `benchmark report ${this.label}`;
    }
    async read() {
        return parseBenchReport(await readTextFile(this.file, 'benchmark report'), this.label, this.select);
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/csv-parse.ts

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
                    throw new MetricSourceError(`${origin}:${openLine}: a quoted field is never closed`);
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
                throw new MetricSourceError(`${origin}:${line}: unexpected character ${JSON.stringify(next)} after a closing quote`);
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
                throw new MetricSourceError(`${origin}:${line}: a quote inside an unquoted field`, { hint: 'quote the whole field and double the inner quotes ("")' });
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
        throw new MetricSourceError(`${origin}: the CSV file is empty`, { hint: 'the first line must be a header' });
    const [head, ...rows] = records;
    const header = head.cells.map((h) => h.trim());
    const seen = new Set();
    for (const h of header) {
        if (h === '')
            throw new MetricSourceError(`${origin}:${head.line}: the header has an empty column name`);
        if (seen.has(h))
            throw new MetricSourceError(`${origin}:${head.line}: the header names column "${h}" twice`);
        seen.add(h);
    }
    for (const r of rows) {
        if (r.cells.length !== header.length) {
            throw new MetricSourceError(`${origin}:${r.line}: ragged row: ${r.cells.length} field(s), the header has ${header.length}`, {
                hint: 'every row needs one value per header column (quote values that contain commas)',
            });
        }
    }
    return { header, rows };
}

;// CONCATENATED MODULE: ./src/core/metrics/csv.ts






function parseCsvMetrics(text, origin, options = {}) {
    const table = parseCsv(text, origin);
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
        throw new MetricSourceError(`${origin}: the long CSV layout needs columns "metric" and "value" (found ${table.header.join(', ')})`);
    const root = {};
    const slices = {};
    for (const { line, cells } of table.rows) {
        const metric = cells[m].trim();
        if (metric === '')
            throw new MetricSourceError(`${origin}:${line}: empty metric name`);
        const raw = cells[v].trim();
        const value = parseNumber(raw);
        const stored = value === undefined ? raw : value;
        const slice = s >= 0 ? cells[s].trim() : '';
        let target = root;
        if (slice !== '' && slice !== 'overall') {
            const sep = slice.search(/[:=]/);
            if (sep <= 0)
                throw new MetricSourceError(`${origin}:${line}: slice "${slice}" should be written feature:value`);
            const feature = slice.slice(0, sep);
            const fv = slice.slice(sep + 1);
            target = ((slices[feature] ??= {})[fv] ??= {});
        }
        if (Object.hasOwn(target, metric))
            throw new MetricSourceError(`${origin}:${line}: metric "${metric}" appears twice${slice ? ` in slice ${slice}` : ''}`);
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
                throw new MetricSourceError(`${origin}: id column "${idName}" is not in the header (${table.header.join(', ')})`);
            const seen = new Set();
            idCol.texts.forEach((id, r) => {
                if (seen.has(id))
                    throw new MetricSourceError(`${origin}:${table.rows[r].line}: id "${id}" appears twice`);
                seen.add(id);
            });
            this.ids = idCol.texts;
            this.idName = idName;
        }
        if (table.rows.length === 0)
            throw new MetricSourceError(`${origin}: the CSV file has a header but no rows`);
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
class CsvFileSource {
    file;
    options;
    label;
    constructor(file, options = {}, label = file) {
        this.file = file;
        this.options = options;
        this.label = label;
    }
    describe() {
        return `CSV file ${this.label}`;
    }
    async read() {
        return parseCsvMetrics(await readTextFile(this.file), this.label, this.options);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/core/metrics/git-file.ts





/**
 * Reads a file as it was at a git ref (`main`, `origin/main`, a tag, a SHA) with `git cat-file`, run through
 * execFile with an argument list: the ref and the path are data, never shell text. Resolves to undefined
 * when the file did not exist at that ref (the first run of a gate), and throws when the ref itself does not
 * resolve, since a typo there must not read as "no baseline yet".
 */
async function readFileAtRef(file, ref) {
    // A ref starting with "-" would be read as an option; control characters and ":" are never part of one.
    if (ref === '' || ref.startsWith('-') || /[\s:\x00-\x1f\x7f]/.test(ref)) {
        throw new MetricSourceError(`"${ref}" is not a valid git ref`, { hint: 'use a branch, tag or commit, e.g. main, origin/main, v1.2.0' });
    }
    // The file's folder may not exist in the working tree (it may exist only at the ref): start from the
    // nearest folder that does, and name the file relative to it.
    let cwd = external_node_path_default().dirname(file);
    while (!(0,external_node_fs_.existsSync)(cwd) && external_node_path_default().dirname(cwd) !== cwd)
        cwd = external_node_path_default().dirname(cwd);
    const name = external_node_path_default().relative(cwd, file).split((external_node_path_default()).sep).join('/');
    let commit;
    try {
        commit = (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd)).trim();
    }
    catch (err) {
        const message = err.message;
        if (/not a git repository/i.test(message))
            throw new MetricSourceError(`cannot read ${file} at ${ref}: ${cwd} is not in a git repository`);
        if (err.code === 'ENOENT')
            throw new MetricSourceError('git is not installed: it is needed to read a baseline at a git ref');
        throw new MetricSourceError(`git ref "${ref}" does not resolve to a commit in ${cwd}`, {
            hint: 'fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main) and use e.g. origin/main',
        });
    }
    try {
        // `<commit>:./<name>` is resolved relative to cwd, so the path needs no repository-root arithmetic.
        return await git(['cat-file', 'blob', `${commit}:./${name}`], cwd);
    }
    catch (err) {
        const message = err.message;
        if (/does not exist|exists on disk, but not in|not a valid object name|path .* does not exist/i.test(message))
            return undefined;
        throw new MetricSourceError(`cannot read ${file} at ${ref}: ${message.split('\n')[0]}`);
    }
}
function git(args, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, maxBuffer: MAX_METRICS_FILE_BYTES, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } }, (err, stdout, stderr) => {
            if (err) {
                const e = new Error(`${stderr || err.message}`.trim());
                e.code = err.code;
                reject(e);
            }
            else
                resolve(stdout);
        });
    });
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

;// CONCATENATED MODULE: ./src/core/metrics/mlflow.ts






async function readMlflowRun(runDir, origin, options = {}) {
    const metricsDir = external_node_path_default().join(runDir, 'metrics');
    try {
        if (!(await (0,promises_.stat)(metricsDir)).isDirectory())
            throw new Error('not a directory');
    }
    catch {
        throw new MetricSourceError(`${origin} is not an MLflow run directory: ${metricsDir} does not exist`, {
            hint: 'point at mlruns/<experiment-id>/<run-id> (the folder that holds meta.yaml, metrics/, params/)',
        });
    }
    const root = {};
    const samples = new Map();
    const missing = new Map();
    for (const key of await listFiles(metricsDir, '')) {
        const text = await text_file_readTextFile(external_node_path_default().join(metricsDir, key), 'MLflow metric file');
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
            throw new MetricSourceError(`${origin}:${i + 1}: expected "<timestamp> <value> <step>", got ${JSON.stringify(line.slice(0, 60))}`);
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
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/metrics/yaml.ts




/** YAML metrics, same layout as JSON. `.nan` and `.inf` are YAML's own spellings of the IEEE values. */
function parseYamlMetrics(text, origin) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const where = e.linePos ? `:${e.linePos[0].line}:${e.linePos[0].col}` : '';
        throw new MetricSourceError(`${origin}${where}: invalid YAML: ${e.message.split('\n')[0]}`);
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
        throw new MetricSourceError(`${origin}: invalid YAML: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
    }
}
class YamlFileSource {
    file;
    label;
    constructor(file, label = file) {
        this.file = file;
        this.label = label;
    }
    describe() {
        return `YAML file ${this.label}`;
    }
    async read() {
        return parseYamlMetrics(await readTextFile(this.file), this.label);
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/model-card.ts






function parseModelCardMetrics(text, origin, options = {}) {
    const front = frontMatter(text, origin);
    const doc = (0,dist/* parseDocument */.Tp)(front, { uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new MetricSourceError(`${origin}: invalid YAML front matter: ${doc.errors[0].message.split('\n')[0]}`);
    const data = yamlDocumentData(doc, origin);
    if (!isRecord(data) || !Array.isArray(data['model-index'])) {
        throw new MetricSourceError(`${origin}: the front matter has no "model-index" list`, { hint: 'see https://huggingface.co/docs/hub/model-cards#evaluation-results' });
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
        throw new MetricSourceError(`${origin}: no results for dataset "${options.dataset}" (datasets: ${[...datasets].join(', ') || 'none'})`);
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
        throw new MetricSourceError(`${origin}: no YAML front matter (a model card starts with a "---" line)`);
    return m[1];
}
class ModelCardSource {
    file;
    options;
    label;
    constructor(file, options = {}, label = file) {
        this.file = file;
        this.options = options;
        this.label = label;
    }
    describe() {
        return `model card ${this.label}`;
    }
    async read() {
        return parseModelCardMetrics(await readTextFile(this.file, 'model card'), this.label, this.options);
    }
}

;// CONCATENATED MODULE: ./src/core/stats/descriptive.ts
/** Descriptive statistics over plain number arrays. Inputs are never mutated. */
function requireValues(values, what) {
    if (values.length === 0)
        throw new RangeError(`${what}: no values`);
    for (const v of values)
        if (!Number.isFinite(v))
            throw new RangeError(`${what}: non-finite value ${v}`);
}
function descriptive_mean(values) {
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
    const m = descriptive_mean(values);
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
    const m = descriptive_mean(values);
    return m === 0 ? 0 : stddev(values) / Math.abs(m);
}

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
            return quantile(finite, how === 'median' ? 0.5 : Number(how.slice(1)) / 100);
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
                throw new MetricSourceError(`prometheus query "${name}": unknown reduce "${q.reduce}" (expected ${REDUCERS.join(', ')})`);
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
                        throw new MetricSourceError(`Prometheus ${label}: a series has no label "${q.sliceBy}" to slice by (labels: ${Object.keys(s.labels).join(', ') || 'none'})`);
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
            throw new MetricSourceError(`Prometheus URL "${redact(this.options.url)}" is not a valid URL`);
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
            throw new MetricSourceError(`${where}: Prometheus did not answer (${redact(String(why))})`, { kind: 'unavailable', hint: 'check the url and that Prometheus is reachable from the runner' });
        }
        const text = await response.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new MetricSourceError(`${where}: HTTP ${response.status}, not a Prometheus API answer: ${JSON.stringify(text.slice(0, 120))}`, { kind: 'unavailable' });
        }
        if (body.status !== 'success') {
            const badQuery = body.errorType === 'bad_data';
            throw new MetricSourceError(`${where}: HTTP ${response.status}, Prometheus says ${body.errorType ?? 'error'}: ${body.error ?? 'no detail'}`, {
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
            throw new MetricSourceError(`${where}: malformed sample ${JSON.stringify(pair)?.slice(0, 60)}`, { kind: 'unavailable' });
        const v = parseNumber(String(pair[1]));
        if (v === undefined)
            throw new MetricSourceError(`${where}: sample value ${JSON.stringify(pair[1])} is not a number`, { kind: 'unavailable' });
        return [Number(pair[0]), v];
    };
    if (type === 'scalar')
        return [{ labels: {}, points: [value(result)] }];
    if (type === 'vector' || type === 'matrix') {
        if (!Array.isArray(result))
            throw new MetricSourceError(`${where}: malformed ${type} result`, { kind: 'unavailable' });
        return result.map((s) => ({
            labels: s.metric ?? {},
            points: type === 'vector' ? [value(s.value)] : (s.values ?? []).map(value),
        }));
    }
    throw new MetricSourceError(`${where}: result type "${type}" cannot be a metric (expected vector, matrix or scalar)`);
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

;// CONCATENATED MODULE: ./src/core/metrics/score-report.ts




/**
 * The JSON report of `modelship score` (`{"score","band","sections":{...},"tests":[{"id","points"}]}`),
 * read as `score`, `sections.<data|model|infrastructure|monitoring>` and `tests.<id>` (points).
 */
function isScoreReport(data) {
    return isRecord(data) && typeof data.score === 'number' && isRecord(data.sections) && Array.isArray(data.tests);
}
function parseScoreReport(text, origin) {
    return scoreMetrics(parseLenientJson(text, origin), origin);
}
function scoreMetrics(data, origin) {
    if (!isScoreReport(data))
        throw new MetricSourceError(`${origin} is not an ML Test Score report (expected "score", "sections" and "tests", as \`modelship score --format json\` writes)`);
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
class ScoreReportSource {
    file;
    label;
    constructor(file, label = file) {
        this.file = file;
        this.label = label;
    }
    describe() {
        return `ML Test Score report ${this.label}`;
    }
    async read() {
        return parseScoreReport(await readTextFile(this.file, 'score report'), this.label);
    }
}

;// CONCATENATED MODULE: ./src/core/metrics/index.ts






















/** Formats a metrics file can have; `auto` goes by extension (and, for JSON, by content). */
const FILE_FORMATS = ['auto', 'json', 'yaml', 'csv', 'model-card', 'bench', 'score'];
/** Turns a spec into a source; throws MetricSourceError naming what is wrong with the spec. */
function createMetricSource(spec, ctx) {
    if (Array.isArray(spec)) {
        if (spec.length === 0)
            throw new MetricSourceError('an empty list of metric sources');
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
        throw new MetricSourceError(`a metric source must be a path or a mapping, got ${JSON.stringify(spec)}`);
    if ('file' in spec)
        return fileSource({ ...spec, ref: spec.ref ?? ctx.ref }, ctx);
    if ('mlflow' in spec) {
        const m = typeof spec.mlflow === 'string' ? { run: spec.mlflow } : spec.mlflow;
        if (ctx.ref)
            throw new MetricSourceError(`an MLflow run folder cannot be read at git ref ${ctx.ref}`);
        return new MlflowRunSource(ctx.resolvePath(m.run), { step: m.step }, m.run);
    }
    if ('prometheus' in spec)
        return prometheusSource(spec.prometheus, ctx);
    if ('bench' in spec) {
        const b = typeof spec.bench === 'string' ? { file: spec.bench } : spec.bench;
        return fileSource({ ...b, format: 'bench', ref: ctx.ref }, ctx);
    }
    if ('score' in spec)
        return fileSource({ file: spec.score, format: 'score', ref: ctx.ref }, ctx);
    const keys = Object.keys(spec);
    const known = ['file', 'mlflow', 'prometheus', 'bench', 'score'];
    throw new MetricSourceError(`unknown metric source {${keys.join(', ')}}`, { hint: (0,core_text/* didYouMean */.au)(keys[0] ?? '', known) ?? `expected one of: ${known.join(', ')}` });
}
/** `path@ref` names the file at a git ref, unless a file by the full name exists (paths may hold "@"). */
function parseFileSpec(text, defaultRef, exists = external_node_fs_.existsSync) {
    const at = text.lastIndexOf('@');
    if (at > 0 && at < text.length - 1 && !exists(text))
        return { file: text.slice(0, at), ref: text.slice(at + 1) };
    return { file: text, ref: defaultRef };
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
    throw new MetricSourceError(`cannot tell the format of metrics file ${file} from its extension`, {
        hint: `use .json, .yaml, .csv or .md (model card), or set format: ${FILE_FORMATS.filter((f) => f !== 'auto').join(' | ')}`,
    });
}
/** Parses text in a known format; JSON that is a bench or score report is read as one. */
function parseMetricsText(text, origin, format, spec = {}) {
    switch (format) {
        case 'json': {
            const data = json_parseLenientJson(text, origin);
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
            return benchMetrics(json_parseLenientJson(text, origin), origin, spec);
        case 'score':
            return scoreMetrics(json_parseLenientJson(text, origin), origin);
    }
}
function fileSource(spec, ctx) {
    if (typeof spec.file !== 'string' || spec.file === '')
        throw new MetricSourceError('a file metric source needs a "file" path');
    const absolute = ctx.resolvePath(spec.file);
    const label = external_node_path_default().relative(ctx.root, absolute).split((external_node_path_default()).sep).join('/') || spec.file;
    const format = formatOf(absolute, spec.format);
    if (format === 'mlflow') {
        if (spec.ref)
            throw new MetricSourceError(`an MLflow run folder cannot be read at git ref ${spec.ref}`);
        return new MlflowRunSource(absolute, {}, label);
    }
    if (spec.ref) {
        const ref = spec.ref;
        return {
            describe: () => `${label} at ${ref}`,
            read: async () => {
                const text = await readFileAtRef(absolute, ref);
                if (text === undefined)
                    throw new SourceNotFoundError(`${label} does not exist at git ref ${ref}`);
                return parseMetricsText(text, `${label}@${ref}`, format, spec);
            },
        };
    }
    return {
        describe: () => label,
        read: async () => parseMetricsText(await text_file_readTextFile(absolute), label, format, spec),
    };
}
function prometheusSource(p, ctx) {
    if (!p || typeof p.url !== 'string' || !p.queries || typeof p.queries !== 'object') {
        throw new MetricSourceError('a prometheus source needs "url" and "queries" (name → PromQL)');
    }
    const seconds = (v, what) => (v === undefined ? undefined : (0,core_duration/* parseDuration */.E)(v, what) / 1000);
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
            throw new MetricSourceError(`prometheus time "${p.time}" is not a unix time or an RFC 3339 date`);
    }
    return new PrometheusSource({ url: p.url, queries, time, timeoutMs: p.timeout === undefined ? undefined : (0,core_duration/* parseDuration */.E)(p.timeout, 'prometheus timeout'), headers: p.headers, fetch: ctx.fetch });
}

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
    const center = options.center === 'mean' ? mean : median;
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
    return descriptive_median(diffs);
}

;// CONCATENATED MODULE: ./src/gate/statistics.ts



class StatisticsError extends Error {
}
function changeStatistics(spec, direction, candidate, baseline, defaultSeed) {
    const s = direction === 'higher' ? 1 : -1;
    const confidence = spec.confidence ?? 0.95;
    const seed = spec.seed ?? defaultSeed;
    const resamples = spec.resamples ?? 2000;
    for (const [side, set] of [['candidate', candidate], ['baseline', baseline]]) {
        if (set.values.length < 2)
            throw new StatisticsError(`the ${side} has ${set.values.length} sample(s); statistics need at least 2`);
        const bad = set.values.findIndex((v) => !Number.isFinite(v));
        if (bad >= 0)
            throw new StatisticsError(`${side} sample #${bad + 1} is ${set.values[bad]}: statistics need finite samples`);
    }
    const n = { candidate: candidate.values.length, baseline: baseline.values.length };
    const diff = (x, y) => s * (descriptive_mean(x) - descriptive_mean(y));
    try {
        if (spec.method === 'pairedBootstrap') {
            const [x, y] = pair(candidate, baseline);
            const ci = pairedBootstrapCI(x, y, diff, { iterations: resamples, confidence, seed });
            return { method: spec.method, confidence, estimate: ci.estimate, lower: ci.lower, upper: ci.upper, resamples, seed, baselineCenter: descriptive_mean(y), n: { ...n, paired: x.length } };
        }
        if (spec.method === 'bootstrap') {
            const ci = bootstrapTwoSampleCI(candidate.values, baseline.values, diff, { iterations: resamples, confidence, seed });
            return { method: spec.method, confidence, estimate: ci.estimate, lower: ci.lower, upper: ci.upper, resamples, seed, baselineCenter: descriptive_mean(baseline.values), n };
        }
        // Worse for the candidate = lower values when higher is better.
        const lowerTail = mannWhitneyU(candidate.values, baseline.values, { alternative: 'less' }).pValue;
        const upperTail = mannWhitneyU(candidate.values, baseline.values, { alternative: 'greater' }).pValue;
        return {
            method: spec.method,
            confidence,
            estimate: s * hodgesLehmannShift(candidate.values, baseline.values),
            pWorse: s > 0 ? lowerTail : upperTail,
            pBetter: s > 0 ? upperTail : lowerTail,
            baselineCenter: descriptive_median(baseline.values),
            n,
        };
    }
    catch (err) {
        if (err instanceof RangeError)
            throw new StatisticsError(err.message);
        throw err;
    }
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
    const missingPolicy = check.onMissingMetric ?? gate.policies.onMissingMetric;
    const wantsChange = check.change !== undefined || check.statistics !== undefined;
    for (const target of expandSlices(check, inputs.candidate)) {
        const kinds = [...(check.value ? ['value'] : []), ...(wantsChange ? ['change'] : [])];
        if (target.problem !== undefined) {
            for (const kind of kinds)
                out.push(finish({ ...base(kind, target.label), bound: boundText(kind, check) }, missing(missingPolicy, target.problem, 'missingMetric')));
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
function missing(policy, reason, key) {
    const status = policy === 'fail' ? 'fail' : policy === 'warn' ? 'warn' : 'skip';
    return { status, reason: `${reason} (policies.${key === 'missingMetric' ? 'onMissingMetric' : key}: ${policy})` };
}
/** Lookup problems and non-finite values, turned into an outcome by policy; undefined when the value is usable. */
function screen(gate, lookup, missingPolicy, side, metric) {
    if (!lookup.ok) {
        if (lookup.kind === 'invalid')
            return { status: 'error', reason: lookup.reason };
        return missing(missingPolicy, side === 'baseline' ? `baseline: ${lookup.reason}` : lookup.reason, 'missingMetric');
    }
    if (!Number.isFinite(lookup.value)) {
        const p = gate.policies.onNonFinite;
        const status = p === 'fail' ? 'fail' : p === 'warn' ? 'warn' : 'skip';
        return { status, reason: `the ${side} value of ${metric} is ${formatNumber(lookup.value)}, not a finite number (policies.onNonFinite: ${p})` };
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
        return finish(base, { status: 'fail', reason: `${check.metric}${where} is ${formatNumber(c)}, below the minimum ${formatNumber(min)}` });
    if (max !== undefined && c > max)
        return finish(base, { status: 'fail', reason: `${check.metric}${where} is ${formatNumber(c)}, above the maximum ${formatNumber(max)}` });
    return finish(base, { status: 'pass', reason: `${check.metric}${where} is ${formatNumber(c)}, within ${bound.replace('c', check.metric)}` });
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
    const moved = `${check.metric}${where} went from ${formatNumber(bv)} to ${formatNumber(cv)} (Δ ${signed(delta)}${rho === undefined ? '' : `, ρ ${percent(rho)}`}, ${check.direction} is better)`;
    let stats;
    if (check.statistics) {
        const key = check.statistics.samples ?? check.metric;
        const cs = inputs.candidate.samples(key, slice);
        const bs = inputs.baseline.samples(key, slice);
        if (!cs || !bs) {
            return finish(base, missing(missingPolicy, `statistics need per-example samples "${key}"${where} in both ${cs ? '' : 'the candidate'}${!cs && !bs ? ' and ' : ''}${bs ? '' : 'the baseline'}`.replace('both  and', 'both'), 'missingMetric'));
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
                decidedOn: check.statistics.decideOn ?? 'bound',
            },
        };
    }
    const decideOnBound = stats !== undefined && (check.statistics?.decideOn ?? 'bound') === 'bound';
    const list = bounds(check.change);
    const notes = [];
    const violations = [];
    let evaluated = 0;
    if (decideOnBound && stats.method === 'mannWhitney' && list.length === 0) {
        // Mann-Whitney alone: fail on any significant regression.
        const alpha = 1 - stats.confidence;
        evaluated++;
        if (stats.pWorse < alpha)
            violations.push(`the candidate is significantly worse (Mann-Whitney one-sided p = ${formatNumber(stats.pWorse)} < ${formatNumber(alpha)}, shift ${signed(stats.estimate)})`);
        else
            notes.push(`no significant regression (Mann-Whitney one-sided p = ${formatNumber(stats.pWorse)} ≥ ${formatNumber(alpha)})`);
    }
    for (const bnd of list) {
        if (bnd.relative && zero) {
            const p = gate.policies.onZeroBaseline;
            if (p === 'skip')
                return finish(base, { status: 'skip', reason: `${moved}; the baseline is 0 so ${bnd.key} is undefined: change check skipped (policies.onZeroBaseline: skip)` });
            if (p === 'fail') {
                evaluated++;
                violations.push(`the baseline is 0 so ${bnd.key} ${formatNumber(bnd.limit)} cannot be met: relative change is undefined (policies.onZeroBaseline: fail)`);
                continue;
            }
            if (p === 'absoluteOnly') {
                notes.push(`${bnd.key} ignored: the baseline is 0 (policies.onZeroBaseline: absoluteOnly)`);
                continue;
            }
            // strictImprovement, as MLflow: a relative minimum becomes "strictly better than the baseline".
            if (bnd.side === 'max') {
                notes.push(`${bnd.key} ignored: the baseline is 0 (policies.onZeroBaseline: strictImprovement)`);
                continue;
            }
            evaluated++;
            const d = decideOnBound && stats.lower !== undefined ? stats.lower : delta;
            if (!(d >= STRICT_IMPROVEMENT))
                violations.push(`the baseline is 0, so ${bnd.key} requires a strict improvement (Δ ≥ 1e-10), got Δ ${signed(d)} (policies.onZeroBaseline: strictImprovement)`);
            continue;
        }
        evaluated++;
        const v = checkBound(bnd, delta, bv, stats, decideOnBound);
        if (v)
            violations.push(v);
    }
    if (evaluated === 0)
        return finish(base, { status: 'skip', reason: `${moved}; no change bound could be evaluated: ${notes.join('; ')}` });
    const noteText = notes.length ? `; ${notes.join('; ')}` : '';
    const statText = stats ? ` [${statSummary(stats)}]` : '';
    if (violations.length > 0)
        return finish(base, { status: 'fail', reason: `${moved}${statText}: ${violations.join('; ')}${noteText}` });
    return finish(base, { status: 'pass', reason: `${moved}${statText}: ${bound} holds${noteText}` });
}
/** One change bound against Δ (or its confidence bound); a sentence when violated. */
function checkBound(bnd, delta, b, stats, decideOnBound) {
    const symbol = bnd.relative ? 'ρ' : 'Δ';
    const scale = bnd.relative ? Math.abs(b) : 1;
    const show = (x) => (bnd.relative ? percent(x) : signed(x));
    const limitText = bnd.relative ? percent(bnd.limit) : formatNumber(bnd.limit);
    const meaning = bnd.side === 'max'
        ? 'a suspiciously large improvement: check for leakage or a changed evaluation set'
        : bnd.limit < 0
            ? `more regression than the ${bnd.relative ? percent(-bnd.limit) : formatNumber(-bnd.limit)} tolerated`
            : bnd.limit > 0
                ? `less than the required improvement of ${bnd.relative ? percent(bnd.limit) : formatNumber(bnd.limit)}`
                : 'a regression';
    if (stats && decideOnBound && stats.method === 'mannWhitney') {
        const alpha = 1 - stats.confidence;
        const p = bnd.side === 'min' ? stats.pWorse : stats.pBetter;
        const x = stats.estimate / scale;
        const beyond = bnd.side === 'min' ? below(x, bnd.limit) : above(x, bnd.limit);
        if (beyond && p < alpha)
            return `${bnd.key}: shift ${symbol} ${show(x)} ${bnd.side === 'min' ? '<' : '>'} ${limitText} and significant (one-sided p = ${formatNumber(p)} < ${formatNumber(alpha)}): ${meaning}`;
        return undefined;
    }
    let x = delta;
    let label = symbol;
    if (stats && decideOnBound) {
        x = bnd.side === 'min' ? stats.lower : stats.upper;
        label = `${symbol} ${bnd.side === 'min' ? 'lower' : 'upper'} ${Math.round(stats.confidence * 100)}% bound`;
    }
    const value = x / scale;
    if (bnd.side === 'min' && below(value, bnd.limit))
        return `${bnd.key}: ${label} ${show(value)} < ${limitText}: ${meaning}`;
    if (bnd.side === 'max' && above(value, bnd.limit))
        return `${bnd.key}: ${label} ${show(value)} > ${limitText}: ${meaning}`;
    return undefined;
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
    const bound = `gap ≤ ${formatNumber(spec.maxGap)}`;
    const base = { ...row, bound };
    const values = spec.values ?? inputs.candidate.sliceValues(spec.feature);
    if (values === undefined) {
        const probe = inputs.candidate.get(check.metric, { feature: spec.feature, value: '' });
        return finish(base, missing(missingPolicy, probe.ok ? `slice feature "${spec.feature}" does not exist` : probe.reason, 'missingMetric'));
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
    const text = `${check.metric} across ${spec.feature} ranges from ${formatNumber(c.lo[1])} (${c.lo[0]}) to ${formatNumber(c.hi[1])} (${c.hi[0]}): gap ${formatNumber(c.gap)}${b?.ok ? ` (baseline gap ${formatNumber(b.gap)})` : ''}`;
    if (above(c.gap, spec.maxGap))
        return finish(withBaseline, { status: 'fail', reason: `${text} > ${formatNumber(spec.maxGap)} allowed` });
    return finish(withBaseline, { status: 'pass', reason: `${text} ≤ ${formatNumber(spec.maxGap)}` });
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
            return `${formatNumber(min)} ≤ c ≤ ${formatNumber(max)}`;
        if (min !== undefined)
            return `c ≥ ${formatNumber(min)}`;
        if (max !== undefined)
            return `c ≤ ${formatNumber(max)}`;
        return 'c finite';
    }
    if (kind === 'crossSlice')
        return `gap ≤ ${formatNumber(check.crossSlice?.maxGap)}`;
    const parts = bounds(check.change).map((b) => `${b.relative ? 'ρ' : 'Δ'} ${b.side === 'min' ? '≥' : '≤'} ${b.relative ? percent(b.limit) : formatNumber(b.limit)}`);
    const stats = check.statistics ? ` (${check.statistics.method}, ${Math.round((check.statistics.confidence ?? 0.95) * 100)}%)` : '';
    return `${parts.length ? parts.join(', ') : 'no significant regression'}${stats}`;
}
function statSummary(s) {
    const pct = `${Math.round(s.confidence * 100)}%`;
    if (s.method === 'mannWhitney')
        return `Mann-Whitney: shift ${signed(s.estimate)}, p(worse) = ${formatNumber(s.pWorse)}, p(better) = ${formatNumber(s.pBetter)}, n = ${s.n.candidate}/${s.n.baseline}`;
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
    const t = formatNumber(v);
    return v > 0 ? `+${t}` : t;
}
function percent(v) {
    const t = `${formatNumber(Number((v * 100).toPrecision(6)))}%`;
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
    for (const gate of name === undefined ? names : [name])
        results.push(await runOne(loaded, gate, gates[gate], overrides));
    const verdict = combineVerdicts(results.map((r) => r.verdict));
    return {
        verdict,
        exitCode: exitCodeFor(verdict),
        checks: results.flatMap((r) => r.checks.map((c) => ({ gate: r.gate, ...c }))),
        gates: results,
    };
}
async function runOne(loaded, name, spec, overrides) {
    checkSemantics(loaded, name, spec);
    const config = gateConfig(name, spec);
    const keyPath = ['gates', name];
    // Paths from modelship.yml must stay inside the project; paths given on the command line or as action
    // inputs come from the person running the gate and may point anywhere (e.g. a downloaded artifact).
    const ctxFor = (key, ref, trusted) => ({
        root: loaded.root,
        ref,
        fetch: overrides.fetch,
        resolvePath: (rel) => (trusted ? external_node_path_default().resolve(loaded.root, rel) : loaded.resolvePath(rel, [...keyPath, key])),
    });
    const candidateSpec = overrides.candidate ?? spec.candidate ?? modelMetrics(loaded, name, spec);
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
    const candidateSource = withKey(() => createMetricSource(candidateSpec, ctxFor('candidate', undefined, overrides.candidate !== undefined)), loaded, [...keyPath, 'candidate']);
    let candidate;
    try {
        candidate = await candidateSource.read();
    }
    catch (err) {
        if (err instanceof MetricSourceError && err.kind === 'unavailable')
            return inconclusive(`the candidate metrics could not be read: ${err.message}`, candidateSource.describe(), null);
        throw err;
    }
    let baseline;
    let baselineNote;
    const baselineSpec = overrides.baseline ?? spec.baseline ?? (overrides.baselineRef ? candidateSpec : undefined);
    if (baselineSpec === undefined) {
        baselineNote = `gate "${name}" configures no baseline`;
    }
    else if (isLive(baselineSpec)) {
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
        const source = withKey(() => createMetricSource(baselineSpec, ctxFor('baseline', overrides.baselineRef, overrides.baseline !== undefined || (spec.baseline === undefined && overrides.candidate !== undefined))), loaded, [...keyPath, 'baseline']);
        try {
            baseline = await source.read();
        }
        catch (err) {
            if (err instanceof SourceNotFoundError)
                baselineNote = err.message;
            else if (err instanceof MetricSourceError && err.kind === 'unavailable')
                return inconclusive(`the baseline metrics could not be read: ${err.message}`, candidate.describe(), source.describe());
            else
                throw err;
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
function isLive(spec) {
    return spec !== null && typeof spec === 'object' && !Array.isArray(spec) && 'live' in spec;
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
/** Source-spec errors point at the key in modelship.yml they came from. */
function withKey(make, loaded, keyPath) {
    try {
        return make();
    }
    catch (err) {
        if (err instanceof errors/* ModelshipError */.W7 && !err.location)
            throw new errors/* ModelshipError */.W7(err.message, { exitCode: err.exitCode, hint: err.hint, location: loaded.locate(keyPath), cause: err });
        throw err;
    }
}
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
        at(['model'], `gate "${name}" names model "${spec.model}", which is not configured`, (0,core_text/* didYouMean */.au)(spec.model, Object.keys(loaded.config.models)) ?? `models: ${Object.keys(loaded.config.models).join(', ')}`);
    }
    const baseline = spec.baseline;
    if (baseline !== undefined && isLive(baseline)) {
        const environments = Object.keys(loaded.config.environments ?? {});
        if (!environments.includes(baseline.live.environment)) {
            at(['baseline', 'live', 'environment'], `the live baseline names environment "${baseline.live.environment}", which is not configured`, (0,core_text/* didYouMean */.au)(baseline.live.environment, environments) ?? `environments: ${environments.join(', ') || '(none)'}`);
        }
    }
    return issues;
}
function checkSemantics(loaded, name, spec) {
    const issues = gateConfigIssues(loaded, name, spec);
    if (issues.length > 0)
        throw new errors/* ConfigError */.xL(issues);
}

;// CONCATENATED MODULE: ./src/deploy/analysis.ts

/** Analysis over the gate engine: the gate's sources may be live (Prometheus), its verdict is the phase. */
class GateAnalysisRunner {
    loaded;
    live;
    constructor(loaded, live) {
        this.loaded = loaded;
        this.live = live;
    }
    async analyze(context) {
        const run = await runGate(this.loaded, context.gate, { live: this.live });
        const phase = run.verdict === 'pass' ? 'successful' : run.verdict === 'fail' ? 'failed' : 'inconclusive';
        const bad = run.checks.filter((c) => c.status === 'fail' || c.status === 'error');
        const reasons = bad.length ? bad.map((c) => `${c.gate}: ${c.reason}`) : run.gates.map((g) => g.reason);
        return { phase, reasons };
    }
}
/** The phase of several analyses of one step: any failure fails, else any inconclusive is inconclusive. */
function worstPhase(phases) {
    if (phases.includes('failed'))
        return 'failed';
    if (phases.includes('inconclusive') || phases.length === 0)
        return 'inconclusive';
    return 'successful';
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/deploy/atomic.ts




/**
 * Writes a file so a reader never sees it half-written: temp file in the same folder (same file system,
 * so rename is atomic), fsync, rename over the target, fsync the folder so the rename survives a crash.
 */
async function writeFileAtomic(file, data) {
    const dir = external_node_path_default().dirname(file);
    const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(file)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,promises_.open)(temp, 'wx', 0o644);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await (0,promises_.rename)(temp, file);
    }
    catch (err) {
        await (0,promises_.rm)(temp, { force: true });
        throw err;
    }
    await fsyncDir(dir);
}
async function fsyncDir(dir) {
    // Some platforms refuse to open folders for fsync; durability of the rename is then best effort.
    try {
        const handle = await (0,promises_.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        /* best effort */
    }
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function sha256Text(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./src/deploy/providers/command.ts



const PLACEHOLDER = /\{(model|version|uri|sha256|weight|environment|step)\}/g;
const MAX_OUTPUT = 64 * 1024;
/**
 * Runs the configured argument array per step with execFile (never a shell). The arrays come from
 * modelship.yml as written; values from the deploy (model, version, URI, sha256, weight) reach the process
 * only through environment variables, so no deploy input can become shell syntax or an extra argument.
 */
class CommandProvider {
    spec;
    cwd;
    baseEnv;
    type = 'command';
    timeoutMs;
    constructor(spec, cwd, baseEnv = process.env) {
        this.spec = spec;
        this.cwd = cwd;
        this.baseEnv = baseEnv;
        this.timeoutMs = (0,core_duration/* parseDuration */.E)(spec.timeout ?? '5m', 'provider.timeout');
    }
    prepare(ctx, target) {
        return this.run('prepare', ctx, target, undefined);
    }
    shiftTraffic(ctx, traffic, target) {
        return this.run('shiftTraffic', ctx, target, traffic);
    }
    verify(ctx, target) {
        return this.run('verify', ctx, target, undefined);
    }
    finalize(ctx, traffic, target) {
        return this.run('finalize', ctx, target, traffic);
    }
    revert(ctx, lastGood) {
        const version = lastGood.stable ?? '';
        return this.run('revert', ctx, { model: ctx.model, version, artifact: '', sha256: '', format: '' }, lastGood);
    }
    run(step, ctx, target, traffic) {
        const argv = this.spec[step];
        if (!argv || argv.length === 0)
            return Promise.resolve(`no ${step} command configured`);
        const weight = traffic ? String(traffic.weights[target.version] ?? 0) : '0';
        const values = { model: target.model, version: target.version, uri: target.artifact, sha256: target.sha256, weight, environment: ctx.environment, step };
        const env = {
            ...this.baseEnv,
            MODELSHIP_STEP: step,
            MODELSHIP_ENVIRONMENT: ctx.environment,
            MODELSHIP_MODEL: target.model,
            MODELSHIP_VERSION: target.version,
            MODELSHIP_URI: target.artifact,
            MODELSHIP_SHA256: target.sha256,
            MODELSHIP_WEIGHT: weight,
            MODELSHIP_TRAFFIC: traffic ? JSON.stringify(traffic) : '',
        };
        for (const [k, v] of Object.entries(this.spec.env ?? {}))
            env[k] = v.replace(PLACEHOLDER, (_m, key) => values[key]);
        const [file, ...args] = argv;
        return new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)(file, args, { cwd: this.cwd, env, timeout: this.timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT * 4, windowsHide: true }, (err, stdout, stderr) => {
                const output = `${stdout}${stderr}`.trim().slice(-2000);
                if (err) {
                    const e = err;
                    const why = e.killed ? `timed out after ${this.spec.timeout ?? '5m'}` : e.code === 'ENOENT' ? `command not found: ${file}` : `exited with ${e.code}`;
                    reject(new errors/* ModelshipError */.W7(`${step}: ${argv.join(' ')} ${why}${output ? `\n${output}` : ''}`));
                    return;
                }
                resolve(`${file} ${step} ok${output ? `: ${output}` : ''}`);
            });
        });
    }
}

;// CONCATENATED MODULE: ./src/deploy/providers/kubernetes.ts




/** A KServe v1beta1 InferenceService for `target`, with `canaryTrafficPercent` when a canary runs. */
function renderInferenceService(spec, target, canaryPercent) {
    const name = (spec.name ?? target.model).toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63).replace(/^-+|-+$/g, '');
    const storageUri = spec.storageUri.replaceAll('{model}', target.model).replaceAll('{version}', target.version);
    const model = { modelFormat: { name: 'onnx' }, storageUri };
    if (spec.runtime)
        model.runtime = spec.runtime;
    if (spec.resources)
        model.resources = spec.resources;
    const predictor = { model };
    if (canaryPercent !== undefined && canaryPercent < 100)
        predictor.canaryTrafficPercent = canaryPercent;
    return {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: {
            name,
            ...(spec.namespace ? { namespace: spec.namespace } : {}),
            labels: { 'app.kubernetes.io/managed-by': 'modelship', 'modelship.dev/model': name },
            annotations: { 'modelship.dev/version': target.version, 'modelship.dev/sha256': target.sha256 },
        },
        spec: { predictor },
    };
}
/**
 * KServe through kubectl. KServe itself keeps the previous revision while `canaryTrafficPercent` < 100,
 * so a canary step is a re-apply with the new storage URI and the percent; finalize removes the percent;
 * revert re-applies the last good version's manifest. kubectl runs via execFile with the YAML on stdin.
 */
class KubernetesProvider {
    spec;
    env;
    type = 'kubernetes';
    constructor(spec, env = process.env) {
        this.spec = spec;
        this.env = env;
    }
    async prepare(_ctx, target) {
        return `manifest for ${target.version} rendered (storageUri ${String(renderInferenceService(this.spec, target).spec.predictor.model.storageUri)})`;
    }
    async shiftTraffic(_ctx, traffic, target) {
        const percent = traffic.weights[target.version] ?? 0;
        if (percent === 0)
            return 'no traffic for the candidate: nothing to apply';
        return this.apply(renderInferenceService(this.spec, target, percent));
    }
    async verify(_ctx, target) {
        const name = renderInferenceService(this.spec, target).metadata.name;
        const timeout = `${Math.ceil((0,core_duration/* parseDuration */.E)(this.spec.readyTimeout ?? '5m', 'provider.readyTimeout') / 1000)}s`;
        return this.kubectl(['wait', '--for=condition=Ready', `inferenceservice/${name}`, `--timeout=${timeout}`, ...this.scope()]);
    }
    async finalize(_ctx, _traffic, target) {
        return this.apply(renderInferenceService(this.spec, target));
    }
    async revert(ctx, lastGood) {
        if (lastGood.stable === null)
            return 'nothing was live before: left as is (delete the InferenceService by hand if wanted)';
        return this.apply(renderInferenceService(this.spec, { model: ctx.model, version: lastGood.stable, sha256: '' }));
    }
    scope() {
        return [...(this.spec.namespace ? ['--namespace', this.spec.namespace] : []), ...(this.spec.context ? ['--context', this.spec.context] : [])];
    }
    apply(manifest) {
        return this.kubectl(['apply', '-f', '-', ...this.scope()], (0,dist/* stringify */.As)(manifest));
    }
    kubectl(args, stdin) {
        const bin = this.spec.kubectl ?? 'kubectl';
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.execFile)(bin, args, { env: this.env, timeout: 10 * 60_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
                const out = `${stdout}${stderr}`.trim().slice(-2000);
                if (err)
                    reject(new errors/* ModelshipError */.W7(`kubectl ${args[0]} failed: ${err.code === 'ENOENT' ? `${bin} not found` : out || err.message}`));
                else
                    resolve(`kubectl ${args[0]}: ${out}`);
            });
            if (stdin !== undefined)
                child.stdin?.end(stdin);
        });
    }
}

;// CONCATENATED MODULE: ./src/deploy/providers/local.ts





const VERSION_NAME = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;
/**
 * The embedded default: a model repository folder `<root>/<model>/<version>/` (the layout Triton and TF
 * Serving load) plus `<root>/<model>/routing.json`. Version folders are written under a temp name and
 * renamed into place; routing.json is written atomically. Nothing a reader sees is ever half-written.
 */
class LocalProvider {
    root;
    type = 'local';
    constructor(root) {
        this.root = root;
    }
    modelDir(model) {
        return external_node_path_default().join(this.root, safeName(model, 'model'));
    }
    versionDir(model, version) {
        return external_node_path_default().join(this.modelDir(model), safeName(version, 'version'));
    }
    routingFile(model) {
        return external_node_path_default().join(this.modelDir(model), 'routing.json');
    }
    static artifactName(target) {
        return `model${external_node_path_default().extname(target.artifact) || '.onnx'}`;
    }
    async prepare(_ctx, target) {
        const dir = this.versionDir(target.model, target.version);
        const name = LocalProvider.artifactName(target);
        if (await exists(dir)) {
            const installed = await sha256File(external_node_path_default().join(dir, name)).catch(() => undefined);
            if (installed === target.sha256)
                return `${dir} already holds ${target.version} (sha256 ${local_short(target.sha256)})`;
            throw new errors/* ModelshipError */.W7(`${dir} holds a different artifact for version ${target.version} (sha256 ${installed ? local_short(installed) : 'unreadable'}, expected ${local_short(target.sha256)})`, {
                hint: 'a version is immutable: publish the change as a new version',
            });
        }
        await (0,promises_.mkdir)(this.modelDir(target.model), { recursive: true });
        const temp = external_node_path_default().join(this.modelDir(target.model), `.${target.version}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
        await (0,promises_.mkdir)(temp);
        try {
            await (0,promises_.copyFile)(target.artifact, external_node_path_default().join(temp, name));
            const copied = await sha256File(external_node_path_default().join(temp, name));
            if (copied !== target.sha256)
                throw new errors/* ModelshipError */.W7(`the copy of ${target.artifact} has sha256 ${local_short(copied)}, expected ${local_short(target.sha256)}: the artifact changed during the deploy`);
            await (0,promises_.writeFile)(external_node_path_default().join(temp, 'SHA256SUMS'), `${target.sha256}  ${name}\n`);
            const metadata = { model: target.model, version: target.version, sha256: target.sha256, format: target.format, ...(target.signature ? { signature: target.signature } : {}), deployedAt: new Date().toISOString() };
            await (0,promises_.writeFile)(external_node_path_default().join(temp, 'metadata.json'), `${JSON.stringify(metadata, null, 2)}\n`);
            await (0,promises_.rename)(temp, dir);
            await fsyncDir(this.modelDir(target.model));
        }
        catch (err) {
            await (0,promises_.rm)(temp, { recursive: true, force: true });
            throw err;
        }
        return `copied to ${dir} (sha256 ${local_short(target.sha256)})`;
    }
    async verify(_ctx, target) {
        const dir = this.versionDir(target.model, target.version);
        const file = external_node_path_default().join(dir, LocalProvider.artifactName(target));
        const actual = await sha256File(file).catch(() => undefined);
        if (actual !== target.sha256)
            throw new errors/* ModelshipError */.W7(`${file}: sha256 ${actual ? local_short(actual) : 'missing'}, expected ${local_short(target.sha256)}`);
        const metadata = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, 'metadata.json'), 'utf8'));
        if (metadata.version !== target.version)
            throw new errors/* ModelshipError */.W7(`${dir}/metadata.json names version ${metadata.version}, expected ${target.version}`);
        return `sha256 ${local_short(actual)} verified in ${dir}`;
    }
    async shiftTraffic(_ctx, traffic, target) {
        await this.writeRouting(target.model, traffic);
        return `routing ${describeTraffic(traffic)}`;
    }
    async finalize(_ctx, traffic, target) {
        await this.writeRouting(target.model, traffic);
        return `routing final: ${describeTraffic(traffic)}`;
    }
    async revert(ctx, lastGood) {
        await this.writeRouting(ctx.model, lastGood);
        return `routing restored: ${describeTraffic(lastGood)}`;
    }
    async observe(ctx) {
        return this.readRouting(ctx.model);
    }
    async readRouting(model) {
        const file = this.routingFile(model);
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        try {
            return JSON.parse(text);
        }
        catch (err) {
            throw new errors/* ModelshipError */.W7(`${file} is not valid JSON: ${err.message}`, { location: { file } });
        }
    }
    async writeRouting(model, traffic) {
        for (const version of Object.keys(traffic.weights)) {
            if (!(await exists(this.versionDir(model, version))))
                throw new errors/* ModelshipError */.W7(`cannot route to ${model} ${version}: ${this.versionDir(model, version)} does not exist`);
        }
        const previous = await this.readRouting(model).catch(() => undefined);
        // Only the traffic fields: a TrafficState read back by observe() is a whole routing file, whose old
        // generation must not overwrite the new one.
        const { stable, candidate, previous: prev, weights, headerRoutes, sticky, shadow, strategy } = traffic;
        const routing = { schema: 1, model, generation: (previous?.generation ?? 0) + 1, stable, candidate, previous: prev, weights, headerRoutes, sticky, shadow, strategy, updatedAt: new Date().toISOString() };
        await (0,promises_.mkdir)(this.modelDir(model), { recursive: true });
        await writeFileAtomic(this.routingFile(model), `${JSON.stringify(routing, null, 2)}\n`);
    }
}
function describeTraffic(t) {
    const weights = Object.entries(t.weights).map(([v, w]) => `${v}=${w}%`).join(' ') || 'none';
    const extra = [t.shadow ? `shadow ${t.shadow.version} ${t.shadow.percent}%` : '', ...t.headerRoutes.map((r) => `${r.header}:${r.value}->${r.version}`)].filter(Boolean);
    return `${weights}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}
function safeName(name, what) {
    if (!VERSION_NAME.test(name) || name === '.' || name === '..')
        throw new errors/* ModelshipError */.W7(`${what} "${name}" cannot name a folder: use letters, digits, . _ + - (max 128)`);
    return name;
}
async function exists(p) {
    return (0,promises_.stat)(p).then(() => true, () => false);
}
function local_short(sha) {
    return sha.slice(0, 12);
}

;// CONCATENATED MODULE: ./src/deploy/providers/webhook.ts



const SIGNATURE_HEADER = 'x-modelship-signature-256';
/** `sha256=<hex>` of HMAC-SHA256(secret, raw body), like GitHub's X-Hub-Signature-256. */
function signBody(secret, body) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest('hex')}`;
}
/**
 * One signed JSON POST per step. The body carries a timestamp and a delivery id, both covered by the
 * signature, so a receiver can refuse replays. 5xx and network errors are retried with exponential
 * backoff; 4xx is a refusal and is not retried; the response must be 2xx.
 */
class WebhookProvider {
    spec;
    options;
    type = 'webhook';
    timeoutMs;
    constructor(spec, options = {}) {
        this.spec = spec;
        this.options = options;
        if (!spec.secret)
            throw new errors/* ModelshipError */.W7('webhook provider: `secret` is empty', { hint: 'write secret: ${env:MODELSHIP_WEBHOOK_SECRET}' });
        this.timeoutMs = (0,core_duration/* parseDuration */.E)(spec.timeout ?? '30s', 'provider.timeout');
    }
    prepare(ctx, target) {
        return this.post('prepare', ctx, target, undefined);
    }
    shiftTraffic(ctx, traffic, target) {
        return this.post('shiftTraffic', ctx, target, traffic);
    }
    verify(ctx, target) {
        return this.post('verify', ctx, target, undefined);
    }
    finalize(ctx, traffic, target) {
        return this.post('finalize', ctx, target, traffic);
    }
    revert(ctx, lastGood) {
        return this.post('revert', ctx, undefined, lastGood);
    }
    async post(step, ctx, target, traffic) {
        const delivery = (0,external_node_crypto_.randomUUID)();
        const body = JSON.stringify({ step, delivery, timestamp: new Date().toISOString(), environment: ctx.environment, model: ctx.model, target: target ?? null, traffic: traffic ?? null });
        const headers = { 'content-type': 'application/json', 'user-agent': 'modelship-deploy', [SIGNATURE_HEADER]: signBody(this.spec.secret, body), 'x-modelship-delivery': delivery, 'x-modelship-step': step };
        const retries = this.spec.retries ?? 3;
        const doFetch = this.options.fetch ?? fetch;
        let last = '';
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0)
                await new Promise((r) => setTimeout(r, (this.options.backoffMs ?? 500) * 2 ** (attempt - 1)));
            try {
                const response = await doFetch(this.spec.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
                const text = (await response.text()).slice(0, 2000);
                if (response.ok)
                    return `${step}: HTTP ${response.status}${attempt ? ` after ${attempt + 1} attempts` : ''}${text ? ` ${text}` : ''}`;
                last = `HTTP ${response.status} ${text}`.trim();
                if (response.status < 500 && response.status !== 429)
                    break;
            }
            catch (err) {
                last = `${err.name === 'TimeoutError' ? 'timed out' : err.message}`;
            }
        }
        throw new errors/* ModelshipError */.W7(`webhook ${step} to ${webhook_redact(this.spec.url)} failed: ${last}`);
    }
}
/** URLs in messages lose credentials and query strings (tokens must never reach logs). */
function webhook_redact(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}

;// CONCATENATED MODULE: ./src/deploy/providers/index.ts






/** Every provider by its `provider.type`: adding one is one file and one line here. */
const PROVIDERS = {
    local: (spec, loaded, env) => new LocalProvider(loaded.resolvePath(spec.root ?? config.DEFAULT_REPOSITORY, ['environments', env.name, 'provider', 'root'])),
    command: (spec, loaded) => new CommandProvider(spec, loaded.root),
    webhook: (spec) => new WebhookProvider(spec),
    kubernetes: (spec) => new KubernetesProvider(spec),
};
function providerFor(loaded, env) {
    const factory = PROVIDERS[env.provider.type];
    if (!factory)
        throw new errors/* ModelshipError */.W7(`environment "${env.name}": unknown provider "${env.provider.type}"`, { location: loaded.locate(['environments', env.name, 'provider', 'type']), hint: `providers: ${Object.keys(PROVIDERS).join(', ')}` });
    return factory(env.provider, loaded, env);
}

;// CONCATENATED MODULE: ./src/deploy/providers/provider.ts
/**
 * A deployment provider moves bits and traffic; it never decides. The engine and the strategies decide
 * when to call each step, journal it, and call `revert` with the last good traffic on any failure.
 */
function emptyTraffic(strategy = 'direct') {
    return { stable: null, candidate: null, previous: null, weights: {}, headerRoutes: [], sticky: null, shadow: null, strategy };
}
/** The traffic of a finished deployment of `version` that replaced `previous`. */
function settledTraffic(version, previous, strategy) {
    return { stable: version, candidate: null, previous, weights: { [version]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/deploy/state/lock-file.ts




/** A lock older than this is stale even when its process cannot be checked (another host). */
const STALE_LOCK_AGE_MS = 24 * 3_600_000;
/**
 * One deploy per environment at a time: a lock file created with O_EXCL (atomic on local file systems)
 * holding owner, pid, host, reason and time. A lock whose process is gone (same host) is stale and taken
 * over, so a killed deploy does not block the environment forever; its journal still says what it did.
 */
class LockFile {
    file;
    constructor(file) {
        this.file = file;
    }
    async read() {
        let text;
        try {
            text = await (0,promises_.readFile)(this.file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        try {
            return JSON.parse(text);
        }
        catch {
            // A lock file is written in one small write; an unreadable one is from a crash mid-write.
            return { environment: external_node_path_default().basename(this.file, '.lock'), owner: 'unknown (unreadable lock file)', pid: 0, host: '', reason: '', createdAt: new Date(0).toISOString() };
        }
    }
    /**
     * A process lock (pid > 0) is stale when it is older than STALE_LOCK_AGE_MS or, on this host, its
     * process is gone. A manual lock (pid <= 0: `modelship lock`, chatops `.lock`, or an unreadable file)
     * is never stale: only an unlock removes it, as branch-deploy's sticky locks.
     */
    static isStale(lock, now = Date.now()) {
        if (lock.pid <= 0)
            return false;
        if (now - Date.parse(lock.createdAt) > STALE_LOCK_AGE_MS)
            return true;
        if (lock.host !== external_node_os_default().hostname())
            return false;
        try {
            process.kill(lock.pid, 0);
            return false;
        }
        catch (err) {
            return err.code === 'ESRCH';
        }
    }
    async acquire(info) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(this.file), { recursive: true });
        for (let attempt = 0; attempt < 2; attempt++) {
            try {
                const handle = await (0,promises_.open)(this.file, 'wx', 0o644);
                try {
                    await handle.writeFile(JSON.stringify(info, null, 2));
                    await handle.sync();
                }
                finally {
                    await handle.close();
                }
                return info;
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
                const held = await this.read();
                if (held && held.owner === info.owner && held.pid === info.pid)
                    return held;
                if (held && LockFile.isStale(held) && attempt === 0) {
                    await (0,promises_.rm)(this.file, { force: true });
                    continue;
                }
                throw new errors/* ModelshipError */.W7(`environment "${info.environment}" is locked by ${held?.owner ?? 'another process'} (pid ${held?.pid ?? '?'} on ${held?.host || '?'}, since ${held?.createdAt ?? '?'}): ${held?.reason || 'no reason given'}`, { exitCode: errors/* ExitCode */.yU.Usage, hint: `wait for it to finish, or if it is gone: modelship unlock ${info.environment} --force (lock file ${this.file})` });
            }
        }
        throw new errors/* ModelshipError */.W7(`could not take the lock ${this.file}`);
    }
    async release(owner, force = false) {
        const held = await this.read();
        if (held === undefined)
            return false;
        if (!force && held.owner !== owner) {
            throw new errors/* ModelshipError */.W7(`lock on "${held.environment}" is held by ${held.owner}, not ${owner}`, { hint: 'pass --force to break it' });
        }
        await (0,promises_.rm)(this.file, { force: true });
        return true;
    }
}

;// CONCATENATED MODULE: ./src/deploy/state/local.ts






/**
 * The local deployment state: one JSON file per environment (`<dir>/<env>.json`), written atomically
 * while the environment's lock is held, with a checksum so corruption is detected. The previous good
 * file is kept as `<env>.json.bak` so recovery is a copy, never a guess.
 */
class LocalDeploymentStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    get location() {
        return this.dir;
    }
    fileFor(environment) {
        return external_node_path_default().join(this.dir, `${environment}.json`);
    }
    lockFile(environment) {
        return new LockFile(external_node_path_default().join(this.dir, `${environment}.lock`));
    }
    /** The records of one environment; [] when there is no file yet. Corruption throws. */
    async load(environment) {
        const file = this.fileFor(environment);
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return [];
            throw new errors/* ModelshipError */.W7(`cannot read deployment state ${file}: ${err.message}`);
        }
        const corrupt = (why) => new errors/* ModelshipError */.W7(`deployment state ${file} is corrupted: ${why}`, {
            location: { file },
            hint: `nothing was changed. Restore the last good copy (cp ${file}.bak ${file}) or move the file away to start a fresh history, after checking what is live`,
        });
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (err) {
            throw corrupt(`not valid JSON (${err.message})`);
        }
        if (parsed === null || typeof parsed !== 'object' || parsed.schema !== 1 || !Array.isArray(parsed.records))
            throw corrupt('not a modelship state file (schema 1)');
        if (parsed.environment !== environment)
            throw corrupt(`it names environment "${String(parsed.environment)}", expected "${environment}"`);
        if (parsed.checksum !== checksumOf(environment, parsed.records))
            throw corrupt('checksum mismatch (edited or torn)');
        return parsed.records;
    }
    async save(environment, records) {
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        const file = this.fileFor(environment);
        // Keep the last good file as .bak: load() throws on a corrupted one, so only a valid file is copied.
        if ((await this.load(environment)).length > 0)
            await (0,promises_.copyFile)(file, `${file}.bak`);
        const state = { schema: 1, environment, checksum: checksumOf(environment, records), records };
        await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
    }
    async environments() {
        try {
            return (await (0,promises_.readdir)(this.dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
        }
        catch {
            return [];
        }
    }
    async current(environment, model) {
        return (await this.history(environment, model)).find((r) => r.status === 'success');
    }
    async history(environment, model) {
        return (await this.load(environment)).filter((r) => r.payload.model === model).reverse();
    }
    async create(environment, payload, actor) {
        const records = await this.load(environment);
        const now = new Date().toISOString();
        const record = { id: `${environment}-${records.length + 1}`, environment, payload, status: 'in_progress', createdAt: now, updatedAt: now, actor, steps: [] };
        records.push(record);
        await this.save(environment, records);
        return record;
    }
    async update(record, change) {
        const records = await this.load(record.environment);
        const stored = records.find((r) => r.id === record.id);
        if (stored === undefined)
            throw new errors/* ModelshipError */.W7(`deployment ${record.id} is missing from ${this.fileFor(record.environment)}`);
        change(stored, records);
        stored.updatedAt = new Date().toISOString();
        await this.save(record.environment, records);
        Object.assign(record, stored);
    }
    async step(record, step) {
        await this.update(record, (r) => void r.steps.push(step));
    }
    async finish(record, status, description, url) {
        await this.update(record, (r, all) => {
            r.status = status;
            r.description = description;
            if (url)
                r.url = url;
            if (status === 'success') {
                for (const other of all)
                    if (other !== r && other.payload.model === r.payload.model && other.status === 'success')
                        other.status = 'inactive';
            }
        });
    }
    async lock(environment, info) {
        return this.lockFile(environment).acquire({ environment, ...info, createdAt: new Date().toISOString() });
    }
    async unlock(environment, owner, force = false) {
        return this.lockFile(environment).release(owner, force);
    }
    async lockInfo(environment) {
        return this.lockFile(environment).read();
    }
}
function defaultOwner(actor) {
    return `${actor ?? external_node_os_default().userInfo().username}@${external_node_os_default().hostname()}:${process.pid}`;
}
function checksumOf(environment, records) {
    return sha256Text(JSON.stringify({ environment, records }));
}

;// CONCATENATED MODULE: ./src/deploy/state/select.ts

/** The store given by the caller (GitHub Deployments in actions), else the environment's local state file. */
function storeFor(loaded, env, options) {
    return options.store ?? new LocalDeploymentStore(loaded.resolvePath(env.stateDir, ['environments', env.name, 'stateDir']));
}

;// CONCATENATED MODULE: ./src/deploy/live-baseline.ts




/**
 * The gate's LiveBaselineProvider over the deployment state: the metrics file recorded in the payload of
 * the deployment live in the environment. Nothing live, or a payload without metrics, is "no baseline"
 * (the gate's onMissingBaseline policy decides).
 */
function liveBaselinesFromState(loaded, options = {}) {
    return {
        async metricsForLiveVersion(environment, model) {
            const env = (0,config.environmentOf)(loaded, environment);
            const live = await storeFor(loaded, env, options).current(env.name, model);
            const file = live?.payload.metrics;
            if (!file)
                return undefined;
            // Recorded paths are absolute; they are read as they are, inside the project or not (the state is trusted output of modelship).
            return createMetricSource(file, { root: loaded.root, resolvePath: (p) => external_node_path_default().resolve(loaded.root, p) }).read();
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/strategies/strategy.ts
/** Thrown to stop a rollout on purpose (analysis failed, A/B lost); the engine reverts and says why. */
class RolloutAborted extends Error {
    constructor(message) {
        super(message);
        this.name = 'RolloutAborted';
    }
}
function split(stable, candidate, weight) {
    if (stable === null || stable === candidate || weight >= 100)
        return { [candidate]: 100 };
    if (weight <= 0)
        return { [stable]: 100 };
    return { [stable]: 100 - weight, [candidate]: weight };
}
/** Shared opening of every strategy: install beside, check it. */
async function prepareAndVerify(ctx) {
    await ctx.step('prepare', () => ctx.provider.prepare(ctx.providerContext, ctx.target));
    await ctx.step('verify', () => ctx.provider.verify(ctx.providerContext, ctx.target));
}
/** Shared close: all traffic to the candidate, previous kept for instant rollback. */
async function promoteFully(ctx, strategy) {
    const { version } = ctx.target;
    const previous = ctx.base.stable === version ? ctx.base.previous : ctx.base.stable;
    const traffic = { stable: version, candidate: null, previous, weights: { [version]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy };
    await ctx.step('finalize', () => ctx.provider.finalize(ctx.providerContext, traffic, ctx.target), traffic.weights);
    return traffic;
}

;// CONCATENATED MODULE: ./src/deploy/strategies/ab.ts


/**
 * A/B: split traffic by weight (default 50) and/or route a header value to the candidate, observe for
 * `duration`, then let the winner gate decide (its checks carry the statistical test, e.g. a paired
 * bootstrap or Mann-Whitney over the arms). The candidate becomes stable only if it wins; otherwise the
 * rollout aborts and the engine restores the previous traffic.
 */
const abStrategy = {
    type: 'ab',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const weight = ctx.spec.weight ?? (ctx.spec.header ? 0 : 50);
        const weights = split(ctx.base.stable, ctx.target.version, weight);
        const headerRoutes = ctx.spec.header ? [{ header: ctx.spec.header.name, value: ctx.spec.header.value, version: ctx.target.version }] : [];
        const traffic = { ...ctx.base, candidate: ctx.target.version, weights, headerRoutes, shadow: null, strategy: 'ab' };
        await ctx.step(`split ${weight}%${headerRoutes.length ? ` + header ${headerRoutes[0].header}` : ''}`, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
        const duration = ctx.spec.duration === undefined ? 0 : (0,core_duration/* parseDuration */.E)(ctx.spec.duration, 'strategy.duration');
        if (duration > 0)
            await ctx.step(`observe ${ctx.spec.duration}`, async () => (await ctx.sleep(duration), 'observed'));
        const result = await ctx.analyze(1, weight);
        if (result && result.phase !== 'successful')
            throw new RolloutAborted(`A/B: the candidate did not win (${result.phase}): ${result.reasons.join('; ')}`);
        return { live: true, traffic: await promoteFully(ctx, 'ab') };
    },
};

;// CONCATENATED MODULE: ./src/deploy/strategies/blue-green.ts

/**
 * Deploy the new version beside the old (green beside blue), verify it with no traffic, switch `stable`
 * in one atomic write, verify again, and keep the old slot as `previous` for an instant rollback.
 */
const blueGreenStrategy = {
    type: 'blue-green',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const switched = { ...ctx.base, stable: ctx.target.version, candidate: null, previous: ctx.base.stable, weights: { [ctx.target.version]: 100 }, headerRoutes: [], shadow: null, strategy: 'blue-green' };
        await ctx.step('switch', () => ctx.provider.shiftTraffic(ctx.providerContext, switched, ctx.target), switched.weights);
        await ctx.step('verify-after-switch', () => ctx.provider.verify(ctx.providerContext, ctx.target));
        return { live: true, traffic: await promoteFully(ctx, 'blue-green') };
    },
};

;// CONCATENATED MODULE: ./src/deploy/strategies/canary.ts


const DEFAULT_CANARY_STEPS = [{ weight: 10, pause: '1m' }, { weight: 50, pause: '1m' }, { weight: 100 }];
/**
 * Weighted steps with pauses; after each pause the analysis judges the canary (Argo Rollouts semantics):
 * `failed` results beyond `failureLimit` (default 0) abort, `inconclusive` beyond `inconclusiveLimit`
 * (default 0) abort too — a canary nobody can judge is not promoted. An abort throws; the engine reverts
 * to the last good traffic, so weights return to {stable: 100}.
 */
const canaryStrategy = {
    type: 'canary',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const steps = ctx.spec.steps?.length ? ctx.spec.steps : DEFAULT_CANARY_STEPS;
        const failureLimit = ctx.spec.analysis?.failureLimit ?? 0;
        const inconclusiveLimit = ctx.spec.analysis?.inconclusiveLimit ?? 0;
        let failures = 0;
        let inconclusive = 0;
        for (const [i, s] of steps.entries()) {
            const weights = split(ctx.base.stable, ctx.target.version, s.weight);
            // Nothing live yet (first deploy): the candidate takes all traffic from the first step, so it is the
            // stable version of the routing (a routing with weights but no stable is refused by `modelship serve`).
            const whole = s.weight >= 100 || ctx.base.stable === null;
            const traffic = { ...ctx.base, candidate: whole ? null : ctx.target.version, stable: whole ? ctx.target.version : ctx.base.stable, previous: s.weight >= 100 ? ctx.base.stable : ctx.base.previous, weights, headerRoutes: [], shadow: null, strategy: 'canary' };
            await ctx.step(`set-weight ${s.weight}%`, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
            const pause = s.pause === undefined ? 0 : (0,core_duration/* parseDuration */.E)(s.pause, `strategy.steps[${i}].pause`);
            if (pause > 0)
                await ctx.step(`pause ${s.pause}`, async () => (await ctx.sleep(pause), `paused ${s.pause}`));
            const result = await ctx.analyze(i + 1, s.weight);
            if (result?.phase === 'failed' && ++failures > failureLimit) {
                throw new RolloutAborted(`analysis failed at step ${i + 1} (${s.weight}%): ${result.reasons.join('; ')} (failureLimit ${failureLimit})`);
            }
            if (result?.phase === 'inconclusive' && ++inconclusive > inconclusiveLimit) {
                throw new RolloutAborted(`analysis inconclusive at step ${i + 1} (${s.weight}%): ${result.reasons.join('; ')} (inconclusiveLimit ${inconclusiveLimit})`);
            }
        }
        return { live: true, traffic: await promoteFully(ctx, 'canary') };
    },
};

;// CONCATENATED MODULE: ./src/deploy/strategies/direct.ts

/** Install, check, switch all traffic at once. */
const directStrategy = {
    type: 'direct',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const traffic = { ...ctx.base, stable: ctx.target.version, candidate: null, previous: ctx.base.stable, weights: { [ctx.target.version]: 100 }, headerRoutes: [], shadow: null, strategy: 'direct' };
        await ctx.step('shift-traffic', () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), traffic.weights);
        return { live: true, traffic: await promoteFully(ctx, 'direct') };
    },
};

;// CONCATENATED MODULE: ./src/deploy/strategies/shadow.ts


/**
 * Shadow: mirror `percent` of requests to the candidate, whose answers are recorded and dropped; users
 * only ever see the stable version. After `duration` the analysis judges; the mirror is then removed
 * and the candidate is NOT made live (promote it with a canary or blue-green deploy).
 */
const shadowStrategy = {
    type: 'shadow',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const percent = ctx.spec.percent ?? 100;
        const mirrored = { ...ctx.base, candidate: ctx.target.version, shadow: { version: ctx.target.version, percent }, strategy: 'shadow' };
        await ctx.step(`mirror ${percent}%`, () => ctx.provider.shiftTraffic(ctx.providerContext, mirrored, ctx.target), mirrored.weights);
        const duration = ctx.spec.duration === undefined ? 0 : (0,core_duration/* parseDuration */.E)(ctx.spec.duration, 'strategy.duration');
        if (duration > 0)
            await ctx.step(`observe ${ctx.spec.duration}`, async () => (await ctx.sleep(duration), 'observed'));
        const result = await ctx.analyze(1, 0);
        if (result && result.phase !== 'successful')
            throw new RolloutAborted(`shadow analysis ${result.phase}: ${result.reasons.join('; ')}`);
        await ctx.step('remove-mirror', () => ctx.provider.finalize(ctx.providerContext, ctx.base, ctx.target), ctx.base.weights);
        return { live: false, traffic: ctx.base };
    },
};

;// CONCATENATED MODULE: ./src/deploy/strategies/index.ts







/** Every strategy by its `strategy.type`: adding one is one file and one line here. */
const STRATEGIES = {
    direct: directStrategy,
    'blue-green': blueGreenStrategy,
    canary: canaryStrategy,
    ab: abStrategy,
    shadow: shadowStrategy,
};
function strategyFor(type) {
    const s = STRATEGIES[type];
    if (!s)
        throw new errors/* ModelshipError */.W7(`unknown strategy "${type}"`, { hint: (0,core_text/* didYouMean */.au)(type, Object.keys(STRATEGIES)) ?? `strategies: ${Object.keys(STRATEGIES).join(', ')}` });
    return s;
}

;// CONCATENATED MODULE: ./src/deploy/engine.ts
/**
 * The deploy engine: the one API the CLI, the deploy action and chatops call.
 *
 *   deploy(loaded, {environment, model?, version, artifact?, resume?, actor?}, options) → DeployResult
 *   promote(loaded, {model?, to, version?, actor?}, options)                              → DeployResult
 *   rollback(loaded, {environment, model?, to?, actor?}, options)                         → DeployResult
 *   status(loaded, {environment?, model?}, options)                                       → StatusResult
 *   lock(loaded, {environment, reason?, actor?}, options) / unlock(...)                   → LockResult
 *
 * options: {dryRun?, store?: DeploymentStore (default: the local state file of the environment), log?,
 * analysis?: AnalysisRunner (default: the gate engine), provider?: (env, default) => DeploymentProvider
 * (wrap or replace, e.g. in tests), sleep?, live?: LiveBaselineProvider (for gates)}.
 *
 * Guarantees: one deploy per environment at a time (the lock; refused → ModelshipError exit 2 naming the
 * holder); every step is journaled before and after it runs, so a killed process is found by the next
 * run (`status` shows it; `deploy --resume` or `rollback` clear it); any failure reverts through the
 * provider to the last good traffic and the result says which version is live (`liveVersion`); the
 * artifact's sha256 is checked against its manifest and against the previous environment on promotion;
 * deploying what is already live is a `noop`; `dryRun` plans without touching anything.
 * Refusals (unknown environment, promotion not allowed, lock held, interrupted deploy) throw
 * ModelshipError with exit code 2; a failed or aborted rollout returns outcome `aborted` (exit 1).
 */
















/** The exit code for a result: 0 deployed/rolled back/noop/planned, 1 aborted. */
function exitCodeOf(result) {
    return result.outcome === 'aborted' ? errors/* ExitCode */.yU.Failed : errors/* ExitCode */.yU.Pass;
}

/** Gates with `baseline: {live}` read the state this engine writes, unless the caller brings its own provider. */
function liveOf(loaded, options) {
    return options.live ?? liveBaselinesFromState(loaded, options);
}
async function deploy(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const modelConfig = (0,core_config/* getModel */.E1)(loaded, model);
    const artifact = loaded.resolvePath(request.artifact ?? modelConfig.path, request.artifact ? [] : ['models', model, 'path']);
    const sha256 = await verifiedSha256(artifact);
    const target = { model, version: request.version, artifact, sha256, format: modelConfig.format ?? (external_node_path_default().extname(artifact).slice(1) || 'unknown'), signature: modelConfig.signature, metrics: await metricsFor(loaded, model, artifact) };
    return rollout(loaded, env, target, request.actor, options, { resume: request.resume === true, gates: true });
}
async function promote(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.to);
    const model = (0,config.modelNameOf)(loaded, request.model);
    if (env.requires === null) {
        throw new errors/* ModelshipError */.W7(`"${env.name}" is the first environment: there is nothing to promote from`, { hint: `use: modelship deploy ${env.name} VERSION` });
    }
    const from = (0,config.environmentOf)(loaded, env.requires);
    const fromStore = storeFor(loaded, from, options);
    const history = await fromStore.history(from.name, model);
    const live = history.find((r) => r.status === 'success');
    const interrupted = history.find((r) => r.status === 'in_progress');
    if (live === undefined)
        throw new errors/* ModelshipError */.W7(`cannot promote ${model} to ${env.name}: nothing is live in ${from.name}`, { hint: `deploy it there first: modelship deploy ${from.name} VERSION` });
    if (request.version !== undefined && request.version !== live.payload.version) {
        throw new errors/* ModelshipError */.W7(`cannot promote ${model} ${request.version} to ${env.name}: ${from.name} runs ${live.payload.version}`, { hint: 'only a version live and healthy in the previous environment can be promoted' });
    }
    if (interrupted)
        throw new errors/* ModelshipError */.W7(`cannot promote from ${from.name}: a deployment there was interrupted at "${lastStep(interrupted)}"`, { hint: `finish it first: modelship deploy ${from.name} --resume, or modelship rollback ${from.name}` });
    // The hop check: the artifact must still be the bytes that were verified in the previous environment.
    const sha256 = await sha256File(live.payload.artifact).catch(() => {
        throw new errors/* ModelshipError */.W7(`cannot promote: the artifact ${live.payload.artifact} deployed to ${from.name} is gone`);
    });
    if (sha256 !== live.payload.sha256) {
        throw new errors/* ModelshipError */.W7(`cannot promote: ${live.payload.artifact} has sha256 ${sha256.slice(0, 12)}, but ${from.name} verified ${live.payload.sha256.slice(0, 12)}`, { exitCode: errors/* ExitCode */.yU.Failed, hint: 'the file changed since it was deployed; deploy it as a new version' });
    }
    const modelConfig = (0,core_config/* getModel */.E1)(loaded, model);
    const target = { model, version: live.payload.version, artifact: live.payload.artifact, sha256, format: modelConfig.format ?? 'onnx', signature: modelConfig.signature, metrics: live.payload.metrics };
    return rollout(loaded, env, target, request.actor, options, { resume: false, gates: true });
}
async function rollback(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const store = storeFor(loaded, env, options);
    const history = await store.history(env.name, model);
    const current = history.find((r) => r.status === 'success');
    const interrupted = history.find((r) => r.status === 'in_progress');
    let target;
    if (request.to !== undefined) {
        target = history.find((r) => r.payload.version === request.to && wasLive(r));
        if (target === undefined)
            throw new errors/* ModelshipError */.W7(`cannot roll ${env.name} back to ${model} ${request.to}: it was never successfully deployed there`, { hint: `versions deployed successfully: ${successfulVersions(history).join(', ') || '(none)'}` });
    }
    else if (interrupted) {
        // A killed deploy: rolling back means returning to the last good version (or to nothing).
        target = current;
    }
    else {
        target = history.find((r) => r.status === 'inactive' && wasLive(r) && r.payload.version !== current?.payload.version);
        if (target === undefined)
            throw new errors/* ModelshipError */.W7(`nothing to roll back to in ${env.name}: no earlier successful deployment of ${model}`, { hint: 'rollback never guesses; pass --to VERSION naming a version deployed here before' });
    }
    if (target === undefined) {
        // Interrupted first deployment: restore "nothing live".
        return rollout(loaded, env, null, request.actor, options, { resume: true, gates: false, rollback: true });
    }
    const t = { model, version: target.payload.version, artifact: target.payload.artifact, sha256: target.payload.sha256, format: (0,core_config/* getModel */.E1)(loaded, model).format ?? 'onnx', signature: (0,core_config/* getModel */.E1)(loaded, model).signature, metrics: target.payload.metrics };
    return rollout(loaded, env, t, request.actor, options, { resume: true, gates: false, rollback: true });
}
async function rollout(loaded, env, target, actor, options, mode) {
    const model = target?.model ?? (0,config.modelNameOf)(loaded, undefined);
    const store = storeFor(loaded, env, options);
    const fallback = providerFor(loaded, env);
    const provider = options.provider ? options.provider(env, fallback) : fallback;
    const strategySpec = mode.rollback ? { type: 'direct' } : env.strategy;
    const strategy = strategyFor(strategySpec.type);
    const log = options.log ?? (() => { });
    const pctx = { environment: env.name, model, log };
    const steps = [];
    const now = () => new Date().toISOString();
    const result = (outcome, liveVersion, message, previousVersion, extra = {}) => ({
        environment: env.name, model, version: target?.version ?? null, previousVersion, strategy: mode.rollback ? 'rollback' : strategySpec.type, provider: provider.type,
        dryRun: options.dryRun === true, outcome, steps, sha256: target?.sha256, url: env.url, liveVersion, message, ...extra,
    });
    const owner = defaultOwner(actor);
    const reason = `${mode.rollback ? 'rollback' : 'deploy'} ${model} ${target?.version ?? '(nothing)'}`;
    const held = await store.lockInfo(env.name);
    // A manual lock (`modelship lock`) lets its own holder deploy; anything else must take the lock.
    const manualLockByActor = held !== undefined && held.pid <= 0 && actor !== undefined && held.owner === actor;
    if (!options.dryRun && !manualLockByActor)
        await store.lock(env.name, { owner, pid: process.pid, host: (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8161, 23))).hostname(), reason });
    try {
        const history = await store.history(env.name, model);
        const current = history.find((r) => r.status === 'success');
        const interrupted = history.find((r) => r.status === 'in_progress');
        const previousVersion = current?.payload.version ?? null;
        const observed = provider.observe ? await provider.observe(pctx) : undefined;
        if (interrupted && !mode.resume) {
            throw new errors/* ModelshipError */.W7(`a deployment of ${model} ${interrupted.payload.version} to ${env.name} was interrupted at "${lastStep(interrupted)}" (${interrupted.id}, by ${interrupted.actor})`, {
                hint: `resume it: modelship deploy ${env.name} ${interrupted.payload.version} --resume, or go back: modelship rollback ${env.name}`,
            });
        }
        if (!interrupted && observed?.stable && observed.stable !== previousVersion) {
            throw new errors/* ModelshipError */.W7(`the deployment state of ${env.name} (${store.location}) says ${previousVersion ?? 'nothing'} is live, but the ${provider.type} provider serves ${observed.stable}`, {
                hint: 'the state file is missing or stale; nothing was changed. Restore it (e.g. from its .bak copy) before deploying',
            });
        }
        const base = current ? (observed && !interrupted ? observed : settledTraffic(current.payload.version, current.payload.previousVersion, current.payload.strategy)) : emptyTraffic(strategySpec.type);
        if (!interrupted && target && current && current.payload.version === target.version) {
            if (current.payload.sha256 !== target.sha256) {
                throw new errors/* ModelshipError */.W7(`${model} ${target.version} is live in ${env.name} with sha256 ${current.payload.sha256.slice(0, 12)}, but this artifact has ${target.sha256.slice(0, 12)}`, { hint: 'a version is immutable: release the change as a new version' });
            }
            steps.push({ name: 'check', status: 'skipped', detail: `${target.version} is already live`, at: now() });
            return result('noop', target.version, `${model} ${target.version} is already live in ${env.name}: nothing to do`, previousVersion);
        }
        if (mode.gates && target) {
            for (const gate of env.gates) {
                const run = await runGate(loaded, gate, { live: liveOf(loaded, options) });
                const ok = run.verdict === 'pass';
                steps.push({ name: `gate ${gate}`, status: ok ? 'ok' : 'failed', detail: run.gates.map((g) => g.reason).join('; '), at: now() });
                if (!ok)
                    return result('aborted', previousVersion, `gate "${gate}" did not pass (${run.verdict}): nothing was changed, ${env.name} stays on ${previousVersion ?? 'nothing'}`, previousVersion);
            }
        }
        if (options.dryRun) {
            const plan = recordingProvider(provider.type);
            if (interrupted)
                steps.push({ name: 'revert-interrupted', status: 'planned', detail: `restore ${describeTraffic(base)}`, at: now() });
            if (target)
                await strategy.run(strategyContext(strategySpec, plan, pctx, target, base, steps, undefined, async () => { }, true, undefined, undefined));
            else
                steps.push({ name: 'revert', status: 'planned', detail: 'restore: nothing live', at: now() });
            return result('planned', previousVersion, `dry run: ${steps.length} step(s) planned for ${env.name}; nothing was changed`, previousVersion);
        }
        if (interrupted) {
            const detail = await provider.revert(pctx, base);
            steps.push({ name: 'revert-interrupted', status: 'reverted', detail, at: now() });
            await store.step(interrupted, steps[steps.length - 1]);
            await store.finish(interrupted, 'failure', `interrupted at "${lastStep(interrupted)}"; reverted by ${owner}`);
        }
        if (target === null) {
            return result('rolled-back', null, `${env.name} restored to its state before the interrupted first deployment: nothing is live`, previousVersion);
        }
        if (mode.rollback && current && current.payload.version === target.version && !interrupted) {
            return result('noop', target.version, `${target.version} is already live in ${env.name}`, previousVersion);
        }
        const payload = { model, version: target.version, sha256: target.sha256, artifact: target.artifact, strategy: mode.rollback ? 'rollback' : strategySpec.type, provider: provider.type, previousVersion, ...(target.metrics ? { metrics: target.metrics } : {}) };
        const record = await store.create(env.name, payload, actor ?? owner);
        const analysis = options.analysis ?? (strategySpec.analysis || strategySpec.winnerGate ? new GateAnalysisRunner(loaded, liveOf(loaded, options)) : undefined);
        const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        try {
            const ctx = strategyContext(strategySpec, provider, pctx, target, base, steps, record, sleep, false, analysis, store);
            const outcome = await strategy.run(ctx);
            if (!outcome.live) {
                await store.finish(record, 'inactive', `${strategySpec.type} run of ${target.version} passed; ${previousVersion ?? 'nothing'} stays live`);
                return result('deployed', previousVersion, `${strategySpec.type}: ${target.version} observed without user traffic; ${env.name} stays on ${previousVersion ?? 'nothing'}`, previousVersion, { deploymentId: record.id });
            }
            await store.finish(record, 'success', `${target.version} live (${describeTraffic(outcome.traffic)})`, env.url);
            const verb = mode.rollback ? 'rolled back to' : 'now runs';
            return result(mode.rollback ? 'rolled-back' : 'deployed', target.version, `${env.name} ${verb} ${model} ${target.version}${previousVersion ? ` (was ${previousVersion})` : ''}`, previousVersion, { deploymentId: record.id });
        }
        catch (err) {
            const why = err instanceof errors/* ModelshipError */.W7 ? err.message : err instanceof RolloutAborted ? err.message : `${err.message}`;
            const revertStep = { name: 'revert', status: 'started', detail: `restore ${describeTraffic(base)}`, at: now() };
            let reverted = true;
            try {
                await store.step(record, revertStep);
                revertStep.detail = await provider.revert(pctx, base);
                revertStep.status = 'reverted';
            }
            catch (revertErr) {
                reverted = false;
                revertStep.status = 'failed';
                revertStep.detail = `revert failed: ${revertErr.message}`;
            }
            steps.push({ ...revertStep, at: now() });
            await store.step(record, steps[steps.length - 1]).catch(() => { });
            const where = reverted ? `${env.name} is left on its last good version, ${previousVersion ?? 'nothing'}` : `REVERT FAILED: ${env.name} may be serving ${target.version}; run modelship rollback ${env.name}`;
            await store.finish(record, 'failure', `${why}; ${where}`).catch(() => { });
            return result('aborted', reverted ? previousVersion : null, `${mode.rollback ? 'rollback' : 'deploy'} of ${target.version} aborted: ${why}. ${where}`, previousVersion, { deploymentId: record.id });
        }
    }
    finally {
        if (!options.dryRun && !manualLockByActor)
            await store.unlock(env.name, owner).catch(() => { });
    }
}
function strategyContext(spec, provider, pctx, target, base, steps, record, sleep, dryRun, analysis, store) {
    const journal = async (s) => {
        steps.push(s);
        if (record && store)
            await store.step(record, s);
    };
    return {
        spec, provider, providerContext: pctx, target, base, analysis, sleep,
        async step(name, run, weights) {
            if (dryRun) {
                const detail = await run();
                await journal({ name, status: 'planned', detail, at: new Date().toISOString(), ...(weights ? { weights } : {}) });
                return detail;
            }
            // Journaled before it runs: a process killed inside this step is found by the next run.
            if (record && store)
                await store.step(record, { name, status: 'started', detail: '', at: new Date().toISOString() });
            try {
                const detail = await run();
                const done = { name, status: 'ok', detail, at: new Date().toISOString(), ...(weights ? { weights } : {}) };
                await journal(done);
                return detail;
            }
            catch (err) {
                await journal({ name, status: 'failed', detail: err.message, at: new Date().toISOString() });
                throw err;
            }
        },
        async analyze(step, weight) {
            if (dryRun) {
                if (!spec.analysis && !spec.winnerGate)
                    return undefined;
                await journal({ name: `analysis ${step}`, status: 'planned', detail: `gate ${spec.analysis?.gate ?? spec.winnerGate ?? '(injected)'}`, at: new Date().toISOString() });
                return undefined;
            }
            if (!analysis)
                return undefined;
            const gate = spec.winnerGate ?? spec.analysis?.gate ?? '';
            const res = await analysis.analyze({ environment: pctx.environment, model: pctx.model, stable: base.stable, candidate: target.version, step, weight, gate });
            await journal({ name: `analysis ${step}`, status: res.phase === 'successful' ? 'ok' : 'failed', detail: `${res.phase}${res.reasons.length ? `: ${res.reasons.join('; ')}` : ''}`, at: new Date().toISOString() });
            return res;
        },
    };
}
/** A provider that only describes what it would do (dry run). */
function recordingProvider(type) {
    return {
        type,
        prepare: async (_c, t) => `would install ${t.version} (sha256 ${t.sha256.slice(0, 12)})`,
        verify: async (_c, t) => `would verify ${t.version}`,
        shiftTraffic: async (_c, traffic) => `would route ${describeTraffic(traffic)}`,
        finalize: async (_c, traffic) => `would finalize ${describeTraffic(traffic)}`,
        revert: async (_c, traffic) => `would restore ${describeTraffic(traffic)}`,
    };
}
async function engine_status(loaded, request = {}, options = {}) {
    const envs = request.environment ? [(0,config.environmentOf)(loaded, request.environment)] : (0,config.environmentsOf)(loaded);
    const models = request.model ? [(0,config.modelNameOf)(loaded, request.model)] : Object.keys(loaded.config.models);
    const out = [];
    for (const env of envs) {
        const store = storeFor(loaded, env, options);
        const lockInfo = (await store.lockInfo(env.name)) ?? null;
        for (const model of models) {
            const history = await store.history(env.name, model);
            const current = history.find((r) => r.status === 'success');
            const interrupted = history.find((r) => r.status === 'in_progress');
            const rollbackTarget = interrupted ? (current?.payload.version ?? null) : (history.find((r) => r.status === 'inactive' && wasLive(r) && r.payload.version !== current?.payload.version)?.payload.version ?? null);
            out.push({
                environment: env.name, model, order: env.order, provider: env.provider.type, strategy: env.strategy.type, url: env.url,
                liveVersion: current?.payload.version ?? null, sha256: current?.payload.sha256 ?? null, deployedAt: current?.updatedAt ?? null,
                rollbackTarget,
                interrupted: interrupted ? { version: interrupted.payload.version, step: lastStep(interrupted), startedAt: interrupted.createdAt, id: interrupted.id } : null,
                lock: lockInfo,
                history: history.slice(0, 10).map((r) => ({ version: r.payload.version, status: r.status, at: r.updatedAt, strategy: r.payload.strategy })),
            });
        }
    }
    return { environments: out };
}
async function lock(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const store = storeFor(loaded, env, options);
    const owner = request.actor ?? defaultOwner();
    if (options.dryRun)
        return { environment: env.name, locked: false, lock: (await store.lockInfo(env.name)) ?? null, message: `dry run: would lock ${env.name} for ${owner}` };
    // pid -1: a manual lock, held until unlocked (never taken over as stale).
    const info = await store.lock(env.name, { owner, pid: -1, host: (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8161, 23))).hostname(), reason: request.reason ?? 'locked by hand' });
    return { environment: env.name, locked: true, lock: info, message: `${env.name} locked by ${owner}` };
}
async function unlock(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const store = storeFor(loaded, env, options);
    const held = (await store.lockInfo(env.name)) ?? null;
    if (options.dryRun)
        return { environment: env.name, locked: held !== null, lock: held, message: `dry run: would unlock ${env.name}` };
    const owner = request.actor ?? held?.owner ?? '';
    const released = await store.unlock(env.name, owner, request.force === true);
    return { environment: env.name, locked: false, lock: null, message: released ? `${env.name} unlocked` : `${env.name} was not locked` };
}
/** sha256 of the artifact, checked against a SHA256SUMS manifest beside it when there is one. */
async function verifiedSha256(artifact) {
    const info = await (0,promises_.stat)(artifact).catch(() => undefined);
    if (!info)
        throw new errors/* ModelshipError */.W7(`artifact not found: ${artifact}`, { hint: 'check models.<name>.path or pass --artifact' });
    if (!info.isFile())
        throw new errors/* ModelshipError */.W7(`artifact ${artifact} is not a file`);
    const sha256 = await sha256File(artifact);
    const manifest = await (0,promises_.readFile)(external_node_path_default().join(external_node_path_default().dirname(artifact), 'SHA256SUMS'), 'utf8').catch(() => undefined);
    if (manifest !== undefined) {
        const name = external_node_path_default().basename(artifact);
        const line = manifest.split('\n').map((l) => l.trim().match(/^([0-9a-f]{64})\s+\*?(.+)$/i)).find((m) => m && external_node_path_default().basename(m[2]) === name);
        if (line && line[1].toLowerCase() !== sha256) {
            throw new errors/* ModelshipError */.W7(`${artifact} has sha256 ${sha256.slice(0, 12)} but its SHA256SUMS says ${line[1].slice(0, 12)}`, { exitCode: errors/* ExitCode */.yU.Failed, hint: 'the artifact is not the one that was released' });
        }
    }
    return sha256;
}
function lastStep(record) {
    return record.steps[record.steps.length - 1]?.name ?? 'start';
}
function successfulVersions(history) {
    return [...new Set(history.filter(wasLive).map((r) => r.payload.version))];
}
/** Success, or success later superseded (inactive); a shadow run is inactive but was never live. */
function wasLive(r) {
    return r.status === 'success' || (r.status === 'inactive' && r.payload.strategy !== 'shadow');
}
/** The metrics of the artifact's version: `metrics.json` beside it, else the model's configured metrics when it is the configured artifact. */
async function metricsFor(loaded, model, artifact) {
    const beside = external_node_path_default().join(external_node_path_default().dirname(artifact), 'metrics.json');
    if (await (0,promises_.stat)(beside).then((s) => s.isFile(), () => false))
        return beside;
    const config = (0,core_config/* getModel */.E1)(loaded, model);
    if (config.metrics && loaded.resolvePath(config.path, ['models', model, 'path']) === artifact)
        return loaded.resolvePath(config.metrics, ['models', model, 'metrics']);
    return undefined;
}

;// CONCATENATED MODULE: ./src/chatops/progress-store.ts
/**
 * The engine's deployment store, watched: it passes every call to the real store (the GitHub Deployments API
 * or the local state file, per environment) and reports progress when the deployment is recorded and when
 * each step ends, so a reply can show a long canary as it goes. Nothing is decided here: what the engine
 * reads and writes is exactly what the real store answers. A progress report that fails is swallowed; the
 * rollout never waits on, or stops for, the reply.
 */
class ProgressStore {
    resolve;
    primary;
    onProgress;
    linkOf;
    stores = new Map();
    steps = [];
    deploymentUrl;
    constructor(resolve, 
    /** The environment the command changes, whose store names the state in messages. */
    primary, onProgress, linkOf) {
        this.resolve = resolve;
        this.primary = primary;
        this.onProgress = onProgress;
        this.linkOf = linkOf;
    }
    of(environment) {
        let store = this.stores.get(environment);
        if (!store) {
            store = this.resolve(environment);
            this.stores.set(environment, store);
        }
        return store;
    }
    get location() {
        return this.of(this.primary).location;
    }
    current(environment, model) {
        return this.of(environment).current(environment, model);
    }
    history(environment, model) {
        return this.of(environment).history(environment, model);
    }
    async create(environment, payload, actor) {
        const record = await this.of(environment).create(environment, payload, actor);
        this.deploymentUrl = httpUrl(this.linkOf?.(environment, record.id));
        await this.report();
        return record;
    }
    async step(record, step) {
        await this.of(record.environment).step(record, step);
        // A step is journaled when it starts and when it ends; people are told when it ends.
        if (step.status === 'started')
            return;
        this.steps.push({ name: step.name, status: step.status, detail: step.detail });
        await this.report();
    }
    finish(record, status, description, url) {
        return this.of(record.environment).finish(record, status, description, url);
    }
    lock(environment, info) {
        return this.of(environment).lock(environment, info);
    }
    unlock(environment, owner, force) {
        return this.of(environment).unlock(environment, owner, force);
    }
    lockInfo(environment) {
        return this.of(environment).lockInfo(environment);
    }
    async report() {
        try {
            await this.onProgress({ steps: [...this.steps], ...(this.deploymentUrl ? { deploymentUrl: this.deploymentUrl } : {}) });
        }
        catch {
            // The reply is feedback, not the record: the caller reports its own failures.
        }
    }
}
/** Only plain http(s) links reach a reply. */
function httpUrl(value) {
    return value && /^https?:\/\/[^\s()<>]+$/.test(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/chatops/deploy-executor.ts





/**
 * Runs authorised commands through the deploy engine: the same providers, strategies, locks and state as the
 * deploy action and the CLI. The commenter is the actor written into locks and records.
 */
class DeployEngineExecutor {
    loaded;
    options;
    api;
    constructor(loaded, options = {}, api = deploy_engine_namespaceObject) {
        this.loaded = loaded;
        this.options = options;
        this.api = api;
    }
    handles(command) {
        return command.name !== 'deploy' || this.options.deployFromWorkspace === true;
    }
    async run(command, context) {
        const { deployFromWorkspace: _unused, deploymentUrl: link, ...engineOptions } = this.options;
        const options = { ...engineOptions, dryRun: context.dryRun };
        const actor = context.actor;
        // Rollouts report progress through the store they write to: the deployment once recorded, each step as it ends.
        const rollout = () => {
            if (!context.progress || context.dryRun)
                return options;
            const store = new ProgressStore((e) => storeFor(this.loaded, (0,config.environmentOf)(this.loaded, e), options), command.env, context.progress, link);
            return { ...options, store };
        };
        switch (command.name) {
            case 'deploy':
                if (!command.version) {
                    throw new errors/* ModelshipError */.W7(`/deploy needs a version to deploy: /deploy ${command.model}@<version> to ${command.env}`);
                }
                return fromDeploy(await this.api.deploy(this.loaded, { environment: command.env, model: command.model, version: command.version, actor }, rollout()), link);
            case 'promote':
                return fromDeploy(await this.api.promote(this.loaded, { model: command.model, to: command.env, version: command.version, actor }, rollout()), link);
            case 'rollback':
                return fromDeploy(await this.api.rollback(this.loaded, { environment: command.env, to: command.version, actor }, rollout()), link);
            case 'status':
                return fromStatus(await this.api.status(this.loaded, { environment: command.env }, options));
            case 'lock': {
                const r = await this.api.lock(this.loaded, { environment: command.env, reason: command.reason, actor }, options);
                return { ok: true, message: r.message, steps: [{ name: 'lock', status: context.dryRun ? 'planned' : 'ok', detail: r.message }] };
            }
            case 'unlock': {
                const r = await this.api.unlock(this.loaded, { environment: command.env, actor }, options);
                return { ok: true, message: r.message, steps: [{ name: 'unlock', status: context.dryRun ? 'planned' : 'ok', detail: r.message }] };
            }
            case 'help':
                return { ok: true, message: 'help shown', steps: [] };
        }
    }
}
function fromDeploy(r, link) {
    return {
        ok: r.outcome !== 'aborted',
        message: r.message,
        steps: r.steps.map((s) => ({ name: s.name, status: s.status, detail: s.detail })),
        version: r.liveVersion ?? r.version ?? undefined,
        environmentUrl: httpUrl(r.url),
        deploymentUrl: r.deploymentId && link ? httpUrl(link(r.environment, r.deploymentId)) : undefined,
    };
}
function fromStatus(r) {
    const rows = r.environments.map((e) => {
        const lock = e.lock ? `🔒 ${e.lock.owner}${e.lock.reason ? `: ${e.lock.reason}` : ''}` : '';
        const interrupted = e.interrupted ? `⚠️ interrupted at ${e.interrupted.step}` : '';
        return `| ${e.environment} | ${e.model} | ${e.liveVersion ?? '—'} | ${e.strategy} | ${e.rollbackTarget ?? '—'} | ${[lock, interrupted].filter(Boolean).join(' ').replace(/\|/g, '\\|').replace(/</g, '&lt;')} |`;
    });
    const details = ['| Environment | Model | Live | Strategy | Rollback to | Notes |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
    return { ok: true, message: `${r.environments.length} environment/model pair(s)`, steps: [], details };
}


/***/ }),

/***/ 9621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_REPOSITORY: () => (/* binding */ DEFAULT_REPOSITORY),
/* harmony export */   DEFAULT_STATE_DIR: () => (/* binding */ DEFAULT_STATE_DIR),
/* harmony export */   environmentOf: () => (/* binding */ environmentOf),
/* harmony export */   environmentsOf: () => (/* binding */ environmentsOf),
/* harmony export */   modelNameOf: () => (/* binding */ modelNameOf)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);



const DEFAULT_REPOSITORY = '.modelship/repository';
const DEFAULT_STATE_DIR = '.modelship/deployments';
/** All environments in promotion order (explicit `order`, else position in the file). */
function environmentsOf(loaded) {
    const section = (loaded.config.environments ?? {});
    const list = Object.entries(section).map(([name, spec], index) => ({ name, spec, order: spec.order ?? index }));
    list.sort((a, b) => a.order - b.order);
    return list.map(({ name, spec, order }, i) => {
        const requires = spec.requires ?? (i > 0 ? list[i - 1].name : null);
        if (requires !== null && !Object.hasOwn(section, requires)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environment "${name}" requires unknown environment "${requires}"`, {
                location: loaded.locate(['environments', name, 'requires']),
                hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(requires, Object.keys(section)) ?? `environments: ${Object.keys(section).join(', ')}`,
            });
        }
        const strategy = spec.strategy ?? { type: 'direct' };
        for (const [k, step] of (strategy.steps ?? []).entries()) {
            if (step.pause !== undefined)
                (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(step.pause, `environments.${name}.strategy.steps[${k}].pause`);
        }
        return {
            name,
            order,
            provider: spec.provider ?? { type: 'local' },
            strategy,
            gates: spec.gates ?? [],
            githubEnvironment: spec.githubEnvironment,
            url: spec.url,
            requires,
            stateDir: spec.stateDir ?? DEFAULT_STATE_DIR,
        };
    });
}
function environmentOf(loaded, name) {
    const all = environmentsOf(loaded);
    const found = all.find((e) => e.name === name);
    if (found === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`unknown environment "${name}" in ${loaded.file}`, {
            location: loaded.locate(['environments']),
            hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(name, all.map((e) => e.name)) ?? (all.length ? `environments: ${all.map((e) => e.name).join(', ')}` : 'add an `environments:` section (see docs/deploy.md)'),
        });
    }
    return found;
}
/** The model a request names, or the only configured one. */
function modelNameOf(loaded, requested) {
    const names = Object.keys(loaded.config.models);
    if (requested !== undefined) {
        if (!Object.hasOwn(loaded.config.models, requested)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`unknown model "${requested}" in ${loaded.file}`, { hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(requested, names) ?? `models: ${names.join(', ')}` });
        }
        return requested;
    }
    if (names.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`${loaded.file} configures ${names.length} models: pass --model NAME`, { hint: `models: ${names.join(', ')}` });
    return names[0];
}


/***/ })

};
