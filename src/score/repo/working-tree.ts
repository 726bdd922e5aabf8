import { lstat, open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isSkipped, MAX_FILES, MAX_READ_BYTES, normalizeRelative, SKIPPED_DIRS, type RepoFiles } from './files.js';

/** The checked-out files. Symbolic links are not followed out of the root. */
export class WorkingTree implements RepoFiles {
  readonly live = true;
  readonly label: string;
  private files?: Promise<string[]>;
  /** Files found by the walk: it never descends into symbolic links, so they are inside the root as listed. */
  private walked = new Set<string>();
  private realRoot?: Promise<string>;

  constructor(readonly root: string) {
    this.label = `working tree ${root}`;
  }

  listFiles(): Promise<string[]> {
    this.files ??= this.walk();
    return this.files;
  }

  private async walk(): Promise<string[]> {
    const out: string[] = [];
    const queue: string[] = [''];
    while (queue.length > 0 && out.length < MAX_FILES) {
      const dir = queue.shift() as string;
      let entries;
      try {
        entries = await readdir(path.join(this.root, dir), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const rel = dir === '' ? entry.name : `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name)) queue.push(rel);
        } else if (entry.isFile()) {
          out.push(rel);
          if (out.length >= MAX_FILES) break;
        }
      }
    }
    this.walked = new Set(out);
    return out.sort();
  }

  /** The absolute path when `relative` stays inside the root after resolving symbolic links. */
  private async inside(relative: string): Promise<string | undefined> {
    const rel = normalizeRelative(relative);
    if (rel === undefined) return undefined;
    const absolute = path.join(this.root, rel);
    try {
      this.realRoot ??= realpath(this.root);
      const [real, realRoot] = await Promise.all([realpath(absolute), this.realRoot]);
      const back = path.relative(realRoot, real);
      if (back.startsWith('..') || path.isAbsolute(back)) return undefined;
      return real;
    } catch {
      return undefined;
    }
  }

  async kind(relative: string): Promise<'file' | 'dir' | undefined> {
    const real = await this.inside(relative);
    if (!real) return undefined;
    const s = await stat(real).catch(() => undefined);
    return s?.isFile() ? 'file' : s?.isDirectory() ? 'dir' : undefined;
  }

  async readText(relative: string): Promise<string | undefined> {
    const rel = normalizeRelative(relative);
    // Walked files need no symbolic-link check (hot path: every test file); anything else gets one.
    const real = rel !== undefined && this.walked.has(rel) ? path.join(this.root, rel) : await this.inside(relative);
    if (!real) return undefined;
    const s = await lstat(real).catch(() => undefined);
    if (!s?.isFile()) return undefined;
    if (s.size <= MAX_READ_BYTES) return readFile(real, 'utf8').catch(() => undefined);
    const handle = await open(real, 'r');
    try {
      const buffer = Buffer.alloc(MAX_READ_BYTES);
      await handle.read(buffer, 0, MAX_READ_BYTES, 0);
      return buffer.toString('utf8');
    } finally {
      await handle.close();
    }
  }
}

