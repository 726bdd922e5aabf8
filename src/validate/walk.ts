import { closeSync, constants, fstatSync, openSync, type Stats } from 'node:fs';
import { lstat, open, readdir, realpath, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import type { SignatureSpec } from '../core/config-types.js';
import { error, warning } from './finding.js';
import type { Finding } from './types.js';

/**
 * Which files a validation run reads: the paths given, folders walked (symbolic links never followed,
 * special files refused, ignore globs applied, depth and count bounded), and each file opened so that a
 * link or FIFO swapped in after the walk is refused.
 */

const MAX_WALK_DEPTH = 32;
const MAX_WALK_FILES = 100_000;

export interface TargetOptions {
  /** Declared format (modelship.yml models.<name>.format). */
  format?: string;
  /** Expected signature (modelship.yml models.<name>.signature), compared with what the file declares. */
  signature?: SignatureSpec;
}

export interface WalkedFile {
  absolute: string;
  /** The folder given on the command line, when the file was found by walking it. */
  walkRoot?: string;
  target?: TargetOptions;
}

export interface CollectedFiles {
  /** Every regular file to validate, in walk order. */
  files: WalkedFile[];
  /** Findings about what the walk refused (links, special files, too deep, too many), by absolute path. */
  problems: Map<string, Finding[]>;
  /** The folders walked. */
  roots: string[];
}

/**
 * The files behind `paths` (relative to `cwd`). A path that does not exist is a usage error (ModelshipError);
 * a path the user typed may be a symbolic link, and what it points to is validated, inside its own folder.
 */
export async function collectFiles(paths: string[], cwd: string, ignore: string[], targets?: Map<string, TargetOptions>): Promise<CollectedFiles> {
  const out: CollectedFiles = { files: [], problems: new Map(), roots: [] };
  // Asked all at once (a repository may configure hundreds of models); refused in the order given.
  const stats = await Promise.all(paths.map((p) => lstat(path.resolve(cwd, p)).catch(() => undefined)));
  for (const [i, p] of paths.entries()) {
    const absolute = path.resolve(cwd, p);
    const st = stats[i];
    if (!st) {
      throw new ModelshipError(`no such file or folder: ${p}`, { hint: 'pass existing files or folders, or configure models in modelship.yml' });
    }
    const target = targets?.get(absolute);
    if (st.isSymbolicLink()) {
      const real = await realpath(absolute).catch(() => undefined);
      if (!real) throw new ModelshipError(`${p} is a dangling symbolic link`);
      const rs = await lstat(real);
      if (rs.isDirectory()) {
        out.roots.push(real);
        await walk(real, real, 0, out.files, out.problems, ignore, target);
      } else out.files.push({ absolute: real, target });
    } else if (st.isDirectory()) {
      out.roots.push(absolute);
      await walk(absolute, absolute, 0, out.files, out.problems, ignore, target);
    } else {
      out.files.push({ absolute, target });
    }
  }
  return out;
}

async function walk(dir: string, root: string, depth: number, out: WalkedFile[], problems: Map<string, Finding[]>, ignore: string[], target?: TargetOptions): Promise<void> {
  if (depth > MAX_WALK_DEPTH) {
    problems.set(dir, [error('walk/too-deep', `folders nested deeper than ${MAX_WALK_DEPTH}`)]);
    return;
  }
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = path.join(dir, entry.name);
    const rel = path.relative(root, absolute).split(path.sep).join('/');
    if (entry.name === '.git' || ignore.some((g) => globMatch(g, rel))) continue;
    if (out.length >= MAX_WALK_FILES) {
      problems.set(dir, [error('walk/too-many-files', `more than ${MAX_WALK_FILES} files`)]);
      return;
    }
    if (entry.isSymbolicLink()) {
      const real = await realpath(absolute).catch(() => undefined);
      const inside = real !== undefined && isInside(root, real);
      problems.set(absolute, [
        inside
          ? warning('walk/symlink', `a symbolic link (to ${path.relative(root, real!)}); not followed: its target is validated on its own`)
          : error('walk/symlink-escape', `a symbolic link pointing outside the folder${real ? ` (to ${real})` : ' (dangling)'}: a loader following it reads a file nobody validated`),
      ]);
      continue;
    }
    if (entry.isDirectory()) await walk(absolute, root, depth + 1, out, problems, ignore, target);
    else if (entry.isFile()) out.push({ absolute, walkRoot: root, target: undefined });
    else problems.set(absolute, [error('walk/special-file', 'a device, FIFO or socket, not a regular file: refused (reading it could block or never end)')]);
  }
}

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** `*` within a segment, `**` across segments, `?` one character. */
export function globMatch(glob: string, rel: string): boolean {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(rel) || new RegExp(`^${re}/`).test(rel);
}

/** Opens a regular file for reading, or says why it is refused. */
export async function openRegular(absolute: string): Promise<{ handle?: FileHandle; stats?: Stats; problem?: Finding }> {
  let handle: FileHandle;
  try {
    handle = await open(absolute, OPEN_FLAGS);
  } catch (err) {
    return { problem: openProblem(err) };
  }
  const st = await handle.stat();
  if (!st.isFile()) {
    await handle.close();
    return { problem: NOT_REGULAR() };
  }
  return { handle, stats: st };
}

// O_NOFOLLOW: a link swapped in after the walk is refused; O_NONBLOCK: a FIFO swapped in cannot hang us.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const NOT_REGULAR = () => error('walk/special-file', 'not a regular file: refused');

function openProblem(err: unknown): Finding {
  if ((err as NodeJS.ErrnoException).code === 'ELOOP') return error('walk/symlink', 'the path became a symbolic link during validation: refused');
  return error('walk/unreadable', `cannot open the file: ${(err as Error).message}`);
}

/** openRegular with synchronous calls, for small files (the caller closes `fd`). */
export function openRegularSync(absolute: string): { fd?: number; stats?: Stats; problem?: Finding } {
  let fd: number;
  try {
    fd = openSync(absolute, OPEN_FLAGS);
  } catch (err) {
    return { problem: openProblem(err) };
  }
  const stats = fstatSync(fd);
  if (!stats.isFile()) {
    closeSync(fd);
    return { problem: NOT_REGULAR() };
  }
  return { fd, stats };
}
