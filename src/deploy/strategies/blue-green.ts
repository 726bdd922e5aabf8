import { actOnAnalysis, prepareAndVerify, promoteFully, type Strategy } from './strategy.js';

/**
 * Deploy the new version beside the old (green beside blue), verify it with no traffic, judge the preview
 * (`prePromotionAnalysis`: the candidate answers only requests sent to it by version, e.g.
 * /v2/models/M/versions/V/infer; a failure leaves the active version untouched), switch `stable` in one
 * atomic write, verify again, judge live traffic (`postPromotionAnalysis`: a failure or an error switches
 * back), and keep the old slot as `previous` for an instant rollback.
 */
export const blueGreenStrategy: Strategy = {
  type: 'blue-green',
  async run(ctx) {
    await prepareAndVerify(ctx);
    if (ctx.spec.prePromotionAnalysis && ctx.base.stable !== null) {
      // The preview: routed as a candidate with weight 0, so the server loads it and answers requests sent to
      // its version, while every user request still goes to the active version.
      const preview = { ...ctx.base, candidate: ctx.target.version, weights: { ...ctx.base.weights, [ctx.target.version]: 0 }, headerRoutes: [], shadow: null, strategy: 'blue-green' };
      await ctx.step('preview', () => ctx.provider.shiftTraffic(ctx.providerContext, preview, ctx.target), preview.weights);
    }
    await actOnAnalysis(ctx, await ctx.analyze(1, 0, 'prePromotionAnalysis'), 'before promotion (on the preview)');
    // A pause or abort requested while green was prepared is applied before any traffic moves.
    await ctx.checkpoint();
    const switched = { ...ctx.base, stable: ctx.target.version, candidate: null, previous: ctx.base.stable, weights: { [ctx.target.version]: 100 }, headerRoutes: [], shadow: null, strategy: 'blue-green' };
    await ctx.step('switch', () => ctx.provider.shiftTraffic(ctx.providerContext, switched, ctx.target), switched.weights);
    await ctx.step('verify-after-switch', () => ctx.provider.verify(ctx.providerContext, ctx.target));
    await actOnAnalysis(ctx, await ctx.analyze(2, 100, 'postPromotionAnalysis'), 'after promotion');
    return { live: true, traffic: await promoteFully(ctx, 'blue-green') };
  },
};
