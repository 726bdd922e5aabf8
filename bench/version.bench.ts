// `modelship version` cost, as ratios in one run:
//  - monorepo: planning every model of a repository of 200 models against one of 20 (bench/support/monorepo.ts:
//    copies of the example's model, each with its own card, a card edit since the last release): git is read
//    once for all models, so the time is nearly flat in the number of models (target <= 2; it was ~8 with five git processes per model);
//    a dry-run release the same way;
// and on a repository with a 64 MiB ONNX model:
//  - card-only change: the weights are compared by git blob id and never read, so the plan must cost less
//    than hashing the model once with sha256sum (a tool that re-hashes to find changes pays that at least);
//  - retrain: both versions are read (streamed to a temp file, hashed, signature read) against sha256sum of
//    both files — the floor for any tool that compares contents.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/core/config.js';
import { encodeModel } from '../src/core/onnx/encode.js';
import { GitPublisher } from '../src/version/git-publisher.js';
import { planVersions, releaseModels } from '../src/version/service.js';
import { medianMs, type BenchRow, type BenchSuite } from './harness.js';
import { buildMonorepo } from './support/monorepo.js';

const MIB = 64;

function model(seed: number): Uint8Array {
  const data = new Float32Array((MIB * 1024 * 1024) / 4).fill(seed);
  return encodeModel({
    graph: {
      nodes: [],
      inputs: [{ name: 'x', type: { elemType: 'float32', shape: ['batch', 4] } }],
      outputs: [{ name: 'y', type: { elemType: 'float32', shape: ['batch', 3] } }],
      initializers: [{ name: 'W', dims: [data.length], data }],
    },
  });
}

async function monorepoRows(root: string): Promise<BenchRow[]> {
  const few = await loadConfig(path.join(buildMonorepo(root, 20), 'modelship.yml'), { env: {} });
  const many = await loadConfig(path.join(buildMonorepo(root, 200), 'modelship.yml'), { env: {} });
  const plan = (loaded: typeof few) => planVersions(loaded, process.env, undefined);
  const release = (loaded: typeof few) => releaseModels(loaded, process.env, undefined, (r) => new GitPublisher(r.git, { push: false, remote: 'origin' }), { dryRun: true });
  if ((await plan(many)).some((p) => p.bump !== 'patch')) throw new Error('expected a patch for every model');
  const rows: BenchRow[] = [];
  // Alternate the two sizes so a change in the machine's load hits both alike.
  const planFew: number[] = [];
  const planMany: number[] = [];
  for (let round = 0; round < 3; round++) {
    planFew.push(await medianMs(1, () => plan(few)));
    planMany.push(await medianMs(1, () => plan(many)));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  rows.push({ name: 'version, 200 models vs 20 models', value: med(planMany), reference: med(planFew), unit: 'ms', ratio: med(planMany) / med(planFew), target: { max: 2 }, note: 'one for-each-ref, one ls-tree per commit, one log per release commit' });
  const relFew = await medianMs(3, () => release(few));
  const relMany = await medianMs(3, () => release(many));
  rows.push({ name: 'release --dry-run, 200 models vs 20 models', value: relMany, reference: relFew, unit: 'ms', ratio: relMany / relFew, target: { max: 2 }, note: 'every model rehearsed; one git status and one tag listing per run' });
  return rows;
}

const suite: BenchSuite = {
  name: 'version',
  async run() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ms-bench-version-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    try {
      git('init', '-q', '-b', 'main');
      git('config', 'user.name', 'bench');
      git('config', 'user.email', 'bench@example.com');
      writeFileSync(path.join(dir, 'modelship.yml'), 'version: 1\nmodels:\n  m:\n    path: model.onnx\n    card: README.md\n');
      writeFileSync(path.join(dir, 'model.onnx'), model(1));
      writeFileSync(path.join(dir, 'old.onnx'), model(1));
      writeFileSync(path.join(dir, 'README.md'), 'card');
      writeFileSync(path.join(dir, '.gitignore'), 'old.onnx\n');
      git('add', '-A');
      git('commit', '-q', '-m', 'v1');
      git('tag', '-a', '-m', 'm', 'm@v1.0.0');
      writeFileSync(path.join(dir, 'README.md'), 'card, edited');
      git('commit', '-q', '-am', 'card');
      const loaded = await loadConfig(path.join(dir, 'modelship.yml'), { env: {} });
      const plan = () => planVersions(loaded, process.env, 'm');
      if ((await plan())[0].bump !== 'patch') throw new Error('expected a patch');
      const sha = (...files: string[]) => execFileSync('sha256sum', files, { cwd: dir });
      const rows: BenchRow[] = await monorepoRows(dir);
      const cardOurs = await medianMs(5, plan);
      const cardRef = await medianMs(5, () => sha('model.onnx'));
      rows.push({ name: `version, card-only change, ${MIB} MiB model, vs sha256sum of the model`, value: cardOurs, reference: cardRef, unit: 'ms', ratio: cardOurs / cardRef, target: { max: 1 }, note: 'weights compared by blob id, never read' });

      writeFileSync(path.join(dir, 'model.onnx'), model(2));
      git('commit', '-q', '-am', 'retrain');
      if ((await plan())[0].bump !== 'minor') throw new Error('expected a minor');
      const ours = await medianMs(5, plan);
      const ref = await medianMs(5, () => sha('model.onnx', 'old.onnx'));
      rows.push({ name: `version, retrain, ${MIB} MiB model, vs sha256sum of both versions`, value: ours, reference: ref, unit: 'ms', ratio: ours / ref, target: { max: 3 }, note: 'both blobs streamed from git, hashed, signatures read' });
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default suite;
