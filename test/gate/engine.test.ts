import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MetricTree } from '../../src/core/metrics/index.js';
import { gateConfig, type CheckSpec, type GateSpec } from '../../src/gate/config.js';
import { evaluateGate } from '../../src/gate/engine.js';

const set = (data: unknown, name = 'candidate.json') => new MetricTree(name, data);
const gate = (checks: CheckSpec[], extra: Partial<GateSpec> = {}) => gateConfig('g', { checks, ...extra });
const only = (checks: CheckSpec[], c: unknown, b?: unknown, extra: Partial<GateSpec> = {}) => {
  const result = evaluateGate(gate(checks, extra), { candidate: set(c), baseline: b === undefined ? undefined : set(b, 'baseline.json') });
  return { result, row: result.checks[0] };
};

describe('value bounds (inclusive)', () => {
  it('0.9 passes min 0.9 and max 0.9; 0.8999 fails min 0.9', () => {
    expect(only([{ metric: 'a', direction: 'higher', value: { min: 0.9, max: 0.9 } }], { a: 0.9 }).row.status).toBe('pass');
    const { row, result } = only([{ metric: 'a', direction: 'higher', value: { min: 0.9 } }], { a: 0.8999 });
    expect(row.status).toBe('fail');
    expect(row.reason).toMatch(/0\.8999, below the minimum 0\.9/);
    expect(result.verdict).toBe('fail');
  });
  it('reads nested dotted keys and keys that contain dots', () => {
    expect(only([{ metric: 'latency_ms.p95', direction: 'lower', value: { max: 10 } }], { latency_ms: { p95: 9 } }).row.candidate).toBe(9);
    expect(only([{ metric: 'eval.acc', direction: 'higher', value: { min: 0.5 } }], { 'eval.acc': 0.7 }).row.candidate).toBe(0.7);
  });
});

describe('change against a baseline: Δ = s·(c − b), ρ = Δ/|b|', () => {
  const acc = (change: CheckSpec['change']): CheckSpec[] => [{ metric: 'acc', direction: 'higher', change }];
  it('tolerated regression: b = 0.94, c = 0.93 → Δ = −0.01 ≥ minAbsolute −0.01 passes (decimal, not float noise)', () => {
    const { row } = only(acc({ minAbsolute: -0.01 }), { acc: 0.93 }, { acc: 0.94 });
    expect(row.status).toBe('pass');
    expect(row.change?.absolute).toBeCloseTo(-0.01, 12);
  });
  it('tolerated regression exceeded: b = 0.94, c = 0.92 → Δ = −0.02 < −0.01 fails', () => {
    const { row } = only(acc({ minAbsolute: -0.01 }), { acc: 0.92 }, { acc: 0.94 });
    expect(row.status).toBe('fail');
    expect(row.reason).toMatch(/more regression than the 0\.01 tolerated/);
  });
  it('required improvement (MLflow min_absolute_change): b = 0.90, c = 0.905 → Δ = 0.005 < 0.01 fails; c = 0.91 passes', () => {
    expect(only(acc({ minAbsolute: 0.01 }), { acc: 0.905 }, { acc: 0.9 }).row.reason).toMatch(/less than the required improvement of 0\.01/);
    expect(only(acc({ minAbsolute: 0.01 }), { acc: 0.91 }, { acc: 0.9 }).row.status).toBe('pass');
  });
  it('lower is better: loss b = 0.50, c = 0.52 → Δ = −(0.52 − 0.50) = −0.02, ρ = −0.04; minRelative −0.05 passes, −0.03 fails', () => {
    const checks = (r: number): CheckSpec[] => [{ metric: 'loss', direction: 'lower', change: { minRelative: r } }];
    const ok = only(checks(-0.05), { loss: 0.52 }, { loss: 0.5 }).row;
    expect(ok.status).toBe('pass');
    expect(ok.change?.relative).toBeCloseTo(-0.04, 12);
    expect(only(checks(-0.03), { loss: 0.52 }, { loss: 0.5 }).row.status).toBe('fail');
  });
  it('negative baseline: b = −2, c = −1 (higher is better) → Δ = +1, ρ = 1/|−2| = +0.5, an improvement (MLflow: (c−b)/b = −0.5)', () => {
    const { row } = only(acc({ minRelative: 0.4 }), { acc: -1 }, { acc: -2 });
    expect(row.change).toEqual({ absolute: 1, relative: 0.5 });
    expect(row.status).toBe('pass');
    const worse = only(acc({ minRelative: -0.1 }), { acc: -2.5 }, { acc: -2 }).row;
    expect(worse.change?.relative).toBeCloseTo(-0.25, 12);
    expect(worse.status).toBe('fail');
  });
  it('suspicious improvement: b = 0.70, c = 0.95 → ρ = 0.25/0.70 = 0.357 > maxRelative 0.2 fails; Δ = 0.25 > maxAbsolute 0.1 fails', () => {
    const rel = only(acc({ minAbsolute: -0.01, maxRelative: 0.2 }), { acc: 0.95 }, { acc: 0.7 }).row;
    expect(rel.status).toBe('fail');
    expect(rel.change?.relative).toBeCloseTo(0.25 / 0.7, 12);
    expect(rel.reason).toMatch(/suspiciously large improvement/);
    expect(only(acc({ maxAbsolute: 0.1 }), { acc: 0.95 }, { acc: 0.7 }).row.status).toBe('fail');
    expect(only(acc({ maxAbsolute: 0.3 }), { acc: 0.95 }, { acc: 0.7 }).row.status).toBe('pass');
  });
});

describe('zero baseline with a relative bound (policies.onZeroBaseline)', () => {
  const checks: CheckSpec[] = [{ metric: 'err', direction: 'lower', change: { minRelative: -0.1, maxAbsolute: 0.5 } }];
  const run = (onZeroBaseline: 'fail' | 'skip' | 'absoluteOnly' | 'strictImprovement', c = 0.01) =>
    only(checks, { err: c }, { err: 0 }, { policies: { onZeroBaseline } }).row;
  it('fail (default, TFMA): b = 0 → ρ undefined → fails', () => {
    const row = run('fail');
    expect(row.status).toBe('fail');
    expect(row.change?.relative).toBeNull();
    expect(row.reason).toMatch(/so minRelative -10% is undefined: it cannot be met \(policies\.onZeroBaseline: fail\)/);
  });
  it('skip: the change check is skipped, and a gate with nothing evaluated is inconclusive', () => {
    const { result, row } = only(checks, { err: 0.01 }, { err: 0 }, { policies: { onZeroBaseline: 'skip' } });
    expect(row.status).toBe('skip');
    expect(result.verdict).toBe('inconclusive');
  });
  it('absoluteOnly: minRelative ignored, Δ = −0.01 ≤ maxAbsolute 0.5 holds → pass', () => {
    const row = run('absoluteOnly');
    expect(row.status).toBe('pass');
    expect(row.reason).toMatch(/minRelative -10% is undefined: ignored \(policies\.onZeroBaseline: absoluteOnly\)/);
  });
  it('strictImprovement (MLflow): needs Δ ≥ 1e-10: c = 0.01 → Δ = −0.01 fails; c = −0.001 → Δ = 0.001 passes', () => {
    expect(run('strictImprovement').status).toBe('fail');
    expect(run('strictImprovement', -0.001).status).toBe('pass');
  });
  it('|b| = 1e-13 < zeroEpsilon 1e-12 is a zero baseline', () => {
    expect(only(checks, { err: 0.01 }, { err: 1e-13 }).row.change?.relative).toBeNull();
  });
});

describe('non-finite values (policies.onNonFinite)', () => {
  const checks: CheckSpec[] = [{ metric: 'acc', direction: 'higher', value: { min: 0.5 }, change: { minAbsolute: -1 } }];
  it('NaN candidate fails by default and the JSON carries "NaN"', () => {
    const { result } = only(checks, { acc: 'NaN' }, { acc: 0.9 });
    expect(result.checks.map((r) => r.status)).toEqual(['fail', 'fail']);
    expect(result.checks[0].candidate).toBe('NaN');
    expect(result.checks[0].reason).toMatch(/not a finite number/);
  });
  it('+Inf candidate with onNonFinite: warn → warn rows, verdict inconclusive (nothing evaluated)', () => {
    const { result } = only(checks, { acc: 'Infinity' }, { acc: 0.9 }, { policies: { onNonFinite: 'warn' } });
    expect(result.checks.map((r) => r.status)).toEqual(['warn', 'warn']);
    expect(result.verdict).toBe('inconclusive');
  });
  it('a NaN baseline fails the change check only', () => {
    const { result } = only(checks, { acc: 0.9 }, { acc: 'nan' });
    expect(result.checks.map((r) => r.status)).toEqual(['pass', 'fail']);
  });
});

describe('missing metrics (policies.onMissingMetric) and invalid values', () => {
  const checks: CheckSpec[] = [
    { metric: 'acc', direction: 'higher', value: { min: 0.5 } },
    { metric: 'f1', direction: 'higher', value: { min: 0.5 } },
  ];
  it('fail (default): the reason names the missing key and suggests a near one', () => {
    const { result } = only(checks, { acc: 0.9, f2: 0.9 });
    expect(result.checks[1].status).toBe('fail');
    expect(result.checks[1].reason).toMatch(/"f1" is not in candidate\.json; did you mean "f2"\?.*onMissingMetric: fail/);
    expect(result.verdict).toBe('fail');
  });
  it('warn: the missing check warns and the gate passes on what was evaluated', () => {
    const { result } = only(checks, { acc: 0.9 }, undefined, { policies: { onMissingMetric: 'warn' } });
    expect(result.checks.map((r) => r.status)).toEqual(['pass', 'warn']);
    expect(result.verdict).toBe('pass');
  });
  it('skip, per check: the check is skipped', () => {
    const { result } = only([checks[0], { ...checks[1], onMissingMetric: 'skip' }], { acc: 0.9 });
    expect(result.checks[1].status).toBe('skip');
    // The reason names the setting that decided: the check's own, not the gate's default (issue 15).
    expect(result.checks[1].reason).toMatch(/\(checks\[1\]\.onMissingMetric: skip\)$/);
    expect(only(checks, { acc: 0.9 }, undefined, { policies: { onMissingMetric: 'warn' } }).result.checks[1].reason).toMatch(/\(policies\.onMissingMetric: warn\)$/);
  });
  it('a metric that is not a number is an error and the gate is inconclusive, never a pass', () => {
    const { result } = only(checks, { acc: 0.9, f1: 'high' });
    expect(result.checks[1].status).toBe('error');
    expect(result.checks[1].reason).toMatch(/is the string "high", expected a number/);
    expect(result.verdict).toBe('inconclusive');
    expect(only([checks[0]], { acc: '0.9' }).row.reason).toMatch(/remove the quotes/);
  });
  it('a metric missing from the baseline follows the same policy', () => {
    const { row } = only([{ metric: 'acc', direction: 'higher', change: { minAbsolute: 0 } }], { acc: 0.9 }, { other: 1 });
    expect(row.status).toBe('fail');
    expect(row.reason).toMatch(/^baseline: metric "acc" is not in baseline\.json/);
  });
});

describe('first run without a baseline (policies.onMissingBaseline)', () => {
  const checks: CheckSpec[] = [{ metric: 'acc', direction: 'higher', value: { min: 0.5 }, change: { minAbsolute: -0.01 } }];
  it('fail (default, MLflow): change checks fail and say why', () => {
    const result = evaluateGate(gate(checks), { candidate: set({ acc: 0.9 }), baselineNote: 'metrics.json does not exist at main' });
    expect(result.checks.map((r) => r.status)).toEqual(['pass', 'fail']);
    expect(result.checks[1].reason).toMatch(/no baseline \(metrics\.json does not exist at main\)/);
    expect(result.verdict).toBe('fail');
  });
  it('skip (TFX): change checks are skipped, value checks decide → pass', () => {
    const result = evaluateGate(gate(checks, { policies: { onMissingBaseline: 'skip' } }), { candidate: set({ acc: 0.9 }) });
    expect(result.checks.map((r) => r.status)).toEqual(['pass', 'skip']);
    expect(result.verdict).toBe('pass');
  });
});

describe('slices and cross-slice gaps', () => {
  const data = (f1: Record<string, number>) => ({ slices: { species: Object.fromEntries(Object.entries(f1).map(([k, v]) => [k, { f1: v }])) } });
  const candidate = data({ setosa: 1, versicolor: 0.9, virginica: 0.79 });
  it('a feature expands to each of its slices: virginica 0.79 < 0.8 fails', () => {
    const { result } = only([{ metric: 'f1', direction: 'higher', slices: ['species'], value: { min: 0.8 } }], candidate);
    expect(result.checks.map((r) => [r.slice, r.status])).toEqual([
      ['species:setosa', 'pass'],
      ['species:versicolor', 'pass'],
      ['species:virginica', 'fail'],
    ]);
  });
  it('a slice that does not exist follows the missing-metric policy and names the slices that do', () => {
    const { row } = only([{ metric: 'f1', direction: 'higher', slices: ['species:virginca'], value: { min: 0.8 } }], candidate);
    expect(row.status).toBe('fail');
    expect(row.reason).toMatch(/slice species:virginca does not exist.*did you mean "virginica"/);
    const feature = only([{ metric: 'f1', direction: 'higher', slices: ['colour'], value: { min: 0.8 } }], candidate).row;
    expect(feature.status).toBe('fail');
    expect(feature.reason).toMatch(/colour/);
  });
  it('per-slice change compares each slice with the same slice of the baseline', () => {
    const { result } = only([{ metric: 'f1', direction: 'higher', slices: ['species:virginica'], change: { minAbsolute: -0.05 } }], candidate, data({ setosa: 1, versicolor: 0.9, virginica: 0.9 }));
    expect(result.checks[0].change?.absolute).toBeCloseTo(-0.11, 12);
    expect(result.checks[0].status).toBe('fail');
  });
  it('fairness gap: max 1 (setosa) − min 0.79 (virginica) = 0.21 > 0.15 fails; ≤ 0.25 passes', () => {
    const fail = only([{ metric: 'f1', direction: 'higher', crossSlice: { feature: 'species', maxGap: 0.15 } }], candidate).row;
    expect(fail.status).toBe('fail');
    expect(fail.candidate).toBeCloseTo(0.21, 12);
    expect(fail.reason).toMatch(/0\.79 \(virginica\) to 1 \(setosa\)/);
    expect(only([{ metric: 'f1', direction: 'higher', crossSlice: { feature: 'species', maxGap: 0.25 } }], candidate).row.status).toBe('pass');
  });
});

describe('statistics with a fixed seed', () => {
  // 20 paired examples: the candidate fixes 4 and breaks 1 (Δ = +3/20 = 0.15).
  const base = Array.from({ length: 20 }, (_, i) => (i < 14 ? 1 : 0));
  const cand = base.map((v, i) => (i === 0 ? 0 : i >= 14 && i < 18 ? 1 : v));
  const sets = (c: number[], b: number[]) => ({
    candidate: set({ correct: { value: c.reduce((x, y) => x + y) / c.length, samples: c } }),
    baseline: set({ correct: { value: b.reduce((x, y) => x + y) / b.length, samples: b } }),
  });
  const check = (minAbsolute: number, seed = 7): CheckSpec => ({ metric: 'correct', direction: 'higher', change: { minAbsolute }, statistics: { method: 'pairedBootstrap', resamples: 2000, seed } });
  it('decides on the lower bound of the CI of Δ, and is reproducible with a seed', () => {
    const a = evaluateGate(gate([check(-0.1)]), sets(cand, base)).checks[0];
    const b = evaluateGate(gate([check(-0.1)]), sets(cand, base)).checks[0];
    expect(a.statistics).toEqual(b.statistics);
    expect(a.statistics?.estimate).toBeCloseTo(0.15, 12);
    // With 20 examples Δ moves in steps of 1/20: the 95% interval is [−0.05, +0.35] (resampled discordant pairs).
    expect(a.statistics!.lower).toBeCloseTo(-0.05, 12);
    expect(a.statistics!.upper).toBeCloseTo(0.35, 12);
    expect(a.status).toBe('pass');
    // Point Δ = 0.15 ≥ 0.1, but the lower bound is below 0.1: the statistical gate refuses what the point estimate allows.
    const strict = evaluateGate(gate([check(0.1)]), sets(cand, base)).checks[0];
    expect(strict.change?.absolute).toBeCloseTo(0.15, 12);
    expect(strict.status).toBe('fail');
    expect(strict.reason).toMatch(/Δ lower 95% bound/);
    const point = evaluateGate(gate([{ ...check(0.1), statistics: { method: 'pairedBootstrap', seed: 7, decideOn: 'pointEstimate' } }]), sets(cand, base)).checks[0];
    expect(point.status).toBe('pass');
  });
  it('pairs by id, and refuses samples that cannot be paired', () => {
    const c = set({ correct: { value: 0.5, samples: [1, 0, 1, 0, 1], ids: ['a', 'b', 'd', 'e', 'f'] } });
    const b = set({ correct: { value: 0.5, samples: [0, 1, 1, 0, 1], ids: ['b', 'c', 'd', 'e', 'f'] } });
    const row = evaluateGate(gate([check(0)]), { candidate: c, baseline: b }).checks[0];
    expect(row.status).toBe('error');
    expect(row.reason).toMatch(/same examples on both sides/);
  });
  it('Mann-Whitney fails a significant regression only (latency, lower is better)', () => {
    const fast = Array.from({ length: 30 }, (_, i) => 10 + (i % 5) * 0.1);
    const slow = fast.map((v) => v + 2);
    const mw = (c: number[], b: number[]) =>
      evaluateGate(gate([{ metric: 'lat', direction: 'lower', statistics: { method: 'mannWhitney' } }]), {
        candidate: set({ lat: { value: c[0], samples: c } }),
        baseline: set({ lat: { value: b[0], samples: b } }),
      }).checks[0];
    expect(mw(slow, fast).status).toBe('fail');
    expect(mw(fast, slow).status).toBe('pass');
    expect(mw(fast, fast).status).toBe('pass');
  });
});

describe('aggregation', () => {
  const checks: CheckSpec[] = [
    { metric: 'a', direction: 'higher', value: { min: 0.5 }, weight: 3 },
    { metric: 'b', direction: 'higher', value: { min: 0.5 }, weight: 1 },
    { metric: 'c', direction: 'higher', value: { min: 0.5 }, weight: 1 },
  ];
  it('score = 100·Σw(pass)/Σw = 100·4/5 = 80: marginal (75 ≤ 80 < 90) → inconclusive by default, or as configured', () => {
    const run = (onMarginal?: 'fail' | 'pass') =>
      evaluateGate(gate(checks, { aggregate: { mode: 'score', onMarginal } }), { candidate: set({ a: 1, b: 1, c: 0 }) });
    const r = run();
    expect(r.score).toBe(80);
    expect(r.verdict).toBe('inconclusive');
    expect(run('fail').verdict).toBe('fail');
    expect(run('pass').verdict).toBe('pass');
  });
  it('score 100·3/5 = 60 < marginal 75 fails; 100 passes', () => {
    expect(evaluateGate(gate(checks, { aggregate: { mode: 'score' } }), { candidate: set({ a: 1, b: 0, c: 0 }) }).verdict).toBe('fail');
    expect(evaluateGate(gate(checks, { aggregate: { mode: 'score' } }), { candidate: set({ a: 1, b: 1, c: 1 }) }).score).toBe(100);
  });
  it('a failing critical check fails a weighted gate whose score would pass (score 0)', () => {
    const critical = [checks[0], checks[1], { ...checks[2], critical: true, weight: 0.1 }];
    const r = evaluateGate(gate(critical, { aggregate: { mode: 'score', pass: 50 } }), { candidate: set({ a: 1, b: 1, c: 0 }) });
    expect(r.verdict).toBe('fail');
    expect(r.score).toBe(0);
    expect(r.reason).toMatch(/critical check failed: c/);
  });
  it('mode all: one failure fails; an empty evaluation never passes', () => {
    expect(evaluateGate(gate(checks), { candidate: set({ a: 1, b: 1, c: 0 }) }).verdict).toBe('fail');
    const none = evaluateGate(gate(checks, { policies: { onMissingMetric: 'skip' } }), { candidate: set({}) });
    expect(none.verdict).toBe('inconclusive');
    expect(none.reason).toMatch(/evaluated nothing never passes/);
  });
});

describe('statistics: significance, sample sizes and required improvements (issues 15 and 25)', () => {
  const fixture = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../core/stats/fixtures/mann-whitney-shift.json'), 'utf8')) as {
    shift: Array<{ name: string; x: number[]; y: number[] }>;
  };
  const arms = (c: number[], b: number[], value = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length) => ({
    candidate: set({ m: { value: value(c), samples: c } }),
    baseline: set({ m: { value: value(b), samples: b } }, 'baseline.json'),
  });
  const mw = (statistics: Partial<NonNullable<CheckSpec['statistics']>> = {}, change?: CheckSpec['change']): CheckSpec[] => [
    { metric: 'm', direction: 'higher', change, statistics: { method: 'mannWhitney', ...statistics } },
  ];

  it('p = 0.05 at confidence 0.95 is not significant (scipy: 2 vs 14 samples, U = 3, exact p = 6/120 = 0.05)', () => {
    const baseline = Array.from({ length: 14 }, (_, i) => i + 1);
    const row = evaluateGate(gate(mw({ minSamples: 2 })), arms([1.5, 2.5], baseline)).checks[0];
    expect(row.statistics?.pWorse).toBe(0.05);
    expect(row.status).toBe('pass');
    expect(row.reason).toMatch(/p\(worse\) = 0\.05 ≥ α 0\.05/);
  });

  it('fewer samples than minSamples (default 5) make the check inconclusive, never a silent pass', () => {
    const four = arms([1, 2, 3, 4], [5, 6, 7, 8]);
    const result = evaluateGate(gate(mw()), four);
    expect(result.checks[0].status).toBe('error');
    expect(result.checks[0].reason).toMatch(/inconclusive: 4 candidate and 4 baseline sample\(s\), fewer than the 5 per side statistics\.minSamples requires \(default 5\)/);
    expect(result.verdict).toBe('inconclusive');
    // Allowed explicitly, 4 against 4 can show a regression (exact p = 1/70).
    expect(evaluateGate(gate(mw({ minSamples: 4 })), four).checks[0].status).toBe('fail');
    // The same holds for the bootstrap methods.
    const boot = evaluateGate(gate([{ metric: 'm', direction: 'higher', change: { minAbsolute: -1 }, statistics: { method: 'bootstrap' } }]), four).checks[0];
    expect(boot.status).toBe('error');
  });

  it('a Mann-Whitney test that cannot reach significance at all is inconclusive: 3 vs 3 at 0.95 (smallest p = 1/20)', () => {
    const row = evaluateGate(gate(mw({ minSamples: 3 })), arms([1, 2, 3], [4, 5, 6])).checks[0];
    expect(row.status).toBe('error');
    expect(row.reason).toMatch(/smallest one-sided Mann-Whitney p-value is 0\.0500, not below α = 0\.05/);
  });

  it('A/B winner: a required improvement (minRelative +5%) fails on two identical arms and says why', () => {
    const arm = fixture.shift.find((c) => c.name === 'identical arms, required +0.015')!.x;
    const { checks } = evaluateGate(gate(mw({}, { minRelative: 0.05 })), arms(arm, [...arm]));
    expect(checks[0].statistics).toMatchObject({ estimate: 0 });
    expect(checks[0].status).toBe('fail');
    expect(checks[0].reason).toMatch(/minRelative: no evidence of the required improvement: shift ρ 0%, one-sided p\(ρ > \+5%\) = 0\.95\d+ ≥ α 0\.05/);
    expect(checks[0].reason).not.toMatch(/holds/);
  });

  it('A/B winner: an arm 20% better shows the +5% improvement; the pass reason states what the test showed', () => {
    const better = fixture.shift.find((c) => c.name === '20% better, required +0.015')!;
    const row = evaluateGate(gate(mw({}, { minRelative: 0.05 })), arms(better.x, better.y, () => 0.3)).checks[0];
    expect(row.status).toBe('pass');
    expect(row.reason).toMatch(/minRelative: shift ρ \+\d+(\.\d+)?% > \+5% is significant \(one-sided p\(ρ > \+5%\) = [\d.e-]+ < α 0\.05\)/);
    // Asking for +0.1 absolute (33%): the shift is about +0.06, no evidence: fails.
    expect(evaluateGate(gate(mw({}, { minAbsolute: 0.1 })), arms(better.x, better.y)).checks[0].status).toBe('fail');
  });

  it('a required improvement needs evidence with the bootstrap methods too: the lower bound must clear it', () => {
    const arm = fixture.shift.find((c) => c.name === 'identical arms, required +0.015')!.x;
    const row = evaluateGate(gate([{ metric: 'm', direction: 'higher', change: { minRelative: 0.05 }, statistics: { method: 'bootstrap' } }]), arms(arm, [...arm])).checks[0];
    expect(row.status).toBe('fail');
    expect(row.reason).toMatch(/ρ lower 95% bound -\d+(\.\d+)?% < \+5%/);
  });

  it('a tolerated regression with Mann-Whitney fails only on a significant crossing of the tolerance, and the pass reason does not claim the bound', () => {
    const arm = fixture.shift.find((c) => c.name === 'identical arms, required +0.015')!.x;
    const row = evaluateGate(gate(mw({}, { minAbsolute: -0.01 })), arms(arm, [...arm])).checks[0];
    expect(row.status).toBe('pass');
    expect(row.reason).toMatch(/minAbsolute: shift Δ 0 ≥ -0\.01 \(one-sided p\(Δ < -0\.01\) = /);
    const worse = arm.map((v) => v - 0.05);
    const failed = evaluateGate(gate(mw({}, { minAbsolute: -0.01 })), arms(worse, arm)).checks[0];
    expect(failed.status).toBe('fail');
    expect(failed.reason).toMatch(/shift Δ -0\.05 < -0\.01 and significant/);
  });

  it('a zero baseline under strictImprovement says, on a pass too, that the relative bound was replaced (with statistics: evidence needed)', () => {
    const checks: CheckSpec[] = [{ metric: 'err', direction: 'lower', change: { minRelative: -0.1 } }];
    const row = only(checks, { err: -0.001 }, { err: 0 }, { policies: { onZeroBaseline: 'strictImprovement' } }).row;
    expect(row.status).toBe('pass');
    expect(row.reason).toMatch(/minRelative -10% is undefined, replaced by a strict improvement Δ ≥ 1e-10 \(policies\.onZeroBaseline: strictImprovement\): Δ \+0\.001 ≥ 1\.000e-10 holds/);
    expect(row.reason).not.toMatch(/ρ ≥ -10% holds/);
    const zeros = [0, 0, 0, 0, 0, 0];
    const stats = evaluateGate(gate([{ metric: 'm', direction: 'higher', change: { minRelative: 0.01 }, statistics: { method: 'mannWhitney' } }], { policies: { onZeroBaseline: 'strictImprovement' } }), arms([0, 0, 0, 0, 0, 1e-3], zeros)).checks[0];
    expect(stats.status).toBe('fail');
    expect(stats.reason).toMatch(/strictImprovement\): minAbsolute|strictImprovement\): minRelative/);
  });

  it('decideOn: pointEstimate is written in the reason', () => {
    const arm = fixture.shift.find((c) => c.name === 'identical arms, required +0.015')!.x;
    const row = evaluateGate(gate(mw({ decideOn: 'pointEstimate' }, { minAbsolute: -0.01 })), arms(arm, [...arm])).checks[0];
    expect(row.reason).toMatch(/statistics\.decideOn: pointEstimate/);
  });
});
