import { describe, it, expect } from '@jest/globals';
import { compareTrials } from '../../src/bench/compare.js';
import { DEFAULT_REGRESSION } from '../../src/bench/config.js';
import { machineDifferences, describeMachine } from '../../src/bench/machine.js';
import type { BenchResult, TrialResult } from '../../src/bench/types.js';

function trial(p50: number, throughput = 1000 / p50): TrialResult {
  return { samples: 100, durationMs: 100, latency_ms: { p50, p90: p50, p95: p50, p99: p50, mean: p50, min: p50, max: p50, stddev: 0 }, throughput_per_s: throughput, rss_mb: 100, errors: 0 };
}
function result(values: number[]): BenchResult {
  return { model: 'm', runner: 'onnx', batch: 1, role: 'candidate', samples: 0, latency_ms: trial(1).latency_ms, throughput_per_s: 0, rss_mb: 0, errors: 0, trials: values.map((v) => trial(v)), trialCv: 0, target: 'x', warnings: [] };
}
const base = [1.0, 1.02, 0.98, 1.01, 0.99, 1.0, 1.03, 0.97];

describe('compareTrials (the regression rule)', () => {
  it('flags a clear 10% slowdown', () => {
    const c = compareTrials(result(base.map((v) => v * 1.1)), result(base), DEFAULT_REGRESSION, 'test');
    expect(c.verdict).toBe('regressed');
    expect(c.change).toBeCloseTo(0.1, 2);
    expect(c.pValue).toBeLessThan(0.01);
  });

  it('does not flag a consistent but tiny change (under minEffect)', () => {
    const c = compareTrials(result(base.map((v) => v + 0.04)), result(base.map((v) => v)), DEFAULT_REGRESSION, 'test');
    expect(c.verdict).toBe('unchanged');
    expect(c.reason).toMatch(/under the minimum effect|no evidence/);
  });

  it('does not flag a large but noisy difference without evidence', () => {
    const c = compareTrials(result([1, 3, 1, 3, 1, 3]), result([1, 2.9, 1.1, 3, 1, 3.1]), DEFAULT_REGRESSION, 'test');
    expect(c.regressed).toBe(false);
  });

  it('calls a speed-up an improvement', () => {
    const c = compareTrials(result(base.map((v) => v * 0.8)), result(base), DEFAULT_REGRESSION, 'test');
    expect(c.verdict).toBe('improved');
  });

  it('treats lower throughput as worse', () => {
    const rule = { ...DEFAULT_REGRESSION, metric: 'throughput' as const };
    const c = compareTrials(result(base.map((v) => v * 1.25)), result(base), rule, 'test');
    expect(c.verdict).toBe('regressed');
    expect(c.change).toBeCloseTo(0.25, 2);
  });

  it('bootstrap rule: CI on the ratio plus minEffect', () => {
    const rule = { ...DEFAULT_REGRESSION, test: 'bootstrap' as const };
    const slow = compareTrials(result(base.map((v) => v * 1.2)), result(base), rule, 'test');
    expect(slow.verdict).toBe('regressed');
    expect(slow.ci!.lower).toBeGreaterThan(1);
    const same = compareTrials(result(base), result([...base].reverse()), rule, 'test');
    expect(same.verdict).toBe('unchanged');
  });

  it('refuses to judge with fewer than 3 trials a side', () => {
    const c = compareTrials(result([1, 2]), result(base), DEFAULT_REGRESSION, 'test');
    expect(c.verdict).toBe('incomparable');
    expect(c.regressed).toBe(false);
    expect(Number.isNaN(c.ratio)).toBe(true);
  });
});

describe('machineDifferences', () => {
  it('names what differs and ignores what does not matter', () => {
    const a = describeMachine({}, '1.30.0');
    expect(machineDifferences(a, { ...a, node: 'v99', os: 'other' })).toEqual([]);
    const diffs = machineDifferences(a, { ...a, cpuModel: 'Other CPU', cores: a.cores + 2, onnxruntime: '1.20.0' });
    expect(diffs.join('; ')).toMatch(/CPU .*cores.*onnxruntime 1.30.0 vs 1.20.0/);
  });
});
