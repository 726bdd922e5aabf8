import path from 'node:path';
import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { resolveValidateSettings, type ValidateSectionConfig } from './config.js';
import type { Progress } from '../core/progress.js';
import type { TargetOptions } from './engine.js';
import type { ValidationReport } from './types.js';

export interface RunValidationOptions {
  /** Files or folders; empty means the configured models. */
  paths: string[];
  cwd: string;
  loaded?: LoadedConfig;
  manifest?: string;
  failOnWarning?: boolean;
  /** Reports bytes validated (the CLI draws it on a terminal). */
  progress?: Progress;
}

/** What the CLI and the action call: configuration in, a report out. */
export async function runValidation(options: RunValidationOptions): Promise<ValidationReport> {
  const section = options.loaded?.config.validate as ValidateSectionConfig | undefined;
  const settings = resolveValidateSettings(section);
  if (options.failOnWarning !== undefined) settings.failOnWarning = options.failOnWarning;
  const targets = new Map<string, TargetOptions>();
  const configured: string[] = [];
  if (options.loaded) {
    for (const [name, model] of Object.entries(options.loaded.config.models)) {
      const absolute = options.loaded.resolvePath(model.path, ['models', name, 'path']);
      targets.set(absolute, { format: model.format, signature: model.signature });
      configured.push(absolute);
    }
  }
  let paths = options.paths;
  if (paths.length === 0) {
    if (configured.length === 0) {
      const where = options.loaded ? `${options.loaded.file} configures no models` : 'no modelship.yml here';
      throw new ModelshipError(`nothing to validate: no files or folders given, and ${where}`, { hint: 'modelship validate models/model.onnx, or list the models under models: in modelship.yml' });
    }
    paths = configured;
  }
  let manifest = options.manifest;
  if (manifest === undefined && settings.manifest && options.loaded) manifest = options.loaded.resolvePath(settings.manifest, ['validate', 'manifest']);
  // The validator loads once there is something to validate: a run refused above starts without it.
  const { validateArtifacts } = await import('./engine.js');
  return validateArtifacts({ paths, cwd: options.cwd, settings, manifest: manifest ? path.resolve(options.cwd, manifest) : undefined, targets, progress: options.progress });
}
