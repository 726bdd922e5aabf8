// Monorepos (issue #26 item 3): `validate`, `gate` and `score` on a repository of 200 models against one of 20
// (bench/support/monorepo.ts: copies of the example's iris model, each with its own card, metrics, entry in
// modelship.yml and gate, whose baseline is its files at its release tag).
//  - whole process (the CLI bundle, as a user runs it), 200 vs 20 models: target <= 2. What still grows with
//    the models is real work: reading modelship.yml (its text grows by ~700 bytes a model; read by js-yaml's
//    event stream with positions, src/core/yaml-source.ts, 4-5x faster than the `yaml` document it replaced),
//    validating it against the schema, then opening, hashing and parsing each model (four files at a time,
//    src/validate/lanes.ts), reading each gate's files. Git no longer does: a gate run starts two git
//    processes whatever the number of gates.
//  - in process, so the parts can be told apart: modelship.yml parsed, 200 vs 20 (linear in the text: target
//    1.5x the ratio of the texts, the larger heap's garbage collection included); validation of the configured models per model against the floor of any
//    validator (reading and hashing each file); every gate, 200 vs 20 (each gate's work is its own: linear,
//    target 1.25x the ratio of the models; it was 12.6x with six git processes a gate).
// MODELSHIP_BENCH_CLI=<file> measures another CLI bundle than dist/cli/index.js (one built into a temp folder).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, parseConfig, type LoadedConfig } from '../src/core/config.js';
import { runGate } from '../src/gate/run.js';
import { runValidation } from '../src/validate/run.js';
import { medianMs, type BenchRow, type BenchSuite } from './harness.js';
import { buildMonorepo } from './support/monorepo.js';

const FEW = 20;
const MANY = 200;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/** Median of `rounds` timings of each, alternated so a change in the machine's load hits both alike. */
async function alternate(rounds: number, a: () => unknown, b: () => unknown): Promise<{ a: number; b: number }> {
  await a();
  await b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    as.push(await medianMs(1, a));
    bs.push(await medianMs(1, b));
  }
  return { a: median(as), b: median(bs) };
}

function runCli(cli: string, cwd: string, args: string[]): void {
  const r = spawnSync(process.execPath, [cli, ...args, '--format', 'json'], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH } });
  if (r.status !== 0) throw new Error(`modelship ${args.join(' ')} in ${cwd} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
}

const suite: BenchSuite = {
  name: 'monorepo',
  async run() {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ms-bench-monorepo-'));
    try {
      const [fewDir, manyDir] = [buildMonorepo(root, FEW), buildMonorepo(root, MANY)];
      const [few, many] = await Promise.all([fewDir, manyDir].map((d) => loadConfig(path.join(d, 'modelship.yml'), { env: {} })));
      const texts = [few, many].map((l) => readFileSync(l.file, 'utf8'));
      const gate = await runGate(many, undefined);
      if (gate.verdict !== 'pass' || gate.gates.length !== MANY || gate.checks.some((c) => c.kind === 'change' && c.baseline === null)) throw new Error('expected every gate to pass against its tag');
      const rows: BenchRow[] = [];
      const row = (name: string, t: { a: number; b: number }, max: number, note: string) =>
        rows.push({ name, value: t.a, reference: t.b, unit: 'ms', ratio: t.a / t.b, target: { max }, note });

      const cli = path.resolve(process.env.MODELSHIP_BENCH_CLI ?? 'dist/cli/index.js');
      for (const command of ['validate', 'gate', 'score']) {
        row(`${command}, whole process, ${MANY} models vs ${FEW}`, await alternate(5, () => runCli(cli, manyDir, [command]), () => runCli(cli, fewDir, [command])), 2, `${path.relative(process.cwd(), cli)}; what grows is per-model work: the rows below`);
      }

      const parse = await alternate(5, () => parseConfig(texts[1], many.file, { env: {} }), () => parseConfig(texts[0], few.file, { env: {} }));
      row(`modelship.yml parse, ${MANY} models vs ${FEW}`, parse, (1.5 * texts[1].length) / texts[0].length, `${texts[1].length} vs ${texts[0].length} characters; ${(parse.a / MANY).toFixed(2)} ms a model`);

      const files = Object.values(many.config.models).map((m) => many.resolvePath(m.path, []));
      const validate = await alternate(5, () => runValidation({ paths: [], cwd: many.root, loaded: many }), async () => {
        for (const f of files) createHash('sha256').update(await readFile(f)).digest('hex');
      });
      row(`validate, ${MANY} models, vs reading and hashing each model file`, validate, 25, `${(validate.a / MANY).toFixed(2)} ms a model: open, fstat before and after, hash, ONNX structure and signature`);

      row(`gate, every gate, ${MANY} models vs ${FEW}`, await alternate(3, () => runGate(many, undefined), () => runGate(few, undefined)), (1.25 * MANY) / FEW, 'four metrics files a gate (two from git at its tag), bootstrap-free checks; git started twice a run');
      return rows;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
export default suite;
