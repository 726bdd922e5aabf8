import { readFile } from 'node:fs/promises';
import { aggregateTrials } from '../bench/aggregate.js';
import type { BenchSettings } from '../bench/config.js';
import type { BenchSession } from '../bench/runner.js';
import { loadOnnxRuntime, onnxRunner } from '../bench/runners/onnx.js';
import { ModelshipError } from '../core/errors.js';
import type { EvalData } from './eval-data.js';

/** Every output of a model on the evaluation rows, by output name (float outputs as numbers). */
export type ModelOutputs = Record<string, { type: string; dims: readonly number[]; data: ArrayLike<number | bigint> }>;

/** Runs a model on all evaluation rows at once (batch = rows) with onnxruntime-node. */
export async function runOnEvalData(modelPath: string, data: EvalData): Promise<ModelOutputs> {
  const ort = await loadOnnxRuntime();
  const session = await ort.InferenceSession.create(await readFile(modelPath), { graphOptimizationLevel: 'all', intraOpNumThreads: 1, interOpNumThreads: 1 }).catch((err: Error) => {
    throw new ModelshipError(`onnxruntime-node cannot load ${modelPath}: ${err.message}`);
  });
  try {
    const input = session.inputNames[0];
    const results = await session.run({ [input]: new ort.Tensor('float32', data.features, [data.rows, data.width]) }).catch((err: Error) => {
      throw new ModelshipError(`${modelPath}: inference on ${data.file} (${data.rows} x ${data.width}) fails: ${err.message}`, { hint: 'the evaluation data needs one column per model input feature, plus the label' });
    });
    const outputs: ModelOutputs = {};
    for (const [name, tensor] of Object.entries(results)) outputs[name] = { type: tensor.type, dims: tensor.dims, data: tensor.data as ArrayLike<number> };
    return outputs;
  } finally {
    await session.release();
  }
}

export interface QualityFigures {
  /** Share of rows whose predicted class equals the label. */
  accuracy: number;
  /** Share of rows whose predicted class equals the original model's. */
  agreement: number;
  /** Largest |variant - original| over every float output value. */
  maxAbsDiff: number;
  meanAbsDiff: number;
}

/** The predicted class of each row: argmax over the last axis of the first float output. */
export function predictedClasses(outputs: ModelOutputs): number[] {
  const scores = Object.values(outputs).find((o) => o.type === 'float32' || o.type === 'float16');
  if (!scores) throw new ModelshipError('the model has no float output to take the predicted class from');
  const classes = Number(scores.dims.at(-1) ?? 1);
  const rows = scores.data.length / classes;
  return Array.from({ length: rows }, (_, r) => {
    let best = 0;
    for (let c = 1; c < classes; c++) if (Number(scores.data[r * classes + c]) > Number(scores.data[r * classes + best])) best = c;
    return best;
  });
}

export function compareOutputs(variant: ModelOutputs, original: ModelOutputs, labels: readonly number[]): QualityFigures {
  let maxAbsDiff = 0;
  let sum = 0;
  let count = 0;
  for (const [name, base] of Object.entries(original)) {
    const other = variant[name];
    if (!other) throw new ModelshipError(`the variant has no output "${name}"`);
    if (other.data.length !== base.data.length) throw new ModelshipError(`output "${name}" has ${other.data.length} values, the original ${base.data.length}`);
    if (base.type !== 'float32') continue;
    for (let i = 0; i < base.data.length; i++) {
      const d = Math.abs(Number(other.data[i]) - Number(base.data[i]));
      maxAbsDiff = Math.max(maxAbsDiff, Number.isNaN(d) ? Infinity : d);
      sum += d;
      count++;
    }
  }
  const predicted = predictedClasses(variant);
  const reference = predictedClasses(original);
  const share = (hits: number) => hits / labels.length;
  return {
    accuracy: share(predicted.filter((p, i) => p === labels[i]).length),
    agreement: share(predicted.filter((p, i) => p === reference[i]).length),
    maxAbsDiff,
    meanAbsDiff: count ? sum / count : 0,
  };
}

export interface SpeedFigures {
  loadMs: number;
  p50Ms: number;
  p99Ms: number;
  throughputPerS: number;
  samples: number;
}

/**
 * Load time and latency of every model with the benchmark's onnx runner in one run: trials are
 * interleaved (model A, B, C, A, B, C...) so a noisy neighbour hits every model alike.
 */
export async function measureSpeed(models: readonly { name: string; path: string }[], settings: BenchSettings, batch = 1): Promise<SpeedFigures[]> {
  const sessions: BenchSession[] = [];
  try {
    for (const model of models) {
      const session = await onnxRunner.open({ model: model.name, modelPath: model.path }, settings);
      sessions.push(session);
      await session.prepare(batch);
    }
    const trials = sessions.map(() => [] as Awaited<ReturnType<BenchSession['trial']>>[]);
    for (let t = 0; t < settings.trials; t++) {
      for (const [i, session] of sessions.entries()) trials[i].push(await session.trial({ durationMs: settings.durationMs, iterations: settings.iterations, warmupMs: settings.warmupMs, batch }));
    }
    return sessions.map((session, i) => {
      const figures = aggregateTrials(trials[i], settings.regression.metric);
      return { loadMs: session.loadMs ?? 0, p50Ms: figures.latency_ms.p50, p99Ms: figures.latency_ms.p99, throughputPerS: figures.throughput_per_s, samples: figures.samples };
    });
  } finally {
    for (const session of sessions) await session.close();
  }
}
