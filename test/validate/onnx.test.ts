import { link, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { errors, rules, scratch, validatePaths } from './helpers.js';
import { externalOnnx, irisOnnx } from './corpus/onnx.js';

const weights = Buffer.alloc(48, 1);

describe('onnx', () => {
  it('passes the iris-shaped model and extracts its signature', async () => {
    const s = await scratch();
    try {
      await s.write('model.onnx', irisOnnx());
      const r = await validatePaths(s.dir, ['model.onnx']);
      const a = r.artifacts[0];
      expect(a.format).toBe('onnx');
      expect(a.verdict).toBe('pass');
      expect(a.details?.signature).toEqual({
        inputs: [{ name: 'features', dtype: 'float32', shape: ['batch', 4] }],
        outputs: [
          { name: 'probabilities', dtype: 'float32', shape: ['batch', 3] },
          { name: 'label', dtype: 'int64', shape: ['batch'] },
        ],
      });
    } finally {
      await s.cleanup();
    }
  });

  it('passes contained external data and reports the data file as external-data', async () => {
    const s = await scratch();
    try {
      await s.write('m/model.onnx', externalOnnx('weights.bin'));
      await s.write('m/weights.bin', weights);
      const r = await validatePaths(s.dir, ['m']);
      expect(r.verdict).toBe('pass');
      expect(r.artifacts.find((a) => a.path.endsWith('weights.bin'))!.format).toBe('external-data');
    } finally {
      await s.cleanup();
    }
  });

  const cases: Array<[string, string, (dir: string) => Promise<void>, string]> = [
    ['traversal', '../../etc/passwd', async () => undefined, 'onnx/external-data-path'],
    ['absolute', '/etc/passwd', async () => undefined, 'onnx/external-data-path'],
    ['windows absolute', 'C:\\Windows\\win.ini', async () => undefined, 'onnx/external-data-path'],
    ['alternate data stream', 'w.bin:secret', async () => undefined, 'onnx/external-data-path'],
    ['missing', 'nothere.bin', async () => undefined, 'onnx/external-data-missing'],
    ['symlink out', 'link.bin', async (dir) => symlink('/etc/hostname', path.join(dir, 'm', 'link.bin')), 'onnx/external-data-symlink'],
    ['hard link', 'hard.bin', async (dir) => {
      await writeFile(path.join(dir, 'outside.bin'), weights);
      await link(path.join(dir, 'outside.bin'), path.join(dir, 'm', 'hard.bin'));
    }, 'onnx/external-data-hardlink'],
    ['directory', 'sub', async (dir) => mkdir(path.join(dir, 'm', 'sub')), 'onnx/external-data-not-regular'],
  ];
  for (const [name, location, setup, rule] of cases) {
    it(`refuses external data: ${name}`, async () => {
      const s = await scratch();
      try {
        await s.write('m/model.onnx', externalOnnx(location));
        await setup(s.dir);
        const r = await validatePaths(s.dir, ['m/model.onnx']);
        expect(errors(r.artifacts[0])).toContain(rule);
        expect(r.verdict).toBe('fail');
      } finally {
        await s.cleanup();
      }
    });
  }

  it('refuses ranges beyond the external file, wrong lengths and overlaps', async () => {
    const s = await scratch();
    try {
      await s.write('m/w.bin', weights);
      await s.write('m/a.onnx', externalOnnx('w.bin', { offset: 4096 }));
      await s.write('m/b.onnx', externalOnnx('w.bin', { length: 40 }));
      const r = await validatePaths(s.dir, ['m/a.onnx', 'm/b.onnx']);
      expect(errors(r.artifacts[0])).toContain('onnx/external-data-out-of-bounds');
      expect(errors(r.artifacts[1])).toContain('onnx/external-data-length');
    } finally {
      await s.cleanup();
    }
  });

  it('fails a truncated model with the byte offset', async () => {
    const s = await scratch();
    try {
      const full = irisOnnx();
      await s.write('model.onnx', full.subarray(0, full.length - 20));
      const r = await validatePaths(s.dir, ['model.onnx']);
      const f = r.artifacts[0].findings.find((x) => x.rule === 'onnx/malformed');
      expect(f?.location?.offset).toEqual(expect.any(Number));
      expect(r.verdict).toBe('fail');
    } finally {
      await s.cleanup();
    }
  });

  it('checks IR version, opset imports and custom domains', async () => {
    const s = await scratch();
    try {
      await s.write('ir.onnx', irisOnnx({ irVersion: 99 }));
      await s.write('noopset.onnx', irisOnnx({ opsets: [] }));
      await s.write('custom.onnx', irisOnnx({ opsets: [{ domain: '', version: 17 }, { domain: 'com.evil', version: 1 }], extraNodes: [{ opType: 'Backdoor', domain: 'com.evil', inputs: ['features'], outputs: ['x'] }] }));
      await s.write('unimported.onnx', irisOnnx({ extraNodes: [{ opType: 'Thing', domain: 'org.other', inputs: ['features'], outputs: ['y'] }] }));
      const r = await validatePaths(s.dir, ['ir.onnx', 'noopset.onnx', 'custom.onnx', 'unimported.onnx']);
      expect(errors(r.artifacts[0])).toContain('onnx/ir-version-unsupported');
      expect(errors(r.artifacts[1])).toContain('onnx/opset-import-missing');
      expect(rules(r.artifacts[2], 'warning')).toContain('onnx/custom-domain');
      expect(r.artifacts[2].verdict).toBe('pass');
      expect(errors(r.artifacts[3])).toContain('onnx/opset-import-missing');
      const allowed = await validatePaths(s.dir, ['custom.onnx'], { allowCustomOnnxDomains: ['com.evil'] });
      expect(rules(allowed.artifacts[0], 'note')).toContain('onnx/custom-domain');
      expect(rules(allowed.artifacts[0], 'warning')).not.toContain('onnx/custom-domain');
    } finally {
      await s.cleanup();
    }
  });
});
