import { readFileSync } from 'node:fs';
import type { RepositoryPort } from '../chatops/authorize.js';
import type { LockPort } from '../chatops/locks.js';
import type { CommandExecutor } from '../chatops/executor.js';
import type { FeedbackPort } from '../chatops/feedback.js';
import type { ChatopsResult } from '../chatops/run.js';
import type { ActionContext, ActionResult, ActionSpec } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

/**
 * Comment commands on pull requests. Reads the issue_comment event, authorises and runs (or approves) the
 * command, and writes machine-readable outputs for workflows that run their own steps. Outputs carry only
 * validated names, never raw comment text, so `${{ steps.x.outputs.model }}` cannot inject anything.
 */
export const chatopsAction: ActionSpec = {
  name: 'chatops',
  async run(ctx) {
    const payload = readEvent(ctx.env);
    const { mayBeCommand } = await import('../chatops/command-line.js');
    // Every comment on every pull request starts this step: most are prose and are dismissed before the
    // configuration, Octokit or the engine are loaded.
    const body = (payload as { comment?: { body?: unknown } } | null)?.comment?.body;
    if (ctx.env.GITHUB_EVENT_NAME === 'issue_comment' && typeof body === 'string' && !mayBeCommand(body)) {
      return report(ctx, (await import('../chatops/run.js')).ignored());
    }
    const loaded = await ctx.loadConfig();
    const { runChatops } = await import('../chatops/run.js');
    const mode = ctx.inputs.choice('mode', ['execute', 'approve'] as const, 'execute');
    const { stateKindOf } = await import('./runtime/deployment-store.js');
    const stateKind = stateKindOf(ctx);
    const token = ctx.inputs.string('github-token');
    const { createGitHubClient, repoFromEnv, requireToken, UnansweredBudget } = await import('../github/client.js');
    const log = { debug: ctx.debug, warning: ctx.warning };
    // One budget for the whole command, shared by every client it uses: a GitHub that stops answering ends
    // the command within it (docs/chatops.md), instead of 4 attempts × 30 s for each call.
    const budget = new UnansweredBudget(unansweredBudgetMs(ctx.env));
    const client = createGitHubClient({ token: requireToken(token, 'comment commands'), env: ctx.env, log, budget });
    // Team data is the organisation's: the workflow's GITHUB_TOKEN cannot read it, so it may come with its own token.
    const orgToken = ctx.inputs.string('org-token');
    if (orgToken) ctx.secret(orgToken);
    const orgClient = orgToken ? createGitHubClient({ token: requireToken(orgToken, 'team membership lookups (input org-token)'), env: ctx.env, log, budget }) : client;
    const repo = repoFromEnv(ctx.env);
    const { gitHubRepositoryPort, gitHubFeedbackPort } = await import('../github/chatops-ports.js');
    const repository: RepositoryPort = gitHubRepositoryPort(client, repo, orgClient);
    const feedback: FeedbackPort = gitHubFeedbackPort(client, repo);
    const server = ctx.env.GITHUB_SERVER_URL || 'https://github.com';
    const runUrl = ctx.env.GITHUB_RUN_ID ? `${server}/${repo.owner}/${repo.repo}/actions/runs/${ctx.env.GITHUB_RUN_ID}` : undefined;

    // The engine and its state are loaded only when an authorised command reaches them, with the state the
    // deploy action uses (the `state` input) and deployments recorded against the pinned head. /deploy stays
    // with the workflow's pinned checkout (DeployEngineExecutor.handles).
    const executor: CommandExecutor | undefined =
      mode === 'execute'
        ? {
            handles: (command) => command.name !== 'deploy',
            run: async (command, context) => {
              const [{ deploymentStoreFor }, { DeployEngineExecutor }] = await Promise.all([import('./runtime/deployment-store.js'), import('../chatops/deploy-executor.js')]);
              const state = await deploymentStoreFor(ctx, loaded, { ref: context.sha, kind: stateKind, client });
              return new DeployEngineExecutor(loaded, { log: ctx.info, store: state.store, deploymentUrl: state.deploymentUrl }).run(command, context);
            },
          }
        : undefined;

    // The lock the engine would meet, read from the same state, so a locked environment is refused here.
    const locks: LockPort = {
      heldLock: async (environment) => {
        const [{ deploymentStoreFor }, { storeFor }, { environmentOf }, { LockFile }] = await Promise.all([
          import('./runtime/deployment-store.js'),
          import('../deploy/state/select.js'),
          import('../deploy/config.js'),
          import('../deploy/state/lock-file.js'),
        ]);
        const state = await deploymentStoreFor(ctx, loaded, { kind: stateKind, client });
        const held = await storeFor(loaded, environmentOf(loaded, environment), { store: state.store }).lockInfo(environment);
        // A stale lock file (its process is gone) is taken over by the next deploy: it holds nothing.
        return held && state.kind === 'local' && LockFile.isStale(held) ? undefined : held;
      },
    };

    const result = await runChatops(
      { eventName: ctx.env.GITHUB_EVENT_NAME, payload, loaded, dryRun: ctx.inputs.boolean('dry-run', false), runUrl },
      { repository, feedback, executor, locks },
    );
    return report(ctx, result);
  },
};

async function report(ctx: ActionContext, result: ChatopsResult): Promise<ActionResult> {
  for (const w of result.warnings) ctx.warning(w);
  writeOutputs(ctx, result);
  await ctx.writeReport('chatops', result);
  ctx.summary(summaryOf(result));
  ctx.info(`chatops: ${result.decision} (${result.code}): ${inert(result.reason)}`);
  return result.decision === 'failed' ? { failed: inert(result.reason) } : {};
}

/** What a command may spend in total waiting on a GitHub that does not answer (docs/chatops.md). */
export const CHATOPS_UNANSWERED_BUDGET_MS = 60_000;

/** The budget; MODELSHIP_GITHUB_BUDGET_MS may shorten it (tests), never lengthen it past the documented bound. */
function unansweredBudgetMs(env: NodeJS.ProcessEnv): number {
  const raw = env.MODELSHIP_GITHUB_BUDGET_MS?.trim();
  const n = raw ? Number(raw) : NaN;
  return Number.isFinite(n) && n >= 0 ? Math.min(n, CHATOPS_UNANSWERED_BUDGET_MS) : CHATOPS_UNANSWERED_BUDGET_MS;
}

function readEvent(env: NodeJS.ProcessEnv): unknown {
  if (!env.GITHUB_EVENT_PATH) return null;
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return null;
  }
}

function writeOutputs(ctx: ActionContext, r: ChatopsResult): void {
  ctx.setOutput('decision', r.decision);
  ctx.setOutput('reason-code', r.code);
  ctx.setOutput('reason', inert(r.reason));
  ctx.setOutput('command', r.command?.name ?? '');
  ctx.setOutput('model', r.command?.model ?? '');
  ctx.setOutput('version', r.command?.version ?? r.result?.version ?? '');
  ctx.setOutput('env', r.command?.env ?? '');
  ctx.setOutput('dry-run', r.command?.dryRun ?? false);
  // The SHA is given only when authorised: a workflow must never check out a commit we refused.
  ctx.setOutput('sha', r.decision === 'approved' || r.decision === 'done' || r.decision === 'failed' ? r.sha ?? '' : '');
  ctx.setOutput('actor', r.login && /^[A-Za-z0-9-]+(\[bot\])?$/.test(r.login) ? r.login : '');
  ctx.setOutput('pull-request', r.pullRequest ?? '');
}

/**
 * A reason may quote a refused argument or a branch name; in an output it must stay inert even in a careless
 * `run: echo "${{ steps.chatops.outputs.reason }}"`, so the characters a shell or an expression needs go.
 */
export function inert(text: string): string {
  return text.replace(/[`$\\{}|&;<>"]/g, '?').replace(/'/g, '’').replace(/[\r\n]+/g, ' ');
}

function summaryOf(r: ChatopsResult): string {
  const icon = { ignored: '➖', refused: '👎', approved: '✅', done: '🚀', failed: '❌' }[r.decision];
  const rows: Array<[string, string]> = [
    ['Decision', `${r.decision} (\`${r.code}\`)`],
    ['Reason', inert(r.reason)],
  ];
  if (r.commandText) rows.push(['Command', `\`${r.commandText}\``]);
  if (r.login) rows.push(['Requested by', `\`${r.login}\``]);
  if (r.pullRequest) rows.push(['Pull request', `#${r.pullRequest}`]);
  if (r.sha) rows.push(['Pinned SHA', `\`${r.sha}\``]);
  if (r.replyUrl) rows.push(['Reply', `[comment](${r.replyUrl})`]);
  const lines = [`### ${icon} Modelship chatops: ${r.decision}`, '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
  if (r.passed.length > 0) lines.push('', '**Checks passed**', '', ...r.passed.map((p) => `- ${p.replace(/</g, '&lt;')}`));
  if (r.result?.steps.length) {
    lines.push('', '| Step | Status | Detail |', '| --- | --- | --- |', ...r.result.steps.map((s) => `| ${s.name} | ${s.status} | ${s.detail.replace(/\|/g, '\\|')} |`));
  }
  return lines.join('\n');
}

/** Runs the action with the runner's environment: the entry point `dist/chatops/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(chatopsAction);
}
