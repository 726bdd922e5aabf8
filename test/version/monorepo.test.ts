// Many models in one repository: planning and releasing read git once for all of them, and the answers
// are the same as when each model is planned alone.
import { afterEach, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import { Git, GitTree } from '../../src/core/git/index.js';
import { GitPublisher } from '../../src/version/git-publisher.js';
import { parseNameOnlyLog, RepositoryHistory } from '../../src/version/history.js';
import { planVersions, releaseModels } from '../../src/version/service.js';
import { CARD, onnxModel, TestRepo } from './support/repo.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function monorepo(models: number): TestRepo {
  const repo = new TestRepo('ms-mono-');
  cleanups.push(() => repo.cleanup());
  let config = 'version: 1\nmodels:\n';
  for (let i = 1; i <= models; i++) {
    repo.write(`models/m${i}/model.onnx`, onnxModel({ seed: i })).write(`models/m${i}/README.md`, `${CARD}\nModel ${i}.\n`);
    config += `  m${i}:\n    path: models/m${i}/model.onnx\n    card: models/m${i}/README.md\n`;
  }
  repo.write('modelship.yml', config).commit('chore: initial models');
  for (let i = 1; i <= models; i++) repo.tag(`m${i}@v1.0.0`);
  return repo;
}

/** A PATH with a `git` that logs each call's subcommand before running the real one. */
function countingGit(): { env: NodeJS.ProcessEnv; calls: () => string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ms-git-shim-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const log = path.join(dir, 'calls.log');
  const realPath = process.env.PATH ?? '';
  writeFileSync(path.join(dir, 'git'), `#!/bin/sh\nfor a in "$@"; do case "$a" in -c|--literal-pathspecs|core.quotepath=false) ;; *) echo "$a" >> "${log}"; break;; esac; done\nPATH="${realPath}" exec git "$@"\n`);
  chmodSync(path.join(dir, 'git'), 0o755);
  writeFileSync(log, '');
  return { env: { ...process.env, PATH: `${dir}:${realPath}` }, calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

async function plans(repo: TestRepo, env: NodeJS.ProcessEnv, model?: string) {
  const loaded = await loadConfig(path.join(repo.dir, 'modelship.yml'), { env: {} });
  return planVersions(loaded, env, model);
}

describe('versions of many models', () => {
  it('starts a fixed number of git processes whatever the number of models', async () => {
    const counts: number[] = [];
    for (const n of [3, 12]) {
      const repo = monorepo(n);
      for (let i = 1; i <= n; i += 2) repo.write(`models/m${i}/README.md`, `${CARD}\nEdited ${i}.\n`);
      repo.commit('docs: cards');
      const shim = countingGit();
      const result = await plans(repo, shim.env);
      expect(result.filter((p) => p.bump === 'patch')).toHaveLength(Math.ceil(n / 2));
      counts.push(shim.calls().length);
    }
    // Before: five processes per model (ls-tree twice, rev-parse, cat-file, log); now about nine in all.
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(10);
  });

  it('gives every model the same plan as planning it alone, across merges, folders and renames', async () => {
    const repo = monorepo(4);
    // m1: a feature on a side branch, merged with a merge commit.
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('models/m1/model.onnx', onnxModel({ seed: 11 })).commit('feat: retrain m1 on the side');
    repo.git('checkout', '-q', 'main');
    repo.write('models/m2/README.md', `${CARD}\nm2 edited.\n`).commit('fix: m2 card wording');
    repo.git('merge', '-q', '--no-ff', '-m', 'merge side', 'side');
    // m3: renamed model file (the old path is what the release had).
    repo.git('mv', 'models/m3/model.onnx', 'models/m3/net.onnx');
    repo.write('modelship.yml', readFileSync(path.join(repo.dir, 'modelship.yml'), 'utf8').replace('models/m3/model.onnx', 'models/m3/net.onnx')).commit('refactor!: rename m3 file');
    // A commit touching a file whose name only shares a prefix with m4's folder.
    repo.write('models/m4x/notes.md', 'unrelated').commit('feat: unrelated notes');

    const together = await plans(repo, process.env);
    const alone = [];
    for (const name of ['m1', 'm2', 'm3', 'm4']) alone.push(...(await plans(repo, process.env, name)));
    expect(together).toEqual(alone);
    expect(together.map((p) => p.bump)).toEqual(['minor', 'patch', 'major', 'none']);
    expect(together[0].reasons.some((r) => r.kind === 'commit' && r.message.includes('retrain m1 on the side'))).toBe(true);
  });

  it('releases many models with the same tags and notes as before, reading tags once', async () => {
    const repo = monorepo(5);
    for (let i = 1; i <= 5; i++) repo.write(`models/m${i}/README.md`, `${CARD}\nEdited ${i}.\n`);
    repo.commit('docs: cards');
    const shim = countingGit();
    const loaded = await loadConfig(path.join(repo.dir, 'modelship.yml'), { env: {} });
    const results = await releaseModels(loaded, shim.env, undefined, (r) => new GitPublisher(r.git, { push: false, remote: 'origin' }), { dryRun: false });
    expect(results.map((r) => r.tag)).toEqual(['m1@v1.0.1', 'm2@v1.0.1', 'm3@v1.0.1', 'm4@v1.0.1', 'm5@v1.0.1']);
    expect(repo.git('tag', '--points-at', 'HEAD').split('\n').sort()).toEqual(results.map((r) => r.tag).sort());
    const calls = shim.calls();
    expect(calls.filter((c) => c === 'for-each-ref').length).toBeLessThanOrEqual(3);
    expect(calls.filter((c) => c === 'status')).toHaveLength(1);
    expect(calls.filter((c) => c === 'rev-parse').length).toBeLessThanOrEqual(2);
    expect(calls.filter((c) => c === 'tag')).toHaveLength(5);
    // Released again: nothing to do, nothing tagged twice.
    const again = await releaseModels(loaded, process.env, undefined, (r) => new GitPublisher(r.git, { push: false, remote: 'origin' }), { dryRun: false });
    expect(again.map((r) => r.status)).toEqual(Array(5).fill('already-released'));
  });

  it('refuses a release when one model of many has uncommitted work, naming it, before tagging any', async () => {
    const repo = monorepo(3);
    for (let i = 1; i <= 3; i++) repo.write(`models/m${i}/README.md`, `${CARD}\nEdited ${i}.\n`);
    repo.commit('docs: cards');
    writeFileSync(path.join(repo.dir, 'models/m2/extra-untracked.onnx'), 'x');
    writeFileSync(path.join(repo.dir, 'models/m2/model.onnx'), 'changed');
    const loaded = await loadConfig(path.join(repo.dir, 'modelship.yml'), { env: {} });
    await expect(releaseModels(loaded, process.env, undefined, (r) => new GitPublisher(r.git, { push: false, remote: 'origin' }), { dryRun: false })).rejects.toThrow(/uncommitted changes in model "m2": models\/m2\/model\.onnx/);
    expect(repo.git('tag', '--points-at', 'HEAD')).toBe('');
  });
});

describe('RepositoryHistory', () => {
  it('peels lightweight, annotated and nested tags and leaves tags of trees without a commit', async () => {
    const repo = monorepo(1);
    repo.git('tag', 'light');
    repo.git('tag', '-a', '-m', 'outer', 'nested', 'm1@v1.0.0');
    repo.git('tag', 'tree-tag', 'HEAD^{tree}');
    const git = new Git(repo.dir);
    const many = new RepositoryHistory(git, true);
    const one = new RepositoryHistory(git, false);
    for (const tag of ['light', 'm1@v1.0.0', 'nested', 'tree-tag', 'missing']) {
      expect(await many.tagCommit(tag)).toBe(await one.tagCommit(tag));
    }
    expect(await many.tagCommit('nested')).toBe(repo.head());
    expect(await many.tagCommit('tree-tag')).toBeUndefined();
  });

  it('answers files() from a preloaded listing exactly as ls-tree does', async () => {
    const repo = new TestRepo('ms-tree-');
    cleanups.push(() => repo.cleanup());
    for (const f of ['a/b', 'a/bc', 'a/b.d/x', 'a/b/c/d', 'a-b/x', 'a b/é.txt', 'z']) {
      try {
        repo.write(f, f);
      } catch {
        // 'a/b' as a file and a folder cannot both exist: keep the first.
      }
    }
    repo.commit('files');
    const git = new Git(repo.dir);
    const asked = [['a/b'], ['a'], ['a/b.d', 'z'], ['a b'], ['missing', 'a/bc'], ['a/b/']];
    for (const paths of asked) {
      const plain = await new GitTree(git, repo.head()).files(paths);
      const preloaded = await new GitTree(git, repo.head()).preload().files(paths);
      const key = (fs: typeof plain) => fs.map((f) => `${f.path}:${f.oid}:${f.size}`).sort();
      expect(key(preloaded)).toEqual(key(plain));
    }
  });

  it('parses a name-only log with empty commits, odd messages and odd file names', () => {
    const out = [
      '\0\0COMMIT\0aaa\0feat: one\n\nbody\n\0\nmodels/COMMIT\0models/x y\0',
      '\0\0COMMIT\0bbb\0fix: empty\n\0',
      '\0\0COMMIT\0ccc\0\0\nsolo\0',
    ].join('');
    expect(parseNameOnlyLog(out)).toEqual([
      { sha: 'aaa', message: 'feat: one\n\nbody\n', files: ['models/COMMIT', 'models/x y'] },
      { sha: 'bbb', message: 'fix: empty\n', files: [] },
      { sha: 'ccc', message: '', files: ['solo'] },
    ]);
  });
});
