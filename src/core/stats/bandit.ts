import { createRandom, type Random } from './random.js';

/**
 * Multi-armed bandit arithmetic: conjugate posteriors of each arm's mean reward, the probability that each
 * arm is the best (Monte-Carlo draws from the posteriors, seeded so the same rewards always give the same
 * allocation), the traffic allocation that follows (Thompson sampling or epsilon-greedy, with a floor share
 * per arm) and an estimate of the regret. Pure: serve (src/serve/bandit.ts) keeps the state, the deploy
 * strategy reads the decision. docs/deploy.md "Bandit" documents priors, bound and regret.
 */

export type BanditAlgorithm = 'thompson' | 'epsilon-greedy';
/** `binary`: rewards are 0/1 (Beta-Bernoulli); `continuous`: any real number (Normal-Gamma). */
export type RewardKind = 'binary' | 'continuous';

/** Sufficient statistics of one arm's rewards (Welford's running mean and sum of squared deviations). */
export interface ArmStats {
  n: number;
  mean: number;
  m2: number;
}

export const emptyArm = (): ArmStats => ({ n: 0, mean: 0, m2: 0 });

/** Adds one reward (Welford): exact for any order, no running sum that loses precision. */
export function addReward(arm: ArmStats, x: number): void {
  arm.n += 1;
  const d = x - arm.mean;
  arm.mean += d / arm.n;
  arm.m2 += d * (x - arm.mean);
}

/** Beta(1, 1) prior: every success rate equally likely before any reward. */
export const BETA_PRIOR = { alpha: 1, beta: 1 } as const;
/**
 * Normal-Gamma prior on (mean, precision): mu0 = 0 worth kappa0 = 0.01 of an observation, and a vague
 * Gamma(1, 0.01) on the precision, so a handful of rewards on any scale dominates it.
 */
export const NORMAL_GAMMA_PRIOR = { mu: 0, kappa: 0.01, alpha: 1, beta: 0.01 } as const;

export interface BetaPosterior {
  alpha: number;
  beta: number;
}

export interface NormalGammaPosterior {
  mu: number;
  kappa: number;
  alpha: number;
  beta: number;
}

/** The Beta posterior of 0/1 rewards (successes = n x mean). */
export function betaPosterior(arm: ArmStats): BetaPosterior {
  const successes = Math.round(arm.n * arm.mean);
  return { alpha: BETA_PRIOR.alpha + successes, beta: BETA_PRIOR.beta + arm.n - successes };
}

/** The conjugate Normal-Gamma update (Murphy, "Conjugate Bayesian analysis of the Gaussian distribution", eq. 85-89). */
export function normalGammaPosterior(arm: ArmStats): NormalGammaPosterior {
  const { mu, kappa, alpha, beta } = NORMAL_GAMMA_PRIOR;
  const n = arm.n;
  return {
    mu: (kappa * mu + n * arm.mean) / (kappa + n),
    kappa: kappa + n,
    alpha: alpha + n / 2,
    beta: beta + arm.m2 / 2 + (kappa * n * (arm.mean - mu) ** 2) / (2 * (kappa + n)),
  };
}

/** The posterior mean of an arm's expected reward. */
export function posteriorMean(arm: ArmStats, kind: RewardKind): number {
  if (kind === 'binary') {
    const p = betaPosterior(arm);
    return p.alpha / (p.alpha + p.beta);
  }
  return normalGammaPosterior(arm).mu;
}

/** Gamma(shape, 1) by Marsaglia and Tsang (2000); shape < 1 through the boost U^(1/shape). */
export function sampleGamma(shape: number, rng: Random): number {
  if (shape < 1) {
    let u = rng.next();
    while (u === 0) u = rng.next();
    return sampleGamma(shape + 1, rng) * u ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = rng.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.next();
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** One draw of an arm's mean reward from its posterior. */
function drawMean(arm: ArmStats, kind: RewardKind, rng: Random): number {
  if (kind === 'binary') {
    const p = betaPosterior(arm);
    const a = sampleGamma(p.alpha, rng);
    return a / (a + sampleGamma(p.beta, rng));
  }
  const p = normalGammaPosterior(arm);
  // precision ~ Gamma(alpha, rate beta); mean | precision ~ Normal(mu, 1 / (kappa precision)).
  const precision = sampleGamma(p.alpha, rng) / p.beta;
  return p.mu + rng.normal() / Math.sqrt(p.kappa * precision);
}

/** Monte-Carlo draws behind each probability of being best: its standard error is at most 0.5/sqrt(draws) = 0.005. */
export const DEFAULT_DRAWS = 10_000;

/**
 * The probability that each arm has the highest mean reward: the share of `draws` joint posterior draws in
 * which it is the largest. Seeded, so the same rewards always give the same figures.
 */
export function probabilityBest(arms: readonly ArmStats[], kind: RewardKind, seed: string, draws = DEFAULT_DRAWS): number[] {
  const rng = createRandom(seed);
  const wins = new Array<number>(arms.length).fill(0);
  for (let d = 0; d < draws; d++) {
    let best = 0;
    let top = -Infinity;
    for (let i = 0; i < arms.length; i++) {
      const x = drawMean(arms[i], kind, rng);
      if (x > top) {
        top = x;
        best = i;
      }
    }
    wins[best]++;
  }
  return wins.map((w) => w / draws);
}

/**
 * Shares that sum to 1 with every arm at `floor` or more: `floor + (1 - k floor) x share`. The floor keeps
 * every arm learning (a posterior stuck on an early bad run can still recover).
 */
export function applyFloor(shares: readonly number[], floor: number): number[] {
  const k = shares.length;
  if (!(floor >= 0 && floor * k <= 1)) throw new RangeError(`a floor of ${floor} per arm cannot hold for ${k} arms (floor x arms must be at most 1)`);
  const total = shares.reduce((s, x) => s + x, 0);
  const free = 1 - k * floor;
  return shares.map((x) => floor + free * (total > 0 ? x / total : 1 / k));
}

export interface AllocationInput {
  arms: readonly ArmStats[];
  kind: RewardKind;
  algorithm: BanditAlgorithm;
  floor: number;
  /** epsilon-greedy: the share explored (spread over the other arms); default 0.1. */
  epsilon?: number;
  seed: string;
  draws?: number;
}

export interface Allocation {
  /** Traffic shares per arm (sum 1, each >= floor). */
  shares: number[];
  /** The probability that each arm is the best (Monte-Carlo, both algorithms: the decision needs it). */
  probabilityBest: number[];
  /** Posterior mean reward per arm. */
  means: number[];
}

/**
 * Thompson sampling sends each request to an arm with the probability that it is the best, so the
 * allocation is that probability (computed once per change of the rewards, not per request). Epsilon-greedy
 * gives 1 - epsilon to the arm with the best posterior mean and epsilon to the others in equal parts (Seldon
 * Core's router picks a random other branch). The floor is applied last.
 */
export function allocate(input: AllocationInput): Allocation {
  const { arms, kind, algorithm, floor } = input;
  if (arms.length < 2) throw new RangeError(`a bandit needs two or more arms, got ${arms.length}`);
  const probability = probabilityBest(arms, kind, input.seed, input.draws);
  const means = arms.map((a) => posteriorMean(a, kind));
  let raw: number[];
  if (algorithm === 'thompson') raw = probability;
  else {
    const epsilon = input.epsilon ?? 0.1;
    if (!(epsilon >= 0 && epsilon <= 1)) throw new RangeError(`epsilon must be in [0, 1], got ${epsilon}`);
    const best = means.indexOf(Math.max(...means));
    raw = means.map((_, i) => (i === best ? 1 - epsilon : epsilon / (arms.length - 1)));
  }
  return { shares: applyFloor(raw, floor), probabilityBest: probability, means };
}

/**
 * Estimated cumulative regret: the reward lost by not always serving the arm that looks best now,
 * sum over arms of n_i x (best posterior mean - posterior mean_i). An estimate: the means are posterior
 * means, and it is measured against today's best.
 */
export function estimatedRegret(arms: readonly ArmStats[], means: readonly number[]): number {
  const best = Math.max(...means);
  return arms.reduce((s, a, i) => s + a.n * (best - means[i]), 0);
}
