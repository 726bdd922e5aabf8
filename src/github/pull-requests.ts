import type { GitHubClient } from './client.js';

export interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

export interface PullRequestInfo {
  number: number;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  /** The commit to act on; re-read it just before acting (a push may have moved it). */
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  /** `owner/repo` the head branch lives in; null when that fork was deleted. */
  headRepoFullName: string | null;
  /** True when the head is not in the base repository (including a deleted fork): its code is untrusted. */
  isFork: boolean;
  author: string | null;
  htmlUrl: string;
}

export async function getPullRequest(client: GitHubClient, ref: PullRequestRef): Promise<PullRequestInfo> {
  const { data } = await client.rest.pulls.get({ owner: ref.owner, repo: ref.repo, pull_number: ref.pullNumber });
  const headRepo = data.head.repo?.full_name ?? null;
  const baseRepo = data.base.repo.full_name;
  return {
    number: data.number,
    state: data.state === 'closed' ? 'closed' : 'open',
    draft: data.draft ?? false,
    merged: data.merged,
    headSha: data.head.sha,
    headRef: data.head.ref,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    headRepoFullName: headRepo,
    isFork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    author: data.user?.login ?? null,
    htmlUrl: data.html_url,
  };
}
