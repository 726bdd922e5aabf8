import path from 'node:path';
import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { didYouMean } from '../core/text.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The local provider's default root (schema/sections/environments.defs.json, deployProvider). */
export const DEFAULT_LOCAL_ROOT = '.modelship/repository';

/**
 * The model repository of `environments.<env>` when its provider is `local` (the default provider):
 * `provider.root`, default `.modelship/repository`, relative to modelship.yml's folder.
 */
export function repositoryOfEnvironment(loaded: LoadedConfig, env: string): string {
  const envs = loaded.config.environments;
  if (!isObj(envs) || !isObj(envs[env])) {
    const known = isObj(envs) ? Object.keys(envs) : [];
    throw new ModelshipError(`no environment "${env}" in ${loaded.file}`, { location: loaded.locate(['environments', env]), hint: didYouMean(env, known) ?? (known.length ? `environments: ${known.join(', ')}` : 'add an environments section or pass --repository DIR') });
  }
  const p = (envs[env] as Record<string, unknown>).provider ?? { type: 'local' };
  const kind = typeof p === 'string' ? p : isObj(p) ? p.type : undefined;
  if (kind !== 'local') {
    throw new ModelshipError(`environment "${env}" uses provider ${JSON.stringify(kind ?? null)}; \`modelship serve\` serves a local provider's repository`, { location: loaded.locate(['environments', env, 'provider']), hint: 'pass --repository DIR to serve a folder directly' });
  }
  const root = isObj(p) && typeof p.root === 'string' ? p.root : DEFAULT_LOCAL_ROOT;
  return loaded.resolvePath(root, ['environments', env, 'provider', 'root']);
}

/** `--repository` wins; else the environment's; relative paths from the command line resolve against cwd. */
export function resolveRepository(cwd: string, repository: string | undefined, env: string | undefined, loadConfig: () => Promise<LoadedConfig>): Promise<string> {
  if (repository) return Promise.resolve(path.resolve(cwd, repository));
  if (!env) return Promise.reject(new ModelshipError('nothing to serve: give --env ENV (a local environment of modelship.yml) or --repository DIR'));
  return loadConfig().then((loaded) => repositoryOfEnvironment(loaded, env));
}

/** The `cache:` settings of the models of modelship.yml that opted in, by model name (checked by the server). */
export function cacheSettingsOf(loaded: LoadedConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, model] of Object.entries(loaded.config.models ?? {})) if (model.cache !== undefined) out[name] = model.cache;
  return out;
}
