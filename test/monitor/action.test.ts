/**
 * The monitor action end to end, in process with the runner's file protocol: a real `modelship serve` of the
 * iris model with its reference profile, traffic sent to it, and the action reading serve's profile URL on
 * the GitHub stand-in. Shifted traffic on staging raises exactly one issue, the next run updates it, and it
 * is closed once traffic is back to normal.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readIris } from '../../examples/iris/train/data.js';
import { monitorAction } from '../../src/actions/monitor.js';
import { runActionSpec } from '../../src/actions/runtime/main.js';
import { createRunner } from '../../src/actions/runtime/runner.js';
import { profileData } from '../../src/monitor/profile-data.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { addVersion, eventually, IRIS_V2, tempRepository, writeRouting } from '../serve/support/repository.js';

const rows = readIris(path.resolve('examples/iris/data/iris.csv')).rows;
const FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
let gh: GitHubStandIn;
let repo: Awaited<ReturnType<typeof tempRepository>>;
let server: RunningServer;
let temp: string;

beforeAll(async () => {
  gh = await GitHubStandIn.start();
  repo = await tempRepository();
  temp = await mkdtemp(path.join(os.tmpdir(), 'modelship-monitor-action-'));
  await addVersion(repo.root, 'iris', '2.0.0', IRIS_V2);
  await writeRouting(repo.root, 'iris', { generation: 1, stable: '2.0.0' });
  const { profile } = await profileData('examples/iris/data/iris.csv', process.cwd(), { columns: FEATURES, tensors: { features: FEATURES } });
  await writeFile(path.join(repo.root, 'iris/2.0.0/reference-profile.json'), JSON.stringify(profile.toJSON()));
  // Windows of 150 rows, one kept: each round of traffic below replaces the last.
  server = await startServer({ repository: repo.root, port: 0, pollMs: 50, monitoring: { windowRows: 150, windows: 1, minRows: 100 } });
  await eventually(async () => (await fetch(`${server.url}/v2/models/iris/ready`)).status === 200, 'iris is ready');
});
afterEach(() => gh.verifyAndReset());
afterAll(async () => {
  await server?.close();
  await gh?.close();
  await repo?.cleanup();
  await rm(temp, { recursive: true, force: true });
});

/** One round of traffic: the 150 iris rows, petal_length shifted by `shift`, sent in requests of 10 rows (two rounds fill the window). */
async function traffic(shift: number): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < 150; i += 10) {
      const data = rows.slice(i, i + 10).flatMap((r) => [r.features[0], r.features[1], r.features[2] + shift, r.features[3]]);
      const res = await fetch(`${server.url}/v2/models/iris/infer`, { method: 'POST', body: JSON.stringify({ inputs: [{ name: 'features', shape: [data.length / 4, 4], datatype: 'FP32', data }] }) });
      expect(res.status).toBe(200);
    }
  }
}

let runNumber = 0;
async function runMonitor(extra: Record<string, string> = {}): Promise<{ outputs: Record<string, string>; summary: string; stdout: string }> {
  runNumber++;
  const files = { GITHUB_OUTPUT: path.join(temp, `output-${runNumber}`), GITHUB_STEP_SUMMARY: path.join(temp, `summary-${runNumber}`) };
  for (const f of Object.values(files)) await writeFile(f, '');
  const inputs: Record<string, string> = { model: 'iris', environment: 'staging', current: `${server.url}/v2/models/iris/versions/2.0.0/profile`, 'drift-share': '0.25', 'github-token': gh.token ?? 'ghs_x', issue: 'true', ...extra };
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...files,
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: process.cwd(),
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: String(runNumber),
  };
  let stdout = '';
  await runActionSpec(monitorAction, env, createRunner(env, (line) => (stdout += `${line}\n`)));
  const outputs: Record<string, string> = {};
  const text = await readFile(files.GITHUB_OUTPUT, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return { outputs, summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'), stdout };
}

describe('monitor action on staging', () => {
  it('raises exactly one issue under shifted traffic, updates it, and closes it when traffic is normal again', async () => {
    await traffic(0);
    const calm = await runMonitor();
    expect([calm.outputs.status, calm.outputs['issue-action']]).toEqual(['ok', 'none']);
    expect(gh.world.issues.size).toBe(0);

    await traffic(1.5);
    const first = await runMonitor();
    expect([first.outputs.status, first.outputs['issue-action'], first.outputs.issue]).toEqual(['drift', 'opened', '1']);
    expect(first.summary).toMatch(/### Monitor: iris in staging — drift/);
    expect(first.summary).toMatch(/\| petal_length \| input \| numeric \| ks \|[^\n]*\*\*drift\*\*/);
    expect(first.summary).toContain('xychart-beta');

    const second = await runMonitor();
    expect([second.outputs['issue-action'], second.outputs.issue]).toEqual(['updated', '1']);
    expect(gh.world.issues.size).toBe(1);

    await traffic(0);
    const cleared = await runMonitor();
    expect([cleared.outputs.status, cleared.outputs['issue-action'], cleared.outputs.issue]).toEqual(['ok', 'closed', '1']);
    expect(gh.world.issues.size).toBe(1);
    const issue = gh.world.issues.get(1)!;
    expect(issue.state).toBe('closed');
    expect(issue.body).toMatch(/Cleared/);
    expect(issue.body).toContain('https://github.com/acme/models/actions/runs/4');
    expect(JSON.parse(await readFile(cleared.outputs.report, 'utf8'))).toMatchObject({ drift: false, tested: 4 });
  });

  it('fails the step on drift only when asked, and reads data files against a reference', async () => {
    const shifted = path.join(temp, 'shifted.csv');
    await writeFile(shifted, `${FEATURES.join(',')}\n${rows.map((r) => [r.features[0], r.features[1], r.features[2] + 1.5, r.features[3]].join(',')).join('\n')}\n`);
    const r = await runMonitor({ current: shifted, reference: 'examples/iris/data/iris.csv', issue: 'false', 'fail-on-drift': 'true', 'drift-share': '0.25' });
    expect(r.outputs.status).toBe('drift');
    expect(r.stdout).toMatch(/::error::drift in staging: 1\/4 input features/);
    const missing = await runMonitor({ current: shifted, issue: 'false' });
    expect(missing.stdout).toMatch(/::error::monitor: input "reference" is required unless "current" is a serve profile URL/);
  });
});
