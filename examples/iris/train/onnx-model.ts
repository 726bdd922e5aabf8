import { attr, type OnnxModelSpec, type OnnxNodeSpec, type OnnxTensorSpec } from '../../../src/core/onnx/encode.js';
import { FEATURES, SPECIES } from './data.js';
import type { Float32Parameters } from './predict.js';
import type { IrisVersion } from './versions.js';

export const PRODUCER_NAME = 'modelship-iris-trainer';
export const PRODUCER_VERSION = '1.0.0';
export const OPSET = 13;

/** The signature every version shares, as modelship.yml declares it. */
export const IRIS_SIGNATURE = {
  inputs: [{ name: 'features', dtype: 'float32', shape: ['batch', FEATURES.length] }],
  outputs: [
    { name: 'probabilities', dtype: 'float32', shape: ['batch', SPECIES.length] },
    { name: 'label', dtype: 'int64', shape: ['batch'] },
  ],
} as const;

const OUTPUT_DOCS: Record<string, string> = {
  probabilities: `probability of each species, in the order ${SPECIES.join(', ')}`,
  label: `index of the most probable species (0 ${SPECIES[0]}, 1 ${SPECIES[1]}, 2 ${SPECIES[2]})`,
};

/**
 * features → [Sub(mean) → Div(std)] → Gemm(W, b) → Softmax → probabilities → ArgMax → label.
 * The label is an index into `classes` in the metadata (setosa, versicolor, virginica).
 */
export function irisOnnxSpec(
  version: IrisVersion,
  parameters: Float32Parameters,
  metadata: ReadonlyArray<readonly [string, string]>,
): OnnxModelSpec {
  const initializers: OnnxTensorSpec[] = [];
  const nodes: OnnxNodeSpec[] = [];
  let gemmInput = 'features';
  if (parameters.standardisation) {
    initializers.push(
      { name: 'feature_mean', dims: [FEATURES.length], data: parameters.standardisation.mean },
      { name: 'feature_std', dims: [FEATURES.length], data: parameters.standardisation.std },
    );
    nodes.push(
      { name: 'center', opType: 'Sub', inputs: ['features', 'feature_mean'], outputs: ['centered'] },
      { name: 'scale', opType: 'Div', inputs: ['centered', 'feature_std'], outputs: ['standardised'] },
    );
    gemmInput = 'standardised';
  }
  const weights = new Float32Array(SPECIES.length * FEATURES.length);
  parameters.weights.forEach((row, c) => weights.set(row, c * FEATURES.length));
  initializers.push(
    { name: 'weights', dims: [SPECIES.length, FEATURES.length], data: weights },
    { name: 'bias', dims: [SPECIES.length], data: parameters.bias },
  );
  nodes.push(
    {
      name: 'linear',
      opType: 'Gemm',
      inputs: [gemmInput, 'weights', 'bias'],
      outputs: ['logits'],
      attributes: { transB: attr.int(1) },
    },
    { name: 'softmax', opType: 'Softmax', inputs: ['logits'], outputs: ['probabilities'], attributes: { axis: attr.int(1) } },
    {
      name: 'argmax',
      opType: 'ArgMax',
      inputs: ['probabilities'],
      outputs: ['label'],
      attributes: { axis: attr.int(1), keepdims: attr.int(0) },
    },
  );

  return {
    irVersion: 8,
    opsetImports: [{ domain: '', version: OPSET }],
    producerName: PRODUCER_NAME,
    producerVersion: PRODUCER_VERSION,
    domain: 'dev.modelship.examples',
    modelVersion: version.modelVersion,
    docString: version.summary,
    metadata,
    graph: {
      name: 'iris_softmax_regression',
      nodes,
      initializers,
      inputs: IRIS_SIGNATURE.inputs.map((tensor) => ({
        name: tensor.name,
        type: { elemType: tensor.dtype, shape: [...tensor.shape] },
        docString: `${FEATURES.join(', ')} in centimetres`,
      })),
      outputs: IRIS_SIGNATURE.outputs.map((tensor) => ({
        name: tensor.name,
        type: { elemType: tensor.dtype, shape: [...tensor.shape] },
        docString: OUTPUT_DOCS[tensor.name],
      })),
    },
  };
}
