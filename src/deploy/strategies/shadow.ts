import { parseDuration } from '../../core/duration.js';
import { DEFAULT_MIRROR_BOUND, judgeMirror, notMeasured, scrapeMirror, type MirrorBound, type MirrorReport, type MirrorScrape } from '../mirror.js';
import type { TrafficState } from '../providers/provider.js';
import { prepareAndVerify, RolloutAborted, type Strategy, type StrategyContext } from './strategy.js';

/** Where `modelship serve --env ENV` listens unless told otherwise (src/cli/commands/serve.ts). */
const SERVE_DEFAULT_METRICS = 'http://127.0.0.1:8080/metrics';

/**
 * Shadow: mirror `percent` of requests to the candidate, whose answers are recorded and dropped; users
 * only ever see the stable version. Over `duration` the mirror is measured from the server's /metrics (the
 * candidate's failed mirrored runs against stable's 5xx answers, and both latencies) and judged by
 * `maxErrorRateIncrease` and `minRequests`; an `analysis` gate, when configured, judges too (and alone when
 * nothing could be measured). The mirror is then removed and the candidate is NOT made live (promote it
 * with a canary or blue-green deploy). A failed judgement aborts: the engine restores the routing without
 * the mirror, stable untouched, exit 1.
 */
export const shadowStrategy: Strategy = {
  type: 'shadow',
  async run(ctx) {
    await prepareAndVerify(ctx);
    const percent = ctx.spec.percent ?? 100;
    const bound: MirrorBound = {
      maxErrorRateIncrease: ctx.spec.maxErrorRateIncrease ?? DEFAULT_MIRROR_BOUND.maxErrorRateIncrease,
      minRequests: ctx.spec.minRequests ?? DEFAULT_MIRROR_BOUND.minRequests,
    };
    const source = metricsSourceOf(ctx);
    const stable = ctx.base.stable as string; // the engine refuses a shadow onto an empty environment
    const mirrored: TrafficState = { ...ctx.base, candidate: ctx.target.version, shadow: { version: ctx.target.version, percent }, strategy: 'shadow' };
    await ctx.step(`mirror ${percent}%`, () => ctx.provider.shiftTraffic(ctx.providerContext, mirrored, ctx.target), mirrored.weights);
    // The window opens once the mirror is written: counts read now are subtracted from those read at the end.
    const before = source && !ctx.dryRun ? await scrape(source, ctx.target.model) : undefined;
    const duration = ctx.spec.duration === undefined ? 0 : parseDuration(ctx.spec.duration, 'strategy.duration');
    if (duration > 0) await ctx.step(`observe ${ctx.spec.duration}`, async () => (await ctx.sleep(duration), 'observed'), undefined, true);

    if (ctx.dryRun) {
      await ctx.step('measure-mirror', async () => (source ? `would read ${source} before and after the observation and fail if ${ctx.target.version}'s mirrored error rate exceeds ${stable}'s by more than ${bound.maxErrorRateIncrease} or fewer than ${bound.minRequests} requests are mirrored` : notMeasuredWhy(ctx)));
      await ctx.analyze(1, 0);
      await ctx.step('remove-mirror', () => ctx.provider.finalize(ctx.providerContext, ctx.base, ctx.target), ctx.base.weights);
      return { live: false, traffic: ctx.base };
    }

    let report: MirrorReport;
    if (source === null) report = notMeasured(notMeasuredWhy(ctx), null, bound);
    else if (before instanceof Error) report = notMeasured(`not measured: ${before.message}`, source, bound);
    else {
      const after = await scrape(source, ctx.target.model);
      try {
        report = after instanceof Error ? notMeasured(`not measured: ${after.message}`, source, bound) : judgeMirror(before!, after, stable, ctx.target.version, bound, source);
      } catch (err) {
        report = notMeasured(`not measured: ${(err as Error).message}`, source, bound);
      }
    }
    await ctx.step('measure-mirror', async () => `${report.state}: ${report.reason}`);
    const analysis = await ctx.analyze(1, 0);

    const failures: string[] = [];
    if (report.state === 'failed' || report.state === 'not-enough-traffic') failures.push(`the mirror ${report.state === 'failed' ? 'failed' : 'had not enough traffic'}: ${report.reason}`);
    if (report.state === 'not-measured' && analysis === undefined && bound.minRequests > 0) {
      failures.push(`nothing judged the mirror: ${report.reason}, and the strategy has no analysis (set minRequests: 0 to accept an unmeasured shadow)`);
    }
    if (analysis && analysis.phase !== 'successful') failures.push(`shadow analysis ${analysis.phase}: ${analysis.reasons.join('; ')}`);
    const details = { mirror: report };
    await ctx.step('judge-mirror', async () => {
      if (failures.length) throw new RolloutAborted(failures.join('; '), details);
      return report.state === 'not-measured' ? `passed on ${analysis ? 'the analysis alone' : 'nothing (minRequests is 0)'}: the mirror was ${report.reason}` : `passed: ${report.reason.split('; ')[0]}`;
    });
    await ctx.step('remove-mirror', () => ctx.provider.finalize(ctx.providerContext, ctx.base, ctx.target), ctx.base.weights);
    return { live: false, traffic: ctx.base, details };
  },
};

async function scrape(source: string, model: string): Promise<MirrorScrape | Error> {
  return scrapeMirror(source, model).catch((err: Error) => err);
}

/**
 * The modelship serve /metrics that sees the mirror: `metricsUrl`; else, for the local provider, the origin
 * of the environment's `url`, or where `modelship serve` listens by default. Other providers run their own
 * servers: without `metricsUrl` their mirror is not measured.
 */
export function metricsSourceOf(ctx: Pick<StrategyContext, 'spec' | 'provider' | 'environmentUrl'>): string | null {
  if (ctx.spec.metricsUrl) return ctx.spec.metricsUrl;
  if (ctx.provider.type !== 'local') return null;
  if (ctx.environmentUrl && /^https?:\/\//.test(ctx.environmentUrl) && URL.canParse(ctx.environmentUrl)) return new URL('/metrics', ctx.environmentUrl).href;
  return SERVE_DEFAULT_METRICS;
}

function notMeasuredWhy(ctx: StrategyContext): string {
  return `not measured: the ${ctx.provider.type} provider's server is not known to be modelship serve (set strategy.metricsUrl to the /metrics of the modelship serve that mirrors, or judge the shadow with strategy.analysis)`;
}
