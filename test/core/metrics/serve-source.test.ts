/**
 * The `serve` metric source over canned expositions (what modelship serve's /metrics answers), and the
 * placeholders of analysis templates. The live tests (test/deploy/live-analysis.test.ts) read a real server.
 */
import { describe, expect, it } from '@jest/globals';
import { createMetricSource, MetricSourceError, PlaceholderWithoutValue, ServeMeasurement, SourceNotFoundError, withArguments } from '../../../src/core/metrics/index.js';

function exposition(counts: Record<string, { ok: number; failed: number; fast: number }>): string {
  const lines = ['# TYPE modelship_requests_total counter', '# TYPE modelship_request_duration_seconds histogram'];
  for (const [v, c] of Object.entries(counts)) {
    lines.push(`modelship_requests_total{model="iris",version="${v}",code="200"} ${c.ok}`, `modelship_requests_total{model="iris",version="${v}",code="500"} ${c.failed}`);
    const n = c.ok + c.failed;
    lines.push(`modelship_request_duration_seconds_bucket{le="0.001",model="iris",version="${v}"} ${c.fast}`, `modelship_request_duration_seconds_bucket{le="0.01",model="iris",version="${v}"} ${n}`, `modelship_request_duration_seconds_bucket{le="+Inf",model="iris",version="${v}"} ${n}`);
    lines.push(`modelship_request_duration_seconds_count{model="iris",version="${v}"} ${n}`, `modelship_request_duration_seconds_sum{model="iris",version="${v}"} ${n * 0.002}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A fetch answering the given texts in turn (the last one again), recording the URLs asked. */
function answers(...texts: Array<string | number>) {
  const urls: string[] = [];
  const f = (async (url: string) => {
    urls.push(url);
    const t = texts[Math.min(urls.length - 1, texts.length - 1)];
    return typeof t === 'number' ? new Response('down', { status: t }) : new Response(t, { status: 200 });
  }) as unknown as typeof fetch;
  return { f, urls };
}

const ctx = (f: typeof fetch, measurement?: ServeMeasurement) => ({ root: '/', resolvePath: (p: string) => p, fetch: f, measurement });

describe('serve metric source', () => {
  it('differences two scrapes: the window figures of one version, rates and quantiles', async () => {
    const { f, urls } = answers(exposition({ '1.0.0': { ok: 100, failed: 0, fast: 50 }, '1.1.0': { ok: 10, failed: 0, fast: 5 } }), exposition({ '1.0.0': { ok: 180, failed: 0, fast: 90 }, '1.1.0': { ok: 26, failed: 4, fast: 5 } }));
    const set = await createMetricSource({ serve: { url: 'http://127.0.0.1:9/', model: 'iris', version: '1.1.0', window: 0 } }, ctx(f)).read();
    expect(urls).toEqual(['http://127.0.0.1:9/metrics', 'http://127.0.0.1:9/metrics']);
    expect(set.get('requests')).toEqual({ ok: true, value: 20 });
    expect(set.get('errors')).toEqual({ ok: true, value: 4 });
    expect(set.get('error_rate')).toEqual({ ok: true, value: 0.2 });
    expect(set.get('traffic_share')).toEqual({ ok: true, value: 20 });
    // All 20 window observations are in the (1 ms, 10 ms] bucket: the median interpolates to its middle.
    expect((set.get('latency_p50_ms') as { value: number }).value).toBeCloseTo(5.5, 10);
    expect(set.samples('latency_ms')?.values).toHaveLength(20);
  });

  it('measures candidate and baseline over the same two scrapes when they share a measurement', async () => {
    const { f, urls } = answers(exposition({ a: { ok: 0, failed: 0, fast: 0 }, b: { ok: 0, failed: 0, fast: 0 } }), exposition({ a: { ok: 5, failed: 0, fast: 0 }, b: { ok: 7, failed: 1, fast: 0 } }));
    const m = new ServeMeasurement({ fetch: f });
    const a = await createMetricSource({ serve: { url: 'http://h:1', model: 'iris', version: 'a', window: 0 } }, ctx(f, m)).read();
    const b = await createMetricSource({ serve: { url: 'http://h:1/metrics', model: 'iris', version: 'b', window: 0 } }, ctx(f, m)).read();
    expect(urls).toHaveLength(2);
    expect([a.get('requests'), b.get('errors')]).toEqual([{ ok: true, value: 5 }, { ok: true, value: 1 }]);
    expect(m.urls()).toEqual(['http://h:1/metrics']);
  });

  it('says why a window cannot be measured', async () => {
    const src = (f: typeof fetch, version = '1.0.0') => createMetricSource({ serve: { url: 'http://h:1', model: 'iris', version, window: 0 } }, ctx(f));
    await expect(src(answers(503).f).read()).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/answered HTTP 503/) });
    const restarted = answers(exposition({ '1.0.0': { ok: 100, failed: 0, fast: 0 } }), exposition({ '1.0.0': { ok: 3, failed: 0, fast: 0 } }));
    await expect(src(restarted.f).read()).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/went down from 100 to 3.*restarted/) });
    const idle = answers(exposition({ '1.0.0': { ok: 1, failed: 0, fast: 0 } }));
    await expect(src(idle.f).read()).rejects.toThrow(SourceNotFoundError);
    await expect(src(idle.f).read()).rejects.toThrow(/iris 1\.0\.0 answered no request in the/);
    const offline = (async () => { throw new TypeError('fetch failed'); }) as unknown as typeof fetch;
    await expect(src(offline).read()).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/did not answer: fetch failed/) });
    expect(() => createMetricSource({ serve: { url: 'ftp://h', model: 'iris', version: 'v' } }, ctx(offline))).toThrow(/not an http\(s\) URL/);
    expect(() => createMetricSource({ serve: { url: 'http://h', model: 'iris', version: '' } }, ctx(offline))).toThrow(/needs "version"/);
  });
});

describe('analysis template placeholders', () => {
  const spec = { prometheus: { url: 'http://prom:9090', queries: { errors: 'sum(rate(errors{version="{{candidate}}",service="{{ args.service }}"}[1m]))' } } };

  it('fills every string of a source spec', () => {
    expect(withArguments(spec, { candidate: '1.1.0', 'args.service': 'churn' }, 'gate "g"').prometheus.queries.errors).toBe('sum(rate(errors{version="1.1.0",service="churn"}[1m]))');
  });

  it('refuses a placeholder without a value, and values that could break out of a query', () => {
    expect(() => withArguments(spec, { candidate: '1.1.0' }, 'gate "g" candidate')).toThrow(/gate "g" candidate: the placeholder \{\{args\.service\}\} has no value here/);
    expect(() => withArguments(spec, { candidate: '1"} or vector(1) #', 'args.service': 'x' }, 'gate "g"')).toThrow(MetricSourceError);
    expect(() => withArguments({ serve: { version: '{{stable}}' } }, { stable: null }, 'gate "g" baseline')).toThrow(PlaceholderWithoutValue);
  });
});

describe('a gate used as an analysis template', () => {
  const GATES = `gates:\n  t:\n    candidate: { serve: { url: "http://h:1", model: "{{model}}", version: "{{candidate}}", window: 0 } }\n    baseline: { serve: { url: "http://h:1", model: "{{model}}", version: "{{stable}}", window: 0 } }\n    policies: { onMissingBaseline: skip }\n    checks:\n      - { metric: error_rate, direction: lower, value: { max: 0.1 }, change: { minAbsolute: -0.01 } }\n`;

  it('has no value for its placeholders outside a rollout, and says so at the line of the source', async () => {
    const { createProject } = await import('../../deploy/helpers.js');
    const { runGate } = await import('../../../src/gate/run.js');
    const p = await createProject('  staging: {}\n', GATES);
    try {
      await expect(runGate(p.loaded, 't')).rejects.toThrow(/gate "t" candidate: the placeholder \{\{model\}\} has no value here/);
      // First deploy: {{stable}} has no value, so there is no baseline and onMissingBaseline decides.
      const { f } = answers(exposition({ '1.1.0': { ok: 0, failed: 0, fast: 0 } }), exposition({ '1.1.0': { ok: 20, failed: 1, fast: 0 } }));
      const first = await runGate(p.loaded, 't', { args: { candidate: '1.1.0', stable: null, model: 'iris' }, fetch: f });
      expect(first.verdict).toBe('pass');
      expect(first.gates[0].baseline).toBeNull();
      // With a stable, both sides are measured over the same two scrapes: 1/21 errors against 0/40 is more than one point worse.
      const both = answers(exposition({ '1.1.0': { ok: 0, failed: 0, fast: 0 }, '1.0.0': { ok: 0, failed: 0, fast: 0 } }), exposition({ '1.1.0': { ok: 20, failed: 1, fast: 0 }, '1.0.0': { ok: 40, failed: 0, fast: 0 } }));
      const { ServeMeasurement: M } = await import('../../../src/core/metrics/index.js');
      const judged = await runGate(p.loaded, 't', { args: { candidate: '1.1.0', stable: '1.0.0', model: 'iris' }, fetch: both.f, measurement: new M({ fetch: both.f }) });
      expect(both.urls).toHaveLength(2);
      expect(judged.verdict).toBe('fail');
      expect(judged.checks.find((c) => c.status === 'fail')?.reason).toMatch(/error_rate/);
    } finally {
      await p.cleanup();
    }
  });
});
