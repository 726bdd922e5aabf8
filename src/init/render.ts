import type { TensorSpec } from '../core/config-types.js';
import type { FoundMetric, FoundModel, ProjectScan } from './discover.js';

/** Where the written files point: the schema for editors, the reusable workflows' ref. */
export interface RenderOptions {
  schemaRef: string;
  workflowRef: string;
  manifest: boolean;
  defaultBranch: string;
  date: string;
}

// Every value that comes from the user's tree (paths, names, metric names) is written as a JSON string,
// which is a valid YAML double-quoted scalar: no file name can end a line or start a YAML construct.
const q = (text: string): string => JSON.stringify(text);

/** modelship.yml, commented so a user can read and edit it without the docs. */
export function renderConfig(scan: ProjectScan, options: RenderOptions): string {
  const lines: string[] = [
    `# yaml-language-server: $schema=${options.schemaRef}`,
    `# Modelship configuration, written by \`modelship init\` on ${options.date}. Edit freely; \`modelship config check\``,
    '# reports mistakes at their line. Every section is documented in the schema above (hover in your editor).',
    'version: 1',
    '',
    '# The models this repository ships, found by their content (not their file names). The name is used in',
    '# tags (name@v1.2.0), CLI arguments and pull-request comment commands.',
    'models:',
  ];
  for (const model of scan.models) lines.push(...renderModel(model));

  lines.push('', '# Artifact checks (`modelship validate`): format by content, integrity, unsafe serialization. Fail-closed.');
  if (options.manifest) {
    lines.push('validate:', '  manifest: SHA256SUMS          # every validated file must match its sha256 here (`sha256sum -c` format)');
  } else {
    lines.push('validate: {}                     # e.g. manifest: SHA256SUMS, limits: { maxFileBytes: 10GiB }');
  }

  const gated = scan.models.filter((m) => (m.metrics?.values.length ?? 0) > 0);
  if (gated.length) {
    lines.push(
      '',
      '# Metric gates (`modelship gate`): a floor for each metric, and a tolerated change against the version live',
      '# in production (skipped until something is live there). Raise the floors to what you require.',
      'gates:',
    );
    for (const model of gated) lines.push(...renderGate(model));
  }

  lines.push(
    '',
    '# Releases (`modelship version`, `modelship release`): one semver line per model, from what changed.',
    'release:',
    '  initialVersion: 1.0.0',
    '',
    '# Where versions run, in promotion order. `local` is a model-repository folder (the layout Triton and',
    '# `modelship serve` load); see docs/deploy.md for command, webhook and kubernetes providers.',
    'environments:',
    '  staging:',
    '    provider: { type: local, root: .modelship/repository/staging }',
    '    strategy: { type: direct }',
    '  production:',
    '    requires: staging               # promote only what is live and healthy in staging',
    '    provider: { type: local, root: .modelship/repository/production }',
    '    strategy: { type: blue-green }  # switch at once, keep the previous slot for instant rollback',
  );
  if (gated.length) lines.push(`    gates: [${gated.map((m) => q(gateName(m))).join(', ')}]`);
  lines.push(
    '',
    '# Pull-request comment commands (/deploy, /promote, /rollback): who may run them.',
    'chatops:',
    '  permissions: [write, maintain, admin]',
    '  environments:',
    '    production: { permissions: [maintain, admin] }',
    '',
  );
  return lines.join('\n');
}

export function gateName(model: FoundModel): string {
  return `${model.name}-quality`;
}

function renderModel(model: FoundModel): string[] {
  const lines = [`  ${q(model.name)}:`, `    path: ${q(model.path)}`, `    format: ${model.format}`];
  if (model.card) lines.push(`    card: ${q(model.card)}`);
  else lines.push('    # card: models/NAME/README.md     # a model card (Markdown): its changes are patch releases');
  if (model.metrics) lines.push(`    metrics: ${q(model.metrics.path)}`);
  if (model.signature) {
    lines.push(
      '    # Read from the ONNX file. `validate` fails when the file stops matching it; `version` makes a',
      '    # major release when it changes incompatibly.',
      '    signature:',
      '      inputs:',
      ...model.signature.inputs.map(tensorLine),
      '      outputs:',
      ...model.signature.outputs.map(tensorLine),
    );
  }
  for (const note of model.notes) lines.push(`    # NOTE: ${note.replace(/\s+/g, ' ')}`);
  return lines;
}

function tensorLine(t: TensorSpec): string {
  const shape = t.shape.map((d) => (typeof d === 'number' ? String(d) : q(d))).join(', ');
  return `        - { name: ${q(t.name)}, dtype: ${t.dtype}, shape: [${shape}] }`;
}

function renderGate(model: FoundModel): string[] {
  const lines = [
    `  ${q(gateName(model))}:`,
    `    description: ${q(`Offline quality of ${model.name}, from ${model.metrics!.path}`)}`,
    `    model: ${q(model.name)}                 # candidate: the model's metrics file`,
    '    baseline: { live: { environment: production } }',
    '    policies: { onMissingBaseline: skip }   # nothing live yet: only the floors apply',
    '    checks:',
  ];
  for (const metric of model.metrics!.values) {
    const floor = lenientBound(metric);
    if (floor !== undefined) {
      lines.push(
        `      - name: ${q(`${metric.name} ${metric.direction === 'higher' ? 'floor' : 'ceiling'}`)}`,
        `        metric: ${q(metric.name)}`,
        `        direction: ${metric.direction}`,
        `        value: { ${metric.direction === 'higher' ? 'min' : 'max'}: ${floor} }   # today ${metric.value}`,
      );
    }
    lines.push(
      `      - name: ${q(`${metric.name} vs production`)}`,
      `        metric: ${q(metric.name)}`,
      `        direction: ${metric.direction}`,
      `        change: { minRelative: -0.01 }   # at most 1% worse than the version live in production`,
    );
  }
  return lines;
}

/** Today's value rounded to two significant digits in the lenient direction, so the gate passes as written. */
export function lenientBound(metric: FoundMetric): number | undefined {
  const v = metric.value;
  if (v === 0 || !Number.isFinite(v)) return undefined;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 1);
  const scaled = v / step;
  // A tiny epsilon keeps 0.97 / 0.01 = 96.99999999999999 from rounding a whole step away.
  const units = metric.direction === 'higher' ? Math.floor(scaled + 1e-9) : Math.ceil(scaled - 1e-9);
  return Number((units * step).toPrecision(2));
}

/** The workflows that call Modelship's reusable ones: checks on pull requests, releases on the default branch. */
export function renderWorkflows(scan: ProjectScan, options: RenderOptions): Array<{ path: string; content: string }> {
  const hasOnnx = scan.models.some((m) => m.format === 'onnx');
  const pr = [
    '# Written by `modelship init`: Modelship checks on every pull request, in one sticky comment:',
    '# artifact validation, ML Test Score, benchmark against the base branch, metric gates.',
    'name: Modelship checks',
    'on:',
    '  pull_request:',
    'permissions:',
    '  contents: read',
    '  pull-requests: write',
    'jobs:',
    '  modelship:',
    `    uses: modelship/modelship/.github/workflows/pr-checks.yml@${options.workflowRef}`,
  ];
  // The benchmark runs ONNX models in onnxruntime; other formats are validated, gated and versioned only.
  if (!hasOnnx) pr.push('    with:', '      bench: false                  # no ONNX model: see docs/export.md to benchmark one');
  const release = [
    '# Written by `modelship init`: on every push to the default branch, each model whose files changed gets',
    '# its next semantic version as a tag (name@v1.2.0) and a GitHub Release with notes.',
    'name: Modelship release',
    'on:',
    '  push:',
    `    branches: [${q(options.defaultBranch)}]`,
    'permissions:',
    '  contents: write',
    'jobs:',
    '  release:',
    `    uses: modelship/modelship/.github/workflows/release.yml@${options.workflowRef}`,
  ];
  return [
    { path: '.github/workflows/modelship-checks.yml', content: `${pr.join('\n')}\n` },
    { path: '.github/workflows/modelship-release.yml', content: `${release.join('\n')}\n` },
  ];
}
