import * as hdr from 'hdr-histogram-js';
import type { LatencySummary, TrialResult } from './types.js';

/** Samples a trial keeps exactly (8 bytes each, 32 MiB at most); beyond, percentiles come from the histogram. */
export const EXACT_SAMPLE_LIMIT = 4 * 1024 * 1024;

/**
 * Latencies of one trial, in nanoseconds. Every value goes into an HDR histogram (3 significant digits,
 * constant memory) and, up to EXACT_SAMPLE_LIMIT, into a plain array: the figures a trial reports, and the
 * regression test judges, are then exact, not rounded to a histogram bucket (0.1% steps, which would turn
 * close trials into ties). Only a trial of millions of calls falls back to the histogram's percentiles.
 */
export class LatencyRecorder {
  readonly histogram = hdr.build({ bitBucketSize: 'packed', lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000_000, numberOfSignificantValueDigits: 3, useWebAssembly: false });
  private exact = new Float64Array(1024);
  private count = 0;
  private sum = 0;

  recordValue(ns: number): void {
    this.histogram.recordValue(Math.max(1, Math.round(ns)));
    this.sum += ns;
    if (this.count < EXACT_SAMPLE_LIMIT) {
      if (this.count === this.exact.length) {
        const grown = new Float64Array(Math.min(EXACT_SAMPLE_LIMIT, this.exact.length * 2));
        grown.set(this.exact);
        this.exact = grown;
      }
      this.exact[this.count] = ns;
    }
    this.count++;
  }

  /** Whether every sample was kept (the summary is then exact). */
  get isExact(): boolean {
    return this.count <= EXACT_SAMPLE_LIMIT;
  }

  summary(): LatencySummary {
    const h = this.histogram;
    const toMs = (v: number) => v / 1e6;
    const fromHistogram: LatencySummary = {
      p50: toMs(h.getValueAtPercentile(50)),
      p90: toMs(h.getValueAtPercentile(90)),
      p95: toMs(h.getValueAtPercentile(95)),
      p99: toMs(h.getValueAtPercentile(99)),
      mean: this.count > 0 ? toMs(this.sum / this.count) : 0,
      min: toMs(h.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : h.minNonZeroValue),
      max: toMs(h.maxValue),
      stddev: toMs(h.stdDeviation),
    };
    if (this.count === 0 || !this.isExact) return fromHistogram;
    const sorted = this.exact.slice(0, this.count).sort();
    // Nearest rank, as HDR histograms report percentiles: a value some call really took.
    const at = (p: number) => toMs(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]);
    return { ...fromHistogram, p50: at(50), p90: at(90), p95: at(95), p99: at(99), min: toMs(sorted[0]), max: toMs(sorted[sorted.length - 1]) };
  }
}

export function createLatencyHistogram(): LatencyRecorder {
  return new LatencyRecorder();
}

export function summarize(recorder: LatencyRecorder): LatencySummary {
  return recorder.summary();
}

export interface TrialPlan {
  /** Timed window per trial (ms); ignored when `iterations` is set. */
  durationMs: number;
  /** A fixed number of timed iterations per trial instead of a window. */
  iterations?: number;
  /** Untimed iterations before the window, for caches and JITs. */
  warmupMs: number;
  /** Rows per inference: throughput counts rows, not calls. */
  batch: number;
}

const nowNs = () => process.hrtime.bigint();

/**
 * Closed-loop trial of an async operation: run it back to back, timing each call. The loop is the whole
 * harness overhead (one hrtime pair and one histogram record per call), kept small on purpose: the bench
 * suite holds it under 5% of a bare onnxruntime loop.
 */
export async function runClosedLoopTrial(op: () => Promise<unknown>, plan: TrialPlan, after?: (elapsedNs: number) => void): Promise<TrialResult> {
  const warmEnd = nowNs() + BigInt(Math.round(plan.warmupMs * 1e6));
  while (nowNs() < warmEnd) await op();
  const h = createLatencyHistogram();
  const windowNs = BigInt(Math.round(plan.durationMs * 1e6));
  const start = nowNs();
  let samples = 0;
  let errors = 0;
  for (;;) {
    const t0 = nowNs();
    try {
      await op();
      let elapsed = Number(nowNs() - t0);
      if (after) {
        after(elapsed);
        elapsed = Number(nowNs() - t0);
      }
      h.recordValue(elapsed);
      samples++;
    } catch (err) {
      errors++;
      // A failing operation must never yield figures that look valid.
      if (samples === 0 && errors >= 3) throw err;
    }
    if (plan.iterations !== undefined && samples + errors >= plan.iterations * 2) break;
    if (plan.iterations !== undefined ? samples >= plan.iterations : nowNs() - start >= windowNs) break;
  }
  const durationMs = Number(nowNs() - start) / 1e6;
  return {
    samples,
    durationMs,
    latency_ms: summarize(h),
    throughput_per_s: (samples * plan.batch) / (durationMs / 1000),
    rss_mb: process.memoryUsage.rss() / 2 ** 20,
    errors,
  };
}

/** Busy-waits for a number of nanoseconds (a calibrated slowdown hook for tests and demos). */
export function spin(ns: number): void {
  const end = nowNs() + BigInt(Math.max(0, Math.round(ns)));
  while (nowNs() < end) {
    /* spin */
  }
}
