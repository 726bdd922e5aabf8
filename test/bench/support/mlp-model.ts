/**
 * Writes small real ONNX models (an MLP classifier shaped like the iris example: input `features` float32
 * [batch, F], outputs `probabilities` float32 [batch, C] and `label` int64 [batch]) with a hand-rolled
 * protobuf writer, so the bench tests do not depend on another capability's encoder. `hidden` sets the
 * compute per row, which makes latencies large enough to measure.
 */
import { writeFile } from 'node:fs/promises';
import { createRandom } from '../../../src/core/stats/random.js';

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

type Dim = number | string;
function valueInfo(field: number, name: string, elemType: number, shape: Dim[]): Buffer {
  const dims = shape.map((d) => msg(1, typeof d === 'number' ? int(1, d) : bytes(2, d)));
  return msg(field, bytes(1, name), msg(2, msg(1, int(1, elemType), msg(2, ...dims))));
}
function tensor(name: string, dims: number[], data: Float32Array): Buffer {
  return msg(5, ...dims.map((d) => int(1, d)), int(2, 1), bytes(8, name), bytes(9, Buffer.from(data.buffer, data.byteOffset, data.byteLength)));
}
function node(op: string, inputs: string[], outputs: string[], attrs: Buffer[] = []): Buffer {
  return msg(1, ...inputs.map((i) => bytes(1, i)), ...outputs.map((o) => bytes(2, o)), bytes(3, `${op}_${outputs[0]}`), bytes(4, op), ...attrs);
}
const intAttr = (name: string, v: number) => msg(5, bytes(1, name), int(3, v), int(20, 2));

export interface MlpOptions {
  features?: number;
  hidden?: number;
  classes?: number;
  /** Extra hidden layers: more compute per row. */
  layers?: number;
  seed?: number;
  /** Symbolic name of the batch dimension (default `batch`); a number fixes it. */
  batchDim?: Dim;
  /** Declared size of the feature axis (default `features`); a name makes it symbolic. */
  featureDim?: Dim;
}

export function encodeMlp(options: MlpOptions = {}): Buffer {
  const F = options.features ?? 4;
  const H = options.hidden ?? 16;
  const C = options.classes ?? 3;
  const layers = options.layers ?? 1;
  const batch = options.batchDim ?? 'batch';
  const rnd = createRandom(options.seed ?? 1);
  const weights = (n: number) => Float32Array.from({ length: n }, () => rnd.normal() * 0.3);
  const inits: Buffer[] = [tensor('W0', [F, H], weights(F * H))];
  const nodes: Buffer[] = [node('MatMul', ['features', 'W0'], ['h0']), node('Relu', ['h0'], ['a0'])];
  let last = 'a0';
  for (let l = 1; l < layers; l++) {
    inits.push(tensor(`W${l}`, [H, H], weights(H * H)));
    nodes.push(node('MatMul', [last, `W${l}`], [`h${l}`]), node('Relu', [`h${l}`], [`a${l}`]));
    last = `a${l}`;
  }
  inits.push(tensor('Wout', [H, C], weights(H * C)));
  nodes.push(
    node('MatMul', [last, 'Wout'], ['logits']),
    node('Softmax', ['logits'], ['probabilities'], [intAttr('axis', 1)]),
    node('ArgMax', ['logits'], ['label'], [intAttr('axis', 1), intAttr('keepdims', 0)]),
  );
  const graph = msg(
    7,
    ...nodes,
    bytes(2, 'mlp'),
    ...inits,
    valueInfo(11, 'features', 1, [batch, options.featureDim ?? F]),
    valueInfo(12, 'probabilities', 1, [batch, C]),
    valueInfo(12, 'label', 7, [batch]),
  );
  return Buffer.concat([int(1, 8), bytes(2, 'modelship-test'), graph, msg(8, bytes(1, ''), int(2, 13))]);
}

export async function writeMlp(file: string, options: MlpOptions = {}): Promise<string> {
  await writeFile(file, encodeMlp(options));
  return file;
}
