import type { MachineInfo } from './machine.js';

/** Latency summary in milliseconds, from an HDR histogram. */
export interface LatencySummary {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
  stddev: number;
}

/** One trial: a warm-up, then a timed window (or a fixed number of iterations). */
export interface TrialResult {
  samples: number;
  durationMs: number;
  latency_ms: LatencySummary;
  throughput_per_s: number;
  /** Resident set size at the end of the trial (MB). */
  rss_mb: number;
  errors: number;
  /** HTTP only: responses per status code. */
  status?: Record<string, number>;
}

/** What the CLI and the action print per model and batch size (DESIGN.md shape, plus details). */
export interface BenchResult {
  model: string;
  runner: string;
  batch: number;
  /** Which side of a comparison this is: the model under test or the baseline measured in the same run. */
  role: 'candidate' | 'baseline';
  samples: number;
  latency_ms: LatencySummary;
  throughput_per_s: number;
  /** Peak resident set size of the measuring process (MB); for `command`, what the command reported. */
  rss_mb: number;
  loadMs?: number;
  errors: number;
  status?: Record<string, number>;
  trials: TrialResult[];
  /** Spread of the regression metric across trials (coefficient of variation). */
  trialCv: number;
  /** What was measured: model file and its sha256, URL, command. */
  target: string;
  sha256?: string;
  warnings: string[];
}

export type RegressionMetric = 'p50' | 'p90' | 'p95' | 'p99' | 'mean' | 'throughput';

export interface ComparisonRow {
  model: string;
  batch: number;
  metric: RegressionMetric;
  /** Where the baseline came from: `ref:<sha>` (measured in this run), `file:<path>`, `history:<id>`. */
  baselineSource: string;
  candidate: number;
  baseline: number;
  /** candidate / baseline of the trial medians; > 1 is slower for latency, faster for throughput. */
  ratio: number;
  /** Relative change in the bad direction (positive = worse), e.g. 0.2 = 20% worse. */
  change: number;
  test: 'mann-whitney' | 'bootstrap';
  pValue?: number;
  ci?: { lower: number; upper: number; confidence: number };
  verdict: 'regressed' | 'improved' | 'unchanged' | 'incomparable';
  regressed: boolean;
  reason: string;
}

export interface BenchReport {
  version: 1;
  createdAt: string;
  commit?: string;
  machine: MachineInfo;
  results: BenchResult[];
  comparison: ComparisonRow[];
  regressed: boolean;
  warnings: string[];
}
