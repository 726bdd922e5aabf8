/**
 * The mirror judgement on hand-made expositions of `modelship serve` /metrics: which answers enter each
 * error rate, the bound at its edge, and a server that restarted between the two reads.
 */
import { describe, expect, it } from '@jest/globals';
import { judgeMirror, mirrorScrapeOf, type MirrorScrape } from '../../src/deploy/mirror.js';
import { parseExposition } from '../../src/core/metrics/exposition.js';

/** An exposition of iris: stable 1.0.0 answers by code, shadow 1.1.0 mirrored runs by result. */
function scrape(stable: Record<string, number>, shadow: { ok: number; error: number; dropped?: number }): MirrorScrape {
  const lines = ['# TYPE modelship_requests_total counter'];
  for (const [code, n] of Object.entries(stable)) lines.push(`modelship_requests_total{model="iris",version="1.0.0",code="${code}"} ${n}`);
  lines.push('# TYPE modelship_shadow_requests_total counter');
  for (const [result, n] of Object.entries({ ok: shadow.ok, error: shadow.error, dropped: shadow.dropped ?? 0 })) lines.push(`modelship_shadow_requests_total{model="iris",version="1.1.0",result="${result}"} ${n}`);
  // Another model's figures never count.
  lines.push('modelship_shadow_requests_total{model="other",version="1.1.0",result="error"} 999');
  return mirrorScrapeOf(parseExposition(lines.join('\n')), 'iris');
}

const bound = { maxErrorRateIncrease: 0.01, minRequests: 100 };
const zero = scrape({}, { ok: 0, error: 0 });

describe('judgeMirror', () => {
  it('compares the shadow\'s failed runs with stable\'s 5xx answers; stable\'s 4xx (never mirrored) do not count', () => {
    // Stable: 1,000 answers in the window, 50 of them 400 (the client's fault), 20 of them 500: 2 %.
    const after = scrape({ '200': 930, '400': 50, '500': 20 }, { ok: 871, error: 29, dropped: 7 });
    const r = judgeMirror(zero, after, '1.0.0', '1.1.0', bound, 'http://x/metrics');
    expect(r.stable).toMatchObject({ requests: 1000, errors: 20, errorRate: 0.02 });
    // 29 / 900 = 3.22 % > 2 % + 1 point: failed; dropped mirrors are reported, not judged.
    expect(r.shadow).toMatchObject({ requests: 900, errors: 29, dropped: 7 });
    expect(r.shadow!.errorRate).toBeCloseTo(29 / 900, 12);
    expect(r.state).toBe('failed');
    // 27 / 900 = 3 % exactly: at the bound, not beyond it.
    expect(judgeMirror(zero, scrape({ '200': 980, '500': 20 }, { ok: 873, error: 27 }), '1.0.0', '1.1.0', bound, 'u').state).toBe('passed');
    expect(judgeMirror(zero, scrape({ '200': 980, '500': 20 }, { ok: 872, error: 28 }), '1.0.0', '1.1.0', bound, 'u').state).toBe('failed');
  });

  it('judges only the window between the two reads', () => {
    const before = scrape({ '200': 500, '500': 0 }, { ok: 0, error: 500 });
    const after = scrape({ '200': 700, '500': 0 }, { ok: 200, error: 500 });
    expect(judgeMirror(before, after, '1.0.0', '1.1.0', bound, 'u')).toMatchObject({ state: 'passed', shadow: { requests: 200, errors: 0 }, stable: { requests: 200 } });
  });

  it('calls fewer than minRequests mirrored runs "not enough traffic", whatever their outcome', () => {
    const r = judgeMirror(zero, scrape({ '200': 99 }, { ok: 0, error: 99 }), '1.0.0', '1.1.0', bound, 'u');
    expect(r.state).toBe('not-enough-traffic');
    expect(r.reason).toMatch(/^not enough traffic: 99 mirrored request\(s\), 100 needed \(minRequests\)/);
  });

  it('refuses a window in which the server restarted (a counter went down)', () => {
    expect(() => judgeMirror(scrape({ '200': 10 }, { ok: 300, error: 0 }), scrape({ '200': 400 }, { ok: 20, error: 0 }), '1.0.0', '1.1.0', bound, 'u')).toThrow(/went down from 300 to 20 .* the server restarted/);
  });
});
