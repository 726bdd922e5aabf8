// A repository of `n` models for the monorepo benchmarks (issue #26 item 3): copies of the example's iris
// model, each in its own folder with its own card, metrics, predictions, SHA256SUMS, its own entry under
// `models:` and its own gate (candidate: the files in the checkout; baseline: the same files at the model's
// release tag). Every model is released at v1.0.0, then every card is edited, so `version` plans a patch for
// each and the gates compare the checkout with the tag.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris/models/iris-v2');
const FILES = ['model.onnx', 'metrics.json', 'predictions.csv'] as const;

/** Builds the repository in `<root>/mono-<n>` and returns its folder (modelship.yml at its top). */
export function buildMonorepo(root: string, n: number): string {
  const dir = path.join(root, `mono-${n}`);
  mkdirSync(dir, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'bench');
  git('config', 'user.email', 'bench@example.com');
  const example = Object.fromEntries(FILES.map((f) => [f, readFileSync(path.join(EXAMPLE, f))]));
  const card = readFileSync(path.join(EXAMPLE, 'README.md'), 'utf8');
  const sums = (files: Record<string, Buffer | string>) =>
    Object.entries(files)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, bytes]) => `${createHash('sha256').update(bytes).digest('hex')}  ${name}\n`)
      .join('');
  const writeModel = (i: number, cardText: string) => {
    const folder = path.join(dir, `models/m${i}`);
    mkdirSync(folder, { recursive: true });
    for (const f of FILES) writeFileSync(path.join(folder, f), example[f]);
    writeFileSync(path.join(folder, 'README.md'), cardText);
    writeFileSync(path.join(folder, 'SHA256SUMS'), sums({ ...example, 'README.md': cardText }));
  };
  let models = '';
  let gates = '';
  for (let i = 1; i <= n; i++) {
    writeModel(i, card.replace(/^# .*$/m, `# m${i}`));
    const files = `models/m${i}`;
    models += `  m${i}:\n    path: ${files}/model.onnx\n    format: onnx\n    card: ${files}/README.md\n    metrics: ${files}/metrics.json\n`;
    models += '    signature:\n      inputs: [{ name: features, dtype: float32, shape: [batch, 4] }]\n';
    models += '      outputs: [{ name: probabilities, dtype: float32, shape: [batch, 3] }, { name: label, dtype: int64, shape: [batch] }]\n';
    gates += `  m${i}:\n    model: m${i}\n    candidate: [${files}/metrics.json, ${files}/predictions.csv]\n`;
    gates += `    baseline: [{ file: ${files}/metrics.json, ref: "m${i}@v1.0.0" }, { file: ${files}/predictions.csv, ref: "m${i}@v1.0.0" }]\n`;
    gates += '    checks:\n      - { metric: accuracy, direction: higher, value: { min: 0.9 } }\n      - { metric: macro_f1, direction: higher, change: { minAbsolute: -0.01 } }\n';
  }
  const score = 'score:\n  minimum: 0\n  tests:\n    model-5:\n      manual: { document: models/m1/README.md, reviewer: bench, date: "2026-11-28" }\n';
  writeFileSync(path.join(dir, 'modelship.yml'), `version: 1\nmodels:\n${models}gates:\n${gates}${score}release:\n  initialVersion: 1.0.0\n`);
  git('add', '-A');
  git('commit', '-q', '-m', 'models');
  for (let i = 1; i <= n; i++) git('tag', '-a', '-m', 'r', `m${i}@v1.0.0`);
  for (let i = 1; i <= n; i++) writeModel(i, `${card.replace(/^# .*$/m, `# m${i}`)}\nEdited.\n`);
  git('commit', '-q', '-am', 'docs: cards');
  return dir;
}
