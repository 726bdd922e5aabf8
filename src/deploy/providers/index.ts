import type { LoadedConfig } from '../../core/config.js';
import { ModelshipError } from '../../core/errors.js';
import { DEFAULT_REPOSITORY, type Environment, type ProviderSpec } from '../config.js';
import { BatchProvider } from './batch.js';
import { CommandProvider } from './command.js';
import { EdgeProvider } from './edge.js';
import { KubernetesProvider } from './kubernetes.js';
import { LocalProvider } from './local.js';
import type { DeploymentProvider } from './provider.js';
import { WebhookProvider } from './webhook.js';

type Factory = (spec: ProviderSpec, loaded: LoadedConfig, env: Environment) => DeploymentProvider;

/** Every provider by its `provider.type`: adding one is one file and one line here. */
export const PROVIDERS: Record<ProviderSpec['type'], Factory> = {
  local: (spec, loaded, env) => new LocalProvider(loaded.resolvePath((spec as { root?: string }).root ?? DEFAULT_REPOSITORY, ['environments', env.name, 'provider', 'root'])),
  command: (spec, loaded) => new CommandProvider(spec as Extract<ProviderSpec, { type: 'command' }>, loaded.root),
  webhook: (spec) => new WebhookProvider(spec as Extract<ProviderSpec, { type: 'webhook' }>),
  kubernetes: (spec) => new KubernetesProvider(spec as Extract<ProviderSpec, { type: 'kubernetes' }>),
  batch: (spec, loaded, env) => BatchProvider.fromSpec(spec as Extract<ProviderSpec, { type: 'batch' }>, loaded, env),
  edge: (spec, loaded, env) => EdgeProvider.fromSpec(spec as Extract<ProviderSpec, { type: 'edge' }>, loaded, env),
};

export function providerFor(loaded: LoadedConfig, env: Environment): DeploymentProvider {
  const factory = PROVIDERS[env.provider.type];
  if (!factory) throw new ModelshipError(`environment "${env.name}": unknown provider "${env.provider.type}"`, { location: loaded.locate(['environments', env.name, 'provider', 'type']), hint: `providers: ${Object.keys(PROVIDERS).join(', ')}` });
  return factory(env.provider, loaded, env);
}
