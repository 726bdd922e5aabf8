import { OnnxAttributeType, OnnxDataType } from '../core/onnx/onnx-proto.js';
import { floatValues, isFloat32, toFloat16, type TensorMessage } from './tensor.js';

/**
 * Ops left in float32 by the float16 conversion (inputs cast back to float32 before them). The list is
 * onnxconverter-common's default block list (traditional-ML ops, and ops whose float16 kernels are missing
 * or numerically unsafe: TopK, Range, CumSum, NonMaxSuppression, RoiAlign, Resize scales) plus control
 * flow (If, Loop, Scan: their subgraphs are not rewritten) and the reductions/normalisations whose sums
 * overflow or lose precision in float16 (ReduceSumSquare, ReduceLogSumExp), and the random generators
 * (their dtype attribute says float32).
 */
export const FLOAT16_BLOCKED_OPS: readonly string[] = [
  'ArrayFeatureExtractor', 'Binarizer', 'CastMap', 'CategoryMapper', 'DictVectorizer', 'FeatureVectorizer', 'Imputer',
  'LabelEncoder', 'LinearClassifier', 'LinearRegressor', 'Normalizer', 'OneHotEncoder', 'RandomUniformLike',
  'SVMClassifier', 'SVMRegressor', 'Scaler', 'TreeEnsembleClassifier', 'TreeEnsembleRegressor', 'ZipMap',
  'NonMaxSuppression', 'TopK', 'RoiAlign', 'Resize', 'Range', 'CumSum', 'Min', 'Max', 'Upsample',
  'If', 'Loop', 'Scan', 'ReduceSumSquare', 'ReduceLogSumExp', 'RandomNormal', 'RandomUniform',
];

/** Ops whose outputs are never float whatever their inputs: they do not carry float16 downstream. */
const NON_FLOAT_OUTPUT_OPS = new Set([
  'ArgMax', 'ArgMin', 'Shape', 'Size', 'NonZero', 'Equal', 'Less', 'LessOrEqual', 'Greater', 'GreaterOrEqual',
  'And', 'Or', 'Xor', 'Not', 'IsNaN', 'IsInf',
]);

export interface Float16Options {
  /** Extra op types to keep in float32 (added to FLOAT16_BLOCKED_OPS). */
  blockOps?: readonly string[];
}

export interface Float16Report {
  convertedInitializers: number;
  keptFloat32Initializers: number;
  clampedValues: number;
  castsInserted: number;
  blockedNodes: string[];
}

const ONNX_DOMAINS = new Set(['', 'ai.onnx']);

/**
 * Converts a decoded model to float16 in place, keeping the inputs and outputs float32 (keepIoTypes):
 * a Cast to float16 after each float32 input, a Cast back to float32 before each float32 output. Float
 * tensors are tracked from the inputs and initializers through the nodes in order (ONNX graphs are
 * topologically sorted), so integer paths (shapes, indices, ArgMax) are left alone.
 */
export function convertToFloat16(model: Record<string, any>, options: Float16Options = {}): Float16Report {
  const graph = model.graph;
  const blocked = new Set([...FLOAT16_BLOCKED_OPS, ...(options.blockOps ?? [])]);
  const nodes: Record<string, any>[] = graph.node ?? [];
  const isBlocked = (node: Record<string, any>) => blocked.has(node.op_type) || !ONNX_DOMAINS.has(node.domain ?? '');
  const report: Float16Report = { convertedInitializers: 0, keptFloat32Initializers: 0, clampedValues: 0, castsInserted: 0, blockedNodes: [] };

  const consumers = new Map<string, Record<string, any>[]>();
  for (const node of nodes) for (const input of node.input ?? []) if (input) consumers.set(input, [...(consumers.get(input) ?? []), node]);

  // Tensors that are float16 after the conversion, and float32 ones (kept in float32 on purpose).
  const half = new Set<string>();
  const single = new Set<string>();
  const rename = new Map<string, string>();
  const fresh = uniqueNames(graph);
  const prologue: Record<string, any>[] = [];

  for (const input of graph.input ?? []) {
    if (input.type?.tensor_type?.elem_type !== OnnxDataType.FLOAT) continue;
    // Read only by ops kept in float32: no round trip through float16.
    const users = consumers.get(input.name) ?? [];
    if (users.length > 0 && users.every(isBlocked)) continue;
    const cast = fresh(`${input.name}_fp16`);
    prologue.push(castNode(fresh(`${input.name}_cast_fp16`), input.name, cast, OnnxDataType.FLOAT16));
    rename.set(input.name, cast);
    half.add(cast);
  }
  for (const tensor of graph.initializer ?? []) {
    if (!isFloat32(tensor)) continue;
    const users = consumers.get(tensor.name) ?? [];
    if (users.length > 0 && users.every(isBlocked)) {
      single.add(tensor.name);
      report.keptFloat32Initializers++;
      continue;
    }
    convertTensor(tensor, report);
    half.add(tensor.name);
    report.convertedInitializers++;
  }

  const rewritten: Record<string, any>[] = [...prologue];
  for (const node of nodes) {
    node.input = (node.input ?? []).map((name: string) => rename.get(name) ?? name);
    if (isBlocked(node)) {
      report.blockedNodes.push(`${node.op_type}${node.name ? ` (${node.name})` : ''}`);
      node.input = node.input.map((name: string) => {
        if (!half.has(name)) return name;
        const cast = fresh(`${name}_fp32`);
        rewritten.push(castNode(fresh(`${name}_cast_fp32`), name, cast, OnnxDataType.FLOAT));
        report.castsInserted++;
        return cast;
      });
      rewritten.push(node);
      for (const output of node.output ?? []) single.add(output);
      continue;
    }
    node.input = node.input.map((name: string) => {
      if (!single.has(name)) return name;
      const cast = fresh(`${name}_fp16`);
      rewritten.push(castNode(fresh(`${name}_cast_fp16`), name, cast, OnnxDataType.FLOAT16));
      half.add(cast);
      report.castsInserted++;
      return cast;
    });
    let convertedAttribute = false;
    for (const attribute of node.attribute ?? []) {
      if (attribute.t && isFloat32(attribute.t)) {
        convertTensor(attribute.t, report);
        convertedAttribute = true;
      }
      if (node.op_type === 'Cast' && attribute.name === 'to' && Number(attribute.i) === OnnxDataType.FLOAT) attribute.i = OnnxDataType.FLOAT16;
    }
    rewritten.push(node);
    // Constant value_float(s): a float32 output the next converted op casts, like a blocked op's.
    if (node.op_type === 'Constant' && node.attribute?.some((a: any) => a.name === 'value_float' || a.name === 'value_floats')) {
      single.add(node.output[0]);
      continue;
    }
    // A tensor attribute now float16 (Constant, ConstantOfShape) makes a float16 output whatever the inputs.
    const producesFloat = node.op_type === 'Cast'
      ? Number(node.attribute?.find((a: any) => a.name === 'to')?.i) === OnnxDataType.FLOAT16
      : convertedAttribute || (!NON_FLOAT_OUTPUT_OPS.has(node.op_type) && node.input.some((name: string) => half.has(name)));
    if (producesFloat) {
      // TopK/MaxPool-like second outputs are indices; only the first output of a multi-output op is float.
      half.add(node.output[0]);
    }
  }

  for (const output of graph.output ?? []) {
    if (output.type?.tensor_type?.elem_type !== OnnxDataType.FLOAT || !half.has(output.name)) continue;
    const inner = fresh(`${output.name}_fp16`);
    for (const node of rewritten) {
      node.output = (node.output ?? []).map((name: string) => (name === output.name ? inner : name));
      node.input = (node.input ?? []).map((name: string) => (name === output.name ? inner : name));
    }
    rewritten.push(castNode(fresh(`${output.name}_cast_fp32`), inner, output.name, OnnxDataType.FLOAT));
    report.castsInserted++;
  }
  report.castsInserted += prologue.length;
  graph.node = rewritten;
  // Intermediate type annotations are stale now; onnxruntime infers them again.
  delete graph.value_info;
  return report;
}

function convertTensor(tensor: TensorMessage, report: Float16Report): void {
  const { bits, clamped } = toFloat16(floatValues(tensor, 'float16'));
  report.clampedValues += clamped;
  tensor.data_type = OnnxDataType.FLOAT16;
  delete tensor.float_data;
  const raw = new Uint8Array(bits.length * 2);
  const view = new DataView(raw.buffer);
  bits.forEach((b, i) => view.setUint16(i * 2, b, true));
  tensor.raw_data = raw;
}

export function castNode(name: string, input: string, output: string, to: number): Record<string, any> {
  return { name, op_type: 'Cast', input: [input], output: [output], attribute: [{ name: 'to', type: OnnxAttributeType.INT, i: to }] };
}

/** A name generator that never collides with a tensor or node name already in the graph. */
export function uniqueNames(graph: Record<string, any>): (base: string) => string {
  const taken = new Set<string>();
  for (const list of [graph.input, graph.output, graph.initializer, graph.value_info]) for (const v of list ?? []) taken.add(v.name);
  for (const node of graph.node ?? []) {
    if (node.name) taken.add(node.name);
    for (const name of [...(node.input ?? []), ...(node.output ?? [])]) taken.add(name);
  }
  return (base) => {
    let name = base;
    for (let i = 1; taken.has(name); i++) name = `${base}_${i}`;
    taken.add(name);
    return name;
  };
}
