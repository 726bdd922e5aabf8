import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubReleasePublisher } from '../../src/github/releases.js';
import { releaseModels } from '../../src/version/service.js';
import { GitHubStandIn, STAND_IN_TOKEN } from '../support/github-stand-in.js';
import { ReleaseWorld } from './support/github-releases.js';
import { irisRepo, onnxModel, type TestRepo } from './support/repo.js';

let gh: GitHubStandIn;
let world: ReleaseWorld;
const repos: TestRepo[] = [];
beforeAll(async () => {
  gh = await GitHubStandIn.start({ world: false });
});
afterAll(async () => {
  await gh.close();
});
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
  gh.verifyAndReset();
});

function setup(): { repo: TestRepo; release: (options?: { dryRun?: boolean; floatingMajor?: boolean; prerelease?: string }) => ReturnType<typeof releaseModels> } {
  world = new ReleaseWorld(gh);
  const repo = irisRepo();
  repos.push(repo);
  const client = createGitHubClient({ token: STAND_IN_TOKEN, baseUrl: gh.url, retryBaseMs: 1, env: {} });
  return {
    repo,
    release: async (options = {}) => {
      // One publisher per run, as the action and the CLI make it (it remembers what the run listed and wrote).
      const publisher = new GitHubReleasePublisher(client, { owner: 'acme', repo: 'models' });
      const loaded = await loadConfig(path.join(repo.dir, 'modelship.yml'));
      return releaseModels(loaded, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/models', GITHUB_RUN_ID: '5' }, 'iris', () => publisher, { dryRun: options.dryRun ?? false, floatingMajor: options.floatingMajor, prerelease: options.prerelease });
    },
  };
}
const routes = () => gh.calls().map((c) => `${c.method} ${c.route}`);

describe('GitHubReleasePublisher against the API stand-in', () => {
  it('creates the annotated tag (tag object + ref) and the release, and a re-run creates nothing twice', async () => {
    const { repo, release } = setup();
    const [r] = await release({ floatingMajor: true });
    expect(r).toMatchObject({ status: 'released', version: '0.1.0', tag: 'iris@v0.1.0', publisher: 'github', url: 'https://github.com/o/r/releases/tag/iris%40v0.1.0' });
    expect(world.commitOf('iris@v0.1.0')).toBe(repo.head());
    expect(world.commitOf('iris@v0')).toBe(repo.head());
    const rel = world.releases.get('iris@v0.1.0')!;
    expect(rel).toMatchObject({ name: 'iris 0.1.0', prerelease: false });
    expect(rel.body).toContain('- Workflow run: https://github.com/acme/models/actions/runs/5');
    const createTag = gh.calls('POST /repos/{owner}/{repo}/git/tags')[0];
    expect(createTag.body).toMatchObject({ tag: 'iris@v0.1.0', object: repo.head(), type: 'commit' });
    expect(gh.calls('POST /repos/{owner}/{repo}/git/refs').map((c) => (c.body as { ref: string }).ref)).toEqual(['refs/tags/iris@v0.1.0', 'refs/tags/iris@v0']);
    expect(gh.calls('POST /repos/{owner}/{repo}/releases')[0].body).toMatchObject({ tag_name: 'iris@v0.1.0', make_latest: 'legacy' });

    gh.reset();
    world = new ReleaseWorld(gh);
    // The remote already has everything: seed it as GitHub would hold it, and the local tag as a fetch would.
    world.seedTag('iris@v0.1.0', repo.head());
    world.seedTag('iris@v0', repo.head());
    world.releases.set('iris@v0.1.0', { ...rel });
    repo.tag('iris@v0.1.0');
    const [again] = await release({ floatingMajor: true });
    expect(again.status).toBe('already-released');
    expect(again.steps.map((s) => `${s.action}:${s.status}`)).toEqual(['tag:unchanged', 'floating-tag:unchanged', 'release:unchanged']);
    expect(routes().filter((r) => !r.startsWith('GET'))).toEqual([]);
  });

  it('completes a release that died after tagging (the release is created on the re-run)', async () => {
    const { repo, release } = setup();
    world.seedTag('iris@v0.1.0', repo.head());
    repo.tag('iris@v0.1.0');
    const [r] = await release();
    expect(r.status).toBe('already-released');
    expect(r.steps.map((s) => `${s.action}:${s.status}`)).toEqual(['tag:unchanged', 'release:done']);
    expect(world.releases.get('iris@v0.1.0')?.body).toContain('first release');
    expect(gh.calls('POST /repos/{owner}/{repo}/git/tags')).toHaveLength(0);
  });

  it('moves the floating major tag with a forced ref update', async () => {
    const { repo, release } = setup();
    world.seedTag('iris@v0.1.0', repo.head());
    world.seedTag('iris@v0', repo.head());
    repo.tag('iris@v0.1.0');
    repo.write('models/iris/model.onnx', onnxModel({ seed: 3 })).commit('retrain');
    const [r] = await release({ floatingMajor: true });
    expect(r).toMatchObject({ version: '0.2.0', status: 'released' });
    expect(world.commitOf('iris@v0')).toBe(repo.head());
    expect(gh.calls('PATCH /repos/{owner}/{repo}/git/refs/{ref}')[0]).toMatchObject({ params: { ref: 'tags/iris@v0' }, body: expect.objectContaining({ force: true }) });
  });

  it('publishes pre-releases as GitHub pre-releases that never become latest', async () => {
    const { release } = setup();
    const [r] = await release({ prerelease: 'pr.12' });
    expect(r).toMatchObject({ version: '0.1.0-pr.12.1' });
    expect(gh.calls('POST /repos/{owner}/{repo}/releases')[0].body).toMatchObject({ prerelease: true, make_latest: 'false' });
  });

  it('refuses, writing nothing, when the tag exists on GitHub on another commit', async () => {
    const { release } = setup();
    world.seedTag('iris@v0.1.0', 'a'.repeat(40));
    await expect(release()).rejects.toThrow(`tag iris@v0.1.0 already exists on GitHub on commit ${'a'.repeat(12)}, not on HEAD`);
    expect(routes().filter((r) => !r.startsWith('GET'))).toEqual([]);
  });

  it('refuses a version that would go backwards behind a tag only GitHub has (clone without tags)', async () => {
    const { release } = setup();
    world.seedTag('iris@v2.0.0', 'b'.repeat(40));
    await expect(release()).rejects.toThrow('version 0.1.0 would go backwards: iris@v2.0.0 already exists on GitHub');
    expect(routes().filter((r) => !r.startsWith('GET'))).toEqual([]);
  });

  it('refuses without permission: up front when the token says so, else at the invisible tag object', async () => {
    const { release } = setup();
    world.canPush = false;
    await expect(release()).rejects.toThrow('the token may not push to acme/models');
    expect(routes().filter((r) => !r.startsWith('GET'))).toEqual([]);

    world.canPush = true;
    world.readOnly = true;
    await expect(release()).rejects.toThrow(/GitHub refused to create tag iris@v0\.1\.0: Resource not accessible by integration/);
    expect(world.refs.size).toBe(0);
    expect(world.releases.size).toBe(0);
  });

  it('a dry run only reads', async () => {
    const { release } = setup();
    const [r] = await release({ dryRun: true });
    expect(r.steps.every((s) => s.status === 'planned')).toBe(true);
    expect(routes().filter((x) => !x.startsWith('GET'))).toEqual([]);
  });

});
