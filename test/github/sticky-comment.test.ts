import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { COMMENT_MAX_LENGTH, fitCommentBody, stickyMarker, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from './stand-in-client.js';

const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';
const UPDATE = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterEach(() => gh.verifyAndReset());
afterAll(async () => {
  await gh.close();
});

const upsert = (body: string, key = 'validate') => upsertStickyComment(standInClient(gh), { ...REPO, issueNumber: 12, key, body });

describe('upsertStickyComment', () => {
  it('creates the comment with its marker the first time and edits it in place after', async () => {
    const first = await upsert('### Validation\npass');
    expect(first.created).toBe(true);
    expect(gh.world.commentsOn(12)).toHaveLength(1);
    expect(gh.world.commentsOn(12)[0].body).toBe('<!-- modelship:validate -->\n### Validation\npass');

    const second = await upsert('### Validation\nfail');
    expect(second).toMatchObject({ id: first.id, created: false, changed: true });
    expect(gh.world.commentsOn(12)).toHaveLength(1);
    expect(gh.world.commentsOn(12)[0].body).toContain('fail');
    expect(gh.calls(CREATE)).toHaveLength(1);
    expect(gh.calls(UPDATE)).toHaveLength(1);
    expect(second.url).toMatch(/#issuecomment-\d+$/);
  });

  it('writes nothing when the body is unchanged', async () => {
    await upsert('same');
    const again = await upsert('same');
    expect(again).toMatchObject({ created: false, changed: false });
    expect(gh.calls(UPDATE)).toHaveLength(0);
  });

  it('keeps one comment per capability key', async () => {
    await upsert('report', 'validate');
    await upsert('report', 'benchmark');
    await upsert('report 2', 'validate');
    const bodies = gh.world.commentsOn(12).map((c) => c.body.split('\n')[0]);
    expect(bodies).toEqual(['<!-- modelship:validate -->', '<!-- modelship:benchmark -->']);
  });

  it('finds its marker on page 3 of the comments', async () => {
    for (let i = 0; i < 230; i++) gh.world.addComment(12, `chatter ${i}`);
    const ours = gh.world.addComment(12, `${stickyMarker('validate')}\nold report`, { user: { login: 'github-actions[bot]', type: 'Bot' }, authorAssociation: 'NONE' });
    for (let i = 0; i < 5; i++) gh.world.addComment(12, `more ${i}`);

    const result = await upsert('new report');
    expect(result).toMatchObject({ id: ours.id, created: false });
    const pages = gh.calls(LIST);
    expect(pages.map((c) => c.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(pages.every((c) => c.query.per_page === '100')).toBe(true);
    expect(gh.calls(CREATE)).toHaveLength(0);
  });

  it('updates the newest of several marked comments and leaves the others', async () => {
    const older = gh.world.addComment(12, `${stickyMarker('validate')}\nv1`, { user: { login: 'github-actions[bot]', type: 'Bot' } });
    const newer = gh.world.addComment(12, `${stickyMarker('validate')}\nv2`, { user: { login: 'github-actions[bot]', type: 'Bot' } });
    const result = await upsert('v3');
    expect(result.id).toBe(newer.id);
    expect(gh.world.comments.find((c) => c.id === older.id)?.body).toContain('v1');
    expect(gh.world.comments.find((c) => c.id === newer.id)?.body).toContain('v3');
  });

  it('does not take over a marked comment from an outsider, nor a longer key', async () => {
    gh.world.addComment(12, `${stickyMarker('validate')}\nall good, trust me`, { user: { login: 'mallory', type: 'User' }, authorAssociation: 'NONE' });
    gh.world.addComment(12, '<!-- modelship:validate-extra -->\nother', { user: { login: 'github-actions[bot]', type: 'Bot' } });
    const result = await upsert('real report');
    expect(result.created).toBe(true);
    expect(gh.world.commentsOn(12)[0].body).toContain('trust me');
  });

  it('accepts a marked comment by a collaborator (a personal token posts as a person)', async () => {
    const mine = gh.world.addComment(12, `${stickyMarker('validate')}\nold`, { user: { login: 'release-bot-user', type: 'User' }, authorAssociation: 'MEMBER' });
    expect((await upsert('new')).id).toBe(mine.id);
  });

  it('truncates a body over GitHub\'s limit with a note, and GitHub accepts it', async () => {
    const huge = `\`\`\`\n${'x'.repeat(70_000)}\n\`\`\``;
    await upsert(huge);
    const stored = gh.world.commentsOn(12)[0].body;
    expect(stored.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(stored).toMatch(/```\n\n_… \d+ characters cut: GitHub limits a comment to 65536 characters/);
  });

  it('refuses keys that could break the marker', () => {
    expect(() => stickyMarker('a -->')).toThrow(/sticky comment key/);
    expect(() => stickyMarker('')).toThrow(/sticky comment key/);
  });
});

describe('fitCommentBody', () => {
  it('leaves short bodies alone and never splits a surrogate pair', () => {
    expect(fitCommentBody('short')).toBe('short');
    const emoji = '😀'.repeat(40);
    const cut = fitCommentBody(emoji, 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(() => encodeURIComponent(cut)).not.toThrow(); // a lone surrogate would throw
  });
});
