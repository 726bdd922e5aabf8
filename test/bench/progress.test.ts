import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { resolveBenchSettings } from '../../src/bench/config.js';
import { runBenchmark } from '../../src/bench/run.js';
import { recordingProgress } from '../support/fake-terminal.js';
import { noisyRunner } from './support/noisy-runner.js';
import { tempProject, type TempProject } from './support/project.js';

describe('benchmark progress', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject({ m: {}, n: {} });
  });
  afterAll(async () => project.cleanup());

  it('counts every trial of every model and batch size, with a baseline pair counted once, then stops', async () => {
    const settings = resolveBenchSettings(project.loaded, { trials: 4, batchSizes: [1, 8] });
    const progress = recordingProgress();
    const report = await runBenchmark({
      settings,
      loaded: project.loaded,
      models: ['m', 'n'],
      cwd: project.dir,
      env: { GITHUB_SHA: 'simulated' },
      baseline: { kind: 'model', path: project.file('m.onnx') },
      runner: noisyRunner('progress'),
      progress,
    });
    expect(report.results.filter((r) => r.role === 'candidate')).toHaveLength(4);
    expect(progress.calls[0]).toEqual(['start', 'bench', 2 * 2 * 4, 'trials']);
    const updates = progress.calls.filter((c) => c[0] === 'update');
    expect(updates.map((u) => u[1])).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(updates[0]).toEqual(['update', 1, 'm batch 1']);
    expect(updates[15]).toEqual(['update', 16, 'n batch 8']);
    expect(progress.calls[progress.calls.length - 1]).toEqual(['stop']);
  });

  it('stops the display when a run fails', async () => {
    const settings = resolveBenchSettings(project.loaded, { trials: 3, batchSizes: [1] });
    const progress = recordingProgress();
    const failing = { ...noisyRunner('fails'), open: async () => Promise.reject(new Error('cannot load')) };
    await expect(runBenchmark({ settings, loaded: project.loaded, models: ['m'], cwd: project.dir, env: {}, runner: failing, progress })).rejects.toThrow(/cannot load/);
    expect(progress.calls).toEqual([['start', 'bench', 3, 'trials'], ['stop']]);
  });
});
