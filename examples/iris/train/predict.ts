/**
 * Inference exactly as the exported ONNX graph runs it: every value rounded to float32 after each
 * operation (Sub, Div, Gemm, Softmax), so metrics describe the shipped model rather than the float64
 * fit. onnxruntime may sum in another order or fuse multiply-adds, so its outputs agree to ~1e-7, not
 * bit for bit (the example's tests hold it to 1e-5).
 */

const f32 = Math.fround;

/** The model's parameters as float32 values, as stored in the ONNX initializers. */
export interface Float32Parameters {
  /** [class][feature] */
  weights: Float32Array[];
  bias: Float32Array;
  standardisation?: { mean: Float32Array; std: Float32Array };
}

export interface Prediction {
  probabilities: Float32Array;
  /** ArgMax with ONNX's tie rule: the first maximum. */
  label: number;
}

export function predictFloat32(parameters: Float32Parameters, features: readonly number[]): Prediction {
  let x = features.map(f32);
  const standard = parameters.standardisation;
  if (standard) x = x.map((value, f) => f32(f32(value - standard.mean[f]) / standard.std[f]));

  // Gemm(transB=1): logits = x · Wᵀ + b
  const logits = parameters.weights.map((row, c) => {
    let dot = 0;
    for (let f = 0; f < row.length; f++) dot = f32(dot + f32(x[f] * row[f]));
    return f32(dot + parameters.bias[c]);
  });

  // Softmax(axis=1), max-shifted like onnxruntime's kernel.
  const max = Math.max(...logits);
  const exps = logits.map((value) => f32(Math.exp(f32(value - max))));
  let total = 0;
  for (const value of exps) total = f32(total + value);
  const probabilities = Float32Array.from(exps, (value) => f32(value / total));

  let label = 0;
  for (let c = 1; c < probabilities.length; c++) if (probabilities[c] > probabilities[label]) label = c;
  return { probabilities, label };
}
