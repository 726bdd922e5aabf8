import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { attr, encodeModel } from '../../src/core/onnx/encode.js';
import { decodeModel, OnnxDataType } from '../../src/core/onnx/onnx-proto.js';
import { convertToFloat16 } from '../../src/optimize/float16.js';
import { quantizeSymmetric, quantizeWeightsInt8 } from '../../src/optimize/quantize.js';
import { float16Bits, float16Value, floatValues, toFloat16 } from '../../src/optimize/tensor.js';

// Made by test/fixtures/optimize/make_expected.py (numpy), committed: no python at test time.
const expected = JSON.parse(readFileSync(new URL('../fixtures/optimize/expected.json', import.meta.url), 'utf8')) as {
  float16: { values: (number | string)[]; bits: number[] };
  int8: { shape: number[]; axis: number | null; weights: number[]; quantized: number[]; scales: number[] }[];
};

describe('float16 bits', () => {
  it('equal numpy astype(float16) on edge cases and random values (rounding, subnormals, overflow)', () => {
    const values = expected.float16.values.map((v) => (typeof v === 'string' ? (v === 'inf' ? Infinity : -Infinity) : v));
    const mismatches = values.map((v, i) => [v, float16Bits(Math.fround(v)), expected.float16.bits[i]]).filter(([, got, want]) => got !== want);
    expect(mismatches).toEqual([]);
  });

  it('round-trips every finite float16 exactly', () => {
    const broken: number[] = [];
    for (let bits = 0; bits < 0x10000; bits++) if (((bits >>> 10) & 0x1f) !== 0x1f && float16Bits(float16Value(bits)) !== bits) broken.push(bits);
    expect(broken).toEqual([]);
  });

  it('clamps finite values beyond the float16 range to +-65504 and counts them', () => {
    const { bits, clamped } = toFloat16(new Float32Array([1e6, -70000, 3, Infinity]));
    expect(Array.from(bits, float16Value)).toEqual([65504, -65504, 3, Infinity]);
    expect(clamped).toBe(2);
  });
});

describe('int8 weight quantization', () => {
  it.each(expected.int8.map((c) => [c.shape.join('x'), c] as const))('matches numpy (onnxruntime quantizer arithmetic) for %s', (_, c) => {
    const { quantized, scales, maxAbsError } = quantizeSymmetric(Float32Array.from(c.weights), c.shape, c.axis);
    expect(Array.from(scales)).toEqual(c.scales.map(Math.fround));
    expect(Array.from(quantized)).toEqual(c.quantized);
    // Symmetric rounding error is at most half a step of the coarsest channel.
    expect(maxAbsError).toBeLessThanOrEqual(Math.max(...c.scales) / 2 + 1e-7);
  });
});

const linear = (extra: { blockedOp?: boolean } = {}) =>
  decodeModel(
    encodeModel({
      graph: {
        nodes: [
          { opType: 'MatMul', inputs: ['x', 'w'], outputs: ['h'], name: 'mm' },
          ...(extra.blockedOp ? [{ opType: 'TopK', inputs: ['h', 'k'], outputs: ['top', 'top_i'], name: 'topk' }] : []),
          { opType: 'Gemm', inputs: [extra.blockedOp ? 'top' : 'h', 'w2', 'b2'], outputs: ['y'], name: 'gemm', attributes: { transB: attr.int(1) } },
          { opType: 'ArgMax', inputs: ['y'], outputs: ['label'], attributes: { axis: attr.int(1), keepdims: attr.int(0) } },
        ],
        inputs: [{ name: 'x', type: { elemType: 'float32', shape: ['batch', 4] } }],
        outputs: [
          { name: 'y', type: { elemType: 'float32', shape: ['batch', 2] } },
          { name: 'label', type: { elemType: 'int64', shape: ['batch'] } },
        ],
        initializers: [
          { name: 'w', dims: [4, 3], data: new Float32Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) },
          { name: 'k', dims: [1], data: new BigInt64Array([3n]) },
          { name: 'w2', dims: [2, 3], data: new Float32Array([0.5, -1, 2, 1e6, 0, -0.25]) },
          { name: 'b2', dims: [2], data: new Float32Array([0.1, -0.1]) },
        ],
      },
    }),
  );

describe('convertToFloat16', () => {
  it('keeps float32 inputs and outputs behind Casts, converts weights, leaves integer paths alone', () => {
    const model = linear();
    const report = convertToFloat16(model);
    const g = model.graph;
    expect(g.node[0]).toMatchObject({ op_type: 'Cast', input: ['x'] });
    expect(g.node.at(-1)).toMatchObject({ op_type: 'Cast', output: ['y'] });
    expect(g.node.at(-1).attribute[0].i).toBe(OnnxDataType.FLOAT);
    const argmax = g.node.find((n: any) => n.op_type === 'ArgMax');
    expect(argmax.input[0]).not.toBe('y'); // reads the float16 tensor, not the cast back
    expect(g.initializer.filter((t: any) => t.data_type === OnnxDataType.FLOAT16).map((t: any) => t.name).sort()).toEqual(['b2', 'w', 'w2']);
    expect(g.initializer.find((t: any) => t.name === 'k').data_type).toBe(OnnxDataType.INT64);
    expect(report).toMatchObject({ convertedInitializers: 3, clampedValues: 1, castsInserted: 2, blockedNodes: [] });
    expect(g.input[0].type.tensor_type.elem_type).toBe(OnnxDataType.FLOAT);
  });

  it('keeps blocked ops in float32 with Casts around them', () => {
    const model = linear({ blockedOp: true });
    const report = convertToFloat16(model);
    const names = model.graph.node.map((n: any) => n.op_type);
    const topk = names.indexOf('TopK');
    expect(names.slice(topk - 1, topk + 2)).toEqual(['Cast', 'TopK', 'Cast']);
    expect(report.blockedNodes).toEqual(['TopK (topk)']);
    expect(report.castsInserted).toBe(4);
  });

  it('carries float16 on after a blocked op, so an output behind it is cast back (regression)', () => {
    const model = decodeModel(encodeModel({
      graph: {
        nodes: [
          { opType: 'TopK', inputs: ['x', 'k'], outputs: ['top', 'index'], attributes: { axis: attr.int(1) } },
          { opType: 'Softmax', inputs: ['top'], outputs: ['y'], attributes: { axis: attr.int(1) } },
        ],
        initializers: [{ name: 'k', dims: [1], data: new BigInt64Array([2n]) }],
        inputs: [{ name: 'x', type: { elemType: 'float32', shape: ['batch', 4] } }],
        outputs: [{ name: 'y', type: { elemType: 'float32', shape: ['batch', 2] } }],
      },
    }));
    convertToFloat16(model);
    expect(model.graph.node.map((n: any) => `${n.op_type}:${n.output[0]}`)).toEqual(['TopK:top', 'Cast:top_fp16', 'Softmax:y_fp16', 'Cast:y']); // x goes straight to TopK
  });

  it('casts a Constant value_float into float16 and marks a ConstantOfShape float16 output', async () => {
    const model = decodeModel(encodeModel({
      graph: {
        nodes: [
          { opType: 'Constant', inputs: [], outputs: ['two'], attributes: { value_float: attr.float(2) } },
          { opType: 'Shape', inputs: ['x'], outputs: ['s'] },
          { opType: 'ConstantOfShape', inputs: ['s'], outputs: ['ones'], attributes: { value: attr.tensor({ dims: [1], data: new Float32Array([1]) }) } },
          { opType: 'Mul', inputs: ['x', 'two'], outputs: ['m'] },
          { opType: 'Add', inputs: ['m', 'ones'], outputs: ['y'] },
        ],
        inputs: [{ name: 'x', type: { elemType: 'float32', shape: ['batch', 4] } }],
        outputs: [{ name: 'y', type: { elemType: 'float32', shape: ['batch', 4] } }],
      },
    }));
    convertToFloat16(model);
    expect(model.graph.node.map((n: any) => `${n.op_type}:${n.input.join(',')}`)).toEqual(['Cast:x', 'Constant:', 'Shape:x_fp16', 'ConstantOfShape:s', 'Cast:two', 'Mul:x_fp16,two_fp16', 'Add:m,ones', 'Cast:y_fp16']);
    // onnxruntime agrees: the graph loads and computes 2x + 1 in float16.
    const { loadOnnxRuntime } = await import('../../src/bench/runners/onnx.js');
    const ort = await loadOnnxRuntime();
    const { ModelProto } = await import('../../src/core/onnx/onnx-proto.js');
    const session = await ort.InferenceSession.create(ModelProto.encode(ModelProto.fromObject(model)).finish());
    const { y } = await session.run({ x: new ort.Tensor('float32', new Float32Array([0, 1, 2.5, -3]), [1, 4]) });
    expect(Array.from(y.data as Float32Array)).toEqual([1, 3, 6, -5]);
  });

  it('keeps extra ops the caller blocks, and initializers only they use', () => {
    const model = linear();
    const report = convertToFloat16(model, { blockOps: ['Gemm'] });
    expect(report.blockedNodes).toEqual(['Gemm (gemm)']);
    expect(report.keptFloat32Initializers).toBe(2);
    expect(model.graph.initializer.find((t: any) => t.name === 'w2').data_type).toBe(OnnxDataType.FLOAT);
  });

  it('refuses weights kept in external files, naming the tensor', () => {
    const model = linear();
    model.graph.initializer[0].data_location = 1;
    expect(() => convertToFloat16(model)).toThrow(/tensor "w" keeps its data in an external file/);
  });
});

describe('quantizeWeightsInt8', () => {
  it('stores MatMul and Gemm weights as int8 with per-channel DequantizeLinear on the right axis', () => {
    const model = linear();
    const report = quantizeWeightsInt8(model);
    expect(report.weights.map((w) => [w.node, w.axis])).toEqual([['mm', 1], ['gemm', 0]]);
    const dq = model.graph.node.filter((n: any) => n.op_type === 'DequantizeLinear');
    expect(dq).toHaveLength(2);
    expect(model.graph.initializer.find((t: any) => t.name === 'w')).toBeUndefined();
    const q = model.graph.initializer.find((t: any) => t.name === 'w_quantized');
    expect(q).toMatchObject({ data_type: OnnxDataType.INT8, dims: [4, 3] });
    const scales = floatValues(model.graph.initializer.find((t: any) => t.name === 'w_scale'), 'test');
    expect(Array.from(scales)).toEqual([10, 11, 12].map((m) => Math.fround(m / 127)));
    expect(model.graph.node.find((n: any) => n.name === 'mm').input[1]).toBe('w_dequantized');
  });

  it('honours the allow list and the deny list (by node name or op type)', () => {
    expect(quantizeWeightsInt8(linear(), { ops: ['Gemm'] }).weights.map((w) => w.node)).toEqual(['gemm']);
    const denied = quantizeWeightsInt8(linear(), { exclude: ['gemm'] });
    expect(denied.weights.map((w) => w.node)).toEqual(['mm']);
    expect(denied.skipped).toEqual([{ node: 'gemm', reason: 'excluded' }]);
    expect(quantizeWeightsInt8(linear(), { exclude: ['MatMul'] }).weights.map((w) => w.node)).toEqual(['gemm']);
  });

  it('refuses an op it cannot quantize, and falls back to per-tensor scales below opset 13', () => {
    expect(() => quantizeWeightsInt8(linear(), { ops: ['Add'] })).toThrow(/op "Add" cannot be quantized/);
    const old = linear();
    old.opset_import[0].version = 11;
    const report = quantizeWeightsInt8(old);
    expect(report.perChannel).toBe(false);
    expect(report.weights.every((w) => w.axis === null)).toBe(true);
  });
});
