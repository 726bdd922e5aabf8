import type { LoadedConfig } from '../../core/config.js';
import type { DeploymentStore } from '../../deploy/state/store.js';
import type { GitHubClient } from '../../github/client.js';
import type { ActionContext } from './context.js';

/** Values of the `state` input of the deploy and chatops actions. */
export const STATE_KINDS = ['github', 'local'] as const;
export type StateKind = (typeof STATE_KINDS)[number];

export interface DeploymentState {
  kind: StateKind;
  /** The store to give the engine; undefined for `local` (the engine's state file under each environment). */
  store?: DeploymentStore;
  /**
   * A page people can open for a deployment the store recorded, by modelship environment and record id:
   * the GitHub environment's deployment history (GitHub has no page per deployment). Undefined for `local`.
   */
  deploymentUrl?: (environment: string, id: string) => string | undefined;
}

/** The `state` input, checked: `github` (default) or `local`. */
export function stateKindOf(ctx: ActionContext): StateKind {
  return ctx.inputs.choice('state', STATE_KINDS, 'github');
}

/**
 * Where the deploy engine keeps its record, the same way for every action that runs it (deploy, chatops):
 * with `state: github` the Deployments API (one deployment per change, statuses, the lock as a branch that
 * survives the job), with `state: local` the state file. `ref` is the commit the deployments are recorded
 * against (default GITHUB_SHA); chatops passes the pull request head it pinned.
 */
export async function deploymentStoreFor(ctx: ActionContext, loaded: LoadedConfig, options: { ref?: string; kind?: StateKind; client?: GitHubClient } = {}): Promise<DeploymentState> {
  const kind = options.kind ?? stateKindOf(ctx);
  if (kind === 'local') return { kind };
  const [{ createGitHubClient, repoFromEnv, requireToken }, { GitHubDeploymentStore }, { environmentsOf }] = await Promise.all([
    import('../../github/client.js'),
    import('../../github/deployments.js'),
    import('../../deploy/config.js'),
  ]);
  const token = requireToken(ctx.inputs.string('github-token'), 'recording deployments (input state: github)');
  ctx.secret(token);
  const envs = environmentsOf(loaded);
  const githubEnvironment = (e: string) => envs.find((x) => x.name === e)?.githubEnvironment ?? e;
  const repo = repoFromEnv(ctx.env);
  const server = (ctx.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const store = new GitHubDeploymentStore({
    client: options.client ?? createGitHubClient({ token, env: ctx.env, log: { debug: ctx.debug, warning: ctx.warning } }),
    repo,
    ref: options.ref ?? ctx.env.GITHUB_SHA ?? 'HEAD',
    githubEnvironment,
    production: (e) => /prod/i.test(githubEnvironment(e)),
    logUrl: ctx.runUrl,
  });
  return {
    kind,
    store,
    deploymentUrl: (environment) => `${server}/${repo.owner}/${repo.repo}/deployments/${encodeURIComponent(githubEnvironment(environment))}`,
  };
}
