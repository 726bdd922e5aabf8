/**
 * The repository as the score sees it: a read-only tree of files addressed by POSIX paths relative to
 * its root. The working tree and a git ref (for the base branch's score) are two implementations, so
 * every rule runs the same way on both.
 */
export interface RepoFiles {
  /** For people: `working tree /repo` or `git ref origin/main`. */
  readonly label: string;
  /** Absolute path of the repository root (locations in findings are built on it). */
  readonly root: string;
  /** True for the working tree: commands can run there. */
  readonly live: boolean;
  /** Every file, sorted, without vendored or generated folders (see SKIPPED_DIRS), at most MAX_FILES. */
  listFiles(): Promise<string[]>;
  /** A file's text, or undefined when it does not exist (or is not a regular file inside the root). */
  readText(relative: string): Promise<string | undefined>;
  kind(relative: string): Promise<'file' | 'dir' | undefined>;
}

/** Folders that hold dependencies, caches or build output, never the project's own tests. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  '.git', 'node_modules', '.venv', 'venv', 'env', '__pycache__', '.tox', '.nox', '.mypy_cache', '.pytest_cache',
  'site-packages', 'dist', 'build', '.next', 'target', '.modelship',
]);

/** Bounds the walk so a huge monorepo cannot stall the score. */
export const MAX_FILES = 50_000;
/** Files larger than this are not read (tests and workflows are small; data files are not evidence). */
export const MAX_READ_BYTES = 2 * 1024 * 1024;

export function isSkipped(relative: string): boolean {
  return relative.split('/').some((part) => SKIPPED_DIRS.has(part));
}

/** Normalises a configured path to the repository's POSIX form; undefined when it leaves the root. */
export function normalizeRelative(relative: string): string | undefined {
  if (relative.startsWith('/') || /^[A-Za-z]:[\\/]/.test(relative) || relative.includes('\0')) return undefined;
  const out: string[] = [];
  for (const part of relative.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}
