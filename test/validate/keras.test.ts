import { describe, expect, it } from '@jest/globals';
import { errors, rules, validateOne } from './helpers.js';
import { h5Lambda, hdf5File, legacyH5Config } from './corpus/hdf5.js';
import { hostileKeras, kerasFile } from './corpus/keras.js';

describe('keras v3', () => {
  it('passes a model without Lambda layers', async () => {
    const a = await validateOne('model.keras', kerasFile());
    expect(a.format).toBe('keras');
    expect(a.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(a.verdict).toBe('pass');
  });
  for (const h of hostileKeras()) {
    it(`fails ${h.name} with ${h.rule}`, async () => {
      const a = await validateOne('model.keras', h.data);
      expect(a.verdict).toBe('fail');
      expect(errors(a)).toContain(h.rule);
    });
  }
  it('names the member and the pointer of a nested Lambda', async () => {
    const a = await validateOne('model.keras', hostileKeras().find((h) => h.name === 'lambda-nested')!.data);
    const f = a.findings.find((x) => x.rule === 'keras/lambda-layer')!;
    expect(f.location?.member).toBe('config.json');
    expect(f.location?.pointer).toContain('layers');
  });
});

describe('hdf5', () => {
  it('passes weights-only and Lambda-free H5 models', async () => {
    expect((await validateOne('w.h5', hdf5File())).verdict).toBe('pass');
    const a = await validateOne('model.h5', hdf5File(legacyH5Config([])));
    expect(a.verdict).toBe('pass');
    expect(a.details?.kerasConfigs).toBe(1);
  });
  it('fails an H5 model with a Lambda layer', async () => {
    const a = await validateOne('model.h5', hdf5File(legacyH5Config([h5Lambda])));
    expect(errors(a)).toContain('keras/lambda-layer');
  });
  it('fails a truncated H5 file by its superblock', async () => {
    const a = await validateOne('model.h5', hdf5File(undefined, 4096).subarray(0, 1000));
    expect(errors(a)).toContain('hdf5/truncated');
  });
  it('finds a config split across stream chunks', async () => {
    // Place the JSON at the end of a file larger than one stream chunk (8 MiB) so the needle straddles it.
    const big = hdf5File(undefined, 8 * 1024 * 1024 + 4096);
    Buffer.from(JSON.stringify(legacyH5Config([h5Lambda]))).copy(big, 8 * 1024 * 1024 - 5);
    const a = await validateOne('big.h5', big);
    expect(errors(a)).toContain('keras/lambda-layer');
    expect(rules(a)).not.toContain('hdf5/no-model-config');
  });
});
