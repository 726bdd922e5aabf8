import * as hdr from 'hdr-histogram-js';
import type { LatencySummary, TrialResult } from './types.js';

/**
 * Latencies are recorded in nanoseconds into an HDR histogram (3 significant digits): percentiles within
 * 0.1% and constant memory, however many samples a trial takes. Nanoseconds, because a small model answers
 * in tens of microseconds, where microsecond buckets would quantize a 5% change away.
 */
export function createLatencyHistogram(): hdr.Histogram {
  return hdr.build({ bitBucketSize: 'packed', lowestDiscernibleValue: 1, highestTrackableValue: 3_600_000_000_000, numberOfSignificantValueDigits: 3, useWebAssembly: false });
}

export function summarize(h: hdr.Histogram): LatencySummary {
  const toMs = (v: number) => v / 1e6;
  return {
    p50: toMs(h.getValueAtPercentile(50)),
    p90: toMs(h.getValueAtPercentile(90)),
    p95: toMs(h.getValueAtPercentile(95)),
    p99: toMs(h.getValueAtPercentile(99)),
    mean: toMs(h.mean),
    min: toMs(h.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : h.minNonZeroValue),
    max: toMs(h.maxValue),
    stddev: toMs(h.stdDeviation),
  };
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
      h.recordValue(Math.max(1, Math.round(elapsed)));
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
