import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
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
}

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

interface Pending {
  resolve: (outputs: OutputTensor[]) => void;
  reject: (err: Error) => void;
}

/** One worker thread holding one onnxruntime session; the version runs at most one batch on it at a time. */
class SessionWorker {
  readonly pending = new Map<number, Pending>();
  /** A batch is running on it (set by the version's scheduler). */
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

/** A request waiting for (or in) a run. */
interface Job {
  inputs: readonly DecodedTensor[];
  outputs: readonly string[];
  /** Rows along the batch axis; 0 when the request cannot share a run. */
  rows: number;
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

  constructor(
    readonly model: string,
    readonly version: string,
    readonly sha256: string,
    private readonly workers: SessionWorker[],
    readonly inputs: TensorMeta[],
    readonly outputs: TensorMeta[],
    readonly loadMs: number,
    batching: Batching = { enabled: false, reason: 'not probed' },
    private readonly policy: BatchPolicy = DEFAULT_BATCH,
    private readonly hooks: VersionHooks = {},
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
      this.queue.push({ inputs, outputs: outputNames ?? this.allOutputs, rows: k?.rows ?? 0, key: k?.key, deadline, queuedAt: performance.now(), resolve, reject });
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
      let worker: SessionWorker | undefined;
      for (const w of this.workers) if (!w.busy && (!worker || w.pending.size < worker.pending.size)) worker = w;
      if (!worker) return;
      if (this.waitForMore()) return;
      const jobs = this.take();
      if (jobs.length === 0) continue;
      worker.busy = true;
      const w = worker;
      void this.execute(w, jobs).finally(() => {
        w.busy = false;
        this.schedule();
      });
    }
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
  private take(): Job[] {
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
    if (head.key === undefined || !this.batchingState.enabled || head.rows >= this.policy.maxRows) return [head];
    const jobs = [head];
    let rows = head.rows;
    const rest: Job[] = [];
    for (const j of this.queue) {
      if (j.key === head.key && rows + j.rows <= this.policy.maxRows && this.batchingState.enabled) {
        if (expired(j)) continue;
        jobs.push(j);
        rows += j.rows;
      } else rest.push(j);
    }
    this.queue = rest;
    return jobs;
  }

  private async runAlone(worker: SessionWorker, job: Job): Promise<void> {
    try {
      job.resolve(await worker.run(job.inputs, job.outputs));
    } catch (err) {
      job.reject(err as Error);
    }
    this.hooks.batch?.(1, job.rows || (job.inputs[0]?.dims[0] ?? 0));
  }

  private async execute(worker: SessionWorker, jobs: Job[]): Promise<void> {
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
    this.releasing ??= Promise.all(this.workers.map((w) => w.release())).then(
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
async function decideBatching(worker: SessionWorker, inputs: TensorMeta[], outputs: TensorMeta[], policy: BatchPolicy): Promise<Batching> {
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
 * Creates the sessions from verified bytes (never from the path again: what was hashed is what runs). The
 * bytes are moved to the first worker (the caller's buffer is left empty): one copy of the model in memory.
 */
export async function loadVersion(model: string, version: string, sha256: string, bytes: Buffer, options: SessionOptions, hooks: VersionHooks = {}): Promise<LoadedVersion> {
  const t0 = performance.now();
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
  const policy = options.batch ?? DEFAULT_BATCH;
  const batching = await decideBatching(ok[0].worker, ok[0].inputs, ok[0].outputs, policy);
  return new LoadedVersion(model, version, sha256, ok.map((s) => s.worker), ok[0].inputs, ok[0].outputs, performance.now() - t0, batching, policy, hooks);
}
