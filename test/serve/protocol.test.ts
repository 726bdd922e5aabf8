import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeInferRequest, encodeInferResponse, ProtocolError, type TensorMeta } from '../../src/serve/protocol.js';

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
