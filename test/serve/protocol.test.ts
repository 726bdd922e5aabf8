import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeInferRequest, encodeBinaryResponse, encodeInferResponse, ProtocolError, wantsBinary, type TensorMeta } from '../../src/serve/protocol.js';

const INPUTS: TensorMeta[] = [
  { name: 'features', dtype: 'float32', shape: [null, 4] },
  { name: 'ids', dtype: 'int64', shape: [null] },
];
const OUTPUTS: TensorMeta[] = [{ name: 'label', dtype: 'int64', shape: [null] }];
const ok = () => ({ id: 'r1', inputs: [{ name: 'features', shape: [2, 4], datatype: 'FP32', data: [[1, 2, 3, 4], [5, 6, 7, 8]] }, { name: 'ids', shape: [2], datatype: 'INT64', data: [1, '9223372036854775807'] }] });

describe('decodeInferRequest', () => {
  it('decodes nested data row-major, int64 from numbers and exact strings', () => {
    const d = decodeInferRequest(ok(), INPUTS, OUTPUTS);
    expect(d.id).toBe('r1');
    expect(Array.from(d.inputs[0].data as Float32Array)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(Array.from(d.inputs[1].data as BigInt64Array)).toEqual([1n, 9223372036854775807n]);
    expect(d.outputs).toBeUndefined();
  });

  const cases: Array<[string, (b: ReturnType<typeof ok>) => unknown, RegExp]> = [
    ['no body object', () => 'x', /must be a JSON object/],
    ['no inputs', () => ({ inputs: [] }), /"inputs" must be a non-empty list; this model takes "features", "ids"/],
    ['a numeric id', (b) => ({ ...b, id: 3 }), /"id" must be a string/],
    ['a missing input', (b) => ({ inputs: [b.inputs[0]] }), /missing input "ids" \(INT64 \[-1\]\)/],
    ['a duplicate input', (b) => ({ inputs: [b.inputs[0], b.inputs[0], b.inputs[1]] }), /input "features" is given twice/],
    ['a wrong datatype', (b) => ({ inputs: [{ ...b.inputs[0], datatype: 'FP16' }, b.inputs[1]] }), /input "features": datatype must be FP32, got "FP16"/],
    ['a wrong rank', (b) => ({ inputs: [{ ...b.inputs[0], shape: [8] }, b.inputs[1]] }), /input "features": shape \[8\] has rank 1, expected rank 2 \[-1,4\]/],
    ['a wrong fixed dim', (b) => ({ inputs: [{ ...b.inputs[0], shape: [4, 2] }, b.inputs[1]] }), /dimension 1 must be 4/],
    ['a negative dim', (b) => ({ inputs: [{ ...b.inputs[0], shape: [-1, 4] }, b.inputs[1]] }), /shape must be a list of non-negative integers/],
    ['too few values', (b) => ({ inputs: [{ ...b.inputs[0], data: [1, 2, 3] }, b.inputs[1]] }), /holds 8 values, but "data" has 3/],
    ['a string in floats', (b) => ({ inputs: [{ ...b.inputs[0], data: [1, 2, 3, 4, 5, 6, 7, '8'] }, b.inputs[1]] }), /data\[7\] is "8", expected a number/],
    ['a fraction in int64', (b) => ({ inputs: [b.inputs[0], { ...b.inputs[1], data: [1, 1.5] }] }), /input "ids": data\[1\] is 1.5, expected an integer/],
    ['int64 overflow', (b) => ({ inputs: [b.inputs[0], { ...b.inputs[1], data: [1, '9223372036854775808'] }] }), /expected an int64/],
    ['an unknown output', (b) => ({ ...b, outputs: [{ name: 'probs' }] }), /unknown output "probs"; this model gives "label"/],
    ['a huge shape', (b) => ({ inputs: [{ ...b.inputs[0], shape: [1e9, 4] }, b.inputs[1]] }), /more than/],
  ];
  it.each(cases)('refuses %s with a 400 naming the input', (_n, mutate, message) => {
    expect(() => decodeInferRequest(mutate(ok()), INPUTS, OUTPUTS)).toThrow(message);
    try {
      decodeInferRequest(mutate(ok()), INPUTS, OUTPUTS);
    } catch (err) {
      expect((err as ProtocolError).status).toBe(400);
    }
  });

  it('survives deep nesting without a stack overflow', () => {
    let data: unknown = [1, 2, 3, 4];
    for (let i = 0; i < 100_000; i++) data = [data];
    expect(() => decodeInferRequest({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data }, ok().inputs[1]] }, INPUTS, OUTPUTS)).toThrow(/nested deeper than 64/);
  });

  /** A value nested `depth` levels deep, as JSON.parse builds it from a hostile body (it parses without recursing). */
  const nested = (depth: number, kind: 'list' | 'object'): unknown => JSON.parse(kind === 'list' ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
  const deepPlaces: Array<[string, (deep: unknown) => unknown, RegExp]> = [
    ['the id', (deep) => ({ ...ok(), id: deep }), /"id" must be a string, got (a list of 1|an object)/],
    ['the datatype', (deep) => ({ inputs: [{ ...ok().inputs[0], datatype: deep }, ok().inputs[1]] }), /datatype must be FP32, got (a list of 1|an object)/],
    ['an input\'s parameters', (deep) => ({ inputs: [{ ...ok().inputs[0], parameters: { binary_data_size: deep } }, ok().inputs[1]] }), /"binary_data_size" must be a non-negative integer, got (a list of 1|an object)/],
    ['the request parameters', (deep) => ({ ...ok(), parameters: { binary_data_output: deep } }), /"parameters.binary_data_output" must be true or false, got (a list of 1|an object)/],
    ['an output\'s parameters', (deep) => ({ ...ok(), outputs: [{ name: 'label', parameters: { binary_data: deep } }] }), /binary_data must be true or false, got (a list of 1|an object)/],
    ['an element of data', (deep) => ({ inputs: [{ ...ok().inputs[0], data: [1, 2, 3, 4, 5, 6, 7, deep] }, ok().inputs[1]] }), /input "features": (data\[7\] is an object|"data" is nested deeper than 64)/],
    ['an int64 element', (deep) => ({ inputs: [ok().inputs[0], { ...ok().inputs[1], data: [1, deep] }] }), /input "ids": (data\[1\] is an object|"data" is nested deeper than 64)/],
  ];
  it.each(deepPlaces.flatMap(([place, put, message]) => (['list', 'object'] as const).map((kind) => [place, kind, put, message] as const)))(
    'answers %s nested 50,000 levels deep (%s) with a ProtocolError naming the field, never a stack overflow',
    (_place, kind, put, message) => {
      let thrown: unknown;
      try {
        decodeInferRequest(put(nested(50_000, kind)), INPUTS, OUTPUTS);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(ProtocolError);
      expect((thrown as ProtocolError).status).toBe(400);
      expect((thrown as Error).message).toMatch(message);
    },
  );

  it('answers anything random with a decoded request or a ProtocolError (fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ inputs: fc.array(fc.record({ name: fc.constantFrom('features', 'ids', 'x'), shape: fc.array(fc.integer({ min: -2, max: 5 }), { maxLength: 3 }), datatype: fc.constantFrom('FP32', 'INT64', 'BOOL'), data: fc.array(fc.oneof(fc.double(), fc.integer(), fc.string(), fc.array(fc.double(), { maxLength: 4 })), { maxLength: 10 }) }), { maxLength: 3 }) })), (body) => {
        try {
          const d = decodeInferRequest(body, INPUTS, OUTPUTS);
          expect(d.inputs).toHaveLength(2);
        } catch (err) {
          expect(err).toBeInstanceOf(ProtocolError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('encodeInferResponse', () => {
  it('keeps 64-bit integers exact and turns NaN into null', () => {
    const text = encodeInferResponse('iris', '1.0.0', 'a', [
      { name: 'label', dtype: 'int64', dims: [2], data: BigInt64Array.from([2n, 2n ** 60n]) },
      { name: 'p', dtype: 'float32', dims: [2], data: Float32Array.from([0.5, NaN]) },
    ]);
    expect(JSON.parse(text)).toEqual({ model_name: 'iris', model_version: '1.0.0', id: 'a', outputs: [{ name: 'label', datatype: 'INT64', shape: [2], data: [2, '1152921504606846976'] }, { name: 'p', datatype: 'FP32', shape: [2], data: [0.5, null] }] });
  });
});

/** A binary-extension body: the JSON header, then the tensors' bytes. */
function binaryBody(header: unknown, ...tensors: Uint8Array[]): { json: unknown; binary: Uint8Array } {
  return { json: header, binary: Buffer.concat(tensors.map((t) => Buffer.from(t.buffer, t.byteOffset, t.byteLength))) };
}
const le = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

describe('decodeInferRequest with binary tensor data', () => {
  const FEATURES = Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8);
  const IDS = BigInt64Array.of(1n, 9223372036854775807n);

  it('reads each binary input from the bytes after the JSON, in the order listed, mixed with JSON inputs', () => {
    const { json, binary } = binaryBody(
      { inputs: [{ name: 'ids', shape: [2], datatype: 'INT64', parameters: { binary_data_size: 16 } }, { name: 'features', shape: [2, 4], datatype: 'FP32', parameters: { binary_data_size: 32 } }] },
      le(IDS),
      le(FEATURES),
    );
    const d = decodeInferRequest(json, INPUTS, OUTPUTS, binary);
    expect(Array.from(d.inputs[0].data as Float32Array)).toEqual(Array.from(FEATURES));
    expect(Array.from(d.inputs[1].data as BigInt64Array)).toEqual(Array.from(IDS));
    // The same tensors as JSON decode to the same values.
    expect(d.inputs).toEqual(decodeInferRequest(ok(), INPUTS, OUTPUTS).inputs);
    const mixed = decodeInferRequest({ inputs: [ok().inputs[0], { name: 'ids', shape: [2], datatype: 'INT64', parameters: { binary_data_size: 16 } }] }, INPUTS, OUTPUTS, le(IDS));
    expect(Array.from(mixed.inputs[1].data as BigInt64Array)).toEqual(Array.from(IDS));
  });

  it('decodes every binary datatype: BOOL as bytes 0/1, BYTES length-prefixed, FP16 as raw bits', () => {
    const inputs: TensorMeta[] = [{ name: 'b', dtype: 'bool', shape: [3] }, { name: 's', dtype: 'string', shape: [2] }, { name: 'h', dtype: 'float16', shape: [2] }, { name: 'u', dtype: 'uint8', shape: [2] }];
    const bytesOfWords = Buffer.concat([Buffer.from([3, 0, 0, 0]), Buffer.from('hé', 'utf8'), Buffer.from([0, 0, 0, 0])]);
    const { json, binary } = binaryBody(
      { inputs: [{ name: 'b', shape: [3], datatype: 'BOOL', parameters: { binary_data_size: 3 } }, { name: 's', shape: [2], datatype: 'BYTES', parameters: { binary_data_size: bytesOfWords.length } }, { name: 'h', shape: [2], datatype: 'FP16', parameters: { binary_data_size: 4 } }, { name: 'u', shape: [2], datatype: 'UINT8', parameters: { binary_data_size: 2 } }] },
      Uint8Array.of(1, 0, 1),
      bytesOfWords,
      le(Uint16Array.of(0x3c00, 0xc000)),
      Uint8Array.of(7, 255),
    );
    const d = decodeInferRequest(json, inputs, [], binary);
    expect(Array.from(d.inputs[0].data as Uint8Array)).toEqual([1, 0, 1]);
    expect(d.inputs[1].data).toEqual(['hé', '']);
    expect(Array.from(d.inputs[2].data as Uint16Array)).toEqual([0x3c00, 0xc000]);
    expect(Array.from(d.inputs[3].data as Uint8Array)).toEqual([7, 255]);
  });

  const binaryCases: Array<[string, unknown, Uint8Array | undefined, RegExp]> = [
    ['a size that does not fit the shape', { inputs: [{ name: 'features', shape: [2, 4], datatype: 'FP32', parameters: { binary_data_size: 28 } }, { name: 'ids', shape: [2], datatype: 'INT64', parameters: { binary_data_size: 16 } }] }, new Uint8Array(44), /input "features": "binary_data_size" is 28 bytes, but shape \[2,4\] of FP32 needs 32 \(8 × 4\)/],
    ['binary data past the end of the body', { inputs: [{ name: 'features', shape: [2, 4], datatype: 'FP32', parameters: { binary_data_size: 32 } }, { name: 'ids', shape: [2], datatype: 'INT64', parameters: { binary_data_size: 16 } }] }, new Uint8Array(40), /input "ids": "binary_data_size" is 16 bytes, but only 8 bytes of binary data remain/],
    ['bytes left over', { inputs: [{ name: 'features', shape: [2, 4], datatype: 'FP32', parameters: { binary_data_size: 32 } }, { name: 'ids', shape: [2], datatype: 'INT64', parameters: { binary_data_size: 16 } }] }, new Uint8Array(50), /50 bytes of binary data after the JSON header, but the inputs' "binary_data_size" add up to 48/],
    ['binary_data_size without binary data', { inputs: [{ name: 'features', shape: [2, 4], datatype: 'FP32', parameters: { binary_data_size: 32 } }, ok().inputs[1]] }, undefined, /input "features": "binary_data_size" is given but the request has no binary data: send the JSON length in the Inference-Header-Content-Length header/],
    ['both data and binary_data_size', { inputs: [{ ...ok().inputs[0], parameters: { binary_data_size: 32 } }, ok().inputs[1]] }, new Uint8Array(32), /input "features": give either "data" or "parameters.binary_data_size", not both/],
    ['a negative binary_data_size', { inputs: [{ name: 'features', shape: [2, 4], datatype: 'FP32', parameters: { binary_data_size: -4 } }, ok().inputs[1]] }, new Uint8Array(4), /"binary_data_size" must be a non-negative integer, got -4/],
    ['parameters that are not an object', { inputs: [{ ...ok().inputs[0], parameters: 3 }, ok().inputs[1]] }, undefined, /input "features": "parameters" must be an object/],
    ['a non-boolean binary_data_output', { ...ok(), parameters: { binary_data_output: 'yes' } }, undefined, /"parameters.binary_data_output" must be true or false, got "yes"/],
    ['a non-boolean binary_data on an output', { ...ok(), outputs: [{ name: 'label', parameters: { binary_data: 1 } }] }, undefined, /outputs\[0\].parameters.binary_data must be true or false, got 1/],
  ];
  it.each(binaryCases)('refuses %s with a 400 naming what is wrong', (_n, json, binary, message) => {
    let caught: unknown;
    try {
      decodeInferRequest(json, INPUTS, OUTPUTS, binary);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ProtocolError);
    expect((caught as ProtocolError).status).toBe(400);
    expect((caught as ProtocolError).message).toMatch(message);
  });

  it.each([
    ['a BOOL byte other than 0 or 1', 'bool', 'BOOL', Uint8Array.of(1, 2), /binary BOOL element 1 is 2, expected 0 or 1/],
    ['a BYTES element longer than the data', 'string', 'BYTES', Uint8Array.of(9, 0, 0, 0, 65, 0, 0, 0, 0), /binary BYTES element 0 says 9 bytes, but only 5 remain/],
    ['BYTES data cut inside a length', 'string', 'BYTES', Uint8Array.of(1, 0, 0, 0, 65, 0, 0), /binary BYTES data ends before element 1 of 2/],
    ['BYTES that are not UTF-8', 'string', 'BYTES', Uint8Array.of(1, 0, 0, 0, 0xff, 0, 0, 0, 0), /binary BYTES element 0 is not valid UTF-8/],
    ['BYTES with trailing bytes', 'string', 'BYTES', Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 1), /its 2 BYTES elements take 8/],
  ])('refuses %s', (_n, dtype, datatype, bytes, message) => {
    const inputs: TensorMeta[] = [{ name: 'v', dtype, shape: [2] }];
    expect(() => decodeInferRequest({ inputs: [{ name: 'v', shape: [2], datatype, parameters: { binary_data_size: bytes.length } }] }, inputs, [], bytes)).toThrow(message);
  });

  it('answers any binary body with a decoded request or a ProtocolError (fuzz)', () => {
    fc.assert(
      fc.property(
        fc.record({ inputs: fc.array(fc.record({ name: fc.constantFrom('features', 'ids'), shape: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }), datatype: fc.constantFrom('FP32', 'INT64', 'BYTES'), parameters: fc.record({ binary_data_size: fc.oneof(fc.integer({ min: -2, max: 40 }), fc.constant('8')) }) }), { maxLength: 3 }) }),
        fc.uint8Array({ maxLength: 64 }),
        (json, binary) => {
          try {
            const d = decodeInferRequest(json, INPUTS, OUTPUTS, binary);
            expect(d.inputs).toHaveLength(2);
          } catch (err) {
            expect(err).toBeInstanceOf(ProtocolError);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('records which outputs go back as binary: the request default, overridden per output', () => {
    const all = decodeInferRequest({ ...ok(), parameters: { binary_data_output: true } }, INPUTS, OUTPUTS);
    expect(wantsBinary(all, 'label')).toBe(true);
    const some = decodeInferRequest({ ...ok(), parameters: { binary_data_output: true }, outputs: [{ name: 'label', parameters: { binary_data: false } }] }, INPUTS, OUTPUTS);
    expect(wantsBinary(some, 'label')).toBe(false);
    const one = decodeInferRequest({ ...ok(), outputs: [{ name: 'label', parameters: { binary_data: true } }] }, INPUTS, OUTPUTS);
    expect(wantsBinary(one, 'label')).toBe(true);
    expect(wantsBinary(decodeInferRequest(ok(), INPUTS, OUTPUTS), 'label')).toBe(false);
  });
});

describe('encodeInferResponse datatypes', () => {
  it('writes BOOL as true/false, FP16 as numbers, infinities as null, and uint64 beyond 2^53 as strings', () => {
    const text = encodeInferResponse('m', '1', undefined, [
      { name: 'b', dtype: 'bool', dims: [3], data: Uint8Array.of(1, 0, 1) },
      { name: 'h', dtype: 'float16', dims: [4], data: Uint16Array.of(0x3c00, 0xc000, 0x3555, 0x7c00) },
      { name: 'f', dtype: 'float64', dims: [3], data: Float64Array.of(Infinity, -0.25, -Infinity) },
      { name: 'u', dtype: 'uint64', dims: [2], data: BigUint64Array.of(3n, 2n ** 64n - 1n) },
      { name: 's', dtype: 'string', dims: [2], data: ['a"b', 'é'] },
      { name: 'i', dtype: 'int32', dims: [2], data: Int32Array.of(-7, 2147483647) },
    ]);
    const body = JSON.parse(text) as { outputs: Array<{ name: string; datatype: string; data: unknown[] }> };
    const by = Object.fromEntries(body.outputs.map((o) => [o.name, o]));
    expect(by.b).toMatchObject({ datatype: 'BOOL', data: [true, false, true] });
    expect(by.h.datatype).toBe('FP16');
    expect(by.h.data.slice(0, 2)).toEqual([1, -2]);
    expect(by.h.data[2]).toBeCloseTo(0.333, 3);
    expect(by.h.data[3]).toBeNull();
    expect(by.f.data).toEqual([null, -0.25, null]);
    expect(by.u.data).toEqual([3, '18446744073709551615']);
    expect(by.s.data).toEqual(['a"b', 'é']);
    expect(by.i.data).toEqual([-7, 2147483647]);
  });

  it('matches JSON.stringify number for number (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double()), (xs) => {
        const data = Float64Array.from(xs);
        const body = JSON.parse(encodeInferResponse('m', '1', undefined, [{ name: 'y', dtype: 'float64', dims: [xs.length], data }])) as { outputs: Array<{ data: unknown[] }> };
        expect(body.outputs[0].data).toEqual(JSON.parse(JSON.stringify(Array.from(data, (v) => (Number.isFinite(v) ? v : null)))));
      }),
      { numRuns: 500 },
    );
  });
});

describe('encodeBinaryResponse', () => {
  it('puts binary outputs after the JSON header with their sizes, leaving the others as JSON', () => {
    const outputs = [
      { name: 'p', dtype: 'float32', dims: [2], data: Float32Array.of(0.25, NaN) },
      { name: 'label', dtype: 'int64', dims: [2], data: BigInt64Array.of(2n, 2n ** 60n) },
      { name: 's', dtype: 'string', dims: [2], data: ['ab', ''] },
    ];
    const r = encodeBinaryResponse('iris', '1.0.0', 'x', outputs, (n) => n !== 'label');
    const header = JSON.parse(r.body.subarray(0, r.headerLength).toString('utf8')) as { id: string; outputs: Array<Record<string, unknown>> };
    expect(header.id).toBe('x');
    expect(header.outputs).toEqual([
      { name: 'p', datatype: 'FP32', shape: [2], parameters: { binary_data_size: 8 } },
      { name: 'label', datatype: 'INT64', shape: [2], data: [2, '1152921504606846976'] },
      { name: 's', datatype: 'BYTES', shape: [2], parameters: { binary_data_size: 10 } },
    ]);
    const tail = r.body.subarray(r.headerLength);
    expect(tail.length).toBe(18);
    const floats = new Float32Array(Uint8Array.from(tail.subarray(0, 8)).buffer);
    expect(floats[0]).toBe(0.25);
    expect(Number.isNaN(floats[1])).toBe(true);
    expect(Array.from(tail.subarray(8))).toEqual([2, 0, 0, 0, 97, 98, 0, 0, 0, 0]);
  });

  it('sends a subarray view of a batched output as only its own bytes', () => {
    const whole = Float32Array.of(1, 2, 3, 4, 5, 6);
    const r = encodeBinaryResponse('m', '1', undefined, [{ name: 'y', dtype: 'float32', dims: [1, 2], data: whole.subarray(2, 4) }], () => true);
    expect(Array.from(new Float32Array(Uint8Array.from(r.body.subarray(r.headerLength)).buffer))).toEqual([3, 4]);
  });
});
