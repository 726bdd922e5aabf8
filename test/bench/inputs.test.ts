import { describe, it, expect, afterAll } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { concreteDims, generateInputs, readInputsFile } from '../../src/bench/inputs.js';
import { ModelshipError } from '../../src/core/errors.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'modelship-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const spec = [{ name: 'features', dtype: 'float32', shape: ['batch', 4] as Array<string | number> }];
let n = 0;
const file = (content: string) => {
  const f = path.join(dir, `in-${n++}.json`);
  writeFileSync(f, content);
  return f;
};

describe('generated inputs', () => {
  it('binds the batch, fixed and named dims, and is seeded', () => {
    expect(concreteDims({ name: 'x', dtype: 'float32', shape: ['b', 'seq', 3] }, 8, { seq: 16 })).toEqual([8, 16, 3]);
    expect(concreteDims({ name: 'x', dtype: 'float32', shape: [null, 3] }, 2, {})).toEqual([2, 3]);
    const a = generateInputs(spec, 2, {}, 1);
    expect(a[0].dims).toEqual([2, 4]);
    expect(a[0].data).toBeInstanceOf(Float32Array);
    expect(Array.from(generateInputs(spec, 2, {}, 1)[0].data as Float32Array)).toEqual(Array.from(a[0].data as Float32Array));
    expect(generateInputs([{ name: 'ids', dtype: 'int64', shape: ['b', 3] }], 1, {}, 1)[0].data).toBeInstanceOf(BigInt64Array);
  });

  it('refuses what cannot be generated, saying how to fix it', () => {
    expect(() => concreteDims({ name: 'x', dtype: 'float32', shape: ['b', 'seq'] }, 1, {})).toThrow(/axis 1 is "seq"/);
    expect(() => concreteDims({ name: 'x', dtype: 'float32', shape: undefined }, 1, {})).toThrow(/no declared shape/);
    expect(() => generateInputs([{ name: 'x', dtype: 'complex64', shape: [1] }], 1, {}, 1)).toThrow(/element type complex64/);
    expect(() => generateInputs([{ name: 'x', dtype: 'float32', shape: [100000, 100000] }], 1, {}, 1)).toThrow(/too large/);
  });
});

describe('inputs file', () => {
  it('reads {dtype, dims, data} and nested arrays', async () => {
    const a = await readInputsFile(file('{"features": {"dims": [2, 4], "data": [1,2,3,4,5,6,7,8]}}'), spec);
    expect(a[0].dims).toEqual([2, 4]);
    const b = await readInputsFile(file('{"features": [[1,2,3,4]]}'), spec);
    expect(b[0].dims).toEqual([1, 4]);
    expect(Array.from(b[0].data as Float32Array)).toEqual([1, 2, 3, 4]);
  });

  it('refuses wrong files with the file and the input named', async () => {
    await expect(readInputsFile(file('nope'), spec)).rejects.toThrow(/cannot read inputs file/);
    await expect(readInputsFile(file('{"other": [1]}'), spec)).rejects.toThrow(/no input "other"/);
    await expect(readInputsFile(file('{}'), spec)).rejects.toThrow(/"features" is missing/);
    await expect(readInputsFile(file('{"features": [[1,2],[3]]}'), spec)).rejects.toThrow(/ragged/);
    await expect(readInputsFile(file('{"features": {"dims": [2, 4], "data": [1]}}'), spec)).rejects.toThrow(/1 values but dims/);
    await expect(readInputsFile(file('{"features": [["a"]]}'), spec)).rejects.toThrow(/expected numbers/);
  });

  it('property: random JSON either reads or fails with a ModelshipError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string(), fc.record({ features: fc.jsonValue() }).map((o) => JSON.stringify(o))), async (text) => {
        try {
          const t = await readInputsFile(file(text), spec);
          expect(t[0].dims.reduce((x, y) => x * y, 1)).toBe((t[0].data as ArrayLike<unknown>).length);
        } catch (err) {
          expect(err).toBeInstanceOf(ModelshipError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
