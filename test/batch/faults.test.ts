import { describe, expect, it } from '@jest/globals';
import { readdir } from 'node:fs/promises';
import { listInputs } from '../../src/batch/inputs.js';
import { nodeFs, type BatchFs } from '../../src/batch/fs-port.js';
import { runBatch } from '../../src/batch/run.js';
import { IRIS_CSV, irisModel, settings, snapshot, tempDir } from './helpers.js';

class Killed extends Error {}

describe('batch run faults', () => {
  it('a run killed after 2 chunks, resumed, gives byte-identical output to an uninterrupted run', async () => {
    const inputs = await listInputs(IRIS_CSV, process.cwd());
    const model = await irisModel();
    const clean = await tempDir();
    await runBatch(model, settings({ inputs, outputDir: clean, chunkRows: 20 }));

    const out = await tempDir();
    await expect(runBatch(model, settings({ inputs, outputDir: out, chunkRows: 20 }), { afterCommit: (n) => { if (n === 2) throw new Killed('killed'); } })).rejects.toThrow('killed');
    const partial = (await readdir(out)).filter((n) => n.startsWith('part-'));
    expect(partial.length).toBeGreaterThanOrEqual(2);
    expect(partial.length).toBeLessThan(8);
    let rescored = 0;
    const resumed = await runBatch(model, settings({ inputs, outputDir: out, chunkRows: 20, resume: true }), {
      engine: async (m) => {
        const { openOnnxEngine } = await import('../../src/batch/inference.js');
        const inner = await openOnnxEngine(m.name, m.version, m.sha256, m.bytes, { workers: 1 });
        return { run: (i, o) => { rescored += i[0].dims[0]; return inner.run(i, o); }, close: () => inner.close() };
      },
    });
    expect(resumed.manifest.resumedChunks).toBe(2);
    expect(rescored).toBe(150 - 40); // the two committed chunks are not scored again
    expect(await snapshot(out)).toEqual(await snapshot(clean));
    expect(resumed.manifest.outputs).toEqual((await import(`${clean}/manifest.json`, { with: { type: 'json' } })).default.outputs);
  });

  it('a write failure (disk full) renames no partial output into place; resume completes it identically', async () => {
    const inputs = await listInputs(IRIS_CSV, process.cwd());
    const model = await irisModel();
    const clean = await tempDir();
    await runBatch(model, settings({ inputs, outputDir: clean, chunkRows: 20 }));
    const out = await tempDir();
    let writes = 0;
    const full: BatchFs = {
      ...nodeFs,
      async writeDurable(file, data) {
        if (file.includes('part-00000-000003')) {
          writes++;
          // Half the bytes reach the disk, then ENOSPC: the temp file exists, partial.
          await nodeFs.writeDurable(file, Buffer.from(data).subarray(0, Math.floor(Buffer.from(data).length / 2)));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        }
        return nodeFs.writeDurable(file, data);
      },
    };
    await expect(runBatch(model, settings({ inputs, outputDir: out, chunkRows: 20 }), { fs: full })).rejects.toThrow('ENOSPC');
    expect(writes).toBe(1);
    const names = await readdir(out);
    expect(names).not.toContain('part-00000-000003.csv');
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(names).not.toContain('manifest.json');
    await runBatch(model, settings({ inputs, outputDir: out, chunkRows: 20, resume: true }));
    expect(await snapshot(out)).toEqual(await snapshot(clean));
  });

  it('a resume with another model is refused, and keeps what was there', async () => {
    const inputs = await listInputs(IRIS_CSV, process.cwd());
    const out = await tempDir();
    await expect(runBatch(await irisModel(), settings({ inputs, outputDir: out, chunkRows: 20 }), { afterCommit: (n) => { if (n === 1) throw new Killed('killed'); } })).rejects.toThrow('killed');
    const before = await snapshot(out);
    await expect(runBatch(await irisModel('iris-degraded', '2.1.0'), settings({ inputs, outputDir: out, chunkRows: 20, resume: true }))).rejects.toThrow('cannot resume');
    expect(await snapshot(out)).toEqual(before);
  });
});
