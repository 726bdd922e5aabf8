import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type * as Ort from 'onnxruntime-node';
import { ModelshipError } from '../core/errors.js';
import { batchAxis, batchKey, concatInputs, DEFAULT_BATCH, probeRows, sameTensor, splitOutputs, type BatchPolicy, type Batching } from './batching.js';
import { INFERENCE_WORKER_SOURCE } from './inference-worker.js';
import { TimedOut } from './limits.js';
import type { DecodedTensor, OutputTensor, TensorMeta } from './protocol.js';

export interface SessionOptions {
  intraOpThreads: number;
  interOpThreads: number;
  /** Worker threads (one session each) per loaded version. */
  workers: number;
  /** Dynamic batching; `maxRows: 1` turns it off. */
  batch?: BatchPolicy;
  /** Run small, fast models on the calling thread instead of a worker (see `InlinePolicy`); absent: never. */
  inline?: InlinePolicy;
}

/**
 * When a version runs on the main thread. A hop to a worker costs tens of µs of CPU on both threads (a
 * message each way, the tensors copied), more than a tiny model's whole run; a run on the main thread holds
 * the event loop for its whole length. So a version runs inline when its model file is at most
 * `maxModelBytes` (the session is created on the main thread too, and creation blocks it) and a one-row run
 * takes at most `maxRunMs` (measured at load: the fastest of a few runs, which a busy neighbour can only
 * lengthen, so noise errs toward the worker). Inline runs are capped at the largest batch measured within
 * `maxRunMs`; a request bigger than that runs on a worker thread started for it, so no request holds the
 * event loop much longer than `maxRunMs`. Asking for more than one worker per version keeps it on workers.
 */
export interface InlinePolicy {
  maxRunMs: number;
  maxModelBytes: number;
}

export const DEFAULT_INLINE: InlinePolicy = { maxRunMs: 1, maxModelBytes: 8 * 2 ** 20 };

/** Where a version's runs execute, and why (logged at load). */
export type Execution =
  | { mode: 'inline'; /** Input elements an inline run may hold. */ maxElements: number; /** Fastest one-row run at load. */ rowMs: number }
  | { mode: 'worker'; reason: string };

/** What a loaded version reports to its host (metrics, log). */
export interface VersionHooks {
  /** One onnxruntime run of `requests` merged requests holding `rows` rows. */
  batch?(requests: number, rows: number): void;
  /** A log record: batching turned off at run time, or a merged run that failed and is rerun one by one. */
  event?(record: Record<string, unknown>): void;
}

let ortPath: string | undefined;
/** Where onnxruntime-node is, resolved at run time so no bundle carries the native module. */
function resolveOnnxRuntime(): string {
  if (ortPath) return ortPath;
  try {
    ortPath = createRequire(import.meta.url).resolve('onnxruntime-node');
  } catch (err) {
    try {
      ortPath = createRequire(`${process.cwd()}/`).resolve('onnxruntime-node');
    } catch {
      throw new ModelshipError(`onnxruntime-node is not installed: ${(err as Error).message}`, { hint: 'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node' });
    }
  }
  return ortPath;
}

let ortModule: Promise<typeof Ort> | undefined;
/** onnxruntime-node on this thread, loaded on first inline use (the same module file the workers load). */
function onnxRuntime(): Promise<typeof Ort> {
  ortModule ??= import(/* webpackIgnore: true */ pathToFileURL(resolveOnnxRuntime()).href).then((m: { default?: typeof Ort }) => (m.default?.InferenceSession ? m.default : (m as unknown as typeof Ort)));
  return ortModule;
}

/** What runs a batch: a worker thread, or a session on this thread. */
interface Runner {
  /** A batch is running on it (set by the version's scheduler). */
  busy: boolean;
  /** Runs sent and not yet answered. */
  readonly pending: { readonly size: number };
  run(inputs: readonly DecodedTensor[], outputs: readonly string[], owned?: boolean): Promise<OutputTensor[]>;
  release(): Promise<void>;
}

interface Pending {
  resolve: (outputs: OutputTensor[]) => void;
  reject: (err: Error) => void;
}

/** One worker thread holding one onnxruntime session; the version runs at most one batch on it at a time. */
class SessionWorker implements Runner {
  readonly pending = new Map<number, Pending>();
  busy = false;
  private nextId = 0;
  private failure?: Error;
  private released?: () => void;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: { type: string; id?: number; outputs?: OutputTensor[]; error?: string }) => {
      if (m.type === 'result' && m.id !== undefined) {
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.error !== undefined) p?.reject(new Error(m.error));
        else p?.resolve(m.outputs as OutputTensor[]);
      } else if (m.type === 'released') this.released?.();
    });
    const fail = (err: Error) => {
      this.failure = err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      this.released?.();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`inference worker exited (code ${code})`)));
  }

  /** Starts a worker on `bytes`, which it takes over: the buffer is moved to the thread, not copied. */
  static start(bytes: Uint8Array, options: SessionOptions): Promise<{ worker: SessionWorker; inputs: TensorMeta[]; outputs: TensorMeta[] }> {
    const worker = new Worker(INFERENCE_WORKER_SOURCE, {
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
      transferList: [bytes.buffer as ArrayBuffer],
    });
    return new Promise((resolve, reject) => {
      const onMessage = (m: { type: string; inputs?: TensorMeta[]; outputs?: TensorMeta[]; message?: string }) => {
        cleanup();
        if (m.type === 'ready') resolve({ worker: new SessionWorker(worker), inputs: m.inputs as TensorMeta[], outputs: m.outputs as TensorMeta[] });
        else {
          void worker.terminate();
          reject(new Error(m.message ?? 'the session could not be created'));
        }
      };
      const onError = (err: Error) => {
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
  run(inputs: readonly DecodedTensor[], outputs: readonly string[], owned = false): Promise<OutputTensor[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const transfer: ArrayBuffer[] = [];
      if (owned) for (const t of inputs) if (!Array.isArray(t.data)) transfer.push(t.data.buffer as ArrayBuffer);
      this.worker.postMessage({ type: 'run', id, inputs, outputs }, transfer);
    });
  }

  async release(): Promise<void> {
    if (!this.failure) {
      await new Promise<void>((resolve) => {
        this.released = resolve;
        this.worker.postMessage({ type: 'release' });
      });
    }
    await this.worker.terminate();
  }
}

/** The metadata of a session's inputs or outputs, as the inference worker reports it (same rules). */
function tensorMeta(list: readonly Ort.InferenceSession.ValueMetadata[]): TensorMeta[] {
  return list.map((m) => {
    if (!m.isTensor) return { name: m.name, dtype: 'unsupported', shape: [] };
    const shape = m.shape.map((d) => (typeof d === 'number' && d >= 0 ? d : null));
    const first = m.shape[0];
    if (shape.length > 0 && shape[0] === null) return { name: m.name, dtype: m.type, shape, dim0: typeof first === 'string' ? first : '' };
    return { name: m.name, dtype: m.type, shape };
  });
}

/** One onnxruntime session on this thread: no message, no copy; each run holds the event loop. */
class InlineSession implements Runner {
  busy = false;
  readonly pending = { size: 0 };

  private constructor(
    private readonly ort: typeof Ort,
    private readonly session: Ort.InferenceSession,
  ) {}

  static async create(bytes: Uint8Array, options: SessionOptions): Promise<{ runner: InlineSession; inputs: TensorMeta[]; outputs: TensorMeta[] }> {
    const ort = await onnxRuntime();
    const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: options.intraOpThreads, interOpNumThreads: options.interOpThreads, executionMode: 'sequential', graphOptimizationLevel: 'all', logSeverityLevel: 4 });
    return { runner: new InlineSession(ort, session), inputs: tensorMeta(session.inputMetadata), outputs: tensorMeta(session.outputMetadata) };
  }

  async run(inputs: readonly DecodedTensor[], outputs: readonly string[]): Promise<OutputTensor[]> {
    const feeds: Record<string, Ort.Tensor> = {};
    for (const t of inputs) feeds[t.name] = new this.ort.Tensor(t.dtype as 'float32', t.data as Float32Array, t.dims);
    (this.pending as { size: number }).size++;
    try {
      const r = await this.session.run(feeds, outputs);
      return outputs.map((n) => ({ name: n, dtype: r[n].type, dims: r[n].dims, data: r[n].data as OutputTensor['data'] }));
    } finally {
      (this.pending as { size: number }).size--;
    }
  }

  release(): Promise<void> {
    return this.session.release();
  }
}

/** Input elements of a request (what an inline run's length is bounded by). */
function elementsOf(inputs: readonly DecodedTensor[]): number {
  let n = 0;
  for (const t of inputs) n += t.data.length;
  return n;
}

/**
 * The largest measured batch whose run fits in `maxRunMs`, as input elements; 0 when not even one row
 * fits (the version then runs on a worker). `runs` are the fastest run time measured per batch size.
 */
export function inlineCapacity(runs: ReadonlyArray<{ elements: number; ms: number }>, maxRunMs: number): number {
  let best = 0;
  for (const r of runs) if (r.ms <= maxRunMs && r.elements > best) best = r.elements;
  return best;
}

/** A request waiting for (or in) a run. */
interface Job {
  inputs: readonly DecodedTensor[];
  outputs: readonly string[];
  /** Rows along the batch axis; 0 when the request cannot share a run. */
  rows: number;
  /** Input elements (inline runs are capped by them). */
  elements: number;
  key?: string;
  /** Date.now() after which the request is no longer wanted (the server has answered 504). */
  deadline: number;
  queuedAt: number;
  resolve: (outputs: OutputTensor[]) => void;
  reject: (err: Error) => void;
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
export class LoadedVersion {
  private refs = 0;
  private retiring = false;
  private releasing?: Promise<void>;
  private drained!: () => void;
  private readonly drainedPromise = new Promise<void>((r) => (this.drained = r));
  private queue: Job[] = [];
  private delayTimer?: NodeJS.Timeout;
  private scheduled = false;
  private readonly allOutputs: string[];
  private batchingState: Batching;
  /** Inline versions: the worker for requests too big to run inline, started on the first one. */
  private spill?: Runner[];
  private spilling?: Promise<void>;
  private spillFailure?: Error;

  constructor(
    readonly model: string,
    readonly version: string,
    readonly sha256: string,
    private readonly workers: Runner[],
    readonly inputs: TensorMeta[],
    readonly outputs: TensorMeta[],
    readonly loadMs: number,
    batching: Batching = { enabled: false, reason: 'not probed' },
    private readonly policy: BatchPolicy = DEFAULT_BATCH,
    private readonly hooks: VersionHooks = {},
    readonly execution: Execution = { mode: 'worker', reason: 'inline execution is off' },
    private readonly startSpill?: () => Promise<Runner>,
  ) {
    this.allOutputs = outputs.map((o) => o.name);
    this.batchingState = batching;
  }

  /** Whether requests to this version are merged into batched runs, and why not. */
  get batching(): Batching {
    return this.batchingState;
  }

  /** A reference for one request, or undefined once retiring (the caller routes again). */
  acquire(): (() => void) | undefined {
    if (this.retiring) return undefined;
    this.refs++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.refs--;
      if (this.retiring && this.refs === 0) void this.release();
    };
  }

  get inFlight(): number {
    return this.refs;
  }

  /** Queues one validated request; it runs alone or merged with compatible ones. */
  run(inputs: readonly DecodedTensor[], outputNames?: readonly string[], deadline = Infinity): Promise<OutputTensor[]> {
    const k = this.batchingState.enabled && this.policy.maxRows > 1 ? batchKey(inputs) : undefined;
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
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const pool = this.poolFor(this.queue[0]);
      if (!pool) return;
      let worker: Runner | undefined;
      for (const w of pool) if (!w.busy && (!worker || w.pending.size < worker.pending.size)) worker = w;
      if (!worker) return;
      if (this.waitForMore()) return;
      const jobs = this.take(pool === this.workers && this.execution.mode === 'inline' && this.startSpill ? this.execution.maxElements : Infinity);
      if (jobs.length === 0) continue;
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
  private poolFor(head: Job): Runner[] | undefined {
    if (this.execution.mode !== 'inline' || head.elements <= this.execution.maxElements || !this.startSpill) return this.workers;
    if (this.spill) return this.spill;
    if (this.spillFailure) {
      this.queue.shift();
      head.reject(this.spillFailure);
      return this.queue.length > 0 ? this.poolFor(this.queue[0]) : undefined;
    }
    this.spilling ??= this.startSpill().then(
      (runner) => {
        this.hooks.event?.({ event: 'spill-worker', model: this.model, version: this.version, reason: `a request of ${head.elements} input elements is over the ${this.execution.mode === 'inline' ? this.execution.maxElements : 0} an inline run may hold` });
        this.spill = [runner];
        if (this.releasing) void runner.release();
      },
      (err: Error) => {
        this.spillFailure = new Error(`the worker for requests too big to run inline could not start: ${err.message}`);
      },
    ).finally(() => this.schedule());
    return undefined;
  }

  /** With `maxDelayMs`, holds a mergeable head request until the batch is full or its delay is over. */
  private waitForMore(): boolean {
    if (this.policy.maxDelayMs <= 0) return false;
    const head = this.queue[0];
    if (head.key === undefined) return false;
    let rows = 0;
    for (const j of this.queue) if (j.key === head.key) rows += j.rows;
    const due = head.queuedAt + this.policy.maxDelayMs - performance.now();
    if (rows >= this.policy.maxRows || due <= 0) return false;
    if (!this.delayTimer) {
      this.delayTimer = setTimeout(() => {
        this.delayTimer = undefined;
        this.pump();
      }, Math.ceil(due));
    }
    return true;
  }

  /** The oldest live request and the compatible ones behind it, removed from the queue. */
  private take(maxElements: number): Job[] {
    const now = Date.now();
    const expired = (j: Job) => {
      if (j.deadline >= now) return false;
      j.reject(new TimedOut(`${this.model} ${this.version}: the request waited past its timeout and was not run`));
      return true;
    };
    let head: Job | undefined;
    while (!head && this.queue.length > 0) {
      const j = this.queue.shift() as Job;
      if (!expired(j)) head = j;
    }
    if (!head) return [];
    if (head.elements > maxElements) {
      // Expired requests were dropped and the new head is too big for this runner: choose again for it.
      this.queue.unshift(head);
      return [];
    }
    if (head.key === undefined || !this.batchingState.enabled || head.rows >= this.policy.maxRows || head.elements >= maxElements) return [head];
    const jobs = [head];
    let rows = head.rows;
    let elements = head.elements;
    const rest: Job[] = [];
    for (const j of this.queue) {
      if (j.key === head.key && rows + j.rows <= this.policy.maxRows && elements + j.elements <= maxElements && this.batchingState.enabled) {
        if (expired(j)) continue;
        jobs.push(j);
        rows += j.rows;
        elements += j.elements;
      } else rest.push(j);
    }
    this.queue = rest;
    return jobs;
  }

  private async runAlone(worker: Runner, job: Job): Promise<void> {
    try {
      job.resolve(await worker.run(job.inputs, job.outputs));
    } catch (err) {
      job.reject(err as Error);
    }
    this.hooks.batch?.(1, job.rows || (job.inputs[0]?.dims[0] ?? 0));
  }

  private async execute(worker: Runner, jobs: Job[]): Promise<void> {
    if (jobs.length === 1) return this.runAlone(worker, jobs[0]);
    let rows = 0;
    for (const j of jobs) rows += j.rows;
    const wanted = new Set<string>();
    for (const j of jobs) for (const n of j.outputs) wanted.add(n);
    const names = this.allOutputs.filter((n) => wanted.has(n));
    let outputs: OutputTensor[];
    try {
      outputs = await worker.run(concatInputs(jobs.map((j) => j.inputs), rows), names, true);
    } catch (err) {
      // A request the signature accepts can still fail at run time (an index out of range): each request
      // then runs alone, so only the one at fault fails.
      this.hooks.event?.({ event: 'batch-retry', model: this.model, version: this.version, requests: jobs.length, error: (err as Error).message });
      for (const j of jobs) await this.runAlone(worker, j);
      return;
    }
    const parts = splitOutputs(outputs, jobs.map((j) => ({ rows: j.rows, names: j.outputs })), rows);
    if (!parts) {
      this.batchingState = { enabled: false, reason: 'an output did not follow the batch dimension at run time' };
      this.hooks.event?.({ event: 'batching-off', model: this.model, version: this.version, reason: this.batchingState.reason });
      for (const j of jobs) await this.runAlone(worker, j);
      return;
    }
    jobs.forEach((j, i) => j.resolve(parts[i]));
    this.hooks.batch?.(jobs.length, rows);
  }

  /** Stop routing here; the sessions are released once in-flight requests finish. */
  retire(): Promise<void> {
    if (!this.retiring) {
      this.retiring = true;
      if (this.refs === 0) void this.release();
    }
    return this.drainedPromise;
  }

  private release(): Promise<void> {
    clearTimeout(this.delayTimer);
    this.releasing ??= Promise.all([...this.workers, ...(this.spill ?? [])].map((w) => w.release())).then(
      () => this.drained(),
      () => this.drained(),
    );
    return this.releasing;
  }
}

/**
 * Whether batching keeps every answer exact for this model: the signature has one free batch axis, and two
 * different rows, run alone and then interleaved in batches of 2, 3, 8 and the largest allowed (kernels can
 * take other paths at other sizes), come back with the same bits. Any error means no batching.
 */
async function decideBatching(worker: Runner, inputs: TensorMeta[], outputs: TensorMeta[], policy: BatchPolicy): Promise<Batching> {
  if (policy.maxRows <= 1) return { enabled: false, reason: 'the maximum batch is 1 row' };
  const axis = batchAxis(inputs, outputs);
  if (!axis.enabled) return axis;
  const names = outputs.map((o) => o.name);
  try {
    const [a, b] = probeRows(inputs);
    const alone = [await worker.run(a, names), await worker.run(b, names)];
    const sizes = [...new Set([2, 3, 8, Math.min(policy.maxRows, 256)])].filter((n) => n <= policy.maxRows);
    for (const n of sizes) {
      const rows = Array.from({ length: n }, (_, i) => (i % 2 ? b : a));
      const together = await worker.run(concatInputs(rows, n), names, true);
      const split = splitOutputs(together, rows.map(() => ({ rows: 1, names })), n);
      if (!split) return { enabled: false, reason: 'an output does not follow the batch dimension' };
      for (let r = 0; r < n; r++) {
        for (let o = 0; o < names.length; o++) {
          if (!sameTensor(split[r][o], alone[r % 2][o])) return { enabled: false, reason: `rows are not independent: output "${names[o]}" of a row differs when it runs in a batch of ${n}` };
        }
      }
    }
    return { enabled: true };
  } catch (err) {
    return { enabled: false, reason: `the batching probe failed: ${(err as Error).message}` };
  }
}

/** A buffer the worker can own: the file's own bytes when nothing else shares them, else a copy. */
function ownedBytes(bytes: Uint8Array, mayTake: boolean): Uint8Array {
  if (mayTake && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes;
  return new Uint8Array(bytes);
}

/**
 * Measures a session for inline execution: the fastest of a few runs of the probe rows, one row first, then
 * doubling the batch up to the batch limit while the run fits in `maxRunMs`.
 */
async function measureInline(runner: Runner, inputs: TensorMeta[], outputs: TensorMeta[], policy: BatchPolicy, maxRunMs: number): Promise<{ elements: number; ms: number }[]> {
  const names = outputs.map((o) => o.name);
  const [row] = probeRows(inputs);
  const canBatch = batchAxis(inputs, outputs).enabled;
  const runs: { elements: number; ms: number }[] = [];
  for (let rows = 1; ; rows *= 2) {
    const batch = rows === 1 ? row : concatInputs(Array.from({ length: rows }, () => row), rows);
    await runner.run(batch, names);
    let fastest = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await runner.run(batch, names);
      fastest = Math.min(fastest, performance.now() - t0);
    }
    runs.push({ elements: elementsOf(batch), ms: fastest });
    if (!canBatch || fastest > maxRunMs || rows * 2 > Math.min(policy.maxRows, 256)) return runs;
  }
}

/** An inline session for a small model whose runs fit the policy, or why the version runs on a worker. */
async function tryInline(bytes: Uint8Array, options: SessionOptions, policy: BatchPolicy): Promise<{ created: { runner: InlineSession; inputs: TensorMeta[]; outputs: TensorMeta[] }; execution: Execution } | { execution: Execution }> {
  const inline = options.inline;
  if (!inline) return { execution: { mode: 'worker', reason: 'inline execution is off' } };
  if (options.workers > 1) return { execution: { mode: 'worker', reason: `${options.workers} worker threads were asked for` } };
  if (bytes.byteLength > inline.maxModelBytes) return { execution: { mode: 'worker', reason: `the model file (${bytes.byteLength} bytes) is over ${inline.maxModelBytes} bytes` } };
  const created = await InlineSession.create(bytes, options);
  let runs: { elements: number; ms: number }[];
  try {
    runs = await measureInline(created.runner, created.inputs, created.outputs, policy, inline.maxRunMs);
  } catch (err) {
    await created.runner.release();
    return { execution: { mode: 'worker', reason: `the inline measurement failed: ${(err as Error).message}` } };
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
export async function loadVersion(model: string, version: string, sha256: string, bytes: Buffer, options: SessionOptions, hooks: VersionHooks = {}): Promise<LoadedVersion> {
  const t0 = performance.now();
  const policy = options.batch ?? DEFAULT_BATCH;
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
  const started = await Promise.allSettled(buffers.map((b) => SessionWorker.start(b as Uint8Array, options)));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.worker.release() : undefined)));
    throw (failed as PromiseRejectedResult).reason;
  }
  const ok = started.map((s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof SessionWorker.start>>>).value);
  const batching = await decideBatching(ok[0].worker, ok[0].inputs, ok[0].outputs, policy);
  return new LoadedVersion(model, version, sha256, ok.map((s) => s.worker), ok[0].inputs, ok[0].outputs, performance.now() - t0, batching, policy, hooks, inline.execution);
}
