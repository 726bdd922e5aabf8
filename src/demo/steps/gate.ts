import type { DemoStep } from '../step.js';
import { renderMarkdown } from '../../gate/render.js';
import { runGate } from '../../gate/run.js';

/** v2 against v1 must pass the example's `quality` gate. */
const candidatePasses: DemoStep = {
  id: 'gate',
  title: 'Gate the candidate on metrics (iris v2 vs the v1 baseline)',
  async run(ctx) {
    const run = await runGate(ctx.config, undefined);
    const passed = run.checks.filter((c) => c.status === 'pass').length;
    return {
      ok: run.verdict === 'pass',
      summary: `verdict ${run.verdict}: ${passed} of ${run.checks.length} checks passed (${run.gates.map((g) => g.reason).join('; ')})`,
      markdown: renderMarkdown(run),
    };
  },
};

/** The degraded model must be refused: an expected failure, shown with the checks that caught it. */
const degradedFails: DemoStep = {
  id: 'gate-degraded',
  title: 'Gate a degraded model (expected to fail)',
  async run(ctx) {
    const run = await runGate(ctx.config, undefined, {
      candidate: ['models/iris-degraded/metrics.json', 'models/iris-degraded/predictions.csv'],
    });
    const failed = run.checks.filter((c) => c.status === 'fail');
    return {
      ok: run.verdict === 'fail',
      expectedFailure: true,
      summary:
        run.verdict === 'fail'
          ? `refused as expected: ${failed.length} checks failed, e.g. ${failed.slice(0, 2).map((c) => c.reason).join('; ')}`
          : `the degraded model was NOT refused (verdict ${run.verdict})`,
      markdown: renderMarkdown(run),
    };
  },
};

export const gateDemoSteps: DemoStep[] = [candidatePasses, degradedFails];
