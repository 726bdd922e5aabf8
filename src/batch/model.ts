import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadedConfig } from '../core/config.js';
import { ExitCode, ModelshipError } from '../core/errors.js';
import { environmentOf, environmentsOf, modelNameOf, type Environment } from '../deploy/config.js';
import { BatchProvider } from '../deploy/providers/batch.js';
import { storeFor } from '../deploy/state/select.js';
import type { DeploymentStore } from '../deploy/state/store.js';
import type { BatchProviderSpec } from './config.js';
import type { ResolvedModel } from './run.js';

/** A batch environment and its provider settings. */
export function batchEnvironment(loaded: LoadedConfig, name: string): { env: Environment; spec: BatchProviderSpec; provider: BatchProvider } {
  const env = environmentOf(loaded, name);
  if (env.provider.type !== 'batch') {
    throw new ModelshipError(`environment "${name}" uses provider "${env.provider.type}": batch runs need a batch environment`, {
      location: loaded.locate(['environments', name, 'provider', 'type']),
      hint: 'give it provider: { type: batch, input: ..., output: ... } (docs/batch.md), or run a version directly with --model NAME@VERSION',
    });
  }
  const spec = env.provider as BatchProviderSpec;
  return { env, spec, provider: BatchProvider.fromSpec(spec, loaded, env) };
}

/**
 * The version live in a batch environment now, read into memory and checked against the sha256 its
 * deployment recorded. The run keeps these bytes: a deploy during the run changes the next run, not this one.
 */
export async function liveModel(loaded: LoadedConfig, environment: string, requestedModel: string | undefined, options: { store?: DeploymentStore } = {}): Promise<ResolvedModel> {
  const { env, provider } = batchEnvironment(loaded, environment);
  const model = modelNameOf(loaded, requestedModel);
  const live = await storeFor(loaded, env, options).current(env.name, model);
  if (!live) throw new ModelshipError(`nothing is live in ${env.name} for ${model}`, { hint: `deploy a version first: modelship deploy ${env.name} VERSION` });
  const installed = provider.artifactOf(model, live.payload.version, live.payload.artifact);
  return { ...(await verifiedBytes(installed, live.payload.sha256, `${model} ${live.payload.version} (live in ${env.name})`)), name: model, version: live.payload.version, environment: env.name };
}

/**
 * `--model NAME@VERSION`: the artifact given with `--artifact`, or the one a deployment of that version
 * recorded in any environment (checked against its sha256). Never a guess from the models section.
 */
export async function versionedModel(loaded: LoadedConfig, reference: string, artifact: string | undefined, options: { store?: DeploymentStore } = {}): Promise<ResolvedModel> {
  const at = reference.lastIndexOf('@');
  if (at <= 0 || at === reference.length - 1) throw new ModelshipError(`--model "${reference}" is not NAME@VERSION`, { hint: 'e.g. --model iris@1.2.0' });
  const name = modelNameOf(loaded, reference.slice(0, at));
  const version = reference.slice(at + 1).replace(/^v(?=\d)/, '');
  if (artifact !== undefined) {
    const bytes = await readFile(artifact).catch((err: Error) => {
      throw new ModelshipError(`cannot read the artifact ${artifact}: ${err.message}`);
    });
    return { name, version, sha256: sha256(bytes), bytes };
  }
  for (const env of environmentsOf(loaded)) {
    const history = await storeFor(loaded, env, options).history(env.name, name).catch(() => []);
    const record = history.find((r) => r.payload.version === version && (r.status === 'success' || r.status === 'inactive'));
    if (!record) continue;
    const file = env.provider.type === 'batch' ? batchEnvironment(loaded, env.name).provider.artifactOf(name, version, record.payload.artifact) : record.payload.artifact;
    const found = await verifiedBytes(file, record.payload.sha256, `${name} ${version} (deployed to ${env.name})`).catch(() => undefined);
    if (found) return { ...found, name, version };
  }
  throw new ModelshipError(`${name} ${version} was never deployed to an environment of ${path.basename(loaded.file)}, so its artifact is unknown`, { hint: `name it: --model ${name}@${version} --artifact PATH` });
}

async function verifiedBytes(file: string, expected: string, what: string): Promise<{ bytes: Buffer; sha256: string }> {
  const bytes = await readFile(file).catch((err: Error) => {
    throw new ModelshipError(`${what}: cannot read ${file}: ${err.message}`, { exitCode: ExitCode.Failed });
  });
  const actual = sha256(bytes);
  if (actual !== expected) throw new ModelshipError(`${what}: ${file} has sha256 ${actual.slice(0, 12)}, the deployment recorded ${expected.slice(0, 12)}`, { exitCode: ExitCode.Failed, hint: 'the installed file changed; redeploy the version' });
  return { bytes, sha256: actual };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
