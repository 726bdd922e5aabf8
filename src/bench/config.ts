import { parseDuration } from '../core/duration.js';
import { ModelshipError } from '../core/errors.js';
import type { LoadedConfig } from '../core/config.js';
import type { RegressionMetric } from './types.js';

/** The `bench` section of modelship.yml as written (schema/sections/bench.json is the authority). */
export interface BenchSection {
  runner?: RunnerName;
  models?: string[];
  trials?: number;
  duration?: number | string;
  warmup?: number | string;
  iterations?: number;
  batchSizes?: number[];
  dims?: Record<string, number>;
  inputs?: string;
  seed?: number;
  threads?: { intraOp?: number; interOp?: number };
  http?: HttpSection;
  command?: string[];
  regression?: RegressionSection;
  history?: { dir?: string; maxAge?: number | string; maxRuns?: number };
}

export type RunnerName = 'onnx' | 'http' | 'command';

export interface HttpSection {
  url: string;
  protocol?: 'oip' | 'raw';
  model?: string;
  method?: 'GET' | 'POST' | 'PUT';
  payload?: string;
  contentType?: string;
  headers?: Record<string, string>;
  concurrency?: number;
  rate?: number;
  timeout?: number | string;
}

export interface RegressionSection {
  metric?: RegressionMetric;
  test?: 'mann-whitney' | 'bootstrap';
  alpha?: number;
  minEffect?: number;
  confidence?: number;
}

/** The resolved settings a run uses: defaults applied, durations in ms, paths absolute. */
export interface BenchSettings {
  runner: RunnerName;
  trials: number;
  durationMs: number;
  warmupMs: number;
  iterations?: number;
  batchSizes: number[];
  dims: Record<string, number>;
  inputsFile?: string;
  seed: number;
  threads: { intraOp: number; interOp: number };
  http?: Required<Pick<HttpSection, 'url' | 'protocol' | 'method' | 'concurrency'>> & Omit<HttpSection, 'url' | 'protocol' | 'method' | 'concurrency' | 'timeout' | 'payload'> & { timeoutMs: number; payloadFile?: string };
  command?: string[];
  regression: Required<RegressionSection>;
  history: { dir?: string; maxAgeMs: number; maxRuns: number };
}

export const DEFAULT_REGRESSION: Required<RegressionSection> = { metric: 'p50', test: 'mann-whitney', alpha: 0.01, minEffect: 0.05, confidence: 0.95 };

/** Overrides from the CLI or the action's inputs; each wins over the file. */
export interface BenchOverrides {
  runner?: RunnerName;
  trials?: number;
  durationMs?: number;
  warmupMs?: number;
  batchSizes?: number[];
  url?: string;
}

export function resolveBenchSettings(loaded: LoadedConfig | undefined, overrides: BenchOverrides = {}): BenchSettings {
  const section = (loaded?.config.bench ?? {}) as BenchSection;
  const where = (...keys: Array<string | number>) => (loaded ? loaded.locate(['bench', ...keys]) : undefined);
  const dur = (v: number | string | undefined, fallback: number, key: string) => {
    if (v === undefined) return fallback;
    try {
      return parseDuration(v, `bench.${key}`);
    } catch (err) {
      throw new ModelshipError((err as Error).message, { location: where(key) });
    }
  };
  const runner = overrides.runner ?? section.runner ?? (section.http ? 'http' : section.command ? 'command' : 'onnx');
  const trials = overrides.trials ?? section.trials ?? 8;
  if (!Number.isInteger(trials) || trials < 3) {
    throw new ModelshipError(`bench.trials is ${trials}: at least 3 trials are needed to judge a regression`, { location: where('trials') });
  }
  let http: BenchSettings['http'];
  const url = overrides.url ?? section.http?.url;
  if (runner === 'http') {
    if (!url) throw new ModelshipError('the http runner needs a URL', { location: where('http'), hint: 'set bench.http.url or pass --url' });
    const protocol = section.http?.protocol ?? (section.http?.payload ? 'raw' : 'oip');
    http = {
      ...section.http,
      url,
      protocol,
      method: section.http?.method ?? (protocol === 'oip' || section.http?.payload ? 'POST' : 'GET'),
      concurrency: section.http?.concurrency ?? 8,
      timeoutMs: dur(section.http?.timeout, 10_000, 'http.timeout'),
      payloadFile: section.http?.payload && loaded ? loaded.resolvePath(section.http.payload, ['bench', 'http', 'payload']) : section.http?.payload,
    };
    delete (http as { payload?: string }).payload;
  }
  if (runner === 'command' && (!section.command || section.command.length === 0)) {
    throw new ModelshipError('the command runner needs bench.command (an argument array)', { location: where('command'), hint: 'e.g. command: [python, bench.py, "--batch", "{batch}"]' });
  }
  const batchSizes = overrides.batchSizes ?? section.batchSizes ?? [1];
  return {
    runner,
    trials,
    durationMs: overrides.durationMs ?? dur(section.duration, 1000, 'duration'),
    warmupMs: overrides.warmupMs ?? dur(section.warmup, 200, 'warmup'),
    iterations: section.iterations,
    batchSizes,
    dims: section.dims ?? {},
    inputsFile: section.inputs && loaded ? loaded.resolvePath(section.inputs, ['bench', 'inputs']) : undefined,
    seed: section.seed ?? 1,
    // One thread each by default: figures then compare across runners with different core counts and
    // are far less noisy than a thread pool contending with the rest of the CI job.
    threads: { intraOp: section.threads?.intraOp ?? 1, interOp: section.threads?.interOp ?? 1 },
    http,
    command: section.command,
    regression: { ...DEFAULT_REGRESSION, ...section.regression },
    history: {
      dir: section.history?.dir && loaded ? loaded.resolvePath(section.history.dir, ['bench', 'history', 'dir']) : undefined,
      maxAgeMs: dur(section.history?.maxAge, 90 * 86_400_000, 'history.maxAge'),
      maxRuns: section.history?.maxRuns ?? 500,
    },
  };
}
