import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { ModelshipError } from '../errors.js';
import { assertSafeRef } from './refs.js';
import { Git, NotInRepositoryError, spawnGit, type GitRunner } from './runner.js';
import { GitTree } from './tree.js';
import { ObjectBatch } from './object-batch.js';

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

/**
 * Reads files at git refs for one run (a gate over every model of a monorepo): the repository of each folder
 * is asked once, refs and files are read through one `git cat-file --batch` per repository kept open until
 * `close()`, and a ref is resolved once. Same answers and errors as readFileAtRef, which it falls back to
 * when the runner cannot keep a git open.
 */
export class FileAtRefReader {
  private readonly repos: Array<{ toplevel: string; git: Git; batch?: ObjectBatch }> = [];
  private readonly commits = new Map<string, Promise<string | undefined>>();
  /** Lookups run one after another, so two reads started together find the repository the first one met. */
  private lookups: Promise<unknown> = Promise.resolve();
  private readonly byFolder = new Map<string, ReturnType<FileAtRefReader['findRepository']>>();
  private closed = false;

  constructor(private readonly options: { env?: NodeJS.ProcessEnv; runner?: GitRunner } = {}) {}

  async read(file: string, ref: string): Promise<FileAtRef> {
    if (this.closed) throw new Error('FileAtRefReader used after close()');
    assertSafeRef(ref);
    const absolute = path.resolve(file);
    let dir = path.dirname(absolute);
    while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    const repo = await this.repositoryOf(dir);
    if (!repo) throw new NotInRepositoryError(dir, `cannot read ${absolute} at a git ref: ${dir} is not in a git repository`);
    if (!repo.batch) return readFileAtRef(file, ref, this.options);
    const batch = repo.batch;
    const key = `${repo.toplevel}\0${ref}`;
    let commit = this.commits.get(key);
    if (!commit) {
      commit = batch.get(`${ref}^{commit}`).then((o) => (o?.type === 'commit' ? o.oid : undefined));
      this.commits.set(key, commit);
    }
    const oid = await commit;
    if (oid === undefined) throw new RefNotFoundError(ref, dir);
    const repoPath = path.posix.normalize(repo.prefix + path.relative(dir, absolute).split(path.sep).join('/'));
    const blob = /[\n\0]/.test(repoPath) || repoPath === '' ? undefined : await batch.get(`${oid}:${repoPath}`);
    return { commit: oid, path: repoPath, bytes: blob?.type === 'blob' ? blob.content : undefined };
  }

  /** Ends the git processes this reader started. */
  close(): void {
    this.closed = true;
    for (const r of this.repos) r.batch?.close();
  }

  /**
   * A folder inside a repository already met, with no `.git` between them (no nested repository or
   * submodule), belongs to it: no git is asked. Otherwise git answers, as repositoryOf.
   */
  private repositoryOf(dir: string): Promise<{ toplevel: string; git: Git; batch?: ObjectBatch; prefix: string } | undefined> {
    // A folder is looked up once a run (a gate reads a model's candidate and baseline files from one folder).
    let found = this.byFolder.get(dir);
    if (!found) {
      found = this.lookups.then(() => this.findRepository(dir));
      this.lookups = found.catch(() => undefined);
      this.byFolder.set(dir, found);
    }
    return found;
  }

  private async findRepository(dir: string): Promise<{ toplevel: string; git: Git; batch?: ObjectBatch; prefix: string } | undefined> {
    let real: string;
    try {
      real = realpathSync.native(dir);
    } catch {
      real = dir;
    }
    for (const repo of this.repos) {
      const rel = path.relative(repo.toplevel, real);
      if (rel.startsWith('..') || path.isAbsolute(rel)) continue;
      let nested = false;
      for (let d = real; d !== repo.toplevel && d !== path.dirname(d); d = path.dirname(d)) {
        if (existsSync(path.join(d, '.git'))) nested = true;
      }
      if (!nested) return { ...repo, prefix: rel === '' ? '' : `${rel.split(path.sep).join('/')}/` };
    }
    const found = await repositoryOf(dir, this.options);
    if (!found) return undefined;
    const repo = { toplevel: found.toplevel, git: found.git, batch: ObjectBatch.open(found.git) };
    this.repos.push(repo);
    return { ...repo, prefix: found.prefix };
  }
}
