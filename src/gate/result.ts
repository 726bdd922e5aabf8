import type { StatisticsMethod } from './config.js';

/** What the gate engine produces: one row per (check, slice, kind), then a verdict. */

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip' | 'error';
export type CheckKind = 'value' | 'change' | 'crossSlice';
export type Verdict = 'pass' | 'fail' | 'inconclusive';

/** A number as JSON can carry it: non-finite values are spelled out ("NaN", "Infinity", "-Infinity"). */
export type JsonNumber = number | 'NaN' | 'Infinity' | '-Infinity' | null;

export interface CheckResult {
  /** The check's name (its `name`, else its metric). */
  check: string;
  /** Index of the check in `gates.<gate>.checks`. */
  checkIndex: number;
  kind: CheckKind;
  metric: string;
  /** `overall`, `feature:value`, or `feature:*` for a cross-slice gap. */
  slice: string;
  candidate: JsonNumber;
  baseline: JsonNumber;
  /** Δ = s·(c − b) and ρ = Δ / |b| (null when |b| is a zero baseline). */
  change?: { absolute: JsonNumber; relative: JsonNumber };
  /** The bounds, as a formula: `0.9 ≤ c`, `Δ ≥ -0.01`, `gap ≤ 0.15`. */
  bound: string;
  statistics?: {
    method: StatisticsMethod;
    confidence: number;
    estimate: JsonNumber;
    lower?: JsonNumber;
    upper?: JsonNumber;
    pWorse?: JsonNumber;
    pBetter?: JsonNumber;
    resamples?: number;
    seed?: number;
    n: { candidate: number; baseline: number; paired?: number };
    /** twoProportion/welch with a minimum detectable effect: the sample size per arm computed up front. */
    requiredPerArm?: number;
    decidedOn: 'bound' | 'pointEstimate';
  };
  status: CheckStatus;
  /** True only when the check ran and held (warn and skip are not passes). */
  passed: boolean;
  critical: boolean;
  weight: number;
  /** One sentence: what was compared and why it passed or failed. */
  reason: string;
  /** Where the check is written in modelship.yml (set by runGate). */
  location?: { file: string; line?: number; column?: number };
}

export interface GateResult {
  gate: string;
  verdict: Verdict;
  /** One sentence for the verdict. */
  reason: string;
  /** Weighted score 0–100 (aggregate mode `score`). */
  score?: number;
  aggregate: 'all' | 'score';
  candidate: string;
  baseline: string | null;
  /** Why there is no baseline, when there is none. */
  baselineNote?: string;
  counts: Record<CheckStatus, number>;
  checks: CheckResult[];
  seed: number;
}
