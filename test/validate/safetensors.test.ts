import { describe, expect, it } from '@jest/globals';
import { errors, rules, scratch, validateOne, validatePaths } from './helpers.js';
import { assemble, healthySafetensors, hostileSafetensors, safetensorsFile } from './corpus/safetensors.js';

describe('safetensors', () => {
  it('passes a file laid out like the Rust writer, with details', async () => {
    const a = await validateOne('model.safetensors', healthySafetensors());
    expect(a.format).toBe('safetensors');
    expect(a.findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(a.verdict).toBe('pass');
    expect(a.details).toMatchObject({ tensors: 6, metadata: { format: 'pt' } });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  for (const h of hostileSafetensors()) {
    it(`fails ${h.name} with ${h.rule}`, async () => {
      const a = await validateOne('model.safetensors', h.data);
      expect(a.verdict).toBe('fail');
      expect(errors(a)).toContain(h.rule);
    });
  }

  it('warns on leading whitespace (accepted by the Rust reader, not by the spec)', async () => {
    const a = await validateOne('m.safetensors', assemble('  {"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}', Buffer.alloc(4)));
    expect(rules(a, 'warning')).toContain('safetensors/leading-whitespace');
    expect(a.verdict).toBe('pass');
  });

  it('points at the byte offset of a duplicate key', async () => {
    const a = await validateOne('m.safetensors', hostileSafetensors().find((h) => h.name === 'duplicate-key')!.data);
    const f = a.findings.find((x) => x.rule === 'safetensors/duplicate-key')!;
    expect(f.location?.offset).toBeGreaterThan(8);
  });

  it('checks a sharded index against its shards', async () => {
    const s = await scratch();
    try {
      await s.write('m/model-00001-of-00002.safetensors', safetensorsFile([{ name: 'a', dtype: 'F32', shape: [2] }]));
      await s.write('m/model-00002-of-00002.safetensors', safetensorsFile([{ name: 'b', dtype: 'F32', shape: [2] }, { name: 'c', dtype: 'F32', shape: [1] }]));
      const good = { metadata: { total_size: 20 }, weight_map: { a: 'model-00001-of-00002.safetensors', b: 'model-00002-of-00002.safetensors', c: 'model-00002-of-00002.safetensors' } };
      await s.write('m/model.safetensors.index.json', JSON.stringify(good));
      let report = await validatePaths(s.dir, ['m']);
      expect(report.verdict).toBe('pass');
      expect(report.artifacts.find((x) => x.path.endsWith('index.json'))!.format).toBe('safetensors-index');

      const bad = { weight_map: { a: 'model-00002-of-00002.safetensors', b: 'model-00002-of-00002.safetensors', d: 'missing.safetensors', e: '../../outside.safetensors' } };
      await s.write('m/model.safetensors.index.json', JSON.stringify(bad));
      report = await validatePaths(s.dir, ['m']);
      const idx = report.artifacts.find((x) => x.path.endsWith('index.json'))!;
      expect(errors(idx)).toEqual(expect.arrayContaining(['safetensors-index/tensor-missing', 'safetensors-index/tensor-unlisted', 'safetensors-index/missing-shard', 'safetensors-index/shard-path-escape']));
      expect(report.verdict).toBe('fail');
    } finally {
      await s.cleanup();
    }
  });

  it('reports a tensor stored in two shards', async () => {
    const s = await scratch();
    try {
      await s.write('m/s1.safetensors', safetensorsFile([{ name: 'a', dtype: 'F32', shape: [2] }]));
      await s.write('m/s2.safetensors', safetensorsFile([{ name: 'a', dtype: 'F32', shape: [2] }, { name: 'b', dtype: 'F32', shape: [1] }]));
      await s.write('m/model.safetensors.index.json', JSON.stringify({ weight_map: { a: 's1.safetensors', b: 's2.safetensors' } }));
      const report = await validatePaths(s.dir, ['m']);
      const idx = report.artifacts.find((x) => x.path.endsWith('index.json'))!;
      expect(errors(idx)).toEqual(expect.arrayContaining(['safetensors-index/tensor-in-several-shards', 'safetensors-index/tensor-unlisted']));
    } finally {
      await s.cleanup();
    }
  });
});
