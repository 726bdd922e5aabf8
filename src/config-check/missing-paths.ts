import { stat } from 'node:fs/promises';
import type { LoadedConfig } from '../core/config.js';
import { ModelshipError, type ConfigIssue } from '../core/errors.js';

/** The file fields of a model that must name something on disk. */
export const MODEL_FILE_FIELDS = ['path', 'card', 'metrics'] as const;
export type ModelFileField = (typeof MODEL_FILE_FIELDS)[number];

export interface PathCheck {
  /** Paths that are wrong now and will be wrong when a command reads them: the file is invalid (exit 2). */
  errors: ConfigIssue[];
  /** Paths declared `generated` (made by the workflow before Modelship runs) that do not exist yet. */
  warnings: ConfigIssue[];
}

/**
 * Every model's `path`, `card` and `metrics` must exist (the card and the metrics as files), each reported
 * at its line. The rule for files a workflow makes (a training step writes the model and its metrics
 * before Modelship runs): a field listed in the model's `generated` (or every field, with
 * `generated: true`) that is missing is a warning, not an error. A declared path that leaves the project
 * folder is always an error.
 */
export async function checkModelPaths(loaded: LoadedConfig): Promise<PathCheck> {
  const errors: ConfigIssue[] = [];
  const warnings: ConfigIssue[] = [];
  for (const [name, model] of Object.entries(loaded.config.models)) {
    const generated = new Set<string>(model.generated === true ? MODEL_FILE_FIELDS : Array.isArray(model.generated) ? model.generated : []);
    if (Array.isArray(model.generated)) {
      model.generated.forEach((field, i) => {
        if (model[field] === undefined) errors.push({ location: loaded.locate(['models', name, 'generated', i]), path: `models.${name}.generated[${i}]`, message: `models.${name}.generated lists "${field}", but models.${name} has no ${field}` });
      });
    }
    for (const field of MODEL_FILE_FIELDS) {
      const relative = model[field];
      if (relative === undefined) continue;
      const keyPath = ['models', name, field];
      const where = `models.${name}.${field}`;
      let absolute: string;
      try {
        absolute = loaded.resolvePath(relative, keyPath);
      } catch (err) {
        if (!(err instanceof ModelshipError)) throw err;
        errors.push({ location: loaded.locate(keyPath), path: where, message: `${where}: ${err.message}`, hint: 'write it relative to the folder of modelship.yml' });
        continue;
      }
      // Not `instanceof Error`: fs errors may come from another realm (jest's VM), and a stat result is no error.
      const found = await stat(absolute).then(
        (stats) => ({ stats, error: undefined }),
        (error: NodeJS.ErrnoException) => ({ stats: undefined, error }),
      );
      if (found.error !== undefined) {
        const code = found.error.code;
        const reason = code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? found.error.message})`;
        if (generated.has(field) && code === 'ENOENT') {
          warnings.push({ location: loaded.locate(keyPath), path: where, message: `${where}: ${relative} does not exist yet (declared generated: the workflow makes it before Modelship runs)` });
        } else {
          errors.push({
            location: loaded.locate(keyPath),
            path: where,
            message: `${where}: ${relative} ${reason}`,
            hint: code === 'ENOENT' ? `check the path (relative to ${loaded.root}); if a workflow step makes this file before Modelship runs, add "generated: [${field}]" to models.${name}` : undefined,
          });
        }
      } else if (field !== 'path' && !found.stats.isFile()) {
        errors.push({ location: loaded.locate(keyPath), path: where, message: `${where}: ${relative} is a folder, expected a file` });
      }
    }
  }
  return { errors, warnings };
}
