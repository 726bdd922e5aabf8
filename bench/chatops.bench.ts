// Comment commands: every comment on every pull request starts the action, so an ordinary comment must cost
// about a bare node start; and the grammar must stay linear on hostile input. Ratios against references
// measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseComment } from '../src/chatops/grammar.js';
import { medianMs, type BenchRow, type BenchSuite } from './harness.js';

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeOnce(args: string[], env: NodeJS.ProcessEnv, cwd: string): number {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { env, cwd, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const suite: BenchSuite = {
  name: 'chatops',
  async run() {
    const rows: BenchRow[] = [];
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'ms-bench-chatops-'));
    try {
      writeFileSync(path.join(workspace, 'modelship.yml'), 'version: 1\nmodels: { iris: { path: m.onnx } }\nenvironments: { staging: {} }\n');
      const event = path.join(workspace, 'event.json');
      writeFileSync(event, JSON.stringify({ action: 'created', issue: { number: 1, pull_request: {} }, comment: { id: 1, body: 'Looks good to me', user: { login: 'octocat' } } }));
      const env = {
        PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'acme/models', 'INPUT_GITHUB-TOKEN': 'ghs_bench', GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_OUTPUT: path.join(workspace, 'out'), GITHUB_STEP_SUMMARY: path.join(workspace, 'sum'),
      };
      writeFileSync(env.GITHUB_OUTPUT, '');
      writeFileSync(env.GITHUB_STEP_SUMMARY, '');
      const ours: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        bare.push(timeOnce(['-e', '0'], env, workspace));
        ours.push(timeOnce([path.resolve('dist/chatops/index.js')], env, workspace));
      }
      rows.push({ name: 'dist/chatops on an ordinary comment vs node -e 0', value: median(ours), reference: median(bare), unit: 'ms', ratio: median(ours) / median(bare), target: { max: 2.0 }, note: 'dismissed before the configuration, Octokit or the engine load; the rest is the shared action runtime' });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }

    // Hostile input: a 500-character first line of metacharacters, against splitting the same line on spaces.
    const ctx = { models: ['iris'], environments: ['staging', 'production'] };
    const lines = Array.from({ length: 2000 }, (_, i) => `/lock staging ${'a$(b)`;| '.repeat(45).slice(0, 440)}${i}`);
    const ourMs = await medianMs(9, () => lines.forEach((l) => parseComment(l, ctx)));
    const refMs = await medianMs(9, () => lines.forEach((l) => l.trim().split(/\s+/).map((t) => /^[a-z0-9][a-z0-9._-]*$/.test(t))));
    rows.push({ name: 'parse 2000 hostile 450-char commands vs split+regex of the same lines', value: ourMs, reference: refMs, unit: 'ms', ratio: ourMs / refMs, target: { max: 10 } });
    return rows;
  },
};
export default suite;
