import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../support/cli.js';
import { loadConfig } from '../../src/core/config.js';
import { openVersionRepository } from '../../src/version/analyze.js';
import { GitPublisher } from '../../src/version/git-publisher.js';
import { ReleaseRefusal } from '../../src/version/refusal.js';
import { irisRepo, onnxModel, TestRepo } from './support/repo.js';

// `release --push` against a real bare repository: the remote's tags decide, not the clone's.

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
const track = (r: TestRepo) => (cleanups.push(() => r.cleanup()), r);
const env = { PATH: process.env.PATH, HOME: process.env.HOME };
const release = (repo: TestRepo, ...args: string[]) => cli(['release', 'iris', ...args], { cwd: repo.dir, env });

function bare(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ms-remote-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync('git', ['init', '-q', '--bare', dir]);
  return dir;
}
const remoteTag = (dir: string, tag: string) => execFileSync('git', ['rev-parse', `${tag}^{commit}`], { cwd: dir, encoding: 'utf8' }).trim();
const remoteTags = (dir: string) => execFileSync('git', ['tag', '--list'], { cwd: dir, encoding: 'utf8' }).split('\n').filter(Boolean).sort();

/** A second working copy of `remote`'s main branch without any tag (what `actions/checkout` gives by default, unshallowed). */
function cloneWithoutTags(remote: string): TestRepo {
  const clone = track(new TestRepo('ms-clone-'));
  clone.git('remote', 'add', 'origin', remote);
  clone.git('fetch', '-q', '--no-tags', 'origin', 'main:refs/remotes/origin/main');
  clone.git('reset', '-q', '--hard', 'origin/main');
  return clone;
}

/** A repository that released 0.1.0 and 0.2.0 of iris to `remote`, and pushed its main branch there. */
async function releasedTwice(): Promise<{ origin: TestRepo; remote: string }> {
  const origin = track(irisRepo());
  const remote = bare();
  origin.git('remote', 'add', 'origin', remote);
  expect((await release(origin, '--push')).code).toBe(0);
  origin.write('models/iris/model.onnx', onnxModel({ seed: 7 })).commit('retrain');
  expect((await release(origin, '--push')).code).toBe(0);
  origin.git('push', '-q', 'origin', 'main');
  expect(remoteTags(remote)).toEqual(['iris@v0.1.0', 'iris@v0.2.0']);
  return { origin, remote };
}

describe('release --push reads the remote\'s tags before tagging', () => {
  it('refuses a version going backwards when a clone without tags computes one the remote has passed', async () => {
    const { remote } = await releasedTwice();
    const clone = cloneWithoutTags(remote);
    clone.write('models/iris/README.md', 'a card edit in the clone').commit('card');
    expect(clone.tags()).toEqual([]);

    const r = await release(clone, '--push');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('version 0.1.0 would go backwards: iris@v0.2.0 already exists on remote "origin"');
    expect(r.stderr).toContain('git fetch --tags');
    expect(clone.tags()).toEqual([]);
    expect(remoteTags(remote)).toEqual(['iris@v0.1.0', 'iris@v0.2.0']);
  });

  it('refuses a tag the remote holds on another commit, naming the tag and that commit', async () => {
    const origin = track(irisRepo());
    const remote = bare();
    origin.git('remote', 'add', 'origin', remote);
    expect((await release(origin, '--push')).code).toBe(0);
    const released = origin.head();
    origin.write('notes.txt', 'unrelated').commit('unrelated');
    origin.git('push', '-q', 'origin', 'main');
    const clone = cloneWithoutTags(remote);
    clone.write('models/iris/README.md', 'edited').commit('card');

    const r = await release(clone, '--push');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`tag iris@v0.1.0 already exists on remote "origin" on commit ${released.slice(0, 12)}, not on HEAD ${clone.head().slice(0, 12)}`);
    expect(r.stderr).not.toContain('failed to push some refs');
    expect(clone.tags()).toEqual([]);
    expect(remoteTag(remote, 'iris@v0.1.0')).toBe(released);
  });

  it('names the tag and commit when another clone pushes the same tag between the check and the push', async () => {
    const { origin, remote } = await releasedTwice();
    const clone = cloneWithoutTags(remote);
    clone.git('fetch', '-q', 'origin', 'refs/tags/*:refs/tags/*');
    clone.write('models/iris/model.onnx', onnxModel({ seed: 9 })).commit('retrain in the clone');
    const vr = await openVersionRepository(await loadConfig(path.join(clone.dir, 'modelship.yml')));
    const publisher = new GitPublisher(vr.git, { push: true, remote: 'origin' });
    expect(await publisher.tagCommit('iris@v0.3.0')).toBeUndefined();
    await publisher.checkWritable('iris@v0.3.0', clone.head());

    // Meanwhile the first repository releases 0.3.0 on its own commit.
    origin.write('models/iris/model.onnx', onnxModel({ seed: 8 })).commit('retrain elsewhere');
    expect((await release(origin, '--push')).code).toBe(0);
    const theirs = remoteTag(remote, 'iris@v0.3.0');

    const err = await publisher.createTag('iris@v0.3.0', clone.head(), 'notes').then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ReleaseRefusal);
    expect((err as ReleaseRefusal).code).toBe('tag-on-other-commit');
    expect((err as Error).message).toBe(`tag iris@v0.3.0 already exists on remote "origin" on commit ${theirs.slice(0, 12)}, not on HEAD ${clone.head().slice(0, 12)}`);
    expect((err as ReleaseRefusal).hint).toContain('the local tag was removed');
    expect(clone.tags()).not.toContain('iris@v0.3.0');
  });

  it('pushes a tag an earlier run made without --push instead of calling it already released', async () => {
    const repo = track(irisRepo());
    expect((await release(repo)).code).toBe(0);
    const remote = bare();
    repo.git('remote', 'add', 'origin', remote);
    repo.git('push', '-q', 'origin', 'main');

    const r = await cli(['release', 'iris', '--push', '--format', 'json'], { cwd: repo.dir, env });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.status).toBe('already-released');
    expect(out.steps).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'tag', target: 'iris@v0.1.0', status: 'done' })]));
    expect(remoteTag(remote, 'iris@v0.1.0')).toBe(repo.head());
    // The tag pushed is the one made earlier, with its notes: the same tag object.
    expect(execFileSync('git', ['rev-parse', 'iris@v0.1.0'], { cwd: remote, encoding: 'utf8' }).trim()).toBe(repo.git('rev-parse', 'iris@v0.1.0'));
    // Once published, running again changes nothing.
    const again = JSON.parse((await cli(['release', 'iris', '--push', '--format', 'json'], { cwd: repo.dir, env })).stdout);
    expect(again.steps.find((s: { action: string }) => s.action === 'tag').status).toBe('unchanged');
  });

  it('releases normally when the clone and the remote agree', async () => {
    const { origin, remote } = await releasedTwice();
    origin.write('models/iris/README.md', 'new card').commit('card');
    const r = await release(origin, '--push');
    expect(r.code).toBe(0);
    expect(remoteTags(remote)).toEqual(['iris@v0.1.0', 'iris@v0.2.0', 'iris@v0.2.1']);
  });
});
