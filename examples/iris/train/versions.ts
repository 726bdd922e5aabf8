import type { IrisRow } from './data.js';
import type { FitOptions } from './softmax-regression.js';

/** The model versions the example ships, each one folder under examples/iris/models/. */
export interface IrisVersion {
  folder: string;
  /** Semantic version, recorded in the model's metadata. */
  version: string;
  /** ModelProto.model_version. */
  modelVersion: number;
  /** One line for the model card and the ONNX doc_string. */
  summary: string;
  standardise: boolean;
  fit: FitOptions;
  /** How the training labels were prepared, in words (metadata and model card). */
  labels: string;
  /** Changes the training rows before fitting; the degraded version's data bug lives here. */
  prepareTrainingRows?: (rows: readonly IrisRow[]) => IrisRow[];
  /** Extra paragraphs for the model card's limitations. */
  caveats: string[];
}

const SEPAL_ONLY = [0, 1];

export const IRIS_V1: IrisVersion = {
  folder: 'iris-v1',
  version: '1.0.0',
  modelVersion: 1,
  summary: 'First iris classifier: softmax regression on the raw sepal measurements only.',
  standardise: false,
  fit: { iterations: 500, learningRate: 0.1, l2: 0, featureMask: SEPAL_ONLY },
  labels: 'as recorded',
  caveats: [
    'Petal measurements are ignored (their weights are zero), so versicolor and virginica, whose sepals overlap, are often confused.',
    'Trained on unscaled features with few iterations: the fit has not converged.',
  ],
};

export const IRIS_V2: IrisVersion = {
  folder: 'iris-v2',
  version: '1.1.0',
  modelVersion: 2,
  summary: 'Improved iris classifier: softmax regression on all four standardised measurements.',
  standardise: true,
  fit: { iterations: 2000, learningRate: 0.5, l2: 0.001 },
  labels: 'as recorded',
  caveats: [],
};

/**
 * Same recipe as v2, but a (simulated) join bug swapped the versicolor and virginica labels of every
 * other training row of those species. It exists so the gate demo has a candidate to reject.
 */
export const IRIS_DEGRADED: IrisVersion = {
  folder: 'iris-degraded',
  version: '1.2.0',
  modelVersion: 3,
  summary: 'DELIBERATELY DEGRADED candidate for the gate demo: v2 recipe trained on corrupted labels. Do not deploy.',
  standardise: true,
  fit: IRIS_V2.fit,
  labels: 'versicolor and virginica swapped on the 1st, 3rd, 5th, ... training row of each of those species',
  prepareTrainingRows: swapVersicolorVirginicaOnAlternateRows,
  caveats: [
    'This model is broken on purpose: half of the versicolor and virginica training labels are wrong, so it cannot tell those two species apart. It exists to show a metric gate rejecting a regression.',
  ],
};

export const IRIS_VERSIONS: readonly IrisVersion[] = [IRIS_V1, IRIS_V2, IRIS_DEGRADED];

function swapVersicolorVirginicaOnAlternateRows(rows: readonly IrisRow[]): IrisRow[] {
  const seen = new Map<number, number>();
  return rows.map((row) => {
    if (row.label === 0) return row;
    const position = seen.get(row.label) ?? 0;
    seen.set(row.label, position + 1);
    if (position % 2 !== 0) return row;
    const label = row.label === 1 ? 2 : 1;
    return { ...row, label, species: label === 1 ? 'versicolor' : 'virginica' };
  });
}
