import { ModelshipError } from '../core/errors.js';
import type { GitHubClient } from './client.js';

/** GitHub refuses longer commit status descriptions. */
export const STATUS_DESCRIPTION_MAX_LENGTH = 140;

export type CommitState = 'error' | 'failure' | 'pending' | 'success';

export interface CommitStatusInput {
  owner: string;
  repo: string;
  sha: string;
  state: CommitState;
  /** The label that identifies this status among others on the commit, e.g. `modelship/gate`. */
  context: string;
  /** Cut to 140 characters with an ellipsis. */
  description?: string;
  /** http(s) only: GitHub links it from the commit. */
  targetUrl?: string;
}

export interface CommitStatusResult {
  id: number;
  url: string;
}

/** Sets a commit status; a later status with the same context replaces it on GitHub's side. */
export async function setCommitStatus(client: GitHubClient, input: CommitStatusInput): Promise<CommitStatusResult> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(input.sha)) {
    throw new ModelshipError(`a commit status needs a full commit SHA, got "${input.sha}"`);
  }
  if (input.targetUrl !== undefined && !/^https?:\/\//i.test(input.targetUrl)) {
    throw new ModelshipError(`a commit status target URL must be http(s), got "${input.targetUrl}"`);
  }
  const { data } = await client.rest.repos.createCommitStatus({
    owner: input.owner,
    repo: input.repo,
    sha: input.sha,
    state: input.state,
    context: input.context,
    ...(input.description !== undefined ? { description: shortDescription(input.description) } : {}),
    ...(input.targetUrl !== undefined ? { target_url: input.targetUrl } : {}),
  });
  return { id: data.id, url: data.url };
}

/** One line, at most 140 characters (code points, never a split surrogate pair). */
export function shortDescription(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = [...oneLine];
  if (chars.length <= STATUS_DESCRIPTION_MAX_LENGTH) return oneLine;
  return `${chars.slice(0, STATUS_DESCRIPTION_MAX_LENGTH - 1).join('').trimEnd()}…`;
}
