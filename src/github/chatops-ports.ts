import type { RepositoryPort } from '../chatops/authorize.js';
import type { FeedbackPort } from '../chatops/feedback.js';
import { getCheckConclusions } from './check-conclusions.js';
import { createGitHubClient, repoFromEnv, requireToken, UnansweredBudget, type GitHubClient, type GitHubLog, type RepoRef } from './client.js';
import { GitHubApiError } from './errors.js';
import { getRepositoryRole } from './permissions.js';
import { getPullRequest } from './pull-requests.js';
import { addCommentReaction } from './reactions.js';
import { updateStickyComment, upsertStickyComment } from './sticky-comment.js';
import { getTeamMembership } from './teams.js';

/**
 * The chatops ports over the GitHub API: the facts authorisation reads (role, pull request, checks, teams)
 * and the feedback it gives (reactions, one reply). Team data is the organisation's, so team lookups may go
 * through their own client (the action's `org-token`).
 */
export function gitHubRepositoryPort(client: GitHubClient, repo: RepoRef, orgClient: GitHubClient = client): RepositoryPort {
  return {
    permissionOf: async (username) => {
      const r = await getRepositoryRole(client, { ...repo, username });
      return { role: r.role, base: r.permission };
    },
    pullRequest: (pullNumber) => getPullRequest(client, { ...repo, pullNumber }),
    checkConclusions: (sha) => getCheckConclusions(client, { ...repo, sha }),
    teamMembership: (team, username) => getTeamMembership(orgClient, { org: repo.owner, teamSlug: team, username }),
  };
}

/** Reactions, and the reply found (or created) once, then rewritten by id: one call per later update. */
export function gitHubFeedbackPort(client: GitHubClient, repo: RepoRef): FeedbackPort {
  let reply: { id: number; url: string; body: string } | undefined;
  return {
    react: async (commentId, content) => {
      await addCommentReaction(client, { ...repo, commentId, content });
    },
    reply: async (issueNumber, key, body) => {
      if (reply && reply.body === body) return reply.url;
      if (reply) {
        try {
          const updated = await updateStickyComment(client, { ...repo, commentId: reply.id, key, body });
          reply = { id: updated.id, url: updated.url, body };
          return updated.url;
        } catch (err) {
          // Deleted meanwhile: find or create it again.
          if (!(err instanceof GitHubApiError && err.status === 404)) throw err;
        }
      }
      const written = await upsertStickyComment(client, { ...repo, issueNumber, key, body });
      reply = { id: written.id, url: written.url, body };
      return written.url;
    },
  };
}

export interface ChatopsGitHub {
  /** The repository's client, shared with the deployment store so one budget bounds every call. */
  client: GitHubClient;
  repository: RepositoryPort;
  feedback: FeedbackPort;
}

/**
 * The GitHub side of one comment command: one client on the workflow's token, another on `orgToken` for team
 * data (the workflow's GITHUB_TOKEN cannot read the organisation's teams), both under one budget so a GitHub
 * that stops answering ends the command within it (docs/chatops.md), instead of 4 attempts × 30 s per call.
 */
export function gitHubChatopsPorts(options: { token: string | undefined; orgToken?: string; env: NodeJS.ProcessEnv; log: GitHubLog; budgetMs: number }): ChatopsGitHub {
  const budget = new UnansweredBudget(options.budgetMs);
  const client = createGitHubClient({ token: requireToken(options.token, 'comment commands'), env: options.env, log: options.log, budget });
  const orgClient = options.orgToken ? createGitHubClient({ token: requireToken(options.orgToken, 'team membership lookups (input org-token)'), env: options.env, log: options.log, budget }) : client;
  const repo = repoFromEnv(options.env);
  return { client, repository: gitHubRepositoryPort(client, repo, orgClient), feedback: gitHubFeedbackPort(client, repo) };
}
