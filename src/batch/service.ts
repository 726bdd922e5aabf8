import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import type { DeploymentStore } from '../deploy/state/store.js';
import { listInputs } from './inputs.js';
import { liveModel, versionedModel } from './model.js';
import type { BatchCompareRequest, BatchRunRequest } from './request.js';
import { compareModels, type CompareReport } from './compare.js';
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

/** `batch compare`: the candidate version against the environment's live one (or a named baseline). */
export async function compareRequest(loaded: LoadedConfig | undefined, request: BatchCompareRequest, options: { store?: DeploymentStore } = {}): Promise<CompareReport> {
  const candidate = await resolveModel(loaded, { modelReference: request.candidate, artifact: request.candidateArtifact }, options);
  const baseline = request.environment !== undefined
    ? await resolveModel(loaded, { environment: request.environment, model: candidate.name }, options)
    : await resolveModel(loaded, { modelReference: request.baseline, artifact: request.baselineArtifact }, options);
  const inputs = await listInputs(request.inputPath, process.cwd());
  return compareModels(candidate, baseline, { inputs, columns: request.columns, slices: request.slices, label: request.label, batchRows: request.batchRows, workers: request.workers, output: request.output });
}
