import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { GitHubApiError } from '../../src/github/errors.js';
import { getPermissionLevel, hasPermission, PERMISSION_LEVELS } from '../../src/github/permissions.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from './stand-in-client.js';

const ROUTE = 'GET /repos/{owner}/{repo}/collaborators/{username}/permission';

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterEach(() => gh.verifyAndReset());
afterAll(async () => {
  await gh.close();
});

describe('getPermissionLevel', () => {
  it('reads the role, telling maintain and triage apart from the legacy permission', async () => {
    const client = standInClient(gh);
    for (const level of PERMISSION_LEVELS) gh.world.setPermission(`user-${level}`, level);
    for (const level of PERMISSION_LEVELS) {
      expect(await getPermissionLevel(client, { ...REPO, username: `user-${level}` })).toBe(level);
    }
    expect(gh.calls(ROUTE).find((c) => c.params.username === 'user-maintain')?.responseBody).toMatchObject({ permission: 'write', role_name: 'maintain' });
  });

  it('falls back to the legacy permission for a custom role', async () => {
    gh.on(ROUTE, (request, standIn) => ({
      body: {
        permission: 'write',
        role_name: 'model-reviewer',
        user: { ...standIn.example<Record<string, unknown>>(ROUTE).user as object, login: request.params.username, role_name: 'model-reviewer' },
      },
    }));
    expect(await getPermissionLevel(standInClient(gh), { ...REPO, username: 'rita' })).toBe('write');
  });

  it('throws on an API error so that the caller denies', async () => {
    gh.injectFault(ROUTE, { kind: 'status', status: 500, times: 10 });
    const attempt = getPermissionLevel(standInClient(gh, { maxRetries: 1 }), { ...REPO, username: 'octocat' });
    await expect(attempt).rejects.toBeInstanceOf(GitHubApiError);
    gh.reset();
    gh.on(ROUTE, { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com' } });
    await expect(getPermissionLevel(standInClient(gh), { ...REPO, username: 'ghost' })).rejects.toThrow(/404/);
  });
});

describe('hasPermission', () => {
  it('accepts only the listed levels', () => {
    const allowed = ['admin', 'maintain', 'write'] as const;
    expect(hasPermission('write', allowed)).toBe(true);
    expect(hasPermission('triage', allowed)).toBe(false);
    expect(hasPermission('none', allowed)).toBe(false);
    expect(hasPermission('admin', [])).toBe(false);
  });
});
