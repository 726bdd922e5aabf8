import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  Git,
  GitError,
  GitTree,
  NotInRepositoryError,
  openGit,
  parseBatch,
  readFileAtRef,
  RefNotFoundError,
  repositoryOf,
  spawnGit,
  UnsafeRefError,
  type GitResult,
  type GitRunner,
} from '../../../src/core/git/index.js';

/** A fake runner: answers from a function and records every command it was asked to run. */
function fakeRunner(answer: (args: string[]) => Partial<GitResult> = () => ({})): GitRunner & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async run(_cwd, args) {
      calls.push(args);
      return { code: 0, stdout: Buffer.alloc(0), stderr: '', ...answer(args) };
    },
  };
}

/** The real runner, counting processes. */
function countingRunner(): GitRunner & { count: number } {
  const runner = {
    count: 0,
    run(...a: Parameters<GitRunner['run']>) {
      runner.count++;
      return spawnGit.run(...a);
    },
  };
  return runner;
}

const sh = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

let repo: string;
let first: string;
let second: string;
const binary = Buffer.from([0, 1, 2, 10, 255, 10, 10, 0x0d, 0]);

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'ms-core-git-'));
  sh(repo, 'init', '-q', '-b', 'main');
  sh(repo, 'config', 'user.name', 'Test');
  sh(repo, 'config', 'user.email', 'test@example.com');
  sh(repo, 'config', 'commit.gpgsign', 'false');
  mkdirSync(path.join(repo, 'models/iris'), { recursive: true });
  writeFileSync(path.join(repo, 'models/iris/model.bin'), binary);
  writeFileSync(path.join(repo, 'models/iris/metrics.json'), '{"accuracy": 0.9}\n');
  writeFileSync(path.join(repo, 'with space.txt'), 'spaced\n');
  writeFileSync(path.join(repo, 'empty.txt'), '');
  writeFileSync(path.join(repo, ':(exclude)x'), 'magic-looking name\n');
  sh(repo, 'add', '-A');
  sh(repo, 'commit', '-q', '-m', 'first');
  first = sh(repo, 'rev-parse', 'HEAD');
  sh(repo, 'tag', 'v1');
  rmSync(path.join(repo, 'models'), { recursive: true });
  sh(repo, 'add', '-A');
  sh(repo, 'commit', '-q', '-m', 'second: the models folder is gone from the working tree');
  second = sh(repo, 'rev-parse', 'HEAD');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('Git (the runner behind a fakeable interface)', () => {
  it('asks git for a commit with --end-of-options, and never runs git for an unsafe ref', async () => {
    const runner = fakeRunner((args) => ({ stdout: Buffer.from(args.includes('main^{commit}') ? `${'a'.repeat(40)}\n` : '') }));
    const git = new Git('/nowhere', {}, runner);
    expect(await git.commitOf('main')).toBe('a'.repeat(40));
    expect(runner.calls).toEqual([['rev-parse', '-q', '--verify', '--end-of-options', 'main^{commit}']]);
    for (const bad of ['--output=/tmp/x', 'HEAD:secret', 'a..b', 'x\n-y']) await expect(git.commitOf(bad)).rejects.toBeInstanceOf(UnsafeRefError);
    expect(runner.calls).toHaveLength(1);
  });

  it('reports a failing command with git\'s message, credentials in URLs removed', async () => {
    const git = new Git('/nowhere', {}, fakeRunner(() => ({ code: 128, stderr: "fatal: unable to access 'https://x-access-token:ghs_SECRET@github.com/o/r/'" })));
    const err = await git.text(['ls-remote', 'origin']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as Error).message).toContain('https://***@github.com/o/r/');
    expect((err as Error).message).not.toContain('SECRET');
  });

  it('runs real git with literal pathspecs: a file named like pathspec magic is only a file name', async () => {
    const out = await new Git(repo).text(['ls-files', '--', ':(exclude)x']);
    expect(out.trim()).toBe(':(exclude)x');
  });

  it('tells a missing git binary apart from a failing command', async () => {
    const git = new Git(repo, { ...process.env, PATH: path.join(repo, 'no-bin-here') });
    await expect(git.run(['status'])).rejects.toThrow(/cannot run git/);
  });
});

describe('GitTree', () => {
  it('opens the tree a ref names; a ref that names nothing is undefined, an unsafe one throws', async () => {
    const git = new Git(repo);
    expect((await GitTree.at(git, 'v1'))?.commit).toBe(first);
    expect((await GitTree.at(git, 'HEAD~1'))?.commit).toBe(first);
    expect(await GitTree.at(git, 'no-such-branch')).toBeUndefined();
    await expect(GitTree.at(git, '-c')).rejects.toBeInstanceOf(UnsafeRefError);
    await expect(GitTree.at(git, `${first}:models`)).rejects.toBeInstanceOf(UnsafeRefError);
  });

  it('lists files and reads many of them in one git process, byte for byte', async () => {
    const runner = countingRunner();
    const tree = new GitTree(new Git(repo, process.env, runner), first);
    expect((await tree.entries()).map((e) => e.path).sort()).toEqual([':(exclude)x', 'empty.txt', 'models/iris/metrics.json', 'models/iris/model.bin', 'with space.txt']);
    expect((await tree.files(['models/iris'])).map((f) => [f.path, f.size])).toEqual([['models/iris/metrics.json', 18], ['models/iris/model.bin', binary.length]]);
    runner.count = 0;
    const read = await tree.readPaths(['models/iris/model.bin', 'with space.txt', 'empty.txt', 'models/iris', 'missing.txt', 'bad\nname', ':(exclude)x', 'models/iris/metrics.json']);
    expect(runner.count).toBe(1);
    expect(read.get('models/iris/model.bin')).toEqual(binary);
    expect(read.get('with space.txt')?.toString()).toBe('spaced\n');
    expect(read.get('empty.txt')).toEqual(Buffer.alloc(0));
    expect(read.get('models/iris')).toBeUndefined(); // a folder is not a file
    expect(read.get('missing.txt')).toBeUndefined();
    expect(read.get('bad\nname')).toBeUndefined();
    expect(read.get(':(exclude)x')?.toString()).toBe('magic-looking name\n');
    expect(read.get('models/iris/metrics.json')?.toString()).toBe('{"accuracy": 0.9}\n');
  });

  it('refuses truncated batch output instead of inventing content', () => {
    const oid = 'b'.repeat(40);
    expect(() => parseBatch(Buffer.from(`${oid} blob 10\nabc`), 1)).toThrow(/truncated/);
    expect(() => parseBatch(Buffer.from(`${oid} blob 1\nx\n`), 2)).toThrow(/truncated/);
    expect(parseBatch(Buffer.from(`HEAD:x missing\n${oid} blob 2\n\n\n\n`), 2)).toEqual([undefined, { type: 'blob', content: Buffer.from('\n\n') }]);
  });
});

describe('readFileAtRef', () => {
  it('reads a file at a ref even when its folder is gone from the working tree', async () => {
    const at = await readFileAtRef(path.join(repo, 'models/iris/metrics.json'), 'v1');
    expect(at).toEqual({ commit: first, path: 'models/iris/metrics.json', bytes: Buffer.from('{"accuracy": 0.9}\n') });
  });

  it('gives no bytes for a file the commit does not hold (a new model), and the commit it looked in', async () => {
    const at = await readFileAtRef(path.join(repo, 'models/iris/metrics.json'), 'main');
    expect(at).toEqual({ commit: second, path: 'models/iris/metrics.json', bytes: undefined });
  });

  it('names the problem: an unsafe ref, a ref that names no commit, a file in no repository', async () => {
    await expect(readFileAtRef(path.join(repo, 'empty.txt'), '--output=/tmp/x')).rejects.toBeInstanceOf(UnsafeRefError);
    await expect(readFileAtRef(path.join(repo, 'empty.txt'), 'nosuchbranch')).rejects.toThrow(RefNotFoundError);
    await expect(readFileAtRef(path.join(repo, 'empty.txt'), 'nosuchbranch')).rejects.toThrow(/git ref "nosuchbranch" does not resolve to a commit in /);
    const outside = mkdtempSync(path.join(os.tmpdir(), 'ms-core-git-none-'));
    try {
      // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temp folder.
      const env = { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(outside) };
      await expect(readFileAtRef(path.join(outside, 'm.json'), 'main', { env })).rejects.toBeInstanceOf(NotInRepositoryError);
      expect(await repositoryOf(outside, { env })).toBeUndefined();
      await expect(openGit(outside, env)).rejects.toThrow(NotInRepositoryError);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('finds the repository and the folder inside it from a sub-folder', async () => {
    mkdirSync(path.join(repo, 'sub/deeper'), { recursive: true });
    const found = await repositoryOf(path.join(repo, 'sub/deeper'));
    expect(found?.prefix).toBe('sub/deeper/');
    expect(await found?.git.commitOf('HEAD')).toBe(second);
  });
});
