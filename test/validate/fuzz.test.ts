import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_LIMITS, DEFAULT_PICKLE_POLICY } from '../../src/validate/config.js';
import { detect } from '../../src/validate/detect.js';
import { ggufAnalyzer } from '../../src/validate/formats/gguf.js';
import { hdf5Analyzer } from '../../src/validate/formats/hdf5.js';
import { kerasAnalyzer } from '../../src/validate/formats/keras.js';
import { onnxAnalyzer } from '../../src/validate/formats/onnx.js';
import { safetensorsAnalyzer } from '../../src/validate/formats/safetensors.js';
import { savedModelAnalyzer } from '../../src/validate/formats/savedmodel.js';
import { tfliteAnalyzer } from '../../src/validate/formats/tflite.js';
import { parseManifest } from '../../src/validate/manifest.js';
import { bufferSource } from '../../src/validate/sources.js';
import { parseStrictJson } from '../../src/validate/strict-json.js';
import type { AnalyzeContext, FormatAnalyzer } from '../../src/validate/types.js';
import { healthyGguf } from './corpus/gguf.js';
import { hdf5File, legacyH5Config } from './corpus/hdf5.js';
import { kerasFile } from './corpus/keras.js';
import { irisOnnx } from './corpus/onnx.js';
import { healthySafetensors } from './corpus/safetensors.js';
import { HEALTHY_OPS, savedModelPb } from './corpus/savedmodel.js';
import { tfliteFile } from './corpus/tflite.js';

const ctx: AnalyzeContext = {
  limits: { ...DEFAULT_LIMITS, maxHeaderBytes: 1 << 20 },
  pickle: DEFAULT_PICKLE_POLICY,
  depth: 0,
  root: '/nonexistent',
  analyzeNested: async () => ({ format: 'unknown', findings: [] }),
};

/** Flips, overwrites, truncates and splices bytes of a valid file. */
function mutated(base: Buffer) {
  return fc
    .array(
      fc.oneof(
        fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('u64' as const), at: fc.nat(), value: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }) }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((ops) => {
      let b = Buffer.from(base);
      for (const op of ops) {
        const at = b.length ? op.at % b.length : 0;
        if (op.kind === 'set' && b.length) b[at] = op.value;
        else if (op.kind === 'cut') b = b.subarray(0, at);
        else if (op.kind === 'u64' && at + 8 <= b.length) b.writeBigUInt64LE(op.value, at);
        else if (op.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(op.bytes), b.subarray(at)]);
      }
      return b;
    });
}

async function expectVerdict(analyzer: FormatAnalyzer, data: Buffer): Promise<void> {
  const result = await analyzer.analyze(bufferSource('fuzz', data), ctx);
  expect(Array.isArray(result.findings)).toBe(true);
  for (const f of result.findings) {
    expect(typeof f.rule).toBe('string');
    expect(['error', 'warning', 'note']).toContain(f.severity);
  }
}

const corpus: Array<[string, FormatAnalyzer, () => Buffer]> = [
  ['safetensors', safetensorsAnalyzer, healthySafetensors],
  ['gguf', ggufAnalyzer, healthyGguf],
  ['onnx', onnxAnalyzer, () => irisOnnx()],
  ['keras', kerasAnalyzer, () => kerasFile()],
  ['hdf5', hdf5Analyzer, () => hdf5File(legacyH5Config([]))],
  ['savedmodel', savedModelAnalyzer, () => savedModelPb(HEALTHY_OPS)],
  ['tflite', tfliteAnalyzer, () => tfliteFile()],
];

describe('fuzzing: every parser gives a verdict and never throws', () => {
  for (const [name, analyzer, make] of corpus) {
    it(`${name}: mutated valid files`, async () => {
      const base = make();
      await fc.assert(fc.asyncProperty(mutated(base), (data) => expectVerdict(analyzer, data)), { numRuns: 150, seed: 42 });
    });
    it(`${name}: random bytes`, async () => {
      await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), (bytes) => expectVerdict(analyzer, Buffer.from(bytes))), { numRuns: 100, seed: 7 });
    });
  }

  it('detection never throws and returns an analyzer or nothing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.string(), (bytes, name) => {
        const a = detect(Buffer.from(bytes), bytes.length, name);
        expect(a === undefined || typeof a.format === 'string').toBe(true);
      }),
      { numRuns: 500, seed: 1 },
    );
  });

  it('strict JSON agrees with JSON.parse on valid documents and fails cleanly on the rest', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const ours = parseStrictJson(text).value;
        expect(JSON.stringify(ours, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))).toBe(JSON.stringify(JSON.parse(text)));
      }),
      { numRuns: 300, seed: 3 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseStrictJson(text);
        } catch (err) {
          expect((err as Error).name).toBe('JsonSyntaxError');
        }
      }),
      { numRuns: 300, seed: 4 },
    );
  });

  it('manifest parsing never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const m = parseManifest(Buffer.from(bytes));
        expect(Array.isArray(m.entries)).toBe(true);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});
