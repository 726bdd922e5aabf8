import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GitError, type Git } from './git.js';

/** One file of a commit's tree. */
export interface TreeFile {
  /** Repository-relative, `/`-separated. */
  path: string;
  /** Git blob id: equal ids mean equal content, without reading either. */
  oid: string;
  size: number;
}

/**
 * Read-only view of one commit's files, by git plumbing. Reading models from the object store instead of
 * checking the old version out leaves the working tree alone, and comparing blob ids skips every file
 * that did not change without reading a byte of it.
 */
export class GitTree {
  constructor(readonly git: Git, readonly commit: string) {}

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

/** A Git LFS pointer file's sha256 (the real content's), or undefined when the blob is not a pointer. */
export function lfsPointerSha256(content: Buffer): string | undefined {
  if (content.length > 1024) return undefined;
  const text = content.toString('utf8');
  if (!text.startsWith('version https://git-lfs.github.com/spec/')) return undefined;
  return /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
}
