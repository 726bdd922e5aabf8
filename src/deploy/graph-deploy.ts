import { stringify } from 'yaml';
import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { environmentOf, type KubernetesProviderSpec } from './config.js';
import { renderInferenceGraph } from './providers/kserve-graph.js';
import { KubernetesProvider } from './providers/kubernetes.js';
import type { DeployResult } from './types.js';

/**
 * `modelship deploy ENV --model GRAPH` for an inference graph of modelship.yml (docs/graphs.md). A graph has
 * no artifact and no versions: on a kubernetes environment its InferenceGraph is applied (the members are
 * deployed as the models they are); on a local one `modelship serve --env` serves it from modelship.yml, so
 * there is nothing to deploy. Other providers have no graphs.
 */
export async function deployGraph(loaded: LoadedConfig, environment: string, graph: string, options: { dryRun: boolean; env?: NodeJS.ProcessEnv }): Promise<DeployResult> {
  const env = environmentOf(loaded, environment);
  const base = { environment: env.name, model: graph, version: null, previousVersion: null, strategy: 'direct', provider: env.provider.type, dryRun: options.dryRun, liveVersion: null };
  const at = () => new Date().toISOString();
  if (env.provider.type === 'local') {
    const message = `graph "${graph}" is served by \`modelship serve --env ${env.name}\` from modelship.yml over its members: nothing to deploy (deploy its members as models)`;
    return { ...base, outcome: 'noop', steps: [{ name: 'graph', status: 'skipped', detail: message, at: at() }], message };
  }
  if (env.provider.type !== 'kubernetes') {
    throw new ModelshipError(`environment "${env.name}" uses provider "${env.provider.type}", which has no inference graphs`, { location: loaded.locate(['environments', env.name, 'provider']), hint: 'a graph is served by `modelship serve` (local) or written as a KServe InferenceGraph (kubernetes)' });
  }
  const spec = env.provider as KubernetesProviderSpec;
  const manifest = renderInferenceGraph(spec, graph, loaded.config.graphs ?? {});
  if (options.dryRun) {
    return { ...base, outcome: 'planned', steps: [{ name: 'apply InferenceGraph', status: 'planned', detail: stringify(manifest).trimEnd(), at: at() }], message: `would apply InferenceGraph ${(manifest.metadata as { name: string }).name} for graph "${graph}" to ${env.name}` };
  }
  const detail = await new KubernetesProvider(spec, options.env).applyInferenceGraph(manifest);
  return { ...base, outcome: 'deployed', steps: [{ name: 'apply InferenceGraph', status: 'ok', detail, at: at() }], message: `${detail} for graph "${graph}" in ${env.name}` };
}
