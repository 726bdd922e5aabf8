import type { GitHubClient } from './client.js';
import { GitHubApiError } from './errors.js';

export interface TeamMembershipQuery {
  org: string;
  /** The team's slug (`ml-platform`), not its display name. */
  teamSlug: string;
  username: string;
}

/** `active`: a member; `pending`: invited, not yet accepted; `none`: GitHub answered 404. */
export type TeamMembershipState = 'active' | 'pending' | 'none';

/**
 * A user's membership of an organisation team (`GET /orgs/{org}/teams/{team_slug}/memberships/{username}`),
 * which counts members of child teams too. GitHub answers 404 both for "not a member" and for "this token
 * cannot see the team" (the workflow's GITHUB_TOKEN never can: team data needs an organisation permission),
 * so `none` is never proof of anything but "not shown to be a member". Any other error is thrown, so callers
 * deny on failure.
 */
export async function getTeamMembership(client: GitHubClient, query: TeamMembershipQuery): Promise<TeamMembershipState> {
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({ org: query.org, team_slug: query.teamSlug, username: query.username });
    if (data.state === 'active') return 'active';
    if (data.state === 'pending') return 'pending';
    throw new Error(`GitHub reported the membership of ${query.username} in ${query.org}/${query.teamSlug} as "${String(data.state)}"`);
  } catch (err) {
    if (err instanceof GitHubApiError && err.status === 404) return 'none';
    throw err;
  }
}
