/**
 * Getting back to a known state: resuming from the journal, a lost state file, reverts that name what they
 * restore, a failed first deployment that leaves nothing serving, and analyses that cannot run.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnalysisRunner } from '../../src/deploy/analysis.js';
import { sha256File } from '../../src/deploy/atomic.js';
import { adopt, deploy, rollback, status } from '../../src/deploy/engine.js';
import { LocalDeploymentStore } from '../../src/deploy/state/local.js';
import { parseRouting, parseRoutingFile, RoutingError } from '../../src/core/routing-file.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { cli } from '../support/cli.js';
import { createProject, failingProvider, LOCAL_ENVS, type Project } from './helpers.js';

const projects: Project[] = [];
const servers: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(projects.splice(0).map((p) => p.cleanup()));
});
async function project(envs = LOCAL_ENVS, extra = ''): Promise<Project> {
  const p = await createProject(envs, extra);
  projects.push(p);
  return p;
}
const TERMINAL: NodeJS.ProcessEnv = { PATH: process.env.PATH };
const stateFile = (p: Project) => path.join(p.dir, '.modelship/deployments/staging.json');
const routingText = (p: Project) => readFile(path.join(p.dir, '.modelship/repository/iris/routing.json'), 'utf8');

const judged = (phase: 'successful' | 'failed', before?: () => Promise<void>): AnalysisRunner => ({
  async analyze() {
    await before?.();
    return { phase, reasons: [`scripted ${phase}`] };
  },
});

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  // A deadline only to end a hung test; nothing is judged by how long it took.
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('deploy ENV --resume without a version', () => {
  /** What a deploy killed during `verify` leaves behind: a record in_progress whose last step started. */
  async function interrupted(p: Project): Promise<string> {
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    const artifact = path.join(p.dir, await p.artifact('1.1.0'));
    const store = new LocalDeploymentStore(path.join(p.dir, '.modelship/deployments'));
    const record = await store.create('staging', { model: 'iris', version: '1.1.0', sha256: await sha256File(artifact), artifact, strategy: 'direct', provider: 'local', previousVersion: '1.0.0' }, 'ci');
    await store.step(record, { name: 'prepare', status: 'started', detail: '', at: new Date().toISOString() });
    return artifact;
  }

  it('resumes the interrupted deployment from its journal, as status tells the user to', async () => {
    const p = await project();
    await interrupted(p);
    const said = await cli(['status', 'staging'], { cwd: p.dir, env: TERMINAL });
    expect(said.stdout).toMatch(/INTERRUPTED: 1\.1\.0 at "prepare" .* resume: modelship deploy staging --resume/);
    // Outside a git repository (no release to look up): the journal is enough.
    const r = await cli(['deploy', 'staging', '--resume', '--format', 'json'], { cwd: p.dir, env: TERMINAL });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ outcome: 'deployed', version: '1.1.0', liveVersion: '1.1.0', previousVersion: '1.0.0' });
    expect(result.steps[0]).toMatchObject({ name: 'revert-interrupted', status: 'reverted' });
    const s = (await status(p.loaded, { environment: 'staging' })).environments[0];
    expect(s).toMatchObject({ liveVersion: '1.1.0', interrupted: null });
    expect(s.history.map((h) => `${h.version}:${h.status}`)).toEqual(['1.1.0:success', '1.1.0:failure', '1.0.0:inactive']);
  });

  it('refuses when the journal\'s artifact changed since, and when there is nothing to resume', async () => {
    const p = await project();
    const artifact = await interrupted(p);
    await writeFile(artifact, 'changed since');
    const changed = await cli(['deploy', 'staging', '--resume'], { cwd: p.dir, env: TERMINAL });
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/cannot resume iris 1\.1\.0 in staging: .* has sha256 \w+, but the interrupted deployment shipped \w+/);
    expect((await cli(['rollback', 'staging'], { cwd: p.dir, env: TERMINAL })).code).toBe(0);
    const nothing = await cli(['deploy', 'staging', '--resume'], { cwd: p.dir, env: TERMINAL });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/nothing to resume in staging: no deployment of iris was interrupted/);
  });
});

describe('a lost state file while the provider still serves a version', () => {
  it('status says state and provider disagree; deploy refuses and names adopt; adopt reconciles', async () => {
    const p = await project();
    const first = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    await rm(stateFile(p));
    await rm(`${stateFile(p)}.bak`, { force: true });

    const s = (await status(p.loaded, { environment: 'staging' })).environments[0];
    expect(s.liveVersion).toBeNull();
    expect(s.observed).toMatchObject({ stable: '1.0.0', weights: { '1.0.0': 100 } });
    expect(s.disagreement).toMatch(/the state says nothing is live, but the provider serves 1\.0\.0/);
    const text = await cli(['status', 'staging'], { cwd: p.dir, env: TERMINAL });
    expect(text.stdout).toMatch(/staging \/ iris: \(nothing live according to the state\)/);
    expect(text.stdout).toMatch(/STATE AND PROVIDER DISAGREE: .*modelship adopt staging/);

    const refused = await cli(['deploy', 'staging', '1.1.0', '--artifact', await p.artifact('1.1.0')], { cwd: p.dir, env: TERMINAL });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/hint: .*modelship adopt staging/);

    const planned = await adopt(p.loaded, { environment: 'staging' }, { dryRun: true });
    expect(planned).toMatchObject({ outcome: 'planned', version: '1.0.0' });
    await expect(readFile(stateFile(p))).rejects.toThrow();

    const adopted = await cli(['adopt', 'staging', '--format', 'json'], { cwd: p.dir, env: TERMINAL });
    expect(adopted.code).toBe(0);
    expect(JSON.parse(adopted.stdout)).toMatchObject({ outcome: 'adopted', version: '1.0.0', liveVersion: '1.0.0', sha256: first.sha256 });
    const after = (await status(p.loaded, { environment: 'staging' })).environments[0];
    expect(after).toMatchObject({ liveVersion: '1.0.0', sha256: first.sha256, disagreement: null });
    expect((await adopt(p.loaded, { environment: 'staging' })).outcome).toBe('noop');

    // Deploys work again, and the adopted version is a rollback target (its artifact: the provider's copy).
    expect((await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') })).outcome).toBe('deployed');
    expect(await rollback(p.loaded, { environment: 'staging' })).toMatchObject({ outcome: 'rolled-back', liveVersion: '1.0.0' });
  });

  it('adopt refuses a provider mid-rollout, and when state and provider agree there is nothing to do', async () => {
    const p = await project();
    expect((await adopt(p.loaded, { environment: 'staging' })).outcome).toBe('noop');
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') });
    await rm(stateFile(p));
    await rm(`${stateFile(p)}.bak`, { force: true });
    const file = path.join(p.dir, '.modelship/repository/iris/routing.json');
    const routing = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...routing, candidate: '1.1.0', stable: '1.0.0', weights: { '1.0.0': 90, '1.1.0': 10 } }));
    await expect(adopt(p.loaded, { environment: 'staging' })).rejects.toThrow(/in the middle of a rollout .*only a settled version can be adopted/);
  });
});

describe('a provider serving nothing while the state names a live version', () => {
  it('status says so; adopt refuses and points to a rollback; a deploy is not refused and mends it', async () => {
    const p = await project();
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    const file = path.join(p.dir, '.modelship/repository/iris/routing.json');
    const routing = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...routing, stable: null, previous: null, weights: {} }));
    expect((await status(p.loaded, { environment: 'staging' })).environments[0]).toMatchObject({ liveVersion: '1.0.0', disagreement: expect.stringMatching(/the state says 1\.0\.0 is live, but the provider serves nothing/) });
    await expect(adopt(p.loaded, { environment: 'staging' })).rejects.toThrow(/serves nothing, but the state says 1\.0\.0 is live: there is nothing to adopt/);
    const mended = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') });
    expect(mended.outcome).toBe('deployed');
    expect((await status(p.loaded, { environment: 'staging' })).environments[0]).toMatchObject({ liveVersion: '1.1.0', disagreement: null });
  });
});

describe('the command provider\'s revert gets the version it reverts to', () => {
  it('MODELSHIP_VERSION, MODELSHIP_URI and MODELSHIP_SHA256 name the last good version', async () => {
    const p = await project(`  staging:
    provider:
      type: command
      prepare: [${JSON.stringify(process.execPath)}, step.mjs]
      finalize: [${JSON.stringify(process.execPath)}, step.mjs]
      revert: [${JSON.stringify(process.execPath)}, step.mjs]
    strategy: { type: direct }
`);
    const log = path.join(p.dir, 'steps.jsonl');
    await writeFile(
      path.join(p.dir, 'step.mjs'),
      `import { appendFileSync } from 'node:fs';\nconst e = process.env;\nappendFileSync(${JSON.stringify(log)}, JSON.stringify({ step: e.MODELSHIP_STEP, version: e.MODELSHIP_VERSION, uri: e.MODELSHIP_URI, sha256: e.MODELSHIP_SHA256 }) + '\\n');\nif (e.MODELSHIP_STEP === 'finalize' && e.MODELSHIP_VERSION === '1.1.0') process.exit(1);\n`,
    );
    const good = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    const bad = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') });
    expect(bad).toMatchObject({ outcome: 'aborted', liveVersion: '1.0.0' });
    const lines = (await readFile(log, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1)).toEqual({ step: 'revert', version: '1.0.0', uri: path.join(p.dir, 'models/1.0.0/model.onnx'), sha256: good.sha256 });
  });
});

describe('a failed first deployment leaves nothing serving', () => {
  const CANARY = `  staging:
    provider: { type: local }
    strategy:
      type: canary
      steps: [{ weight: 10 }, { weight: 100 }]
      analysis: { gate: live }
`;
  const ready = async (server: RunningServer) => (await fetch(`${server.url}/v2/models/iris/ready`)).status === 200;

  it('routing.json says nothing is live, and a server started afterwards serves nothing', async () => {
    const p = await project(CANARY);
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { analysis: judged('failed') });
    expect(r).toMatchObject({ outcome: 'aborted', liveVersion: null });
    expect(JSON.parse(await routingText(p))).toMatchObject({ stable: null, candidate: null, weights: {}, headerRoutes: [], shadow: null });
    const server = await startServer({ repository: path.join(p.dir, '.modelship/repository'), port: 0, seed: 1, pollMs: 50, log: { write: () => {}, close: async () => undefined } });
    servers.push(server);
    await server.reload();
    expect(server.catalog.models.get('iris')?.state).toBeUndefined();
    expect(await ready(server)).toBe(false);
  });

  it('serve reads "nothing live" only from a routing that sends no traffic anywhere', () => {
    const file = '/repo/iris/routing.json';
    const nothing = { schema: 1, model: 'iris', generation: 3, stable: null, candidate: null, previous: null, weights: {}, headerRoutes: [], sticky: null, shadow: null, strategy: 'canary', updatedAt: '' };
    expect(parseRoutingFile(JSON.stringify(nothing), file, 'iris')).toBeNull();
    expect(() => parseRoutingFile(JSON.stringify({ ...nothing, weights: { '1.0.0': 100 } }), file, 'iris')).toThrow(/"stable" is null \(nothing live\) but the routing sends traffic somewhere/);
    expect(() => parseRoutingFile(JSON.stringify({ ...nothing, shadow: { version: '1.0.0', percent: 10 } }), file, 'iris')).toThrow(RoutingError);
    expect(() => parseRoutingFile(JSON.stringify({ ...nothing, model: 'other' }), file, 'iris')).toThrow(/folder of model "iris"/);
    expect(parseRoutingFile(JSON.stringify({ ...nothing, stable: '1.0.0', weights: { '1.0.0': 100 } }), file, 'iris')).toMatchObject({ stable: '1.0.0' });
  });

  it('a server that was serving the aborted version stops serving it', async () => {
    const p = await project(CANARY);
    await mkdir(path.join(p.dir, '.modelship/repository'), { recursive: true });
    const server = await startServer({ repository: path.join(p.dir, '.modelship/repository'), port: 0, seed: 1, pollMs: 50, log: { write: () => {}, close: async () => undefined } });
    servers.push(server);
    // The analysis judges once the server answers with the candidate, then fails it.
    const analysis = judged('failed', () => until(() => ready(server), 'the server to serve 1.0.0'));
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { analysis });
    expect(r.outcome).toBe('aborted');
    await until(async () => !(await ready(server)), 'the server to stop serving the aborted 1.0.0');
    expect(server.catalog.models.get('iris')?.state).toBeUndefined();
  });
});

describe('ab onto an empty environment', () => {
  it('writes a routing with the candidate as stable (never stable: null) that the server accepts', async () => {
    const p = await project(`  staging:\n    provider: { type: local }\n    strategy: { type: ab, weight: 20, header: { name: x-arm, value: b }, winnerGate: ab }\n`);
    const file = path.join(p.dir, '.modelship/repository/iris/routing.json');
    let seen: unknown;
    const analysis: AnalysisRunner = {
      async analyze() {
        seen = JSON.parse(await readFile(file, 'utf8'));
        parseRouting(JSON.stringify(seen), file, 'iris');
        return { phase: 'successful', reasons: [] };
      },
    };
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { analysis });
    expect(r.outcome).toBe('deployed');
    expect(seen).toMatchObject({ stable: '1.0.0', candidate: null, weights: { '1.0.0': 100 }, headerRoutes: [] });
  });
});

describe('an analysis that throws', () => {
  it('is journaled as a failed analysis step, and the rollout is reverted', async () => {
    const p = await project(`  staging:\n    provider: { type: local }\n    strategy: { type: canary, steps: [{ weight: 50 }, { weight: 100 }], analysis: { gate: live } }\n`);
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { analysis: judged('successful') });
    const analysis: AnalysisRunner = {
      async analyze() {
        throw new Error('connect ECONNREFUSED 127.0.0.1:9090');
      },
    };
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') }, { analysis });
    expect(r).toMatchObject({ outcome: 'aborted', liveVersion: '1.0.0' });
    // A measurement that cannot be taken is an error, not a failure; a run in which none could be taken aborts.
    expect(r.message).toMatch(/analysis could not measure at step 1 \(50%\): measurement could not be taken: connect ECONNREFUSED 127\.0\.0\.1:9090/);
    const analysisStep = { name: 'analysis 1', status: 'failed', detail: 'error: measurement could not be taken: connect ECONNREFUSED 127.0.0.1:9090' };
    expect(r.steps.map((s) => s.name)).toEqual(['prepare', 'verify', 'set-weight 50%', 'analysis 1', 'revert']);
    expect(r.steps[3]).toMatchObject(analysisStep);
    // The journal in the state says so too.
    const records = JSON.parse(await readFile(stateFile(p), 'utf8')).records;
    expect(records.at(-1).steps).toContainEqual(expect.objectContaining(analysisStep));
    expect(JSON.parse(await routingText(p))).toMatchObject({ stable: '1.0.0', weights: { '1.0.0': 100 } });
  });
});

// Keep failingProvider in use for a provider-level failure of a first deploy.
describe('a provider failing during a first deployment', () => {
  it('also leaves routing.json saying nothing is live', async () => {
    const p = await project();
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { provider: (_e, inner) => failingProvider(inner, { step: 'finalize' }) });
    expect(r).toMatchObject({ outcome: 'aborted', liveVersion: null });
    expect(JSON.parse(await routingText(p))).toMatchObject({ stable: null, weights: {} });
    expect((await status(p.loaded, { environment: 'staging' })).environments[0]).toMatchObject({ liveVersion: null, disagreement: null });
  });
});
