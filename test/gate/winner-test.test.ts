/**
 * The A/B winner test as a gate check (issue 22 item 2): `statistics.method: twoProportion` (0/1 outcomes)
 * or `welch` (continuous), with the sample size per arm computed up front from `minimumDetectableEffect`,
 * α = 1 - confidence and `power`. The verdict is the gate's: pass (the interval of Δ clears the change
 * bound), fail, or inconclusive while the sample is shorter than the size computed up front. The figures are
 * SciPy's (test/core/stats/fixtures/ab-test-scipy.json covers the arithmetic; here the decision).
 */
import { describe, expect, it } from '@jest/globals';
import { MetricTree } from '../../src/core/metrics/index.js';
import { normalQuantile, sampleSizeTwoProportions } from '../../src/core/stats/ab-test.js';
import { gateConfig, type CheckSpec } from '../../src/gate/config.js';
import { evaluateGate } from '../../src/gate/engine.js';

const outcomes = (successes: number, n: number) => Array.from({ length: n }, (_, i) => (i < successes ? 1 : 0));
const arms = (c: number[], b: number[]) => ({
  candidate: new MetricTree('candidate.json', { converted: { value: c.reduce((s, x) => s + x, 0) / c.length, samples: c } }),
  baseline: new MetricTree('baseline.json', { converted: { value: b.reduce((s, x) => s + x, 0) / b.length, samples: b } }),
});
const check = (statistics: Partial<NonNullable<CheckSpec['statistics']>>, direction: CheckSpec['direction'] = 'higher', change: CheckSpec['change'] = { minAbsolute: 0 }): CheckSpec[] => [
  { metric: 'converted', direction, change, statistics: { method: 'twoProportion', ...statistics } },
];
const run = (checks: CheckSpec[], c: number[], b: number[]) => evaluateGate(gateConfig('ab', { checks }), arms(c, b));

describe('two-proportion winner test', () => {
  it('is inconclusive while each arm has fewer outcomes than the size computed up front (10% -> 12%: 3 841 per arm)', () => {
    const r = run(check({ minimumDetectableEffect: 0.02, baselineRate: 0.1 }), outcomes(240, 2000), outcomes(200, 2000));
    expect(r.verdict).toBe('inconclusive');
    expect(r.checks[0].status).toBe('error');
    expect(r.checks[0].reason).toMatch(/2000 candidate and 2000 baseline outcome\(s\); detecting a difference of 0.02 at α = 0.05 with power 0.8 needs 3841 per arm/);
  });

  it('passes once the sample is long enough and the interval of Δ clears 0 (12.5% vs 10%, 4 000 each)', () => {
    const r = run(check({ minimumDetectableEffect: 0.02, baselineRate: 0.1 }), outcomes(500, 4000), outcomes(400, 4000));
    expect(r.verdict).toBe('pass');
    const s = r.checks[0].statistics!;
    expect(s).toMatchObject({ method: 'twoProportion', requiredPerArm: 3841, n: { candidate: 4000, baseline: 4000 } });
    // Wald interval by hand: Δ = 0.025, se = sqrt(.125*.875/4000 + .1*.9/4000).
    const se = Math.sqrt((0.125 * 0.875) / 4000 + (0.1 * 0.9) / 4000);
    expect(s.lower).toBeCloseTo(0.025 - normalQuantile(0.975) * se, 9);
    expect(s.pBetter as number).toBeLessThan(0.001);
    expect(r.checks[0].reason).toMatch(/two-proportion z = .*\(3841 per arm required\)/);
  });

  it('fails when the candidate is worse, and reports no winner when the interval straddles 0', () => {
    expect(run(check({ minimumDetectableEffect: 0.02, baselineRate: 0.1 }), outcomes(350, 4000), outcomes(400, 4000)).verdict).toBe('fail');
    const tie = run(check({ minimumDetectableEffect: 0.02, baselineRate: 0.1 }), outcomes(410, 4000), outcomes(400, 4000));
    expect(tie.verdict).toBe('fail');
    expect(tie.checks[0].reason).toMatch(/lower 95% bound .* < 0/);
  });

  it('sizes from the observed baseline rate when none is configured', () => {
    const r = run(check({ minimumDetectableEffect: 0.05 }), outcomes(450, 1500), outcomes(300, 1500));
    expect(r.verdict).toBe('pass');
    expect(r.checks[0].statistics!.requiredPerArm).toBe(sampleSizeTwoProportions(0.2, 0.05, 0.05, 0.8));
  });

  it('refuses outcomes that are not 0/1, naming the sample', () => {
    const r = run(check({}), [1, 0, 2, 1, 0], [0, 1, 0, 1, 1]);
    expect(r.verdict).toBe('inconclusive');
    expect(r.checks[0].reason).toMatch(/twoProportion needs 0\/1 outcomes; candidate sample #3 is 2/);
  });

  it('orients by direction: a lower error rate wins when lower is better', () => {
    const r = run(check({}, 'lower'), outcomes(80, 1000), outcomes(120, 1000));
    expect(r.verdict).toBe('pass');
    expect(r.checks[0].statistics!.estimate).toBeCloseTo(0.04, 12);
  });
});

describe("Welch's t winner test", () => {
  const welch = (statistics: Partial<NonNullable<CheckSpec['statistics']>> = {}) => check({ method: 'welch', ...statistics });
  const normalish = (center: number, n: number) => Array.from({ length: n }, (_, i) => center + normalQuantile((i + 0.5) / n));

  it('is inconclusive below the size for the effect (sd 1, effect 0.2: 393 per arm), and passes above it', () => {
    const short = run(welch({ minimumDetectableEffect: 0.2, standardDeviation: 1 }), normalish(0.5, 200), normalish(0, 200));
    expect(short.verdict).toBe('inconclusive');
    expect(short.checks[0].reason).toMatch(/needs 393 per arm/);
    const long = run(welch({ minimumDetectableEffect: 0.2, standardDeviation: 1 }), normalish(0.5, 400), normalish(0, 400));
    expect(long.verdict).toBe('pass');
    expect(long.checks[0].statistics).toMatchObject({ method: 'welch', requiredPerArm: 393 });
    expect(long.checks[0].reason).toMatch(/Welch t = .* \(df /);
  });

  it('fails a candidate whose mean is lower', () => {
    expect(run(welch(), normalish(-0.5, 100), normalish(0, 100)).verdict).toBe('fail');
  });
});
