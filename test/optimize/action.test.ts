import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { parse } from 'yaml';
import { optimizeAction } from '../../src/actions/optimize.js';
import { runActionSpec } from '../../src/actions/runtime/main.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'modelship-optimize-action-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Runs the action module with a runner's environment (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, INPUT_*). */
async function runOptimizeAction(inputs: Record<string, string>) {
  const output = path.join(tmp, `output-${Math.random()}`);
  const summary = path.join(tmp, `summary-${Math.random()}`);
  await writeFile(output, '');
  await writeFile(summary, '');
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: path.join(ROOT, 'examples/iris'), GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: tmp, INPUT_COMMENT: 'false' };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  let log = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((log += String(chunk)), true));
  // The worker's exit code may already be set by an earlier test file: start clean, then put it back.
  const previous = process.exitCode;
  process.exitCode = undefined;
  try {
    await runActionSpec(optimizeAction, env);
  } finally {
    write.mockRestore();
  }
  const exitCode = process.exitCode;
  process.exitCode = previous;
  const outputs = Object.fromEntries([...(await readFile(output, 'utf8')).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]));
  return { exitCode, outputs, log, summary: await readFile(summary, 'utf8') };
}

describe('optimize action', () => {
  it('writes the variants, outputs and a summary with the table and a Mermaid chart', async () => {
    const out = path.join(tmp, 'variants');
    const r = await runOptimizeAction({ model: 'iris', variants: 'fp16,int8', data: 'data/iris.csv', label: 'species', trials: '3', web: 'false', out });
    expect(r.exitCode ?? 0).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'pass', out });
    expect(JSON.parse(await readFile(r.outputs.report, 'utf8')).variants).toHaveLength(2);
    expect(r.summary).toContain('## Modelship optimize: iris (pass)');
    expect(r.summary).toContain('```mermaid');
  }, 120_000);

  it('fails the step on a bad input, naming it', async () => {
    const r = await runOptimizeAction({ model: 'iris', variants: 'int2' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/::error[^\n]*--variants: unknown variant "int2"/);
  });

  it('is a composite action that installs onnxruntime-node and maps every input', async () => {
    const yml = parse(await readFile(path.join(ROOT, 'actions/optimize/action.yml'), 'utf8'));
    expect(yml.runs.using).toBe('composite');
    const run = yml.runs.steps.find((s: { id?: string }) => s.id === 'run');
    for (const input of Object.keys(yml.inputs)) {
      if (input === 'onnxruntime-version') continue;
      expect(run.env[`INPUT_${input.toUpperCase()}`]).toBe(`\${{ inputs.${input} }}`);
    }
    expect(run.run).toContain('dist/optimize/index.js');
  });
});
