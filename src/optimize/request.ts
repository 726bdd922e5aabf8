import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { resolveBenchSettings } from '../bench/config.js';
import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { GRAPH_OPTIMIZATION_LEVELS, type GraphOptimizationLevel } from './graph-optimize.js';
import { VARIANT_KINDS, type OptimizeRequest, type VariantKind } from './run.js';

/** Raw options of `modelship optimize` and of actions/optimize (strings as a user typed them). */
export interface OptimizeOptions {
  out?: string;
  variants?: string;
  graphLevel?: string;
  fp16Block?: string;
  int8Ops?: string;
  int8Exclude?: string;
  perTensor?: boolean;
  data?: string;
  label?: string;
  classes?: string;
  web?: boolean;
  trials?: string;
}

const list = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

/** A model argument that is a file is used as is; otherwise it names a model of modelship.yml. */
export function isModelFile(model: string, cwd: string): boolean {
  const file = path.resolve(cwd, model);
  return existsSync(file) && statSync(file).isFile();
}

export function optimizeRequest(model: string, options: OptimizeOptions, cwd: string, loaded?: LoadedConfig): OptimizeRequest {
  let modelPath: string;
  let name: string;
  if (isModelFile(model, cwd)) {
    modelPath = path.resolve(cwd, model);
    name = path.basename(model, path.extname(model));
  } else {
    const configured = loaded?.config.models[model];
    if (!configured) throw new ModelshipError(`"${model}" is neither a file nor a model of ${loaded?.file ?? 'modelship.yml'}`, { hint: loaded ? `configured models: ${Object.keys(loaded.config.models).join(', ')}` : 'give the path of an .onnx file' });
    modelPath = loaded!.resolvePath(configured.path, ['models', model, 'path']);
    name = model;
  }
  if (!modelPath.endsWith('.onnx')) throw new ModelshipError(`${modelPath}: optimize works on ONNX models (.onnx)`);
  const variants = list(options.variants ?? 'graph,fp16,int8');
  for (const v of variants) if (!VARIANT_KINDS.includes(v as VariantKind)) throw new ModelshipError(`--variants: unknown variant "${v}" (expected ${VARIANT_KINDS.join(', ')})`);
  if (variants.length === 0) throw new ModelshipError('--variants: name at least one variant');
  const graphLevel = (options.graphLevel ?? 'basic') as GraphOptimizationLevel;
  if (!GRAPH_OPTIMIZATION_LEVELS.includes(graphLevel)) throw new ModelshipError(`--graph-level: "${options.graphLevel}" is not one of ${GRAPH_OPTIMIZATION_LEVELS.join(', ')}`);
  if (options.data && !options.label) throw new ModelshipError('--data needs --label, the column that holds the true class');
  const trials = options.trials === undefined ? undefined : Number(options.trials);
  if (trials !== undefined && (!Number.isInteger(trials) || trials < 3)) throw new ModelshipError(`--trials: "${options.trials}" is not a whole number of at least 3`);
  return {
    model: name,
    modelPath,
    outDir: path.resolve(cwd, options.out ?? path.join('.modelship', 'optimize', name)),
    variants: variants as VariantKind[],
    graphLevel,
    float16: { blockOps: list(options.fp16Block) },
    int8: { ops: options.int8Ops ? list(options.int8Ops) : undefined, exclude: list(options.int8Exclude), perChannel: !options.perTensor },
    evalData: options.data ? { file: path.resolve(cwd, options.data), label: options.label!, classes: options.classes ? list(options.classes) : undefined } : undefined,
    bench: resolveBenchSettings(loaded, { trials, batchSizes: [1] }),
    web: options.web ?? true,
  };
}
