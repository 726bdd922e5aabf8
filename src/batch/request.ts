import path from 'node:path';
import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { BATCH_DEFAULTS, type BatchProviderSpec, type OutputFormat } from './config.js';
import { batchEnvironment } from './model.js';
import type { Shard } from './run.js';

/** Options as the CLI flags and the action inputs give them: strings, lists of strings, booleans. */
export interface RawRunOptions {
  environment?: string;
  /** NAME@VERSION (a version run directly), or NAME to pick the model of an environment. */
  model?: string;
  artifact?: string;
  input?: string;
  output?: string;
  format?: string;
  /** `INPUT=col1,col2,...`, repeatable. */
  columns?: string[];
  /** Pass-through columns; repeatable or comma-separated. */
  id?: string[];
  outputs?: string[];
  chunkRows?: string | number;
  batchRows?: string | number;
  maxErrorRate?: string | number;
  /** `I/N`, zero-based. */
  shard?: string;
  resume?: boolean;
  workers?: string | number;
}

/** One typed batch-run request: both surfaces build it here, then call `runRequest`. */
export interface BatchRunRequest {
  environment?: string;
  /** NAME@VERSION when the run does not follow an environment. */
  modelReference?: string;
  /** Model name within the environment (default: the only one). */
  model?: string;
  artifact?: string;
  input: string;
  /** Absolute. */
  inputPath: string;
  outputDir: string;
  outputFormat: OutputFormat;
  columns: Record<string, string[]>;
  passthrough: string[];
  outputs?: string[];
  chunkRows: number;
  batchRows: number;
  maxErrorRate: number;
  shard: Shard;
  resume: boolean;
  workers: number;
}

const FORMATS: OutputFormat[] = ['csv', 'jsonl', 'parquet'];

/** Flags are relative to `cwd`; the environment's settings to the project root. Flags win. */
export function toRunRequest(raw: RawRunOptions, loaded: LoadedConfig | undefined, cwd: string): BatchRunRequest {
  const env = raw.environment;
  const versioned = raw.model !== undefined && raw.model.includes('@');
  if (env === undefined && !versioned) throw new ModelshipError('name a batch environment or a version: modelship batch run ENV, or --model NAME@VERSION');
  if (env !== undefined && versioned) throw new ModelshipError(`give either the environment "${env}" or --model ${raw.model}, not both`, { hint: 'a run on an environment scores with the version live there' });
  let spec: Partial<BatchProviderSpec> = {};
  if (env !== undefined) {
    if (!loaded) throw new ModelshipError('a batch environment needs modelship.yml');
    spec = batchEnvironment(loaded, env).spec;
  }
  const fromProject = (p: string) => (loaded ? path.resolve(loaded.root, p) : path.resolve(cwd, p));
  const input = raw.input ?? spec.input;
  if (input === undefined) throw new ModelshipError('no input: pass --input FILE|FOLDER|GLOB', { hint: env ? `or set environments.${env}.provider.input` : undefined });
  const output = raw.output ?? spec.output;
  if (output === undefined) throw new ModelshipError('no output folder: pass --output DIR', { hint: env ? `or set environments.${env}.provider.output` : undefined });
  const format = raw.format ?? spec.outputFormat ?? BATCH_DEFAULTS.outputFormat;
  if (!FORMATS.includes(format as OutputFormat)) throw new ModelshipError(`--format-out "${format}" is not one of ${FORMATS.join(', ')}`);
  const columns: Record<string, string[]> = { ...(spec.columns ?? {}) };
  for (const entry of raw.columns ?? []) {
    const eq = entry.indexOf('=');
    const names = entry.slice(eq + 1).split(',').map((s) => s.trim()).filter(Boolean);
    if (eq <= 0 || names.length === 0) throw new ModelshipError(`--columns "${entry}" is not INPUT=col1,col2,...`, { hint: 'e.g. --columns features=sepal_length,sepal_width,petal_length,petal_width' });
    columns[entry.slice(0, eq).trim()] = names;
  }
  const list = (values: string[] | undefined) => (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
  const passthrough = raw.id !== undefined ? list(raw.id) : (spec.passthrough ?? []);
  return {
    environment: env,
    modelReference: versioned ? raw.model : undefined,
    model: versioned ? undefined : raw.model,
    artifact: raw.artifact === undefined ? undefined : path.resolve(cwd, raw.artifact),
    input,
    inputPath: raw.input !== undefined ? path.resolve(cwd, raw.input) : fromProject(input),
    outputDir: raw.output !== undefined ? path.resolve(cwd, raw.output) : fromProject(output),
    outputFormat: format as OutputFormat,
    columns,
    passthrough,
    outputs: raw.outputs ? list(raw.outputs) : undefined,
    chunkRows: integer(raw.chunkRows ?? spec.chunkRows ?? BATCH_DEFAULTS.chunkRows, '--chunk-rows', 1),
    batchRows: integer(raw.batchRows ?? spec.batchRows ?? BATCH_DEFAULTS.batchRows, '--batch-rows', 1),
    maxErrorRate: rate(raw.maxErrorRate ?? spec.maxErrorRate ?? BATCH_DEFAULTS.maxErrorRate),
    shard: parseShard(raw.shard),
    resume: raw.resume === true,
    workers: integer(raw.workers ?? 1, '--workers', 1),
  };
}

export function parseShard(text: string | undefined): Shard {
  if (text === undefined || text === '') return { index: 0, count: 1 };
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new ModelshipError(`--shard "${text}" is not I/N`, { hint: 'zero-based: --shard 0/4 ... --shard 3/4 (in a Kubernetes Indexed Job: --shard $JOB_COMPLETION_INDEX/N)' });
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) throw new ModelshipError(`--shard ${index}/${count}: the index must be below the count (zero-based)`);
  return { index, count };
}

function integer(v: string | number, flag: string, min: number): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < min) throw new ModelshipError(`${flag} "${v}" is not an integer >= ${min}`);
  return n;
}

function rate(v: string | number): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new ModelshipError(`--max-error-rate "${v}" is not a share between 0 and 1`, { hint: 'e.g. 0.001 for one bad row in a thousand' });
  return n;
}

/** `batch merge`: the folders (or manifest files) of the shards, and where the merged manifest goes. */
export interface BatchMergeRequest {
  sources: string[];
  outputDir: string;
}

export function toMergeRequest(raw: { sources: string[]; output?: string }, cwd: string): BatchMergeRequest {
  if (raw.sources.length === 0) throw new ModelshipError('batch merge needs the shard folders or manifests', { hint: 'modelship batch merge out/shard-0 out/shard-1 --output out/merged' });
  const sources = raw.sources.map((s) => path.resolve(cwd, s));
  return { sources, outputDir: raw.output !== undefined ? path.resolve(cwd, raw.output) : sources[0] };
}

/** `batch compare`: the candidate against the version live in an environment (or a second version). */
export interface RawCompareOptions {
  environment?: string;
  candidate?: string;
  candidateArtifact?: string;
  baseline?: string;
  baselineArtifact?: string;
  input?: string;
  columns?: string[];
  output?: string;
  slice?: string[];
  label?: string;
  batchRows?: string | number;
  workers?: string | number;
}

export interface BatchCompareRequest {
  environment?: string;
  candidate: string;
  candidateArtifact?: string;
  baseline?: string;
  baselineArtifact?: string;
  inputPath: string;
  columns: Record<string, string[]>;
  /** Where compare.json goes (optional). */
  output?: string;
  slices: string[];
  /** The output compared (default: the first integer or string output, else the argmax of the first). */
  label?: string;
  batchRows: number;
  workers: number;
}

export function toCompareRequest(raw: RawCompareOptions, loaded: LoadedConfig | undefined, cwd: string): BatchCompareRequest {
  if (!raw.candidate) throw new ModelshipError('batch compare needs --candidate NAME@VERSION');
  if (raw.environment === undefined && raw.baseline === undefined) throw new ModelshipError('batch compare needs the environment whose live version is the baseline, or --baseline NAME@VERSION');
  const runLike = toRunRequest({ environment: raw.environment, model: raw.environment === undefined ? raw.baseline : undefined, input: raw.input, output: raw.output ?? '.', columns: raw.columns, batchRows: raw.batchRows, workers: raw.workers }, loaded, cwd);
  const list = (values: string[] | undefined) => (values ?? []).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
  return {
    environment: raw.environment,
    candidate: raw.candidate,
    candidateArtifact: raw.candidateArtifact === undefined ? undefined : path.resolve(cwd, raw.candidateArtifact),
    baseline: raw.baseline,
    baselineArtifact: raw.baselineArtifact === undefined ? undefined : path.resolve(cwd, raw.baselineArtifact),
    inputPath: runLike.inputPath,
    columns: runLike.columns,
    output: raw.output === undefined ? undefined : path.resolve(cwd, raw.output),
    slices: list(raw.slice),
    label: raw.label,
    batchRows: runLike.batchRows,
    workers: runLike.workers,
  };
}
