import type { GitHubClient } from './client.js';

export interface CheckConclusionsQuery {
  owner: string;
  repo: string;
  sha: string;
}

interface ListedRun {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  started_at?: string | null;
}

/**
 * The conclusion of the newest check run of each name on a commit (`null` while it runs), over every page:
 * a rerun replaces its predecessor, and a failing check on page 2 is never missed. Errors are thrown, so
 * callers treat unreadable checks as not green.
 */
export async function getCheckConclusions(client: GitHubClient, query: CheckConclusionsQuery): Promise<Map<string, string | null>> {
  const runs = (await client.paginate(client.rest.checks.listForRef, {
    owner: query.owner,
    repo: query.repo,
    ref: query.sha,
    filter: 'latest',
    per_page: 100,
  })) as ListedRun[];
  const newest = new Map<string, ListedRun>();
  for (const run of runs) {
    const seen = newest.get(run.name);
    if (!seen || (run.started_at ?? '') > (seen.started_at ?? '') || ((run.started_at ?? '') === (seen.started_at ?? '') && run.id > seen.id)) newest.set(run.name, run);
  }
  return new Map([...newest].map(([name, run]) => [name, run.status === 'completed' ? run.conclusion ?? 'unknown' : null]));
}
