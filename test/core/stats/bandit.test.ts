/**
 * Bandit arithmetic against SciPy (fixtures/make_bandit.py): Beta and Normal-Gamma posterior updates, and
 * the Monte-Carlo probability of being best against numerical integration of the posterior marginals.
 * Then the behaviour: the floor always holds, and a simulated bandit converges to the better arm within the
 * number of requests docs/deploy.md documents (fixed seeds: deterministic).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { addReward, allocate, applyFloor, betaPosterior, emptyArm, estimatedRegret, normalGammaPosterior, posteriorMean, probabilityBest, type ArmStats, type RewardKind } from '../../../src/core/stats/bandit.js';
import { createRandom } from '../../../src/core/stats/random.js';

interface FixtureArm {
  rewards: number[];
  alpha: number;
  beta: number;
  mu?: number;
  kappa?: number;
  mean: number;
}
interface FixtureCase {
  name: string;
  kind: RewardKind;
  arms: FixtureArm[];
  probabilityBest: number[];
}
const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(readFileSync(path.join(here, 'fixtures', 'bandit-scipy.json'), 'utf8')) as { cases: FixtureCase[] };

function statsOf(rewards: number[]): ArmStats {
  const arm = emptyArm();
  for (const x of rewards) addReward(arm, x);
  return arm;
}

describe('posteriors against scipy', () => {
  for (const c of fixture.cases) {
    it(`${c.kind}: ${c.name}`, () => {
      const arms = c.arms.map((a) => statsOf(a.rewards));
      c.arms.forEach((expected, i) => {
        if (c.kind === 'binary') {
          expect(betaPosterior(arms[i])).toEqual({ alpha: expected.alpha, beta: expected.beta });
        } else {
          const p = normalGammaPosterior(arms[i]);
          expect(p.mu).toBeCloseTo(expected.mu!, 10);
          expect(p.kappa).toBeCloseTo(expected.kappa!, 10);
          expect(p.alpha).toBeCloseTo(expected.alpha, 10);
          expect(p.beta).toBeCloseTo(expected.beta, 9);
        }
        expect(posteriorMean(arms[i], c.kind)).toBeCloseTo(expected.mean, 10);
      });
      // 10 000 draws: standard error <= 0.005; 0.015 is three of them (and the seed makes it exact anyway).
      const probability = probabilityBest(arms, c.kind, `fixture ${c.name}`);
      probability.forEach((p, i) => expect(Math.abs(p - c.probabilityBest[i])).toBeLessThan(0.015));
    });
  }
});

describe('allocation', () => {
  it('never gives an arm less than the floor, and the shares sum to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 6 }), fc.double({ min: 0, max: 0.16, noNaN: true }), (raw, floor) => {
        const shares = applyFloor(raw, floor);
        expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        for (const s of shares) expect(s).toBeGreaterThanOrEqual(floor - 1e-15);
      }),
    );
  });

  it('refuses a floor that cannot hold for every arm', () => {
    expect(() => applyFloor([0.5, 0.5, 0], 0.4)).toThrow(/floor of 0.4 per arm cannot hold for 3 arms/);
  });

  it('epsilon-greedy gives 1 - epsilon to the best mean and spreads epsilon over the others', () => {
    const arms = [statsOf([0, 0, 1, 0]), statsOf([1, 1, 1, 0]), statsOf([0, 1, 0, 0])];
    const a = allocate({ arms, kind: 'binary', algorithm: 'epsilon-greedy', floor: 0, epsilon: 0.2, seed: 's' });
    expect(a.shares).toEqual([0.1, 0.8, 0.1].map((x) => expect.closeTo(x, 12)));
    const floored = allocate({ arms, kind: 'binary', algorithm: 'epsilon-greedy', floor: 0.1, epsilon: 0.2, seed: 's' });
    expect(floored.shares[1]).toBeCloseTo(0.1 + 0.7 * 0.8, 12);
  });

  it('is the same for the same rewards and seed (no hidden randomness)', () => {
    const arms = [statsOf([1, 0, 1]), statsOf([0, 0, 1, 1])];
    expect(allocate({ arms, kind: 'binary', algorithm: 'thompson', floor: 0.05, seed: 'x' })).toEqual(allocate({ arms, kind: 'binary', algorithm: 'thompson', floor: 0.05, seed: 'x' }));
  });

  it('estimates regret as the rewards lost to the arms that look worse', () => {
    const arms = [statsOf([1, 0]), statsOf([1, 1, 1])];
    const means = arms.map((a) => posteriorMean(a, 'binary'));
    expect(estimatedRegret(arms, means)).toBeCloseTo(2 * (0.8 - 0.5), 12);
  });
});

/** The decision waits for this many rewards (strategy.bandit.minRewards' default): early runs of luck decide nothing. */
const MIN_REWARDS = 200;

/**
 * The documented convergence: requests arrive in batches of 20, each routed by a weighted pick over the
 * current allocation, each answered with a Bernoulli reward; the allocation is recomputed after each batch.
 * Returns the request count (at least MIN_REWARDS) at which the better arm's probability of being best first reaches 0.95.
 */
function simulate(rates: number[], algorithm: 'thompson' | 'epsilon-greedy', floor: number, seed: string, maxRequests: number, kind: RewardKind = 'binary') {
  const rng = createRandom(seed);
  const arms = rates.map(() => emptyArm());
  let shares = rates.map(() => 1 / rates.length);
  let lowest = 1;
  for (let served = 0; served < maxRequests; ) {
    for (let i = 0; i < 20; i++, served++) {
      let u = rng.next();
      let arm = shares.length - 1;
      for (let k = 0; k < shares.length; k++) {
        if (u < shares[k]) {
          arm = k;
          break;
        }
        u -= shares[k];
      }
      const reward = kind === 'binary' ? (rng.next() < rates[arm] ? 1 : 0) : rates[arm] + rng.normal();
      addReward(arms[arm], reward);
    }
    const a = allocate({ arms, kind, algorithm, floor, epsilon: 0.1, seed: `${seed}:${served}`, draws: 2000 });
    shares = a.shares;
    lowest = Math.min(lowest, ...shares);
    const best = rates.indexOf(Math.max(...rates));
    if (served < MIN_REWARDS) continue;
    if (a.probabilityBest[best] >= 0.95) return { requests: served, lowest, shares, arms };
    if (Math.max(...a.probabilityBest) >= 0.95) throw new Error(`converged to the wrong arm after ${served} requests`);
  }
  return { requests: Infinity, lowest, shares, arms };
}

describe('convergence in simulation (docs/deploy.md: "within 1 000 requests for 0.4 vs 0.6")', () => {
  it.each(['seed-1', 'seed-2', 'seed-3', 'seed-4', 'seed-5', 'seed-6'])('thompson, success rates 0.4 vs 0.6 (%s)', (seed) => {
    const r = simulate([0.4, 0.6], 'thompson', 0.05, seed, 1000);
    expect(r.requests).toBeLessThanOrEqual(1000);
    expect(r.lowest).toBeGreaterThanOrEqual(0.05 - 1e-12);
    expect(r.shares[1]).toBeGreaterThan(0.8);
    // Thompson moves traffic away from the worse arm as it learns: it served fewer requests.
    expect(r.arms[0].n).toBeLessThan(r.arms[1].n);
  });

  it('thompson with three arms finds the best and keeps every floor', () => {
    const r = simulate([0.3, 0.45, 0.6], 'thompson', 0.05, 'three', 3000);
    expect(r.requests).toBeLessThanOrEqual(3000);
    expect(r.lowest).toBeGreaterThanOrEqual(0.05 - 1e-12);
  });

  it('epsilon-greedy converges too, with its exploration share above the floor', () => {
    const r = simulate([0.4, 0.6], 'epsilon-greedy', 0.05, 'eps', 3000);
    expect(r.requests).toBeLessThanOrEqual(3000);
    expect(r.lowest).toBeGreaterThanOrEqual(0.05 - 1e-12);
  });

  it('continuous rewards (Normal-Gamma): mean 0 vs 0.3, unit noise', () => {
    const r = simulate([0, 0.3], 'thompson', 0.05, 'normal', 3000, 'continuous');
    expect(r.requests).toBeLessThanOrEqual(3000);
  });
});
