import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import {
  attr,
  encodeModel,
  OnnxEncodeError,
  tensorBytes,
  type OnnxModelSpec,
} from '../../../src/core/onnx/encode.js';
import { decodeModel, ModelProto } from '../../../src/core/onnx/onnx-proto.js';

const float32 = (values: number[]) => new Float32Array(values);

function addModel(): OnnxModelSpec {
  return {
    producerName: 'encode-test',
    graph: {
      name: 'add',
      nodes: [{ opType: 'Add', inputs: ['a', 'b'], outputs: ['sum'] }],
      inputs: [
        { name: 'a', type: { elemType: 'float32', shape: ['n', 3] } },
        { name: 'b', type: { elemType: 'float32', shape: ['n', 3] } },
      ],
      outputs: [{ name: 'sum', type: { elemType: 'float32', shape: ['n', 3] } }],
    },
  };
}

/** x [batch, 2] -> Gemm(W [3, 2] transposed, b [3]) -> Softmax -> p [batch, 3] */
function gemmSoftmaxModel(): OnnxModelSpec {
  return {
    irVersion: 8,
    opsetImports: [{ domain: '', version: 13 }],
    producerName: 'encode-test',
    producerVersion: '0.0.1',
    domain: 'dev.modelship.test',
    modelVersion: 7,
    docString: 'Gemm then Softmax',
    metadata: { purpose: 'test', 'training.l2': '0.001' },
    graph: {
      name: 'gemm_softmax',
      docString: 'a tiny classifier',
      nodes: [
        {
          name: 'linear',
          opType: 'Gemm',
          inputs: ['x', 'W', 'b'],
          outputs: ['z'],
          attributes: { alpha: attr.float(1), beta: attr.float(1), transB: attr.int(1) },
        },
        { name: 'softmax', opType: 'Softmax', inputs: ['z'], outputs: ['p'], attributes: { axis: attr.int(1) } },
      ],
      initializers: [
        { name: 'W', dims: [3, 2], data: float32([1, 0, 0, 1, 1, 1]) },
        { name: 'b', dims: [3], data: float32([0, 0.5, -1]) },
      ],
      inputs: [{ name: 'x', type: { elemType: 'float32', shape: ['batch', 2] }, docString: 'two features' }],
      outputs: [{ name: 'p', type: { elemType: 'float32', shape: ['batch', 3] } }],
    },
  };
}

function softmax(values: number[]): number[] {
  const max = Math.max(...values);
  const exps = values.map((value) => Math.exp(value - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / total);
}

describe('encodeModel', () => {
  it('writes an Add graph onnxruntime runs', async () => {
    const session = await ort.InferenceSession.create(encodeModel(addModel()));
    expect(session.inputNames).toEqual(['a', 'b']);
    expect(session.outputNames).toEqual(['sum']);
    const a = new ort.Tensor('float32', float32([1, 2, 3, 4, 5, 6]), [2, 3]);
    const b = new ort.Tensor('float32', float32([10, 20, 30, 40, 50, 60]), [2, 3]);
    const { sum } = await session.run({ a, b });
    expect(Array.from(sum.data as Float32Array)).toEqual([11, 22, 33, 44, 55, 66]);
    expect(sum.dims).toEqual([2, 3]);
  });

  it('writes a Gemm + Softmax graph whose initializers and attributes onnxruntime reads', async () => {
    const session = await ort.InferenceSession.create(encodeModel(gemmSoftmaxModel()));
    const x = [[1, 2], [-0.5, 3], [0, 0]];
    const { p } = await session.run({ x: new ort.Tensor('float32', float32(x.flat()), [3, 2]) });
    expect(p.dims).toEqual([3, 3]);
    const expected = x.flatMap(([x0, x1]) => softmax([x0, x1 + 0.5, x0 + x1 - 1]));
    Array.from(p.data as Float32Array).forEach((value, index) => expect(value).toBeCloseTo(expected[index], 6));
  });

  it('writes int64 initializers and outputs (ArgMax)', async () => {
    const model: OnnxModelSpec = {
      graph: {
        nodes: [
          { opType: 'Add', inputs: ['x', 'offset'], outputs: ['shifted'] },
          { opType: 'ArgMax', inputs: ['shifted'], outputs: ['index'], attributes: { axis: attr.int(1), keepdims: attr.int(0) } },
        ],
        initializers: [{ name: 'offset', dims: [3], data: new BigInt64Array([0n, 10n, -5n]) }],
        inputs: [{ name: 'x', type: { elemType: 'int64', shape: ['n', 3] } }],
        outputs: [{ name: 'index', type: { elemType: 'int64', shape: ['n'] } }],
      },
    };
    const session = await ort.InferenceSession.create(encodeModel(model));
    const x = new ort.Tensor('int64', new BigInt64Array([9n, 0n, 20n, 1n, 1n, 1n]), [2, 3]);
    const { index } = await session.run({ x });
    expect(index.type).toBe('int64');
    expect(Array.from(index.data as BigInt64Array)).toEqual([2n, 1n]);
  });

  it('round-trips through a protobufjs decode with onnx.proto field names', () => {
    const decoded = decodeModel(encodeModel(gemmSoftmaxModel()));
    expect(decoded.ir_version).toBe(8);
    expect(decoded.opset_import).toEqual([{ domain: '', version: 13 }]);
    expect(decoded.producer_name).toBe('encode-test');
    expect(decoded.producer_version).toBe('0.0.1');
    expect(decoded.domain).toBe('dev.modelship.test');
    expect(decoded.model_version).toBe(7);
    expect(decoded.doc_string).toBe('Gemm then Softmax');
    expect(decoded.metadata_props).toEqual([
      { key: 'purpose', value: 'test' },
      { key: 'training.l2', value: '0.001' },
    ]);

    const graph = decoded.graph;
    expect(graph.name).toBe('gemm_softmax');
    expect(graph.doc_string).toBe('a tiny classifier');
    expect(graph.input).toEqual([
      {
        name: 'x',
        doc_string: 'two features',
        type: { tensor_type: { elem_type: 1, shape: { dim: [{ dim_param: 'batch' }, { dim_value: 2 }] } } },
      },
    ]);
    expect(graph.node.map((node: { op_type: string }) => node.op_type)).toEqual(['Gemm', 'Softmax']);
    // AttributeProto.type: FLOAT = 1, INT = 2, so alpha stays a float and transB an int.
    expect(graph.node[0].attribute).toEqual([
      { name: 'alpha', type: 1, f: 1 },
      { name: 'beta', type: 1, f: 1 },
      { name: 'transB', type: 2, i: 1 },
    ]);

    const [weights, bias] = graph.initializer;
    expect(weights).toMatchObject({ name: 'W', dims: [3, 2], data_type: 1 });
    expect(Buffer.from(weights.raw_data)).toEqual(Buffer.from(float32([1, 0, 0, 1, 1, 1]).buffer));
    expect(bias.raw_data[4 * 1 + 3]).toBe(0x3f); // 0.5f = 0x3f000000, little-endian: high byte last
    expect(weights.data_location).toBeUndefined();
  });

  it('is deterministic', () => {
    expect(Buffer.from(encodeModel(gemmSoftmaxModel()))).toEqual(Buffer.from(encodeModel(gemmSoftmaxModel())));
  });

  it('writes sequence, map, optional and sparse types, unknown dims and unknown rank', () => {
    const model: OnnxModelSpec = {
      opsetImports: [{ domain: '', version: 18 }, { domain: 'ai.onnx.ml', version: 3 }],
      metadata: [['dup', '1'], ['dup', '2']],
      graph: {
        nodes: [],
        inputs: [
          { name: 'seq', type: { kind: 'sequence', elem: { elemType: 'float32', shape: [null, 'd'] } } },
          { name: 'map', type: { kind: 'map', keyType: 'string', value: { elemType: 'float32' } } },
          { name: 'opt', type: { kind: 'optional', elem: { elemType: 'int64', shape: [] } } },
          { name: 'sparse', type: { kind: 'sparse_tensor', elemType: 'float32', shape: [10, 10] } },
          { name: 'untyped' },
        ],
        outputs: [],
      },
    };
    const decoded = decodeModel(encodeModel(model));
    expect(decoded.opset_import).toEqual([{ domain: '', version: 18 }, { domain: 'ai.onnx.ml', version: 3 }]);
    expect(decoded.metadata_props).toEqual([{ key: 'dup', value: '1' }, { key: 'dup', value: '2' }]);
    const [seq, map, opt, sparse, untyped] = decoded.graph.input;
    expect(seq.type).toEqual({ sequence_type: { elem_type: { tensor_type: { elem_type: 1, shape: { dim: [{}, { dim_param: 'd' }] } } } } });
    expect(map.type).toEqual({ map_type: { key_type: 8, value_type: { tensor_type: { elem_type: 1 } } } });
    // A scalar has a shape with no dims, which is not the same as no shape (unknown rank).
    expect(opt.type).toEqual({ optional_type: { elem_type: { tensor_type: { elem_type: 7, shape: {} } } } });
    expect(sparse.type).toEqual({ sparse_tensor_type: { elem_type: 1, shape: { dim: [{ dim_value: 10 }, { dim_value: 10 }] } } });
    expect(untyped).toEqual({ name: 'untyped' });
  });

  it('writes int64 values beyond 2^53 exactly when given as bigint', () => {
    const big = 2n ** 62n + 1n;
    const bytes = encodeModel({
      irVersion: big,
      graph: { nodes: [], inputs: [{ name: 'x', type: { elemType: 'float32', shape: [big, -1n] } }], outputs: [] },
    });
    const message = ModelProto.toObject(ModelProto.decode(bytes), { longs: String }) as Record<string, any>;
    expect(message.ir_version).toBe(big.toString());
    expect(message.graph.input[0].type.tensor_type.shape.dim).toEqual([{ dim_value: big.toString() }, { dim_value: '-1' }]);
  });

  it('writes string, bool, float64 and uint8 tensors', () => {
    const decoded = decodeModel(
      encodeModel({
        graph: {
          nodes: [],
          inputs: [],
          outputs: [],
          initializers: [
            { name: 's', dims: [2], elemType: 'string', data: ['iris', 'ß'] },
            { name: 'flags', dims: [3], elemType: 'bool', data: [true, false, true] },
            { name: 'd', dims: [1], data: new Float64Array([0.1]) },
            { name: 'u', dims: [2, 2], elemType: 'uint8', data: [1, 2, 3, 255] },
          ],
        },
      }),
    );
    const [s, flags, d, u] = decoded.graph.initializer;
    expect(s.data_type).toBe(8);
    expect(s.string_data.map((b: Uint8Array) => Buffer.from(b).toString('utf8'))).toEqual(['iris', 'ß']);
    expect(Array.from(flags.raw_data)).toEqual([1, 0, 1]);
    expect(Buffer.from(d.raw_data).readDoubleLE(0)).toBe(0.1);
    expect(Array.from(u.raw_data)).toEqual([1, 2, 3, 255]);
  });

  it('refuses data that does not match the dims, unknown types and inexact int64', () => {
    const withTensor = (tensor: object): OnnxModelSpec =>
      ({ graph: { nodes: [], inputs: [], outputs: [], initializers: [tensor] } }) as OnnxModelSpec;
    expect(() => encodeModel(withTensor({ name: 'w', dims: [2, 2], data: float32([1, 2, 3]) }))).toThrow(OnnxEncodeError);
    expect(() => encodeModel(withTensor({ name: 'w', dims: [2], elemType: 'float99', data: [1, 2] }))).toThrow(/unknown element type/);
    expect(() => encodeModel(withTensor({ name: 'w', dims: [2], data: [1, 2] }))).toThrow(/elemType is required/);
    expect(() => encodeModel(withTensor({ name: 'w', dims: [1], elemType: 'float8e4m3fn', data: [1] }))).toThrow(/pass rawData/);
    expect(() => encodeModel({ irVersion: 2 ** 60, graph: { nodes: [], inputs: [], outputs: [] } })).toThrow(/bigint/);
  });

  it('writes rawData verbatim, so corpora can hold tensors onnxruntime rejects', async () => {
    const model = gemmSoftmaxModel();
    model.graph = { ...model.graph, initializers: [{ name: 'W', dims: [3, 2], elemType: 'float32', rawData: new Uint8Array(5) }, model.graph.initializers![1]] };
    const decoded = decodeModel(encodeModel(model));
    expect(decoded.graph.initializer[0].raw_data).toHaveLength(5);
    await expect(ort.InferenceSession.create(encodeModel(model), { logSeverityLevel: 4 })).rejects.toThrow(/raw_data size/);
  });

  it('raw data bytes are the little-endian values for any float32 tensor', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ noNaN: true }), { minLength: 0, maxLength: 24 }), (values) => {
        const data = new Float32Array(values);
        const decoded = decodeModel(
          encodeModel({ graph: { nodes: [], inputs: [], outputs: [], initializers: [{ name: 't', dims: [values.length], data }] } }),
        );
        const raw = Buffer.from(decoded.graph.initializer[0].raw_data ?? new Uint8Array());
        const expected = Buffer.alloc(values.length * 4);
        values.forEach((value, index) => expected.writeFloatLE(value, index * 4));
        expect(raw).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('writes further external_data entries after the known ones, for corpora of odd references', () => {
    const decoded = decodeModel(
      encodeModel({
        graph: {
          nodes: [],
          inputs: [],
          outputs: [],
          initializers: [
            {
              name: 'w',
              dims: [1],
              elemType: 'float32',
              external: { location: '../../etc/passwd', checksum: 'da39a3ee', extra: [['location', 'again'], ['basepath', '/']] },
            },
          ],
        },
      }),
    );
    expect(decoded.graph.initializer[0].external_data).toEqual([
      { key: 'location', value: '../../etc/passwd' },
      { key: 'checksum', value: 'da39a3ee' },
      { key: 'location', value: 'again' },
      { key: 'basepath', value: '/' },
    ]);
  });

  describe('external data', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'modelship-onnx-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('marks tensors EXTERNAL with location, offset and length, and onnxruntime loads them from the file', async () => {
      const weights = { name: 'W', dims: [3, 2], data: float32([1, 0, 0, 1, 1, 1]) };
      const bias = { name: 'b', dims: [3], data: float32([0, 0.5, -1]) };
      const weightBytes = tensorBytes(weights);
      const biasBytes = tensorBytes(bias);
      // Offsets on 4096-byte pages, as the spec recommends for mmap.
      const file = Buffer.alloc(4096 + biasBytes.length);
      file.set(weightBytes, 0);
      file.set(biasBytes, 4096);
      writeFileSync(path.join(dir, 'weights.bin'), file);

      const model = gemmSoftmaxModel();
      model.graph = {
        ...model.graph,
        initializers: [
          { ...weights, external: { location: 'weights.bin', offset: 0, length: weightBytes.length } },
          { ...bias, external: { location: 'weights.bin', offset: 4096, length: biasBytes.length } },
        ],
      };
      const bytes = encodeModel(model);
      const decoded = decodeModel(bytes);
      const [w, b] = decoded.graph.initializer;
      expect(w.data_location).toBe(1);
      expect(w.raw_data).toBeUndefined();
      expect(w.external_data).toEqual([
        { key: 'location', value: 'weights.bin' },
        { key: 'offset', value: '0' },
        { key: 'length', value: '24' },
      ]);
      expect(b.external_data.map((entry: { key: string }) => entry.key)).toEqual(['location', 'offset', 'length']);

      const modelPath = path.join(dir, 'model.onnx');
      writeFileSync(modelPath, bytes);
      const session = await ort.InferenceSession.create(modelPath);
      const { p } = await session.run({ x: new ort.Tensor('float32', float32([1, 2]), [1, 2]) });
      const expected = softmax([1, 2.5, 2]);
      Array.from(p.data as Float32Array).forEach((value, index) => expect(value).toBeCloseTo(expected[index], 6));
    });
  });
});
