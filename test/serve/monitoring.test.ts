/**
 * Serve's monitoring (issue 21): the rolling live profile of each version with drift against the reference
 * profile beside the model, exported at /v2/models/{m}/versions/{v}/profile and as /metrics gauges; and
 * feedback joined to logged predictions, with accuracy over a sliding window, unknown ids counted and memory
 * bounded. Real iris model, real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readIris } from '../../examples/iris/train/data.js';
import { profileData } from '../../src/monitor/profile-data.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { addVersion, eventually, IRIS_V2, metricSum, parseMetrics, tempRepository, writeRouting } from './support/repository.js';

const rows = readIris(path.resolve('examples/iris/data/iris.csv')).rows;
let repo: Awaited<ReturnType<typeof tempRepository>>;
let server: RunningServer;

async function infer(features: number[][], id?: string): Promise<number[]> {
  const body = JSON.stringify({ ...(id ? { id } : {}), inputs: [{ name: 'features', shape: [features.length, 4], datatype: 'FP32', data: features.flat() }] });
  const res = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(200);
  const answer = (await res.json()) as { outputs: Array<{ name: string; data: number[] }> };
  return answer.outputs.find((o) => o.name === 'label')!.data;
}

async function feedback(body: unknown): Promise<{ status: number; json: { joined: number; unknown: number; invalid: number; results: Array<{ id: string; result: string; reason?: string }>; error?: string } }> {
  const res = await fetch(`${server.url}/v2/models/iris/feedback`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { status: res.status, json: (await res.json()) as never };
}

const metrics = async () => parseMetrics(await (await fetch(`${server.url}/metrics`)).text());
interface ProfileAnswer {
  rows: number;
  profile: { inputs: Record<string, { count: number }> } | null;
  reference: { rows?: number; problem?: string };
  drift: { drift: boolean; features: Array<{ name: string; method: string; drifted: boolean }> } | null;
}
const liveProfile = async (): Promise<ProfileAnswer> => (await (await fetch(`${server.url}/v2/models/iris/versions/2.0.0/profile`)).json()) as ProfileAnswer;

beforeAll(async () => {
  repo = await tempRepository();
  await addVersion(repo.root, 'iris', '2.0.0', IRIS_V2);
  await writeRouting(repo.root, 'iris', { generation: 1, stable: '2.0.0' });
  // The reference: the training data, its columns named as the `features` tensor's values.
  const { profile } = await profileData('examples/iris/data/iris.csv', process.cwd(), { columns: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'], tensors: { features: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'] } });
  await writeFile(path.join(repo.root, 'iris/2.0.0/reference-profile.json'), JSON.stringify(profile.toJSON()));
  server = await startServer({ repository: repo.root, port: 0, pollMs: 50, monitoring: { windowRows: 50, windows: 3, minRows: 100, feedback: { capacity: 40, window: 100 } } });
  await eventually(async () => (await fetch(`${server.url}/v2/models/iris/ready`)).status === 200, 'iris is ready');
});

afterAll(async () => {
  await server?.close();
  await repo?.cleanup();
});

describe('live profile and drift', () => {
  it('profiles what the version receives under the reference names; no drift on the training distribution', async () => {
    const before = await liveProfile();
    expect(before).toMatchObject({ rows: 0, profile: null, reference: { rows: 150 }, drift: null });
    for (let i = 0; i < 150; i += 10) await infer(rows.slice(i, i + 10).map((r) => [...r.features]));
    const answer = await liveProfile();
    expect(answer.rows).toBe(150);
    expect(Object.keys(answer.profile!.inputs)).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);
    expect(answer.drift!.drift).toBe(false);
    expect(answer.drift!.features.map((f) => [f.name, f.method, f.drifted])).toEqual([
      ['sepal_length', 'ks', false],
      ['sepal_width', 'ks', false],
      ['petal_length', 'ks', false],
      ['petal_width', 'ks', false],
    ]);
    const m = await metrics();
    expect(metricSum(m, 'modelship_profile_rows', { model: 'iris', version: '2.0.0' })).toBe(150);
    expect(metricSum(m, 'modelship_drift_share', { model: 'iris', version: '2.0.0' })).toBe(0);
    expect(metricSum(m, 'modelship_drift_detected', { feature: 'petal_length' })).toBe(0);
  });

  it('finds a shift on one feature once it fills the rolling window, and forgets old rows (fixed memory)', async () => {
    for (let i = 0; i < 150; i += 10) await infer(rows.slice(i, i + 10).map((r) => [r.features[0], r.features[1], r.features[2] + 1.5, r.features[3]]));
    const answer = await liveProfile();
    // 3 windows of 50 rows: the profile holds the last 150 rows at most, all shifted now.
    expect(answer.rows).toBe(150);
    const drifted = Object.fromEntries(answer.drift!.features.map((f) => [f.name, f.drifted]));
    expect(drifted).toEqual({ sepal_length: false, sepal_width: false, petal_length: true, petal_width: false });
    const m = await metrics();
    expect(metricSum(m, 'modelship_drift_detected', { model: 'iris', version: '2.0.0', feature: 'petal_length' })).toBe(1);
    expect(metricSum(m, 'modelship_drift_share', { model: 'iris', version: '2.0.0' })).toBe(0.25);
    expect(metricSum(m, 'modelship_drift_score', { feature: 'petal_length', method: 'ks' })).toBeGreaterThan(0.3);
  });

  it('answers 404 for a version not served and 405 for a POST', async () => {
    expect((await fetch(`${server.url}/v2/models/iris/versions/9.9.9/profile`)).status).toBe(404);
    expect((await fetch(`${server.url}/v2/models/nope/versions/1/profile`)).status).toBe(404);
    expect((await fetch(`${server.url}/v2/models/iris/versions/2.0.0/profile`, { method: 'POST' })).status).toBe(405);
  });
});

describe('feedback', () => {
  it('joins true labels to logged predictions and exports accuracy over the window', async () => {
    const predicted: number[] = [];
    const sample = rows.filter((_, i) => i % 5 === 0); // 30 rows, one request each
    for (const r of sample) predicted.push(...(await infer([[...r.features]], `req-${r.id}`)));
    const answer = await feedback(sample.map((r) => ({ id: `req-${r.id}`, label: r.label })));
    expect(answer.status).toBe(200);
    expect([answer.json.joined, answer.json.unknown, answer.json.invalid]).toEqual([30, 0, 0]);
    const expected = sample.filter((r, i) => predicted[i] === r.label).length / sample.length;
    const m = await metrics();
    expect(metricSum(m, 'modelship_feedback_accuracy', { model: 'iris', version: '2.0.0' })).toBeCloseTo(expected, 12);
    expect(metricSum(m, 'modelship_feedback_window', { model: 'iris', version: '2.0.0' })).toBe(30);
    expect(metricSum(m, 'modelship_feedback_total', { model: 'iris', version: '2.0.0', result: 'joined' })).toBe(30);
  });

  it('counts unknown, repeated and invalid feedback without storing it; rejects malformed bodies with 400', async () => {
    await infer([[5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.2, 2.3]], 'batch-1');
    const answer = await feedback([{ id: 'never-seen', label: 1 }, { id: 'req-1', label: 0 }, { id: 'batch-1', label: 0 }]);
    expect(answer.json.results.map((r) => r.result)).toEqual(['unknown', 'unknown', 'invalid']);
    expect(answer.json.results[2].reason).toMatch(/1 label\(s\) for a request of 2 row\(s\)/);
    expect((await feedback({ id: 'batch-1', label: [0, 2] })).json.joined).toBe(1);
    const m = await metrics();
    expect(metricSum(m, 'modelship_feedback_total', { model: 'iris', version: '', result: 'unknown' })).toBe(2);
    expect(metricSum(m, 'modelship_feedback_total', { result: 'invalid' })).toBe(1);
    for (const [body, message] of [
      [{ label: 1 }, /"id" must be the non-empty id/],
      [{ id: 'x' }, /exactly one of "label"/],
      [{ id: 'x', value: 'high' }, /"value" must be a finite number/],
      [[{ id: 'x', label: 1 }, 7], /item 1: expected an object/],
    ] as const) {
      const bad = await feedback(body);
      expect(bad.status).toBe(400);
      expect(bad.json.error).toMatch(message);
    }
    const garbage = await fetch(`${server.url}/v2/models/iris/feedback`, { method: 'POST', body: '{"id":' });
    expect([garbage.status, ((await garbage.json()) as { error: string }).error]).toEqual([400, expect.stringMatching(/not valid JSON/)]);
  });

  it('remembers at most `capacity` ids per model: old ones are forgotten and count as unknown', async () => {
    for (let i = 0; i < 100; i++) await infer([[5.1, 3.5, 1.4, 0.2]], `flood-${i}`);
    const answer = await feedback([{ id: 'flood-0', label: 0 }, { id: 'flood-99', label: 0 }]);
    expect(answer.json.results.map((r) => r.result)).toEqual(['unknown', 'joined']);
    expect(answer.json.results[0].reason).toMatch(/older than the last 40/);
  });
});

describe('monitoring off', () => {
  it('serves without the routes or gauges', async () => {
    const off = await startServer({ repository: repo.root, port: 0, pollMs: 50, monitoring: false });
    try {
      await eventually(async () => (await fetch(`${off.url}/v2/models/iris/ready`)).status === 200, 'iris is ready');
      expect((await fetch(`${off.url}/v2/models/iris/versions/2.0.0/profile`)).status).toBe(404);
      expect(await (await fetch(`${off.url}/metrics`)).text()).not.toMatch(/modelship_drift_share|modelship_feedback/);
    } finally {
      await off.close();
    }
  });
});
