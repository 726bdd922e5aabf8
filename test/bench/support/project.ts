/** A temporary project folder with a modelship.yml and real ONNX models, for the bench tests. */
import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig, type LoadedConfig } from '../../../src/core/config.js';
import { writeMlp, type MlpOptions } from './mlp-model.js';

export const EXAMPLE_MODELS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../examples/iris/models');

export interface TempProject {
  dir: string;
  loaded: LoadedConfig;
  file(rel: string): string;
  cleanup(): Promise<void>;
}

/** Models: name -> MLP options (written as <name>.onnx) or a path of an existing .onnx to copy. */
export async function tempProject(models: Record<string, MlpOptions | string>, benchYaml = ''): Promise<TempProject> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-bench-test-'));
  const lines = ['version: 1', 'models:'];
  for (const [name, spec] of Object.entries(models)) {
    const file = path.join(dir, `${name}.onnx`);
    if (typeof spec === 'string') await copyFile(spec, file);
    else await writeMlp(file, spec);
    lines.push(`  ${name}:`, `    path: ${name}.onnx`, '    format: onnx');
  }
  if (benchYaml) lines.push(benchYaml);
  const text = `${lines.join('\n')}\n`;
  await writeFile(path.join(dir, 'modelship.yml'), text);
  return {
    dir,
    loaded: parseConfig(text, path.join(dir, 'modelship.yml')),
    file: (rel) => path.join(dir, rel),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
