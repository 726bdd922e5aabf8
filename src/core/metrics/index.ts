import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDuration } from '../duration.js';
import { didYouMean } from '../text.js';
import { benchMetrics, isBenchReport, type BenchSelection } from './bench-report.js';
import { parseCsvMetrics, type CsvLayout } from './csv.js';
import { readFileAtRef, type FileAtRefReader } from '../git/index.js';
import { ModelshipError } from '../errors.js';
import { parseLenientJson } from './json.js';
import { MergedMetricSet } from './merged.js';
import { MlflowRunSource } from './mlflow.js';
import { parseModelCardMetrics } from './model-card.js';
import { PrometheusSource, type PrometheusQuery } from './prometheus.js';
import { ServeSource, type ServeMeasurement } from './serve.js';
import type { Reducer } from './reduce.js';
import { isScoreReport, scoreMetrics } from './score-report.js';
import { MetricTree } from './tree.js';
import { parseYamlMetrics } from './yaml.js';
import { MetricSourceError, SourceNotFoundError, type MetricSet, type MetricSource } from './source.js';
import { MAX_METRICS_FILE_BYTES, readTextFile } from './text-file.js';

export * from './source.js';
export { MergedMetricSet } from './merged.js';
export { MetricTree } from './tree.js';
export { formatNumber } from './numbers.js';
export type { Reducer } from './reduce.js';
export { ServeMeasurement, scrapeServe } from './serve.js';
export { PlaceholderWithoutValue, withArguments } from './arguments.js';

/** Formats a metrics file can have; `auto` goes by extension (and, for JSON, by content). */
export const FILE_FORMATS = ['auto', 'json', 'yaml', 'csv', 'model-card', 'bench', 'score'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/**
 * A metric source as written in modelship.yml or on the command line:
 * - `"path"`: a file, format by extension (.json .yaml/.yml .csv .md) or an MLflow run folder;
 * - `"path@ref"`: the same file as it is at a git ref;
 * - `{file, format?, ref?, layout?, idColumn?, dataset?, model?, runner?, batch?}`;
 * - `{mlflow: "mlruns/<exp>/<run>"}` or `{mlflow: {run, step?}}`;
 * - `{prometheus: {url, queries: {name: query | {query, range?, step?, reduce?, sliceBy?}}, range?, step?, reduce?, time?, timeout?, headers?}}`;
 * - `{serve: {url, model, version, window?}}`: modelship serve's /metrics over a window (two scrapes);
 * - `{bench: path | {file, model?, runner?, batch?}}`, `{score: path}`;
 * - a list of these, read as one set (the first that has a key answers).
 */
export type MetricSourceSpec = string | FileSourceSpec | MlflowSourceSpec | PrometheusSourceSpec | ServeSourceSpec | BenchSourceSpec | ScoreSourceSpec | MetricSourceSpec[];

export interface FileSourceSpec {
  file: string;
  format?: FileFormat;
  ref?: string;
  layout?: CsvLayout;
  idColumn?: string;
  dataset?: string;
  model?: string;
  runner?: string;
  batch?: number;
}
export interface MlflowSourceSpec {
  mlflow: string | { run: string; step?: number };
}
export interface PrometheusSourceSpec {
  prometheus: {
    url: string;
    queries: Record<string, string | { query: string; range?: string | number; step?: string | number; reduce?: Reducer; sliceBy?: string }>;
    range?: string | number;
    step?: string | number;
    reduce?: Reducer;
    time?: string | number;
    timeout?: string | number;
    headers?: Record<string, string>;
  };
}
export interface ServeSourceSpec {
  serve: { url: string; model: string; version: string; window?: string | number };
}
export interface BenchSourceSpec {
  bench: string | ({ file: string } & BenchSelection);
}
export interface ScoreSourceSpec {
  score: string;
}

export interface SourceContext {
  /** Absolute path of a path written in the configuration, refusing any that escape the project. */
  resolvePath(relative: string): string;
  /** Folder relative paths are shown against in reports. */
  root: string;
  /** When set, file sources are read as they are at this git ref (`--baseline-ref`). */
  ref?: string;
  fetch?: typeof fetch;
  /** Shared by the serve sources of one measurement, so candidate and baseline see the same window. */
  measurement?: ServeMeasurement;
  /** Reads files at git refs for the whole run (one git for every model's baseline); else one read each. */
  refs?: Pick<FileAtRefReader, 'read'>;
}

/** Turns a spec into a source; throws MetricSourceError naming what is wrong with the spec. */
export function createMetricSource(spec: MetricSourceSpec, ctx: SourceContext): MetricSource {
  if (Array.isArray(spec)) {
    if (spec.length === 0) throw new MetricSourceError('an empty list of metric sources');
    const sources = spec.map((s) => createMetricSource(s, ctx));
    return {
      describe: () => sources.map((s) => s.describe()).join(' + '),
      read: async () => new MergedMetricSet(await Promise.all(sources.map((s) => s.read()))),
    };
  }
  if (typeof spec === 'string') {
    const exists = (p: string) => {
      try {
        return existsSync(ctx.resolvePath(p));
      } catch {
        return false;
      }
    };
    return fileSource(parseFileSpec(spec, ctx.ref, exists), ctx);
  }
  if (spec === null || typeof spec !== 'object') throw new MetricSourceError(`a metric source must be a path or a mapping, got ${JSON.stringify(spec)}`);
  if ('file' in spec) return fileSource({ ...spec, ref: spec.ref ?? ctx.ref }, ctx);
  if ('mlflow' in spec) {
    const m = typeof spec.mlflow === 'string' ? { run: spec.mlflow } : spec.mlflow;
    if (ctx.ref) throw new MetricSourceError(`an MLflow run folder cannot be read at git ref ${ctx.ref}`);
    return new MlflowRunSource(ctx.resolvePath(m.run), { step: m.step }, m.run);
  }
  if ('prometheus' in spec) return prometheusSource(spec.prometheus, ctx);
  if ('serve' in spec) {
    const v = spec.serve;
    if (!v || typeof v !== 'object') throw new MetricSourceError('a serve source needs {url, model, version, window?}');
    return new ServeSource({ url: v.url, model: v.model, version: v.version, windowMs: parseDuration(v.window ?? '10s', 'serve window'), fetch: ctx.fetch, measurement: ctx.measurement });
  }
  if ('bench' in spec) {
    const b = typeof spec.bench === 'string' ? { file: spec.bench } : spec.bench;
    return fileSource({ ...b, format: 'bench', ref: ctx.ref }, ctx);
  }
  if ('score' in spec) return fileSource({ file: spec.score, format: 'score', ref: ctx.ref }, ctx);
  const keys = Object.keys(spec);
  const known = ['file', 'mlflow', 'prometheus', 'serve', 'bench', 'score'];
  throw new MetricSourceError(`unknown metric source {${keys.join(', ')}}`, { hint: didYouMean(keys[0] ?? '', known) ?? `expected one of: ${known.join(', ')}` });
}

/** `path@ref` names the file at a git ref, unless a file by the full name exists (paths may hold "@"). */
export function parseFileSpec(text: string, defaultRef?: string, exists: (p: string) => boolean = existsSync): FileSourceSpec {
  const { file, ref } = splitFileAtRef(text, exists);
  return { file, ref: ref ?? defaultRef };
}

/**
 * Splits `FILE@REF`. Tags of the default format hold "@" themselves (`iris@v1.0.0`, so
 * `metrics.json@iris@v1.0.0`), and paths may too: a text naming an existing file is that file; else the split
 * is at the first "@" whose left side exists, and failing that (a file that exists only at the ref) at the
 * first "@". `exists` answers for a path as written (relative paths against the caller's folder).
 */
export function splitFileAtRef(text: string, exists: (p: string) => boolean): { file: string; ref?: string } {
  if (exists(text)) return { file: text };
  const ats: number[] = [];
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) if (i > 0 && i < text.length - 1) ats.push(i);
  if (ats.length === 0) return { file: text };
  const at = ats.find((i) => exists(text.slice(0, i))) ?? ats[0];
  return { file: text.slice(0, at), ref: text.slice(at + 1) };
}

function formatOf(file: string, format: FileFormat | undefined): Exclude<FileFormat, 'auto'> | 'mlflow' {
  if (format && format !== 'auto') return format;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.csv') return 'csv';
  if (ext === '.md' || ext === '.markdown') return 'model-card';
  try {
    if (statSync(file).isDirectory()) return 'mlflow';
  } catch {
    // not there: reported when read
  }
  throw new MetricSourceError(`cannot tell the format of metrics file ${file} from its extension`, {
    hint: `use .json, .yaml, .csv or .md (model card), or set format: ${FILE_FORMATS.filter((f) => f !== 'auto').join(' | ')}`,
  });
}

/** Parses text in a known format; JSON that is a bench or score report is read as one. */
export function parseMetricsText(text: string, origin: string, format: Exclude<FileFormat, 'auto'>, spec: Partial<FileSourceSpec> = {}): MetricSet {
  switch (format) {
    case 'json': {
      const data = parseLenientJson(text, origin);
      if (isBenchReport(data)) return benchMetrics(data, origin, spec);
      if (isScoreReport(data)) return scoreMetrics(data, origin);
      return new MetricTree(origin, data);
    }
    case 'yaml':
      return parseYamlMetrics(text, origin);
    case 'csv':
      return parseCsvMetrics(text, origin, { layout: spec.layout, idColumn: spec.idColumn });
    case 'model-card':
      return parseModelCardMetrics(text, origin, { dataset: spec.dataset });
    case 'bench':
      return benchMetrics(parseLenientJson(text, origin), origin, spec);
    case 'score':
      return scoreMetrics(parseLenientJson(text, origin), origin);
  }
}

/**
 * A metrics file's text at a git ref, undefined when the file did not exist there (the first run of a gate).
 * Git's refusals (an unsafe ref, one that names no commit, no repository) are usage errors of this source.
 */
async function readMetricsAtRef(file: string, ref: string, refs: SourceContext['refs']): Promise<string | undefined> {
  let bytes: Buffer | undefined;
  try {
    bytes = (await (refs ? refs.read(file, ref) : readFileAtRef(file, ref))).bytes;
  } catch (err) {
    if (err instanceof ModelshipError) throw new MetricSourceError(err.message, { hint: err.hint, cause: err });
    throw err;
  }
  if (bytes !== undefined && bytes.length > MAX_METRICS_FILE_BYTES) {
    throw new MetricSourceError(`${file} at ${ref} is ${bytes.length} bytes, more than the ${MAX_METRICS_FILE_BYTES}-byte limit for metrics`);
  }
  return bytes?.toString('utf8');
}

function fileSource(spec: FileSourceSpec, ctx: SourceContext): MetricSource {
  if (typeof spec.file !== 'string' || spec.file === '') throw new MetricSourceError('a file metric source needs a "file" path');
  const absolute = ctx.resolvePath(spec.file);
  const label = path.relative(ctx.root, absolute).split(path.sep).join('/') || spec.file;
  const format = formatOf(absolute, spec.format);
  if (format === 'mlflow') {
    if (spec.ref) throw new MetricSourceError(`an MLflow run folder cannot be read at git ref ${spec.ref}`);
    return new MlflowRunSource(absolute, {}, label);
  }
  if (spec.ref) {
    const ref = spec.ref;
    return {
      describe: () => `${label} at ${ref}`,
      read: async () => {
        const text = await readMetricsAtRef(absolute, ref, ctx.refs);
        if (text === undefined) throw new SourceNotFoundError(`${label} does not exist at git ref ${ref}`);
        return parseMetricsText(text, `${label}@${ref}`, format, spec);
      },
    };
  }
  return {
    describe: () => label,
    read: async () => parseMetricsText(await readTextFile(absolute), label, format, spec),
  };
}

function prometheusSource(p: PrometheusSourceSpec['prometheus'], ctx: SourceContext): MetricSource {
  if (!p || typeof p.url !== 'string' || !p.queries || typeof p.queries !== 'object') {
    throw new MetricSourceError('a prometheus source needs "url" and "queries" (name → PromQL)');
  }
  const seconds = (v: string | number | undefined, what: string) => (v === undefined ? undefined : parseDuration(v, what) / 1000);
  const queries: Record<string, PrometheusQuery> = {};
  for (const [name, q] of Object.entries(p.queries)) {
    const body = typeof q === 'string' ? { query: q } : q;
    const window = seconds(body.range ?? p.range, `prometheus query "${name}" range`);
    const step = seconds(body.step ?? p.step, `prometheus query "${name}" step`) ?? (window !== undefined ? Math.max(1, window / 60) : undefined);
    queries[name] = {
      query: body.query,
      reduce: body.reduce ?? p.reduce,
      sliceBy: body.sliceBy,
      range: window !== undefined ? { windowSeconds: window, stepSeconds: step! } : undefined,
    };
  }
  let time: number | undefined;
  if (p.time !== undefined) {
    time = typeof p.time === 'number' ? p.time : Date.parse(p.time) / 1000;
    if (!Number.isFinite(time)) throw new MetricSourceError(`prometheus time "${p.time}" is not a unix time or an RFC 3339 date`);
  }
  return new PrometheusSource({ url: p.url, queries, time, timeoutMs: p.timeout === undefined ? undefined : parseDuration(p.timeout, 'prometheus timeout'), headers: p.headers, fetch: ctx.fetch });
}
