import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { resolveBenchSettings } from '../../src/bench/config.js';
import { attr, encodeModel } from '../../src/core/onnx/encode.js';
import { runOptimize } from '../../src/optimize/run.js';

/**
 * An independent check of the written graphs: the reference ONNX checker (python3-onnx, a Debian package
 * .ci/run installs) with full_check and strict shape inference. Skipped where it is not installed.
 */
const PYTHON = '/usr/bin/python3';
const hasOnnx = spawnSync(PYTHON, ['-c', 'import onnx'], { stdio: 'ignore' }).status === 0;
const CHECK = `
import sys, onnx
from onnx import checker, shape_inference
for f in sys.argv[1:]:
    m = onnx.load(f)
    checker.check_model(m, full_check=True)
    shape_inference.infer_shapes(m, strict_mode=True)
    print("ok", f)
`;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'modelship-onnx-checker-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

(hasOnnx ? describe : describe.skip)('written variants pass the reference onnx.checker', () => {
  it('graph, fp16 and int8 of the example model', async () => {
    const report = await runOptimize({
      model: 'iris', modelPath: path.join(ROOT, 'examples/iris/models/iris-v2/model.onnx'), outDir: tmp, variants: ['graph', 'fp16', 'int8'], graphLevel: 'basic', float16: {}, int8: {},
      bench: resolveBenchSettings(undefined, { trials: 3, durationMs: 20, warmupMs: 5, batchSizes: [1] }), web: false,
    });
    const files = report.variants.map((v) => v.path);
    const out = execFileSync(PYTHON, ['-c', CHECK, ...files], { encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(files.map((f) => `ok ${f}`));
  }, 120_000);

  it('fp16 around a blocked op (TopK) and on an integer path (ArgMax), int8 of a Conv', async () => {
    const model = path.join(tmp, 'mixed.onnx');
    await writeFile(model, encodeModel({
      graph: {
        name: 'mixed',
        nodes: [
          { opType: 'Reshape', inputs: ['x', 'shape'], outputs: ['image'] },
          { opType: 'Conv', inputs: ['image', 'w', 'b'], outputs: ['c'], attributes: { pads: attr.ints([1, 1, 1, 1]) } },
          { opType: 'Flatten', inputs: ['c'], outputs: ['flat'] },
          { opType: 'TopK', inputs: ['flat', 'k'], outputs: ['top', 'top_index'], attributes: { axis: attr.int(1) } },
          { opType: 'Softmax', inputs: ['top'], outputs: ['y'], attributes: { axis: attr.int(1) } },
          { opType: 'ArgMax', inputs: ['y'], outputs: ['label'], attributes: { axis: attr.int(1), keepdims: attr.int(0) } },
        ],
        initializers: [
          { name: 'shape', dims: [4], data: new BigInt64Array([-1n, 1n, 2n, 2n]) },
          { name: 'w', dims: [4, 1, 3, 3], data: Float32Array.from({ length: 36 }, (_, i) => Math.sin(i)) },
          { name: 'b', dims: [4], data: new Float32Array([0.1, 0.2, 0.3, 0.4]) },
          { name: 'k', dims: [1], data: new BigInt64Array([3n]) },
        ],
        inputs: [{ name: 'x', type: { elemType: 'float32', shape: ['batch', 4] } }],
        outputs: [{ name: 'y', type: { elemType: 'float32', shape: ['batch', 3] } }, { name: 'label', type: { elemType: 'int64', shape: ['batch'] } }],
      },
    }));
    const report = await runOptimize({
      model: 'mixed', modelPath: model, outDir: path.join(tmp, 'mixed'), variants: ['fp16', 'int8'], graphLevel: 'basic', float16: {}, int8: {},
      bench: resolveBenchSettings(undefined, { trials: 3, durationMs: 20, warmupMs: 5, batchSizes: [1] }), web: false,
    });
    expect(report.verdict).toBe('pass');
    const files = report.variants.map((v) => v.path);
    const out = execFileSync(PYTHON, ['-c', CHECK, ...files], { encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(files.map((f) => `ok ${f}`));
  }, 120_000);
});
