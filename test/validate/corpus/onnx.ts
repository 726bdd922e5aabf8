import { encodeModel, type OnnxModelSpec, type OnnxTensorSpec } from '../../../src/core/onnx/encode.js';

/** The example project's shape: features float32 [batch,4] -> probabilities float32 [batch,3], label int64 [batch]. */
export function irisSpec(options: { weights?: OnnxTensorSpec; extraNodes?: OnnxModelSpec['graph']['nodes']; opsets?: OnnxModelSpec['opsetImports']; irVersion?: number } = {}): OnnxModelSpec {
  const w = options.weights ?? { name: 'W', dims: [4, 3], data: new Float32Array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2]) };
  return {
    irVersion: options.irVersion ?? 8,
    producerName: 'skl2onnx',
    producerVersion: '1.17.0',
    opsetImports: options.opsets ?? [{ domain: '', version: 17 }],
    graph: {
      name: 'iris',
      inputs: [{ name: 'features', type: { elemType: 'float32', shape: ['batch', 4] } }],
      outputs: [
        { name: 'probabilities', type: { elemType: 'float32', shape: ['batch', 3] } },
        { name: 'label', type: { elemType: 'int64', shape: ['batch'] } },
      ],
      initializers: [w, { name: 'B', dims: [3], data: new Float32Array([0.01, 0.02, 0.03]) }],
      nodes: [
        { opType: 'MatMul', inputs: ['features', 'W'], outputs: ['logits0'] },
        { opType: 'Add', inputs: ['logits0', 'B'], outputs: ['logits'] },
        { opType: 'Softmax', inputs: ['logits'], outputs: ['probabilities'], attributes: { axis: { type: 'int', value: 1 } } },
        { opType: 'ArgMax', inputs: ['probabilities'], outputs: ['label'], attributes: { axis: { type: 'int', value: 1 }, keepdims: { type: 'int', value: 0 } } },
        ...(options.extraNodes ?? []),
      ],
    },
  };
}

export function irisOnnx(options: Parameters<typeof irisSpec>[0] = {}): Buffer {
  return Buffer.from(encodeModel(irisSpec(options)));
}

/** An iris model whose W lives in an external file at `location` (offset/length as given). */
export function externalOnnx(location: string, ext: { offset?: number; length?: number } = {}): Buffer {
  return irisOnnx({ weights: { name: 'W', dims: [4, 3], elemType: 'float32', external: { location, offset: ext.offset, length: ext.length ?? 48 } } });
}
