import zlib from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { validateOne } from '../helpers.js';
import * as H from '../pickle/corpus/healthy.js';
import { makeTar } from './corpus/tar-writer.js';
import { makeZip } from './corpus/zip-writer.js';

const SEEDS: Array<[string, Buffer]> = [
  ['m.pt', H.pytorchZip()],
  ['a.npz', makeZip([{ name: 'x.npy', data: H.npy() }, { name: 'y.npy', data: H.npy(), method: 8 }])],
  ['m.tar', makeTar([{ name: 'a.npy', data: H.npy() }, { name: 'b.pkl', data: H.protocol0Data() }])],
  ['m.gz', zlib.gzipSync(H.sklearnLogisticRegression())],
  ['a.npy', H.npy([3, 3])],
  ['legacy.bin', H.pytorchLegacy()],
  ['m.joblib', H.joblibDump()],
];

const mutated = fc.tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), fc.nat())
  .map(([[name, seed], edits, cut]): [string, Buffer] => {
    const b = Buffer.from(seed);
    for (const [at, v] of edits) b[at % b.length] = v;
    return [name, cut % 4 === 0 ? b.subarray(0, cut % b.length) : b];
  });

describe('container fuzzing through the engine', () => {
  it('mutated and truncated zips, tars, gzip, npy, legacy torch and joblib: always a verdict', async () => {
    await fc.assert(fc.asyncProperty(mutated, async ([name, data]) => {
      const r = await validateOne(name, data);
      expect(['pass', 'fail']).toContain(r.verdict);
      expect(r.findings.some((f) => f.rule === 'validate/analyzer-error')).toBe(false);
    }), { numRuns: 120 });
  });
  it('truncation of any container never passes silently as the same format', async () => {
    for (const [name, seed] of SEEDS) {
      for (const cut of [1, 7, 100, Math.floor(seed.length / 2), seed.length - 9]) {
        if (cut >= seed.length) continue;
        const r = await validateOne(name, seed.subarray(0, cut));
        expect([name, cut, r.verdict]).toEqual([name, cut, 'fail']);
      }
    }
  });
});
