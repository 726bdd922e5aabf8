import type { GitHubClient } from './client.js';

/** Repository roles from most to least powerful. */
export const PERMISSION_LEVELS = ['admin', 'maintain', 'write', 'triage', 'read', 'none'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export interface PermissionQuery {
  owner: string;
  repo: string;
  username: string;
}

function isLevel(value: unknown): value is PermissionLevel {
  return typeof value === 'string' && (PERMISSION_LEVELS as readonly string[]).includes(value);
}

/**
 * A user's role on a repository. `role_name` tells maintain and triage apart (the legacy `permission` folds
 * them into write and read); a custom role falls back to `permission`, the base role it extends. Any API
 * error is thrown, never read as a level, so callers deny on failure.
 */
export async function getPermissionLevel(client: GitHubClient, query: PermissionQuery): Promise<PermissionLevel> {
  const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
    owner: query.owner,
    repo: query.repo,
    username: query.username,
  });
  if (isLevel(data.role_name)) return data.role_name;
  if (isLevel(data.permission)) return data.permission;
  return 'none';
}

/** Whether a level is one of the allowed ones (membership, not "at least": list every level you accept). */
export function hasPermission(level: PermissionLevel, allowed: readonly PermissionLevel[]): boolean {
  return allowed.includes(level);
}
