import { pauseMsOf } from '../config.js';
import type { TrafficState } from '../providers/provider.js';
import { actOnAnalysis, prepareAndVerify, promoteFully, split, type Strategy } from './strategy.js';

export const DEFAULT_CANARY_STEPS = [{ weight: 10, pause: '1m' }, { weight: 50, pause: '1m' }, { weight: 100 }];

/**
 * Weighted steps with pauses; after each pause an analysis run judges the canary at that weight (Argo
 * Rollouts semantics, src/deploy/analysis-run.ts: `count` measurements `interval` apart, `failureLimit`,
 * `inconclusiveLimit`, `consecutiveErrorLimit`, the sequential test). Failed or error aborts; inconclusive
 * waits for a person where one can be asked, else aborts: a canary nobody can judge is not promoted. An
 * abort throws; the engine reverts to the last good traffic, so weights return to {stable: 100}.
 * Before each step, requests from `modelship rollout` are applied (pause holds, abort throws, promote-full
 * skips to 100%); a step's pause is steerable (promote ends it, `pause: {}` waits for promote).
 */
export const canaryStrategy: Strategy = {
  type: 'canary',
  async run(ctx) {
    await prepareAndVerify(ctx);
    const steps = ctx.spec.steps?.length ? ctx.spec.steps : DEFAULT_CANARY_STEPS;
    for (const [i, s] of steps.entries()) {
      await ctx.checkpoint();
      const fullBy = ctx.promotedFullyBy();
      if (fullBy !== null) {
        await ctx.skip(`steps ${i + 1}-${steps.length}`, `promote-full by ${fullBy}: remaining steps, pauses and analysis skipped`);
        break;
      }
      const weights = split(ctx.base.stable, ctx.target.version, s.weight);
      // Nothing live yet (first deploy): the candidate takes all traffic from the first step, so it is the
      // stable version of the routing (a routing with weights but no stable is refused by `modelship serve`).
      const whole = s.weight >= 100 || ctx.base.stable === null;
      const traffic: TrafficState = { ...ctx.base, candidate: whole ? null : ctx.target.version, stable: whole ? ctx.target.version : ctx.base.stable, previous: s.weight >= 100 ? ctx.base.stable : ctx.base.previous, weights, headerRoutes: [], ...(ctx.spec.sticky && !whole ? { sticky: { header: ctx.spec.sticky.header } } : {}), shadow: null, strategy: 'canary' };
      await ctx.step(`set-weight ${s.weight}%`, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
      const pause = pauseMsOf(s.pause, `strategy.steps[${i}].pause`);
      if (pause === null) await ctx.pause('pause (until promoted)', null);
      else if (pause !== undefined && pause > 0) await ctx.pause(`pause ${typeof s.pause === 'object' ? s.pause.duration : s.pause}`, pause);
      const fullAfterPause = ctx.promotedFullyBy();
      if (fullAfterPause !== null) {
        await ctx.skip(`analysis ${i + 1}`, `promote-full by ${fullAfterPause}`);
        continue;
      }
      await actOnAnalysis(ctx, await ctx.analyze(i + 1, s.weight), `at step ${i + 1} (${s.weight}%)`);
    }
    return { live: true, traffic: await promoteFully(ctx, 'canary') };
  },
};
