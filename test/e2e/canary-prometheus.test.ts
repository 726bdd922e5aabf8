/**
 * End to end, as a user of the local environment runs it: a project with a modelship.yml whose staging
 * environment (local provider) rolls out by canary, judged by a gate that reads a real Prometheus; a real
 * `modelship serve` (startServer) on staging's model repository; Prometheus scraping its /metrics every
 * second; steady client traffic from the benchmark's HTTP runner throughout. Then:
 *
 *   1. deploy 1.0.0 (first version: the canary runs at 100 %, the analysis still judges it);
 *   2. canary 1.1.0 (iris-v2): 25 % then 100 %, both analyses pass, 1.1.0 is live;
 *   3. canary 1.2.0, the same model with its input renamed (`features` → `measures`), which every client
 *      request routed to it fails (400): the analysis fails at 25 %, the engine aborts and reverts, staging
 *      stays on 1.1.0;
 *   4. what the clients saw, what /metrics says and what Prometheus scraped agree request for request.
 *
 * The configuration is test/e2e/support/canary-project/modelship.yml, the one docs/deploy.md shows.
 *
 * Determinism: the canary's pauses (30 s in the configuration) go through the engine's `sleep` option,
 * which records the pause asked for and then waits — instead of wall-clock time — until the data the
 * analysis needs is in Prometheus: the candidate has answered FRESH more requests since the step began
 * and Prometheus has scraped at least that and holds two samples of it (so `rate()` has a value). Every
 * wait is on a condition with a generous deadline; nothing asserts on time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type LoadedConfig } from '../../src/core/config.js';
import { deploy, status, type DeployResult } from '../../src/deploy/engine.js';
import { figuresByVersion, type VersionFigures } from '../../src/core/metrics/exposition.js';
import { repositoryOfEnvironment } from '../../src/serve/config.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { describeWithPrometheus, freePort, startPrometheus, type RunningPrometheus } from '../support/prometheus.js';
import { startTraffic, type Traffic } from './support/traffic.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT = path.join(HERE, 'support/canary-project');
const EXAMPLES = path.resolve(HERE, '../../examples/iris/models');
const MODEL = 'iris';
/** Requests the candidate must answer after a step begins before its pause may end. */
const FRESH = 20;
const PAUSE_MS = 30_000; // `pause: 30s` in the configuration
/** Stray requests answered without a version (405), sent before the canary of 1.1.0. */
const STRAY = 2;

/** The same ONNX model with an input renamed everywhere it is referenced (same length: the protobuf stays valid). */
function renameInput(model: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('renameInput keeps the length');
  const text = model.toString('latin1');
  if (!text.includes(from)) throw new Error(`the model has no "${from}"`);
  return Buffer.from(text.split(from).join(to), 'latin1');
}

/** A release as users keep them: models/<version>/model.onnx with its SHA256SUMS (the engine checks it). */
async function release(dir: string, version: string, bytes: Buffer): Promise<string> {
  const folder = path.join(dir, 'models', version);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'model.onnx'), bytes);
  await writeFile(path.join(folder, 'SHA256SUMS'), `${createHash('sha256').update(bytes).digest('hex')}  model.onnx\n`);
  return `models/${version}/model.onnx`;
}

const stepsOf = (r: DeployResult) => r.steps.map((s) => `${s.name}: ${s.status}`);

describe('the documented configuration', () => {
  it('is the one docs/deploy.md shows, verbatim', async () => {
    const docs = await readFile(path.resolve(HERE, '../../docs/deploy.md'), 'utf8');
    const config = await readFile(path.join(PROJECT, 'modelship.yml'), 'utf8');
    // Not toContain(): on failure it would print the whole document.
    const section = docs.indexOf('\n## Canary analysis on the local environment with Prometheus\n');
    if (section < 0) throw new Error('docs/deploy.md has no section "Canary analysis on the local environment with Prometheus"');
    if (!docs.slice(section).includes(`\n\`\`\`yaml\n${config}\`\`\`\n`)) {
      throw new Error('that section of docs/deploy.md must show test/e2e/support/canary-project/modelship.yml verbatim in a ```yaml block');
    }
  });
});

describeWithPrometheus('the canary-analysis end-to-end test')('canary analysis on the local environment, judged by a real Prometheus scraping modelship serve', () => {
  let dir: string;
  let loaded: LoadedConfig;
  let repository: string;
  let server: RunningServer;
  let prom: RunningPrometheus;
  let traffic: Traffic | undefined;
  const serveLog: Array<Record<string, unknown>> = [];
  /** The version being deployed, and the pauses the engine asked for (by version). */
  let candidate = '';
  const pauses: Array<{ version: string; ms: number }> = [];

  async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) {
        const recent = serveLog.filter((l) => l.event !== 'access').slice(-5);
        throw new Error(`gave up waiting for ${what}; prometheus: ${prom?.log() || '(quiet)'}; server: ${JSON.stringify(recent)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async function figures(): Promise<Map<string, VersionFigures>> {
    return figuresByVersion(await (await fetch(`${server.url}/metrics`)).text(), MODEL);
  }
  const served = async (version: string) => (await figures()).get(version)?.requests ?? 0;

  /** Client traffic starts once the first version answers, as it would when users find the endpoint up. */
  async function trafficOnceServed(): Promise<Traffic> {
    await until(async () => (await fetch(`${server.url}/v2/models/${MODEL}/ready`)).status === 200, `${MODEL} to be ready`);
    return startTraffic(server.url, { model: MODEL, rate: 100, concurrency: 4 });
  }

  /** The pause of a canary step: until Prometheus holds the traffic the candidate answered at this step. */
  async function sleep(ms: number): Promise<void> {
    pauses.push({ version: candidate, ms });
    traffic ??= await trafficOnceServed();
    const version = candidate;
    const before = await served(version);
    let target = 0;
    await until(async () => (target = await served(version)) >= before + FRESH, `${version} to answer ${FRESH} requests at this step`);
    const selector = `{model="${MODEL}",version="${version}"}`;
    await until(async () => {
      const scraped = await prom.value(`sum(modelship_requests_total${selector})`);
      const rate = await prom.value(`sum(rate(modelship_requests_total${selector}[1m]))`);
      return scraped !== undefined && scraped >= target && rate !== undefined && rate > 0;
    }, `Prometheus to scrape ${target} requests answered by ${version}`);
  }

  function deployVersion(version: string): Promise<DeployResult> {
    candidate = version;
    return deploy(loaded, { environment: 'staging', version, artifact: `models/${version}/model.onnx`, actor: 'e2e' }, { sleep });
  }

  async function routing(): Promise<Record<string, unknown>> {
    return JSON.parse(await readFile(path.join(repository, MODEL, 'routing.json'), 'utf8')) as Record<string, unknown>;
  }

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-e2e-canary-'));
    await copyFile(path.join(PROJECT, 'modelship.yml'), path.join(dir, 'modelship.yml'));
    await release(dir, '1.0.0', await readFile(path.join(EXAMPLES, 'iris-v1/model.onnx')));
    await release(dir, '1.1.0', await readFile(path.join(EXAMPLES, 'iris-v2/model.onnx')));
    await release(dir, '1.2.0', renameInput(await readFile(path.join(EXAMPLES, 'iris-v2/model.onnx')), 'features', 'measures'));
    // PROM_URL must be known when modelship.yml is read (`${env:PROM_URL}`): pick Prometheus' port first.
    const promPort = await freePort();
    loaded = await loadConfig(path.join(dir, 'modelship.yml'), { env: { ...process.env, PROM_URL: `http://127.0.0.1:${promPort}` } });
    // What `modelship serve --env staging` serves.
    repository = repositoryOfEnvironment(loaded, 'staging');
    await mkdir(repository, { recursive: true });
    server = await startServer({ repository, port: 0, seed: 11, pollMs: 50, log: { write: (r: Record<string, unknown>) => void serveLog.push(r), close: async () => undefined } });
    await mkdir(path.join(dir, 'prometheus'));
    prom = await startPrometheus({ dir: path.join(dir, 'prometheus'), port: promPort, targets: [new URL(server.url).host], scrapeInterval: '1s' });
  }, 30_000);

  afterAll(async () => {
    await traffic?.stop().catch(() => undefined);
    await prom?.stop();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('deploys 1.0.0 to the empty environment; the analysis judges its live traffic', async () => {
    const r = await deployVersion('1.0.0');
    expect(r).toMatchObject({ outcome: 'deployed', liveVersion: '1.0.0', previousVersion: null, strategy: 'canary' });
    expect(stepsOf(r)).toEqual(['prepare: ok', 'verify: ok', 'set-weight 25%: ok', 'pause 30s: ok', 'analysis 1: ok', 'set-weight 100%: ok', 'pause 30s: ok', 'analysis 2: ok', 'finalize: ok']);
    // Nothing to share traffic with: the first version takes it all from the first step.
    expect(r.steps.find((s) => s.name === 'set-weight 25%')?.weights).toEqual({ '1.0.0': 100 });
    // Two checks (error ratio, p99) for the one version with traffic: the analysis really read 1.0.0's slice.
    expect(r.steps.filter((s) => s.name.startsWith('analysis')).map((s) => s.detail)).toEqual(Array(2).fill('successful: all 2 evaluated check(s) passed'));
    expect(pauses.filter((p) => p.version === '1.0.0').map((p) => p.ms)).toEqual([PAUSE_MS, PAUSE_MS]);
  }, 60_000);

  it('canaries 1.1.0 at 25 % then 100 %, each step judged from Prometheus, and promotes it', async () => {
    // A confused client keeps GETting the inference URL: 405s the server counts with version="" (no label
    // in Prometheus), at a rate Prometheus sees (each one scraped before the next), which the per-version
    // queries must leave out rather than stop on.
    for (let i = 1; i <= STRAY; i++) {
      expect((await fetch(`${server.url}/v2/models/${MODEL}/infer`)).status).toBe(405);
      await until(async () => (await prom.value(`sum(modelship_request_errors_total{model="${MODEL}",code="405"})`)) === i, `Prometheus to scrape 405 number ${i}`);
    }
    expect(await prom.value(`sum(rate(modelship_request_errors_total{model="${MODEL}",code="405"}[1m]))`)).toBeGreaterThan(0);

    const r = await deployVersion('1.1.0');
    expect(r).toMatchObject({ outcome: 'deployed', liveVersion: '1.1.0', previousVersion: '1.0.0' });
    expect(stepsOf(r)).toEqual(['prepare: ok', 'verify: ok', 'set-weight 25%: ok', 'pause 30s: ok', 'analysis 1: ok', 'set-weight 100%: ok', 'pause 30s: ok', 'analysis 2: ok', 'finalize: ok']);
    expect(r.steps.find((s) => s.name === 'set-weight 25%')?.weights).toEqual({ '1.0.0': 75, '1.1.0': 25 });
    // Two checks (error ratio, p99) for each of the two versions with traffic in the window: 4 rows.
    expect(r.steps.filter((s) => s.name.startsWith('analysis')).map((s) => s.detail)).toEqual(Array(2).fill('successful: all 4 evaluated check(s) passed'));
    expect(pauses.filter((p) => p.version === '1.1.0').map((p) => p.ms)).toEqual([PAUSE_MS, PAUSE_MS]);
    expect(await routing()).toMatchObject({ stable: '1.1.0', candidate: null, previous: '1.0.0', weights: { '1.1.0': 100 }, strategy: 'canary' });

    // What the analysis judged, asked of Prometheus the same way: both versions served without errors.
    const answered = await prom.query(`sum by (version, code) (modelship_requests_total{model="${MODEL}",version!=""})`);
    expect(answered.map((s) => `${s.labels.version} ${s.labels.code}`).sort()).toEqual(['1.0.0 200', '1.1.0 200']);
    expect(answered.every((s) => s.value >= FRESH)).toBe(true);
  }, 60_000);

  it('aborts the canary of 1.2.0, whose renamed input fails every request, and leaves staging on 1.1.0', async () => {
    const r = await deployVersion('1.2.0');
    expect(r).toMatchObject({ outcome: 'aborted', liveVersion: '1.1.0', previousVersion: '1.1.0', version: '1.2.0' });
    expect(stepsOf(r)).toEqual(['prepare: ok', 'verify: ok', 'set-weight 25%: ok', 'pause 30s: ok', 'analysis 1: failed', 'revert: reverted']);
    expect(r.steps.find((s) => s.name === 'set-weight 25%')?.weights).toEqual({ '1.1.0': 75, '1.2.0': 25 });
    // The judgement names the metric, the version at fault and the figure: every answer of 1.2.0 was an error.
    expect(r.message).toMatch(/^deploy of 1\.2\.0 aborted: analysis failed at step 1 \(25%\)/);
    expect(r.message).toMatch(/canary-health: error_ratio in slice version:1\.2\.0 is 1, above the maximum 0\.01/);
    expect(r.message).not.toMatch(/version:1\.1\.0/);
    expect(r.message).toMatch(/staging is left on its last good version, 1\.1\.0/);
    expect(pauses.filter((p) => p.version === '1.2.0').map((p) => p.ms)).toEqual([PAUSE_MS]);

    expect(await routing()).toMatchObject({ stable: '1.1.0', candidate: null, weights: { '1.1.0': 100 } });
    const st = (await status(loaded, { environment: 'staging' })).environments[0];
    expect(st).toMatchObject({ liveVersion: '1.1.0', interrupted: null, lock: null });
    expect(st.history.slice(0, 3).map((h) => `${h.version} ${h.status}`)).toEqual(['1.2.0 failure', '1.1.0 success', '1.0.0 inactive']);

    // After the revert the server stops routing to 1.2.0: over a stretch in which 1.1.0 answers 50 more
    // requests, 1.2.0 answers none (retried until the routing change has been picked up).
    await until(async () => {
      const before = await figures();
      await until(async () => (await served('1.1.0')) >= (before.get('1.1.0')?.requests ?? 0) + 50, '1.1.0 to answer 50 more requests');
      return (await served('1.2.0')) === before.get('1.2.0')?.requests;
    }, 'traffic to 1.2.0 to stop');

    // Read back from Prometheus: 1.2.0 answered only 400s (the client sends `features`, it takes `measures`).
    const v3 = await prom.query(`sum by (code) (modelship_requests_total{model="${MODEL}",version="1.2.0"})`);
    expect(v3.map((s) => s.labels.code)).toEqual(['400']);
    expect(v3[0].value).toBeGreaterThan(0);
    const byCode = (await figures()).get('1.2.0')?.byCode;
    expect(Object.keys(byCode ?? {})).toEqual(['400']);
  }, 60_000);

  it('clients, /metrics and Prometheus agree on every answer, version by version', async () => {
    if (!traffic) throw new Error('the traffic never started (an earlier test failed)');
    const client = await traffic.stop();
    traffic = undefined;
    const ours = await figures();
    // The stray GET of the second test, refused before a version was chosen; the rest are the clients'.
    expect(ours.get('')?.byCode).toEqual({ '405': STRAY });
    const serverByCode: Record<string, number> = {};
    for (const f of ours.values()) if (f.version !== '') for (const [code, n] of Object.entries(f.byCode)) serverByCode[code] = (serverByCode[code] ?? 0) + n;
    // Every answer a client got is counted once, under its status; the 400s are all 1.2.0's.
    expect(serverByCode).toEqual(client);
    expect(Object.keys(client).sort()).toEqual(['200', '400']);
    expect(ours.get('1.2.0')?.byCode).toEqual({ '400': client['400'] });
    expect([...ours.keys()].sort()).toEqual(['', '1.0.0', '1.1.0', '1.2.0']);

    // The server is idle now: Prometheus must reach exactly the same counts, version by version and code by code.
    const expected = Object.fromEntries([...ours.values()].flatMap((f) => Object.entries(f.byCode).map(([code, n]) => [`${f.version} ${code}`, n])));
    let scraped: Record<string, number> = {};
    await until(async () => {
      const rows = await prom.query(`sum by (version, code) (modelship_requests_total{model="${MODEL}"})`);
      scraped = Object.fromEntries(rows.map((s) => [`${s.labels.version ?? ''} ${s.labels.code}`, s.value]));
      return JSON.stringify(Object.entries(scraped).sort()) === JSON.stringify(Object.entries(expected).sort());
    }, `Prometheus to scrape the final counts ${JSON.stringify(expected)}`).catch((err: Error) => {
      throw new Error(`${err.message}; last scraped ${JSON.stringify(scraped)}`);
    });
    expect(scraped).toEqual(expected);
    const errors = await prom.value(`sum(modelship_request_errors_total{model="${MODEL}",version="1.2.0"})`);
    expect(errors).toBe(client['400']);

    // The server accepted every routing.json the engine wrote (none ignored as invalid), generation by generation.
    expect(serveLog.filter((l) => l.event === 'routing-invalid')).toEqual([]);
    const generations = serveLog.filter((l) => l.event === 'routing').map((l) => l.generation as number);
    expect(generations.length).toBeGreaterThan(0);
    expect(generations).toEqual([...new Set(generations)].sort((a, b) => a - b));
  }, 60_000);
});
