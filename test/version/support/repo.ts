import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeModel, type OnnxDim } from '../../../src/core/onnx/encode.js';

/** A real git repository in a temp folder, driven with the git CLI as a user would. */
export class TestRepo {
  readonly dir: string;

  constructor(prefix = 'ms-version-') {
    this.dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'Test');
    this.git('config', 'user.email', 'test@example.com');
    this.git('config', 'commit.gpgsign', 'false');
    this.git('config', 'tag.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  }

  write(rel: string, content: string | Uint8Array): this {
    const file = path.join(this.dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return this;
  }

  remove(rel: string): this {
    unlinkSync(path.join(this.dir, rel));
    return this;
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  tag(name: string, rev = 'HEAD'): void {
    this.git('tag', '-a', '-m', name, name, rev);
  }

  tags(): string[] {
    return this.git('tag', '--list').split('\n').filter(Boolean).sort();
  }

  tagCommit(tag: string): string {
    return this.git('rev-parse', `${tag}^{commit}`);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface TensorDef {
  name: string;
  dtype?: 'float32' | 'int64' | 'float64';
  shape: OnnxDim[];
}

/** A small valid ONNX model (Identity/Cast-free graph is enough for the reader) with given tensors and weights. */
export function onnxModel(options: { inputs?: TensorDef[]; outputs?: TensorDef[]; seed?: number; metadata?: Record<string, string> } = {}): Uint8Array {
  const inputs = options.inputs ?? [{ name: 'features', shape: ['batch', 4] }];
  const outputs = options.outputs ?? [
    { name: 'probabilities', shape: ['batch', 3] },
    { name: 'label', dtype: 'int64', shape: ['batch'] },
  ];
  const seed = options.seed ?? 1;
  const weights = new Float32Array(12).map((_, i) => seed * 0.5 + i);
  return encodeModel({
    producerName: 'modelship-test',
    metadata: options.metadata,
    graph: {
      name: 'g',
      nodes: [],
      inputs: inputs.map((t) => ({ name: t.name, type: { elemType: t.dtype ?? 'float32', shape: t.shape } })),
      outputs: outputs.map((t) => ({ name: t.name, type: { elemType: t.dtype ?? 'float32', shape: t.shape } })),
      initializers: [{ name: 'W', dims: [4, 3], data: weights }],
    },
  });
}

export const CONFIG_ONE = `version: 1
models:
  iris:
    path: models/iris/model.onnx
    card: models/iris/README.md
    metrics: models/iris/metrics.json
`;

export const CARD = `---
model-index:
  - name: iris
---
# Iris classifier

Predicts the iris species from four measurements of the flower.
It is a tiny logistic regression.

## Training

Trained on data/iris.csv.
`;

/** A repository with one ONNX model committed (not tagged). */
export function irisRepo(): TestRepo {
  const repo = new TestRepo();
  repo
    .write('modelship.yml', CONFIG_ONE)
    .write('models/iris/model.onnx', onnxModel())
    .write('models/iris/README.md', CARD)
    .write('models/iris/metrics.json', JSON.stringify({ accuracy: 0.9, macro_f1: 0.88, slices: { species: { setosa: { f1: 1 } } } }));
  repo.commit('initial model');
  return repo;
}
