import { describe, expect, it } from '@jest/globals';
import { errors, rules, scratch, validateOne, validatePaths } from './helpers.js';
import { HEALTHY_OPS, savedModelPb } from './corpus/savedmodel.js';
import { tfliteFile } from './corpus/tflite.js';

describe('savedmodel', () => {
  it('passes a serving graph with its checkpoint files claimed', async () => {
    const s = await scratch();
    try {
      await s.write('sm/saved_model.pb', savedModelPb(HEALTHY_OPS));
      await s.write('sm/variables/variables.index', Buffer.from([0, 1, 2, 3, 0xff]));
      await s.write('sm/variables/variables.data-00000-of-00001', Buffer.alloc(64, 0xaa));
      const r = await validatePaths(s.dir, ['sm']);
      expect(r.artifacts.map((a) => [a.path.split('/').pop(), a.format, a.verdict])).toEqual([
        ['saved_model.pb', 'savedmodel', 'pass'],
        ['variables.data-00000-of-00001', 'external-data', 'pass'],
        ['variables.index', 'external-data', 'pass'],
      ]);
      expect(r.verdict).toBe('pass');
    } finally {
      await s.cleanup();
    }
  });
  for (const op of ['ReadFile', 'WriteFile', 'PyFunc', 'EagerPyFunc', 'MatchingFiles']) {
    it(`fails a graph using ${op}`, async () => {
      const a = await validateOne('saved_model.pb', savedModelPb([...HEALTHY_OPS, { name: 'bad', op }]));
      expect(errors(a)).toContain('savedmodel/dangerous-op');
    });
  }
  it('finds dangerous ops inside library functions', async () => {
    const a = await validateOne('saved_model.pb', savedModelPb(HEALTHY_OPS, [{ name: 'f', op: 'PyFuncStateless' }]));
    expect(errors(a)).toContain('savedmodel/dangerous-op');
  });
  it('fails Save/Restore next to an absolute or traversing path', async () => {
    const a = await validateOne('saved_model.pb', savedModelPb([...HEALTHY_OPS, { name: 'p', op: 'Const', stringValue: '/etc/cron.d/x' }]));
    expect(errors(a)).toContain('savedmodel/odd-path');
    const b = await validateOne('saved_model.pb', savedModelPb([...HEALTHY_OPS, { name: 'p', op: 'Const', stringValue: '../../x' }]));
    expect(errors(b)).toContain('savedmodel/odd-path');
  });
  it('fails a malformed graph file', async () => {
    const good = savedModelPb(HEALTHY_OPS);
    const a = await validateOne('saved_model.pb', good.subarray(0, good.length - 7));
    expect(errors(a)).toContain('savedmodel/malformed');
  });
});

describe('tflite', () => {
  it('passes a well-formed model', async () => {
    const a = await validateOne('m.tflite', tfliteFile());
    expect(a.format).toBe('tflite');
    expect(a.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(a.verdict).toBe('pass');
  });
  it('warns on custom operators', async () => {
    const a = await validateOne('m.tflite', tfliteFile({ customOp: 'FlexEvil' }));
    expect(rules(a, 'warning')).toContain('tflite/custom-op');
    expect(a.verdict).toBe('pass');
  });
  it('fails buffers outside the file and bad versions', async () => {
    expect(errors(await validateOne('m.tflite', tfliteFile({ bufferLength: 1 << 20 })))).toContain('tflite/buffer-out-of-bounds');
    expect(errors(await validateOne('m.tflite', tfliteFile({ externalBuffer: { offset: 1n << 40n, size: 16n } })))).toContain('tflite/buffer-out-of-bounds');
    expect(errors(await validateOne('m.tflite', tfliteFile({ version: 2 })))).toContain('tflite/bad-version');
  });
  it('fails a truncated flatbuffer', async () => {
    const a = await validateOne('m.tflite', tfliteFile().subarray(0, 40));
    expect(errors(a).some((r) => r.startsWith('tflite/'))).toBe(true);
  });
});
