import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import type { DeploymentStore } from '../deploy/state/store.js';
import { listInputs } from './inputs.js';
import { liveModel, versionedModel } from './model.js';
import type { BatchRunRequest } from './request.js';
import { runBatch, type ResolvedModel, type RunHooks, type RunResult } from './run.js';

/** Resolves the model (the environment's live version, read once now) and runs the request. */
export async function runRequest(loaded: LoadedConfig | undefined, request: BatchRunRequest, options: RunHooks & { store?: DeploymentStore } = {}): Promise<RunResult> {
  const model = await resolveModel(loaded, request, options);
  const inputs = await listInputs(request.inputPath, process.cwd());
  return runBatch(model, { ...request, inputs, inputSpec: request.input }, options);
}

export async function resolveModel(loaded: LoadedConfig | undefined, request: { environment?: string; model?: string; modelReference?: string; artifact?: string }, options: { store?: DeploymentStore } = {}): Promise<ResolvedModel> {
  if (request.environment !== undefined) {
    if (!loaded) throw new ModelshipError('a batch environment needs modelship.yml');
    return liveModel(loaded, request.environment, request.model, options);
  }
  if (!loaded) throw new ModelshipError('--model NAME@VERSION needs modelship.yml (the models section)');
  return versionedModel(loaded, request.modelReference as string, request.artifact, options);
}
