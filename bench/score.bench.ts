// ML Test Score on a large repository: 40 workflows, 2,000 test files, 6,000 other files. Reference: the
// least any scorer must do — walk the tree and read every workflow and test file — in the same run.
// Target: scoring (walk, YAML parsing, test scanning, evidence, detection) within 3x of that bare I/O.
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../src/core/config.js';
import { scoreRepository } from '../src/score/evaluate.js';
import { WorkingTree } from '../src/score/repo/working-tree.js';
import { isTestFile } from '../src/score/test-index.js';
import { medianMs, type BenchSuite } from './harness.js';

async function build(root: string): Promise<void> {
  const write = async (rel: string, text: string) => {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), text);
  };
  await write('modelship.yml', 'version: 1\nmodels:\n  m: { path: m.onnx }\nscore:\n  tests:\n    data-7:\n      automated: { tests: { paths: ["tests/**"], names: ["test_data_7_*"] } }\n');
  for (let i = 0; i < 40; i++) {
    await write(`.github/workflows/w${i}.yml`, `on: [push, pull_request]\njobs:\n${Array.from({ length: 5 }, (_, j) => `  j${j}:\n    needs: [${j > 0 ? `j${j - 1}` : ''}]\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - run: python -m pytest tests/p${j}\n      - uses: acme/modelship/actions/benchmark@v1\n`).join('')}`.replace(/needs: \[\]\n/g, ''));
  }
  for (let i = 0; i < 1000; i++) {
    await write(`tests/p${i % 10}/test_m${i}.py`, Array.from({ length: 20 }, (_, j) => `@pytest.mark.ml_test_score("model-${(j % 7) + 1}")\ndef test_data_${(j % 7) + 1}_case_${i}_${j}():\n    assert compute(${j}) == ${j}\n`).join('\n'));
    await write(`web/src/c${i}.test.ts`, Array.from({ length: 20 }, (_, j) => `it('[infra-${(j % 7) + 1}] case ${j}', () => { expect(f(${j})).toBe(${j}); });`).join('\n'));
  }
  for (let i = 0; i < 6000; i++) await write(`src/pkg${i % 50}/mod${i}.py`, `def f${i}(x):\n    return x\n`);
}

async function bareIo(root: string): Promise<number> {
  let bytes = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(rel);
      else if (rel.startsWith('.github/workflows/') || isTestFile(rel)) bytes += (await readFile(path.join(root, rel))).length;
    }
  };
  await walk('');
  return bytes;
}

const suite: BenchSuite = {
  name: 'score',
  async run() {
    const root = mkdtempSync(path.join(os.tmpdir(), 'ms-score-bench-'));
    try {
      await build(root);
      const loaded = parseConfig(await readFile(path.join(root, 'modelship.yml'), 'utf8'), path.join(root, 'modelship.yml'));
      let score = -1;
      const ours = await medianMs(5, async () => {
        score = (await scoreRepository({ loaded, repo: new WorkingTree(root) })).score;
      });
      const reference = await medianMs(5, () => bareIo(root));
      return [{ name: 'score 8,040-file repository vs walking it and reading its workflows and tests', value: ours, reference, unit: 'ms', ratio: ours / reference, target: { max: 3 }, note: `score ${score}` }];
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  },
};
export default suite;
