import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { resolveBenchSettings } from '../../src/bench/config.js';
import { loadConfig } from '../../src/core/config.js';
import { attr, encodeModel } from '../../src/core/onnx/encode.js';
import { runGate } from '../../src/gate/run.js';
import { renderOptimizeMarkdown, renderOptimizeText } from '../../src/optimize/render.js';
import { runOptimize, type OptimizeReport, type OptimizeRequest } from '../../src/optimize/run.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const IRIS = path.join(ROOT, 'examples/iris/models/iris-v2/model.onnx');
const IRIS_DATA = { file: path.join(ROOT, 'examples/iris/data/iris.csv'), label: 'species' };
// Short trials: the figures are reported, never compared with a fixed number.
const bench = resolveBenchSettings(undefined, { trials: 3, durationMs: 30, warmupMs: 5, batchSizes: [1] });

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'modelship-optimize-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const request = (overrides: Partial<OptimizeRequest>): OptimizeRequest => ({
  model: 'm', modelPath: IRIS, outDir: path.join(tmp, 'out'), variants: ['graph', 'fp16', 'int8'], graphLevel: 'basic', float16: {}, int8: {}, bench, web: true, ...overrides,
});

/** features[batch,4] -> MatMul(w) [-> Relu -> Gemm(w2, hidden x hidden) -> Relu -> Gemm(w3)] -> Softmax: iris-shaped, weights we choose. */
async function classifier(file: string, weights: Float32Array, hidden = 0): Promise<string> {
  const width = hidden || 3;
  const nodes: { opType: string; inputs: string[]; outputs: string[]; name: string; attributes?: Record<string, ReturnType<typeof attr.int>> }[] = [{ opType: 'MatMul', inputs: ['features', 'w'], outputs: ['h'], name: 'first' }];
  const initializers = [{ name: 'w', dims: [4, width], data: weights }];
  const wave = (n: number, scale: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.7) * scale);
  if (hidden) {
    nodes.push(
      { opType: 'Relu', inputs: ['h'], outputs: ['r'], name: 'relu' },
      { opType: 'Gemm', inputs: ['r', 'w2'], outputs: ['h2'], name: 'second' },
      { opType: 'Relu', inputs: ['h2'], outputs: ['r2'], name: 'relu2' },
      { opType: 'Gemm', inputs: ['r2', 'w3'], outputs: ['h3'], name: 'third' },
    );
    initializers.push({ name: 'w2', dims: [hidden, hidden], data: wave(hidden * hidden, 1 / hidden) }, { name: 'w3', dims: [hidden, 3], data: wave(hidden * 3, 1 / 8) });
  }
  nodes.push({ opType: 'Softmax', inputs: [hidden ? 'h3' : 'h'], outputs: ['probabilities'], name: 'softmax', attributes: { axis: attr.int(1) } });
  await writeFile(file, encodeModel({ graph: { nodes, initializers, inputs: [{ name: 'features', type: { elemType: 'float32', shape: ['batch', 4] } }], outputs: [{ name: 'probabilities', type: { elemType: 'float32', shape: ['batch', 3] } }] } }));
  return file;
}

describe('runOptimize on the example iris model', () => {
  let report: OptimizeReport;
  beforeAll(async () => {
    report = await runOptimize(request({ outDir: path.join(tmp, 'iris'), evalData: IRIS_DATA }));
  }, 120_000);

  it('writes graph, fp16 and int8 variants that validate, keep the signature and run in onnxruntime-node and -web', () => {
    expect(report.verdict).toBe('pass');
    expect(report.variants.map((v) => v.name)).toEqual(['graph', 'fp16', 'int8']);
    for (const v of [report.original, ...report.variants]) {
      expect(v).toMatchObject({ validate: 'pass', signatureKept: true, findings: [] });
      expect(v.web).toMatchObject({ loads: true, missingOps: [] });
      expect(v.web!.maxAbsDiff).toBeLessThan(1e-5); // web and node agree on the same graph
      expect(existsSync(v.metricsFile)).toBe(true);
    }
    expect(report.warnings).toEqual([]);
  });

  it('measures the quality delta on the evaluation data against the original and the labels', () => {
    const [graph, fp16, int8] = report.variants;
    expect(report.evalData?.rows).toBe(150);
    expect(report.original.quality).toMatchObject({ agreement: 1, maxAbsDiff: 0 });
    expect(graph.quality!.maxAbsDiff).toBeLessThan(1e-6);
    // float16 weights: ~3 significant digits; int8: ~2. Both change the numbers, neither a prediction.
    expect(fp16.quality!.maxAbsDiff).toBeGreaterThan(0);
    expect(fp16.quality!.maxAbsDiff).toBeLessThan(5e-3);
    expect(int8.quality!.maxAbsDiff).toBeGreaterThan(fp16.quality!.maxAbsDiff);
    expect(int8.quality!.maxAbsDiff).toBeLessThan(5e-2);
    for (const v of report.variants) expect(v.quality!.accuracy).toBe(report.original.quality!.accuracy);
    expect(report.original.quality!.accuracy).toBeGreaterThan(0.9);
  });

  it('writes each model\'s figures as a flat metrics.json a gate reads', () => {
    const metrics = JSON.parse(readFileSync(report.variants[2].metricsFile, 'utf8'));
    expect(Object.keys(metrics).sort()).toEqual(['accuracy', 'agreement', 'load_ms', 'max_abs_diff', 'p50_ms', 'p99_ms', 'size_bytes', 'size_ratio', 'web_runs']);
    expect(metrics.size_bytes).toBe(report.variants[2].sizeBytes);
  });

  it('reports a table and a Mermaid chart for the job summary, and a text table', () => {
    const markdown = renderOptimizeMarkdown(report);
    expect(markdown).toContain('| model | size | load | p50 | p99 | accuracy |');
    expect(markdown).toMatch(/```mermaid\nxychart-beta\n[\s\S]*x-axis \["original", "graph", "fp16", "int8"\]/);
    expect(renderOptimizeText(report).split('\n')[0]).toMatch(/^model\s+size\s+load/);
  });
});

describe('optimize faults and sizes', () => {
  it('shrinks weights: float16 to about half, int8 to about a quarter', async () => {
    const model = await classifier(path.join(tmp, 'mlp.onnx'), Float32Array.from({ length: 4 * 128 }, (_, i) => Math.cos(i) / 4), 128);
    const report = await runOptimize(request({ modelPath: model, outDir: path.join(tmp, 'mlp'), variants: ['fp16', 'int8'], evalData: IRIS_DATA, web: false }));
    const [fp16, int8] = report.variants;
    expect(fp16.sizeBytes / report.original.sizeBytes).toBeLessThan(0.55);
    expect(int8.sizeBytes / report.original.sizeBytes).toBeLessThan(0.3);
    expect(report.verdict).toBe('pass');
  }, 60_000);

  it('reports an operator onnxruntime-web lacks as a warning of the run, not a crash', async () => {
    // Level `all` rewrites Conv into this CPU's NCHWc layout ops, which the WebAssembly build does not have.
    const conv = path.join(tmp, 'conv.onnx');
    await writeFile(conv, encodeModel({
      graph: {
        nodes: [
          { opType: 'Reshape', inputs: ['features', 'shape'], outputs: ['image'] },
          { opType: 'Conv', inputs: ['image', 'w', 'b'], outputs: ['c'], attributes: { pads: attr.ints([1, 1, 1, 1]) } },
          { opType: 'Relu', inputs: ['c'], outputs: ['r'] },
          { opType: 'Conv', inputs: ['r', 'w2'], outputs: ['c2'], attributes: { pads: attr.ints([1, 1, 1, 1]) } },
          { opType: 'Flatten', inputs: ['c2'], outputs: ['probabilities'] },
        ],
        initializers: [
          { name: 'shape', dims: [4], data: new BigInt64Array([-1n, 1n, 2n, 2n]) },
          { name: 'w', dims: [16, 1, 3, 3], data: Float32Array.from({ length: 144 }, (_, i) => Math.sin(i)) },
          { name: 'b', dims: [16], data: new Float32Array(16) },
          { name: 'w2', dims: [16, 16, 3, 3], data: Float32Array.from({ length: 2304 }, (_, i) => Math.cos(i) / 16) },
        ],
        inputs: [{ name: 'features', type: { elemType: 'float32', shape: ['batch', 4] } }],
        outputs: [{ name: 'probabilities', type: { elemType: 'float32', shape: ['batch', 64] } }],
      },
    }));
    const report = await runOptimize(request({ modelPath: conv, outDir: path.join(tmp, 'conv'), variants: ['graph', 'int8'], graphLevel: 'all' })); // no rows: the web check loads only
    const [graph, int8] = report.variants;
    expect(graph.web).toMatchObject({ loads: false, missingOps: ['com.microsoft.nchwc:Conv'] });
    expect(int8.web).toMatchObject({ loads: true });
    expect(report.warnings).toEqual([expect.stringMatching(/^graph: onnxruntime-web .* cannot run it \(missing operators: com\.microsoft\.nchwc:Conv\)/)]);
    expect(JSON.parse(readFileSync(graph.metricsFile, 'utf8')).web_runs).toBe(0);
    const table = renderOptimizeText(report);
    expect(table).toMatch(/^graph .* FAILS: com\.microsoft\.nchwc:Conv$/m);
    expect(table).toMatch(/^int8 .* loads$/m);
  }, 60_000);

  it('a variant whose outputs move beyond tolerance is refused by the gate; a faithful one passes', async () => {
    // One outlier weight: a single per-tensor int8 scale rounds every other weight to zero, so the two classes
    // the outlier does not suppress become a coin toss. Per-channel scales would have kept them.
    const weights = Float32Array.from({ length: 12 }, (_, i) => (i === 0 ? -1000 : Math.sin(i) / 2));
    const model = await classifier(path.join(tmp, 'outlier.onnx'), weights);
    const out = path.join(tmp, 'gated');
    await runOptimize(request({ modelPath: model, outDir: path.join(out, 'per-tensor'), variants: ['int8'], int8: { perChannel: false }, evalData: IRIS_DATA, web: false }));
    await runOptimize(request({ modelPath: model, outDir: path.join(out, 'per-channel'), variants: ['fp16'], evalData: IRIS_DATA, web: false }));
    await writeFile(path.join(out, 'modelship.yml'), [
      'version: 1',
      'gates:',
      ...['per-tensor/int8', 'per-channel/fp16'].flatMap((variant) => [
        `  ${variant.replace('/', '-')}:`,
        `    candidate: [${variant}/metrics.json]`,
        `    baseline: [${variant.split('/')[0]}/original/metrics.json]`,
        '    checks:',
        '      - { metric: accuracy, direction: higher, change: { minAbsolute: -0.005 } }',
        '      - { metric: max_abs_diff, direction: lower, value: { max: 0.01 } }',
      ]),
    ].join('\n'));
    const loaded = await loadConfig(path.join(out, 'modelship.yml'));
    const refused = await runGate(loaded, 'per-tensor-int8');
    expect(refused.verdict).toBe('fail');
    expect(refused.checks.find((c) => c.metric === 'max_abs_diff')).toMatchObject({ passed: false });
    expect((await runGate(loaded, 'per-channel-fp16')).verdict).toBe('pass');
  }, 60_000);
});
