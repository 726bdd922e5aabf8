import type { GitHubClient } from './client.js';

/** Built-in repository roles from most to least powerful. */
export const PERMISSION_LEVELS = ['admin', 'maintain', 'write', 'triage', 'read', 'none'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

export interface PermissionQuery {
  owner: string;
  repo: string;
  username: string;
}

/** A user's role as GitHub reports it. */
export interface RepositoryRole {
  /**
   * `role_name`: a built-in role (maintain and triage told apart) or the name of a custom repository role.
   * The legacy `permission` when GitHub gives no `role_name` (older GitHub Enterprise Server).
   */
  role: string;
  /** The legacy `permission` (admin, write, read, none): the base a custom role extends. */
  permission: string;
  /** Where `role` was read: `role_name`, or `permission` when there was none. */
  source: 'role_name' | 'permission';
}

function isLevel(value: unknown): value is PermissionLevel {
  return typeof value === 'string' && (PERMISSION_LEVELS as readonly string[]).includes(value);
}

/**
 * A user's role on a repository: `role_name` wherever GitHub returns it, custom roles included (a custom
 * role is reported by its own name, never widened to the base role it extends: allowing it is a decision the
 * configuration must make by naming it). Any API error is thrown, never read as a role, so callers deny.
 */
export async function getRepositoryRole(client: GitHubClient, query: PermissionQuery): Promise<RepositoryRole> {
  const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
    owner: query.owner,
    repo: query.repo,
    username: query.username,
  });
  const permission = isLevel(data.permission) ? data.permission : 'none';
  const roleName = (data as { role_name?: unknown }).role_name;
  if (typeof roleName === 'string' && roleName.trim() !== '') return { role: roleName.trim(), permission, source: 'role_name' };
  return { role: permission, permission, source: 'permission' };
}
