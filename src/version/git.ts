import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { ExitCode, ModelshipError } from '../core/errors.js';

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

/**
 * Runs git with an argument array (never a shell), in one folder, with a predictable environment:
 * no prompts (a missing credential fails instead of hanging a CI job), C locale, no pager, and literal
 * pathspecs so a configured path like `:(exclude)x` or `*` is only ever a file name.
 */
export class Git {
  constructor(readonly cwd: string, private readonly baseEnv: NodeJS.ProcessEnv = process.env) {}

  run(args: string[], options: { input?: string | Buffer; onStdout?: (chunk: Buffer) => void; pipeTo?: Writable } = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['--literal-pathspecs', '-c', 'core.quotepath=false', ...args], {
        cwd: this.cwd,
        env: { ...this.baseEnv, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
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

  /** The commit a revision names, or undefined when it names none. */
  async commitOf(rev: string): Promise<string | undefined> {
    const r = await this.run(['rev-parse', '-q', '--verify', '--end-of-options', `${rev}^{commit}`]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
  }

  /** Every tag name in the repository. */
  async tags(): Promise<string[]> {
    const out = await this.text(['for-each-ref', '--format=%(refname:strip=2)', 'refs/tags']);
    return out.split('\n').filter(Boolean);
  }
}

/** Opens the repository holding `dir`: its top folder, HEAD (undefined before the first commit), shallowness. */
export async function openGit(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<{ git: Git; toplevel: string; head?: string; shallow: boolean }> {
  const probe = new Git(dir, env);
  // One process for the three answers (each git start costs tens of ms on a busy runner).
  const r = await probe.run(['rev-parse', '--show-toplevel', '--is-shallow-repository', '--verify', '-q', 'HEAD^{commit}']);
  const lines = r.stdout.toString('utf8').split('\n');
  if (r.code === 0 && lines.length >= 3) return { git: new Git(lines[0], env), toplevel: lines[0], shallow: lines[1] === 'true', head: lines[2] };
  const top = await probe.run(['rev-parse', '--show-toplevel']);
  if (top.code !== 0 || top.stdout.length === 0) {
    throw new ModelshipError(`${dir} is not inside a git repository`, { hint: 'versions come from git tags: run modelship version in a clone (git init for a new project)' });
  }
  const toplevel = top.stdout.toString('utf8').trim();
  return { git: new Git(toplevel, env), toplevel, shallow: false, head: undefined };
}
