import { execFile } from 'node:child_process';
import { ModelshipError } from '../../core/errors.js';
import type { BenchSettings } from '../config.js';
import { createLatencyHistogram, summarize, type TrialPlan } from '../measure.js';
import type { BenchRunner, BenchSession, BenchTarget } from '../runner.js';
import type { LatencySummary, TrialResult } from '../types.js';

/**
 * The JSON a command prints on stdout (its last line that is a JSON object), once per run = one trial:
 *   {"latencies_ms": [0.81, 0.79, ...], "rss_mb"?: 120, "load_ms"?: 40, "duration_ms"?: 1000, "errors"?: 0}
 * or, when the command keeps its own histogram:
 *   {"samples": 1000, "latency_ms": {"p50", "p90", "p95", "p99", "mean"}, "throughput_per_s"?, "rss_mb"?, ...}
 */
export interface CommandOutput {
  latencies_ms?: number[];
  samples?: number;
  latency_ms?: Partial<LatencySummary>;
  throughput_per_s?: number;
  duration_ms?: number;
  rss_mb?: number;
  load_ms?: number;
  errors?: number;
}

const PLACEHOLDER = /\{(model|model_path|batch|duration_ms|warmup_ms|iterations)\}/g;

/** A latency or duration above an hour is not a measurement: refuse it rather than overflow. */
const MAX_MS = 3_600_000;

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e12;
}

function latency(v: unknown): v is number {
  return finite(v) && v <= MAX_MS;
}

/** Parses and checks a command's output; anything else is an error, never a figure. */
export function parseCommandOutput(stdout: string, plan: TrialPlan, what: string): TrialResult & { loadMs?: number } {
  const lines = stdout.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  let parsed: unknown;
  for (let i = lines.length - 1; i >= 0 && parsed === undefined; i--) {
    if (!lines[i].startsWith('{')) continue;
    try {
      parsed = JSON.parse(lines[i]);
    } catch {
      /* keep looking */
    }
  }
  const excerpt = stdout.trim().slice(-300) || '(nothing)';
  const fail = (why: string) =>
    new ModelshipError(`${what}: ${why}; its output was: ${excerpt}`, {
      hint: 'print one JSON line such as {"latencies_ms": [0.8, 0.9]} (see docs/bench.md, "command runner")',
    });
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw fail('printed no JSON object');
  const o = parsed as CommandOutput;
  const extras = { rss_mb: finite(o.rss_mb) ? o.rss_mb : 0, errors: finite(o.errors) ? o.errors : 0, loadMs: finite(o.load_ms) ? o.load_ms : undefined };
  if (o.latencies_ms !== undefined) {
    if (!Array.isArray(o.latencies_ms) || o.latencies_ms.length === 0 || !o.latencies_ms.every(latency)) throw fail('"latencies_ms" must be a non-empty array of numbers from 0 to 3600000');
    const h = createLatencyHistogram();
    let total = 0;
    for (const ms of o.latencies_ms) {
      h.recordValue(Math.max(1, Math.round(ms * 1e6)));
      total += ms;
    }
    const durationMs = finite(o.duration_ms) && o.duration_ms > 0 ? o.duration_ms : total;
    if (!(durationMs >= 1e-6)) throw fail('the latencies add up to no time at all; give "duration_ms"');
    return { samples: o.latencies_ms.length, durationMs, latency_ms: summarize(h), throughput_per_s: (o.latencies_ms.length * plan.batch) / (durationMs / 1000), ...extras };
  }
  const l = o.latency_ms;
  if (!finite(o.samples) || !Number.isInteger(o.samples) || o.samples < 1 || typeof l !== 'object' || l === null || !latency(l.p50) || !latency(l.mean)) {
    throw fail('expected "latencies_ms", or "samples" with "latency_ms" {p50, mean, ...}');
  }
  const summary: LatencySummary = {
    p50: l.p50,
    p90: latency(l.p90) ? l.p90 : l.p50,
    p95: latency(l.p95) ? l.p95 : l.p50,
    p99: latency(l.p99) ? l.p99 : l.p50,
    mean: l.mean,
    min: latency(l.min) ? l.min : l.p50,
    max: latency(l.max) ? l.max : latency(l.p99) ? l.p99 : l.p50,
    stddev: latency(l.stddev) ? l.stddev : 0,
  };
  const durationMs = finite(o.duration_ms) && o.duration_ms > 0 ? o.duration_ms : o.samples * summary.mean;
  if (!(durationMs >= 1e-6) && !finite(o.throughput_per_s)) throw fail('no time measured (mean latency 0); give "duration_ms" or "throughput_per_s"');
  const throughput = finite(o.throughput_per_s) ? o.throughput_per_s : (o.samples * plan.batch) / (durationMs / 1000);
  return { samples: o.samples, durationMs, latency_ms: summary, throughput_per_s: throughput, ...extras };
}

/**
 * Runs a user command (an argument array, never a shell string) once per trial, for any framework. The
 * command gets the plan as placeholders and as MODELSHIP_BENCH_* environment variables.
 */
export const commandRunner: BenchRunner = {
  name: 'command',
  async open(target: BenchTarget, settings: BenchSettings): Promise<BenchSession> {
    const argv = settings.command;
    if (!argv || argv.length === 0) throw new ModelshipError('the command runner needs bench.command');
    let batch = 1;
    let loadMs: number | undefined;
    const values = (plan: TrialPlan): Record<string, string> => ({
      model: target.model,
      model_path: target.modelPath ?? '',
      batch: String(batch),
      duration_ms: String(Math.round(plan.durationMs)),
      warmup_ms: String(Math.round(plan.warmupMs)),
      iterations: plan.iterations === undefined ? '' : String(plan.iterations),
    });
    const session: BenchSession & { loadMs?: number } = {
      description: argv.join(' '),
      warnings: [],
      get loadMs() {
        return loadMs;
      },
      async prepare(b: number) {
        batch = b;
        return b;
      },
      async trial(plan: TrialPlan): Promise<TrialResult> {
        const v = values(plan);
        const args = argv.map((a) => a.replace(PLACEHOLDER, (_, k: string) => v[k]));
        const env = { ...process.env, MODELSHIP_BENCH_MODEL: v.model, MODELSHIP_BENCH_MODEL_PATH: v.model_path, MODELSHIP_BENCH_BATCH: v.batch, MODELSHIP_BENCH_DURATION_MS: v.duration_ms, MODELSHIP_BENCH_WARMUP_MS: v.warmup_ms, MODELSHIP_BENCH_ITERATIONS: v.iterations };
        const timeout = plan.durationMs + plan.warmupMs + 120_000;
        const stdout = await new Promise<string>((resolve, reject) => {
          execFile(args[0], args.slice(1), { env, timeout, maxBuffer: 64 * 2 ** 20, windowsHide: true }, (err, out, errOut) => {
            if (err) {
              const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
              const why = e.code === 'ENOENT' ? `command not found: ${args[0]}` : e.killed ? `timed out after ${Math.round(timeout / 1000)}s` : `exited with ${e.code ?? 'an error'}`;
              reject(new ModelshipError(`bench command ${why}${errOut ? `: ${String(errOut).trim().slice(-300)}` : ''}`, { hint: 'run the command by hand; it must exit 0 and print one JSON line' }));
            } else resolve(String(out));
          });
        });
        const result = parseCommandOutput(stdout, { ...plan, batch }, `bench command "${argv[0]}"`);
        loadMs ??= result.loadMs;
        delete result.loadMs;
        return result;
      },
      async close() {},
    };
    return session;
  },
};
