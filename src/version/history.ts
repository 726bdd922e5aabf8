import { readFile } from 'node:fs/promises';
import { parseConfig, type LoadedConfig } from '../core/config.js';
import { GitTree, type Git } from '../core/git/index.js';

/** A commit since a model's last release, with the files it changed (for attributing it to models). */
export interface LoggedCommit {
  sha: string;
  message: string;
}

/**
 * What planning versions reads from git, read once per repository and shared by every model: the tags'
 * commits (one for-each-ref), each commit's tree (one ls-tree of the whole tree when many models are
 * planned), modelship.yml as committed at each release, and the commits since each release (one log per
 * distinct release commit, not one per model). A monorepo of 200 models then costs a handful of git
 * processes instead of five per model (bench/version.bench.ts measures 200 against 20 models).
 */
export class RepositoryHistory {
  private tagCommitsPromise?: Promise<Map<string, string | undefined>>;
  private readonly trees = new Map<string, GitTree>();
  private readonly configs = new Map<string, Promise<LoadedConfig | undefined>>();
  private readonly logs = new Map<string, Promise<Array<LoggedCommit & { files: string[] }>>>();
  private statusPromise?: Promise<string[]>;
  private trackedStatusPromise?: Promise<string[]>;

  /** `many`: several models are planned in this run, so whole-tree listings and whole-range logs pay off. */
  constructor(
    private readonly git: Git,
    private readonly many: boolean,
  ) {}

  /** The commit a tag names, or undefined when it names none (or a tree or blob). */
  async tagCommit(tag: string): Promise<string | undefined> {
    if (!this.many) return this.git.commitOf(`refs/tags/${tag}`);
    this.tagCommitsPromise ??= this.git.tagCommits();
    const commits = await this.tagCommitsPromise;
    // A tag made after the listing (by this run's releases) is asked of git itself.
    return commits.has(tag) ? commits.get(tag) : this.git.commitOf(`refs/tags/${tag}`);
  }

  tree(commit: string): GitTree {
    let tree = this.trees.get(commit);
    if (!tree) {
      tree = new GitTree(this.git, commit);
      if (this.many) tree.preload();
      this.trees.set(commit, tree);
    }
    return tree;
  }

  /** Reads the small files (up to 256 KiB) at or under `paths` in `commit` with one git process. */
  async prefetch(commit: string, paths: string[]): Promise<void> {
    const tree = this.tree(commit);
    const files = await tree.files(paths);
    await tree.prefetch(files.filter((f) => f.size <= 256 * 1024).map((f) => f.oid));
  }

  /** modelship.yml as committed at `commit`, parsed once; undefined when missing or not valid there. */
  configAt(commit: string, configFile: string, current: LoadedConfig, env: NodeJS.ProcessEnv): Promise<LoadedConfig | undefined> {
    const key = `${commit}:${configFile}`;
    let config = this.configs.get(key);
    if (!config) {
      const displayName = current.file;
      config = (async () => {
        const text = await this.tree(commit).readPath(configFile);
        if (text === undefined) return undefined;
        // Unchanged since the release (the usual case in a monorepo) and free of variables: the file read at
        // start is the same configuration, and parsing a large one again costs more than everything else here.
        const now = await readFile(current.file).catch(() => undefined);
        if (now !== undefined && now.equals(text) && !text.includes('${')) return current;
        try {
          return parseConfig(text.toString('utf8'), `${displayName}@${commit.slice(0, 12)}`, { env });
        } catch {
          // An old file the current schema rejects (or that used variables no longer set).
          return undefined;
        }
      })();
      this.configs.set(key, config);
    }
    return config;
  }

  /**
   * Non-merge commits in `base..HEAD` that changed any of `paths` (a file, or a folder and everything in it),
   * newest first. `--full-history` makes the answer the same whether one model's paths or the whole range
   * is logged: every commit that changed one of the files counts, also on a merged side branch.
   */
  async commitsSince(base: string, paths: string[]): Promise<LoggedCommit[]> {
    if (paths.length === 0) return [];
    if (!this.many) {
      const out = await this.git.text(['log', '--no-merges', '--full-history', '--format=%H%x00%B%x1e', `${base}..HEAD`, '--', ...paths]);
      return out
        .split('\x1e')
        .map((record) => record.replace(/^\n+/, ''))
        .filter((record) => record !== '')
        .map((record) => {
          const [sha, message = ''] = record.split('\0');
          return { sha, message };
        });
    }
    let log = this.logs.get(base);
    if (!log) {
      log = this.git.text(['log', '-z', '--no-merges', '--no-renames', '--name-only', '--format=%x00%x00COMMIT%x00%H%x00%B', `${base}..HEAD`]).then(parseNameOnlyLog);
      this.logs.set(base, log);
    }
    const folders = paths.map((p) => `${p.replace(/\/+$/, '')}/`);
    const exact = new Set(paths);
    return (await log).filter((c) => c.files.some((f) => exact.has(f) || folders.some((d) => f.startsWith(d)))).map(({ sha, message }) => ({ sha, message }));
  }

  /**
   * Uncommitted changes (modified, staged, deleted, untracked files) at or under `paths`, or tracked changes
   * anywhere when `paths` is not given. With many models, one `git status` of the whole tree answers them all.
   */
  async uncommitted(paths?: string[]): Promise<string[]> {
    const parse = (out: string) => out.split('\0').filter((r) => /^.. /.test(r)).map((r) => r.slice(3));
    if (paths === undefined) {
      const tracked = () => this.git.text(['status', '--porcelain=v1', '-z', '--untracked-files=no']).then(parse);
      if (!this.many) return tracked();
      this.trackedStatusPromise ??= tracked();
      return this.trackedStatusPromise;
    }
    if (!this.many) return parse(await this.git.text(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...paths]));
    this.statusPromise ??= this.git.text(['status', '--porcelain=v1', '-z', '--untracked-files=all']).then(parse);
    const all = await this.statusPromise;
    return all.filter((f) => paths.some((p) => f === p || f.startsWith(`${p.replace(/\/+$/, '')}/`)));
  }
}

/**
 * Parses `git log -z --name-only --format=%x00%x00COMMIT%x00%H%x00%B`: split on NUL (which neither a path
 * nor a message can hold), a commit starts at the tokens "", "", "COMMIT" (no path is empty), followed by
 * its sha and message; the tokens up to the next commit are the files it changed.
 */
export function parseNameOnlyLog(out: string): Array<LoggedCommit & { files: string[] }> {
  const tokens = out.split('\0');
  const commits: Array<LoggedCommit & { files: string[] }> = [];
  let current: (LoggedCommit & { files: string[] }) | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'COMMIT' && i >= 2 && tokens[i - 1] === '' && tokens[i - 2].replace(/^\n/, '') === '' && i + 2 < tokens.length) {
      current = { sha: tokens[i + 1], message: tokens[i + 2], files: [] };
      commits.push(current);
      i += 2;
      continue;
    }
    const file = tokens[i].replace(/^\n/, '');
    if (current && file !== '') current.files.push(file);
  }
  return commits;
}
