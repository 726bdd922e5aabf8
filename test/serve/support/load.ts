/** Closed-loop load from the benchmark's HTTP runner (the same code `modelship bench --runner http` uses). */
import { DEFAULT_REGRESSION, type BenchSettings } from '../../../src/bench/config.js';
import { httpRunner } from '../../../src/bench/runners/http.js';
import type { TrialResult } from '../../../src/bench/types.js';

export async function drive(url: string, opts: { model?: string; durationMs?: number; iterations?: number; concurrency?: number; headers?: Record<string, string> } = {}): Promise<TrialResult> {
  const settings: BenchSettings = {
    runner: 'http',
    trials: 1,
    durationMs: opts.durationMs ?? 500,
    warmupMs: 0,
    iterations: opts.iterations,
    batchSizes: [1],
    dims: {},
    seed: 7,
    threads: { intraOp: 1, interOp: 1 },
    http: { url, protocol: 'oip', method: 'POST', concurrency: opts.concurrency ?? 8, timeoutMs: 10_000, model: opts.model ?? 'iris', headers: opts.headers },
    regression: DEFAULT_REGRESSION,
    history: { maxAgeMs: 0, maxRuns: 0 },
  };
  const session = await httpRunner.open({ model: opts.model ?? 'iris' }, settings);
  try {
    const batch = await session.prepare(1);
    return await session.trial({ durationMs: settings.durationMs, iterations: opts.iterations, warmupMs: 0, batch });
  } finally {
    await session.close();
  }
}
