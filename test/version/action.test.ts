import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { webhookEvent } from '../support/events.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { runAction } from '../support/run-action.js';
import { ReleaseWorld } from './support/github-releases.js';
import { irisRepo, onnxModel, type TestRepo } from './support/repo.js';

// Runs dist/version/index.js the way the runner does (build it with `node scripts/build.mjs version`).
let gh: GitHubStandIn;
const repos: TestRepo[] = [];
beforeAll(async () => {
  gh = await GitHubStandIn.start();
});
afterAll(async () => {
  await gh.close();
});
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
  gh.verifyAndReset();
});
const newRepo = () => {
  const r = irisRepo();
  repos.push(r);
  return r;
};

describe('version action (runner protocol)', () => {
  it('computes the version, tags and releases through the API, and reports it', async () => {
    const repo = newRepo();
    const world = new ReleaseWorld(gh);
    repo.tag('iris@v1.0.0');
    world.seedTag('iris@v1.0.0', repo.head());
    repo.write('models/iris/model.onnx', onnxModel({ seed: 5 })).commit('retrain');
    const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'ms-runner-temp-'));
    repos.push({ cleanup: () => rmSync(runnerTemp, { recursive: true, force: true }) } as TestRepo);
    const r = await runAction('version', { cwd: repo.dir, standIn: gh, inputs: { release: true, 'floating-major': true }, repository: 'acme/models', sha: repo.head(), env: { RUNNER_TEMP: runnerTemp } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ model: 'iris', current: '1.0.0', next: '1.1.0', bump: 'minor', tag: 'iris@v1.1.0', released: 'true' });
    expect(JSON.parse(r.outputs.versions)).toEqual([{ model: 'iris', current: '1.0.0', next: '1.1.0', bump: 'minor', tag: 'iris@v1.1.0' }]);
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
    expect(report).toEqual([expect.objectContaining({ model: 'iris', status: 'released', version: '1.1.0' })]);
    expect(r.summary).toContain('| iris | 1.0.0 | 1.1.0 | **minor** | `iris@v1.1.0` |');
    expect(r.summary).toContain('### Releases');
    expect(world.commitOf('iris@v1.1.0')).toBe(repo.head());
    expect(world.commitOf('iris@v1')).toBe(repo.head());
    expect(world.releases.get('iris@v1.1.0')?.body).toContain('Workflow run: https://github.com/acme/models/actions/runs/4242424242');
    expect(r.apiCalls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.route}`)).toEqual([
      'POST /repos/{owner}/{repo}/git/tags', 'POST /repos/{owner}/{repo}/git/refs',
      'POST /repos/{owner}/{repo}/git/tags', 'POST /repos/{owner}/{repo}/git/refs',
      'POST /repos/{owner}/{repo}/releases',
    ]);
  }, 60_000);

  it('on a pull request: a pre-release version, a sticky comment, a warning on a breaking change, and no writes to tags', async () => {
    const repo = newRepo();
    new ReleaseWorld(gh);
    repo.tag('iris@v1.0.0');
    repo.write('models/iris/model.onnx', onnxModel({ inputs: [{ name: 'features', shape: ['batch', 5] }] })).commit('five features');
    const event = webhookEvent('pull_request', { action: 'opened', overrides: { number: 31, pull_request: { number: 31 } } });
    const first = await runAction('version', { cwd: repo.dir, standIn: gh, event, repository: 'acme/models' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ next: '2.0.0-pr.31.1', bump: 'major', released: 'false' });
    expect(first.annotations).toEqual([expect.objectContaining({ level: 'warning', title: 'iris: breaking change', file: 'modelship.yml', line: 4, message: expect.stringContaining('input "features": dimension 1 changed from 4 to 5') })]);
    const comments = gh.calls('POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
    expect(comments).toHaveLength(1);
    expect((comments[0].body as { body: string }).body).toContain('<!-- modelship:version -->');
    expect(gh.calls('POST /repos/{owner}/{repo}/git/tags')).toHaveLength(0);

    const second = await runAction('version', { cwd: repo.dir, standIn: gh, event, repository: 'acme/models' });
    expect(second.exitCode).toBe(0);
    expect(gh.calls('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
  }, 60_000);

  it('fails the step with a clear refusal and writes nothing when the model has uncommitted changes', async () => {
    const repo = newRepo();
    const world = new ReleaseWorld(gh);
    repo.write('models/iris/README.md', 'uncommitted');
    const r = await runAction('version', { cwd: repo.dir, standIn: gh, inputs: { release: true }, repository: 'acme/models' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'error', message: expect.stringContaining('uncommitted changes in model "iris": models/iris/README.md') })]));
    expect(world.refs.size).toBe(0);
    expect(gh.calls().filter((c) => c.method !== 'GET')).toEqual([]);
  }, 60_000);

  it('rejects a bad input with its name', async () => {
    const repo = newRepo();
    const r = await runAction('version', { cwd: repo.dir, standIn: gh, inputs: { release: 'yes' }, repository: 'acme/models' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toContain('input "release" is "yes", expected true or false');
  }, 60_000);
});
