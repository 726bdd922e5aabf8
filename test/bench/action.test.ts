import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { webhookEvent } from '../support/events.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { runAction } from '../support/run-action.js';
import { tempProject, type TempProject } from './support/project.js';

describe('benchmark action (the built bundle, run as the runner does)', () => {
  let gh: GitHubStandIn;
  let project: TempProject;
  beforeAll(async () => {
    gh = await GitHubStandIn.start();
    project = await tempProject({ mlp: { hidden: 64 } }, 'bench:\n  trials: 5\n  duration: 40ms\n  warmup: 10ms\n  history:\n    dir: hist\n');
  });
  afterAll(async () => {
    await gh.close();
    await project.cleanup();
  });

  it('writes outputs, a summary with tables, the history, and one sticky comment updated in place', async () => {
    const event = webhookEvent('pull_request', { action: 'opened', overrides: { number: 21, pull_request: { number: 21 } } });
    const opts = { cwd: project.dir, standIn: gh, event, env: { RUNNER_TEMP: project.dir }, timeoutMs: 60_000 };
    const first = await runAction('benchmark', opts);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs.regressed).toBe('false');
    expect(Number(first.outputs['p50-ms'])).toBeGreaterThan(0);
    expect(Number(first.outputs.throughput)).toBeGreaterThan(0);
    const report = JSON.parse(await readFile(first.outputs.report, 'utf8'));
    expect(report.results[0].model).toBe('mlp');
    expect(first.summary).toContain('| Model | Role | Batch |');
    const second = await runAction('benchmark', opts);
    expect(second.exitCode).toBe(0);
    // Two runs in the history: the second summary charts them.
    expect(second.summary).toContain('xychart-beta');
    expect(gh.world.commentsOn(21)).toHaveLength(1);
    expect(gh.world.commentsOn(21)[0].body).toContain('Benchmark: no regression');
    gh.assertNoViolations();
  }, 120_000);

  it('fails the step with an error on a bad input', async () => {
    const r = await runAction('benchmark', { cwd: project.dir, inputs: { runner: 'gpu' }, env: { RUNNER_TEMP: project.dir } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/--runner is "gpu"/);
  });

  it('is a composite action that installs onnxruntime-node with the installer skipped and maps every input', async () => {
    const yml = parse(await readFile(path.resolve('actions/benchmark/action.yml'), 'utf8'));
    expect(yml.runs.using).toBe('composite');
    const install = yml.runs.steps.find((s: { name: string }) => s.name === 'Install onnxruntime-node');
    expect(install.env.ONNXRUNTIME_NODE_INSTALL).toBe('skip');
    const run = yml.runs.steps.find((s: { id?: string }) => s.id === 'run');
    for (const input of Object.keys(yml.inputs)) {
      if (input === 'onnxruntime-version') continue;
      expect(run.env[`INPUT_${input.toUpperCase()}`]).toBe(`\${{ inputs.${input} }}`);
    }
    for (const output of ['report', 'regressed', 'verdict', 'p50-ms', 'throughput']) expect(yml.outputs[output].value).toContain(`steps.run.outputs.${output}`);
  });
});
