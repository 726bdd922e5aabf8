// Start-up: each action bundle started with no inputs in an empty workspace (it loads, reads its inputs and
// stops), and the CLI as installed (its launcher, dist/cli/modelship.cjs) on `--version`, `--help`, `config check` of the example and `<command> --help` for every
// top-level command, each against bare `node -e 0`, interleaved (one of each in turn) so machine noise hits
// both alike. Target (#26): <= 1.3x for every command and bundle.
// The floor row starts an empty ES module: every bundle is one (ncc's output for this ESM source), and Node's
// ES-module loader costs that much before any of our code runs.
// The environment is cleared to PATH and the runner's folders: NODE_EXTRA_CA_CERTS alone (a certificate bundle
// node parses at every start) makes `node -e 0` several times slower and every ratio look better than it is.
// MODELSHIP_BENCH_DIST=<folder> measures bundles built elsewhere than dist/ (`<folder>/<name>/index.js`, the CLI
// at `<folder>/cli/modelship.cjs`); MODELSHIP_BENCH_CLI=<file> another CLI launcher (its bundle beside it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMANDS } from '../src/cli/commands/index.js';
import type { BenchRow, BenchSuite } from './harness.js';

const RUNS = 21;
const TARGET = 1.3;

function timeOnce(args: string[], env: NodeJS.ProcessEnv, cwd: string): number {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { env, cwd, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The top-level command names, from the CLI's own command table, so a new command gets its row. */
const commandNames = (): string[] => COMMANDS.flatMap((group) => Object.keys(group.commands));

const suite: BenchSuite = {
  name: 'startup',
  async run() {
    const dist = path.resolve(process.env.MODELSHIP_BENCH_DIST ?? 'dist');
    // The package's `modelship` is the launcher (src/cli/launcher.cjs): it answers --version and help from
    // the build's recording and hands the rest to the bundle; the bundle's own rows show what it saves.
    const cli = path.resolve(process.env.MODELSHIP_BENCH_CLI ?? path.join(dist, 'cli/modelship.cjs'));
    const bundle = path.join(path.dirname(cli), 'index.js');
    const bundles = readdirSync(dist).filter((d) => existsSync(path.join(dist, d, 'index.js')) && d !== 'cli');
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'ms-startup-'));
    const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace };
    // Beside the workspace, not in it: the actions look there.
    const emptyModule = path.join(mkdtempSync(path.join(os.tmpdir(), 'ms-startup-floor-')), 'empty.mjs');
    writeFileSync(emptyModule, '');
    const runs: { name: string; args: string[] }[] = [
      { name: 'floor: an empty ES module', args: [emptyModule] },
      ...bundles.map((name) => ({ name: `dist/${name}`, args: [path.join(dist, name, 'index.js')] })),
      { name: 'cli --version', args: [cli, '--version'] },
      { name: 'cli --help', args: [cli, '--help'] },
      { name: 'cli bundle --version (no launcher)', args: [bundle, '--version'] },
      { name: 'cli bundle --help (no launcher)', args: [bundle, '--help'] },
      // The one command here that does its work: YAML parse, schema validation, cross-checks, YAML print.
      { name: 'cli config check (example)', args: [cli, 'config', 'check', '--config', path.resolve('examples/iris/modelship.yml')] },
      ...commandNames().map((name) => ({ name: `cli ${name} --help`, args: [cli, name, '--help'] })),
    ];
    const rows: BenchRow[] = [];
    for (const { name, args } of runs) {
      const ours: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        bare.push(timeOnce(['-e', '0'], env, workspace));
        ours.push(timeOnce(args, env, workspace));
      }
      // The ratio is taken pair by pair (each run over the bare run just before it) and its median reported: a
      // machine whose speed drifts during the suite moves both halves of a pair alike.
      const ratio = median(ours.map((t, i) => t / bare[i]));
      rows.push({ name: `${name} start-up vs node -e 0`, value: median(ours), reference: median(bare), unit: 'ms', ratio, target: { max: TARGET } });
    }
    return rows;
  },
};
export default suite;
