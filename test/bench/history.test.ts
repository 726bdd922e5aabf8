import { describe, it, expect, afterEach } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadRun, readHistoryIndex, readReportFile, saveRun } from '../../src/bench/history.js';
import { describeMachine } from '../../src/bench/machine.js';
import { historyCharts, renderMarkdown } from '../../src/bench/render.js';
import type { BenchReport } from '../../src/bench/types.js';

const machine = describeMachine({}, '1.30.0');
function report(createdAt: string, p50: number, commit?: string): BenchReport {
  const lat = { p50, p90: p50, p95: p50, p99: p50 * 2, mean: p50, min: p50, max: p50, stddev: 0 };
  return {
    version: 1, createdAt, commit, machine, verdict: 'pass', regressed: false, inconclusive: false, warnings: [], comparison: [],
    results: [{ model: 'iris', runner: 'onnx', batch: 1, role: 'candidate', samples: 10, latency_ms: lat, throughput_per_s: 1000 / p50, rss_mb: 50, errors: 0, trials: [], trialCv: 0, target: 'x', warnings: [] }],
  };
}

const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(path.join(os.tmpdir(), 'modelship-history-'));
  dirs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('benchmark history', () => {
  it('writes one small file per run and an index, oldest first', async () => {
    const dir = await tempDir();
    const now = new Date('2026-06-10T00:00:00Z');
    await saveRun(dir, report('2026-06-02T10:00:00.000Z', 1.1, 'b'.repeat(40)), { maxAgeMs: 30 * 86_400_000, maxRuns: 100, now });
    const { entry } = await saveRun(dir, report('2026-06-01T10:00:00.000Z', 1.0, 'a'.repeat(40)), { maxAgeMs: 30 * 86_400_000, maxRuns: 100, now });
    const index = await readHistoryIndex(dir);
    expect(index.runs.map((r) => r.commit?.[0])).toEqual(['a', 'b']);
    expect(await readdir(path.join(dir, 'runs'))).toHaveLength(2);
    expect(index.runs[0].figures[0]).toMatchObject({ model: 'iris', batch: 1, p50: 1.0 });
    expect((await loadRun(dir, entry.id)).results[0].latency_ms.p50).toBe(1.0);
  });

  it('prunes by age and by count, deleting the files', async () => {
    const dir = await tempDir();
    const now = new Date('2026-06-10T00:00:00Z');
    const opts = { maxAgeMs: 5 * 86_400_000, maxRuns: 3, now };
    for (let day = 1; day <= 9; day++) await saveRun(dir, report(`2026-06-0${day}T00:00:00.000Z`, day), opts);
    const index = await readHistoryIndex(dir);
    expect(index.runs.map((r) => r.createdAt.slice(8, 10))).toEqual(['07', '08', '09']);
    expect(await readdir(path.join(dir, 'runs'))).toHaveLength(3);
    const { pruned } = await saveRun(dir, report('2026-05-01T00:00:00.000Z', 1), opts);
    // The run being saved is always kept (even an old one); the oldest other run makes room for it.
    expect(pruned).toHaveLength(1);
    expect((await readHistoryIndex(dir)).runs).toHaveLength(3);
  });

  it('refuses a corrupt or foreign index and a non-report baseline', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'index.json'), '{not json');
    await expect(readHistoryIndex(dir)).rejects.toThrow(/not valid JSON/);
    await writeFile(path.join(dir, 'index.json'), '{"entries": []}');
    await expect(readHistoryIndex(dir)).rejects.toThrow(/unknown format/);
    await writeFile(path.join(dir, 'x.json'), '{"results": [{"model": "m"}], "machine": {}}');
    await expect(readReportFile(path.join(dir, 'x.json'))).rejects.toThrow(/results\[0\] lacks model, batch or trials/);
    await expect(loadRun(await tempDir(), 'nope')).rejects.toThrow(/no run "nope"/);
  });

  it('charts the history as a Mermaid xychart-beta for this machine type only', async () => {
    const dir = await tempDir();
    const opts = { maxAgeMs: 1e12, maxRuns: 100, now: new Date('2026-06-10T00:00:00Z') };
    await saveRun(dir, report('2026-06-01T00:00:00.000Z', 1.0, '1111111aaaa'), opts);
    await saveRun(dir, report('2026-06-02T00:00:00.000Z', 1.5, '2222222bbbb'), opts);
    await saveRun(dir, { ...report('2026-06-03T00:00:00.000Z', 9, '3333333cccc'), machine: { ...machine, cpuModel: 'Other' } }, opts);
    const index = await readHistoryIndex(dir);
    const md = renderMarkdown(report('2026-06-04T00:00:00.000Z', 1.2), index);
    expect(md).toContain('```mermaid\nxychart-beta');
    expect(md).toContain('x-axis ["1111111", "2222222"]');
    expect(md).toContain('line [1, 1.5]');
    expect(md).not.toContain('3333333');
    expect(historyCharts({ version: 1, runs: index.runs.slice(0, 1) }, index.runs[0].machine)).toEqual([]);
    expect(JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')).version).toBe(1);
  });
});
