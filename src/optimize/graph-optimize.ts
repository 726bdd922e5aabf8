import { readFile, stat } from 'node:fs/promises';
import { loadOnnxRuntime } from '../bench/runners/onnx.js';
import { ModelshipError } from '../core/errors.js';

export type GraphOptimizationLevel = 'basic' | 'extended' | 'all';
export const GRAPH_OPTIMIZATION_LEVELS: readonly GraphOptimizationLevel[] = ['basic', 'extended', 'all'];

/**
 * onnxruntime's own offline graph optimisation: onnxruntime-node writes the model it would run
 * (optimizedModelFilePath). `basic` (constant folding, redundant node removal) stays portable ONNX;
 * `extended` adds fusions into com.microsoft operators; `all` adds layout changes for this machine's CPU,
 * so onnxruntime advises against shipping it elsewhere (the web check reports what it breaks).
 */
export async function optimizeGraph(source: string, target: string, level: GraphOptimizationLevel): Promise<void> {
  const ort = await loadOnnxRuntime();
  try {
    const session = await ort.InferenceSession.create(await readFile(source), { graphOptimizationLevel: level, optimizedModelFilePath: target, intraOpNumThreads: 1, interOpNumThreads: 1 });
    await session.release();
  } catch (err) {
    throw new ModelshipError(`onnxruntime cannot optimise ${source} (level ${level}): ${(err as Error).message}`);
  }
  const written = await stat(target).catch(() => undefined);
  if (!written?.size) throw new ModelshipError(`onnxruntime wrote no optimised model to ${target}`);
}
