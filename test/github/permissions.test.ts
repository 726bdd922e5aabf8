import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { GitHubApiError } from '../../src/github/errors.js';
import { getRepositoryRole, PERMISSION_LEVELS } from '../../src/github/permissions.js';
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

describe('getRepositoryRole', () => {
  it('reads role_name, telling maintain and triage apart from the legacy permission', async () => {
    const client = standInClient(gh);
    for (const level of PERMISSION_LEVELS) gh.world.setPermission(`user-${level}`, level);
    for (const level of PERMISSION_LEVELS) {
      expect((await getRepositoryRole(client, { ...REPO, username: `user-${level}` })).role).toBe(level);
    }
    expect(await getRepositoryRole(client, { ...REPO, username: 'user-maintain' })).toEqual({ role: 'maintain', permission: 'write', source: 'role_name' });
    expect(gh.calls(ROUTE).find((c) => c.params.username === 'user-maintain')?.responseBody).toMatchObject({ permission: 'write', role_name: 'maintain' });
  });

  it('reports a custom role by its own name, with the base permission it extends, never widened to it', async () => {
    gh.on(ROUTE, (request, standIn) => ({
      body: {
        permission: 'write',
        role_name: 'model-reviewer',
        user: { ...standIn.example<Record<string, unknown>>(ROUTE).user as object, login: request.params.username, role_name: 'model-reviewer' },
      },
    }));
    expect(await getRepositoryRole(standInClient(gh), { ...REPO, username: 'rita' })).toEqual({ role: 'model-reviewer', permission: 'write', source: 'role_name' });
  });

  it('falls back to the legacy permission only when GitHub gives no role_name', async () => {
    // role_name is required in today's OpenAPI description; an empty one stands for a server that has none.
    gh.on(ROUTE, (request, standIn) => ({
      body: { permission: 'admin', role_name: '', user: { ...standIn.example<Record<string, unknown>>(ROUTE).user as object, login: request.params.username, role_name: '' } },
    }));
    expect(await getRepositoryRole(standInClient(gh), { ...REPO, username: 'old-ghes' })).toEqual({ role: 'admin', permission: 'admin', source: 'permission' });
  });

  it('throws on an API error so that the caller denies', async () => {
    gh.injectFault(ROUTE, { kind: 'status', status: 500, times: 10 });
    const attempt = getRepositoryRole(standInClient(gh, { maxRetries: 1 }), { ...REPO, username: 'octocat' });
    await expect(attempt).rejects.toBeInstanceOf(GitHubApiError);
    gh.reset();
    gh.on(ROUTE, { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com' } });
    await expect(getRepositoryRole(standInClient(gh), { ...REPO, username: 'ghost' })).rejects.toThrow(/404/);
  });
});
