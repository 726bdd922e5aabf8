import { readFileSync } from 'node:fs';

export interface PullRequestRef {
  number: number;
  baseSha?: string;
  headSha?: string;
}

/**
 * The pull request of the triggering event: a `pull_request`/`pull_request_target` payload, or an
 * `issue_comment` on a pull request. Undefined for any other event or an unreadable payload.
 */
export function pullRequestOfEvent(env: NodeJS.ProcessEnv): PullRequestRef | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  let event: { pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } }; issue?: { number?: unknown; pull_request?: unknown } };
  try {
    event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = event.pull_request;
  const n = pr?.number ?? (event.issue?.pull_request ? event.issue.number : undefined);
  if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) return undefined;
  const sha = (v: unknown) => (typeof v === 'string' && /^[0-9a-f]{40}$/.test(v) ? v : undefined);
  return { number: n, baseSha: sha(pr?.base?.sha), headSha: sha(pr?.head?.sha) };
}
