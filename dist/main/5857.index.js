export const id = 5857;
export const ids = [5857,271];
export const modules = {

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
        super(message, { exitCode: options.kind === 'unavailable' ? _errors_js__WEBPACK_IMPORTED_MODULE_0__.ExitCode.Inconclusive : _errors_js__WEBPACK_IMPORTED_MODULE_0__.ExitCode.Usage, hint: options.hint, cause: options.cause });
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

/***/ 59263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ GRAPH_OPTIMIZATION_LEVELS),
/* harmony export */   s: () => (/* binding */ optimizeGraph)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bench_runners_onnx_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31979);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);



const GRAPH_OPTIMIZATION_LEVELS = ['basic', 'extended', 'all'];
/**
 * onnxruntime's own offline graph optimisation: onnxruntime-node writes the model it would run
 * (optimizedModelFilePath). `basic` (constant folding, redundant node removal) stays portable ONNX;
 * `extended` adds fusions into com.microsoft operators; `all` adds layout changes for this machine's CPU,
 * so onnxruntime advises against shipping it elsewhere (the web check reports what it breaks).
 */
async function optimizeGraph(source, target, level) {
    const ort = await (0,_bench_runners_onnx_js__WEBPACK_IMPORTED_MODULE_1__/* .loadOnnxRuntime */ .aD)();
    try {
        const session = await ort.InferenceSession.create(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(source), { graphOptimizationLevel: level, optimizedModelFilePath: target, intraOpNumThreads: 1, interOpNumThreads: 1 });
        await session.release();
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`onnxruntime cannot optimise ${source} (level ${level}): ${err.message}`);
    }
    const written = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target).catch(() => undefined);
    if (!written?.size)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`onnxruntime wrote no optimised model to ${target}`);
}


/***/ }),

/***/ 85857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VARIANT_KINDS: () => (/* binding */ VARIANT_KINDS),
  runOptimize: () => (/* binding */ runOptimize)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/onnx/onnx-proto.ts
var onnx_proto = __webpack_require__(92855);
// EXTERNAL MODULE: ./src/core/onnx/reader.ts
var reader = __webpack_require__(71988);
// EXTERNAL MODULE: ./src/validate/run.ts
var run = __webpack_require__(80271);
// EXTERNAL MODULE: ./src/core/metrics/csv-parse.ts
var csv_parse = __webpack_require__(23767);
;// CONCATENATED MODULE: ./src/optimize/eval-data.ts



/**
 * Reads a CSV of numeric feature columns and one label column. Labels are class indices, or names mapped
 * to indices by `classes` (the order of the model's output) and, without it, by sorted name.
 */
async function readEvalData(file, label, classes) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new errors.ModelshipError(`cannot read the evaluation data ${file}: ${err.message}`);
    }
    const table = (0,csv_parse/* parseCsv */.W)(text, file);
    const labelAt = table.header.indexOf(label);
    if (labelAt < 0)
        throw new errors.ModelshipError(`${file}:1: no label column "${label}" (columns: ${table.header.join(', ')})`, { hint: 'name the label column with --label' });
    const names = table.rows.map((r) => r.cells[labelAt] ?? '');
    const numeric = names.every((n) => /^\d+$/.test(n));
    const order = classes?.length ? [...classes] : numeric ? [] : [...new Set(names)].sort();
    const width = table.header.length - 1;
    const features = new Float32Array(table.rows.length * width);
    const labels = [];
    table.rows.forEach((row, r) => {
        let k = 0;
        row.cells.forEach((cell, c) => {
            if (c === labelAt)
                return;
            const value = Number(cell);
            if (cell.trim() === '' || !Number.isFinite(value))
                throw new errors.ModelshipError(`${file}:${row.line}: column "${table.header[c]}" is "${cell}", expected a number`);
            features[r * width + k++] = value;
        });
        const name = names[r];
        const index = order.length ? order.indexOf(name) : Number(name);
        if (index < 0)
            throw new errors.ModelshipError(`${file}:${row.line}: label "${name}" is not one of the classes ${order.join(', ')}`);
        labels.push(index);
    });
    if (labels.length === 0)
        throw new errors.ModelshipError(`${file}: no rows to evaluate on`);
    return { file, features, width, rows: labels.length, labels, classes: order };
}

// EXTERNAL MODULE: ./src/bench/aggregate.ts
var aggregate = __webpack_require__(39177);
// EXTERNAL MODULE: ./src/bench/runners/onnx.ts + 1 modules
var onnx = __webpack_require__(31979);
;// CONCATENATED MODULE: ./src/optimize/evaluate.ts




/** Runs a model on all evaluation rows at once (batch = rows) with onnxruntime-node. */
async function runOnEvalData(modelPath, data) {
    const ort = await (0,onnx/* loadOnnxRuntime */.aD)();
    const session = await ort.InferenceSession.create(await (0,promises_.readFile)(modelPath), { graphOptimizationLevel: 'all', intraOpNumThreads: 1, interOpNumThreads: 1 }).catch((err) => {
        throw new errors.ModelshipError(`onnxruntime-node cannot load ${modelPath}: ${err.message}`);
    });
    try {
        const input = session.inputNames[0];
        const results = await session.run({ [input]: new ort.Tensor('float32', data.features, [data.rows, data.width]) }).catch((err) => {
            throw new errors.ModelshipError(`${modelPath}: inference on ${data.file} (${data.rows} x ${data.width}) fails: ${err.message}`, { hint: 'the evaluation data needs one column per model input feature, plus the label' });
        });
        const outputs = {};
        for (const [name, tensor] of Object.entries(results))
            outputs[name] = { type: tensor.type, dims: tensor.dims, data: tensor.data };
        return outputs;
    }
    finally {
        await session.release();
    }
}
/** The predicted class of each row: argmax over the last axis of the first float output. */
function predictedClasses(outputs) {
    const scores = Object.values(outputs).find((o) => o.type === 'float32' || o.type === 'float16');
    if (!scores)
        throw new errors.ModelshipError('the model has no float output to take the predicted class from');
    const classes = Number(scores.dims.at(-1) ?? 1);
    const rows = scores.data.length / classes;
    return Array.from({ length: rows }, (_, r) => {
        let best = 0;
        for (let c = 1; c < classes; c++)
            if (Number(scores.data[r * classes + c]) > Number(scores.data[r * classes + best]))
                best = c;
        return best;
    });
}
function compareOutputs(variant, original, labels) {
    let maxAbsDiff = 0;
    let sum = 0;
    let count = 0;
    for (const [name, base] of Object.entries(original)) {
        const other = variant[name];
        if (!other)
            throw new errors.ModelshipError(`the variant has no output "${name}"`);
        if (other.data.length !== base.data.length)
            throw new errors.ModelshipError(`output "${name}" has ${other.data.length} values, the original ${base.data.length}`);
        if (base.type !== 'float32')
            continue;
        for (let i = 0; i < base.data.length; i++) {
            const d = Math.abs(Number(other.data[i]) - Number(base.data[i]));
            maxAbsDiff = Math.max(maxAbsDiff, Number.isNaN(d) ? Infinity : d);
            sum += d;
            count++;
        }
    }
    const predicted = predictedClasses(variant);
    const reference = predictedClasses(original);
    const share = (hits) => hits / labels.length;
    return {
        accuracy: share(predicted.filter((p, i) => p === labels[i]).length),
        agreement: share(predicted.filter((p, i) => p === reference[i]).length),
        maxAbsDiff,
        meanAbsDiff: count ? sum / count : 0,
    };
}
/**
 * Load time and latency of every model with the benchmark's onnx runner in one run: trials are
 * interleaved (model A, B, C, A, B, C...) so a noisy neighbour hits every model alike.
 */
async function measureSpeed(models, settings, batch = 1) {
    const sessions = [];
    try {
        for (const model of models) {
            const session = await onnx/* onnxRunner */.Qj.open({ model: model.name, modelPath: model.path }, settings);
            sessions.push(session);
            await session.prepare(batch);
        }
        const trials = sessions.map(() => []);
        for (let t = 0; t < settings.trials; t++) {
            for (const [i, session] of sessions.entries())
                trials[i].push(await session.trial({ durationMs: settings.durationMs, iterations: settings.iterations, warmupMs: settings.warmupMs, batch }));
        }
        return sessions.map((session, i) => {
            const figures = (0,aggregate/* aggregateTrials */.v)(trials[i], settings.regression.metric);
            return { loadMs: session.loadMs ?? 0, p50Ms: figures.latency_ms.p50, p99Ms: figures.latency_ms.p99, throughputPerS: figures.throughput_per_s, samples: figures.samples };
        });
    }
    finally {
        for (const session of sessions)
            await session.close();
    }
}

;// CONCATENATED MODULE: ./src/optimize/tensor.ts


/** The float32 values of a tensor stored inline (raw_data or float_data); external data is refused. */
function floatValues(tensor, where) {
    if (tensor.data_location === 1 || tensor.external_data?.length) {
        throw new errors.ModelshipError(`${where}: tensor "${tensor.name}" keeps its data in an external file, which optimize does not rewrite`, { hint: 'inline the weights first (onnx.save with save_as_external_data=False)' });
    }
    const count = (tensor.dims ?? []).reduce((n, d) => n * Number(d), 1);
    if (tensor.raw_data?.length) {
        const raw = tensor.raw_data;
        if (raw.length !== count * 4)
            throw new errors.ModelshipError(`${where}: tensor "${tensor.name}" has ${raw.length} bytes of raw_data, expected ${count * 4} for dims [${tensor.dims}]`);
        const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
        const out = new Float32Array(count);
        for (let i = 0; i < count; i++)
            out[i] = view.getFloat32(i * 4, true);
        return out;
    }
    const values = tensor.float_data ?? [];
    if (values.length !== count)
        throw new errors.ModelshipError(`${where}: tensor "${tensor.name}" has ${values.length} values, expected ${count} for dims [${tensor.dims}]`);
    return Float32Array.from(values);
}
function littleEndianBytes(values) {
    const out = new Uint8Array(values.length * values.BYTES_PER_ELEMENT);
    const view = new DataView(out.buffer);
    values.forEach((value, i) => {
        if (values instanceof Float32Array)
            view.setFloat32(i * 4, value, true);
        else if (values instanceof Uint16Array)
            view.setUint16(i * 2, value, true);
        else
            view.setInt8(i, value);
    });
    return out;
}
/** A new inline tensor message. */
function tensorMessage(name, dims, dataType, values) {
    return { name, dims: [...dims], data_type: dataType, raw_data: littleEndianBytes(values) };
}
const isFloat32 = (tensor) => (tensor.data_type ?? onnx_proto/* OnnxDataType */.gY.UNDEFINED) === onnx_proto/* OnnxDataType */.gY.FLOAT;
const FLOAT16_MAX = 65504;
const scratch = new DataView(new ArrayBuffer(4));
/**
 * IEEE 754 binary16 bits of a float32, rounded to nearest even (as numpy's astype(float16)); subnormals kept,
 * NaN kept as a quiet NaN. Finite values beyond the float16 range become +-inf here: callers clamp first.
 */
function float16Bits(value) {
    scratch.setFloat32(0, value);
    const bits = scratch.getUint32(0);
    const sign = (bits >>> 16) & 0x8000;
    const exponent = (bits >>> 23) & 0xff;
    const mantissa = bits & 0x7fffff;
    if (exponent === 0xff)
        return sign | 0x7c00 | (mantissa ? 0x200 : 0);
    const halfExponent = exponent - 127 + 15;
    if (halfExponent >= 0x1f)
        return sign | 0x7c00;
    if (halfExponent <= 0) {
        if (halfExponent < -10)
            return sign; // below half the smallest subnormal: rounds to zero
        const full = mantissa | 0x800000;
        const shift = 14 - halfExponent;
        let half = full >>> shift;
        const rest = full & ((1 << shift) - 1);
        const halfway = 1 << (shift - 1);
        if (rest > halfway || (rest === halfway && (half & 1)))
            half++;
        return sign | half;
    }
    let half = (halfExponent << 10) | (mantissa >>> 13);
    const rest = mantissa & 0x1fff;
    if (rest > 0x1000 || (rest === 0x1000 && (half & 1)))
        half++; // a carry into the exponent is still right
    return sign | half;
}
function float16Value(bits) {
    const sign = bits & 0x8000 ? -1 : 1;
    const exponent = (bits >>> 10) & 0x1f;
    const mantissa = bits & 0x3ff;
    if (exponent === 0)
        return sign * mantissa * 2 ** -24;
    if (exponent === 0x1f)
        return mantissa ? Number.NaN : sign * Infinity;
    return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}
/** float32 -> float16 bits, clamping finite values to +-65504 (as onnxconverter-common does); counts the clamped. */
function toFloat16(values) {
    const bits = new Uint16Array(values.length);
    let clamped = 0;
    values.forEach((value, i) => {
        let v = value;
        if (Number.isFinite(v) && Math.abs(v) > FLOAT16_MAX) {
            v = Math.sign(v) * FLOAT16_MAX;
            clamped++;
        }
        bits[i] = float16Bits(v);
    });
    return { bits, clamped };
}

;// CONCATENATED MODULE: ./src/optimize/float16.ts


/**
 * Ops left in float32 by the float16 conversion (inputs cast back to float32 before them). The list is
 * onnxconverter-common's default block list (traditional-ML ops, and ops whose float16 kernels are missing
 * or numerically unsafe: TopK, Range, CumSum, NonMaxSuppression, RoiAlign, Resize scales) plus control
 * flow (If, Loop, Scan: their subgraphs are not rewritten) and the reductions/normalisations whose sums
 * overflow or lose precision in float16 (ReduceSumSquare, ReduceLogSumExp), and the random generators
 * (their dtype attribute says float32).
 */
const FLOAT16_BLOCKED_OPS = [
    'ArrayFeatureExtractor', 'Binarizer', 'CastMap', 'CategoryMapper', 'DictVectorizer', 'FeatureVectorizer', 'Imputer',
    'LabelEncoder', 'LinearClassifier', 'LinearRegressor', 'Normalizer', 'OneHotEncoder', 'RandomUniformLike',
    'SVMClassifier', 'SVMRegressor', 'Scaler', 'TreeEnsembleClassifier', 'TreeEnsembleRegressor', 'ZipMap',
    'NonMaxSuppression', 'TopK', 'RoiAlign', 'Resize', 'Range', 'CumSum', 'Min', 'Max', 'Upsample',
    'If', 'Loop', 'Scan', 'ReduceSumSquare', 'ReduceLogSumExp', 'RandomNormal', 'RandomUniform',
];
/** Ops whose outputs are never float whatever their inputs: they do not carry float16 downstream. */
const NON_FLOAT_OUTPUT_OPS = new Set([
    'ArgMax', 'ArgMin', 'Shape', 'Size', 'NonZero', 'Equal', 'Less', 'LessOrEqual', 'Greater', 'GreaterOrEqual',
    'And', 'Or', 'Xor', 'Not', 'IsNaN', 'IsInf',
]);
const ONNX_DOMAINS = new Set(['', 'ai.onnx']);
/**
 * Converts a decoded model to float16 in place, keeping the inputs and outputs float32 (keepIoTypes):
 * a Cast to float16 after each float32 input, a Cast back to float32 before each float32 output. Float
 * tensors are tracked from the inputs and initializers through the nodes in order (ONNX graphs are
 * topologically sorted), so integer paths (shapes, indices, ArgMax) are left alone.
 */
function convertToFloat16(model, options = {}) {
    const graph = model.graph;
    const blocked = new Set([...FLOAT16_BLOCKED_OPS, ...(options.blockOps ?? [])]);
    const nodes = graph.node ?? [];
    const isBlocked = (node) => blocked.has(node.op_type) || !ONNX_DOMAINS.has(node.domain ?? '');
    const report = { convertedInitializers: 0, keptFloat32Initializers: 0, clampedValues: 0, castsInserted: 0, blockedNodes: [] };
    const consumers = new Map();
    for (const node of nodes)
        for (const input of node.input ?? [])
            if (input)
                consumers.set(input, [...(consumers.get(input) ?? []), node]);
    // Tensors that are float16 after the conversion, and float32 ones (kept in float32 on purpose).
    const half = new Set();
    const single = new Set();
    const rename = new Map();
    const fresh = uniqueNames(graph);
    const prologue = [];
    for (const input of graph.input ?? []) {
        if (input.type?.tensor_type?.elem_type !== onnx_proto/* OnnxDataType */.gY.FLOAT)
            continue;
        // Read only by ops kept in float32: no round trip through float16.
        const users = consumers.get(input.name) ?? [];
        if (users.length > 0 && users.every(isBlocked))
            continue;
        const cast = fresh(`${input.name}_fp16`);
        prologue.push(castNode(fresh(`${input.name}_cast_fp16`), input.name, cast, onnx_proto/* OnnxDataType */.gY.FLOAT16));
        rename.set(input.name, cast);
        half.add(cast);
    }
    for (const tensor of graph.initializer ?? []) {
        if (!isFloat32(tensor))
            continue;
        const users = consumers.get(tensor.name) ?? [];
        if (users.length > 0 && users.every(isBlocked)) {
            single.add(tensor.name);
            report.keptFloat32Initializers++;
            continue;
        }
        convertTensor(tensor, report);
        half.add(tensor.name);
        report.convertedInitializers++;
    }
    const rewritten = [...prologue];
    for (const node of nodes) {
        node.input = (node.input ?? []).map((name) => rename.get(name) ?? name);
        if (isBlocked(node)) {
            report.blockedNodes.push(`${node.op_type}${node.name ? ` (${node.name})` : ''}`);
            node.input = node.input.map((name) => {
                if (!half.has(name))
                    return name;
                const cast = fresh(`${name}_fp32`);
                rewritten.push(castNode(fresh(`${name}_cast_fp32`), name, cast, onnx_proto/* OnnxDataType */.gY.FLOAT));
                report.castsInserted++;
                return cast;
            });
            rewritten.push(node);
            for (const output of node.output ?? [])
                single.add(output);
            continue;
        }
        node.input = node.input.map((name) => {
            if (!single.has(name))
                return name;
            const cast = fresh(`${name}_fp16`);
            rewritten.push(castNode(fresh(`${name}_cast_fp16`), name, cast, onnx_proto/* OnnxDataType */.gY.FLOAT16));
            half.add(cast);
            report.castsInserted++;
            return cast;
        });
        let convertedAttribute = false;
        for (const attribute of node.attribute ?? []) {
            if (attribute.t && isFloat32(attribute.t)) {
                convertTensor(attribute.t, report);
                convertedAttribute = true;
            }
            if (node.op_type === 'Cast' && attribute.name === 'to' && Number(attribute.i) === onnx_proto/* OnnxDataType */.gY.FLOAT)
                attribute.i = onnx_proto/* OnnxDataType */.gY.FLOAT16;
        }
        rewritten.push(node);
        // Constant value_float(s): a float32 output the next converted op casts, like a blocked op's.
        if (node.op_type === 'Constant' && node.attribute?.some((a) => a.name === 'value_float' || a.name === 'value_floats')) {
            single.add(node.output[0]);
            continue;
        }
        // A tensor attribute now float16 (Constant, ConstantOfShape) makes a float16 output whatever the inputs.
        const producesFloat = node.op_type === 'Cast'
            ? Number(node.attribute?.find((a) => a.name === 'to')?.i) === onnx_proto/* OnnxDataType */.gY.FLOAT16
            : convertedAttribute || (!NON_FLOAT_OUTPUT_OPS.has(node.op_type) && node.input.some((name) => half.has(name)));
        if (producesFloat) {
            // TopK/MaxPool-like second outputs are indices; only the first output of a multi-output op is float.
            half.add(node.output[0]);
        }
    }
    for (const output of graph.output ?? []) {
        if (output.type?.tensor_type?.elem_type !== onnx_proto/* OnnxDataType */.gY.FLOAT || !half.has(output.name))
            continue;
        const inner = fresh(`${output.name}_fp16`);
        for (const node of rewritten) {
            node.output = (node.output ?? []).map((name) => (name === output.name ? inner : name));
            node.input = (node.input ?? []).map((name) => (name === output.name ? inner : name));
        }
        rewritten.push(castNode(fresh(`${output.name}_cast_fp32`), inner, output.name, onnx_proto/* OnnxDataType */.gY.FLOAT));
        report.castsInserted++;
    }
    report.castsInserted += prologue.length;
    graph.node = rewritten;
    // Intermediate type annotations are stale now; onnxruntime infers them again.
    delete graph.value_info;
    return report;
}
function convertTensor(tensor, report) {
    const { bits, clamped } = toFloat16(floatValues(tensor, 'float16'));
    report.clampedValues += clamped;
    tensor.data_type = onnx_proto/* OnnxDataType */.gY.FLOAT16;
    delete tensor.float_data;
    const raw = new Uint8Array(bits.length * 2);
    const view = new DataView(raw.buffer);
    bits.forEach((b, i) => view.setUint16(i * 2, b, true));
    tensor.raw_data = raw;
}
function castNode(name, input, output, to) {
    return { name, op_type: 'Cast', input: [input], output: [output], attribute: [{ name: 'to', type: onnx_proto/* OnnxAttributeType */.y9.INT, i: to }] };
}
/** A name generator that never collides with a tensor or node name already in the graph. */
function uniqueNames(graph) {
    const taken = new Set();
    for (const list of [graph.input, graph.output, graph.initializer, graph.value_info])
        for (const v of list ?? [])
            taken.add(v.name);
    for (const node of graph.node ?? []) {
        if (node.name)
            taken.add(node.name);
        for (const name of [...(node.input ?? []), ...(node.output ?? [])])
            taken.add(name);
    }
    return (base) => {
        let name = base;
        for (let i = 1; taken.has(name); i++)
            name = `${base}_${i}`;
        taken.add(name);
        return name;
    };
}

// EXTERNAL MODULE: ./src/optimize/graph-optimize.ts
var graph_optimize = __webpack_require__(59263);
;// CONCATENATED MODULE: ./src/optimize/quantize.ts




/** The ops whose weight input (an initializer) is quantized, and which input that is. */
const WEIGHT_INPUT = { MatMul: 1, Gemm: 1, Conv: 1 };
const QUANTIZABLE_OPS = Object.keys(WEIGHT_INPUT);
/**
 * Dynamic int8 weight quantization in QDQ form: each float32 weight initializer of a MatMul/Gemm/Conv is
 * stored as int8 with symmetric scales (zero point 0, range [-127, 127], as onnxruntime's quantizer does for
 * weights) per output channel, and a DequantizeLinear node feeds the op. Activations stay float32; runtimes
 * fuse DequantizeLinear + MatMul into integer kernels where they have them. Rewrites the model in place.
 */
function quantizeWeightsInt8(model, options = {}) {
    const graph = model.graph;
    const ops = new Set(options.ops ?? QUANTIZABLE_OPS);
    for (const op of ops)
        if (!(op in WEIGHT_INPUT))
            throw new errors.ModelshipError(`quantize: op "${op}" cannot be quantized (supported: ${QUANTIZABLE_OPS.join(', ')})`);
    const exclude = new Set(options.exclude ?? []);
    const opset = Number((model.opset_import ?? []).find((o) => (o.domain ?? '') === '' || o.domain === 'ai.onnx')?.version ?? 0);
    if (opset < 10)
        throw new errors.ModelshipError(`quantize: the model imports ONNX opset ${opset || 'none'}; DequantizeLinear needs opset 10 or later`);
    const perChannel = (options.perChannel ?? true) && opset >= 13;
    const initializers = new Map((graph.initializer ?? []).map((t) => [t.name, t]));
    const users = new Map();
    for (const node of graph.node ?? [])
        for (const input of node.input ?? [])
            users.set(input, (users.get(input) ?? 0) + 1);
    const fresh = uniqueNames(graph);
    const report = { weights: [], skipped: [], perChannel };
    const rewritten = [];
    const removed = new Set();
    const added = [];
    for (const node of graph.node ?? []) {
        const label = node.name || `${node.op_type}#${rewritten.length}`;
        const index = WEIGHT_INPUT[node.op_type];
        if (index === undefined || !ops.has(node.op_type) || (node.domain ?? '') !== '') {
            rewritten.push(node);
            continue;
        }
        const skip = (reason) => { report.skipped.push({ node: label, reason }); rewritten.push(node); };
        if (exclude.has(node.name) || exclude.has(node.op_type)) {
            skip('excluded');
            continue;
        }
        const weightName = node.input[index];
        const weight = initializers.get(weightName);
        if (!weight) {
            skip(`weight "${weightName}" is not an initializer`);
            continue;
        }
        if (!isFloat32(weight)) {
            skip(`weight "${weightName}" is not float32`);
            continue;
        }
        if ((users.get(weightName) ?? 0) > 1) {
            skip(`weight "${weightName}" is shared with other nodes`);
            continue;
        }
        const shape = (weight.dims ?? []).map(Number);
        const axis = perChannel ? channelAxis(node, shape) : null;
        if (perChannel && axis === null) {
            skip(`weight "${weightName}" has rank ${shape.length}`);
            continue;
        }
        const values = floatValues(weight, `quantize ${label}`);
        const { quantized, scales, maxAbsError } = quantizeSymmetric(values, shape, axis);
        const qName = fresh(`${weightName}_quantized`);
        const scaleName = fresh(`${weightName}_scale`);
        const zeroName = fresh(`${weightName}_zero_point`);
        const dequantized = fresh(`${weightName}_dequantized`);
        const channels = axis === null ? [] : [shape[axis]];
        added.push(tensorMessage(qName, shape, onnx_proto/* OnnxDataType */.gY.INT8, quantized), tensorMessage(scaleName, channels, onnx_proto/* OnnxDataType */.gY.FLOAT, scales), tensorMessage(zeroName, channels, onnx_proto/* OnnxDataType */.gY.INT8, new Int8Array(scales.length)));
        removed.add(weightName);
        rewritten.push({
            name: fresh(`${weightName}_DequantizeLinear`),
            op_type: 'DequantizeLinear',
            input: [qName, scaleName, zeroName],
            output: [dequantized],
            ...(axis === null ? {} : { attribute: [{ name: 'axis', type: onnx_proto/* OnnxAttributeType */.y9.INT, i: axis }] }),
        });
        node.input = node.input.map((name, i) => (i === index ? dequantized : name));
        rewritten.push(node);
        report.weights.push({ node: label, op: node.op_type, weight: weightName, shape, axis, maxAbsError });
    }
    graph.node = rewritten;
    graph.initializer = [...(graph.initializer ?? []).filter((t) => !removed.has(t.name)), ...added];
    graph.input = (graph.input ?? []).filter((i) => !removed.has(i.name));
    return report;
}
/** The output-channel axis of a weight: Gemm's N (0 with transB, else 1), MatMul's last, Conv's M (0). */
function channelAxis(node, shape) {
    if (node.op_type === 'Conv')
        return shape.length >= 3 ? 0 : null;
    if (node.op_type === 'Gemm') {
        if (shape.length !== 2)
            return null;
        const transB = Number(node.attribute?.find((a) => a.name === 'transB')?.i ?? 0);
        return transB ? 0 : 1;
    }
    return shape.length === 2 ? 1 : null; // a batched MatMul weight (rank > 2) has no single channel axis
}
/**
 * Symmetric int8: scale = max|w| / 127 per channel (1 when the channel is all zeros, as a zero scale is
 * invalid), q = round-half-to-even(w / scale) clipped to [-127, 127] (numpy's rounding, so the bytes match
 * onnxruntime's python quantizer).
 */
function quantizeSymmetric(values, shape, axis) {
    const channels = axis === null ? 1 : shape[axis];
    const inner = axis === null ? values.length : shape.slice(axis + 1).reduce((n, d) => n * d, 1);
    const channelOf = (i) => (axis === null ? 0 : Math.floor(i / inner) % channels);
    const maxAbs = new Float32Array(channels);
    values.forEach((v, i) => { const c = channelOf(i); maxAbs[c] = Math.max(maxAbs[c], Math.abs(v)); });
    const scales = Float32Array.from(maxAbs, (m) => (m === 0 ? 1 : Math.fround(m / 127)));
    const quantized = new Int8Array(values.length);
    let maxAbsError = 0;
    values.forEach((v, i) => {
        const scale = scales[channelOf(i)];
        const q = Math.max(-127, Math.min(127, roundHalfEven(Math.fround(v / scale))));
        quantized[i] = q;
        maxAbsError = Math.max(maxAbsError, Math.abs(v - Math.fround(q * scale)));
    });
    return { quantized, scales, maxAbsError };
}
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/optimize/web-runtime.ts






/** The WebAssembly binary onnxruntime-web loads in Node with one thread (its loader .mjs sits beside it). */
const WEB_WASM_FILES = ['ort-wasm-simd-threaded.wasm', 'ort-wasm-simd-threaded.mjs'];
/**
 * Where the .wasm files are: beside this bundle (scripts/build.mjs copies them into dist/cli), else in the
 * installed onnxruntime-web package.
 */
function wasmDirectory() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(here, WEB_WASM_FILES[0])))
        return here;
    for (const base of [import.meta.url, (0,external_node_url_.pathToFileURL)(`${process.cwd()}/`).href]) {
        try {
            // The package's exports hide package.json; its main file is in dist/ beside the .wasm files.
            const dir = external_node_path_default().dirname((0,external_node_module_.createRequire)(base).resolve('onnxruntime-web'));
            if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, WEB_WASM_FILES[0])))
                return dir;
        }
        catch {
            // not installed from here; try the next base
        }
    }
    throw new errors.ModelshipError(`onnxruntime-web's ${WEB_WASM_FILES[0]} is neither beside ${here} nor in an installed onnxruntime-web`, { hint: 'npm install onnxruntime-web' });
}
let webPromise;
function loadOnnxRuntimeWeb() {
    webPromise ??= __webpack_require__.e(/* import() */ 3601).then(__webpack_require__.bind(__webpack_require__, 73601)).then((m) => {
        const ort = m.default?.InferenceSession ? m.default : m;
        // One thread: no worker threads to start or leak, and the figure of a small device.
        ort.env.wasm.numThreads = 1;
        ort.env.wasm.wasmPaths = `${(0,external_node_url_.pathToFileURL)(wasmDirectory()).href}/`;
        ort.env.logLevel = 'error';
        return ort;
    });
    return webPromise;
}
/**
 * Loads and runs a model in onnxruntime-web (WebAssembly, in this process) on the evaluation rows and
 * compares its outputs with onnxruntime-node's (without rows: loads it only). A model the browser runtime cannot load is a finding of
 * the report, never a crash of the run.
 */
async function checkInWebRuntime(modelPath, data, nodeOutputs) {
    const ort = await loadOnnxRuntimeWeb();
    const version = ort.env.versions?.web;
    let session;
    try {
        session = await ort.InferenceSession.create(new Uint8Array(await (0,promises_.readFile)(modelPath)));
    }
    catch (err) {
        const message = String(err.message ?? err);
        return { runtime: 'onnxruntime-web', version, loads: false, missingOps: missingOperators(message), error: message.split('\n')[0].slice(0, 500) };
    }
    // Without evaluation rows the check is whether it loads: every kernel is resolved at load time.
    if (!data || !nodeOutputs) {
        await session.release();
        return { runtime: 'onnxruntime-web', version, loads: true, missingOps: [] };
    }
    try {
        const results = await session.run({ [session.inputNames[0]]: new ort.Tensor('float32', data.features, [data.rows, data.width]) });
        let maxAbsDiff = 0;
        for (const [name, expected] of Object.entries(nodeOutputs)) {
            const actual = results[name];
            if (!actual)
                throw new Error(`no output "${name}"`);
            if (expected.type !== 'float32')
                continue;
            for (let i = 0; i < expected.data.length; i++)
                maxAbsDiff = Math.max(maxAbsDiff, Math.abs(Number(actual.data[i]) - Number(expected.data[i])) || 0);
        }
        return { runtime: 'onnxruntime-web', version, loads: true, missingOps: [], maxAbsDiff };
    }
    catch (err) {
        const message = String(err.message ?? err);
        return { runtime: 'onnxruntime-web', version, loads: false, missingOps: missingOperators(message), error: message.split('\n')[0].slice(0, 500) };
    }
    finally {
        await session.release();
    }
}
/** onnxruntime's "Could not find an implementation for Op(version) node" and "unsupported op" messages. */
function missingOperators(message) {
    const ops = new Set();
    for (const m of message.matchAll(/Could not find an implementation for (\w+)\(\d+\)/g))
        ops.add(m[1]);
    for (const m of message.matchAll(/(?:Unsupported|unsupported) (?:op|operator)[: ]+['"]?([\w.]+)/g))
        ops.add(m[1]);
    for (const m of message.matchAll(/Fatal error: ([\w.]+):(\w+)\(-?\d+\) is not a registered function\/op/g))
        ops.add(`${m[1]}:${m[2]}`);
    return [...ops];
}

;// CONCATENATED MODULE: ./src/optimize/run.ts













const VARIANT_KINDS = ['graph', 'fp16', 'int8'];
/**
 * Writes each requested variant, validates it, then measures everything side by side in one run:
 * size, load time and latency (benchmark runner, trials interleaved), outputs vs the original and vs the
 * labels on the evaluation data, and onnxruntime-web. Each model gets a metrics.json a gate can judge.
 */
async function runOptimize(request) {
    const log = request.log ?? (() => { });
    const originalBytes = await (0,promises_.readFile)(request.modelPath).catch((err) => {
        throw new errors.ModelshipError(`cannot read the model ${request.modelPath}: ${err.message}`);
    });
    let decoded;
    try {
        decoded = (0,onnx_proto/* decodeModel */.sd)(originalBytes);
    }
    catch (err) {
        throw new errors.ModelshipError(`${request.modelPath} is not a readable ONNX model: ${err.message}`, { exitCode: 1 });
    }
    if (!decoded.graph)
        throw new errors.ModelshipError(`${request.modelPath}: the model has no graph`, { exitCode: 1 });
    await (0,promises_.mkdir)(request.outDir, { recursive: true });
    const written = [];
    for (const kind of request.variants) {
        const dir = external_node_path_default().join(request.outDir, kind);
        await (0,promises_.mkdir)(dir, { recursive: true });
        const target = external_node_path_default().join(dir, 'model.onnx');
        const temp = `${target}.${process.pid}.tmp`;
        log(`writing the ${kind} variant`);
        try {
            let transform;
            if (kind === 'graph') {
                await (0,graph_optimize/* optimizeGraph */.s)(request.modelPath, temp, request.graphLevel);
                transform = { level: request.graphLevel };
            }
            else {
                const model = structuredClone(decoded);
                transform = kind === 'fp16' ? convertToFloat16(model, request.float16) : quantizeWeightsInt8(model, request.int8);
                await (0,promises_.writeFile)(temp, onnx_proto/* ModelProto */.kX.encode(onnx_proto/* ModelProto */.kX.fromObject(model)).finish());
            }
            await (0,promises_.rename)(temp, target);
            written.push({ name: kind, path: target, transform });
        }
        catch (err) {
            await (0,promises_.rm)(temp, { force: true });
            throw err;
        }
    }
    const everyModel = [{ name: 'original', path: request.modelPath }, ...written];
    const validation = await (0,run.runValidation)({ paths: everyModel.map((m) => m.path), cwd: request.outDir });
    const originalSignature = JSON.stringify((0,reader/* signatureOf */.yK)(await (0,reader/* readOnnxModel */.Dk)(request.modelPath)));
    let data;
    const outputs = [];
    if (request.evalData) {
        data = await readEvalData(request.evalData.file, request.evalData.label, request.evalData.classes);
        for (const model of everyModel)
            outputs.push(await runOnEvalData(model.path, data));
    }
    log(`measuring ${everyModel.length} models side by side (${request.bench.trials} interleaved trials each)`);
    const speed = await measureSpeed(everyModel, request.bench);
    const warnings = [];
    const figures = [];
    for (const [i, model] of everyModel.entries()) {
        const bytes = await (0,promises_.readFile)(model.path);
        const artifact = validation.artifacts.find((a) => a.path === model.path) ?? validation.artifacts[i];
        const signatureKept = JSON.stringify((0,reader/* signatureOf */.yK)(await (0,reader/* readOnnxModel */.Dk)(model.path))) === originalSignature;
        const quality = data ? compareOutputs(outputs[i], outputs[0], data.labels) : undefined;
        let web;
        if (request.web) {
            web = await checkInWebRuntime(model.path, data, outputs[i]);
            if (!web.loads)
                warnings.push(`${model.name}: onnxruntime-web ${web.version ?? ''} cannot run it${web.missingOps.length ? ` (missing operators: ${web.missingOps.join(', ')})` : ''}: ${web.error}`);
        }
        const metricsFile = external_node_path_default().join(request.outDir, model.name, 'metrics.json');
        const entry = {
            name: model.name,
            path: model.path,
            sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
            sizeBytes: bytes.length,
            validate: artifact?.verdict ?? 'fail',
            findings: (artifact?.findings ?? []).filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`),
            signatureKept,
            quality,
            speed: speed[i],
            web,
            transform: 'transform' in model ? model.transform : undefined,
            metricsFile,
        };
        await (0,promises_.mkdir)(external_node_path_default().dirname(metricsFile), { recursive: true });
        await (0,promises_.writeFile)(metricsFile, `${JSON.stringify(gateMetrics(entry, figures[0]), null, 2)}\n`);
        figures.push(entry);
    }
    const [original, ...variants] = figures;
    for (const v of variants)
        if (!v.signatureKept)
            warnings.push(`${v.name}: its inputs/outputs differ from the original's`);
    const verdict = variants.every((v) => v.validate === 'pass' && v.signatureKept) ? 'pass' : 'fail';
    const report = { model: request.model, verdict, ...(data ? { evalData: { file: data.file, rows: data.rows } } : {}), original, variants, warnings };
    await (0,promises_.writeFile)(external_node_path_default().join(request.outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    return report;
}
/**
 * The figures a gate judges, flat: `accuracy` (vs the labels), `agreement` and `max_abs_diff` (vs the
 * original), `size_bytes`, `load_ms`, `p50_ms`, `p99_ms`, `web_runs` (1 or 0). The original's file is the
 * baseline of a gate whose candidate is a variant's.
 */
function gateMetrics(model, original) {
    const metrics = {
        size_bytes: model.sizeBytes,
        load_ms: round(model.speed.loadMs),
        p50_ms: round(model.speed.p50Ms),
        p99_ms: round(model.speed.p99Ms),
    };
    if (model.quality)
        Object.assign(metrics, { accuracy: round(model.quality.accuracy), agreement: round(model.quality.agreement), max_abs_diff: model.quality.maxAbsDiff });
    if (model.web)
        metrics.web_runs = model.web.loads ? 1 : 0;
    if (original)
        metrics.size_ratio = round(model.sizeBytes / original.sizeBytes);
    return metrics;
}
const round = (value) => Math.round(value * 1e6) / 1e6;


/***/ }),

/***/ 62066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ resolveValidateSettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_LIMITS, DEFAULT_PICKLE_POLICY, parseSize */
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const GiB = 1024 ** 3;
/** Generous enough for real checkpoints, tight enough that a hostile file cannot exhaust a runner. */
const DEFAULT_LIMITS = {
    maxFileBytes: 1024 * GiB,
    maxArchiveMembers: 10_000,
    maxArchiveDepth: 4,
    maxDecompressedBytes: 32 * GiB,
    maxCompressionRatio: 200,
    maxPickleOpcodes: 50_000_000,
    maxPickleMemo: 1_000_000,
    maxHeaderBytes: 100_000_000,
    timeoutMs: 10 * 60_000,
};
const DEFAULT_PICKLE_POLICY = {
    profiles: ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'],
    allow: [],
    deny: [],
};
const SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?$/;
const UNITS = { B: 1, KB: 1e3, KiB: 1024, MB: 1e6, MiB: 1024 ** 2, GB: 1e9, GiB: GiB, TB: 1e12, TiB: 1024 ** 4 };
/** `4 GiB`, `100MB` or a plain number of bytes. */
function parseSize(value, what) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is ${value}, expected a size >= 0`);
        return Math.floor(value);
    }
    const m = SIZE.exec(value.trim());
    if (!m)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is "${value}", expected a size such as 4GiB, 500MB or a number of bytes`);
    return Math.floor(Number(m[1]) * UNITS[m[2] ?? 'B']);
}
/** Applies defaults to the section; `raw` is already schema-valid when it comes from loadConfig. */
function resolveValidateSettings(raw) {
    const limits = { ...DEFAULT_LIMITS };
    for (const [key, value] of Object.entries(raw?.limits ?? {})) {
        if (value === undefined)
            continue;
        const k = key;
        if (!(k in DEFAULT_LIMITS))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`validate.limits.${key} is not a known limit`);
        // timeoutMs: a number is milliseconds (as the key says), a string is a duration such as `5m`.
        limits[k] = k === 'timeoutMs' ? (typeof value === 'number' ? value : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(value, `validate.limits.${key}`)) : k.endsWith('Bytes') ? parseSize(value, `validate.limits.${key}`) : Number(value);
    }
    return {
        limits,
        pickle: {
            profiles: raw?.pickle?.profiles ?? DEFAULT_PICKLE_POLICY.profiles,
            allow: raw?.pickle?.allow ?? [],
            deny: raw?.pickle?.deny ?? [],
        },
        manifest: raw?.manifest,
        allowCustomOnnxDomains: raw?.allowCustomOnnxDomains ?? [],
        failOnWarning: raw?.failOnWarning ?? false,
        ignore: raw?.ignore ?? [],
    };
}


/***/ }),

/***/ 80271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidation: () => (/* binding */ runValidation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62066);



/** What the CLI and the action call: configuration in, a report out. */
async function runValidation(options) {
    const section = options.loaded?.config.validate;
    const settings = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveValidateSettings */ .UZ)(section);
    if (options.failOnWarning !== undefined)
        settings.failOnWarning = options.failOnWarning;
    const targets = new Map();
    const configured = [];
    if (options.loaded) {
        for (const [name, model] of Object.entries(options.loaded.config.models)) {
            const absolute = options.loaded.resolvePath(model.path, ['models', name, 'path']);
            targets.set(absolute, { format: model.format, signature: model.signature });
            configured.push(absolute);
        }
    }
    let paths = options.paths;
    if (paths.length === 0) {
        if (configured.length === 0) {
            const where = options.loaded ? `${options.loaded.file} configures no models` : 'no modelship.yml here';
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`nothing to validate: no files or folders given, and ${where}`, { hint: 'modelship validate models/model.onnx, or list the models under models: in modelship.yml' });
        }
        paths = configured;
    }
    let manifest = options.manifest;
    if (manifest === undefined && settings.manifest && options.loaded)
        manifest = options.loaded.resolvePath(settings.manifest, ['validate', 'manifest']);
    // The validator loads once there is something to validate: a run refused above starts without it.
    const { validateArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(663), __webpack_require__.e(9607), __webpack_require__.e(2484)]).then(__webpack_require__.bind(__webpack_require__, 32484));
    return validateArtifacts({ paths, cwd: options.cwd, settings, manifest: manifest ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.cwd, manifest) : undefined, targets, progress: options.progress });
}


/***/ })

};
