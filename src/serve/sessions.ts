import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { ModelshipError } from '../core/errors.js';
import { INFERENCE_WORKER_SOURCE } from './inference-worker.js';
import type { DecodedTensor, OutputTensor, TensorMeta } from './protocol.js';

export interface SessionOptions {
  intraOpThreads: number;
  interOpThreads: number;
  /** Worker threads (one session each) per loaded version. */
  workers: number;
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

/** One worker thread holding one onnxruntime session. */
class SessionWorker {
  readonly pending = new Map<number, Pending>();
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

  static start(bytes: Buffer, options: SessionOptions): Promise<{ worker: SessionWorker; inputs: TensorMeta[]; outputs: TensorMeta[] }> {
    const worker = new Worker(INFERENCE_WORKER_SOURCE, {
      eval: true,
      workerData: { ortPath: resolveOnnxRuntime(), bytes, options: { intraOpNumThreads: options.intraOpThreads, interOpNumThreads: options.interOpThreads, executionMode: 'sequential', graphOptimizationLevel: 'all' } },
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

  run(inputs: readonly DecodedTensor[], outputs: readonly string[]): Promise<OutputTensor[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'run', id, inputs, outputs });
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

/**
 * One loaded model version. Requests hold a reference while they run; `retire()` stops new references and
 * releases the sessions only when the last running request has finished (drain, then release), so a switch
 * never fails a request that was already routed to the old version.
 */
export class LoadedVersion {
  private refs = 0;
  private retiring = false;
  private releasing?: Promise<void>;
  private drained!: () => void;
  private readonly drainedPromise = new Promise<void>((r) => (this.drained = r));

  constructor(
    readonly model: string,
    readonly version: string,
    readonly sha256: string,
    private readonly workers: SessionWorker[],
    readonly inputs: TensorMeta[],
    readonly outputs: TensorMeta[],
    readonly loadMs: number,
  ) {}

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

  /** Runs on the least busy worker. */
  run(inputs: readonly DecodedTensor[], outputNames?: readonly string[]): Promise<OutputTensor[]> {
    let best = this.workers[0];
    for (const w of this.workers) if (w.pending.size < best.pending.size) best = w;
    return best.run(inputs, outputNames ?? this.outputs.map((o) => o.name));
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
    this.releasing ??= Promise.all(this.workers.map((w) => w.release())).then(
      () => this.drained(),
      () => this.drained(),
    );
    return this.releasing;
  }
}

/** Creates the sessions from verified bytes (never from the path again: what was hashed is what runs). */
export async function loadVersion(model: string, version: string, sha256: string, bytes: Buffer, options: SessionOptions): Promise<LoadedVersion> {
  const t0 = performance.now();
  const started = await Promise.allSettled(Array.from({ length: Math.max(1, options.workers) }, () => SessionWorker.start(bytes, options)));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.worker.release() : undefined)));
    throw (failed as PromiseRejectedResult).reason;
  }
  const ok = started.map((s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof SessionWorker.start>>>).value);
  return new LoadedVersion(model, version, sha256, ok.map((s) => s.worker), ok[0].inputs, ok[0].outputs, performance.now() - t0);
}
