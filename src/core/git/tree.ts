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
  /** The whole tree's files, sorted by path, once `preload()` asked for them. */
  private listing?: Promise<TreeFile[]>;
  /** Blob reads and hashes by id: a blob's content never changes, and a release reads each twice (rehearsal, then for real). */
  private readonly reads = new Map<string, Promise<Buffer>>();
  private readonly hashes = new Map<string, Promise<string>>();

  constructor(readonly git: Git, readonly commit: string) {}

  /**
   * Lists every file of the commit once (one `ls-tree` for the whole tree), so later `files()` calls are
   * answered from memory: for work over many models of one commit, where a process per model dominates.
   */
  preload(): this {
    this.listing ??= this.listAll();
    return this;
  }

  private async listAll(): Promise<TreeFile[]> {
    const out = await this.git.run(['ls-tree', '-r', '-z', '-l', '--full-tree', this.commit]);
    if (out.code !== 0) throw new GitError(['ls-tree'], out.code, out.stderr);
    return parseLsTreeLong(out.stdout).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

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
    if (this.listing) return filesUnder(await this.listing, paths);
    const out = await this.git.run(['ls-tree', '-r', '-z', '-l', '--full-tree', this.commit, '--', ...paths]);
    if (out.code !== 0) throw new GitError(['ls-tree'], out.code, out.stderr);
    // A path given as "a/b" must not match "a/bc": ls-tree matches path prefixes at component bounds already,
    // but keep only exact files and folder members to be explicit.
    return parseLsTreeLong(out.stdout).filter((f) => paths.some((p) => f.path === p || f.path.startsWith(`${p.replace(/\/+$/, '')}/`)));
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
    if (this.listing) {
      // The listing names each path's blob: read them by id (prefetched ones are already in memory).
      const files = new Map((await this.files(asked)).map((f) => [f.path, f]));
      const present = asked.filter((p) => files.has(p));
      await this.prefetch(present.map((p) => files.get(p)!.oid));
      for (const p of present) result.set(p, await this.read(files.get(p)!.oid));
      return result;
    }
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

  /**
   * Reads many blobs into memory with one `git cat-file --batch`, so later `read()` and `sha256()` of them
   * start no process: for the small files (cards, metrics, small models) of many models at once.
   */
  async prefetch(oids: string[]): Promise<void> {
    const wanted = [...new Set(oids)].filter((oid) => /^[0-9a-f]{40,64}$/.test(oid) && !this.reads.has(oid));
    if (wanted.length === 0) return;
    const r = await this.git.run(['cat-file', '--batch'], { input: wanted.map((oid) => `${oid}\n`).join('') });
    if (r.code !== 0) return; // a hint only: each read() asks git again and reports its own error
    parseBatch(r.stdout, wanted.length).forEach((reply, i) => {
      if (reply?.type === 'blob') this.reads.set(wanted[i], Promise.resolve(reply.content));
    });
  }

  /** The content of a blob already read or prefetched, or undefined: lets a reader skip git and the disk. */
  inMemory(oid: string): Promise<Buffer> | undefined {
    return this.reads.get(oid);
  }

  /** A blob's content in memory: for small files (cards, metrics, configuration). */
  read(oid: string): Promise<Buffer> {
    let read = this.reads.get(oid);
    if (!read) {
      read = this.git.run(['cat-file', 'blob', oid]).then((r) => {
        if (r.code !== 0) throw new GitError(['cat-file'], r.code, r.stderr);
        return r.stdout;
      });
      read.catch(() => this.reads.delete(oid));
      this.reads.set(oid, read);
    }
    return read;
  }

  /** sha256 of a blob, streamed (models can be larger than memory). */
  sha256(oid: string): Promise<string> {
    let sha = this.hashes.get(oid);
    const read = this.reads.get(oid);
    if (!sha && read) {
      // Already in memory (a small file read or prefetched): hash it there, no process.
      sha = read.then((content) => createHash('sha256').update(content).digest('hex'));
      this.hashes.set(oid, sha);
    }
    if (!sha) {
      const hash = createHash('sha256');
      sha = this.git.run(['cat-file', 'blob', oid], { onStdout: (c) => hash.update(c) }).then((r) => {
        if (r.code !== 0) throw new GitError(['cat-file'], r.code, r.stderr);
        return hash.digest('hex');
      });
      sha.catch(() => this.hashes.delete(oid));
      this.hashes.set(oid, sha);
    }
    return sha;
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

/** Blobs of `ls-tree -r -z -l` output: "<mode> SP <type> SP <oid> SP+ <size> TAB <path>" records; submodules skipped. */
function parseLsTreeLong(stdout: Buffer): TreeFile[] {
  const files: TreeFile[] = [];
  for (const record of stdout.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    const [, type, oid, size] = record.slice(0, tab).split(/ +/);
    if (type !== 'blob') continue;
    files.push({ path: record.slice(tab + 1), oid, size: Number(size) });
  }
  return files;
}

/** Files equal to or under each path, from a listing sorted by path: two binary searches per path. */
function filesUnder(sorted: TreeFile[], paths: string[]): TreeFile[] {
  const lowerBound = (key: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid].path < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const found = new Map<string, TreeFile>();
  for (const raw of paths) {
    const p = raw.replace(/\/+$/, '');
    // "a/b/" names a folder only, as in ls-tree: the file a/b does not match it.
    const exact = sorted[lowerBound(raw)];
    if (exact?.path === raw) found.set(raw, exact);
    // Every path starting with "p/" sorts between "p/" and "p0" ('0' follows '/').
    for (let i = lowerBound(`${p}/`); i < sorted.length && sorted[i].path.startsWith(`${p}/`); i++) found.set(sorted[i].path, sorted[i]);
  }
  // Sorted by path (close to ls-tree's order; callers that care sort by their own key).
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
