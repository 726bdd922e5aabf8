import { ModelshipError, ExitCode } from '../errors.js';

/**
 * Metric sources: where a gate (and the deploy engine's canary analysis) reads numbers from. A source reads
 * once and returns a MetricSet; the set answers lookups by dotted key and slice without further I/O, so the
 * engine that judges them stays pure.
 */
export interface MetricSource {
  /** One line for reports: `file examples/iris/models/iris-v2/metrics.json`, `prometheus query ...`. */
  describe(): string;
  read(): Promise<MetricSet>;
}

/** A slice of the evaluation data: one value of one slicing feature, e.g. `species:setosa`. */
export interface SliceRef {
  feature: string;
  value: string;
}

/**
 * The answer to one lookup. `missing` (absent key, absent slice, a query without data) goes to the gate's
 * missing-metric policy; `invalid` (a value that is not a number) is always an error: never a silent pass.
 */
export type MetricLookup =
  | { ok: true; value: number }
  | { ok: false; kind: 'missing' | 'invalid'; reason: string };

/** Per-example (or per-measurement) values behind a metric, for statistics; `ids` pair two models' examples. */
export interface SampleSet {
  values: number[];
  ids?: string[];
}

export interface MetricSet {
  /** Where the numbers came from, for reports. */
  describe(): string;
  /** The value of a metric (dotted key, e.g. `eval.accuracy`), overall or in one slice. */
  get(metric: string, slice?: SliceRef): MetricLookup;
  /** The values of a slicing feature (e.g. `species` → setosa, versicolor, virginica); undefined if unknown. */
  sliceValues(feature: string): string[] | undefined;
  /** Per-example values behind a metric, overall or in one slice; undefined when the source has none. */
  samples(metric: string, slice?: SliceRef): SampleSet | undefined;
  /** Known metric keys (for "did you mean" and listings). */
  keys(): string[];
}

/** A source that could not be read or parsed: names the source and says what was expected. */
export class MetricSourceError extends ModelshipError {
  /**
   * `unavailable`: the source did not answer (Prometheus down, HTTP error): the gate cannot evaluate and
   * reports inconclusive. `invalid`: the data is malformed (bad JSON, ragged CSV): a usage error (exit 2).
   */
  readonly kind: 'invalid' | 'unavailable';
  constructor(message: string, options: { kind?: 'invalid' | 'unavailable'; hint?: string; cause?: unknown } = {}) {
    super(message, { exitCode: options.kind === 'unavailable' ? ExitCode.Inconclusive : ExitCode.Usage, hint: options.hint, cause: options.cause });
    this.name = 'MetricSourceError';
    this.kind = options.kind ?? 'invalid';
  }
}

function sliceName(slice: SliceRef | undefined): string {
  return slice === undefined ? 'overall' : `${slice.feature}:${slice.value}`;
}

/** The file (or the file at a git ref) does not exist: for a baseline, the first run; for a candidate, an error. */
export class SourceNotFoundError extends MetricSourceError {
  constructor(message: string, options: { hint?: string } = {}) {
    super(message, options);
    this.name = 'SourceNotFoundError';
  }
}
