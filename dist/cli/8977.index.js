export const id = 8977;
export const ids = [8977,6134];
export const modules = {

/***/ 42479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ny: () => (/* binding */ isFloatType),
/* harmony export */   _X: () => (/* binding */ resolveGraphSignatures),
/* harmony export */   graphStructureIssues: () => (/* binding */ graphStructureIssues),
/* harmony export */   jb: () => (/* binding */ comparisonOf),
/* harmony export */   lS: () => (/* binding */ membersOf),
/* harmony export */   pJ: () => (/* binding */ graphSignature),
/* harmony export */   toConfigIssues: () => (/* binding */ toConfigIssues)
/* harmony export */ });
/* unused harmony exports memberPath, tensorMismatch */
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13582);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);


const COMPARISONS = ['equals', 'above', 'atLeast', 'below', 'atMost'];
const ENTRY_KEYS = new Set(['graph', 'description']);
/** Where a member sits in modelship.yml: `models.<graph>.graph.members[1]`. */
function memberPath(graph, config, index) {
    const base = ['models', graph, 'graph'];
    if (index === 'default')
        return [...base, 'default'];
    return [...base, config.type === 'sequence' ? 'steps' : config.type === 'switch' ? 'routes' : 'members', index];
}
/** Every member of a graph in order (a switch's default last), with its place in the file. */
function membersOf(graph, config) {
    switch (config.type) {
        case 'sequence':
            return config.steps.map((member, i) => ({ member, keyPath: memberPath(graph, config, i) }));
        case 'switch':
            return [...config.routes.map((member, i) => ({ member, keyPath: memberPath(graph, config, i) })), { member: config.default, keyPath: memberPath(graph, config, 'default') }];
        default:
            return config.members.map((member, i) => ({ member, keyPath: memberPath(graph, config, i) }));
    }
}
/** The comparison of an input condition, or an issue when there is not exactly one. */
function comparisonOf(when) {
    const present = COMPARISONS.filter((c) => when[c] !== undefined);
    return present.length === 1 ? present[0] : undefined;
}
/**
 * The rules the schema cannot say: the entry holds only `graph` (and `description`); members name configured
 * models (a pinned version only of a model, not of a graph); no graph reaches itself through its members;
 * splitter weights are integers summing to 100; weighted-average gives every member a weight; each switch
 * condition is a header with `equals`, or an input with exactly one comparison.
 */
function graphStructureIssues(loaded) {
    const graphs = loaded.config.graphs ?? {};
    const models = loaded.config.models;
    const known = [...Object.keys(models), ...Object.keys(graphs)];
    const issues = [];
    for (const [name, entry] of Object.entries(graphs)) {
        for (const key of Object.keys(entry)) {
            if (!ENTRY_KEYS.has(key))
                issues.push({ keyPath: ['models', name, key], message: `models.${name} is a graph: "${key}" belongs to a model artifact, not a graph`, hint: 'a graph has `graph:` and an optional `description:`; its members carry their own path and signature' });
        }
        const config = entry.graph;
        const extra = { sequence: ['routes', 'default', 'members', 'combine'], switch: ['steps', 'members', 'combine'], ensemble: ['steps', 'routes', 'default'], splitter: ['steps', 'routes', 'default', 'combine'] }[config.type];
        for (const key of extra) {
            if (config[key] !== undefined)
                issues.push({ keyPath: ['models', name, 'graph', key], message: `"${key}" does not belong to a ${config.type} graph (models.${name}.graph)`, hint: `a ${config.type} graph has ${config.type === 'sequence' ? '`steps`' : config.type === 'switch' ? '`routes` and `default`' : config.type === 'ensemble' ? '`members` and `combine`' : '`members` with weights'}` });
        }
        for (const { member, keyPath } of membersOf(name, config)) {
            if (member.model === name) {
                issues.push({ keyPath: [...keyPath, 'model'], message: `graph "${name}" names itself as a member` });
            }
            else if (!Object.hasOwn(models, member.model) && !Object.hasOwn(graphs, member.model)) {
                issues.push({ keyPath: [...keyPath, 'model'], message: `graph "${name}" names model "${member.model}", which is not configured under models`, hint: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(member.model, known) ?? `models: ${known.join(', ')}` });
            }
            else if (member.version !== undefined && Object.hasOwn(graphs, member.model)) {
                issues.push({ keyPath: [...keyPath, 'version'], message: `"${member.model}" is a graph: it has no versions to pin`, hint: 'pin versions on the graph\'s own members' });
            }
        }
        if (config.type === 'splitter') {
            config.members.forEach((m, i) => {
                if (m.weight === undefined || !Number.isInteger(m.weight))
                    issues.push({ keyPath: [...memberPath(name, config, i), 'weight'], message: `splitter member ${i} of "${name}" needs an integer weight (a share of 100), got ${JSON.stringify(m.weight ?? null)}` });
            });
            const sum = config.members.reduce((s, m) => s + (m.weight ?? 0), 0);
            if (sum !== 100)
                issues.push({ keyPath: ['models', name, 'graph', 'members'], message: `the weights of splitter "${name}" sum to ${sum}, expected 100` });
        }
        if (config.type === 'ensemble' && config.combine === 'weighted-average') {
            config.members.forEach((m, i) => {
                if (m.weight === undefined)
                    issues.push({ keyPath: memberPath(name, config, i), message: `member ${i} of "${name}" has no weight: combine: weighted-average needs one on every member` });
            });
        }
        if (config.type === 'switch') {
            config.routes.forEach((route, i) => {
                const at = [...memberPath(name, config, i), 'when'];
                const w = route.when;
                if ((w.header === undefined) === (w.input === undefined)) {
                    issues.push({ keyPath: at, message: `route ${i} of "${name}": a condition names either a header or an input`, hint: 'e.g. `when: { header: x-tier, equals: gold }` or `when: { input: features, index: 2, above: 2.5 }`' });
                }
                else if (w.header !== undefined) {
                    const keys = Object.keys(w).filter((k) => k !== 'header' && k !== 'equals');
                    if (typeof w.equals !== 'string' || keys.length > 0)
                        issues.push({ keyPath: at, message: `route ${i} of "${name}": a header condition is \`header\` and \`equals\` (its text)${keys.length ? `; "${keys[0]}" does not apply` : ''}` });
                }
                else if (comparisonOf(w) === undefined) {
                    issues.push({ keyPath: at, message: `route ${i} of "${name}": an input condition needs exactly one of ${COMPARISONS.join(', ')}` });
                }
                else if (w.equals !== undefined && typeof w.equals !== 'number' && typeof w.equals !== 'boolean') {
                    issues.push({ keyPath: [...at, 'equals'], message: `route ${i} of "${name}": an input element is compared with a number or a boolean, got ${JSON.stringify(w.equals)}` });
                }
            });
        }
    }
    issues.push(...cycleIssues(graphs));
    return issues;
}
function cycleIssues(graphs) {
    const issues = [];
    const state = new Map();
    const visit = (name, trail) => {
        if (state.get(name) === 'done')
            return;
        if (state.get(name) === 'visiting') {
            const cycle = [...trail.slice(trail.indexOf(name)), name];
            issues.push({ keyPath: ['models', name, 'graph'], message: `graphs form a cycle: ${cycle.join(' -> ')}`, hint: 'a graph may contain other graphs, never itself' });
            return;
        }
        state.set(name, 'visiting');
        for (const { member } of membersOf(name, graphs[name].graph))
            if (Object.hasOwn(graphs, member.model) && member.model !== name)
                visit(member.model, [...trail, name]);
        state.set(name, 'done');
    };
    for (const name of Object.keys(graphs))
        visit(name, []);
    return issues;
}
const FLOAT_TYPES = new Set(['float16', 'float32', 'float64', 'bfloat16']);
const isFloatType = (dtype) => FLOAT_TYPES.has(dtype);
/** Two dims can be the same size: equal sizes, or either one symbolic or unknown. */
function dimsConnect(a, b) {
    return typeof a !== 'number' || typeof b !== 'number' || a === b;
}
/** Why a tensor cannot take another's place, or undefined when it can. */
function tensorMismatch(produced, expected) {
    if (produced.dtype !== expected.dtype)
        return `dtype ${produced.dtype} where ${expected.dtype} is expected`;
    if (produced.shape.length > 0 && expected.shape.length > 0) {
        if (produced.shape.length !== expected.shape.length)
            return `shape [${produced.shape.join(', ')}] has rank ${produced.shape.length}, expected rank ${expected.shape.length} ([${expected.shape.join(', ')}])`;
        for (let i = 0; i < produced.shape.length; i++) {
            if (!dimsConnect(produced.shape[i], expected.shape[i]))
                return `dimension ${i} is ${produced.shape[i]}, expected ${expected.shape[i]} ([${produced.shape.join(', ')}] vs [${expected.shape.join(', ')}])`;
        }
    }
    return undefined;
}
/** Signatures equal for graph purposes: same names in the same order, same dtypes, connecting shapes. */
function signatureMismatch(a, b) {
    const names = (ts) => ts.map((t) => t.name).join(', ');
    if (names(a) !== names(b))
        return `tensors [${names(a)}] differ from [${names(b)}]`;
    for (let i = 0; i < a.length; i++) {
        const why = tensorMismatch(a[i], b[i]);
        if (why)
            return `"${a[i].name}": ${why}`;
    }
    return undefined;
}
/**
 * The graph's signature from its members' (each graph member resolved recursively through `signatureOf`),
 * with every place the members do not connect. Sequence: the first step's inputs, the last step's outputs;
 * each later input fed by the previous step's output named in `map` (or of the same name). Switch and
 * splitter: every member has one signature (any of them may answer). Ensemble: the members' inputs and
 * outputs match; the graph has them.
 */
function graphSignature(graph, config, signatureOf) {
    const issues = [];
    const unknown = [];
    const members = membersOf(graph, config).map(({ member, keyPath }) => {
        const s = signatureOf(member);
        if ('unknown' in s)
            unknown.push(s.unknown);
        return { member, keyPath, signature: 'unknown' in s ? undefined : s };
    });
    if (unknown.length > 0)
        return { issues, unknown };
    const label = (m) => (m.version ? `${m.model}@${m.version}` : m.model);
    if (config.type === 'sequence') {
        for (let k = 1; k < members.length; k++) {
            const before = members[k - 1];
            const step = members[k];
            const map = config.steps[k].map ?? {};
            const fed = new Map(); // input -> output feeding it
            for (const [output, input] of Object.entries(map)) {
                const at = [...step.keyPath, 'map', output];
                if (!before.signature.outputs.some((o) => o.name === output))
                    issues.push({ keyPath: at, message: `step ${k} maps "${output}", which is not an output of step ${k - 1} (${label(before.member)})`, hint: `outputs of ${label(before.member)}: ${before.signature.outputs.map((o) => o.name).join(', ')}` });
                else if (!step.signature.inputs.some((i) => i.name === input))
                    issues.push({ keyPath: at, message: `step ${k} maps "${output}" to "${input}", which is not an input of ${label(step.member)}`, hint: `inputs of ${label(step.member)}: ${step.signature.inputs.map((i) => i.name).join(', ')}` });
                else if (fed.has(input))
                    issues.push({ keyPath: at, message: `step ${k} feeds input "${input}" twice (from "${fed.get(input)}" and "${output}")` });
                else
                    fed.set(input, output);
            }
            for (const input of step.signature.inputs) {
                const source = fed.get(input.name) ?? (before.signature.outputs.some((o) => o.name === input.name) ? input.name : undefined);
                if (source === undefined) {
                    if (input.optional)
                        continue;
                    issues.push({ keyPath: [...step.keyPath, 'map'], message: `input "${input.name}" of step ${k} (${label(step.member)}) is fed by nothing: no output of step ${k - 1} (${label(before.member)}) is mapped to it or has its name`, hint: `add \`map: { <output>: ${input.name} }\`; outputs of ${label(before.member)}: ${before.signature.outputs.map((o) => o.name).join(', ')}` });
                    continue;
                }
                const produced = before.signature.outputs.find((o) => o.name === source);
                const why = tensorMismatch(produced, input);
                if (why)
                    issues.push({ keyPath: [...step.keyPath, ...(fed.has(input.name) ? ['map', source] : ['model'])], message: `output "${source}" of step ${k - 1} (${label(before.member)}) cannot feed input "${input.name}" of step ${k} (${label(step.member)}): ${why}` });
            }
        }
        return { signature: { inputs: members[0].signature.inputs, outputs: members[members.length - 1].signature.outputs }, issues, unknown };
    }
    const first = members[0];
    for (const m of members.slice(1)) {
        const inputs = signatureMismatch(m.signature.inputs, first.signature.inputs);
        if (inputs)
            issues.push({ keyPath: [...m.keyPath, 'model'], message: `the inputs of ${label(m.member)} do not match those of ${label(first.member)} in ${config.type} "${graph}": ${inputs}`, hint: `the members of a ${config.type} all receive the same request` });
        const outputs = signatureMismatch(m.signature.outputs, first.signature.outputs);
        if (outputs)
            issues.push({ keyPath: [...m.keyPath, 'model'], message: `the outputs of ${label(m.member)} do not match those of ${label(first.member)} in ${config.type} "${graph}": ${outputs}`, hint: config.type === 'ensemble' ? 'ensemble members combine output by output: same names, types and shapes' : `any member of a ${config.type} may answer, so all answer alike` });
    }
    if (config.type === 'switch') {
        config.routes.forEach((route, i) => {
            if (route.when.input === undefined)
                return;
            const input = first.signature.inputs.find((t) => t.name === route.when.input);
            const at = [...memberPath(graph, config, i), 'when', 'input'];
            if (!input)
                issues.push({ keyPath: at, message: `route ${i} of "${graph}" reads input "${route.when.input}", which the graph does not have`, hint: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(route.when.input, first.signature.inputs.map((t) => t.name)) ?? `inputs: ${first.signature.inputs.map((t) => t.name).join(', ')}` });
            else if (input.dtype === 'string')
                issues.push({ keyPath: at, message: `route ${i} of "${graph}" compares input "${input.name}", a string tensor, with a number` });
        });
    }
    return { signature: first.signature, issues, unknown };
}
/** Resolves every graph's signature, graphs inside graphs first; `model` gives an artifact member's signature. */
function resolveGraphSignatures(graphs, model) {
    const out = new Map();
    const resolve = (name, depth) => {
        if (out.has(name))
            return;
        if (depth > Object.keys(graphs).length) {
            out.set(name, { issues: [], unknown: [`"${name}" is part of a cycle`] });
            return;
        }
        const signatureOf = (member) => {
            if (!Object.hasOwn(graphs, member.model))
                return model(member);
            resolve(member.model, depth + 1);
            const inner = out.get(member.model);
            return inner.signature ?? { unknown: inner.unknown[0] ?? `graph "${member.model}" does not connect` };
        };
        out.set(name, graphSignature(name, graphs[name].graph, signatureOf));
    };
    for (const name of Object.keys(graphs))
        resolve(name, 0);
    return out;
}
/** Graph issues as config issues at their lines. */
function toConfigIssues(loaded, issues) {
    return issues.map((i) => ({ location: loaded.locate(i.keyPath), path: (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.dotted)(i.keyPath), message: i.message, ...(i.hint ? { hint: i.hint } : {}) }));
}


/***/ }),

/***/ 36134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fileLog: () => (/* binding */ fileLog),
/* harmony export */   silentLog: () => (/* binding */ silentLog),
/* harmony export */   streamLog: () => (/* binding */ streamLog)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Flush once this much is buffered, and at least this often. */
const FLUSH_BYTES = 64 * 1024;
const FLUSH_MS = 100;
/**
 * Lines are buffered and written together: at most every 100 ms, or at once past 64 KiB. Under load one
 * write per request would cost a system call each (for a file, a thread-pool round trip each), which on a
 * small machine is a large share of a small model's request. close() flushes what is left.
 */
function batched(flush) {
    let buffer = '';
    let timer;
    // The ISO time of the current millisecond, formatted once per millisecond, not once per line.
    let ms = -1;
    let iso = '';
    const flushNow = () => {
        clearTimeout(timer);
        timer = undefined;
        if (buffer === '')
            return;
        const text = buffer;
        buffer = '';
        flush(text);
    };
    return {
        write(record) {
            const now = Date.now();
            if (now !== ms) {
                ms = now;
                iso = new Date(now).toISOString();
            }
            // `time` first, then the record's own fields (a record never carries its own `time`).
            const rest = JSON.stringify(record);
            buffer += rest.length > 2 ? `{"time":"${iso}",${rest.slice(1)}\n` : `{"time":"${iso}"}\n`;
            if (buffer.length >= FLUSH_BYTES)
                flushNow();
            else if (!timer) {
                timer = setTimeout(flushNow, FLUSH_MS);
                timer.unref();
            }
        },
        flushNow,
        close: async () => flushNow(),
    };
}
function streamLog(write) {
    return batched(write);
}
function fileLog(file) {
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file, { flags: 'a' });
    const log = batched((text) => void stream.write(text));
    return {
        write: log.write,
        close: () => new Promise((resolve) => {
            log.flushNow();
            stream.end(resolve);
        }),
    };
}
const silentLog = { write: () => undefined, close: async () => undefined };


/***/ }),

/***/ 83688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tW: () => (/* binding */ REFERENCE_FILE),
  oW: () => (/* binding */ ServeMonitor)
});

// UNUSED EXPORTS: MAX_VALUES_PER_ROW, rowPredictions

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
// EXTERNAL MODULE: ./src/monitor/drift.ts + 1 modules
var drift = __webpack_require__(55655);
// EXTERNAL MODULE: ./src/monitor/profile.ts + 2 modules
var monitor_profile = __webpack_require__(3907);
;// CONCATENATED MODULE: ./src/serve/feedback.ts
/** The last `size` outcomes, in a ring. */
class Window {
    ring;
    next = 0;
    filled = 0;
    constructor(size) {
        this.ring = new Float64Array(size);
    }
    push(x) {
        if (this.filled < this.ring.length)
            this.filled++;
        this.ring[this.next] = x;
        this.next = (this.next + 1) % this.ring.length;
    }
    get count() {
        return this.filled;
    }
    /** Mean and root mean square, summed afresh on each call (a scrape), so no running sum drifts. */
    stats() {
        if (this.filled === 0)
            return null;
        let s = 0;
        let sq = 0;
        for (let i = 0; i < this.filled; i++) {
            s += this.ring[i];
            sq += this.ring[i] * this.ring[i];
        }
        return { mean: s / this.filled, rms: Math.sqrt(sq / this.filled) };
    }
}
class FeedbackStore {
    capacity;
    windowSize;
    logs = new Map();
    quality = new Map();
    listeners = [];
    counts = new Map();
    constructor(options = {}) {
        this.capacity = options.capacity ?? 10_000;
        this.windowSize = options.window ?? 1000;
        if (!(Number.isInteger(this.capacity) && this.capacity >= 1))
            throw new RangeError(`feedback capacity must be a positive integer, got ${this.capacity}`);
        if (!(Number.isInteger(this.windowSize) && this.windowSize >= 1))
            throw new RangeError(`feedback window must be a positive integer, got ${this.windowSize}`);
    }
    /** Ids held for a model now (at most `capacity`). */
    logged(model) {
        return this.logs.get(model)?.size ?? 0;
    }
    onJoined(listener) {
        this.listeners.push(listener);
    }
    /** Remembers what request `id` was answered; a repeated id replaces the older entry. */
    logPrediction(model, version, id, predictions) {
        let log = this.logs.get(model);
        if (!log)
            this.logs.set(model, (log = new Map()));
        log.delete(id);
        log.set(id, { version, predictions });
        if (log.size > this.capacity)
            log.delete(log.keys().next().value);
    }
    /** Joins one item of feedback; the id is forgotten once joined, so a repeat counts as unknown. */
    record(model, item) {
        const logged = this.logs.get(model)?.get(item.id);
        if (!logged)
            return this.count(model, '', 'unknown', { reason: `no logged prediction for id "${item.id}" (never seen, already joined, or older than the last ${this.capacity})` });
        const kind = item.label !== undefined ? 'label' : 'value';
        const truth = [].concat(kind === 'label' ? item.label : item.value);
        if (truth.length !== logged.predictions.length) {
            return this.count(model, logged.version, 'invalid', { reason: `id "${item.id}": ${truth.length} ${kind}(s) for a request of ${logged.predictions.length} row(s)` });
        }
        if (kind === 'value' && logged.predictions.some((p) => typeof p !== 'number')) {
            return this.count(model, logged.version, 'invalid', { reason: `id "${item.id}": a value was given but the model answered labels` });
        }
        this.logs.get(model).delete(item.id);
        const q = this.windows(model, logged.version);
        for (let i = 0; i < truth.length; i++) {
            if (kind === 'label')
                q.correct.push(String(logged.predictions[i]) === String(truth[i]) ? 1 : 0);
            else {
                const error = logged.predictions[i] - truth[i];
                q.absolute.push(Math.abs(error));
            }
        }
        const joined = { model, version: logged.version, id: item.id, kind, predictions: logged.predictions, truth };
        for (const l of this.listeners)
            l(joined);
        return this.count(model, logged.version, 'joined', {});
    }
    /** Quality over the window of one version. */
    figures(model, version) {
        const q = this.quality.get(key(model, version));
        const correct = q?.correct.stats() ?? null;
        const absolute = q?.absolute.stats() ?? null;
        return {
            labels: q?.correct.count ?? 0,
            values: q?.absolute.count ?? 0,
            accuracy: correct ? correct.mean : null,
            mae: absolute ? absolute.mean : null,
            rmse: absolute ? absolute.rms : null,
        };
    }
    /** Every model and version with a quality window. */
    versions() {
        return [...this.quality.keys()].map((k) => JSON.parse(k)).map(([model, version]) => ({ model, version }));
    }
    windows(model, version) {
        const k = key(model, version);
        let q = this.quality.get(k);
        if (!q)
            this.quality.set(k, (q = { correct: new Window(this.windowSize), absolute: new Window(this.windowSize) }));
        return q;
    }
    count(model, version, result, extra) {
        const k = JSON.stringify([model, version, result]);
        this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
        return { result, ...(version ? { version } : {}), ...extra };
    }
}
function key(model, version) {
    return JSON.stringify([model, version]);
}

;// CONCATENATED MODULE: ./src/serve/monitoring.ts






/** A tensor with more values per row than this is not profiled (an image is not a set of features). */
const MAX_VALUES_PER_ROW = 64;
const REFERENCE_FILE = 'reference-profile.json';
const REFERENCE_RETRY_MS = 60_000;
/**
 * A float32 as the decimal it was written as: 5.1 arrives as 5.099999904632568, which would never tie with
 * the reference's 5.1 (read from text as a double) and would make KS see drift in identical data. The value
 * rounded to 6 decimals is used when it is the same float32; otherwise the float32 itself.
 */
function decimalOf(x) {
    const y = Math.round(x * 1e6) / 1e6;
    return Math.fround(y) === x ? y : x;
}
/** The last few windows of rows: the live profile of one version. */
class RollingProfile {
    windowRows;
    windows;
    done = [];
    current = new monitor_profile/* Profile */.WV();
    constructor(windowRows, windows) {
        this.windowRows = windowRows;
        this.windows = windows;
    }
    /** The current window's feature profiles of each tensor, so a request builds no names and no arrays. */
    slots = { inputs: new Map(), outputs: new Map() };
    add(side, tensors, rowsCounted) {
        let rows = 0;
        for (const t of tensors) {
            const n = t.dims.length === 0 ? 1 : t.dims[0];
            if (n > rows)
                rows = n;
            const perRow = n === 0 ? 0 : t.data.length / n;
            if (perRow > MAX_VALUES_PER_ROW || !Number.isInteger(perRow))
                continue;
            let slot = this.slots[side].get(t.name);
            if (!slot || slot.perRow !== perRow || slot.rank !== t.dims.length) {
                slot = { perRow, rank: t.dims.length, features: Array.from({ length: perRow }, (_, j) => this.current.feature(side, perRow === 1 && t.dims.length <= 1 ? t.name : `${t.name}[${j}]`)) };
                this.slots[side].set(t.name, slot);
            }
            const features = slot.features;
            const data = t.data;
            if (data instanceof Float32Array) {
                for (let r = 0; r < n; r++)
                    for (let j = 0; j < perRow; j++)
                        (0,monitor_profile/* addCell */.GS)(features[j], decimalOf(data[r * perRow + j]), false);
            }
            else
                for (let r = 0; r < n; r++)
                    for (let j = 0; j < perRow; j++)
                        (0,monitor_profile/* addCell */.GS)(features[j], data[r * perRow + j], false);
        }
        if (!rowsCounted)
            return;
        this.current.rows += rows;
        if (this.current.rows >= this.windowRows) {
            this.done.push(this.current);
            if (this.done.length > this.windows)
                this.done.shift();
            this.current = new monitor_profile/* Profile */.WV();
            this.slots = { inputs: new Map(), outputs: new Map() };
        }
    }
    rows() {
        return this.done.reduce((s, p) => s + p.rows, this.current.rows);
    }
    snapshot() {
        const merged = new monitor_profile/* Profile */.WV();
        for (const p of [...this.done, this.current])
            merged.merge(p);
        return merged;
    }
}
/** The prediction of each row for feedback: the first one-value-per-row output, else the argmax of the first output. */
function rowPredictions(outputs) {
    const perRowOf = (t) => (t.dims.length === 0 ? 1 : t.data.length / Math.max(1, t.dims[0]));
    const single = outputs.find((t) => perRowOf(t) === 1);
    const toPrediction = (v) => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' || typeof v === 'string' ? v : String(v));
    if (single)
        return Array.from({ length: single.data.length }, (_, i) => toPrediction(single.data[i]));
    const first = outputs[0];
    if (!first)
        return [];
    const k = perRowOf(first);
    const rows = first.data.length / k;
    return Array.from({ length: rows }, (_, r) => {
        let best = 0;
        for (let j = 1; j < k; j++)
            if (Number(first.data[r * k + j]) > Number(first.data[r * k + best]))
                best = j;
        return best;
    });
}
class ServeMonitor {
    root;
    feedback;
    profiles = new Map();
    /** model -> version -> the entry above, so a request looks its profile up without building a key. */
    byModel = new Map();
    references = new Map();
    windowRows;
    windows;
    minRows;
    constructor(root, registry, options = {}) {
        this.root = root;
        this.windowRows = options.windowRows ?? 1000;
        this.windows = options.windows ?? 10;
        this.minRows = options.minRows ?? 100;
        for (const [name, v] of [['windowRows', this.windowRows], ['windows', this.windows], ['minRows', this.minRows]]) {
            if (!(Number.isInteger(v) && v >= 1))
                throw new RangeError(`serve monitoring ${name} must be a positive integer, got ${v}`);
        }
        this.feedback = new FeedbackStore(options.feedback);
        this.registerMetrics(registry);
    }
    /** One answered request: its inputs and outputs join the version's live profile; its predictions are logged when it has an id. */
    observe(model, version, id, inputs, outputs) {
        let versions = this.byModel.get(model);
        if (!versions)
            this.byModel.set(model, (versions = new Map()));
        let profile = versions.get(version);
        if (!profile) {
            profile = new RollingProfile(this.windowRows, this.windows);
            versions.set(version, profile);
            this.profiles.set(JSON.stringify([model, version]), { model, version, profile });
        }
        profile.add('inputs', inputs, false);
        profile.add('outputs', outputs, true);
        if (id !== undefined)
            this.feedback.logPrediction(model, version, id, rowPredictions(outputs));
    }
    /**
     * The live profile of a version, or undefined when it has answered nothing yet. Tensor slots are named by
     * the reference profile's `tensors` when it has them (`features[2]` -> petal_length).
     */
    async profile(model, version) {
        const live = this.profiles.get(JSON.stringify([model, version]))?.profile.snapshot();
        if (!live)
            return undefined;
        const reference = await this.reference(model, version);
        return reference ? live.renamed(reference.tensors) : live;
    }
    /** Drift of the live profile against the version's reference profile; undefined without either, or below minRows. */
    async drift(model, version) {
        const live = await this.profile(model, version);
        if (!live || live.rows < this.minRows)
            return undefined;
        const reference = await this.reference(model, version);
        if (!reference)
            return undefined;
        return { report: (0,drift.computeDrift)(reference, live), rows: live.rows };
    }
    /** The reference profile beside the model, or undefined without a usable one. */
    async reference(model, version) {
        return (await this.referenceStatus(model, version)).profile;
    }
    /**
     * The reference profile and why there is none: read once per version, and again after a minute when it
     * was absent or broken (a reference added beside a live version is picked up without a restart).
     */
    referenceStatus(model, version) {
        const k = JSON.stringify([model, version]);
        const cached = this.references.get(k);
        if (cached && Date.now() - cached.at < REFERENCE_RETRY_MS)
            return cached.profile;
        const file = external_node_path_default().join(this.root, model, version, REFERENCE_FILE);
        const profile = (0,promises_.readFile)(file, 'utf8').then((text) => {
            try {
                return { profile: monitor_profile/* Profile */.WV.fromJSON(JSON.parse(text), REFERENCE_FILE) };
            }
            catch (err) {
                return { problem: err.message };
            }
        }, () => ({ problem: `no ${REFERENCE_FILE} beside the model (make one with modelship monitor profile)` }));
        // A usable reference is kept for good: a version's files never change once served.
        void profile.then((r) => this.references.set(k, { at: r.profile ? Infinity : Date.now(), profile }));
        this.references.set(k, { at: Date.now(), profile });
        return profile;
    }
    registerMetrics(registry) {
        const monitor = this;
        const versions = () => [...this.profiles.values()];
        // One drift computation per scrape, shared by the three drift gauges (a registry collects them concurrently).
        let pending;
        const driftNow = () => (pending ??= (async () => {
            try {
                const out = [];
                for (const { model, version } of versions()) {
                    const drift = await monitor.drift(model, version);
                    if (drift)
                        out.push({ model, version, report: drift.report });
                }
                return out;
            }
            finally {
                setImmediate(() => (pending = undefined));
            }
        })());
        new prom_client.Gauge({
            name: 'modelship_drift_share',
            help: 'Share of input features drifted in the live traffic of a version, against its reference profile.',
            labelNames: ['model', 'version'],
            registers: [registry],
            async collect() {
                const all = await driftNow();
                this.reset();
                for (const { model, version, report } of all)
                    this.set({ model, version }, report.share);
            },
        });
        new prom_client.Gauge({
            name: 'modelship_drift_score',
            help: "Drift score of each feature of the live traffic against the reference profile (the method's statistic; see docs/monitor.md), by model, version, side (input/output), feature and method.",
            labelNames: ['model', 'version', 'side', 'feature', 'method'],
            registers: [registry],
            async collect() {
                const all = await driftNow();
                this.reset();
                for (const { model, version, report } of all) {
                    for (const f of report.features)
                        if (f.method !== null && f.score !== null)
                            this.set({ model, version, side: f.side, feature: f.name, method: f.method }, f.score);
                }
            },
        });
        new prom_client.Gauge({
            name: 'modelship_drift_detected',
            help: "1 when the feature drifted (its method's threshold crossed, after the multiple-testing correction), else 0.",
            labelNames: ['model', 'version', 'side', 'feature'],
            registers: [registry],
            async collect() {
                const all = await driftNow();
                this.reset();
                for (const { model, version, report } of all) {
                    for (const f of report.features)
                        if (f.method !== null)
                            this.set({ model, version, side: f.side, feature: f.name }, f.drifted ? 1 : 0);
                }
            },
        });
        new prom_client.Gauge({
            name: 'modelship_profile_rows',
            help: 'Rows in the live profile of a version (the last windows of traffic).',
            labelNames: ['model', 'version'],
            registers: [registry],
            collect() {
                this.reset();
                for (const { model, version, profile } of versions())
                    this.set({ model, version }, profile.rows());
            },
        });
        const feedback = this.feedback;
        const quality = (name, help, pick) => new prom_client.Gauge({
            name,
            help,
            labelNames: ['model', 'version'],
            registers: [registry],
            collect() {
                this.reset();
                for (const { model, version } of feedback.versions()) {
                    const v = pick(feedback.figures(model, version));
                    if (v !== null)
                        this.set({ model, version }, v);
                }
            },
        });
        quality('modelship_feedback_accuracy', 'Accuracy of the labels fed back for a version, over its sliding window of joined feedback.', (f) => f.accuracy);
        quality('modelship_feedback_mae', 'Mean absolute error of the values fed back for a version, over its sliding window.', (f) => f.mae);
        quality('modelship_feedback_rmse', 'Root mean squared error of the values fed back for a version, over its sliding window.', (f) => f.rmse);
        quality('modelship_feedback_window', 'Outcomes in the sliding quality window of a version (labels and values together).', (f) => f.labels + f.values);
        new prom_client.Counter({
            name: 'modelship_feedback_total',
            help: 'Feedback items received: joined to a logged prediction, unknown id (never seen, already joined or forgotten), or invalid; version "" when unknown.',
            labelNames: ['model', 'version', 'result'],
            registers: [registry],
            collect() {
                this.reset();
                for (const [k, n] of feedback.counts) {
                    const [model, version, result] = JSON.parse(k);
                    this.inc({ model, version, result }, n);
                }
            },
        });
    }
}


/***/ }),

/***/ 78977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveBatch: () => (/* binding */ resolveBatch),
  resolveInline: () => (/* binding */ resolveInline),
  startServer: () => (/* binding */ startServer)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/serve/access-log.ts
var access_log = __webpack_require__(36134);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
// EXTERNAL MODULE: ./src/core/bandit-file.ts
var bandit_file = __webpack_require__(22704);
// EXTERNAL MODULE: ./src/core/stats/random.ts
var random = __webpack_require__(23184);
;// CONCATENATED MODULE: ./src/core/stats/bandit.ts

const emptyArm = () => ({ n: 0, mean: 0, m2: 0 });
/** Adds one reward (Welford): exact for any order, no running sum that loses precision. */
function addReward(arm, x) {
    arm.n += 1;
    const d = x - arm.mean;
    arm.mean += d / arm.n;
    arm.m2 += d * (x - arm.mean);
}
/** Beta(1, 1) prior: every success rate equally likely before any reward. */
const BETA_PRIOR = { alpha: 1, beta: 1 };
/**
 * Normal-Gamma prior on (mean, precision): mu0 = 0 worth kappa0 = 0.01 of an observation, and a vague
 * Gamma(1, 0.01) on the precision, so a handful of rewards on any scale dominates it.
 */
const NORMAL_GAMMA_PRIOR = { mu: 0, kappa: 0.01, alpha: 1, beta: 0.01 };
/** The Beta posterior of 0/1 rewards (successes = n x mean). */
function betaPosterior(arm) {
    const successes = Math.round(arm.n * arm.mean);
    return { alpha: BETA_PRIOR.alpha + successes, beta: BETA_PRIOR.beta + arm.n - successes };
}
/** The conjugate Normal-Gamma update (Murphy, "Conjugate Bayesian analysis of the Gaussian distribution", eq. 85-89). */
function normalGammaPosterior(arm) {
    const { mu, kappa, alpha, beta } = NORMAL_GAMMA_PRIOR;
    const n = arm.n;
    return {
        mu: (kappa * mu + n * arm.mean) / (kappa + n),
        kappa: kappa + n,
        alpha: alpha + n / 2,
        beta: beta + arm.m2 / 2 + (kappa * n * (arm.mean - mu) ** 2) / (2 * (kappa + n)),
    };
}
/** The posterior mean of an arm's expected reward. */
function posteriorMean(arm, kind) {
    if (kind === 'binary') {
        const p = betaPosterior(arm);
        return p.alpha / (p.alpha + p.beta);
    }
    return normalGammaPosterior(arm).mu;
}
/** Gamma(shape, 1) by Marsaglia and Tsang (2000); shape < 1 through the boost U^(1/shape). */
function sampleGamma(shape, rng) {
    if (shape < 1) {
        let u = rng.next();
        while (u === 0)
            u = rng.next();
        return sampleGamma(shape + 1, rng) * u ** (1 / shape);
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
        let x;
        let v;
        do {
            x = rng.normal();
            v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const u = rng.next();
        if (u < 1 - 0.0331 * x ** 4)
            return d * v;
        if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v)))
            return d * v;
    }
}
/** One draw of an arm's mean reward from its posterior. */
function drawMean(arm, kind, rng) {
    if (kind === 'binary') {
        const p = betaPosterior(arm);
        const a = sampleGamma(p.alpha, rng);
        return a / (a + sampleGamma(p.beta, rng));
    }
    const p = normalGammaPosterior(arm);
    // precision ~ Gamma(alpha, rate beta); mean | precision ~ Normal(mu, 1 / (kappa precision)).
    const precision = sampleGamma(p.alpha, rng) / p.beta;
    return p.mu + rng.normal() / Math.sqrt(p.kappa * precision);
}
/** Monte-Carlo draws behind each probability of being best: its standard error is at most 0.5/sqrt(draws) = 0.005. */
const DEFAULT_DRAWS = 10_000;
/**
 * The probability that each arm has the highest mean reward: the share of `draws` joint posterior draws in
 * which it is the largest. Seeded, so the same rewards always give the same figures.
 */
function probabilityBest(arms, kind, seed, draws = DEFAULT_DRAWS) {
    const rng = (0,random/* createRandom */.s)(seed);
    const wins = new Array(arms.length).fill(0);
    for (let d = 0; d < draws; d++) {
        let best = 0;
        let top = -Infinity;
        for (let i = 0; i < arms.length; i++) {
            const x = drawMean(arms[i], kind, rng);
            if (x > top) {
                top = x;
                best = i;
            }
        }
        wins[best]++;
    }
    return wins.map((w) => w / draws);
}
/**
 * Shares that sum to 1 with every arm at `floor` or more: `floor + (1 - k floor) x share`. The floor keeps
 * every arm learning (a posterior stuck on an early bad run can still recover).
 */
function applyFloor(shares, floor) {
    const k = shares.length;
    if (!(floor >= 0 && floor * k <= 1))
        throw new RangeError(`a floor of ${floor} per arm cannot hold for ${k} arms (floor x arms must be at most 1)`);
    const total = shares.reduce((s, x) => s + x, 0);
    const free = 1 - k * floor;
    return shares.map((x) => floor + free * (total > 0 ? x / total : 1 / k));
}
/**
 * Thompson sampling sends each request to an arm with the probability that it is the best, so the
 * allocation is that probability (computed once per change of the rewards, not per request). Epsilon-greedy
 * gives 1 - epsilon to the arm with the best posterior mean and epsilon to the others in equal parts (Seldon
 * Core's router picks a random other branch). The floor is applied last.
 */
function allocate(input) {
    const { arms, kind, algorithm, floor } = input;
    if (arms.length < 2)
        throw new RangeError(`a bandit needs two or more arms, got ${arms.length}`);
    const probability = probabilityBest(arms, kind, input.seed, input.draws);
    const means = arms.map((a) => posteriorMean(a, kind));
    let raw;
    if (algorithm === 'thompson')
        raw = probability;
    else {
        const epsilon = input.epsilon ?? 0.1;
        if (!(epsilon >= 0 && epsilon <= 1))
            throw new RangeError(`epsilon must be in [0, 1], got ${epsilon}`);
        const best = means.indexOf(Math.max(...means));
        raw = means.map((_, i) => (i === best ? 1 - epsilon : epsilon / (arms.length - 1)));
    }
    return { shares: applyFloor(raw, floor), probabilityBest: probability, means };
}
/**
 * Estimated cumulative regret: the reward lost by not always serving the arm that looks best now,
 * sum over arms of n_i x (best posterior mean - posterior mean_i). An estimate: the means are posterior
 * means, and it is measured against today's best.
 */
function estimatedRegret(arms, means) {
    const best = Math.max(...means);
    return arms.reduce((s, a, i) => s + a.n * (best - means[i]), 0);
}

;// CONCATENATED MODULE: ./src/serve/bandit.ts






class ModelBandit {
    model;
    spec;
    file;
    options;
    log;
    arms;
    allocation;
    /** The routing the weights were last built for, and the routing built from it. */
    source;
    routed;
    loaded = false;
    timer;
    writing = Promise.resolve();
    dirty = false;
    /** How long the last re-allocation took (ms). */
    lastMs = 0;
    loading;
    constructor(model, 
    /** Replaced by an identical-experiment spec when routing.json is re-read (bound and minRewards may change). */
    spec, file, options, log) {
        this.model = model;
        this.spec = spec;
        this.file = file;
        this.options = options;
        this.log = log;
        this.arms = new Map(spec.arms.map((a) => [a, emptyArm()]));
        this.loading = this.load();
    }
    get state() {
        return this.allocation;
    }
    /** The routing built for `base` and the current allocation, when there is one. */
    routedFor(base) {
        return this.source === base ? this.routed : undefined;
    }
    /** The routing with the current allocation as its weights (the same object until the allocation changes). */
    routing(base) {
        if (this.source === base && this.routed)
            return this.routed;
        if (!this.allocation)
            return base;
        {
            const weights = { ...base.weights };
            for (const a of this.spec.arms)
                weights[a] = this.allocation.allocation[a] * 100;
            this.routed = { ...base, weights };
            this.source = base;
        }
        return this.routed;
    }
    reward(version, rewards) {
        const arm = this.arms.get(version);
        if (!arm)
            return;
        for (const r of rewards)
            addReward(arm, r);
        this.dirty = true;
        if (this.loaded)
            this.schedule();
    }
    schedule() {
        if (this.timer)
            return;
        // A re-allocation runs on the event loop (tens of milliseconds for 10 000 draws): spaced by at least 19
        // times its last duration, it never takes more than 5% of the loop however fast rewards arrive.
        this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.recompute();
        }, Math.max(this.options.recomputeMs, 19 * this.lastMs));
        this.timer.unref();
    }
    /** Re-allocates from the rewards so far and writes bandit.json; resolves when written. */
    recompute() {
        clearTimeout(this.timer);
        this.timer = undefined;
        if (!this.dirty)
            return this.writing;
        this.dirty = false;
        const arms = this.spec.arms.map((a) => this.arms.get(a));
        const rewards = arms.reduce((s, a) => s + a.n, 0);
        const started = performance.now();
        const a = allocate({ arms, kind: this.spec.reward, algorithm: this.spec.algorithm, floor: this.spec.floor, epsilon: this.spec.epsilon, seed: `${this.spec.id}:${rewards}`, draws: this.options.draws });
        this.lastMs = performance.now() - started;
        const per = (xs) => Object.fromEntries(this.spec.arms.map((v, i) => [v, xs[i]]));
        const top = a.probabilityBest.indexOf(Math.max(...a.probabilityBest));
        const winner = rewards >= this.spec.minRewards && a.probabilityBest[top] >= this.spec.bound ? this.spec.arms[top] : null;
        this.allocation = {
            schema: 1,
            model: this.model,
            id: this.spec.id,
            algorithm: this.spec.algorithm,
            reward: this.spec.reward,
            arms: this.spec.arms,
            stats: Object.fromEntries(this.spec.arms.map((v) => [v, { ...this.arms.get(v) }])),
            allocation: per(a.shares),
            probabilityBest: per(a.probabilityBest),
            means: per(a.means),
            rewards,
            regret: estimatedRegret(arms, a.means),
            winner,
            updatedAt: new Date().toISOString(),
        };
        this.routed = undefined;
        const snapshot = this.allocation;
        this.writing = this.writing.then(() => this.write(snapshot));
        return this.writing;
    }
    async write(state) {
        const temp = external_node_path_default().join(external_node_path_default().dirname(this.file), `.${bandit_file/* BANDIT_FILE */.wu}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
        try {
            await (0,promises_.writeFile)(temp, (0,bandit_file/* formatBanditFile */.aL)(state));
            await (0,promises_.rename)(temp, this.file);
        }
        catch (err) {
            await (0,promises_.rm)(temp, { force: true }).catch(() => undefined);
            this.log.write({ event: 'bandit-write-error', model: this.model, file: this.file, error: err.message });
        }
    }
    /** Restores the rewards of this experiment from bandit.json; another experiment's file (or none) starts afresh. */
    async load() {
        try {
            const text = await (0,promises_.readFile)(this.file, 'utf8').catch((err) => {
                if (err.code === 'ENOENT')
                    return undefined;
                throw err;
            });
            if (text !== undefined) {
                const saved = (0,bandit_file/* parseBanditFile */.iK)(text, this.file);
                const same = saved.id === this.spec.id && saved.model === this.model && saved.reward === this.spec.reward && this.spec.arms.every((a) => saved.arms.includes(a));
                if (same) {
                    // Rewards that arrived while reading are added to the saved ones.
                    for (const a of this.spec.arms) {
                        const live = this.arms.get(a);
                        const merged = { ...saved.stats[a] };
                        mergeInto(merged, live);
                        this.arms.set(a, merged);
                    }
                    this.dirty = true;
                    this.log.write({ event: 'bandit-restored', model: this.model, id: this.spec.id, rewards: saved.rewards });
                }
            }
        }
        catch (err) {
            this.log.write({ event: 'bandit-unreadable', model: this.model, file: this.file, error: err.message });
        }
        this.loaded = true;
        if (this.dirty)
            await this.recompute();
    }
    async close() {
        await this.loading;
        await this.recompute();
    }
}
/** Merges the statistics of `b` into `a` (Chan et al.'s parallel update of mean and sum of squares). */
function mergeInto(a, b) {
    if (b.n === 0)
        return;
    const n = a.n + b.n;
    const d = b.mean - a.mean;
    a.m2 += b.m2 + (d * d * a.n * b.n) / n;
    a.mean += (d * b.n) / n;
    a.n = n;
}
/** The rewards of one joined feedback item: 1/0 per row for labels, -|error| per row for values. */
function rewardsOf(joined, kind) {
    if (kind === 'binary' && joined.kind === 'label')
        return joined.truth.map((t, i) => (String(joined.predictions[i]) === String(t) ? 1 : 0));
    if (kind === 'continuous' && joined.kind === 'value')
        return joined.truth.map((t, i) => -Math.abs(joined.predictions[i] - t));
    return undefined;
}
class BanditRouter {
    root;
    log;
    models = new Map();
    options;
    lastRouting;
    lastBandit;
    constructor(root, registry, log, options = {}) {
        this.root = root;
        this.log = log;
        this.options = { recomputeMs: options.recomputeMs ?? 50, draws: options.draws ?? 10_000 };
        this.registerMetrics(registry);
    }
    /** Takes rewards from joined feedback. */
    listen(feedback) {
        feedback.onJoined((joined) => {
            const bandit = this.models.get(joined.model);
            if (!bandit)
                return;
            const rewards = rewardsOf(joined, bandit.spec.reward);
            if (rewards)
                bandit.reward(joined.version, rewards);
        });
    }
    /** The routing a request of `model` is routed by: `routing` itself, or with the bandit's allocation as weights. */
    routingFor(model, routing) {
        // The routing objects of a model are immutable and replaced as a whole: the last one seen names its
        // bandit and the routing built for its allocation, with no map lookup (the per-request cost must stay
        // within 5% of the weighted pick itself).
        if (routing === this.lastRouting) {
            const routed = this.lastBandit.routedFor(routing);
            if (routed)
                return routed;
        }
        const spec = routing.bandit;
        if (!spec) {
            // The experiment ended (promoted, reverted): its figures leave /metrics, its last state stays in bandit.json.
            if (this.models.size !== 0 && this.models.has(model))
                this.retire(model);
            return routing;
        }
        let bandit = this.models.get(model);
        if (!bandit || bandit.spec !== spec) {
            if (bandit && sameExperiment(bandit.spec, spec))
                bandit.spec = spec;
            else {
                bandit = new ModelBandit(model, spec, external_node_path_default().join(this.root, model, bandit_file/* BANDIT_FILE */.wu), this.options, this.log);
                this.models.set(model, bandit);
            }
        }
        this.lastRouting = routing;
        this.lastBandit = bandit;
        return bandit.routing(routing);
    }
    retire(model) {
        const bandit = this.models.get(model);
        this.models.delete(model);
        if (this.lastBandit === bandit)
            this.lastRouting = this.lastBandit = undefined;
        void bandit.close();
    }
    /** The state of a model's bandit (undefined before its first allocation). */
    state(model) {
        return this.models.get(model)?.state;
    }
    /** Re-allocates every bandit now and waits for bandit.json to be written (tests, close). */
    async flush() {
        await Promise.all([...this.models.values()].map(async (b) => (await b.loading, await b.recompute())));
    }
    async close() {
        await Promise.all([...this.models.values()].map((b) => b.close()));
    }
    registerMetrics(registry) {
        const states = () => [...this.models.values()].flatMap((b) => (b.state ? [b.state] : []));
        const perArm = (name, help, pick) => new prom_client.Gauge({
            name,
            help,
            labelNames: ['model', 'version'],
            registers: [registry],
            collect() {
                this.reset();
                for (const s of states())
                    for (const arm of s.arms)
                        this.set({ model: s.model, version: arm }, pick(s, arm));
            },
        });
        perArm('modelship_bandit_allocation', 'Share of traffic (0 to 1) the bandit gives each arm now.', (s, a) => s.allocation[a]);
        perArm('modelship_bandit_probability_best', 'Posterior probability that the arm has the highest mean reward (Monte-Carlo).', (s, a) => s.probabilityBest[a]);
        perArm('modelship_bandit_rewards', 'Rewards joined to the arm in this experiment.', (s, a) => s.stats[a].n);
        perArm('modelship_bandit_reward_mean', 'Posterior mean reward of the arm.', (s, a) => s.means[a]);
        new prom_client.Gauge({
            name: 'modelship_bandit_regret',
            help: 'Estimated cumulative regret of the experiment: rewards lost to arms that look worse than the best (sum of n x gap of posterior means).',
            labelNames: ['model'],
            registers: [registry],
            collect() {
                this.reset();
                for (const s of states())
                    this.set({ model: s.model }, s.regret);
            },
        });
    }
}
/** The same experiment: a routing.json re-read (new generation) keeps the bandit's rewards. */
function sameExperiment(a, b) {
    return a.id === b.id && a.algorithm === b.algorithm && a.reward === b.reward && a.floor === b.floor && a.epsilon === b.epsilon && a.arms.join('\n') === b.arms.join('\n');
}

// EXTERNAL MODULE: ./src/serve/batching.ts
var batching = __webpack_require__(39183);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/serve/limits.ts
var serve_limits = __webpack_require__(62963);
;// CONCATENATED MODULE: ./src/serve/repository.ts



/**
 * The local model repository, as the local deploy provider lays it out:
 * `<root>/<model>/<version>/{model.onnx, metadata.json, SHA256SUMS}` and `<root>/<model>/routing.json`.
 * Version folders appear complete (renamed into place); routing.json is replaced by rename.
 */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
class VersionRefused extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
        this.name = 'VersionRefused';
    }
}
async function listModels(root) {
    const entries = await (0,promises_.readdir)(root, { withFileTypes: true }).catch((err) => {
        if (err.code === 'ENOENT')
            return [];
        throw err;
    });
    return entries.filter((e) => e.isDirectory() && NAME.test(e.name) && !e.name.startsWith('.')).map((e) => e.name).sort();
}
/** Version folders of a model with a fingerprint that changes if the folder is replaced. */
async function listVersions(modelDir) {
    const out = new Map();
    const entries = await (0,promises_.readdir)(modelDir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
        // Dot-prefixed folders are the provider's staging area, not yet renamed into place.
        if (!e.isDirectory() || e.name.startsWith('.') || !NAME.test(e.name))
            continue;
        const meta = await (0,promises_.stat)(external_node_path_default().join(modelDir, e.name, 'metadata.json')).catch(() => undefined);
        if (!meta)
            continue;
        const model = await (0,promises_.stat)(external_node_path_default().join(modelDir, e.name, 'model.onnx')).catch(() => undefined);
        out.set(e.name, `${meta.ino}:${meta.mtimeMs}:${model?.ino ?? 0}:${model?.size ?? -1}:${model?.mtimeMs ?? 0}`);
    }
    return out;
}
/** Parses a sha256sum-format manifest; returns the digest listed for `file`. */
function digestInSums(text, file) {
    for (const line of text.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64}) [ *]?(.+)$/.exec(line.trim());
        if (m && (m[2] === file || m[2] === `./${file}`))
            return m[1].toLowerCase();
    }
    return undefined;
}
/**
 * Reads a version folder and verifies it: metadata.json well formed and naming this model and version, the
 * model's sha256 equal to metadata.sha256 and to the SHA256SUMS entry. Returns the verified bytes so what was
 * hashed is exactly what gets loaded.
 */
async function readVerifiedVersion(root, model, version) {
    const dir = external_node_path_default().join(root, model, version);
    let metadata;
    try {
        const raw = JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, 'metadata.json'), 'utf8'));
        if (typeof raw !== 'object' || raw === null)
            throw new Error('not an object');
        if (raw.model !== model)
            throw new Error(`"model" is ${JSON.stringify(raw.model)}, expected "${model}"`);
        if (raw.version !== version)
            throw new Error(`"version" is ${JSON.stringify(raw.version)}, expected "${version}"`);
        if (typeof raw.sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(raw.sha256))
            throw new Error('"sha256" must be 64 hex digits');
        if (raw.format !== undefined && raw.format !== 'onnx')
            throw new Error(`"format" is ${JSON.stringify(raw.format)}; this server runs onnx`);
        metadata = { model, version, sha256: raw.sha256.toLowerCase(), format: raw.format ?? 'onnx', deployedAt: raw.deployedAt };
    }
    catch (err) {
        throw new VersionRefused('metadata', `${external_node_path_default().join(dir, 'metadata.json')}: ${err.message}`);
    }
    let bytes;
    let sums;
    try {
        bytes = await (0,promises_.readFile)(external_node_path_default().join(dir, 'model.onnx'));
        sums = await (0,promises_.readFile)(external_node_path_default().join(dir, 'SHA256SUMS'), 'utf8');
    }
    catch (err) {
        throw new VersionRefused('missing', `${dir}: ${err.message}`);
    }
    const listed = digestInSums(sums, 'model.onnx');
    if (!listed)
        throw new VersionRefused('checksum', `${external_node_path_default().join(dir, 'SHA256SUMS')} has no entry for model.onnx`);
    const actual = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    if (actual !== listed || actual !== metadata.sha256) {
        throw new VersionRefused('checksum', `${external_node_path_default().join(dir, 'model.onnx')}: sha256 ${actual} does not match ${actual !== listed ? `SHA256SUMS (${listed})` : `metadata.json (${metadata.sha256})`}`);
    }
    return { metadata, bytes };
}
/** A fingerprint of routing.json that changes with any rewrite (rename gives a new inode; in-place writes change size or mtime). */
async function routingFingerprint(file) {
    const s = await (0,promises_.stat)(file).catch(() => undefined);
    return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : undefined;
}

// EXTERNAL MODULE: ./src/core/routing-file.ts
var routing_file = __webpack_require__(69296);
;// CONCATENATED MODULE: ./src/serve/random.ts
/** mulberry32: tiny, fast and good enough to split traffic; seeded so tests observe exact splits. */
function seededUniform(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** FNV-1a of a string mapped to [0, 1): the same key always lands on the same point (sticky routing). */
function hashUnit(key) {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
        h ^= key.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    // One extra avalanche round so keys differing in the last character spread over the whole range.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return (h >>> 0) / 4294967296;
}

;// CONCATENATED MODULE: ./src/serve/routing.ts



/** The versions a routing needs loaded: everything it can send traffic to, plus `previous` for instant rollback. */
function referencedVersions(r) {
    const out = new Set([r.stable]);
    if (r.candidate)
        out.add(r.candidate);
    if (r.previous)
        out.add(r.previous);
    for (const [v, w] of Object.entries(r.weights))
        if (w > 0)
            out.add(v);
    for (const h of r.headerRoutes)
        out.add(h.version);
    if (r.shadow)
        out.add(r.shadow.version);
    return out;
}
/** Only this much of a header is matched against a regular expression (bounds the work per request). */
const MAX_MATCHED = 4096;
function header(headers, name) {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
}
/** The value of cookie `name` in the Cookie header(s) (RFC 6265 `name=value` pairs separated by `;`). */
function cookie(headers, name) {
    const raw = headers.cookie;
    for (const line of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) {
        for (const pair of line.split(';')) {
            const eq = pair.indexOf('=');
            if (eq > 0 && pair.slice(0, eq).trim() === name) {
                const value = pair.slice(eq + 1).trim();
                return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
            }
        }
    }
    return undefined;
}
/** Whether a request matches a header (or cookie) route. */
function routeMatches(route, headers) {
    const value = route.cookie !== undefined ? cookie(headers, route.cookie) : header(headers, route.header);
    if (value === undefined)
        return false;
    if (route.match !== 'regex')
        return value === route.value;
    return (0,routing_file/* headerRoutePattern */.HB)(route).test(value.length > MAX_MATCHED ? value.slice(0, MAX_MATCHED) : value);
}
/**
 * The canonical order of versions: valid semantic versions ascending (semver precedence; build metadata, which
 * semver ignores, then by text), then any other names by text (code units, not locale). Sticky keys hash to a
 * point laid over the weights in this order, so rewriting routing.json with its keys in another order moves
 * no user.
 */
function compareVersions(a, b) {
    const sa = semver_default().valid(a);
    const sb = semver_default().valid(b);
    if (sa && sb) {
        const c = semver_default().compare(sa, sb);
        if (c !== 0)
            return c;
    }
    else if (sa || sb)
        return sa ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Weight entries in canonical version order, computed once per routing (the weights object is immutable). */
const ordered = new WeakMap();
function canonicalEntries(weights) {
    let entries = ordered.get(weights);
    if (!entries) {
        entries = Object.entries(weights).sort(([a], [b]) => compareVersions(a, b));
        ordered.set(weights, entries);
    }
    return entries;
}
/** Picks a point in [0,1) out of the weights of the versions that can serve, laid out in canonical order. */
function pick(weights, available, u) {
    const entries = canonicalEntries(weights).filter(([v, w]) => w > 0 && available(v));
    const total = entries.reduce((s, [, w]) => s + w, 0);
    if (total <= 0)
        return undefined;
    let x = u * total;
    for (const [v, w] of entries) {
        if (x < w)
            return v;
        x -= w;
    }
    return entries[entries.length - 1][0];
}
/**
 * Routing precedence: explicit `/versions/{v}` > header routes > sticky (hash of the key into the weights) >
 * weighted random. A version that is not serving (refused, still loading) is skipped and the weights of the
 * others renormalised, so a broken canary never fails the requests meant for it; stable is the last resort.
 */
function chooseVersion(r, req, available, uniform) {
    if (req.explicit !== undefined)
        return { version: req.explicit, reason: 'explicit' };
    for (const h of r.headerRoutes) {
        if (routeMatches(h, req.headers) && available(h.version))
            return { version: h.version, reason: 'header' };
    }
    if (r.sticky) {
        const key = header(req.headers, r.sticky.header);
        if (key !== undefined && key !== '') {
            const v = pick(r.weights, available, hashUnit(key));
            if (v)
                return { version: v, reason: 'sticky' };
        }
    }
    const v = pick(r.weights, available, uniform());
    if (v)
        return { version: v, reason: 'weighted' };
    return available(r.stable) ? { version: r.stable, reason: 'weighted' } : undefined;
}

// EXTERNAL MODULE: ./src/serve/sessions.ts + 1 modules
var sessions = __webpack_require__(20571);
;// CONCATENATED MODULE: ./src/serve/catalog.ts









function catalog_compareVersions(a, b) {
    const va = semver_default().valid(a);
    const vb = semver_default().valid(b);
    if (va && vb)
        return semver_default().compare(va, vb);
    if (va)
        return 1;
    if (vb)
        return -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** One model: its routing, its loaded versions and its concurrency limiter. */
class ModelHost {
    name;
    opts;
    state;
    limiter;
    routingPrint;
    /** null: routing.json says nothing of this model is live (a reverted first deployment), so nothing is served. */
    lastGood;
    /** Refused versions by fingerprint: not retried (nor counted again) until the folder changes. */
    refused = new Map();
    reloading;
    dirty = false;
    watcher;
    constructor(name, opts) {
        this.name = name;
        this.opts = opts;
        this.limiter = new serve_limits/* ConcurrencyLimiter */._U(name, opts.limits.concurrency, opts.limits.queue);
    }
    get dir() {
        return external_node_path_default().join(this.opts.root, this.name);
    }
    watch(onChange) {
        try {
            this.watcher = (0,external_node_fs_.watch)(this.dir, { persistent: false }, () => onChange());
            this.watcher.on('error', () => this.watcher?.close());
        }
        catch {
            // Polling still picks changes up where fs.watch is unavailable (some network and container file systems).
        }
    }
    /** Reloads, coalescing bursts of events into at most one extra pass. */
    reload() {
        if (this.reloading) {
            this.dirty = true;
            return this.reloading;
        }
        this.reloading = (async () => {
            try {
                do {
                    this.dirty = false;
                    await this.reloadOnce();
                } while (this.dirty);
            }
            finally {
                this.reloading = undefined;
            }
        })();
        return this.reloading;
    }
    async readRouting() {
        const file = external_node_path_default().join(this.dir, 'routing.json');
        const print = await routingFingerprint(file);
        if (print === this.routingPrint)
            return;
        this.routingPrint = print;
        if (print === undefined)
            return;
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch {
            this.routingPrint = undefined; // replaced between stat and read: try again on the next pass
            return;
        }
        try {
            const next = (0,routing_file/* parseRoutingFile */.CG)(text, file, this.name);
            this.lastGood = next;
            this.opts.metrics.routingReloads.inc({ model: this.name, result: 'applied' });
            this.opts.log.write(next ? { event: 'routing', model: this.name, generation: next.generation, strategy: next.strategy, weights: next.weights } : { event: 'routing', model: this.name, stable: null, weights: {} });
        }
        catch (err) {
            this.opts.metrics.routingReloads.inc({ model: this.name, result: 'invalid' });
            this.opts.log.write({ event: 'routing-invalid', model: this.name, error: err.message, kept: this.lastGood?.generation ?? null });
        }
    }
    async reloadOnce() {
        await this.readRouting();
        const present = await listVersions(this.dir);
        if (this.lastGood === null) {
            // The routing says nothing is live: versions present on disk (an aborted first deployment) are not served.
            this.swap(undefined);
            return;
        }
        let routing = this.lastGood;
        const routed = routing !== undefined;
        if (!routing) {
            // No routing.json yet: the highest version present serves everything.
            const loadable = [...present.keys()].filter((v) => this.refused.get(v) !== present.get(v)).sort(catalog_compareVersions);
            const top = loadable[loadable.length - 1];
            if (!top) {
                this.swap(undefined);
                return;
            }
            routing = { schema: 1, model: this.name, generation: 0, stable: top, candidate: null, previous: null, weights: { [top]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy: 'direct', updatedAt: '' };
        }
        const wanted = [...new Set([...referencedVersions(routing), ...(this.opts.pinned?.get(this.name) ?? [])])].filter((v) => present.has(v));
        const current = this.state?.versions ?? new Map();
        const next = new Map();
        for (const v of wanted) {
            const loaded = current.get(v);
            if (loaded) {
                next.set(v, loaded);
                continue;
            }
            const print = present.get(v);
            if (this.refused.get(v) === print)
                continue;
            const fresh = await this.load(v, print);
            if (fresh)
                next.set(v, fresh);
        }
        this.swap({ routing, routed, versions: next });
    }
    async load(version, print) {
        const t0 = performance.now();
        try {
            let read;
            try {
                read = await readVerifiedVersion(this.opts.root, this.name, version);
            }
            catch (err) {
                if (err instanceof VersionRefused)
                    throw err;
                throw new VersionRefused('missing', err.message);
            }
            let loaded;
            try {
                const labels = { model: this.name, version };
                loaded = await (0,sessions/* loadVersion */.Fh)(this.name, version, read.metadata.sha256, read.bytes, this.opts.session, {
                    batch: (requests) => this.opts.metrics.batchSize.observe(labels, requests),
                    event: (record) => this.opts.log.write(record),
                });
            }
            catch (err) {
                throw new VersionRefused('load', `onnxruntime cannot load ${this.name}/${version}: ${err.message}`);
            }
            const seconds = (performance.now() - t0) / 1000;
            this.opts.metrics.loadSeconds.observe({ model: this.name, version }, seconds);
            const b = loaded.batching;
            this.opts.log.write({ event: 'loaded', model: this.name, version, sha256: loaded.sha256, seconds: Number(seconds.toFixed(4)), batching: b.enabled, ...(b.enabled ? {} : { batchingOff: b.reason }), execution: loaded.execution });
            this.refused.delete(version);
            return loaded;
        }
        catch (err) {
            const reason = err instanceof VersionRefused ? err.reason : 'load';
            this.refused.set(version, print);
            this.opts.metrics.loadFailures.inc({ model: this.name, version, reason });
            this.opts.log.write({ event: 'refused', model: this.name, version, reason, error: err.message });
            return undefined;
        }
    }
    /** Switches atomically, then drains and releases what is no longer served. */
    swap(next) {
        const old = this.state;
        this.state = next;
        this.opts.switched?.(this.name, old, next);
        if (!old)
            return;
        for (const [v, loaded] of old.versions) {
            if (next?.versions.get(v) !== loaded) {
                this.opts.log.write({ event: 'retiring', model: this.name, version: v, inFlight: loaded.inFlight });
                void loaded.retire();
            }
        }
    }
    async close() {
        this.watcher?.close();
        await this.reloading?.catch(() => undefined);
        const versions = this.state ? [...this.state.versions.values()] : [];
        this.state = undefined;
        await Promise.all(versions.map((v) => v.retire()));
    }
}
/**
 * Every model of the repository, kept in step with the folder: fs.watch for promptness, a poll as the
 * fallback that always works. Changes apply without a restart.
 */
class ModelCatalog {
    opts;
    models = new Map();
    rootWatcher;
    poll;
    closed = false;
    scanning;
    constructor(opts) {
        this.opts = opts;
    }
    async start() {
        await this.scan();
        try {
            this.rootWatcher = (0,external_node_fs_.watch)(this.opts.root, { persistent: false }, () => void this.scan());
            this.rootWatcher.on('error', () => this.rootWatcher?.close());
        }
        catch {
            // poll only
        }
        const tick = () => {
            if (this.closed)
                return;
            void this.scan().finally(() => {
                if (!this.closed) {
                    this.poll = setTimeout(tick, this.opts.pollMs);
                    this.poll.unref();
                }
            });
        };
        this.poll = setTimeout(tick, this.opts.pollMs);
        this.poll.unref();
    }
    /** Finds new models and reloads all of them; resolves when the repository is in step. */
    scan() {
        if (this.scanning)
            return this.scanning;
        this.scanning = (async () => {
            try {
                for (const name of await listModels(this.opts.root)) {
                    if (this.closed)
                        return;
                    if (!this.models.has(name)) {
                        const host = new ModelHost(name, this.opts);
                        this.models.set(name, host);
                        host.watch(() => void host.reload());
                    }
                }
                await Promise.all([...this.models.values()].map((h) => h.reload()));
            }
            catch (err) {
                this.opts.log.write({ event: 'scan-error', error: err.message });
            }
            finally {
                this.scanning = undefined;
            }
        })();
        return this.scanning;
    }
    async close() {
        this.closed = true;
        clearTimeout(this.poll);
        this.rootWatcher?.close();
        await this.scanning?.catch(() => undefined);
        await Promise.all([...this.models.values()].map((h) => h.close()));
    }
}

// EXTERNAL MODULE: ./src/core/graph.ts
var core_graph = __webpack_require__(42479);
;// CONCATENATED MODULE: ./src/serve/graph.ts


/** A graph that cannot answer now (a member not loaded, members that do not connect): 503. */
class GraphUnavailable extends Error {
}
/** Members answered in ways that cannot be combined (shapes differ at run time): 500. */
class GraphFailed extends Error {
}
const specOf = (m) => ({ name: m.name, dtype: m.dtype, shape: m.shape.map((d) => (d === null ? '?' : d)) });
/** Pinned member versions per model, so the catalog keeps them loaded though no routing names them. */
function pinnedVersions(graphs) {
    const out = new Map();
    for (const [name, { graph }] of Object.entries(graphs)) {
        for (const { member } of (0,core_graph/* membersOf */.lS)(name, graph)) {
            if (member.version === undefined || Object.hasOwn(graphs, member.model))
                continue;
            if (!out.has(member.model))
                out.set(member.model, new Set());
            out.get(member.model).add(member.version);
        }
    }
    return out;
}
class GraphServer {
    graphs;
    catalog;
    uniform;
    counted;
    /** Plans by the versions they were made for: a request pays the signature check once per set of versions. */
    plans = new Map();
    constructor(graphs, catalog, uniform, 
    /** Counts each member run (the server's `modelship_graph_member_runs_total`). */
    counted = () => { }) {
        this.graphs = graphs;
        this.catalog = catalog;
        this.uniform = uniform;
        this.counted = counted;
    }
    has(name) {
        return Object.hasOwn(this.graphs, name);
    }
    names() {
        return Object.keys(this.graphs);
    }
    /** Every member resolved to a loaded version for this request, or GraphUnavailable naming the first that is not. */
    resolve(name, headers, member = { model: name }) {
        const config = this.graphs[name].graph;
        const children = (0,core_graph/* membersOf */.lS)(name, config).map(({ member: m }) => {
            if (Object.hasOwn(this.graphs, m.model))
                return this.resolve(m.model, headers, m);
            const host = this.catalog.models.get(m.model);
            const state = host?.state;
            if (!host || !state)
                throw new GraphUnavailable(`member "${m.model}" of graph "${name}" has no version ready to serve`);
            let version = m.version;
            if (version === undefined)
                version = chooseVersion(state.routing, { headers }, (v) => state.versions.has(v), this.uniform)?.version;
            const loaded = version === undefined ? undefined : state.versions.get(version);
            if (!loaded)
                throw new GraphUnavailable(`member "${m.model}${m.version ? `@${m.version}` : ''}" of graph "${name}" is not loaded; loaded: ${[...state.versions.keys()].join(', ') || 'none'}`);
            return { kind: 'model', member: m, host, loaded, label: `${m.model}@${loaded.version}` };
        });
        return { kind: 'graph', member, name, config, children, label: children.map((c) => c.label).join('+') };
    }
    plan(r) {
        const cached = this.plans.get(`${r.name}:${r.label}`);
        if (cached)
            return cached;
        const plan = this.makePlan(r);
        if (this.plans.size > 1024)
            this.plans.clear();
        this.plans.set(`${r.name}:${r.label}`, plan);
        return plan;
    }
    makePlan(r) {
        const metas = r.children.map((c) => (c.kind === 'model' ? { inputs: c.loaded.inputs, outputs: c.loaded.outputs, problem: undefined } : this.plan(c)));
        const inner = metas.find((m) => m.problem);
        const inputs = metas[0].inputs;
        const outputs = r.config.type === 'sequence' ? metas[metas.length - 1].outputs : metas[0].outputs;
        if (inner)
            return { inputs, outputs, problem: inner.problem };
        const byMember = new Map(r.children.map((c, i) => [c.member, { inputs: metas[i].inputs.map(specOf), outputs: metas[i].outputs.map(specOf) }]));
        const checked = (0,core_graph/* graphSignature */.pJ)(r.name, r.config, (m) => byMember.get(m) ?? { unknown: m.model });
        const problem = checked.issues[0] ? `the loaded versions (${r.label}) do not connect: ${checked.issues[0].message}` : undefined;
        return { inputs, outputs, problem };
    }
    /** Inputs and outputs with the versions that would answer now; GraphUnavailable when a member is not ready. */
    metadata(name, headers = {}) {
        const r = this.resolve(name, headers);
        const plan = this.plan(r);
        if (plan.problem)
            throw new GraphUnavailable(`graph "${name}": ${plan.problem}`);
        return { inputs: plan.inputs, outputs: plan.outputs, version: r.label };
    }
    ready(name) {
        try {
            this.metadata(name);
            return true;
        }
        catch {
            return false;
        }
    }
    /**
     * Decodes with the graph's inputs (`decode` is the protocol's decoder, given the plan's tensors) and runs
     * the graph. `only` keeps the outputs asked for.
     */
    async infer(name, headers, decode, deadline) {
        const r = this.resolve(name, headers);
        const plan = this.plan(r);
        if (plan.problem)
            throw new GraphUnavailable(`graph "${name}": ${plan.problem}`);
        const decoded = decode(plan.inputs, plan.outputs);
        const answer = await this.run(r, decoded.inputs, headers, deadline);
        const wanted = decoded.outputs;
        return { decoded, version: answer.version, outputs: wanted ? answer.outputs.filter((o) => wanted.includes(o.name)) : answer.outputs };
    }
    async runMember(graph, r, inputs, headers, deadline) {
        if (r.kind === 'graph')
            return this.run(r, inputs, headers, deadline);
        const labels = { graph, model: r.host.name, version: r.loaded.version };
        const unref = r.loaded.acquire();
        if (!unref)
            throw new GraphUnavailable(`${r.label} is being retired; retry`);
        try {
            // A member's run counts against its own model's concurrency, as a direct request would.
            const release = await r.host.limiter.acquire(deadline);
            try {
                // Only the tensors the model declares: a graph step may hand on more (a previous step's other outputs);
                // onnxruntime tolerates extra feeds today, but they would also split dynamic batches needlessly.
                const taken = inputs.length === r.loaded.inputs.length ? inputs : inputs.filter((t) => r.loaded.inputs.some((i) => i.name === t.name));
                const outputs = await r.loaded.run(taken, undefined, deadline);
                this.counted({ ...labels, result: 'ok' });
                return { outputs, version: r.label };
            }
            catch (err) {
                this.counted({ ...labels, result: 'error' });
                throw err;
            }
            finally {
                release();
            }
        }
        finally {
            unref();
        }
    }
    async run(r, inputs, headers, deadline) {
        const config = r.config;
        switch (config.type) {
            case 'sequence': {
                let current = inputs;
                const versions = [];
                let last = [];
                for (let k = 0; k < r.children.length; k++) {
                    if (k > 0)
                        current = feed(last, config.steps[k].map ?? {}, r.children[k]);
                    const answer = await this.runMember(r.name, r.children[k], current, headers, deadline);
                    versions.push(answer.version);
                    last = answer.outputs;
                }
                return { outputs: last, version: versions.join('+') };
            }
            case 'switch': {
                const index = config.routes.findIndex((route) => conditionHolds(route.when, inputs, headers));
                return this.runMember(r.name, r.children[index >= 0 ? index : config.routes.length], inputs, headers, deadline);
            }
            case 'splitter': {
                let x = this.uniform() * 100;
                let chosen = r.children.length - 1;
                for (let i = 0; i < config.members.length; i++) {
                    x -= config.members[i].weight ?? 0;
                    if (x < 0) {
                        chosen = i;
                        break;
                    }
                }
                return this.runMember(r.name, r.children[chosen], inputs, headers, deadline);
            }
            case 'ensemble': {
                // All members at once: each queues on its own worker pool (and batches with other requests there).
                const answers = await Promise.all(r.children.map((c) => this.runMember(r.name, c, inputs, headers, deadline)));
                const weights = config.members.map((m) => (config.combine === 'weighted-average' ? m.weight : 1));
                return { outputs: combine(answers.map((a) => a.outputs), weights, config.combine ?? 'average'), version: answers.map((a) => a.version).join('+') };
            }
        }
    }
}
/** The next step's inputs from the previous step's outputs: `map` output -> input, else the same name. */
function feed(outputs, map, next) {
    const tensor = (name, o) => ({ name, dtype: o.dtype, dims: [...o.dims], data: o.data });
    // A graph step takes the previous outputs under their mapped names (its own first member picks what it needs).
    if (next.kind === 'graph')
        return outputs.map((o) => tensor(map[o.name] ?? o.name, o));
    const sourceOf = new Map(Object.entries(map).map(([o, i]) => [i, o]));
    const out = [];
    for (const input of next.loaded.inputs) {
        const source = outputs.find((o) => o.name === (sourceOf.get(input.name) ?? input.name));
        if (source)
            out.push(tensor(input.name, source)); // else an optional input nothing feeds (the plan refused required ones)
    }
    return out;
}
function headerValue(headers, name) {
    const v = headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
}
/** Whether a switch route's condition holds for this request (an element past the end never matches). */
function conditionHolds(when, inputs, headers) {
    if (when.header !== undefined)
        return headerValue(headers, when.header) === when.equals;
    const tensor = inputs.find((t) => t.name === when.input);
    const index = when.index ?? 0;
    if (!tensor || index >= tensor.data.length)
        return false;
    const raw = tensor.data[index];
    const value = typeof raw === 'bigint' ? Number(raw) : typeof raw === 'boolean' ? Number(raw) : raw;
    const comparison = (0,core_graph/* comparisonOf */.jb)(when);
    if (comparison === undefined)
        return false;
    // In the tensor's own precision: 4.8 sent as FP32 is 4.800000190734863, and must equal a configured 4.8.
    const bound = tensor.dtype === 'float32' ? Math.fround(Number(when[comparison])) : Number(when[comparison]);
    switch (comparison) {
        case 'equals':
            return value === bound;
        case 'above':
            return value > bound;
        case 'atLeast':
            return value >= bound;
        case 'below':
            return value < bound;
        case 'atMost':
            return value <= bound;
    }
}
/**
 * Combines the members' outputs element by element: float outputs averaged (weighted by `weights`) unless
 * `majority-vote`; every other output (and every output under `majority-vote`) voted, each member's vote
 * counting its weight, a tie going to the value the earliest member gave. float16 arrives as raw bits, so it
 * is voted too.
 */
function combine(answers, weights, how) {
    const first = answers[0];
    return first.map((head) => {
        const parts = answers.map((outputs, m) => {
            const t = outputs.find((o) => o.name === head.name);
            if (!t || t.dtype !== head.dtype || t.dims.join(',') !== head.dims.join(','))
                throw new GraphFailed(`ensemble member ${m} answered "${head.name}" as ${t ? `${t.dtype}[${t.dims.join(', ')}]` : 'nothing'}, member 0 as ${head.dtype}[${head.dims.join(', ')}]`);
            return t.data;
        });
        const n = head.data.length;
        const averaged = how !== 'majority-vote' && (0,core_graph/* isFloatType */.Ny)(head.dtype) && head.dtype !== 'float16' && head.dtype !== 'bfloat16';
        const data = averaged ? average(parts, weights, n, head.dtype) : vote(parts, weights, n, head.data);
        return { name: head.name, dtype: head.dtype, dims: [...head.dims], data };
    });
}
function average(parts, weights, n, dtype) {
    const out = dtype === 'float64' ? new Float64Array(n) : new Float32Array(n);
    const total = weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let m = 0; m < parts.length; m++)
            sum += weights[m] * parts[m][i];
        out[i] = sum / total;
    }
    return out;
}
function vote(parts, weights, n, like) {
    const Ctor = like.constructor;
    const out = Array.isArray(like) ? new Array(n) : new Ctor(n);
    const counts = new Map();
    for (let i = 0; i < n; i++) {
        counts.clear();
        for (let m = 0; m < parts.length; m++)
            counts.set(parts[m][i], (counts.get(parts[m][i]) ?? 0) + weights[m]);
        let best = parts[0][i];
        let bestCount = counts.get(best);
        for (let m = 1; m < parts.length; m++) {
            const c = counts.get(parts[m][i]);
            if (c > bestCount) {
                best = parts[m][i];
                bestCount = c;
            }
        }
        out[i] = best;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/serve/metrics.ts

/** Latency buckets in seconds: fine below 10 ms, where small models live, up to 10 s for timeouts. */
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/**
 * The server's Prometheus metrics, in a registry of its own so two servers in one process (tests, bench)
 * never share counts. Labels are model and version so canary analysis can compare versions side by side.
 */
class ServeMetrics {
    registry = new prom_client.Registry();
    requests = new prom_client.Counter({ name: 'modelship_requests_total', help: 'Inference requests answered, by model, version and HTTP status.', labelNames: ['model', 'version', 'code'], registers: [this.registry] });
    errors = new prom_client.Counter({ name: 'modelship_request_errors_total', help: 'Inference requests answered with a 4xx or 5xx status, by model, version and status.', labelNames: ['model', 'version', 'code'], registers: [this.registry] });
    duration = new prom_client.Histogram({ name: 'modelship_request_duration_seconds', help: 'Inference request latency from the request arriving to the answer being written, by model and version.', labelNames: ['model', 'version'], buckets: DURATION_BUCKETS, registers: [this.registry] });
    loadSeconds = new prom_client.Histogram({ name: 'modelship_model_load_seconds', help: 'Time to verify and load one model version into onnxruntime.', labelNames: ['model', 'version'], buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120], registers: [this.registry] });
    loadFailures = new prom_client.Counter({ name: 'modelship_model_load_failures_total', help: 'Model versions refused: checksum mismatch, missing files or a load error.', labelNames: ['model', 'version', 'reason'], registers: [this.registry] });
    shadow = new prom_client.Counter({ name: 'modelship_shadow_requests_total', help: 'Requests mirrored to a shadow version: ok, error, or dropped when the shadow is saturated.', labelNames: ['model', 'version', 'result'], registers: [this.registry] });
    shadowDuration = new prom_client.Histogram({ name: 'modelship_shadow_duration_seconds', help: 'Inference time of requests mirrored to a shadow version (its run only, answered or failed), by model and version.', labelNames: ['model', 'version'], buckets: DURATION_BUCKETS, registers: [this.registry] });
    batchSize = new prom_client.Histogram({ name: 'modelship_batch_size', help: 'Requests merged into one onnxruntime run (dynamic batching), by model and version.', labelNames: ['model', 'version'], buckets: [1, 2, 4, 8, 16, 32, 64, 128], registers: [this.registry] });
    graphMemberRuns = new prom_client.Counter({ name: 'modelship_graph_member_runs_total', help: 'Member runs of inference graphs (docs/graphs.md), by graph, member model and version, and result (ok or error).', labelNames: ['graph', 'model', 'version', 'result'], registers: [this.registry] });
    routingReloads = new prom_client.Counter({ name: 'modelship_routing_reloads_total', help: 'routing.json reloads: applied, or invalid (ignored, the last good routing kept).', labelNames: ['model', 'result'], registers: [this.registry] });
    constructor() {
        for (const result of ['applied', 'invalid'])
            this.routingReloads.inc({ model: '', result }, 0);
    }
    async exposition() {
        return { contentType: this.registry.contentType, body: await this.registry.metrics() };
    }
}

// EXTERNAL MODULE: ./src/serve/monitoring.ts + 1 modules
var monitoring = __webpack_require__(83688);
// EXTERNAL MODULE: ./src/core/duration.ts
var core_duration = __webpack_require__(98571);
;// CONCATENATED MODULE: ./src/serve/cache.ts




const DEFAULT_CACHE_TTL = '10m';
const DEFAULT_REDIS_TIMEOUT = '50ms';
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Checks one `cache:` value (the schema checks it too; this names the field for API callers). */
function resolveCacheSettings(raw, where) {
    if (!isObj(raw))
        throw new errors.ModelshipError(`${where}: expected an object { maxBytes, ttl } or { redis, ttl }`);
    const unknown = Object.keys(raw).filter((k) => !['maxBytes', 'redis', 'ttl', 'timeout'].includes(k));
    if (unknown.length)
        throw new errors.ModelshipError(`${where}: unknown key(s) ${unknown.join(', ')}; expected maxBytes or redis, ttl, timeout`);
    const { maxBytes, redis } = raw;
    if ((maxBytes === undefined) === (redis === undefined))
        throw new errors.ModelshipError(`${where}: give exactly one of maxBytes (in-process LRU) or redis (a redis:// URL)`);
    if (maxBytes !== undefined && (!Number.isSafeInteger(maxBytes) || maxBytes < 1024))
        throw new errors.ModelshipError(`${where}.maxBytes: expected an integer number of bytes >= 1024, got ${JSON.stringify(maxBytes)}`);
    if (redis !== undefined) {
        let url;
        try {
            url = typeof redis === 'string' ? new URL(redis) : undefined;
        }
        catch {
            url = undefined;
        }
        if (!url || !['redis:', 'rediss:'].includes(url.protocol))
            throw new errors.ModelshipError(`${where}.redis: expected a redis:// or rediss:// URL`);
    }
    const duration = (key, fallback, max) => {
        const v = raw[key] ?? fallback;
        if (typeof v !== 'string' && typeof v !== 'number')
            throw new errors.ModelshipError(`${where}.${key}: expected a duration such as 30s or 10m, got ${JSON.stringify(v)}`);
        const ms = (0,core_duration/* parseDuration */.E)(v, `${where}.${key}`);
        if (!(ms >= 1 && ms <= max))
            throw new errors.ModelshipError(`${where}.${key}: expected a duration from 1ms to ${max / 1000}s, got ${JSON.stringify(v)}`);
        return Math.round(ms);
    };
    return {
        ...(maxBytes !== undefined ? { maxBytes: maxBytes } : { redis: redis }),
        ttlMs: duration('ttl', DEFAULT_CACHE_TTL, 30 * 86_400_000),
        timeoutMs: duration('timeout', DEFAULT_REDIS_TIMEOUT, 10_000),
    };
}
/** The cache's Prometheus metrics, in the server's registry. */
class CacheMetrics {
    lookups;
    evictions;
    bytes;
    entries;
    errors;
    constructor(registry) {
        const registers = [registry];
        this.lookups = new prom_client.Counter({ name: 'modelship_cache_lookups_total', help: 'Prediction cache lookups by model, version and result (hit: answered from the cache; miss: answered by the model).', labelNames: ['model', 'version', 'result'], registers });
        this.evictions = new prom_client.Counter({ name: 'modelship_cache_evictions_total', help: 'In-process cache entries removed: lru (byte budget), expired (TTL), retired (the version stopped getting traffic).', labelNames: ['model', 'reason'], registers });
        this.bytes = new prom_client.Gauge({ name: 'modelship_cache_bytes', help: 'Bytes held by the in-process prediction cache (bodies plus a fixed overhead per entry).', labelNames: ['model'], registers });
        this.entries = new prom_client.Gauge({ name: 'modelship_cache_entries', help: 'Entries held by the in-process prediction cache.', labelNames: ['model'], registers });
        this.errors = new prom_client.Counter({ name: 'modelship_cache_errors_total', help: 'Redis cache operations that failed or timed out (get, set, drop); the request is answered by the model.', labelNames: ['model', 'operation'], registers });
    }
}
/** Bookkeeping bytes counted per entry beside its body (key, map slots, object). */
const ENTRY_OVERHEAD = 200;
/** The in-process store: one LRU per model (Map insertion order is recency), a byte budget and a TTL. */
class LocalAnswerStore {
    model;
    maxBytes;
    ttlMs;
    metrics;
    now;
    entries = new Map();
    bytes = 0;
    constructor(model, maxBytes, ttlMs, metrics, now = Date.now) {
        this.model = model;
        this.maxBytes = maxBytes;
        this.ttlMs = ttlMs;
        this.metrics = metrics;
        this.now = now;
    }
    get(_version, key) {
        const e = this.entries.get(key);
        if (!e)
            return undefined;
        this.entries.delete(key);
        if (e.expires <= this.now()) {
            this.forget(e, 'expired');
            return undefined;
        }
        this.entries.set(key, e);
        return e.answer;
    }
    set(version, key, answer) {
        const size = answer.body.length + key.length + ENTRY_OVERHEAD;
        if (size > this.maxBytes)
            return;
        const old = this.entries.get(key);
        if (old) {
            this.entries.delete(key);
            this.bytes -= old.size;
        }
        this.entries.set(key, { version, answer, expires: this.now() + this.ttlMs, size });
        this.bytes += size;
        // The least recently used entries go first; expired ones are found on lookup or here when they are oldest.
        for (const [k, e] of this.entries) {
            if (this.bytes <= this.maxBytes)
                break;
            this.entries.delete(k);
            this.forget(e, e.expires <= this.now() ? 'expired' : 'lru');
        }
        this.report();
    }
    drop(version) {
        for (const [k, e] of this.entries) {
            if (e.version !== version)
                continue;
            this.entries.delete(k);
            this.forget(e, 'retired');
        }
        this.report();
    }
    async close() {
        this.entries.clear();
        this.bytes = 0;
        this.report();
    }
    forget(e, reason) {
        this.bytes -= e.size;
        this.metrics.evictions.inc({ model: this.model, reason });
        this.report();
    }
    report() {
        this.metrics.bytes.set({ model: this.model }, this.bytes);
        this.metrics.entries.set({ model: this.model }, this.entries.size);
    }
}
/** Versions that routing sends traffic to (explicit requests aside): the only ones cached. */
const routedMemo = new WeakMap();
function routedVersions(r) {
    let out = routedMemo.get(r);
    if (!out) {
        out = new Set([r.stable]);
        for (const [v, w] of Object.entries(r.weights))
            if (w > 0)
                out.add(v);
        for (const h of r.headerRoutes)
            out.add(h.version);
        routedMemo.set(r, out);
    }
    return out;
}
/** One model's cache: keys, lookups counted, stores, and the drop of versions that stop getting traffic. */
class PredictionCache {
    model;
    answers;
    metrics;
    constructor(model, answers, metrics) {
        this.model = model;
        this.answers = answers;
        this.metrics = metrics;
    }
    /** Whether requests answered by `version` may be looked up and stored under `state`. */
    serves(state, version) {
        return state.versions.has(version) && routedVersions(state.routing).has(version);
    }
    /**
     * sha256 over everything that decides the answer's bytes: model, version, the version's model sha256 (a
     * folder replaced under the same version name never hits the old answers), the raw
     * Inference-Header-Content-Length value and the body (which holds the id, the inputs and the output options).
     */
    key(version, modelSha256, headerLength, body) {
        const h = Array.isArray(headerLength) ? headerLength.join(', ') : (headerLength ?? '');
        return (0,external_node_crypto_.createHash)('sha256').update(`${this.model}\0${version}\0${modelSha256}\0${h}\0`).update(body).digest('hex');
    }
    async lookup(version, key) {
        const hit = await this.answers.get(version, key);
        this.metrics.lookups.inc({ model: this.model, version, result: hit ? 'hit' : 'miss' });
        return hit;
    }
    store(version, key, answer) {
        this.answers.set(version, key, answer);
    }
    /** Drops the versions of `before` that `after` no longer routes traffic to, no longer loads, or reloaded. */
    switched(before, after) {
        if (!before)
            return;
        for (const v of routedVersions(before.routing)) {
            const loaded = before.versions.get(v);
            if (loaded && !(after && this.serves(after, v) && after.versions.get(v) === loaded))
                this.answers.drop(v);
        }
    }
    close() {
        return this.answers.close();
    }
}

;// CONCATENATED MODULE: ./src/serve/prediction-caches.ts

/** Redis connection errors are logged at most this often (a Redis that is down fails every reconnect). */
const REDIS_LOG_INTERVAL_MS = 10_000;
/** Redacts the password of a Redis URL for the log. */
function redact(url) {
    const u = new URL(url);
    if (u.password)
        u.password = '***';
    return u.toString();
}
/**
 * The prediction caches of a server, one per model that opted in (`cache` by model name, as in modelship.yml).
 * The Redis client is loaded only when a model names Redis (it takes ~300 ms to load).
 */
async function openCaches(settings, registry, log) {
    const caches = new Map();
    const entries = Object.entries(settings ?? {});
    if (!entries.length)
        return caches;
    const resolved = entries.map(([model, raw]) => [model, resolveCacheSettings(raw, `models.${model}.cache`)]);
    const metrics = new CacheMetrics(registry);
    let lastLogged = -Infinity;
    const redis = resolved.some(([, s]) => s.redis) ? await Promise.all(/* import() */[__webpack_require__.e(488), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 90107)) : undefined;
    const connections = redis &&
        new redis.RedisConnections((err) => {
            const now = Date.now();
            if (now - lastLogged < REDIS_LOG_INTERVAL_MS)
                return;
            lastLogged = now;
            log.write({ event: 'cache-error', error: err.message });
        });
    for (const [model, s] of resolved) {
        const store = s.redis && redis && connections
            ? new redis.RedisAnswerStore(model, s.redis, s.ttlMs, s.timeoutMs, connections, (operation) => metrics.errors.inc({ model, operation }))
            : new LocalAnswerStore(model, s.maxBytes, s.ttlMs, metrics);
        if (s.redis)
            for (const operation of ['get', 'set', 'drop'])
                metrics.errors.inc({ model, operation }, 0);
        caches.set(model, new PredictionCache(model, store, metrics));
        log.write({ event: 'cache', model, store: s.redis ? redact(s.redis) : 'memory', ...(s.maxBytes ? { maxBytes: s.maxBytes } : {}), ttlMs: s.ttlMs });
    }
    return caches;
}

// EXTERNAL MODULE: ./src/generated/version.ts
var generated_version = __webpack_require__(64377);
;// CONCATENATED MODULE: ./src/serve/monitor-routes.ts
/**
 * The monitoring routes of the server: `GET /v2/models/{m}/versions/{v}/profile` (the live profile, and
 * its drift against the reference when there is one) and `POST /v2/models/{m}/feedback` (ground truth for
 * logged predictions). docs/monitor.md documents both shapes.
 */
const PROFILE_PATH = /^\/v2\/models\/([^/]+)\/versions\/([^/]+)\/profile$/;
const FEEDBACK_PATH = /^\/v2\/models\/([^/]+)\/feedback$/;
/** Items in one feedback request. */
const MAX_ITEMS = 10_000;
const MAX_BODY = 8 * 2 ** 20;
/** Answers a monitoring route, or returns undefined when the path is not one. */
async function monitorRoute(monitor, catalog, req, pathname) {
    const profileMatch = PROFILE_PATH.exec(pathname);
    const feedbackMatch = profileMatch ? null : FEEDBACK_PATH.exec(pathname);
    if (!profileMatch && !feedbackMatch)
        return undefined;
    const model = decode((profileMatch ?? feedbackMatch)[1]);
    if (model === undefined)
        return { status: 400, body: { error: 'malformed model name in the path' } };
    const host = catalog.models.get(model);
    if (!host)
        return { status: 404, body: { error: `no model "${model}" in this repository; served: ${[...catalog.models.keys()].join(', ') || 'none'}` } };
    if (profileMatch) {
        if (req.method !== 'GET')
            return { status: 405, body: { error: 'the profile is GET' }, model };
        const version = decode(profileMatch[2]);
        if (version === undefined)
            return { status: 400, body: { error: 'malformed version in the path' }, model };
        if (!host.state?.versions.has(version))
            return { status: 404, body: { error: `version "${version}" of model "${model}" is not served; served: ${[...(host.state?.versions.keys() ?? [])].join(', ') || 'none'}` }, model };
        const live = await monitor.profile(model, version);
        const reference = await monitor.referenceStatus(model, version);
        const drift = await monitor.drift(model, version);
        return {
            status: 200,
            model,
            version,
            body: {
                model,
                version,
                rows: live?.rows ?? 0,
                profile: live?.toJSON() ?? null,
                reference: reference.profile ? { rows: reference.profile.rows } : { problem: reference.problem },
                drift: drift?.report ?? null,
            },
        };
    }
    if (req.method !== 'POST')
        return { status: 405, body: { error: 'feedback is POST' }, model };
    let body;
    try {
        const raw = await readBody(req);
        body = JSON.parse(raw.toString('utf8'));
    }
    catch (err) {
        const status = err.status ?? 400;
        return { status, body: { error: status === 413 ? `the feedback body is ${err.message}` : `the feedback body is not valid JSON: ${err.message}` }, model };
    }
    const items = Array.isArray(body) ? body : [body];
    if (items.length > MAX_ITEMS)
        return { status: 413, body: { error: `${items.length} feedback items in one request; at most ${MAX_ITEMS}` }, model };
    const problems = items.map((item, i) => checkItem(item, Array.isArray(body) ? `item ${i}` : 'the body'));
    const firstProblem = problems.find((p) => p !== undefined);
    if (firstProblem)
        return { status: 400, body: { error: firstProblem, expected: '{"id": "<request id>", "label": <class>} or {"id": ..., "value": <number>}, or an array of them' }, model };
    const results = items.map((item) => ({ id: item.id, ...monitor.feedback.record(model, item) }));
    const count = (r) => results.filter((x) => x.result === r).length;
    return { status: 200, model, body: { joined: count('joined'), unknown: count('unknown'), invalid: count('invalid'), results } };
}
function decode(raw) {
    try {
        return decodeURIComponent(raw);
    }
    catch {
        return undefined;
    }
}
function checkItem(item, where) {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
        return `${where}: expected an object`;
    const { id, label, value } = item;
    if (typeof id !== 'string' || id === '')
        return `${where}: "id" must be the non-empty id of an inference request`;
    if ((label === undefined) === (value === undefined))
        return `${where} (id "${id}"): give exactly one of "label" (a class) or "value" (a number)`;
    const scalar = (x) => (typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)));
    if (label !== undefined && !(scalar(label) || (Array.isArray(label) && label.length > 0 && label.every(scalar))))
        return `${where} (id "${id}"): "label" must be a string or number, or an array of them (one per row)`;
    const finite = (x) => typeof x === 'number' && Number.isFinite(x);
    if (value !== undefined && !(finite(value) || (Array.isArray(value) && value.length > 0 && value.every(finite))))
        return `${where} (id "${id}"): "value" must be a finite number, or an array of them (one per row)`;
    return undefined;
}
function readBody(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size > MAX_BODY) {
                reject(Object.assign(new Error(`over ${MAX_BODY} bytes`), { status: 413 }));
                req.removeAllListeners('data');
                req.resume();
                return;
            }
            chunks.push(c);
        });
        req.on('end', () => resolve(Buffer.concat(chunks, size)));
        req.on('error', reject);
    });
}

;// CONCATENATED MODULE: ./src/serve/protocol.ts
/**
 * Open Inference Protocol v2 JSON tensors ↔ typed arrays, validated against the model's signature. Pure: no
 * onnxruntime here, so every rule is testable without a model and a bad request never reaches the runtime.
 */
/** OIP datatype by onnxruntime element type. */
const OIP_DATATYPE = {
    bool: 'BOOL', uint8: 'UINT8', uint16: 'UINT16', uint32: 'UINT32', uint64: 'UINT64', int8: 'INT8', int16: 'INT16',
    int32: 'INT32', int64: 'INT64', float16: 'FP16', float32: 'FP32', float64: 'FP64', string: 'BYTES',
};
const DTYPE_OF = Object.fromEntries(Object.entries(OIP_DATATYPE).map(([k, v]) => [v, k]));
/** Whether an output goes back as binary data. */
function wantsBinary(req, name) {
    const b = req.binaryOutputs;
    return b !== undefined && (b.byName.get(name) ?? b.all);
}
/** A request the client must fix: answered 400 with `{"error": message}`. */
class ProtocolError extends Error {
    status;
    constructor(message, status = 400) {
        super(message);
        this.name = 'ProtocolError';
        this.status = status;
    }
}
function metadataTensor(t) {
    return { name: t.name, datatype: OIP_DATATYPE[t.dtype] ?? t.dtype.toUpperCase(), shape: t.shape.map((d) => (d === null ? -1 : d)) };
}
const protocol_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * A client's value, shortened for an error message, without walking into it: JSON.stringify recurses, and a
 * value nested thousands of levels deep (JSON.parse takes it) would overflow the stack and become a 500.
 */
function preview(value) {
    if (Array.isArray(value))
        return value.length === 0 ? '[]' : `a list of ${value.length}`;
    if (protocol_isObj(value))
        return 'an object';
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
/** Flattens row-major nested arrays without recursion (a hostile 100k-deep nesting must not overflow the stack). */
function flatten(data, expected, what) {
    if (!data.some(Array.isArray))
        return data;
    const out = [];
    const stack = [{ a: data, i: 0 }];
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.i >= top.a.length) {
            stack.pop();
            continue;
        }
        const v = top.a[top.i++];
        if (Array.isArray(v)) {
            if (stack.length > 64)
                throw new ProtocolError(`${what}: "data" is nested deeper than 64 levels`);
            stack.push({ a: v, i: 0 });
        }
        else {
            out.push(v);
            if (out.length > expected)
                break;
        }
    }
    return out;
}
const INT_RANGE = {
    int8: [-128, 127], uint8: [0, 255], int16: [-32768, 32767], uint16: [0, 65535], int32: [-2147483648, 2147483647], uint32: [0, 4294967295],
};
function typed(dtype, values, what) {
    const bad = (i, expected) => {
        throw new ProtocolError(`${what}: data[${i}] is ${preview(values[i])}, expected ${expected}`);
    };
    switch (dtype) {
        case 'float32':
        case 'float64': {
            const out = dtype === 'float32' ? new Float32Array(values.length) : new Float64Array(values.length);
            for (let i = 0; i < values.length; i++) {
                const v = values[i];
                if (typeof v !== 'number')
                    bad(i, 'a number');
                out[i] = v;
            }
            return out;
        }
        case 'int8':
        case 'uint8':
        case 'int16':
        case 'uint16':
        case 'int32':
        case 'uint32': {
            const [lo, hi] = INT_RANGE[dtype];
            const Ctor = { int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array, int32: Int32Array, uint32: Uint32Array }[dtype];
            const out = new Ctor(values.length);
            for (let i = 0; i < values.length; i++) {
                const v = values[i];
                if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi)
                    bad(i, `an integer in [${lo}, ${hi}]`);
                out[i] = v;
            }
            return out;
        }
        case 'int64':
        case 'uint64': {
            const out = dtype === 'int64' ? new BigInt64Array(values.length) : new BigUint64Array(values.length);
            for (let i = 0; i < values.length; i++) {
                const v = values[i];
                // Integers beyond 2^53 cannot travel exactly as JSON numbers; a decimal string carries them exactly.
                if (typeof v === 'number' && Number.isSafeInteger(v) && (dtype === 'int64' || v >= 0))
                    out[i] = BigInt(v);
                else if (typeof v === 'string' && /^-?\d{1,20}$/.test(v)) {
                    const b = BigInt(v);
                    if (dtype === 'int64' ? b < -(2n ** 63n) || b >= 2n ** 63n : b < 0n || b >= 2n ** 64n)
                        bad(i, `an ${dtype}`);
                    out[i] = b;
                }
                else
                    bad(i, dtype === 'int64' ? 'an integer' : 'a non-negative integer');
            }
            return out;
        }
        case 'bool': {
            const out = new Array(values.length);
            for (let i = 0; i < values.length; i++) {
                if (typeof values[i] !== 'boolean')
                    bad(i, 'true or false');
                out[i] = values[i];
            }
            return out;
        }
        case 'string': {
            const out = new Array(values.length);
            for (let i = 0; i < values.length; i++) {
                if (typeof values[i] !== 'string')
                    bad(i, 'a string');
                out[i] = values[i];
            }
            return out;
        }
        default:
            throw new ProtocolError(`${what}: datatype ${OIP_DATATYPE[dtype] ?? dtype} cannot be sent as JSON by this server`);
    }
}
const MAX_ELEMENTS = 1 << 28;
/** Bytes per element of each fixed-size type in the binary tensor data extension. */
const ELEMENT_BYTES = {
    bool: 1, uint8: 1, int8: 1, uint16: 2, int16: 2, float16: 2, uint32: 4, int32: 4, float32: 4, uint64: 8, int64: 8, float64: 8,
};
const TYPED_CTOR = {
    bool: Uint8Array, uint8: Uint8Array, int8: Int8Array, uint16: Uint16Array, int16: Int16Array, float16: Uint16Array, uint32: Uint32Array,
    int32: Int32Array, float32: Float32Array, uint64: BigUint64Array, int64: BigInt64Array, float64: Float64Array,
};
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Reverses the bytes of each element in place: the wire is little-endian, whatever the host. */
function swapBytes(bytes, size) {
    for (let i = 0; i + size <= bytes.length; i += size)
        bytes.subarray(i, i + size).reverse();
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** One input's binary data (little-endian, row-major; BOOL one byte 0/1; BYTES 4-byte length + bytes). */
function binaryTensor(dtype, bytes, count, shapeText, what) {
    const size = ELEMENT_BYTES[dtype];
    if (size !== undefined) {
        if (bytes.length !== count * size) {
            throw new ProtocolError(`${what}: "binary_data_size" is ${bytes.length} bytes, but shape ${shapeText} of ${OIP_DATATYPE[dtype]} needs ${count * size} (${count} × ${size})`);
        }
        // Copied into a fresh, aligned buffer: the body's offsets need not be multiples of the element size.
        const out = new TYPED_CTOR[dtype](count);
        const view = new Uint8Array(out.buffer, 0, bytes.length);
        view.set(bytes);
        if (!LITTLE_ENDIAN && size > 1)
            swapBytes(view, size);
        if (dtype === 'bool') {
            for (let i = 0; i < view.length; i++)
                if (view[i] > 1)
                    throw new ProtocolError(`${what}: binary BOOL element ${i} is ${view[i]}, expected 0 or 1`);
        }
        return out;
    }
    if (dtype === 'string') {
        const out = new Array(count);
        const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        let at = 0;
        for (let i = 0; i < count; i++) {
            if (at + 4 > bytes.length)
                throw new ProtocolError(`${what}: binary BYTES data ends before element ${i} of ${count} (each element is a 4-byte length, then the bytes)`);
            const n = dv.getUint32(at, true);
            at += 4;
            if (at + n > bytes.length)
                throw new ProtocolError(`${what}: binary BYTES element ${i} says ${n} bytes, but only ${bytes.length - at} remain`);
            try {
                out[i] = utf8.decode(bytes.subarray(at, at + n));
            }
            catch {
                throw new ProtocolError(`${what}: binary BYTES element ${i} is not valid UTF-8 (this server passes BYTES to the model as strings)`);
            }
            at += n;
        }
        if (at !== bytes.length)
            throw new ProtocolError(`${what}: "binary_data_size" is ${bytes.length} bytes, but its ${count} BYTES elements take ${at}`);
        return out;
    }
    throw new ProtocolError(`${what}: datatype ${OIP_DATATYPE[dtype] ?? dtype} cannot be sent by this server`);
}
/**
 * Validates an inference request body against the model's inputs and outputs: every required input present
 * once, datatype as declared, shape of the declared rank with fixed dims equal, as many values as the shape
 * holds, each of the right kind. Every error names the input and what was expected.
 *
 * `binary` is what follows the JSON header when the request used the binary tensor data extension
 * (`Inference-Header-Content-Length`): inputs with `parameters.binary_data_size` take their bytes from it,
 * in the order they are listed, and together they must use it exactly.
 */
function decodeInferRequest(body, inputs, outputs, binary) {
    if (!protocol_isObj(body))
        throw new ProtocolError('the request body must be a JSON object {"inputs": [...]}');
    let id;
    if (body.id !== undefined) {
        if (typeof body.id !== 'string')
            throw new ProtocolError(`"id" must be a string, got ${preview(body.id)}`);
        id = body.id;
    }
    if (!Array.isArray(body.inputs) || body.inputs.length === 0)
        throw new ProtocolError(`"inputs" must be a non-empty list; this model takes ${inputs.map((i) => `"${i.name}"`).join(', ')}`);
    let binaryAt = 0;
    const seen = new Map();
    const list = body.inputs;
    for (let index = 0; index < list.length; index++) {
        const raw = list[index];
        if (!protocol_isObj(raw))
            throw new ProtocolError(`inputs[${index}] must be an object {name, shape, datatype, data}`);
        const name = raw.name;
        if (typeof name !== 'string')
            throw new ProtocolError(`inputs[${index}].name must be a string`);
        let meta;
        for (const m of inputs)
            if (m.name === name)
                meta = m;
        if (!meta)
            throw new ProtocolError(`unknown input "${name}"; this model takes ${inputs.map((i) => `"${i.name}"`).join(', ')}`);
        if (seen.has(name))
            throw new ProtocolError(`input "${name}" is given twice`);
        const what = `input "${name}"`;
        const expectedType = OIP_DATATYPE[meta.dtype] ?? meta.dtype;
        if (raw.datatype !== expectedType)
            throw new ProtocolError(`${what}: datatype must be ${expectedType}, got ${preview(raw.datatype)}`);
        const shape = raw.shape;
        const expectedShape = () => JSON.stringify(meta.shape.map((d) => (d === null ? -1 : d)));
        if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0))
            throw new ProtocolError(`${what}: shape must be a list of non-negative integers like ${expectedShape()}`);
        if (shape.length !== meta.shape.length)
            throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} has rank ${shape.length}, expected rank ${meta.shape.length} ${expectedShape()}`);
        let count = 1;
        for (let i = 0; i < shape.length; i++) {
            const d = meta.shape[i];
            if (d !== null && shape[i] !== d)
                throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} does not match ${expectedShape()} (dimension ${i} must be ${d})`);
            count *= shape[i];
        }
        if (count > MAX_ELEMENTS)
            throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} holds ${count} elements, more than ${MAX_ELEMENTS}`);
        const params = raw.parameters;
        if (params !== undefined && !protocol_isObj(params))
            throw new ProtocolError(`${what}: "parameters" must be an object`);
        const binarySize = params?.binary_data_size;
        let data;
        if (binarySize !== undefined) {
            if (!Number.isSafeInteger(binarySize) || binarySize < 0)
                throw new ProtocolError(`${what}: "binary_data_size" must be a non-negative integer, got ${preview(binarySize)}`);
            if (!binary)
                throw new ProtocolError(`${what}: "binary_data_size" is given but the request has no binary data: send the JSON length in the Inference-Header-Content-Length header and the tensor bytes after the JSON`);
            if (raw.data !== undefined)
                throw new ProtocolError(`${what}: give either "data" or "parameters.binary_data_size", not both`);
            const size = binarySize;
            if (binaryAt + size > binary.length)
                throw new ProtocolError(`${what}: "binary_data_size" is ${size} bytes, but only ${binary.length - binaryAt} bytes of binary data remain after the JSON header`);
            data = binaryTensor(meta.dtype, binary.subarray(binaryAt, binaryAt + size), count, JSON.stringify(shape), what);
            binaryAt += size;
        }
        else {
            if (!Array.isArray(raw.data))
                throw new ProtocolError(`${what}: "data" must be a list (flat or nested, row-major)`);
            const flat = flatten(raw.data, count, what);
            if (flat.length !== count)
                throw new ProtocolError(`${what}: shape ${JSON.stringify(shape)} holds ${count} values, but "data" has ${flat.length}${flat.length > count ? ' or more' : ''}`);
            data = typed(meta.dtype, flat, what);
        }
        seen.set(name, { name, dtype: meta.dtype, dims: shape, data });
    }
    if (binary && binaryAt !== binary.length) {
        throw new ProtocolError(`the request has ${binary.length} bytes of binary data after the JSON header, but the inputs' "binary_data_size" add up to ${binaryAt}`);
    }
    if (seen.size !== inputs.length) {
        const missing = inputs.filter((i) => !seen.has(i.name));
        throw new ProtocolError(`missing input ${missing.map((m) => `"${m.name}" (${OIP_DATATYPE[m.dtype] ?? m.dtype} ${JSON.stringify(m.shape.map((d) => d ?? -1))})`).join(', ')}`);
    }
    let binaryOutputs;
    const byName = new Map();
    let all = false;
    if (body.parameters !== undefined) {
        if (!protocol_isObj(body.parameters))
            throw new ProtocolError('"parameters" must be an object');
        const b = body.parameters.binary_data_output;
        if (b !== undefined && typeof b !== 'boolean')
            throw new ProtocolError(`"parameters.binary_data_output" must be true or false, got ${preview(b)}`);
        all = b === true;
    }
    let wanted;
    if (body.outputs !== undefined) {
        if (!Array.isArray(body.outputs))
            throw new ProtocolError('"outputs" must be a list of {name}');
        const known = new Set(outputs.map((o) => o.name));
        wanted = body.outputs.map((o, i) => {
            if (!protocol_isObj(o) || typeof o.name !== 'string')
                throw new ProtocolError(`outputs[${i}] must be {"name": "<output>"}`);
            if (!known.has(o.name))
                throw new ProtocolError(`unknown output "${o.name}"; this model gives ${outputs.map((x) => `"${x.name}"`).join(', ')}`);
            if (o.parameters !== undefined) {
                if (!protocol_isObj(o.parameters))
                    throw new ProtocolError(`outputs[${i}].parameters must be an object`);
                const b = o.parameters.binary_data;
                if (b !== undefined && typeof b !== 'boolean')
                    throw new ProtocolError(`outputs[${i}].parameters.binary_data must be true or false, got ${preview(b)}`);
                if (b !== undefined)
                    byName.set(o.name, b);
            }
            return o.name;
        });
    }
    if (all || byName.size > 0)
        binaryOutputs = { all, byName };
    const decoded = { id, inputs: inputs.map((i) => seen.get(i.name)), outputs: wanted };
    if (binaryOutputs)
        decoded.binaryOutputs = binaryOutputs;
    return decoded;
}
/** IEEE 754 half-precision bits to a number (onnxruntime hands float16 tensors over as raw bits). */
function halfToNumber(h) {
    const exp = (h >> 10) & 0x1f;
    const frac = h & 0x3ff;
    const sign = h & 0x8000 ? -1 : 1;
    if (exp === 0)
        return sign * frac * 2 ** -24;
    if (exp === 31)
        return frac ? NaN : sign * Infinity;
    return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}
/** A JSON list of numbers; NaN and ±Infinity (which JSON cannot carry) go out as null. */
function numbersJson(d) {
    for (let i = 0; i < d.length; i++) {
        if (!Number.isFinite(d[i])) {
            let text = '[';
            for (let k = 0; k < d.length; k++)
                text += (k ? ',' : '') + (Number.isFinite(d[k]) ? String(d[k]) : 'null');
            return `${text}]`;
        }
    }
    // Number → text is the same in join and JSON.stringify for finite values; join avoids an array per output.
    return `[${Array.prototype.join.call(d, ',')}]`;
}
/** JSON data of one output, without intermediate arrays. 64-bit integers beyond 2^53 go out as decimal strings. */
function dataJson(t) {
    const d = t.data;
    if (t.dtype === 'bool') {
        let text = '[';
        for (let i = 0; i < d.length; i++)
            text += (i ? ',' : '') + (d[i] ? 'true' : 'false');
        return `${text}]`;
    }
    if (t.dtype === 'float16' && d instanceof Uint16Array)
        return numbersJson(Array.from(d, halfToNumber));
    if (d instanceof BigInt64Array || d instanceof BigUint64Array) {
        let safe = true;
        for (let i = 0; i < d.length && safe; i++)
            safe = d[i] <= 9007199254740991n && d[i] >= -9007199254740991n;
        if (safe)
            return `[${Array.prototype.join.call(d, ',')}]`;
        let text = '[';
        for (let i = 0; i < d.length; i++)
            text += (i ? ',' : '') + (d[i] <= 9007199254740991n && d[i] >= -9007199254740991n ? d[i].toString() : `"${d[i].toString()}"`);
        return `${text}]`;
    }
    if (ArrayBuffer.isView(d))
        return numbersJson(d);
    return JSON.stringify(Array.from(d));
}
function datatypeOf(t) {
    return OIP_DATATYPE[t.dtype] ?? t.dtype.toUpperCase();
}
function responseStart(model, version, id) {
    return `{"model_name":${JSON.stringify(model)},"model_version":${JSON.stringify(version)}${id !== undefined ? `,"id":${JSON.stringify(id)}` : ''},"outputs":[`;
}
/** The JSON response (every output as JSON data). */
function encodeInferResponse(model, version, id, outputs) {
    let text = responseStart(model, version, id);
    for (let i = 0; i < outputs.length; i++) {
        const t = outputs[i];
        text += `${i ? ',' : ''}{"name":${JSON.stringify(t.name)},"datatype":"${datatypeOf(t)}","shape":[${t.dims.join(',')}],"data":${dataJson(t)}}`;
    }
    return `${text}]}`;
}
/** The little-endian bytes of one output (views when the host is little-endian). */
function outputBytes(t) {
    const d = t.data;
    if (t.dtype === 'string') {
        const parts = Array.from(d, (s) => Buffer.from(String(s), 'utf8'));
        const out = Buffer.allocUnsafe(parts.reduce((n, p) => n + 4 + p.length, 0));
        let at = 0;
        for (const p of parts) {
            out.writeUInt32LE(p.length, at);
            p.copy(out, at + 4);
            at += 4 + p.length;
        }
        return out;
    }
    if (Array.isArray(d))
        return Uint8Array.from(d, (v) => (v ? 1 : 0));
    const view = d;
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    const size = ELEMENT_BYTES[t.dtype] ?? 1;
    if (LITTLE_ENDIAN || size === 1)
        return bytes;
    const copy = Uint8Array.from(bytes);
    swapBytes(copy, size);
    return copy;
}
/**
 * The response when some outputs go back as binary data: the JSON header (those outputs carry
 * `parameters.binary_data_size` and no `data`), then their bytes in the order they are listed. The caller
 * sends `Inference-Header-Content-Length: headerLength`.
 */
function encodeBinaryResponse(model, version, id, outputs, binary) {
    let text = responseStart(model, version, id);
    const chunks = [];
    for (let i = 0; i < outputs.length; i++) {
        const t = outputs[i];
        text += `${i ? ',' : ''}{"name":${JSON.stringify(t.name)},"datatype":"${datatypeOf(t)}","shape":[${t.dims.join(',')}]`;
        if (binary(t.name)) {
            const bytes = outputBytes(t);
            chunks.push(bytes);
            text += `,"parameters":{"binary_data_size":${bytes.length}}}`;
        }
        else
            text += `,"data":${dataJson(t)}}`;
    }
    const header = Buffer.from(`${text}]}`, 'utf8');
    return { headerLength: header.length, body: Buffer.concat([header, ...chunks]) };
}

;// CONCATENATED MODULE: ./src/serve/routes.ts






const SERVER_NAME = 'modelship';
class HttpError extends Error {
    status;
    headers;
    constructor(status, message, headers = {}) {
        super(message);
        this.status = status;
        this.headers = headers;
    }
}
function send(res, status, body, headers = {}, contentType = 'application/json') {
    if (res.headersSent)
        return;
    res.writeHead(status, { 'content-type': contentType, 'content-length': typeof body === 'string' ? Buffer.byteLength(body) : body.length, ...headers });
    res.end(body);
}
const sendJson = (res, status, body, headers) => send(res, status, JSON.stringify(body), headers);
/** The binary tensor data extension's header: the length of the JSON part of the body. */
const HEADER_LENGTH = 'inference-header-content-length';
/** Marks an answer of a model with a prediction cache: `hit` (from the cache) or `miss` (from the model). */
const CACHE_HEADER = 'x-modelship-cache';
/** Splits a request body into its JSON header and the binary tensor data after it. */
function splitBody(body, header) {
    if (header === undefined)
        return { json: body };
    const text = Array.isArray(header) ? header.join(', ') : header;
    const n = /^\s*\d{1,15}\s*$/.test(text) ? Number(text) : NaN;
    if (!(n >= 1 && n <= body.length)) {
        throw new ProtocolError(`the Inference-Header-Content-Length header is ${JSON.stringify(text.slice(0, 40))}: expected the byte length of the JSON part of the body, an integer from 1 to ${body.length} (the body length)`);
    }
    return { json: body.subarray(0, n), binary: body.subarray(n) };
}
/** The JSON of an inference request (and its binary part): a body that is not JSON is a protocol error (400). */
function parseInferBody(body, header) {
    const parts = splitBody(body, header);
    try {
        return { parsed: JSON.parse(parts.json.toString('utf8')), parts };
    }
    catch (err) {
        throw new ProtocolError(`the ${parts.binary ? 'JSON header of the request' : 'request body'} is not valid JSON: ${err.message}`);
    }
}
function routes_readBody(req, max) {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max)
        return Promise.reject(new HttpError(413, `request body of ${declared} bytes is over the limit of ${max} bytes`, { connection: 'close' }));
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size > max) {
                reject(new HttpError(413, `request body is over the limit of ${max} bytes`, { connection: 'close' }));
                req.removeAllListeners('data');
                req.resume();
                return;
            }
            chunks.push(c);
        });
        req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
        req.on('error', reject);
    });
}
function safeDecode(raw) {
    try {
        return decodeURIComponent(raw);
    }
    catch {
        return undefined;
    }
}
const MODEL_PATH = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?$/;
/** The request handler: routes a request, answers it, and records it (metrics, access log). It never throws. */
function createRequestHandler(ctx) {
    const { catalog, metrics, limits, log, uniform, shadowUniform, shadowLimit, lifecycle } = ctx;
    let shadowRunning = 0;
    const modelOf = (raw) => {
        let name;
        try {
            name = decodeURIComponent(raw);
        }
        catch {
            throw new HttpError(400, 'malformed model name in the path');
        }
        const host = catalog.models.get(name);
        if (!host)
            throw new HttpError(404, `no model "${name}" in this repository; served: ${[...catalog.models.keys()].join(', ') || 'none'}`);
        return host;
    };
    const versionOf = (host, version) => {
        const v = host.state?.versions.get(version);
        if (!v)
            throw new HttpError(404, `version "${version}" of model "${host.name}" is not served; served: ${[...(host.state?.versions.keys() ?? [])].join(', ') || 'none'}`);
        return v;
    };
    const mirror = (host, primary, decoded) => {
        const shadow = host.state?.routing.shadow;
        if (!shadow || shadow.version === primary || shadowUniform() * 100 >= shadow.percent)
            return;
        const labels = { model: host.name, version: shadow.version };
        const target = host.state?.versions.get(shadow.version);
        const ref = target?.acquire();
        if (!target || !ref)
            return void metrics.shadow.inc({ ...labels, result: 'error' });
        // Bounded so a slow shadow can never take the primary's memory or cores: beyond it the mirror is dropped.
        if (shadowRunning >= shadowLimit) {
            ref();
            return void metrics.shadow.inc({ ...labels, result: 'dropped' });
        }
        shadowRunning++;
        const started = process.hrtime.bigint();
        target
            .run(decoded.inputs)
            .finally(() => metrics.shadowDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9))
            .then(() => metrics.shadow.inc({ ...labels, result: 'ok' }), (err) => {
            metrics.shadow.inc({ ...labels, result: 'error' });
            log.write({ event: 'shadow-error', model: host.name, version: shadow.version, error: err.message });
        })
            .finally(() => {
            shadowRunning--;
            ref();
        });
    };
    const infer = async (req, res, host, explicit, start) => {
        const deadline = Date.now() + limits.timeoutMs;
        // The version label of the answer: set only once a served version is chosen, so that requests naming
        // versions that do not exist are counted under "" and cannot add label values to /metrics.
        let version = '';
        if (req.method !== 'POST')
            throw Object.assign(new HttpError(405, 'inference is POST'), { version });
        const body = await routes_readBody(req, limits.maxBodyBytes);
        let release;
        try {
            release = await host.limiter.acquire(deadline);
        }
        catch (err) {
            if (err instanceof serve_limits/* Overloaded */.yF)
                throw new HttpError(503, err.message, { 'retry-after': '1' });
            if (err instanceof serve_limits/* TimedOut */.GA)
                throw new HttpError(504, err.message);
            throw err;
        }
        let unref;
        try {
            const state = host.state;
            if (!state)
                throw new HttpError(503, `model "${host.name}" has no version ready to serve`, { 'retry-after': '1' });
            const routing = ctx.bandit ? ctx.bandit.routingFor(host.name, state.routing) : state.routing;
            const choice = chooseVersion(routing, { explicit, headers: req.headers }, (v) => state.versions.has(v), uniform);
            if (!choice)
                throw new HttpError(503, `model "${host.name}" has no version ready to serve`, { 'retry-after': '1' });
            const loaded = versionOf(host, choice.version);
            version = choice.version;
            unref = loaded.acquire();
            if (!unref)
                throw new HttpError(503, `version "${version}" is being retired; retry`, { 'retry-after': '0' });
            // The prediction cache: a hit is the bytes this version answered to these exact bytes (cache.ts).
            const cache = ctx.caches?.get(host.name);
            const cacheKey = cache?.serves(state, version) ? cache.key(version, loaded.sha256, req.headers[HEADER_LENGTH], body) : undefined;
            if (cacheKey !== undefined) {
                const hit = await cache.lookup(version, cacheKey);
                if (hit) {
                    const headers = { [CACHE_HEADER]: 'hit', ...(lifecycle.draining ? { connection: 'close' } : {}) };
                    if (hit.headerLength)
                        send(res, 200, hit.body, { [HEADER_LENGTH]: String(hit.headerLength), ...headers }, 'application/octet-stream');
                    else
                        send(res, 200, hit.body, headers);
                    return { version, status: 200, cache: 'hit' };
                }
            }
            const { parsed, parts } = parseInferBody(body, req.headers[HEADER_LENGTH]);
            const decoded = decodeInferRequest(parsed, loaded.inputs, loaded.outputs, parts.binary);
            const running = loaded.run(decoded.inputs, decoded.outputs, deadline);
            let timer;
            const timeout = new Promise((_, reject) => {
                timer = setTimeout(() => reject(new HttpError(504, `inference did not finish within ${limits.timeoutMs} ms`)), Math.max(0, deadline - Date.now()));
            });
            let outputs;
            try {
                outputs = await Promise.race([running, timeout]);
            }
            catch (err) {
                if (err instanceof HttpError) {
                    // The run cannot be cancelled: its slot and its session reference are held until it really ends.
                    const slot = release;
                    const ref = unref;
                    release = () => undefined;
                    unref = undefined;
                    void running.catch(() => undefined).finally(() => {
                        slot();
                        ref();
                    });
                    throw Object.assign(err, { version });
                }
                if (err instanceof serve_limits/* TimedOut */.GA)
                    throw new HttpError(504, `inference did not start within ${limits.timeoutMs} ms`);
                throw new HttpError(500, `inference failed: ${err.message}`);
            }
            finally {
                clearTimeout(timer);
            }
            const close = lifecycle.draining ? { connection: 'close' } : {};
            if (cacheKey !== undefined)
                close[CACHE_HEADER] = 'miss';
            let answer;
            if (decoded.binaryOutputs && outputs.some((o) => wantsBinary(decoded, o.name))) {
                answer = encodeBinaryResponse(host.name, version, decoded.id, outputs, (name) => wantsBinary(decoded, name));
                send(res, 200, answer.body, { [HEADER_LENGTH]: String(answer.headerLength), ...close }, 'application/octet-stream');
            }
            else
                send(res, 200, (answer = { headerLength: 0, body: encodeInferResponse(host.name, version, decoded.id, outputs) }).body, close);
            // Stored only while the version still gets traffic: a retired version's entries must not come back.
            if (cacheKey !== undefined && host.state && cache?.serves(host.state, version) && host.state.versions.get(version) === loaded) {
                cache.store(version, cacheKey, { headerLength: answer.headerLength, body: typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body });
            }
            ctx.monitor?.observe(host.name, version, decoded.id, decoded.inputs, outputs);
            mirror(host, version, decoded);
            return { version, status: 200, ...(cacheKey !== undefined ? { cache: 'miss' } : {}) };
        }
        catch (err) {
            throw Object.assign(err, { version });
        }
        finally {
            unref?.();
            release();
            void start;
        }
    };
    /** A graph's metadata, readiness and inference: the same protocol as a model, its members resolved per request. */
    const graphRoute = async (req, res, graphs, name, route) => {
        try {
            if (route === '/ready') {
                const ready = graphs.ready(name);
                sendJson(res, ready ? 200 : 400, { name, ready });
                return { version: '', status: ready ? 200 : 400 };
            }
            if (route === undefined) {
                const m = graphs.metadata(name, req.headers);
                sendJson(res, 200, { name, versions: [m.version], platform: 'modelship_graph', inputs: m.inputs.map(metadataTensor), outputs: m.outputs.map(metadataTensor) });
                return { version: '', status: 200 };
            }
            if (req.method !== 'POST')
                throw new HttpError(405, 'inference is POST');
            const body = await routes_readBody(req, limits.maxBodyBytes);
            const { parsed, parts } = parseInferBody(body, req.headers[HEADER_LENGTH]);
            const deadline = Date.now() + limits.timeoutMs;
            let timer;
            const timeout = new Promise((_, reject) => {
                timer = setTimeout(() => reject(new HttpError(504, `inference did not finish within ${limits.timeoutMs} ms`)), Math.max(0, deadline - Date.now()));
            });
            // A member run cannot be cancelled: it keeps its slot and session reference until it really ends.
            const running = graphs.infer(name, req.headers, (inputs, outputs) => decodeInferRequest(parsed, inputs, outputs, parts.binary), deadline);
            running.catch(() => undefined); // its failure after a timeout was answered has no one left to hear it
            const answer = await Promise.race([running, timeout]).finally(() => clearTimeout(timer));
            const { decoded, outputs, version } = answer;
            const close = lifecycle.draining ? { connection: 'close' } : {};
            if (decoded.binaryOutputs && outputs.some((o) => wantsBinary(decoded, o.name))) {
                const r = encodeBinaryResponse(name, version, decoded.id, outputs, (n) => wantsBinary(decoded, n));
                send(res, 200, r.body, { [HEADER_LENGTH]: String(r.headerLength), ...close }, 'application/octet-stream');
            }
            else
                send(res, 200, encodeInferResponse(name, version, decoded.id, outputs), close);
            return { version, status: 200 };
        }
        catch (err) {
            if (err instanceof GraphUnavailable)
                throw new HttpError(503, err.message, { 'retry-after': '1' });
            if (err instanceof GraphFailed)
                throw new HttpError(500, err.message);
            if (err instanceof serve_limits/* TimedOut */.GA)
                throw new HttpError(504, `inference did not start within ${limits.timeoutMs} ms`);
            if (err instanceof serve_limits/* Overloaded */.yF)
                throw new HttpError(503, err.message, { 'retry-after': '1' });
            if (err instanceof HttpError || err instanceof ProtocolError)
                throw err;
            throw new HttpError(500, `inference failed: ${err.message}`);
        }
    };
    const handle = async (req, res) => {
        const start = process.hrtime.bigint();
        const url = req.url ?? '/';
        const q = url.indexOf('?');
        const pathname = q >= 0 ? url.slice(0, q) : url;
        let model;
        let version;
        let status = 200;
        let isInfer = false;
        let failure;
        let cache;
        try {
            if (pathname === '/v2/health/live')
                return sendJson(res, 200, { live: true });
            if (pathname === '/v2/health/ready')
                return lifecycle.ready && !lifecycle.draining ? sendJson(res, 200, { ready: true }) : sendJson(res, 503, { ready: false });
            if (pathname === '/v2' || pathname === '/v2/')
                return sendJson(res, 200, { name: SERVER_NAME, version: generated_version/* VERSION */.x, extensions: ['binary_tensor_data'] });
            if (pathname === '/metrics') {
                const m = await metrics.exposition();
                return send(res, 200, m.body, {}, m.contentType);
            }
            const watched = ctx.monitor ? await monitorRoute(ctx.monitor, catalog, req, pathname) : undefined;
            if (watched) {
                ({ model, version, status } = watched);
                return sendJson(res, watched.status, watched.body);
            }
            const match = MODEL_PATH.exec(pathname);
            if (!match)
                throw new HttpError(404, `no route for ${req.method} ${pathname}`);
            const graphName = ctx.graphs && match[2] === undefined ? safeDecode(match[1]) : undefined;
            if (graphName !== undefined && ctx.graphs?.has(graphName)) {
                model = graphName;
                isInfer = match[3] === '/infer';
                ({ version, status } = await graphRoute(req, res, ctx.graphs, graphName, match[3]));
                return;
            }
            const host = modelOf(match[1]);
            model = host.name;
            let explicit;
            try {
                explicit = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
            }
            catch {
                throw new HttpError(400, 'malformed version in the path');
            }
            if (match[3] === '/infer') {
                isInfer = true;
                const r = await infer(req, res, host, explicit, start);
                version = r.version;
                status = r.status;
                cache = r.cache;
                return;
            }
            const state = host.state;
            if (match[3] === '/ready') {
                const ok = explicit ? state?.versions.has(explicit) === true : (state?.versions.size ?? 0) > 0;
                return sendJson(res, ok ? 200 : 400, { name: host.name, ...(explicit ? { version: explicit } : {}), ready: ok });
            }
            const shown = explicit ? versionOf(host, explicit) : state ? (state.versions.get(state.routing.stable) ?? [...state.versions.values()][0]) : undefined;
            if (!shown)
                throw new HttpError(503, `model "${host.name}" has no version ready to serve`);
            return sendJson(res, 200, {
                name: host.name,
                versions: [...(state?.versions.keys() ?? [])],
                // The Open Inference Protocol's platform name for ONNX models (as Triton reports it).
                platform: 'onnx_onnxv1',
                inputs: shown.inputs.map(metadataTensor),
                outputs: shown.outputs.map(metadataTensor),
            });
        }
        catch (err) {
            version = err.version ?? version;
            if (err instanceof HttpError || err instanceof ProtocolError) {
                status = err.status;
                if (status >= 500)
                    failure = err.message;
                sendJson(res, status, { error: err.message }, err instanceof HttpError ? err.headers : {});
            }
            else {
                status = 500;
                failure = `internal error: ${err?.message ?? String(err)}`;
                log.write({ event: 'error', path: pathname, error: err?.message ?? String(err) });
                sendJson(res, 500, { error: 'internal error' });
            }
        }
        finally {
            const seconds = Number(process.hrtime.bigint() - start) / 1e9;
            if (isInfer && model !== undefined) {
                const labels = { model, version: version ?? '' };
                metrics.requests.inc({ ...labels, code: String(status) });
                if (status >= 400)
                    metrics.errors.inc({ ...labels, code: String(status) });
                metrics.duration.observe(labels, seconds);
            }
            const access = { event: 'access', method: req.method, path: pathname, status, model, version, ms: Number((seconds * 1000).toFixed(3)) };
            if (failure !== undefined)
                access.error = failure;
            if (cache !== undefined)
                access.cache = cache;
            log.write(access);
        }
    };
    return handle;
}

;// CONCATENATED MODULE: ./src/serve/server.ts














/** Resolves the batching options, each checked. */
function resolveBatch(options = {}) {
    const maxRows = options.maxSize ?? batching/* DEFAULT_BATCH */.JY.maxRows;
    const maxDelayMs = options.maxDelayMs ?? batching/* DEFAULT_BATCH */.JY.maxDelayMs;
    if (!Number.isSafeInteger(maxRows) || maxRows < 1 || maxRows > 65536)
        throw new errors.ModelshipError(`serve batch maxSize must be an integer from 1 to 65536 (1 turns batching off), got ${JSON.stringify(maxRows)}`);
    if (typeof maxDelayMs !== 'number' || !(maxDelayMs >= 0 && maxDelayMs <= 1000))
        throw new errors.ModelshipError(`serve batch maxDelayMs must be a number of milliseconds from 0 to 1000, got ${JSON.stringify(maxDelayMs)}`);
    return { maxRows, maxDelayMs };
}
/** Resolves the inline execution options, each checked; undefined when off. */
function resolveInline(options = {}) {
    if (options === false)
        return undefined;
    const policy = { ...sessions/* DEFAULT_INLINE */._$, ...options };
    if (typeof policy.maxRunMs !== 'number' || !(policy.maxRunMs >= 0 && policy.maxRunMs <= 1000))
        throw new errors.ModelshipError(`serve inline maxRunMs must be a number of milliseconds from 0 to 1000 (0 keeps every model on worker threads), got ${JSON.stringify(policy.maxRunMs)}`);
    if (!Number.isSafeInteger(policy.maxModelBytes) || policy.maxModelBytes < 0)
        throw new errors.ModelshipError(`serve inline maxModelBytes must be a non-negative integer, got ${JSON.stringify(policy.maxModelBytes)}`);
    return policy;
}
/** Starts the embedded Open Inference Protocol v2 server over a local model repository. */
async function startServer(options) {
    const limits = (0,serve_limits/* resolveLimits */.fW)(options.limits);
    const batch = resolveBatch(options.batch);
    const log = options.log ?? access_log.silentLog;
    const metrics = new ServeMetrics();
    const caches = await openCaches(options.cache, metrics.registry, log);
    const catalog = new ModelCatalog({
        root: options.repository,
        limits,
        session: { intraOpThreads: options.threads?.intraOp ?? 1, interOpThreads: options.threads?.interOp ?? 1, workers: options.workers ?? 1, batch, inline: resolveInline(options.inline) },
        pollMs: options.pollMs ?? 500,
        metrics,
        log,
        switched: (model, before, after) => caches.get(model)?.switched(before, after),
        pinned: pinnedVersions(options.graphs ?? {}),
    });
    const uniform = options.seed !== undefined ? seededUniform(options.seed) : Math.random;
    const shadowUniform = options.seed !== undefined ? seededUniform(options.seed + 1) : Math.random;
    const lifecycle = { ready: false, draining: false };
    const monitor = options.monitoring === false ? undefined : new monitoring/* ServeMonitor */.oW(options.repository, metrics.registry, options.monitoring);
    const bandit = new BanditRouter(options.repository, metrics.registry, log, options.bandit);
    if (monitor)
        bandit.listen(monitor.feedback);
    const graphs = options.graphs && Object.keys(options.graphs).length > 0 ? new GraphServer(options.graphs, catalog, options.seed !== undefined ? seededUniform(options.seed + 2) : Math.random, (labels) => metrics.graphMemberRuns.inc(labels)) : undefined;
    const handle = createRequestHandler({ catalog, metrics, limits, log, uniform, shadowUniform, shadowLimit: options.shadowConcurrency ?? limits.concurrency, lifecycle, monitor, caches, graphs, bandit });
    let inFlight = 0;
    let idle;
    const server = external_node_http_default().createServer((req, res) => {
        inFlight++;
        res.on('close', () => {
            inFlight--;
            if (inFlight === 0)
                idle?.();
        });
        void handle(req, res);
    });
    server.keepAliveTimeout = 65_000;
    server.requestTimeout = limits.timeoutMs + 5_000;
    try {
        await catalog.start();
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
                server.off('error', reject);
                resolve();
            });
        });
    }
    catch (err) {
        // A Redis connection left open would keep the process alive.
        await Promise.all([...caches.values()].map((c) => c.close()));
        throw err;
    }
    lifecycle.ready = true;
    const addr = server.address();
    const hostPart = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    log.write({ event: 'listening', url: `http://${hostPart}:${addr.port}`, repository: options.repository, models: [...catalog.models.keys()], ...(graphs ? { graphs: graphs.names() } : {}) });
    let closing;
    return {
        url: `http://${hostPart}:${addr.port}`,
        port: addr.port,
        metrics,
        catalog,
        bandit,
        reload: () => catalog.scan(),
        close() {
            closing ??= (async () => {
                lifecycle.draining = true;
                lifecycle.ready = false;
                const stopped = new Promise((resolve) => server.close(() => resolve()));
                server.closeIdleConnections();
                if (inFlight > 0)
                    await new Promise((resolve) => (idle = resolve));
                server.closeIdleConnections();
                await stopped;
                await catalog.close();
                await Promise.all([...caches.values()].map((c) => c.close()));
                await bandit.close();
                log.write({ event: 'stopped' });
                await log.close();
            })();
            return closing;
        },
    };
}


/***/ })

};
