import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Verdict } from './result.js';

/**
 * A TFX-compatible blessing: a folder holding an empty `BLESSED` or `NOT_BLESSED` file, as TFX's Evaluator
 * writes its ModelBlessing artifact, plus `blessing.json` with the `blessed` property (1/0) and the verdict.
 * Only a pass blesses: fail and inconclusive both write NOT_BLESSED.
 */
export interface Blessing {
  blessed: 0 | 1;
  verdict: Verdict;
  gates: Array<{ gate: string; verdict: Verdict; reason: string }>;
  createdAt: string;
}

export async function writeBlessing(dir: string, verdict: Verdict, gates: Blessing['gates'], now = new Date()): Promise<Blessing> {
  const blessed = verdict === 'pass' ? 1 : 0;
  await mkdir(dir, { recursive: true });
  // BLESSED goes first and comes back last: an interrupted write leaves the model not blessed, never wrongly blessed.
  await rm(path.join(dir, 'BLESSED'), { force: true });
  const blessing: Blessing = { blessed, verdict, gates, createdAt: now.toISOString() };
  const tmp = path.join(dir, `.blessing.json.${process.pid}.tmp`);
  await writeFile(tmp, `${JSON.stringify(blessing, null, 2)}\n`);
  await rename(tmp, path.join(dir, 'blessing.json'));
  await rm(path.join(dir, blessed ? 'NOT_BLESSED' : 'BLESSED'), { force: true });
  await writeFile(path.join(dir, blessed ? 'BLESSED' : 'NOT_BLESSED'), '');
  return blessing;
}
