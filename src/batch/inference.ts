import { loadVersion } from '../serve/sessions.js';
import type { DecodedTensor, OutputTensor } from '../serve/protocol.js';

/** What a run needs from onnxruntime: a port, so tests and benches can count or fail runs. */
export interface InferenceEngine {
  run(inputs: DecodedTensor[], outputs: readonly string[]): Promise<OutputTensor[]>;
  close(): Promise<void>;
}

export interface EngineOptions {
  /** Worker threads, one onnxruntime session each: parsing on the main thread overlaps inference. */
  workers: number;
  intraOpThreads?: number;
}

/**
 * onnxruntime-node in worker threads (the serve capability's sessions). Batches are formed by the run, so
 * the sessions' own request merging is off.
 */
export async function openOnnxEngine(model: string, version: string, sha256: string, bytes: Buffer, options: EngineOptions): Promise<InferenceEngine> {
  const loaded = await loadVersion(model, version, sha256, Buffer.from(bytes), {
    workers: Math.max(1, options.workers),
    intraOpThreads: options.intraOpThreads ?? 1,
    interOpThreads: 1,
    batch: { maxRows: 1, maxDelayMs: 0 },
  });
  return {
    run: (inputs, outputs) => loaded.run(inputs, outputs),
    close: () => loaded.retire(),
  };
}
