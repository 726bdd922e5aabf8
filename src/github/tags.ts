import type { GitHubClient } from './client.js';
import { GitHubApiError } from './errors.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

const isStatus = (err: unknown, ...statuses: number[]) => err instanceof GitHubApiError && statuses.includes(err.status);

/** Tag names starting with `prefix` (every page): `GET /git/matching-refs/tags/<prefix>`. */
export async function listTagsWithPrefix(client: GitHubClient, repo: RepoRef, prefix: string): Promise<string[]> {
  const refs = await client.paginate(client.rest.git.listMatchingRefs, { ...repo, ref: `tags/${prefix}` });
  return refs.map((r) => r.ref.replace(/^refs\/tags\//, ''));
}

/**
 * Every tag of the repository with the commit it names (annotated tags peeled by GitHub): `GET /tags`, 100 a
 * page. One listing answers every model of a monorepo, where asking tag by tag costs a few calls per model.
 */
export async function listTagCommits(client: GitHubClient, repo: RepoRef): Promise<Map<string, string>> {
  const tags = await client.paginate(client.rest.repos.listTags, { ...repo, per_page: 100 });
  return new Map(tags.map((t) => [t.name, t.commit.sha]));
}

/** The commit a tag points at (following annotated tag objects), or undefined when there is no such tag. */
export async function tagCommit(client: GitHubClient, repo: RepoRef, tag: string): Promise<string | undefined> {
  let object: { type: string; sha: string };
  try {
    object = (await client.rest.git.getRef({ ...repo, ref: `tags/${tag}` })).data.object;
  } catch (err) {
    if (isStatus(err, 404)) return undefined;
    throw err;
  }
  // A tag object may point at another tag object; a short chain is normal, a long one is a loop.
  for (let hops = 0; object.type === 'tag' && hops < 8; hops++) {
    object = (await client.rest.git.getTag({ ...repo, tag_sha: object.sha })).data.object;
  }
  return object.type === 'commit' ? object.sha : undefined;
}

/** The tag object of an annotated tag (`POST /git/tags`); it is invisible until a ref points at it. */
async function createTagObject(client: GitHubClient, repo: RepoRef, tag: string, commit: string, message: string): Promise<string> {
  const { data } = await client.rest.git.createTag({ ...repo, tag, message, object: commit, type: 'commit' });
  return data.sha;
}

/** An annotated tag: the tag object, then `refs/tags/<tag>` pointing at it. */
export async function createAnnotatedTag(client: GitHubClient, repo: RepoRef, tag: string, commit: string, message: string): Promise<void> {
  const sha = await createTagObject(client, repo, tag, commit, message);
  await client.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha });
}

/**
 * Points a floating tag (e.g. `iris@v1`) at `commit`: force-update the ref, or create it when missing. `before`
 * is the commit the tag names now, when the caller knows it (from a listing); else it is asked for.
 */
export async function moveAnnotatedTag(
  client: GitHubClient,
  repo: RepoRef,
  tag: string,
  commit: string,
  message: string,
  known?: { before: string | undefined },
): Promise<'created' | 'moved' | 'unchanged'> {
  const before = known ? known.before : await tagCommit(client, repo, tag);
  if (before === commit) return 'unchanged';
  const sha = await createTagObject(client, repo, tag, commit, message);
  if (before === undefined) {
    await client.rest.git.createRef({ ...repo, ref: `refs/tags/${tag}`, sha });
    return 'created';
  }
  await client.rest.git.updateRef({ ...repo, ref: `tags/${tag}`, sha, force: true });
  return 'moved';
}
