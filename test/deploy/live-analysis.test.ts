/**
 * Rollout analysis on the local environment with a real `modelship serve` answering real traffic, judged
 * from the server's own /metrics (the `serve` metric source, no Prometheus): an analysis template (a gate
 * with {{candidate}} / {{stable}} placeholders) run `count` times per step, the sequential test, the error
 * budget of a source that is down, inconclusive runs, blue-green pre- and post-promotion analysis with the
 * switch back, and the blast radius of every abort in the result and the journal.
 *
 * Determinism: the provider is wrapped so the server re-reads routing.json as soon as the engine writes it
 * (as the demo does); clients send requests continuously from four loops, so every analysis window holds
 * requests of both versions; no assertion depends on how many.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { encodeModel } from '../../src/core/onnx/encode.js';
import { scrapeServe } from '../../src/core/metrics/index.js';
import { environmentOf } from '../../src/deploy/config.js';
import { control, deploy, storeFor, type EngineOptions } from '../../src/deploy/engine.js';
import type { DeploymentProvider } from '../../src/deploy/providers/provider.js';
import { repositoryOfEnvironment } from '../../src/serve/config.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { createProject, type Project } from './helpers.js';

const MODEL = 'iris';

/** Takes the iris input but reshapes it to rows of 8: one-row requests fail at inference (HTTP 500). */
function pairsOnlyModel(tag: string): Buffer {
  return Buffer.from(
    encodeModel({
      producerName: 'modelship-test',
      docString: `answers only an even number of rows (${tag})`,
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

let server: RunningServer;
let p: Project;

/** Clients sending one-row requests without pause: to the model (routed), or pinned to `pinned` as well. */
class Clients {
  readonly statuses: number[] = [];
  pinned: string | undefined;
  private stopped = false;
  private readonly loops: Array<Promise<void>> = [];

  start(n = 4): this {
    const body = JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] });
    for (let i = 0; i < n; i++) {
      this.loops.push(
        (async () => {
          for (let k = 0; !this.stopped; k++) {
            const pin = this.pinned !== undefined && k % 2 === 1 ? `/versions/${this.pinned}` : '';
            const res = await fetch(`${server.url}/v2/models/${MODEL}${pin}/infer`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
            await res.arrayBuffer();
            if (!pin) this.statuses.push(res.status);
          }
        })(),
      );
    }
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }
}

/** The server follows each routing write at once. */
const follow: EngineOptions = {
  provider: (_env, inner): DeploymentProvider => {
    const after = async (detail: string) => (await server.reload(), detail);
    return {
      type: inner.type,
      prepare: async (c, t) => after(await inner.prepare(c, t)),
      verify: (c, t) => inner.verify(c, t),
      shiftTraffic: async (c, traffic, t) => after(await inner.shiftTraffic(c, traffic, t)),
      finalize: async (c, traffic, t) => after(await inner.finalize(c, traffic, t)),
      revert: async (c, lastGood, t) => after(await inner.revert(c, lastGood, t)),
      ...(inner.observe ? { observe: inner.observe.bind(inner) } : {}),
    };
  },
};

const TEMPLATE = `gates:
  serve-health:
    description: the candidate against the stable, both measured by modelship serve over the same window
    candidate: { serve: { url: "{{args.server}}", model: "{{model}}", version: "{{candidate}}", window: 400ms } }
    baseline: { serve: { url: "{{args.server}}", model: "{{model}}", version: "{{stable}}", window: 400ms } }
    policies: { onMissingBaseline: skip }
    checks:
      - { metric: error_rate, direction: lower, value: { max: 0.05 }, change: { minAbsolute: -0.02 }, critical: true }
  preview-health:
    candidate: { serve: { url: "{{args.server}}", model: "{{model}}", version: "{{candidate}}", window: 400ms } }
    checks:
      - { metric: error_rate, direction: lower, value: { max: 0.05 } }
  unjudgeable:
    candidate: { serve: { url: "{{args.server}}", model: "{{model}}", version: "{{candidate}}", window: 300ms } }
    baseline: { serve: { url: "{{args.server}}", model: "{{model}}", version: "{{stable}}", window: 300ms } }
    checks:
      - { metric: latency_p50_ms, direction: lower, statistics: { method: mannWhitney, samples: latency_ms, minSamples: 100000000 } }
`;

async function configure(strategy: string): Promise<void> {
  await writeFile(path.join(p.dir, 'modelship.yml'), `version: 1\nmodels:\n  iris:\n    path: models/1.0.0/model.onnx\n    format: onnx\n${TEMPLATE}environments:\n  staging:\n    provider: { type: local }\n    url: ${server.url}/v2/models/iris\n    strategy: ${strategy}\n`);
  await p.reload();
}

async function routing(): Promise<{ stable: string; weights: Record<string, number> }> {
  return JSON.parse(await readFile(path.join(repositoryOfEnvironment(p.loaded, 'staging'), MODEL, 'routing.json'), 'utf8')) as { stable: string; weights: Record<string, number> };
}

async function badArtifact(version: string): Promise<string> {
  await writeFile(path.join(p.dir, 'models', `pairs-${version}.onnx`), pairsOnlyModel(version));
  return `models/pairs-${version}.onnx`;
}

async function journal(version: string) {
  return (await storeFor(p.loaded, environmentOf(p.loaded, 'staging'), {}).history('staging', MODEL)).find((r) => r.payload.version === version)!;
}

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const ANALYSIS = (extra: string) => `{ gate: serve-health, args: { server: "SERVER" }, interval: 50ms, count: 3${extra} }`;
const canary = (analysis: string) => `{ type: canary, steps: [{ weight: 50 }, { weight: 100 }], analysis: ${analysis.replace('SERVER', server.url)} }`;

beforeAll(async () => {
  p = await createProject(`  staging:\n    provider: { type: local }\n    strategy: { type: direct }\n`);
  await p.artifact('1.0.0', 'stable 1.0.0');
  server = await startServer({ repository: repositoryOfEnvironment(p.loaded, 'staging'), port: 0, pollMs: 50, seed: 11, batch: { maxSize: 1 } });
  expect(await deploy(p.loaded, { environment: 'staging', version: '1.0.0' }, follow)).toMatchObject({ outcome: 'deployed' });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await p?.cleanup();
});

describe('canary analysis from modelship serve /metrics', () => {
  it('aborts a failing candidate at its first measurement, with the blast radius in the result and the journal', async () => {
    await configure(canary(ANALYSIS('')));
    const clients = new Clients().start();
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await badArtifact('1.1.0') }, follow).finally(() => clients.stop());
    expect(r.outcome).toBe('aborted');
    expect(r.message).toMatch(/analysis failed at step 1 \(50%\): failed measurements exceed failureLimit 0; serve-health: error_rate/);
    expect(await routing()).toMatchObject({ stable: '1.0.0', weights: { '1.0.0': 100 } });
    const counted = (await scrapeServe(server.url, MODEL)).get('1.1.0')!;
    expect(r.blastRadius).toMatchObject({ version: '1.1.0' });
    expect(r.blastRadius!.requests).toBeGreaterThan(0);
    expect(r.blastRadius!.requests).toBeLessThanOrEqual(counted.requests);
    // Every request the bad candidate answered failed (one-row requests), and the record says how many.
    expect(r.blastRadius!.errors).toBe(r.blastRadius!.requests);
    const record = await journal('1.1.0');
    expect(record.status).toBe('failure');
    // First in the description, which GitHub cuts at 140 characters.
    expect(record.description!.slice(0, 140)).toMatch(new RegExp(`^blast radius: 1\\.1\\.0 served ${r.blastRadius!.requests} request\\(s\\), ${r.blastRadius!.errors} failed`));
    expect(record.steps.find((s) => s.name === 'blast-radius')?.detail).toMatch(/counted by modelship serve at http:\/\/127\.0\.0\.1:\d+\/metrics/);
    // The stable answered its users throughout.
    expect(clients.statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
  }, 120_000);

  it('the sequential test alone stops a failing candidate early, without waiting out the count', async () => {
    await configure(canary(`{ interval: 50ms, count: 20, sequential: { window: 400ms, alpha: 0.05, beta: 0.2, relativeRisk: 2 } }`));
    const clients = new Clients().start();
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.1.1', artifact: await badArtifact('1.1.1') }, follow).finally(() => clients.stop());
    expect(r.outcome).toBe('aborted');
    const analysis = r.steps.find((s) => s.name === 'analysis 1')!;
    expect(analysis.detail).toMatch(/^failed \(stopped early: the sequential test decided after \d+ measurement\(s\)\)/);
    expect(analysis.detail).toMatch(/sequential test: the candidate's error rate is 2x the stable's \(1\.1\.1 (\d+)\/\1 errors, 1\.0\.0 0\/\d+/);
    expect(Number(/after (\d+) measurement/.exec(analysis.detail)![1])).toBeLessThan(20);
    expect(r.blastRadius?.version).toBe('1.1.1');
  }, 120_000);

  it('promotes a healthy candidate: every measurement at every step passes, and no user request failed', async () => {
    await configure(canary(ANALYSIS(', failureLimit: 0, sequential: { window: 400ms }')));
    const clients = new Clients().start();
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.2.0', artifact: await p.artifact('1.2.0', 'healthy 1.2.0') }, follow).finally(() => clients.stop());
    expect(r.message).toMatch(/now runs/);
    for (const step of ['analysis 1', 'analysis 2']) expect(r.steps.find((s) => s.name === step)?.detail).toMatch(/^successful.*3 measurement\(s\): \d successful, 0 failed, 0 inconclusive/);
    expect(clients.statuses.length).toBeGreaterThan(0);
    expect(clients.statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await routing()).toMatchObject({ stable: '1.2.0', weights: { '1.2.0': 100 } });
  }, 120_000);

  it('a source down longer than consecutiveErrorLimit aborts; errors are not failures', async () => {
    const port = await closedPort();
    await configure(canary(`{ interval: 20ms, count: 6, consecutiveErrorLimit: 2, sequential: { url: "http://127.0.0.1:${port}", window: 50ms } }`));
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.2.1', artifact: await p.artifact('1.2.1', 'healthy 1.2.1') }, follow);
    expect(r.outcome).toBe('aborted');
    expect(r.message).toMatch(/analysis could not measure at step 1 \(50%\): measurements could not be taken 3 times in a row \(consecutiveErrorLimit 2\): the source is down longer than the budget/);
    expect(r.steps.find((s) => s.name === 'analysis 1')?.detail).toMatch(/3 measurement\(s\): 0 successful, 0 failed, 0 inconclusive, 3 error/);
    expect(await routing()).toMatchObject({ stable: '1.2.0', weights: { '1.2.0': 100 } });
  }, 120_000);

  it('an inconclusive run pauses for a person, who aborts it from outside; traffic returns to the stable version', async () => {
    await configure(canary(`{ gate: unjudgeable, args: { server: "SERVER" } }`));
    const clients = new Clients().start();
    const store = storeFor(p.loaded, environmentOf(p.loaded, 'staging'), {});
    const running = deploy(p.loaded, { environment: 'staging', version: '1.2.2', artifact: await p.artifact('1.2.2', 'healthy 1.2.2') }, { ...follow, controlPollMs: 20 });
    // The rollout waits, journaled as a step that started and has not ended.
    for (let i = 0; ; i++) {
      const [newest] = await store.history('staging', MODEL);
      const last = newest?.steps.at(-1);
      if (newest?.status === 'in_progress' && last?.status === 'started' && last.name.startsWith('paused: analysis inconclusive at step 1 (50%)')) break;
      if (i > 2400) throw new Error(`the rollout never paused for a person; last step: ${JSON.stringify(last)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await control(p.loaded, { environment: 'staging', action: 'abort', actor: 'ops' });
    const r = await running.finally(() => clients.stop());
    expect(r.outcome).toBe('aborted');
    expect(r.message).toMatch(/aborted by ops/);
    expect(clients.statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await routing()).toMatchObject({ stable: '1.2.0' });
  }, 180_000);
});

describe('blue-green analysis from modelship serve /metrics', () => {
  const blueGreen = (pre: string, post: string) => `{ type: blue-green, prePromotionAnalysis: ${pre.replace('SERVER', server.url)}, postPromotionAnalysis: ${post.replace('SERVER', server.url)} }`;

  it('judges the preview before the switch and live traffic after it; a healthy candidate is promoted', async () => {
    await configure(blueGreen(`{ gate: preview-health, args: { server: "SERVER" } }`, ANALYSIS('')));
    const clients = new Clients();
    clients.pinned = '1.3.0'; // what a smoke test of the preview sends: requests by version
    clients.start();
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.3.0', artifact: await p.artifact('1.3.0', 'healthy 1.3.0') }, follow).finally(() => clients.stop());
    expect(r.outcome).toBe('deployed');
    expect(r.steps.map((s) => `${s.name}: ${s.status}`)).toEqual(['prepare: ok', 'verify: ok', 'preview: ok', 'prePromotionAnalysis: ok', 'switch: ok', 'verify-after-switch: ok', 'postPromotionAnalysis: ok', 'finalize: ok']);
    expect(clients.statuses.filter((s) => s !== 200)).toEqual([]);
  }, 120_000);

  it('a failing preview is never switched to', async () => {
    await configure(blueGreen(`{ gate: preview-health, args: { server: "SERVER" } }`, ANALYSIS('')));
    const clients = new Clients();
    clients.pinned = '1.3.1';
    clients.start();
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.3.1', artifact: await badArtifact('1.3.1') }, follow).finally(() => clients.stop());
    expect(r.outcome).toBe('aborted');
    expect(r.message).toMatch(/analysis failed before promotion \(on the preview\)/);
    expect(r.steps.some((s) => s.name === 'switch')).toBe(false);
    // Users never reached the preview: all their requests were answered by the active version.
    expect(clients.statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await routing()).toMatchObject({ stable: '1.3.0' });
  }, 120_000);

  it('a candidate failing after the switch is switched back automatically', async () => {
    await configure(`{ type: blue-green, postPromotionAnalysis: ${ANALYSIS('').replace('SERVER', server.url)} }`);
    const clients = new Clients().start();
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.3.2', artifact: await badArtifact('1.3.2') }, follow).finally(() => clients.stop());
    expect(r.outcome).toBe('aborted');
    expect(r.message).toMatch(/analysis failed after promotion: failed measurements exceed failureLimit 0; serve-health: error_rate is 1/);
    expect(r.steps.map((s) => s.name)).toEqual(expect.arrayContaining(['switch', 'postPromotionAnalysis', 'revert', 'blast-radius']));
    expect(await routing()).toMatchObject({ stable: '1.3.0', weights: { '1.3.0': 100 } });
    expect(r.blastRadius!.errors).toBeGreaterThan(0);
  }, 120_000);
});
