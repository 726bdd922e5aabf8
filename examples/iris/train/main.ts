/**
 * Trains every iris model version and writes its folder under examples/iris/models/.
 * Run with `npm run train:iris` (or `npx tsx examples/iris/train/main.ts`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readIris } from './data.js';
import { trainVersion, versionArtifacts } from './train.js';
import { IRIS_VERSIONS } from './versions.js';

const exampleRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = readIris(path.join(exampleRoot, 'data', 'iris.csv'));

for (const version of IRIS_VERSIONS) {
  const trained = trainVersion(version, data);
  const folder = path.join(exampleRoot, 'models', version.folder);
  mkdirSync(folder, { recursive: true });
  for (const [name, bytes] of versionArtifacts(trained)) writeFileSync(path.join(folder, name), bytes);
  const { accuracy, macro_f1, log_loss } = trained.metrics;
  console.log(`${version.folder.padEnd(14)} accuracy ${accuracy.toFixed(4)}  macro F1 ${macro_f1.toFixed(4)}  log loss ${log_loss.toFixed(4)}`);
}
