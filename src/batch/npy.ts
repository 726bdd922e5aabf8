import type { FileHandle } from 'node:fs/promises';

/**
 * NumPy `.npy` (format versions 1-3): a header dict then C-ordered little-endian data. Rows are read by
 * positional reads, so a file of any size costs one chunk of memory.
 */

export interface NpyHeader {
  dtype: NpyDtype;
  shape: number[];
  /** Byte offset of the data. */
  dataOffset: number;
  /** Elements per row (product of shape[1:]). */
  rowSize: number;
  rows: number;
}

export interface NpyDtype {
  descr: string;
  /** onnx/onnxruntime dtype name. */
  name: 'float32' | 'float64' | 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'int64' | 'uint64' | 'bool';
  bytes: number;
}

const DTYPES: Record<string, NpyDtype> = {};
for (const [descr, name, bytes] of [
  ['<f4', 'float32', 4], ['<f8', 'float64', 8], ['|i1', 'int8', 1], ['|u1', 'uint8', 1], ['<i2', 'int16', 2], ['<u2', 'uint16', 2],
  ['<i4', 'int32', 4], ['<u4', 'uint32', 4], ['<i8', 'int64', 8], ['<u8', 'uint64', 8], ['|b1', 'bool', 1],
] as const) DTYPES[descr] = { descr, name, bytes };

export class NpyFormatError extends Error {}

/** Parses the header; throws NpyFormatError saying what is wrong. */
export async function readNpyHeader(handle: FileHandle, size: number): Promise<NpyHeader> {
  const head = Buffer.alloc(Math.min(size, 12));
  await handle.read(head, 0, head.length, 0);
  if (head.length < 10 || head[0] !== 0x93 || head.toString('latin1', 1, 6) !== 'NUMPY') throw new NpyFormatError('not a .npy file (no \\x93NUMPY magic)');
  const major = head[6];
  if (major < 1 || major > 3) throw new NpyFormatError(`unsupported .npy format version ${major}`);
  const headerLength = major === 1 ? head.readUInt16LE(8) : head.readUInt32LE(8);
  const start = major === 1 ? 10 : 12;
  if (start + headerLength > size) throw new NpyFormatError(`the header (${headerLength} bytes) runs past the end of the file`);
  const text = Buffer.alloc(headerLength);
  await handle.read(text, 0, headerLength, start);
  const dict = text.toString(major === 3 ? 'utf8' : 'latin1');
  const descr = /'descr'\s*:\s*'([^']+)'/.exec(dict)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(dict)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(dict)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) throw new NpyFormatError(`malformed header ${JSON.stringify(dict.trim())}`);
  const dtype = DTYPES[descr] ?? (descr === '=f4' ? DTYPES['<f4'] : undefined);
  if (!dtype) throw new NpyFormatError(`dtype ${descr} is not supported (little-endian numbers and bool only)`);
  if (fortran === 'True') throw new NpyFormatError('Fortran-ordered arrays are not supported: save with np.ascontiguousarray');
  const shape = shapeText.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (shape.length === 0 || shape.some((d) => !Number.isInteger(d) || d < 0)) throw new NpyFormatError(`shape (${shapeText}) has no row axis`);
  const rowSize = shape.slice(1).reduce((a, b) => a * b, 1);
  const dataOffset = start + headerLength;
  const expected = dataOffset + shape[0] * rowSize * dtype.bytes;
  if (size < expected) throw new NpyFormatError(`truncated: ${size} bytes, the header promises ${expected}`);
  return { dtype, shape, dataOffset, rowSize, rows: shape[0] };
}

/** Rows [first, first+count) as plain numbers (bigint for 64-bit integers, booleans for bool). */
export async function readNpyRows(handle: FileHandle, header: NpyHeader, first: number, count: number): Promise<Array<ArrayLike<number | bigint | boolean>>> {
  const rowBytes = header.rowSize * header.dtype.bytes;
  const buf = Buffer.alloc(rowBytes * count);
  await handle.read(buf, 0, buf.length, header.dataOffset + first * rowBytes);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const rows: Array<ArrayLike<number | bigint | boolean>> = [];
  for (let r = 0; r < count; r++) {
    const out: Array<number | bigint | boolean> = new Array(header.rowSize);
    for (let i = 0; i < header.rowSize; i++) out[i] = element(view, (r * header.rowSize + i) * header.dtype.bytes, header.dtype.name);
    rows.push(out);
  }
  return rows;
}

function element(view: DataView, at: number, name: NpyDtype['name']): number | bigint | boolean {
  switch (name) {
    case 'float32': return view.getFloat32(at, true);
    case 'float64': return view.getFloat64(at, true);
    case 'int8': return view.getInt8(at);
    case 'uint8': return view.getUint8(at);
    case 'int16': return view.getInt16(at, true);
    case 'uint16': return view.getUint16(at, true);
    case 'int32': return view.getInt32(at, true);
    case 'uint32': return view.getUint32(at, true);
    case 'int64': return view.getBigInt64(at, true);
    case 'uint64': return view.getBigUint64(at, true);
    case 'bool': return view.getUint8(at) !== 0;
  }
}
