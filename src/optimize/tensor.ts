import { ModelshipError } from '../core/errors.js';
import { OnnxDataType } from '../core/onnx/onnx-proto.js';

/** A decoded TensorProto (decodeModel's plain object, onnx.proto field names). */
export type TensorMessage = Record<string, any>;

/** The float32 values of a tensor stored inline (raw_data or float_data); external data is refused. */
export function floatValues(tensor: TensorMessage, where: string): Float32Array {
  if (tensor.data_location === 1 || tensor.external_data?.length) {
    throw new ModelshipError(`${where}: tensor "${tensor.name}" keeps its data in an external file, which optimize does not rewrite`, { hint: 'inline the weights first (onnx.save with save_as_external_data=False)' });
  }
  const count = (tensor.dims ?? []).reduce((n: number, d: number) => n * Number(d), 1);
  if (tensor.raw_data?.length) {
    const raw: Uint8Array = tensor.raw_data;
    if (raw.length !== count * 4) throw new ModelshipError(`${where}: tensor "${tensor.name}" has ${raw.length} bytes of raw_data, expected ${count * 4} for dims [${tensor.dims}]`);
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = view.getFloat32(i * 4, true);
    return out;
  }
  const values: number[] = tensor.float_data ?? [];
  if (values.length !== count) throw new ModelshipError(`${where}: tensor "${tensor.name}" has ${values.length} values, expected ${count} for dims [${tensor.dims}]`);
  return Float32Array.from(values);
}

export function littleEndianBytes(values: Float32Array | Uint16Array | Int8Array): Uint8Array {
  const out = new Uint8Array(values.length * values.BYTES_PER_ELEMENT);
  const view = new DataView(out.buffer);
  values.forEach((value, i) => {
    if (values instanceof Float32Array) view.setFloat32(i * 4, value, true);
    else if (values instanceof Uint16Array) view.setUint16(i * 2, value, true);
    else view.setInt8(i, value);
  });
  return out;
}

/** A new inline tensor message. */
export function tensorMessage(name: string, dims: readonly number[], dataType: number, values: Float32Array | Uint16Array | Int8Array): TensorMessage {
  return { name, dims: [...dims], data_type: dataType, raw_data: littleEndianBytes(values) };
}

export const isFloat32 = (tensor: TensorMessage): boolean => (tensor.data_type ?? OnnxDataType.UNDEFINED) === OnnxDataType.FLOAT;

const FLOAT16_MAX = 65504;
const scratch = new DataView(new ArrayBuffer(4));

/**
 * IEEE 754 binary16 bits of a float32, rounded to nearest even (as numpy's astype(float16)); subnormals kept,
 * NaN kept as a quiet NaN. Finite values beyond the float16 range become +-inf here: callers clamp first.
 */
export function float16Bits(value: number): number {
  scratch.setFloat32(0, value);
  const bits = scratch.getUint32(0);
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  const mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  const halfExponent = exponent - 127 + 15;
  if (halfExponent >= 0x1f) return sign | 0x7c00;
  if (halfExponent <= 0) {
    if (halfExponent < -10) return sign; // below half the smallest subnormal: rounds to zero
    const full = mantissa | 0x800000;
    const shift = 14 - halfExponent;
    let half = full >>> shift;
    const rest = full & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rest > halfway || (rest === halfway && (half & 1))) half++;
    return sign | half;
  }
  let half = (halfExponent << 10) | (mantissa >>> 13);
  const rest = mantissa & 0x1fff;
  if (rest > 0x1000 || (rest === 0x1000 && (half & 1))) half++; // a carry into the exponent is still right
  return sign | half;
}

export function float16Value(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >>> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa ? Number.NaN : sign * Infinity;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/** float32 -> float16 bits, clamping finite values to +-65504 (as onnxconverter-common does); counts the clamped. */
export function toFloat16(values: Float32Array): { bits: Uint16Array; clamped: number } {
  const bits = new Uint16Array(values.length);
  let clamped = 0;
  values.forEach((value, i) => {
    let v = value;
    if (Number.isFinite(v) && Math.abs(v) > FLOAT16_MAX) {
      v = Math.sign(v) * FLOAT16_MAX;
      clamped++;
    }
    bits[i] = float16Bits(v);
  });
  return { bits, clamped };
}
