import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { webhookEvent } from '../support/events.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { runAction } from '../support/run-action.js';
import { deploymentsWorld } from './deployments-world.js';

/** The built dist/deploy bundle, run as the runner runs it. */
const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris');
let gh: GitHubStandIn;
let workspace: string;
beforeAll(async () => {
  gh = await GitHubStandIn.start();
  workspace = await mkdtemp(path.join(os.tmpdir(), 'modelship-deploy-action-'));
  await cp(EXAMPLE, workspace, { recursive: true });
  // The example's canary analysis runs the bootstrap quality gate at every step: slow and not what is tested here.
  const file = path.join(workspace, 'modelship.yml');
  await writeFile(file, (await readFile(file, 'utf8')).replace(/\n\s*analysis: \{ gate: quality, failureLimit: 0 \}/, ''));
});
afterAll(async () => {
  await gh.close();
  await rm(workspace, { recursive: true, force: true });
});

describe('deploy action', () => {
  const env = () => ({ RUNNER_TEMP: path.join(workspace, 'runner-temp'), GITHUB_SHA: 'cd'.repeat(20), GITHUB_ACTOR: 'octocat', GITHUB_RUN_ID: '77', MODELSHIP_GITHUB_RETRY_BASE_MS: '1' });

  it('deploys with the Deployments API as the record, then promotes; summary has steps and the weight chart', async () => {
    deploymentsWorld(gh);
    const push = webhookEvent('push');
    const first = await runAction('deploy', { cwd: workspace, standIn: gh, event: push, env: env(), inputs: { environment: 'staging', version: '1.0.0', artifact: 'models/iris-v1/model.onnx' } });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ environment: 'staging', version: '1.0.0', outcome: 'deployed', 'previous-version': '' });
    const second = await runAction('deploy', { cwd: workspace, standIn: gh, event: push, env: env(), inputs: { environment: 'staging', version: '1.1.0', artifact: 'models/iris-v2/model.onnx' } });
    expect(second.outputs).toMatchObject({ version: '1.1.0', 'previous-version': '1.0.0', outcome: 'deployed' });
    expect(second.summary).toMatch(/\| set-weight 10% \| ok \|/);
    expect(second.summary).toMatch(/```mermaid\nxychart-beta/);
    expect(second.summary).toMatch(/line \[10, 50, 100, 100\]/);
    const report = JSON.parse(await readFile(second.outputs.report, 'utf8'));
    expect(report).toMatchObject({ environment: 'staging', strategy: 'canary', outcome: 'deployed' });
    const creates = gh.calls('POST /repos/{owner}/{repo}/deployments');
    expect(creates.map((c) => (c.body as { payload: { version: string } }).payload.version)).toEqual(['1.0.0', '1.1.0']);
    const status = gh.calls('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses').at(-1)!.body as { state: string; log_url: string };
    expect(status.state).toBe('success');
    expect(status.log_url).toMatch(/\/actions\/runs\/77$/);
    const promoted = await runAction('deploy', { cwd: workspace, standIn: gh, event: push, env: env(), inputs: { command: 'promote', to: 'production' } });
    expect(promoted.exitCode).toBe(0);
    expect(promoted.outputs).toMatchObject({ environment: 'production', version: '1.1.0', outcome: 'deployed' });
    expect((gh.calls('POST /repos/{owner}/{repo}/deployments').at(-1)!.body as { production_environment: boolean }).production_environment).toBe(true);
    expect(gh.requests.every((r) => !r.path.includes('ghs_'))).toBe(true);
    gh.verifyAndReset();
  }, 90_000);

  it('local state: a refused promotion fails the step with exit 2 semantics and a clear message; status lists environments', async () => {
    const refused = await runAction('deploy', { cwd: workspace, env: env(), inputs: { command: 'promote', to: 'production', state: 'local' } });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.map((a) => a.message).join('\n')).toMatch(/nothing is live in staging/);
    const status = await runAction('deploy', { cwd: workspace, env: env(), inputs: { command: 'status', state: 'local' } });
    expect(status.exitCode).toBe(0);
    expect(status.summary).toMatch(/\| staging \| iris \| — \|/);
    const bad = await runAction('deploy', { cwd: workspace, env: env(), inputs: { command: 'explode', state: 'local' } });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations.map((a) => a.message).join('\n')).toMatch(/input "command" is "explode", expected one of deploy, promote, rollback, status/);
  }, 60_000);

  it('the gate action reads a live baseline from the Deployments API the deploy action wrote', async () => {
    deploymentsWorld(gh);
    await writeFile(
      path.join(workspace, 'live.yml'),
      `version: 1
models:
  iris:
    path: models/iris-v2/model.onnx
    metrics: models/iris-v2/metrics.json
gates:
  against-staging:
    model: iris
    baseline: { live: { environment: staging } }
    checks:
      - { metric: accuracy, direction: higher, change: { minAbsolute: 0 } }
environments:
  staging: { provider: { type: local, root: .modelship/live-repo }, strategy: { type: direct } }
`,
    );
    const push = webhookEvent('push');
    const deployed = await runAction('deploy', { cwd: workspace, standIn: gh, event: push, env: env(), inputs: { config: 'live.yml', environment: 'staging', version: '1.0.0', artifact: 'models/iris-v1/model.onnx' } });
    expect(deployed.exitCode).toBe(0);
    const v1 = JSON.parse(await readFile(path.join(workspace, 'models/iris-v1/metrics.json'), 'utf8')).accuracy as number;
    const v2 = JSON.parse(await readFile(path.join(workspace, 'models/iris-v2/metrics.json'), 'utf8')).accuracy as number;
    expect(v2).toBeGreaterThan(v1);

    const before = gh.calls('GET /repos/{owner}/{repo}/deployments').length;
    const better = await runAction('gate', { cwd: workspace, standIn: gh, event: push, env: env(), inputs: { config: 'live.yml' } });
    expect(better.exitCode).toBe(0);
    const report = JSON.parse(await readFile(better.outputs.report, 'utf8'));
    expect(report.checks[0]).toMatchObject({ metric: 'accuracy', candidate: v2, baseline: v1, status: 'pass' });
    expect(gh.calls('GET /repos/{owner}/{repo}/deployments').length).toBeGreaterThan(before);

    const worse = await runAction('gate', { cwd: workspace, standIn: gh, event: push, env: env(), inputs: { config: 'live.yml', candidate: 'models/iris-degraded/metrics.json' } });
    expect(worse.exitCode).toBe(1);
    expect(worse.outputs.verdict).toBe('fail');
    gh.verifyAndReset();
  }, 90_000);
});
