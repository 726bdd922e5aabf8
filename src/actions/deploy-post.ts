import type { ActionSpec } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

/**
 * The deploy action's `post:` step (`post-if: always()`): when the job was cancelled or failed while this
 * job's rollout was in progress, the record is still `in_progress` and its lock names the main step's
 * process. Then traffic goes back to the last good version and the journal says why. Anything else — no
 * rollout ran, it finished, another job's rollout — is left alone.
 */
export const deployPostAction: ActionSpec = {
  name: 'deploy (post)',
  async run(ctx) {
    const environment = ctx.env.STATE_rollout_environment;
    const pid = Number(ctx.env.STATE_rollout_pid);
    const host = ctx.env.STATE_rollout_host;
    if (!environment || !Number.isSafeInteger(pid)) {
      ctx.info('no rollout ran in this job: nothing to recover');
      return;
    }
    const loaded = await ctx.loadConfig();
    const [{ environmentOf }, { recoverStalled }, { deploymentStoreFor }] = await Promise.all([import('../deploy/config.js'), import('../deploy/recovery.js'), import('./runtime/deployment-store.js')]);
    const env = environmentOf(loaded, environment);
    const { store } = await deploymentStoreFor(ctx, loaded);
    const recovered = await recoverStalled(loaded, env, Object.keys(loaded.config.models), { store, log: ctx.info }, {
      actor: ctx.env.GITHUB_ACTOR,
      reason: 'the job ended while the rollout was in progress (cancelled or failed); reverted by the deploy action post step',
      force: (_record, held) => held !== undefined && held.pid === pid && held.host === host,
    });
    if (recovered.length === 0) {
      ctx.info(`no rollout of this job is in progress in ${environment}: nothing to recover`);
      return;
    }
    for (const r of recovered) ctx.info(r.message);
    ctx.summary(['### ↩️ Rollout recovered by the post step', '', ...recovered.map((r) => `- ${r.message}`)].join('\n'));
    const failed = recovered.filter((r) => !r.reverted);
    if (failed.length) return { failed: failed.map((r) => r.message).join('; ') };
  },
};

/** Runs the post step with the runner's environment: the entry point `dist/deploy-post/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(deployPostAction);
}
