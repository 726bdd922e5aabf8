// Action start-up: each bundle started with no inputs in an empty workspace (it loads, reads its inputs
// and stops) against bare `node -e 0`, interleaved so machine noise hits both alike. Target: <= 1.5x.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchRow, BenchSuite } from './harness.js';

const RUNS = 15;

function timeOnce(args: string[], env: NodeJS.ProcessEnv, cwd: string): number {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { env, cwd, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const suite: BenchSuite = {
  name: 'startup',
  async run() {
    const dist = path.resolve('dist');
    const bundles = readdirSync(dist).filter((d) => existsSync(path.join(dist, d, 'index.js')) && d !== 'cli');
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'ms-startup-'));
    const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace };
    const rows: BenchRow[] = [];
    for (const name of [...bundles, 'cli']) {
      const args = name === 'cli' ? [path.join(dist, 'cli/index.js'), '--version'] : [path.join(dist, name, 'index.js')];
      const ours: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        bare.push(timeOnce(['-e', '0'], env, workspace));
        ours.push(timeOnce(args, env, workspace));
      }
      const value = median(ours);
      const reference = median(bare);
      rows.push({ name: `dist/${name} start-up vs node -e 0`, value, reference, unit: 'ms', ratio: value / reference, target: { max: 1.5 } });
    }
    return rows;
  },
};
export default suite;
