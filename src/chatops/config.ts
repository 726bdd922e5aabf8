import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import type { CommandName } from './grammar.js';

/** The `chatops:` section of modelship.yml (schema: schema/sections/chatops.json), defaults applied. */

/**
 * A repository role as GitHub reports it in `role_name`: a built-in one (`admin`, `maintain`, `write`,
 * `triage`, `read`) or the name of a custom repository role.
 */
export type Permission = string;
export const BUILT_IN_ROLES: readonly string[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];

export interface EnvironmentRules {
  /** Only these users (logins, case-insensitive) may act on this environment; with `teams`, these or the teams' members. */
  users?: string[];
  /**
   * Only active members of one of these teams (slugs, in the repository owner's organisation) may act on this
   * environment; with `users`, these or the listed users. Read through the API; an error or a 404 denies.
   */
  teams?: string[];
  /** Overrides the section's `permissions` for this environment (e.g. `[admin]` for production). */
  permissions?: Permission[];
  /** The pull request must be merged (deploy what was reviewed and merged, never an open branch). */
  requireMerged: boolean;
  /** The pull request's base branch must be one of these (e.g. `[main]`). */
  baseBranches?: string[];
  /** Check runs that must have concluded `success` on the pinned SHA; missing or unreadable counts as failed. */
  requiredChecks: string[];
  /** Allow commands from fork pull requests for this environment (overrides the section's `allowForks`). */
  allowForks?: boolean;
}

export interface ChatopsConfig {
  prefix: string;
  permissions: Permission[];
  allowForks: boolean;
  /** Commands that may be used at all; default every command. */
  commands: CommandName[];
  environments: Record<string, EnvironmentRules>;
  /** Extra Markdown appended to `/help`. */
  help?: string;
}

export const DEFAULT_PERMISSIONS: Permission[] = ['write', 'maintain', 'admin'];
const ALL_COMMANDS: CommandName[] = ['deploy', 'promote', 'rollback', 'status', 'lock', 'unlock', 'rollout', 'help'];

interface RawRules {
  users?: string[];
  teams?: string[];
  permissions?: Permission[];
  requireMerged?: boolean;
  baseBranches?: string[];
  requiredChecks?: string[];
  allowForks?: boolean;
}

interface RawChatops {
  prefix?: string;
  permissions?: Permission[];
  allowForks?: boolean;
  commands?: CommandName[];
  environments?: Record<string, RawRules>;
  help?: string;
}

/** The section with defaults; the schema already checked shapes, this checks what it cannot (known names). */
export function chatopsConfig(loaded: LoadedConfig): ChatopsConfig {
  const raw = (loaded.config.chatops ?? {}) as RawChatops;
  const known = environmentNames(loaded);
  const environments: Record<string, EnvironmentRules> = {};
  for (const [env, rules] of Object.entries(raw.environments ?? {})) {
    if (!known.includes(env)) {
      throw new ModelshipError(`chatops.environments.${env}: no environment "${env}" is configured under environments`, {
        location: loaded.locate(['chatops', 'environments', env]),
        hint: `configured environments: ${known.join(', ') || '(none)'}`,
      });
    }
    environments[env] = {
      users: rules.users,
      teams: rules.teams?.map((t) => t.toLowerCase()),
      permissions: rules.permissions,
      requireMerged: rules.requireMerged ?? false,
      baseBranches: rules.baseBranches,
      requiredChecks: rules.requiredChecks ?? [],
      allowForks: rules.allowForks,
    };
  }
  return {
    prefix: raw.prefix ?? '/',
    permissions: raw.permissions ?? DEFAULT_PERMISSIONS,
    allowForks: raw.allowForks ?? false,
    commands: raw.commands ?? ALL_COMMANDS,
    environments,
    help: raw.help,
  };
}

export function rulesFor(config: ChatopsConfig, env: string | undefined): EnvironmentRules {
  return (env && config.environments[env]) || { requireMerged: false, requiredChecks: [] };
}

export function environmentNames(loaded: LoadedConfig): string[] {
  return Object.keys(loaded.config.environments ?? {});
}

export function modelNames(loaded: LoadedConfig): string[] {
  return Object.keys(loaded.config.models ?? {});
}
