import type { LoadedConfig } from '../core/config.js';
import { analyzeModel, modelNames, openVersionRepository, prefetchModels, type PlanOptions, type VersionPlan, type VersionRepository } from './analyze.js';
import type { ReleasePublisher } from './publisher.js';
import { releaseModel, type ReleaseOptions, type ReleaseResult } from './release.js';

/** `modelship version`: the plan of one model, or of every model in configuration order. */
export async function planVersions(loaded: LoadedConfig, env: NodeJS.ProcessEnv, model: string | undefined, options: PlanOptions = {}): Promise<VersionPlan[]> {
  const names = modelNames(loaded, model);
  const repo = await openVersionRepository(loaded, env, names.length);
  await prefetchModels(repo, names);
  const plans: VersionPlan[] = [];
  for (const name of names) plans.push((await analyzeModel(repo, name, options)).plan);
  return plans;
}

/**
 * `modelship release`: releases one model or every model with something to release. With several
 * models every release is first rehearsed as a dry run, so a refusal for one model stops the run before
 * any other model is tagged.
 */
export async function releaseModels(
  loaded: LoadedConfig,
  env: NodeJS.ProcessEnv,
  model: string | undefined,
  makePublisher: (repo: VersionRepository) => ReleasePublisher,
  options: ReleaseOptions,
): Promise<ReleaseResult[]> {
  const names = modelNames(loaded, model);
  const repo = await openVersionRepository(loaded, env, names.length);
  await prefetchModels(repo, names);
  const publisher = makePublisher(repo);
  if (names.length > 1 && !options.dryRun) {
    for (const name of names) await releaseModel(repo, name, publisher, { ...options, dryRun: true });
  }
  const results: ReleaseResult[] = [];
  for (const name of names) results.push(await releaseModel(repo, name, publisher, options));
  return results;
}
