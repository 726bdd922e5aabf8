import type { MetricSourceSpec } from '../core/metrics/index.js';

/** Types of the `gates:` section of modelship.yml (schema: schema/sections/gates.json). */

export type Direction = 'higher' | 'lower';
export type MissingPolicy = 'fail' | 'warn' | 'skip';
export type MissingBaselinePolicy = 'fail' | 'skip';
export type ZeroBaselinePolicy = 'fail' | 'skip' | 'absoluteOnly' | 'strictImprovement';
export type NonFinitePolicy = 'fail' | 'warn' | 'skip';

export interface ValueBounds {
  min?: number;
  max?: number;
}

/** Bounds on Δ = s·(c − b) and ρ = Δ / |b| (s = +1 when higher is better, −1 when lower is). */
export interface ChangeBounds {
  minAbsolute?: number;
  minRelative?: number;
  maxAbsolute?: number;
  maxRelative?: number;
}

/** Fairness: the spread of a metric across the values of one slicing feature. */
export interface CrossSliceSpec {
  feature: string;
  /** Largest allowed max − min across the slices (absolute, in the metric's unit). */
  maxGap: number;
  /** Only these slice values (default: every value the candidate has). */
  values?: string[];
}

export type StatisticsMethod = 'pairedBootstrap' | 'bootstrap' | 'mannWhitney' | 'twoProportion' | 'welch';

export interface StatisticsSpec {
  method: StatisticsMethod;
  /** Key of the per-example samples (default: the check's metric). */
  samples?: string;
  resamples?: number;
  confidence?: number;
  seed?: number;
  /** Fewer samples than this on either side make the check inconclusive (default 5). */
  minSamples?: number;
  /** `bound` (default): decide on the confidence bound worst for the candidate; `pointEstimate`: report only. */
  decideOn?: 'bound' | 'pointEstimate';
  /** twoProportion/welch: the smallest difference worth detecting (metric units); sizes the test up front. */
  minimumDetectableEffect?: number;
  /** twoProportion/welch: the power the sample size is computed for (default 0.8). */
  power?: number;
  /** twoProportion: the baseline rate the sample size assumes (default: the baseline's observed rate). */
  baselineRate?: number;
  /** welch: the outcome's standard deviation the sample size assumes (default: the pooled observed one). */
  standardDeviation?: number;
}

export interface CheckSpec {
  /** Name shown in reports (default: the metric). */
  name?: string;
  metric: string;
  direction: Direction;
  value?: ValueBounds;
  change?: ChangeBounds;
  /** Where the check applies: `overall`, a feature (every slice of it) or `feature:value`. Default [overall]. */
  slices?: string[];
  crossSlice?: CrossSliceSpec;
  statistics?: StatisticsSpec;
  /** A failing critical check fails the gate whatever the aggregate. */
  critical?: boolean;
  /** Weight in the `score` aggregate (default 1). */
  weight?: number;
  onMissingMetric?: MissingPolicy;
  description?: string;
}

export interface GatePolicies {
  onMissingMetric: MissingPolicy;
  onMissingBaseline: MissingBaselinePolicy;
  onZeroBaseline: ZeroBaselinePolicy;
  onNonFinite: NonFinitePolicy;
  /** |b| below this is a zero baseline. */
  zeroEpsilon: number;
}

export interface AggregateSpec {
  mode: 'all' | 'score';
  /** Score (0–100) at or above which the gate passes. */
  pass: number;
  /** Score at or above which (and below pass) the result is marginal. */
  marginal: number;
  onMarginal: 'inconclusive' | 'fail' | 'pass';
}

/** Where a baseline comes from: a metric source, or the metrics of the version live in an environment. */
export type BaselineSpec = MetricSourceSpec | { live: { environment: string; model?: string } };

/** One gate as written in modelship.yml (optional keys may be absent). */
export interface GateSpec {
  description?: string;
  /** Model whose `metrics` file is the default candidate. */
  model?: string;
  candidate?: MetricSourceSpec;
  baseline?: BaselineSpec;
  policies?: Partial<GatePolicies>;
  checks: CheckSpec[];
  aggregate?: Partial<AggregateSpec>;
  seed?: number;
}

/** A gate with every default applied: what the engine evaluates. */
export interface GateConfig {
  name: string;
  description?: string;
  policies: GatePolicies;
  checks: CheckSpec[];
  aggregate: AggregateSpec;
  seed: number;
}

export const DEFAULT_POLICIES: GatePolicies = {
  onMissingMetric: 'fail',
  onMissingBaseline: 'fail',
  onZeroBaseline: 'fail',
  onNonFinite: 'fail',
  zeroEpsilon: 1e-12,
};

export const DEFAULT_AGGREGATE: AggregateSpec = { mode: 'all', pass: 90, marginal: 75, onMarginal: 'inconclusive' };

export const DEFAULT_SEED = 42;

export function gateConfig(name: string, spec: GateSpec): GateConfig {
  return {
    name,
    description: spec.description,
    policies: { ...DEFAULT_POLICIES, ...spec.policies },
    checks: spec.checks,
    aggregate: { ...DEFAULT_AGGREGATE, ...spec.aggregate },
    seed: spec.seed ?? DEFAULT_SEED,
  };
}
