import { FEATURES, SPECIES, SPLIT_DESCRIPTION } from './data.js';
import { IRIS_SIGNATURE, OPSET, PRODUCER_NAME } from './onnx-model.js';
import type { TrainedVersion } from './train.js';

/**
 * The model card (README.md): Hugging Face front matter whose `model-index` carries the test metrics,
 * so a metric source can read them from the card as well as from metrics.json, then prose for people.
 */
export function modelCard(trained: TrainedVersion): string {
  const { version, metrics } = trained;
  const fit = version.fit;
  const usedFeatures = (fit.featureMask ?? FEATURES.map((_, index) => index)).map((index) => FEATURES[index]);
  const frontMatter = [
    '---',
    'license: mit',
    'library_name: onnx',
    'pipeline_tag: tabular-classification',
    'tags:',
    '- tabular-classification',
    '- iris',
    '- onnx',
    '- modelship-example',
    'model-index:',
    `- name: ${version.folder}`,
    '  results:',
    '  - task:',
    '      type: tabular-classification',
    '      name: Tabular Classification',
    '    dataset:',
    '      type: iris',
    '      name: Iris (Fisher 1936)',
    '      split: test',
    '    metrics:',
    '    - type: accuracy',
    `      value: ${metrics.accuracy}`,
    '      name: Accuracy',
    '    - type: f1',
    `      value: ${metrics.macro_f1}`,
    '      name: Macro F1',
    '      args:',
    '        average: macro',
    '    - type: log_loss',
    `      value: ${metrics.log_loss}`,
    '      name: Log loss',
    '---',
  ];

  const perSpecies = SPECIES.map((name) => {
    const m = metrics.slices.species[name];
    return `| ${name} | ${m.precision.toFixed(4)} | ${m.recall.toFixed(4)} | ${m.f1.toFixed(4)} | ${m.support} |`;
  });
  const confusion = SPECIES.map((actual, a) => {
    const counts = SPECIES.map((_, p) => trained.test.filter((row, i) => row.label === a && trained.predictions[i].label === p).length);
    return `| ${actual} | ${counts.join(' | ')} |`;
  });
  const signature = [...IRIS_SIGNATURE.inputs.map((t) => ['input', t] as const), ...IRIS_SIGNATURE.outputs.map((t) => ['output', t] as const)]
    .map(([role, t]) => `| ${role} | \`${t.name}\` | ${t.dtype} | [${t.shape.join(', ')}] |`);

  const limitations = [
    ...version.caveats,
    `The test split has ${metrics.n_test} rows: one more or one fewer error moves accuracy by ${(100 / metrics.n_test).toFixed(1)} points, so small differences between versions are noise. Compare versions with a paired test on predictions.csv.`,
    'One fixed split, no cross-validation; the figures are estimates with wide intervals.',
    'The data are 150 flowers of three species measured by Edgar Anderson (two of the species picked in one pasture of the Gaspé Peninsula on one day). Flowers of any other species still get one of the three labels, and measurements far outside the training range get confident, unsupported probabilities.',
    'Inputs are centimetres; other units silently give wrong answers.',
  ];

  const body = [
    '',
    `# ${version.folder}: iris ${version.version}`,
    '',
    version.summary,
    '',
    '## Intended use',
    '',
    'A small, real model for demonstrating and testing Modelship (validation, benchmarks, metric gates, versioning and deployment). It classifies an iris flower as *setosa*, *versicolor* or *virginica* from four measurements. It is not meant for botanical decisions.',
    '',
    '## Data',
    '',
    'The Iris data set (R. A. Fisher, 1936; measurements by Edgar Anderson): 150 flowers, 50 per species, public domain. See `examples/iris/data/README.md`.',
    '',
    `Split: ${SPLIT_DESCRIPTION}. No randomness is involved.`,
    '',
    '## Training',
    '',
    '| setting | value |',
    '|---|---|',
    '| algorithm | multinomial logistic (softmax) regression, full-batch gradient descent in float64, weights initialised to zero |',
    `| features used | ${usedFeatures.join(', ')} |`,
    `| standardised | ${version.standardise ? 'yes (mean and standard deviation of the training rows, inside the ONNX graph)' : 'no (raw centimetres)'} |`,
    `| iterations | ${fit.iterations} |`,
    `| learning rate | ${fit.learningRate} |`,
    `| L2 penalty | ${fit.l2} |`,
    `| training labels | ${version.labels} |`,
    `| training rows | ${trained.trainCount} |`,
    `| final training loss | ${trained.finalLoss.toFixed(6)} |`,
    '',
    `Reproduce with \`npm run train:iris\`: training is deterministic, and the files in this folder come out byte for byte identical. The ONNX file is written by ${PRODUCER_NAME} (IR version 8, opset ${OPSET}).`,
    '',
    '## Evaluation',
    '',
    `On the ${metrics.n_test} test rows, computed from the float32 outputs of the ONNX graph (\`metrics.json\`, per-row results in \`predictions.csv\`):`,
    '',
    '| metric | value |',
    '|---|---|',
    `| accuracy | ${metrics.accuracy.toFixed(4)} |`,
    `| macro F1 | ${metrics.macro_f1.toFixed(4)} |`,
    `| log loss | ${metrics.log_loss.toFixed(4)} |`,
    '',
    '| species | precision | recall | F1 | support |',
    '|---|---|---|---|---|',
    ...perSpecies,
    '',
    'Confusion matrix (rows: actual, columns: predicted):',
    '',
    `| | ${SPECIES.join(' | ')} |`,
    '|---|---|---|---|',
    ...confusion,
    '',
    '## Signature',
    '',
    '| | name | dtype | shape |',
    '|---|---|---|---|',
    ...signature,
    '',
    `\`label\` indexes the species in the order ${SPECIES.join(', ')} (also in the model's \`classes\` metadata).`,
    '',
    '## Limitations',
    '',
    ...limitations.map((text) => `- ${text}`),
    '',
    '## Files',
    '',
    '`model.onnx` (the model), `metrics.json`, `predictions.csv`, this card, and `SHA256SUMS` (`sha256sum -c SHA256SUMS` checks the others).',
    '',
  ];
  return [...frontMatter, ...body].join('\n');
}
