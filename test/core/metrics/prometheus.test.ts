import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createMetricSource, MetricSourceError } from '../../../src/core/metrics/index.js';
import { PrometheusSource } from '../../../src/core/metrics/prometheus.js';
import { gateConfig } from '../../../src/gate/config.js';
import { evaluateGate } from '../../../src/gate/engine.js';
import { freePort, startPrometheus, type RunningPrometheus } from '../../support/prometheus.js';

/**
 * A real Prometheus (Debian package `prometheus`: /usr/bin/prometheus, /usr/bin/promtool), fed
 * deterministically by backfilling OpenMetrics samples at fixed timestamps with promtool before it starts,
 * and queried at those timestamps. Skipped only when the binary is absent and CI is not set.
 */
const PROMETHEUS = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus';
const PROMTOOL = process.env.PROMTOOL_BIN ?? '/usr/bin/promtool';
const available = existsSync(PROMETHEUS) && existsSync(PROMTOOL);
if (!available && !process.env.CI) {
  console.warn(`skipping the real-Prometheus tests: ${PROMETHEUS} is not installed (apt-get install prometheus); they always run in CI`);
}
const describeReal = available || process.env.CI ? describe : describe.skip;

describeReal('PrometheusSource against a real Prometheus', () => {
  let dir: string;
  let prometheus: RunningPrometheus | undefined;
  let url: string;
  // Whole minutes, an hour ago: inside the default retention, and every point lands on a known timestamp.
  const t0 = Math.floor(Date.now() / 60_000) * 60 - 3600;
  const end = t0 + 300;

  beforeAll(async () => {
    if (!available) throw new Error(`CI is set but ${PROMETHEUS} is missing: install the Debian package "prometheus"`);
    dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-prom-'));
    const lines = ['# HELP model_accuracy Accuracy by version.', '# TYPE model_accuracy gauge'];
    for (let i = 0; i <= 5; i++) {
      lines.push(`model_accuracy{version="v1"} 0.8${i} ${t0 + i * 60}`);
      lines.push(`model_accuracy{version="v2"} 0.9${i} ${t0 + i * 60}`);
    }
    lines.push('# EOF');
    await writeFile(path.join(dir, 'data.om'), `${lines.join('\n')}\n`);
    execFileSync(PROMTOOL, ['tsdb', 'create-blocks-from', 'openmetrics', path.join(dir, 'data.om'), path.join(dir, 'tsdb')], { stdio: 'pipe' });
    prometheus = await startPrometheus({ dir, port: await freePort(), targets: [], scrapeInterval: '15s' });
    url = prometheus.url;
  }, 30_000);

  afterAll(async () => {
    await prometheus?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const source = (queries: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    createMetricSource({ prometheus: { url, time: end, queries: queries as never, ...extra } }, { root: '/', resolvePath: (p) => p });

  it('instant query: one series by aggregation, several series as slices by label', async () => {
    const set = await source({ mean_acc: 'avg(model_accuracy)', acc: { query: 'model_accuracy', sliceBy: 'version' } }).read();
    const mean = set.get('mean_acc');
    expect(mean.ok && mean.value).toBeCloseTo(0.9, 12);
    expect(set.sliceValues('version')?.sort()).toEqual(['v1', 'v2']);
    expect(set.get('acc', { feature: 'version', value: 'v2' })).toEqual({ ok: true, value: 0.95 });
    // Two series and `last`: an error that says how to fix it, never the first series by chance.
    const two = set.get('acc');
    expect(two.ok).toBe(false);
    expect(!two.ok && two.kind).toBe('invalid');
    expect(!two.ok && two.reason).toMatch(/returned 2 series; "last" needs one/);
  });

  it('range query reduced as configured: v2 points 0.90..0.95 → mean 0.925, min 0.9, p95 0.9475', async () => {
    const q = (reduce: string) => ({ query: 'model_accuracy{version="v2"}', range: '5m', step: '60s', reduce });
    const set = await source({ mean: q('mean'), min: q('min'), p95: q('p95'), count: q('count') }).read();
    const value = (k: string) => {
      const r = set.get(k);
      return r.ok ? r.value : NaN;
    };
    expect(value('mean')).toBeCloseTo(0.925, 12);
    expect(value('min')).toBe(0.9);
    expect(value('p95')).toBeCloseTo(0.9475, 12);
    expect(value('count')).toBe(6);
    expect(set.samples('mean')?.values).toEqual([0.9, 0.91, 0.92, 0.93, 0.94, 0.95]);
  });

  it('no data is a missing metric (the gate policy decides, default fail); NaN is kept for the non-finite policy', async () => {
    const set = await source({ none: 'model_accuracy{version="v9"}', nan: '0/0' }).read();
    const none = set.get('none');
    expect(!none.ok && none.kind).toBe('missing');
    expect(!none.ok && none.reason).toMatch(/returned no data/);
    const nan = set.get('nan');
    expect(nan.ok && Number.isNaN(nan.value)).toBe(true);
    const gate = gateConfig('live', {
      checks: [
        { metric: 'none', direction: 'higher', value: { min: 0.9 } },
        { metric: 'nan', direction: 'higher', value: { min: 0.9 } },
      ],
    });
    const result = evaluateGate(gate, { candidate: set });
    expect(result.checks.map((c) => c.status)).toEqual(['fail', 'fail']);
    expect(result.verdict).toBe('fail');
  });

  it('a query Prometheus rejects is a configuration error (bad_data)', async () => {
    const err = await source({ bad: 'sum(' }).read().catch((e) => e);
    expect(err).toBeInstanceOf(MetricSourceError);
    expect(err.kind).toBe('invalid');
    expect(err.message).toMatch(/HTTP 400, Prometheus says bad_data/);
  });

  it('feeds a gate end to end: v2 ≥ 0.9 passes, v1 fails, with the slice named', async () => {
    const set = await source({ acc: { query: 'model_accuracy', sliceBy: 'version' } }).read();
    const gate = gateConfig('online', { checks: [{ metric: 'acc', direction: 'higher', slices: ['version'], value: { min: 0.9 } }] });
    const result = evaluateGate(gate, { candidate: set });
    const byslice = Object.fromEntries(result.checks.map((c) => [c.slice, c.status]));
    expect(byslice).toEqual({ 'version:v1': 'fail', 'version:v2': 'pass' });
  });
});

describe('PrometheusSource failures without Prometheus', () => {
  it('unreachable: the source is unavailable (the gate reports inconclusive), with a clear message', async () => {
    const port = await freePort();
    const err = await new PrometheusSource({ url: `http://127.0.0.1:${port}`, queries: { a: { query: 'up' } }, timeoutMs: 2000 }).read().catch((e) => e);
    expect(err).toBeInstanceOf(MetricSourceError);
    expect(err.kind).toBe('unavailable');
    expect(err.message).toMatch(/did not answer \(ECONNREFUSED\)/);
  });
  it('HTTP 503 with a non-API body, and status:error, are unavailable; credentials in the URL never appear', async () => {
    let mode = 0;
    let authorization: string | undefined;
    const server = http.createServer((req, res) => {
      authorization = req.headers.authorization;
      if (mode === 0) {
        res.writeHead(503);
        res.end('upstream down');
      } else {
        res.writeHead(422, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'error', errorType: 'execution', error: 'query timed out' }));
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as AddressInfo;
    try {
      const src = new PrometheusSource({ url: `http://user:secret@127.0.0.1:${port}/prom`, queries: { a: { query: 'up' } } });
      const first = await src.read().catch((e) => e);
      expect(first.kind).toBe('unavailable');
      expect(first.message).toMatch(/HTTP 503, not a Prometheus API answer/);
      expect(first.message).not.toMatch(/secret/);
      expect(authorization).toBe(`Basic ${Buffer.from('user:secret').toString('base64')}`);
      mode = 1;
      const second = await src.read().catch((e) => e);
      expect(second.message).toMatch(/Prometheus says execution: query timed out/);
      expect(src.describe()).toBe(`Prometheus http://***@127.0.0.1:${port}/prom (a)`);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('PrometheusSource evaluation time', () => {
  it('evaluates every query of one read at the same instant (one window for one judgement), a new instant per read', async () => {
    let clock = 1_700_000_000;
    const times: Array<{ query: string; time: string | null; end: string | null }> = [];
    const fakeFetch = (async (_url: URL, init: { body: string }) => {
      const params = new URLSearchParams(init.body);
      times.push({ query: params.get('query') ?? '', time: params.get('time'), end: params.get('end') });
      clock += 7; // time passes while Prometheus answers
      return new Response(JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [clock, '1'] }] } }));
    }) as unknown as typeof fetch;
    const src = new PrometheusSource({ url: 'http://prom', fetch: fakeFetch, now: () => clock, queries: { a: { query: 'a' }, b: { query: 'b', range: { windowSeconds: 60, stepSeconds: 15 } }, c: { query: 'c' } } });
    await src.read();
    expect(times).toEqual([
      { query: 'a', time: '1700000000', end: null },
      { query: 'b', time: null, end: '1700000000' },
      { query: 'c', time: '1700000000', end: null },
    ]);
    times.length = 0;
    await src.read();
    expect(times.map((t) => t.time ?? t.end)).toEqual(['1700000021', '1700000021', '1700000021']);
  });
});
