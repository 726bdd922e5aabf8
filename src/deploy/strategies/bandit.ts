import type { BanditFile } from '../../core/bandit-file.js';
import { parseDuration } from '../../core/duration.js';
import { ModelshipError } from '../../core/errors.js';
import type { BanditRouting } from '../../core/routing-file.js';
import { BANDIT_DEFAULTS } from '../config.js';
import type { TrafficState } from '../providers/provider.js';
import type { BanditReport } from '../types.js';
import { prepareAndVerify, promoteFully, RolloutAborted, type Strategy, type StrategyContext } from './strategy.js';

/**
 * Bandit: the live version, the new one (and any `bandit.arms` already installed) share traffic, and
 * `modelship serve` re-allocates it from the rewards of joined feedback (src/serve/bandit.ts), writing the
 * experiment's state to bandit.json. Every `interval` the rollout reads that state and journals the
 * allocation when it moved; once an arm's probability of being best reaches `bound` after `minRewards`
 * rewards it decides: the new version wins -> it takes all traffic; another arm wins -> the rollout aborts
 * and the engine restores the previous traffic. `modelship rollout promote` (or `/promote`) ends the
 * experiment with the new version; past `duration` undecided, a person is asked (or it aborts).
 */
export const banditStrategy: Strategy = {
  type: 'bandit',
  async run(ctx) {
    await prepareAndVerify(ctx);
    const { version } = ctx.target;
    const stable = ctx.base.stable;
    if (stable === null || stable === version) {
      await ctx.skip('bandit', `nothing else live in ${ctx.providerContext.environment} to compare ${version} with: it takes all traffic at once`);
      return { live: true, traffic: await promoteFully(ctx, 'bandit') };
    }
    const b = ctx.spec.bandit ?? {};
    const arms = [...new Set([stable, ...(b.arms ?? []), version])];
    for (const arm of b.arms ?? []) {
      if (arm === stable || arm === version || ctx.dryRun) continue;
      if (!(await ctx.provider.installed?.(ctx.providerContext, arm))) {
        throw new ModelshipError(`bandit arm ${arm} is not installed in ${ctx.providerContext.environment}`, { hint: `deploy ${arm} there first, or remove it from strategy.bandit.arms` });
      }
    }
    const bandit: BanditRouting = {
      id: `${version}@${new Date().toISOString()}`,
      arms,
      algorithm: b.algorithm ?? BANDIT_DEFAULTS.algorithm,
      reward: b.reward ?? BANDIT_DEFAULTS.reward,
      floor: b.floor ?? BANDIT_DEFAULTS.floor,
      epsilon: b.epsilon ?? BANDIT_DEFAULTS.epsilon,
      bound: b.bound ?? BANDIT_DEFAULTS.bound,
      minRewards: b.minRewards ?? BANDIT_DEFAULTS.minRewards,
    };
    const weights = equalWeights(arms);
    const sticky = ctx.spec.sticky ? { header: ctx.spec.sticky.header } : null;
    const traffic: TrafficState = { ...ctx.base, candidate: version, weights, headerRoutes: [], sticky, shadow: null, strategy: 'bandit', bandit };
    await ctx.step(`bandit ${arms.join(' vs ')} (${bandit.algorithm}, ${bandit.reward} rewards, floor ${bandit.floor})`, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);

    const interval = parseDuration(b.interval ?? BANDIT_DEFAULTS.interval, 'strategy.bandit.interval');
    const limit = ctx.spec.duration === undefined ? Infinity : parseDuration(ctx.spec.duration, 'strategy.duration');
    if (ctx.dryRun) {
      await ctx.step('learn', async () => `would read the experiment every ${b.interval ?? BANDIT_DEFAULTS.interval} until an arm's probability of being best reaches ${bandit.bound} after ${bandit.minRewards} rewards`);
      return { live: true, traffic: await promoteFully(ctx, 'bandit') };
    }

    let waited = 0;
    let journaled = '';
    let state: BanditFile | undefined;
    const read = async () => {
      const s = await ctx.provider.experiment?.(ctx.providerContext);
      // Another experiment's file (an earlier rollout) says nothing of this one.
      return s && s.id === bandit.id ? s : undefined;
    };
    const report = (decidedBy: BanditReport['decidedBy']): BanditReport => {
      const { id, algorithm, reward } = bandit;
      const flat = (x: number) => Object.fromEntries(arms.map((a) => [a, x]));
      const s = state;
      return s
        ? { id, arms, algorithm, reward, allocation: s.allocation, probabilityBest: s.probabilityBest, means: s.means, rewards: s.rewards, regret: s.regret, winner: s.winner, decidedBy }
        : { id, arms, algorithm, reward, allocation: Object.fromEntries(arms.map((a) => [a, weights[a] / 100])), probabilityBest: flat(1 / arms.length), means: flat(0), rewards: 0, regret: 0, winner: null, decidedBy };
    };
    const promote = async (decidedBy: BanditReport['decidedBy']) => ({ live: true, traffic: await promoteFully(ctx, 'bandit'), details: { bandit: report(decidedBy) } });

    for (;;) {
      await ctx.checkpoint();
      if (ctx.promotedFullyBy()) return promote('promote-full');
      state = await read();
      if (state) {
        const shares = Object.fromEntries(arms.map((a) => [a, Math.round(state!.allocation[a] * 1000) / 10]));
        const summary = arms.map((a) => `${a} ${shares[a]}%`).join(' · ');
        if (summary !== journaled || state.winner) {
          journaled = summary;
          await ctx.step(`allocation after ${state.rewards} rewards`, async () => `${summary}; P(best) ${arms.map((a) => `${a} ${state!.probabilityBest[a].toFixed(3)}`).join(' · ')}; estimated regret ${state!.regret.toFixed(2)}`, shares);
        }
        if (state.winner) {
          const p = state.probabilityBest[state.winner].toFixed(3);
          if (state.winner === version) {
            await ctx.step('decide', async () => `${version} is best with probability ${p} after ${state!.rewards} rewards (bound ${bandit.bound})`);
            return promote('bound');
          }
          throw new RolloutAborted(`bandit: ${state.winner} is best with probability ${p} after ${state.rewards} rewards, not ${version}${state.winner === stable ? '' : ` (deploy ${state.winner} to make it live)`}`, { bandit: report('bound') });
        }
      }
      if (waited >= limit) {
        const why = `bandit undecided after ${ctx.spec.duration}: ${state ? `${state.rewards} rewards, best P(best) ${Math.max(...Object.values(state.probabilityBest)).toFixed(3)} (bound ${bandit.bound}, minRewards ${bandit.minRewards})` : 'no reward joined yet (is modelship serve running with feedback posted?)'}`;
        if (!ctx.waitForPerson) throw new RolloutAborted(`${why} (nobody can be asked to promote here, so it is not promoted)`, { bandit: report('undecided') });
        try {
          await ctx.waitForPerson(why);
        } catch (err) {
          if (err instanceof RolloutAborted) throw new RolloutAborted(err.message, { bandit: report('undecided') });
          throw err;
        }
        return promote('promote');
      }
      const wait = Math.min(interval, limit - waited);
      const detail = await ctx.pause(`observe ${formatMs(wait)}`, wait);
      waited += wait;
      if (detail.startsWith('ended by promote-full')) return promote('promote-full');
      if (detail.startsWith('ended by promote')) return promote('promote');
    }
  },
};

/** Integer weights summing to 100, as equal as they can be (the remainder to the first arms). */
function equalWeights(arms: string[]): Record<string, number> {
  const base = Math.floor(100 / arms.length);
  let rest = 100 - base * arms.length;
  return Object.fromEntries(arms.map((a) => [a, base + (rest-- > 0 ? 1 : 0)]));
}

function formatMs(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000}m` : ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
