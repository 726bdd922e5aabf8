/**
 * Inference graphs served as one model (docs/graphs.md): an ensemble of the example's v1 and v2, a switch, a
 * splitter and a sequence, over a real repository and real onnxruntime runs. Expected answers are computed
 * here from each member run directly through onnxruntime-node, never taken from the server.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as ort from 'onnxruntime-node';
import type { GraphConfig } from '../../src/core/config-types.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { scaleAndDoubleModel, scaleModel } from './support/onnx-models.js';
import { addVersion, IRIS_V1, IRIS_V2, metricSum, parseMetrics, tempRepository, writeRouting } from './support/repository.js';

// Rows across the three species and the borders between them, where v1 and v2 can disagree.
const ROWS = [
  [5.1, 3.5, 1.4, 0.2], [4.9, 3.0, 1.4, 0.2], [7.0, 3.2, 4.7, 1.4], [6.4, 3.2, 4.5, 1.5], [6.3, 3.3, 6.0, 2.5],
  [5.8, 2.7, 5.1, 1.9], [6.0, 2.2, 5.0, 1.5], [6.2, 2.8, 4.8, 1.8], [4.9, 2.5, 4.5, 1.7], [6.7, 3.0, 5.0, 1.7],
  [5.9, 3.2, 4.8, 1.8], [6.3, 2.5, 4.9, 1.5],
  // Off the training data: v1 says versicolor, v2 setosa, so the label vote has ties to settle.
  [6.0, 2.9, 1.0, 0.1], [6.0, 2.9, 1.1, 0.3],
];
const FEATURES = Float32Array.from(ROWS.flat());

const graphs: Record<string, { graph: GraphConfig }> = {
  'iris-ensemble': { graph: { type: 'ensemble', members: [{ model: 'iris', version: '1.0.0' }, { model: 'iris', version: '1.1.0' }] } },
  'iris-weighted': { graph: { type: 'ensemble', combine: 'weighted-average', members: [{ model: 'iris', version: '1.0.0', weight: 1 }, { model: 'iris', version: '1.1.0', weight: 3 }] } },
  'iris-switch': {
    graph: {
      type: 'switch',
      routes: [
        { when: { header: 'X-Tier', equals: 'gold' }, model: 'iris', version: '1.1.0' },
        { when: { input: 'features', index: 2, above: 4.8 }, model: 'iris', version: '1.1.0' },
      ],
      default: { model: 'iris', version: '1.0.0' },
    },
  },
  'iris-split': { graph: { type: 'splitter', members: [{ model: 'iris', version: '1.0.0', weight: 30 }, { model: 'iris', version: '1.1.0', weight: 70 }] } },
  'iris-scaled': { graph: { type: 'sequence', steps: [{ model: 'half' }, { model: 'iris', version: '1.0.0', map: { scaled: 'features' } }] } },
  // A graph inside a graph: the ensemble as a member of a sequence.
  'iris-nested': { graph: { type: 'sequence', steps: [{ model: 'half' }, { model: 'iris-ensemble', map: { scaled: 'features' } }] } },
  // The first step also answers `doubled`, which no member of the ensemble takes.
  'iris-nested-extra': { graph: { type: 'sequence', steps: [{ model: 'half2' }, { model: 'iris-ensemble', map: { scaled: 'features' } }] } },
};

let repo: Awaited<ReturnType<typeof tempRepository>>;
let server: RunningServer;
const direct: Record<string, ort.InferenceSession> = {};

beforeAll(async () => {
  repo = await tempRepository();
  await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
  await addVersion(repo.root, 'iris', '1.1.0', IRIS_V2);
  // Routing serves 1.1.0 only: 1.0.0 is loaded because graphs pin it.
  await writeRouting(repo.root, 'iris', { generation: 1, stable: '1.1.0' });
  await addVersion(repo.root, 'half', '1.0.0', scaleModel(0.5));
  await addVersion(repo.root, 'half2', '1.0.0', scaleAndDoubleModel(0.5));
  server = await startServer({ repository: repo.root, port: 0, pollMs: 50, seed: 7, graphs, monitoring: false });
  direct.v1 = await ort.InferenceSession.create(IRIS_V1);
  direct.v2 = await ort.InferenceSession.create(IRIS_V2);
});

afterAll(async () => {
  await server?.close();
  await Promise.all(Object.values(direct).map((s) => s.release()));
  await repo?.cleanup();
});

/** onnxruntime's own answer for `rows` (flattened [n, 4]). */
async function member(session: ort.InferenceSession, features: Float32Array): Promise<{ probabilities: Float32Array; label: BigInt64Array }> {
  const out = await session.run({ features: new ort.Tensor('float32', features, [features.length / 4, 4]) });
  return { probabilities: out.probabilities.data as Float32Array, label: out.label.data as BigInt64Array };
}

interface Answer {
  model_name: string;
  model_version: string;
  outputs: Array<{ name: string; datatype: string; shape: number[]; data: number[] }>;
}

async function infer(model: string, features: Float32Array, headers: Record<string, string> = {}, input = 'features'): Promise<{ status: number; body: Answer & { error?: string } }> {
  const res = await fetch(`${server.url}/v2/models/${model}/infer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ inputs: [{ name: input, shape: [features.length / 4, 4], datatype: 'FP32', data: Array.from(features) }] }),
  });
  return { status: res.status, body: (await res.json()) as Answer & { error?: string } };
}

const output = (a: Answer, name: string) => a.outputs.find((o) => o.name === name)!;

describe('ensemble of the example\'s v1 and v2', () => {
  it('answers the element-wise mean of both members\' probabilities, and the vote of their labels', async () => {
    const [a, b] = [await member(direct.v1, FEATURES), await member(direct.v2, FEATURES)];
    const { status, body } = await infer('iris-ensemble', FEATURES);
    expect(status).toBe(200);
    expect(body.model_name).toBe('iris-ensemble');
    expect(body.model_version).toBe('iris@1.0.0+iris@1.1.0');
    const mean = Array.from(a.probabilities, (p, i) => Math.fround((p + b.probabilities[i]) / 2));
    expect(output(body, 'probabilities').data).toEqual(mean);
    expect(output(body, 'probabilities').shape).toEqual([ROWS.length, 3]);
    // Two voters: agreement wins, a tie goes to the first member (v1).
    expect(output(body, 'label').data).toEqual(Array.from(a.label, (l) => Number(l)));
    // The rows were chosen so that the members do not answer identically (the mean is not one of them).
    expect(Array.from(a.label)).not.toEqual(Array.from(b.label));
    expect(mean).not.toEqual(Array.from(a.probabilities));
    expect(mean).not.toEqual(Array.from(b.probabilities));
  });

  it('weighted-average weighs each member; labels are voted by weight (v2 outweighs v1)', async () => {
    const [a, b] = [await member(direct.v1, FEATURES), await member(direct.v2, FEATURES)];
    const { body } = await infer('iris-weighted', FEATURES);
    expect(output(body, 'probabilities').data).toEqual(Array.from(a.probabilities, (p, i) => Math.fround((1 * p + 3 * b.probabilities[i]) / 4)));
    expect(output(body, 'label').data).toEqual(Array.from(b.label, (l) => Number(l)));
  });

  it('metadata shows the graph\'s inputs and outputs; ready follows the members', async () => {
    const meta = (await (await fetch(`${server.url}/v2/models/iris-ensemble`)).json()) as Record<string, unknown>;
    expect(meta).toMatchObject({ name: 'iris-ensemble', platform: 'modelship_graph', inputs: [{ name: 'features', datatype: 'FP32', shape: [-1, 4] }], outputs: [{ name: 'probabilities', datatype: 'FP32', shape: [-1, 3] }, { name: 'label', datatype: 'INT64', shape: [-1] }] });
    expect((await fetch(`${server.url}/v2/models/iris-ensemble/ready`)).status).toBe(200);
  });

  it('a bad request is refused like a model\'s (400 naming the input)', async () => {
    const res = await fetch(`${server.url}/v2/models/iris-ensemble/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'petals', shape: [1, 4], datatype: 'FP32', data: [1, 2, 3, 4] }] }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toContain('unknown input "petals"');
  });
});

describe('switch', () => {
  // Each row alone: the route depends on its petal length (element 2) and on the header.
  const table: Array<{ row: number[]; headers: Record<string, string>; version: string }> = [
    { row: [5.1, 3.5, 1.4, 0.2], headers: {}, version: '1.0.0' },
    { row: [5.1, 3.5, 1.4, 0.2], headers: { 'x-tier': 'gold' }, version: '1.1.0' },
    { row: [5.1, 3.5, 1.4, 0.2], headers: { 'x-tier': 'silver' }, version: '1.0.0' },
    { row: [6.3, 3.3, 6.0, 2.5], headers: {}, version: '1.1.0' },
    { row: [6.4, 3.2, 4.8, 1.5], headers: {}, version: '1.0.0' }, // not above 4.8
    { row: [6.4, 3.2, 4.81, 1.5], headers: {}, version: '1.1.0' },
  ];
  for (const c of table) {
    it(`petal length ${c.row[2]}${Object.keys(c.headers).length ? ` with ${JSON.stringify(c.headers)}` : ''} goes to ${c.version}`, async () => {
      const features = Float32Array.from(c.row);
      const { status, body } = await infer('iris-switch', features, c.headers);
      expect(status).toBe(200);
      expect(body.model_version).toBe(`iris@${c.version}`);
      const expected = await member(c.version === '1.0.0' ? direct.v1 : direct.v2, features);
      expect(output(body, 'probabilities').data).toEqual(Array.from(expected.probabilities));
    });
  }
});

it('splitter: each request goes to one member, by weight (seeded: the same split every run)', async () => {
  const counts: Record<string, number> = {};
  for (let i = 0; i < 200; i++) {
    const { body } = await infer('iris-split', Float32Array.from(ROWS[0]));
    counts[body.model_version] = (counts[body.model_version] ?? 0) + 1;
  }
  expect(Object.keys(counts).sort()).toEqual(['iris@1.0.0', 'iris@1.1.0']);
  // 30/70 of 200: a binomial's 4-sigma band (sd = 6.5).
  expect(Math.abs(counts['iris@1.0.0'] - 60)).toBeLessThan(26);
});

it('sequence: the first step\'s output feeds the next step\'s input through the declared mapping', async () => {
  const { status, body } = await infer('iris-scaled', FEATURES, {}, 'raw');
  expect(status).toBe(200);
  expect(body.model_version).toBe('half@1.0.0+iris@1.0.0');
  const halved = FEATURES.map((x) => Math.fround(x * 0.5));
  const expected = await member(direct.v1, halved);
  expect(output(body, 'probabilities').data).toEqual(Array.from(expected.probabilities));
  // Not the same as the unscaled answer: the mapping really fed the scaled tensor.
  expect(output(body, 'probabilities').data).not.toEqual(Array.from((await member(direct.v1, FEATURES)).probabilities));
});

it('a graph inside a graph: the scaled features go to the ensemble', async () => {
  const halved = FEATURES.map((x) => Math.fround(x * 0.5));
  const [a, b] = [await member(direct.v1, halved), await member(direct.v2, halved)];
  const { status, body } = await infer('iris-nested', FEATURES, {}, 'raw');
  expect(status).toBe(200);
  expect(body.model_version).toBe('half@1.0.0+iris@1.0.0+iris@1.1.0');
  expect(output(body, 'probabilities').data).toEqual(Array.from(a.probabilities, (p, i) => Math.fround((p + b.probabilities[i]) / 2)));
});

it('/metrics counts graph requests under the graph\'s name, and each member run under the graph, member and version', async () => {
  const before = parseMetrics(await (await fetch(`${server.url}/metrics`)).text());
  for (let i = 0; i < 3; i++) expect((await infer('iris-ensemble', FEATURES)).status).toBe(200);
  const after = parseMetrics(await (await fetch(`${server.url}/metrics`)).text());
  const delta = (name: string, labels: Record<string, string>) => metricSum(after, name, labels) - metricSum(before, name, labels);
  expect(delta('modelship_requests_total', { model: 'iris-ensemble', version: 'iris@1.0.0+iris@1.1.0', code: '200' })).toBe(3);
  expect(delta('modelship_graph_member_runs_total', { graph: 'iris-ensemble', model: 'iris', version: '1.0.0', result: 'ok' })).toBe(3);
  expect(delta('modelship_graph_member_runs_total', { graph: 'iris-ensemble', model: 'iris', version: '1.1.0', result: 'ok' })).toBe(3);
});

it('a graph step handed more tensors than its members take passes each member only its own inputs', async () => {
  const halved = FEATURES.map((x) => Math.fround(x * 0.5));
  const [a, b] = [await member(direct.v1, halved), await member(direct.v2, halved)];
  const { status, body } = await infer('iris-nested-extra', FEATURES, {}, 'raw');
  expect(status).toBe(200);
  expect(output(body, 'probabilities').data).toEqual(Array.from(a.probabilities, (p, i) => Math.fround((p + b.probabilities[i]) / 2)));
});

it('a graph whose member is not loaded is not ready and answers 503 naming the member', async () => {
  const other = await startServer({ repository: repo.root, port: 0, pollMs: 50, monitoring: false, graphs: { broken: { graph: { type: 'ensemble', members: [{ model: 'iris', version: '1.0.0' }, { model: 'iris', version: '9.9.9' }] } } } });
  try {
    expect((await fetch(`${other.url}/v2/models/broken/ready`)).status).toBe(400);
    const res = await fetch(`${other.url}/v2/models/broken/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [1, 2, 3, 4] }] }) });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toContain('member "iris@9.9.9" of graph "broken" is not loaded');
  } finally {
    await other.close();
  }
});

it('members whose loaded versions do not connect are refused at serve time (503 naming the mismatch)', async () => {
  const other = await startServer({ repository: repo.root, port: 0, pollMs: 50, monitoring: false, graphs: { mixed: { graph: { type: 'ensemble', members: [{ model: 'iris', version: '1.0.0' }, { model: 'half' }] } } } });
  try {
    const res = await fetch(`${other.url}/v2/models/mixed`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toContain('the inputs of half do not match those of iris@1.0.0');
  } finally {
    await other.close();
  }
});
