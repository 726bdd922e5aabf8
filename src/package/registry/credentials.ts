import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ModelshipError } from '../../core/errors.js';

/** What a registry is asked with: a user and password (or token as password), or nothing. */
export interface Credentials {
  username: string;
  password: string;
  /** Where they came from, for messages (never the secret itself). */
  from: string;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

/**
 * Credentials for a registry, first found wins: MODELSHIP_REGISTRY_USERNAME/_PASSWORD, GITHUB_TOKEN for
 * ghcr.io, then Docker's config.json (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, `auths`
 * entries). Credential helpers are programs; Modelship never runs them and says so.
 */
export async function resolveCredentials(registry: string, env: NodeJS.ProcessEnv): Promise<Credentials | undefined> {
  if (env.MODELSHIP_REGISTRY_USERNAME && env.MODELSHIP_REGISTRY_PASSWORD) {
    return { username: env.MODELSHIP_REGISTRY_USERNAME, password: env.MODELSHIP_REGISTRY_PASSWORD, from: 'MODELSHIP_REGISTRY_USERNAME/MODELSHIP_REGISTRY_PASSWORD' };
  }
  if (registry === 'ghcr.io' && env.GITHUB_TOKEN) return { username: env.GITHUB_ACTOR || 'modelship', password: env.GITHUB_TOKEN, from: 'GITHUB_TOKEN' };
  const file = path.join(env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker'), 'config.json');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let config: DockerConfig;
  try {
    config = JSON.parse(text) as DockerConfig;
  } catch (err) {
    throw new ModelshipError(`${file} is not valid JSON: ${(err as Error).message}`, { location: { file } });
  }
  const keys = [registry, `https://${registry}`, `http://${registry}`, ...(registry === 'docker.io' ? ['https://index.docker.io/v1/'] : [])];
  const entry = keys.map((k) => config.auths?.[k]).find((e) => e !== undefined);
  if (entry) {
    if (entry.identitytoken) return { username: '<token>', password: entry.identitytoken, from: `${file} (identitytoken)` };
    if (entry.username && entry.password) return { username: entry.username, password: entry.password, from: file };
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) throw new ModelshipError(`${file}: auths["${registry}"].auth is not base64 of user:password`, { location: { file } });
      return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), from: file };
    }
  }
  // A registry-specific helper means "these credentials exist, elsewhere": say so. A global credsStore
  // (Docker Desktop sets one) is no such promise: go on anonymously.
  const helper = config.credHelpers?.[registry];
  if (helper) throw new ModelshipError(`${file} keeps the credentials of ${registry} in the credential helper "docker-credential-${helper}", which Modelship does not run`, { hint: 'set MODELSHIP_REGISTRY_USERNAME and MODELSHIP_REGISTRY_PASSWORD, or an auths entry' });
  return undefined;
}

/** Parses a WWW-Authenticate header: scheme and its parameters (quoted strings may hold commas). */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const match = header.trim().match(/^(\S+)\s*(.*)$/s);
  if (!match) return { scheme: '', params: {} };
  const params: Record<string, string> = {};
  const re = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (const m of match[2].matchAll(re)) params[m[1].toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3];
  return { scheme: match[1].toLowerCase(), params };
}
