import { prepareAndVerify, promoteFully, type Strategy } from './strategy.js';

/**
 * Deploy the new version beside the old (green beside blue), verify it with no traffic, switch `stable`
 * in one atomic write, verify again, and keep the old slot as `previous` for an instant rollback.
 */
export const blueGreenStrategy: Strategy = {
  type: 'blue-green',
  async run(ctx) {
    await prepareAndVerify(ctx);
    // A pause or abort requested while green was prepared is applied before any traffic moves.
    await ctx.checkpoint();
    const switched = { ...ctx.base, stable: ctx.target.version, candidate: null, previous: ctx.base.stable, weights: { [ctx.target.version]: 100 }, headerRoutes: [], shadow: null, strategy: 'blue-green' };
    await ctx.step('switch', () => ctx.provider.shiftTraffic(ctx.providerContext, switched, ctx.target), switched.weights);
    await ctx.step('verify-after-switch', () => ctx.provider.verify(ctx.providerContext, ctx.target));
    return { live: true, traffic: await promoteFully(ctx, 'blue-green') };
  },
};
