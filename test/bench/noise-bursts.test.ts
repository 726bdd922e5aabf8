import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { resolveBenchSettings } from '../../src/bench/config.js';
import { measurePairs, runBenchmark } from '../../src/bench/run.js';
import type { BenchSession } from '../../src/bench/runner.js';
import type { TrialResult } from '../../src/bench/types.js';
import { BUSY_MACHINE, noisyRunner, type NoiseModel } from './support/noisy-runner.js';
import { tempProject, type TempProject } from './support/project.js';

/**
 * The regression rule on a busy machine, simulated: a stand-in runner whose timings come in bursts, drift,
 * per-session offsets and a cold first trial (support/noisy-runner.ts), seeded, so these rates are the same
 * on every run and every machine. A/A (the same model on both sides) must raise false alarms at no more
 * than the configured alpha; a real 20% slowdown must still be found.
 */
describe('benchmark verdicts under noise bursts', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject({ m: {} });
  });
  afterAll(async () => project.cleanup());

  async function verdicts(runs: number, trials: number, slowdown: number, noise: NoiseModel): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (let i = 0; i < runs; i++) {
      const settings = resolveBenchSettings(project.loaded, { trials });
      settings.seed = i;
      const report = await runBenchmark({
        settings,
        loaded: project.loaded,
        models: ['m'],
        cwd: project.dir,
        env: { GITHUB_SHA: 'simulated' },
        baseline: { kind: 'model', path: project.file('m.onnx') },
        candidateSlowdown: slowdown,
        runner: noisyRunner(`run ${i}`, noise),
      });
      const v = report.comparison[0].verdict;
      counts[v] = (counts[v] ?? 0) + 1;
      expect(report.regressed).toBe(v === 'regressed');
      expect(report.verdict).toBe(v === 'regressed' ? 'fail' : v === 'inconclusive' ? 'inconclusive' : 'pass');
    }
    return counts;
  }

  it('A/A: false alarms stay at alpha (0.01) with the default 8 trials, bursts in 10% of slots', async () => {
    const runs = 300;
    const counts = await verdicts(runs, 8, 0, { ...BUSY_MACHINE, burstChance: 0.1 });
    // alpha plus three binomial standard deviations of 300 runs: 0.01 + 3·√(0.01·0.99/300) ≈ 0.027.
    const allowed = runs * (0.01 + 3 * Math.sqrt((0.01 * 0.99) / runs));
    expect(counts.regressed ?? 0).toBeLessThanOrEqual(allowed);
    expect(counts.improved ?? 0).toBeLessThanOrEqual(allowed);
    // The rest is told apart honestly: unchanged when the trials exclude a 5% slowdown, else inconclusive.
    expect((counts.unchanged ?? 0) + (counts.inconclusive ?? 0)).toBeGreaterThanOrEqual(runs - 2 * allowed);
    expect(counts.unchanged).toBeGreaterThan(0);
  });

  it('finds a real 20% slowdown (20 trials, bursts in 5% of slots) and never calls it unchanged', async () => {
    const runs = 200;
    const counts = await verdicts(runs, 20, 0.2, { ...BUSY_MACHINE, burstChance: 0.05 });
    expect(counts.regressed).toBeGreaterThanOrEqual(0.9 * runs);
    expect(counts.unchanged ?? 0).toBe(0);
    expect(counts.improved ?? 0).toBe(0);
  });

  it('finds most 20% slowdowns with the default 8 trials, and says "inconclusive" rather than "unchanged" for the rest', async () => {
    const runs = 200;
    const counts = await verdicts(runs, 8, 0.2, { ...BUSY_MACHINE, burstChance: 0.05 });
    expect(counts.regressed).toBeGreaterThanOrEqual(0.7 * runs);
    expect(counts.unchanged ?? 0).toBe(0);
    expect((counts.regressed ?? 0) + (counts.inconclusive ?? 0)).toBe(runs);
  });
});

describe('measurePairs', () => {
  function recorder(name: string, log: string[]): BenchSession {
    let n = 0;
    return {
      description: name,
      warnings: [],
      prepare: async (b) => b,
      async trial(): Promise<TrialResult> {
        log.push(`${name}${n++}`);
        return { samples: 1, durationMs: 1, latency_ms: { p50: 1, p90: 1, p95: 1, p99: 1, mean: 1, min: 1, max: 1, stddev: 0 }, throughput_per_s: 1, rss_mb: 1, errors: 0 };
      },
      close: async () => {},
    };
  }
  const plan = { durationMs: 1, warmupMs: 0, batch: 1 };

  it('warms each session with one untimed trial, then runs the pairs back to back in a random, seeded order', async () => {
    const log: string[] = [];
    const r = await measurePairs(recorder('c', log), recorder('b', log), plan, { trials: 40 }, 'seed-1');
    expect(r.candidate).toHaveLength(40);
    expect(r.baseline).toHaveLength(40);
    // The first two calls are the untimed warm-ups, one per side; every later pair is adjacent.
    expect(log.slice(0, 2).sort()).toEqual(['b0', 'c0']);
    for (let i = 0; i < 40; i++) expect(log.slice(2 + 2 * i, 4 + 2 * i).sort()).toEqual([`b${i + 1}`, `c${i + 1}`]);
    // Both orders occur (neither side always goes first), and the same seed gives the same order.
    const first = r.order.filter((o) => o === 'candidate-first').length;
    expect(first).toBeGreaterThan(8);
    expect(first).toBeLessThan(32);
    const again = await measurePairs(recorder('c', []), recorder('b', []), plan, { trials: 40 }, 'seed-1');
    expect(again.order).toEqual(r.order);
    const other = await measurePairs(recorder('c', []), recorder('b', []), plan, { trials: 40 }, 'seed-2');
    expect(other.order).not.toEqual(r.order);
  });

  it('warms a lone candidate too', async () => {
    const log: string[] = [];
    const r = await measurePairs(recorder('c', log), undefined, plan, { trials: 3 }, 's');
    expect(log).toEqual(['c0', 'c1', 'c2', 'c3']);
    expect(r.candidate).toHaveLength(3);
    expect(r.baseline).toEqual([]);
  });
});
