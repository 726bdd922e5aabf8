// `modelship version` cost on a repository with a 64 MiB ONNX model, as ratios in one run:
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
import { planVersions } from '../src/version/service.js';
import { medianMs, type BenchRow, type BenchSuite } from './harness.js';

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
      const rows: BenchRow[] = [];
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
