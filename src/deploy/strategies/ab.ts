import { parseDuration } from '../../core/duration.js';
import type { StrategySpec } from '../config.js';
import type { HeaderRoute, TrafficState } from '../providers/provider.js';
import { prepareAndVerify, promoteFully, RolloutAborted, split, type Strategy } from './strategy.js';

/**
 * A/B: split traffic by weight (default 50) and/or route a header value to the candidate, observe for
 * `duration`, then let the winner gate decide (its checks carry the statistical test, e.g. a paired
 * bootstrap or Mann-Whitney over the arms). The candidate becomes stable only if it wins; otherwise the
 * rollout aborts and the engine restores the previous traffic. Onto an empty environment there is nothing to
 * compare: the candidate takes all traffic at once, without waiting out `duration` (the winner gate still runs).
 */
export const abStrategy: Strategy = {
  type: 'ab',
  async run(ctx) {
    await prepareAndVerify(ctx);
    const weight = ctx.spec.weight ?? (ctx.spec.header ? 0 : 50);
    const weights = split(ctx.base.stable, ctx.target.version, weight);
    const headerRoutes = ctx.spec.header ? [headerRoute(ctx.spec.header, ctx.target.version)] : [];
    // Nothing live yet: there is no B to compare with, the candidate takes all traffic and is the stable
    // version of the routing (a routing with weights but no stable is refused by `modelship serve`).
    const alone = ctx.base.stable === null;
    const sticky = ctx.spec.sticky ? { sticky: { header: ctx.spec.sticky.header } } : {};
    const traffic: TrafficState = alone
      ? { ...ctx.base, stable: ctx.target.version, candidate: null, weights, headerRoutes: [], shadow: null, strategy: 'ab' }
      : { ...ctx.base, candidate: ctx.target.version, weights, headerRoutes, ...sticky, shadow: null, strategy: 'ab' };
    const route = headerRoutes.length ? ` + ${headerRoutes[0].cookie !== undefined ? `cookie ${headerRoutes[0].cookie}` : `header ${headerRoutes[0].header}`}` : '';
    const name = alone ? 'route 100% (nothing live to compare with)' : `split ${weight}%${route}${ctx.spec.sticky ? `, sticky by ${ctx.spec.sticky.header}` : ''}`;
    await ctx.step(name, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
    const duration = ctx.spec.duration === undefined ? 0 : parseDuration(ctx.spec.duration, 'strategy.duration');
    // With nothing live there is no arm to compare with: waiting out the duration would measure nothing.
    if (duration > 0 && alone) await ctx.skip(`observe ${ctx.spec.duration}`, `nothing live in ${ctx.providerContext.environment} to compare ${ctx.target.version} with: no A/B observation, it takes all traffic at once`);
    else if (duration > 0) await ctx.step(`observe ${ctx.spec.duration}`, async () => (await ctx.sleep(duration), 'observed'), undefined, true);
    const result = await ctx.analyze(1, weight);
    if (result && result.phase !== 'successful') throw new RolloutAborted(`A/B: the candidate did not win (${result.phase}): ${result.reasons.join('; ')}`);
    return { live: true, traffic: await promoteFully(ctx, 'ab') };
  },
};

/** The configured route as the provider writes it (routing.json `headerRoutes`). */
function headerRoute(h: NonNullable<StrategySpec['header']>, version: string): HeaderRoute {
  const match = h.match === 'regex' ? { match: 'regex' as const } : {};
  return h.cookie !== undefined ? { header: 'cookie', cookie: h.cookie, value: h.value, version, ...match } : { header: h.name ?? '', value: h.value, version, ...match };
}
