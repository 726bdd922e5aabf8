import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchSettings } from '../bench/config.js';
import { ModelshipError } from '../core/errors.js';
import { ModelProto, decodeModel } from '../core/onnx/onnx-proto.js';
import { readOnnxModel, signatureOf } from '../core/onnx/reader.js';
import { runValidation } from '../validate/run.js';
import { readEvalData, type EvalData } from './eval-data.js';
import { compareOutputs, measureSpeed, runOnEvalData, type ModelOutputs, type QualityFigures, type SpeedFigures } from './evaluate.js';
import { convertToFloat16, type Float16Options, type Float16Report } from './float16.js';
import { optimizeGraph, type GraphOptimizationLevel } from './graph-optimize.js';
import { quantizeWeightsInt8, type QuantizeOptions, type QuantizeReport } from './quantize.js';
import { checkInWebRuntime, type WebCheck } from './web-runtime.js';

export type VariantKind = 'graph' | 'fp16' | 'int8';
export const VARIANT_KINDS: readonly VariantKind[] = ['graph', 'fp16', 'int8'];

export interface OptimizeRequest {
  /** Name for reports (the configured model's name, or the file's). */
  model: string;
  /** Absolute path of the ONNX model. */
  modelPath: string;
  /** Folder the variants are written to: <out>/<variant>/model.onnx + metrics.json, <out>/report.json. */
  outDir: string;
  variants: readonly VariantKind[];
  graphLevel: GraphOptimizationLevel;
  float16: Float16Options;
  int8: QuantizeOptions;
  evalData?: { file: string; label: string; classes?: string[] };
  /** Benchmark settings for load time and latency (the bench section of modelship.yml). */
  bench: BenchSettings;
  /** Load and run each model in onnxruntime-web too (default true). */
  web: boolean;
  log?: (line: string) => void;
}

export interface ModelFigures {
  name: string;
  path: string;
  sha256: string;
  sizeBytes: number;
  validate: 'pass' | 'fail';
  findings: string[];
  /** The variant's inputs and outputs equal the original's (names, types, shapes). */
  signatureKept: boolean;
  quality?: QualityFigures;
  speed: SpeedFigures;
  web?: WebCheck;
  transform?: Float16Report | QuantizeReport | { level: GraphOptimizationLevel };
  metricsFile: string;
}

export interface OptimizeReport {
  model: string;
  verdict: 'pass' | 'fail';
  evalData?: { file: string; rows: number };
  original: ModelFigures;
  variants: ModelFigures[];
  /** Findings that do not fail the run (e.g. an operator onnxruntime-web lacks). */
  warnings: string[];
}

/**
 * Writes each requested variant, validates it, then measures everything side by side in one run:
 * size, load time and latency (benchmark runner, trials interleaved), outputs vs the original and vs the
 * labels on the evaluation data, and onnxruntime-web. Each model gets a metrics.json a gate can judge.
 */
export async function runOptimize(request: OptimizeRequest): Promise<OptimizeReport> {
  const log = request.log ?? (() => {});
  const originalBytes = await readFile(request.modelPath).catch((err: Error) => {
    throw new ModelshipError(`cannot read the model ${request.modelPath}: ${err.message}`);
  });
  let decoded: Record<string, any>;
  try {
    decoded = decodeModel(originalBytes);
  } catch (err) {
    throw new ModelshipError(`${request.modelPath} is not a readable ONNX model: ${(err as Error).message}`, { exitCode: 1 });
  }
  if (!decoded.graph) throw new ModelshipError(`${request.modelPath}: the model has no graph`, { exitCode: 1 });
  await mkdir(request.outDir, { recursive: true });

  const written: { name: VariantKind; path: string; transform: ModelFigures['transform'] }[] = [];
  for (const kind of request.variants) {
    const dir = path.join(request.outDir, kind);
    await mkdir(dir, { recursive: true });
    const target = path.join(dir, 'model.onnx');
    const temp = `${target}.${process.pid}.tmp`;
    log(`writing the ${kind} variant`);
    try {
      let transform: ModelFigures['transform'];
      if (kind === 'graph') {
        await optimizeGraph(request.modelPath, temp, request.graphLevel);
        transform = { level: request.graphLevel };
      } else {
        const model = structuredClone(decoded);
        transform = kind === 'fp16' ? convertToFloat16(model, request.float16) : quantizeWeightsInt8(model, request.int8);
        await writeFile(temp, ModelProto.encode(ModelProto.fromObject(model)).finish());
      }
      await rename(temp, target);
      written.push({ name: kind, path: target, transform });
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }

  const everyModel = [{ name: 'original', path: request.modelPath }, ...written];
  const validation = await runValidation({ paths: everyModel.map((m) => m.path), cwd: request.outDir });
  const originalSignature = JSON.stringify(signatureOf(await readOnnxModel(request.modelPath)));

  let data: EvalData | undefined;
  const outputs: ModelOutputs[] = [];
  if (request.evalData) {
    data = await readEvalData(request.evalData.file, request.evalData.label, request.evalData.classes);
    for (const model of everyModel) outputs.push(await runOnEvalData(model.path, data));
  }
  log(`measuring ${everyModel.length} models side by side (${request.bench.trials} interleaved trials each)`);
  const speed = await measureSpeed(everyModel, request.bench);

  const warnings: string[] = [];
  const figures: ModelFigures[] = [];
  for (const [i, model] of everyModel.entries()) {
    const bytes = await readFile(model.path);
    const artifact = validation.artifacts.find((a) => a.path === model.path) ?? validation.artifacts[i];
    const signatureKept = JSON.stringify(signatureOf(await readOnnxModel(model.path))) === originalSignature;
    const quality = data ? compareOutputs(outputs[i], outputs[0], data.labels) : undefined;
    let web: WebCheck | undefined;
    if (request.web) {
      web = await checkInWebRuntime(model.path, data, outputs[i]);
      if (!web.loads) warnings.push(`${model.name}: onnxruntime-web ${web.version ?? ''} cannot run it${web.missingOps.length ? ` (missing operators: ${web.missingOps.join(', ')})` : ''}: ${web.error}`);
    }
    const metricsFile = path.join(request.outDir, model.name, 'metrics.json');
    const entry: ModelFigures = {
      name: model.name,
      path: model.path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sizeBytes: bytes.length,
      validate: artifact?.verdict ?? 'fail',
      findings: (artifact?.findings ?? []).filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`),
      signatureKept,
      quality,
      speed: speed[i],
      web,
      transform: 'transform' in model ? model.transform : undefined,
      metricsFile,
    };
    await mkdir(path.dirname(metricsFile), { recursive: true });
    await writeFile(metricsFile, `${JSON.stringify(gateMetrics(entry, figures[0]), null, 2)}\n`);
    figures.push(entry);
  }
  const [original, ...variants] = figures;
  for (const v of variants) if (!v.signatureKept) warnings.push(`${v.name}: its inputs/outputs differ from the original's`);
  const verdict = variants.every((v) => v.validate === 'pass' && v.signatureKept) ? 'pass' : 'fail';
  const report: OptimizeReport = { model: request.model, verdict, ...(data ? { evalData: { file: data.file, rows: data.rows } } : {}), original, variants, warnings };
  await writeFile(path.join(request.outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/**
 * The figures a gate judges, flat: `accuracy` (vs the labels), `agreement` and `max_abs_diff` (vs the
 * original), `size_bytes`, `load_ms`, `p50_ms`, `p99_ms`, `web_runs` (1 or 0). The original's file is the
 * baseline of a gate whose candidate is a variant's.
 */
function gateMetrics(model: ModelFigures, original: ModelFigures | undefined): Record<string, number> {
  const metrics: Record<string, number> = {
    size_bytes: model.sizeBytes,
    load_ms: round(model.speed.loadMs),
    p50_ms: round(model.speed.p50Ms),
    p99_ms: round(model.speed.p99Ms),
  };
  if (model.quality) Object.assign(metrics, { accuracy: round(model.quality.accuracy), agreement: round(model.quality.agreement), max_abs_diff: model.quality.maxAbsDiff });
  if (model.web) metrics.web_runs = model.web.loads ? 1 : 0;
  if (original) metrics.size_ratio = round(model.sizeBytes / original.sizeBytes);
  return metrics;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
