/**
 * The canary's sequential test (src/core/stats/sprt.ts): its per-window log-likelihood ratios against
 * scipy.stats.binom (committed fixture, fixtures/make_sprt.py), and its error rates by simulation with a
 * fixed seed, against Wald's bounds and against an independent numpy simulation of the same scenarios.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, type Random } from '../../../src/core/stats/random.js';
import { ErrorRateSprt, sprtBoundaries, windowLogLikelihoodRatio, type SprtWindow } from '../../../src/core/stats/sprt.js';

interface Fixture {
  alpha: number;
  beta: number;
  relativeRisk: number;
  upper: number;
  lower: number;
  windows: Array<{ window: SprtWindow; relativeRisk: number; llr: number }>;
  scenarios: Array<{ name: string; candidateRequests: number; stableRequests: number; stableErrorRate: number; candidateErrorRate: number; maxWindows: number; worseRate: number; meanWindows: number }>;
}
const fixture = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'sprt.json'), 'utf8')) as Fixture;
const options = { alpha: fixture.alpha, beta: fixture.beta, relativeRisk: fixture.relativeRisk };

/** Binomial(n, p) by inversion of its CDF (exact; fast for the small n·p of error counts). */
function binomial(rng: Random, n: number, p: number): number {
  const u = rng.next();
  let k = 0;
  let pmf = Math.pow(1 - p, n);
  let cdf = pmf;
  while (u > cdf && k < n) {
    pmf *= ((n - k) / (k + 1)) * (p / (1 - p));
    k++;
    cdf += pmf;
  }
  return k;
}

function simulate(seed: string, reps: number, s: Fixture['scenarios'][number]): { worseRate: number; meanWindows: number } {
  const rng = createRandom(seed);
  let worse = 0;
  let windows = 0;
  for (let r = 0; r < reps; r++) {
    const test = new ErrorRateSprt(options);
    let state = test.state;
    for (let w = 0; w < s.maxWindows && state.decision === 'continue'; w++) {
      state = test.add({ candidateRequests: s.candidateRequests, candidateErrors: binomial(rng, s.candidateRequests, s.candidateErrorRate), stableRequests: s.stableRequests, stableErrors: binomial(rng, s.stableRequests, s.stableErrorRate) });
    }
    if (state.decision === 'worse') worse++;
    windows += state.windows;
  }
  return { worseRate: worse / reps, meanWindows: windows / reps };
}

describe('error-rate SPRT', () => {
  it('adds per window the log-likelihood ratio scipy.stats.binom gives', () => {
    for (const { window, relativeRisk, llr } of fixture.windows) expect(windowLogLikelihoodRatio(window, relativeRisk)).toBeCloseTo(llr, 10);
    expect(sprtBoundaries(options).upper).toBeCloseTo(fixture.upper, 12);
    expect(sprtBoundaries(options).lower).toBeCloseTo(fixture.lower, 12);
  });

  it('is not decided by one noisy window: a single candidate error beside a clean stable continues', () => {
    const test = new ErrorRateSprt(options);
    expect(test.add({ candidateRequests: 20, candidateErrors: 1, stableRequests: 180, stableErrors: 0 }).decision).toBe('continue');
    // ... but a window holding many candidate errors and none of the stable's is decided at once.
    expect(new ErrorRateSprt(options).add({ candidateRequests: 20, candidateErrors: 8, stableRequests: 180, stableErrors: 0 }).decision).toBe('worse');
  });

  it('stays decided, and refuses impossible windows and parameters', () => {
    const test = new ErrorRateSprt(options);
    test.add({ candidateRequests: 20, candidateErrors: 8, stableRequests: 180, stableErrors: 0 });
    expect(test.add({ candidateRequests: 20, candidateErrors: 0, stableRequests: 180, stableErrors: 50 }).decision).toBe('worse');
    expect(() => test.add({ candidateRequests: 2, candidateErrors: 3, stableRequests: 1, stableErrors: 0 })).toThrow(/more errors than requests/);
    expect(() => test.add({ candidateRequests: 1.5, candidateErrors: 0, stableRequests: 1, stableErrors: 0 })).toThrow(/whole number/);
    expect(() => new ErrorRateSprt({ alpha: 0.6, beta: 0.5, relativeRisk: 2 })).toThrow(/alpha \+ beta < 1/);
    expect(() => new ErrorRateSprt({ alpha: 0.05, beta: 0.2, relativeRisk: 1 })).toThrow(/above 1/);
  });

  const REPS = 4000;
  // One seeded simulation per scenario (4000 rollouts each): the figures docs/deploy.md quotes.
  const results = new Map(fixture.scenarios.map((s) => [s.name, simulate(`sprt ${s.name}`, REPS, s)]));
  const sigma = (p: number, n: number) => Math.sqrt(Math.max(p * (1 - p), 1e-4) / n);

  it.each(fixture.scenarios.map((s) => [s.name, s] as const))('%s: the same operating characteristics as an independent numpy simulation', (_name, s) => {
    const ours = results.get(s.name)!;
    const tolerance = 4 * Math.sqrt(sigma(s.worseRate, REPS) ** 2 + sigma(s.worseRate, 20000) ** 2);
    expect(Math.abs(ours.worseRate - s.worseRate)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(ours.meanWindows - s.meanWindows) / s.meanWindows).toBeLessThan(0.1);
  });

  it("keeps Wald's error bounds: false alarms <= alpha/(1-beta), misses <= beta/(1-alpha)", () => {
    const h0 = results.get('H0: same error rate')!;
    const h1 = results.get('H1: twice the error rate')!;
    const better = results.get('better candidate')!;
    const falseAlarmBound = fixture.alpha / (1 - fixture.beta);
    const missBound = fixture.beta / (1 - fixture.alpha);
    expect(h0.worseRate).toBeLessThanOrEqual(falseAlarmBound + 3 * sigma(falseAlarmBound, REPS));
    expect(1 - h1.worseRate).toBeLessThanOrEqual(missBound + 3 * sigma(missBound, REPS));
    expect(better.worseRate).toBeLessThanOrEqual(h0.worseRate);
    // A failing candidate is usually stopped well before the truncation (early stop): the mean is about 10 windows of 200.
    expect(h1.meanWindows).toBeLessThan(fixture.scenarios[1].maxWindows / 5);
  });
});
