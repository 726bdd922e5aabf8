import { GitTree, repositoryOf } from '../../core/git/index.js';
import { ModelshipError } from '../../core/errors.js';
import { isSkipped, MAX_FILES, MAX_READ_BYTES, normalizeRelative, type RepoFiles } from './files.js';

/** The files of a commit (the pull request's base), read from git's object store without touching the working tree. */
export class CommitFiles implements RepoFiles {
  readonly live = false;
  readonly label: string;
  private files?: Promise<string[]>;
  private dirs?: Set<string>;

  private constructor(readonly root: string, private readonly tree: GitTree, private readonly prefix: string, ref: string) {
    this.label = `git ref ${ref}`;
  }

  /**
   * Resolves `ref` to a commit first, so a missing ref is one clear error; an unsafe ref throws UnsafeRefError.
   * `root` may be a folder inside the repository: paths are relative to it, as in the working tree.
   */
  static async open(root: string, ref: string): Promise<CommitFiles> {
    const repo = await repositoryOf(root);
    const tree = repo ? await GitTree.at(repo.git, ref) : undefined;
    if (!repo || !tree) {
      throw new ModelshipError(`git ref "${ref}" was not found in ${root}`, {
        hint: 'fetch it first (actions/checkout with fetch-depth: 0), or pass a base report instead',
      });
    }
    return new CommitFiles(root, tree, repo.prefix, ref);
  }

  listFiles(): Promise<string[]> {
    this.files ??= this.tree.entries().then((entries) => {
      const all = entries.filter((e) => e.path.startsWith(this.prefix)).map((e) => e.path.slice(this.prefix.length));
      this.dirs = new Set();
      for (const f of all) {
        const parts = f.split('/');
        for (let i = 1; i < parts.length; i++) this.dirs.add(parts.slice(0, i).join('/'));
      }
      return all.filter((f) => !isSkipped(f)).sort().slice(0, MAX_FILES);
    });
    return this.files;
  }

  async kind(relative: string): Promise<'file' | 'dir' | undefined> {
    const rel = normalizeRelative(relative);
    if (rel === undefined) return undefined;
    const files = await this.listFiles();
    if (rel === '') return 'dir';
    if (files.includes(rel)) return 'file';
    return this.dirs?.has(rel) ? 'dir' : undefined;
  }

  async readText(relative: string): Promise<string | undefined> {
    if ((await this.kind(relative)) !== 'file') return undefined;
    const rel = normalizeRelative(relative) as string;
    try {
      const bytes = await this.tree.readPath(this.prefix + rel);
      return bytes?.subarray(0, MAX_READ_BYTES).toString('utf8');
    } catch {
      return undefined;
    }
  }
}
