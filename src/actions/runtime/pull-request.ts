export interface PullRequestRef {
  number: number;
  baseSha?: string;
  headSha?: string;
}

/** A full commit SHA, or undefined: what an event says is never used as a ref unchecked. */
export function commitSha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{40}$/.test(value) ? value : undefined;
}

/**
 * The pull request of an event payload: a `pull_request`/`pull_request_target` payload, or an `issue_comment`
 * on a pull request. Undefined for any other event or an unreadable payload.
 */
export function pullRequestOf(payload: unknown): PullRequestRef | undefined {
  if (payload === null || typeof payload !== 'object') return undefined;
  const event = payload as { pull_request?: { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } }; issue?: { number?: unknown; pull_request?: unknown } };
  const pr = event.pull_request;
  const n = pr?.number ?? (event.issue?.pull_request ? event.issue.number : undefined);
  if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0) return undefined;
  return { number: n, baseSha: commitSha(pr?.base?.sha), headSha: commitSha(pr?.head?.sha) };
}
