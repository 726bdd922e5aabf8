/**
 * Multinomial logistic (softmax) regression fitted by full-batch gradient descent in float64. Weights
 * start at zero and every step visits the rows in the same order, so a fit is fully deterministic.
 *
 * Objective: mean cross-entropy + (l2 / 2) * ||W||^2 (the bias is not penalised).
 */

export interface FitOptions {
  iterations: number;
  learningRate: number;
  l2: number;
  /** Indices of the feature columns the model may use; the others keep a weight of exactly zero. */
  featureMask?: readonly number[];
}

export interface SoftmaxModel {
  /** weights[class][feature] */
  weights: number[][];
  bias: number[];
}

export interface FitResult extends SoftmaxModel {
  /** Training objective after the last step. */
  finalLoss: number;
}

export function fitSoftmaxRegression(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  classCount: number,
  options: FitOptions,
): FitResult {
  const featureCount = features[0]?.length ?? 0;
  const used = options.featureMask ?? Array.from({ length: featureCount }, (_, index) => index);
  const weights = Array.from({ length: classCount }, () => new Array<number>(featureCount).fill(0));
  const bias = new Array<number>(classCount).fill(0);
  const n = features.length;

  for (let step = 0; step < options.iterations; step++) {
    const gradWeights = Array.from({ length: classCount }, () => new Array<number>(featureCount).fill(0));
    const gradBias = new Array<number>(classCount).fill(0);
    for (let row = 0; row < n; row++) {
      const probabilities = softmax(logits({ weights, bias }, features[row]));
      for (let c = 0; c < classCount; c++) {
        const error = probabilities[c] - (labels[row] === c ? 1 : 0);
        gradBias[c] += error / n;
        for (const f of used) gradWeights[c][f] += (error * features[row][f]) / n;
      }
    }
    for (let c = 0; c < classCount; c++) {
      bias[c] -= options.learningRate * gradBias[c];
      for (const f of used) weights[c][f] -= options.learningRate * (gradWeights[c][f] + options.l2 * weights[c][f]);
    }
  }
  return { weights, bias, finalLoss: objective({ weights, bias }, features, labels, options.l2) };
}

export function logits(model: SoftmaxModel, x: readonly number[]): number[] {
  return model.weights.map((row, c) => row.reduce((sum, weight, f) => sum + weight * x[f], model.bias[c]));
}

export function softmax(values: readonly number[]): number[] {
  const max = Math.max(...values);
  const exps = values.map((value) => Math.exp(value - max));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

function objective(model: SoftmaxModel, features: readonly (readonly number[])[], labels: readonly number[], l2: number): number {
  let loss = 0;
  features.forEach((x, row) => (loss -= Math.log(softmax(logits(model, x))[labels[row]]) / features.length));
  const squared = model.weights.flat().reduce((sum, weight) => sum + weight * weight, 0);
  return loss + (l2 / 2) * squared;
}

/** Per-column mean and population standard deviation (ddof 0), from the training rows only. */
export function standardisation(features: readonly (readonly number[])[]): { mean: number[]; std: number[] } {
  const columns = features[0].length;
  const mean = Array.from({ length: columns }, (_, f) => features.reduce((sum, x) => sum + x[f], 0) / features.length);
  const std = mean.map((m, f) => Math.sqrt(features.reduce((sum, x) => sum + (x[f] - m) ** 2, 0) / features.length));
  return { mean, std };
}
