import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveValidateSettings } from '../../src/validate/config.js';
import { validateArtifacts } from '../../src/validate/engine.js';
import { recordingProgress } from '../support/fake-terminal.js';
import { scratch } from './helpers.js';

const IRIS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris/models/iris-v1/model.onnx');

describe('validation progress', () => {
  it('reports the bytes of every file as they are hashed, large files chunk by chunk, then stops', async () => {
    const s = await scratch();
    try {
      const small = readFileSync(IRIS);
      await s.write('model/model.onnx', small);
      // Over the 64 MiB read-at-once size: streamed from the file, 4 MiB at a time (src/validate/hash.ts).
      const big = Buffer.alloc(66 * 1024 * 1024, 0x5a);
      await s.write('model/weights.bin', big);
      const progress = recordingProgress();
      const quiet = await validateArtifacts({ paths: ['model'], cwd: s.dir, settings: resolveValidateSettings(undefined) });
      const report = await validateArtifacts({ paths: ['model'], cwd: s.dir, settings: resolveValidateSettings(undefined), progress });
      // Reporting progress changes nothing in the report.
      expect(report).toEqual(quiet);

      const total = small.length + big.length;
      expect(progress.calls[0]).toEqual(['start', 'validate', total, 'bytes']);
      expect(progress.calls[progress.calls.length - 1]).toEqual(['stop']);
      const updates = progress.calls.filter((c): c is ['update', number, string | undefined] => c[0] === 'update');
      const values = updates.map((u) => u[1]);
      expect(values).toEqual([...values].sort((a, b) => a - b));
      expect(values[values.length - 1]).toBe(total);
      // Inside the large file: one step per 4 MiB read, each naming it.
      const inBig = updates.filter((u) => u[2] === 'model/weights.bin' && u[1] < total);
      expect(inBig.length).toBeGreaterThanOrEqual(Math.floor(big.length / (4 * 1024 * 1024)) - 1);
      expect(progress.calls.filter((c) => c[0] === 'start')).toHaveLength(1);
    } finally {
      await s.cleanup();
    }
  });

  it('counts a file named twice (on its own and in its folder) once, so the bar ends full', async () => {
    const s = await scratch();
    try {
      const model = readFileSync(IRIS);
      await s.write('model/model.onnx', model);
      const progress = recordingProgress();
      await validateArtifacts({ paths: ['model', 'model/model.onnx'], cwd: s.dir, settings: resolveValidateSettings(undefined), progress });
      expect(progress.calls[0]).toEqual(['start', 'validate', model.length, 'bytes']);
      expect(progress.calls[progress.calls.length - 2]).toEqual(['update', model.length, 'model/model.onnx']);
    } finally {
      await s.cleanup();
    }
  });

  it('shows nothing for a run refused before any file is read (a usage error)', async () => {
    const s = await scratch();
    try {
      const progress = recordingProgress();
      await expect(validateArtifacts({ paths: ['missing'], cwd: s.dir, settings: resolveValidateSettings(undefined), progress })).rejects.toThrow(/no such file or folder: missing/);
      // The paths are checked before anything is shown.
      expect(progress.calls).toEqual([]);
    } finally {
      await s.cleanup();
    }
  });
});
