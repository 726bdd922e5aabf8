/**
 * Shared shape of `npm run bench` measurements. Every figure is a ratio against a reference measured in the
 * same run on the same machine, never an absolute time, so results compare across machines.
 */
export interface BenchRow {
  /** What was measured, e.g. "sha256 1 GiB vs sha256sum". */
  name: string;
  /** Our figure and the reference figure, in `unit`. */
  value: number;
  reference: number;
  unit: string;
  /** value/reference, or reference/value when higher is better: always "ours relative to the reference". */
  ratio: number;
  /** The target the ratio must meet, and which way. */
  target: { max?: number; min?: number };
  note?: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

export function meets(row: BenchRow): boolean {
  return (row.target.max === undefined || row.ratio <= row.target.max) && (row.target.min === undefined || row.ratio >= row.target.min);
}

/** Median of repeated timings in ms; trims warm-up noise without hiding a real difference. */
export async function medianMs(times: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}
