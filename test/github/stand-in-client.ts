import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../src/github/client.js';
import type { GitHubStandIn } from '../support/github-stand-in.js';

/** A client pointed at the stand-in with waits shrunk to milliseconds (1 ms per second of retry-after). */
export function standInClient(standIn: GitHubStandIn, options: Partial<GitHubClientOptions> = {}): GitHubClient {
  return createGitHubClient({
    token: standIn.token ?? 'ghs_unused',
    baseUrl: standIn.url,
    retryBaseMs: 1,
    // Generous: the stand-in compiles a response schema on first use, which can take a second on a busy machine.
    requestTimeoutMs: 15_000,
    env: {},
    ...options,
  });
}

export const REPO = { owner: 'acme', repo: 'models' } as const;
