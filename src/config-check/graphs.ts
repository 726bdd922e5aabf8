import { stat } from 'node:fs/promises';
import type { SignatureSpec } from '../core/config-types.js';
import type { LoadedConfig } from '../core/config.js';
import type { ConfigIssue } from '../core/errors.js';
import { graphStructureIssues, resolveGraphSignatures, toConfigIssues } from '../core/graph.js';
import { readOnnxModel, signatureOf } from '../core/onnx/reader.js';

/**
 * The inference graphs of modelship.yml: structure first (members, cycles, weights, conditions), then whether
 * the members' signatures connect. An artifact member's signature is its declared `signature`, else the one
 * read from its ONNX file; a graph whose members' signatures cannot be known (another format without a
 * declared signature, a `generated` file not made yet) is a warning: serve checks it again when it loads.
 */
export async function checkGraphs(loaded: LoadedConfig): Promise<{ errors: ConfigIssue[]; warnings: ConfigIssue[] }> {
  const graphs = loaded.config.graphs ?? {};
  if (Object.keys(graphs).length === 0) return { errors: [], warnings: [] };
  const structure = graphStructureIssues(loaded);
  if (structure.length > 0) return { errors: toConfigIssues(loaded, structure), warnings: [] };

  const signatures = new Map<string, SignatureSpec | { unknown: string }>();
  for (const [name, model] of Object.entries(loaded.config.models)) signatures.set(name, await artifactSignature(loaded, name, model));
  const resolved = resolveGraphSignatures(graphs, (member) => signatures.get(member.model) ?? { unknown: `"${member.model}" is not a model` });
  const errors: ConfigIssue[] = [];
  const warnings: ConfigIssue[] = [];
  for (const [name, r] of resolved) {
    errors.push(...toConfigIssues(loaded, r.issues));
    if (r.unknown.length > 0) warnings.push({ location: loaded.locate(['models', name, 'graph']), path: `models.${name}.graph`, message: `graph "${name}" cannot be checked yet: ${r.unknown[0]}`, hint: 'declare the member\'s `signature:` so shapes and dtypes are checked here' });
  }
  return { errors, warnings };
}

async function artifactSignature(loaded: LoadedConfig, name: string, model: LoadedConfig['config']['models'][string]): Promise<SignatureSpec | { unknown: string }> {
  if (model.signature) return model.signature;
  let file: string;
  try {
    file = loaded.resolvePath(model.path, ['models', name, 'path']);
  } catch (err) {
    return { unknown: (err as Error).message };
  }
  const isOnnx = model.format === 'onnx' || (model.format === undefined && file.endsWith('.onnx'));
  if (!isOnnx) return { unknown: `model "${name}" declares no signature and is not ONNX (its signature cannot be read)` };
  if (!(await stat(file).catch(() => undefined))?.isFile()) return { unknown: `${model.path} (model "${name}") does not exist yet` };
  try {
    return signatureOf(await readOnnxModel(file));
  } catch (err) {
    return { unknown: `the signature of ${model.path} (model "${name}") cannot be read: ${(err as Error).message}` };
  }
}
