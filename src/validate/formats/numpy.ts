/**
 * NumPy `.npy` (v1/v2/v3) and `.npz`. The header is a Python dict literal parsed here without eval; the
 * data must be exactly shape × itemsize bytes (a short file is truncated, a long one carries unverified
 * bytes); an `object` dtype means the data is a pickle (np.load(allow_pickle=True) runs it), which is
 * scanned with the numpy + data profiles.
 */
import { runPickleScan, toResult } from '../pickle/analyze.js';
import type { AnalyzerResult, ByteSource, Finding, FormatAnalyzer } from '../types.js';
import { npzAnalyzer } from './zip.js';

export { npzAnalyzer };

const MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);
/** np.load refuses headers larger than this unless told otherwise (`max_header_size`). */
const NUMPY_MAX_HEADER = 10_000;

type PyValue = string | number | boolean | null | PyValue[];

/** A tiny parser for the literal subset NumPy writes: dicts, tuples, lists, str, int, bool, None. */
export function parsePyLiteral(text: string): PyValue | Record<string, PyValue> {
  let p = 0;
  const ws = (): void => { while (p < text.length && /\s/.test(text[p])) p++; };
  const fail = (what: string): never => { throw new Error(`${what} at character ${p}`); };
  const value = (depth: number): PyValue | Record<string, PyValue> => {
    if (depth > 32) fail('nesting too deep');
    ws();
    const c = text[p];
    if (c === '{') {
      p++;
      const out: Record<string, PyValue> = Object.create(null);
      for (;;) {
        ws();
        if (text[p] === '}') { p++; return out; }
        const k = value(depth + 1);
        if (typeof k !== 'string') fail('dict key is not a string');
        if (Object.prototype.hasOwnProperty.call(out, k as string)) fail(`duplicate key ${JSON.stringify(k)}`);
        ws();
        if (text[p++] !== ':') fail('expected ":"');
        out[k as string] = value(depth + 1) as PyValue;
        ws();
        if (text[p] === ',') p++;
        else if (text[p] !== '}') fail('expected "," or "}"');
      }
    }
    if (c === '(' || c === '[') {
      const close = c === '(' ? ')' : ']';
      p++;
      const out: PyValue[] = [];
      for (;;) {
        ws();
        if (text[p] === close) { p++; return out; }
        out.push(value(depth + 1) as PyValue);
        ws();
        if (text[p] === ',') p++;
        else if (text[p] !== close) fail(`expected "," or "${close}"`);
      }
    }
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, p + 1);
      if (end < 0) fail('unterminated string');
      const s = text.slice(p + 1, end);
      if (s.includes('\\')) fail('escapes are not supported in header strings');
      p = end + 1;
      return s;
    }
    const m = /^(True|False|None|-?\d+L?)/.exec(text.slice(p, p + 32));
    if (!m) return fail('unexpected token');
    p += m[1].length;
    if (m[1] === 'True') return true;
    if (m[1] === 'False') return false;
    if (m[1] === 'None') return null;
    return Number(m[1].replace('L', ''));
  };
  const v = value(0);
  ws();
  if (p !== text.length) fail('trailing characters');
  return v;
}

/** Item size of a dtype descr, 'object' when it holds Python objects, null when unsupported. */
export function descrItemsize(descr: PyValue, depth = 0): number | 'object' | null {
  if (depth > 16) return null;
  if (typeof descr === 'string') {
    const m = /^[<>|=]?([biufcmMOSUV?])(\d*)(?:\[[a-zA-Z0-9]+\])?$/.exec(descr);
    if (!m) return null;
    if (m[1] === 'O') return 'object';
    if (m[1] === '?') return 1;
    const n = Number(m[2] || (m[1] === 'b' ? 1 : NaN));
    if (!Number.isFinite(n)) return null;
    return m[1] === 'U' ? n * 4 : n;
  }
  if (Array.isArray(descr)) {
    let total = 0;
    for (const field of descr) {
      if (!Array.isArray(field) || field.length < 2 || field.length > 3) return null;
      const sub = descrItemsize(field[1], depth + 1);
      if (sub === null || sub === 'object') return sub;
      let count = 1;
      if (field.length === 3) {
        const shape = Array.isArray(field[2]) ? field[2] : [field[2]];
        for (const d of shape) { if (typeof d !== 'number' || d < 0) return null; count *= d; }
      }
      total += sub * count;
    }
    return total;
  }
  return null;
}

export async function analyzeNpy(source: ByteSource, ctx: Parameters<FormatAnalyzer['analyze']>[1]): Promise<AnalyzerResult> {
  const findings: Finding[] = [];
  const err = (rule: string, message: string, offset?: number): AnalyzerResult => {
    findings.push({ rule, severity: 'error', message, ...(offset !== undefined ? { location: { offset } } : {}) });
    return { findings };
  };
  const pre = await source.read(0, 12);
  if (pre.length < 10 || !pre.subarray(0, 6).equals(MAGIC)) return err('numpy/truncated', 'the file ends inside the .npy preamble', 0);
  const major = pre[6];
  if (major < 1 || major > 3) return err('numpy/unsupported-version', `.npy format version ${major}.${pre[7]} is not 1, 2 or 3`, 6);
  const lenBytes = major === 1 ? 2 : 4;
  if (pre.length < 8 + lenBytes) return err('numpy/truncated', 'the file ends inside the header length', 8);
  const hlen = major === 1 ? pre.readUInt16LE(8) : pre.readUInt32LE(8);
  const dataStart = 8 + lenBytes + hlen;
  if (hlen > Math.min(NUMPY_MAX_HEADER, ctx.limits.maxHeaderBytes)) return err('numpy/header-too-large', `header of ${hlen} bytes; np.load refuses headers over ${NUMPY_MAX_HEADER} bytes`, 8);
  if (dataStart > source.size) return err('numpy/truncated', `header declares ${hlen} bytes but the file ends first`, 8);
  const raw = await source.read(8 + lenBytes, hlen);
  const text = major === 3 ? raw.toString('utf8') : raw.toString('latin1');
  if (!text.endsWith('\n')) findings.push({ rule: 'numpy/bad-header', severity: 'warning', message: 'header does not end with a newline (NumPy always writes one)', location: { offset: 8 + lenBytes } });
  let header: ReturnType<typeof parsePyLiteral>;
  try {
    header = parsePyLiteral(text.replace(/[\s\x20]+$/, ''));
  } catch (e) {
    return err('numpy/bad-header', `header is not the dict literal NumPy writes: ${(e as Error).message}`, 8 + lenBytes);
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) return err('numpy/bad-header', 'header is not a dict', 8 + lenBytes);
  const h = header as Record<string, PyValue>;
  const keys = Object.keys(h).sort().join(',');
  if (keys !== 'descr,fortran_order,shape') return err('numpy/bad-header', `header keys are {${keys}}, NumPy requires exactly descr, fortran_order, shape`, 8 + lenBytes);
  if (typeof h.fortran_order !== 'boolean') return err('numpy/bad-header', 'fortran_order is not a bool', 8 + lenBytes);
  const shape = h.shape;
  if (!Array.isArray(shape) || shape.some((d) => typeof d !== 'number' || !Number.isInteger(d) || d < 0)) return err('numpy/bad-header', 'shape is not a tuple of non-negative ints', 8 + lenBytes);
  const itemsize = descrItemsize(h.descr);
  if (itemsize === null) return err('numpy/unsupported-dtype', `dtype ${JSON.stringify(h.descr)} cannot be sized, so the data cannot be verified`, 8 + lenBytes);
  const details: Record<string, unknown> = { version: major, descr: h.descr, shape, fortranOrder: h.fortran_order };
  if (itemsize === 'object') {
    // np.save writes the array with pickle after the header; np.load(allow_pickle=True) unpickles it.
    const r = await runPickleScan(source, ctx, 'numpy', { start: dataStart });
    findings.push({ rule: 'numpy/object-array', severity: 'warning', message: 'object array: its data is a pickle, loaded only with np.load(allow_pickle=True); it was scanned', location: { offset: dataStart } });
    return toResult(r, findings, details);
  }
  let bytes = itemsize;
  for (const d of shape as number[]) bytes *= d;
  if (!Number.isSafeInteger(bytes)) return err('numpy/bad-header', 'shape × itemsize overflows', 8 + lenBytes);
  const have = source.size - dataStart;
  if (have < bytes) return err('numpy/truncated', `data is ${have} bytes, shape × itemsize is ${bytes}`, dataStart);
  if (have > bytes) findings.push({ rule: 'numpy/trailing-data', severity: 'error', message: `${have - bytes} byte(s) after the array data (np.load ignores them; they cannot be verified)`, location: { offset: dataStart + bytes } });
  return { findings, details: { ...details, dataBytes: bytes } };
}

export const npyAnalyzer: FormatAnalyzer = {
  format: 'numpy',
  sniff: (head) => head.length >= 6 && head.subarray(0, 6).equals(MAGIC),
  analyze: analyzeNpy,
};
