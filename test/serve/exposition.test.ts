import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  ExpositionError,
  figuresBetween,
  figuresByVersion,
  histogramQuantile,
  histogramSamples,
  parseExposition,
  type LatencyHistogram,
  type VersionFigures,
} from '../../src/core/metrics/exposition.js';
import { ServeMetrics } from '../../src/serve/metrics.js';
import { startServer } from '../../src/serve/server.js';
import { describeWithPrometheus, freePort, startPrometheus, type RunningPrometheus } from '../support/prometheus.js';
import { addVersion, IRIS_V1, tempRepository } from './support/repository.js';

const INF = Infinity;

describe('parseExposition', () => {
  it('reads names, labels with escapes, special values and timestamps, and skips comments', () => {
    const text = [
      '# HELP a_total Things.',
      '# TYPE a_total counter',
      'a_total{path="C:\\\\x",q="say \\"hi\\"",nl="1\\n2"} 3 1700000000000',
      'b +Inf',
      'c{} -Inf',
      'd NaN',
      'e{x="1",} 1.5e3',
      '',
      '   ',
    ].join('\r\n');
    const parsed = parseExposition(text);
    expect(parsed.types.get('a_total')).toBe('counter');
    expect(parsed.samples.map((s) => [s.name, s.labels, s.value, s.line])).toEqual([
      ['a_total', { path: 'C:\\x', q: 'say "hi"', nl: '1\n2' }, 3, 3],
      ['b', {}, INF, 4],
      ['c', {}, -INF, 5],
      ['d', {}, NaN, 6],
      ['e', { x: '1' }, 1500, 7],
    ]);
  });

  it.each([
    ['{x="1"} 1', /line 2: expected a metric name/],
    ['m{x="1} 1', /line 2: the value of label x is not closed by a quote/],
    ['m{x="\\t"} 1', /line 2: bad escape "\\t" in the value of label x/],
    ['m{x="1",x="2"} 1', /line 2: label x appears twice/],
    ['m{x="1" y="2"} 1', /line 2: expected "," or "}" after the value of label x/],
    ['m{x=1} 1', /line 2: expected ="value" after label x/],
    ['m{-x="1"} 1', /line 2: expected a label name or "}" at column 3/],
    ['m', /line 2: expected one value/],
    ['m abc', /line 2: "abc" is not a sample value/],
    ['m 1 2 3', /line 2: expected one value \(and an optional timestamp\)/],
    ['m 1 soon', /line 2: "soon" is not a timestamp/],
    ['# TYPE m countr', /line 2: unknown metric type "countr" for m/],
  ])('refuses %j naming the line', (line, message) => {
    const run = () => parseExposition(`ok 1\n${line}\n`, '/metrics');
    expect(run).toThrow(ExpositionError);
    expect(run).toThrow(message);
    expect(run).toThrow(/^\/metrics, line 2/);
  });

  it('never fails on any input with anything but an ExpositionError (fuzz)', () => {
    const pieces = fc.constantFrom('m', '{', '}', '"', '\\', '=', ',', ' ', '\n', '1', '+Inf', 'NaN', 'x', '#', 'TYPE', 'e', '.', '-');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''))), (text) => {
        try {
          parseExposition(text);
        } catch (err) {
          expect(err).toBeInstanceOf(ExpositionError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads back any sample written in the format (round trip)', () => {
    const labelValue = fc.string({ maxLength: 12 });
    const sample = fc.record({
      name: fc.stringMatching(/^[a-zA-Z_:][a-zA-Z0-9_:]{0,10}$/),
      labels: fc.dictionary(fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,6}$/), labelValue, { maxKeys: 4 }),
      value: fc.oneof(fc.double({ noNaN: true }), fc.integer()),
    });
    const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
    const format = (v: number) => (v === INF ? '+Inf' : v === -INF ? '-Inf' : String(v));
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 8 }), (samples) => {
        const text = samples.map((s) => `${s.name}{${Object.entries(s.labels).map(([k, v]) => `${k}="${escape(v)}"`).join(',')}} ${format(s.value)}`).join('\n');
        const parsed = parseExposition(text).samples;
        expect(parsed.map((s) => ({ name: s.name, labels: s.labels, value: s.value }))).toEqual(samples.map((s) => ({ ...s, value: Object.is(s.value, -0) ? 0 : s.value })));
      }),
      { numRuns: 300 },
    );
  });
});

describe('figuresByVersion over the server\'s own metrics', () => {
  it('counts requests, errors and latency per version of one model, as ServeMetrics writes them', async () => {
    const m = new ServeMetrics();
    for (let i = 0; i < 7; i++) m.requests.inc({ model: 'iris', version: '1.0.0', code: '200' });
    m.requests.inc({ model: 'iris', version: '1.0.0', code: '400' }, 2);
    m.requests.inc({ model: 'iris', version: '1.1.0', code: '500' });
    m.requests.inc({ model: 'iris', version: '', code: '503' }, 4);
    m.requests.inc({ model: 'other', version: '1.0.0', code: '200' }, 50);
    for (const s of [0.0002, 0.0007, 0.0007, 0.003, 0.03, 20]) m.duration.observe({ model: 'iris', version: '1.0.0' }, s);
    const figures = figuresByVersion((await m.exposition()).body, 'iris');
    expect([...figures.keys()].sort()).toEqual(['', '1.0.0', '1.1.0']);
    const v1 = figures.get('1.0.0')!;
    expect(v1).toMatchObject({ requests: 9, errors: 2, serverErrors: 0, byCode: { '200': 7, '400': 2 } });
    expect(v1.latency.count).toBe(6);
    expect(v1.latency.sum).toBeCloseTo(20.0346, 9);
    expect(v1.latency.buckets[0]).toEqual({ le: 0.0005, count: 1 });
    expect(v1.latency.buckets.at(-1)).toEqual({ le: INF, count: 6 });
    expect(v1.latency.buckets.find((b) => b.le === 0.001)).toEqual({ le: 0.001, count: 3 });
    expect(figures.get('1.1.0')).toMatchObject({ requests: 1, errors: 1, serverErrors: 1 });
    expect(figures.get('')).toMatchObject({ requests: 4, errors: 4, serverErrors: 4 });
  });

  it('refuses a bucket whose bound is not a number', () => {
    expect(() => figuresByVersion('modelship_request_duration_seconds_bucket{model="iris",version="1",le="wide"} 1', 'iris')).toThrow(/line 1: .* has le="wide", not a bucket bound/);
  });
});

const hist = (pairs: Array<[number, number]>): LatencyHistogram => ({ buckets: pairs.map(([le, count]) => ({ le, count })), count: pairs.at(-1)?.[1] ?? 0, sum: 0 });

describe('histogramQuantile (Prometheus histogram_quantile)', () => {
  const h = hist([
    [1, 10],
    [2, 20],
    [4, 20],
    [INF, 25],
  ]);
  it('interpolates inside the bucket that holds the rank', () => {
    expect(histogramQuantile(0.2, h)).toBeCloseTo(0.5, 12); // rank 5 of 10 in (0, 1]
    expect(histogramQuantile(0.6, h)).toBeCloseTo(1.5, 12); // rank 15: 5 of 10 into (1, 2]
    expect(histogramQuantile(0, h)).toBe(0);
  });
  it('answers the highest finite bound for a rank in +Inf, and NaN without observations', () => {
    expect(histogramQuantile(0.99, h)).toBe(4);
    expect(histogramQuantile(0.5, hist([[1, 0], [INF, 0]]))).toBeNaN();
    expect(histogramQuantile(0.5, hist([]))).toBeNaN();
    expect(histogramQuantile(0.5, hist([[INF, 3]]))).toBeNaN();
  });
  it('refuses a histogram without +Inf and a quantile outside [0, 1]', () => {
    expect(() => histogramQuantile(0.5, hist([[1, 3]]))).toThrow(/without its \+Inf bucket/);
    expect(() => histogramQuantile(1.5, h)).toThrow(RangeError);
    expect(() => histogramQuantile(NaN, h)).toThrow(RangeError);
  });
});

describe('histogramSamples', () => {
  it('gives one value per observation at its bucket\'s middle (the top finite bound for +Inf)', () => {
    expect(histogramSamples(hist([[1, 2], [2, 3], [4, 3], [INF, 4]]))).toEqual([0.5, 0.5, 1.5, 4]);
  });
  it('refuses buckets that are not cumulative', () => {
    expect(() => histogramSamples(hist([[1, 3], [2, 1], [INF, 3]]))).toThrow(/le="2" holds 1, fewer than the bucket below it \(3\)/);
  });
});

describe('figuresBetween', () => {
  const f = (version: string, ok: number, bad: number, buckets: Array<[number, number]>): VersionFigures => ({
    version,
    requests: ok + bad,
    errors: bad,
    serverErrors: bad,
    byCode: { '200': ok, ...(bad ? { '500': bad } : {}) },
    latency: { ...hist(buckets), sum: ok + bad },
  });
  it('subtracts two scrapes version by version; a version new in the second is taken whole', () => {
    const before = new Map([['1', f('1', 10, 0, [[1, 8], [INF, 10]])]]);
    const after = new Map([
      ['1', f('1', 15, 2, [[1, 12], [INF, 17]])],
      ['2', f('2', 3, 0, [[1, 3], [INF, 3]])],
    ]);
    const d = figuresBetween(before, after);
    expect(d.get('1')).toEqual({ version: '1', requests: 7, errors: 2, serverErrors: 2, byCode: { '200': 5, '500': 2 }, latency: { buckets: [{ le: 1, count: 4 }, { le: INF, count: 7 }], count: 7, sum: 7 } });
    expect(d.get('2')).toEqual(after.get('2'));
    expect(d.get('2')).not.toBe(after.get('2'));
  });
  it('refuses a counter that went down: the server restarted between the scrapes', () => {
    const before = new Map([['1', f('1', 10, 0, [[INF, 10]])]]);
    const after = new Map([['1', f('1', 4, 0, [[INF, 4]])]]);
    expect(() => figuresBetween(before, after)).toThrow(/of version "1" went down from 10 to 4 between two scrapes: the server restarted/);
  });
});

/**
 * The cross-check that matters: a real Prometheus scraping a real `modelship serve` computes the same
 * quantiles and counts from the same exposition. Runs wherever the Debian package is installed (always in CI).
 */
describeWithPrometheus('the real-Prometheus cross-check')('against a real Prometheus scraping modelship serve', () => {
  let repo: Awaited<ReturnType<typeof tempRepository>>;
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  let prometheus: RunningPrometheus | undefined;

  beforeAll(async () => {
    repo = await tempRepository();
    await addVersion(repo.root, 'iris', '1.0.0', IRIS_V1);
    server = await startServer({ repository: repo.root, port: 0, seed: 1 });
    const body = JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] });
    for (let i = 0; i < 6; i++) {
      await Promise.all(Array.from({ length: 50 }, () => fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }).then((r) => r.arrayBuffer())));
    }
    await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } }).then((r) => r.arrayBuffer());
    dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-prom-serve-'));
    prometheus = await startPrometheus({ dir, port: await freePort(), targets: [new URL(server.url).host], scrapeInterval: '1s' });
  }, 30_000);

  afterAll(async () => {
    await prometheus?.stop();
    await server?.close();
    await repo?.cleanup();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const query = async (q: string) => prometheus!.query(q);

  it('computes the same per-version counts and latency quantiles from the same exposition', async () => {
    const ours = figuresByVersion(await (await fetch(`${server.url}/metrics`)).text(), 'iris');
    const v1 = ours.get('1.0.0')!;
    // The server is idle now: wait until Prometheus has scraped the final figures.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const r = await query('sum(modelship_requests_total{model="iris",version="1.0.0"})').catch(() => []);
      if (r[0]?.value === v1.requests) break;
      if (Date.now() > deadline) throw new Error(`Prometheus never scraped ${v1.requests} requests: ${prometheus!.log()}`);
      await new Promise((res) => setTimeout(res, 200));
    }
    expect(v1.requests).toBe(301);
    expect(v1.errors).toBe(1);
    const errors = await query('sum(modelship_request_errors_total{model="iris",version="1.0.0"})');
    expect(errors[0].value).toBe(v1.errors);
    for (const q of [0.5, 0.9, 0.99, 1]) {
      const theirs = await query(`histogram_quantile(${q}, modelship_request_duration_seconds_bucket{model="iris",version="1.0.0"})`);
      expect(theirs).toHaveLength(1);
      expect(histogramQuantile(q, v1.latency)).toBeCloseTo(theirs[0].value, 12);
    }
  }, 40_000);
});
