import { execFile } from 'node:child_process';
import path from 'node:path';
import { ModelshipError } from '../core/errors.js';

function git(args: string[], cwd: string, encoding: 'utf8' | 'buffer' = 'utf8'): Promise<string | Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: encoding === 'buffer' ? 'buffer' : 'utf8', maxBuffer: 4 * 2 ** 30 }, (err, stdout, stderr) => {
      if (err) reject(new Error(String(stderr).trim() || err.message));
      else resolve(stdout);
    });
  });
}

/** A ref that git may read: no option-like or control text reaches git's argument list. */
function checkRef(ref: string): void {
  if (ref === '' || ref.startsWith('-') || /[\s\0-\x1f\x7f]/.test(ref) || ref.length > 256) {
    throw new ModelshipError(`"${ref}" is not a usable git ref for --baseline`, { hint: 'a branch, tag or commit, e.g. origin/main or a SHA' });
  }
}

export async function resolveCommit(ref: string, cwd: string): Promise<string> {
  checkRef(ref);
  try {
    return String(await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd)).trim();
  } catch {
    throw new ModelshipError(`--baseline ${ref}: no such commit in ${cwd}`, { hint: 'fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin main)' });
  }
}

export async function headCommit(cwd: string): Promise<string | undefined> {
  try {
    return String(await git(['rev-parse', 'HEAD'], cwd)).trim();
  } catch {
    return undefined;
  }
}

/** The bytes of a file as it was at a commit (no checkout: the working tree is never touched); undefined when the file is not there (a new model). */
export async function fileAtCommit(commit: string, absolutePath: string): Promise<{ rel: string; bytes: Buffer | undefined }> {
  const dir = path.dirname(absolutePath);
  let top: string;
  try {
    top = String(await git(['rev-parse', '--show-toplevel'], dir)).trim();
  } catch {
    throw new ModelshipError(`${absolutePath} is not in a git repository, so it has no baseline commit`);
  }
  const rel = path.relative(top, absolutePath).split(path.sep).join('/');
  try {
    await git(['cat-file', '-e', `${commit}:${rel}`], top);
  } catch {
    return { rel, bytes: undefined };
  }
  return { rel, bytes: (await git(['show', `${commit}:${rel}`], top, 'buffer')) as Buffer };
}
