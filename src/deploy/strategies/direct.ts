import { prepareAndVerify, promoteFully, type Strategy } from './strategy.js';

/** Install, check, switch all traffic at once. */
export const directStrategy: Strategy = {
  type: 'direct',
  async run(ctx) {
    await prepareAndVerify(ctx);
    const traffic = { ...ctx.base, stable: ctx.target.version, candidate: null, previous: ctx.base.stable, weights: { [ctx.target.version]: 100 }, headerRoutes: [], shadow: null, strategy: 'direct' };
    await ctx.step('shift-traffic', () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), traffic.weights);
    return { live: true, traffic: await promoteFully(ctx, 'direct') };
  },
};
