import { MetricTree, type MetricSet } from '../core/metrics/index.js';
import type { AnalysisContext, AnalysisResult, AnalysisRunner } from '../deploy/analysis.js';
import { worstPhase } from '../deploy/analysis.js';
import { gateConfig, type GateSpec } from '../gate/config.js';
import { evaluateGate } from '../gate/engine.js';
import type { GateResult } from '../gate/result.js';
import { figuresBetween, histogramQuantile, histogramSamples, type VersionFigures } from '../core/metrics/exposition.js';

/** What the live analysis tolerates; every bound becomes a check of a gate the gate engine judges. */
export interface LiveAnalysisLimits {
  /**
   * The candidate's observed share of routed requests may differ from the step weight by this many binomial
   * standard deviations (100·√(w(1−w)/n) points for n requests), and at least by `shareMinTolerance` points:
   * a correct router fails 4σ about once in 16,000 windows; a wrong weight fails it at once.
   */
  shareSigmas: number;
  shareMinTolerance: number;
  /** Candidate error rate ≤ stable error rate + this (absolute, 0.01 = one point). */
  errorMargin: number;
  /** Candidate error rate ≤ this, whatever the stable does. */
  maxErrorRate: number;
  /**
   * The candidate's latencies may not be shifted up by more than this × the stable's median, significantly
   * (Mann-Whitney over every request of the window). Latency is judged only this way: relative to the stable
   * answering in the same window, so load on the machine slows both sides alike, and by a test over all
   * requests, not a p99 of a few dozen, whose value on a busy machine is one slow request.
   */
  maxLatencyShift: number;
  latencyConfidence: number;
  /** Requests the server must have answered in a step's window before it is judged. */
  minRequests: number;
  /** ... of which at least this many by the candidate. */
  minCandidateRequests: number;
  /** The stable needs this many answers in the window to be the baseline; else its answers over the rollout. */
  minBaselineRequests: number;
  /** A window that does not fill in this time is inconclusive. */
  timeoutMs: number;
}

export const DEFAULT_LIVE_LIMITS: LiveAnalysisLimits = {
  shareSigmas: 4,
  shareMinTolerance: 2,
  errorMargin: 0.01,
  maxErrorRate: 0.05,
  maxLatencyShift: 1,
  latencyConfidence: 0.99,
  minRequests: 200,
  minCandidateRequests: 30,
  minBaselineRequests: 20,
  timeoutMs: 15_000,
};

/** One version's figures in a window, as the report shows them. */
export interface ObservedVersion {
  version: string;
  requests: number;
  errors: number;
  errorRate: number;
  p50ms: number;
  p99ms: number;
}

/** One canary step as observed through the server and judged. */
export interface StepObservation {
  step: number;
  weight: number;
  windowMs: number;
  /** Requests routed in the window (to any version). */
  routed: number;
  /** Candidate share of routed requests, in percent. */
  share: number;
  candidate: ObservedVersion;
  /** The stable in the same window (absent when it served nothing, e.g. at 100 %). */
  stable?: ObservedVersion;
  /** What the candidate was compared with: the stable in this window, over the whole rollout, or nothing. */
  baseline: { scope: 'window' | 'rollout' | 'none'; figures?: ObservedVersion };
  live: GateResult;
  /** The environment's own configured analysis (its `strategy.analysis.gate`), when there is one. */
  configured?: AnalysisResult;
  phase: AnalysisResult['phase'];
  reasons: string[];
}

/** Points the candidate's share may stray from `weight` (percent) over `routed` requests. */
export function shareTolerance(weight: number, routed: number, limits: LiveAnalysisLimits = DEFAULT_LIVE_LIMITS): number {
  const p = weight / 100;
  const sigma = routed > 0 ? 100 * Math.sqrt((p * (1 - p)) / routed) : 100;
  return Math.max(limits.shareMinTolerance, limits.shareSigmas * sigma);
}

/**
 * The gate a step is judged by: the live figures of the candidate against those of the stable. Bounds that
 * depend on the window (the share tolerance, the p99 allowance) are computed here and written into the
 * checks, so the report shows the exact bound each figure was held to. No check compares a latency with a
 * fixed number of milliseconds: p99 is reported, latency is judged against the stable in the same window.
 */
export function liveCanaryGate(window: { weight: number; routed: number; sameWindow?: boolean }, limits: LiveAnalysisLimits = DEFAULT_LIVE_LIMITS): GateSpec {
  const { weight, routed } = window;
  const sameWindow = window.sameWindow ?? true;
  const tol = shareTolerance(weight, routed, limits);
  const round = (x: number) => Number(x.toPrecision(4));
  const latency: GateSpec['checks'] = [
    {
      name: 'latency shift',
      metric: 'latency_p50_ms',
      direction: 'lower',
      change: { minRelative: -limits.maxLatencyShift },
      statistics: { method: 'mannWhitney', samples: 'latency_ms', confidence: limits.latencyConfidence },
      description: "Mann-Whitney over every request of the window, against the stable answering beside it: no significant shift beyond the bound (no absolute latency bound: a busy machine slows both versions alike)",
    },
  ];
  return {
    description: `live canary analysis at ${weight}%: the server's /metrics, candidate vs stable ${sameWindow ? 'in the same window' : 'over the rollout (latency not compared: the stable served nothing beside it)'}`,
    policies: { onMissingBaseline: 'skip' },
    checks: [
      {
        name: 'traffic share %',
        metric: 'traffic_share',
        direction: 'higher',
        value: { min: round(Math.max(0, weight - tol)), max: round(Math.min(100, weight + tol)) },
        critical: true,
        description: `the router gives the candidate its step weight, within ${limits.shareSigmas} binomial standard deviations`,
      },
      {
        name: 'error rate',
        metric: 'error_rate',
        direction: 'lower',
        value: { max: limits.maxErrorRate },
        change: { minAbsolute: -limits.errorMargin },
        critical: true,
      },
      // Latency only side by side: across windows it would compare the machine's load, not the versions.
      ...(sameWindow ? latency : []),
    ],
  };
}

export function observe(f: VersionFigures): ObservedVersion {
  return {
    version: f.version,
    requests: f.requests,
    errors: f.errors,
    errorRate: f.requests > 0 ? f.errors / f.requests : NaN,
    p50ms: histogramQuantile(0.5, f.latency) * 1000,
    p99ms: histogramQuantile(0.99, f.latency) * 1000,
  };
}

/** The figures of one version as a metric set the gate engine reads. */
export function figuresMetricSet(f: VersionFigures, routed: number, origin: string): MetricSet {
  const o = observe(f);
  const missing = new Map<string, string>();
  const root: Record<string, number> = { requests: f.requests, errors: f.errors, server_errors: f.serverErrors };
  if (routed > 0) root.traffic_share = (100 * f.requests) / routed;
  else missing.set('traffic_share', 'no request was routed in the window');
  if (f.requests > 0) {
    root.error_rate = o.errorRate;
    root.server_error_rate = f.serverErrors / f.requests;
  } else {
    for (const k of ['error_rate', 'server_error_rate']) missing.set(k, `${f.version} answered no request in the window`);
  }
  if (f.latency.count > 0) {
    root.latency_p50_ms = o.p50ms;
    root.latency_p99_ms = o.p99ms;
  } else {
    for (const k of ['latency_p50_ms', 'latency_p99_ms']) missing.set(k, `${f.version} has no latency observation in the window`);
  }
  const samples = new Map([['latency_ms', { values: histogramSamples(f.latency).map((x) => x * 1000) }]]);
  return new MetricTree(origin, root, missing, samples);
}

const empty = (version: string): VersionFigures => ({ version, requests: 0, errors: 0, serverErrors: 0, byCode: {}, latency: { buckets: [], count: 0, sum: 0 } });

/**
 * Canary analysis over a live server: each step's window starts when the routing changes (`beginWindow`)
 * and is judged once the server has answered enough requests in it. The figures come from the server's
 * own /metrics (no Prometheus needed), become metric sets, and the gate engine judges them with
 * `liveCanaryGate`; the environment's configured analysis (e.g. the offline quality gate) runs too, and
 * the worse of the two phases is the step's.
 */
export class LiveCanaryAnalysis implements AnalysisRunner {
  readonly observations: StepObservation[] = [];
  private rolloutStart?: Map<string, VersionFigures>;
  private windowStart?: { figures: Map<string, VersionFigures>; at: number };

  constructor(
    private readonly scrape: () => Promise<Map<string, VersionFigures>>,
    private readonly options: { configured?: AnalysisRunner; limits?: Partial<LiveAnalysisLimits>; onStep?: (observation: StepObservation) => void } = {},
  ) {}

  get limits(): LiveAnalysisLimits {
    return { ...DEFAULT_LIVE_LIMITS, ...this.options.limits };
  }

  /** Call right after the server applied a routing change: the next analysis judges from here. */
  async beginWindow(): Promise<void> {
    const figures = await this.scrape();
    this.rolloutStart ??= figures;
    this.windowStart = { figures, at: performance.now() };
  }

  async analyze(context: AnalysisContext): Promise<AnalysisResult> {
    const limits = this.limits;
    if (!this.windowStart) await this.beginWindow();
    const start = this.windowStart!;
    const stableName = context.stable;
    // Fill the window: enough answers in all, and enough from the candidate for its percentiles to mean something.
    const wantCandidate = context.weight > 0 ? limits.minCandidateRequests : 0;
    let now = start.figures;
    let window = new Map<string, VersionFigures>();
    let filled = false;
    const deadline = performance.now() + limits.timeoutMs;
    let unreadable: string | undefined;
    while (performance.now() <= deadline) {
      try {
        const next = await this.scrape();
        window = figuresBetween(start.figures, next);
        now = next;
      } catch (err) {
        // A measurement that failed is not a verdict on the candidate (Argo's Error): inconclusive, said why.
        unreadable = err instanceof Error ? err.message : String(err);
        break;
      }
      const routed = [...window.values()].filter((f) => f.version !== '').reduce((s, f) => s + f.requests, 0);
      if (routed >= limits.minRequests && (window.get(context.candidate)?.requests ?? 0) >= wantCandidate) {
        filled = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    const windowMs = performance.now() - start.at;
    const routed = [...window.values()].filter((f) => f.version !== '').reduce((s, f) => s + f.requests, 0);
    const cand = window.get(context.candidate) ?? empty(context.candidate);
    const stableWindow = stableName ? window.get(stableName) : undefined;
    let baselineFigures: VersionFigures | undefined;
    let scope: StepObservation['baseline']['scope'] = 'none';
    if (stableName && stableWindow && stableWindow.requests >= limits.minBaselineRequests) {
      baselineFigures = stableWindow;
      scope = 'window';
    } else if (stableName && this.rolloutStart) {
      const over = figuresBetween(this.rolloutStart, now).get(stableName);
      if (over && over.requests >= limits.minBaselineRequests) {
        baselineFigures = over;
        scope = 'rollout';
      }
    }

    const spec = liveCanaryGate({ weight: context.weight, routed, sameWindow: scope === 'window' }, limits);
    const origin = (v: string, what: string) => `modelship serve /metrics: ${context.model} ${v}, ${what}`;
    const live = evaluateGate(gateConfig('live-canary', spec), {
      candidate: figuresMetricSet(cand, routed, origin(context.candidate, `step ${context.step} window (${routed} routed requests, ${Math.round(windowMs)} ms)`)),
      baseline: baselineFigures ? figuresMetricSet(baselineFigures, routed, origin(baselineFigures.version, scope === 'window' ? 'same window' : 'since the rollout began')) : undefined,
      baselineNote: stableName ? `the stable ${stableName} answered fewer than ${limits.minBaselineRequests} requests` : 'nothing was live before: no stable to compare with',
    });
    const configured = this.options.configured ? await this.options.configured.analyze(context) : undefined;

    let phase: AnalysisResult['phase'] = live.verdict === 'pass' ? 'successful' : live.verdict === 'fail' ? 'failed' : 'inconclusive';
    const reasons: string[] = [];
    if (unreadable !== undefined) {
      phase = 'inconclusive';
      reasons.push(`the server's figures could not be read: ${unreadable}`);
    } else if (!filled) {
      phase = worstPhase([phase, 'inconclusive']);
      reasons.push(`the window did not fill within ${limits.timeoutMs} ms: ${routed} routed requests (need ${limits.minRequests}), ${cand.requests} by ${context.candidate} (need ${wantCandidate})`);
    }
    const bad = live.checks.filter((c) => c.status === 'fail' || c.status === 'error');
    reasons.push(...(bad.length ? bad.map((c) => `live-canary: ${c.reason}`) : [`live-canary: ${live.reason}`]));
    if (configured) {
      phase = worstPhase([phase, configured.phase]);
      reasons.push(...configured.reasons.map((r) => (r.startsWith(`${context.gate}:`) ? r : `${context.gate}: ${r}`)));
    }
    const observation: StepObservation = {
      step: context.step,
      weight: context.weight,
      windowMs,
      routed,
      share: routed > 0 ? (100 * cand.requests) / routed : NaN,
      candidate: observe(cand),
      stable: stableWindow && stableWindow.requests > 0 ? observe(stableWindow) : undefined,
      baseline: { scope, figures: baselineFigures ? observe(baselineFigures) : undefined },
      live,
      configured,
      phase,
      reasons,
    };
    this.observations.push(observation);
    this.options.onStep?.(observation);
    // The next step's window starts at its routing change; until then, a new analysis starts from now.
    this.windowStart = undefined;
    return { phase, reasons };
  }
}
