/**
 * `modelship gate` with the A/B winner test: exit 3 (inconclusive) while the arms hold fewer outcomes than
 * the sample size computed up front, 0 once the candidate wins on enough of them, 1 when it loses — the
 * exit codes of every gate check (DESIGN.md, CLI contract).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../support/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-winner-'));
  await writeFile(
    path.join(dir, 'modelship.yml'),
    `version: 1\nmodels:\n  iris:\n    path: model.onnx\ngates:\n  ab-winner:\n    candidate: candidate.json\n    baseline: baseline.json\n    checks:\n      - metric: converted\n        direction: higher\n        change: { minAbsolute: 0 }\n        statistics: { method: twoProportion, minimumDetectableEffect: 0.02, baselineRate: 0.1 }\n`,
  );
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function arms(candidate: [number, number], baseline: [number, number]): Promise<void> {
  const leaf = ([x, n]: [number, number]) => ({ value: x / n, samples: Array.from({ length: n }, (_, i) => (i < x ? 1 : 0)) });
  await writeFile(path.join(dir, 'candidate.json'), JSON.stringify({ converted: leaf(candidate) }));
  await writeFile(path.join(dir, 'baseline.json'), JSON.stringify({ converted: leaf(baseline) }));
}

it('exits 3 while short, 0 when the candidate wins, 1 when it loses', async () => {
  await arms([250, 2000], [200, 2000]);
  let r = await cli(['gate', '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(3);
  const short = JSON.parse(r.stdout) as { verdict: string; checks: Array<{ reason: string }> };
  expect(short.verdict).toBe('inconclusive');
  expect(short.checks[0].reason).toMatch(/needs 3841 per arm/);

  await arms([500, 4000], [400, 4000]);
  r = await cli(['gate', '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(0);
  expect((JSON.parse(r.stdout) as { checks: Array<{ statistics: { requiredPerArm: number; method: string } }> }).checks[0].statistics).toMatchObject({ method: 'twoProportion', requiredPerArm: 3841 });

  await arms([380, 4000], [400, 4000]);
  r = await cli(['gate', '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(1);
});
