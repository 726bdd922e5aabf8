import type { LoadedConfig } from '../core/config.js';
import { VersionMetrics, type VersionMetricsRecord } from '../version/version-metrics.js';
import type { Environment } from './config.js';

/**
 * The deploy side of version-bound metrics (src/version/version-metrics.ts): what a deployment records
 * about its version's metrics, and the binding its gates and canary analysis read the candidate through.
 */

/** Whether a rollout to `env` judges the candidate's metrics (gates before it, analysis during it). */
export function judgesMetrics(env: Environment): boolean {
  const { analysis, prePromotionAnalysis, postPromotionAnalysis, winnerGate } = env.strategy;
  // An analysis judged by the sequential test alone reads live counts only, no metrics of the version.
  return env.gates.length > 0 || [analysis, prePromotionAnalysis, postPromotionAnalysis].some((a) => a?.gate !== undefined) || winnerGate !== undefined;
}

/**
 * The record for the payload of a deployment of `version`. `recorded` is what the previous environment's
 * deployment recorded (on promotion). When the metrics cannot be found and this environment judges none,
 * the deployment records nothing rather than being refused: the next environment that judges them refuses.
 */
export async function recordVersionMetrics(loaded: LoadedConfig, env: Environment, model: string, version: string, options: { recorded?: VersionMetricsRecord; firstDeploy: boolean }): Promise<VersionMetricsRecord | undefined> {
  try {
    return await (await VersionMetrics.bind(loaded, model, version, options)).record();
  } catch (err) {
    if (judgesMetrics(env)) throw err;
    return undefined;
  }
}

/** The candidate binding for the gates of a rollout of `version`, from the record made for it. */
export async function candidateMetrics(loaded: LoadedConfig, env: Environment, model: string, version: string, recorded: VersionMetricsRecord | undefined): Promise<VersionMetrics | undefined> {
  if (!judgesMetrics(env)) return undefined;
  return VersionMetrics.bind(loaded, model, version, { recorded, firstDeploy: false });
}
