import { lstat, open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SignatureSpec } from '../core/config-types.js';
import { readOnnxModel, signatureOf } from '../core/onnx/reader.js';
import { detect, HEAD_BYTES } from '../validate/detect.js';
import type { FormatId } from '../validate/types.js';

/** The `models.<name>.format` value for each detected format that is a model (data and text are not). */
const MODEL_FORMATS: Partial<Record<FormatId, string>> = {
  onnx: 'onnx',
  safetensors: 'safetensors',
  gguf: 'gguf',
  'pytorch-zip': 'pytorch',
  'pytorch-legacy': 'pytorch',
  torchscript: 'torchscript',
  pickle: 'pickle',
  joblib: 'joblib',
  keras: 'keras',
  hdf5: 'hdf5',
  tflite: 'tflite',
};

/** Compressed streams are joblib/pickle models only under such a name (joblib.dump(..., compress=3)). */
const COMPRESSED = new Set<FormatId>(['gzip', 'zlib', 'bzip2', 'xz']);
const PICKLE_NAMES = /\.(joblib|pkl|pickle)(\.(gz|z|bz2|xz))?$/i;

/** Folders that never hold the project's own models: tools, environments, caches, Modelship's own state. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.venv', 'venv', 'env', '__pycache__', '.tox', '.mypy_cache', '.pytest_cache', '.ipynb_checkpoints', '.modelship', 'site-packages', '.dvc', '.cache']);
const MAX_DEPTH = 8;
const MAX_ENTRIES = 50_000;

const METRICS_NAMES = /^(metrics|eval(uation)?(_results|-results)?|scores)\.(json|ya?ml)$/i;
const CARD_NAMES = /^(model[_-]?card|readme)\.md$/i;

/** Metric names whose better direction is known; others are listed in the file but not gated. */
const HIGHER = /^(acc(uracy)?|balanced_accuracy|(macro_|micro_|weighted_)?f1(_score)?|precision|recall|(roc_)?auc|auroc|r2|average_precision|map|ndcg|top_?\d+_accuracy)$/i;
const LOWER = /^(loss|log_?loss|(r)?mse|mae|mape|error(_rate)?|brier(_score)?|perplexity|wer|cer)$/i;

export interface FoundMetric {
  name: string;
  value: number;
  direction: 'higher' | 'lower';
}

export interface FoundModel {
  name: string;
  /** Relative to the project root, with forward slashes. */
  path: string;
  format: string;
  size: number;
  signature?: SignatureSpec;
  card?: string;
  metrics?: { path: string; values: FoundMetric[] };
  /** Why a detail is missing (an unreadable ONNX signature, a metrics file without known metric names). */
  notes: string[];
}

export interface ProjectScan {
  root: string;
  models: FoundModel[];
  /** Workflow files under .github/workflows, relative. */
  workflows: string[];
  /** Workflows that already use Modelship's actions or reusable workflows. */
  modelshipWorkflows: string[];
  /** Other CI systems' files (they keep working; the written workflows are for GitHub Actions). */
  otherCi: string[];
  isGitRepository: boolean;
  /** The walk stopped early (too many entries): the scan may have missed models. */
  truncated: boolean;
}

/** Walks the project (no symlinks followed, bounded depth and count) and recognises models by content. */
export async function discoverProject(root: string): Promise<ProjectScan> {
  const files: Array<{ rel: string; size: number }> = [];
  let entries = 0;
  let truncated = false;
  const walk = async (dir: string, depth: number): Promise<void> => {
    let names: string[];
    try {
      names = (await readdir(path.join(root, dir))).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (++entries > MAX_ENTRIES) {
        truncated = true;
        return;
      }
      const rel = dir ? `${dir}/${name}` : name;
      const stat = await lstat(path.join(root, rel));
      if (stat.isSymbolicLink()) continue;
      if (stat.isDirectory()) {
        if (SKIPPED_DIRS.has(name) || (name.startsWith('.') && name !== '.github')) continue;
        if (depth < MAX_DEPTH) await walk(rel, depth + 1);
      } else if (stat.isFile()) {
        files.push({ rel, size: stat.size });
      }
    }
  };
  await walk('', 0);

  const models: FoundModel[] = [];
  for (const file of files) {
    if (file.rel.startsWith('.github/') || file.size === 0) continue;
    const format = await modelFormatOf(path.join(root, file.rel), file.rel, file.size);
    if (format) models.push({ name: '', path: file.rel, format, size: file.size, notes: [] });
  }
  assignNames(models);
  const byDir = new Map<string, string[]>();
  for (const file of files) {
    const dir = path.posix.dirname(file.rel);
    byDir.set(dir, [...(byDir.get(dir) ?? []), path.posix.basename(file.rel)]);
  }
  for (const model of models) {
    if (model.format === 'onnx') {
      try {
        model.signature = signatureOf(await readOnnxModel(path.join(root, model.path)));
      } catch (err) {
        model.notes.push(`the ONNX signature could not be read (${(err as Error).message}); add it by hand`);
      }
    }
    const dir = path.posix.dirname(model.path);
    const siblings = byDir.get(dir) ?? [];
    const card = siblings.find((n) => CARD_NAMES.test(n));
    // The repository's own README describes the project, not one model: only a card beside the model counts.
    if (card && dir !== '.') model.card = `${dir}/${card}`;
    else if (siblings.some((n) => /^model[_-]?card\.md$/i.test(n))) model.card = joinRel(dir, siblings.find((n) => /^model[_-]?card\.md$/i.test(n))!);
    const metricsFile = siblings.find((n) => METRICS_NAMES.test(n));
    if (metricsFile) {
      const rel = joinRel(dir, metricsFile);
      const values = await readMetrics(path.join(root, rel));
      model.metrics = { path: rel, values };
      if (values.length === 0) model.notes.push(`${rel} has no metric whose direction is known (accuracy, f1, auc, loss, rmse...): add gate checks by hand`);
    }
  }

  const workflows = files.filter((f) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f.rel)).map((f) => f.rel);
  const modelshipWorkflows: string[] = [];
  for (const wf of workflows) {
    const text = await readFile(path.join(root, wf), 'utf8').catch(() => '');
    if (/uses:\s*['"]?modelship\/modelship[/@]/.test(text)) modelshipWorkflows.push(wf);
  }
  const otherCi = files
    .map((f) => f.rel)
    .filter((rel) => ['.gitlab-ci.yml', 'Jenkinsfile', 'azure-pipelines.yml', '.circleci/config.yml', 'bitbucket-pipelines.yml', '.travis.yml'].includes(rel));
  const isGitRepository = await lstat(path.join(root, '.git')).then(() => true, () => false);
  return { root, models, workflows, modelshipWorkflows, otherCi, isGitRepository, truncated };
}

function joinRel(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

async function modelFormatOf(file: string, rel: string, size: number): Promise<string | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return undefined;
  let head: Buffer;
  try {
    head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  const analyzer = detect(head, size, path.posix.basename(rel));
  if (!analyzer) return undefined;
  if (COMPRESSED.has(analyzer.format)) return PICKLE_NAMES.test(rel) ? (/\.joblib/i.test(rel) ? 'joblib' : 'pickle') : undefined;
  const format = MODEL_FORMATS[analyzer.format];
  // A bare pickle named .joblib is how joblib.dump writes an uncompressed model.
  if (format === 'pickle' && /\.joblib$/i.test(rel)) return 'joblib';
  return format;
}

/** Names from the folder for generic file names (models/churn/model.onnx -> churn), else from the file stem. */
function assignNames(models: FoundModel[]): void {
  const taken = new Set<string>();
  for (const model of models) {
    const base = path.posix.basename(model.path).replace(/(\.(tar\.gz|[a-z0-9]+))+$/i, '');
    const dir = path.posix.basename(path.posix.dirname(model.path));
    const generic = /^(model|weights|pytorch_model|checkpoint|saved_model|estimator|pipeline|clf|classifier|regressor)$/i.test(base);
    const candidate = sanitize(generic && dir !== '.' ? dir : base) || 'model';
    let name = candidate;
    for (let i = 2; taken.has(name); i++) name = `${candidate}-${i}`;
    taken.add(name);
    model.name = name;
  }
}

/** A model name as modelship.yml accepts it: `^[a-z0-9][a-z0-9._-]{0,62}$`. */
export function sanitize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 63)
    .replace(/[-.]+$/, '');
}

/** Numeric top-level metrics of a JSON or YAML file whose better direction is known. */
async function readMetrics(file: string): Promise<FoundMetric[]> {
  let data: unknown;
  try {
    const text = await readFile(file, 'utf8');
    data = file.endsWith('.json') ? JSON.parse(text) : (await import('yaml')).parse(text);
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  // Top-level numbers only: that is where the gate's JSON/YAML metric source looks for `metric: NAME`.
  const found: FoundMetric[] = [];
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (HIGHER.test(name)) found.push({ name, value, direction: 'higher' });
    else if (LOWER.test(name)) found.push({ name, value, direction: 'lower' });
  }
  return found;
}
