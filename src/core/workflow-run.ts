/**
 * The page of the GitHub Actions run this process belongs to, from the variables the runner sets
 * (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT); undefined outside a run.
 * A re-run links its own attempt, so a deployment's log or a release's provenance points at the run that made it.
 */
export function workflowRunUrl(env: NodeJS.ProcessEnv): string | undefined {
  const repository = env.GITHUB_REPOSITORY;
  const run = env.GITHUB_RUN_ID;
  if (!repository || !run) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${server}/${repository}/actions/runs/${run}${attempt}`;
}
