import type { MetricSet } from '../core/metrics/index.js';

/**
 * The metrics of the model version that is live in an environment: the natural baseline for promoting a
 * candidate there. The deploy engine implements this from its state (the Deployments API on GitHub, the
 * local state file elsewhere); the gate only needs this port, so neither knows the other's insides.
 */
export interface LiveBaselineProvider {
  /**
   * Resolves to the metrics recorded for the version live in `environment` for `model`, or undefined
   * when nothing is live there yet (the gate's first run in that environment: policies.onMissingBaseline).
   */
  metricsForLiveVersion(environment: string, model: string): Promise<MetricSet | undefined>;
}

/** A provider over a fixed table, for tests and for callers that already hold the metrics. */
export function staticLiveBaselines(table: Record<string, Record<string, MetricSet>>): LiveBaselineProvider {
  return {
    async metricsForLiveVersion(environment, model) {
      return table[environment]?.[model];
    },
  };
}
