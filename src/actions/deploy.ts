import type { DeployResult } from '../deploy/types.js';
import type { ActionSpec } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

const COMMANDS = ['deploy', 'promote', 'rollback', 'status'] as const;

/**
 * deploy / promote / rollback / status through src/deploy/engine.ts. With `state: github` (the default)
 * the Deployments API is the record and the lock is a branch that survives the job; `state: local` uses
 * the state file in the workspace. A failed or aborted rollout fails the step, saying which version the
 * environment was left on.
 */
export const deployAction: ActionSpec = {
  name: 'deploy',
  async run(ctx) {
    const loaded = await ctx.loadConfig();
    const engine = await import('../deploy/engine.js');
    const { renderResultMarkdown, renderStatusText } = await import('../deploy/render.js');
    const command = ctx.inputs.string('command', { default: 'deploy' }) as (typeof COMMANDS)[number];
    if (!COMMANDS.includes(command)) throw new (await import('../core/errors.js')).ModelshipError(`command must be one of ${COMMANDS.join(', ')}, got "${command}"`);
    const dryRun = ctx.inputs.boolean('dry-run', false);
    const { deploymentStoreFor } = await import('./runtime/deployment-store.js');
    const { store } = await deploymentStoreFor(ctx, loaded);
    const options = { dryRun, store, log: ctx.info };
    const actor = ctx.env.GITHUB_ACTOR;
    const environment = ctx.inputs.string('environment');
    const model = ctx.inputs.string('model');

    if (command === 'status') {
      const result = await engine.status(loaded, { environment, model }, options);
      const report = await ctx.writeReport('deploy', result);
      ctx.setOutput('report', report);
      const first = result.environments[0];
      if (first) {
        ctx.setOutput('environment', first.environment);
        ctx.setOutput('version', first.liveVersion ?? '');
      }
      ctx.summary(['### Deployments', '', '| Environment | Model | Live | Rollback would restore | Lock | Interrupted |', '| --- | --- | --- | --- | --- | --- |', ...result.environments.map((e) => `| ${e.environment} | ${e.model} | ${e.liveVersion ?? '—'} | ${e.rollbackTarget ?? '—'} | ${e.lock ? e.lock.owner : '—'} | ${e.interrupted ? `${e.interrupted.version} at ${e.interrupted.step}` : '—'} |`)].join('\n'));
      ctx.info(renderStatusText(result));
      return;
    }

    const need = (name: string) => {
      const v = ctx.inputs.string(name);
      if (!v) throw new Error(`input \`${name}\` is required for command ${command}`);
      return v;
    };
    let result: DeployResult;
    if (command === 'deploy') {
      const resume = ctx.inputs.boolean('resume', false);
      // With `resume`, an empty version resumes the interrupted deployment's own version and artifact.
      const version = resume ? ctx.inputs.string('version') || undefined : need('version');
      result = await engine.deploy(loaded, { environment: need('environment'), model, version, artifact: ctx.inputs.string('artifact'), resume, actor }, options);
    } else if (command === 'promote') {
      result = await engine.promote(loaded, { model, to: need('to'), version: ctx.inputs.string('version'), actor }, options);
    } else {
      result = await engine.rollback(loaded, { environment: need('environment'), model, to: ctx.inputs.string('to'), actor }, options);
    }
    const report = await ctx.writeReport('deploy', result);
    ctx.setOutput('environment', result.environment);
    ctx.setOutput('version', result.liveVersion ?? '');
    ctx.setOutput('previous-version', result.previousVersion ?? '');
    ctx.setOutput('outcome', result.outcome);
    ctx.setOutput('url', result.url ?? '');
    ctx.setOutput('report', report);
    ctx.summary(renderResultMarkdown(result));
    ctx.info(result.message);
    if (result.outcome === 'aborted') return { failed: result.message };
  },
};

/** Runs the action with the runner's environment: the entry point `dist/deploy/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(deployAction);
}
