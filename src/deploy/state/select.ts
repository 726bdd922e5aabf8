import type { LoadedConfig } from '../../core/config.js';
import type { Environment } from '../config.js';
import { LocalDeploymentStore } from './local.js';
import type { DeploymentStore } from './store.js';

/** The store given by the caller (GitHub Deployments in actions), else the environment's local state file. */
export function storeFor(loaded: LoadedConfig, env: Environment, options: { store?: DeploymentStore }): DeploymentStore {
  return options.store ?? new LocalDeploymentStore(loaded.resolvePath(env.stateDir, ['environments', env.name, 'stateDir']));
}
