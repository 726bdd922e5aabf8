import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { getCheckConclusions } from '../../src/github/check-conclusions.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from '../github/stand-in-client.js';

const SHA = 'ab'.repeat(20);
let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterEach(() => gh.verifyAndReset());
afterAll(async () => {
  await gh.close();
});

const run = (id: number, name: string, status: string, conclusion: string | null, started: string) =>
  gh.example('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', { id, name, status, conclusion, started_at: started });

describe('getCheckConclusions', () => {
  it('keeps the newest run of each name (a rerun replaces a failure) and marks running ones null', async () => {
    gh.on('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      body: {
        total_count: 4,
        check_runs: [run(1, 'test', 'completed', 'failure', '2026-01-01T00:00:00Z'), run(2, 'test', 'completed', 'success', '2026-01-01T01:00:00Z'), run(3, 'lint', 'in_progress', null, '2026-01-01T00:00:00Z'), run(4, 'gate', 'completed', 'neutral', '2026-01-01T00:00:00Z')],
      },
    });
    const got = await getCheckConclusions(standInClient(gh), { ...REPO, sha: SHA });
    expect([...got]).toEqual([['test', 'success'], ['lint', null], ['gate', 'neutral']]);
    expect(gh.calls()[0].params.ref).toBe(SHA);
  });

  it('throws on an API error, so callers deny', async () => {
    gh.injectFault('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { kind: 'status', status: 403, message: 'Resource not accessible by integration' });
    await expect(getCheckConclusions(standInClient(gh), { ...REPO, sha: SHA })).rejects.toThrow();
  });
});
