import { describe, expect, it } from '@jest/globals';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { listInputs } from '../../src/batch/inputs.js';
import { mergeShards } from '../../src/batch/merge.js';
import { ownsChunk, runBatch } from '../../src/batch/run.js';
import { IRIS_CSV, irisModel, settings, tempDir } from './helpers.js';

describe('shards and merge', () => {
  it('assigns every chunk to exactly one of N shards', () => {
    for (const count of [1, 2, 3, 7]) {
      for (let file = 0; file < 4; file++) {
        for (let chunk = 0; chunk < 20; chunk++) {
          const owners = Array.from({ length: count }, (_, index) => ownsChunk({ index, count }, file, chunk)).filter(Boolean);
          expect(owners).toHaveLength(1);
        }
      }
    }
  });

  it('3 shards cover the input once; the merge equals the unsharded run; duplicates and gaps are refused', async () => {
    const inputs = await listInputs(IRIS_CSV, process.cwd());
    const model = await irisModel();
    const whole = await tempDir();
    const single = await runBatch(model, settings({ inputs, outputDir: whole, chunkRows: 20 }));
    const dirs: string[] = [];
    for (let index = 0; index < 3; index++) {
      const dir = await tempDir(`shard-${index}-`);
      const { manifest } = await runBatch(model, settings({ inputs, outputDir: dir, chunkRows: 20, shard: { index, count: 3 } }));
      expect(manifest.inputs[0].rows).toBe(150);
      dirs.push(dir);
    }
    const merged = await tempDir('merged-');
    const { manifest, exitCode } = await mergeShards({ sources: dirs, outputDir: merged });
    expect(exitCode).toBe(0);
    expect(manifest.rows).toBe(150);
    expect(manifest.outputs.map((o) => [o.chunk, o.sha256, o.rows])).toEqual(single.manifest.outputs.map((o) => [o.chunk, o.sha256, o.rows]));
    // The merged manifest points at the shards' files.
    const firstOut = manifest.outputs[0];
    expect(await readFile(path.join(merged, firstOut.path))).toEqual(await readFile(path.join(whole, 'part-00000-000000.csv')));

    // Shard 1 run twice (a retried job): its second manifest arrives from another folder.
    const again = await tempDir('shard-1-again-');
    await runBatch(model, settings({ inputs, outputDir: again, chunkRows: 20, shard: { index: 1, count: 3 } }));
    await expect(mergeShards({ sources: [...dirs, again], outputDir: await tempDir() })).rejects.toThrow(/shard 1\/3 appears twice/);
    // A gap: shard 2 missing.
    await expect(mergeShards({ sources: dirs.slice(0, 2), outputDir: await tempDir() })).rejects.toThrow('shard 2/3 missing');
    // A tampered output file.
    const copy = await tempDir('tampered-');
    await cp(dirs[0], copy, { recursive: true });
    await cp(path.join(dirs[1], 'part-00000-000001.csv'), path.join(copy, 'part-00000-000000.csv'));
    await expect(mergeShards({ sources: [copy, dirs[1], dirs[2]], outputDir: await tempDir() })).rejects.toThrow(/part-00000-000000.csv: sha256 .* the manifest says/);
  });

  it('refuses shards scored with other model bytes', async () => {
    const inputs = await listInputs(IRIS_CSV, process.cwd());
    const a = await tempDir();
    const b = await tempDir();
    await runBatch(await irisModel(), settings({ inputs, outputDir: a, chunkRows: 50, shard: { index: 0, count: 2 } }));
    await runBatch(await irisModel('iris-degraded', '2.0.0'), settings({ inputs, outputDir: b, chunkRows: 50, shard: { index: 1, count: 2 } }));
    await expect(mergeShards({ sources: [a, b], outputDir: await tempDir() })).rejects.toThrow(/scored with iris 2.0.0 \(sha256/);
  });
});
