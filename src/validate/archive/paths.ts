/**
 * Member-name safety for archives (zip, tar): a name that escapes the extraction folder on any platform
 * is an error, because tools that extract model archives (and `torch.hub`, `tarfile.extractall` before
 * Python 3.14) write where the name says.
 */
export function unsafeMemberPath(name: string): string | null {
  if (name.length === 0) return 'empty member name';
  if (name.includes('\0')) return 'NUL byte in member name';
  if (/[\x01-\x1f\x7f]/.test(name)) return 'control character in member name';
  if (name.startsWith('/') || name.startsWith('\\')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'Windows drive letter';
  if (name.includes('\\')) return 'backslash (a path separator on Windows)';
  if (name.split('/').some((seg) => seg === '..')) return 'parent-directory (`..`) component';
  return null;
}

/** Key under which two names collide on case-insensitive, Unicode-normalising file systems. */
export function collisionKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\/+/g, '/').replace(/^\.\//, '');
}
