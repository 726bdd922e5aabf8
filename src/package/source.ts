import path from 'node:path';
import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { openGit } from '../core/git/index.js';
import { readOnnxModel, signatureOf } from '../core/onnx/reader.js';
import { runValidation } from '../validate/run.js';
import type { PackageSource } from './build.js';

/**
 * The package of one configured model at one version: its files from modelship.yml, its signature (read
 * from the ONNX file, else as declared), Modelship's validation report of the artifact, and the fixed
 * creation time that makes the digest reproducible: `--created`, else SOURCE_DATE_EPOCH, else the commit
 * time of HEAD.
 */
export async function packageSourceOf(loaded: LoadedConfig, model: string, version: string, env: NodeJS.ProcessEnv, created?: string): Promise<PackageSource & { verdict: 'pass' | 'fail' }> {
  const config = loaded.config.models[model];
  if (!config) throw new ModelshipError(`model "${model}" is not configured in ${loaded.file} (models: ${Object.keys(loaded.config.models).join(', ') || 'none'})`);
  const artifact = loaded.resolvePath(config.path, ['models', model, 'path']);
  const card = config.card ? loaded.resolvePath(config.card, ['models', model, 'card']) : undefined;
  const metrics = config.metrics ? loaded.resolvePath(config.metrics, ['models', model, 'metrics']) : undefined;
  const configDir = path.dirname(loaded.file);
  const report = await runValidation({ paths: [artifact], cwd: configDir, loaded });
  let signature: unknown = config.signature;
  if (config.format === 'onnx' || artifact.endsWith('.onnx')) {
    signature = signatureOf(await readOnnxModel(artifact)) ?? signature;
  }
  const git = await openGit(configDir, env).catch(() => undefined);
  const revision = env.GITHUB_SHA || git?.head;
  return {
    model,
    version,
    artifact,
    format: config.format,
    card,
    metrics,
    signature,
    validation: report,
    verdict: report.verdict,
    created: created ?? (await creationTime(env, git)),
    revision,
    source: env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined,
    description: config.description,
  };
}

async function creationTime(env: NodeJS.ProcessEnv, git: Awaited<ReturnType<typeof openGit>> | undefined): Promise<string> {
  if (env.SOURCE_DATE_EPOCH !== undefined) {
    const seconds = Number(env.SOURCE_DATE_EPOCH);
    if (!Number.isSafeInteger(seconds) || seconds < 0) throw new ModelshipError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${env.SOURCE_DATE_EPOCH}"`);
    return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
  }
  if (git?.head) {
    const iso = (await git.git.text(['show', '-s', '--format=%ct', git.head])).trim();
    return new Date(Number(iso) * 1000).toISOString().replace('.000Z', 'Z');
  }
  return '1970-01-01T00:00:00Z';
}
