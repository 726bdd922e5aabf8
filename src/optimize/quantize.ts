import { ModelshipError } from '../core/errors.js';
import { OnnxAttributeType, OnnxDataType } from '../core/onnx/onnx-proto.js';
import { uniqueNames } from './float16.js';
import { floatValues, isFloat32, tensorMessage } from './tensor.js';

/** The ops whose weight input (an initializer) is quantized, and which input that is. */
const WEIGHT_INPUT: Readonly<Record<string, number>> = { MatMul: 1, Gemm: 1, Conv: 1 };
export const QUANTIZABLE_OPS = Object.keys(WEIGHT_INPUT);

export interface QuantizeOptions {
  /** Op types to quantize (default MatMul, Gemm, Conv); others are refused. */
  ops?: readonly string[];
  /** Node names (or op types) never quantized: the deny list. */
  exclude?: readonly string[];
  /** Per-channel scales (default true; needs opset >= 13, else per-tensor). */
  perChannel?: boolean;
}

export interface QuantizedWeight {
  node: string;
  op: string;
  weight: string;
  shape: number[];
  axis: number | null;
  /** The largest |w - dequantize(quantize(w))| over the tensor. */
  maxAbsError: number;
}

export interface QuantizeReport {
  weights: QuantizedWeight[];
  skipped: { node: string; reason: string }[];
  perChannel: boolean;
}

/**
 * Dynamic int8 weight quantization in QDQ form: each float32 weight initializer of a MatMul/Gemm/Conv is
 * stored as int8 with symmetric scales (zero point 0, range [-127, 127], as onnxruntime's quantizer does for
 * weights) per output channel, and a DequantizeLinear node feeds the op. Activations stay float32; runtimes
 * fuse DequantizeLinear + MatMul into integer kernels where they have them. Rewrites the model in place.
 */
export function quantizeWeightsInt8(model: Record<string, any>, options: QuantizeOptions = {}): QuantizeReport {
  const graph = model.graph;
  const ops = new Set(options.ops ?? QUANTIZABLE_OPS);
  for (const op of ops) if (!(op in WEIGHT_INPUT)) throw new ModelshipError(`quantize: op "${op}" cannot be quantized (supported: ${QUANTIZABLE_OPS.join(', ')})`);
  const exclude = new Set(options.exclude ?? []);
  const opset = Number((model.opset_import ?? []).find((o: any) => (o.domain ?? '') === '' || o.domain === 'ai.onnx')?.version ?? 0);
  if (opset < 10) throw new ModelshipError(`quantize: the model imports ONNX opset ${opset || 'none'}; DequantizeLinear needs opset 10 or later`);
  const perChannel = (options.perChannel ?? true) && opset >= 13;
  const initializers = new Map<string, Record<string, any>>((graph.initializer ?? []).map((t: any) => [t.name, t]));
  const users = new Map<string, number>();
  for (const node of graph.node ?? []) for (const input of node.input ?? []) users.set(input, (users.get(input) ?? 0) + 1);
  const fresh = uniqueNames(graph);
  const report: QuantizeReport = { weights: [], skipped: [], perChannel };
  const rewritten: Record<string, any>[] = [];
  const removed = new Set<string>();
  const added: Record<string, any>[] = [];

  for (const node of graph.node ?? []) {
    const label = node.name || `${node.op_type}#${rewritten.length}`;
    const index = WEIGHT_INPUT[node.op_type];
    if (index === undefined || !ops.has(node.op_type) || (node.domain ?? '') !== '') {
      rewritten.push(node);
      continue;
    }
    const skip = (reason: string) => { report.skipped.push({ node: label, reason }); rewritten.push(node); };
    if (exclude.has(node.name) || exclude.has(node.op_type)) { skip('excluded'); continue; }
    const weightName: string = node.input[index];
    const weight = initializers.get(weightName);
    if (!weight) { skip(`weight "${weightName}" is not an initializer`); continue; }
    if (!isFloat32(weight)) { skip(`weight "${weightName}" is not float32`); continue; }
    if ((users.get(weightName) ?? 0) > 1) { skip(`weight "${weightName}" is shared with other nodes`); continue; }
    const shape = (weight.dims ?? []).map(Number);
    const axis = perChannel ? channelAxis(node, shape) : null;
    if (perChannel && axis === null) { skip(`weight "${weightName}" has rank ${shape.length}`); continue; }
    const values = floatValues(weight, `quantize ${label}`);
    const { quantized, scales, maxAbsError } = quantizeSymmetric(values, shape, axis);
    const qName = fresh(`${weightName}_quantized`);
    const scaleName = fresh(`${weightName}_scale`);
    const zeroName = fresh(`${weightName}_zero_point`);
    const dequantized = fresh(`${weightName}_dequantized`);
    const channels = axis === null ? [] : [shape[axis]];
    added.push(
      tensorMessage(qName, shape, OnnxDataType.INT8, quantized),
      tensorMessage(scaleName, channels, OnnxDataType.FLOAT, scales),
      tensorMessage(zeroName, channels, OnnxDataType.INT8, new Int8Array(scales.length)),
    );
    removed.add(weightName);
    rewritten.push({
      name: fresh(`${weightName}_DequantizeLinear`),
      op_type: 'DequantizeLinear',
      input: [qName, scaleName, zeroName],
      output: [dequantized],
      ...(axis === null ? {} : { attribute: [{ name: 'axis', type: OnnxAttributeType.INT, i: axis }] }),
    });
    node.input = node.input.map((name: string, i: number) => (i === index ? dequantized : name));
    rewritten.push(node);
    report.weights.push({ node: label, op: node.op_type, weight: weightName, shape, axis, maxAbsError });
  }
  graph.node = rewritten;
  graph.initializer = [...(graph.initializer ?? []).filter((t: any) => !removed.has(t.name)), ...added];
  graph.input = (graph.input ?? []).filter((i: any) => !removed.has(i.name));
  return report;
}

/** The output-channel axis of a weight: Gemm's N (0 with transB, else 1), MatMul's last, Conv's M (0). */
function channelAxis(node: Record<string, any>, shape: number[]): number | null {
  if (node.op_type === 'Conv') return shape.length >= 3 ? 0 : null;
  if (node.op_type === 'Gemm') {
    if (shape.length !== 2) return null;
    const transB = Number(node.attribute?.find((a: any) => a.name === 'transB')?.i ?? 0);
    return transB ? 0 : 1;
  }
  return shape.length === 2 ? 1 : null; // a batched MatMul weight (rank > 2) has no single channel axis
}

/**
 * Symmetric int8: scale = max|w| / 127 per channel (1 when the channel is all zeros, as a zero scale is
 * invalid), q = round-half-to-even(w / scale) clipped to [-127, 127] (numpy's rounding, so the bytes match
 * onnxruntime's python quantizer).
 */
export function quantizeSymmetric(values: Float32Array, shape: readonly number[], axis: number | null): { quantized: Int8Array; scales: Float32Array; maxAbsError: number } {
  const channels = axis === null ? 1 : shape[axis];
  const inner = axis === null ? values.length : shape.slice(axis + 1).reduce((n, d) => n * d, 1);
  const channelOf = (i: number) => (axis === null ? 0 : Math.floor(i / inner) % channels);
  const maxAbs = new Float32Array(channels);
  values.forEach((v, i) => { const c = channelOf(i); maxAbs[c] = Math.max(maxAbs[c], Math.abs(v)); });
  const scales = Float32Array.from(maxAbs, (m) => (m === 0 ? 1 : Math.fround(m / 127)));
  const quantized = new Int8Array(values.length);
  let maxAbsError = 0;
  values.forEach((v, i) => {
    const scale = scales[channelOf(i)];
    const q = Math.max(-127, Math.min(127, roundHalfEven(Math.fround(v / scale))));
    quantized[i] = q;
    maxAbsError = Math.max(maxAbsError, Math.abs(v - Math.fround(q * scale)));
  });
  return { quantized, scales, maxAbsError };
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
