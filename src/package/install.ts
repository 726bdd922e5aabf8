import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import { LocalProvider } from '../deploy/providers/local.js';
import { fetchModelByDigest } from './fetch-model.js';

/**
 * The local provider's pull: installs `oci://registry/repository@sha256:...` as a version folder of a model
 * repository (`<root>/<model>/<version>/`, what `modelship serve`, Triton and TF Serving load), pulled and
 * verified against the digest, the weights hashed again on the way in. Model and version come from the
 * package's ModelPack config unless given.
 */
export async function installByDigest(uri: string, root: string, env: NodeJS.ProcessEnv, names: { model?: string; version?: string } = {}, log: (line: string) => void = () => {}): Promise<{ model: string; version: string; sha256: string; reference: string; detail: string }> {
  const fetched = await fetchModelByDigest(uri, path.join(root, '.oci-cache'), env, log);
  const model = names.model ?? fetched.name;
  const version = names.version ?? fetched.version;
  if (!model || !version) throw new ModelshipError(`${uri}: the package's config names no model ${model ? 'version' : 'name'}; pass --model and --model-version`, { exitCode: 1 });
  const provider = new LocalProvider(root);
  const detail = await provider.prepare({ environment: 'local', model, log }, { model, version, artifact: fetched.file, sha256: fetched.sha256, format: fetched.format ?? 'onnx', oci: fetched.reference });
  await provider.verify({ environment: 'local', model, log }, { model, version, artifact: fetched.file, sha256: fetched.sha256, format: fetched.format ?? 'onnx' });
  return { model, version, sha256: fetched.sha256, reference: fetched.reference, detail };
}
