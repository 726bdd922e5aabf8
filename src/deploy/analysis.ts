import type { LoadedConfig } from '../core/config.js';
import type { ServeMeasurement } from '../core/metrics/index.js';
import type { LiveBaselineProvider } from '../gate/baseline.js';
import { runGate, type GateOverrides } from '../gate/run.js';

export type AnalysisPhase = 'successful' | 'failed' | 'inconclusive';

export interface AnalysisContext {
  environment: string;
  model: string;
  stable: string | null;
  candidate: string;
  /** Which rollout step (1-based) just finished, and its candidate weight. */
  step: number;
  weight: number;
  /** The gate named by the strategy's analysis (the analysis template). */
  gate: string;
  /** The template's `args` (its {{args.NAME}} placeholders). */
  args?: Record<string, string>;
  /** Shared by the serve sources of one measurement (candidate and stable over the same window). */
  measurement?: ServeMeasurement;
}

export interface AnalysisResult {
  phase: AnalysisPhase;
  reasons: string[];
  /** Set when the measurement could not be taken (a source down): not a verdict on the candidate. */
  error?: string;
}

/**
 * The Argo/Flagger contract: the rollout engine asks, the analysis engine judges. The deploy engine
 * knows nothing of metrics; the gate engine knows nothing of traffic.
 */
export interface AnalysisRunner {
  analyze(context: AnalysisContext): Promise<AnalysisResult>;
}

/** Analysis over the gate engine: the gate's sources may be live (Prometheus), its verdict is the phase. */
export class GateAnalysisRunner implements AnalysisRunner {
  constructor(
    private readonly loaded: LoadedConfig,
    private readonly live?: LiveBaselineProvider,
    /** The candidate version's metrics (read at its release tag), when the engine bound them. */
    private readonly candidateVersion?: GateOverrides['candidateVersion'],
  ) {}

  async analyze(context: AnalysisContext): Promise<AnalysisResult> {
    const args: Record<string, string | null> = { candidate: context.candidate, stable: context.stable, model: context.model, environment: context.environment };
    for (const [k, v] of Object.entries(context.args ?? {})) args[`args.${k}`] = String(v);
    const run = await runGate(this.loaded, context.gate, { live: this.live, candidateVersion: this.candidateVersion, args, measurement: context.measurement });
    const phase: AnalysisPhase = run.verdict === 'pass' ? 'successful' : run.verdict === 'fail' ? 'failed' : 'inconclusive';
    const bad = run.checks.filter((c) => c.status === 'fail' || c.status === 'error');
    const reasons = bad.length ? bad.map((c) => `${c.gate}: ${c.reason}`) : run.gates.map((g) => g.reason);
    // A gate whose sources could not be read judged no check: the measurement failed to be taken.
    const unread = run.gates.find((g) => g.verdict === 'inconclusive' && g.checks.length === 0);
    return { phase, reasons, ...(unread ? { error: `${unread.gate}: ${unread.reason}` } : {}) };
  }
}

/** The phase of several analyses of one step: any failure fails, else any inconclusive is inconclusive. */
export function worstPhase(phases: AnalysisPhase[]): AnalysisPhase {
  if (phases.includes('failed')) return 'failed';
  if (phases.includes('inconclusive') || phases.length === 0) return 'inconclusive';
  return 'successful';
}
