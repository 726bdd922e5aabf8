import { parseDuration } from '../core/duration.js';
import { MetricSourceError, scrapeServe, ServeMeasurement } from '../core/metrics/index.js';
import { DEFAULT_SPRT, ErrorRateSprt, type SprtState } from '../core/stats/sprt.js';
import type { AnalysisContext, AnalysisPhase, AnalysisResult, AnalysisRunner } from './analysis.js';
import type { AnalysisSpec } from './config.js';

/**
 * One analysis run of a rollout step, with Argo Rollouts' measurement semantics (docs/deploy.md, "Analysis"):
 * `count` measurements `interval` apart (one when neither is set), each judged by the gate the analysis
 * names (a template: its sources may use {{candidate}}, {{stable}}, {{args.NAME}}) and, with `sequential`,
 * by the candidate-vs-stable sequential test over the same window. The run is
 * - failed when failed measurements exceed `failureLimit` (default 0), or the sequential test says the
 *   candidate is worse: the rollout aborts;
 * - error when measurements that could not be taken (a source down, a query refused) exceed
 *   `consecutiveErrorLimit` (default 4) in a row, or no measurement could be taken at all: the rollout aborts
 *   (an error is never a failed measurement, but a source down longer than the budget judges nothing);
 * - inconclusive when inconclusive measurements exceed `inconclusiveLimit` (default 0): the rollout pauses
 *   for a person (action `pause`);
 * - successful otherwise, early when the sequential test already says the candidate is not worse.
 */

export type RunPhase = AnalysisPhase | 'error';

export interface Measurement {
  index: number;
  phase: RunPhase;
  reasons: string[];
  at: string;
  /** The sequential test after this measurement's window. */
  sequential?: SprtState;
}

export interface AnalysisRunResult extends AnalysisResult {
  /** What the rollout does next: go on, abort (failed or error), or wait for a person (inconclusive). */
  action: 'continue' | 'abort' | 'pause';
  runPhase: RunPhase;
  measurements: Measurement[];
  /** Set when the run stopped before `count` measurements, and why. */
  stoppedEarly?: string;
}

export interface RunOptions {
  /** The gate runner; absent when the analysis is the sequential test alone. */
  runner?: AnalysisRunner;
  sleep: (ms: number) => Promise<void>;
  /** The environment's modelship serve (its `url`), the default address of the sequential test. */
  serveUrl?: string;
  fetch?: typeof fetch;
  /** Told of every server a measurement scraped (the engine reads the blast radius from them). */
  onServer?: (url: string) => void;
}

export const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;

/** Reads an analysis spec's limits, checking what the schema cannot (count needs an interval). */
export function analysisLimits(spec: AnalysisSpec, where: string): { count: number; intervalMs: number; failureLimit: number; inconclusiveLimit: number; consecutiveErrorLimit: number } {
  const intervalMs = spec.interval === undefined ? 0 : parseDuration(spec.interval, `${where}.interval`);
  const count = spec.count ?? 1;
  if (count > 1 && spec.interval === undefined) throw new MetricSourceError(`${where}: count ${count} needs an interval between the measurements`, { hint: 'add e.g. interval: 30s' });
  return { count, intervalMs, failureLimit: spec.failureLimit ?? 0, inconclusiveLimit: spec.inconclusiveLimit ?? 0, consecutiveErrorLimit: spec.consecutiveErrorLimit ?? DEFAULT_CONSECUTIVE_ERROR_LIMIT };
}

export async function runAnalysis(spec: AnalysisSpec, context: AnalysisContext, options: RunOptions, where = 'analysis'): Promise<AnalysisRunResult> {
  const limits = analysisLimits(spec, where);
  const sequential = spec.sequential ? new ErrorRateSprt({ alpha: spec.sequential.alpha ?? DEFAULT_SPRT.alpha, beta: spec.sequential.beta ?? DEFAULT_SPRT.beta, relativeRisk: spec.sequential.relativeRisk ?? DEFAULT_SPRT.relativeRisk }) : undefined;
  // The environment's url may name the model's endpoint (…/v2/models/iris): its server's /metrics is at the origin.
  const seqUrl = spec.sequential ? (spec.sequential.url ?? originOf(options.serveUrl)) : undefined;
  if (spec.sequential && !seqUrl) throw new MetricSourceError(`${where}.sequential: no modelship serve to read: set sequential.url (or the environment's url)`);
  const seqWindowMs = spec.sequential ? parseDuration(spec.sequential.window ?? '10s', `${where}.sequential.window`) : 0;
  const measurements: Measurement[] = [];
  let failed = 0;
  let inconclusive = 0;
  let consecutiveErrors = 0;
  let stoppedEarly: string | undefined;
  let verdict: RunPhase | undefined;
  const args = { ...(spec.args ?? {}) };

  for (let i = 0; i < limits.count; i++) {
    if (i > 0 && limits.intervalMs > 0) await options.sleep(limits.intervalMs);
    const measurement = new ServeMeasurement({ fetch: options.fetch });
    const m: Measurement = { index: i + 1, phase: 'successful', reasons: [], at: new Date().toISOString() };
    const phases: RunPhase[] = [];
    const seqRead = sequential && seqUrl ? readSequential(measurement, seqUrl, seqWindowMs, context, sequential).then((state) => ({ state }), (error: unknown) => ({ error })) : undefined;
    if (options.runner) {
      try {
        const r = await options.runner.analyze({ ...context, args, measurement });
        phases.push(r.error !== undefined ? 'error' : r.phase);
        m.reasons.push(...(r.error !== undefined ? [r.error] : r.reasons));
      } catch (err) {
        phases.push('error');
        m.reasons.push(`measurement could not be taken: ${(err as Error).message}`);
      }
    }
    if (seqRead) {
      const got = await seqRead;
      if ('error' in got) {
        phases.push('error');
        m.reasons.push(`sequential test: ${(got.error as Error).message}`);
      } else {
        m.sequential = got.state;
        const s = got.state;
        const figures = `${context.candidate} ${s.candidateErrors}/${s.candidateRequests} errors, ${context.stable ?? 'stable'} ${s.stableErrors}/${s.stableRequests}, log-likelihood ratio ${s.llr.toFixed(2)} in (${s.lower.toFixed(2)}, ${s.upper.toFixed(2)})`;
        if (s.decision === 'worse') {
          phases.push('failed');
          m.reasons.push(`sequential test: the candidate's error rate is ${spec.sequential!.relativeRisk ?? DEFAULT_SPRT.relativeRisk}x the stable's (${figures})`);
        } else {
          phases.push('successful');
          m.reasons.push(`sequential test: ${s.decision === 'not-worse' ? 'not worse than the stable' : 'undecided'} (${figures})`);
        }
      }
    }
    for (const url of measurement.urls()) options.onServer?.(url);
    m.phase = phases.includes('error') ? 'error' : phases.includes('failed') ? 'failed' : phases.includes('inconclusive') ? 'inconclusive' : 'successful';
    measurements.push(m);
    if (m.phase === 'error') consecutiveErrors++;
    else consecutiveErrors = 0;
    if (m.phase === 'failed') failed++;
    if (m.phase === 'inconclusive') inconclusive++;

    if (m.sequential?.decision === 'worse') {
      verdict = 'failed';
      stoppedEarly = `the sequential test decided after ${i + 1} measurement(s)`;
      break;
    }
    if (failed > limits.failureLimit) {
      verdict = 'failed';
      if (i + 1 < limits.count) stoppedEarly = `failureLimit ${limits.failureLimit} exceeded`;
      break;
    }
    if (consecutiveErrors > limits.consecutiveErrorLimit) {
      verdict = 'error';
      if (i + 1 < limits.count) stoppedEarly = `consecutiveErrorLimit ${limits.consecutiveErrorLimit} exceeded`;
      break;
    }
    if (inconclusive > limits.inconclusiveLimit) {
      verdict = 'inconclusive';
      if (i + 1 < limits.count) stoppedEarly = `inconclusiveLimit ${limits.inconclusiveLimit} exceeded`;
      break;
    }
    if (m.sequential?.decision === 'not-worse' && m.phase === 'successful') {
      verdict = 'successful';
      if (i + 1 < limits.count) stoppedEarly = `the sequential test found the candidate not worse after ${i + 1} measurement(s)`;
      break;
    }
  }
  if (verdict === undefined) verdict = measurements.every((x) => x.phase === 'error') ? 'error' : 'successful';

  const last = measurements[measurements.length - 1];
  const counts = `${measurements.length} measurement(s): ${measurements.filter((x) => x.phase === 'successful').length} successful, ${failed} failed, ${inconclusive} inconclusive, ${measurements.filter((x) => x.phase === 'error').length} error`;
  const why =
    verdict === 'failed' ? (last.sequential?.decision === 'worse' ? 'the sequential test' : `failed measurements exceed failureLimit ${limits.failureLimit}`)
    : verdict === 'error' ? (consecutiveErrors > limits.consecutiveErrorLimit ? `measurements could not be taken ${consecutiveErrors} times in a row (consecutiveErrorLimit ${limits.consecutiveErrorLimit}): the source is down longer than the budget` : 'no measurement could be taken')
    : verdict === 'inconclusive' ? `inconclusive measurements exceed inconclusiveLimit ${limits.inconclusiveLimit}`
    : undefined;
  // One measurement speaks for itself; a longer run says why it ended and what it counted.
  const reasons = measurements.length === 1 && limits.count === 1 ? [...last.reasons] : [...(why ? [why] : []), ...last.reasons, counts];
  return {
    phase: verdict === 'error' ? 'failed' : verdict,
    runPhase: verdict,
    action: verdict === 'successful' ? 'continue' : verdict === 'inconclusive' ? 'pause' : 'abort',
    reasons,
    measurements,
    ...(stoppedEarly ? { stoppedEarly } : {}),
  };
}

async function readSequential(measurement: ServeMeasurement, url: string, windowMs: number, context: AnalysisContext, test: ErrorRateSprt): Promise<SprtState> {
  const w = await measurement.window(url, context.model, windowMs);
  const c = w.figures.get(context.candidate);
  const s = context.stable ? w.figures.get(context.stable) : undefined;
  return test.add({ candidateRequests: c?.requests ?? 0, candidateErrors: c?.errors ?? 0, stableRequests: s?.requests ?? 0, stableErrors: s?.errors ?? 0 });
}

/** How many requests a version answered and how many failed, as each modelship serve counts them since it started. */
export async function blastRadius(urls: Iterable<string>, model: string, version: string, fetchImpl?: typeof fetch): Promise<{ requests: number; errors: number; sources: string[] } | undefined> {
  let requests = 0;
  let errors = 0;
  const sources: string[] = [];
  for (const url of new Set(urls)) {
    const figures = await scrapeServe(url, model, fetchImpl).catch(() => undefined);
    if (!figures) continue;
    const f = figures.get(version);
    requests += f?.requests ?? 0;
    errors += f?.errors ?? 0;
    sources.push(url);
  }
  return sources.length ? { requests, errors, sources } : undefined;
}

function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return url; // reported by the source, which names it
  }
}
