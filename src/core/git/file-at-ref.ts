import { existsSync } from 'node:fs';
import path from 'node:path';
import { ModelshipError } from '../errors.js';
import { assertSafeRef } from './refs.js';
import { Git, NotInRepositoryError, spawnGit, type GitRunner } from './runner.js';
import { GitTree } from './tree.js';

/** The repository holding a folder: git at its top folder, and the folder's path inside it (`a/b/`, or ''). */
export async function repositoryOf(
  dir: string,
  options: { env?: NodeJS.ProcessEnv; runner?: GitRunner } = {},
): Promise<{ git: Git; toplevel: string; prefix: string } | undefined> {
  const probe = new Git(dir, options.env ?? process.env, options.runner ?? spawnGit);
  // --show-prefix is git's own answer, so a symlinked folder (macOS /var → /private/var) needs no path arithmetic.
  const r = await probe.run(['rev-parse', '--show-toplevel', '--show-prefix']);
  const [toplevel, prefix = ''] = r.stdout.toString('utf8').split('\n');
  if (r.code !== 0 || !toplevel) return undefined;
  return { git: probe.in(toplevel), toplevel, prefix };
}

/** A ref that names no commit in the repository (a typo, or a branch not fetched). */
export class RefNotFoundError extends ModelshipError {
  constructor(readonly ref: string, readonly where: string) {
    super(`git ref "${ref}" does not resolve to a commit in ${where}`, {
      hint: 'fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main) and use e.g. origin/main',
    });
    this.name = 'RefNotFoundError';
  }
}

export interface FileAtRef {
  /** The commit the ref named. */
  commit: string;
  /** The file's repository-relative, `/`-separated path. */
  path: string;
  /** Its content at that commit; undefined when the commit has no such file (a new model, a first gate run). */
  bytes: Buffer | undefined;
}

/**
 * Reads a file as it was at a git ref (`main`, `origin/main`, a tag, a SHA) from the object store: the working
 * tree is never touched. The ref passes assertSafeRef (UnsafeRefError), must name a commit (RefNotFoundError,
 * since a typo must not read as "no baseline yet"), and the file must be in a repository (NotInRepositoryError).
 */
export async function readFileAtRef(
  file: string,
  ref: string,
  options: { env?: NodeJS.ProcessEnv; runner?: GitRunner } = {},
): Promise<FileAtRef> {
  assertSafeRef(ref);
  const absolute = path.resolve(file);
  // The file's folder may exist only at the ref: start from the nearest folder that exists in the working tree.
  let dir = path.dirname(absolute);
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const repo = await repositoryOf(dir, options);
  if (!repo) throw new NotInRepositoryError(dir, `cannot read ${absolute} at a git ref: ${dir} is not in a git repository`);
  const commit = await repo.git.commitOf(ref);
  if (commit === undefined) throw new RefNotFoundError(ref, dir);
  const repoPath = path.posix.normalize(repo.prefix + path.relative(dir, absolute).split(path.sep).join('/'));
  return { commit, path: repoPath, bytes: await new GitTree(repo.git, commit).readPath(repoPath) };
}
