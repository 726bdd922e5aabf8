import type { LockPort } from '../chatops/locks.js';
import type { CommandExecutor } from '../chatops/executor.js';
import type { ChatopsResult } from '../chatops/run.js';
import type { ActionContext, ActionResult, ActionSpec } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

/**
 * Comment commands on pull requests. Reads the issue_comment event, authorises and runs (or approves) the
 * command, and writes machine-readable outputs for workflows that run their own steps (src/chatops/outputs.ts:
 * validated names only, never raw comment text).
 */
export const chatopsAction: ActionSpec = {
  name: 'chatops',
  async run(ctx) {
    const event = ctx.event();
    const { mayBeCommand } = await import('../chatops/command-line.js');
    // Every comment on every pull request starts this step: most are prose and are dismissed before the
    // configuration, Octokit or the engine are loaded.
    const body = (event.payload as { comment?: { body?: unknown } } | null)?.comment?.body;
    if (event.name === 'issue_comment' && typeof body === 'string' && !mayBeCommand(body)) {
      return report(ctx, (await import('../chatops/run.js')).ignored());
    }
    const loaded = await ctx.loadConfig();
    const [{ runChatops }, { stateKindOf, deploymentStoreFor }, { gitHubChatopsPorts }, { unansweredBudgetMs }] = await Promise.all([
      import('../chatops/run.js'),
      import('./runtime/deployment-store.js'),
      import('../github/chatops-ports.js'),
      import('../chatops/budget.js'),
    ]);
    const mode = ctx.inputs.choice('mode', ['execute', 'approve'] as const, 'execute');
    const stateKind = stateKindOf(ctx);
    const orgToken = ctx.inputs.string('org-token');
    if (orgToken) ctx.secret(orgToken);
    const { client, repository, feedback } = gitHubChatopsPorts({
      token: ctx.inputs.string('github-token'),
      orgToken,
      env: ctx.env,
      log: { debug: ctx.debug, warning: ctx.warning },
      budgetMs: unansweredBudgetMs(ctx.env),
    });

    // The engine and its state are loaded only when an authorised command reaches them, with the state the
    // deploy action uses (the `state` input) and deployments recorded against the pinned head. /deploy stays
    // with the workflow's pinned checkout (DeployEngineExecutor.handles).
    const executor: CommandExecutor | undefined =
      mode === 'execute'
        ? {
            handles: (command) => command.name !== 'deploy',
            run: async (command, context) => {
              const { DeployEngineExecutor } = await import('../chatops/deploy-executor.js');
              const state = await deploymentStoreFor(ctx, loaded, { ref: context.sha, kind: stateKind, client });
              return new DeployEngineExecutor(loaded, { log: ctx.info, store: state.store, deploymentUrl: state.deploymentUrl }).run(command, context);
            },
          }
        : undefined;

    // The lock the engine would meet, read from the same state, so a locked environment is refused here.
    const locks: LockPort = {
      heldLock: async (environment) => {
        const [{ storeFor }, { environmentOf }, { LockFile }] = await Promise.all([import('../deploy/state/select.js'), import('../deploy/config.js'), import('../deploy/state/lock-file.js')]);
        const state = await deploymentStoreFor(ctx, loaded, { kind: stateKind, client });
        const held = await storeFor(loaded, environmentOf(loaded, environment), { store: state.store }).lockInfo(environment);
        // A stale lock file (its process is gone) is taken over by the next deploy: it holds nothing.
        return held && state.kind === 'local' && LockFile.isStale(held) ? undefined : held;
      },
    };

    const result = await runChatops(
      { eventName: event.name, payload: event.payload, loaded, dryRun: ctx.inputs.boolean('dry-run', false), runUrl: ctx.runUrl },
      { repository, feedback, executor, locks },
    );
    return report(ctx, result);
  },
};

async function report(ctx: ActionContext, result: ChatopsResult): Promise<ActionResult> {
  const { chatopsOutputs, inert, renderChatopsSummary } = await import('../chatops/outputs.js');
  for (const w of result.warnings) ctx.warning(w);
  for (const [name, value] of Object.entries(chatopsOutputs(result))) ctx.setOutput(name, value);
  await ctx.writeReport('chatops', result);
  ctx.summary(renderChatopsSummary(result));
  ctx.info(`chatops: ${result.decision} (${result.code}): ${inert(result.reason)}`);
  return result.decision === 'failed' ? { failed: inert(result.reason) } : {};
}

/** Runs the action with the runner's environment: the entry point `dist/chatops/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(chatopsAction);
}
