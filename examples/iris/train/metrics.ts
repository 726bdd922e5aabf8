/** Classification metrics on the test split, shaped as modelship gates address them. */

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationMetrics {
  accuracy: number;
  macro_f1: number;
  log_loss: number;
  n_test: number;
  /** `slices.species.setosa.f1` and so on. */
  slices: { species: Record<string, ClassMetrics> };
}

/** Probabilities are clipped here before the log, as scikit-learn does, so one confident miss stays finite. */
const LOG_LOSS_EPSILON = 1e-15;

/** Every figure is rounded to this many decimals, so the JSON is byte-for-byte stable. */
export const DECIMALS = 6;

export function round(value: number, decimals = DECIMALS): number {
  return Number(value.toFixed(decimals));
}

/**
 * @param truth class index per example
 * @param predicted class index per example
 * @param probabilityOfTruth the model's probability for the true class, per example
 */
export function classificationMetrics(
  classNames: readonly string[],
  truth: readonly number[],
  predicted: readonly number[],
  probabilityOfTruth: readonly number[],
): ClassificationMetrics {
  const n = truth.length;
  const correct = truth.filter((label, index) => label === predicted[index]).length;
  const logLoss = probabilityOfTruth.reduce((sum, p) => sum - Math.log(Math.max(p, LOG_LOSS_EPSILON)), 0) / n;

  const species: Record<string, ClassMetrics> = {};
  let f1Sum = 0;
  classNames.forEach((name, c) => {
    const truePositives = truth.filter((label, index) => label === c && predicted[index] === c).length;
    const support = truth.filter((label) => label === c).length;
    const predictedCount = predicted.filter((label) => label === c).length;
    // A class never predicted (or never present) scores 0, scikit-learn's zero_division=0.
    const precision = predictedCount === 0 ? 0 : truePositives / predictedCount;
    const recall = support === 0 ? 0 : truePositives / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    f1Sum += f1;
    species[name] = { precision: round(precision), recall: round(recall), f1: round(f1), support };
  });

  return {
    accuracy: round(correct / n),
    macro_f1: round(f1Sum / classNames.length),
    log_loss: round(logLoss),
    n_test: n,
    slices: { species },
  };
}
