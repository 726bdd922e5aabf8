/**
 * TFLite FlatBuffers built by hand: Model { version, operator_codes, subgraphs, description, buffers }.
 * Layout: [root offset][TFL3][vtable][table][vectors...], all offsets checked by the reader under test.
 */
export function tfliteFile(options: { version?: number; customOp?: string; bufferLength?: number; externalBuffer?: { offset: bigint; size: bigint } } = {}): Buffer {
  const parts: Buffer[] = [];
  let size = 0;
  const put = (b: Buffer) => {
    const at = size;
    parts.push(b);
    size += b.length;
    return at;
  };
  const align4 = () => {
    if (size % 4) put(Buffer.alloc(4 - (size % 4)));
  };
  const u32 = (v: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    return b;
  };
  put(Buffer.alloc(8)); // root offset + identifier, patched below
  // Model vtable: 5 fields (version, operator_codes, subgraphs, description, buffers).
  const vtable = put(Buffer.alloc(4 + 5 * 2));
  align4();
  const table = put(Buffer.alloc(4 + 4 * 4)); // soffset + version + 3 offsets (codes, subgraphs, buffers)
  // Vectors come before the tables they point at: FlatBuffer offsets only point forward.
  const codesVec = put(Buffer.concat([u32(1), Buffer.alloc(4)]));
  const codeVt = put(Buffer.alloc(4 + 4 * 2));
  align4();
  const code = put(Buffer.alloc(4 + 4 + 4)); // soffset, custom_code offset, builtin_code
  const customStr = options.customOp ? put(Buffer.concat([u32(Buffer.byteLength(options.customOp)), Buffer.from(options.customOp), Buffer.alloc(1)])) : -1;
  align4();
  const sgVec = put(Buffer.concat([u32(1), Buffer.alloc(4)]));
  const sgVt = put(Buffer.from([4, 0, 4, 0]));
  const sg = put(Buffer.alloc(4));
  const bufVec = put(Buffer.concat([u32(1), Buffer.alloc(4)]));
  const bufVt = put(Buffer.alloc(4 + 3 * 2));
  align4();
  const bufTable = put(Buffer.alloc(4 + 4 + 16));
  const data = put(Buffer.concat([u32(options.bufferLength ?? 8), Buffer.alloc(8, 7)]));
  const out = Buffer.concat(parts);
  out.writeUInt32LE(table, 0);
  out.write('TFL3', 4, 'latin1');
  out.writeUInt16LE(4 + 5 * 2, vtable);
  out.writeUInt16LE(20, vtable + 2);
  out.writeUInt16LE(4, vtable + 4); // version at +4
  out.writeUInt16LE(8, vtable + 6); // operator_codes at +8
  out.writeUInt16LE(12, vtable + 8); // subgraphs at +12
  out.writeUInt16LE(0, vtable + 10); // description absent
  out.writeUInt16LE(16, vtable + 12); // buffers at +16
  out.writeInt32LE(table - vtable, table);
  out.writeUInt32LE(options.version ?? 3, table + 4);
  out.writeUInt32LE(codesVec - (table + 8), table + 8);
  out.writeUInt32LE(sgVec - (table + 12), table + 12);
  out.writeUInt32LE(bufVec - (table + 16), table + 16);
  // OperatorCode vtable: fields deprecated_builtin_code(0), custom_code(1), version(2), builtin_code(3).
  out.writeUInt16LE(4 + 4 * 2, codeVt);
  out.writeUInt16LE(12, codeVt + 2);
  out.writeUInt16LE(0, codeVt + 4);
  out.writeUInt16LE(options.customOp ? 4 : 0, codeVt + 6);
  out.writeUInt16LE(0, codeVt + 8);
  out.writeUInt16LE(8, codeVt + 10);
  out.writeInt32LE(code - codeVt, code);
  if (options.customOp) out.writeUInt32LE(customStr - (code + 4), code + 4);
  out.writeInt32LE(options.customOp ? 32 : 9, code + 8);
  out.writeUInt32LE(code - (codesVec + 4), codesVec + 4);
  out.writeInt32LE(sg - sgVt, sg);
  out.writeUInt32LE(sg - (sgVec + 4), sgVec + 4);
  // Buffer vtable: data(0), offset(1), size(2).
  out.writeUInt16LE(4 + 3 * 2, bufVt);
  out.writeUInt16LE(24, bufVt + 2);
  out.writeUInt16LE(options.externalBuffer ? 0 : 4, bufVt + 4);
  out.writeUInt16LE(options.externalBuffer ? 8 : 0, bufVt + 6);
  out.writeUInt16LE(options.externalBuffer ? 16 : 0, bufVt + 8);
  out.writeInt32LE(bufTable - bufVt, bufTable);
  if (options.externalBuffer) {
    out.writeBigUInt64LE(options.externalBuffer.offset, bufTable + 8);
    out.writeBigUInt64LE(options.externalBuffer.size, bufTable + 16);
  } else {
    out.writeUInt32LE(data - (bufTable + 4), bufTable + 4);
  }
  out.writeUInt32LE(bufTable - (bufVec + 4), bufVec + 4);
  return out;
}
