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
  /**
   * Estimated candidate / baseline ratio of the metric; > 1 is slower for latency, faster for throughput.
   * Paired trials: the Hodges-Lehmann estimate of the per-pair ratios (the median per-pair ratio for the
   * bootstrap); a stored baseline: the ratio of the trial medians. `candidate` and `baseline` are always
   * the medians of each side's trials.
   */
  ratio: number;
  /** Relative change in the bad direction (positive = worse), e.g. 0.2 = 20% worse. */
  change: number;
  /**
   * `wilcoxon`: signed-rank test on the per-pair ratios (paired trials, rule `mann-whitney`);
   * `mann-whitney`: rank-sum test on independent trials (a stored baseline); `bootstrap`: seeded interval.
   */
  test: 'mann-whitney' | 'bootstrap' | 'wilcoxon';
  /** Whether trial i of both sides ran adjacent in time (order randomised within the pair) and was tested as a pair. */
  paired: boolean;
  pairs?: number;
  /**
   * One-sided p-value of the rank test for "the candidate is worse than the baseline" (slower, or fewer
   * items/s); H0: no worse. Small values are evidence of a slowdown; never a two-sided p-value.
   */
  pValue?: number;
  /** The direction `pValue` is for: always `worse`. */
  pValueFor?: 'worse';
  /** One-sided p-value for "worse by less than minEffect" (H0: worse by minEffect or more); small = the trials exclude a regression. */
  pValueWithinMinEffect?: number;
  ci?: { lower: number; upper: number; confidence: number };
  /**
   * `regressed`: evidence of a change at least minEffect worse; `improved`: the same, better;
   * `unchanged`: evidence that any slowdown is under minEffect; `inconclusive`: the trials cannot tell;
   * `incomparable`: no comparison possible (another machine, a new model, too few trials).
   */
  verdict: 'regressed' | 'improved' | 'unchanged' | 'inconclusive' | 'incomparable';
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
  /** `fail` when a comparison regressed, else `inconclusive` when one could not tell, else `pass` (exit 1 / 3 / 0). */
  verdict: 'pass' | 'fail' | 'inconclusive';
  regressed: boolean;
  /** A comparison's trials could not tell a regression of minEffect from noise. */
  inconclusive: boolean;
  warnings: string[];
}
