/**
 * Shadow and A/B decisions on a running server: a real `modelship serve` (startServer) on the local
 * environment's repository answers real client requests while the engine mirrors a candidate to it. The
 * shadow is judged from the server's /metrics: a candidate whose mirrored runs fail aborts the run (exit 1,
 * mirror removed, stable untouched), a healthy one passes, too little traffic or nothing to measure fails
 * unless configured otherwise; an A/B onto an empty environment does not wait out its duration.
 *
 * Determinism: the observation (`duration`) goes through the engine's `sleep` option, which sends an exact
 * number of requests once the server applied the mirror and returns when the server has counted every
 * mirrored run. Dynamic batching is off, so each mirrored request is one run of the candidate.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeModel } from '../../src/core/onnx/encode.js';
import { deploy, exitCodeOf, status, storeFor, type DeployResult } from '../../src/deploy/engine.js';
import { environmentOf } from '../../src/deploy/config.js';
import { renderResultText } from '../../src/deploy/render.js';
import { repositoryOfEnvironment } from '../../src/serve/config.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { createProject, type Project } from './helpers.js';

const MODEL = 'iris';

/**
 * Loads, and takes the iris input (features[batch,4] float32), but reshapes it to rows of 8: a request of
 * one row fails at inference, a request of two rows is answered. Built with the project's ONNX encoder.
 */
function pairsOnlyModel(): Buffer {
  return Buffer.from(
    encodeModel({
      producerName: 'modelship-test',
      docString: 'answers only an even number of rows',
      graph: {
        name: 'pairs',
        nodes: [{ opType: 'Reshape', inputs: ['features', 'rows_of_8'], outputs: ['pairs'] }],
        inputs: [{ name: 'features', type: { elemType: 'float32', shape: ['batch', 4] } }],
        outputs: [{ name: 'pairs', type: { elemType: 'float32', shape: ['half', 8] } }],
        initializers: [{ name: 'rows_of_8', dims: [2], data: new BigInt64Array([-1n, 8n]) }],
      },
    }),
  );
}

const stepsOf = (r: DeployResult) => r.steps.map((s) => `${s.name}: ${s.status}`);

let server: RunningServer;
let p: Project;

async function infer(rows: number): Promise<number> {
  const data = Array.from({ length: rows * 4 }, (_, i) => 4 + (i % 4) * 0.5);
  const res = await fetch(`${server.url}/v2/models/${MODEL}/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'features', shape: [rows, 4], datatype: 'FP32', data }] }) });
  await res.arrayBuffer();
  return res.status;
}

/** The server's count of mirrored runs of `version` that answered, failed or were dropped. */
async function mirroredCount(version: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  let n = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('modelship_shadow_requests_total{') && line.includes(`model="${MODEL}"`) && line.includes(`version="${version}"`)) n += Number(line.split(' ').pop());
  }
  return n;
}

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * The observation of a shadow run of `candidate`: once the server mirrors to it, `oneRow` requests of one
 * row and `twoRows` of two, one after the other (every one answered 200 by stable); then until the server
 * counted every mirrored run. Records the pauses asked for.
 */
function observation(candidate: string, oneRow: number, twoRows: number, pauses: number[], answers: number[]) {
  return async (ms: number) => {
    pauses.push(ms);
    await until(() => {
      const state = server.catalog.models.get(MODEL)?.state;
      return state?.routing.shadow?.version === candidate && state.versions.has(candidate);
    }, `the server to mirror to ${candidate}`);
    const before = await mirroredCount(candidate);
    for (let i = 0; i < oneRow + twoRows; i++) answers.push(await infer(i < oneRow ? 1 : 2));
    await until(async () => (await mirroredCount(candidate)) >= before + oneRow + twoRows, `the server to count ${oneRow + twoRows} mirrored runs of ${candidate}`);
  };
}

async function routing(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(repositoryOfEnvironment(p.loaded, 'staging'), MODEL, 'routing.json'), 'utf8')) as Record<string, unknown>;
}

/** staging, local provider, with `strategy` (YAML flow mapping); `url` optional. */
async function configure(strategy: string, extra = ''): Promise<void> {
  await writeFile(path.join(p.dir, 'modelship.yml'), `version: 1\nmodels:\n  iris:\n    path: models/1.0.0/model.onnx\n    format: onnx\nenvironments:\n  staging:\n    provider: { type: local }\n    strategy: ${strategy}\n${extra}`);
  await p.reload();
}

beforeAll(async () => {
  p = await createProject(`  staging:\n    provider: { type: local }\n    strategy: { type: direct }\n`);
  await p.artifact('1.0.0', 'stable 1.0.0');
  // Room for every mirror of a test's requests: a shadow slower than stable (on a worker while stable runs inline)
  // must not have mirrors dropped, which a judgement of the mirror's own figures does not test.
  server = await startServer({ repository: repositoryOfEnvironment(p.loaded, 'staging'), port: 0, pollMs: 50, seed: 5, batch: { maxSize: 1 }, shadowConcurrency: 128 });
  const first = await deploy(p.loaded, { environment: 'staging', version: '1.0.0' });
  expect(first).toMatchObject({ outcome: 'deployed', liveVersion: '1.0.0' });
  await until(() => server.catalog.models.get(MODEL)?.state?.routing.stable === '1.0.0', 'the server to serve 1.0.0');
}, 60_000);

afterAll(async () => {
  await server?.close();
  await p?.cleanup();
});

afterEach(async () => {
  // Every shadow run ends without a mirror, whatever it decided: stable alone serves users.
  expect(await routing()).toMatchObject({ stable: '1.0.0', candidate: null, shadow: null, weights: { '1.0.0': 100 } });
});

describe('a shadow judged from the mirror on a running modelship serve', () => {
  it('fails (exit 1) when the mirrored error rate exceeds stable\'s, reports both, removes the mirror and leaves stable alone', async () => {
    await configure(`{ type: shadow, percent: 100, duration: 5m, minRequests: 40, metricsUrl: "${server.url}/metrics" }`);
    const bytes = pairsOnlyModel();
    await writeFile(path.join(p.dir, 'models', 'pairs.onnx'), bytes);
    const pauses: number[] = [];
    const answers: number[] = [];
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/pairs.onnx' }, { sleep: observation('1.1.0', 30, 30, pauses, answers) });

    // Users saw stable only, and stable answered all of them.
    expect(answers).toEqual(Array(60).fill(200));
    expect(pauses).toEqual([300_000]);
    expect(r).toMatchObject({ outcome: 'aborted', liveVersion: '1.0.0', version: '1.1.0' });
    expect(exitCodeOf(r)).toBe(1);
    expect(stepsOf(r)).toEqual(['prepare: ok', 'verify: ok', 'mirror 100%: ok', 'observe 5m: ok', 'measure-mirror: ok', 'judge-mirror: failed', 'revert: reverted']);
    expect(r.mirror).toMatchObject({
      state: 'failed',
      source: `${server.url}/metrics`,
      bound: { maxErrorRateIncrease: 0.01, minRequests: 40 },
      shadow: { version: '1.1.0', requests: 60, errors: 30, errorRate: 0.5, dropped: 0 },
      stable: { version: '1.0.0', requests: 60, errors: 0, errorRate: 0 },
    });
    expect(r.mirror!.shadow!.p50Ms).toBeGreaterThan(0);
    expect(r.mirror!.stable!.p99Ms).toBeGreaterThan(0);
    expect(r.message).toMatch(/the shadow's error rate 50% exceeds stable's 0% by more than 1% \(maxErrorRateIncrease\)/);
    expect(renderResultText(r)).toMatch(/\n {2}mirror failed \(http:\/\/127\.0\.0\.1:\d+\/metrics\): the shadow's error rate 50%.*shadow 1\.1\.0: 60 mirrored, 30 failed/);
    // The journal keeps the figures.
    const env = environmentOf(p.loaded, 'staging');
    const record = (await storeFor(p.loaded, env, {}).history('staging', MODEL)).find((h) => h.payload.version === '1.1.0');
    expect(record?.status).toBe('failure');
    expect(record?.steps.find((s) => s.name === 'measure-mirror' && s.status === 'ok')?.detail).toMatch(/^failed: .*shadow 1\.1\.0: 60 mirrored, 30 failed \(50%\)/);
    expect((await status(p.loaded, { environment: 'staging' })).environments[0].liveVersion).toBe('1.0.0');
  }, 90_000);

  it('passes (exit 0) a healthy candidate, found through the environment\'s url, with its figures in the result', async () => {
    await configure('{ type: shadow, duration: 1m, minRequests: 30 }', `    url: ${server.url}/v2/models/iris\n`);
    const artifact = await p.artifact('1.2.0', 'healthy 1.2.0');
    const answers: number[] = [];
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.2.0', artifact }, { sleep: observation('1.2.0', 20, 20, [], answers) });
    expect(answers).toEqual(Array(40).fill(200));
    expect(r).toMatchObject({ outcome: 'deployed', liveVersion: '1.0.0' });
    expect(exitCodeOf(r)).toBe(0);
    expect(stepsOf(r)).toEqual(['prepare: ok', 'verify: ok', 'mirror 100%: ok', 'observe 1m: ok', 'measure-mirror: ok', 'judge-mirror: ok', 'remove-mirror: ok']);
    expect(r.mirror).toMatchObject({ state: 'passed', source: `${server.url}/metrics`, shadow: { requests: 40, errors: 0, errorRate: 0 }, stable: { requests: 40, errorRate: 0 } });
    expect(r.message).toMatch(/mirror passed: the shadow's error rate 0% is within stable's 0% \+ 1%/);
  }, 90_000);

  it('fails as "not enough traffic" below minRequests (default 100)', async () => {
    await configure(`{ type: shadow, duration: 1m, metricsUrl: "${server.url}/metrics" }`);
    const artifact = await p.artifact('1.3.0', 'healthy 1.3.0');
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.3.0', artifact }, { sleep: observation('1.3.0', 0, 10, [], []) });
    expect(r).toMatchObject({ outcome: 'aborted', liveVersion: '1.0.0' });
    expect(exitCodeOf(r)).toBe(1);
    expect(r.mirror).toMatchObject({ state: 'not-enough-traffic', bound: { minRequests: 100 }, shadow: { requests: 10, errors: 0 } });
    expect(r.message).toMatch(/not enough traffic: 10 mirrored request\(s\), 100 needed \(minRequests\)/);
  }, 90_000);

  it('fails when nothing can measure the mirror, unless minRequests is 0; then it says so', async () => {
    // A port nothing listens on: the server is closed right after it was given one.
    const closed = await startServer({ repository: repositoryOfEnvironment(p.loaded, 'staging'), port: 0 });
    const nowhere = `${closed.url}/metrics`;
    await closed.close();
    await configure(`{ type: shadow, duration: 1m, metricsUrl: "${nowhere}" }`);
    const artifact = await p.artifact('1.4.0', 'healthy 1.4.0');
    const failed = await deploy(p.loaded, { environment: 'staging', version: '1.4.0', artifact }, { sleep: async () => undefined });
    expect(failed).toMatchObject({ outcome: 'aborted', liveVersion: '1.0.0' });
    expect(failed.mirror).toMatchObject({ state: 'not-measured', source: nowhere, shadow: null, stable: null });
    expect(failed.message).toMatch(/nothing judged the mirror: not measured: .* could not be read/);

    await configure(`{ type: shadow, duration: 1m, minRequests: 0, metricsUrl: "${nowhere}" }`);
    const accepted = await deploy(p.loaded, { environment: 'staging', version: '1.4.0', artifact }, { sleep: async () => undefined });
    expect(accepted).toMatchObject({ outcome: 'deployed', liveVersion: '1.0.0' });
    expect(accepted.mirror?.state).toBe('not-measured');
    expect(accepted.steps.find((s) => s.name === 'judge-mirror')?.detail).toMatch(/^passed on nothing \(minRequests is 0\)/);
  }, 90_000);
});

describe('a shadow the serve metrics cannot see', () => {
  it('plans the measurement in a dry run without reading anything', async () => {
    await configure('{ type: shadow, duration: 1m }');
    const artifact = await p.artifact('1.5.0', 'healthy 1.5.0');
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.5.0', artifact }, { dryRun: true });
    expect(r.outcome).toBe('planned');
    expect(r.steps.find((s) => s.name === 'measure-mirror')).toMatchObject({ status: 'planned', detail: expect.stringMatching(/^would read http:\/\/127\.0\.0\.1:8080\/metrics before and after the observation and fail if 1\.5\.0's mirrored error rate exceeds 1\.0\.0's by more than 0\.01 or fewer than 100 requests are mirrored/) });
  });

  it('on another provider is "not measured": the analysis alone decides, and without one the run fails', async () => {
    const envs = (strategy: string) => `  remote:\n    provider: { type: command }\n    stateDir: .modelship/remote-state\n    strategy: ${strategy}\n`;
    const q = await createProject(envs('{ type: direct }'));
    try {
      await deploy(q.loaded, { environment: 'remote', version: '1.0.0', artifact: await q.artifact('1.0.0') });
      await writeFile(path.join(q.dir, 'modelship.yml'), (await readFile(path.join(q.dir, 'modelship.yml'), 'utf8')).replace(envs('{ type: direct }'), envs('{ type: shadow, duration: 1m }')));
      await q.reload();
      const unjudged = await deploy(q.loaded, { environment: 'remote', version: '1.1.0', artifact: await q.artifact('1.1.0') }, { sleep: async () => undefined });
      expect(unjudged).toMatchObject({ outcome: 'aborted', liveVersion: '1.0.0', mirror: { state: 'not-measured', source: null } });
      expect(unjudged.message).toMatch(/nothing judged the mirror: not measured: the command provider's server is not known to be modelship serve \(set strategy\.metricsUrl/);
      const judged = await deploy(q.loaded, { environment: 'remote', version: '1.1.0', artifact: await q.artifact('1.1.0') }, { sleep: async () => undefined, analysis: { analyze: async () => ({ phase: 'successful', reasons: ['all checks passed'] }) } });
      expect(judged).toMatchObject({ outcome: 'deployed', liveVersion: '1.0.0', mirror: { state: 'not-measured' } });
      expect(judged.steps.find((s) => s.name === 'judge-mirror')?.detail).toMatch(/^passed on the analysis alone/);
      const failed = await deploy(q.loaded, { environment: 'remote', version: '1.1.0', artifact: await q.artifact('1.1.0') }, { sleep: async () => undefined, analysis: { analyze: async () => ({ phase: 'failed', reasons: ['error ratio 0.4 > 0.01'] }) } });
      expect(failed.outcome).toBe('aborted');
      expect(failed.message).toMatch(/shadow analysis failed: error ratio 0\.4 > 0\.01/);
    } finally {
      await q.cleanup();
    }
  }, 60_000);
});

describe('an A/B onto an empty environment', () => {
  it('does not wait out its duration for a comparison that cannot happen, and says why', async () => {
    const q = await createProject(`  lab:\n    provider: { type: local, root: lab-repo }\n    strategy: { type: ab, weight: 30, duration: 2h }\n`);
    const lab = await startServer({ repository: repositoryOfEnvironment(q.loaded, 'lab'), port: 0, pollMs: 50 });
    try {
      const pauses: number[] = [];
      const r = await deploy(q.loaded, { environment: 'lab', version: '1.0.0', artifact: await q.artifact('1.0.0') }, { sleep: async (ms) => void pauses.push(ms) });
      expect(r).toMatchObject({ outcome: 'deployed', liveVersion: '1.0.0' });
      expect(pauses).toEqual([]);
      expect(r.steps.find((s) => s.name === 'observe 2h')).toMatchObject({ status: 'skipped', detail: expect.stringMatching(/^nothing live in lab to compare 1\.0\.0 with: no A\/B observation/) });
      // The running server serves it at once.
      await until(() => lab.catalog.models.get(MODEL)?.state?.routing.stable === '1.0.0', 'the lab server to serve 1.0.0');
      const res = await fetch(`${lab.url}/v2/models/${MODEL}/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] }) });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { model_version?: string }).model_version).toBe('1.0.0');
      // With something live, the same A/B observes for its duration.
      const second = await deploy(q.loaded, { environment: 'lab', version: '1.1.0', artifact: await q.artifact('1.1.0') }, { sleep: async (ms) => void pauses.push(ms) });
      expect(second.outcome).toBe('deployed');
      expect(pauses).toEqual([7_200_000]);
    } finally {
      await lab.close();
      await q.cleanup();
    }
  }, 90_000);
});
