import path from 'node:path';
import type { LoadedConfig } from '../core/config.js';
import { createMetricSource, type MetricSet } from '../core/metrics/index.js';
import type { LiveBaselineProvider } from '../gate/baseline.js';
import { environmentOf } from './config.js';
import type { DeploymentStore } from './state/store.js';
import { storeFor } from './state/select.js';

/**
 * The gate's LiveBaselineProvider over the deployment state: the metrics file recorded in the payload of
 * the deployment live in the environment. Nothing live, or a payload without metrics, is "no baseline"
 * (the gate's onMissingBaseline policy decides).
 */
export function liveBaselinesFromState(loaded: LoadedConfig, options: { store?: DeploymentStore } = {}): LiveBaselineProvider {
  return {
    async metricsForLiveVersion(environment: string, model: string): Promise<MetricSet | undefined> {
      const env = environmentOf(loaded, environment);
      const live = await storeFor(loaded, env, options).current(env.name, model);
      const file = live?.payload.metrics;
      if (!file) return undefined;
      // Recorded paths are absolute; they are read as they are, inside the project or not (the state is trusted output of modelship).
      return createMetricSource(file, { root: loaded.root, resolvePath: (p) => path.resolve(loaded.root, p) }).read();
    },
  };
}
