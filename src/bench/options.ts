import path from 'node:path';
import type { Progress } from '../core/progress.js';
import type { LoadedConfig } from '../core/config.js';
import { parseDuration } from '../core/duration.js';
import { ModelshipError } from '../core/errors.js';
import { resolveBenchSettings, type RunnerName } from './config.js';
import { readHistoryIndex, saveRun, type HistoryIndex } from './history.js';
import { parseBaseline, runBenchmark } from './run.js';
import type { BenchReport } from './types.js';

/** The options the CLI and the action share, as text (flags and inputs), before validation. */
export interface BenchOptions {
  models?: string[];
  runner?: string;
  baseline?: string;
  save?: string;
  trials?: string | number;
  duration?: string;
  warmup?: string;
  batch?: string;
  url?: string;
}

export interface BenchOutcome {
  report: BenchReport;
  history?: HistoryIndex;
  savedAs?: string;
  pruned: string[];
}

const RUNNER_NAMES: RunnerName[] = ['onnx', 'http', 'command'];

function positiveInt(text: string | number, what: string): number {
  const n = typeof text === 'number' ? text : Number(text);
  if (!Number.isInteger(n) || n < 1) throw new ModelshipError(`${what} is "${text}", expected a positive integer`);
  return n;
}

/** Validates the options, runs the benchmark, and saves it to the history folder when asked. */
export async function benchWithOptions(loaded: LoadedConfig, options: BenchOptions, io: { cwd: string; env: NodeJS.ProcessEnv; log?: (line: string) => void; progress?: Progress }): Promise<BenchOutcome> {
  if (options.runner !== undefined && !RUNNER_NAMES.includes(options.runner as RunnerName)) {
    throw new ModelshipError(`--runner is "${options.runner}", expected one of ${RUNNER_NAMES.join(', ')}`);
  }
  const settings = resolveBenchSettings(loaded, {
    runner: options.runner as RunnerName | undefined,
    trials: options.trials === undefined ? undefined : positiveInt(options.trials, '--trials'),
    durationMs: options.duration ? parseDuration(options.duration, '--duration') : undefined,
    warmupMs: options.warmup ? parseDuration(options.warmup, '--warmup') : undefined,
    batchSizes: options.batch ? options.batch.split(',').map((b) => positiveInt(b.trim(), '--batch')) : undefined,
    url: options.url,
  });
  const report = await runBenchmark({
    settings,
    loaded,
    models: options.models,
    baseline: options.baseline ? parseBaseline(options.baseline, io.cwd) : undefined,
    cwd: loaded.root,
    env: io.env,
    log: io.log,
    progress: io.progress,
  });
  const dir = options.save ? path.resolve(io.cwd, options.save) : settings.history.dir;
  if (!dir) return { report, pruned: [] };
  const { entry, pruned } = await saveRun(dir, report, { maxAgeMs: settings.history.maxAgeMs, maxRuns: settings.history.maxRuns });
  return { report, history: await readHistoryIndex(dir), savedAs: path.join(dir, entry.file), pruned };
}
