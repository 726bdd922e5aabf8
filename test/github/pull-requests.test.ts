import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getPullRequest } from '../../src/github/pull-requests.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from './stand-in-client.js';

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterEach(() => gh.verifyAndReset());
afterAll(async () => {
  await gh.close();
});

describe('getPullRequest', () => {
  it('reads the head SHA, refs and the head repository of a same-repository pull request', async () => {
    const baseRepo = (gh.world.addPullRequest(7).base as { repo: { full_name: string } }).repo.full_name;
    gh.world.addPullRequest(7, { headSha: 'f'.repeat(40), headRef: 'new-model', baseRef: 'main', headRepoFullName: baseRepo });
    const pr = await getPullRequest(standInClient(gh), { ...REPO, pullNumber: 7 });
    expect(pr).toMatchObject({ number: 7, headSha: 'f'.repeat(40), headRef: 'new-model', baseRef: 'main', headRepoFullName: baseRepo, isFork: false, state: 'open' });
  });

  it('flags a fork, and a deleted fork, as forks', async () => {
    gh.world.addPullRequest(8, { headRepoFullName: 'mallory/models' });
    gh.world.addPullRequest(9, { headRepoFullName: null });
    const client = standInClient(gh);
    expect(await getPullRequest(client, { ...REPO, pullNumber: 8 })).toMatchObject({ isFork: true, headRepoFullName: 'mallory/models' });
    expect(await getPullRequest(client, { ...REPO, pullNumber: 9 })).toMatchObject({ isFork: true, headRepoFullName: null });
  });

  it('fails clearly for a pull request that does not exist', async () => {
    await expect(getPullRequest(standInClient(gh), { ...REPO, pullNumber: 404 })).rejects.toThrow(
      'GitHub answered GET /repos/acme/models/pulls/404 with 404: Not Found',
    );
  });
});
