import type { BenchSettings, RunnerName } from './config.js';
import type { TrialPlan } from './measure.js';
import type { TrialResult } from './types.js';

/** What to measure: a model by name, and its artifact when the runner loads one. */
export interface BenchTarget {
  model: string;
  /** Absolute path of the model file (onnx runner). */
  modelPath?: string;
  /**
   * A calibrated slowdown (0.2 = every inference takes 20% longer, by busy-waiting in proportion to its
   * measured time). For tests and demos of regression detection only; never set from configuration.
   */
  slowdown?: number;
}

/** A loaded, ready-to-measure target: one model in one runner. */
export interface BenchSession {
  /** What is measured, for the report: a file, a URL, a command line. */
  readonly description: string;
  readonly sha256?: string;
  /** Time to load the model (ms), measured apart from inference. */
  readonly loadMs?: number;
  /** Runtime version (e.g. onnxruntime), for the machine description. */
  readonly runtimeVersion?: string;
  readonly warnings: string[];
  /** Prepares inputs for a batch size and returns the batch actually used (an inputs file fixes it). */
  prepare(batch: number): Promise<number>;
  trial(plan: TrialPlan): Promise<TrialResult>;
  close(): Promise<void>;
}

/** One way of measuring (in-process ONNX, HTTP load, a user command), found through the registry. */
export interface BenchRunner {
  readonly name: RunnerName;
  open(target: BenchTarget, settings: BenchSettings): Promise<BenchSession>;
}
