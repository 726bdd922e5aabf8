import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { addCommentReaction } from '../../src/github/reactions.js';
import { setCommitStatus, shortDescription } from '../../src/github/statuses.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from './stand-in-client.js';

const SHA = 'ab'.repeat(20);

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterEach(() => gh.verifyAndReset());
afterAll(async () => {
  await gh.close();
});

describe('setCommitStatus', () => {
  it('sets a status with context, description and target URL', async () => {
    const result = await setCommitStatus(standInClient(gh), {
      ...REPO,
      sha: SHA,
      state: 'success',
      context: 'modelship/gate',
      description: 'accuracy 0.93 >= 0.90',
      targetUrl: 'https://github.com/acme/models/actions/runs/1',
    });
    expect(result.id).toBeGreaterThan(0);
    expect(gh.world.statuses).toEqual([
      { sha: SHA, state: 'success', context: 'modelship/gate', description: 'accuracy 0.93 >= 0.90', targetUrl: 'https://github.com/acme/models/actions/runs/1' },
    ]);
  });

  it('cuts a long description to 140 characters so GitHub accepts it', async () => {
    await setCommitStatus(standInClient(gh), { ...REPO, sha: SHA, state: 'failure', context: 'c', description: 'é'.repeat(300) });
    const sent = gh.world.statuses[0].description!;
    expect([...sent]).toHaveLength(140);
    expect(sent.endsWith('…')).toBe(true);
  });

  it('refuses a short SHA and a non-http target URL before calling GitHub', async () => {
    await expect(setCommitStatus(standInClient(gh), { ...REPO, sha: 'abc123', state: 'pending', context: 'c' })).rejects.toThrow(/full commit SHA/);
    await expect(setCommitStatus(standInClient(gh), { ...REPO, sha: SHA, state: 'pending', context: 'c', targetUrl: 'javascript:alert(1)' })).rejects.toThrow(/http/);
    expect(gh.calls()).toHaveLength(0);
  });

  it('puts a multi-line description on one line', () => {
    expect(shortDescription('a\n  b\tc ')).toBe('a b c');
  });
});

describe('addCommentReaction', () => {
  it('reacts to a comment, and tells a new reaction from an existing one', async () => {
    const client = standInClient(gh);
    const first = await addCommentReaction(client, { ...REPO, commentId: 555, content: 'eyes' });
    const again = await addCommentReaction(client, { ...REPO, commentId: 555, content: 'eyes' });
    const rocket = await addCommentReaction(client, { ...REPO, commentId: 555, content: 'rocket' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    expect(rocket.created).toBe(true);
    expect(gh.calls('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions').map((c) => c.body)).toEqual([
      { content: 'eyes' },
      { content: 'eyes' },
      { content: 'rocket' },
    ]);
  });

  it('is refused by the stand-in, as by GitHub, for an unknown reaction', async () => {
    await expect(addCommentReaction(standInClient(gh), { ...REPO, commentId: 1, content: 'thumbsup' as 'eyes' })).rejects.toThrow(/422/);
    expect(gh.takeViolations().map((v) => v.kind)).toEqual(['request-body']);
  });
});
