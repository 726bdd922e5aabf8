import { execFile } from 'node:child_process';
import { ModelshipError } from '../../core/errors.js';
import { isSkipped, MAX_FILES, MAX_READ_BYTES, normalizeRelative, type RepoFiles } from './files.js';

/** Runs git with an argument array (never a shell); resolves stdout as a Buffer. */
export function git(cwd: string, args: string[], maxBuffer = 64 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, stdout, stderr) => {
      if (err) reject(new ModelshipError(`git ${args[0]} failed: ${String(stderr).trim() || err.message}`));
      else resolve(stdout);
    });
  });
}

/** Refs are passed to git as data; refusing option-like and odd values keeps them from being read as flags. */
export function checkRef(ref: string): string {
  if (!/^[A-Za-z0-9._\/@^~{}-]+$/.test(ref) || ref.startsWith('-') || ref.includes('..')) {
    throw new ModelshipError(`"${ref}" is not a git ref Modelship accepts`, { hint: 'use a branch, tag or commit SHA such as origin/main' });
  }
  return ref;
}

/** The files of a commit, read with `git ls-tree` and `git show` without touching the working tree. */
export class GitTree implements RepoFiles {
  readonly live = false;
  readonly label: string;
  private files?: Promise<string[]>;
  private dirs?: Set<string>;

  private constructor(readonly root: string, private readonly commit: string, ref: string) {
    this.label = `git ref ${ref}`;
  }

  /** Resolves `ref` to a commit first, so a missing ref is one clear error. */
  static async open(root: string, ref: string): Promise<GitTree> {
    checkRef(ref);
    let commit: string;
    try {
      commit = (await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).toString('utf8').trim();
    } catch {
      throw new ModelshipError(`git ref "${ref}" was not found in ${root}`, {
        hint: 'fetch it first (actions/checkout with fetch-depth: 0), or pass a base report instead',
      });
    }
    return new GitTree(root, commit, ref);
  }

  listFiles(): Promise<string[]> {
    this.files ??= git(this.root, ['ls-tree', '-r', '-z', '--name-only', this.commit]).then((out) => {
      const all = out.toString('utf8').split('\0').filter((f) => f !== '');
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
      const out = await git(this.root, ['show', `${this.commit}:./${rel}`], MAX_READ_BYTES * 2);
      return out.subarray(0, MAX_READ_BYTES).toString('utf8');
    } catch {
      return undefined;
    }
  }
}
