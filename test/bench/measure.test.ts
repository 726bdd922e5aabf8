import { describe, it, expect } from '@jest/globals';
import { createLatencyHistogram, EXACT_SAMPLE_LIMIT, summarize } from '../../src/bench/measure.js';

describe('trial latency figures', () => {
  it('are exact, not rounded to a histogram bucket: a 0.04% difference survives into p50, mean, min and max', () => {
    const a = createLatencyHistogram();
    const b = createLatencyHistogram();
    for (let i = 0; i < 1001; i++) {
      const ns = 100_000 + i; // 100.000 µs .. 101.000 µs
      a.recordValue(ns);
      b.recordValue(ns * 1.0004);
    }
    const sa = summarize(a);
    const sb = summarize(b);
    expect(sa.p50).toBe(0.1005);
    expect(sb.p50 / sa.p50).toBeCloseTo(1.0004, 12);
    expect(sb.mean / sa.mean).toBeCloseTo(1.0004, 12);
    expect(sa.min).toBe(0.1);
    expect(sa.max).toBe(0.101);
    // Nearest rank: p99 of 1001 values is the 991st smallest.
    expect(sa.p99).toBe(0.10099);
    expect(a.isExact).toBe(true);
  });

  it('keeps the histogram for what no array should hold', () => {
    expect(EXACT_SAMPLE_LIMIT).toBeGreaterThanOrEqual(1_000_000);
    const empty = summarize(createLatencyHistogram());
    expect(empty.p50).toBe(0);
    expect(empty.mean).toBe(0);
  });
});
