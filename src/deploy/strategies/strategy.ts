import type { AnalysisRunResult } from '../analysis-run.js';
import type { AnalysisRunner } from '../analysis.js';
import type { StrategySpec } from '../config.js';
import type { DeployTarget, DeploymentProvider, ProviderContext, TrafficState } from '../providers/provider.js';
import type { DeployResult } from '../types.js';

/**
 * A strategy is the order of provider calls for one rollout. It never touches state: every call goes
 * through `step`, which the engine journals before and after. Throwing aborts; the engine reverts.
 */
export interface StrategyContext {
  spec: StrategySpec;
  provider: DeploymentProvider;
  providerContext: ProviderContext;
  target: DeployTarget;
  /** The last good traffic (what revert restores). */
  base: TrafficState;
  /** Runs and journals one step; `weights` is recorded for the timeline when the step moves traffic. */
  step(name: string, run: () => Promise<string>, weights?: Record<string, number>, waiting?: boolean): Promise<string>;
  /**
   * Runs and journals one analysis run (`which` names the strategy's key: `analysis`, or blue-green's
   * `prePromotionAnalysis` / `postPromotionAnalysis`); undefined when none is configured.
   */
  analyze(step: number, weight: number, which?: AnalysisKey): Promise<AnalysisRunResult | undefined>;
  /**
   * Waits for a person after an inconclusive analysis: resolves when they promote, throws RolloutAborted
   * when they abort. Absent where the rollout cannot be steered from outside: an inconclusive run aborts.
   */
  waitForPerson?(why: string): Promise<void>;
  analysis?: AnalysisRunner;
  sleep(ms: number): Promise<void>;
  /** A step boundary: applies `modelship rollout` requests (abort throws) and holds while a pause request stands. */
  checkpoint(): Promise<void>;
  /**
   * A journaled wait of `ms` (null: until `rollout promote`), steerable from outside; heartbeats while it
   * waits. Resolves with the step's detail (`ended by promote (...)` when a person ended it).
   */
  pause(name: string, ms: number | null): Promise<string>;
  /** Who asked for promote-full, once someone did: skip every remaining step, pause and analysis. */
  promotedFullyBy(): string | null;
  /** Journals a step the strategy chose not to take, and why. */
  skip(name: string, why: string): Promise<void>;
  /** A dry run: steps describe what they would do and read nothing from outside. */
  dryRun: boolean;
  /** The environment's `url`, when configured (where it serves). */
  environmentUrl?: string;
}

export type AnalysisKey = 'analysis' | 'prePromotionAnalysis' | 'postPromotionAnalysis';

/** Figures a strategy measured, added to the deploy result (and its text). */
export type StrategyDetails = Pick<DeployResult, 'mirror' | 'bandit'>;

export interface StrategyOutcome {
  /** False when the candidate never became live (shadow; an A/B the candidate lost is an abort). */
  live: boolean;
  traffic: TrafficState;
  details?: StrategyDetails;
}

export interface Strategy {
  readonly type: StrategySpec['type'];
  run(ctx: StrategyContext): Promise<StrategyOutcome>;
}

/** Thrown to stop a rollout on purpose (analysis failed, A/B lost); the engine reverts and says why. */
export class RolloutAborted extends Error {
  constructor(
    message: string,
    readonly details?: StrategyDetails,
  ) {
    super(message);
    this.name = 'RolloutAborted';
  }
}

export function split(stable: string | null, candidate: string, weight: number): Record<string, number> {
  if (stable === null || stable === candidate || weight >= 100) return { [candidate]: 100 };
  if (weight <= 0) return { [stable]: 100 };
  return { [stable]: 100 - weight, [candidate]: weight };
}

/** Shared opening of every strategy: install beside, check it. */
export async function prepareAndVerify(ctx: StrategyContext): Promise<void> {
  await ctx.step('prepare', () => ctx.provider.prepare(ctx.providerContext, ctx.target));
  await ctx.step('verify', () => ctx.provider.verify(ctx.providerContext, ctx.target));
}

/** Shared close: all traffic to the candidate, previous kept for instant rollback. */
export async function promoteFully(ctx: StrategyContext, strategy: string): Promise<TrafficState> {
  const { version } = ctx.target;
  const previous = ctx.base.stable === version ? ctx.base.previous : ctx.base.stable;
  const traffic: TrafficState = { stable: version, candidate: null, previous, weights: { [version]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy };
  await ctx.step('finalize', () => ctx.provider.finalize(ctx.providerContext, traffic, ctx.target), traffic.weights);
  return traffic;
}

/**
 * What a strategy does with an analysis run: go on, abort (failed, or its source down beyond the error
 * budget), or, when inconclusive, wait for a person (or abort where no one can be asked).
 */
export async function actOnAnalysis(ctx: StrategyContext, result: AnalysisRunResult | undefined, where: string): Promise<void> {
  if (!result || result.action === 'continue') return;
  const reasons = result.reasons.join('; ');
  if (result.action === 'abort') {
    throw new RolloutAborted(`analysis ${result.runPhase === 'error' ? 'could not measure' : 'failed'} ${where}: ${reasons}`);
  }
  if (ctx.waitForPerson) return ctx.waitForPerson(`analysis inconclusive ${where}: ${reasons}`);
  throw new RolloutAborted(`analysis inconclusive ${where}: ${reasons} (nobody can be asked to promote here, so the rollout is not promoted)`);
}
