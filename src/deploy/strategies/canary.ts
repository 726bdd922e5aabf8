import { parseDuration } from '../../core/duration.js';
import type { TrafficState } from '../providers/provider.js';
import { actOnAnalysis, prepareAndVerify, promoteFully, split, type Strategy } from './strategy.js';

export const DEFAULT_CANARY_STEPS = [{ weight: 10, pause: '1m' }, { weight: 50, pause: '1m' }, { weight: 100 }];

/**
 * Weighted steps with pauses; after each pause an analysis run judges the canary at that weight (Argo
 * Rollouts semantics, src/deploy/analysis-run.ts: `count` measurements `interval` apart, `failureLimit`,
 * `inconclusiveLimit`, `consecutiveErrorLimit`, the sequential test). Failed or error aborts; inconclusive
 * waits for a person where one can be asked, else aborts: a canary nobody can judge is not promoted. An
 * abort throws; the engine reverts to the last good traffic, so weights return to {stable: 100}.
 */
export const canaryStrategy: Strategy = {
  type: 'canary',
  async run(ctx) {
    await prepareAndVerify(ctx);
    const steps = ctx.spec.steps?.length ? ctx.spec.steps : DEFAULT_CANARY_STEPS;
    for (const [i, s] of steps.entries()) {
      const weights = split(ctx.base.stable, ctx.target.version, s.weight);
      // Nothing live yet (first deploy): the candidate takes all traffic from the first step, so it is the
      // stable version of the routing (a routing with weights but no stable is refused by `modelship serve`).
      const whole = s.weight >= 100 || ctx.base.stable === null;
      const traffic: TrafficState = { ...ctx.base, candidate: whole ? null : ctx.target.version, stable: whole ? ctx.target.version : ctx.base.stable, previous: s.weight >= 100 ? ctx.base.stable : ctx.base.previous, weights, headerRoutes: [], ...(ctx.spec.sticky && !whole ? { sticky: { header: ctx.spec.sticky.header } } : {}), shadow: null, strategy: 'canary' };
      await ctx.step(`set-weight ${s.weight}%`, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
      const pause = s.pause === undefined ? 0 : parseDuration(s.pause, `strategy.steps[${i}].pause`);
      if (pause > 0) await ctx.step(`pause ${s.pause}`, async () => (await ctx.sleep(pause), `paused ${s.pause}`));
      await actOnAnalysis(ctx, await ctx.analyze(i + 1, s.weight), `at step ${i + 1} (${s.weight}%)`);
    }
    return { live: true, traffic: await promoteFully(ctx, 'canary') };
  },
};
