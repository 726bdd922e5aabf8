/**
 * A stand-in bench runner whose timings a test controls, seeded: a busy CI machine in miniature. Every
 * trial occupies one time slot of a shared machine, where
 *  - noise comes in bursts: a neighbour's job starts in a slot with probability `burstChance` and slows
 *    whatever runs for 1-3 slots by 20-100%;
 *  - the machine drifts slowly (±`drift`, a sine over the run), and its load wanders (a random walk of the
 *    log slowdown, `wander` per slot, pulled back toward zero): other jobs come and go;
 *  - each loaded session carries a small offset of its own (lognormal, `sessionOffset`);
 *  - the first trial of a session is cold (`coldPenalty` slower);
 *  - every trial has its own jitter (lognormal, `jitter`);
 *  - `target.slowdown` is a real slowdown of the candidate (0.2 = 20% slower).
 * Latency is the only figure (p50 = every percentile = mean); throughput is its inverse.
 */
import type { BenchRunner, BenchSession, BenchTarget } from '../../../src/bench/runner.js';
import type { TrialResult } from '../../../src/bench/types.js';
import { createRandom } from '../../../src/core/stats/random.js';

export interface NoiseModel {
  baseMs: number;
  burstChance: number;
  drift: number;
  sessionOffset: number;
  coldPenalty: number;
  jitter: number;
  wander: number;
}

export const BUSY_MACHINE: NoiseModel = { baseMs: 1, burstChance: 0.15, drift: 0.1, sessionOffset: 0.01, coldPenalty: 0.1, jitter: 0.02, wander: 0.06 };

export function noisyRunner(seed: string, noise: NoiseModel = BUSY_MACHINE): BenchRunner & { slots: number } {
  const random = createRandom(seed);
  let slot = 0;
  let burstLeft = 0;
  let burstFactor = 1;
  let level = 0;
  const machine = () => {
    if (burstLeft === 0 && random.next() < noise.burstChance) {
      burstLeft = 1 + random.int(3);
      burstFactor = 1.2 + 0.8 * random.next();
    }
    level = 0.9 * level + noise.wander * random.normal();
    const factor = (burstLeft > 0 ? burstFactor : 1) * (1 + noise.drift * Math.sin(slot / 5)) * Math.exp(level);
    if (burstLeft > 0) burstLeft--;
    slot++;
    return factor;
  };
  const runner = {
    name: 'onnx' as const,
    get slots() {
      return slot;
    },
    async open(target: BenchTarget): Promise<BenchSession> {
      const offset = Math.exp(noise.sessionOffset * random.normal());
      let trials = 0;
      return {
        description: `noisy stand-in of ${target.modelPath ?? target.model}`,
        loadMs: 1,
        warnings: [],
        prepare: async (batch: number) => batch,
        async trial(): Promise<TrialResult> {
          const cold = trials++ === 0 ? 1 + noise.coldPenalty : 1;
          const ms = noise.baseMs * (1 + (target.slowdown ?? 0)) * offset * cold * machine() * Math.exp(noise.jitter * random.normal());
          return { samples: 100, durationMs: 100 * ms, latency_ms: { p50: ms, p90: ms, p95: ms, p99: ms, mean: ms, min: ms, max: ms, stddev: 0 }, throughput_per_s: 1000 / ms, rss_mb: 50, errors: 0 };
        },
        close: async () => {},
      };
    },
  };
  return runner;
}
