import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import { machineKey } from './machine.js';
import type { BenchReport } from './types.js';

/**
 * Benchmark history as one small JSON file per run under `<dir>/runs/`, plus `<dir>/index.json` with each
 * run's headline figures (what charts need). Old runs are pruned by age and count, so nothing grows without
 * bound: the opposite of one ever-growing data.js.
 */
export interface HistoryFigure {
  model: string;
  batch: number;
  role: 'candidate' | 'baseline';
  p50: number;
  p99: number;
  throughput_per_s: number;
  rss_mb: number;
}

export interface HistoryEntry {
  id: string;
  /** Path of the run file, relative to the history folder. */
  file: string;
  createdAt: string;
  commit?: string;
  /** machineKey() of the machine: charts and baselines only mix runs of one machine type. */
  machine: string;
  regressed: boolean;
  figures: HistoryFigure[];
}

export interface HistoryIndex {
  version: 1;
  runs: HistoryEntry[];
}

const INDEX = 'index.json';

async function writeAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

export async function readHistoryIndex(dir: string): Promise<HistoryIndex> {
  const file = path.join(dir, INDEX);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, runs: [] };
    throw new ModelshipError(`cannot read benchmark history ${file}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ModelshipError(`benchmark history index ${file} is not valid JSON: ${(err as Error).message}`, { hint: 'restore it from the data branch, or delete it to start a new history' });
  }
  const runs = (parsed as { runs?: unknown }).runs;
  if ((parsed as { version?: unknown }).version !== 1 || !Array.isArray(runs)) {
    throw new ModelshipError(`benchmark history index ${file} has an unknown format (expected {"version": 1, "runs": [...]})`);
  }
  return { version: 1, runs: runs as HistoryEntry[] };
}

/** Run ids sort by time: an ISO-like timestamp, then the commit or a random suffix. */
function runId(report: BenchReport): string {
  const stamp = report.createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${stamp}-${report.commit ? report.commit.slice(0, 10) : randomBytes(4).toString('hex')}`;
}

export interface SaveOptions {
  maxAgeMs: number;
  maxRuns: number;
  now?: Date;
}

/** Saves one run and prunes the history. Returns the new entry and the ids pruned. */
export async function saveRun(dir: string, report: BenchReport, options: SaveOptions): Promise<{ entry: HistoryEntry; pruned: string[] }> {
  await mkdir(path.join(dir, 'runs'), { recursive: true });
  const index = await readHistoryIndex(dir);
  let id = runId(report);
  while (index.runs.some((r) => r.id === id)) id = `${id}-${randomBytes(2).toString('hex')}`;
  const entry: HistoryEntry = {
    id,
    file: `runs/${id}.json`,
    createdAt: report.createdAt,
    commit: report.commit,
    machine: machineKey(report.machine),
    regressed: report.regressed,
    figures: report.results.map((r) => ({ model: r.model, batch: r.batch, role: r.role, p50: r.latency_ms.p50, p99: r.latency_ms.p99, throughput_per_s: r.throughput_per_s, rss_mb: r.rss_mb })),
  };
  await writeAtomic(path.join(dir, entry.file), `${JSON.stringify(report, null, 2)}\n`);
  const now = (options.now ?? new Date()).getTime();
  // Keep the run just saved, then the newest others within maxAge, up to maxRuns in all.
  const others = [...index.runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep: HistoryEntry[] = [entry];
  const pruned: HistoryEntry[] = [];
  for (const r of others) {
    const tooOld = now - Date.parse(r.createdAt) > options.maxAgeMs;
    (tooOld || keep.length >= options.maxRuns ? pruned : keep).push(r);
  }
  keep.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  // The index is written before old files go: a crash in between leaves orphans, never dangling entries.
  await writeAtomic(path.join(dir, INDEX), `${JSON.stringify({ version: 1, runs: keep }, null, 2)}\n`);
  for (const r of pruned) {
    const target = path.resolve(dir, r.file);
    if (path.dirname(target) === path.resolve(dir, 'runs')) await rm(target, { force: true });
  }
  return { entry, pruned: pruned.map((r) => r.id) };
}

/** A stored run by id (its file is read through the index, never a path from outside the folder). */
export async function loadRun(dir: string, id: string): Promise<BenchReport> {
  const index = await readHistoryIndex(dir);
  const entry = index.runs.find((r) => r.id === id);
  if (!entry) throw new ModelshipError(`no run "${id}" in the benchmark history ${dir}`);
  return readReportFile(path.join(dir, 'runs', path.basename(entry.file)));
}

/** Reads a saved report (a history run or a `--format json` output) to use as a baseline. */
export async function readReportFile(file: string): Promise<BenchReport> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new ModelshipError(`cannot read the baseline ${file}: ${(err as Error).message}`, { hint: 'pass a report written by `modelship bench --format json` or a run from the history folder' });
  }
  const r = parsed as Partial<BenchReport>;
  if (!Array.isArray(r.results) || typeof r.machine !== 'object' || r.machine === null) {
    throw new ModelshipError(`the baseline ${file} is not a benchmark report (expected "results" and "machine")`);
  }
  for (const [i, res] of r.results.entries()) {
    if (typeof res?.model !== 'string' || !Number.isFinite(res?.batch) || !Array.isArray(res?.trials)) {
      throw new ModelshipError(`the baseline ${file}: results[${i}] lacks model, batch or trials`);
    }
  }
  return r as BenchReport;
}
