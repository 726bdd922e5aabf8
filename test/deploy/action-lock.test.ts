import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deployAction } from '../../src/actions/deploy.js';
import { runActionSpec } from '../../src/actions/runtime/main.js';
import { createRunner } from '../../src/actions/runtime/runner.js';

/** lock and unlock from the deploy action (they were the CLI's only), through the same request module. */
const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris');
let workspace: string;

beforeAll(async () => {
  // Loaded one by one up front: jest's ESM loader fails on concurrent first imports that share modules
  // (the action imports these together, which node handles).
  for (const m of ['../../src/core/config.js', '../../src/deploy/engine.js', '../../src/deploy/render.js', '../../src/deploy/request.js', '../../src/actions/runtime/deployment-store.js']) await import(m);
  workspace = await mkdtemp(path.join(os.tmpdir(), 'modelship-deploy-lock-'));
  await cp(EXAMPLE, workspace, { recursive: true });
});
afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
  process.exitCode = 0;
});

async function deploy(inputs: Record<string, string>, actor: string) {
  const files = { GITHUB_OUTPUT: path.join(workspace, 'output'), GITHUB_STEP_SUMMARY: path.join(workspace, 'summary.md') };
  await writeFile(files.GITHUB_OUTPUT, '');
  await writeFile(files.GITHUB_STEP_SUMMARY, '');
  const env: NodeJS.ProcessEnv = { ...files, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, GITHUB_ACTOR: actor, INPUT_STATE: 'local' };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const lines: string[] = [];
  process.exitCode = 0;
  await runActionSpec(deployAction, env, createRunner(env, (l) => lines.push(l)));
  const failed = process.exitCode === 1;
  process.exitCode = 0;
  return { failed, lines, output: await readFile(files.GITHUB_OUTPUT, 'utf8'), summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8') };
}

describe('deploy action: lock and unlock', () => {
  it('locks for the actor with a reason, refuses another actor\'s unlock, and unlocks with force', async () => {
    const locked = await deploy({ command: 'lock', environment: 'staging', reason: 'freeze for the demo' }, 'alice');
    expect(locked.lines.filter((l) => l.startsWith('::error'))).toEqual([]);
    expect(locked.failed).toBe(false);
    expect(locked.output).toMatch(/^environment<<\S+\nstaging\n/m);
    expect(locked.summary).toContain('### 🔒 staging locked by alice');
    expect(locked.summary).toContain('| staging | held by alice: freeze for the demo |');

    const refused = await deploy({ command: 'unlock', environment: 'staging' }, 'bob');
    expect(refused.failed).toBe(true);
    expect(refused.lines.join('\n')).toMatch(/::error::deploy: .*alice/);

    const forced = await deploy({ command: 'unlock', environment: 'staging', force: 'true' }, 'bob');
    expect(forced.failed).toBe(false);
    expect(forced.summary).toContain('### 🔓 staging unlocked');
  });

  it('lock without an environment is a usage error naming the input', async () => {
    const r = await deploy({ command: 'lock' }, 'alice');
    expect(r.failed).toBe(true);
    expect(r.lines.join('\n')).toContain('::error::deploy: input "environment" is required for lock');
  });
});
