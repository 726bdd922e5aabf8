import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type LoadedConfig } from '../../src/core/config.js';
import type { DeploymentProvider } from '../../src/deploy/providers/provider.js';

export interface Project {
  dir: string;
  loaded: LoadedConfig;
  /**
   * Writes models/<version>/model.onnx, a real ONNX model (the iris example) whose bytes are unique to the
   * version (or to `tag`): a deploy validates what it ships. Returns its relative path.
   */
  artifact(version: string, tag?: string): Promise<string>;
  reload(): Promise<LoadedConfig>;
  cleanup(): Promise<void>;
}

/** A real project folder with a modelship.yml whose `environments:` section is `environments`. */
export async function createProject(environments: string, extra = ''): Promise<Project> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-deploy-'));
  await writeFile(
    path.join(dir, 'modelship.yml'),
    `version: 1\nmodels:\n  iris:\n    path: models/1.0.0/model.onnx\n    format: onnx\n${extra}environments:\n${environments}`,
  );
  const project: Project = {
    dir,
    loaded: undefined as unknown as LoadedConfig,
    async artifact(version, tag) {
      await mkdir(path.join(dir, 'models', version), { recursive: true });
      await writeFile(path.join(dir, 'models', version, 'model.onnx'), await onnxModel(tag ?? `iris ${version}`));
      return `models/${version}/model.onnx`;
    },
    async reload() {
      project.loaded = await loadConfig(path.join(dir, 'modelship.yml'));
      return project.loaded;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
  await project.reload();
  return project;
}

export const LOCAL_ENVS = `  staging:
    provider: { type: local }
    strategy: { type: direct }
  production:
    provider: { type: local, root: .modelship/prod-repository }
    strategy: { type: blue-green }
`;

export type ProviderStep = 'prepare' | 'verify' | 'shiftTraffic' | 'finalize' | 'revert';

/** Wraps a provider so that its n-th call (1-based, over all steps) or a named step throws. */
export function failingProvider(inner: DeploymentProvider, failAt: { call?: number; step?: ProviderStep; times?: number }): DeploymentProvider & { calls: string[] } {
  const calls: string[] = [];
  let failures = 0;
  const wrap =
    <A extends unknown[]>(name: ProviderStep, fn: (...a: A) => Promise<string>) =>
    async (...args: A): Promise<string> => {
      calls.push(name);
      const hit = (failAt.call !== undefined && calls.length === failAt.call) || (failAt.step === name && failures < (failAt.times ?? 1));
      if (hit) {
        failures++;
        throw new Error(`injected failure in ${name}`);
      }
      return fn(...args);
    };
  return {
    type: inner.type,
    calls,
    prepare: wrap('prepare', inner.prepare.bind(inner)),
    verify: wrap('verify', inner.verify.bind(inner)),
    shiftTraffic: wrap('shiftTraffic', inner.shiftTraffic.bind(inner)),
    finalize: wrap('finalize', inner.finalize.bind(inner)),
    revert: wrap('revert', inner.revert.bind(inner)),
    observe: inner.observe?.bind(inner),
  };
}

export const IRIS_MODELS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris/models');

/**
 * The iris example's real ONNX model (inputs features[batch,4] float32; outputs probabilities[batch,3]
 * float32, label[batch] int64) with `tag` as its doc_string: a valid model whose bytes differ per tag
 * (protobuf lets a field follow the others; ModelProto field 6 is doc_string).
 */
export async function onnxModel(tag: string, base = 'iris-v2'): Promise<Buffer> {
  const bytes = await readFile(path.join(IRIS_MODELS, base, 'model.onnx'));
  const text = Buffer.from(tag, 'utf8');
  if (text.length > 127) throw new Error('onnxModel: tag longer than 127 bytes');
  return Buffer.concat([bytes, Buffer.from([0x32, text.length]), text]);
}

/** `model` with one name replaced by another of the same length (protobuf lengths stay right). */
export function renamed(model: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('renamed keeps the length');
  const text = model.toString('latin1');
  if (!text.includes(from)) throw new Error(`the model has no "${from}"`);
  return Buffer.from(text.split(from).join(to), 'latin1');
}
