// FileAtRefReader (issue #26 item 3): a run that reads files at many refs (a gate per model of a monorepo,
// each with its baseline at the model's tag) starts a fixed number of git processes, whatever the number of
// files and refs, and gives the same answers and errors as readFileAtRef.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FileAtRefReader, NotInRepositoryError, readFileAtRef, RefNotFoundError, spawnGit, UnsafeRefError, type GitRunner } from '../../../src/core/git/index.js';

/** The real runner, counting the processes it starts (one-shot runs and kept-open pipes alike). */
function countingRunner(options: { withOpen: boolean }): GitRunner & { started: string[] } {
  const started: string[] = [];
  return {
    started,
    run(cwd, args, env, opts) {
      started.push(args[0]);
      return spawnGit.run(cwd, args, env, opts);
    },
    ...(options.withOpen
      ? {
          open(cwd: string, args: string[], env: NodeJS.ProcessEnv) {
            started.push(args[0]);
            return spawnGit.open!(cwd, args, env);
          },
        }
      : {}),
  };
}

const sh = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const MODELS = 20;
let repo: string;
const binary = Buffer.from([0, 1, 2, 10, 255, 10, 10, 0x0d, 0, 10]);

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'ms-file-at-ref-'));
  sh(repo, 'init', '-q', '-b', 'main');
  sh(repo, 'config', 'user.name', 'Test');
  sh(repo, 'config', 'user.email', 'test@example.com');
  sh(repo, 'config', 'commit.gpgsign', 'false');
  for (let i = 1; i <= MODELS; i++) {
    mkdirSync(path.join(repo, `models/m${i}`), { recursive: true });
    writeFileSync(path.join(repo, `models/m${i}/metrics.json`), `{"accuracy": 0.${i}}\n`);
  }
  writeFileSync(path.join(repo, 'models/m1/weights.bin'), binary);
  sh(repo, 'add', '-A');
  sh(repo, 'commit', '-q', '-m', 'models');
  for (let i = 1; i <= MODELS; i++) sh(repo, 'tag', '-a', '-m', 'r', `m${i}@v1.0.0`);
  for (let i = 1; i <= MODELS; i++) writeFileSync(path.join(repo, `models/m${i}/metrics.json`), `{"accuracy": 0.99}\n`);
  writeFileSync(path.join(repo, 'models/m2/new.json'), '{}');
  sh(repo, 'add', '-A');
  sh(repo, 'commit', '-q', '-m', 'retrain');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

async function readAll(reader: FileAtRefReader, n: number): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 1; i <= n; i++) texts.push((await reader.read(path.join(repo, `models/m${i}/metrics.json`), `m${i}@v1.0.0`)).bytes!.toString('utf8'));
  return texts;
}

test('files at many refs: the same answers as readFileAtRef, with git started a fixed number of times', async () => {
  const few = countingRunner({ withOpen: true });
  const many = countingRunner({ withOpen: true });
  const readerFew = new FileAtRefReader({ runner: few });
  const readerMany = new FileAtRefReader({ runner: many });
  try {
    const textsFew = await readAll(readerFew, 2);
    const texts = await readAll(readerMany, MODELS);
    expect(textsFew).toEqual(['{"accuracy": 0.1}\n', '{"accuracy": 0.2}\n']);
    expect(texts).toEqual(await Promise.all(texts.map(async (_, i) => (await readFileAtRef(path.join(repo, `models/m${i + 1}/metrics.json`), `m${i + 1}@v1.0.0`)).bytes!.toString('utf8'))));
    // One rev-parse for the repository, one cat-file --batch for every ref and file.
    expect(many.started).toEqual(['rev-parse', 'cat-file']);
    expect(many.started.length).toBe(few.started.length);
  } finally {
    readerFew.close();
    readerMany.close();
  }
});

test('the one-process-per-question fallback (a runner that cannot keep git open) grows with the files', async () => {
  const runner = countingRunner({ withOpen: false });
  const reader = new FileAtRefReader({ runner });
  expect(await readAll(reader, 3)).toEqual(['{"accuracy": 0.1}\n', '{"accuracy": 0.2}\n', '{"accuracy": 0.3}\n']);
  expect(runner.started.length).toBeGreaterThan(3);
  reader.close();
});

test('binary content, a file absent at the ref, the commit and path are as readFileAtRef gives them', async () => {
  const reader = new FileAtRefReader();
  try {
    const bin = await reader.read(path.join(repo, 'models/m1/weights.bin'), 'm1@v1.0.0');
    expect(bin.bytes).toEqual(binary);
    expect(bin).toEqual(await readFileAtRef(path.join(repo, 'models/m1/weights.bin'), 'm1@v1.0.0'));
    const absent = await reader.read(path.join(repo, 'models/m2/new.json'), 'm2@v1.0.0');
    expect(absent.bytes).toBeUndefined();
    expect(absent.path).toBe('models/m2/new.json');
    expect(absent.commit).toBe(sh(repo, 'rev-parse', 'm2@v1.0.0^{commit}'));
    // A folder at the ref is not a file.
    expect((await reader.read(path.join(repo, 'models/m3'), 'm3@v1.0.0')).bytes).toBeUndefined();
    // Read at HEAD after the tags: the newer content.
    expect((await reader.read(path.join(repo, 'models/m4/metrics.json'), 'HEAD')).bytes!.toString()).toBe('{"accuracy": 0.99}\n');
  } finally {
    reader.close();
  }
});

test('refusals: an unsafe ref, a ref that names no commit, a folder outside any repository; a nested repository is its own', async () => {
  const reader = new FileAtRefReader();
  const outside = mkdtempSync(path.join(os.tmpdir(), 'ms-file-at-ref-outside-'));
  const nested = path.join(repo, 'vendor/other');
  try {
    await expect(reader.read(path.join(repo, 'models/m1/metrics.json'), '--upload-pack=x')).rejects.toThrow(UnsafeRefError);
    await expect(reader.read(path.join(repo, 'models/m1/metrics.json'), 'm1@v9.9.9')).rejects.toThrow(RefNotFoundError);
    // The batch keeps answering after a miss.
    expect((await reader.read(path.join(repo, 'models/m1/metrics.json'), 'm1@v1.0.0')).bytes!.toString()).toBe('{"accuracy": 0.1}\n');
    await expect(reader.read(path.join(outside, 'metrics.json'), 'main')).rejects.toThrow(NotInRepositoryError);
    mkdirSync(nested, { recursive: true });
    sh(nested, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(nested, 'metrics.json'), '{"nested": 1}');
    sh(nested, 'add', '-A');
    sh(nested, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'n');
    const inner = await reader.read(path.join(nested, 'metrics.json'), 'main');
    expect(inner.path).toBe('metrics.json');
    expect(inner.bytes!.toString()).toBe('{"nested": 1}');
  } finally {
    reader.close();
    rmSync(outside, { recursive: true, force: true });
    rmSync(path.join(repo, 'vendor'), { recursive: true, force: true });
  }
});

test('a closed reader refuses to read, and the git it kept open exits', async () => {
  let exited: (code: number) => void = () => {};
  const exit = new Promise<number>((resolve) => (exited = resolve));
  const runner: GitRunner = {
    run: spawnGit.run,
    open(cwd, args, env) {
      const pipe = spawnGit.open!(cwd, args, env);
      return { ...pipe, onExit: (listener) => pipe.onExit((code, stderr) => (exited(code), listener(code, stderr))) };
    },
  };
  const reader = new FileAtRefReader({ runner });
  await reader.read(path.join(repo, 'models/m1/metrics.json'), 'm1@v1.0.0');
  reader.close();
  expect(await exit).toBe(0);
  await expect(reader.read(path.join(repo, 'models/m1/metrics.json'), 'm1@v1.0.0')).rejects.toThrow(/after close/);
});

test('a blob larger than one pipe read arrives whole, and the next answer after it too', async () => {
  const big = Buffer.alloc(3 * 1024 * 1024 + 7);
  for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
  writeFileSync(path.join(repo, 'big.bin'), big);
  sh(repo, 'add', 'big.bin');
  sh(repo, 'commit', '-q', '-m', 'big');
  const reader = new FileAtRefReader();
  try {
    const [a, b] = await Promise.all([reader.read(path.join(repo, 'big.bin'), 'HEAD'), reader.read(path.join(repo, 'models/m5/metrics.json'), 'm5@v1.0.0')]);
    expect(a.bytes!.equals(big)).toBe(true);
    expect(b.bytes!.toString()).toBe('{"accuracy": 0.5}\n');
  } finally {
    reader.close();
  }
});

test('git ending under a batch (killed, crashed) fails the questions waiting and those after, naming git', async () => {
  let exitListener: (code: number, stderr: string) => void = () => {};
  const runner: GitRunner = {
    run: spawnGit.run,
    open: () => ({ write: () => exitListener(128, 'fatal: something broke'), onStdout: () => {}, onExit: (l) => (exitListener = l), end: () => {} }),
  };
  const reader = new FileAtRefReader({ runner });
  await expect(reader.read(path.join(repo, 'models/m1/metrics.json'), 'm1@v1.0.0')).rejects.toThrow(/git cat-file failed \(exit 128\): fatal: something broke/);
  await expect(reader.read(path.join(repo, 'models/m2/metrics.json'), 'm2@v1.0.0')).rejects.toThrow(/exit 128/);
  reader.close();
});
