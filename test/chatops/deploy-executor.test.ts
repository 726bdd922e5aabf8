import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DeployEngineExecutor, fromDeploy, fromStatus, type DeployEngine } from '../../src/chatops/deploy-executor.js';
import type { ExecutionProgress } from '../../src/chatops/executor.js';
import type { ParsedCommand } from '../../src/chatops/grammar.js';
import { loadConfig } from '../../src/core/config.js';
import type { DeployResult } from '../../src/deploy/engine.js';
import { HEAD, loadedConfig } from './fixtures.js';
// A deploy validates what it ships: the artifacts are real ONNX models.
import { onnxModel } from '../deploy/helpers.js';

const context = { sha: HEAD, actor: 'octocat', pullRequest: 7, dryRun: false };
const cmd = (c: Partial<ParsedCommand> & { name: ParsedCommand['name'] }): ParsedCommand => ({ dryRun: false, ...c });

function result(overrides: Partial<DeployResult> = {}): DeployResult {
  return {
    environment: 'staging', model: 'iris', version: '1.2.0', previousVersion: '1.1.0', strategy: 'direct', provider: 'local', dryRun: false,
    outcome: 'deployed', steps: [{ name: 'switch', status: 'ok', detail: 'alias moved', at: '2026-01-01T00:00:00Z' }],
    liveVersion: '1.2.0', message: 'iris 1.2.0 is live on staging', url: 'https://staging.example.com', ...overrides,
  };
}

/** An engine that records every call and answers fixed results. */
function fakeEngine(calls: string[]): DeployEngine {
  const rec = (name: string) => async (_l: unknown, request: unknown, options: unknown) => {
    calls.push(`${name} ${JSON.stringify(request)} ${JSON.stringify(options)}`);
    return result() as never;
  };
  return {
    deploy: rec('deploy'), promote: rec('promote'), rollback: rec('rollback'),
    status: async () => ({ environments: [] }),
    lock: async (_l, r) => ({ environment: r.environment, locked: true, lock: null, message: `${r.environment} locked by ${r.actor}` }),
    unlock: async (_l, r) => ({ environment: r.environment, locked: false, lock: null, message: `${r.environment} unlocked` }),
    retry: rec('retry'),
    control: async (_l, r, o) => {
      calls.push(`control ${JSON.stringify(r)} ${JSON.stringify(o)}`);
      return { environment: r.environment, model: 'iris', action: r.action, outcome: 'requested', deploymentId: '7', version: '1.2.0', message: `${r.action} requested` };
    },
  };
}

describe('DeployEngineExecutor', () => {
  it('maps each command to the engine with the commenter as actor and the dry-run flag', async () => {
    const calls: string[] = [];
    const ex = new DeployEngineExecutor(loadedConfig(), { deployFromWorkspace: true }, fakeEngine(calls));
    await ex.run(cmd({ name: 'deploy', model: 'iris', version: '1.2.0', env: 'staging' }), context);
    await ex.run(cmd({ name: 'promote', model: 'iris', env: 'production' }), { ...context, dryRun: true });
    await ex.run(cmd({ name: 'rollback', env: 'production', version: '1.0.0' }), context);
    expect(calls).toEqual([
      'deploy {"environment":"staging","model":"iris","version":"1.2.0","actor":"octocat"} {"dryRun":false}',
      'promote {"model":"iris","to":"production","actor":"octocat"} {"dryRun":true}',
      'rollback {"environment":"production","to":"1.0.0","actor":"octocat"} {"dryRun":false}',
    ]);
  });

  it('maps /rollout to the engine: retry runs the rollout, the other actions are requests', async () => {
    const calls: string[] = [];
    const ex = new DeployEngineExecutor(loadedConfig(), {}, fakeEngine(calls));
    const promoted = await ex.run(cmd({ name: 'rollout', action: 'promote', env: 'staging' }), context);
    expect(promoted).toMatchObject({ ok: true, message: 'promote requested', version: '1.2.0', steps: [{ name: 'rollout promote', status: 'ok' }] });
    await ex.run(cmd({ name: 'rollout', action: 'retry', env: 'staging' }), context);
    expect(calls).toEqual(['control {"environment":"staging","action":"promote","actor":"octocat"} {"dryRun":false}', 'retry {"environment":"staging","actor":"octocat"} {"dryRun":false}']);
  });

  it('leaves /deploy to the workflow unless the workspace is the pinned checkout', () => {
    const calls: string[] = [];
    const ex = new DeployEngineExecutor(loadedConfig(), {}, fakeEngine(calls));
    expect(ex.handles(cmd({ name: 'deploy', model: 'iris', env: 'staging' }))).toBe(false);
    expect(ex.handles(cmd({ name: 'promote', model: 'iris', env: 'staging' }))).toBe(true);
    expect(new DeployEngineExecutor(loadedConfig(), { deployFromWorkspace: true }).handles(cmd({ name: 'deploy' }))).toBe(true);
  });

  it('refuses /deploy without a version, clearly', async () => {
    const ex = new DeployEngineExecutor(loadedConfig(), { deployFromWorkspace: true }, fakeEngine([]));
    await expect(ex.run(cmd({ name: 'deploy', model: 'iris', env: 'staging' }), context)).rejects.toThrow('/deploy iris@<version> to staging');
  });

  it('turns results into steps, links and a verdict', () => {
    expect(fromDeploy(result())).toMatchObject({ ok: true, version: '1.2.0', environmentUrl: 'https://staging.example.com', steps: [{ name: 'switch', status: 'ok' }] });
    expect(fromDeploy(result({ outcome: 'aborted', liveVersion: '1.1.0' }))).toMatchObject({ ok: false, version: '1.1.0' });
    expect(fromDeploy(result({ url: 'javascript:alert(1)', deploymentId: '42' }))).toMatchObject({ environmentUrl: undefined, deploymentUrl: undefined });
    // The deployment is linked only through the page the state gives for it, and only as a plain http(s) link.
    const link = (env: string, id: string) => `https://github.com/acme/models/deployments/${env}?id=${id}`;
    expect(fromDeploy(result({ deploymentId: '42' }), link).deploymentUrl).toBe('https://github.com/acme/models/deployments/staging?id=42');
    expect(fromDeploy(result({ deploymentId: '42' }), () => 'javascript:alert(1)').deploymentUrl).toBeUndefined();
    expect(fromDeploy(result(), link).deploymentUrl).toBeUndefined();
  });

  it('renders status as a table, escaping lock reasons', () => {
    const out = fromStatus({
      environments: [{ environment: 'staging', model: 'iris', order: 0, provider: 'local', strategy: 'direct', liveVersion: '1.2.0', sha256: null, deployedAt: null, rollbackTarget: '1.1.0', interrupted: null, lock: { environment: 'staging', owner: 'alice', pid: -1, host: 'h', reason: 'a|<b>', createdAt: '' }, history: [] }],
    });
    expect(out.details).toContain('| staging | iris | 1.2.0 | direct | 1.1.0 | 🔒 alice: a\\|&lt;b> |');
  });
});

describe('DeployEngineExecutor on the real engine', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reports progress from the state it writes: the deployment once recorded, then each step as it ends', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ms-chatops-engine-'));
    await mkdir(path.join(dir, 'models'));
    await writeFile(path.join(dir, 'models/iris.onnx'), await onnxModel('iris'));
    await writeFile(path.join(dir, 'modelship.yml'), 'version: 1\nmodels: { iris: { path: models/iris.onnx } }\nenvironments:\n  staging: { provider: { type: local, root: repo/staging }, strategy: { type: direct } }\n  production: { requires: staging, provider: { type: local, root: repo/production }, strategy: { type: blue-green } }\n');
    const loaded = await loadConfig(path.join(dir, 'modelship.yml'));
    const updates: ExecutionProgress[] = [];
    const progress = async (u: ExecutionProgress) => {
      updates.push(u);
    };
    const ex = new DeployEngineExecutor(loaded, { deployFromWorkspace: true, deploymentUrl: (env, id) => `https://example.com/${env}/${id}` });
    const staged = await ex.run(cmd({ name: 'deploy', model: 'iris', version: '1.0.0', env: 'staging' }), { ...context, progress });
    expect(staged.ok).toBe(true);
    // First report when the deployment is recorded (no step yet), then one per step that ended, in order.
    expect(updates[0]).toEqual({ steps: [], deploymentUrl: expect.stringMatching(/^https:\/\/example.com\/staging\/.+/) });
    expect(updates.slice(1).map((u) => u.steps.length)).toEqual(staged.steps.map((_, i) => i + 1));
    expect(updates.at(-1)!.steps).toEqual(staged.steps);
    expect(staged.deploymentUrl).toBe(updates[0].deploymentUrl);

    // Promotion reads staging's record and writes production's, each through its own state file.
    updates.length = 0;
    const promoted = await ex.run(cmd({ name: 'promote', model: 'iris', env: 'production' }), { ...context, progress });
    expect(promoted).toMatchObject({ ok: true, version: '1.0.0', deploymentUrl: expect.stringMatching(/^https:\/\/example.com\/production\//) });
    expect(updates.length).toBe(promoted.steps.length + 1);

    // A dry run changes nothing, so there is nothing to report while it runs.
    updates.length = 0;
    await ex.run(cmd({ name: 'rollback', env: 'production', version: '1.0.0' }), { ...context, dryRun: true, progress });
    expect(updates).toEqual([]);

    // A progress report that fails is not the rollout's failure.
    const failing = async () => {
      throw new Error('reply down');
    };
    const again = await ex.run(cmd({ name: 'deploy', model: 'iris', version: '1.1.0', env: 'staging' }), { ...context, progress: failing });
    expect(again).toMatchObject({ ok: true, version: '1.1.0' });
  });

  it('locks, reports status and unlocks an environment in the local state', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ms-chatops-engine-'));
    await mkdir(path.join(dir, 'models'));
    await writeFile(path.join(dir, 'models/iris.onnx'), await onnxModel('iris'));
    await writeFile(path.join(dir, 'modelship.yml'), 'version: 1\nmodels: { iris: { path: models/iris.onnx } }\nenvironments:\n  staging: { provider: { type: local }, strategy: { type: direct } }\n');
    const ex = new DeployEngineExecutor(await loadConfig(path.join(dir, 'modelship.yml')));
    const dry = await ex.run(cmd({ name: 'lock', env: 'staging' }), { ...context, dryRun: true });
    expect(dry).toMatchObject({ ok: true, steps: [{ status: 'planned' }] });
    await ex.run(cmd({ name: 'lock', env: 'staging', reason: 'retraining' }), context);
    const st = await ex.run(cmd({ name: 'status', env: 'staging' }), context);
    expect(st.details).toMatch(/🔒 octocat: retraining/);
    const un = await ex.run(cmd({ name: 'unlock', env: 'staging' }), context);
    expect(un.message).toBe('staging unlocked');
    expect((await ex.run(cmd({ name: 'status' }), context)).details).not.toMatch(/🔒/);
  });
});
