import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { encodeMlp } from '../bench/support/mlp-model.js';
import { drive } from './support/load.js';
import { addVersion, eventually, IRIS_DEGRADED, IRIS_V1, IRIS_V2, irisBody, metricSum, parseMetrics, routingJson, tempRepository, writeRouting } from './support/repository.js';

const post = (url: string, body: string, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
async function metrics(s: RunningServer) {
  return parseMetrics(await (await fetch(`${s.url}/metrics`)).text());
}

let repo: Awaited<ReturnType<typeof tempRepository>>;
let server: RunningServer | undefined;
const logs: Array<Record<string, unknown>> = [];
/** An iris-shaped model heavy enough (about 0.2 ms a row) that queues and timeouts can be observed. */
const SLOW_MODEL = encodeMlp({ hidden: 1024, layers: 3 });
const log = { write: (r: Record<string, unknown>) => void logs.push(r), close: async () => undefined };

async function start(opts: Partial<Parameters<typeof startServer>[0]> = {}): Promise<RunningServer> {
  server = await startServer({ repository: repo.root, port: 0, seed: 42, pollMs: 50, log, ...opts });
  return server;
}

beforeAll(async () => {
  repo = await tempRepository();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(path.join(repo.root, 'iris'), { recursive: true, force: true });
  logs.length = 0;
});
afterAll(async () => {
  await repo.cleanup();
});

describe('Open Inference Protocol v2 endpoints', () => {
  it('answers health, server and model metadata, and infers with the id echoed', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const s = await start();
    expect((await fetch(`${s.url}/v2/health/live`)).status).toBe(200);
    expect((await fetch(`${s.url}/v2/health/ready`)).status).toBe(200);
    expect(await (await fetch(`${s.url}/v2`)).json()).toMatchObject({ name: 'modelship', extensions: ['binary_tensor_data'] });
    const meta = (await (await fetch(`${s.url}/v2/models/iris`)).json()) as Record<string, unknown>;
    // The Open Inference Protocol's platform name for ONNX models.
    expect(meta).toMatchObject({ name: 'iris', versions: ['1.0.0'], platform: 'onnx_onnxv1', inputs: [{ name: 'features', datatype: 'FP32', shape: [-1, 4] }] });
    expect((await fetch(`${s.url}/v2/models/iris/ready`)).status).toBe(200);
    expect((await fetch(`${s.url}/v2/models/iris/versions/9.9.9/ready`)).status).toBe(400);
    const res = await post(`${s.url}/v2/models/iris/infer`, irisBody(3, 'req-1'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; model_version: string; outputs: Array<{ name: string; shape: number[]; data: number[] }> };
    expect(body.id).toBe('req-1');
    expect(body.model_version).toBe('1.0.0');
    const probs = body.outputs.find((o) => o.name === 'probabilities');
    expect(probs?.shape).toEqual([3, 3]);
    expect(probs?.data.slice(0, 3).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(body.outputs.find((o) => o.name === 'label')?.data).toEqual([0, 0, 0]);
    // Only the asked-for output.
    const only = (await (await post(`${s.url}/v2/models/iris/infer`, JSON.stringify({ inputs: JSON.parse(irisBody(1)).inputs, outputs: [{ name: 'label' }] }))).json()) as { outputs: unknown[] };
    expect(only.outputs).toHaveLength(1);
    expect(logs.some((l) => l.event === 'access' && l.status === 200 && l.version === '1.0.0')).toBe(true);
  });

  it('answers bad requests with 4xx and a message naming what is wrong', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const s = await start({ limits: { maxBodyBytes: 4096 } });
    const bad = async (url: string, body: string, status: number, message: RegExp) => {
      const res = await post(url, body);
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: string }).error).toMatch(message);
    };
    const infer = `${s.url}/v2/models/iris/infer`;
    await bad(infer, '{not json', 400, /not valid JSON/);
    await bad(infer, JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP64', data: [1, 2, 3, 4] }] }), 400, /input "features": datatype must be FP32/);
    await bad(infer, JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [1, 2, 3] }] }), 400, /holds 4 values, but "data" has 3/);
    await bad(infer, JSON.stringify({ inputs: [{ name: 'nope', shape: [1, 4], datatype: 'FP32', data: [1, 2, 3, 4] }] }), 400, /unknown input "nope"; this model takes "features"/);
    await bad(infer, JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [1, 2, 'x', 4] }] }), 400, /data\[2\].*expected a number/);
    await bad(infer, irisBody(400), 413, /over the limit of 4096 bytes/);
    await bad(`${s.url}/v2/models/nope/infer`, irisBody(), 404, /no model "nope" in this repository; served: iris/);
    await bad(`${s.url}/v2/models/iris/versions/2.0.0/infer`, irisBody(), 404, /version "2.0.0" of model "iris" is not served; served: 1.0.0/);
    expect((await fetch(infer)).status).toBe(405);
    expect((await fetch(`${s.url}/nowhere`)).status).toBe(404);
    const m = await metrics(s);
    expect(metricSum(m, 'modelship_request_errors_total', { model: 'iris', code: '400' })).toBe(5);
    expect(metricSum(m, 'modelship_request_errors_total', { model: 'iris', code: '413' })).toBe(1);
  });

  it('answers JSON nested 50,000 levels deep anywhere in a request with a 400, never counted as a server error', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const s = await start();
    // Built as text: JSON.parse takes any depth; what the server does with it next must not recurse.
    const deep = (open: string, close: string) => `${open.repeat(50_000)}1${close.repeat(50_000)}`;
    const input = (fields: string) => `{"inputs":[{"name":"features","shape":[1,4],${fields}}]`;
    const bodies = [deep('[', ']'), deep('{"a":', '}')].flatMap((x) => [
      `${input('"datatype":"FP32","data":[1,2,3,4]')},"id":${x}}`,
      `${input(`"datatype":${x},"data":[1,2,3,4]`)}}`,
      `${input(`"datatype":"FP32","data":[1,2,3,4],"parameters":{"binary_data_size":${x}}`)}}`,
      `${input('"datatype":"FP32","data":[1,2,3,4]')},"parameters":{"binary_data_output":${x}}}`,
      `${input('"datatype":"FP32","data":[1,2,3,4]')},"outputs":[{"name":"label","parameters":{"binary_data":${x}}}]}`,
      `${input(`"datatype":"FP32","data":[1,2,3,${x}]`)}}`,
    ]);
    for (const body of bodies) {
      const res = await post(`${s.url}/v2/models/iris/infer`, body);
      expect({ at: body.slice(0, 80), status: res.status }).toEqual({ at: body.slice(0, 80), status: 400 });
      expect(((await res.json()) as { error: string }).error).not.toMatch(/internal|stack/i);
    }
    const m = await metrics(s);
    expect(metricSum(m, 'modelship_requests_total', { model: 'iris', code: '400' })).toBe(bodies.length);
    const serverErrors = [...m].filter(([key, value]) => key.startsWith('modelship_requests_total{') && /code="5\d\d"/.test(key) && value > 0);
    expect(serverErrors).toEqual([]);
    expect(logs.filter((l) => l.event === 'error')).toEqual([]);
  });

  it('keeps /metrics labels bounded: versions that do not exist add no label values', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const s = await start();
    expect((await post(`${s.url}/v2/models/iris/infer`, irisBody())).status).toBe(200);
    for (let i = 0; i < 40; i++) {
      const version = `9.${i}.${Math.floor(Math.random() * 1e6)}`;
      expect((await post(`${s.url}/v2/models/iris/versions/${version}/infer`, irisBody())).status).toBe(404);
      expect((await fetch(`${s.url}/v2/models/iris/versions/${version}/infer`)).status).toBe(405);
    }
    // A malformed escape in the version is the client's mistake too.
    expect((await post(`${s.url}/v2/models/iris/versions/%E0%A4%A/infer`, irisBody())).status).toBe(400);
    const text = await (await fetch(`${s.url}/metrics`)).text();
    const versions = new Set([...text.matchAll(/version="([^"]*)"/g)].map((x) => x[1]));
    expect([...versions].sort()).toEqual(['', '1.0.0']);
    const m = parseMetrics(text);
    expect(metricSum(m, 'modelship_requests_total', { model: 'iris', version: '', code: '404' })).toBe(40);
    expect(metricSum(m, 'modelship_requests_total', { model: 'iris', version: '', code: '405' })).toBe(40);
    // The access log still says which version was asked for: the path carries it.
    expect(logs.some((l) => l.event === 'access' && l.status === 404 && String(l.path).startsWith('/v2/models/iris/versions/9.0.'))).toBe(true);
  });
});

describe('dynamic batching and binary tensor data over HTTP', () => {
  /** The binary-extension request for `rows` iris rows, asking for every output as binary. */
  const binaryRequest = (rows: number, parameters: Record<string, unknown> = { binary_data_output: true }) => {
    const data = Float32Array.from(JSON.parse(irisBody(rows)).inputs[0].data as number[]);
    const header = Buffer.from(JSON.stringify({ id: 'b1', inputs: [{ name: 'features', shape: [rows, 4], datatype: 'FP32', parameters: { binary_data_size: data.byteLength } }], parameters }));
    return { body: Buffer.concat([header, Buffer.from(data.buffer)]), headerLength: header.length };
  };
  const postBinary = (url: string, body: Buffer, headerLength: string) => fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': headerLength } });

  it('round-trips binary tensor data: the same answers as JSON, bit for bit', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V2);
    const s = await start();
    const infer = `${s.url}/v2/models/iris/infer`;
    const { body, headerLength } = binaryRequest(5);
    const res = await postBinary(infer, body, String(headerLength));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    const raw = Buffer.from(await res.arrayBuffer());
    const n = Number(res.headers.get('inference-header-content-length'));
    const header = JSON.parse(raw.subarray(0, n).toString('utf8')) as { id: string; model_version: string; outputs: Array<{ name: string; datatype: string; shape: number[]; parameters: { binary_data_size: number } }> };
    expect(header).toMatchObject({ id: 'b1', model_version: '1.0.0' });
    const json = (await (await post(infer, irisBody(5))).json()) as { outputs: Array<{ name: string; data: number[] }> };
    let at = n;
    for (const o of header.outputs) {
      const bytes = Uint8Array.from(raw.subarray(at, at + o.parameters.binary_data_size));
      at += o.parameters.binary_data_size;
      const values = o.datatype === 'FP32' ? Array.from(new Float32Array(bytes.buffer)) : Array.from(new BigInt64Array(bytes.buffer), Number);
      const expected = json.outputs.find((j) => j.name === o.name)?.data ?? [];
      // JSON carries a float32 as the shortest double that reads back to it: Math.fround recovers the bits.
      expect(values).toEqual(o.datatype === 'FP32' ? expected.map(Math.fround) : expected);
      expect(values).toHaveLength(o.shape.reduce((a, b) => a * b, 1));
    }
    expect(at).toBe(raw.length);
    // Binary in, JSON out when no binary output is asked for.
    const plain = binaryRequest(2, {});
    const jsonAnswer = await postBinary(infer, plain.body, String(plain.headerLength));
    expect(jsonAnswer.headers.get('content-type')).toBe('application/json');
    expect(((await jsonAnswer.json()) as { outputs: unknown[] }).outputs).toHaveLength(2);
  });

  it('answers a bad Inference-Header-Content-Length with a 400 naming the header', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V2);
    const s = await start();
    const infer = `${s.url}/v2/models/iris/infer`;
    const { body, headerLength } = binaryRequest(1);
    for (const value of ['abc', '0', '-3', String(body.length + 1), '12.5']) {
      const res = await postBinary(infer, body, value);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(new RegExp(`the Inference-Header-Content-Length header is "${value.replace('.', '\\.')}": expected the byte length of the JSON part of the body, an integer from 1 to ${body.length}`));
    }
    const cut = await postBinary(infer, body, String(headerLength - 3));
    expect(cut.status).toBe(400);
    expect(((await cut.json()) as { error: string }).error).toMatch(/the JSON header of the request is not valid JSON/);
    const short = await postBinary(infer, body.subarray(0, body.length - 4), String(headerLength));
    expect(((await short.json()) as { error: string }).error).toMatch(/input "features": "binary_data_size" is 16 bytes, but only 12 bytes of binary data remain/);
    expect(metricSum(await metrics(s), 'modelship_request_errors_total', { code: '400' })).toBe(7);
  });

  it('merges concurrent requests into batched runs, answers each as if alone, and rejects bad ones before batching', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', SLOW_MODEL);
    const s = await start({ limits: { concurrency: 16 } });
    const infer = `${s.url}/v2/models/iris/infer`;
    const body = (i: number) => JSON.stringify({ id: `r${i}`, inputs: [{ name: 'features', shape: [1 + (i % 3), 4], datatype: 'FP32', data: Array.from({ length: (1 + (i % 3)) * 4 }, (_, k) => Math.cos(i * 3.1 + k)) }] });
    const bad = [
      JSON.stringify({ inputs: [{ name: 'features', shape: [1, 5], datatype: 'FP32', data: [1, 2, 3, 4, 5] }] }),
      JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [1, 2, 'x', 4] }] }),
    ];
    const all = [...Array.from({ length: 30 }, (_, i) => body(i)), ...bad];
    const answers = await Promise.all(all.map((b) => post(infer, b).then(async (r) => ({ status: r.status, text: await r.text() }))));
    expect(answers.slice(30).map((a) => a.status)).toEqual([400, 400]);
    const error = (i: number) => (JSON.parse(answers[i].text) as { error: string }).error;
    expect(error(30)).toMatch(/dimension 1 must be 4/);
    expect(error(31)).toMatch(/data\[2\] is "x", expected a number/);
    const m = await metrics(s);
    const runs = metricSum(m, 'modelship_batch_size_count', { model: 'iris' });
    expect(metricSum(m, 'modelship_batch_size_sum', { model: 'iris' })).toBe(30);
    expect(runs).toBeLessThan(30);
    // Each batched answer is the text the same request gets alone.
    for (let i = 0; i < 30; i++) {
      expect(answers[i].status).toBe(200);
      expect(answers[i].text).toBe(await (await post(infer, body(i))).text());
    }
    expect(metricSum(await metrics(s), 'modelship_batch_size_count', { model: 'iris' })).toBe(runs + 30);
    expect(logs.find((l) => l.event === 'loaded')).toMatchObject({ model: 'iris', version: '1.0.0', batching: true });
  });

  it('runs one by one with batching off, and logs why', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V2);
    const s = await start({ batch: { maxSize: 1 } });
    await Promise.all(Array.from({ length: 10 }, () => post(`${s.url}/v2/models/iris/infer`, irisBody(2))));
    const m = await metrics(s);
    expect(metricSum(m, 'modelship_batch_size_count', { model: 'iris' })).toBe(10);
    expect(metricSum(m, 'modelship_batch_size_sum', { model: 'iris' })).toBe(10);
    expect(logs.find((l) => l.event === 'loaded')).toMatchObject({ batching: false, batchingOff: 'the maximum batch is 1 row' });
    await expect(startServer({ repository: repo.root, port: 0, batch: { maxSize: 0 } })).rejects.toThrow(/batch maxSize must be an integer from 1 to 65536/);
    await expect(startServer({ repository: repo.root, port: 0, batch: { maxDelayMs: -1 } })).rejects.toThrow(/batch maxDelayMs must be a number of milliseconds from 0 to 1000/);
  });
});

describe('routing from the local provider', () => {
  it('splits a 90/10 canary by weight, observed in /metrics under load from the HTTP runner', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    await addVersion(repo.root, 'iris', '1.1.0', IRIS_V2);
    await writeRouting(repo.root, 'iris', { generation: 1, stable: '1.0.0', candidate: '1.1.0', weights: { '1.0.0': 90, '1.1.0': 10 }, strategy: 'canary' });
    const s = await start();
    const result = await drive(s.url, { iterations: 2000, concurrency: 8 });
    expect(result.errors).toBe(0);
    const m = await metrics(s);
    const stable = metricSum(m, 'modelship_requests_total', { version: '1.0.0', code: '200' });
    const canary = metricSum(m, 'modelship_requests_total', { version: '1.1.0', code: '200' });
    expect(stable + canary).toBeGreaterThanOrEqual(2000);
    expect(canary / (stable + canary)).toBeGreaterThan(0.07);
    expect(canary / (stable + canary)).toBeLessThan(0.13);
    expect(metricSum(m, 'modelship_request_duration_seconds_count', { version: '1.1.0' })).toBe(canary);
    expect(metricSum(m, 'modelship_model_load_seconds_count', { model: 'iris' })).toBe(2);
  });

  it('follows header routes, explicit versions and sticky keys (A/B)', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    await addVersion(repo.root, 'iris', '1.1.0', IRIS_V2);
    await writeRouting(repo.root, 'iris', {
      generation: 1, stable: '1.0.0', candidate: '1.1.0', weights: { '1.0.0': 50, '1.1.0': 50 }, strategy: 'ab',
      headerRoutes: [{ header: 'x-modelship-version', value: 'beta', version: '1.1.0' }], sticky: { header: 'x-request-key' },
    });
    const s = await start();
    const versionOf = async (headers: Record<string, string>, url = `${s.url}/v2/models/iris/infer`) => ((await (await post(url, irisBody(), headers)).json()) as { model_version: string }).model_version;
    for (let i = 0; i < 10; i++) expect(await versionOf({ 'x-modelship-version': 'beta', 'x-request-key': `user-${i}` })).toBe('1.1.0');
    expect(await versionOf({ 'x-modelship-version': 'beta' }, `${s.url}/v2/models/iris/versions/1.0.0/infer`)).toBe('1.0.0');
    // The same key lands on the same version every time; different keys spread over both.
    const seen = new Set<string>();
    for (let u = 0; u < 20; u++) {
      const first = await versionOf({ 'x-request-key': `user-${u}` });
      for (let k = 0; k < 3; k++) expect(await versionOf({ 'x-request-key': `user-${u}` })).toBe(first);
      seen.add(first);
    }
    expect([...seen].sort()).toEqual(['1.0.0', '1.1.0']);
    // Under load with one key, the header-free A/B traffic is sticky: all on one version.
    await drive(s.url, { iterations: 200, concurrency: 4, headers: { 'x-request-key': 'user-3' } });
    const m = await metrics(s);
    const expected = await versionOf({ 'x-request-key': 'user-3' });
    const other = expected === '1.0.0' ? '1.1.0' : '1.0.0';
    expect(metricSum(m, 'modelship_requests_total', { version: expected })).toBeGreaterThanOrEqual(200);
    expect(metricSum(m, 'modelship_requests_total', { version: other })).toBeLessThan(120);
  });

  it('mirrors to the shadow asynchronously, discards its answers and counts them', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    await addVersion(repo.root, 'iris', '1.1.0', IRIS_V2);
    await writeRouting(repo.root, 'iris', { generation: 1, stable: '1.0.0', weights: { '1.0.0': 100 }, shadow: { version: '1.1.0', percent: 100 }, strategy: 'shadow' });
    const s = await start({ shadowConcurrency: 64 });
    const result = await drive(s.url, { iterations: 300, concurrency: 4 });
    expect(result.errors).toBe(0);
    let m = await metrics(s);
    // Every answer came from stable; the shadow's answers never reached a client.
    expect(metricSum(m, 'modelship_requests_total', { version: '1.1.0' })).toBe(0);
    const served = metricSum(m, 'modelship_requests_total', { version: '1.0.0', code: '200' });
    await eventually(async () => {
      m = await metrics(s);
      return metricSum(m, 'modelship_shadow_requests_total', { version: '1.1.0' }) === served;
    }, 'every request mirrored');
    expect(metricSum(m, 'modelship_shadow_requests_total', { result: 'ok' })).toBe(served);
  });

  it('switches blue-green under load with zero failed requests, then drains and releases the old version', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    await writeRouting(repo.root, 'iris', { generation: 1, stable: '1.0.0', strategy: 'blue-green' });
    const s = await start();
    const load = drive(s.url, { durationMs: 1500, concurrency: 8 });
    await new Promise((r) => setTimeout(r, 300));
    await addVersion(repo.root, 'iris', '2.0.0', IRIS_V2);
    await writeRouting(repo.root, 'iris', { generation: 2, stable: '2.0.0', previous: '1.0.0', strategy: 'blue-green' });
    // Loading green can outlast the timed load on a busy machine: keep asking (each answer must be a 200) until it serves.
    const probes: number[] = [];
    await eventually(async () => {
      const res = await fetch(`${s.url}/v2/models/iris/infer`, { method: 'POST', body: irisBody(), headers: { 'content-type': 'application/json' } });
      probes.push(res.status);
      await res.arrayBuffer();
      return metricSum(await metrics(s), 'modelship_requests_total', { version: '2.0.0' }) > 0;
    }, 'green takes traffic', 60_000);
    expect(probes.filter((status) => status !== 200)).toEqual([]);
    await writeRouting(repo.root, 'iris', { generation: 3, stable: '2.0.0', strategy: 'blue-green' });
    const result = await load;
    expect(result.errors).toBe(0);
    expect(result.status).toEqual({ '200': result.samples });
    const m = await metrics(s);
    expect(metricSum(m, 'modelship_requests_total', { version: '1.0.0', code: '200' })).toBeGreaterThan(0);
    expect(metricSum(m, 'modelship_requests_total', { version: '2.0.0', code: '200' })).toBeGreaterThan(0);
    expect(metricSum(m, 'modelship_request_errors_total')).toBe(0);
    expect(metricSum(m, 'modelship_routing_reloads_total', { result: 'applied' })).toBe(3);
    await eventually(() => logs.some((l) => l.event === 'retiring' && l.version === '1.0.0'), 'blue retired', 60_000);
    expect([...(s.catalog.models.get('iris')?.state?.versions.keys() ?? [])]).toEqual(['2.0.0']);
  });
});

describe('faults', () => {
  it('refuses a corrupted version and keeps serving the others', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    const good = await readFile(IRIS_V2);
    const corrupted = Buffer.from(good);
    corrupted[corrupted.length >> 1] ^= 0xff;
    // Listed with the sha256 of the good file: the bytes on disk no longer match.
    const { createHash } = await import('node:crypto');
    await addVersion(repo.root, 'iris', '1.1.0', corrupted, { sha256: createHash('sha256').update(good).digest('hex') });
    // And a version whose checksum matches but which onnxruntime cannot load.
    await addVersion(repo.root, 'iris', '1.2.0', Buffer.from('not an onnx model'));
    await writeRouting(repo.root, 'iris', { generation: 1, stable: '1.0.0', candidate: '1.1.0', weights: { '1.0.0': 50, '1.1.0': 25, '1.2.0': 25 } });
    const s = await start();
    const result = await drive(s.url, { iterations: 100, concurrency: 4 });
    expect(result.errors).toBe(0);
    const m = await metrics(s);
    expect(metricSum(m, 'modelship_model_load_failures_total', { version: '1.1.0', reason: 'checksum' })).toBe(1);
    expect(metricSum(m, 'modelship_model_load_failures_total', { version: '1.2.0', reason: 'load' })).toBe(1);
    expect(metricSum(m, 'modelship_requests_total', { version: '1.0.0', code: '200' })).toBeGreaterThanOrEqual(100);
    expect(logs.filter((l) => l.event === 'refused').map((l) => l.version).sort()).toEqual(['1.1.0', '1.2.0']);
    // Polls do not retry (nor recount) an unchanged refused folder.
    await new Promise((r) => setTimeout(r, 200));
    expect(metricSum(await metrics(s), 'modelship_model_load_failures_total')).toBe(2);
    expect((await post(`${s.url}/v2/models/iris/versions/1.1.0/infer`, irisBody())).status).toBe(404);
  });

  it('never reads a routing file half-way: a truncated or invalid one is ignored and the last good one kept', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    await addVersion(repo.root, 'iris', '1.1.0', IRIS_V2);
    await writeRouting(repo.root, 'iris', { generation: 1, stable: '1.0.0' });
    const s = await start();
    const file = path.join(repo.root, 'iris', 'routing.json');
    const full = routingJson('iris', { generation: 2, stable: '1.1.0' });
    await writeFile(file, full.slice(0, Math.floor(full.length / 2))); // a writer that crashed half-way, in place
    await eventually(async () => metricSum(await metrics(s), 'modelship_routing_reloads_total', { result: 'invalid' }) >= 1, 'invalid counted');
    const invalidBefore = metricSum(await metrics(s), 'modelship_routing_reloads_total', { result: 'invalid' });
    const load = await drive(s.url, { iterations: 50, concurrency: 2 });
    expect(load.errors).toBe(0);
    let m = await metrics(s);
    expect(metricSum(m, 'modelship_requests_total', { version: '1.1.0' })).toBe(0);
    await writeFile(file, JSON.stringify({ ...JSON.parse(full), weights: { '1.1.0': -5 } }));
    // The in-place write may be caught empty first (counted invalid too); the complete bad file is named in the log.
    await eventually(() => logs.some((l) => l.event === 'routing-invalid' && String(l.error).includes('"weights.1.1.0" must be a non-negative number')), 'bad weights reported');
    expect(metricSum(await metrics(s), 'modelship_routing_reloads_total', { result: 'invalid' })).toBeGreaterThan(invalidBefore);
    await writeRouting(repo.root, 'iris', { generation: 3, stable: '1.1.0' });
    await eventually(async () => ((await (await post(`${s.url}/v2/models/iris/infer`, irisBody())).json()) as { model_version: string }).model_version === '1.1.0', 'new routing applied');
    m = await metrics(s);
    expect(metricSum(m, 'modelship_routing_reloads_total', { result: 'applied' })).toBe(2);
  });

  it('answers a burst beyond the queue with 503 and Retry-After, and keeps serving', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', SLOW_MODEL);
    const s = await start({ limits: { concurrency: 1, queue: 2 } });
    // Memory is bounded: the heap after five more bursts is compared with the heap after the first one,
    // both measured after a full collection, so what is left is per-request state that was never freed.
    const gc = collector();
    let before = 0;
    for (let round = 0; round < 6; round++) {
      if (round === 1) before = heapAfterGc(gc);
      const answers = await Promise.all(Array.from({ length: 200 }, () => post(`${s.url}/v2/models/iris/infer`, irisBody(8)).then(async (r) => ({ status: r.status, retry: r.headers.get('retry-after'), body: await r.text() }))));
      const statuses = new Set(answers.map((a) => a.status));
      expect([...statuses].every((c) => c === 200 || c === 503)).toBe(true);
      expect(answers.some((a) => a.status === 503 && a.retry === '1' && a.body.includes('queue is full'))).toBe(true);
      expect(answers.some((a) => a.status === 200)).toBe(true);
    }
    const host = s.catalog.models.get('iris');
    expect(host?.limiter.active).toBe(0);
    expect(host?.limiter.queued).toBe(0);
    expect(heapAfterGc(gc) - before).toBeLessThan(32 * 2 ** 20);
    expect((await post(`${s.url}/v2/models/iris/infer`, irisBody())).status).toBe(200);
    expect(metricSum(await metrics(s), 'modelship_request_errors_total', { code: '503' })).toBeGreaterThan(0);
  });

  it('answers 504 when a request waits past the timeout', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', SLOW_MODEL);
    // 200 requests through one slot cannot all start within 2 ms, however fast the machine.
    const s = await start({ limits: { concurrency: 1, queue: 1000, timeoutMs: 2 } });
    const answers = await Promise.all(Array.from({ length: 200 }, () => post(`${s.url}/v2/models/iris/infer`, irisBody(8)).then((r) => r.status)));
    expect(answers).toContain(504);
    expect(answers.every((c) => c === 200 || c === 504)).toBe(true);
    await eventually(() => s.catalog.models.get('iris')?.limiter.active === 0, 'slots released');
  });

  it('picks up a new model and a first version without a restart', async () => {
    const s = await start();
    expect((await fetch(`${s.url}/v2/models/iris`)).status).toBe(404);
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_DEGRADED);
    await eventually(async () => (await post(`${s.url}/v2/models/iris/infer`, irisBody())).status === 200, 'model appears');
  });

  it('finishes in-flight requests on close and then refuses connections', async () => {
    await addVersion(repo.root, 'iris', '1.0.0', SLOW_MODEL);
    const s = await start({ limits: { concurrency: 1 } });
    // 256 rows a request (tens of ms each): the queue is still there when the last request has arrived.
    const inflight = Array.from({ length: 20 }, () => post(`${s.url}/v2/models/iris/infer`, irisBody(256)).then((r) => r.status));
    const host = s.catalog.models.get('iris');
    const answered = () => logs.filter((l) => l.event === 'access' && l.path === '/v2/models/iris/infer').length;
    await eventually(() => (host?.limiter.active ?? 0) + (host?.limiter.queued ?? 0) + answered() === 20 && (host?.limiter.queued ?? 0) > 0, 'all 20 requests received');
    await s.close();
    server = undefined;
    expect(await Promise.all(inflight)).toEqual(Array(20).fill(200));
    await expect(fetch(`${s.url}/v2/health/live`)).rejects.toThrow();
  });
});

/** A full garbage collection, without starting node with --expose-gc. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function heapAfterGc(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
