import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Why a relative path written inside an artifact (external data location, shard name, manifest entry)
 * cannot be trusted, or undefined when it is a plain relative path that stays in its folder.
 */
export function unsafeRelativePath(p: string): string | undefined {
  if (p === '') return 'it is empty';
  if (p.includes('\0')) return 'it contains a NUL byte';
  if (p.startsWith('/') || p.startsWith('\\')) return 'it is absolute';
  if (/^[A-Za-z]:/.test(p)) return 'it is an absolute Windows path (drive letter)';
  if (p.includes('\\')) return 'it contains a backslash (a separator on Windows)';
  if (p.includes(':')) return 'it contains ":" (a Windows alternate data stream or drive)';
  if (p.split('/').includes('..')) return 'it contains ".." and may leave its folder';
  return undefined;
}

export interface ContainedFile {
  absolute: string;
  size: number;
}

/**
 * Resolves `rel` under `root` and checks the file on disk stays there: it exists, is a regular file,
 * is not a symlink (an attacker's link can point anywhere after validation), and has one hard link
 * (a second link may be a file outside the folder). Returns the reason it is refused, or the file.
 */
export async function containedFile(root: string, rel: string): Promise<{ file?: ContainedFile; problem?: { rule: 'missing' | 'symlink' | 'hardlink' | 'not-regular' | 'escape'; message: string } }> {
  const absolute = path.resolve(root, rel);
  const relative = path.relative(root, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { problem: { rule: 'escape', message: `"${rel}" resolves outside ${root}` } };
  let st;
  try {
    st = await lstat(absolute);
  } catch {
    return { problem: { rule: 'missing', message: `"${rel}" does not exist next to the model` } };
  }
  if (st.isSymbolicLink()) {
    let target = '?';
    try {
      target = await realpath(absolute);
    } catch {
      /* dangling */
    }
    return { problem: { rule: 'symlink', message: `"${rel}" is a symbolic link (to ${target}); links may point outside the model's folder` } };
  }
  if (!st.isFile()) return { problem: { rule: 'not-regular', message: `"${rel}" is not a regular file` } };
  if (st.nlink > 1) return { problem: { rule: 'hardlink', message: `"${rel}" has ${st.nlink} hard links; another link may be a file outside the model's folder` } };
  // A parent folder may itself be a symlink that leaves the root.
  try {
    const realRoot = await realpath(root);
    const real = await realpath(absolute);
    const r = path.relative(realRoot, real);
    if (r.startsWith('..') || path.isAbsolute(r)) return { problem: { rule: 'symlink', message: `"${rel}" resolves through a symbolic link to ${real}, outside the model's folder` } };
  } catch {
    return { problem: { rule: 'missing', message: `"${rel}" cannot be resolved` } };
  }
  return { file: { absolute, size: st.size } };
}
