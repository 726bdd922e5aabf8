// A gate per model in a monorepo, each with its baseline at the model's release tag (issue #26 item 3): the
// git processes of one `gate` run do not grow with the number of gates (it was six per gate: a rev-parse of
// the repository, one of the ref and a cat-file for each of two baseline files).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../src/core/config.js';
import { runGate } from '../../src/gate/run.js';

const sh = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

let tmp: string;
let log: string;
const savedPath = process.env.PATH;

/** A repository of `n` models, each with a gate comparing its metrics with those at its tag (accuracy 0.9 -> 0.95). */
function monorepo(n: number): string {
  const dir = path.join(tmp, `mono-${n}`);
  mkdirSync(dir);
  sh(dir, 'init', '-q', '-b', 'main');
  sh(dir, 'config', 'user.name', 'Test');
  sh(dir, 'config', 'user.email', 'test@example.com');
  sh(dir, 'config', 'commit.gpgsign', 'false');
  let config = 'version: 1\nmodels:\n';
  let gates = 'gates:\n';
  for (let i = 1; i <= n; i++) {
    mkdirSync(path.join(dir, `m${i}`));
    writeFileSync(path.join(dir, `m${i}/model.onnx`), '');
    writeFileSync(path.join(dir, `m${i}/metrics.json`), '{"accuracy": 0.9, "f1": 0.8}');
    writeFileSync(path.join(dir, `m${i}/extra.json`), '{"latency": 10}');
    config += `  m${i}: { path: m${i}/model.onnx }\n`;
    gates += `  m${i}:\n    candidate: [m${i}/metrics.json, m${i}/extra.json]\n`;
    gates += `    baseline: [{ file: m${i}/metrics.json, ref: "m${i}@v1.0.0" }, "m${i}/extra.json@m${i}@v1.0.0"]\n`;
    gates += '    checks:\n      - { metric: accuracy, direction: higher, change: { minAbsolute: 0.01 } }\n      - { metric: latency, direction: lower, change: { maxRelative: 0.1 } }\n';
  }
  writeFileSync(path.join(dir, 'modelship.yml'), config + gates);
  sh(dir, 'add', '-A');
  sh(dir, 'commit', '-q', '-m', 'models');
  for (let i = 1; i <= n; i++) sh(dir, 'tag', '-a', '-m', 'r', `m${i}@v1.0.0`);
  for (let i = 1; i <= n; i++) writeFileSync(path.join(dir, `m${i}/metrics.json`), '{"accuracy": 0.95, "f1": 0.8}');
  sh(dir, 'commit', '-q', '-am', 'retrain');
  return dir;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ms-gate-monorepo-'));
  // git on PATH is a script that logs each start, then runs the real git: every process counts, whoever starts it.
  const shim = path.join(tmp, 'bin');
  log = path.join(tmp, 'git.log');
  mkdirSync(shim);
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(shim, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(path.join(shim, 'git'), 0o755);
  process.env.PATH = `${shim}${path.delimiter}${savedPath}`;
});

afterAll(() => {
  process.env.PATH = savedPath;
  rmSync(tmp, { recursive: true, force: true });
});

async function gateCounting(dir: string): Promise<{ processes: number; verdict: string; baselines: number }> {
  const file = path.join(dir, 'modelship.yml');
  const loaded = parseConfig(readFileSync(file, 'utf8'), file, { env: {} });
  writeFileSync(log, '');
  const run = await runGate(loaded, undefined);
  const processes = readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
  return { processes, verdict: run.verdict, baselines: run.checks.filter((c) => c.baseline !== null).length };
}

test('git processes of a gate run over 2 and over 20 models are the same few', async () => {
  const few = await gateCounting(monorepo(2));
  const many = await gateCounting(monorepo(20));
  // Every change check found its baseline at the tag, and passed (accuracy rose, latency unchanged).
  expect(few).toMatchObject({ verdict: 'pass', baselines: 2 * 2 });
  expect(many).toMatchObject({ verdict: 'pass', baselines: 20 * 2 });
  // One rev-parse for the repository, one cat-file --batch for every ref and file.
  expect(few.processes).toBe(2);
  expect(many.processes).toBe(few.processes);
});

test('gates run several at a time but report, and fail, in the order of the file', async () => {
  const dir = path.join(tmp, 'order');
  mkdirSync(dir);
  let text = 'version: 1\nmodels:\n';
  let gates = 'gates:\n';
  for (let i = 1; i <= 12; i++) {
    // Every third model falls short of its gate.
    writeFileSync(path.join(dir, `m${i}.json`), JSON.stringify({ accuracy: i % 3 === 0 ? 0.4 : 0.5 + i / 100 }));
    text += `  m${i}: { path: m${i}.onnx }\n`;
    gates += `  g${i}: { candidate: m${i}.json, checks: [{ metric: accuracy, direction: higher, value: { min: 0.5 } }] }\n`;
  }
  const file = path.join(dir, 'modelship.yml');
  const run = await runGate(parseConfig(text + gates, file, { env: {} }), undefined);
  expect(run.gates.map((g) => g.gate)).toEqual(Array.from({ length: 12 }, (_, i) => `g${i + 1}`));
  expect(run.gates.map((g) => g.verdict)).toEqual(Array.from({ length: 12 }, (_, i) => ((i + 1) % 3 === 0 ? 'fail' : 'pass')));
  expect(run.checks.map((c) => c.gate)).toEqual(run.gates.map((g) => g.gate));
  expect(run.verdict).toBe('fail');

  // Two gates refused by their configuration: the first in the file is the one reported, as one at a time.
  const refused = `${text}gates:\n  ok: { candidate: m1.json, checks: [{ metric: accuracy, direction: higher, value: { min: 0.5 } }] }\n  first: { model: m2, checks: [{ metric: accuracy, direction: higher, value: { min: 0.5 } }] }\n  second: { model: m3, checks: [{ metric: accuracy, direction: higher, value: { min: 0.5 } }] }\n`;
  await expect(runGate(parseConfig(refused, file, { env: {} }), undefined)).rejects.toThrow('model "m2" has no metrics file');
});
