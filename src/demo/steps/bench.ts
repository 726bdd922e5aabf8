import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DemoStep } from '../step.js';
import { resolveBenchSettings } from '../../bench/config.js';
import { renderMarkdown, renderText } from '../../bench/render.js';
import { runBenchmark } from '../../bench/run.js';

/** Demo: benchmark the example model (v2) against v1 measured side by side, briefly (8 pairs of 150 ms trials: 5 pairs could never reach alpha 0.01). */
export const benchDemoStep: DemoStep = {
  id: 'bench',
  title: 'Benchmark the model against the previous version (modelship bench)',
  async run(ctx) {
    const loaded = ctx.config;
    const model = Object.keys(loaded.config.models).find((n) => loaded.config.models[n].format === 'onnx') ?? Object.keys(loaded.config.models)[0];
    const v1 = path.join(ctx.projectDir, 'models', 'iris-v1', 'model.onnx');
    const settings = resolveBenchSettings(loaded, { trials: 8, durationMs: 150, warmupMs: 50, batchSizes: [1] });
    const report = await runBenchmark({
      settings,
      loaded,
      models: [model],
      baseline: existsSync(v1) ? { kind: 'model', path: v1 } : undefined,
      cwd: ctx.projectDir,
    });
    for (const line of renderText(report).split('\n')) ctx.log(`    ${line}`);
    const head = report.results.find((r) => r.role === 'candidate')!;
    const c = report.comparison[0];
    // The step succeeds when the measurement does: v2 adds a standardisation (Sub, Div) to v1's graph, so a
    // small real slowdown may be reported, and a busy machine may leave it inconclusive: either is what the
    // step is there to show, not a demo failure.
    return {
      ok: true,
      summary: `${model}: p50 ${head.latency_ms.p50.toFixed(3)} ms, ${Math.round(head.throughput_per_s)} rows/s${c ? `; vs iris-v1: ${c.verdict} (${c.reason})` : ''}`,
      markdown: renderMarkdown(report),
    };
  },
};
