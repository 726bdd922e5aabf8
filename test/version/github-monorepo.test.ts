// Releasing every model of a monorepo through the GitHub API (issue #26 item 3): the calls that read (tags,
// the token's permission, releases by tag) do not grow with the number of models; only the writes that have no
// batch form in GitHub's REST API do (per model: the tag object, its ref, the release, and the floating tag).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubReleasePublisher } from '../../src/github/releases.js';
import { releaseModels } from '../../src/version/service.js';
import { GitHubStandIn, STAND_IN_TOKEN } from '../support/github-stand-in.js';
import { ReleaseWorld } from './support/github-releases.js';
import { CARD, onnxModel, TestRepo } from './support/repo.js';

let gh: GitHubStandIn;
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

/** `n` models released at 1.0.0 (tags here and on GitHub, with their releases), then every card edited. */
function monorepo(n: number, world: ReleaseWorld): TestRepo {
  const repo = new TestRepo('ms-gh-mono-');
  repos.push(repo);
  let config = 'version: 1\nmodels:\n';
  for (let i = 1; i <= n; i++) {
    repo.write(`models/m${i}/model.onnx`, onnxModel({ seed: i })).write(`models/m${i}/README.md`, `${CARD}\nModel ${i}.\n`);
    config += `  m${i}:\n    path: models/m${i}/model.onnx\n    card: models/m${i}/README.md\n`;
  }
  repo.write('modelship.yml', `${config}release:\n  floatingMajor: true\n`).commit('chore: initial models');
  for (let i = 1; i <= n; i++) {
    repo.tag(`m${i}@v1.0.0`);
    world.seedTag(`m${i}@v1.0.0`, repo.head());
    world.seedTag(`m${i}@v1`, repo.head());
    world.releases.set(`m${i}@v1.0.0`, { id: 1000 + i, tag_name: `m${i}@v1.0.0`, name: `m${i} 1.0.0`, body: 'first', prerelease: false });
  }
  // Tags of other projects in the repository: the tag listing takes two pages of 100.
  for (let k = 0; k < 150; k++) world.seedTag(`tools-v0.${k}.0`, repo.head());
  for (let i = 1; i <= n; i++) repo.write(`models/m${i}/README.md`, `${CARD}\nModel ${i}, edited.\n`);
  repo.commit('docs: cards');
  return repo;
}

/** Calls by route for one release of every model (its rehearsal included), and how many were released. */
async function releaseAll(n: number): Promise<{ calls: Map<string, number>; released: number }> {
  gh.reset();
  const world = new ReleaseWorld(gh);
  const repo = monorepo(n, world);
  gh.forgetCalls();
  const client = createGitHubClient({ token: STAND_IN_TOKEN, baseUrl: gh.url, retryBaseMs: 1, env: {} });
  const publisher = new GitHubReleasePublisher(client, { owner: 'acme', repo: 'models' });
  const loaded = await loadConfig(path.join(repo.dir, 'modelship.yml'), { env: {} });
  const results = await releaseModels(loaded, { GITHUB_REPOSITORY: 'acme/models' }, undefined, () => publisher, { dryRun: false });
  for (let i = 1; i <= n; i++) {
    expect(world.commitOf(`m${i}@v1.0.1`)).toBe(repo.head());
    expect(world.commitOf(`m${i}@v1`)).toBe(repo.head());
    expect(world.releases.get(`m${i}@v1.0.1`)?.name).toBe(`m${i} 1.0.1`);
  }
  const calls = new Map<string, number>();
  for (const c of gh.calls()) calls.set(`${c.method} ${c.route}`, (calls.get(`${c.method} ${c.route}`) ?? 0) + 1);
  return { calls, released: results.filter((r) => r.status === 'released').length };
}

describe('GitHub API calls of a release over many models', () => {
  it('reads once per run, writes once per model and tag', async () => {
    const few = await releaseAll(2);
    const many = await releaseAll(20);
    expect(few.released).toBe(2);
    expect(many.released).toBe(20);
    const writes = (r: typeof few) => [...r.calls].filter(([route]) => !route.startsWith('GET'));
    const reads = (r: typeof few) => [...r.calls].filter(([route]) => route.startsWith('GET'));
    expect(reads(many)).toEqual(reads(few));
    expect(many.calls.get('GET /repos/{owner}/{repo}/tags')).toBe(2);
    // Before: twelve reads per model (two tag listings, five refs, three tag objects, the permission, the release by tag).
    expect(reads(many).reduce((sum, [, count]) => sum + count, 0)).toBeLessThanOrEqual(8);
    // Per model: the tag object and ref of the new version, a new tag object for the floating tag and its ref moved, the release.
    for (const [r, n] of [[few, 2], [many, 20]] as const) {
      expect(Object.fromEntries(writes(r))).toEqual({
        'POST /repos/{owner}/{repo}/git/tags': 2 * n,
        'POST /repos/{owner}/{repo}/git/refs': n,
        'PATCH /repos/{owner}/{repo}/git/refs/{ref}': n,
        'POST /repos/{owner}/{repo}/releases': n,
      });
    }
  });

  it('answers from the listing as the tag-by-tag questions would: a re-run writes nothing, a tag only GitHub has refuses', async () => {
    const world = new ReleaseWorld(gh);
    const repo = monorepo(3, world);
    const client = createGitHubClient({ token: STAND_IN_TOKEN, baseUrl: gh.url, retryBaseMs: 1, env: {} });
    const loaded = await loadConfig(path.join(repo.dir, 'modelship.yml'), { env: {} });
    const release = () => releaseModels(loaded, { GITHUB_REPOSITORY: 'acme/models' }, undefined, () => new GitHubReleasePublisher(client, { owner: 'acme', repo: 'models' }), { dryRun: false });
    expect((await release()).map((r) => r.status)).toEqual(['released', 'released', 'released']);
    for (let i = 1; i <= 3; i++) repo.tag(`m${i}@v1.0.1`);
    gh.forgetCalls();
    const again = await release();
    expect(again.map((r) => r.status)).toEqual(['already-released', 'already-released', 'already-released']);
    expect(again.flatMap((r) => r.steps.map((s) => s.status))).toEqual(Array(9).fill('unchanged'));
    expect(gh.calls().filter((c) => c.method !== 'GET')).toEqual([]);

    // m2 was released as 2.0.0 on GitHub, from a clone this one has not fetched: its 1.0.2 would go backwards.
    world.seedTag('m2@v2.0.0', repo.head());
    repo.write('models/m1/README.md', `${CARD}\nm1 again\n`).write('models/m2/README.md', `${CARD}\nm2 again\n`).commit('docs: again');
    await expect(release()).rejects.toThrow('version 1.0.2 would go backwards: m2@v2.0.0 already exists on GitHub');
  });
});
