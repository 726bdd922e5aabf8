/**
 * Tiny real ONNX models for the batching tests, written with a minimal protobuf writer (ModelProto, opset
 * 13). Each one has a behaviour batching must respect: a free non-batch dim, rows that interact, a run-time
 * error that depends on one row's values.
 */

function varint(n: number | bigint): number[] {
  let v = BigInt(n);
  if (v < 0n) v += 1n << 64n;
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return out;
}
const key = (field: number, wire: number) => varint((field << 3) | wire);
const int = (field: number, v: number | bigint) => Buffer.from([...key(field, 0), ...varint(v)]);
const bytes = (field: number, b: Buffer | string) => {
  const buf = typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  return Buffer.concat([Buffer.from([...key(field, 2), ...varint(buf.length)]), buf]);
};
const msg = (field: number, ...parts: Buffer[]) => bytes(field, Buffer.concat(parts));

const FLOAT = 1;
const INT64 = 7;
type Dim = number | string;

function valueInfo(field: number, name: string, elemType: number, shape: Dim[]): Buffer {
  const dims = shape.map((d) => msg(1, typeof d === 'number' ? int(1, d) : bytes(2, d)));
  return msg(field, bytes(1, name), msg(2, msg(1, int(1, elemType), msg(2, ...dims))));
}
function initializer(name: string, elemType: number, dims: number[], raw: Buffer): Buffer {
  return msg(5, ...dims.map((d) => int(1, d)), int(2, elemType), bytes(8, name), bytes(9, raw));
}
function node(op: string, inputs: string[], outputs: string[], attrs: Buffer[] = []): Buffer {
  return msg(1, ...inputs.map((i) => bytes(1, i)), ...outputs.map((o) => bytes(2, o)), bytes(3, `${op}_${outputs[0]}`), bytes(4, op), ...attrs);
}
const intAttr = (name: string, v: number) => msg(5, bytes(1, name), int(3, v), int(20, 2));
const intsAttr = (name: string, vs: number[]) => msg(5, bytes(1, name), ...vs.map((v) => int(8, v)), int(20, 7));

function model(parts: Buffer[]): Buffer {
  return Buffer.concat([int(1, 8), bytes(2, 'modelship-serve-test'), msg(7, bytes(2, 'g'), ...parts), msg(8, bytes(1, ''), int(2, 13))]);
}

/** y[b] = sum over the free dim `n` of x[b, n]: requests with different n must never share a run. */
export function rowSumModel(): Buffer {
  return model([
    node('ReduceSum', ['x', 'axes'], ['y'], [intAttr('keepdims', 0)]),
    initializer('axes', INT64, [1], Buffer.from(BigInt64Array.from([1n]).buffer)),
    valueInfo(11, 'x', FLOAT, ['batch', 'n']),
    valueInfo(12, 'y', FLOAT, ['batch']),
  ]);
}

/** y = x - mean over the batch of x: every row depends on the others, so batching would change answers. */
export function centeredModel(): Buffer {
  return model([
    node('ReduceMean', ['x'], ['m'], [intsAttr('axes', [0]), intAttr('keepdims', 1)]),
    node('Sub', ['x', 'm'], ['y']),
    valueInfo(11, 'x', FLOAT, ['batch', 2]),
    valueInfo(12, 'y', FLOAT, ['batch', 2]),
  ]);
}

/** y[b] = table[ids[b]] with a 10-row table: an id of 10 or more fails the run at run time, not validation. */
export function gatherModel(): Buffer {
  const table = Float32Array.from({ length: 20 }, (_, i) => i / 4);
  return model([
    node('Gather', ['table', 'ids'], ['y'], [intAttr('axis', 0)]),
    initializer('table', FLOAT, [10, 2], Buffer.from(table.buffer)),
    valueInfo(11, 'ids', INT64, ['batch']),
    valueInfo(12, 'y', FLOAT, ['batch', 2]),
  ]);
}

/** scaled = raw * factor, float [batch, 4] -> [batch, 4]: a first step whose output feeds iris's `features`. */
export function scaleModel(factor: number, input = 'raw', output = 'scaled'): Buffer {
  return model([
    node('Mul', [input, 'factor'], [output]),
    initializer('factor', FLOAT, [], Buffer.from(Float32Array.from([factor]).buffer)),
    valueInfo(11, input, FLOAT, ['batch', 4]),
    valueInfo(12, output, FLOAT, ['batch', 4]),
  ]);
}

/** scaled = raw * factor and doubled = raw + raw, float [batch, 4]: a step with an output the next does not take. */
export function scaleAndDoubleModel(factor: number): Buffer {
  return model([
    node('Mul', ['raw', 'factor'], ['scaled']),
    node('Add', ['raw', 'raw'], ['doubled']),
    initializer('factor', FLOAT, [], Buffer.from(Float32Array.from([factor]).buffer)),
    valueInfo(11, 'raw', FLOAT, ['batch', 4]),
    valueInfo(12, 'scaled', FLOAT, ['batch', 4]),
    valueInfo(12, 'doubled', FLOAT, ['batch', 4]),
  ]);
}

/** y = x + x with a fixed first dimension of 3: no batching, and every run must have exactly 3 rows. */
export function fixedBatchModel(): Buffer {
  return model([node('Add', ['x', 'x'], ['y']), valueInfo(11, 'x', FLOAT, [3, 2]), valueInfo(12, 'y', FLOAT, [3, 2])]);
}
