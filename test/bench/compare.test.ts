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

  it('independent trials 4% apart with a ±3% spread: cannot exclude a 5% slowdown, so inconclusive, not unchanged', () => {
    const c = compareTrials(result(base.map((v) => v + 0.04)), result(base.map((v) => v)), DEFAULT_REGRESSION, 'test');
    expect(c.verdict).toBe('inconclusive');
    expect(c.regressed).toBe(false);
    expect(c.reason).toMatch(/vary too much to tell/);
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

describe('compareTrials on paired trials (Wilcoxon signed-rank on the per-pair ratios)', () => {
  // A machine whose speed wanders by 2x across the run: independent samples drown in it, pairs do not.
  const wandering = [1.0, 1.6, 0.8, 2.0, 1.2, 0.9, 1.7, 1.1, 1.4, 0.85];
  const jitter = [1.004, 0.997, 1.002, 0.999, 1.003, 0.996, 1.001, 0.998, 1.0, 1.002];
  const paired = { paired: true };

  it('finds a 10% slowdown that load wandering hides from independent samples', () => {
    const cand = result(wandering.map((v, i) => v * 1.1 * jitter[i]));
    const b = result(wandering);
    const p = compareTrials(cand, b, DEFAULT_REGRESSION, 'test', paired);
    expect(p).toMatchObject({ verdict: 'regressed', test: 'wilcoxon', paired: true, pairs: 10, pValueFor: 'worse' });
    expect(p.pValue).toBeLessThan(0.005); // every pair slower (two equal ratios: the tie-corrected normal approximation)
    expect(p.ratio).toBeCloseTo(1.1, 2);
    const u = compareTrials(cand, b, DEFAULT_REGRESSION, 'test');
    expect(u.verdict).toBe('inconclusive');
    expect(u.test).toBe('mann-whitney');
  });

  it('pValue is for "the candidate is worse": small for a slowdown, near 1 for a speed-up, for latency and throughput', () => {
    const slow = compareTrials(result(wandering.map((v, i) => v * 1.2 * jitter[i])), result(wandering), DEFAULT_REGRESSION, 'test', paired);
    const fast = compareTrials(result(wandering.map((v, i) => v * 0.8 * jitter[i])), result(wandering), DEFAULT_REGRESSION, 'test', paired);
    expect(slow.pValue).toBeLessThan(0.01);
    expect(fast.pValue).toBeGreaterThan(0.99);
    expect(fast.verdict).toBe('improved');
    const tput = { ...DEFAULT_REGRESSION, metric: 'throughput' as const };
    const fewer = compareTrials(result(wandering.map((v, i) => v * 1.2 * jitter[i])), result(wandering), tput, 'test', paired);
    expect(fewer.verdict).toBe('regressed');
    expect(fewer.pValue).toBeLessThan(0.01);
    expect(fewer.ratio).toBeCloseTo(1 / 1.2, 2);
  });

  it('a consistent 2% change is evidence of a change but under minEffect: unchanged, and says so', () => {
    const c = compareTrials(result(wandering.map((v, i) => v * 1.02 * jitter[i])), result(wandering), DEFAULT_REGRESSION, 'test', paired);
    expect(c.verdict).toBe('unchanged');
    expect(c.pValue).toBeLessThan(0.01);
    expect(c.pValueWithinMinEffect).toBeLessThan(0.01);
    expect(c.reason).toMatch(/worse with evidence, but the trials exclude a change of the minimum effect 5\.0%/);
  });

  it('pairs that disagree wildly: inconclusive, never unchanged', () => {
    const ratios = [1.3, 0.8, 1.25, 0.75, 1.2, 0.85, 1.35, 0.9, 1.15, 1.1];
    const c = compareTrials(result(wandering.map((v, i) => v * ratios[i])), result(wandering), DEFAULT_REGRESSION, 'test', paired);
    expect(c.verdict).toBe('inconclusive');
    expect(c.reason).toMatch(/vary too much to tell whether p50 changed by the minimum effect 5\.0%/);
  });

  it('too few pairs to ever reach alpha: inconclusive, with the way out', () => {
    const c = compareTrials(result(wandering.slice(0, 5).map((v) => v * 1.5)), result(wandering.slice(0, 5)), DEFAULT_REGRESSION, 'test', paired);
    expect(c.verdict).toBe('inconclusive');
    expect(c.reason).toMatch(/5 pairs cannot reach alpha 0.01 \(smallest possible p = 0.031\); raise bench.trials/);
  });

  it('bootstrap of the paired ratios', () => {
    const rule = { ...DEFAULT_REGRESSION, test: 'bootstrap' as const };
    const slow = compareTrials(result(wandering.map((v, i) => v * 1.2 * jitter[i])), result(wandering), rule, 'test', paired);
    expect(slow).toMatchObject({ verdict: 'regressed', test: 'bootstrap', paired: true });
    expect(slow.ci!.lower).toBeGreaterThan(1.15);
    expect(slow.pValue).toBeUndefined();
    const same = compareTrials(result(wandering.map((v, i) => v * jitter[i])), result(wandering), rule, 'test', paired);
    expect(same.verdict).toBe('unchanged');
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
