import { describe, expect, it } from '@jest/globals';
import type { AnalysisContext, AnalysisRunner } from '../../src/deploy/analysis.js';
import { worstPhase } from '../../src/deploy/analysis.js';
import { DEFAULT_LIVE_LIMITS, figuresMetricSet, liveCanaryGate, LiveCanaryAnalysis, shareTolerance } from '../../src/demo/live-analysis.js';
import { figuresByVersion } from '../../src/core/metrics/exposition.js';
import { ServeMetrics } from '../../src/serve/metrics.js';

/**
 * A stand-in for the server: real ServeMetrics (so the analysis reads the real exposition format), fed a
 * fixed, interleaved traffic pattern on every scrape, as if requests kept arriving between scrapes.
 */
function fakeServer(opts: { perScrape?: number; candidateEvery?: number; candidateErrors?: boolean; candidateSeconds?: number; stableSeconds?: number; stable?: string; candidate?: string }) {
  const m = new ServeMetrics();
  const stable = opts.stable ?? '1.0.0';
  const candidate = opts.candidate ?? '1.1.0';
  let n = 0;
  let flowing = false;
  const send = (count: number) => {
    for (let i = 0; i < count; i++, n++) {
      const toCandidate = opts.candidateEvery !== undefined && opts.candidateEvery > 0 && n % opts.candidateEvery === 0;
      const version = toCandidate ? candidate : stable;
      const code = toCandidate && opts.candidateErrors ? '400' : '200';
      m.requests.inc({ model: 'iris', version, code });
      if (code !== '200') m.errors.inc({ model: 'iris', version, code });
      // Latencies vary a little so ranks mean something: stable around 0.8 ms, candidate as configured.
      const base = toCandidate ? (opts.candidateSeconds ?? 0.0008) : (opts.stableSeconds ?? 0.0008);
      m.duration.observe({ model: 'iris', version }, base * (0.6 + 0.8 * ((n * 7919) % 100) / 100));
    }
  };
  return {
    metrics: m,
    /** Change the traffic pattern from now on (e.g. everything to the candidate at 100 %). */
    opts,
    start: () => (flowing = true),
    send,
    scrape: async () => {
      if (flowing) send(opts.perScrape ?? 100);
      return figuresByVersion((await m.exposition()).body, 'iris');
    },
  };
}

const ctx = (over: Partial<AnalysisContext> = {}): AnalysisContext => ({ environment: 'staging', model: 'iris', stable: '1.0.0', candidate: '1.1.0', step: 1, weight: 10, gate: 'quality', ...over });

describe('shareTolerance and liveCanaryGate', () => {
  it('allows 4 binomial standard deviations, at least 2 points', () => {
    expect(shareTolerance(50, 400)).toBeCloseTo(4 * 100 * Math.sqrt(0.25 / 400), 12); // 10 points
    expect(shareTolerance(10, 400)).toBeCloseTo(6, 12);
    expect(shareTolerance(100, 400)).toBe(2);
    expect(shareTolerance(10, 0)).toBe(400);
  });

  it('writes the window\'s bounds into the checks; latency only relative to the stable, by a test, never a fixed number of ms', () => {
    const spec = liveCanaryGate({ weight: 10, routed: 400 });
    expect(spec.checks.map((c) => c.metric)).toEqual(['traffic_share', 'error_rate', 'latency_p50_ms']);
    expect(spec.checks[0].value).toEqual({ min: 4, max: 16 });
    expect(spec.checks[1]).toMatchObject({ value: { max: 0.05 }, change: { minAbsolute: -0.01 }, critical: true });
    expect(spec.checks[2]).toMatchObject({ change: { minRelative: -1 }, statistics: { method: 'mannWhitney', samples: 'latency_ms', confidence: 0.99 } });
    expect(spec.checks[2].value).toBeUndefined();
    expect(spec.checks.some((c) => /latency/.test(c.metric) && c.value !== undefined)).toBe(false);
  });

  it('compares latency only side by side: without the stable in the same window, only share and errors are judged', () => {
    const spec = liveCanaryGate({ weight: 100, routed: 200, sameWindow: false });
    expect(spec.checks.map((c) => c.metric)).toEqual(['traffic_share', 'error_rate']);
    expect(spec.description).toMatch(/latency not compared/);
  });

  it('turns figures into a metric set, with missing metrics (not zeros) for a version that served nothing', async () => {
    const s = fakeServer({});
    s.send(10);
    const f = (await s.scrape()).get('1.0.0')!;
    const set = figuresMetricSet(f, 40, 'test');
    expect(set.get('traffic_share')).toEqual({ ok: true, value: 25 });
    expect(set.get('error_rate')).toEqual({ ok: true, value: 0 });
    expect(set.samples('latency_ms')?.values).toHaveLength(10);
    const none = figuresMetricSet({ version: '9', requests: 0, errors: 0, serverErrors: 0, byCode: {}, latency: { buckets: [], count: 0, sum: 0 } }, 0, 'test');
    expect(none.get('error_rate')).toMatchObject({ ok: false, kind: 'missing', reason: expect.stringMatching(/answered no request/) });
    expect(none.get('latency_p99_ms')).toMatchObject({ ok: false, kind: 'missing' });
    expect(none.get('traffic_share')).toMatchObject({ ok: false, kind: 'missing' });
  });
});

describe('LiveCanaryAnalysis', () => {
  it('judges a healthy canary successful from the window after the routing change', async () => {
    const s = fakeServer({ candidateEvery: 10 });
    s.send(500); // stable-only traffic before the canary: never part of the window
    const steps: number[] = [];
    const a = new LiveCanaryAnalysis(s.scrape, { onStep: (o) => steps.push(o.step) });
    await a.beginWindow();
    s.start();
    const r = await a.analyze(ctx());
    expect(r.phase).toBe('successful');
    expect(steps).toEqual([1]);
    const o = a.observations[0];
    expect(o.routed).toBeGreaterThanOrEqual(DEFAULT_LIVE_LIMITS.minRequests);
    expect(o.candidate.requests).toBeGreaterThanOrEqual(DEFAULT_LIVE_LIMITS.minCandidateRequests);
    expect(o.share).toBeCloseTo(10, 0);
    expect(o.stable?.requests).toBe(o.routed - o.candidate.requests);
    expect(o.baseline.scope).toBe('window');
    expect(o.live.verdict).toBe('pass');
    expect(o.live.checks.map((c) => `${c.check}:${c.kind}:${c.status}`)).toEqual([
      'traffic share %:value:pass',
      'error rate:value:pass',
      'error rate:change:pass',
      'latency shift:change:pass',
    ]);
  });

  it('fails a candidate that errors, naming the error rate', async () => {
    const s = fakeServer({ candidateEvery: 10, candidateErrors: true });
    const a = new LiveCanaryAnalysis(s.scrape);
    await a.beginWindow();
    s.start();
    const r = await a.analyze(ctx());
    expect(r.phase).toBe('failed');
    expect(r.reasons.join('\n')).toMatch(/error_rate is 1, above the maximum 0.05/);
    expect(r.reasons.join('\n')).toMatch(/error_rate went from 0 to 1/);
    expect(a.observations[0].candidate.errorRate).toBe(1);
  });

  it('fails a router that gives the candidate the wrong share', async () => {
    const s = fakeServer({ candidateEvery: 3 }); // a third of the traffic at a 10% step
    const a = new LiveCanaryAnalysis(s.scrape);
    await a.beginWindow();
    s.start();
    const r = await a.analyze(ctx());
    expect(r.phase).toBe('failed');
    expect(r.reasons[0]).toMatch(/traffic_share is 33\.\d+, above the maximum/);
  });

  it('fails a candidate whose latency moved up well beyond the stable\'s', async () => {
    const s = fakeServer({ candidateEvery: 2, candidateSeconds: 0.2 });
    const a = new LiveCanaryAnalysis(s.scrape);
    await a.beginWindow();
    s.start();
    const r = await a.analyze(ctx({ weight: 50 }));
    expect(r.phase).toBe('failed');
    const failed = a.observations[0].live.checks.filter((c) => c.status === 'fail').map((c) => c.check);
    expect(failed).toEqual(['latency shift']);
  });

  it('passes an unchanged candidate on a busy machine: both versions slowed alike in the same window, whatever the p99', async () => {
    // The failure seen under load: the stable's p99 26 ms, the candidate's (a few dozen requests) 85 ms, one
    // request caught by a neighbour's burst. Same distribution on both sides, so no shift: nothing to fail.
    const m = new ServeMetrics();
    let n = 0;
    const send = (count: number) => {
      for (let i = 0; i < count; i++, n++) {
        const version = n % 10 === 0 ? '1.1.0' : '1.0.0';
        m.requests.inc({ model: 'iris', version, code: '200' });
        // A few requests land in a burst of load: by the luck of the draw two of the candidate's few dozen
        // (n = 120, 320) and one of the stable's hundreds (n = 207).
        const burst = n % 200 === 120 || n % 200 === 7 ? 0.085 : 0;
        m.duration.observe({ model: 'iris', version }, burst || 0.004 * (0.6 + 0.8 * ((n * 7919) % 100) / 100));
      }
    };
    const scrape = async () => {
      send(100);
      return figuresByVersion((await m.exposition()).body, 'iris');
    };
    const a = new LiveCanaryAnalysis(scrape);
    await a.beginWindow();
    const r = await a.analyze(ctx());
    const o = a.observations[0];
    // The candidate's p99 is several times the stable's and far above 50 ms: the old absolute/ratio bound failed it.
    expect(o.candidate.p99ms).toBeGreaterThan(2 * o.stable!.p99ms);
    expect(o.candidate.p99ms).toBeGreaterThan(50);
    expect(r.phase).toBe('successful');
    expect(o.live.checks.map((c) => `${c.check}:${c.status}`)).toContain('latency shift:pass');
  });

  it('is inconclusive when the window does not fill in time, and says how far it got', async () => {
    const s = fakeServer({ candidateEvery: 10, perScrape: 1 });
    const a = new LiveCanaryAnalysis(s.scrape, { limits: { timeoutMs: 100 } });
    await a.beginWindow();
    s.start();
    const r = await a.analyze(ctx());
    expect(r.phase).toBe('inconclusive');
    expect(r.reasons[0]).toMatch(/the window did not fill within 100 ms: \d+ routed requests \(need 200\), \d+ by 1.1.0 \(need 30\)/);
  });

  it('is inconclusive, not failed, when the server\'s figures cannot be read (a restart between scrapes)', async () => {
    const s = fakeServer({ candidateEvery: 10 });
    s.send(300);
    let source = s.scrape;
    const a = new LiveCanaryAnalysis(() => source());
    await a.beginWindow();
    const restarted = fakeServer({ candidateEvery: 10 }); // fresh counters: lower than at the window's start
    restarted.start();
    source = restarted.scrape;
    const r = await a.analyze(ctx());
    expect(r.phase).toBe('inconclusive');
    expect(r.reasons[0]).toMatch(/^the server's figures could not be read: .*went down from \d+ to \d+ between two scrapes: the server restarted/);
  });

  it('at 100 % compares with the stable over the whole rollout, since it serves nothing in the window', async () => {
    const s = fakeServer({ candidateEvery: 2 });
    const a = new LiveCanaryAnalysis(s.scrape);
    await a.beginWindow();
    s.start();
    expect((await a.analyze(ctx({ weight: 50 }))).phase).toBe('successful');
    s.opts.candidateEvery = 1; // from now on every request goes to the candidate
    await a.beginWindow();
    const r = await a.analyze(ctx({ weight: 100, step: 2 }));
    expect(r.phase).toBe('successful');
    const o = a.observations[1];
    expect(o.share).toBe(100);
    expect(o.stable).toBeUndefined();
    expect(o.baseline.scope).toBe('rollout');
    // The stable's answers over the rollout: those of the 50 % step (and the scrape that opened the 100 % window).
    expect(o.baseline.figures?.requests).toBeGreaterThanOrEqual(a.observations[0].stable!.requests);
    expect(o.live.baseline).toMatch(/1\.0\.0, since the rollout began/);
    expect(o.live.checks.map((c) => `${c.check}:${c.kind}:${c.status}`)).toEqual(['traffic share %:value:pass', 'error rate:value:pass', 'error rate:change:pass']);
  });

  it('passes a first deployment on its own figures: with no stable, the comparisons are skipped', async () => {
    const s = fakeServer({ stable: '1.0.0', candidateEvery: 1, candidate: '1.0.0' });
    const a = new LiveCanaryAnalysis(s.scrape);
    await a.beginWindow();
    s.start();
    const r = await a.analyze(ctx({ stable: null, candidate: '1.0.0', weight: 100 }));
    expect(r.phase).toBe('successful');
    const statuses = a.observations[0].live.checks.map((c) => `${c.check}:${c.kind}:${c.status}`);
    expect(statuses).toEqual(['traffic share %:value:pass', 'error rate:value:pass', 'error rate:change:skip']);
    expect(a.observations[0].baseline.scope).toBe('none');
  });

  it('also runs the configured analysis, and the worse phase wins', async () => {
    const s = fakeServer({ candidateEvery: 10 });
    const configured: AnalysisRunner = { analyze: async () => ({ phase: 'failed', reasons: ['quality: accuracy is 0.5, below the minimum 0.9', 'log_loss is 0.4, within log_loss ≤ 0.6'] }) };
    const a = new LiveCanaryAnalysis(s.scrape, { configured });
    await a.beginWindow();
    s.start();
    const r = await a.analyze(ctx());
    expect(r.phase).toBe('failed');
    expect(r.reasons).toContain('quality: accuracy is 0.5, below the minimum 0.9');
    expect(r.reasons).toContain('quality: log_loss is 0.4, within log_loss ≤ 0.6');
    expect(a.observations[0].live.verdict).toBe('pass');
  });
});

describe('worstPhase', () => {
  it('fails on any failure, else is inconclusive on any inconclusive or on nothing', () => {
    expect(worstPhase(['successful', 'failed', 'inconclusive'])).toBe('failed');
    expect(worstPhase(['successful', 'inconclusive'])).toBe('inconclusive');
    expect(worstPhase(['successful', 'successful'])).toBe('successful');
    expect(worstPhase([])).toBe('inconclusive');
  });
});
