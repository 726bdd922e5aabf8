import path from 'node:path';
import { getModel, type LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { resolveValidateSettings, type ValidateSectionConfig } from '../validate/config.js';
import { validateArtifacts } from '../validate/engine.js';

export interface CheckedArtifact {
  /** The format found in the bytes (never the extension or the declared one): what metadata records. */
  format: string;
}

/**
 * What a deploy ships is validated before any traffic moves, with the same engine and settings as
 * `modelship validate`: the format by content (and against `models.<name>.format`), safety (pickle and
 * archive scanning), and the signature the file declares against `models.<name>.signature`. Any error
 * (or warning with `validate.failOnWarning`) is a refusal, exit 2, naming each problem.
 */
export async function checkArtifact(loaded: LoadedConfig, model: string, version: string, artifact: string, sha256: string): Promise<CheckedArtifact> {
  const config = getModel(loaded, model);
  const settings = resolveValidateSettings(loaded.config.validate as ValidateSectionConfig | undefined);
  const report = await validateArtifacts({ paths: [artifact], cwd: loaded.root, settings, targets: new Map([[artifact, { format: config.format, signature: config.signature }]]) });
  const shown = displayPath(loaded.root, artifact);
  const main = report.artifacts.find((a) => path.resolve(loaded.root, a.path) === artifact) ?? report.artifacts[0];
  if (report.verdict !== 'pass' || main === undefined) {
    const problems = report.artifacts.flatMap((a) => a.findings.filter((f) => f.severity === 'error' || (settings.failOnWarning && f.severity === 'warning')).map((f) => `${f.rule}: ${f.message}`));
    const listed = problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
    throw new ModelshipError(`refusing to deploy ${model} ${version}: ${shown} does not pass validation: ${listed || 'rejected'}`, {
      hint: `nothing was changed. See the full report: modelship validate ${shown}`,
    });
  }
  if (main.sha256 !== sha256) {
    throw new ModelshipError(`refusing to deploy ${model} ${version}: ${shown} changed while it was checked (sha256 ${main.sha256.slice(0, 12)}, expected ${sha256.slice(0, 12)})`, { hint: 'nothing was changed; deploy again once the file is stable' });
  }
  return { format: main.format };
}

function displayPath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}
