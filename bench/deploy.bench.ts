import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../src/deploy/atomic.js';
import { LocalProvider } from '../src/deploy/providers/local.js';
import { settledTraffic } from '../src/deploy/providers/provider.js';
import { sha256File } from '../src/deploy/atomic.js';
import { medianMs, type BenchSuite } from './harness.js';

/**
 * The local provider's safety costs against the unsafe baseline measured in the same run:
 * - routing.json written atomically (temp, fsync, rename, fsync dir) vs a plain writeFile;
 * - installing a 64 MiB version (copy + sha256 re-check + manifest + rename) vs copy + one sha256.
 */
const suite: BenchSuite = {
  name: 'deploy',
  async run() {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-bench-deploy-'));
    try {
      const body = JSON.stringify({ ...settledTraffic('1.0.0', null, 'direct'), schema: 1, model: 'iris', generation: 1 });
      const atomic = await medianMs(41, () => writeFileAtomic(path.join(dir, 'routing.json'), body));
      const plain = await medianMs(41, () => writeFile(path.join(dir, 'plain.json'), body));
      const artifact = path.join(dir, 'model.onnx');
      await writeFile(artifact, randomBytes(64 * 1024 * 1024));
      const sha256 = await sha256File(artifact);
      let n = 0;
      const install = await medianMs(5, async () => {
        const p = new LocalProvider(path.join(dir, `repo-${n++}`));
        await p.prepare({ environment: 'e', model: 'iris', log: () => {} }, { model: 'iris', version: '1.0.0', artifact, sha256, format: 'onnx' });
      });
      // The least a verified install must do: copy the bytes and hash the copy once.
      const copy = await medianMs(5, async () => {
        const to = path.join(dir, `copy-${n++}.onnx`);
        await copyFile(artifact, to);
        await sha256File(to);
      });
      return [
        { name: 'routing.json atomic write vs plain writeFile', value: atomic, reference: plain, unit: 'ms', ratio: atomic / plain, target: { max: 50 }, note: 'the two fsyncs dominate (milliseconds); paid once per traffic change, never per request' },
        { name: 'install 64 MiB version (copy + sha256 + manifest + rename) vs copy + one sha256 of the copy', value: install, reference: copy, unit: 'ms', ratio: install / copy, target: { max: 1.5 } },
      ];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
export default suite;
