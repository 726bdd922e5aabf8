/** How far a version moves. `none` means nothing the model's consumers could see changed. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of two bumps: rules only ever raise a bump, never lower it. */
export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

export function highestBump(bumps: Iterable<Bump>): Bump {
  let out: Bump = 'none';
  for (const b of bumps) out = maxBump(out, b);
  return out;
}

/** What kind of observation a reason is; consumers can filter on it. */
export type ReasonKind =
  | 'initial'
  | 'signature'
  | 'weights'
  | 'card'
  | 'metrics'
  | 'files'
  | 'config'
  | 'commit'
  | 'override';

/** One reason for a bump. Every reason that contributed (and every one that did not raise it) is listed. */
export interface Reason {
  kind: ReasonKind;
  message: string;
  bump: Bump;
  /** Repository-relative path the reason is about, when there is one. */
  path?: string;
  /** Commit SHA, for `commit` reasons. */
  commit?: string;
}
