import { parseDuration } from '../../core/duration.js';
import type { TrafficState } from '../providers/provider.js';
import { prepareAndVerify, RolloutAborted, type Strategy } from './strategy.js';

/**
 * Shadow: mirror `percent` of requests to the candidate, whose answers are recorded and dropped; users
 * only ever see the stable version. After `duration` the analysis judges; the mirror is then removed
 * and the candidate is NOT made live (promote it with a canary or blue-green deploy).
 */
export const shadowStrategy: Strategy = {
  type: 'shadow',
  async run(ctx) {
    await prepareAndVerify(ctx);
    const percent = ctx.spec.percent ?? 100;
    const mirrored: TrafficState = { ...ctx.base, candidate: ctx.target.version, shadow: { version: ctx.target.version, percent }, strategy: 'shadow' };
    await ctx.step(`mirror ${percent}%`, () => ctx.provider.shiftTraffic(ctx.providerContext, mirrored, ctx.target), mirrored.weights);
    const duration = ctx.spec.duration === undefined ? 0 : parseDuration(ctx.spec.duration, 'strategy.duration');
    if (duration > 0) await ctx.step(`observe ${ctx.spec.duration}`, async () => (await ctx.sleep(duration), 'observed'));
    const result = await ctx.analyze(1, 0);
    if (result && result.phase !== 'successful') throw new RolloutAborted(`shadow analysis ${result.phase}: ${result.reasons.join('; ')}`);
    await ctx.step('remove-mirror', () => ctx.provider.finalize(ctx.providerContext, ctx.base, ctx.target), ctx.base.weights);
    return { live: false, traffic: ctx.base };
  },
};
