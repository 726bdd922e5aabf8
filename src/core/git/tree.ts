import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assertSafeRef } from './refs.js';
import { GitError, type Git } from './runner.js';

/** One file of a commit's tree. */
export interface TreeFile {
  /** Repository-relative, `/`-separated. */
  path: string;
  /** Git blob id: equal ids mean equal content, without reading either. */
  oid: string;
  size: number;
}

/** One entry of `git ls-tree -r`: a blob (file or symlink) or, for a submodule, a commit. */
export interface TreeEntry {
  path: string;
  type: 'blob' | 'commit';
  oid: string;
}

/**
 * Read-only view of one commit's files, by git plumbing. Reading models from the object store instead of
 * checking the old version out leaves the working tree alone, and comparing blob ids skips every file
 * that did not change without reading a byte of it.
 */
export class GitTree {
  constructor(readonly git: Git, readonly commit: string) {}

  /**
   * The tree of the commit `ref` names (a branch, tag or SHA, checked by assertSafeRef first, so an unsafe
   * ref throws UnsafeRefError), or undefined when it names no commit here.
   */
  static async at(git: Git, ref: string): Promise<GitTree | undefined> {
    const commit = await git.commitOf(assertSafeRef(ref));
    return commit === undefined ? undefined : new GitTree(git, commit);
  }

  /** Files at or under each path (a file or a folder); missing paths give nothing. Submodules are skipped. */
  async files(paths: string[]): Promise<TreeFile[]> {
    if (paths.length === 0) return [];
    const out = await this.git.run(['ls-tree', '-r', '-z', '-l', '--full-tree', this.commit, '--', ...paths]);
    if (out.code !== 0) throw new GitError(['ls-tree'], out.code, out.stderr);
    const files: TreeFile[] = [];
    for (const record of out.stdout.toString('utf8').split('\0')) {
      if (record === '') continue;
      // "<mode> SP <type> SP <oid> SP+ <size> TAB <path>"
      const tab = record.indexOf('\t');
      const [, type, oid, size] = record.slice(0, tab).split(/ +/);
      if (type !== 'blob') continue;
      files.push({ path: record.slice(tab + 1), oid, size: Number(size) });
    }
    // A path given as "a/b" must not match "a/bc": ls-tree matches path prefixes at component bounds already,
    // but keep only exact files and folder members to be explicit.
    return files.filter((f) => paths.some((p) => f.path === p || f.path.startsWith(`${p.replace(/\/+$/, '')}/`)));
  }

  async file(p: string): Promise<TreeFile | undefined> {
    return (await this.files([p])).find((f) => f.path === p);
  }

  /** Every entry of the whole tree (files, symlinks and submodules), in git's order. */
  async entries(): Promise<TreeEntry[]> {
    const out = await this.git.run(['ls-tree', '-r', '-z', '--full-tree', this.commit]);
    if (out.code !== 0) throw new GitError(['ls-tree'], out.code, out.stderr);
    const entries: TreeEntry[] = [];
    for (const record of out.stdout.toString('utf8').split('\0')) {
      if (record === '') continue;
      // "<mode> SP <type> SP <oid> TAB <path>"
      const tab = record.indexOf('\t');
      const [, type, oid] = record.slice(0, tab).split(' ');
      if (type === 'blob' || type === 'commit') entries.push({ path: record.slice(tab + 1), type, oid });
    }
    return entries;
  }

  /**
   * The content of the file at a repository-relative path, or undefined when the commit has no file there
   * (missing, or a folder). One git process for all paths (`git cat-file --batch`), not one per file.
   */
  async readPaths(paths: string[]): Promise<Map<string, Buffer | undefined>> {
    const result = new Map<string, Buffer | undefined>();
    // The batch protocol is line-based: a path with a newline (or a NUL) cannot be asked for, so it has no content here.
    const asked = [...new Set(paths)].filter((p) => !/[\n\0]/.test(p) && p !== '');
    for (const p of paths) result.set(p, undefined);
    if (asked.length === 0) return result;
    const r = await this.git.run(['cat-file', '--batch'], { input: asked.map((p) => `${this.commit}:${p}\n`).join('') });
    if (r.code !== 0) throw new GitError(['cat-file'], r.code, r.stderr);
    const replies = parseBatch(r.stdout, asked.length);
    asked.forEach((p, i) => result.set(p, replies[i]?.type === 'blob' ? replies[i].content : undefined));
    return result;
  }

  /** The content of one file at a repository-relative path, or undefined when the commit has none there. */
  async readPath(p: string): Promise<Buffer | undefined> {
    return (await this.readPaths([p])).get(p);
  }

  /** A blob's content in memory: for small files (cards, metrics, configuration). */
  async read(oid: string): Promise<Buffer> {
    const r = await this.git.run(['cat-file', 'blob', oid]);
    if (r.code !== 0) throw new GitError(['cat-file'], r.code, r.stderr);
    return r.stdout;
  }

  /** sha256 of a blob, streamed (models can be larger than memory). */
  async sha256(oid: string): Promise<string> {
    const hash = createHash('sha256');
    const r = await this.git.run(['cat-file', 'blob', oid], { onStdout: (c) => hash.update(c) });
    if (r.code !== 0) throw new GitError(['cat-file'], r.code, r.stderr);
    return hash.digest('hex');
  }

  /** Streams a blob into a temporary file (for readers that need random access), hashing it on the way. */
  async withTempFile<T>(oid: string, use: (file: string, sha256: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-blob-'));
    const file = path.join(dir, 'blob');
    try {
      const hash = createHash('sha256');
      const sink = createWriteStream(file);
      let failed: Error | undefined;
      sink.on('error', (e) => (failed = e));
      const finished = new Promise<void>((resolve) => sink.on('close', () => resolve()));
      const r = await this.git.run(['cat-file', 'blob', oid], { onStdout: (c) => hash.update(c), pipeTo: sink });
      await finished;
      if (failed) throw failed;
      if (r.code !== 0) throw new GitError(['cat-file'], r.code, r.stderr);
      return await use(file, hash.digest('hex'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/**
 * Splits `git cat-file --batch` output into its replies, in order: "<oid> SP <type> SP <size> LF <content> LF"
 * for an object, "<name> SP missing LF" (or "ambiguous") for none. Content is counted by size, never scanned
 * for newlines, so binary files are read exactly.
 */
export function parseBatch(out: Buffer, expected: number): Array<{ type: string; content: Buffer } | undefined> {
  const replies: Array<{ type: string; content: Buffer } | undefined> = [];
  let at = 0;
  while (replies.length < expected) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) throw new GitError(['cat-file'], 0, `truncated --batch output after ${replies.length} of ${expected} replies`);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const m = /^[0-9a-f]{40,64} (\S+) (\d+)$/.exec(header);
    if (!m) {
      replies.push(undefined); // "<name> missing" / "<name> ambiguous"
      continue;
    }
    const size = Number(m[2]);
    if (at + size > out.length) throw new GitError(['cat-file'], 0, `truncated --batch output: ${header}`);
    replies.push({ type: m[1], content: out.subarray(at, at + size) });
    at += size + 1;
  }
  return replies;
}
