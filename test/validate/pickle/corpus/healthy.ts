/**
 * Negative controls: files shaped exactly as torch.save, pickle/joblib (scikit-learn) and np.save write
 * them. Every one must pass.
 */
import { makeZip } from '../../archive/corpus/zip-writer.js';
import { PickleWriter } from './writer.js';

export interface TensorSpec {
  name: string;
  key: string;
  shape: number[];
  storage?: string;
  itemsize?: number;
}

export const TENSORS: TensorSpec[] = [
  { name: 'fc.weight', key: '0', shape: [3, 4] },
  { name: 'fc.bias', key: '1', shape: [3] },
];

function strides(shape: number[]): number[] {
  const out: number[] = [];
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) { out.unshift(s); s *= shape[i]; }
  return out;
}

function tupleOf(w: PickleWriter, items: number[]): void {
  if (items.length === 0) w.emptyTuple();
  else if (items.length <= 3) { for (const i of items) w.int(i); [w.tuple1, w.tuple2, w.tuple3][items.length - 1].call(w); }
  else { w.mark(); for (const i of items) w.int(i); w.tuple(); }
}

/**
 * `archive/data.pkl` of a state_dict, protocol 2, as torch.save writes it: an OrderedDict of tensors rebuilt
 * by `torch._utils._rebuild_tensor_v2` from persistent-id storages, with `_metadata` set by BUILD.
 * `legacy` adds the 6th pid item (view metadata) that the legacy format writes.
 */
export function torchStateDictPickle(tensors: TensorSpec[] = TENSORS, legacy = false): Buffer {
  const w = new PickleWriter();
  let memo = 0;
  const put = (): void => { w.binput(memo++); };
  w.proto(2).global('collections', 'OrderedDict'); put(); w.emptyTuple().reduce(); put();
  w.mark();
  for (const t of tensors) {
    const numel = t.shape.reduce((a, b) => a * b, 1);
    w.binunicode(t.name); put();
    w.global('torch._utils', '_rebuild_tensor_v2'); put();
    w.mark();
    w.mark().binunicode('storage'); put(); w.global('torch', t.storage ?? 'FloatStorage'); put();
    w.binunicode(t.key); put(); w.binunicode('cpu'); put(); w.int(numel);
    if (legacy) w.none();
    w.tuple(); put(); w.binpersid();
    w.int(0);
    tupleOf(w, t.shape); put();
    tupleOf(w, strides(t.shape)); put();
    w.false();
    w.global('collections', 'OrderedDict'); put(); w.emptyTuple().reduce(); put();
    w.tuple(); put(); w.reduce(); put();
  }
  w.setitems();
  // state: {'_metadata': OrderedDict([('', {'version': 1}), ('fc', {'version': 1})])}
  w.emptyDict(); put();
  w.binunicode('_metadata'); put();
  w.global('collections', 'OrderedDict'); put(); w.emptyTuple().reduce(); put();
  w.mark().binunicode(''); put(); w.emptyDict(); put(); w.binunicode('version'); put(); w.int(1).setitem();
  w.binunicode('fc'); put(); w.emptyDict(); put(); w.binunicode('version'); put(); w.int(1).setitem();
  w.setitems();
  w.setitem();
  w.build().stop();
  return w.bytes();
}

function storageBytes(t: TensorSpec): Buffer {
  const numel = t.shape.reduce((a, b) => a * b, 1);
  const b = Buffer.alloc(numel * (t.itemsize ?? 4));
  for (let i = 0; i < numel; i++) b.writeFloatLE((i % 7) * 0.25 - 0.5, i * 4);
  return b;
}

/** A state_dict checkpoint exactly as `torch.save(model.state_dict(), 'm.pt')` lays it out. */
export function pytorchZip(tensors: TensorSpec[] = TENSORS, dataPkl = torchStateDictPickle(tensors)): Buffer {
  return makeZip([
    { name: 'm/data.pkl', data: dataPkl, align64: true },
    { name: 'm/.format_version', data: '1', align64: true },
    { name: 'm/.storage_alignment', data: '64', align64: true },
    { name: 'm/byteorder', data: 'little', align64: true },
    ...tensors.map((t) => ({ name: `m/data/${t.key}`, data: storageBytes(t), align64: true })),
    { name: 'm/version', data: '3\n', align64: true },
    { name: 'm/.data/serialization_id', data: '1234567890123456789012345678901234567890', align64: true },
  ]);
}

/** Legacy (torch < 1.6) stacked pickles: magic, protocol 1001, sys_info, object, keys, then storages. */
export function pytorchLegacy(tensors: TensorSpec[] = TENSORS, object = torchStateDictPickle(tensors, true)): Buffer {
  const magic = new PickleWriter().proto(2).long1(0x1950a86a20f9469cfc6cn).stop().bytes();
  const version = new PickleWriter().proto(2).int(1001).stop().bytes();
  const sys = new PickleWriter().proto(2).emptyDict().binput(0).mark()
    .binunicode('protocol_version').binput(1).int(1001)
    .binunicode('little_endian').binput(2).true()
    .binunicode('type_sizes').binput(3).emptyDict().binput(4).mark()
    .binunicode('short').binput(5).int(2).binunicode('int').binput(6).int(4).binunicode('long').binput(7).int(4)
    .setitems().setitems().stop().bytes();
  const keys = new PickleWriter().proto(2).emptyList().binput(0).mark();
  tensors.forEach((t, i) => keys.binunicode(t.key).binput(i + 1));
  keys.appends().stop();
  const storages = tensors.map((t) => {
    const n = Buffer.alloc(8);
    n.writeBigInt64LE(BigInt(t.shape.reduce((a, b) => a * b, 1)));
    return Buffer.concat([n, storageBytes(t)]);
  });
  return Buffer.concat([magic, version, sys, object, keys.bytes(), ...storages]);
}

/** `numpy.dtype('f8', False, True)` + its BUILD state, protocol 4 style. */
export function dtypeOps(w: PickleWriter, code = 'f8'): void {
  w.sglobal('numpy', 'dtype').unicode(code).memoize().false().true().tuple3().memoize().reduce().memoize();
  w.mark().int(3).unicode('<').memoize().none().none().none().intLine(-1).int(0).tuple().memoize();
  w.build();
}

/** An ndarray pickled the numpy way: `_reconstruct(ndarray, (0,), b'b')` + BUILD (1, shape, dtype, F, bytes). */
export function ndarrayOps(w: PickleWriter, shape: number[], dtype = 'f8', module = 'numpy._core.multiarray'): void {
  const n = shape.reduce((a, b) => a * b, 1);
  w.sglobal(module, '_reconstruct').sglobal('numpy', 'ndarray').int(0).tuple1().memoize().binbytes(Buffer.from('b')).memoize().tuple3().memoize().reduce().memoize();
  w.mark().int(1);
  tupleOf(w, shape);
  w.memoize();
  dtypeOps(w, dtype);
  w.false().binbytes(Buffer.alloc(n * 8, 1)).memoize().tuple().memoize().build();
}

/** pickle.dumps(LogisticRegression().fit(...), protocol=4): framed, NEWOBJ + state dict with arrays. */
export function sklearnLogisticRegression(): Buffer {
  const w = new PickleWriter();
  w.sglobal('sklearn.linear_model._logistic', 'LogisticRegression').emptyTuple().newobj().memoize();
  w.emptyDict().memoize().mark();
  w.unicode('penalty').memoize().unicode('l2').memoize();
  w.unicode('C').memoize().binfloat(1.0);
  w.unicode('max_iter').memoize().int(100);
  w.unicode('n_features_in_').memoize().int(4);
  w.unicode('classes_').memoize(); ndarrayOps(w, [3], 'i8');
  w.unicode('coef_').memoize(); ndarrayOps(w, [3, 4]);
  w.unicode('intercept_').memoize(); ndarrayOps(w, [3]);
  w.unicode('n_iter_').memoize(); ndarrayOps(w, [1], 'i4');
  w.unicode('_sklearn_version').memoize().unicode('1.5.2').memoize();
  w.setitems().build().stop();
  const body = w.bytes();
  return Buffer.concat([new PickleWriter().proto(4).frame(body.length).bytes(), body]);
}

/**
 * joblib.dump(LogisticRegression) (joblib >= 1.2, protocol 4): each ndarray becomes a NumpyArrayWrapper,
 * the frame is committed, then 1 padding-length byte, the padding, and the raw array bytes.
 */
export function joblibDump(opts: { alignment?: boolean; objectArrayPickle?: Buffer } = {}): Buffer {
  const alignment = opts.alignment ?? true;
  const parts: Buffer[] = [];
  let w = new PickleWriter();
  let pos = 2; // PROTO 4 written at the start
  const flush = (): void => {
    const body = w.bytes();
    const f = new PickleWriter().frame(body.length).bytes();
    parts.push(f, body);
    pos += f.length + body.length;
    w = new PickleWriter();
  };
  w.sglobal('sklearn.linear_model._logistic', 'LogisticRegression').emptyTuple().newobj().memoize();
  w.emptyDict().memoize().mark();
  w.unicode('C').memoize().binfloat(1.0);
  const wrapper = (key: string, shape: number[], code: string, data?: Buffer): void => {
    w.unicode(key).memoize();
    w.sglobal('joblib.numpy_pickle', 'NumpyArrayWrapper').emptyTuple().newobj().memoize();
    w.emptyDict().memoize().mark();
    w.unicode('subclass').memoize().sglobal('numpy', 'ndarray');
    w.unicode('shape').memoize(); tupleOf(w, shape); w.memoize();
    w.unicode('order').memoize().unicode('C').memoize();
    w.unicode('dtype').memoize(); dtypeOps(w, code);
    w.unicode('allow_mmap').memoize().true();
    if (alignment) w.unicode('numpy_array_alignment_bytes').memoize().int(16);
    w.setitems().build();
    flush();
    if (code === 'O8') {
      parts.push(data as Buffer);
      pos += (data as Buffer).length;
      return;
    }
    if (alignment) {
      const pad = 16 - ((pos + 1) % 16);
      parts.push(Buffer.from([pad]), Buffer.alloc(pad, 0xff));
      pos += 1 + pad;
    }
    const raw = data ?? Buffer.alloc(shape.reduce((a, b) => a * b, 1) * Number(code.slice(1)), 0x3f);
    parts.push(raw);
    pos += raw.length;
  };
  wrapper('coef_', [3, 4], 'f8');
  wrapper('intercept_', [3], 'f8');
  if (opts.objectArrayPickle) wrapper('feature_names_in_', [4], 'O8', opts.objectArrayPickle);
  w.unicode('_sklearn_version').memoize().unicode('1.5.2').memoize().setitems().build().stop();
  flush();
  return Buffer.concat([new PickleWriter().proto(4).bytes(), ...parts]);
}

/** np.save of a float32 array: v1.0 header padded to 64 bytes with a newline. */
export function npy(shape: number[] = [2, 3], descr = '<f4', data?: Buffer, version = 1): Buffer {
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  const pre = version === 1 ? 10 : 12;
  let header = dict;
  const total = pre + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const head = Buffer.alloc(pre);
  Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]).copy(head);
  if (version === 1) head.writeUInt16LE(header.length, 8); else head.writeUInt32LE(header.length, 8);
  const n = shape.reduce((a, b) => a * b, 1);
  const itemsize = descr === '|O' ? 0 : Number(descr.slice(2));
  return Buffer.concat([head, Buffer.from(header, 'latin1'), data ?? Buffer.alloc(n * itemsize, 0)]);
}

/** An object array's pickle (np.save(allow_pickle=True)): an ndarray of Python strings. */
export function objectArrayPickle(): Buffer {
  const w = new PickleWriter().proto(3);
  w.global('numpy.core.multiarray', '_reconstruct').binput(0).global('numpy', 'ndarray').binput(1).int(0).tuple1().binput(2).binbytes(Buffer.from('b')).binput(3).tuple3().binput(4).reduce().binput(5);
  w.mark().int(1).int(2).tuple1().binput(6).global('numpy', 'dtype').binput(7).binunicode('O8').binput(8).false().true().tuple3().binput(9).reduce().binput(10);
  w.mark().int(3).binunicode('|').binput(11).none().none().none().intLine(-1).intLine(-1).int(63).tuple().binput(12).build();
  w.false().emptyList().binput(13).mark().binunicode('a').binput(14).binunicode('b').binput(15).appends().tuple().binput(16).build().stop();
  return w.bytes();
}

/** A plain-data pickle at protocol 0 (text), the way Python 2 era files look. */
export function protocol0Data(): Buffer {
  return new PickleWriter().mark().dict().put(0).string('name').put(1).unicodeLine('iris').put(2).setitem()
    .string('sizes').put(3).mark().list().put(4).intLine(1).append().intLine(2).append()
    .setitem().stop().bytes();
}
