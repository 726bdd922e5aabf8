import { createHash } from 'node:crypto';
import type { GitHubStandIn, StandInReply } from '../../support/github-stand-in.js';

interface TagObject {
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: 'commit' | 'tag' };
}

interface Release {
  id: number;
  tag_name: string;
  name: string | null;
  body: string | null;
  prerelease: boolean;
}

const notFound: StandInReply = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

/**
 * A small stateful model of a repository's tags and releases on the stand-in: git tag objects, refs
 * (`refs/tags/*`), releases found by tag. Responses are GitHub's documented examples with our values merged in,
 * so the stand-in's OpenAPI checks hold them to the real shapes.
 */
export class ReleaseWorld {
  readonly refs = new Map<string, { sha: string; type: 'commit' | 'tag' }>();
  readonly tagObjects = new Map<string, TagObject>();
  readonly releases = new Map<string, Release>();
  private nextId = 1;
  /** Set to make every write answer 403 (a read-only token). */
  readOnly = false;
  canPush = true;

  constructor(private readonly gh: GitHubStandIn) {
    this.install();
  }

  /** A tag as an annotated tag would be after `git push`: a tag object and a ref. */
  seedTag(tag: string, commit: string): void {
    const sha = sha1(`seed:${tag}:${commit}`);
    this.tagObjects.set(sha, { sha, tag, message: tag, object: { sha: commit, type: 'commit' } });
    this.refs.set(`refs/tags/${tag}`, { sha, type: 'tag' });
  }

  commitOf(tag: string): string | undefined {
    let o = this.refs.get(`refs/tags/${tag}`);
    while (o && o.type === 'tag') o = this.tagObjects.get(o.sha)?.object;
    return o?.sha;
  }

  install(): void {
    const gh = this.gh;
    const forbidden: StandInReply = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
    const refBody = (ref: string) => {
      const o = this.refs.get(ref)!;
      return gh.example('GET /repos/{owner}/{repo}/git/ref/{ref}', { ref, object: { sha: o.sha, type: o.type } });
    };

    gh.on('GET /repos/{owner}/{repo}', () => ({
      body: gh.example('GET /repos/{owner}/{repo}', { language: null, source: { language: null }, permissions: { admin: false, push: this.canPush, pull: true } }),
    }));
    gh.onList('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', (req) =>
      [...this.refs.keys()].filter((r) => r.startsWith(`refs/${req.params.ref}`)).sort().map(refBody),
    );
    // Every tag with the commit it names, annotated tags peeled (what `GET /tags` answers).
    gh.onList('GET /repos/{owner}/{repo}/tags', () =>
      [...this.refs.keys()]
        .filter((r) => r.startsWith('refs/tags/'))
        .sort()
        .map((r) => r.slice('refs/tags/'.length))
        .flatMap((name) => {
          const commit = this.commitOf(name);
          const [example] = gh.example<Record<string, unknown>[]>('GET /repos/{owner}/{repo}/tags');
          return commit ? [{ ...example, name, commit: { sha: commit, url: `https://api.github.com/repos/o/r/commits/${commit}` } }] : [];
        }),
    );
    gh.on('GET /repos/{owner}/{repo}/git/ref/{ref}', (req) => (this.refs.has(`refs/${req.params.ref}`) ? { body: refBody(`refs/${req.params.ref}`) } : notFound));
    gh.on('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', (req) => {
      const t = this.tagObjects.get(req.params.tag_sha);
      return t ? { body: gh.example('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { sha: t.sha, tag: t.tag, message: t.message, object: t.object }) } : notFound;
    });
    gh.on('POST /repos/{owner}/{repo}/git/tags', (req) => {
      if (this.readOnly) return forbidden;
      const b = req.body as { tag: string; message: string; object: string; type: 'commit' };
      const sha = sha1(`tag:${b.tag}:${b.object}:${this.nextId++}`);
      this.tagObjects.set(sha, { sha, tag: b.tag, message: b.message, object: { sha: b.object, type: b.type } });
      return { status: 201, body: gh.example('POST /repos/{owner}/{repo}/git/tags', { sha, tag: b.tag, message: b.message, object: { sha: b.object, type: b.type } }) };
    });
    gh.on('POST /repos/{owner}/{repo}/git/refs', (req) => {
      if (this.readOnly) return forbidden;
      const b = req.body as { ref: string; sha: string };
      if (this.refs.has(b.ref)) return { status: 422, body: { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest' } };
      this.refs.set(b.ref, { sha: b.sha, type: this.tagObjects.has(b.sha) ? 'tag' : 'commit' });
      return { status: 201, body: refBody(b.ref) };
    });
    gh.on('PATCH /repos/{owner}/{repo}/git/refs/{ref}', (req) => {
      if (this.readOnly) return forbidden;
      const ref = `refs/${req.params.ref}`;
      const b = req.body as { sha: string; force?: boolean };
      if (!this.refs.has(ref)) return { status: 422, body: { message: 'Reference does not exist', documentation_url: 'https://docs.github.com/rest' } };
      this.refs.set(ref, { sha: b.sha, type: this.tagObjects.has(b.sha) ? 'tag' : 'commit' });
      return { body: refBody(ref) };
    });
    const releaseBody = (r: Release) => gh.example('GET /repos/{owner}/{repo}/releases/{release_id}', { ...r, html_url: `https://github.com/o/r/releases/tag/${encodeURIComponent(r.tag_name)}`, draft: false });
    gh.on('GET /repos/{owner}/{repo}/releases/tags/{tag}', (req) => {
      const r = this.releases.get(req.params.tag);
      return r ? { body: releaseBody(r) } : notFound;
    });
    gh.on('POST /repos/{owner}/{repo}/releases', (req) => {
      if (this.readOnly) return forbidden;
      const b = req.body as { tag_name: string; name: string; body: string; prerelease: boolean };
      const r: Release = { id: this.nextId++, tag_name: b.tag_name, name: b.name, body: b.body, prerelease: b.prerelease };
      this.releases.set(b.tag_name, r);
      return { status: 201, body: releaseBody(r) };
    });
    gh.on('PATCH /repos/{owner}/{repo}/releases/{release_id}', (req) => {
      if (this.readOnly) return forbidden;
      const r = [...this.releases.values()].find((x) => String(x.id) === req.params.release_id);
      if (!r) return notFound;
      const b = req.body as Partial<Release>;
      Object.assign(r, { name: b.name ?? r.name, body: b.body ?? r.body, prerelease: b.prerelease ?? r.prerelease });
      return { body: releaseBody(r) };
    });
  }
}
