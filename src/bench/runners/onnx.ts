import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ModelshipError } from '../../core/errors.js';
import { encodeModel } from '../../core/onnx/encode.js';
import type { BenchSettings } from '../config.js';
import { generateInputs, readInputsFile, type InputSpec, type InputTensor } from '../inputs.js';
import { runClosedLoopTrial, spin, type TrialPlan } from '../measure.js';
import type { BenchRunner, BenchSession, BenchTarget } from '../runner.js';

type Ort = typeof import('onnxruntime-node');

let ortPromise: Promise<Ort> | undefined;

/** onnxruntime-node is loaded on first use: it is a native module the other bundles never need. */
export function loadOnnxRuntime(): Promise<Ort> {
  // webpackIgnore keeps this a runtime import in the ncc bundles: without it ncc hoists a static import and
  // every bundle (the CLI included) would fail to start where onnxruntime-node is not installed.
  ortPromise ??= import(/* webpackIgnore: true */ 'onnxruntime-node').then(
    (m) => ((m as { default?: Ort }).default?.InferenceSession ? (m as { default: Ort }).default : m),
    (err: Error) => {
      ortPromise = undefined;
      throw new ModelshipError(`onnxruntime-node is not installed: ${err.message}`, {
        hint: 'ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node (the benchmark action does this for you)',
      });
    },
  );
  return ortPromise;
}

let runtimeWarm: Promise<void> | undefined;

/**
 * The first session a process creates also starts onnxruntime itself (its environment, logging, thread
 * pools): hundreds of milliseconds that belong to no model. One throwaway session of a one-node model pays
 * that once, so the load time reported for the first model is that model's, like every other.
 */
export function warmOnnxRuntime(ort: Ort, settings: Pick<BenchSettings, 'threads'>): Promise<void> {
  runtimeWarm ??= (async () => {
    const identity = encodeModel({
      graph: {
        name: 'modelship-runtime-warmup',
        nodes: [{ opType: 'Identity', inputs: ['x'], outputs: ['y'] }],
        inputs: [{ name: 'x', type: { elemType: 'float32', shape: [1] } }],
        outputs: [{ name: 'y', type: { elemType: 'float32', shape: [1] } }],
      },
    });
    const session = await ort.InferenceSession.create(identity, { intraOpNumThreads: settings.threads.intraOp, interOpNumThreads: settings.threads.interOp, executionMode: 'sequential' });
    await session.run({ x: new ort.Tensor('float32', new Float32Array([1]), [1]) });
    await session.release();
  })().catch((err: Error) => {
    runtimeWarm = undefined;
    throw new ModelshipError(`onnxruntime cannot start: ${err.message}`);
  });
  return runtimeWarm;
}

/** In-process inference with onnxruntime-node: the figures of the model itself, without a server around it. */
export const onnxRunner: BenchRunner = {
  name: 'onnx',
  async open(target: BenchTarget, settings: BenchSettings): Promise<BenchSession> {
    if (!target.modelPath) throw new ModelshipError(`model "${target.model}": the onnx runner needs a model file`);
    const ort = await loadOnnxRuntime();
    let bytes: Buffer;
    try {
      bytes = await readFile(target.modelPath);
    } catch (err) {
      throw new ModelshipError(`model "${target.model}": cannot read ${target.modelPath}: ${(err as Error).message}`);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await warmOnnxRuntime(ort, settings);
    const t0 = performance.now();
    let session: import('onnxruntime-node').InferenceSession;
    try {
      session = await ort.InferenceSession.create(bytes, {
        intraOpNumThreads: settings.threads.intraOp,
        interOpNumThreads: settings.threads.interOp,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
      });
    } catch (err) {
      throw new ModelshipError(`model "${target.model}": onnxruntime cannot load ${target.modelPath}: ${(err as Error).message}`);
    }
    const loadMs = performance.now() - t0;
    const specs: InputSpec[] = session.inputMetadata.map((m) => {
      if (!m.isTensor) throw new ModelshipError(`model "${target.model}": input "${m.name}" is not a tensor, so its inputs cannot be generated`, { hint: 'give an inputs file (bench.inputs)' });
      return { name: m.name, dtype: m.type, shape: m.shape.map((d) => (typeof d === 'number' && d < 0 ? null : d)) };
    });
    const warnings: string[] = [];
    let feeds: Record<string, import('onnxruntime-node').Tensor> = {};
    let fileInputs: InputTensor[] | undefined;
    if (settings.inputsFile) fileInputs = await readInputsFile(settings.inputsFile, specs);
    const slowdown = target.slowdown ?? 0;
    const after = slowdown > 0 ? (elapsedNs: number) => spin(elapsedNs * slowdown) : undefined;
    const op = () => session.run(feeds);
    return {
      description: target.modelPath,
      sha256,
      loadMs,
      runtimeVersion: ort.env.versions?.node ?? ort.env.versions?.common,
      warnings,
      async prepare(batch: number): Promise<number> {
        const tensors = fileInputs ?? generateInputs(specs, batch, settings.dims, settings.seed);
        feeds = {};
        for (const t of tensors) {
          try {
            feeds[t.name] = new ort.Tensor(t.dtype as 'float32', t.data as Float32Array, t.dims);
          } catch (err) {
            throw new ModelshipError(`model "${target.model}": cannot build input "${t.name}" (${t.dtype} ${JSON.stringify(t.dims)}): ${(err as Error).message}`);
          }
        }
        try {
          await session.run(feeds);
        } catch (err) {
          throw new ModelshipError(`model "${target.model}": inference fails on the ${fileInputs ? 'inputs file' : 'generated inputs'} (batch ${batch}): ${(err as Error).message}`, {
            hint: fileInputs ? 'check the inputs file against the model signature' : 'bind symbolic dims in bench.dims or give an inputs file (bench.inputs)',
          });
        }
        // An inputs file, or a model with a fixed first axis, decides the batch actually measured.
        const first = tensors[0]?.dims[0];
        const fixed = fileInputs !== undefined || typeof specs[0]?.shape?.[0] === 'number';
        return fixed && first !== undefined ? first : batch;
      },
      trial: (plan: TrialPlan) => runClosedLoopTrial(op, plan, after),
      async close() {
        await session.release();
      },
    };
  },
};
