/**
 * The blast radius of an aborted rollout in the GitHub deployment status (the system of record on GitHub):
 * the final `failure` status description starts with what the candidate served and how many failed, so
 * GitHub's 140-character cut keeps it. The server is a stand-in answering /metrics in the format of
 * `modelship serve` (the live tests read the real one): the candidate fails 40 requests out of 40 in the
 * window, so the sequential test decides at the first measurement.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import { deploy } from '../../src/deploy/engine.js';
import { GitHubDeploymentStore } from '../../src/github/deployments.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { REPO, standInClient } from '../github/stand-in-client.js';
import { createProject, type Project } from './helpers.js';
import { deploymentsWorld } from './deployments-world.js';

const SHA = 'ab'.repeat(20);
let gh: GitHubStandIn;
let metrics: http.Server;
let metricsUrl: string;
let scrapes = 0;

function exposition(candidate: { ok: number; failed: number }, stable: number): string {
  return [
    '# TYPE modelship_requests_total counter',
    `modelship_requests_total{model="iris",version="1.0.0",code="200"} ${stable}`,
    `modelship_requests_total{model="iris",version="1.1.0",code="200"} ${candidate.ok}`,
    `modelship_requests_total{model="iris",version="1.1.0",code="500"} ${candidate.failed}`,
    '',
  ].join('\n');
}

beforeAll(async () => {
  gh = await GitHubStandIn.start();
  metrics = http.createServer((req, res) => {
    // The first scrape opens the window; every later one sees the candidate's 40 failures.
    const body = scrapes++ === 0 ? exposition({ ok: 0, failed: 0 }, 1000) : exposition({ ok: 0, failed: 40 }, 1160);
    res.writeHead(req.url === '/metrics' ? 200 : 404, { 'content-type': 'text/plain; version=0.0.4' }).end(body);
  });
  await new Promise<void>((r) => metrics.listen(0, '127.0.0.1', r));
  metricsUrl = `http://127.0.0.1:${(metrics.address() as { port: number }).port}`;
});
afterAll(async () => {
  await gh.close();
  await new Promise((r) => metrics.close(r));
});
const projects: Project[] = [];
afterEach(async () => {
  gh.verifyAndReset();
  await Promise.all(projects.splice(0).map((p) => p.cleanup()));
});

describe('blast radius on GitHub', () => {
  it('is the start of the failure status description of an aborted canary', async () => {
    deploymentsWorld(gh);
    const p = await createProject(`  staging:\n    provider: { type: local }\n    strategy:\n      type: canary\n      steps: [{ weight: 20 }, { weight: 100 }]\n      analysis: { sequential: { url: "${'URL'}", window: 10ms } }\n`.replace('URL', () => metricsUrl));
    projects.push(p);
    const store = new GitHubDeploymentStore({ client: standInClient(gh), repo: REPO, ref: SHA });
    expect((await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { store })).outcome).toBe('deployed');
    scrapes = 0;
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') }, { store });
    expect(r.outcome).toBe('aborted');
    expect(r.blastRadius).toEqual({ version: '1.1.0', requests: 40, errors: 40 });
    const statuses = gh.calls('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses').filter((c) => c.params.deployment_id === '2').map((c) => c.body as { state: string; description: string });
    const final = statuses.at(-1)!;
    expect(final.state).toBe('failure');
    expect(final.description.length).toBeLessThanOrEqual(140);
    expect(final.description).toMatch(/^blast radius: 1\.1\.0 served 40 request\(s\), 40 failed; analysis failed at step 1 \(20%\)/);
  });
});
