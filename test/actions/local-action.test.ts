import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/**
 * Each JavaScript action run the way GitHub documents for debugging an action on a laptop: `npx local-action
 * <action folder> <entry point> <dotenv file>` (@github/local-action). It imports the entry module and calls
 * its exported `run()`, so this also proves every entry module has one. Our runtime speaks the runner's file
 * protocol itself (no @actions/core), so the outputs and the job summary are read from the GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files the dotenv names.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOCAL_ACTION = path.join(ROOT, 'node_modules/@github/local-action/bin/local-action.js');
const EXAMPLE = path.join(ROOT, 'examples/iris');

let dir: string;
let workspace: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-local-action-'));
  workspace = path.join(dir, 'workspace');
  await cp(EXAMPLE, workspace, { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface LocalRun {
  exitCode: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** `name<<delimiter` blocks of a GITHUB_OUTPUT file. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

let runs = 0;

/** Runs one action through local-action with a dotenv file: its inputs as INPUT_* and the runner's files. */
async function localAction(actionDir: string, entry: string, variables: Record<string, string>): Promise<LocalRun> {
  const runDir = path.join(dir, `run-${++runs}`);
  await mkdir(runDir, { recursive: true });
  const files = { GITHUB_OUTPUT: path.join(runDir, 'output'), GITHUB_STEP_SUMMARY: path.join(runDir, 'summary.md') };
  await writeFile(files.GITHUB_OUTPUT, '');
  await writeFile(files.GITHUB_STEP_SUMMARY, '');
  const dotenv = path.join(runDir, '.env');
  const env = { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: path.join(runDir, 'temp'), GITHUB_REPOSITORY: 'octo/iris', ...files, ...variables };
  await writeFile(dotenv, Object.entries(env).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join('\n') + '\n');
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    // The variables come from the dotenv file only, as a person's would: none leak in from the test's environment.
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(INPUT_|GITHUB_|RUNNER_)/.test(k) && k !== 'NODE_OPTIONS'));
    execFile(process.execPath, [LOCAL_ACTION, actionDir, entry, dotenv], { cwd: ROOT, env: { ...clean, NO_COLOR: '1' }, timeout: 120_000, maxBuffer: 16 << 20 }, (err, out, errOut) => {
      const exit = err && typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : err ? -1 : 0;
      resolve({ code: exit, stdout: `${out}${errOut}` });
    });
  });
  return {
    exitCode: code,
    stdout,
    outputs: parseOutputFile(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
  };
}

const JAVASCRIPT_ACTIONS = ['chatops', 'config-check', 'deploy', 'gate', 'monitor', 'package', 'test-score', 'validate', 'version'];

describe('every JavaScript action runs under @github/local-action', () => {
  it('covers each action whose metadata runs a node bundle (the list below is complete)', async () => {
    const { readdir } = await import('node:fs/promises');
    const nodeActions: string[] = [];
    for (const name of await readdir(path.join(ROOT, 'actions'))) {
      const meta = parseYaml(await readFile(path.join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as { runs: { using: string } };
      if (meta.runs.using.startsWith('node')) nodeActions.push(name);
    }
    expect(nodeActions.sort()).toEqual(JAVASCRIPT_ACTIONS);
  });

  it('config-check: outputs and the summary table', async () => {
    const r = await localAction('actions/config-check', '../../src/actions/config-check.ts', {});
    expect(r.outputs.valid).toBe('true');
    expect(r.outputs.models).toBe('iris');
    expect(r.summary).toContain('### ✅ modelship.yml is valid');
    expect(r.summary).toContain('| iris | `models/iris-v2/model.onnx` | onnx |');
    expect(r.exitCode).toBe(0);
  }, 150_000);

  it('validate: the verdict, the report and the SARIF file', async () => {
    const r = await localAction('actions/validate', '../../src/actions/validate.ts', { INPUT_PATHS: 'models/iris-v2/model.onnx', INPUT_COMMENT: 'false' });
    expect(r.outputs.verdict).toBe('pass');
    expect(existsSync(r.outputs.sarif)).toBe(true);
    expect(JSON.parse(await readFile(r.outputs.report, 'utf8')).artifacts[0].verdict).toBe('pass');
    expect(r.summary).toMatch(/model\.onnx/);
    expect(r.exitCode).toBe(0);
  }, 150_000);

  it('gate: a degraded candidate fails the step with its verdict, counts and table', async () => {
    const r = await localAction('actions/gate', '../../src/actions/gate.ts', { INPUT_CANDIDATE: 'models/iris-degraded/metrics.json, models/iris-degraded/predictions.csv', INPUT_COMMENT: 'false' });
    expect(r.outputs.verdict).toBe('fail');
    expect(Number(r.outputs['failed-count'])).toBeGreaterThanOrEqual(5);
    expect(r.summary).toMatch(/## ❌ Modelship gate: fail/);
    expect(r.stdout).toMatch(/::error::gate fail: quality: critical check failed/);
    expect(r.exitCode).not.toBe(0);
  }, 150_000);

  it('test-score: the score, the band and the summary', async () => {
    const r = await localAction('actions/test-score', '../../src/actions/test-score.ts', { INPUT_COMMENT: 'false' });
    expect(Number(r.outputs.score)).toBeGreaterThanOrEqual(0);
    expect(r.outputs.band).toMatch(/\S/);
    expect(r.summary).toMatch(/ML Test Score/);
  }, 150_000);

  it('monitor: drift of data files against the reference, no issue', async () => {
    const r = await localAction('actions/monitor', '../../src/actions/monitor.ts', { INPUT_MODEL: 'iris', INPUT_ENVIRONMENT: 'staging', INPUT_REFERENCE: 'data/iris.csv', INPUT_CURRENT: 'data/iris.csv', INPUT_ISSUE: 'false' });
    expect([r.outputs.status, r.outputs.drift, r.outputs.share]).toEqual(['ok', 'false', '0']);
    expect(r.summary).toMatch(/### Monitor: iris in staging — no drift/);
    expect(r.exitCode).toBe(0);
  }, 150_000);

  it('package: a reproducible ModelPack layout, its digest and report (nothing pushed without a repository)', async () => {
    const vars = { INPUT_MODEL: 'iris@1.0.0', SOURCE_DATE_EPOCH: '1700000000' };
    const r = await localAction('actions/package', '../../src/actions/package.ts', vars);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs.reference ?? '').toBe('');
    expect(existsSync(path.join(r.outputs.layout, 'oci-layout'))).toBe(true);
    expect(JSON.parse(await readFile(r.outputs.report, 'utf8'))).toMatchObject({ model: 'iris', version: '1.0.0', manifest: { artifactType: 'application/vnd.cncf.model.manifest.v1+json' } });
    expect(r.summary).toContain(r.outputs.digest);
    // Same inputs, same digest.
    expect((await localAction('actions/package', '../../src/actions/package.ts', vars)).outputs.digest).toBe(r.outputs.digest);
  }, 150_000);

  it('deploy: status of the local state', async () => {
    const r = await localAction('actions/deploy', '../../src/actions/deploy.ts', { INPUT_COMMAND: 'status', INPUT_STATE: 'local' });
    expect(r.outputs.report).toMatch(/deploy\.json$/);
    expect(r.summary).toContain('### Deployments');
    expect(r.summary).toMatch(/\| staging \| iris \| — \|/);
    expect(r.exitCode).toBe(0);
  }, 150_000);

  it('chatops: a comment that is no command is dismissed, with its outputs', async () => {
    const event = path.join(dir, 'comment.json');
    await writeFile(event, JSON.stringify({ action: 'created', issue: { number: 7, pull_request: {} }, comment: { id: 1, body: 'looks good to me' } }));
    const r = await localAction('actions/chatops', '../../src/actions/chatops.ts', { GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: event });
    expect(r.outputs.decision).toBe('ignored');
    expect(r.outputs.sha).toBe('');
    expect(r.summary).toContain('Modelship chatops: ignored');
    expect(r.exitCode).toBe(0);
  }, 150_000);

  it('version: the next version of each model, from the git history', async () => {
    const repo = path.join(dir, 'versioned');
    await cp(EXAMPLE, repo, { recursive: true });
    const git = (...args: string[]) =>
      new Promise<void>((resolve, reject) =>
        execFile('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo }, (err) => (err ? reject(err) : resolve())),
      );
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'iris');
    const r = await localAction('actions/version', '../../src/actions/version.ts', { GITHUB_WORKSPACE: repo, INPUT_COMMENT: 'false' });
    expect(r.outputs.model).toBe('iris');
    expect(r.outputs.next).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.outputs.released).toBe('false');
    expect(r.summary).toContain('### Model versions');
    expect(r.exitCode).toBe(0);
  }, 150_000);

  it('the root action dispatches on `command`', async () => {
    const r = await localAction('.', 'src/actions/umbrella.ts', { INPUT_COMMAND: 'config-check' });
    expect(r.outputs.valid).toBe('true');
    expect(r.summary).toContain('modelship.yml is valid');
    expect(r.exitCode).toBe(0);
  }, 150_000);
});
