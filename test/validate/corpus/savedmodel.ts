/** Minimal saved_model.pb files (protobuf wire format by hand): a graph of NodeDefs with ops and string attrs. */

function varint(n: number): Buffer {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return Buffer.from(out);
}
function len(field: number, body: Buffer): Buffer {
  return Buffer.concat([varint((field << 3) | 2), varint(body.length), body]);
}
const s = (field: number, text: string) => len(field, Buffer.from(text, 'utf8'));

export interface NodeSpec {
  name: string;
  op: string;
  /** A string-tensor `value` attr (Const nodes holding file names). */
  stringValue?: string;
}

function node(n: NodeSpec): Buffer {
  const parts = [s(1, n.name), s(2, n.op)];
  if (n.stringValue !== undefined) {
    const tensor = Buffer.concat([Buffer.from([0x08, 0x07]), s(8, n.stringValue)]); // dtype DT_STRING, string_val
    const attrValue = len(8, tensor);
    parts.push(len(5, Buffer.concat([s(1, 'value'), len(2, attrValue)])));
  }
  return Buffer.concat(parts);
}

export function savedModelPb(nodes: NodeSpec[], functionNodes: NodeSpec[] = []): Buffer {
  const graph = Buffer.concat([...nodes.map((n) => len(1, node(n))), ...(functionNodes.length ? [len(2, len(1, Buffer.concat([len(1, s(1, 'fn')), ...functionNodes.map((n) => len(3, node(n)))])))] : [])]);
  const metaInfo = len(1, Buffer.concat([s(4, 'serve')]));
  const meta = Buffer.concat([metaInfo, len(2, graph)]);
  return Buffer.concat([Buffer.from([0x08, 0x01]), len(2, meta)]);
}

export const HEALTHY_OPS: NodeSpec[] = [
  { name: 'x', op: 'Placeholder' },
  { name: 'w', op: 'VarHandleOp' },
  { name: 'read', op: 'ReadVariableOp' },
  { name: 'mm', op: 'MatMul' },
  { name: 'out', op: 'Softmax' },
  { name: 'saver_filename', op: 'Placeholder' },
  { name: 'save', op: 'SaveV2' },
  { name: 'restore', op: 'RestoreV2' },
  { name: 'tensor_names', op: 'Const', stringValue: 'dense/kernel' },
];
