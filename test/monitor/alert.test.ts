/**
 * Done-when of issue 21, on the GitHub stand-in (every call checked against GitHub's OpenAPI description):
 * shifted traffic on staging raises exactly one issue, later runs update it while drift persists, the first
 * run without drift closes it; runs are idempotent (the issue is found again by its marker and label).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createRandom } from '../../src/core/stats/random.js';
import { GitHubIssues } from '../../src/github/issues.js';
import { DRIFT_LABEL, historyOf, issueMarker, syncDriftIssue } from '../../src/monitor/alert.js';
import { computeDrift, type DriftReport } from '../../src/monitor/drift.js';
import { Profile } from '../../src/monitor/profile.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from '../github/stand-in-client.js';

let gh: GitHubStandIn;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterEach(() => gh.verifyAndReset());
afterAll(async () => {
  await gh.close();
});

function traffic(seed: string, shift: number): Profile {
  const r = createRandom(seed);
  const p = new Profile();
  p.rows = 400;
  for (let i = 0; i < 400; i++) {
    p.feature('inputs', 'petal_length').addNumber(3.7 + shift + 1.7 * r.normal());
    p.feature('inputs', 'sepal_width').addNumber(3 + 0.4 * r.normal());
  }
  return p;
}

const reference = traffic('reference', 0);
const drift = (seed: string, shift: number): DriftReport => computeDrift(reference, traffic(seed, shift), { driftShare: 0.5 });

describe('one issue per model and environment', () => {
  it('opens one issue on drift, updates it while drift persists, closes it when traffic returns to normal', async () => {
    const port = new GitHubIssues(standInClient(gh), REPO);
    const run = (report: DriftReport, minute: number) => syncDriftIssue(port, { model: 'iris', environment: 'staging', report, now: new Date(Date.UTC(2026, 11, 6, 12, minute)), runUrl: 'https://github.com/acme/models/actions/runs/1' });

    expect((await run(drift('calm-0', 0), 0)).action).toBe('none');
    expect(gh.world.issues.size).toBe(0);

    const opened = await run(drift('shift-1', 1.5), 10);
    expect(opened).toMatchObject({ action: 'opened', issue: 1 });
    const again = await run(drift('shift-2', 1.5), 20);
    expect(again).toMatchObject({ action: 'updated', issue: 1 });
    expect(gh.world.issues.size).toBe(1);
    const issue = gh.world.issues.get(1)!;
    expect(issue).toMatchObject({ state: 'open', title: 'Drift: iris in staging', labels: [DRIFT_LABEL] });
    expect(issue.body.startsWith(issueMarker('iris', 'staging'))).toBe(true);
    expect(issue.body).toMatch(/\| petal_length \| input \| numeric \| ks \| [^|]+ \| [^|]+ \| 0\.0500 \| \*\*drift\*\*[^|]*\|/);
    expect(issue.body).toMatch(/\| sepal_width \| input \| numeric \| ks \| [^|]+ \| [^|]+ \| 0\.0500 \| ok[^|]*\|/);
    expect(issue.body).toContain('```mermaid\nxychart-beta');
    expect(historyOf(issue.body).map((p) => [p.t, p.drift])).toEqual([['2026-12-06T12:10:00.000Z', true], ['2026-12-06T12:20:00.000Z', true]]);

    // Another model's issue, and an issue of someone else's, are left alone.
    await syncDriftIssue(port, { model: 'house', environment: 'staging', report: drift('shift-3', 1.5), now: new Date() });
    expect(gh.world.issues.size).toBe(2);

    const closed = await run(drift('calm-1', 0), 30);
    expect(closed).toMatchObject({ action: 'closed', issue: 1 });
    expect(gh.world.issues.get(1)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(gh.world.issues.get(1)!.body).toMatch(/\*\*Cleared\*\*/);
    expect(historyOf(gh.world.issues.get(1)!.body)).toHaveLength(3);
    expect(gh.world.issues.get(2)!.state).toBe('open');

    // Idempotent: another calm run touches nothing; drift later opens a fresh issue.
    const before = gh.requests.length;
    expect((await run(drift('calm-2', 0), 40)).action).toBe('none');
    expect(gh.requests.slice(before).map((r) => r.method)).toEqual(['GET']);
    expect((await run(drift('shift-4', 1.5), 50))).toMatchObject({ action: 'opened', issue: 3 });
  });

  it('finds its issue among many (pagination) and ignores issues without its marker', async () => {
    const port = new GitHubIssues(standInClient(gh), REPO);
    for (let i = 0; i < 105; i++) await port.create({ title: `other ${i}`, body: 'unrelated', labels: [DRIFT_LABEL] });
    const first = await syncDriftIssue(port, { model: 'iris', environment: 'production', report: drift('s', 1.5), now: new Date() });
    expect(first.action).toBe('opened');
    const second = await syncDriftIssue(port, { model: 'iris', environment: 'production', report: drift('s2', 1.5), now: new Date() });
    expect(second).toMatchObject({ action: 'updated', issue: first.issue });
  });

  it('refuses model or environment names that could break the marker', () => {
    expect(() => issueMarker('iris -->', 'staging')).toThrow(/monitor model "iris -->"/);
    expect(historyOf('<!-- modelship-monitor-history:[nonsense -->')).toEqual([]);
  });
});
