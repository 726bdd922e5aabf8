import type { ReleaseDraft, ReleasePublisher } from '../version/publisher.js';
import { ModelshipError } from '../core/errors.js';
import { ReleaseRefusal } from '../version/refusal.js';
import { createGitHubClient, repoFromEnv, requireToken, type GitHubClient, type GitHubLog } from './client.js';
import { GitHubApiError } from './errors.js';
import { createAnnotatedTag, listTagCommits, listTagsWithPrefix, moveAnnotatedTag, tagCommit, type RepoRef } from './tags.js';

/** GitHub's limit on a release body is 125000 characters. */
const BODY_LIMIT = 125_000;

export interface ReleaseOutcome {
  status: 'created' | 'updated' | 'unchanged';
  url: string;
  id: number;
}

/**
 * Creates the release of `tag`, or updates it in place: found by tag first (`GET /releases/tags/{tag}`),
 * so re-running a release never makes a second one.
 */
export async function upsertRelease(client: GitHubClient, repo: RepoRef, draft: ReleaseDraft, options: { isNew?: boolean } = {}): Promise<ReleaseOutcome> {
  const body = draft.body.length > BODY_LIMIT ? `${draft.body.slice(0, BODY_LIMIT - 40)}\n\n… (notes truncated)\n` : draft.body;
  let existing: { id: number; html_url: string; body?: string | null; name: string | null; prerelease: boolean } | undefined;
  // A tag created a moment ago has no published release (getReleaseByTag sees only published ones): no need to ask.
  if (!options.isNew) {
    try {
      existing = (await client.rest.repos.getReleaseByTag({ ...repo, tag: draft.tag })).data;
    } catch (err) {
      if (!(err instanceof GitHubApiError && err.status === 404)) throw err;
    }
  }
  if (existing) {
    if ((existing.body ?? '') === body && existing.name === draft.name && existing.prerelease === draft.prerelease) {
      return { status: 'unchanged', url: existing.html_url, id: existing.id };
    }
    const { data } = await client.rest.repos.updateRelease({ ...repo, release_id: existing.id, name: draft.name, body, prerelease: draft.prerelease });
    return { status: 'updated', url: data.html_url, id: data.id };
  }
  const { data } = await client.rest.repos.createRelease({
    ...repo,
    tag_name: draft.tag,
    name: draft.name,
    body,
    prerelease: draft.prerelease,
    // In a monorepo "latest" would flip between models; only full releases may become latest, by date.
    make_latest: draft.prerelease ? 'false' : 'legacy',
  });
  return { status: 'created', url: data.html_url, id: data.id };
}

/**
 * The ReleasePublisher for GitHub Actions: tags and releases through the REST API (no git push needed).
 *
 * One publisher serves a whole run. A run over one model asks about its tags one by one (a prefix listing, a
 * ref or two); as soon as a second model asks, every tag is listed once (`GET /tags`, 100 a page, commits
 * peeled) and every later question about tags is answered from that listing, kept up to date with the tags
 * this run writes. The token's permission is asked once, and a release is not looked up by a tag this run
 * created (a published release needs its tag). What stays per model are the writes, which GitHub's REST API
 * has no batch form for: the tag object and its ref, the floating tag, the release.
 */
export class GitHubReleasePublisher implements ReleasePublisher {
  readonly kind = 'github' as const;
  private prefixAsked?: string;
  private allTags?: Promise<Map<string, string>>;
  private writable?: Promise<void>;
  /** Tags this publisher created: GitHub has no published release of them yet. */
  private readonly created = new Set<string>();

  constructor(private readonly client: GitHubClient, private readonly repo: RepoRef) {}

  async listTags(prefix: string): Promise<string[]> {
    if (!this.allTags && (this.prefixAsked === undefined || this.prefixAsked === prefix)) {
      this.prefixAsked = prefix;
      return listTagsWithPrefix(this.client, this.repo, prefix);
    }
    return [...(await this.tagListing()).keys()].filter((t) => t.startsWith(prefix));
  }

  async tagCommit(tag: string): Promise<string | undefined> {
    return this.allTags ? (await this.allTags).get(tag) : tagCommit(this.client, this.repo, tag);
  }

  private tagListing(): Promise<Map<string, string>> {
    if (!this.allTags) {
      this.allTags = listTagCommits(this.client, this.repo);
      // A failed listing is not kept: the next question asks again (and reports its own error).
      this.allTags.catch(() => (this.allTags = undefined));
    }
    return this.allTags;
  }

  checkWritable(): Promise<void> {
    // Tokens of users say what they may do; installation tokens (GITHUB_TOKEN) do not, and are then
    // judged by the first write: the tag object, which nobody sees until a ref points at it.
    this.writable ??= this.client.rest.repos.get({ ...this.repo }).then(({ data }) => {
      if (data.permissions && data.permissions.push === false) {
        throw new ReleaseRefusal('no-permission', `the token may not push to ${this.repo.owner}/${this.repo.repo}`, 'a release needs `permissions: contents: write`');
      }
    });
    return this.writable;
  }

  async createTag(tag: string, commit: string, message: string): Promise<void> {
    try {
      await createAnnotatedTag(this.client, this.repo, tag, commit, message);
      this.created.add(tag);
      if (this.allTags) (await this.allTags).set(tag, commit);
    } catch (err) {
      if (err instanceof GitHubApiError && (err.status === 403 || err.status === 401)) {
        throw new ReleaseRefusal('no-permission', `GitHub refused to create tag ${tag}: ${err.githubMessage}`, 'the job needs `permissions: contents: write` (tag protection rules can also forbid it); nothing was tagged');
      }
      throw err;
    }
  }

  async moveTag(tag: string, commit: string, message: string): Promise<'created' | 'moved' | 'unchanged'> {
    const listing = this.allTags && (await this.allTags);
    const moved = await moveAnnotatedTag(this.client, this.repo, tag, commit, message, listing ? { before: listing.get(tag) } : undefined);
    listing?.set(tag, commit);
    return moved;
  }

  upsertRelease(draft: ReleaseDraft): Promise<ReleaseOutcome> {
    return upsertRelease(this.client, this.repo, draft, { isNew: this.created.has(draft.tag) });
  }
}

/**
 * The release publisher over the API, built the same way for the CLI (`--publisher github`, token from
 * GITHUB_TOKEN or GH_TOKEN) and the version action (input `github-token`): the token checked and named in the
 * error, the repository from GITHUB_REPOSITORY.
 */
export async function gitHubReleasePublisher(options: { token: string | undefined; env: NodeJS.ProcessEnv; log?: GitHubLog; tokenFrom?: string }): Promise<GitHubReleasePublisher> {
  if (!options.token?.trim() && options.tokenFrom) throw new ModelshipError(`creating tags and releases needs a GitHub token in ${options.tokenFrom}`);
  const token = requireToken(options.token, 'creating tags and releases');
  const repo = repoFromEnv(options.env);
  return new GitHubReleasePublisher(createGitHubClient({ token, env: options.env, log: options.log }), repo);
}
