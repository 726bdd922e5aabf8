import type { DemoStep } from '../demo/pipeline.js';
import { deploy, promote, rollback, status } from './engine.js';
import { renderResultMarkdown } from './render.js';
import type { DeployResult } from './types.js';

/**
 * The whole flow on the local environments of examples/iris (inside the demo's own copy):
 * v1 to staging, promoted to production; v2 canaried on staging (10/50/100 with the quality gate as
 * analysis), promoted to production (blue-green); production rolled back to v1.
 */
export const deployDemoStep: DemoStep = {
  id: 'deploy',
  title: 'Deploy: v1 to staging and production, canary v2, promote it, roll back',
  async run(ctx) {
    const results: DeployResult[] = [];
    const log = (r: DeployResult) => {
      results.push(r);
      ctx.log(`    ${r.outcome}: ${r.message}`);
      return r;
    };
    log(await deploy(ctx.config, { environment: 'staging', version: '1.0.0', artifact: 'models/iris-v1/model.onnx', actor: 'demo' }));
    log(await promote(ctx.config, { to: 'production', actor: 'demo' }));
    log(await deploy(ctx.config, { environment: 'staging', version: '1.1.0', artifact: 'models/iris-v2/model.onnx', actor: 'demo' }));
    log(await promote(ctx.config, { to: 'production', actor: 'demo' }));
    log(await rollback(ctx.config, { environment: 'production', actor: 'demo' }));
    const state = await status(ctx.config);
    const expected = ['deployed', 'deployed', 'deployed', 'deployed', 'rolled-back'];
    const ok = results.every((r, i) => r.outcome === expected[i]) && state.environments.find((e) => e.environment === 'production')?.liveVersion === '1.0.0';
    const table = ['| Environment | Live | Rollback would restore |', '| --- | --- | --- |', ...state.environments.map((e) => `| ${e.environment} | ${e.liveVersion ?? '—'} | ${e.rollbackTarget ?? '—'} |`)];
    return {
      ok,
      summary: ok ? `staging runs ${state.environments[0]?.liveVersion}, production rolled back to 1.0.0 (${results.length} operations)` : `unexpected outcomes: ${results.map((r) => r.outcome).join(', ')}`,
      markdown: [table.join('\n'), ...results.map(renderResultMarkdown)].join('\n\n'),
    };
  },
};
