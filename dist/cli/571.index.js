export const id = 571;
export const ids = [571];
export const modules = {

/***/ 39183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ batchAxis),
/* harmony export */   JY: () => (/* binding */ DEFAULT_BATCH),
/* harmony export */   T0: () => (/* binding */ splitOutputs),
/* harmony export */   UK: () => (/* binding */ sameTensor),
/* harmony export */   W6: () => (/* binding */ probeRows),
/* harmony export */   q5: () => (/* binding */ batchKey),
/* harmony export */   wp: () => (/* binding */ concatInputs)
/* harmony export */ });
/* unused harmony export TYPED_ARRAY */
const DEFAULT_BATCH = { maxRows: 64, maxDelayMs: 0 };
/**
 * A signature can be batched when every input and every output has a free first dimension, all with the
 * same symbolic name where names are given (`batch`, `N`: two different names are two different axes).
 * Whether rows are really independent is checked by running the model (see `probeRows`), not assumed.
 */
function batchAxis(inputs, outputs) {
    if (inputs.length === 0 || outputs.length === 0)
        return { enabled: false, reason: 'the model has no inputs or no outputs' };
    const names = new Set();
    for (const [kind, list] of [['input', inputs], ['output', outputs]]) {
        for (const t of list) {
            if (t.dtype === 'unsupported')
                return { enabled: false, reason: `${kind} "${t.name}" is not a tensor` };
            if (t.shape.length === 0 || t.shape[0] !== null) {
                return { enabled: false, reason: `${kind} "${t.name}" has ${t.shape.length === 0 ? 'no declared first dimension' : `a fixed first dimension (${t.shape[0]})`}` };
            }
            if (t.dim0)
                names.add(t.dim0);
        }
    }
    if (names.size > 1)
        return { enabled: false, reason: `the first dimensions have different names (${[...names].join(', ')})` };
    return { enabled: true };
}
/**
 * The rows of a request and the key of the requests it can share a run with: every input has the same
 * number of rows (at least one) and the same non-batch dims. Undefined when the request must run alone.
 */
function batchKey(inputs) {
    if (inputs.length === 0)
        return undefined;
    const rows = inputs[0].dims[0];
    if (!(rows > 0))
        return undefined;
    let key = '';
    for (let i = 0; i < inputs.length; i++) {
        const dims = inputs[i].dims;
        if (dims.length === 0 || dims[0] !== rows)
            return undefined;
        key += i === 0 ? '' : '|';
        for (let d = 1; d < dims.length; d++)
            key += d === 1 ? String(dims[d]) : `x${dims[d]}`;
    }
    return { rows, key };
}
/** The typed array an element type travels in (bool as bytes 0/1, float16 as its raw bits). */
const TYPED_ARRAY = {
    float32: Float32Array, float64: Float64Array, int8: Int8Array, uint8: Uint8Array, int16: Int16Array, uint16: Uint16Array,
    int32: Int32Array, uint32: Uint32Array, int64: BigInt64Array, uint64: BigUint64Array, float16: Uint16Array, bool: Uint8Array,
};
function concatData(dtype, parts, total) {
    if (dtype === 'string') {
        const out = [];
        for (const p of parts)
            for (const v of p)
                out.push(v);
        return out;
    }
    const Ctor = TYPED_ARRAY[dtype];
    if (!Ctor)
        throw new Error(`cannot batch element type ${dtype}`);
    const out = new Ctor(total);
    let at = 0;
    for (const p of parts) {
        if (Array.isArray(p)) {
            // bool from JSON arrives as booleans; onnxruntime takes the same tensor as bytes 0/1.
            for (let i = 0; i < p.length; i++)
                out[at + i] = p[i] ? 1 : 0;
        }
        else
            out.set(p, at);
        at += p.length;
    }
    return out;
}
/** Joins the inputs of several requests (same key) along the batch axis, in request order. */
function concatInputs(requests, rows) {
    const first = requests[0];
    return first.map((t, i) => {
        let total = 0;
        const parts = requests.map((r) => {
            total += r[i].data.length;
            return r[i].data;
        });
        return { name: t.name, dtype: t.dtype, dims: [rows, ...t.dims.slice(1)], data: concatData(t.dtype, parts, total) };
    });
}
/**
 * Splits the outputs of a batched run back per request (views, not copies). Undefined when an output does
 * not follow the batch axis (its first dimension is not the total rows), so the caller must not batch.
 */
function splitOutputs(outputs, parts, total) {
    const byName = new Map();
    for (const t of outputs) {
        if (t.dims.length === 0 || t.dims[0] !== total)
            return undefined;
        let per = 1;
        for (let d = 1; d < t.dims.length; d++)
            per *= t.dims[d];
        if (t.data.length !== per * total)
            return undefined;
        byName.set(t.name, { t, per });
    }
    let row = 0;
    return parts.map((p) => {
        const start = row;
        row += p.rows;
        return p.names.map((name) => {
            const { t, per } = byName.get(name);
            const d = t.data;
            const data = Array.isArray(d) ? d.slice(start * per, row * per) : d.subarray(start * per, row * per);
            return { name, dtype: t.dtype, dims: [p.rows, ...t.dims.slice(1)], data };
        });
    });
}
function probeData(dtype, n, one) {
    if (dtype === 'string')
        return new Array(n).fill(one ? 'b' : 'a');
    const Ctor = TYPED_ARRAY[dtype];
    if (!Ctor)
        throw new Error(`no probe value for element type ${dtype}`);
    const out = new Ctor(n);
    if (one) {
        if (out instanceof BigInt64Array || out instanceof BigUint64Array)
            out.fill(1n);
        else
            out.fill(dtype === 'float16' ? 0x3c00 : 1);
    }
    return out;
}
/**
 * Two different one-row requests (all zeros, all ones; free dims as 1, fixed ones as declared). The model batches only if
 * running them together gives, bit for bit, what running each alone gives: this catches graphs whose rows
 * interact (a mean over the batch) or whose kernels round differently by batch size.
 */
function probeRows(inputs) {
    const row = (one) => inputs.map((m) => {
        // Free dims as 1 (one row); a fixed first dim as declared (only the inline measurement meets one: the
        // batching probe runs only on a free batch axis).
        const dims = m.shape.map((d) => d ?? 1);
        return { name: m.name, dtype: m.dtype, dims, data: probeData(m.dtype, dims.reduce((a, b) => a * b, 1), one) };
    });
    return [row(false), row(true)];
}
/** Same dims and the same bits (NaN included) in the same element type. */
function sameTensor(a, b) {
    if (a.dtype !== b.dtype || a.dims.length !== b.dims.length || a.dims.some((d, i) => d !== b.dims[i]) || a.data.length !== b.data.length)
        return false;
    const x = a.data;
    const y = b.data;
    if (Array.isArray(x) || Array.isArray(y)) {
        for (let i = 0; i < x.length; i++)
            if (x[i] !== y[i])
                return false;
        return true;
    }
    const bx = new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
    const by = new Uint8Array(y.buffer, y.byteOffset, y.byteLength);
    if (bx.length !== by.length)
        return false;
    for (let i = 0; i < bx.length; i++)
        if (bx[i] !== by[i])
            return false;
    return true;
}


/***/ }),

/***/ 62963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GA: () => (/* binding */ TimedOut),
/* harmony export */   _U: () => (/* binding */ ConcurrencyLimiter),
/* harmony export */   fW: () => (/* binding */ resolveLimits),
/* harmony export */   yF: () => (/* binding */ Overloaded)
/* harmony export */ });
/* unused harmony export DEFAULT_LIMITS */
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const DEFAULT_LIMITS = { maxBodyBytes: 16 * 2 ** 20, concurrency: 8, queue: 256, timeoutMs: 30_000 };
function resolveLimits(partial = {}) {
    const int = (key, min) => {
        const v = partial[key] ?? DEFAULT_LIMITS[key];
        const n = typeof v === 'string' ? Number(v) : v;
        if (!Number.isSafeInteger(n) || n < min)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`serve limit ${key} must be an integer >= ${min}, got ${JSON.stringify(v)}`);
        return n;
    };
    const t = partial.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
    // A number here is milliseconds (CLI and API); strings take units (`30s`).
    const timeoutMs = typeof t === 'number' ? t : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(t, 'serve timeout');
    if (!(timeoutMs > 0))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`serve timeout must be positive, got ${JSON.stringify(t)}`);
    return { maxBodyBytes: int('maxBodyBytes', 1), concurrency: int('concurrency', 1), queue: int('queue', 0), timeoutMs };
}
/** The queue is full: answered 503 with Retry-After. */
class Overloaded extends Error {
    model;
    constructor(model) {
        super(`model "${model}" is at its concurrency limit and its queue is full`);
        this.model = model;
        this.name = 'Overloaded';
    }
}
/** Waited in the queue past the deadline: answered 504. */
class TimedOut extends Error {
    constructor(message) {
        super(message);
        this.name = 'TimedOut';
    }
}
/**
 * A counting semaphore with a bounded FIFO queue. Bounded on both sides so a burst costs a fixed amount of
 * memory: beyond `concurrency + queue` requests are refused at once, never buffered.
 */
class ConcurrencyLimiter {
    model;
    concurrency;
    queue;
    running = 0;
    waiting = [];
    constructor(model, concurrency, queue) {
        this.model = model;
        this.concurrency = concurrency;
        this.queue = queue;
    }
    get active() {
        return this.running;
    }
    get queued() {
        return this.waiting.length;
    }
    /** Resolves with a release function once a slot is free; throws Overloaded or TimedOut. */
    acquire(deadline) {
        if (this.running < this.concurrency) {
            this.running++;
            return Promise.resolve(this.releaser());
        }
        if (this.waiting.length >= this.queue)
            return Promise.reject(new Overloaded(this.model));
        return new Promise((resolve, reject) => {
            const waiter = { grant: () => resolve(this.releaser()) };
            const ms = deadline - Date.now();
            waiter.timer = setTimeout(() => {
                const i = this.waiting.indexOf(waiter);
                if (i >= 0)
                    this.waiting.splice(i, 1);
                reject(new TimedOut(`model "${this.model}": no inference slot within the request timeout`));
            }, Math.max(0, ms));
            this.waiting.push(waiter);
        });
    }
    releaser() {
        let done = false;
        return () => {
            if (done)
                return;
            done = true;
            const next = this.waiting.shift();
            if (next) {
                // The slot passes straight to the next waiter: `running` stays the same.
                clearTimeout(next.timer);
                next.grant();
            }
            else
                this.running--;
        };
    }
}


/***/ }),

/***/ 20571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _$: () => (/* binding */ DEFAULT_INLINE),
  Fh: () => (/* binding */ loadVersion)
});

// UNUSED EXPORTS: LoadedVersion, inlineCapacity

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/serve/batching.ts
var serve_batching = __webpack_require__(39183);
;// CONCATENATED MODULE: ./src/serve/inference-worker.ts
/**
 * The code of an inference worker thread, as a string: onnxruntime-node runs a session synchronously, so on
 * the main thread one inference would stall every other request (health checks included) and no queue could
 * ever form. A string (run with `eval: true`) works the same from the sources, the tests and the ncc bundles.
 *
 * Messages: `run` {id, inputs:[{name,dtype,dims,data}], outputs:[names]} → `result` {id, outputs | error};
 * `release` → `released`. The model bytes arrive transferred (not copied) in workerData and are dropped as
 * soon as the session exists. Outputs go back copied, never transferred: onnxruntime-node may hand them over
 * as external buffers that free native memory from this thread's finalizers, which must not move to another.
 */
const INFERENCE_WORKER_SOURCE = String.raw `
const { parentPort, workerData } = require('node:worker_threads');
const ort = require(workerData.ortPath);
let session;
// Shapes: fixed dims as numbers, free ones as null; dim0 keeps the symbolic name of a free first dimension
// ('' when onnxruntime gives no name) so the server can tell whether every tensor shares one batch axis.
const meta = (list) => list.map((m) => {
  if (!m.isTensor) return { name: m.name, dtype: 'unsupported', shape: [] };
  const shape = m.shape.map((d) => (typeof d === 'number' && d >= 0 ? d : null));
  const first = m.shape[0];
  const dim0 = shape.length > 0 && shape[0] === null ? (typeof first === 'string' ? first : '') : undefined;
  return dim0 === undefined ? { name: m.name, dtype: m.type, shape } : { name: m.name, dtype: m.type, shape, dim0 };
});
let bytes = workerData.bytes;
workerData.bytes = null;
ort.InferenceSession.create(bytes, workerData.options).then(
  (s) => {
    session = s;
    bytes = null;
    parentPort.postMessage({ type: 'ready', inputs: meta(s.inputMetadata), outputs: meta(s.outputMetadata) });
  },
  (err) => {
    bytes = null;
    parentPort.postMessage({ type: 'failed', message: String(err && err.message || err) });
  },
);
parentPort.on('message', async (m) => {
  if (m.type === 'run') {
    try {
      const feeds = {};
      for (const t of m.inputs) feeds[t.name] = new ort.Tensor(t.dtype, t.data, t.dims);
      const r = await session.run(feeds, m.outputs);
      parentPort.postMessage({ type: 'result', id: m.id, outputs: m.outputs.map((n) => ({ name: n, dtype: r[n].type, dims: r[n].dims, data: r[n].data })) });
    } catch (err) {
      parentPort.postMessage({ type: 'result', id: m.id, error: String(err && err.message || err) });
    }
  } else if (m.type === 'release') {
    try { if (session) await session.release(); } finally { parentPort.postMessage({ type: 'released' }); }
  }
});
`;

// EXTERNAL MODULE: ./src/serve/limits.ts
var limits = __webpack_require__(62963);
;// CONCATENATED MODULE: ./src/serve/sessions.ts







const DEFAULT_INLINE = { maxRunMs: 1, maxModelBytes: 8 * 2 ** 20 };
let ortPath;
/** Where onnxruntime-node is, resolved at run time so no bundle carries the native module. */
function resolveOnnxRuntime() {
    if (ortPath)
        return ortPath;
    try {
        ortPath = (0,external_node_module_.createRequire)(import.meta.url).resolve('onnxruntime-node');
    }
    catch (err) {
        try {
            ortPath = (0,external_node_module_.createRequire)(`${process.cwd()}/`).resolve('onnxruntime-node');
        }
        catch {
            throw new errors.ModelshipError(`onnxruntime-node is not installed: ${err.message}`, { hint: 'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node' });
        }
    }
    return ortPath;
}
let ortModule;
/** onnxruntime-node on this thread, loaded on first inline use (the same module file the workers load). */
function onnxRuntime() {
    ortModule ??= import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(resolveOnnxRuntime()).href).then((m) => (m.default?.InferenceSession ? m.default : m));
    return ortModule;
}
/** One worker thread holding one onnxruntime session; the version runs at most one batch on it at a time. */
class SessionWorker {
    worker;
    pending = new Map();
    busy = false;
    nextId = 0;
    failure;
    released;
    constructor(worker) {
        this.worker = worker;
        worker.on('message', (m) => {
            if (m.type === 'result' && m.id !== undefined) {
                const p = this.pending.get(m.id);
                this.pending.delete(m.id);
                if (m.error !== undefined)
                    p?.reject(new Error(m.error));
                else
                    p?.resolve(m.outputs);
            }
            else if (m.type === 'released')
                this.released?.();
        });
        const fail = (err) => {
            this.failure = err;
            for (const p of this.pending.values())
                p.reject(err);
            this.pending.clear();
            this.released?.();
        };
        worker.on('error', fail);
        worker.on('exit', (code) => fail(new Error(`inference worker exited (code ${code})`)));
    }
    /** Starts a worker on `bytes`, which it takes over: the buffer is moved to the thread, not copied. */
    static start(bytes, options) {
        const worker = new external_node_worker_threads_.Worker(INFERENCE_WORKER_SOURCE, {
            eval: true,
            workerData: {
                ortPath: resolveOnnxRuntime(),
                bytes,
                options: {
                    intraOpNumThreads: options.intraOpThreads,
                    interOpNumThreads: options.interOpThreads,
                    executionMode: 'sequential',
                    graphOptimizationLevel: 'all',
                    // onnxruntime's own log lines are coloured text on stderr, where the server writes JSON lines: a
                    // failed run is reported by the server instead (500 answer, access log entry with the error).
                    logSeverityLevel: 4,
                },
            },
            transferList: [bytes.buffer],
        });
        return new Promise((resolve, reject) => {
            const onMessage = (m) => {
                cleanup();
                if (m.type === 'ready')
                    resolve({ worker: new SessionWorker(worker), inputs: m.inputs, outputs: m.outputs });
                else {
                    void worker.terminate();
                    reject(new Error(m.message ?? 'the session could not be created'));
                }
            };
            const onError = (err) => {
                cleanup();
                void worker.terminate();
                reject(err);
            };
            const cleanup = () => {
                worker.off('message', onMessage);
                worker.off('error', onError);
            };
            worker.on('message', onMessage);
            worker.on('error', onError);
        });
    }
    /** `owned`: the input buffers were made for this run and can be moved to the thread instead of copied. */
    run(inputs, outputs, owned = false) {
        if (this.failure)
            return Promise.reject(this.failure);
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            const transfer = [];
            if (owned)
                for (const t of inputs)
                    if (!Array.isArray(t.data))
                        transfer.push(t.data.buffer);
            this.worker.postMessage({ type: 'run', id, inputs, outputs }, transfer);
        });
    }
    async release() {
        if (!this.failure) {
            await new Promise((resolve) => {
                this.released = resolve;
                this.worker.postMessage({ type: 'release' });
            });
        }
        await this.worker.terminate();
    }
}
/** The metadata of a session's inputs or outputs, as the inference worker reports it (same rules). */
function tensorMeta(list) {
    return list.map((m) => {
        if (!m.isTensor)
            return { name: m.name, dtype: 'unsupported', shape: [] };
        const shape = m.shape.map((d) => (typeof d === 'number' && d >= 0 ? d : null));
        const first = m.shape[0];
        if (shape.length > 0 && shape[0] === null)
            return { name: m.name, dtype: m.type, shape, dim0: typeof first === 'string' ? first : '' };
        return { name: m.name, dtype: m.type, shape };
    });
}
/** One onnxruntime session on this thread: no message, no copy; each run holds the event loop. */
class InlineSession {
    ort;
    session;
    busy = false;
    pending = { size: 0 };
    constructor(ort, session) {
        this.ort = ort;
        this.session = session;
    }
    static async create(bytes, options) {
        const ort = await onnxRuntime();
        const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: options.intraOpThreads, interOpNumThreads: options.interOpThreads, executionMode: 'sequential', graphOptimizationLevel: 'all', logSeverityLevel: 4 });
        return { runner: new InlineSession(ort, session), inputs: tensorMeta(session.inputMetadata), outputs: tensorMeta(session.outputMetadata) };
    }
    async run(inputs, outputs) {
        const feeds = {};
        for (const t of inputs)
            feeds[t.name] = new this.ort.Tensor(t.dtype, t.data, t.dims);
        this.pending.size++;
        try {
            const r = await this.session.run(feeds, outputs);
            return outputs.map((n) => ({ name: n, dtype: r[n].type, dims: r[n].dims, data: r[n].data }));
        }
        finally {
            this.pending.size--;
        }
    }
    release() {
        return this.session.release();
    }
}
/** Input elements of a request (what an inline run's length is bounded by). */
function elementsOf(inputs) {
    let n = 0;
    for (const t of inputs)
        n += t.data.length;
    return n;
}
/**
 * The largest measured batch whose run fits in `maxRunMs`, as input elements; 0 when not even one row
 * fits (the version then runs on a worker). `runs` are the fastest run time measured per batch size.
 */
function inlineCapacity(runs, maxRunMs) {
    let best = 0;
    for (const r of runs)
        if (r.ms <= maxRunMs && r.elements > best)
            best = r.elements;
    return best;
}
/**
 * One loaded model version. Requests hold a reference while they run; `retire()` stops new references and
 * releases the sessions only when the last running request has finished (drain, then release), so a switch
 * never fails a request that was already routed to the old version.
 *
 * Scheduling: each worker runs one batch at a time. While it runs, requests queue; when it is free, the
 * oldest request and every queued request compatible with it (same non-batch dims, up to `maxRows` rows)
 * go together as one onnxruntime run, and the outputs are split back per request. Nothing waits for a
 * batch to fill unless `maxDelayMs` says so: under light load every request runs alone at once.
 */
class LoadedVersion {
    model;
    version;
    sha256;
    workers;
    inputs;
    outputs;
    loadMs;
    policy;
    hooks;
    execution;
    startSpill;
    refs = 0;
    retiring = false;
    releasing;
    drained;
    drainedPromise = new Promise((r) => (this.drained = r));
    queue = [];
    delayTimer;
    scheduled = false;
    allOutputs;
    batchingState;
    /** Inline versions: the worker for requests too big to run inline, started on the first one. */
    spill;
    spilling;
    spillFailure;
    constructor(model, version, sha256, workers, inputs, outputs, loadMs, batching = { enabled: false, reason: 'not probed' }, policy = serve_batching/* DEFAULT_BATCH */.JY, hooks = {}, execution = { mode: 'worker', reason: 'inline execution is off' }, startSpill) {
        this.model = model;
        this.version = version;
        this.sha256 = sha256;
        this.workers = workers;
        this.inputs = inputs;
        this.outputs = outputs;
        this.loadMs = loadMs;
        this.policy = policy;
        this.hooks = hooks;
        this.execution = execution;
        this.startSpill = startSpill;
        this.allOutputs = outputs.map((o) => o.name);
        this.batchingState = batching;
    }
    /** Whether requests to this version are merged into batched runs, and why not. */
    get batching() {
        return this.batchingState;
    }
    /** A reference for one request, or undefined once retiring (the caller routes again). */
    acquire() {
        if (this.retiring)
            return undefined;
        this.refs++;
        let done = false;
        return () => {
            if (done)
                return;
            done = true;
            this.refs--;
            if (this.retiring && this.refs === 0)
                void this.release();
        };
    }
    get inFlight() {
        return this.refs;
    }
    /** Queues one validated request; it runs alone or merged with compatible ones. */
    run(inputs, outputNames, deadline = Infinity) {
        const k = this.batchingState.enabled && this.policy.maxRows > 1 ? (0,serve_batching/* batchKey */.q5)(inputs) : undefined;
        return new Promise((resolve, reject) => {
            this.queue.push({ inputs, outputs: outputNames ?? this.allOutputs, rows: k?.rows ?? 0, elements: elementsOf(inputs), key: k?.key, deadline, queuedAt: performance.now(), resolve, reject });
            this.schedule();
        });
    }
    /**
     * Dispatches at the end of the current event-loop turn rather than at once: every request whose bytes
     * arrived in this turn is decoded and queued by then, so they can share one run. This waits for nothing
     * that has not already arrived (at light load a request still runs alone, a turn later).
     */
    schedule() {
        if (this.scheduled)
            return;
        this.scheduled = true;
        setImmediate(() => {
            this.scheduled = false;
            this.pump();
        });
    }
    pump() {
        while (this.queue.length > 0) {
            const pool = this.poolFor(this.queue[0]);
            if (!pool)
                return;
            let worker;
            for (const w of pool)
                if (!w.busy && (!worker || w.pending.size < worker.pending.size))
                    worker = w;
            if (!worker)
                return;
            if (this.waitForMore())
                return;
            const jobs = this.take(pool === this.workers && this.execution.mode === 'inline' && this.startSpill ? this.execution.maxElements : Infinity);
            if (jobs.length === 0)
                continue;
            worker.busy = true;
            const w = worker;
            void this.execute(w, jobs).finally(() => {
                w.busy = false;
                this.schedule();
            });
        }
    }
    /**
     * Where the head request runs: the version's runners, or, for a request too big to run inline, the spill
     * worker (undefined while it starts; a start failure fails those requests, not the version).
     */
    poolFor(head) {
        if (this.execution.mode !== 'inline' || head.elements <= this.execution.maxElements || !this.startSpill)
            return this.workers;
        if (this.spill)
            return this.spill;
        if (this.spillFailure) {
            this.queue.shift();
            head.reject(this.spillFailure);
            return this.queue.length > 0 ? this.poolFor(this.queue[0]) : undefined;
        }
        this.spilling ??= this.startSpill().then((runner) => {
            this.hooks.event?.({ event: 'spill-worker', model: this.model, version: this.version, reason: `a request of ${head.elements} input elements is over the ${this.execution.mode === 'inline' ? this.execution.maxElements : 0} an inline run may hold` });
            this.spill = [runner];
            if (this.releasing)
                void runner.release();
        }, (err) => {
            this.spillFailure = new Error(`the worker for requests too big to run inline could not start: ${err.message}`);
        }).finally(() => this.schedule());
        return undefined;
    }
    /** With `maxDelayMs`, holds a mergeable head request until the batch is full or its delay is over. */
    waitForMore() {
        if (this.policy.maxDelayMs <= 0)
            return false;
        const head = this.queue[0];
        if (head.key === undefined)
            return false;
        let rows = 0;
        for (const j of this.queue)
            if (j.key === head.key)
                rows += j.rows;
        const due = head.queuedAt + this.policy.maxDelayMs - performance.now();
        if (rows >= this.policy.maxRows || due <= 0)
            return false;
        if (!this.delayTimer) {
            this.delayTimer = setTimeout(() => {
                this.delayTimer = undefined;
                this.pump();
            }, Math.ceil(due));
        }
        return true;
    }
    /** The oldest live request and the compatible ones behind it, removed from the queue. */
    take(maxElements) {
        const now = Date.now();
        const expired = (j) => {
            if (j.deadline >= now)
                return false;
            j.reject(new limits/* TimedOut */.GA(`${this.model} ${this.version}: the request waited past its timeout and was not run`));
            return true;
        };
        let head;
        while (!head && this.queue.length > 0) {
            const j = this.queue.shift();
            if (!expired(j))
                head = j;
        }
        if (!head)
            return [];
        if (head.elements > maxElements) {
            // Expired requests were dropped and the new head is too big for this runner: choose again for it.
            this.queue.unshift(head);
            return [];
        }
        if (head.key === undefined || !this.batchingState.enabled || head.rows >= this.policy.maxRows || head.elements >= maxElements)
            return [head];
        const jobs = [head];
        let rows = head.rows;
        let elements = head.elements;
        const rest = [];
        for (const j of this.queue) {
            if (j.key === head.key && rows + j.rows <= this.policy.maxRows && elements + j.elements <= maxElements && this.batchingState.enabled) {
                if (expired(j))
                    continue;
                jobs.push(j);
                rows += j.rows;
                elements += j.elements;
            }
            else
                rest.push(j);
        }
        this.queue = rest;
        return jobs;
    }
    async runAlone(worker, job) {
        try {
            job.resolve(await worker.run(job.inputs, job.outputs));
        }
        catch (err) {
            job.reject(err);
        }
        this.hooks.batch?.(1, job.rows || (job.inputs[0]?.dims[0] ?? 0));
    }
    async execute(worker, jobs) {
        if (jobs.length === 1)
            return this.runAlone(worker, jobs[0]);
        let rows = 0;
        for (const j of jobs)
            rows += j.rows;
        const wanted = new Set();
        for (const j of jobs)
            for (const n of j.outputs)
                wanted.add(n);
        const names = this.allOutputs.filter((n) => wanted.has(n));
        let outputs;
        try {
            outputs = await worker.run((0,serve_batching/* concatInputs */.wp)(jobs.map((j) => j.inputs), rows), names, true);
        }
        catch (err) {
            // A request the signature accepts can still fail at run time (an index out of range): each request
            // then runs alone, so only the one at fault fails.
            this.hooks.event?.({ event: 'batch-retry', model: this.model, version: this.version, requests: jobs.length, error: err.message });
            for (const j of jobs)
                await this.runAlone(worker, j);
            return;
        }
        const parts = (0,serve_batching/* splitOutputs */.T0)(outputs, jobs.map((j) => ({ rows: j.rows, names: j.outputs })), rows);
        if (!parts) {
            this.batchingState = { enabled: false, reason: 'an output did not follow the batch dimension at run time' };
            this.hooks.event?.({ event: 'batching-off', model: this.model, version: this.version, reason: this.batchingState.reason });
            for (const j of jobs)
                await this.runAlone(worker, j);
            return;
        }
        jobs.forEach((j, i) => j.resolve(parts[i]));
        this.hooks.batch?.(jobs.length, rows);
    }
    /** Stop routing here; the sessions are released once in-flight requests finish. */
    retire() {
        if (!this.retiring) {
            this.retiring = true;
            if (this.refs === 0)
                void this.release();
        }
        return this.drainedPromise;
    }
    release() {
        clearTimeout(this.delayTimer);
        this.releasing ??= Promise.all([...this.workers, ...(this.spill ?? [])].map((w) => w.release())).then(() => this.drained(), () => this.drained());
        return this.releasing;
    }
}
/**
 * Whether batching keeps every answer exact for this model: the signature has one free batch axis, and two
 * different rows, run alone and then interleaved in batches of 2, 3, 8 and the largest allowed (kernels can
 * take other paths at other sizes), come back with the same bits. Any error means no batching.
 */
async function decideBatching(worker, inputs, outputs, policy) {
    if (policy.maxRows <= 1)
        return { enabled: false, reason: 'the maximum batch is 1 row' };
    const axis = (0,serve_batching/* batchAxis */.Am)(inputs, outputs);
    if (!axis.enabled)
        return axis;
    const names = outputs.map((o) => o.name);
    try {
        const [a, b] = (0,serve_batching/* probeRows */.W6)(inputs);
        const alone = [await worker.run(a, names), await worker.run(b, names)];
        const sizes = [...new Set([2, 3, 8, Math.min(policy.maxRows, 256)])].filter((n) => n <= policy.maxRows);
        for (const n of sizes) {
            const rows = Array.from({ length: n }, (_, i) => (i % 2 ? b : a));
            const together = await worker.run((0,serve_batching/* concatInputs */.wp)(rows, n), names, true);
            const split = (0,serve_batching/* splitOutputs */.T0)(together, rows.map(() => ({ rows: 1, names })), n);
            if (!split)
                return { enabled: false, reason: 'an output does not follow the batch dimension' };
            for (let r = 0; r < n; r++) {
                for (let o = 0; o < names.length; o++) {
                    if (!(0,serve_batching/* sameTensor */.UK)(split[r][o], alone[r % 2][o]))
                        return { enabled: false, reason: `rows are not independent: output "${names[o]}" of a row differs when it runs in a batch of ${n}` };
                }
            }
        }
        return { enabled: true };
    }
    catch (err) {
        return { enabled: false, reason: `the batching probe failed: ${err.message}` };
    }
}
/** A buffer the worker can own: the file's own bytes when nothing else shares them, else a copy. */
function ownedBytes(bytes, mayTake) {
    if (mayTake && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer)
        return bytes;
    return new Uint8Array(bytes);
}
/**
 * Measures a session for inline execution: the fastest of a few runs of the probe rows, one row first, then
 * doubling the batch up to the batch limit while the run fits in `maxRunMs`.
 */
async function measureInline(runner, inputs, outputs, policy, maxRunMs) {
    const names = outputs.map((o) => o.name);
    const [row] = (0,serve_batching/* probeRows */.W6)(inputs);
    const canBatch = (0,serve_batching/* batchAxis */.Am)(inputs, outputs).enabled;
    const runs = [];
    for (let rows = 1;; rows *= 2) {
        const batch = rows === 1 ? row : (0,serve_batching/* concatInputs */.wp)(Array.from({ length: rows }, () => row), rows);
        await runner.run(batch, names);
        let fastest = Infinity;
        for (let i = 0; i < 3; i++) {
            const t0 = performance.now();
            await runner.run(batch, names);
            fastest = Math.min(fastest, performance.now() - t0);
        }
        runs.push({ elements: elementsOf(batch), ms: fastest });
        if (!canBatch || fastest > maxRunMs || rows * 2 > Math.min(policy.maxRows, 256))
            return runs;
    }
}
/** An inline session for a small model whose runs fit the policy, or why the version runs on a worker. */
async function tryInline(bytes, options, policy) {
    const inline = options.inline;
    if (!inline)
        return { execution: { mode: 'worker', reason: 'inline execution is off' } };
    if (options.workers > 1)
        return { execution: { mode: 'worker', reason: `${options.workers} worker threads were asked for` } };
    if (bytes.byteLength > inline.maxModelBytes)
        return { execution: { mode: 'worker', reason: `the model file (${bytes.byteLength} bytes) is over ${inline.maxModelBytes} bytes` } };
    const created = await InlineSession.create(bytes, options);
    let runs;
    try {
        runs = await measureInline(created.runner, created.inputs, created.outputs, policy, inline.maxRunMs);
    }
    catch (err) {
        await created.runner.release();
        return { execution: { mode: 'worker', reason: `the inline measurement failed: ${err.message}` } };
    }
    const maxElements = inlineCapacity(runs, inline.maxRunMs);
    if (maxElements === 0) {
        await created.runner.release();
        return { execution: { mode: 'worker', reason: `a one-row run takes ${runs[0].ms.toFixed(3)} ms, over the ${inline.maxRunMs} ms an inline run may hold the event loop` } };
    }
    return { created, execution: { mode: 'inline', maxElements, rowMs: Number(runs[0].ms.toFixed(4)) } };
}
/**
 * Creates the sessions from verified bytes (never from the path again: what was hashed is what runs). A
 * small, fast model runs on this thread (`InlinePolicy`); otherwise the bytes are moved to the first worker
 * (the caller's buffer is left empty): one copy of the model in memory.
 */
async function loadVersion(model, version, sha256, bytes, options, hooks = {}) {
    const t0 = performance.now();
    const policy = options.batch ?? serve_batching/* DEFAULT_BATCH */.JY;
    const inline = await tryInline(bytes, options, policy);
    if ('created' in inline) {
        const { runner, inputs, outputs } = inline.created;
        // Kept for the worker that runs requests too big to run inline: small, by the policy's size limit.
        const copy = new Uint8Array(bytes);
        const startSpill = async () => (await SessionWorker.start(new Uint8Array(copy), { ...options, inline: undefined })).worker;
        const batching = await decideBatching(runner, inputs, outputs, policy);
        return new LoadedVersion(model, version, sha256, [runner], inputs, outputs, performance.now() - t0, batching, policy, hooks, inline.execution, startSpill);
    }
    const count = Math.max(1, options.workers);
    // Copies for the other workers first: the original is moved to the first one.
    const buffers = Array.from({ length: count }, (_, i) => (i === 0 ? undefined : ownedBytes(bytes, false)));
    buffers[0] = ownedBytes(bytes, true);
    const started = await Promise.allSettled(buffers.map((b) => SessionWorker.start(b, options)));
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) {
        await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.worker.release() : undefined)));
        throw failed.reason;
    }
    const ok = started.map((s) => s.value);
    const batching = await decideBatching(ok[0].worker, ok[0].inputs, ok[0].outputs, policy);
    return new LoadedVersion(model, version, sha256, ok.map((s) => s.worker), ok[0].inputs, ok[0].outputs, performance.now() - t0, batching, policy, hooks, inline.execution);
}


/***/ })

};
