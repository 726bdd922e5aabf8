import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { resolveBenchSettings } from '../../src/bench/config.js';
import { runBenchmark } from '../../src/bench/run.js';
import { ModelshipError } from '../../src/core/errors.js';
import { EXAMPLE_MODELS, tempProject, type TempProject } from './support/project.js';
import { takeTimingTurn } from '../support/timing-turn.js';

let releaseTurn: (() => Promise<void>) | undefined;

const HEAVY = { hidden: 384, layers: 4 };

describe('onnx runner', () => {
  let project: TempProject;
  beforeAll(async () => {
    releaseTurn = await takeTimingTurn();
    project = await tempProject({ mlp: HEAVY, symbolic: { batchDim: 'batch', features: 4 } });
  }, 360_000); // the wait for the timing turn (test/support/timing-turn.ts)
  afterAll(async () => {
    await project.cleanup();
    await releaseTurn?.();
  });

  const settings = (overrides: Parameters<typeof resolveBenchSettings>[1] = {}) =>
    resolveBenchSettings(project.loaded, { trials: 6, durationMs: 100, warmupMs: 20, ...overrides });

  it('measures latency percentiles, throughput, RSS, load time and the machine', async () => {
    const report = await runBenchmark({ settings: settings({ batchSizes: [1, 4] }), loaded: project.loaded, models: ['mlp'], cwd: project.dir });
    expect(report.results.map((r) => r.batch)).toEqual([1, 4]);
    for (const r of report.results) {
      expect(r.model).toBe('mlp');
      expect(r.runner).toBe('onnx');
      expect(r.trials).toHaveLength(6);
      expect(r.samples).toBeGreaterThan(50);
      expect(r.latency_ms.p50).toBeGreaterThan(0);
      expect(r.latency_ms.p50).toBeLessThanOrEqual(r.latency_ms.p90);
      expect(r.latency_ms.p90).toBeLessThanOrEqual(r.latency_ms.p99);
      expect(r.throughput_per_s).toBeGreaterThan(0);
      expect(r.rss_mb).toBeGreaterThan(10);
      expect(r.loadMs).toBeGreaterThan(0);
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.errors).toBe(0);
    }
    // Throughput counts rows: batch 4 moves more rows per second than batch 1.
    expect(report.results[1].throughput_per_s).toBeGreaterThan(report.results[0].throughput_per_s);
    expect(report.machine.cores).toBeGreaterThan(0);
    expect(report.machine.onnxruntime).toMatch(/^\d+\.\d+/);
    expect(report.comparison).toEqual([]);
    expect(report.regressed).toBe(false);
  });

  it('detects a planted 20% slowdown, every time', async () => {
    for (let run = 0; run < 2; run++) {
      // 20 pairs: under heavy load (both cores held by other work) a pair or two is reversed by a burst that
      // hits one side only; 20 pairs absorb three such pairs at alpha 0.01, 12 pairs barely one.
      const report = await runBenchmark({
        settings: settings({ trials: 20 }),
        loaded: project.loaded,
        models: ['mlp'],
        cwd: project.dir,
        baseline: { kind: 'model', path: project.file('mlp.onnx') },
        candidateSlowdown: 0.2,
      });
      const [c] = report.comparison;
      expect(c.verdict).toBe('regressed');
      expect(c.change).toBeGreaterThan(0.1);
      expect(c.pValue).toBeLessThan(0.01);
      expect(report.regressed).toBe(true);
      expect(report.results.map((r) => r.role)).toEqual(['candidate', 'baseline']);
    }
  }, 240_000);

  it('stays quiet on an unchanged model across repeated paired runs, with as many pairs as find the slowdown above', async () => {
    // 20 pairs, as above: the test can reach alpha (smallest p 2^-20), so "not regressed" is a real verdict, not blindness.
    for (let run = 0; run < 2; run++) {
      const s = settings({ trials: 20 });
      s.seed = run + 1;
      const report = await runBenchmark({ settings: s, loaded: project.loaded, models: ['mlp'], cwd: project.dir, baseline: { kind: 'model', path: project.file('mlp.onnx') } });
      const [c] = report.comparison;
      expect(c).toMatchObject({ paired: true, pairs: 20, test: 'wilcoxon', pValueFor: 'worse' });
      expect(c.reason).not.toMatch(/cannot reach alpha/);
      expect(c.verdict).not.toBe('regressed');
      expect(report.regressed).toBe(false);
      expect(report.verdict).not.toBe('fail');
    }
  }, 240_000);

  it('detects the slowdown with the bootstrap rule too', async () => {
    // 20 trials a side: the bootstrap interval on the ratio of medians is wider than the rank test's evidence.
    const s = settings({ trials: 20 });
    s.regression = { ...s.regression, test: 'bootstrap' };
    const report = await runBenchmark({ settings: s, loaded: project.loaded, models: ['mlp'], cwd: project.dir, baseline: { kind: 'model', path: project.file('mlp.onnx') }, candidateSlowdown: 0.2 });
    expect(report.comparison[0].verdict).toBe('regressed');
    expect(report.comparison[0].ci!.lower).toBeGreaterThan(1);
  }, 240_000);

  it('runs the example iris models', async () => {
    expect(existsSync(path.join(EXAMPLE_MODELS, 'iris-v2', 'model.onnx'))).toBe(true);
    const example = await tempProject({ v1: path.join(EXAMPLE_MODELS, 'iris-v1', 'model.onnx'), v2: path.join(EXAMPLE_MODELS, 'iris-v2', 'model.onnx') });
    try {
      const s = resolveBenchSettings(example.loaded, { trials: 3, durationMs: 60, warmupMs: 10, batchSizes: [1, 16] });
      const report = await runBenchmark({ settings: s, loaded: example.loaded, cwd: example.dir });
      expect(report.results.map((r) => `${r.model}/${r.batch}`)).toEqual(['v1/1', 'v1/16', 'v2/1', 'v2/16']);
      for (const r of report.results) expect(r.samples).toBeGreaterThan(10);
    } finally {
      await example.cleanup();
    }
  });

  it('refuses a model whose symbolic dimensions are not bound, and uses bench.dims when they are', async () => {
    const p = await tempProject({ seq: { featureDim: 'seq' } });
    try {
      const s = resolveBenchSettings(p.loaded, { trials: 3, durationMs: 20, warmupMs: 0 });
      await expect(runBenchmark({ settings: s, loaded: p.loaded, cwd: p.dir })).rejects.toThrow(/axis 1 is "seq".*no size/);
      await expect(runBenchmark({ settings: s, loaded: p.loaded, cwd: p.dir })).rejects.toMatchObject({ hint: expect.stringMatching(/bench.dims/) });
      s.dims = { seq: 4 };
      const report = await runBenchmark({ settings: s, loaded: p.loaded, cwd: p.dir });
      expect(report.results[0].samples).toBeGreaterThan(0);
    } finally {
      await p.cleanup();
    }
  });

  it('reports the batch a model fixes, not the one asked for', async () => {
    const p = await tempProject({ fixed: { batchDim: 2 } });
    try {
      const s = resolveBenchSettings(p.loaded, { trials: 3, durationMs: 20, warmupMs: 0, batchSizes: [1] });
      const report = await runBenchmark({ settings: s, loaded: p.loaded, cwd: p.dir });
      expect(report.results[0].batch).toBe(2);
    } finally {
      await p.cleanup();
    }
  });

  it('refuses a missing model file and a corrupt one with clear errors', async () => {
    const p = await tempProject({ m: {} });
    try {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(p.file('m.onnx'), 'not a model');
      const s = resolveBenchSettings(p.loaded, { trials: 3, durationMs: 20, warmupMs: 0 });
      await expect(runBenchmark({ settings: s, loaded: p.loaded, cwd: p.dir })).rejects.toThrow(/onnxruntime cannot load/);
      await expect(runBenchmark({ settings: s, loaded: p.loaded, cwd: p.dir, models: ['nope'] })).rejects.toThrow(/no model "nope"/);
      await expect(runBenchmark({ settings: s, loaded: p.loaded, cwd: p.dir, baseline: { kind: 'ref', ref: '--upload-pack=x' } })).rejects.toBeInstanceOf(ModelshipError);
    } finally {
      await p.cleanup();
    }
  });
});
