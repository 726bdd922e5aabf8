import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MetricSourceError } from './source.js';
import { MAX_METRICS_FILE_BYTES } from './text-file.js';

/**
 * Reads a file as it was at a git ref (`main`, `origin/main`, a tag, a SHA) with `git cat-file`, run through
 * execFile with an argument list: the ref and the path are data, never shell text. Resolves to undefined
 * when the file did not exist at that ref (the first run of a gate), and throws when the ref itself does not
 * resolve, since a typo there must not read as "no baseline yet".
 */
export async function readFileAtRef(file: string, ref: string): Promise<string | undefined> {
  // A ref starting with "-" would be read as an option; control characters and ":" are never part of one.
  if (ref === '' || ref.startsWith('-') || /[\s:\x00-\x1f\x7f]/.test(ref)) {
    throw new MetricSourceError(`"${ref}" is not a valid git ref`, { hint: 'use a branch, tag or commit, e.g. main, origin/main, v1.2.0' });
  }
  // The file's folder may not exist in the working tree (it may exist only at the ref): start from the
  // nearest folder that does, and name the file relative to it.
  let cwd = path.dirname(file);
  while (!existsSync(cwd) && path.dirname(cwd) !== cwd) cwd = path.dirname(cwd);
  const name = path.relative(cwd, file).split(path.sep).join('/');
  let commit: string;
  try {
    commit = (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd)).trim();
  } catch (err) {
    const message = (err as Error).message;
    if (/not a git repository/i.test(message)) throw new MetricSourceError(`cannot read ${file} at ${ref}: ${cwd} is not in a git repository`);
    if ((err as { code?: unknown }).code === 'ENOENT') throw new MetricSourceError('git is not installed: it is needed to read a baseline at a git ref');
    throw new MetricSourceError(`git ref "${ref}" does not resolve to a commit in ${cwd}`, {
      hint: 'fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main) and use e.g. origin/main',
    });
  }
  try {
    // `<commit>:./<name>` is resolved relative to cwd, so the path needs no repository-root arithmetic.
    return await git(['cat-file', 'blob', `${commit}:./${name}`], cwd);
  } catch (err) {
    const message = (err as Error).message;
    if (/does not exist|exists on disk, but not in|not a valid object name|path .* does not exist/i.test(message)) return undefined;
    throw new MetricSourceError(`cannot read ${file} at ${ref}: ${message.split('\n')[0]}`);
  }
}

function git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: MAX_METRICS_FILE_BYTES, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' } }, (err, stdout, stderr) => {
      if (err) {
        const e = new Error(`${stderr || err.message}`.trim()) as Error & { code?: unknown };
        e.code = (err as NodeJS.ErrnoException).code;
        reject(e);
      } else resolve(stdout);
    });
  });
}
