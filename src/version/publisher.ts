/**
 * Where tags and releases are written: local git (git-publisher.ts) or the GitHub API
 * (src/github/release-publisher.ts). The domain talks only to this port, so it never imports Octokit.
 */
export interface ReleasePublisher {
  readonly kind: 'git' | 'github';
  /** Names of tags starting with `prefix`, as the publishing side sees them (the remote, on GitHub). */
  listTags(prefix: string): Promise<string[]>;
  /** The commit a tag points at, or undefined when there is no such tag. */
  tagCommit(tag: string): Promise<string | undefined>;
  /** Where tagCommit found the tag, for refusals (`on remote "origin"`); omitted: the publishing side. */
  whereIs?(tag: string): Promise<string>;
  /** False when the tag exists only locally and still has to be pushed; omitted: always published. */
  isPublished?(tag: string): Promise<boolean>;
  /** Refuses (throws a ReleaseRefusal) before anything is written when the publisher cannot write. */
  checkWritable(tag: string, commit: string): Promise<void>;
  /** Creates an annotated tag on `commit`. */
  createTag(tag: string, commit: string, message: string): Promise<void>;
  /** Points a floating tag at `commit`, creating it when needed. */
  moveTag(tag: string, commit: string, message: string): Promise<'created' | 'moved' | 'unchanged'>;
  /** Creates or updates the release of `tag` (found by tag first, so re-runs update instead of duplicating). */
  upsertRelease(release: ReleaseDraft): Promise<{ status: 'created' | 'updated' | 'unchanged' | 'skipped'; url?: string }>;
}

export interface ReleaseDraft {
  tag: string;
  name: string;
  body: string;
  prerelease: boolean;
  commit: string;
}
