import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runDemo } from '../../src/demo/pipeline.js';
import { recordingProgress } from '../support/fake-terminal.js';

type Steps = NonNullable<Parameters<typeof runDemo>[0]['steps']>;

describe('demo progress', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-demo-progress-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('reports each step as it starts, a failing step included, then all done and stops', async () => {
    const steps: Steps = [
      { id: 'one', title: 'validate the models', run: async () => ({ ok: true, summary: 'fine' }) },
      {
        id: 'two',
        title: 'a step that throws',
        run: async () => {
          throw new Error('boom');
        },
      },
      { id: 'three', title: 'deploy', run: async () => ({ ok: true, summary: 'deployed' }) },
    ];
    const progress = recordingProgress();
    const report = await runDemo({ workDir: path.join(dir, 'run'), log: () => {}, steps, progress });
    expect(report.steps.map((s) => s.ok)).toEqual([true, false, true]);
    expect(progress.calls).toEqual([
      ['start', 'demo', 3, 'steps'],
      ['update', 0, 'validate the models'],
      ['update', 1, 'a step that throws'],
      ['update', 2, 'deploy'],
      ['update', 3, undefined],
      ['stop'],
    ]);
  });
});
