import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { createRandom } from '../../src/core/stats/random.js';
import { cli } from '../support/cli.js';

/** The drift report written by `monitor drift --output` is a metric source for gates: "no drift on staging". */
describe('drift report as a gate metric source', () => {
  it('a gate on share and drift passes on stable data and fails on shifted data', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'monitor-gate-'));
    const csv = (seed: string, shift: number) => {
      const r = createRandom(seed);
      return `a,b\n${Array.from({ length: 300 }, () => `${(r.normal() + shift).toFixed(4)},${r.normal().toFixed(4)}`).join('\n')}\n`;
    };
    await writeFile(path.join(dir, 'reference.csv'), csv('ref', 0));
    await writeFile(path.join(dir, 'stable.csv'), csv('stable', 0));
    await writeFile(path.join(dir, 'shifted.csv'), csv('shifted', 1));
    await writeFile(
      path.join(dir, 'modelship.yml'),
      `version: 1
gates:
  no-drift:
    candidate: drift.json
    checks:
      - metric: share
        direction: lower
        value: { max: 0.3 }
      - metric: prediction.share
        direction: lower
        value: { max: 0 }
`,
    );
    for (const [current, verdict, code] of [['stable.csv', 'pass', 0], ['shifted.csv', 'fail', 1]] as const) {
      await cli(['monitor', 'drift', '--reference', 'reference.csv', '--current', current, '--output', 'drift.json'], { cwd: dir });
      const gate = await cli(['gate', 'no-drift', '--format', 'json'], { cwd: dir });
      expect(gate.stderr).toBe('');
      expect([gate.code, JSON.parse(gate.stdout).verdict]).toEqual([code, verdict]);
    }
  });
});
