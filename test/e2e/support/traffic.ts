/**
 * Steady background traffic for end-to-end tests, from the benchmark's HTTP runner (the code behind
 * `modelship bench --runner http`): it reads the model's metadata once, generates a valid request for it
 * (seeded), checks that one answer is a real OIP response, then sends open-loop at a fixed rate in short
 * trials until stopped, counting every answer by HTTP status — what the clients saw.
 */
import { DEFAULT_REGRESSION, type BenchSettings } from '../../../src/bench/config.js';
import { httpRunner } from '../../../src/bench/runners/http.js';

export interface Traffic {
  /** Answers so far by HTTP status (the checked first request included). */
  readonly status: Readonly<Record<string, number>>;
  /** Stops after the running trial, closes the connections; throws if a trial failed. */
  stop(): Promise<Record<string, number>>;
}

export async function startTraffic(url: string, opts: { model: string; rate: number; concurrency: number; trialMs?: number; seed?: number }): Promise<Traffic> {
  const settings: BenchSettings = {
    runner: 'http',
    trials: 1,
    durationMs: opts.trialMs ?? 500,
    warmupMs: 0,
    batchSizes: [1],
    dims: {},
    seed: opts.seed ?? 7,
    threads: { intraOp: 1, interOp: 1 },
    http: { url, protocol: 'oip', method: 'POST', concurrency: opts.concurrency, rate: opts.rate, timeoutMs: 10_000, model: opts.model },
    regression: DEFAULT_REGRESSION,
    history: { maxAgeMs: 0, maxRuns: 0 },
  };
  const session = await httpRunner.open({ model: opts.model }, settings);
  let batch: number;
  try {
    batch = await session.prepare(1); // one checked request, answered 200
  } catch (err) {
    await session.close();
    throw err;
  }
  const status: Record<string, number> = { '200': 1 };
  let stopping = false;
  let failure: unknown;
  const loop = (async () => {
    while (!stopping) {
      try {
        const trial = await session.trial({ durationMs: settings.durationMs, warmupMs: 0, batch });
        for (const [code, n] of Object.entries(trial.status ?? {})) status[code] = (status[code] ?? 0) + n;
      } catch (err) {
        failure = err;
        return;
      }
    }
  })();
  return {
    status,
    async stop() {
      stopping = true;
      await loop;
      await session.close();
      if (failure) throw failure;
      return { ...status };
    },
  };
}
