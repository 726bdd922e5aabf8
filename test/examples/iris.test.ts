import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../../src/core/config.js';
import { decodeModel } from '../../src/core/onnx/onnx-proto.js';
import { readIris, splitTrainTest, SPECIES } from '../../examples/iris/train/data.js';
import type { ClassificationMetrics } from '../../examples/iris/train/metrics.js';
import { IRIS_SIGNATURE, PRODUCER_NAME } from '../../examples/iris/train/onnx-model.js';
import { trainVersion, versionArtifacts, type TrainedVersion } from '../../examples/iris/train/train.js';
import { IRIS_DEGRADED, IRIS_V1, IRIS_V2, IRIS_VERSIONS } from '../../examples/iris/train/versions.js';

const exampleRoot = path.resolve('examples/iris');
const modelsRoot = path.join(exampleRoot, 'models');
const data = readIris(path.join(exampleRoot, 'data', 'iris.csv'));
const trained = new Map<string, TrainedVersion>(IRIS_VERSIONS.map((version) => [version.folder, trainVersion(version, data)]));

const committedMetrics = (folder: string): ClassificationMetrics =>
  JSON.parse(readFileSync(path.join(modelsRoot, folder, 'metrics.json'), 'utf8'));

describe('examples/iris data', () => {
  it('is the real Iris data set: 150 rows, 50 per species, well-known values', () => {
    const { rows } = data;
    expect(rows).toHaveLength(150);
    for (const species of SPECIES) expect(rows.filter((row) => row.species === species)).toHaveLength(50);
    expect(rows[0]).toMatchObject({ id: 1, features: [5.1, 3.5, 1.4, 0.2], species: 'setosa' });
    expect(rows[50]).toMatchObject({ id: 51, features: [7.0, 3.2, 4.7, 1.4], species: 'versicolor' });
    expect(rows[100]).toMatchObject({ id: 101, features: [6.3, 3.3, 6.0, 2.5], species: 'virginica' });
    expect(rows[149]).toMatchObject({ id: 150, features: [5.9, 3.0, 5.1, 1.8], species: 'virginica' });
    // Fisher's values, not UCI's two erroneous rows.
    expect(rows[34].features).toEqual([4.9, 3.1, 1.5, 0.2]);
    expect(rows[37].features).toEqual([4.9, 3.6, 1.4, 0.1]);
    const means = [0, 1, 2, 3].map((f) => rows.reduce((sum, row) => sum + row.features[f], 0) / rows.length);
    expect(means.map((mean) => mean.toFixed(6))).toEqual(['5.843333', '3.057333', '3.758000', '1.199333']);
    const header = readFileSync(path.join(exampleRoot, 'data', 'iris.csv'), 'utf8').split('\n')[0];
    expect(header).toBe('sepal_length,sepal_width,petal_length,petal_width,species');
  });

  it('splits 120/30, stratified, every 5th row of each species to test', () => {
    const { train, test } = splitTrainTest(data.rows);
    expect(train).toHaveLength(120);
    expect(test).toHaveLength(30);
    expect(test.map((row) => row.id)).toEqual([0, 1, 2].flatMap((c) => [5, 10, 15, 20, 25, 30, 35, 40, 45, 50].map((i) => c * 50 + i)));
  });
});

describe.each(IRIS_VERSIONS.map((version) => [version.folder]))('examples/iris/models/%s', (folder) => {
  const version = trained.get(folder)!;
  const dir = path.join(modelsRoot, folder);

  it('is reproduced byte for byte by re-running the trainer', () => {
    const artifacts = versionArtifacts(version);
    expect(readdirSync(dir).sort()).toEqual([...artifacts.keys()].sort());
    for (const [name, bytes] of artifacts) {
      expect({ name, sha256: sha256(readFileSync(path.join(dir, name))) }).toEqual({ name, sha256: sha256(bytes) });
    }
  });

  it('has a SHA256SUMS that matches its files', () => {
    const lines = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8').trimEnd().split('\n');
    const listed = lines.map((line) => {
      const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
      expect(match).not.toBeNull();
      return { name: match![2], sha256: match![1] };
    });
    expect(listed.map((entry) => entry.name)).toEqual(['README.md', 'metrics.json', 'model.onnx', 'predictions.csv']);
    for (const entry of listed) expect(sha256(readFileSync(path.join(dir, entry.name)))).toBe(entry.sha256);
  });

  it('runs in onnxruntime and reproduces the trainer\'s predictions on the test split', async () => {
    const session = await ort.InferenceSession.create(readFileSync(path.join(dir, 'model.onnx')));
    expect(session.inputNames).toEqual(['features']);
    expect(session.outputNames).toEqual(['probabilities', 'label']);
    const features = new Float32Array(version.test.flatMap((row) => row.features));
    const outputs = await session.run({ features: new ort.Tensor('float32', features, [version.test.length, 4]) });
    expect(outputs.probabilities.dims).toEqual([30, 3]);
    expect(outputs.label.dims).toEqual([30]);
    expect(outputs.label.type).toBe('int64');
    const probabilities = outputs.probabilities.data as Float32Array;
    const labels = outputs.label.data as BigInt64Array;
    version.predictions.forEach((prediction, i) => {
      expect(Number(labels[i])).toBe(prediction.label);
      for (let c = 0; c < 3; c++) expect(Math.abs(probabilities[i * 3 + c] - prediction.probabilities[c])).toBeLessThan(1e-5);
    });
  });

  it('declares the shared signature, opset 13 and its training metadata in the ONNX file', () => {
    const model = decodeModel(readFileSync(path.join(dir, 'model.onnx')));
    expect(model.producer_name).toBe(PRODUCER_NAME);
    expect(model.opset_import).toEqual([{ domain: '', version: 13 }]);
    const shapeOf = (info: any) => info.type.tensor_type.shape.dim.map((d: any) => d.dim_param ?? d.dim_value);
    expect(model.graph.input.map((info: any) => ({ name: info.name, shape: shapeOf(info) }))).toEqual([
      { name: 'features', shape: ['batch', 4] },
    ]);
    expect(model.graph.output.map((info: any) => [info.name, info.type.tensor_type.elem_type, shapeOf(info)])).toEqual([
      ['probabilities', 1, ['batch', 3]],
      ['label', 7, ['batch']],
    ]);
    const metadata = Object.fromEntries(model.metadata_props.map((entry: any) => [entry.key, entry.value]));
    expect(metadata).toMatchObject({
      version: version.version.version,
      classes: 'setosa,versicolor,virginica',
      'training.iterations': String(version.version.fit.iterations),
      'data.sha256': data.sha256,
    });
    const ops = model.graph.node.map((node: any) => node.op_type);
    expect(ops).toEqual(version.version.standardise ? ['Sub', 'Div', 'Gemm', 'Softmax', 'ArgMax'] : ['Gemm', 'Softmax', 'ArgMax']);
  });

  it('has metrics.json, predictions.csv and the model card agreeing with each other', () => {
    const metrics = committedMetrics(folder);
    expect(metrics.n_test).toBe(30);
    expect(Object.keys(metrics.slices.species)).toEqual([...SPECIES]);

    const rows = readFileSync(path.join(dir, 'predictions.csv'), 'utf8').trimEnd().split('\n');
    expect(rows[0]).toBe('id,species,predicted,correct,p_correct');
    const predictions = rows.slice(1).map((line) => line.split(','));
    expect(predictions).toHaveLength(30);
    const correct = predictions.filter((cells) => cells[3] === '1').length;
    expect(predictions.every((cells) => (cells[1] === cells[2]) === (cells[3] === '1'))).toBe(true);
    expect(metrics.accuracy).toBeCloseTo(correct / 30, 6);
    const logLoss = predictions.reduce((sum, cells) => sum - Math.log(Number(cells[4])), 0) / 30;
    expect(Math.abs(metrics.log_loss - logLoss)).toBeLessThan(1e-4); // p_correct is rounded to 6 decimals

    const card = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const frontMatter = parseYaml(card.split(/^---$/m)[1]);
    const results = frontMatter['model-index'][0].results[0];
    expect(results.dataset.split).toBe('test');
    const byType = Object.fromEntries(results.metrics.map((m: { type: string; value: number }) => [m.type, m.value]));
    expect(byType).toEqual({ accuracy: metrics.accuracy, f1: metrics.macro_f1, log_loss: metrics.log_loss });
    for (const heading of ['## Intended use', '## Data', '## Training', '## Evaluation', '## Limitations']) {
      expect(card).toContain(heading);
    }
  });
});

describe('examples/iris versions', () => {
  const v1 = committedMetrics(IRIS_V1.folder);
  const v2 = committedMetrics(IRIS_V2.folder);
  const degraded = committedMetrics(IRIS_DEGRADED.folder);

  it('v2 beats v1 on accuracy, macro F1 and log loss', () => {
    expect(v2.accuracy).toBeGreaterThan(v1.accuracy);
    expect(v2.macro_f1).toBeGreaterThan(v1.macro_f1);
    expect(v2.log_loss).toBeLessThan(v1.log_loss);
    expect(v2.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('the degraded candidate is clearly worse than v2, where a gate would look', () => {
    expect(v2.accuracy - degraded.accuracy).toBeGreaterThanOrEqual(0.2);
    expect(v2.macro_f1 - degraded.macro_f1).toBeGreaterThanOrEqual(0.2);
    expect(degraded.log_loss).toBeGreaterThan(3 * v2.log_loss);
    expect(degraded.slices.species.versicolor.f1).toBeLessThan(0.5);
    expect(degraded.slices.species.setosa.f1).toBe(1);
  });
});

describe('examples/iris/modelship.yml', () => {
  it('loads, points at v2 and declares the signature the ONNX files carry', async () => {
    const text = readFileSync(path.join(exampleRoot, 'modelship.yml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/modelship.schema.json');
    const loaded = await loadConfig(path.join(exampleRoot, 'modelship.yml'));
    const iris = loaded.config.models.iris;
    expect(iris).toMatchObject({
      path: 'models/iris-v2/model.onnx',
      format: 'onnx',
      card: 'models/iris-v2/README.md',
      metrics: 'models/iris-v2/metrics.json',
      tagFormat: '{model}@v{version}',
    });
    expect(iris.signature).toEqual(JSON.parse(JSON.stringify(IRIS_SIGNATURE)));
  });
});

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
