/** safetensors files as huggingface/safetensors writes them, and the header lies attackers tell. */

export interface StTensor {
  name: string;
  dtype: string;
  shape: number[];
  /** Raw bytes; default zeros of the right size. */
  data?: Buffer;
}

const BYTES: Record<string, number> = { F32: 4, F16: 2, BF16: 2, I64: 8, I32: 4, U8: 1, I8: 1, BOOL: 1, F64: 8 };
const ALIGN: Record<string, number> = BYTES;

/** Like the Rust writer: tensors ordered by descending dtype alignment then name; header space-padded to 8. */
export function safetensorsFile(tensors: StTensor[], metadata?: Record<string, string>): Buffer {
  const ordered = [...tensors].sort((a, b) => (ALIGN[b.dtype] ?? 1) - (ALIGN[a.dtype] ?? 1) || (a.name < b.name ? -1 : 1));
  const header: Record<string, unknown> = {};
  if (metadata) header.__metadata__ = metadata;
  const blobs: Buffer[] = [];
  let offset = 0;
  for (const t of ordered) {
    const size = t.shape.reduce((a, b) => a * b, 1) * (BYTES[t.dtype] ?? 1);
    const data = t.data ?? Buffer.alloc(size);
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + data.length] };
    offset += data.length;
    blobs.push(data);
  }
  return assemble(JSON.stringify(header), Buffer.concat(blobs));
}

/** Header text (padded to 8 with spaces) + data; the length prefix is computed unless given. */
export function assemble(headerJson: string, data: Buffer, options: { pad?: boolean; length?: bigint } = {}): Buffer {
  let text = headerJson;
  if (options.pad !== false) while ((Buffer.byteLength(text) % 8) !== 0) text += ' ';
  const h = Buffer.from(text, 'utf8');
  const n = Buffer.alloc(8);
  n.writeBigUInt64LE(options.length ?? BigInt(h.length));
  return Buffer.concat([n, h, data]);
}

export function healthySafetensors(): Buffer {
  const w = Buffer.alloc(4 * 4 * 3);
  for (let i = 0; i < 12; i++) w.writeFloatLE(i / 10, i * 4);
  return safetensorsFile(
    [
      { name: 'classifier.weight', dtype: 'F32', shape: [3, 4], data: w },
      { name: 'classifier.bias', dtype: 'F32', shape: [3] },
      { name: 'embeddings.position_ids', dtype: 'I64', shape: [1, 8] },
      { name: 'norm.weight', dtype: 'BF16', shape: [4] },
      { name: 'scalar', dtype: 'F32', shape: [] },
      { name: 'empty', dtype: 'F32', shape: [0, 4] },
    ],
    { format: 'pt' },
  );
}

/** Each hostile file with the rule it must trip. */
export function hostileSafetensors(): Array<{ name: string; data: Buffer; rule: string }> {
  const t = (o: Record<string, unknown>) => JSON.stringify(o);
  return [
    { name: 'overlap', rule: 'safetensors/overlapping-tensors', data: assemble(t({ a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] }, b: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }), Buffer.alloc(8)) },
    { name: 'out-of-range', rule: 'safetensors/offset-out-of-range', data: assemble(t({ a: { dtype: 'F32', shape: [4], data_offsets: [0, 16] } }), Buffer.alloc(8)) },
    { name: 'gap', rule: 'safetensors/gap-between-tensors', data: assemble(t({ a: { dtype: 'F32', shape: [1], data_offsets: [4, 8] } }), Buffer.alloc(8)) },
    { name: 'dtype-shape-mismatch', rule: 'safetensors/size-mismatch', data: assemble(t({ a: { dtype: 'F32', shape: [3], data_offsets: [0, 8] } }), Buffer.alloc(8)) },
    { name: 'header-beyond-file', rule: 'safetensors/invalid-header-length', data: assemble(t({ a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }), Buffer.alloc(4), { length: 4096n }) },
    { name: 'header-too-large', rule: 'safetensors/header-too-large', data: assemble('{}', Buffer.alloc(0), { length: 200_000_000n }) },
    { name: 'non-utf8', rule: 'safetensors/header-not-utf8', data: Buffer.concat([Buffer.from([8, 0, 0, 0, 0, 0, 0, 0]), Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])]) },
    { name: 'duplicate-key', rule: 'safetensors/duplicate-key', data: assemble('{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', Buffer.alloc(4)) },
    { name: 'metadata-not-string', rule: 'safetensors/metadata-not-strings', data: assemble(t({ __metadata__: { n: 1 }, a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }), Buffer.alloc(4)) },
    { name: 'trailing-bytes', rule: 'safetensors/trailing-bytes', data: assemble(t({ a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }), Buffer.concat([Buffer.alloc(4), Buffer.from('PK\x03\x04 polyglot')])) },
    { name: 'overflow', rule: 'safetensors/size-overflow', data: assemble('{"a":{"dtype":"F32","shape":[2,18446744073709551614],"data_offsets":[0,8]}}', Buffer.alloc(8)) },
    { name: 'unknown-dtype', rule: 'safetensors/unknown-dtype', data: assemble(t({ a: { dtype: 'F31', shape: [1], data_offsets: [0, 4] } }), Buffer.alloc(4)) },
    { name: 'negative-offset', rule: 'safetensors/invalid-offsets', data: assemble(t({ a: { dtype: 'F32', shape: [1], data_offsets: [-4, 0] } }), Buffer.alloc(4)) },
    { name: 'not-json', rule: 'safetensors/header-not-json', data: assemble('{"a": nope}', Buffer.alloc(0)) },
    { name: 'truncated', rule: 'safetensors/offset-out-of-range', data: healthySafetensors().subarray(0, healthySafetensors().length - 10) },
    { name: 'ten-on-same-bytes', rule: 'safetensors/overlapping-tensors', data: assemble(t(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`t${i}`, { dtype: 'F32', shape: [2], data_offsets: [0, 8] }]))), Buffer.alloc(8)) },
    { name: 'misaligned-slice', rule: 'safetensors/misaligned-slice', data: assemble(t({ a: { dtype: 'F4', shape: [3], data_offsets: [0, 2] } }), Buffer.alloc(2)) },
  ];
}
