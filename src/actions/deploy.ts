import { appendFileSync } from 'node:fs';
import os from 'node:os';
import { abortOnSignals } from '../core/signals.js';
import type { DeployResult } from '../deploy/types.js';
import { fileCommandBlock } from './runtime/runner.js';
import type { DeploySurface } from '../deploy/request.js';
import type { ActionContext, ActionSpec } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

/** How the deploy request names this action's inputs. */
function actionSurface(ctx: ActionContext): DeploySurface {
  return {
    cwd: ctx.workspace,
    env: ctx.env,
    labels: { environment: 'input "environment"', model: 'input "model"', version: 'input "version"', artifact: 'input "artifact"', to: 'input "to"' },
    versionHint: (environment, version) => `environment: ${environment}, version: ${version}`,
    log: ctx.info,
  };
}

/**
 * deploy / promote / rollback / status / lock / unlock through src/deploy/engine.ts. With `state: github` (the default)
 * the Deployments API is the record and the lock is a branch that survives the job; `state: local` uses
 * the state file in the workspace. A failed or aborted rollout fails the step, saying which version the
 * environment was left on.
 */
export const deployAction: ActionSpec = {
  name: 'deploy',
  async run(ctx) {
    const loaded = await ctx.loadConfig();
    const [engine, { renderLockMarkdown, renderResultMarkdown, renderStatusMarkdown, renderStatusText }, requests, { deploymentStoreFor }] = await Promise.all([
      import('../deploy/engine.js'),
      import('../deploy/render.js'),
      import('../deploy/request.js'),
      import('./runtime/deployment-store.js'),
    ]);
    const command = requests.deployCommandOf(ctx.inputs.string('command'), 'input "command"');
    const { store } = await deploymentStoreFor(ctx, loaded);
    const options = { dryRun: ctx.inputs.boolean('dry-run', false), store, log: ctx.info };
    const given = {
      environment: ctx.inputs.string('environment'),
      model: ctx.inputs.string('model'),
      version: ctx.inputs.string('version'),
      artifact: ctx.inputs.string('artifact'),
      resume: ctx.inputs.boolean('resume', false),
      to: ctx.inputs.string('to'),
      reason: ctx.inputs.string('reason'),
      force: ctx.inputs.boolean('force', false),
    };

    if (command === 'status') {
      const result = await engine.status(loaded, { environment: given.environment, model: given.model }, options);
      await ctx.writeReport('deploy', result);
      const first = result.environments[0];
      if (first) {
        ctx.setOutput('environment', first.environment);
        ctx.setOutput('version', first.liveVersion ?? '');
      }
      ctx.summary(renderStatusMarkdown(result));
      ctx.info(renderStatusText(result));
      return;
    }

    const surface = actionSurface(ctx);
    if (command === 'lock' || command === 'unlock') {
      const request = requests.lockRequest(command, given, surface);
      const result = command === 'lock' ? await engine.lock(loaded, request, options) : await engine.unlock(loaded, request, options);
      await ctx.writeReport('deploy', result);
      ctx.setOutput('environment', result.environment);
      ctx.summary(renderLockMarkdown(result));
      ctx.info(result.message);
      return;
    }
    // The post step (dist/deploy-post) returns traffic to the last good version if this job ends mid-rollout.
    if (!options.dryRun) saveRolloutState(ctx.env, command === 'promote' ? given.to : given.environment);
    // A cancelled job: the runner sends SIGINT, then SIGTERM; the rollout aborts and reverts.
    const result: DeployResult = await abortOnSignals(async (signal) => {
      const run = { ...options, signal };
      if (command === 'deploy') return engine.deploy(loaded, await requests.deployRequest(loaded, given, surface), run);
      if (command === 'promote') return engine.promote(loaded, requests.promoteRequest(given, surface), run);
      return engine.rollback(loaded, requests.rollbackRequest(given, surface), run);
    });
    await ctx.writeReport('deploy', result);
    ctx.setOutput('environment', result.environment);
    ctx.setOutput('version', result.liveVersion ?? '');
    ctx.setOutput('previous-version', result.previousVersion ?? '');
    ctx.setOutput('outcome', result.outcome);
    ctx.setOutput('url', result.url ?? '');
    ctx.summary(renderResultMarkdown(result));
    ctx.info(result.message);
    if (result.outcome === 'aborted') return { failed: result.message };
  },
};

/** What the post step reads (as STATE_<name>): the environment, and the process that holds its lock. */
function saveRolloutState(env: NodeJS.ProcessEnv, environment: string | undefined): void {
  if (!env.GITHUB_STATE || !environment) return;
  const values = { rollout_environment: environment, rollout_pid: String(process.pid), rollout_host: os.hostname() };
  for (const [name, value] of Object.entries(values)) appendFileSync(env.GITHUB_STATE, fileCommandBlock(name, value), 'utf8');
}

/** Runs the action with the runner's environment: the entry point `dist/deploy/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(deployAction);
}
