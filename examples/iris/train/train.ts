import { createHash } from 'node:crypto';
import { encodeModel } from '../../../src/core/onnx/encode.js';
import { FEATURES, SPECIES, SPLIT_DESCRIPTION, splitTrainTest, type IrisData, type IrisRow } from './data.js';
import { classificationMetrics, type ClassificationMetrics } from './metrics.js';
import { modelCard } from './model-card.js';
import { irisOnnxSpec } from './onnx-model.js';
import { predictFloat32, type Float32Parameters, type Prediction } from './predict.js';
import { fitSoftmaxRegression, standardisation } from './softmax-regression.js';
import type { IrisVersion } from './versions.js';

export interface TrainedVersion {
  version: IrisVersion;
  /** What the ONNX file stores. */
  parameters: Float32Parameters;
  /** Training objective (float64) after the last step. */
  finalLoss: number;
  trainCount: number;
  test: IrisRow[];
  /** Per test row, as the ONNX graph computes it. */
  predictions: Prediction[];
  metrics: ClassificationMetrics;
  /** ModelProto.metadata_props, in order. */
  metadata: Array<[string, string]>;
}

export function trainVersion(version: IrisVersion, data: IrisData): TrainedVersion {
  const split = splitTrainTest(data.rows);
  const trainRows = version.prepareTrainingRows ? version.prepareTrainingRows(split.train) : split.train;
  const rawFeatures = trainRows.map((row) => row.features);

  const scaling = version.standardise ? standardisation(rawFeatures) : undefined;
  const inputs = scaling ? rawFeatures.map((x) => x.map((value, f) => (value - scaling.mean[f]) / scaling.std[f])) : rawFeatures;
  const fit = fitSoftmaxRegression(inputs, trainRows.map((row) => row.label), SPECIES.length, version.fit);

  const parameters: Float32Parameters = {
    weights: fit.weights.map((row) => Float32Array.from(row)),
    bias: Float32Array.from(fit.bias),
    standardisation: scaling && { mean: Float32Array.from(scaling.mean), std: Float32Array.from(scaling.std) },
  };
  const predictions = split.test.map((row) => predictFloat32(parameters, row.features));
  const metrics = classificationMetrics(
    SPECIES,
    split.test.map((row) => row.label),
    predictions.map((prediction) => prediction.label),
    predictions.map((prediction, index) => prediction.probabilities[split.test[index].label]),
  );
  const usedFeatures = (version.fit.featureMask ?? FEATURES.map((_, index) => index)).map((index) => FEATURES[index]);
  const metadata: Array<[string, string]> = [
    ['model', 'iris'],
    ['version', version.version],
    ['classes', SPECIES.join(',')],
    ['training.algorithm', 'softmax regression, full-batch gradient descent (float64)'],
    ['training.features', usedFeatures.join(',')],
    ['training.standardise', String(version.standardise)],
    ['training.iterations', String(version.fit.iterations)],
    ['training.learning_rate', String(version.fit.learningRate)],
    ['training.l2', String(version.fit.l2)],
    ['training.labels', version.labels],
    ['training.final_loss', fit.finalLoss.toFixed(6)],
    ['data.name', 'Iris (Fisher 1936)'],
    ['data.sha256', data.sha256],
    ['data.split', SPLIT_DESCRIPTION],
  ];
  return { version, parameters, finalLoss: fit.finalLoss, trainCount: trainRows.length, test: split.test, predictions, metrics, metadata };
}

/** The files of one model folder, by name: model.onnx, metrics.json, predictions.csv, README.md, SHA256SUMS. */
export function versionArtifacts(trained: TrainedVersion): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  files.set('model.onnx', encodeModel(irisOnnxSpec(trained.version, trained.parameters, trained.metadata)));
  files.set('metrics.json', utf8(`${JSON.stringify(trained.metrics, null, 2)}\n`));
  files.set('predictions.csv', utf8(predictionsCsv(trained)));
  files.set('README.md', utf8(modelCard(trained)));
  files.set('SHA256SUMS', utf8(sha256Sums(files)));
  return files;
}

/** One row per test example, for paired comparisons between versions (McNemar, bootstrap). */
export function predictionsCsv(trained: TrainedVersion): string {
  const lines = ['id,species,predicted,correct,p_correct'];
  trained.test.forEach((row, index) => {
    const prediction = trained.predictions[index];
    const correct = prediction.label === row.label ? 1 : 0;
    const pCorrect = prediction.probabilities[row.label];
    lines.push([row.id, row.species, SPECIES[prediction.label], correct, pCorrect.toFixed(6)].join(','));
  });
  return `${lines.join('\n')}\n`;
}

/** The `sha256sum` format: `<hex>  <name>` per line, sorted by name. */
export function sha256Sums(files: ReadonlyMap<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((name) => `${createHash('sha256').update(files.get(name)!).digest('hex')}  ${name}\n`)
    .join('');
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
