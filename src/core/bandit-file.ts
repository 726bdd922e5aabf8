import type { ArmStats, BanditAlgorithm, RewardKind } from './stats/bandit.js';

/**
 * `<root>/<model>/bandit.json`: the state of a bandit experiment, beside routing.json. `modelship serve`
 * writes it (atomically, by rename) each time it re-allocates, and reads it back on start, so the posterior
 * survives a restart; the deploy strategy `bandit` reads it to journal the allocation and to decide. One type
 * and one parser for both, here, so neither depends on the other. Layout: docs/deploy.md, "Bandit".
 */
export const BANDIT_FILE = 'bandit.json';

export interface BanditFile {
  schema: 1;
  model: string;
  /** The experiment (routing.json `bandit.id`) this state belongs to. */
  id: string;
  algorithm: BanditAlgorithm;
  reward: RewardKind;
  arms: string[];
  /** Sufficient statistics of each arm's rewards. */
  stats: Record<string, ArmStats>;
  /** Traffic share of each arm (sums to 1). */
  allocation: Record<string, number>;
  probabilityBest: Record<string, number>;
  /** Posterior mean reward of each arm. */
  means: Record<string, number>;
  rewards: number;
  /** Estimated cumulative regret (src/core/stats/bandit.ts estimatedRegret). */
  regret: number;
  /** The arm whose probability of being best reached the bound after minRewards rewards; null until then. */
  winner: string | null;
  updatedAt: string;
}

export function formatBanditFile(state: BanditFile): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Parses bandit.json; throws an Error naming the field on anything unexpected (the caller then starts
 * afresh, or reports the state as unreadable: a broken file never steers traffic).
 */
export function parseBanditFile(text: string, file: string): BanditFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const fail = (field: string, expected: string): never => {
    throw new Error(`${file}: "${field}" must be ${expected}`);
  };
  if (!isObj(raw)) return fail('(top)', 'a JSON object');
  if (raw.schema !== 1) fail('schema', '1');
  for (const k of ['model', 'id', 'updatedAt'] as const) if (typeof raw[k] !== 'string') fail(k, 'a string');
  if (raw.algorithm !== 'thompson' && raw.algorithm !== 'epsilon-greedy') fail('algorithm', '"thompson" or "epsilon-greedy"');
  if (raw.reward !== 'binary' && raw.reward !== 'continuous') fail('reward', '"binary" or "continuous"');
  if (!Array.isArray(raw.arms) || raw.arms.length < 2 || !raw.arms.every((a) => typeof a === 'string')) fail('arms', 'a list of two or more versions');
  const arms = raw.arms as string[];
  if (!isObj(raw.stats)) fail('stats', 'an object of version -> {n, mean, m2}');
  const stats: Record<string, ArmStats> = {};
  for (const a of arms) {
    const s = (raw.stats as Obj)[a];
    if (!isObj(s) || !Number.isSafeInteger(s.n) || (s.n as number) < 0 || !finite(s.mean) || !finite(s.m2) || s.m2 < 0) fail(`stats.${a}`, '{n: a non-negative integer, mean: a number, m2: a non-negative number}');
    stats[a] = { n: (s as Obj).n as number, mean: (s as Obj).mean as number, m2: (s as Obj).m2 as number };
  }
  const perArm = (field: 'allocation' | 'probabilityBest' | 'means', lo: number, hi: number): Record<string, number> => {
    const o = raw[field];
    if (!isObj(o)) return fail(field, 'an object of version -> number');
    const out: Record<string, number> = {};
    for (const a of arms) {
      const v = o[a];
      if (!finite(v) || v < lo || v > hi) fail(`${field}.${a}`, `a number from ${lo} to ${hi}`);
      out[a] = v as number;
    }
    return out;
  };
  const allocation = perArm('allocation', 0, 1);
  const probabilityBest = perArm('probabilityBest', 0, 1);
  const means = perArm('means', -Number.MAX_VALUE, Number.MAX_VALUE);
  if (!Number.isSafeInteger(raw.rewards) || (raw.rewards as number) < 0) fail('rewards', 'a non-negative integer');
  if (!finite(raw.regret)) fail('regret', 'a number');
  if (raw.winner !== null && !(typeof raw.winner === 'string' && arms.includes(raw.winner))) fail('winner', 'one of the arms, or null');
  return {
    schema: 1,
    model: raw.model as string,
    id: raw.id as string,
    algorithm: raw.algorithm as BanditAlgorithm,
    reward: raw.reward as RewardKind,
    arms,
    stats,
    allocation,
    probabilityBest,
    means,
    rewards: raw.rewards as number,
    regret: raw.regret as number,
    winner: raw.winner as string | null,
    updatedAt: raw.updatedAt as string,
  };
}
