import { GitError, redactUrls, type Git } from './git.js';
import type { ReleaseDraft, ReleasePublisher } from './publisher.js';
import { ReleaseRefusal } from './refusal.js';

/**
 * Publishes with the git CLI: annotated tags in the local repository (their message carries the release
 * notes, since there is no release object without GitHub), pushed to `remote` when `push` is set.
 * A push that fails removes the tag it just created, so a refused release leaves the clone as it was.
 */
export class GitPublisher implements ReleasePublisher {
  readonly kind = 'git' as const;

  constructor(private readonly git: Git, private readonly options: { push: boolean; remote: string }) {}

  async listTags(prefix: string): Promise<string[]> {
    return (await this.git.tags()).filter((t) => t.startsWith(prefix));
  }

  tagCommit(tag: string): Promise<string | undefined> {
    return this.git.commitOf(`refs/tags/${tag}`);
  }

  async checkWritable(tag: string, commit: string): Promise<void> {
    if (!this.options.push) return;
    // Like semantic-release: ask the remote before tagging. A dry run catches a missing remote, bad
    // credentials and read-only access; server-side hooks only answer a real push (handled in createTag).
    const r = await this.git.run(['push', '--dry-run', '--porcelain', '--', this.options.remote, `${commit}:refs/tags/${tag}`]);
    if (r.code !== 0) {
      throw new ReleaseRefusal('push-refused', `cannot push tags to remote "${this.options.remote}": ${redactUrls(r.stderr).trim() || `git push exited ${r.code}`}`, 'check the remote name (release.remote) and that your credentials may push tags (contents: write)');
    }
  }

  async createTag(tag: string, commit: string, message: string): Promise<void> {
    await this.git.text(['tag', '-a', '--cleanup=verbatim', '-F', '-', '--', tag, commit], { input: message });
    if (!this.options.push) return;
    const r = await this.git.run(['push', '--porcelain', '--', this.options.remote, `refs/tags/${tag}:refs/tags/${tag}`]);
    if (r.code !== 0) {
      await this.git.run(['tag', '-d', '--', tag]);
      throw new ReleaseRefusal('push-refused', `the remote "${this.options.remote}" refused tag ${tag}: ${redactUrls(r.stderr).trim()}`, 'nothing was tagged (the local tag was removed); check push rights and branch/tag protection rules');
    }
  }

  async moveTag(tag: string, commit: string, message: string): Promise<'created' | 'moved' | 'unchanged'> {
    const before = await this.tagCommit(tag);
    if (before === commit) return 'unchanged';
    await this.git.text(['tag', '-f', '-a', '--cleanup=verbatim', '-F', '-', '--', tag, commit], { input: message });
    if (this.options.push) {
      // "+" forces only this one ref: a floating tag is meant to move.
      const r = await this.git.run(['push', '--porcelain', '--', this.options.remote, `+refs/tags/${tag}:refs/tags/${tag}`]);
      if (r.code !== 0) throw new GitError(['push'], r.code, r.stderr, { hint: `the floating tag ${tag} moved locally only` });
    }
    return before === undefined ? 'created' : 'moved';
  }

  async upsertRelease(_release: ReleaseDraft): Promise<{ status: 'skipped' }> {
    return { status: 'skipped' };
  }
}
