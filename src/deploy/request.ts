import path from 'node:path';
import { isOciUri, parseDigestReference } from '../package/reference.js';
import type { LoadedConfig } from '../core/config.js';
import { ModelshipError } from '../core/errors.js';
import { userOf } from './state/local.js';
import type { DeployRequest, LockRequest, PromoteRequest, RollbackRequest } from './types.js';

/** The deploy commands, as the CLI names them and the deploy action's `command` input takes them. */
export const DEPLOY_COMMANDS = ['deploy', 'promote', 'rollback', 'status', 'lock', 'unlock'] as const;
export type DeployCommand = (typeof DEPLOY_COMMANDS)[number];

/** `modelship deploy|promote|rollback` flags and the deploy action's inputs, as given. */
export interface DeployOptions {
  environment?: string;
  model?: string;
  version?: string;
  artifact?: string;
  resume?: boolean;
  /** promote: the target environment; rollback: the version to restore. */
  to?: string;
  /** lock: why (shown to whoever is refused). */
  reason?: string;
  /** unlock: break a lock held by someone else. */
  force?: boolean;
}

/** What one surface brings: where paths are relative to, who asks, and how it names its options. */
export interface DeploySurface {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** `--artifact`, `input "artifact"`... by option. */
  labels: Record<'environment' | 'model' | 'version' | 'artifact' | 'to', string>;
  /** How the user names a version in a hint: `modelship deploy staging 1.2.0`, or `version: 1.2.0`. */
  versionHint: (environment: string, version: string) => string;
  /** Told which release is deployed when no version was given. */
  log?: (line: string) => void;
}

export function deployCommandOf(text: string | undefined, label: string): DeployCommand {
  const command = text ?? 'deploy';
  if (!(DEPLOY_COMMANDS as readonly string[]).includes(command)) throw new ModelshipError(`${label} is "${command}", expected one of ${DEPLOY_COMMANDS.join(', ')}`);
  return command as DeployCommand;
}

function required(value: string | undefined, label: string, command: DeployCommand): string {
  if (!value) throw new ModelshipError(`${label} is required for ${command}`);
  return value;
}

/**
 * A deploy request, the same way from every surface: the artifact must be inside the project, and with no
 * version the model's latest release is deployed (resuming an interrupted deployment instead takes its own
 * version and artifact).
 */
export async function deployRequest(loaded: LoadedConfig, options: DeployOptions, surface: DeploySurface): Promise<DeployRequest> {
  const environment = required(options.environment, surface.labels.environment, 'deploy');
  const resume = options.resume === true;
  const version = options.version || (resume && options.artifact === undefined ? undefined : await latestRelease(loaded, environment, options.model, surface));
  let artifact: string | undefined;
  if (options.artifact !== undefined && isOciUri(options.artifact)) {
    // Deployed by digest: pinned bytes in a registry, never a movable tag.
    parseDigestReference(options.artifact, surface.labels.artifact);
    artifact = options.artifact;
  } else if (options.artifact !== undefined) {
    artifact = path.relative(loaded.root, path.resolve(surface.cwd, options.artifact));
    if (artifact.startsWith('..') || path.isAbsolute(artifact)) throw new ModelshipError(`${surface.labels.artifact} ${options.artifact} is outside the project ${loaded.root}`);
  }
  return { environment, model: options.model, version, artifact, resume, actor: userOf(surface.env) };
}

export function promoteRequest(options: DeployOptions, surface: DeploySurface): PromoteRequest {
  return { model: options.model, to: required(options.to, surface.labels.to, 'promote'), version: options.version, actor: userOf(surface.env) };
}

export function rollbackRequest(options: DeployOptions, surface: DeploySurface): RollbackRequest {
  return { environment: required(options.environment, surface.labels.environment, 'rollback'), model: options.model, to: options.to, actor: userOf(surface.env) };
}

/** lock and unlock: who holds the lock is the actor (GITHUB_ACTOR, else the OS user), from every surface. */
export function lockRequest(command: 'lock' | 'unlock', options: DeployOptions, surface: DeploySurface): LockRequest & { force?: boolean } {
  const environment = required(options.environment, surface.labels.environment, command);
  return command === 'lock' ? { environment, reason: options.reason, actor: userOf(surface.env) } : { environment, actor: userOf(surface.env), force: options.force === true };
}

/**
 * With no version given, deploy the model's latest release, and only when HEAD's model is still what was
 * released: a changed model under an old version number would break "same version = same sha256".
 */
async function latestRelease(loaded: LoadedConfig, environment: string, model: string | undefined, surface: DeploySurface): Promise<string> {
  const usage = surface.versionHint(environment, '1.2.0');
  let plans;
  try {
    const { planVersions } = await import('../version/service.js');
    plans = await planVersions(loaded, surface.env, model);
  } catch (err) {
    throw new ModelshipError(`deploy needs a version: none was given and the latest release could not be read (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`, { hint: usage });
  }
  if (plans.length !== 1) throw new ModelshipError(`deploy needs a version and a model: ${plans.length} models are configured (${Object.keys(loaded.config.models).join(', ')})`, { hint: `${usage}, with ${surface.labels.model} NAME` });
  const plan = plans[0];
  if (plan.current === null) {
    throw new ModelshipError(`deploy needs a version: none was given and ${plan.model} has no release yet`, { hint: `release it first (modelship release ${plan.model}), or name the version: ${surface.versionHint(environment, plan.next ?? '1.0.0')}` });
  }
  if (plan.bump !== 'none') {
    throw new ModelshipError(`deploy needs a version: ${plan.model} changed since its latest release ${plan.current} (a ${plan.bump} change: ${plan.next} when released)`, { hint: `release it first (modelship release ${plan.model}), or deploy the new version explicitly: ${surface.versionHint(environment, plan.next ?? '')}` });
  }
  surface.log?.(`deploying ${plan.model} ${plan.current}, its latest release (${plan.tag ?? 'tagged'})`);
  return plan.current;
}
