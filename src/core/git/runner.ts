import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { ExitCode, ModelshipError } from '../errors.js';
import { assertSafeRef } from './refs.js';

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** A git command failed; the message is git's own (with any credentials in URLs removed). */
export class GitError extends ModelshipError {
  constructor(readonly args: string[], readonly code: number, readonly stderr: string, options: { hint?: string; exitCode?: ExitCode } = {}) {
    super(`git ${args[0] ?? ''} failed (exit ${code}): ${redactUrls(stderr).trim() || 'no message'}`, { exitCode: options.exitCode ?? ExitCode.Failed, hint: options.hint });
    this.name = 'GitError';
  }
}

/** Removes `user:secret@` from URLs: git echoes remote URLs in errors, and a token must never be printed. */
export function redactUrls(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1***@');
}

/** A folder (or a file's folder) that no git repository holds. */
export class NotInRepositoryError extends ModelshipError {
  constructor(readonly dir: string, message: string) {
    super(message, { hint: 'run it in a clone of the repository (git init for a new project)' });
    this.name = 'NotInRepositoryError';
  }
}

export interface GitRunOptions {
  input?: string | Buffer;
  /** Receives stdout as it arrives (then it is not collected into the result). */
  onStdout?: (chunk: Buffer) => void;
  /** Streams stdout into a sink with backpressure (then it is not collected into the result). */
  pipeTo?: Writable;
}

/**
 * What starts git: the one seam tests replace (a fake answers from a table instead of a process). Only
 * `spawnGit` below starts a real process; nothing else in the source tree may.
 */
export interface GitRunner {
  run(cwd: string, args: string[], env: NodeJS.ProcessEnv, options: GitRunOptions): Promise<GitResult>;
  /**
   * Starts a git that keeps reading requests from stdin (`cat-file --batch`), so a run asks one process many
   * questions. Optional: a runner without it (a test's fake) is asked one `run` per question instead.
   */
  open?(cwd: string, args: string[], env: NodeJS.ProcessEnv): GitPipe;
}

/** A running git fed line by line: what it prints arrives in order; `end` closes its stdin (it then exits). */
export interface GitPipe {
  write(text: string): void;
  onStdout(listener: (chunk: Buffer) => void): void;
  /** Once, when the process has exited (or could not start: code -1 and the reason). */
  onExit(listener: (code: number, stderr: string) => void): void;
  end(): void;
}

function gitEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
}
const GIT_PREFIX = ['--literal-pathspecs', '-c', 'core.quotepath=false'];

/**
 * Runs git with an argument array (never a shell), with a predictable environment: no prompts (a missing
 * credential fails instead of hanging a CI job), C locale, no pager, no optional locks, and literal
 * pathspecs so a configured path like `:(exclude)x` or `*` is only ever a file name.
 */
export const spawnGit: GitRunner = {
  run(cwd, args, env, options) {
    return new Promise((resolve, reject) => {
      const child = spawn('git', [...GIT_PREFIX, ...args], { cwd, env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let err = '';
      // pipe() applies backpressure, so a multi-GB blob streams to disk without piling up in memory.
      if (options.pipeTo) child.stdout.pipe(options.pipeTo);
      child.stdout.on('data', (c: Buffer) => (options.onStdout ? options.onStdout(c) : options.pipeTo ? undefined : out.push(c)));
      child.stderr.on('data', (c: Buffer) => {
        if (err.length < 64 * 1024) err += c.toString('utf8');
      });
      child.on('error', (e) =>
        reject(new ModelshipError(`cannot run git: ${e.message}`, { hint: 'install git and make sure it is on PATH' })),
      );
      child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: err }));
      child.stdin.on('error', () => {});
      child.stdin.end(options.input ?? '');
    });
  },
  open(cwd, args, env) {
    const child = spawn('git', [...GIT_PREFIX, ...args], { cwd, env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    let exited: ((code: number, stderr: string) => void) | undefined;
    let exit: [number, string] | undefined;
    const finish = (code: number, stderr: string) => {
      if (exit) return;
      exit = [code, stderr];
      exited?.(code, stderr);
    };
    child.stderr.on('data', (c: Buffer) => {
      if (err.length < 64 * 1024) err += c.toString('utf8');
    });
    child.on('error', (e) => finish(-1, `cannot run git: ${e.message}`));
    child.on('close', (code) => finish(code ?? 1, err));
    child.stdin.on('error', () => {});
    return {
      write: (text) => void child.stdin.write(text),
      onStdout: (listener) => void child.stdout.on('data', listener),
      onExit: (listener) => {
        exited = listener;
        if (exit) listener(...exit);
      },
      end: () => void child.stdin.end(),
    };
  },
};

/** git in one folder (the repository's top folder, or any folder inside it). */
export class Git {
  constructor(
    readonly cwd: string,
    private readonly baseEnv: NodeJS.ProcessEnv = process.env,
    private readonly runner: GitRunner = spawnGit,
  ) {}

  run(args: string[], options: GitRunOptions = {}): Promise<GitResult> {
    return this.runner.run(this.cwd, args, this.baseEnv, options);
  }

  /** A long-running git fed line by line, or undefined when the runner cannot start one (see GitRunner.open). */
  open(args: string[]): GitPipe | undefined {
    return this.runner.open?.(this.cwd, args, this.baseEnv);
  }

  /** The same runner and environment in another folder. */
  in(cwd: string): Git {
    return new Git(cwd, this.baseEnv, this.runner);
  }

  /** stdout as text; throws GitError on a non-zero exit. */
  async text(args: string[], options: { input?: string; hint?: string } = {}): Promise<string> {
    const r = await this.run(args, { input: options.input });
    if (r.code !== 0) throw new GitError(args, r.code, r.stderr, { hint: options.hint });
    return r.stdout.toString('utf8');
  }

  /** True when the command exits 0 (for questions such as "does this ref exist?"). */
  async succeeds(args: string[]): Promise<boolean> {
    return (await this.run(args)).code === 0;
  }

  /**
   * The commit a revision names, or undefined when it names none. The revision must pass assertSafeRef
   * (an unsafe one throws UnsafeRefError), so a ref from a user, a payload or a config file is checked once, here.
   */
  async commitOf(rev: string): Promise<string | undefined> {
    assertSafeRef(rev);
    const r = await this.run(['rev-parse', '-q', '--verify', '--end-of-options', `${rev}^{commit}`]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
  }

  /**
   * Every tag with the commit it names (undefined for a tag of a tree or blob), in one process: the
   * peeled object of an annotated tag comes from `%(*objectname)`. A tag of a tag (rare) is resolved
   * by rev-parse, like commitOf.
   */
  async tagCommits(): Promise<Map<string, string | undefined>> {
    const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)', 'refs/tags']);
    const commits = new Map<string, string | undefined>();
    for (const line of out.split('\n')) {
      if (line === '') continue;
      const [name, type, oid, peeledType, peeled] = line.split('\0');
      if (type === 'commit') commits.set(name, oid);
      else if (type === 'tag' && peeledType === 'commit') commits.set(name, peeled);
      else if (type === 'tag' && peeledType === 'tag') commits.set(name, await this.commitOf(`refs/tags/${name}`).catch(() => undefined));
      else commits.set(name, undefined);
    }
    return commits;
  }

  /** Every tag name in the repository. */
  async tags(): Promise<string[]> {
    const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
    return out.split('\n').filter(Boolean);
  }
}

/** Opens the repository holding `dir`: its top folder, HEAD (undefined before the first commit), shallowness. */
export async function openGit(dir: string, env: NodeJS.ProcessEnv = process.env, runner: GitRunner = spawnGit): Promise<{ git: Git; toplevel: string; head?: string; shallow: boolean }> {
  const probe = new Git(dir, env, runner);
  // One process for the three answers (each git start costs tens of ms on a busy runner).
  const r = await probe.run(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--verify', '-q', 'HEAD^{commit}']);
  const lines = r.stdout.toString('utf8').split('\n');
  if (r.code === 0 && lines.length >= 3) return { git: probe.in(lines[0]), toplevel: lines[0], shallow: lines[1] === 'true', head: lines[2] };
  const top = await probe.run(['rev-parse', '--show-toplevel']);
  if (top.code !== 0 || top.stdout.length === 0) {
    throw new NotInRepositoryError(dir, `${dir} is not inside a git repository`);
  }
  const toplevel = top.stdout.toString('utf8').trim();
  return { git: probe.in(toplevel), toplevel, shallow: false, head: undefined };
}
