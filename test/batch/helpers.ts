import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResolvedModel, RunSettings } from '../../src/batch/run.js';

export const IRIS = path.resolve('examples/iris');
export const IRIS_CSV = path.join(IRIS, 'data/iris.csv');
export const FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];

export async function irisModel(version: 'iris-v1' | 'iris-v2' | 'iris-degraded' = 'iris-v2', label = '2.0.0'): Promise<ResolvedModel> {
  const bytes = await readFile(path.join(IRIS, 'models', version, 'model.onnx'));
  return { name: 'iris', version: label, sha256: createHash('sha256').update(bytes).digest('hex'), bytes };
}

export function tempDir(prefix = 'batch-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

export function settings(overrides: Partial<RunSettings> & Pick<RunSettings, 'inputs' | 'outputDir'>): RunSettings {
  return {
    inputSpec: 'input',
    outputFormat: 'csv',
    columns: { features: FEATURES },
    passthrough: ['species'],
    chunkRows: 40,
    batchRows: 16,
    maxErrorRate: 0.5,
    shard: { index: 0, count: 1 },
    resume: false,
    workers: 1,
    ...overrides,
  };
}

/** Every visible file of a folder with its bytes (the run's state folder left out). */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    if (name.startsWith('.') || name.startsWith('manifest')) continue;
    out[name] = createHash('sha256').update(await readFile(path.join(dir, name))).digest('hex');
  }
  return out;
}
